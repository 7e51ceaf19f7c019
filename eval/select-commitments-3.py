#!/usr/bin/env python3
"""Picks a fresh development set of TRANSCRIPTS for the commitments layer (issue 9, third pass): seeded draws
from both bulk corpora, excluding every bulk id named anywhere in the repository (gold manifests, tests, notes)
and the statements of ../shared/corpus/meetings (matched by URL).
  2 White House background press calls on foreign policy (cm3-us-press-call),
  2 White House press briefings with foreign-policy questions (cm3-us-briefing),
  2 Kremlin news conferences or meetings/talks with a foreign leader given as transcripts (cm3-ru-transcript).
For each pick it also suggests an excerpt (GUIDELINES: 1,200-1,800 words of whole turns, foreign-policy Q&A):
the run of whole turns of 1,200-1,800 words, starting at a labelled turn, holding at least 3 questions and not ending on one, with the most
foreign-policy words; the annotator may move its ends to the nearest turn boundary.
kremlin:68460 (Lukashenko) was drawn by the first version of this script, whose title filter also let in Kremlin
meetings with Russian officials ('Presidential Commissioner ...'); it was annotated before that fix, without running
any extractor, and is kept as a seventh statement. The ids already used are read from the repository at commit
6f97cbd (the draw's base; SELECT_AS_OF overrides it), so the draw stays the same after later merges.
Usage: python3 eval/select-commitments-3.py ../shared  (prints manifest.tsv rows, category cm3-*, then the
suggested excerpts as comments on stderr)"""
import gzip, json, random, re, sys, os, glob, subprocess
shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The ids already used are those of the repository at the commit the draw was made from (AS_OF), so that later
# merges (new gold, new test fixtures naming bulk ids) do not change the draw; this set's own files came later.
AS_OF = os.environ.get('SELECT_AS_OF', '6f97cbd')
used = set()
listing = subprocess.run(['git', '-C', repo, 'ls-tree', '-r', '--name-only', AS_OF], capture_output=True, text=True,
                         check=True).stdout.split('\n')
for path in listing:
    if path.endswith(('.tsv', '.yaml', '.java', '.py', '.md')) and '/target/' not in path \
            and os.path.basename(path) != os.path.basename(__file__):
        text = subprocess.run(['git', '-C', repo, 'show', f'{AS_OF}:{path}'], capture_output=True, check=True
                              ).stdout.decode('utf-8', errors='replace')
        if re.search(r'(?m)^category: cm3-', text):
            continue
        text = '\n'.join(l for l in text.split('\n') if '\tcm3-' not in l)
        used.update(re.findall(r'kremlin:\d+|wh:[\w%./-]+', text))
urls = set()
for md in glob.glob(os.path.join(shared, 'corpus/meetings/*/*.md')):
    m = re.search(r'^url: "?([^"\n]+)', open(md, encoding='utf-8').read(), re.M)
    if m:
        urls.add(m.group(1).rstrip('/'))
FOREIGN = re.compile(r'\b(Russia\w*|Ukrain\w*|China|Chinese|Beijing|NATO|Israel\w*|Gaza|Hamas|Iran\w*|Putin|Zelensky\w*|'
                     r'Europe\w*|allies|sanctions|G7|G20|summit|Korea\w*|Japan\w*|India\w*|Taiwan|Syria\w*|Afghan\w*|'
                     r'Kyiv|Moscow|Washington|Biden|Turkey|Türkiye|Belarus\w*|Kazakh\w*|security|ceasefire|treaty)\b')
# excerpt scoring only: the pool filter above drew the set; domestic words (Biden, Washington, security) would
# steer an excerpt of a briefing towards domestic questions
FOREIGN_QA = re.compile(r'\b(Russia\w*|Ukrain\w*|China|Chinese|Beijing|NATO|Israel\w*|Gaza|Hamas|Iran\w*|Putin|'
                        r'Zelensky\w*|Europe\w*|allies|sanctions|G7|G20|summit|Korea\w*|Japan\w*|India\w*|Taiwan|'
                        r'Syria\w*|Afghan\w*|Kyiv|Moscow|Turkey|Türkiye|Belarus\w*|Kazakh\w*|ceasefire|treaty|Xi|'
                        r'Kremlin|Pentagon|Houthi\w*|Red Sea|hostage\w*)\b')
QUESTION = re.compile(r'Q[ :\xa0]|Question:')
TURN = re.compile(r'(?m)^(Q[ :\xa0]|Question:|[A-Z][A-Z.\' -]{2,}:|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}:)')
rnd = random.Random(20261203 + 9 + 3)
pools = {'us-press-call': [], 'us-briefing': [], 'ru-transcript': []}
fp_title = (r'(?i)(russia|ukraine|china|nato|g7|g20|summit|trip|travel|visit|middle east|israel|gaza|europe|asia|'
            r'india|japan|korea|africa|americas|unga|united nations|foreign|president \w+ of|prime minister)')
for f in ('kremlin-en-2021-10_2022-06.jsonl.gz', 'whitehouse-briefing-room.jsonl.gz'):
    for line in gzip.open(os.path.join(shared, 'corpus/bulk', f), 'rt', encoding='utf-8'):
        d = json.loads(line); t = d['title']; text = d['text']; n = len(text.split())
        if d['id'] in used or d.get('url', '').rstrip('/') in urls:
            continue
        if d['id'].startswith('kremlin:'):
            if n >= 700 and 'Vladimir Putin:' in text and re.search(
                    r'(?i)^(joint )?news conference|^press statements|^(russian-\w+ )?talks with|'
                    r'^meeting with (the )?(president|prime minister|chancellor|king|emir) of (?!the russian|russia)|^meeting with crown prince', t):
                pools['ru-transcript'].append(d)
        elif d['id'].startswith('wh:press-briefings/') and '2021-01-20' <= d['date'] <= '2024-12-31':
            fp = len(FOREIGN.findall(text))
            if re.search(r'(?i)background press call', t) and re.search(fp_title, t) and n >= 1500 and fp >= 25:
                pools['us-press-call'].append(d)
            elif re.search(r'(?i)^press briefing by press secretary', t) and n >= 3000 and fp >= 40:
                pools['us-briefing'].append(d)


def turns(text):
    """(start offset, words, foreign-policy hits) of each turn of a transcript."""
    starts = [m.start() for m in TURN.finditer(text)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    out = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        out.append((s, e, len(text[s:e].split()), len(FOREIGN_QA.findall(text[s:e]))))
    return out


def excerpt(d):
    text = d['text']; ts = turns(text); best = None
    if len(text.split()) <= 1800:
        return None
    for i in range(len(ts)):
        if not TURN.match(text, ts[i][0]):
            continue
        words = hits = questions = 0
        for j in range(i, len(ts)):
            words += ts[j][2]; hits += ts[j][3]
            if words > 1800:
                break
            ends_on_question = QUESTION.match(text, ts[j][0])
            questions += 1 if ends_on_question else 0
            if words >= 1200 and questions >= 3 and not ends_on_question and (best is None or hits > best[0]):
                best = (hits, ts[i][0], ts[j][1], words)
    if best is None:
        return None
    _, s, e, words = best
    first = ' '.join(text[s:e].split()[:10]); last = ' '.join(text[s:e].split()[-8:])
    return f"{words} words, from: {first!r} to: {last!r}"


print('half\tcategory\tid\tdate\twords\ttitle')
for key, k in (('us-press-call', 2), ('us-briefing', 2), ('ru-transcript', 2)):
    for d in sorted(rnd.sample(sorted(pools[key], key=lambda d: d['id']), k), key=lambda d: d['date']):
        print(f"dev\tcm3-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
        print(f"# {d['id']}: excerpt {excerpt(d)}", file=sys.stderr)
