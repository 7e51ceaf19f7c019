#!/usr/bin/env python3
"""Picks the dates layer's sixth development set (issue 9, dates5-*): fresh statements of the kinds the test half
misses most,
seeded, excluding every bulk id written anywhere under eval/ when it ran (not its own picks), in the gold's own
categories (eval/select-gold.py) where dates are densest: two press secretary briefings and two background press
calls of 2021-2024 (excerpts of about 1,200 words per GUIDELINES), one Kremlin news conference and one Kremlin
meeting or talks with a foreign leader.
Usage: python3 eval/select-dates-5.py ../shared"""
import os, random, re, sys
from selectlib import records, used_ids
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'dates5-', as_of='5016e2e')
rnd = random.Random(20261204 + 77)
pools = {'us-briefing': [], 'us-press-call': [], 'ru-transcript': [], 'ru-talks': []}
for d, n, k in records(shared, used):
    t = d['title']
    if d['id'].startswith('kremlin:'):
        if re.search(r'(?i)news conference|press statements|answers to|statements for the press', t) and n >= 800 and k >= 2:
            pools['ru-transcript'].append(d)
        elif re.match(r'(?i)(meeting|talks) with (president|prime minister|chancellor)', t) and 400 <= n <= 3000 and k >= 2:
            pools['ru-talks'].append(d)
    elif d['id'].startswith('wh:press-briefings/') and '2021-01-20' <= d['date'] <= '2024-12-31':
        if re.search(r'(?i)press briefing by (press secretary|national security)', t) and n >= 2000 and k >= 6:
            pools['us-briefing'].append(d)
        elif re.search(r'(?i)background press call|on-background press call', t) and n >= 1500 and k >= 4:
            pools['us-press-call'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('us-briefing', 2), ('us-press-call', 2), ('ru-transcript', 1), ('ru-talks', 1)):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), k):
        print(f"dev\tdates5-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
