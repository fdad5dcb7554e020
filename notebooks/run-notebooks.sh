#!/usr/bin/env bash
# Executes notebooks headless with the Slant kernel and saves their outputs in place; fails on the first cell error.
#   notebooks/run-notebooks.sh [--no-build] [notebook.ipynb ...]     (default: every notebooks/*.ipynb, in name order)
#   --no-build   reuse the jars in */target (when CI has just built them); otherwise builds first
# Outputs are only written when a notebook ran without errors, so a failing run never commits a broken notebook.
# No per-cell timestamps are recorded, so re-running an unchanged notebook gives a small, reviewable diff.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JUPYTER="${SLANT_JUPYTER:-/usr/bin/jupyter}"
TIMEOUT="${SLANT_NOTEBOOK_TIMEOUT:-1200}"
INSTALL_ARGS=()
if [ "${1:-}" = "--no-build" ]; then
  INSTALL_ARGS+=(--no-build)
  shift
fi
if [ ! -x "$JUPYTER" ]; then
  echo "run-notebooks: $JUPYTER not found; run notebooks/ci-setup.sh first" >&2
  exit 1
fi
"$ROOT/notebooks/kernel/install-kernel.sh" "${INSTALL_ARGS[@]}"

if [ $# -gt 0 ]; then
  NOTEBOOKS=("$@")
else
  mapfile -t NOTEBOOKS < <(find "$ROOT/notebooks" -maxdepth 1 -name '*.ipynb' | sort)
fi
[ ${#NOTEBOOKS[@]} -gt 0 ] || { echo "run-notebooks: no notebooks found" >&2; exit 1; }

failed=0
for nb in "${NOTEBOOKS[@]}"; do
  start=$(date +%s)
  echo "run-notebooks: executing $(basename "$nb")..." >&2
  if "$JUPYTER" nbconvert --to notebook --execute --inplace \
       --ExecutePreprocessor.kernel_name=slant-java --ExecutePreprocessor.timeout="$TIMEOUT" \
       --ExecutePreprocessor.record_timing=False "$nb" \
       > "$nb.log" 2>&1; then
    echo "run-notebooks: ok   $(basename "$nb") in $(( $(date +%s) - start ))s" >&2
    rm -f "$nb.log"
  else
    echo "run-notebooks: FAIL $(basename "$nb") after $(( $(date +%s) - start ))s; the cell error:" >&2
    # nbconvert prints its own Python stack, then the failing cell and the Java error: show from the cell on.
    if grep -q "An error occurred while executing" "$nb.log"; then
      sed -n '/An error occurred while executing/,$p' "$nb.log" | head -n 40 >&2
    else
      tail -n 40 "$nb.log" >&2
    fi
    echo "run-notebooks: full log in $nb.log" >&2
    failed=1
  fi
done
exit $failed
