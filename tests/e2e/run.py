#!/usr/bin/env python3
"""End-to-end test of `greenlight serve` in headless Chromium.

Builds a store from the repository's own fixtures (examples/articles,
corpus/status/articles and tests/e2e/fixtures), starts `greenlight serve` on a free
loopback port, and drives Debian's `chromium` headless (no driver: `--dump-dom` and
`--screenshot`). It checks what the browser rendered against what the JSON API says:

- the scorecard lists every show the API lists, each linking to its page, with its status;
- a show page carries the status badge, a timeline SVG with one marker per dated claim,
  and every evidence sentence of its status;
- an article holding <script> and an onerror attribute renders as text, and nothing ran;
- the server stops cleanly on SIGTERM.

Screenshots of the scorecard and of the show page are written to --screenshots (default
docs/, shown in README.md). Exit status: 0 passed, 1 failed, 77 skipped (no Chromium,
with --skip-if-no-browser).

    python3 tests/e2e/run.py [--bin target/debug/greenlight] [--screenshots docs]
"""

import argparse
import html
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOW = "Lantern Street"  # cancelled by Fox, then revived by Peacock: a timeline with a turn
HOSTILE = "Copper Kettle"  # tests/e2e/fixtures/hostile_markup.txt
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]

failures = []


def check(ok, what):
    print(("  ok    " if ok else "  FAIL  ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def find_chromium():
    for name in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def chromium(browser, args, timeout=120):
    """Runs a fresh headless Chromium (its own profile directory) and returns stdout."""
    with tempfile.TemporaryDirectory(prefix="greenlight-e2e-profile-") as profile:
        cmd = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if r.returncode != 0:
            sys.stderr.write(r.stderr[-2000:])
            raise RuntimeError(f"chromium exited {r.returncode}: {' '.join(cmd)}")
        return r.stdout


def dump_dom(browser, url):
    return chromium(browser, ["--dump-dom", url])


def screenshot(browser, url, path, size):
    if os.path.exists(path):
        os.remove(path)
    chromium(browser, [f"--screenshot={path}", f"--window-size={size[0]},{size[1]}", url])
    return path


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(base, path):
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.loads(r.read())


def quote(s):
    return urllib.request.quote(s)


def esc(s):
    """Text as Chromium serialises it in --dump-dom (only &, <, > and nbsp are escaped)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def text_of(dom):
    """The page's visible text, roughly: tags dropped, entities decoded, spaces folded."""
    body = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", dom)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", help="the greenlight binary (default: build target/debug/greenlight)")
    ap.add_argument("--screenshots", default=os.path.join(ROOT, "docs"), help="where to save screenshots")
    ap.add_argument("--skip-if-no-browser", action="store_true", help="exit 77 when Chromium is missing")
    a = ap.parse_args()

    browser = find_chromium()
    if not browser:
        print("e2e: SKIPPED: no chromium on PATH (apt-get install chromium)")
        return 77 if a.skip_if_no_browser else 1

    binary = a.bin
    if not binary:
        subprocess.run(["cargo", "build", "-q", "-p", "greenlight"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, "target", "debug", "greenlight")

    work = tempfile.mkdtemp(prefix="greenlight-e2e-")
    db = os.path.join(work, "e2e.db")
    env = {k: v for k, v in os.environ.items() if k not in ("GREENLIGHT_TOKEN", "GREENLIGHT_DB")}
    # The articles themselves; corpus/status/articles also holds expected answers (JSONL).
    inputs = [
        os.path.join(d, f)
        for d in (os.path.join(ROOT, p) for p in ("examples/articles", "corpus/status/articles", "tests/e2e/fixtures"))
        for f in sorted(os.listdir(d))
        if f.endswith((".txt", ".html"))
    ]
    r = subprocess.run([binary, "--db", db, "ingest", *inputs], capture_output=True, text=True, env=env)
    print("e2e: " + r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "e2e: ingested")
    if r.returncode != 0:
        print(r.stderr)
        return 1

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([binary, "--db", db, "serve", "--addr", f"127.0.0.1:{port}"], stderr=log, env=env)
    try:
        for _ in range(200):
            try:
                get_json(base, "/api/openapi.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if server.poll() is not None:
                    print("e2e: the server exited early; see", log.name)
                    return 1
                time.sleep(0.1)
        else:
            print("e2e: the server did not answer within 20 s")
            return 1
        print(f"e2e: serving {db} on {base}; browser {browser}")
        run_checks(browser, base, a.screenshots)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            code = None
        check(code == 0, f"the server stopped cleanly on SIGTERM (exit {code})")
        log.close()
    if failures:
        print(f"e2e: FAILED {len(failures)} check(s); server log and store in {work}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("e2e: passed")
    return 0


def run_checks(browser, base, shots):
    # The scorecard: every show the API lists, with its status and a link to its page.
    print("scorecard /")
    rows = get_json(base, "/api/shows")
    check(len(rows) >= 20, f"the API lists {len(rows)} shows (expected the fixtures' 20 or more)")
    dom = dump_dom(browser, base + "/")
    text = text_of(dom)
    check("TV renewal scorecard" in text, "the scorecard heading rendered")
    missing = [r["title"] for r in rows if f'href="/shows/{r["slug"]}"' not in dom or r["title"] not in text]
    check(not missing, f"every show is a linked row ({len(rows) - len(missing)}/{len(rows)}; missing {missing[:5]})")
    wrong = []
    for r in rows:
        m = re.search(r'<tr[^>]*>(?:(?!</tr>).)*href="/shows/' + re.escape(r["slug"]) + r'"(?:(?!</tr>).)*</tr>', dom, re.S)
        if not m or f'badge st-{r["status"]}' not in m.group(0):
            wrong.append(r["title"])
    check(not wrong, f"each row's badge shows the API's status (wrong: {wrong[:5]})")

    # A show page: status badge, timeline SVG, evidence.
    status = get_json(base, "/api/status?title=" + quote(SHOW))
    slug = next(r["slug"] for r in rows if r["title"] == status["title"])
    timeline = get_json(base, f"/api/shows/{slug}/timeline")
    print(f"show page /shows/{slug} ({status['status']}, {len(timeline)} claims)")
    dom = dump_dom(browser, f"{base}/shows/{slug}")
    h1 = re.search(r"<h1>(.*?)</h1>", dom, re.S)
    check(h1 and SHOW in h1.group(1) and f'badge st-{status["status"]}' in h1.group(1),
          f"the heading shows {SHOW} with a {status['status']} badge")
    check(status["status"] == "revived", f"{SHOW} resolves to revived (got {status['status']})")
    svg = re.search(r'<svg[^>]*aria-label="Status claims over time".*?</svg>', dom, re.S)
    dated = [t for t in timeline if t["date"]]
    markers = len(re.findall(r'<circle[^>]*r="6"', svg.group(0))) if svg else 0
    check(svg is not None, "the timeline SVG rendered")
    check(markers == len(dated), f"the timeline has one marker per dated claim ({markers} of {len(dated)})")
    text = text_of(dom)
    for e in status["evidence"]:
        sentence = re.sub(r"\s+", " ", e["text"]).strip()
        check(sentence in text, f"evidence quoted: {sentence[:70]}…")
    links = [t["url"] for t in timeline if t.get("url")]
    check(all(f'href="{html.escape(u)}"' in dom for u in links), "every sourced claim links to its article")

    # Hostile markup in an article is text, not markup, and nothing ran.
    hostile = next(r for r in rows if r["title"] == HOSTILE)
    print(f"hostile article /shows/{hostile['slug']}")
    dom = dump_dom(browser, f"{base}/shows/{hostile['slug']}")
    check(esc("<script>document.title='pwned'</script>") in dom, "the <script> in the article is shown as text")
    check("<script" not in dom.lower(), "no script element reached the DOM")
    check("pwned" not in (re.search(r"<title>(.*?)</title>", dom, re.S) or [None, ""])[1], "the page title was not rewritten")

    # Screenshots for the README.
    os.makedirs(shots, exist_ok=True)
    for name, url, size in [
        ("screenshot-scorecard.png", base + "/", (1280, 900)),
        ("screenshot-show.png", f"{base}/shows/{slug}", (1280, 1300)),
    ]:
        path = screenshot(browser, url, os.path.join(shots, name), size)
        dims = png_size(path) if os.path.exists(path) else None
        big = os.path.exists(path) and os.path.getsize(path) > 20_000
        check(dims == size and big, f"screenshot {path} is a {size[0]}x{size[1]} PNG with content ({dims})")


if __name__ == "__main__":
    sys.exit(main())
