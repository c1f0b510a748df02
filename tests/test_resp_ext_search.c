/* Search results of the extensions, typed: ESEARCH (RFC 4731, 9051; MODSEQ of
 * RFC 7162, PARTIAL of RFC 9394, ADDTO/REMOVEFROM of RFC 5267), SEARCH and
 * SORT with MODSEQ (RFC 7162, 5256), THREAD as nested THREAD nodes (RFC 5256).
 * The responses of the RFCs' examples, exact trees, strict and lenient. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT

/* RFC 4731 section 3.1, RFC 9051 6.4.4: MIN, MAX, ALL, COUNT; UID; the correlator */
Test(resp_ext_search, esearch_rfc4731_examples) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"A282\") MIN 2 COUNT 3\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"A282\\\")\" (attr/TAG \"TAG \\\"A282\\\"\" (string:quoted "
                   "\"A282\"))) (attr/MIN \"MIN 2\" (number \"2\" #2)) (attr/COUNT \"COUNT 3\" (number \"3\" #3)"
                   ")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"A283\") ALL 2,10:11\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"A283\\\")\" (attr/TAG \"TAG \\\"A283\\\"\" (string:quoted "
                   "\"A283\"))) (attr/ALL \"ALL 2,10:11\" (seqset \"2,10:11\" (seq_num \"2\" #2) (seq_range \"10"
                   ":11\" (seq_num \"10\" #10) (seq_num \"11\" #11))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"A284\") MIN 4\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"A284\\\")\" (attr/TAG \"TAG \\\"A284\\\"\" (string:quoted "
                   "\"A284\"))) (attr/MIN \"MIN 4\" (number \"4\" #4))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"A285\\\")\" (attr/TAG \"TAG \\\"A285\\\"\" (string:quoted "
                   "\"A285\"))) (attr/UID \"UID\") (attr/MIN \"MIN 7\" (number \"7\" #7)) (attr/MAX \"MAX 3800\""
                   " (number \"3800\" #3800))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"A286\") COUNT 15\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"A286\\\")\" (attr/TAG \"TAG \\\"A286\\\"\" (string:quoted "
                   "\"A286\"))) (attr/COUNT \"COUNT 15\" (number \"15\" #15))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH COUNT 1 ALL 1\r\n"),
                   "untagged ESEARCH (attr/COUNT \"COUNT 1\" (number \"1\" #1)) (attr/ALL \"ALL 1\" (seqset \"1"
                   "\" (seq_num \"1\" #1)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH\r\n"),
                   "untagged ESEARCH");
}

/* the issue's example; RFC 7162 MODSEQ; RFC 9051 tag-string is an astring */
Test(resp_ext_search, esearch_all_forms) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"a\") UID MIN 1 MAX 9 ALL 1:3,5 COUNT 4\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"a\\\")\" (attr/TAG \"TAG \\\"a\\\"\" (string:quoted \"a\")"
                   ")) (attr/UID \"UID\") (attr/MIN \"MIN 1\" (number \"1\" #1)) (attr/MAX \"MAX 9\" (number \"9"
                   "\" #9)) (attr/ALL \"ALL 1:3,5\" (seqset \"1:3,5\" (seq_range \"1:3\" (seq_num \"1\" #1) (seq"
                   "_num \"3\" #3)) (seq_num \"5\" #5))) (attr/COUNT \"COUNT 4\" (number \"4\" #4))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"a\") ALL 1:3,5 MODSEQ 1236\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"a\\\")\" (attr/TAG \"TAG \\\"a\\\"\" (string:quoted \"a\")"
                   ")) (attr/ALL \"ALL 1:3,5\" (seqset \"1:3,5\" (seq_range \"1:3\" (seq_num \"1\" #1) (seq_num "
                   "\"3\" #3)) (seq_num \"5\" #5))) (attr/MODSEQ \"MODSEQ 1236\" (number \"1236\" #1236))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG a1) UID COUNT 0\r\n"),
                   "untagged ESEARCH (list \"(TAG a1)\" (attr/TAG \"TAG a1\" (string:atom \"a1\"))) (attr/UID \""
                   "UID\") (attr/COUNT \"COUNT 0\" (number \"0\" #0))");
}

/* RFC 9394 PARTIAL (a range, then a set or NIL); RFC 5267 ADDTO and REMOVEFROM (position, set pairs, in order) */
Test(resp_ext_search, esearch_partial_and_context) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"A0006\") UID PARTIAL (-1:-100 200:250,252:300)\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"A0006\\\")\" (attr/TAG \"TAG \\\"A0006\\\"\" (string:quote"
                   "d \"A0006\"))) (attr/UID \"UID\") (attr/PARTIAL \"PARTIAL (-1:-100 200:250,252:300)\" (list "
                   "\"(-1:-100 200:250,252:300)\" (string:atom \"-1:-100\") (seqset \"200:250,252:300\" (seq_ran"
                   "ge \"200:250\" (seq_num \"200\" #200) (seq_num \"250\" #250)) (seq_range \"252:300\" (seq_nu"
                   "m \"252\" #252) (seq_num \"300\" #300)))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"R001\") UID PARTIAL (-1:-100 NIL)\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"R001\\\")\" (attr/TAG \"TAG \\\"R001\\\"\" (string:quoted "
                   "\"R001\"))) (attr/UID \"UID\") (attr/PARTIAL \"PARTIAL (-1:-100 NIL)\" (list \"(-1:-100 NIL)"
                   "\" (string:atom \"-1:-100\") (string:nil \"NIL\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"B01\") UID ADDTO (0 32768:32769)\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"B01\\\")\" (attr/TAG \"TAG \\\"B01\\\"\" (string:quoted \""
                   "B01\"))) (attr/UID \"UID\") (attr/ADDTO \"ADDTO (0 32768:32769)\" (list \"(0 32768:32769)\" "
                   "(number \"0\" #0) (seqset \"32768:32769\" (seq_range \"32768:32769\" (seq_num \"32768\" #327"
                   "68) (seq_num \"32769\" #32769)))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"C01\") UID ADDTO (1 2733) ADDTO (1 2731:2732)\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"C01\\\")\" (attr/TAG \"TAG \\\"C01\\\"\" (string:quoted \""
                   "C01\"))) (attr/UID \"UID\") (attr/ADDTO \"ADDTO (1 2733)\" (list \"(1 2733)\" (number \"1\" "
                   "#1) (seqset \"2733\" (seq_num \"2733\" #2733)))) (attr/ADDTO \"ADDTO (1 2731:2732)\" (list "
                   "\"(1 2731:2732)\" (number \"1\" #1) (seqset \"2731:2732\" (seq_range \"2731:2732\" (seq_num "
                   "\"2731\" #2731) (seq_num \"2732\" #2732)))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"C01\") UID ADDTO (1 2733 1 2731:2732) REMOVEFROM (0 32768)\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"C01\\\")\" (attr/TAG \"TAG \\\"C01\\\"\" (string:quoted \""
                   "C01\"))) (attr/UID \"UID\") (attr/ADDTO \"ADDTO (1 2733 1 2731:2732)\" (list \"(1 2733 1 273"
                   "1:2732)\" (number \"1\" #1) (seqset \"2733\" (seq_num \"2733\" #2733)) (number \"1\" #1) (se"
                   "qset \"2731:2732\" (seq_range \"2731:2732\" (seq_num \"2731\" #2731) (seq_num \"2732\" #2732"
                   "))))) (attr/REMOVEFROM \"REMOVEFROM (0 32768)\" (list \"(0 32768)\" (number \"0\" #0) (seqse"
                   "t \"32768\" (seq_num \"32768\" #32768))))");
}

/* search-ret-data-ext: an unknown name and its tagged-ext-val stay generic, the rest typed */
Test(resp_ext_search, esearch_unknown_data_generic) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"x\") RELEVANCY (4 99 42) COUNT 3\r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"x\\\")\" (attr/TAG \"TAG \\\"x\\\"\" (string:quoted \"x\")"
                   ")) (attr \"RELEVANCY (4 99 42)\" generic (list \"(4 99 42)\" (number \"4\" #4) (number \"99"
                   "\" #99) (number \"42\" #42))) (attr/COUNT \"COUNT 3\" (number \"3\" #3))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH X-FOO 5:7\r\n"),
                   "untagged ESEARCH (attr \"X-FOO 5:7\" generic (string:atom \"5:7\" generic))");
}

/* a known datum with the wrong value is a syntax error at the value (strict), generic in lenient mode */
Test(resp_ext_search, esearch_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH MIN 0\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH COUNT x\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* ESEARCH COUNT x\r\n"),
                   "untagged ESEARCH generic (string:atom \"COUNT\" generic) (string:atom \"x\" generic) [quirk "
                   "GENERIC_FALLBACK@16]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"a\" X)\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH ALL\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH COUNT 4294967296\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 16");
}

/* extra spaces: the EXTRA_SPACE quirk, typed; NOT_ALLOWED at the extra space in strict mode */
Test(resp_ext_search, esearch_spacing) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* ESEARCH  (TAG \"a\")  MIN  2 \r\n"),
                   "untagged ESEARCH (list \"(TAG \\\"a\\\")\" (attr/TAG \"TAG \\\"a\\\"\" (string:quoted \"a\")"
                   ")) (attr/MIN \"MIN  2\" (number \"2\" #2)) [quirk EXTRA_SPACE@10] [quirk EXTRA_SPACE@21] [qu"
                   "irk EXTRA_SPACE@26] [quirk TRAILING_SPACE@28]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ESEARCH (TAG \"a\") MIN  2\r\n"),
                   "error IK_E_NOT_ALLOWED at 24");
}

/* RFC 7162 3.1.5: SEARCH ... (MODSEQ n); RFC 5256: SORT, with MODSEQ too */
Test(resp_ext_search, search_and_sort_with_modseq) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n"),
                   "untagged SEARCH (number \"2\" #2) (number \"5\" #5) (number \"6\" #6) (number \"7\" #7) (num"
                   "ber \"11\" #11) (number \"12\" #12) (number \"18\" #18) (number \"19\" #19) (number \"20\" #"
                   "20) (number \"23\" #23) (list \"(MODSEQ 917162500)\" (attr/MODSEQ \"MODSEQ 917162500\" (numb"
                   "er \"917162500\" #917162500)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 2 5 (MODSEQ 917162500)\r\n"),
                   "untagged SEARCH (number \"2\" #2) (number \"5\" #5) (list \"(MODSEQ 917162500)\" (attr/MODSE"
                   "Q \"MODSEQ 917162500\" (number \"917162500\" #917162500)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SORT 2 84 882\r\n"),
                   "untagged SORT (number \"2\" #2) (number \"84\" #84) (number \"882\" #882)");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SORT 5 3 4 1 2\r\n"),
                   "untagged SORT (number \"5\" #5) (number \"3\" #3) (number \"4\" #4) (number \"1\" #1) (numbe"
                   "r \"2\" #2)");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SORT\r\n"),
                   "untagged SORT");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SORT 2 (MODSEQ 5)\r\n"),
                   "untagged SORT (number \"2\" #2) (list \"(MODSEQ 5)\" (attr/MODSEQ \"MODSEQ 5\" (number \"5\""
                   " #5)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH (MODSEQ 5)\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* SEARCH 2 (MODSEQ 0)\r\n"),
                   "error IK_E_SYNTAX at 19");
}

/* RFC 5256 section 4: thread lists side by side, nested as THREAD nodes */
Test(resp_ext_search, thread_rfc5256_examples) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (2)(3 6 (4 23)(44 7 96))\r\n"),
                   "untagged THREAD (thread \"(2)\" (number \"2\" #2)) (thread \"(3 6 (4 23)(44 7 96))\" (number"
                   " \"3\" #3) (number \"6\" #6) (thread \"(4 23)\" (number \"4\" #4) (number \"23\" #23)) (thre"
                   "ad \"(44 7 96)\" (number \"44\" #44) (number \"7\" #7) (number \"96\" #96)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD ((3)(5))(4)\r\n"),
                   "untagged THREAD (thread \"((3)(5))\" (thread \"(3)\" (number \"3\" #3)) (thread \"(5)\" (num"
                   "ber \"5\" #5))) (thread \"(4)\" (number \"4\" #4))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD\r\n"),
                   "untagged THREAD");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (166)(167)(168)(169)(172)(170)(171)(173)(174 (175)(176)(178)(181)(180))(179)(177 (183)(182)(188)(184)(185)(186)(187)(189))(190)(191)(192)(193)(194 195)(196 (197)(198))(199)(200 202)(201)(203)(204)(205)(206 207)(208)\r\n"),
                   "untagged THREAD (thread \"(166)\" (number \"166\" #166)) (thread \"(167)\" (number \"167\" #"
                   "167)) (thread \"(168)\" (number \"168\" #168)) (thread \"(169)\" (number \"169\" #169)) (thr"
                   "ead \"(172)\" (number \"172\" #172)) (thread \"(170)\" (number \"170\" #170)) (thread \"(171"
                   ")\" (number \"171\" #171)) (thread \"(173)\" (number \"173\" #173)) (thread \"(174 (175)(176"
                   ")(178)(181)(180))\" (number \"174\" #174) (thread \"(175)\" (number \"175\" #175)) (thread "
                   "\"(176)\" (number \"176\" #176)) (thread \"(178)\" (number \"178\" #178)) (thread \"(181)\" "
                   "(number \"181\" #181)) (thread \"(180)\" (number \"180\" #180))) (thread \"(179)\" (number "
                   "\"179\" #179)) (thread \"(177 (183)(182)(188)(184)(185)(186)(187)(189))\" (number \"177\" #1"
                   "77) (thread \"(183)\" (number \"183\" #183)) (thread \"(182)\" (number \"182\" #182)) (threa"
                   "d \"(188)\" (number \"188\" #188)) (thread \"(184)\" (number \"184\" #184)) (thread \"(185)"
                   "\" (number \"185\" #185)) (thread \"(186)\" (number \"186\" #186)) (thread \"(187)\" (number"
                   " \"187\" #187)) (thread \"(189)\" (number \"189\" #189))) (thread \"(190)\" (number \"190\" "
                   "#190)) (thread \"(191)\" (number \"191\" #191)) (thread \"(192)\" (number \"192\" #192)) (th"
                   "read \"(193)\" (number \"193\" #193)) (thread \"(194 195)\" (number \"194\" #194) (number \""
                   "195\" #195)) (thread \"(196 (197)(198))\" (number \"196\" #196) (thread \"(197)\" (number \""
                   "197\" #197)) (thread \"(198)\" (number \"198\" #198))) (thread \"(199)\" (number \"199\" #19"
                   "9)) (thread \"(200 202)\" (number \"200\" #200) (number \"202\" #202)) (thread \"(201)\" (nu"
                   "mber \"201\" #201)) (thread \"(203)\" (number \"203\" #203)) (thread \"(204)\" (number \"204"
                   "\" #204)) (thread \"(205)\" (number \"205\" #205)) (thread \"(206 207)\" (number \"206\" #20"
                   "6) (number \"207\" #207)) (thread \"(208)\" (number \"208\" #208))");
}

/* Dovecot (tests/data/real/dovecot-extensions.server.imap) */
Test(resp_ext_search, thread_dovecot) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (1 (2 3 4)(5 8))(6)(7)(9)\r\n"),
                   "untagged THREAD (thread \"(1 (2 3 4)(5 8))\" (number \"1\" #1) (thread \"(2 3 4)\" (number "
                   "\"2\" #2) (number \"3\" #3) (number \"4\" #4)) (thread \"(5 8)\" (number \"5\" #5) (number "
                   "\"8\" #8))) (thread \"(6)\" (number \"6\" #6)) (thread \"(7)\" (number \"7\" #7)) (thread \""
                   "(9)\" (number \"9\" #9))");
}

/* thread-nested = 2*thread-list: one nested list alone is a quirk; spaces between lists too; empty and zero ids are errors */
Test(resp_ext_search, thread_quirks_and_errors) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* THREAD (1 (2 3))\r\n"),
                   "untagged THREAD (thread \"(1 (2 3))\" (number \"1\" #1) (thread \"(2 3)\" (number \"2\" #2) "
                   "(number \"3\" #3))) [quirk OTHER@17]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (1 (2 3))\r\n"),
                   "error IK_E_NOT_ALLOWED at 17");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* THREAD (1) (2)\r\n"),
                   "untagged THREAD (thread \"(1)\" (number \"1\" #1)) (thread \"(2)\" (number \"2\" #2)) [quirk"
                   " EXTRA_SPACE@12]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (1) (2)\r\n"),
                   "error IK_E_NOT_ALLOWED at 12");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD ()\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (0)\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (1\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* THREAD (1)(2\r\n"),
                   "error IK_E_SYNTAX at 14");
}

