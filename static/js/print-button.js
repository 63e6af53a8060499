// "Print this page": shown only when JavaScript runs (without it, the browser's own print does the same,
// with the same print stylesheet). Loaded as a module from this file only (no inline script).
for (const area of document.querySelectorAll("[data-print-button]")) {
  area.hidden = false;
  area.querySelector("button").addEventListener("click", () => window.print());
}
