/*
 * The framer: splits one direction of an IMAP stream into messages.
 *
 * A message is a line, and when that line ends in a literal announcement
 * ({N}, {N+}, {N-}, ~{N}) the N bytes of literal data and the line that
 * continues after them, until a line ends without one. Quoted strings are
 * tracked so that "{5}" inside quotes is not taken for a literal, and literal
 * data is skipped by count so that nothing inside it is ever interpreted.
 *
 * The framer never copies and never allocates: it remembers how far it has
 * scanned the caller's buffer, so every byte is looked at once.
 */
#include "imapkit.h"

#include <string.h>

enum { ST_LINE = 0, ST_LITERAL = 1 };

/* Bytes that matter outside a quoted string: the quote and the line end. */
static const unsigned char stop_plain[256] = {['"'] = 1, ['\n'] = 1};
/* Inside a quoted string: the quote, the escape and the line end. */
static const unsigned char stop_quoted[256] = {['"'] = 1, ['\\'] = 1, ['\n'] = 1};

void ik_limits_default(ik_limits *l) {
  l->max_line = IK_DEFAULT_MAX_LINE;
  l->max_literal = IK_DEFAULT_MAX_LITERAL;
  l->max_message = IK_DEFAULT_MAX_MESSAGE;
  l->max_literals = IK_DEFAULT_MAX_LITERALS;
  l->max_depth = IK_DEFAULT_MAX_DEPTH;
  l->stream_literal = 0;
}

static void reset_message(ik_framer *f) {
  f->state = ST_LINE;
  f->in_quote = 0;
  f->escape = 0;
  f->pos = 0;
  f->line_start = 0;
  f->lit_left = 0;
  f->lit_size = 0;
  f->literals = 0;
  f->elided = 0;
  f->msg_total = 0;
  f->line_bytes = 0;
  f->continue_sent = 0;
  f->sfx_state = 0;
  f->sfx_tilde = 0;
  f->sfx_digits = 0;
  f->sfx_num = 0;
  f->prev = 0;
}

void ik_framer_init(ik_framer *f, ik_side side, const ik_limits *limits) {
  memset(f, 0, sizeof *f);
  if (limits)
    f->limits = *limits;
  else
    ik_limits_default(&f->limits);
  if (f->limits.max_message == 0 || f->limits.max_message > IK_MAX_MESSAGE_HARD)
    f->limits.max_message = IK_MAX_MESSAGE_HARD;
  f->side = side;
  f->skipping = 0;
  reset_message(f);
}


#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Advances the quote state (in_quote, escape) over buf[from, to), which holds
 * no LF. 16 bytes at a time: a block without a backslash only flips the state
 * once per quote; blocks with a backslash (rare: \Seen, \") go byte by byte. */
static void quote_scan(ik_framer *f, const unsigned char *buf, size_t from, size_t to) {
  int q = f->in_quote, e = f->escape;
  size_t i = from;
#if defined(__SSE2__)
  const __m128i dq = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
  while (i + 16 <= to) {
    if (e) {
      e = 0;
      i++;
      continue;
    }
    __m128i v = _mm_loadu_si128((const __m128i *)(buf + i));
    unsigned mq = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, dq));
    unsigned mb = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs));
    if (!mb) {
      q ^= __builtin_popcount(mq) & 1;
      i += 16;
      continue;
    }
    for (size_t k = i + 16; i < k; i++) {
      unsigned char c = buf[i];
      if (e) e = 0;
      else if (q) { if (c == '\\') e = 1; else if (c == '"') q = 0; }
      else if (c == '"') q = 1;
    }
  }
#endif
  for (; i < to; i++) {
    unsigned char c = buf[i];
    if (e) e = 0;
    else if (q) { if (c == '\\') e = 1; else if (c == '"') q = 0; }
    else if (c == '"') q = 1;
  }
  f->in_quote = q;
  f->escape = e;
}

/* A literal announcement found at the end of a line. */
typedef struct announce {
  int present;
  int too_big;   /* more than 20 digits or past 64 bits */
  int nonsync;   /* {N+} or {N-} */
  size_t brace;  /* offset of '{' (or '~') in the message */
  uint64_t n;
} announce;

/* Looks backwards from the LF at buf[lf] for "[~]{digits[+-]}[CR]". Bounded:
 * at most 24 digits are examined, so this is constant time per line. */
static announce find_announce(const unsigned char *buf, size_t line_start, size_t lf) {
  announce a = {0, 0, 0, 0, 0};
  size_t i = lf;
  if (i > line_start && buf[i - 1] == '\r') i--;
  if (i == line_start || buf[i - 1] != '}') return a;
  i--;
  if (i > line_start && (buf[i - 1] == '+' || buf[i - 1] == '-')) {
    a.nonsync = 1;
    i--;
  }
  size_t end = i, digits = 0;
  while (i > line_start && buf[i - 1] >= '0' && buf[i - 1] <= '9' && digits <= 24) {
    i--;
    digits++;
  }
  if (digits == 0 || i == line_start || buf[i - 1] != '{') return a;
  i--;
  a.present = 1;
  a.brace = (i > line_start && buf[i - 1] == '~') ? i - 1 : i;
  if (digits > 20) {
    a.too_big = 1;
    return a;
  }
  uint64_t n = 0;
  for (size_t k = end - digits; k < end; k++) {
    unsigned d = (unsigned)(buf[k] - '0');
    if (n > (UINT64_MAX - d) / 10) {
      a.too_big = 1;
      return a;
    }
    n = n * 10 + d;
  }
  a.n = n;
  return a;
}

/* The slow tracker used while skipping: the same announcement grammar, one byte
 * at a time, since the bytes before the line end may be gone already. */
static int sfx_step(ik_framer *f, unsigned char c) {
  int announced = 0;
  if (f->in_quote) {
    if (f->escape)
      f->escape = 0;
    else if (c == '\\')
      f->escape = 1;
    else if (c == '"')
      f->in_quote = 0;
    f->sfx_state = 0;
    if (c == '\n') {
      f->in_quote = 0;
      f->escape = 0;
    }
  } else if (c == '"') {
    f->in_quote = 1;
    f->sfx_state = 0;
  } else if (c == '{') {
    f->sfx_state = 1;
    f->sfx_tilde = (f->prev == '~');
    f->sfx_num = 0;
    f->sfx_digits = 0;
  } else if (c >= '0' && c <= '9' && (f->sfx_state == 1 || f->sfx_state == 2)) {
    f->sfx_state = 2;
    if (f->sfx_digits < 32) f->sfx_digits++;
    unsigned d = (unsigned)(c - '0');
    f->sfx_num = (f->sfx_num > (UINT64_MAX - d) / 10) ? UINT64_MAX : f->sfx_num * 10 + d;
  } else if ((c == '+' || c == '-') && f->sfx_state == 2) {
    f->sfx_state = 3;
  } else if (c == '}' && (f->sfx_state == 2 || f->sfx_state == 3)) {
    f->sfx_state = 4;
  } else if (c == '\r' && f->sfx_state == 4) {
    f->sfx_state = 5;
  } else if (c == '\n') {
    announced = (f->sfx_state == 4 || f->sfx_state == 5);
    f->sfx_state = 0;
  } else {
    f->sfx_state = 0;
  }
  f->prev = c;
  return announced;
}

/* Primes the slow tracker with the line scanned so far (from its start). */
static void sfx_prime(ik_framer *f, const unsigned char *buf, size_t from, size_t to) {
  f->sfx_state = 0;
  f->prev = 0;
  int q = f->in_quote, e = f->escape;
  /* The quote state at `to` is known; replaying from `from` must not change it. */
  f->in_quote = 0;
  f->escape = 0;
  for (size_t i = from; i < to; i++) (void)sfx_step(f, buf[i]);
  f->in_quote = q;
  f->escape = e;
}

static ik_frame_status fail(ik_framer *f, ik_frame *out, ik_status code, size_t at,
                            const char *expected, size_t len) {
  memset(out, 0, sizeof *out);
  out->len = len;
  out->error.code = code;
  out->error.offset = at;
  out->error.expected = expected;
  (void)f;
  return IK_FRAME_ERROR;
}

/* Skipping the rest of a bad message whose start was already dropped. */
static ik_frame_status skip_more(ik_framer *f, const unsigned char *buf, size_t len,
                                 ik_frame *out) {
  size_t i = 0;
  memset(out, 0, sizeof *out);
  while (i < len) {
    if (f->state == ST_LITERAL) {
      uint64_t avail = len - i;
      uint64_t take = avail < f->lit_left ? avail : f->lit_left;
      i += (size_t)take;
      f->lit_left -= take;
      if (f->lit_left == 0) f->state = ST_LINE;
      continue;
    }
    unsigned char c = buf[i++];
    if (sfx_step(f, c)) {
      /* The skipped line announced a literal: its data is part of the bad
       * message too, unless it is an untrusted size (then resync here). */
      if (f->sfx_digits <= 20 && f->sfx_num <= f->limits.max_literal) {
        f->state = ST_LITERAL;
        f->lit_left = f->sfx_num;
        if (f->lit_left == 0) f->state = ST_LINE;
        continue;
      }
      f->skipping = 0;
      break;
    } else if (c == '\n') {
      f->skipping = 0;
      break;
    }
  }
  out->len = i;
  if (!f->skipping) reset_message(f);
  return i ? IK_FRAME_SKIP : IK_FRAME_NEED_MORE;
}

ik_frame_status ik_framer_next(ik_framer *f, const unsigned char *buf, size_t len,
                               ik_frame *out) {
  if (f->skipping) return skip_more(f, buf, len, out);
  memset(out, 0, sizeof *out);
  const ik_limits *L = &f->limits;
  size_t i = f->pos;
  while (i < len) {
    if (f->state == ST_LITERAL) {
      uint64_t avail = len - i;
      uint64_t take = avail < f->lit_left ? avail : f->lit_left;
      if (L->stream_literal && f->lit_size >= L->stream_literal) {
        /* Streaming: hand the data over and forget it; the caller drops it. */
        if (take == 0) break;
        f->lit_left -= take;
        f->elided += take;
        out->data_off = i;
        out->len = (size_t)take;
        out->literal_size = f->lit_size;
        out->literal_left = f->lit_left;
        f->pos = i;
        if (f->lit_left == 0) {
          f->state = ST_LINE;
          f->line_start = i;
        }
        return IK_FRAME_LITERAL_DATA;
      }
      i += (size_t)take;
      f->lit_left -= take;
      if (f->lit_left == 0) {
        f->state = ST_LINE;
        f->line_start = i;
      }
      continue;
    }
    {
      /* Fast path: find the line end with memchr. The quote state matters only
       * when the line ends in '}' (a possible literal announcement), and then
       * quote_scan works it out; anything unusual (a line past the limit)
       * takes the exact byte loop below from the same point. */
      uint64_t lb0 = f->line_bytes;
      uint64_t allowed = L->max_line >= lb0 ? L->max_line - lb0 : 0;
      size_t avail = len - i;
      size_t win = (uint64_t)avail < allowed + 1 ? avail : (size_t)allowed + 1;
      const unsigned char *nl = memchr(buf + i, '\n', win);
      if (!nl) {
        if (win == avail && (uint64_t)avail <= allowed) {
          quote_scan(f, buf, i, len);
          f->line_bytes += avail;
          i = len;
          break;
        }
        goto slow;
      }
      size_t lf = (size_t)(nl - buf);
      if (lb0 + (lf - i) + 1 > L->max_line) goto slow;
      size_t e = lf;
      if (e > f->line_start && buf[e - 1] == '\r') e--;
      if (e > f->line_start && buf[e - 1] == '}')
        quote_scan(f, buf, i, lf);
      f->line_bytes = lb0 + (lf - i);
      i = lf;
      goto line_end;
    }
  slow:;
    /* ST_LINE: jump to the next byte that matters. */
    size_t start = i;
    const unsigned char *stop = f->in_quote ? stop_quoted : stop_plain;
    if (f->escape) {
      /* The byte after a backslash inside quotes is taken as it is. */
      f->escape = 0;
      if (buf[i] == '\n') goto line_end;
      f->line_bytes++;
      i++;
      start = i;
      continue;
    }
    while (i < len && !stop[buf[i]]) i++;
    f->line_bytes += i - start;
    if (f->line_bytes > L->max_line) goto too_long;
    if (i == len) break;
    unsigned char c = buf[i];
    if (c == '\n') goto line_end;
    f->line_bytes++;
    if (c == '"') {
      f->in_quote = !f->in_quote;
    } else { /* backslash inside quotes */
      f->escape = 1;
    }
    i++;
    continue;

  line_end : {
    size_t lf = i;
    f->line_bytes++;
    if (f->line_bytes > L->max_line) {
      /* The whole line is here: report it and resume after its end. */
      size_t at = lf + 1 - (size_t)(f->line_bytes - L->max_line);
      reset_message(f);
      return fail(f, out, IK_E_LINE_TOO_LONG, at, "a shorter line", lf + 1);
    }
    int quoted = f->in_quote;
    f->in_quote = 0;
    f->escape = 0;
    announce a = {0, 0, 0, 0, 0};
    if (!quoted) a = find_announce(buf, f->line_start, lf);
    if (!a.present) {
      out->len = lf + 1;
      out->literals = f->literals;
      out->elided = f->elided;
      reset_message(f);
      return IK_FRAME_MESSAGE;
    }
    /* A literal: check it against every limit before any byte of it is needed. */
    if (a.too_big || a.n > L->max_literal)
      return reset_message(f), fail(f, out, IK_E_LITERAL_TOO_BIG, a.brace, "a smaller literal",
                                    lf + 1);
    if (f->literals + 1 > L->max_literals)
      return reset_message(f),
             fail(f, out, IK_E_TOO_MANY_LITERALS, a.brace, "fewer literals", lf + 1);
    f->msg_total = (uint64_t)(lf + 1) + f->elided;
    if (f->msg_total + a.n > L->max_message)
      return reset_message(f),
             fail(f, out, IK_E_MESSAGE_TOO_BIG, a.brace, "a smaller message", lf + 1);
    f->literals++;
    f->state = ST_LITERAL;
    f->lit_size = a.n;
    f->lit_left = a.n;
    i = lf + 1;
    f->line_start = i;
    if (a.n == 0) {
      f->state = ST_LINE;
    }
    if (f->side == IK_SIDE_CLIENT && !a.nonsync) {
      /* A server must answer "+" before the client sends the data. */
      f->pos = i;
      out->literal_size = a.n;
      return IK_FRAME_CONTINUE;
    }
    continue;
  }

  too_long : {
    /* Never buffer an overlong line: report it now and skip the rest. */
    size_t scanned = i < len ? i : len;
    size_t at = (size_t)(scanned - (f->line_bytes - L->max_line));
    if (at > scanned) at = scanned;
    /* Replay from the start of the line, where the quote state is known (none):
     * from a point inside a quoted string a closing quote would be taken for an
     * opening one, and an announcement after it missed. Linear: the line is
     * dropped right after. */
    size_t from = f->line_start;
    int in_quote = f->in_quote, escape = f->escape;
    reset_message(f);
    f->in_quote = in_quote;
    f->escape = escape;
    f->skipping = 1;
    sfx_prime(f, buf, from, scanned);
    return fail(f, out, IK_E_LINE_TOO_LONG, at, "a shorter line", scanned);
  }
  }
  f->pos = i;
  if (f->state == ST_LITERAL) out->need = f->lit_left;
  return IK_FRAME_NEED_MORE;
}

ik_frame_status ik_framer_finish(ik_framer *f, const unsigned char *buf, size_t len,
                                 ik_frame *out) {
  (void)buf;
  memset(out, 0, sizeof *out);
  if (f->skipping) {
    f->skipping = 0;
    reset_message(f);
    if (len == 0) return IK_FRAME_NEED_MORE;
    out->len = len;
    return IK_FRAME_SKIP;
  }
  if (len == 0) return IK_FRAME_NEED_MORE;
  int in_literal = f->state == ST_LITERAL;
  reset_message(f);
  return fail(f, out, IK_E_INCOMPLETE, len,
              in_literal ? "the rest of the literal" : "end of line", len);
}
