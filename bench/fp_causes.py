#!/usr/bin/env python3
"""Why greenlight gives a status to shows that a private set's truth does not list.

The twin of miss_causes.py for false positives. It prints only counts per cause, never
titles or page text, so it can be run on a held-out set without reading it.

Each predicted show with a status that the truth does not list (score_real.py's FP) is
described by several independent features:
  form       near-truth: the title overlaps a truth title of the page (a longer or
             shorter form of a true show); absent: the title is not in the page text
             as written; else other
  kind       the title candidate's kind in the extractor's trace (Quoted, Headline,
             Repeated, Possessive, Known, ...); none if not a candidate
  where      headline: named in the headline; tail: first named in the last fifth of
             the body (site chrome); body otherwise
  mentions   how often the title occurs in the page (1, 2, 3+)
  evidence   direct: some claim's evidence names the title; anaphora otherwise
  rule       the family of the first claim's rule (renewed, cancelled, ...)
  category   the page's category (a, b, c, d)
  words      the title's length in words (1, 2, 3+)
  age        the earliest dated claim's year against the publication year (same-year,
             last-year, older), or undated when every claim takes the publication date
  certainty  the first claim's certainty

Usage: bench/fp_causes.py DIR [DIR ...]   (GREENLIGHT_BIN as for score_real.py)
"""
import json, os, re, subprocess, sys

import gl_trace
from collections import Counter, defaultdict

BIN = os.environ.get("GREENLIGHT_BIN", "target/release/greenlight")


def norm(t):
    t = (t or "").lower().replace("’", "'").replace("&", " and ")
    t = re.sub(r"[`']", "", t)
    t = re.sub(r"^the ", "", t)
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def candidates(path):
    return gl_trace.trace(BIN, path, norm)[0]


def rec_date(text):
    m = re.match(r"\s*date (\d{4})-", text)
    return int(m.group(1)) if m else None


features = defaultdict(Counter)
combos = Counter()
total = 0
for d in sys.argv[1:]:
    truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl")) if l.strip()]
    for rec in truth:
        path = os.path.join(d, rec["file"])
        res = subprocess.run([BIN, "extract", "--json", path], capture_output=True, text=True)
        shows = []
        for line in res.stdout.splitlines():
            if line.strip():
                shows.extend(json.loads(line).get("shows", []))
        tnames = {norm(s["title"]) for s in rec["shows"]}
        text = open(path, errors="replace").read()
        head, _, body = text.partition("\n")
        ntext, nhead, nbody = norm(text), norm(head), norm(body)
        pub = rec_date(text)
        cands = None
        seen = set()
        for s in shows:
            k = norm(s["title"])
            if not s.get("status") or k in tnames or k in seen:
                continue
            seen.add(k)
            if cands is None:
                cands = candidates(path)
            total += 1
            f = {}
            pad = f" {k} "
            if any(t and (pad in f" {t} " or f" {t} " in pad) for t in tnames):
                f["form"] = "near-truth"
            elif pad not in f" {ntext} ":
                f["form"] = "absent"
            else:
                f["form"] = "other"
            f["kind"] = cands.get(k, "none")
            pos = f" {nbody} ".find(pad)
            if pad in f" {nhead} ":
                f["where"] = "headline"
            elif pos >= 0 and pos > 0.8 * len(nbody):
                f["where"] = "tail"
            else:
                f["where"] = "body"
            n = f" {ntext} ".count(pad)
            f["mentions"] = "3+" if n >= 3 else str(n)
            claims = s.get("claims", [])
            f["evidence"] = "direct" if any(pad in f" {norm(c['evidence']['text'])} " for c in claims) else "anaphora"
            f["rule"] = claims[0]["rule"].split(".")[0] if claims else "none"
            f["category"] = rec.get("category", "?")
            f["words"] = str(min(len(k.split()), 3)) + ("+" if len(k.split()) >= 3 else "")
            dates = [c.get("date") for c in claims if c.get("date_basis") not in (None, "published")]
            if not dates:
                f["age"] = "undated"
            else:
                y = min(int(x[:4]) for x in dates if x)
                f["age"] = "same-year" if pub and y >= pub - 0 else ("last-year" if pub and y == pub - 1 else "older")
            f["certainty"] = claims[0].get("certainty", "none") if claims else "none"
            for name, v in f.items():
                features[name][v] += 1
            combos[(f["form"], f["where"], f["evidence"], f["kind"])] += 1

print(f"false shows with a status: {total}")
for name in ["category", "form", "kind", "where", "mentions", "evidence", "rule", "words", "age", "certainty"]:
    print(f"{name:9} " + "  ".join(f"{v}={c}" for v, c in features[name].most_common()))
print("form/where/evidence/kind:")
for k, c in combos.most_common(12):
    print(f"  {c:3}  " + " ".join(k))
