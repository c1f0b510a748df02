/* Mailbox and server data of the extensions, typed: ENABLED (RFC 5161), ID
 * (RFC 2971), NAMESPACE with extensions (RFC 2342, 9051), LIST-EXTENDED
 * (RFC 5258: CHILDINFO; RFC 9051: OLDNAME, \NonExistent), CHILDREN (RFC
 * 3348), SPECIAL-USE (RFC 6154), LIST-STATUS (RFC 5819), STATUS of RFC 9051
 * (SIZE, DELETED), APPENDLIMIT (RFC 7889), MAILBOXID (RFC 8474), QUOTA (RFC
 * 9208), ACL (RFC 4314), METADATA (RFC 5464), URLAUTH (RFC 4467). The
 * responses of the RFCs' examples, exact trees, strict and lenient. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT
/* a message with NUL bytes: its length from the literal */
#define PN(opt, lit) ikt_parse_n(S, opt, (const unsigned char *)lit, sizeof lit - 1)

/* RFC 5161 section 3.1, RFC 6855: capabilities, as CAPABILITY nodes; none is an empty list */
Test(resp_ext_mailbox, enabled) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ENABLED CONDSTORE\r\n"),
                   "untagged ENABLED (capability:atom/CONDSTORE \"CONDSTORE\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ENABLED X-GOOD-IDEA\r\n"),
                   "untagged ENABLED (capability:atom \"X-GOOD-IDEA\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ENABLED\r\n"),
                   "untagged ENABLED");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ENABLED UTF8=ACCEPT QRESYNC\r\n"),
                   "untagged ENABLED (capability:atom/UTF8=ACCEPT \"UTF8=ACCEPT\") (capability:atom/QRESYNC \"QR"
                   "ESYNC\")");
}

/* RFC 2971 section 3.1: field-value PAIRs in a LIST, or NIL */
Test(resp_ext_mailbox, id) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"os\" \"sunos\" \"os-version\" \"5.5\" \"support-url\" \"mailto:cyrus-bugs+@andrew.cmu.edu\")\r\n"),
                   "untagged ID (list \"(\\\"name\\\" \\\"Cyrus\\\" \\\"version\\\" \\\"1.5\\\" \\\"os\\\" \\\"s"
                   "unos\\\" \\\"os-version\\\" \\\"5.5\\\" \\\"support-url\\\" \\\"mailto:cyrus-bugs+@andrew.cm"
                   "u.edu\\\")\" (pair:quoted \"name\" (string:quoted \"Cyrus\")) (pair:quoted \"version\" (stri"
                   "ng:quoted \"1.5\")) (pair:quoted \"os\" (string:quoted \"sunos\")) (pair:quoted \"os-version"
                   "\" (string:quoted \"5.5\")) (pair:quoted \"support-url\" (string:quoted \"mailto:cyrus-bugs+"
                   "@andrew.cmu.edu\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ID NIL\r\n"),
                   "untagged ID (string:nil \"NIL\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ID (\"name\" \"Dovecot\")\r\n"),
                   "untagged ID (list \"(\\\"name\\\" \\\"Dovecot\\\")\" (pair:quoted \"name\" (string:quoted \""
                   "Dovecot\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ID (\"name\" NIL \"x\" {3}\r\nabc)\r\n"),
                   "untagged ID (list \"(\\\"name\\\" NIL \\\"x\\\" {3}\\x0d\\x0aabc)\" (pair:quoted \"name\" (s"
                   "tring:nil \"NIL\")) (pair:quoted \"x\" (string:literal \"abc\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ID ()\r\n"),
                   "untagged ID (list \"()\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ID (name \"x\")\r\n"),
                   "error IK_E_SYNTAX at 6");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ID (\"name\")\r\n"),
                   "error IK_E_SYNTAX at 12");
}

/* RFC 2342 section 5, RFC 9051 6.3.10: three namespaces, each NIL or descriptors side by side; extensions as PAIRs */
Test(resp_ext_mailbox, namespace) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n"),
                   "untagged NAMESPACE (list \"((\\\"\\\" \\\"/\\\"))\" (namespace \"(\\\"\\\" \\\"/\\\")\" (str"
                   "ing:quoted \"\") (string:quoted \"/\"))) (string:nil \"NIL\") (string:nil \"NIL\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE NIL NIL ((\"\" \".\"))\r\n"),
                   "untagged NAMESPACE (string:nil \"NIL\") (string:nil \"NIL\") (list \"((\\\"\\\" \\\".\\\"))"
                   "\" (namespace \"(\\\"\\\" \\\".\\\")\" (string:quoted \"\") (string:quoted \".\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"/\")) NIL ((\"Public Folders/\" \"/\"))\r\n"),
                   "untagged NAMESPACE (list \"((\\\"\\\" \\\"/\\\"))\" (namespace \"(\\\"\\\" \\\"/\\\")\" (str"
                   "ing:quoted \"\") (string:quoted \"/\"))) (string:nil \"NIL\") (list \"((\\\"Public Folders/"
                   "\\\" \\\"/\\\"))\" (namespace \"(\\\"Public Folders/\\\" \\\"/\\\")\" (string:quoted \"Publi"
                   "c Folders/\") (string:quoted \"/\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#public/\" \"/\")(\"#ftp/\" \"/\")(\"#news.\" \".\"))\r\n"),
                   "untagged NAMESPACE (list \"((\\\"\\\" \\\"/\\\"))\" (namespace \"(\\\"\\\" \\\"/\\\")\" (str"
                   "ing:quoted \"\") (string:quoted \"/\"))) (list \"((\\\"~\\\" \\\"/\\\"))\" (namespace \"(\\"
                   "\"~\\\" \\\"/\\\")\" (string:quoted \"~\") (string:quoted \"/\"))) (list \"((\\\"#shared/\\"
                   "\" \\\"/\\\")(\\\"#public/\\\" \\\"/\\\")(\\\"#ftp/\\\" \\\"/\\\")(\\\"#news.\\\" \\\".\\\")"
                   ")\" (namespace \"(\\\"#shared/\\\" \\\"/\\\")\" (string:quoted \"#shared/\") (string:quoted "
                   "\"/\")) (namespace \"(\\\"#public/\\\" \\\"/\\\")\" (string:quoted \"#public/\") (string:quo"
                   "ted \"/\")) (namespace \"(\\\"#ftp/\\\" \\\"/\\\")\" (string:quoted \"#ftp/\") (string:quote"
                   "d \"/\")) (namespace \"(\\\"#news.\\\" \\\".\\\")\" (string:quoted \"#news.\") (string:quote"
                   "d \".\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL\r\n"),
                   "untagged NAMESPACE (list \"((\\\"INBOX.\\\" \\\".\\\"))\" (namespace \"(\\\"INBOX.\\\" \\\"."
                   "\\\")\" (string:quoted \"INBOX.\") (string:quoted \".\"))) (string:nil \"NIL\") (string:nil "
                   "\"NIL\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL NIL\r\n"),
                   "untagged NAMESPACE (list \"((\\\"\\\" \\\"/\\\")(\\\"#mh/\\\" \\\"/\\\" \\\"X-PARAM\\\" (\\"
                   "\"FLAG1\\\" \\\"FLAG2\\\")))\" (namespace \"(\\\"\\\" \\\"/\\\")\" (string:quoted \"\") (str"
                   "ing:quoted \"/\")) (namespace \"(\\\"#mh/\\\" \\\"/\\\" \\\"X-PARAM\\\" (\\\"FLAG1\\\" \\\"F"
                   "LAG2\\\"))\" (string:quoted \"#mh/\") (string:quoted \"/\") (pair:quoted \"X-PARAM\" (list "
                   "\"(\\\"FLAG1\\\" \\\"FLAG2\\\")\" (string:quoted \"FLAG1\") (string:quoted \"FLAG2\"))))) (s"
                   "tring:nil \"NIL\") (string:nil \"NIL\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"/\")) NIL ((\"#shared/\" \"/\" \"X-PARAM\" (\"a\")))\r\n"),
                   "untagged NAMESPACE (list \"((\\\"\\\" \\\"/\\\"))\" (namespace \"(\\\"\\\" \\\"/\\\")\" (str"
                   "ing:quoted \"\") (string:quoted \"/\"))) (string:nil \"NIL\") (list \"((\\\"#shared/\\\" \\"
                   "\"/\\\" \\\"X-PARAM\\\" (\\\"a\\\")))\" (namespace \"(\\\"#shared/\\\" \\\"/\\\" \\\"X-PARAM"
                   "\\\" (\\\"a\\\"))\" (string:quoted \"#shared/\") (string:quoted \"/\") (pair:quoted \"X-PARA"
                   "M\" (list \"(\\\"a\\\")\" (string:quoted \"a\")))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" NIL)) NIL NIL\r\n"),
                   "untagged NAMESPACE (list \"((\\\"\\\" NIL))\" (namespace \"(\\\"\\\" NIL)\" (string:quoted "
                   "\"\") (string:nil \"NIL\"))) (string:nil \"NIL\") (string:nil \"NIL\")");
}

/* three namespaces exactly; a descriptor needs a one-character delimiter; extension values are a non-empty list */
Test(resp_ext_mailbox, namespace_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"/\")) NIL\r\n"),
                   "error IK_E_SYNTAX at 26");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE NIL NIL NIL NIL\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"//\")) NIL NIL\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE ((\"\" \"/\" \"X\" ())) NIL NIL\r\n"),
                   "error IK_E_SYNTAX at 26");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NAMESPACE () NIL NIL\r\n"),
                   "error IK_E_SYNTAX at 13");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* NAMESPACE ((\"\" \"/\") (\"#x/\" \"/\")) NIL NIL\r\n"),
                   "untagged NAMESPACE (list \"((\\\"\\\" \\\"/\\\") (\\\"#x/\\\" \\\"/\\\"))\" (namespace \"(\\"
                   "\"\\\" \\\"/\\\")\" (string:quoted \"\") (string:quoted \"/\")) (namespace \"(\\\"#x/\\\" \\"
                   "\"/\\\")\" (string:quoted \"#x/\") (string:quoted \"/\"))) (string:nil \"NIL\") (string:nil "
                   "\"NIL\") [quirk EXTRA_SPACE@21]");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* NAMESPACE NIL NIL\r\n"),
                   "untagged NAMESPACE generic (string:nil \"NIL\" generic) (string:nil \"NIL\" generic) [quirk "
                   "GENERIC_FALLBACK@19]");
}

/* RFC 5258 section 5: attributes of LIST-EXTENDED (\\NonExistent, \\Subscribed, \\Remote) and the CHILDINFO extended item; RFC 9051 OLDNAME */
Test(resp_ext_mailbox, list_extended) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Subscribed \\NonExistent) \"/\" \"Fruit/Peach\"\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Subscribed \\\\NonExistent) \\\"/\\\" \\\"Fruit/Peach\\\""
                   "\" (flag_list \"(\\\\Subscribed \\\\NonExistent)\" (flag:atom \"\\\\Subscribed\") (flag:atom"
                   " \"\\\\NonExistent\")) (string:quoted \"/\") (mailbox:quoted \"Fruit/Peach\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Subscribed \\Remote) \"/\" \"Bread\"\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Subscribed \\\\Remote) \\\"/\\\" \\\"Bread\\\"\" (flag_li"
                   "st \"(\\\\Subscribed \\\\Remote)\" (flag:atom \"\\\\Subscribed\") (flag:atom \"\\\\Remote\")"
                   ") (string:quoted \"/\") (mailbox:quoted \"Bread\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" \"Vegetable\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" \\\"Vegetable\\\" (\\\"CHILDINFO\\\" (\\\"SUBSCRI"
                   "BED\\\"))\" (flag_list \"()\") (string:quoted \"/\") (mailbox:quoted \"Vegetable\") (list \""
                   "(\\\"CHILDINFO\\\" (\\\"SUBSCRIBED\\\"))\" (pair:quoted/CHILDINFO \"CHILDINFO\" (list \"(\\"
                   "\"SUBSCRIBED\\\")\" (string:quoted \"SUBSCRIBED\")))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\NonExistent) \"/\" \"Foo\" (\"CHILDINFO\" (\"SUBSCRIBED\" \"X-FOO\"))\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\NonExistent) \\\"/\\\" \\\"Foo\\\" (\\\"CHILDINFO\\\" (\\"
                   "\"SUBSCRIBED\\\" \\\"X-FOO\\\"))\" (flag_list \"(\\\\NonExistent)\" (flag:atom \"\\\\NonExis"
                   "tent\")) (string:quoted \"/\") (mailbox:quoted \"Foo\") (list \"(\\\"CHILDINFO\\\" (\\\"SUBS"
                   "CRIBED\\\" \\\"X-FOO\\\"))\" (pair:quoted/CHILDINFO \"CHILDINFO\" (list \"(\\\"SUBSCRIBED\\"
                   "\" \\\"X-FOO\\\")\" (string:quoted \"SUBSCRIBED\") (string:quoted \"X-FOO\")))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" \"NewName\" (\"OLDNAME\" (\"OldName\"))\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" \\\"NewName\\\" (\\\"OLDNAME\\\" (\\\"OldName\\\""
                   "))\" (flag_list \"()\") (string:quoted \"/\") (mailbox:quoted \"NewName\") (list \"(\\\"OLDN"
                   "AME\\\" (\\\"OldName\\\"))\" (pair:quoted/OLDNAME \"OLDNAME\" (list \"(\\\"OldName\\\")\" (m"
                   "ailbox:quoted \"OldName\")))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\HasNoChildren) \".\" foo (\"OLDNAME\" ({3}\r\nbar))\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\HasNoChildren) \\\".\\\" foo (\\\"OLDNAME\\\" ({3}\\x0d\\"
                   "x0abar))\" (flag_list \"(\\\\HasNoChildren)\" (flag:atom \"\\\\HasNoChildren\")) (string:quo"
                   "ted \".\") (mailbox:atom \"foo\") (list \"(\\\"OLDNAME\\\" ({3}\\x0d\\x0abar))\" (pair:quote"
                   "d/OLDNAME \"OLDNAME\" (list \"({3}\\x0d\\x0abar)\" (mailbox:literal \"bar\")))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" x (childinfo (\"SUBSCRIBED\") X-FOO (1 (2)) \"X-BAR\" 3:5)\r\n"),
                   "untagged LIST (mailbox_list \"() \\\"/\\\" x (childinfo (\\\"SUBSCRIBED\\\") X-FOO (1 (2)) "
                   "\\\"X-BAR\\\" 3:5)\" (flag_list \"()\") (string:quoted \"/\") (mailbox:atom \"x\") (list \"("
                   "childinfo (\\\"SUBSCRIBED\\\") X-FOO (1 (2)) \\\"X-BAR\\\" 3:5)\" (pair:atom/CHILDINFO \"chi"
                   "ldinfo\" (list \"(\\\"SUBSCRIBED\\\")\" (string:quoted \"SUBSCRIBED\"))) (pair:atom \"X-FOO"
                   "\" generic (list \"(1 (2))\" (number \"1\" #1) (list \"(2)\" (number \"2\" #2)))) (pair:quot"
                   "ed \"X-BAR\" generic (string:atom \"3:5\" generic))))");
}

/* CHILDINFO takes quoted options, OLDNAME one mailbox; the extended data is a list */
Test(resp_ext_mailbox, list_extended_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" x (\"CHILDINFO\" SUBSCRIBED)\r\n"),
                   "error IK_E_SYNTAX at 29");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" x (\"OLDNAME\" (a b))\r\n"),
                   "error IK_E_SYNTAX at 30");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* LIST () \"/\" x (\"OLDNAME\" (a b))\r\n"),
                   "untagged LIST generic (list \"()\") (string:quoted \"/\" generic) (string:atom \"x\" generic"
                   ") (list \"(\\\"OLDNAME\\\" (a b))\" (string:quoted \"OLDNAME\" generic) (list \"(a b)\" (str"
                   "ing:atom \"a\" generic) (string:atom \"b\" generic))) [quirk GENERIC_FALLBACK@30]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \"/\" x (\"CHILDINFO\")\r\n"),
                   "error IK_E_SYNTAX at 28");
}

/* RFC 3348 (\\HasChildren, \\HasNoChildren) and RFC 6154 section 5 (\\Sent, \\Drafts, \\Trash, \\All, \\Archive, \\Junk, \\Flagged): flag-extensions, typed */
Test(resp_ext_mailbox, children_and_special_use) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\HasNoChildren) \".\" INBOX\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\HasNoChildren) \\\".\\\" INBOX\" (flag_list \"(\\\\HasNoC"
                   "hildren)\" (flag:atom \"\\\\HasNoChildren\")) (string:quoted \".\") (mailbox:atom \"INBOX\" "
                   "inbox))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\HasChildren) \".\" Foo\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\HasChildren) \\\".\\\" Foo\" (flag_list \"(\\\\HasChildre"
                   "n)\" (flag:atom \"\\\\HasChildren\")) (string:quoted \".\") (mailbox:atom \"Foo\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Marked \\HasNoChildren) \"/\" Inbox\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Marked \\\\HasNoChildren) \\\"/\\\" Inbox\" (flag_list \""
                   "(\\\\Marked \\\\HasNoChildren)\" (flag:atom \"\\\\Marked\") (flag:atom \"\\\\HasNoChildren\""
                   ")) (string:quoted \"/\") (mailbox:atom \"Inbox\" inbox))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Sent \\HasNoChildren) \"/\" SentMail\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Sent \\\\HasNoChildren) \\\"/\\\" SentMail\" (flag_list "
                   "\"(\\\\Sent \\\\HasNoChildren)\" (flag:atom \"\\\\Sent\") (flag:atom \"\\\\HasNoChildren\"))"
                   " (string:quoted \"/\") (mailbox:atom \"SentMail\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Marked \\Drafts \\HasNoChildren) \"/\" MyDrafts\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Marked \\\\Drafts \\\\HasNoChildren) \\\"/\\\" MyDrafts\""
                   " (flag_list \"(\\\\Marked \\\\Drafts \\\\HasNoChildren)\" (flag:atom \"\\\\Marked\") (flag:a"
                   "tom \"\\\\Drafts\") (flag:atom \"\\\\HasNoChildren\")) (string:quoted \"/\") (mailbox:atom "
                   "\"MyDrafts\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\Trash \\HasNoChildren) \"/\" Trash\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\Trash \\\\HasNoChildren) \\\"/\\\" Trash\" (flag_list \"("
                   "\\\\Trash \\\\HasNoChildren)\" (flag:atom \"\\\\Trash\") (flag:atom \"\\\\HasNoChildren\")) "
                   "(string:quoted \"/\") (mailbox:atom \"Trash\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\All \\Archive \\Junk \\Flagged \\Important) \"/\" x\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\All \\\\Archive \\\\Junk \\\\Flagged \\\\Important) \\\"/"
                   "\\\" x\" (flag_list \"(\\\\All \\\\Archive \\\\Junk \\\\Flagged \\\\Important)\" (flag:atom "
                   "\"\\\\All\") (flag:atom \"\\\\Archive\") (flag:atom \"\\\\Junk\") (flag:atom \"\\\\Flagged\""
                   ") (flag:atom \"\\\\Important\")) (string:quoted \"/\") (mailbox:atom \"x\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* XLIST (\\HasNoChildren \\Inbox) \"/\" \"Inbox\"\r\n"),
                   "untagged XLIST (mailbox_list \"(\\\\HasNoChildren \\\\Inbox) \\\"/\\\" \\\"Inbox\\\"\" (flag"
                   "_list \"(\\\\HasNoChildren \\\\Inbox)\" (flag:atom \"\\\\HasNoChildren\") (flag:atom \"\\\\I"
                   "nbox\")) (string:quoted \"/\") (mailbox:quoted \"Inbox\" inbox))");
}

/* RFC 5819 section 5: STATUS responses between the LISTs (its example prints two spaces after the delimiter: EXTRA_SPACE) */
Test(resp_ext_mailbox, list_status) {
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* LIST () \".\"  \"INBOX\"\r\n"),
                   "untagged LIST (mailbox_list \"() \\\".\\\"  \\\"INBOX\\\"\" (flag_list \"()\") (string:quote"
                   "d \".\") (mailbox:quoted \"INBOX\" inbox)) [quirk EXTRA_SPACE@14]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \".\"  \"INBOX\"\r\n"),
                   "error IK_E_NOT_ALLOWED at 14");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS \"INBOX\" (MESSAGES 17 UNSEEN 16)\r\n"),
                   "untagged STATUS (mailbox:quoted \"INBOX\" inbox) (list \"(MESSAGES 17 UNSEEN 16)\" (status_a"
                   "tt/MESSAGES \"MESSAGES\" (number \"17\" #17)) (status_att/UNSEEN \"UNSEEN\" (number \"16\" #"
                   "16)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST () \".\" \"foo\"\r\n"),
                   "untagged LIST (mailbox_list \"() \\\".\\\" \\\"foo\\\"\" (flag_list \"()\") (string:quoted "
                   "\".\") (mailbox:quoted \"foo\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS \"foo\" (MESSAGES 30 UNSEEN 29)\r\n"),
                   "untagged STATUS (mailbox:quoted \"foo\") (list \"(MESSAGES 30 UNSEEN 29)\" (status_att/MESSA"
                   "GES \"MESSAGES\" (number \"30\" #30)) (status_att/UNSEEN \"UNSEEN\" (number \"29\" #29)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LIST (\\NoSelect) \".\" \"bar\"\r\n"),
                   "untagged LIST (mailbox_list \"(\\\\NoSelect) \\\".\\\" \\\"bar\\\"\" (flag_list \"(\\\\NoSel"
                   "ect)\" (flag:atom \"\\\\NoSelect\")) (string:quoted \".\") (mailbox:quoted \"bar\"))");
}

/* RFC 9051 (SIZE, DELETED, no RECENT needed), RFC 7889 APPENDLIMIT, RFC 8474 MAILBOXID, RFC 9208 DELETED-STORAGE */
Test(resp_ext_mailbox, status_extensions) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n"),
                   "untagged STATUS (mailbox:atom \"blurdybloop\") (list \"(MESSAGES 231 UIDNEXT 44292)\" (statu"
                   "s_att/MESSAGES \"MESSAGES\" (number \"231\" #231)) (status_att/UIDNEXT \"UIDNEXT\" (number "
                   "\"44292\" #44292)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES 17 SIZE 16234 DELETED 3)\r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(MESSAGES 17 SIZE 16234 DELETED 3)\" "
                   "(status_att/MESSAGES \"MESSAGES\" (number \"17\" #17)) (status_att/SIZE \"SIZE\" (number \"1"
                   "6234\" #16234)) (status_att/DELETED \"DELETED\" (number \"3\" #3)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (APPENDLIMIT 257890)\r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(APPENDLIMIT 257890)\" (status_att/AP"
                   "PENDLIMIT \"APPENDLIMIT\" (number \"257890\" #257890)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (APPENDLIMIT NIL)\r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(APPENDLIMIT NIL)\" (status_att/APPEN"
                   "DLIMIT \"APPENDLIMIT\" (string:nil \"NIL\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS foo (MAILBOXID (F2212ea87-6097-4256-9d51-71338625))\r\n"),
                   "untagged STATUS (mailbox:atom \"foo\") (list \"(MAILBOXID (F2212ea87-6097-4256-9d51-71338625"
                   "))\" (status_att/MAILBOXID \"MAILBOXID\" (list \"(F2212ea87-6097-4256-9d51-71338625)\" (stri"
                   "ng:atom \"F2212ea87-6097-4256-9d51-71338625\"))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES 12 DELETED 4 DELETED-STORAGE 8)\r\n"),
                   "untagged STATUS (mailbox:atom \"INBOX\" inbox) (list \"(MESSAGES 12 DELETED 4 DELETED-STORAG"
                   "E 8)\" (status_att/MESSAGES \"MESSAGES\" (number \"12\" #12)) (status_att/DELETED \"DELETED"
                   "\" (number \"4\" #4)) (status_att/DELETED-STORAGE \"DELETED-STORAGE\" (number \"8\" #8)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (SIZE 18446744073709551615)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 21");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MAILBOXID (F2212ea87 x))\r\n"),
                   "error IK_E_SYNTAX at 36");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* STATUS INBOX (MESSAGES NIL)\r\n"),
                   "error IK_E_SYNTAX at 25");
}

/* RFC 9208 section 4.2 and RFC 2087: QUOTA (a root and ATTR resources: usage, limit), QUOTAROOT (a mailbox and roots) */
Test(resp_ext_mailbox, quota) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTA \"\" (STORAGE 10 512)\r\n"),
                   "untagged QUOTA (string:quoted \"\") (list \"(STORAGE 10 512)\" (attr/STORAGE \"STORAGE 10 51"
                   "2\" (number \"10\" #10) (number \"512\" #512)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTAROOT INBOX \"\"\r\n"),
                   "untagged QUOTAROOT (mailbox:atom \"INBOX\" inbox) (string:quoted \"\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTA \"!partition/sda4\" (STORAGE 104 10923847)\r\n"),
                   "untagged QUOTA (string:quoted \"!partition/sda4\") (list \"(STORAGE 104 10923847)\" (attr/ST"
                   "ORAGE \"STORAGE 104 10923847\" (number \"104\" #104) (number \"10923847\" #10923847)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTAROOT INBOX \"#user/alice\" \"!partition/sda4\"\r\n"),
                   "untagged QUOTAROOT (mailbox:atom \"INBOX\" inbox) (string:quoted \"#user/alice\") (string:qu"
                   "oted \"!partition/sda4\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTA \"#user/alice\" (MESSAGE 42 1000)\r\n"),
                   "untagged QUOTA (string:quoted \"#user/alice\") (list \"(MESSAGE 42 1000)\" (attr/MESSAGE \"M"
                   "ESSAGE 42 1000\" (number \"42\" #42) (number \"1000\" #1000)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTA \"User quota\" (STORAGE 12 10240 MESSAGE 15 1000 MAILBOX 1 10 ANNOTATION-STORAGE 0 0 X-FOO 1 2)\r\n"),
                   "untagged QUOTA (string:quoted \"User quota\") (list \"(STORAGE 12 10240 MESSAGE 15 1000 MAIL"
                   "BOX 1 10 ANNOTATION-STORAGE 0 0 X-FOO 1 2)\" (attr/STORAGE \"STORAGE 12 10240\" (number \"12"
                   "\" #12) (number \"10240\" #10240)) (attr/MESSAGE \"MESSAGE 15 1000\" (number \"15\" #15) (nu"
                   "mber \"1000\" #1000)) (attr/MAILBOX \"MAILBOX 1 10\" (number \"1\" #1) (number \"10\" #10)) "
                   "(attr/ANNOTATION-STORAGE \"ANNOTATION-STORAGE 0 0\" (number \"0\" #0) (number \"0\" #0)) (at"
                   "tr \"X-FOO 1 2\" (number \"1\" #1) (number \"2\" #2)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTAROOT comp.mail.mime\r\n"),
                   "untagged QUOTAROOT (mailbox:atom \"comp.mail.mime\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTA \"\" ()\r\n"),
                   "untagged QUOTA (string:quoted \"\") (list \"()\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTA \"\" (STORAGE 10)\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* QUOTA \"\" (STORAGE 10 9223372036854775808)\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 23");
}

/* RFC 4314 section 3: ACL (identifier-rights PAIRs), LISTRIGHTS, MYRIGHTS */
Test(resp_ext_mailbox, acl) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ACL INBOX Fred rwipsldexta\r\n"),
                   "untagged ACL (mailbox:atom \"INBOX\" inbox) (pair:atom \"Fred\" (string:atom \"rwipsldexta\""
                   "))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ACL INBOX fred rwipslxetad -fred xe $team lr\r\n"),
                   "untagged ACL (mailbox:atom \"INBOX\" inbox) (pair:atom \"fred\" (string:atom \"rwipslxetad\""
                   ")) (pair:atom \"-fred\" (string:atom \"xe\")) (pair:atom \"$team\" (string:atom \"lr\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ACL INBOX\r\n"),
                   "untagged ACL (mailbox:atom \"INBOX\" inbox)");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LISTRIGHTS ~/Mail/saved smith la r swicdkxte\r\n"),
                   "untagged LISTRIGHTS (mailbox:atom \"~/Mail/saved\") (string:atom \"smith\") (string:atom \"l"
                   "a\") (string:atom \"r\") (string:atom \"swicdkxte\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LISTRIGHTS archive.imap anyone \"\" l r s w i p k x t e c d a 0 1 2 3 4 5 6 7 8 9\r\n"),
                   "untagged LISTRIGHTS (mailbox:atom \"archive.imap\") (string:atom \"anyone\") (string:quoted "
                   "\"\") (string:atom \"l\") (string:atom \"r\") (string:atom \"s\") (string:atom \"w\") (strin"
                   "g:atom \"i\") (string:atom \"p\") (string:atom \"k\") (string:atom \"x\") (string:atom \"t\""
                   ") (string:atom \"e\") (string:atom \"c\") (string:atom \"d\") (string:atom \"a\") (string:at"
                   "om \"0\") (string:atom \"1\") (string:atom \"2\") (string:atom \"3\") (string:atom \"4\") (s"
                   "tring:atom \"5\") (string:atom \"6\") (string:atom \"7\") (string:atom \"8\") (string:atom "
                   "\"9\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* MYRIGHTS INBOX rwiptsldaex\r\n"),
                   "untagged MYRIGHTS (mailbox:atom \"INBOX\" inbox) (string:atom \"rwiptsldaex\")");
}

/* each response its arity: ACL pairs, LISTRIGHTS at least one rights string after the required ones, MYRIGHTS exactly one */
Test(resp_ext_mailbox, acl_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* ACL INBOX fred\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* LISTRIGHTS INBOX smith\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* MYRIGHTS INBOX\r\n"),
                   "error IK_E_SYNTAX at 16");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* MYRIGHTS INBOX rw x\r\n"),
                   "error IK_E_SYNTAX at 20");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* MYRIGHTS INBOX rw x\r\n"),
                   "untagged MYRIGHTS generic (string:atom \"INBOX\" generic) (string:atom \"rw\" generic) (stri"
                   "ng:atom \"x\" generic) [quirk GENERIC_FALLBACK@20]");
}

/* RFC 5464 section 4.4: entry-value PAIRs (nstring or literal8 values) in a LIST; the unsolicited entry list */
Test(resp_ext_mailbox, metadata) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA \"\" (/shared/comment \"Shared comment\")\r\n"),
                   "untagged METADATA (mailbox:quoted \"\") (list \"(/shared/comment \\\"Shared comment\\\")\" ("
                   "pair:atom \"/shared/comment\" (string:quoted \"Shared comment\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA INBOX (/shared/comment \"Shared comment\" /private/comment \"My own comment\")\r\n"),
                   "untagged METADATA (mailbox:atom \"INBOX\" inbox) (list \"(/shared/comment \\\"Shared comment"
                   "\\\" /private/comment \\\"My own comment\\\")\" (pair:atom \"/shared/comment\" (string:quote"
                   "d \"Shared comment\")) (pair:atom \"/private/comment\" (string:quoted \"My own comment\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA INBOX (/private/comment \"My comment\")\r\n"),
                   "untagged METADATA (mailbox:atom \"INBOX\" inbox) (list \"(/private/comment \\\"My comment\\"
                   "\")\" (pair:atom \"/private/comment\" (string:quoted \"My comment\")))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA INBOX (/private/comment {18}\r\nline one\r\nline two /shared/comment NIL)\r\n"),
                   "untagged METADATA (mailbox:atom \"INBOX\" inbox) (list \"(/private/comment {18}\\x0d\\x0alin"
                   "e one\\x0d\\x0aline two /shared/comment NIL)\" (pair:atom \"/private/comment\" (string:liter"
                   "al \"line one\\x0d\\x0aline two\")) (pair:atom \"/shared/comment\" (string:nil \"NIL\")))");
  cr_assert_str_eq(PN(STRICT, "* METADATA INBOX (/shared/x ~{3}\r\na\x00""b)\r\n"),
                   "untagged METADATA (mailbox:atom \"INBOX\" inbox) (list \"(/shared/x ~{3}\\x0d\\x0aa\\x00b)\""
                   " (pair:atom \"/shared/x\" (string:literal8 \"a\\x00b\" nul)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA \"\" /shared/comment\r\n"),
                   "untagged METADATA (mailbox:quoted \"\") (string:atom \"/shared/comment\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA INBOX /shared/comment /private/comment\r\n"),
                   "untagged METADATA (mailbox:atom \"INBOX\" inbox) (string:atom \"/shared/comment\") (string:a"
                   "tom \"/private/comment\")");
}

/* an entry without its value; no entries at all */
Test(resp_ext_mailbox, metadata_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA INBOX (/shared/comment)\r\n"),
                   "error IK_E_SYNTAX at 33");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA INBOX ()\r\n"),
                   "error IK_E_SYNTAX at 18");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* METADATA INBOX\r\n"),
                   "error IK_E_SYNTAX at 16");
}

/* RFC 4467 section 7: GENURLAUTH (URLs), URLFETCH (URL-data PAIRs; RFC 5524 parenthesized data is generic) */
Test(resp_ext_mailbox, urlauth) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* GENURLAUTH \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred:internal:91354a473744909de610943775f92038\"\r\n"),
                   "untagged GENURLAUTH (string:quoted \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlau"
                   "th=submit+fred:internal:91354a473744909de610943775f92038\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* URLFETCH \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred:internal:91354a473744909de610943775f92038\" {27}\r\nHello Fred,\r\nhow are you?\r\n\r\n"),
                   "untagged URLFETCH (pair:quoted \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=s"
                   "ubmit+fred:internal:91354a473744909de610943775f92038\" (string:literal \"Hello Fred,\\x0d\\x"
                   "0ahow are you?\\x0d\\x0a\"))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* URLFETCH \"imap://x/;uid=1\" NIL \"imap://y/;uid=2\" (BODYPARTSTRUCTURE (x))\r\n"),
                   "untagged URLFETCH (pair:quoted \"imap://x/;uid=1\" (string:nil \"NIL\")) (pair:quoted \"imap"
                   "://y/;uid=2\" generic (list \"(BODYPARTSTRUCTURE (x))\" (string:atom \"BODYPARTSTRUCTURE\" g"
                   "eneric) (list \"(x)\" (string:atom \"x\" generic))))");
}

