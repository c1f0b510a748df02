/* Internal: the small output helpers shared by the JSON, pretty and wire writers. */
#ifndef IK_WRITER_H
#define IK_WRITER_H

#include "imapkit_gen.h"

#include <string.h>

/* Writers recurse on the tree; the parser never builds one deeper than this. */
#define IK_WRITE_MAX_DEPTH 4100

typedef struct ik_w {
  ik_write_fn fn;
  void *ud;
  int err;
  const ik_message *m;
  const ik_out_opts *o;
  /* optional output buffer (NULL: every piece goes straight to fn) */
  unsigned char *buf;
  size_t len, cap;
} ik_w;

/* Hands the buffered bytes to fn. */
void ik_w_flush(ik_w *w);

void ik_w_raw(ik_w *w, const void *s, size_t n);
void ik_w_str(ik_w *w, const char *s);
void ik_w_u64(ik_w *w, uint64_t v);
void ik_w_i64(ik_w *w, int64_t v);
/* A JSON string of bytes that are valid UTF-8; else {"base64": "..."}. */
void ik_w_json_bytes(ik_w *w, const unsigned char *s, size_t n);
/* A JSON string of a quoted string's raw content, unescaped on the fly. */
void ik_w_json_quoted(ik_w *w, const unsigned char *s, size_t n);
/* A JSON string of ASCII/UTF-8 text that is known to be safe. */
void ik_w_json_cstr(ik_w *w, const char *s);
int ik_utf8_valid(const unsigned char *s, size_t n);

static inline const unsigned char *ik_w_span(const ik_w *w, ik_span s) {
  return w->m->base + s.off;
}

#endif
