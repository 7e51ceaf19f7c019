#!/usr/bin/env python3
"""Picks fresh statements for the dates layer's second development set (issue 9, item 5): seeded draws from
both bulk corpora, excluding every id already in eval/gold/manifest.tsv and quotes-manifest.tsv, among
200-900-word items that carry at least 6 (Kremlin: 3) month or weekday names (so a few statements give many dates); White House
statements-releases and press-briefings, other than nominations, notices, memoranda, messages and letters; Kremlin items other than lists, decrees, laws and messages.
Usage: python3 eval/select-dates.py ../shared"""
import gzip, json, random, re, sys, os
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
used = set()
for m in ('manifest.tsv', 'quotes-manifest.tsv'):
    for line in open(os.path.join(here, 'gold', m), encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        used.update(c for c in cols if ':' in c and ' ' not in c)
names = r'\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b'
rnd = random.Random(20261202 + 9)
pools = {'kremlin': [], 'wh': []}
for f, key in (('kremlin-en-2021-10_2022-06.jsonl.gz', 'kremlin'), ('whitehouse-briefing-room.jsonl.gz', 'wh')):
    for line in gzip.open(os.path.join(shared, 'corpus/bulk', f), 'rt', encoding='utf-8'):
        d = json.loads(line)
        n = len(d['text'].split())
        if key == 'wh' and (not re.search(r'^wh:(statements-releases|press-briefings)/', d['id']) or re.search(r'(?i)^(a )?(nominations|notice|memorandum|message|letter)', d['title'])):
            continue
        if key == 'kremlin' and re.search(r'(?i)^(list of|executive order|decree|message|greetings|condolences|law|federal law)', d['title']):
            continue
        if d['id'] in used or not (200 <= n <= 900) or len(re.findall(names, d["text"])) < (6 if key == "wh" else 3):
            continue
        pools[key].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('kremlin', 2), ('wh', 2)):
    for d in rnd.sample(sorted(pools[key], key=lambda d: d['id']), k):
        print(f"dev\tdates-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
