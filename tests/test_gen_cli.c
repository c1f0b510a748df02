/* imapkit gen: usage errors, reproducibility, and everything it writes parses
 * (strict), round-trips, and covers the forms the grammars know. */
#include <criterion/criterion.h>

#include "cli.h"
#include "imapkit_gen.h"
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* Runs `imapkit gen ARGS` in this process with stdout going to a file;
 * returns its exit status and the bytes written (malloc'd) in *out. */
static int run_gen(const char *args, unsigned char **out, size_t *n, int quiet) {
  char path[] = "/tmp/imapkit-gen-XXXXXX";
  int fd = mkstemp(path);
  cr_assert(fd >= 0);
  char *argv[16], buf[256];
  int argc = 0;
  snprintf(buf, sizeof buf, "%s", args);
  for (char *t = strtok(buf, " "); t && argc < 16; t = strtok(NULL, " ")) argv[argc++] = t;
  fflush(stdout);
  fflush(stderr);
  int saved = dup(1), saved_err = dup(2), null = open("/dev/null", O_WRONLY);
  dup2(fd, 1);
  if (quiet) dup2(null, 2); /* usage messages */
  int rc = ikc_cmd_gen(argc, argv);
  fflush(stdout);
  fflush(stderr);
  dup2(saved, 1);
  dup2(saved_err, 2);
  close(saved);
  close(saved_err);
  close(null);
  close(fd);
  *out = ikt_read_file(path, n);
  unlink(path);
  return rc;
}

Test(gen_cli, usage_errors_exit_2) {
  unsigned char *o;
  size_t n;
  const char *bad[] = {"", "--side", "--side both", "--side client --count", "--side client --count x",
                       "--side server --seed -1", "--side client extra", "--count 5"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    cr_assert_eq(run_gen(bad[i], &o, &n, 1), 2, "imapkit gen %s", bad[i]);
    cr_assert_eq(n, 0u, "imapkit gen %s wrote to stdout", bad[i]);
    free(o);
  }
}

Test(gen_cli, reproducible_by_seed) {
  unsigned char *a, *b, *c;
  size_t na, nb, nc;
  cr_assert_eq(run_gen("--side client --count 200 --seed 7", &a, &na, 0), 0);
  cr_assert_eq(run_gen("--side client --count 200 --seed 7", &b, &nb, 0), 0);
  cr_assert_eq(run_gen("--side client --count 200 --seed 8", &c, &nc, 0), 0);
  cr_assert_eq(na, nb);
  cr_assert_eq(memcmp(a, b, na), 0);
  cr_assert(na != nc || memcmp(a, c, na) != 0);
  free(a);
  free(b);
  free(c);
  cr_assert_eq(run_gen("--side server --count 0", &a, &na, 0), 0);
  cr_assert_eq(na, 0u);
  free(a);
}

typedef struct seen {
  size_t messages, errors, generic, literals, literal8, nonsync, quoted_esc, multipart,
      message_rfc822, nested_keys, sections, partials, groups, roundtrip_failures;
  char names[4096];
} seen;

static void note_name(seen *s, const char *name) {
  char key[80];
  snprintf(key, sizeof key, "|%s|", name);
  if (!strstr(s->names, key) && strlen(s->names) + strlen(key) < sizeof s->names)
    strcat(s->names, key + (s->names[0] ? 1 : 0));
  if (s->names[0] != '|') {
    memmove(s->names + 1, s->names, strlen(s->names) + 1);
    s->names[0] = '|';
  }
}

static void walk(seen *s, const ik_node *n, int depth) {
  for (; n; n = n->next) {
    if (n->form == IK_FORM_LITERAL) s->literals++;
    if (n->form == IK_FORM_LITERAL8) s->literal8++;
    if (n->flags & IK_NF_NONSYNC) s->nonsync++;
    if (n->flags & IK_NF_ESCAPES) s->quoted_esc++;
    if (n->kind == IK_N_BODY && (n->flags & IK_NF_MULTIPART)) s->multipart++;
    if (n->kind == IK_N_BODY && n->id == IK_KW_MESSAGE) s->message_rfc822++;
    if (n->kind == IK_N_SEARCH_KEY && (n->id == IK_KW_NOT || n->id == IK_KW_OR) && n->child &&
        (n->child->kind == IK_N_SEARCH_KEY || n->child->kind == IK_N_LIST))
      s->nested_keys++;
    if (n->kind == IK_N_SECTION) s->sections++;
    if (n->kind == IK_N_PARTIAL) s->partials++;
    if (n->kind == IK_N_ADDRESS && n->child && n->child->next && n->child->next->next &&
        n->child->next->next->next && n->child->next->next->next->form == IK_FORM_NIL &&
        n->child->next->next->form != IK_FORM_NIL)
      s->groups++;
    walk(s, n->child, depth + 1);
  }
}

/* Frames and parses (strict) a generated stream; every message round-trips. */
static void check_stream(seen *s, ik_side side, const unsigned char *b, size_t n) {
  static unsigned char scratch[1 << 21];
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, side, NULL);
  ik_parser_init(&p, side, IK_PARSE_STRICT, NULL);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  size_t off = 0;
  while (off < n) {
    ik_frame fr;
    ik_frame_status fs;
    do fs = ik_framer_next(&f, b + off, n - off, &fr);
    while (fs == IK_FRAME_CONTINUE);
    cr_assert_eq(fs, IK_FRAME_MESSAGE, "framing at %zu: %d", off, fs);
    char why[512];
    int bad = ik_roundtrip_check(&p, b + off, fr.len, 1, &a, scratch, sizeof scratch, why, sizeof why);
    if (bad) {
      s->roundtrip_failures++;
      fprintf(stderr, "round trip at %zu: %s: %.*s\n", off, why, (int)(fr.len > 200 ? 200 : fr.len),
              b + off);
    }
    ik_arena_reset(&a);
    ik_message *m;
    ik_error e;
    ik_status st = ik_parse(&p, b + off, fr.len, &a, &m, &e);
    s->messages++;
    if (st != IK_E_OK) {
      s->errors++;
      fprintf(stderr, "%s at %zu: %.*s\n", ik_status_name(st), e.offset,
              (int)(fr.len > 300 ? 300 : fr.len), b + off);
    } else {
      if (m->flags & IK_MF_GENERIC) s->generic++;
      char name[64];
      if (m->kind == IK_MSG_DATA)
        snprintf(name, sizeof name, "%s", m->name == IK_KW_DONE ? "DONE" : "SASL");
      else if (m->kind == IK_MSG_CONTINUATION)
        snprintf(name, sizeof name, "+");
      else if (m->flags & IK_MF_UID)
        snprintf(name, sizeof name, "UID %s", ik_keyword_name(m->sub));
      else
        snprintf(name, sizeof name, "%.*s", (int)m->name_span.len, (const char *)m->base + m->name_span.off);
      note_name(s, name);
      walk(s, m->args, 0);
    }
    off += fr.len;
  }
  ik_arena_free(&a);
}

static void gen_side(seen *s, const char *side_name, ik_side side) {
  const char *seeds[] = {"1", "2", "3", "42", "1000"};
  for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
    char args[128];
    snprintf(args, sizeof args, "--side %s --count 500 --seed %s", side_name, seeds[i]);
    unsigned char *o;
    size_t n;
    cr_assert_eq(run_gen(args, &o, &n, 0), 0);
    size_t before = s->messages;
    check_stream(s, side, o, n);
    cr_assert_eq(s->messages - before, 500u, "%s: %zu messages", args, s->messages - before);
    free(o);
  }
}

static void has(const seen *s, const char *name) {
  char key[80];
  snprintf(key, sizeof key, "|%s|", name);
  cr_expect(strstr(s->names, key) != NULL, "gen never wrote %s (wrote %s)", name, s->names);
}

Test(gen_cli, client_messages_parse_strict_and_round_trip) {
  static seen s;
  gen_side(&s, "client", IK_SIDE_CLIENT);
  cr_assert_eq(s.errors, 0u, "%zu of %zu messages do not parse", s.errors, s.messages);
  cr_assert_eq(s.roundtrip_failures, 0u);
  const char *names[] = {"LOGIN", "AUTHENTICATE", "SASL", "SELECT", "EXAMINE", "CREATE", "DELETE",
                         "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND",
                         "COPY", "MOVE", "FETCH", "STORE", "SEARCH", "IDLE", "DONE", "UID FETCH",
                         "UID STORE", "UID SEARCH", "UID COPY", "UID MOVE", "UID EXPUNGE", "NOOP",
                         "CAPABILITY", "LOGOUT", "ENABLE", "ID", "SORT", "THREAD"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) has(&s, names[i]);
  cr_expect_gt(s.literals, 50);
  cr_expect_gt(s.literal8, 5);
  cr_expect_gt(s.nonsync, 5);
  cr_expect_gt(s.quoted_esc, 20);
  cr_expect_gt(s.nested_keys, 20);
  cr_expect_gt(s.sections, 50);
  cr_expect_gt(s.partials, 10);
}

Test(gen_cli, server_messages_parse_strict_and_round_trip) {
  static seen s;
  gen_side(&s, "server", IK_SIDE_SERVER);
  cr_assert_eq(s.errors, 0u, "%zu of %zu messages do not parse", s.errors, s.messages);
  cr_assert_eq(s.roundtrip_failures, 0u);
  const char *names[] = {"OK", "NO", "BAD", "BYE", "PREAUTH", "+", "CAPABILITY", "FLAGS", "LIST",
                         "LSUB", "SEARCH", "STATUS", "EXISTS", "RECENT", "EXPUNGE", "FETCH",
                         "ESEARCH", "NAMESPACE", "ENABLED", "VANISHED", "THREAD", "SORT",
                         "ID", "QUOTA", "QUOTAROOT", "ACL", "LISTRIGHTS", "MYRIGHTS", "METADATA",
                         "GENURLAUTH"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) has(&s, names[i]);
  cr_expect_gt(s.literals, 50);
  cr_expect_gt(s.literal8, 5);
  cr_expect_gt(s.multipart, 50);
  cr_expect_gt(s.message_rfc822, 20);
  cr_expect_gt(s.groups, 10);
  cr_expect_gt(s.sections, 50);
}
