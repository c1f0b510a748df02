/* Lexical forms of RFC 3501 section 9 through the generic grammar: the exact
 * node of each form, and the exact error code and offset of malformed ones. */
#include <criterion/criterion.h>
#include <string.h>

#include "testutil.h"

#define C IK_SIDE_CLIENT
#define S IK_SIDE_SERVER

Test(lexical, quoted_with_escapes_and_8bit) {
  cr_assert_str_eq(ikt_parse(C, 0, "a XX \"a\\\\b\\\"c\" \"\xc3\xa9t\xc3\xa9\"\r\n"),
                   "command tag=a XX generic (string:quoted \"a\\\\\\\\b\\\\\\\"c\" esc generic) "
                   "(string:quoted \"\\xc3\\xa9t\\xc3\\xa9\" 8bit generic)");
}

Test(lexical, quoted_errors) {
  /* a backslash may only escape '"' or '\\' */
  cr_assert_str_eq(ikt_parse(C, 0, "a XX \"a\\nb\"\r\n"), "error IK_E_SYNTAX at 8");
  /* NUL inside a quoted string before an escape (Dovecot CVE-2019-11500) */
  cr_assert_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a LOGIN \"ab\0cd\\\"x\" p\r\n", 22),
                   "error IK_E_NUL_BYTE at 11");
  /* an unmatched quote (UW-IMAP CVE-2005-2933) */
  cr_assert_str_eq(ikt_parse(C, 0, "a SELECT \"Unclosed\r\n"), "error IK_E_SYNTAX at 18");
}

Test(lexical, literal_forms) {
  cr_assert_str_eq(ikt_parse(C, 0, "a XX {3}\r\nabc {2+}\r\nde ~{1}\r\nf\r\n"),
                   "command tag=a XX generic (string:literal \"abc\" generic) "
                   "(string:literal \"de\" nonsync generic) (string:literal8 \"f\" generic)");
  /* NUL is kept in literal8; in a plain literal it is a lenient quirk (Gmail) */
  cr_assert_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a XX ~{3}\r\nx\0y\r\n", 16),
                   "command tag=a XX generic (string:literal8 \"x\\x00y\" nul generic)");
  cr_assert_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a XX {3}\r\nx\0y\r\n", 15),
                   "command tag=a XX generic (string:literal \"x\\x00y\" nul generic) [quirk NUL_IN_LITERAL@10]");
  cr_assert_str_eq(ikt_parse_n(C, IK_PARSE_STRICT, (const unsigned char *)"a XX {3}\r\nx\0y\r\n", 15),
                   "error IK_E_NOT_ALLOWED at 10");
  /* {7} then "foo\0bar" where an astring is expected (Cyrus): kept exactly */
  cr_assert_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a XX {7}\r\nfoo\0bar\r\n", 19),
                   "command tag=a XX generic (string:literal \"foo\\x00bar\" nul generic) [quirk NUL_IN_LITERAL@10]");
}

Test(lexical, literal_shorter_than_announced) {
  /* A message that ends inside its literal: never read past the buffer. */
  cr_assert_str_eq(ikt_parse(C, 0, "a XX {10}\r\nabc\r\n"), "error IK_E_INCOMPLETE at 16");
  cr_assert_str_eq(ikt_parse(S, 0, "* 1 FETCH (BODY[TEXT] {0}\r\n"), "error IK_E_INCOMPLETE at 27");
}

Test(lexical, numbers) {
  cr_assert_str_eq(ikt_parse(S, 0, "* 4294967295 EXISTS\r\n"), "untagged EXISTS #4294967295");
  /* number is 32-bit (RFC 3501); 2^32 and a 64-bit wrap are clean errors */
  cr_assert_str_eq(ikt_parse(S, 0, "* 4294967296 EXISTS\r\n"), "error IK_E_NUMBER_TOO_BIG at 2");
  cr_assert_str_eq(ikt_parse(S, 0, "* 20496382304121724029 EXISTS\r\n"), "error IK_E_NUMBER_TOO_BIG at 2");
}

Test(lexical, tag) {
  cr_assert_str_eq(ikt_parse(C, 0, "A.1-x] NOOP\r\n"), "command tag=A.1-x] NOOP");
  /* a tag with TAB or other controls (Dovecot CVE-2020-24386) */
  cr_assert_str_eq(ikt_parse(C, 0, "a\tk=v IDLE\r\n"), "error IK_E_SYNTAX at 1");
  cr_assert_str_eq(ikt_parse(C, 0, "+a NOOP\r\n"), "error IK_E_SYNTAX at 0");
  cr_assert_str_eq(ikt_parse(C, 0, "a{ NOOP\r\n"), "error IK_E_SYNTAX at 1");
}

Test(lexical, line_endings) {
  cr_assert_str_eq(ikt_parse(C, 0, "a NOOP\n"), "command tag=a NOOP [quirk BARE_LF@6]");
  cr_assert_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a NOOP\n"), "error IK_E_NOT_ALLOWED at 6");
  cr_assert_str_eq(ikt_parse(C, 0, "a NOOP\rx\r\n"), "error IK_E_SYNTAX at 7");
  cr_assert_str_eq(ikt_parse(C, 0, "\r\n"), "error IK_E_EMPTY_LINE at 0");
  cr_assert_str_eq(ikt_parse(C, 0, "a NOOP"), "error IK_E_INCOMPLETE at 6");
}

Test(lexical, status_text) {
  cr_assert_str_eq(ikt_parse(S, 0, "* OK [XFOO bar baz] System shutdown\r\n"),
                   "untagged OK (code \"XFOO\" generic (text \"bar baz\")) (text \"System shutdown\")");
  /* a "[" that opens no code: lenient keeps the text, strict refuses */
  cr_assert_str_eq(ikt_parse(S, 0, "* OK [not a code\r\n"),
                   "untagged OK (text \"[not a code\") [quirk OTHER@16]");
  cr_assert_str_eq(ikt_parse(S, IK_PARSE_STRICT, "* OK [not a code\r\n"), "error IK_E_SYNTAX at 16");
  /* `* NO` with no text (Mutt CVE-2018-14349) */
  cr_assert_str_eq(ikt_parse(S, 0, "* NO\r\n"), "untagged NO [quirk MISSING_TEXT@4]");
  cr_assert_str_eq(ikt_parse(S, IK_PARSE_STRICT, "* NO\r\n"), "error IK_E_NOT_ALLOWED at 4");
}

Test(lexical, continuation) {
  cr_assert_str_eq(ikt_parse(S, 0, "+ Ready for literal data\r\n"), "continuation (text \"Ready for literal data\")");
  cr_assert_str_eq(ikt_parse(S, 0, "+ Nose[CAY a\r\n"), "continuation (text \"Nose[CAY a\")");
}

/* ---- the run-skipping fast paths (lexical.rl: atom_skip, astring_skip,
 * tag_skip, num_digit): a skipped run must give the exact tree, flags, quirks
 * and error offsets the byte-by-byte machine gives. ---- */

/* ik_cl (pstate.h) against RFC 3501's definitions, byte by byte. */
#include "pstate.h"
Test(lexical, skip_classes_are_the_rfc_classes) {
  for (unsigned b = 0; b < 256; b++) {
    int ctl = b < 0x20 || b == 0x7f;
    int atom_special = b == '(' || b == ')' || b == '{' || b == ' ' || ctl || b == '%' ||
                       b == '*' || b == '"' || b == '\\' || b == ']';
    int atom = b >= 0x01 && b <= 0x7f && !atom_special;
    int astring = atom || b == ']';
    int tag = astring && b != '+';
    cr_assert_eq(!!(ik_cl[b] & IK_CL_ATOM), atom, "byte %u atom", b);
    cr_assert_eq(!!(ik_cl[b] & IK_CL_ASTRING), astring, "byte %u astring", b);
    cr_assert_eq(!!(ik_cl[b] & IK_CL_TAG), tag, "byte %u tag", b);
  }
  cr_assert_eq(ik_cl['\n'], 0); /* the sentinel that bounds every scan */
}

Test(lexical, skipped_runs_keep_8bit_and_brackets) {
  /* 8-bit bytes inside a long run: flagged, a quirk at each one's offset */
  cr_assert_str_eq(ikt_parse(C, 0, "tag1 SELECT abcdefgh\xc3\xa9ijklmnop\r\n"),
                   "command tag=tag1 SELECT (mailbox:atom \"abcdefgh\\xc3\\xa9ijklmnop\" 8bit) "
                   "[quirk EIGHT_BIT@20] [quirk EIGHT_BIT@21]");
  cr_assert_str_eq(ikt_parse(C, IK_PARSE_STRICT, "tag1 SELECT abcdefgh\xc3\xa9ijklmnop\r\n"),
                   "error IK_E_NOT_ALLOWED at 20");
  /* "]" is an ASTRING-CHAR (kept in the run) but not an ATOM-CHAR (a flag's
   * "]" is the BRACKET_IN_ATOM quirk, at its offset) */
  cr_assert_str_eq(ikt_parse(C, 0, "t LOGIN us]er]name pass]\r\n"),
                   "command tag=t LOGIN (string:atom \"us]er]name\") (string:atom \"pass]\")");
  cr_assert_str_eq(ikt_parse(C, IK_PARSE_STRICT, "t STORE 1 +FLAGS (abc]def)\r\n"),
                   "error IK_E_NOT_ALLOWED at 21");
  /* a tag ends at its first "+" (not a tag char), wherever it is in the run */
  cr_assert_str_eq(ikt_parse(C, 0, "abcdefgh+ NOOP\r\n"), "error IK_E_SYNTAX at 8");
  /* a CTL in the middle of a run: the error is at it */
  cr_assert_str_eq(ikt_parse(C, 0, "a SELECT abcdefghij\x01klm\r\n"), "error IK_E_SYNTAX at 19");
}

Test(lexical, skipped_digit_runs) {
  /* the largest 63-bit value, and one more */
  cr_assert_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS) (CHANGEDSINCE 9223372036854775807)\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(FLAGS)\" "
                   "(fetch_att/FLAGS \"FLAGS\")) (list \"(CHANGEDSINCE 9223372036854775807)\" "
                   "(attr/CHANGEDSINCE \"CHANGEDSINCE 9223372036854775807\" "
                   "(number \"9223372036854775807\" #9223372036854775807)))");
  cr_assert_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS) (CHANGEDSINCE 9223372036854775808)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 32");
  /* overflowing 64 bits inside a run: the error is at the number's start */
  cr_assert_str_eq(ikt_parse(C, 0, "a FETCH 123456789012345678901234567890 FLAGS\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 8");
  /* leading zeros never overflow, however many */
  cr_assert_str_eq(ikt_parse(C, 0, "a FETCH 0000000000000000000000000042 FLAGS\r\n"),
                   "command tag=a FETCH (seqset \"0000000000000000000000000042\" "
                   "(seq_num \"0000000000000000000000000042\" #42)) (fetch_att/FLAGS \"FLAGS\")");
  /* a range's two numbers, each a skipped run */
  cr_assert_str_eq(ikt_parse(C, 0, "a FETCH 123456:7890123,42 FLAGS\r\n"),
                   "command tag=a FETCH (seqset \"123456:7890123,42\" (seq_range \"123456:7890123\" "
                   "(seq_num \"123456\" #123456) (seq_num \"7890123\" #7890123)) (seq_num \"42\" #42)) "
                   "(fetch_att/FLAGS \"FLAGS\")");
}
