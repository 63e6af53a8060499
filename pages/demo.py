"""Demo text for the site's own pages, written for this project (not legal advice: the sponsor's own teams own the final wording)."""

from datetime import date

from netsite.seeding import sync
from pages.models import SitePage

APPROVAL = {
    "status": SitePage.Status.PUBLISHED,
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2028, 11, 1),
    "certifier_name": "Demo medical reviewer",
    "certified_on": date(2026, 11, 1),
}

PAGES = [
    {
        "slug": "about",
        "title": "About this site",
        "job_code": "NET-UK-000201",
        "summary": "Who writes and checks the information on Living with NETs, who pays for it, and how to contact us.",
        "body": """
<p>Living with NETs explains neuroendocrine tumours and how they are treated, in plain language, for patients in the UK and the people who support them.</p>
<h2>Who pays for the site</h2>
<p>The site is paid for and run by its sponsor, a pharmaceutical company. The sponsor is named at the foot of every page.</p>
<h2>How the information is checked</h2>
<p>Every page is written by our editorial team and checked by a qualified medical reviewer who did not write it, before it appears on the site. Each page shows when it was last reviewed and when its next review is due, and pages are checked again at least every two years.</p>
<h2>What the site is not</h2>
<p>The site cannot give advice about your own care. Your doctor, nurse or pharmacist knows your situation and is the right person to ask.</p>
""",
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "job_code": "NET-UK-000202",
        "summary": "What personal information this site collects, why, and the choices you have.",
        "body": """
<p>You can read everything on this site without telling us who you are.</p>
<h2>What we collect</h2>
<ul>
<li>The choice you make about additional cookies, kept in a cookie on your own device.</li>
<li>Ordinary server records (such as the address a request came from and the time), kept for a short time to keep the site secure and working.</li>
</ul>
<h2>Your rights</h2>
<p>Under UK data protection law you can ask what information we hold about you, ask us to correct or delete it, and complain to the Information Commissioner's Office if you are unhappy with how we handled it.</p>
""",
    },
    {
        "slug": "cookies",
        "title": "Cookies",
        "job_code": "NET-UK-000203",
        "summary": "The small files this site can store on your device, what each one does, and how to change your choice.",
        "body": """
<p>Cookies are small files that a website stores on your phone, tablet or computer. This site only sets the cookies it needs to work unless you agree to more.</p>
<p>Essential cookies cannot be switched off, because the site does not work properly without them. They do not track you.</p>
""",
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "job_code": "NET-UK-000204",
        "summary": "How we make this site usable by as many people as possible, and how to tell us about a problem.",
        "body": """
<p>We want as many people as possible to be able to use this site. You should be able to:</p>
<ul>
<li>zoom in up to 400% without the text spilling off the screen;</li>
<li>move around the whole site using just a keyboard;</li>
<li>use the site with a screen reader;</li>
<li>read everything with JavaScript switched off.</li>
</ul>
<h2>How accessible the site is</h2>
<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA, and we test every page with automated checks and by hand.</p>
<h2>Reporting a problem</h2>
<p>If you find something hard to use, please tell us through the sponsor's contact details. If you are not happy with our reply, you can contact the Equality Advisory and Support Service.</p>
""",
    },
    {
        "slug": "terms",
        "title": "Terms of use",
        "job_code": "NET-UK-000205",
        "summary": "The conditions for using this site and its information.",
        "body": """
<p>By using this site you agree to these terms.</p>
<ul>
<li>The information here is general and is for people living in the UK. It does not replace advice from a healthcare professional.</li>
<li>We check the information carefully, but medicine changes: always check with your medical team before making a decision about your care.</li>
<li>Links to other websites are there to help you; we are not responsible for what those sites say.</li>
<li>You may print or share pages for your own, non-commercial use.</li>
</ul>
""",
    },
]


def load(report, scale=1):
    for item in PAGES:
        item = dict(item)
        slug = item.pop("slug")
        sync(SitePage, report, {"slug": slug}, {**APPROVAL, **item, "body": item["body"].strip()})
