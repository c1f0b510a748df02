/*
 * Helpers of the command suites (tests/test_cmd_*.c), on top of testutil.h:
 * the JSON line of one client command, and limits with a given depth.
 */
#ifndef IK_CMDUTIL_H
#define IK_CMDUTIL_H

#include "imapkit_gen.h"
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#define C IK_SIDE_CLIENT
#define STRICT IK_PARSE_STRICT

/* The JSON object of one client message (without its newline), or
 * "error CODE at OFFSET". show: IK_OUT_SHOW_SECRETS. Static buffer. */
static inline const char *ikc_json_n(unsigned options, int show, const char *msg, size_t n) {
  static char out[1 << 16];
  ik_parser p;
  ik_parser_init(&p, IK_SIDE_CLIENT, options, NULL);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  ik_message *m = NULL;
  ik_error e;
  ik_status st = ik_parse(&p, (const unsigned char *)msg, n, &a, &m, &e);
  if (st != IK_E_OK) {
    snprintf(out, sizeof out, "error %s at %zu", ik_status_name(st), e.offset);
  } else {
    ik_buf_writer bw = {(unsigned char *)out, sizeof out - 1, 0, 0};
    ik_out_opts o = {show ? IK_OUT_SHOW_SECRETS : 0u, 0, NULL};
    ik_json_message(m, &o, ik_write_buf, &bw);
    if (bw.len && out[bw.len - 1] == '\n') bw.len--;
    out[bw.len] = 0;
  }
  ik_arena_free(&a);
  return out;
}

static inline const char *ikc_json(unsigned options, int show, const char *msg) {
  return ikc_json_n(options, show, msg, strlen(msg));
}

/* Default limits but for max_depth. */
static inline const ik_limits *lim(uint32_t depth) {
  static ik_limits l;
  ik_limits_default(&l);
  l.max_depth = depth;
  return &l;
}

#endif
