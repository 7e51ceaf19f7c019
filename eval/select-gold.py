#!/usr/bin/env python3
"""Picks the statements of the evaluation gold from the shared bulk corpora (seeded, reproducible).
Usage: python3 eval/select-gold.py ../shared > eval/gold/manifest.tsv"""
import gzip, json, random, re, sys, os
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
rnd = random.Random(20261202)
used = {'kremlin:68700', 'kremlin:68662', 'kremlin:68528', 'kremlin:68498', 'kremlin:68404', 'kremlin:67315'}
cats = {k: [] for k in ['ru-call', 'ru-talks', 'ru-transcript', 'us-readout', 'us-joint', 'us-briefing', 'us-press-call']}
def add(cat, d):
    if d['id'] not in used:
        cats[cat].append(d)
for line in gzip.open(os.path.join(shared, 'corpus/bulk/kremlin-en-2021-10_2022-06.jsonl.gz'), 'rt', encoding='utf-8'):
    d = json.loads(line); t = d['title']; n = len(d['text'].split())
    if re.search(r'(?i)telephone conversation', t) and 80 <= n <= 700: add('ru-call', d)
    elif re.search(r'(?i)news conference|answers to (media|journalists)|press statements and answers', t) and n >= 1500: add('ru-transcript', d)
    elif re.search(r'(?i)^(russian-\w+ talks|talks with|meeting with (the )?(president|prime minister|chancellor|secretary|king|emir|crown prince|foreign minister))', t) and 150 <= n <= 2500: add('ru-talks', d)
for line in gzip.open(os.path.join(shared, 'corpus/bulk/whitehouse-briefing-room.jsonl.gz'), 'rt', encoding='utf-8'):
    d = json.loads(line); t = d['title']; n = len(d['text'].split())
    if not ('2021-01-20' <= d['date'] <= '2024-12-31'): continue
    if re.search(r'(?i)^readout of president .*(call|meeting) with .*(president|prime minister|chancellor|king|secretary general|crown prince|emir|leaders)', t) and 80 <= n <= 700: add('us-readout', d)
    elif re.search(r'(?i)^joint statement', t) and 150 <= n <= 1500: add('us-joint', d)
    elif re.search(r'(?i)press briefing by (press secretary|national security)', t) and n >= 2000: add('us-briefing', d)
    elif re.search(r'(?i)background press call|on-background press call', t) and n >= 1500: add('us-press-call', d)
want = {'ru-call': 8, 'ru-talks': 6, 'ru-transcript': 6, 'us-readout': 10, 'us-joint': 4, 'us-briefing': 10, 'us-press-call': 6}
print('half\tcategory\tid\tdate\twords\ttitle')
for cat, k in want.items():
    pool = sorted(cats[cat], key=lambda d: d['id'])
    picks = rnd.sample(pool, k)
    for i, d in enumerate(picks):
        half = 'dev' if i % 2 == 0 else 'test'
        print(f"{half}\t{cat}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
