"""Search and every finder filter answer with a page, whatever is typed or sent: never a 500, never raw markup."""

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.factories import make_clinic, make_support_group, make_treatment

pytestmark = pytest.mark.django_db

PROBE = "<x-probe>"  # markup that appears nowhere on the site, so finding it means it was reflected
ODD = ["\x00", "-", "!", "&", "|", "(", ")", ":", "*", '"', "'", "<", ">", "\\", "%", "_", " ", "\t", "\n", "é", "ß",
       "中", "🙂", "\u202e", "\ufeff"]  # fmt: skip
odd_text = st.text(alphabet=st.sampled_from(ODD) | st.characters(codec="utf-8"), max_size=60)
value = st.one_of(
    odd_text,
    st.sampled_from(ODD).map(lambda char: char * 50),  # runs of punctuation: "-" * 50 broke PostgreSQL
    st.sampled_from(["a", "-a", "a | b", "!a & b", "a <-> b", '"a', "or", "-", "1e999", "NaN"]).map(lambda s: s * 40),
    st.just("x" * 10_000),
    odd_text.map(lambda text: text + PROBE + text),
)
FINDERS = {
    "search:results": ["q", "page"],
    "clinics:list": ["q", "country", "city", "service", "coe", "europe", "near", "place", "page"],
    "support_groups:list": ["q", "country", "region", "meets", "page"],
}
query = st.sampled_from(sorted(FINDERS)).flatmap(
    lambda name: st.tuples(
        st.just(name), st.dictionaries(st.sampled_from(FINDERS[name]), value, min_size=1, max_size=3)
    )
)


@pytest.fixture
def content(db):
    make_treatment(title="Surgery for pancreatic NETs")
    make_clinic(title="Royal Free London", country="GB")
    make_support_group(title="NET Patient Foundation", countries="GB")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query)
@example(("search:results", {"q": "\x00"}))
@example(("search:results", {"q": "-" * 50}))
@example(("clinics:list", {"q": "\x00", "city": "-" * 50}))
@example(("support_groups:list", {"region": "\x00" + PROBE}))
def test_search_and_filters_answer_any_input_with_a_page_and_never_reflect_markup(client, content, name_params):
    name, params = name_params
    response = client.get(reverse(name), params)
    assert response.status_code == 200, (name, params)
    assert PROBE not in response.content.decode()


@pytest.mark.parametrize("q", ["\x00", "%00", "-" * 50, "!" * 50, "a & | ! <-> b", '"""', "- - - -" * 10, "x" * 10_000])
def test_search_input_that_once_broke_postgresql_gives_a_page(client, content, q):
    response = client.get(reverse("search:results"), {"q": q})
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="'or', phrases and '-' are PostgreSQL web-search syntax; SQLite matches words",
)
def test_postgresql_search_still_understands_phrases_alternatives_and_exclusions(client):
    make_treatment(title="Somatostatin analogue injections")
    make_treatment(title="Liver surgery")
    make_treatment(title="Liver surgery and chemotherapy")
    html = client.get(reverse("search:results"), {"q": 'somatostatin or "liver surgery" -chemotherapy'}).content
    assert b"Somatostatin analogue injections" in html and b"Liver surgery<" in html
    assert b"and chemotherapy" not in html
