#include "msgstream.h"

#include <stdlib.h>
#include <string.h>

void ikc_stream_init(ikc_stream *s, ik_side side, unsigned parse_options, const ik_limits *l,
                     ikc_format format, unsigned out_flags, FILE *out, FILE *err) {
  memset(s, 0, sizeof *s);
  if (l)
    s->limits = *l;
  else
    ik_limits_default(&s->limits);
  ik_framer_init(&s->framer, side, &s->limits);
  ik_parser_init(&s->parser, side, parse_options, &s->limits);
  ik_arena_init_growable(&s->arena, NULL);
  s->format = format;
  s->out_flags = out_flags;
  s->out = out;
  s->err = err;
  s->strict = (parse_options & IK_PARSE_STRICT) != 0;
  s->line = 1;
}

void ikc_stream_free(ikc_stream *s) {
  ik_arena_free(&s->arena);
  free(s->buf);
  s->buf = NULL;
  s->start = s->len = s->cap = 0;
}

/* Advances line and line_start over the n bytes at p (p[0] at stream offset
 * `offset`); memchr, since lines are long next to the call. */
static void count_lines(const unsigned char *p, size_t n, uint64_t offset, uint64_t *line,
                        uint64_t *line_start) {
  if (n == 0) return;
  const unsigned char *q, *b = p, *end = p + n;
  while (p < end && (q = memchr(p, '\n', (size_t)(end - p))) != NULL) {
    ++*line;
    *line_start = offset + (uint64_t)(q - b) + 1;
    p = q + 1;
  }
}

/* Drops the n bytes of the message just handled, keeping line numbers right.
 * Nothing moves: the consumed prefix is compacted away by ikc_stream_feed when
 * room is needed, and an empty buffer starts over at its beginning. */
static void drop(ikc_stream *s, size_t n) {
  if (n == 0) return;
  count_lines(s->buf + s->start, n, s->offset, &s->line, &s->line_start);
  s->start += n;
  s->offset += n;
  if (s->start == s->len) s->start = s->len = 0;
}

static void report_error(ikc_stream *s, const ik_error *e) {
  s->errors++;
  uint64_t at = s->offset + e->offset;
  /* line and column of the error within the stream */
  uint64_t line = s->line, ls = s->line_start;
  size_t avail = s->len - s->start;
  if (avail)
    count_lines(s->buf + s->start, e->offset < avail ? e->offset : avail, s->offset, &line, &ls);
  fprintf(s->err, "imapkit: %serror at byte %llu (line %llu, column %llu): %s%s%s\n",
          s->err_prefix ? s->err_prefix : "", (unsigned long long)at, (unsigned long long)line,
          (unsigned long long)(at - ls + 1), ik_strerror(e->code),
          e->expected && *e->expected ? ": expected " : "", e->expected ? e->expected : "");
  ik_out_opts o = {s->out_flags, s->offset, s->extra_json};
  ik_side side = s->parser.side == IK_SIDE_SERVER ? IK_SIDE_SERVER : IK_SIDE_CLIENT;
  if (s->format == IKC_JSON) {
    ik_json_error(side, e, s->offset, &o, ik_write_file, s->out);
  } else if (s->format == IKC_PRETTY) {
    fprintf(s->out, "%s @%llu error: %s%s%s (at byte %llu)\n", side == IK_SIDE_SERVER ? "S:" : "C:",
            (unsigned long long)s->offset, ik_strerror(e->code),
            e->expected && *e->expected ? ": expected " : "", e->expected ? e->expected : "",
            (unsigned long long)at);
  }
}

static void emit(ikc_stream *s, size_t len) {
  ik_message *m = NULL;
  ik_error e;
  ik_arena_reset(&s->arena);
  ik_status st = ik_parse(&s->parser, s->buf + s->start, len, &s->arena, &m, &e);
  if (s->framer.side == IK_SIDE_AUTO && s->parser.side != IK_SIDE_AUTO)
    s->framer.side = s->parser.side; /* the first message decided the side */
  if (st == IK_E_EMPTY_LINE && !s->strict) return; /* blank lines between messages */
  s->messages++;
  if (st != IK_E_OK) {
    report_error(s, &e);
    if (s->on_message && s->on_message(s->ud, s, NULL)) s->stopped = 1;
    return;
  }
  ik_out_opts o = {s->out_flags, s->offset, s->extra_json};
  switch (s->format) {
  case IKC_JSON: ik_json_message(m, &o, ik_write_file, s->out); break;
  case IKC_PRETTY:
    if (s->pretty_prefix) fputs(s->pretty_prefix, s->out);
    ik_pretty_message(m, &o, ik_write_file, s->out);
    break;
  case IKC_WIRE: ik_wire_message(m, ik_write_file, s->out); break;
  case IKC_NONE: break;
  }
  if (s->on_message && s->on_message(s->ud, s, m)) s->stopped = 1;
}

static void run_framer(ikc_stream *s, int at_eof) {
  for (;;) {
    if (s->stopped) return;
    ik_frame f;
    const unsigned char *p = s->buf ? s->buf + s->start : NULL;
    size_t avail = s->len - s->start;
    ik_frame_status st = at_eof ? ik_framer_finish(&s->framer, p, avail, &f)
                                : ik_framer_next(&s->framer, p, avail, &f);
    switch (st) {
    case IK_FRAME_NEED_MORE:
      return;
    case IK_FRAME_CONTINUE:
      continue;
    case IK_FRAME_MESSAGE:
      s->last_literals = f.literals;
      emit(s, f.len);
      drop(s, f.len);
      break;
    case IK_FRAME_ERROR:
      s->messages++;
      report_error(s, &f.error);
      drop(s, f.len);
      break;
    case IK_FRAME_SKIP:
      drop(s, f.len);
      break;
    case IK_FRAME_LITERAL_DATA:
      /* not used: the CLI keeps literals in the message */
      return;
    }
    if (at_eof && s->len == s->start) return;
  }
}

void ikc_stream_feed(ikc_stream *s, const unsigned char *p, size_t n) {
  s->bytes += n;
  while (n) {
    /* Append in pieces so a huge input never needs one huge buffer beyond
     * what the framer asks to keep. */
    size_t k = n < 65536 ? n : 65536;
    if (s->len + k > s->cap && s->start > 0) {
      /* No room behind: drop the consumed prefix first (the framer allows
       * the buffer to move). What moves is the message in progress (every
       * complete one was handled), so a byte moves about once at most. */
      memmove(s->buf, s->buf + s->start, s->len - s->start);
      s->len -= s->start;
      s->start = 0;
    }
    if (s->len + k > s->cap) {
      size_t nc = s->cap ? s->cap : 65536;
      while (nc < s->len + k) nc *= 2;
      unsigned char *nb = realloc(s->buf, nc);
      if (!nb) {
        s->oom = 1;
        return;
      }
      s->buf = nb;
      s->cap = nc;
    }
    memcpy(s->buf + s->len, p, k);
    s->len += k;
    p += k;
    n -= k;
    run_framer(s, 0);
  }
}

void ikc_stream_finish(ikc_stream *s) {
  if (!s->stopped) run_framer(s, 1);
}

void ikc_stream_take(ikc_stream *s, unsigned char **out, size_t *n) {
  size_t avail = s->len - s->start;
  *out = NULL;
  *n = avail;
  if (avail) {
    *out = malloc(avail);
    if (*out) memcpy(*out, s->buf + s->start, avail);
    else *n = 0;
  }
  s->offset += avail;
  s->start = s->len = 0;
  s->stopped = 0;
  ik_framer_init(&s->framer, s->framer.side, &s->limits);
}

void ikc_stream_reset(ikc_stream *s) {
  s->offset += s->len - s->start;
  s->start = s->len = 0;
  ik_framer_init(&s->framer, s->framer.side, &s->limits);
}
