/*
 * One direction of an IMAP conversation, decoded as bytes arrive: the framer,
 * the parser, an arena, and the printing of each message. `imapkit parse` runs
 * one over a file; `imapkit trace` runs two per TCP connection.
 */
#ifndef IKC_STREAM_H
#define IKC_STREAM_H

#include "imapkit.h"
#include "imapkit_gen.h"

#include <stdio.h>

typedef enum { IKC_PRETTY, IKC_JSON, IKC_WIRE, IKC_NONE } ikc_format;

typedef struct ikc_stream {
  ik_framer framer;
  ik_parser parser;
  ik_arena arena;
  ik_limits limits;
  ikc_format format;
  unsigned out_flags;      /* IK_OUT_* */
  FILE *out, *err;
  const char *extra_json;  /* trace: "conn":K,"ts":T */
  const char *err_prefix;  /* trace: "conn K c2s: " */
  int strict;

  /* buf[start .. len): the bytes of the message in progress and what follows;
   * buf[0 .. start) was consumed and is dropped (one memmove) only when the
   * buffer would have to grow or the consumed prefix passes half of it. */
  unsigned char *buf;
  size_t start, len, cap;
  uint64_t offset;         /* stream offset of buf[start] */
  uint64_t line;           /* line number (1-based) of buf[start] */
  uint64_t line_start;     /* stream offset where that line starts */

  uint64_t messages, bytes, errors;
  int oom;
  uint32_t last_literals;   /* literals in the message just parsed */

  /* Called after each message is parsed (m NULL when it failed) and printed;
   * returning non-zero stops the stream right after that message: the bytes
   * behind it stay buffered for ikc_stream_take (STARTTLS, COMPRESS). */
  int (*on_message)(void *ud, struct ikc_stream *s, const ik_message *m);
  void *ud;
  int stopped;
  const char *pretty_prefix; /* printed before each pretty block (trace) */
} ikc_stream;

void ikc_stream_init(ikc_stream *s, ik_side side, unsigned parse_options, const ik_limits *l,
                     ikc_format format, unsigned out_flags, FILE *out, FILE *err);
/* Moves the bytes buffered behind a stop into out (malloc'd, *n bytes) and
 * clears the stop; the stream then starts a new message. */
void ikc_stream_take(ikc_stream *s, unsigned char **out, size_t *n);
/* Feeds bytes; every complete message is parsed and printed. After a stop,
 * fed bytes are only buffered. */
void ikc_stream_feed(ikc_stream *s, const unsigned char *p, size_t n);
/* End of input: a message left incomplete is an error. */
void ikc_stream_finish(ikc_stream *s);
/* Drops what is buffered (after a gap in a trace) and starts a new message. */
void ikc_stream_reset(ikc_stream *s);
void ikc_stream_free(ikc_stream *s);

#endif
