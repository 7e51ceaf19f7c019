#!/usr/bin/env python3
"""Seeded picker of the outcome gold (stop 26): one-sided accounts of a bilateral call or meeting, each a meeting
file of its own under eval/gold/compare/ with one statement and (at most) one `outcome` finding.

Usage: python3 eval/select-outcome.py [../shared] [--set NAME --as-of COMMIT --wh N --kremlin N]

Without options it reprints set outcome-26 (28 White House, 12 Kremlin, eval/ as of 35808b9). Set outcome-27
(stop 27, 12 accounts per half, drawn after outcome-26 was labelled and the outcome rule revised on its dev half):
  python3 eval/select-outcome.py ../shared --set outcome-27 --as-of 8d9d3b2 --wh 16 --kremlin 8

The comparison gold had 15 two-sided meetings, 7 of them outcome-labelled per half: too few to measure the outcome
finding's precision. Its two-sided pool in the bulk is used up (eval/select-compare-test.py), but the outcome of
a call or meeting can be read from one side's account as well, and the outcome rule reads one side the same way
(MeetingFindings.outcome, one party: an act with two or more actors is joint). A candidate is:
  - White House: "Readout of President <name>'s / Vice President <name>'s (Phone|Video) Call / Meeting with <one
    person>" (not "Leaders", not "and", which are multilateral), 60 to 600 words;
  - Kremlin: "Telephone conversation with <one person>" or "Meeting with <one person>" / "Talks with <one
    person>", 40 to 600 words;
  - the counterpart (the title after "with") is foreign: a president, prime minister, chancellor, monarch, amir,
    crown prince, sheikh or the Pope, and not a governor, mayor, senator, legislators or a home council;
  - not named anywhere under eval/ in the commit that added this picker (selectlib.used_ids, as_of).
Candidates are ordered by SHA-1 of "outcome-26|<id>"; the first 28 White House and 12 Kremlin ones are taken
and dealt alternately to the dev and test halves (dev, test, dev, ...) within each source, so each half has 14
White House and 6 Kremlin accounts. Prints a TSV: half, source, id, date, words, title.
"""
import hashlib, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import selectlib

import argparse

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument('shared', nargs='?', default=os.path.join(HERE, '..', '..', 'shared'))
ap.add_argument('--set', default='outcome-26')
ap.add_argument('--as-of', default='35808b9', help='eval/ as it was at this commit names the ids already used')
ap.add_argument('--wh', type=int, default=28)
ap.add_argument('--kremlin', type=int, default=12)
args = ap.parse_args()
SHARED = args.shared
OWN = args.set

WH = re.compile(r"^Readout of (?:President|Vice President) [\w .’'-]+?[’']s? (?:Phone |Video |Virtual |Telephone )?"
                r"(?:Call|Meeting) [Ww]ith (?!.*\b(?:and|Leaders|leaders)\b)", re.I)
KR = re.compile(r'^(?:Telephone conversation|Meeting|Talks) with (?!.*\b(?:and|leaders|heads)\b)', re.I)
used = selectlib.used_ids(HERE, OWN, as_of=args.as_of)  # eval/ as it was when the set was drawn
wh, kr = [], []
for d, words, _ in selectlib.records(SHARED, used):
    title = d.get('title', '').strip()
    if not selectlib.foreign_counterpart(title):
        continue
    if d['id'].startswith('wh:') and WH.match(title) and 60 <= words <= 600:
        wh.append((d, words))
    elif d['id'].startswith('kremlin:') and KR.match(title) and 40 <= words <= 600:
        kr.append((d, words))

key = lambda dw: hashlib.sha1(f'{OWN}|{dw[0]["id"]}'.encode()).hexdigest()
print('half\tsource\tid\tdate\twords\ttitle')
for source, pool, n in (('wh', wh, args.wh), ('kremlin', kr, args.kremlin)):
    for i, (d, words) in enumerate(sorted(pool, key=key)[:n]):
        half = 'dev' if i % 2 == 0 else 'test'
        print(f'{half}\t{source}\t{d["id"]}\t{d["date"][:10]}\t{words}\t{d["title"].strip()[:110]}')
print(f'# candidates: {len(wh)} White House, {len(kr)} Kremlin', file=sys.stderr)
