#!/usr/bin/env bash
# Re-records tests/data/responses/dovecot-rfc3501.{server,client}.imap: the
# bytes of one RFC 3501 session (tools/record-responses/drive.py) against a
# private Dovecot (Debian's dovecot-imapd) on 127.0.0.1, whose mailbox holds
# the messages of tools/record-responses/mail/ (multipart/alternative, mixed
# with attachments, message/rfc822 nested three deep, encoded words and group
# syntax, RFC 2231 parameters, plain text).
#
# usage: tools/record-responses/record.sh [--port N] [--keep-tmp]
# Needs root (Dovecot drops privileges to its own users) and python3. Installs
# dovecot-imapd when it is missing. Only the Dovecot it starts is stopped.
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/tests/data/responses
PORT=14143
KEEP=0
while [ $# -gt 0 ]; do
    case $1 in
        --port) shift; PORT=$1 ;;
        --keep-tmp) KEEP=1 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

log() { printf '[record-responses] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root"
if [ ! -x /usr/sbin/dovecot ] || [ ! -x /usr/lib/dovecot/imap ]; then
    log "installing dovecot-imapd"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        dovecot-imapd >/dev/null || die "cannot install dovecot-imapd"
fi
command -v python3 >/dev/null || die "python3 is needed"

T=$(mktemp -d /tmp/imapkit-resp.XXXXXX)
DOVECOT_PID=
cleanup() {
    if [ -n "$DOVECOT_PID" ] && kill -0 "$DOVECOT_PID" 2>/dev/null; then
        kill "$DOVECOT_PID" 2>/dev/null || true
        wait "$DOVECOT_PID" 2>/dev/null || true
    fi
    if [ "$KEEP" = 1 ]; then log "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT

LOGIN_USER=nobody; INTERNAL_USER=nobody
id dovenull >/dev/null 2>&1 && LOGIN_USER=dovenull
id dovecot >/dev/null 2>&1 && INTERNAL_USER=dovecot
MAIL_USER=mail
id "$MAIL_USER" >/dev/null 2>&1 || MAIL_USER=nobody
MAIL_UID=$(id -u "$MAIL_USER"); MAIL_GID=$(id -g "$MAIL_USER")
chmod 755 "$T"
mkdir -p "$T/home" "$T/log" "$T/state"
chown "$MAIL_UID:$MAIL_GID" "$T/home"
echo "alice:{PLAIN}secret" > "$T/passwd"

cat > "$T/dovecot.conf" <<EOF
instance_name = imapkit-resp
base_dir = $T/run
state_dir = $T/state
listen = 127.0.0.1
protocols = imap
log_path = $T/log/dovecot.log
default_login_user = $LOGIN_USER
default_internal_user = $INTERNAL_USER
first_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $T/passwd
}
userdb {
  driver = static
  args = uid=$MAIL_UID gid=$MAIL_GID home=$T/home/%u
}
mail_location = maildir:~/Maildir:LAYOUT=fs
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
EOF

log "starting $(/usr/sbin/dovecot --version | head -1) on 127.0.0.1:$PORT"
/usr/sbin/dovecot -c "$T/dovecot.conf" -F >"$T/log/stdout" 2>&1 &
DOVECOT_PID=$!
for _ in $(seq 100); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$PORT),1).close()" 2>/dev/null; then break; fi
    kill -0 "$DOVECOT_PID" 2>/dev/null || { cat "$T/log/stdout" "$T/log/dovecot.log" >&2 2>/dev/null; die "dovecot exited"; }
    sleep 0.1
done

mkdir -p "$OUT"
python3 "$HERE/drive.py" 127.0.0.1 "$PORT" "$HERE/mail" "$OUT/dovecot-rfc3501" ||
    { cat "$T/log/dovecot.log" >&2 2>/dev/null; die "the session failed"; }
log "wrote $OUT/dovecot-rfc3501.server.imap ($(wc -c <"$OUT/dovecot-rfc3501.server.imap") bytes)"
log "wrote $OUT/dovecot-rfc3501.client.imap ($(wc -c <"$OUT/dovecot-rfc3501.client.imap") bytes)"
