/* Replays the fuzzing corpora through the harnesses' own logic (fuzz/harness_*.c,
 * the same code the fuzzers run): every crash ever found (corpus/regressions/NAME/),
 * every seed (corpus/NAME/, the TLS harness's too), and the sample sessions and
 * captures (corpus/samples/, corpus/captures/). A broken oracle prints what broke
 * and the file, and aborts the test. Open findings listed in
 * corpus/regressions/KNOWN are tolerated (and said so), see fuzz/README.md. No
 * clang needed: the harnesses are plain C. */
#include <criterion/criterion.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"

/* the harnesses, compiled into this suite (the trace decoder is a weak reference:
 * the trace harness runs when the Makefile links tools/trace/ into the tests) */
#define IKF_TRACE_WEAK 1
#include "../fuzz/fuzz_common.c"
#include "../fuzz/json_check.c"
#include "../fuzz/harness_framer.c"
#include "../fuzz/harness_response.c"
#include "../fuzz/harness_command.c"
#include "../fuzz/harness_fetch.c"
#include "../fuzz/harness_search.c"
#include "../fuzz/harness_trace.c"
#include "../fuzz/harness_builder.c"
#include "../fuzz/harness_tls.c"

#ifdef IKF_HAVE_TRACE
#define TRACE_LINKED (ikt_trace_open_mem != NULL)
#else
#define TRACE_LINKED 0
#endif
#ifdef IKF_HAVE_TLS
#define TLS_LINKED (ikt_tls_new != NULL && ikt_keylog_parse != NULL)
#else
#define TLS_LINKED 0
#endif

typedef int (*harness_fn)(const uint8_t *, size_t);

static const char *corpus_root(void) {
  static const char *const roots[] = {"corpus", "../corpus", "../../corpus"};
  struct stat st;
  for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++) {
    char p[256];
    snprintf(p, sizeof p, "%s/regressions", roots[i]);
    if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) return roots[i];
  }
  return NULL;
}

/* IKF_KNOWN from corpus/regressions/KNOWN: the first word of each line that is
 * not a comment. */
static void load_known(const char *root) {
  char path[512], line[1024], ids[1024] = "";
  snprintf(path, sizeof path, "%s/regressions/KNOWN", root);
  FILE *f = fopen(path, "r");
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    char id[128];
    if (line[0] == '#' || sscanf(line, "%127s", id) != 1) continue;
    if (ids[0]) strncat(ids, ",", sizeof ids - strlen(ids) - 1);
    strncat(ids, id, sizeof ids - strlen(ids) - 1);
  }
  fclose(f);
  if (ids[0]) {
    /* stderr, not cr_log_warn: Criterion exits 1 after any logged warning */
    fprintf(stderr, "open findings tolerated (corpus/regressions/KNOWN): %s\n", ids);
    setenv("IKF_KNOWN", ids, 1);
  }
}

static int has_suffix(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && strcmp(s + a - b, suf) == 0;
}

/* Runs every regular file of dir whose name ends in `suffix` ("" for all),
 * with `prefix` (the configuration byte, or nothing) before its bytes. */
static size_t replay_dir(const char *dir, harness_fn fn, const char *suffix,
                         const unsigned char *prefix, size_t plen) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  size_t runs = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' || strcmp(e->d_name, "KNOWN") == 0) continue;
    if (!has_suffix(e->d_name, suffix)) continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
    size_t n = 0;
    unsigned char *bytes = ikt_read_file(path, &n);
    cr_assert(bytes != NULL, "cannot read %s", path);
    unsigned char *in = malloc(plen + n + 1);
    cr_assert(in != NULL);
    if (plen) memcpy(in, prefix, plen);
    memcpy(in + plen, bytes, n);
    ikf_context = path;
    fn(in, plen + n);
    ikf_context = NULL;
    free(in);
    free(bytes);
    runs++;
  }
  closedir(d);
  return runs;
}

/* corpus/regressions/NAME and corpus/NAME; returns how many files ran. */
static size_t replay(const char *name, harness_fn fn) {
  const char *root = corpus_root();
  cr_assert(root != NULL, "corpus/regressions not found (run the tests from the repository)");
  load_known(root);
  char dir[512];
  size_t runs = 0;
  snprintf(dir, sizeof dir, "%s/regressions/%s", root, name);
  runs += replay_dir(dir, fn, "", NULL, 0);
  snprintf(dir, sizeof dir, "%s/%s", root, name);
  runs += replay_dir(dir, fn, "", NULL, 0);
  return runs;
}

Test(regressions, framer) { cr_expect_gt(replay("framer", ik_fuzz_framer), 0); }
Test(regressions, response) { cr_expect_gt(replay("response", ik_fuzz_response), 0); }
Test(regressions, command) { cr_expect_gt(replay("command", ik_fuzz_command), 0); }
Test(regressions, fetch) { cr_expect_gt(replay("fetch", ik_fuzz_fetch), 0); }
Test(regressions, search) { cr_expect_gt(replay("search", ik_fuzz_search), 0); }
Test(regressions, builder) { cr_expect_gt(replay("builder", ik_fuzz_builder), 0); }

Test(regressions, trace) {
  if (!TRACE_LINKED) {
    cr_log_warn("trace decoder not linked into the tests: corpus/trace not replayed");
    return;
  }
  cr_expect_gt(replay("trace", ik_fuzz_trace), 0);
}

/* The TLS record layer and the key log reader (fuzz/harness_tls.c): corpus/tls and
 * corpus/regressions/tls. */
Test(regressions, tls) {
  if (!TLS_LINKED) {
    cr_log_warn("TLS decoder not linked into the tests: corpus/tls not replayed");
    return;
  }
  cr_expect_gt(replay("tls", ik_fuzz_tls), 0);
}

/* The sample sessions of corpus/samples/ (NAME.server.imap, NAME.client.imap)
 * and the captures of corpus/captures/ go through the same oracles. */
Test(regressions, samples) {
  const char *root = corpus_root();
  cr_assert(root != NULL);
  load_known(root);
  static const unsigned char dflt[1] = {0};
  char dir[512];
  snprintf(dir, sizeof dir, "%s/samples", root);
  replay_dir(dir, ik_fuzz_response, ".server.imap", dflt, 1);
  replay_dir(dir, ik_fuzz_command, ".client.imap", dflt, 1);
  if (TRACE_LINKED) {
    snprintf(dir, sizeof dir, "%s/captures", root);
    replay_dir(dir, ik_fuzz_trace, "", NULL, 0);
  }
}

/* The oracles themselves: the JSON checker and the tree comparison. */
Test(regressions, json_checker) {
  static const char *const good[] = {
      "{}", "[]", "{\"a\":[1,-2.5e+3,true,false,null,\"x\\u00e9\\ud83d\\ude00\"]}", " 0 ",
      "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\""};
  static const char *const bad[] = {
      "", "{", "{\"a\"}", "[1,]", "01", "1.", "\"\x01\"", "\"\\x\"", "\"\\ud800\"",
      "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "{} {}", "[1 2]",
      "{\"a\":1,}", "nul", "{{\"base64\":\"QQ==\"}:1}"};
  size_t at;
  for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
    cr_expect(ikf_json_valid((const unsigned char *)good[i], strlen(good[i]), 0, &at), "%s",
              good[i]);
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    cr_expect(!ikf_json_valid((const unsigned char *)bad[i], strlen(bad[i]), 0, &at), "%s",
              bad[i]);
  cr_expect(!ikf_json_valid((const unsigned char *)"[1]", 3, '{', &at));
}

Test(regressions, tree_compare) {
  ik_parser p;
  ik_arena a;
  ik_message *m1, *m2, *m3;
  ik_error e;
  ik_arena_init_growable(&a, NULL);
  static const unsigned char x1[] = "a1 XFOO \"b\\\\c\" (d {1}\r\ne)\r\n";
  static const unsigned char x2[] = "a1 XFOO {3}\r\nb\\c (d e)\r\n";
  static const unsigned char x3[] = "a1 XFOO \"b\\\\c\" (d f)\r\n";
  ik_parser_init(&p, IK_SIDE_CLIENT, 0, NULL);
  cr_assert_eq(ik_parse(&p, x1, sizeof x1 - 1, &a, &m1, &e), IK_E_OK);
  cr_assert_eq(ik_parse(&p, x2, sizeof x2 - 1, &a, &m2, &e), IK_E_OK);
  cr_assert_eq(ik_parse(&p, x3, sizeof x3 - 1, &a, &m3, &e), IK_E_OK);
  char why[256];
  cr_expect(ikf_msg_equal(m1, m1, IKF_EXACT, why, sizeof why));
  cr_expect(ikf_msg_equal(m1, m2, IKF_VALUE, why, sizeof why), "%s", why);
  cr_expect(!ikf_msg_equal(m1, m2, IKF_EXACT, why, sizeof why));
  cr_expect(!ikf_msg_equal(m1, m3, IKF_VALUE, why, sizeof why));
  ik_arena_free(&a);
}
