/* The JSON of the extensions' typed responses (docs/responses.md, "JSON"),
 * exact to the byte: every line valid JSON, NIL null, numbers numbers,
 * unknown data {"generic": true, "value": ...}. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "imapkit_gen.h"
#include "testutil.h"

static const char *json_of(const char *wire) { return ikt_json(0, wire); }

#define HEAD(kind, tag, name) "{\"offset\":100,\"side\":\"server\",\"kind\":\"" kind "\",\"tag\":" tag ",\"name\":\"" name "\""

/* SEARCH and SORT: "ids" and "modseq"; ESEARCH: "correlator", "uid", "results" by name, CONTEXT "updates" in order; THREAD: "threads", nested arrays */
Test(resp_ext_json, search_sort_thread) {
  cr_assert_str_eq(json_of("* SEARCH 2 5 (MODSEQ 917162500)\r\n"),
                   HEAD("untagged", "null", "SEARCH") ",\"ids\":[2,5],\"modseq\":917162500}");
  cr_assert_str_eq(json_of("* SORT 2 84 882\r\n"),
                   HEAD("untagged", "null", "SORT") ",\"ids\":[2,84,882]}");
  cr_assert_str_eq(json_of("* ESEARCH (TAG \"a\") UID MIN 1 MAX 9 ALL 1:3,5 COUNT 4\r\n"),
                   HEAD("untagged", "null", "ESEARCH") ",\"correlator\":\"a\",\"uid\":true,\"results\":{\"MIN\":1,\"MAX\":9,\"ALL\":\"1:3,5\",\"COUN"
                   "T\":4}}");
  cr_assert_str_eq(json_of("* ESEARCH (TAG \"a\") ALL 1:3,5 MODSEQ 1236 PARTIAL (-1:-100 NIL) RELEVANCY (4 99)\r\n"),
                   HEAD("untagged", "null", "ESEARCH") ",\"correlator\":\"a\",\"uid\":false,\"results\":{\"ALL\":\"1:3,5\",\"MODSEQ\":1236,\"PARTIAL"
                   "\":{\"range\":\"-1:-100\",\"set\":null},\"RELEVANCY\":{\"generic\":true,\"value\":[4,99]}}}");
  cr_assert_str_eq(json_of("* ESEARCH (TAG \"C01\") UID ADDTO (1 2733) REMOVEFROM (1 2732) ADDTO (1 2731 2 5:6)\r\n"),
                   HEAD("untagged", "null", "ESEARCH") ",\"correlator\":\"C01\",\"uid\":true,\"results\":{},\"updates\":[{\"op\":\"ADDTO\",\"positio"
                   "n\":1,\"set\":\"2733\"},{\"op\":\"REMOVEFROM\",\"position\":1,\"set\":\"2732\"},{\"op\":\"AD"
                   "DTO\",\"position\":1,\"set\":\"2731\"},{\"op\":\"ADDTO\",\"position\":2,\"set\":\"5:6\"}]}");
  cr_assert_str_eq(json_of("* ESEARCH\r\n"),
                   HEAD("untagged", "null", "ESEARCH") ",\"uid\":false,\"results\":{}}");
  cr_assert_str_eq(json_of("* THREAD (2)(3 6 (4 23)(44 7 96))\r\n"),
                   HEAD("untagged", "null", "THREAD") ",\"threads\":[[2],[3,6,[4,23],[44,7,96]]]}");
  cr_assert_str_eq(json_of("* THREAD (166)(167)(168)(169)(172)((170)(179))(171)(173)((174)(175)(176)(178)(181)(180))((177)(183)(182)(188 (184)(189))(185 186)(187))(190)(191)(192)(193)((194)(195 196))(197 198)(199)(200 202)(201)(203)(204)(205 206 207)(208)\r\n"),
                   HEAD("untagged", "null", "THREAD") ",\"threads\":[[166],[167],[168],[169],[172],[[170],[179]],[171],[173],[[174],[175],[176],[17"
                   "8],[181],[180]],[[177],[183],[182],[188,[184],[189]],[185,186],[187]],[190],[191],[192],[193"
                   "],[[194],[195,196]],[197,198],[199],[200,202],[201],[203],[204],[205,206,207],[208]]}");
  cr_assert_str_eq(json_of("* THREAD\r\n"),
                   HEAD("untagged", "null", "THREAD") ",\"threads\":[]}");
}

/* ENABLED, ID ("params"), NAMESPACE ("personal", "other", "shared"), VANISHED ("earlier", "uids"), LIST "extended" */
Test(resp_ext_json, mailbox_data) {
  cr_assert_str_eq(json_of("* ENABLED CONDSTORE QRESYNC\r\n"),
                   HEAD("untagged", "null", "ENABLED") ",\"capabilities\":[\"CONDSTORE\",\"QRESYNC\"]}");
  cr_assert_str_eq(json_of("* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"x\" NIL)\r\n"),
                   HEAD("untagged", "null", "ID") ",\"params\":{\"name\":\"Cyrus\",\"version\":\"1.5\",\"x\":null}}");
  cr_assert_str_eq(json_of("* ID NIL\r\n"),
                   HEAD("untagged", "null", "ID") ",\"params\":null}");
  cr_assert_str_eq(json_of("* NAMESPACE ((\"\" \"/\")) NIL ((\"#shared/\" \"/\" \"X-PARAM\" (\"a\" \"b\"))(\"#news.\" \".\"))\r\n"),
                   HEAD("untagged", "null", "NAMESPACE") ",\"personal\":[{\"prefix\":\"\",\"delimiter\":\"/\"}],\"other\":null,\"shared\":[{\"prefix\""
                   ":\"#shared/\",\"delimiter\":\"/\",\"extensions\":{\"X-PARAM\":[\"a\",\"b\"]}},{\"prefix\":\""
                   "#news.\",\"delimiter\":\".\"}]}");
  cr_assert_str_eq(json_of("* VANISHED (EARLIER) 1:3,5\r\n"),
                   HEAD("untagged", "null", "VANISHED") ",\"earlier\":true,\"uids\":\"1:3,5\"}");
  cr_assert_str_eq(json_of("* VANISHED 405,407\r\n"),
                   HEAD("untagged", "null", "VANISHED") ",\"earlier\":false,\"uids\":\"405,407\"}");
  cr_assert_str_eq(json_of("* LIST (\\NonExistent \\Subscribed) \"/\" \"Fruit/Peach\" (\"CHILDINFO\" (\"SUBSCRIBED\") \"OLDNAME\" (\"Old\") X-Y (1 2))\r\n"),
                   HEAD("untagged", "null", "LIST") ",\"attributes\":[\"\\\\NonExistent\",\"\\\\Subscribed\"],\"delimiter\":\"/\",\"mailbox\":\"F"
                   "ruit/Peach\",\"extended\":{\"CHILDINFO\":[\"SUBSCRIBED\"],\"OLDNAME\":\"Old\",\"X-Y\":{\"gen"
                   "eric\":true,\"value\":[1,2]}}}");
  cr_assert_str_eq(json_of("* STATUS INBOX (MESSAGES 17 SIZE 16234 DELETED 3 APPENDLIMIT NIL MAILBOXID (F2212ea87) X-Y (1))\r\n"),
                   HEAD("untagged", "null", "STATUS") ",\"mailbox\":\"INBOX\",\"attributes\":{\"MESSAGES\":17,\"SIZE\":16234,\"DELETED\":3,\"APPEND"
                   "LIMIT\":null,\"MAILBOXID\":\"F2212ea87\",\"X-Y\":{\"generic\":true,\"value\":[1]}}}");
}

/* QUOTA ("root", "resources" {name: {"usage", "limit"}}), QUOTAROOT ("roots"), ACL ("acl"), LISTRIGHTS ("identifier", "required", "optional"), MYRIGHTS ("rights"), METADATA ("entries", or "entry_list"), GENURLAUTH and URLFETCH ("urls") */
Test(resp_ext_json, quota_acl_metadata) {
  cr_assert_str_eq(json_of("* QUOTA \"\" (STORAGE 10 512 MESSAGE 1 2)\r\n"),
                   HEAD("untagged", "null", "QUOTA") ",\"root\":\"\",\"resources\":{\"STORAGE\":{\"usage\":10,\"limit\":512},\"MESSAGE\":{\"usage"
                   "\":1,\"limit\":2}}}");
  cr_assert_str_eq(json_of("* QUOTAROOT INBOX \"\" \"#user/alice\"\r\n"),
                   HEAD("untagged", "null", "QUOTAROOT") ",\"mailbox\":\"INBOX\",\"roots\":[\"\",\"#user/alice\"]}");
  cr_assert_str_eq(json_of("* ACL INBOX fred rwipslxetad -fred xe\r\n"),
                   HEAD("untagged", "null", "ACL") ",\"mailbox\":\"INBOX\",\"acl\":{\"fred\":\"rwipslxetad\",\"-fred\":\"xe\"}}");
  cr_assert_str_eq(json_of("* LISTRIGHTS ~/Mail/saved smith la r swicdkxte\r\n"),
                   HEAD("untagged", "null", "LISTRIGHTS") ",\"mailbox\":\"~/Mail/saved\",\"identifier\":\"smith\",\"required\":\"la\",\"optional\":[\"r"
                   "\",\"swicdkxte\"]}");
  cr_assert_str_eq(json_of("* MYRIGHTS INBOX rwiptsldaex\r\n"),
                   HEAD("untagged", "null", "MYRIGHTS") ",\"mailbox\":\"INBOX\",\"rights\":\"rwiptsldaex\"}");
  cr_assert_str_eq(json_of("* METADATA INBOX (/private/comment \"My comment\" /shared/comment NIL)\r\n"),
                   HEAD("untagged", "null", "METADATA") ",\"mailbox\":\"INBOX\",\"entries\":{\"/private/comment\":\"My comment\",\"/shared/comment\":"
                   "null}}");
  cr_assert_str_eq(json_of("* METADATA INBOX /shared/comment\r\n"),
                   HEAD("untagged", "null", "METADATA") ",\"mailbox\":\"INBOX\",\"entry_list\":[\"/shared/comment\"]}");
  cr_assert_str_eq(json_of("* GENURLAUTH \"imap://x/;uid=20;urlauth=submit+fred:internal:91354a47\"\r\n"),
                   HEAD("untagged", "null", "GENURLAUTH") ",\"urls\":[\"imap://x/;uid=20;urlauth=submit+fred:internal:91354a47\"]}");
  cr_assert_str_eq(json_of("* URLFETCH \"imap://x/;uid=1\" \"data\" \"imap://y/;uid=2\" NIL\r\n"),
                   HEAD("untagged", "null", "URLFETCH") ",\"urls\":{\"imap://x/;uid=1\":\"data\",\"imap://y/;uid=2\":null}}");
}

/* typed codes: {"name", ...} with their fields; bare codes the name alone; free-text codes "text"; unknown ones generic */
Test(resp_ext_json, codes) {
  cr_assert_str_eq(json_of("A003 OK [APPENDUID 38505 3955:3957] APPEND completed\r\n"),
                   HEAD("tagged", "\"A003\"", "OK") ",\"code\":{\"name\":\"APPENDUID\",\"uidvalidity\":38505,\"uids\":\"3955:3957\"},\"text\":\"A"
                   "PPEND completed\"}");
  cr_assert_str_eq(json_of("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n"),
                   HEAD("tagged", "\"A004\"", "OK") ",\"code\":{\"name\":\"COPYUID\",\"uidvalidity\":38505,\"source\":\"304,319:320\",\"destinati"
                   "on\":\"3956:3958\"},\"text\":\"Done\"}");
  cr_assert_str_eq(json_of("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n"),
                   HEAD("untagged", "null", "OK") ",\"code\":{\"name\":\"HIGHESTMODSEQ\",\"value\":715194045007},\"text\":\"Highest\"}");
  cr_assert_str_eq(json_of("d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n"),
                   HEAD("tagged", "\"d105\"", "OK") ",\"code\":{\"name\":\"MODIFIED\",\"value\":\"7,9\"},\"text\":\"Conditional STORE failed\"}");
  cr_assert_str_eq(json_of("* OK [CLOSED] \r\n"),
                   HEAD("untagged", "null", "OK") ",\"code\":{\"name\":\"CLOSED\"}}");
  cr_assert_str_eq(json_of("a NO [UNAVAILABLE] x\r\n"),
                   HEAD("tagged", "\"a\"", "NO") ",\"code\":{\"name\":\"UNAVAILABLE\"},\"text\":\"x\"}");
  cr_assert_str_eq(json_of("a NO [METADATA LONGENTRIES 2199] x\r\n"),
                   HEAD("tagged", "\"a\"", "NO") ",\"code\":{\"name\":\"METADATA\",\"condition\":\"LONGENTRIES\",\"value\":2199},\"text\":\"x"
                   "\"}");
  cr_assert_str_eq(json_of("a NO [METADATA TOOMANY] x\r\n"),
                   HEAD("tagged", "\"a\"", "NO") ",\"code\":{\"name\":\"METADATA\",\"condition\":\"TOOMANY\"},\"text\":\"x\"}");
  cr_assert_str_eq(json_of("3 OK [MAILBOXID (F2212ea87)] Completed\r\n"),
                   HEAD("tagged", "\"3\"", "OK") ",\"code\":{\"name\":\"MAILBOXID\",\"value\":\"F2212ea87\"},\"text\":\"Completed\"}");
  cr_assert_str_eq(json_of("* NO [NOUPDATE \"B02\"] x\r\n"),
                   HEAD("untagged", "null", "NO") ",\"code\":{\"name\":\"NOUPDATE\",\"value\":\"B02\"},\"text\":\"x\"}");
  cr_assert_str_eq(json_of("a NO [BADEVENT (MessageNew FlagChange)] x\r\n"),
                   HEAD("tagged", "\"a\"", "NO") ",\"code\":{\"name\":\"BADEVENT\",\"events\":[\"MessageNew\",\"FlagChange\"]},\"text\":\"x\"}");
  cr_assert_str_eq(json_of("a NO [REFERRAL IMAP://user;AUTH=*@SERVER2/] Remote\r\n"),
                   HEAD("tagged", "\"a\"", "NO") ",\"code\":{\"name\":\"REFERRAL\",\"text\":\"IMAP://user;AUTH=*@SERVER2/\"},\"text\":\"Remote"
                   "\"}");
  cr_assert_str_eq(json_of("a NO [XFOO bar] x\r\n"),
                   HEAD("tagged", "\"a\"", "NO") ",\"code\":{\"name\":\"XFOO\",\"text\":\"bar\",\"generic\":true},\"text\":\"x\"}");
}

/* MODSEQ, X-GM-MSGID, BINARY.SIZE numbers; BINARY a string (base64 object when not UTF-8); X-GM-LABELS an array; PREVIEW a string, SNIPPET and the draft PREVIEW {"algorithm", "text"}; SAVEDATE a string or null; EMAILID and THREADID strings */
Test(resp_ext_json, fetch_items) {
  cr_assert_str_eq(json_of("* 1 FETCH (MODSEQ (12345) X-GM-MSGID 1278455344230334865 X-GM-THRID 1278455344230334865 X-GM-LABELS (\\Inbox \"Muy Importante\"))\r\n"),
                   HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"MODSEQ\":12345,\"X-GM-MSGID\":1278455344230334865,\"X-GM-THRID\":127"
                   "8455344230334865,\"X-GM-LABELS\":[\"\\\\Inbox\",\"Muy Importante\"]}}");
  cr_assert_str_eq(json_of("* 1 FETCH (BINARY[1]<0> ~{3}\r\n\x01""\x02""\x03"" BINARY.SIZE[1] 3 BINARY[2] \"caf\xc3""\xa9""\")\r\n"),
                   HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"BINARY[1]<0>\":\"\\u0001\\u0002\\u0003\",\"BINARY.SIZE[1]\":3,\"BINA"
                   "RY[2]\":\"caf\xc3\xa9\"}}");
  cr_assert_str_eq(json_of("* 1 FETCH (PREVIEW \"Hi\" SNIPPET (FUZZY \"there\") SAVEDATE NIL)\r\n"),
                   HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"PREVIEW\":\"Hi\",\"SNIPPET\":{\"algorithm\":\"FUZZY\",\"text\":\"the"
                   "re\"},\"SAVEDATE\":null}}");
  cr_assert_str_eq(json_of("* 1 FETCH (SAVEDATE \"22-Jan-2016 12:15:32 +0100\" EMAILID (M6d99ac3275bb4e) THREADID NIL)\r\n"),
                   HEAD("untagged", "null", "FETCH") ",\"seq\":1,\"items\":{\"SAVEDATE\":\"22-Jan-2016 12:15:32 +0100\",\"EMAILID\":\"M6d99ac3275b"
                   "b4e\",\"THREADID\":null}}");
}


/* I18NLEVEL (RFC 5255 section 3.2/4.7 examples): LANGUAGE "languages", COMPARATOR
 * "comparator" and "matching", BADCOMPARATOR a code without arguments. */
Test(resp_ext_json, i18nlevel) {
  cr_assert_str_eq(json_of("* LANGUAGE (EN DE IT i-default)\r\n"),
                   HEAD("untagged", "null", "LANGUAGE") ",\"languages\":[\"EN\",\"DE\",\"IT\",\"i-default\"]}");
  cr_assert_str_eq(json_of("* COMPARATOR i;unicode-casemap\r\n"),
                   HEAD("untagged", "null", "COMPARATOR") ",\"comparator\":\"i;unicode-casemap\"}");
  cr_assert_str_eq(json_of("* COMPARATOR i;basic (i;basic \"i;ascii-casemap\")\r\n"),
                   HEAD("untagged", "null", "COMPARATOR")
                   ",\"comparator\":\"i;basic\",\"matching\":[\"i;basic\",\"i;ascii-casemap\"]}");
  cr_assert_str_eq(json_of("a NO [BADCOMPARATOR] Unknown comparator\r\n"),
                   HEAD("tagged", "\"a\"", "NO") ",\"code\":{\"name\":\"BADCOMPARATOR\"},\"text\":\"Unknown comparator\"}");
}
