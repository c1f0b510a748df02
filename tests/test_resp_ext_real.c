/* The recorded Dovecot extension session (tests/data/real/
 * dovecot-extensions.server.imap: ID, ENABLE QRESYNC, NAMESPACE, LIST-STATUS
 * and SPECIAL-USE, QUOTA, METADATA, CONDSTORE, ESEARCH, SORT, THREAD, BINARY,
 * PREVIEW and SNIPPET, SAVEDATE, MULTIAPPEND, MOVE, UIDPLUS, QRESYNC):
 * every message parses in strict mode, none has a generic node, every JSON
 * line is valid JSON without "generic"; and the typed shapes of its extension
 * responses. The other server recordings of tests/data/real/ too. Nothing
 * that changes on re-recording (UIDVALIDITY, MODSEQ values, timings, save
 * dates) is asserted. */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imapkit_gen.h"
#include "testutil.h"

#define S IK_SIDE_SERVER
#define REC "tests/data/real/dovecot-extensions.server.imap"

/* ---- a small JSON checker (RFC 8259 syntax; tests only, recursion bounded
 * by the writer's depth) ---- */

typedef struct jcur {
  const char *s, *e;
} jcur;

static void jws(jcur *c) {
  while (c->s < c->e && (*c->s == ' ' || *c->s == '\t' || *c->s == '\n' || *c->s == '\r')) c->s++;
}

static int jlit(jcur *c, const char *w) {
  size_t n = strlen(w);
  if ((size_t)(c->e - c->s) < n || memcmp(c->s, w, n)) return 0;
  c->s += n;
  return 1;
}

static int jstring(jcur *c) {
  if (c->s >= c->e || *c->s != '"') return 0;
  for (c->s++; c->s < c->e; c->s++) {
    unsigned char ch = (unsigned char)*c->s;
    if (ch == '"') {
      c->s++;
      return 1;
    }
    if (ch < 0x20) return 0;
    if (ch == '\\') {
      c->s++;
      if (c->s >= c->e) return 0;
      if (*c->s == 'u') {
        for (int i = 0; i < 4; i++) {
          c->s++;
          if (c->s >= c->e || !strchr("0123456789abcdefABCDEF", *c->s)) return 0;
        }
      } else if (!strchr("\"\\/bfnrt", *c->s)) {
        return 0;
      }
    }
  }
  return 0;
}

static int jvalue(jcur *c, int depth);

static int jcontainer(jcur *c, char open, char close, int depth) {
  c->s++;
  jws(c);
  if (c->s < c->e && *c->s == close) {
    c->s++;
    return 1;
  }
  for (;;) {
    jws(c);
    if (open == '{') {
      if (!jstring(c)) return 0;
      jws(c);
      if (c->s >= c->e || *c->s != ':') return 0;
      c->s++;
    }
    if (!jvalue(c, depth + 1)) return 0;
    jws(c);
    if (c->s < c->e && *c->s == ',') {
      c->s++;
      continue;
    }
    if (c->s < c->e && *c->s == close) {
      c->s++;
      return 1;
    }
    return 0;
  }
}

static int jvalue(jcur *c, int depth) {
  if (depth > 5000) return 0;
  jws(c);
  if (c->s >= c->e) return 0;
  switch (*c->s) {
  case '{': return jcontainer(c, '{', '}', depth);
  case '[': return jcontainer(c, '[', ']', depth);
  case '"': return jstring(c);
  case 't': return jlit(c, "true");
  case 'f': return jlit(c, "false");
  case 'n': return jlit(c, "null");
  default: {
    const char *st = c->s;
    if (*c->s == '-') c->s++;
    while (c->s < c->e && ((*c->s >= '0' && *c->s <= '9') || strchr(".eE+-", *c->s))) c->s++;
    return c->s > st;
  }
  }
}

static int json_valid(const char *s, size_t n) {
  jcur c = {s, s + n};
  if (!jvalue(&c, 0)) return 0;
  jws(&c);
  return c.s == c.e;
}

/* ---- helpers ---- */

static unsigned char *load(const char *path, size_t *n) {
  unsigned char *s = ikt_read_file(path, n);
  cr_assert_not_null(s, "%s is missing", path);
  return s;
}

static char json_buf[1 << 20];

/* Frames and parses a whole server stream (strict), checking every message:
 * it parses, has no generic node, and its JSON is valid without "generic".
 * Returns the number of messages. */
static size_t check_stream(const char *path) {
  size_t n;
  unsigned char *s = load(path, &n);
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, S, NULL);
  ik_parser_init(&p, S, IK_PARSE_STRICT, NULL);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  size_t off = 0, msgs = 0;
  while (off < n) {
    ik_frame fr;
    ik_frame_status st = ik_framer_next(&f, s + off, n - off, &fr);
    cr_assert_eq(st, IK_FRAME_MESSAGE, "%s +%zu: framer %d", path, off, (int)st);
    ik_arena_reset(&a);
    ik_message *m;
    ik_error e;
    ik_status ps = ik_parse(&p, s + off, fr.len, &a, &m, &e);
    cr_assert_eq(ps, IK_E_OK, "%s +%zu: %s at %zu: %.80s", path, off, ik_status_name(ps), e.offset,
                 (const char *)s + off);
    char sexp[1 << 16];
    ikt_sexp(m, sexp, sizeof sexp);
    cr_expect_null(strstr(sexp, "generic"), "%s +%zu: %.300s", path, off, sexp);
    ik_buf_writer bw = {(unsigned char *)json_buf, sizeof json_buf - 1, 0, 0};
    ik_out_opts o = {0, off, NULL};
    cr_assert_eq(ik_json_message(m, &o, ik_write_buf, &bw), 0);
    cr_expect(json_valid(json_buf, bw.len), "%s +%zu: invalid JSON: %.*s", path, off, (int)bw.len,
              json_buf);
    json_buf[bw.len < sizeof json_buf ? bw.len : sizeof json_buf - 1] = 0;
    cr_expect_null(strstr(json_buf, "\"generic\""), "%s +%zu: %s", path, off, json_buf);
    msgs++;
    off += fr.len;
  }
  ik_arena_free(&a);
  free(s);
  return msgs;
}

/* The first message of the session whose bytes start with `prefix`, parsed
 * (strict) and rendered. */
static const char *find(const char *prefix) {
  static char out[1 << 16];
  size_t n;
  unsigned char *s = load(REC, &n);
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, S, NULL);
  ik_parser_init(&p, S, IK_PARSE_STRICT, NULL);
  size_t off = 0;
  out[0] = 0;
  while (off < n) {
    ik_frame fr;
    if (ik_framer_next(&f, s + off, n - off, &fr) != IK_FRAME_MESSAGE) break;
    if (fr.len >= strlen(prefix) && memcmp(s + off, prefix, strlen(prefix)) == 0) {
      ik_arena a;
      ik_arena_init_growable(&a, NULL);
      ik_message *m;
      ik_error e;
      if (ik_parse(&p, s + off, fr.len, &a, &m, &e) == IK_E_OK)
        ikt_sexp(m, out, sizeof out);
      else
        snprintf(out, sizeof out, "error %s at %zu", ik_status_name(e.code), e.offset);
      ik_arena_free(&a);
      break;
    }
    off += fr.len;
  }
  free(s);
  cr_assert(out[0], "no message starts with %s", prefix);
  return out;
}

/* ---- tests ---- */

Test(resp_ext_real, extension_session_strict_no_generic_valid_json) {
  cr_assert_gt(check_stream(REC), 240);
}

Test(resp_ext_real, every_server_recording_strict_no_generic) {
  glob_t g;
  cr_assert_eq(glob("tests/data/real/*.server.imap", 0, NULL, &g), 0);
  size_t files = 0, msgs = 0;
  for (size_t i = 0; i < g.gl_pathc; i++, files++) msgs += check_stream(g.gl_pathv[i]);
  globfree(&g);
  cr_expect_geq(files, 13);
  cr_expect_gt(msgs, 1000);
}

Test(resp_ext_real, extension_session_any_chunking) {
  size_t n;
  unsigned char *s = load(REC, &n);
  char *whole = ikt_stream(S, IK_PARSE_STRICT, NULL, s, n, 0);
  cr_expect_null(strstr(whole, "error"));
  size_t chunks[] = {1, 7, 4096};
  for (size_t i = 0; i < 3; i++) {
    char *split = ikt_stream(S, IK_PARSE_STRICT, NULL, s, n, chunks[i]);
    cr_expect_str_eq(split, whole, "chunk %zu", chunks[i]);
    free(split);
  }
  free(whole);
  free(s);
}

/* the capabilities of every Dovecot extension: CAPABILITY nodes, the known
 * ones with their keyword */
Test(resp_ext_real, dovecot_capabilities) {
  const char *t = find("* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT");
  cr_assert_not_null(strstr(t, "(capability:atom/SORT \"SORT\") (capability:atom \"SORT=DISPLAY\") "
                               "(capability:atom \"THREAD=REFERENCES\")"), "%s", t);
  cr_assert_not_null(strstr(t, "(capability:atom/CONDSTORE \"CONDSTORE\") (capability:atom/QRESYNC "
                               "\"QRESYNC\") (capability:atom/ESEARCH \"ESEARCH\")"), "%s", t);
  cr_assert_not_null(strstr(t, "(capability:atom/METADATA \"METADATA\") (capability:atom/SPECIAL-USE "
                               "\"SPECIAL-USE\") (capability:atom \"COMPRESS=DEFLATE\") "
                               "(capability:atom/QUOTA \"QUOTA\")"), "%s", t);
  cr_assert_null(strstr(t, "generic"));
}

Test(resp_ext_real, dovecot_extension_responses) {
  cr_assert_str_eq(find("* ID "), "untagged ID (list \"(\\\"name\\\" \\\"Dovecot\\\")\" (pair:quoted \"name\" "
                                  "(string:quoted \"Dovecot\")))");
  cr_assert_str_eq(find("* ENABLED"), "untagged ENABLED (capability:atom/QRESYNC \"QRESYNC\")");
  cr_assert_str_eq(find("* NAMESPACE"),
                   "untagged NAMESPACE (list \"((\\\"\\\" \\\"/\\\"))\" (namespace \"(\\\"\\\" \\\"/\\\")\" "
                   "(string:quoted \"\") (string:quoted \"/\"))) (string:nil \"NIL\") (string:nil \"NIL\")");
  cr_assert_str_eq(find("* QUOTAROOT"),
                   "untagged QUOTAROOT (mailbox:atom \"INBOX\" inbox) (string:quoted \"User quota\")");
  cr_assert_str_eq(find("* QUOTA "),
                   "untagged QUOTA (string:quoted \"User quota\") (list \"(STORAGE 12 10240 MESSAGE 15 1000)\" "
                   "(attr/STORAGE \"STORAGE 12 10240\" (number \"12\" #12) (number \"10240\" #10240)) "
                   "(attr/MESSAGE \"MESSAGE 15 1000\" (number \"15\" #15) (number \"1000\" #1000)))");
  cr_assert_str_eq(find("* METADATA INBOX"),
                   "untagged METADATA (mailbox:atom \"INBOX\" inbox) (list \"(/private/comment {18}\\x0d\\x0aline "
                   "one\\x0d\\x0aline two /shared/comment NIL)\" (pair:atom \"/private/comment\" "
                   "(string:literal \"line one\\x0d\\x0aline two\")) (pair:atom \"/shared/comment\" "
                   "(string:nil \"NIL\")))");
  cr_assert_str_eq(find("* THREAD (1 "),
                   "untagged THREAD (thread \"(1 (2 3 4)(5 8))\" (number \"1\" #1) (thread \"(2 3 4)\" "
                   "(number \"2\" #2) (number \"3\" #3) (number \"4\" #4)) (thread \"(5 8)\" (number \"5\" "
                   "#5) (number \"8\" #8))) (thread \"(6)\" (number \"6\" #6)) (thread \"(7)\" (number \"7\" "
                   "#7)) (thread \"(9)\" (number \"9\" #9))");
  cr_assert_str_eq(find("* SORT 9 8"),
                   "untagged SORT (number \"9\" #9) (number \"8\" #8) (number \"7\" #7) (number \"6\" #6) "
                   "(number \"5\" #5) (number \"4\" #4) (number \"3\" #3) (number \"2\" #2) (number \"1\" #1)");
  cr_assert_str_eq(find("* ESEARCH (TAG \"x026\")"),
                   "untagged ESEARCH (list \"(TAG \\\"x026\\\")\" (attr/TAG \"TAG \\\"x026\\\"\" (string:quoted "
                   "\"x026\"))) (attr/MIN \"MIN 3\" (number \"3\" #3)) (attr/MAX \"MAX 9\" (number \"9\" #9)) "
                   "(attr/ALL \"ALL 3:5,7:9\" (seqset \"3:5,7:9\" (seq_range \"3:5\" (seq_num \"3\" #3) "
                   "(seq_num \"5\" #5)) (seq_range \"7:9\" (seq_num \"7\" #7) (seq_num \"9\" #9)))) "
                   "(attr/COUNT \"COUNT 6\" (number \"6\" #6))");
  cr_assert_str_eq(find("* VANISHED (EARLIER)"),
                   "untagged VANISHED (list \"(EARLIER)\" (attr/EARLIER \"EARLIER\")) (seqset \"1:2,5:6\" "
                   "(seq_range \"1:2\" (seq_num \"1\" #1) (seq_num \"2\" #2)) (seq_range \"5:6\" (seq_num "
                   "\"5\" #5) (seq_num \"6\" #6)))");
  cr_assert_str_eq(find("x004 NO"), "tagged tag=x004 NO (code/AUTHENTICATIONFAILED \"AUTHENTICATIONFAILED\") "
                                    "(text \"Authentication failed.\")");
  cr_assert_str_eq(find("* OK [CLOSED]"), "untagged OK (code/CLOSED \"CLOSED\") (text \"Previous mailbox "
                                          "closed.\")");
}

/* the shapes whose numbers change on re-recording: checked by kind */
Test(resp_ext_real, dovecot_shapes) {
  const char *t = find("x058 OK [APPENDUID");
  cr_assert_not_null(strstr(t, "(code/APPENDUID \"APPENDUID\" (number "), "%s", t);
  cr_assert_not_null(strstr(t, "(seqset \"3:4\" (seq_range \"3:4\""), "%s", t); /* MULTIAPPEND */
  t = find("* OK [COPYUID");
  cr_assert_not_null(strstr(t, "(code/COPYUID \"COPYUID\" (number "), "%s", t);
  t = find("* OK [HIGHESTMODSEQ");
  cr_assert_not_null(strstr(t, "(code/HIGHESTMODSEQ \"HIGHESTMODSEQ\" (number "), "%s", t);
  t = find("x024 OK [MODIFIED");
  cr_assert_not_null(strstr(t, "(code/MODIFIED \"MODIFIED\" (seqset \"2\" (seq_num \"2\" #2)))"), "%s", t);
  t = find("* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) MODSEQ");
  cr_assert_not_null(strstr(t, "(item/MODSEQ \"MODSEQ\" (list \""), "%s", t);
  t = find("* 3 FETCH (BINARY.SIZE[3]");
  cr_assert_not_null(strstr(t, "(item/BINARY.SIZE \"BINARY.SIZE[3]\" (section \"3\" (part \"3\" (number \"3\" "
                               "#3))) (number \"72\" #72)) (item/BINARY \"BINARY[3]\" (section \"3\" (part "
                               "\"3\" (number \"3\" #3))) (string:literal8 "),
                    "%s", t);
  cr_assert_not_null(strstr(t, "(item/BINARY \"BINARY[2]<0>\" (section \"2\" (part \"2\" (number \"2\" #2))) "
                               "(partial \"<0>\" (number \"0\" #0)) (string:literal8 "),
                     "%s", t);
  t = find("* 1 FETCH (PREVIEW");
  cr_assert_not_null(strstr(t, "(item/PREVIEW \"PREVIEW\" (string:quoted \"Hi Alice,"), "%s", t);
  cr_assert_not_null(strstr(t, "(item/SAVEDATE \"SAVEDATE\" (datetime:quoted "), "%s", t);
  t = find("* 2 FETCH (SNIPPET");
  cr_assert_not_null(strstr(t, "(item/SNIPPET \"SNIPPET\" (list \"(FUZZY {109}"), "%s", t);
  cr_assert_not_null(strstr(t, "(string:atom \"FUZZY\") (string:literal \"Hello Alice,"), "%s", t);
  t = find("* STATUS Archive (SIZE");
  cr_assert_not_null(strstr(t, "(status_att/SIZE \"SIZE\" (number "), "%s", t);
  t = find("* LIST (\\Subscribed \\HasNoChildren \\Drafts)");
  cr_assert_not_null(strstr(t, "(flag:atom \"\\\\Subscribed\") (flag:atom \"\\\\HasNoChildren\") (flag:atom "
                               "\"\\\\Drafts\")"),
                     "%s", t);
}
