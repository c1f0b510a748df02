#!/usr/bin/env python3
"""Writes fuzz/imap.dict: every terminal of the IMAP grammar, for libFuzzer and AFL++.

Sources, merged and de-duplicated:
  * parser/imapkit_keywords.h (IK_KEYWORDS: every keyword the parser knows);
  * the quoted terminals of RFC 3501's formal syntax (section 9), read from
    ../shared/rfc/rfc3501.txt when it is there (else only the other two);
  * a hand list below: syntax pieces (literal markers, CRLF, brackets), flags,
    capabilities, extension terms, response-code and body-structure shapes.
Also writes fuzz/pcap.dict for the trace harness (capture-format magic numbers).
Run from the repository root: python3 tools/fuzz/gen_dict.py
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

HAND = [
    # syntax
    "\r\n", "\n", " ", "(", ")", "[", "]", "<", ">", "{", "}", "{0}\r\n", "{1}\r\n",
    "{5}\r\n", "{5+}\r\n", "{5-}\r\n", "~{", "~{5}\r\n", "+}", "-}", "}\r\n", "\"", "\\",
    "\\\"", "\\\\", "*", "+", "+ ", "* ", "a1 ", "NIL", "nil", "()", "(())", "\"\"",
    "{4294967296}", "{18446744073709551616}", "{2147483648}", "4294967295", "4294967296",
    "9223372036854775807", "20496382304121724029", "1:*", "*:1", "1:4294967295", "$",
    "1,2,3:5", "\x00", "\x7f", "\xff", "\xc3\xa9", "\t",
    # message heads
    "* OK ", "* NO ", "* BAD ", "* BYE ", "* PREAUTH ", "a OK ", "a NO ", "a BAD ",
    "* 1 FETCH (", "* 1 EXISTS", "* 1 RECENT", "* 1 EXPUNGE", "* SEARCH", "* ESEARCH",
    "* LIST ", "* LSUB ", "* STATUS ", "* FLAGS ", "* CAPABILITY ", "* NAMESPACE ",
    "* ENABLED ", "* ID ", "* QUOTA ", "* QUOTAROOT ", "* METADATA ", "* VANISHED ",
    "* VANISHED (EARLIER) ", "* SORT", "* THREAD",
    "a UID ", "UID FETCH", "UID SEARCH", "UID STORE", "UID COPY", "UID MOVE", "UID EXPUNGE",
    # flags
    "\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft", "\\Recent", "\\*",
    "\\Noinferiors", "\\Noselect", "\\Marked", "\\Unmarked", "\\HasChildren",
    "\\HasNoChildren", "\\NonExistent", "\\Subscribed", "\\Remote", "\\All", "\\Archive",
    "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash", "\\Important", "$Forwarded",
    "$MDNSent", "$Junk", "$NotJunk", "$Phishing",
    # FETCH items and sections
    "BODY[", "BODY.PEEK[", "BODY[]", "BODY[]<0>", "BODY[]<0.10>", "BODY[TEXT]",
    "BODY[HEADER]", "BODY[1]", "BODY[1.2.3]", "BODY[1.MIME]", "BODY[1.HEADER]",
    "BODY[HEADER.FIELDS (FROM TO)]", "BODY[HEADER.FIELDS.NOT (SUBJECT)]", "HEADER.FIELDS (",
    "BINARY[", "BINARY.PEEK[", "BINARY.SIZE[", "BINARY[1]", "<0.", "<0>", "RFC822.SIZE ",
    "INTERNALDATE \"17-Jul-1996 02:44:25 -0700\"", "\"17-Jul-1996 02:44:25 -0700\"",
    "\" 1-Feb-1994 00:00:00 +0000\"", "1-Feb-1994", "\"1-Feb-1994\"", "-0700", "+0000",
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "ENVELOPE (", "BODYSTRUCTURE (", "BODY (", "(\"text\" \"plain\" ", "(\"TEXT\" \"PLAIN\" ",
    "(\"message\" \"rfc822\" ", "\"MESSAGE\" \"RFC822\"", "\"mixed\"", "\"alternative\"",
    "(\"charset\" \"us-ascii\")", "\"7bit\"", "\"base64\"", "\"quoted-printable\"",
    "(\"attachment\" (\"filename\" \"a.txt\"))", "(NIL NIL \"x\" \"example.com\")",
    "((NIL NIL \"x\" \"example.com\"))", "MODSEQ (", "X-GM-MSGID ", "X-GM-THRID ",
    "X-GM-LABELS (", "EMAILID (", "THREADID (", "SAVEDATE ", "PREVIEW ",
    # response codes
    "[ALERT]", "[PARSE]", "[READ-ONLY]", "[READ-WRITE]", "[TRYCREATE]", "[UIDNEXT ",
    "[UIDVALIDITY ", "[UNSEEN ", "[PERMANENTFLAGS (", "[CAPABILITY ", "[BADCHARSET (",
    "[APPENDUID ", "[COPYUID ", "[HIGHESTMODSEQ ", "[NOMODSEQ]", "[MODIFIED ", "[CLOSED]",
    "[UIDNOTSTICKY]", "[REFERRAL ", "[COMPRESSIONACTIVE]", "[OVERQUOTA]", "[ALREADYEXISTS]",
    "[NONEXISTENT]", "[SERVERBUG]", "[CLIENTBUG]", "[CANNOT]", "[LIMIT]", "[INUSE]",
    "[EXPUNGEISSUED]", "[CORRUPTION]", "[UNAVAILABLE]", "[AUTHENTICATIONFAILED]",
    "[AUTHORIZATIONFAILED]", "[EXPIRED]", "[PRIVACYREQUIRED]", "[CONTACTADMIN]",
    "[NOPERM]", "[ANNOTATE TOOBIG]", "[METADATA LONGENTRIES ", "[APPENDLIMIT ",
    # capabilities
    "IMAP4rev1", "IMAP4rev2", "STARTTLS", "LOGINDISABLED", "AUTH=PLAIN", "AUTH=LOGIN",
    "AUTH=XOAUTH2", "AUTH=SCRAM-SHA-256", "SASL-IR", "LITERAL+", "LITERAL-", "IDLE",
    "NAMESPACE", "UIDPLUS", "CONDSTORE", "QRESYNC", "ENABLE", "ESEARCH", "SEARCHRES",
    "SORT", "THREAD=REFERENCES", "THREAD=ORDEREDSUBJECT", "MOVE", "SPECIAL-USE",
    "LIST-EXTENDED", "LIST-STATUS", "BINARY", "CATENATE", "MULTIAPPEND", "UNSELECT",
    "CHILDREN", "ID", "COMPRESS=DEFLATE", "QUOTA", "ACL", "RIGHTS=texk", "METADATA",
    "UTF8=ACCEPT", "UTF8=ONLY", "WITHIN", "CONTEXT=SEARCH", "ESORT", "I18NLEVEL=1",
    "NOTIFY", "FILTERS", "SAVEDATE", "OBJECTID", "PREVIEW", "STATUS=SIZE", "X-GM-EXT-1",
    "XLIST", "APPENDLIMIT=35651584",
    # commands and their pieces
    "AUTHENTICATE PLAIN", "AUTHENTICATE PLAIN =", "DONE", "STORE 1 +FLAGS (",
    "STORE 1 -FLAGS.SILENT (", "FLAGS.SILENT", "(UNCHANGEDSINCE ", "(CHANGEDSINCE ",
    "(VANISHED)", "(QRESYNC (", "(CONDSTORE)", "SEARCH ", "CHARSET UTF-8 ", "CHARSET ",
    "RETURN (", "RETURN (MIN MAX COUNT ALL SAVE)", "NOT ", "OR ", "ALL", "ANSWERED", "BCC ",
    "BEFORE ", "BODY ", "CC ", "DELETED", "FLAGGED", "FROM ", "HEADER ", "KEYWORD ",
    "LARGER ", "NEW", "OLD", "ON ", "RECENT", "SEEN", "SENTBEFORE ", "SENTON ", "SENTSINCE ",
    "SINCE ", "SMALLER ", "SUBJECT ", "TEXT ", "TO ", "UID ", "UNANSWERED", "UNDELETED",
    "UNDRAFT", "UNFLAGGED", "UNKEYWORD ", "UNSEEN", "DRAFT", "MODSEQ ", "OLDER ",
    "YOUNGER ", "X-GM-RAW ", "FUZZY ", "SAVEDBEFORE ", "EMAILID ", "THREADID ",
    "LIST \"\" \"*\"", "LIST (SUBSCRIBED) \"\" ", "RETURN (CHILDREN SPECIAL-USE STATUS (",
    "STATUS INBOX (MESSAGES UNSEEN UIDNEXT UIDVALIDITY RECENT HIGHESTMODSEQ SIZE)",
    "APPEND INBOX (\\Seen) ", "CATENATE (URL ", "TEXT {", "SELECT INBOX", "EXAMINE ",
    "COMPRESS DEFLATE", "ENABLE QRESYNC", "ID (\"name\" \"x\")", "GETQUOTAROOT INBOX",
    "SETMETADATA ", "GETMETADATA ", "(DEPTH infinity)", "(MAXSIZE 1024)", "/private/comment",
    "/shared/vendor", "SORT (", "REVERSE ARRIVAL", "THREAD REFERENCES UTF-8 ALL",
    "INBOX", "inbox", "\"INBOX\"", "\"/\"", "\".\"", "&AMk-", "../", "`",
]


def escape(b):
    out = []
    for c in b:
        if c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append('\\\\')
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append('\\x%02X' % c)
    return '"' + ''.join(out) + '"'


def keywords():
    path = os.path.join(ROOT, 'parser', 'imapkit_keywords.h')
    with open(path) as f:
        return re.findall(r'X\(\w+, "([^"]*)"\)', f.read())


def rfc_terminals():
    path = os.path.join(ROOT, '..', 'shared', 'rfc', 'rfc3501.txt')
    if not os.path.exists(path):
        return []
    text = open(path).read()
    start = text.find('9.      Formal Syntax')
    end = text.find('10.     Author', start)
    syntax = text[start:end if end > 0 else None]
    out = []
    for line in syntax.split('\n'):
        if line.startswith('Crispin') or line.startswith('RFC 3501'):
            continue
        # quoted terminals of the ABNF; skip the prose inside <...>
        for t in re.findall(r'"([^"\n]{1,40})"', re.sub(r'<[^>]*>', '', line)):
            out.append(t)
    return out


def main():
    seen = set()
    entries = []
    for src in (keywords(), rfc_terminals(), HAND):
        for t in src:
            b = t.encode('latin-1') if isinstance(t, str) else t
            if not b or b in seen or len(b) > 128:
                continue
            seen.add(b)
            entries.append(b)
    out = os.path.join(ROOT, 'fuzz', 'imap.dict')
    with open(out, 'w') as f:
        f.write('# IMAP terminals for libFuzzer (-dict=) and AFL++ (-x).\n')
        f.write('# Generated by tools/fuzz/gen_dict.py from parser/imapkit_keywords.h,\n')
        f.write('# the RFC 3501 formal syntax and a hand list: edit the script, not this file.\n')
        for b in entries:
            f.write(escape(b) + '\n')
    print('%s: %d entries' % (os.path.relpath(out, ROOT), len(entries)))

    pcap = [
        b'\xd4\xc3\xb2\xa1', b'\xa1\xb2\xc3\xd4', b'\x4d\x3c\xb2\xa1', b'\xa1\xb2\x3c\x4d',
        b'\x0a\x0d\x0d\x0a', b'\x1a\x2b\x3c\x4d', b'\x4d\x3c\x2b\x1a', b'\x01\x00\x00\x00',
        b'\x06\x00\x00\x00', b'\x03\x00\x00\x00', b'\x02\x00\x00\x00', b'\x05\x00\x00\x00',
        b'\x08\x00', b'\x86\xdd', b'\x81\x00', b'\x88\xa8', b'\x45\x00', b'\x60\x00\x00\x00',
        b'\x06', b'\x11', b'\x00\x8f', b'\x03\xe1', b'\x50\x18', b'\x50\x02', b'\x50\x12',
        b'\x50\x10', b'\x50\x11', b'\x50\x04', b'\x71\x00\x00\x00', b'\x00\x00\x00\x71',
        b'\x94\x00\x00\x00', b'\x65\x00\x00\x00', b'\x00\x00\x00\x00', b'\xff\xff\xff\xff',
        b'\xff\xff\x00\x00', b'\x00\x04', b'\x00\x01', b'\x02\x00\x00\x00',
        b'* OK ', b'a1 LOGIN ', b'\r\n', b'\x16\x03\x01', b'\x17\x03\x03',
    ]
    out = os.path.join(ROOT, 'fuzz', 'pcap.dict')
    with open(out, 'w') as f:
        f.write('# Capture-format tokens for the trace harness (libFuzzer -dict=, AFL++ -x).\n')
        f.write('# Generated by tools/fuzz/gen_dict.py: edit the script, not this file.\n')
        for b in pcap:
            f.write(escape(b) + '\n')
    print('%s: %d entries' % (os.path.relpath(out, ROOT), len(pcap)))


if __name__ == '__main__':
    sys.exit(main())
