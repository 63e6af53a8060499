from django.db import models


class JargonTerm(models.Model):
    """A word editors should avoid or explain, with what to write instead."""

    term = models.CharField(
        max_length=80,
        unique=True,
        help_text="A word or phrase, e.g. 'metastasis'. Found in every word form ('metastases' too), "
        "whatever the capitals.",
    )
    plain_alternative = models.CharField(
        max_length=300,
        help_text="The plain word to use instead, or how to explain it, e.g. 'spread of the cancer to "
        "another part of the body'.",
    )

    class Meta:
        ordering = ["term"]
        verbose_name = "jargon term"

    def __str__(self):
        return self.term
