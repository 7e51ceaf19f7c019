#!/usr/bin/env python3
"""Lists candidate two-sided meetings for the comparison gold, test half (rule-based, deterministic).

Usage: python3 eval/select-compare-test.py [../shared]

A candidate is a Kremlin item and a White House item (Oct 2021 - Jun 2022 bulk) about the same meeting or
call, found by three rules:
  1. direct: both texts name the other side's leader (Biden / Putin) in a call or meeting title;
  2. same counterpart: a Kremlin "Telephone conversation with / Meeting with / Talks with <leader>" and a White
     House readout of a call or meeting with the same leader (surname in both titles) within 3 days;
  3. same event: both titles name the same multilateral event (G20, COP26/forests, ...) within 2 days.
Statements already used by a meeting file in eval/gold/compare/ are marked "used". The annotator chose from
this list (see the test-*.yaml files for the choice):
  - rule 1 finds only the 7 Dec 2021 video call (dev); the bulk has neither side's readout of the 30 Dec 2021 and
    12 Feb 2022 Biden-Putin calls, so no other direct US-Russia call has both accounts;
  - chosen: the G20 Rome summit (kremlin:67040 + kremlin:67044 vs the White House fact sheet; the previews of both
    sides are left out), and the same-counterpart readouts with at most 3 days between them and the same subject:
    Niinistö 13/14 Dec 2021, Niinistö 18/21 Jan 2022, Macron 20 Feb 2022 (same day);
  - not chosen: the Macron pairs whose White House call is on another day than the Kremlin one and on another
    step of the crisis, the multi-leader White House calls of March 2022 (each against one of several Kremlin
    calls), Scholz 15/16 Feb 2022 (the same talks as an existing test meeting), Merkel (a farewell call), the
    COP26 forests event (two short addresses; already used by sentence pairs).
"""
import gzip, json, os, re, sys, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
BULK = os.path.join(SHARED, 'corpus', 'bulk')
COMPARE = os.path.join(ROOT, 'eval', 'gold', 'compare')


def load(name):
    with gzip.open(os.path.join(BULK, name), 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f]


def day(s):
    return datetime.date.fromisoformat(s[:10])


used = set()
for n in sorted(os.listdir(COMPARE)):
    if n.endswith('.yaml') and not n.endswith('-pairs.yaml'):
        used |= set(re.findall(r'"?((?:kremlin|wh):[^"\s]+)"?', open(os.path.join(COMPARE, n), encoding='utf-8').read()))

K = [r for r in load('kremlin-en-2021-10_2022-06.jsonl.gz') if '2021-10-01' <= r['date'] <= '2022-06-30']
W = [r for r in load('whitehouse-briefing-room.jsonl.gz') if '2021-10-01' <= r['date'] <= '2022-06-30']

KCALL = re.compile(r'^(Telephone conversation with|Meeting with|Talks with|Russian-\w+ talks|Video call with)\b(.*)', re.I)
WCALL = re.compile(r'(Readout of President Biden.s (?:Call|Meeting|Video Call|Virtual Meeting) with|Readout of .*Call with)(.*)', re.I)
EVENTS = {'G20': r'\bG20\b', 'COP26 forests': r'forests and land.use', 'COP26': r'COP26|Glasgow',
          'Normandy': r'Normandy'}
STOP = {'President', 'Prime', 'Minister', 'Chancellor', 'Federal', 'Republic', 'the', 'of', 'and', 'with', 'King',
        'Emir', 'Crown', 'Prince', 'Secretary', 'General', 'Kingdom', 'United', 'States', 'Russia', 'Russian',
        'Security', 'Council', 'Governor', 'Region', 'National', 'Advisor', 'Permanent', 'Members'}


def names(s):
    return {w for w in re.findall(r"\b[A-Z][a-zé\u2019'-]{3,}\b", s) if w not in STOP}


rows = []
for k in K:
    m = KCALL.search(k['title'])
    for w in W:
        dd = abs((day(k['date']) - day(w['date'])).days)
        if dd > 3:
            continue
        rule = None
        if m and re.search(r'Biden|United States', k['title']) and re.search(r'Putin', w['title']) and dd <= 1:
            rule = 'direct'
        wm = WCALL.search(w['title'])
        if not rule and m and wm:
            common = names(m.group(2)) & names(wm.group(2))
            if common:
                rule = 'same counterpart: ' + ','.join(sorted(common))
        if not rule and dd <= 2:
            for ev, rx in EVENTS.items():
                if re.search(rx, k['title'], re.I) and re.search(rx, w['title'], re.I):
                    rule = 'same event: ' + ev
                    break
        if rule:
            rows.append((k['date'], k['id'], w['id'], rule, k['title'][:70], w['title'][:90],
                         'used' if k['id'] in used or w['id'] in used else ''))

for r in sorted(rows):
    print('\t'.join(r))
print(f'{len(rows)} candidate pairs', file=sys.stderr)
