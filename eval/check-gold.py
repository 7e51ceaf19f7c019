#!/usr/bin/env python3
"""Checks the evaluation gold mechanically (standard library only).

Usage: python3 eval/check-gold.py [--shared ../shared] [--half dev|test|all] [--fix-whitespace] [FILE...]

For every gold file (eval/gold/<half>/*.yaml, eval/gold/compare/<half>-*.yaml, or the FILEs given):
  - the record exists (bulk id, or meetings path) and the file's id/corpus/category/date agree with manifest.tsv;
  - every quote, excerpt anchor and pair quote occurs exactly once in the record's raw text;
  - every annotation lies inside the excerpt; `text` of a date occurs inside its quote;
  - kinds, types, TIMEX3 values and flags are well-formed; actor ids exist in actors.yaml (or are written names);
  - sentence pairs come from records outside the test half of manifest.tsv (a dev file), and the two sides differ.
--fix-whitespace rewrites a quote written with single spaces where the raw text has a line break (hard-wrapped
White House text) into the exact raw substring (with \\n escapes), when that match is unique. Run it, then check.
Exit code 0 when everything holds, 1 with one line per problem otherwise.
"""
import csv, gzip, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, 'eval', 'gold')
ACTORS = os.path.join(ROOT, 'readout-core', 'src', 'main', 'resources', 'org', 'readout', 'actors', 'actors.yaml')
CODEBOOK = os.path.join(ROOT, 'readout-core', 'src', 'main', 'resources', 'org', 'readout', 'topics', 'codebook.yaml')
BULK = {'kremlin': 'kremlin-en-2021-10_2022-06.jsonl.gz', 'whitehouse': 'whitehouse-briefing-room.jsonl.gz'}

KINDS = {'agreement', 'pledge', 'readiness', 'hope', 'proposal', 'demand', 'warning'}
ATTR_TYPES = {'direct', 'indirect', 'turn'}
DATE_TYPES = {'DATE', 'TIME', 'DURATION', 'SET'}
LAYERS = {'commitments', 'attributions', 'dates'}  # the default when a file does not list its layers
KNOWN_LAYERS = LAYERS | {'topics'}  # topics only when listed
FINDINGS = {'outcome', 'initiative', 'mirror', 'contrast', 'convergence', 'one-sided-report', 'one-sided-topic',
            'length-asymmetry'}
OUTCOMES = {'breakthrough', 'working-level', 'stalemate', 'deterioration'}
PAIR_LABELS = {'convergence', 'mirror', 'contrast', 'none'}
SIDES = {'US', 'RU'}
TIMEX = re.compile(r'^(PRESENT_REF|PAST_REF|FUTURE_REF|FY\d{4}'
                   r'|\d{4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}(:\d{2})?|MO|AF|EV|NI))?)?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?'
                   r'|\d{3}X?|\d{2}(XX)?|XXXX(-\d{2}(-\d{2})?)?'
                   r'|P(\d+(\.\d+)?|X)(Y|M|W|D|DE|CE)|PT(\d+(\.\d+)?|X)(H|M|S))$')


# --------------------------------------------------------------------------------------------------
# A small YAML subset: block mappings and sequences by indentation, flow [..] and {..} on one line,
# double-quoted (JSON/YAML escapes), single-quoted and plain scalars, # comments. Enough for the gold.
class YamlError(Exception):
    pass


def _strip_comment(line):
    out, q = [], None
    i = 0
    while i < len(line):
        c = line[i]
        if q:
            out.append(c)
            if q == '"' and c == '\\' and i + 1 < len(line):
                out.append(line[i + 1]); i += 2; continue
            if c == q:
                if q == "'" and i + 1 < len(line) and line[i + 1] == "'":
                    out.append("'"); i += 2; continue
                q = None
        else:
            if c == '#' and (i == 0 or line[i - 1] in ' \t'):
                break
            if c in '"\'' and (i == 0 or line[i - 1] in ' \t[{,:-'):
                q = c
            out.append(c)
        i += 1
    return ''.join(out).rstrip()


_ESC = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0', ' ': ' ', 'b': '\b',
        'e': '\x1b', 'N': '\x85', '_': '\xa0'}


def _scalar(s, pos):
    """Parses a scalar at s[pos:]; returns (value, next position). Plain scalars end at , ] } in flow context."""
    if s[pos] == '"':
        out, i = [], pos + 1
        while i < len(s):
            c = s[i]
            if c == '\\':
                n = s[i + 1]
                if n in _ESC:
                    out.append(_ESC[n]); i += 2
                elif n in 'xuU':
                    w = {'x': 2, 'u': 4, 'U': 8}[n]
                    out.append(chr(int(s[i + 2:i + 2 + w], 16))); i += 2 + w
                else:
                    raise YamlError('bad escape \\' + n)
            elif c == '"':
                return ''.join(out), i + 1
            else:
                out.append(c); i += 1
        raise YamlError('unterminated double-quoted string')
    if s[pos] == "'":
        out, i = [], pos + 1
        while i < len(s):
            if s[i] == "'":
                if i + 1 < len(s) and s[i + 1] == "'":
                    out.append("'"); i += 2; continue
                return ''.join(out), i + 1
            out.append(s[i]); i += 1
        raise YamlError('unterminated single-quoted string')
    return None, pos


def _plain(v):
    v = v.strip()
    if v in ('true', 'false'):
        return v == 'true'
    if v in ('null', '~', ''):
        return None
    if re.fullmatch(r'-?\d+', v):
        return int(v)
    if re.fullmatch(r'-?\d+\.\d+', v):
        return float(v)
    return v


def _flow(s, pos):
    """Parses a flow collection or scalar at s[pos:]; returns (value, next position)."""
    while s[pos] == ' ':
        pos += 1
    c = s[pos]
    if c == '[':
        out, pos = [], pos + 1
        while True:
            while s[pos] == ' ':
                pos += 1
            if s[pos] == ']':
                return out, pos + 1
            v, pos = _flow(s, pos)
            out.append(v)
            while s[pos] == ' ':
                pos += 1
            if s[pos] == ',':
                pos += 1
            elif s[pos] != ']':
                raise YamlError('expected , or ] at ' + s[pos:pos + 20])
    if c == '{':
        out, pos = {}, pos + 1
        while True:
            while s[pos] == ' ':
                pos += 1
            if s[pos] == '}':
                return out, pos + 1
            m = re.compile(r'([A-Za-z_][\w-]*)\s*:\s').match(s, pos)
            if not m:
                raise YamlError('expected key at ' + s[pos:pos + 20])
            k, pos = m.group(1), m.end()
            v, pos = _flow(s, pos)
            out[k] = v
            while s[pos] == ' ':
                pos += 1
            if s[pos] == ',':
                pos += 1
            elif s[pos] != '}':
                raise YamlError('expected , or } at ' + s[pos:pos + 20])
    if c in '"\'':
        return _scalar(s, pos)
    m = re.compile(r'[^,\]}]*').match(s, pos)
    return _plain(m.group(0)), m.end()


def _value(v):
    v = v.strip()
    if not v:
        return None
    if v[0] in '[{"\'':
        val, end = _flow(v + ' ', 0)
        if v[end:].strip():
            raise YamlError('trailing text after value: ' + v[end:])
        return val
    return _plain(v)


def parse_yaml(text):
    lines = []
    for n, raw in enumerate(text.split('\n'), 1):
        line = _strip_comment(raw)
        if line.strip() and line.strip() != '---':
            if '\t' in line[:len(line) - len(line.lstrip())]:
                raise YamlError(f'line {n}: tab in indentation')
            lines.append((len(line) - len(line.lstrip(' ')), line.strip(), n))
    pos = [0]

    def block(indent):
        if pos[0] >= len(lines):
            return None
        ind, content, n = lines[pos[0]]
        if content.startswith('- ') or content == '-':
            return seq(ind)
        return mapping(ind)

    def mapping(indent, first=None):
        out = {}
        if first is not None:
            key, rest = first
            out[key] = entry(indent, rest)
        while pos[0] < len(lines):
            ind, content, n = lines[pos[0]]
            if ind != indent or content.startswith('- '):
                if ind > indent:
                    raise YamlError(f'line {n}: unexpected indentation')
                break
            m = re.match(r'([A-Za-z_][\w-]*)\s*:(\s+(.*))?$', content)
            if not m:
                raise YamlError(f'line {n}: expected "key: value"')
            pos[0] += 1
            if m.group(1) in out:
                raise YamlError(f'line {n}: duplicate key {m.group(1)}')
            out[m.group(1)] = entry(indent, m.group(3) or '')
        return out

    def entry(indent, rest):
        try:
            v = _value(rest)
        except (YamlError, IndexError) as e:
            raise YamlError(f'line {lines[pos[0] - 1][2]}: {e}')
        if rest.strip():
            return v
        if pos[0] < len(lines):
            ind, content, n = lines[pos[0]]
            if ind > indent or (ind == indent and content.startswith('- ')):
                return block(ind)
        return None

    def seq(indent):
        out = []
        while pos[0] < len(lines):
            ind, content, n = lines[pos[0]]
            if ind != indent or not (content.startswith('- ') or content == '-'):
                if ind > indent:
                    raise YamlError(f'line {n}: unexpected indentation')
                break
            item = content[2:].strip()
            pos[0] += 1
            m = re.match(r'([A-Za-z_][\w-]*)\s*:(\s+(.*))?$', item)
            if m and not item.startswith(('"', "'", '{', '[')):
                out.append(mapping(indent + 2, (m.group(1), m.group(3) or '')))
            elif item:
                try:
                    out.append(_value(item))
                except (YamlError, IndexError) as e:
                    raise YamlError(f'line {n}: {e}')
            else:
                out.append(block(indent + 2))
        return out

    v = block(0)
    if pos[0] < len(lines):
        raise YamlError(f'line {lines[pos[0]][2]}: unexpected content')
    return v


# --------------------------------------------------------------------------------------------------
def load_manifest():
    """manifest.tsv and every other *manifest.tsv beside it (quotes-manifest.tsv)."""
    rows = {}
    for name in sorted(os.listdir(GOLD)):
        if name.endswith('manifest.tsv'):
            with open(os.path.join(GOLD, name), encoding='utf-8') as f:
                for r in csv.DictReader(f, delimiter='\t'):
                    rows[r['id']] = r
    return rows


def actor_ids():
    ids = set()
    for line in open(ACTORS, encoding='utf-8'):
        m = re.match(r'\s+- id:\s*(\S+)', line)
        if m:
            ids.add(m.group(1))
    return ids


def topic_ids():
    return {m.group(1) for m in (re.match(r'\s+- id:\s*(\S+)', l) for l in open(CODEBOOK, encoding='utf-8')) if m}


class Records:
    """Loads bulk records by id (only the ids asked for, one pass per corpus) and meetings files by path."""

    def __init__(self, shared):
        self.shared = shared
        self.cache = {}

    def load(self, ids):
        want = {i for i in ids if i not in self.cache and not i.startswith('meetings/')}
        for corpus, name in BULK.items():
            if not want:
                break
            prefix = 'kremlin:' if corpus == 'kremlin' else 'wh:'
            if not any(i.startswith(prefix) for i in want):
                continue
            with gzip.open(os.path.join(self.shared, 'corpus', 'bulk', name), 'rt', encoding='utf-8') as f:
                for line in f:
                    if '"id"' not in line:
                        continue
                    d = json.loads(line)
                    if d['id'] in want:
                        self.cache[d['id']] = d
                        want.discard(d['id'])

    def get(self, rid):
        if rid.startswith('meetings/'):
            if rid not in self.cache:
                path = os.path.join(self.shared, 'corpus', rid)
                if not os.path.exists(path):
                    return None
                text = open(path, encoding='utf-8').read()
                meta, body = {}, text
                if text.startswith('---\n'):
                    end = text.index('\n---', 4)
                    for l in text[4:end].split('\n'):
                        if ':' in l:
                            k, v = l.split(':', 1)
                            meta[k.strip()] = v.strip().strip('"')
                    body = text[end + 4:].lstrip('\n')
                meta['text'] = body
                self.cache[rid] = meta
            return self.cache[rid]
        if rid not in self.cache:
            self.load([rid])
        return self.cache.get(rid)


def flexible(quote):
    """A regex matching the quote with any run of whitespace where the quote has whitespace."""
    return re.compile(r'\s+'.join(re.escape(w) for w in quote.split()))


class Checker:
    def __init__(self, records, manifest, actors, topics, fix):
        self.records, self.manifest, self.actors, self.topics, self.fix = records, manifest, actors, topics, fix
        self.problems = []
        self.fixes = {}
        self.counts = {}

    def bad(self, path, msg):
        self.problems.append(f'{os.path.relpath(path, ROOT)}: {msg}')

    def check_topics(self, path, doc, annotated):
        """topics/unsure: lists of codebook ids, disjoint, given exactly when the layers list topics."""
        given = 'topics' in doc or 'unsure' in doc
        if 'topics' in annotated and 'topics' not in doc:
            self.bad(path, 'topics: missing (write [] when the statement raises none)')
        if given and 'topics' not in annotated:
            self.bad(path, 'topics given but layers does not list topics')
        lists = {k: doc.get(k) or [] for k in ('topics', 'unsure')}
        for k, ids in lists.items():
            if not isinstance(ids, list):
                self.bad(path, f'{k}: expected a list')
                continue
            for t in ids:
                if t not in self.topics:
                    self.bad(path, f'{k}: {t} is not a codebook topic id')
        if isinstance(lists['topics'], list) and isinstance(lists['unsure'], list):
            both = set(lists['topics']) & set(lists['unsure'])
            if both:
                self.bad(path, f'listed both in topics and in unsure: {sorted(both)}')

    def locate(self, path, text, quote, what, lo=0, hi=None):
        """Offset of the unique occurrence of quote in text, or None (with a problem recorded)."""
        if not isinstance(quote, str) or not quote.strip():
            self.bad(path, f'{what}: empty or non-string quote {quote!r}')
            return None
        n = text.count(quote)
        if n == 1:
            at = text.index(quote)
            if at < lo or (hi is not None and at + len(quote) > hi):
                self.bad(path, f'{what}: quote outside the excerpt: "{quote}"')
            return at
        if n > 1:
            self.bad(path, f'{what}: quote occurs {n} times (lengthen it): "{quote}"')
            return None
        hits = list(flexible(quote).finditer(text))
        if len(hits) == 1 and self.fix:
            self.fixes.setdefault(path, {})[quote] = hits[0].group(0)
            return hits[0].start()
        if len(hits) == 1:
            self.bad(path, f'{what}: quote differs from the text only in whitespace (run --fix-whitespace): "{quote}"')
        else:
            self.bad(path, f'{what}: quote not found{" (" + str(len(hits)) + " whitespace-flexible hits)" if hits else ""}: "{quote}"')
        return None

    def check_actor_list(self, path, what, v, allow_empty=True):
        if not isinstance(v, list):
            self.bad(path, f'{what}: expected a list, got {v!r}')
            return
        if not v and not allow_empty:
            self.bad(path, f'{what}: empty')
        for a in v:
            if not isinstance(a, str) or not a:
                self.bad(path, f'{what}: bad actor {a!r}')
            elif a not in self.actors and re.fullmatch(r'[A-Z0-9-]+', a):
                self.bad(path, f'{what}: unknown actor id {a} (write a name if the actor is not in actors.yaml)')

    def statement(self, path, half):
        try:
            doc = parse_yaml(open(path, encoding='utf-8').read())
        except YamlError as e:
            self.bad(path, f'YAML: {e}')
            return
        if not isinstance(doc, dict):
            self.bad(path, 'not a mapping')
            return
        rid = doc.get('id')
        row = self.manifest.get(rid)
        if row is None:
            self.bad(path, f'id {rid!r} is not in manifest.tsv')
            return
        if row['half'] != half:
            self.bad(path, f'id {rid} belongs to the {row["half"]} half, file is under {half}/')
        safe = rid.replace(':', '_').replace('/', '_') + '.yaml'
        if os.path.basename(path) != safe:
            self.bad(path, f'file name should be {safe}')
        corpus = 'kremlin' if rid.startswith('kremlin:') else 'whitehouse'
        if doc.get('corpus') != corpus:
            self.bad(path, f'corpus should be {corpus}')
        if doc.get('category') != row['category']:
            self.bad(path, f'category should be {row["category"]}')
        if str(doc.get('date')) != row['date']:
            self.bad(path, f'date should be {row["date"]}')
        unknown = set(doc) - {'id', 'corpus', 'category', 'date', 'layers', 'excerpt', 'commitments', 'attributions',
                              'dates', 'nothing', 'note', 'topics', 'unsure'}
        if unknown:
            self.bad(path, f'unknown keys {sorted(unknown)}')
        rec = self.records.get(rid)
        if rec is None:
            self.bad(path, f'record {rid} not found in the bulk corpora')
            return
        text = rec['text']
        lo, hi = 0, len(text)
        ex = doc.get('excerpt')
        words = len(text.split())
        if ex is not None:
            if not isinstance(ex, dict) or set(ex) != {'from', 'to'}:
                self.bad(path, 'excerpt needs exactly from and to')
            else:
                a = self.locate(path, text, ex['from'], 'excerpt.from')
                b = self.locate(path, text, ex['to'], 'excerpt.to')
                if a is not None and b is not None:
                    lo, hi = a, b + len(self.fixes.get(path, {}).get(ex['to'], ex['to']))
                    if hi <= lo:
                        self.bad(path, 'excerpt.to comes before excerpt.from')
                    words = len(text[lo:hi].split())
                    if not 900 <= words <= 2100:
                        self.bad(path, f'excerpt has {words} words (aim for about 1,200-1,800)')
        elif words > 1800:
            self.bad(path, f'text has {words} words: give an excerpt')
        c = self.counts.setdefault(half, {'statements': 0, 'words': 0, 'commitments': 0, 'attributions': 0,
                                           'dates': 0, 'nothing': 0})
        c['statements'] += 1
        c['words'] += words
        seen = set()
        annotated = doc.get('layers', sorted(LAYERS))
        if not isinstance(annotated, list) or not annotated or not set(annotated) <= KNOWN_LAYERS:
            self.bad(path, f'layers must list some of {sorted(KNOWN_LAYERS)}')
            annotated = sorted(LAYERS)
        self.check_topics(path, doc, annotated)
        for layer in ('commitments', 'attributions', 'dates', 'nothing'):
            items = doc.get(layer)
            if items is None:
                if layer != 'nothing' and layer in annotated:
                    self.bad(path, f'{layer}: missing (write [] when there are none)')
                continue
            if not isinstance(items, list):
                self.bad(path, f'{layer}: expected a list')
                continue
            c[layer] += len(items)
            for i, it in enumerate(items):
                what = f'{layer}[{i}]'
                if not isinstance(it, dict):
                    self.bad(path, f'{what}: expected a mapping')
                    continue
                at = self.locate(path, text, it.get('quote'), what, lo, hi)
                key = (layer, it.get('quote'), it.get('kind'), it.get('text'), it.get('layer'))
                if key in seen:
                    self.bad(path, f'{what}: duplicate entry')
                seen.add(key)
                getattr(self, 'c_' + layer)(path, what, it, text, at)

    def c_commitments(self, path, what, it, text, at):
        allowed = {'quote', 'kind', 'actors', 'addressees', 'negated', 'condition', 'speaker', 'note'}
        if set(it) - allowed:
            self.bad(path, f'{what}: unknown keys {sorted(set(it) - allowed)}')
        if it.get('kind') not in KINDS:
            self.bad(path, f'{what}: kind {it.get("kind")!r} not one of {sorted(KINDS)}')
        self.check_actor_list(path, what + '.actors', it.get('actors'), allow_empty=False)
        self.check_actor_list(path, what + '.addressees', it.get('addressees', []))
        if not isinstance(it.get('negated'), bool):
            self.bad(path, f'{what}: negated must be true or false')
        cond = it.get('condition')
        if not isinstance(cond, str):
            self.bad(path, f'{what}: condition must be a string ("" when unconditional)')
        elif cond and self.locate(path, text, cond, what + '.condition') is None and text.count(cond) > 1:
            pass  # a condition occurring twice is fine only if the quote pins it; reported above
        if not isinstance(it.get('speaker', ''), str):
            self.bad(path, f'{what}: speaker must be a string')

    def c_attributions(self, path, what, it, text, at):
        allowed = {'quote', 'type', 'speaker', 'speakerId', 'reportedBy', 'note'}
        if set(it) - allowed:
            self.bad(path, f'{what}: unknown keys {sorted(set(it) - allowed)}')
        if it.get('type') not in ATTR_TYPES:
            self.bad(path, f'{what}: type {it.get("type")!r} not one of {sorted(ATTR_TYPES)}')
        if not isinstance(it.get('speaker'), str) or not it.get('speaker'):
            self.bad(path, f'{what}: speaker missing')
        sid = it.get('speakerId')
        if not isinstance(sid, str):
            self.bad(path, f'{what}: speakerId must be a string ("" when not in the dictionary)')
        elif sid and sid not in self.actors:
            self.bad(path, f'{what}: speakerId {sid} is not in actors.yaml')
        rb = it.get('reportedBy', [])
        if not isinstance(rb, list) or not all(isinstance(x, str) and x for x in rb):
            self.bad(path, f'{what}: reportedBy must be a list of names')

    def c_dates(self, path, what, it, text, at):
        allowed = {'quote', 'text', 'type', 'value', 'note'}
        if set(it) - allowed:
            self.bad(path, f'{what}: unknown keys {sorted(set(it) - allowed)}')
        q, t = it.get('quote'), it.get('text')
        if not isinstance(t, str) or not t:
            self.bad(path, f'{what}: text missing')
        elif isinstance(q, str) and t not in q and not flexible(t).search(q):
            self.bad(path, f'{what}: text "{t}" is not inside its quote')
        elif isinstance(q, str) and q.count(t) > 1:
            self.bad(path, f'{what}: text "{t}" occurs twice inside its quote')
        if it.get('type') not in DATE_TYPES:
            self.bad(path, f'{what}: type {it.get("type")!r} not one of {sorted(DATE_TYPES)}')
        v = it.get('value')
        if not isinstance(v, str) or not TIMEX.match(v):
            self.bad(path, f'{what}: value {v!r} is not a TIMEX3 value')
        elif it.get('type') == 'DURATION' and not v.startswith('P'):
            self.bad(path, f'{what}: a DURATION value starts with P')
        elif it.get('type') == 'TIME' and 'T' not in v:
            self.bad(path, f'{what}: a TIME value has a T part')

    def c_nothing(self, path, what, it, text, at):
        if it.get('layer') not in LAYERS:
            self.bad(path, f'{what}: layer {it.get("layer")!r} not one of {sorted(LAYERS)}')
        if set(it) - {'layer', 'quote', 'note'}:
            self.bad(path, f'{what}: unknown keys')

    # ---- comparison gold ------------------------------------------------------------------------
    def meeting(self, path, half):
        try:
            doc = parse_yaml(open(path, encoding='utf-8').read())
        except YamlError as e:
            self.bad(path, f'YAML: {e}')
            return
        if doc.get('half') != half:
            self.bad(path, f'half should be {half}')
        stmts = doc.get('statements') or []
        texts = {}
        self.records.load([s for s in stmts if not s.startswith('meetings/')])
        for s in stmts:
            r = self.records.get(s)
            if r is None:
                self.bad(path, f'statement {s} not found')
                continue
            if half == 'dev' and self.manifest.get(s, {}).get('half') == 'test':
                self.bad(path, f'statement {s} belongs to the test half')
            side = r.get('side')
            texts[s] = (side, r['text'])
        c = self.counts.setdefault('compare-' + half, {'meetings': 0, 'findings': 0, 'not': 0, 'pairs': 0})
        c['meetings'] += 1

        def where(quote, what, side=None):
            hits = [(s, t.count(quote)) for s, (sd, t) in texts.items() if quote in t and (side is None or sd == side)]
            total = sum(n for _, n in hits)
            if total == 1:
                return hits[0][0]
            if total == 0:
                flex = [s for s, (sd, t) in texts.items() if flexible(quote).search(t) and (side is None or sd == side)]
                if len(flex) == 1 and len(list(flexible(quote).finditer(texts[flex[0]][1]))) == 1 and self.fix:
                    self.fixes.setdefault(path, {})[quote] = flexible(quote).search(texts[flex[0]][1]).group(0)
                    return flex[0]
                self.bad(path, f'{what}: quote not found in the {side or "meeting"} statements'
                         f'{" (differs only in whitespace; run --fix-whitespace)" if flex else ""}: "{quote}"')
            else:
                self.bad(path, f'{what}: quote occurs {total} times in the statements: "{quote}"')
            return None

        for key in ('findings', 'not'):
            for i, f in enumerate(doc.get(key) or []):
                what = f'{key}[{i}]'
                c[key] += 1
                t = f.get('type')
                if t not in FINDINGS:
                    self.bad(path, f'{what}: type {t!r} not one of {sorted(FINDINGS)}')
                if key == 'not' and t != 'convergence':
                    self.bad(path, f'{what}: "not" entries are convergences that must not be reported')
                if t == 'outcome' and f.get('label') not in OUTCOMES:
                    self.bad(path, f'{what}: outcome label not one of {sorted(OUTCOMES)}')
                if t in ('initiative', 'one-sided-report', 'one-sided-topic') and f.get('side') not in SIDES:
                    self.bad(path, f'{what}: side must be US or RU')
                if t == 'length-asymmetry' and f.get('longer') not in SIDES:
                    self.bad(path, f'{what}: longer must be US or RU')
                if t == 'one-sided-topic' and f.get('topic') not in self.topics:
                    self.bad(path, f'{what}: topic {f.get("topic")!r} is not in the codebook')
                if 'quote' in f:
                    where(f['quote'], what, f.get('side'))
                if t in ('mirror', 'contrast', 'convergence'):
                    sa = where(f.get('a', ''), what + '.a')
                    sb = where(f.get('b', ''), what + '.b')
                    if sa and sb and texts[sa][0] == texts[sb][0]:
                        self.bad(path, f'{what}: a and b come from the same side')

    def pairs(self, path, half):
        try:
            doc = parse_yaml(open(path, encoding='utf-8').read())
        except YamlError as e:
            self.bad(path, f'YAML: {e}')
            return
        if not isinstance(doc, list):
            self.bad(path, 'expected a list of pairs')
            return
        ids = [p[s]['id'] for p in doc if isinstance(p, dict) for s in ('a', 'b') if isinstance(p.get(s), dict)]
        self.records.load(ids)
        c = self.counts.setdefault('compare-' + half, {'meetings': 0, 'findings': 0, 'not': 0, 'pairs': 0})
        labels = {}
        seen = set()
        for i, p in enumerate(doc):
            what = f'pair[{i}]'
            c['pairs'] += 1
            if p.get('label') not in PAIR_LABELS:
                self.bad(path, f'{what}: label {p.get("label")!r} not one of {sorted(PAIR_LABELS)}')
            labels[p.get('label')] = labels.get(p.get('label'), 0) + 1
            sides = []
            for s in ('a', 'b'):
                ref = p.get(s)
                if not isinstance(ref, dict) or 'id' not in ref or 'quote' not in ref:
                    self.bad(path, f'{what}.{s}: needs id and quote')
                    continue
                if half == 'dev' and self.manifest.get(ref['id'], {}).get('half') == 'test':
                    self.bad(path, f'{what}.{s}: {ref["id"]} belongs to the test half')
                r = self.records.get(ref['id'])
                if r is None:
                    self.bad(path, f'{what}.{s}: record {ref["id"]} not found')
                    continue
                sides.append(r.get('side'))
                self.locate(path, r['text'], ref['quote'], f'{what}.{s}')
            if len(sides) == 2 and sides[0] == sides[1]:
                self.bad(path, f'{what}: both sentences come from the same side ({sides[0]})')
            key = (p.get('a', {}).get('quote'), p.get('b', {}).get('quote'))
            if key in seen:
                self.bad(path, f'{what}: duplicate pair')
            seen.add(key)
        c['labels'] = labels

    def apply_fixes(self):
        for path, fixes in self.fixes.items():
            src = open(path, encoding='utf-8').read()
            for written, exact in fixes.items():
                lit = '"' + written.replace('\\', '\\\\').replace('"', '\\"') + '"'
                new = '"' + exact.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
                if lit not in src:
                    self.bad(path, f'--fix-whitespace: cannot find the literal {lit} to rewrite')
                    continue
                src = src.replace(lit, new)
            tmp = path + '.tmp'
            open(tmp, 'w', encoding='utf-8').write(src)
            os.replace(tmp, path)
            print(f'fixed {len(fixes)} quote(s) in {os.path.relpath(path, ROOT)}')


def main(argv):
    shared = os.path.join(os.path.dirname(ROOT), 'shared')
    half, fix, files = 'all', False, []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--shared':
            shared = argv[i + 1]; i += 2; continue
        if a == '--half':
            half = argv[i + 1]; i += 2; continue
        if a == '--fix-whitespace':
            fix = True
        elif a in ('-h', '--help'):
            print(__doc__); return 0
        else:
            files.append(os.path.abspath(a))
        i += 1
    if not os.path.isdir(os.path.join(shared, 'corpus')):
        print(f'check-gold: {shared}: no corpus here (give --shared DIR)', file=sys.stderr)
        return 2
    manifest = load_manifest()
    chk = Checker(Records(shared), manifest, actor_ids(), topic_ids(), fix)
    halves = ['dev', 'test'] if half == 'all' else [half]
    if not files:
        for h in halves:
            d = os.path.join(GOLD, h)
            if os.path.isdir(d):
                files += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith('.yaml'))
            cd = os.path.join(GOLD, 'compare')
            if os.path.isdir(cd):
                files += sorted(os.path.join(cd, f) for f in os.listdir(cd) if f.startswith(h + '-') and f.endswith('.yaml'))
            missing = [r['id'] for r in manifest.values() if r['half'] == h and not os.path.exists(
                os.path.join(GOLD, h, r['id'].replace(':', '_').replace('/', '_') + '.yaml'))]
            if missing:
                print(f'note: {len(missing)} {h} statement(s) of manifest.tsv not annotated yet', file=sys.stderr)
    # Load every bulk record the statement files need in one pass.
    want = []
    for p in files:
        if os.sep + 'compare' + os.sep not in p:
            m = re.search(r'^id:\s*"?([^"\n]+)"?\s*$', open(p, encoding='utf-8').read(), re.M)
            if m:
                want.append(m.group(1).strip())
    chk.records.load(want)
    for p in files:
        h = os.path.basename(os.path.dirname(p))
        if h == 'compare':
            base = os.path.basename(p)
            h2 = base.split('-', 1)[0]
            (chk.pairs if base.endswith('-pairs.yaml') else chk.meeting)(p, h2)
        else:
            chk.statement(p, h)
    if fix:
        chk.apply_fixes()
    for k, c in sorted(chk.counts.items()):
        print(f'{k}: ' + ', '.join(f'{a}={b}' for a, b in c.items()))
    for p in chk.problems:
        print(p)
    if chk.problems:
        print(f'{len(chk.problems)} problem(s)', file=sys.stderr)
        return 1
    print(f'ok: {len(files)} file(s)')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
