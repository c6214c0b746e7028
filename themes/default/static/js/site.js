// Commonplace: small progressive enhancements. Pages work without this file.
// (Loaded as an external script: the Content-Security-Policy forbids inline script.)
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to a form's error summary so that screen-reader users hear it first.
  const summary = document.querySelector('[data-focus]');
  if (summary) summary.focus();

  // Live Markdown preview: the server renders it exactly as the saved post will be rendered
  // (same CommonMark settings, same sanitiser), so what you see is what others will see.
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content;
  document.querySelectorAll('textarea[data-preview]').forEach((area) => {
    const target = document.getElementById(area.dataset.preview);
    if (!target) return;
    let timer;
    const render = async () => {
      const response = await fetch('/api/v1/markdown/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf || '' },
        body: JSON.stringify({ body: area.value }),
        credentials: 'same-origin',
      });
      if (response.ok) target.innerHTML = (await response.json()).bodyHtml;
    };
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(render, 300);
    });
    if (area.value) render();
  });
});
