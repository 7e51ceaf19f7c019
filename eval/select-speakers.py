#!/usr/bin/env python3
"""Picks a fresh development set for the attribution layer (issue 9): statements in no *manifest.tsv of
eval/gold, with quotes and reported speech — White House background press calls and press briefings,
Kremlin transcripts with several speakers, news-like White House articles. Seeded, reproducible.
Usage: python3 eval/select-speakers.py ../shared > eval/gold/speakers-manifest.tsv"""
import glob, gzip, json, random, re, sys, os
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
rnd = random.Random(20261204)
taken = set()
for m in glob.glob(os.path.join(os.path.dirname(__file__), 'gold/*manifest.tsv')):
    taken |= set(l.split('\t')[2] for l in open(m, encoding='utf-8').read().splitlines()[1:])
QUOTE_SAID = re.compile(r'[”"],?\s+(\*\*)?(said|says|added|wrote|noted|according to)\b|\b(said|says|wrote|added)\b[^.“]{0,80}[:,]\s*[“"]|:(\*\*)?\]?(\([^)]*\))?\s*[“"]')  # as select-quotes.py
LABEL = re.compile(r'(?:^|\n|[.?!] )([A-Z][a-z]+ [A-Z][a-z]+):')
pools = {'us-press-call': [], 'us-briefing': [], 'ru-multi': [], 'news': []}
for line in gzip.open(os.path.join(shared, 'corpus/bulk/kremlin-en-2021-10_2022-06.jsonl.gz'), 'rt', encoding='utf-8'):
    d = json.loads(line); n = len(d['text'].split())
    if d['id'] in taken or not (700 <= n <= 5000): continue
    if len(set(LABEL.findall(d['text']))) >= 3: pools['ru-multi'].append(d)
for line in gzip.open(os.path.join(shared, 'corpus/bulk/whitehouse-briefing-room.jsonl.gz'), 'rt', encoding='utf-8'):
    d = json.loads(line); t = d['title']; n = len(d['text'].split())
    if d['id'] in taken: continue
    if re.search(r'(?i)background press call', t) and 1500 <= n <= 5000: pools['us-press-call'].append(d)
    elif re.search(r'(?i)^press briefing by press secretary', t) and 2000 <= n <= 12000: pools['us-briefing'].append(d)
    elif d['kind'] == 'articles' and 150 <= n <= 800 and len(QUOTE_SAID.findall(d['text'])) >= 3: pools['news'].append(d)
want = {'us-press-call': 3, 'us-briefing': 2, 'ru-multi': 3, 'news': 2}
print('half\tcategory\tid\tdate\twords\ttitle')
for cat, k in want.items():
    for d in rnd.sample(sorted(pools[cat], key=lambda d: d['id']), k):
        print(f"dev\tspeakers-{cat}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
