#!/usr/bin/env python3
"""Picks a second fresh development set for the attribution layer (issue 9): 8 statements that no gold file,
manifest, test or rule of the repository names — 3 news-like White House items quoting many people (articles,
round-ups, "what they are saying"), 2 White House transcripts (a press briefing and a background press call;
annotated as excerpts), 2 Kremlin transcripts with several speakers (excerpts) and 1 White House release quoting
officials (not a readout). Every bulk id that occurs anywhere in the repository's tracked files is excluded. Seeded, reproducible.
Usage: python3 eval/select-speakers-2.py ../shared > eval/gold/speakers-2-manifest.tsv"""
import gzip, json, os, random, re, subprocess, sys
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(20261203_2)
ID = r'(kremlin:\d+|wh:[a-z-]+/\d{4}-\d{2}/[A-Za-z0-9._%-]+)'
taken = set(re.findall(ID, subprocess.run(['git', 'grep', '-ohE', ID], cwd=root, capture_output=True,
                                           text=True).stdout))
# gold files are named after their ids with ':' and '/' replaced by '_'
for half in ('dev', 'test'):
    folder = os.path.join(root, 'eval', 'gold', half)
    for f in os.listdir(folder) if os.path.isdir(folder) else []:
        taken.add(f[:-5])
def fresh(d):
    return d['id'] not in taken and d['id'].replace(':', '_').replace('/', '_') not in taken
QUOTE_SAID = re.compile(r'[”"],?\s+(\*\*)?(said|says|added|wrote|noted|according to)\b|\b(said|says|wrote|added)\b[^.“]{0,80}[:,]\s*[“"]|:(\*\*)?\]?(\([^)]*\))?\s*[“"]')  # as select-quotes.py
LABEL = re.compile(r'(?:^|\n|[.?!] )([A-Z][a-z]+ [A-Z][a-z]+):')
pools = {'news': [], 'us-briefing': [], 'us-press-call': [], 'ru-transcript': [], 'release': []}
for line in gzip.open(os.path.join(shared, 'corpus/bulk/kremlin-en-2021-10_2022-06.jsonl.gz'), 'rt', encoding='utf-8'):
    d = json.loads(line); n = len(d['text'].split())
    if fresh(d) and 1500 <= n <= 6000 and len(set(LABEL.findall(d['text']))) >= 3:
        pools['ru-transcript'].append(d)
for line in gzip.open(os.path.join(shared, 'corpus/bulk/whitehouse-briefing-room.jsonl.gz'), 'rt', encoding='utf-8'):
    d = json.loads(line); t = d['title']; n = len(d['text'].split())
    if not fresh(d): continue
    hits = len(QUOTE_SAID.findall(d['text']))
    if re.search(r'(?i)background press call', t) and 1800 <= n <= 6000: pools['us-press-call'].append(d)
    elif re.search(r'(?i)^press briefing by press secretary', t) and 2000 <= n <= 12000: pools['us-briefing'].append(d)
    elif d['kind'] == 'articles' and 200 <= n <= 800 and hits >= 4: pools['news'].append(d)
    elif (d['kind'] in ('statements-releases', 'briefings-statements') and 150 <= n <= 800 and hits >= 3
          and not re.search(r'(?i)^readout|what they are saying|icymi|round-?up', t)):
        pools['release'].append(d)
want = {'news': 3, 'us-briefing': 1, 'us-press-call': 1, 'ru-transcript': 2, 'release': 1}
print('half\tcategory\tid\tdate\twords\ttitle')
for cat, k in want.items():
    for d in rnd.sample(sorted(pools[cat], key=lambda d: d['id']), k):
        print(f"dev\tsp2-{cat}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
