/*
 * fuzz_trace: the trace decoder (tools/trace/trace.h) over bytes taken as a
 * pcap or pcapng file, with small limits so that eviction, out-of-order
 * buffers and warning caps are reached.
 *
 * Oracles (the contract of trace.h): connections are numbered 1, 2, ... in
 * order; each gets exactly one "open" and one "close", and nothing about it
 * after its close; each direction's bytes arrive in order: every on_data
 * offset is the previous end plus the bytes of the gaps between, a FIN sits
 * at the end of its direction's bytes and nothing follows it; the statistics
 * add up to what the callbacks saw. Each direction's bytes are also framed
 * and parsed as IMAP (client to server as commands, server to client as
 * responses) through every oracle of fuzz_common.c; a gap restarts framing.
 * A consumer that recognizes a server greeting tells the tracker
 * (ikt_trace_set_server), as imapkit trace does.
 *
 * Built only when tools/trace/trace.h exists. Compiled with
 * IKF_TRACE_WEAK (tests/test_regressions.c), the trace functions are weak
 * references and the harness does nothing when they are not linked in.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__has_include)
#if __has_include("trace.h")
#define IKF_HAVE_TRACE 1
#define IKF_TRACE_H "trace.h"
#elif __has_include("trace/trace.h")
#define IKF_HAVE_TRACE 1
#define IKF_TRACE_H "trace/trace.h"
#endif
#endif

#ifndef IKF_HAVE_TRACE
int ik_fuzz_trace(const uint8_t *data, size_t size) {
  (void)data;
  (void)size;
  return 0;
}
#else
#include IKF_TRACE_H

#ifdef IKF_TRACE_WEAK
#pragma weak ikt_trace_open_mem
#pragma weak ikt_trace_run
#pragma weak ikt_trace_stats
#pragma weak ikt_trace_close
#pragma weak ikt_trace_set_server
#pragma weak ikt_trace_error
#endif

typedef struct tr_dir {
  uint64_t next;  /* stream offset of the next byte */
  int fin;        /* FIN seen: nothing may follow */
  int started;    /* some data seen */
  ikf_stream imap;
} tr_dir;

typedef struct tr_conn {
  int open, closed;
  tr_dir d[2];
} tr_conn;

typedef struct tr_state {
  ikt_trace *t;
  tr_conn *c;         /* index = connection number */
  size_t n;           /* highest connection number announced */
  uint64_t bytes[2];  /* delivered, by direction at delivery */
  uint64_t gaps, gap_bytes;
} tr_state;

static tr_conn *tr_get(tr_state *s, unsigned conn, const char *what) {
  IKF_CHECK(conn >= 1 && conn <= s->n, "trace: %s for connection %u, %zu announced", what, conn,
            s->n);
  return &s->c[conn];
}

static void tr_dir_init(tr_dir *d, int dir) {
  ikf_opts o;
  ikf_opts_from_byte(&o, dir == IKT_C2S ? IK_SIDE_CLIENT : IK_SIDE_SERVER, 0);
  memset(d, 0, sizeof *d);
  ikf_stream_init(&d->imap, &o);
}

static void tr_on_conn(void *ud, const ikt_conn_info *ci) {
  tr_state *s = ud;
  IKF_CHECK(ci->conn == s->n + 1, "trace: connection %u announced after %zu", ci->conn, s->n);
  IKF_CHECK(ci->family == 4 || ci->family == 6, "trace: address family %d", ci->family);
  IKF_CHECK(memchr(ci->client, 0, sizeof ci->client) && memchr(ci->server, 0, sizeof ci->server),
            "trace: unterminated address string");
  IKF_CHECK(ci->role >= IKT_ROLE_PORT && ci->role <= IKT_ROLE_CONTENT, "trace: role %d",
            (int)ci->role);
  tr_conn *nc = realloc(s->c, (s->n + 2) * sizeof *nc);
  if (!nc) ikf_fail("out of memory");
  s->c = nc;
  s->n++;
  memset(&s->c[s->n], 0, sizeof s->c[s->n]);
  tr_dir_init(&s->c[s->n].d[0], IKT_C2S);
  tr_dir_init(&s->c[s->n].d[1], IKT_S2C);
}

static void tr_on_data(void *ud, unsigned conn, int dir, double ts, uint64_t offset,
                       const unsigned char *bytes, size_t len) {
  tr_state *s = ud;
  (void)ts;
  tr_conn *c = tr_get(s, conn, "data");
  IKF_CHECK(c->open && !c->closed, "trace: data for connection %u, which is not open", conn);
  IKF_CHECK(dir == IKT_C2S || dir == IKT_S2C, "trace: data in direction %d", dir);
  IKF_CHECK(len > 0, "trace: empty data");
  tr_dir *d = &c->d[dir];
  IKF_CHECK(!d->fin, "trace: data after the FIN (connection %u, direction %d)", conn, dir);
  IKF_CHECK(offset == d->next, "trace: data at offset %llu, expected %llu (connection %u, dir %d)",
            (unsigned long long)offset, (unsigned long long)d->next, conn, dir);
  d->next += len;
  s->bytes[dir] += len;
  if (!d->started) {
    d->started = 1;
    /* What imapkit trace does with a server greeting: tell the tracker. */
    if (len >= 2 && bytes[0] == '*' && bytes[1] == ' ' && ikt_trace_set_server(s->t, conn, dir) == 1)
      return; /* roles swapped; the "role" event moved the state */
  }
  ikf_stream_feed(&d->imap, bytes, len);
}

static void tr_on_event(void *ud, const ikt_event *ev) {
  tr_state *s = ud;
  IKF_CHECK(ev->name != NULL && ev->detail != NULL, "trace: event without name or detail");
  if (ev->conn == 0) {
    IKF_CHECK(strcmp(ev->name, "warning") == 0, "trace: \"%s\" event without a connection",
              ev->name);
    return;
  }
  tr_conn *c = tr_get(s, ev->conn, ev->name);
  if (strcmp(ev->name, "open") == 0) {
    IKF_CHECK(!c->open && !c->closed, "trace: connection %u opened twice", ev->conn);
    c->open = 1;
    return;
  }
  IKF_CHECK(c->open && !c->closed, "trace: \"%s\" for connection %u, which is not open", ev->name,
            ev->conn);
  if (strcmp(ev->name, "close") == 0) {
    c->closed = 1;
    for (int k = 0; k < 2; k++) {
      ikf_stream_finish(&c->d[k].imap);
      ikf_stream_free(&c->d[k].imap);
    }
    return;
  }
  if (strcmp(ev->name, "role") == 0) {
    tr_dir t = c->d[0];
    c->d[0] = c->d[1];
    c->d[1] = t;
    /* the parsers' sides follow the roles */
    ikf_stream_free(&c->d[0].imap);
    ikf_stream_free(&c->d[1].imap);
    for (int k = 0; k < 2; k++) {
      ikf_opts o;
      ikf_opts_from_byte(&o, k == IKT_C2S ? IK_SIDE_CLIENT : IK_SIDE_SERVER, 0);
      ikf_stream_init(&c->d[k].imap, &o);
    }
    return;
  }
  if (strcmp(ev->name, "gap") == 0 || strcmp(ev->name, "fin") == 0) {
    IKF_CHECK(ev->dir == IKT_C2S || ev->dir == IKT_S2C, "trace: %s in direction %d", ev->name,
              ev->dir);
    tr_dir *d = &c->d[ev->dir];
    IKF_CHECK(!d->fin, "trace: %s after the FIN", ev->name);
    IKF_CHECK(ev->offset == d->next, "trace: %s at offset %llu, expected %llu", ev->name,
              (unsigned long long)ev->offset, (unsigned long long)d->next);
    if (ev->name[0] == 'g') {
      IKF_CHECK(ev->bytes > 0, "trace: a gap of 0 bytes");
      d->next += ev->bytes;
      s->gaps++;
      s->gap_bytes += ev->bytes;
      /* bytes were lost: the message in progress is gone */
      ikf_stream_finish(&d->imap);
      ikf_stream_free(&d->imap);
      ikf_opts o;
      ikf_opts_from_byte(&o, ev->dir == IKT_C2S ? IK_SIDE_CLIENT : IK_SIDE_SERVER, 0);
      ikf_stream_init(&d->imap, &o);
    } else {
      d->fin = 1;
    }
  }
}

int ik_fuzz_trace(const uint8_t *data, size_t size) {
#ifdef IKF_TRACE_WEAK
  if (!ikt_trace_open_mem || !ikt_trace_run || !ikt_trace_stats || !ikt_trace_close ||
      !ikt_trace_set_server)
    return 0;
#endif
  tr_state s;
  memset(&s, 0, sizeof s);
  ikt_options o;
  memset(&o, 0, sizeof o);
  o.ud = &s;
  o.on_conn = tr_on_conn;
  o.on_data = tr_on_data;
  o.on_event = tr_on_event;
  o.max_conns = 4;
  o.max_closed = 4;
  o.max_ooo_bytes = 4096;
  o.max_ooo_segments = 16;
  o.max_total_ooo_bytes = 8192;
  o.max_warnings = 3;
  char err[256];
  s.t = ikt_trace_open_mem(data, size, &o, err, sizeof err);
  if (!s.t) {
    IKF_CHECK(memchr(err, 0, sizeof err) != NULL, "trace: unterminated error message");
    free(s.c);
    return 0;
  }
  int rc = ikt_trace_run(s.t);
  IKF_CHECK(rc == 0 || rc == -1, "trace: ikt_trace_run returned %d", rc);
  ikt_stats st;
  ikt_trace_stats(s.t, &st);
  IKF_CHECK(st.conns == s.n, "trace: stats say %llu connections, %zu announced",
            (unsigned long long)st.conns, s.n);
  IKF_CHECK(st.bytes[0] == s.bytes[0] && st.bytes[1] == s.bytes[1],
            "trace: stats say %llu+%llu bytes, callbacks saw %llu+%llu",
            (unsigned long long)st.bytes[0], (unsigned long long)st.bytes[1],
            (unsigned long long)s.bytes[0], (unsigned long long)s.bytes[1]);
  IKF_CHECK(st.gaps == s.gaps && st.gap_bytes == s.gap_bytes,
            "trace: stats say %llu gaps (%llu bytes), events said %llu (%llu)",
            (unsigned long long)st.gaps, (unsigned long long)st.gap_bytes,
            (unsigned long long)s.gaps, (unsigned long long)s.gap_bytes);
  IKF_CHECK(st.frames <= size / 16 + 1, "trace: %llu frames from %zu bytes",
            (unsigned long long)st.frames, size);
  ikt_trace_close(s.t);
  for (size_t k = 1; k <= s.n; k++) {
    IKF_CHECK(s.c[k].open && s.c[k].closed, "trace: connection %zu was %s", k,
              s.c[k].open ? "never closed" : "never opened");
  }
  free(s.c);
  return 0;
}
#endif
