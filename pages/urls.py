from django.urls import path

from pages import views

app_name = "pages"

# Included last in the root URLconf: a site page lives at /<slug>/ unless another app uses that path.
urlpatterns = [
    path("<slug:slug>/", views.SitePageDetailView.as_view(), name="detail"),
]
