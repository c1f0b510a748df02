/* Helpers shared by the subcommands: option values, usage errors, colors. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void ikc_usage(FILE *f) {
  fputs("usage: imapkit parse [--side client|server|auto] [--format pretty|json|wire|none]\n"
        "                     [--strict] [--show-secrets] [--max-line N] [--max-literal N]\n"
        "                     [--max-depth N] [FILE|-]\n"
        "       imapkit trace [--format pretty|json] [--port N]... [--keylog FILE]\n"
        "                     [--show-secrets] [--dump-streams DIR] CAPTURE\n"
        "       imapkit gen --side client|server [--count N] [--seed S]\n"
        "       imapkit --version\n",
        f);
}

int ikc_usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "imapkit: ");
  fprintf(stderr, fmt, arg ? arg : "");
  fprintf(stderr, "\n");
  ikc_usage(stderr);
  return 2;
}

int ikc_parse_u64(const char *s, uint64_t *out) {
  if (!s || !*s) return 0;
  uint64_t v = 0;
  for (const char *p = s; *p; p++) {
    if (*p < '0' || *p > '9') return 0;
    unsigned d = (unsigned)(*p - '0');
    if (v > (UINT64_MAX - d) / 10) return 0;
    v = v * 10 + d;
  }
  *out = v;
  return 1;
}

int ikc_parse_format(const char *s, int allow_wire_none, ikc_format *f) {
  if (!strcmp(s, "pretty")) *f = IKC_PRETTY;
  else if (!strcmp(s, "json")) *f = IKC_JSON;
  else if (allow_wire_none && !strcmp(s, "wire")) *f = IKC_WIRE;
  else if (allow_wire_none && !strcmp(s, "none")) *f = IKC_NONE;
  else return 0;
  return 1;
}

unsigned ikc_color_flag(void) {
  /* Colors only on a terminal, never when NO_COLOR is set (no-color.org). */
  const char *nc = getenv("NO_COLOR");
  if (nc && *nc) return 0;
  return isatty(STDOUT_FILENO) ? IK_OUT_COLOR : 0;
}

