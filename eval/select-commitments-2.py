#!/usr/bin/env python3
"""Picks a third development set for the commitments layer (issue 9): statement-style texts, the text type that
carries most of the test half's commitments and few of the development half's. Seeded draws, excluding every
bulk id named anywhere in the repository (gold manifests, tests, notes, eval files) and the statements of
../shared/corpus/meetings (matched by URL); 150-900 words each:
  3 White House fact sheets on foreign policy (title "FACT SHEET: ..." naming a country, region, summit or
    partnership),
  2 White House joint or leaders' statements (bilateral, G7, Quad, ...),
  2 statements by the President or the Press Secretary on foreign policy,
  up to 2 Kremlin joint statements or documents (the Kremlin bulk, Oct 2021 - Jun 2022, has few).
Usage: python3 eval/select-commitments-2.py ../shared  (prints manifest.tsv rows, category cm2-*)"""
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
rnd = random.Random(20261203 + 9 + 4)
foreign = (r'(?i)\b(Ukrain|Russia|China|Chinese|G7|G20|NATO|Quad|Japan|Korea|India|Mexic|Canad|Israel|Gaza|'
           r'Africa|Europe|Americas|Pacific|Asia|ASEAN|Philippin|Vietnam|Australia|Germany|France|Kingdom|Poland|'
           r'Brazil|Colombia|Kenya|Angola|Saudi|Iraq|Jordan|Egypt|Taiwan|Summit|bilateral|partnership|allies|'
           r'Prime Minister|President [A-Z]\w+ of|Ministerial|foreign|international)')
pools = {'fs': [], 'joint': [], 'stmt': [], 'ru': []}
for f in ('kremlin-en-2021-10_2022-06.jsonl.gz', 'whitehouse-briefing-room.jsonl.gz'):
    for line in gzip.open(os.path.join(shared, 'corpus/bulk', f), 'rt', encoding='utf-8'):
        d = json.loads(line); t = d['title']; n = len(d['text'].split())
        if d['id'] in used or d.get('url', '').rstrip('/') in urls or not 150 <= n <= 900:
            continue
        if d['id'].startswith('kremlin:'):
            if re.search(r'(?i)joint statement|declaration|memorandum|statement (of|by) the leaders', t):
                pools['ru'].append(d)
        elif re.match(r'wh:(statements-releases|briefings-statements|fact-sheets)/', d['id']):
            if re.match(r'(?i)fact sheet', t) and re.search(foreign, t):
                pools['fs'].append(d)
            elif re.search(r'(?i)joint statement|leaders.? statement|statement of the leaders|G7 .*statement', t):
                pools['joint'].append(d)
            elif re.match(r'(?i)statement (by|from) (president|press secretary)', t) and re.search(foreign, t):
                pools['stmt'].append(d)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('fs', 3), ('joint', 2), ('stmt', 2), ('ru', 2)):
    pool = sorted(pools[key], key=lambda d: d['id'])
    for d in sorted(rnd.sample(pool, min(k, len(pool))), key=lambda d: d['date']):
        print(f"dev\tcm2-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
