from django import forms
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse

from content.models import HEADING_LEVELS

# django-prose-editor's ProseMirror/Tiptap bundle, loaded by static/js/rich-text-editor.js with a dynamic
# import from its hashed address, so no inline import map is needed under the Content-Security-Policy.
EDITOR_MODULE = "django_prose_editor/editor.js"


class RichTextWidget(forms.Textarea):
    """A textarea that becomes the site's rich-text editor when JavaScript runs, with the plain-language helper.

    Without JavaScript it stays a textarea of HTML that saves as before (the server sanitises either way).
    """

    # Rendered with the project's templates (the form renderer only sees apps' own templates).
    field_template_name = "content/widgets/rich_text.html"

    def __init__(self, attrs=None, heading_levels=HEADING_LEVELS):
        super().__init__({"rows": 20, **(attrs or {})})
        self.heading_levels = tuple(heading_levels)

    class Media:
        css = {
            "all": [
                "django_prose_editor/material-icons.css",
                "django_prose_editor/editor.css",
                "django_prose_editor/overrides.css",
                "css/rich-text-editor.css",
            ]
        }
        js = [
            "js/readability.js",
            "js/plain-language.js",
            forms.Script("js/rich-text-editor.js", type="module"),
        ]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["heading_keys"] = "Ctrl+Alt+" + " or ".join(str(level) for level in self.heading_levels)
        context["widget"]["attrs"].update(
            {
                "data-rich-text": "",
                "data-editor-module": static(EDITOR_MODULE),
                "data-link-search": reverse("content-link-search"),
                # The only headings the toolbar offers; a pasted heading outside them moves to the nearest.
                "data-heading-levels": " ".join(str(level) for level in self.heading_levels),
            }
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        textarea = super().render(name, value, attrs, renderer)
        widget = self.get_context(name, value, attrs)["widget"]
        return render_to_string(self.field_template_name, {"textarea": textarea, "widget": widget})
