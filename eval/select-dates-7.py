#!/usr/bin/env python3
"""Picks the dates layer's eighth development set (issue 9, dates7-*): fresh Kremlin statements in the gold's own
categories (eval/select-gold.py) where the test half's Russian texts are: three meetings or talks with a foreign
leader (150-2,500 words) and two news conferences or press statements (excerpts of about 1,200-1,800 words per
GUIDELINES), each naming at least two months or weekdays; seeded, excluding every bulk id named under eval/ (not
its own picks).
Usage: python3 eval/select-dates-7.py ../shared"""
import os, random, re, sys
from selectlib import records, used_ids
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'dates7-', as_of='00a2500')
rnd = random.Random(20261204 + 131)
pools = {'ru-talks': [], 'ru-transcript': []}
for d, n, k in records(shared, used):
    t = d['title']
    if not d['id'].startswith('kremlin:') or k < 2:
        continue
    if re.search(r'(?i)news conference|answers to (media|journalists)|press statements', t) and n >= 800:
        pools['ru-transcript'].append(d)
    elif re.search(r'(?i)^(russian-\w+ talks|talks with|meeting with (the )?(president|prime minister|chancellor|secretary|'
                   r'king|emir|crown prince|foreign minister))', t) and 150 <= n <= 2500:
        pools['ru-talks'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('ru-talks', 3), ('ru-transcript', 2)):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), min(k, len(pools[key]))):
        print(f"dev\tdates7-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
