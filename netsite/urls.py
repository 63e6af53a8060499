from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from netsite import views

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("treatments/", include("treatments.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

admin.site.site_header = "Living with NETs: editors' admin"
admin.site.site_title = "Living with NETs admin"
