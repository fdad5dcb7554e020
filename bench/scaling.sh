#!/usr/bin/env bash
# Scaling harness: the whole pipeline (`./slant run`) on the first N articles of the shared corpus, for several N
# and core counts, each in a fresh warehouse. Prints one row per run: articles/s, wall time, peak RSS and the time
# of each stage (from the run's own progress lines).
#   bench/scaling.sh [--sizes "500 2000 8000"] [--cores "2 1"] [--corpus FILE.jsonl.gz]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="500 2000 8000"; CORES="2 1"; CORPUS="$HERE/../shared/data/corpora/article-bias-prediction.jsonl.gz"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --cores) CORES="$2"; shift 2 ;;
    --corpus) CORPUS="$2"; shift 2 ;;
    *) echo "usage: bench/scaling.sh [--sizes \"500 2000\"] [--cores \"2 1\"] [--corpus FILE]" >&2; exit 2 ;;
  esac
done
WORK="$(mktemp -d /tmp/slant-scaling.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
"$HERE/slant" --help >/dev/null   # build once, outside the timings
printf '%-8s %-6s %10s %10s %11s %10s %10s %10s\n' articles cores wall_s articles/s peak_rss_MB ingest_s quotes_s compare_s
for n in $SIZES; do
  (zcat "$CORPUS" || true) | head -n "$n" > "$WORK/in-$n.jsonl"   # zcat dies of SIGPIPE once head has enough
  for c in $CORES; do
    W="$WORK/w-$n-$c"; LOG="$WORK/log-$n-$c"
    /usr/bin/time -v "$HERE/slant" run "$WORK/in-$n.jsonl" --warehouse "$W" --master "local[$c]" > "$LOG.out" 2> "$LOG.err"
    wall=$(grep "Elapsed (wall clock)" "$LOG.err" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$LOG.err" | awk '{print int($NF/1024)}')
    ingest=$(grep -o "ingest: done in [0-9.]* s" "$LOG.err" | awk '{print $4}' | tail -1)
    quotes=$(grep -o "([0-9.]* s, [0-9.]* articles/s)" "$LOG.out" | tr -d '(' | awk '{print $1}' | tail -1)
    compare=$(grep -o "compare done in [0-9.]*s" "$LOG.err" "$LOG.out" | grep -o "[0-9.]*s$" | tr -d s | tail -1)
    printf '%-8s %-6s %10.0f %10.2f %11s %10s %10s %10s\n' "$n" "$c" "$wall" "$(awk -v n="$n" -v w="$wall" 'BEGIN{print n/w}')" "$rss" "$ingest" "$quotes" "$compare"
  done
done
