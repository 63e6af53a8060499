// The export page's 'Select all' box ticks or clears every field, in place of django-import-export's
// inline onchange handler, which the site's Content Security Policy blocks.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.getElementById("select-all-toggle");
  if (!toggle) return;
  const fieldBoxes = () => document.querySelectorAll('.selectable-field-export-row input[type="checkbox"]');
  toggle.addEventListener("change", () => {
    fieldBoxes().forEach((box) => {
      box.checked = toggle.checked;
    });
  });
  // Ticked only while every field is: clearing one field clears 'Select all' too.
  document.addEventListener("change", (event) => {
    if (event.target !== toggle && event.target.closest(".selectable-field-export-row")) {
      toggle.checked = Array.from(fieldBoxes()).every((box) => box.checked);
    }
  });
});
