"""Demo text for the site's own pages, written for this project (not legal advice: the sponsor's own teams own the final wording)."""

from datetime import date

from content.seeding import sync
from pages.models import SitePage

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2028, 11, 1),
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
<p>Each treatment page lists the guidance it is based on, such as NICE technology appraisals and the ESMO and ENETS guidelines.</p>
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
<li><strong>Your cookie choice</strong>, kept in a cookie on your own device for 12 months.</li>
<li><strong>Page requests.</strong> Our servers record which page was asked for, when, and how long it took, to keep the site secure and working. They do not record your internet (IP) address or what you type into forms or searches.</li>
<li><strong>Ratings.</strong> When you rate a page we store your score (1 to 5 stars), which page you rated and when. Your browser is given a cookie called <code>ratings_visitor</code> holding a random number, so that each person's rating counts once and can be changed; it is set only when you rate a page and lasts one year from your last rating. We store only a scrambled (hashed) version of that number, and a scrambled version of your internet address made with a key that changes every day, so that we can spot many ratings from one place on one day. Neither can be turned back into your address or link your ratings across days. Ratings are kept for as long as the page they rate is on this site.</li>
<li><strong>Questions you ask our experts.</strong> We keep your question, and the topic you chose. If you give an email address (you do not have to) and agree to be contacted, we use it only to reply, and delete it as soon as your question is answered or turned down, or after 90 days at the latest. A question that mentions a possible side effect is passed to our drug safety team, as the law requires.</li>
<li><strong>Finding a clinic near you.</strong> If you let your browser share your location, it is used only to sort the list of clinics; it is never stored or written to our records.</li>
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
<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked automatically in a real browser, on a desktop and a phone-sized screen, and the main tasks (reading, rating a page, finding a clinic, asking a question) are tested with the keyboard alone and without JavaScript.</p>
<h2>Reporting a problem</h2>
<p>If you find something hard to use, please tell us using the contact details at the end of this page. If you are not happy with our reply, you can contact the Equality Advisory and Support Service.</p>
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
