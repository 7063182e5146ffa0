// The results table: sortable by any column (click its header), entity keys shown as names
// linking to their pages. Every value is put on the page as text, never as markup.
import { entityOf } from '../columns.js';
import { href, nameOf } from '../entities.js';
import { t, getLang } from '../i18n.js';

function cell(term, index) {
  const td = document.createElement('td');
  if (!term) return td;
  const entity = entityOf(term, index);
  if (entity) {
    const a = document.createElement('a');
    a.href = href(entity.iri);
    a.textContent = nameOf(entity, getLang());
    a.title = entity.key;
    td.append(a);
  } else if (term.type === 'uri') {
    const a = document.createElement('a');
    a.href = href(term.value);
    a.textContent = term.value.startsWith('https://w3id.org/dkg/') ? term.value.replace(/^.*\/(id|code)\//, '') : term.value;
    td.append(a);
  } else {
    td.textContent = term.value;
  }
  return td;
}

function compare(a, b) {
  const x = a?.value ?? '';
  const y = b?.value ?? '';
  const nx = Number(x);
  const ny = Number(y);
  if (x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
  return x.localeCompare(y, getLang());
}

export function renderTable(container, result, index) {
  if (result.rows.length === 0) {
    const p = document.createElement('p');
    p.textContent = t('noRows');
    container.replaceChildren(p);
    return;
  }
  let sortColumn = null;
  let ascending = true;
  const table = document.createElement('table');
  table.className = 'results';
  const thead = table.createTHead();
  const head = thead.insertRow();
  const tbody = table.createTBody();
  const fill = () => {
    const rows = sortColumn ? [...result.rows].sort((a, b) => (ascending ? 1 : -1) * compare(a[sortColumn], b[sortColumn])) : result.rows;
    tbody.replaceChildren(...rows.map((row) => {
      const tr = document.createElement('tr');
      for (const v of result.vars) tr.append(cell(row[v], index));
      return tr;
    }));
  };
  for (const v of result.vars) {
    const th = document.createElement('th');
    th.scope = 'col';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = v;
    button.title = t('sortBy', { column: v });
    button.addEventListener('click', () => {
      ascending = sortColumn === v ? !ascending : true;
      sortColumn = v;
      head.querySelectorAll('th').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      fill();
    });
    th.append(button);
    head.append(th);
  }
  fill();
  const wrapper = document.createElement('div');
  wrapper.className = 'table-wrapper';
  wrapper.append(table);
  container.replaceChildren(wrapper);
}
