#!/usr/bin/env bash
# Issue 14's must-shows on a full shared-corpus workspace (a copy: never the original), each command as the
# issue writes it, checked by a short Python reading of its output. Usage, from the project root:
#   eval/issue14-must-shows.sh /tmp/srch-ws.db [OUT-DIR]
# The workspace needs its search index (<db>.search: 'readout index [--vectors]'). Prints PASS/FAIL per item;
# exits 1 when any fails. Outputs are kept in OUT-DIR (default: a temp folder) for reading.
set -uo pipefail
db="${1:?usage: eval/issue14-must-shows.sh WORKSPACE.db [OUT-DIR]}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ro="$here/readout"
flagship="$here/../shared/corpus/meetings/2021-12-07-biden-putin-video-call"
fail=0
check() { # name, python program reading the file $out/$1.*
  if python3 -c "$2"; then echo "PASS $1"; else echo "FAIL $1"; fail=1; fi
}

"$ro" meetings --actor RUS --actor USA --format json --db "$db" > "$out/meetings.json"
"$ro" meetings --actor RUS --actor USA --db "$db" > "$out/meetings.txt"
check meetings "
import json,sys
ms=json.load(open('$out/meetings.json'))['meetings']
bp=[m for m in ms if m['id'].startswith('2021-') and 'biden-putin' in m['id']]
ids=[m['id'] for m in bp]
for want in ('2021-04-13-biden-putin','2021-06-16-biden-putin','2021-12-07-biden-putin'):
    assert want in ids, (want, ids)
fl=[m for m in bp if m['id']=='2021-12-07-biden-putin'][0]
assert fl['sides']==['RU','US'], fl['sides']
bulk=[x for m in bp for x in m['members'] if x['statement'].startswith(('wh:','kremlin:'))]
assert len(bulk)>=5, len(bulk)
print('  2021 Biden-Putin meetings:', ', '.join(f\"{m['id']} ({len(m['members'])})\" for m in bp))
"

"$ro" search "legally binding security guarantees" --side RU --db "$db" > "$out/search.txt"
"$ro" search "legally binding security guarantees" --side RU --format json --db "$db" > "$out/search.json"
"$ro" search "legally binding security guarantees" --side RU --sort date --format json --db "$db" > "$out/search-by-date.json"
check search-relevance "
import json
hs=json.load(open('$out/search.json'))['hits']
assert all(h['side']=='RU' for h in hs)
assert hs[0]['sentences'][0]['highlights'], 'no highlights'
print('  top 5:', ', '.join(h['date'] for h in hs[:5]))
assert hs[0]['date'].startswith('2021-12'), 'relevance ranks ' + hs[0]['date'] + ' first'
"
check search-by-date "
import json
hs=json.load(open('$out/search-by-date.json'))['hits']
assert hs and hs[0]['date'].startswith('2021-12') and hs[0]['sentences'][0]['highlights'], hs[:1]
print('  first:', hs[0]['date'], hs[0]['title'])
"

"$ro" trends --topic ukraine --by month --db "$db" > "$out/trends.csv"
"$ro" trends --topic ukraine --by month --format svg --out "$out/trends.svg" --db "$db"
check trends "
import csv
rows={(r['period'],r['side']):float(r['share']) for r in csv.DictReader(open('$out/trends.csv'))}
for side in ('RU','US'):
    nov,feb=rows[('2021-11',side)],rows[('2022-02',side)]
    print(f'  {side}: 2021-11 {nov:.4f} -> 2022-02 {feb:.4f}')
    assert feb>2*nov, side
s=open('$out/trends.svg').read()
assert s.lstrip().startswith('<svg') or '<svg' in s[:300]
"

"$ro" related "$flagship" --format json --db "$db" > "$out/related.json"
check related "
import json
it=json.load(open('$out/related.json'))['items']
assert any(i['id']=='2021-06-16-biden-putin' for i in it), 'no Geneva summit'
dec=[i for i in it if i['relation'] in ('follow-up','later-statement','later-meeting') and (i['date'] or '').startswith('2021-12')]
assert len(dec)>=2, dec
print('  Geneva summit rank', [i['rank'] for i in it if i['id']=='2021-06-16-biden-putin'][0], '; Dec 2021 follow-ups:', len(dec))
"

"$ro" compare "$flagship" --kind readout --format md --db "$db" > "$out/brief.md"
check brief-further-reading "
parts=open('$out/brief.md').read().split('## Further reading')
assert len(parts)==2 and '2021-06-16' in parts[1], 'no further reading with the Geneva summit' 
"
echo "outputs in $out"
exit $fail
