/*
 * imapkit trace: every IMAP conversation of a pcap or pcapng capture.
 *
 * tools/trace/ delivers each TCP connection's two byte streams in capture
 * order; this file is the session on top: one message stream per direction,
 * and the protocol state that changes what the bytes are — STARTTLS and
 * implicit TLS (decrypted with a key log, else reported), COMPRESS=DEFLATE
 * (inflated) — plus the warnings a decoder that sees both sides can give.
 */
#include "cli.h"
#include "trace/inflate.h"
#include "trace/keylog.h"
#include "trace/tls.h"
#include "trace/trace.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_TAGS 64 /* commands remembered per connection, to match responses */

typedef enum { PHASE_PLAIN = 0, PHASE_TLS, PHASE_OPAQUE, PHASE_DEAD } phase;

typedef struct pending_tag {
  char tag[48];
  size_t len;    /* strlen(tag) */
  uint32_t hash; /* tag_hash(tag, len): most entries are told apart without memcmp */
  ik_kw name;    /* the command (UID commands: the word after UID) */
  int used;
} pending_tag;

typedef struct tracer tracer;

typedef struct conn {
  unsigned id;
  tracer *tr;
  ikc_stream dir[2];     /* IKT_C2S: client side, IKT_S2C: server side */
  phase ph;
  ikt_tls *tls;
  ikt_inflate *z[2];     /* after COMPRESS DEFLATE */
  int z_on;              /* both directions inflate from now on */
  /* a command whose answer changes the stream: STARTTLS or COMPRESS */
  char switch_tag[48];
  ik_kw switch_cmd;      /* IK_KW_STARTTLS, IK_KW_COMPRESS, or NONE */
  unsigned char *held;   /* client bytes that came after it, before the answer */
  size_t held_len;
  int tls_just_started;  /* STARTTLS accepted: the server's next bytes are TLS */
  int preauth;
  pending_tag tags[MAX_TAGS];
  double ts;
  int ctx_set;           /* extra and prefix hold ts */
  char extra[2][96];
  char prefix[2][96];
  FILE *decoded[2];      /* --dump-streams: K.c2s.decoded, while it may differ */
  int decoded_differs;
  int closed;
  struct conn *hnext;    /* next in its bucket of tracer.tab */
} conn;

struct tracer {
  ikc_format format;
  unsigned out_flags;
  ik_limits limits;
  const ikt_keylog *keylog;
  const char *dump_dir;
  /* The open connections, by id (a chained hash table, a power of two of
   * buckets): a closed connection is freed at once, so memory follows the
   * connections open at a time, not how many the capture holds. Ids come in
   * increasing order (trace.h), so an id up to max_id not in the table is one
   * already closed. */
  conn **tab;
  size_t tabcap, nopen;
  unsigned max_id;
  uint64_t messages, bytes, errors;
  int oom;
};

static conn *get_conn(tracer *tr, unsigned id);
static void drop_conn(tracer *tr, conn *c);

/* ---- events ---- */

static void emit_event(tracer *tr, unsigned cid, double ts, const char *name, const char *detail,
                       int dir) {
  if (tr->format == IKC_NONE) return;
  if (tr->format == IKC_JSON) {
    ik_buf_writer bw;
    unsigned char tmp[1024];
    bw.buf = tmp;
    bw.cap = sizeof tmp;
    bw.len = bw.needed = 0;
    printf("{\"event\":\"%s\",\"conn\":%u,\"ts\":%.6f", name, cid, ts);
    if (dir >= 0) printf(",\"dir\":\"%s\"", dir == IKT_C2S ? "c2s" : "s2c");
    printf(",\"detail\":");
    /* details are ASCII sentences, but escape them properly all the same */
    putchar('"');
    for (const char *p = detail ? detail : ""; *p; p++) {
      unsigned char c = (unsigned char)*p;
      if (c == '"' || c == '\\') printf("\\%c", c);
      else if (c < 0x20 || c >= 0x7f) printf("\\u%04x", c);
      else putchar(c);
    }
    printf("\"}\n");
    (void)bw;
    return;
  }
  printf("[%.6f] #%u %s %s: %s\n", ts, cid, dir < 0 ? "--" : dir == IKT_C2S ? "C>" : "S<", name,
         detail ? detail : "");
}

static void warn(conn *c, const char *detail, int dir) {
  emit_event(c->tr, c->id, c->ts, "warning", detail, dir);
}

/* ---- tags: which command a tagged response answers ---- */

/* FNV-1a: the table is searched on every command and tagged response. */
static uint32_t tag_hash(const char *t, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)t[i]) * 16777619u;
  return h;
}

static int tag_is(const pending_tag *p, const char *t, size_t n, uint32_t h) {
  return p->used && p->hash == h && p->len == n && !memcmp(p->tag, t, n);
}

static void set_tag(pending_tag *p, const char *t, size_t n, uint32_t h, const ik_message *m) {
  memcpy(p->tag, t, n);
  p->tag[n] = 0;
  p->len = n;
  p->hash = h;
  p->name = (m->flags & IK_MF_UID) ? m->sub : m->name;
  p->used = 1;
}

static void remember_tag(conn *c, const ik_message *m) {
  if (!m->tag.len) return;
  size_t n = m->tag.len < sizeof c->tags[0].tag - 1 ? m->tag.len : sizeof c->tags[0].tag - 1;
  const char *t = (const char *)m->base + m->tag.off;
  uint32_t h = tag_hash(t, n);
  for (int i = 0; i < MAX_TAGS; i++)
    if (tag_is(&c->tags[i], t, n, h)) {
      char d[160];
      snprintf(d, sizeof d, "tag \"%s\" reused while a command with that tag is still running",
               c->tags[i].tag);
      warn(c, d, IKT_C2S);
      c->tags[i].name = (m->flags & IK_MF_UID) ? m->sub : m->name;
      return;
    }
  for (int i = 0; i < MAX_TAGS; i++)
    if (!c->tags[i].used) {
      set_tag(&c->tags[i], t, n, h, m);
      return;
    }
  /* table full: the oldest entries are from commands never answered */
  memmove(c->tags, c->tags + 1, sizeof c->tags[0] * (MAX_TAGS - 1));
  set_tag(&c->tags[MAX_TAGS - 1], t, n, h, m);
}

static pending_tag *answer_tag(conn *c, const ik_message *m) {
  size_t n = m->tag.len;
  const char *t = (const char *)m->base + m->tag.off;
  if (n >= sizeof c->tags[0].tag) return NULL; /* longer than any kept */
  uint32_t h = tag_hash(t, n);
  for (int i = 0; i < MAX_TAGS; i++)
    if (tag_is(&c->tags[i], t, n, h)) return &c->tags[i];
  return NULL;
}

/* The response code of a status response, if any. */
static const ik_node *resp_code(const ik_message *m) {
  for (const ik_node *n = m->args; n; n = n->next)
    if (n->kind == IK_N_RESP_CODE) return n;
  return NULL;
}

/* ---- TLS and DEFLATE ---- */

static void feed_imap(conn *c, int dir, const unsigned char *p, size_t n);
static void server_rest(conn *c);

static void tls_event(void *ud, const ikt_tls_event *ev) {
  conn *c = ud;
  char d[256];
  if (ev->kind == IKT_TLS_EV_TLS) {
    snprintf(d, sizeof d, "%s%s%s%s%s%s", ev->detail ? ev->detail : "",
             ev->version_name ? ", " : "", ev->version_name ? ev->version_name : "",
             ev->suite_name ? ", " : "", ev->suite_name ? ev->suite_name : "",
             ev->resumed ? ", resumed" : "");
    emit_event(c->tr, c->id, c->ts, "tls", d, -1);
    if (ev->stopped && c->ph == PHASE_TLS) c->ph = PHASE_OPAQUE;
  } else if (ev->kind == IKT_TLS_EV_ALERT) {
    snprintf(d, sizeof d, "%s alert %s (%d)", ev->alert_level == 2 ? "fatal" : "warning",
             ev->alert_name ? ev->alert_name : "unknown", ev->alert_description);
    emit_event(c->tr, c->id, c->ts, "alert", d, ev->dir);
  } else {
    emit_event(c->tr, c->id, c->ts, "close_notify", "close_notify", ev->dir);
  }
}

static void tls_data(void *ud, int dir, const unsigned char *p, size_t n) {
  conn *c = ud;
  c->decoded_differs = 1;
  feed_imap(c, dir, p, n);
}

static void start_tls(conn *c, const char *why) {
  if (c->tr->keylog) {
    ikt_tls_callbacks cb = {tls_event, tls_data};
    c->tls = ikt_tls_new(c->tr->keylog, &cb, c);
    c->ph = c->tls ? PHASE_TLS : PHASE_OPAQUE;
  } else {
    c->ph = PHASE_OPAQUE;
  }
  char d[200];
  snprintf(d, sizeof d, "%s%s", why,
           c->tr->keylog ? "" : "; not decrypted (no --keylog given)");
  emit_event(c->tr, c->id, c->ts, "tls", d, -1);
}

typedef struct zsink {
  conn *c;
  int dir;
} zsink;

static int inflated(void *ud, const unsigned char *p, size_t n) {
  zsink *z = ud;
  z->c->decoded_differs = 1;
  ikc_stream_feed(&z->c->dir[z->dir], p, n);
  if (z->c->decoded[z->dir]) fwrite(p, 1, n, z->c->decoded[z->dir]);
  return 0;
}

/* Bytes that are IMAP (plaintext, decrypted) for one direction. */
static void feed_imap(conn *c, int dir, const unsigned char *p, size_t n) {
  if (!n || c->ph == PHASE_DEAD) return;
  if (c->z_on && c->z[dir]) {
    zsink zs = {c, dir};
    size_t used = 0;
    ikt_inflate_status st = ikt_inflate_feed(c->z[dir], p, n, inflated, &zs, &used);
    if (st != IKT_INFLATE_OK && st != IKT_INFLATE_END) {
      char d[200];
      snprintf(d, sizeof d, "DEFLATE stream broken: %s; decoding of this direction stops",
               ikt_inflate_error(c->z[dir]));
      emit_event(c->tr, c->id, c->ts, "compress", d, dir);
      ikt_inflate_free(c->z[dir]);
      c->z[dir] = NULL;
      c->z_on = 0;
      c->ph = PHASE_DEAD;
    }
    return;
  }
  ikc_stream *s = &c->dir[dir];
  if (dir == IKT_C2S && c->switch_cmd != IK_KW_NONE && s->stopped) {
    /* Held until the server answers the STARTTLS or COMPRESS. */
    unsigned char *nb = realloc(c->held, c->held_len + n);
    if (!nb) return;
    memcpy(nb + c->held_len, p, n);
    c->held = nb;
    c->held_len += n;
    return;
  }
  if (c->decoded[dir]) fwrite(p, 1, n, c->decoded[dir]);
  ikc_stream_feed(s, p, n);
  if (dir == IKT_S2C && s->stopped) server_rest(c);
}

/* ---- the session: what each message changes ---- */

static void resume_after_switch(conn *c, int accepted);

/* A message with literals that does not parse: the usual cause is a literal
 * whose announced size is not the size of its data (Lotus Domino, Rambler). */
static void literal_warning(conn *c, ikc_stream *s, int dir) {
  if (!s->last_literals) return;
  warn(c, "a message with literals does not parse: a literal's announced size may not match "
          "its data, and what follows it may be misread", dir);
}

static int on_client_message(void *ud, ikc_stream *s, const ik_message *m) {
  conn *c = ud;
  if (!m) literal_warning(c, s, IKT_C2S);
  if (!m || m->kind != IK_MSG_COMMAND) return 0;
  remember_tag(c, m);
  if (m->name == IK_KW_STARTTLS || m->name == IK_KW_COMPRESS) {
    if (m->name == IK_KW_STARTTLS && c->preauth)
      warn(c, "client asks for STARTTLS on a connection the server greeted with PREAUTH "
              "(the client should not go on without TLS)", IKT_C2S);
    size_t n = m->tag.len < sizeof c->switch_tag - 1 ? m->tag.len : sizeof c->switch_tag - 1;
    memcpy(c->switch_tag, m->base + m->tag.off, n);
    c->switch_tag[n] = 0;
    c->switch_cmd = m->name;
    /* Whatever the client sends next is held until the server answers. */
    return 1;
  }
  return 0;
}

static int on_server_message(void *ud, ikc_stream *s, const ik_message *m) {
  conn *c = ud;
  if (!m) {
    literal_warning(c, s, IKT_S2C);
    return 0;
  }
  if (m->kind == IK_MSG_UNTAGGED && m->name == IK_KW_PREAUTH && s->messages == 1) c->preauth = 1;
  if (m->kind != IK_MSG_TAGGED) return 0;
  pending_tag *pt = answer_tag(c, m);
  const ik_node *code = resp_code(m);
  if (code && pt) {
    ik_kw k = (ik_kw)code->id;
    const char *bad = NULL;
    if (k == IK_KW_APPENDUID && pt->name != IK_KW_APPEND) bad = "APPENDUID";
    if (k == IK_KW_COPYUID && pt->name != IK_KW_COPY && pt->name != IK_KW_MOVE) bad = "COPYUID";
    if (bad) {
      char d[200];
      snprintf(d, sizeof d, "response code %s answers %s, a command that cannot have it", bad,
               ik_keyword_name(pt->name)[0] ? ik_keyword_name(pt->name) : "an unknown command");
      warn(c, d, IKT_S2C);
    }
  }
  if (pt) pt->used = 0;
  if (c->switch_cmd != IK_KW_NONE && m->tag.len == strlen(c->switch_tag) &&
      !memcmp(m->base + m->tag.off, c->switch_tag, m->tag.len)) {
    int ok = m->name == IK_KW_OK;
    resume_after_switch(c, ok);
    return ok; /* after an OK, the server's next bytes are TLS or compressed */
  }
  return 0;
}

/* The server answered STARTTLS or COMPRESS: route what was held. */
static void resume_after_switch(conn *c, int accepted) {
  ik_kw cmd = c->switch_cmd;
  c->switch_cmd = IK_KW_NONE;
  unsigned char *held = c->held;
  size_t held_len = c->held_len;
  c->held = NULL;
  c->held_len = 0;
  unsigned char *rest = NULL;
  size_t rest_len = 0;
  ikc_stream_take(&c->dir[IKT_C2S], &rest, &rest_len);
  /* held bytes: first those behind the command in the client's buffer */
  size_t all = rest_len + held_len;
  unsigned char *cbytes = NULL;
  if (all) {
    cbytes = malloc(all);
    if (cbytes) {
      if (rest_len) memcpy(cbytes, rest, rest_len);
      if (held_len) memcpy(cbytes + rest_len, held, held_len);
    } else {
      all = 0;
    }
  }
  free(rest);
  free(held);
  if (!accepted) {
    feed_imap(c, IKT_C2S, cbytes, all);
    free(cbytes);
    return;
  }
  if (cmd == IK_KW_STARTTLS) {
    if (all && !ikt_tls_sniff(cbytes, all)) {
      warn(c, "client sent plaintext after STARTTLS before TLS began (command injection: "
              "a vulnerable server runs it as if it came over TLS)", IKT_C2S);
      /* show what was injected, then treat the rest as the TLS stream */
      feed_imap(c, IKT_C2S, cbytes, all);
      free(cbytes);
      cbytes = NULL;
      all = 0;
    }
    start_tls(c, "STARTTLS accepted: the connection continues in TLS");
    c->tls_just_started = 1;
    if (c->tls && all) ikt_tls_feed(c->tls, IKT_C2S, cbytes, all);
  } else {
    emit_event(c->tr, c->id, c->ts, "compress", "COMPRESS DEFLATE accepted: both directions are inflated from here", -1);
    for (int d = 0; d < 2; d++) {
      if (!c->z[d]) c->z[d] = ikt_inflate_new(NULL);
    }
    c->z_on = c->z[0] && c->z[1];
    c->decoded_differs = 1;
    if (all) feed_imap(c, IKT_C2S, cbytes, all);
  }
  free(cbytes);
}

/* After a server OK that switches the stream, what the server sent behind it. */
static void server_rest(conn *c) {
  ikc_stream *s = &c->dir[IKT_S2C];
  if (!s->stopped) return;
  unsigned char *rest = NULL;
  size_t n = 0;
  ikc_stream_take(s, &rest, &n);
  int to_tls = c->tls_just_started;
  c->tls_just_started = 0;
  if (n && to_tls && !ikt_tls_sniff(rest, n)) {
    warn(c, "server sent more after its STARTTLS OK in the same read, before TLS began "
            "(response injection: a vulnerable client takes it as if it came over TLS)",
         IKT_S2C);
  }
  if (n) {
    if (to_tls) {
      if (c->ph == PHASE_TLS && c->tls) ikt_tls_feed(c->tls, IKT_S2C, rest, n);
    } else {
      feed_imap(c, IKT_S2C, rest, n); /* COMPRESS: inflated from here */
    }
  }
  free(rest);
}

/* ---- trace callbacks ---- */

/* Appends n bytes of s to dst (cap bytes, *at used), truncating as snprintf. */
static void put(char *dst, size_t cap, size_t *at, const char *s, size_t n) {
  size_t room = cap - 1 - *at;
  if (n > room) n = room;
  memcpy(dst + *at, s, n);
  *at += n;
  dst[*at] = 0;
}

/* Called for every piece of data and event (a packet's worth): the time is
 * formatted once for the four strings, and not at all when it did not change. */
static void set_context(conn *c, double ts) {
  if (c->ctx_set && ts == c->ts) return;
  c->ts = ts;
  c->ctx_set = 1;
  char t[128], id[16], head[48];
  int tl = snprintf(t, sizeof t, "%.6f", ts);
  size_t tn = tl < 0 ? 0 : (size_t)tl < sizeof t ? (size_t)tl : sizeof t - 1;
  int il = snprintf(id, sizeof id, "%u", c->id);
  int hl = snprintf(head, sizeof head, "\"conn\":%u,\"ts\":", c->id);
  size_t at = 0;
  c->extra[0][0] = 0;
  put(c->extra[0], sizeof c->extra[0], &at, head, hl > 0 ? (size_t)hl : 0);
  put(c->extra[0], sizeof c->extra[0], &at, t, tn);
  /* the pretty block itself says the direction (C> / S<): "[TS] #K " */
  at = 0;
  c->prefix[0][0] = 0;
  put(c->prefix[0], sizeof c->prefix[0], &at, "[", 1);
  put(c->prefix[0], sizeof c->prefix[0], &at, t, tn);
  put(c->prefix[0], sizeof c->prefix[0], &at, "] #", 3);
  put(c->prefix[0], sizeof c->prefix[0], &at, id, il > 0 ? (size_t)il : 0);
  put(c->prefix[0], sizeof c->prefix[0], &at, " ", 1);
  memcpy(c->extra[1], c->extra[0], sizeof c->extra[0]);
  memcpy(c->prefix[1], c->prefix[0], sizeof c->prefix[0]);
}

static void on_conn(void *ud, const ikt_conn_info *ci) {
  tracer *tr = ud;
  conn *c = get_conn(tr, ci->conn);
  if (!c) return;
  char d[200];
  snprintf(d, sizeof d, "%s:%u -> %s:%u%s", ci->client, ci->client_port, ci->server,
           ci->server_port, ci->midstream ? " (caught mid-stream)" : "");
  emit_event(tr, c->id, ci->ts, "open", d, -1);
}

static void on_data(void *ud, unsigned cid, int dir, double ts, uint64_t offset,
                    const unsigned char *bytes, size_t len) {
  tracer *tr = ud;
  (void)offset;
  conn *c = get_conn(tr, cid);
  if (!c || c->closed) return;
  set_context(c, ts);
  if (c->ph == PHASE_PLAIN && dir == IKT_C2S && c->dir[IKT_C2S].bytes == 0 &&
      c->dir[IKT_S2C].bytes == 0 && c->switch_cmd == IK_KW_NONE && ikt_tls_sniff(bytes, len))
    start_tls(c, "the connection opens with a TLS handshake (implicit TLS)");
  switch (c->ph) {
  case PHASE_PLAIN:
    feed_imap(c, dir, bytes, len);
    break;
  case PHASE_TLS:
    if (c->tls) ikt_tls_feed(c->tls, dir, bytes, len);
    break;
  case PHASE_OPAQUE:
  case PHASE_DEAD:
    break;
  }
}

static void finish_conn(conn *c) {
  if (c->closed) return;
  c->closed = 1;
  if (c->tls) {
    ikt_tls_end(c->tls, 0);
    ikt_tls_end(c->tls, 1);
  }
  for (int d = 0; d < 2; d++) {
    ikc_stream_finish(&c->dir[d]);
    c->tr->messages += c->dir[d].messages;
    c->tr->bytes += c->dir[d].bytes;
    c->tr->errors += c->dir[d].errors;
  }
  if (c->tr->dump_dir) {
    for (int d = 0; d < 2; d++) {
      if (!c->decoded[d]) continue;
      fclose(c->decoded[d]);
      c->decoded[d] = NULL;
      if (!c->decoded_differs) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%u.%s.decoded", c->tr->dump_dir, c->id,
                 d == IKT_C2S ? "c2s" : "s2c");
        remove(path);
      }
    }
  }
  if (c->tls) ikt_tls_free(c->tls);
  c->tls = NULL;
  for (int d = 0; d < 2; d++) {
    if (c->z[d]) ikt_inflate_free(c->z[d]);
    c->z[d] = NULL;
    ikc_stream_free(&c->dir[d]);
  }
  free(c->held);
  c->held = NULL;
}

static void on_event(void *ud, const ikt_event *ev) {
  tracer *tr = ud;
  if (!strcmp(ev->name, "open")) return; /* reported by on_conn with addresses */
  conn *c = ev->conn ? get_conn(tr, ev->conn) : NULL;
  if (c) set_context(c, ev->ts);
  if (!strcmp(ev->name, "gap") && c) {
    /* Decoding resumes at the next message boundary that can be found. */
    emit_event(tr, ev->conn, ev->ts, "gap", ev->detail, ev->dir);
    if (c->ph == PHASE_TLS && c->tls) {
      ikt_tls_gap(c->tls, ev->dir, ev->bytes);
    } else if (ev->dir == IKT_C2S || ev->dir == IKT_S2C) {
      ikc_stream_reset(&c->dir[ev->dir]);
    }
    return;
  }
  emit_event(tr, ev->conn, ev->ts, ev->name, ev->detail, ev->dir);
  if (!strcmp(ev->name, "close") && c) {
    finish_conn(c);
    drop_conn(tr, c);
  }
}

static conn *get_conn(tracer *tr, unsigned id) {
  if (id == 0) return NULL;
  if (tr->tabcap) {
    for (conn *c = tr->tab[id & (tr->tabcap - 1)]; c; c = c->hnext)
      if (c->id == id) return c;
  }
  if (id <= tr->max_id) return NULL; /* closed and freed */
  if (tr->nopen + 1 > tr->tabcap) {
    size_t nc = tr->tabcap ? tr->tabcap * 2 : 64;
    conn **n = calloc(nc, sizeof *n);
    if (!n) {
      tr->oom = 1;
      return NULL;
    }
    for (size_t i = 0; i < tr->tabcap; i++)
      for (conn *c = tr->tab[i], *next; c; c = next) {
        next = c->hnext;
        c->hnext = n[c->id & (nc - 1)];
        n[c->id & (nc - 1)] = c;
      }
    free(tr->tab);
    tr->tab = n;
    tr->tabcap = nc;
  }
  conn *c = calloc(1, sizeof *c);
  if (!c) {
    tr->oom = 1;
    return NULL;
  }
  c->id = id;
  c->tr = tr;
  c->switch_cmd = IK_KW_NONE;
  for (int d = 0; d < 2; d++) {
    ikc_stream *s = &c->dir[d];
    ikc_stream_init(s, d == IKT_C2S ? IK_SIDE_CLIENT : IK_SIDE_SERVER, 0, &tr->limits, tr->format,
                    tr->out_flags, stdout, stderr);
    s->extra_json = c->extra[d];
    s->pretty_prefix = c->prefix[d];
    s->ud = c;
    s->on_message = d == IKT_C2S ? on_client_message : on_server_message;
    if (tr->dump_dir) {
      char path[4096];
      snprintf(path, sizeof path, "%s/%u.%s.decoded", tr->dump_dir, id, d == IKT_C2S ? "c2s" : "s2c");
      c->decoded[d] = fopen(path, "wb");
    }
  }
  set_context(c, 0);
  c->hnext = tr->tab[id & (tr->tabcap - 1)];
  tr->tab[id & (tr->tabcap - 1)] = c;
  tr->nopen++;
  tr->max_id = id;
  return c;
}

/* Takes a finished connection out of the table and frees it. */
static void drop_conn(tracer *tr, conn *c) {
  for (conn **pp = &tr->tab[c->id & (tr->tabcap - 1)]; *pp; pp = &(*pp)->hnext)
    if (*pp == c) {
      *pp = c->hnext;
      tr->nopen--;
      break;
    }
  free(c);
}

static int by_id(const void *a, const void *b) {
  unsigned x = (*(conn *const *)a)->id, y = (*(conn *const *)b)->id;
  return x < y ? -1 : x > y;
}

int ikc_cmd_trace(int argc, char **argv) {
  tracer tr;
  memset(&tr, 0, sizeof tr);
  tr.format = IKC_PRETTY;
  ik_limits_default(&tr.limits);
  const char *path = NULL, *keylog_path = NULL;
  uint16_t ports[64];
  size_t nports = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    uint64_t n;
    if (!strcmp(a, "--format")) {
      if (!v || !ikc_parse_format(v, 0, &tr.format)) return ikc_usage_error("trace: unknown format '%s'", v);
      i++;
    } else if (!strcmp(a, "--port")) {
      if (!ikc_parse_u64(v, &n) || n == 0 || n > 65535) return ikc_usage_error("--port needs a port number", NULL);
      if (nports < sizeof ports / sizeof ports[0]) ports[nports++] = (uint16_t)n;
      i++;
    } else if (!strcmp(a, "--keylog")) {
      if (!v) return ikc_usage_error("--keylog needs a file", NULL);
      keylog_path = v;
      i++;
    } else if (!strcmp(a, "--dump-streams")) {
      if (!v) return ikc_usage_error("--dump-streams needs a directory", NULL);
      tr.dump_dir = v;
      i++;
    } else if (!strcmp(a, "--show-secrets")) {
      tr.out_flags |= IK_OUT_SHOW_SECRETS;
    } else if (a[0] == '-' && a[1]) {
      return ikc_usage_error("trace: unknown option '%s'", a);
    } else {
      if (path) return ikc_usage_error("trace: more than one capture", NULL);
      path = a;
    }
  }
  if (!path) return ikc_usage_error("trace: no capture given", NULL);
  if (tr.format == IKC_PRETTY) tr.out_flags |= ikc_color_flag();
  char err[512];
  ikt_keylog *kl = NULL;
  if (keylog_path) {
    kl = ikt_keylog_load(keylog_path, err, sizeof err);
    if (!kl) {
      fprintf(stderr, "imapkit: %s\n", err);
      fprintf(stderr, "imapkit: 0 messages, 0 bytes, 0 errors\n");
      return 2;
    }
    tr.keylog = kl;
  }
  if (tr.dump_dir && mkdir(tr.dump_dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "imapkit: cannot create %s: %s\n", tr.dump_dir, strerror(errno));
    fprintf(stderr, "imapkit: 0 messages, 0 bytes, 0 errors\n");
    if (kl) ikt_keylog_free(kl);
    return 2;
  }
  ikt_options o;
  memset(&o, 0, sizeof o);
  o.ports = ports;
  o.nports = nports;
  o.ud = &tr;
  o.on_conn = on_conn;
  o.on_data = on_data;
  o.on_event = on_event;
  ikt_trace *t = ikt_trace_open(path, &o, err, sizeof err);
  if (!t) {
    fprintf(stderr, "imapkit: %s\n", err);
    fprintf(stderr, "imapkit: 0 messages, 0 bytes, 0 errors\n");
    if (kl) ikt_keylog_free(kl);
    return 2;
  }
  int rc = 0;
  if (tr.dump_dir && ikt_trace_dump_streams(t, tr.dump_dir, err, sizeof err) < 0) {
    fprintf(stderr, "imapkit: %s\n", err);
    rc = 2;
  }
  if (!rc && ikt_trace_run(t) < 0) fprintf(stderr, "imapkit: warning: %s\n", ikt_trace_error(t));
  ikt_trace_close(t);
  /* Connections still open (every one normally got its close): in id order. */
  conn **left = tr.nopen ? malloc(tr.nopen * sizeof *left) : NULL;
  size_t nleft = 0;
  for (size_t i = 0; i < tr.tabcap; i++)
    for (conn *c = tr.tab[i]; c; c = c->hnext)
      if (left) left[nleft++] = c;
  if (nleft) qsort(left, nleft, sizeof *left, by_id);
  for (size_t i = 0; i < nleft; i++) finish_conn(left[i]);
  for (size_t i = 0; i < nleft; i++) drop_conn(&tr, left[i]);
  free(left);
  free(tr.tab);
  if (kl) ikt_keylog_free(kl);
  fflush(stdout);
  fprintf(stderr, "imapkit: %llu messages, %llu bytes, %llu errors\n",
          (unsigned long long)tr.messages, (unsigned long long)tr.bytes,
          (unsigned long long)tr.errors);
  if (!rc && tr.oom) rc = 2;
  if (!rc && tr.errors) rc = 1;
  return rc;
}
