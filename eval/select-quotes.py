#!/usr/bin/env python3
"""Picks the supplementary quote gold (direct quotes, speakers outside the actor dictionary) from the
White House bulk corpus: news-like items that quote people. Seeded, reproducible.
Usage: python3 eval/select-quotes.py ../shared > eval/gold/quotes-manifest.tsv"""
import gzip, json, random, re, sys, os
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
rnd = random.Random(20261203)
taken = set(l.split('\t')[2] for l in open(os.path.join(os.path.dirname(__file__), 'gold/manifest.tsv')).read().splitlines()[1:])
pools = {'articles': [], 'releases': []}
QUOTE_SAID = re.compile(r'[”"],?\s+(\*\*)?(said|says|added|wrote|noted|according to)\b|\b(said|says|wrote|added)\b[^.“]{0,80}[:,]\s*[“"]|:(\*\*)?\]?(\([^)]*\))?\s*[“"]')
for line in gzip.open(os.path.join(shared, 'corpus/bulk/whitehouse-briefing-room.jsonl.gz'), 'rt', encoding='utf-8'):
    d = json.loads(line); n = len(d['text'].split())
    if d['id'] in taken or not (150 <= n <= 1500): continue
    hits = len(QUOTE_SAID.findall(d['text']))
    if hits < 3: continue
    if d['kind'] == 'articles': pools['articles'].append(d)
    elif d['kind'] in ('statements-releases', 'briefings-statements'): pools['releases'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for cat, k in (('articles', 14), ('releases', 10)):
    for i, d in enumerate(rnd.sample(sorted(pools[cat], key=lambda d: d['id']), k)):
        print(f"{'dev' if i % 2 == 0 else 'test'}\tquotes-{cat}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
