#!/usr/bin/env python3
"""Picks the statements of the inter-annotator agreement study (issue 9): 6 test-half statements of
eval/gold/manifest.tsv whose gold covers commitments and attributions, 2 per group (seeded, reproducible).
Reads only the `layers:` line and the `excerpt:` bounds of each gold file (never its annotations).
--half dev picks the control set the same way from the development half, leaving out the dev gold files the
second annotator had opened or seen lines of while reading the guidelines (EXCLUDE_DEV).
Usage: python3 eval/iaa/select.py [--half test|dev] [--excerpts] > eval/iaa/selection.tsv  (from the project root)"""
import os, random, re

SEED = 20261204
GROUPS = [('us-transcript', {'us-briefing', 'us-press-call'}),
          ('us-statement', {'us-readout', 'us-joint'}),
          ('ru', {'ru-call', 'ru-talks', 'ru-transcript'})]
EXCLUDE_DEV = {'kremlin:67450', 'kremlin:67188', 'kremlin:67320', 'kremlin:67706', 'kremlin:67734', 'kremlin:67748',
               'kremlin:67749', 'kremlin:67704',
               'wh:press-briefings/2022-02/2022-02-15-press-briefing-by-press-secretary-jen-psaki-february-15-2022',
               'wh:statements-releases/2023-10/2023-10-09-joint-statement-on-israel',
               'wh:statements-releases/2024-07/2024-07-09-joint-statement-on-strengthening-ukraines-air-defenses-by-u-s-president-joseph-r-biden-dutch-prime-minister-dick-schoof-german-chancellor-olaf-scholz-italian-prime-minister-giorgia-melon'}
import sys
HALF = sys.argv[sys.argv.index('--half') + 1] if '--half' in sys.argv else 'test'
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')


def header(path):
    """The layers and excerpt bounds of a gold file, read from its header lines only."""
    layers, bounds = ['commitments', 'attributions', 'dates'], {}
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    for i, l in enumerate(lines):
        if l.startswith(('commitments:', 'attributions:', 'dates:', 'nothing:')):
            break  # the annotations begin: stop reading
        m = re.match(r'layers:\s*\[(.*)\]', l)
        if m:
            layers = [x.strip() for x in m.group(1).split(',')]
        m = re.match(r'\s+(from|to):\s*(".*")\s*$', l)
        if m:
            bounds[m.group(1)] = m.group(2)
    return layers, bounds


rows = []
with open(os.path.join(here, 'manifest.tsv'), encoding='utf-8') as fh:
    next(fh)
    for line in fh:
        half, cat, id_, date, words, title = line.rstrip('\n').split('\t')
        if half != HALF or (HALF == 'dev' and id_ in EXCLUDE_DEV):
            continue
        f = id_.replace(':', '_').replace('/', '_') + '.yaml'
        path = os.path.join(here, HALF, f)
        if not os.path.exists(path):
            continue
        layers, bounds = header(path)
        if 'commitments' in layers and 'attributions' in layers:
            rows.append((cat, id_, date, words, f, bounds))
rnd = random.Random(SEED)
show = '--excerpts' in sys.argv  # the excerpt bounds (test text) only on request, never in a committed file
print('group\tcategory\tid\tdate\twords\tfile' + ('\texcerpt_from\texcerpt_to' if show else ''))
for g, cats in GROUPS:
    pool = sorted((r for r in rows if r[0] in cats), key=lambda r: r[1])
    for cat, id_, date, words, f, b in rnd.sample(pool, 2):
        print(f"{g}\t{cat}\t{id_}\t{date}\t{words}\t{f}" + (f"\t{b.get('from', '')}\t{b.get('to', '')}" if show else ''))
