import gzip, json, sys
# usage: extract.py LIMIT OUT FILE... ; writes the 'text' of the first LIMIT records of each file, records separated by a form feed line
limit, out, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
with open(out, 'w', encoding='utf-8') as o:
    for f in files:
        with gzip.open(f, 'rt', encoding='utf-8') as g:
            for i, line in enumerate(g):
                if i >= limit: break
                r = json.loads(line)
                o.write((r.get('title') or '') + '\n\n' + (r.get('text') or '') + '\n\f\n')
