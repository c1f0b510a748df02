#!/usr/bin/env python3
"""IMAP session driver used by record-dovecot.sh.

Every session talks to the private Dovecot instance started by
record-dovecot.sh and logs the exact plain-text IMAP bytes it sent and
received (after TLS decryption / DEFLATE decompression) to
OUTDIR/NAME.client.imap and OUTDIR/NAME.server.imap.  Those logs are
later cross-checked against what tshark reassembled from the capture.

Usage: imapdrive.py SESSION --out DIR [--maildir-src DIR] [--cert PEM]
                    [--keylog FILE]

Sessions: populate, imaplib, extensions, idle, compress, tls13, tls12,
starttls.
"""
import argparse
import imaplib
import os
import re
import socket
import ssl
import sys
import time
import zlib

HOST = "127.0.0.1"
USER = "alice"
PASS = "secret"
PLAIN_PORT = 143
TLS_PORT = 993
MSS = 0          # --mss: clamp the TCP MSS of our sockets (0 = kernel default)


def connect(port):
    """TCP connection to the server, optionally with a small MSS so that the
    server's responses are cut into many segments (also on loopback)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if MSS:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, MSS)
    sock.settimeout(30)
    sock.connect((HOST, port))
    return sock

# imaplib (3.11) refuses commands it does not know; teach it the few we use.
for _name, _states in (("COMPRESS", ("AUTH", "SELECTED")),
                       ("IDLE", ("AUTH", "SELECTED")),
                       ("ID", ("NONAUTH", "AUTH", "SELECTED")),
                       ("UNSELECT", ("SELECTED",)),
                       ("MOVE", ("SELECTED",))):
    imaplib.Commands.setdefault(_name, _states)


def crlf(data: bytes) -> bytes:
    """Normalise a message file to CRLF line endings."""
    return re.sub(rb"\r?\n", b"\r\n", data)


def load_manifest(maildir_src):
    rows = []
    with open(os.path.join(maildir_src, "MANIFEST.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fname, mbox, flags, date = line.split("\t")
            rows.append((fname, mbox, "" if flags == "-" else flags, date))
    return rows


def quote_mbox(name):
    if re.fullmatch(r"[A-Za-z0-9&./_+-]+", name):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------
# imaplib with a byte-exact recorder (and optional COMPRESS=DEFLATE)
# ---------------------------------------------------------------------------
class Recorder:
    """Mixin for imaplib.IMAP4 that records both directions."""

    def _create_socket(self, timeout):
        sock = connect(self.port)
        if isinstance(self, imaplib.IMAP4_SSL):
            sock = self.ssl_context.wrap_socket(sock, server_hostname=self.host)
        return sock

    def __init__(self, *args, **kw):
        self.rec_c2s = bytearray()
        self.rec_s2c = bytearray()
        super().__init__(*args, **kw)

    def read(self, size):
        data = super().read(size)
        self.rec_s2c += data
        return data

    def readline(self):
        data = super().readline()
        self.rec_s2c += data
        return data

    def send(self, data):
        self.rec_c2s += data
        super().send(data)

    def save(self, outdir, name):
        save_pair(outdir, name, self.rec_c2s, self.rec_s2c)


class RecIMAP(Recorder, imaplib.IMAP4):
    pass


class RecIMAP_SSL(Recorder, imaplib.IMAP4_SSL):
    pass


def save_pair(outdir, name, c2s, s2c):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, name + ".client.imap"), "wb") as fh:
        fh.write(bytes(c2s))
    with open(os.path.join(outdir, name + ".server.imap"), "wb") as fh:
        fh.write(bytes(s2c))


def check(res, what):
    typ, data = res
    if typ != "OK":
        raise SystemExit(f"{what} failed: {typ} {data!r}")
    return data


# ---------------------------------------------------------------------------
# A small raw client: exact control over the bytes put on the wire
# ---------------------------------------------------------------------------
class Lit:
    """A literal argument.  sync=False -> LITERAL+ {n+}; binary -> ~{n}."""

    def __init__(self, data, sync=True, binary=False):
        self.data = data if isinstance(data, bytes) else data.encode()
        self.sync = sync
        self.binary = binary


class RawIMAP:
    LIT_RE = re.compile(rb"~?\{(\d+)\+?\}\r\n$")

    def __init__(self, port=PLAIN_PORT, ssl_ctx=None, tag_prefix="A"):
        sock = connect(port)
        if ssl_ctx is not None:
            sock = ssl_ctx.wrap_socket(sock, server_hostname=HOST)
        self.sock = sock
        self.rbuf = b""
        self.c2s = bytearray()
        self.s2c = bytearray()
        self.zc = None
        self.zd = None
        self.tagn = 0
        self.tag_prefix = tag_prefix
        self.greeting = self.read_response()

    # -- transport ---------------------------------------------------------
    def _fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise EOFError("server closed the connection")
        if self.zd is not None:
            data = self.zd.decompress(data)
        self.s2c += data
        self.rbuf += data

    def _send(self, data):
        self.c2s += data
        if self.zc is not None:
            data = self.zc.compress(data) + self.zc.flush(zlib.Z_SYNC_FLUSH)
        self.sock.sendall(data)

    def readline(self):
        while b"\r\n" not in self.rbuf:
            self._fill()
        line, self.rbuf = self.rbuf.split(b"\r\n", 1)
        return line + b"\r\n"

    def readexact(self, n):
        while len(self.rbuf) < n:
            self._fill()
        data, self.rbuf = self.rbuf[:n], self.rbuf[n:]
        return data

    def read_response(self):
        """One complete response (line plus any literals it announces)."""
        line = self.readline()
        out = line
        while True:
            m = self.LIT_RE.search(line)
            if not m:
                return out
            out += self.readexact(int(m.group(1)))
            line = self.readline()
            out += line

    # -- commands ----------------------------------------------------------
    def next_tag(self):
        self.tagn += 1
        return "%s%03d" % (self.tag_prefix, self.tagn)

    def command(self, *parts, expect=("OK",)):
        """Send a command made of str parts and Lit literals.

        Returns (status, [responses]).  Raises if the status is not in
        `expect` (use expect=None to accept anything)."""
        tag = self.next_tag()
        pending = (tag + " ").encode()
        responses = []
        for part in parts:
            if isinstance(part, Lit):
                marker = "%s{%d%s}\r\n" % ("~" if part.binary else "",
                                            len(part.data),
                                            "" if part.sync else "+")
                pending += marker.encode()
                if part.sync:
                    self._send(pending)
                    pending = b""
                    while True:
                        resp = self.read_response()
                        responses.append(resp)
                        if resp.startswith(b"+"):
                            break
                        if resp.startswith(tag.encode() + b" "):
                            return self._finish(tag, resp, responses, expect)
                pending += part.data
            else:
                pending += part.encode() if isinstance(part, str) else part
        pending += b"\r\n"
        self._send(pending)
        return self.wait_tagged(tag, responses, expect)

    def wait_tagged(self, tag, responses=None, expect=("OK",)):
        responses = responses if responses is not None else []
        while True:
            resp = self.read_response()
            responses.append(resp)
            if resp.startswith(tag.encode() + b" "):
                return self._finish(tag, resp, responses, expect)

    def _finish(self, tag, resp, responses, expect):
        status = resp[len(tag) + 1:].split(b" ", 1)[0].decode()
        if expect is not None and status not in expect:
            raise SystemExit("%s: unexpected %r" % (tag, resp))
        return status, responses

    def start_compress(self):
        status, _ = self.command("COMPRESS DEFLATE")
        assert not self.rbuf, "data after COMPRESS OK"
        self.zc = zlib.compressobj(6, zlib.DEFLATED, -15)
        self.zd = zlib.decompressobj(-15)

    def save(self, outdir, name):
        save_pair(outdir, name, self.c2s, self.s2c)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
def session_populate(args):
    """Fill the (fresh) account from tools/record/mail.  Not recorded."""
    rows = load_manifest(args.maildir_src)
    M = imaplib.IMAP4(HOST, PLAIN_PORT)
    check(M.login(USER, PASS), "LOGIN")
    for mbox in ["Archive", "Archive/2024", "Sent Items", "Entw&APw-rfe", "Junk"]:
        M.create(quote_mbox(mbox))
    for mbox in ["Archive", "Sent Items", "Entw&APw-rfe"]:
        M.subscribe(quote_mbox(mbox))
    for fname, mbox, flags, date in rows:
        with open(os.path.join(args.maildir_src, fname), "rb") as fh:
            msg = crlf(fh.read())
        check(M.append(quote_mbox(mbox), "(%s)" % flags if flags else None,
                       '"%s"' % date, msg), "APPEND " + fname)
    M.logout()


def session_imaplib(args):
    """The classic imaplib session on the plain port (143)."""
    M = RecIMAP(HOST, PLAIN_PORT)
    M.capability()
    check(M.login(USER, PASS), "LOGIN")
    M.capability()
    M.list()
    M.list('""', "%")
    M.list("Archive/", "*")
    M.lsub()
    for mbox in ["INBOX", "Archive", "Sent Items", "Entw&APw-rfe"]:
        M.status(quote_mbox(mbox), "(MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN)")
    check(M.select("Archive", readonly=True), "EXAMINE")          # EXAMINE
    check(M.select("INBOX"), "SELECT")
    M.fetch("1:*", "(FLAGS UID INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY)")
    M.fetch("1", "(BODY[])")
    M.fetch("2:4", "(BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)])")
    M.fetch("9", "(BODY[1.2])")
    M.fetch("1", "(BODY[TEXT]<0.100>)")
    M.fetch("9", "(BODY.PEEK[1.MIME] BODY.PEEK[2.MIME])")
    M.fetch("4", "(BODY.PEEK[2.HEADER] BODY.PEEK[2.2.2.TEXT])")
    M.fetch("5", "(RFC822.HEADER)")
    M.fetch("6", "(RFC822.SIZE RFC822.TEXT)")
    for crit in ["ALL",
                 'OR FROM "bob" SUBJECT "digest"',
                 "NOT SEEN SINCE 1-Jan-2024 BEFORE 1-Mar-2024",
                 "OR (FLAGGED KEYWORD $Forwarded) (UNSEEN LARGER 1000)",
                 'HEADER Message-ID "<plain-0001@example.org>"',
                 "UID 1:4,6 NOT DELETED",
                 "SENTON 18-Jan-2024",
                 "SENTSINCE 19-Jan-2024 SENTBEFORE 22-Jan-2024",
                 "ON 17-Jan-2024",
                 'TEXT "innermost"',
                 'BODY "digest" NOT TO "nobody"',
                 'CC "team" ANSWERED',
                 "DRAFT OR NEW OLD",
                 "KEYWORD Work UNKEYWORD $Junk",
                 "SMALLER 600 NOT (UNANSWERED UNFLAGGED)",
                 "2:* UNDRAFT",
                 '(OR (FROM "carol") (BCC "eve")) NOT (HEADER X-Long-Header "")']:
        M.search(None, crit)
    M.search("UTF-8", "SUBJECT", '"deep"')
    M.uid("SEARCH", "UID 2:* NOT SEEN")
    M.uid("FETCH", "1:*", "(FLAGS)")
    M.uid("FETCH", "3", "(BODY.PEEK[2] BODYSTRUCTURE)")
    M.store("1:2", "+FLAGS", "(\\Flagged Work)")
    M.store("2", "-FLAGS.SILENT", "(\\Flagged)")
    M.store("3", "FLAGS", "(\\Seen $Forwarded)")
    M.uid("STORE", "4", "+FLAGS", "(\\Answered)")
    M.copy("1:2", "Archive")
    M.uid("COPY", "3,5", '"Sent Items"')
    with open(os.path.join(args.maildir_src, "01-plain.eml"), "rb") as fh:
        msg = crlf(fh.read()).replace(b"Subject: Plain text hello",
                                      b"Subject: appended by imaplib")
    M.append("INBOX", "(\\Seen $Label2)", '"25-Jan-2024 10:11:12 +0100"', msg)
    M.append("Archive/2024", None, None, msg)
    M.create("Projects")
    M.create("Projects/imapkit")
    M.rename("Projects/imapkit", "Projects/imap-kit")
    M.subscribe("Projects/imap-kit")
    M.lsub('""', "Projects/*")
    M.unsubscribe("Projects/imap-kit")
    M.delete("Projects/imap-kit")
    M.delete("Projects")
    M.delete("Projects")                                    # NO: does not exist
    M.store("8", "+FLAGS", "(\\Deleted)")
    M.expunge()
    M.noop()
    M.check()
    M.close()
    M.logout()
    M.save(args.out, args.name or "imaplib")


def session_extensions(args):
    """Raw client exercising Dovecot's extensions and error responses."""
    c = RawIMAP(tag_prefix="x")
    c.command("CAPABILITY")
    c.command('ID ("name" "imapkit-recorder" "version" "1.0" "os" NIL)')
    c.command("NOOP")
    c.command("LOGIN alice wrong", expect=("NO",))
    # AUTHENTICATE PLAIN with a continuation round-trip (no SASL-IR)
    tag = c.next_tag()
    c._send((tag + " AUTHENTICATE PLAIN\r\n").encode())
    resp = c.read_response()
    assert resp.startswith(b"+"), resp
    c._send(b"AGFsaWNlAHNlY3JldA==\r\n")
    c.wait_tagged(tag)
    c.command("ENABLE QRESYNC")
    c.command("NAMESPACE")
    c.command('LIST "" "*" RETURN (SPECIAL-USE SUBSCRIBED CHILDREN STATUS (MESSAGES UNSEEN UIDNEXT HIGHESTMODSEQ))')
    c.command('LIST (SPECIAL-USE) "" "*"')
    c.command('LIST (SUBSCRIBED RECURSIVEMATCH) "" "*"')
    c.command('LIST "" ""')
    c.command('LIST "Archive/" %')
    c.command("LIST ", Lit(b""), " ", Lit("Entw&APw-rfe", sync=False))
    c.command('STATUS "Sent Items" (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ)')
    c.command('STATUS Archive (SIZE)', expect=None)
    c.command("GETQUOTAROOT INBOX", expect=None)
    c.command('SETMETADATA INBOX (/private/comment ', Lit(b"line one\r\nline two"), ")", expect=None)
    c.command('GETMETADATA INBOX (/private/comment /shared/comment)', expect=None)
    c.command('GETMETADATA "" /shared/comment', expect=None)
    c.command("SELECT nonexistent", expect=("NO",))
    _, resp = c.command("SELECT INBOX (CONDSTORE)")
    uidvalidity = int(re.search(rb"UIDVALIDITY (\d+)", b"".join(resp)).group(1))
    modseq = int(re.search(rb"HIGHESTMODSEQ (\d+)", b"".join(resp)).group(1))
    c.command("FETCH 1:* (UID FLAGS MODSEQ)")
    c.command("UID FETCH 1:* (FLAGS) (CHANGEDSINCE 1)")
    c.command("STORE 2 (UNCHANGEDSINCE 1) +FLAGS.SILENT (\\Flagged)", expect=None)
    c.command("STORE 2 +FLAGS (\\Flagged)")
    c.command("SEARCH RETURN (MIN MAX COUNT ALL) UNSEEN")
    c.command("SEARCH RETURN () ALL")
    c.command("UID SEARCH RETURN (ALL) MODSEQ 1")
    c.command("SEARCH CHARSET UTF-8 SUBJECT ", Lit("Größe".encode(), sync=False))
    c.command("SEARCH CHARSET UTF-8 BODY ", Lit("Привет".encode()))
    c.command("SEARCH CHARSET KOI8-R ALL", expect=None)
    c.command("SEARCH RETURN (SAVE) OR FLAGGED DRAFT")
    c.command("FETCH $ (UID FLAGS)")
    c.command("UID SEARCH RETURN (COUNT) UID $ YOUNGER 3600")
    c.command("SEARCH OLDER 60")
    c.command("SORT (REVERSE DATE SUBJECT) UTF-8 ALL")
    c.command("SORT RETURN (MIN MAX COUNT) (ARRIVAL) UTF-8 UNSEEN")
    c.command("SORT (DISPLAYFROM) UTF-8 ALL")
    c.command("SORT (FROM SIZE) UTF-8 NOT DELETED")
    c.command("THREAD REFERENCES UTF-8 ALL")
    c.command("THREAD ORDEREDSUBJECT UTF-8 ALL")
    c.command("FETCH 3 (BINARY.SIZE[3] BINARY.PEEK[3] BINARY.PEEK[2]<0.16>)")
    c.command("FETCH 3 (BODYSTRUCTURE BODY.PEEK[2.MIME] BODY.PEEK[3]<10.20>)")
    c.command("FETCH 4 (BODY.PEEK[2.2.2.1] BODY.PEEK[2.2.2.HEADER.FIELDS (SUBJECT DATE)] BODY.PEEK[2.2.HEADER.FIELDS.NOT (DATE TO)])")
    c.command("FETCH 1 (BODY.PEEK[1.2] BODY.PEEK[4])")          # parts that do not exist
    c.command("FETCH 5:7 (ENVELOPE BODY.PEEK[HEADER])")
    c.command("FETCH 6 (BINARY.PEEK[1] BINARY.SIZE[1])")
    c.command("FETCH 2 (BODY.PEEK[1]<0.0>)")
    c.command("UID FETCH 7:* (UID RFC822.SIZE) (CHANGEDSINCE 1 VANISHED)", expect=None)
    c.command("FETCH 1:* FAST")
    c.command("FETCH 1:2 FULL")
    c.command("FETCH 1:3 (PREVIEW SAVEDATE)", expect=None)
    c.command("FETCH 2,6 (SNIPPET (FUZZY))", expect=None)
    c.command("FETCH 9 (BODY[1.2]<0.30>)")                     # sets \Seen -> FLAGS
    c.command("FETCH 99 FLAGS", expect=("BAD", "NO", "OK"))
    c.command("FETCH 1 (FLAGS BODY[HEADER.FIELDS (FROM)", expect=("BAD",))
    c.command("XYZZY", expect=("BAD",))
    c.command('APPEND Archive (\\Seen) "02-Feb-2024 10:00:00 +0100" ',
              Lit(b"Subject: multi 1\r\nFrom: x@example.com\r\n\r\nfirst\r\n", sync=False),
              " (\\Flagged) ",
              Lit(b"Subject: multi 2\r\nFrom: x@example.com\r\n\r\nsecond\r\n", sync=False))
    c.command("APPEND INBOX (\\Draft) ",
              Lit(b"Subject: binary append\r\nMIME-Version: 1.0\r\n"
                  b"Content-Type: application/octet-stream\r\n"
                  b"Content-Transfer-Encoding: binary\r\n\r\n\x00\x01\x02raw\r\n",
                  binary=True), expect=None)
    c.command('APPEND INBOX CATENATE (URL "/INBOX/;UID=1/;SECTION=HEADER" TEXT ',
              Lit(b"\r\ncatenated body\r\n", sync=False), ")", expect=None)
    c.command("COPY 1 Archive")
    c.command("MOVE 2 \"Sent Items\"")
    c.command("UID MOVE 5:6 Junk")
    c.command("STORE 1 +FLAGS.SILENT (\\Deleted)")
    c.command("UID EXPUNGE 1")
    c.command("UID EXPUNGE 1:*")          # nothing left flagged
    c.command("UID FETCH 1:* (FLAGS) (CHANGEDSINCE %d VANISHED)" % modseq)
    c.command("CHECK")
    c.command("UNSELECT")
    c.command("SELECT INBOX (QRESYNC (%d %d 1:20))" % (uidvalidity, modseq))
    c.command("EXAMINE \"Entw&APw-rfe\" (CONDSTORE)")
    c.command("FETCH 1 (BODYSTRUCTURE ENVELOPE)")
    c.command("STORE 1 +FLAGS (\\Deleted)", expect=None)   # read-only: "OK Store ignored"
    c.command("CLOSE")
    c.command("RENAME \"Entw&APw-rfe\" \"&ZeVnLIqe-\"")
    c.command('LIST "" "*"')
    c.command("DELETE \"&ZeVnLIqe-\"")
    c.command('LIST "" "*" RETURN (STATUS (MESSAGES SIZE))', expect=None)
    c.command("LOGOUT")
    c.close()
    c.save(args.out, args.name or "extensions")


def session_idle(args):
    """IDLE on connection 1 while connection 2 appends/flags/expunges.

    First IDLE: keep-alive ("* OK Still here"), then an APPEND from the
    other connection (EXISTS/RECENT).  Second IDLE after NOTIFY SET: flag
    change (FETCH), expunge (EXPUNGE), append to another mailbox (STATUS)."""
    a = RawIMAP(tag_prefix="i")
    a.sock.settimeout(20)

    def wait_for(pattern, mark):
        while pattern not in a.s2c[mark:]:
            a.read_response()

    def idle_start():
        tag = a.next_tag()
        a._send((tag + " IDLE\r\n").encode())
        resp = a.read_response()
        assert resp.startswith(b"+"), resp
        return tag

    def idle_done(tag):
        a._send(b"DONE\r\n")
        a.wait_tagged(tag)

    a.command("LOGIN alice secret")
    a.command("SELECT INBOX")
    tag = idle_start()
    wait_for(b"* OK Still here", len(a.s2c))
    b = RawIMAP(tag_prefix="j")
    b.command("LOGIN alice secret")
    mark = len(a.s2c)
    b.command("APPEND INBOX (\\Seen) ",
              Lit(b"From: b@example.com\r\nSubject: arrives during IDLE\r\n\r\nhi\r\n"))
    wait_for(b" EXISTS", mark)
    idle_done(tag)

    a.command("NOTIFY SET STATUS (selected (MessageNew (UID FLAGS) MessageExpunge FlagChange))"
              " (mailboxes Archive (MessageNew MessageExpunge))")
    tag = idle_start()
    b.command("SELECT INBOX")
    mark = len(a.s2c)
    b.command("STORE 1 +FLAGS (\\Flagged)")
    wait_for(b" FETCH", mark)
    mark = len(a.s2c)
    b.command("STORE 3 +FLAGS.SILENT (\\Deleted)")
    b.command("EXPUNGE")
    wait_for(b" EXPUNGE", mark)
    mark = len(a.s2c)
    b.command("APPEND Archive ",
              Lit(b"From: b@example.com\r\nSubject: to Archive during IDLE\r\n\r\nhi\r\n",
                  sync=False))
    wait_for(b"* STATUS Archive", mark)
    b.command("LOGOUT")
    b.close()
    idle_done(tag)
    a.command("NOTIFY NONE")
    a.command("NOOP")
    a.command("FETCH 1:* (UID FLAGS)")
    a.command("LOGOUT")
    a.close()
    a.save(args.out, args.name or "idle")


def session_compress(args):
    c = RawIMAP(tag_prefix="z")
    c.command("CAPABILITY")
    c.command("LOGIN alice secret")
    c.start_compress()
    c.command('LIST "" "*"')
    c.command("SELECT INBOX")
    c.command("FETCH 1:* (FLAGS ENVELOPE BODYSTRUCTURE)")
    c.command("FETCH 1:* (BODY.PEEK[])")
    c.command("UID SEARCH OR UNSEEN FLAGGED")
    c.command("STORE 1 +FLAGS (\\Flagged)")
    c.command("NOOP")
    c.command("LOGOUT")
    c.close()
    c.save(args.out, args.name or "compress")


def tls_context(args, version):
    ctx = ssl.create_default_context(cafile=args.cert)
    if args.keylog:
        ctx.keylog_filename = args.keylog
    if version == "1.3":
        ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    elif version == "1.2":
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256")
    return ctx


def tls_body(M):
    M.capability()
    check(M.login(USER, PASS), "LOGIN")
    M.list()
    check(M.select("INBOX"), "SELECT")
    M.fetch("1:*", "(FLAGS UID ENVELOPE BODYSTRUCTURE)")
    M.fetch("4", "(BODY.PEEK[])")
    M.uid("SEARCH", "ALL")
    M.logout()


def session_tls13(args):
    M = RecIMAP_SSL(HOST, TLS_PORT, ssl_context=tls_context(args, "1.3"))
    assert M.sock.version() == "TLSv1.3", M.sock.version()
    tls_body(M)
    M.save(args.out, args.name or "tls13")


def session_tls12(args):
    M = RecIMAP_SSL(HOST, TLS_PORT, ssl_context=tls_context(args, "1.2"))
    assert M.sock.version() == "TLSv1.2", M.sock.version()
    assert M.sock.cipher()[0] == "ECDHE-RSA-AES128-GCM-SHA256", M.sock.cipher()
    tls_body(M)
    M.save(args.out, args.name or "tls12")


def session_starttls(args):
    M = RecIMAP(HOST, PLAIN_PORT)
    M.capability()
    check(M.starttls(ssl_context=tls_context(args, "any")), "STARTTLS")
    tls_body(M)
    M.save(args.out, args.name or "starttls")


SESSIONS = {
    "populate": session_populate,
    "imaplib": session_imaplib,
    "extensions": session_extensions,
    "idle": session_idle,
    "compress": session_compress,
    "tls13": session_tls13,
    "tls12": session_tls12,
    "starttls": session_starttls,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("session", choices=sorted(SESSIONS))
    ap.add_argument("--out", default=".")
    ap.add_argument("--name", help="base name of the log files (default: session)")
    ap.add_argument("--maildir-src",
                    default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "mail"))
    ap.add_argument("--cert")
    ap.add_argument("--keylog")
    ap.add_argument("--mss", type=int, default=0,
                    help="TCP_MAXSEG for the client sockets (smaller server segments)")
    args = ap.parse_args()
    global MSS
    MSS = args.mss
    SESSIONS[args.session](args)


if __name__ == "__main__":
    main()
