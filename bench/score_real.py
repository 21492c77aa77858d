#!/usr/bin/env python3
"""Score greenlight extract --json output on a private set of real articles.

The articles themselves are not in the repository (they are third-party text). Keep them
in a directory of your own: NN.txt files (greenlight's plain-text input format) and a
truth.jsonl with one line per file: {"file", "shows": [{"title", "status", "season",
"network"}], "cast": [{"actor", "character"}]} (cast only for files that list one).

Usage: bench/score_real.py --dir DIR [--bin PATH] [--rerun] [--verbose]
  --rerun   re-run greenlight on every NN.txt (otherwise uses out/NN.json if present)
  --all-shows  score cast attached to any show (default: the article's main show only,
               which is what `greenlight show TITLE` answers)
Metrics:
  status P/R/F1 over (normalized title, status) pairs
  title P/R/F1 (detection regardless of status)
  season accuracy: over title-matched shows whose truth season is set
  network accuracy: over title-matched shows whose truth network is set
  cast P/R/F1 over (actor, character) pairs, only files whose truth has a "cast" key
"""
import json, os, re, subprocess, sys, unicodedata
from collections import defaultdict

HERE = os.environ.get("GREENLIGHT_EVAL_DIR", ".")
BIN = os.environ.get("GREENLIGHT_BIN", "target/release/greenlight")
args = sys.argv[1:]
if "--dir" in args:
    HERE = os.path.abspath(args[args.index("--dir") + 1])
if "--bin" in args:
    BIN = args[args.index("--bin") + 1]
RERUN = "--rerun" in args
VERBOSE = "--verbose" in args
ALL_SHOWS = "--all-shows" in args


def norm_title(t):
    t = unicodedata.normalize("NFKD", t or "").encode("ascii", "ignore").decode()
    t = t.lower().replace("&", " and ")
    t = re.sub(r"[’'`]", "", t)
    t = re.sub(r"[^a-z0-9]+", " ", t).strip()
    t = re.sub(r"^the ", "", t)
    return t


NET_ALIASES = {
    "the cw": "cw", "cw": "cw", "fox": "fox", "fox broadcasting": "fox",
    "apple tv": "apple tv", "apple tv plus": "apple tv", "apple": "apple tv",
    "paramount": "paramount", "paramount plus": "paramount",
    "prime video": "amazon", "amazon": "amazon", "amazon prime video": "amazon",
    "pop tv": "pop", "pop": "pop", "usa": "usa", "usa network": "usa",
    "hbo": "hbo", "hbo max": "hbo max", "max": "hbo max", "syfy": "syfy",
}


def norm_net(n):
    n = (n or "").lower().replace("+", " plus ")
    n = re.sub(r"[^a-z0-9]+", " ", n).strip()
    return NET_ALIASES.get(n, n)


def norm_person(p):
    p = unicodedata.normalize("NFKD", p or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", p.lower()).strip()


def char_match(a, b):
    a, b = norm_person(a), norm_person(b)
    a = re.sub(r"^(the|dr|mr|mrs|ms) ", "", a)
    b = re.sub(r"^(the|dr|mr|mrs|ms) ", "", b)
    if not a or not b:
        return False
    return a == b or a.split()[0] == b.split()[0] or a in b or b in a


def aslist(x):
    return x if isinstance(x, list) else [x]


def prf(tp, npred, ntrue):
    p = tp / npred if npred else 1.0
    r = tp / ntrue if ntrue else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run(fname):
    out = os.path.join(HERE, "out", fname.replace(".txt", ".json"))
    if RERUN or not os.path.exists(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        res = subprocess.run([BIN, "extract", "--json", os.path.join(HERE, fname)],
                             capture_output=True, text=True)
        open(out, "w").write(res.stdout)
    shows = []
    for line in open(out):
        line = line.strip()
        if line:
            shows.extend(json.loads(line).get("shows", []))
    return shows


truth = [json.loads(l) for l in open(os.path.join(HERE, "truth.jsonl")) if l.strip()]

agg = defaultdict(lambda: defaultdict(int))  # category -> counters
errors = []
for rec in truth:
    cat = rec.get("category", "?")
    pred = run(rec["file"])
    tshows = {norm_title(s["title"]): s for s in rec["shows"]}
    pshows = {}
    for s in pred:
        pshows.setdefault(norm_title(s["title"]), s)
    for c in (cat, "ALL"):
        A = agg[c]
        A["files"] += 1
        A["pred"] += len(pshows)
        A["pred_status"] += sum(1 for s in pshows.values() if s.get("status"))
        A["true"] += len(tshows)
    for k, ts in tshows.items():
        ps = pshows.get(k)
        if ps is None:
            errors.append((rec["file"], "MISS", ts["title"], aslist(ts["status"]), None))
            continue
        ok_status = ps.get("status") in aslist(ts["status"])
        for c in (cat, "ALL"):
            agg[c]["title_tp"] += 1
            agg[c]["status_tp"] += ok_status
        if not ok_status:
            errors.append((rec["file"], "STATUS", ts["title"], aslist(ts["status"]), ps.get("status")))
        if ts.get("season") is not None:
            ok = ps.get("season") in aslist(ts["season"])
            for c in (cat, "ALL"):
                agg[c]["season_n"] += 1
                agg[c]["season_ok"] += ok
            if not ok:
                errors.append((rec["file"], "SEASON", ts["title"], aslist(ts["season"]), ps.get("season")))
        if ts.get("network") is not None:
            ok = norm_net(ps.get("network")) in [norm_net(n) for n in aslist(ts["network"])]
            for c in (cat, "ALL"):
                agg[c]["net_n"] += 1
                agg[c]["net_ok"] += ok
            if not ok:
                errors.append((rec["file"], "NETWORK", ts["title"], aslist(ts["network"]), ps.get("network")))
    for k, ps in pshows.items():
        if k not in tshows:
            errors.append((rec["file"], "FP", ps["title"], None, ps.get("status")))
    if "cast" in rec:
        pc = []
        # The article's main show is listed first; `show TITLE` answers with its facts.
        # --all-shows counts cast attached to any show in the article.
        scope = pred if ALL_SHOWS else pred[:1]
        for s in scope:
            for fa in s.get("facts", []):
                if fa.get("kind") == "cast":
                    v = fa.get("value", {})
                    pc.append((v.get("actor"), v.get("character")))
        pc = list(dict.fromkeys(pc))
        tc = [(c["actor"], c["character"]) for c in rec["cast"]]
        used = set()
        tp = 0
        for ta, tch in tc:
            for i, (pa, pch) in enumerate(pc):
                if i in used:
                    continue
                if norm_person(pa) == norm_person(ta) and char_match(pch, tch):
                    used.add(i)
                    tp += 1
                    break
            else:
                errors.append((rec["file"], "CAST_MISS", f"{ta} as {tch}", None, None))
        for i, (pa, pch) in enumerate(pc):
            if i not in used:
                errors.append((rec["file"], "CAST_FP", f"{pa} as {pch}", None, None))
        for c in (cat, "ALL"):
            agg[c]["cast_tp"] += tp
            agg[c]["cast_pred"] += len(pc)
            agg[c]["cast_true"] += len(tc)


def report(name, A):
    sp, sr, sf = prf(A["status_tp"], A["pred_status"], A["true"])
    tp_, tr, tf = prf(A["title_tp"], A["pred"], A["true"])
    print(f"== {name}: files={A['files']} truth_shows={A['true']} predicted_shows={A['pred']} (with status: {A['pred_status']})")
    print(f"   status  P={sp:.3f} R={sr:.3f} F1={sf:.3f}  (tp={A['status_tp']})")
    print(f"   title   P={tp_:.3f} R={tr:.3f} F1={tf:.3f}  (tp={A['title_tp']})")
    if A["season_n"]:
        print(f"   season  acc={A['season_ok']/A['season_n']:.3f} ({A['season_ok']}/{A['season_n']})")
    if A["net_n"]:
        print(f"   network acc={A['net_ok']/A['net_n']:.3f} ({A['net_ok']}/{A['net_n']})")
    if A["cast_true"] or A["cast_pred"]:
        cp, cr, cf = prf(A["cast_tp"], A["cast_pred"], A["cast_true"])
        print(f"   cast    P={cp:.3f} R={cr:.3f} F1={cf:.3f}  (tp={A['cast_tp']} pred={A['cast_pred']} true={A['cast_true']})")


report("ALL", agg["ALL"])
for c, label in [("a", "single-show news"), ("b", "lists"), ("c", "explainers"), ("d", "traps")]:
    report(f"{c} {label}", agg[c])
if VERBOSE:
    print("\n-- errors --")
    for e in errors:
        print("\t".join(str(x) for x in e))
