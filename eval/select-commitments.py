#!/usr/bin/env python3
"""Picks a fresh development set for the commitments layer (issue 9, second pass): seeded draws from both bulk
corpora, excluding every bulk id named anywhere in the repository (gold manifests, tests, notes) and the
statements of ../shared/corpus/meetings (matched by URL). 4 Kremlin items of Dec 2021 - Feb 2022 (telephone
conversations, talks, meetings; 120-700 words), 4 White House readouts of leader calls of 2021-2022
(80-450 words), 2 White House readouts of leaders' calls or meetings of 2023-2025 (80-450 words).
Usage: python3 eval/select-commitments.py ../shared  (prints manifest.tsv rows, category cm-*)"""
import gzip, json, random, re, sys, os, glob
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
used = set()
for root, _, files in os.walk(repo):
    if '/.git' in root or '/target' in root:
        continue
    for f in files:
        if f.endswith(('.tsv', '.yaml', '.java', '.py', '.md')):
            text = open(os.path.join(root, f), encoding='utf-8', errors='replace').read()
            used.update(re.findall(r'kremlin:\d+|wh:[\w%./-]+', text))
urls = set()
for md in glob.glob(os.path.join(shared, 'corpus/meetings/*/*.md')):
    m = re.search(r'^url: "?([^"\n]+)', open(md, encoding='utf-8').read(), re.M)
    if m:
        urls.add(m.group(1).rstrip('/'))
rnd = random.Random(20261202 + 9 + 3)
pools = {'ru': [], 'us-early': [], 'us-late': []}
call = r'(?i)^readout of president .*(call|meeting) with .*(president|prime minister|chancellor|king|emir|crown prince)'
for f in ('kremlin-en-2021-10_2022-06.jsonl.gz', 'whitehouse-briefing-room.jsonl.gz'):
    for line in gzip.open(os.path.join(shared, 'corpus/bulk', f), 'rt', encoding='utf-8'):
        d = json.loads(line); t = d['title']; n = len(d['text'].split())
        if d['id'] in used or d.get('url', '').rstrip('/') in urls:
            continue
        if d['id'].startswith('kremlin:'):
            if '2021-12-01' <= d['date'] <= '2022-02-28' and 120 <= n <= 700 and re.search(
                    r'(?i)^(telephone conversation with|talks with|meeting with (the )?(president|prime minister|chancellor|foreign minister))', t):
                pools['ru'].append(d)
        elif re.search(call, t) and 80 <= n <= 450:
            if '2021-01-20' <= d['date'] <= '2022-12-31':
                pools['us-early'].append(d)
            elif '2023-01-01' <= d['date'] <= '2025-12-31':
                pools['us-late'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('ru', 4), ('us-early', 4), ('us-late', 2)):
    for d in sorted(rnd.sample(sorted(pools[key], key=lambda d: d['id']), k), key=lambda d: d['date']):
        print(f"dev\tcm-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
