import pytest
from django.urls import reverse

from support_groups.models import SupportGroup
from tests.factories import make_support_group, signed_off

pytestmark = pytest.mark.django_db


def listed(client, **params):
    response = client.get(reverse("support_groups:list"), params)
    assert response.status_code == 200
    return [group.title for group in response.context["groups"]], response


@pytest.fixture
def groups():
    make_support_group(title="Neuroendocrine Cancer UK", countries="GB", meets_online=True, meets_by_phone=True)
    make_support_group(
        title="Scottish NET group", countries="GB", regions="Scotland", reach="local", meets_in_person=True
    )
    make_support_group(title="Netzwerk NeT", countries="DE", languages="German", meets_in_person=True)
    make_support_group(title="Irish and UK group", countries="IE,GB", meets_online=True)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Irish and UK group", "Netzwerk NeT", "Neuroendocrine Cancer UK", "Scottish NET group"]),
        ({"country": "GB"}, ["Irish and UK group", "Neuroendocrine Cancer UK", "Scottish NET group"]),
        ({"country": "IE"}, ["Irish and UK group"]),
        ({"region": "scot"}, ["Scottish NET group"]),
        ({"meets": "online"}, ["Irish and UK group", "Neuroendocrine Cancer UK"]),
        ({"meets": "in-person"}, ["Netzwerk NeT", "Scottish NET group"]),
        ({"meets": "telephone"}, ["Neuroendocrine Cancer UK"]),
        ({"q": "german"}, ["Netzwerk NeT"]),
        ({"q": "cancer"}, ["Neuroendocrine Cancer UK"]),
        ({"country": "GB", "meets": "in-person"}, ["Scottish NET group"]),
        ({"country": "GB", "meets": "online", "q": "irish"}, ["Irish and UK group"]),
        ({"country": "DE", "region": "Scotland"}, []),
    ],
)
def test_filters_work_alone_and_combined(client, groups, params, expected):
    titles, _ = listed(client, **params)
    assert titles == expected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"country": "ZZ"}, "The country, because it is not one we list"),
        ({"meets": "carrier-pigeon"}, "The way of meeting, because it is not one we list"),
        ({"page": "50"}, "The page number"),
    ],
)
def test_bad_input_is_ignored_with_a_clear_message(client, groups, params, message):
    titles, response = listed(client, **params)
    assert len(titles) == 4
    assert message in response.content.decode()


def test_draft_group_is_hidden(client):
    draft = make_support_group(title="Secret", status=SupportGroup.Status.DRAFT)
    assert "Secret" not in listed(client)[1].content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_detail_page_shows_contact_details_and_how_it_meets(client):
    group = make_support_group(
        title="Neuroendocrine Cancer UK", countries="GB,IE", phone="0800 000 0000", email="help@example.org",
        website="https://www.example.org/", helpline_hours="Monday to Friday, 9am to 5pm", meets_online=True,
        meets_by_phone=True, languages="English, Welsh",
    )  # fmt: skip
    html = client.get(group.get_absolute_url()).content.decode()
    assert '<a href="tel:08000000000">0800 000 0000</a>' in html
    assert '<a href="mailto:help@example.org">help@example.org</a>' in html
    assert 'href="/leaving/?to=https%3A%2F%2Fwww.example.org%2F"' in html
    assert 'Neuroendocrine Cancer UK website <span class="external-note">(opens another website)</span>' in html
    assert "Monday to Friday, 9am to 5pm" in html
    assert "Online, By telephone" in html
    assert "United Kingdom, Ireland" in html
    assert "English, Welsh" in html


def test_countries_are_stored_as_clean_codes():
    group = make_support_group(countries=" gb, ie ,GB")
    assert group.countries == "GB,IE"


@pytest.mark.parametrize("number", [5, 50])
def test_list_query_count_does_not_grow(client, django_assert_max_num_queries, number):
    SupportGroup.objects.bulk_create(
        SupportGroup(**signed_off(dict(title=f"Group {n}", slug=f"group-{n}", summary="A group.", countries="GB,IE",
                     status=SupportGroup.Status.PUBLISHED, published_at="2026-01-01T00:00:00Z", meets_online=True)))
        for n in range(number)
    )  # fmt: skip
    for params in [{}, {"country": "GB", "meets": "online", "q": "group", "region": ""}]:
        with django_assert_max_num_queries(4):  # the content version, the count, the page, the footer's site settings
            response = client.get(reverse("support_groups:list"), params)
        assert len(response.context["groups"]) == min(number, 20)


@pytest.mark.parametrize("number", [5, 50])
def test_detail_query_count_does_not_grow(client, django_assert_max_num_queries, number):
    groups = [make_support_group() for _ in range(number)]
    with django_assert_max_num_queries(4):  # the content version, the group, the footer's site settings, its rating
        assert client.get(groups[-1].get_absolute_url()).status_code == 200


def test_support_groups_appear_in_navigation_and_cards(client):
    html = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("support_groups:list")}"' in html
    assert "Patient support groups can offer social and emotional support." in html


def test_the_rating_asks_about_the_pages_information_not_the_group(client):
    group = make_support_group()
    html = client.get(group.get_absolute_url()).content.decode()
    assert "<legend>How useful is the information on this page about the group?</legend>" in html
    assert "Rate this content" not in html
