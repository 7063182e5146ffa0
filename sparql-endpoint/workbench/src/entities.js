// What the workbench knows of the store's entities and vocabulary, asked once from the public
// endpoint: every key (skos:notation) with its IRI, kind, names in French and English and, for
// States, the M49 code the world map is keyed by; and the ontology's classes and properties.
import { select } from './sparql.js';

const ENTITIES = `PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?e ?key ?type (SAMPLE(?fr) AS ?labelFr) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?any) AS ?label)
       (SAMPLE(?code) AS ?m49) (SAMPLE(?symbol) AS ?sym) WHERE {
  GRAPH ?g { ?e skos:notation ?key ; a ?type .
    VALUES ?type { dkg:State dkg:Organisation dkg:Instrument dkg:Event dkg:Group dkg:Document } }
  OPTIONAL { GRAPH ?l1 { ?e rdfs:label ?fr FILTER(LANG(?fr) = "fr") } }
  OPTIONAL { GRAPH ?l2 { ?e rdfs:label ?en FILTER(LANG(?en) = "en") } }
  OPTIONAL { GRAPH ?l3 { ?e rdfs:label|dcterms:title ?any } }
  OPTIONAL { GRAPH ?l4 { ?e dkg:m49 ?code } }
  OPTIONAL { GRAPH ?l5 { ?e dkg:symbol ?symbol } }
} GROUP BY ?e ?key ?type`;

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
    const byKey = new Map();
    for (const row of entities.rows) {
      const key = value(row.key);
      const entity = {
        iri: value(row.e), key, kind: local(value(row.type)),
        fr: value(row.labelFr) || value(row.label) || value(row.sym) || key,
        en: value(row.labelEn) || value(row.label) || value(row.sym) || key,
        m49: value(row.m49),
      };
      if (entity.kind === 'Document') { entity.fr = entity.en = value(row.sym) || entity.fr; }
      if (!byKey.has(key) || entity.kind === 'State') byKey.set(key, entity);
    }
    const list = [...byKey.values()];
    const byIri = new Map(list.map((e) => [e.iri, e]));
    const termList = terms.rows.map((r) => ({ name: `dkg:${local(value(r.term))}`, kind: local(value(r.type)), label: value(r.label) }));
    return { byKey, byIri, list, terms: termList };
  });
  return cache;
}

/** The local address of a dkg IRI: https://w3id.org/dkg/id/x is served at /id/x. */
export function href(iri) {
  return iri.startsWith('https://w3id.org/dkg/') ? iri.slice('https://w3id.org/dkg'.length) : iri;
}

export function nameOf(entity, lang) {
  return lang === 'en' ? entity.en : entity.fr;
}
