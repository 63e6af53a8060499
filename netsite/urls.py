from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from netsite import views
from netsite.sitemaps import site_sitemaps

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("treatments/", include("treatments.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": site_sitemaps()}, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path("admin/", admin.site.urls),
]

if settings.BENCHMARK_FLOOR:
    urlpatterns.append(path("bench/floor/", views.benchmark_floor))

admin.site.site_header = "Living with NETs: editors' admin"
admin.site.site_title = "Living with NETs admin"
