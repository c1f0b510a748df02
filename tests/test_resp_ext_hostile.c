/* Hostile input to the extensions' typed responses (HARDENING.md): nesting
 * past the depth limit is a clean IK_E_TOO_DEEP at the first byte past it,
 * in linear time; huge lists are linear; uid-sets are never expanded; literal
 * counts are checked; numbers are range-checked; the next message of the
 * stream still parses. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

static const char *ext_parse_big(unsigned options, const char *msg) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_line = 16u << 20;
  return ikt_parse_lim(S, options, &l, msg);
}

/* THREAD lists nested 100 000 deep: TOO_DEEP at the first "(" past the limit
 * (128), open or closed, strict or lenient; the next message parses. */
Test(resp_ext_hostile, thread_100000_deep, .timeout = 60) {
  char *open = ikt_repeat("* THREAD ", "(", 100000, "\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, 0, open), "error IK_E_TOO_DEEP at 137");
  char *out = ikt_then_good(open, 0);
  cr_assert_str_eq(out, "error IK_E_TOO_DEEP at 137\nuntagged FETCH #1 (item/UID \"UID\" (number \"7\" #7))\n");
  free(out);
  free(open);
  char *a = ikt_repeat("* THREAD ", "(1 ", 100000, "(2)(3)", NULL);
  char *b = ikt_repeat(a, ")", 100000, "\r\n", NULL);
  cr_assert_str_eq(ext_parse_big(STRICT, b), "error IK_E_TOO_DEEP at 393");
  cr_assert_str_eq(ext_parse_big(0, b), "error IK_E_TOO_DEEP at 393");
  free(a);
  free(b);
  /* at the limit exactly: 128 levels parse */
  char *c = ikt_repeat("* THREAD ", "(", 127, "(1)(2)", NULL);
  char *d = ikt_repeat(c, ")", 127, "\r\n", NULL);
  const char *t = ikt_parse(S, 0, d);
  cr_assert_eq(strncmp(t, "untagged THREAD (thread ", 24), 0, "%.200s", t);
  free(c);
  free(d);
}

/* Deep generic values inside typed responses: an unknown ESEARCH datum, an
 * unknown LIST-EXTENDED item, an unknown STATUS attribute, an URLFETCH answer. */
Test(resp_ext_hostile, deep_generic_values, .timeout = 60) {
  char *e = ikt_repeat("* ESEARCH X-FOO ", "(", 50000, "\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, 0, e), "error IK_E_TOO_DEEP at 143");
  free(e);
  char *l = ikt_repeat("* LIST () \"/\" x (X-FOO ", "(", 50000, "\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, 0, l), "error IK_E_TOO_DEEP at 148");
  free(l);
  char *st = ikt_repeat("* STATUS x (X-FOO ", "(", 50000, "\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, 0, st), "error IK_E_TOO_DEEP at 144");
  free(st);
  char *u = ikt_repeat("* URLFETCH u ", "(", 50000, "\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, 0, u), "error IK_E_TOO_DEEP at 140");
  char *out = ikt_then_good(u, 0);
  cr_assert_str_eq(out, "error IK_E_TOO_DEEP at 140\nuntagged FETCH #1 (item/UID \"UID\" (number \"7\" #7))\n");
  free(out);
  free(u);
}

/* Long flat lists are linear: 500 000 thread lists, ESEARCH data, namespace
 * descriptors, ACL pairs, quota resources. */
Test(resp_ext_hostile, long_lists, .timeout = 60) {
  char *t = ikt_repeat("* THREAD ", "(4294967295)", 500000, "\r\n", NULL);
  cr_assert_eq(strncmp(ext_parse_big(STRICT, t), "untagged THREAD (thread \"(4294967295)\"", 38), 0);
  free(t);
  char *e = ikt_repeat("* ESEARCH (TAG \"a\")", " COUNT 1", 500000, "\r\n", NULL);
  cr_assert_eq(strncmp(ext_parse_big(STRICT, e), "untagged ESEARCH (list \"(TAG \\\"a\\\")\"", 36), 0);
  free(e);
  char *n = ikt_repeat("* NAMESPACE ((\"\" \"/\")", "(\"x/\" \"/\")", 200000, ") NIL NIL\r\n", NULL);
  cr_assert_eq(strncmp(ext_parse_big(STRICT, n), "untagged NAMESPACE (list", 24), 0);
  free(n);
  char *a = ikt_repeat("* ACL INBOX", " fred rwipslxetad", 300000, "\r\n", NULL);
  cr_assert_eq(strncmp(ext_parse_big(STRICT, a), "untagged ACL (mailbox:atom \"INBOX\" inbox) (pair", 47), 0);
  free(a);
  char *q = ikt_repeat("* QUOTA \"\" (STORAGE 1 2", " MESSAGE 1 2", 300000, ")\r\n", NULL);
  cr_assert_eq(strncmp(ext_parse_big(STRICT, q), "untagged QUOTA (string:quoted \"\") (list", 39), 0);
  free(q);
}

/* uid-sets and sequence sets stay ranges: a range of 2^32 - 1 UIDs is three
 * nodes (Ruby net-imap CVE-2025-25186) */
Test(resp_ext_hostile, sets_never_expanded) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED (EARLIER) 1:4294967295\r\n"),
                   "untagged VANISHED (list \"(EARLIER)\" (attr/EARLIER \"EARLIER\")) (seqset \"1:4294967295\" "
                   "(seq_range \"1:4294967295\" (seq_num \"1\" #1) (seq_num \"4294967295\" #4294967295)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH ALL 1:4294967295\r\n"),
                   "untagged ESEARCH (attr/ALL \"ALL 1:4294967295\" (seqset \"1:4294967295\" (seq_range "
                   "\"1:4294967295\" (seq_num \"1\" #1) (seq_num \"4294967295\" #4294967295))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED 1:4294967296\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 13");
}

/* Literal counts are checked against the bytes there; NUL only in literal8 */
Test(resp_ext_hostile, literals_and_nul) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* METADATA INBOX (/a ~{4294967296}\r\n"),
                   "error IK_E_INCOMPLETE at 36");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* ID (\"name\" {2147483648}\r\nab)\r\n"),
                   "error IK_E_INCOMPLETE at 32");
  cr_assert_str_eq(PN(0, "* ID (\"na\x00me\" \"x\")\r\n"),
                   "error IK_E_NUL_BYTE at 9");
  cr_assert_str_eq(PN(STRICT, "* METADATA INBOX (/a {3}\r\na\x00""b)\r\n"),
                   "error IK_E_NOT_ALLOWED at 26");
  cr_assert_str_eq(PN(STRICT, "* METADATA INBOX (/a ~{3}\r\na\x00""b)\r\n"),
                   "untagged METADATA (mailbox:atom \"INBOX\" inbox) (list \"(/a ~{3}\\x0d\\x0aa\\x00b)\" "
                   "(pair:atom \"/a\" (string:literal8 \"a\\x00b\" nul)))");
  cr_assert_str_eq(PN(STRICT, "* 1 FETCH (BINARY[1] {3}\r\na\x00""b)\r\n"),
                   "error IK_E_NOT_ALLOWED at 26");
}

/* Numbers past their range: 32-bit where the RFCs say number, 63-bit where
 * they say number64 or mod-sequence-value */
Test(resp_ext_hostile, numbers_past_range) {
  cr_assert_str_eq(ikt_parse(S, STRICT, "* SORT 4294967296\r\n"), "error IK_E_NUMBER_TOO_BIG at 7");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* THREAD (4294967296)\r\n"), "error IK_E_NUMBER_TOO_BIG at 10");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* QUOTA x (STORAGE 99999999999999999999 1)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* 1 FETCH (MODSEQ (9223372036854775808))\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* 1 FETCH (X-GM-THRID 99999999999999999999)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 22");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* ESEARCH MODSEQ 9223372036854775808\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 17");
  cr_assert_str_eq(ikt_parse(S, STRICT, "a OK [METADATA MAXSIZE 4294967296] x\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 23");
}

/* Truncated extension responses: INCOMPLETE or SYNTAX at the exact end */
Test(resp_ext_hostile, truncated) {
  cr_assert_str_eq(ikt_parse(S, STRICT, "* THREAD (1 (2)(3)\r\n"), "error IK_E_SYNTAX at 18");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* NAMESPACE ((\"\" \"/\"\r\n"), "error IK_E_SYNTAX at 20");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* ESEARCH (TAG \"a\"\r\n"), "error IK_E_SYNTAX at 18");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* LIST () \"/\" x (\"CHILDINFO\" (\"A\"\r\n"),
                   "error IK_E_SYNTAX at 33");
  cr_assert_str_eq(ikt_parse(S, STRICT, "* METADATA INBOX (/a\r\n"), "error IK_E_SYNTAX at 20");
  cr_assert_str_eq(ikt_parse(S, STRICT, "a OK [COPYUID 1 2\r\n"), "error IK_E_SYNTAX at 17");
}

/* Per-item recovery keeps a broken item as its bytes; an item whose literal
 * data the framer streamed away has no such bytes: no recovery, the message
 * fails (found by fuzz_response: the error item's text, regenerated, parsed
 * to another tree). An elided literal in a good item is fine. */
Test(resp_ext_hostile, no_recovery_over_streamed_literal) {
  const char *s = "* 1 FETCH (BODY[TEXT] {10}\r\n0123456789X UID 5)\r\n"
                  "* 2 FETCH (UID 3 BODY[TEXT] {10}\r\n0123456789 UID x)\r\n";
  ik_limits l;
  ik_limits_default(&l);
  l.stream_literal = 8;
  char *out = ikt_stream(S, 0, &l, (const unsigned char *)s, strlen(s), 0);
  cr_assert_str_eq(out, "literal-data 10\nerror IK_E_SYNTAX at 38\nliteral-data 10\n"
                        "untagged FETCH #2 (item/UID \"UID\" (number \"3\" #3)) (item/BODY \"BODY[TEXT]\" "
                        "(section/TEXT \"TEXT\") (string:literal \"\" #10 elided)) (item/UID \"UID\" #4 error "
                        "(text \"UID x\")) [quirk BAD_ITEM@39]\n");
  free(out);
  out = ikt_stream(S, 0, NULL, (const unsigned char *)s, strlen(s), 0);
  cr_assert_eq(strncmp(out, "untagged FETCH #1 (item/BODY \"BODY[TEXT]\" #27 error (text \"BODY[TEXT] {10}", 74),
               0, "%s", out);
  free(out);
}
