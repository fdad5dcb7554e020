"""Draws the two hand-coding samples of data/handcoded/ from the shared Article-Bias-Prediction corpus (deterministic).

Python 3 standard library only; no sentiment score of any kind is read or written (coding must not see model output).
Three steps, run from the project root (see data/handcoded/README.md for the whole recipe):

  1. python3 data/handcoded/make_samples.py subset CORPUS.jsonl.gz /tmp/hdata-subset.jsonl
       a seeded random subset of the corpus: part A (quotes) stratified by bias_label, political topics oversampled;
       part B (stance) articles naming a registered person at least twice by a full name or alias.
  2. ./slant run /tmp/hdata-subset.jsonl --warehouse W --skip-compare --sentiment off, then export two tables with
     ./slant query --format jsonl (quote offsets and mention sentence offsets joined with the article text).
  3. python3 data/handcoded/make_samples.py quotes QUOTES.jsonl data/handcoded/quotes
     python3 data/handcoded/make_samples.py stance MENTIONS.jsonl data/handcoded/stance
       the samples, balanced by the project's `lean`, plus a coder sheet without outlet or lean (coders are blind to
       them) and empty coding templates.
"""
import collections
import gzip
import json
import random
import re
import sys

SEED = 14  # the number: fixed so the samples can be redrawn exactly
LEANS = ("left", "center", "right")

# Topics of the corpus that are about politics and policy (the corpus's own `topic` field); part A draws two thirds of
# its articles from them because political news carries more evaluative quotes than, say, sports or holidays.
POLITICAL_TOPICS = {
    "elections", "politics", "white_house", "immigration", "healthcare", "supreme_court", "us_senate", "us_house",
    "us_congress", "impeachment", "republican_party", "democratic_party", "foreign_policy", "national_security",
    "russia", "middle_east", "gun_control_and_gun_rights", "abortion", "taxes", "federal_budget",
    "justice_department", "fbi", "state_department", "campaign_finance", "polarization", "race_and_racism",
    "north_korea", "trade", "economic_policy", "fiscal_cliff", "campaign_rhetoric", "voting_rights_and_voter_fraud",
    "tea_party", "nsa", "civil_rights", "lgbt_rights", "national_defense", "defense", "us_military", "terrorism",
    "isis", "israel", "palestine", "china", "europe", "great_britain", "mexico", "criminal_justice", "media_bias",
    "free_speech", "impeachment", "cia", "homeland_security", "nuclear_weapons", "role_of_government", "treasury",
}

# Part A: articles per bias_label (two thirds from political topics), at most this many per outlet and label.
QUOTE_ARTICLES_PER_LABEL = 130
QUOTE_MAX_PER_SOURCE = 6
MIN_CHARS, MAX_CHARS = 800, 9000  # skip stubs and very long pieces (keeps the run short; stated in the README)
# Part B: candidate (article, person) pairs per bias_label, at most this many per person and per outlet and label.
STANCE_PAIRS_PER_LABEL = 60
STANCE_MAX_PER_ACTOR = 8
STANCE_MAX_PER_SOURCE = 4

# Final samples.
QUOTES_PER_LEAN = 100         # 300 quotes, so >= 200 survive exclusions
QUOTES_MAX_PER_ARTICLE = 2
QUOTES_MAX_PER_SOURCE = 8     # per lean
STANCE_PER_LEAN = 45          # 135 pairs
STANCE_FINAL_MAX_PER_SOURCE = 5  # per lean
STANCE_FINAL_MAX_PER_ACTOR = 10  # per lean
EXCERPT_MAX_SENTENCES = 15
# The stance *training* set (stance-train/): article x person pairs from articles that are in neither sample above,
# drawn with another seed, coded by the same rules; a stance model may learn from it, never from stance/.
TRAIN_SEED = 1414
TRAIN_PAIRS_PER_LABEL = 170
TRAIN_MAX_PER_ACTOR = 20
TRAIN_MAX_PER_SOURCE = 8
TRAIN_PER_LEAN = 130          # 390 pairs
TRAIN_FINAL_MAX_PER_SOURCE = 10
TRAIN_FINAL_MAX_PER_ACTOR = 25
# Round 2 (stance-train2/, stance-sentences2/): more training sentences for a sentence-level stance model, from
# articles in none of the sets above, drawn the same way with the next seed and twice as many pairs per lean.
TRAIN_ROUNDS = {
    "1": dict(seed=TRAIN_SEED, pairs_per_label=TRAIN_PAIRS_PER_LABEL, per_lean=TRAIN_PER_LEAN, prefix="t",
              excluded=("quotes", "stance")),
    "2": dict(seed=TRAIN_SEED + 1, pairs_per_label=2 * TRAIN_PAIRS_PER_LABEL, per_lean=2 * TRAIN_PER_LEAN,
              prefix="u", excluded=("quotes", "stance", "stance-train")),
}


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {path}")


def persons(actors_path="data/actors.json"):
    """Registered persons with the name forms that identify them unambiguously in 2012-2020 US news: the canonical
    name and the multi-word aliases ('Boris Johnson', not 'Johnson', which is also Ron and Gary Johnson), and every
    alias (the forms Slant's `mentions` match by name)."""
    with open(actors_path, encoding="utf-8") as f:
        registry = json.load(f)
    result = []
    for a in registry["actors"]:
        if a["type"] != "person":
            continue
        forms = [a["name"]] + a.get("aliases", [])
        full = [n for n in forms if " " in n]
        result.append((a["id"], a["name"], full, forms))
    return result


def count_names(text, forms):
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])"
    return len(re.findall(pattern, text))


def subset(corpus_path, out_path):
    rng = random.Random(SEED)
    docs = [d for d in read_jsonl(corpus_path) if MIN_CHARS <= len(d["text"]) <= MAX_CHARS]
    rng.shuffle(docs)
    chosen = {}

    # Part A: quotes.
    for label in LEANS:
        pool = [d for d in docs if d["bias_label"] == label]
        political = [d for d in pool if d["topic"] in POLITICAL_TOPICS]
        per_source = collections.Counter()
        taken = 0
        for part, limit in ((political, QUOTE_ARTICLES_PER_LABEL * 2 // 3), (pool, QUOTE_ARTICLES_PER_LABEL)):
            for d in part:
                if taken >= limit:
                    break
                if d["id"] in chosen or per_source[d["source"]] >= QUOTE_MAX_PER_SOURCE:
                    continue
                chosen[d["id"]] = d
                per_source[d["source"]] += 1
                taken += 1
    part_a = len(chosen)

    stance_articles(docs, chosen, STANCE_PAIRS_PER_LABEL, STANCE_MAX_PER_ACTOR, STANCE_MAX_PER_SOURCE)
    print(f"part A (quotes) {part_a} articles, part B (stance) {len(chosen) - part_a} articles")
    write_jsonl(out_path, sorted(chosen.values(), key=lambda d: d["id"]))


def stance_articles(docs, chosen, per_label, max_per_actor, max_per_source):
    """Part B: stance. An article is a candidate for a person when a full name appears and all name forms appear at
    least twice; each article serves one person (the most named), persons and outlets capped per label. Adds to
    `chosen` (article id -> article), skipping articles already in it."""
    people = persons()
    for label in LEANS:
        per_actor = collections.Counter()
        per_source = collections.Counter()
        taken = 0
        for d in docs:
            if taken >= per_label:
                break
            if d["bias_label"] != label or d["id"] in chosen or per_source[d["source"]] >= max_per_source:
                continue
            best = None
            for actor_id, name, full, forms in people:
                if per_actor[actor_id] >= max_per_actor or count_names(d["text"], full) == 0:
                    continue
                n = count_names(d["text"], forms)
                if n >= 2 and (best is None or n > best[1]):
                    best = (actor_id, n)
            if best:
                chosen[d["id"]] = d
                per_actor[best[0]] += 1
                per_source[d["source"]] += 1
                taken += 1


def train_subset(corpus_path, out_path, training_round="1"):
    """Articles for a stance training set: as part B, with another seed, none of them in an earlier sample."""
    r = TRAIN_ROUNDS[training_round]
    rng = random.Random(r["seed"])
    docs = [d for d in read_jsonl(corpus_path) if MIN_CHARS <= len(d["text"]) <= MAX_CHARS]
    rng.shuffle(docs)
    held_out = {row["article_id"] for part in r["excluded"]
                for row in read_jsonl(f"data/handcoded/{part}/sample.jsonl")}
    chosen = {i: None for i in held_out}
    stance_articles(docs, chosen, r["pairs_per_label"], TRAIN_MAX_PER_ACTOR, TRAIN_MAX_PER_SOURCE)
    picked = [d for i, d in chosen.items() if i not in held_out]
    print(f"stance training articles: {len(picked)} (none of the {len(held_out)} sampled articles)")
    write_jsonl(out_path, sorted(picked, key=lambda d: d["id"]))


# Sentence boundaries for cutting a quote's context: end punctuation (optionally followed by closing quote marks or
# brackets) and white space before a capital letter, a digit or an opening mark, or a line break.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")


def sentence_spans(text):
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def context(text, start, end):
    """The sentence(s) containing text[start:end], plus one sentence before and one after (within the paragraph's
    neighbours too: a quote is often introduced in the previous line)."""
    spans = sentence_spans(text)
    first = next((i for i, (s, e) in enumerate(spans) if e > start), len(spans) - 1)
    last = next((i for i, (s, e) in enumerate(spans) if e >= end), len(spans) - 1)
    lo, hi = max(0, first - 1), min(len(spans) - 1, last + 1)
    return re.sub(r"\s*\n+\s*", " / ", text[spans[lo][0]:spans[hi][1]].strip())


def lean_balanced(rows, per_lean, caps, rng):
    """Up to per_lean rows of each lean in seeded random order, with at most `limit` rows per value of each
    (key, limit) in caps within a lean (per article, per outlet, per person)."""
    rows = list(rows)
    rng.shuffle(rows)
    picked = []
    for lean in LEANS:
        counts, n = [collections.Counter() for _ in caps], 0
        for r in rows:
            if n >= per_lean:
                break
            if r["lean"] != lean or any(c[key(r)] >= limit for c, (key, limit) in zip(counts, caps)):
                continue
            picked.append(r)
            for c, (key, _) in zip(counts, caps):
                c[key(r)] += 1
            n += 1
        if n < per_lean:
            print(f"warning: only {n} items for lean {lean}")
    rng.shuffle(picked)  # coders must not meet the items in lean blocks
    return picked


def templates(out_dir, items):
    for coder in ("coder1", "coder2"):
        write_jsonl(f"{out_dir}/{coder}.jsonl",
                    [{"item_id": i["item_id"], "label": None, "polar": None} for i in items])


def quotes(quotes_path, out_dir):
    """QUOTES.jsonl: one row per quote with article_id, source, lean, bias_label, topic, kind, speaker, text,
    char_start, char_end and the article's full text as article_text."""
    rng = random.Random(SEED)
    # every length: one- and two-word fragments ("duped", "witch hunt") are among the most polar quotes Slant scores
    rows = [r for r in read_jsonl(quotes_path) if r.get("lean") in LEANS and r["text"].strip()]
    rows.sort(key=lambda r: (r["article_id"], r["char_start"], r["char_end"]))  # Spark's row order is not stable
    picked = lean_balanced(rows, QUOTES_PER_LEAN, [(lambda r: r["article_id"], QUOTES_MAX_PER_ARTICLE),
                                                   (lambda r: r["source"], QUOTES_MAX_PER_SOURCE)], rng)
    items, sheet = [], []
    for n, r in enumerate(picked, 1):
        item_id = f"q{n:03d}"
        ctx = context(r["article_text"], r["char_start"], r["char_end"])
        items.append({"item_id": item_id, "article_id": r["article_id"], "source": r["source"], "lean": r["lean"],
                      "bias_label": r["bias_label"], "topic": r["topic"], "kind": r["kind"], "speaker": r["speaker"],
                      "quote": r["text"], "char_start": r["char_start"], "char_end": r["char_end"], "context": ctx})
        sheet.append({"item_id": item_id, "speaker": r["speaker"], "quote": r["text"], "context": ctx})
    write_jsonl(f"{out_dir}/sample.jsonl", items)
    write_jsonl(f"{out_dir}/coding_sheet.jsonl", sheet)
    templates(out_dir, items)
    summary(items)


def stance(mentions_path, out_dir, per_lean=STANCE_PER_LEAN, max_per_source=STANCE_FINAL_MAX_PER_SOURCE,
           max_per_actor=STANCE_FINAL_MAX_PER_ACTOR, seed=SEED, prefix="s"):
    """MENTIONS.jsonl: one row per mention sentence named by name or alias (method = 'name'), persons only, with
    article_id, source, lean, bias_label, topic, title, actor_id, actor_name, char_start, char_end, sentence."""
    rng = random.Random(seed)
    full_forms = {actor_id: full for actor_id, _, full, _ in persons()}
    by_pair = collections.defaultdict(list)
    for r in read_jsonl(mentions_path):
        if r.get("lean") in LEANS and r["actor_id"] in full_forms:
            by_pair[(r["article_id"], r["actor_id"])].append(r)
    pairs = []
    for (article_id, actor_id), ms in sorted(by_pair.items()):
        sentences = sorted({(m["char_start"], m["char_end"]): m["sentence"] for m in ms}.items())
        # named at least twice, once by a full name: 'Johnson' alone is as often Lyndon, Gary or Ron Johnson
        if len(sentences) < 2 or not any(count_names(s, full_forms[actor_id]) for _, s in sentences):
            continue
        pairs.append(dict(min(ms, key=lambda m: m["char_start"]), sentences=[s for _, s in sentences]))
    # one pair per article, outlets and persons capped so the sample is not all Trump
    picked = lean_balanced(pairs, per_lean, [(lambda r: r["article_id"], 1),
                                             (lambda r: r["source"], max_per_source),
                                             (lambda r: r["actor_id"], max_per_actor)], rng)
    per_actor = collections.Counter(p["actor_id"] for p in picked)
    items, sheet = [], []
    for n, p in enumerate(picked, 1):
        item_id = f"{prefix}{n:03d}"
        excerpt = [p["title"]] + [" ".join(s.split()) for s in p["sentences"][:EXCERPT_MAX_SENTENCES]]
        items.append({"item_id": item_id, "article_id": p["article_id"], "source": p["source"], "lean": p["lean"],
                      "bias_label": p["bias_label"], "topic": p["topic"], "actor_id": p["actor_id"],
                      "actor_name": p["actor_name"], "title": p["title"], "sentences_naming": len(p["sentences"]),
                      "excerpt": excerpt})
        sheet.append({"item_id": item_id, "actor_name": p["actor_name"], "title": p["title"], "excerpt": excerpt})
    write_jsonl(f"{out_dir}/sample.jsonl", items)
    write_jsonl(f"{out_dir}/coding_sheet.jsonl", sheet)
    templates(out_dir, items)
    summary(items)
    print("actors:", per_actor.most_common())


def summary(items):
    print("by lean:", collections.Counter(i["lean"] for i in items))
    print("by bias_label:", collections.Counter(i["bias_label"] for i in items))
    print("outlets:", len({i["source"] for i in items}), "articles:", len({i["article_id"] for i in items}),
          "topics:", len({i["topic"] for i in items}))
    if "kind" in items[0]:
        print("kinds:", collections.Counter(i["kind"] for i in items))


def stance_train(mentions_path, out_dir, training_round="1"):
    r = TRAIN_ROUNDS[training_round]
    stance(mentions_path, out_dir, r["per_lean"], TRAIN_FINAL_MAX_PER_SOURCE, TRAIN_FINAL_MAX_PER_ACTOR, r["seed"],
           r["prefix"])


def stance_sentences(train_dir, out_dir):
    """One item per sentence of the stance training set's excerpts (the sentences naming the person, title excluded):
    the writer's stance toward the person in that one sentence, coded by stance-sentences/RULES.md. Same articles as
    stance-train/, so none of them is in the validation sets."""
    items = []
    for pair in read_jsonl(f"{train_dir}/sample.jsonl"):
        for n, sentence in enumerate(pair["excerpt"][1:], 1):
            items.append({"item_id": f"{pair['item_id']}-{n:02d}", "pair_id": pair["item_id"],
                          "actor_name": pair["actor_name"], "title": pair["title"], "sentence": sentence})
    write_jsonl(f"{out_dir}/sample.jsonl", items)
    write_jsonl(f"{out_dir}/coding_sheet.jsonl",
                [{k: i[k] for k in ("item_id", "actor_name", "title", "sentence")} for i in items])
    templates(out_dir, items)
    print(f"{len(items)} sentences of {len({i['pair_id'] for i in items})} article x person pairs")


if __name__ == "__main__":
    verb, args = sys.argv[1], sys.argv[2:]
    {"subset": subset, "quotes": quotes, "stance": stance,
     "train-subset": train_subset, "stance-train": stance_train, "stance-sentences": stance_sentences}[verb](*args)
