#!/usr/bin/env bash
# Extraction throughput on real general news: the article bodies of the Zyte
# article-extraction benchmark (../shared/data, not in the repository; skipped when
# absent), 181 real pages from many kinds of sites, repeated to N articles with distinct
# URLs. Most are not about television, as in a news firehose.
# usage: bench/firehose.sh [N]   (default 10000 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
truth=../shared/data/article-extraction-benchmark/ground-truth.json
if [ ! -f "$truth" ]; then echo "skipping: $truth is absent"; exit 0; fi
: ${GREENLIGHT_BIN:=}; [ -n "$GREENLIGHT_BIN" ] || cargo build --release -q
bin=${GREENLIGHT_BIN:-target/release/greenlight}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$truth" "$n" "$work/corpus.jsonl" <<'PY'
import json, sys
pages = list(json.load(open(sys.argv[1])).values())
n = int(sys.argv[2])
with open(sys.argv[3], "w") as f:
    for i in range(n):
        p = pages[i % len(pages)]
        f.write(json.dumps({"url": f"{p['url']}#{i}", "text": p["articleBody"]}) + "\n")
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$work/corpus.jsonl")
/usr/bin/time -f "%e %M" -o "$work/time" taskset -c 0 "$bin" extract --json --format jsonl - < "$work/corpus.jsonl" > "$work/out.jsonl"
read -r secs kb < "$work/time"
with=$(grep -c '"status":"' "$work/out.jsonl" || true)
echo "firehose: $n articles, $bytes bytes of text"
echo "one core: $secs s  $(python3 -c "print(f'{$n/$secs:.0f} articles/s, {$bytes/$secs/1e6:.2f} MB/s')")  peak RSS ${kb} KB"
echo "articles with a show status: $with of $n"
