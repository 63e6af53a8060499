from django.apps import AppConfig

from content.sections import Section


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Patient stories and quotes"
    section = Section(title="Patient stories", url_name="stories:list", order=20)
    search_models = ["Story"]
