/* SORT and THREAD (RFC 5256), with ESORT's RETURN options and CONTEXT's
 * CANCELUPDATE (RFC 5267), DISPLAYFROM / DISPLAYTO (RFC 5957) and the UID forms.
 * Examples from the RFCs; exact trees in both modes, JSON, errors, nesting. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* RFC 5256 section 3: the SORT examples. */
Test(cmd_ext_sort, sort_rfc5256) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A282 SORT (SUBJECT) UTF-8 SINCE 1-Feb-1994\r\n"),
                   "command tag=A282 SORT (list \"(SUBJECT)\" (attr/SUBJECT \"SUBJECT\")) (string:atom \"UTF-8\") (k"
                   "ey/SINCE \"SINCE 1-Feb-1994\" (date:atom \"1-Feb-1994\" #8797))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A283 SORT (SUBJECT REVERSE DATE) UTF-8 ALL\r\n"),
                   "command tag=A283 SORT (list \"(SUBJECT REVERSE DATE)\" (attr/SUBJECT \"SUBJECT\") (attr/REVERSE "
                   "\"REVERSE\") (attr/DATE \"DATE\")) (string:atom \"UTF-8\") (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A284 SORT (SUBJECT) US-ASCII TEXT \"not in mailbox\"\r\n"),
                   "command tag=A284 SORT (list \"(SUBJECT)\" (attr/SUBJECT \"SUBJECT\")) (string:atom \"US-ASCII\")"
                   " (key/TEXT \"TEXT \\\"not in mailbox\\\"\" (string:quoted \"not in mailbox\"))");
  cr_expect_str_eq(ikc_json(0, 0, "A283 SORT (SUBJECT REVERSE DATE) UTF-8 ALL\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A283\",\"name\":\"SORT\",\"crit"
                   "eria\":[{\"key\":\"SUBJECT\"},{\"key\":\"DATE\",\"reverse\":true}],\"charset\":\"UTF-8\",\"keys"
                   "\":[{\"key\":\"ALL\"}]}");
}

/* Every sort key; UID SORT; the charset quoted or a literal. */
Test(cmd_ext_sort, sort_keys) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A285 UID SORT (REVERSE ARRIVAL FROM CC TO SIZE) \"UTF-8\" UNSEEN\r\n"),
                   "command tag=A285 UID SORT (list \"(REVERSE ARRIVAL FROM CC TO SIZE)\" (attr/REVERSE \"REVERSE\")"
                   " (attr/ARRIVAL \"ARRIVAL\") (attr/FROM \"FROM\") (attr/CC \"CC\") (attr/TO \"TO\") (attr/SIZE \""
                   "SIZE\")) (string:quoted \"UTF-8\") (key/UNSEEN \"UNSEEN\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A286 SORT (DATE) {5}\r\nUTF-8 OR SEEN (FLAGGED DELETED)\r\n"),
                   "command tag=A286 SORT (list \"(DATE)\" (attr/DATE \"DATE\")) (string:literal \"UTF-8\") (key/OR "
                   "\"OR SEEN (FLAGGED DELETED)\" (key/SEEN \"SEEN\") (list \"(FLAGGED DELETED)\" (key/FLAGGED \"FLA"
                   "GGED\") (key/DELETED \"DELETED\")))");
  cr_expect_str_eq(ikc_json(0, 0, "A285 UID SORT (REVERSE ARRIVAL FROM CC TO SIZE) \"UTF-8\" UNSEEN\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A285\",\"name\":\"UID SORT\",\""
                   "criteria\":[{\"key\":\"ARRIVAL\",\"reverse\":true},{\"key\":\"FROM\"},{\"key\":\"CC\"},{\"key\":"
                   "\"TO\"},{\"key\":\"SIZE\"}],\"charset\":\"UTF-8\",\"keys\":[{\"key\":\"UNSEEN\"}]}");
}

/* RFC 5957 section 3: DISPLAYFROM and DISPLAYTO. */
Test(cmd_ext_sort, sort_display) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A1 SORT (DISPLAYFROM) UTF-8 ALL\r\n"),
                   "command tag=A1 SORT (list \"(DISPLAYFROM)\" (attr/DISPLAYFROM \"DISPLAYFROM\")) (string:atom \"U"
                   "TF-8\") (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A2 SORT (REVERSE DISPLAYTO SUBJECT) UTF-8 ALL\r\n"),
                   "command tag=A2 SORT (list \"(REVERSE DISPLAYTO SUBJECT)\" (attr/REVERSE \"REVERSE\") (attr/DISPL"
                   "AYTO \"DISPLAYTO\") (attr/SUBJECT \"SUBJECT\")) (string:atom \"UTF-8\") (key/ALL \"ALL\")");
}

/* RFC 5267 sections 3.2 and 4.4: SORT RETURN (...), CONTEXT and PARTIAL. */
Test(cmd_ext_sort, esort) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "C01 UID SORT RETURN (COUNT ALL) (DATE) UTF-8 UNDELETED UNKEYWORD $Junk\r\n"),
                   "command tag=C01 UID SORT (attr/RETURN \"RETURN (COUNT ALL)\" (attr/COUNT \"COUNT\") (attr/ALL \""
                   "ALL\")) (list \"(DATE)\" (attr/DATE \"DATE\")) (string:atom \"UTF-8\") (key/UNDELETED \"UNDELETE"
                   "D\") (key/UNKEYWORD \"UNKEYWORD $Junk\" (flag:atom \"$Junk\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "B02 UID SORT RETURN (PARTIAL 23500:24000) (REVERSE DATE) UTF-8 UNDELETED\r\n"),
                   "command tag=B02 UID SORT (attr/RETURN \"RETURN (PARTIAL 23500:24000)\" (attr/PARTIAL \"PARTIAL 2"
                   "3500:24000\" (string:atom \"23500:24000\"))) (list \"(REVERSE DATE)\" (attr/REVERSE \"REVERSE\")"
                   " (attr/DATE \"DATE\")) (string:atom \"UTF-8\") (key/UNDELETED \"UNDELETED\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A01 SORT RETURN () (ARRIVAL) UTF-8 ALL\r\n"),
                   "command tag=A01 SORT (attr/RETURN \"RETURN ()\") (list \"(ARRIVAL)\" (attr/ARRIVAL \"ARRIVAL\"))"
                   " (string:atom \"UTF-8\") (key/ALL \"ALL\")");
  cr_expect_str_eq(ikc_json(0, 0, "C01 UID SORT RETURN (COUNT ALL) (DATE) UTF-8 UNDELETED UNKEYWORD $Junk\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"C01\",\"name\":\"UID SORT\",\"r"
                   "eturn\":[{\"name\":\"COUNT\"},{\"name\":\"ALL\"}],\"criteria\":[{\"key\":\"DATE\"}],\"charset\":"
                   "\"UTF-8\",\"keys\":[{\"key\":\"UNDELETED\"},{\"key\":\"UNKEYWORD\",\"args\":[\"$Junk\"]}]}");
}

/* RFC 5267 section 4.3: CANCELUPDATE 1*(SP quoted). */
Test(cmd_ext_sort, cancelupdate) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A02 CANCELUPDATE \"A01\"\r\n"),
                   "command tag=A02 CANCELUPDATE (string:quoted \"A01\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A03 CANCELUPDATE \"B01\" \"B02\"\r\n"),
                   "command tag=A03 CANCELUPDATE (string:quoted \"B01\") (string:quoted \"B02\")");
  cr_expect_str_eq(ikc_json(0, 0, "A03 CANCELUPDATE \"B01\" \"B02\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A03\",\"name\":\"CANCELUPDATE\""
                   ",\"tags\":[\"B01\",\"B02\"]}");
  cr_expect_str_eq(ikt_parse(C, 0, "A04 CANCELUPDATE\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "A05 CANCELUPDATE A01\r\n"),
                   "error IK_E_SYNTAX at 17");
}

/* A sort criterion list is never empty and ends with a key; REVERSE comes
 * once; the charset and a search key are required. */
Test(cmd_ext_sort, sort_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT () UTF-8 ALL\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (REVERSE) UTF-8 ALL\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (DATE REVERSE) UTF-8 ALL\r\n"),
                   "error IK_E_SYNTAX at 20");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (REVERSE REVERSE DATE) UTF-8 ALL\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (DATE) UTF-8\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (DATE)\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT UTF-8 ALL\r\n"),
                   "error IK_E_SYNTAX at 7");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (DATE) UTF-8 ALL RETURN (MIN)\r\n"),
                   "command tag=a SORT (list \"(DATE)\" (attr/DATE \"DATE\")) (string:atom \"UTF-8\") (key/ALL \"ALL"
                   "\") (key \"RETURN\" generic) (list \"(MIN)\" (key \"MIN\" generic))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (DATE) CHARSET UTF-8 ALL\r\n"),
                   "command tag=a SORT (list \"(DATE)\" (attr/DATE \"DATE\")) (string:atom \"CHARSET\") (key \"UTF-8"
                   "\" generic) (key/ALL \"ALL\")");
}

/* A sort key no RFC defines: generic in lenient mode, an error in strict mode. */
Test(cmd_ext_sort, sort_unknown_key) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT (RELEVANCY DATE) UTF-8 ALL\r\n"),
                   "command tag=a SORT (list \"(RELEVANCY DATE)\" (attr \"RELEVANCY\" generic) (attr/DATE \"DATE\"))"
                   " (string:atom \"UTF-8\") (key/ALL \"ALL\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SORT (RELEVANCY DATE) UTF-8 ALL\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikc_json(0, 0, "a SORT (RELEVANCY DATE) UTF-8 ALL\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SORT\",\"criteri"
                   "a\":[{\"key\":\"RELEVANCY\",\"generic\":true},{\"key\":\"DATE\"}],\"charset\":\"UTF-8\",\"keys\""
                   ":[{\"key\":\"ALL\"}]}");
}

/* Spaces: lenient quirks, strict errors. */
Test(cmd_ext_sort, sort_spaces) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SORT  (DATE  SUBJECT )  UTF-8  ALL \r\n"),
                   "command tag=a SORT (list \"(DATE  SUBJECT )\" (attr/DATE \"DATE\") (attr/SUBJECT \"SUBJECT\")) ("
                   "string:atom \"UTF-8\") (key/ALL \"ALL\") [quirk EXTRA_SPACE@7] [quirk EXTRA_SPACE@14] [quirk SPA"
                   "CE_BEFORE_PAREN@22] [quirk EXTRA_SPACE@25] [quirk EXTRA_SPACE@32] [quirk TRAILING_SPACE@36]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SORT (DATE  SUBJECT) UTF-8 ALL\r\n"),
                   "error IK_E_NOT_ALLOWED at 13");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SORT (DATE SUBJECT) UTF-8 ALL \r\n"),
                   "error IK_E_NOT_ALLOWED at 31");
}

/* RFC 5256 section 3: the THREAD examples; UID THREAD; REFS (Dovecot);
 * an unknown algorithm is thread-alg-ext (generic, both modes). */
Test(cmd_ext_sort, thread_rfc5256) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A283 THREAD ORDEREDSUBJECT UTF-8 SINCE 5-MAR-2000\r\n"),
                   "command tag=A283 THREAD (attr/ORDEREDSUBJECT \"ORDEREDSUBJECT\") (string:atom \"UTF-8\") (key/SI"
                   "NCE \"SINCE 5-MAR-2000\" (date:atom \"5-MAR-2000\" #11021))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A284 THREAD REFERENCES US-ASCII TEXT \"gewp\"\r\n"),
                   "command tag=A284 THREAD (attr/REFERENCES \"REFERENCES\") (string:atom \"US-ASCII\") (key/TEXT \""
                   "TEXT \\\"gewp\\\"\" (string:quoted \"gewp\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A285 UID THREAD REFS UTF-8 ALL\r\n"),
                   "command tag=A285 UID THREAD (attr/REFS \"REFS\") (string:atom \"UTF-8\") (key/ALL \"ALL\")");
  cr_expect_str_eq(ikc_json(0, 0, "A284 THREAD REFERENCES US-ASCII TEXT \"gewp\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A284\",\"name\":\"THREAD\",\"al"
                   "gorithm\":\"REFERENCES\",\"charset\":\"US-ASCII\",\"keys\":[{\"key\":\"TEXT\",\"args\":[\"gewp\""
                   "]}]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A286 THREAD X-SUBJECTS UTF-8 ALL\r\n"),
                   "command tag=A286 THREAD (attr \"X-SUBJECTS\" generic) (string:atom \"UTF-8\") (key/ALL \"ALL\")");
  cr_expect_str_eq(ikc_json(0, 0, "A286 THREAD X-SUBJECTS UTF-8 ALL\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A286\",\"name\":\"THREAD\",\"al"
                   "gorithm\":{\"name\":\"X-SUBJECTS\",\"generic\":true},\"charset\":\"UTF-8\",\"keys\":[{\"key\":\""
                   "ALL\"}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "A287 THREAD REFERENCES UTF-8\r\n"),
                   "error IK_E_SYNTAX at 28");
  cr_expect_str_eq(ikt_parse(C, 0, "A288 THREAD (REFERENCES) UTF-8 ALL\r\n"),
                   "error IK_E_SYNTAX at 12");
}

/* The search keys of SORT and THREAD nest like SEARCH's: the depth limit holds,
 * at the exact key. */
Test(cmd_ext_sort, sort_nesting) {
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(3), "a SORT (DATE) UTF-8 NOT NOT ALL\r\n"),
                   "command tag=a SORT (list \"(DATE)\" (attr/DATE \"DATE\")) (string:atom \"UTF-8\") (key/NOT \"NOT "
                   "NOT ALL\" (key/NOT \"NOT ALL\" (key/ALL \"ALL\")))");
  cr_expect_str_eq(ikt_parse_lim(C, 0, lim(3), "a THREAD REFS UTF-8 NOT NOT NOT NOT ALL\r\n"),
                   "error IK_E_TOO_DEEP at 32");
  /* 100 000 levels: a clean error at the 129th (default max_depth 128) */
  size_t n = 100000;
  char *s = malloc(4 * n + 64);
  size_t k = (size_t)sprintf(s, "a SORT (DATE) UTF-8 ");
  for (size_t i = 0; i < n; i++) s[k++] = '(';
  memcpy(s + k, "ALL\r\n", 6);
  cr_expect_str_eq(ikt_parse(C, 0, s), "error IK_E_TOO_DEEP at 148");
  free(s);
}
