"""Demo support groups: real NET patient organisations by name, country and public website only.

Phone numbers, email addresses and helpline hours are left empty: editors add them after checking with each
organisation. Every row is marked `is_demo` so it can be found and deleted in one step in the admin.
"""

from datetime import date

from clinics.countries import Country
from content.seeding import scaled, sync
from support_groups.models import SupportGroup

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2027, 11, 1),
    "is_demo": True,
}
NATIONAL = SupportGroup.Reach.NATIONAL

GROUPS = [
    {
        "slug": "neuroendocrine-cancer-uk",
        "title": "Neuroendocrine Cancer UK",
        "countries": "GB",
        "reach": NATIONAL,
        "meets_online": True,
        "meets_in_person": True,
        "meets_by_phone": True,
        "website": "https://www.neuroendocrinecancer.org.uk/",
        "summary": "The UK charity for people affected by neuroendocrine cancer, formerly called the NET Patient "
        "Foundation. It offers information and support to patients, families and carers.",
    },
    {
        "slug": "amend",
        "title": "AMEND",
        "countries": "GB",
        "reach": NATIONAL,
        "meets_online": True,
        "website": "https://www.amend.org.uk/",
        "summary": "The Association for Multiple Endocrine Neoplasia Disorders supports people and families "
        "affected by inherited endocrine conditions and endocrine tumours, including some NETs.",
    },
    {
        "slug": "netzwerk-neuroendokrine-tumoren",
        "title": "Netzwerk Neuroendokrine Tumoren (NeT) e.V.",
        "countries": "DE",
        "reach": NATIONAL,
        "meets_in_person": True,
        "languages": "German",
        "website": "https://www.netzwerk-net.de/",
        "summary": "A nationwide self-help organisation in Germany for people with neuroendocrine tumours, "
        "with regional groups across the country.",
    },
    {
        "slug": "apted",
        "title": "APTED",
        "countries": "FR",
        "reach": NATIONAL,
        "languages": "French",
        "website": "https://www.apted.fr/",
        "summary": "A French association for patients with endocrine tumours, including neuroendocrine tumours, "
        "and their families.",
    },
    {
        "slug": "inca",
        "title": "International Neuroendocrine Cancer Alliance (INCA)",
        "countries": ",".join(Country.values),
        "reach": SupportGroup.Reach.INTERNATIONAL,
        "meets_online": True,
        "website": "https://incalliance.org/",
        "summary": "A global alliance of neuroendocrine cancer patient groups and professionals, working "
        "internationally to raise awareness and improve care.",
    },
    {
        "slug": "macmillan-cancer-support",
        "title": "Macmillan Cancer Support",
        "countries": "GB",
        "reach": NATIONAL,
        "meets_online": True,
        "meets_by_phone": True,
        "website": "https://www.macmillan.org.uk/",
        "summary": "A UK charity for anyone affected by cancer, including family and friends. It gives information "
        "and practical, emotional and money support.",
    },
    {
        "slug": "maggies",
        "title": "Maggie's",
        "countries": "GB",
        "reach": NATIONAL,
        "meets_in_person": True,
        "meets_online": True,
        "website": "https://www.maggies.org/",
        "summary": "A charity with drop-in centres at NHS cancer hospitals, where anyone affected by cancer can get "
        "free practical and emotional support.",
    },
    {
        "slug": "carers-uk",
        "title": "Carers UK",
        "countries": "GB",
        "reach": NATIONAL,
        "meets_online": True,
        "meets_by_phone": True,
        "website": "https://www.carersuk.org/",
        "summary": "The UK charity for unpaid carers: advice on rights, money and looking after yourself, and a "
        "chance to talk with other carers.",
    },
]

# Demo rows that no longer belong: the NET Patient Foundation is now Neuroendocrine Cancer UK, one charity.
RETIRED = ["net-patient-foundation"]


def load(report, scale=1):
    retired = SupportGroup.objects.filter(is_demo=True, slug__in=RETIRED)
    for group in retired:
        group.delete()
        report.add(SupportGroup, "deleted (retired demo entry)")
    items = [{**item, "job_code": f"NET-UK-{500 + n:06d}"} for n, item in enumerate(GROUPS, start=1)]
    for item in scaled(items, scale):
        item = dict(item)
        slug = item.pop("slug")
        sync(SupportGroup, report, {"slug": slug}, {**APPROVAL, "languages": "English", **item})
