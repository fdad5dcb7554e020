#!/usr/bin/env bash
# Peak memory of `./slant run` against the number of articles: runs the whole pipeline on the first N articles of the
# shared corpus for each N given (default 2000 8000) under /usr/bin/time -v and prints peak RSS next to the driver
# heap the launcher sets (-Xmx${SLANT_DRIVER_MEMORY:-8g}). Streaming per-partition iterators keep peak RSS roughly
# flat in N; a stage that collects would grow with it. Because the heap fills lazily up to -Xmx, peak RSS alone says
# little: the JVM's GC log is kept too, and the heap still live after each collection is printed for the first and
# second half of the run (what grows with N shows up there).
#   bench/memory.sh [N...]            e.g. bench/memory.sh 2000 8000
#   SLANT=/path/to/slant bench/memory.sh   (another launcher; default: the one next to this script)
#   BENCH_DIR=/tmp/x (work folder, default a new temp dir)   PARALLEL=1 (run the sizes side by side)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SLANT="${SLANT:-$HERE/slant}"
CORPUS="${CORPUS:-$HERE/../shared/data/corpora/article-bias-prediction.jsonl.gz}"
[ -f "$CORPUS" ] || CORPUS=/work/shared/data/corpora/article-bias-prediction.jsonl.gz
WORK="${BENCH_DIR:-$(mktemp -d -t slant-memory-XXXX)}"
mkdir -p "$WORK"
SIZES=("$@"); [ ${#SIZES[@]} -eq 0 ] && SIZES=(2000 8000)

one() {
  local n=$1 dir="$WORK/n$1"
  rm -rf "$dir"; mkdir -p "$dir"
  # set +o pipefail: head closing the pipe early is not an error
  (set +o pipefail; zcat "$CORPUS" | head -n "$n" > "$dir/articles.jsonl")
  JAVA_TOOL_OPTIONS="-Xlog:gc:file=$dir/gc.log" \
    /usr/bin/time -v -o "$dir/time.txt" "$SLANT" run "$dir/articles.jsonl" --warehouse "$dir/wh" \
      > "$dir/stdout.txt" 2> "$dir/stderr.txt" || echo "n=$n: slant run failed, see $dir/stderr.txt" >&2
}

if [ "${PARALLEL:-0}" = 1 ]; then
  for n in "${SIZES[@]}"; do one "$n" & done; wait
else
  for n in "${SIZES[@]}"; do one "$n"; done
fi

# "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 2345M->812M(8192M) 12.3ms": the number after -> is live heap
live_after_gc() {
  grep -o -- '->[0-9]*M' "$1" | tr -dc '0-9\n' | awk '{ v[NR] = $1 } END {
    h = int(NR / 2); m1 = 0; m2 = 0
    for (i = 1; i <= NR; i++) { if (i <= h) { if (v[i] > m1) m1 = v[i] } else if (v[i] > m2) m2 = v[i] }
    printf "%s %s %s", m1, m2, NR }'
}

printf '%-9s %-14s %-12s %-12s %-24s %-24s %-6s %s\n' articles peak_rss_MiB wall_clock driver_heap \
  max_live_1st_half_MiB max_live_2nd_half_MiB gcs exit
for n in "${SIZES[@]}"; do
  t="$WORK/n$n/time.txt"
  rss_kb=$(awk -F': ' '/Maximum resident set size/{print $2}' "$t")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$t")
  code=$(awk -F': ' '/Exit status/{print $2}' "$t")
  read -r live1 live2 gcs <<< "$(live_after_gc "$WORK/n$n/gc.log")"
  printf '%-9s %-14s %-12s %-12s %-24s %-24s %-6s %s\n' "$n" "$((rss_kb / 1024))" "$wall" "${SLANT_DRIVER_MEMORY:-8g}" \
    "$live1" "$live2" "$gcs" "$code"
done
echo "work folder (warehouses, logs): $WORK"
