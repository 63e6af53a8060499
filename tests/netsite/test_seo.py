import json
import re

import pytest
from django.urls import reverse

from tests.factories import make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def test_treatment_page_has_description_canonical_open_graph_and_medical_json_ld(client):
    treatment = make_treatment(title="Chemotherapy", slug="chemotherapy", summary="Medicines that kill cancer cells.")
    html = client.get(treatment.get_absolute_url()).content.decode()

    assert '<meta name="description" content="Medicines that kill cancer cells.">' in html
    assert '<link rel="canonical" href="http://testserver/treatments/chemotherapy/">' in html
    assert '<meta property="og:title" content="Chemotherapy">' in html
    assert '<meta property="og:type" content="article">' in html
    (payload,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    data = json.loads(payload)
    assert data["@type"] == "MedicalWebPage"
    assert data["name"] == "Chemotherapy"
    assert data["url"] == "http://testserver/treatments/chemotherapy/"


def test_json_ld_cannot_be_broken_out_of(client):
    treatment = make_treatment(title="</script><script>alert(1)</script>")
    html = client.get(treatment.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html


def test_sitemap_lists_published_pages_with_last_modified_dates(client):
    live = make_treatment(slug="surgery")
    draft = make_treatment(slug="secret-draft", status=Treatment.Status.DRAFT)
    xml = client.get(reverse("sitemap")).content.decode()
    assert f"<loc>http://testserver{live.get_absolute_url()}</loc>" in xml
    assert draft.get_absolute_url() not in xml
    assert f"<loc>http://testserver{reverse('treatments:list')}</loc>" in xml
    assert "<lastmod>" in xml


def test_every_sitemap_address_has_a_last_modified_date_and_lists_change_with_their_newest_page(client):
    from tests.factories import make_clinic, make_question, make_story, make_support_group

    make_treatment(), make_story(), make_clinic(), make_support_group(), make_question()
    xml = client.get(reverse("sitemap")).content.decode()
    assert xml.count("<url>") == xml.count("<lastmod>") >= 10
    treatment = make_treatment()
    Treatment.objects.filter(pk=treatment.pk).update(updated_at="2031-05-04T10:00:00Z")
    xml = client.get(reverse("sitemap")).content.decode()
    entry = xml.split(f"<loc>http://testserver{reverse('treatments:list')}</loc>")[1].split("</url>")[0]
    assert "<lastmod>2031-05-04</lastmod>" in entry


def test_robots_txt_points_at_the_sitemap_and_never_names_the_admin_address(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert reverse("admin:index") not in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_the_admin_asks_search_engines_not_to_index_it(client):
    response = client.get(reverse("admin:login"))
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="NONE,NOARCHIVE">' in response.content.decode()


def test_faqs_page_describes_its_questions_and_answers_as_an_faq_page(client):
    from tests.factories import make_question

    make_question(title="What is a NET?", summary="A tumour that starts in hormone cells.")
    html = client.get(reverse("faqs:list")).content.decode()
    (payload,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    data = json.loads(payload)
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"] == [
        {
            "@type": "Question",
            "name": "What is a NET?",
            "acceptedAnswer": {"@type": "Answer", "text": "A tumour that starts in hormone cells."},
        }
    ]


def test_sitemap_includes_every_kind_of_published_content(client):
    from tests.factories import make_clinic, make_story, make_support_group

    items = [make_story(), make_clinic(), make_support_group()]
    xml = client.get(reverse("sitemap")).content.decode()
    for item in items:
        assert f"<loc>http://testserver{item.get_absolute_url()}</loc>" in xml


def test_sitemap_lists_the_faqs_page_once_not_each_answer_as_an_anchor(client):
    from tests.factories import make_question

    make_question(slug="what-is-a-net")
    xml = client.get(reverse("sitemap")).content.decode()
    assert "#what-is-a-net" not in xml
    assert f"<loc>http://testserver{reverse('faqs:list')}</loc>" in xml
