#!/usr/bin/env python3
"""Picks two more fresh commitment sets at once (issue 9), weighted to spoken statements (the test half's largest
class and most of its spurious acts), seeded, excluding every bulk id written anywhere under eval/ when it ran (not its own picks;
eval/selectlib.py) and the statements of ../shared/corpus/meetings (matched by URL):
  cm7-* : a development set (its misses may be read while writing rules);
  cm8-* : a validation set (scored as counts only until the end of the stop, never read while writing rules).
Each set has (the Kremlin pool is exhausted: no ru-transcript was left) 1 press secretary briefing and 1 background press call (us-briefing, us-press-call; excerpts of whole
turns, suggested on stderr), 1 Kremlin transcript with a foreign leader (ru-transcript, 700-1,600 words), 1 White
House joint or leaders' statement (us-joint, 150-900 words) and 1 White House readout (us-readout, 100-700 words).
Usage: python3 eval/select-commitments-6.py ../shared  (prints manifest.tsv rows; excerpt suggestions on stderr)"""
import os, random, sys
from selectlib import used_ids
from commitpools import commitment_pools, print_two_sets
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (both its sets aside): sets added later cannot change its picks
used = used_ids(here, 'cm7-', later_categories=('cm8-',), as_of='0565b86')
rnd = random.Random(20261204 + 9 + 6)
pools = commitment_pools(shared, used)

print_two_sets(pools, (('us-briefing', 1), ('us-press-call', 1), ('ru-transcript', 1), ('us-joint', 1), ('us-readout', 1)), rnd, 'cm7', 'cm8')
