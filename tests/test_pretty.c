/* The pretty-printer: exact output (colors off) for the shapes a person
 * reads: status lines, FETCH with an envelope (groups) and a body structure
 * (section numbers, attachment names, RFC 2231), LIST/STATUS/SEARCH, SEARCH
 * key trees, literal previews, and secrets (LOGIN, SASL PLAIN, XOAUTH2,
 * LOGIN) redacted with the user name shown. */
#include <criterion/criterion.h>

#include "imapkit_gen.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

typedef struct obuf {
  char s[1 << 16];
  size_t n;
} obuf;

static int put(void *ud, const void *p, size_t n) {
  obuf *o = ud;
  if (o->n + n >= sizeof o->s) return -1;
  memcpy(o->s + o->n, p, n);
  o->n += n;
  o->s[o->n] = 0;
  return 0;
}

/* Frames, parses and pretty-prints a whole stream (a session). */
static const char *pretty(ik_side side, unsigned flags, const char *stream) {
  static obuf o;
  o.n = 0;
  o.s[0] = 0;
  const unsigned char *s = (const unsigned char *)stream;
  size_t n = strlen(stream), off = 0;
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, side, NULL);
  ik_parser_init(&p, side, 0, NULL);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  while (off < n) {
    ik_frame fr;
    ik_frame_status fs;
    do fs = ik_framer_next(&f, s + off, n - off, &fr);
    while (fs == IK_FRAME_CONTINUE);
    cr_assert_eq(fs, IK_FRAME_MESSAGE);
    ik_arena_reset(&a);
    ik_message *m;
    ik_error e;
    cr_assert_eq(ik_parse(&p, s + off, fr.len, &a, &m, &e), IK_E_OK, "%s at %zu", ik_status_name(e.code),
                 off + e.offset);
    ik_out_opts oo = {flags, off, NULL};
    cr_assert_eq(ik_pretty_message(m, &oo, put, &o), 0);
    off += fr.len;
  }
  ik_arena_free(&a);
  return o.s;
}

#define C IK_SIDE_CLIENT
#define S IK_SIDE_SERVER

Test(pretty, status_responses_on_one_line) {
  cr_assert_str_eq(pretty(S, 0,
      "* OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN] Dovecot ready.\r\n"
      "a1 OK [READ-WRITE] SELECT completed\r\n"
      "+ Ready for literal data\r\n"
      "* NO [BADCHARSET (UTF-8 \"X Y\")] no\r\n"),
      "S< @0 untagged * OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN] Dovecot ready.\n"
      "S< @60 tagged a1 OK [READ-WRITE] SELECT completed\n"
      "S< @97 continuation + Ready for literal data\n"
      "S< @123 untagged * NO [BADCHARSET (UTF-8 \"X Y\")] no\n");
}

Test(pretty, fetch_envelope_and_bodystructure) {
  cr_assert_str_eq(pretty(S, 0,
      "* 12 FETCH (UID 7 FLAGS (\\Seen $Forwarded) RFC822.SIZE 4286 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) NIL ((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) ((NIL NIL \"Team\" NIL)(\"Doe, John \\\"JD\\\"\" NIL \"john\" \"example.com\")(\"Ann\" NIL \"ann\" \"example.com\")(NIL NIL NIL NIL)) NIL \"<B27397-0100000@cac.washington.edu>\") BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\" \"format\" \"flowed\") NIL NIL \"quoted-printable\" 1234 30 NIL NIL NIL NIL)(\"application\" \"pdf\" (\"name\" \"report.pdf\") \"<p2@x>\" \"Quarterly report\" \"base64\" 120034 NIL (\"attachment\" (\"filename*\" \"utf-8''R%C3%A9sum%C3%A9.pdf\")) (\"en\") NIL)(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 800 (\"Mon, 1 Jan 2024 10:00:00 +0000\" \"Fwd: hi\" ((\"Bob\" NIL \"bob\" \"example.org\")) NIL NIL NIL NIL NIL NIL NIL) (\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 20 1) 12) \"mixed\" (\"boundary\" \"b1\") NIL NIL NIL) BODY[HEADER.FIELDS (FROM SUBJECT)] {41}\r\n"
      "From: Terry Gray <gray@example.com>\r\n"
      "Subj)\r\n"),
      "S< @0 untagged * 12 FETCH\n"
      "  UID 7\n"
      "  FLAGS (\\Seen $Forwarded)\n"
      "  RFC822.SIZE 4286\n"
      "  INTERNALDATE 17-Jul-1996 02:44:25 -0700\n"
      "  ENVELOPE\n"
      "    date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\n"
      "    subject: IMAP4rev1 WG mtg summary and minutes\n"
      "    from: Terry Gray <gray@cac.washington.edu>\n"
      "    sender: Terry Gray <gray@cac.washington.edu>\n"
      "    to: imap@cac.washington.edu\n"
      "    cc: undisclosed-recipients:;\n"
      "    bcc: Team: Doe, John \"JD\" <john@example.com>, Ann <ann@example.com>;\n"
      "    message-id: <B27397-0100000@cac.washington.edu>\n"
      "  BODYSTRUCTURE\n"
      "    multipart/mixed; boundary=\"b1\"\n"
      "      1    text/plain; charset=\"utf-8\"; format=\"flowed\"  1234 bytes, 30 lines, quoted-printable\n"
      "      2    application/pdf  \"Résumé.pdf\" (attachment)  120034 bytes, base64, id <p2@x>, description \"Quarterly report\", language (\"en\")\n"
      "      3    message/rfc822  800 bytes, 12 lines, 7bit\n"
      "            date: Mon, 1 Jan 2024 10:00:00 +0000\n"
      "            subject: Fwd: hi\n"
      "            from: Bob <bob@example.org>\n"
      "        3.1  text/plain; charset=\"us-ascii\"  20 bytes, 1 line, 7bit\n"
      "  BODY[HEADER.FIELDS (FROM SUBJECT)] {41 bytes} \"From: Terry Gray <gray@example.com>\\r\\nSub\"...\n");
}

Test(pretty, list_status_search) {
  cr_assert_str_eq(pretty(S, 0,
      "* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Items\"\r\n"
      "* STATUS INBOX (MESSAGES 231 UIDNEXT 44292)\r\n"
      "* SEARCH 2 84 882\r\n"),
      "S< @0 untagged * LIST\n"
      "  \"Sent Items\"  attributes (\\HasNoChildren \\Sent)  delimiter \"/\"\n"
      "S< @48 untagged * STATUS\n"
      "  mailbox INBOX\n"
      "  MESSAGES 231, UIDNEXT 44292\n"
      "S< @93 untagged * SEARCH\n"
      "  2 84 882\n");
}

static const char *client_stream =
      "a1 LOGIN joe \"s3cr3t pass\"\r\n"
      "a2 AUTHENTICATE PLAIN AGpvZQBzM2NyM3Q=\r\n"
      "a3 AUTHENTICATE XOAUTH2\r\n"
      "dXNlcj1hbGljZUBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==\r\n"
      "a4 UID SEARCH CHARSET UTF-8 OR (FROM \"bob\" UNSEEN) NOT SUBJECT {5}\r\n"
      "hello SINCE 1-Feb-1994 1:3,7,9:*\r\n"
      "a5 UID FETCH 1:*,42 (FLAGS BODY.PEEK[1.2.HEADER.FIELDS (From To)]<0.100>) (CHANGEDSINCE 12345)\r\n"
      "a6 AUTHENTICATE LOGIN\r\n"
      "am9l\r\n"
      "czNjcjN0\r\n";

Test(pretty, commands_search_tree_and_secrets) {
  cr_assert_str_eq(pretty(C, 0, client_stream),
      "C> @0 command a1 LOGIN\n"
      "  user joe\n"
      "  password <redacted, 11 bytes>\n"
      "C> @28 command a2 AUTHENTICATE\n"
      "  mechanism PLAIN\n"
      "  initial response <redacted, 16 bytes; user \"joe\">\n"
      "C> @68 command a3 AUTHENTICATE\n"
      "  mechanism XOAUTH2\n"
      "C> @93 data SASL XOAUTH2 step 0\n"
      "  <redacted, 112 bytes; user \"alice@example.com\">\n"
      "C> @207 command a4 UID SEARCH\n"
      "  CHARSET UTF-8\n"
      "  OR\n"
      "    all of\n"
      "      FROM \"bob\"\n"
      "      UNSEEN\n"
      "    NOT\n"
      "      SUBJECT {5 bytes} \"hello\"\n"
      "  SINCE 1-Feb-1994\n"
      "  messages 1:3,7,9:*\n"
      "C> @309 command a5 UID FETCH\n"
      "  uids 1:*,42\n"
      "  items\n"
      "    FLAGS\n"
      "    BODY.PEEK[1.2.HEADER.FIELDS (From To)]<0.100>\n"
      "  modifiers (CHANGEDSINCE 12345)\n"
      "C> @405 command a6 AUTHENTICATE\n"
      "  mechanism LOGIN\n"
      "C> @428 data SASL LOGIN step 0\n"
      "  <redacted, 4 bytes; user \"joe\">\n"
      "C> @434 data SASL LOGIN step 1\n"
      "  <redacted, 8 bytes>\n");
}

Test(pretty, show_secrets) {
  const char *out = pretty(C, IK_OUT_SHOW_SECRETS, client_stream);
  cr_assert(strstr(out, "  password \"s3cr3t pass\"\n") != NULL, "%s", out);
  cr_assert(strstr(out, "  initial response AGpvZQBzM2NyM3Q=\n") != NULL, "%s", out);
  cr_assert(strstr(out, "  czNjcjN0\n") != NULL, "%s", out);
  cr_assert(strstr(out, "redacted") == NULL, "%s", out);
}

Test(pretty, colors_only_when_asked) {
  const char *msg = "* 1 FETCH (UID 7 FLAGS (\\Seen))\r\n";
  cr_assert(strchr(pretty(S, 0, msg), '\x1b') == NULL);
  const char *out = pretty(S, IK_OUT_COLOR, msg);
  cr_assert(strstr(out, "\x1b[") != NULL);
  /* every color is reset on its line */
  cr_assert(strstr(out, "\x1b[0m\n") != NULL || strstr(out, "\x1b[0m") != NULL);
}

Test(pretty, literal_preview_and_control_bytes) {
  cr_assert_str_eq(pretty(S, 0, "* 1 FETCH (BODY[] {13}\r\nab\x01\xff\xc3\xa9\r\n\tx\x1b]0 RFC822.SIZE 12)\r\n"),
      "S< @0 untagged * 1 FETCH\n"
      "  BODY[] {13 bytes} \"ab\\x01\\xffé\\r\\n\\tx\\x1b]0\"\n"
      "  RFC822.SIZE 12\n");
}

Test(pretty, unknown_and_generic) {
  cr_assert_str_eq(pretty(C, 0, "x1 XFOO bar (1 \"two\" (3))\r\n"),
      "C> @0 command x1 XFOO (generic)\n"
      "  bar\n"
      "  (1 \"two\" (3))\n");
}
