/* STORE: FLAGS / +FLAGS / -FLAGS with .SILENT, flag lists and bare flags,
 * UNCHANGEDSINCE, Gmail labels, errors, JSON. */
#include <criterion/criterion.h>

#include "cmdutil.h"

Test(cmd_store, flag_list) {
  cr_expect_str_eq(ikt_parse(C, 0, "A003 STORE 2:4 +FLAGS (\\Deleted)\r\n"),
                   "command tag=A003 STORE (seqset \"2:4\" (seq_range \"2:4\" (seq_num \"2\" #2) (seq_num \"4\" #4))"
                   ") (store/FLAGS \"+FLAGS (\\\\Deleted)\" plus (flag_list \"(\\\\Deleted)\" (flag:atom \"\\\\Delet"
                   "ed\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STORE 3 FLAGS (\\Seen $Forwarded)\r\n"),
                   "command tag=a STORE (seqset \"3\" (seq_num \"3\" #3)) (store/FLAGS \"FLAGS (\\\\Seen $Forwarded)"
                   "\" (flag_list \"(\\\\Seen $Forwarded)\" (flag:atom \"\\\\Seen\") (flag:atom \"$Forwarded\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS ()\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"FLAGS ()\" (flag_list \"()"
                   "\"))");
}

Test(cmd_store, actions) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS \\Seen\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"FLAGS \\\\Seen\" (flag:atom"
                   " \"\\\\Seen\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 +FLAGS \\Seen\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"+FLAGS \\\\Seen\" plus (fla"
                   "g:atom \"\\\\Seen\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 -FLAGS \\Seen\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"-FLAGS \\\\Seen\" minus (fl"
                   "ag:atom \"\\\\Seen\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS.SILENT \\Seen\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"FLAGS.SILENT \\\\Seen\" sil"
                   "ent (flag:atom \"\\\\Seen\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 +FLAGS.SILENT \\Seen\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"+FLAGS.SILENT \\\\Seen\" si"
                   "lent plus (flag:atom \"\\\\Seen\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 -flags.silent \\Seen\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"-flags.silent \\\\Seen\" si"
                   "lent minus (flag:atom \"\\\\Seen\"))");
}

Test(cmd_store, bare_flags) {
  cr_expect_str_eq(ikt_parse(C, 0, "a005 store 12 +flags \\deleted\r\n"),
                   "command tag=a005 STORE (seqset \"12\" (seq_num \"12\" #12)) (store/FLAGS \"+flags \\\\deleted\" "
                   "plus (flag:atom \"\\\\deleted\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STORE 1 +FLAGS \\Seen $Junk Work \\Flagged\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"+FLAGS \\\\Seen $Junk Work "
                   "\\\\Flagged\" plus (flag:atom \"\\\\Seen\") (flag:atom \"$Junk\") (flag:atom \"Work\") (flag:ato"
                   "m \"\\\\Flagged\"))");
}

Test(cmd_store, bare_flags_spaces) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 +FLAGS \\Seen  Work  \r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"+FLAGS \\\\Seen  Work\" plu"
                   "s (flag:atom \"\\\\Seen\") (flag:atom \"Work\")) [quirk EXTRA_SPACE@23] [quirk TRAILING_SPACE@28"
                   "]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STORE 1 +FLAGS \\Seen Work \r\n"),
                   "error IK_E_NOT_ALLOWED at 27");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 +FLAGS (\\Seen) \r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"+FLAGS (\\\\Seen)\" plus (f"
                   "lag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\"))) [quirk TRAILING_SPACE@24]");
}

Test(cmd_store, uid_store) {
  cr_expect_str_eq(ikt_parse(C, 0, "a UID STORE 4 +FLAGS (\\Answered)\r\n"),
                   "command tag=a UID STORE (seqset \"4\" (seq_num \"4\" #4)) (store/FLAGS \"+FLAGS (\\\\Answered)\""
                   " plus (flag_list \"(\\\\Answered)\" (flag:atom \"\\\\Answered\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a uid store 1:* -FLAGS.SILENT (\\Flagged)\r\n"),
                   "command tag=a UID STORE (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 "
                   "star))) (store/FLAGS \"-FLAGS.SILENT (\\\\Flagged)\" silent minus (flag_list \"(\\\\Flagged)\" ("
                   "flag:atom \"\\\\Flagged\")))");
}

Test(cmd_store, modifiers) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 2 (UNCHANGEDSINCE 1) +FLAGS.SILENT (\\Flagged)\r\n"),
                   "command tag=a STORE (seqset \"2\" (seq_num \"2\" #2)) (list \"(UNCHANGEDSINCE 1)\" (attr/UNCHANG"
                   "EDSINCE \"UNCHANGEDSINCE 1\" (number \"1\" #1))) (store/FLAGS \"+FLAGS.SILENT (\\\\Flagged)\" si"
                   "lent plus (flag_list \"(\\\\Flagged)\" (flag:atom \"\\\\Flagged\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 2 (UNCHANGEDSINCE 0) FLAGS ()\r\n"),
                   "command tag=a STORE (seqset \"2\" (seq_num \"2\" #2)) (list \"(UNCHANGEDSINCE 0)\" (attr/UNCHANG"
                   "EDSINCE \"UNCHANGEDSINCE 0\" (number \"0\" #0))) (store/FLAGS \"FLAGS ()\" (flag_list \"()\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 (XMOD 5) FLAGS \\Seen\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (list \"(XMOD 5)\" (attr \"XMOD 5\" generi"
                   "c (number \"5\" #5))) (store/FLAGS \"FLAGS \\\\Seen\" (flag:atom \"\\\\Seen\"))");
}

Test(cmd_store, gmail_labels) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 +X-GM-LABELS (foo \"bar baz\")\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/X-GM-LABELS \"+X-GM-LABELS (foo \\"
                   "\"bar baz\\\")\" plus (list \"(foo \\\"bar baz\\\")\" (string:atom \"foo\") (string:quoted \"bar"
                   " baz\")))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 -X-GM-LABELS.SILENT \\Inbox\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/X-GM-LABELS \"-X-GM-LABELS.SILENT "
                   "\\\\Inbox\" silent minus (string:atom \"\\\\Inbox\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 X-GM-LABELS ()\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/X-GM-LABELS \"X-GM-LABELS ()\" (lis"
                   "t \"()\"))");
}

Test(cmd_store, keyword_flags) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 +FLAGS ($MDNSent NonJunk [Gmail]Label)\r\n"),
                   "command tag=a STORE (seqset \"1\" (seq_num \"1\" #1)) (store/FLAGS \"+FLAGS ($MDNSent NonJunk [G"
                   "mail]Label)\" plus (flag_list \"($MDNSent NonJunk [Gmail]Label)\" (flag:atom \"$MDNSent\") (flag"
                   ":atom \"NonJunk\") (flag:atom \"[Gmail]Label\"))) [quirk BRACKET_IN_ATOM@41]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STORE 1 +FLAGS ([x])\r\n"),
                   "error IK_E_NOT_ALLOWED at 20");
}

Test(cmd_store, errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS \\*\r\n"),
                   "error IK_E_SYNTAX at 17");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 *FLAGS \\Seen\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAG \\Seen\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS.LOUD \\Seen\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 +FLAGS (\\Seen\r\n"),
                   "error IK_E_SYNTAX at 23");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE +FLAGS \\Seen\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 (UNCHANGEDSINCE) FLAGS \\Seen\r\n"),
                   "error IK_E_SYNTAX at 25");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS \"x\"\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a STORE 1 FLAGS (\\Seen) x\r\n"),
                   "error IK_E_SYNTAX at 24");
}

Test(cmd_store, json) {
  cr_expect_str_eq(ikc_json(0, 0, "a STORE 2:4 +FLAGS (\\Deleted)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"STORE\",\"sequen"
                   "ce\":\"2:4\",\"action\":\"+FLAGS\",\"flags\":[\"\\\\Deleted\"]}");
  cr_expect_str_eq(ikc_json(0, 0, "a UID STORE 1:* (UNCHANGEDSINCE 5) -FLAGS.SILENT \\Seen foo\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"UID STORE\",\"se"
                   "quence\":\"1:*\",\"modifiers\":[{\"name\":\"UNCHANGEDSINCE\",\"value\":5}],\"action\":\"-FLAGS.S"
                   "ILENT\",\"flags\":[\"\\\\Seen\",\"foo\"]}");
  cr_expect_str_eq(ikc_json(0, 0, "a STORE 1 +X-GM-LABELS (foo \"bar baz\")\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"STORE\",\"sequen"
                   "ce\":\"1\",\"action\":\"+X-GM-LABELS\",\"labels\":[\"foo\",\"bar baz\"]}");
  cr_expect_str_eq(ikc_json(0, 0, "a STORE 1 FLAGS ()\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"STORE\",\"sequen"
                   "ce\":\"1\",\"action\":\"FLAGS\",\"flags\":[]}");
}
