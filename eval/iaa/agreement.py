#!/usr/bin/env python3
"""Inter-annotator agreement (issue 9): the second annotator's files in eval/gold/<half>/iaa/ against the gold
eval/gold/<half>/<same file> (standard library only; reuses eval/check-gold.py's YAML reader and record loader).
The test half is the study; the dev half (--half dev) a control set annotated the same way.

Usage (from the project root):
  python3 eval/iaa/agreement.py [--half test|dev] [--shared ../shared] [--causes eval/iaa/causes.tsv] [--show]

Per layer (commitments, attributions), over the statements with both files:
  - span agreement: entries paired one-to-one (commitments and direct/indirect attributions: quotes overlapping,
    largest overlap first; transcript turns: the same turn, found by the speaker labels), reported as pairs,
    present in the gold only, present in the second annotation only, and Dice = 2*pairs / (gold + second);
  - on pairs: commitments kind, actor set, kind+actor (and negation, condition presence); attributions speaker
    (dictionary ids, else surnames; a joint speaker "A and B" as a set of surnames), and type for non-turns.
--causes FILE: a TSV (key, cause) classifying each disagreement by a general cause; keys are printed by --show as
`date-category|layer|what|gold#i|iaa#j` (indices into the files' lists, no text). Without FILE only the figures.
--show prints each disagreement with its quotes: for the annotator's eyes only (test text), never to be committed.
"""
import argparse, collections, importlib.util, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location('checkgold', os.path.join(ROOT, 'eval', 'check-gold.py'))
cg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cg)

# Transcript speaker labels: White House ("Q", "MS. PSAKI:", "SENIOR ADMINISTRATION OFFICIAL:") at a line start,
# Kremlin ("Vladimir Putin:", "President of Russia Vladimir Putin:") anywhere.
LABEL = re.compile(r'(?m)^[ \t\u00a0]*(?:Q(?=[ \t\u00a0]{2,}|[ \t\u00a0]*$)|[A-Z][A-Z.\'’ -]{1,60}:)'
                   r'|(?:President of (?:the )?[A-Z][\w ]*? )?\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?: ')


def locate(text, quote, lo, hi):
    """(start, end) of the quote in text, inside [lo, hi) when possible (first hit; whitespace-flexible)."""
    hits = [m for m in cg.flexible(quote).finditer(text)]
    inside = [m for m in hits if m.start() >= lo and m.end() <= hi]
    m = (inside or hits or [None])[0]
    return (m.start(), m.end()) if m else None


def bounds(text, doc):
    ex = doc.get('excerpt')
    if not ex:
        return 0, len(text)
    a = locate(text, ex['from'], 0, len(text))
    b = locate(text, ex['to'], a[0], len(text))
    return a[0], b[1]


def turn_of(starts, pos):
    """Index of the turn holding pos (number of labels starting at or before it)."""
    return sum(1 for s in starts if s <= pos)


def pair(n, m, key):
    """One-to-one pairs (i, j) of n gold and m second entries with key(i, j) > 0, largest key first (ties in order)."""
    cands = sorted(((key(i, j), i, j) for i in range(n) for j in range(m) if key(i, j) > 0),
                   key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_s, out = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_s:
            used_g.add(i); used_s.add(j); out.append((i, j))
    return sorted(out)


def overlap(a, b):
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


SUFFIX = {'jr', 'sr', 'ii', 'iii'}
# Groups written by their dictionary id by one annotator and as their member states by the other (not in actors.yaml)
GROUPS = {'g7': frozenset(['can', 'deu', 'fra', 'gbr', 'ita', 'jpn', 'usa'])}


def surnames(name):
    out = set()
    for p in re.split(r'\s*(?:,|\band\b|&)\s*', name or ''):
        words = [w for w in (re.sub(r'[^\w-]', '', x).lower() for x in p.split()) if w and w not in SUFFIX]
        if words:
            out.add(words[-1])
    return frozenset(out)


def same_speaker(g, s):
    gi, si = (g.get('speakerId') or '').strip(), (s.get('speakerId') or '').strip()
    if gi and si:
        return gi == si
    gn = surnames(g.get('speaker')) if not gi else frozenset([gi])
    sn = surnames(s.get('speaker')) if not si else frozenset([si])
    if gi and not si:
        gn = frozenset([gi]) | surnames(g.get('speaker'))
        return bool(sn) and sn <= gn
    if si and not gi:
        sn = frozenset([si]) | surnames(s.get('speaker'))
        return bool(gn) and gn <= sn
    return gn == sn


def acts(x):
    return frozenset(str(a).strip().lower() for a in (x.get('actors') or []))


def expanded(actors):
    out = set()
    for a in actors:
        out |= GROUPS.get(a, {a})
    return frozenset(out)


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--causes')
    ap.add_argument('--show', action='store_true')
    ap.add_argument('--half', default='test', choices=['test', 'dev'])
    args = ap.parse_args(argv)
    GOLD = os.path.join(ROOT, 'eval', 'gold', args.half)
    IAA = os.path.join(GOLD, 'iaa')
    files = sorted(f for f in os.listdir(IAA) if f.endswith('.yaml') and os.path.exists(os.path.join(GOLD, f)))
    docs = [(f, cg.parse_yaml(open(os.path.join(GOLD, f), encoding='utf-8').read()),
             cg.parse_yaml(open(os.path.join(IAA, f), encoding='utf-8').read())) for f in files]
    recs = cg.Records(args.shared)
    recs.load([g['id'] for _, g, _ in docs])
    causes = {}
    if args.causes:
        for line in open(args.causes, encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                k, c = line.rstrip('\n').split('\t')[:2]
                causes[k] = c
    T = collections.Counter()          # totals
    per = []                           # per-statement rows
    dis = []                           # (key, description without text, quotes for --show)
    for f, g, s in docs:
        stem = f"{g.get('date')}-{g.get('category')}"  # short key: unique in the sample
        text = recs.get(g['id'])['text']
        lo, hi = bounds(text, g)
        starts = [m.start() for m in LABEL.finditer(text)]
        row = collections.Counter()
        # ---------------- commitments
        gc, sc = g.get('commitments') or [], s.get('commitments') or []
        gsp = [locate(text, c['quote'], lo, hi) for c in gc]
        ssp = [locate(text, c['quote'], lo, hi) for c in sc]
        pr = pair(len(gc), len(sc), lambda i, j: overlap(gsp[i], ssp[j]))
        pi, pj = {i for i, _ in pr}, {j for _, j in pr}
        row['c_gold'], row['c_iaa'], row['c_pairs'] = len(gc), len(sc), len(pr)
        for i, j in pr:
            a, b = gc[i], sc[j]
            kind, actor = a.get('kind') == b.get('kind'), acts(a) == acts(b)
            row['c_kind'] += kind; row['c_actor'] += actor; row['c_kind_actor'] += kind and actor
            row['c_kind_actor_groups'] += kind and expanded(acts(a)) == expanded(acts(b))
            row['c_neg'] += bool(a.get('negated')) == bool(b.get('negated'))
            row['c_cond'] += bool((a.get('condition') or '').strip()) == bool((b.get('condition') or '').strip())
            if bool(a.get('negated')) != bool(b.get('negated')):
                dis.append((f'{stem}|commitments|negation|gold#{i}|iaa#{j}',
                            f"gold negated={bool(a.get('negated'))} vs iaa negated={bool(b.get('negated'))}",
                            a['quote'], b['quote']))
            if not (kind and actor):
                what = ('kind' if not kind else '') + ('+' if not kind and not actor else '') + ('actor' if not actor else '')
                dis.append((f'{stem}|commitments|{what}|gold#{i}|iaa#{j}',
                            f"gold {a.get('kind')} {sorted(acts(a))} vs iaa {b.get('kind')} {sorted(acts(b))}",
                            a['quote'], b['quote']))
        for i in range(len(gc)):
            if i not in pi:
                dis.append((f'{stem}|commitments|gold-only|gold#{i}|-', f"gold {gc[i].get('kind')} {sorted(acts(gc[i]))}",
                            gc[i]['quote'], ''))
        for j in range(len(sc)):
            if j not in pj:
                dis.append((f'{stem}|commitments|iaa-only|-|iaa#{j}', f"iaa {sc[j].get('kind')} {sorted(acts(sc[j]))}",
                            '', sc[j]['quote']))
        # ---------------- attributions
        ga, sa = g.get('attributions') or [], s.get('attributions') or []
        gsp = [locate(text, x['quote'], lo, hi) for x in ga]
        ssp = [locate(text, x['quote'], lo, hi) for x in sa]

        def akey(i, j):
            a, b = ga[i], sa[j]
            if gsp[i] is None or ssp[j] is None:
                return 0
            if a.get('type') == 'turn' and b.get('type') == 'turn':
                return 10 ** 6 if turn_of(starts, gsp[i][0]) == turn_of(starts, ssp[j][0]) else 0
            if a.get('type') == 'turn' or b.get('type') == 'turn':
                return 0
            return overlap(gsp[i], ssp[j])
        pr = pair(len(ga), len(sa), akey)
        pi, pj = {i for i, _ in pr}, {j for _, j in pr}
        for part, sel in (('turn', lambda x: x.get('type') == 'turn'), ('quote', lambda x: x.get('type') != 'turn')):
            row[f'a_{part}_gold'] += sum(1 for x in ga if sel(x))
            row[f'a_{part}_iaa'] += sum(1 for x in sa if sel(x))
        for i, j in pr:
            a, b = ga[i], sa[j]
            part = 'turn' if a.get('type') == 'turn' else 'quote'
            row[f'a_{part}_pairs'] += 1
            sp = same_speaker(a, b)
            row[f'a_{part}_speaker'] += sp
            if part == 'quote':
                row['a_quote_type'] += a.get('type') == b.get('type')
            if not sp or (part == 'quote' and a.get('type') != b.get('type')):
                what = ('speaker' if not sp else '') + ('+' if not sp and a.get('type') != b.get('type') else '') + \
                       ('type' if a.get('type') != b.get('type') else '')
                dis.append((f'{stem}|attributions|{what}|gold#{i}|iaa#{j}',
                            f"{part}: gold {a.get('type')} '{a.get('speaker')}' vs iaa {b.get('type')} '{b.get('speaker')}'",
                            a['quote'], b['quote']))
        for i in range(len(ga)):
            if i not in pi:
                dis.append((f'{stem}|attributions|gold-only|gold#{i}|-',
                            f"gold {ga[i].get('type')} '{ga[i].get('speaker')}'", ga[i]['quote'], ''))
        for j in range(len(sa)):
            if j not in pj:
                dis.append((f'{stem}|attributions|iaa-only|-|iaa#{j}',
                            f"iaa {sa[j].get('type')} '{sa[j].get('speaker')}'", '', sa[j]['quote']))
        per.append((stem, g.get('category'), row))
        T.update(row)

    def r(a, b):
        return f'{a}/{b} = {a / b:.2f}' if b else f'{a}/0'

    def dice(p, x, y):
        return f'{2 * p / (x + y):.2f}' if x + y else 'n/a'
    print(f'statements: {len(docs)}')
    print('\nper statement (commitments gold/iaa/pairs/kind+actor; turns gold/iaa/pairs/speaker; '
          'quotes gold/iaa/pairs/speaker):')
    for stem, cat, w in per:
        print(f"  {cat:14} {stem[:60]:60}  c {w['c_gold']}/{w['c_iaa']}/{w['c_pairs']}/{w['c_kind_actor']}"
              f"  t {w['a_turn_gold']}/{w['a_turn_iaa']}/{w['a_turn_pairs']}/{w['a_turn_speaker']}"
              f"  q {w['a_quote_gold']}/{w['a_quote_iaa']}/{w['a_quote_pairs']}/{w['a_quote_speaker']}")
    print('\nCOMMITMENTS')
    print(f"  gold {T['c_gold']}, second annotator {T['c_iaa']}, pairs (spans overlap) {T['c_pairs']}; "
          f"gold only {T['c_gold'] - T['c_pairs']}, second only {T['c_iaa'] - T['c_pairs']}")
    print(f"  span agreement (Dice) {dice(T['c_pairs'], T['c_gold'], T['c_iaa'])}; "
          f"recall of gold {r(T['c_pairs'], T['c_gold'])}; of second {r(T['c_pairs'], T['c_iaa'])}")
    print(f"  on pairs: kind+actor {r(T['c_kind_actor'], T['c_pairs'])}; kind {r(T['c_kind'], T['c_pairs'])}; "
          f"actor set {r(T['c_actor'], T['c_pairs'])}; negation {r(T['c_neg'], T['c_pairs'])}; "
          f"condition presence {r(T['c_cond'], T['c_pairs'])}")
    print(f"  kind+actor with a group id counted equal to its member states (G7): "
          f"{r(T['c_kind_actor_groups'], T['c_pairs'])}")
    print('ATTRIBUTIONS')
    for part, name in (('turn', 'turns'), ('quote', 'direct+indirect')):
        p, x, y = T[f'a_{part}_pairs'], T[f'a_{part}_gold'], T[f'a_{part}_iaa']
        print(f"  {name}: gold {x}, second {y}, pairs {p}; gold only {x - p}, second only {y - p}; "
              f"Dice {dice(p, x, y)}; speaker agreement on pairs {r(T[f'a_{part}_speaker'], p)}"
              + (f"; type agreement {r(T['a_quote_type'], p)}" if part == 'quote' else ''))
    p = T['a_turn_pairs'] + T['a_quote_pairs']
    x = T['a_turn_gold'] + T['a_quote_gold']; y = T['a_turn_iaa'] + T['a_quote_iaa']
    print(f"  all: gold {x}, second {y}, pairs {p}; Dice {dice(p, x, y)}; "
          f"speaker agreement {r(T['a_turn_speaker'] + T['a_quote_speaker'], p)}")
    print(f'\nDISAGREEMENTS: {len(dis)}')
    if causes:
        by = collections.Counter()
        unk = []
        for k, *_ in dis:
            layer = k.split('|')[1]
            if k in causes:
                by[(layer, causes[k])] += 1
            else:
                unk.append(k)
        for layer in ('commitments', 'attributions'):
            print(f'  {layer}:')
            for (l, c), n in sorted(by.items(), key=lambda kv: (-kv[1], kv[0][1])):
                if l == layer:
                    print(f'    {n:3}  {c}')
        if unk:
            print(f'  unclassified: {len(unk)}')
            for k in unk:
                print('    ' + k)
    if args.show:
        for k, d, a, b in dis:
            print(f'{k}\t{d}\n    gold: {a!r}\n    iaa:  {b!r}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
