#!/usr/bin/env python3
"""Seeded picker of the topics gold (stop 26, set `topics-26`): which codebook topics a statement raises, the claim
the brief makes in each side's "topics:" line.

Usage: python3 eval/select-topics.py [../shared]

Candidates (100 to 900 words, so a reader can take in the whole text):
  - wh-readout: a White House "Readout of ..." of a call or meeting;
  - wh-joint:   a White House "Joint Statement ..." or "... Joint Statement";
  - kremlin:    a Kremlin "Telephone conversation with", "Meeting with", "Talks with" or "Russian-... talks" item;
  - a readout or Kremlin item names a foreign leader after "with" (selectlib.foreign_counterpart);
  - not named anywhere under eval/ in the commit this picker was written at (selectlib.used_ids, as_of), and not
    one of the outcome set's picks (eval/select-outcome.py), which other annotators read.
Each pool is ordered by SHA-1 of "topics-26|<id>"; the first 10 White House readouts, 6 joint statements and 8
Kremlin items are taken and dealt alternately to the dev and test halves (dev, test, dev, ...) within each pool:
12 statements per half. Prints a TSV: half, category, id, date, words, title.
"""
import hashlib, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import selectlib

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', 'shared')
OWN = 'topics-26'

used = selectlib.used_ids(HERE, OWN, as_of='796b838')  # eval/ as it was when this picker was written
outcome = subprocess.run([sys.executable, os.path.join(HERE, 'select-outcome.py'), SHARED], capture_output=True,
                         text=True, check=True).stdout
used |= set(selectlib.ID.findall(outcome))

POOLS = (('wh-readout', re.compile(r'^Readout of .*\b(?:Call|Meeting|Conversation)s?\b', re.I), 'wh:', 10),
         ('wh-joint', re.compile(r'\bJoint Statement\b', re.I), 'wh:', 6),
         ('kremlin', re.compile(r'^(?:Telephone conversation with|Meeting with|Talks with|Russian-\S+ talks)', re.I),
          'kremlin:', 8))
pools = {name: [] for name, _, _, _ in POOLS}
for d, words, _ in selectlib.records(SHARED, used):
    if not 100 <= words <= 900:
        continue
    title = d.get('title', '').strip()
    for name, pattern, prefix, _ in POOLS:
        if d['id'].startswith(prefix) and pattern.search(title) and (name == 'wh-joint' or selectlib.foreign_counterpart(title)):
            pools[name].append((d, words))
            break

key = lambda dw: hashlib.sha1(f'{OWN}|{dw[0]["id"]}'.encode()).hexdigest()
print('half\tcategory\tid\tdate\twords\ttitle')
for name, _, _, n in POOLS:
    for i, (d, words) in enumerate(sorted(pools[name], key=key)[:n]):
        half = 'dev' if i % 2 == 0 else 'test'
        print(f'{half}\t{OWN}-{name}\t{d["id"]}\t{d["date"][:10]}\t{words}\t{d["title"].strip()[:100]}')
print('# candidates: ' + ', '.join(f'{k} {len(v)}' for k, v in pools.items()), file=sys.stderr)
