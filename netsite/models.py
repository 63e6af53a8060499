from contextlib import suppress

import nh3
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

# The HTML an editor may use in a body. Anything else is stripped when saved.
ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i",
    "a", "blockquote", "abbr", "dl", "dt", "dd", "table", "thead", "tbody",
    "tr", "th", "td", "caption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}


def sanitise_html(html):
    """Return `html` with only the allow-listed tags and attributes left."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )


class ContentQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, and due to go live by now."""
        return self.filter(status=ContentPage.Status.PUBLISHED, published_at__lte=timezone.now())


class ContentPage(models.Model):
    """The fields every public piece of content shares, and its publication rule."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200, unique=True, help_text="The last part of the page's web address, e.g. 'chemotherapy'."
    )
    summary = models.TextField(
        max_length=500,
        help_text="One or two plain sentences. Shown in lists and search results, and to search engines.",
    )
    body = models.TextField(
        blank=True,
        help_text="The page's text in simple HTML: paragraphs, headings (h2-h4), lists, links, emphasis. "
        "Anything else is removed when saved.",
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT, db_index=True)
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the page goes live. Set automatically on first publishing; a future time keeps it hidden until then.",
    )
    updated_at = models.DateTimeField(auto_now=True)
    job_code = models.CharField(
        max_length=40, blank=True, help_text="The approval code for this material, e.g. 'SOM-UK-003737'."
    )
    date_of_preparation = models.DateField(
        null=True, blank=True, help_text="Shown to readers as month and year, e.g. 'September 2018'."
    )
    review_due = models.DateField(null=True, blank=True, help_text="When this page must next be reviewed.")

    objects = ContentQuerySet.as_manager()

    # The schema.org type search engines are told this page is.
    schema_type = "WebPage"
    # URL names of the pages that list this kind of content, besides its own page.
    listed_on = ()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body = sanitise_html(self.body)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def cache_paths(self):
        """Every page this item shows on, so a change to it drops exactly those pages from the page cache."""
        paths = {self.get_absolute_url()}
        for url_name in (*self.listed_on, "sitemap", "search:results"):
            with suppress(NoReverseMatch):  # an app that is not installed
                paths.add(reverse(url_name))
        return paths
