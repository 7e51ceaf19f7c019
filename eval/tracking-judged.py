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
import glob, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
track = args[0]
listing = '--list' in args
out = args[args.index('--unjudged') + 1] if '--unjudged' in args else None
header = args[args.index('--header') + 1] if '--header' in args else ''


def order(path):
    m = re.search(r'tracking-sample(?:-(\d+))?', os.path.basename(path))
    return int(m.group(1)) if m.group(1) else 1


judged = {}  # (commitment, statement, sentence) -> (verdict, reason, file)
current = set()  # the pairs of samples 9 and 10: the whole output before this change
files = [f for f in glob.glob(os.path.join(here, 'tracking-sample*.tsv')) if 'judge2' not in f]
for f in sorted(files, key=lambda p: (order(p), '-dev' in p)):
    for line in open(f, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        ev = c[3]
        stmt, sent = ev.rsplit(':', 2)[0], int(ev.rsplit(':', 2)[1])
        key = (c[1], stmt, sent)
        judged[key] = (c[7], c[8] if len(c) > 8 else '', os.path.basename(f))
        if order(f) in (9, 10):
            current.add(key)

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
    with open(out, 'w', encoding='utf-8') as w:
        for h in header.split('\n'):
            if h:
                w.write('# ' + h + '\n')
        w.write('#\tcommitment\tsuggested_status\tevidence\tdate\trule\tconfidence\tverdict\treason\n')
        for i, s in enumerate(new, 1):
            ev = s['evidence']
            w.write(f"{i}\t{s['commitment']}\t{s['status']}\t{ev['statement']}:{ev['sentence']}:{ev['start']}-{ev['end']}"
                    f"\t{s['date']}\t{s['rule']}\t{s['confidence']}\t\t\n")
