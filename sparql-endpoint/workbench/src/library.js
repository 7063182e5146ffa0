// The query library (/api/queries) as the first thing on the page: each competency question by
// its title, with a small form for its parameters — States, organisations, instruments chosen by
// name with completion (a <datalist> of the store's names), not typed as keys.
import paramKinds from './params.json';
import { t, getLang } from './i18n.js';
import { nameOf } from './entities.js';

export async function loadLibrary() {
  const response = await fetch('/api/queries', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`/api/queries: HTTP ${response.status}`);
  return response.json();
}

/** "Burkina Faso (BFA)", "BFA" or "Burkina Faso" → "BFA"; anything else as typed. */
export function keyOf(typed, index) {
  const value = typed.trim();
  const inParens = /\(([^()]+)\)\s*$/.exec(value);
  if (inParens && index?.byKey.has(inParens[1])) return inParens[1];
  if (index?.byKey.has(value)) return value;
  const lower = value.toLocaleLowerCase();
  const byName = index?.list.find((e) => e.fr.toLocaleLowerCase() === lower || e.en.toLocaleLowerCase() === lower);
  return byName ? byName.key : value;
}

export function fillDatalists(index) {
  for (const list of document.querySelectorAll('datalist[data-kinds]')) {
    const kinds = list.dataset.kinds.split(',');
    const entities = index.list.filter((e) => kinds.includes(e.kind))
      .sort((a, b) => nameOf(a, getLang()).localeCompare(nameOf(b, getLang()), getLang()));
    list.replaceChildren(...entities.map((e) => {
      const option = document.createElement('option');
      option.value = `${nameOf(e, getLang())} (${e.key})`;
      return option;
    }));
  }
}

/** Renders the questions into ul; onRun(question, values) runs one. */
export function renderLibrary(ul, questions, { onRun, initial }) {
  ul.replaceChildren(...questions.map((q) => {
    const li = document.createElement('li');
    li.className = 'question';
    li.dataset.name = q.name;
    const form = document.createElement('form');
    const title = document.createElement('h3');
    title.textContent = q.title;
    title.id = `q-${q.name}`;
    const description = document.createElement('p');
    description.className = 'description';
    description.textContent = q.description;
    form.append(title, description);
    for (const p of q.params) {
      const id = `q-${q.name}-${p.name}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${p.name} (${t(p.required ? 'required' : 'optional')})`;
      const input = document.createElement('input');
      input.id = id;
      input.name = p.name;
      input.required = p.required;
      input.title = p.description;
      input.placeholder = p.description;
      input.autocomplete = 'off';
      const kinds = paramKinds[p.name];
      if (kinds) {
        input.setAttribute('list', `${id}-names`);
        const list = document.createElement('datalist');
        list.id = `${id}-names`;
        list.dataset.kinds = kinds.join(',');
        label.append(list);
      }
      if (initial?.name === q.name && initial.values[p.name]) input.value = initial.values[p.name];
      const field = document.createElement('span');
      field.className = 'field';
      field.append(label, input);
      form.append(field);
    }
    const run = document.createElement('button');
    run.type = 'submit';
    run.textContent = t('run');
    run.setAttribute('aria-label', t('runQuestion', { title: q.title }));
    form.append(run);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const values = Object.fromEntries(q.params.map((p) => [p.name, form.elements[p.name].value]).filter(([, v]) => v.trim()));
      onRun(q, values);
    });
    li.append(form);
    return li;
  }));
}
