#!/bin/bash
# Runs `watchfloor extract --json` on the shared dev corpora and scores it with ../shared/eval/score.py.
# Usage: Scripts/eval.sh [conll|meantime|wikievents|reuters|tempeval3|rams|all]   (default: all)
# Env: BIN=path/to/watchfloor (default: release build in .build-eval), SHARED=../shared, OUT=/tmp/watchfloor-eval
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
C=$SHARED/corpus
S=$SHARED/eval/score.py
OUT=${OUT:-/tmp/watchfloor-eval}
mkdir -p "$OUT"
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path .build-eval --product watchfloor >&2
  BIN=.build-eval/release/watchfloor
fi
[ -d "$C" ] || { echo "no corpora at $C (set SHARED)" >&2; exit 2; }
what=${1:-all}
run() { # name, gold, split-args, inputs...
  local name=$1 gold=$2 split=$3; shift 3
  local t0=$(date +%s.%N)
  "$BIN" extract --json "$@" > "$OUT/$name.jsonl"
  local t1=$(date +%s.%N)
  echo "== $name ($(python3 -c "print(round($t1-$t0,2))") s)"
  python3 "$S" "$OUT/$name.jsonl" --gold "$gold" --data "$C/$gold_dir" $split
}
case $what in conll|all) gold_dir=conll2003-en; run conll conll "--split testa" $C/conll2003-en/texts/testa-*.txt ;; esac
case $what in meantime|all) gold_dir=meantime-en; run meantime meantime "" $C/meantime-en/texts ;; esac
case $what in wikievents|all) gold_dir=wikievents; run wikievents wikievents "--split dev" $C/wikievents/texts ;; esac
case $what in reuters|all) gold_dir=reuters21578; run reuters reuters "" $C/reuters21578/texts ;; esac
case $what in tempeval3|all) gold_dir=tempeval3; run tempeval3 tempeval3 "--split TimeBank" $C/tempeval3/texts ;; esac
case $what in rams|all) gold_dir=rams; run rams rams "--split dev" $C/rams/texts ;; esac
