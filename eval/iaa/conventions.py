#!/usr/bin/env python3
"""Annotation-convention census of the two halves of the main gold (issue 9, inter-annotator study): for the
statements of eval/gold/manifest.tsv in the seven main categories (the same seeded population, split dev/test),
counts per half how the annotators treated a few cue classes where the second annotator and the test gold
disagreed. Counts only: no quote is printed (the test half's text stays out of reports).

Usage (from the project root): python3 eval/iaa/conventions.py [--shared ../shared]
"""
import argparse, collections, importlib.util, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location('checkgold', os.path.join(ROOT, 'eval', 'check-gold.py'))
cg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cg)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from agreement import bounds, locate  # noqa: E402

MAIN = {'ru-call', 'ru-talks', 'ru-transcript', 'us-readout', 'us-joint', 'us-briefing', 'us-press-call'}
# cue classes, matched on the quote and the 60 characters around it (case-blind)
CUES = {
    'signing/adopting documents': r'\b(sign(ed|ing)?|adopt(ed)?|conclud(ed)?|ink(ed)?)\b',
    'stand with / solidarity': r'\bstand(s|ing)?\s+(firmly\s+)?(with|by|united|in\s+solidarity)|\bsolidarity\s+with',
    'own necessity (must/need/essential/...)':
        r'\b(must|need\s+to|needs\s+to|essential|critical|necessary|have\s+to|has\s+to)\b',
    'not hesitate / not stop / not give up': r'\bn(o|o)t\s+(hesitate|stop|give\s+up)|never\s+stop|won.t\s+(hesitate|stop)',
    'impose costs / consequences': r'\b(impose\s+costs|costs?\s+on|consequences)\b',
    'resolved / determined': r'\b(resolved?|determin(ed|ation))\b',
    'ready / prepared': r'\b(ready|prepared)\b',
    'intention / intend': r'\b(intention|intends?|intended)\b',
}
GROUP_IDS = {'G7', 'G20', 'EU', 'NATO', 'QUAD', 'ASEAN', 'BRICS', 'SCO', 'CSTO', 'EAEU', 'CIS', 'UN', 'OSCE', 'AU'}


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    args = ap.parse_args(argv)
    rows = []
    with open(os.path.join(ROOT, 'eval', 'gold', 'manifest.tsv'), encoding='utf-8') as fh:
        next(fh)
        for line in fh:
            half, cat, id_ = line.split('\t')[:3]
            if cat in MAIN:
                f = os.path.join(ROOT, 'eval', 'gold', half, id_.replace(':', '_').replace('/', '_') + '.yaml')
                if os.path.exists(f):
                    rows.append((half, cat, id_, cg.parse_yaml(open(f, encoding='utf-8').read())))
    recs = cg.Records(args.shared)
    recs.load([r[2] for r in rows])
    H = {h: collections.Counter() for h in ('dev', 'test')}
    K = {h: collections.Counter() for h in ('dev', 'test')}
    for half, cat, id_, doc in rows:
        text = recs.get(id_)['text']
        lo, hi = bounds(text, doc)
        c = H[half]
        c['statements'] += 1
        c['words'] += len(text[lo:hi].split())
        layers = doc.get('layers') or ['commitments', 'attributions', 'dates']

        def ctx(q):
            sp = locate(text, q, lo, hi)
            return text[max(0, sp[0] - 60):sp[1] + 60] if sp else q
        if 'commitments' in layers:
            c['statements with commitments'] += 1
            for x in doc.get('commitments') or []:
                c['commitments'] += 1
                K[half][x.get('kind')] += 1
                c['negated'] += bool(x.get('negated'))
                c['with condition'] += bool((x.get('condition') or '').strip())
                acts = [str(a) for a in x.get('actors') or []]
                c['actors: a group id'] += any(a in GROUP_IDS for a in acts)
                c['actors: 5+ states'] += sum(1 for a in acts if re.fullmatch(r'[A-Z]{3}', a)) >= 5
                c['actors: written names'] += any(not re.fullmatch(r'[A-Z0-9-]+|[a-z-]+', a) for a in acts)
                w = ctx(x['quote'])
                for name, rx in CUES.items():
                    if re.search(rx, x['quote'], re.I) or (name == 'signing/adopting documents' and re.search(rx, w, re.I)
                                                           and x.get('kind') == 'agreement'):
                        c[f'cue {name}: commitment'] += 1
                        c[f'cue {name}: as {x.get("kind")}'] += 1
            for n in doc.get('nothing') or []:
                if n.get('layer') == 'commitments':
                    c['nothing (commitments)'] += 1
                    for name, rx in CUES.items():
                        if re.search(rx, n['quote'], re.I):
                            c[f'cue {name}: nothing'] += 1
        if 'attributions' in layers:
            for x in doc.get('attributions') or []:
                c[f"attributions: {x.get('type')}"] += 1
                sp = (x.get('speaker') or '').strip()
                if x.get('type') == 'turn':
                    c['turns: Questioner'] += sp == 'Questioner'
                    c['turns: Moderator'] += sp == 'Moderator'
                    c['turns: anonymous official'] += bool(re.search(r'(?i)official', sp))
                else:
                    c['quotes: joint speaker "A and B"'] += ' and ' in sp
                    c['quotes: speaker is a state id'] += bool(re.fullmatch(r'[A-Z]{3}', x.get('speakerId') or ''))
            for n in doc.get('nothing') or []:
                c['nothing (attributions)'] += n.get('layer') == 'attributions'
    keys = []
    for h in H.values():
        for k in h:
            if k not in keys:
                keys.append(k)
    print(f"{'':80} {'dev':>8} {'test':>8}")
    for k in ['statements', 'words', 'statements with commitments', 'commitments'] + \
             sorted(k for k in keys if k not in ('statements', 'words', 'statements with commitments', 'commitments')):
        print(f"{k[:80]:80} {H['dev'][k]:8} {H['test'][k]:8}")
    print('\ncommitments per 1,000 annotated words: '
          + ', '.join(f"{h} {1000 * H[h]['commitments'] / H[h]['words']:.1f}" for h in ('dev', 'test')))
    print('kinds (share of commitments):')
    for k in sorted(set(K['dev']) | set(K['test'])):
        print(f"  {str(k):12} " + '  '.join(
            f"{h} {K[h][k]:3} ({K[h][k] / max(1, H[h]['commitments']):.2f})" for h in ('dev', 'test')))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
