from django.apps import AppConfig

from content.sections import Section


class SupportGroupsConfig(AppConfig):
    name = "support_groups"
    verbose_name = "Support groups"
    section = Section(
        title="Support groups",
        url_name="support_groups:list",
        order=30,
        card_heading="NET patient support groups",
        card_text="Patient support groups can offer social and emotional support. Find support services in your area.",
        card_link="Find a patient support group",
    )
    # Read by the site search: these models' published() rows are searched by title, summary and body.
    search_models = ["SupportGroup"]
