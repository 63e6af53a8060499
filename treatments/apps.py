from django.apps import AppConfig

from content.sections import Section
from ratings.listings import RatedListing


class TreatmentsConfig(AppConfig):
    name = "treatments"
    section = Section(title="Treatments", url_name="treatments:list", order=10)
    search_models = ["Treatment"]
    rated_listings = [RatedListing("treatments-overview", "Treatment options for NETs", "treatments:list")]
