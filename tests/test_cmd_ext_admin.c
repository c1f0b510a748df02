/* Server administration extensions on the client side: QUOTA (RFC 9208, and
 * RFC 2087's examples), ACL (RFC 4314), METADATA (RFC 5464 with errata 2785 and
 * 2786: GETMETADATA's options come before the mailbox). Examples from the RFCs;
 * exact trees in both modes, JSON, errors. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* RFC 9208 sections 4.2 and 4.3: GETQUOTA quota-root, GETQUOTAROOT mailbox. */
Test(cmd_ext_admin, getquota) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "G0001 GETQUOTA \"!partition/sda4\"\r\n"),
                   "command tag=G0001 GETQUOTA (string:quoted \"!partition/sda4\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "G0002 GETQUOTAROOT INBOX\r\n"),
                   "command tag=G0002 GETQUOTAROOT (mailbox:atom \"INBOX\" inbox)");
  cr_expect_str_eq(ikt_parse(C, STRICT, "G0003 GETQUOTA \"\"\r\n"),
                   "command tag=G0003 GETQUOTA (string:quoted \"\")");
  cr_expect_str_eq(ikc_json(0, 0, "G0001 GETQUOTA \"!partition/sda4\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"G0001\",\"name\":\"GETQUOTA\","
                   "\"root\":\"!partition/sda4\"}");
  cr_expect_str_eq(ikc_json(0, 0, "G0002 GETQUOTAROOT INBOX\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"G0002\",\"name\":\"GETQUOTAROOT"
                   "\",\"mailbox\":\"INBOX\"}");
  cr_expect_str_eq(ikt_parse(C, 0, "G0004 GETQUOTA\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "G0005 GETQUOTAROOT INBOX Sent\r\n"),
                   "error IK_E_SYNTAX at 25");
}

/* RFC 9208 section 4.1: SETQUOTA quota-root (resource limit ...), limits
 * number64; RFC 2087 section 4.1. */
Test(cmd_ext_admin, setquota) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "S0000 SETQUOTA \"#user/alice\" (STORAGE 510)\r\n"),
                   "command tag=S0000 SETQUOTA (string:quoted \"#user/alice\") (list \"(STORAGE 510)\" (attr/STORAGE"
                   " \"STORAGE 510\" (number \"510\" #510)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "S0001 SETQUOTA \"!partition/sda4\" (STORAGE 99999999 MESSAGE 50000 MAILBOX 100 ANNOTATION-STORAG"
                   "E 9223372036854775807)\r\n"),
                   "command tag=S0001 SETQUOTA (string:quoted \"!partition/sda4\") (list \"(STORAGE 99999999 MESSAGE"
                   " 50000 MAILBOX 100 ANNOTATION-STORAGE 9223372036854775807)\" (attr/STORAGE \"STORAGE 99999999\" "
                   "(number \"99999999\" #99999999)) (attr/MESSAGE \"MESSAGE 50000\" (number \"50000\" #50000)) (att"
                   "r/MAILBOX \"MAILBOX 100\" (number \"100\" #100)) (attr/ANNOTATION-STORAGE \"ANNOTATION-STORAGE 9"
                   "223372036854775807\" (number \"9223372036854775807\" #9223372036854775807)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 SETQUOTA \"\" (STORAGE 512)\r\n"),
                   "command tag=A003 SETQUOTA (string:quoted \"\") (list \"(STORAGE 512)\" (attr/STORAGE \"STORAGE 5"
                   "12\" (number \"512\" #512)))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A004 SETQUOTA \"\" ()\r\n"),
                   "command tag=A004 SETQUOTA (string:quoted \"\") (list \"()\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A005 SETQUOTA \"\" (X-MEGABYTES 5)\r\n"),
                   "command tag=A005 SETQUOTA (string:quoted \"\") (list \"(X-MEGABYTES 5)\" (attr \"X-MEGABYTES 5\""
                   " (number \"5\" #5)))");
  cr_expect_str_eq(ikc_json(0, 0, "S0001 SETQUOTA \"!partition/sda4\" (STORAGE 99999999 MESSAGE 50000 MAILBOX 100 ANNOTATION-STORAG"
                   "E 9223372036854775807)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"S0001\",\"name\":\"SETQUOTA\","
                   "\"root\":\"!partition/sda4\",\"limits\":{\"STORAGE\":99999999,\"MESSAGE\":50000,\"MAILBOX\":100,"
                   "\"ANNOTATION-STORAGE\":9223372036854775807}}");
  cr_expect_str_eq(ikt_parse(C, 0, "A006 SETQUOTA \"\" (STORAGE)\r\n"),
                   "error IK_E_SYNTAX at 25");
  cr_expect_str_eq(ikt_parse(C, 0, "A007 SETQUOTA \"\" (STORAGE 9223372036854775808)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 26");
  cr_expect_str_eq(ikt_parse(C, 0, "A008 SETQUOTA \"\" STORAGE 512\r\n"),
                   "error IK_E_SYNTAX at 17");
}

/* RFC 4314 section 3: SETACL, DELETEACL, GETACL, LISTRIGHTS, MYRIGHTS. */
Test(cmd_ext_admin, acl) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A001 GETACL INBOX/Drafts\r\n"),
                   "command tag=A001 GETACL (mailbox:atom \"INBOX/Drafts\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 SETACL INBOX/Drafts Chris +cda\r\n"),
                   "command tag=A002 SETACL (mailbox:atom \"INBOX/Drafts\") (string:atom \"Chris\") (string:atom \"+"
                   "cda\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A035 SETACL INBOX/Drafts John lrQswicda\r\n"),
                   "command tag=A035 SETACL (mailbox:atom \"INBOX/Drafts\") (string:atom \"John\") (string:atom \"lr"
                   "Qswicda\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A036 SETACL INBOX/Drafts -Fred \"\"\r\n"),
                   "command tag=A036 SETACL (mailbox:atom \"INBOX/Drafts\") (string:atom \"-Fred\") (string:quoted "
                   "\"\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A037 DELETEACL INBOX/Drafts Chris\r\n"),
                   "command tag=A037 DELETEACL (mailbox:atom \"INBOX/Drafts\") (string:atom \"Chris\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a LISTRIGHTS ~/Mail/saved smith\r\n"),
                   "command tag=a LISTRIGHTS (mailbox:atom \"~/Mail/saved\") (string:atom \"smith\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 MYRIGHTS INBOX\r\n"),
                   "command tag=A003 MYRIGHTS (mailbox:atom \"INBOX\" inbox)");
  cr_expect_str_eq(ikc_json(0, 0, "A002 SETACL INBOX/Drafts Chris +cda\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A002\",\"name\":\"SETACL\",\"ma"
                   "ilbox\":\"INBOX/Drafts\",\"identifier\":\"Chris\",\"rights\":\"+cda\"}");
  cr_expect_str_eq(ikc_json(0, 0, "A037 DELETEACL INBOX/Drafts Chris\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A037\",\"name\":\"DELETEACL\","
                   "\"mailbox\":\"INBOX/Drafts\",\"identifier\":\"Chris\"}");
  cr_expect_str_eq(ikc_json(0, 0, "A003 MYRIGHTS INBOX\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"MYRIGHTS\",\""
                   "mailbox\":\"INBOX\"}");
  cr_expect_str_eq(ikt_parse(C, 0, "A004 SETACL INBOX Chris\r\n"),
                   "error IK_E_SYNTAX at 23");
  cr_expect_str_eq(ikt_parse(C, 0, "A005 DELETEACL INBOX\r\n"),
                   "error IK_E_SYNTAX at 20");
  cr_expect_str_eq(ikt_parse(C, 0, "A006 GETACL\r\n"),
                   "error IK_E_SYNTAX at 11");
}

/* RFC 5464 section 4.2: GETMETADATA [options] mailbox entries. */
Test(cmd_ext_admin, getmetadata) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a GETMETADATA \"\" /shared/comment\r\n"),
                   "command tag=a GETMETADATA (mailbox:quoted \"\") (string:atom \"/shared/comment\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a GETMETADATA INBOX (/shared/comment /private/comment)\r\n"),
                   "command tag=a GETMETADATA (mailbox:atom \"INBOX\" inbox) (list \"(/shared/comment /private/comme"
                   "nt)\" (string:atom \"/shared/comment\") (string:atom \"/private/comment\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a GETMETADATA (MAXSIZE 1024) INBOX /shared/comment\r\n"),
                   "command tag=a GETMETADATA (list \"(MAXSIZE 1024)\" (attr/MAXSIZE \"MAXSIZE 1024\" (number \"1024"
                   "\" #1024))) (mailbox:atom \"INBOX\" inbox) (string:atom \"/shared/comment\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a GETMETADATA (DEPTH 1) INBOX (/private/filters/values)\r\n"),
                   "command tag=a GETMETADATA (list \"(DEPTH 1)\" (attr/DEPTH \"DEPTH 1\" (number \"1\" #1))) (mailb"
                   "ox:atom \"INBOX\" inbox) (list \"(/private/filters/values)\" (string:atom \"/private/filters/val"
                   "ues\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a GETMETADATA (DEPTH infinity MAXSIZE 4096) \"\" /shared\r\n"),
                   "command tag=a GETMETADATA (list \"(DEPTH infinity MAXSIZE 4096)\" (attr/DEPTH \"DEPTH infinity\""
                   " (string:atom \"infinity\")) (attr/MAXSIZE \"MAXSIZE 4096\" (number \"4096\" #4096))) (mailbox:q"
                   "uoted \"\") (string:atom \"/shared\")");
  cr_expect_str_eq(ikc_json(0, 0, "a GETMETADATA (DEPTH infinity MAXSIZE 4096) \"\" (/shared /private/comment)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"GETMETADATA\",\""
                   "options\":[{\"name\":\"DEPTH\",\"value\":\"infinity\"},{\"name\":\"MAXSIZE\",\"value\":4096}],\""
                   "mailbox\":\"\",\"entries\":[\"/shared\",\"/private/comment\"]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a GETMETADATA (X-FOO (1 2)) INBOX /private/comment\r\n"),
                   "command tag=a GETMETADATA (list \"(X-FOO (1 2))\" (attr \"X-FOO (1 2)\" generic (list \"(1 2)\" "
                   "(number \"1\" #1) (number \"2\" #2)))) (mailbox:atom \"INBOX\" inbox) (string:atom \"/private/co"
                   "mment\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a GETMETADATA (DEPTH 2) INBOX /private/comment\r\n"),
                   "error IK_E_SYNTAX at 21");
  cr_expect_str_eq(ikt_parse(C, 0, "a GETMETADATA INBOX (MAXSIZE 1024) /shared/comment\r\n"),
                   "error IK_E_SYNTAX at 35");
  cr_expect_str_eq(ikt_parse(C, 0, "a GETMETADATA INBOX\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_expect_str_eq(ikt_parse(C, 0, "a GETMETADATA () INBOX /shared\r\n"),
                   "error IK_E_SYNTAX at 15");
}

/* RFC 5464 section 4.3: SETMETADATA mailbox (entry value ...), a value NIL, a
 * string or a literal8. */
Test(cmd_ext_admin, setmetadata) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SETMETADATA INBOX (/private/comment {33}\r\nMy new comment across\r\ntwo lines.)\r\n"),
                   "command tag=a SETMETADATA (mailbox:atom \"INBOX\" inbox) (list \"(/private/comment {33}\\x0d\\x0"
                   "aMy new comment across\\x0d\\x0atwo lines.)\" (pair:atom \"/private/comment\" (string:literal \""
                   "My new comment across\\x0d\\x0atwo lines.\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SETMETADATA INBOX (/private/comment NIL)\r\n"),
                   "command tag=a SETMETADATA (mailbox:atom \"INBOX\" inbox) (list \"(/private/comment NIL)\" (pair:"
                   "atom \"/private/comment\" (string:nil \"NIL\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SETMETADATA INBOX (/private/comment \"My new comment\" /shared/comment \"Shared\")\r\n"),
                   "command tag=a SETMETADATA (mailbox:atom \"INBOX\" inbox) (list \"(/private/comment \\\"My new co"
                   "mment\\\" /shared/comment \\\"Shared\\\")\" (pair:atom \"/private/comment\" (string:quoted \"My "
                   "new comment\")) (pair:atom \"/shared/comment\" (string:quoted \"Shared\")))");
  cr_expect_str_eq(ikt_parse_n(C, STRICT, (const unsigned char *)"a SETMETADATA \"\" (/shared/vendor/x ~{2}\r\n\x00""\x01"")\r\n", 46),
                   "command tag=a SETMETADATA (mailbox:quoted \"\") (list \"(/shared/vendor/x ~{2}\\x0d\\x0a\\x00\\x"
                   "01)\" (pair:atom \"/shared/vendor/x\" (string:literal8 \"\\x00\\x01\" nul)))");
  cr_expect_str_eq(ikc_json(0, 0, "a SETMETADATA INBOX (/private/comment {33}\r\nMy new comment across\r\ntwo lines.)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SETMETADATA\",\""
                   "mailbox\":\"INBOX\",\"values\":{\"/private/comment\":\"My new comment across\\r\\ntwo lines.\"}}");
  cr_expect_str_eq(ikc_json(0, 0, "a SETMETADATA INBOX (/private/comment NIL /shared/comment \"Shared\")\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SETMETADATA\",\""
                   "mailbox\":\"INBOX\",\"values\":{\"/private/comment\":null,\"/shared/comment\":\"Shared\"}}");
  cr_expect_str_eq(ikc_json_n(0, 0, "a SETMETADATA \"\" (/shared/vendor/x ~{2}\r\n\x00""\x01"")\r\n", 46),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SETMETADATA\",\""
                   "mailbox\":\"\",\"values\":{\"/shared/vendor/x\":{\"base64\":\"AAE=\"}}}");
  cr_expect_str_eq(ikc_json(0, 0, "a SETMETADATA \"\" ({2}\r\n\xff""\xfe"" \"x\")\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SETMETADATA\",\""
                   "mailbox\":\"\",\"values\":[[{\"base64\":\"//4=\"},\"x\"]]}");
  cr_expect_str_eq(ikt_parse(C, 0, "a SETMETADATA INBOX (/private/comment)\r\n"),
                   "error IK_E_SYNTAX at 37");
  cr_expect_str_eq(ikt_parse(C, 0, "a SETMETADATA INBOX (/private/comment value)\r\n"),
                   "error IK_E_SYNTAX at 38");
  cr_expect_str_eq(ikt_parse(C, 0, "a SETMETADATA INBOX ()\r\n"),
                   "error IK_E_SYNTAX at 21");
}
