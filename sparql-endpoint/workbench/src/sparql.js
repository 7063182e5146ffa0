// The public SPARQL endpoint, as any client sees it: POST application/x-www-form-urlencoded,
// results as SPARQL JSON. A 503 with Retry-After (too many queries at once) is retried after
// the delay it names; a 503 without it is the server's query timeout.

export const ENDPOINT = '/dkg/sparql';
const MAX_RETRIES = 3;
const CLIENT_TIMEOUT_MS = 120000;

export class QueryTimeout extends Error {}
export class QueryError extends Error {}

/**
 * Runs a SELECT or ASK and returns {vars, rows, ms}; rows are objects of SPARQL JSON terms.
 * onWait(seconds) is told before each retry after a 503 with Retry-After.
 */
export async function select(query, { onWait, signal } = {}) {
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const timeout = AbortSignal.timeout(CLIENT_TIMEOUT_MS);
    let response;
    try {
      response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (e) {
      if (e.name === 'TimeoutError') throw new QueryTimeout('client timeout');
      throw new QueryError(e.message);
    }
    if (response.status === 503) {
      const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
      const body = await response.text();
      if (Number.isFinite(retryAfter) && attempt < MAX_RETRIES) {
        onWait?.(retryAfter);
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
        continue;
      }
      throw Number.isFinite(retryAfter) ? new QueryError(body.trim()) : new QueryTimeout(body.trim());
    }
    if (!response.ok) {
      throw new QueryError((await response.text()).trim() || `HTTP ${response.status}`);
    }
    const json = await response.json();
    const ms = Math.round(performance.now() - started);
    if ('boolean' in json) return { vars: ['boolean'], rows: [{ boolean: { type: 'literal', value: String(json.boolean) } }], ms };
    return { vars: json.head.vars, rows: json.results.bindings, ms };
  }
}

/** The SPARQL string literal for a value typed by a user (quotes and backslashes escaped). */
export function stringLiteral(value) {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

/** An IRI term, refused if it holds characters an IRI cannot. */
export function iriTerm(value) {
  const iri = value.trim().replace(/^<|>$/g, '');
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(iri)) throw new QueryError(`not an IRI: ${value}`);
  return `<${iri}>`;
}

/**
 * A library query with its parameters bound as a trailing VALUES clause (SPARQL 1.1 §10.2.2):
 * values stay data, never query text.
 */
export function bindParameters(text, params, values) {
  const bound = params.filter((p) => values[p.name]);
  if (bound.length === 0) return text;
  const vars = bound.map((p) => `?${p.name}`).join(' ');
  const terms = bound.map((p) => (p.kind === 'iri' ? iriTerm(values[p.name]) : stringLiteral(values[p.name]))).join(' ');
  return `${text.trimEnd()}\nVALUES (${vars}) { (${terms}) }\n`;
}
