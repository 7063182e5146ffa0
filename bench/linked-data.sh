#!/usr/bin/env bash
# Linked-data benchmark: serves the bundled corpus from a fresh store and times, with curl, what
# crawlers, catalogues and caching clients ask for — an entity's RDF with its facts and evidence
# (the EU, one of the entities with the most facts in the corpus), pages, VoID (first computation, then kept), a 304
# revalidation, and a query over the union default graph against the same query with GRAPH ?g.
# Prints a Markdown report (median and 90th percentile of N runs each) and writes it to
# bench/results/DATE-linked-data.md.
#
#   bench/linked-data.sh            N=30
#   N=100 bench/linked-data.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
N="${N:-30}"
jar=sparql-endpoint/target/dkg.jar
[[ -f "$jar" ]] || ./mvnw -q -B -ntp -DskipTests package -pl sparql-endpoint -am >&2
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://localhost:$port"
java -Xmx1g -jar "$jar" serve --db "$work/tdb2" --port "$port" --load corpus > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  curl -sf "$base/health" > /dev/null 2>&1 && break
  sleep 1
done
curl -sf "$base/health" > /dev/null || { echo "server did not start:"; cat "$work/server.log"; exit 1; }

# time_ms URL ACCEPT [extra curl args]: N timings in ms, one a line
time_ms() {
  local url="$1" accept="$2"; shift 2
  for _ in $(seq 1 "$N"); do
    curl -s -o /dev/null -H "Accept: $accept" "$@" -w '%{time_total}\n' "$url"
  done | awk '{ printf "%.1f\n", $1 * 1000 }'
}
stats() { sort -n | awk '{ a[NR] = $1 } END { printf "%s | %s", a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)] }'; }
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

eu_triples=$(curl -s -H 'Accept: application/n-triples' "$base/id/org/EU" | grep -c ' \.$' || true)
eu_bytes=$(curl -s -H 'Accept: text/turtle' "$base/id/org/EU" | wc -c)
void_first=$(curl -s -o /dev/null -w '%{time_total}' -H 'Accept: text/turtle' "$base/void" | awk '{ printf "%.1f", $1 * 1000 }')
etag=$(curl -s -D - -o /dev/null -H 'Accept: text/turtle' "$base/void" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
union_q=$(enc 'SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/dkg/ontology#Mention> }')
graph_q=$(enc 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/dkg/ontology#Mention> } }')
scan_q=$(enc 'SELECT * WHERE { ?s ?p ?o } LIMIT 10')

report="$(cat <<MD
# Linked data on the corpus — $(date -u +%Y-%m-%d)

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg)
at the start, shared with other builds; read the figures as orders of magnitude. $N requests each, one
client, curl over loopback; times in ms, from request to last byte.

The EU's RDF: $eu_triples triples ($eu_bytes bytes of Turtle): its own triples, the triples pointing
at it and each fact it takes part in with its evidence (at most 500 facts).

| request | median | p90 |
|---|---|---|
| \`/id/org/EU\` Turtle (its facts with their evidence) | $(time_ms "$base/id/org/EU" text/turtle | stats) |
| \`/id/state/ESP\` Turtle | $(time_ms "$base/id/state/ESP" text/turtle | stats) |
| \`/id/state/ESP\` HTML | $(time_ms "$base/id/state/ESP" text/html | stats) |
| \`/graph/reference\` Turtle | $(time_ms "$base/graph/reference" text/turtle | stats) |
| \`/void\` first request (one pass over every quad) | $void_first | – |
| \`/void\` afterwards (kept until the store changes) | $(time_ms "$base/void" text/turtle | stats) |
| \`/void\` revalidation, \`If-None-Match\` → 304 | $(time_ms "$base/void" text/turtle -H "If-None-Match: $etag" | stats) |
| \`/dkg/sparql\` without query (service description) | $(time_ms "$base/dkg/sparql" text/turtle | stats) |
| \`SELECT * { ?s ?p ?o } LIMIT 10\` (union default graph) | $(time_ms "$base/dkg/sparql?query=$scan_q" text/csv | stats) |
| count of mentions, union default graph | $(time_ms "$base/dkg/sparql?query=$union_q" text/csv | stats) |
| count of mentions, \`GRAPH ?g\` | $(time_ms "$base/dkg/sparql?query=$graph_q" text/csv | stats) |
MD
)"
echo "$report"
mkdir -p bench/results
echo "$report" > "bench/results/$(date -u +%Y-%m-%d)-linked-data.md"
