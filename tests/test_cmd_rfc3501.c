/*
 * Every client example (C: lines) of RFC 3501 sections 6, 7 and 8 as an exact
 * tree, in strict mode: multi-line examples with their literals reassembled, the
 * AUTHENTICATE exchange as a session. Editorial placeholders ("...empty line...",
 * "...very long command line...") are left out. The same examples, as one
 * client stream, are tests/data/rfc3501/client-examples.imap, which
 * `imapkit parse --side client --strict` accepts with no generic node but for
 * XPIG-LATIN.
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "cmdutil.h"

Test(cmd_rfc3501, s6_1_1_capability) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "abcd CAPABILITY\r\n"),
                   "command tag=abcd CAPABILITY");
}

Test(cmd_rfc3501, s6_1_1_starttls) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "efgh STARTTLS\r\n"),
                   "command tag=efgh STARTTLS");
}

Test(cmd_rfc3501, s6_1_1_capability_after_tls) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "ijkl CAPABILITY\r\n"),
                   "command tag=ijkl CAPABILITY");
}

Test(cmd_rfc3501, s6_1_2_noop) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a002 NOOP\r\n"),
                   "command tag=a002 NOOP");
}

Test(cmd_rfc3501, s6_1_2_noop_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a047 NOOP\r\n"),
                   "command tag=a047 NOOP");
}

Test(cmd_rfc3501, s6_1_3_logout) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A023 LOGOUT\r\n"),
                   "command tag=A023 LOGOUT");
}

Test(cmd_rfc3501, s6_2_1_capability) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a001 CAPABILITY\r\n"),
                   "command tag=a001 CAPABILITY");
}

Test(cmd_rfc3501, s6_2_1_starttls) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a002 STARTTLS\r\n"),
                   "command tag=a002 STARTTLS");
}

Test(cmd_rfc3501, s6_2_1_capability_after) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a003 CAPABILITY\r\n"),
                   "command tag=a003 CAPABILITY");
}

Test(cmd_rfc3501, s6_2_1_login) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a004 LOGIN joe password\r\n"),
                   "command tag=a004 LOGIN (string:atom \"joe\") (string:atom \"password\")");
}

Test(cmd_rfc3501, s6_2_3_login) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a001 LOGIN SMITH SESAME\r\n"),
                   "command tag=a001 LOGIN (string:atom \"SMITH\") (string:atom \"SESAME\")");
}

Test(cmd_rfc3501, s6_3_1_select) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A142 SELECT INBOX\r\n"),
                   "command tag=A142 SELECT (mailbox:atom \"INBOX\" inbox)");
}

Test(cmd_rfc3501, s6_3_2_examine) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A932 EXAMINE blurdybloop\r\n"),
                   "command tag=A932 EXAMINE (mailbox:atom \"blurdybloop\")");
}

Test(cmd_rfc3501, s6_3_3_create) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 CREATE owatagusiam/\r\n"),
                   "command tag=A003 CREATE (mailbox:atom \"owatagusiam/\")");
}

Test(cmd_rfc3501, s6_3_3_create_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A004 CREATE owatagusiam/blurdybloop\r\n"),
                   "command tag=A004 CREATE (mailbox:atom \"owatagusiam/blurdybloop\")");
}

Test(cmd_rfc3501, s6_3_4_list) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A682 LIST \"\" *\r\n"),
                   "command tag=A682 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_4_delete) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A683 DELETE blurdybloop\r\n"),
                   "command tag=A683 DELETE (mailbox:atom \"blurdybloop\")");
}

Test(cmd_rfc3501, s6_3_4_delete_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A684 DELETE foo\r\n"),
                   "command tag=A684 DELETE (mailbox:atom \"foo\")");
}

Test(cmd_rfc3501, s6_3_4_delete_3) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A685 DELETE foo/bar\r\n"),
                   "command tag=A685 DELETE (mailbox:atom \"foo/bar\")");
}

Test(cmd_rfc3501, s6_3_4_list_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A686 LIST \"\" *\r\n"),
                   "command tag=A686 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_4_delete_4) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A687 DELETE foo\r\n"),
                   "command tag=A687 DELETE (mailbox:atom \"foo\")");
}

Test(cmd_rfc3501, s6_3_4_list_3) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A82 LIST \"\" *\r\n"),
                   "command tag=A82 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_4_delete_5) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A83 DELETE blurdybloop\r\n"),
                   "command tag=A83 DELETE (mailbox:atom \"blurdybloop\")");
}

Test(cmd_rfc3501, s6_3_4_delete_6) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A84 DELETE foo\r\n"),
                   "command tag=A84 DELETE (mailbox:atom \"foo\")");
}

Test(cmd_rfc3501, s6_3_4_list_4) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A85 LIST \"\" *\r\n"),
                   "command tag=A85 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_4_list_5) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A86 LIST \"\" %\r\n"),
                   "command tag=A86 LIST (mailbox:quoted \"\") (string:atom \"%\")");
}

Test(cmd_rfc3501, s6_3_5_list) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A682 LIST \"\" *\r\n"),
                   "command tag=A682 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_5_rename) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A683 RENAME blurdybloop sarasoop\r\n"),
                   "command tag=A683 RENAME (mailbox:atom \"blurdybloop\") (mailbox:atom \"sarasoop\")");
}

Test(cmd_rfc3501, s6_3_5_rename_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A684 RENAME foo zowie\r\n"),
                   "command tag=A684 RENAME (mailbox:atom \"foo\") (mailbox:atom \"zowie\")");
}

Test(cmd_rfc3501, s6_3_5_list_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A685 LIST \"\" *\r\n"),
                   "command tag=A685 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_5_list_3) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "Z432 LIST \"\" *\r\n"),
                   "command tag=Z432 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_5_rename_inbox) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "Z433 RENAME INBOX old-mail\r\n"),
                   "command tag=Z433 RENAME (mailbox:atom \"INBOX\" inbox) (mailbox:atom \"old-mail\")");
}

Test(cmd_rfc3501, s6_3_5_list_4) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "Z434 LIST \"\" *\r\n"),
                   "command tag=Z434 LIST (mailbox:quoted \"\") (string:atom \"*\")");
}

Test(cmd_rfc3501, s6_3_6_subscribe) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 SUBSCRIBE #news.comp.mail.mime\r\n"),
                   "command tag=A002 SUBSCRIBE (mailbox:atom \"#news.comp.mail.mime\")");
}

Test(cmd_rfc3501, s6_3_7_unsubscribe) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 UNSUBSCRIBE #news.comp.mail.mime\r\n"),
                   "command tag=A002 UNSUBSCRIBE (mailbox:atom \"#news.comp.mail.mime\")");
}

Test(cmd_rfc3501, s6_3_8_list_empty) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A101 LIST \"\" \"\"\r\n"),
                   "command tag=A101 LIST (mailbox:quoted \"\") (string:quoted \"\")");
}

Test(cmd_rfc3501, s6_3_8_list_news) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A102 LIST #news.comp.mail.misc \"\"\r\n"),
                   "command tag=A102 LIST (mailbox:atom \"#news.comp.mail.misc\") (string:quoted \"\")");
}

Test(cmd_rfc3501, s6_3_8_list_path) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A103 LIST /usr/staff/jones \"\"\r\n"),
                   "command tag=A103 LIST (mailbox:atom \"/usr/staff/jones\") (string:quoted \"\")");
}

Test(cmd_rfc3501, s6_3_8_list_home) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A202 LIST ~/Mail/ %\r\n"),
                   "command tag=A202 LIST (mailbox:atom \"~/Mail/\") (string:atom \"%\")");
}

Test(cmd_rfc3501, s6_3_9_lsub) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A002 LSUB \"#news.\" \"comp.mail.*\"\r\n"),
                   "command tag=A002 LSUB (mailbox:quoted \"#news.\") (string:quoted \"comp.mail.*\")");
}

Test(cmd_rfc3501, s6_3_9_lsub_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 LSUB \"#news.\" \"comp.%\"\r\n"),
                   "command tag=A003 LSUB (mailbox:quoted \"#news.\") (string:quoted \"comp.%\")");
}

Test(cmd_rfc3501, s6_3_10_status) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A042 STATUS blurdybloop (UIDNEXT MESSAGES)\r\n"),
                   "command tag=A042 STATUS (mailbox:atom \"blurdybloop\") (list \"(UIDNEXT MESSAGES)\" (attr/UIDNEX"
                   "T \"UIDNEXT\") (attr/MESSAGES \"MESSAGES\"))");
}

Test(cmd_rfc3501, s6_3_11_append) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 APPEND saved-messages (\\Seen) {310}\r\nDate: Mon, 7 Feb 1994 21:52:25 -0800 (PST)\r\nFrom: Fred Foobar <foobar@Blurdybloop.COM>\r\nSubject: afternoon meeting\r\nTo: mooch@owatagu.siam.edu\r\nMessage-Id: <B27397-0100000@Blurdybloop.COM>\r\nMIME-Version: 1.0\r\nContent-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\n\r\nHello Joe, do you think we can meet at 3:30 tomorrow?\r\n\r\n"),
                   "command tag=A003 APPEND (mailbox:atom \"saved-messages\") (append_message \"(\\\\Seen) {310}"
                   "\\x0d\\x0aDate: Mon, 7 Feb 1994 21:52:25 -0800 (PST)\\x0d\\x0aFrom: Fred Foobar <foobar@Blurdybl"
                   "oop.COM>\\x0d\\x0aSubject: afternoon meeting\\x0d\\x0aTo: mooch@owatagu.siam.edu\\x0d\\x0aMessag"
                   "e-Id: <B27397-0100000@Blurdybloop.COM>\\x0d\\x0aMIME-Version: 1.0\\x0d\\x0aContent-Type: TEXT/PL"
                   "AIN; CHARSET=US-ASCII\\x0d\\x0a\\x0d\\x0aHello Joe, do you think we can meet at 3:30 tomorrow?\\"
                   "x0d\\x0a\" (flag_list \"(\\\\Seen)\" (flag:atom \"\\\\Seen\")) (string:literal \"Date: Mon, 7 Fe"
                   "b 1994 21:52:25 -0800 (PST)\\x0d\\x0aFrom: Fred Foobar <foobar@Blurdybloop.COM>\\x0d\\x0aSubject"
                   ": afternoon meeting\\x0d\\x0aTo: mooch@owatagu.siam.edu\\x0d\\x0aMessage-Id: <B27397-0100000@Blu"
                   "rdybloop.COM>\\x0d\\x0aMIME-Version: 1.0\\x0d\\x0aContent-Type: TEXT/PLAIN; CHARSET=US-ASCII"
                   "\\x0d\\x0a\\x0d\\x0aHello Joe, do you think we can meet at 3:30 tomorrow?\\x0d\\x0a\"))");
}

Test(cmd_rfc3501, s6_4_1_check) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "FXXZ CHECK\r\n"),
                   "command tag=FXXZ CHECK");
}

Test(cmd_rfc3501, s6_4_2_close) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A341 CLOSE\r\n"),
                   "command tag=A341 CLOSE");
}

Test(cmd_rfc3501, s6_4_3_expunge) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A202 EXPUNGE\r\n"),
                   "command tag=A202 EXPUNGE");
}

Test(cmd_rfc3501, s6_4_4_search) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A282 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"\r\n"),
                   "command tag=A282 SEARCH (key/FLAGGED \"FLAGGED\") (key/SINCE \"SINCE 1-Feb-1994\" (date:atom \"1"
                   "-Feb-1994\" #8797)) (key/NOT \"NOT FROM \\\"Smith\\\"\" (key/FROM \"FROM \\\"Smith\\\"\" (string"
                   ":quoted \"Smith\")))");
}

Test(cmd_rfc3501, s6_4_4_search_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A283 SEARCH TEXT \"string not in mailbox\"\r\n"),
                   "command tag=A283 SEARCH (key/TEXT \"TEXT \\\"string not in mailbox\\\"\" (string:quoted \"string"
                   " not in mailbox\"))");
}

Test(cmd_rfc3501, s6_4_4_search_charset) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A284 SEARCH CHARSET UTF-8 TEXT {6}\r\nXXXXXX\r\n"),
                   "command tag=A284 SEARCH (attr/CHARSET \"CHARSET UTF-8\" (string:atom \"UTF-8\")) (key/TEXT \"TEX"
                   "T {6}\\x0d\\x0aXXXXXX\" (string:literal \"XXXXXX\"))");
}

Test(cmd_rfc3501, s6_4_5_fetch) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A654 FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])\r\n"),
                   "command tag=A654 FETCH (seqset \"2:4\" (seq_range \"2:4\" (seq_num \"2\" #2) (seq_num \"4\" #4))"
                   ") (list \"(FLAGS BODY[HEADER.FIELDS (DATE FROM)])\" (fetch_att/FLAGS \"FLAGS\") (fetch_att/BODY "
                   "\"BODY[HEADER.FIELDS (DATE FROM)]\" (section \"HEADER.FIELDS (DATE FROM)\" (attr/HEADER.FIELDS "
                   "\"HEADER.FIELDS (DATE FROM)\" (list \"(DATE FROM)\" (string:atom \"DATE\") (string:atom \"FROM\""
                   "))))))");
}

Test(cmd_rfc3501, s6_4_6_store) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 STORE 2:4 +FLAGS (\\Deleted)\r\n"),
                   "command tag=A003 STORE (seqset \"2:4\" (seq_range \"2:4\" (seq_num \"2\" #2) (seq_num \"4\" #4))"
                   ") (store/FLAGS \"+FLAGS (\\\\Deleted)\" plus (flag_list \"(\\\\Deleted)\" (flag:atom \"\\\\Delet"
                   "ed\")))");
}

Test(cmd_rfc3501, s6_4_7_copy) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A003 COPY 2:4 MEETING\r\n"),
                   "command tag=A003 COPY (seqset \"2:4\" (seq_range \"2:4\" (seq_num \"2\" #2) (seq_num \"4\" #4)))"
                   " (mailbox:atom \"MEETING\")");
}

Test(cmd_rfc3501, s6_4_8_uid_fetch) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A999 UID FETCH 4827313:4828442 FLAGS\r\n"),
                   "command tag=A999 UID FETCH (seqset \"4827313:4828442\" (seq_range \"4827313:4828442\" (seq_num "
                   "\"4827313\" #4827313) (seq_num \"4828442\" #4828442))) (fetch_att/FLAGS \"FLAGS\")");
}

Test(cmd_rfc3501, s6_5_1_capability) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a441 CAPABILITY\r\n"),
                   "command tag=a441 CAPABILITY");
}

Test(cmd_rfc3501, s6_5_1_xpig_latin) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A442 XPIG-LATIN\r\n"),
                   "command tag=A442 XPIG-LATIN generic");
}

Test(cmd_rfc3501, s7_1_login) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A001 LOGIN fred blurdybloop\r\n"),
                   "command tag=A001 LOGIN (string:atom \"fred\") (string:atom \"blurdybloop\")");
}

Test(cmd_rfc3501, s7_1_copy) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A222 COPY 1:2 owatagusiam\r\n"),
                   "command tag=A222 COPY (seqset \"1:2\" (seq_range \"1:2\" (seq_num \"1\" #1) (seq_num \"2\" #2)))"
                   " (mailbox:atom \"owatagusiam\")");
}

Test(cmd_rfc3501, s7_1_copy_2) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A223 COPY 3:200 blurdybloop\r\n"),
                   "command tag=A223 COPY (seqset \"3:200\" (seq_range \"3:200\" (seq_num \"3\" #3) (seq_num \"200\""
                   " #200))) (mailbox:atom \"blurdybloop\")");
}

Test(cmd_rfc3501, s7_1_expunge) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A443 EXPUNGE\r\n"),
                   "command tag=A443 EXPUNGE");
}

Test(cmd_rfc3501, s7_5_login_literals) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "A001 LOGIN {11}\r\nFRED FOOBAR {7}\r\nfat man\r\n"),
                   "command tag=A001 LOGIN (string:literal \"FRED FOOBAR\") (string:literal \"fat man\")");
}

Test(cmd_rfc3501, s8_login) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a001 login mrc secret\r\n"),
                   "command tag=a001 LOGIN (string:atom \"mrc\") (string:atom \"secret\")");
}

Test(cmd_rfc3501, s8_select) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a002 select inbox\r\n"),
                   "command tag=a002 SELECT (mailbox:atom \"inbox\" inbox)");
}

Test(cmd_rfc3501, s8_fetch_full) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a003 fetch 12 full\r\n"),
                   "command tag=a003 FETCH (seqset \"12\" (seq_num \"12\" #12)) (fetch_att/FULL \"full\")");
}

Test(cmd_rfc3501, s8_fetch_body_header) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a004 fetch 12 body[header]\r\n"),
                   "command tag=a004 FETCH (seqset \"12\" (seq_num \"12\" #12)) (fetch_att/BODY \"body[header]\" (se"
                   "ction \"header\" (attr/HEADER \"header\")))");
}

Test(cmd_rfc3501, s8_store) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a005 store 12 +flags \\deleted\r\n"),
                   "command tag=a005 STORE (seqset \"12\" (seq_num \"12\" #12)) (store/FLAGS \"+flags \\\\deleted\" "
                   "plus (flag:atom \"\\\\deleted\"))");
}

Test(cmd_rfc3501, s8_logout) {
  cr_expect_str_eq(ikt_parse(C, STRICT, "a006 logout\r\n"),
                   "command tag=a006 LOGOUT");
}

/* 6.2.2: AUTHENTICATE GSSAPI, then the client's SASL responses (an empty one
 * among them) as data lines of the session. */
Test(cmd_rfc3501, s6_2_2_authenticate_gssapi_session) {
  static const char s[] =
      "A001 AUTHENTICATE GSSAPI\r\nYIIB+wYJKoZIhvcSAQICAQBuggHqMIIB5qADAgEFoQMCAQ6iBwMFACAAAACjggEmYYIB"
      "IjCCAR6gAwIBBaESGxB1Lndhc2hpbmd0b24uZWR1oi0wK6ADAgEDoSQwIhsEaW1hcBsac2hpdmFtcy5jYWMud2FzaGluZ3Rv"
      "bi5lZHWjgdMwgdCgAwIBAaEDAgEDooHDBIHAcS1GSa5b+fXnPZNmXB9SjL8Ollj2SKyb+3S0iXMljen/jNkpJXAleKTz6BQP"
      "zj8duz8EtoOuNfKgweViyn/9B9bccy1uuAE2HI0yC/PHXNNU9ZrBziJ8Lm0tTNc98kUpjXnHZhsMcz5Mx2GR6dGknbI0iaGc"
      "RerMUsWOuBmKKKRmVMMdR9T3EZdpqsBd7jZCNMWotjhivd5zovQlFqQ2Wjc2+y46vKP/iXxWIuQJuDiisyXF0Y8+5GTpALpH"
      "Dc1/pIGmMIGjoAMCAQGigZsEgZg2on5mSuxoDHEA1w9bcW9nFdFxDKpdrQhVGVRDIzcCMCTzvUboqb5KjY1NJKJsfjRQiBYB"
      "dENKfzK+g5DlV8nrw81uOcP8NOQCLR5XkoMHC0Dr/80ziQzbNqhxO6652Npft0LQwJvenwDI13YxpwOdMXzkWZN/XrEqOWp6"
      "GCgXTBvCyLWLlWnbaUkZdEYbKHBPjd8t/1x5Yg==\r\n\r\nYDMGCSqGSIb3EgECAgIBAAD/////3LQBHXTpFfZgrejpLlLI"
      "mPwkhbfa2QteAQAgAG1yYwE=\r\n";
  char *got = ikt_stream(C, STRICT, NULL, (const unsigned char *)s, sizeof s - 1, 0);
  cr_expect_str_eq(got,
                   "command tag=A001 AUTHENTICATE (string:atom \"GSSAPI\")\ndata AUTHENTICATE (sasl:atom \"YIIB+wYJK"
                   "oZIhvcSAQICAQBuggHqMIIB5qADAgEFoQMCAQ6iBwMFACAAAACjggEmYYIBIjCCAR6gAwIBBaESGxB1Lndhc2hpbmd0b24uZ"
                   "WR1oi0wK6ADAgEDoSQwIhsEaW1hcBsac2hpdmFtcy5jYWMud2FzaGluZ3Rvbi5lZHWjgdMwgdCgAwIBAaEDAgEDooHDBIHAc"
                   "S1GSa5b+fXnPZNmXB9SjL8Ollj2SKyb+3S0iXMljen/jNkpJXAleKTz6BQPzj8duz8EtoOuNfKgweViyn/9B9bccy1uuAE2H"
                   "I0yC/PHXNNU9ZrBziJ8Lm0tTNc98kUpjXnHZhsMcz5Mx2GR6dGknbI0iaGcRerMUsWOuBmKKKRmVMMdR9T3EZdpqsBd7jZCN"
                   "MWotjhivd5zovQlFqQ2Wjc2+y46vKP/iXxWIuQJuDiisyXF0Y8+5GTpALpHDc1/pIGmMIGjoAMCAQGigZsEgZg2on5mSuxoD"
                   "HEA1w9bcW9nFdFxDKpdrQhVGVRDIzcCMCTzvUboqb5KjY1NJKJsfjRQiBYBdENKfzK+g5DlV8nrw81uOcP8NOQCLR5XkoMHC"
                   "0Dr/80ziQzbNqhxO6652Npft0LQwJvenwDI13YxpwOdMXzkWZN/XrEqOWp6GCgXTBvCyLWLlWnbaUkZdEYbKHBPjd8t/1x5Y"
                   "g==\")\ndata AUTHENTICATE (sasl:atom \"\")\ndata AUTHENTICATE (sasl:atom \"YDMGCSqGSIb3EgECAgIBA"
                   "AD/////3LQBHXTpFfZgrejpLlLImPwkhbfa2QteAQAgAG1yYwE=\")\n");
  free(got);
}

/* 7.5: a command with a synchronizing literal the server refuses. The framer
 * asks for the continuation before any byte of it is needed; with the literal
 * the unknown command is a generic node. */
Test(cmd_rfc3501, s7_5_unknown_command_with_literal) {
  static const char line[] = "A044 BLURDYBLOOP {102856}\r\n";
  ik_framer f;
  ik_frame fr;
  ik_framer_init(&f, C, NULL);
  cr_assert_eq(ik_framer_next(&f, (const unsigned char *)line, sizeof line - 1, &fr), IK_FRAME_CONTINUE);
  cr_expect_eq(fr.literal_size, 102856);
  cr_expect_eq(ik_framer_next(&f, (const unsigned char *)line, sizeof line - 1, &fr), IK_FRAME_NEED_MORE);
  size_t n = sizeof line - 1 + 102856 + 2;
  char *msg = malloc(n);
  memcpy(msg, line, sizeof line - 1);
  memset(msg + sizeof line - 1, 'x', 102856);
  memcpy(msg + n - 2, "\r\n", 2);
  const char *got = ikt_parse_n(C, STRICT, (const unsigned char *)msg, n);
  cr_expect(strncmp(got, "command tag=A044 BLURDYBLOOP generic (string:literal \"xxx", 56) == 0, "%.80s", got);
  free(msg);
}

/* The whole example stream, in strict mode, fed whole and 7 bytes at a time:
 * no error, and no generic node but XPIG-LATIN (section 6.5.1). */
Test(cmd_rfc3501, whole_stream_strict) {
  size_t n = 0;
  unsigned char *s = ikt_read_file("tests/data/rfc3501/client-examples.imap", &n);
  cr_assert(s, "cannot read tests/data/rfc3501/client-examples.imap");
  char *whole = ikt_stream(C, STRICT, NULL, s, n, 0);
  char *split = ikt_stream(C, STRICT, NULL, s, n, 7);
  cr_expect_str_eq(whole, split);
  size_t lines = 0, generic = 0;
  for (char *l = whole; *l;) {
    char *e = strchr(l, '\n');
    *e = 0;
    lines++;
    cr_expect(strncmp(l, "error", 5) != 0, "%s", l);
    if (strstr(l, "generic")) {
      generic++;
      cr_expect_str_eq(l, "command tag=A442 XPIG-LATIN generic");
    }
    l = e + 1;
  }
  cr_expect_eq(lines, 70);
  cr_expect_eq(generic, 1);
  free(whole);
  free(split);
  free(s);
}
