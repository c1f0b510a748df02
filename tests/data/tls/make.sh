#!/bin/sh
# Re-records the TLS test data of tests/test_tls.c (not run by CI; needs openssl and
# python3).  Each case is one real TLS connection on 127.0.0.1 between
# `openssl s_client -keylogfile` and `openssl s_server`, recorded by a relay (record.py):
# NAME.c2s / NAME.s2c (the TCP byte streams), NAME.order (the relay's reads, in capture
# order), NAME.keylog, NAME.expected.c2s / NAME.expected.s2c (the plaintext sent).
# The secrets are fresh on every run, so the files change completely each time; the
# derived cases (wrong secrets, missing secrets) are built by the tests themselves.
#
# Usage: tests/data/tls/make.sh [CASE...]     (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/rsa.key" -out "$tmp/rsa.crt" \
    -days 3650 -subj /CN=imap.test 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$tmp/ec.key" -out "$tmp/ec.crt" -days 3650 -subj /CN=imap.test 2>/dev/null
python3 "$here/record.py" "$tmp" "$here" "$@"
rm -f /tmp/imapkit-tls-*.sess /tmp/imapkit-tls-*.early
