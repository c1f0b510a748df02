/*
 * Hostile commands: nesting far beyond the limit, huge sequence sets, many
 * literals, absurd literal sizes, bytes where they must not be. Each one is a
 * clean error at its exact offset (or a correct tree), in time linear in the
 * input (the timeouts are generous bounds, not measurements), and the command
 * after it still parses.
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* Limits for streams with very long lines. */
static const ik_limits *big(void) {
  static ik_limits l;
  ik_limits_default(&l);
  l.max_line = 64u << 20;
  l.max_message = 256u << 20;
  return &l;
}

Test(cmd_hostile, search_not_100000_deep, .timeout = 20) {
  char *s = ikt_repeat("a SEARCH ", "NOT ", 100000, "SEEN\r\n", NULL);
  /* 128 levels are allowed (default max_depth); the 129th NOT is refused */
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 521");
  char want[64];
  snprintf(want, sizeof want, "error IK_E_TOO_DEEP at %u", 9 + 4096 * 4);
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(100000), s), want); /* capped at IK_DEPTH_HARD */
  free(s);
}

Test(cmd_hostile, search_or_100000_deep, .timeout = 20) {
  char *s = ikt_repeat("a SEARCH ", "OR SEEN ", 100000, "SEEN\r\n", NULL);
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 1033"); /* 9 + 128 * 8 */
  free(s);
  s = ikt_repeat("a SEARCH ", "OR ", 100000, "SEEN\r\n", NULL);
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 393"); /* 9 + 128 * 3 */
  free(s);
}

Test(cmd_hostile, search_parentheses_100000_deep, .timeout = 20) {
  size_t n;
  char *open = ikt_repeat("a SEARCH ", "(", 100000, "SEEN", &n);
  char *s = ikt_repeat(open, ")", 100000, "\r\n", NULL);
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 137"); /* 9 + 128 */
  free(open);
  free(s);
}

Test(cmd_hostile, search_mixed_100000_deep, .timeout = 20) {
  char *s = ikt_repeat("a SEARCH ", "NOT (OR SEEN ", 100000, "SEEN\r\n", NULL);
  /* each unit nests three levels: NOT, (, OR; 42 units are 126 levels, and
   * the 129th push is the OR of unit 43, at 9 + 42 * 13 + 5 */
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 560");
  free(s);
}

Test(cmd_hostile, deep_nesting_then_next_command, .timeout = 20) {
  size_t n;
  char *s = ikt_repeat("a SEARCH ", "NOT ", 100000, "SEEN\r\nb NOOP\r\n", &n);
  char *got = ikt_stream(C, 0, big(), (const unsigned char *)s, n, 0);
  cr_expect_str_eq(got, "error IK_E_TOO_DEEP at 521\ncommand tag=b NOOP\n");
  free(got);
  free(s);
}

Test(cmd_hostile, deep_generic_arguments, .timeout = 20) {
  char *s = ikt_repeat("a FETCH 1 (XFOO ", "(", 100000, "\r\n", NULL);
  /* LIST (1), FETCH_ATT (2), its argument LIST (3) at offset 16, then one level
   * per "(": level 129 is the "(" at 13 + 129 */
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 142");
  free(s);
  s = ikt_repeat("a SELECT x (XFOO ", "(", 100000, "\r\n", NULL);
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 143");
  free(s);
}

Test(cmd_hostile, sequence_set_of_a_million_ranges, .timeout = 60) {
  size_t n;
  char *s = ikt_repeat("a UID FETCH 1:2", ",3:4", 999999, " FLAGS\r\n", &n);
  ik_parser p;
  ik_parser_init(&p, C, 0, big());
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  ik_message *m = NULL;
  ik_error e;
  cr_assert_eq(ik_parse(&p, (const unsigned char *)s, n, &a, &m, &e), IK_E_OK);
  const ik_node *set = m->args;
  cr_assert_eq(set->kind, IK_N_SEQSET);
  cr_expect_eq(ik_node_count(set), 1000000);
  cr_expect_eq(set->span.len, n - 12 - 8);
  const ik_node *last = ik_node_nth(set, 999999);
  cr_expect_eq(last->kind, IK_N_SEQ_RANGE);
  cr_expect_eq(last->child->num, 3);
  cr_expect_eq(last->child->next->num, 4);
  ik_arena_free(&a);
  /* and through the framer, with a line limit large enough */
  char *got = ikt_stream(C, 0, big(), (const unsigned char *)s, n, 65536);
  cr_expect(strncmp(got, "command tag=a UID FETCH (seqset \"1:2,3:4,", 41) == 0, "%.60s", got);
  free(got);
  free(s);
}

Test(cmd_hostile, sequence_set_over_the_line_limit) {
  size_t n;
  char *s = ikt_repeat("a FETCH 1", ",1", 40000, " FLAGS\r\nb NOOP\r\n", &n);
  char *got = ikt_stream(C, 0, NULL, (const unsigned char *)s, n, 0);
  cr_expect_str_eq(got, "error IK_E_LINE_TOO_LONG at 65536\ncommand tag=b NOOP\n");
  free(got);
  free(s);
}

Test(cmd_hostile, a_thousand_literals, .timeout = 20) {
  size_t n;
  char *s = ikt_repeat("a SEARCH", " TEXT {1}\r\nx", 1000, "\r\nb NOOP\r\n", &n);
  char *got = ikt_stream(C, STRICT, NULL, (const unsigned char *)s, n, 0);
  const char *second = strchr(got, '\n');
  cr_assert(second);
  cr_expect(strncmp(got, "command tag=a SEARCH (key/TEXT \"TEXT {1}\\x0d\\x0ax\" (string:literal \"x\"))", 72) == 0,
            "%.80s", got);
  cr_expect_str_eq(second + 1, "command tag=b NOOP\n");
  free(got);
  free(s);
  /* one more than the limit: the framer refuses the message, the next parses */
  s = ikt_repeat("a SEARCH", " TEXT {1}\r\nx", 1001, "\r\nb NOOP\r\n", &n);
  got = ikt_stream(C, 0, NULL, (const unsigned char *)s, n, 0);
  cr_expect(strstr(got, "error IK_E_TOO_MANY_LITERALS at ") == got, "%s", got);
  cr_expect(strstr(got, "\ncommand tag=b NOOP\n") != NULL, "%s", got);
  free(got);
  free(s);
}

Test(cmd_hostile, absurd_literal_sizes) {
  static const char s[] = "a LOGIN {99999999999}\r\nb NOOP\r\n";
  char *got = ikt_stream(C, 0, NULL, (const unsigned char *)s, sizeof s - 1, 0);
  cr_expect_str_eq(got, "error IK_E_LITERAL_TOO_BIG at 8\ncommand tag=b NOOP\n");
  free(got);
  /* past 64 bits in the parser itself */
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {99999999999999999999}\r\n"), "error IK_E_NUMBER_TOO_BIG at 9");
  /* announced, not sent */
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {99999999999}\r\nx\r\n"), "error IK_E_INCOMPLETE at 26");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x {4294967296}\r\n"), "error IK_E_INCOMPLETE at 25");
}

Test(cmd_hostile, tag_with_tab) {
  cr_expect_str_eq(ikt_parse(C, 0, "a\tk=v IDLE\r\n"), "error IK_E_SYNTAX at 1");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a\tk=v IDLE\r\n"), "error IK_E_SYNTAX at 1");
}

Test(cmd_hostile, nul_in_quoted_before_escape) {
  static const char s[] = "a LOGIN \"ab\0cd\\\"x\" p\r\n";
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)s, sizeof s - 1), "error IK_E_NUL_BYTE at 11");
  cr_expect_str_eq(ikt_parse_n(C, STRICT, (const unsigned char *)s, sizeof s - 1), "error IK_E_NUL_BYTE at 11");
}

Test(cmd_hostile, unmatched_quote_in_mailbox) {
  static const char s[] = "a SELECT \"INBOX\r\nb SELECT \"x\\\"\r\nc NOOP\r\n";
  char *got = ikt_stream(C, 0, NULL, (const unsigned char *)s, sizeof s - 1, 0);
  cr_expect_str_eq(got, "error IK_E_SYNTAX at 15\nerror IK_E_SYNTAX at 30\ncommand tag=c NOOP\n");
  free(got);
}

Test(cmd_hostile, body_p_is_not_body_peek) {
  /* Cyrus CVE-2004-1012: "body[p" taken for "BODY.PEEK[" */
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 body[p\r\n"), "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (body[p])\r\n"), "error IK_E_SYNTAX at 16");
  /* lenient: an unknown attribute "body.p", which takes no section */
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 body.p[]\r\n"), "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 body.p[]\r\n"), "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 body.peek[p]\r\n"), "error IK_E_SYNTAX at 20");
}

Test(cmd_hostile, every_chunking_gives_the_same_messages) {
  static const char s[] =
      "a LOGIN {3+}\r\nbob {2}\r\npw\r\n"
      "b SEARCH CHARSET UTF-8 OR (SUBJECT {5}\r\nhello NOT SEEN) UID 1:*\r\n"
      "c APPEND x (\\Seen) \"02-Feb-2024 10:00:00 +0100\" {3}\r\nabc {2+}\r\nde\r\n"
      "d UID FETCH 1:* (BODY.PEEK[HEADER.FIELDS ({4}\r\nFROM)]<0.10>)\r\n"
      "e IDLE\r\nDONE\r\n";
  char *whole = ikt_stream(C, 0, NULL, (const unsigned char *)s, sizeof s - 1, 0);
  cr_expect(strstr(whole, "error") == NULL, "%s", whole);
  for (size_t k = 1; k < 40; k++) {
    char *got = ikt_stream(C, 0, NULL, (const unsigned char *)s, sizeof s - 1, k);
    cr_expect_str_eq(got, whole, "chunk %zu", k);
    free(got);
  }
  free(whole);
}

Test(cmd_hostile, guard_page_at_every_length) {
  /* Every prefix of a command, placed right before a guard page: no read past
   * the end (ikt_parse_n copies to a guarded buffer). */
  static const char s[] =
      "a UID FETCH 1:* (BODY.PEEK[1.2.HEADER.FIELDS (A \"B\" {1}\r\nC)]<0.5> X (Y (Z)))"
      " (CHANGEDSINCE 5)\r\n";
  for (size_t n = 1; n <= sizeof s - 1; n++) {
    const char *got = ikt_parse_n(C, 0, (const unsigned char *)s, n);
    cr_expect(strncmp(got, "error", 5) == 0 || n == sizeof s - 1, "%zu: %s", n, got);
  }
  static const char t[] = "a SEARCH OR (NOT SUBJECT {3}\r\nabc) SINCE \"1-Feb-2024\"\r\n";
  for (size_t n = 1; n < sizeof t - 1; n++) {
    const char *got = ikt_parse_n(C, 0, (const unsigned char *)t, n);
    cr_expect(strncmp(got, "error", 5) == 0, "%zu: %s", n, got);
  }
}
