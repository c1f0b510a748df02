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

# ---- the trace decoder (imapkit trace) ----
# (a) trace beside parsing the same bytes: the capture is built around two
#     stream files, and `imapkit parse` (same binary, same JSON) reads those;
# (b) the same conversation in TLS (implicit, port 993) with its key log;
# (c) peak RSS on captures streamed through a pipe, at two sizes (x2).
# All timings are CPU time of the measured process alone (ikbench-run), median of
# TRUNS; instruction counts (callgrind) on a small slice are the stable figure.
TRUNS=$((RUNS > 3 ? RUNS : 3))
if [[ -x $CLI && -x $BB/ikbench-capture && -x $BB/ikbench-run ]]; then
  RUN=$BB/ikbench-run
  tc=$W/trace-client.imap ts=$W/trace-server.imap cap=$W/trace.pcap
  "$BB/ikbench-gen" fetch "$ts" "$(mb 8)" "$SEED" &&
    "$BB/ikbench-gen" commands "$tc" "$(mb 2)" "$SEED" &&
    "$BB/ikbench-capture" "$cap" "$tc" "$ts"
  payload=$(($(stat -c %s "$ts") + $(stat -c %s "$tc")))
  rm -rf "$W/trace-dump"
  "$CLI" trace --format json --dump-streams "$W/trace-dump" "$cap" >/dev/null 2>"$W/trace.err"
  rc=$?
  summary=$(grep -a 'messages,' "$W/trace.err" | tail -1)
  tmsgs=$(sed -n 's/.*: \([0-9]*\) messages.*/\1/p' <<<"$summary")
  if [[ $rc -le 1 && ${tmsgs:-0} -gt 0 ]]; then
    echo "bench: trace decoder ($((payload / 1000000)) MB of IMAP in a pcap; parse of the same streams; TLS; pipes)"
    cmp -s "$W/trace-dump/1.c2s" "$tc" && cmp -s "$W/trace-dump/1.s2c" "$ts" ||
      note "trace: the streams the decoder delivered differ from the files the capture was built from"
    load_now=$(cut -d' ' -f1 /proc/loadavg)
    # (b) TLS: the same two streams, each suite with its key log, checked to
    # decode to the same messages as the plaintext capture.
    plain_out=$("$CLI" trace --format json "$cap" 2>/dev/null | grep -v '"event"' | sed 's/"ts":[0-9.]*,//' | md5sum)
    suites=()
    for suite in tls13-aes128gcm tls13-chacha20 tls12-aes128gcm; do
      tcap=$W/trace-$suite.pcap kl=$W/trace-$suite.keylog
      "$BB/ikbench-capture" --tls "$suite" --keylog "$kl" "$tcap" "$tc" "$ts" || continue
      out=$("$CLI" trace --format json --keylog "$kl" "$tcap" 2>"$W/trace-tls.err")
      if ! grep -q '"detail":"decrypting' <<<"$out" ||
        [[ $(grep -v '"event"' <<<"$out" | sed 's/"ts":[0-9.]*,//' | md5sum) != "$plain_out" ]]; then
        note "trace: $suite: the decrypted messages differ from the plaintext capture's (see $W/trace-tls.err)"
        continue
      fi
      suites+=("$suite")
    done
    # Every configuration once per round, TRUNS rounds: a change of load on the
    # shared machine then hits all of them alike.
    declare -A CPUS=() RSS=()
    measure() { # name, command...
      local name=$1 line
      shift
      line=$("$RUN" --runs 1 -- "$@")
      CPUS[$name]+="$(sed -n 's/.*cpu_med=\([0-9.]*\).*/\1/p' <<<"$line") "
      local kb=$(sed -n 's/.*rss_kb=\([0-9]*\).*/\1/p' <<<"$line")
      ((kb > ${RSS[$name]:-0})) && RSS[$name]=$kb
    }
    for ((round = 0; round < TRUNS; round++)); do
      measure trace "$CLI" trace --format json "$cap"
      for fmt in json none; do
        measure "parse-$fmt-server" "$CLI" parse --side server --format "$fmt" "$ts"
        measure "parse-$fmt-client" "$CLI" parse --side client --format "$fmt" "$tc"
      done
      for suite in "${suites[@]}"; do
        measure "$suite" "$CLI" trace --format json --keylog "$W/trace-$suite.keylog" "$W/trace-$suite.pcap"
      done
    done
    stat_of() { # name: cpus="..." cpu_med=... rss_kb=...
      local sorted
      sorted=$(tr ' ' '\n' <<<"${CPUS[$1]}" | grep . | sort -g | tr '\n' ' ')
      sorted=${sorted% }
      echo "cpus=\"$sorted\" cpu_med=$(awk '{ print $(int(NF / 2) + 1) }' <<<"$sorted") rss_kb=${RSS[$1]:-0}"
    }
    echo "RESULT runner=trace workload=pcap bytes=$payload msgs=$tmsgs capture_bytes=$(stat -c %s "$cap") load=$load_now $(stat_of trace) summary=\"$summary\"" >>"$R"
    for fmt in json none; do
      echo "RESULT runner=trace-parse-$fmt workload=server bytes=$(stat -c %s "$ts") $(stat_of "parse-$fmt-server")" >>"$R"
      echo "RESULT runner=trace-parse-$fmt workload=client bytes=$(stat -c %s "$tc") $(stat_of "parse-$fmt-client")" >>"$R"
    done
    for suite in "${suites[@]}"; do
      echo "RESULT runner=trace-tls workload=$suite bytes=$payload capture_bytes=$(stat -c %s "$W/trace-$suite.pcap") $(stat_of "$suite")" >>"$R"
    done
    # Instructions (callgrind, whole process) on a slice: trace, TLS trace, parse.
    if command -v valgrind >/dev/null 2>&1; then
      cg() { # name, command...: the Ir total of one run
        local name=$1
        shift
        valgrind --tool=callgrind --callgrind-out-file="$W/callgrind.$name" "$@" >/dev/null 2>"$W/cg.err" &&
          sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$W/cg.err" | tail -1
      }
      # A slice, and a tiny one: the difference between the two is the cost per
      # byte without the fixed costs (start-up, libcrypto's provider and keys).
      for sl in small:0.3:0.15 tiny:0.02:0.01; do
        IFS=: read -r name fm cm <<<"$sl"
        sc=$W/trace-$name-client.imap ss=$W/trace-$name-server.imap
        "$BB/ikbench-gen" fetch "$ss" "$fm" "$SEED" && "$BB/ikbench-gen" commands "$sc" "$cm" "$SEED" &&
          "$BB/ikbench-capture" "$W/trace-$name.pcap" "$sc" "$ss" &&
          "$BB/ikbench-capture" --tls tls13-aes128gcm --keylog "$W/trace-$name.keylog" \
            "$W/trace-$name-tls.pcap" "$sc" "$ss" || continue
        sbytes=$(($(stat -c %s "$ss") + $(stat -c %s "$sc")))
        ir_t=$(cg "trace-$name" "$CLI" trace --format json "$W/trace-$name.pcap")
        ir_tls=$(cg "trace-tls-$name" "$CLI" trace --format json --keylog "$W/trace-$name.keylog" "$W/trace-$name-tls.pcap")
        ir_ps=$(cg "parse-server-$name" "$CLI" parse --side server --format json "$ss")
        ir_pc=$(cg "parse-client-$name" "$CLI" parse --side client --format json "$sc")
        echo "RESULT runner=trace-callgrind workload=$name bytes=$sbytes ir_trace=${ir_t:-0} ir_tls=${ir_tls:-0} ir_parse=$((${ir_ps:-0} + ${ir_pc:-0}))" >>"$R"
      done
    fi
    # (c) bounded memory: captures generated into a pipe (never on disk), at
    # N and 2N times the workload: N connections one after the other, and one
    # connection carrying the streams N times over.
    n=$(awk -v s="$SCALE" 'BEGIN { n = int(10 * s + 0.5); print n < 1 ? 1 : n }')
    for how in conns repeat; do
      for k in "$n" $((2 * n)); do
        t=$("$RUN" --runs 1 --err "$W/trace-pipe.err" --from "$BB/ikbench-capture --$how $k /dev/stdout $tc $ts" \
          -- "$CLI" trace --format json -)
        got=$(sed -n 's/.*messages, \([0-9]*\) bytes.*/\1/p' "$W/trace-pipe.err" | tail -1)
        echo "RESULT runner=trace-pipe workload=$how-$k times=$k bytes=${got:-0} expect=$((k * payload)) $t" >>"$R"
      done
    done
  else
    note "trace decoder skipped: '$CLI trace' does not decode captures yet (${summary:-exit $rc})"
  fi
else
  [[ -x $CLI ]] || note "trace decoder skipped: $CLI is not built"
  [[ -x $BB/ikbench-capture ]] || note "trace decoder skipped: tools/trace/synth.c (the capture writer) is missing"
fi
echo "MACHINE load=$(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end" >>"$R"

echo "RESULT runner=total seconds=$(($(date +%s) - start))" >>"$R"
echo
python3 tools/bench/report.py "$R" | tee "$BB/report.txt"
