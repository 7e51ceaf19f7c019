#!/usr/bin/env python3
"""Picks the dates layer's seventh development set (issue 9, dates6-*): fresh statements of the kinds the test half
misses most,
seeded, excluding every bulk id written anywhere under eval/ when it ran (not its own picks), in the gold's own
categories (eval/select-gold.py) of short statements: four White House readouts of leaders' calls or meetings, two
joint statements, four Kremlin telephone-conversation readouts, each naming at least one month or weekday.
Usage: python3 eval/select-dates-6.py ../shared"""
import os, random, re, sys
from selectlib import records, used_ids
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'dates6-', as_of='58e083a')
rnd = random.Random(20261204 + 97)
pools = {'us-readout': [], 'us-joint': [], 'ru-call': []}
for d, n, k in records(shared, used):
    t = d['title']
    if d['id'].startswith('kremlin:'):
        if re.search(r'(?i)telephone conversation', t) and 80 <= n <= 700 and k >= 1:
            pools['ru-call'].append(d)
    elif '2021-01-20' <= d['date'] <= '2024-12-31':
        if re.search(r'(?i)^readout of president .*(call|meeting) with .*(president|prime minister|chancellor|king|secretary general|crown prince|emir|leaders)', t) \
                and 80 <= n <= 700 and k >= 1:
            pools['us-readout'].append(d)
        elif re.search(r'(?i)^joint statement', t) and 150 <= n <= 1500 and k >= 1:
            pools['us-joint'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('us-readout', 4), ('us-joint', 2), ('ru-call', 4)):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), k):
        print(f"dev\tdates6-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
