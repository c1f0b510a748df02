/* APPEND: flags, date-time (validated), literals, literal8, UTF8, CATENATE,
 * MULTIAPPEND, errors, JSON. */
#include <criterion/criterion.h>

#include "cmdutil.h"

Test(cmd_append, literal_only) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX {5}\r\nhello\r\n"),
                   "command tag=a APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"{5}\\x0d\\x0ahello\" (stri"
                   "ng:literal \"hello\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND \"Sent Items\" {0}\r\n\r\n"),
                   "command tag=a APPEND (mailbox:quoted \"Sent Items\") (append_message \"{0}\\x0d\\x0a\" (string:l"
                   "iteral \"\"))");
}

Test(cmd_append, flags) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND saved-messages (\\Seen) {3}\r\nabc\r\n"),
                   "command tag=a APPEND (mailbox:atom \"saved-messages\") (append_message \"(\\\\Seen) {3}\\x0d"
                   "\\x0aabc\" (flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\")) (string:literal \"abc\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x () {1}\r\na\r\n"),
                   "command tag=a APPEND (mailbox:atom \"x\") (append_message \"() {1}\\x0d\\x0aa\" (flag_list \"()"
                   "\") (string:literal \"a\"))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a APPEND x (\\Seen $Label2 \\Draft) {1+}\r\na\r\n"),
                   "command tag=a APPEND (mailbox:atom \"x\") (append_message \"(\\\\Seen $Label2 \\\\Draft) {1+}"
                   "\\x0d\\x0aa\" (flag_list \"(\\\\Seen $Label2 \\\\Draft)\" (flag:atom \"\\\\Seen\") (flag:atom \""
                   "$Label2\") (flag:atom \"\\\\Draft\")) (string:literal \"a\" nonsync))");
}

Test(cmd_append, date_time) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX (\\Seen $Label2) \"25-Jan-2024 10:11:12 +0100\" {2}\r\nab\r\n"),
                   "command tag=a APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"(\\\\Seen $Label2) \\\"25-"
                   "Jan-2024 10:11:12 +0100\\\" {2}\\x0d\\x0aab\" (flag_list \"(\\\\Seen $Label2)\" (flag:atom \"\\"
                   "\\Seen\") (flag:atom \"$Label2\")) (datetime:quoted \"25-Jan-2024 10:11:12 +0100\" #1706173872) "
                   "(string:literal \"ab\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \" 1-Jan-1970 00:00:00 +0000\" {1}\r\na\r\n"),
                   "command tag=a APPEND (mailbox:atom \"x\") (append_message \"\\\" 1-Jan-1970 00:00:00 +0000\\\" {"
                   "1}\\x0d\\x0aa\" (datetime:quoted \" 1-Jan-1970 00:00:00 +0000\") (string:literal \"a\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"31-Dec-1969 23:59:59 +0000\" {1}\r\na\r\n"),
                   "command tag=a APPEND (mailbox:atom \"x\") (append_message \"\\\"31-Dec-1969 23:59:59 +0000\\\" {"
                   "1}\\x0d\\x0aa\" (datetime:quoted \"31-Dec-1969 23:59:59 +0000\" #18446744073709551615) (string:l"
                   "iteral \"a\"))");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"29-Feb-2024 23:59:60 -1230\" {1}\r\na\r\n"),
                   "command tag=a APPEND (mailbox:atom \"x\") (append_message \"\\\"29-Feb-2024 23:59:60 -1230\\\" {"
                   "1}\\x0d\\x0aa\" (datetime:quoted \"29-Feb-2024 23:59:60 -1230\" #1709296200) (string:literal \"a"
                   "\"))");
}

Test(cmd_append, bad_dates) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"29-Feb-2023 10:00:00 +0000\" {1}\r\na\r\n"),
                   "error IK_E_BAD_DATE at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"10-Foo-2023 10:00:00 +0000\" {1}\r\na\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"10-Jan-2023 24:00:00 +0000\" {1}\r\na\r\n"),
                   "error IK_E_BAD_DATE at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"10-Jan-2023 10:60:00 +0000\" {1}\r\na\r\n"),
                   "error IK_E_BAD_DATE at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"00-Jan-2023 10:00:00 +0000\" {1}\r\na\r\n"),
                   "error IK_E_BAD_DATE at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"10-Jan-2023 10:00:00 +0060\" {1}\r\na\r\n"),
                   "error IK_E_BAD_DATE at 11");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"1-Jan-2023 10:00:00 +0000\" {1}\r\na\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x \"10-Jan-2023 10:00 +0000\" {1}\r\na\r\n"),
                   "error IK_E_SYNTAX at 29");
}

Test(cmd_append, nonsync_and_binary) {
  cr_expect_str_eq(ikt_parse_n(C, 0, (const unsigned char *)"a APPEND INBOX {3+}\r\na\x00""b\r\n", 26),
                   "command tag=a APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"{3+}\\x0d\\x0aa\\x00b\" (s"
                   "tring:literal \"a\\x00b\" nonsync nul)) [quirk NUL_IN_LITERAL@21]");
  cr_expect_str_eq(ikt_parse_n(C, STRICT, (const unsigned char *)"a APPEND INBOX {3+}\r\na\x00""b\r\n", 26),
                   "error IK_E_NOT_ALLOWED at 21");
  cr_expect_str_eq(ikt_parse_n(C, STRICT, (const unsigned char *)"a APPEND INBOX (\\Draft) ~{3}\r\na\x00""b\r\n", 35),
                   "command tag=a APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"(\\\\Draft) ~{3}\\x0d\\x0a"
                   "a\\x00b\" (flag_list \"(\\\\Draft)\" (flag:atom \"\\\\Draft\")) (string:literal8 \"a\\x00b\" nul"
                   "))");
}

Test(cmd_append, multiappend) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND Archive (\\Seen) \"02-Feb-2024 10:00:00 +0100\" {2+}\r\nab (\\Flagged) {1+}\r\nc\r\n"),
                   "command tag=a APPEND (mailbox:atom \"Archive\") (append_message \"(\\\\Seen) \\\"02-Feb-2024 10:"
                   "00:00 +0100\\\" {2+}\\x0d\\x0aab\" (flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\")) (datetime"
                   ":quoted \"02-Feb-2024 10:00:00 +0100\" #1706864400) (string:literal \"ab\" nonsync)) (append_mes"
                   "sage \"(\\\\Flagged) {1+}\\x0d\\x0ac\" (flag_list \"(\\\\Flagged)\" (flag:atom \"\\\\Flagged\"))"
                   " (string:literal \"c\" nonsync))");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x {1}\r\na {1}\r\nb \"02-Feb-2024 10:00:00 +0100\" {1}\r\nc\r\n"),
                   "command tag=a APPEND (mailbox:atom \"x\") (append_message \"{1}\\x0d\\x0aa\" (string:literal \"a"
                   "\")) (append_message \"{1}\\x0d\\x0ab\" (string:literal \"b\")) (append_message \"\\\"02-Feb-202"
                   "4 10:00:00 +0100\\\" {1}\\x0d\\x0ac\" (datetime:quoted \"02-Feb-2024 10:00:00 +0100\" #170686440"
                   "0) (string:literal \"c\"))");
}

Test(cmd_append, utf8_and_catenate) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX UTF8 (~{2}\r\nab)\r\n"),
                   "command tag=a APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"UTF8 (~{2}\\x0d\\x0aab)\" "
                   "(attr/UTF8 \"UTF8 (~{2}\\x0d\\x0aab)\" (string:literal8 \"ab\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "x060 APPEND INBOX CATENATE (URL \"/INBOX/;UID=1/;SECTION=HEADER\" TEXT {4+}\r\nbody)\r\n"),
                   "command tag=x060 APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"CATENATE (URL \\\"/INBO"
                   "X/;UID=1/;SECTION=HEADER\\\" TEXT {4+}\\x0d\\x0abody)\" (attr/CATENATE \"CATENATE (URL \\\"/INBO"
                   "X/;UID=1/;SECTION=HEADER\\\" TEXT {4+}\\x0d\\x0abody)\" (attr/URL \"URL \\\"/INBOX/;UID=1/;SECTI"
                   "ON=HEADER\\\"\" (string:quoted \"/INBOX/;UID=1/;SECTION=HEADER\")) (attr/TEXT \"TEXT {4+}\\x0d\\"
                   "x0abody\" (string:literal \"body\" nonsync))))");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND x (\\Seen) CATENATE (URL a URL b)\r\n"),
                   "command tag=a APPEND (mailbox:atom \"x\") (append_message \"(\\\\Seen) CATENATE (URL a URL b)\" "
                   "(flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\")) (attr/CATENATE \"CATENATE (URL a URL b)\" (a"
                   "ttr/URL \"URL a\" (string:atom \"a\")) (attr/URL \"URL b\" (string:atom \"b\"))))");
}

Test(cmd_append, spaces) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND  INBOX  (\\Seen)  {1}\r\na  \r\n"),
                   "command tag=a APPEND (mailbox:atom \"INBOX\" inbox) (append_message \"(\\\\Seen)  {1}\\x0d\\x0aa"
                   "\" (flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\")) (string:literal \"a\")) [quirk EXTRA_SPAC"
                   "E@9] [quirk EXTRA_SPACE@16] [quirk EXTRA_SPACE@25] [quirk TRAILING_SPACE@32]");
  cr_expect_str_eq(ikt_parse(C, STRICT, "a APPEND INBOX (\\Seen)  {1}\r\na\r\n"),
                   "error IK_E_NOT_ALLOWED at 23");
}

Test(cmd_append, errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX (\\Seen)\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX \"x\"\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX (\\Seen) \"02-Feb-2024 10:00:00 +0100\"\r\n"),
                   "error IK_E_SYNTAX at 51");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX {1}\r\na x\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX UTF8 ({1}\r\na)\r\n"),
                   "error IK_E_SYNTAX at 21");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX CATENATE ()\r\n"),
                   "error IK_E_SYNTAX at 25");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX {5}\r\nabc\r\n"),
                   "error IK_E_INCOMPLETE at 25");
  cr_expect_str_eq(ikt_parse(C, 0, "a APPEND INBOX {1}\r\nab\r\n"),
                   "error IK_E_SYNTAX at 21");
}

Test(cmd_append, json) {
  cr_expect_str_eq(ikc_json(0, 0, "a APPEND INBOX (\\Seen $Label2) \"25-Jan-2024 10:11:12 +0100\" {5+}\r\nab\xc3\xa9""d\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"APPEND\",\"mailb"
                   "ox\":\"INBOX\",\"flags\":[\"\\\\Seen\",\"$Label2\"],\"date\":\"25-Jan-2024 10:11:12 +0100\",\"da"
                   "te_unix\":1706173872,\"message\":{\"literal\":5,\"nonsync\":true,\"preview\":\"ab\xc3\xa9""d\"}}");
  cr_expect_str_eq(ikc_json(0, 0, "a APPEND Archive (\\Seen) {2+}\r\nab (\\Flagged) UTF8 (~{1}\r\nc) CATENATE (URL x TEXT {1}\r\ny)\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"APPEND\",\"mailb"
                   "ox\":\"Archive\",\"messages\":[{\"flags\":[\"\\\\Seen\"],\"message\":{\"literal\":2,\"nonsync\":"
                   "true,\"preview\":\"ab\"}},{\"flags\":[\"\\\\Flagged\"],\"message\":{\"utf8\":{\"literal\":1,\"bi"
                   "nary\":true,\"preview\":\"c\"}}},{\"message\":{\"catenate\":[{\"url\":\"x\"},{\"text\":{\"litera"
                   "l\":1,\"preview\":\"y\"}}]}}]}");
  cr_expect_str_eq(ikc_json(0, 0, "a APPEND x {3}\r\na\xff""b\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"APPEND\",\"mailb"
                   "ox\":\"x\",\"message\":{\"literal\":3,\"preview\":{\"base64\":\"Yf9i\"}}}");
  cr_expect_str_eq(ikc_json(0, 0, "a APPEND x {70}\r\n0123456789012345678901234567890123456789012345678901234567890123456789\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"APPEND\",\"mailb"
                   "ox\":\"x\",\"message\":{\"literal\":70,\"preview\":\"0123456789012345678901234567890123456789012"
                   "345678901234567890123\"}}");
}
