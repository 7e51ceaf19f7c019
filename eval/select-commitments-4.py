#!/usr/bin/env python3
"""Picks the commitments layer's fourth development set (issue 9, cm4-*): fresh statements in the mix of kinds the
test half weighs, seeded, excluding every bulk id written anywhere under eval/ when it ran (not its own picks;
eval/selectlib.py) and the statements of ../shared/corpus/meetings (matched by URL):
  2 White House readouts of the President's call or meeting with a foreign leader (cm4-us-readout, 100-700 words),
  1 White House joint or leaders' statement, bilateral or multilateral (cm4-us-joint, 150-900 words),
  1 press secretary briefing and 1 background press call with foreign-policy content, 2021-2024 (cm4-us-briefing,
    cm4-us-press-call; excerpts of whole turns per GUIDELINES, suggested on stderr as in select-commitments-3.py),
  2 Kremlin transcripts: talks, press statements or news conferences with a foreign leader, 700-1,600 words
    (cm4-ru-transcript),
  1 Kremlin readout of a telephone conversation with a foreign leader (cm4-ru-call, 80-400 words).
Usage: python3 eval/select-commitments-4.py ../shared  (prints manifest.tsv rows; excerpt suggestions on stderr)"""
import os, random, sys
from selectlib import used_ids
from commitpools import commitment_pools, excerpt
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
# eval/ as it was in the commit that added this picker (its own picks aside): sets added later cannot change its picks
used = used_ids(here, 'cm4-', as_of='e60aeaa')
rnd = random.Random(20261204 + 9 + 4)
pools = commitment_pools(shared, used)


print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('us-readout', 2), ('us-joint', 1), ('us-briefing', 1), ('us-press-call', 1), ('ru-transcript', 2),
               ('ru-call', 1)):
    for d in sorted(rnd.sample(sorted(pools[key], key=lambda d: d['id']), min(k, len(pools[key]))), key=lambda d: d['date']):
        print(f"dev\tcm4-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
        if key in ('us-briefing', 'us-press-call'):
            print(f"# {d['id']}: excerpt {excerpt(d)}", file=sys.stderr)
