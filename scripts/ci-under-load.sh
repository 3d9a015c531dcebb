#!/usr/bin/env bash
# Runs the CI entry point (.ci/run) on fresh clones of this repository N times in a row while two
# busy processes keep both cores loaded, and prints one line per run (exit code, duration, test
# counts). It shows that CI is green on a busy machine, not just on an idle one.
# Usage: bash scripts/ci-under-load.sh [runs=5] [rev=HEAD]   (logs in $TMPDIR/sop-ci-load/)
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"
REV="$(git -C "$ROOT" rev-parse "${2:-HEAD}")"
OUT="${TMPDIR:-/tmp}/sop-ci-load"
mkdir -p "$OUT"
load=()
for _ in 1 2; do (while :; do :; done) & load+=($!); done
trap 'kill "${load[@]}" 2>/dev/null' EXIT
echo "commit $REV, $RUNS runs, load: ${#load[@]} busy loops on $(nproc) cores"
for i in $(seq 1 "$RUNS"); do
    dir="$OUT/run-$i"
    rm -rf "$dir"
    git clone -q "$ROOT" "$dir" && git -C "$dir" checkout -q "$REV"
    start=$(date +%s)
    (cd "$dir" && CI=true bash .ci/run) > "$OUT/run-$i.log" 2>&1
    code=$?
    tests=$(sed 's/\x1b\[[0-9;]*m//g' "$OUT/run-$i.log" | grep -E "^ +Tests " | tail -2 | tr -s ' ' | tr '\n' ';')
    echo "run $i: exit $code, $(( $(date +%s) - start )) s,${tests}"
done
