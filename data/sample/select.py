"""Selects data/sample/articles.jsonl from the shared Article-Bias-Prediction corpus (deterministic).

Run from the project root:  python3 data/sample/select.py ../shared/data/corpora/article-bias-prediction.jsonl.gz
"""
import gzip
import json
import re
import sys

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/corpora/article-bias-prediction.jsonl.gz"
out_path = sys.argv[2] if len(sys.argv) > 2 else "data/sample/articles.jsonl"
rows = []
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        rows.append((number, line, json.loads(line)))

def mentions(doc, *names):
    return any(re.search(r"\b" + n + r"\b", doc["text"]) for n in names)

chosen = {}
def take(candidates, limit, max_chars):
    for number, line, doc in sorted(candidates, key=lambda r: r[2]["id"]):
        if len(chosen) >= limit:
            return
        if number not in chosen and len(doc["text"]) <= max_chars:
            chosen[number] = line

# 1. every article quoting the Russian foreign ministry's or the Kremlin's spokespeople
take([r for r in rows if mentions(r[2], "Zakharova", "Peskov")], 10_000, 12_000)
# 2. Psaki and Lavrov, shorter ones first in id order, up to 200 articles in all
take([r for r in rows if mentions(r[2], "Psaki", "Lavrov")], 200, 7_000)
# 3. Putin, up to 260 in all
take([r for r in rows if mentions(r[2], "Putin")], 260, 5_000)
# 4. other news for contrast: every 500th line of the corpus, up to 300 in all
take([r for r in rows if r[0] % 500 == 0], 300, 5_000)

with open(out_path, "w", encoding="utf-8") as out:
    for number in sorted(chosen):
        out.write(chosen[number])
print(f"{len(chosen)} articles written to {out_path}")
