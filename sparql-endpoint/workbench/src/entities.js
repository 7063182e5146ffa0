// What the workbench knows of the store's entities and vocabulary, asked once from the public
// endpoint: every key (skos:notation) with its IRI, kind, names in French and English and, for
// States, the M49 code the world map is keyed by; and the ontology's classes and properties.
import { select } from './sparql.js';

// One pass over each graph's entities, grouped here (a GROUP BY with OPTIONALs across graphs
// costs the server several times more).
const ENTITIES = `PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?e ?key ?type ?label ?m49 ?symbol WHERE {
  GRAPH ?g {
    ?e skos:notation ?key ; a ?type .
    VALUES ?type { dkg:State dkg:Organisation dkg:Instrument dkg:Event dkg:Group dkg:Document }
    OPTIONAL { ?e rdfs:label|dcterms:title ?label }
    OPTIONAL { ?e dkg:m49 ?m49 }
    OPTIONAL { ?e dkg:symbol ?symbol }
  }
}`;

const TERMS = `PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?term ?type (SAMPLE(?l) AS ?label) WHERE {
  GRAPH <https://w3id.org/dkg/graph/ontology> {
    ?term a ?type . VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty }
    OPTIONAL { ?term rdfs:label ?l FILTER(LANG(?l) = "en") }
    FILTER(STRSTARTS(STR(?term), "https://w3id.org/dkg/ontology#"))
  }
} GROUP BY ?term ?type`;

const value = (term) => term?.value;
const local = (iri) => iri.replace(/^.*[#/]/, '');

let cache;

/** {byKey: Map(key → entity), byIri: Map(iri → entity), list: [entity], terms: [{name, kind, label}]}; entity = {iri, key, kind, fr, en, m49}. */
export function loadIndex() {
  cache ??= Promise.all([select(ENTITIES), select(TERMS)]).then(([entities, terms]) => {
    const byIri = new Map();
    for (const row of entities.rows) {
      const iri = value(row.e);
      const entity = byIri.get(iri) ?? { iri, key: value(row.key), kind: local(value(row.type)) };
      if (entity.kind !== 'State' && local(value(row.type)) === 'State') entity.kind = 'State';
      const lang = row.label?.['xml:lang'];
      if (row.label) {
        if (lang === 'fr') entity.fr = row.label.value;
        else if (lang === 'en') entity.en = row.label.value;
        else entity.any ??= row.label.value;
      }
      entity.m49 ??= value(row.m49);
      entity.symbol ??= value(row.symbol);
      byIri.set(iri, entity);
    }
    const byKey = new Map();
    for (const e of byIri.values()) {
      const fallback = e.kind === 'Document' ? e.symbol ?? e.any ?? e.key : e.any ?? e.key;
      e.fr ??= e.en ?? fallback;
      e.en ??= e.fr ?? fallback;
      if (e.kind === 'Document' && e.symbol) { e.fr = e.symbol; e.en = e.symbol; }
      if (!byKey.has(e.key) || e.kind === 'State') byKey.set(e.key, e);
    }
    const list = [...byKey.values()];
    const termList = terms.rows.map((r) => ({ name: `dkg:${local(value(r.term))}`, kind: local(value(r.type)), label: value(r.label) }));
    return { byKey, byIri, list, terms: termList };
  });
  // A failed load (a busy or slow server) is tried again next time, not remembered.
  cache.catch(() => { cache = undefined; });
  return cache;
}

/** The local address of a dkg IRI: https://w3id.org/dkg/id/x is served at /id/x. */
export function href(iri) {
  return iri.startsWith('https://w3id.org/dkg/') ? iri.slice('https://w3id.org/dkg'.length) : iri;
}

export function nameOf(entity, lang) {
  return lang === 'en' ? entity.en : entity.fr;
}
