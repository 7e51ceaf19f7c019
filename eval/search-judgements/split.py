#!/usr/bin/env python3
"""Splits the judged search queries into dev and test halves (seeded, so the split is reproducible and not
chosen by looking at the queries' results). Reads queries-source.tsv beside it, writes queries.tsv with a
'half' column: 15 dev, 15 test (for an odd count, dev gets the extra one). Usage: python3 split.py"""
import csv, os, random

SEED = 14  # issue 14
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "queries-source.tsv"), encoding="utf-8") as f:
    rows = list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))
ids = sorted(r["id"] for r in rows)
random.Random(SEED).shuffle(ids)
dev = set(ids[: (len(ids) + 1) // 2])
with open(os.path.join(here, "queries.tsv"), "w", encoding="utf-8", newline="") as f:
    f.write("# written by split.py (seed %d) from queries-source.tsv; do not edit by hand\n" % SEED)
    f.write("id\thalf\tquery\tside\tfrom\tto\n")
    for r in rows:
        half = "dev" if r["id"] in dev else "test"
        f.write("\t".join([r["id"], half, r["query"], r["side"], r["from"], r["to"]]) + "\n")
print("dev:", ", ".join(sorted(dev)))
print("test:", ", ".join(sorted(set(ids) - dev)))
