"""Demo FAQs: questions the treatment-options page raises, answered in this site's own words."""

from datetime import date

from content.seeding import scaled, sync
from faqs.models import Question, Topic

ASK = "<p>Every person is different, so <strong>please ask your own doctor</strong> what this means for you.</p>"

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2028, 11, 1),
}

ONCOLOGIST = {"expert_name": "Dr Amira Shah", "expert_credentials": "Consultant medical oncologist"}
SURGEON = {"expert_name": "Mr Tom Fielding", "expert_credentials": "Consultant hepatobiliary surgeon"}
NURSE = {"expert_name": "Grace Okafor", "expert_credentials": "Clinical nurse specialist in NETs"}

TOPICS = [
    {"slug": "what-nets-are", "name": "What NETs are", "order": 10},
    {"slug": "treatments-and-side-effects", "name": "Treatments and side effects", "order": 20},
    {"slug": "living-with-nets", "name": "Living with NETs", "order": 30},
    {"slug": "support", "name": "Support", "order": 40},
]

QUESTIONS = [
    # What NETs are
    (
        "what-nets-are",
        ONCOLOGIST,
        "what-is-a-net",
        "What is a neuroendocrine tumour?",
        "A tumour that starts in neuroendocrine cells, which release hormones into the blood.",
        "<p>Neuroendocrine cells are spread throughout the body. They receive messages from nerves and respond by releasing hormones. A neuroendocrine tumour (NET) starts when some of these cells grow out of control. NETs are most often found in the bowel, the pancreas and the lungs.</p>",
    ),
    (
        "what-nets-are",
        ONCOLOGIST,
        "are-nets-cancer",
        "Is a NET a cancer?",
        "Most NETs can spread and so are treated as cancers, although many grow very slowly.",
        "<p>Doctors treat most NETs as a type of cancer, because they can spread to other parts of the body. Many, though, grow very slowly, sometimes over many years. Your team will describe your tumour by its grade (how fast the cells are dividing) and its stage (how far it has spread).</p>",
    ),
    (
        "what-nets-are",
        ONCOLOGIST,
        "why-watch-and-wait",
        "Why might my specialist not treat my NET straight away?",
        "When a NET is growing very slowly, careful monitoring can be the best first step.",
        "<p>Because many NETs grow slowly, treating straight away does not always help. Your specialist may suggest regular scans and blood tests instead, and start treatment if the tumour changes or causes symptoms. This is sometimes called active monitoring.</p>",
    ),
    (
        "what-nets-are",
        NURSE,
        "what-symptoms",
        "What symptoms can a NET cause?",
        "Some NETs cause no symptoms; others release hormones that cause flushing, diarrhoea or wheezing.",
        "<p>Some NETs cause no symptoms at all and are found by chance. Others make too much of a hormone, which can cause flushing of the face, diarrhoea, wheezing or changes in blood sugar. A tumour can also cause pain or a blockage because of where it is growing.</p>",
    ),
    # Treatments and side effects
    (
        "treatments-and-side-effects",
        SURGEON,
        "can-surgery-cure",
        "Can surgery cure a NET?",
        "If the whole tumour can be removed, an operation may be the only treatment needed.",
        "<p>When a NET has not spread, or has spread only a little, removing it completely can cure it. If it has spread, an operation may still take away much of the tumour to ease symptoms. Afterwards you will have regular check-ups.</p>",
    ),
    (
        "treatments-and-side-effects",
        ONCOLOGIST,
        "somatostatin-analogue-side-effects",
        "What side effects can somatostatin analogues cause?",
        "Stomach upsets and soreness where the injection was given are common, and usually mild.",
        "<p>Many people have some stomach upset, such as loose stools, wind or discomfort, particularly in the first weeks. The place where the injection went in can be sore. Over a long time these medicines can make gallstones more likely. Tell your team about any side effect, even if you are not sure it is one.</p>",
    ),
    (
        "treatments-and-side-effects",
        ONCOLOGIST,
        "what-is-prrt",
        "What is PRRT, and can I have it?",
        "PRRT carries radiation straight to tumour cells; whether it suits you depends on your scans.",
        "<p>Peptide receptor radionuclide therapy joins a radioactive substance to a medicine that seeks out NET cells. It only works when the tumour cells have the right receptors on their surface, which a special scan can show. It is not suitable for everyone.</p>",
    ),
    (
        "treatments-and-side-effects",
        NURSE,
        "reporting-side-effects",
        "How do I report a side effect?",
        "Tell your doctor, pharmacist or nurse, and you can report it yourself through the Yellow Card scheme.",
        "<p>Tell your doctor, pharmacist or nurse about any side effect, including ones not listed in the leaflet that comes with your medicine. You can also report it yourself through the Yellow Card scheme run by the medicines regulator. Reports help everyone learn more about how safe medicines are.</p>",
    ),
    # Living with NETs
    (
        "living-with-nets",
        NURSE,
        "diet-and-nets",
        "Should I change what I eat?",
        "Some people find that small changes to their diet ease their symptoms; a dietitian can help.",
        "<p>There is no single diet for NETs. Some people find that large meals, fatty food or alcohol make flushing or diarrhoea worse. A dietitian who knows about NETs can help you find what suits you, especially after bowel surgery.</p>",
    ),
    (
        "living-with-nets",
        NURSE,
        "working-with-nets",
        "Can I keep working?",
        "Many people with NETs carry on working, sometimes with changes agreed with their employer.",
        "<p>Many people keep working during and after treatment. You may need time off for appointments or changes to your hours. In the UK, the law protects people with cancer from unfair treatment at work, and your employer should consider reasonable adjustments.</p>",
    ),
    (
        "living-with-nets",
        ONCOLOGIST,
        "how-often-check-ups",
        "How often will I have check-ups?",
        "It depends on your tumour, but scans and blood tests every few months to once a year are common.",
        "<p>Your team will set a schedule based on the type, grade and stage of your NET. It is common to start with check-ups every few months and to space them out if things stay stable. Ring your team between check-ups if you notice something new.</p>",
    ),
    # Support
    (
        "support",
        NURSE,
        "who-to-call",
        "Who can I call between appointments?",
        "Most NET teams have a specialist nurse who is your first point of contact.",
        "<p>Ask your team for the name and number of your clinical nurse specialist or key worker. They can answer questions, help with symptoms and arrange for you to be seen sooner if needed.</p>",
    ),
    (
        "support",
        NURSE,
        "support-groups",
        "Are there support groups for people with NETs?",
        "Yes: patient groups offer information, events and a chance to talk with others who understand.",
        "<p>NET patient organisations and local groups run meetings, online forums and helplines. Many people say that talking to someone with the same condition helps them feel less alone.</p>",
    ),
    (
        "support",
        NURSE,
        "support-for-carers",
        "Is there support for family and carers?",
        "Carers can get support too, from NET patient groups and from local carers' services.",
        "<p>Looking after someone with a NET can be tiring and worrying. Patient groups often welcome family members, and local councils offer carers' assessments that can lead to practical help.</p>",
    ),
]


def load(report, scale=1):
    topics = {}
    for item in TOPICS:
        slug = item["slug"]
        topics[slug] = sync(Topic, report, {"slug": slug}, {k: v for k, v in item.items() if k != "slug"})
    items = [
        {"topic": topics[topic], **expert, "order": n, "slug": slug, "title": title, "summary": summary,
         "body": body + ASK, "job_code": f"NET-UK-{300 + n:06d}"}
        for n, (topic, expert, slug, title, summary, body) in enumerate(QUESTIONS, start=1)
    ]  # fmt: skip
    for item in scaled(items, scale):
        item = dict(item)
        sync(Question, report, {"slug": item.pop("slug")}, {**APPROVAL, **item})
