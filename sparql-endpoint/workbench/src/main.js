// The workbench at /: the query library, the SPARQL editor, the results and their views, a
// shareable address (#lib=NAME&PARAM=VALUE&view=VIEW, or #query=TEXT&view=VIEW) that reopens
// the same query and view. It calls only the public read endpoints.
import { t, translate, languageSwitch, getLang } from './i18n.js';
import { select, bindParameters, QueryTimeout } from './sparql.js';
import { loadIndex } from './entities.js';
import { createEditor, PREFIX_BLOCK } from './editor.js';
import { loadLibrary, renderLibrary, fillDatalists, keyOf } from './library.js';
import { renderTable } from './views/table.js';
import { searchBox } from './search.js';

const VIEWS = ['table', 'graph', 'map', 'timeline'];
const EXAMPLE = `${PREFIX_BLOCK}

# Who replied to which report, and when?
SELECT ?respondent ?docId ?date WHERE {
  GRAPH ?g {
    ?reply a dkg:Reply ; dkg:respondent/skos:notation ?respondent ;
           dkg:document/skos:notation ?docId ; <http://purl.org/dc/terms/date> ?date .
  }
} ORDER BY ?date`;

const state = { result: null, view: 'table', index: null, questions: [], stop: null, share: {} };
const $ = (id) => document.getElementById(id);

function message(text, kind = 'info') {
  const box = $('message');
  box.textContent = text;
  box.dataset.kind = kind;
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const view = VIEWS.includes(params.get('view')) ? params.get('view') : 'table';
  const values = {};
  for (const [k, v] of params) if (!['lib', 'query', 'view'].includes(k)) values[k] = v;
  return { lib: params.get('lib'), query: params.get('query'), view, values };
}

function writeHash() {
  const params = new URLSearchParams();
  if (state.share.lib) {
    params.set('lib', state.share.lib);
    for (const [k, v] of Object.entries(state.share.values ?? {})) params.set(k, v);
  } else if (state.share.query) {
    params.set('query', state.share.query);
  }
  params.set('view', state.view);
  history.replaceState(null, '', `#${params}`);
}

async function showView(view) {
  state.view = view;
  state.stop?.();
  state.stop = null;
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  writeHash();
  const container = $('view');
  container.setAttribute('aria-labelledby', `tab-${view}`);
  if (!state.result) return;
  container.dataset.view = view;
  if (view === 'table') renderTable(container, state.result, state.index);
  if (view === 'graph') state.stop = (await import('./views/graph.js')).renderGraph(container, state.result, state.index);
  if (view === 'map') await (await import('./views/map.js')).renderMap(container, state.result, state.index);
  if (view === 'timeline') (await import('./views/timeline.js')).renderTimeline(container, state.result, state.index);
  container.dataset.rendered = view;
}

function downloads(result) {
  const csvCell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = [result.vars.join(','), ...result.rows.map((r) => result.vars.map((v) => csvCell(r[v]?.value ?? '')).join(','))].join('\r\n');
  const json = JSON.stringify({ head: { vars: result.vars }, results: { bindings: result.rows } }, null, 1);
  for (const [id, body, type] of [['download-csv', csv, 'text/csv'], ['download-json', json, 'application/sparql-results+json']]) {
    const link = $(id);
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([body], { type }));
    link.hidden = false;
  }
}

async function run(text, share) {
  state.share = share;
  $('run').disabled = true;
  $('results').setAttribute('aria-busy', 'true');
  message(t('running'));
  try {
    const [result, index] = await Promise.all([
      select(text, { onWait: (s) => message(t('busy', { s }), 'warning') }),
      loadIndex().catch(() => null),
    ]);
    state.result = result;
    state.index = index;
    message(t('rows', { n: result.rows.length, ms: result.ms }));
    downloads(result);
    await showView(state.view);
  } catch (e) {
    message(e instanceof QueryTimeout ? t('timeout') : t('error', { message: e.message }), 'error');
  } finally {
    $('run').disabled = false;
    $('results').removeAttribute('aria-busy');
    writeHash();
  }
}

function runQuestion(question, typed, editor) {
  const values = {};
  for (const [name, value] of Object.entries(typed)) values[name] = question.params.find((p) => p.name === name)?.kind === 'iri' ? value.trim() : keyOf(value, state.index);
  let text;
  try {
    text = bindParameters(question.text, question.params, values);
  } catch (e) {
    message(t('error', { message: e.message }), 'error');
    return;
  }
  editor.text = text;
  return run(text, { lib: question.name, values });
}

async function start() {
  translate();
  searchBox($('search-form'));
  const initial = readHash();
  state.view = initial.view;
  const editor = createEditor($('editor'), {
    doc: initial.query ?? EXAMPLE,
    run: () => run(editor.text, { query: editor.text }),
    getIndex: () => state.index,
    getLang,
    label: t('editorLabel'),
  });
  $('run').addEventListener('click', () => run(editor.text, { query: editor.text }));
  for (const tab of document.querySelectorAll('[role=tab]')) {
    tab.addEventListener('click', () => showView(tab.dataset.view));
    tab.addEventListener('keydown', (e) => {
      const i = VIEWS.indexOf(tab.dataset.view);
      const next = e.key === 'ArrowRight' ? VIEWS[(i + 1) % 4] : e.key === 'ArrowLeft' ? VIEWS[(i + 3) % 4] : null;
      if (next) { showView(next); document.querySelector(`[data-view=${next}]`).focus(); }
    });
  }
  $('share').addEventListener('click', async () => {
    writeHash();
    try { await navigator.clipboard.writeText(location.href); } catch { /* the address bar holds it */ }
    message(t('shared'));
  });
  const render = () => renderLibrary($('questions'), state.questions, { onRun: (q, v) => runQuestion(q, v, editor), initial });
  languageSwitch($('lang'), () => {
    render();
    if (state.index) fillDatalists(state.index);
    if (state.result) showView(state.view);
  });
  try {
    state.questions = await loadLibrary();
    render();
  } catch (e) {
    message(t('error', { message: e.message }), 'error');
  }
  document.body.dataset.ready = 'true';
  performance.mark('dkg-usable');
  loadIndex().then((index) => { state.index = index; fillDatalists(index); }).catch(() => {});
  const reopen = async (shared) => {
    state.view = shared.view;
    const question = state.questions.find((q) => q.name === shared.lib);
    if (question) {
      await runQuestion(question, shared.values, editor);
    } else if (shared.query) {
      editor.text = shared.query;
      await run(shared.query, { query: shared.query });
    }
  };
  // A shared address pasted into this tab changes only the hash: reopen what it names.
  window.addEventListener('hashchange', () => reopen(readHash()));
  await reopen(initial);
}

start();
