// The SPARQL editor: CodeMirror 6 with the SPARQL mode of @codemirror/legacy-modes, and
// completion of our prefixes, of the ontology's classes and properties, and of entity keys
// (type a quote: "BF… offers "BFA" — Burkina Faso).
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { StreamLanguage } from '@codemirror/language';
import { sparql } from '@codemirror/legacy-modes/mode/sparql';
import { autocompletion } from '@codemirror/autocomplete';
import prefixes from './prefixes.json';

export const PREFIX_BLOCK = Object.entries(prefixes)
  .filter(([p]) => ['dkg', 'skos', 'rdfs', 'dcterms', 'oa', 'org'].includes(p))
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join('\n');

const KEYWORDS = ['SELECT', 'DISTINCT', 'WHERE', 'GRAPH', 'OPTIONAL', 'FILTER', 'UNION', 'VALUES', 'BIND', 'GROUP BY',
  'ORDER BY', 'LIMIT', 'OFFSET', 'COUNT', 'SAMPLE', 'STR', 'LANG', 'CONTAINS', 'STRSTARTS', 'ASK', 'CONSTRUCT', 'DESCRIBE'];

function completions(getIndex, getLang) {
  return (context) => {
    const word = context.matchBefore(/"[\w-]*|[A-Za-z_][\w-]*:?[\w-]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const index = getIndex();
    const options = [];
    if (word.text.startsWith('"')) {
      for (const e of index?.list ?? []) {
        options.push({ label: `"${e.key}"`, detail: `${getLang() === 'en' ? e.en : e.fr} · ${e.kind}`, type: 'constant' });
      }
      return { from: word.from, options, validFor: /^"[\w-]*$/ };
    }
    for (const [p, ns] of Object.entries(prefixes)) {
      options.push({ label: `${p}:`, detail: ns, type: 'namespace', boost: 1 });
      options.push({ label: `PREFIX ${p}:`, apply: `PREFIX ${p}: <${ns}>`, detail: ns, type: 'namespace' });
    }
    for (const term of index?.terms ?? []) {
      options.push({ label: term.name, detail: term.label, type: term.kind === 'Class' ? 'class' : 'property', boost: 2 });
    }
    for (const k of KEYWORDS) options.push({ label: k, type: 'keyword' });
    return { from: word.from, options, validFor: /^[\w-]*:?[\w-]*$/ };
  };
}

/** Mounts the editor in parent; run() is bound to Ctrl/Cmd-Enter. */
export function createEditor(parent, { doc, run, getIndex, getLang, label }) {
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      keymap.of([{ key: 'Mod-Enter', run: () => { run(); return true; } }]),
      basicSetup,
      StreamLanguage.define(sparql),
      autocompletion({ override: [completions(getIndex, getLang)] }),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.lineWrapping,
    ],
  });
  return {
    get text() { return view.state.doc.toString(); },
    set text(value) { view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } }); },
    view,
  };
}
