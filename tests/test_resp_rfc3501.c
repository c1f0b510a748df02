/* Every server example of RFC 3501 (the "S:" lines, ../shared/rfc/rfc3501.txt)
 * as an exact tree, parsed in strict mode. Lines the RFC wraps for print are
 * joined (the GSSAPI challenges; the FETCH of section 8, whose addresses follow
 * each other without a space as env-cc requires); the editorial placeholders
 * ("* 2 FETCH ....") are left out. The whole session, in order, is
 * tests/data/responses/rfc3501-examples.server.imap. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define S IK_SIDE_SERVER
#define STRICT IK_PARSE_STRICT

static const struct {
  int line; /* where the example is in rfc3501.txt */
  const char *wire;
  const char *tree;
} examples[] = {
    {1352, "* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI\r\n",
     "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") "
     "(capability:atom/STARTTLS \"STARTTLS\") (capability:atom \"AUTH=GSSAPI\")"},
    {1354, "abcd OK CAPABILITY completed\r\n",
     "tagged tag=abcd OK (text \"CAPABILITY completed\")"},
    {1356, "efgh OK STARTLS completed\r\n",
     "tagged tag=efgh OK (text \"STARTLS completed\")"},
    {1359, "* CAPABILITY IMAP4rev1 AUTH=GSSAPI AUTH=PLAIN\r\n",
     "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") (capability:atom "
     "\"AUTH=GSSAPI\") (capability:atom \"AUTH=PLAIN\")"},
    {1360, "ijkl OK CAPABILITY completed\r\n",
     "tagged tag=ijkl OK (text \"CAPABILITY completed\")"},
    {1381, "a002 OK NOOP completed\r\n",
     "tagged tag=a002 OK (text \"NOOP completed\")"},
    {1384, "* 22 EXPUNGE\r\n",
     "untagged EXPUNGE #22"},
    {1385, "* 23 EXISTS\r\n",
     "untagged EXISTS #23"},
    {1386, "* 3 RECENT\r\n",
     "untagged RECENT #3"},
    {1387, "* 14 FETCH (FLAGS (\\Seen \\Deleted))\r\n",
     "untagged FETCH #14 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen \\\\Deleted)\" (flag:atom "
     "\"\\\\Seen\") (flag:atom \"\\\\Deleted\")))"},
    {1388, "a047 OK NOOP completed\r\n",
     "tagged tag=a047 OK (text \"NOOP completed\")"},
    {1422, "* BYE IMAP4rev1 Server logging out\r\n",
     "untagged BYE (text \"IMAP4rev1 Server logging out\")"},
    {1423, "A023 OK LOGOUT completed\r\n",
     "tagged tag=A023 OK (text \"LOGOUT completed\")"},
    {1496, "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n",
     "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") "
     "(capability:atom/STARTTLS \"STARTTLS\") (capability:atom \"LOGINDISABLED\")"},
    {1497, "a001 OK CAPABILITY completed\r\n",
     "tagged tag=a001 OK (text \"CAPABILITY completed\")"},
    {1499, "a002 OK Begin TLS negotiation now\r\n",
     "tagged tag=a002 OK (text \"Begin TLS negotiation now\")"},
    {1502, "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n",
     "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") (capability:atom "
     "\"AUTH=PLAIN\")"},
    {1503, "a003 OK CAPABILITY completed\r\n",
     "tagged tag=a003 OK (text \"CAPABILITY completed\")"},
    {1505, "a004 OK LOGIN completed\r\n",
     "tagged tag=a004 OK (text \"LOGIN completed\")"},
    {1631, "* OK IMAP4rev1 Server\r\n",
     "untagged OK (text \"IMAP4rev1 Server\")"},
    /* printed "S: +": the grammar's SP is there, the base64 is empty */
    {1633, "+ \r\n",
     "continuation"},
    {1648, "+ "
     "YGgGCSqGSIb3EgECAgIAb1kwV6ADAgEFoQMCAQ+iSzBJoAMCAQGiQgRAtHTEuOP2BXb9sBYFR4SJlDZxmg39IxmRBOhXRKdDA0uHTCOT9Bq3OsUTXUlk0CsFLoa8j+gvGDlgHuqzWHPSQg==\r\n",
     "continuation (text "
     "\"YGgGCSqGSIb3EgECAgIAb1kwV6ADAgEFoQMCAQ+iSzBJoAMCAQGiQgRAtHTEuOP2BXb9sBYFR4SJlDZxmg39IxmRBOhXRKdDA0uHTCOT9Bq3OsUTXUlk0CsFLoa8j+gvGDlgHuqzWHPSQg==\" "
     "base64)"},
    {1652, "+ YDMGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHe\r\n",
     "continuation (text \"YDMGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHe\" base64)"},
    {1656, "A001 OK GSSAPI authentication successful\r\n",
     "tagged tag=A001 OK (text \"GSSAPI authentication successful\")"},
    {1694, "a001 OK LOGIN completed\r\n",
     "tagged tag=a001 OK (text \"LOGIN completed\")"},
    {1827, "* 172 EXISTS\r\n",
     "untagged EXISTS #172"},
    {1828, "* 1 RECENT\r\n",
     "untagged RECENT #1"},
    {1829, "* OK [UNSEEN 12] Message 12 is first unseen\r\n",
     "untagged OK (code/UNSEEN \"UNSEEN\" (number \"12\" #12)) (text \"Message 12 is first "
     "unseen\")"},
    {1830, "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n",
     "untagged OK (code/UIDVALIDITY \"UIDVALIDITY\" (number \"3857529045\" #3857529045)) "
     "(text \"UIDs valid\")"},
    {1831, "* OK [UIDNEXT 4392] Predicted next UID\r\n",
     "untagged OK (code/UIDNEXT \"UIDNEXT\" (number \"4392\" #4392)) (text \"Predicted next "
     "UID\")"},
    {1832, "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
     "untagged FLAGS (flag_list \"(\\\\Answered \\\\Flagged \\\\Deleted \\\\Seen \\\\Draft)\" "
     "(flag:atom \"\\\\Answered\") (flag:atom \"\\\\Flagged\") (flag:atom \"\\\\Deleted\") "
     "(flag:atom \"\\\\Seen\") (flag:atom \"\\\\Draft\"))"},
    {1833, "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n",
     "untagged OK (code/PERMANENTFLAGS \"PERMANENTFLAGS\" (flag_list \"(\\\\Deleted \\\\Seen "
     "\\\\*)\" (flag:atom \"\\\\Deleted\") (flag:atom \"\\\\Seen\") (flag:atom \"\\\\*\"))) (text "
     "\"Limited\")"},
    {1834, "A142 OK [READ-WRITE] SELECT completed\r\n",
     "tagged tag=A142 OK (code/READ-WRITE \"READ-WRITE\") (text \"SELECT completed\")"},
    {1878, "* 17 EXISTS\r\n",
     "untagged EXISTS #17"},
    {1879, "* 2 RECENT\r\n",
     "untagged RECENT #2"},
    {1880, "* OK [UNSEEN 8] Message 8 is first unseen\r\n",
     "untagged OK (code/UNSEEN \"UNSEEN\" (number \"8\" #8)) (text \"Message 8 is first "
     "unseen\")"},
    {1884, "* OK [PERMANENTFLAGS ()] No permanent flags permitted\r\n",
     "untagged OK (code/PERMANENTFLAGS \"PERMANENTFLAGS\" (flag_list \"()\")) (text \"No "
     "permanent flags permitted\")"},
    {1885, "A932 OK [READ-ONLY] EXAMINE completed\r\n",
     "tagged tag=A932 OK (code/READ-ONLY \"READ-ONLY\") (text \"EXAMINE completed\")"},
    {1934, "A003 OK CREATE completed\r\n",
     "tagged tag=A003 OK (text \"CREATE completed\")"},
    {1936, "A004 OK CREATE completed\r\n",
     "tagged tag=A004 OK (text \"CREATE completed\")"},
    {1993, "* LIST () \"/\" blurdybloop\r\n",
     "untagged LIST (mailbox_list \"() \\\"/\\\" blurdybloop\" (flag_list \"()\") "
     "(string:quoted \"/\") (mailbox:atom \"blurdybloop\"))"},
    {1994, "* LIST (\\Noselect) \"/\" foo\r\n",
     "untagged LIST (mailbox_list \"(\\\\Noselect) \\\"/\\\" foo\" (flag_list \"(\\\\Noselect)\" "
     "(flag:atom \"\\\\Noselect\")) (string:quoted \"/\") (mailbox:atom \"foo\"))"},
    {1995, "* LIST () \"/\" foo/bar\r\n",
     "untagged LIST (mailbox_list \"() \\\"/\\\" foo/bar\" (flag_list \"()\") (string:quoted "
     "\"/\") (mailbox:atom \"foo/bar\"))"},
    {1996, "A682 OK LIST completed\r\n",
     "tagged tag=A682 OK (text \"LIST completed\")"},
    {1998, "A683 OK DELETE completed\r\n",
     "tagged tag=A683 OK (text \"DELETE completed\")"},
    {2000, "A684 NO Name \"foo\" has inferior hierarchical names\r\n",
     "tagged tag=A684 NO (text \"Name \\\"foo\\\" has inferior hierarchical names\")"},
    {2002, "A685 OK DELETE Completed\r\n",
     "tagged tag=A685 OK (text \"DELETE Completed\")"},
    {2005, "A686 OK LIST completed\r\n",
     "tagged tag=A686 OK (text \"LIST completed\")"},
    {2007, "A687 OK DELETE Completed\r\n",
     "tagged tag=A687 OK (text \"DELETE Completed\")"},
    {2024, "* LIST () \".\" blurdybloop\r\n",
     "untagged LIST (mailbox_list \"() \\\".\\\" blurdybloop\" (flag_list \"()\") "
     "(string:quoted \".\") (mailbox:atom \"blurdybloop\"))"},
    {2025, "* LIST () \".\" foo\r\n",
     "untagged LIST (mailbox_list \"() \\\".\\\" foo\" (flag_list \"()\") (string:quoted \".\") "
     "(mailbox:atom \"foo\"))"},
    {2026, "* LIST () \".\" foo.bar\r\n",
     "untagged LIST (mailbox_list \"() \\\".\\\" foo.bar\" (flag_list \"()\") (string:quoted "
     "\".\") (mailbox:atom \"foo.bar\"))"},
    {2027, "A82 OK LIST completed\r\n",
     "tagged tag=A82 OK (text \"LIST completed\")"},
    {2029, "A83 OK DELETE completed\r\n",
     "tagged tag=A83 OK (text \"DELETE completed\")"},
    {2031, "A84 OK DELETE Completed\r\n",
     "tagged tag=A84 OK (text \"DELETE Completed\")"},
    {2034, "A85 OK LIST completed\r\n",
     "tagged tag=A85 OK (text \"LIST completed\")"},
    {2036, "* LIST (\\Noselect) \".\" foo\r\n",
     "untagged LIST (mailbox_list \"(\\\\Noselect) \\\".\\\" foo\" (flag_list \"(\\\\Noselect)\" "
     "(flag:atom \"\\\\Noselect\")) (string:quoted \".\") (mailbox:atom \"foo\"))"},
    {2037, "A86 OK LIST completed\r\n",
     "tagged tag=A86 OK (text \"LIST completed\")"},
    {2098, "A683 OK RENAME completed\r\n",
     "tagged tag=A683 OK (text \"RENAME completed\")"},
    {2100, "A684 OK RENAME Completed\r\n",
     "tagged tag=A684 OK (text \"RENAME Completed\")"},
    {2102, "* LIST () \"/\" sarasoop\r\n",
     "untagged LIST (mailbox_list \"() \\\"/\\\" sarasoop\" (flag_list \"()\") (string:quoted "
     "\"/\") (mailbox:atom \"sarasoop\"))"},
    {2103, "* LIST (\\Noselect) \"/\" zowie\r\n",
     "untagged LIST (mailbox_list \"(\\\\Noselect) \\\"/\\\" zowie\" (flag_list \"(\\\\Noselect)\" "
     "(flag:atom \"\\\\Noselect\")) (string:quoted \"/\") (mailbox:atom \"zowie\"))"},
    {2104, "* LIST () \"/\" zowie/bar\r\n",
     "untagged LIST (mailbox_list \"() \\\"/\\\" zowie/bar\" (flag_list \"()\") (string:quoted "
     "\"/\") (mailbox:atom \"zowie/bar\"))"},
    {2105, "A685 OK LIST completed\r\n",
     "tagged tag=A685 OK (text \"LIST completed\")"},
    {2108, "* LIST () \".\" INBOX\r\n",
     "untagged LIST (mailbox_list \"() \\\".\\\" INBOX\" (flag_list \"()\") (string:quoted \".\") "
     "(mailbox:atom \"INBOX\" inbox))"},
    {2109, "* LIST () \".\" INBOX.bar\r\n",
     "untagged LIST (mailbox_list \"() \\\".\\\" INBOX.bar\" (flag_list \"()\") (string:quoted "
     "\".\") (mailbox:atom \"INBOX.bar\"))"},
    {2110, "Z432 OK LIST completed\r\n",
     "tagged tag=Z432 OK (text \"LIST completed\")"},
    {2112, "Z433 OK RENAME completed\r\n",
     "tagged tag=Z433 OK (text \"RENAME completed\")"},
    {2116, "* LIST () \".\" old-mail\r\n",
     "untagged LIST (mailbox_list \"() \\\".\\\" old-mail\" (flag_list \"()\") (string:quoted "
     "\".\") (mailbox:atom \"old-mail\"))"},
    {2117, "Z434 OK LIST completed\r\n",
     "tagged tag=Z434 OK (text \"LIST completed\")"},
    {2163, "A002 OK SUBSCRIBE completed\r\n",
     "tagged tag=A002 OK (text \"SUBSCRIBE completed\")"},
    {2182, "A002 OK UNSUBSCRIBE completed\r\n",
     "tagged tag=A002 OK (text \"UNSUBSCRIBE completed\")"},
    {2360, "* LIST (\\Noselect) \"/\" \"\"\r\n",
     "untagged LIST (mailbox_list \"(\\\\Noselect) \\\"/\\\" \\\"\\\"\" (flag_list \"(\\\\Noselect)\" "
     "(flag:atom \"\\\\Noselect\")) (string:quoted \"/\") (mailbox:quoted \"\"))"},
    {2361, "A101 OK LIST Completed\r\n",
     "tagged tag=A101 OK (text \"LIST Completed\")"},
    {2363, "* LIST (\\Noselect) \".\" #news.\r\n",
     "untagged LIST (mailbox_list \"(\\\\Noselect) \\\".\\\" #news.\" (flag_list \"(\\\\Noselect)\" "
     "(flag:atom \"\\\\Noselect\")) (string:quoted \".\") (mailbox:atom \"#news.\"))"},
    {2364, "A102 OK LIST Completed\r\n",
     "tagged tag=A102 OK (text \"LIST Completed\")"},
    {2366, "* LIST (\\Noselect) \"/\" /\r\n",
     "untagged LIST (mailbox_list \"(\\\\Noselect) \\\"/\\\" /\" (flag_list \"(\\\\Noselect)\" "
     "(flag:atom \"\\\\Noselect\")) (string:quoted \"/\") (mailbox:atom \"/\"))"},
    {2367, "A103 OK LIST Completed\r\n",
     "tagged tag=A103 OK (text \"LIST Completed\")"},
    {2369, "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n",
     "untagged LIST (mailbox_list \"(\\\\Noselect) \\\"/\\\" ~/Mail/foo\" (flag_list "
     "\"(\\\\Noselect)\" (flag:atom \"\\\\Noselect\")) (string:quoted \"/\") (mailbox:atom "
     "\"~/Mail/foo\"))"},
    {2370, "* LIST () \"/\" ~/Mail/meetings\r\n",
     "untagged LIST (mailbox_list \"() \\\"/\\\" ~/Mail/meetings\" (flag_list \"()\") "
     "(string:quoted \"/\") (mailbox:atom \"~/Mail/meetings\"))"},
    {2371, "A202 OK LIST completed\r\n",
     "tagged tag=A202 OK (text \"LIST completed\")"},
    {2416, "* LSUB () \".\" #news.comp.mail.mime\r\n",
     "untagged LSUB (mailbox_list \"() \\\".\\\" #news.comp.mail.mime\" (flag_list \"()\") "
     "(string:quoted \".\") (mailbox:atom \"#news.comp.mail.mime\"))"},
    {2417, "* LSUB () \".\" #news.comp.mail.misc\r\n",
     "untagged LSUB (mailbox_list \"() \\\".\\\" #news.comp.mail.misc\" (flag_list \"()\") "
     "(string:quoted \".\") (mailbox:atom \"#news.comp.mail.misc\"))"},
    {2418, "A002 OK LSUB completed\r\n",
     "tagged tag=A002 OK (text \"LSUB completed\")"},
    {2420, "* LSUB (\\NoSelect) \".\" #news.comp.mail\r\n",
     "untagged LSUB (mailbox_list \"(\\\\NoSelect) \\\".\\\" #news.comp.mail\" (flag_list "
     "\"(\\\\NoSelect)\" (flag:atom \"\\\\NoSelect\")) (string:quoted \".\") (mailbox:atom "
     "\"#news.comp.mail\"))"},
    {2421, "A003 OK LSUB completed\r\n",
     "tagged tag=A003 OK (text \"LSUB completed\")"},
    {2502, "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n",
     "untagged STATUS (mailbox:atom \"blurdybloop\") (list \"(MESSAGES 231 UIDNEXT 44292)\" "
     "(status_att/MESSAGES \"MESSAGES\" (number \"231\" #231)) (status_att/UIDNEXT "
     "\"UIDNEXT\" (number \"44292\" #44292)))"},
    {2503, "A042 OK STATUS completed\r\n",
     "tagged tag=A042 OK (text \"STATUS completed\")"},
    {2590, "+ Ready for literal data\r\n",
     "continuation (text \"Ready for literal data\")"},
    {2601, "A003 OK APPEND completed\r\n",
     "tagged tag=A003 OK (text \"APPEND completed\")"},
    {2649, "FXXZ OK CHECK Completed\r\n",
     "tagged tag=FXXZ OK (text \"CHECK Completed\")"},
    {2679, "A341 OK CLOSE completed\r\n",
     "tagged tag=A341 OK (text \"CLOSE completed\")"},
    {2712, "* 3 EXPUNGE\r\n",
     "untagged EXPUNGE #3"},
    {2714, "* 5 EXPUNGE\r\n",
     "untagged EXPUNGE #5"},
    {2715, "* 8 EXPUNGE\r\n",
     "untagged EXPUNGE #8"},
    {2716, "A202 OK EXPUNGE completed\r\n",
     "tagged tag=A202 OK (text \"EXPUNGE completed\")"},
    {2976, "* SEARCH 2 84 882\r\n",
     "untagged SEARCH (number \"2\" #2) (number \"84\" #84) (number \"882\" #882)"},
    {2977, "A282 OK SEARCH completed\r\n",
     "tagged tag=A282 OK (text \"SEARCH completed\")"},
    {2979, "* SEARCH\r\n",
     "untagged SEARCH"},
    {2980, "A283 OK SEARCH completed\r\n",
     "tagged tag=A283 OK (text \"SEARCH completed\")"},
    {2983, "* SEARCH 43\r\n",
     "untagged SEARCH (number \"43\" #43)"},
    {2984, "A284 OK SEARCH completed\r\n",
     "tagged tag=A284 OK (text \"SEARCH completed\")"},
    {3211, "A654 OK FETCH completed\r\n",
     "tagged tag=A654 OK (text \"FETCH completed\")"},
    {3282, "* 2 FETCH (FLAGS (\\Deleted \\Seen))\r\n",
     "untagged FETCH #2 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Deleted \\\\Seen)\" (flag:atom "
     "\"\\\\Deleted\") (flag:atom \"\\\\Seen\")))"},
    {3283, "* 3 FETCH (FLAGS (\\Deleted))\r\n",
     "untagged FETCH #3 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Deleted)\" (flag:atom "
     "\"\\\\Deleted\")))"},
    {3284, "* 4 FETCH (FLAGS (\\Deleted \\Flagged \\Seen))\r\n",
     "untagged FETCH #4 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Deleted \\\\Flagged \\\\Seen)\" "
     "(flag:atom \"\\\\Deleted\") (flag:atom \"\\\\Flagged\") (flag:atom \"\\\\Seen\")))"},
    {3285, "A003 OK STORE completed\r\n",
     "tagged tag=A003 OK (text \"STORE completed\")"},
    {3329, "A003 OK COPY completed\r\n",
     "tagged tag=A003 OK (text \"COPY completed\")"},
    {3404, "* 23 FETCH (FLAGS (\\Seen) UID 4827313)\r\n",
     "untagged FETCH #23 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom "
     "\"\\\\Seen\"))) (item/UID \"UID\" (number \"4827313\" #4827313))"},
    {3405, "* 24 FETCH (FLAGS (\\Seen) UID 4827943)\r\n",
     "untagged FETCH #24 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom "
     "\"\\\\Seen\"))) (item/UID \"UID\" (number \"4827943\" #4827943))"},
    {3406, "* 25 FETCH (FLAGS (\\Seen) UID 4828442)\r\n",
     "untagged FETCH #25 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom "
     "\"\\\\Seen\"))) (item/UID \"UID\" (number \"4828442\" #4828442))"},
    {3407, "A999 OK UID FETCH completed\r\n",
     "tagged tag=A999 OK (text \"UID FETCH completed\")"},
    {3447, "* CAPABILITY IMAP4rev1 XPIG-LATIN\r\n",
     "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") (capability:atom "
     "\"XPIG-LATIN\")"},
    {3448, "a441 OK CAPABILITY completed\r\n",
     "tagged tag=a441 OK (text \"CAPABILITY completed\")"},
    {3450, "* XPIG-LATIN ow-nay eaking-spay ig-pay atin-lay\r\n",
     "untagged XPIG-LATIN generic (string:atom \"ow-nay\" generic) (string:atom "
     "\"eaking-spay\" generic) (string:atom \"ig-pay\" generic) (string:atom \"atin-lay\" "
     "generic)"},
    {3451, "A442 OK XPIG-LATIN ompleted-cay\r\n",
     "tagged tag=A442 OK (text \"XPIG-LATIN ompleted-cay\")"},
    {3654, "* OK IMAP4rev1 server ready\r\n",
     "untagged OK (text \"IMAP4rev1 server ready\")"},
    {3656, "* OK [ALERT] System shutdown in 10 minutes\r\n",
     "untagged OK (code/ALERT \"ALERT\") (text \"System shutdown in 10 minutes\")"},
    {3657, "A001 OK LOGIN Completed\r\n",
     "tagged tag=A001 OK (text \"LOGIN Completed\")"},
    {3672, "* NO Disk is 98% full, please delete unnecessary data\r\n",
     "untagged NO (text \"Disk is 98% full, please delete unnecessary data\")"},
    {3673, "A222 OK COPY completed\r\n",
     "tagged tag=A222 OK (text \"COPY completed\")"},
    {3676, "* NO Disk is 99% full, please delete unnecessary data\r\n",
     "untagged NO (text \"Disk is 99% full, please delete unnecessary data\")"},
    {3677, "A223 NO COPY failed: disk is full\r\n",
     "tagged tag=A223 NO (text \"COPY failed: disk is full\")"},
    {3704, "* BAD Command line too long\r\n",
     "untagged BAD (text \"Command line too long\")"},
    {3706, "* BAD Empty command line\r\n",
     "untagged BAD (text \"Empty command line\")"},
    {3708, "* BAD Disk crash, attempting salvage to a new disk!\r\n",
     "untagged BAD (text \"Disk crash, attempting salvage to a new disk!\")"},
    {3709, "* OK Salvage successful, no data lost\r\n",
     "untagged OK (text \"Salvage successful, no data lost\")"},
    {3710, "A443 OK Expunge completed\r\n",
     "tagged tag=A443 OK (text \"Expunge completed\")"},
    {3723, "* PREAUTH IMAP4rev1 server logged in as Smith\r\n",
     "untagged PREAUTH (text \"IMAP4rev1 server logged in as Smith\")"},
    {3767, "* BYE Autologout; idle for too long\r\n",
     "untagged BYE (text \"Autologout; idle for too long\")"},
    {3829, "* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI XPIG-LATIN\r\n",
     "untagged CAPABILITY (capability:atom/IMAP4REV1 \"IMAP4rev1\") "
     "(capability:atom/STARTTLS \"STARTTLS\") (capability:atom \"AUTH=GSSAPI\") "
     "(capability:atom \"XPIG-LATIN\")"},
    {3937, "* SEARCH 2 3 6\r\n",
     "untagged SEARCH (number \"2\" #2) (number \"3\" #3) (number \"6\" #6)"},
    {4009, "* 5 RECENT\r\n",
     "untagged RECENT #5"},
    {4068, "* 44 EXPUNGE\r\n",
     "untagged EXPUNGE #44"},
    {4382, "* 23 FETCH (FLAGS (\\Seen) RFC822.SIZE 44827)\r\n",
     "untagged FETCH #23 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom "
     "\"\\\\Seen\"))) (item/RFC822.SIZE \"RFC822.SIZE\" (number \"44827\" #44827))"},
    {4405, "+ Ready for additional command text\r\n",
     "continuation (text \"Ready for additional command text\")"},
    {4409, "A001 OK LOGIN completed\r\n",
     "tagged tag=A001 OK (text \"LOGIN completed\")"},
    {4411, "A044 BAD No such command as \"BLURDYBLOOP\"\r\n",
     "tagged tag=A044 BAD (text \"No such command as \\\"BLURDYBLOOP\\\"\")"},
    {4436, "* OK IMAP4rev1 Service Ready\r\n",
     "untagged OK (text \"IMAP4rev1 Service Ready\")"},
    {4440, "* 18 EXISTS\r\n",
     "untagged EXISTS #18"},
    {4443, "* OK [UNSEEN 17] Message 17 is the first unseen message\r\n",
     "untagged OK (code/UNSEEN \"UNSEEN\" (number \"17\" #17)) (text \"Message 17 is the "
     "first unseen message\")"},
    {4445, "a002 OK [READ-WRITE] SELECT completed\r\n",
     "tagged tag=a002 OK (code/READ-WRITE \"READ-WRITE\") (text \"SELECT completed\")"},
    {4447, "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE "
     "4286 ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary "
     "and minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL "
     "\"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
     "((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" "
     "\"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
     "\"<B27397-0100000@cac.washington.edu>\") BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" "
     "\"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n",
     "untagged FETCH #12 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen)\" (flag:atom "
     "\"\\\\Seen\"))) (item/INTERNALDATE \"INTERNALDATE\" (datetime:quoted \"17-Jul-1996 "
     "02:44:25 -0700\" #837596665)) (item/RFC822.SIZE \"RFC822.SIZE\" (number \"4286\" "
     "#4286)) (item/ENVELOPE \"ENVELOPE\" (envelope \"(\\\"Wed, 17 Jul 1996 02:23:25 -0700 "
     "(PDT)\\\" \\\"IMAP4rev1 WG mtg summary and minutes\\\" ((\\\"Terry Gray\\\" NIL \\\"gray\\\" "
     "\\\"cac.washington.edu\\\")) ((\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")) "
     "((\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")) ((NIL NIL \\\"imap\\\" "
     "\\\"cac.washington.edu\\\")) ((NIL NIL \\\"minutes\\\" \\\"CNRI.Reston.VA.US\\\")(\\\"John "
     "Klensin\\\" NIL \\\"KLENSIN\\\" \\\"MIT.EDU\\\")) NIL NIL "
     "\\\"<B27397-0100000@cac.washington.edu>\\\")\" (string:quoted \"Wed, 17 Jul 1996 "
     "02:23:25 -0700 (PDT)\") (string:quoted \"IMAP4rev1 WG mtg summary and minutes\") "
     "(addresses \"((\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\"))\" (address "
     "\"(\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")\" (string:quoted \"Terry "
     "Gray\") (string:nil \"NIL\") (string:quoted \"gray\") (string:quoted "
     "\"cac.washington.edu\"))) (addresses \"((\\\"Terry Gray\\\" NIL \\\"gray\\\" "
     "\\\"cac.washington.edu\\\"))\" (address \"(\\\"Terry Gray\\\" NIL \\\"gray\\\" "
     "\\\"cac.washington.edu\\\")\" (string:quoted \"Terry Gray\") (string:nil \"NIL\") "
     "(string:quoted \"gray\") (string:quoted \"cac.washington.edu\"))) (addresses "
     "\"((\\\"Terry Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\"))\" (address \"(\\\"Terry "
     "Gray\\\" NIL \\\"gray\\\" \\\"cac.washington.edu\\\")\" (string:quoted \"Terry Gray\") "
     "(string:nil \"NIL\") (string:quoted \"gray\") (string:quoted \"cac.washington.edu\"))) "
     "(addresses \"((NIL NIL \\\"imap\\\" \\\"cac.washington.edu\\\"))\" (address \"(NIL NIL "
     "\\\"imap\\\" \\\"cac.washington.edu\\\")\" (string:nil \"NIL\") (string:nil \"NIL\") "
     "(string:quoted \"imap\") (string:quoted \"cac.washington.edu\"))) (addresses \"((NIL "
     "NIL \\\"minutes\\\" \\\"CNRI.Reston.VA.US\\\")(\\\"John Klensin\\\" NIL \\\"KLENSIN\\\" "
     "\\\"MIT.EDU\\\"))\" (address \"(NIL NIL \\\"minutes\\\" \\\"CNRI.Reston.VA.US\\\")\" (string:nil "
     "\"NIL\") (string:nil \"NIL\") (string:quoted \"minutes\") (string:quoted "
     "\"CNRI.Reston.VA.US\")) (address \"(\\\"John Klensin\\\" NIL \\\"KLENSIN\\\" \\\"MIT.EDU\\\")\" "
     "(string:quoted \"John Klensin\") (string:nil \"NIL\") (string:quoted \"KLENSIN\") "
     "(string:quoted \"MIT.EDU\"))) (addresses:nil \"NIL\") (string:nil \"NIL\") "
     "(string:quoted \"<B27397-0100000@cac.washington.edu>\"))) (item/BODY \"BODY\" "
     "(body/TEXT \"(\\\"TEXT\\\" \\\"PLAIN\\\" (\\\"CHARSET\\\" \\\"US-ASCII\\\") NIL NIL \\\"7BIT\\\" 3028 "
     "92)\" #1 (string:quoted \"TEXT\") (string:quoted \"PLAIN\") (params \"(\\\"CHARSET\\\" "
     "\\\"US-ASCII\\\")\" (string:quoted \"CHARSET\") (string:quoted \"US-ASCII\")) (string:nil "
     "\"NIL\") (string:nil \"NIL\") (string:quoted \"7BIT\") (number \"3028\" #3028) (number "
     "\"92\" #92)))"},
    {4459, "a003 OK FETCH completed\r\n",
     "tagged tag=a003 OK (text \"FETCH completed\")"},
    {4461, "* 12 FETCH (BODY[HEADER] {342}\r\nDate: Wed, 17 Jul 1996 02:23:25 -0700 "
     "(PDT)\r\nFrom: Terry Gray <gray@cac.washington.edu>\r\nSubject: IMAP4rev1 WG mtg "
     "summary and minutes\r\nTo: imap@cac.washington.edu\r\ncc: minutes@CNRI.Reston.VA.US, "
     "John Klensin <KLENSIN@MIT.EDU>\r\nMessage-Id: "
     "<B27397-0100000@cac.washington.edu>\r\nMIME-Version: 1.0\r\nContent-Type: TEXT/PLAIN; "
     "CHARSET=US-ASCII\r\n\r\n)\r\n",
     "untagged FETCH #12 (item/BODY \"BODY[HEADER]\" (section/HEADER \"HEADER\") "
     "(string:literal \"Date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\\x0d\\x0aFrom: Terry "
     "Gray <gray@cac.washington.edu>\\x0d\\x0aSubject: IMAP4rev1 WG mtg summary and "
     "minutes\\x0d\\x0aTo: imap@cac.washington.edu\\x0d\\x0acc: minutes@CNRI.Reston.VA.US, "
     "John Klensin <KLENSIN@MIT.EDU>\\x0d\\x0aMessage-Id: "
     "<B27397-0100000@cac.washington.edu>\\x0d\\x0aMIME-Version: 1.0\\x0d\\x0aContent-Type: "
     "TEXT/PLAIN; CHARSET=US-ASCII\\x0d\\x0a\\x0d\\x0a\"))"},
    {4472, "a004 OK FETCH completed\r\n",
     "tagged tag=a004 OK (text \"FETCH completed\")"},
    {4474, "* 12 FETCH (FLAGS (\\Seen \\Deleted))\r\n",
     "untagged FETCH #12 (item/FLAGS \"FLAGS\" (flag_list \"(\\\\Seen \\\\Deleted)\" (flag:atom "
     "\"\\\\Seen\") (flag:atom \"\\\\Deleted\")))"},
    {4475, "a005 OK +FLAGS completed\r\n",
     "tagged tag=a005 OK (text \"+FLAGS completed\")"},
    {4477, "* BYE IMAP4rev1 server terminating connection\r\n",
     "untagged BYE (text \"IMAP4rev1 server terminating connection\")"},
    {4478, "a006 OK LOGOUT completed\r\n",
     "tagged tag=a006 OK (text \"LOGOUT completed\")"},
};

Test(rfc3501, server_examples_exact_trees_strict) {
  for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
    cr_expect_str_eq(ikt_parse(S, STRICT, examples[i].wire), examples[i].tree,
                     "RFC 3501 line %d", examples[i].line);
}

Test(rfc3501, server_examples_lenient_same_trees) {
  /* nothing in the RFC's examples is a quirk: lenient mode gives the same */
  for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
    cr_expect_str_eq(ikt_parse(S, 0, examples[i].wire), examples[i].tree, "RFC 3501 line %d",
                     examples[i].line);
}

Test(rfc3501, server_examples_no_generic_node) {
  for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
    const char *t = ikt_parse(S, STRICT, examples[i].wire);
    if (strstr(examples[i].wire, "XPIG-LATIN ow-nay")) continue; /* the experimental command */
    cr_expect_null(strstr(t, "generic"), "RFC 3501 line %d: %s", examples[i].line, t);
  }
}

/* The session file, framed and parsed whole, in pieces of 1 and 7 bytes: the
 * same messages, none of them an error, the XPIG-LATIN one alone generic. */
Test(rfc3501, server_session_file_any_chunking) {
  size_t n;
  unsigned char *s = ikt_read_file("tests/data/responses/rfc3501-examples.server.imap", &n);
  cr_assert_not_null(s);
  char *whole = ikt_stream(S, STRICT, NULL, s, n, 0);
  size_t lines = 0, generic = 0;
  for (char *p = whole; *p; p++) {
    char *e = strchr(p, '\n');
    cr_assert_not_null(e);
    *e = 0;
    cr_expect_neq(strncmp(p, "error", 5), 0, "%s", p);
    if (strstr(p, "generic")) generic++;
    lines++;
    *e = '\n';
    p = e;
  }
  cr_expect_eq(lines, 173);
  cr_expect_eq(generic, 1);
  size_t chunks[] = {1, 7};
  for (size_t k = 0; k < 2; k++) {
    char *split = ikt_stream(S, STRICT, NULL, s, n, chunks[k]);
    cr_expect_str_eq(split, whole, "chunk %zu", chunks[k]);
    free(split);
  }
  free(whole);
  free(s);
}
