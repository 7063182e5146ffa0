#!/usr/bin/env bash
# dkg benchmarks: builds what they need (dkg.jar and the bench module, Maven profile "bench"),
# generates the scale corpus under bench/work/ (ignored by git), runs extraction, loading, query
# and start-up benchmarks, prints the figures and writes bench/results/DATE.md and DATE-cost.png.
#
#   bench/run.sh                      corpus, 1x, 10x, 100x
#   bench/run.sh --with-1000x         adds 1000x (~200 MB of text; hours on 2 cores)
#   bench/run.sh --sizes 1,10         other sizes; --skip extract,load,query,startup; --xmx 1g
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"

args=()
sizes="1,10,100"
for a in "$@"; do
  case "$a" in
    --with-1000x) sizes="1,10,100,1000" ;;
    *) args+=("$a") ;;
  esac
done

echo "bench: building (profile bench) ..." >&2
./mvnw -q -Pbench -DskipTests package -pl bench,sparql-endpoint -am >&2

# the default sizes only when the command line gives none
[[ " ${args[*]+"${args[*]}"} " == *" --sizes "* ]] || args=(--sizes "$sizes" ${args[@]+"${args[@]}"})
exec java -Xmx3g -Djava.awt.headless=true -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.w3id.dkg.bench.BenchRun --home "$root" "${args[@]}"
