from django.apps import AppConfig

from netsite.sections import Section


class TreatmentsConfig(AppConfig):
    name = "treatments"
    section = Section(title="Treatments", url_name="treatments:list", order=10)
    search_models = ["Treatment"]
