/* Body structures (FETCH BODY and BODYSTRUCTURE): single parts (basic, text,
 * message/rfc822), multiparts, every extension field, the quirks of real
 * servers, arity errors, part numbers (ik_body_section) and the depth limit. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

/* the example of RFC 3501 section 7.4.2: a multipart (num 0) with parts 1 and 2 */
Test(resp_body, rfc3501_multipart_example) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" "
                            "1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") "
                            "\"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) "
                            "\"MIXED\"))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body \"((\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" (\\\"CHARSET\\\" \\\"US-ASCII\\\") NIL NIL \\\"7BIT\\\" 1152 23)(\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" (\\\"CHARSET\\\" \\\"US-ASCII\\\" \\\"NAME\\\" \\\"cc.diff\\\") "
                   "\\\"<960723163407.20117h@cac.washington.edu>\\\" \\\"Compiler diff\\\" \\\"BASE64\\\" 4554 "
                   "73) \\\"MIXED\\\")\" multipart (body/TEXT \"(\\\"TEXT\\\" \\\"PLAIN\\\" (\\\"CHARSET\\\" "
                   "\\\"US-ASCII\\\") NIL NIL \\\"7BIT\\\" 1152 23)\" #1 (string:quoted \"TEXT\") "
                   "(string:quoted \"PLAIN\") (params \"(\\\"CHARSET\\\" \\\"US-ASCII\\\")\" (string:quoted "
                   "\"CHARSET\") (string:quoted \"US-ASCII\")) (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:quoted \"7BIT\") (number \"1152\" #1152) (number \"23\" #23)) (body/TEXT "
                   "\"(\\\"TEXT\\\" \\\"PLAIN\\\" (\\\"CHARSET\\\" \\\"US-ASCII\\\" \\\"NAME\\\" \\\"cc.diff\\\") "
                   "\\\"<960723163407.20117h@cac.washington.edu>\\\" \\\"Compiler diff\\\" \\\"BASE64\\\" 4554 "
                   "73)\" #2 (string:quoted \"TEXT\") (string:quoted \"PLAIN\") (params \"(\\\"CHARSET\\\" "
                   "\\\"US-ASCII\\\" \\\"NAME\\\" \\\"cc.diff\\\")\" (string:quoted \"CHARSET\") (string:quoted "
                   "\"US-ASCII\") (string:quoted \"NAME\") (string:quoted \"cc.diff\")) (string:quoted "
                   "\"<960723163407.20117h@cac.washington.edu>\") (string:quoted \"Compiler diff\") "
                   "(string:quoted \"BASE64\") (number \"4554\" #4554) (number \"73\" #73)) "
                   "(string:quoted \"MIXED\")))");
}

/* a message that is one text part: part number 1 */
Test(resp_body, single_text_part) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 "
                            "92))\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY\" (body/TEXT \"(\\\"TEXT\\\" \\\"PLAIN\\\" "
                   "(\\\"CHARSET\\\" \\\"US-ASCII\\\") NIL NIL \\\"7BIT\\\" 3028 92)\" #1 (string:quoted \"TEXT\") "
                   "(string:quoted \"PLAIN\") (params \"(\\\"CHARSET\\\" \\\"US-ASCII\\\")\" (string:quoted "
                   "\"CHARSET\") (string:quoted \"US-ASCII\")) (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:quoted \"7BIT\") (number \"3028\" #3028) (number \"92\" #92)))");
}

/* md5, disposition with parameters, language as a list, location, then body-extension trees */
Test(resp_body, basic_part_with_every_extension) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"APPLICATION\" \"PDF\" (\"NAME\" \"r.pdf\") \"<id@x>\" "
                            "\"Report\" \"BASE64\" 4096 \"Q2hlY2s=\" (\"ATTACHMENT\" (\"FILENAME\" \"r.pdf\")) (\"EN\" "
                            "\"DE\") \"http://x/r.pdf\" 7 (\"x\" (1 NIL) {1}\r\ny)))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body \"(\\\"APPLICATION\\\" "
                   "\\\"PDF\\\" (\\\"NAME\\\" \\\"r.pdf\\\") \\\"<id@x>\\\" \\\"Report\\\" \\\"BASE64\\\" 4096 \\\"Q2hlY2s=\\\" "
                   "(\\\"ATTACHMENT\\\" (\\\"FILENAME\\\" \\\"r.pdf\\\")) (\\\"EN\\\" \\\"DE\\\") \\\"http://x/r.pdf\\\" 7 "
                   "(\\\"x\\\" (1 NIL) {1}\\x0d\\x0ay))\" #1 (string:quoted \"APPLICATION\") (string:quoted "
                   "\"PDF\") (params \"(\\\"NAME\\\" \\\"r.pdf\\\")\" (string:quoted \"NAME\") (string:quoted "
                   "\"r.pdf\")) (string:quoted \"<id@x>\") (string:quoted \"Report\") (string:quoted "
                   "\"BASE64\") (number \"4096\" #4096) (string:quoted \"Q2hlY2s=\") (disposition "
                   "\"(\\\"ATTACHMENT\\\" (\\\"FILENAME\\\" \\\"r.pdf\\\"))\" (string:quoted \"ATTACHMENT\") "
                   "(params \"(\\\"FILENAME\\\" \\\"r.pdf\\\")\" (string:quoted \"FILENAME\") (string:quoted "
                   "\"r.pdf\"))) (list \"(\\\"EN\\\" \\\"DE\\\")\" (string:quoted \"EN\") (string:quoted \"DE\")) "
                   "(string:quoted \"http://x/r.pdf\") (number \"7\" #7) (extension \"(\\\"x\\\" (1 NIL) "
                   "{1}\\x0d\\x0ay)\" (string:quoted \"x\") (extension \"(1 NIL)\" (number \"1\" #1) "
                   "(string:nil \"NIL\")) (string:literal \"y\"))))");
}

/* language as a single string; NIL extension fields; md5 alone */
Test(resp_body, text_part_extension_forms) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"HTML\" NIL NIL NIL \"QUOTED-PRINTABLE\" 10 1 NIL "
                            "NIL \"en\"))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"HTML\\\" NIL NIL NIL \\\"QUOTED-PRINTABLE\\\" 10 1 NIL NIL \\\"en\\\")\" #1 "
                   "(string:quoted \"TEXT\") (string:quoted \"HTML\") (params:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:nil \"NIL\") (string:quoted \"QUOTED-PRINTABLE\") (number \"10\" #10) "
                   "(number \"1\" #1) (string:nil \"NIL\") (disposition:nil \"NIL\") (string:quoted "
                   "\"en\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"HTML\" NIL NIL NIL \"8BIT\" 10 1 NIL NIL NIL "
                            "NIL))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"HTML\\\" NIL NIL NIL \\\"8BIT\\\" 10 1 NIL NIL NIL NIL)\" #1 (string:quoted \"TEXT\") "
                   "(string:quoted \"HTML\") (params:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:quoted \"8BIT\") (number \"10\" #10) (number \"1\" #1) (string:nil \"NIL\") "
                   "(disposition:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 10 1 NIL)\" #1 (string:quoted \"TEXT\") "
                   "(string:quoted \"PLAIN\") (params:nil \"NIL\") (string:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:quoted \"7BIT\") (number \"10\" #10) (number \"1\" #1) (string:nil "
                   "\"NIL\")))");
}

Test(resp_body, multipart_with_extensions) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)(\"TEXT\" \"HTML\" "
                            "NIL NIL NIL \"7BIT\" 1 1) \"ALTERNATIVE\" (\"BOUNDARY\" \"b1\") (\"INLINE\" NIL) (\"EN\") "
                            "\"loc\" \"ext1\" 2))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body \"((\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 1 1)(\\\"TEXT\\\" \\\"HTML\\\" NIL NIL NIL \\\"7BIT\\\" 1 1) "
                   "\\\"ALTERNATIVE\\\" (\\\"BOUNDARY\\\" \\\"b1\\\") (\\\"INLINE\\\" NIL) (\\\"EN\\\") \\\"loc\\\" "
                   "\\\"ext1\\\" 2)\" multipart (body/TEXT \"(\\\"TEXT\\\" \\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 1 "
                   "1)\" #1 (string:quoted \"TEXT\") (string:quoted \"PLAIN\") (params:nil \"NIL\") "
                   "(string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") (number \"1\" #1) "
                   "(number \"1\" #1)) (body/TEXT \"(\\\"TEXT\\\" \\\"HTML\\\" NIL NIL NIL \\\"7BIT\\\" 1 1)\" #2 "
                   "(string:quoted \"TEXT\") (string:quoted \"HTML\") (params:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") (number \"1\" #1) (number \"1\" "
                   "#1)) (string:quoted \"ALTERNATIVE\") (params \"(\\\"BOUNDARY\\\" \\\"b1\\\")\" "
                   "(string:quoted \"BOUNDARY\") (string:quoted \"b1\")) (disposition \"(\\\"INLINE\\\" "
                   "NIL)\" (string:quoted \"INLINE\") (params:nil \"NIL\")) (list \"(\\\"EN\\\")\" "
                   "(string:quoted \"EN\")) (string:quoted \"loc\") (string:quoted \"ext1\") (number \"2\" "
                   "#2)))");
}

/* message/rfc822 parts carry an envelope, a body and a line count: nums give 2, 2.1, 2.2 and 2.2.1 */
Test(resp_body, message_rfc822_nested) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)(\"MESSAGE\" "
                            "\"RFC822\" NIL NIL NIL \"7BIT\" 300 (NIL \"inner\" NIL NIL NIL NIL NIL NIL NIL NIL) "
                            "((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" "
                            "100 (NIL \"deepest\" NIL NIL NIL NIL NIL NIL NIL NIL) (\"TEXT\" \"PLAIN\" NIL NIL NIL "
                            "\"7BIT\" 2 1) 5) \"MIXED\") 20) \"MIXED\"))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body \"((\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 1 1)(\\\"MESSAGE\\\" \\\"RFC822\\\" NIL NIL NIL \\\"7BIT\\\" "
                   "300 (NIL \\\"inner\\\" NIL NIL NIL NIL NIL NIL NIL NIL) ((\\\"TEXT\\\" \\\"PLAIN\\\" NIL "
                   "NIL NIL \\\"7BIT\\\" 1 1)(\\\"MESSAGE\\\" \\\"RFC822\\\" NIL NIL NIL \\\"7BIT\\\" 100 (NIL "
                   "\\\"deepest\\\" NIL NIL NIL NIL NIL NIL NIL NIL) (\\\"TEXT\\\" \\\"PLAIN\\\" NIL NIL NIL "
                   "\\\"7BIT\\\" 2 1) 5) \\\"MIXED\\\") 20) \\\"MIXED\\\")\" multipart (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 1 1)\" #1 (string:quoted \"TEXT\") (string:quoted "
                   "\"PLAIN\") (params:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:quoted \"7BIT\") (number \"1\" #1) (number \"1\" #1)) (body/MESSAGE "
                   "\"(\\\"MESSAGE\\\" \\\"RFC822\\\" NIL NIL NIL \\\"7BIT\\\" 300 (NIL \\\"inner\\\" NIL NIL NIL "
                   "NIL NIL NIL NIL NIL) ((\\\"TEXT\\\" \\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 1 1)(\\\"MESSAGE\\\" "
                   "\\\"RFC822\\\" NIL NIL NIL \\\"7BIT\\\" 100 (NIL \\\"deepest\\\" NIL NIL NIL NIL NIL NIL "
                   "NIL NIL) (\\\"TEXT\\\" \\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 2 1) 5) \\\"MIXED\\\") 20)\" #2 "
                   "(string:quoted \"MESSAGE\") (string:quoted \"RFC822\") (params:nil \"NIL\") "
                   "(string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") (number \"300\" "
                   "#300) (envelope \"(NIL \\\"inner\\\" NIL NIL NIL NIL NIL NIL NIL NIL)\" (string:nil "
                   "\"NIL\") (string:quoted \"inner\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") "
                   "(addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") "
                   "(addresses:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\")) (body \"((\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 1 1)(\\\"MESSAGE\\\" \\\"RFC822\\\" NIL NIL NIL \\\"7BIT\\\" "
                   "100 (NIL \\\"deepest\\\" NIL NIL NIL NIL NIL NIL NIL NIL) (\\\"TEXT\\\" \\\"PLAIN\\\" NIL "
                   "NIL NIL \\\"7BIT\\\" 2 1) 5) \\\"MIXED\\\")\" multipart (body/TEXT \"(\\\"TEXT\\\" \\\"PLAIN\\\" "
                   "NIL NIL NIL \\\"7BIT\\\" 1 1)\" #1 (string:quoted \"TEXT\") (string:quoted \"PLAIN\") "
                   "(params:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") "
                   "(number \"1\" #1) (number \"1\" #1)) (body/MESSAGE \"(\\\"MESSAGE\\\" \\\"RFC822\\\" NIL NIL "
                   "NIL \\\"7BIT\\\" 100 (NIL \\\"deepest\\\" NIL NIL NIL NIL NIL NIL NIL NIL) (\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 2 1) 5)\" #2 (string:quoted \"MESSAGE\") "
                   "(string:quoted \"RFC822\") (params:nil \"NIL\") (string:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:quoted \"7BIT\") (number \"100\" #100) (envelope \"(NIL \\\"deepest\\\" "
                   "NIL NIL NIL NIL NIL NIL NIL NIL)\" (string:nil \"NIL\") (string:quoted \"deepest\") "
                   "(addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") "
                   "(addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:nil \"NIL\")) (body/TEXT \"(\\\"TEXT\\\" \\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" "
                   "2 1)\" #1 (string:quoted \"TEXT\") (string:quoted \"PLAIN\") (params:nil \"NIL\") "
                   "(string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") (number \"2\" #2) "
                   "(number \"1\" #1)) (number \"5\" #5)) (string:quoted \"MIXED\")) (number \"20\" #20)) "
                   "(string:quoted \"MIXED\")))");
}

/* RFC 9051: message/global is a message part too */
Test(resp_body, message_global) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"message\" \"global\" NIL NIL NIL \"8bit\" 50 (NIL NIL NIL "
                            "NIL NIL NIL NIL NIL NIL NIL) (\"text\" \"plain\" NIL NIL NIL \"8bit\" 5 1) 3))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/MESSAGE "
                   "\"(\\\"message\\\" \\\"global\\\" NIL NIL NIL \\\"8bit\\\" 50 (NIL NIL NIL NIL NIL NIL NIL "
                   "NIL NIL NIL) (\\\"text\\\" \\\"plain\\\" NIL NIL NIL \\\"8bit\\\" 5 1) 3)\" #1 "
                   "(string:quoted \"message\") (string:quoted \"global\") (params:nil \"NIL\") "
                   "(string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"8bit\") (number \"50\" #50) "
                   "(envelope \"(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)\" (string:nil \"NIL\") "
                   "(string:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil "
                   "\"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") "
                   "(string:nil \"NIL\") (string:nil \"NIL\")) (body/TEXT \"(\\\"text\\\" \\\"plain\\\" NIL NIL "
                   "NIL \\\"8bit\\\" 5 1)\" #1 (string:quoted \"text\") (string:quoted \"plain\") "
                   "(params:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"8bit\") "
                   "(number \"5\" #5) (number \"1\" #1)) (number \"3\" #3)))");
}

Test(resp_body, lowercase_and_literal_strings) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE ({4}\r\ntext \"plain\" (\"charset\" {5}\r\nutf-8) NIL NIL "
                            "\"8bit\" 3 1))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT "
                   "\"({4}\\x0d\\x0atext \\\"plain\\\" (\\\"charset\\\" {5}\\x0d\\x0autf-8) NIL NIL \\\"8bit\\\" 3 "
                   "1)\" #1 (string:literal \"text\") (string:quoted \"plain\") (params \"(\\\"charset\\\" "
                   "{5}\\x0d\\x0autf-8)\" (string:quoted \"charset\") (string:literal \"utf-8\")) "
                   "(string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"8bit\") (number \"3\" #3) "
                   "(number \"1\" #1)))");
}

/* NIL for the transfer encoding or a parameter value (iCloud, maddy, Mail.ru, Exchange): an absent string */
Test(resp_body, nil_as_string_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" NIL) NIL NIL NIL 10 1))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" (\\\"CHARSET\\\" NIL) NIL NIL NIL 10 1)\" #1 (string:quoted \"TEXT\") "
                   "(string:quoted \"PLAIN\") (params \"(\\\"CHARSET\\\" NIL)\" (string:quoted \"CHARSET\") "
                   "(string:nil \"NIL\")) (string:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(number \"10\" #10) (number \"1\" #1))) [quirk NIL_AS_STRING@52] [quirk "
                   "NIL_AS_STRING@65]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" NIL) NIL NIL \"7BIT\" 10 "
                            "1))\r\n"),
                   "error IK_E_NOT_ALLOWED at 52");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL NIL 10 1))\r\n"),
                   "error IK_E_NOT_ALLOWED at 53");
}

/* a text part without its line count, or NIL in its place: lines unknown (a NUMBER with form NIL) */
Test(resp_body, missing_lines_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 10)\" #1 (string:quoted \"TEXT\") (string:quoted "
                   "\"PLAIN\") (params:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:quoted \"7BIT\") (number \"10\" #10) (number:nil \"\" #0))) [quirk "
                   "MISSING_LINES@62]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10))\r\n"),
                   "error IK_E_NOT_ALLOWED at 62");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 NIL))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 10 NIL)\" #1 (string:quoted \"TEXT\") "
                   "(string:quoted \"PLAIN\") (params:nil \"NIL\") (string:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:quoted \"7BIT\") (number \"10\" #10) (number:nil \"NIL\" #0))) [quirk "
                   "MISSING_LINES@63]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 NIL))\r\n"),
                   "error IK_E_NOT_ALLOWED at 63");
}

Test(resp_body, empty_params_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" () NIL NIL \"7BIT\" 10 1))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body/TEXT \"(\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" () NIL NIL \\\"7BIT\\\" 10 1)\" #1 (string:quoted \"TEXT\") (string:quoted "
                   "\"PLAIN\") (params \"()\") (string:nil \"NIL\") (string:nil \"NIL\") (string:quoted "
                   "\"7BIT\") (number \"10\" #10) (number \"1\" #1))) [quirk EMPTY_LIST_AS_NIL@41]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" () NIL NIL \"7BIT\" 10 1))\r\n"),
                   "error IK_E_NOT_ALLOWED at 41");
}

Test(resp_body, space_between_parts_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) (\"TEXT\" "
                            "\"HTML\" NIL NIL NIL \"7BIT\" 1 1) \"ALTERNATIVE\"))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body \"((\\\"TEXT\\\" "
                   "\\\"PLAIN\\\" NIL NIL NIL \\\"7BIT\\\" 1 1) (\\\"TEXT\\\" \\\"HTML\\\" NIL NIL NIL \\\"7BIT\\\" 1 "
                   "1) \\\"ALTERNATIVE\\\")\" multipart (body/TEXT \"(\\\"TEXT\\\" \\\"PLAIN\\\" NIL NIL NIL "
                   "\\\"7BIT\\\" 1 1)\" #1 (string:quoted \"TEXT\") (string:quoted \"PLAIN\") (params:nil "
                   "\"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") (number \"1\" "
                   "#1) (number \"1\" #1)) (body/TEXT \"(\\\"TEXT\\\" \\\"HTML\\\" NIL NIL NIL \\\"7BIT\\\" 1 1)\" "
                   "#2 (string:quoted \"TEXT\") (string:quoted \"HTML\") (params:nil \"NIL\") (string:nil "
                   "\"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") (number \"1\" #1) (number \"1\" "
                   "#1)) (string:quoted \"ALTERNATIVE\"))) [quirk EXTRA_SPACE@65]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) (\"TEXT\" "
                            "\"HTML\" NIL NIL NIL \"7BIT\" 1 1) \"ALTERNATIVE\"))\r\n"),
                   "error IK_E_NOT_ALLOWED at 65");
}

/* the truncated part of HARDENING.md: strict mode rejects it; lenient mode reads it as a basic part */
Test(resp_body, message_without_envelope_quirk) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODYSTRUCTURE (\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 0))\r\n"),
                   "untagged FETCH #1 (item/BODYSTRUCTURE \"BODYSTRUCTURE\" (body \"(\\\"message\\\" "
                   "\\\"rfc822\\\" NIL NIL NIL \\\"7bit\\\" 0)\" #1 (string:quoted \"message\") (string:quoted "
                   "\"rfc822\") (params:nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\") "
                   "(string:quoted \"7bit\") (number \"0\" #0))) [quirk OTHER@65]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 0))\r\n"),
                   "error IK_E_NOT_ALLOWED at 65");
}

Test(resp_body, arity_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\"))\r\n"),
                   "error IK_E_SYNTAX at 59");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"IMAGE\" \"PNG\" NIL NIL NIL \"BASE64\" 10 1 2 3))\r\n"),
                   "error IK_E_SYNTAX at 64");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE ())\r\n"),
                   "error IK_E_SYNTAX at 26");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)))\r\n"),
                   "error IK_E_SYNTAX at 65");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BODYSTRUCTURE (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 1 (NIL NIL NIL "
                            "NIL NIL NIL NIL NIL NIL NIL) (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)))\r\n"),
                   "error IK_E_SYNTAX at 147");
}


/* ---- part numbers ---- */

/* The BODY nodes of a tree in document order (depth-first), at most 64. */
static size_t bodies(const ik_node *n, const ik_node **out, size_t k) {
  for (; n; n = n->next) {
    if (n->kind == IK_N_BODY && k < 64) out[k++] = n;
    k = bodies(n->child, out, k);
  }
  return k;
}

/* Parses one FETCH message and writes "section type/subtype" of every BODY
 * node, depth-first, one per line. */
static void sections(const char *wire, char *out, size_t cap) {
  ik_parser p;
  ik_parser_init(&p, S, IK_PARSE_STRICT, NULL);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  ik_message *m;
  ik_error e;
  cr_assert_eq(ik_parse(&p, (const unsigned char *)wire, strlen(wire), &a, &m, &e), IK_E_OK);
  const ik_node *root = m->args->child; /* FETCH_ITEM -> BODY */
  const ik_node *list[64];
  size_t n = bodies(root, list, 0);
  out[0] = 0;
  for (size_t i = 0; i < n; i++) {
    char sec[64];
    cr_assert_geq(ik_body_section(root, list[i], sec, sizeof sec), 0);
    const ik_node *type = list[i]->child;
    char line[128];
    if (list[i]->flags & IK_NF_MULTIPART) {
      snprintf(line, sizeof line, "%s multipart\n", sec[0] ? sec : "-");
    } else {
      snprintf(line, sizeof line, "%s %.*s/%.*s\n", sec, (int)type->span.len,
               wire + type->span.off, (int)type->next->span.len, wire + type->next->span.off);
    }
    strncat(out, line, cap - strlen(out) - 1);
  }
  ik_arena_free(&a);
}

#define T_ "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)"
#define A_ "(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 1)"
#define G_ "(\"IMAGE\" \"GIF\" NIL NIL NIL \"BASE64\" 1)"
#define R_ "(\"TEXT\" \"RICHTEXT\" NIL NIL NIL \"7BIT\" 1 1)"
#define E_ "(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)"
#define MSG_(body) "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 1 " E_ " " body " 1)"

/* The example of RFC 3501 section 6.4.5, as a BODYSTRUCTURE: every part gets
 * the number the RFC lists for it. A multipart inside a message/rfc822 part
 * shares that part's number (its parts are 3.1, 3.2). */
Test(resp_body, section_numbers_of_rfc3501_example) {
  const char *wire =
      "* 1 FETCH (BODYSTRUCTURE (" T_ A_ MSG_("(" T_ A_ " \"MIXED\")")
      "(" G_ MSG_("(" T_ "(" T_ R_ " \"ALTERNATIVE\") \"MIXED\")") " \"MIXED\") \"MIXED\"))\r\n";
  char out[2048];
  sections(wire, out, sizeof out);
  cr_assert_str_eq(out, "- multipart\n"
                        "1 TEXT/PLAIN\n"
                        "2 APPLICATION/OCTET-STREAM\n"
                        "3 MESSAGE/RFC822\n"
                        "3 multipart\n"
                        "3.1 TEXT/PLAIN\n"
                        "3.2 APPLICATION/OCTET-STREAM\n"
                        "4 multipart\n"
                        "4.1 IMAGE/GIF\n"
                        "4.2 MESSAGE/RFC822\n"
                        "4.2 multipart\n"
                        "4.2.1 TEXT/PLAIN\n"
                        "4.2.2 multipart\n"
                        "4.2.2.1 TEXT/PLAIN\n"
                        "4.2.2.2 TEXT/RICHTEXT\n");
}

/* A single-part message is part 1; the single body of a message/rfc822 part
 * N is N.1. */
Test(resp_body, section_numbers_of_single_parts) {
  char out[1024];
  sections("* 1 FETCH (BODY " T_ ")\r\n", out, sizeof out);
  cr_assert_str_eq(out, "1 TEXT/PLAIN\n");
  sections("* 1 FETCH (BODYSTRUCTURE (" T_ MSG_(T_) " \"MIXED\"))\r\n", out, sizeof out);
  cr_assert_str_eq(out, "- multipart\n"
                        "1 TEXT/PLAIN\n"
                        "2 MESSAGE/RFC822\n"
                        "2.1 TEXT/PLAIN\n");
  sections("* 1 FETCH (BODYSTRUCTURE " MSG_(MSG_(T_)) ")\r\n", out, sizeof out);
  cr_assert_str_eq(out, "1 MESSAGE/RFC822\n"
                        "1.1 MESSAGE/RFC822\n"
                        "1.1.1 TEXT/PLAIN\n");
}

Test(resp_body, section_of_foreign_node_and_short_buffer) {
  const char *wire = "* 1 FETCH (BODYSTRUCTURE (" T_ "(" T_ T_ " \"MIXED\")" T_ " \"MIXED\"))\r\n";
  ik_parser p;
  ik_parser_init(&p, S, 0, NULL);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  ik_message *m;
  ik_error e;
  cr_assert_eq(ik_parse(&p, (const unsigned char *)wire, strlen(wire), &a, &m, &e), IK_E_OK);
  const ik_node *root = m->args->child;
  const ik_node *inner = root->child->next->child->next; /* part 2.2 */
  char buf[4] = "xyz";
  cr_assert_eq(ik_body_section(root, inner, buf, sizeof buf), 3);
  cr_assert_str_eq(buf, "2.2");
  cr_assert_eq(ik_body_section(root, inner, buf, 3), 3);
  cr_assert_str_eq(buf, "2.");
  cr_assert_eq(ik_body_section(root, root->child->child, buf, sizeof buf), -1); /* a STRING */
  cr_assert_eq(ik_body_section(root->child, inner, buf, sizeof buf), -1);        /* not inside */
  cr_assert_eq(ik_body_section(root, root, buf, sizeof buf), 0);
  cr_assert_str_eq(buf, "");
  ik_arena_free(&a);
}

/* ---- depth ---- */

static char *nested(size_t depth) {
  /* multiparts nested `depth` deep around one text part */
  size_t n = depth * 12 + 200;
  char *s = malloc(n);
  strcpy(s, "* 1 FETCH (UID 1 BODYSTRUCTURE ");
  for (size_t i = 0; i < depth; i++) strcat(s, "(");
  strcat(s, T_);
  for (size_t i = 0; i < depth; i++) strcat(s, " \"MIXED\")");
  strcat(s, " FLAGS ())\r\n");
  return s;
}

Test(resp_body, depth_limit) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_depth = 8;
  /* FETCH item (1) + 6 multiparts + the text part = 8 levels: fits */
  char *ok = nested(6);
  cr_assert_null(strstr(ikt_parse_lim(S, STRICT, &l, ok), "error"));
  free(ok);
  char *deep = nested(7);
  cr_assert_str_eq(ikt_parse_lim(S, STRICT, &l, deep), "error IK_E_TOO_DEEP at 38");
  /* lenient: that item is an error node, UID and FLAGS decode */
  const char *t = ikt_parse_lim(S, 0, &l, deep);
  cr_assert_not_null(strstr(t, "(item/UID \"UID\" (number \"1\" #1)) (item/BODYSTRUCTURE "
                               "\"BODYSTRUCTURE\" #21 error (text \"BODYSTRUCTURE (((((((("));
  cr_assert_not_null(strstr(t, "(item/FLAGS \"FLAGS\" (flag_list \"()\")) [quirk BAD_ITEM@38]"));
  free(deep);
}
