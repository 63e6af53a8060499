/* Reading age in the browser, by the formula content/readability.py uses on the server.
 *
 * Flesch-Kincaid grade plus five, with textstat's word and sentence counts. Syllables come from a
 * vowel-group heuristic instead of the CMU dictionary, so figures can differ a little from the server's;
 * tests/plainlanguage/test_browser_formula.py checks they agree within a year on every demo page.
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

  function words(text) {
    return text
      .replace(/[\u2019']/g, "")
      .replace(/[^\p{L}\p{N}\s]/gu, "")
      .split(/\s+/)
      .filter(Boolean);
  }

  function syllables(word) {
    word = word.toLowerCase().replace(/[^a-z]/g, "");
    if (!word) return 0;
    if (word.length <= 3) return 1;
    word = word.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
    var groups = word.match(/[aeiouy]{1,2}/g);
    return Math.max(1, groups ? groups.length : 0);
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

  var api = { plainText: plainText, measureText: measureText, longestSentences: longestSentences, words: words };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
  } else {
    root.NetsReadability = api;
  }
})(this);
