"""The server stays the gate for rich text, and says what it took out."""

import pytest
from django.contrib import admin
from django.urls import reverse

from content.models import content_models, sanitise_html
from content.richtext import removed_by_sanitising
from content.widgets import RichTextWidget
from tests.factories import make_treatment
from treatments.models import Treatment

EDITOR_OUTPUT = (
    "<h2>What helps</h2><h3>At home</h3><h4>Food</h4><p><strong>Small</strong> <em>meals</em>.</p>"
    "<ul><li><p>One</p></li></ul><ol><li><p>Two</p></li></ol><blockquote><p>Quote</p></blockquote>"
    '<p><abbr title="National Health Service">NHS</abbr> and '
    '<a href="/link/treatments.treatment/4/" rel="noopener noreferrer">surgery</a></p>'
    '<table><tbody><tr><th scope="col"><p>Header</p></th></tr><tr><td><p>Cell</p></td></tr></tbody></table>'
)


def test_what_the_editor_writes_is_kept_unchanged_and_nothing_is_reported():
    assert sanitise_html(EDITOR_OUTPUT) == EDITOR_OUTPUT
    assert removed_by_sanitising(EDITOR_OUTPUT) == []


def test_a_pasted_top_heading_stays_a_heading_rather_than_melting_into_the_text():
    assert sanitise_html("<p>Intro</p><h1>Title</h1><h6>Small</h6>") == "<p>Intro</p><h2>Title</h2><h4>Small</h4>"


@pytest.mark.django_db
def test_a_treatment_part_keeps_its_headings_below_the_pages_own_section_headings():
    saved = make_treatment(body="<h1>Title</h1><h2>How</h2><h3>Step</h3><h5>Small</h5>", status=Treatment.Status.DRAFT)
    assert saved.body == "<h3>Title</h3><h3>How</h3><h3>Step</h3><h4>Small</h4>"
    assert removed_by_sanitising("<h2>How</h2><h3>Step</h3>", Treatment.rich_text_heading_levels) == [
        "<h2> heading, changed to <h3>"
    ]


def test_each_removal_is_named_with_how_often_it_happened():
    removed = removed_by_sanitising(
        '<h1>T</h1><div class="x"><span style="color:red">a</span><span>b</span></div>'
        '<a href="javascript:alert(1)">c</a><p style="margin:0">d</p><!-- note --><script>x()</script>'
    )
    assert removed == [
        "<h1> heading, changed to <h2>",
        "<div> element (its text was kept)",
        "2 × <span> element (its text was kept)",
        "link to 'javascript:alert(1)' (its text was kept)",
        "style attribute on <p>",
        "comment",
        "<script> element with everything inside it",
    ]


@pytest.mark.parametrize("model", content_models(), ids=lambda model: model.__name__)
def test_every_rich_text_field_of_every_content_type_gets_the_editor(model, rf, django_user_model):
    model_admin = admin.site._registry[model]
    request = rf.get("/")
    request.user = django_user_model(is_superuser=True, is_staff=True)
    form = model_admin.get_form(request)
    for name in model.rich_text_fields:
        assert isinstance(form.base_fields[name].widget, RichTextWidget), name


@pytest.mark.django_db
def test_saving_tells_the_editor_exactly_what_was_removed(editor, login):
    item = make_treatment(status=Treatment.Status.DRAFT)
    client = login(editor)
    url = reverse("admin:treatments_treatment_change", args=[item.pk])
    data = {
        "title": item.title, "slug": item.slug, "category": item.category, "order": item.order,
        "summary": item.summary, "body": '<p>See <a href="javascript:steal()">this</a>.</p><font>Old</font>',
    }  # fmt: skip
    response = client.post(url, data, follow=True)

    messages = [(message.level_tag, str(message)) for message in response.context["messages"]]
    assert (
        "warning",
        "What it is and how it works: saving removed what the site does not allow: link to 'javascript:steal()' (its text was kept); "
        "<font> element (its text was kept). Check the text still reads as you meant.",
    ) in messages
    item.refresh_from_db()
    assert item.body == '<p>See <a rel="noopener noreferrer">this</a>.</p>Old'


@pytest.mark.django_db
def test_a_stray_h2_saved_into_a_treatment_part_becomes_h3_and_the_editor_is_told(editor, login):
    item = make_treatment(status=Treatment.Status.DRAFT)
    data = {
        "title": item.title, "slug": item.slug, "category": item.category, "order": item.order,
        "summary": item.summary, "body": item.body, "who_it_is_for": "<h2>Adults</h2><p>Most adults.</p>",
    }  # fmt: skip
    response = login(editor).post(reverse("admin:treatments_treatment_change", args=[item.pk]), data, follow=True)

    messages = [(message.level_tag, str(message)) for message in response.context["messages"]]
    assert (
        "warning",
        "Who it is for: saving removed what the site does not allow: <h2> heading, changed to <h3>. "
        "Check the text still reads as you meant.",
    ) in messages
    item.refresh_from_db()
    assert item.who_it_is_for == "<h3>Adults</h3><p>Most adults.</p>"


@pytest.mark.parametrize(
    ("model", "levels"),
    [(model, model.rich_text_heading_levels) for model in content_models() if model.rich_text_fields],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_each_editor_offers_only_its_models_heading_levels(model, levels, rf, django_user_model):
    request = rf.get("/")
    request.user = django_user_model(is_superuser=True, is_staff=True)
    form = admin.site._registry[model].get_form(request)()
    html = str(form[model.rich_text_fields[0]])
    assert f'data-heading-levels="{" ".join(map(str, levels))}"' in html
    assert f"Ctrl+Alt+{' or '.join(map(str, levels))} heading" in html
    assert levels == ((3, 4) if model.__name__ in {"Treatment", "Question"} else (2, 3, 4))


@pytest.mark.django_db
def test_saving_clean_text_shows_no_warning(editor, login):
    item = make_treatment(status=Treatment.Status.DRAFT)
    data = {
        "title": item.title, "slug": item.slug, "category": item.category, "order": item.order,
        "summary": item.summary, "body": EDITOR_OUTPUT.replace("h2>", "h3>"),  # a treatment part starts at h3
    }  # fmt: skip
    response = login(editor).post(reverse("admin:treatments_treatment_change", args=[item.pk]), data, follow=True)
    assert [m.level_tag for m in response.context["messages"]] == ["success"]
