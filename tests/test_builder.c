/* The builder: each value in the form its bytes allow, every message one
 * message (hostile values cannot inject a second command or desynchronize a
 * framer), every misuse refused with an exact error. Each built message is
 * parsed back (strict) and its tree asserted. */
#include <criterion/criterion.h>

#include "imapkit_gen.h"
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#define C IK_SIDE_CLIENT
#define S IK_SIDE_SERVER

static unsigned char buf[1 << 16];
static size_t cuts[8];

static void start(ik_builder *b, unsigned options) {
  ik_builder_init_buf(b, buf, sizeof buf, options);
  ik_builder_set_cuts(b, cuts, 8);
}

/* The message built so far, NUL-terminated (for string asserts). */
static const char *msg(const ik_builder *b) {
  buf[b->len < sizeof buf ? b->len : sizeof buf - 1] = 0;
  return (const char *)buf;
}

static const char *tree(ik_side side, const ik_builder *b) {
  return ikt_parse_n(side, IK_PARSE_STRICT, buf, b->len);
}

/* The built bytes frame as exactly one message of that side. */
static void one_message(ik_side side, const ik_builder *b) {
  ik_framer f;
  ik_framer_init(&f, side, NULL);
  ik_frame fr;
  ik_frame_status fs;
  int k = 0;
  do fs = ik_framer_next(&f, buf, b->len, &fr);
  while (fs == IK_FRAME_CONTINUE && ++k < 100);
  cr_assert_eq(fs, IK_FRAME_MESSAGE);
  cr_assert_eq(fr.len, b->len, "framed %zu of %zu bytes", fr.len, b->len);
}

Test(builder, login_injection_becomes_a_literal) {
  ik_builder b;
  start(&b, 0);
  const char *user = "joe\r\n a2 DELETE INBOX";
  ik_build_command(&b, "a1", "LOGIN");
  ik_build_astring(&b, user, strlen(user));
  ik_build_astring(&b, "secret", 6);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "a1 LOGIN {21}\r\njoe\r\n a2 DELETE INBOX secret\r\n");
  /* where the client waits for the server's "+" */
  cr_assert_eq(b.ncuts, 1);
  cr_assert_eq(cuts[0], strlen("a1 LOGIN {21}\r\n"));
  one_message(C, &b);
  cr_assert_str_eq(tree(C, &b), "command tag=a1 LOGIN (string:literal \"joe\\x0d\\x0a a2 DELETE INBOX\") "
                                "(string:atom \"secret\")");
}

Test(builder, astring_forms) {
  ik_builder b;
  start(&b, 0);
  ik_build_command(&b, "t", "XCMD");
  ik_build_astring(&b, "plain", 5);         /* atom */
  ik_build_astring(&b, "a]b", 3);           /* "]" would end a code: quoted */
  ik_build_astring(&b, "two words", 9);     /* quoted */
  ik_build_astring(&b, "q\"b\\s", 5);       /* quoted with escapes */
  ik_build_astring(&b, "", 0);              /* "" */
  ik_build_astring(&b, "nil", 3);           /* never the atom NIL */
  ik_build_astring(&b, "caf\xc3\xa9", 5);   /* 8-bit: literal */
  ik_build_astring(&b, "%*(", 3);           /* specials: quoted */
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "t XCMD plain \"a]b\" \"two words\" \"q\\\"b\\\\s\" \"\" \"nil\" {5}\r\ncaf\xc3\xa9 "
                            "\"%*(\"\r\n");
  one_message(C, &b);
}

Test(builder, utf8_option_keeps_8bit_quoted) {
  ik_builder b;
  start(&b, IK_BUILD_UTF8);
  ik_build_command(&b, "t", "SELECT");
  ik_build_mailbox(&b, "caf\xc3\xa9", 5);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "t SELECT \"caf\xc3\xa9\"\r\n");
  cr_assert_eq(b.ncuts, 0);
}

Test(builder, nul_is_refused_outside_literal8) {
  ik_builder b;
  start(&b, IK_BUILD_BINARY);
  ik_build_command(&b, "t", "LOGIN");
  cr_assert_eq(ik_build_astring(&b, "a\0b", 3), IK_E_UNSAFE_VALUE);
  /* sticky: the first error stays */
  cr_assert_eq(ik_build_astring(&b, "ok", 2), IK_E_UNSAFE_VALUE);
  cr_assert_eq(ik_build_end(&b), IK_E_UNSAFE_VALUE);

  start(&b, 0);
  ik_build_command(&b, "t", "APPEND");
  ik_build_mailbox(&b, "INBOX", 5);
  cr_assert_eq(ik_build_literal(&b, "a\0b", 3), IK_E_UNSAFE_VALUE); /* no BINARY */

  start(&b, IK_BUILD_BINARY | IK_BUILD_LITERAL_PLUS);
  ik_build_command(&b, "t", "APPEND");
  ik_build_mailbox(&b, "inbox", 5);
  ik_build_literal(&b, "a\0b", 3);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_eq(b.len, strlen("t APPEND INBOX ~{3+}\r\n") + 3 + 2);
  cr_assert_eq(memcmp(buf, "t APPEND INBOX ~{3+}\r\na\0b\r\n", b.len), 0);
  one_message(C, &b);
}

Test(builder, literal_plus_and_minus) {
  ik_builder b;
  static char big[5000];
  memset(big, 'x', sizeof big);
  big[0] = '\n';
  start(&b, IK_BUILD_LITERAL_PLUS);
  ik_build_command(&b, "t", "LOGIN");
  ik_build_astring(&b, "a\nb", 3);
  ik_build_astring(&b, big, sizeof big);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_eq(b.ncuts, 0);
  cr_assert_eq(memcmp(buf, "t LOGIN {3+}\r\na\nb {5000+}\r\n", 27), 0);

  start(&b, IK_BUILD_LITERAL_MINUS);
  ik_build_command(&b, "t", "LOGIN");
  ik_build_astring(&b, "a\nb", 3);
  ik_build_astring(&b, big, sizeof big);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_eq(memcmp(buf, "t LOGIN {3+}\r\na\nb {5000}\r\n", 26), 0);
  cr_assert_eq(b.ncuts, 1);
  cr_assert_eq(cuts[0], 26u);
  one_message(C, &b);

  /* a server's literals never wait */
  start(&b, IK_BUILD_LITERAL_PLUS);
  ik_build_untagged_num(&b, 1, "FETCH");
  ik_build_list_open(&b);
  ik_build_atom(&b, "RFC822");
  ik_build_nstring(&b, "a\r\nb", 4);
  ik_build_list_close(&b);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "* 1 FETCH (RFC822 {4}\r\na\r\nb)\r\n");
  cr_assert_eq(b.ncuts, 0);
}

Test(builder, tags_and_names) {
  ik_builder b;
  const char *bad[] = {"", "a+1", "a b", "*", "a\r", "a(", "a{1}", "a\"", "a%", "a\\"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    start(&b, 0);
    cr_assert_eq(ik_build_command(&b, bad[i], "NOOP"), IK_E_UNSAFE_VALUE, "tag %s", bad[i]);
  }
  start(&b, 0);
  cr_assert_eq(ik_build_command(&b, "A]1", "NOOP"), IK_E_OK);
  start(&b, 0);
  cr_assert_eq(ik_build_command(&b, "a1", "NO OP"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  cr_assert_eq(ik_build_command(&b, "a1", "LOGIN\r\n"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  cr_assert_eq(ik_build_command(&b, "a1", "UID FETCH"), IK_E_OK);
  start(&b, 0);
  cr_assert_eq(ik_build_untagged(&b, "3 EXISTS"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  cr_assert_eq(ik_build_untagged(&b, "3"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  cr_assert_eq(ik_build_tagged(&b, "+", "OK"), IK_E_UNSAFE_VALUE);
}

Test(builder, atoms_and_flags_validated) {
  ik_builder b;
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_atom(&b, "a b"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_atom(&b, ""), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_atom(&b, "x]"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_flag(&b, "\\*"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_flag(&b, "\\Se en"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_flag(&b, "\\"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_untagged(&b, "OK");
  ik_build_code_open(&b, "PERMANENTFLAGS");
  const char *fl[] = {"\\Seen", "$Forwarded"};
  ik_build_list_open(&b);
  ik_build_flag_perm(&b, fl[0]);
  ik_build_flag_perm(&b, fl[1]);
  ik_build_flag_perm(&b, "\\*");
  ik_build_list_close(&b);
  ik_build_code_close(&b);
  ik_build_text(&b, "Limited", 7);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "* OK [PERMANENTFLAGS (\\Seen $Forwarded \\*)] Limited\r\n");
  cr_assert_str_eq(tree(S, &b), "untagged OK (code/PERMANENTFLAGS \"PERMANENTFLAGS\" "
                                "(flag_list \"(\\\\Seen $Forwarded \\\\*)\" (flag:atom \"\\\\Seen\") "
                                "(flag:atom \"$Forwarded\") (flag:atom \"\\\\*\"))) (text \"Limited\")");
}

Test(builder, store_with_flag_list_and_seqset) {
  ik_builder b;
  start(&b, 0);
  ik_seq_range r[] = {{1, 4}, {7, 7}, {9, 0}};
  const char *fl[] = {"\\Seen", "$Junk"};
  ik_build_command(&b, "a5", "UID STORE");
  ik_build_seqset(&b, r, 3);
  ik_build_atom(&b, "+FLAGS.SILENT");
  ik_build_flag_list(&b, fl, 2);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "a5 UID STORE 1:4,7,9:* +FLAGS.SILENT (\\Seen $Junk)\r\n");
  one_message(C, &b);
  cr_assert_eq(strncmp(tree(C, &b), "error", 5) != 0, 1, "%s", tree(C, &b));
  start(&b, 0);
  ik_build_command(&b, "a5", "STORE");
  cr_assert_eq(ik_build_seqset(&b, r, 0), IK_E_INVALID_ARGUMENT);
}

Test(builder, dates) {
  ik_builder b;
  start(&b, 0);
  ik_build_command(&b, "a", "APPEND");
  ik_build_mailbox(&b, "INBOX", 5);
  ik_build_datetime(&b, 837596665, -420); /* 17-Jul-1996 02:44:25 -0700 */
  ik_build_datetime(&b, 0, 0);
  ik_build_datetime(&b, 951782400, 330); /* 29-Feb-2000 05:30 +0530 */
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "a APPEND INBOX \"17-Jul-1996 02:44:25 -0700\" \" 1-Jan-1970 00:00:00 "
                            "+0000\" \"29-Feb-2000 05:30:00 +0530\"\r\n");
  start(&b, 0);
  ik_build_command(&b, "a", "SEARCH");
  ik_build_atom(&b, "SINCE");
  ik_build_date(&b, 1994, 2, 1);
  ik_build_atom(&b, "BEFORE");
  ik_build_date(&b, 2024, 12, 31);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "a SEARCH SINCE 1-Feb-1994 BEFORE 31-Dec-2024\r\n");
  start(&b, 0);
  ik_build_command(&b, "a", "SEARCH");
  cr_assert_eq(ik_build_date(&b, 2023, 2, 29), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_command(&b, "a", "SEARCH");
  cr_assert_eq(ik_build_datetime(&b, 0, 1440), IK_E_UNSAFE_VALUE);
}

Test(builder, lists_must_balance) {
  ik_builder b;
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_list_close(&b), IK_E_INVALID_ARGUMENT);
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  ik_build_list_open(&b);
  ik_build_list_open(&b);
  ik_build_list_close(&b);
  cr_assert_eq(ik_build_end(&b), IK_E_INVALID_ARGUMENT);
  start(&b, 0);
  ik_build_command(&b, "a", "X");
  cr_assert_eq(ik_build_list_adjoin(&b), IK_E_INVALID_ARGUMENT); /* no ")" before it */
  start(&b, 0);
  cr_assert_eq(ik_build_atom(&b, "x"), IK_E_INVALID_ARGUMENT); /* nothing begun */
  start(&b, 0);
  cr_assert_eq(ik_build_end(&b), IK_E_INVALID_ARGUMENT);
}

Test(builder, text_rules) {
  ik_builder b;
  const char *bad[] = {"a\rb", "a\nb", "[ALERT] x", "see {5}", "see {5+}"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    start(&b, 0);
    ik_build_tagged(&b, "a1", "OK");
    cr_assert_eq(ik_build_text(&b, bad[i], strlen(bad[i])), IK_E_UNSAFE_VALUE, "%s", bad[i]);
  }
  start(&b, 0);
  ik_build_tagged(&b, "a1", "OK");
  cr_assert_eq(ik_build_text(&b, "a\0b", 3), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_tagged(&b, "a1", "OK");
  cr_assert_eq(ik_build_text(&b, "caf\xc3\xa9", 5), IK_E_UNSAFE_VALUE);
  /* values are not text: a status response holds a code and text only */
  start(&b, 0);
  ik_build_tagged(&b, "a1", "OK");
  cr_assert_eq(ik_build_literal(&b, "x", 1), IK_E_INVALID_ARGUMENT);
  /* text only where the grammar has some */
  start(&b, 0);
  ik_build_untagged(&b, "XRESP");
  cr_assert_eq(ik_build_text(&b, "a (", 3), IK_E_INVALID_ARGUMENT);
  start(&b, 0);
  ik_build_command(&b, "a1", "NOOP");
  cr_assert_eq(ik_build_text(&b, "x", 1), IK_E_INVALID_ARGUMENT);
  /* nothing after the text */
  start(&b, 0);
  ik_build_tagged(&b, "a1", "OK");
  ik_build_text(&b, "done", 4);
  cr_assert_eq(ik_build_text(&b, "more", 4), IK_E_INVALID_ARGUMENT);
  /* "]" cannot end a code early */
  start(&b, 0);
  ik_build_untagged(&b, "NO");
  ik_build_code_open(&b, "XCODE");
  cr_assert_eq(ik_build_text(&b, "a]b", 3), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_untagged(&b, "NO");
  ik_build_code_open(&b, "BADCHARSET");
  ik_build_list_open(&b);
  ik_build_astring(&b, "a]", 2); /* quoted inside brackets */
  ik_build_list_close(&b);
  ik_build_code_close(&b);
  ik_build_text(&b, "[x] is fine after a code", 24);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "* NO [BADCHARSET (\"a]\")] [x] is fine after a code\r\n");
  one_message(S, &b);
  /* a code holds its own text */
  start(&b, 0);
  ik_build_tagged(&b, "a", "NO");
  ik_build_code_open(&b, "XCODE");
  ik_build_text(&b, "some thing", 10);
  ik_build_code_close(&b);
  ik_build_text(&b, "failed", 6);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "a NO [XCODE some thing] failed\r\n");
  cr_assert_str_eq(tree(S, &b), "tagged tag=a NO (code \"XCODE\" generic (text \"some thing\")) "
                                "(text \"failed\")");
}

Test(builder, continuation) {
  ik_builder b;
  start(&b, 0);
  ik_build_continuation(&b);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "+ \r\n");
  start(&b, 0);
  ik_build_continuation(&b);
  ik_build_text(&b, "Ready for literal data", 22);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "+ Ready for literal data\r\n");
  cr_assert_str_eq(tree(S, &b), "continuation (text \"Ready for literal data\")");
}

Test(builder, fetch_sections) {
  ik_builder b;
  start(&b, 0);
  ik_seq_range r = {1, 0};
  ik_build_command(&b, "f", "FETCH");
  ik_build_seqset(&b, &r, 1);
  ik_build_list_open(&b);
  ik_build_atom(&b, "FLAGS");
  ik_build_section_open(&b, "BODY.PEEK");
  ik_build_section_part(&b, 1);
  ik_build_section_part(&b, 2);
  ik_build_section_text(&b, "HEADER.FIELDS");
  ik_build_list_open(&b);
  ik_build_astring(&b, "From", 4);
  ik_build_astring(&b, "To", 2);
  ik_build_list_close(&b);
  ik_build_section_close(&b);
  ik_build_partial(&b, 0, 100);
  ik_build_section_open(&b, "BODY");
  ik_build_section_close(&b);
  ik_build_section_open(&b, "BINARY.SIZE");
  ik_build_section_part(&b, 3);
  ik_build_section_close(&b);
  ik_build_list_close(&b);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "f FETCH 1:* (FLAGS BODY.PEEK[1.2.HEADER.FIELDS (From To)]<0.100> BODY[] "
                            "BINARY.SIZE[3])\r\n");
  cr_assert_eq(strncmp(tree(C, &b), "error", 5) != 0, 1, "%s", tree(C, &b));

  /* misuse */
  start(&b, 0);
  ik_build_command(&b, "f", "FETCH");
  ik_build_section_open(&b, "BODY");
  cr_assert_eq(ik_build_section_text(&b, "MIME"), IK_E_INVALID_ARGUMENT); /* MIME needs a part */
  start(&b, 0);
  ik_build_command(&b, "f", "FETCH");
  ik_build_section_open(&b, "BODY");
  ik_build_section_text(&b, "HEADER.FIELDS");
  cr_assert_eq(ik_build_section_close(&b), IK_E_INVALID_ARGUMENT); /* the list is required */
  start(&b, 0);
  ik_build_command(&b, "f", "FETCH");
  ik_build_section_open(&b, "BODY");
  cr_assert_eq(ik_build_section_text(&b, "HEADERS"), IK_E_UNSAFE_VALUE);
  start(&b, 0);
  ik_build_command(&b, "f", "FETCH");
  ik_build_section_open(&b, "BODY");
  cr_assert_eq(ik_build_atom(&b, "x"), IK_E_INVALID_ARGUMENT); /* inside [...] */
  start(&b, 0);
  ik_build_command(&b, "f", "FETCH");
  ik_build_section_open(&b, "BODY");
  cr_assert_eq(ik_build_end(&b), IK_E_INVALID_ARGUMENT);
  start(&b, 0);
  ik_build_command(&b, "f", "FETCH");
  cr_assert_eq(ik_build_partial(&b, 0, 1), IK_E_INVALID_ARGUMENT); /* no section before */
}

/* A FETCH response with a multipart BODYSTRUCTURE and an ENVELOPE, as a
 * server builds it: parts and addresses adjoin. */
Test(builder, server_fetch_bodystructure) {
  ik_builder b;
  start(&b, 0);
  ik_build_untagged_num(&b, 12, "FETCH");
  ik_build_list_open(&b);
  ik_build_atom(&b, "UID");
  ik_build_number(&b, 7);
  ik_build_atom(&b, "BODYSTRUCTURE");
  ik_build_list_open(&b);
  for (int i = 0; i < 2; i++) {
    if (i == 0)
      ik_build_list_open(&b);
    else
      ik_build_list_adjoin(&b);
    ik_build_string(&b, "text", 4);
    ik_build_string(&b, "plain", 5);
    ik_build_nil(&b);
    ik_build_nil(&b);
    ik_build_nil(&b);
    ik_build_string(&b, "7bit", 4);
    ik_build_number(&b, 10);
    ik_build_number(&b, 1);
    ik_build_list_close(&b);
  }
  ik_build_string(&b, "mixed", 5);
  ik_build_list_close(&b);
  ik_build_atom(&b, "ENVELOPE");
  ik_build_list_open(&b);
  ik_build_nil(&b);
  ik_build_nstring(&b, "Hi \"you\"", 8);
  ik_build_list_open(&b);
  for (int i = 0; i < 2; i++) {
    if (i == 0)
      ik_build_list_open(&b);
    else
      ik_build_list_adjoin(&b);
    ik_build_nstring(&b, "A", 1);
    ik_build_nil(&b);
    ik_build_nstring(&b, "a", 1);
    ik_build_nstring(&b, "h", 1);
    ik_build_list_close(&b);
  }
  ik_build_list_close(&b);
  for (int i = 0; i < 7; i++) ik_build_nil(&b);
  ik_build_list_close(&b);
  ik_build_list_close(&b);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "* 12 FETCH (UID 7 BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1)"
                            "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1) \"mixed\") ENVELOPE (NIL "
                            "\"Hi \\\"you\\\"\" ((\"A\" NIL \"a\" \"h\")(\"A\" NIL \"a\" \"h\")) NIL NIL NIL NIL "
                            "NIL NIL NIL))\r\n");
  const char *t = tree(S, &b);
  cr_assert_eq(strncmp(t, "error", 5) != 0, 1, "%s", t);
  cr_assert(strstr(t, "(body \"((") != NULL, "%s", t);
}

Test(builder, short_buffer_reports_the_size) {
  unsigned char small[10];
  ik_builder b;
  ik_builder_init_buf(&b, small, sizeof small, 0);
  ik_build_command(&b, "a1", "LOGIN");
  ik_build_astring(&b, "user", 4);
  ik_build_astring(&b, "password", 8);
  cr_assert_eq(ik_build_end(&b), IK_E_BUFFER_TOO_SMALL);
  cr_assert_eq(b.len, strlen("a1 LOGIN user password\r\n"));
  cr_assert_eq(memcmp(small, "a1 LOGIN u", 10), 0);
  /* NULL buffer: just measure */
  ik_builder_init_buf(&b, NULL, 0, 0);
  ik_build_command(&b, "a1", "NOOP");
  cr_assert_eq(ik_build_end(&b), IK_E_BUFFER_TOO_SMALL);
  cr_assert_eq(b.len, 9u);
}

Test(builder, too_many_cuts) {
  size_t one[1];
  ik_builder b;
  ik_builder_init_buf(&b, buf, sizeof buf, 0);
  ik_builder_set_cuts(&b, one, 1);
  ik_build_command(&b, "a1", "LOGIN");
  ik_build_astring(&b, "a\r", 2);
  ik_build_astring(&b, "b\r", 2);
  cr_assert_eq(ik_build_end(&b), IK_E_BUFFER_TOO_SMALL);
  cr_assert_eq(b.ncuts, 2);
}

typedef struct sink {
  char s[256];
  size_t n;
  int fail_after;
} sink;

static int sink_write(void *ud, const void *p, size_t n) {
  sink *k = ud;
  if (k->fail_after >= 0 && k->n + n > (size_t)k->fail_after) return -1;
  memcpy(k->s + k->n, p, n);
  k->n += n;
  return 0;
}

Test(builder, callback_output) {
  sink k = {{0}, 0, -1};
  ik_builder b;
  ik_builder_init_fn(&b, sink_write, &k, 0);
  ik_build_command(&b, "a1", "SELECT");
  ik_build_mailbox(&b, "Sent Items", 10);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_eq(k.n, b.len);
  cr_assert_eq(memcmp(k.s, "a1 SELECT \"Sent Items\"\r\n", k.n), 0);
  /* a second message from the same builder: len counts from 0 */
  ik_build_command(&b, "a2", "NOOP");
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_eq(b.len, 9u);
  sink f = {{0}, 0, 4};
  ik_builder_init_fn(&b, sink_write, &f, 0);
  ik_build_command(&b, "a1", "NOOP");
  cr_assert_eq(ik_build_end(&b), IK_E_BUFFER_TOO_SMALL);
}

/* Hostile bytes in every string position: whatever they are, the result is
 * one LOGIN whose two arguments are exactly those bytes. */
static uint64_t rnd(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

Test(builder, hostile_values_never_inject) {
  static const char alphabet[] = "a \r\n\"\\{}()[]%*+~0129\x7f\x80\xff\t";
  uint64_t seed = 42;
  ik_parser p;
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  for (int round = 0; round < 3000; round++) {
    unsigned char v[2][24];
    size_t vn[2];
    for (int k = 0; k < 2; k++) {
      vn[k] = rnd(&seed) % 24;
      for (size_t i = 0; i < vn[k]; i++) v[k][i] = (unsigned char)alphabet[rnd(&seed) % (sizeof alphabet - 1)];
    }
    ik_builder b;
    start(&b, round % 3 == 0 ? IK_BUILD_LITERAL_PLUS : 0);
    ik_build_command(&b, "a1", "LOGIN");
    ik_build_astring(&b, v[0], vn[0]);
    ik_build_string(&b, v[1], vn[1]);
    cr_assert_eq(ik_build_end(&b), IK_E_OK);
    one_message(C, &b);
    ik_parser_init(&p, C, IK_PARSE_STRICT, NULL);
    ik_arena_reset(&a);
    ik_message *m;
    ik_error e;
    cr_assert_eq(ik_parse(&p, buf, b.len, &a, &m, &e), IK_E_OK, "%s at %zu: %.*s", ik_status_name(e.code),
                 e.offset, (int)b.len, buf);
    cr_assert_eq(m->name, IK_KW_LOGIN);
    cr_assert_eq(ik_node_count(NULL), 0u);
    const ik_node *n = m->args;
    for (int k = 0; k < 2; k++, n = n->next) {
      cr_assert(n != NULL);
      unsigned char val[64];
      size_t len = n->form == IK_FORM_QUOTED
                       ? ik_unquote(m->base + n->span.off, n->span.len, val, sizeof val)
                       : (memcpy(val, m->base + n->span.off, n->span.len), n->span.len);
      cr_assert_eq(len, vn[k]);
      cr_assert_eq(memcmp(val, v[k], len), 0);
    }
    cr_assert_null(n);
  }
  ik_arena_free(&a);
}

/* An unknown command or response parses back with the generic grammar: the
 * astring "[" written as an atom, and lists written with nothing between them
 * (corpus/regressions/builder/generic-grammar-rejects-*). */
Test(builder, generic_messages_parse_back) {
  ik_builder b;
  start(&b, 0);
  ik_build_command(&b, "a1", "XFUZZ");
  ik_build_atom(&b, "FLAGS");
  ik_build_astring(&b, "[", 1);
  ik_build_atom(&b, "x[");
  ik_build_section_open(&b, "BODY");
  ik_build_section_close(&b);
  cr_assert_eq(ik_build_end(&b), IK_E_OK);
  cr_assert_str_eq(msg(&b), "a1 XFUZZ FLAGS [ x[ BODY[]\r\n");
  one_message(C, &b);
  cr_assert_str_eq(tree(C, &b),
                   "command tag=a1 XFUZZ generic (string:atom \"FLAGS\" generic) (string:atom \"[\" "
                   "generic) (string:atom \"x[\" generic) (string:atom \"BODY[]\" generic (bracket \"[]\"))");

  for (int side = 0; side < 2; side++) {
    start(&b, 0);
    if (side == 0)
      ik_build_command(&b, "a1", "XFOO");
    else
      ik_build_untagged(&b, "XRESP");
    ik_build_list_open(&b);
    ik_build_atom(&b, "a");
    ik_build_list_close(&b);
    cr_assert_eq(ik_build_list_adjoin(&b), IK_E_OK);
    ik_build_atom(&b, "b");
    ik_build_list_close(&b);
    cr_assert_eq(ik_build_end(&b), IK_E_OK);
    cr_assert_str_eq(msg(&b), side == 0 ? "a1 XFOO (a)(b)\r\n" : "* XRESP (a)(b)\r\n");
    one_message(side == 0 ? C : S, &b);
    cr_assert_str_eq(tree(side == 0 ? C : S, &b),
                     side == 0 ? "command tag=a1 XFOO generic (list \"(a)\" (string:atom \"a\" generic)) "
                                 "(list \"(b)\" (string:atom \"b\" generic))"
                               : "untagged XRESP generic (list \"(a)\" (string:atom \"a\" generic)) "
                                 "(list \"(b)\" (string:atom \"b\" generic))");
  }
}
