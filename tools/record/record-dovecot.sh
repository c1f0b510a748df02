#!/usr/bin/env bash
# record-dovecot.sh: (re-)record real IMAP traffic against a private Dovecot.
#
# Starts a throw-away Dovecot 2.3 instance on 127.0.0.1:143 (plain +
# STARTTLS) and 127.0.0.1:993 (implicit TLS) with a self-signed certificate
# and one user (alice / secret), fills the account from tools/record/mail/,
# drives several clients against it (python3 imaplib and a raw python
# client, curl, mbsync, fetchmail) while tshark captures on `lo`, and
# writes:
#
#   tests/data/real/dovecot-*.{client,server}.imap   exact IMAP bytes per
#                                                    direction (+ README.md)
#   tests/data/captures/dovecot-*.pcapng|.pcap       the captures
#   tests/data/captures/dovecot-*.streams/K.c2s|K.s2c  tshark's reassembly
#   tests/data/captures/dovecot-*.keylog             TLS key logs
#   corpus/captures/sample.pcapng                    copy of the imaplib one
#
# Usage: tools/record/record-dovecot.sh [--no-install] [--keep-tmp]
#                                       [--only "GROUP ..."] [--list]
# Needs root (ports 143/993, packet capture) and only the loopback network
# (apt-get needs the Debian mirror when packages are missing).
# (The extra dNSName "127.0.0.1" in the certificate is for mbsync 1.4, which
# matches the Host against DNS names only.)
# Every process it starts (dovecot, tshark, clients) is stopped on exit.

set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
REAL=$ROOT/tests/data/real
CAPS=$ROOT/tests/data/captures
CORPUS=$ROOT/corpus/captures
PY=${PYTHON:-python3}
FILTER="tcp port 143 or tcp port 993"

ALL_GROUPS="imaplib extensions idle compress curl mbsync mbsync-compress mbsync-starttls fetchmail tls13 tls12 starttls curl-starttls"
GROUPS_TO_RUN=$ALL_GROUPS
INSTALL=1
KEEP_TMP=0

while [ $# -gt 0 ]; do
    case $1 in
        --no-install) INSTALL=0 ;;
        --keep-tmp) KEEP_TMP=1 ;;
        --only) shift; GROUPS_TO_RUN=$1 ;;
        --list) echo "$ALL_GROUPS"; exit 0 ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

log() { printf '[record] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for g in $GROUPS_TO_RUN; do
    case " $ALL_GROUPS " in *" $g "*) ;; *) die "unknown group $g (see --list)" ;; esac
done

[ "$(id -u)" = 0 ] || die "must run as root (binds ports 143/993 and captures on lo)"

# ---------------------------------------------------------------------------
# 1. packages
# ---------------------------------------------------------------------------
install_packages() {
    local want=() cmd pkg
    # command:package
    for pair in /usr/sbin/dovecot:dovecot-core /usr/lib/dovecot/imap:dovecot-imapd \
                mbsync:isync curl:curl tshark:tshark openssl:openssl \
                /usr/bin/python3:python3 ss:iproute2 fetchmail:fetchmail cc:gcc; do
        cmd=${pair%%:*}; pkg=${pair#*:}
        if [ "${cmd#/}" != "$cmd" ]; then [ -x "$cmd" ] || want+=("$pkg")
        else command -v "$cmd" >/dev/null 2>&1 || want+=("$pkg"); fi
    done
    [ ${#want[@]} -eq 0 ] && return 0
    log "installing: ${want[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # tshark asks whether non-root users may capture; the answer does not matter
    echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections 2>/dev/null || true
    if ! apt-get install -y -q --no-install-recommends "${want[@]}" >/dev/null; then
        apt-get update -q >/dev/null
        apt-get install -y -q --no-install-recommends "${want[@]}" >/dev/null
    fi
}
[ $INSTALL = 1 ] && install_packages
for c in /usr/sbin/dovecot mbsync curl tshark openssl "$PY"; do
    command -v "$c" >/dev/null 2>&1 || die "missing $c (run without --no-install)"
done

# The package's own dovecot service may hold port 143/993: stop it.
if ss -ltnH '( sport = :143 or sport = :993 )' | grep -q .; then
    log "port 143/993 busy: stopping the system dovecot service"
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
    fi
    service dovecot stop >/dev/null 2>&1 || true
    sleep 1
    if ss -ltnH '( sport = :143 or sport = :993 )' | grep -q .; then
        ss -ltnp '( sport = :143 or sport = :993 )' >&2
        die "something else listens on 127.0.0.1:143/993; stop it first"
    fi
fi

# ---------------------------------------------------------------------------
# 2. private dovecot + cleanup
# ---------------------------------------------------------------------------
T=$(mktemp -d /tmp/imapkit-record.XXXXXX)
chmod 755 "$T"
DOVECOT_PID=
CAP_PID=
CLIENT_PID=

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    if [ -n "$CLIENT_PID" ] && kill -0 "$CLIENT_PID" 2>/dev/null; then
        kill "$CLIENT_PID" 2>/dev/null; wait "$CLIENT_PID" 2>/dev/null
    fi
    if [ -n "$CAP_PID" ] && kill -0 "$CAP_PID" 2>/dev/null; then
        kill -INT "$CAP_PID" 2>/dev/null; wait "$CAP_PID" 2>/dev/null
    fi
    if [ -n "$DOVECOT_PID" ] && kill -0 "$DOVECOT_PID" 2>/dev/null; then
        kill -TERM "$DOVECOT_PID" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$DOVECOT_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$DOVECOT_PID" 2>/dev/null && kill -KILL "$DOVECOT_PID" 2>/dev/null
        wait "$DOVECOT_PID" 2>/dev/null
    fi
    if [ $rc != 0 ] && [ -f "$T/log/dovecot.log" ]; then
        log "dovecot log tail:"; tail -n 20 "$T/log/dovecot.log" >&2
    fi
    if [ $KEEP_TMP = 1 ]; then log "kept $T"; else rm -rf "$T"; fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$T"/{ssl,log,home,state,cap,drv,curl,mbsync,fetchmail}

log "self-signed certificate"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:127.0.0.1" \
    -keyout "$T/ssl/key.pem" -out "$T/ssl/cert.pem" >/dev/null 2>&1
CERT=$T/ssl/cert.pem

echo "alice:{PLAIN}secret::::::" > "$T/passwd"

# login/internal processes: the package's unprivileged users when present
LOGIN_USER=root; INTERNAL_USER=root
id dovenull >/dev/null 2>&1 && LOGIN_USER=dovenull
id dovecot  >/dev/null 2>&1 && INTERNAL_USER=dovecot
# the mail processes: Dovecot refuses uid 0 there, so use Debian's "mail" user
MAIL_USER=mail
id "$MAIL_USER" >/dev/null 2>&1 || MAIL_USER=nobody
MAIL_UID=$(id -u "$MAIL_USER"); MAIL_GID=$(id -g "$MAIL_USER")

cat > "$T/dovecot.conf" <<EOF
# private instance for tools/record/record-dovecot.sh
instance_name = imapkit-record
base_dir = $T/run
state_dir = $T/state
listen = 127.0.0.1
protocols = imap
log_path = $T/log/dovecot.log
info_log_path = $T/log/dovecot.log
auth_verbose = yes
default_login_user = $LOGIN_USER
default_internal_user = $INTERNAL_USER
first_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID

ssl = yes
ssl_cert = <$T/ssl/cert.pem
ssl_key = <$T/ssl/key.pem
ssl_min_protocol = TLSv1.2
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
  mailbox Archive {
    special_use = \\Archive
  }
  mailbox "Sent Items" {
    special_use = \\Sent
  }
  mailbox Junk {
    special_use = \\Junk
  }
  mailbox Entwürfe {
    special_use = \\Drafts
  }
}

mail_plugins = \$mail_plugins zlib quota
mail_attribute_dict = file:%h/dovecot-attributes
plugin {
  quota = maildir:User quota
  quota_rule = *:storage=10M:messages=1000
}
protocol imap {
  mail_plugins = \$mail_plugins imap_zlib imap_quota
  imap_metadata = yes
  imap_idle_notify_interval = 3 secs
}

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 143
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = 993
    ssl = yes
  }
}
EOF

log "starting dovecot ($(/usr/sbin/dovecot --version))"
/usr/sbin/dovecot -c "$T/dovecot.conf" -F >"$T/log/dovecot.stdout" 2>&1 &
DOVECOT_PID=$!
for _ in $(seq 100); do
    if ss -ltnH '( sport = :143 )' | grep -q . && ss -ltnH '( sport = :993 )' | grep -q .; then break; fi
    kill -0 "$DOVECOT_PID" 2>/dev/null || { cat "$T/log/dovecot.stdout" "$T/log/dovecot.log" >&2 2>/dev/null; die "dovecot exited"; }
    sleep 0.1
done
ss -ltnH '( sport = :993 )' | grep -q . || die "dovecot does not listen"

# ---------------------------------------------------------------------------
# 3. helpers: mailbox reset, capture start/stop, publishing
# ---------------------------------------------------------------------------
reset_mailbox() {
    rm -rf "$T/home/alice"
    mkdir -p "$T/home/alice"
    chown "$MAIL_UID:$MAIL_GID" "$T/home/alice"
    "$PY" "$HERE/imapdrive.py" populate --maildir-src "$HERE/mail"
}

cap_start() {   # NAME FORMAT(pcapng|pcap)
    CAP_NAME=$1; CAP_EXT=$2
    CAP_FILE=$T/cap/$CAP_NAME.$CAP_EXT
    rm -f "$CAP_FILE"
    tshark -i lo -f "$FILTER" -F "$CAP_EXT" -w "$CAP_FILE" -q >"$T/cap/$CAP_NAME.tshark.log" 2>&1 &
    CAP_PID=$!
    for _ in $(seq 100); do
        grep -q "Capturing on" "$T/cap/$CAP_NAME.tshark.log" 2>/dev/null && break
        kill -0 "$CAP_PID" 2>/dev/null || die "tshark failed: $(cat "$T/cap/$CAP_NAME.tshark.log")"
        sleep 0.1
    done
    sleep 0.5
}

cap_stop() {
    sleep 1     # let the last FIN/ACKs arrive
    kill -INT "$CAP_PID"
    wait "$CAP_PID" || true
    CAP_PID=
}

publish() {     # NAME EXT [KEYLOG]
    local name=$1 ext=$2 keylog=${3:-}
    rm -rf "$CAPS/$name".{pcapng,pcap,keylog,streams}
    mkdir -p "$CAPS"
    cp "$T/cap/$name.$ext" "$CAPS/$name.$ext"
    chmod 644 "$CAPS/$name.$ext"    # tshark creates 0600 files
    if [ -n "$keylog" ]; then
        cp "$keylog" "$CAPS/$name.keylog"
        "$PY" "$HERE/pcapstreams.py" extract "$CAPS/$name.$ext" "$CAPS/$name.streams" --keylog "$CAPS/$name.keylog"
    else
        "$PY" "$HERE/pcapstreams.py" extract "$CAPS/$name.$ext" "$CAPS/$name.streams"
    fi
}

real() {        # NAME KIND CONNS [DRIVER-LOG-PREFIX]
    local name=$1 kind=$2 conns=$3 drv=${4:-}
    rm -f "$REAL/$name".{client,server}.{imap,wire}
    mkdir -p "$REAL"
    "$PY" "$HERE/pcapstreams.py" real "$CAPS/$name.streams" "$REAL" "$name" \
        --kind "$kind" --conns "$conns" ${drv:+--driver "$drv"}
}

run_driver() {  # SESSION NAME [extra args]
    local session=$1 name=$2; shift 2
    "$PY" "$HERE/imapdrive.py" "$session" --out "$T/drv" --name "$name" \
        --maildir-src "$HERE/mail" --cert "$CERT" "$@"
}

# ---------------------------------------------------------------------------
# 4. session groups
# ---------------------------------------------------------------------------
group_python_plain() {  # SESSION [driver args...]
    local s=$1 name=dovecot-$1; shift
    reset_mailbox
    cap_start "$name" pcapng
    run_driver "$s" "$name" "$@"
    cap_stop
    publish "$name" pcapng
    real "$name" plain 1 "$T/drv/$name"
}

group_imaplib() {
    group_python_plain imaplib --mss 1460     # Ethernet-sized segments
    mkdir -p "$CORPUS"
    cp "$CAPS/dovecot-imaplib.pcapng" "$CORPUS/sample.pcapng"
}
group_extensions() { group_python_plain extensions --mss 536; }  # many small segments
group_idle() { group_python_plain idle; }

group_compress() {
    local name=dovecot-compress
    reset_mailbox
    cap_start "$name" pcapng
    run_driver compress "$name"
    cap_stop
    publish "$name" pcapng
    real "$name" compress 1 "$T/drv/$name"
}

group_python_tls() {    # SESSION KIND [driver args...]
    local s=$1 kind=$2 name=dovecot-$1; shift 2
    local kl=$T/cap/$name.keylog
    rm -f "$kl"
    reset_mailbox
    cap_start "$name" pcapng
    run_driver "$s" "$name" --keylog "$kl" "$@"
    cap_stop
    publish "$name" pcapng "$kl"
    real "$name" "$kind" 1 "$T/drv/$name"
}
group_tls13() { group_python_tls tls13 tls; }
group_tls12() { group_python_tls tls12 tls --mss 1460; }  # TLS records span segments
group_starttls() { group_python_tls starttls starttls; }

curl_run() {    # curl arguments...; output goes to $T/curl
    CURL_N=$((${CURL_N:-0} + 1))
    curl -sS --max-time 20 "$@" >"$T/curl/$CURL_N.out" 2>"$T/curl/$CURL_N.err" \
        || { cat "$T/curl/$CURL_N.err" >&2; die "curl $* failed"; }
}

group_curl() {
    local name=dovecot-curl u=alice:secret url=imap://127.0.0.1
    reset_mailbox
    printf 'From: curl@example.com\r\nTo: alice@example.com\r\nSubject: uploaded by curl\r\nDate: Wed, 24 Jan 2024 11:00:00 +0000\r\n\r\nHello from curl -T.\r\n' >"$T/curl/upload.eml"
    CURL_N=0
    cap_start "$name" pcap          # the one classic pcap
    curl_run -u $u "$url/"                                      # LIST "" *
    curl_run -u $u "$url/INBOX;UID=1"                           # FETCH BODY[]
    curl_run -u $u "$url/INBOX;UID=3/;SECTION=1"                # FETCH BODY[1]
    curl_run -u $u "$url/INBOX;MAILINDEX=4/;SECTION=2.2.2.TEXT" # by sequence number
    curl_run -u $u "$url/INBOX?SUBJECT%20deep"                  # SEARCH
    curl_run -u $u "$url/INBOX" -X "FETCH 1:* (FLAGS ENVELOPE)"
    curl_run -u $u "$url/" -X 'STATUS "Sent Items" (MESSAGES UNSEEN UIDNEXT)'
    curl_run -u $u "$url/" -X 'EXAMINE "Entw&APw-rfe"'
    curl_run -u $u --login-options 'AUTH=LOGIN' "$url/Archive" -X "UID SEARCH ALL"
    curl_run -u $u --login-options 'AUTH=PLAIN' "$url/" -X 'LSUB "" "*"'
    curl_run -u $u "$url/INBOX;UID=6"
    curl_run -u $u -T "$T/curl/upload.eml" "$url/Archive"       # APPEND
    curl_run -u $u "$url/INBOX;UID=2" "$url/INBOX;UID=5"        # one connection, two fetches
    cap_stop
    publish "$name" pcap
    real "$name" plain all
}

mbsync_config() {  # SSLTYPE AUTHMECH DIR [EXTRA-ACCOUNT-LINE]
    local dir=$3
    rm -rf "$dir"; mkdir -p "$dir/local"
    cat >"$dir/mbsyncrc" <<EOF
IMAPAccount dovecot
Host 127.0.0.1
Port 143
User alice
Pass secret
SSLType $1
AuthMechs $2
CertificateFile $CERT
${4:-}

IMAPStore remote
Account dovecot

MaildirStore local
Path $dir/local/
Inbox $dir/local/INBOX
SubFolders Verbatim

Channel sync
Far :remote:
Near :local:
Patterns *
Create Near
Sync Pull
SyncState *
Expunge None
EOF
}

run_mbsync() {  # NAME CONFDIR [env assignments...]
    local name=$1 dir=$2; shift 2
    env "$@" mbsync -c "$dir/mbsyncrc" -a >"$T/log/$name.log" 2>&1 &
    CLIENT_PID=$!; wait "$CLIENT_PID" || { cat "$T/log/$name.log" >&2; die "$name: mbsync failed"; }
    CLIENT_PID=
    log "$name: mbsync pulled $(find "$dir/local" -path '*/[nc][eu][wr]/*' -type f | wc -l) messages"
}

group_mbsync() {        # plain LOGIN, COMPRESS disabled
    local name=dovecot-mbsync
    reset_mailbox
    mbsync_config None LOGIN "$T/mbsync/plain" "DisableExtension COMPRESS=DEFLATE"
    cap_start "$name" pcapng
    run_mbsync "$name" "$T/mbsync/plain"
    cap_stop
    publish "$name" pcapng
    real "$name" plain all
}

group_mbsync-compress() {   # mbsync's default: COMPRESS=DEFLATE when offered
    local name=dovecot-mbsync-compress
    reset_mailbox
    mbsync_config None LOGIN "$T/mbsync/compress"
    cap_start "$name" pcapng
    run_mbsync "$name" "$T/mbsync/compress"
    cap_stop
    publish "$name" pcapng
    real "$name" plain all
}

group_mbsync-starttls() {   # STARTTLS + AUTHENTICATE PLAIN + COMPRESS inside TLS
    local name=dovecot-mbsync-starttls kl=$T/cap/dovecot-mbsync-starttls.keylog
    if ! command -v cc >/dev/null 2>&1; then log "no C compiler: skipping $name"; return 0; fi
    cc -shared -fPIC -O2 -o "$T/sslkeylog.so" "$HERE/sslkeylog.c" -ldl
    rm -f "$kl"
    reset_mailbox
    mbsync_config STARTTLS PLAIN "$T/mbsync/tls"
    cap_start "$name" pcapng
    run_mbsync "$name" "$T/mbsync/tls" SSLKEYLOGFILE="$kl" LD_PRELOAD="$T/sslkeylog.so"
    cap_stop
    [ -s "$kl" ] || die "the keylog shim wrote no keys"
    publish "$name" pcapng "$kl"
    real "$name" starttls all
}

group_fetchmail() {
    local name=dovecot-fetchmail
    if ! command -v fetchmail >/dev/null 2>&1; then log "no fetchmail: skipping"; return 0; fi
    reset_mailbox
    cat >"$T/fetchmail/rc" <<EOF
set no syslog
set no bouncemail
poll 127.0.0.1 protocol IMAP port 143 auth password
  user "alice" password "secret" is root here
  sslproto '' keep fetchall
  folder INBOX,Archive
  mda "/bin/cat >/dev/null"
EOF
    chmod 600 "$T/fetchmail/rc"
    cap_start "$name" pcapng
    HOME=$T/fetchmail FETCHMAILHOME=$T/fetchmail fetchmail -f "$T/fetchmail/rc" \
        --idfile "$T/fetchmail/ids" --pidfile "$T/fetchmail/pid" --nodetach -v \
        >"$T/log/fetchmail.log" 2>&1 &
    CLIENT_PID=$!; wait "$CLIENT_PID" || { cat "$T/log/fetchmail.log" >&2; die "fetchmail failed"; }
    CLIENT_PID=
    cap_stop
    publish "$name" pcapng
    real "$name" plain all
}

group_curl-starttls() {
    local name=dovecot-curl-starttls kl=$T/cap/dovecot-curl-starttls.keylog
    local url=imap://127.0.0.1 tls=(--ssl-reqd --cacert "$CERT" -u alice:secret)
    rm -f "$kl"
    reset_mailbox
    CURL_N=100
    cap_start "$name" pcapng
    SSLKEYLOGFILE=$kl curl_run "${tls[@]}" "$url/"
    SSLKEYLOGFILE=$kl curl_run "${tls[@]}" "$url/INBOX" -X "FETCH 1:3 (FLAGS BODYSTRUCTURE)"
    cap_stop
    [ -s "$kl" ] || die "curl wrote no SSLKEYLOGFILE"
    publish "$name" pcapng "$kl"
    real "$name" starttls all
}

for g in $GROUPS_TO_RUN; do
    log "=== $g"
    "group_$g"
done

"$PY" "$HERE/pcapstreams.py" readme "$REAL" "$CAPS"
"$PY" "$HERE/pcapstreams.py" check "$REAL"
if grep -E "Fatal|Panic" "$T/log/dovecot.log" >&2; then die "dovecot logged fatal errors"; fi

log "done: $(cd "$ROOT" && du -cb --apparent-size tests/data/real tests/data/captures corpus/captures/sample.pcapng | tail -n 1 | cut -f1) bytes in tests/data/{real,captures} + corpus/captures/sample.pcapng"
