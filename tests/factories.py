"""Small factories: sensible defaults, unique slugs, overrides for what a test cares about."""

from datetime import date
from itertools import count

from clinics.models import Clinic, Service, ensure_default_services
from faqs.models import Question, Topic
from glossary.models import Term
from places.models import Place
from places.names import normalise
from stories.models import Quote, Story
from support_groups.models import SupportGroup
from treatments.models import Treatment

_serial = count(1)


def signed_off(fields):
    """A published row carries its medical sign-off, as the database insists; a test may override any of it."""
    if fields.get("status") == "published":
        from workflow.models import default_review_due

        fields.setdefault("certifier_name", "Dr Test Reviewer")
        fields.setdefault("certified_on", date(2026, 10, 1))
        fields.setdefault("job_code", f"TEST-UK-{next(_serial):06d}")
        fields.setdefault("date_of_preparation", date(2026, 9, 1))
        fields.setdefault("review_due", default_review_due(fields["date_of_preparation"]))
    return fields


def make_treatment(**overrides):
    n = next(_serial)
    fields = {
        "title": f"Treatment {n}",
        "slug": f"treatment-{n}",
        "summary": f"What treatment {n} is, in a sentence.",
        "body": "<p>How it works.</p>",
        "status": Treatment.Status.PUBLISHED,
        "category": Treatment.Category.ESTABLISHED,
        "order": n,
        "job_code": f"TEST-UK-{n:06d}",
        "date_of_preparation": date(2026, 9, 1),
    }
    fields.update(overrides)
    return Treatment.objects.create(**signed_off(fields))


# A full treatment page's questions, and a sentence that stands in for checked plain text, for layout tests.
QUESTIONS_TO_ASK = [
    "Why do you suggest this treatment for me?",
    "What other choices do I have?",
    "How long will each session take?",
    "Who do I call if I feel unwell at home?",
    "Will I be able to work or drive?",
    "How will we know if it is working?",
]
FILLER = "This sentence stands in for plain text that a specialist has checked for this part of the page. "
NICE_TA539 = "https://www.nice.org.uk/guidance/ta539"


def make_long_treatment(words=600, **overrides):
    """A published treatment of about `words` words with every one of its parts filled in."""
    prose_parts = [name for name in Treatment.rich_text_fields if name not in ("questions_to_ask", "references")]
    sentences = max(1, (words - 60) // len(prose_parts) // len(FILLER.split()))
    parts = {name: f"<p>{FILLER * sentences}</p>" for name in prose_parts}
    parts["questions_to_ask"] = "<ul>" + "".join(f"<li>{question}</li>" for question in QUESTIONS_TO_ASK) + "</ul>"
    parts["references"] = f'<ul><li><a href="{NICE_TA539}">NICE technology appraisal TA539</a></li></ul>'
    return make_treatment(**{**parts, **overrides})


def make_term(**overrides):
    n = next(_serial)
    fields = {
        "title": f"Term{n}",
        "slug": f"term-{n}",
        "summary": f"What term {n} means, in a sentence.",
        "status": Term.Status.PUBLISHED,
    }
    fields.update(overrides)
    return Term.objects.create(**signed_off(fields))


def make_story(**overrides):
    n = next(_serial)
    fields = {
        "title": f"Story {n}",
        "slug": f"story-{n}",
        "display_name": f"Person {n}",
        "description": "Patient – Living with NETs",
        "summary": f"What happened to person {n}, in a sentence.",
        "body": "<p>In their own words.</p>",
        "status": Story.Status.PUBLISHED,
        "consent_given_on": date(2026, 6, 1),
        "consent_reference": f"CONSENT-{n}",
        "date_of_preparation": date(2026, 9, 1),
    }
    fields.update(overrides)
    return Story.objects.create(**signed_off(fields))


def make_quote(treatments=(), **overrides):
    n = next(_serial)
    fields = {"text": f"Something person {n} said.", "attribution": f"Person {n}", "status": Quote.Status.PUBLISHED}
    fields.update(overrides)
    quote = Quote.objects.create(**fields)
    quote.treatments.set(treatments)
    return quote


def make_topic(**overrides):
    n = next(_serial)
    fields = {"name": f"Topic {n}", "slug": f"topic-{n}", "order": n}
    fields.update(overrides)
    return Topic.objects.create(**fields)


def make_question(**overrides):
    n = next(_serial)
    fields = {
        "title": f"Question {n}?",
        "slug": f"question-{n}",
        "summary": f"A short answer to question {n}.",
        "body": f"<p>The full answer to question {n}.</p>",
        "status": Question.Status.PUBLISHED,
        "order": n,
        "expert_name": "Dr Test Expert",
        "expert_credentials": "Consultant oncologist",
    }
    fields.update(overrides)
    if "topic" not in fields:
        fields["topic"] = make_topic()
    return Question.objects.create(**signed_off(fields))


def make_staff(role="editor", username=None, **overrides):
    """A staff account in one of the roles ('editor', 'reviewer', 'medinfo', 'admin'), or a superuser ('superuser')."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from workflow.roles import ROLES, sync_roles

    username = username or f"{role}-{next(_serial)}"
    User = get_user_model()
    if role == "superuser":
        return User.objects.create_superuser(username, f"{username}@example.com", "a-long-test-password", **overrides)
    user = User.objects.create_user(
        username, f"{username}@example.com", "a-long-test-password", is_staff=True, **overrides
    )
    sync_roles()
    user.groups.add(Group.objects.get(name=ROLES[role]))
    return user


def make_vote(target, score=4, visitor=None, address="192.0.2.1"):
    """Record a vote through the same path as the site; a new visitor each time unless one is given."""
    from ratings.models import Vote
    from ratings.visitors import address_hash, new_visitor_id, visitor_hash

    return Vote.objects.record(
        target,
        visitor_hash=visitor_hash(visitor or new_visitor_id()),
        address_hash=address_hash(address),
        score=score,
    )


def make_clinic(services=(), **overrides):
    n = next(_serial)
    fields = {
        "title": f"Clinic {n}",
        "slug": f"clinic-{n}",
        "summary": f"What clinic {n} offers, in a sentence.",
        "status": Clinic.Status.PUBLISHED,
        "institution": f"Hospital {n}",
        "city": "London",
        "country": "GB",
        "latitude": 51.5074,
        "longitude": -0.1278,
    }
    fields.update(overrides)
    clinic = Clinic.objects.create(**signed_off(fields))
    if services:
        ensure_default_services()
        clinic.services.set(Service.objects.filter(slug__in=services))
    return clinic


# Real GeoNames entries (id, name, region, nearby, latitude, longitude, population), for finder tests that
# should not load all 6,000 places.
PLACES = {
    "leeds": (2644688, "Leeds", "England", "", 53.79648, -1.54785, 536280),
    "glasgow": (2648579, "Glasgow", "Scotland", "", 55.86515, -4.25763, 626410),
    "newport-wales": (2641598, "Newport", "Wales", "Cardiff", 51.58774, -2.99835, 161506),
    "newport-iow": (2641599, "Newport", "England", "Gosport", 50.70146, -1.29124, 24884),
    "newport-shropshire": (2641595, "Newport", "England", "Telford", 52.76684, -2.37734, 12741),
    "truro": (2635412, "Truro", "England", "", 50.26526, -5.05436, 23041),
}


def make_place(which, **overrides):
    geonameid, name, region, nearby, lat, lng, population = PLACES[which]
    fields = dict(
        geonameid=geonameid, name=name, country="GB", region=region, nearby=nearby, latitude=lat, longitude=lng,
        population=population,
    )  # fmt: skip
    fields.update(overrides)
    return Place.objects.create(key=normalise(fields["name"]), **fields)


def make_places(*keys):
    return [make_place(key) for key in keys or PLACES]


def make_support_group(**overrides):
    n = next(_serial)
    fields = {
        "title": f"Support group {n}",
        "slug": f"support-group-{n}",
        "summary": f"What support group {n} does, in a sentence.",
        "status": SupportGroup.Status.PUBLISHED,
        "countries": "GB",
    }
    fields.update(overrides)
    return SupportGroup.objects.create(**signed_off(fields))


def make_site_page(**overrides):
    from pages.models import SitePage

    n = next(_serial)
    fields = {"title": f"Page {n}", "slug": f"page-{n}", "summary": "S.", "status": SitePage.Status.PUBLISHED}
    fields.update(overrides)
    return SitePage.objects.create(**signed_off(fields))


def make_submitted_question(**overrides):
    """A reader's question as 'Ask an expert' stores it; `possible_side_effect` is whatever the test says."""
    from faqs.models import SubmittedQuestion

    n = next(_serial)
    fields = {"question": f"Reader question {n}: what is PRRT and could I have it?"}
    fields.update(overrides)
    return SubmittedQuestion.objects.create(**fields)


def story_change_form(story, **changes):
    """What the story's admin change form posts with nothing edited, plus `changes`."""
    return {
        "title": story.title,
        "slug": story.slug,
        "display_name": story.display_name,
        "description": story.description,
        "summary": story.summary,
        "body": story.body,
        "portrait_alt": story.portrait_alt,
        "consent_given_on": story.consent_given_on.strftime("%d/%m/%Y"),
        "consent_reference": story.consent_reference,
        "treatments": [treatment.pk for treatment in story.treatments.all()],
        **changes,
    }
