"""The countries the directories cover: ISO 3166-1 alpha-2 codes, their English names and rough bounding boxes.

Kept in code rather than as a dependency: the list is short (the UK and the rest of Europe) and the boxes are
only used to warn an editor about coordinates that are probably mistyped, so 'rough' is good enough.
Support groups use the same list.
"""

from django.db import models


class Country(models.TextChoices):
    AT = "AT", "Austria"
    BE = "BE", "Belgium"
    BG = "BG", "Bulgaria"
    HR = "HR", "Croatia"
    CY = "CY", "Cyprus"
    CZ = "CZ", "Czechia"
    DK = "DK", "Denmark"
    EE = "EE", "Estonia"
    FI = "FI", "Finland"
    FR = "FR", "France"
    DE = "DE", "Germany"
    GR = "GR", "Greece"
    HU = "HU", "Hungary"
    IS = "IS", "Iceland"
    IE = "IE", "Ireland"
    IT = "IT", "Italy"
    LV = "LV", "Latvia"
    LI = "LI", "Liechtenstein"
    LT = "LT", "Lithuania"
    LU = "LU", "Luxembourg"
    MT = "MT", "Malta"
    NL = "NL", "Netherlands"
    NO = "NO", "Norway"
    PL = "PL", "Poland"
    PT = "PT", "Portugal"
    RO = "RO", "Romania"
    RS = "RS", "Serbia"
    SK = "SK", "Slovakia"
    SI = "SI", "Slovenia"
    ES = "ES", "Spain"
    SE = "SE", "Sweden"
    CH = "CH", "Switzerland"
    GB = "GB", "United Kingdom"


# (south, north, west, east) in degrees, the mainland and near islands; Spain and Portugal include
# the Canaries, Madeira and the Azores. Approximate, for a warning only.
BOUNDING_BOXES = {
    "AT": (46.37, 49.02, 9.53, 17.16),
    "BE": (49.50, 51.51, 2.54, 6.41),
    "BG": (41.23, 44.22, 22.36, 28.61),
    "HR": (42.39, 46.55, 13.49, 19.45),
    "CY": (34.56, 35.71, 32.27, 34.60),
    "CZ": (48.55, 51.06, 12.09, 18.86),
    "DK": (54.56, 57.75, 8.07, 15.20),
    "EE": (57.51, 59.68, 21.76, 28.21),
    "FI": (59.81, 70.09, 20.55, 31.59),
    "FR": (41.33, 51.09, -5.14, 9.56),
    "DE": (47.27, 55.06, 5.87, 15.04),
    "GR": (34.80, 41.75, 19.37, 29.65),
    "HU": (45.74, 48.59, 16.11, 22.90),
    "IS": (63.30, 66.57, -24.55, -13.49),
    "IE": (51.42, 55.39, -10.48, -5.99),
    "IT": (35.49, 47.09, 6.63, 18.52),
    "LV": (55.67, 58.09, 20.97, 28.24),
    "LI": (47.05, 47.27, 9.47, 9.64),
    "LT": (53.90, 56.45, 20.95, 26.84),
    "LU": (49.45, 50.18, 5.73, 6.53),
    "MT": (35.79, 36.08, 14.18, 14.58),
    "NL": (50.75, 53.56, 3.36, 7.23),
    "NO": (57.96, 71.19, 4.64, 31.08),
    "PL": (49.00, 54.84, 14.12, 24.15),
    "PT": (32.40, 42.15, -31.30, -6.19),
    "RO": (43.62, 48.27, 20.26, 29.76),
    "RS": (42.23, 46.19, 18.82, 23.01),
    "SK": (47.73, 49.61, 16.83, 22.57),
    "SI": (45.42, 46.88, 13.37, 16.61),
    "ES": (27.60, 43.80, -18.20, 4.33),
    "SE": (55.34, 69.06, 11.11, 24.17),
    "CH": (45.82, 47.81, 5.96, 10.49),
    "GB": (49.86, 60.86, -8.65, 1.77),
}

# Coordinates this far outside a box (in degrees, about 30 km) still count as inside: the boxes are rough.
MARGIN = 0.3


def country_choices():
    """For a finder's country filter. A callable, so each form copies a reference rather than the whole list."""
    return [("", "Any country"), *Country.choices]


def country_name(code):
    """The English name for an ISO code, or the code itself if it is not on the list."""
    try:
        return Country(code).label
    except ValueError:
        return code


def is_within_country(code, latitude, longitude):
    """False only when the point is clearly outside the country's rough box; True when we cannot tell."""
    box = BOUNDING_BOXES.get(code)
    if box is None or latitude is None or longitude is None:
        return True
    south, north, west, east = box
    return south - MARGIN <= latitude <= north + MARGIN and west - MARGIN <= longitude <= east + MARGIN
