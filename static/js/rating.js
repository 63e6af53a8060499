// 'Rate this content': send the vote in the background and update the widget in place.
// Without this script the form still works as an ordinary POST with a redirect back.

const FAILED = "Sorry, your rating could not be saved. Please try again in a few minutes.";
const OFFLINE = "Sorry, your rating could not be sent. Please check your internet connection and try again.";
const NO_SCORE = "Please choose a rating from 1 to 5 stars.";

function summaryText({ average, count }) {
  if (!count) return "No ratings yet.";
  return `Rating: ${average.toFixed(1)}/5. From ${count === 1 ? "1 vote" : `${count} votes`}.`;
}

function starsText(score) {
  return score === 1 ? "1 star" : `${score} stars`;
}

async function sendVote(form) {
  const status = form.querySelector("[data-rating-status]");
  const show = (message, isError, spoken = "") => {
    status.textContent = message;
    if (spoken) {
      const extra = document.createElement("span");
      extra.className = "visually-hidden";
      extra.textContent = ` ${spoken}`;
      status.append(extra);
    }
    status.classList.toggle("is-error", isError);
  };
  const body = new FormData(form);
  if (!body.get("score")) {
    show(NO_SCORE, true);
    return;
  }
  // The button stays enabled (disabling it would drop a keyboard user's focus); a second submit while waiting is ignored.
  form.setAttribute("aria-busy", "true");
  show("Please wait...", false);
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const answer = await response.json().catch(() => ({}));
    form.setAttribute("aria-busy", "false");
    if (!response.ok) {
      show(answer.error || FAILED, true);
      return;
    }
    const summary = summaryText(answer);
    form.querySelector("[data-rating-summary]").textContent = summary;
    const yours = form.querySelector("[data-rating-yours]");
    yours.textContent = `Your rating: ${starsText(answer.score)}. You can change it at any time.`;
    yours.hidden = false;
    show("Thank you, your rating has been saved.", false, summary);
  } catch {
    form.setAttribute("aria-busy", "false");
    show(OFFLINE, true);
  }
}

for (const form of document.querySelectorAll("form[data-rating]")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (form.getAttribute("aria-busy") !== "true") sendVote(form);
  });
}
