#!/usr/bin/env python3
"""The tracking suggestions of one split of the commitments, fixed before any rule was written from either.

usage: eval/tracking-split.py TRACK_JSON WORKSPACE_DB --split dev|heldout [--unjudged OUT.tsv --header TEXT]
A commitment is in the DEVELOPMENT split when the last hex digit of sha1(utf-8 of its statement id, the
commitment id before '#') is 0-7, in the HELD-OUT split when it is 8-f. --split dev prints the counts and every
dev suggestion (the commitment's sentence and the evidence, as eval/tracking-sample.py does) with its verdict
from the judged samples (eval/trackinglib.py) or NEW. --split heldout prints COUNTS ONLY (never a suggestion)
and, with --unjudged, writes the held-out suggestions no judged sample holds to OUT.tsv for a blind judge.
"""
import hashlib, json, os, sqlite3, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import trackinglib


def split(commitment_id):
    """'dev' or 'heldout' for a commitment id (statement id '#' index)."""
    statement = commitment_id.split('#', 1)[0]
    return 'dev' if hashlib.sha1(statement.encode('utf-8')).hexdigest()[-1] in '01234567' else 'heldout'


def main(argv):
    track, db = argv[0], argv[1]
    which = argv[argv.index('--split') + 1]
    if which not in ('dev', 'heldout'):
        sys.exit('--split must be dev or heldout')
    out = argv[argv.index('--unjudged') + 1] if '--unjudged' in argv else None
    header = argv[argv.index('--header') + 1] if '--header' in argv else ''
    judged, _ = trackinglib.judged()
    sugg = [s for s in json.load(open(track))['suggestions'] if split(s['commitment']) == which]
    counts = {}
    new = []
    for s in sugg:
        v = judged.get(trackinglib.key(s))
        counts[v[0] if v else 'new'] = counts.get(v[0] if v else 'new', 0) + 1
        if v is None:
            new.append(s)
    print(f'{which}: suggestions {len(sugg)}; commitments {len({s["commitment"] for s in sugg})}; '
          + ', '.join(f'{k} {counts.get(k, 0)}' for k in ('yes', 'partly', 'no', 'new')))
    if which == 'dev':
        con = sqlite3.connect(db)
        lines = []
        trackinglib.print_rows(sugg, con, lines.append)
        verdict = [judged.get(trackinglib.key(s)) for s in sugg]
        i = -1
        for line in lines:
            if line.startswith('#'):
                i += 1
                v = verdict[i]
                line += f'\t[{v[0] + ": " + v[1] if v else "NEW"}]'
            print(line)
    elif out:
        trackinglib.write_unjudged(out, new, header)
        print(f'wrote {len(new)} unjudged held-out suggestions to {out}')


if __name__ == '__main__':
    main(sys.argv[1:])
