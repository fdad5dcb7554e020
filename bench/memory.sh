#!/usr/bin/env bash
# Peak memory of `./slant run` against the number of articles: runs the whole pipeline on the first N articles of the
# shared corpus for each N given (default 2000 8000) under /usr/bin/time -v and prints peak RSS next to the driver
# heap the launcher sets (-Xmx${SLANT_DRIVER_MEMORY:-8g}). Streaming per-partition iterators keep peak RSS roughly
# flat in N; a stage that collects would grow with it.
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
  /usr/bin/time -v -o "$dir/time.txt" "$SLANT" run "$dir/articles.jsonl" --warehouse "$dir/wh" \
      > "$dir/stdout.txt" 2> "$dir/stderr.txt" || echo "n=$n: slant run failed, see $dir/stderr.txt" >&2
}

if [ "${PARALLEL:-0}" = 1 ]; then
  for n in "${SIZES[@]}"; do one "$n" & done; wait
else
  for n in "${SIZES[@]}"; do one "$n"; done
fi

printf '%-9s %-14s %-12s %-12s %s\n' articles peak_rss_MiB wall_clock driver_heap exit
for n in "${SIZES[@]}"; do
  t="$WORK/n$n/time.txt"
  rss_kb=$(awk -F': ' '/Maximum resident set size/{print $2}' "$t")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$t")
  code=$(awk -F': ' '/Exit status/{print $2}' "$t")
  printf '%-9s %-14s %-12s %-12s %s\n' "$n" "$((rss_kb / 1024))" "$wall" "${SLANT_DRIVER_MEMORY:-8g}" "$code"
done
echo "work folder (warehouses, logs): $WORK"
