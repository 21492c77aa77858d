#!/usr/bin/env bash
# The Spark example end to end, in local mode, with its checks:
#   1. a generated corpus of N articles in S shards, one shard with malformed lines;
#   2. the single-process run: `greenlight ingest --titles` over the same shards (SQLite);
#   3. the Spark job with one shard's greenlight killed halfway (the task is retried),
#      loaded into PostgreSQL ($GREENLIGHT_TEST_PG) or else SQLite;
#   4. the same store as the single-process run: counts, scorecard, every status answer;
#   5. a rerun of the job and the load: nothing extracted again, nothing stored twice;
#   6. a run whose driver gives up (no task retries) after a killed worker, then a rerun
#      that completes only what was left, with the same answers.
#
# usage: examples/spark/run.sh [N] [S]     (default 2000 articles in 8 shards)
# Environment: GREENLIGHT_BIN (default target/release/greenlight, built if missing),
# GREENLIGHT_TEST_PG, SPARK_PYTHON (python3). Skips, saying so, when pyspark or java is
# missing and cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2000}
shards=${2:-8}
py=${SPARK_PYTHON:-python3}
say() { echo "spark: $*"; }

if ! command -v java >/dev/null 2>&1; then say "SKIPPED: java is not installed"; exit 0; fi
if ! "$py" -c 'import pyspark' >/dev/null 2>&1; then
  if ! "$py" -m pip install -q pyspark >/tmp/greenlight-pyspark-pip.log 2>&1 || ! "$py" -c 'import pyspark' >/dev/null 2>&1; then
    say "SKIPPED: pyspark is not installed and could not be installed (see /tmp/greenlight-pyspark-pip.log)"
    exit 0
  fi
fi
if [ -z "${GREENLIGHT_BIN:-}" ]; then cargo build --release -q -p greenlight; fi
bin=$(realpath "${GREENLIGHT_BIN:-target/release/greenlight}")

work=$(mktemp -d /tmp/greenlight-spark.XXXXXX)
schema=""
cleanup() {
  if [ -n "$schema" ]; then psql "$GREENLIGHT_TEST_PG" -qAtXc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fresh_db() {  # a new empty store: a PostgreSQL schema, else a SQLite file
  if [ -n "${GREENLIGHT_TEST_PG:-}" ] && command -v psql >/dev/null; then
    [ -n "$schema" ] && psql "$GREENLIGHT_TEST_PG" -qAtXc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null
    schema="greenlight_spark_$$_$1"
    psql "$GREENLIGHT_TEST_PG" -qAtXc "CREATE SCHEMA $schema" >/dev/null
    local sep='?'; case "$GREENLIGHT_TEST_PG" in *\?*) sep='&';; esac
    echo "${GREENLIGHT_TEST_PG}${sep}options=-csearch_path%3D$schema"
  else
    echo "$work/spark-$1.db"
  fi
}
secs() { python3 -c "import time,sys; print(f'{time.time()-float(sys.argv[1]):.1f}')" "$1"; }

python3 bench/gen_corpus.py "$n" "$work/corpus.jsonl" 11
mkdir -p "$work/shards"
split -n "l/$shards" -d -a 3 --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/shards/shard-"
# A malformed shard: a truncated record and a line that is not JSON at all.
printf '{"url": "https://example.test/broken", "text": "Netflix has renewed\n' >> "$work/shards/shard-001.jsonl"
printf 'this line is not JSON\n' >> "$work/shards/shard-001.jsonl"
say "$n articles in $shards shards, one with 2 malformed lines"

# 1. The Spark job: a titles pass, then extraction with one shard's worker killed halfway.
db=$(fresh_db a)
t0=$(date +%s.%N)
# (The killed attempt's stack trace goes to job1.err; Spark retries the task.)
"$py" examples/spark/job.py "$work/shards" "$work/out" --bin "$bin" --db "$db" \
  --fail-shard shard-002.jsonl > "$work/job1.json" 2> "$work/job1.err" || { tail -20 "$work/job1.err"; say "FAILED: the job failed"; exit 1; }
spark_secs=$(secs "$t0")
[ -e "$work/out/.failed-once-shard-002.jsonl" ] || { say "FAILED: no worker was killed"; exit 1; }
say "job: $(cat "$work/job1.json") in $spark_secs s"

# 2. The single-process run over the same shards, with the same titles.
# Run from the shards' directory, so sources read "shard-001.jsonl:N" as the job writes them.
cd "$work/shards"
t0=$(date +%s.%N)
"$bin" extract --json --format jsonl *.jsonl > /dev/null 2>&1 || true
titles_secs=$(secs "$t0")
t0=$(date +%s.%N)
"$bin" extract --json --titles "$work/out/titles.txt" --format jsonl *.jsonl > "$work/single.jsonl" 2> /dev/null || true
extract_secs=$(secs "$t0")
t0=$(date +%s.%N)
"$bin" --db "$work/single.db" ingest --titles "$work/out/titles.txt" --format jsonl *.jsonl \
  > /dev/null 2> "$work/single.err" || true
single_secs=$(secs "$t0")
cd - > /dev/null
say "single process: titles pass $titles_secs s, extract --titles $extract_secs s, ingest --titles $single_secs s"
grep -q "skipped .*shard-001.jsonl" "$work/single.err" || { say "FAILED: the single-process run did not report the malformed lines"; exit 1; }

compare() {  # the store at $1 answers exactly as the single-process store
  python3 - "$bin" "$work/single.db" "$1" <<'EOF'
import json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
gl, ref, got = sys.argv[1:]
def q(db, *a):
    return subprocess.run([gl, "--db", db, *a, "--json"], capture_output=True, text=True, check=True).stdout
a, b = json.loads(q(ref, "shows")), json.loads(q(got, "shows"))
if a != b:
    sys.exit(f"spark: FAILED: the scorecards differ ({len(a)} and {len(b)} rows)")
# Each query is a process that mostly waits on its connection: ask eight at a time.
pool = ThreadPoolExecutor(8)
def same(kind, title):
    return json.loads(q(ref, kind, title)) == json.loads(q(got, kind, title))
titles = [r["title"] for r in a]
differ = [t for t, ok in zip(titles, pool.map(lambda t: same("status", t), titles)) if not ok]
if differ:
    sys.exit(f"spark: FAILED: {len(differ)} status answers differ, e.g. {differ[:5]}")
tl = [t for t, ok in zip(titles[:50], pool.map(lambda t: same("timeline", t), titles[:50])) if not ok]
if tl:
    sys.exit(f"spark: FAILED: timelines differ for {tl[:5]}")
print(f"spark: same store as the single-process run: {len(a)} shows, every status answer equal")
EOF
}
claims_equal() {  # every shard's output holds exactly the claims one process extracts
  python3 - "$work/out" "$work/single.jsonl" <<'EOF'
import collections, glob, json, sys
out, single = sys.argv[1:]
def claims(lines):
    return collections.Counter(
        (x["key"], x["source"], s["title"], s["status"], c["rule"], c["evidence"]["start"], c["evidence"]["end"])
        for l in lines for x in [json.loads(l)] for s in x["shows"] for c in s["claims"])
mine = claims(l for p in sorted(glob.glob(f"{out}/*.out")) for l in open(p))
theirs = claims(open(single))
if mine != theirs:
    sys.exit(f"spark: FAILED: {sum(mine.values())} claims from Spark, {sum(theirs.values())} from one process; "
             f"{sum((mine - theirs).values())} only in Spark's")
print(f"spark: same claims as one process: {sum(mine.values())} claims, identical")
EOF
}
[ -z "$(ls "$work/out" | grep '\.tmp' || true)" ] || { say "FAILED: temporary files left in the output"; exit 1; }
[ "$(ls "$work"/out/*.out | wc -l)" = "$shards" ] || { say "FAILED: not every shard has its output"; exit 1; }
grep -q "shard-001.jsonl:" "$work/out/shard-001.jsonl.skipped" || { say "FAILED: the malformed lines were not reported"; exit 1; }
claims_equal
compare "$db"

# 3. A rerun: nothing left to extract, and loading again stores nothing.
"$py" examples/spark/job.py "$work/shards" "$work/out" --bin "$bin" --db "$db" > "$work/job2.json" 2> "$work/job2.err"
python3 - "$work/job2.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
if r["extracted_now"] != 0 or r["loaded"]["stored"] != 0 or r["loaded"]["near_duplicates"] != 0:
    sys.exit(f"spark: FAILED: the rerun did work again: {r}")
print(f"spark: rerun: nothing extracted again, {r['loaded']['exact_duplicates']} articles already stored, none twice")
EOF
compare "$db"

# 4. A driver that gives up: no task retries, one worker killed, so the job fails with
#    some shards done; the rerun completes only the rest.
db=$(fresh_db b)
if SPARK_MASTER='local[2,1]' "$py" examples/spark/job.py "$work/shards" "$work/out2" --bin "$bin" \
    --titles "$work/out/titles.txt" --fail-shard shard-003.jsonl > "$work/job3.json" 2> "$work/job3.err"; then
  say "FAILED: the job without retries should have failed"; exit 1
fi
[ ! -e "$work/out2/shard-003.jsonl.out" ] || { say "FAILED: the killed shard left an output"; exit 1; }
"$py" examples/spark/job.py "$work/shards" "$work/out2" --bin "$bin" --titles "$work/out/titles.txt" --db "$db" > "$work/job4.json" 2> "$work/job4.err"
say "after a failed run: $(cat "$work/job4.json")"
compare "$db"
echo "spark: ok: $n articles, Spark $spark_secs s (local mode, $(nproc) cores: titles pass, extract, load), single process: titles pass $titles_secs s, extract $extract_secs s, ingest $single_secs s"
