#!/usr/bin/env bash
# Load figure for BENCHMARKS.md: wrk against GET /api/status on loopback, over a store of
# 100,000+ claims built from bench/gen_corpus.py, cycling through every show's title.
#
# usage: scripts/load_status.sh [ARTICLES] [WORKDIR]
#   ARTICLES  generated articles (default 42000, about 103,000 status claims)
#   WORKDIR   where the corpus, store and wrk script live (default a temp dir, removed);
#             give one to keep the store between runs.
# Environment: GREENLIGHT_BIN (default: build target/release/greenlight), WRK_CONNECTIONS
# (32), WRK_THREADS (2), WRK_DURATION (20s), PORT (8099). Needs wrk and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-42000}
keep=${2:-}
: "${WRK_CONNECTIONS:=32}" "${WRK_THREADS:=2}" "${WRK_DURATION:=20s}" "${PORT:=8099}"
command -v wrk >/dev/null || { echo "load: wrk is not installed (apt-get install wrk)"; exit 1; }
if [ -z "${GREENLIGHT_BIN:-}" ]; then cargo build --release -q -p greenlight; fi
bin=$(realpath "${GREENLIGHT_BIN:-target/release/greenlight}")
if [ -n "$keep" ]; then work=$keep; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
db=$work/load.db

if [ ! -s "$db" ]; then
  python3 bench/gen_corpus.py "$n" "$work/corpus.jsonl"
  split -n l/"$(nproc)" -d "$work/corpus.jsonl" "$work/shard."
  for s in "$work"/shard.??; do "$bin" extract --json --format jsonl - < "$s" > "$s.out" & done
  wait
  cat "$work"/shard.??.out | "$bin" --db "$db" load -
  rm -f "$work"/shard.* "$work/corpus.jsonl"
fi
"$bin" --db "$db" shows --json | python3 -c '
import json, sys, urllib.parse
titles = [r["title"] for r in json.load(sys.stdin)]
print("-- wrk: GET /api/status for every show in turn")
print("local paths = {")
for t in titles:
    print("  \"/api/status?title=%s\"," % urllib.parse.quote(t))
print("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1")
print("  if os.getenv(\"AS_OF\") then")
print("    -- a random day in 2018-2026: almost every answer is computed, not cached")
print("    local d = math.random(0, 3286)")
print("    return wrk.format(\"GET\", paths[i] .. \"&as_of=\" .. os.date(\"!%Y-%m-%d\", 1514764800 + d * 86400))")
print("  end")
print("  return wrk.format(\"GET\", paths[i])\nend")
' > "$work/status.lua"
claims=$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("select count(*) from claims").fetchone()[0], c.execute("select count(*) from shows").fetchone()[0])' "$db")
echo "store: $claims (claims, shows) in $db"

"$bin" --db "$db" serve --addr "127.0.0.1:$PORT" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; [ -n "$keep" ] || rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/api/openapi.json" >/dev/null && break; sleep 0.1; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d5s -s "$work/status.lua" "http://127.0.0.1:$PORT" >/dev/null  # warm-up
echo "== today's status of each show in turn (answers cached after the first round)"
echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency -s status.lua http://127.0.0.1:$PORT"
wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency -s "$work/status.lua" "http://127.0.0.1:$PORT"
echo "== each show as of a random day (claims cached, status resolved per request)"
echo "AS_OF=random wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency -s status.lua http://127.0.0.1:$PORT"
AS_OF=random wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency -s "$work/status.lua" "http://127.0.0.1:$PORT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
