"""Reviewers see what they sign: the approve screen and the revision page show a change against the live version."""

import re
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from reversion.models import Version

from clinics.models import Clinic, Service
from faqs.models import Question
from stories.models import Story
from tests.factories import make_clinic, make_question, make_story, make_topic, make_treatment, story_change_form
from treatments.models import Treatment
from workflow.diff import compare, live_version, working_version

pytestmark = pytest.mark.django_db


def picture(colour, name):
    buffer = BytesIO()
    Image.new("RGB", (900, 900), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def section(html):
    """The comparison part of an admin page."""
    match = re.search(r'<section class="workflow-changes".*?</section>', html, re.S)
    assert match, "no comparison on the page"
    return match.group()


@pytest.fixture
def waiting_story(editor):
    """A published story with a change waiting for review: new words, links and portrait."""
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story(body="<h2>My diagnosis</h2><p>I felt tired for three months.</p>", portrait_alt="A red square.")
    story.portrait = picture("red", "before.png")
    story.save()
    story.treatments.set([surgery])
    return story, surgery, chemotherapy


def send_for_review(story, editor, login, **changes):
    client = login(editor)
    response = client.post(reverse("admin:stories_story_change", args=[story.pk]), story_change_form(story, **changes))
    assert response.status_code == 302, response.content.decode()
    client.post(reverse("admin:stories_story_transition", args=[story.pk, "submit"]), {"comment": "Ready"})
    return Story.objects.get(pk=story.pk)


def test_the_approve_screen_shows_words_links_and_pictures_that_change(waiting_story, editor, reviewer, login):
    story, surgery, chemotherapy = waiting_story
    send_for_review(
        story,
        editor,
        login,
        body="<h2>My diagnosis</h2><p>I felt very tired for six months.</p>",
        treatments=[chemotherapy.pk],
        portrait=picture("blue", "after.png"),
        portrait_alt="A blue square.",
    )
    html = login(reviewer).get(reverse("admin:stories_story_transition", args=[story.pk, "approve"])).content.decode()
    changes = section(html)

    assert "What changes for readers" in changes
    assert "<h2>My diagnosis</h2>" in changes  # the text as readers see it, not raw tags
    assert "&lt;h2&gt;" not in changes
    assert '<ins class="diff-added"><span class="visually-hidden">added: </span>very</ins>' in changes
    assert '<del class="diff-removed"><span class="visually-hidden">removed: </span>three</del>' in changes
    assert '<ins class="diff-added"><span class="visually-hidden">added: </span>six</ins>' in changes
    assert re.search(r"<dt>Added</dt><dd><ins[^>]*>.*?Chemotherapy</ins></dd>", changes)
    assert re.search(r"<dt>Removed</dt><dd><del[^>]*>.*?Surgery</del></dd>", changes)
    live = Story.objects.get(pk=story.pk)
    assert f'src="{live.portrait.url}"' in changes  # before...
    assert f'src="{live.portrait.storage.url(live.pending["portrait"])}"' in changes  # ...and after
    assert "Portrait description" in changes and "Title" not in changes  # only what changed


def test_sending_back_shows_the_same_comparison(waiting_story, editor, reviewer, login):
    story, *_ = waiting_story
    send_for_review(story, editor, login, summary="A new summary in a sentence.")
    html = login(reviewer).get(reverse("admin:stories_story_transition", args=[story.pk, "send_back"])).content.decode()
    assert (
        '<ins class="diff-added"><span class="visually-hidden">added: </span>A new summary</ins> in a sentence' in html
    )


def test_withdrawing_shows_no_comparison(reviewer, login):
    item = make_treatment()
    html = login(reviewer).get(reverse("admin:treatments_treatment_transition", args=[item.pk, "withdraw"]))
    assert "workflow-changes" not in html.content.decode()


def test_a_first_publication_says_so_and_shows_the_page_as_it_will_appear(editor, reviewer, login):
    item = make_treatment(status=Treatment.Status.DRAFT, title="Lutetium therapy", body="<p>How <em>it</em> works.</p>")
    item.submit(editor)
    html = login(reviewer).get(reverse("admin:treatments_treatment_transition", args=[item.pk, "approve"]))
    changes = section(html.content.decode())
    assert "The page as it will appear" in changes
    assert "Readers cannot see any version of this page now" in changes
    assert "Lutetium therapy" in changes and "<p>How <em>it</em> works.</p>" in changes
    assert "diff-added" not in changes.split("</p>", 2)[-1]  # nothing is marked as a change


def test_the_revision_page_uses_the_same_comparison_and_wraps(editor, login):
    item = make_treatment(status=Treatment.Status.DRAFT, body="<p>Old words here.</p>")
    edit = item.working_copy()
    edit.body = "<p>New words here.</p>"
    edit.save_edit(editor)
    version = Version.objects.get_for_object(item).last()
    edit.body = "<p>Newest words here.</p>"
    edit.save_edit(editor)
    html = login(editor).get(reverse("admin:treatments_treatment_revision", args=[item.pk, version.pk]))
    changes = section(html.content.decode())
    assert "From this revision to the version being worked on now" in changes
    assert '<del class="diff-removed"><span class="visually-hidden">removed: </span>New</del>' in changes
    assert '<ins class="diff-added"><span class="visually-hidden">added: </span>Newest</ins>' in changes
    assert "<pre" not in html.content.decode()


def test_workflow_pages_use_the_admins_styled_breadcrumbs(waiting_story, editor, reviewer, login):
    story, *_ = waiting_story
    send_for_review(story, editor, login, summary="Changed.")
    client = login(reviewer)
    version = Version.objects.get_for_object(story).first()
    for url, here in [
        (reverse("admin:stories_story_transition", args=[story.pk, "approve"]), "Approve and publish"),
        (reverse("admin:stories_story_revision", args=[story.pk, version.pk]), "Revision of"),
    ]:
        html = client.get(url).content.decode()
        crumbs = re.search(r'<ol class="breadcrumbs">(.*?)</ol>', html, re.S).group(1)
        assert re.findall(r"<li>.*?</li>", crumbs, re.S)[1:3] == [
            f'<li><a href="{reverse("admin:app_list", args=["stories"])}">{Story._meta.app_config.verbose_name}</a></li>',
            f'<li><a href="{reverse("admin:stories_story_changelist")}">Patient stories</a></li>',
        ]
        assert f'<a href="{reverse("admin:stories_story_change", args=[story.pk])}">{story.title}</a>' in crumbs
        assert re.search(rf'<li aria-current="page">{here}', crumbs)
        assert "admin-workflow.css" in html


def test_a_changed_choice_and_link_to_another_row_are_shown_by_name(editor):
    old_topic, new_topic = make_topic(name="Diagnosis"), make_topic(name="Living with NETs")
    question = make_question(topic=old_topic)
    treatment = make_treatment(category=Treatment.Category.ESTABLISHED)
    edited_question, edited_treatment = question.working_copy(), treatment.working_copy()
    edited_question.topic = new_topic
    edited_treatment.category = Treatment.Category.IN_DEVELOPMENT
    edited_question.save_edit(editor)
    edited_treatment.save_edit(editor)

    question, treatment = Question.objects.get(pk=question.pk), Treatment.objects.get(pk=treatment.pk)
    [topic] = compare(Question, live_version(question), working_version(question))
    assert (topic.label, topic.before, topic.after) == ("Topic", "Diagnosis", "Living with NETs")
    [category] = compare(Treatment, live_version(treatment), working_version(treatment))
    labels = dict(Treatment.Category.choices)
    assert (category.before, category.after) == (labels["established"], labels["in_development"])


def test_nothing_changed_means_no_changes():
    item = make_treatment()
    assert compare(Treatment, live_version(item), working_version(item)) == []


def test_a_clinics_changed_services_are_listed_by_name(editor):
    clinic = make_clinic(services=["surgery", "specialist-nurse"])
    edit = clinic.working_copy()
    keep = [service.pk for service in clinic.services.all() if service.slug == "surgery"]
    edit.save_edit(editor, links={"services": keep + [Service.objects.get(slug="prrt").pk]})

    clinic = Clinic.objects.get(pk=clinic.pk)
    [services] = compare(Clinic, live_version(clinic), working_version(clinic))
    names = dict(Service.objects.values_list("slug", "name"))
    assert services.kind == "links"
    assert services.added == [names["prrt"]]
    assert services.removed == [names["specialist-nurse"]]
    assert services.kept == [names["surgery"]]


def test_a_change_to_one_part_of_a_treatment_is_shown_under_that_parts_name_and_kept_in_its_revision(
    editor, reviewer, login
):
    item = make_treatment(
        side_effects_call_999="<ul><li>Trouble breathing.</li></ul>", references="<ul><li>A.</li></ul>"
    )
    edit = item.working_copy()
    edit.side_effects_call_999 = "<ul><li>Trouble breathing or chest pain.</li></ul>"
    edit.save_edit(editor)
    item.refresh_from_db()

    changes = compare(Treatment, live_version(item), working_version(item))
    assert [change.label for change in changes] == ["Call 999 if"]
    assert changes[0].rich and "chest pain" in changes[0].diff
    item.submit(editor)
    html = login(reviewer).get(reverse("admin:treatments_treatment_transition", args=[item.pk, "approve"]))
    assert "Call 999 if" in section(html.content.decode())

    version = Version.objects.get_for_object(item).first()
    assert all(name in version.field_dict for name in Treatment.rich_text_fields)
