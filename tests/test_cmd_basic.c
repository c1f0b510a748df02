/* Commands of any state, authentication and mailboxes (LOGIN, AUTHENTICATE, SELECT,
 * EXAMINE, CREATE, DELETE, RENAME, SUBSCRIBE, LIST, LSUB, STATUS, COPY, MOVE,
 * UID EXPUNGE): exact trees, quirks, errors, JSON shapes. */
#include <criterion/criterion.h>

#include "cmdutil.h"

Test(cmd_basic, any_state_no_arguments) {
  cr_expect_str_eq(ikt_parse(C, 0, "a1 CAPABILITY\r\n"),
                   "command tag=a1 CAPABILITY");
  cr_expect_str_eq(ikt_parse(C, 0, "a2 logout\r\n"),
                   "command tag=a2 LOGOUT");
  cr_expect_str_eq(ikt_parse(C, 0, "a3 Noop\r\n"),
                   "command tag=a3 NOOP");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a4 NOOP\r\n"),
                   "command tag=a4 NOOP");
}

Test(cmd_basic, no_arguments_rejects_arguments) {
  cr_expect_str_eq(ikt_parse(C, 0, "a NOOP x\r\n"),
                   "error IK_E_SYNTAX at 7");
  cr_expect_str_eq(ikt_parse(C, 0, "a CAPABILITY IMAP4rev1\r\n"),
                   "error IK_E_SYNTAX at 13");
}

Test(cmd_basic, no_arguments_trailing_space) {
  cr_expect_str_eq(ikt_parse(C, 0, "a NOOP \r\n"),
                   "command tag=a NOOP [quirk TRAILING_SPACE@6]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a NOOP \r\n"),
                   "error IK_E_NOT_ALLOWED at 6");
}

Test(cmd_basic, bare_lf) {
  cr_expect_str_eq(ikt_parse(C, 0, "a NOOP\n"),
                   "command tag=a NOOP [quirk BARE_LF@6]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a NOOP\n"),
                   "error IK_E_NOT_ALLOWED at 6");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX\n"),
                   "command tag=a SELECT (mailbox:atom \"INBOX\" inbox) [quirk BARE_LF@14]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT INBOX\n"),
                   "error IK_E_NOT_ALLOWED at 14");
}

Test(cmd_basic, starttls_idle_unselect) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STARTTLS\r\n"),
                   "command tag=a STARTTLS");
  cr_expect_str_eq(ikt_parse(C, 0, "a IDLE\r\n"),
                   "command tag=a IDLE");
  cr_expect_str_eq(ikt_parse(C, 0, "a UNSELECT\r\n"),
                   "command tag=a UNSELECT");
  cr_expect_str_eq(ikt_parse(C, 0, "a CHECK\r\n"),
                   "command tag=a CHECK");
  cr_expect_str_eq(ikt_parse(C, 0, "a CLOSE\r\n"),
                   "command tag=a CLOSE");
  cr_expect_str_eq(ikt_parse(C, 0, "a EXPUNGE\r\n"),
                   "command tag=a EXPUNGE");
}

Test(cmd_basic, login_atoms) {
  cr_expect_str_eq(ikt_parse(C, 0, "a001 LOGIN joe password\r\n"),
                   "command tag=a001 LOGIN (string:atom \"joe\") (string:atom \"password\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a001 LOGIN joe password\r\n"),
                   "command tag=a001 LOGIN (string:atom \"joe\") (string:atom \"password\")");
}

Test(cmd_basic, login_quoted_with_escapes) {
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN \"joe smith\" \"p\\\"w\\\\d\"\r\n"),
                   "command tag=a LOGIN (string:quoted \"joe smith\") (string:quoted \"p\\\\\\\"w\\\\\\\\d\" esc)");
}

Test(cmd_basic, login_literals) {
  cr_expect_str_eq(ikt_parse(C, 0, "A001 LOGIN {11}\r\nFRED FOOBAR {7}\r\nfat man\r\n"),
                   "command tag=A001 LOGIN (string:literal \"FRED FOOBAR\") (string:literal \"fat man\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN {3+}\r\nbob {2-}\r\npw\r\n"),
                   "command tag=a LOGIN (string:literal \"bob\" nonsync) (string:literal \"pw\" nonsync) [quirk LITERAL_MINUS@20]");
  /* {N-} is no RFC's syntax (LITERAL- writes {N+}): strict refuses it at the "-" */
  cr_expect_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a LOGIN {3+}\r\nbob {2-}\r\npw\r\n"),
                   "error IK_E_NOT_ALLOWED at 20");
  cr_expect_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a APPEND x ~{2-}\r\npw\r\n"), "error IK_E_NOT_ALLOWED at 14");
  cr_expect_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a LOGIN {3+}\r\nbob {2+}\r\npw\r\n"),
                   "command tag=a LOGIN (string:literal \"bob\" nonsync) (string:literal \"pw\" nonsync)");
}

Test(cmd_basic, login_missing_password) {
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN joe\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN joe \r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN\r\n"),
                   "error IK_E_SYNTAX at 7");
}

Test(cmd_basic, login_extra_spaces) {
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN  joe   pw\r\n"),
                   "command tag=a LOGIN (string:atom \"joe\") (string:atom \"pw\") [quirk EXTRA_SPACE@8] [quirk EXTR"
                   "A_SPACE@13]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a LOGIN  joe pw\r\n"),
                   "error IK_E_NOT_ALLOWED at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a LOGIN joe pw  \r\n"),
                   "command tag=a LOGIN (string:atom \"joe\") (string:atom \"pw\") [quirk TRAILING_SPACE@14]");
}

Test(cmd_basic, login_json_redacts_password) {
  cr_expect_str_eq(ikc_json(0, 0, "a LOGIN joe \"se\\\"cret\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"LOGIN\",\"user\""
                   ":\"joe\",\"password\":{\"redacted\":true,\"length\":7}}");
  cr_expect_str_eq(ikc_json(0, 1, "a LOGIN joe \"se\\\"cret\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"LOGIN\",\"user\""
                   ":\"joe\",\"password\":\"se\\\"cret\"}");
  cr_expect_str_eq(ikc_json(0, 0, "a LOGIN {3}\r\nbob {2}\r\npw\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"LOGIN\",\"user\""
                   ":\"bob\",\"password\":{\"redacted\":true,\"length\":2}}");
}

Test(cmd_basic, authenticate) {
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE PLAIN AGF=\r\n"),
                   "command tag=a AUTHENTICATE (string:atom \"PLAIN\") (sasl:atom \"AGF=\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A001 AUTHENTICATE GSSAPI\r\n"),
                   "command tag=A001 AUTHENTICATE (string:atom \"GSSAPI\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==\r\n"),
                   "command tag=a AUTHENTICATE (string:atom \"PLAIN\") (sasl:atom \"AGFsaWNlAHNlY3JldA==\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE PLAIN =\r\n"),
                   "command tag=a AUTHENTICATE (string:atom \"PLAIN\") (sasl:atom \"=\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a AUTHENTICATE XOAUTH2 dXNlcj1h\r\n"),
                   "command tag=a AUTHENTICATE (string:atom \"XOAUTH2\") (sasl:atom \"dXNlcj1h\")");
}

Test(cmd_basic, authenticate_bad_initial_response) {
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE PLAIN AGF\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE PLAIN AG=\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE PLAIN ===\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE PLAIN a b\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "a AUTHENTICATE\r\n"),
                   "error IK_E_SYNTAX at 14");
}

Test(cmd_basic, authenticate_json) {
  cr_expect_str_eq(ikc_json(0, 0, "a AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"AUTHENTICATE\","
                   "\"mechanism\":\"PLAIN\",\"initial_response\":{\"redacted\":true,\"length\":20,\"user\":\"alice\""
                   "}}");
  cr_expect_str_eq(ikc_json(0, 1, "a AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"AUTHENTICATE\","
                   "\"mechanism\":\"PLAIN\",\"initial_response\":\"AGFsaWNlAHNlY3JldA==\"}");
  cr_expect_str_eq(ikc_json(0, 0, "a AUTHENTICATE login\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"AUTHENTICATE\","
                   "\"mechanism\":\"LOGIN\"}");
}

Test(cmd_basic, select_examine) {
  cr_expect_str_eq(ikt_parse(C, 0, "A142 SELECT INBOX\r\n"),
                   "command tag=A142 SELECT (mailbox:atom \"INBOX\" inbox)");
  cr_expect_str_eq(ikt_parse(C, 0, "a select inbox\r\n"),
                   "command tag=a SELECT (mailbox:atom \"inbox\" inbox)");
  cr_expect_str_eq(ikt_parse(C, 0, "A932 EXAMINE blurdybloop\r\n"),
                   "command tag=A932 EXAMINE (mailbox:atom \"blurdybloop\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT \"Sent Items\"\r\n"),
                   "command tag=a SELECT (mailbox:quoted \"Sent Items\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT {5}\r\nInbox\r\n"),
                   "command tag=a SELECT (mailbox:literal \"Inbox\" inbox)");
  cr_expect_str_eq(ikt_parse(C, 0, "a EXAMINE \"Entw&APw-rfe\"\r\n"),
                   "command tag=a EXAMINE (mailbox:quoted \"Entw&APw-rfe\")");
}

Test(cmd_basic, select_params) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX (CONDSTORE)\r\n"),
                   "command tag=a SELECT (mailbox:atom \"INBOX\" inbox) (list \"(CONDSTORE)\" (attr/CONDSTORE \"COND"
                   "STORE\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX (QRESYNC (1795298788 15 1:20))\r\n"),
                   "command tag=a SELECT (mailbox:atom \"INBOX\" inbox) (list \"(QRESYNC (1795298788 15 1:20))\" (at"
                   "tr/QRESYNC \"QRESYNC (1795298788 15 1:20)\" (number \"1795298788\" #1795298788) (number \"15\" #"
                   "15) (seqset \"1:20\" (seq_range \"1:20\" (seq_num \"1\" #1) (seq_num \"20\" #20)))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a SELECT x (QRESYNC (67890007 90060115194045000 41,43:211,214:541 (1,3,5 1,4,6)))\r\n"),
                   "command tag=a SELECT (mailbox:atom \"x\") (list \"(QRESYNC (67890007 90060115194045000 41,43:211"
                   ",214:541 (1,3,5 1,4,6)))\" (attr/QRESYNC \"QRESYNC (67890007 90060115194045000 41,43:211,214:541"
                   " (1,3,5 1,4,6))\" (number \"67890007\" #67890007) (number \"90060115194045000\" #900601151940450"
                   "00) (seqset \"41,43:211,214:541\" (seq_num \"41\" #41) (seq_range \"43:211\" (seq_num \"43\" #43"
                   ") (seq_num \"211\" #211)) (seq_range \"214:541\" (seq_num \"214\" #214) (seq_num \"541\" #541)))"
                   " (list \"(1,3,5 1,4,6)\" (seqset \"1,3,5\" (seq_num \"1\" #1) (seq_num \"3\" #3) (seq_num \"5\" "
                   "#5)) (seqset \"1,4,6\" (seq_num \"1\" #1) (seq_num \"4\" #4) (seq_num \"6\" #6)))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a EXAMINE x (CONDSTORE XFOO 5 XBAR (a (b)))\r\n"),
                   "command tag=a EXAMINE (mailbox:atom \"x\") (list \"(CONDSTORE XFOO 5 XBAR (a (b)))\" (attr/CONDS"
                   "TORE \"CONDSTORE\") (attr \"XFOO 5\" generic (number \"5\" #5)) (attr \"XBAR (a (b))\" generic ("
                   "list \"(a (b))\" (string:atom \"a\" generic) (list \"(b)\" (string:atom \"b\" generic)))))");
}

Test(cmd_basic, select_params_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX ()\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX (QRESYNC (0 1))\r\n"),
                   "error IK_E_SYNTAX at 25");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX (QRESYNC)\r\n"),
                   "error IK_E_SYNTAX at 23");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX (CONDSTORE\r\n"),
                   "error IK_E_SYNTAX at 25");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a SELECT INBOX x\r\n"),
                   "error IK_E_SYNTAX at 15");
}

Test(cmd_basic, select_json) {
  cr_expect_str_eq(ikc_json(0, 0, "a SELECT INBOX (CONDSTORE QRESYNC (1 2 1:5 (1,3 5,6)) XFOO 5)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"SELECT\",\"mailb"
                   "ox\":\"INBOX\",\"params\":[{\"name\":\"CONDSTORE\"},{\"name\":\"QRESYNC\",\"value\":[1,2,\"1:5\""
                   ",[\"1,3\",\"5,6\"]]},{\"name\":\"XFOO\",\"value\":5,\"generic\":true}]}");
  cr_expect_str_eq(ikc_json(0, 0, "a EXAMINE \"a\\\"b\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"EXAMINE\",\"mail"
                   "box\":\"a\\\"b\"}");
}

Test(cmd_basic, create_delete_rename) {
  cr_expect_str_eq(ikt_parse(C, 0, "A003 CREATE owatagusiam/\r\n"),
                   "command tag=A003 CREATE (mailbox:atom \"owatagusiam/\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a CREATE Drafts (USE (\\Drafts))\r\n"),
                   "command tag=a CREATE (mailbox:atom \"Drafts\") (list \"(USE (\\\\Drafts))\" (attr/USE \"USE (\\"
                   "\\Drafts)\" (flag_list \"(\\\\Drafts)\" (flag:atom \"\\\\Drafts\"))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a CREATE x (XFOO)\r\n"),
                   "command tag=a CREATE (mailbox:atom \"x\") (list \"(XFOO)\" (attr \"XFOO\" generic))");
  cr_expect_str_eq(ikt_parse(C, 0, "A683 DELETE blurdybloop\r\n"),
                   "command tag=A683 DELETE (mailbox:atom \"blurdybloop\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A683 RENAME blurdybloop sarasoop\r\n"),
                   "command tag=A683 RENAME (mailbox:atom \"blurdybloop\") (mailbox:atom \"sarasoop\")");
  cr_expect_str_eq(ikt_parse(C, 0, "Z433 RENAME INBOX old-mail\r\n"),
                   "command tag=Z433 RENAME (mailbox:atom \"INBOX\" inbox) (mailbox:atom \"old-mail\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a RENAME a b (XFOO 1)\r\n"),
                   "command tag=a RENAME (mailbox:atom \"a\") (mailbox:atom \"b\") (list \"(XFOO 1)\" (attr \"XFOO 1"
                   "\" generic (number \"1\" #1)))");
}

Test(cmd_basic, subscribe) {
  cr_expect_str_eq(ikt_parse(C, 0, "A002 SUBSCRIBE #news.comp.mail.mime\r\n"),
                   "command tag=A002 SUBSCRIBE (mailbox:atom \"#news.comp.mail.mime\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A002 UNSUBSCRIBE #news.comp.mail.mime\r\n"),
                   "command tag=A002 UNSUBSCRIBE (mailbox:atom \"#news.comp.mail.mime\")");
}

Test(cmd_basic, mailbox_json) {
  cr_expect_str_eq(ikc_json(0, 0, "a CREATE Drafts (USE (\\Drafts))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"CREATE\",\"mailb"
                   "ox\":\"Drafts\",\"params\":[{\"name\":\"USE\",\"value\":[\"\\\\Drafts\"]}]}");
  cr_expect_str_eq(ikc_json(0, 0, "a RENAME a \"b c\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"RENAME\",\"mailb"
                   "ox\":\"a\",\"new_mailbox\":\"b c\"}");
  cr_expect_str_eq(ikc_json(0, 0, "a DELETE {3}\r\nx y\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"DELETE\",\"mailb"
                   "ox\":\"x y\"}");
}

Test(cmd_basic, list_basic) {
  cr_expect_str_eq(ikt_parse(C, 0, "A682 LIST \"\" *\r\n"),
                   "command tag=A682 LIST (mailbox:quoted \"\") (string:atom \"*\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A86 LIST \"\" %\r\n"),
                   "command tag=A86 LIST (mailbox:quoted \"\") (string:atom \"%\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A101 LIST \"\" \"\"\r\n"),
                   "command tag=A101 LIST (mailbox:quoted \"\") (string:quoted \"\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A202 LIST ~/Mail/ %\r\n"),
                   "command tag=A202 LIST (mailbox:atom \"~/Mail/\") (string:atom \"%\")");
  cr_expect_str_eq(ikt_parse(C, 0, "A102 LIST #news.comp.mail.misc \"\"\r\n"),
                   "command tag=A102 LIST (mailbox:atom \"#news.comp.mail.misc\") (string:quoted \"\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\" [Gmail]/%\r\n"),
                   "command tag=a LIST (mailbox:quoted \"\") (string:atom \"[Gmail]/%\")");
}

Test(cmd_basic, list_literals) {
  cr_expect_str_eq(ikt_parse(C, 0, "x013 LIST {0}\r\n {12+}\r\nEntw&APw-rfe\r\n"),
                   "command tag=x013 LIST (mailbox:literal \"\") (string:literal \"Entw&APw-rfe\" nonsync)");
}

Test(cmd_basic, list_extended) {
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"*\"\r\n"),
                   "command tag=a LIST (list \"(SUBSCRIBED RECURSIVEMATCH)\" (attr/SUBSCRIBED \"SUBSCRIBED\") (attr/"
                   "RECURSIVEMATCH \"RECURSIVEMATCH\")) (mailbox:quoted \"\") (string:quoted \"*\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST (SPECIAL-USE) \"\" \"*\"\r\n"),
                   "command tag=a LIST (list \"(SPECIAL-USE)\" (attr/SPECIAL-USE \"SPECIAL-USE\")) (mailbox:quoted "
                   "\"\") (string:quoted \"*\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\" (\"INBOX\" Sent*)\r\n"),
                   "command tag=a LIST (mailbox:quoted \"\") (list \"(\\\"INBOX\\\" Sent*)\" (string:quoted \"INBOX"
                   "\") (string:atom \"Sent*\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\" \"*\" RETURN (SPECIAL-USE SUBSCRIBED CHILDREN STATUS (MESSAGES UNSEEN UIDNEXT HIGHESTMODSEQ))\r\n"),
                   "command tag=a LIST (mailbox:quoted \"\") (string:quoted \"*\") (attr/RETURN \"RETURN (SPECIAL-US"
                   "E SUBSCRIBED CHILDREN STATUS (MESSAGES UNSEEN UIDNEXT HIGHESTMODSEQ))\" (attr/SPECIAL-USE \"SPEC"
                   "IAL-USE\") (attr/SUBSCRIBED \"SUBSCRIBED\") (attr/CHILDREN \"CHILDREN\") (attr/STATUS \"STATUS ("
                   "MESSAGES UNSEEN UIDNEXT HIGHESTMODSEQ)\" (list \"(MESSAGES UNSEEN UIDNEXT HIGHESTMODSEQ)\" (attr"
                   "/MESSAGES \"MESSAGES\") (attr/UNSEEN \"UNSEEN\") (attr/UIDNEXT \"UIDNEXT\") (attr/HIGHESTMODSEQ "
                   "\"HIGHESTMODSEQ\"))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST () \"\" % RETURN ()\r\n"),
                   "command tag=a LIST (list \"()\") (mailbox:quoted \"\") (string:atom \"%\") (attr/RETURN \"RETURN"
                   " ()\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST (XVENDOR-OPT (a)) \"\" % RETURN (XRET 5)\r\n"),
                   "command tag=a LIST (list \"(XVENDOR-OPT (a))\" (attr \"XVENDOR-OPT (a)\" generic (list \"(a)\" ("
                   "string:atom \"a\" generic)))) (mailbox:quoted \"\") (string:atom \"%\") (attr/RETURN \"RETURN (X"
                   "RET 5)\" (attr \"XRET 5\" generic (number \"5\" #5)))");
}

Test(cmd_basic, list_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\"\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\" * x\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\" \"*\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a LIST \"\" * RETURN\r\n"),
                   "error IK_E_SYNTAX at 18");
}

Test(cmd_basic, list_json) {
  cr_expect_str_eq(ikc_json(0, 0, "a LIST (SUBSCRIBED) \"\" \"*\" RETURN (STATUS (MESSAGES) CHILDREN)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"LIST\",\"select_"
                   "options\":[{\"name\":\"SUBSCRIBED\"}],\"reference\":\"\",\"pattern\":\"*\",\"return_options\":[{"
                   "\"name\":\"STATUS\",\"value\":[\"MESSAGES\"]},{\"name\":\"CHILDREN\"}]}");
  cr_expect_str_eq(ikc_json(0, 0, "a LIST \"\" (a b)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"LIST\",\"referen"
                   "ce\":\"\",\"patterns\":[\"a\",\"b\"]}");
  cr_expect_str_eq(ikc_json(0, 0, "A003 LSUB \"#news.\" \"comp.%\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"LSUB\",\"refe"
                   "rence\":\"#news.\",\"pattern\":\"comp.%\"}");
}

Test(cmd_basic, lsub) {
  cr_expect_str_eq(ikt_parse(C, 0, "A002 LSUB \"#news.\" \"comp.mail.*\"\r\n"),
                   "command tag=A002 LSUB (mailbox:quoted \"#news.\") (string:quoted \"comp.mail.*\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a LSUB \"\" Projects/*\r\n"),
                   "command tag=a LSUB (mailbox:quoted \"\") (string:atom \"Projects/*\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a LSUB \"\"\r\n"),
                   "error IK_E_SYNTAX at 9");
}

Test(cmd_basic, status) {
  cr_expect_str_eq(ikt_parse(C, 0, "A042 STATUS blurdybloop (UIDNEXT MESSAGES)\r\n"),
                   "command tag=A042 STATUS (mailbox:atom \"blurdybloop\") (list \"(UIDNEXT MESSAGES)\" (attr/UIDNEX"
                   "T \"UIDNEXT\") (attr/MESSAGES \"MESSAGES\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STATUS \"Sent Items\" (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ SIZE DELETED APPENDLIMIT MAILBOXID)\r\n"),
                   "command tag=a STATUS (mailbox:quoted \"Sent Items\") (list \"(MESSAGES RECENT UIDNEXT UIDVALIDIT"
                   "Y UNSEEN HIGHESTMODSEQ SIZE DELETED APPENDLIMIT MAILBOXID)\" (attr/MESSAGES \"MESSAGES\") (attr/"
                   "RECENT \"RECENT\") (attr/UIDNEXT \"UIDNEXT\") (attr/UIDVALIDITY \"UIDVALIDITY\") (attr/UNSEEN \""
                   "UNSEEN\") (attr/HIGHESTMODSEQ \"HIGHESTMODSEQ\") (attr/SIZE \"SIZE\") (attr/DELETED \"DELETED\")"
                   " (attr/APPENDLIMIT \"APPENDLIMIT\") (attr/MAILBOXID \"MAILBOXID\"))");
}

Test(cmd_basic, status_unknown_attribute) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x (MESSAGES XFOO)\r\n"),
                   "command tag=a STATUS (mailbox:atom \"x\") (list \"(MESSAGES XFOO)\" (attr/MESSAGES \"MESSAGES\")"
                   " (attr \"XFOO\" generic))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STATUS x (MESSAGES XFOO)\r\n"),
                   "error IK_E_SYNTAX at 21");
}

Test(cmd_basic, status_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x ()\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x MESSAGES\r\n"),
                   "error IK_E_SYNTAX at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x (MESSAGES\r\n"),
                   "error IK_E_SYNTAX at 20");
}

Test(cmd_basic, status_quirks) {
  cr_expect_str_eq(ikt_parse(C, 0, "a STATUS x (MESSAGES  UNSEEN )\r\n"),
                   "command tag=a STATUS (mailbox:atom \"x\") (list \"(MESSAGES  UNSEEN )\" (attr/MESSAGES \"MESSAGE"
                   "S\") (attr/UNSEEN \"UNSEEN\")) [quirk EXTRA_SPACE@21] [quirk SPACE_BEFORE_PAREN@28]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a STATUS x (MESSAGES UNSEEN )\r\n"),
                   "error IK_E_NOT_ALLOWED at 27");
}

Test(cmd_basic, status_json) {
  cr_expect_str_eq(ikc_json(0, 0, "a STATUS \"Sent Items\" (MESSAGES UNSEEN XFOO)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"STATUS\",\"mailb"
                   "ox\":\"Sent Items\",\"attributes\":[\"MESSAGES\",\"UNSEEN\",{\"name\":\"XFOO\",\"generic\":true}"
                   "]}");
}

Test(cmd_basic, copy_move) {
  cr_expect_str_eq(ikt_parse(C, 0, "A003 COPY 2:4 MEETING\r\n"),
                   "command tag=A003 COPY (seqset \"2:4\" (seq_range \"2:4\" (seq_num \"2\" #2) (seq_num \"4\" #4)))"
                   " (mailbox:atom \"MEETING\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a MOVE 2 \"Sent Items\"\r\n"),
                   "command tag=a MOVE (seqset \"2\" (seq_num \"2\" #2)) (mailbox:quoted \"Sent Items\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID COPY 3,5 \"Sent Items\"\r\n"),
                   "command tag=a UID COPY (seqset \"3,5\" (seq_num \"3\" #3) (seq_num \"5\" #5)) (mailbox:quoted \""
                   "Sent Items\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID MOVE 5:6 Junk\r\n"),
                   "command tag=a UID MOVE (seqset \"5:6\" (seq_range \"5:6\" (seq_num \"5\" #5) (seq_num \"6\" #6))"
                   ") (mailbox:atom \"Junk\")");
  cr_expect_str_eq(ikt_parse(C, 0, "a COPY $ x\r\n"),
                   "command tag=a COPY (seqset \"$\" (search_res \"$\")) (mailbox:atom \"x\")");
}

Test(cmd_basic, copy_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a COPY 0 x\r\n"),
                   "error IK_E_SYNTAX at 7");
  cr_expect_str_eq(ikt_parse(C, 0, "a COPY 1:x x\r\n"),
                   "error IK_E_SYNTAX at 9");
  cr_expect_str_eq(ikt_parse(C, 0, "a COPY 1\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "a MOVE x y\r\n"),
                   "error IK_E_SYNTAX at 7");
}

Test(cmd_basic, uid_expunge) {
  cr_expect_str_eq(ikt_parse(C, 0, "a UID EXPUNGE 1:*\r\n"),
                   "command tag=a UID EXPUNGE (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #"
                   "0 star)))");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID EXPUNGE 3:1,5\r\n"),
                   "command tag=a UID EXPUNGE (seqset \"3:1,5\" (seq_range \"3:1\" (seq_num \"3\" #3) (seq_num \"1\""
                   " #1)) (seq_num \"5\" #5))");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID EXPUNGE\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a uid expunge 1\r\n"),
                   "command tag=a UID EXPUNGE (seqset \"1\" (seq_num \"1\" #1))");
}

Test(cmd_basic, copy_json) {
  cr_expect_str_eq(ikc_json(0, 0, "a UID COPY 3,5 \"Sent Items\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"UID COPY\",\"seq"
                   "uence\":\"3,5\",\"mailbox\":\"Sent Items\"}");
  cr_expect_str_eq(ikc_json(0, 0, "a UID EXPUNGE 1:*\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"UID EXPUNGE\",\""
                   "sequence\":\"1:*\"}");
  cr_expect_str_eq(ikc_json(0, 0, "a NOOP\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"NOOP\"}");
}

Test(cmd_basic, unknown_commands_stay_generic) {
  cr_expect_str_eq(ikt_parse(C, 0, "a XPIG-LATIN\r\n"),
                   "command tag=a XPIG-LATIN generic");
  cr_expect_str_eq(ikt_parse(C, 0, "a XAPPLEPUSHSERVICE aps-version 2\r\n"),
                   "command tag=a XAPPLEPUSHSERVICE generic (string:atom \"aps-version\" generic) (number \"2\" #2)");
  cr_expect_str_eq(ikt_parse(C, 0, "a UID XFOO 1\r\n"),
                   "command tag=a UID generic (number \"1\" #1)");
  cr_expect_str_eq(ikt_parse(C, 0, "a GETANNOTATION \"INBOX\" (\"/comment\")\r\n"),
                   "command tag=a GETANNOTATION generic (string:quoted \"INBOX\" generic) (list \"(\\\"/comment\\\")\" "
                   "(string:quoted \"/comment\" generic))");
}

/* More than one space between tag and command name: EXTRA_SPACE, lenient only. */
Test(cmd_basic, extra_space_after_tag) {
  cr_expect_str_eq(ikt_parse(C, 0, "a  NOOP\r\n"), "command tag=a NOOP [quirk EXTRA_SPACE@2]");
  cr_expect_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a  NOOP\r\n"), "error IK_E_NOT_ALLOWED at 2");
}
