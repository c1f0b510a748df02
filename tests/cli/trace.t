# imapkit trace on the recorded captures: every capture decodes with no error,
# the dumped streams equal tshark's reassembly byte for byte, TLS sessions
# decrypt with their key log (and are reported, not decoded, without it), the
# COMPRESS sessions decode after inflation, and no clean capture warns.
set -u
bin=$IMAPKIT
caps=$(cd "$(dirname "$0")/../data/captures" && pwd)
real=$(cd "$(dirname "$0")/../data/real" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "trace.t: $*"; exit 1; }
for cap in "$caps"/*.pcap "$caps"/*.pcapng; do
  name=$(basename "${cap%.*}")
  kl=(); [[ -f $caps/$name.keylog ]] && kl=(--keylog "$caps/$name.keylog")
  out=$tmp/$name; mkdir -p "$out"
  "$bin" trace --format json "${kl[@]}" --dump-streams "$out" "$cap" > "$out.json" 2> "$out.err"; rc=$?
  expect=0; [[ $name == dovecot-extensions ]] && expect=1   # deliberately malformed commands
  [[ $rc == "$expect" ]] || fail "$name: exit $rc: $(tail -3 "$out.err")"
  jq -c . "$out.json" > /dev/null || fail "$name: invalid JSON"
  grep -q '"event":"warning"' "$out.json" && fail "$name: warning on a clean capture: $(grep '"warning"' "$out.json" | head -2)"
  # reassembly equals tshark's follow,tcp,raw
  for f in "$caps/$name.streams"/*.c2s "$caps/$name.streams"/*.s2c; do
    cmp -s "$f" "$out/$(basename "$f")" || fail "$name: $(basename "$f") differs from tshark's"
  done
  # TLS: the decrypted streams equal tshark's follow,tls,raw with the same key log
  # (not where COMPRESS follows TLS: tshark's bytes are still deflated there)
  for f in "$caps/$name.streams"/*.tls; do
    [[ -e $f ]] || continue
    grep -q '"event":"compress"' "$out.json" && continue
    # after STARTTLS, .decoded also holds the plaintext part before TLS began
    d=$out/$(basename "$f" .tls).decoded
    n=$(stat -c %s "$f")
    cmp -s "$f" <(tail -c "$n" "$d") || fail "$name: $(basename "$d") does not end with tshark's decryption"
  done
  # what was decrypted or inflated is the IMAP the recorder saw
  if [[ -f $out/1.s2c.decoded && -f $real/$name.server.imap && $name != dovecot-curl-starttls ]]; then
    cmp -s "$out/1.s2c.decoded" "$real/$name.server.imap" || fail "$name: decoded server stream differs"
    cmp -s "$out/1.c2s.decoded" "$real/$name.client.imap" || fail "$name: decoded client stream differs"
  fi
done
# without the key log, TLS is an event, not decoded
"$bin" trace --format json "$caps/dovecot-tls13.pcapng" > "$tmp/nokey.json" 2>/dev/null
grep -q '"event":"tls".*no --keylog' "$tmp/nokey.json" || fail "tls13 without keylog: no tls event"
grep -q '"kind"' "$tmp/nokey.json" && fail "tls13 without keylog: decoded something"
# COMPRESS: messages after the switch decode
"$bin" trace --format json "$caps/dovecot-compress.pcapng" 2>/dev/null | grep -q '"event":"compress"' || fail "no compress event"
[[ $("$bin" trace --format json "$caps/dovecot-compress.pcapng" 2>/dev/null | grep -c '"kind":"tagged"') -gt 5 ]] || fail "compress: too few tagged responses"
# usage errors and unreadable captures
"$bin" trace 2>/dev/null; [[ $? == 2 ]] || fail "no capture: exit 2 expected"
"$bin" trace "$tmp/none.pcap" 2>/dev/null; [[ $? == 2 ]] || fail "missing capture: exit 2 expected"
printf 'not a capture' > "$tmp/bad.pcap"
"$bin" trace "$tmp/bad.pcap" 2>/dev/null; [[ $? == 2 ]] || fail "garbage capture: exit 2 expected"
exit 0
