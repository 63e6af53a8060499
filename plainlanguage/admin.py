from django.contrib import admin

from plainlanguage.models import JargonTerm


@admin.register(JargonTerm)
class JargonTermAdmin(admin.ModelAdmin):
    list_display = ["term", "plain_alternative"]
    search_fields = ["term", "plain_alternative"]
