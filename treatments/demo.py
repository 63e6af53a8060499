"""Demo treatments, written for this site from the facts of the original treatment-options page."""

from datetime import date

from content.seeding import scaled, sync
from treatments.models import Treatment

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2028, 11, 1),
}

ESTABLISHED = Treatment.Category.ESTABLISHED
IN_DEVELOPMENT = Treatment.Category.IN_DEVELOPMENT

TREATMENTS = [
    {
        "slug": "surgery",
        "title": "Surgery",
        "category": ESTABLISHED,
        "order": 10,
        "job_code": "NET-UK-000101",
        "summary": "An operation is often the first option when a tumour is in one place or has spread only a little. "
        "Removing the whole tumour may be the only treatment some people need.",
        "body": """
<p>When scans show that a tumour has stayed in one area, or has spread only a short way within one organ, surgeons will often suggest removing it. If the whole tumour can be taken out, you may not need any other treatment.</p>
<h2>If the tumour has spread</h2>
<p>An operation can still help when the tumour has spread to other parts of the body. The surgeon may remove as much of the tumour as is safely possible, along with some of the tumours that have grown elsewhere. This is called <strong>debulking</strong>. Having less tumour in the body can ease symptoms and make other treatments work better.</p>
<h2>Other reasons for an operation</h2>
<ul>
<li>If a tumour is blocking part of the body, such as the bowel, surgery can clear the blockage.</li>
<li>If the tumour has spread to the liver, the surgeon may remove the affected parts of the liver.</li>
<li>Very rarely, a liver transplant may be an option.</li>
</ul>
<p>Your surgeon will explain what the operation involves, how long recovery usually takes, and the risks for you.</p>
""",
    },
    {
        "slug": "radiation-therapy",
        "title": "Radiation therapy",
        "category": ESTABLISHED,
        "order": 20,
        "job_code": "NET-UK-000102",
        "summary": "Radiation therapy uses high-energy rays or particles to kill or damage cancer cells, "
        "while keeping the dose to healthy tissue as low as possible.",
        "body": """
<p>Radiation therapy is widely used for NETs. It aims high-energy waves or particles, such as X-rays, gamma rays, electron beams or protons, at the tumour to destroy or damage the cancer cells. You may also hear it called radiotherapy, irradiation or X-ray therapy.</p>
<p>Before treatment starts you will have scans, so that the team knows exactly where the tumours are. The plan is to give the tumour as strong a dose as possible, and the healthy tissue around it as little as possible, to reduce side effects.</p>
<h2>External beam radiotherapy</h2>
<p>This is given from outside the body by a machine called a linear accelerator, which looks like a large X-ray machine. You usually have a short session each weekday for several weeks. Each session is called a <strong>fraction</strong>. Splitting the treatment up like this harms healthy cells less than cancer cells.</p>
<h2>Intra-operative radiation therapy (IORT)</h2>
<p>IORT is a newer, very precise method given during an operation. Once the tumour has been removed, radiation is aimed straight at the area where it was. This may destroy tumour cells too small to see and lower the chance of the tumour coming back. One treatment can be enough, although some people also need a short course of external beam radiotherapy afterwards.</p>
""",
    },
    {
        "slug": "chemotherapy",
        "title": "Chemotherapy",
        "category": ESTABLISHED,
        "order": 30,
        "job_code": "NET-UK-000103",
        "summary": "Chemotherapy uses anti-cancer medicines that travel through the blood to kill cancer cells, "
        "mostly by stopping them from growing and dividing.",
        "body": """
<p>Chemotherapy medicines (also called cytotoxic drugs) kill cancer cells, mostly by stopping them from growing and dividing. Because the medicine travels in the bloodstream, it can reach cancer cells throughout the body.</p>
<h2>How it is given</h2>
<ul>
<li>Through a drip into a vein, using a thin tube called a catheter.</li>
<li>As tablets or capsules that you swallow.</li>
</ul>
<h2>Which chemotherapy?</h2>
<p>The medicines your team suggests depend on where in the body the NET started. For example, chemotherapy may be used for NETs that began in the pancreas (pancreatic NETs) or in the lungs (bronchial NETs).</p>
<p>Chemotherapy can be the only treatment, or it can be combined with other treatments described on this site. Your team will talk to you about possible side effects and how to manage them.</p>
""",
    },
    {
        "slug": "targeted-cancer-therapies",
        "title": "Targeted cancer therapies",
        "category": ESTABLISHED,
        "order": 40,
        "job_code": "NET-UK-000104",
        "summary": "Targeted therapies are medicines that act on particular molecules cancer cells need to grow and spread, "
        "so they can work with less harm to healthy cells.",
        "body": """
<p>Targeted cancer therapies, also called molecularly targeted therapies, are medicines that block the growth and spread of cancer by acting on particular molecules. These molecules are involved in how normal cells turn into cancer cells (carcinogenesis), in how tumours grow and in the blood vessels that feed them.</p>
<p>They work by picking out differences between cancer cells and normal cells. Some of them can attack tumour cells while leaving healthy cells unharmed.</p>
<p>Targeted therapies are used for some types of NET. Most people who are offered one have already been treated with a somatostatin analogue.</p>
""",
    },
    {
        "slug": "somatostatin-analogues",
        "title": "Somatostatin analogues",
        "category": ESTABLISHED,
        "order": 50,
        "job_code": "NET-UK-000105",
        "summary": "Somatostatin analogues are medicines that act like a natural hormone. They can ease symptoms "
        "such as diarrhoea and flushing, and may slow the growth of some NETs.",
        "body": """
<p>Somatostatin is a hormone, a chemical messenger that your body makes naturally. One of its jobs is to stop other hormones being over-produced. Somatostatin analogues are medicines that do the same job.</p>
<p>Some NETs release too much of certain hormones, which can cause symptoms such as diarrhoea, flushing and wheezing. By calming this hormone production, somatostatin analogues may relieve these symptoms. They may also help to control the growth of some types of NET.</p>
<h2>How it is given</h2>
<p>When you start treatment you may have injections up to three times a day, or a long-acting injection that lasts for about a month.</p>
""",
    },
    {
        "slug": "interferon",
        "title": "Interferon",
        "category": ESTABLISHED,
        "order": 60,
        "job_code": "NET-UK-000106",
        "summary": "Interferon is a substance the immune system makes when fighting infections. As a medicine, "
        "it is used for some people with NETs, often together with a somatostatin analogue.",
        "body": """
<p>Your immune system makes interferon when you are ill, for example with a virus such as flu. As a medicine, interferon is sometimes called a biological therapy or an immunotherapy, and it is used to treat some people with NETs.</p>
<p>It can be given on its own, but it is more often combined with a somatostatin analogue.</p>
<p>Interferon does not suit everyone with NETs. Your doctor can tell you whether it could be an option for you.</p>
""",
    },
    {
        "slug": "prrt",
        "title": "Peptide receptor radionuclide therapy (PRRT)",
        "category": IN_DEVELOPMENT,
        "order": 70,
        "job_code": "NET-UK-000107",
        "summary": "PRRT joins a radioactive substance to a hormone-like medicine, so that radiation is carried "
        "straight to the surface of the tumour cells.",
        "body": """
<p>PRRT is also known as targeted radionuclide therapy or hormone-delivered radiotherapy. It uses radioactive substances, called radionuclides, that seek out receptors on the surface of tumour cells.</p>
<p>The radionuclide is chemically joined to a somatostatin analogue. Once injected, this combination attaches to the outside of the NET cells and gives them a dose of radiation from very close by. The aim is to stop the tumour growing, or even to destroy it.</p>
""",
    },
    {
        "slug": "other-immunotherapies",
        "title": "Other immunotherapies",
        "category": IN_DEVELOPMENT,
        "order": 80,
        "job_code": "NET-UK-000108",
        "summary": "Beyond interferon, researchers are testing other ways to help the immune system find and attack "
        "cancer cells.",
        "body": """
<p>Besides interferon, scientists are developing other medicines and methods that help the body's immune system attack cancer cells.</p>
<ul>
<li><strong>Laboratory-made antibodies</strong> that recognise a cell as cancerous and destroy it, without harming normal cells.</li>
<li><strong>Adapted T-cells</strong>: some of your blood is taken, a type of white blood cell called a T-cell is separated out and changed in the laboratory, then given back to you. The changed T-cells target the cancer cells more precisely and leave normal cells alone.</li>
</ul>
""",
    },
]


def load(report, scale=1):
    for item in scaled(TREATMENTS, scale):
        item = dict(item)
        slug = item.pop("slug")
        sync(Treatment, report, {"slug": slug}, {**APPROVAL, **item, "body": item["body"].strip()})
