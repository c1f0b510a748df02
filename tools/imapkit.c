/*
 * imapkit: the command line (contract: docs/cli.md, kept exactly as
 * ../shared/docs/CLI.md says). Subcommands: parse, trace, gen.
 */
#include "cli.h"
#include "msgstream.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static int cmd_parse(int argc, char **argv) {
  ik_side side = IK_SIDE_AUTO;
  ikc_format format = IKC_PRETTY;
  unsigned popts = 0, oflags = 0;
  ik_limits lim;
  ik_limits_default(&lim);
  const char *path = NULL;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    uint64_t n;
    if (!strcmp(a, "--side")) {
      if (!v) return ikc_usage_error("--side needs a value", NULL);
      if (!strcmp(v, "client")) side = IK_SIDE_CLIENT;
      else if (!strcmp(v, "server")) side = IK_SIDE_SERVER;
      else if (!strcmp(v, "auto")) side = IK_SIDE_AUTO;
      else return ikc_usage_error("unknown side '%s'", v);
      i++;
    } else if (!strcmp(a, "--format")) {
      if (!v || !ikc_parse_format(v, 1, &format)) return ikc_usage_error("unknown format '%s'", v);
      i++;
    } else if (!strcmp(a, "--strict")) {
      popts |= IK_PARSE_STRICT;
    } else if (!strcmp(a, "--show-secrets")) {
      oflags |= IK_OUT_SHOW_SECRETS;
    } else if (!strcmp(a, "--max-line") || !strcmp(a, "--max-literal") ||
               !strcmp(a, "--max-depth")) {
      if (!ikc_parse_u64(v, &n) || n == 0) return ikc_usage_error("%s needs a positive number", a);
      if (!strcmp(a, "--max-line")) lim.max_line = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
      else if (!strcmp(a, "--max-literal")) lim.max_literal = n;
      else lim.max_depth = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
      if (lim.max_literal + lim.max_line > lim.max_message) lim.max_message = lim.max_literal + lim.max_line;
      i++;
    } else if (!strcmp(a, "-")) {
      if (path) return ikc_usage_error("more than one input", NULL);
      path = a;
    } else if (a[0] == '-' && a[1]) {
      return ikc_usage_error("unknown option '%s'", a);
    } else {
      if (path) return ikc_usage_error("more than one input", NULL);
      path = a;
    }
  }
  FILE *in = stdin;
  if (path && strcmp(path, "-")) {
    in = fopen(path, "rb");
    if (!in) {
      fprintf(stderr, "imapkit: cannot read %s: %s\n", path, strerror(errno));
      fprintf(stderr, "imapkit: 0 messages, 0 bytes, 0 errors\n");
      return 2;
    }
  }
  if (format == IKC_PRETTY) oflags |= ikc_color_flag();
  ikc_stream s;
  ikc_stream_init(&s, side, popts, &lim, format, oflags, stdout, stderr);
  unsigned char chunk[65536];
  size_t n;
  int rc = 0;
  while ((n = fread(chunk, 1, sizeof chunk, in)) > 0) ikc_stream_feed(&s, chunk, n);
  if (ferror(in)) {
    fprintf(stderr, "imapkit: read error on %s\n", path ? path : "standard input");
    rc = 2;
  }
  ikc_stream_finish(&s);
  if (in != stdin) fclose(in);
  fflush(stdout);
  fprintf(stderr, "imapkit: %llu messages, %llu bytes, %llu errors\n",
          (unsigned long long)s.messages, (unsigned long long)s.bytes,
          (unsigned long long)s.errors);
  if (s.oom) {
    fprintf(stderr, "imapkit: out of memory\n");
    rc = 2;
  }
  if (!rc && s.errors) rc = 1;
  ikc_stream_free(&s);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    ikc_usage(stderr);
    return 2;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "parse")) return cmd_parse(argc - 2, argv + 2);
  if (!strcmp(cmd, "trace")) return ikc_cmd_trace(argc - 2, argv + 2);
  if (!strcmp(cmd, "gen")) return ikc_cmd_gen(argc - 2, argv + 2);
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
    printf("imapkit %s\n", IK_VERSION_STRING);
    return 0;
  }
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    ikc_usage(stdout);
    return 0;
  }
  return ikc_usage_error("unknown command '%s'", cmd);
}
