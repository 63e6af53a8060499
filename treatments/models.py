from django.db import models
from django.urls import reverse

from content.models import ContentPage
from search.models import Searchable


class Treatment(Searchable, ContentPage):
    class Category(models.TextChoices):
        ESTABLISHED = "established", "Established treatment"
        IN_DEVELOPMENT = "in_development", "Treatment under development"

    category = models.CharField(max_length=20, choices=Category, default=Category.ESTABLISHED)
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Treatments are listed from the lowest number to the highest."
    )

    schema_type = "MedicalWebPage"
    listed_on = ("treatments:list",)

    class Meta(ContentPage.Meta):
        ordering = ["order", "title"]
        verbose_name = "treatment"

    def get_absolute_url(self):
        return reverse("treatments:detail", args=[self.slug])
