// Open the FAQ answer that a link points to (e.g. /faqs/#what-is-a-net), on arrival and on later
// in-page links. Without JavaScript the answer is still there: one click on its question opens it.
function openLinkedAnswer() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  const answer = target && target.closest("details");
  if (!answer) return;
  answer.open = true;
  answer.querySelector("summary").focus({ preventScroll: true });
  answer.scrollIntoView();
}

openLinkedAnswer();
window.addEventListener("hashchange", openLinkedAnswer);
