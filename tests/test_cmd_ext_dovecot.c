/* What Dovecot speaks beyond the common extensions, on the client side: NOTIFY
 * (RFC 5465), URLAUTH (RFC 4467) and URL-PARTIAL (RFC 5524), I18NLEVEL's
 * LANGUAGE and COMPARATOR (RFC 5255), MAILBOX-REFERRALS' RLIST / RLSUB (RFC
 * 2193) and Gmail's XLIST. Examples from the RFCs (RFC 5465's own examples leave
 * out the parentheses its grammar puts around the events: the grammar's form is
 * used, the examples' is an error); exact trees in both modes, JSON, errors. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

/* RFC 5465 section 5: NOTIFY SET [STATUS] event-group ...; event groups with
 * filters, mailboxes and events; MessageNew takes fetch attributes. */
Test(cmd_ext_dovecot, notify_set) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a NOTIFY SET (selected (MessageNew (UID BODY.PEEK[HEADER.FIELDS (From To)]) MessageExpunge)) (su"
                   "btree Lists (MessageNew MessageExpunge))\r\n"),
                   "command tag=a NOTIFY (attr/SET \"SET\") (list \"(selected (MessageNew (UID BODY.PEEK[HEADER.FIEL"
                   "DS (From To)]) MessageExpunge))\" (attr/SELECTED \"selected\") (list \"(MessageNew (UID BODY.PEE"
                   "K[HEADER.FIELDS (From To)]) MessageExpunge)\" (attr/MESSAGENEW \"MessageNew (UID BODY.PEEK[HEADE"
                   "R.FIELDS (From To)])\" (list \"(UID BODY.PEEK[HEADER.FIELDS (From To)])\" (fetch_att/UID \"UID\""
                   ") (fetch_att/BODY \"BODY.PEEK[HEADER.FIELDS (From To)]\" peek (section \"HEADER.FIELDS (From To)"
                   "\" (attr/HEADER.FIELDS \"HEADER.FIELDS (From To)\" (list \"(From To)\" (string:atom \"From\") (s"
                   "tring:atom \"To\"))))))) (attr/MESSAGEEXPUNGE \"MessageExpunge\"))) (list \"(subtree Lists (Mess"
                   "ageNew MessageExpunge))\" (attr/SUBTREE \"subtree Lists\" (mailbox:atom \"Lists\")) (list \"(Mes"
                   "sageNew MessageExpunge)\" (attr/MESSAGENEW \"MessageNew\") (attr/MESSAGEEXPUNGE \"MessageExpunge"
                   "\")))");
  cr_expect_str_eq(ikc_json(0, 0, "a NOTIFY SET (selected (MessageNew (UID BODY.PEEK[HEADER.FIELDS (From To)]) MessageExpunge)) (su"
                   "btree Lists (MessageNew MessageExpunge))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"a\",\"name\":\"NOTIFY\",\"actio"
                   "n\":\"SET\",\"status\":false,\"groups\":[{\"filter\":\"SELECTED\",\"events\":[{\"name\":\"MESSAG"
                   "ENEW\",\"fetch\":[\"UID\",\"BODY.PEEK[HEADER.FIELDS (FROM TO)]\"]},\"MESSAGEEXPUNGE\"]},{\"filte"
                   "r\":\"SUBTREE\",\"mailboxes\":[\"Lists\"],\"events\":[\"MESSAGENEW\",\"MESSAGEEXPUNGE\"]}]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "b NOTIFY SET STATUS (selected (MessageNew (UID) MessageExpunge FlagChange)) (mailboxes (INBOX Dr"
                   "afts) (MessageNew MessageExpunge))\r\n"),
                   "command tag=b NOTIFY (attr/SET \"SET\") (attr/STATUS \"STATUS\") (list \"(selected (MessageNew ("
                   "UID) MessageExpunge FlagChange))\" (attr/SELECTED \"selected\") (list \"(MessageNew (UID) Messag"
                   "eExpunge FlagChange)\" (attr/MESSAGENEW \"MessageNew (UID)\" (list \"(UID)\" (fetch_att/UID \"UI"
                   "D\"))) (attr/MESSAGEEXPUNGE \"MessageExpunge\") (attr/FLAGCHANGE \"FlagChange\"))) (list \"(mail"
                   "boxes (INBOX Drafts) (MessageNew MessageExpunge))\" (attr/MAILBOXES \"mailboxes (INBOX Drafts)\""
                   " (list \"(INBOX Drafts)\" (mailbox:atom \"INBOX\" inbox) (mailbox:atom \"Drafts\"))) (list \"(Me"
                   "ssageNew MessageExpunge)\" (attr/MESSAGENEW \"MessageNew\") (attr/MESSAGEEXPUNGE \"MessageExpung"
                   "e\")))");
  cr_expect_str_eq(ikc_json(0, 0, "b NOTIFY SET STATUS (selected (MessageNew (UID) MessageExpunge FlagChange)) (mailboxes (INBOX Dr"
                   "afts) (MessageNew MessageExpunge))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"b\",\"name\":\"NOTIFY\",\"actio"
                   "n\":\"SET\",\"status\":true,\"groups\":[{\"filter\":\"SELECTED\",\"events\":[{\"name\":\"MESSAGE"
                   "NEW\",\"fetch\":[\"UID\"]},\"MESSAGEEXPUNGE\",\"FLAGCHANGE\"]},{\"filter\":\"MAILBOXES\",\"mailb"
                   "oxes\":[\"INBOX\",\"Drafts\"],\"events\":[\"MESSAGENEW\",\"MESSAGEEXPUNGE\"]}]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "c NOTIFY SET (personal (MailboxName SubscriptionChange MailboxMetadataChange ServerMetadataChang"
                   "e))\r\n"),
                   "command tag=c NOTIFY (attr/SET \"SET\") (list \"(personal (MailboxName SubscriptionChange Mailbo"
                   "xMetadataChange ServerMetadataChange))\" (attr/PERSONAL \"personal\") (list \"(MailboxName Subsc"
                   "riptionChange MailboxMetadataChange ServerMetadataChange)\" (attr/MAILBOXNAME \"MailboxName\") ("
                   "attr/SUBSCRIPTIONCHANGE \"SubscriptionChange\") (attr/MAILBOXMETADATACHANGE \"MailboxMetadataCha"
                   "nge\") (attr/SERVERMETADATACHANGE \"ServerMetadataChange\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "d NOTIFY SET (selected-delayed (MessageNew MessageExpunge FlagChange AnnotationChange)) (inboxes"
                   " NONE) (subscribed (MessageNew XFutureEvent))\r\n"),
                   "command tag=d NOTIFY (attr/SET \"SET\") (list \"(selected-delayed (MessageNew MessageExpunge Fla"
                   "gChange AnnotationChange))\" (attr/SELECTED-DELAYED \"selected-delayed\") (list \"(MessageNew Me"
                   "ssageExpunge FlagChange AnnotationChange)\" (attr/MESSAGENEW \"MessageNew\") (attr/MESSAGEEXPUNG"
                   "E \"MessageExpunge\") (attr/FLAGCHANGE \"FlagChange\") (attr/ANNOTATIONCHANGE \"AnnotationChange"
                   "\"))) (list \"(inboxes NONE)\" (attr/INBOXES \"inboxes\") (attr/NONE \"NONE\")) (list \"(subscri"
                   "bed (MessageNew XFutureEvent))\" (attr/SUBSCRIBED \"subscribed\") (list \"(MessageNew XFutureEve"
                   "nt)\" (attr/MESSAGENEW \"MessageNew\") (attr \"XFutureEvent\" generic)))");
  cr_expect_str_eq(ikc_json(0, 0, "d NOTIFY SET (selected-delayed (MessageNew MessageExpunge FlagChange AnnotationChange)) (inboxes"
                   " NONE) (subscribed (MessageNew XFutureEvent))\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"d\",\"name\":\"NOTIFY\",\"actio"
                   "n\":\"SET\",\"status\":false,\"groups\":[{\"filter\":\"SELECTED-DELAYED\",\"events\":[\"MESSAGEN"
                   "EW\",\"MESSAGEEXPUNGE\",\"FLAGCHANGE\",\"ANNOTATIONCHANGE\"]},{\"filter\":\"INBOXES\",\"events\""
                   ":[]},{\"filter\":\"SUBSCRIBED\",\"events\":[\"MESSAGENEW\",{\"name\":\"XFUTUREEVENT\",\"generic"
                   "\":true}]}]}");
}

/* RFC 5465 section 3.2: NOTIFY NONE. */
Test(cmd_ext_dovecot, notify_none) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "e NOTIFY NONE\r\n"),
                   "command tag=e NOTIFY (attr/NONE \"NONE\")");
  cr_expect_str_eq(ikc_json(0, 0, "e NOTIFY NONE\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"e\",\"name\":\"NOTIFY\",\"actio"
                   "n\":\"NONE\"}");
}

/* Events without their parentheses (RFC 5465 section 8 as printed), MessageNew alone takes fetch
 * attributes, a filter without its mailboxes, an unknown filter, nothing after SET. */
Test(cmd_ext_dovecot, notify_errors) {
  cr_expect_str_eq(ikt_parse(C, 0, "a notify set status (selected MessageNew (uid body.peek[header.fields (from to subject)]) Messag"
                   "eExpunge) (subtree Lists MessageNew)\r\n"),
                   "error IK_E_SYNTAX at 30");
  cr_expect_str_eq(ikt_parse(C, 0, "b NOTIFY SET (selected (MessageExpunge (UID)))\r\n"),
                   "error IK_E_SYNTAX at 39");
  cr_expect_str_eq(ikt_parse(C, 0, "c NOTIFY SET (subtree (MessageNew))\r\n"),
                   "error IK_E_SYNTAX at 34");
  cr_expect_str_eq(ikt_parse(C, 0, "d NOTIFY SET (everything (MessageNew))\r\n"),
                   "error IK_E_SYNTAX at 14");
  cr_expect_str_eq(ikt_parse(C, 0, "e NOTIFY SET\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(C, 0, "f NOTIFY SET STATUS\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_expect_str_eq(ikt_parse(C, 0, "g NOTIFY\r\n"),
                   "error IK_E_SYNTAX at 8");
  cr_expect_str_eq(ikt_parse(C, 0, "h NOTIFY SET (selected (MessageNew (FOO)))\r\n"),
                   "command tag=h NOTIFY (attr/SET \"SET\") (list \"(selected (MessageNew (FOO)))\" (attr/SELECTED "
                   "\"selected\") (list \"(MessageNew (FOO))\" (attr/MESSAGENEW \"MessageNew (FOO)\" (list \"(FOO)\""
                   " (fetch_att \"FOO\" generic)))))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "h NOTIFY SET (selected (MessageNew (FOO)))\r\n"),
                   "error IK_E_SYNTAX at 36");
}

/* RFC 4467 sections 7.1 to 7.3: RESETKEY, GENURLAUTH, URLFETCH. */
Test(cmd_ext_dovecot, urlauth) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a RESETKEY\r\n"),
                   "command tag=a RESETKEY");
  cr_expect_str_eq(ikt_parse(C, STRICT, "b RESETKEY INBOX INTERNAL\r\n"),
                   "command tag=b RESETKEY (mailbox:atom \"INBOX\" inbox) (attr/INTERNAL \"INTERNAL\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "c RESETKEY INBOX XSAMPLE\r\n"),
                   "command tag=c RESETKEY (mailbox:atom \"INBOX\" inbox) (attr \"XSAMPLE\" generic)");
  cr_expect_str_eq(ikc_json(0, 0, "b RESETKEY INBOX INTERNAL\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"b\",\"name\":\"RESETKEY\",\"mai"
                   "lbox\":\"INBOX\",\"mechanisms\":[\"INTERNAL\"]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "d GENURLAUTH \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred\" INTERNAL"
                   "\r\n"),
                   "command tag=d GENURLAUTH (string:quoted \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urla"
                   "uth=submit+fred\") (attr/INTERNAL \"INTERNAL\")");
  cr_expect_str_eq(ikc_json(0, 0, "d GENURLAUTH \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred\" INTERNAL"
                   "\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"d\",\"name\":\"GENURLAUTH\",\"u"
                   "rls\":[{\"rump\":\"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred\",\"mec"
                   "hanism\":\"INTERNAL\"}]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "e URLFETCH \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred:internal:9135"
                   "4a473744909de610943775f92038\"\r\n"),
                   "command tag=e URLFETCH (string:quoted \"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlaut"
                   "h=submit+fred:internal:91354a473744909de610943775f92038\")");
  cr_expect_str_eq(ikt_parse(C, 0, "f GENURLAUTH \"imap://x/INBOX/;uid=1;urlauth=anonymous\"\r\n"),
                   "error IK_E_SYNTAX at 54");
  cr_expect_str_eq(ikt_parse(C, 0, "g URLFETCH\r\n"),
                   "error IK_E_SYNTAX at 10");
}

/* RFC 5524 section 3: URLFETCH (url [BINARY] [BODYPARTSTRUCTURE] [PARTIAL
 * offset[.length]]). */
Test(cmd_ext_dovecot, url_partial) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a URLFETCH (\"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred:internal:913"
                   "54a473744909de610943775f92038\" BINARY PARTIAL 0.1024)\r\n"),
                   "command tag=a URLFETCH (list \"(\\\"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=su"
                   "bmit+fred:internal:91354a473744909de610943775f92038\\\" BINARY PARTIAL 0.1024)\" (string:quoted "
                   "\"imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred:internal:91354a473744909"
                   "de610943775f92038\") (attr/BINARY \"BINARY\") (attr/PARTIAL \"PARTIAL 0.1024\" (string:atom \"0."
                   "1024\")))");
  cr_expect_str_eq(ikt_parse(C, STRICT, "b URLFETCH (\"imap://x/INBOX/;uid=1\" BODYPARTSTRUCTURE) \"imap://x/INBOX/;uid=2\"\r\n"),
                   "command tag=b URLFETCH (list \"(\\\"imap://x/INBOX/;uid=1\\\" BODYPARTSTRUCTURE)\" (string:quote"
                   "d \"imap://x/INBOX/;uid=1\") (attr/BODYPARTSTRUCTURE \"BODYPARTSTRUCTURE\")) (string:quoted \"im"
                   "ap://x/INBOX/;uid=2\")");
  cr_expect_str_eq(ikc_json(0, 0, "b URLFETCH (\"imap://x/INBOX/;uid=1\" BINARY PARTIAL 512) \"imap://x/INBOX/;uid=2\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"b\",\"name\":\"URLFETCH\",\"url"
                   "s\":[{\"url\":\"imap://x/INBOX/;uid=1\",\"options\":[\"BINARY\",{\"name\":\"PARTIAL\",\"value\":"
                   "\"512\"}]},\"imap://x/INBOX/;uid=2\"]}");
  cr_expect_str_eq(ikt_parse(C, 0, "c URLFETCH (\"imap://x/INBOX/;uid=1\" PARTIAL 1.0)\r\n"),
                   "error IK_E_SYNTAX at 46");
}

/* RFC 5255 sections 3.2 and 4.7: LANGUAGE and COMPARATOR, with or without
 * arguments. */
Test(cmd_ext_dovecot, i18nlevel) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A001 LANGUAGE\r\n"),
                   "command tag=A001 LANGUAGE");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 LANGUAGE DE\r\n"),
                   "command tag=A002 LANGUAGE (string:atom \"DE\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 LANGUAGE \"fr\" \"de-CH\"\r\n"),
                   "command tag=A003 LANGUAGE (string:quoted \"fr\") (string:quoted \"de-CH\")");
  cr_expect_str_eq(ikc_json(0, 0, "A003 LANGUAGE \"fr\" \"de-CH\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A003\",\"name\":\"LANGUAGE\",\""
                   "languages\":[\"fr\",\"de-CH\"]}");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A004 COMPARATOR\r\n"),
                   "command tag=A004 COMPARATOR");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A005 COMPARATOR \"i;unicode-casemap\" \"i;octet\"\r\n"),
                   "command tag=A005 COMPARATOR (string:quoted \"i;unicode-casemap\") (string:quoted \"i;octet\")");
  cr_expect_str_eq(ikc_json(0, 0, "A005 COMPARATOR \"i;unicode-casemap\" \"i;octet\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A005\",\"name\":\"COMPARATOR\","
                   "\"comparators\":[\"i;unicode-casemap\",\"i;octet\"]}");
  cr_expect_str_eq(ikt_parse(C, 0, "A006 LANGUAGE (DE)\r\n"),
                   "error IK_E_SYNTAX at 14");
}

/* RFC 2193 section 4: RLIST and RLSUB take LIST's and LSUB's arguments; so does
 * Gmail's XLIST. */
Test(cmd_ext_dovecot, referrals_xlist) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A001 RLIST \"\" \"foo/%\"\r\n"),
                   "command tag=A001 RLIST (mailbox:quoted \"\") (string:quoted \"foo/%\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 RLSUB \"foo/\" \"*\"\r\n"),
                   "command tag=A002 RLSUB (mailbox:quoted \"foo/\") (string:quoted \"*\")");
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 XLIST \"\" \"*\"\r\n"),
                   "command tag=A003 XLIST (mailbox:quoted \"\") (string:quoted \"*\")");
  cr_expect_str_eq(ikc_json(0, 0, "A001 RLIST \"\" \"foo/%\"\r\n"),
                   "{\"offset\":0,\"side\":\"client\",\"kind\":\"command\",\"tag\":\"A001\",\"name\":\"RLIST\",\"ref"
                   "erence\":\"\",\"pattern\":\"foo/%\"}");
}
