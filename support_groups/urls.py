from django.urls import path

from support_groups import views

app_name = "support_groups"

urlpatterns = [
    path("", views.SupportGroupListView.as_view(), name="list"),
    path("<slug:slug>/", views.SupportGroupDetailView.as_view(), name="detail"),
]
