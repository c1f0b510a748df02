#!/usr/bin/env bash
# Minimizes corpus/NAME/ for each harness NAME: libFuzzer's -merge=1 over the
# seeds and what the campaigns found (build-fuzz/corpus/NAME/) keeps a small set
# of inputs with (nearly) the same edge coverage, under 2 MB for all harnesses.
# Inputs that were already in corpus/NAME keep their names; new ones are named by
# their SHA-1 (libFuzzer's naming). The HARDENING.md shapes (hardening-*) and the
# RFC 3501 examples (rfc3501-*) and the TLS seeds (seed-*) are always kept. corpus/regressions/ is never
# touched; build-fuzz/corpus/NAME/ is emptied (what counts of it is in corpus/NAME/).
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
  # Two passes over the inputs cut to L1 then L2 bytes (libFuzzer writes them cut):
  # the first keeps the small inputs that reach each edge, the second adds the
  # longer ones only for what the short ones cannot reach. Edges only (no hit
  # counts: -use_counters=0), or the corpus would be tens of megabytes.
  case $t in
    trace) l1=${CORPUS_L1_TRACE:-1024} l2=${CORPUS_L2_TRACE:-2048} ;;
    tls) l1=${CORPUS_L1_TLS:-4096} l2=${CORPUS_L2_TLS:-16384} ;;
    framer|builder) l1=${CORPUS_L1_SMALL:-512} l2=${CORPUS_L2_SMALL:-2048} ;;
    *) l1=${CORPUS_L1:-512} l2=${CORPUS_L2:-1024} ;;
  esac
  for len in $l1 $l2; do
    IKF_KNOWN=$known "$bin" -merge=1 -use_counters=0 -max_len=$len -timeout=10 \
      -rss_limit_mb=2048 -malloc_limit_mb=2048 "$out" corpus/$t "$B/corpus/$t" \
      > "$B/min-$t.log" 2>&1 || { echo "corpus-min: merge of $t failed, see $B/min-$t.log"; exit 1; }
  done
  # names of the old files, by content
  declare -A name=()
  for f in corpus/$t/*; do
    [ -f "$f" ] || continue
    name[$(sha1sum "$f" | cut -d' ' -f1)]=$(basename "$f")
  done
  for f in "$out"/*; do
    [ -f "$f" ] || continue
    h=$(basename "$f")
    [ -n "${name[$h]:-}" ] && [ "${name[$h]}" != "$h" ] && mv "$f" "$out/${name[$h]}"
  done
  cp corpus/$t/hardening-* corpus/$t/rfc3501-* corpus/$t/seed-* "$out"/ 2>/dev/null || true
  rm -rf corpus/$t && mv "$out" corpus/$t
  unset name
  # what the campaigns found is in corpus/$t now (as far as it adds coverage)
  rm -rf "$B/corpus/$t" && mkdir -p "$B/corpus/$t"
  after=$(du -sb corpus/$t | cut -f1)
  total=$((total + after))
  echo "corpus-min: $t: $nbefore files, $before bytes -> $(ls corpus/$t | wc -l) files, $after bytes"
done
echo "corpus-min: $total bytes in all"
if [ "$total" -gt 2000000 ]; then
  echo "corpus-min: warning: more than 2 MB; drop the largest seeds or lower -max_len"
fi
