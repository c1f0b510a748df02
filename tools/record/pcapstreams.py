#!/usr/bin/env python3
"""Post-processing for record-dovecot.sh.

  pcapstreams.py extract CAPTURE STREAMDIR [--keylog FILE]
      Reassemble every TCP connection of CAPTURE with
      `tshark -q -z follow,tcp,raw,N` and write STREAMDIR/K.c2s and
      STREAMDIR/K.s2c (K = 1-based connection index in order of first
      packet), plus STREAMDIR/streams.tsv.  With --keylog, also write the
      TLS-decrypted application data (`follow,tls,raw,N`) as
      K.c2s.tls / K.s2c.tls for connections that carry TLS.

  pcapstreams.py real STREAMDIR OUTDIR NAME --conns 1[,2..] --kind KIND
                      [--driver DRVDIR/SESSION]
      Build OUTDIR/NAME.client.imap and OUTDIR/NAME.server.imap from the
      listed connections (concatenated in order).  KIND is
        plain     the raw TCP bytes are IMAP
        tls       implicit TLS (993): the decrypted bytes are IMAP
        starttls  plain prefix up to the STARTTLS OK, then decrypted bytes
        compress  plain prefix up to the COMPRESS OK, then raw DEFLATE;
                  also writes NAME.client.wire / NAME.server.wire
      COMPRESS DEFLATE is detected and inflated in every kind; for plain
      connections the TCP bytes are then also written as NAME.*.wire.
      With --driver, the result must equal the driver's own log
      (DRVDIR/SESSION.client.imap, .server.imap) byte for byte.

  pcapstreams.py readme REALDIR CAPDIR
      (Re)generate REALDIR/README.md and CAPDIR/README.md.

  pcapstreams.py check REALDIR
      Sanity checks on the recorded sessions.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import zlib

SERVER_PORTS = {143, 993}


def tshark(*args):
    res = subprocess.run(["tshark", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, check=True)
    return res.stdout.decode("ascii", "replace")


def parse_follow(text):
    """Return ((node0_addr, node1_addr), node0_bytes, node1_bytes)."""
    nodes = {}
    data = {0: bytearray(), 1: bytearray()}
    in_body = False
    for line in text.splitlines():
        if line.startswith("====="):
            if in_body:
                break
            continue
        m = re.match(r"Node ([01]): (.*)$", line)
        if m:
            nodes[int(m.group(1))] = m.group(2).strip()
            if int(m.group(1)) == 1:
                in_body = True
            continue
        if not in_body or not line.strip():
            continue
        if line.startswith("\t"):
            data[1] += bytes.fromhex(line.strip())
        else:
            data[0] += bytes.fromhex(line.strip())
    return (nodes.get(0), nodes.get(1)), bytes(data[0]), bytes(data[1])


def port_of(addr):
    return int(addr.rsplit(":", 1)[1])


def stream_ids(cap):
    out = tshark("-r", cap, "-Y", "tcp", "-T", "fields", "-e", "frame.number",
                 "-e", "tcp.stream")
    first = {}
    for line in out.splitlines():
        if not line.strip():
            continue
        frame, sid = line.split("\t")
        first.setdefault(int(sid), int(frame))
    # order by first packet (tshark numbers streams that way already)
    return sorted(first, key=lambda s: first[s]), first


def cmd_extract(a):
    os.makedirs(a.streamdir, exist_ok=True)
    for f in os.listdir(a.streamdir):
        os.unlink(os.path.join(a.streamdir, f))
    sids, first = stream_ids(a.capture)
    rows = ["# K\ttcp.stream\tfirst_frame\tclient\tserver\tc2s_bytes\ts2c_bytes"
            "\tc2s_sha256\ts2c_sha256" + ("\tc2s_tls_bytes\ts2c_tls_bytes" if a.keylog else "")]
    for k, sid in enumerate(sids, 1):
        (n0, n1), d0, d1 = parse_follow(tshark("-r", a.capture, "-q", "-z",
                                               "follow,tcp,raw,%d" % sid))
        if port_of(n0) in SERVER_PORTS and port_of(n1) not in SERVER_PORTS:
            client, server, c2s, s2c = n1, n0, d1, d0
        else:
            client, server, c2s, s2c = n0, n1, d0, d1
        with open(os.path.join(a.streamdir, "%d.c2s" % k), "wb") as fh:
            fh.write(c2s)
        with open(os.path.join(a.streamdir, "%d.s2c" % k), "wb") as fh:
            fh.write(s2c)
        row = [str(k), str(sid), str(first[sid]), client, server, str(len(c2s)),
               str(len(s2c)), hashlib.sha256(c2s).hexdigest(),
               hashlib.sha256(s2c).hexdigest()]
        if a.keylog:
            (t0, t1), e0, e1 = parse_follow(tshark(
                "-r", a.capture, "-o", "tls.keylog_file:" + a.keylog, "-q", "-z",
                "follow,tls,raw,%d" % sid))
            if t0 is None:
                tc2s = ts2c = b""
            elif t0 == client:
                tc2s, ts2c = e0, e1
            else:
                tc2s, ts2c = e1, e0
            if tc2s or ts2c:
                with open(os.path.join(a.streamdir, "%d.c2s.tls" % k), "wb") as fh:
                    fh.write(tc2s)
                with open(os.path.join(a.streamdir, "%d.s2c.tls" % k), "wb") as fh:
                    fh.write(ts2c)
            row += [str(len(tc2s)), str(len(ts2c))]
        rows.append("\t".join(row))
    with open(os.path.join(a.streamdir, "streams.tsv"), "w") as fh:
        fh.write("\n".join(rows) + "\n")
    print("%s: %d connection(s)" % (a.capture, len(sids)))


def read(path):
    with open(path, "rb") as fh:
        return fh.read()


def split_after_ok(c2s, s2c, command):
    """Split both directions right after `TAG COMMAND\\r\\n` and its tagged
    completion.  Returns (c2s_head, c2s_tail, s2c_head, s2c_tail)."""
    m = re.search(rb"(?m)^(\S+) " + command + rb"\r\n", c2s)
    if not m:
        raise SystemExit("no %r command in client stream" % command)
    tag = m.group(1)
    cut_c = m.end()
    m2 = re.search(rb"(?m)^" + re.escape(tag) + rb" OK[^\r\n]*\r\n", s2c)
    if not m2:
        raise SystemExit("no tagged OK for %r in server stream" % command)
    return c2s[:cut_c], c2s[cut_c:], s2c[:m2.end()], s2c[m2.end():]


def inflate(data):
    d = zlib.decompressobj(-15)
    out = d.decompress(data)
    return out + d.flush()


def cmd_real(a):
    if a.conns == "all":
        conns = sorted(int(f.split(".")[0]) for f in os.listdir(a.streamdir)
                       if f.endswith(".c2s"))
    else:
        conns = [int(x) for x in a.conns.split(",")]
    client, server, wire_c, wire_s = b"", b"", b"", b""
    compressed = False
    for k in conns:
        c2s = read(os.path.join(a.streamdir, "%d.c2s" % k))
        s2c = read(os.path.join(a.streamdir, "%d.s2c" % k))
        wire_c += c2s
        wire_s += s2c
        if a.kind in ("plain", "compress"):
            lc, ls = c2s, s2c
        else:
            lc = read(os.path.join(a.streamdir, "%d.c2s.tls" % k))
            ls = read(os.path.join(a.streamdir, "%d.s2c.tls" % k))
            if a.kind == "starttls":
                hc, _, hs, _ = split_after_ok(c2s, s2c, rb"STARTTLS")
                lc, ls = hc + lc, hs + ls
        # COMPRESS=DEFLATE (RFC 4978): everything after the command line
        # (client) and after its tagged OK (server) is raw DEFLATE.
        if re.search(rb"(?m)^\S+ COMPRESS DEFLATE\r\n", lc):
            hc, tc, hs, ts = split_after_ok(lc, ls, rb"COMPRESS DEFLATE")
            lc, ls = hc + inflate(tc), hs + inflate(ts)
            compressed = True
        client += lc
        server += ls
    os.makedirs(a.outdir, exist_ok=True)
    base = os.path.join(a.outdir, a.name)
    with open(base + ".client.imap", "wb") as fh:
        fh.write(client)
    with open(base + ".server.imap", "wb") as fh:
        fh.write(server)
    if compressed and a.kind in ("plain", "compress"):
        with open(base + ".client.wire", "wb") as fh:
            fh.write(wire_c)
        with open(base + ".server.wire", "wb") as fh:
            fh.write(wire_s)
    if a.driver:
        ok = True
        for side, mine in (("client", client), ("server", server)):
            theirs = read(a.driver + "." + side + ".imap")
            if (theirs != mine and side == "server" and mine.startswith(theirs)
                    and theirs.rstrip().rsplit(b"\r\n", 1)[-1].startswith(b"* BYE")
                    and mine[len(theirs):].count(b"\r\n") == 1):
                # imaplib stops reading at the untagged BYE of LOGOUT; the
                # tagged OK that follows is only in the capture
                print("%s: driver log stops at * BYE; capture has the final %r"
                      % (a.name, mine[len(theirs):]))
                continue
            if theirs != mine:
                ok = False
                n = next((i for i, (x, y) in enumerate(zip(theirs, mine)) if x != y),
                         min(len(theirs), len(mine)))
                print("MISMATCH %s %s: driver %d bytes, capture %d bytes, first diff at %d"
                      % (a.name, side, len(theirs), len(mine), n), file=sys.stderr)
        if not ok:
            raise SystemExit(1)
        print("%s: capture == driver log (%d/%d bytes)" % (a.name, len(client), len(server)))
    else:
        print("%s: %d/%d bytes" % (a.name, len(client), len(server)))


# --------------------------------------------------------------------------
# README generation
# --------------------------------------------------------------------------
SESSIONS = {
    "dovecot-imaplib": (
        "python3 imaplib on port 143 (plain): CAPABILITY, LOGIN, LIST/LSUB, STATUS, "
        "EXAMINE, SELECT, FETCH 1:* (FLAGS UID INTERNALDATE RFC822.SIZE ENVELOPE "
        "BODYSTRUCTURE BODY), BODY[]/BODY.PEEK[HEADER.FIELDS]/BODY[1.2]/"
        "BODY[TEXT]<0.100>/BODY[1.MIME]/RFC822.HEADER, ~20 SEARCH variants, UID "
        "SEARCH/FETCH/STORE/COPY, STORE +FLAGS/-FLAGS.SILENT, COPY, APPEND (flags, "
        "date, literal), CREATE/RENAME/DELETE/SUBSCRIBE/UNSUBSCRIBE, EXPUNGE, NOOP, "
        "CHECK, CLOSE, LOGOUT."),
    "dovecot-extensions": (
        "raw python client on port 143: ID, failed LOGIN, AUTHENTICATE PLAIN with "
        "continuation, ENABLE QRESYNC, NAMESPACE, LIST-EXTENDED/LIST-STATUS/"
        "SPECIAL-USE, METADATA, QUOTA, CONDSTORE (MODSEQ, CHANGEDSINCE, "
        "UNCHANGEDSINCE), ESEARCH, SEARCH CHARSET with LITERAL+ and synchronizing "
        "literals, SORT, THREAD, BINARY (literal8), nested-part fetches, "
        "MULTIAPPEND, CATENATE, MOVE, UIDPLUS, QRESYNC SELECT (VANISHED), NO/BAD "
        "responses."),
    "dovecot-idle": (
        "raw python client on port 143: SELECT, IDLE (waits for '* OK Still here'), "
        "a second connection APPENDs, flags and expunges (EXISTS/RECENT/FETCH/EXPUNGE "
        "arrive during IDLE), DONE. The .imap pair is connection 1 (the idler); "
        "connection 2 (the other client) is in the capture's streams."),
    "dovecot-compress": (
        "raw python client on port 143: LOGIN, COMPRESS DEFLATE, then LIST, SELECT, "
        "FETCH of everything, SEARCH, STORE, LOGOUT over raw DEFLATE. "
        ".wire = exact TCP bytes (plain prefix + deflate), .imap = decompressed "
        "IMAP bytes."),
    "dovecot-curl": (
        "curl imap:// (13 curl invocations, one TCP connection each, the last "
        "one fetching two URLs over one connection; concatenated in order): LIST, FETCH by UID and by UID+SECTION, SEARCH via "
        "URL query, custom -X commands, upload (APPEND), AUTHENTICATE PLAIN "
        "(SASL-IR) and AUTHENTICATE LOGIN."),
    "dovecot-mbsync": (
        "mbsync (isync 1.4.4) pulling every folder into a local maildir over plain "
        "143 with LOGIN (DisableExtension COMPRESS=DEFLATE); pipelined commands."),
    "dovecot-mbsync-compress": (
        "the same mbsync pull with mbsync's default COMPRESS=DEFLATE: .wire = TCP "
        "bytes, .imap = plain prefix + inflated data (zlib-deflated by mbsync and "
        "Dovecot, not by our driver)."),
    "dovecot-mbsync-starttls": (
        "mbsync over STARTTLS on 143 (AUTHENTICATE PLAIN) with COMPRESS=DEFLATE "
        "inside TLS; key log written by the LD_PRELOAD shim tools/record/sslkeylog.c; "
        ".imap = plain prefix + decrypted and inflated data."),
    "dovecot-fetchmail": (
        "fetchmail (plain 143, LOGIN, keep/fetchall) downloading INBOX and Archive."),
    "dovecot-tls13": (
        "python3 imaplib over implicit TLS 1.3 on port 993; .imap = decrypted data "
        "(checked against the driver's own log)."),
    "dovecot-tls12": (
        "python3 imaplib over implicit TLS 1.2 (ECDHE-RSA-AES128-GCM-SHA256) on 993; "
        ".imap = decrypted data."),
    "dovecot-starttls": (
        "python3 imaplib on port 143: CAPABILITY, STARTTLS, then the TLS session; "
        ".imap = plain prefix + decrypted data."),
    "dovecot-curl-starttls": (
        "curl imap:// with --ssl-reqd (STARTTLS) and SSLKEYLOGFILE; .imap = plain "
        "prefix + decrypted data of all its connections."),
}


QUIRKS = """\
## Things a parser must handle (all present in these files)

* Literals inside ENVELOPE/BODYSTRUCTURE strings: Dovecot sends a string as a
  literal (`{14}\\r\\nDoe, John "JD"`) instead of a quoted string with `\\"`
  escapes whenever it contains `"` or `\\`, 8-bit bytes (raw UTF-8 headers) or
  CR/LF; the literal can be followed directly by ` NIL ...` or `)`.
* `~{N}` literal8 in `BINARY[...]` responses when the decoded part contains
  NUL bytes; `BINARY.SIZE[...]`; `{0}` empty literals (BODY[1.2] of a
  non-multipart message, `<0.0>` partials); `BODY[TEXT]<0>` origin octet
  echoed without the length.
* Several FETCH items with literals in one response line (`BODY[1.MIME] {56}
  ... BODY[2.MIME] {170} ...`), and two separate untagged FETCH responses for
  the same message in one command (flags change, then `MODSEQ` in QRESYNC
  mode).
* Nested `message/rfc822` BODYSTRUCTURE three levels deep (envelope + body
  + line count inside each), `multipart/alternative` inside
  `multipart/mixed`, header-only message reported as `text/plain` size 0.
* ENVELOPE group syntax: `(NIL NIL "undisclosed-recipients" NIL)(NIL NIL NIL
  NIL)`; encoded words passed through undecoded; NIL for missing To/Cc.
* Dovecot merges RFC 2231 continuations (`filename*0*`, `filename*1*`) into a
  single `"filename*"` parameter and reorders disposition parameters.
* INTERNALDATE is reported in +0000 regardless of the zone given at APPEND.
* Unsolicited `* FLAGS`/`* OK [PERMANENTFLAGS ...]` in the middle of SEARCH
  (a new keyword in the search creates it) and APPEND, `* N RECENT` after
  EXPUNGE, `* OK [HIGHESTMODSEQ n]` after APPEND in CONDSTORE mode,
  `* OK [COPYUID ...] Moved UIDs.` + `* VANISHED` for MOVE with QRESYNC.
* Continuation requests with text (`+ OK`, `+ idling`) and empty (`+ `),
  `* OK Still here` keep-alives during IDLE.
* Response codes with and without arguments: CAPABILITY, PERMANENTFLAGS, UNSEEN,
  UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ, READ-WRITE, READ-ONLY, CLOSED,
  APPENDUID (with uid-set for MULTIAPPEND), COPYUID, MODIFIED, NONEXISTENT,
  AUTHENTICATIONFAILED. `x NO Mailbox doesn't exist` on SELECT has no code.
* Mailbox names: modified UTF-7 atoms (`Entw&APw-rfe`, `&ZeVnLIqe-`), quoted
  names with spaces, hierarchy separator `/`.
* Client side: pipelining (mbsync sends many commands in one segment),
  numeric tags (`1`, `2`), imaplib random 4-letter tag prefixes, synchronizing
  and non-synchronizing (`{n+}`) literals, binary `~{n}` APPEND, MULTIAPPEND,
  CATENATE, AUTHENTICATE continuation lines, `DONE`, COMPRESS=DEFLATE switching
  mid-stream (client compresses right after its command line, server right
  after its tagged OK).
* Every re-recording changes UIDVALIDITY, HIGHESTMODSEQ, SAVEDATE, timings
  `(0.001 + 0.000 secs)`, imaplib tags and TLS keys: do not hard-code them.
"""


def cmd_readme(a):
    real = sorted(f for f in os.listdir(a.realdir) if f.startswith("dovecot-"))
    lines = [
        "# Real IMAP traffic (Dovecot 2.3)",
        "",
        "Recorded by `tools/record/record-dovecot.sh` against a private Dovecot "
        "2.3.19 instance on 127.0.0.1 whose account holds the messages in "
        "`tools/record/mail/` (see `MANIFEST.tsv` there for mailboxes and flags). "
        "Do not edit by hand: re-record instead (the script regenerates this file).",
        "",
        "* `NAME.client.imap`: exact bytes the client sent (client to server), "
        "all connections of the session concatenated in order;",
        "* `NAME.server.imap`: exact bytes the server sent (server to client);",
        "* `NAME.client.wire`, `NAME.server.wire` (COMPRESS=DEFLATE sessions over "
        "plain TCP): the TCP payload as sent on the wire (plain prefix, then raw "
        "DEFLATE); the `.imap` files are the inflated bytes.",
        "",
        "For TLS sessions the `.imap` files hold the decrypted IMAP bytes (for "
        "STARTTLS: the plain-text prefix up to and including the STARTTLS OK, "
        "then the decrypted bytes). Where the driver is our python script, the "
        "`.imap` files (taken from the capture) were checked byte for byte against "
        "the driver's own log. The captures, the per-connection TCP streams and "
        "the TLS key logs are in `../captures/` (see its README.md).",
        "",
    ]
    by_session = {}
    for f in real:
        by_session.setdefault(f.split(".")[0], []).append(f)
    for name in sorted(by_session):
        lines += ["## %s" % name, "", SESSIONS.get(name, ""), ""]
        for f in by_session[name]:
            lines.append("* `%s` (%d bytes)" % (f, os.path.getsize(os.path.join(a.realdir, f))))
        lines.append("")
    lines.append(QUIRKS)
    with open(os.path.join(a.realdir, "README.md"), "w") as fh:
        fh.write("\n".join(lines))

    caps = sorted(f for f in os.listdir(a.capdir)
                  if f.startswith("dovecot-") and (f.endswith(".pcapng") or f.endswith(".pcap")))
    lines = [
        "# Captures of real IMAP traffic (Dovecot 2.3)",
        "",
        "Recorded on `lo` by `tools/record/record-dovecot.sh` with the capture "
        "filter `tcp port 143 or tcp port 993` (tshark; pcapng, except "
        "`dovecot-curl.pcap`, a classic pcap). Link type Ethernet (Linux "
        "loopback). Do not edit by hand: re-record instead. "
        "`corpus/captures/sample.pcapng` is a copy of `dovecot-imaplib.pcapng`.",
        "",
        "For each capture `NAME.pcapng` (or `.pcap`):",
        "",
        "* `NAME.streams/K.c2s`, `NAME.streams/K.s2c`: ground truth for a TCP "
        "reassembler: the payload bytes of connection K (1-based, in order of "
        "first packet) client-to-server and server-to-client, as reassembled by "
        "`tshark -q -z follow,tcp,raw,N`;",
        "* `NAME.streams/streams.tsv`: one row per connection (tshark stream "
        "number, first frame, endpoints, byte counts, SHA-256 of each direction);",
        "* `NAME.keylog` (TLS sessions): NSS key log (SSLKEYLOGFILE format) that "
        "decrypts the capture; `NAME.streams/K.c2s.tls`, `K.s2c.tls`: the "
        "decrypted application data according to tshark "
        "(`-o tls.keylog_file:NAME.keylog -z follow,tls,raw,N`); for STARTTLS "
        "connections these exclude the plain-text prefix.",
        "",
        "Segment sizes: the imaplib and TLS 1.2 sessions clamp the client's MSS to "
        "1460 and the extensions session to 536, so server responses span many "
        "segments; packets captured on `lo` can still be larger than the MSS "
        "(segmentation offload happens after the capture point).",
        "",
        "| capture | bytes | connections | key log | session |",
        "| --- | ---: | ---: | --- | --- |",
    ]
    for f in caps:
        name = f.rsplit(".", 1)[0]
        size = os.path.getsize(os.path.join(a.capdir, f))
        sdir = os.path.join(a.capdir, name + ".streams")
        nconn = len([x for x in os.listdir(sdir) if x.endswith(".c2s")]) if os.path.isdir(sdir) else 0
        kl = name + ".keylog" if os.path.exists(os.path.join(a.capdir, name + ".keylog")) else ""
        lines.append("| `%s` | %d | %d | %s | %s |" % (
            f, size, nconn, "`%s`" % kl if kl else "-", SESSIONS.get(name, "")))
    with open(os.path.join(a.capdir, "README.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


def cmd_check(a):
    """Sanity checks on the recordings (run by record-dovecot.sh)."""
    problems = []
    for f in sorted(os.listdir(a.realdir)):
        path = os.path.join(a.realdir, f)
        if not f.startswith("dovecot-"):
            continue
        data = read(path)
        if not data:
            problems.append("%s is empty" % f)
        elif f.endswith(".server.imap") and not (data.startswith(b"* OK ") and b"* BYE" in data):
            problems.append("%s: no greeting or no BYE" % f)
        elif f.endswith(".client.imap") and b"LOGOUT\r\n" not in data:
            problems.append("%s: no LOGOUT" % f)
    must = {
        "dovecot-imaplib.server.imap": [b'("message" "rfc822" ', b"=?UTF-8?B?",
                                        b"=?ISO-8859-1?Q?", b"BODYSTRUCTURE ((",
                                        b"BODY[] {479}\r\n",
                                        b"[APPENDUID ", b"[COPYUID "],
        "dovecot-imaplib.client.imap": [b" SEARCH OR ", b" UID COPY ", b" APPEND INBOX (",
                                        b"-FLAGS.SILENT", b" EXPUNGE\r\n"],
        "dovecot-extensions.server.imap": [b"~{", b"* ESEARCH", b"* VANISHED (EARLIER)",
                                           b"* THREAD ", b"[MODIFIED "],
        "dovecot-idle.server.imap": [b"+ idling", b"* OK Still here", b" EXISTS\r\n",
                                     b" EXPUNGE\r\n"],
        "dovecot-compress.server.imap": [b"OK Begin compression", b"* BYE"],
    }
    for f, needles in must.items():
        path = os.path.join(a.realdir, f)
        if not os.path.exists(path):
            continue
        data = read(path)
        for n in needles:
            if n not in data:
                problems.append("%s lacks %r" % (f, n))
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    if problems:
        raise SystemExit(1)
    print("recordings look right")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("extract")
    p.add_argument("capture")
    p.add_argument("streamdir")
    p.add_argument("--keylog")
    p = sub.add_parser("real")
    p.add_argument("streamdir")
    p.add_argument("outdir")
    p.add_argument("name")
    p.add_argument("--conns", default="1", help='"all" or a comma list of K')
    p.add_argument("--kind", choices=["plain", "tls", "starttls", "compress"], default="plain")
    p.add_argument("--driver")
    p = sub.add_parser("readme")
    p.add_argument("realdir")
    p.add_argument("capdir")
    p = sub.add_parser("check")
    p.add_argument("realdir")
    a = ap.parse_args()
    {"extract": cmd_extract, "real": cmd_real, "readme": cmd_readme,
     "check": cmd_check}[a.cmd](a)


if __name__ == "__main__":
    main()
