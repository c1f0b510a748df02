#!/usr/bin/env python3
"""Record TLS connections between `openssl s_client` and `openssl s_server`.

Run by make.sh (not by CI).  For every case below, an `openssl s_server` listens on
127.0.0.1, a tiny TCP relay sits between it and `openssl s_client -keylogfile`, and the
relay writes each direction's bytes exactly as they crossed the wire:

    NAME.c2s            client -> server TCP payload
    NAME.s2c            server -> client TCP payload
    NAME.order          the relay's reads in capture order: lines "c LEN" / "s LEN"
    NAME.keylog         the NSS key log the client wrote for this connection
    NAME.expected.c2s   the application data the client sent (plaintext)
    NAME.expected.s2c   the application data the server sent (plaintext)

Usage: record.py CERTDIR OUTDIR [CASE...]
"""

import os
import socket
import subprocess
import sys
import threading
import time

OPENSSL = os.environ.get("OPENSSL", "openssl")
TIMEOUT = 15.0


class Drain(threading.Thread):
    """Collects everything a pipe delivers."""

    def __init__(self, pipe):
        super().__init__(daemon=True)
        self.pipe = pipe
        self.buf = bytearray()
        self.lock = threading.Lock()

    def run(self):
        while True:
            b = os.read(self.pipe.fileno(), 65536)
            if not b:
                break
            with self.lock:
                self.buf += b

    def data(self):
        with self.lock:
            return bytes(self.buf)

    def wait_for(self, needle, start=0, timeout=TIMEOUT):
        end = time.time() + timeout
        while time.time() < end:
            d = self.data()
            i = d.find(needle, start)
            if i >= 0:
                return i + len(needle)
            time.sleep(0.02)
        raise RuntimeError("timed out waiting for %r; got %r" % (needle, self.data()[start:]))


class Relay(threading.Thread):
    """Accepts one connection, connects to the server, forwards and records both ways."""

    def __init__(self, server_port):
        super().__init__(daemon=True)
        self.server_port = server_port
        self.lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(1)
        self.port = self.lsock.getsockname()[1]
        self.chunks = []  # (dir, bytes) in the order the relay read them

    def run(self):
        import selectors
        c, _ = self.lsock.accept()
        s = socket.create_connection(("127.0.0.1", self.server_port))
        for x in (c, s):
            x.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sel = selectors.DefaultSelector()
        sel.register(c, selectors.EVENT_READ, ("c", s))
        sel.register(s, selectors.EVENT_READ, ("s", c))
        open_ = 2
        while open_:
            for key, _ in sel.select():
                d, peer = key.data
                try:
                    b = key.fileobj.recv(65536)
                except ConnectionResetError:
                    b = b""
                if not b:
                    sel.unregister(key.fileobj)
                    try:
                        peer.shutdown(socket.SHUT_WR)
                    except OSError:
                        pass
                    open_ -= 1
                    continue
                self.chunks.append((d, b))
                peer.sendall(b)
        c.close()
        s.close()
        self.lsock.close()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


class Server:
    def __init__(self, certdir, args, naccept):
        self.port = free_port()
        kind = "ec" if "-ecdsa" in args else "rsa"
        args = [a for a in args if a != "-ecdsa"]
        cmd = [OPENSSL, "s_server", "-accept", "127.0.0.1:%d" % self.port,
               "-cert", os.path.join(certdir, kind + ".crt"),
               "-key", os.path.join(certdir, kind + ".key"),
               "-naccept", str(naccept)] + args
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT)
        self.out = Drain(self.p.stdout)
        self.out.start()
        self.out.wait_for(b"ACCEPT")

    def send(self, b):
        self.p.stdin.write(b)
        self.p.stdin.flush()

    def finish(self):
        try:
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        try:
            self.p.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()


def connection(server, workdir, name, client_args, steps, record, early=None):
    """One s_client connection through a relay; returns nothing, writes files if record."""
    relay = Relay(server.port)
    relay.start()
    spos = len(server.out.data())
    keylog = os.path.join(workdir, name + ".keylog")
    if os.path.exists(keylog):
        os.unlink(keylog)
    cmd = [OPENSSL, "s_client", "-connect", "127.0.0.1:%d" % relay.port, "-brief",
           "-servername", "imap.test", "-keylogfile", keylog] + client_args
    exp = {"c": bytearray(), "s": bytearray()}
    if early is not None:
        ef = "/tmp/imapkit-tls-%s.early" % name
        with open(ef, "wb") as f:
            f.write(early[0])
        cmd += ["-early_data", ef]
        if early[1]:
            exp["c"] += early[0]
    cl = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    cout = Drain(cl.stdout)
    cout.start()
    cerr = Drain(cl.stderr)
    cerr.start()
    cerr.wait_for(b"CONNECTION ESTABLISHED")
    cpos = 0
    if early is not None and early[1]:
        spos = server.out.wait_for(early[0], spos)
    for st in steps:
        who, what = st[0], st[1]
        if who == "c" and isinstance(what, bytes):
            cl.stdin.write(what)
            cl.stdin.flush()
            spos = server.out.wait_for(what, spos)
            exp["c"] += what
        elif who == "s" and isinstance(what, bytes):
            server.send(what)
            cpos = cout.wait_for(what, cpos)
            exp["s"] += what
        elif who == "c":  # a command letter of s_client: k, K, R
            cl.stdin.write(what.encode() + b"\n")
            cl.stdin.flush()
            time.sleep(0.3)
        elif who == "s":  # a command letter of s_server: k, K, r
            server.send(what.encode() + b"\n")
            time.sleep(0.3)
        elif who == "sleep":
            time.sleep(what)
    cl.stdin.close()  # s_client sends close_notify and exits
    cl.wait(timeout=TIMEOUT)
    relay.join(TIMEOUT)
    if relay.is_alive():
        raise RuntimeError("relay did not finish")
    if not record:
        os.unlink(keylog)
        return
    c2s = b"".join(b for d, b in relay.chunks if d == "c")
    s2c = b"".join(b for d, b in relay.chunks if d == "s")
    with open(os.path.join(workdir, name + ".c2s"), "wb") as f:
        f.write(c2s)
    with open(os.path.join(workdir, name + ".s2c"), "wb") as f:
        f.write(s2c)
    with open(os.path.join(workdir, name + ".order"), "w") as f:
        for d, b in relay.chunks:
            f.write("%s %d\n" % (d, len(b)))
    with open(os.path.join(workdir, name + ".expected.c2s"), "wb") as f:
        f.write(exp["c"])
    with open(os.path.join(workdir, name + ".expected.s2c"), "wb") as f:
        f.write(exp["s"])
    print("%-28s c2s %5d  s2c %5d  chunks %d" % (name, len(c2s), len(s2c), len(relay.chunks)))


# An IMAP-looking exchange.  Lines must not start with a command letter of s_client
# (Q R k K) or s_server (q Q r R k K c P T S B), which the tools would take as commands.
GREETING = [("s", b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] imap.test ready\r\n")]
LOGIN = [
    ("c", b"a001 CAPABILITY\r\n"),
    ("s", b"* CAPABILITY IMAP4rev1 LITERAL+ IDLE\r\na001 OK done\r\n"),
    ("c", b"a002 LOGIN alice \"s3cret pass\"\r\n"),
    ("s", b"a002 OK LOGIN completed\r\n"),
]
FETCH = [
    ("c", b"a003 SELECT INBOX\r\n"),
    ("s", b"* 2 EXISTS\r\n* 0 RECENT\r\na003 OK [READ-WRITE] SELECT completed\r\n"),
    ("c", b"a004 FETCH 1 (FLAGS BODY[])\r\n"),
    ("s", b"* 1 FETCH (FLAGS (\\Seen) BODY[] {44}\r\nSubject: hi\r\n\r\nHello over TLS, 1 2 3.\r\n)\r\n"
          b"a004 OK FETCH completed\r\n"),
]
LOGOUT = [
    ("c", b"a005 LOGOUT\r\n"),
    ("s", b"* BYE logging out\r\na005 OK LOGOUT completed\r\n"),
]
PLAIN = GREETING + LOGIN + FETCH + LOGOUT
# A KeyUpdate from the client (k), one from the server that requests the client's (K).
KEYUPDATE = GREETING + LOGIN + [("c", "k")] + FETCH[:2] + [("s", "K")] + FETCH[2:] + LOGOUT



def big_body(n):
    """n bytes of text, the same on every run.  No upper case and no 'q': s_server takes
    a read from its stdin that begins with Q, q, P or S as a command."""
    words = [b"alpha", b"bravo", b"delta", b"echo", b"golf", b"hotel", b"india", b"lima",
             b"november", b"oscar", b"papa", b"sierra", b"tango", b"uniform", b"whiskey"]
    out, i = bytearray(), 0
    while len(out) < n:
        line = b" ".join(words[(i * 7 + j * 3) % len(words)] for j in range(9)) + b" %d\r\n" % i
        out += line
        i += 1
    return bytes(out[:n - 2]) + b"\r\n"


BODY = big_body(20000)
BIG = GREETING + LOGIN + [
    ("c", b"a003 FETCH 1 BODY[]\r\n"),
    ("s", b"* 1 FETCH (BODY[] {%d}\r\n" % len(BODY) + BODY + b")\r\na003 OK done\r\n"),
] + LOGOUT

T13 = ["-tls1_3"]
T12 = ["-tls1_2"]


def cases():
    c = {}

    def one(name, sargs, cargs, steps=PLAIN):
        c[name] = [("conn", name, sargs, cargs, steps, True)]

    one("tls13-aes128gcm", T13 + ["-ciphersuites", "TLS_AES_128_GCM_SHA256"],
        T13 + ["-ciphersuites", "TLS_AES_128_GCM_SHA256"], KEYUPDATE)
    one("tls13-aes256gcm", T13 + ["-ciphersuites", "TLS_AES_256_GCM_SHA384"],
        T13 + ["-ciphersuites", "TLS_AES_256_GCM_SHA384"], KEYUPDATE)
    one("tls13-chacha", T13 + ["-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256"],
        T13 + ["-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256"], KEYUPDATE)
    # 20 KB from the server: a full-size record and more.
    one("tls13-big", T13 + ["-ciphersuites", "TLS_AES_128_GCM_SHA256"],
        T13 + ["-ciphersuites", "TLS_AES_128_GCM_SHA256"], BIG)
    one("tls12-big-cbc", T12, T12 + ["-no_etm", "-cipher", "ECDHE-RSA-AES256-SHA384"], BIG)
    # HelloRetryRequest: the client's only key share is X25519, the server wants P-256.
    one("tls13-hrr", T13 + ["-groups", "P-256"], T13 + ["-groups", "X25519:P-256"])
    one("tls12-ecdhe-rsa-aes128-gcm", T12, T12 + ["-cipher", "ECDHE-RSA-AES128-GCM-SHA256"])
    one("tls12-ecdhe-rsa-aes256-gcm", T12, T12 + ["-cipher", "ECDHE-RSA-AES256-GCM-SHA384"])
    one("tls12-ecdhe-rsa-chacha", T12, T12 + ["-cipher", "ECDHE-RSA-CHACHA20-POLY1305"])
    one("tls12-ecdhe-ecdsa-aes128-gcm", T12 + ["-ecdsa"],
        T12 + ["-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256"])
    one("tls12-ecdhe-rsa-aes128-sha-etm", T12, T12 + ["-cipher", "ECDHE-RSA-AES128-SHA"])
    one("tls12-ecdhe-rsa-aes128-sha", T12, T12 + ["-no_etm", "-cipher", "ECDHE-RSA-AES128-SHA"])
    one("tls12-ecdhe-rsa-aes256-sha384", T12,
        T12 + ["-no_etm", "-cipher", "ECDHE-RSA-AES256-SHA384"])
    one("tls12-rsa-aes256-sha256", T12, T12 + ["-no_etm", "-cipher", "AES256-SHA256"])
    one("tls12-rsa-aes256-sha256-etm", T12, T12 + ["-cipher", "AES256-SHA256"])
    # Not decrypted: TLS 1.3 with AES-CCM, and TLS 1.1.
    one("tls13-ccm", T13 + ["-ciphersuites", "TLS_AES_128_CCM_SHA256"],
        T13 + ["-ciphersuites", "TLS_AES_128_CCM_SHA256"], GREETING + LOGOUT)
    one("tls11", ["-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"],
        ["-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"], GREETING + LOGOUT)
    one("tls12-reneg", T12 + ["-client_renegotiation"], T12 + ["-cipher", "ECDHE-RSA-AES128-GCM-SHA256"],
        GREETING + LOGIN + [("c", "R")] + FETCH + LOGOUT)

    # Resumption: a first full handshake writes the session, the second resumes it.
    def resumed(name, sargs, cargs, early=None):
        sess = "/tmp/imapkit-tls-%s.sess" % name
        c[name] = [("conn", name + "-full", sargs, cargs + ["-sess_out", sess],
                    GREETING + LOGOUT, False),
                   ("conn", name, sargs, cargs + ["-sess_in", sess], PLAIN, True, early)]

    resumed("tls12-resume-sid", T12 + ["-no_ticket"], T12 + ["-cipher", "ECDHE-RSA-AES128-GCM-SHA256"])
    resumed("tls12-resume-ticket", T12, T12 + ["-cipher", "ECDHE-RSA-AES256-GCM-SHA384"])
    resumed("tls13-resume", T13, T13)
    resumed("tls13-early", T13 + ["-early_data", "-max_early_data", "16384"], T13,
            early=(b"a000 NOOP\r\n", True))
    resumed("tls13-early-rejected", T13 + ["-max_early_data", "16384"], T13, early=(b"a000 NOOP\r\n", False))
    return c


def main():
    certdir, outdir = sys.argv[1], sys.argv[2]
    want = sys.argv[3:]
    for name, conns in cases().items():
        if want and name not in want:
            continue
        server = Server(certdir, conns[0][2], len(conns))
        try:
            for conn in conns:
                _, cname, _, cargs, steps, record = conn[:6]
                early = conn[6] if len(conn) > 6 else None
                connection(server, outdir, cname, cargs, steps, record, early)
        finally:
            server.finish()


if __name__ == "__main__":
    main()
