import re
from contextlib import suppress

import nh3
from django.apps import apps
from django.db import models
from django.urls import NoReverseMatch, reverse

from workflow.models import Reviewable

# The HTML an editor may use in a body. Anything else is stripped when saved.
ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i",
    "a", "blockquote", "abbr", "dl", "dt", "dd", "table", "thead", "tbody",
    "tr", "th", "td", "caption", "code",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}
LINK_SCHEMES = {"http", "https", "mailto", "tel"}
HEADING_LEVELS = (2, 3, 4)
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)


def renamed_headings(levels=HEADING_LEVELS):
    """{'h1': 'h2', ...}: each heading outside `levels` (a pasted title, a deep subheading) keeps its place as
    the nearest allowed level, rather than melting into the text around it."""
    return {
        f"h{level}": f"h{min(levels, key=lambda allowed: (abs(allowed - level), allowed))}"
        for level in range(1, 7)
        if level not in levels
    }


def sanitise_html(html, heading_levels=HEADING_LEVELS):
    """Return `html` with only the allow-listed tags and attributes left, headings moved into `heading_levels`.

    `content.richtext.removed_by_sanitising` describes to the editor what this takes out.
    """
    renames = renamed_headings(heading_levels)
    renamed = _HEADING.sub(lambda match: f"<{match[1]}{renames.get(f'h{match[2]}', f'h{match[2]}')}", html or "")
    return nh3.clean(
        renamed,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        link_rel="noopener noreferrer",
    )


class ContentPage(Reviewable):
    """The fields every public piece of content shares, and its publication rule (workflow in `Reviewable`)."""

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
        help_text="Use the toolbar: headings, lists, bold, italic, links. Pasted formatting the site does not allow "
        "is removed, and you are told what.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    # Compared for reviewers as rendered text, word by word (workflow.diff).
    rich_text_fields = ("body",)
    # The heading levels its rich text may use: h2 to h4 where the text sits right under the page's title.
    rich_text_heading_levels = HEADING_LEVELS
    # The schema.org type search engines are told this page is.
    schema_type = "WebPage"
    # URL names of the pages that list this kind of content, besides its own page.
    listed_on = ()
    # False where an item is only a part of another page (an FAQ answer), so the sitemap leaves it out.
    has_own_page = True

    class Meta(Reviewable.Meta):
        abstract = True

    def __str__(self):
        return self.title

    def prepare_content(self):
        for name in self.rich_text_fields:
            setattr(self, name, sanitise_html(getattr(self, name), self.rich_text_heading_levels))

    def save(self, *args, **kwargs):
        self.prepare_content()
        super().save(*args, **kwargs)

    def cache_paths(self):
        """Every page this item shows on, so a change to it drops exactly those pages from the page cache.

        Its own page, the lists, sitemap and search that show it, and the pages of content that links to
        it (a story lists its treatments).
        """
        paths = {self.get_absolute_url()}
        for url_name in (*self.listed_on, "sitemap", "search:results"):
            with suppress(NoReverseMatch):  # an app that is not installed
                paths.add(reverse(url_name))
        if self.pk:
            for relation in self._meta.related_objects:
                linking = relation.related_model
                if relation.many_to_many and issubclass(linking, ContentPage) and linking.has_own_page:
                    paths |= {item.get_absolute_url() for item in getattr(self, relation.get_accessor_name()).all()}
        return paths


def content_models():
    """Every concrete ContentPage model in the project, so site-wide features need no list to keep up to date."""
    return [model for model in apps.get_models() if issubclass(model, ContentPage)]
