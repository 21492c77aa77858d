#!/usr/bin/env python3
"""greenlight over sharded JSONL on Spark: `rdd.pipe` into the greenlight binary, one
output file per shard written atomically, then `greenlight load` into a store.

usage:
  spark-submit examples/spark/job.py SHARDS_DIR OUT_DIR --bin PATH [--db URL_OR_PATH]
      [--titles FILE] [--loaders N] [--fail-shard NAME]
  python3 examples/spark/job.py ...   (local mode, with pyspark from PyPI)

- Each shard (a `*.jsonl` file in SHARDS_DIR) is one partition, piped through
  `greenlight extract --json --format jsonl --titles TITLES -`. Its output goes to
  OUT_DIR/NAME.out.tmp-<attempt> and is renamed to OUT_DIR/NAME.out only when complete
  (every input line accounted for, as a JSON line or a "skipped" report), so a killed
  worker leaves no partial output; Spark retries the task. Lines greenlight could not read
  are listed in OUT_DIR/NAME.skipped.
- A shard whose NAME.out exists is done: a rerun after a failure does only what is left.
- Without --titles, a first pass over all shards collects every title given a status
  (written to OUT_DIR/titles.txt); the second pass reads every article knowing exactly
  those titles, so the claims do not depend on how the input is sharded.
- Then `greenlight --db DB load` stores every shard's output (idempotent: a rerun of the
  load, or of the whole job, stores nothing twice). --loaders N runs N loads at once (for
  PostgreSQL). Without --db nothing is loaded.
- --fail-shard NAME kills that shard's greenlight process halfway, once (a marker file
  records it), to show a retried task leaves no partial or duplicated results.
"""
import argparse, glob, json, os, shlex, signal, subprocess, sys, time


def pipe_command(binary, titles):
    # greenlight exits 1 when it skipped a bad line (reported on stderr, merged into the
    # output so the writer can keep it); any other non-zero exit, or death by a signal,
    # fails the task.
    args = " ".join(shlex.quote(a) for a in ["extract", "--json", "--format", "jsonl"] + (["--titles", titles] if titles else []) + ["-"])
    script = f'"$0" {args} 2>&1; rc=$?; [ "$rc" -le 1 ] || exit "$rc"'
    return f"sh -c {shlex.quote(script)} {shlex.quote(binary)}"


def children_named(name):
    """This Python worker's child processes running `name` (the piped greenlight)."""
    me, out = os.getpid(), []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
              stat = open(f"/proc/{pid}/stat").read()
              ppid = int(stat.rsplit(")", 1)[1].split()[1])
              # The shell's child: greenlight runs under `sh -c`.
              if ppid != me and int(open(f"/proc/{ppid}/stat").read().rsplit(")", 1)[1].split()[1]) != me:
                  continue
              if os.path.basename(os.readlink(f"/proc/{pid}/exe")) == name:
                  out.append(int(pid))
        except (OSError, ValueError, IndexError):
              continue
    return out


def writer(shards, out_dir, expected, fail_shard, binary_name):
    """Writes each piped partition to its shard's output file, atomically."""

    def write(index, lines):
        from pyspark import TaskContext
        name = shards[index]
        final = os.path.join(out_dir, name + ".out")
        attempt = TaskContext.get().attemptNumber() if TaskContext.get() else 0
        tmp = f"{final}.tmp-{attempt}-{os.getpid()}"
        marker = os.path.join(out_dir, f".failed-once-{name}")
        inject = name == fail_shard and not os.path.exists(marker)
        ok, skipped = 0, []
        try:
            with open(tmp, "w") as out:
                for line in lines:
                    if line.startswith("{"):
                        rec = json.loads(line)
                        # "-:N" is line N of the shard that was piped in.
                        if rec.get("source", "").startswith("-:"):
                            rec["source"] = name + rec["source"][1:]
                        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
                        ok += 1
                    elif line.startswith("greenlight: skipped "):
                        skipped.append(line[len("greenlight: skipped "):].replace("-:", name + ":", 1))
                    elif line.strip():
                        raise RuntimeError(f"{name}: greenlight said: {line.strip()}")
                    if inject and ok == max(1, expected[name] // 2):
                        open(marker, "w").write("killed once\n")
                        for pid in children_named(binary_name):
                            os.kill(pid, signal.SIGKILL)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            # A killed or failed attempt keeps nothing.
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        if ok + len(skipped) != expected[name]:
            # Output cut short: the task fails and is retried; nothing partial is kept.
            os.unlink(tmp)
            raise RuntimeError(f"{name}: {ok} records and {len(skipped)} skipped for {expected[name]} input lines")
        if skipped:
            with open(final[:-4] + ".skipped.tmp", "w") as f:
                f.write("\n".join(skipped) + "\n")
            os.replace(final[:-4] + ".skipped.tmp", os.path.join(out_dir, name + ".skipped"))
        os.replace(tmp, final)
        yield (name, ok, len(skipped))

    return write


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shards_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--bin", required=True, help="the greenlight binary (on a cluster: shipped with --files)")
    ap.add_argument("--db", help="store to load into: a postgres:// URL or a SQLite path")
    ap.add_argument("--titles", help="a fixed title list (skips the discovery pass)")
    ap.add_argument("--loaders", type=int, default=1)
    ap.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[*,3]"),
                    help="Spark master (default local[*,3]: all cores, each task tried up to 3 times)")
    ap.add_argument("--fail-shard", help="kill this shard's greenlight halfway, once (fault injection)")
    args = ap.parse_args()

    from pyspark import SparkConf, SparkContext, SparkFiles

    conf = SparkConf().setAppName("greenlight-extract").setIfMissing("spark.master", args.master)
    conf.setIfMissing("spark.ui.enabled", "false")
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    binary = args.bin
    if not os.path.exists(binary):
        # Shipped with `spark-submit --files greenlight`: resolve on each executor.
        binary = SparkFiles.get(os.path.basename(binary))
    binary = os.path.abspath(binary)

    os.makedirs(args.out_dir, exist_ok=True)
    for stale in glob.glob(os.path.join(args.out_dir, "*.tmp-*")):
        os.unlink(stale)  # left by a killed attempt of an earlier run
    all_shards = sorted(os.path.basename(p) for p in glob.glob(os.path.join(args.shards_dir, "*.jsonl")))
    if not all_shards:
        sys.exit(f"job: no *.jsonl shards in {args.shards_dir}")
    todo = [s for s in all_shards if not os.path.exists(os.path.join(args.out_dir, s + ".out"))]
    paths = [os.path.join(os.path.abspath(args.shards_dir), s) for s in todo]
    timings = {}

    def shard_rdd():
        # One partition per shard, in shard order.
        return sc.union([sc.textFile(p).coalesce(1) for p in paths]) if paths else sc.emptyRDD()

    titles = args.titles
    if todo and not titles:
        t0 = time.time()
        found = (shard_rdd().pipe(pipe_command(binary, None), checkCode=True)
                 .filter(lambda l: l.startswith("{"))
                 .flatMap(lambda l: [s["title"] for s in json.loads(l)["shows"] if s["status"]])
                 .distinct().collect())
        titles = os.path.join(os.path.abspath(args.out_dir), "titles.txt")
        if os.path.exists(titles):
            found = set(found) | set(open(titles).read().split("\n"))
        with open(titles + ".tmp", "w") as f:
            f.write("\n".join(sorted(t for t in found if t)) + "\n")
        os.replace(titles + ".tmp", titles)
        timings["titles pass"] = time.time() - t0
    elif not titles:
        titles = os.path.join(os.path.abspath(args.out_dir), "titles.txt")

    done = []
    if todo:
        t0 = time.time()
        expected = dict(zip(todo, sc.parallelize(paths, len(paths)).map(
            lambda p: sum(1 for l in open(p, encoding="utf-8", errors="replace") if l.strip())).collect()))
        piped = shard_rdd().pipe(pipe_command(binary, titles), checkCode=True)
        done = piped.mapPartitionsWithIndex(
            writer(todo, os.path.abspath(args.out_dir), expected, args.fail_shard, os.path.basename(binary))).collect()
        timings["extract pass"] = time.time() - t0
    sc.stop()

    outputs = [os.path.join(args.out_dir, s + ".out") for s in all_shards]
    report = {"shards": len(all_shards), "extracted_now": len(done), "already_done": len(all_shards) - len(todo),
              "records": sum(n for _, n, _ in done), "skipped_lines": sum(k for _, _, k in done)}
    if args.db:
        t0 = time.time()
        groups = [outputs[i::args.loaders] for i in range(max(1, args.loaders))]
        procs = [subprocess.Popen([binary, "--db", args.db, "load", "--json"] + g, stdout=subprocess.PIPE, text=True)
                 for g in groups if g]
        loads = [(p.communicate()[0], p.wait()) for p in procs]
        for out, rc in loads:
            if rc != 0:
                sys.exit(f"job: greenlight load exited {rc}")
        sums = [json.loads(o) for o, _ in loads]
        report["loaded"] = {k: sum(s[k] for s in sums) for k in ("read", "stored", "exact_duplicates", "near_duplicates", "claims")}
        timings["load"] = time.time() - t0
    report["seconds"] = {k: round(v, 2) for k, v in timings.items()}
    print(json.dumps(report))


if __name__ == "__main__":
    main()
