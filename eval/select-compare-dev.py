#!/usr/bin/env python3
"""Lists candidate "paired calls" for the comparison gold, development half (rule-based, deterministic).

Usage: python3 eval/select-compare-dev.py [../shared] [--wide]

A paired call is a Kremlin item "Telephone conversation(s) with / Meeting with / Talks with <leader>" and a White
House readout of Biden's call or meeting with the same leader (a surname in both titles), Oct 2021 - Jun 2022,
at most 4 days apart: Biden and Putin each speaking with the same third leader. A candidate is "used" when either
bulk id occurs anywhere under eval/ (meeting files, sentence pairs, manifests, samples). Excluded by the brief:
the test half's Niinistö calls of 13 Dec 2021 and 18 Jan 2022, the Macron calls of 20 Feb 2022, the G20 of
30 Oct 2021, and the dev half's Finland calls of May 2022.

Candidates are printed with the Kremlin and White House dates, the shared name, both ids and titles, and a mark:
"used" (an id occurs under eval/), "used: search-judgements only" (an id occurs only in the search relevance
grades of eval/search-judgements, which annotate no comparison, commitment, attribution or date), "excluded",
or "CHOSEN <file>". A second pass (--wide) also lists pairs up to 7 days apart.

Choice (each side's text a complete readout of its own call, both about one subject):
  - Macron 31 Jan / 2 Feb 2022 (Ukraine, security guarantees): both ids unused;
  - Macron and Scholz 21 Feb 2022 (recognition of the DPR and LPR): both ids unused (same event as a test
    meeting, but not its statements);
  - Erdogan 6 / 10 Mar 2022 (the war in Ukraine, Turkey's mediation): the Kremlin id is graded in
    eval/search-judgements only; every other unused-or-nearly-unused pair within 4 days was a farewell call
    (Merkel), a multi-leader US call against one Kremlin call, or had a side already in gold or samples;
  - Bennett 23 / 30 Mar 2022 (7 days apart; the terror attacks in Israel shared, the rest different): both ids
    unused; the only fully unused pair left, listed by --wide.
Not chosen: Macron 24 Feb (the day of the invasion) against Biden's 21 Feb call, Scholz 16 Feb against the 21 Feb
Kremlin call and Macron 6 Feb against the 31 Jan Kremlin call (other steps of the crisis than the paired call);
Belarus (Lukashenko against the opposition leader: a shared country, not a shared leader); every Macron, Scholz,
Draghi, Johnson and Niinistö pair with an id in gold, pairs or tracking samples; Merkel 9 Dec 2021 (a farewell call against the 7 Dec call of Biden with several leaders about his Putin call).
"""
import gzip, json, os, re, sys, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = [a for a in sys.argv[1:] if not a.startswith('--')]
SHARED = ARGS[0] if ARGS else os.path.join(ROOT, '..', 'shared')
BULK = os.path.join(SHARED, 'corpus', 'bulk')
EVAL = os.path.join(ROOT, 'eval')

CHOSEN = {  # kremlin id -> (white house id, meeting file)
    'kremlin:67673': ('wh:statements-releases/2022-02/2022-02-02-readout-of-president-joseph-r-biden-jr-s-call-with-'
                      'president-emmanuel-macron-of-france-2', 'dev-2022-01-31-macron-calls-on-ukraine.yaml'),
    'kremlin:67827': ('wh:statements-releases/2022-02/2022-02-21-readout-of-president-bidens-call-with-president-'
                      'macron-of-france-and-chancellor-scholz-of-germany',
                      'dev-2022-02-21-macron-scholz-calls-on-recognition.yaml'),
    'kremlin:67917': ('wh:statements-releases/2022-03/2022-03-10-readout-of-president-bidens-call-with-president-'
                      'recep-tayyip-erdogan-of-turkey', 'dev-2022-03-06-erdogan-calls-on-the-war-in-ukraine.yaml'),
    'kremlin:68040': ('wh:statements-releases/2022-03/2022-03-30-readout-of-president-bidens-call-with-prime-'
                      'minister-naftali-bennett-of-israel', 'dev-2022-03-23-bennett-calls.yaml'),
}
WIDE = '--wide' in sys.argv
MAXDAYS = 7 if WIDE else 4


def load(name):
    with gzip.open(os.path.join(BULK, name), 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f]


def day(s):
    return datetime.date.fromisoformat(s[:10])


texts = {}
for dp, dn, fn in os.walk(EVAL):
    for n in fn:
        if n.endswith(('.yaml', '.tsv', '.md', '.txt', '.py', '.sh', '.java')) and n != 'select-compare-dev.py':
            try:
                texts[os.path.join(dp, n)] = open(os.path.join(dp, n), encoding='utf-8').read()
            except UnicodeDecodeError:
                pass
CHOSEN_FILES = {v[1] for v in CHOSEN.values()}


def used(i):
    """'' when unused, else 'used' or 'used: search-judgements only' (the chosen meeting files do not count)."""
    where = [p for p, t in texts.items() if re.search(re.escape(i) + r'(?![\w/-])', t)
             and os.path.basename(p) not in CHOSEN_FILES]
    if not where:
        return ''
    if all(os.sep + 'search-judgements' + os.sep in p for p in where):
        return 'used: search-judgements only'
    return 'used'


K = [r for r in load('kremlin-en-2021-10_2022-06.jsonl.gz') if '2021-10-01' <= r['date'] <= '2022-06-30']
W = [r for r in load('whitehouse-briefing-room.jsonl.gz') if '2021-10-01' <= r['date'] <= '2022-06-30']

KCALL = re.compile(r'^(Telephone conversations? with|Meeting with|Talks with|Russian-\w+ talks|Video call with)\b(.*)', re.I)
WCALL = re.compile(r'Readout of .*?(?:Call|Meeting|Video Call|Virtual Meeting|Conversation)s? with(.*)', re.I)
STOP = {'President', 'Prime', 'Minister', 'Chancellor', 'Federal', 'Republic', 'the', 'of', 'and', 'with', 'King',
        'Emir', 'Crown', 'Prince', 'Secretary', 'General', 'Kingdom', 'United', 'States', 'Russia', 'Russian',
        'Security', 'Council', 'Governor', 'Region', 'National', 'Advisor', 'Permanent', 'Members', 'Leaders',
        'European', 'Union', 'Commission', 'Head', 'State', 'Rights', 'Member', 'Elect', 'President-'}
EXCLUDED = [('2021-12-14', 'Niinist'), ('2022-01-21', 'Niinist'), ('2022-02-20', 'Macron'), ('2022-05-14', 'Niinist')]


def names(s):
    return {w for w in re.findall(r"\b[A-Z][a-zé\u2019'-]{3,}\b", s) if w not in STOP}


rows = []
for k in K:
    m = KCALL.search(k['title'])
    if not m:
        continue
    for w in W:
        dd = abs((day(k['date']) - day(w['date'])).days)
        if dd > MAXDAYS:
            continue
        wm = WCALL.search(w['title'])
        if not wm or 'Biden' not in w['title']:
            continue
        common = names(m.group(2)) & names(wm.group(1))
        if not common:
            continue
        mark = ''
        uk, uw = used(k['id']), used(w['id'])
        if 'used' in (uk, uw):
            mark = 'used'
        elif uk or uw:
            mark = uk or uw
        elif any(k['date'].startswith(d) and any(c.startswith(n) for c in common) for d, n in EXCLUDED) \
                or ('Andersson' in w['title'] and k['date'].startswith('2022-05')):
            mark = 'excluded'
        if CHOSEN.get(k['id'], ('',))[0] == w['id']:
            mark = 'CHOSEN ' + CHOSEN[k['id']][1]
        rows.append((k['date'][:10], w['date'][:10], ','.join(sorted(common)), k['id'], w['id'],
                     k['title'][:70], w['title'][:100], mark))

for r in sorted(rows):
    print('\t'.join(r))
print(f'{len(rows)} candidate pairs', file=sys.stderr)
