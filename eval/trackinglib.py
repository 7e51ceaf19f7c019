"""Shared helpers of the tracking evaluation scripts (tracking-judged.py, tracking-sample.py, tracking-split.py).

judged(): every judged row of eval/tracking-sample*.tsv keyed by (commitment, statement, sentence), the latest
sample's verdict winning (tracking-sample-9-judge2.tsv, a second judge, left out), and the keys of samples 9+10.
print_rows(): the suggestions with the commitment's sentence and the evidence sentence, for a reader to judge.
write_unjudged(): suggestions in the columns of tracking-sample-10.tsv, verdict and reason left empty.
"""
import glob, os, re

HERE = os.path.dirname(os.path.abspath(__file__))


def order(path):
    m = re.search(r'tracking-sample(?:-(\d+))?', os.path.basename(path))
    return int(m.group(1)) if m.group(1) else 1


def judged():
    """(judged, current): key -> (verdict, reason, file); current = the keys of samples 9 and 10."""
    out = {}
    current = set()
    files = [f for f in glob.glob(os.path.join(HERE, 'tracking-sample*.tsv'))
             if 'judge2' not in f and 'unjudged' not in f]
    for f in sorted(files, key=lambda p: (order(p), '-dev' in p)):
        for line in open(f, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            c = line.rstrip('\n').split('\t')
            if len(c) < 8 or not c[7]:
                continue  # a row not (yet) judged
            ev = c[3]
            stmt, sent = ev.rsplit(':', 2)[0], int(ev.rsplit(':', 2)[1])
            key = (c[1], stmt, sent)
            out[key] = (c[7], c[8] if len(c) > 8 else '', os.path.basename(f))
            if order(f) in (9, 10):
                current.add(key)
    return out, current


def key(s):
    ev = s['evidence']
    return (s['commitment'], ev['statement'], ev['sentence'])


def print_rows(sample, con, out=print):
    for i, s in enumerate(sample, 1):
        row = con.execute("SELECT kind, actors, action, text, date FROM commitments WHERE id = ?",
                          (s["commitment"],)).fetchone()
        ev = s["evidence"]
        out(f'#{i}\t{s["commitment"]}\t{row[0]}\t{row[1]}\t{row[4]}')
        out(f'  C: {row[3]}')
        out(f'  A: {row[2]}')
        out(f'  -> {s["status"]} {s["date"]} {ev["statement"]}:{ev["sentence"]}:{ev["start"]}-{ev["end"]} {s["rule"]} {s["confidence"]}')
        out(f'  E: {s["text"]}')


def write_unjudged(path, rows, header):
    with open(path, 'w', encoding='utf-8') as w:
        for h in header.split('\n'):
            if h:
                w.write('# ' + h + '\n')
        w.write('#\tcommitment\tsuggested_status\tevidence\tdate\trule\tconfidence\tverdict\treason\n')
        for i, s in enumerate(rows, 1):
            ev = s['evidence']
            w.write(f"{i}\t{s['commitment']}\t{s['status']}\t{ev['statement']}:{ev['sentence']}:{ev['start']}-{ev['end']}"
                    f"\t{s['date']}\t{s['rule']}\t{s['confidence']}\t\t\n")
