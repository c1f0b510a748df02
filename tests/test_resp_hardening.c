/* Hostile server input (HARDENING.md): for each shape a clean error for that
 * message (exact code and offset) or the exact lenient tree, bounded time, and
 * the next message of the stream still parses. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

/* libetpan CVE-2022-4121: an empty status list is valid, and decodes */
Test(resp_hardening, status_with_empty_list) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS \"RUU\" ()\r\n"),
                   "untagged STATUS (mailbox:quoted \"RUU\") (list \"()\")");
}

/* Mutt CVE-2018-14349 */
Test(resp_hardening, no_with_no_text) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* NO\r\n"),
                   "untagged NO [quirk MISSING_TEXT@4]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NO\r\n"),
                   "error IK_E_NOT_ALLOWED at 4");
}

/* libetpan and isync: a huge literal count is checked against what is there */
Test(resp_hardening, literal_past_32_bits) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 2 FETCH (UID 10 BODY[] {4294967296}\r\n"),
                   "error IK_E_INCOMPLETE at 39");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 2 FETCH (UID 10 BODY[] {2147483648}\r\nabc)\r\n"),
                   "error IK_E_INCOMPLETE at 45");
}

/* Mutt CVE-2018-14351 */
Test(resp_hardening, status_literal_count_trusted) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* STATUS {1000000}\r\nab (MESSAGES 1)\r\n"),
                   "error IK_E_INCOMPLETE at 37");
}

/* curl CVE-2017-1000257 */
Test(resp_hardening, empty_literal_then_end) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODY[TEXT] {0}\r\n"),
                   "error IK_E_INCOMPLETE at 27");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODY[TEXT] {0}\r\n)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[TEXT]\" (section/TEXT \"TEXT\") (string:literal "
                   "\"\"))");
}

/* Dovecot: a number that wraps */
Test(resp_hardening, numbers_past_32_and_64_bits) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 20496382304121724029 EXISTS\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 2");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (RFC822.SIZE 20496382304121724029)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 23");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (RFC822.SIZE 20496382304121724029)\r\n"),
                   "untagged FETCH #1 (item/RFC822.SIZE \"RFC822.SIZE\" #12 error (text \"RFC822.SIZE "
                   "20496382304121724029\")) [quirk BAD_ITEM@23]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDNEXT 20496382304121724029] x\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 14");
}

/* NUL in a quoted string or text is an error; in a literal, a flagged quirk */
Test(resp_hardening, nul_bytes) {
  cr_assert_str_eq(PN(0,
                            "* 1 FETCH (ENVELOPE (\"a\x00""b\" NIL NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "error IK_E_NUL_BYTE at 23");
  cr_assert_str_eq(PN(0,
                            "* OK [ALERT] a\x00""b\r\n"),
                   "error IK_E_NUL_BYTE at 14");
  cr_assert_str_eq(PN(0,
                            "* LIST () \"/\" {3}\r\na\x00""b\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" {3}\\x0d\\x0aa\\x00b\" (flag_list \"()\") "
                   "(string:quoted \"/\") (mailbox:literal \"a\\x00b\" nul)) [quirk NUL_IN_LITERAL@19]");
  cr_assert_str_eq(PN(STRICT,
                            "* LIST () \"/\" {3}\r\na\x00""b\r\n"),
                   "error IK_E_NOT_ALLOWED at 19");
}

/* libetpan (fuzzer) */
Test(resp_hardening, permanentflags_malformed) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [PERMANENTFLAGS (\\Seen\r\n"),
                   "untagged OK (text \"[PERMANENTFLAGS (\\\\Seen\") [quirk OTHER@27]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [PERMANENTFLAGS \\Seen] x\r\n"),
                   "untagged OK (text \"[PERMANENTFLAGS \\\\Seen] x\") [quirk OTHER@21]");
}

/* Ruby net-imap CVE-2025-25186: a uid-set is never expanded, one range of
 * 2^32 - 1 UIDs is three nodes */
Test(resp_hardening, appenduid_not_expanded) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "t OK [APPENDUID 1 1:4294967295] done\r\n"),
                   "tagged tag=t OK (code/APPENDUID \"APPENDUID\" (number \"1\" #1) (seqset \"1:4294967295\" "
                   "(seq_range \"1:4294967295\" (seq_num \"1\" #1) (seq_num \"4294967295\" #4294967295)))) "
                   "(text \"done\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "t OK [COPYUID 1 1:4294967295 1:4294967295] done\r\n"),
                   "tagged tag=t OK (code/COPYUID \"COPYUID\" (number \"1\" #1) (seqset \"1:4294967295\" "
                   "(seq_range \"1:4294967295\" (seq_num \"1\" #1) (seq_num \"4294967295\" #4294967295))) "
                   "(seqset \"1:4294967295\" (seq_range \"1:4294967295\" (seq_num \"1\" #1) (seq_num "
                   "\"4294967295\" #4294967295)))) (text \"done\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "t OK [APPENDUID 1 4294967296] done\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 18");
}

/* imap-codec (fuzzer) */
Test(resp_hardening, continuation_shapes) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ Nose[CAY a\r\n"),
                   "continuation (text \"Nose[CAY a\")");
  /* "+" SP (resp-text / base64): a "+" alone is the MISSING_TEXT quirk */
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+\r\n"),
                   "error IK_E_NOT_ALLOWED at 1");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "+\r\n"),
                   "continuation [quirk MISSING_TEXT@1]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ \r\n"),
                   "continuation");
}

/* Mutt CVE-2018-14350 */
Test(resp_hardening, long_internaldate_and_size) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (INTERNALDATE "
                            "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" "
                            "UID 1)\r\n"),
                   "untagged FETCH #1 (item/INTERNALDATE \"INTERNALDATE\" #14 error (text "
                   "\"INTERNALDATE "
                   "\\\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\\"\")) "
                   "(item/UID \"UID\" (number \"1\" #1)) [quirk BAD_ITEM@25]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE "
                            "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" "
                            "UID 1)\r\n"),
                   "error IK_E_SYNTAX at 25");
}


/* ---- shapes too large to write out ---- */

static const char *last_line(const char *s) {
  size_t n = strlen(s);
  if (n && s[n - 1] == '\n') n--;
  while (n && s[n - 1] != '\n') n--;
  return s + n;
}

/* BODYSTRUCTURE nested 100 000 deep (Dovecot's fuzzer find): TOO_DEEP at the
 * first "(" past the depth limit (128), in linear time; lenient mode keeps
 * the FETCH with that item as an error node when the nesting closes. */
Test(resp_hardening, bodystructure_100000_deep, .timeout = 60) {
  char *open = ikt_repeat("* 1 FETCH (BODYSTRUCTURE ", "(", 100000, "\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, 0, open), "error IK_E_TOO_DEEP at 152");
  char *out = ikt_then_good(open, 0);
  cr_assert_str_eq(out, "error IK_E_TOO_DEEP at 152\nuntagged FETCH #1 (item/UID \"UID\" (number \"7\" #7))\n");
  free(out);
  free(open);
  char *a = ikt_repeat("* 1 FETCH (BODYSTRUCTURE ", "(", 100000, "", NULL);
  char *b = ikt_repeat(a, ")", 100000, " UID 3)\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, STRICT, b), "error IK_E_TOO_DEEP at 152");
  const char *t = ikt_parse(S, 0, b);
  cr_assert_eq(strncmp(t, "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" #141 error (text ", 71), 0);
  cr_assert_str_eq(last_line(t) + strlen(last_line(t)) - 57,
                   "\")) (item/UID \"UID\" (number \"3\" #3)) [quirk BAD_ITEM@152]");
  free(a);
  free(b);
}

/* Thousands of unclosed "(" in an unknown response and in a FETCH item. */
Test(resp_hardening, unclosed_parentheses, .timeout = 60) {
  char *x = ikt_repeat("* XFOO ", "(", 50000, "\r\n", NULL);
  cr_assert_str_eq(ikt_parse(S, 0, x), "error IK_E_TOO_DEEP at 135");
  free(x);
  char *y = ikt_repeat("* 1 FETCH (X-ITEM ", "(", 50000, "\r\n", NULL);
  char *out = ikt_then_good(y, 0);
  cr_assert_str_eq(out, "error IK_E_TOO_DEEP at 145\nuntagged FETCH #1 (item/UID \"UID\" (number \"7\" #7))\n");
  free(out);
  free(y);
}

/* 10 000 broken items in one FETCH: each one an error node; 500 000 of
 * them in linear time. */
Test(resp_hardening, many_broken_items, .timeout = 60) {
  char *big = ikt_repeat("* 1 FETCH (UID 1", " UID x", 500000, ")\r\n", NULL);
  ik_limits l;
  ik_limits_default(&l);
  l.max_line = 16u << 20;
  cr_assert_eq(strncmp(ikt_parse_lim(S, 0, &l, big), "untagged FETCH #1 (item/UID", 27), 0);
  free(big);
  char *s = ikt_repeat("* 1 FETCH (UID 1", " UID x", 10000, ")\r\n", NULL);
  const char *t = ikt_parse(S, 0, s);
  cr_assert_eq(strncmp(t, "untagged FETCH #1 (item/UID \"UID\" (number \"1\" #1)) (item/UID \"UID\" #4 error "
                          "(text \"UID x\"))", 89), 0);
  size_t errors = 0;
  for (const char *p = t; (p = strstr(p, " error (text \"UID x\")")); p++) errors++;
  cr_assert_eq(errors, 10000);
  cr_assert_str_eq(ikt_parse(S, STRICT, s), "error IK_E_SYNTAX at 21");
  free(s);
}

/* A million-element SEARCH and a long sequence of addresses: linear. */
Test(resp_hardening, long_lists, .timeout = 60) {
  char *s = ikt_repeat("* SEARCH", " 4294967295", 1000000, "\r\n", NULL);
  ik_limits l;
  ik_limits_default(&l);
  l.max_line = 16u << 20;
  const char *t = ikt_parse_lim(S, STRICT, &l, s);
  cr_assert_eq(strncmp(t, "untagged SEARCH (number \"4294967295\" #4294967295)", 49), 0);
  free(s);
  char *a = ikt_repeat("* 1 FETCH (ENVELOPE (NIL NIL (", "(NIL NIL \"a\" \"b\")", 100000,
                   ") NIL NIL NIL NIL NIL NIL NIL))\r\n", NULL);
  t = ikt_parse_lim(S, STRICT, &l, a);
  cr_assert_eq(strncmp(t, "untagged FETCH #1 (item/ENVELOPE", 32), 0);
  free(a);
}

/* After each hostile message of the table above, the next message parses. */
Test(resp_hardening, next_message_parses) {
  static const char *const bad[] = {
      "* 2 FETCH (UID 10 BODY[] {4294967296}\r\n",
      "* 20496382304121724029 EXISTS\r\n",
      ("* 1 FETCH (INTERNALDATE \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")\r\n"),
      "* 1 FETCH (BODYSTRUCTURE (\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 0))\r\n",
      "* OK [PERMANENTFLAGS (\\Seen\r\n",
      "Server Unavailable. 15\r\n",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    for (unsigned strict = 0; strict < 2; strict++) {
      char *out = ikt_then_good(bad[i], strict ? STRICT : 0);
      cr_expect_str_eq(last_line(out), "untagged FETCH #1 (item/UID \"UID\" (number \"7\" #7))\n",
                       "after %s", bad[i]);
      free(out);
    }
  }
}
