"""The live helper's reading age (static/js/readability.js, run here under Node) is within a year of the
server's on every piece of demo rich text, and counts the same words and sentences."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from clinics import demo as clinics_demo
from content.readability import LETTERS, _pronunciations, guess_syllables, measure, plain_text, syllables
from faqs import demo as faqs_demo
from pages import demo as pages_demo
from stories import demo as stories_demo
from support_groups import demo as support_groups_demo
from treatments import demo as treatments_demo

MOST_APART = 1  # year
# Of the demo content's words the CMU dictionary knows, the share whose syllables the browser guesses right.
LEAST_AGREEMENT = 0.97
SCRIPT = Path(__file__).resolve().parents[2] / "static" / "js" / "readability.js"
RUN = (
    "const r = require(process.argv[1]); let input = '';"
    "process.stdin.on('data', (chunk) => input += chunk).on('end', () =>"
    " console.log(JSON.stringify(JSON.parse(input).map((value) => r[process.argv[2]](value)))));"
)


def rich_text_in(value):
    """Every string of HTML anywhere in a demo module's data (dicts, lists or tuples, whatever their shape)."""
    if isinstance(value, str):
        return [value] if "</p>" in value else []
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [html for item in value for html in rich_text_in(item)]
    return []


def demo_rich_text():
    modules = [treatments_demo, stories_demo, faqs_demo, pages_demo, clinics_demo, support_groups_demo]
    return [html for module in modules for name, value in vars(module).items() if name.isupper()
            for html in rich_text_in(value)]  # fmt: skip


def in_browser(function, values):
    """`function` of static/js/readability.js applied to each of `values`, under Node."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed (make setup needs it for Bootstrap); cannot run the browser formula")
    result = subprocess.run(
        [node, "-e", RUN, str(SCRIPT), function], input=json.dumps(values), capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def demo_words():
    """Every distinct word of the demo rich text, lower case, each part of a hyphenated word on its own."""
    return sorted(
        {part.lower() for html in demo_rich_text() for part in LETTERS.findall(plain_text(html).replace("'", ""))}
    )


def test_browser_and_server_reading_ages_are_within_a_year_on_every_demo_text():
    pages = demo_rich_text()
    assert len(pages) >= 25
    browser_figures = in_browser("measureText", [plain_text(html) for html in pages])
    for html, browser in zip(pages, browser_figures, strict=True):
        server = measure(html)
        assert (browser["words"], browser["sentences"]) == (server.words, server.sentences), html[:80]
        assert round(abs(browser["readingAge"] - server.reading_age), 1) <= MOST_APART, html[:80]


def test_browser_guesses_syllables_by_exactly_the_servers_rule():
    words = demo_words() + ["table", "centre", "doses", "treated", "someone", "everyone", "radio", "usual"]
    assert in_browser("guessSyllables", words) == [guess_syllables(word) for word in words]
    tokens = ["follow-up", "don't", "177", "patient's", "everolimus"]
    assert in_browser("syllables", tokens) == [syllables(token) for token in tokens] == [3, 1, 1, 2, 5]


def test_browser_guess_matches_the_dictionary_on_the_demo_contents_ordinary_words():
    known = {word: phones[0] for word in demo_words() if (phones := _pronunciations().get(word))}
    dictionary = [sum(1 for phone in phones if phone[-1].isdigit()) for phones in known.values()]
    guessed = in_browser("guessSyllables", list(known))
    wrong = [
        (word, right, guess) for word, right, guess in zip(known, dictionary, guessed, strict=True) if right != guess
    ]
    agreement = 1 - len(wrong) / len(known)
    print(f"browser's syllable guess agrees with the CMU dictionary on {agreement:.1%} of {len(known)} words")
    assert len(known) > 500
    assert agreement >= LEAST_AGREEMENT, wrong
