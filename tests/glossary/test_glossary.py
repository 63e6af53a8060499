import pytest
from django.urls import reverse

from glossary.marking import Glossary
from glossary.models import Term
from tests.factories import make_term, make_treatment

pytestmark = pytest.mark.django_db


def test_glossary_lists_published_terms_from_a_to_z_with_the_page_that_explains_them(client):
    surgery = make_treatment(title="Surgery")
    make_term(title="Octreotide", other_names="Sandostatin", summary="A somatostatin analogue.")
    make_term(
        title="Debulking", slug="debulking", summary="Taking out as much tumour as is safe.", explained_by=surgery
    )
    make_term(title="Secret", status=Term.Status.DRAFT)
    html = client.get(reverse("glossary:index")).content.decode()
    assert html.index('id="letter-D"') < html.index('id="letter-O"')
    assert '<dt id="debulking"><dfn>Debulking</dfn></dt>' in html
    assert "Also called: Sandostatin" in html
    assert f'<a href="{surgery.get_absolute_url()}">Read more: Surgery</a>' in html
    assert "Secret" not in html


def test_glossary_does_not_link_to_an_unpublished_page(client):
    draft = make_treatment(title="Hidden page", status="draft")
    make_term(title="Ablation", explained_by=draft)
    assert "Hidden page" not in client.get(reverse("glossary:index")).content.decode()


@pytest.mark.parametrize("number", [5, 50])
def test_glossary_query_count_does_not_grow_with_terms(client, django_assert_max_num_queries, number):
    for _ in range(number):
        make_term(explained_by=make_treatment())
    with django_assert_max_num_queries(4):  # the content version, terms, the pages they point to, footer settings
        response = client.get(reverse("glossary:index"))
    assert response.content.decode().count("<dfn>") == number


def test_only_the_first_use_on_a_page_is_marked_even_across_parts():
    make_term(title="Octreotide", slug="octreotide", other_names="Sandostatin", summary="An injected medicine.")
    first, second = Glossary().mark(["<p>Sandostatin is octreotide.</p>", "<p>More octreotide.</p>"])
    assert first.count('class="glossary-term"') == 1
    assert '<button type="button" class="glossary-term" popovertarget="define-octreotide">Sandostatin</button>' in first
    assert '<span class="glossary-definition" id="define-octreotide" popover>' in first
    assert '<a href="/glossary/#octreotide">Octreotide in the glossary</a>' in first
    assert "glossary-term" not in second


def test_terms_in_links_and_headings_are_left_alone():
    make_term(title="Chemotherapy", other_names="chemo")
    html = '<h3>Chemotherapy</h3><p><a href="/x/">chemo</a> and then chemo.</p>'
    (marked,) = Glossary().mark([html])
    assert marked.startswith('<h3>Chemotherapy</h3><p><a href="/x/">chemo</a> and then <button')


def test_a_term_inside_a_longer_word_is_not_marked():
    make_term(title="NET")
    (marked,) = Glossary().mark(["<p>The internet and a planet.</p>"])
    assert "glossary-term" not in marked


def test_a_definition_is_escaped():
    make_term(title="Serotonin", summary="A <b>hormone</b> & messenger.")
    (marked,) = Glossary().mark(["<p>Serotonin.</p>"])
    assert "A &lt;b&gt;hormone&lt;/b&gt; &amp; messenger." in marked


def test_changing_a_term_drops_the_cached_treatment_pages_that_may_show_it(client):
    treatment = make_treatment(body="<p>Octreotide helps.</p>")
    term = make_term(title="Octreotide", summary="First definition.")
    assert "First definition." in client.get(treatment.get_absolute_url()).content.decode()
    assert client.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"

    term.summary = "Second definition."
    term.save()

    assert "Second definition." in client.get(treatment.get_absolute_url()).content.decode()


def test_a_new_term_is_marked_on_a_cached_treatment_page_at_once(client):
    treatment = make_treatment(body="<p>Lanreotide helps.</p>")
    client.get(treatment.get_absolute_url())
    make_term(title="Lanreotide")
    assert 'class="glossary-term"' in client.get(treatment.get_absolute_url()).content.decode()
