#!/usr/bin/env python3
"""Generate a varied synthetic news corpus as JSONL for benchmarks (no third-party text).

usage: gen_corpus.py N OUT.jsonl [SEED]
Articles mix renewals, cancellations, final seasons, limited series, revivals, hedged
explainers and list articles, with quotes, cast lists, filler paragraphs and site chrome.
"""
import json, random, sys

ADJ = ["Glass", "Silver", "Hollow", "Crimson", "Quiet", "Northern", "Broken", "Golden", "Velvet", "Iron", "Paper", "Salt", "Lantern", "Night", "Copper", "Wild", "Last", "Second", "Bright", "Cold"]
NOUN = ["Harbor", "Street", "Creek", "Ledger", "Crown", "Ferry", "Garden", "Precinct", "Tavern", "Frontier", "Road", "House", "Hours", "Shift", "Lanterns", "Keep", "Tide", "Station", "Doors", "Heights"]
NETS = ["Netflix", "HBO", "Hulu", "Prime Video", "Apple TV+", "Peacock", "Paramount+", "Disney+", "ABC", "CBS", "NBC", "Fox", "The CW", "AMC", "FX", "Showtime", "Starz", "BBC One", "ITV", "Channel 4"]
OUTLETS = ["Variety", "Deadline", "The Hollywood Reporter", "TVLine", "Entertainment Weekly"]
FIRST = ["Mara", "Theo", "Lila", "Dana", "Ines", "Rafe", "Jonah", "Priya", "Noor", "Callum", "Zoe", "Marcus", "Elena", "Hugo", "Tess"]
LAST = ["Ellison", "Marsh", "Okafor", "Whitcombe", "Calder", "Brandt", "Quill", "Reyes", "Hartigan", "Petrakis", "Lindqvist", "Osei", "Varga", "Moreau", "Sato"]
ORD = ["second", "third", "fourth", "fifth", "sixth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FILLER = [
    "The series follows a tight-knit group of neighbours whose lives unravel after a stranger arrives in town.",
    "Critics praised the performances, though ratings dipped in the back half of the season.",
    "Production took place largely on location, with the crew moving between three cities.",
    "The finale left several storylines open, and the writers have teased where things could go next.",
    "Streaming numbers have become the deciding factor for many networks weighing their slates.",
    "The cast spent much of the press tour fielding questions about the future of the show.",
    "Executives pointed to strong international viewing as a reason for optimism.",
    "The show's soundtrack has also found an audience of its own online.",
]
CHROME = ["You May Also Like", "Trending Now", "Sign up for our newsletter to get the latest TV news.", "'The Long Night' sequel remains on hold after script troubles.", "Watch: the best trailers of the week.", "Advertisement"]


def title(r):
    t = f"{r.choice(ADJ)} {r.choice(NOUN)}"
    return ("The " + t) if r.random() < 0.3 else t


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def quoted(r, t):
    return r.choice([t, f"'{t}'", f"\u201c{t}\u201d", f'"{t}"'])


def article(r, i):
    y = r.randint(2016, 2025)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    pub = f"{y}-{m:02d}-{d:02d}"
    t, net, n = title(r), r.choice(NETS), r.randint(1, 5)
    kind = r.choice(["renewed", "cancelled", "ending", "limited", "revived", "undecided", "list"])
    out, who = [], r.choice(OUTLETS)
    if kind == "renewed":
        out.append(f"{net} Renews {quoted(r, t)} for Season {n + 1}")
        out.append(f"{net} has renewed {t} for a {ORD[n - 1]} season, {who} reported on {r.choice(MONTHS)} {d}.")
    elif kind == "cancelled":
        out.append(f"{quoted(r, t)} Cancelled at {net} After {n} Seasons")
        out.append(f"{net} has cancelled {t} after {n} seasons, according to {who}.")
    elif kind == "ending":
        out.append(f"{quoted(r, t)} to End With Season {n + 1}")
        out.append(f"{t} will end with its {ORD[n - 1]} and final season on {net}, the network announced.")
    elif kind == "limited":
        out.append(f"{net}'s {t} Is a Limited Series")
        out.append(f"{t} was always intended to be a single season; {net} billed it as a limited series from the start.")
    elif kind == "revived":
        other = r.choice(NETS)
        out.append(f"{quoted(r, t)} Revived at {other}")
        out.append(f"{t} has been picked up by {other} for a {ORD[n - 1]} season, weeks after {net} cancelled it.")
    elif kind == "undecided":
        out.append(f"Will There Be a Season {n + 1} of {quoted(r, t)}?")
        out.append(f"{net} has yet to renew {t} for a {ORD[n - 1]} season, and fans have launched a #Renew{t.replace(' ', '')} campaign.")
    else:
        out.append(f"{net} Renewal Scorecard: What's Coming Back")
        for _ in range(r.randint(4, 9)):
            s = title(r)
            out.append(f"{s} \u2014 " + r.choice(["renewed for another season.", "cancelled after two seasons.", "still waiting on a decision.", "ending with its final season.", "billed as a limited series."]))
    star, char = person(r), person(r)
    out.append(f"The cast includes {star} as {char}, alongside {person(r)} ({person(r)}).")
    out.append(f'"We could not be prouder of this team," said {person(r)}, {net}\'s head of drama.')
    for _ in range(r.randint(3, 9)):
        out.append(" ".join(r.sample(FILLER, r.randint(2, 4))))
    if r.random() < 0.5:
        out.extend(r.sample(CHROME, 3))
    return {"url": f"https://example.test/{i}", "published": pub, "title": out[0], "text": "\n\n".join(out)}


def main():
    n, path = int(sys.argv[1]), sys.argv[2]
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps(article(r, i)) + "\n")


if __name__ == "__main__":
    main()
