#!/usr/bin/env bash
# Extraction throughput: greenlight extract as a line filter over a generated corpus,
# on one core and on all cores (one process per core over shards), with peak memory.
# usage: bench/run.sh [N]   (default 10000 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
: ${GREENLIGHT_BIN:=}; [ -n "$GREENLIGHT_BIN" ] || cargo build --release -q
bin=${GREENLIGHT_BIN:-target/release/greenlight}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_corpus.py "$n" "$work/corpus.jsonl"
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$work/corpus.jsonl")
cores=$(nproc)
echo "corpus: $n articles, $bytes bytes of text, $cores cores"
one() {
  /usr/bin/time -f "%e %M" -o "$work/time" taskset -c 0 "$bin" extract --json --format jsonl - < "$work/corpus.jsonl" > "$work/out.jsonl"
  read -r secs kb < "$work/time"
  echo "one core:  $secs s  $(python3 -c "print(f'{$n/$secs:.0f} articles/s, {$bytes/$secs/1e6:.2f} MB/s')")  peak RSS ${kb} KB"
}
all() {
  split -n l/"$cores" -d "$work/corpus.jsonl" "$work/shard."
  start=$(date +%s.%N)
  for s in "$work"/shard.*; do
    /usr/bin/time -f "%M" -o "$s.time" "$bin" extract --json --format jsonl - < "$s" > "$s.out" &
  done
  wait
  end=$(date +%s.%N)
  secs=$(python3 -c "print(round($end-$start,2))")
  peak=$(cat "$work"/shard.*.time | sort -n | tail -1)
  echo "all cores: $secs s  $(python3 -c "print(f'{$n/$secs:.0f} articles/s, {$bytes/$secs/1e6:.2f} MB/s')")  peak RSS per process ${peak} KB"
}
one
all
echo "claims: $(grep -o '"kind":"status"' "$work/out.jsonl" | wc -l) status claims in the one-core output"
