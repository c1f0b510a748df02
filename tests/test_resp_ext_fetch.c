/* FETCH items of the extensions, typed: MODSEQ (RFC 7162), BINARY[...]<...>
 * with literal8 and BINARY.SIZE[...] (RFC 3516, 9051), X-GM-MSGID,
 * X-GM-THRID (number64) and X-GM-LABELS (Gmail's X-GM-EXT-1), PREVIEW (RFC
 * 8970) and SNIPPET (the draft Dovecot speaks), SAVEDATE (RFC 8514),
 * EMAILID and THREADID (RFC 8474), RFC822.SIZE as a number64 (RFC 9051), and
 * 8-bit UTF-8 in quoted strings (UTF8=ACCEPT, RFC 6855). Exact trees of the
 * RFCs' examples, strict and lenient. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

/* RFC 7162 section 3.1.4: MODSEQ (permsg-modsequence), a NUMBER in a LIST (its parentheses) */
Test(resp_ext_fetch, modseq) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 7 FETCH (MODSEQ (12345))\r\n"),
                   "untagged FETCH #7 (item/MODSEQ \"MODSEQ\" (list \"(12345)\" (number \"12345\" #12345)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 4 MODSEQ (65402) FLAGS (\\Seen))\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" (number \"4\" #4)) (item/MODSEQ \"MODSEQ\" (list \"(6540"
                   "2)\" (number \"65402\" #65402))) (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom "
                   "\"\\\\Seen\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 50 FETCH (MODSEQ (12111230047))\r\n"),
                   "untagged FETCH #50 (item/MODSEQ \"MODSEQ\" (list \"(12111230047)\" (number \"12111230047\" #"
                   "12111230047)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 5 FETCH (MODSEQ (320162350) FLAGS (\\Seen \\Deleted))\r\n"),
                   "untagged FETCH #5 (item/MODSEQ \"MODSEQ\" (list \"(320162350)\" (number \"320162350\" #32016"
                   "2350))) (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen \\\\Deleted)\" (flag:atom \"\\\\Seen\")"
                   " (flag:atom \"\\\\Deleted\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (MODSEQ (0))\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (MODSEQ 5)\r\n"),
                   "error IK_E_SYNTAX at 18");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (MODSEQ 5 UID 3)\r\n"),
                   "untagged FETCH #1 (item/MODSEQ \"MODSEQ\" #7 error (text \"MODSEQ 5\")) (item/UID \"UID\" (n"
                   "umber \"3\" #3)) [quirk BAD_ITEM@18]");
}

/* RFC 3516 section 4.2-4.3: BINARY[section-part]<origin> with a literal8 (NUL bytes allowed) or nstring; BINARY.SIZE[...] a number; a section holds part numbers only */
Test(resp_ext_fetch, binary) {
  cr_assert_str_eq(PN(STRICT, "* 1 FETCH (BINARY[1.1] ~{3}\r\n\x01""\x00""\x02"")\r\n"),
                   "untagged FETCH #1 (item/BINARY \"BINARY[1.1]\" (section \"1.1\" (part \"1.1\" (number \"1\" "
                   "#1) (number \"1\" #1))) (string:literal8 \"\\x01\\x00\\x02\" nul))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BINARY[1]<0> ~{3}\r\nabc BINARY.SIZE[1] 1234)\r\n"),
                   "untagged FETCH #1 (item/BINARY \"BINARY[1]<0>\" (section \"1\" (part \"1\" (number \"1\" #1)"
                   ")) (partial \"<0>\" (number \"0\" #0)) (string:literal8 \"abc\")) (item/BINARY.SIZE \"BINARY"
                   ".SIZE[1]\" (section \"1\" (part \"1\" (number \"1\" #1))) (number \"1234\" #1234))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 3 FETCH (BINARY.SIZE[3] 72 BINARY[2]<0> ~{2}\r\n%P)\r\n"),
                   "untagged FETCH #3 (item/BINARY.SIZE \"BINARY.SIZE[3]\" (section \"3\" (part \"3\" (number \""
                   "3\" #3))) (number \"72\" #72)) (item/BINARY \"BINARY[2]<0>\" (section \"2\" (part \"2\" (num"
                   "ber \"2\" #2))) (partial \"<0>\" (number \"0\" #0)) (string:literal8 \"%P\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BINARY[] NIL BINARY[2] \"text\")\r\n"),
                   "untagged FETCH #1 (item/BINARY \"BINARY[]\" (section \"\") (string:nil \"NIL\")) (item/BINAR"
                   "Y \"BINARY[2]\" (section \"2\" (part \"2\" (number \"2\" #2))) (string:quoted \"text\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BINARY[1.TEXT] NIL)\r\n"),
                   "error IK_E_SYNTAX at 20");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (BINARY.SIZE[1] x)\r\n"),
                   "error IK_E_SYNTAX at 26");
}

/* Gmail X-GM-EXT-1: X-GM-MSGID and X-GM-THRID are number64, X-GM-LABELS a list of labels (astrings, or flags like \\Inbox) */
Test(resp_ext_fetch, gmail) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-GM-THRID 1278455344230334865 UID 1)\r\n"),
                   "untagged FETCH #1 (item/X-GM-THRID \"X-GM-THRID\" (number \"1278455344230334865\" #127845534"
                   "4230334865)) (item/UID \"UID\" (number \"1\" #1))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-GM-MSGID 1278455344230334865)\r\n"),
                   "untagged FETCH #1 (item/X-GM-MSGID \"X-GM-MSGID\" (number \"1278455344230334865\" #127845534"
                   "4230334865))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\") UID 1)\r\n"),
                   "untagged FETCH #1 (item/X-GM-LABELS \"X-GM-LABELS\" (list \"(\\\\Inbox \\\\Sent Important \\"
                   "\"Muy Importante\\\")\" (flag:atom \"\\\\Inbox\") (flag:atom \"\\\\Sent\") (string:atom \"Im"
                   "portant\") (string:quoted \"Muy Importante\"))) (item/UID \"UID\" (number \"1\" #1))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-GM-LABELS (\"\\\\Inbox\" \"\\\\Important\" work))\r\n"),
                   "untagged FETCH #1 (item/X-GM-LABELS \"X-GM-LABELS\" (list \"(\\\"\\\\\\\\Inbox\\\" \\\"\\\\"
                   "\\\\Important\\\" work)\" (string:quoted \"\\\\\\\\Inbox\" esc) (string:quoted \"\\\\\\\\Imp"
                   "ortant\" esc) (string:atom \"work\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-GM-LABELS ())\r\n"),
                   "untagged FETCH #1 (item/X-GM-LABELS \"X-GM-LABELS\" (list \"()\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-GM-LABELS (\\Inbox {4}\r\nwork))\r\n"),
                   "untagged FETCH #1 (item/X-GM-LABELS \"X-GM-LABELS\" (list \"(\\\\Inbox {4}\\x0d\\x0awork)\" "
                   "(flag:atom \"\\\\Inbox\") (string:literal \"work\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (X-GM-MSGID 9223372036854775808)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 22");
}

/* RFC 8970 PREVIEW (an nstring, the draft's "(" algorithm SP text ")" too); SNIPPET (FUZZY text) as Dovecot sends it */
Test(resp_ext_fetch, preview_and_snippet) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (PREVIEW \"Hello, this is a preview\")\r\n"),
                   "untagged FETCH #1 (item/PREVIEW \"PREVIEW\" (string:quoted \"Hello, this is a preview\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 2 FETCH (PREVIEW NIL)\r\n"),
                   "untagged FETCH #2 (item/PREVIEW \"PREVIEW\" (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 2 FETCH (PREVIEW {5}\r\nHello SAVEDATE NIL)\r\n"),
                   "untagged FETCH #2 (item/PREVIEW \"PREVIEW\" (string:literal \"Hello\")) (item/SAVEDATE \"SAV"
                   "EDATE\" (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 2 FETCH (PREVIEW (FUZZY \"text\"))\r\n"),
                   "untagged FETCH #2 (item/PREVIEW \"PREVIEW\" (list \"(FUZZY \\\"text\\\")\" (string:atom \"FU"
                   "ZZY\") (string:quoted \"text\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 2 FETCH (SNIPPET (FUZZY {5}\r\nHello))\r\n"),
                   "untagged FETCH #2 (item/SNIPPET \"SNIPPET\" (list \"(FUZZY {5}\\x0d\\x0aHello)\" (string:ato"
                   "m \"FUZZY\") (string:literal \"Hello\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 2 FETCH (SNIPPET \"x\")\r\n"),
                   "error IK_E_SYNTAX at 19");
}

/* RFC 8514 SAVEDATE (a date-time or NIL), RFC 8474 EMAILID and THREADID ("(" objectid ")", THREADID also NIL) */
Test(resp_ext_fetch, savedate_and_objectid) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (UID 1 SAVEDATE \"22-Jan-2016 12:15:32 +0100\")\r\n"),
                   "untagged FETCH #1 (item/UID \"UID\" (number \"1\" #1)) (item/SAVEDATE \"SAVEDATE\" (datetime"
                   ":quoted \"22-Jan-2016 12:15:32 +0100\" #1453461332))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (SAVEDATE NIL)\r\n"),
                   "untagged FETCH #1 (item/SAVEDATE \"SAVEDATE\" (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (INTERNALDATE NIL)\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (SAVEDATE \"30-Feb-2016 12:15:32 +0100\")\r\n"),
                   "error IK_E_BAD_DATE at 20");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9))\r\n"),
                   "untagged FETCH #1 (item/EMAILID \"EMAILID\" (list \"(M6d99ac3275bb4e)\" (string:atom \"M6d99"
                   "ac3275bb4e\"))) (item/THREADID \"THREADID\" (list \"(T64b478a75b7ea9)\" (string:atom \"T64b4"
                   "78a75b7ea9\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 2 FETCH (EMAILID (M5fdc09b49ea703) THREADID NIL)\r\n"),
                   "untagged FETCH #2 (item/EMAILID \"EMAILID\" (list \"(M5fdc09b49ea703)\" (string:atom \"M5fdc"
                   "09b49ea703\"))) (item/THREADID \"THREADID\" (string:nil \"NIL\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (EMAILID NIL)\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (EMAILID (a.b))\r\n"),
                   "error IK_E_SYNTAX at 21");
}

/* RFC 9051: RFC822.SIZE is a number64 */
Test(resp_ext_fetch, imap4rev2_number64) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (RFC822.SIZE 9223372036854775807)\r\n"),
                   "untagged FETCH #1 (item/RFC822.SIZE \"RFC822.SIZE\" (number \"9223372036854775807\" #9223372"
                   "036854775807))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (RFC822.SIZE 9223372036854775808)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 23");
}

/* RFC 6855 / 9051: 8-bit UTF-8 in quoted strings is valid in both modes, flagged 8bit; in atoms it is the EIGHT_BIT quirk */
Test(resp_ext_fetch, utf8_accept) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" \"Gr\xc3""\xb6""\xc3""\x9f""e\"\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" \\\"Gr\\xc3\\xb6\\xc3\\x9fe\\\"\" (flag_list \"()"
                   "\") (string:quoted \"/\") (mailbox:quoted \"Gr\\xc3\\xb6\\xc3\\x9fe\" 8bit))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 1 FETCH (ENVELOPE (NIL \"Caf\xc3""\xa9"" \xe2""\x9c""\x93""\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "untagged FETCH #1 (item/ENVELOPE \"ENVELOPE\" (envelope \"(NIL \\\"Caf\\xc3\\xa9 \\xe2\\x9c"
                   "\\x93\\\" NIL NIL NIL NIL NIL NIL NIL NIL)\" (string:nil \"NIL\") (string:quoted \"Caf\\xc3"
                   "\\xa9 \\xe2\\x9c\\x93\" 8bit) (addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil"
                   " \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") (string:ni"
                   "l \"NIL\") (string:nil \"NIL\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [ALERT] Gr\xc3""\xb6""\xc3""\x9f""e\r\n"),
                   "untagged OK (code/ALERT \"ALERT\") (text \"Gr\\xc3\\xb6\\xc3\\x9fe\" 8bit)");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ENABLED UTF8=ACCEPT\r\n"),
                   "untagged ENABLED (capability:atom/UTF8=ACCEPT \"UTF8=ACCEPT\")");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* LIST () \"/\" Gr\xc3""\xb6""\xc3""\x9f""e\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" Gr\\xc3\\xb6\\xc3\\x9fe\" (flag_list \"()\") (str"
                   "ing:quoted \"/\") (mailbox:atom \"Gr\\xc3\\xb6\\xc3\\x9fe\" 8bit)) [quirk EIGHT_BIT@16] [qui"
                   "rk EIGHT_BIT@17] [quirk EIGHT_BIT@18] [quirk EIGHT_BIT@19]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" Gr\xc3""\xb6""\xc3""\x9f""e\r\n"),
                   "error IK_E_NOT_ALLOWED at 16");
}

/* extra spaces between FETCH and its list, between an item and its value: the EXTRA_SPACE quirk, typed (NOT_ALLOWED at the extra space in strict mode) */
Test(resp_ext_fetch, spacing) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 6 FETCH  (UID 6 FLAGS (\\Seen))\r\n"),
                   "untagged FETCH #6 (item/UID \"UID\" (number \"6\" #6)) (item/FLAGS \"FLAGS\" (flag_list \"("
                   "\\\\Seen)\" (flag:atom \"\\\\Seen\"))) [quirk EXTRA_SPACE@10]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 6 FETCH  (UID 6 FLAGS (\\Seen))\r\n"),
                   "error IK_E_NOT_ALLOWED at 10");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 6 FETCH (MODSEQ  (5) BINARY[1]  ~{1}\r\nx X-GM-MSGID  3)\r\n"),
                   "untagged FETCH #6 (item/MODSEQ \"MODSEQ\" (list \"(5)\" (number \"5\" #5))) (item/BINARY \"B"
                   "INARY[1]\" (section \"1\" (part \"1\" (number \"1\" #1))) (string:literal8 \"x\")) (item/X-G"
                   "M-MSGID \"X-GM-MSGID\" (number \"3\" #3)) [quirk EXTRA_SPACE@18] [quirk EXTRA_SPACE@33] [qui"
                   "rk EXTRA_SPACE@53]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 6 FETCH (MODSEQ  (5))\r\n"),
                   "error IK_E_NOT_ALLOWED at 18");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (BODY (\"text\"  \"plain\" NIL NIL NIL \"7bit\" 1 1))\r\n"),
                   "untagged FETCH #1 (item/BODY \"BODY\" (body/TEXT \"(\\\"text\\\"  \\\"plain\\\" NIL NIL NIL "
                   "\\\"7bit\\\" 1 1)\" #1 (string:quoted \"text\") (string:quoted \"plain\") (params:nil \"NIL"
                   "\") (string:nil \"NIL\") (string:nil \"NIL\") (string:quoted \"7bit\") (number \"1\" #1) (nu"
                   "mber \"1\" #1))) [quirk EXTRA_SPACE@24]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (ENVELOPE (NIL  NIL NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"),
                   "untagged FETCH #1 (item/ENVELOPE \"ENVELOPE\" (envelope \"(NIL  NIL NIL NIL NIL NIL NIL NIL "
                   "NIL NIL)\" (string:nil \"NIL\") (string:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil "
                   "\"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:nil \"NIL\") (addresses:"
                   "nil \"NIL\") (string:nil \"NIL\") (string:nil \"NIL\"))) [quirk EXTRA_SPACE@25]");
}

/* lenient per-item recovery covers the typed extension items too */
Test(resp_ext_fetch, per_item_recovery) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* 1 FETCH (MODSEQ (x) UID 5 X-GM-LABELS (\\Inbox) BINARY[a] NIL FLAGS ())\r\n"),
                   "untagged FETCH #1 (item/MODSEQ \"MODSEQ\" #8 error (text \"MODSEQ (x)\")) (item/UID \"UID\" "
                   "(number \"5\" #5)) (item/X-GM-LABELS \"X-GM-LABELS\" (list \"(\\\\Inbox)\" (flag:atom \"\\\\"
                   "Inbox\"))) (item/BINARY \"BINARY[a]\" #7 error (text \"BINARY[a] NIL\")) (item/FLAGS \"FLAGS"
                   "\" (flag_list \"()\")) [quirk BAD_ITEM@19] [quirk BAD_ITEM@56]");
}

