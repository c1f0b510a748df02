/*
 * fuzz_framer: the framer, both sides, under every chunking.
 *
 * Input: byte 0 configures (bit 0 side, bits 1-2 limits, bit 3 streamed
 * literals, bits 4-5 their threshold, bits 6-7 a chunk size), bytes 1-2 are a
 * split point, the rest is the stream.
 *
 * Oracle: split invariance. The stream is fed whole, in two pieces cut at the
 * split point, one byte at a time, and in fixed-size chunks; each run gives a
 * normalized list of events (messages with their stream offset and length,
 * errors with the skipped bytes that follow them folded in, CONTINUE points,
 * streamed literal bytes), and every list must equal the whole-feed list.
 * Also: every frame lies inside the buffer, messages end in LF, every byte
 * is accounted for exactly once, the number of framer calls is linear, and
 * the buffer's unused tail is poisoned so that a read past `len` is an ASan
 * report.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FR_MSG = 1, FR_ERR, FR_CONT, FR_DATA };

typedef struct fr_event {
  int kind;
  uint64_t a, b, c, d;
} fr_event;

typedef struct fr_events {
  fr_event *v;
  size_t n, cap;
  int open_error; /* the last event is an error that SKIP frames extend */
} fr_events;

static void fr_push(fr_events *e, int kind, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  if (e->n == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 32;
    fr_event *nv = realloc(e->v, e->cap * sizeof *nv);
    if (!nv) ikf_fail("out of memory");
    e->v = nv;
  }
  fr_event ev = {kind, a, b, c, d};
  e->v[e->n++] = ev;
}

typedef struct fr_run {
  const char *name;
  ik_framer f;
  unsigned char *base; /* the whole stream; the window is [wstart, fed) */
  size_t n, wstart, fed;
  uint64_t abs0;       /* stream offset of the window's first byte */
  uint64_t streamed;   /* literal bytes streamed out of the message in progress */
  uint64_t consumed;   /* bytes of every frame, literal data included */
  uint64_t calls;
  fr_events ev;
} fr_run;

static void fr_window(fr_run *r) {
  ikf_unpoison(r->base, r->n);
  ikf_poison(r->base, r->wstart);
  ikf_poison(r->base + r->fed, r->n - r->fed);
}

/* Calls the framer until it needs more (or, at the end, until nothing is left). */
static void fr_drain(fr_run *r, int eof) {
  for (;;) {
    ik_frame fr;
    unsigned char *buf = r->base + r->wstart;
    size_t have = r->fed - r->wstart;
    ik_frame_status st =
        eof ? ik_framer_finish(&r->f, buf, have, &fr) : ik_framer_next(&r->f, buf, have, &fr);
    IKF_CHECK(++r->calls <= 4 * (uint64_t)r->n + 64, "%s: %llu framer calls for %zu bytes",
              r->name, (unsigned long long)r->calls, r->n);
    switch (st) {
    case IK_FRAME_NEED_MORE:
      if (eof) IKF_CHECK(have == 0, "%s: finish says NEED_MORE with %zu bytes left", r->name, have);
      return;
    case IK_FRAME_CONTINUE:
      IKF_CHECK(!eof, "%s: finish returned CONTINUE", r->name);
      IKF_CHECK(r->f.pos <= have, "%s: CONTINUE past the buffer", r->name);
      r->ev.open_error = 0;
      fr_push(&r->ev, FR_CONT, r->abs0 + r->streamed + r->f.pos, fr.literal_size, 0, 0);
      continue;
    case IK_FRAME_LITERAL_DATA:
      IKF_CHECK(!eof, "%s: finish returned LITERAL_DATA", r->name);
      IKF_CHECK(fr.len > 0 && fr.data_off <= have && fr.len <= have - fr.data_off,
                "%s: literal data %zu+%zu outside %zu bytes", r->name, fr.data_off, fr.len, have);
      IKF_CHECK(fr.literal_left <= fr.literal_size, "%s: literal_left > literal_size", r->name);
      /* drop the data: the message's first bytes move up to close the hole */
      memmove(buf + fr.len, buf, fr.data_off);
      r->wstart += fr.len;
      r->streamed += fr.len;
      r->consumed += fr.len;
      fr_window(r);
      r->ev.open_error = 0;
      if (r->ev.n && r->ev.v[r->ev.n - 1].kind == FR_DATA)
        r->ev.v[r->ev.n - 1].a += fr.len;
      else
        fr_push(&r->ev, FR_DATA, fr.len, 0, 0, 0);
      continue;
    case IK_FRAME_MESSAGE:
      IKF_CHECK(!eof, "%s: finish returned MESSAGE", r->name);
      IKF_CHECK(fr.len > 0 && fr.len <= have && buf[fr.len - 1] == '\n',
                "%s: message of %zu bytes (buffer %zu) not ending in LF", r->name, fr.len, have);
      IKF_CHECK(fr.elided == r->streamed, "%s: message says %llu bytes elided, %llu were streamed",
                r->name, (unsigned long long)fr.elided, (unsigned long long)r->streamed);
      r->ev.open_error = 0;
      fr_push(&r->ev, FR_MSG, r->abs0, fr.len, fr.literals, fr.elided);
      break;
    case IK_FRAME_ERROR:
      IKF_CHECK(fr.len <= have, "%s: error frame of %zu bytes in %zu", r->name, fr.len, have);
      IKF_CHECK(fr.error.code > IK_E_OK && fr.error.code < IK_E__COUNT && fr.error.expected,
                "%s: error frame with code %d", r->name, (int)fr.error.code);
      IKF_CHECK(fr.error.offset <= fr.len, "%s: error at %zu outside its %zu-byte frame", r->name,
                fr.error.offset, fr.len);
      fr_push(&r->ev, FR_ERR, r->abs0, fr.len, (uint64_t)fr.error.code,
              r->abs0 + r->streamed + fr.error.offset);
      r->ev.open_error = 1;
      break;
    case IK_FRAME_SKIP:
      IKF_CHECK(fr.len > 0 && fr.len <= have, "%s: skip of %zu bytes in %zu", r->name, fr.len, have);
      IKF_CHECK(r->ev.open_error, "%s: SKIP without an ERROR before it", r->name);
      r->ev.v[r->ev.n - 1].b += fr.len;
      break;
    default:
      ikf_fail("%s: framer status %d", r->name, (int)st);
    }
    /* MESSAGE, ERROR, SKIP: drop the frame */
    r->wstart += fr.len;
    r->consumed += fr.len;
    r->abs0 += fr.len + r->streamed;
    r->streamed = 0;
    fr_window(r);
  }
}

/* Feeds s[0..n) in pieces: `cut` bytes first (0: none), then `chunk` at a time
 * (0: the rest at once). */
static void fr_feed(fr_run *r, const char *name, ik_side side, const ik_limits *l,
                    const unsigned char *s, size_t n, size_t cut, size_t chunk) {
  memset(r, 0, sizeof *r);
  r->name = name;
  r->n = n;
  r->base = ikf_dup(s, n);
  ik_framer_init(&r->f, side, l);
  fr_window(r);
  size_t off = 0;
  if (cut && cut < n) {
    r->fed = cut;
    fr_window(r);
    fr_drain(r, 0);
    off = cut;
  }
  while (off < n) {
    size_t k = chunk ? chunk : n - off;
    if (k > n - off) k = n - off;
    off += k;
    r->fed = off;
    fr_window(r);
    fr_drain(r, 0);
  }
  fr_drain(r, 1);
  IKF_CHECK(r->consumed == n, "%s: frames cover %llu of %zu bytes", name,
            (unsigned long long)r->consumed, n);
  ikf_unpoison(r->base, r->n);
  free(r->base);
}

static const char *fr_kind(int k) {
  switch (k) {
  case FR_MSG: return "message";
  case FR_ERR: return "error";
  case FR_CONT: return "continue";
  case FR_DATA: return "literal-data";
  }
  return "?";
}

static void fr_compare(const fr_run *whole, const fr_run *r) {
  size_t n = whole->ev.n < r->ev.n ? whole->ev.n : r->ev.n;
  for (size_t i = 0; i <= n; i++) {
    if (i == n) {
      if (whole->ev.n == r->ev.n) return;
    } else {
      const fr_event *a = &whole->ev.v[i], *b = &r->ev.v[i];
      if (a->kind == b->kind && a->a == b->a && a->b == b->b && a->c == b->c && a->d == b->d)
        continue;
    }
    char wa[160] = "nothing", wb[160] = "nothing";
    if (i < whole->ev.n) {
      const fr_event *a = &whole->ev.v[i];
      snprintf(wa, sizeof wa, "%s %llu %llu %llu %llu", fr_kind(a->kind), (unsigned long long)a->a,
               (unsigned long long)a->b, (unsigned long long)a->c, (unsigned long long)a->d);
    }
    if (i < r->ev.n) {
      const fr_event *b = &r->ev.v[i];
      snprintf(wb, sizeof wb, "%s %llu %llu %llu %llu", fr_kind(b->kind), (unsigned long long)b->a,
               (unsigned long long)b->b, (unsigned long long)b->c, (unsigned long long)b->d);
    }
    ikf_fail("split invariance: event %zu fed whole is [%s], fed %s is [%s]", i, wa, r->name, wb);
  }
}

int ik_fuzz_framer(const uint8_t *data, size_t size) {
  if (size < 3) return 0;
  uint8_t cfg = data[0];
  size_t split = (size_t)data[1] | (size_t)data[2] << 8;
  const unsigned char *s = data + 3;
  size_t n = size - 3;

  ik_side side = (cfg & 1) ? IK_SIDE_SERVER : IK_SIDE_CLIENT;
  ik_limits l;
  ik_limits_default(&l);
  switch ((cfg >> 1) & 3) {
  case 1:
    l.max_line = 16;
    l.max_literal = 8;
    l.max_literals = 2;
    l.max_message = 64;
    break;
  case 2:
    l.max_line = 80;
    l.max_literal = 300;
    l.max_literals = 5;
    l.max_message = 1000;
    break;
  case 3:
    l.max_line = 1024;
    l.max_literal = 1u << 20;
    l.max_message = 4096;
    break;
  default:
    break;
  }
  if (cfg & 8) l.stream_literal = 1 + 4u * ((cfg >> 4) & 3u);
  static const size_t chunks[4] = {2, 3, 7, 64};
  size_t chunk = chunks[(cfg >> 6) & 3];

  fr_run whole, r;
  fr_feed(&whole, "whole", side, &l, s, n, 0, 0);

  fr_feed(&r, "in two pieces", side, &l, s, n, n ? split % (n + 1) : 0, 0);
  fr_compare(&whole, &r);
  free(r.ev.v);

  /* one byte at a time (bounded: each call may move the message's bytes) */
  if (n <= 16384) {
    fr_feed(&r, "one byte at a time", side, &l, s, n, 0, 1);
    fr_compare(&whole, &r);
    free(r.ev.v);
  }

  fr_feed(&r, "in chunks", side, &l, s, n, 0, chunk);
  fr_compare(&whole, &r);
  free(r.ev.v);

  free(whole.ev.v);
  return 0;
}
