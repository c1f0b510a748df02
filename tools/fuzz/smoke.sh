#!/usr/bin/env bash
# make fuzz-smoke: each libFuzzer harness replays its corpus and regressions, then
# fuzzes for SECONDS; JOBS harnesses at a time. Fails when any harness fails (a
# crash, a leak, a timeout or an out-of-memory: its input is kept in
# BUILD/crashes/NAME/, its log in BUILD/smoke-NAME.log).
#   bash tools/fuzz/smoke.sh BUILD SECONDS JOBS MAX_LEN "EXTRA FLAGS" NAME...
set -u
B=$1 secs=$2 jobs=$3 maxlen=$4 extra=$5; shift 5
# The seed comes from the commit (FUZZ_SMOKE_SEED overrides it): every commit
# explores differently, and a failure in CI replays here with the same seed.
seed=${FUZZ_SMOKE_SEED:-$(( 16#$(git rev-parse --short=7 HEAD 2>/dev/null || echo 0) + 1 ))}
echo "fuzz-smoke: seed $seed (FUZZ_SMOKE_SEED=$seed reruns it)"
known=$(grep -v '^#' corpus/regressions/KNOWN 2>/dev/null | awk 'NF { print $1 }' | paste -sd, - || true)
[ -n "$known" ] && echo "fuzz-smoke: open findings tolerated (corpus/regressions/KNOWN): $known"
one() {
  local t=$1 d="-dict=fuzz/imap.dict -max_len=$maxlen"
  [ "$t" = trace ] && d="-dict=fuzz/pcap.dict -max_len=65536"
  [ "$t" = tls ] && d="-dict=fuzz/tls.dict -max_len=32768"
  mkdir -p "$B/corpus/$t" "$B/crashes/$t"
  local start=$(date +%s)
  IKF_KNOWN=$known "$B/libfuzzer/fuzz_$t" $d -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -artifact_prefix="$B/crashes/$t/" -print_final_stats=1 -seed="$seed" -max_total_time="$secs" $extra \
    "$B/corpus/$t" $(ls -d corpus/$t corpus/regressions/$t 2>/dev/null) > "$B/smoke-$t.log" 2>&1
  local rc=$?
  local execs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$B/smoke-$t.log")
  local rate=$(awk '/stat::average_exec_per_sec/ { print $2 }' "$B/smoke-$t.log")
  if [ $rc = 0 ]; then
    echo "fuzz-smoke: $t: ok, ${execs:-?} executions (${rate:-?}/s), $(( $(date +%s) - start )) s"
  else
    tail -40 "$B/smoke-$t.log"
    echo "fuzz-smoke: $t: FAILED (exit $rc); input in $B/crashes/$t/, log in $B/smoke-$t.log"
  fi
  return $rc
}
fail=""
pids=() names=()
for t in "$@"; do
  one "$t" &
  pids+=($!) names+=("$t")
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || fail="$fail ${names[0]}"
    pids=("${pids[@]:1}") names=("${names[@]:1}")
  fi
done
for i in "${!pids[@]}"; do wait "${pids[$i]}" || fail="$fail ${names[$i]}"; done
if [ -n "$fail" ]; then echo "fuzz-smoke: failed:$fail"; exit 1; fi
echo "fuzz-smoke: every harness ran clean"
