// Commonplace: small progressive enhancements. Pages work without this file.
// (Loaded as an external script: the Content-Security-Policy forbids inline script.)
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to a form's error summary so that screen-reader users hear it first.
  const summary = document.querySelector('[data-focus]');
  if (summary) summary.focus();
});
