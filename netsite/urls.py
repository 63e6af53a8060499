from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("treatments/", include("treatments.urls")),
    path("clinics/", include("clinics.urls")),
    path("support-groups/", include("support_groups.urls")),
    path("admin/", admin.site.urls),
]

admin.site.site_header = "Living with NETs: editors' admin"
admin.site.site_title = "Living with NETs admin"
