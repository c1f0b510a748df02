#!/usr/bin/env bash
# Command-line tests: exit codes, the summary line, JSON keys, error reports.
# usage: tests/cli/run.sh build/imapkit
set -u
bin=${1:-build/imapkit}
here=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0
for t in "$here"/*.t; do
  [[ -e $t ]] || continue
  if IMAPKIT="$bin" bash "$t"; then pass=$((pass+1)); else echo "FAIL: $t"; fail=$((fail+1)); fi
done
echo "cli: $pass passed, $fail failed"
[[ $fail == 0 ]]
