#!/usr/bin/env bash
# Runs libFuzzer campaigns: each named harness for SECONDS, two at a time, niced,
# in fork mode (crashes are kept in build-fuzz/crashes/NAME/ and fuzzing goes on).
#   bash tools/fuzz/campaign.sh SECONDS NAME [NAME ...]
# Logs: build-fuzz/campaign-NAME.log; new inputs: build-fuzz/corpus/NAME/.
# Known, reported, still open findings (corpus/regressions/KNOWN) are tolerated, as
# in make fuzz-smoke; set IKF_KNOWN yourself to override.
set -u
: "${IKF_KNOWN=$(grep -v '^#' corpus/regressions/KNOWN 2>/dev/null | awk 'NF { print $1 }' | paste -sd, -)}"
export IKF_KNOWN
secs=$1; shift
B=${FUZZ_B:-build-fuzz}
jobs=${CAMPAIGN_JOBS:-2}
run() {
  local t=$1 dict=fuzz/imap.dict len=${FUZZ_MAX_LEN:-8192}
  [ "$t" = trace ] && dict=fuzz/pcap.dict len=65536
  [ "$t" = tls ] && dict=fuzz/tls.dict len=32768
  mkdir -p "$B/corpus/$t" "$B/crashes/$t"
  nice -n 10 "$B/libfuzzer/fuzz_$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -dict=$dict -max_len=$len -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_total_time="$secs" \
    -artifact_prefix="$B/crashes/$t/" -print_final_stats=1 \
    "$B/corpus/$t" $(ls -d corpus/$t corpus/regressions/$t 2>/dev/null) > "$B/campaign-$t.log" 2>&1
  echo "campaign $t: done ($(grep -c 'CRASH\|deadly\|ERROR: ' "$B/campaign-$t.log") crash lines)"
}
running=0
for t in "$@"; do
  run "$t" &
  running=$((running + 1))
  if [ $running -ge $jobs ]; then wait -n; running=$((running - 1)); fi
done
wait
