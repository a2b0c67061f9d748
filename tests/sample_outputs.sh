#!/usr/bin/env bash
# The sample case's outputs, to see what a change did to them (a refactoring must leave
# them byte-identical; a change of the law's application is explained figure by figure):
#   tests/sample_outputs.sh REPO OUTDIR
# writes OUTDIR/: check --json and text at four as-of dates in zh and en, and the PDFs
# (both parts, and the masked filing part) in zh and en; OUTDIR.sums lists their SHA-256.
# Compare two trees with: diff A.sums B.sums
set -u
repo=$1; out=$2; mkdir -p "$out"
cd "$repo"
py="$repo/.venv/bin/python"; [ -x "$py" ] || py=/work/main/.venv/bin/python
export PYTHONPATH="$repo" CASEAPP_DATA_DIR=$(mktemp -d) SOURCE_DATE_EPOCH=1700000000
s=resources/samples/sample.caseapp.zip
for d in 2025-03-01 2025-06-30 2025-12-31 2026-12-07; do
  for l in zh en; do
    $py -m caseapp --lang $l check --json --as-of $d $s > "$out/check-$d-$l.json" 2>&1
    $py -m caseapp --lang $l check --as-of $d $s > "$out/check-$d-$l.txt" 2>&1
  done
done
for l in zh en; do
  $py -m caseapp --lang $l report --as-of 2026-12-07 --generated-at 2026-12-07T10:00:00+08:00 -o "$out/report-$l.pdf" $s > /dev/null 2>&1
  $py -m caseapp --lang $l report --as-of 2026-12-07 --generated-at 2026-12-07T10:00:00+08:00 --mask --part filing -o "$out/filing-mask-$l.pdf" $s > /dev/null 2>&1
done
sha256sum "$out"/* | sed "s#$out/##" > "$out.sums"
