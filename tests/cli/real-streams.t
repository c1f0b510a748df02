# Every recorded stream parses with no error, and every JSON line is valid JSON
# (jq reads it), and --format wire parses back to the same JSON.
set -u
bin=$IMAPKIT
here=$(cd "$(dirname "$0")/../data/real" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in "$here"/*.imap; do
  side=client; [[ $f == *.server.imap ]] && side=server
  # dovecot-extensions.client.imap has deliberately malformed commands
  expect=0; [[ $(basename "$f") == dovecot-extensions.client.imap ]] && expect=1
  "$bin" parse --side $side --format json "$f" > "$tmp/j" 2> "$tmp/e"; rc=$?
  [[ $rc == "$expect" ]] || { echo "real-streams.t: $f: exit $rc"; cat "$tmp/e"; exit 1; }
  jq -c . "$tmp/j" > /dev/null || { echo "real-streams.t: $f: invalid JSON"; exit 1; }
  "$bin" parse --side $side --format wire "$f" 2>/dev/null | "$bin" parse --side $side --format json - 2>/dev/null > "$tmp/j2"
  diff <(jq -c 'select(has("error") | not) | del(.offset)' "$tmp/j") <(jq -c 'del(.offset)' "$tmp/j2") > /dev/null ||
    { echo "real-streams.t: $f: wire output does not parse back the same"; exit 1; }
done
exit 0
