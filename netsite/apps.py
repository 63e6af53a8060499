from django.apps import AppConfig


class NetsiteConfig(AppConfig):
    name = "netsite"
    verbose_name = "Site"
