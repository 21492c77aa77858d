#!/usr/bin/env python3
"""Four `greenlight ingest` workers on overlapping input against one PostgreSQL database,
while `greenlight serve` on the same database answers /api/status; afterwards every
article is stored exactly once and every show's `status --json` answer equals a
single-process SQLite run over the same articles in the order PostgreSQL committed them.

Why that order: the store is order-dependent by design in one place, near-duplicates (of
two copies of a story, the first stored is the original). A correct concurrent store is
one whose result equals some serial run; the commit order (track_commit_timestamp) is the
serial run to compare with. The scorecard and status answers are compared exactly, and
so are the counts of articles, copies, claims, facts and shows.

usage: tests/pg/concurrency.py [--articles N] [--bin PATH]
Needs GREENLIGHT_TEST_PG=postgres://... (a database the test may create schemas in, on a
server with track_commit_timestamp=on, as scripts/pg-throwaway.sh starts it) and psql;
without them it prints "skipped: ..." and exits 0.

The workers read with `--titles` (a fixed title list from a first `extract` pass), so an
article's claims do not depend on which other articles the same worker read: what is
compared is the store's behaviour under concurrency, not the extractor's learning.
"""
import argparse, json, os, random, shutil, subprocess, sys, tempfile, threading, time, urllib.error, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fail(msg):
    print(f"concurrency: FAILED: {msg}")
    sys.exit(1)


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        fail(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()[-2000:]}")
    return p.stdout


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def with_schema(url, schema):
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=" + urllib.parse.quote(f"-csearch_path={schema}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--bin", default=os.environ.get("GREENLIGHT_BIN", os.path.join(ROOT, "target/release/greenlight")))
    args = ap.parse_args()
    pg = os.environ.get("GREENLIGHT_TEST_PG")
    if not pg:
        print("concurrency: skipped: set GREENLIGHT_TEST_PG=postgres://... to run the PostgreSQL concurrency test")
        return
    if not shutil.which("psql"):
        print("concurrency: skipped: psql is not installed")
        return
    gl = os.path.abspath(args.bin)
    work = tempfile.mkdtemp(prefix="greenlight-conc-")
    schema = f"greenlight_conc_{os.getpid()}"
    psql = ["psql", pg, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c"]
    if run(psql + ["SHOW track_commit_timestamp"]).strip() != "on":
        print("concurrency: skipped: the server needs track_commit_timestamp=on (scripts/pg-throwaway.sh sets it)")
        return
    run(psql + [f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"])
    db = with_schema(pg, schema)
    server = None
    try:
        corpus = os.path.join(work, "corpus.jsonl")
        run([sys.executable, os.path.join(ROOT, "bench/gen_corpus.py"), str(args.articles), corpus, "7"])
        lines = open(corpus).read().splitlines(keepends=True)
        # Four chunk files; every worker reads two of them, so every article is ingested by
        # two workers at about the same time, in different orders.
        chunks = []
        for i in range(4):
            p = os.path.join(work, f"chunk{i}.jsonl")
            with open(p, "w") as f:
                f.writelines(lines[i::4])
            chunks.append(p)
        # A fixed title list, from a first pass over the whole corpus.
        titles = set()
        for line in run([gl, "extract", "--json", "--format", "jsonl", corpus]).splitlines():
            titles.update(s["title"] for s in json.loads(line)["shows"] if s["status"])
        titles_file = os.path.join(work, "titles.txt")
        open(titles_file, "w").write("\n".join(sorted(titles)) + "\n")

        # The server first (it migrates the empty schema), then the workers.
        port = free_port()
        server = subprocess.Popen([gl, "--db", db, "serve", "--addr", f"127.0.0.1:{port}"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/openapi.json", timeout=2).read()
                break
            except Exception:
                if server.poll() is not None:
                    fail(f"serve exited: {server.stderr.read().strip()}")
                time.sleep(0.1)
        else:
            fail("serve did not answer")

        asked = sorted(titles)[:50]
        seen = {"ok": 0, "not_found": 0, "errors": []}
        stop = threading.Event()

        def poll():
            # Bounded: at most 20,000 requests, and only while the workers run.
            n = 0
            while not stop.is_set() and n < 20000:
                t = asked[n % len(asked)]
                n += 1
                try:
                    with urllib.request.urlopen(f"{base}/api/status?title={urllib.parse.quote(t)}", timeout=10) as r:
                        json.loads(r.read())
                        seen["ok"] += 1
                except urllib.error.HTTPError as e:
                    if e.code == 404:
                        seen["not_found"] += 1  # not ingested yet
                    else:
                        seen["errors"].append(f"{t}: HTTP {e.code} {e.read()[:200]!r}")
                except Exception as e:
                    seen["errors"].append(f"{t}: {e}")

        poller = threading.Thread(target=poll)
        poller.start()
        rng = random.Random(3)
        t0 = time.time()
        workers = []
        for i in range(4):
            mine = [chunks[i], chunks[(i + 1) % 4]]
            rng.shuffle(mine)
            workers.append(subprocess.Popen(
                [gl, "--db", db, "ingest", "--json", "--titles", titles_file, "--format", "jsonl"] + mine,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        results = [(w.communicate(), w.returncode) for w in workers]
        pg_secs = time.time() - t0
        stop.set()
        poller.join()
        for (out, err), rc in results:
            if rc != 0:
                fail(f"a worker exited {rc}: {err.strip()[-2000:]}")
        summaries = [json.loads(out) for (out, _), _ in results]
        if seen["errors"]:
            fail(f"{len(seen['errors'])} status request(s) failed during ingest, e.g. {seen['errors'][:3]}")
        if seen["ok"] == 0:
            fail("the server answered no status query while the workers ran")

        # Every article exactly once.
        unique = len({json.loads(l).get("url") for l in lines})
        n_rows, n_keys = run(psql + [f"SELECT count(*), count(DISTINCT key) FROM {schema}.articles"]).strip().split("|")
        if int(n_rows) != unique or int(n_keys) != unique:
            fail(f"{n_rows} article rows, {n_keys} keys, expected {unique}")
        stored = sum(s["stored"] + s["near_duplicates"] for s in summaries)
        dupes = sum(s["exact_duplicates"] for s in summaries)
        if stored != unique or dupes != 2 * len(lines) - unique:
            fail(f"workers stored {stored} and found {dupes} duplicates; expected {unique} and {2 * len(lines) - unique}")

        # The serial run to compare with: the same articles (extracted from the same files,
        # so with the same sources) loaded by one SQLite process in commit order.
        extracted = {}
        for c in chunks:
            for line in run([gl, "extract", "--json", "--titles", titles_file, "--format", "jsonl", c]).splitlines():
                extracted[json.loads(line)["key"]] = line
        order = run(psql + [f"SELECT key FROM {schema}.articles ORDER BY pg_xact_commit_timestamp(xmin), id"]).split("\n")
        order = [k for k in order if k]
        ordered = os.path.join(work, "ordered.jsonl")
        with open(ordered, "w") as f:
            f.writelines(extracted[k] + "\n" for k in order)
        ref = os.path.join(work, "ref.db")
        t0 = time.time()
        run([gl, "--db", ref, "load", ordered])
        ref_secs = time.time() - t0
        ref_shows = json.loads(run([gl, "--db", ref, "shows", "--json"]))

        import sqlite3
        con = sqlite3.connect(ref)
        ref_counts = [str(con.execute(q).fetchone()[0]) for q in (
            "SELECT count(*) FROM articles", "SELECT count(*) FROM articles WHERE copy_of IS NOT NULL",
            "SELECT count(*) FROM claims", "SELECT count(*) FROM facts", "SELECT count(*) FROM shows")]
        con.close()
        pg_counts = [run(psql + [f"SET search_path = {schema}; {q}"]).strip() for q in (
            "SELECT count(*) FROM articles", "SELECT count(*) FROM articles WHERE copy_of IS NOT NULL",
            "SELECT count(*) FROM claims", "SELECT count(*) FROM facts", "SELECT count(*) FROM shows")]
        if ref_counts != pg_counts:
            fail(f"articles, copies, claims, facts, shows: SQLite {ref_counts}, PostgreSQL {pg_counts}")
        pg_shows = json.loads(run([gl, "--db", db, "shows", "--json"]))
        key = lambda rows: sorted(json.dumps(r, sort_keys=True) for r in rows)
        if key(pg_shows) != key(ref_shows):
            fail("the scorecards differ")
        differ = []
        for r in ref_shows:
            a = run([gl, "--db", ref, "status", r["title"], "--json"])
            with urllib.request.urlopen(f"{base}/api/status?title={urllib.parse.quote(r['title'])}", timeout=10) as resp:
                b = resp.read().decode()
            if json.loads(a) != json.loads(b):
                differ.append(r["title"])
        if differ:
            fail(f"{len(differ)} of {len(ref_shows)} status answers differ, e.g. {differ[:5]}")
        print(f"concurrency: ok: {unique} articles stored once by 4 workers ({2 * len(lines) - unique} duplicates refused), "
              f"{ref_counts[1]} stored as copies, {len(ref_shows)} status answers equal to one SQLite process in commit order; the server answered {seen['ok']} status "
              f"queries meanwhile ({seen['not_found']} not yet known); 4 workers {pg_secs:.1f} s, one SQLite load {ref_secs:.1f} s")
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        subprocess.run(psql + [f"DROP SCHEMA IF EXISTS {schema} CASCADE"], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
