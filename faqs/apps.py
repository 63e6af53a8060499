from django.apps import AppConfig

from content.sections import Section
from ratings.listings import RatedListing


class FaqsConfig(AppConfig):
    name = "faqs"
    verbose_name = "Expert FAQs and questions from readers"
    section = Section(
        title="FAQs",
        url_name="faqs:list",
        order=30,
        card_heading="FAQs by experts",
        card_text="Have a question about NETs? See whether one of our experts has already answered it.",
        card_link="View FAQs",
    )
    search_models = ["Question"]
    rated_listings = [RatedListing("faqs", "Questions answered by experts", "faqs:list")]
