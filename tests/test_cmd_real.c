/*
 * Real client traffic (tests/data/real/NAME.client.imap, recorded from Dovecot by
 * tools/record/): every message parses, in any chunking, and no command that
 * imapkit types falls back to the generic grammar. The recordings contain one
 * deliberately broken command (the server answered BAD); it must be the only
 * error, at its exact place.
 */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdlib.h>

#include "cmdutil.h"

/* Commands sent on purpose to get a BAD: file name part, and the line. */
static const struct {
  const char *file, *line;
} broken[] = {
    {"dovecot-extensions", "x056 FETCH 1 (FLAGS BODY[HEADER.FIELDS (FROM)\r\n"},
};

static int is_broken(const char *path, const unsigned char *s, size_t n, size_t off) {
  size_t start = off;
  while (start > 0 && s[start - 1] != '\n') start--;
  for (size_t i = 0; i < sizeof broken / sizeof broken[0]; i++) {
    size_t k = strlen(broken[i].line);
    if (strstr(path, broken[i].file) && start + k <= n && memcmp(s + start, broken[i].line, k) == 0)
      return 1;
  }
  return 0;
}

/* Commands with a typed grammar: never generic. */
static int typed(const char *name) {
  static const char *const names[] = {
      "CAPABILITY", "LOGOUT", "NOOP", "STARTTLS", "AUTHENTICATE", "LOGIN", "SELECT",
      "EXAMINE", "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB",
      "STATUS", "APPEND", "CHECK", "CLOSE", "EXPUNGE", "UNSELECT", "IDLE", "COPY", "MOVE",
      "FETCH", "STORE", "SEARCH", "UID", "ENABLE", "ID", "NAMESPACE", "UNAUTHENTICATE",
      "COMPRESS", "SORT", "THREAD", "GETQUOTA", "GETQUOTAROOT", "SETQUOTA", "SETACL",
      "DELETEACL", "GETACL", "LISTRIGHTS", "MYRIGHTS", "GETMETADATA", "SETMETADATA",
      "REPLACE", "NOTIFY", "RESETKEY", "GENURLAUTH", "URLFETCH", "LANGUAGE", "COMPARATOR",
      "CANCELUPDATE", "XLIST", "RLIST", "RLSUB"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(name, names[i]) == 0) return 1;
  return 0;
}

Test(cmd_real, every_client_recording_parses, .timeout = 60) {
  glob_t g;
  cr_assert_eq(glob("tests/data/real/*.client.imap", 0, NULL, &g), 0, "no recordings");
  cr_expect_geq(g.gl_pathc, 10);
  size_t messages = 0, errors = 0;
  for (size_t i = 0; i < g.gl_pathc; i++) {
    size_t n = 0;
    unsigned char *s = ikt_read_file(g.gl_pathv[i], &n);
    cr_assert(s, "cannot read %s", g.gl_pathv[i]);
    char *whole = ikt_stream(C, 0, NULL, s, n, 0);
    char *split = ikt_stream(C, 0, NULL, s, n, 5);
    cr_expect_str_eq(whole, split, "%s: chunking changes the result", g.gl_pathv[i]);
    for (char *l = whole; *l;) {
      char *e = strchr(l, '\n');
      *e = 0;
      messages++;
      size_t off;
      char code[64];
      if (sscanf(l, "error %63s at %zu", code, &off) == 2) {
        errors++;
        cr_expect(is_broken(g.gl_pathv[i], s, n, off), "%s: %s", g.gl_pathv[i], l);
        cr_expect_str_eq(code, "IK_E_SYNTAX");
      } else if (strncmp(l, "command ", 8) == 0) {
        /* "command tag=T NAME ..." */
        char name[64] = "";
        const char *sp = strchr(l + 8, ' ');
        if (sp) sscanf(sp + 1, "%63s", name);
        const char *gen = strstr(l, " generic");
        int head_generic = gen && (size_t)(gen - sp) == 1 + strlen(name);
        cr_expect(!(typed(name) && head_generic), "%s: typed command decoded generically: %.200s",
                  g.gl_pathv[i], l);
      }
      l = e + 1;
    }
    free(whole);
    free(split);
    free(s);
  }
  globfree(&g);
  cr_expect_gt(messages, 300);
  cr_expect_eq(errors, 1);
}

/* The strict grammar accepts what the real clients send, but the deliberately
 * broken command and what strict mode exists to refuse: here a zero-length
 * partial BODY[...]<n.0> (Dovecot accepts it). (SNIPPET, PREVIEW's draft
 * name, is typed: strict mode takes it.) */
Test(cmd_real, recordings_strict, .timeout = 60) {
  glob_t g;
  cr_assert_eq(glob("tests/data/real/*.client.imap", 0, NULL, &g), 0);
  for (size_t i = 0; i < g.gl_pathc; i++) {
    size_t n = 0;
    unsigned char *s = ikt_read_file(g.gl_pathv[i], &n);
    char *got = ikt_stream(C, STRICT, NULL, s, n, 0);
    for (char *l = got; *l;) {
      char *e = strchr(l, '\n');
      *e = 0;
      size_t off;
      char code[64];
      if (sscanf(l, "error %63s at %zu", code, &off) == 2) {
        size_t start = off;
        while (start > 0 && s[start - 1] != '\n') start--;
        int zero_partial = strcmp(code, "IK_E_NOT_ALLOWED") == 0 && off >= 2 &&
                           memcmp(s + off - 2, "0.0>", 4) == 0;
        cr_expect(zero_partial || is_broken(g.gl_pathv[i], s, n, off), "%s: %s: %.80s",
                  g.gl_pathv[i], l, (const char *)s + start);
      }
      l = e + 1;
    }
    free(got);
    free(s);
  }
  globfree(&g);
}
