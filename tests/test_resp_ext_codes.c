/* Response codes and expunge reports of the extensions, typed: UIDPLUS
 * (RFC 4315: APPENDUID with MULTIAPPEND's uid-set of RFC 3502, COPYUID,
 * UIDNOTSTICKY), MOVE (RFC 6851: COPYUID in an untagged OK before the
 * EXPUNGEs or VANISHED), CONDSTORE/QRESYNC (RFC 7162: HIGHESTMODSEQ, NOMODSEQ,
 * MODIFIED, CLOSED, VANISHED), the RFC 5530 codes, RFC 9051's own,
 * COMPRESSIONACTIVE (RFC 4978), UNKNOWN-CTE (RFC 3516), OVERQUOTA (RFC
 * 9208), METADATA (RFC 5464), MAILBOXID (RFC 8474), USEATTR (RFC 6154),
 * NOUPDATE (RFC 5267), BADEVENT (RFC 5465), REFERRAL (RFC 2221), BADURL (RFC
 * 4469). Exact trees of the RFCs' examples, strict and lenient. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT

/* RFC 4315 section 3: the uid-sets are SEQSET nodes, never expanded */
Test(resp_ext_codes, uidplus_rfc4315_examples) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "A003 OK [APPENDUID 38505 3955] APPEND completed\r\n"),
                   "tagged tag=A003 OK (code/APPENDUID \"APPENDUID\" (number \"38505\" #38505) (seqset \"3955\" "
                   "(seq_num \"3955\" #3955))) (text \"APPEND completed\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n"),
                   "tagged tag=A004 OK (code/COPYUID \"COPYUID\" (number \"38505\" #38505) (seqset \"304,319:320"
                   "\" (seq_num \"304\" #304) (seq_range \"319:320\" (seq_num \"319\" #319) (seq_num \"320\" #32"
                   "0))) (seqset \"3956:3958\" (seq_range \"3956:3958\" (seq_num \"3956\" #3956) (seq_num \"3958"
                   "\" #3958)))) (text \"Done\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NO [UIDNOTSTICKY] Non-persistent UIDs\r\n"),
                   "untagged NO (code/UIDNOTSTICKY \"UIDNOTSTICKY\") (text \"Non-persistent UIDs\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "A003 OK [APPENDUID 38505 3955:3957] MULTIAPPEND completed\r\n"),
                   "tagged tag=A003 OK (code/APPENDUID \"APPENDUID\" (number \"38505\" #38505) (seqset \"3955:39"
                   "57\" (seq_range \"3955:3957\" (seq_num \"3955\" #3955) (seq_num \"3957\" #3957)))) (text \"M"
                   "ULTIAPPEND completed\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "x058 OK [APPENDUID 1795298843 3:4] Append completed (0.013 + 0.000 + 0.012 secs).\r\n"),
                   "tagged tag=x058 OK (code/APPENDUID \"APPENDUID\" (number \"1795298843\" #1795298843) (seqset"
                   " \"3:4\" (seq_range \"3:4\" (seq_num \"3\" #3) (seq_num \"4\" #4)))) (text \"Append complete"
                   "d (0.013 + 0.000 + 0.012 secs).\")");
}

/* uidvalidity is an nz-number; a uid-set has no "*" (a quirk: OTHER at the "*") */
Test(resp_ext_codes, uidplus_errors) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "A003 OK [APPENDUID 0 3955] x\r\n"),
                   "error IK_E_SYNTAX at 19");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "A003 OK [APPENDUID 38505] x\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "A004 OK [COPYUID 38505 1:* 3956:3958] x\r\n"),
                   "tagged tag=A004 OK (code/COPYUID \"COPYUID\" (number \"38505\" #38505) (seqset \"1:*\" (seq_"
                   "range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 star))) (seqset \"3956:3958\" (seq_range "
                   "\"3956:3958\" (seq_num \"3956\" #3956) (seq_num \"3958\" #3958)))) (text \"x\") [quirk OTHER"
                   "@25]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "A004 OK [COPYUID 38505 1:* 3956:3958] x\r\n"),
                   "error IK_E_NOT_ALLOWED at 25");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "A003 OK [APPENDUID 38505] x\r\n"),
                   "tagged tag=A003 OK (text \"[APPENDUID 38505] x\") [quirk OTHER@24]");
}

/* RFC 6851 section 4.3: COPYUID in an untagged OK (with empty text, RFC 9051) before the expunges */
Test(resp_ext_codes, move_rfc6851_examples) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [COPYUID 432432 42:69 1202:1229] \r\n"),
                   "untagged OK (code/COPYUID \"COPYUID\" (number \"432432\" #432432) (seqset \"42:69\" (seq_ran"
                   "ge \"42:69\" (seq_num \"42\" #42) (seq_num \"69\" #69))) (seqset \"1202:1229\" (seq_range \""
                   "1202:1229\" (seq_num \"1202\" #1202) (seq_num \"1229\" #1229))))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* 22 EXPUNGE\r\n"),
                   "untagged EXPUNGE #22");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED 42:69\r\n"),
                   "untagged VANISHED (seqset \"42:69\" (seq_range \"42:69\" (seq_num \"42\" #42) (seq_num \"69"
                   "\" #69)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a OK Done\r\n"),
                   "tagged tag=a OK (text \"Done\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [COPYUID 1795298848 5:6 1:2] Moved UIDs.\r\n"),
                   "untagged OK (code/COPYUID \"COPYUID\" (number \"1795298848\" #1795298848) (seqset \"5:6\" (s"
                   "eq_range \"5:6\" (seq_num \"5\" #5) (seq_num \"6\" #6))) (seqset \"1:2\" (seq_range \"1:2\" "
                   "(seq_num \"1\" #1) (seq_num \"2\" #2)))) (text \"Moved UIDs.\")");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [COPYUID 432432 42:69 1202:1229]\r\n"),
                   "untagged OK (code/COPYUID \"COPYUID\" (number \"432432\" #432432) (seqset \"42:69\" (seq_ran"
                   "ge \"42:69\" (seq_num \"42\" #42) (seq_num \"69\" #69))) (seqset \"1202:1229\" (seq_range \""
                   "1202:1229\" (seq_num \"1202\" #1202) (seq_num \"1229\" #1229)))) [quirk MISSING_TEXT@37]");
}

/* RFC 7162 section 3.1: HIGHESTMODSEQ (mod-sequence-value, 63 bits), NOMODSEQ, MODIFIED (a sequence set), CLOSED */
Test(resp_ext_codes, condstore_codes) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n"),
                   "untagged OK (code/HIGHESTMODSEQ \"HIGHESTMODSEQ\" (number \"715194045007\" #715194045007)) ("
                   "text \"Highest\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n"),
                   "untagged OK (code/NOMODSEQ \"NOMODSEQ\") (text \"Sorry, this mailbox format doesn't support "
                   "modsequences\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n"),
                   "tagged tag=d105 OK (code/MODIFIED \"MODIFIED\" (seqset \"7,9\" (seq_num \"7\" #7) (seq_num "
                   "\"9\" #9))) (text \"Conditional STORE failed\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [CLOSED] Previous mailbox closed.\r\n"),
                   "untagged OK (code/CLOSED \"CLOSED\") (text \"Previous mailbox closed.\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [HIGHESTMODSEQ 9223372036854775807] x\r\n"),
                   "untagged OK (code/HIGHESTMODSEQ \"HIGHESTMODSEQ\" (number \"9223372036854775807\" #922337203"
                   "6854775807)) (text \"x\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [HIGHESTMODSEQ 9223372036854775808] x\r\n"),
                   "error IK_E_NUMBER_TOO_BIG at 20");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [HIGHESTMODSEQ 0] x\r\n"),
                   "error IK_E_SYNTAX at 20");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [HIGHESTMODSEQ 0] x\r\n"),
                   "untagged OK (text \"[HIGHESTMODSEQ 0] x\") [quirk OTHER@20]");
}

/* RFC 7162 3.2.10: VANISHED [(EARLIER)] known-uids */
Test(resp_ext_codes, vanished) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n"),
                   "untagged VANISHED (list \"(EARLIER)\" (attr/EARLIER \"EARLIER\")) (seqset \"41,43:116,118,12"
                   "0:211,214:540\" (seq_num \"41\" #41) (seq_range \"43:116\" (seq_num \"43\" #43) (seq_num \"1"
                   "16\" #116)) (seq_num \"118\" #118) (seq_range \"120:211\" (seq_num \"120\" #120) (seq_num \""
                   "211\" #211)) (seq_range \"214:540\" (seq_num \"214\" #214) (seq_num \"540\" #540)))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED 405,407,410,425\r\n"),
                   "untagged VANISHED (seqset \"405,407,410,425\" (seq_num \"405\" #405) (seq_num \"407\" #407) "
                   "(seq_num \"410\" #410) (seq_num \"425\" #425))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED (EARLIER) 1:3,5\r\n"),
                   "untagged VANISHED (list \"(EARLIER)\" (attr/EARLIER \"EARLIER\")) (seqset \"1:3,5\" (seq_ran"
                   "ge \"1:3\" (seq_num \"1\" #1) (seq_num \"3\" #3)) (seq_num \"5\" #5))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED (earlier) 1\r\n"),
                   "untagged VANISHED (list \"(earlier)\" (attr/EARLIER \"earlier\")) (seqset \"1\" (seq_num \"1"
                   "\" #1))");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED (LATER) 1\r\n"),
                   "error IK_E_SYNTAX at 12");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED\r\n"),
                   "error IK_E_SYNTAX at 10");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* VANISHED 1:*\r\n"),
                   "untagged VANISHED (seqset \"1:*\" (seq_range \"1:*\" (seq_num \"1\" #1) (seq_num \"*\" #0 st"
                   "ar))) [quirk OTHER@13]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* VANISHED 1:*\r\n"),
                   "error IK_E_NOT_ALLOWED at 13");
}

/* RFC 5530 section 3: the codes take no argument; with text after the name they are the generic form */
Test(resp_ext_codes, rfc5530_codes) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [UNAVAILABLE] User's backend down for maintenance\r\n"),
                   "tagged tag=a NO (code/UNAVAILABLE \"UNAVAILABLE\") (text \"User's backend down for maintenan"
                   "ce\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [AUTHENTICATIONFAILED] Authentication failed\r\n"),
                   "tagged tag=a NO (code/AUTHENTICATIONFAILED \"AUTHENTICATIONFAILED\") (text \"Authentication "
                   "failed\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [AUTHORIZATIONFAILED] No such authorization-ID\r\n"),
                   "tagged tag=a NO (code/AUTHORIZATIONFAILED \"AUTHORIZATIONFAILED\") (text \"No such authoriza"
                   "tion-ID\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [EXPIRED] That password isn't valid any more\r\n"),
                   "tagged tag=a NO (code/EXPIRED \"EXPIRED\") (text \"That password isn't valid any more\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [PRIVACYREQUIRED] Connection is not private\r\n"),
                   "tagged tag=a NO (code/PRIVACYREQUIRED \"PRIVACYREQUIRED\") (text \"Connection is not private"
                   "\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [CONTACTADMIN] You need to contact the admin\r\n"),
                   "tagged tag=a NO (code/CONTACTADMIN \"CONTACTADMIN\") (text \"You need to contact the admin\""
                   ")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [NOPERM] Access denied\r\n"),
                   "tagged tag=a NO (code/NOPERM \"NOPERM\") (text \"Access denied\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [INUSE] Mailbox in use\r\n"),
                   "tagged tag=a NO (code/INUSE \"INUSE\") (text \"Mailbox in use\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [EXPUNGEISSUED] Some messages in the mailbox had been expunged\r\n"),
                   "tagged tag=a NO (code/EXPUNGEISSUED \"EXPUNGEISSUED\") (text \"Some messages in the mailbox "
                   "had been expunged\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [CORRUPTION] Mailbox is corrupted\r\n"),
                   "tagged tag=a NO (code/CORRUPTION \"CORRUPTION\") (text \"Mailbox is corrupted\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [SERVERBUG] This should not happen\r\n"),
                   "tagged tag=a NO (code/SERVERBUG \"SERVERBUG\") (text \"This should not happen\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a BAD [CLIENTBUG] Deleted messages fetched\r\n"),
                   "tagged tag=a BAD (code/CLIENTBUG \"CLIENTBUG\") (text \"Deleted messages fetched\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [CANNOT] Adjacent slashes are not supported\r\n"),
                   "tagged tag=a NO (code/CANNOT \"CANNOT\") (text \"Adjacent slashes are not supported\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [LIMIT] At most 32 flags in one mailbox supported\r\n"),
                   "tagged tag=a NO (code/LIMIT \"LIMIT\") (text \"At most 32 flags in one mailbox supported\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [OVERQUOTA] Sorry\r\n"),
                   "tagged tag=a NO (code/OVERQUOTA \"OVERQUOTA\") (text \"Sorry\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [ALREADYEXISTS] Mailbox \"that\" already exists\r\n"),
                   "tagged tag=a NO (code/ALREADYEXISTS \"ALREADYEXISTS\") (text \"Mailbox \\\"that\\\" already "
                   "exists\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [NONEXISTENT] No such mailbox\r\n"),
                   "tagged tag=a NO (code/NONEXISTENT \"NONEXISTENT\") (text \"No such mailbox\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [INUSE now] x\r\n"),
                   "tagged tag=a NO (code/INUSE \"INUSE\" generic (text \"now\")) (text \"x\")");
}

/* RFC 9051 (NOTSAVED, HASCHILDREN), RFC 4978 COMPRESSIONACTIVE, RFC 3516 UNKNOWN-CTE, RFC 6154 USEATTR, RFC 4469 TOOBIG, RFC 5465 NOTIFICATIONOVERFLOW */
Test(resp_ext_codes, other_extension_codes) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [NOTSAVED] x\r\n"),
                   "tagged tag=a NO (code/NOTSAVED \"NOTSAVED\") (text \"x\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [HASCHILDREN] Mailbox has children\r\n"),
                   "tagged tag=a NO (code/HASCHILDREN \"HASCHILDREN\") (text \"Mailbox has children\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [COMPRESSIONACTIVE] DEFLATE active via TLS\r\n"),
                   "tagged tag=a NO (code/COMPRESSIONACTIVE \"COMPRESSIONACTIVE\") (text \"DEFLATE active via TL"
                   "S\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [UNKNOWN-CTE] Can't decode part 2\r\n"),
                   "tagged tag=a NO (code/UNKNOWN-CTE \"UNKNOWN-CTE\") (text \"Can't decode part 2\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "t1 NO [USEATTR] An \\Important mailbox already exists\r\n"),
                   "tagged tag=t1 NO (code/USEATTR \"USEATTR\") (text \"An \\\\Important mailbox already exists"
                   "\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [TOOBIG] x\r\n"),
                   "tagged tag=a NO (code/TOOBIG \"TOOBIG\") (text \"x\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [NOTIFICATIONOVERFLOW] ...A big transfer...\r\n"),
                   "untagged OK (code/NOTIFICATIONOVERFLOW \"NOTIFICATIONOVERFLOW\") (text \"...A big transfer.."
                   ".\")");
}

/* RFC 4467 section 9: "URLMECH" SP "INTERNAL" *(SP mechanism ["=" base64]) */
Test(resp_ext_codes, urlmech) {
  cr_assert_str_eq(ikt_parse(S, STRICT, "* OK [URLMECH INTERNAL XSAMPLE=P34OKhO7VEkCbsiYY8rGEg==] done\r\n"),
                   "untagged OK (code/URLMECH \"URLMECH\" (string:atom \"INTERNAL\") (string:atom \"XSAMPLE=P34OKhO7V"
                   "EkCbsiYY8rGEg==\")) (text \"done\")");
  cr_expect_str_eq(ikt_parse(S, STRICT, "a OK [URLMECH INTERNAL] x\r\n"),
                   "tagged tag=a OK (code/URLMECH \"URLMECH\" (string:atom \"INTERNAL\")) (text \"x\")");
  /* INTERNAL is required: refused at the "]" */
  cr_expect_str_eq(ikt_parse(S, STRICT, "a OK [URLMECH] x\r\n"), "error IK_E_SYNTAX at 13");
  /* lenient: the text as sent, as for any "[" without a valid code */
  cr_expect_str_eq(ikt_parse(S, 0, "a OK [URLMECH] x\r\n"), "tagged tag=a OK (text \"[URLMECH] x\") [quirk OTHER@13]");
}

/* RFC 5464 section 4.2-4.3: LONGENTRIES and MAXSIZE take a number, TOOMANY and NOPRIVATE none */
Test(resp_ext_codes, metadata_codes) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a OK [METADATA LONGENTRIES 2199] GETMETADATA complete\r\n"),
                   "tagged tag=a OK (code/METADATA \"METADATA\" (attr/LONGENTRIES \"LONGENTRIES 2199\" (number "
                   "\"2199\" #2199))) (text \"GETMETADATA complete\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [METADATA MAXSIZE 1024] Annotation too large\r\n"),
                   "tagged tag=a NO (code/METADATA \"METADATA\" (attr/MAXSIZE \"MAXSIZE 1024\" (number \"1024\" "
                   "#1024))) (text \"Annotation too large\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [METADATA TOOMANY] Too many annotations\r\n"),
                   "tagged tag=a NO (code/METADATA \"METADATA\" (attr/TOOMANY \"TOOMANY\")) (text \"Too many ann"
                   "otations\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [METADATA NOPRIVATE] Private annotations not supported\r\n"),
                   "tagged tag=a NO (code/METADATA \"METADATA\" (attr/NOPRIVATE \"NOPRIVATE\")) (text \"Private "
                   "annotations not supported\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [METADATA TOOMANY 5] x\r\n"),
                   "error IK_E_SYNTAX at 24");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [METADATA MAXSIZE] x\r\n"),
                   "error IK_E_SYNTAX at 22");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [METADATA XYZ] x\r\n"),
                   "error IK_E_SYNTAX at 15");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "a NO [METADATA XYZ] x\r\n"),
                   "tagged tag=a NO (text \"[METADATA XYZ] x\") [quirk OTHER@15]");
}

/* RFC 8474 MAILBOXID, RFC 5267 NOUPDATE, RFC 5465 BADEVENT, RFC 2221 REFERRAL and RFC 4469 BADURL (their argument is text) */
Test(resp_ext_codes, argument_codes) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "3 OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Completed\r\n"),
                   "tagged tag=3 OK (code/MAILBOXID \"MAILBOXID\" (list \"(F2212ea87-6097-4256-9d51-71338625)\" "
                   "(string:atom \"F2212ea87-6097-4256-9d51-71338625\"))) (text \"Completed\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* NO [NOUPDATE \"B02\"] Too many contexts\r\n"),
                   "untagged NO (code/NOUPDATE \"NOUPDATE\" (string:quoted \"B02\")) (text \"Too many contexts\""
                   ")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [BADEVENT (MessageNew MessageExpunge FlagChange)] x\r\n"),
                   "tagged tag=a NO (code/BADEVENT \"BADEVENT\" (list \"(MessageNew MessageExpunge FlagChange)\""
                   " (string:atom \"MessageNew\") (string:atom \"MessageExpunge\") (string:atom \"FlagChange\"))"
                   ") (text \"x\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [REFERRAL IMAP://user;AUTH=*@SERVER2/] Remote Server\r\n"),
                   "tagged tag=a NO (code/REFERRAL \"REFERRAL\" (text \"IMAP://user;AUTH=*@SERVER2/\")) (text \""
                   "Remote Server\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a NO [BADURL \"imap://x/;uid=20\"] x\r\n"),
                   "tagged tag=a NO (code/BADURL \"BADURL\" (text \"\\\"imap://x/;uid=20\\\"\")) (text \"x\")");
}

/* RFC 9051 resp-text = ["[" resp-text-code "]" SP] [text]: the text may be empty, not the SP; a continuation is "+" SP */
Test(resp_ext_codes, resp_text_rfc9051) {
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a1 OK \r\n"),
                   "tagged tag=a1 OK");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [CLOSED] \r\n"),
                   "untagged OK (code/CLOSED \"CLOSED\")");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* BYE \r\n"),
                   "untagged BYE");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "a1 OK\r\n"),
                   "error IK_E_NOT_ALLOWED at 5");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "* OK [CLOSED]\r\n"),
                   "error IK_E_NOT_ALLOWED at 13");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "* OK [CLOSED]\r\n"),
                   "untagged OK (code/CLOSED \"CLOSED\") [quirk MISSING_TEXT@13]");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+ \r\n"),
                   "continuation");
  cr_assert_str_eq(ikt_parse(S, STRICT,
                            "+\r\n"),
                   "error IK_E_NOT_ALLOWED at 1");
  cr_assert_str_eq(ikt_parse(S, 0,
                            "+\r\n"),
                   "continuation [quirk MISSING_TEXT@1]");
}


/* I18NLEVEL responses (RFC 5255): trees in strict mode, and what they refuse */
Test(resp_ext_codes, i18nlevel_responses) {
  cr_expect_str_eq(ikt_parse(S, STRICT, "* LANGUAGE (DE)\r\n"), "untagged LANGUAGE (list \"(DE)\" (string:atom \"DE\"))");
  cr_expect_str_eq(ikt_parse(S, STRICT, "* COMPARATOR i;basic (i;basic {15}\r\ni;ascii-casemap)\r\n"),
                   "untagged COMPARATOR (string:atom \"i;basic\") (list \"(i;basic {15}\\x0d\\x0ai;ascii-casemap)\" "
                   "(string:atom \"i;basic\") (string:literal \"i;ascii-casemap\"))");
  /* at least one language; a comparator is required (at the byte that breaks the grammar) */
  cr_expect_str_eq(ikt_parse(S, STRICT, "* LANGUAGE ()\r\n"), "error IK_E_SYNTAX at 12");
  cr_expect_str_eq(ikt_parse(S, STRICT, "* COMPARATOR\r\n"), "error IK_E_SYNTAX at 12");
}
