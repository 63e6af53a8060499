from django.urls import path

from clinics import views

app_name = "clinics"

urlpatterns = [
    path("", views.ClinicListView.as_view(), name="list"),
    path("<slug:slug>/", views.ClinicDetailView.as_view(), name="detail"),
]
