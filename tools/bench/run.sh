#!/usr/bin/env bash
# The body of `make bench` (see bench.mk): generates the workloads, runs every
# runner on them, and prints one table with imapkit beside libetpan.
#
#   bash tools/bench/run.sh BUILD_DIR
#
# Environment (bench.mk sets them): BENCH_RUNS (5), BENCH_SCALE (1),
# BENCH_SEED, BENCH_CLI (the imapkit binary, for the trace decoder's rate).
# Everything lands in BUILD_DIR: work/ (workloads, callgrind files),
# results.txt (the raw RESULT lines), report.txt (what is printed).
set -uo pipefail

BB=${1:-build-bench}
RUNS=${BENCH_RUNS:-5}
SCALE=${BENCH_SCALE:-1}
SEED=${BENCH_SEED:-20240115}
CLI=${BENCH_CLI:-build/imapkit}
W=$BB/work
R=$BB/results.txt
LOG=$BB/bench.log
mkdir -p "$W"
: >"$R"
: >"$LOG"
start=$(date +%s)

mb() { awk -v a="$1" -v s="$SCALE" 'BEGIN { v = a * s; if (v < 0.5) v = 0.5; printf "%g", v }'; }
side_of() { [[ $1 == commands* ]] && echo client || echo server; }
note() { echo "NOTE $*" >>"$R"; }

# ---- machine ----
{
  echo "MACHINE cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  echo "MACHINE cores=$(nproc) ($(lscpu 2>/dev/null | sed -n 's/^Thread(s) per core: *//p' | head -1) thread(s) per core)"
  echo "MACHINE kernel=$(uname -sr)"
  echo "MACHINE compiler=$(${BENCH_CC:-cc} --version | head -1) ${BENCH_OPT:--O2}"
  echo "MACHINE libetpan=$(dpkg-query -W -f='${Version}' libetpan-dev 2>/dev/null || echo '?')"
  echo "MACHINE load=$(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at start"
} >>"$R"

# ---- workloads: deterministic, regenerated every time (about a second each) ----
echo "bench: generating workloads (seed $SEED, scale $SCALE)"
declare -A SIZE=([fetch]=32 [literal]=64 [commands]=24)
for w in fetch literal commands; do
  "$BB/ikbench-gen" "$w" "$W/$w.imap" "$(mb "${SIZE[$w]}")" "$SEED" || exit 1
done
# Small slices (same generator, same seed) for callgrind and the trace capture.
"$BB/ikbench-gen" fetch "$W/fetch-small.imap" 1 "$SEED" || exit 1
"$BB/ikbench-gen" literal "$W/literal-small.imap" 4 "$SEED" || exit 1
"$BB/ikbench-gen" commands "$W/commands-small.imap" 1 "$SEED" || exit 1

run() { # runs a runner, keeps its RESULT line, its other output in the log
  "$@" 2>>"$LOG" | tee -a "$LOG" | grep '^RESULT' >>"$R"
  return "${PIPESTATUS[0]}"
}

# ---- throughput ----
for w in fetch literal commands; do
  s=$(side_of "$w")
  f=$W/$w.imap
  echo "bench: $w ($(du -m "$f" | cut -f1) MB, $s side)"
  run "$BB/ikbench" verify "$w" "$f" --side "$s"
  msgs=$(grep "runner=imapkit-verify workload=$w " "$R" | sed -n 's/.* msgs=\([0-9]*\).*/\1/p')
  for mode in parse framer json wire; do
    run "$BB/ikbench" "$mode" "$w" "$f" --side "$s" --runs "$RUNS"
  done
  if [[ $s == server ]]; then
    if [[ -x $BB/ikbench-etpan ]]; then
      run "$BB/ikbench-etpan" parse "$w" "$f" --runs "$RUNS" --expect "${msgs:--1}" ||
        note "libetpan did not parse $w completely (see $LOG)"
    else
      note "libetpan runner not built: install libetpan-dev (bash tools/deps.sh --bench)"
    fi
  fi
done
note "libetpan has no IMAP command parser (its parser is client-side only: responses), so the commands workload has no peer figure."

# ---- instructions per byte: callgrind on the small slices ----
if command -v valgrind >/dev/null 2>&1; then
  echo "bench: callgrind (instructions per byte, small slices)"
  for w in fetch literal commands; do
    s=$(side_of "$w")
    f=$W/$w-small.imap
    bytes=$(stat -c %s "$f")
    out=$W/callgrind.imapkit.$w
    if valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect=ik_pass \
      "$BB/ikbench" once "$w" "$f" --side "$s" >>"$LOG" 2>"$W/cg.err"; then
      ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$W/cg.err" | tail -1)
      echo "RESULT runner=imapkit-callgrind workload=$w bytes=$bytes ir=$ir" >>"$R"
    fi
    if [[ $s == server && -x $BB/ikbench-etpan ]]; then
      out=$W/callgrind.libetpan.$w
      if valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect=etpan_pass \
        "$BB/ikbench-etpan" once "$w" "$f" >>"$LOG" 2>"$W/cg.err"; then
        ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$W/cg.err" | tail -1)
        echo "RESULT runner=libetpan-callgrind workload=$w bytes=$bytes ir=$ir" >>"$R"
      fi
    fi
  done
  # Where imapkit's instructions go, for the FETCH-heavy stream.
  if [[ -f $W/callgrind.imapkit.fetch ]] && command -v callgrind_annotate >/dev/null; then
    callgrind_annotate --threshold=99 "$W/callgrind.imapkit.fetch" 2>/dev/null >"$BB/profile-fetch.txt"
    callgrind_annotate --threshold=99 "$W/callgrind.imapkit.commands" 2>/dev/null >"$BB/profile-commands.txt"
  fi
else
  note "valgrind not installed: no instructions per byte (bash tools/deps.sh --bench installs it)"
fi

# ---- the trace decoder (imapkit trace) on a synthetic capture ----
if [[ -x $CLI && -x $BB/ikbench-capture ]]; then
  cap=$W/trace.pcap
  "$BB/ikbench-gen" fetch "$W/trace-server.imap" "$(mb 8)" "$SEED" &&
    "$BB/ikbench-gen" commands "$W/trace-client.imap" "$(mb 2)" "$SEED" &&
    "$BB/ikbench-capture" "$cap" "$W/trace-client.imap" "$W/trace-server.imap"
  payload=$(($(stat -c %s "$W/trace-server.imap") + $(stat -c %s "$W/trace-client.imap")))
  "$CLI" trace --format json "$cap" >/dev/null 2>"$W/trace.err"
  rc=$?
  summary=$(grep -a 'messages,' "$W/trace.err" | tail -1)
  tmsgs=$(sed -n 's/.*: \([0-9]*\) messages.*/\1/p' <<<"$summary")
  if [[ $rc -le 1 && ${tmsgs:-0} -gt 0 ]]; then
    echo "bench: trace decoder ($((payload / 1000000)) MB of IMAP in a pcap)"
    rates=()
    for _ in 1 2 3; do
      t=$( { TIMEFORMAT='%U %S'; time "$CLI" trace --format json "$cap" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
      rates+=("$(awk -v t="$t" -v b="$payload" 'BEGIN { split(t, a, " "); s = a[1] + a[2]; if (s <= 0) s = 1e-6; printf "%.1f", b / s / 1e6 }')")
    done
    sorted=$(printf '%s\n' "${rates[@]}" | sort -g | tr '\n' ' ')
    echo "RESULT runner=trace workload=pcap bytes=$payload msgs=$tmsgs capture_bytes=$(stat -c %s "$cap") rates=\"${sorted% }\" summary=\"$summary\"" >>"$R"
  else
    note "trace decoder skipped: '$CLI trace' does not decode captures yet (${summary:-exit $rc})"
  fi
else
  [[ -x $CLI ]] || note "trace decoder skipped: $CLI is not built"
  [[ -x $BB/ikbench-capture ]] || note "trace decoder skipped: tools/trace/synth.c (the capture writer) is missing"
fi

echo "RESULT runner=total seconds=$(($(date +%s) - start))" >>"$R"
echo
python3 tools/bench/report.py "$R" | tee "$BB/report.txt"
