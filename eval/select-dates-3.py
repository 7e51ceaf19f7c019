#!/usr/bin/env python3
"""Picks the dates layer's fourth development set (issue 9, dates3-*): fresh statements of the kinds the test half
misses most, seeded, excluding every bulk id written anywhere under eval/ when it ran (manifests, gold files,
comparison gold, tracking samples; not its own picks, nor eval/search-judgements/, added later), so it still prints them. Three White House transcripts (two press briefings, one press call; at least 1,200 words, at
least 4 month or weekday names: they get excerpts of about 1,200-1,800 words per GUIDELINES), three Kremlin
transcripts (meetings, talks, news conferences, interviews with "Vladimir Putin:" turns; 500-3,000 words, at least
3 month or weekday names) and two White House statements-releases with many dates (200-900 words, at least 10
month or weekday names; no nominations, notices, memoranda, messages or letters).
Usage: python3 eval/select-dates-3.py ../shared"""
import os, random, re, sys
from selectlib import records, used_ids
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'dates3-', as_of='76900f0', left_dirs=['search-judgements'])
rnd = random.Random(20261204 + 9)
pools = {'wh-briefing': [], 'wh-press-call': [], 'kremlin-transcript': [], 'wh-statement': []}
for d, n, k in records(shared, used):
    t = d['title']
    if d['id'].startswith('kremlin:'):
        if (re.match(r'(?i)(meeting with|talks with|news conference|joint news conference|press statements|interview|'
                     r'working meeting|meeting on|expanded meeting)', t) and 'Vladimir Putin:' in d['text']
                and 500 <= n <= 3000 and k >= 3):
            pools['kremlin-transcript'].append(d)
    elif d['id'].startswith('wh:press-briefings/'):
        if n < 1200 or k < 4:
            continue
        if re.match(r'(?i)press briefing by', t):
            pools['wh-briefing'].append(d)
        elif re.search(r'(?i)press call', t):
            pools['wh-press-call'].append(d)
    elif d['id'].startswith('wh:statements-releases/'):
        if (not re.search(r'(?i)^(a )?(nominations|notice|memorandum|message|letter)', t)
                and 200 <= n <= 900 and k >= 10):
            pools['wh-statement'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('wh-briefing', 2), ('wh-press-call', 1), ('kremlin-transcript', 3), ('wh-statement', 2)):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), k):
        print(f"dev\tdates3-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
