# The command-line contract of docs/cli.md: exit codes, the summary line,
# error reports with byte, line and column, JSON keys.
set -u
bin=$IMAPKIT
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "contract.t: $*"; exit 1; }

printf 'a1 NOOP\r\n(((( this is not IMAP\r\na2 NOOP\r\n' > "$tmp/bad.imap"
"$bin" parse --side client --format json "$tmp/bad.imap" > "$tmp/out" 2> "$tmp/err"; rc=$?
[[ $rc == 1 ]] || fail "bad stream: exit $rc, expected 1"
grep -qx 'imapkit: 3 messages, 41 bytes, 1 errors' "$tmp/err" || fail "summary line: $(cat "$tmp/err")"
grep -qx 'imapkit: error at byte 9 (line 2, column 1): syntax error: expected command' "$tmp/err" || fail "error line: $(cat "$tmp/err")"
[[ $(sed -n 2p "$tmp/out") == '{"offset":9,"side":"client","error":{"at":9,"code":"IK_E_SYNTAX","message":"syntax error: expected command"}}' ]] || fail "error object: $(sed -n 2p "$tmp/out")"
[[ $(sed -n 3p "$tmp/out") == '{"offset":32,"side":"client","kind":"command","tag":"a2","name":"NOOP"}' ]] || fail "after the error: $(sed -n 3p "$tmp/out")"

"$bin" parse --side client "$tmp/missing" 2>/dev/null; [[ $? == 2 ]] || fail "missing file: expected exit 2"
"$bin" parse --bogus 2>/dev/null; [[ $? == 2 ]] || fail "unknown option: expected exit 2"
"$bin" parse --format xml 2>/dev/null; [[ $? == 2 ]] || fail "unknown format: expected exit 2"
"$bin" 2>/dev/null; [[ $? == 2 ]] || fail "no command: expected exit 2"

# Standard input, with and without '-'
printf '* 1 EXISTS\r\n' | "$bin" parse --format none - 2> "$tmp/err" > "$tmp/out" || fail "stdin with -"
grep -qx 'imapkit: 1 messages, 12 bytes, 0 errors' "$tmp/err" || fail "stdin summary"
[[ ! -s $tmp/out ]] || fail "--format none printed"
printf '* 1 EXISTS\r\n' | "$bin" parse --format json | grep -q '"number":1' || fail "stdin without -"

# Limits: a line over --max-line is an error for that line only.
printf 'a NOOP\r\nb XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\r\nc NOOP\r\n' |
  "$bin" parse --side client --max-line 20 --format json > "$tmp/out" 2> "$tmp/err"; rc=$?
[[ $rc == 1 ]] || fail "max-line: exit $rc"
grep -q 'line longer than the line limit' "$tmp/err" || fail "max-line message"
[[ $(grep -c '"name":"NOOP"' "$tmp/out") == 2 ]] || fail "max-line: NOOPs around the long line"

# Secrets are redacted unless --show-secrets.
printf 'a LOGIN alice s3cret\r\n' | "$bin" parse --side client --format json > "$tmp/out"
grep -q 's3cret' "$tmp/out" && fail "password not redacted"
grep -q '"length":6' "$tmp/out" || fail "redaction keeps the length: $(cat "$tmp/out")"
printf 'a LOGIN alice s3cret\r\n' | "$bin" parse --side client --format json --show-secrets | grep -q s3cret || fail "--show-secrets"
printf 'a LOGIN alice s3cret\r\n' | "$bin" parse --side client --format pretty | grep -q s3cret && fail "pretty: password not redacted"

# No colors when standard output is not a terminal.
"$bin" parse "$tmp/bad.imap" 2>/dev/null | grep -q $'\x1b' && fail "colors on a pipe"
exit 0
