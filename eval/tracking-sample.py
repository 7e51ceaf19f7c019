#!/usr/bin/env python3
"""Deterministic sample of `readout track` suggestions for the hand check (eval/tracking-sample.tsv).

usage: eval/tracking-sample.py TRACK_JSON WORKSPACE_DB [N] [SEED]
Sorts the suggestions by SHA-1 of "[SEED|]commitment|statement|sentence" (no seed: the first sample,
eval/tracking-sample.tsv; seed "2": eval/tracking-sample-2.tsv) and prints the first N (default 50)
with the commitment's sentence and the evidence sentence, for a reader to judge. Prints to stdout; the
judged file keeps references and short quotes only.
"""
import hashlib, json, sqlite3, sys

track, db = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 50
seed = sys.argv[4] + '|' if len(sys.argv) > 4 else ''
sugg = json.load(open(track))["suggestions"]
key = lambda s: hashlib.sha1(f'{seed}{s["commitment"]}|{s["evidence"]["statement"]}|{s["evidence"]["sentence"]}'.encode()).hexdigest()
sample = sorted(sugg, key=key)[:n]
con = sqlite3.connect(db)
for i, s in enumerate(sample, 1):
    row = con.execute("SELECT kind, actors, action, text, date FROM commitments WHERE id = ?", (s["commitment"],)).fetchone()
    ev = s["evidence"]
    print(f'#{i}\t{s["commitment"]}\t{row[0]}\t{row[1]}\t{row[4]}')
    print(f'  C: {row[3]}')
    print(f'  A: {row[2]}')
    print(f'  -> {s["status"]} {s["date"]} {ev["statement"]}:{ev["sentence"]}:{ev["start"]}-{ev["end"]} {s["rule"]} {s["confidence"]}')
    print(f'  E: {s["text"]}')
