/* Status responses (RFC 3501 7.1): the greeting, tagged and untagged OK, NO,
 * BAD, PREAUTH and BYE, continuation requests (text or base64), and every
 * resp-text-code with its arguments; the quirks of real servers, strict and
 * lenient. Exact trees, exact error codes and offsets. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

Test(resp_status, greeting_ok_with_capability_code) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] Dovecot ready.\r\n"),
                   "untagged OK (code/CAPABILITY \"CAPABILITY\" (capability:atom/IMAP4REV1 "
                   "\"IMAP4rev1\") (capability:atom/LITERAL+ \"LITERAL+\") (capability:atom "
                   "\"AUTH=PLAIN\")) (text \"Dovecot ready.\")");
}

Test(resp_status, greeting_preauth_and_bye) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* PREAUTH [ALERT] logged in as smith\r\n"),
                   "untagged PREAUTH (code/ALERT \"ALERT\") (text \"logged in as smith\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* BYE server shutting down\r\n"),
                   "untagged BYE (text \"server shutting down\")");
}

Test(resp_status, tagged_status) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a1 OK done\r\n"),
                   "tagged tag=a1 OK (text \"done\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a2 NO [TRYCREATE] no such mailbox\r\n"),
                   "tagged tag=a2 NO (code/TRYCREATE \"TRYCREATE\") (text \"no such mailbox\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a3 BAD what?\r\n"),
                   "tagged tag=a3 BAD (text \"what?\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a4 ok lower case\r\n"),
                   "tagged tag=a4 OK (text \"lower case\")");
}

Test(resp_status, untagged_status) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK still here\r\n"),
                   "untagged OK (text \"still here\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NO [ALERT] quota\r\n"),
                   "untagged NO (code/ALERT \"ALERT\") (text \"quota\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* BAD unknown\r\n"),
                   "untagged BAD (text \"unknown\")");
}

/* tagged BYE and PREAUTH, and status names after a number, are not resp-cond: generic */
Test(resp_status, bye_and_preauth_are_untagged_only) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "a1 BYE no\r\n"),
                   "tagged tag=a1 BYE generic (string:atom \"no\" generic)");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "a1 PREAUTH no\r\n"),
                   "tagged tag=a1 PREAUTH generic (string:atom \"no\" generic)");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 3 BYE no\r\n"),
                   "untagged BYE #3 generic (string:atom \"no\" generic)");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 3 OK no\r\n"),
                   "untagged OK #3 generic (string:atom \"no\" generic)");
}

Test(resp_status, code_alert_parse_readonly_readwrite_trycreate) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [ALERT] a\r\n"),
                   "untagged OK (code/ALERT \"ALERT\") (text \"a\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NO [PARSE] b\r\n"),
                   "untagged NO (code/PARSE \"PARSE\") (text \"b\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a OK [READ-ONLY] c\r\n"),
                   "tagged tag=a OK (code/READ-ONLY \"READ-ONLY\") (text \"c\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a OK [READ-WRITE] d\r\n"),
                   "tagged tag=a OK (code/READ-WRITE \"READ-WRITE\") (text \"d\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [TRYCREATE] e\r\n"),
                   "tagged tag=a NO (code/TRYCREATE \"TRYCREATE\") (text \"e\")");
}

Test(resp_status, code_badcharset) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [BADCHARSET] bad\r\n"),
                   "tagged tag=a NO (code/BADCHARSET \"BADCHARSET\") (text \"bad\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [BADCHARSET (UTF-8 \"ISO-8859-1\")] bad\r\n"),
                   "tagged tag=a NO (code/BADCHARSET \"BADCHARSET\" (string:atom \"UTF-8\") "
                   "(string:quoted \"ISO-8859-1\")) (text \"bad\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [BADCHARSET ({5}\r\nUTF-8)] bad\r\n"),
                   "tagged tag=a NO (code/BADCHARSET \"BADCHARSET\" (string:literal \"UTF-8\")) (text "
                   "\"bad\")");
}

Test(resp_status, code_capability) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN] hi\r\n"),
                   "untagged OK (code/CAPABILITY \"CAPABILITY\" (capability:atom/IMAP4REV1 "
                   "\"IMAP4rev1\") (capability:atom/IDLE \"IDLE\") (capability:atom \"AUTH=PLAIN\")) "
                   "(text \"hi\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [CAPABILITY] none\r\n"),
                   "untagged OK (code/CAPABILITY \"CAPABILITY\") (text \"none\")");
}

Test(resp_status, code_permanentflags) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [PERMANENTFLAGS (\\Deleted \\Seen $Forwarded \\*)] Limited\r\n"),
                   "untagged OK (code/PERMANENTFLAGS \"PERMANENTFLAGS\" (flag_list \"(\\\\Deleted \\\\Seen "
                   "$Forwarded \\\\*)\" (flag:atom \"\\\\Deleted\") (flag:atom \"\\\\Seen\") (flag:atom "
                   "\"$Forwarded\") (flag:atom \"\\\\*\"))) (text \"Limited\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [PERMANENTFLAGS ()] None\r\n"),
                   "untagged OK (code/PERMANENTFLAGS \"PERMANENTFLAGS\" (flag_list \"()\")) (text "
                   "\"None\")");
}

Test(resp_status, code_numbers) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDNEXT 4392] next\r\n"),
                   "untagged OK (code/UIDNEXT \"UIDNEXT\" (number \"4392\" #4392)) (text \"next\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDVALIDITY 4294967295] valid\r\n"),
                   "untagged OK (code/UIDVALIDITY \"UIDVALIDITY\" (number \"4294967295\" #4294967295)) "
                   "(text \"valid\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UNSEEN 1] first\r\n"),
                   "untagged OK (code/UNSEEN \"UNSEEN\" (number \"1\" #1)) (text \"first\")");
}

/* nz-number: zero and 33-bit values are errors; a malformed code in lenient mode leaves the whole line as text */
Test(resp_status, code_number_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDNEXT 0] next\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDVALIDITY 4294967296] valid\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 18");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [UIDVALIDITY 4294967296] valid\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 18");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UNSEEN x] first\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [UNSEEN x] first\r\n"),
                   "untagged OK (text \"[UNSEEN x] first\") [quirk OTHER@13]");
}

/* unknown codes (and a known bare code followed by text) are the atom [SP text] form */
Test(resp_status, code_unknown_is_generic) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [XPIG-LATIN 715194045007] Highest\r\n"),
                   "untagged OK (code \"XPIG-LATIN\" generic (text \"715194045007\")) "
                   "(text \"Highest\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NO [XFOO] x\r\n"),
                   "untagged NO (code \"XFOO\" generic) (text \"x\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [ALERT now] x\r\n"),
                   "untagged OK (code/ALERT \"ALERT\" generic (text \"now\")) (text \"x\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a OK [CLOSED now] done\r\n"),
                   "tagged tag=a OK (code/CLOSED \"CLOSED\" generic (text \"now\")) (text "
                   "\"done\")");
}

Test(resp_status, continuation) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ Ready for literal data\r\n"),
                   "continuation (text \"Ready for literal data\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ [ALERT] hi\r\n"),
                   "continuation (code/ALERT \"ALERT\") (text \"hi\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ \r\n"),
                   "continuation");
  /* "+" SP (resp-text / base64): "+" alone is the MISSING_TEXT quirk */
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+\r\n"),
                   "error IK_E_NOT_ALLOWED at 1");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "+\r\n"),
                   "continuation [quirk MISSING_TEXT@1]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "+\n"),
                   "continuation [quirk MISSING_TEXT@1] [quirk BARE_LF@1]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ YGgGCSqG\r\n"),
                   "continuation (text \"YGgGCSqG\" base64)");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ idling\r\n"),
                   "continuation (text \"idling\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ Nose[CAY a\r\n"),
                   "continuation (text \"Nose[CAY a\")");
}

Test(resp_status, missing_text_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "a1 OK\r\n"),
                   "tagged tag=a1 OK [quirk MISSING_TEXT@5]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a1 OK\r\n"),
                   "error IK_E_NOT_ALLOWED at 5");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* NO\r\n"),
                   "untagged NO [quirk MISSING_TEXT@4]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NO\r\n"),
                   "error IK_E_NOT_ALLOWED at 4");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [UIDNEXT 5]\r\n"),
                   "untagged OK (code/UIDNEXT \"UIDNEXT\" (number \"5\" #5)) [quirk MISSING_TEXT@16]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDNEXT 5]\r\n"),
                   "error IK_E_NOT_ALLOWED at 16");
  /* RFC 9051: resp-text = ["[" resp-text-code "]" SP] [text]: the text may be
   * empty, not the SP before it */
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a1 OK \r\n"),
                   "tagged tag=a1 OK");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDNEXT 5] \r\n"),
                   "untagged OK (code/UIDNEXT \"UIDNEXT\" (number \"5\" #5))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* BYE \r\n"),
                   "untagged BYE");
}

Test(resp_status, bracket_that_opens_no_code) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [UIDNEXT x] foo\r\n"),
                   "untagged OK (text \"[UIDNEXT x] foo\") [quirk OTHER@14]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [UIDNEXT x] foo\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [PERMANENTFLAGS (\\Seen\r\n"),
                   "untagged OK (text \"[PERMANENTFLAGS (\\\\Seen\") [quirk OTHER@27]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [PERMANENTFLAGS (\\Seen\r\n"),
                   "error IK_E_SYNTAX at 27");
}

Test(resp_status, spacing_quirks) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [CAPABILITY IMAP4rev1  IDLE ] hi\r\n"),
                   "untagged OK (code/CAPABILITY \"CAPABILITY\" (capability:atom/IMAP4REV1 "
                   "\"IMAP4rev1\") (capability:atom/IDLE \"IDLE\")) (text \"hi\") [quirk EXTRA_SPACE@27] "
                   "[quirk TRAILING_SPACE@32]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [CAPABILITY IMAP4rev1  IDLE ] hi\r\n"),
                   "error IK_E_NOT_ALLOWED at 27");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [PERMANENTFLAGS (\\Seen )] x\r\n"),
                   "untagged OK (code/PERMANENTFLAGS \"PERMANENTFLAGS\" (flag_list \"(\\\\Seen )\" "
                   "(flag:atom \"\\\\Seen\"))) (text \"x\") [quirk SPACE_BEFORE_PAREN@27]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "a1 OK done\n"),
                   "tagged tag=a1 OK (text \"done\") [quirk BARE_LF@10]");
}


/* More than one space after "*", the tag or the message number (lenient: the
 * EXTRA_SPACE quirk at the first extra space; strict: NOT_ALLOWED there). */
Test(resp_status, extra_spaces_in_the_head) {
  cr_expect_str_eq(ikt_parse(S, 0, "*  3 EXISTS\r\n"), "untagged EXISTS #3 [quirk EXTRA_SPACE@2]");
  cr_expect_str_eq(ikt_parse(S, 0, "* 3   EXISTS\r\n"),
                   "untagged EXISTS #3 [quirk EXTRA_SPACE@4] [quirk EXTRA_SPACE@5]");
  cr_expect_str_eq(ikt_parse(S, 0, "a1  OK done\r\n"), "tagged tag=a1 OK (text \"done\") [quirk EXTRA_SPACE@3]");
  cr_expect_str_eq(ikt_parse(S, IK_PARSE_STRICT, "*  3 EXISTS\r\n"), "error IK_E_NOT_ALLOWED at 2");
  /* after the name the text begins at the first space: a second one is text */
  cr_expect_str_eq(ikt_parse(S, IK_PARSE_STRICT, "a1 OK  done\r\n"), "tagged tag=a1 OK (text \" done\")");
}
