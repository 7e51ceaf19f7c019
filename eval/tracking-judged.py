#!/usr/bin/env python3
"""Scores a `readout track` output against EVERY judged row of eval/tracking-sample*.tsv.

usage: eval/tracking-judged.py TRACK_JSON [--list] [--unjudged OUT.tsv --header TEXT]
Joins each suggestion to the judged rows by (commitment id, evidence statement, evidence sentence). A pair judged
in several samples takes the verdict of the latest sample (10 before 9 before ... before the first;
tracking-sample-9-judge2.tsv, the second judge of sample 9, is not used). Prints: suggestions total, how many
were judged before by verdict (yes / partly / no), how many are new (unjudged), and, of the judged pairs of the
current whole output (samples 9 and 10), how many are dropped by verdict. --list prints every suggestion with
its old verdict and reason. --unjudged writes the unjudged suggestions in the columns of tracking-sample-10.tsv
(verdict and reason left empty), with the --header lines (each prefixed '# ') first.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import trackinglib

args = sys.argv[1:]
track = args[0]
listing = '--list' in args
out = args[args.index('--unjudged') + 1] if '--unjudged' in args else None
header = args[args.index('--header') + 1] if '--header' in args else ''

judged, current = trackinglib.judged()  # (commitment, statement, sentence) -> (verdict, reason, file); samples 9+10
sugg = json.load(open(track))['suggestions']
counts = {'yes': 0, 'partly': 0, 'no': 0}
new = []
seen = set()
for s in sugg:
    ev = s['evidence']
    key = (s['commitment'], ev['statement'], ev['sentence'])
    seen.add(key)
    v = judged.get(key)
    if v is None:
        new.append(s)
    else:
        counts[v[0]] = counts.get(v[0], 0) + 1
    if listing:
        print(f"{v[0] if v else 'NEW'}\t{s['commitment']}\t{ev['statement']}:{ev['sentence']}\t{s['rule']}\t{v[1] if v else ''}")
dropped = {}
for key in current - seen:
    dropped[judged[key][0]] = dropped.get(judged[key][0], 0) + 1
total = len(sugg)
j = sum(counts.values())
print(f'suggestions {total}; judged before {j}: yes {counts["yes"]}, partly {counts["partly"]}, no {counts["no"]}'
      f' (yes share of judged {counts["yes"] / j if j else 0:.2f}); new unjudged {len(new)}')
print(f'of the {len(current)} judged pairs of samples 9+10 (the output before): dropped '
      + ', '.join(f'{k} {v}' for k, v in sorted(dropped.items())) + f' ({sum(dropped.values())})')
if out:
    trackinglib.write_unjudged(out, new, header)
