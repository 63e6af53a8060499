"""Demo FAQs: questions the treatment-options page raises, answered in this site's own words."""

from datetime import date

from content.seeding import scaled, sync
from faqs.models import Question, Topic

ASK = "<p>Every person is different, so <strong>please ask your own doctor</strong> what this means for you.</p>"

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2028, 11, 1),
}

# Answers are illustrations written for this site: attributed to a role, never to an invented person.
ONCOLOGIST = {"expert_name": "", "expert_credentials": "Consultant medical oncologist"}
SURGEON = {"expert_name": "", "expert_credentials": "Consultant surgeon"}
NURSE = {"expert_name": "", "expert_credentials": "Clinical nurse specialist in NETs"}

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
        "A tumour that starts in cells that make hormones. These cells are found all over the body.",
        "<p>Neuroendocrine cells are found all over the body. They get messages from nerves, and then they release hormones. A neuroendocrine tumour (NET) starts when some of these cells grow out of control. NETs are most often found in the bowel, the pancreas and the lungs.</p>",
    ),
    (
        "what-nets-are",
        ONCOLOGIST,
        "are-nets-cancer",
        "Is a NET a cancer?",
        "Most NETs can spread, so doctors treat them as a cancer. But many grow very slowly.",
        "<p>Doctors treat most NETs as a type of cancer, because they can spread to other parts of the body. But many grow very slowly, sometimes over many years. Your team will tell you the grade of your tumour. This is how fast the cells divide. They will also tell you the stage. This is how far it has spread.</p>",
    ),
    (
        "what-nets-are",
        ONCOLOGIST,
        "why-watch-and-wait",
        "Why might my specialist not treat my NET straight away?",
        "When a NET grows very slowly, regular checks can be the best first step.",
        "<p>Many NETs grow slowly. Treating them straight away does not always help. Your specialist may suggest regular scans and blood tests instead. Treatment starts if the tumour changes or causes symptoms. This is sometimes called watch and wait.</p>",
    ),
    (
        "what-nets-are",
        NURSE,
        "what-symptoms",
        "What symptoms can a NET cause?",
        "Some NETs cause no symptoms. Others make hormones that cause flushing, diarrhoea or wheezing.",
        "<p>Some NETs cause no symptoms at all. They are found by chance. Others make too much of a hormone. This can cause flushing of the face, diarrhoea, wheezing or changes in blood sugar. A tumour can also cause pain or a blockage, because of where it is.</p>",
    ),
    # Treatments and side effects
    (
        "treatments-and-side-effects",
        SURGEON,
        "can-surgery-cure",
        "Can surgery cure a NET?",
        "If the whole tumour can be taken out, surgery may be the only treatment you need.",
        "<p>When a NET has not spread, or has spread only a little, taking it all out can cure it. If it has spread, an operation may still take away a lot of the tumour. This can ease symptoms. Afterwards you will have regular check-ups.</p>",
    ),
    (
        "treatments-and-side-effects",
        ONCOLOGIST,
        "somatostatin-analogue-side-effects",
        "What side effects can octreotide and lanreotide cause?",
        "Tummy upsets and a sore spot where the injection went in are common. They are usually mild.",
        "<p>Many people have loose stools, wind or tummy pain, most of all in the first weeks. The place where the injection went in can be sore. Over a long time these medicines make gallstones more likely. Tell your team about any side effect, even if you are not sure it is one.</p>",
    ),
    (
        "treatments-and-side-effects",
        ONCOLOGIST,
        "what-is-prrt",
        "What is PRRT, and can I have it?",
        "PRRT is a licensed treatment that takes radiation straight to NET cells. A scan shows if it could work for you.",
        "<p>PRRT joins a small amount of radiation to a medicine that sticks to NET cells. In the UK the medicine is lutetium-177 dotatate (Lutathera). It is licensed, and NICE says the NHS should offer it to some people. It only works when the tumour cells have the right targets on them. A special scan shows this. Your team will tell you if it could suit you.</p>",
    ),
    (
        "treatments-and-side-effects",
        NURSE,
        "reporting-side-effects",
        "How do I report a side effect?",
        "Tell your doctor, nurse or pharmacist. You can also report it yourself through the Yellow Card scheme.",
        "<p>Tell your doctor, nurse or pharmacist about any side effect. This includes ones not in the leaflet that comes with your medicine. You can also report it yourself, through the Yellow Card scheme. Reports help us all learn how safe medicines are.</p>",
    ),
    # Living with NETs
    (
        "living-with-nets",
        NURSE,
        "diet-and-nets",
        "Should I change what I eat?",
        "Small changes to what you eat can ease symptoms for some people. A dietitian can help.",
        "<p>There is no one diet for NETs. Some people find that big meals, fatty food or alcohol make flushing or diarrhoea worse. A dietitian who knows about NETs can help you find what suits you. This is most useful after bowel surgery.</p>",
    ),
    (
        "living-with-nets",
        NURSE,
        "working-with-nets",
        "Can I keep working?",
        "Many people with NETs carry on working. Some agree changes with their employer.",
        "<p>Many people keep working during and after treatment. You may need time off for appointments, or to change your hours. In the UK, the law protects people with cancer at work. Your employer should think about changes to make work easier.</p>",
    ),
    (
        "living-with-nets",
        ONCOLOGIST,
        "how-often-check-ups",
        "How often will I have check-ups?",
        "It depends on your tumour. Scans and blood tests every few months to once a year are common.",
        "<p>Your team will set a plan based on the type, grade and stage of your NET. It is common to start with check-ups every few months. They are spaced out if things stay stable. Call your team between check-ups if you notice something new.</p>",
    ),
    # Support
    (
        "support",
        NURSE,
        "who-to-call",
        "Who can I call between appointments?",
        "Most NET teams have a specialist nurse. They are your first person to call.",
        "<p>Ask your team for the name and number of your clinical nurse specialist or key worker. They can answer questions and help with symptoms. They can also arrange for you to be seen sooner. If you cannot reach them and need help fast, call NHS 111. In an emergency, call 999.</p>",
    ),
    (
        "support",
        NURSE,
        "support-groups",
        "Are there support groups for people with NETs?",
        "Yes. Patient groups offer facts, events and a chance to talk with people who understand.",
        "<p>Neuroendocrine Cancer UK is the UK charity for people with NETs. It used to be called the NET Patient Foundation. It offers facts and support. Macmillan Cancer Support and Maggie's help anyone with cancer. Many people find it helps to talk to others with a NET. Your nurse can tell you about groups near you.</p>",
    ),
    (
        "support",
        NURSE,
        "support-for-carers",
        "Is there support for family and carers?",
        "Yes. Carers can get help too, from NET groups, cancer charities and carers' groups.",
        "<p>Looking after someone with a NET can be hard work. Patient groups often welcome family members. Carers UK gives advice to carers. Your local council can also do a carer's assessment. This can lead to practical help.</p>",
    ),
]


def load(report, scale=1):
    topics = {}
    for item in TOPICS:
        slug = item["slug"]
        topics[slug] = sync(Topic, report, {"slug": slug}, {k: v for k, v in item.items() if k != "slug"})
    items = [
        {"topic": topics[topic], **expert, "order": n, "slug": slug, "title": title, "summary": summary,
         "body": body + ASK, "is_demo": True, "job_code": f"NET-UK-{300 + n:06d}"}
        for n, (topic, expert, slug, title, summary, body) in enumerate(QUESTIONS, start=1)
    ]  # fmt: skip
    for item in scaled(items, scale):
        item = dict(item)
        sync(Question, report, {"slug": item.pop("slug")}, {**APPROVAL, **item})
