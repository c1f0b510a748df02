#!/usr/bin/env bash
# Minimizes corpus/NAME/ for each harness NAME: libFuzzer's -merge=1 over the seeds
# and what the campaigns found (build-fuzz/corpus/NAME/) keeps the smallest set of
# inputs with the same coverage. Inputs that were already in corpus/NAME keep their
# names; new ones are named by their SHA-1 (libFuzzer's naming). The HARDENING.md
# shapes (hardening-*) are always kept. corpus/regressions/ is never touched.
#   bash tools/fuzz/corpus-min.sh BUILD_DIR NAME...
set -euo pipefail
B=$1; shift
known=$(grep -v '^#' corpus/regressions/KNOWN 2>/dev/null | awk 'NF { print $1 }' | paste -sd, - || true)
total=0
for t in "$@"; do
  bin=$B/libfuzzer/fuzz_$t
  out=$B/min/$t
  rm -rf "$out" && mkdir -p "$out" "$B/corpus/$t"
  before=$(du -sb corpus/$t 2>/dev/null | cut -f1 || echo 0)
  nbefore=$(ls corpus/$t 2>/dev/null | wc -l)
  IKF_KNOWN=$known "$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    "$out" corpus/$t "$B/corpus/$t" > "$B/min-$t.log" 2>&1 || {
      echo "corpus-min: merge of $t failed, see $B/min-$t.log"; exit 1; }
  # names of the old files, by content
  declare -A name=()
  for f in corpus/$t/*; do
    [ -f "$f" ] || continue
    name[$(sha1sum "$f" | cut -d' ' -f1)]=$(basename "$f")
  done
  for f in "$out"/*; do
    [ -f "$f" ] || continue
    h=$(basename "$f")
    [ -n "${name[$h]:-}" ] && mv "$f" "$out/${name[$h]}"
  done
  cp corpus/$t/hardening-* "$out"/ 2>/dev/null || true
  rm -rf corpus/$t && mv "$out" corpus/$t
  unset name
  after=$(du -sb corpus/$t | cut -f1)
  total=$((total + after))
  echo "corpus-min: $t: $nbefore files, $before bytes -> $(ls corpus/$t | wc -l) files, $after bytes"
done
echo "corpus-min: $total bytes in all"
if [ "$total" -gt 2000000 ]; then
  echo "corpus-min: warning: more than 2 MB; drop the largest seeds or lower -max_len"
fi
