/* CONDSTORE and QRESYNC (RFC 7162) on the client side: SELECT / EXAMINE
 * parameters, FETCH CHANGEDSINCE and VANISHED, STORE UNCHANGEDSINCE, the MODSEQ
 * search key (with an entry name and type) and FETCH item, ENABLE. Examples
 * from RFC 7162; exact trees in both modes, JSON, errors. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* RFC 7162 section 3.2.3: ENABLE QRESYNC (and CONDSTORE). */
Test(cmd_ext_sync, enable) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A01 ENABLE CONDSTORE QRESYNC\r\n"),
                   "command tag=A01 ENABLE (capability:atom/CONDSTORE \"CONDSTORE\") (capability:atom/QRESYNC \"QRES"
                   "YNC\")");
}

/* RFC 7162 section 3.1.8: SELECT / EXAMINE (CONDSTORE). */
Test(cmd_ext_sync, select_condstore) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT INBOX (CONDSTORE)\r\n"),
                   "command tag=a SELECT (mailbox:atom \"INBOX\" inbox) (list \"(CONDSTORE)\" (attr/CONDSTORE \"COND"
                   "STORE\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a EXAMINE \"Entw&APw-rfe\" (CONDSTORE)\r\n"),
                   "command tag=a EXAMINE (mailbox:quoted \"Entw&APw-rfe\") (list \"(CONDSTORE)\" (attr/CONDSTORE \""
                   "CONDSTORE\"))");
  cr_expect_str_eq(ikc_json(0, 0, "a SELECT INBOX (CONDSTORE)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SELECT\",\"mailb"
                   "ox\":\"INBOX\",\"params\":[{\"name\":\"CONDSTORE\"}]}");
}

/* RFC 7162 section 3.2.5.2: QRESYNC (uidvalidity modseq [known-uids
 * [seq-match-data]]). */
Test(cmd_ext_sync, select_qresync) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A02 SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))\r\n"),
                   "command tag=A02 SELECT (mailbox:atom \"INBOX\" inbox) (list \"(QRESYNC (67890007 200507151940450"
                   "00 41,43:211,214:541))\" (attr/QRESYNC \"QRESYNC (67890007 20050715194045000 41,43:211,214:541)"
                   "\" (number \"67890007\" #67890007) (number \"20050715194045000\" #20050715194045000) (seqset \"4"
                   "1,43:211,214:541\" (seq_num \"41\" #41) (seq_range \"43:211\" (seq_num \"43\" #43) (seq_num \"21"
                   "1\" #211)) (seq_range \"214:541\" (seq_num \"214\" #214) (seq_num \"541\" #541)))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A03 SELECT INBOX (QRESYNC (67890007 90060115194045000))\r\n"),
                   "command tag=A03 SELECT (mailbox:atom \"INBOX\" inbox) (list \"(QRESYNC (67890007 900601151940450"
                   "00))\" (attr/QRESYNC \"QRESYNC (67890007 90060115194045000)\" (number \"67890007\" #67890007) (n"
                   "umber \"90060115194045000\" #90060115194045000)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "B01 SELECT INBOX (QRESYNC (67890007 90060115194045000 1:29997 (5000,7500,9000,9990:9999 15000,22"
                   "500,27000,29970,29973,29976,29979,29988,29997)))\r\n"),
                   "command tag=B01 SELECT (mailbox:atom \"INBOX\" inbox) (list \"(QRESYNC (67890007 900601151940450"
                   "00 1:29997 (5000,7500,9000,9990:9999 15000,22500,27000,29970,29973,29976,29979,29988,29997)))\" "
                   "(attr/QRESYNC \"QRESYNC (67890007 90060115194045000 1:29997 (5000,7500,9000,9990:9999 15000,2250"
                   "0,27000,29970,29973,29976,29979,29988,29997))\" (number \"67890007\" #67890007) (number \"900601"
                   "15194045000\" #90060115194045000) (seqset \"1:29997\" (seq_range \"1:29997\" (seq_num \"1\" #1) "
                   "(seq_num \"29997\" #29997))) (list \"(5000,7500,9000,9990:9999 15000,22500,27000,29970,29973,299"
                   "76,29979,29988,29997)\" (seqset \"5000,7500,9000,9990:9999\" (seq_num \"5000\" #5000) (seq_num "
                   "\"7500\" #7500) (seq_num \"9000\" #9000) (seq_range \"9990:9999\" (seq_num \"9990\" #9990) (seq_"
                   "num \"9999\" #9999))) (seqset \"15000,22500,27000,29970,29973,29976,29979,29988,29997\" (seq_num"
                   " \"15000\" #15000) (seq_num \"22500\" #22500) (seq_num \"27000\" #27000) (seq_num \"29970\" #299"
                   "70) (seq_num \"29973\" #29973) (seq_num \"29976\" #29976) (seq_num \"29979\" #29979) (seq_num \""
                   "29988\" #29988) (seq_num \"29997\" #29997)))))");
  cr_expect_str_eq(ikc_json(0, 0, "A02 SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A02\",\"name\":\"SELECT\",\"mai"
                   "lbox\":\"INBOX\",\"params\":[{\"name\":\"QRESYNC\",\"value\":[67890007,20050715194045000,\"41,43"
                   ":211,214:541\"]}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "A04 SELECT INBOX (QRESYNC (0 1))\r\n"),
                   "error IK_E_SYNTAX at 27");
  cr_expect_str_eq(ikt_parse(C, 0, "A05 SELECT INBOX (QRESYNC (1 0))\r\n"),
                   "error IK_E_SYNTAX at 29");
  cr_expect_str_eq(ikt_parse(C, 0, "A06 SELECT INBOX (QRESYNC (1 9223372036854775808))\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 29");
  cr_expect_str_eq(ikt_parse(C, 0, "A07 SELECT INBOX (QRESYNC)\r\n"),
                   "error IK_E_SYNTAX at 25");
}

/* RFC 7162 sections 3.1.4.1 and 3.2.6: FETCH (CHANGEDSINCE n [VANISHED]). */
Test(cmd_ext_sync, fetch_changedsince) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a FETCH 1:* (FLAGS) (CHANGEDSINCE 12345)\r\n"),
                   "command tag=a FETCH (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 star"
                   "))) (list \"(FLAGS)\" (fetch_att/FLAGS \"FLAGS\")) (list \"(CHANGEDSINCE 12345)\" (attr/CHANGEDS"
                   "INCE \"CHANGEDSINCE 12345\" (number \"12345\" #12345)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "s100 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345 VANISHED)\r\n"),
                   "command tag=s100 UID FETCH (seqset \"300:500\" (seq_range \"300:500\" (seq_num \"300\" #300) (se"
                   "q_num \"500\" #500))) (list \"(FLAGS)\" (fetch_att/FLAGS \"FLAGS\")) (list \"(CHANGEDSINCE 12345"
                   " VANISHED)\" (attr/CHANGEDSINCE \"CHANGEDSINCE 12345\" (number \"12345\" #12345)) (attr/VANISHED"
                   " \"VANISHED\"))");
  cr_expect_str_eq(ikc_json(0, 0, "s100 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345 VANISHED)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"s100\",\"name\":\"UID FETCH\","
                   "\"sequence\":\"300:500\",\"items\":[\"FLAGS\"],\"modifiers\":[{\"name\":\"CHANGEDSINCE\",\"value"
                   "\":12345},{\"name\":\"VANISHED\"}]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a106 FETCH 1:* (MODSEQ)\r\n"),
                   "command tag=a106 FETCH (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 s"
                   "tar))) (list \"(MODSEQ)\" (fetch_att/MODSEQ \"MODSEQ\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 FLAGS (CHANGEDSINCE 0)\r\n"),
                   "error IK_E_SYNTAX at 30");
  cr_expect_str_eq(ikt_parse(C, 0, "a FETCH 1 FLAGS (CHANGEDSINCE)\r\n"),
                   "error IK_E_SYNTAX at 29");
}

/* RFC 7162 section 3.1.3: STORE (UNCHANGEDSINCE n); 0 is allowed
 * (mod-sequence-valzer). */
Test(cmd_ext_sync, store_unchangedsince) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a103 UID STORE 6,4,8 (UNCHANGEDSINCE 12121230045) +FLAGS.SILENT (\\Deleted)\r\n"),
                   "command tag=a103 UID STORE (seqset \"6,4,8\" (seq_num \"6\" #6) (seq_num \"4\" #4) (seq_num \"8"
                   "\" #8)) (list \"(UNCHANGEDSINCE 12121230045)\" (attr/UNCHANGEDSINCE \"UNCHANGEDSINCE 12121230045"
                   "\" (number \"12121230045\" #12121230045))) (store/FLAGS \"+FLAGS.SILENT (\\\\Deleted)\" silent p"
                   "lus (flag_list \"(\\\\Deleted)\" (flag:atom \"\\\\Deleted\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "d105 STORE 7,5,9 (UNCHANGEDSINCE 0) +FLAGS.SILENT (\\Deleted)\r\n"),
                   "command tag=d105 STORE (seqset \"7,5,9\" (seq_num \"7\" #7) (seq_num \"5\" #5) (seq_num \"9\" #9"
                   ")) (list \"(UNCHANGEDSINCE 0)\" (attr/UNCHANGEDSINCE \"UNCHANGEDSINCE 0\" (number \"0\" #0))) (s"
                   "tore/FLAGS \"+FLAGS.SILENT (\\\\Deleted)\" silent plus (flag_list \"(\\\\Deleted)\" (flag:atom "
                   "\"\\\\Deleted\")))");
  cr_expect_str_eq(ikc_json(0, 0, "a103 UID STORE 6,4,8 (UNCHANGEDSINCE 12121230045) +FLAGS.SILENT (\\Deleted)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a103\",\"name\":\"UID STORE\","
                   "\"sequence\":\"6,4,8\",\"modifiers\":[{\"name\":\"UNCHANGEDSINCE\",\"value\":12121230045}],\"act"
                   "ion\":\"+FLAGS.SILENT\",\"flags\":[\"\\\\Deleted\"]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 (UNCHANGEDSINCE x) FLAGS (\\Seen)\r\n"),
                   "error IK_E_SYNTAX at 26");
}

/* RFC 7162 section 3.1.5: MODSEQ [entry-name entry-type] mod-sequence-valzer. */
Test(cmd_ext_sync, search_modseq) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338\r\n"),
                   "command tag=a SEARCH (key/MODSEQ \"MODSEQ \\\"/flags/\\\\\\\\draft\\\" all 620162338\" (string:q"
                   "uoted \"/flags/\\\\\\\\draft\" esc) (string:atom \"all\") (number \"620162338\" #620162338))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SEARCH OR NOT MODSEQ 720162338 LARGER 50000\r\n"),
                   "command tag=a SEARCH (key/OR \"OR NOT MODSEQ 720162338 LARGER 50000\" (key/NOT \"NOT MODSEQ 7201"
                   "62338\" (key/MODSEQ \"MODSEQ 720162338\" (number \"720162338\" #720162338))) (key/LARGER \"LARGE"
                   "R 50000\" (number \"50000\" #50000)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a UID SEARCH MODSEQ \"/flags/$Junk\" priv 0\r\n"),
                   "command tag=a UID SEARCH (key/MODSEQ \"MODSEQ \\\"/flags/$Junk\\\" priv 0\" (string:quoted \"/fl"
                   "ags/$Junk\") (string:atom \"priv\") (number \"0\" #0))");
  cr_expect_str_eq(ikc_json(0, 0, "a SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SEARCH\",\"keys"
                   "\":[{\"key\":\"MODSEQ\",\"args\":[\"/flags/\\\\draft\",\"all\",620162338]}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a SEARCH MODSEQ \"/flags/\\\\draft\" none 1\r\n"),
                   "error IK_E_SYNTAX at 33");
}
