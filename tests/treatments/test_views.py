from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_term, make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def test_overview_lists_established_treatments_then_those_under_development(client):
    make_treatment(title="Immunotherapy", category=Treatment.Category.IN_DEVELOPMENT, order=1)
    make_treatment(title="Surgery", order=2)
    make_treatment(title="Chemotherapy", order=3)

    response = client.get(reverse("treatments:list"))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Surgery") < html.index("Chemotherapy") < html.index("Treatments under development")
    assert html.index("Treatments under development") < html.index("Immunotherapy")
    assert "only available in clinical trials" in html
    assert "Be Part of Research" in html


def test_overview_reminds_readers_to_talk_to_their_doctor(client):
    response = client.get(reverse("treatments:list"))
    assert "Always talk to your doctor" in response.content.decode()


def test_overview_links_each_treatment_to_its_page(client):
    treatment = make_treatment(title="Surgery", slug="surgery", summary="An operation to remove the tumour.")
    response = client.get(reverse("treatments:list"))
    assert "An operation to remove the tumour." in response.content.decode()
    assert f'href="{treatment.get_absolute_url()}"' in response.content.decode()


def test_draft_treatment_is_not_listed_and_its_page_is_not_found(client):
    draft = make_treatment(title="Secret draft", status=Treatment.Status.DRAFT)

    assert "Secret draft" not in client.get(reverse("treatments:list")).content.decode()
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert "Sorry, we cannot find that page" in response.content.decode()


def test_treatment_scheduled_for_later_is_hidden_until_its_time(client):
    later = make_treatment(title="Coming soon", published_at=timezone.now() + timedelta(days=1))
    assert client.get(later.get_absolute_url()).status_code == 404

    Treatment.objects.filter(pk=later.pk).update(published_at=timezone.now() - timedelta(minutes=1))
    assert client.get(later.get_absolute_url()).status_code == 200


def test_treatment_page_shows_its_body_and_a_way_back(client):
    treatment = make_treatment(title="Chemotherapy", body="<h3>How it is given</h3><p>Through a drip.</p>")
    response = client.get(treatment.get_absolute_url())
    assert response.status_code == 200
    assert "<h1>Chemotherapy</h1>" in response.content.decode()
    assert "<h3>How it is given</h3>" in response.content.decode()
    assert f'href="{reverse("treatments:list")}"' in response.content.decode()


def test_unknown_treatment_gives_the_sites_own_404_page(client):
    response = client.get(reverse("treatments:detail", args=["no-such-treatment"]))
    assert response.status_code == 404
    assert "Sorry, we cannot find that page" in response.content.decode()
    assert 'lang="en-GB"' in response.content.decode()


@pytest.mark.parametrize("number_of_treatments", [5, 50])
def test_overview_query_count_does_not_grow_with_treatments(
    client, django_assert_max_num_queries, number_of_treatments
):
    for n in range(number_of_treatments):
        make_treatment(category=Treatment.Category.IN_DEVELOPMENT if n % 4 == 0 else Treatment.Category.ESTABLISHED)
    # The content version, treatments, quotes, the footer's site settings and the rated page (these two once per
    # content version), and its rating.
    with django_assert_max_num_queries(6):
        response = client.get(reverse("treatments:list"))
    assert response.content.decode().count('class="treatment-summary"') == number_of_treatments
    # The page is kept for the content version: the next reader costs one query, the version with the rating.
    with django_assert_max_num_queries(1):
        response = client.get(reverse("treatments:list"))
    assert response.content.decode().count('class="treatment-summary"') == number_of_treatments


@pytest.mark.parametrize("number_of_treatments", [5, 50])
def test_treatment_page_query_count_does_not_grow_with_treatments(
    client, django_assert_max_num_queries, number_of_treatments
):
    treatments = [make_treatment() for _ in range(number_of_treatments)]
    terms = [make_term(title=f"Word{n}") for n in range(number_of_treatments)]
    treatments[-1].body = "<p>" + " ".join(term.title for term in terms) + "</p>"
    treatments[-1].save()
    # The content version, the treatment, its quotes, the glossary terms it marks, the footer's site settings,
    # and its rating.
    with django_assert_max_num_queries(6):
        response = client.get(treatments[-1].get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count('class="glossary-term"') == number_of_treatments


def test_treatment_page_shows_its_parts_in_one_layout_with_contents_and_the_help_box(client):
    treatment = make_treatment(
        body="<p>How it works.</p>",
        who_it_is_for="<p>Adults.</p>",
        before_during_after="<p>A drip.</p>",
        side_effects_common="<ul><li>Tiredness.</li></ul>",
        side_effects_contact_team="<ul><li>A temperature.</li></ul>",
        side_effects_call_999="<ul><li>Trouble breathing.</li></ul>",
        questions_to_ask="<ul><li>Will it work?</li></ul>",
        references='<ul><li><a href="https://www.nice.org.uk/guidance/ta539">NICE TA539</a></li></ul>',
    )
    html = client.get(treatment.get_absolute_url()).content.decode()
    headings = [
        "What it is and how it works", "Who it is for", "Before, during and after", "Side effects",
        "Common side effects", "Contact your team straight away if you have", "Call 999 if you have",
        "Questions to ask your team", "References", "Where to get help",
    ]  # fmt: skip
    positions = [html.index(f">{heading}</h") for heading in headings]
    assert positions == sorted(positions)
    for anchor in ["how-it-works", "side-effects", "references", "get-help"]:
        assert f'<a href="#{anchor}">' in html and f'id="{anchor}"' in html
    assert "NHS 111" in html and "clinical nurse specialist" in html
    assert "/leaving/?to=https%3A%2F%2Fwww.nice.org.uk%2Fguidance%2Fta539" in html  # sources leave through the notice


def test_every_part_of_a_treatment_is_sanitised_when_saved():
    treatment = make_treatment(side_effects_call_999='<p onclick="x()">Call 999.</p><script>alert(1)</script>')
    assert treatment.side_effects_call_999 == "<p>Call 999.</p>"
