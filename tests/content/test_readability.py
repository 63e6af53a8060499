from content.readability import measure, plain_text


def test_blocks_become_sentences_and_entities_are_text():
    html = "<h2>What it is</h2><p>Surgery removes the tumour &amp; nearby lymph nodes.</p><ul><li>a scar</li></ul>"
    assert plain_text(html) == "What it is.\nSurgery removes the tumour & nearby lymph nodes.\na scar."


def test_long_words_and_sentences_raise_the_reading_age():
    plain = measure("<p>You may feel sick. Tell your nurse. They can help.</p>")
    hard = measure(
        "<p>Somatostatin analogues inhibit hormonal hypersecretion, ameliorating symptomatology associated with "
        "functioning neuroendocrine neoplasms, and may additionally demonstrate antiproliferative activity.</p>"
    )
    assert plain.words == 10
    assert plain.reading_age < 9 < 16 < hard.reading_age


def test_empty_text_has_no_reading_age():
    assert measure("<p> </p>").reading_age is None
