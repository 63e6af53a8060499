"""The word-level comparison a reviewer reads: the new text as readers see it, additions and removals marked."""

import re

import pytest

from workflow.diff import diff_html, diff_text, render_html, tokenise


def added(html):
    return [re.sub(r"<[^>]+>|added: ", "", mark) for mark in re.findall(r'<ins class="diff-added">.*?</ins>', html)]


def removed(html):
    return [re.sub(r"<[^>]+>|removed: ", "", mark) for mark in re.findall(r'<del class="diff-removed">.*?</del>', html)]


def test_changed_words_are_marked_and_the_rest_is_left_alone():
    html = diff_html("<p>You may feel sick for 3 days.</p>", "<p>You may feel very sick for 5 days.</p>")
    assert added(html) == ["very", "5"]
    assert removed(html) == ["3"]
    assert html.startswith("<p>You may feel ")
    assert html.endswith(" days.</p>")


def test_each_mark_says_what_it_is_for_screen_readers():
    html = diff_html("<p>old</p>", "<p>new</p>")
    assert '<span class="visually-hidden">added: </span>new' in html
    assert '<span class="visually-hidden">removed: </span>old' in html


def test_the_new_versions_structure_is_kept_so_it_reads_as_on_the_site():
    old = "<h2>Side effects</h2><ul><li>Tiredness</li></ul>"
    new = "<h2>Side effects</h2><ul><li>Tiredness</li><li>Feeling sick</li></ul><p>Ask your <strong>nurse</strong>.</p>"
    html = diff_html(old, new)
    assert "<h2>Side effects</h2>" in html
    assert '<li><ins class="diff-added"><span class="visually-hidden">added: </span>Feeling sick</ins></li>' in html
    assert "<strong>" in html and "<p>" in html
    assert added(html) == ["Feeling sick", "Ask your", "nurse", "."]


def test_a_removed_list_item_is_shown_struck_through_in_its_place():
    html = diff_html("<ul><li>Tiredness</li><li>Rash</li></ul>", "<ul><li>Tiredness</li></ul>")
    assert html == (
        '<ul><li>Tiredness</li><li><del class="diff-removed"><span class="visually-hidden">removed: </span>'
        "Rash</del></li></ul>"
    )


def test_a_new_link_address_is_named_even_when_its_words_stay_the_same():
    html = diff_html(
        '<p>See <a href="https://old.example/guide">the guide</a>.</p>',
        '<p>See <a href="https://new.example/guide">the guide</a>.</p>',
    )
    assert removed(html) == ["(link went to https://old.example/guide)"]
    assert added(html) == ["(link now goes to https://new.example/guide)"]
    assert 'href="https://new.example/guide"' in html


def test_an_unchanged_link_shows_no_address():
    html = diff_html('<p><a href="https://a.example">A</a> b</p>', '<p><a href="https://a.example">A</a> c</p>')
    assert "a.example)" not in html
    assert added(html) == ["c"] and removed(html) == ["b"]


def test_identical_text_has_no_marks():
    body = "<h2>How it works</h2><p>Surgery removes the tumour &amp; nearby lymph nodes.</p>"
    assert diff_html(body, body) == render_html(body) == body


def test_punctuation_and_entities_survive():
    html = diff_html("<p>Fish &amp; chips, please.</p>", "<p>Fish &amp; peas, please!</p>")
    assert "Fish &amp; " in html
    assert added(html) == ["peas", "!"] and removed(html) == ["chips", "."]


def test_plain_text_is_escaped_never_read_as_markup():
    html = diff_text("Surgery", 'Surgery <img src=x onerror="alert(1)"> <b>now</b>')
    assert "<img" not in html and "<b>" not in html
    assert "&lt;" in html and "now" in html


def test_unsafe_markup_never_reaches_the_page_even_in_rich_text():
    html = diff_html("<p>x</p>", '<p onclick="steal()">x</p><script>alert(1)</script><p style="color:red">y</p>')
    assert "onclick" not in html and "<script" not in html and "alert" not in html and "style=" not in html
    assert added(html) == ["y"]


def test_javascript_links_are_dropped():
    html = diff_html("", '<p><a href="javascript:alert(1)">click</a></p>')
    assert "javascript:" not in html


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<p>a b</p><p>c d</p>", "<p>a b c d</p>"),  # two paragraphs made one
        ("<p>a b c d</p>", "<p>a b</p><p>c d</p>"),  # one split in two
        ("<p><strong>a</strong> b</p>", "<p>a <em>b</em></p>"),  # emphasis moved
        ("<ol><li>a</li></ol>", "<p>a</p><table><tr><td>b</td></tr></table>"),
    ],
)
def test_changed_structure_still_gives_well_formed_html_with_every_word(old, new):
    html = diff_html(old, new)
    assert html.count("<") == html.count(">")
    for word in re.findall(r"\w+", re.sub(r"<[^>]+>", " ", new)):
        assert word in re.sub(r"<[^>]+>", " ", html)


def test_words_are_tokens_with_apostrophes_and_hyphens_kept_inside():
    words = [token.text for token in tokenise("<p>Don't stop well-being, now.</p>") if token.kind == "word"]
    assert words == ["Don't", "stop", "well-being", ",", "now", "."]
