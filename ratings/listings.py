"""Listing pages that can be rated although they are not one model object (an overview, the FAQs page).

An app declares its listing pages on its AppConfig, beside its `section`:

    rated_listings = [RatedListing("treatments-overview", "Treatment options for NETs", "treatments:list")]

After every `migrate` (and every test-database flush) the ratings app keeps one `ListingPage` row per
declared key, so votes on the page have a real object (content type and id) like any other vote, and
the template names the page by its key: `{% rating_widget "treatments-overview" %}`. The key must
never change once the page has votes; the title and URL name may.
"""

from dataclasses import dataclass

from django.apps import apps


@dataclass(frozen=True)
class RatedListing:
    key: str
    title: str
    url_name: str


def declared_listings():
    return {
        listing.key: listing for config in apps.get_app_configs() for listing in getattr(config, "rated_listings", ())
    }


def sync_listing_pages(**kwargs):
    """post_migrate receiver: create or update a ListingPage row for every declared listing."""
    from ratings.models import ListingPage

    for listing in declared_listings().values():
        ListingPage.objects.update_or_create(
            key=listing.key, defaults={"title": listing.title, "url_name": listing.url_name}
        )
