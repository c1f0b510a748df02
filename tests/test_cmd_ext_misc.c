/* The smaller extensions on the client side: ID (RFC 2971), COMPRESS (RFC
 * 4978), UNSELECT (RFC 3691), SASL-IR (RFC 4959), LITERAL+ and LITERAL- (RFC
 * 7888), UTF8=ACCEPT (RFC 6855), MULTIAPPEND (RFC 3502), CATENATE (RFC 4469),
 * BINARY (RFC 3516), SPECIAL-USE and CREATE-SPECIAL-USE (RFC 6154), WITHIN (RFC
 * 5032), SAVEDATE (RFC 8514), OBJECTID (RFC 8474), PREVIEW (RFC 8970, and its
 * draft's SNIPPET). Examples from the RFCs; exact trees in both modes, JSON,
 * errors. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* RFC 2971 section 3.3: ID ("field" "value" ...) or ID NIL; fields are PAIRs,
 * as in the ID response. */
Test(cmd_ext_misc, id) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a023 ID (\"name\" \"sodr\" \"version\" \"19.34\" \"vendor\" \"Pink Floyd Music Limited\")\r\n"),
                   "command tag=a023 ID (list \"(\\\"name\\\" \\\"sodr\\\" \\\"version\\\" \\\"19.34\\\" \\\"vendor"
                   "\\\" \\\"Pink Floyd Music Limited\\\")\" (pair:quoted \"name\" (string:quoted \"sodr\")) (pair:q"
                   "uoted \"version\" (string:quoted \"19.34\")) (pair:quoted \"vendor\" (string:quoted \"Pink Floyd"
                   " Music Limited\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a024 ID NIL\r\n"),
                   "command tag=a024 ID (string:nil \"NIL\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a025 ID (\"name\" \"imapkit\" \"os\" NIL)\r\n"),
                   "command tag=a025 ID (list \"(\\\"name\\\" \\\"imapkit\\\" \\\"os\\\" NIL)\" (pair:quoted \"name"
                   "\" (string:quoted \"imapkit\")) (pair:quoted \"os\" (string:nil \"NIL\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a026 ID ()\r\n"),
                   "command tag=a026 ID (list \"()\")");
  cr_expect_str_eq(ikc_json(0, 0, "a023 ID (\"name\" \"sodr\" \"version\" \"19.34\" \"vendor\" \"Pink Floyd Music Limited\")\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a023\",\"name\":\"ID\",\"params"
                   "\":{\"name\":\"sodr\",\"version\":\"19.34\",\"vendor\":\"Pink Floyd Music Limited\"}}");
  cr_expect_str_eq(ikc_json(0, 0, "a024 ID NIL\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a024\",\"name\":\"ID\",\"params"
                   "\":null}");
  cr_expect_str_eq(ikc_json(0, 0, "a027 ID ({4}\r\nn\xff""me \"x\")\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a027\",\"name\":\"ID\",\"params"
                   "\":[[{\"base64\":\"bv9tZQ==\"},\"x\"]]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a028 ID (\"name\")\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a029 ID (name \"x\")\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a030 ID\r\n"),
                   "error IK_E_SYNTAX at 7");
  cr_expect_str_eq(ikt_parse(C, 0, "a031 ID (\"name\"  \"x\" )\r\n"),
                   "command tag=a031 ID (list \"(\\\"name\\\"  \\\"x\\\" )\" (pair:quoted \"name\" (string:quoted \""
                   "x\"))) [quirk EXTRA_SPACE@16] [quirk SPACE_BEFORE_PAREN@20]");
}

/* RFC 4978 section 3: COMPRESS DEFLATE (another algorithm: generic). */
Test(cmd_ext_misc, compress) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "c compress deflate\r\n"),
                   "command tag=c COMPRESS (attr/DEFLATE \"deflate\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "d COMPRESS X-LZ4\r\n"),
                   "command tag=d COMPRESS (attr \"X-LZ4\" generic)");
  cr_expect_str_eq(ikc_json(0, 0, "c compress deflate\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"c\",\"name\":\"COMPRESS\",\"alg"
                   "orithm\":\"DEFLATE\"}");
  cr_expect_str_eq(ikt_parse(C, 0, "e COMPRESS\r\n"),
                   "error IK_E_SYNTAX at 10");
}

/* RFC 3691 section 2: UNSELECT. */
Test(cmd_ext_misc, unselect) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A342 UNSELECT\r\n"),
                   "command tag=A342 UNSELECT");
  cr_expect_str_eq(ikt_parse(C, 0, "A343 UNSELECT INBOX\r\n"),
                   "error IK_E_SYNTAX at 14");
}

/* RFC 4959 section 3: AUTHENTICATE mechanism initial-response ("=": empty). */
Test(cmd_ext_misc, sasl_ir) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A01 AUTHENTICATE PLAIN dGVzdAB0ZXN0AHRlc3Q=\r\n"),
                   "command tag=A01 AUTHENTICATE (string:atom \"PLAIN\") (sasl:atom \"dGVzdAB0ZXN0AHRlc3Q=\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A02 AUTHENTICATE EXTERNAL =\r\n"),
                   "command tag=A02 AUTHENTICATE (string:atom \"EXTERNAL\") (sasl:atom \"=\")");
  cr_expect_str_eq(ikc_json(0, 0, "A02 AUTHENTICATE EXTERNAL =\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A02\",\"name\":\"AUTHENTICATE\""
                   ",\"mechanism\":\"EXTERNAL\",\"initial_response\":{\"redacted\":true,\"length\":1}}");
  cr_expect_str_eq(ikt_parse(C, 0, "A03 AUTHENTICATE PLAIN dGVzdAB0ZXN0AHRlc3Q\r\n"),
                   "error IK_E_SYNTAX at 42");
}

/* RFC 7888: a non-synchronizing literal {N+} stands wherever a literal may;
 * flagged nonsync. */
Test(cmd_ext_misc, literal_plus_minus) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A001 LOGIN {11+}\r\nFRED FOOBAR {7+}\r\nfat man\r\n"),
                   "command tag=A001 LOGIN (string:literal \"FRED FOOBAR\" nonsync) (string:literal \"fat man\" nons"
                   "ync)");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 SEARCH SUBJECT {9+}\r\nafternoon FROM {3+}\r\nJoe\r\n"),
                   "command tag=A002 SEARCH (key/SUBJECT \"SUBJECT {9+}\\x0d\\x0aafternoon\" (string:literal \"after"
                   "noon\" nonsync)) (key/FROM \"FROM {3+}\\x0d\\x0aJoe\" (string:literal \"Joe\" nonsync))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 LIST {0+}\r\n {12+}\r\nEntw&APw-rfe\r\n"),
                   "command tag=A003 LIST (mailbox:literal \"\" nonsync) (string:literal \"Entw&APw-rfe\" nonsync)");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A004 SETMETADATA INBOX (/private/comment {1+}\r\nx)\r\n"),
                   "command tag=A004 SETMETADATA (mailbox:atom \"INBOX\" inbox) (list \"(/private/comment {1+}\\x0d"
                   "\\x0ax)\" (pair:atom \"/private/comment\" (string:literal \"x\" nonsync)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A005 ID ({4+}\r\nname {1+}\r\nx)\r\n"),
                   "command tag=A005 ID (list \"({4+}\\x0d\\x0aname {1+}\\x0d\\x0ax)\" (pair:literal \"name\" nonsyn"
                   "c (string:literal \"x\" nonsync)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A006 SORT (DATE) {5+}\r\nUTF-8 SUBJECT {2+}\r\nhi\r\n"),
                   "command tag=A006 SORT (list \"(DATE)\" (attr/DATE \"DATE\")) (string:literal \"UTF-8\" nonsync) "
                   "(key/SUBJECT \"SUBJECT {2+}\\x0d\\x0ahi\" (string:literal \"hi\" nonsync))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A007 APPEND Drafts ~{3+}\r\nabc\r\n"),
                   "command tag=A007 APPEND (mailbox:atom \"Drafts\") (append_message \"~{3+}\\x0d\\x0aabc\" (string"
                   ":literal8 \"abc\" nonsync))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A008 GETQUOTA {0+}\r\n\r\n"),
                   "command tag=A008 GETQUOTA (string:literal \"\" nonsync)");
  cr_expect_str_eq(ikc_json(0, 0, "A007 APPEND Drafts ~{3+}\r\nabc\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A007\",\"name\":\"APPEND\",\"ma"
                   "ilbox\":\"Drafts\",\"message\":{\"literal\":3,\"binary\":true,\"nonsync\":true,\"preview\":\"abc"
                   "\"}}");
}

/* RFC 6855 sections 3 and 4: ENABLE UTF8=ACCEPT, UTF-8 in quoted strings, and
 * APPEND ... UTF8 (literal8). */
Test(cmd_ext_misc, utf8_accept) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "t3 ENABLE UTF8=ACCEPT\r\n"),
                   "command tag=t3 ENABLE (capability:atom/UTF8=ACCEPT \"UTF8=ACCEPT\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT \"Entw\xc3""\xbc""rfe\"\r\n"),
                   "command tag=a SELECT (mailbox:quoted \"Entw\\xc3\\xbcrfe\" 8bit)");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH CHARSET UTF-8 SUBJECT \"\xc3""\xa9""t\xc3""\xa9""\"\r\n"),
                   "command tag=a SEARCH (attr/CHARSET \"CHARSET UTF-8\" (string:atom \"UTF-8\")) (key/SUBJECT \"SUB"
                   "JECT \\\"\\xc3\\xa9t\\xc3\\xa9\\\"\" (string:quoted \"\\xc3\\xa9t\\xc3\\xa9\" 8bit))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a APPEND INBOX UTF8 (~{8}\r\nSubj\xc3""\xa9""\r\n)\r\n"),
                   "command tag=a APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"UTF8 (~{8}\\x0d\\x0aSubj\\"
                   "xc3\\xa9\\x0d\\x0a)\" (attr/UTF8 \"UTF8 (~{8}\\x0d\\x0aSubj\\xc3\\xa9\\x0d\\x0a)\" (string:liter"
                   "al8 \"Subj\\xc3\\xa9\\x0d\\x0a\")))");
  cr_expect_str_eq(ikc_json(0, 0, "a APPEND INBOX UTF8 (~{8}\r\nSubj\xc3""\xa9""\r\n)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"APPEND\",\"mailb"
                   "ox\":\"INBOX\",\"message\":{\"utf8\":{\"literal\":8,\"binary\":true,\"preview\":\"Subj\xc3"""
                   "\xa9""\\r\\n\"}}}");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX UTF8 ({8}\r\nSubj\xc3""\xa9""\r\n)\r\n"),
                   "error IK_E_SYNTAX at 21");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT Entw\xc3""\xbc""rfe\r\n"),
                   "command tag=a SELECT (mailbox:atom \"Entw\\xc3\\xbcrfe\" 8bit) [quirk EIGHT_BIT@13] [quirk EIGHT"
                   "_BIT@14]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT Entw\xc3""\xbc""rfe\r\n"),
                   "error IK_E_NOT_ALLOWED at 13");
}

/* RFC 3502 section 6: APPEND with several messages, each with its own flags and
 * date. */
Test(cmd_ext_misc, multiappend) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 APPEND saved-messages (\\Seen) {5}\r\nfirst \" 7-Feb-1994 22:43:04 -0800\" {6}\r\nsecond ("
                   "\\Seen \\Draft) {5}\r\nthird\r\n"),
                   "command tag=A003 APPEND (mailbox:atom \"saved-messages\") (append_message \"(\\\\Seen) {5}\\x0d"
                   "\\x0afirst\" (flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\")) (string:literal \"first\")) (ap"
                   "pend_message \"\\\" 7-Feb-1994 22:43:04 -0800\\\" {6}\\x0d\\x0asecond\" (datetime:quoted \" 7-Fe"
                   "b-1994 22:43:04 -0800\" #760689784) (string:literal \"second\")) (append_message \"(\\\\Seen \\"
                   "\\Draft) {5}\\x0d\\x0athird\" (flag_list \"(\\\\Seen \\\\Draft)\" (flag:atom \"\\\\Seen\") (flag"
                   ":atom \"\\\\Draft\")) (string:literal \"third\"))");
  cr_expect_str_eq(ikc_json(0, 0, "A003 APPEND saved-messages (\\Seen) {5}\r\nfirst \" 7-Feb-1994 22:43:04 -0800\" {6}\r\nsecond\r"
                   "\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"APPEND\",\"ma"
                   "ilbox\":\"saved-messages\",\"messages\":[{\"flags\":[\"\\\\Seen\"],\"message\":{\"literal\":5,\""
                   "preview\":\"first\"}},{\"date\":\" 7-Feb-1994 22:43:04 -0800\",\"date_unix\":760689784,\"message"
                   "\":{\"literal\":6,\"preview\":\"second\"}}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "A004 APPEND saved-messages (\\Seen) {5}\r\nfirst (\\Seen)\r\n"),
                   "error IK_E_SYNTAX at 53");
}

/* RFC 4469 section 5: APPEND ... CATENATE (URL ... TEXT literal ...). */
Test(cmd_ext_misc, catenate) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 APPEND Drafts (\\Seen \\Draft $MDNSent) CATENATE (URL \"/Drafts;UIDVALIDITY=385759045/;UID="
                   "20/;section=HEADER\" TEXT {4}\r\n\r\n\r\n URL \"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1"
                   ".MIME\")\r\n"),
                   "command tag=A003 APPEND (mailbox:atom \"Drafts\") (append_message \"(\\\\Seen \\\\Draft $MDNSent"
                   ") CATENATE (URL \\\"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER\\\" TEXT {4}\\x0d\\x0a"
                   "\\x0d\\x0a\\x0d\\x0a URL \\\"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1.MIME\\\")\" (flag_"
                   "list \"(\\\\Seen \\\\Draft $MDNSent)\" (flag:atom \"\\\\Seen\") (flag:atom \"\\\\Draft\") (flag:"
                   "atom \"$MDNSent\")) (attr/CATENATE \"CATENATE (URL \\\"/Drafts;UIDVALIDITY=385759045/;UID=20/;se"
                   "ction=HEADER\\\" TEXT {4}\\x0d\\x0a\\x0d\\x0a\\x0d\\x0a URL \\\"/Drafts;UIDVALIDITY=385759045/;U"
                   "ID=20/;section=1.MIME\\\")\" (attr/URL \"URL \\\"/Drafts;UIDVALIDITY=385759045/;UID=20/;section="
                   "HEADER\\\"\" (string:quoted \"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER\")) (attr/TE"
                   "XT \"TEXT {4}\\x0d\\x0a\\x0d\\x0a\\x0d\\x0a\" (string:literal \"\\x0d\\x0a\\x0d\\x0a\")) (attr/U"
                   "RL \"URL \\\"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1.MIME\\\"\" (string:quoted \"/Draft"
                   "s;UIDVALIDITY=385759045/;UID=20/;section=1.MIME\"))))");
  cr_expect_str_eq(ikc_json(0, 0, "A003 APPEND Drafts CATENATE (URL \"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER\" TEXT "
                   "{4}\r\n\r\n\r\n)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"APPEND\",\"ma"
                   "ilbox\":\"Drafts\",\"message\":{\"catenate\":[{\"url\":\"/Drafts;UIDVALIDITY=385759045/;UID=20/;"
                   "section=HEADER\"},{\"text\":{\"literal\":4,\"preview\":\"\\r\\n\\r\\n\"}}]}}");
  cr_expect_str_eq(ikt_parse(C, 0, "A004 APPEND Drafts CATENATE ()\r\n"),
                   "error IK_E_SYNTAX at 29");
}

/* RFC 3516 section 4: FETCH BINARY[part]<partial>, BINARY.PEEK, BINARY.SIZE;
 * APPEND with a literal8. */
Test(cmd_ext_misc, binary) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 FETCH 1 (BINARY.PEEK[1.1] BINARY.SIZE[2])\r\n"),
                   "command tag=A003 FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(BINARY.PEEK[1.1] BINARY.SIZE[2"
                   "])\" (fetch_att/BINARY \"BINARY.PEEK[1.1]\" peek (section \"1.1\" (part \"1.1\" (number \"1\" #1"
                   ") (number \"1\" #1)))) (fetch_att/BINARY.SIZE \"BINARY.SIZE[2]\" (section \"2\" (part \"2\" (num"
                   "ber \"2\" #2)))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A004 FETCH 2 BINARY[3]<0.1024>\r\n"),
                   "command tag=A004 FETCH (seqset \"2\" (seq_num \"2\" #2)) (fetch_att/BINARY \"BINARY[3]<0.1024>\""
                   " (section \"3\" (part \"3\" (number \"3\" #3))) (partial \"<0.1024>\" (number \"0\" #0) (number "
                   "\"1024\" #1024)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A005 UID FETCH 3 (BINARY[] BINARY.SIZE[])\r\n"),
                   "command tag=A005 UID FETCH (seqset \"3\" (seq_num \"3\" #3)) (list \"(BINARY[] BINARY.SIZE[])\" "
                   "(fetch_att/BINARY \"BINARY[]\" (section \"\")) (fetch_att/BINARY.SIZE \"BINARY.SIZE[]\" (section"
                   " \"\")))");
  cr_expect_str_eq(ikc_json(0, 0, "A003 FETCH 1 (BINARY.PEEK[1.1] BINARY.SIZE[2] BINARY[3]<0.1024>)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"FETCH\",\"seq"
                   "uence\":\"1\",\"items\":[\"BINARY.PEEK[1.1]\",\"BINARY.SIZE[2]\",\"BINARY[3]<0.1024>\"]}");
  cr_expect_str_eq(ikt_parse_n(C, STRICT, (const unsigned char *)"A006 APPEND Drafts (\\Draft) ~{14}\r\nbinary\x00""content\r\n", 51),
                   "command tag=A006 APPEND (mailbox:atom \"Drafts\") (append_message \"(\\\\Draft) ~{14}\\x0d\\x0ab"
                   "inary\\x00content\" (flag_list \"(\\\\Draft)\" (flag:atom \"\\\\Draft\")) (string:literal8 \"bin"
                   "ary\\x00content\" nul))");
  cr_expect_str_eq(ikc_json_n(0, 0, "A006 APPEND Drafts (\\Draft) ~{14}\r\nbinary\x00""content\r\n", 51),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A006\",\"name\":\"APPEND\",\"ma"
                   "ilbox\":\"Drafts\",\"flags\":[\"\\\\Draft\"],\"message\":{\"literal\":14,\"binary\":true,\"previ"
                   "ew\":{\"base64\":\"YmluYXJ5AGNvbnRlbnQ=\"}}}");
  cr_expect_str_eq(ikt_parse(C, 0, "A007 FETCH 1 BINARY[1.TEXT]\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "A008 FETCH 1 BINARY.SIZE[1]<0.10>\r\n"),
                   "error IK_E_SYNTAX at 27");
  cr_expect_str_eq(ikt_parse(C, 0, "A009 FETCH 1 BINARY.PEEK\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"A010 APPEND Drafts {3}\r\na\x00""b\r\n", 29),
                   "command tag=A010 APPEND (mailbox:atom \"Drafts\") (append_message \"{3}\\x0d\\x0aa\\x00b\" (stri"
                   "ng:literal \"a\\x00b\" nul)) [quirk NUL_IN_LITERAL@24]");
  cr_expect_str_eq(ikt_parse_n(C, STRICT, (const unsigned char *)"A010 APPEND Drafts {3}\r\na\x00""b\r\n", 29),
                   "error IK_E_NOT_ALLOWED at 24");
}

/* RFC 6154 sections 5.2 and 5.3: LIST (SPECIAL-USE), RETURN (SPECIAL-USE),
 * CREATE mailbox (USE (...)). */
Test(cmd_ext_misc, special_use) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "t1 CREATE \"Important Messages\" (USE (\\Important))\r\n"),
                   "command tag=t1 CREATE (mailbox:quoted \"Important Messages\") (list \"(USE (\\\\Important))\" (a"
                   "ttr/USE \"USE (\\\\Important)\" (flag_list \"(\\\\Important)\" (flag:atom \"\\\\Important\"))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "t2 CREATE MySpecial (USE (\\Drafts \\Sent))\r\n"),
                   "command tag=t2 CREATE (mailbox:atom \"MySpecial\") (list \"(USE (\\\\Drafts \\\\Sent))\" (attr/U"
                   "SE \"USE (\\\\Drafts \\\\Sent)\" (flag_list \"(\\\\Drafts \\\\Sent)\" (flag:atom \"\\\\Drafts\")"
                   " (flag:atom \"\\\\Sent\"))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "t3 LIST (SPECIAL-USE) \"\" *\r\n"),
                   "command tag=t3 LIST (list \"(SPECIAL-USE)\" (attr/SPECIAL-USE \"SPECIAL-USE\")) (mailbox:quoted "
                   "\"\") (string:atom \"*\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "t4 LIST \"\" \"%\" RETURN (SPECIAL-USE)\r\n"),
                   "command tag=t4 LIST (mailbox:quoted \"\") (string:quoted \"%\") (attr/RETURN \"RETURN (SPECIAL-U"
                   "SE)\" (attr/SPECIAL-USE \"SPECIAL-USE\"))");
  cr_expect_str_eq(ikc_json(0, 0, "t2 CREATE MySpecial (USE (\\Drafts \\Sent))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"t2\",\"name\":\"CREATE\",\"mail"
                   "box\":\"MySpecial\",\"params\":[{\"name\":\"USE\",\"value\":[\"\\\\Drafts\",\"\\\\Sent\"]}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "t5 CREATE x (USE \\Drafts)\r\n"),
                   "error IK_E_SYNTAX at 17");
}

/* RFC 5032 (OLDER, YOUNGER), RFC 8514 (SAVEDATE), RFC 8474 (EMAILID,
 * THREADID, MAILBOXID). */
Test(cmd_ext_misc, within_savedate_objectid) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a1 SEARCH UNSEEN YOUNGER 259200\r\n"),
                   "command tag=a1 SEARCH (key/UNSEEN \"UNSEEN\") (key/YOUNGER \"YOUNGER 259200\" (number \"259200\""
                   " #259200))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a2 SEARCH OLDER 86400\r\n"),
                   "command tag=a2 SEARCH (key/OLDER \"OLDER 86400\" (number \"86400\" #86400))");
  cr_expect_str_eq(ikt_parse(C, 0, "a3 SEARCH OLDER 0\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a4 SEARCH SAVEDBEFORE 1-Jan-2020 SAVEDSINCE 1-Jan-2019 SAVEDON 2-Jan-2019 SAVEDATESUPPORTED\r\n"),
                   "command tag=a4 SEARCH (key/SAVEDBEFORE \"SAVEDBEFORE 1-Jan-2020\" (date:atom \"1-Jan-2020\" #182"
                   "62)) (key/SAVEDSINCE \"SAVEDSINCE 1-Jan-2019\" (date:atom \"1-Jan-2019\" #17897)) (key/SAVEDON "
                   "\"SAVEDON 2-Jan-2019\" (date:atom \"2-Jan-2019\" #17898)) (key/SAVEDATESUPPORTED \"SAVEDATESUPPO"
                   "RTED\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a5 FETCH 1:* (SAVEDATE)\r\n"),
                   "command tag=a5 FETCH (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 sta"
                   "r))) (list \"(SAVEDATE)\" (fetch_att/SAVEDATE \"SAVEDATE\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a6 FETCH 1:2 (EMAILID THREADID)\r\n"),
                   "command tag=a6 FETCH (seqset \"1:2\" (seq_range \"1:2\" (seq_num \"1\" #1) (seq_num \"2\" #2))) "
                   "(list \"(EMAILID THREADID)\" (fetch_att/EMAILID \"EMAILID\") (fetch_att/THREADID \"THREADID\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a7 UID SEARCH EMAILID M6d99ac3275bb4e THREADID T64b478a75b7ea9\r\n"),
                   "command tag=a7 UID SEARCH (key/EMAILID \"EMAILID M6d99ac3275bb4e\" (string:atom \"M6d99ac3275bb4"
                   "e\")) (key/THREADID \"THREADID T64b478a75b7ea9\" (string:atom \"T64b478a75b7ea9\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a8 STATUS foo (MAILBOXID)\r\n"),
                   "command tag=a8 STATUS (mailbox:atom \"foo\") (list \"(MAILBOXID)\" (attr/MAILBOXID \"MAILBOXID\""
                   "))");
}

/* RFC 8970 section 3: FETCH PREVIEW [(LAZY)]; SNIPPET (FUZZY) and (LAZY=FUZZY),
 * its draft's spellings that Dovecot takes. */
Test(cmd_ext_misc, preview) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a8 FETCH 1 (PREVIEW)\r\n"),
                   "command tag=a8 FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(PREVIEW)\" (fetch_att/PREVIEW \""
                   "PREVIEW\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a9 FETCH 1:3 (UID PREVIEW (LAZY))\r\n"),
                   "command tag=a9 FETCH (seqset \"1:3\" (seq_range \"1:3\" (seq_num \"1\" #1) (seq_num \"3\" #3))) "
                   "(list \"(UID PREVIEW (LAZY))\" (fetch_att/UID \"UID\") (fetch_att/PREVIEW \"PREVIEW (LAZY)\" (li"
                   "st \"(LAZY)\" (attr/LAZY \"LAZY\"))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a10 FETCH 2,6 (SNIPPET (FUZZY))\r\n"),
                   "command tag=a10 FETCH (seqset \"2,6\" (seq_num \"2\" #2) (seq_num \"6\" #6)) (list \"(SNIPPET (F"
                   "UZZY))\" (fetch_att/SNIPPET \"SNIPPET (FUZZY)\" (list \"(FUZZY)\" (attr/FUZZY \"FUZZY\"))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a11 FETCH 2 (SNIPPET (LAZY=FUZZY))\r\n"),
                   "command tag=a11 FETCH (seqset \"2\" (seq_num \"2\" #2)) (list \"(SNIPPET (LAZY=FUZZY))\" (fetch_"
                   "att/SNIPPET \"SNIPPET (LAZY=FUZZY)\" (list \"(LAZY=FUZZY)\" (attr/LAZY=FUZZY \"LAZY=FUZZY\"))))");
  cr_expect_str_eq(ikc_json(0, 0, "a9 FETCH 1:3 (UID PREVIEW (LAZY))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a9\",\"name\":\"FETCH\",\"seque"
                   "nce\":\"1:3\",\"items\":[\"UID\",\"PREVIEW (LAZY)\"]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a12 FETCH 1 (PREVIEW (X-SOON))\r\n"),
                   "command tag=a12 FETCH (seqset \"1\" (seq_num \"1\" #1)) (list \"(PREVIEW (X-SOON))\" (fetch_att/"
                   "PREVIEW \"PREVIEW (X-SOON)\" (list \"(X-SOON)\" (attr \"X-SOON\" generic))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a12 FETCH 1 (PREVIEW (X-SOON))\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "a13 FETCH 1 (FLAGS (LAZY))\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_expect_str_eq(ikt_parse(C, 0, "a14 FETCH 1 (PREVIEW ())\r\n"),
                   "error IK_E_SYNTAX at 22");
}
