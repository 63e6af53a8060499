"""How place names are compared: case, accents, punctuation and 'Saint'/'St' do not matter."""

import re
import unicodedata

WORDS = re.compile(r"[a-z0-9]+")
SAME_WORD = {"saint": "st"}


def normalise(text):
    """'Stoke-on-Trent' -> 'stoke on trent', "King's Lynn" -> 'kings lynn', 'Dún Laoghaire' -> 'dun laoghaire'."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return " ".join(SAME_WORD.get(word, word) for word in WORDS.findall(text))[:100]
