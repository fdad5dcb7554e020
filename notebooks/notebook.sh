#!/usr/bin/env bash
# ./slant notebook [--install-kernel] [jupyter notebook options...]
#   --install-kernel   build Slant and (re)install the "Slant (Java)" kernel (slant-java), then exit
#   otherwise          install the kernel if it is missing or older than the sources, then start
#                      `jupyter notebook` in notebooks/ (extra options go to Jupyter, e.g. --no-browser --port 8899)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JUPYTER="${SLANT_JUPYTER:-/usr/bin/jupyter}"
INSTALL="$ROOT/notebooks/kernel/install-kernel.sh"

if [ ! -x "$JUPYTER" ]; then
  echo "slant notebook: $JUPYTER not found; install Jupyter from Debian packages: sudo notebooks/ci-setup.sh" >&2
  exit 1
fi

if [ "${1:-}" = "--install-kernel" ]; then
  exec "$INSTALL"
fi

kernel_is_stale() {
  local jar="$ROOT/notebooks/kernel/target/slant-kernel-0.1.0-SNAPSHOT.jar"
  "$JUPYTER" kernelspec list 2>/dev/null | grep -q "^ *slant-java " || return 0
  [ -f "$jar" ] || return 0
  [ -n "$(find "$ROOT/pom.xml" "$ROOT/models" "$ROOT/jobs" "$ROOT/notebooks/kernel" -newer "$jar" -type f \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -not -path '*/target/*' -print -quit)" ]
}
if kernel_is_stale; then
  "$INSTALL"
fi
cd "$ROOT/notebooks"
EXTRA=()
# Containers and CI boxes often run as root, where Jupyter refuses to start without being told it is intended.
[ "$(id -u)" -eq 0 ] && EXTRA+=(--allow-root)
exec "$JUPYTER" notebook --notebook-dir="$ROOT/notebooks" "${EXTRA[@]}" "$@"
