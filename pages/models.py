"""The site's own pages (privacy, cookies, accessibility, terms, about) and its one settings record."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from caching import versions
from content.models import ContentPage

# The pages the footer links to, in order: (slug, link text). Each lives at /<slug>/.
FOOTER_PAGES = [
    ("about", "About this site"),
    ("privacy", "Privacy notice"),
    ("cookies", "Cookies"),
    ("accessibility", "Accessibility statement"),
    ("terms", "Terms of use"),
]

# Shipped placeholders: the launch checklist (pages.launch) blocks going live while either is still in use.
PLACEHOLDER_SPONSOR = "Example Pharma UK Ltd"
PLACEHOLDER_JOB_CODE = "NET-UK-000001"

YELLOW_CARD_STATEMENT = (
    "Reporting side effects: if you get any side effects, talk to your doctor, pharmacist or nurse. "
    "This includes any possible side effects not listed in the package leaflet. You can also report side "
    "effects directly via the Yellow Card scheme at yellowcard.mhra.gov.uk or search for MHRA Yellow Card "
    "in the Google Play or Apple App Store. By reporting side effects you can help provide more information "
    "on the safety of medicines."
)


class SitePage(ContentPage):
    """A page about the site itself, edited and approved like any other content."""

    class Meta(ContentPage.Meta):
        ordering = ["title"]
        verbose_name = "site page"

    def get_absolute_url(self):
        return reverse("pages:detail", args=[self.slug])


class SiteSettings(models.Model):
    """The one record of site-wide statements shown on every page. Edits show on the next request."""

    sponsor_statement = models.TextField(
        default=f"This site has been initiated and developed by {PLACEHOLDER_SPONSOR}.",
        help_text="Who sponsors the site, shown in the footer of every page.",
    )
    audience_notice = models.CharField(
        max_length=200,
        default="This site is intended for a UK audience only.",
        help_text="Who the site is for, shown in the footer of every page.",
    )
    default_job_code = models.CharField(
        max_length=40,
        default=PLACEHOLDER_JOB_CODE,
        help_text="Shown in the footer of pages that have no job code of their own (home page, lists).",
    )
    default_date_of_preparation = models.DateField(
        default=date(2026, 11, 1), help_text="Shown as month and year beside the default job code."
    )
    side_effect_statement = models.TextField(
        default=YELLOW_CARD_STATEMENT,
        help_text="How to report side effects (the UK Yellow Card wording), shown on every page.",
    )
    medical_disclaimer = models.TextField(
        default="The information on this site does not replace advice from your doctor, nurse or "
        "pharmacist. Always talk to your medical team about your own situation.",
        help_text="A short reminder shown on every page that the site is no substitute for medical advice.",
    )
    reading_age_target_min = models.PositiveSmallIntegerField(
        "lowest target reading age",
        default=9,
        validators=[MinValueValidator(5), MaxValueValidator(21)],
        help_text="The plain-language helper beside each editor shows this target (UK patient sites aim at 9 to 11).",
    )
    reading_age_target_max = models.PositiveSmallIntegerField(
        "highest target reading age",
        default=11,
        validators=[MinValueValidator(5), MaxValueValidator(21)],
        help_text="Text measured above this reading age is flagged to the editor and the reviewer.",
    )

    medical_information_phone = models.CharField(
        "medical information telephone",
        max_length=40,
        blank=True,
        help_text="The sponsor's medical information line, e.g. '0800 …'. Shown on the About page, the "
        "accessibility statement and the privacy notice.",
    )
    medical_information_email = models.EmailField(
        "medical information email", blank=True, help_text="The sponsor's medical information email address."
    )
    postal_address = models.TextField(
        blank=True, help_text="The sponsor's postal address, one line per line of the address."
    )
    data_controller = models.TextField(
        blank=True,
        help_text="Who is the data controller for this site under UK data protection law: the company's name, "
        "address and how to reach its data protection officer. Shown on the privacy notice.",
    )

    class Meta:
        verbose_name = "site settings"
        verbose_name_plural = "site settings"

    # Its statements are in every page's footer: saving it drops every cached page.
    shown_on_every_page = True

    def __str__(self):
        return "Site settings"

    def save(self, *args, **kwargs):
        self.pk = 1  # there is only ever one record
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.reading_age_target_min > self.reading_age_target_max:
            raise ValidationError({"reading_age_target_max": "The highest target cannot be below the lowest."})

    @property
    def has_contact_details(self):
        return bool(self.medical_information_phone or self.medical_information_email or self.postal_address)

    @classmethod
    def current(cls):
        """The saved record, or the defaults if none has been saved (never writes on a page view)."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)

    @classmethod
    def shown(cls):
        """What the pages show: `current()`, read once per content version (saving them starts a new one)."""
        return versions.remembered("site-settings", cls.current)


def approval_defaults():
    """The job code and date of preparation the approve form starts from (settings.WORKFLOW_APPROVAL_DEFAULTS)."""
    current = SiteSettings.current()
    return {"job_code": current.default_job_code, "date_of_preparation": current.default_date_of_preparation}
