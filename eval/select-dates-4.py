#!/usr/bin/env python3
"""Picks the dates layer's fifth development set (issue 9, dates4-*): fresh statements of the kinds the test half
misses most,
seeded, excluding every bulk id written anywhere under eval/ when it ran (manifests, gold files, comparison gold,
tracking samples, search judgements; not its own picks), so it still prints them: one White House press secretary
briefing (excerpt of about 1,200-1,800 words per GUIDELINES), one Kremlin news conference, press statements or
interview (excerpt when long), two White House readouts, two Kremlin telephone-conversation readouts and one
set of remarks by the President.
Usage: python3 eval/select-dates-4.py ../shared"""
import os, random, re, sys
from selectlib import records, used_ids
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'dates4-', as_of='95f497c')
rnd = random.Random(20261204 + 41)
pools = {'wh-briefing': [], 'kremlin-news-conference': [], 'wh-readout': [], 'kremlin-call': [], 'wh-remarks': []}
for d, n, k in records(shared, used):
    t = d['title']
    if d['id'].startswith('kremlin:'):
        if re.search(r'(?i)(news conference|answers to (journalists|media)|press statements|interview|^vladimir putin)', t) \
                and 500 <= n <= 8000 and k >= 3:
            pools['kremlin-news-conference'].append(d)
        elif re.match(r'(?i)telephone conversation', t) and 80 <= n <= 600 and k >= 1:
            pools['kremlin-call'].append(d)
    elif d['id'].startswith('wh:press-briefings/'):
        if n >= 1200 and k >= 6 and re.match(r'(?i)press briefing by press secretary', t):
            pools['wh-briefing'].append(d)
    elif d['id'].startswith('wh:statements-releases/'):
        if re.match(r'(?i)readout of', t) and 120 <= n <= 900 and k >= 2:
            pools['wh-readout'].append(d)
    elif d['id'].startswith('wh:speeches-remarks/'):
        if 600 <= n <= 2500 and k >= 4 and re.match(r'(?i)remarks by president', t):
            pools['wh-remarks'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('wh-briefing', 1), ('kremlin-news-conference', 1), ('wh-readout', 2), ('kremlin-call', 2), ('wh-remarks', 1)):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), k):
        print(f"dev\tdates4-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
