"""The title candidates and rule firings greenlight's extractor traces for one page.

Shared by miss_causes.py and fp_causes.py. `norm` is the caller's title key, so each
script compares titles the way it compares them with the page text.
"""
import os, re, subprocess


def trace(bin_path, path, norm):
    """Returns ({norm(title): candidate kind}, [firing trace lines])."""
    env = dict(os.environ, GREENLIGHT_LOG="greenlight_extract=trace")
    err = subprocess.run([bin_path, "extract", "--json", path], capture_output=True, text=True, env=env).stderr
    err = re.sub(r"\x1b\[[0-9;]*m", "", err)
    m = re.search(r"candidates=(\[.*?\])\n", err + "\n")
    cands = {}
    if m:
        for t, kind in re.findall(r'\("((?:[^"\\]|\\.)*)", (\w+)\)', m.group(1)):
            cands[norm(t)] = kind
    firings = [l for l in err.splitlines() if "firing" in l]
    return cands, firings
