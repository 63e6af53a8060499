"""What pages keep in each process's memory (caching.versions) is rebuilt the moment content changes, on every server."""

from datetime import timedelta

import pytest
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from caching import versions
from caching.models import ContentVersion
from pages.models import SiteSettings
from tests.factories import make_question, make_quote, make_term, make_treatment

pytestmark = pytest.mark.django_db


def test_an_edited_glossary_term_shows_on_the_next_treatment_page(client):
    term = make_term(title="Octreotide", summary="An injected medicine.")
    treatment = make_treatment(body="<p>Octreotide slows the tumour.</p>")
    assert "An injected medicine." in client.get(treatment.get_absolute_url()).content.decode()
    term.summary = "A medicine given by injection every four weeks."
    term.save()
    html = client.get(treatment.get_absolute_url()).content.decode()
    assert "A medicine given by injection every four weeks." in html
    assert "An injected medicine." not in html


def test_an_edited_quote_shows_on_the_next_request_of_its_treatment_and_the_overview(client):
    treatment = make_treatment()
    quote = make_quote(treatments=[treatment], text="It was easier than I feared.", on_overview=True)
    for url in (treatment.get_absolute_url(), reverse("treatments:list")):
        assert "It was easier than I feared." in client.get(url).content.decode()
    quote.text = "It was harder than I hoped."
    quote.save()
    for url in (treatment.get_absolute_url(), reverse("treatments:list")):
        assert "It was harder than I hoped." in client.get(url).content.decode()


def test_a_new_treatment_and_a_new_answer_show_on_the_next_request_of_their_lists(client):
    make_treatment(title="Surgery")
    make_question(title="Can I travel?")
    client.get(reverse("treatments:list"))
    client.get(reverse("faqs:list"))
    make_treatment(title="Radiotherapy")
    make_question(title="Can I work?")
    assert "Radiotherapy" in client.get(reverse("treatments:list")).content.decode()
    assert "Can I work?" in client.get(reverse("faqs:list")).content.decode()


def test_a_change_saved_by_another_server_shows_here_on_the_next_request(client):
    """Another process's save changes the rows and the version; this process's copies go with it."""
    client.get(reverse("home"))
    SiteSettings.objects.update_or_create(pk=1, defaults={"sponsor_statement": "Sponsored by Another Server Ltd."})
    ContentVersion.objects.filter(pk=1).update(value=12345)
    assert "Sponsored by Another Server Ltd." in client.get(reverse("home")).content.decode()


def test_a_term_scheduled_to_go_live_is_marked_once_its_time_has_passed(client, monkeypatch, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the page cache's own schedule is tested in test_schedule.py
    make_term(title="Lanreotide", summary="A monthly injection.", published_at=timezone.now() + timedelta(hours=1))
    treatment = make_treatment(body="<p>Lanreotide slows the tumour.</p>")
    assert "A monthly injection." not in client.get(treatment.get_absolute_url()).content.decode()
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "A monthly injection." in client.get(treatment.get_absolute_url()).content.decode()


def test_staff_preview_shows_the_change_being_worked_on_not_the_published_page(login, editor, client):
    make_term(title="Octreotide", summary="An injected medicine.")
    treatment = make_treatment(body="<p>Surgery first.</p>")
    client.get(treatment.get_absolute_url())
    copy = treatment.working_copy()
    copy.body = "<p>Octreotide first.</p>"
    copy.save_edit(editor)
    preview = login(editor).get(treatment.get_absolute_url() + "?preview=1").content.decode()
    assert ">Octreotide</button>" in preview and "Surgery first." not in preview
    assert "Surgery first." in client.get(treatment.get_absolute_url()).content.decode()


def test_nothing_is_kept_without_a_version_row(client):
    ContentVersion.objects.all().delete()
    treatment = make_treatment(title="Surgery", body="<p>Surgery first.</p>")
    ContentVersion.objects.all().delete()
    assert versions.current() is None
    assert "Surgery first." in client.get(treatment.get_absolute_url()).content.decode()
    treatment.body = "<p>Surgery later.</p>"
    treatment.save()
    ContentVersion.objects.all().delete()
    assert "Surgery later." in client.get(treatment.get_absolute_url()).content.decode()


def test_pages_read_again_at_the_same_content_version_cost_one_query(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders its page
    make_term(title="Octreotide")
    treatment = make_treatment(body="<p>Octreotide slows the tumour.</p>")
    make_quote(treatments=[treatment], on_overview=True)
    make_question()
    # One query each: the content version, with the page's rating read in the same statement.
    for url in (treatment.get_absolute_url(), reverse("treatments:list"), reverse("faqs:list"), reverse("home")):
        client.get(url)
        with django_assert_num_queries(1):
            assert client.get(url).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_kept_page_is_still_served_after_its_server_connects_to_the_database_again(client, settings):
    """On PostgreSQL the version statement is prepared once per connection: a new connection prepares it again."""
    settings.PAGE_CACHE_SECONDS = 0
    treatment = make_treatment(title="Surgery")
    for _ in range(2):  # rendered, then served from the copy with the statement prepared
        assert client.get(treatment.get_absolute_url()).status_code == 200
    connection.close()  # as after a database restart, or when a connection reaches its CONN_MAX_AGE
    response = client.get(treatment.get_absolute_url())
    assert response.status_code == 200 and "Surgery" in response.content.decode()


def test_every_migrate_starts_a_version_that_knows_the_next_publish_time():
    """A database from before the version row knew it (or changed by a migration) is caught up by `migrate`."""
    going_live = timezone.now() + timedelta(hours=1)
    make_term(published_at=going_live)
    ContentVersion.objects.update(next_publish_at=None)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert abs(ContentVersion.objects.get().next_publish_at - going_live) < timedelta(seconds=1)
