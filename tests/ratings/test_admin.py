import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from ratings.models import ListingPage, Vote
from tests.factories import make_treatment, make_vote

pytestmark = pytest.mark.django_db

SUMMARY_URL = "admin:ratings_ratingtotal_changelist"


@pytest.fixture
def rated_pages():
    surgery = make_treatment(title="Surgery")
    chemotherapy = make_treatment(title="Chemotherapy")
    overview = ListingPage.objects.get(key="treatments-overview")
    for score in [5, 4]:
        make_vote(surgery, score=score)
    for score in [1, 2, 2]:
        make_vote(chemotherapy, score=score)
    make_vote(overview, score=3)
    return surgery, chemotherapy, overview


def test_anonymous_visitors_cannot_see_votes_or_the_summary(client):
    for name in ["admin:ratings_vote_changelist", SUMMARY_URL]:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert reverse("admin:login") in response["Location"]


def test_staff_without_permission_cannot_see_the_summary(client):
    user = get_user_model().objects.create_user("writer", password="a-long-test-password", is_staff=True)
    client.force_login(user)
    assert client.get(reverse(SUMMARY_URL)).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="view_ratingtotal"))
    assert client.get(reverse(SUMMARY_URL)).status_code == 200


def test_vote_list_shows_page_score_and_date_with_filters(superuser_client, rated_pages):
    response = superuser_client.get(reverse("admin:ratings_vote_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Surgery" in html and "Treatment options for NETs" in html
    for heading in ["Rated page", "Score", "Updated at"]:
        assert heading in html
    for filter_title in ["By content type", "By score", "By updated at"]:
        assert filter_title in html

    filtered = superuser_client.get(reverse("admin:ratings_vote_changelist") + "?score__exact=2").content.decode()
    assert "Chemotherapy" in filtered
    assert "Surgery" not in filtered


def test_votes_cannot_be_added_changed_or_deleted_in_the_admin(superuser_client, rated_pages):
    vote = Vote.objects.first()
    assert superuser_client.get(reverse("admin:ratings_vote_add")).status_code == 403
    change_url = reverse("admin:ratings_vote_change", args=[vote.pk])
    page = superuser_client.get(change_url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert superuser_client.post(change_url, {"score": 1}).status_code == 403
    assert (
        superuser_client.post(reverse("admin:ratings_vote_delete", args=[vote.pk]), {"post": "yes"}).status_code == 403
    )
    assert Vote.objects.get(pk=vote.pk).score == vote.score


def test_summary_lists_every_rated_page_lowest_average_first(superuser_client, rated_pages):
    surgery, chemotherapy, overview = rated_pages
    response = superuser_client.get(reverse(SUMMARY_URL))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Ratings summary</h1>" in html
    assert html.index("Chemotherapy") < html.index("Treatment options for NETs") < html.index("Surgery")
    assert f'href="{surgery.get_absolute_url()}"' in html
    assert f'href="{overview.get_absolute_url()}"' in html
    assert "Download this table as CSV" in html


def test_summary_csv_has_the_same_table(superuser_client, rated_pages):
    response = superuser_client.get(reverse(SUMMARY_URL) + "?format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="ratings-summary-')
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "Page",
        "Type",
        "Address",
        "Average",
        "Votes",
        "1 star",
        "2 stars",
        "3 stars",
        "4 stars",
        "5 stars",
    ]
    assert rows[1:] == [
        ["Chemotherapy", "Treatment", rated_pages[1].get_absolute_url(), "1.7", "3", "1", "2", "0", "0", "0"],
        ["Treatment options for NETs", "Listing page", "/treatments/", "3.0", "1", "0", "0", "1", "0", "0"],
        ["Surgery", "Treatment", rated_pages[0].get_absolute_url(), "4.5", "2", "0", "0", "0", "1", "1"],
    ]


def test_summary_csv_cannot_smuggle_a_spreadsheet_formula(superuser_client):
    make_vote(make_treatment(title='=HYPERLINK("http://evil.example")'))
    rows = list(csv.reader(io.StringIO(superuser_client.get(reverse(SUMMARY_URL) + "?format=csv").content.decode())))
    assert rows[1][0].startswith("'=")


def test_summary_says_so_when_nothing_has_been_rated(superuser_client):
    assert "No page has been rated yet." in superuser_client.get(reverse(SUMMARY_URL)).content.decode()


def test_admin_index_offers_the_ratings_summary(superuser_client):
    html = superuser_client.get(reverse("admin:index")).content.decode()
    assert "Ratings summary" in html
