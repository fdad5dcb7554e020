#!/usr/bin/env bash
# Builds Slant and installs the "Slant (Java)" Jupyter kernel (name slant-java) for the current user.
# The kernelspec runs: CLASSPATH=<kernel jar>:<classpath> java -Xmx8g @jvm.options -Dslant.home=<checkout> dev.slant.kernel.KernelMain {connection_file}
#   --no-build     reuse the jars already in */target (CI builds once, then installs)
#   --prefix DIR   install under DIR/share/jupyter/kernels instead of the user's kernels dir (tests, sandboxes)
# Environment: SLANT_KERNEL_MEMORY (kernel heap, default 8g), SLANT_KERNEL_NAME (default slant-java), JAVA_HOME.
# Jupyter is the Debian one, called as /usr/bin/jupyter: a pyenv/venv python3 first on PATH has no Jupyter modules.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JUPYTER="${SLANT_JUPYTER:-/usr/bin/jupyter}"
KERNEL_NAME="${SLANT_KERNEL_NAME:-slant-java}"
BUILD=1
PREFIX=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --prefix) PREFIX="$2"; shift ;;
    *) echo "install-kernel: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -x "$JUPYTER" ]; then
  echo "install-kernel: $JUPYTER not found; install Jupyter with notebooks/ci-setup.sh (Debian packages) first" >&2
  exit 1
fi

JAR="$ROOT/notebooks/kernel/target/slant-kernel-0.1.0-SNAPSHOT.jar"
CLASSPATH_FILE="$ROOT/notebooks/kernel/target/classpath.txt"
if [ "$BUILD" = 1 ]; then
  echo "install-kernel: building (mvn package -DskipTests)..." >&2
  if ! mvn -B -q -f "$ROOT/pom.xml" -DskipTests package > "$ROOT/.build.log" 2>&1; then
    echo "install-kernel: build failed; the last lines of $ROOT/.build.log:" >&2
    tail -n 40 "$ROOT/.build.log" >&2
    exit 1
  fi
fi
if [ ! -f "$JAR" ] || [ ! -f "$CLASSPATH_FILE" ]; then
  echo "install-kernel: $JAR or its classpath.txt is missing; run without --no-build" >&2
  exit 1
fi

# An absolute java path: Jupyter may be started from a desktop or service whose PATH differs from this shell's.
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/java}"
JAVA_BIN="${JAVA_BIN:-$(command -v java || true)}"
if [ -z "$JAVA_BIN" ] || [ ! -x "$JAVA_BIN" ]; then
  echo "install-kernel: java not found (set JAVA_HOME or put Java 17+ on PATH)" >&2
  exit 1
fi
JAVA_BIN="$(readlink -f "$JAVA_BIN")"

SPEC_DIR="$(mktemp -d)"
trap 'rm -rf "$SPEC_DIR"' EXIT
mkdir -p "$SPEC_DIR/$KERNEL_NAME"
# JSON-quote via python so paths with spaces or quotes survive; the system python3 is the one Jupyter runs on.
/usr/bin/python3 - "$SPEC_DIR/$KERNEL_NAME/kernel.json" "$ROOT/jvm.options" "$JAR:$(cat "$CLASSPATH_FILE")" \
    "${SLANT_KERNEL_MEMORY:-8g}" "$ROOT" "$JAVA_BIN" <<'PY'
import json, sys
out, options, classpath, memory, root, java = sys.argv[1:]
spec = {
    # The class path goes in CLASSPATH, not -cp (as in ./slant): ONNX Runtime (the sentiment encoder) crashes the JVM
    # with SIGSEGV when the process's command line is ~16 kB or more, and this class path is longer.
    "argv": [java, "-Xmx" + memory, "@" + options, "-Dslant.home=" + root,
             "dev.slant.kernel.KernelMain", "{connection_file}"],
    "display_name": "Slant (Java)",
    "language": "java",
    # The kernel handles interrupt messages itself; a SIGINT would end the JVM and its SparkSession.
    "interrupt_mode": "message",
    "env": {"SPARK_LOCAL_IP": "127.0.0.1", "CLASSPATH": classpath},
}
with open(out, "w") as f:
    json.dump(spec, f, indent=1)
PY

WHERE=(--user)
[ -n "$PREFIX" ] && WHERE=(--prefix "$PREFIX")
if ! out="$("$JUPYTER" kernelspec install "${WHERE[@]}" --name "$KERNEL_NAME" "$SPEC_DIR/$KERNEL_NAME" 2>&1)"; then
  echo "$out" >&2
  exit 1
fi
echo "install-kernel: installed Jupyter kernel '$KERNEL_NAME' (Slant (Java))" >&2
