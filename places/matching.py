"""Finding the place a reader typed: exact once case and punctuation are set aside, else one small typo away."""

from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from places.models import Place
from places.names import normalise

# A name much bigger than every other of the same name is taken as meant ('Leeds' is the city, not a hamlet).
DOMINANT_RATIO = 10


@dataclass
class PlaceMatch:
    """What a reader's words matched: the place used (if one can be), and the others they might have meant."""

    typed: str
    place: Place | None = None
    alternatives: list[Place] = field(default_factory=list)
    corrected: bool = False

    @property
    def ambiguous(self):
        return self.place is None and bool(self.alternatives)


def allowed_typos(key):
    """One slip in a name of four letters or more, two in a long name; none in very short ones."""
    return 0 if len(key) < 4 else 1 if len(key) < 9 else 2


def close_places(key):
    """Places whose names are the fewest edits (within allowed_typos) from the key, largest first.

    Candidates share the key's first letter: a few hundred names, compared as plain strings (building a
    Place for each cost more than the comparing), then only the closest places are read.
    """
    names = set(Place.objects.filter(key__startswith=key[0]).values_list("key", flat=True))
    found = process.extract(key, names, scorer=Levenshtein.distance, score_cutoff=allowed_typos(key), limit=None)
    if not found:
        return []
    best = min(distance for _, distance, _ in found)
    keys = {name for name, distance, _ in found if distance == best}
    return list(Place.objects.filter(key__in=keys).order_by("-population"))


def find_place(text):
    """A PlaceMatch for what the reader typed, or None when nothing is close enough."""
    key = normalise(text)
    if not key:
        return None
    places = list(Place.objects.named(text))
    corrected = False
    if not places and allowed_typos(key):
        places, corrected = close_places(key), True
    if not places:
        return None
    first, others = places[0], places[1:]
    if not others or first.population >= DOMINANT_RATIO * others[0].population:
        return PlaceMatch(typed=text, place=first, alternatives=others, corrected=corrected)
    return PlaceMatch(typed=text, alternatives=places, corrected=corrected)
