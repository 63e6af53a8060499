from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import RedirectView, TemplateView

from content.sitemaps import site_sitemaps
from content.views import follow_internal_link, link_search
from netsite import views
from stories.media import media_file
from workflow.views import ReviewDueView

urlpatterns = [
    path("", views.home, name="home"),
    path("treatments/", include("treatments.urls")),
    path("stories/", include("stories.urls")),
    path("faqs/", include("faqs.urls")),
    path("search/", include("search.urls")),
    path("glossary/", include("glossary.urls")),
    path("clinics/", include("clinics.urls")),
    path("support-groups/", include("support_groups.urls")),
    path("healthz", views.healthz, name="healthz"),
    # Load balancers and people add a slash; the check itself keeps its one address.
    path("healthz/", RedirectView.as_view(url="/healthz", permanent=True)),
    # Browsers and feed readers that ask for /favicon.ico without reading the page's <link rel="icon">.
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemap, {"sitemaps": site_sitemaps()}, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path("ratings/", include("ratings.urls")),
    path("cookies/consent/", include("consent.urls")),
    path("leaving/", include("leaving.urls")),
    path("link/<str:label>/<int:pk>/", follow_internal_link, name="internal-link"),
    path(f"{settings.ADMIN_URL}link-search/", admin.site.admin_view(link_search), name="content-link-search"),
    path(f"{settings.ADMIN_URL}review-due/", admin.site.admin_view(ReviewDueView.as_view()), name="review-due"),
    # The one-time link printed by `create_staff_user` (Django's own token, invalid once used).
    path(
        f"{settings.ADMIN_URL}set-password/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(success_url=f"/{settings.ADMIN_URL}set-password/done/"),
        name="password_reset_confirm",
    ),
    path(
        f"{settings.ADMIN_URL}set-password/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
    # Last: the site's own pages at /privacy/, /cookies/, /about/ ...
    path("", include("pages.urls")),
]
# Uploaded pictures (story portraits), served by the app in development and production alike.
urlpatterns.insert(0, path(settings.MEDIA_URL.lstrip("/") + "<path:name>", media_file, name="media"))

if settings.BENCHMARK_FLOOR:
    urlpatterns.append(path("bench/floor/", views.benchmark_floor))

admin.site.site_header = "Living with NETs: editors' admin"
admin.site.site_title = "Living with NETs admin"
