#!/usr/bin/env python3
"""Why greenlight misses the shows it misses on a private set of real articles.

Each show that `bench/score_real.py --verbose` reports as MISS is sorted into one cause:
  absent       the title does not occur in the page text (labelling or transcription)
  not-cand     the title never became a title candidate (the extractor's trace line
               "title candidates ... candidates=[...]" does not list it)
  cand-nofire  a candidate, but no rule firing names it
  cand-fired   a firing names it, and its claim was lost later

Usage: bench/miss_causes.py [--list CAUSE] DIR [DIR ...]
  --list CAUSE   also print each such miss with a snippet of the page around it
  --features     also count, per cause, where and how the missed titles stand (page
                 category, line start, line length, quotes, mentions, what follows),
                 without printing any title or text, so held-out sets stay unread
Uses GREENLIGHT_BIN like score_real.py (default target/release/greenlight).
"""
import os, re, subprocess, sys

import gl_trace

BIN = os.environ.get("GREENLIGHT_BIN", "target/release/greenlight")
args = sys.argv[1:]
show = None
FEATURES = "--features" in args
if FEATURES:
    args.remove("--features")
if "--list" in args:
    k = args.index("--list")
    show = args[k + 1]
    del args[k : k + 2]


def norm(t):
    t = t.lower().replace("’", "'")
    t = re.sub(r"^the ", "", t)
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def trace(path):
    return gl_trace.trace(BIN, path, norm)


from collections import Counter, defaultdict

feats = defaultdict(Counter)


def describe(cause, title, text, cat):
    low, t = text.lower(), title.lower()
    i = low.find(t)
    if i < 0:
        return
    ls = text.rfind("\n", 0, i) + 1
    le = text.find("\n", i)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    before = text[ls:i]
    f = {
        "cat": cat,
        "line-start": "yes" if re.fullmatch(r"[\W\d]*", before) else "no",
        "line": "short" if len(line) <= 70 else "long",
        "quoted": "yes" if i > 0 and text[i - 1] in "\"'“‘" else "no",
        "mentions": str(min(low.count(t), 3)),
        "headline": "yes" if i < text.find("\n") else "no",
        "next": (text[i + len(title) : i + len(title) + 1] or "end").replace("\n", "eol").replace(" ", "space"),
        "words": str(min(len(title.split()), 3)),
    }
    for k, v in f.items():
        feats[(cause, k)][v] += 1


totals = {"miss": 0, "absent": 0, "not-cand": 0, "cand-nofire": 0, "cand-fired": 0}
for d in args:
    out = subprocess.run(
        ["python3", "bench/score_real.py", "--dir", d, "--verbose"],
        capture_output=True, text=True, env=dict(os.environ, GREENLIGHT_BIN=BIN),
    ).stdout
    cache = {}
    cats = {}
    for l in open(os.path.join(d, "truth.jsonl")):
        if l.strip():
            r = __import__("json").loads(l)
            cats[r["file"]] = r.get("category", "?")
    for line in out.splitlines():
        p = line.split("\t")
        if len(p) < 4 or p[1] != "MISS":
            continue
        f, title = p[0], p[2]
        path = os.path.join(d, f)
        text = open(path, errors="replace").read()
        totals["miss"] += 1
        if norm(title) not in norm(text):
            cause = "absent"
        else:
            if path not in cache:
                cache[path] = trace(path)
            cands, firings = cache[path]
            if norm(title) not in cands:
                cause = "not-cand"
            elif any(title.lower() in l.lower() for l in firings):
                cause = "cand-fired"
            else:
                cause = "cand-nofire"
        totals[cause] += 1
        if FEATURES:
            describe(cause, title, text, cats.get(f, "?"))
        if cause == show:
            i = text.lower().find(title.lower())
            snip = text[max(0, i - 90) : i + len(title) + 90].replace("\n", " / ") if i >= 0 else ""
            print(f"{os.path.basename(d)}/{f} [{title}] {p[3]} :: {snip}")
print(totals)
for (cause, k), c in sorted(feats.items()):
    print(f"{cause:11} {k:10} " + "  ".join(f"{v}={n}" for v, n in c.most_common()))
