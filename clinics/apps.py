from django.apps import AppConfig

from content.sections import Section


class ClinicsConfig(AppConfig):
    name = "clinics"
    verbose_name = "Clinics"
    section = Section(
        title="Find a NETs clinic",
        url_name="clinics:list",
        order=40,
        card_heading="Find a NETs clinic",
        card_text="View a list of specialist NETs clinics and hospital units in Europe.",
        card_link="Find a NETs clinic",
    )
    # Read by the site search: these models' published() rows are searched by title, summary and body.
    search_models = ["Clinic"]
