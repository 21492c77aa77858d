#!/usr/bin/env python3
"""Writes a CC-NEWS-like WARC (.warc.gz, one gzip member per record) of N synthetic
news pages, for the end-to-end WARC ingest run recorded in BENCHMARKS.md.

    python3 bench/html_bench_warc.py 5000 target/bench-5000.warc.gz

Each page is a full HTML document with navigation, a related-stories rail, a newsletter
box and a footer around a 4-8 paragraph story about a renewal, cancellation or final
season; every page's record is preceded by its request record, as crawls write them.
"""
import gzip, random, sys, uuid

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
OUT = sys.argv[2] if len(sys.argv) > 2 else "target/bench-%d.warc.gz" % N
rng = random.Random(7)
A = ["Glass", "Marrow", "Tin", "Velvet", "Harbor", "Quiet", "Northern", "Paper", "Iron", "Silver", "Hollow", "Bright"]
B = ["Harbor", "Lane", "Crown", "Hours", "Ridge", "Street", "Witness", "Kingdom", "Saints", "Line", "Garden", "Empire"]
NETS = ["Netflix", "HBO", "Hulu", "AMC", "FX", "Peacock", "Apple TV+", "Prime Video", "CBS", "NBC"]
LEADS = [
    "{net} has renewed {show} for a season {n}, the streamer announced on Tuesday.",
    "{net} has cancelled {show} after {m} seasons, ending the drama's run.",
    "{show} will end with its upcoming season {n}, {net} confirmed on Friday.",
    "{net} is still weighing the future of {show}, and no decision has been made yet.",
]
FILL = [
    "The series follows a family that runs a struggling hotel on the coast, and its second run drew the largest audience yet.",
    "Production on the new episodes is expected to begin in the spring, with most of the main cast returning.",
    "Critics praised the performances, though ratings dipped in the final weeks of the season.",
    "The showrunner said in a statement that the writers already have a plan for where the story goes next.",
    "The network did not give a premiere date, but executives pointed to a release late next year.",
    "Fans had campaigned online for weeks, and the hashtag trended on the night of the finale.",
]

def page(i):
    show = "%s %s" % (rng.choice(A), rng.choice(B))
    net = rng.choice(NETS)
    n = rng.randint(2, 6)
    lead = rng.choice(LEADS).format(net=net, show=show, n=n, m=n - 1)
    paras = [lead] + rng.sample(FILL, rng.randint(3, 6))
    related = "".join('<li><a href="/s/%d">%s %s cast on what comes next</a></li>' % (i * 10 + k, rng.choice(A), rng.choice(B)) for k in range(5))
    body = "".join("<p>%s</p>" % p for p in paras)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s: %s news</title>'
        '<meta property="article:published_time" content="2024-%02d-%02dT09:00:00Z">'
        '<link rel="canonical" href="https://news%d.test/tv/%d"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/tv">TV</a> <a href="/film">Film</a></nav></header>'
        '<main><article><h1>%s: %s news</h1><div class="byline">By Staff Writer</div>%s'
        '<div class="newsletter-signup"><p>Sign up for our TV newsletter to get the news first.</p></div></article>'
        '<aside class="related-stories"><h3>You May Also Like</h3><ul>%s</ul></aside></main>'
        '<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer></body></html>'
        % (show, net, rng.randint(1, 12), rng.randint(1, 28), i % 50, i, show, net, body, related)
    )

def record(kind, uri, ctype, block):
    head = (
        "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Date: 2024-03-05T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
        "WARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (kind, uuid.UUID(int=rng.getrandbits(128)), uri, ctype, len(block))
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=6)

with open(OUT, "wb") as f:
    f.write(record("warcinfo", "", "application/warc-fields", b"software: html_bench_warc.py\r\n"))
    for i in range(N):
        uri = "https://news%d.test/tv/%d" % (i % 50, i)
        f.write(record("request", uri, "application/http; msgtype=request", b"GET /tv/%d HTTP/1.1\r\nHost: news.test\r\n\r\n" % i))
        html = page(i).encode()
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(html) + html
        f.write(record("response", uri, "application/http; msgtype=response", http))
print("wrote %s: %d pages" % (OUT, N))
