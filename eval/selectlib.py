"""Shared by the seeded development-set pickers (eval/select-dates-3.py and later): the bulk ids already named
under eval/ (which a fresh set must avoid) and the bulk records. Standard library and git only: a picker names the
commit it ran at (`as_of`), and eval/ is read as it was then, so that it reprints its picks whatever is added later."""
import fnmatch, gzip, json, os, re, subprocess, sys

ID = re.compile(r'(?:kremlin:\d+|wh:[\w%./-]+[\w%-])')
CALENDAR_NAMES = (r'\b(January|February|March|April|May|June|July|August|September|October|November|December|'
                  r'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b')
BULK = ('kremlin-en-2021-10_2022-06.jsonl.gz', 'whitehouse-briefing-room.jsonl.gz')


def _eval_files(here, as_of):
    """(folder names, file name, text) of every file under `here` (eval/): as it is now, or, with `as_of` (a git
    commit), as it was in that commit, read with git, so that later additions to eval/ cannot change a picker's
    exclusions."""
    if as_of is None:
        for root, dirs, files in os.walk(here):
            rel = os.path.relpath(root, here)
            for f in files:
                with open(os.path.join(root, f), encoding='utf-8', errors='replace') as fh:
                    yield (() if rel == '.' else tuple(rel.split(os.sep))), f, fh.read()
        return
    def git(*args):
        r = subprocess.run(['git', '-C', here, *args], capture_output=True)
        if r.returncode != 0:
            sys.exit(f'{here}: git {" ".join(args[:2])} failed (a picker with as_of needs the git history): '
                     f'{r.stderr.decode(errors="replace").strip()}')
        return r.stdout.decode('utf-8', errors='replace')
    prefix = git('rev-parse', '--show-prefix').strip()  # eval/
    paths = git('ls-tree', '-r', '--full-name', '--name-only', as_of, '--', '.').splitlines()
    batch = subprocess.run(['git', '-C', here, 'cat-file', '--batch'], capture_output=True, check=True,
                           input=''.join(f'{as_of}:{p}\n' for p in paths).encode()).stdout
    at = 0
    for path in paths:
        header_end = batch.index(b'\n', at)
        size = int(batch[at:header_end].split()[2])
        text = batch[header_end + 1:header_end + 1 + size].decode('utf-8', errors='replace')
        at = header_end + 1 + size + 1
        parts = path[len(prefix):].split('/')
        yield tuple(parts[:-1]), parts[-1], text


def used_ids(here, own, later_categories=(), later_files=(), left_dirs=(), as_of=None):
    """Every bulk id written in a .tsv/.yaml/.md/.txt/.py file under `here` when the picker ran: not its own picks
    (category `own`), nor what was added to eval/ after it ran. With `as_of`, the commit the picker ran at, eval/
    is read as it was in that commit (the robust way: nothing added later counts); without it, eval/ is read as it
    is now, minus the categories in `later_categories`, files matching a pattern of `later_files` and folders named
    in `left_dirs`, which an older picker lists by hand (and which drift when a set is added that it does not list)."""
    skip = (own,) + tuple(later_categories)
    used = set()
    for dirs, f, text in _eval_files(here, as_of):
        if any(d in left_dirs for d in dirs):
            continue
        if not f.endswith(('.tsv', '.yaml', '.md', '.txt', '.py')) or any(fnmatch.fnmatch(f, p) for p in later_files):
            continue
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


# A foreign counterpart in a call or meeting title (the words after "with"): a head of state or government, a
# monarch or the Pope, and not a governor, mayor, senator, legislators or a council of one's own government.
FOREIGN = re.compile(r'\b(?:President|Prime Minister|Chancellor|King|Queen|Emperor|Pope|His Holiness|Amir|Emir|'
                     r'Crown Prince|Sultan|Sheikh|Premier|Taoiseach)\b')
HOME = re.compile(r'\b(?:Governor|Mayor|Senator|legislators|Security Council|members|Congress|CEOs?|Council of|Board|'
                  r'Deputy Prime Minister(?! of)|'
                  r'Minister of (?:the )?(?:Interior|Defence|Finance)|Speaker)\b', re.I)


def foreign_counterpart(title):
    """Whether a call or meeting title names a foreign leader after its first "with"."""
    counterpart = re.sub(r'^.*? [Ww]ith ', '', title, count=1)
    return bool(FOREIGN.search(counterpart)) and not HOME.search(counterpart)
