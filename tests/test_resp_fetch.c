/* FETCH responses (RFC 3501 7.4.2): every item (UID, FLAGS, INTERNALDATE,
 * RFC822, RFC822.HEADER, RFC822.TEXT, RFC822.SIZE, ENVELOPE, BODY[section]<origin>)
 * and generic items of extensions; per-item recovery in lenient mode.
 * BODY and BODYSTRUCTURE structures are in test_resp_body.c. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

/* RFC822.SIZE is a number64 (RFC 9051); item names in any case */
Test(resp_fetch, uid_and_size) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 4827313 RFC822.SIZE 44827)\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" (number \"4827313\" #4827313)) "
                   "(item/RFC822.SIZE \"RFC822.SIZE\" (number \"44827\" #44827))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (RFC822.SIZE 9223372036854775807)\r\n"),
                   "untagged FETCH #1 (item/RFC822.SIZE \"RFC822.SIZE\" (number \"9223372036854775807\" "
                   "#9223372036854775807))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (uid 7)\r\n"),
                   "untagged FETCH #1 (item/UID \"uid\" (number \"7\" #7))");
}

Test(resp_fetch, flags) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (FLAGS (\\Seen \\Recent $Forwarded))\r\n"),
                   "untagged FETCH #1 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen \\\\Recent $Forwarded)\" "
                   "(flag:atom \"\\\\Seen\") (flag:atom \"\\\\Recent\") (flag:atom \"$Forwarded\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (FLAGS ())\r\n"),
                   "untagged FETCH #1 (item/FLAGS \"FLAGS\" (flag_list \"()\"))");
}

/* a validated date-time; num = seconds since the epoch, UTC */
Test(resp_fetch, internaldate) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE \"17-Jul-1996 02:44:25 -0700\")\r\n"),
                   "untagged FETCH #1 (item/INTERNALDATE \"INTERNALDATE\" (datetime:quoted "
                   "\"17-Jul-1996 02:44:25 -0700\" #837596665))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE \" 1-Jan-1970 00:00:00 +0000\")\r\n"),
                   "untagged FETCH #1 (item/INTERNALDATE \"INTERNALDATE\" (datetime:quoted \" "
                   "1-Jan-1970 00:00:00 +0000\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE \"29-Feb-2024 23:59:60 +1400\")\r\n"),
                   "untagged FETCH #1 (item/INTERNALDATE \"INTERNALDATE\" (datetime:quoted "
                   "\"29-Feb-2024 23:59:60 +1400\" #1709200800))");
}

Test(resp_fetch, internaldate_invalid) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE \"29-Feb-2023 00:00:00 +0000\")\r\n"),
                   "error IK_E_BAD_DATE at 24");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE \"17-Jul-1996 24:00:00 +0000\")\r\n"),
                   "error IK_E_BAD_DATE at 24");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE \"17-Foo-1996 02:44:25 -0700\")\r\n"),
                   "error IK_E_SYNTAX at 29");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (UID 1 INTERNALDATE \"31-Apr-2020 00:00:00 +0000\" FLAGS ())\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" (number \"1\" #1)) (item/INTERNALDATE "
                   "\"INTERNALDATE\" #13 error (text \"INTERNALDATE \\\"31-Apr-2020 00:00:00 +0000\\\"\")) "
                   "(item/FLAGS \"FLAGS\" (flag_list \"()\")) [quirk BAD_ITEM@30]");
}

Test(resp_fetch, rfc822_strings) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (RFC822 {5}\r\nhello)\r\n"),
                   "untagged FETCH #1 (item/RFC822 \"RFC822\" (string:literal \"hello\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (RFC822.HEADER \"Subject: x\\\"y\" RFC822.TEXT NIL)\r\n"),
                   "untagged FETCH #1 (item/RFC822.HEADER \"RFC822.HEADER\" (string:quoted \"Subject: "
                   "x\\\\\\\"y\" esc)) (item/RFC822.TEXT \"RFC822.TEXT\" (string:nil \"NIL\"))");
}

Test(resp_fetch, envelope_rfc3501) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 12 FETCH (ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg "
                            "summary and minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry "
                            "Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" "
                            "\"cac.washington.edu\")) ((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL "
                            "\"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
                            "\"<B27397-0100000@cac.washington.edu>\"))\r\n"),
                   "untagged FETCH #12 (item/ENVELOPE \"ENVELOPE\" (envelope \"(\\\"Wed, 17 Jul 1996 "
                   "02:23:25 -0700 (PDT)\\\" \\\"IMAP4rev1 WG mtg summary and minutes\\\" ((\\\"Terry "
                   "Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")) ((\\\"Terry Gray\\\" NIL \\\"gray\\\" "
                   "\\\"cac.washington.edu\\\")) ((\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")) "
                   "((NIL NIL \\\"imap\\\" \\\"cac.washington.edu\\\")) ((NIL NIL \\\"minutes\\\" "
                   "\\\"CNRI.Reston.VA.US\\\")(\\\"John Klensin\\\" NIL \\\"KLENSIN\\\" \\\"MIT.EDU\\\")) NIL NIL "
                   "\\\"<B27397-0100000@cac.washington.edu>\\\")\" (string:quoted \"Wed, 17 Jul 1996 "
                   "02:23:25 -0700 (PDT)\") (string:quoted \"IMAP4rev1 WG mtg summary and minutes\") "
                   "(addresses \"((\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\"))\" (address "
                   "\"(\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")\" (string:quoted \"Terry "
                   "Gray\") (string:nil \"NIL\") (string:quoted \"gray\") (string:quoted "
                   "\"cac.washington.edu\"))) (addresses \"((\\\"Terry Gray\\\" NIL \\\"gray\\\" "
                   "\\\"cac.washington.edu\\\"))\" (address \"(\\\"Terry Gray\\\" NIL \\\"gray\\\" "
                   "\\\"cac.washington.edu\\\")\" (string:quoted \"Terry Gray\") (string:nil \"NIL\") "
                   "(string:quoted \"gray\") (string:quoted \"cac.washington.edu\"))) (addresses "
                   "\"((\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\"))\" (address \"(\\\"Terry "
                   "Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")\" (string:quoted \"Terry Gray\") "
                   "(string:nil \"NIL\") (string:quoted \"gray\") (string:quoted "
                   "\"cac.washington.edu\"))) (addresses \"((NIL NIL \\\"imap\\\" "
                   "\\\"cac.washington.edu\\\"))\" (address \"(NIL NIL \\\"imap\\\" \\\"cac.washington.edu\\\")\" "
                   "(string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"imap\") (string:quoted "
                   "\"cac.washington.edu\"))) (addresses \"((NIL NIL \\\"minutes\\\" "
                   "\\\"CNRI.Reston.VA.US\\\")(\\\"John Klensin\\\" NIL \\\"KLENSIN\\\" \\\"MIT.EDU\\\"))\" (address "
                   "\"(NIL NIL \\\"minutes\\\" \\\"CNRI.Reston.VA.US\\\")\" (string:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:quoted \"minutes\") (string:quoted \"CNRI.Reston.VA.US\")) (address "
                   "\"(\\\"John Klensin\\\" NIL \\\"KLENSIN\\\" \\\"MIT.EDU\\\")\" (string:quoted \"John Klensin\") "
                   "(string:nil \"NIL\") (string:quoted \"KLENSIN\") (string:quoted \"MIT.EDU\"))) "
                   "(addresses:nil \"NIL\") (string:nil \"NIL\") (string:quoted "
                   "\"<B27397-0100000@cac.washington.edu>\")))");
}

/* a group (mailbox = group name, host NIL) and its end marker, kept as sent; a literal subject with 8-bit bytes */
Test(resp_fetch, envelope_group_syntax_and_literals) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL {6}\r\nGr\xc3""\xbc""\xc3""\x9f"" NIL NIL NIL ((NIL NIL "
                            "\"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) NIL NIL NIL NIL))\r\n"),
                   "untagged FETCH #1 (item/ENVELOPE \"ENVELOPE\" (envelope \"(NIL "
                   "{6}\\x0d\\x0aGr\\xc3\\xbc\\xc3\\x9f NIL NIL NIL ((NIL NIL \\\"undisclosed-recipients\\\" "
                   "NIL)(NIL NIL NIL NIL)) NIL NIL NIL NIL)\" (string:nil \"NIL\") (string:literal "
                   "\"Gr\\xc3\\xbc\\xc3\\x9f\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") "
                   "(addresses:nil \"NIL\") (addresses \"((NIL NIL \\\"undisclosed-recipients\\\" NIL)(NIL "
                   "NIL NIL NIL))\" (address \"(NIL NIL \\\"undisclosed-recipients\\\" NIL)\" (string:nil "
                   "\"NIL\") (string:nil \"NIL\") (string:quoted \"undisclosed-recipients\") (string:nil "
                   "\"NIL\")) (address \"(NIL NIL NIL NIL)\" (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:nil \"NIL\") (string:nil \"NIL\"))) (addresses:nil \"NIL\") (addresses:nil "
                   "\"NIL\") (string:nil \"NIL\") (string:nil \"NIL\")))");
}

/* () where NIL belongs (several servers): an empty address list */
Test(resp_fetch, envelope_empty_list_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (ENVELOPE (NIL NIL () NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "untagged FETCH #1 (item/ENVELOPE \"ENVELOPE\" (envelope \"(NIL NIL () NIL NIL NIL "
                   "NIL NIL NIL NIL)\" (string:nil \"NIL\") (string:nil \"NIL\") (addresses \"()\") "
                   "(addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") "
                   "(addresses:nil \"NIL\") (addresses:nil \"NIL\") (string:nil \"NIL\") (string:nil "
                   "\"NIL\"))) [quirk EMPTY_LIST_AS_NIL@29]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL NIL () NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "error IK_E_NOT_ALLOWED at 29");
}

/* ten fields, four per address, each in its place: anything else is an error at the offending byte */
Test(resp_fetch, envelope_arity) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "error IK_E_SYNTAX at 56");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "error IK_E_SYNTAX at 61");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL NIL \"x\" NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "error IK_E_SYNTAX at 29");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL (NIL) NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "error IK_E_SYNTAX at 25");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL NIL)) NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "error IK_E_SYNTAX at 42");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL NIL NIL NIL)) NIL NIL NIL NIL NIL NIL "
                            "NIL))\r\n"),
                   "error IK_E_SYNTAX at 46");
}

Test(resp_fetch, envelope_address_spacing_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\" \"b\") (NIL NIL \"c\" \"d\")) NIL NIL NIL "
                            "NIL NIL NIL NIL))\r\n"),
                   "untagged FETCH #1 (item/ENVELOPE \"ENVELOPE\" (envelope \"(NIL NIL ((NIL NIL \\\"a\\\" "
                   "\\\"b\\\") (NIL NIL \\\"c\\\" \\\"d\\\")) NIL NIL NIL NIL NIL NIL NIL)\" (string:nil \"NIL\") "
                   "(string:nil \"NIL\") (addresses \"((NIL NIL \\\"a\\\" \\\"b\\\") (NIL NIL \\\"c\\\" \\\"d\\\"))\" "
                   "(address \"(NIL NIL \\\"a\\\" \\\"b\\\")\" (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:quoted \"a\") (string:quoted \"b\")) (address \"(NIL NIL \\\"c\\\" \\\"d\\\")\" "
                   "(string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"c\") (string:quoted \"d\"))) "
                   "(addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") "
                   "(addresses:nil \"NIL\") (addresses:nil \"NIL\") (string:nil \"NIL\") (string:nil "
                   "\"NIL\"))) [quirk EXTRA_SPACE@47]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\" \"b\") (NIL NIL \"c\" \"d\")) NIL NIL NIL "
                            "NIL NIL NIL NIL))\r\n"),
                   "error IK_E_NOT_ALLOWED at 47");
}

Test(resp_fetch, body_sections) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[] {3}\r\nabc)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[]\" (section \"\") (string:literal \"abc\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[HEADER] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[HEADER]\" (section/HEADER \"HEADER\") "
                   "(string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[TEXT] \"\")\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[TEXT]\" (section/TEXT \"TEXT\") (string:quoted "
                   "\"\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[HEADER.FIELDS (From \"Subject\" {2}\r\nTo)] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[HEADER.FIELDS (From \\\"Subject\\\" "
                   "{2}\\x0d\\x0aTo)]\" (section/HEADER.FIELDS \"HEADER.FIELDS (From \\\"Subject\\\" "
                   "{2}\\x0d\\x0aTo)\" (list \"(From \\\"Subject\\\" {2}\\x0d\\x0aTo)\" (string:atom \"From\") "
                   "(string:quoted \"Subject\") (string:literal \"To\"))) (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[HEADER.FIELDS.NOT (Received)] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[HEADER.FIELDS.NOT (Received)]\" "
                   "(section/HEADER.FIELDS.NOT \"HEADER.FIELDS.NOT (Received)\" (list \"(Received)\" "
                   "(string:atom \"Received\"))) (string:nil \"NIL\"))");
}

Test(resp_fetch, body_part_sections) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[1] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[1]\" (section \"1\" (part \"1\" (number \"1\" #1))) "
                   "(string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[1.2.3] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[1.2.3]\" (section \"1.2.3\" (part \"1.2.3\" "
                   "(number \"1\" #1) (number \"2\" #2) (number \"3\" #3))) (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[1.MIME] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[1.MIME]\" (section/MIME \"1.MIME\" (part \"1\" "
                   "(number \"1\" #1))) (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[2.HEADER] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[2.HEADER]\" (section/HEADER \"2.HEADER\" (part "
                   "\"2\" (number \"2\" #2))) (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[2.TEXT] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[2.TEXT]\" (section/TEXT \"2.TEXT\" (part \"2\" "
                   "(number \"2\" #2))) (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[3.1.HEADER.FIELDS (X-Y)] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[3.1.HEADER.FIELDS (X-Y)]\" "
                   "(section/HEADER.FIELDS \"3.1.HEADER.FIELDS (X-Y)\" (part \"3.1\" (number \"3\" #3) "
                   "(number \"1\" #1)) (list \"(X-Y)\" (string:atom \"X-Y\"))) (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (body[1.mime] NIL)\r\n"),
                   "untagged FETCH #1 (item/BODY \"body[1.mime]\" (section/MIME \"1.mime\" (part \"1\" "
                   "(number \"1\" #1))) (string:nil \"NIL\"))");
}

/* the origin octet; an echoed length (<0.10>) is a quirk */
Test(resp_fetch, body_partial) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[]<0> {0}\r\n)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[]<0>\" (section \"\") (partial \"<0>\" (number "
                   "\"0\" #0)) (string:literal \"\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[TEXT]<100> \"abc\")\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[TEXT]<100>\" (section/TEXT \"TEXT\") (partial "
                   "\"<100>\" (number \"100\" #100)) (string:quoted \"abc\"))");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODY[]<0.10> \"0123456789\")\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[]<0.10>\" (section \"\") (partial \"<0.10>\" "
                   "(number \"0\" #0) (number \"10\" #10)) (string:quoted \"0123456789\")) [quirk "
                   "OTHER@19]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[]<0.10> \"0123456789\")\r\n"),
                   "error IK_E_NOT_ALLOWED at 19");
}

Test(resp_fetch, body_section_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[0] NIL)\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[1.] NIL)\r\n"),
                   "error IK_E_SYNTAX at 18");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[MIME] NIL)\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[HEADER.FIELDS] NIL)\r\n"),
                   "error IK_E_SYNTAX at 29");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[HEADER.FIELDS ()] NIL)\r\n"),
                   "error IK_E_SYNTAX at 31");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[TEXT.MIME] NIL)\r\n"),
                   "error IK_E_SYNTAX at 20");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[1]<> NIL)\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY[1] 5)\r\n"),
                   "error IK_E_SYNTAX at 19");
}

/* unknown items keep their name (with any [...] and <...>) and a generic
 * value; the extensions' items are typed (tests/test_resp_ext_fetch.c) */
Test(resp_fetch, generic_items) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-FOO (a 1) ANNOTATION (/comment (value.priv \"x\")) XBAR[1]<0> \"y\")\r\n"),
                   "untagged FETCH #1 (item \"X-FOO\" generic (list \"(a 1)\" (string:atom \"a\" generic) "
                   "(number \"1\" #1))) (item \"ANNOTATION\" generic (list \"(/comment (value.priv \\\"x\\\"))\" "
                   "(string:atom \"/comment\" generic) (list \"(value.priv \\\"x\\\")\" (string:atom \"value.priv\" "
                   "generic) (string:quoted \"x\" generic)))) (item \"XBAR[1]<0>\" generic (string:quoted \"y\" "
                   "generic))");
}

Test(resp_fetch, several_items_and_spacing) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 23 FETCH (FLAGS (\\Seen) UID 4827313 RFC822.SIZE 44827 BODY[] {2}\r\nhi)\r\n"),
                   "untagged FETCH #23 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom "
                   "\"\\\\Seen\"))) (item/UID \"UID\" (number \"4827313\" #4827313)) (item/RFC822.SIZE "
                   "\"RFC822.SIZE\" (number \"44827\" #44827)) (item/BODY \"BODY[]\" (section \"\") "
                   "(string:literal \"hi\"))");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (UID 1  FLAGS (\\Seen) ) \r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" (number \"1\" #1)) (item/FLAGS \"FLAGS\" "
                   "(flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\"))) [quirk EXTRA_SPACE@17] [quirk "
                   "SPACE_BEFORE_PAREN@31] [quirk TRAILING_SPACE@33]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 1  FLAGS (\\Seen))\r\n"),
                   "error IK_E_NOT_ALLOWED at 17");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 1 ) \r\n"),
                   "error IK_E_NOT_ALLOWED at 16");
}

/* lenient: a broken item becomes an error node (its bytes in a TEXT child, num = where it broke) and the rest still decodes */
Test(resp_fetch, per_item_recovery) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (UID 5 BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL) FLAGS (\\Seen))\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" (number \"5\" #5)) (item/BODYSTRUCTURE "
                   "\"BODYSTRUCTURE\" #33 error (text \"BODYSTRUCTURE (\\\"TEXT\\\" \\\"PLAIN\\\" NIL)\")) "
                   "(item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\"))) [quirk "
                   "BAD_ITEM@50]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODY[1.] {3}\r\nabc UID 7)\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY[1.]\" #7 error (text \"BODY[1.] "
                   "{3}\\x0d\\x0aabc\")) (item/UID \"UID\" (number \"7\" #7)) [quirk BAD_ITEM@18]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (UID 99999999999 FLAGS ())\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" #4 error (text \"UID 99999999999\")) "
                   "(item/FLAGS \"FLAGS\" (flag_list \"()\")) [quirk BAD_ITEM@15]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (UID 1 FLAGS (\\Seen) ENVELOPE (x))\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" (number \"1\" #1)) (item/FLAGS \"FLAGS\" "
                   "(flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\"))) (item/ENVELOPE \"ENVELOPE\" #10 "
                   "error (text \"ENVELOPE (x)\")) [quirk BAD_ITEM@41]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (UID)\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" #3 error (text \"UID\")) [quirk BAD_ITEM@14]");
}

/* A broken item's literal whose data ends in spaces: the error node ends after
 * the data (never inside it) and parsing resumes at the real separator
 * (corpus/regressions/fetch/item-recovery-resumes-inside-literal-data). */
Test(resp_fetch, item_recovery_after_literal_ending_in_spaces) {
  cr_assert_str_eq(ikt_parse(S, 0, "* 1 FETCH (BODYSTRUCTURE {5}\r\n      UID 4)\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" #14 error (text "
                   "\"BODYSTRUCTURE {5}\\x0d\\x0a     \")) (item/UID \"UID\" (number \"4\" #4)) "
                   "[quirk BAD_ITEM@25]");
  cr_assert_str_eq(ikt_parse(S, 0, "* 1 FETCH (BODYSTRUCTURE {5}\n      )\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" #14 error (text "
                   "\"BODYSTRUCTURE {5}\\x0a     \")) [quirk BAD_ITEM@25] [quirk SPACE_BEFORE_PAREN@34]");
}

/* An unknown item's value may hold an unclosed "[" (an ATOM-CHAR): the ")" or
 * the next item's closed bracket do not close it. */
Test(resp_fetch, generic_item_with_open_bracket) {
  cr_assert_str_eq(ikt_parse(S, IK_PARSE_STRICT, "* 1 FETCH (XA a[ XB b[c] UID 2)\r\n"),
                   "untagged FETCH #1 (item \"XA\" generic (string:atom \"a[\" generic)) (item \"XB\" "
                   "generic (string:atom \"b[c]\" generic (bracket \"[c]\" (string:atom \"c\" generic)))) "
                   "(item/UID \"UID\" (number \"2\" #2))");
}

Test(resp_fetch, per_item_recovery_is_lenient_only) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 5 BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL) FLAGS (\\Seen))\r\n"),
                   "error IK_E_SYNTAX at 50");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 99999999999 FLAGS ())\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 15");
}

Test(resp_fetch, fetch_list_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH ()\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH ()\r\n"),
                   "untagged FETCH #1 generic (list \"()\") [quirk GENERIC_FALLBACK@11]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH UID 1\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH UID 1\r\n"),
                   "untagged FETCH #1 generic (string:atom \"UID\" generic) (number \"1\" #1) [quirk "
                   "GENERIC_FALLBACK@10]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 1\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (UID 1\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 1) x\r\n"),
                   "error IK_E_SYNTAX at 18");
}

