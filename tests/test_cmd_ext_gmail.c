/* Gmail's X-GM-EXT-1 on the client side (Google's IMAP extensions page):
 * X-GM-MSGID and X-GM-THRID as FETCH items and SEARCH keys (64-bit numbers),
 * X-GM-LABELS as a FETCH item, a STORE action (labels as astrings, system labels
 * such as \Inbox as they are) and a SEARCH key, X-GM-RAW. Exact trees in both
 * modes, JSON, errors. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* FETCH X-GM-MSGID / X-GM-THRID; SEARCH X-GM-MSGID / X-GM-THRID with 64-bit ids. */
Test(cmd_ext_gmail, msgid_thrid) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a005 FETCH 1:4 (X-GM-MSGID)\r\n"),
                   "command tag=a005 FETCH (seqset \"1:4\" (seq_range \"1:4\" (seq_num \"1\" #1) (seq_num \"4\" #4))"
                   ") (list \"(X-GM-MSGID)\" (fetch_att/X-GM-MSGID \"X-GM-MSGID\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a006 UID SEARCH X-GM-MSGID 1278455344230334865\r\n"),
                   "command tag=a006 UID SEARCH (key/X-GM-MSGID \"X-GM-MSGID 1278455344230334865\" (number \"1278455"
                   "344230334865\" #1278455344230334865))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a007 FETCH 1:4 (X-GM-THRID)\r\n"),
                   "command tag=a007 FETCH (seqset \"1:4\" (seq_range \"1:4\" (seq_num \"1\" #1) (seq_num \"4\" #4))"
                   ") (list \"(X-GM-THRID)\" (fetch_att/X-GM-THRID \"X-GM-THRID\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a008 SEARCH X-GM-THRID 1266894439832287888\r\n"),
                   "command tag=a008 SEARCH (key/X-GM-THRID \"X-GM-THRID 1266894439832287888\" (number \"12668944398"
                   "32287888\" #1266894439832287888))");
  cr_expect_str_eq(ikc_json(0, 0, "a006 UID SEARCH X-GM-MSGID 1278455344230334865\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a006\",\"name\":\"UID SEARCH\","
                   "\"keys\":[{\"key\":\"X-GM-MSGID\",\"args\":[1278455344230334865]}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a009 SEARCH X-GM-MSGID abc\r\n"),
                   "error IK_E_SYNTAX at 23");
}

/* FETCH X-GM-LABELS; STORE [+-]X-GM-LABELS[.SILENT] with a list or bare labels. */
Test(cmd_ext_gmail, labels) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a010 FETCH 1:4 (X-GM-LABELS)\r\n"),
                   "command tag=a010 FETCH (seqset \"1:4\" (seq_range \"1:4\" (seq_num \"1\" #1) (seq_num \"4\" #4))"
                   ") (list \"(X-GM-LABELS)\" (fetch_att/X-GM-LABELS \"X-GM-LABELS\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a011 STORE 1 +X-GM-LABELS (foo)\r\n"),
                   "command tag=a011 STORE (seqset \"1\" (seq_num \"1\" #1)) (store/X-GM-LABELS \"+X-GM-LABELS (foo)"
                   "\" plus (list \"(foo)\" (string:atom \"foo\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a012 STORE 1 -X-GM-LABELS (\\Inbox \"Work stuff\")\r\n"),
                   "command tag=a012 STORE (seqset \"1\" (seq_num \"1\" #1)) (store/X-GM-LABELS \"-X-GM-LABELS (\\\\"
                   "Inbox \\\"Work stuff\\\")\" minus (list \"(\\\\Inbox \\\"Work stuff\\\")\" (string:atom \"\\\\In"
                   "box\") (string:quoted \"Work stuff\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a013 UID STORE 1 X-GM-LABELS.SILENT \\Starred bar\r\n"),
                   "command tag=a013 UID STORE (seqset \"1\" (seq_num \"1\" #1)) (store/X-GM-LABELS \"X-GM-LABELS.SI"
                   "LENT \\\\Starred bar\" silent (string:atom \"\\\\Starred\") (string:atom \"bar\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a014 STORE 1 +X-GM-LABELS ()\r\n"),
                   "command tag=a014 STORE (seqset \"1\" (seq_num \"1\" #1)) (store/X-GM-LABELS \"+X-GM-LABELS ()\" "
                   "plus (list \"()\"))");
  cr_expect_str_eq(ikc_json(0, 0, "a012 STORE 1 -X-GM-LABELS (\\Inbox \"Work stuff\")\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a012\",\"name\":\"STORE\",\"seq"
                   "uence\":\"1\",\"action\":\"-X-GM-LABELS\",\"labels\":[\"\\\\Inbox\",\"Work stuff\"]}");
  cr_expect_str_eq(ikc_json(0, 0, "a013 UID STORE 1 X-GM-LABELS.SILENT \\Starred bar\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a013\",\"name\":\"UID STORE\","
                   "\"sequence\":\"1\",\"action\":\"X-GM-LABELS.SILENT\",\"labels\":[\"\\\\Starred\",\"bar\"]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a015 STORE 1 +X-GM-LABELS\r\n"),
                   "error IK_E_SYNTAX at 25");
}

/* SEARCH X-GM-RAW "..." and X-GM-LABELS label (an astring, or a system label). */
Test(cmd_ext_gmail, search) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a016 SEARCH X-GM-RAW \"has:attachment in:unread\"\r\n"),
                   "command tag=a016 SEARCH (key/X-GM-RAW \"X-GM-RAW \\\"has:attachment in:unread\\\"\" (string:quot"
                   "ed \"has:attachment in:unread\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a017 SEARCH X-GM-LABELS foo\r\n"),
                   "command tag=a017 SEARCH (key/X-GM-LABELS \"X-GM-LABELS foo\" (string:atom \"foo\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a020 UID SEARCH X-GM-LABELS \\Important NOT X-GM-LABELS \"Work stuff\"\r\n"),
                   "command tag=a020 UID SEARCH (key/X-GM-LABELS \"X-GM-LABELS \\\\Important\" (string:atom \"\\\\Im"
                   "portant\")) (key/NOT \"NOT X-GM-LABELS \\\"Work stuff\\\"\" (key/X-GM-LABELS \"X-GM-LABELS \\\"W"
                   "ork stuff\\\"\" (string:quoted \"Work stuff\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a018 UID SEARCH CHARSET UTF-8 X-GM-RAW {9}\r\nlabel:caf OR X-GM-LABELS \"Work stuff\" SEEN\r\n"),
                   "command tag=a018 UID SEARCH (attr/CHARSET \"CHARSET UTF-8\" (string:atom \"UTF-8\")) (key/X-GM-R"
                   "AW \"X-GM-RAW {9}\\x0d\\x0alabel:caf\" (string:literal \"label:caf\")) (key/OR \"OR X-GM-LABELS "
                   "\\\"Work stuff\\\" SEEN\" (key/X-GM-LABELS \"X-GM-LABELS \\\"Work stuff\\\"\" (string:quoted \"W"
                   "ork stuff\")) (key/SEEN \"SEEN\"))");
  cr_expect_str_eq(ikc_json(0, 0, "a016 SEARCH X-GM-RAW \"has:attachment in:unread\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a016\",\"name\":\"SEARCH\",\"ke"
                   "ys\":[{\"key\":\"X-GM-RAW\",\"args\":[\"has:attachment in:unread\"]}]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a019 SEARCH X-GM-RAW\r\n"),
                   "error IK_E_SYNTAX at 20");
}
