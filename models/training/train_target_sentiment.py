#!/usr/bin/env python3
"""Fine-tunes MiniLM-L6 (all-MiniLM-L6-v2, read from the langchain4j Maven jar's ONNX file) on NewsMTSC train for
target sentiment (negative / neutral / positive toward a span) and sentence tone, and exports the result to ONNX.

One-off training only: needs Debian's python3-torch, python3-onnx, python3-numpy (no PyPI, no network). The JVM
serves the exported model with ONNX Runtime (dev.slant.models.sentiment.EncoderSentiment); neither the build nor the
tests need Python. Run it through models/training/train_target_sentiment.sh, which finds the jar.

Model: the BERT encoder rebuilt from the ONNX initializers; for each span (a target, or a quote) the feature is
[CLS vector ; mean of the last layer over the span's wordpieces]; two linear heads over it:
  - target head: sentiment toward the span's referent (NewsMTSC target polarity);
  - tone head: tone of the text the span covers, trained on whole sentences (span = every wordpiece) whose
    NewsMTSC targets all carry the same polarity.
Split: NewsMTSC's fixed 15% hold-out (SHA-256 of primary_gid, as NewsMtsc.isHoldout) is never trained on or
selected on; the rest is split by ARTICLE (allsides_N / polusa_v1_N from primary_gid) into train and ~15% dev.
The epoch kept is the one with the best dev target macro-F1; the hold-out is scored once, with that epoch.
"""
import argparse
import hashlib
import json
import math
import random
import sys
import time
import unicodedata

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

LABELS = ["negative", "neutral", "positive"]


# ---------------------------------------------------------------------------------------------------------------
# Tokenisation: BERT uncased (BertNormalizer clean_text/chinese/lowercase+strip accents, BertPreTokenizer) + WordPiece,
# with character offsets into the original text. The JVM uses the HF tokenizers library on the same tokenizer.json.

def _is_punct(ch):
    cp = ord(ch)
    if (33 <= cp <= 47) or (58 <= cp <= 64) or (91 <= cp <= 96) or (123 <= cp <= 126):
        return True
    return unicodedata.category(ch).startswith("P")


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf")


def _is_ws(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, tokenizer_json):
        t = json.load(open(tokenizer_json, encoding="utf-8"))
        self.vocab = t["model"]["vocab"]
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]
        self.max_chars = t["model"].get("max_input_chars_per_word", 100)

    def _norm_char(self, ch):
        """Normalised characters for one original character (lowercase, accents stripped)."""
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or _is_control(ch):
            return ""
        if _is_ws(ch):
            return " "
        s = unicodedata.normalize("NFD", ch.lower())
        return "".join(c for c in s if unicodedata.category(c) != "Mn")

    def words(self, text):
        """(word, start, end) after BERT basic tokenisation; offsets are into text."""
        out = []
        cur, cur_start, cur_end = [], -1, -1
        for i, ch in enumerate(text):
            n = self._norm_char(ch)
            if n == "" and not _is_ws(ch):
                continue
            for c in n:
                if c == " " or _is_ws(c):
                    if cur:
                        out.append(("".join(cur), cur_start, cur_end))
                        cur = []
                elif _is_punct(c) or _is_cjk(ord(c)):
                    if cur:
                        out.append(("".join(cur), cur_start, cur_end))
                        cur = []
                    out.append((c, i, i + 1))
                else:
                    if not cur:
                        cur_start = i
                    cur.append(c)
                    cur_end = i + 1
        if cur:
            out.append(("".join(cur), cur_start, cur_end))
        return out

    def encode(self, text):
        """Wordpiece ids and (start, end) char offsets, without [CLS]/[SEP]."""
        ids, offs = [], []
        for w, s, e in self.words(text):
            if len(w) > self.max_chars:
                ids.append(self.unk)
                offs.append((s, e))
                continue
            pieces, start, bad = [], 0, False
            while start < len(w):
                end = len(w)
                found = None
                while start < end:
                    sub = w[start:end] if start == 0 else "##" + w[start:end]
                    if sub in self.vocab:
                        found = sub
                        break
                    end -= 1
                if found is None:
                    bad = True
                    break
                pieces.append(self.vocab[found])
                start = end
            if bad:
                ids.append(self.unk)
                offs.append((s, e))
            else:
                # Sub-word offsets are approximate when normalisation changed the length; only whole-word spans matter.
                ids.extend(pieces)
                offs.extend([(s, e)] * len(pieces))
        return ids, offs


# ---------------------------------------------------------------------------------------------------------------
# Data

def bucket(s, n):
    d = hashlib.sha256(s.encode("utf-8")).digest()
    v = int.from_bytes(d[:8], "big", signed=True)
    return v % n


def is_holdout(primary_gid):
    return bucket(primary_gid, 100) < 15


def article_of(primary_gid):
    p = primary_gid.split("_")
    return "_".join(p[:3]) if p[0] == "polusa" else "_".join(p[:2])


def window(n_tokens, spans, max_pieces):
    """First wordpiece of a window of at most max_pieces wordpieces centred on the spans (JVM does the same)."""
    if n_tokens <= max_pieces:
        return 0
    lo = min(s for s, _ in spans) if spans else 0
    hi = max(e for _, e in spans) if spans else n_tokens
    centre = (lo + hi) // 2
    start = max(0, min(centre - max_pieces // 2, n_tokens - max_pieces))
    return start


def piece_span(offs, frm, to):
    idx = [i for i, (s, e) in enumerate(offs) if s < to and e > frm]
    return (idx[0], idx[-1] + 1) if idx else None


def load(path, wp, max_len):
    sents = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        text = r["sentence_normalized"]
        ids, offs = wp.encode(text)
        tspans, labels = [], []
        for t in r["targets"]:
            sp = piece_span(offs, int(t["from"]), int(t["to"]))
            if sp is None:
                continue
            tspans.append(sp)
            labels.append({2: 0, 4: 1, 6: 2}[int(t["polarity"])])
        if not tspans:
            continue
        st = window(len(ids), tspans, max_len - 2)
        ids_w = ids[st:st + max_len - 2]
        # Spans in the windowed sequence, +1 for [CLS]; spans cut off are clipped (or dropped if empty).
        spans, labs = [], []
        for (a, b), y in zip(tspans, labels):
            a2, b2 = max(a - st, 0), min(b - st, len(ids_w))
            if b2 > a2:
                spans.append((a2 + 1, b2 + 1))
                labs.append(y)
        if not spans:
            continue
        tone = labs[0] if all(y == labs[0] for y in labs) else -1
        sents.append(dict(gid=r["primary_gid"], ids=[wp.cls] + ids_w + [wp.sep], spans=spans, labels=labs,
                          tone=tone, article=article_of(r["primary_gid"])))
    return sents


def batches(sents, batch_size, shuffle, rng):
    order = sorted(range(len(sents)), key=lambda i: len(sents[i]["ids"]))
    chunks = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle:
        rng.shuffle(chunks)
    for c in chunks:
        yield [sents[i] for i in c]


def cache_lower(model, sents, k, batch_size=64):
    """Stores each sentence's output of the first k (frozen) layers, so epochs only run the layers being trained."""
    if k == 0:
        return
    model.eval()
    t0 = time.time()
    done = 0
    with torch.no_grad():
        for b in batches(sents, batch_size, False, None):
            ids, att, _, _, _ = collate(b, False)
            h = model.enc.lower(ids, att, k)
            for i, s in enumerate(b):
                s["h"] = h[i, :len(s["ids"])].clone()
            done += len(b)
            if done % 1024 < batch_size:
                print("  cached %d/%d sentences (%.1f/s)" % (done, len(sents), done / (time.time() - t0)), flush=True)


def cached_of(batch):
    if "h" not in batch[0]:
        return None
    L = max(len(s["ids"]) for s in batch)
    h = torch.zeros(len(batch), L, batch[0]["h"].shape[-1])
    for i, s in enumerate(batch):
        h[i, :len(s["ids"])] = s["h"]
    return h


def collate(batch, with_tone_span):
    L = max(len(s["ids"]) for s in batch)
    T = max(len(s["spans"]) for s in batch) + (1 if with_tone_span else 0)
    ids = torch.zeros(len(batch), L, dtype=torch.long)
    att = torch.zeros(len(batch), L, dtype=torch.long)
    span_mask = torch.zeros(len(batch), T, L)
    tlabels = torch.full((len(batch), T), -1, dtype=torch.long)
    tone_labels = torch.full((len(batch), T), -1, dtype=torch.long)
    for i, s in enumerate(batch):
        n = len(s["ids"])
        ids[i, :n] = torch.tensor(s["ids"])
        att[i, :n] = 1
        for j, ((a, b), y) in enumerate(zip(s["spans"], s["labels"])):
            span_mask[i, j, a:b] = 1
            tlabels[i, j] = y
        if with_tone_span and s["tone"] >= 0:
            j = T - 1
            span_mask[i, j, 1:n - 1] = 1  # the whole sentence, without [CLS]/[SEP]
            tone_labels[i, j] = s["tone"]
    return ids, att, span_mask, tlabels, tone_labels


# ---------------------------------------------------------------------------------------------------------------
# Model: BERT (MiniLM-L6) rebuilt from the ONNX initializers

class Layer(nn.Module):
    def __init__(self, d, heads, ff):
        super().__init__()
        self.h = heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.ln1 = nn.LayerNorm(d, eps=1e-12)
        self.ff1 = nn.Linear(d, ff)
        self.ff2 = nn.Linear(ff, d)
        self.ln2 = nn.LayerNorm(d, eps=1e-12)

    def forward(self, x, bias):
        B, L, D = x.shape
        hd = D // self.h

        def split(t):
            return t.view(B, L, self.h, hd).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        a = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(hd) + bias
        a = torch.softmax(a, dim=-1)
        c = torch.matmul(a, v).transpose(1, 2).reshape(B, L, D)
        x = self.ln1(x + self.o(c))
        return self.ln2(x + self.ff2(F.gelu(self.ff1(x))))


class Encoder(nn.Module):
    def __init__(self, vocab=30522, d=384, layers=6, heads=12, ff=1536, max_pos=512):
        super().__init__()
        self.word = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(max_pos, d)
        self.tok_type = nn.Embedding(2, d)
        self.ln = nn.LayerNorm(d, eps=1e-12)
        self.layers = nn.ModuleList(Layer(d, heads, ff) for _ in range(layers))

    def lower(self, ids, att, k):
        """Embeddings and the first k layers."""
        L = ids.shape[1]
        pos = torch.arange(L, device=ids.device).unsqueeze(0)
        x = self.ln(self.word(ids) + self.pos(pos) + self.tok_type.weight[0])
        return self.upper(x, att, 0, k)

    def upper(self, x, att, first, last=None):
        bias = (1.0 - att[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers[first:last]:
            x = layer(x, bias)
        return x

    def forward(self, ids, att):
        return self.lower(ids, att, len(self.layers))


class SpanSentiment(nn.Module):
    """Encoder + two heads over [CLS ; mean over span]; outputs probabilities for every span of every sentence."""

    def __init__(self, enc, dropout=0.1):
        super().__init__()
        self.enc = enc
        d = enc.ln.normalized_shape[0]
        self.drop = nn.Dropout(dropout)
        self.target_head = nn.Linear(2 * d, 3)
        self.tone_head = nn.Linear(2 * d, 3)

    def features(self, ids, att, span_mask, cached=None, first=0):
        # cached: the output of the (frozen) first `first` layers, computed once for the whole data set
        h = self.enc(ids, att) if cached is None else self.enc.upper(cached, att, first)
        cls = h[:, 0, :]
        n = span_mask.sum(-1, keepdim=True).clamp(min=1.0)
        pooled = torch.matmul(span_mask, h) / n  # B x T x D
        return torch.cat([cls.unsqueeze(1).expand_as(pooled), pooled], dim=-1)

    def logits(self, ids, att, span_mask, cached=None, first=0):
        f = self.drop(self.features(ids, att, span_mask, cached, first))
        return self.target_head(f), self.tone_head(f)

    def forward(self, input_ids, attention_mask, span_mask):
        # the span vector is an output too: the stance head (./slant train stance) reads it in the JVM
        f = self.features(input_ids, attention_mask, span_mask)
        return torch.softmax(self.target_head(f), -1), torch.softmax(self.tone_head(f), -1), f


def load_pretrained(onnx_path):
    m = onnx.load(onnx_path)
    init = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    enc = Encoder()
    sd = {}

    def t(a):
        return torch.from_numpy(np.array(a, dtype=np.float32))

    named = {
        "embeddings.word_embeddings.weight": "word.weight",
        "embeddings.position_embeddings.weight": "pos.weight",
        "embeddings.token_type_embeddings.weight": "tok_type.weight",
        "embeddings.LayerNorm.weight": "ln.weight",
        "embeddings.LayerNorm.bias": "ln.bias",
    }
    for src, dst in named.items():
        sd[dst] = t(init[src])
    sub = {"attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
           "attention.output.dense": "o", "intermediate.dense": "ff1", "output.dense": "ff2",
           "attention.output.LayerNorm": "ln1", "output.LayerNorm": "ln2"}
    for li in range(6):
        for s, d in sub.items():
            for kind in ("weight", "bias"):
                name = "encoder.layer.%d.%s.%s" % (li, s, kind)
                if name in init:  # biases and LayerNorm parameters keep their names
                    sd["layers.%d.%s.%s" % (li, d, kind)] = t(init[name])
    # Weight matrices carry generated names (onnx::MatMul_N): find them through the MatMul nodes' names, e.g.
    # /encoder/layer.0/attention/self/query/MatMul, whose second input is the [in, out] weight.
    node_sub = {"attention/self/query": "q", "attention/self/key": "k", "attention/self/value": "v",
                "attention/output/dense": "o", "intermediate/dense": "ff1", "output/dense": "ff2"}
    for node in m.graph.node:
        if node.op_type != "MatMul" or node.input[1] not in init:
            continue
        for li in range(6):
            for s, d in node_sub.items():
                if node.name == "/encoder/layer.%d/%s/MatMul" % (li, s):
                    sd["layers.%d.%s.weight" % (li, d)] = t(init[node.input[1]].T)
    missing = [k for k in enc.state_dict() if k not in sd]
    if missing:
        raise SystemExit("weights not found in %s: %s" % (onnx_path, missing))
    enc.load_state_dict(sd)
    return enc


# ---------------------------------------------------------------------------------------------------------------
# Training / evaluation

def macro_f1(gold, pred, k=3):
    f1s = []
    cm = np.zeros((k, k), dtype=int)
    for g, p in zip(gold, pred):
        cm[g, p] += 1
    for c in range(k):
        tp = cm[c, c]
        prec = tp / cm[:, c].sum() if cm[:, c].sum() else 0.0
        rec = tp / cm[c, :].sum() if cm[c, :].sum() else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    acc = np.trace(cm) / max(cm.sum(), 1)
    return float(np.mean(f1s)), float(acc), cm


def evaluate(model, sents, first=0, batch_size=64):
    model.eval()
    tg, tp, sg, sp = [], [], [], []
    with torch.no_grad():
        for b in batches(sents, batch_size, False, None):
            ids, att, mask, tl, sl = collate(b, True)
            t, s = model.logits(ids, att, mask, cached_of(b), first)
            m = tl >= 0
            tg += tl[m].tolist()
            tp += t.argmax(-1)[m].tolist()
            m = sl >= 0
            sg += sl[m].tolist()
            sp += s.argmax(-1)[m].tolist()
    return macro_f1(tg, tp), macro_f1(sg, sp)


def fmt(name, r):
    f1, acc, cm = r
    return "%s macro-F1 %.3f accuracy %.3f confusion(rows gold neg/neu/pos) %s" % (name, f1, acc, cm.tolist())


def store_fp16(m):
    """Stores the big weights as float16 with a Cast back to float32 (ONNX Runtime folds it at load): the file
    halves, the arithmetic stays fp32."""
    g = m.graph
    casts = []
    keep = []
    for init in g.initializer:
        a = numpy_helper.to_array(init)
        if a.dtype == np.float32 and a.size >= 1024:
            h = numpy_helper.from_array(a.astype(np.float16), init.name + "__fp16")
            keep.append(h)
            casts.append(onnx.helper.make_node("Cast", [h.name], [init.name], to=onnx.TensorProto.FLOAT,
                                               name="cast_" + init.name))
        else:
            keep.append(init)
    del g.initializer[:]
    g.initializer.extend(keep)
    nodes = casts + list(g.node)
    del g.node[:]
    g.node.extend(nodes)


def export(model, path, fp16_storage):
    model.eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]])
    att = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
    mask = torch.zeros(2, 2, 4)
    mask[0, 0, 1] = 1
    mask[1, 0, 1] = 1
    mask[0, 1, 2] = 1
    tmp = path + ".fp32.onnx"
    torch.onnx.export(model, (ids, att, mask), tmp, input_names=["input_ids", "attention_mask", "span_mask"],
                      output_names=["target_probs", "tone_probs", "span_features"], opset_version=14,
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "span_mask": {0: "batch", 1: "spans", 2: "seq"},
                                    "target_probs": {0: "batch", 1: "spans"}, "tone_probs": {0: "batch", 1: "spans"},
                                    "span_features": {0: "batch", 1: "spans"}})
    m = onnx.load(tmp)
    if fp16_storage:
        store_fp16(m)
    onnx.checker.check_model(m)
    onnx.save(m, path)
    import os
    os.remove(tmp)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True, help="the ONNX file to write")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--freeze-layers", type=int, default=3,
                    help="the embeddings and this many lower layers stay frozen (their outputs are computed once)")
    ap.add_argument("--tone-weight", type=float, default=0.5)
    ap.add_argument("--dev-percent", type=int, default=15)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-fp16-storage", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N sentences only (smoke test)")
    ap.add_argument("--checkpoint", default="target/sentiment-encoder/best.pt",
                    help="where the best epoch's weights are kept (not in the resources: they would go into the jar)")
    ap.add_argument("--export-from", help="skip training: export this checkpoint (.best.pt) to --out")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    t0 = time.time()

    wp = WordPiece(a.tokenizer)
    sents = load(a.data, wp, a.max_len)
    hold = [s for s in sents if is_holdout(s["gid"])]
    rest = [s for s in sents if not is_holdout(s["gid"])]
    dev = [s for s in rest if bucket("dev:" + s["article"], 100) < a.dev_percent]
    train = [s for s in rest if bucket("dev:" + s["article"], 100) >= a.dev_percent]
    if a.limit:
        train, dev, hold = train[:a.limit], dev[:a.limit], hold[:a.limit]
    n_t = lambda xs: sum(len(s["labels"]) for s in xs)
    print("data: %d sentences; train %d (%d targets), dev %d (%d targets, %d articles), hold-out %d (%d targets)"
          % (len(sents), len(train), n_t(train), len(dev), n_t(dev), len({s["article"] for s in dev}), len(hold),
             n_t(hold)), flush=True)
    print("tone examples (all targets agree): train %d dev %d" % (sum(s["tone"] >= 0 for s in train),
                                                                 sum(s["tone"] >= 0 for s in dev)), flush=True)

    model = SpanSentiment(load_pretrained(a.onnx))
    if a.export_from:
        model.load_state_dict(torch.load(a.export_from))
        export(model, a.out, not a.no_fp16_storage)
        print("wrote %s" % a.out)
        return
    model.enc.word.weight.requires_grad_(False)  # 11.7M of 22.7M parameters; news vocabulary is well covered
    for p in list(model.enc.pos.parameters()) + list(model.enc.tok_type.parameters()) + list(model.enc.ln.parameters()):
        p.requires_grad_(a.freeze_layers == 0)
    for li in range(a.freeze_layers):
        for p in model.enc.layers[li].parameters():
            p.requires_grad_(False)
    enc_params = [p for p in model.enc.parameters() if p.requires_grad]
    head_params = list(model.target_head.parameters()) + list(model.tone_head.parameters())
    opt = torch.optim.AdamW([{"params": enc_params, "lr": a.lr}, {"params": head_params, "lr": a.head_lr}],
                            weight_decay=0.01)
    steps = a.epochs * math.ceil(len(train) / a.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    print("trainable encoder parameters %d; %d steps" % (sum(p.numel() for p in enc_params), steps), flush=True)

    cache_lower(model, train + dev + hold, a.freeze_layers)
    print("frozen layers cached after %.1f min" % ((time.time() - t0) / 60), flush=True)
    best, best_state, history = -1.0, None, []
    step = 0
    for ep in range(a.epochs):
        model.train()
        te = time.time()
        tot, n = 0.0, 0
        for b in batches(train, a.batch, True, rng):
            ids, att, mask, tl, sl = collate(b, True)
            t, s = model.logits(ids, att, mask, cached_of(b), a.freeze_layers)
            loss = F.cross_entropy(t.reshape(-1, 3), tl.reshape(-1), ignore_index=-1)
            if (sl >= 0).any():
                loss = loss + a.tone_weight * F.cross_entropy(s.reshape(-1, 3), sl.reshape(-1), ignore_index=-1)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            tot += loss.item()
            n += 1
            if step % 50 == 0:
                print("  step %d/%d loss %.4f (%.1f sentences/s)" % (step, steps, tot / n,
                                                                      n * a.batch / (time.time() - te)), flush=True)
        dt, ds = evaluate(model, dev, a.freeze_layers)
        history.append((ep + 1, dt[0], ds[0]))
        print("epoch %d: train loss %.4f, %.0f s; dev %s; dev tone %s" % (ep + 1, tot / max(n, 1), time.time() - te,
                                                                          fmt("target", dt), fmt("", ds)), flush=True)
        if dt[0] > best:
            best = dt[0]
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
            torch.save(best_state, a.checkpoint)
    model.load_state_dict(best_state)
    best_ep = max(history, key=lambda h: h[1])[0]
    ht, hs = evaluate(model, hold, a.freeze_layers)
    print("chosen epoch %d (dev target macro-F1 %.3f)" % (best_ep, best), flush=True)
    print("HOLD-OUT (once): %s; tone %s" % (fmt("target", ht), fmt("", hs)), flush=True)
    export(model, a.out, not a.no_fp16_storage)
    about = dict(command=" ".join(sys.argv), settings=vars(a), dev_history=history, chosen_epoch=best_ep,
                 holdout_target_macro_f1=ht[0], holdout_target_accuracy=ht[1], holdout_confusion=ht[2].tolist(),
                 holdout_tone_macro_f1=hs[0], minutes=(time.time() - t0) / 60)
    json.dump(about, open(a.out + ".about.json", "w"), indent=1)
    print("wrote %s in %.1f min" % (a.out, (time.time() - t0) / 60), flush=True)


if __name__ == "__main__":
    main()
