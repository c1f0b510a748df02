/* Real server traffic: tests/data/responses/dovecot-rfc3501.server.imap is
 * one RFC 3501 session against Dovecot 2.3 (Debian's dovecot-imapd), recorded
 * by tools/record-responses/record.sh from the mailbox in
 * tools/record-responses/mail/. It parses in strict mode with no error, and
 * with no generic node (the codes of the extensions Dovecot adds on its own,
 * UIDPLUS and CONDSTORE/QRESYNC, are typed too). The other engineers' recordings
 * (tests/data/real/, when present) parse with no error either. Nothing that
 * changes on re-recording (UIDVALIDITY, timings) is asserted. */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imapkit_gen.h"
#include "testutil.h"

#define S IK_SIDE_SERVER
#define REC "tests/data/responses/dovecot-rfc3501.server.imap"

static unsigned char *load(const char *path, size_t *n) {
  unsigned char *s = ikt_read_file(path, n);
  cr_assert_not_null(s, "%s is missing: run tools/record-responses/record.sh", path);
  return s;
}

Test(resp_real, dovecot_session_strict_no_generic_node) {
  size_t n;
  unsigned char *s = load(REC, &n);
  char *out = ikt_stream(S, IK_PARSE_STRICT, NULL, s, n, 0);
  size_t messages = 0, fetches = 0;
  for (char *line = out; *line;) {
    char *e = strchr(line, '\n');
    *e = 0;
    messages++;
    cr_expect_neq(strncmp(line, "error", 5), 0, "%s", line);
    cr_expect_null(strstr(line, "generic"), "generic node in: %.300s", line);
    if (strstr(line, "untagged FETCH")) fetches++;
    line = e + 1;
  }
  cr_expect_gt(messages, 100);
  cr_expect_gt(fetches, 30);
  free(out);
  free(s);
}

Test(resp_real, dovecot_session_any_chunking) {
  size_t n;
  unsigned char *s = load(REC, &n);
  char *whole = ikt_stream(S, 0, NULL, s, n, 0);
  size_t chunks[] = {1, 13, 4096};
  for (size_t i = 0; i < 3; i++) {
    char *split = ikt_stream(S, 0, NULL, s, n, chunks[i]);
    cr_expect_str_eq(split, whole, "chunk %zu", chunks[i]);
    free(split);
  }
  free(whole);
  free(s);
}

/* The message of the whole session whose bytes start with `prefix`, parsed. */
static ik_message *find(ik_arena *a, const unsigned char *s, size_t n, const char *prefix) {
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, S, NULL);
  ik_parser_init(&p, S, IK_PARSE_STRICT, NULL);
  size_t off = 0;
  while (off < n) {
    ik_frame fr;
    ik_frame_status st = ik_framer_next(&f, s + off, n - off, &fr);
    cr_assert_eq(st, IK_FRAME_MESSAGE);
    if (fr.len >= strlen(prefix) && memcmp(s + off, prefix, strlen(prefix)) == 0) {
      ik_message *m;
      ik_error e;
      cr_assert_eq(ik_parse(&p, s + off, fr.len, a, &m, &e), IK_E_OK);
      return m;
    }
    off += fr.len;
  }
  cr_assert_fail("no message starts with %s", prefix);
  return NULL;
}

static size_t walk(const ik_node *root, const ik_node *n, char *out, size_t cap, size_t len) {
  for (; n; n = n->next) {
    if (n->kind == IK_N_BODY) {
      char sec[64];
      ik_body_section(root, n, sec, sizeof sec);
      len += (size_t)snprintf(out + len, cap - len, "%s%s ", sec[0] ? sec : "-",
                              (n->flags & IK_NF_MULTIPART) ? "m" : n->id == IK_KW_MESSAGE ? "r" : "");
    }
    len = walk(root, n->child, out, cap, len);
  }
  return len;
}

/* message/rfc822 nested three deep: the part numbers a client FETCHes */
Test(resp_real, nested_message_part_numbers) {
  size_t n;
  unsigned char *s = load(REC, &n);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  ik_message *m = find(&a, s, n, "* 3 FETCH (BODYSTRUCTURE");
  const ik_node *body = m->args->child;
  char out[512];
  walk(body, body, out, sizeof out, 0);
  cr_assert_str_eq(out, "-m 1 2r 2m 2.1 2.2r 2.2m 2.2.1 2.2.2r 2.2.2.1 ");
  /* and the parts Dovecot answered for those numbers parse as sections */
  m = find(&a, s, n, "* 3 FETCH (BODY[2.2.2.HEADER]");
  cr_assert_eq(m->args->child->kind, IK_N_SECTION);
  cr_assert_eq(m->args->child->id, IK_KW_HEADER);
  cr_assert_eq(ik_node_count(m->args->child->child), 3); /* part 2.2.2 */
  ik_arena_free(&a);
  free(s);
}

/* encoded words pass through; group syntax (undisclosed-recipients:;) */
Test(resp_real, envelope_group_syntax) {
  size_t n;
  unsigned char *s = load(REC, &n);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  ik_message *m = find(&a, s, n, "* 4 FETCH (FLAGS");
  const ik_node *it = m->args;
  while (it && it->id != IK_KW_ENVELOPE) it = it->next;
  cr_assert_not_null(it);
  const ik_node *env = it->child;
  cr_assert_eq(ik_node_count(env), 10);
  const ik_node *to = ik_node_nth(env, 5);
  cr_assert_eq(to->kind, IK_N_ADDRESS_LIST);
  cr_assert_eq(ik_node_count(to), 2);
  const ik_node *start = to->child, *end = start->next;
  cr_assert_eq(ik_node_nth(start, 3)->form, IK_FORM_NIL); /* host NIL: group start */
  const ik_node *group = ik_node_nth(start, 2);
  cr_assert_eq(group->span.len, strlen("undisclosed-recipients"));
  cr_assert_eq(memcmp(m->base + group->span.off, "undisclosed-recipients", group->span.len), 0);
  cr_assert_eq(ik_node_nth(end, 2)->form, IK_FORM_NIL); /* group end */
  const ik_node *subject = ik_node_nth(env, 1);
  cr_assert_eq(memcmp(m->base + subject->span.off, "=?UTF-8?Q?Gr=C3=BC", 18), 0);
  ik_arena_free(&a);
  free(s);
}

static int write_null(void *ud, const void *b, size_t n) {
  (void)b;
  *(size_t *)ud += n;
  return 0;
}

/* Every server recording in tests/data (ours and the other engineers'):
 * no message fails to parse, and every message has its JSON. */
Test(resp_real, every_server_recording_parses) {
  glob_t g;
  size_t files = 0;
  if (glob("tests/data/*/*.server.imap", 0, NULL, &g) != 0) cr_skip_test("no recordings");
  for (size_t i = 0; i < g.gl_pathc; i++) {
    size_t n;
    unsigned char *s = ikt_read_file(g.gl_pathv[i], &n);
    if (!s) continue;
    files++;
    char *out = ikt_stream(S, 0, NULL, s, n, 0);
    cr_expect_null(strstr(out, "error"), "%s: %.400s", g.gl_pathv[i], strstr(out, "error"));
    free(out);
    /* JSON of every message */
    ik_framer f;
    ik_parser p;
    ik_framer_init(&f, S, NULL);
    ik_parser_init(&p, S, 0, NULL);
    ik_arena a;
    ik_arena_init_growable(&a, NULL);
    size_t off = 0, bytes = 0;
    while (off < n) {
      ik_frame fr;
      if (ik_framer_next(&f, s + off, n - off, &fr) != IK_FRAME_MESSAGE) break;
      ik_message *m;
      ik_error e;
      ik_arena_reset(&a);
      if (ik_parse(&p, s + off, fr.len, &a, &m, &e) == IK_E_OK) {
        ik_out_opts o = {0, off, NULL};
        cr_expect_eq(ik_json_message(m, &o, write_null, &bytes), 0);
      }
      off += fr.len;
    }
    ik_arena_free(&a);
    free(s);
  }
  globfree(&g);
  cr_expect_gt(files, 0);
}
