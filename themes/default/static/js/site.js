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

// "Search before you post": similar threads of the cohort while the title is typed.
document.addEventListener('DOMContentLoaded', () => {
  const title = document.querySelector('input[data-similar]');
  const box = document.getElementById('similar');
  if (!title || !box) return;
  const list = box.querySelector('ul');
  let timer;
  title.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const response = await fetch(title.dataset.similar + '?title=' + encodeURIComponent(title.value),
        { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const items = (await response.json()).items;
      list.replaceChildren(...items.map((item) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '/threads/' + item.id;
        a.textContent = item.title; // text, never HTML
        li.append(a);
        return li;
      }));
      box.hidden = items.length === 0;
    }, 300);
  });
});

// @mention autocomplete: members of the cohort, inserted as @username.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('textarea[data-mention]').forEach((area) => {
    const list = document.getElementById(area.id + '-mentions');
    if (!list) return;
    let timer;
    const close = () => { list.hidden = true; list.replaceChildren(); };
    area.addEventListener('input', () => {
      clearTimeout(timer);
      const before = area.value.slice(0, area.selectionStart);
      const match = /(^|\s)@([\w.-]{1,40})$/.exec(before);
      if (!match) { close(); return; }
      timer = setTimeout(async () => {
        const response = await fetch(area.dataset.mention + '?q=' + encodeURIComponent(match[2]),
          { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!response.ok) { close(); return; }
        const people = (await response.json()).items;
        list.replaceChildren(...people.map((person) => {
          const li = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = person.displayName + ' (@' + person.username + ')';
          button.addEventListener('click', () => {
            const start = area.selectionStart - match[2].length;
            area.setRangeText(person.username + ' ', start, area.selectionStart, 'end');
            area.focus();
            close();
          });
          li.append(button);
          return li;
        }));
        list.hidden = people.length === 0;
      }, 200);
    });
    area.addEventListener('keydown', (event) => { if (event.key === 'Escape') close(); });
  });
});

// Quote a selection: select text in a post, press "Quote selection", and it lands in the reply box
// as a Markdown quote with the author's name.
document.addEventListener('DOMContentLoaded', () => {
  const editor = document.querySelector('form[action$="/posts"] textarea[name="body"]');
  if (!editor) return;
  document.querySelectorAll('.post').forEach((post) => {
    const button = post.querySelector('button[data-quote]');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      const selection = window.getSelection();
      const body = post.querySelector('.post-body');
      let text = selection && body && body.contains(selection.anchorNode) ? selection.toString().trim() : '';
      if (!text && body) text = body.innerText.trim();
      if (!text) return;
      const quoted = text.split('\n').map((line) => '> ' + line).join('\n');
      const author = button.dataset.quote;
      editor.value = (editor.value ? editor.value + '\n\n' : '') + author + ' wrote:\n' + quoted + '\n\n';
      editor.focus();
      editor.dispatchEvent(new Event('input'));
    });
  });
});

// Search box autocomplete: titles of items the reader may see, offered through the shared <datalist>.
document.addEventListener('DOMContentLoaded', () => {
  const list = document.getElementById('search-suggestions');
  if (!list) return;
  document.querySelectorAll('input[data-autocomplete]').forEach((input) => {
    let timer = null;
    let last = '';
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const typed = input.value.trim();
        if (typed.length < 2 || typed === last) return;
        last = typed;
        try {
          const response = await fetch(input.dataset.autocomplete + '?q=' + encodeURIComponent(typed),
            { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
          if (!response.ok) return;
          const titles = await response.json();
          list.replaceChildren(...titles.map((item) => {
            const option = document.createElement('option');
            option.value = item.title;
            return option;
          }));
        } catch (e) {
          // autocomplete is a convenience: typing and submitting still works without it
        }
      }, 150);
    });
  });
});
