"""Demo treatments for a UK reader in 2026, in this site's own words, each in the same parts.

Facts come from the guidance each page lists under References (NICE technology appraisals, the ESMO
guideline, ENETS guidance); a medical reviewer should check them against the current versions before
the site goes live. No figure, person, phone number or address is invented.
"""

from datetime import date

from content.seeding import scaled, sync
from treatments.models import Treatment

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2028, 11, 1),
}

ESTABLISHED = Treatment.Category.ESTABLISHED
IN_DEVELOPMENT = Treatment.Category.IN_DEVELOPMENT


def refs(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


ESMO_GEP = (
    "ESMO. Gastroenteropancreatic neuroendocrine neoplasms: ESMO Clinical Practice Guidelines for diagnosis, "
    "treatment and follow-up. Annals of Oncology, 2020. "
    '<a href="https://www.esmo.org/guidelines">esmo.org/guidelines</a>'
)
ESMO_LUNG = (
    "ESMO. Lung and thymic carcinoids: ESMO Clinical Practice Guidelines for diagnosis, treatment and follow-up. "
    'Annals of Oncology, 2021. <a href="https://www.esmo.org/guidelines">esmo.org/guidelines</a>'
)
ENETS = (
    "ENETS guidance papers (European Neuroendocrine Tumor Society), Journal of Neuroendocrinology, 2022 to 2024. "
    '<a href="https://www.enets.org/">enets.org</a>'
)
NICE_TA539 = (
    "NICE. Lutetium (177Lu) oxodotreotide for treating unresectable or metastatic neuroendocrine tumours. "
    'Technology appraisal guidance TA539, 2018. <a href="https://www.nice.org.uk/guidance/ta539">nice.org.uk/guidance/ta539</a>'
)
NICE_TA449 = (
    "NICE. Everolimus and sunitinib for treating unresectable or metastatic neuroendocrine tumours in people with "
    "progressive disease. Technology appraisal guidance TA449, 2017. "
    '<a href="https://www.nice.org.uk/guidance/ta449">nice.org.uk/guidance/ta449</a>'
)
NHS_NET = (
    'NHS website. Neuroendocrine tumours. <a href="https://www.nhs.uk/conditions/neuroendocrine-tumours/">'
    "nhs.uk/conditions/neuroendocrine-tumours</a>"
)
BE_PART = '<a href="https://bepartofresearch.nihr.ac.uk/">Be Part of Research</a>'

TREATMENTS = [
    {
        "slug": "surgery",
        "title": "Surgery",
        "category": ESTABLISHED,
        "order": 10,
        "job_code": "NET-UK-000101",
        "summary": "An operation to take out the tumour. It is often the first choice when a NET has not spread far. "
        "Small tumours can sometimes be removed through a thin tube with a camera.",
        "body": """
<p>Surgery means taking the tumour out in an operation. If all of it can be removed, you may need no other treatment.</p>
<p>Some small NETs in the stomach, the duodenum or the rectum can be taken out from the inside. The doctor passes a thin tube with a camera through your mouth or bottom. This is called endoscopic removal. It needs no cut on your skin.</p>
<p>If the NET has spread, surgery can still help. The surgeon may take out as much tumour as is safe. This can ease symptoms.</p>
""",
        "who_it_is_for": """
<ul>
<li>People whose NET is in one place, or has spread only a little.</li>
<li>People with a tumour that blocks the bowel.</li>
<li>Some people whose NET has spread to the liver.</li>
</ul>
<p>Your team looks at your scans and your general health. Then they tell you if an operation is safe for you.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have scans and blood tests. You meet the surgeon and sign a consent form. If you have carcinoid syndrome, you may have octreotide before the operation. It lowers the chance of a sudden flare of symptoms.</p>
<p><strong>During:</strong> you have a general anaesthetic, so you are asleep. Some operations use small cuts and a camera (keyhole surgery).</p>
<p><strong>After:</strong> you may stay in hospital for a few days or more. Most people feel tired for some weeks. You will have check-ups and scans for years to come.</p>
""",
        "side_effects_common": """
<ul>
<li>Pain where you were cut. You will be given pain relief.</li>
<li>Feeling very tired for a few weeks.</li>
<li>Changes in your bowel habits after bowel surgery.</li>
</ul>
""",
        "side_effects_contact_team": """
<ul>
<li>A wound that gets red, hot, swollen or leaks.</li>
<li>A temperature of 38°C or above.</li>
<li>Being sick, or not being able to eat or drink.</li>
<li>Pain that gets worse, not better.</li>
</ul>
""",
        "side_effects_call_999": """
<ul>
<li>Chest pain or sudden trouble breathing.</li>
<li>A lot of bleeding.</li>
<li>A painful, swollen leg with breathlessness. This can be a blood clot.</li>
</ul>
""",
        "questions_to_ask": """
<ul>
<li>Can all of the tumour be taken out?</li>
<li>Can it be done by keyhole surgery or through an endoscope?</li>
<li>How long will I be in hospital?</li>
<li>When can I drive, work and lift things again?</li>
</ul>
""",
        "references": refs(ESMO_GEP, ENETS, NHS_NET),
    },
    {
        "slug": "somatostatin-analogues",
        "title": "Somatostatin analogues (octreotide and lanreotide)",
        "category": ESTABLISHED,
        "order": 20,
        "job_code": "NET-UK-000105",
        "summary": "These are injections of octreotide or lanreotide. The drugs copy a hormone your body makes. "
        "They ease symptoms such as diarrhoea and flushing. They can also slow down how fast many NETs grow.",
        "body": """
<p>Somatostatin is a hormone your body makes. It tells glands to make less of other hormones. Somatostatin analogues are medicines that copy it. The two used in the UK are octreotide and lanreotide.</p>
<p>Many NETs make too much of a hormone. This can cause diarrhoea and flushing. These medicines calm the tumour down. They ease symptoms, and they can slow the growth of many NETs for a long time.</p>
""",
        "who_it_is_for": """
<ul>
<li>People with carcinoid syndrome or other hormone symptoms.</li>
<li>People whose NET has spread, to help keep it from growing.</li>
</ul>
<p>A scan can show if your tumour has the right targets (receptors) for these medicines.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have blood tests, including your blood sugar.</p>
<p><strong>During:</strong> most people have one long-acting injection every four weeks. Lanreotide goes deep under the skin. Octreotide goes into a muscle in your bottom. A nurse gives it at home, at your GP surgery or in hospital. Some people learn to give lanreotide themselves. There are also short-acting octreotide jabs. You give these under the skin when symptoms flare up.</p>
<p><strong>After:</strong> you keep having the injections for as long as they help. You have scans and blood tests every few months.</p>
""",
        "side_effects_common": """
<ul>
<li>Loose, pale or oily stools, wind and tummy pain. These often settle after a few weeks.</li>
<li>A sore lump where the injection went in.</li>
<li>Gallstones, after some months or years.</li>
<li>Changes in blood sugar.</li>
</ul>
""",
        "side_effects_contact_team": """
<ul>
<li>Bad pain in the upper right side of your tummy.</li>
<li>Yellow skin or yellow whites of the eyes.</li>
<li>Signs of high blood sugar: great thirst and passing a lot of urine.</li>
</ul>
""",
        "side_effects_call_999": """
<ul>
<li>Your face, lips or throat swell soon after an injection.</li>
<li>You find it hard to breathe.</li>
</ul>
""",
        "questions_to_ask": """
<ul>
<li>Which medicine is best for me, and why?</li>
<li>Where will I have my injections?</li>
<li>How will we know if it is working?</li>
<li>What should I do if my symptoms flare up?</li>
</ul>
""",
        "references": refs(ESMO_GEP, ENETS),
    },
    {
        "slug": "prrt",
        "title": "Peptide receptor radionuclide therapy (PRRT)",
        "category": ESTABLISHED,
        "order": 30,
        "job_code": "NET-UK-000107",
        "summary": "PRRT takes radiation straight to NET cells. In the UK the drug used is lutetium-177 dotatate "
        "(Lutathera). It is licensed, and NICE says the NHS should offer it.",
        "body": """
<p>PRRT is a drip of a medicine that carries a tiny amount of radiation. The medicine sticks to targets on NET cells. These are called somatostatin receptors. The radiation then harms the tumour cells from very close by.</p>
<p>In the UK the medicine used is lutetium-177 dotatate. Its brand name is Lutathera. It has had a licence since 2017. NICE has said the NHS should offer it since 2018.</p>
""",
        "who_it_is_for": """
<p>PRRT is for adults whose NET:</p>
<ul>
<li>started in the gut or pancreas,</li>
<li>cannot be taken out by surgery,</li>
<li>has grown or spread, and</li>
<li>shows up well on a special scan.</li>
</ul>
<p>It is given in specialist centres.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have a receptor scan, blood tests and kidney tests. You may need to stop your long-acting injection for some weeks before each dose.</p>
<p><strong>During:</strong> you usually have four doses, about eight weeks apart. Each dose is a drip into a vein. You also have a drip of protein building blocks (amino acids) to protect your kidneys. It takes most of a day.</p>
<p><strong>After:</strong> for a few days you give off a little radiation. Your team will tell you how to keep others safe. For example, keep a distance from children and pregnant people. Sit down on the toilet and flush twice.</p>
""",
        "side_effects_common": """
<ul>
<li>Feeling or being sick on the day of the drip.</li>
<li>Feeling tired for some days or weeks.</li>
<li>A short drop in blood cells, found in blood tests.</li>
<li>Thinner hair for a while.</li>
</ul>
""",
        "side_effects_contact_team": """
<ul>
<li>A temperature of 38°C or above, or feeling shivery.</li>
<li>Bruises or bleeding with no clear cause.</li>
<li>Much worse flushing or diarrhoea.</li>
</ul>
""",
        "side_effects_call_999": """
<ul>
<li>Sudden trouble breathing, or collapse.</li>
<li>Heavy bleeding that will not stop.</li>
</ul>
<p>Rarely, PRRT can harm the bone marrow or kidneys years later. This is why you have blood tests for a long time after.</p>
""",
        "questions_to_ask": """
<ul>
<li>Does my scan show that PRRT could work for me?</li>
<li>Where is my nearest PRRT centre?</li>
<li>What do I need to do to keep my family safe?</li>
<li>What happens to my other medicines during PRRT?</li>
</ul>
""",
        "references": refs(NICE_TA539, ESMO_GEP, ENETS),
    },
    {
        "slug": "targeted-cancer-therapies",
        "title": "Targeted therapies (everolimus and sunitinib)",
        "category": ESTABLISHED,
        "order": 40,
        "job_code": "NET-UK-000104",
        "summary": "Everolimus and sunitinib are tablets and capsules. They block signals that NET cells need to grow. "
        "NICE says they can be used for some NETs that are growing.",
        "body": """
<p>Targeted therapies block signals that cancer cells use to grow. Some also cut the blood supply that feeds a tumour.</p>
<p>Two are used for NETs in the UK. Everolimus (brand name Afinitor) is a tablet. Sunitinib (brand name Sutent) is a capsule. NICE recommends them for some NETs that cannot be removed and are growing.</p>
""",
        "who_it_is_for": """
<ul>
<li><strong>Everolimus:</strong> adults with a NET of the pancreas. Or adults with a NET of the gut or lung that does not cause hormone symptoms.</li>
<li><strong>Sunitinib:</strong> adults with a NET of the pancreas.</li>
</ul>
<p>The NET must be growing, and it must not be possible to take it out.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have blood tests, and a blood pressure check.</p>
<p><strong>During:</strong> you take the medicine at home once a day, every day. You see your team often at first.</p>
<p><strong>After:</strong> you keep taking it as long as it works and you can cope with it. Your team may lower the dose to ease side effects.</p>
""",
        "side_effects_common": """
<ul>
<li>Mouth ulcers. A mouthwash from your team can help.</li>
<li>Diarrhoea, tiredness and a rash.</li>
<li>Sore, red hands and feet (with sunitinib).</li>
<li>High blood pressure (with sunitinib).</li>
</ul>
""",
        "side_effects_contact_team": """
<ul>
<li>A new cough or breathlessness (with everolimus).</li>
<li>A temperature of 38°C or above.</li>
<li>Diarrhoea more than four times a day.</li>
<li>Mouth ulcers that stop you eating.</li>
</ul>
""",
        "side_effects_call_999": """
<ul>
<li>Chest pain or bad trouble breathing.</li>
<li>Signs of a stroke: a face that droops, weak arms or slurred speech.</li>
</ul>
""",
        "questions_to_ask": """
<ul>
<li>Which of the two suits my type of NET?</li>
<li>What should I do if I miss a dose?</li>
<li>Which foods or medicines should I avoid? (Grapefruit is one.)</li>
<li>How often will I have blood tests?</li>
</ul>
""",
        "references": refs(NICE_TA449, ESMO_GEP, ENETS),
    },
    {
        "slug": "chemotherapy",
        "title": "Chemotherapy",
        "category": ESTABLISHED,
        "order": 50,
        "job_code": "NET-UK-000103",
        "summary": "Chemo uses drugs that kill cells as they split in two. The drugs you have depend on "
        "where the NET started and how fast it grows.",
        "body": """
<p>Chemotherapy (chemo) uses drugs that kill cells as they split in two. The drugs go round in the blood. So they reach cells all over the body.</p>
<p>The main types used for NETs are:</p>
<ul>
<li><strong>Capecitabine with temozolomide</strong>. You take both as tablets or capsules at home.</li>
<li><strong>Streptozocin</strong>, given as a drip. It is often given with a drug called fluorouracil.</li>
<li><strong>Cisplatin or carboplatin with etoposide</strong>, given as a drip. This is for a fast-growing type of NET. It is called neuroendocrine carcinoma.</li>
</ul>
""",
        "who_it_is_for": """
<ul>
<li>People with a NET in the pancreas that is growing.</li>
<li>People with a NET that grows faster than most.</li>
<li>People with a fast-growing type of NET. It is called neuroendocrine carcinoma.</li>
</ul>
<p>Slow-growing NETs of the bowel do not often shrink with chemo.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have blood tests before each cycle, to check your blood cells, liver and kidneys.</p>
<p><strong>During:</strong> chemo is given in cycles, with rest breaks between. A cycle often lasts three or four weeks. A drip takes a few hours at the hospital.</p>
<p><strong>After:</strong> you have scans every few months to see how it is working. Most side effects fade after treatment ends.</p>
""",
        "side_effects_common": """
<ul>
<li>Feeling sick. Medicine to stop you feeling sick helps.</li>
<li>Feeling tired.</li>
<li>Fewer blood cells, so you catch germs more easily.</li>
<li>Sore mouth, and sore hands and feet (with capecitabine).</li>
</ul>
""",
        "side_effects_contact_team": """
<p>Call your team's 24-hour chemo line straight away if you have:</p>
<ul>
<li>A temperature of 37.5°C or above, or below 36°C.</li>
<li>Shivers, or you suddenly feel unwell.</li>
<li>Diarrhoea or sickness that does not stop.</li>
</ul>
<p>An infection during chemo can become serious very fast.</p>
""",
        "side_effects_call_999": """
<ul>
<li>Trouble breathing, or chest pain.</li>
<li>You feel faint, confused or very drowsy.</li>
</ul>
""",
        "questions_to_ask": """
<ul>
<li>Which chemo will I have, and why this one?</li>
<li>What is the number of the 24-hour line?</li>
<li>How will we know if it is working?</li>
<li>Can I work during treatment?</li>
</ul>
""",
        "references": refs(ESMO_GEP, ENETS),
    },
    {
        "slug": "liver-directed-treatments",
        "title": "Liver-directed treatments",
        "category": ESTABLISHED,
        "order": 60,
        "job_code": "NET-UK-000109",
        "summary": "NETs often spread to the liver. Some treatments aim only at the tumours in the liver. "
        "They do not need a big operation.",
        "body": """
<p>NETs often spread to the liver. These treatments aim at the tumours in the liver only.</p>
<ul>
<li><strong>Embolisation</strong> blocks the blood supply to the tumours. In <strong>chemoembolisation</strong>, chemo goes in too.</li>
<li><strong>SIRT</strong> puts tiny beads that give off radiation into the blood vessels of the tumours.</li>
<li><strong>Ablation</strong> kills small tumours with heat, through a needle.</li>
</ul>
<p>For embolisation and SIRT, a thin tube goes into a blood vessel in your groin or wrist. X-rays help the doctor guide it to the liver.</p>
""",
        "who_it_is_for": """
<p>People whose NET has spread mainly to the liver. It may be used to shrink tumours, or to ease hormone symptoms. It is not offered to everyone. It depends on your liver and the size of the tumours.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have scans and blood tests. You may need to stop eating for some hours.</p>
<p><strong>During:</strong> you are awake but given medicine to help you relax, or you are asleep. It takes one to two hours.</p>
<p><strong>After:</strong> most people stay in hospital for a night or two. You may have the treatment more than once.</p>
""",
        "side_effects_common": """
<p>Many people have pain and a fever, and feel sick, for a few days after embolisation. It often gets better within a week. Feeling tired can last longer.</p>
""",
        "side_effects_contact_team": """
<ul>
<li>A temperature of 38°C or above after you get home.</li>
<li>Pain that gets worse, not better.</li>
<li>Yellow skin or eyes.</li>
<li>Swelling or bleeding where the tube went in.</li>
</ul>
""",
        "side_effects_call_999": """
<ul>
<li>Heavy bleeding from where the tube went in that does not stop when you press on it.</li>
<li>Sudden bad tummy pain, or collapse.</li>
</ul>
""",
        "questions_to_ask": """
<ul>
<li>Which of these treatments suits my liver?</li>
<li>How many sessions might I need?</li>
<li>How long will it take me to get back to normal?</li>
</ul>
""",
        "references": refs(ESMO_GEP, ENETS),
    },
    {
        "slug": "carcinoid-syndrome",
        "title": "Treating carcinoid syndrome",
        "category": ESTABLISHED,
        "order": 70,
        "job_code": "NET-UK-000110",
        "summary": "Carcinoid syndrome can cause hot flushes and loose stools. Injections, tablets, "
        "food changes and heart checks help to keep it in check.",
        "body": """
<p>Some NETs make too much of a hormone called serotonin. Most of these are in the small bowel. When the NET has spread to the liver, this can cause carcinoid syndrome. The main signs are a red, hot face and neck, and diarrhoea. The red, hot skin is called flushing. Some people also wheeze.</p>
<p>Treatment aims to control the symptoms and to protect the heart.</p>
<ul>
<li><strong>Octreotide or lanreotide</strong> injections are the first treatment.</li>
<li><strong>Telotristat</strong> (brand name Xermelo) is a tablet. It lowers the amount of serotonin the tumour makes. You may take it if diarrhoea goes on even with the injections.</li>
<li>Medicines for diarrhoea, such as loperamide, can help too.</li>
</ul>
""",
        "who_it_is_for": """
<p>People with carcinoid syndrome. Treating the tumour itself can also ease the symptoms. This may be with surgery or PRRT.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you may have a urine or blood test for a breakdown product of serotonin. You will have a heart scan (an echocardiogram).</p>
<p><strong>During:</strong> keep a diary of flushes and stools. It shows what helps. A dietitian can help you eat well. Alcohol, spicy food and big meals can trigger flushing.</p>
<p><strong>After:</strong> you will have heart scans over the years. Carcinoid syndrome can damage the heart valves.</p>
""",
        "side_effects_common": """
<ul>
<li>Telotristat can make you feel sick. It can cause tummy pain and make it hard to poo.</li>
<li>For the side effects of the injections, see our page on them.</li>
</ul>
""",
        "side_effects_contact_team": """
<ul>
<li>Constipation or bad tummy pain while you take telotristat.</li>
<li>Low mood. In rare cases telotristat can affect your mood.</li>
<li>Swollen ankles, or you get out of breath when you walk. These can be signs of heart problems.</li>
</ul>
""",
        "side_effects_call_999": """
<p>Call 999 if you have a very bad flush with trouble breathing, or you feel faint or collapse. This can be a carcinoid crisis. It is rare, but it needs help fast.</p>
""",
        "questions_to_ask": """
<ul>
<li>How often do I need a heart scan?</li>
<li>Can I have telotristat if the injections are not enough?</li>
<li>Should I see a dietitian?</li>
<li>Do I need extra medicine before surgery or a scan?</li>
</ul>
""",
        "references": refs(ENETS, ESMO_GEP),
    },
    {
        "slug": "radiation-therapy",
        "title": "Radiotherapy",
        "category": ESTABLISHED,
        "order": 80,
        "job_code": "NET-UK-000102",
        "summary": "Radiotherapy uses strong X-rays from a machine. It is not often used for NETs. But it can "
        "ease pain from a tumour in a bone, and treat some fast-growing types.",
        "body": """
<p>Radiotherapy aims high-energy X-rays at a tumour from a machine outside the body. The rays harm the cancer cells.</p>
<p>It is not a main treatment for most NETs. It has a few clear uses:</p>
<ul>
<li>To ease pain from a NET that has spread to a bone.</li>
<li>To treat a NET that has spread to the brain.</li>
<li>To treat some lung NETs, or neuroendocrine carcinoma, a fast-growing type.</li>
</ul>
<p>This is different from PRRT, which carries radiation in a medicine.</p>
""",
        "who_it_is_for": """
<p>People with one of the needs above. Your team will say if it can help you.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have a planning scan. You lie still while the team marks where to aim.</p>
<p><strong>During:</strong> each session takes a few minutes and does not hurt. To ease bone pain, one to five sessions are often enough. Other courses take some weeks.</p>
<p><strong>After:</strong> pain relief can take a few weeks to start. You are not radioactive after this kind of treatment.</p>
""",
        "side_effects_common": """
<ul>
<li>Tiredness.</li>
<li>Red or sore skin where the rays went in.</li>
<li>Pain that gets worse for a day or two before it gets better.</li>
<li>Other effects depend on the part of the body treated.</li>
</ul>
""",
        "side_effects_contact_team": """
<ul>
<li>Skin that blisters or breaks.</li>
<li>Being sick, or diarrhoea, that does not stop.</li>
<li>New pain or weakness in your back or legs.</li>
</ul>
""",
        "side_effects_call_999": """
<ul>
<li>Sudden weakness or numbness in your legs, or you cannot pass urine. This can mean pressure on the spinal cord.</li>
</ul>
""",
        "questions_to_ask": """
<ul>
<li>What is the aim of radiotherapy for me?</li>
<li>How many sessions will I need?</li>
<li>When should my pain get better?</li>
</ul>
""",
        "references": refs(ESMO_GEP, ESMO_LUNG, ENETS),
    },
    {
        "slug": "interferon",
        "title": "Interferon",
        "category": ESTABLISHED,
        "order": 90,
        "job_code": "NET-UK-000106",
        "summary": "Interferon is a drug given by injection. It can ease hormone symptoms. It is rarely used for NETs now. "
        "Other drugs work as well, with fewer side effects.",
        "body": """
<p>Your body makes interferon when you have an infection. Given as a drug, it can calm symptoms caused by hormones from some NETs.</p>
<p>It is <strong>rarely used now</strong>. Other drugs have mostly taken its place. These include octreotide, lanreotide and telotristat. They cause fewer side effects.</p>
""",
        "who_it_is_for": """
<p>A few people whose hormone symptoms are not controlled by other medicines. Your specialist would explain why it may help you.</p>
""",
        "before_during_after": """
<p><strong>Before:</strong> you have blood tests, and you are asked about your mood.</p>
<p><strong>During:</strong> you inject it under the skin a few times a week. A nurse shows you how.</p>
<p><strong>After:</strong> you have blood tests often, to check your blood cells, liver and thyroid.</p>
""",
        "side_effects_common": """
<ul>
<li>Flu-like feelings: fever, chills and aches. These are worse at first.</li>
<li>Tiredness and poor appetite.</li>
</ul>
""",
        "side_effects_contact_team": """
<ul>
<li>Low mood, or feeling hopeless.</li>
<li>A temperature of 38°C or above that lasts.</li>
<li>Changes in your eyesight.</li>
</ul>
""",
        "side_effects_call_999": """
<ul>
<li>Thoughts of harming yourself that you feel you might act on.</li>
<li>Chest pain or bad trouble breathing.</li>
</ul>
""",
        "questions_to_ask": """
<ul>
<li>Why is interferon right for me, when it is used so rarely?</li>
<li>What other options do I have?</li>
<li>Who can I talk to if my mood drops?</li>
</ul>
""",
        "references": refs(ESMO_GEP, ENETS),
    },
    {
        "slug": "prrt-new-radioligands",
        "title": "Newer radioligand treatments",
        "category": IN_DEVELOPMENT,
        "order": 100,
        "job_code": "NET-UK-000111",
        "summary": "New drugs that take radiation to NET cells are being tested. You can only get them in a trial.",
        "body": f"""
<p>These treatments are <strong>only available in clinical trials</strong>. They are not approved for general use.</p>
<p>PRRT with lutetium-177 dotatate is an approved treatment. Researchers are now testing new drugs that work in a similar way. Some use a stronger kind of radiation, called alpha radiation. Others stick to NET cells in a new way. Trials also test giving PRRT earlier in the illness.</p>
<p>To look for a trial, use the NIHR's {BE_PART} service. You can also ask your team.</p>
""",
        "who_it_is_for": """
<p>Each trial has its own rules about who can join. They often depend on the type of NET and the treatments you have had.</p>
""",
        "before_during_after": """
<p>A trial team will explain every step before you agree. You can say no, or leave a trial at any time. Your usual care will not be affected.</p>
""",
        "side_effects_common": """
<p>These are not fully known yet. That is one reason for the trial. They are likely to be like those of PRRT: feeling sick, tiredness and changes in blood cells.</p>
""",
        "side_effects_contact_team": """
<ul>
<li>Any new symptom. Call the trial team straight away.</li>
<li>A temperature of 38°C or above.</li>
</ul>
""",
        "side_effects_call_999": """
<p>Call 999 if you have sudden trouble breathing or collapse.</p>
""",
        "questions_to_ask": """
<ul>
<li>Is there a trial that could suit me?</li>
<li>What is being tested, and what are the risks?</li>
<li>Where would I need to go, and how often?</li>
</ul>
""",
        "references": refs(
            NICE_TA539,
            "NIHR. Be Part of Research, the UK's service for finding health research studies. "
            '<a href="https://bepartofresearch.nihr.ac.uk/">bepartofresearch.nihr.ac.uk</a>',
            ENETS,
        ),
    },
    {
        "slug": "other-immunotherapies",
        "title": "Immunotherapy",
        "category": IN_DEVELOPMENT,
        "order": 110,
        "job_code": "NET-UK-000108",
        "summary": "Drugs that help the body fight cancer are being tested for NETs. You can only get them in a trial.",
        "body": f"""
<p>For NETs, these treatments are <strong>only available in clinical trials</strong>.</p>
<p>Immunotherapy helps your body's defences find and attack cancer cells. Some of these drugs are used for other cancers. So far they have not worked well for most NETs. Trials are testing them for fast-growing types, often with other drugs. Other trials train a person's own white blood cells to attack the tumour.</p>
<p>To look for a trial, use the NIHR's {BE_PART} service, and ask your team.</p>
""",
        "who_it_is_for": """
<p>Each trial has its own rules about who can join. Many are for people with a fast-growing type of NET. It is called neuroendocrine carcinoma.</p>
""",
        "before_during_after": """
<p>A trial team will explain every step before you agree. You can say no, or leave a trial at any time. Your usual care will not be affected.</p>
""",
        "side_effects_common": """
<p>It can make your body's defences attack healthy parts of you. This can cause a rash, loose stools and tiredness.</p>
""",
        "side_effects_contact_team": """
<ul>
<li>Diarrhoea, a new cough or a rash.</li>
<li>A temperature of 38°C or above.</li>
</ul>
""",
        "side_effects_call_999": """
<p>Call 999 if you have sudden trouble breathing or collapse.</p>
""",
        "questions_to_ask": """
<ul>
<li>Is there a trial that could suit my type of NET?</li>
<li>What are the risks?</li>
<li>What happens if I leave the trial?</li>
</ul>
""",
        "references": refs(
            ESMO_GEP,
            "NIHR. Be Part of Research, the UK's service for finding health research studies. "
            '<a href="https://bepartofresearch.nihr.ac.uk/">bepartofresearch.nihr.ac.uk</a>',
        ),
    },
]


def load(report, scale=1):
    for item in scaled(TREATMENTS, scale):
        item = dict(item)
        slug = item.pop("slug")
        values = {name: value.strip() if name in Treatment.rich_text_fields else value for name, value in item.items()}
        sync(Treatment, report, {"slug": slug}, {**APPROVAL, **values})
