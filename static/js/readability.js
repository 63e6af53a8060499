/* Reading age in the browser, by the formula content/readability.py uses on the server.
 *
 * Flesch-Kincaid grade plus five, with the same word and sentence counts. The server takes syllables from
 * the CMU dictionary and guesses only the words it lacks; here every word is guessed, by the same rule
 * (guessSyllables mirrors guess_syllables line by line), so the live figure is an estimate:
 * tests/plainlanguage/test_browser_formula.py checks it is within a year of the server's on every demo text.
 * Runs as a classic script (window.NetsReadability) and under Node for that test (module.exports).
 */
(function (root) {
  "use strict";

  var BLOCK_END = /<\/(p|h[1-6]|li|dt|dd|td|th|caption|blockquote)>|<br\s*\/?>/gi;
  var SENTENCE_END = /[.!?:;]\s*$/;

  function stripTags(html) {
    if (typeof DOMParser !== "undefined") {
      return new DOMParser().parseFromString(html, "text/html").body.textContent || "";
    }
    return html.replace(/<[^>]*>/g, "");
  }

  /* The text a reader reads in `html`, one block per line, each block ending as a sentence. */
  function plainText(html) {
    var text = stripTags((html || "").replace(BLOCK_END, "\n"));
    return text
      .split("\n")
      .map(function (line) { return line.split(/\s+/).filter(Boolean).join(" "); })
      .filter(Boolean)
      .map(function (line) { return SENTENCE_END.test(line) ? line : line + "."; })
      .join("\n");
  }

  var APOSTROPHE = /[\u2019']/g;
  var COMPOUND = /^(some|any|every|no|life|home|care|side|him|her|it|them|my|your|our)(one|body|thing|where|time|way|self|selves)s?$/;
  var SPOKEN_ENDING = /..eas?$|[aeouy]ing$|isms?$|iers?$|iest$|ire[sd]?$/g;
  var SPLIT_VOWELS = /(?<![tscxgln])i[aou]|(?<![qg])u[ao]|(?<![pg])eo|iet|.oe(?!a|s?$)|[aeou]yer/g;
  var VOWEL_GROUP = /[aeiouy]+/g;

  function count(text, pattern) {
    return (text.match(pattern) || []).length;
  }

  /* The words in plain text: a hyphenated word or a contraction is one word. */
  function words(text) {
    return text.split(/\s+/).filter(function (token) {
      return token.replace(APOSTROPHE, "").replace(/[^\p{L}\p{N}\s]|_/gu, "") !== "";
    });
  }

  /* Syllables in a lower-case word, guessed from its vowel groups (content/readability.py guess_syllables). */
  function guessSyllables(word) {
    var match = word.match(COMPOUND);
    if (match) return (match[1] === "every" ? 2 : guessSyllables(match[1])) + guessSyllables(match[2]);
    var extra = count(word, SPOKEN_ENDING);
    word = word.replace(/([gq])ue(s?)$/, "$1$2");
    if (/[bcdfgkptvz](le|re)[sd]?$|(?:[sxzcg]|ch|sh)es$|[td]ed$/.test(word)) {
      // the final e is spoken: table, centre, doses, treated
    } else if (/[^aeiouy]e[ds]$/.test(word)) {
      word = word.slice(0, -2);
    } else if (/[^aeiouy]e$/.test(word)) {
      word = word.slice(0, -1);
    }
    word = word.replace(/([^aeiouy])e(ly|ful|fully|ment|ments|ness|less|ty)$/, "$1$2");
    word = word.replace(/^y/, "");
    extra += count(word, SPLIT_VOWELS) - count(word, /ically$/g);
    return Math.max(1, count(word, VOWEL_GROUP) + extra);
  }

  /* Syllables in one word as written: each part of a hyphenated word counted, a number as one. */
  function syllables(token) {
    var parts = token.replace(APOSTROPHE, "").match(/\p{L}+/gu) || [];
    var total = parts.reduce(function (sum, part) { return sum + guessSyllables(part.toLowerCase()); }, 0);
    return total || 1;
  }

  function sentences(text) {
    return text.match(/\b[^.!?]+[.!?]*/gu) || [];
  }

  function sentenceCount(text) {
    var found = sentences(text);
    var short = found.filter(function (sentence) { return words(sentence).length <= 2; }).length;
    return Math.max(1, found.length - short);
  }

  /* {words, sentences, readingAge} of plain text (readingAge null when there are no words). */
  function measureText(text) {
    var list = words(text);
    if (!list.length) return { words: 0, sentences: 0, readingAge: null };
    var count = sentenceCount(text);
    var syllableTotal = list.reduce(function (sum, word) { return sum + syllables(word); }, 0);
    var grade = 0.39 * (list.length / count) + 11.8 * (syllableTotal / list.length) - 15.59;
    return { words: list.length, sentences: count, readingAge: Math.round((grade + 5) * 10) / 10 };
  }

  /* The longest sentences, longest first, as {text, words}. */
  function longestSentences(text, limit) {
    return sentences(text)
      .map(function (sentence) { return { text: sentence.trim(), words: sentence.trim().split(/\s+/).length }; })
      .sort(function (a, b) { return b.words - a.words; })
      .slice(0, limit || 3);
  }

  var api = {
    plainText: plainText, measureText: measureText, longestSentences: longestSentences, words: words,
    syllables: syllables, guessSyllables: guessSyllables,
  };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
  } else {
    root.NetsReadability = api;
  }
})(this);
