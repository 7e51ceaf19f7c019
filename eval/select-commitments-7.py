#!/usr/bin/env python3
"""Picks two more fresh commitment sets at once (issue 9, stop 25), weighted to spoken statements (still the weakest
class), seeded, excluding every bulk id written anywhere under eval/ when it ran (not its own picks; eval/selectlib.py)
and the statements of ../shared/corpus/meetings (matched by URL):
  cm9-*  and cm10-* : validation sets, scored as counts only (never read while writing rules); both are scored with the
  stop's first build and its last, as a before/after on text no rule was written from.
Each set has 1 press secretary briefing and 1 background press call (excerpts of whole turns, suggested on stderr),
1 Kremlin telephone-call readout (ru-call, 80-400 words), 1 White House joint or leaders' statement (us-joint) and
1 White House readout (us-readout).
Usage: python3 eval/select-commitments-7.py ../shared  (prints manifest.tsv rows; excerpt suggestions on stderr)"""
import os, random, sys
from selectlib import used_ids
from commitpools import commitment_pools, print_two_sets
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (both its sets aside): sets added later cannot change its picks
used = used_ids(here, 'cm9-', later_categories=('cm10-',), as_of='e3b2ba3')
rnd = random.Random(20261204 + 25)
pools = commitment_pools(shared, used)

print_two_sets(pools, (('us-briefing', 1), ('us-press-call', 1), ('ru-call', 1), ('us-joint', 1), ('us-readout', 1)), rnd, 'cm9', 'cm10')
