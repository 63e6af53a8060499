from django.apps import AppConfig


class LeavingConfig(AppConfig):
    name = "leaving"
    verbose_name = "Leaving the site"
