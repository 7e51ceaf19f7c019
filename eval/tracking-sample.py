#!/usr/bin/env python3
"""Deterministic sample of `readout track` suggestions for the hand check (eval/tracking-sample.tsv).

usage: eval/tracking-sample.py TRACK_JSON WORKSPACE_DB [N] [SEED] [--fresh]
Sorts the suggestions by SHA-1 of "[SEED|]commitment|statement|sentence" (no seed: the first sample,
eval/tracking-sample.tsv; seed "2": eval/tracking-sample-2.tsv) and prints the first N (default 50)
with the commitment's sentence and the evidence sentence, for a reader to judge. --fresh leaves out every
commitment already named in an eval/tracking-sample*.tsv (a held-out sample after rules were written from those). Prints to stdout; the
judged file keeps references and short quotes only.
"""
import glob, hashlib, json, os, sqlite3, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import trackinglib

fresh = '--fresh' in sys.argv
args = [a for a in sys.argv[1:] if a != '--fresh']
track, db = args[0], args[1]
n = int(args[2]) if len(args) > 2 else 50
seed = args[3] + '|' if len(args) > 3 else ''
sugg = json.load(open(track))["suggestions"]
if fresh:
    judged = set()
    for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tracking-sample*.tsv')):
        for line in open(f, encoding='utf-8'):
            cols = line.split('\t')
            if len(cols) > 2 and not line.startswith('#'):
                judged.add(cols[1])
    sugg = [s for s in sugg if s["commitment"] not in judged]
key = lambda s: hashlib.sha1(f'{seed}{s["commitment"]}|{s["evidence"]["statement"]}|{s["evidence"]["sentence"]}'.encode()).hexdigest()
sample = sorted(sugg, key=key)[:n]
trackinglib.print_rows(sample, sqlite3.connect(db))
