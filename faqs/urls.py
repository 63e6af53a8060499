from django.urls import path

from faqs import views

app_name = "faqs"

urlpatterns = [
    path("", views.faq_list, name="list"),
    path("ask/", views.ask, name="ask"),
    path("ask/thank-you/", views.ask_thanks, name="ask-thanks"),
    path("<slug:slug>/", views.faq_topic, name="topic"),
]
