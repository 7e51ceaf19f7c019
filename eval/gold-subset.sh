#!/usr/bin/env bash
# A gold folder holding only the statements whose manifest category starts with PREFIX (a development set such as
# dates5-), to score it alone: eval/gold-subset.sh dates5- /tmp/g5 && ./readout eval --layer dates --gold /tmp/g5
set -euo pipefail
prefix="${1:?usage: eval/gold-subset.sh CATEGORY-PREFIX OUT-DIR}"
out="${2:?usage: eval/gold-subset.sh CATEGORY-PREFIX OUT-DIR}"
gold="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/gold"
rm -rf "$out" && mkdir -p "$out/dev" "$out/test"
awk -F'\t' -v p="$prefix" 'NR == 1 || index($2, p) == 1' "$gold/manifest.tsv" > "$out/manifest.tsv"
# sets listed in their own manifest (speakers-3-manifest.tsv, …) keep it, filtered the same way
for m in "$gold"/*-manifest.tsv; do
  [ -e "$m" ] || continue
  awk -F'\t' -v p="$prefix" 'NR == 1 || index($2, p) == 1' "$m" > "$out/$(basename "$m")"
done
n=0
for half in dev test; do
  for f in $(grep -l "^category: $prefix" "$gold/$half"/*.yaml 2>/dev/null || true); do
    cp "$f" "$out/$half/" && n=$((n + 1))
  done
done
[ "$n" -gt 0 ] || { echo "gold-subset: no gold file has a category starting with '$prefix'" >&2; exit 1; }
echo "$out: $n statement(s)"
