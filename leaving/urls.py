from django.urls import path

from leaving import views

app_name = "leaving"

urlpatterns = [path("", views.leaving, name="notice")]
