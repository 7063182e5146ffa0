// What the columns of a result hold, so that each view finds its data in any query's answer:
// entity keys (or dkg IRIs) the index knows, States among them, dates, numbers.

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;
const NUMERIC_TYPES = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger)$/;

/** The index entity a cell stands for, or undefined. */
export function entityOf(term, index) {
  if (!term || !index) return undefined;
  if (term.type === 'uri') return index.byIri.get(term.value);
  return term.type === 'literal' && !term['xml:lang'] ? index.byKey.get(term.value) : undefined;
}

function share(result, column, test) {
  let seen = 0;
  let hits = 0;
  for (const row of result.rows) {
    if (!row[column]) continue;
    seen++;
    if (test(row[column])) hits++;
  }
  return seen === 0 ? 0 : hits / seen;
}

export function entityColumns(result, index) {
  return result.vars.filter((v) => share(result, v, (t) => entityOf(t, index) && entityOf(t, index).kind !== 'Document') >= 0.8);
}

export function stateColumn(result, index) {
  return entityColumns(result, index).find((v) => share(result, v, (t) => entityOf(t, index)?.kind === 'State') >= 0.8);
}

export function dateColumn(result) {
  return result.vars.find((v) => /date|year|start/i.test(v) && share(result, v, (t) => DATE.test(t.value)) >= 0.8)
    ?? result.vars.find((v) => share(result, v, (t) => t.type === 'literal' && /#(date|gYear|gYearMonth|dateTime)$/.test(t.datatype ?? '')) >= 0.8);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A column of numbers: typed as such, or plain literals that all read as numbers (amounts bound with STR()). */
export function numericColumn(result) {
  return result.vars.find((v) => share(result, v, (t) => NUMERIC_TYPES.test(t.datatype ?? '')) >= 0.8)
    ?? result.vars.find((v) => !/date|year|key|id$/i.test(v) && share(result, v, (t) => t.type === 'literal' && NUMBER.test(t.value)) === 1);
}

export function categoryColumn(result, exclude) {
  return result.vars.find((v) => !exclude.includes(v) && /action|relation|kind|type|role/i.test(v));
}
