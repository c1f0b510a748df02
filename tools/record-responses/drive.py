#!/usr/bin/env python3
"""Drives one IMAP4rev1 session against a server and records both directions.

usage: drive.py HOST PORT MAILDIR OUT_PREFIX

Writes OUT_PREFIX.server.imap (every byte the server sent) and
OUT_PREFIX.client.imap (every byte the client sent). The session uses only
RFC 3501 commands and walks through every kind of server response the grammar
types: greeting, CAPABILITY, LIST/LSUB, STATUS, SELECT/EXAMINE data and codes,
FETCH of every item and section form, SEARCH, STORE, COPY (TRYCREATE),
EXPUNGE, BADCHARSET, continuation requests, BAD/NO, BYE.
"""
import os
import re
import socket
import sys

LIT = re.compile(rb"\{(\d+)\}\r\n$")


class Session:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=20)
        self.buf = b""
        self.server = bytearray()
        self.client = bytearray()
        self.n = 0

    def _fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise EOFError("server closed the connection")
        self.server += data
        self.buf += data

    def read_message(self):
        """One server message: a line plus the literals it announces."""
        out = b""
        while True:
            while b"\r\n" not in self.buf:
                self._fill()
            i = self.buf.index(b"\r\n") + 2
            line, self.buf = self.buf[:i], self.buf[i:]
            out += line
            m = LIT.search(line)
            if not m:
                return out
            need = int(m.group(1))
            while len(self.buf) < need:
                self._fill()
            out += self.buf[:need]
            self.buf = self.buf[need:]

    def send(self, data):
        self.client += data
        self.sock.sendall(data)

    def command(self, text, literal=None):
        """Sends a command (with one synchronizing literal appended when given)
        and reads up to its tagged response; returns the responses."""
        self.n += 1
        tag = b"r%02d" % self.n
        out = []
        if literal is None:
            self.send(tag + b" " + text + b"\r\n")
        else:
            self.send(tag + b" " + text + b" {%d}\r\n" % len(literal))
            while True:
                msg = self.read_message()
                out.append(msg)
                if msg.startswith(b"+"):
                    break
                if msg.startswith(tag + b" "):
                    return out
            self.send(literal + b"\r\n")
        while True:
            msg = self.read_message()
            out.append(msg)
            if msg.startswith(tag + b" "):
                return out


def main():
    host, port, maildir, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    s = Session(host, port)
    s.read_message()  # greeting
    c = s.command
    c(b"CAPABILITY")
    c(b"NOOP")
    if not c(b"LOGIN alice secret")[-1].split(b" ")[1] == b"OK":
        raise SystemExit("LOGIN failed")
    c(b"CAPABILITY")
    c(b"CREATE Archive")
    c(b'CREATE "Sent Items"')
    c(b"CREATE Archive/2025")
    c(b"SUBSCRIBE INBOX")
    c(b"SUBSCRIBE Archive")
    flags = [b"(\\Seen)", b"(\\Answered \\Flagged)", b"()", b"(\\Seen $Label1)", b"(\\Draft)", b"()"]
    dates = [b'"03-Mar-2025 10:00:05 +0100"', b'"04-Mar-2025 11:30:00 -0500"',
             b'"05-Mar-2025 09:15:00 +0000"', b'" 6-Mar-2025 18:45:00 +0900"',
             b'"07-Mar-2025 08:00:00 +0100"', b'"08-Mar-2025 12:00:00 +0000"']
    names = sorted(f for f in os.listdir(maildir) if f.endswith(".eml"))
    for i, name in enumerate(names):
        with open(os.path.join(maildir, name), "rb") as f:
            data = f.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        c(b"APPEND INBOX " + flags[i % len(flags)] + b" " + dates[i % len(dates)], literal=data)
    c(b'LIST "" *')
    c(b'LIST "" %')
    c(b'LIST "" ""')
    c(b'LSUB "" *')
    c(b"STATUS INBOX (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN)")
    c(b'STATUS "Sent Items" (MESSAGES)')
    c(b"EXAMINE INBOX")
    c(b"SELECT INBOX")
    c(b"FETCH 1:* (FLAGS INTERNALDATE RFC822.SIZE ENVELOPE UID)")
    c(b"FETCH 1:* BODY")
    c(b"FETCH 1:* BODYSTRUCTURE")
    c(b"FETCH 1 FULL")
    c(b"FETCH 1:2 (BODY.PEEK[HEADER.FIELDS (From Subject)] BODY.PEEK[HEADER.FIELDS.NOT (Received Date)])")
    c(b"FETCH 2 (BODY.PEEK[1] BODY.PEEK[2.MIME] BODY.PEEK[2]<0.20> BODY.PEEK[TEXT]<10.30>)")
    c(b"FETCH 3 (BODY.PEEK[2] BODY.PEEK[2.HEADER] BODY.PEEK[2.TEXT] BODY.PEEK[2.2.2.1])")
    c(b"FETCH 3 (BODY.PEEK[2.2.2.HEADER] BODY.PEEK[2.2.2.TEXT] BODY.PEEK[2.1.MIME])")
    c(b"FETCH 4 (BODY.PEEK[HEADER] BODY.PEEK[1])")
    c(b"FETCH 6 (RFC822.HEADER RFC822.TEXT RFC822.SIZE)")
    c(b"FETCH 6 RFC822")
    c(b"FETCH 5 (BODY[] FLAGS)")
    c(b"UID FETCH 1:* (UID FLAGS)")
    c(b"SEARCH ALL")
    c(b"SEARCH SUBJECT deep")
    c(b"SEARCH UNSEEN")
    c(b"SEARCH FROM nobody-at-all")
    c(b"UID SEARCH 1:*")
    c(b"SEARCH CHARSET X-BOGUS TEXT x")
    c(b"STORE 1 +FLAGS (\\Flagged)")
    c(b"STORE 2 FLAGS.SILENT (\\Seen)")
    c(b"STORE 3:4 -FLAGS (\\Seen)")
    c(b"COPY 1:2 Archive")
    c(b"COPY 1 Nowhere")
    c(b"STORE 6 +FLAGS (\\Deleted)")
    c(b"EXPUNGE")
    c(b"CHECK")
    c(b"NOOP")
    c(b"BLURDYBLOOP")
    c(b"FETCH 99 FLAGS")
    c(b"SELECT Nowhere")
    c(b"CLOSE")
    c(b"LOGOUT")
    s.sock.close()
    with open(prefix + ".server.imap", "wb") as f:
        f.write(bytes(s.server))
    with open(prefix + ".client.imap", "wb") as f:
        f.write(bytes(s.client))


if __name__ == "__main__":
    main()
