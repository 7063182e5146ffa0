// The search box of every page: suggestions from /api/search as one types (names in both
// languages, acronyms, quotes), each leading to its entity's or fact's page.
import { href } from './entities.js';

const DELAY_MS = 150;

/** Wires a <form role=search> holding an <input> and a <ul role=listbox>. */
export function searchBox(form) {
  const input = form.querySelector('input');
  const list = form.querySelector('ul');
  let timer;
  let request = 0;
  let active = -1;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const items = () => [...list.querySelectorAll('li')];
  const highlight = (i) => {
    items().forEach((li, j) => li.setAttribute('aria-selected', String(i === j)));
    active = i;
    if (i >= 0) input.setAttribute('aria-activedescendant', items()[i].id);
  };

  async function suggest() {
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    const mine = ++request;
    const response = await fetch(`/api/search?q=${encodeURIComponent(q)}&limit=10`, { headers: { Accept: 'application/json' } });
    if (mine !== request || !response.ok) return;
    const hits = await response.json();
    list.replaceChildren(...hits.map((hit, i) => {
      const li = document.createElement('li');
      li.id = `suggestion-${i}`;
      li.setAttribute('role', 'option');
      const a = document.createElement('a');
      a.href = href(hit.entity);
      const label = document.createElement('span');
      label.textContent = hit.label;
      const kind = document.createElement('small');
      kind.textContent = hit.document ? ` · ${hit.kind ?? ''} (citation)` : ` · ${hit.kind ?? ''}${hit.key ? ' ' + hit.key : ''}`;
      a.append(label, kind);
      li.append(a);
      return li;
    }));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    active = -1;
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, DELAY_MS); });
  input.addEventListener('keydown', (e) => {
    const n = items().length;
    if (e.key === 'ArrowDown' && n) { e.preventDefault(); highlight((active + 1) % n); }
    else if (e.key === 'ArrowUp' && n) { e.preventDefault(); highlight((active - 1 + n) % n); }
    else if (e.key === 'Escape') close();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (active < 0) { clearTimeout(timer); await suggest(); active = 0; }
    const link = items()[active]?.querySelector('a');
    if (link) location.href = link.href;
  });
  document.addEventListener('click', (e) => { if (!form.contains(e.target)) close(); });
}
