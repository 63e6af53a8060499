"""Demo stories and quotes, written for this site. The people are invented (each story says so on the
page, from `is_demo`); so are their portraits, which are abstract shapes drawn here with Pillow rather
than photographs of anyone."""

import random
from datetime import date

from django.core.files.storage import default_storage
from PIL import Image, ImageDraw

from content.seeding import scaled, sync
from stories.images import LARGE, SMALL, jpeg
from stories.models import Quote, Story
from treatments.models import Treatment

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2028, 11, 1),
}

STORIES = [
    {
        "slug": "helens-story",
        "picture": "helens-story",
        "title": "Helen’s story",
        "display_name": "Helen",
        "description": "Patient – Living with NETs",
        "job_code": "NET-UK-000201",
        "consent_given_on": date(2026, 6, 12),
        "consent_reference": "CONSENT-2026-014",
        "palette": ["#00545c", "#f6f3ee", "#ffbf47", "#8fc1b5"],
        "portrait_alt": "An abstract drawing in teal and gold: overlapping circles on a pale background.",
        "treatments": ["somatostatin-analogues"],
        "summary": "Helen was told she had a slow-growing NET after tests for something else. "
        "She describes what ‘watch and wait’ meant for her, and how she learned to live with regular scans.",
        "body": """
<p>My NET was found almost by chance. I had a scan for a problem with my gallbladder, and the radiologist spotted a small shadow that nobody had been looking for. A few weeks later a specialist explained that it was a neuroendocrine tumour, and that it seemed to be growing very slowly.</p>
<h2>Waiting rather than treating</h2>
<p>I had expected to start treatment straight away, so I was surprised when my specialist suggested keeping an eye on it instead. She explained that many NETs grow so slowly that careful monitoring can be the right first step. At first that felt like doing nothing. Over time I understood that it was a plan, with regular scans and blood tests and a clear point at which we would think again.</p>
<h2>What helped me</h2>
<ul>
<li>Writing my questions down before each appointment, and taking someone with me.</li>
<li>Asking my specialist nurse who to ring between appointments.</li>
<li>Meeting other people with NETs at a local support group.</li>
</ul>
<p>Later my team suggested a somatostatin analogue to help with flushing. Everyone’s path is different; mine has taught me to ask questions until I understand the answer.</p>
""",
    },
    {
        "slug": "davids-story",
        "picture": "davids-story",
        "title": "David’s story",
        "display_name": "David",
        "description": "Patient – Living with NETs",
        "job_code": "NET-UK-000202",
        "consent_given_on": date(2026, 7, 3),
        "consent_reference": "CONSENT-2026-021",
        "palette": ["#003b41", "#e8eef0", "#d9822b", "#5f8f99"],
        "portrait_alt": "An abstract drawing in dark blue and orange: soft rounded shapes, like hills at sunset.",
        "treatments": ["surgery"],
        "summary": "David had an operation to take out a NET in his small bowel. He talks about how he got better, "
        "going back to work, and his check-ups.",
        "body": """
<p>For nearly two years I put my stomach cramps down to stress. When the pain finally sent me to A&amp;E, a scan showed a blockage in my small bowel, and the cause turned out to be a neuroendocrine tumour.</p>
<h2>The operation</h2>
<p>My surgeon removed the tumour and a short section of bowel, along with some nearby lymph nodes. I was in hospital for about a week. The first fortnight at home was harder than I had expected, and I learned to accept help and to walk a little further each day.</p>
<h2>Afterwards</h2>
<p>I went back to work part time after two months. I now have scans and blood tests on a schedule that my team set out for me, and the gaps between them have grown longer. If something feels wrong in between, I ring my specialist nurse rather than waiting.</p>
""",
    },
    {
        "slug": "priyas-story",
        "picture": "priyas-story",
        "title": "Priya’s story",
        "display_name": "Priya",
        "description": "Carer",
        "job_code": "NET-UK-000203",
        "consent_given_on": date(2026, 8, 20),
        "consent_reference": "CONSENT-2026-030",
        "palette": ["#4a2c5e", "#f4eff7", "#3f9b8f", "#c9a227"],
        "portrait_alt": "An abstract drawing in purple and green: two shapes leaning towards each other.",
        "treatments": ["chemotherapy", "somatostatin-analogues"],
        "summary": "Priya cares for her dad, who has a NET in his pancreas. She shares what she has learned. "
        "She talks about caring for him, and about looking after herself.",
        "body": """
<p>When my dad was diagnosed with a NET in his pancreas, I became the person who kept track of everything: appointments, medicines, questions for the team. I did not know then how much there would be to learn.</p>
<h2>Going through treatment together</h2>
<p>Dad has had chemotherapy and now has a monthly injection. On treatment days we bring a flask, a book and a list of questions. Between us we have learned that it is fine to ask the same question twice.</p>
<h2>Looking after myself</h2>
<p>For a long time I did not think of myself as a carer. A nurse pointed me towards support for carers, and talking to people in the same position has made a real difference. If you care for someone with a NET, you are allowed to ask for help too.</p>
""",
    },
]

QUOTES = [
    {
        "text": "Most NETs grow very slowly, so your specialist may not give you any treatment straight away. "
        "For now, keeping a careful eye on things can be all that is needed.",
        "attribution": "Helen, Patient – Living with NETs",
        "footnote": "",
        "story": "helens-story",
        "treatments": ["somatostatin-analogues"],
        "on_overview": True,
        "order": 10,
    },
    {
        "text": "My tumour was found early and taken out in an operation. To begin with I had check-ups "
        "every six months; now it is once a year, with tests and scans.",
        "attribution": "Patient, Living with NETs",
        "footnote": "From a patient who answered an anonymous survey run in five countries in 2015.",
        "story": None,
        "treatments": ["surgery"],
        "on_overview": True,
        "order": 20,
    },
]

SHAPES = 9


def draw_portrait(seed, palette):
    """A simple abstract picture: overlapping soft circles on a plain background. No people in it."""
    rng = random.Random(seed)
    image = Image.new("RGB", LARGE, palette[1])
    draw = ImageDraw.Draw(image)
    for n in range(SHAPES):
        colour = palette[[0, 2, 3][n % 3]]
        x, y = rng.randint(0, LARGE[0]), rng.randint(0, LARGE[1])
        radius = rng.randint(80, 260)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour, outline=palette[1], width=12)
    return image


def portrait_files(slug, palette):
    """Draw the portrait once; later runs, and scaled copies, reuse the same files."""
    large, small = f"stories/demo/{slug}.jpg", f"stories/demo/{slug}-small.jpg"
    if not (default_storage.exists(large) and default_storage.exists(small)):
        image = draw_portrait(slug, palette)
        for name, size in [(large, LARGE), (small, SMALL)]:
            if default_storage.exists(name):
                default_storage.delete(name)
            default_storage.save(name, jpeg(image, size))
    return large, small


def load(report, scale=1):
    treatments = {t.slug: t for t in Treatment.objects.all()}
    stories = {}
    for item in scaled(STORIES, scale):
        item = dict(item)
        slug, palette, wanted = item.pop("slug"), item.pop("palette"), item.pop("treatments")
        large, small = portrait_files(item.pop("picture"), palette)
        withdrawn = Story.objects.filter(slug=slug, consent_withdrawn_on__isnull=False).first()
        if withdrawn is not None:  # even invented people's withdrawals are respected: never republished
            report.add(Story, "kept off the site (consent withdrawn)")
            stories[slug] = withdrawn
            continue
        stories[slug] = sync(
            Story,
            report,
            {"slug": slug},
            {
                **APPROVAL,
                **item,
                "is_demo": True,
                "body": item["body"].strip(),
                "portrait": large,
                "portrait_small": small,
            },
            links={"treatments": [treatments[s] for s in wanted if s in treatments]},
        )
    for item in QUOTES:
        item = dict(item)
        story, wanted = stories.get(item.pop("story")), item.pop("treatments")
        withdrawn = story is not None and story.consent_withdrawn_on is not None
        sync(
            Quote,
            report,
            {"text": item.pop("text")},
            {
                **item,
                "story": story,
                "is_demo": True,
                "status": Quote.Status.DRAFT if withdrawn else Quote.Status.PUBLISHED,
            },
            links={"treatments": [treatments[s] for s in wanted if s in treatments]},
        )
