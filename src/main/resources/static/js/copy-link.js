// Copy buttons for links people pass on (fragments/share). Without JavaScript the buttons stay
// hidden and the whole address is on the page to select; with it, a button copies the address
// and says so in a status message that screen readers announce.
document.addEventListener('DOMContentLoaded', () => {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const link = document.getElementById(button.dataset.copy);
    const status = document.getElementById(button.dataset.copy + '-status');
    if (!link || !navigator.clipboard) {
      continue;
    }
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(link.textContent.trim()).then(
        () => { status.textContent = button.dataset.copied; },
        () => { status.textContent = button.dataset.failed; });
    });
  }
});
