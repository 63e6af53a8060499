"""Demo clinics: real UK and European specialist NET centres, by institution, city, country and approximate position.

Only public facts: no phone numbers or email addresses (editors add them after checking with each centre),
no accreditation years and no 'last verified' date, since nobody has checked these entries with the clinics.
The Centre of Excellence flag is set only for centres known to hold ENETS accreditation; editors must confirm
against the ENETS list before relying on it. Services are listed only where a centre is widely known for one
(PRRT at the centres that pioneered or long offered it); elsewhere the page asks readers to check with the centre
rather than guess. Every UK nation has at least one centre. Every row is marked `is_demo`, so the admin's 'Demo
content' filter and delete action remove them all in one step.
"""

from datetime import date

from clinics.models import Clinic, ensure_default_services
from content.seeding import scaled, sync

APPROVAL = {
    "date_of_preparation": date(2026, 11, 1),
    "review_due": date(2027, 11, 1),
    "is_demo": True,
}

# Services are given only where a centre is widely known for them; readers are told to ask otherwise.
UNKNOWN = []
PRRT = ["prrt"]


def centre(
    slug, title, institution, city, country, lat, lng, *, address="", postcode="", coe=False, services=(), summary=""
):
    return {
        "slug": slug,
        "title": title,
        "institution": institution,
        "city": city,
        "country": country,
        "latitude": lat,
        "longitude": lng,
        "address_line_1": address,
        "postcode": postcode,
        "is_centre_of_excellence": coe,
        "services": list(services),
        "summary": summary or f"Specialist care for neuroendocrine tumours at {institution}, {city}.",
    }


CLINICS = [
    centre("royal-free-london", "Royal Free London NET Unit", "Royal Free Hospital", "London", "GB", 51.5532, -0.1657,
           address="Pond Street", postcode="NW3 2QG", coe=True, services=PRRT),
    centre("the-christie-manchester", "The Christie NET Service", "The Christie NHS Foundation Trust", "Manchester", "GB",
           53.4296, -2.2305, address="Wilmslow Road", postcode="M20 4BX", coe=True, services=PRRT),
    centre("kings-college-hospital-london", "King's College Hospital NET Service", "King's College Hospital", "London",
           "GB", 51.4682, -0.0937, address="Denmark Hill", postcode="SE5 9RS", coe=True, services=UNKNOWN),
    centre("hammersmith-hospital-london", "Imperial College Healthcare NET Service", "Hammersmith Hospital", "London",
           "GB", 51.5169, -0.2358, address="Du Cane Road", postcode="W12 0HS", coe=True, services=UNKNOWN),
    centre("queen-elizabeth-birmingham", "Birmingham NET Service", "Queen Elizabeth Hospital Birmingham", "Birmingham",
           "GB", 52.4531, -1.9418, address="Mindelsohn Way", postcode="B15 2GW", coe=True, services=UNKNOWN),
    centre("liverpool-net-centre", "Liverpool NET Centre", "Aintree University Hospital", "Liverpool", "GB",
           53.4656, -2.9316, address="Lower Lane", postcode="L9 7AL", coe=True, services=UNKNOWN),
    centre("university-hospital-southampton", "Southampton NET Service", "Southampton General Hospital", "Southampton",
           "GB", 50.9327, -1.4340, address="Tremona Road", postcode="SO16 6YD", coe=True, services=UNKNOWN),
    centre("beatson-glasgow", "Beatson West of Scotland Cancer Centre", "Beatson West of Scotland Cancer Centre",
           "Glasgow", "GB", 55.8804, -4.3148, address="1053 Great Western Road", postcode="G12 0YN",
           summary="The cancer centre for the west of Scotland, on the Gartnavel hospital site in Glasgow."),
    centre("western-general-edinburgh", "Edinburgh Cancer Centre", "Western General Hospital", "Edinburgh", "GB",
           55.9623, -3.2338, address="Crewe Road South", postcode="EH4 2XU",
           summary="The cancer centre for the south-east of Scotland, at the Western General Hospital in Edinburgh."),
    centre("university-hospital-of-wales-cardiff", "University Hospital of Wales", "University Hospital of Wales",
           "Cardiff", "GB", 51.5067, -3.1905, address="Heath Park", postcode="CF14 4XW",
           summary="Wales's largest hospital, in Cardiff, where specialists see people with neuroendocrine tumours."),
    centre("belfast-city-hospital", "Northern Ireland Cancer Centre", "Belfast City Hospital", "Belfast", "GB",
           54.5862, -5.9444, address="Lisburn Road", postcode="BT9 7AB",
           summary="The cancer centre for Northern Ireland, at Belfast City Hospital."),
    centre("st-vincents-dublin", "St Vincent's NET Service", "St Vincent's University Hospital", "Dublin", "IE",
           53.3170, -6.2120, address="Elm Park", services=UNKNOWN),
    centre("charite-berlin", "Charité NET Centre", "Charité – Universitätsmedizin Berlin, Campus Virchow-Klinikum",
           "Berlin", "DE", 52.5418, 13.3435, address="Augustenburger Platz 1", postcode="13353", coe=True,
           services=PRRT),
    centre("bad-berka", "Zentralklinik Bad Berka NET Centre", "Zentralklinik Bad Berka", "Bad Berka", "DE",
           50.9011, 11.2826, address="Robert-Koch-Allee 9", postcode="99437", coe=True, services=PRRT),
    centre("marburg", "Marburg NET Centre", "University Hospital Giessen and Marburg, Marburg site", "Marburg", "DE",
           50.8157, 8.8100, address="Baldingerstraße", postcode="35043", coe=True, services=PRRT),
    centre("uppsala", "Uppsala NET Centre", "Uppsala University Hospital (Akademiska sjukhuset)", "Uppsala", "SE",
           59.8500, 17.6400, coe=True, services=PRRT),
    centre("karolinska-stockholm", "Karolinska NET Service", "Karolinska University Hospital", "Stockholm", "SE",
           59.3500, 18.0300, services=UNKNOWN),
    centre("beaujon-clichy", "Beaujon NET Centre", "Beaujon Hospital (AP-HP)", "Clichy", "FR", 48.9078, 2.3095,
           address="100 Boulevard du Général Leclerc", postcode="92110", coe=True, services=UNKNOWN),
    centre("gustave-roussy-villejuif", "Gustave Roussy NET Service", "Gustave Roussy", "Villejuif", "FR",
           48.7946, 2.3519, postcode="94805", coe=True, services=UNKNOWN),
    centre("lyon-edouard-herriot", "Lyon NET Centre", "Hospices Civils de Lyon, Édouard Herriot Hospital", "Lyon", "FR",
           45.7420, 4.8807, postcode="69003", coe=True, services=UNKNOWN),
    centre("erasmus-mc-rotterdam", "Erasmus MC NET Centre", "Erasmus MC", "Rotterdam", "NL", 51.9106, 4.4683,
           address="Dr. Molewaterplein 40", postcode="3015 GD", coe=True, services=PRRT),
    centre("nki-amsterdam", "Netherlands Cancer Institute NET Service",
           "Netherlands Cancer Institute – Antoni van Leeuwenhoek", "Amsterdam", "NL", 52.3540, 4.8250,
           address="Plesmanlaan 121", postcode="1066 CX", coe=True, services=PRRT),
    centre("umcg-groningen", "Groningen NET Centre", "University Medical Center Groningen", "Groningen", "NL",
           53.2220, 6.5750, address="Hanzeplein 1", postcode="9713 GZ", services=UNKNOWN),
    centre("rigshospitalet-copenhagen", "Rigshospitalet NET Centre", "Rigshospitalet", "Copenhagen", "DK",
           55.6956, 12.5656, address="Blegdamsvej 9", postcode="2100", coe=True, services=PRRT),
    centre("oslo-university-hospital", "Oslo NET Service", "Oslo University Hospital", "Oslo", "NO", 59.9496, 10.7137,
           services=UNKNOWN),
    centre("helsinki-university-hospital", "Helsinki NET Service", "Helsinki University Hospital", "Helsinki", "FI",
           60.1896, 24.9060, services=UNKNOWN),
    centre("vienna-general-hospital", "Vienna NET Centre", "Vienna General Hospital (AKH Wien)", "Vienna", "AT",
           48.2200, 16.3464, address="Währinger Gürtel 18-20", postcode="1090", coe=True, services=UNKNOWN),
    centre("uz-leuven", "Leuven NET Centre", "University Hospitals Leuven", "Leuven", "BE", 50.8800, 4.6730,
           address="Herestraat 49", postcode="3000", services=UNKNOWN),
    centre("zurich-university-hospital", "Zurich NET Service", "University Hospital Zurich", "Zurich", "CH",
           47.3769, 8.5510, address="Rämistrasse 100", postcode="8091", services=UNKNOWN),
    centre("int-milan", "Milan National Cancer Institute NET Service",
           "Fondazione IRCCS Istituto Nazionale dei Tumori", "Milan", "IT", 45.4736, 9.2323, address="Via Venezian 1",
           postcode="20133", coe=True, services=UNKNOWN),
    centre("ieo-milan", "European Institute of Oncology NET Service", "European Institute of Oncology (IEO)", "Milan",
           "IT", 45.4200, 9.2110, address="Via Ripamonti 435", postcode="20141", services=PRRT),
    centre("hospital-12-de-octubre-madrid", "12 de Octubre NET Service", "Hospital Universitario 12 de Octubre",
           "Madrid", "ES", 40.3753, -3.6983, services=UNKNOWN),
    centre("vall-d-hebron-barcelona", "Vall d'Hebron NET Service", "Vall d'Hebron University Hospital", "Barcelona",
           "ES", 41.4275, 2.1420, services=UNKNOWN),
    centre("warsaw-national-oncology", "Warsaw NET Service",
           "Maria Skłodowska-Curie National Research Institute of Oncology", "Warsaw", "PL", 52.1457, 21.0350,
           services=UNKNOWN),
]  # fmt: skip


def load(report, scale=1):
    services = ensure_default_services()
    items = [{**item, "job_code": f"NET-UK-{400 + n:06d}"} for n, item in enumerate(CLINICS, start=1)]
    for item in scaled(items, scale):
        item = dict(item)
        slug, wanted = item.pop("slug"), item.pop("services")
        links = {"services": [services[name] for name in wanted if name in services]}
        sync(Clinic, report, {"slug": slug}, {**APPROVAL, **item}, links=links)
