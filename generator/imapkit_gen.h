/*
 * imapkit output: the JSON writer, the pretty-printer and the wire generator.
 * Everything writes through a callback, so output can go to a FILE, a socket or
 * a caller's buffer; nothing here allocates.
 */
#ifndef IMAPKIT_GEN_H
#define IMAPKIT_GEN_H

#include "imapkit.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Returns 0 on success; a non-zero return stops the writer. */
typedef int (*ik_write_fn)(void *ud, const void *bytes, size_t n);

IK_API int ik_write_file(void *file /* FILE* */, const void *bytes, size_t n);

/* A caller's buffer as a write target: what does not fit is counted, not
 * written, so `needed` tells the size to retry with. */
typedef struct ik_buf_writer {
  unsigned char *buf;
  size_t cap, len, needed;
} ik_buf_writer;
IK_API int ik_write_buf(void *buf_writer, const void *bytes, size_t n);

enum {
  IK_OUT_SHOW_SECRETS = 1u << 0, /* do not redact LOGIN passwords and SASL data */
  IK_OUT_COLOR = 1u << 1         /* ANSI colors (pretty) */
};

typedef struct ik_out_opts {
  unsigned flags;         /* IK_OUT_* */
  uint64_t offset;        /* stream offset of the message's first byte */
  const char *extra_json; /* inserted verbatim after the first key (e.g. "\"conn\":1,\"ts\":0.5") */
} ik_out_opts;

/* One JSON object (one line, with the trailing newline) for a message. */
IK_API int ik_json_message(const ik_message *m, const ik_out_opts *o, ik_write_fn w, void *ud);
/* One JSON object for a message that failed to parse. */
IK_API int ik_json_error(ik_side side, const ik_error *e, uint64_t stream_offset,
                         const ik_out_opts *o, ik_write_fn w, void *ud);
/* A human-readable block for a message. */
IK_API int ik_pretty_message(const ik_message *m, const ik_out_opts *o, ik_write_fn w, void *ud);
/* The message as IMAP wire bytes. */
IK_API int ik_wire_message(const ik_message *m, ik_write_fn w, void *ud);

#ifdef __cplusplus
}
#endif
#endif
