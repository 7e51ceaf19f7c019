#!/usr/bin/env python3
"""Picks the attribution layer's third fresh development set (issue 9, sp3-*): 8 statements in the mix the
speaker layer is judged on — 2 White House readouts of the President's call or meeting with a foreign leader, 2 White House press briefings
or background press calls with foreign-policy content (annotated as excerpts of about 1,200 words per
GUIDELINES), 2 Kremlin transcripts with at least three named speakers (excerpts when long) and 2 Kremlin news
items or readouts with reported speech and no speaker labels. Every bulk id written anywhere under eval/ when it
ran is excluded (not its own picks: eval/selectlib.used_ids). Seeded, reproducible.
Usage: python3 eval/select-speakers-3.py ../shared > eval/gold/speakers-3-manifest.tsv"""
import os, random, re, sys
from selectlib import records, used_ids
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'sp3-', as_of='c6c4ca7')
rnd = random.Random(20261204 + 911)
LABEL = re.compile(r'(?:^|\n|[.?!] )([A-Z][a-z]+ [A-Z][a-z]+):')
REPORTED = re.compile(r'\b(said|noted|stressed|emphasised|emphasized|underscored|pointed out|expressed|informed|'
                      r'reaffirmed|affirmed|welcomed|thanked|congratulated|explained|urged|called for)\b')
FOREIGN = re.compile(r'\b(Russia|Ukraine|China|NATO|Iran|Israel|Gaza|Afghanistan|Taiwan|North Korea|sanctions|'
                     r'ally|allies|President Putin|President Xi|Zelenskyy)\b')
pools = {'us-readout': [], 'us-briefing': [], 'ru-transcript': [], 'ru-news': []}
for d, n, k in records(shared, used):
    t, text = d['title'], d['text']
    if d['id'].startswith('kremlin:'):
        labels = len(set(LABEL.findall(text)))
        if labels >= 3 and 800 <= n <= 5000:
            pools['ru-transcript'].append(d)
        elif labels == 0 and 120 <= n <= 700 and len(REPORTED.findall(text)) >= 3:
            pools['ru-news'].append(d)
    elif d['id'].startswith('wh:'):
        if re.search(r'(?i)^readout of (president|the president)[^:]*\b(call|meeting) with (president|prime minister|chancellor|'
                                r'king|crown prince|emir|premier|taoiseach)', t) and 120 <= n <= 700:
            pools['us-readout'].append(d)
        elif (re.search(r'(?i)^press briefing by press secretary|background press call', t) and 1500 <= n <= 9000
              and len(FOREIGN.findall(text)) >= 15):
            pools['us-briefing'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key in ('us-readout', 'us-briefing', 'ru-transcript', 'ru-news'):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), 2):
        print(f"dev\tsp3-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
