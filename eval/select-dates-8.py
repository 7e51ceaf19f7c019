#!/usr/bin/env python3
"""Picks the dates layer's ninth development set (issue 9, dates8-*): fresh statements, seeded, excluding every bulk
id written anywhere under eval/ when it ran (not its own picks), in the gold's own categories (eval/select-gold.py):
two press secretary briefings and one background press call of 2021-2024 (excerpts of about 1,200 words per
GUIDELINES), two White House readouts of a leader's call or meeting, one Kremlin news conference, answers to
journalists or press statements. Each names at least two months or weekdays (six for briefings).
Usage: python3 eval/select-dates-8.py ../shared"""
import os, random, re, sys
from selectlib import records, used_ids
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'dates8-', as_of='c463a45')
rnd = random.Random(20261204 + 173)
pools = {'us-briefing': [], 'us-press-call': [], 'us-readout': [], 'ru-transcript': []}
for d, n, k in records(shared, used):
    t = d['title']
    if d['id'].startswith('kremlin:'):
        if re.search(r'(?i)news conference|answers to (media|journalists)|press statements|statements for the press', t) and n >= 800 and k >= 2:
            pools['ru-transcript'].append(d)
    elif d['id'].startswith('wh:') and '2021-01-20' <= d['date'] <= '2024-12-31':
        if re.search(r'(?i)press briefing by (press secretary|national security)', t) and n >= 2000 and k >= 6:
            pools['us-briefing'].append(d)
        elif re.search(r'(?i)background press call|on-background press call', t) and n >= 1500 and k >= 4:
            pools['us-press-call'].append(d)
        elif re.search(r'(?i)^readout of (president|the president)', t) and 120 <= n <= 1200 and k >= 2:
            pools['us-readout'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('us-briefing', 2), ('us-press-call', 1), ('us-readout', 2), ('ru-transcript', 1)):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), min(k, len(pools[key]))):
        print(f"dev\tdates8-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
