"""Search knows the words patients hear: brand names, lay words and other names from the glossary."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from search.query import search
from tests.factories import make_term, make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db

# Query -> the treatment page a reader asking it needs, among the first three results on either database.
EXPECTED = {
    "Lutathera": "prrt",
    "lutetium": "prrt",
    "octreotide": "somatostatin-analogues",
    "Sandostatin": "somatostatin-analogues",
    "lanreotide": "somatostatin-analogues",
    "Somatuline": "somatostatin-analogues",
    "everolimus": "targeted-cancer-therapies",
    "Afinitor": "targeted-cancer-therapies",
    "chemo": "chemotherapy",
    "carcinoid": "carcinoid-syndrome",
    "clinical trial": "prrt-new-radioligands",
}


def test_each_name_patients_hear_finds_the_right_demo_page_in_the_first_three_results(client):
    call_command("load_demo_content", stdout=StringIO())
    slugs = dict(Treatment.objects.values_list("pk", "slug"))
    missed = {}
    for q, wanted in EXPECTED.items():
        first_three = [slugs.get(row["pk"]) for row in search(q)[:3] if row["kind"] == "treatments.treatment"]
        if wanted not in first_three:
            missed[q] = first_three
    assert missed == {}
    html = client.get(reverse("search:results"), {"q": "Sandostatin"}).content.decode()
    assert "Somatostatin analogues (octreotide and lanreotide)" in html


def test_an_other_name_finds_pages_that_only_use_the_main_name():
    page = make_treatment(title="Injections", summary="About octreotide.", body="<p>Octreotide.</p>")
    make_treatment(title="Unrelated", summary="Nothing here.")
    make_term(title="Octreotide", other_names="Sandostatin, Sandostatin LAR")
    assert [row["pk"] for row in search("sandostatin")] == [page.pk]


def test_the_page_that_explains_a_term_comes_first_even_without_the_word():
    explained = make_treatment(title="Chemotherapy", summary="Medicines that kill dividing cells.", body="")
    mentions = make_treatment(title="Chemo diary", summary="What chemo was like.", body="")
    make_term(title="Chemotherapy", other_names="chemo", explained_by=explained)
    assert [row["pk"] for row in search("chemo")][:2] == [explained.pk, mentions.pk]


def test_a_draft_term_does_not_change_search():
    make_treatment(title="Injections", summary="About octreotide.")
    make_term(title="Octreotide", other_names="Sandostatin", status="draft")
    assert list(search("sandostatin")) == []
