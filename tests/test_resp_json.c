/* The JSON of typed responses: the stable fields of CLI.md ("Typed JSON")
 * and the shapes of docs/responses.md, exact to the byte. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "imapkit_gen.h"
#include "testutil.h"

static const char *json_of(unsigned options, const char *wire) { return ikt_json(options, wire); }

#define HEAD(kind, tag, name) "{\"offset\":100,\"side\":\"server\",\"kind\":\"" kind "\",\"tag\":" tag ",\"name\":\"" name "\""

Test(resp_json, fetch_seq_and_items) {
  cr_assert_str_eq(
      json_of(0, "* 12 FETCH (FLAGS (\\Seen $Forwarded) UID 4827313 RFC822.SIZE 44827 "
                 "INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[HEADER.FIELDS (FROM SUBJECT)] {3}\r\nabc "
                 "body[1.2]<0> NIL BODY[] \"x\\\"y\")\r\n"),
      HEAD("untagged", "null", "FETCH") ",\"seq\":12,\"items\":{\"FLAGS\":[\"\\\\Seen\",\"$Forwarded\"],"
      "\"UID\":4827313,\"RFC822.SIZE\":44827,\"INTERNALDATE\":\"17-Jul-1996 02:44:25 -0700\","
      "\"BODY[HEADER.FIELDS (FROM SUBJECT)]\":\"abc\",\"BODY[1.2]<0>\":null,\"BODY[]\":\"x\\\"y\"}}");
}

Test(resp_json, binary_section_is_base64) {
  cr_assert_str_eq(json_of(0, "* 1 FETCH (BODY[1] {2}\r\n\xff\xfe)\r\n"),
                   HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"BODY[1]\":{\"base64\":\"//4=\"}}}");
}

Test(resp_json, envelope) {
  cr_assert_str_eq(
      json_of(0, "* 1 FETCH (ENVELOPE (\"Mon, 1 Jan 2024 00:00:00 +0000\" {4}\r\nHi \" "
                 "((\"A \\\"B\\\"\" NIL \"a\" \"x.org\")) NIL NIL ((NIL NIL \"team\" NIL)(NIL NIL \"c\" \"y\")(NIL NIL NIL NIL)) "
                 "NIL NIL NIL \"<id@x>\"))\r\n"),
      HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"ENVELOPE\":{\"date\":\"Mon, 1 Jan 2024 "
      "00:00:00 +0000\",\"subject\":\"Hi \\\"\",\"from\":[{\"name\":\"A \\\"B\\\"\",\"adl\":null,"
      "\"mailbox\":\"a\",\"host\":\"x.org\"}],\"sender\":null,\"reply_to\":null,\"to\":[{\"name\":null,"
      "\"adl\":null,\"mailbox\":\"team\",\"host\":null},{\"name\":null,\"adl\":null,\"mailbox\":\"c\","
      "\"host\":\"y\"},{\"name\":null,\"adl\":null,\"mailbox\":null,\"host\":null}],\"cc\":null,\"bcc\":null,"
      "\"in_reply_to\":null,\"message_id\":\"<id@x>\"}}}");
}

Test(resp_json, bodystructure_with_sections) {
  cr_assert_str_eq(
      json_of(0, "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 25 1 NIL NIL NIL NIL)"
                 "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 890 (NIL \"s\" NIL NIL NIL NIL NIL NIL NIL NIL) "
                 "((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)(\"image\" \"png\" (\"name\" \"a.png\") \"<c@x>\" \"pic\" "
                 "\"base64\" 98 \"bWQ1\" (\"inline\" (\"filename\" \"a.png\")) (\"en\" \"de\") \"http://l\" 7 (\"x\" 1)) "
                 "\"mixed\" (\"boundary\" \"b2\")) 20) \"mixed\" (\"boundary\" \"b1\") NIL \"en\"))\r\n"),
      HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"BODYSTRUCTURE\":{\"type\":\"multipart\","
      "\"subtype\":\"mixed\",\"section\":\"\",\"parts\":[{\"type\":\"text\",\"subtype\":\"plain\","
      "\"section\":\"1\",\"params\":{\"charset\":\"us-ascii\"},\"id\":null,\"description\":null,"
      "\"encoding\":\"7bit\",\"size\":25,\"lines\":1,\"md5\":null,\"disposition\":null,\"language\":null,"
      "\"location\":null},{\"type\":\"message\",\"subtype\":\"rfc822\",\"section\":\"2\",\"params\":null,"
      "\"id\":null,\"description\":null,\"encoding\":\"7bit\",\"size\":890,\"envelope\":{\"date\":null,"
      "\"subject\":\"s\",\"from\":null,\"sender\":null,\"reply_to\":null,\"to\":null,\"cc\":null,"
      "\"bcc\":null,\"in_reply_to\":null,\"message_id\":null},\"body\":{\"type\":\"multipart\","
      "\"subtype\":\"mixed\",\"section\":\"2\",\"parts\":[{\"type\":\"text\",\"subtype\":\"plain\","
      "\"section\":\"2.1\",\"params\":null,\"id\":null,\"description\":null,\"encoding\":\"7bit\","
      "\"size\":1,\"lines\":1},{\"type\":\"image\",\"subtype\":\"png\",\"section\":\"2.2\",\"params\":"
      "{\"name\":\"a.png\"},\"id\":\"<c@x>\",\"description\":\"pic\",\"encoding\":\"base64\",\"size\":98,"
      "\"md5\":\"bWQ1\",\"disposition\":{\"type\":\"inline\",\"params\":{\"filename\":\"a.png\"}},"
      "\"language\":[\"en\",\"de\"],\"location\":\"http://l\",\"extensions\":[7,[\"x\",1]]}],"
      "\"params\":{\"boundary\":\"b2\"}},\"lines\":20}],\"params\":{\"boundary\":\"b1\"},"
      "\"disposition\":null,\"language\":\"en\"}}}");
}

Test(resp_json, single_part_body_is_section_1) {
  cr_assert_str_eq(json_of(0, "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 NIL))\r\n"),
                   HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"BODY\":{\"type\":\"TEXT\","
                   "\"subtype\":\"PLAIN\",\"section\":\"1\",\"params\":null,\"id\":null,\"description\":null,"
                   "\"encoding\":\"7BIT\",\"size\":3,\"lines\":null}},\"quirks\":[{\"quirk\":\"missing_lines\","
                   "\"at\":153}]}");
}

Test(resp_json, error_and_generic_items) {
  cr_assert_str_eq(json_of(0, "* 1 FETCH (UID x XMODSEQ (5) FLAGS ())\r\n"),
                   HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"UID\":{\"error\":true,\"at\":115,"
                   "\"bytes\":\"UID x\"},\"XMODSEQ\":{\"generic\":true,\"value\":[5]},\"FLAGS\":[]},"
                   "\"item_errors\":true,\"quirks\":[{\"quirk\":\"bad_item\",\"at\":115}]}");
}

Test(resp_json, status_responses_and_codes) {
  cr_assert_str_eq(json_of(0, "* OK [UIDNEXT 4392] Predicted next UID\r\n"),
                   HEAD("untagged", "null", "OK") ",\"code\":{\"name\":\"UIDNEXT\",\"value\":4392},\"text\":"
                   "\"Predicted next UID\"}");
  cr_assert_str_eq(json_of(0, "* OK [PERMANENTFLAGS (\\Deleted \\*)] Limited\r\n"),
                   HEAD("untagged", "null", "OK") ",\"code\":{\"name\":\"PERMANENTFLAGS\",\"flags\":"
                   "[\"\\\\Deleted\",\"\\\\*\"]},\"text\":\"Limited\"}");
  cr_assert_str_eq(json_of(0, "a1 NO [BADCHARSET (UTF-8)] no\r\n"),
                   HEAD("tagged", "\"a1\"", "NO") ",\"code\":{\"name\":\"BADCHARSET\",\"charsets\":[\"UTF-8\"]},"
                   "\"text\":\"no\"}");
  cr_assert_str_eq(json_of(0, "* OK [CAPABILITY IMAP4rev1 IDLE] hi\r\n"),
                   HEAD("untagged", "null", "OK") ",\"code\":{\"name\":\"CAPABILITY\",\"capabilities\":"
                   "[\"IMAP4rev1\",\"IDLE\"]},\"text\":\"hi\"}");
  cr_assert_str_eq(json_of(0, "a1 OK [READ-WRITE] done\r\n"),
                   HEAD("tagged", "\"a1\"", "OK") ",\"code\":{\"name\":\"READ-WRITE\"},\"text\":\"done\"}");
  cr_assert_str_eq(json_of(0, "* OK [HIGHESTMODSEQ 5] x\r\n"),
                   HEAD("untagged", "null", "OK") ",\"code\":{\"name\":\"HIGHESTMODSEQ\",\"value\":5},"
                   "\"text\":\"x\"}");
  cr_assert_str_eq(json_of(0, "* OK [XPIG-LATIN ow-nay] x\r\n"),
                   HEAD("untagged", "null", "OK") ",\"code\":{\"name\":\"XPIG-LATIN\",\"text\":\"ow-nay\","
                   "\"generic\":true},\"text\":\"x\"}");
}

Test(resp_json, continuation) {
  cr_assert_str_eq(json_of(0, "+ YWJj\r\n"),
                   "{\"offset\":100,\"side\":\"server\",\"kind\":\"continuation\",\"tag\":null,\"name\":null,"
                   "\"text\":\"YWJj\",\"base64\":true}");
  cr_assert_str_eq(json_of(0, "+ Ready\r\n"),
                   "{\"offset\":100,\"side\":\"server\",\"kind\":\"continuation\",\"tag\":null,\"name\":null,"
                   "\"text\":\"Ready\"}");
}

Test(resp_json, mailbox_data) {
  cr_assert_str_eq(json_of(0, "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n"),
                   HEAD("untagged", "null", "CAPABILITY") ",\"capabilities\":[\"IMAP4rev1\",\"AUTH=PLAIN\"]}");
  cr_assert_str_eq(json_of(0, "* FLAGS (\\Seen $X)\r\n"),
                   HEAD("untagged", "null", "FLAGS") ",\"flags\":[\"\\\\Seen\",\"$X\"]}");
  cr_assert_str_eq(json_of(0, "* LIST (\\Noselect \\HasChildren) \"/\" \"a \\\"b\\\"\"\r\n"),
                   HEAD("untagged", "null", "LIST") ",\"attributes\":[\"\\\\Noselect\",\"\\\\HasChildren\"],"
                   "\"delimiter\":\"/\",\"mailbox\":\"a \\\"b\\\"\"}");
  cr_assert_str_eq(json_of(0, "* LSUB () NIL INBOX\r\n"),
                   HEAD("untagged", "null", "LSUB") ",\"attributes\":[],\"delimiter\":null,\"mailbox\":\"INBOX\"}");
  cr_assert_str_eq(json_of(0, "* LIST () \"/\" a (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n"),
                   HEAD("untagged", "null", "LIST") ",\"attributes\":[],\"delimiter\":\"/\",\"mailbox\":\"a\","
                   "\"extended\":{\"CHILDINFO\":[\"SUBSCRIBED\"]}}");
  cr_assert_str_eq(json_of(0, "* LIST () \"/\" a (X-Y (1 2))\r\n"),
                   HEAD("untagged", "null", "LIST") ",\"attributes\":[],\"delimiter\":\"/\",\"mailbox\":\"a\","
                   "\"extended\":{\"X-Y\":{\"generic\":true,\"value\":[1,2]}}}");
  cr_assert_str_eq(json_of(0, "* SEARCH 2 84\r\n"), HEAD("untagged", "null", "SEARCH") ",\"ids\":[2,84]}");
  cr_assert_str_eq(json_of(0, "* SEARCH\r\n"), HEAD("untagged", "null", "SEARCH") ",\"ids\":[]}");
  cr_assert_str_eq(json_of(0, "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292 X-Y (1))\r\n"),
                   HEAD("untagged", "null", "STATUS") ",\"mailbox\":\"blurdybloop\",\"attributes\":{\"MESSAGES\":231,"
                   "\"UIDNEXT\":44292,\"X-Y\":{\"generic\":true,\"value\":[1]}}}");
  cr_assert_str_eq(json_of(0, "* 23 EXISTS\r\n"), HEAD("untagged", "null", "EXISTS") ",\"number\":23}");
  cr_assert_str_eq(json_of(0, "* 5 EXPUNGE\r\n"), HEAD("untagged", "null", "EXPUNGE") ",\"number\":5}");
}

Test(resp_json, generic_fallback_keeps_args) {
  cr_assert_str_eq(json_of(0, "* SEARCH 0\r\n"),
                   HEAD("untagged", "null", "SEARCH") ",\"generic\":true,\"args\":[0],\"quirks\":[{\"quirk\":"
                   "\"generic_fallback\",\"at\":109}]}");
}
