#!/usr/bin/env bash
# Big documents: does `dkg load` take time linear in a document's size, within a 1 GB heap, and refuse
# what is over the size limit at once? Generates, under bench/work/big/ (ignored by git), documents made of
# the five corpus reports concatenated and repeated: single-line ones (every line break turned into a
# space: one block of megabytes for the normaliser) of 1, 2.5 and 5 MB, a 5 MB one with its line breaks,
# and a 60 MB one (over the default 32 MB limit, dkg.load.max-document-size). Each is loaded alone into a
# fresh store with `dkg load` (the jar copied to bench/work/big/, so that a rebuild meanwhile does not
# disturb the run), the heap capped at 1 GB (-Xmx1g); prints seconds, MB/s and peak resident memory,
# and writes bench/results/DATE-big-documents.md.
#
#   bench/big-documents.sh            the sizes above
#   bench/big-documents.sh 1 2 4 8    single-line sizes in MB (the 5 MB multi-line and 60 MB cases stay)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
work="$root/bench/work/big"
mkdir -p "$work" bench/results
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1 2.5 5)

# documents: the corpus concatenated, repeated to N MB
make_doc() { # name megabytes single-line?
  local out="$work/$1" bytes
  bytes=$(awk -v m="$2" 'BEGIN { printf "%d", m * 1048576 }')
  if [[ ! -f "$out" || $(stat -c %s "$out") -ne $bytes ]]; then
    local one="$work/corpus-once.txt"
    cat corpus/0*.txt > "$one"
    if [[ "$3" == yes ]]; then tr '\n' ' ' < "$one" > "$one.line" && mv "$one.line" "$one"; fi
    while [[ $(stat -c %s "$out" 2>/dev/null || echo 0) -lt $bytes ]]; do cat "$one" >> "$out"; done
    truncate -s "$bytes" "$out"
    # do not end inside a UTF-8 sequence: cut back to the last ASCII byte
    while [[ -n "$(tail -c 1 "$out" | LC_ALL=C grep -P '[\x80-\xff]' || true)" ]]; do truncate -s -1 "$out"; done
  fi
  echo "$out"
}

./dkg --help >/dev/null 2>&1 || true   # builds dkg.jar when stale
cp sparql-endpoint/target/dkg.jar "$work/dkg.jar"
date_tag="$(date -u +%Y-%m-%d)"
report="bench/results/$date_tag-big-documents.md"
{
  echo "# Big documents ($date_tag)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
  echo "(shared with other builds). Each document is loaded alone into a fresh store by \`java -Xmx1g -jar dkg.jar load\`."
  echo
  echo "| document | MB | outcome | seconds | MB/s | peak resident MB |"
  echo "|---|---|---|---|---|---|"
} > "$report"

run() { # label file
  local file="$2" db="$work/db" mb out rc secs rss outcome
  rm -rf "$db"
  mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')
  set +e
  out=$( { /usr/bin/time -f "TIME %e %M" java -Xmx1g -jar "$work/dkg.jar" load --db "$db" --compact-after 1000 "$file" >/dev/null; } 2>&1 )
  rc=$?
  set -e
  secs=$(echo "$out" | awk '/^TIME/ {print $2}')
  rss=$(echo "$out" | awk '/^TIME/ {printf "%d", $3 / 1024}')
  if [[ $rc -eq 0 ]]; then outcome="loaded"; else outcome="refused: $(echo "$out" | grep -v '^TIME' | grep -m1 -o 'is larger than the size limit\|is not valid UTF-8\|violate the shapes\|OutOfMemoryError\|took longer' || echo "exit $rc")"; fi
  local rate
  rate=$(awk -v m="$mb" -v s="$secs" 'BEGIN { if (s > 0) printf "%.2f", m / s; else print "-" }')
  printf '%-28s %6s MB  %-40s %8s s  %6s MB/s  %6s MB resident\n' "$1" "$mb" "$outcome" "$secs" "$rate" "$rss"
  echo "| $1 | $mb | $outcome | $secs | $rate | $rss |" >> "$report"
}

for s in "${sizes[@]}"; do
  run "single line, $s MB" "$(make_doc "single-line-$s.txt" "$s" yes)"
done
run "with line breaks, 5 MB" "$(make_doc "lines-5.txt" 5 no)"
run "with line breaks, 60 MB" "$(make_doc "lines-60.txt" 60 no)"
echo >> "$report"
echo "Printed by \`bench/big-documents.sh\`." >> "$report"
echo "written: $report"
