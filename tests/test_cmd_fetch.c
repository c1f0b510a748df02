/* FETCH: macros, every fetch-att, sections with parts and header lists, .PEEK,
 * partials, BINARY, CONDSTORE modifiers, generic attributes, errors, JSON. */
#include <criterion/criterion.h>

#include "cmdutil.h"

Test(cmd_fetch, macros) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 ALL\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a fetch 12 full\r\n"),
                   "command tag=a FETCH (seqset \"12\" (seq_num \"12\" #12)) (fetch_att/FULL \"full\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1:* FAST\r\n"),
                   "command tag=a FETCH (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 star"
                   "))) (fetch_att/FAST \"FAST\")");
}

Test(cmd_fetch, macro_not_in_list) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (ALL)\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS FAST)\r\n"),
                   "error IK_E_SYNTAX at 17");
}

Test(cmd_fetch, single_attributes) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 ENVELOPE\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/ENVELOPE \"ENVELOPE\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 flags\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/FLAGS \"flags\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 INTERNALDATE\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/INTERNALDATE \"INTERNALDATE\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 RFC822\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/RFC822 \"RFC822\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 RFC822.HEADER\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/RFC822.HEADER \"RFC822.HEADER\""
                   ")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 RFC822.SIZE\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/RFC822.SIZE \"RFC822.SIZE\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 RFC822.TEXT\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/RFC822.TEXT \"RFC822.TEXT\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODYSTRUCTURE\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODYSTRUCTURE \"BODYSTRUCTURE\""
                   ")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 UID\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/UID \"UID\")");
}

Test(cmd_fetch, attribute_list) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1:* (FLAGS UID INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY)\r\n"),
                   "command tag=a FETCH (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 star"
                   "))) (list \"(FLAGS UID INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY)\" (fetch_att/FLAGS "
                   "\"FLAGS\") (fetch_att/UID \"UID\") (fetch_att/INTERNALDATE \"INTERNALDATE\") (fetch_att/RFC822.S"
                   "IZE \"RFC822.SIZE\") (fetch_att/ENVELOPE \"ENVELOPE\") (fetch_att/BODYSTRUCTURE \"BODYSTRUCTURE"
                   "\") (fetch_att/BODY \"BODY\"))");
}

Test(cmd_fetch, extension_attributes) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 (MODSEQ X-GM-MSGID X-GM-THRID X-GM-LABELS EMAILID THREADID SAVEDATE PREVIEW)\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(MODSEQ X-GM-MSGID X-GM-THRID X-GM"
                   "-LABELS EMAILID THREADID SAVEDATE PREVIEW)\" (fetch_att/MODSEQ \"MODSEQ\") (fetch_att/X-GM-MSGID"
                   " \"X-GM-MSGID\") (fetch_att/X-GM-THRID \"X-GM-THRID\") (fetch_att/X-GM-LABELS \"X-GM-LABELS\") ("
                   "fetch_att/EMAILID \"EMAILID\") (fetch_att/THREADID \"THREADID\") (fetch_att/SAVEDATE \"SAVEDATE"
                   "\") (fetch_att/PREVIEW \"PREVIEW\"))");
}

Test(cmd_fetch, body_sections) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[]\" (section \"\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[HEADER]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[HEADER]\" (section "
                   "\"HEADER\" (attr/HEADER \"HEADER\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[TEXT]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[TEXT]\" (section \""
                   "TEXT\" (attr/TEXT \"TEXT\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 body[1]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"body[1]\" (section \"1\""
                   " (part \"1\" (number \"1\" #1))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[1.2.3]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[1.2.3]\" (section "
                   "\"1.2.3\" (part \"1.2.3\" (number \"1\" #1) (number \"2\" #2) (number \"3\" #3))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[2.HEADER]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[2.HEADER]\" (sectio"
                   "n \"2.HEADER\" (part \"2\" (number \"2\" #2)) (attr/HEADER \"HEADER\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[2.2.2.TEXT]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[2.2.2.TEXT]\" (sect"
                   "ion \"2.2.2.TEXT\" (part \"2.2.2\" (number \"2\" #2) (number \"2\" #2) (number \"2\" #2)) (attr/"
                   "TEXT \"TEXT\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[1.MIME]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[1.MIME]\" (section "
                   "\"1.MIME\" (part \"1\" (number \"1\" #1)) (attr/MIME \"MIME\")))");
}

Test(cmd_fetch, body_peek) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY.PEEK[]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY.PEEK[]\" peek (sect"
                   "ion \"\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 body.peek[header]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"body.peek[header]\" peek"
                   " (section \"header\" (attr/HEADER \"header\")))");
}

Test(cmd_fetch, header_fields) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])\r\n"),
                   "command tag=a FETCH (seqset \"2:4\" (seq_range \"2:4\" (seq_num \"2\" #2) (seq_num \"4\" #4))) ("
                   "list \"(FLAGS BODY[HEADER.FIELDS (DATE FROM)])\" (fetch_att/FLAGS \"FLAGS\") (fetch_att/BODY \"B"
                   "ODY[HEADER.FIELDS (DATE FROM)]\" (section \"HEADER.FIELDS (DATE FROM)\" (attr/HEADER.FIELDS \"HE"
                   "ADER.FIELDS (DATE FROM)\" (list \"(DATE FROM)\" (string:atom \"DATE\") (string:atom \"FROM\"))))"
                   "))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY.PEEK[HEADER.FIELDS.NOT (DATE TO)]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY.PEEK[HEADER.FIELDS."
                   "NOT (DATE TO)]\" peek (section \"HEADER.FIELDS.NOT (DATE TO)\" (attr/HEADER.FIELDS.NOT \"HEADER."
                   "FIELDS.NOT (DATE TO)\" (list \"(DATE TO)\" (string:atom \"DATE\") (string:atom \"TO\")))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 4 BODY.PEEK[2.2.2.HEADER.FIELDS (SUBJECT DATE)]\r\n"),
                   "command tag=a FETCH (seqset \"4\" (seq_num \"4\" #4)) (fetch_att/BODY \"BODY.PEEK[2.2.2.HEADER.F"
                   "IELDS (SUBJECT DATE)]\" peek (section \"2.2.2.HEADER.FIELDS (SUBJECT DATE)\" (part \"2.2.2\" (nu"
                   "mber \"2\" #2) (number \"2\" #2) (number \"2\" #2)) (attr/HEADER.FIELDS \"HEADER.FIELDS (SUBJECT"
                   " DATE)\" (list \"(SUBJECT DATE)\" (string:atom \"SUBJECT\") (string:atom \"DATE\")))))");
}

Test(cmd_fetch, header_fields_astrings) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[HEADER.FIELDS (\"From\" {2}\r\nTo X-Y)]\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[HEADER.FIELDS (\\\""
                   "From\\\" {2}\\x0d\\x0aTo X-Y)]\" (section \"HEADER.FIELDS (\\\"From\\\" {2}\\x0d\\x0aTo X-Y)\" ("
                   "attr/HEADER.FIELDS \"HEADER.FIELDS (\\\"From\\\" {2}\\x0d\\x0aTo X-Y)\" (list \"(\\\"From\\\" {2"
                   "}\\x0d\\x0aTo X-Y)\" (string:quoted \"From\") (string:literal \"To\") (string:atom \"X-Y\")))))");
}

Test(cmd_fetch, header_fields_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[HEADER.FIELDS]\r\n"),
                   "error IK_E_SYNTAX at 28");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[HEADER.FIELDS ()]\r\n"),
                   "error IK_E_SYNTAX at 30");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[HEADER.FIELDS (FROM]\r\n"),
                   "error IK_E_SYNTAX at 35");
}

Test(cmd_fetch, partial) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (BODY[TEXT]<0.100>)\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(BODY[TEXT]<0.100>)\" (fetch_att/B"
                   "ODY \"BODY[TEXT]<0.100>\" (section \"TEXT\" (attr/TEXT \"TEXT\")) (partial \"<0.100>\" (number "
                   "\"0\" #0) (number \"100\" #100))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 3 BODY.PEEK[3]<10.20>\r\n"),
                   "command tag=a FETCH (seqset \"3\" (seq_num \"3\" #3)) (fetch_att/BODY \"BODY.PEEK[3]<10.20>\" pe"
                   "ek (section \"3\" (part \"3\" (number \"3\" #3))) (partial \"<10.20>\" (number \"10\" #10) (numb"
                   "er \"20\" #20)))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[]<4294967296.5>\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[]<4294967296.5>\" ("
                   "section \"\") (partial \"<4294967296.5>\" (number \"4294967296\" #4294967296) (number \"5\" #5))"
                   ")");
}

Test(cmd_fetch, partial_zero_length) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 2 (BODY.PEEK[1]<0.0>)\r\n"),
                   "command tag=a FETCH (seqset \"2\" (seq_num \"2\" #2)) (list \"(BODY.PEEK[1]<0.0>)\" (fetch_att/B"
                   "ODY \"BODY.PEEK[1]<0.0>\" peek (section \"1\" (part \"1\" (number \"1\" #1))) (partial \"<0.0>\""
                   " (number \"0\" #0) (number \"0\" #0)))) [quirk OTHER@26]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 2 (BODY.PEEK[1]<0.0>)\r\n"),
                   "error IK_E_NOT_ALLOWED at 26");
}

Test(cmd_fetch, partial_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[]<5>\r\n"),
                   "error IK_E_SYNTAX at 18");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY<0.5>\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[]<0.5\r\n"),
                   "error IK_E_SYNTAX at 20");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[]<.5>\r\n"),
                   "error IK_E_SYNTAX at 17");
}

Test(cmd_fetch, binary) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 3 (BINARY.SIZE[3] BINARY.PEEK[3] BINARY.PEEK[2]<0.16> BINARY[])\r\n"),
                   "command tag=a FETCH (seqset \"3\" (seq_num \"3\" #3)) (list \"(BINARY.SIZE[3] BINARY.PEEK[3] BIN"
                   "ARY.PEEK[2]<0.16> BINARY[])\" (fetch_att/BINARY.SIZE \"BINARY.SIZE[3]\" (section \"3\" (part \"3"
                   "\" (number \"3\" #3)))) (fetch_att/BINARY \"BINARY.PEEK[3]\" peek (section \"3\" (part \"3\" (nu"
                   "mber \"3\" #3)))) (fetch_att/BINARY \"BINARY.PEEK[2]<0.16>\" peek (section \"2\" (part \"2\" (nu"
                   "mber \"2\" #2))) (partial \"<0.16>\" (number \"0\" #0) (number \"16\" #16))) (fetch_att/BINARY "
                   "\"BINARY[]\" (section \"\")))");
}

Test(cmd_fetch, binary_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BINARY[TEXT]\r\n"),
                   "error IK_E_SYNTAX at 17");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BINARY[1.MIME]\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BINARY.SIZE[1]<0.5>\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BINARY\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BINARY.SIZE\r\n"),
                   "error IK_E_SYNTAX at 21");
}

Test(cmd_fetch, section_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[MIME]\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[0]\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[1.]\r\n"),
                   "error IK_E_SYNTAX at 17");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[1.0]\r\n"),
                   "error IK_E_SYNTAX at 17");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY[HEADER\r\n"),
                   "error IK_E_SYNTAX at 21");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 FLAGS[1]\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 BODY.PEEK\r\n"),
                   "error IK_E_SYNTAX at 19");
}

Test(cmd_fetch, cve_2004_1012_body_p) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 body[p\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 body[p]\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (body[p BODY.PEEK[])\r\n"),
                   "error IK_E_SYNTAX at 16");
}

Test(cmd_fetch, unknown_attributes) {
  /* ANNOTATION (RFC 5257) is not typed: generic, with its argument list */
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 2,6 (ANNOTATION (/comment value) XFOO)\r\n"),
                   "command tag=a FETCH (seqset \"2,6\" (seq_num \"2\" #2) (seq_num \"6\" #6)) (list \"(ANNOTATION ("
                   "/comment value) XFOO)\" (fetch_att \"ANNOTATION (/comment value)\" generic (list \"(/comment val"
                   "ue)\" (string:atom \"/comment\" generic) (string:atom \"value\" generic))) (fetch_att \"XFOO\" g"
                   "eneric))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 (ANNOTATION (/comment value))\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 XFOO\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att \"XFOO\" generic)");
  /* PREVIEW's modifiers are typed (RFC 8970; test_cmd_ext_misc) */
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 (PREVIEW (LAZY))\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(PREVIEW (LAZY))\" (fetch_att/PREV"
                   "IEW \"PREVIEW (LAZY)\" (list \"(LAZY)\" (attr/LAZY \"LAZY\"))))");
}

Test(cmd_fetch, arguments_only_for_unknown) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS (X))\r\n"),
                   "error IK_E_SYNTAX at 17");
}

Test(cmd_fetch, modifiers) {
  cr_expect_str_eq(ikt_parse(C, 0, "a UID FETCH 1:* (FLAGS) (CHANGEDSINCE 15 VANISHED)\r\n"),
                   "command tag=a UID FETCH (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 "
                   "star))) (list \"(FLAGS)\" (fetch_att/FLAGS \"FLAGS\")) (list \"(CHANGEDSINCE 15 VANISHED)\" (att"
                   "r/CHANGEDSINCE \"CHANGEDSINCE 15\" (number \"15\" #15)) (attr/VANISHED \"VANISHED\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 FLAGS (CHANGEDSINCE 1)\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/FLAGS \"FLAGS\") (list \"(CHANG"
                   "EDSINCE 1)\" (attr/CHANGEDSINCE \"CHANGEDSINCE 1\" (number \"1\" #1)))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS) (XMOD 5 XLIST (a))\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(FLAGS)\" (fetch_att/FLAGS \"FLAGS"
                   "\")) (list \"(XMOD 5 XLIST (a))\" (attr \"XMOD 5\" generic (number \"5\" #5)) (attr/XLIST \"XLIS"
                   "T (a)\" generic (list \"(a)\" (string:atom \"a\" generic))))");
}

Test(cmd_fetch, modifier_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS) (CHANGEDSINCE 0)\r\n"),
                   "error IK_E_SYNTAX at 32");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS) (CHANGEDSINCE)\r\n"),
                   "error IK_E_SYNTAX at 31");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS) ()\r\n"),
                   "error IK_E_SYNTAX at 19");
}

Test(cmd_fetch, sequence_sets) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1:*,3:1 FLAGS\r\n"),
                   "command tag=a FETCH (seqset \"1:*,3:1\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 "
                   "star)) (seq_range \"3:1\" (seq_num \"3\" #3) (seq_num \"1\" #1))) (fetch_att/FLAGS \"FLAGS\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1,$ FLAGS\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID FETCH 4827313:4828442 FLAGS\r\n"),
                   "command tag=a UID FETCH (seqset \"4827313:4828442\" (seq_range \"4827313:4828442\" (seq_num \"48"
                   "27313\" #4827313) (seq_num \"4828442\" #4828442))) (fetch_att/FLAGS \"FLAGS\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH $ (UID FLAGS)\r\n"),
                   "command tag=a FETCH (seqset \"$\" (search_res \"$\")) (list \"(UID FLAGS)\" (fetch_att/UID \"UID"
                   "\") (fetch_att/FLAGS \"FLAGS\"))");
}

Test(cmd_fetch, list_spaces) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS  UID )\r\n"),
                   "command tag=a FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(FLAGS  UID )\" (fetch_att/FLAGS "
                   "\"FLAGS\") (fetch_att/UID \"UID\")) [quirk EXTRA_SPACE@17] [quirk SPACE_BEFORE_PAREN@21]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 (FLAGS  UID)\r\n"),
                   "error IK_E_NOT_ALLOWED at 17");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1 (FLAGS UID )\r\n"),
                   "error IK_E_NOT_ALLOWED at 20");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 ( FLAGS)\r\n"),
                   "error IK_E_SYNTAX at 11");
}

Test(cmd_fetch, errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 ()\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 FLAGS UID\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH FLAGS\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 (FLAGS)x\r\n"),
                   "error IK_E_SYNTAX at 17");
}

Test(cmd_fetch, json) {
  cr_expect_str_eq(ikc_json(0, 0, "a UID FETCH 1:* (UID body.peek[1.2.header.fields.not (from \"To\" {2}\r\nCc)]<0.100> BINARY[1] A"
                   "NNOTATION (/comment value)) (CHANGEDSINCE 5)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"UID FETCH\",\"se"
                   "quence\":\"1:*\",\"items\":[\"UID\",\"BODY.PEEK[1.2.HEADER.FIELDS.NOT (FROM TO CC)]<0.100>\",\"B"
                   "INARY[1]\",{\"name\":\"ANNOTATION\",\"args\":[\"/comment\",\"value\"],\"generic\":true}],\"modif"
                   "iers\":[{\"name\":\"CHANGEDSINCE\",\"value\":5}]}");
  cr_expect_str_eq(ikc_json(0, 0, "a FETCH 1 all\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"FETCH\",\"sequen"
                   "ce\":\"1\",\"items\":[\"ALL\"]}");
  cr_expect_str_eq(ikc_json(0, 0, "a FETCH 1 BODY[]<0.0>\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"FETCH\",\"sequen"
                   "ce\":\"1\",\"items\":[\"BODY[]<0.0>\"],\"quirks\":[{\"quirk\":\"other\",\"at\":19}]}");
}
