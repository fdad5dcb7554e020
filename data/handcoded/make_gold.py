#!/usr/bin/env python3
"""Builds gold.jsonl for a hand-coded set: the items both coders gave the same label (exclude dropped).

Disagreements are left out rather than settled by one side, so every gold label is one two independent coders
reached by the written rules. Usage: python3 data/handcoded/make_gold.py data/handcoded/quotes
"""
import json
import sys
from pathlib import Path

folder = Path(sys.argv[1])
read = lambda name: {r["item_id"]: r for r in map(json.loads, (folder / name).read_text().splitlines()) if r}
c1, c2, sample = read("coder1.jsonl"), read("coder2.jsonl"), read("sample.jsonl")
kept = disagreed = excluded = 0
with open(folder / "gold.jsonl", "w") as out:
    for item_id, item in sample.items():
        a, b = c1.get(item_id, {}), c2.get(item_id, {})
        if a.get("label") is None or b.get("label") is None or a["label"] != b["label"]:
            disagreed += 1
            continue
        if a["label"] == "exclude":
            excluded += 1
            continue
        kept += 1
        row = {k: v for k, v in item.items()}
        row["label"] = a["label"]
        row["polar"] = bool(a.get("polar")) and bool(b.get("polar"))
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"{folder}: gold {kept}, both excluded {excluded}, coders disagreed {disagreed}")
