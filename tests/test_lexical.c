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
