/*
 * fuzz_tls: the TLS record layer (tools/trace/tls.h) and the NSS key log reader
 * (tools/trace/keylog.h) driven directly, without a capture around them.
 *
 * Input:
 *   byte 0      configuration
 *                 bits 0-1  key log: 0 the text below (ikt_keylog_parse), 1 none (NULL),
 *                           2 an empty key log, 3 key log only: every byte after byte 0
 *                           is key log text (no TLS session; see below)
 *                 bit 2     which direction ends first (0 client to server, 1 server)
 *                 bit 3     the second run feeds every chunk one byte at a time (inputs
 *                           up to 8 KiB) instead of cutting it in two
 *                 bits 4-7  unused (seeds: 0)
 *   bytes 1-2   K, big-endian: bytes of key log text that follow (clamped)
 *   bytes 3-4   split: the second run cuts chunk i at (split + 257 i) mod (its length + 1)
 *   K bytes     key log text
 *   the rest    chunks, in capture order: a 2-byte big-endian header, bit 15 the
 *               direction (0 client to server, 1 server to client), bits 0-14 the
 *               length (clamped to what is left), then that many bytes of the
 *               direction's TCP stream; a length of 0 is a gap: the next byte + 1
 *               bytes of that direction lost (ikt_tls_gap)
 *
 * Oracles: no crash, leak or read past any buffer (every chunk is an exact-size heap
 * copy); feed/gap/end return 0 or 1, and 1 exactly once a stopping event was seen;
 * at most one event stops, nothing (event or data) after it; events well formed
 * (direction, kind, a status with its text, names matching the numbers, offsets
 * inside what was fed, DECRYPTING only with a key log); decrypted bytes never
 * longer than the bytes fed in that direction, never any without a key log, and
 * ikt_tls_delivered equal to what the callback saw; split invariance: the chunks fed
 * whole (consecutive chunks of one direction joined) and fed cut in two (or byte by
 * byte) give, per direction, the same decrypted bytes and the same events;
 * ikt_tls_sniff answers -1 only while it cannot tell, then never changes its mind.
 * The key log: ikt_keylog_parse agrees with a reference reader written here (line,
 * ignored, invalid and secret counts, every secret found with the last value given,
 * absent ones not found); in key-log-only mode ikt_keylog_load of the same text
 * written to a file agrees with ikt_keylog_parse. Secrets are never printed.
 * IKF_DEBUG=1 prints, per direction, the decrypted byte count and the events.
 *
 * Built when tools/trace/tls.h exists. Compiled with IKF_TRACE_WEAK
 * (tests/test_regressions.c), the TLS functions are weak references and the harness
 * does nothing when they are not linked in.
 */
#include "fuzz_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include("trace/tls.h")
#define IKF_HAVE_TLS 1
#endif
#endif

#ifndef IKF_HAVE_TLS
int ik_fuzz_tls(const uint8_t *data, size_t size) {
  (void)data;
  (void)size;
  return 0;
}
#else
#include "trace/keylog.h"
#include "trace/tls.h"

#ifdef IKF_TRACE_WEAK
#pragma weak ikt_tls_new
#pragma weak ikt_tls_feed
#pragma weak ikt_tls_gap
#pragma weak ikt_tls_end
#pragma weak ikt_tls_stopped
#pragma weak ikt_tls_delivered
#pragma weak ikt_tls_free
#pragma weak ikt_tls_sniff
#pragma weak ikt_tls_status_name
#pragma weak ikt_tls_status_text
#pragma weak ikt_tls_version_name
#pragma weak ikt_tls_suite_name
#pragma weak ikt_tls_alert_name
#pragma weak ikt_keylog_parse
#pragma weak ikt_keylog_load
#pragma weak ikt_keylog_free
#pragma weak ikt_keylog_find
#pragma weak ikt_keylog_get_stats
#pragma weak ikt_keylog_label_name
#endif

/* ---- the key log: a reference reader ---- */

#define TL_LINE_MAX 512 /* keylog.c reads lines up to this many bytes */

typedef struct tl_secret {
  unsigned char random[IKT_KEYLOG_RANDOM_LEN];
  int label;
  size_t len;
  unsigned char secret[IKT_KEYLOG_SECRET_MAX];
} tl_secret;

typedef struct tl_ref {
  ikt_keylog_stats st;
  tl_secret *s;
  size_t n, cap;
} tl_ref;

static int tl_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int tl_hex(const unsigned char *s, size_t n, unsigned char *out) {
  for (size_t i = 0; i < n; i++) {
    unsigned v = 0;
    for (int k = 0; k < 2; k++) {
      unsigned char c = s[2 * i + (size_t)k];
      unsigned d;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (c >= 'a' && c <= 'f')
        d = c - 'a' + 10u;
      else if (c >= 'A' && c <= 'F')
        d = c - 'A' + 10u;
      else
        return -1;
      v = v << 4 | d;
    }
    out[i] = (unsigned char)v;
  }
  return 0;
}

static void tl_ref_line(tl_ref *r, const unsigned char *s, size_t len) {
  r->st.lines++;
  if (len > TL_LINE_MAX) {
    r->st.invalid++;
    return;
  }
  const unsigned char *tok[3];
  size_t tlen[3], nt = 0, i = 0;
  while (i < len && tl_space(s[i])) i++;
  if (i == len || s[i] == '#') {
    r->st.ignored++;
    return;
  }
  while (i < len) {
    size_t b = i;
    while (i < len && !tl_space(s[i])) i++;
    if (nt == 3) {
      r->st.invalid++; /* a fourth word */
      return;
    }
    tok[nt] = s + b;
    tlen[nt++] = i - b;
    while (i < len && tl_space(s[i])) i++;
  }
  if (nt != 3) {
    r->st.invalid++;
    return;
  }
  int label = -1;
  for (int k = 0; k < IKT_KEYLOG_LABEL_COUNT; k++) {
    const char *name = ikt_keylog_label_name((ikt_keylog_label)k);
    IKF_CHECK(name != NULL, "keylog: no name for label %d", k);
    if (strlen(name) == tlen[0] && memcmp(name, tok[0], tlen[0]) == 0) label = k;
  }
  IKF_CHECK(ikt_keylog_label_name(IKT_KEYLOG_LABEL_COUNT) == NULL,
            "keylog: a name for a label out of range");
  if (label < 0) {
    r->st.ignored++;
    return;
  }
  tl_secret e;
  memset(&e, 0, sizeof e);
  e.label = label;
  e.len = tlen[2] / 2;
  if (tlen[1] != 2 * IKT_KEYLOG_RANDOM_LEN || tl_hex(tok[1], IKT_KEYLOG_RANDOM_LEN, e.random) ||
      tlen[2] % 2 || (e.len != 32 && e.len != 48) ||
      (label == IKT_KEYLOG_CLIENT_RANDOM && e.len != 48) || tl_hex(tok[2], e.len, e.secret)) {
    r->st.invalid++;
    return;
  }
  for (size_t k = 0; k < r->n; k++) {
    if (r->s[k].label == label && memcmp(r->s[k].random, e.random, sizeof e.random) == 0) {
      r->s[k] = e; /* the later line wins */
      return;
    }
  }
  if (r->n == r->cap) {
    r->cap = r->cap ? 2 * r->cap : 16;
    r->s = realloc(r->s, r->cap * sizeof *r->s);
    if (!r->s) ikf_fail("out of memory");
  }
  r->s[r->n++] = e;
}

static void tl_ref_parse(tl_ref *r, const unsigned char *s, size_t n) {
  memset(r, 0, sizeof *r);
  size_t b = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n') {
      tl_ref_line(r, s + b, i - b);
      b = i + 1;
    }
  }
  if (b < n) tl_ref_line(r, s + b, n - b);
  r->st.secrets = r->n;
}

/* kl against the reference: counts, every secret, a few absent ones. */
static void tl_check_keylog(const ikt_keylog *kl, const tl_ref *r, const char *what) {
  IKF_CHECK(kl != NULL, "keylog: %s returned NULL", what);
  ikt_keylog_stats st = ikt_keylog_get_stats(kl);
  IKF_CHECK(st.lines == r->st.lines && st.secrets == r->st.secrets &&
                st.ignored == r->st.ignored && st.invalid == r->st.invalid,
            "keylog: %s counts lines %zu secrets %zu ignored %zu invalid %zu, expected %zu %zu %zu %zu",
            what, st.lines, st.secrets, st.ignored, st.invalid, r->st.lines, r->st.secrets,
            r->st.ignored, r->st.invalid);
  unsigned char out[IKT_KEYLOG_SECRET_MAX];
  for (size_t k = 0; k < r->n; k++) {
    const tl_secret *e = &r->s[k];
    memset(out, 0, sizeof out);
    size_t len = ikt_keylog_find(kl, e->random, (ikt_keylog_label)e->label, out);
    IKF_CHECK(len == e->len, "keylog: %s: secret %zu (%s) found with length %zu, expected %zu",
              what, k, ikt_keylog_label_name((ikt_keylog_label)e->label), len, e->len);
    /* the value is compared, never printed */
    IKF_CHECK(memcmp(out, e->secret, e->len) == 0, "keylog: %s: secret %zu (%s) has another value",
              what, k, ikt_keylog_label_name((ikt_keylog_label)e->label));
    IKF_CHECK(ikt_keylog_find(kl, e->random, (ikt_keylog_label)e->label, NULL) == e->len,
              "keylog: %s: lookup without an output buffer differs", what);
    /* the same random with a label not given, and a neighbouring random */
    for (int l = 0; l < IKT_KEYLOG_LABEL_COUNT; l++) {
      int given = 0;
      for (size_t j = 0; j < r->n; j++)
        if (r->s[j].label == l && memcmp(r->s[j].random, e->random, sizeof e->random) == 0)
          given = 1;
      if (!given)
        IKF_CHECK(ikt_keylog_find(kl, e->random, (ikt_keylog_label)l, out) == 0,
                  "keylog: %s: a secret found for a label not given", what);
    }
    unsigned char other[IKT_KEYLOG_RANDOM_LEN];
    memcpy(other, e->random, sizeof other);
    other[IKT_KEYLOG_RANDOM_LEN - 1] ^= 1;
    int given = 0;
    for (size_t j = 0; j < r->n; j++)
      if (r->s[j].label == e->label && memcmp(r->s[j].random, other, sizeof other) == 0) given = 1;
    if (!given)
      IKF_CHECK(ikt_keylog_find(kl, other, (ikt_keylog_label)e->label, out) == 0,
                "keylog: %s: a secret found for a random not given", what);
  }
  static const unsigned char zero[IKT_KEYLOG_RANDOM_LEN];
  IKF_CHECK(ikt_keylog_find(kl, zero, IKT_KEYLOG_LABEL_COUNT, out) == 0 &&
                ikt_keylog_find(kl, zero, (ikt_keylog_label)-1, out) == 0 &&
                ikt_keylog_find(NULL, zero, IKT_KEYLOG_CLIENT_RANDOM, out) == 0,
            "keylog: a lookup with bad arguments found something");
}

/* The same text through a file (ikt_keylog_load reads it 8 KiB at a time). */
static void tl_check_load(const unsigned char *text, size_t n, const tl_ref *r) {
  char path[] = "/tmp/ikf-keylog-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return; /* no temporary directory: nothing to compare */
  size_t done = 0;
  while (done < n) {
    ssize_t k = write(fd, text + done, n - done);
    if (k <= 0) break;
    done += (size_t)k;
  }
  close(fd);
  if (done == n) {
    char err[256];
    ikt_keylog *kl = ikt_keylog_load(path, err, sizeof err);
    IKF_CHECK(kl != NULL, "keylog: ikt_keylog_load failed on a readable file");
    tl_check_keylog(kl, r, "ikt_keylog_load");
    ikt_keylog_free(kl);
  }
  unlink(path);
  char err[64];
  IKF_CHECK(ikt_keylog_load(NULL, err, sizeof err) == NULL && memchr(err, 0, sizeof err),
            "keylog: ikt_keylog_load(NULL) did not fail cleanly");
}

/* ---- the TLS session ---- */

typedef struct tl_chunk {
  int dir;
  int gap;             /* 1: a gap of len bytes */
  const uint8_t *p;    /* the bytes (not a gap) */
  size_t len;
} tl_chunk;

typedef struct tl_run {
  ikt_tls *t;
  int have_keylog;     /* a key log was given */
  int have_secrets;    /* ... with at least one secret in it */
  uint64_t fed[2];     /* stream bytes fed (gaps included) per direction */
  ikf_buf out[2];      /* decrypted bytes */
  ikf_buf ev[2];       /* events, one line each */
  int stop_events;     /* events that stopped decoding */
  int stopped_seen;    /* a stopping event was seen: nothing may follow */
} tl_run;

static void tl_printf(ikf_buf *b, const char *fmt, ...) IKF_PRINTF(2, 3);
static void tl_printf(ikf_buf *b, const char *fmt, ...) {
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (k < 0) ikf_fail("vsnprintf failed");
  if ((size_t)k >= sizeof tmp) k = (int)sizeof tmp - 1;
  ikf_buf_write(b, tmp, (size_t)k);
}

static int tl_same_name(const char *a, const char *b) {
  if (!a || !b) return a == b;
  return strcmp(a, b) == 0;
}

static void tl_on_event(void *ud, const ikt_tls_event *ev) {
  tl_run *r = ud;
  IKF_CHECK(ev->dir == 0 || ev->dir == 1, "tls: event in direction %d", ev->dir);
  IKF_CHECK(!r->stopped_seen, "tls: an event after decoding stopped");
  IKF_CHECK(ev->offset <= r->fed[ev->dir], "tls: event at offset %llu, %llu bytes fed",
            (unsigned long long)ev->offset, (unsigned long long)r->fed[ev->dir]);
  IKF_CHECK(tl_same_name(ev->version_name, ikt_tls_version_name(ev->version)),
            "tls: version name for 0x%04x", ev->version);
  IKF_CHECK(tl_same_name(ev->suite_name, ev->cipher_suite ? ikt_tls_suite_name(ev->cipher_suite)
                                                          : NULL),
            "tls: suite name for 0x%04x", ev->cipher_suite);
  IKF_CHECK(ev->resumed == 0 || ev->resumed == 1, "tls: resumed = %d", ev->resumed);
  if (ev->server_name)
    IKF_CHECK(memchr(ev->server_name, 0, 256) != NULL, "tls: server name longer than 255");
  ikf_buf *b = &r->ev[ev->dir];
  tl_printf(b, "%d @%llu v%04x s%04x %s%s", (int)ev->kind, (unsigned long long)ev->offset,
            ev->version, ev->cipher_suite, ev->server_name ? ev->server_name : "-",
            ev->resumed ? " resumed" : "");
  switch (ev->kind) {
  case IKT_TLS_EV_TLS:
    IKF_CHECK((unsigned)ev->status < IKT_TLS_STATUS_COUNT, "tls: status %d", (int)ev->status);
    IKF_CHECK(ev->detail != NULL, "tls: event without detail");
    IKF_CHECK(ikt_tls_status_name(ev->status) != NULL && ikt_tls_status_text(ev->status) != NULL,
              "tls: no name for status %d", (int)ev->status);
    IKF_CHECK(strncmp(ev->detail, ikt_tls_status_text(ev->status),
                      strlen(ikt_tls_status_text(ev->status))) == 0,
              "tls: detail \"%s\" does not start with the status text", ev->detail);
    IKF_CHECK(ev->stopped == 0 || ev->stopped == 1, "tls: stopped = %d", ev->stopped);
    IKF_CHECK(ev->status != IKT_TLS_DECRYPTING || (r->have_secrets && !ev->stopped),
              "tls: DECRYPTING %s", r->have_secrets ? "stops" : "without secrets");
    IKF_CHECK(ev->status != IKT_TLS_NO_KEYLOG || !r->have_keylog, "tls: NO_KEYLOG with a key log");
    if (ev->stopped) {
      r->stop_events++;
      r->stopped_seen = 1;
    }
    tl_printf(b, " tls %s %d: %s\n", ikt_tls_status_name(ev->status), ev->stopped, ev->detail);
    break;
  case IKT_TLS_EV_ALERT:
  case IKT_TLS_EV_CLOSE_NOTIFY:
    IKF_CHECK((ev->kind == IKT_TLS_EV_CLOSE_NOTIFY) == (ev->alert_description == 0),
              "tls: alert %d reported as kind %d", ev->alert_description, (int)ev->kind);
    IKF_CHECK(ev->alert_description >= 0 && ev->alert_description <= 255,
              "tls: alert description %d", ev->alert_description);
    IKF_CHECK(ev->alert_level >= 0 && ev->alert_level <= 255, "tls: alert level %d",
              ev->alert_level);
    IKF_CHECK(tl_same_name(ev->alert_name, ikt_tls_alert_name(ev->alert_description)),
              "tls: alert name for %d", ev->alert_description);
    IKF_CHECK(ev->encrypted == 0 || ev->encrypted == 1, "tls: encrypted = %d", ev->encrypted);
    IKF_CHECK(!ev->stopped, "tls: an alert event that stops");
    tl_printf(b, " alert %d %d %d\n", ev->alert_level, ev->alert_description, ev->encrypted);
    break;
  default:
    ikf_fail("tls: event kind %d", (int)ev->kind);
  }
}

static void tl_on_data(void *ud, int dir, const unsigned char *p, size_t n) {
  tl_run *r = ud;
  IKF_CHECK(dir == 0 || dir == 1, "tls: data in direction %d", dir);
  IKF_CHECK(n > 0 && p != NULL, "tls: empty data");
  IKF_CHECK(r->have_secrets, "tls: data decrypted without secrets");
  IKF_CHECK(!r->stopped_seen, "tls: data after decoding stopped");
  IKF_CHECK(r->out[dir].len + n <= r->fed[dir],
            "tls: %zu decrypted bytes from %llu bytes fed (direction %d)", r->out[dir].len + n,
            (unsigned long long)r->fed[dir], dir);
  ikf_buf_write(&r->out[dir], p, n);
}

static void tl_rc(tl_run *r, int rc, const char *what) {
  IKF_CHECK(rc == 0 || rc == 1, "tls: %s returned %d", what, rc);
  IKF_CHECK(rc == ikt_tls_stopped(r->t), "tls: %s returned %d, ikt_tls_stopped says %d", what, rc,
            ikt_tls_stopped(r->t));
  IKF_CHECK(rc == r->stopped_seen, "tls: %s returned %d after %s stopping event", what, rc,
            r->stopped_seen ? "a" : "no");
}

/* Feeds n bytes as an exact-size heap copy (a read past it is a sanitizer report). */
static void tl_feed(tl_run *r, int dir, const uint8_t *p, size_t n) {
  unsigned char *c = ikf_dup(p, n);
  r->fed[dir] += n;
  int rc = ikt_tls_feed(r->t, dir, c, n);
  free(c);
  tl_rc(r, rc, "ikt_tls_feed");
}

/* mode 0: chunks whole, consecutive chunks of one direction joined; 1: each chunk
 * cut in two at a point from `split`; 2: one byte at a time. */
static void tl_run_chunks(tl_run *r, const ikt_keylog *kl, const tl_chunk *ch, size_t nch,
                          int mode, unsigned split, int end_first) {
  memset(r, 0, sizeof *r);
  r->have_keylog = kl != NULL;
  r->have_secrets = kl != NULL && ikt_keylog_get_stats(kl).secrets > 0;
  ikt_tls_callbacks cb = {tl_on_event, tl_on_data};
  r->t = ikt_tls_new(kl, &cb, r);
  if (!r->t) ikf_fail("out of memory");
  IKF_CHECK(!ikt_tls_stopped(r->t) && ikt_tls_delivered(r->t, 0) == 0,
            "tls: a new session is not fresh");
  for (size_t i = 0; i < nch; i++) {
    const tl_chunk *c = &ch[i];
    if (c->gap) {
      r->fed[c->dir] += c->len;
      tl_rc(r, ikt_tls_gap(r->t, c->dir, c->len), "ikt_tls_gap");
      continue;
    }
    if (mode == 0) {
      size_t j = i, n = c->len;
      while (j + 1 < nch && !ch[j + 1].gap && ch[j + 1].dir == c->dir) n += ch[++j].len;
      unsigned char *joined = malloc(n);
      if (!joined) ikf_fail("out of memory");
      size_t at = 0;
      for (size_t k = i; k <= j; k++) {
        memcpy(joined + at, ch[k].p, ch[k].len);
        at += ch[k].len;
      }
      tl_feed(r, c->dir, joined, n);
      free(joined);
      i = j;
    } else if (mode == 1) {
      size_t cut = (size_t)((split + 257u * (unsigned)i) % (c->len + 1));
      if (cut > 0) tl_feed(r, c->dir, c->p, cut);
      if (cut < c->len) tl_feed(r, c->dir, c->p + cut, c->len - cut);
    } else {
      for (size_t k = 0; k < c->len; k++) tl_feed(r, c->dir, c->p + k, 1);
    }
  }
  /* bad arguments change nothing */
  static const unsigned char one = 0x16;
  IKF_CHECK(ikt_tls_feed(r->t, 2, &one, 1) == -1 && ikt_tls_feed(r->t, 0, NULL, 1) == -1 &&
                ikt_tls_gap(r->t, -1, 1) == -1 && ikt_tls_end(r->t, 2) == -1,
            "tls: bad arguments accepted");
  tl_rc(r, ikt_tls_end(r->t, end_first), "ikt_tls_end");
  tl_rc(r, ikt_tls_end(r->t, !end_first), "ikt_tls_end");
  tl_rc(r, ikt_tls_end(r->t, end_first), "ikt_tls_end (again)");
  IKF_CHECK(r->stop_events <= 1, "tls: %d events stopped decoding", r->stop_events);
  for (int d = 0; d < 2; d++)
    IKF_CHECK(ikt_tls_delivered(r->t, d) == r->out[d].len,
              "tls: ikt_tls_delivered says %llu, the callback saw %zu (direction %d)",
              (unsigned long long)ikt_tls_delivered(r->t, d), r->out[d].len, d);
  ikt_tls_free(r->t);
  r->t = NULL;
}

static void tl_run_free(tl_run *r) {
  for (int d = 0; d < 2; d++) {
    ikf_buf_free(&r->out[d]);
    ikf_buf_free(&r->ev[d]);
  }
}

static int tl_buf_eq(const ikf_buf *a, const ikf_buf *b) {
  return a->len == b->len && (a->len == 0 || memcmp(a->p, b->p, a->len) == 0);
}

/* ikt_tls_sniff over growing prefixes: -1 only while it cannot tell, then constant. */
static void tl_check_sniff(const tl_chunk *ch, size_t nch, int dir) {
  unsigned char pre[16] = {0};
  size_t n = 0;
  for (size_t i = 0; i < nch && n < sizeof pre; i++) {
    if (ch[i].dir != dir) continue;
    if (ch[i].gap) break;
    size_t k = ch[i].len < sizeof pre - n ? ch[i].len : sizeof pre - n;
    memcpy(pre + n, ch[i].p, k);
    n += k;
  }
  IKF_CHECK(ikt_tls_sniff(pre, 0) == -1, "tls: sniff of nothing is not -1");
  int decided = -1;
  for (size_t k = 1; k <= n; k++) {
    unsigned char *c = ikf_dup(pre, k);
    int v = ikt_tls_sniff(c, k);
    free(c);
    IKF_CHECK(v >= -1 && v <= 1, "tls: sniff returned %d", v);
    if (decided != -1)
      IKF_CHECK(v == decided, "tls: sniff said %d, then %d with %zu bytes", decided, v, k);
    else if (v != -1)
      decided = v;
    IKF_CHECK(v != -1 || k < 9, "tls: sniff cannot tell with %zu bytes", k);
  }
}

int ik_fuzz_tls(const uint8_t *data, size_t size) {
#ifdef IKF_TRACE_WEAK
  if (!ikt_tls_new || !ikt_keylog_parse) return 0;
#endif
  if (size < 1) return 0;
  uint8_t cfg = data[0];
  int klmode = cfg & 3;
  if (klmode == 3) { /* key log only */
    const unsigned char *text = data + 1;
    size_t n = size - 1;
    tl_ref ref;
    tl_ref_parse(&ref, text, n);
    ikt_keylog *kl = ikt_keylog_parse((const char *)text, n);
    tl_check_keylog(kl, &ref, "ikt_keylog_parse");
    ikt_keylog_free(kl);
    tl_check_load(text, n, &ref);
    free(ref.s);
    return 0;
  }
  if (size < 5) return 0;
  size_t klen = (size_t)data[1] << 8 | data[2];
  unsigned split = (unsigned)data[3] << 8 | data[4];
  const uint8_t *p = data + 5, *end = data + size;
  if (klen > (size_t)(end - p)) klen = (size_t)(end - p);
  const uint8_t *text = p;
  p += klen;

  /* the chunks */
  size_t cap = (size_t)(end - p) / 2 + 1, nch = 0;
  tl_chunk *ch = calloc(cap, sizeof *ch);
  if (!ch) ikf_fail("out of memory");
  while (end - p >= 2 && nch < cap) {
    unsigned h = (unsigned)p[0] << 8 | p[1];
    p += 2;
    tl_chunk *c = &ch[nch++];
    c->dir = (int)(h >> 15);
    c->len = h & 0x7fffu;
    if (c->len == 0) {
      c->gap = 1;
      c->len = (size_t)(p < end ? *p++ : 0) + 1;
      continue;
    }
    if (c->len > (size_t)(end - p)) c->len = (size_t)(end - p);
    c->p = p;
    p += c->len;
    if (c->len == 0) nch--; /* a header at the very end */
  }

  ikt_keylog *kl = NULL;
  tl_ref ref;
  memset(&ref, 0, sizeof ref);
  if (klmode == 0) {
    unsigned char *t = ikf_dup(text, klen);
    tl_ref_parse(&ref, t, klen);
    kl = ikt_keylog_parse((const char *)t, klen);
    free(t);
    tl_check_keylog(kl, &ref, "ikt_keylog_parse");
  } else if (klmode == 2) {
    kl = ikt_keylog_parse("", 0);
    tl_check_keylog(kl, &ref, "ikt_keylog_parse (empty)");
  }

  tl_check_sniff(ch, nch, 0);
  tl_check_sniff(ch, nch, 1);

  int end_first = (cfg >> 2) & 1;
  int second = ((cfg >> 3) & 1) && size <= 8192 ? 2 : 1;
  tl_run a, b;
  tl_run_chunks(&a, kl, ch, nch, 0, split, end_first);
  tl_run_chunks(&b, kl, ch, nch, second, split, end_first);
  for (int d = 0; d < 2; d++) {
    IKF_CHECK(tl_buf_eq(&a.out[d], &b.out[d]),
              "tls: direction %d decrypts to %zu bytes fed whole, %zu fed %s", d, a.out[d].len,
              b.out[d].len, second == 2 ? "byte by byte" : "cut in two");
    if (!tl_buf_eq(&a.ev[d], &b.ev[d])) {
      fprintf(stderr, "events fed whole:\n%.*s\nevents fed %s:\n%.*s\n", (int)a.ev[d].len,
              a.ev[d].p ? (const char *)a.ev[d].p : "", second == 2 ? "byte by byte" : "cut in two",
              (int)b.ev[d].len, b.ev[d].p ? (const char *)b.ev[d].p : "");
      ikf_fail("tls: direction %d: other events when the chunks are cut", d);
    }
  }
  if (getenv("IKF_DEBUG")) { /* what a seed does: counts and events, never bytes */
    for (int d = 0; d < 2; d++)
      fprintf(stderr, "tls: direction %d: %zu bytes decrypted; events:\n%.*s", d, a.out[d].len,
              (int)a.ev[d].len, a.ev[d].p ? (const char *)a.ev[d].p : "");
  }
  tl_run_free(&a);
  tl_run_free(&b);
  ikt_keylog_free(kl);
  free(ref.s);
  free(ch);
  return 0;
}
#endif
