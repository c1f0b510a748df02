/* SEARCH: every key of RFC 3501 and the extensions, CHARSET, ESEARCH RETURN,
 * nesting (NOT, OR, parentheses) up to the depth limit, unknown keys (generic in
 * lenient mode, refused in strict mode), errors, JSON. */
#include <criterion/criterion.h>

#include "cmdutil.h"

Test(cmd_search, rfc3501_examples) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A282 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"\r\n"),
                   "command tag=A282 SEARCH (key/FLAGGED \"FLAGGED\") (key/SINCE \"SINCE 1-Feb-1994\" (date:atom \"1"
                   "-Feb-1994\" #8797)) (key/NOT \"NOT FROM \\\"Smith\\\"\" (key/FROM \"FROM \\\"Smith\\\"\" (string"
                   ":quoted \"Smith\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A283 SEARCH TEXT \"string not in mailbox\"\r\n"),
                   "command tag=A283 SEARCH (key/TEXT \"TEXT \\\"string not in mailbox\\\"\" (string:quoted \"string"
                   " not in mailbox\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A284 SEARCH CHARSET UTF-8 TEXT {6}\r\nXXXXXX\r\n"),
                   "command tag=A284 SEARCH (attr/CHARSET \"CHARSET UTF-8\" (string:atom \"UTF-8\")) (key/TEXT \"TEX"
                   "T {6}\\x0d\\x0aXXXXXX\" (string:literal \"XXXXXX\"))");
}

Test(cmd_search, keys_without_arguments) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH ALL ANSWERED DELETED DRAFT FLAGGED NEW OLD RECENT SEEN UNANSWERED UNDELETED UNDRAFT UNFLAGGED UNSEEN\r\n"),
                   "command tag=a SEARCH (key/ALL \"ALL\") (key/ANSWERED \"ANSWERED\") (key/DELETED \"DELETED\") (ke"
                   "y/DRAFT \"DRAFT\") (key/FLAGGED \"FLAGGED\") (key/NEW \"NEW\") (key/OLD \"OLD\") (key/RECENT \"R"
                   "ECENT\") (key/SEEN \"SEEN\") (key/UNANSWERED \"UNANSWERED\") (key/UNDELETED \"UNDELETED\") (key/"
                   "UNDRAFT \"UNDRAFT\") (key/UNFLAGGED \"UNFLAGGED\") (key/UNSEEN \"UNSEEN\")");
}

Test(cmd_search, string_keys) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH BCC a BODY \"b c\" CC {1}\r\nd FROM e SUBJECT f TEXT g TO h\r\n"),
                   "command tag=a SEARCH (key/BCC \"BCC a\" (string:atom \"a\")) (key/BODY \"BODY \\\"b c\\\"\" (str"
                   "ing:quoted \"b c\")) (key/CC \"CC {1}\\x0d\\x0ad\" (string:literal \"d\")) (key/FROM \"FROM e\" "
                   "(string:atom \"e\")) (key/SUBJECT \"SUBJECT f\" (string:atom \"f\")) (key/TEXT \"TEXT g\" (strin"
                   "g:atom \"g\")) (key/TO \"TO h\" (string:atom \"h\"))");
}

Test(cmd_search, date_keys) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH BEFORE 1-Feb-1994 ON \"17-Jan-2024\" SINCE 01-Jan-1970 SENTBEFORE 2-Mar-2000 SENTON 18-Jan-2024 SENTSINCE 19-Jan-2024\r\n"),
                   "command tag=a SEARCH (key/BEFORE \"BEFORE 1-Feb-1994\" (date:atom \"1-Feb-1994\" #8797)) (key/ON"
                   " \"ON \\\"17-Jan-2024\\\"\" (date:quoted \"17-Jan-2024\" #19739)) (key/SINCE \"SINCE 01-Jan-1970"
                   "\" (date:atom \"01-Jan-1970\")) (key/SENTBEFORE \"SENTBEFORE 2-Mar-2000\" (date:atom \"2-Mar-200"
                   "0\" #11018)) (key/SENTON \"SENTON 18-Jan-2024\" (date:atom \"18-Jan-2024\" #19740)) (key/SENTSIN"
                   "CE \"SENTSINCE 19-Jan-2024\" (date:atom \"19-Jan-2024\" #19741))");
}

Test(cmd_search, bad_dates) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH SINCE 30-Feb-2024\r\n"),
                   "error IK_E_BAD_DATE at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH ON \"29-Feb-2100\"\r\n"),
                   "error IK_E_BAD_DATE at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH BEFORE 1-Foo-2024\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH BEFORE 123-Jan-2024\r\n"),
                   "error IK_E_SYNTAX at 18");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH BEFORE 1-Jan-24\r\n"),
                   "error IK_E_SYNTAX at 24");
}

Test(cmd_search, leap_day) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH ON 29-Feb-2000 ON 29-Feb-2024\r\n"),
                   "command tag=a SEARCH (key/ON \"ON 29-Feb-2000\" (date:atom \"29-Feb-2000\" #11016)) (key/ON \"ON"
                   " 29-Feb-2024\" (date:atom \"29-Feb-2024\" #19782))");
}

Test(cmd_search, number_keys) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH LARGER 1000 SMALLER 600\r\n"),
                   "command tag=a SEARCH (key/LARGER \"LARGER 1000\" (number \"1000\" #1000)) (key/SMALLER \"SMALLER"
                   " 600\" (number \"600\" #600))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH LARGER 99999999999\r\n"),
                   "command tag=a SEARCH (key/LARGER \"LARGER 99999999999\" (number \"99999999999\" #99999999999))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH OLDER 60 YOUNGER 3600\r\n"),
                   "command tag=a SEARCH (key/OLDER \"OLDER 60\" (number \"60\" #60)) (key/YOUNGER \"YOUNGER 3600\" "
                   "(number \"3600\" #3600))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH YOUNGER 0\r\n"),
                   "error IK_E_SYNTAX at 17");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH LARGER x\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH LARGER 99999999999999999999\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 16");
}

Test(cmd_search, keyword_keys) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH KEYWORD Work UNKEYWORD $Junk\r\n"),
                   "command tag=a SEARCH (key/KEYWORD \"KEYWORD Work\" (flag:atom \"Work\")) (key/UNKEYWORD \"UNKEYW"
                   "ORD $Junk\" (flag:atom \"$Junk\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH KEYWORD \"Work\"\r\n"),
                   "error IK_E_SYNTAX at 17");
}

Test(cmd_search, header_key) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH HEADER Message-ID \"<plain-0001@example.org>\"\r\n"),
                   "command tag=a SEARCH (key/HEADER \"HEADER Message-ID \\\"<plain-0001@example.org>\\\"\" (string:"
                   "atom \"Message-ID\") (string:quoted \"<plain-0001@example.org>\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH HEADER X-Long-Header \"\"\r\n"),
                   "command tag=a SEARCH (key/HEADER \"HEADER X-Long-Header \\\"\\\"\" (string:atom \"X-Long-Header"
                   "\") (string:quoted \"\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH HEADER Subject\r\n"),
                   "error IK_E_SYNTAX at 23");
}

Test(cmd_search, uid_and_sequence_sets) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH UID 1:4,6 NOT DELETED\r\n"),
                   "command tag=a SEARCH (key/UID \"UID 1:4,6\" (seqset \"1:4,6\" (seq_range \"1:4\" (seq_num \"1\" "
                   "#1) (seq_num \"4\" #4)) (seq_num \"6\" #6))) (key/NOT \"NOT DELETED\" (key/DELETED \"DELETED\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH 2:* UNDRAFT\r\n"),
                   "command tag=a SEARCH (seqset \"2:*\" (seq_range \"2:*\" (seq_num \"2\" #2) (seq_num \"*\" #0 sta"
                   "r))) (key/UNDRAFT \"UNDRAFT\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH 1,3:1 * $\r\n"),
                   "command tag=a SEARCH (seqset \"1,3:1\" (seq_num \"1\" #1) (seq_range \"3:1\" (seq_num \"3\" #3) "
                   "(seq_num \"1\" #1))) (seqset \"*\" (seq_num \"*\" #0 star)) (seqset \"$\" (search_res \"$\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID SEARCH UID $\r\n"),
                   "command tag=a UID SEARCH (key/UID \"UID $\" (seqset \"$\" (search_res \"$\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH UID\r\n"),
                   "error IK_E_SYNTAX at 12");
}

Test(cmd_search, not_or) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH NOT SEEN\r\n"),
                   "command tag=a SEARCH (key/NOT \"NOT SEEN\" (key/SEEN \"SEEN\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH OR FROM \"bob\" SUBJECT \"digest\"\r\n"),
                   "command tag=a SEARCH (key/OR \"OR FROM \\\"bob\\\" SUBJECT \\\"digest\\\"\" (key/FROM \"FROM \\"
                   "\"bob\\\"\" (string:quoted \"bob\")) (key/SUBJECT \"SUBJECT \\\"digest\\\"\" (string:quoted \"di"
                   "gest\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH DRAFT OR NEW OLD\r\n"),
                   "command tag=a SEARCH (key/DRAFT \"DRAFT\") (key/OR \"OR NEW OLD\" (key/NEW \"NEW\") (key/OLD \"O"
                   "LD\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH NOT NOT NOT SEEN\r\n"),
                   "command tag=a SEARCH (key/NOT \"NOT NOT NOT SEEN\" (key/NOT \"NOT NOT SEEN\" (key/NOT \"NOT SEEN"
                   "\" (key/SEEN \"SEEN\"))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH OR OR SEEN DRAFT OR NEW OLD\r\n"),
                   "command tag=a SEARCH (key/OR \"OR OR SEEN DRAFT OR NEW OLD\" (key/OR \"OR SEEN DRAFT\" (key/SEEN"
                   " \"SEEN\") (key/DRAFT \"DRAFT\")) (key/OR \"OR NEW OLD\" (key/NEW \"NEW\") (key/OLD \"OLD\")))");
}

Test(cmd_search, parentheses) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH (OR (FROM \"carol\") (BCC \"eve\")) NOT (HEADER X-Long-Header \"\")\r\n"),
                   "command tag=a SEARCH (list \"(OR (FROM \\\"carol\\\") (BCC \\\"eve\\\"))\" (key/OR \"OR (FROM \\"
                   "\"carol\\\") (BCC \\\"eve\\\")\" (list \"(FROM \\\"carol\\\")\" (key/FROM \"FROM \\\"carol\\\"\""
                   " (string:quoted \"carol\"))) (list \"(BCC \\\"eve\\\")\" (key/BCC \"BCC \\\"eve\\\"\" (string:qu"
                   "oted \"eve\"))))) (key/NOT \"NOT (HEADER X-Long-Header \\\"\\\")\" (list \"(HEADER X-Long-Header"
                   " \\\"\\\")\" (key/HEADER \"HEADER X-Long-Header \\\"\\\"\" (string:atom \"X-Long-Header\") (stri"
                   "ng:quoted \"\"))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH OR (FLAGGED KEYWORD $Forwarded) (UNSEEN LARGER 1000)\r\n"),
                   "command tag=a SEARCH (key/OR \"OR (FLAGGED KEYWORD $Forwarded) (UNSEEN LARGER 1000)\" (list \"(F"
                   "LAGGED KEYWORD $Forwarded)\" (key/FLAGGED \"FLAGGED\") (key/KEYWORD \"KEYWORD $Forwarded\" (flag"
                   ":atom \"$Forwarded\"))) (list \"(UNSEEN LARGER 1000)\" (key/UNSEEN \"UNSEEN\") (key/LARGER \"LAR"
                   "GER 1000\" (number \"1000\" #1000))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH ((((SEEN))))\r\n"),
                   "command tag=a SEARCH (list \"((((SEEN))))\" (list \"(((SEEN)))\" (list \"((SEEN))\" (list \"(SEE"
                   "N)\" (key/SEEN \"SEEN\")))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH (1:5 UID 3)\r\n"),
                   "command tag=a SEARCH (list \"(1:5 UID 3)\" (seqset \"1:5\" (seq_range \"1:5\" (seq_num \"1\" #1)"
                   " (seq_num \"5\" #5))) (key/UID \"UID 3\" (seqset \"3\" (seq_num \"3\" #3))))");
}

Test(cmd_search, charset) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH CHARSET UTF-8 SUBJECT {7+}\r\nGr\xc3\xb6\xc3\x9f""e\r\n"),
                   "command tag=a SEARCH (attr/CHARSET \"CHARSET UTF-8\" (string:atom \"UTF-8\")) (key/SUBJECT \"SUB"
                   "JECT {7+}\\x0d\\x0aGr\\xc3\\xb6\\xc3\\x9fe\" (string:literal \"Gr\\xc3\\xb6\\xc3\\x9fe\" nonsync"
                   "))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH CHARSET \"KOI8-R\" ALL\r\n"),
                   "command tag=a SEARCH (attr/CHARSET \"CHARSET \\\"KOI8-R\\\"\" (string:quoted \"KOI8-R\")) (key/A"
                   "LL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH charset utf-8 all\r\n"),
                   "command tag=a SEARCH (attr/CHARSET \"charset utf-8\" (string:atom \"utf-8\")) (key/ALL \"all\")");
}

Test(cmd_search, charset_position) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH ALL CHARSET UTF-8\r\n"),
                   "command tag=a SEARCH (key/ALL \"ALL\") (key \"CHARSET\" generic) (key \"UTF-8\" generic)");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH ALL CHARSET UTF-8\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH NOT CHARSET x\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH CHARSET UTF-8\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH CHARSET\r\n"),
                   "error IK_E_SYNTAX at 16");
}

Test(cmd_search, esearch_return) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH RETURN (MIN MAX COUNT ALL) UNSEEN\r\n"),
                   "command tag=a SEARCH (attr/RETURN \"RETURN (MIN MAX COUNT ALL)\" (attr/MIN \"MIN\") (attr/MAX \""
                   "MAX\") (attr/COUNT \"COUNT\") (attr/ALL \"ALL\")) (key/UNSEEN \"UNSEEN\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN () ALL\r\n"),
                   "command tag=a SEARCH (attr/RETURN \"RETURN ()\") (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN (SAVE) OR FLAGGED DRAFT\r\n"),
                   "command tag=a SEARCH (attr/RETURN \"RETURN (SAVE)\" (attr/SAVE \"SAVE\")) (key/OR \"OR FLAGGED D"
                   "RAFT\" (key/FLAGGED \"FLAGGED\") (key/DRAFT \"DRAFT\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID SEARCH RETURN (COUNT) UID $ YOUNGER 3600\r\n"),
                   "command tag=a UID SEARCH (attr/RETURN \"RETURN (COUNT)\" (attr/COUNT \"COUNT\")) (key/UID \"UID "
                   "$\" (seqset \"$\" (search_res \"$\"))) (key/YOUNGER \"YOUNGER 3600\" (number \"3600\" #3600))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN (ALL) CHARSET UTF-8 ALL\r\n"),
                   "command tag=a SEARCH (attr/RETURN \"RETURN (ALL)\" (attr/ALL \"ALL\")) (attr/CHARSET \"CHARSET U"
                   "TF-8\" (string:atom \"UTF-8\")) (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN (PARTIAL 1:100 ALL) ALL\r\n"),
                   "command tag=a SEARCH (attr/RETURN \"RETURN (PARTIAL 1:100 ALL)\" (attr/PARTIAL \"PARTIAL 1:100\""
                   " (string:atom \"1:100\")) (attr/ALL \"ALL\")) (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN (PARTIAL -1:-100) ALL\r\n"),
                   "command tag=a SEARCH (attr/RETURN \"RETURN (PARTIAL -1:-100)\" (attr/PARTIAL \"PARTIAL -1:-100\""
                   " (string:atom \"-1:-100\"))) (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN (XFOO XBAR (1)) ALL\r\n"),
                   "command tag=a SEARCH (attr/RETURN \"RETURN (XFOO XBAR (1))\" (attr \"XFOO\" generic) (attr \"XBA"
                   "R (1)\" generic (list \"(1)\" (number \"1\" #1)))) (key/ALL \"ALL\")");
}

Test(cmd_search, esearch_return_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN (MIN)\r\n"),
                   "error IK_E_SYNTAX at 21");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH ALL RETURN (MIN)\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH RETURN MIN ALL\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH RETURN (MIN) RETURN (MAX) ALL\r\n"),
                   "error IK_E_SYNTAX at 22");
}

Test(cmd_search, modseq) {
  cr_expect_str_eq(ikt_parse(C, 0, "a UID SEARCH RETURN (ALL) MODSEQ 1\r\n"),
                   "command tag=a UID SEARCH (attr/RETURN \"RETURN (ALL)\" (attr/ALL \"ALL\")) (key/MODSEQ \"MODSEQ "
                   "1\" (number \"1\" #1))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338\r\n"),
                   "command tag=a SEARCH (key/MODSEQ \"MODSEQ \\\"/flags/\\\\\\\\draft\\\" all 620162338\" (string:q"
                   "uoted \"/flags/\\\\\\\\draft\" esc) (string:atom \"all\") (number \"620162338\" #620162338))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH MODSEQ \"/flags/\\\\draft\" priv 0\r\n"),
                   "command tag=a SEARCH (key/MODSEQ \"MODSEQ \\\"/flags/\\\\\\\\draft\\\" priv 0\" (string:quoted "
                   "\"/flags/\\\\\\\\draft\" esc) (string:atom \"priv\") (number \"0\" #0))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH MODSEQ \"/flags/x\" none 1\r\n"),
                   "error IK_E_SYNTAX at 27");
}

Test(cmd_search, gmail_and_extensions) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH X-GM-RAW \"has:attachment in:unread\" X-GM-MSGID 1278455344230334865 X-GM-THRID 1266894439832287888 X-GM-LABELS foo\r\n"),
                   "command tag=a SEARCH (key/X-GM-RAW \"X-GM-RAW \\\"has:attachment in:unread\\\"\" (string:quoted "
                   "\"has:attachment in:unread\")) (key/X-GM-MSGID \"X-GM-MSGID 1278455344230334865\" (number \"1278"
                   "455344230334865\" #1278455344230334865)) (key/X-GM-THRID \"X-GM-THRID 1266894439832287888\" (num"
                   "ber \"1266894439832287888\" #1266894439832287888)) (key/X-GM-LABELS \"X-GM-LABELS foo\" (string:"
                   "atom \"foo\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH FUZZY SUBJECT x EMAILID M123 THREADID T1 SAVEDBEFORE 1-Jan-2024 SAVEDON 2-Jan-2024 SAVEDSINCE 3-Jan-2024 SAVEDATESUPPORTED FILTER myfilter\r\n"),
                   "command tag=a SEARCH (key/FUZZY \"FUZZY SUBJECT x\" (key/SUBJECT \"SUBJECT x\" (string:atom \"x"
                   "\"))) (key/EMAILID \"EMAILID M123\" (string:atom \"M123\")) (key/THREADID \"THREADID T1\" (strin"
                   "g:atom \"T1\")) (key/SAVEDBEFORE \"SAVEDBEFORE 1-Jan-2024\" (date:atom \"1-Jan-2024\" #19723)) ("
                   "key/SAVEDON \"SAVEDON 2-Jan-2024\" (date:atom \"2-Jan-2024\" #19724)) (key/SAVEDSINCE \"SAVEDSIN"
                   "CE 3-Jan-2024\" (date:atom \"3-Jan-2024\" #19725)) (key/SAVEDATESUPPORTED \"SAVEDATESUPPORTED\")"
                   " (key/FILTER \"FILTER myfilter\" (string:atom \"myfilter\"))");
}

Test(cmd_search, unknown_keys_lenient) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH XFOO bar\r\n"),
                   "command tag=a SEARCH (key \"XFOO\" generic) (key \"bar\" generic)");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH XFOO \"bar\" {1}\r\nx\r\n"),
                   "command tag=a SEARCH (key \"XFOO\" generic) (string:quoted \"bar\" generic) (string:literal \"x"
                   "\" generic)");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH NOT XFOO\r\n"),
                   "command tag=a SEARCH (key/NOT \"NOT XFOO\" (key \"XFOO\" generic))");
}

Test(cmd_search, unknown_keys_strict) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH XFOO bar\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH SEEN \"bar\"\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH SEEN {1}\r\nx\r\n"),
                   "error IK_E_SYNTAX at 14");
}

Test(cmd_search, spaces) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH  SEEN   NOT  DRAFT  \r\n"),
                   "command tag=a SEARCH (key/SEEN \"SEEN\") (key/NOT \"NOT  DRAFT\" (key/DRAFT \"DRAFT\")) [quirk E"
                   "XTRA_SPACE@9] [quirk EXTRA_SPACE@15] [quirk EXTRA_SPACE@21] [quirk TRAILING_SPACE@27]");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH (SEEN  DRAFT )\r\n"),
                   "command tag=a SEARCH (list \"(SEEN  DRAFT )\" (key/SEEN \"SEEN\") (key/DRAFT \"DRAFT\")) [quirk "
                   "EXTRA_SPACE@15] [quirk SPACE_BEFORE_PAREN@21]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH SEEN  DRAFT\r\n"),
                   "error IK_E_NOT_ALLOWED at 14");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH SEEN \r\n"),
                   "error IK_E_NOT_ALLOWED at 13");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH (SEEN )\r\n"),
                   "error IK_E_NOT_ALLOWED at 14");
}

Test(cmd_search, errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH \r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH ()\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH (SEEN\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH SEEN)\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH NOT\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH OR SEEN\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH SUBJECT\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH SUBJECT \"x\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH SEEN x)\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH FROM\"x\"\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH 0\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH ) SEEN\r\n"),
                   "error IK_E_SYNTAX at 9");
}

Test(cmd_search, depth_limit) {
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(3), "a SEARCH NOT NOT SEEN\r\n"),
                   "command tag=a SEARCH (key/NOT \"NOT NOT SEEN\" (key/NOT \"NOT SEEN\" (key/SEEN \"SEEN\")))");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(3), "a SEARCH NOT NOT NOT SEEN\r\n"),
                   "command tag=a SEARCH (key/NOT \"NOT NOT NOT SEEN\" (key/NOT \"NOT NOT SEEN\" (key/NOT \"NOT SEEN"
                   "\" (key/SEEN \"SEEN\"))))");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(2), "a SEARCH ((SEEN))\r\n"),
                   "command tag=a SEARCH (list \"((SEEN))\" (list \"(SEEN)\" (key/SEEN \"SEEN\")))");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(2), "a SEARCH (((SEEN)))\r\n"),
                   "error IK_E_TOO_DEEP at 11");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(2), "a SEARCH OR SEEN OR DRAFT NEW\r\n"),
                   "command tag=a SEARCH (key/OR \"OR SEEN OR DRAFT NEW\" (key/SEEN \"SEEN\") (key/OR \"OR DRAFT NEW"
                   "\" (key/DRAFT \"DRAFT\") (key/NEW \"NEW\")))");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(2), "a SEARCH OR SEEN OR DRAFT OR NEW OLD\r\n"),
                   "error IK_E_TOO_DEEP at 26");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(1), "a SEARCH SUBJECT x\r\n"),
                   "command tag=a SEARCH (key/SUBJECT \"SUBJECT x\" (string:atom \"x\"))");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(1), "a SEARCH NOT SUBJECT x\r\n"),
                   "error IK_E_TOO_DEEP at 13");
}

Test(cmd_search, json) {
  cr_expect_str_eq(ikc_json(0, 0, "a SEARCH RETURN (MIN) CHARSET UTF-8 OR NOT 1:5 (SUBJECT \"x\" SINCE 1-Feb-2020) XFOO UID 5 LARGER 10 HEADER a b\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SEARCH\",\"retur"
                   "n\":[{\"name\":\"MIN\"}],\"charset\":\"UTF-8\",\"keys\":[{\"key\":\"OR\",\"args\":[{\"key\":\"NO"
                   "T\",\"args\":[{\"key\":\"SEQUENCE-SET\",\"args\":[\"1:5\"]}]},{\"key\":\"()\",\"args\":[{\"key\""
                   ":\"SUBJECT\",\"args\":[\"x\"]},{\"key\":\"SINCE\",\"args\":[\"1-Feb-2020\"]}]}]},{\"key\":\"XFOO"
                   "\",\"generic\":true},{\"key\":\"UID\",\"args\":[\"5\"]},{\"key\":\"LARGER\",\"args\":[10]},{\"ke"
                   "y\":\"HEADER\",\"args\":[\"a\",\"b\"]}]}");
  cr_expect_str_eq(ikc_json(0, 0, "A282 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A282\",\"name\":\"SEARCH\",\"ke"
                   "ys\":[{\"key\":\"FLAGGED\"},{\"key\":\"SINCE\",\"args\":[\"1-Feb-1994\"]},{\"key\":\"NOT\",\"arg"
                   "s\":[{\"key\":\"FROM\",\"args\":[\"Smith\"]}]}]}");
  cr_expect_str_eq(ikc_json(0, 0, "a SEARCH KEYWORD $Junk X-GM-MSGID 5 MODSEQ \"/flags/x\" all 7 \"gen\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SEARCH\",\"keys"
                   "\":[{\"key\":\"KEYWORD\",\"args\":[\"$Junk\"]},{\"key\":\"X-GM-MSGID\",\"args\":[5]},{\"key\":\""
                   "MODSEQ\",\"args\":[\"/flags/x\",\"all\",7]},{\"key\":null,\"args\":[\"gen\"],\"generic\":true}]}");
}
