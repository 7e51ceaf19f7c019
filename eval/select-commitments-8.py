#!/usr/bin/env python3
"""Picks a fresh TEST-half commitment set (issue 9/10, stop 28), weighted to accounts of a meeting (the one-sided
brief reports their commitments): seeded, excluding every bulk id written anywhere under eval/ at 3635407 and the
statements of ../shared/corpus/meetings (matched by URL):
  cm11-* : 5 White House readouts of a call or meeting (us-readout), 4 Kremlin telephone-call readouts (ru-call,
  80-400 words) and 3 White House joint or leaders' statements (us-joint); half `test`: annotated blind, never read
  while writing rules, scored as counts only.
Usage: python3 eval/select-commitments-8.py ../shared  (prints manifest.tsv rows)"""
import os, random, sys
from selectlib import used_ids
from commitpools import commitment_pools
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
used = used_ids(here, 'cm11-', as_of='3635407')
rnd = random.Random(20261204 + 28)
pools = commitment_pools(shared, used)
print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('us-readout', 5), ('ru-call', 4), ('us-joint', 3)):
    chosen = rnd.sample(sorted(pools[key], key=lambda d: d['id']), k)
    for d in sorted(chosen, key=lambda d: d['date']):
        print(f"test\tcm11-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
