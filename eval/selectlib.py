"""Shared by the seeded development-set pickers (eval/select-dates-3.py and later): the bulk ids already named
under eval/ (which a fresh set must avoid) and the bulk records. Standard library only."""
import fnmatch, gzip, json, os, re

ID = re.compile(r'(?:kremlin:\d+|wh:[\w%./-]+[\w%-])')
CALENDAR_NAMES = (r'\b(January|February|March|April|May|June|July|August|September|October|November|December|'
                  r'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b')
BULK = ('kremlin-en-2021-10_2022-06.jsonl.gz', 'whitehouse-briefing-room.jsonl.gz')


def used_ids(here, own, later_categories=(), later_files=(), left_dirs=()):
    """Every bulk id written in a .tsv/.yaml/.md/.txt/.py file under `here` when the picker ran: not its own picks
    (category `own`), nor what was added to eval/ after it ran (categories in `later_categories`, files matching a
    pattern of `later_files`, folders named in `left_dirs`), so that it still prints the same picks."""
    skip = (own,) + tuple(later_categories)
    used = set()
    for root, dirs, files in os.walk(here):
        dirs[:] = [d for d in dirs if d not in left_dirs]
        for f in files:
            if not f.endswith(('.tsv', '.yaml', '.md', '.txt', '.py')) or any(fnmatch.fnmatch(f, p) for p in later_files):
                continue
            with open(os.path.join(root, f), encoding='utf-8', errors='replace') as fh:
                text = fh.read()
            if any('category: ' + c in text for c in skip):
                continue  # a gold file of this picker's set or of a later one
            used.update(ID.findall('\n'.join(l for l in text.split('\n') if not any('\t' + c in l for c in skip))))
    return used


def records(shared, used):
    """The bulk records not in `used`, with their word count and count of month and weekday names."""
    for f in BULK:
        for line in gzip.open(os.path.join(shared, 'corpus/bulk', f), 'rt', encoding='utf-8'):
            d = json.loads(line)
            if d['id'] not in used:
                yield d, len(d['text'].split()), len(re.findall(CALENDAR_NAMES, d['text']))
