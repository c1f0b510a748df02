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
# The TLS harness (record layer and key log reader) needs the trace objects and
# OpenSSL 3's libcrypto: a static one built from $SRC/openssl (the Dockerfile clones
# it; base-builder's own OpenSSL is older) or the system's 3.x; it is left out under
# MSan, without OpenSSL 3, or when tools/trace/tls.h is absent.
# The response and command harnesses link fuzz/mutator.c, the structure-aware
# mutator (LLVMFuzzerCustomMutator; libFuzzer uses it, other engines ignore it).

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

NAMES="framer response command fetch search builder"
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
  # OpenSSL 3 (tls.c, keylog.c): a static libcrypto built from $SRC/openssl (the
  # Dockerfile clones the 3.0 branch), or the system's when it is 3.x (a local try)
  CRYPTO_INC="" CRYPTO_LIBS=""
  if [ -d "$SRC/openssl" ]; then
    if [ ! -f "$WORK/openssl/libcrypto.a" ]; then
      mkdir -p "$WORK/openssl"
      (cd "$WORK/openssl" && "$SRC/openssl/Configure" no-shared no-tests no-apps no-docs \
         no-module no-dso CC="$CC" CFLAGS="$CFLAGS" >/dev/null && \
       make -j"$(nproc)" build_generated >/dev/null && make -j"$(nproc)" libcrypto.a >/dev/null)
    fi
    if [ -f "$WORK/openssl/libcrypto.a" ]; then
      CRYPTO_INC="-I$WORK/openssl/include -I$SRC/openssl/include"
      CRYPTO_LIBS="$WORK/openssl/libcrypto.a -lpthread"
    fi
  elif pkg-config --exists 'libcrypto >= 3' 2>/dev/null; then
    CRYPTO_LIBS="$(pkg-config --libs libcrypto)"
  fi
  if [ -n "$TRACE_LIBS" ]; then
    TRACE_OBJS=""
    for f in tools/trace/*.c; do
      case $f in
      tools/trace/tls.c|tools/trace/keylog.c) [ -n "$CRYPTO_LIBS" ] || continue ;;
      esac
      o="$WORK/obj/$(echo "${f%.c}" | tr / _).o"
      $CC $CFLAGS $INC $PCAP_INC $CRYPTO_INC -c "$f" -o "$o"
      TRACE_OBJS="$TRACE_OBJS $o"
    done
    # an archive: only the modules each harness needs are linked
    rm -f "$WORK/libiktrace.a"
    ar rcs "$WORK/libiktrace.a" $TRACE_OBJS
    NAMES="$NAMES trace"
    [ -f tools/trace/tls.h ] && [ -n "$CRYPTO_LIBS" ] && NAMES="$NAMES tls"
  fi
fi
compile fuzz/mutator.c "$WORK/mutator.o"

for n in $NAMES; do
  compile fuzz/harness_$n.c "$WORK/harness_$n.o"
  compile fuzz/fuzz_$n.c "$WORK/fuzz_$n.o"
  extra=""
  case $n in
  trace) extra="$WORK/libiktrace.a $TRACE_LIBS" ;;
  tls) extra="$WORK/libiktrace.a $CRYPTO_LIBS" ;;
  response|command) extra="$WORK/mutator.o" ;;
  esac
  $CXX $CXXFLAGS "$WORK/fuzz_$n.o" "$WORK/harness_$n.o" $LIB_OBJS $extra $LIB_FUZZING_ENGINE \
    -o "$OUT/fuzz_$n"
  rm -f "$OUT/fuzz_${n}_seed_corpus.zip"
  files=$(find corpus/$n corpus/regressions/$n -type f 2>/dev/null || true)
  [ -n "$files" ] && echo "$files" | zip -q -j "$OUT/fuzz_${n}_seed_corpus.zip" -@
  case $n in
  trace) cp fuzz/pcap.dict "$OUT/fuzz_$n.dict" ;;
  tls) cp fuzz/tls.dict "$OUT/fuzz_$n.dict" ;;
  *) cp fuzz/imap.dict "$OUT/fuzz_$n.dict" ;;
  esac
  cp fuzz/fuzz_$n.options "$OUT/"
done
echo "imapkit: built $NAMES into $OUT"
