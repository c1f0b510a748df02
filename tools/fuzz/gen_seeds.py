#!/usr/bin/env python3
"""Writes the generated seeds of corpus/<harness>/ (see fuzz/README.md).

  * rfc3501-*: every example exchange of RFC 3501 (../shared/rfc/rfc3501.txt),
    client lines to corpus/command, server lines to corpus/response, literals
    included; FETCH responses also to corpus/fetch and SEARCH commands to
    corpus/search (their prefix stripped: the harness adds it back);
  * hardening-*: every input shape of ../shared/docs/HARDENING.md;
  * real-*: the recordings of real Dovecot traffic in tests/data/real/ (when
    present), and their FETCH responses and SEARCH commands;
  * gen-*: random valid messages of each side from `imapkit gen` (when
    build/imapkit is built), and their FETCH responses and SEARCH commands;
  * tests-*: every message the test suites parse (ikt_parse(SIDE, OPTS, "...")
    in tests/test_*.c), and their FETCH responses and SEARCH commands;
  * builder seeds: small programs for fuzz/harness_builder.c;
  * framer seeds: a few of the above behind the framer's 3-byte header, in
    several configurations;
  * trace seeds: small synthetic captures (pcap and pcapng; Ethernet, VLAN,
    Linux cooked, raw IP, loopback; IPv4 and IPv6; reordering, retransmission,
    loss, RST, mid-stream, fragments, cut frames) and the smallest real captures
    of tests/data/captures/.

Each harness input starts with a configuration byte (fuzz/harness_*.c); seeds use
0 (defaults) unless said otherwise. Files this script did not write (crashes
kept by `make corpus-min`, hand-made seeds) are left alone; files it writes are
overwritten. Run from anywhere: python3 tools/fuzz/gen_seeds.py
"""
import glob
import os
import re
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, 'corpus')
RFC = os.path.join(ROOT, '..', 'shared', 'rfc', 'rfc3501.txt')
written = {}


def put(harness, name, data, cfg=b'\x00'):
    d = os.path.join(CORPUS, harness)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('latin-1')
    path = os.path.join(d, name)
    with open(path, 'wb') as f:
        f.write(cfg + data)
    written[harness] = written.get(harness, 0) + 1


# ---------------------------------------------------------------------------
# RFC 3501 examples

def rfc_examples():
    """Yields (name, [(side, text)]) for every example exchange."""
    if not os.path.exists(RFC):
        return
    lines = open(RFC, encoding='latin-1').read().split('\n')
    section = '0'
    block, start = [], 0
    n = 0

    def flush():
        nonlocal block, n
        if block:
            n += 1
            out = ('rfc3501-%s-%d' % (section.rstrip('.'), n), block)
            block = []
            return out
        return None

    page_junk = re.compile(r'^(Crispin +Standards Track|RFC 3501 +IMAPv4|\f)')
    in_sample = False
    for i, raw in enumerate(lines):
        line = raw.rstrip('\r')
        m = re.match(r'^(\d+(\.\d+)*)\.? +[A-Z]', line)
        if m and not line.startswith(' '):
            r = flush()
            if r:
                yield r
            section = m.group(1)
            n = 0
            in_sample = section == '8'
            continue
        if page_junk.match(line):
            continue
        m = re.match(r'^(?:   Example: +| {10,})([CS]):(?: (.*))?$', line)
        if not m and in_sample:
            m = re.match(r'^([CS]): {1,4}(.*)$', line)
        if m:
            block.append([m.group(1), (m.group(2) or '')])
            continue
        if in_sample and block and re.match(r'^ {5,}\S', line):
            block[-1][1] += ' ' + line.strip()  # a line broken for editorial clarity
            continue
        if line.strip() == '' and block and not in_sample:
            # an example may be split by page breaks: look ahead for more lines
            j = i + 1
            while j < len(lines) and (lines[j].strip() == '' or page_junk.match(lines[j])):
                j += 1
            if j < len(lines) and re.match(r'^ {10,}[CS]:', lines[j]):
                continue
            r = flush()
            if r:
                yield r
    r = flush()
    if r:
        yield r


def side_stream(block, side):
    """The bytes one side sends (the RFC's literal counts match CRLF line ends)."""
    text = '\r\n'.join(t for s, t in block if s == side)
    if not text:
        return b''
    return (text + '\r\n').encode('latin-1')


FETCH_RE = re.compile(rb'^\* \d+ FETCH \(', re.I)
SEARCH_RE = re.compile(rb'^[^ ]+ (?:UID )?SEARCH ', re.I)


def messages(stream):
    """Splits a stream into messages (a line plus the literals it announces)."""
    out, i = [], 0
    while i < len(stream):
        start = i
        while True:
            j = stream.find(b'\n', i)
            if j < 0:
                i = len(stream)
                break
            line = stream[i:j + 1]
            m = re.search(rb'\{(\d+)[+-]?\}\r?\n$', line)
            i = j + 1
            if m and int(m.group(1)) < 1 << 20:
                i += int(m.group(1))
                continue
            break
        out.append(stream[start:i])
    return out


def fetch_and_search(prefix, stream):
    for k, msg in enumerate(messages(stream)):
        m = FETCH_RE.match(msg)
        if m:
            put('fetch', '%s-fetch-%d' % (prefix, k), msg[m.end():])
        m = SEARCH_RE.match(msg)
        if m:
            put('search', '%s-search-%d' % (prefix, k), msg[m.end():])


def gen_rfc():
    for name, block in rfc_examples():
        c = side_stream(block, 'C')
        s = side_stream(block, 'S')
        if c:
            put('command', name, c)
            fetch_and_search(name, c)
        if s:
            put('response', name, s)
            fetch_and_search(name, s)
    # the section 8 transcript as a strict-mode check of both sides, small limits
    for name, block in rfc_examples():
        if name.startswith('rfc3501-8-'):
            put('command', name + '-small-limits', side_stream(block, 'C'), b'\x01')
            put('response', name + '-small-limits', side_stream(block, 'S'), b'\x01')
            put('response', name + '-streamed-literals', side_stream(block, 'S'), b'\x03')
            put('framer', name + '-client', side_stream(block, 'C'), b'\x00\x20\x00')
            put('framer', name + '-server', side_stream(block, 'S'), b'\x01\x40\x00')
            put('framer', name + '-server-streamed', side_stream(block, 'S'), b'\x09\x40\x00')


# ---------------------------------------------------------------------------
# HARDENING.md shapes

def gen_hardening():
    C, S = 'command', 'response'
    deep = 16384
    shapes = [
        (C, 'nul-in-quoted-before-escape', b'a LOGIN "ab\x00cd\\"x" p\r\n'),
        (S, 'bodystructure-nested-16384', b'* 1 FETCH (BODYSTRUCTURE ' + b'(' * deep + b')' * deep +
         b')\r\n'),
        ('fetch', 'bodystructure-nested-16384', b'BODYSTRUCTURE ' + b'(' * deep + b')' * deep + b')\r\n'),
        (C, 'unclosed-parens-id', b'a ID ' + b'(' * deep + b'\r\n'),
        (C, 'unclosed-parens-before-login', b'a LOGIN ' + b'(' * 4096 + b'\r\na LOGIN u p\r\n'),
        ('search', 'not-chain', b'NOT ' * 5000 + b'ALL\r\n'),
        ('search', 'deep-parens', b'(' * 2000 + b'ALL' + b')' * 2000 + b'\r\n'),
        ('search', 'or-chain', b'OR ALL ' * 2000 + b'ALL\r\n'),
        (S, 'truncated-body-part', b'* 1 FETCH (BODYSTRUCTURE ("message" "rfc822" NIL NIL NIL "7bit" 0))\r\n'),
        ('fetch', 'truncated-body-part', b'BODY ("message" "rfc822" NIL NIL NIL "7bit" 0))\r\n'),
        (C, 'tag-with-tab', b'a\tk=v IDLE\r\nDONE\r\n'),
        (C, 'tag-with-controls', b'a\x01\x1b[31m NOOP\r\n'),
        (C, 'number-past-64-bits', b'a FETCH 20496382304121724029 FLAGS\r\n'),
        (S, 'number-past-64-bits', b'* 20496382304121724029 EXISTS\r\n'),
        (C, 'many-literals', b'a SEARCH' + b' TEXT {16}\r\n0123456789abcdef' * 64 + b'\r\n'),
        (C, 'huge-literal-announced', b'a SEARCH TEXT {131072}\r\nshort\r\n'),
        (C, 'literal-nul-for-astring', b'a LOGIN {7}\r\nfoo\x00bar p\r\n'),
        (C, 'body-p-not-peek', b'a FETCH 1 body[p\r\na FETCH 1 BODY.PEEK[]\r\na FETCH 1 body.peek[header]\r\n'),
        (C, 'unmatched-quote-mailbox', b'a SELECT "Unclosed' + b'x' * 300 + b'\r\n'),
        (S, 'status-ruu-empty', b'* STATUS "RUU" ()\r\n'),
        (S, 'literal-4294967296', b'* 2 FETCH (UID 10 BODY[] {4294967296}\r\n'),
        (S, 'literal-over-64mib', b'* 1 FETCH (BODY[] {67108865}\r\nabc'),
        (S, 'eof-inside-literal', b'* 1 FETCH (BODY[] {10}\r\nabc'),
        (S, 'malformed-permanentflags', b'* OK [PERMANENTFLAGS (\\Seen \\Answered\r\n* OK [PERMANENTFLAGS\r\n'),
        (S, 'bad-section', b'* 1 FETCH (BODY[1.HEADER.FOO] {0}\r\n)\r\n* 1 FETCH (BODY[0] NIL)\r\n'),
        (S, 'no-without-text', b'* NO\r\na NO\r\n* BAD\r\n'),
        (S, 'internaldate-long', b'* 1 FETCH (INTERNALDATE "' + b'17-Jul-1996 02:44:25 -0700' * 6 + b'")\r\n'),
        (S, 'rfc822-size-long', b'* 1 FETCH (RFC822.SIZE ' + b'9' * 160 + b')\r\n'),
        (S, 'status-literal-count', b'* STATUS {1000000}\r\nabc (MESSAGES 1)\r\n'),
        (C, 'mailbox-quotes-backslashes', b'a SELECT "' + b'\\"\\\\' * 300 + b'"\r\n'),
        (C, 'mailbox-backquote-traversal', b'a SELECT "../../etc/`id`"\r\na CREATE ../x\r\n'),
        (S, 'list-mailbox-quotes-backslashes', b'* LIST () "/" "' + b'\\\\\\"' * 300 + b'"\r\n'),
        (S, 'long-line-no-lf', b'* OK ' + b'x' * 2000),
        (S, 'vanished-large-set', b'* VANISHED (EARLIER) ' + b','.join(b'%d:%d' % (i * 3 + 1, i * 3 + 2) for i in range(1000)) + b'\r\n'),
        (S, 'fetch-body-text-0-truncated', b'* 1 FETCH (BODY[TEXT] {0}\r\n'),
        (S, 'appenduid-wrong-command', b't OK [APPENDUID 1 5] done\r\n'),
        (S, 'appenduid-huge-set', b'* OK [APPENDUID 1 1:4294967295] x\r\n* OK [COPYUID 1 1:4294967295 1:4294967295] y\r\n'),
        (C, 'literal-2gib', b'a APPEND x {2147483648}\r\n'),
        (S, 'server-huge-literal', b'* 1 FETCH (BODY[] {999999999999}\r\n'),
        (S, 'continuation-text-or-base64', b'+ Nose[CAY a\r\n+\r\n+ \r\n+ YmFzZTY0\r\n+ [ALERT] x\r\n'),
        (C, 'sasl-session', b'a AUTHENTICATE PLAIN\r\nAGZyZWQAYmxvb3A=\r\nb AUTHENTICATE LOGIN\r\n*\r\nc AUTHENTICATE PLAIN AGZyZWQAYmxvb3A=\r\n'),
        (C, 'idle-done', b'a IDLE\r\nDONE\r\nb IDLE\r\nnot done\r\n'),
        (C, 'starttls-pipelined', b'a STARTTLS\r\nb LOGIN u p\r\n'),
        (S, 'preauth-greeting', b'* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n'),
        (C, 'nonsync-literal-over-4096', b'a APPEND x {5000+}\r\n' + b'y' * 5000 + b'\r\n'),
        (C, 'literal8-nul', b'a APPEND x ~{5}\r\na\x00b\x00c\r\n'),
        (S, 'literal8-binary', b'* 1 FETCH (BINARY[1] ~{4}\r\n\x00\xff\x00\xfe)\r\n'),
        (S, 'bare-lf-and-trailing-space', b'* OK hi \n* 1 EXISTS \r\n'),
    ]
    for side, name, data in shapes:
        put(side, 'hardening-' + name, data)
    # the framer: the same shapes under tight limits and streaming
    for side, name, data in shapes:
        if side in (C, S) and len(data) < 4096:
            put('framer', 'hardening-' + name, data,
                bytes([0x02 | (1 if side == S else 0), len(data) // 2 & 0xFF, len(data) // 2 >> 8]))
            put('framer', 'hardening-' + name + '-streamed', data,
                bytes([0x08 | (1 if side == S else 0), 3, 0]))


def gen_framer_extra():
    cases = [
        ('quoted-braces', b'a LOGIN "{5}" "x\\"{3}"\r\nb NOOP\r\n'),
        ('quote-then-announce-long', b'a X "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {2}\r\nab\r\nb NOOP\r\n'),
        ('nonsync-and-sync', b'a APPEND x {3+}\r\nabc {2}\r\nde\r\n'),
        ('literal8', b'a APPEND x ~{3}\r\n\x00\x01\x02\r\n'),
        ('announce-21-digits', b'a X {123456789012345678901}\r\nabc\r\n'),
        ('empty-lines', b'\r\n\r\n\n'),
        ('cr-inside', b'a NOOP\rb\r\n'),
    ]
    for name, data in cases:
        for cfg in (0x00, 0x01, 0x03, 0x0A, 0x1B):
            put('framer', 'extra-%s-%02x' % (name, cfg), data, bytes([cfg, len(data) // 3, 0]))


# ---------------------------------------------------------------------------
# real recordings

def gen_real():
    real = sorted(glob.glob(os.path.join(ROOT, 'tests', 'data', 'real', '*.imap')))
    for path in real:
        base = os.path.basename(path)[:-5]
        data = open(path, 'rb').read()
        if base.endswith('.client'):
            put('command', 'real-' + base, data)
        elif base.endswith('.server'):
            put('response', 'real-' + base, data)
        else:
            continue
        fetch_and_search('real-' + base, data)


# ---------------------------------------------------------------------------
# imapkit gen: random valid messages of each side (when build/imapkit is built)

def gen_generator():
    exe = os.path.join(ROOT, 'build', 'imapkit')
    if not os.access(exe, os.X_OK):
        print('gen_seeds: build/imapkit not built: no gen-* seeds (run make first)')
        return
    import subprocess
    for side, harness in (('client', 'command'), ('server', 'response')):
        for seed in range(1, 9):
            r = subprocess.run([exe, 'gen', '--side', side, '--count', '20', '--seed', str(seed)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if r.returncode != 0 or not r.stdout:
                continue
            name = 'gen-%s-%d' % (side, seed)
            put(harness, name, r.stdout)
            fetch_and_search(name, r.stdout)


# ---------------------------------------------------------------------------
# the messages of the test suites: ikt_parse(SIDE, OPTIONS, "literal" ...)

C_ESC = {'n': 10, 'r': 13, 't': 9, '0': 0, '\\': 92, '"': 34, "'": 39, 'a': 7, 'b': 8,
         'f': 12, 'v': 11, '?': 63}


def c_string(src, i):
    """Parses adjacent C string literals at src[i]; returns (bytes, end) or (None, i)."""
    out = bytearray()
    found = False
    while True:
        while i < len(src) and src[i] in ' \t\r\n':
            i += 1
        if i >= len(src) or src[i] != '"':
            break
        found = True
        i += 1
        while i < len(src) and src[i] != '"':
            c = src[i]
            if c != '\\':
                out += c.encode('latin-1', 'replace')
                i += 1
                continue
            e = src[i + 1]
            if e == 'x':
                j = i + 2
                while j < len(src) and src[j] in '0123456789abcdefABCDEF':
                    j += 1
                out.append(int(src[i + 2:j], 16) & 0xFF)
                i = j
            elif e in '01234567':
                j = i + 1
                while j < len(src) and j < i + 4 and src[j] in '01234567':
                    j += 1
                out.append(int(src[i + 1:j], 8) & 0xFF)
                i = j
            else:
                out.append(C_ESC.get(e, ord(e)))
                i += 2
        i += 1
    return (bytes(out), i) if found else (None, i)


def gen_tests():
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'test_*.c'))):
        base = os.path.basename(path)[:-2]
        if base == 'test_regressions':
            continue
        src = open(path, encoding='latin-1').read()
        k = 0
        for m in re.finditer(r'ikt_parse\(\s*(\w+)\s*,\s*[^,()]+,', src):
            side = m.group(1)
            data, _ = c_string(src, m.end())
            if not data or not data.endswith(b'\n'):
                continue
            k += 1
            name = 'tests-%s-%d' % (base[5:], k)
            if side in ('C', 'IK_SIDE_CLIENT'):
                put('command', name, data)
            elif side in ('S', 'IK_SIDE_SERVER'):
                put('response', name, data)
            else:
                continue
            fetch_and_search(name, data)


# ---------------------------------------------------------------------------
# synthetic captures

def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def tcp(src, dst, sport, dport, seq, ack, flags, payload, v6=False):
    hdr = struct.pack('!HHIIBBHHH', sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, 5 << 4,
                      flags, 65535, 0, 0)
    if v6:
        pseudo = src + dst + struct.pack('!IxxxB', len(hdr) + len(payload), 6)
    else:
        pseudo = src + dst + struct.pack('!BBH', 0, 6, len(hdr) + len(payload))
    c = csum(pseudo + hdr + payload)
    return hdr[:16] + struct.pack('!H', c) + hdr[18:] + payload


def ipv4(src, dst, seg, frag=0, ident=1):
    hdr = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(seg), ident, frag, 64, 6, 0, src, dst)
    return hdr[:10] + struct.pack('!H', csum(hdr)) + hdr[12:] + seg


def ipv6(src, dst, seg):
    return struct.pack('!IHBB16s16s', 6 << 28, len(seg), 6, 64, src, dst) + seg


def ether(ip, v6=False, vlan=None):
    et = 0x86DD if v6 else 0x0800
    tag = b'' if vlan is None else struct.pack('!HH', 0x8100, vlan)
    return b'\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01' + tag + struct.pack('!H', et) + ip


def pcap(frames, linktype=1, snap=65535, nsec=False):
    magic = 0xA1B23C4D if nsec else 0xA1B2C3D4
    out = struct.pack('<IHHiIII', magic, 2, 4, 0, 0, snap, linktype)
    for k, fr in enumerate(frames):
        data, wire = (fr if isinstance(fr, tuple) else (fr, len(fr)))
        out += struct.pack('<IIII', 1700000000 + k, k * 1000, len(data), wire) + data
    return out


def pcapng(frames, linktype=1):
    def block(t, body):
        pad = (-len(body)) % 4
        n = 12 + len(body) + pad
        return struct.pack('<II', t, n) + body + b'\0' * pad + struct.pack('<I', n)
    out = block(0x0A0D0D0A, struct.pack('<IHHq', 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack('<HHI', linktype, 0, 65535))
    for k, data in enumerate(frames):
        ts = (1700000000 + k) * 1000000
        out += block(6, struct.pack('<IIIII', 0, ts >> 32, ts & 0xFFFFFFFF, len(data), len(data)) + data)
    return out


A4, B4 = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
A6, B6 = bytes(15) + b'\x01', bytes(15) + b'\x02'
SYN, ACK, PSH, FIN, RST = 0x02, 0x10, 0x08, 0x01, 0x04


def session(segments, v6=False, link='eth', vlan=None, cport=40000, sport=143):
    """segments: (dir 'c'/'s', flags, seq offset, payload); returns frames."""
    src, dst = (A6, B6) if v6 else (A4, B4)
    cisn, sisn = 1000, 5000
    frames = []
    for d, flags, off, payload in segments:
        if d == 'c':
            seg = tcp(src, dst, cport, sport, cisn + off, sisn + 1, flags, payload, v6)
            ip = ipv6(src, dst, seg) if v6 else ipv4(src, dst, seg)
        else:
            seg = tcp(dst, src, sport, cport, sisn + off, cisn + 1, flags, payload, v6)
            ip = ipv6(dst, src, seg) if v6 else ipv4(dst, src, seg)
        if link == 'eth':
            frames.append(ether(ip, v6, vlan))
        elif link == 'raw':
            frames.append(ip)
        elif link == 'sll':
            frames.append(struct.pack('!HHH8sH', 0, 1, 6, b'\0' * 8, 0x86DD if v6 else 0x0800) + ip)
        elif link == 'null':
            frames.append(struct.pack('<I', 30 if v6 else 2) + ip)
    return frames


def imap_segments():
    greet = b'* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n'
    cmds = b'a1 LOGIN fred {6+}\r\nsecret\r\na2 SELECT INBOX\r\n'
    resp = (b'a1 OK done\r\n* 1 EXISTS\r\n* FLAGS (\\Seen)\r\na2 OK [READ-WRITE] ok\r\n'
            b'* 1 FETCH (UID 7 BODY[] {5}\r\nhello)\r\n')
    bye = b'a3 LOGOUT\r\n'
    s1 = len(greet)
    return [
        ('c', SYN, -1, b''), ('s', SYN | ACK, -1, b''), ('c', ACK, 0, b''),
        ('s', PSH | ACK, 0, greet),
        ('c', PSH | ACK, 0, cmds),
        ('s', PSH | ACK, s1, resp),
        ('c', PSH | ACK, len(cmds), bye),
        ('s', FIN | ACK, s1 + len(resp), b''),
        ('c', FIN | ACK, len(cmds) + len(bye), b''),
    ]


def gen_trace():
    base = imap_segments()
    put('trace', 'synth-basic.pcap', pcap(session(base)), b'')
    put('trace', 'synth-basic.pcapng', pcapng(session(base)), b'')
    put('trace', 'synth-basic-nsec.pcap', pcap(session(base), nsec=True), b'')
    put('trace', 'synth-ipv6-vlan.pcap', pcap(session(base, v6=True, vlan=7)), b'')
    put('trace', 'synth-sll.pcap', pcap(session(base, link='sll'), linktype=113), b'')
    put('trace', 'synth-raw.pcap', pcap(session(base, link='raw'), linktype=101), b'')
    put('trace', 'synth-loopback.pcap', pcap(session(base, link='null', v6=True), linktype=0), b'')
    # reordered, retransmitted, overlapping
    greet = base[3][3]
    resp = base[5]
    half = len(resp[3]) // 2
    segs = base[:5] + [('s', PSH | ACK, resp[2] + half, resp[3][half:]),
                       ('s', PSH | ACK, resp[2], resp[3][:half + 3]),
                       ('s', PSH | ACK, resp[2], resp[3][:half])] + base[6:]
    put('trace', 'synth-reorder-retransmit.pcap', pcap(session(segs)), b'')
    # a lost segment (acknowledged later), then a reset
    segs = base[:5] + [('s', PSH | ACK, resp[2] + half, resp[3][half:]),
                       ('c', ACK, len(base[4][3]), b''), ('s', RST, resp[2] + len(resp[3]), b'')]
    put('trace', 'synth-gap-reset.pcap', pcap(session(segs)), b'')
    # caught mid-stream on an unknown port: the greeting tells the server
    segs = [s for s in base if s[1] & SYN == 0]
    put('trace', 'synth-midstream-port.pcap', pcap(session(segs, sport=10143, cport=10144)), b'')
    # IPv4 fragment and a frame cut by the snapshot length
    fr = session(base)
    frag = ether(ipv4(B4, A4, tcp(B4, A4, 143, 40000, 5001, 1001, PSH | ACK, greet), frag=0x2000, ident=9))
    cut = (fr[5][:40], len(fr[5]))
    put('trace', 'synth-fragment-cut.pcap', pcap(fr[:4] + [frag, cut] + fr[6:]), b'')
    # more connections than the harness's limit of 4 (eviction)
    frames = []
    for k in range(6):
        frames += session(base[:5], cport=41000 + k)
    put('trace', 'synth-many-connections.pcap', pcap(frames), b'')
    # damaged files
    good = pcap(session(base))
    put('trace', 'synth-truncated-file.pcap', good[:len(good) - 7], b'')
    put('trace', 'synth-header-only.pcapng', pcapng([]), b'')
    # the smallest real captures
    caps = sorted(glob.glob(os.path.join(ROOT, 'tests', 'data', 'captures', '*.pcap*')),
                  key=os.path.getsize)
    for path in caps[:2]:
        put('trace', 'real-' + os.path.basename(path), open(path, 'rb').read(), b'')


# ---------------------------------------------------------------------------
# builder programs (fuzz/harness_builder.c): config byte, then messages, each a
# begin operation, values (operation byte % 30, then its operands) and 0xFF (end)

def s8(b):
    return bytes([len(b)]) + b


def gen_builder():
    C, S = b'\x00', b'\x01'
    end = b'\xff'
    progs = {
        # a1 XFUZZ FLAGS "a b" {3} abc NIL (1 2) BODY[1.HEADER.FIELDS (From)]<0.10>
        'client-generic': C + b'\x00\x00\x00\x01' + b'\x00\x00' + b'\x02' + s8(b'a b') +
        b'\x05' + s8(b'abc') + b'\x04' + b'\x11' + b'\x09\x00\x00\x00\x01' +
        b'\x09\x00\x00\x00\x02' + b'\x14' + b'\x19\x00' + b'\x1a\x01' + b'\x1b\x01' +
        b'\x11' + b'\x01' + s8(b'From') + b'\x14' + b'\x1c' + b'\x1d\x00\x00\x0a' + end,
        # a1 LOGIN with a user name that holds CRLF (must become a literal)
        'client-login-injection': C + b'\x00\x00\x00\x04' + b'\x01' + s8(b'u\r\na2 DELETE INBOX') +
        b'\x01' + s8(b'pw') + end,
        'client-literal-plus-binary': b'\x0a' + b'\x00\x00\x00\x0a' + b'\x08' + s8(b'INBOX') +
        b'\x06' + s8(b'a\x00b') + b'\x05' + s8(b'x' * 40) + end,
        'client-done-sasl': C + b'\x01' + b'\x02' + s8(b'\x00user\x00pass') + b'\x03',
        'client-search-dates': C + b'\x00\x00\x00\x08' + b'\x10\x07\xd2\x02\x01' +
        b'\x0b\x02\x00\x01\x00\x04\x00\x07\x00\x00' + b'\x0f' + b'\x00' * 8 + b'\x00\x3c' + end,
        # * XRESP (\Seen $Junk) 42 "x"
        'server-generic': S + b'\x01\x00' + b'\x0e\x02\x00\x02' + b'\x09\x00\x00\x00\x2a' +
        b'\x02' + s8(b'x') + end,
        # a1 OK [XCODE 1] done; * OK [UIDNEXT 5] text; + [ALERT] text
        'server-status-codes': S + b'\x00\x00\x00' + b'\x16\x00' + b'\x09\x00\x00\x00\x01' +
        b'\x17' + b'\x18' + s8(b'done') + end + b'\x01\x03' + b'\x16\x02' +
        b'\x09\x00\x00\x00\x05' + b'\x17' + b'\x18' + s8(b'text') + end + b'\x03' + b'\x16\x01' +
        b'\x17' + b'\x18' + s8(b'hello') + end,
        'server-fetch': S + b'\x02\x00\x00\x00\x07\x03' + b'\x11' + b'\x00\x01' +
        b'\x09\x00\x00\x00\x09' + b'\x19\x00' + b'\x1c' + b'\x1d\x00\x00\x00' + b'\x05' +
        s8(b'hello') + b'\x14' + end,
    }
    for name, prog in progs.items():
        put('builder', 'prog-' + name, prog, b'')


def main():
    gen_rfc()
    gen_hardening()
    gen_framer_extra()
    gen_real()
    gen_tests()
    gen_generator()
    gen_builder()
    gen_trace()
    for h in sorted(written):
        print('corpus/%s: %d seeds written' % (h, written[h]))


if __name__ == '__main__':
    sys.exit(main())
