# make install into a temporary prefix, then a program built against it with
# pkg-config runs, and the man page is there.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "install.t: $*"; exit 1; }
# a sanitizer build (make test, second pass) exports B and CFLAGS: install the plain one
unset MAKEFLAGS MFLAGS MAKELEVEL B OPT CFLAGS LDFLAGS
make -s -C "$top" install DESTDIR="$tmp/root" PREFIX=/opt/ik > "$tmp/log" 2>&1 || fail "make install: $(tail -5 "$tmp/log")"
root=$tmp/root/opt/ik
for f in lib/libimapkit.a lib/libimapkit.so lib/pkgconfig/imapkit.pc include/imapkit.h bin/imapkit share/man/man1/imapkit.1; do
  [[ -e $root/$f ]] || fail "missing $f"
done
readelf -d "$root/lib/libimapkit.so" | grep -q 'SONAME.*libimapkit.so.0' || fail "no soname"
cat > "$tmp/prog.c" <<'C'
#include <imapkit.h>
#include <stdio.h>
#include <string.h>
int main(void) {
  static unsigned char mem[1 << 16];
  ik_arena a; ik_arena_init(&a, mem, sizeof mem);
  ik_parser p; ik_parser_init(&p, IK_SIDE_SERVER, 0, NULL);
  const char *s = "* 3 EXISTS\r\n";
  ik_message *m; ik_error e;
  if (ik_parse(&p, (const unsigned char *)s, strlen(s), &a, &m, &e) != IK_E_OK) return 1;
  printf("%s %llu\n", ik_keyword_name(m->name), (unsigned long long)m->number);
  return 0;
}
C
export PKG_CONFIG_PATH=$root/lib/pkgconfig
# pkg-config reports the final prefix; point it at the staged tree
flags=$(pkg-config --define-variable=prefix="$root" --define-variable=libdir="$root/lib" \
        --define-variable=includedir="$root/include" --cflags --libs imapkit) || fail "pkg-config"
cc -std=c11 -Wall -Wextra -Werror "$tmp/prog.c" $flags -o "$tmp/prog" || fail "build against the installed library"
out=$(LD_LIBRARY_PATH=$root/lib "$tmp/prog") || fail "prog failed"
[[ $out == "EXISTS 3" ]] || fail "prog said: $out"
# static too
cc -std=c11 "$tmp/prog.c" -I"$root/include" "$root/lib/libimapkit.a" -o "$tmp/prog-static" && "$tmp/prog-static" > /dev/null || fail "static link"
if command -v man > /dev/null; then
  MANPATH=$root/share/man man -P cat imapkit 2>/dev/null | grep -q 'imapkit parse' || fail "man imapkit"
fi
exit 0
