"""Candidate pools and excerpt anchors shared by the seeded commitment pickers (select-commitments-4/5/6.py): which
bulk statements count as White House readouts, joint statements, briefings and press calls, and Kremlin transcripts
and calls, and where a spoken statement's excerpt of whole turns lies. Moved here unchanged; each picker still prints
the same picks."""
import glob, os, re, sys
from selectlib import records

FOREIGN = re.compile(r'\b(Russia\w*|Ukrain\w*|China|Chinese|Beijing|NATO|Israel\w*|Gaza|Hamas|Iran\w*|Putin|'
                     r'Zelensky\w*|Europe\w*|allies|sanctions|G7|G20|summit|Korea\w*|Japan\w*|India\w*|Taiwan|'
                     r'Syria\w*|Afghan\w*|Kyiv|Moscow|Turkey|Türkiye|Belarus\w*|Kazakh\w*|ceasefire|treaty|Xi|'
                     r'Kremlin|Houthi\w*|hostage\w*)\b')
QUESTION = re.compile(r'Q[ :\xa0]|Question:')
TURN = re.compile(r'(?m)^(Q[ :\xa0]|Question:|[A-Z][A-Z.\' -]{2,}:|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}:)')
LEADER = r'(president|prime minister|chancellor|king|emir|crown prince|his majesty|her majesty|sultan|premier)'


def meeting_urls(shared):
    """URLs of the statements of ../shared/corpus/meetings (never picked)."""
    urls = set()
    for md in glob.glob(os.path.join(shared, 'corpus/meetings/*/*.md')):
        m = re.search(r'^url: "?([^"\n]+)', open(md, encoding='utf-8').read(), re.M)
        if m:
            urls.add(m.group(1).rstrip('/'))
    return urls


def commitment_pools(shared, used):
    """The candidate statements of each kind, in corpus order."""
    urls = meeting_urls(shared)
    pools = {k: [] for k in ('us-readout', 'us-joint', 'us-briefing', 'us-press-call', 'ru-transcript', 'ru-call')}
    for d, n, _ in records(shared, used):
        t = d['title']
        if d.get('url', '').rstrip('/') in urls:
            continue
        if d['id'].startswith('kremlin:'):
            if 700 <= n <= 1600 and 'Vladimir Putin:' in d['text'] and re.search(
                    r'(?i)^(joint )?news conference|^press statements|^statements for the press|^(russian-\w+ )?talks with|'
                    r'^meeting with ' + LEADER + r' of (?!the russian|russia)', t):
                pools['ru-transcript'].append(d)
            elif 80 <= n <= 400 and re.search(r'(?i)^telephone (conversation|call) with ' + LEADER, t):
                pools['ru-call'].append(d)
        elif d['id'].startswith('wh:') and '2021-01-20' <= d['date'] <= '2024-12-31':
            fp = len(FOREIGN.findall(d['text']))
            if re.search(r'(?i)^readout of (president|the president)\S* .*(call|meeting) with ' + LEADER, t) and 100 <= n <= 700:
                pools['us-readout'].append(d)
            elif re.search(r'(?i)joint statement|leaders.? statement|statement of the leaders|joint declaration|leaders.? declaration|'
                                    r'communiqu', t) and not re.search(r'(?i)approves|disaster|emergency', t) and 150 <= n <= 900:
                pools['us-joint'].append(d)
            elif re.search(r'(?i)^press briefing by press secretary', t) and n >= 3000 and fp >= 40:
                pools['us-briefing'].append(d)
            elif re.search(r'(?i)background press call', t) and n >= 1500 and fp >= 25:
                pools['us-press-call'].append(d)
    return pools


def turns(text):
    starts = [m.start() for m in TURN.finditer(text)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    return [(s, starts[i + 1] if i + 1 < len(starts) else len(text)) for i, s in enumerate(starts)]


def excerpt(d):
    """The run of whole turns of 1,200-1,800 words starting at a labelled turn, with at least 3 questions, not ending
    on one, with the most foreign-policy words."""
    text = d['text']; ts = turns(text); best = None
    if len(text.split()) <= 1800:
        return None
    for i in range(len(ts)):
        if not TURN.match(text, ts[i][0]):
            continue
        words = hits = questions = 0
        for j in range(i, len(ts)):
            chunk = text[ts[j][0]:ts[j][1]]
            words += len(chunk.split()); hits += len(FOREIGN.findall(chunk))
            if words > 1800:
                break
            ends_on_question = QUESTION.match(text, ts[j][0])
            questions += 1 if ends_on_question else 0
            if words >= 1200 and questions >= 3 and not ends_on_question and (best is None or hits > best[0]):
                best = (hits, ts[i][0], ts[j][1], words)
    if best is None:
        return None
    _, s, e, words = best
    return f"{words} words, from: {' '.join(text[s:e].split()[:10])!r} to: {' '.join(text[s:e].split()[-8:])!r}"


def print_two_sets(pools, plan, rnd, first, second):
    """Prints manifest rows for two sets picked at once (select-commitments-6/7.py): for each (pool, k) of `plan`,
    2k statements sampled with `rnd` from the pool in id order, the first k to set `first`, the rest to `second`,
    each set in date order; the excerpt suggestion of a briefing or press call goes to stderr."""
    print('half\tcategory\tid\tdate\twords\ttitle')
    for key, k in plan:
        both = rnd.sample(sorted(pools[key], key=lambda d: d['id']), min(2 * k, len(pools[key])))
        for prefix, chosen in ((first, both[:k]), (second, both[k:])):
            for d in sorted(chosen, key=lambda d: d['date']):
                print(f"dev\t{prefix}-{key}\t{d['id']}\t{d['date']}\t{len(d['text'].split())}\t{d['title'][:100]}")
                if key in ('us-briefing', 'us-press-call'):
                    print(f"# {d['id']}: excerpt {excerpt(d)}", file=sys.stderr)
