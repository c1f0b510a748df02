/* IMAP4rev2 (RFC 9051) on the client side, and the extensions it folds in:
 * ENABLE (RFC 5161), NAMESPACE (RFC 2342), UNAUTHENTICATE (RFC 8437), LIST
 * with selection and return options (RFC 5258, LIST-STATUS RFC 5819), STATUS
 * SIZE and DELETED, ESEARCH-style RETURN options (RFC 4731) and SEARCHRES "$"
 * (RFC 5182), number64, UID EXPUNGE (RFC 4315), MOVE (RFC 6851), REPLACE (RFC
 * 8508), IDLE (RFC 2177). Examples from the RFCs; exact trees in both modes,
 * JSON shapes, and the errors at their exact offsets. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* RFC 5161 section 3.1 and RFC 9051 6.3.1: ENABLE 1*(SP capability). */
Test(cmd_ext_rev2, enable) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "t2 ENABLE CONDSTORE X-GOOD-IDEA\r\n"),
                   "command tag=t2 ENABLE (capability:atom/CONDSTORE \"CONDSTORE\") (capability:atom \"X-GOOD-IDEA\""
                   ")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "t3 ENABLE IMAP4rev2 UTF8=ACCEPT\r\n"),
                   "command tag=t3 ENABLE (capability:atom/IMAP4REV2 \"IMAP4rev2\") (capability:atom/UTF8=ACCEPT \"U"
                   "TF8=ACCEPT\")");
  cr_expect_str_eq(ikc_json(0, 0, "t2 ENABLE CONDSTORE X-GOOD-IDEA\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"t2\",\"name\":\"ENABLE\",\"capa"
                   "bilities\":[\"CONDSTORE\",\"X-GOOD-IDEA\"]}");
  cr_expect_str_eq(ikt_parse(C, 0, "t4 ENABLE\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "t4 ENABLE  QRESYNC\r\n"),
                   "command tag=t4 ENABLE (capability:atom/QRESYNC \"QRESYNC\") [quirk EXTRA_SPACE@10]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "t4 ENABLE  QRESYNC\r\n"),
                   "error IK_E_NOT_ALLOWED at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "t5 ENABLE (QRESYNC)\r\n"),
                   "error IK_E_SYNTAX at 10");
}

/* RFC 2342 (A001 NAMESPACE), RFC 8437 (UNAUTHENTICATE): no arguments. */
Test(cmd_ext_rev2, namespace_unauthenticate) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A001 NAMESPACE\r\n"),
                   "command tag=A001 NAMESPACE");
  cr_expect_str_eq(ikc_json(0, 0, "A001 NAMESPACE\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A001\",\"name\":\"NAMESPACE\"}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a UNAUTHENTICATE\r\n"),
                   "command tag=a UNAUTHENTICATE");
  cr_expect_str_eq(ikc_json(0, 0, "a UNAUTHENTICATE\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"UNAUTHENTICATE\""
                   "}");
  cr_expect_str_eq(ikt_parse(C, 0, "A001 NAMESPACE x\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a UNAUTHENTICATE \r\n"),
                   "command tag=a UNAUTHENTICATE [quirk TRAILING_SPACE@16]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a UNAUTHENTICATE \r\n"),
                   "error IK_E_NOT_ALLOWED at 16");
}

/* RFC 5258 section 5 (and RFC 9051 6.3.9): selection options, return options,
 * several patterns. */
Test(cmd_ext_rev2, list_extended) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A02 LIST (SUBSCRIBED) \"\" \"*\"\r\n"),
                   "command tag=A02 LIST (list \"(SUBSCRIBED)\" (attr/SUBSCRIBED \"SUBSCRIBED\")) (mailbox:quoted \""
                   "\") (string:quoted \"*\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A03 LIST () \"\" \"%\" RETURN (CHILDREN)\r\n"),
                   "command tag=A03 LIST (list \"()\") (mailbox:quoted \"\") (string:quoted \"%\") (attr/RETURN \"RE"
                   "TURN (CHILDREN)\" (attr/CHILDREN \"CHILDREN\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A05 LIST (REMOTE SUBSCRIBED) \"\" \"*\"\r\n"),
                   "command tag=A05 LIST (list \"(REMOTE SUBSCRIBED)\" (attr/REMOTE \"REMOTE\") (attr/SUBSCRIBED \"S"
                   "UBSCRIBED\")) (mailbox:quoted \"\") (string:quoted \"*\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A08 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"%\" RETURN (CHILDREN)\r\n"),
                   "command tag=A08 LIST (list \"(SUBSCRIBED RECURSIVEMATCH)\" (attr/SUBSCRIBED \"SUBSCRIBED\") (att"
                   "r/RECURSIVEMATCH \"RECURSIVEMATCH\")) (mailbox:quoted \"\") (string:quoted \"%\") (attr/RETURN "
                   "\"RETURN (CHILDREN)\" (attr/CHILDREN \"CHILDREN\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A11 LIST \"\" (\"INBOX\" \"Drafts\" \"Sent/%\")\r\n"),
                   "command tag=A11 LIST (mailbox:quoted \"\") (list \"(\\\"INBOX\\\" \\\"Drafts\\\" \\\"Sent/%\\\")"
                   "\" (string:quoted \"INBOX\") (string:quoted \"Drafts\") (string:quoted \"Sent/%\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A12 LIST (SUBSCRIBED REMOTE RECURSIVEMATCH SPECIAL-USE) \"\" \"*\" RETURN (CHILDREN SUBSCRIBED S"
                   "PECIAL-USE STATUS (MESSAGES UNSEEN))\r\n"),
                   "command tag=A12 LIST (list \"(SUBSCRIBED REMOTE RECURSIVEMATCH SPECIAL-USE)\" (attr/SUBSCRIBED "
                   "\"SUBSCRIBED\") (attr/REMOTE \"REMOTE\") (attr/RECURSIVEMATCH \"RECURSIVEMATCH\") (attr/SPECIAL-"
                   "USE \"SPECIAL-USE\")) (mailbox:quoted \"\") (string:quoted \"*\") (attr/RETURN \"RETURN (CHILDRE"
                   "N SUBSCRIBED SPECIAL-USE STATUS (MESSAGES UNSEEN))\" (attr/CHILDREN \"CHILDREN\") (attr/SUBSCRIB"
                   "ED \"SUBSCRIBED\") (attr/SPECIAL-USE \"SPECIAL-USE\") (attr/STATUS \"STATUS (MESSAGES UNSEEN)\" "
                   "(list \"(MESSAGES UNSEEN)\" (attr/MESSAGES \"MESSAGES\") (attr/UNSEEN \"UNSEEN\"))))");
  cr_expect_str_eq(ikc_json(0, 0, "A12 LIST (SUBSCRIBED REMOTE RECURSIVEMATCH SPECIAL-USE) \"\" \"*\" RETURN (CHILDREN SUBSCRIBED S"
                   "PECIAL-USE STATUS (MESSAGES UNSEEN))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A12\",\"name\":\"LIST\",\"selec"
                   "t_options\":[{\"name\":\"SUBSCRIBED\"},{\"name\":\"REMOTE\"},{\"name\":\"RECURSIVEMATCH\"},{\"na"
                   "me\":\"SPECIAL-USE\"}],\"reference\":\"\",\"pattern\":\"*\",\"return_options\":[{\"name\":\"CHIL"
                   "DREN\"},{\"name\":\"SUBSCRIBED\"},{\"name\":\"SPECIAL-USE\"},{\"name\":\"STATUS\",\"value\":[\"M"
                   "ESSAGES\",\"UNSEEN\"]}]}");
  cr_expect_str_eq(ikc_json(0, 0, "A11 LIST \"\" (\"INBOX\" \"Drafts\" \"Sent/%\")\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A11\",\"name\":\"LIST\",\"refer"
                   "ence\":\"\",\"patterns\":[\"INBOX\",\"Drafts\",\"Sent/%\"]}");
}

/* RFC 5819 section 5: RETURN (STATUS (...)); STATUS takes SIZE and DELETED too
 * (RFC 9051). */
Test(cmd_ext_rev2, list_status) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A01 LIST \"\" % RETURN (STATUS (MESSAGES UNSEEN))\r\n"),
                   "command tag=A01 LIST (mailbox:quoted \"\") (string:atom \"%\") (attr/RETURN \"RETURN (STATUS (ME"
                   "SSAGES UNSEEN))\" (attr/STATUS \"STATUS (MESSAGES UNSEEN)\" (list \"(MESSAGES UNSEEN)\" (attr/ME"
                   "SSAGES \"MESSAGES\") (attr/UNSEEN \"UNSEEN\"))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A02 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" % RETURN (STATUS (MESSAGES SIZE DELETED))\r\n"),
                   "command tag=A02 LIST (list \"(SUBSCRIBED RECURSIVEMATCH)\" (attr/SUBSCRIBED \"SUBSCRIBED\") (att"
                   "r/RECURSIVEMATCH \"RECURSIVEMATCH\")) (mailbox:quoted \"\") (string:atom \"%\") (attr/RETURN \"R"
                   "ETURN (STATUS (MESSAGES SIZE DELETED))\" (attr/STATUS \"STATUS (MESSAGES SIZE DELETED)\" (list "
                   "\"(MESSAGES SIZE DELETED)\" (attr/MESSAGES \"MESSAGES\") (attr/SIZE \"SIZE\") (attr/DELETED \"DE"
                   "LETED\"))))");
  cr_expect_str_eq(ikt_parse(C, 0, "A03 LIST \"\" % RETURN (STATUS ())\r\n"),
                   "error IK_E_SYNTAX at 30");
}

/* RFC 9051 6.3.11: STATUS with SIZE and DELETED; RFC 8474 MAILBOXID. */
Test(cmd_ext_rev2, status_size_deleted) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A042 STATUS blurdybloop (UIDNEXT MESSAGES SIZE DELETED)\r\n"),
                   "command tag=A042 STATUS (mailbox:atom \"blurdybloop\") (list \"(UIDNEXT MESSAGES SIZE DELETED)\""
                   " (attr/UIDNEXT \"UIDNEXT\") (attr/MESSAGES \"MESSAGES\") (attr/SIZE \"SIZE\") (attr/DELETED \"DE"
                   "LETED\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A043 STATUS foo (MAILBOXID HIGHESTMODSEQ APPENDLIMIT)\r\n"),
                   "command tag=A043 STATUS (mailbox:atom \"foo\") (list \"(MAILBOXID HIGHESTMODSEQ APPENDLIMIT)\" ("
                   "attr/MAILBOXID \"MAILBOXID\") (attr/HIGHESTMODSEQ \"HIGHESTMODSEQ\") (attr/APPENDLIMIT \"APPENDL"
                   "IMIT\"))");
  cr_expect_str_eq(ikc_json(0, 0, "A042 STATUS blurdybloop (UIDNEXT MESSAGES SIZE DELETED)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A042\",\"name\":\"STATUS\",\"ma"
                   "ilbox\":\"blurdybloop\",\"attributes\":[\"UIDNEXT\",\"MESSAGES\",\"SIZE\",\"DELETED\"]}");
}

/* RFC 4731 section 3.1 (RFC 9051 6.4.4): RETURN (MIN MAX ALL COUNT SAVE) on
 * SEARCH and UID SEARCH; RFC 5267 adds CONTEXT and UPDATE; PARTIAL (RFC 9394). */
Test(cmd_ext_rev2, esearch_return) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A282 SEARCH RETURN (MIN COUNT) FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"\r\n"),
                   "command tag=A282 SEARCH (attr/RETURN \"RETURN (MIN COUNT)\" (attr/MIN \"MIN\") (attr/COUNT \"COU"
                   "NT\")) (key/FLAGGED \"FLAGGED\") (key/SINCE \"SINCE 1-Feb-1994\" (date:atom \"1-Feb-1994\" #8797"
                   ")) (key/NOT \"NOT FROM \\\"Smith\\\"\" (key/FROM \"FROM \\\"Smith\\\"\" (string:quoted \"Smith\""
                   ")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A283 SEARCH RETURN () FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"\r\n"),
                   "command tag=A283 SEARCH (attr/RETURN \"RETURN ()\") (key/FLAGGED \"FLAGGED\") (key/SINCE \"SINCE"
                   " 1-Feb-1994\" (date:atom \"1-Feb-1994\" #8797)) (key/NOT \"NOT FROM \\\"Smith\\\"\" (key/FROM \""
                   "FROM \\\"Smith\\\"\" (string:quoted \"Smith\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A284 UID SEARCH RETURN (MIN MAX ALL COUNT SAVE) UNDELETED\r\n"),
                   "command tag=A284 UID SEARCH (attr/RETURN \"RETURN (MIN MAX ALL COUNT SAVE)\" (attr/MIN \"MIN\") "
                   "(attr/MAX \"MAX\") (attr/ALL \"ALL\") (attr/COUNT \"COUNT\") (attr/SAVE \"SAVE\")) (key/UNDELETE"
                   "D \"UNDELETED\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "C02 SEARCH RETURN (CONTEXT UPDATE MIN) UNSEEN\r\n"),
                   "command tag=C02 SEARCH (attr/RETURN \"RETURN (CONTEXT UPDATE MIN)\" (attr/CONTEXT \"CONTEXT\") ("
                   "attr/UPDATE \"UPDATE\") (attr/MIN \"MIN\")) (key/UNSEEN \"UNSEEN\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "B01 UID SEARCH RETURN (PARTIAL -1:-100) UNDELETED\r\n"),
                   "command tag=B01 UID SEARCH (attr/RETURN \"RETURN (PARTIAL -1:-100)\" (attr/PARTIAL \"PARTIAL -1:"
                   "-100\" (string:atom \"-1:-100\"))) (key/UNDELETED \"UNDELETED\")");
  cr_expect_str_eq(ikc_json(0, 0, "A282 SEARCH RETURN (MIN COUNT) FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A282\",\"name\":\"SEARCH\",\"re"
                   "turn\":[{\"name\":\"MIN\"},{\"name\":\"COUNT\"}],\"keys\":[{\"key\":\"FLAGGED\"},{\"key\":\"SINC"
                   "E\",\"args\":[\"1-Feb-1994\"]},{\"key\":\"NOT\",\"args\":[{\"key\":\"FROM\",\"args\":[\"Smith\"]"
                   "}]}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "A285 SEARCH RETURN (X-FOO (1 2)) ALL\r\n"),
                   "command tag=A285 SEARCH (attr/RETURN \"RETURN (X-FOO (1 2))\" (attr \"X-FOO (1 2)\" generic (lis"
                   "t \"(1 2)\" (number \"1\" #1) (number \"2\" #2)))) (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A286 SEARCH ALL RETURN (MIN)\r\n"),
                   "command tag=A286 SEARCH (key/ALL \"ALL\") (key \"RETURN\" generic) (list \"(MIN)\" (key \"MIN\" "
                   "generic))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A286 SEARCH ALL RETURN (MIN)\r\n"),
                   "error IK_E_SYNTAX at 16");
}

/* RFC 5182 section 4 (RFC 9051 6.4.4.4): "$" stands for the saved result
 * wherever a sequence set does. */
Test(cmd_ext_rev2, searchres) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A300 SEARCH RETURN (SAVE) SINCE 1-Feb-1994 FROM \"Smith\"\r\n"),
                   "command tag=A300 SEARCH (attr/RETURN \"RETURN (SAVE)\" (attr/SAVE \"SAVE\")) (key/SINCE \"SINCE "
                   "1-Feb-1994\" (date:atom \"1-Feb-1994\" #8797)) (key/FROM \"FROM \\\"Smith\\\"\" (string:quoted "
                   "\"Smith\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A301 FETCH $ (UID INTERNALDATE FLAGS BODY.PEEK[HEADER])\r\n"),
                   "command tag=A301 FETCH (seqset \"$\" (search_res \"$\")) (list \"(UID INTERNALDATE FLAGS BODY.PE"
                   "EK[HEADER])\" (fetch_att/UID \"UID\") (fetch_att/INTERNALDATE \"INTERNALDATE\") (fetch_att/FLAGS"
                   " \"FLAGS\") (fetch_att/BODY \"BODY.PEEK[HEADER]\" peek (section \"HEADER\" (attr/HEADER \"HEADER"
                   "\"))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A302 UID STORE $ +FLAGS (\\Seen)\r\n"),
                   "command tag=A302 UID STORE (seqset \"$\" (search_res \"$\")) (store/FLAGS \"+FLAGS (\\\\Seen)\" "
                   "plus (flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A303 UID COPY $ \"other mailbox\"\r\n"),
                   "command tag=A303 UID COPY (seqset \"$\" (search_res \"$\")) (mailbox:quoted \"other mailbox\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A304 SEARCH $ SMALLER 4096\r\n"),
                   "command tag=A304 SEARCH (seqset \"$\" (search_res \"$\")) (key/SMALLER \"SMALLER 4096\" (number "
                   "\"4096\" #4096))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A305 UID MOVE $ Trash\r\n"),
                   "command tag=A305 UID MOVE (seqset \"$\" (search_res \"$\")) (mailbox:atom \"Trash\")");
  cr_expect_str_eq(ikc_json(0, 0, "A303 UID COPY $ \"other mailbox\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A303\",\"name\":\"UID COPY\",\""
                   "sequence\":\"$\",\"mailbox\":\"other mailbox\"}");
  cr_expect_str_eq(ikt_parse(C, 0, "A306 FETCH $,1 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 12");
}

/* RFC 9051: number64 in SMALLER / LARGER, the partial of BODY[] and
 * BINARY[], literal sizes, mod-sequences; 2^63 is one too many. */
Test(cmd_ext_rev2, number64) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A286 UID SEARCH LARGER 8589934592\r\n"),
                   "command tag=A286 UID SEARCH (key/LARGER \"LARGER 8589934592\" (number \"8589934592\" #8589934592"
                   "))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A287 SEARCH SMALLER 9223372036854775807\r\n"),
                   "command tag=A287 SEARCH (key/SMALLER \"SMALLER 9223372036854775807\" (number \"92233720368547758"
                   "07\" #9223372036854775807))");
  cr_expect_str_eq(ikt_parse(C, 0, "A288 SEARCH SMALLER 9223372036854775808\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 20");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A652 FETCH 1 BINARY.PEEK[1]<0.4294967296>\r\n"),
                   "command tag=A652 FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BINARY \"BINARY.PEEK[1]<0.42"
                   "94967296>\" peek (section \"1\" (part \"1\" (number \"1\" #1))) (partial \"<0.4294967296>\" (num"
                   "ber \"0\" #0) (number \"4294967296\" #4294967296)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A653 FETCH 1 BODY[]<8589934592.8589934592>\r\n"),
                   "command tag=A653 FETCH (seqset \"1\" (seq_num \"1\" #1)) (fetch_att/BODY \"BODY[]<8589934592.858"
                   "9934592>\" (section \"\") (partial \"<8589934592.8589934592>\" (number \"8589934592\" #858993459"
                   "2) (number \"8589934592\" #8589934592)))");
  cr_expect_str_eq(ikt_parse(C, 0, "A654 FETCH 1 BODY[]<0.9223372036854775808>\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "A655 FETCH 4294967296 FLAGS\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 11");
}

/* RFC 4315 (UID EXPUNGE) and RFC 6851 (MOVE, UID MOVE). */
Test(cmd_ext_rev2, uid_expunge_move) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 UID EXPUNGE 3000:3002\r\n"),
                   "command tag=A003 UID EXPUNGE (seqset \"3000:3002\" (seq_range \"3000:3002\" (seq_num \"3000\" #3"
                   "000) (seq_num \"3002\" #3002)))");
  cr_expect_str_eq(ikc_json(0, 0, "A003 UID EXPUNGE 3000:3002\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"UID EXPUNGE\""
                   ",\"sequence\":\"3000:3002\"}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a UID MOVE 42:69 foo\r\n"),
                   "command tag=a UID MOVE (seqset \"42:69\" (seq_range \"42:69\" (seq_num \"42\" #42) (seq_num \"69"
                   "\" #69))) (mailbox:atom \"foo\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a MOVE 1:* Trash\r\n"),
                   "command tag=a MOVE (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 star)"
                   ")) (mailbox:atom \"Trash\")");
  cr_expect_str_eq(ikc_json(0, 0, "a UID MOVE 42:69 foo\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"UID MOVE\",\"seq"
                   "uence\":\"42:69\",\"mailbox\":\"foo\"}");
  cr_expect_str_eq(ikt_parse(C, 0, "A004 UID EXPUNGE\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a MOVE 1\r\n"),
                   "error IK_E_SYNTAX at 8");
}

/* RFC 8508 section 3.3: REPLACE seq-number mailbox append-message; UID REPLACE. */
Test(cmd_ext_rev2, replace) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 REPLACE 4 Drafts (\\Seen \\Draft) {10}\r\nSubject: x\r\n"),
                   "command tag=A003 REPLACE (seq_num \"4\" #4) (mailbox:atom \"Drafts\") (append_message \"(\\\\See"
                   "n \\\\Draft) {10}\\x0d\\x0aSubject: x\" (flag_list \"(\\\\Seen \\\\Draft)\" (flag:atom \"\\\\See"
                   "n\") (flag:atom \"\\\\Draft\")) (string:literal \"Subject: x\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A004 UID REPLACE 2004 Drafts (\\Draft) \" 1-Jan-2015 00:05:00 -0500\" {5+}\r\nhello\r\n"),
                   "command tag=A004 UID REPLACE (seq_num \"2004\" #2004) (mailbox:atom \"Drafts\") (append_message "
                   "\"(\\\\Draft) \\\" 1-Jan-2015 00:05:00 -0500\\\" {5+}\\x0d\\x0ahello\" (flag_list \"(\\\\Draft)"
                   "\" (flag:atom \"\\\\Draft\")) (datetime:quoted \" 1-Jan-2015 00:05:00 -0500\" #1420088700) (stri"
                   "ng:literal \"hello\" nonsync))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A005 REPLACE * Drafts UTF8 (~{5}\r\nhello)\r\n"),
                   "command tag=A005 REPLACE (seq_num \"*\" #0 star) (mailbox:atom \"Drafts\") (append_message \"UTF"
                   "8 (~{5}\\x0d\\x0ahello)\" (attr/UTF8 \"UTF8 (~{5}\\x0d\\x0ahello)\" (string:literal8 \"hello\"))"
                   ")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A006 REPLACE 1 Drafts CATENATE (URL \"/Drafts;UIDVALIDITY=3/;UID=20\" TEXT {2}\r\nhi)\r\n"),
                   "command tag=A006 REPLACE (seq_num \"1\" #1) (mailbox:atom \"Drafts\") (append_message \"CATENATE"
                   " (URL \\\"/Drafts;UIDVALIDITY=3/;UID=20\\\" TEXT {2}\\x0d\\x0ahi)\" (attr/CATENATE \"CATENATE (U"
                   "RL \\\"/Drafts;UIDVALIDITY=3/;UID=20\\\" TEXT {2}\\x0d\\x0ahi)\" (attr/URL \"URL \\\"/Drafts;UID"
                   "VALIDITY=3/;UID=20\\\"\" (string:quoted \"/Drafts;UIDVALIDITY=3/;UID=20\")) (attr/TEXT \"TEXT {2"
                   "}\\x0d\\x0ahi\" (string:literal \"hi\"))))");
  cr_expect_str_eq(ikc_json(0, 0, "A003 REPLACE 4 Drafts (\\Seen \\Draft) {10}\r\nSubject: x\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"REPLACE\",\"s"
                   "equence\":4,\"mailbox\":\"Drafts\",\"flags\":[\"\\\\Seen\",\"\\\\Draft\"],\"message\":{\"literal"
                   "\":10,\"preview\":\"Subject: x\"}}");
  cr_expect_str_eq(ikc_json(0, 0, "A005 REPLACE * Drafts UTF8 (~{5}\r\nhello)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A005\",\"name\":\"REPLACE\",\"s"
                   "equence\":\"*\",\"mailbox\":\"Drafts\",\"message\":{\"utf8\":{\"literal\":5,\"binary\":true,\"pr"
                   "eview\":\"hello\"}}}");
  cr_expect_str_eq(ikt_parse(C, 0, "A007 REPLACE 4 Drafts {1}\r\na {1}\r\nb\r\n"),
                   "error IK_E_SYNTAX at 28");
  cr_expect_str_eq(ikt_parse(C, 0, "A008 REPLACE 0 Drafts {1}\r\na\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "A009 REPLACE 1:2 Drafts {1}\r\na\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "A010 REPLACE 4 Drafts\r\n"),
                   "error IK_E_SYNTAX at 21");
}

/* RFC 2177 (RFC 9051 6.3.13): IDLE, then DONE is a line of its own. */
Test(cmd_ext_rev2, idle_done) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 IDLE\r\n"),
                   "command tag=A002 IDLE");
  unsigned char s[] = "A002 IDLE\r\nDONE\r\nA003 NOOP\r\n";
  char *got = ikt_stream(C, STRICT, NULL, s, sizeof s - 1, 3);
  cr_expect_str_eq(got, "command tag=A002 IDLE\ndata DONE (string:atom \"DONE\")\ncommand tag=A003 NOOP\n");
  free(got);
}
