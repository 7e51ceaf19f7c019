#!/usr/bin/env bash
# Readout `bench --full` and Stanford CoreNLP (tokenize,pos,lemma,ner) on the same bulk records, one after the other.
# CoreNLP (GPL) is fetched on the side into a scratch Maven repository; it is never a dependency of Readout.
# usage: eval/corenlp-yardstick/run.sh [LIMIT]   (first LIMIT records of each bulk file; default 100)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd); limit=${1:-100}
scratch=${YARDSTICK_DIR:-/tmp/readout-corenlp}; mkdir -p "$scratch"
v=4.5.10; m="$scratch/m2/edu/stanford/nlp/stanford-corenlp/$v"
if [ ! -f "$m/stanford-corenlp-$v-models.jar" ]; then
  mvn -B -q dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:$v -Dmaven.repo.local="$scratch/m2"
  mvn -B -q dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:$v:jar:models -Dmaven.repo.local="$scratch/m2"
fi
bulk="$root/../shared/corpus/bulk"
python3 "$here/extract.py" "$limit" "$scratch/texts.txt" "$bulk/kremlin-en-2021-10_2022-06.jsonl.gz" "$bulk/whitehouse-briefing-room.jsonl.gz"
uptime
(cd "$root" && ./readout bench --full --limit "$limit" --runs 3)
uptime
java -Xmx6g -cp "$m/stanford-corenlp-$v.jar:$m/stanford-corenlp-$v-models.jar" "$here/Yardstick.java" "$scratch/texts.txt" tokenize,pos,lemma,ner 2>/dev/null
uptime
