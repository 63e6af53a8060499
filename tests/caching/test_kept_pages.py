"""Pages kept for the content version (base.html's `{% remembered "page" %}`): what differs per reader stays theirs."""

import logging
import re
from pathlib import Path

import pytest
from django.template import Context, RequestContext, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.autoreload import file_changed

from caching import versions
from consent.cookies import ACCEPTED, CONSENT_COOKIE
from tests.factories import make_clinic, make_site_page, make_story, make_support_group, make_treatment, make_vote

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders, from the kept copy where there is one


def read_twice(client, url):
    """The first request keeps the page; the second is served from what was kept."""
    client.get(url)
    return client.get(url).content.decode()


def test_each_reader_of_a_kept_page_gets_their_own_csrf_token_and_can_vote_with_it():
    treatment = make_treatment()
    readers = [Client(enforce_csrf_checks=True) for _ in range(2)]
    tokens = [TOKEN.search(read_twice(reader, treatment.get_absolute_url())).group(1) for reader in readers]
    assert tokens[0] != tokens[1]
    target = re.search(r'name="target" value="([^"]+)"', read_twice(readers[0], treatment.get_absolute_url())).group(1)
    for reader, token in zip(readers, tokens, strict=True):
        response = reader.post(reverse("ratings:vote"), {"target": target, "score": 4, "csrfmiddlewaretoken": token})
        assert response.status_code == 303
    assert "From 2 votes." in Client().get(treatment.get_absolute_url()).content.decode()


def test_the_rating_on_a_kept_page_is_current_and_shows_each_voter_their_own_score(client):
    treatment = make_treatment()
    assert "No ratings yet." in read_twice(client, treatment.get_absolute_url())
    make_vote(treatment, score=2)
    html = client.get(treatment.get_absolute_url()).content.decode()
    assert "Rating: 2.0/5. From 1 vote." in html and " checked" not in html

    client.post(
        reverse("ratings:vote"), {"target": re.search(r'name="target" value="([^"]+)"', html).group(1), "score": 4}
    )
    mine = client.get(treatment.get_absolute_url()).content.decode()
    assert "Rating: 3.0/5. From 2 votes." in mine
    assert re.search(r'value="4" id="[^"]+"\s*checked', mine) and "Your rating: 4 stars." in mine
    someone_else = Client().get(treatment.get_absolute_url()).content.decode()
    assert "From 2 votes." in someone_else and " checked" not in someone_else


def test_a_message_on_a_kept_page_is_shown_only_to_its_reader(client):
    treatment = make_treatment()
    html = read_twice(client, treatment.get_absolute_url())
    target = re.search(r'name="target" value="([^"]+)"', html).group(1)
    thanked = client.post(reverse("ratings:vote"), {"target": target, "score": 5}, follow=True).content.decode()
    assert 'class="messages"' in thanked
    assert 'class="messages"' not in Client().get(treatment.get_absolute_url()).content.decode()
    assert 'class="messages"' not in client.get(treatment.get_absolute_url()).content.decode()  # shown once


def test_the_cookie_banner_on_a_kept_page_follows_each_readers_choice(client):
    assert "cookie-banner" in read_twice(client, reverse("home"))
    decided = Client()
    decided.cookies[CONSENT_COOKIE] = ACCEPTED
    assert "cookie-banner" not in read_twice(decided, reverse("home"))
    assert "cookie-banner" in client.get(reverse("home")).content.decode()


def test_lists_and_search_read_again_at_the_same_version_need_only_the_version_query(client, django_assert_num_queries):
    for _ in range(3):
        make_story()
        make_clinic()
        make_support_group()
        make_treatment(title="Surgery")
    for url in (reverse("stories:list"), reverse("clinics:list"), reverse("support_groups:list"), "/search/?q=surgery"):
        html = client.get(url).content.decode()
        with django_assert_num_queries(1):  # the content version
            again = client.get(url).content.decode()
        assert TOKEN.sub("", again) == TOKEN.sub("", html)  # the same page but for the reader's CSRF token


def test_a_repeat_read_of_every_kind_of_page_is_the_page_its_view_rendered(client):
    """The repeat is served without the view (caching.kept_pages); its live parts still get what they name."""
    treatment = make_treatment()
    story, clinic, group = make_story(), make_clinic(), make_support_group()
    for rated in (treatment, story, clinic, group):
        make_vote(rated, score=3)
    make_site_page(slug="cookies", title="Cookies")
    urls = [reverse("home"), reverse("treatments:list"), reverse("faqs:list"), reverse("stories:list"),
            reverse("clinics:list"), reverse("support_groups:list"), "/search/?q=treatment", "/cookies/",
            *(item.get_absolute_url() for item in (treatment, story, clinic, group))]  # fmt: skip
    for url in urls:
        first = Client().get(url)
        again = Client().get(url)
        assert again.status_code == first.status_code == 200, url
        assert TOKEN.sub("", again.content.decode()) == TOKEN.sub("", first.content.decode()), url
        assert again["Content-Type"] == first["Content-Type"]
    for item in (treatment, story, clinic, group):
        assert "Rating: 3.0/5. From 1 vote." in Client().get(item.get_absolute_url()).content.decode()


def test_an_address_asking_for_a_preview_is_never_kept(client, login, editor):
    item = make_treatment(title="Approved")
    copy = item.working_copy()
    copy.title = "Proposed"
    copy.save_edit(editor)
    preview_address = item.get_absolute_url() + "?preview=1"
    assert "<h1>Approved</h1>" in read_twice(client, preview_address)  # the public is shown the public page
    assert "<h1>Proposed</h1>" in login(editor).get(preview_address).content.decode()


def test_an_edit_shows_on_the_next_request_of_a_kept_page(client):
    treatment = make_treatment(summary="Given as an injection.")
    assert "Given as an injection." in read_twice(client, treatment.get_absolute_url())
    treatment.summary = "Given as a tablet."
    treatment.save()
    html = client.get(treatment.get_absolute_url()).content.decode()
    assert "Given as a tablet." in html and "Given as an injection." not in html


def test_a_page_for_where_a_reader_is_is_not_kept(client):
    make_clinic()
    read_twice(client, reverse("clinics:list") + "?lat=51.5072&lng=-0.1276")
    assert not [name for name in versions._copies if "51.5072" in name]


def test_a_kept_part_that_uses_a_readers_own_value_is_shown_but_not_kept(caplog):
    template = Template(
        '{% load versions_tags %}{% remembered "form" %}<input value="{{ csrf_token }}">{% endremembered %}'
    )
    request = RequestFactory().get("/")
    with caplog.at_level(logging.WARNING, logger="caching.templatetags.versions_tags"):
        first = template.render(RequestContext(request))
        second = template.render(RequestContext(RequestFactory().get("/")))
    assert first != second  # each its own token: nothing was kept
    assert "fragment:form used csrf_token outside {% live %}" in caplog.text
    assert "fragment:form" not in versions._copies


def test_live_parts_are_rendered_for_every_request_and_the_rest_once():
    template = Template(
        '{% load versions_tags %}{% remembered "greeting" %}{{ title }}: {% live %}{{ name }}{% endlive %}{% endremembered %}'
    )
    assert template.render(Context({"title": "Welcome", "name": "Ann"})) == "Welcome: Ann"
    assert template.render(Context({"title": "Changed", "name": "Bob"})) == "Welcome: Bob"
    versions.content_changed()
    assert template.render(Context({"title": "Changed", "name": "Bob"})) == "Changed: Bob"


def test_copies_past_the_size_limit_are_dropped_and_built_again(monkeypatch):
    monkeypatch.setattr(versions, "MAX_CHARACTERS", 100)
    builds = []

    def page(text):
        builds.append(text)
        return text * 60

    versions.remembered("a", lambda: page("a"))
    versions.remembered("a", lambda: page("a"))
    versions.remembered("b", lambda: page("b"))  # 120 characters in all: both go, then b is kept
    versions.remembered("a", lambda: page("a"))
    assert builds == ["a", "b", "a"]


def test_an_edited_template_shows_on_the_next_request_in_development(client):
    """runserver reloads an edited template without restarting: the pages kept from the old one go."""
    read_twice(client, reverse("home"))
    assert "fragment:page:/" in versions._copies
    file_changed.send(sender=None, file_path=Path("templates/home.html"))
    assert "fragment:page:/" not in versions._copies
