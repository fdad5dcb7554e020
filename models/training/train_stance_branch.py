"""Trains the stance branch: the writer's stance toward a person in one sentence (negative / neutral / positive).

The branch is a copy of the upper layers of the target-sentiment encoder (target-sentiment-minilm.onnx, read back
from the shipped ONNX file: no other weights are needed) fine-tuned, with its own linear head over
[CLS ; mean over the person's wordpieces], on hand-coded sentences (data/handcoded/stance-sentences2/, coded by
data/handcoded/stance-sentences/RULES.md). StanceHead averages its logits with the pair head's (README next to the
model). The lower layers stay shared: the main model gains an output
`lower_hidden` (the hidden states after them), which the branch (stance-branch.onnx) reads, so serving costs the
upper layers once more per sentence and nothing is encoded twice.

    /usr/bin/python3 models/training/train_stance_branch.py    # train on round 2's sentences, measure on round 1's
    ./slant train stance                                       # then the head: pair head + the neutral bias

Needs Debian's python3-torch, python3-onnx, python3-numpy; the build, tests and serving never need Python.
"""
import argparse
import collections
import copy
import json
import math
import os
import random
import re
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_target_sentiment as T  # noqa: E402

LABELS = ["negative", "neutral", "positive"]
RES = "models/src/main/resources/dev/slant/models/sentiment/"
MAIN = RES + "target-sentiment-minilm.onnx"
MAX_PIECES = 126
HIDDEN = "lower_hidden"


def load_main(path):
    """The v2 model rebuilt in PyTorch from its own ONNX file (weights stored as float16, MatMul weights named by node)."""
    m = onnx.load(path)
    init = {i.name.replace("__fp16", ""): numpy_helper.to_array(i).astype(np.float32) for i in m.graph.initializer}
    model = T.SpanSentiment(T.Encoder())
    own = model.state_dict()
    sd = {k: torch.from_numpy(init[k]) for k in own if k in init}
    for node in m.graph.node:
        if node.op_type == "MatMul" and len(node.input) > 1 and node.input[1] in init:
            key = ".".join(node.name.strip("/").split("/")[:-1]) + ".weight"
            if key in own:
                sd[key] = torch.from_numpy(init[node.input[1]]).T
    # the token-type row the export folded into a constant Add (all inputs are segment 0)
    tok_type = [n.input[1] for n in m.graph.node if n.name == "/enc/Add_1"]
    if tok_type and tok_type[0] in init:
        row = torch.from_numpy(init[tok_type[0]]).reshape(-1)
        sd["enc.tok_type.weight"] = torch.stack([row, row])
    missing = [k for k in own if k not in sd]
    if missing:
        sys.exit(f"cannot read {missing} from {path}")
    model.load_state_dict(sd)
    return model


def name_spans(sentence, actor):
    """Characters of the person's full name and surname in the sentence (the registry finds more forms in the JVM;
    a sentence without either is pooled whole, as the JVM does for a span without wordpieces)."""
    parts = actor.split()
    forms = [actor] + ([parts[-1]] if len(parts) > 1 else [])
    spans = []
    for f in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", sentence):
            if not any(a <= m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def read_sentences(paths, wp):
    out = []
    for path in paths:
        for line in open(path):
            r = json.loads(line)
            if r["label"] not in LABELS:
                continue
            ids, offs = wp.encode(r["sentence"])
            pieces = [s for s in (T.piece_span(offs, a, b) for a, b in name_spans(r["sentence"], r["actor_name"])) if s]
            start = T.window(len(ids), pieces, MAX_PIECES)
            ids = ids[start:start + MAX_PIECES]
            spans = [(max(a - start, 0) + 1, min(b - start, len(ids)) + 1) for a, b in pieces
                     if min(b - start, len(ids)) > max(a - start, 0)]
            out.append(dict(ids=[wp.cls] + ids + [wp.sep], spans=spans or [(1, len(ids) + 1)],
                            y=LABELS.index(r["label"]), item=r["item_id"]))
    return out


class StanceBranch(nn.Module):
    """Upper encoder layers + a linear head over [CLS ; span mean]: per span, stance logits."""

    def __init__(self, layers, d=384):
        super().__init__()
        self.layers = nn.ModuleList(layers)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(2 * d, 3)

    def forward(self, lower_hidden, attention_mask, span_mask):
        x = lower_hidden
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        n = span_mask.sum(-1, keepdim=True).clamp(min=1.0)
        pooled = torch.matmul(span_mask, x) / n
        f = torch.cat([x[:, :1, :].expand_as(pooled), pooled], dim=-1)
        return self.head(self.drop(f))


class Ensemble(nn.Module):
    """Branches trained from different seeds; their mean logits (one fine-tuning run on a few thousand sentences
    varies a lot with the seed, and the mean of a few is steadier)."""

    def __init__(self, branches):
        super().__init__()
        self.branches = nn.ModuleList(branches)

    def forward(self, lower_hidden, attention_mask, span_mask):
        return torch.stack([b(lower_hidden, attention_mask, span_mask) for b in self.branches]).mean(0)


def collate(batch, d=384):
    n = max(len(s["ids"]) for s in batch)
    t = max(len(s["spans"]) for s in batch)
    h = torch.zeros(len(batch), n, d)
    att = torch.zeros(len(batch), n, dtype=torch.long)
    mask = torch.zeros(len(batch), t, n)
    for i, s in enumerate(batch):
        h[i, :len(s["ids"])] = s["h"]
        att[i, :len(s["ids"])] = 1
        for k, (a, b) in enumerate(s["spans"]):
            mask[i, k, a:b] = 1
    return h, att, mask


def sentence_logits(branch, sents):
    """Per sentence, the mean of its spans' logits (the JVM scores each span; for training one label per sentence)."""
    branch.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(sents), 64):
            batch = sents[i:i + 64]
            h, att, mask = collate(batch)
            z = branch(h, att, mask)
            for k, s in enumerate(batch):
                out.append(z[k, :len(s["spans"])].mean(0))
    branch.train()
    return torch.stack(out) if out else torch.zeros(0, 3)


def add_hidden_output(path, k):
    """Adds `lower_hidden` (the hidden states after the first k layers) to the main model, if it lacks it."""
    m = onnx.load(path)
    g = m.graph
    if any(o.name == HIDDEN for o in g.output):
        return False
    name = f"/enc/layers.{k - 1}/ln2/Add_1"
    src = [n.output[0] for n in g.node if n.name == name]
    if len(src) != 1:
        sys.exit(f"cannot find the output of layer {k} ({name}) in {path}")
    g.node.append(onnx.helper.make_node("Identity", [src[0]], [HIDDEN], name=HIDDEN))
    g.output.append(onnx.helper.make_tensor_value_info(HIDDEN, onnx.TensorProto.FLOAT, ["batch", "seq", 384]))
    onnx.checker.check_model(m)
    onnx.save(m, path)
    return True


def export(branch, path):
    branch.eval()
    h = torch.randn(2, 4, 384)
    att = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
    mask = torch.zeros(2, 2, 4)
    mask[0, 0, 1] = mask[1, 0, 1] = mask[0, 1, 2] = 1
    tmp = path + ".fp32.onnx"
    torch.onnx.export(branch, (h, att, mask), tmp, input_names=[HIDDEN, "attention_mask", "span_mask"],
                      output_names=["stance_logits"], opset_version=14,
                      dynamic_axes={HIDDEN: {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "span_mask": {0: "batch", 1: "spans", 2: "seq"},
                                    "stance_logits": {0: "batch", 1: "spans"}})
    m = onnx.load(tmp)
    T.store_fp16(m)
    onnx.checker.check_model(m)
    onnx.save(m, path)
    os.remove(tmp)


def train_branch(main_model, k, train, dev, a, t0):
    """One branch: the main model's upper layers copied, fine-tuned with a new head on the coded sentences."""
    counts = collections.Counter(s["y"] for s in train)
    branch = StanceBranch([copy.deepcopy(main_model.enc.layers[i]) for i in range(k, 6)])
    weights = torch.tensor([(len(train) / (3 * counts[c])) ** a.weight_power for c in range(3)])
    opt = torch.optim.AdamW([{"params": branch.layers.parameters(), "lr": a.lr},
                             {"params": branch.head.parameters(), "lr": a.head_lr}], weight_decay=0.01)
    steps = a.epochs * math.ceil(len(train) / a.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min(1.0, (i + 1) / (0.1 * steps)) * max(0.0, 1 - i / steps))
    epochs = []
    branch.train()
    for ep in range(a.epochs):
        # batches of similar length, in random order
        order = sorted(range(len(train)), key=lambda i: len(train[i]["ids"]) + random.random() * 8)
        batches = [order[i:i + a.batch] for i in range(0, len(order), a.batch)]
        random.shuffle(batches)
        total = 0.0
        for b in batches:
            batch = [train[i] for i in b]
            h, att, mask = collate(batch)
            z = branch(h, att, mask)
            # one label per sentence: the mean logits over the person's spans in it
            n = mask.sum(-1).gt(0).float()
            zs = (z * n.unsqueeze(-1)).sum(1) / n.sum(1, keepdim=True)
            loss = F.cross_entropy(zs, torch.tensor([s["y"] for s in batch]), weight=weights)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        row = {"epoch": ep + 1, "loss": round(total / len(batches), 4), "elapsed_s": round(time.time() - t0)}
        if dev:
            pred = sentence_logits(branch, dev).argmax(1).tolist()
            f1, _, _ = T.macro_f1([s["y"] for s in dev], pred)
            row["dev_sentence_macro_f1"] = round(f1, 4)
        epochs.append(row)
        print(json.dumps(row), flush=True)

    return branch, epochs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # round 1's sentences come from the articles of the training pairs, on which ./slant train stance chooses the
    # neutral bias: they stay out of training so that the branch's logits there are out-of-sample
    ap.add_argument("--sentences", default="data/handcoded/stance-sentences2/gold.jsonl",
                    help="comma-separated gold files of coded sentences to train on")
    ap.add_argument("--dev", default="data/handcoded/stance-sentences/gold.jsonl",
                    help="coded sentences to measure on after each epoch (never trained on); empty for none")
    ap.add_argument("--layers", type=int, default=3, help="upper layers copied into the branch and fine-tuned")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--weight-power", type=float, default=1.0,
                    help="class weights (n / (3 n_class)) raised to this power: 1 balanced, 0 none")
    ap.add_argument("--seeds", default="13", help="comma-separated seeds: one branch each, their logits averaged")
    ap.add_argument("--model", default=MAIN, help="the main model (gains the lower_hidden output)")
    ap.add_argument("--out", default=RES + "stance-branch.onnx")
    ap.add_argument("--about", default="models/training/stance-branch-last-run.json",
                    help="where the run's settings and figures go (kept out of the jar)")
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    t0 = time.time()

    main_model = load_main(a.model)
    main_model.eval()
    wp = T.WordPiece(RES + "minilm-tokenizer.json")
    train = read_sentences([p for p in a.sentences.split(",") if p], wp)
    dev = read_sentences([a.dev], wp) if a.dev else []
    k = 6 - a.layers
    with torch.no_grad():  # the shared lower layers are frozen: their output is computed once
        for s in train + dev:
            x = torch.tensor([s["ids"]])
            s["h"] = main_model.enc.lower(x, torch.ones_like(x), k)[0]
    counts = collections.Counter(s["y"] for s in train)
    print(f"{len(train)} training sentences {dict(sorted(counts.items()))}, {len(dev)} dev; lower {k} layers in "
          f"{time.time() - t0:.0f} s", flush=True)

    log = {"settings": vars(a), "branches": []}
    branches = []
    for seed in [int(x) for x in a.seeds.split(",")]:
        torch.manual_seed(seed)
        random.seed(seed)
        branch, epochs = train_branch(main_model, k, train, dev, a, t0)
        branches.append(branch)
        log["branches"].append({"seed": seed, "epochs": epochs})
    branch = branches[0] if len(branches) == 1 else Ensemble(branches)
    if dev and len(branches) > 1:
        pred = sentence_logits(branch, dev).argmax(1).tolist()
        log["dev_sentence_macro_f1_of_the_mean"] = round(T.macro_f1([s["y"] for s in dev], pred)[0], 4)
        print("mean of the branches: dev sentence macro-F1", log["dev_sentence_macro_f1_of_the_mean"], flush=True)
    export(branch, a.out)
    added = add_hidden_output(a.model, k)
    log["train_time_s"] = round(time.time() - t0)
    log["exported"] = a.out
    log["lower_hidden_added_to"] = a.model if added else None
    with open(a.about, "w") as f:
        json.dump(log, f, indent=1)
    print(f"exported {a.out} ({os.path.getsize(a.out) / 1e6:.1f} MB) in {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main()
