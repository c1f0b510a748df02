#!/usr/bin/env python3
"""Writes the seeds of the TLS harness (fuzz/harness_tls.c) into corpus/tls/.

Sources, all real TLS connections with their NSS key logs:
  * tests/data/tls/NAME.{c2s,s2c,order,keylog}: openssl s_client / s_server sessions
    (tests/data/tls/make.sh); the chunks follow the relay's reads (NAME.order), so
    renegotiation keeps its capture order;
  * tests/data/captures/NAME.pcapng with NAME.keylog (implicit TLS on port 993): the
    per-direction TCP payloads as `imapkit trace --dump-streams` writes them (when
    build/imapkit exists; else the tshark ground truth in NAME.streams/), client
    stream first, then the server's (the decoder lets one direction wait for the
    other).
Plus key-log-only seeds (configuration byte 3) of a few key logs.

Seed format (see fuzz/harness_tls.c): byte 0 configuration (0), 2 bytes key log
length, 2 bytes split point, the key log, then chunks: 2-byte header (bit 15
direction, bits 0-14 length) and the bytes. Nothing read here is printed.

    python3 tools/fuzz/gen_tls_seeds.py [--check]   (from the repository root)
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TLS = os.path.join(ROOT, "tests/data/tls")
CAPS = os.path.join(ROOT, "tests/data/captures")
OUT = os.path.join(ROOT, "corpus/tls")

# Small, varied sessions: every TLS 1.3 suite, HRR, resumption, 0-RTT, TLS 1.2 AEAD
# and CBC (MAC-then-encrypt, encrypt-then-MAC, RSA key exchange), resumption,
# renegotiation, and the refused ones (CCM, TLS 1.1).
CASES = [
    "tls13-aes128gcm", "tls13-aes256gcm", "tls13-chacha", "tls13-hrr", "tls13-resume",
    "tls13-early", "tls13-early-rejected", "tls13-ccm", "tls12-ecdhe-rsa-aes128-gcm",
    "tls12-ecdhe-rsa-chacha", "tls12-ecdhe-ecdsa-aes128-gcm", "tls12-ecdhe-rsa-aes128-sha",
    "tls12-ecdhe-rsa-aes128-sha-etm", "tls12-rsa-aes256-sha256", "tls12-resume-sid",
    "tls12-resume-ticket", "tls12-reneg", "tls11",
]
CAPTURES = ["dovecot-tls12", "dovecot-tls13"]
KEYLOG_ONLY = ["tls13-hrr", "tls12-reneg", "tls12-rsa-aes256-sha256"]
MAX_CHUNK = 0x7FFF


def read(path):
    with open(path, "rb") as f:
        return f.read()


def chunks(dirn, data):
    out = b""
    for i in range(0, len(data), MAX_CHUNK):
        part = data[i:i + MAX_CHUNK]
        out += struct.pack(">H", (dirn << 15) | len(part)) + part
    return out


def seed(keylog, pieces, split=0x0155):
    s = bytes([0]) + struct.pack(">HH", len(keylog), split) + keylog
    for d, b in pieces:
        if b:
            s += chunks(d, b)
    return s


def from_order(name):
    base = os.path.join(TLS, name)
    streams = [read(base + ".c2s"), read(base + ".s2c")]
    pos = [0, 0]
    pieces = []
    for line in read(base + ".order").decode().split("\n"):
        if not line.strip():
            continue
        d, n = line.split()
        d = 1 if d == "s" else 0
        n = int(n)
        pieces.append((d, streams[d][pos[d]:pos[d] + n]))
        pos[d] += n
    for d in (0, 1):
        pieces.append((d, streams[d][pos[d]:]))
    return seed(read(base + ".keylog"), pieces)


def capture_streams(name):
    """(c2s, s2c) of connection 1 of a capture."""
    imapkit = os.path.join(ROOT, "build/imapkit")
    cap = os.path.join(CAPS, name + ".pcapng")
    if os.access(imapkit, os.X_OK):
        tmp = tempfile.mkdtemp()
        try:
            subprocess.run([imapkit, "trace", "--dump-streams", tmp, cap], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            a, b = os.path.join(tmp, "1.c2s"), os.path.join(tmp, "1.s2c")
            if os.path.exists(a) and os.path.exists(b):
                return read(a), read(b)
        finally:
            shutil.rmtree(tmp)
    d = os.path.join(CAPS, name + ".streams")
    return read(os.path.join(d, "1.c2s")), read(os.path.join(d, "1.s2c"))


def main():
    seeds = {}
    for name in CASES:
        seeds["seed-" + name] = from_order(name)
    for name in CAPTURES:
        c2s, s2c = capture_streams(name)
        seeds["seed-" + name] = seed(read(os.path.join(CAPS, name + ".keylog")),
                                     [(0, c2s), (1, s2c)])
    for name in KEYLOG_ONLY:
        seeds["seed-keylog-" + name] = bytes([3]) + read(os.path.join(TLS, name + ".keylog"))
    if "--check" in sys.argv:
        bad = [n for n, b in seeds.items()
               if not os.path.exists(os.path.join(OUT, n)) or read(os.path.join(OUT, n)) != b]
        if bad:
            print("gen_tls_seeds: corpus/tls differs for: " + " ".join(bad))
            return 1
        return 0
    os.makedirs(OUT, exist_ok=True)
    for n, b in seeds.items():
        with open(os.path.join(OUT, n), "wb") as f:
            f.write(b)
    total = sum(len(b) for b in seeds.values())
    print("gen_tls_seeds: %d seeds, %d bytes in corpus/tls/" % (len(seeds), total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
