#!/bin/bash -eu
# OSS-Fuzz / ClusterFuzzLite build: every harness of fuzz/ against $LIB_FUZZING_ENGINE
# (libFuzzer, AFL++ or honggfuzz, whatever the infrastructure picks), with its seed
# corpus (corpus/NAME + corpus/regressions/NAME, zipped), dictionary and options.
#
# Environment (set by the infrastructure): CC CXX CFLAGS CXXFLAGS LIB_FUZZING_ENGINE
# OUT WORK SRC SANITIZER. Runs from anywhere; the imapkit tree is this script's ../..
# The trace harness needs libpcap: a static one built from $SRC/libpcap (the
# Dockerfile clones it) or the system's libpcap.a; it is left out under MSan
# (libpcap is not instrumented there) or when tools/trace/trace.h is absent.

set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
: "${WORK:=/tmp/imapkit-work}" "${OUT:?}" "${SANITIZER:=address}"
mkdir -p "$WORK/obj" "$OUT"

INC="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iparser -Igenerator -Itools -Itools/trace -Ifuzz"
# The Ragel output is one huge function per side: at -O1 with UBSan it compiles
# for minutes; -O0 keeps the build in seconds (override: IMAPKIT_RL_OPT=-O1).
RL_OPT=${IMAPKIT_RL_OPT:--O0}

compile() { # source object
  local extra=""
  case $1 in parser/client.c|parser/server.c) extra=$RL_OPT ;; esac
  $CC $CFLAGS $INC $extra -c "$1" -o "$2"
}

LIB_OBJS=""
for f in parser/*.c generator/*.c fuzz/fuzz_common.c fuzz/json_check.c; do
  o="$WORK/obj/$(echo "${f%.c}" | tr / _).o"
  compile "$f" "$o"
  LIB_OBJS="$LIB_OBJS $o"
done

NAMES="framer response command fetch search"
TRACE_LIBS=""
if [ -f tools/trace/trace.h ] && [ "$SANITIZER" != memory ]; then
  PCAP_INC=""
  if [ -d "$SRC/libpcap" ] && [ ! -f "$WORK/libpcap/libpcap.a" ]; then
    mkdir -p "$WORK/libpcap"
    (cd "$WORK/libpcap" && cmake "$SRC/libpcap" -DBUILD_SHARED_LIBS=OFF -DDISABLE_DBUS=ON \
       -DDISABLE_RDMA=ON -DDISABLE_BLUETOOTH=ON -DDISABLE_NETMAP=ON -DDISABLE_DPDK=ON \
       -DDISABLE_LINUX_USBMON=ON -DENABLE_REMOTE=OFF -DCMAKE_C_COMPILER="$CC" \
       -DCMAKE_C_FLAGS="$CFLAGS" >/dev/null && make -j"$(nproc)" pcap_static >/dev/null)
  fi
  if [ -f "$WORK/libpcap/libpcap.a" ]; then
    TRACE_LIBS="$WORK/libpcap/libpcap.a"
    PCAP_INC="-I$SRC/libpcap"
  elif pkg-config --exists libpcap 2>/dev/null; then
    # a local try of this script: the system's shared libpcap
    TRACE_LIBS="$(pkg-config --libs libpcap)"
  fi
  if [ -n "$TRACE_LIBS" ]; then
    TRACE_OBJS=""
    for f in tools/trace/*.c; do
      o="$WORK/obj/$(echo "${f%.c}" | tr / _).o"
      $CC $CFLAGS $INC $PCAP_INC -c "$f" -o "$o"
      TRACE_OBJS="$TRACE_OBJS $o"
    done
    # an archive: only the modules the trace API needs are linked (not TLS/zlib)
    rm -f "$WORK/libiktrace.a"
    ar rcs "$WORK/libiktrace.a" $TRACE_OBJS
    NAMES="$NAMES trace"
  fi
fi

for n in $NAMES; do
  compile fuzz/harness_$n.c "$WORK/harness_$n.o"
  compile fuzz/fuzz_$n.c "$WORK/fuzz_$n.o"
  extra=""
  [ "$n" = trace ] && extra="$WORK/libiktrace.a $TRACE_LIBS"
  $CXX $CXXFLAGS "$WORK/fuzz_$n.o" "$WORK/harness_$n.o" $LIB_OBJS $extra $LIB_FUZZING_ENGINE \
    -o "$OUT/fuzz_$n"
  rm -f "$OUT/fuzz_${n}_seed_corpus.zip"
  files=$(find corpus/$n corpus/regressions/$n -type f 2>/dev/null || true)
  [ -n "$files" ] && echo "$files" | zip -q -j "$OUT/fuzz_${n}_seed_corpus.zip" -@
  if [ "$n" = trace ]; then cp fuzz/pcap.dict "$OUT/fuzz_$n.dict"; else cp fuzz/imap.dict "$OUT/fuzz_$n.dict"; fi
  cp fuzz/fuzz_$n.options "$OUT/"
done
echo "imapkit: built $NAMES into $OUT"
