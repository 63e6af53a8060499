from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "glossary"

    def expand_search(self, q):
        """Other names of the glossary terms named in `q`, and the pages that explain them (see search.query)."""
        from glossary.search import expand

        return expand(q)
