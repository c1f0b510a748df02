# Vendoring: make dist gives one imapkit.c and one imapkit.h that build with
# nothing but a C compiler (C99, pedantic, every warning an error, gcc and
# clang), and the examples built from them run.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "dist.t: $*"; exit 1; }
bash "$top/tools/amalgamate.sh" "$tmp/dist" > /dev/null || fail "amalgamate"
cp "$top"/examples/*.c "$tmp/dist/"
cd "$tmp/dist"
for cc in gcc clang; do
  command -v $cc > /dev/null || continue
  $cc -std=c99 -pedantic -Wall -Wextra -Werror -c imapkit.c -o imapkit-$cc.o 2> err || fail "$cc: $(head -5 err)"
  for p in client server bodywalk; do
    $cc -std=c99 -pedantic -Wall -Wextra -Werror -I. $p.c imapkit-$cc.o -o $p-$cc 2> err || fail "$cc $p: $(head -5 err)"
  done
done
# only the public names leave the library
nm -g --defined-only imapkit-gcc.o | awk '{print $3}' | grep -v '^ik_' && fail "exported names without the ik_ prefix"
# the client reads a real server stream 7 bytes at a time, streaming big literals
out=$(./client-gcc < "$top/tests/data/real/dovecot-imaplib.server.imap") || fail "client: $out"
echo "$out" | tail -1 | grep -q '^170 messages, 0 errors' || fail "client: $(echo "$out" | tail -1)"
# the server answers + for a synchronizing literal and BAD with the offset
out=$(printf 'a LOGIN {5}\r\nalice pw\r\nb NOOP\r\nc FOO(\r\nd SELECT INBOX\r\n' | ./server-gcc)
[[ $(echo "$out" | sed -n 2p) == $'+ Ready for 5 bytes\r' ]] || fail "server: no + for {5}: $out"
echo "$out" | grep -q '^c BAD ' || fail "server: no BAD for c: $out"
echo "$out" | grep -q '^d OK SELECT completed' || fail "server: d not answered: $out"
# the walker prints the MIME tree with section numbers, nested message/rfc822 included
out=$(./bodywalk-gcc < "$top/tests/data/real/dovecot-imaplib.server.imap") || fail "bodywalk failed"
echo "$out" | grep -q '^      2.1      text/plain 28 bytes, 7bit$' || fail "bodywalk: no part 2.1: $(echo "$out" | head -20)"
echo "$out" | tail -1 | grep -q ' body structures$' || fail "bodywalk: no summary"
exit 0
