#!/usr/bin/env bash
# Installs the Debian packages that building and testing imapkit need, when any
# is missing. `make deps` runs it; `make test` and `make demo` run it first.
#   --quiet   say nothing when everything is there
#   --fuzz    also what the fuzzers need (clang's libFuzzer runtime, afl++)
#   --bench   also the benchmark peer (libetpan) and valgrind
set -euo pipefail
quiet=0; extra=()
for a in "$@"; do
  case $a in
    --quiet) quiet=1 ;;
    --fuzz) extra+=(clang libclang-rt-14-dev llvm afl++) ;;
    --bench) extra+=(libetpan-dev valgrind) ;;
  esac
done
need=(make gcc clang ragel libcriterion-dev pkg-config libpcap-dev zlib1g-dev libssl-dev python3 jq man-db binutils "${extra[@]}")
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  ((quiet)) || echo "deps: everything is installed"
  exit 0
fi
echo "deps: installing ${missing[*]}"
sudo=""
[[ $(id -u) == 0 ]] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "deps: done"
