/* Server data about mailboxes and the server (RFC 3501 7.2-7.4.1):
 * CAPABILITY, FLAGS, LIST, LSUB, SEARCH, STATUS, EXISTS, RECENT, EXPUNGE.
 * Exact trees; quirks strict and lenient; exact errors. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

Test(resp_mailbox, capability_data) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED\r\n"),
                   "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") "
                   "(capability:atom/STARTTLS \"STARTTLS\") (capability:atom \"AUTH=GSSAPI\") "
                   "(capability:atom \"LOGINDISABLED\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* CAPABILITY IMAP4rev2 IMAP4rev1 LITERAL- X-GM-EXT-1\r\n"),
                   "untagged CAPABILITY (capability:atom/IMAP4REV2 \"IMAP4rev2\") "
                   "(capability:atom/IMAP4REV1 \"IMAP4rev1\") (capability:atom/LITERAL- \"LITERAL-\") "
                   "(capability:atom \"X-GM-EXT-1\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* CAPABILITY\r\n"),
                   "untagged CAPABILITY");
}

/* double spaces between capabilities and a trailing space (Exchange, Yahoo, qq.com) */
Test(resp_mailbox, capability_spacing_quirks) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* CAPABILITY IMAP4rev1  IDLE \r\n"),
                   "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") "
                   "(capability:atom/IDLE \"IDLE\") [quirk EXTRA_SPACE@23] [quirk TRAILING_SPACE@28]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* CAPABILITY IMAP4rev1  IDLE\r\n"),
                   "error IK_E_NOT_ALLOWED at 23");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* CAPABILITY IMAP4rev1 IDLE \r\n"),
                   "error IK_E_NOT_ALLOWED at 27");
}

Test(resp_mailbox, capability_malformed_falls_back_to_generic) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* CAPABILITY IMAP4rev1 (X)\r\n"),
                   "untagged CAPABILITY generic (string:atom \"IMAP4rev1\" generic) (list \"(X)\" "
                   "(string:atom \"X\" generic)) [quirk GENERIC_FALLBACK@23]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* CAPABILITY IMAP4rev1 (X)\r\n"),
                   "error IK_E_SYNTAX at 23");
}

Test(resp_mailbox, flags) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"),
                   "untagged FLAGS (flag_list \"(\\\\Answered \\\\Flagged \\\\Deleted \\\\Seen \\\\Draft)\" "
                   "(flag:atom \"\\\\Answered\") (flag:atom \"\\\\Flagged\") (flag:atom \"\\\\Deleted\") "
                   "(flag:atom \"\\\\Seen\") (flag:atom \"\\\\Draft\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* FLAGS ()\r\n"),
                   "untagged FLAGS (flag_list \"()\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* FLAGS (\\Seen $Forwarded Junk NonJunk)\r\n"),
                   "untagged FLAGS (flag_list \"(\\\\Seen $Forwarded Junk NonJunk)\" (flag:atom "
                   "\"\\\\Seen\") (flag:atom \"$Forwarded\") (flag:atom \"Junk\") (flag:atom \"NonJunk\"))");
}

/* "]" inside a keyword (Gmail), space before ")", double and trailing spaces */
Test(resp_mailbox, flags_quirks) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* FLAGS (\\Seen [Gmail]Important )\r\n"),
                   "untagged FLAGS (flag_list \"(\\\\Seen [Gmail]Important )\" (flag:atom \"\\\\Seen\") "
                   "(flag:atom \"[Gmail]Important\")) [quirk BRACKET_IN_ATOM@21] [quirk "
                   "SPACE_BEFORE_PAREN@31]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* FLAGS (\\Seen [Gmail]Important)\r\n"),
                   "error IK_E_NOT_ALLOWED at 21");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* FLAGS (\\Seen  \\Draft) \r\n"),
                   "untagged FLAGS (flag_list \"(\\\\Seen  \\\\Draft)\" (flag:atom \"\\\\Seen\") (flag:atom "
                   "\"\\\\Draft\")) [quirk EXTRA_SPACE@15] [quirk TRAILING_SPACE@23]");
}

Test(resp_mailbox, list) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Noselect) \\\"/\\\" ~/Mail/foo\" (flag_list "
                   "\"(\\\\Noselect)\" (flag:atom \"\\\\Noselect\")) (string:quoted \"/\") (mailbox:atom "
                   "\"~/Mail/foo\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () NIL inbox\r\n"),
                   "untagged LIST (mailbox_list \"() NIL inbox\" (flag_list \"()\") (string:nil \"NIL\") "
                   "(mailbox:atom \"inbox\" inbox))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\HasNoChildren \\Marked) \".\" \"Sent Items\"\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\HasNoChildren \\\\Marked) \\\".\\\" \\\"Sent Items\\\"\" "
                   "(flag_list \"(\\\\HasNoChildren \\\\Marked)\" (flag:atom \"\\\\HasNoChildren\") "
                   "(flag:atom \"\\\\Marked\")) (string:quoted \".\") (mailbox:quoted \"Sent Items\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"\\\\\" {4}\r\nA\\\"b\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"\\\\\\\\\\\" {4}\\x0d\\x0aA\\\\\\\"b\" (flag_list \"()\") "
                   "(string:quoted \"\\\\\\\\\" esc) (mailbox:literal \"A\\\\\\\"b\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Noinferiors \\Unmarked) \"/\" Entw&APw-rfe\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Noinferiors \\\\Unmarked) \\\"/\\\" Entw&APw-rfe\" "
                   "(flag_list \"(\\\\Noinferiors \\\\Unmarked)\" (flag:atom \"\\\\Noinferiors\") (flag:atom "
                   "\"\\\\Unmarked\")) (string:quoted \"/\") (mailbox:atom \"Entw&APw-rfe\"))");
}

/* attributes are flag-extensions ("\" atom), the delimiter one QUOTED-CHAR; lenient mode decodes a malformed LIST generically */
Test(resp_mailbox, list_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (Noselect) \"/\" foo\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"//\" foo\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\"\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* LIST () \"/\"\r\n"),
                   "untagged LIST generic (list \"()\") (string:quoted \"/\" generic) [quirk "
                   "GENERIC_FALLBACK@13]");
}

/* RFC 5258 extended data after the mailbox: a LIST of PAIRs in the entry,
 * CHILDINFO and OLDNAME typed, others generic values */
Test(resp_mailbox, list_extension_tail) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\HasChildren) \"/\" Archive (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\HasChildren) \\\"/\\\" Archive (\\\"CHILDINFO\\\" "
                   "(\\\"SUBSCRIBED\\\"))\" (flag_list \"(\\\\HasChildren)\" (flag:atom \"\\\\HasChildren\")) "
                   "(string:quoted \"/\") (mailbox:atom \"Archive\") (list \"(\\\"CHILDINFO\\\" "
                   "(\\\"SUBSCRIBED\\\"))\" (pair:quoted/CHILDINFO \"CHILDINFO\" (list \"(\\\"SUBSCRIBED\\\")\" "
                   "(string:quoted \"SUBSCRIBED\")))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Noselect) \"/\" foo (X-FOO 1 \"CHILDINFO\" (\"SUBSCRIBED\" \"X\"))\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Noselect) \\\"/\\\" foo (X-FOO 1 \\\"CHILDINFO\\\" "
                   "(\\\"SUBSCRIBED\\\" \\\"X\\\"))\" (flag_list \"(\\\\Noselect)\" (flag:atom \"\\\\Noselect\")) "
                   "(string:quoted \"/\") (mailbox:atom \"foo\") (list \"(X-FOO 1 \\\"CHILDINFO\\\" "
                   "(\\\"SUBSCRIBED\\\" \\\"X\\\"))\" (pair:atom \"X-FOO\" generic (number \"1\" #1)) "
                   "(pair:quoted/CHILDINFO \"CHILDINFO\" (list \"(\\\"SUBSCRIBED\\\" \\\"X\\\")\" (string:quoted "
                   "\"SUBSCRIBED\") (string:quoted \"X\")))))");
  /* an empty extended list; a tail that is no list is not LIST-EXTENDED */
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" foo ()\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" foo ()\" (flag_list \"()\") (string:quoted \"/\") "
                   "(mailbox:atom \"foo\") (list \"()\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" foo bar\r\n"),
                   "error IK_E_SYNTAX at 18");
}

Test(resp_mailbox, lsub) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LSUB () \".\" #news.comp.mail.misc\r\n"),
                   "untagged LSUB (mailbox_list \"() \\\".\\\" #news.comp.mail.misc\" (flag_list \"()\") "
                   "(string:quoted \".\") (mailbox:atom \"#news.comp.mail.misc\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LSUB (\\NoSelect) \".\" #news.comp.mail\r\n"),
                   "untagged LSUB (mailbox_list \"(\\\\NoSelect) \\\".\\\" #news.comp.mail\" (flag_list "
                   "\"(\\\\NoSelect)\" (flag:atom \"\\\\NoSelect\")) (string:quoted \".\") (mailbox:atom "
                   "\"#news.comp.mail\"))");
}

Test(resp_mailbox, list_8bit_mailbox_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* LIST () \"/\" Entw\xc3""\xbc""rfe\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" Entw\\xc3\\xbcrfe\" (flag_list \"()\") "
                   "(string:quoted \"/\") (mailbox:atom \"Entw\\xc3\\xbcrfe\" 8bit)) [quirk EIGHT_BIT@18] "
                   "[quirk EIGHT_BIT@19]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" Entw\xc3""\xbc""rfe\r\n"),
                   "error IK_E_NOT_ALLOWED at 18");
}

Test(resp_mailbox, search) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 2 84 882\r\n"),
                   "untagged SEARCH (number \"2\" #2) (number \"84\" #84) (number \"882\" #882)");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH\r\n"),
                   "untagged SEARCH");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 4294967295\r\n"),
                   "untagged SEARCH (number \"4294967295\" #4294967295)");
}

/* Exchange's trailing space; zero is not an nz-number (lenient: generic); 33 bits is an error */
Test(resp_mailbox, search_quirks_and_errors) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* SEARCH 7456 \r\n"),
                   "untagged SEARCH (number \"7456\" #7456) [quirk TRAILING_SPACE@13]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 7456 \r\n"),
                   "error IK_E_NOT_ALLOWED at 13");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* SEARCH 1  2\r\n"),
                   "untagged SEARCH (number \"1\" #1) (number \"2\" #2) [quirk EXTRA_SPACE@11]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 0\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* SEARCH 0\r\n"),
                   "untagged SEARCH generic (number \"0\" #0) [quirk GENERIC_FALLBACK@9]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 4294967296\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 9");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* SEARCH 4294967296\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 9");
}

Test(resp_mailbox, status) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n"),
                   "untagged STATUS (mailbox:atom \"blurdybloop\") (list \"(MESSAGES 231 UIDNEXT "
                   "44292)\" (status_att/MESSAGES \"MESSAGES\" (number \"231\" #231)) "
                   "(status_att/UIDNEXT \"UIDNEXT\" (number \"44292\" #44292)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES 1 RECENT 0 UIDNEXT 5 UIDVALIDITY 3857529045 UNSEEN "
                            "0)\r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(MESSAGES 1 RECENT 0 "
                   "UIDNEXT 5 UIDVALIDITY 3857529045 UNSEEN 0)\" (status_att/MESSAGES \"MESSAGES\" "
                   "(number \"1\" #1)) (status_att/RECENT \"RECENT\" (number \"0\" #0)) "
                   "(status_att/UIDNEXT \"UIDNEXT\" (number \"5\" #5)) (status_att/UIDVALIDITY "
                   "\"UIDVALIDITY\" (number \"3857529045\" #3857529045)) (status_att/UNSEEN \"UNSEEN\" "
                   "(number \"0\" #0)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS \"RUU\" ()\r\n"),
                   "untagged STATUS (mailbox:quoted \"RUU\") (list \"()\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS {4}\r\nA \"B (MESSAGES 2)\r\n"),
                   "untagged STATUS (mailbox:literal \"A \\\"B\") (list \"(MESSAGES 2)\" "
                   "(status_att/MESSAGES \"MESSAGES\" (number \"2\" #2)))");
}

/* RFC 9051 SIZE is a number64; APPENDLIMIT (RFC 7889) and MAILBOXID (RFC
 * 8474) are typed; values of other extensions are kept generic */
Test(resp_mailbox, status_extensions) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (SIZE 9223372036854775807 DELETED 0 HIGHESTMODSEQ 7)\r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(SIZE 9223372036854775807 "
                   "DELETED 0 HIGHESTMODSEQ 7)\" (status_att/SIZE \"SIZE\" (number "
                   "\"9223372036854775807\" #9223372036854775807)) (status_att/DELETED \"DELETED\" "
                   "(number \"0\" #0)) (status_att/HIGHESTMODSEQ \"HIGHESTMODSEQ\" (number \"7\" #7)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES 1 APPENDLIMIT NIL MAILBOXID (F2212ea87) X-FOO (a 2))\r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(MESSAGES 1 APPENDLIMIT NIL "
                   "MAILBOXID (F2212ea87) X-FOO (a 2))\" (status_att/MESSAGES \"MESSAGES\" (number \"1\" #1)) "
                   "(status_att/APPENDLIMIT \"APPENDLIMIT\" (string:nil \"NIL\")) (status_att/MAILBOXID "
                   "\"MAILBOXID\" (list \"(F2212ea87)\" (string:atom \"F2212ea87\"))) (status_att \"X-FOO\" "
                   "generic (list \"(a 2)\" (string:atom \"a\" generic) (number \"2\" #2))))");
}

Test(resp_mailbox, status_quirks_and_errors) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* STATUS INBOX (MESSAGES 1 ) \r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(MESSAGES 1 )\" "
                   "(status_att/MESSAGES \"MESSAGES\" (number \"1\" #1))) [quirk SPACE_BEFORE_PAREN@26] "
                   "[quirk TRAILING_SPACE@28]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES 1) \r\n"),
                   "error IK_E_NOT_ALLOWED at 27");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES x)\r\n"),
                   "error IK_E_SYNTAX at 25");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* STATUS INBOX (MESSAGES x)\r\n"),
                   "untagged STATUS generic (string:atom \"INBOX\" generic) (list \"(MESSAGES x)\" "
                   "(string:atom \"MESSAGES\" generic) (string:atom \"x\" generic)) [quirk "
                   "GENERIC_FALLBACK@25]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES 99999999999999999999)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 25");
}

Test(resp_mailbox, exists_recent_expunge) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 0 EXISTS\r\n"),
                   "untagged EXISTS #0");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 4294967295 EXISTS\r\n"),
                   "untagged EXISTS #4294967295");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 5 RECENT\r\n"),
                   "untagged RECENT #5");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 44 EXPUNGE\r\n"),
                   "untagged EXPUNGE #44");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 44 EXPUNGE \r\n"),
                   "untagged EXPUNGE #44 [quirk TRAILING_SPACE@12]");
}

Test(resp_mailbox, message_number_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 0 EXPUNGE\r\n"),
                   "error IK_E_SYNTAX at 2");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 0 FETCH (UID 1)\r\n"),
                   "error IK_E_SYNTAX at 2");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 4294967296 EXISTS\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 2");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 3 EXISTS x\r\n"),
                   "error IK_E_SYNTAX at 11");
}

Test(resp_mailbox, data_names_in_odd_places_are_generic) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a1 CAPABILITY IMAP4rev1\r\n"),
                   "tagged tag=a1 CAPABILITY generic (string:atom \"IMAP4rev1\" generic)");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 3 FLAGS ()\r\n"),
                   "untagged FLAGS #3 generic (list \"()\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* EXISTS\r\n"),
                   "untagged EXISTS generic");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* FETCH (UID 1)\r\n"),
                   "untagged FETCH generic (list \"(UID 1)\" (string:atom \"UID\" generic) (number \"1\" "
                   "#1))");
}

