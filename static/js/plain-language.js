/* Keeps the plain-language check beside each rich-text field up to date as the editor types.
 * The same figures come from the server when the page loads and after saving (plainlanguage/report.py),
 * so without JavaScript the check still shows, as of the last save.
 */
(function () {
  "use strict";

  var WORD = /[^\W_]+/gu;

  // Stems are prefixes of their words in nearly every case ('metastas' in 'metastases'), so matching a
  // word's start against the server's Snowball stems finds the same word forms without a stemmer here.
  function findJargon(text, terms) {
    var words = (text.replace(/['\u2019]/g, "").match(WORD) || []).map(function (word) { return word.toLowerCase(); });
    return terms.filter(function (term) {
      var stems = term.stems;
      if (!stems.length) return false;
      for (var start = 0; start + stems.length <= words.length; start++) {
        var all = true;
        for (var i = 0; i < stems.length && all; i++) all = words[start + i].indexOf(stems[i]) === 0;
        if (all) return true;
      }
      return false;
    });
  }

  function listItems(list, items, empty) {
    list.replaceChildren();
    (items.length ? items : [empty]).forEach(function (item) {
      var element = document.createElement("li");
      if (typeof item === "string") {
        element.textContent = item;
      } else {
        element.append(item);
      }
      list.append(element);
    });
  }

  function update(panel, textarea, terms) {
    var text = NetsReadability.plainText(textarea.value);
    var figures = NetsReadability.measureText(text);
    var targetMax = Number(panel.dataset.targetMax);
    var part = function (name) { return panel.querySelector('[data-plain-language="' + name + '"]'); };
    part("words").textContent = String(figures.words);
    part("reading-age").textContent = figures.readingAge === null ? "none yet" : figures.readingAge.toFixed(1);
    var verdict = part("verdict");
    var above = figures.readingAge !== null && figures.readingAge > targetMax;
    verdict.textContent = figures.readingAge === null ? "" : above
      ? "(above the target: use shorter sentences and words)" : "(within the target)";
    verdict.classList.toggle("plain-language__verdict--above", above);
    listItems(part("sentences"), NetsReadability.longestSentences(text, 3).map(function (sentence) {
      return sentence.words + " words: " + sentence.text;
    }), "None yet.");
    listItems(part("jargon"), findJargon(text, terms).map(function (term) {
      var fragment = document.createDocumentFragment();
      var strong = document.createElement("strong");
      strong.textContent = term.term;
      fragment.append(strong, ": " + term.plain);
      return fragment;
    }), "None found.");
  }

  function start() {
    document.querySelectorAll("[data-plain-language-for]").forEach(function (panel) {
      var textarea = document.getElementById(panel.dataset.plainLanguageFor);
      var data = document.getElementById(panel.dataset.plainLanguageFor + "-jargon");
      if (!textarea || !data) return;
      var terms = JSON.parse(data.textContent);
      var timer = null;
      textarea.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { update(panel, textarea, terms); }, 200);
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
