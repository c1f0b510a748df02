/* Malformed commands: the exact error code and offset a server answers BAD with
 * (tags, names, NUL bytes, bare CR, quotes, literals, missing and extra
 * arguments, sequence sets, numbers, flags), and what strict mode refuses. */
#include <criterion/criterion.h>

#include "cmdutil.h"

Test(cmd_errors, bad_tags) {
  cr_expect_str_eq(ikt_parse(C, 0, "a\tk=v IDLE\r\n"),
                   "error IK_E_SYNTAX at 1");
  cr_expect_str_eq(ikt_parse(C, 0, "+ NOOP\r\n"),
                   "error IK_E_SYNTAX at 0");
  cr_expect_str_eq(ikt_parse(C, 0, "a+b NOOP\r\n"),
                   "error IK_E_SYNTAX at 1");
  cr_expect_str_eq(ikt_parse(C, 0, "\"a\" NOOP\r\n"),
                   "error IK_E_SYNTAX at 0");
  cr_expect_str_eq(ikt_parse(C, 0, "a{1} NOOP\r\n"),
                   "error IK_E_SYNTAX at 1");
  cr_expect_str_eq(ikt_parse(C, 0, " a NOOP\r\n"),
                   "error IK_E_SYNTAX at 0");
  cr_expect_str_eq(ikt_parse(C, 0, "a\r\n"),
                   "error IK_E_SYNTAX at 1");
}

Test(cmd_errors, bad_command_names) {
  cr_expect_str_eq(ikt_parse(C, 0, "a 1NOOP\r\n"),
                   "command tag=a 1NOOP generic");
  cr_expect_str_eq(ikt_parse(C, 0, "a NOOP(x)\r\n"),
                   "error IK_E_SYNTAX at 6");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN\"x\" y\r\n"),
                   "error IK_E_SYNTAX at 7");
  /* two spaces after the tag: EXTRA_SPACE in lenient mode (test_cmd_basic), refused in strict */
  cr_expect_str_eq(ikt_parse(C, STRICT, "a  NOOP\r\n"),
                   "error IK_E_NOT_ALLOWED at 2");
}

Test(cmd_errors, nul_bytes) {
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a LOGIN \"ab\x00""cd\\\"x\" p\r\n", 22),
                   "error IK_E_NUL_BYTE at 11");
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a LOGIN a\x00""b p\r\n", 15),
                   "error IK_E_NUL_BYTE at 9");
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a SELECT INBOX\x00\r\n", 17),
                   "error IK_E_NUL_BYTE at 14");
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a SEARCH SUBJECT \"x\x00\"\r\n", 23),
                   "error IK_E_NUL_BYTE at 19");
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a\x00 NOOP\r\n", 9),
                   "error IK_E_NUL_BYTE at 1");
}

Test(cmd_errors, bare_cr) {
  cr_expect_str_eq(ikt_parse(C, 0, "a NOOP\r\r\n"),
                   "error IK_E_SYNTAX at 7");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN a\rb c\r\n"),
                   "error IK_E_SYNTAX at 9");
}

Test(cmd_errors, unmatched_quote) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT \"INBOX\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX\"\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\" \"*\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN \"a b\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT \"a\\b\"\r\n"),
                   "error IK_E_SYNTAX at 12");
}

Test(cmd_errors, eight_bit) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT \"Entw\xc3\xbcrfe\"\r\n"),
                   "command tag=a SELECT (mailbox:quoted \"Entw\\xc3\\xbcrfe\" 8bit)");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT Entw\xc3\xbcrfe\r\n"),
                   "command tag=a SELECT (mailbox:atom \"Entw\\xc3\\xbcrfe\" 8bit) [quirk EIGHT_BIT@13] [quirk EIGHT"
                   "_BIT@14]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT Entw\xc3\xbcrfe\r\n"),
                   "error IK_E_NOT_ALLOWED at 13");
}

Test(cmd_errors, literals) {
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {3}\r\nab"),
                   "error IK_E_INCOMPLETE at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {3\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {x}\r\nabc p\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {3}x\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {3}\r\nabc"),
                   "error IK_E_INCOMPLETE at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {99999999999999999999}\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN ~{3}\r\nabc p\r\n"),
                   "error IK_E_SYNTAX at 9");
}

Test(cmd_errors, missing_arguments) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT \r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a COPY 1:2\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1:2\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1:2\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1:2 +FLAGS\r\n"),
                   "error IK_E_SYNTAX at 18");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST\r\n"),
                   "error IK_E_SYNTAX at 6");
  cr_expect_str_eq(ikt_parse(C, 0, "a LSUB x\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a RENAME x\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN x\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID\r\n"),
                   "error IK_E_SYNTAX at 5");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID FETCH\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID COPY 1\r\n"),
                   "error IK_E_SYNTAX at 12");
}

Test(cmd_errors, extra_arguments) {
  cr_expect_str_eq(ikt_parse(C, 0, "a CHECK now\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT a b\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a DELETE a b\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a COPY 1 a b\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN a b c\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a LSUB a b c\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID EXPUNGE 1 2\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x (MESSAGES) x\r\n"),
                   "error IK_E_SYNTAX at 22");
}

Test(cmd_errors, bad_sequence_sets) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 0 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1: FLAGS\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH :1 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1,,2 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1, FLAGS\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 4294967296 FLAGS\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH *:0 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH $:1 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1.5 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 9");
}

Test(cmd_errors, bad_numbers) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH LARGER 18446744073709551616\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH OLDER 4294967296\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[4294967296]\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS) (CHANGEDSINCE 9223372036854775808)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 32");
}

Test(cmd_errors, bad_flags) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS (\\Seen\\Deleted)\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS (\\)\r\n"),
                   "error IK_E_SYNTAX at 18");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS (\\Seen (x))\r\n"),
                   "error IK_E_SYNTAX at 23");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x (\\*) {1}\r\na\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS (%)\r\n"),
                   "error IK_E_SYNTAX at 17");
}

Test(cmd_errors, uid_prefix) {
  cr_expect_str_eq(ikt_parse(C, 0, "a UID  FETCH 1 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 6");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID FETCH 1 FLAGS\r\n"),
                   "command tag=a UID FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/FLAGS \"FLAGS\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID CAPABILITY\r\n"),
                   "command tag=a UID CAPABILITY generic");
}

Test(cmd_errors, strict_rejects_quirks) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a NOOP\n"),
                   "error IK_E_NOT_ALLOWED at 6");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a NOOP  \r\n"),
                   "error IK_E_NOT_ALLOWED at 6");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT  INBOX\r\n"),
                   "error IK_E_NOT_ALLOWED at 9");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 (FLAGS )\r\n"),
                   "error IK_E_NOT_ALLOWED at 16");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 (FLAGS  UID)\r\n"),
                   "error IK_E_NOT_ALLOWED at 17");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STORE 1 +FLAGS ([x])\r\n"),
                   "error IK_E_NOT_ALLOWED at 20");
  cr_expect_str_eq(ikt_parse_n(C, STRICT, (const unsigned char *)"a LOGIN {1}\r\n\x00 p\r\n", 18),
                   "error IK_E_NOT_ALLOWED at 13");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT \xc3\xa9\r\n"),
                   "error IK_E_NOT_ALLOWED at 9");
}
