#!/usr/bin/env python3
"""Picks two fresh commitment sets at once (issue 9), weighted to the statements a brief rests on (joint statements
and readouts), seeded, excluding every bulk id written anywhere under eval/ when it ran (not its own picks;
eval/selectlib.py) and the statements of ../shared/corpus/meetings (matched by URL):
  cm5-* : a development set (its misses may be read while writing rules);
  cm6-* : a validation set (scored as counts only until the end of the stop, never read while writing rules).
Each set has 3 White House joint or leaders' statements (us-joint, 150-900 words), 3 White House readouts of the
President's call or meeting with a foreign leader (us-readout, 100-700 words), 1 background press call (us-press-call;
an excerpt of whole turns, suggested on stderr), 1 Kremlin transcript with a foreign leader (ru-transcript,
700-1,600 words) and 1 Kremlin readout of a telephone conversation (ru-call, 80-400 words).
Usage: python3 eval/select-commitments-5.py ../shared  (prints manifest.tsv rows; excerpt suggestions on stderr)"""
import os, random, sys
from selectlib import used_ids
from commitpools import commitment_pools, excerpt
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (both its sets aside): sets added later cannot change its picks
used = used_ids(here, 'cm5-', later_categories=('cm6-',), as_of='ee8e8ae')
rnd = random.Random(20261204 + 9 + 5)
pools = commitment_pools(shared, used)


print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('us-joint', 3), ('us-readout', 3), ('us-press-call', 1), ('ru-transcript', 1), ('ru-call', 1)):
    both = rnd.sample(sorted(pools[key], key=lambda d: d['id']), min(2 * k, len(pools[key])))
    for prefix, chosen in (('cm5', both[:k]), ('cm6', both[k:])):
        for d in sorted(chosen, key=lambda d: d['date']):
            print(f"dev\t{prefix}-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
            if key == 'us-press-call':
                print(f"# {d['id']}: excerpt {excerpt(d)}", file=sys.stderr)
