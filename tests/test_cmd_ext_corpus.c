/* The extensions' client examples as streams: tests/data/extensions/
 * client-examples.imap (every client example the test_cmd_ext_* suites use,
 * from RFC 9051, 7162, 5256, 5267, 5957, 2971, 5161, 4978, 3691, 9208, 4314,
 * 5464, 6154, 5819, 3516, 4959, 7888, 6855, 3502, 4469, 5032, 8514, 8474,
 * 8970, 5465, 4467, 5524, 5255, 2193, 8508 and Gmail's page) parses in strict
 * mode in any chunking, with no generic node and no quirk, and comes back from
 * the wire generator byte for byte; the real recordings decode with no
 * generic node but in the commands sent on purpose to be unknown; and
 * `imapkit gen` writes every typed extension command, which parses strictly. */
#include <criterion/criterion.h>

#include "cli.h"
#include "cmdutil.h"

#include <fcntl.h>
#include <glob.h>
#include <stdlib.h>
#include <unistd.h>

#define EXT_EXAMPLES "tests/data/extensions/client-examples.imap"

/* Counts the renderings of a stream (one per line) and the lines holding s. */
static size_t ext_count_lines(const char *out, const char *s, size_t *with) {
  size_t n = 0;
  *with = 0;
  for (const char *l = out; *l;) {
    const char *e = strchr(l, '\n');
    size_t len = e ? (size_t)(e - l) : strlen(l);
    n++;
    const char *hit = strstr(l, s);
    if (hit && hit < l + len) (*with)++;
    l += len + (e ? 1 : 0);
  }
  return n;
}

Test(cmd_ext_corpus, examples_parse_strict_in_any_chunking, .timeout = 60) {
  size_t n = 0;
  unsigned char *s = ikt_read_file(EXT_EXAMPLES, &n);
  cr_assert(s, "cannot read " EXT_EXAMPLES);
  char *whole = ikt_stream(C, STRICT, NULL, s, n, 0);
  size_t errors, generic, quirks;
  size_t msgs = ext_count_lines(whole, "error ", &errors);
  ext_count_lines(whole, "generic", &generic);
  ext_count_lines(whole, "[quirk ", &quirks);
  cr_expect_geq(msgs, 150u);
  cr_expect_eq(errors, 0u, "%s", whole);
  cr_expect_eq(generic, 0u);
  cr_expect_eq(quirks, 0u);
  const size_t chunks[] = {1, 2, 7, 64};
  for (size_t i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
    char *split = ikt_stream(C, STRICT, NULL, s, n, chunks[i]);
    cr_expect_str_eq(split, whole, "chunks of %zu", chunks[i]);
    free(split);
  }
  char *lenient = ikt_stream(C, 0, NULL, s, n, 0);
  cr_expect_str_eq(lenient, whole);
  free(lenient);
  free(whole);
  free(s);
}

/* Every example is canonical: the generator writes it back byte for byte. */
Test(cmd_ext_corpus, examples_round_trip_canonical, .timeout = 60) {
  static unsigned char scratch[1 << 20];
  size_t n = 0;
  unsigned char *s = ikt_read_file(EXT_EXAMPLES, &n);
  cr_assert(s);
  ik_framer f;
  ik_parser sess;
  ik_framer_init(&f, C, NULL);
  ik_parser_init(&sess, C, STRICT, NULL);
  size_t off = 0, msgs = 0;
  while (off < n) {
    ik_frame fr;
    ik_frame_status fs;
    do fs = ik_framer_next(&f, s + off, n - off, &fr);
    while (fs == IK_FRAME_CONTINUE);
    cr_assert_eq(fs, IK_FRAME_MESSAGE, "framing at %zu", off);
    ik_arena a;
    ik_arena_init_growable(&a, NULL);
    char why[512];
    ik_parser pre = sess;
    ik_message *m;
    ik_error e;
    cr_assert_eq(ik_parse(&sess, s + off, fr.len, &a, &m, &e), IK_E_OK, "at %zu", off);
    cr_expect(!ik_roundtrip_check(&pre, s + off, fr.len, 1, &a, scratch, sizeof scratch, why,
                                  sizeof why),
              "+%zu: %s", off, why);
    ik_arena_free(&a);
    off += fr.len;
    msgs++;
  }
  cr_expect_geq(msgs, 150u);
  free(s);
}

/* One stream: no generic node but in the commands sent on purpose to be
 * unknown; errors only where expected (`errors_ok`). Returns the messages. */
static size_t ext_no_generic(const char *path, int errors_ok) {
  static const char *const unknown[] = {" XYZZY generic", " BLURDYBLOOP generic",
                                        " XPIG-LATIN generic"};
  size_t n = 0, messages = 0;
  unsigned char *s = ikt_read_file(path, &n);
  cr_assert(s, "cannot read %s", path);
  char *out = ikt_stream(C, 0, NULL, s, n, 0);
  for (char *l = out; *l;) {
    char *e = strchr(l, '\n');
    *e = 0;
    messages++;
    int expected = errors_ok && strncmp(l, "error ", 6) == 0;
    for (size_t k = 0; k < sizeof unknown / sizeof unknown[0]; k++)
      if (strstr(l, unknown[k])) expected = 1;
    cr_expect(expected || (!strstr(l, "generic") && strncmp(l, "error ", 6) != 0), "%s: %.200s",
              path, l);
    l = e + 1;
  }
  free(out);
  free(s);
  return messages;
}

/* The real recordings (and the RFC 3501 examples): no generic node anywhere
 * but in the commands sent on purpose to be unknown (test_cmd_real checks the
 * one broken command). */
Test(cmd_ext_corpus, recordings_have_no_generic_node, .timeout = 60) {
  glob_t g;
  cr_assert_eq(glob("tests/data/*/*.client.imap", 0, NULL, &g), 0);
  size_t messages = 0;
  for (size_t i = 0; i < g.gl_pathc; i++) messages += ext_no_generic(g.gl_pathv[i], 1);
  globfree(&g);
  messages += ext_no_generic("tests/data/rfc3501/client-examples.imap", 0);
  cr_expect_gt(messages, 300u);
}

/* Runs `imapkit gen ARGS` in this process, stdout to a file; the bytes. */
static unsigned char *ext_gen(const char *args, size_t *n) {
  char path[] = "/tmp/imapkit-extgen-XXXXXX";
  int fd = mkstemp(path);
  cr_assert(fd >= 0);
  char *argv[16], buf[256];
  int argc = 0;
  snprintf(buf, sizeof buf, "%s", args);
  for (char *t = strtok(buf, " "); t && argc < 16; t = strtok(NULL, " ")) argv[argc++] = t;
  fflush(stdout);
  int saved = dup(1);
  dup2(fd, 1);
  int rc = ikc_cmd_gen(argc, argv);
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  close(fd);
  cr_assert_eq(rc, 0, "imapkit gen %s", args);
  unsigned char *o = ikt_read_file(path, n);
  unlink(path);
  return o;
}

/* imapkit gen --side client writes the typed extension commands, and every
 * message it writes parses in strict mode (round trips: test_gen_cli). */
Test(cmd_ext_corpus, gen_writes_the_extension_commands, .timeout = 60) {
  static const char *const names[] = {
      " ENABLE (capability", " ID (list", " ID (string:nil", " NAMESPACE\n", " UNAUTHENTICATE\n",
      " SORT (", " UID SORT (", " THREAD (", " UID THREAD (", " GETQUOTA (", " GETQUOTAROOT (",
      " SETQUOTA (", " SETACL (", " DELETEACL (", " LISTRIGHTS (", " GETACL (", " MYRIGHTS (",
      " GETMETADATA (", " SETMETADATA (", " REPLACE (", " UID REPLACE (", " NOTIFY (attr/SET",
      " NOTIFY (attr/NONE", " RESETKEY", " GENURLAUTH (", " URLFETCH (", " LANGUAGE",
      " COMPARATOR", " CANCELUPDATE ("};
  size_t n = 0;
  unsigned char *s = ext_gen("--side client --count 4000 --seed 11", &n);
  cr_assert(s);
  char *out = ikt_stream(C, STRICT, NULL, s, n, 0);
  size_t errors;
  size_t msgs = ext_count_lines(out, "error ", &errors);
  cr_expect_eq(msgs, 4000u);
  cr_expect_eq(errors, 0u);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    cr_expect(strstr(out, names[i]) != NULL, "gen never wrote \"%s\"", names[i]);
  free(out);
  free(s);
}
