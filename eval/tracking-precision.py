#!/usr/bin/env python3
"""Precision of a `readout track` output on a seeded sample of its suggestions, from the judged rows (issue 12).

usage: eval/tracking-precision.py TRACK_JSON [N] [SEED]
Draws the sample as eval/tracking-sample.py does (suggestions sorted by SHA-1 of "SEED|commitment|statement|sentence",
the first N; defaults 50 and 28), joins each with its verdict from the judged samples (eval/trackinglib.py: the
latest sample's verdict wins) and prints yes / partly / no / unjudged for the sample, for the whole output and for
each split of eval/tracking-split.py (development: sha1 of the statement id ends 0-7; held-out: 8-f). Counts only.
"""
import hashlib, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import trackinglib

spec = importlib.util.spec_from_file_location('tracking_split', os.path.join(HERE, 'tracking-split.py'))
tracking_split = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tracking_split)

args = sys.argv[1:]
track = args[0]
n = int(args[1]) if len(args) > 1 else 50
seed = (args[2] if len(args) > 2 else '28') + '|'
sugg = json.load(open(track))['suggestions']
judged, _ = trackinglib.judged()
key = lambda s: hashlib.sha1(f'{seed}{s["commitment"]}|{s["evidence"]["statement"]}|{s["evidence"]["sentence"]}'.encode()).hexdigest()
sample = sorted(sugg, key=key)[:n]


def tally(name, rows):
    c = {'yes': 0, 'partly': 0, 'no': 0, 'unjudged': 0}
    files = {}
    for s in rows:
        v = judged.get(trackinglib.key(s))
        c[v[0] if v else 'unjudged'] += 1
        if v:
            files[v[2]] = files.get(v[2], 0) + 1
    j = c['yes'] + c['partly'] + c['no']
    share = f'{c["yes"] / j:.3f}' if j else '-'
    print(f'{name}: {len(rows)} suggestions; yes {c["yes"]}, partly {c["partly"]}, no {c["no"]}, unjudged {c["unjudged"]};'
          f' precision (yes / judged) {share}; verdicts from ' + ', '.join(f'{f} {k}' for f, k in sorted(files.items())))


tally(f'sample of {len(sample)} (seed {seed[:-1]})', sample)
tally('whole output', sugg)
for which in ('dev', 'heldout'):
    tally(f'{which} split', [s for s in sugg if tracking_split.split(s['commitment']) == which])
