/*
 * tcp.c - TCP connection tracking over per-direction reassembly (stream.c).
 */
#include "tcp.h"

#include "stream.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEF_MAX_CONNS 65536u
#define DEF_MAX_CLOSED 65536u
#define DEF_OOO_BYTES ((size_t)4 << 20)
#define DEF_OOO_SEGMENTS 4096u
#define DEF_TOTAL_OOO ((size_t)128 << 20)
#define MIN_BUCKETS 256u

/* family, lower endpoint (16-byte address, 2-byte port), higher endpoint, padding */
#define KEYLEN 40

typedef struct conn conn;

/* A direction holding out-of-order bytes, in the tracker-wide list that the
 * total limit walks oldest first. */
typedef struct dirlink {
    conn *c;
    int side;
    int linked;
    size_t accounted;          /* this stream's bytes as counted in total_buffered */
    struct dirlink *prev, *next;
} dirlink;

struct conn {
    unsigned id;
    unsigned char key[KEYLEN];
    uint64_t hash;
    int family;
    unsigned char addr[2][16]; /* side 0 sent the first packet we saw */
    uint16_t port[2];
    int client;                /* which side is the client */
    ikt_role role;
    int midstream;
    int closed;                /* a tombstone: remembered so stray packets open nothing */
    int syn[2];
    uint32_t isn[2];
    int warned[2];             /* "after FIN" warning given for that side */
    double first_ts;
    ikt_stream_state st[2];          /* st[s]: the bytes side s sent */
    dirlink ooo[2];
    conn *hnext;               /* hash chain */
    conn *prev, *next;         /* open list (least recently active first) or closed list */
};

typedef struct clist {
    conn *head, *tail;
    size_t n;
} clist;

struct ikt_tcp {
    ikt_tcp_config cfg;
    uint16_t *ports;
    ikt_stream_limits lim;
    conn **buckets;
    size_t nbuckets, count;
    clist open, closed;
    dirlink *ooo_head, *ooo_tail;
    size_t total_buffered;
    unsigned next_id;
    uint64_t k0, k1;           /* hash key, per tracker */
    conn *cur;                 /* connection of the packet being processed */
    double ts;                 /* time and frame of that packet, for events */
    uint64_t frame;
    ikt_tcp_stats stats;
};

/* The context a stream's sink needs to turn its output into callbacks. */
typedef struct sctx {
    ikt_tcp *t;
    conn *c;
    int side;
} sctx;

/* ---- hashing ----------------------------------------------------------- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                   \
    do {                                                                                           \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);                                  \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                                                     \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                                                     \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);                                  \
    } while (0)

/* SipHash-2-4 with a key chosen per tracker: the 4-tuples come from an
 * untrusted capture, and a fixed hash would let a crafted file put every
 * connection in one bucket (quadratic time). */
static uint64_t siphash(const unsigned char *in, size_t len, uint64_t k0, uint64_t k1)
{
    uint64_t v0 = 0x736f6d6570736575ULL ^ k0, v1 = 0x646f72616e646f6dULL ^ k1;
    uint64_t v2 = 0x6c7967656e657261ULL ^ k0, v3 = 0x7465646279746573ULL ^ k1;
    uint64_t b = (uint64_t)len << 56;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t m = 0;
        for (int j = 0; j < 8; j++)
            m |= (uint64_t)in[i + (size_t)j] << (8 * j);
        v3 ^= m;
        SIPROUND;
        SIPROUND;
        v0 ^= m;
    }
    for (int j = 0; i + (size_t)j < len; j++)
        b |= (uint64_t)in[i + (size_t)j] << (8 * j);
    v3 ^= b;
    SIPROUND;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

/* The key puts the lower endpoint first, so that a packet and its reply map to
 * the same connection. */
static void make_key(const ikt_packet *p, unsigned char key[KEYLEN])
{
    unsigned char a[18], b[18];
    memcpy(a, p->src, 16);
    a[16] = (unsigned char)(p->sport >> 8);
    a[17] = (unsigned char)p->sport;
    memcpy(b, p->dst, 16);
    b[16] = (unsigned char)(p->dport >> 8);
    b[17] = (unsigned char)p->dport;
    memset(key, 0, KEYLEN);
    key[0] = (unsigned char)p->family;
    int lo = memcmp(a, b, 18) <= 0;
    memcpy(key + 1, lo ? a : b, 18);
    memcpy(key + 19, lo ? b : a, 18);
}

/* Chained lookup; the stored hash avoids most key comparisons. */
static conn *lookup(const ikt_tcp *t, const unsigned char *key, uint64_t h)
{
    for (conn *c = t->buckets[h & (t->nbuckets - 1)]; c; c = c->hnext)
        if (c->hash == h && memcmp(c->key, key, KEYLEN) == 0)
            return c;
    return NULL;
}

/* Keep chains short by doubling when there are as many entries as buckets.  If
 * the bigger array cannot be had, the old one still works, only slower. */
static void maybe_grow(ikt_tcp *t)
{
    if (t->count < t->nbuckets)
        return;
    size_t nb = t->nbuckets * 2;
    conn **b = calloc(nb, sizeof *b);
    if (b == NULL)
        return;
    for (size_t i = 0; i < t->nbuckets; i++) {
        conn *c = t->buckets[i];
        while (c) {
            conn *n = c->hnext;
            c->hnext = b[c->hash & (nb - 1)];
            b[c->hash & (nb - 1)] = c;
            c = n;
        }
    }
    free(t->buckets);
    t->buckets = b;
    t->nbuckets = nb;
}

/* Unchain a connection; called only when it is forgotten for good. */
static void hash_remove(ikt_tcp *t, conn *c)
{
    conn **pp = &t->buckets[c->hash & (t->nbuckets - 1)];
    while (*pp && *pp != c)
        pp = &(*pp)->hnext;
    if (*pp)
        *pp = c->hnext;
    t->count--;
}

/* ---- lists --------------------------------------------------------------- */

/* Doubly linked lists make LRU moves and tombstone expiry O(1) per packet. */
static void list_remove(clist *l, conn *c)
{
    if (c->prev)
        c->prev->next = c->next;
    else
        l->head = c->next;
    if (c->next)
        c->next->prev = c->prev;
    else
        l->tail = c->prev;
    c->prev = c->next = NULL;
    l->n--;
}

/* Appending marks "most recent": eviction and expiry take the head. */
static void list_append(clist *l, conn *c)
{
    c->prev = l->tail;
    c->next = NULL;
    if (l->tail)
        l->tail->next = c;
    else
        l->head = c;
    l->tail = c;
    l->n++;
}

/* A direction leaves the total-limit list once it holds nothing. */
static void ooo_unlink(ikt_tcp *t, dirlink *d)
{
    if (!d->linked)
        return;
    if (d->prev)
        d->prev->next = d->next;
    else
        t->ooo_head = d->next;
    if (d->next)
        d->next->prev = d->prev;
    else
        t->ooo_tail = d->prev;
    d->prev = d->next = NULL;
    d->linked = 0;
}

/* A direction joins the total-limit list (at the back) when it starts holding. */
static void ooo_append(ikt_tcp *t, dirlink *d)
{
    d->prev = t->ooo_tail;
    d->next = NULL;
    if (t->ooo_tail)
        t->ooo_tail->next = d;
    else
        t->ooo_head = d;
    t->ooo_tail = d;
    d->linked = 1;
}

/* After any stream operation: bring the tracker-wide count of held bytes and
 * the list of directions holding bytes up to date. */
static void account(ikt_tcp *t, conn *c, int side)
{
    dirlink *d = &c->ooo[side];
    size_t now = c->st[side].buffered;
    t->total_buffered = t->total_buffered - d->accounted + now;
    d->accounted = now;
    if (c->st[side].npieces && !d->linked)
        ooo_append(t, d);
    else if (!c->st[side].npieces && d->linked)
        ooo_unlink(t, d);
}

/* ---- callbacks ----------------------------------------------------------- */

static int dir_of(const conn *c, int side) { return side == c->client ? IKT_C2S : IKT_S2C; }

#if defined(__GNUC__)
__attribute__((format(printf, 7, 8)))
#endif
/* Every event goes out through here so that ts and frame are always set the
 * same way.  The detail is formatted on the stack: a callback may re-enter
 * (ikt_tcp_set_server emits "role") without clobbering it. */
static void emit(ikt_tcp *t, unsigned id, int dir, const char *name, uint64_t bytes,
                 uint64_t offset, const char *fmt, ...)
{
    if (t->cfg.on_event == NULL)
        return;
    char detail[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    ikt_event ev = {id, dir, t->ts, name, detail, bytes, offset, t->frame};
    t->cfg.on_event(t->cfg.ud, &ev);
}

/* Words for the gap event's detail, one per reason. */
static const char *gap_why(ikt_gap_reason why)
{
    switch (why) {
    case IKT_GAP_ACKED:
        return "acknowledged but not captured";
    case IKT_GAP_LIMIT:
        return "out-of-order buffer full";
    case IKT_GAP_SNAPLEN:
        return "cut by snapshot length";
    case IKT_GAP_CLOSED:
    default:
        return "connection closed";
    }
}

/* The sink of every stream: the direction is computed at delivery time, so a
 * role swap in the middle of a burst applies to what follows it. */
static void on_stream(void *ctx, ikt_stream_out kind, uint64_t off, const unsigned char *bytes,
                      size_t len, ikt_gap_reason why)
{
    sctx *x = ctx;
    ikt_tcp *t = x->t;
    int dir = dir_of(x->c, x->side);
    switch (kind) {
    case IKT_OUT_DATA:
        t->stats.bytes[dir] += len;
        if (t->cfg.on_data)
            t->cfg.on_data(t->cfg.ud, x->c->id, dir, t->ts, off, bytes, len);
        break;
    case IKT_OUT_GAP:
        t->stats.gaps++;
        t->stats.gap_bytes += len;
        emit(t, x->c->id, dir, "gap", len, off, "%zu bytes missing (%s)", len, gap_why(why));
        break;
    case IKT_OUT_FIN:
        emit(t, x->c->id, dir, "fin", 0, off, "%s", dir == IKT_C2S ? "client done" : "server done");
        break;
    }
}

/* inet_ntop text for conn info and role events; never fails visibly. */
static void addr_text(const conn *c, int side, char *buf, size_t len)
{
    if (inet_ntop(c->family == 4 ? AF_INET : AF_INET6, c->addr[side], buf, (socklen_t)len) == NULL)
        snprintf(buf, len, "?");
}

/* How the roles were decided, in words, for the role event. */
static const char *role_name(ikt_role r)
{
    switch (r) {
    case IKT_ROLE_PORT:
        return "port";
    case IKT_ROLE_SYN:
        return "syn";
    case IKT_ROLE_GUESS:
        return "first packet";
    case IKT_ROLE_CONTENT:
    default:
        return "content";
    }
}

/* Client and server changed places: tell the consumer, whose labels for the
 * bytes it already has are now the wrong way round. */
static void role_changed(ikt_tcp *t, conn *c)
{
    char a[46];
    addr_text(c, c->client, a, sizeof a);
    emit(t, c->id, -1, "role", 0, 0, "client is %s port %u (by %s)", a, c->port[c->client],
         role_name(c->role));
}

/* ---- connection life ----------------------------------------------------- */

/* 143 and 993 always; more from --port.  A short linear list: ports are few. */
static int is_server_port(const ikt_tcp *t, uint16_t port)
{
    if (port == 143 || port == 993)
        return 1;
    for (size_t i = 0; i < t->cfg.nports; i++)
        if (t->ports[i] == port)
            return 1;
    return 0;
}

/* Which side of c sent p: side 0 is the first packet's sender. */
static int side_of(const conn *c, const ikt_packet *p)
{
    return (memcmp(c->addr[0], p->src, 16) == 0 && c->port[0] == p->sport) ? 0 : 1;
}

static void destroy(ikt_tcp *t, conn *c);

/* End a connection: deliver what it still holds (holes become gaps), say why
 * it ended, free its buffers, and keep a small tombstone so that the last ACK
 * or a stray retransmission does not open a phantom connection (tshark keeps
 * such packets in the old stream too). */
static void close_conn(ikt_tcp *t, conn *c, const char *why)
{
    if (c->closed)
        return;
    for (int k = 0; k < 2; k++) {
        int side = k == 0 ? c->client : 1 - c->client;
        sctx x = {t, c, side};
        ikt_stream_flush(&c->st[side], on_stream, &x);
    }
    emit(t, c->id, -1, "close", 0, 0, "%s", why);
    for (int s = 0; s < 2; s++) {
        t->stats.dup_bytes += c->st[s].dup_bytes;
        ikt_stream_free(&c->st[s]);
        account(t, c, s);
    }
    list_remove(&t->open, c);
    c->closed = 1;
    list_append(&t->closed, c);
    /* Never the connection of the packet in hand: its caller still holds it. */
    while (t->closed.n > t->cfg.max_closed && t->closed.head != t->cur)
        destroy(t, t->closed.head);
}

/* Forget a connection entirely. */
static void destroy(ikt_tcp *t, conn *c)
{
    hash_remove(t, c);
    list_remove(c->closed ? &t->closed : &t->open, c);
    for (int s = 0; s < 2; s++) {
        ikt_stream_free(&c->st[s]);
        account(t, c, s);
    }
    if (t->cur == c)
        t->cur = NULL;
    free(c);
}

/* Both FINs reached in order: the conversation is complete. */
static void maybe_close(ikt_tcp *t, conn *c)
{
    if (!c->closed && c->st[0].fin_done && c->st[1].fin_done)
        close_conn(t, c, "fin");
}

/* The client is the side not on a server port; if that does not decide, the
 * SYN's sender; if there was no SYN either, provisionally the first packet's
 * sender, until a SYN or the consumer says otherwise. */
static void decide_role(ikt_tcp *t, conn *c, const ikt_packet *p)
{
    int s0 = is_server_port(t, c->port[0]), s1 = is_server_port(t, c->port[1]);
    if (s0 != s1) {
        c->client = s0 ? 1 : 0;
        c->role = IKT_ROLE_PORT;
    } else if (p->flags & IKT_TCP_SYN) {
        c->client = (p->flags & IKT_TCP_ACK) ? 1 : 0;
        c->role = IKT_ROLE_SYN;
    } else {
        c->client = 0;
        c->role = IKT_ROLE_GUESS;
    }
}

/* A connection's first packet: number it, decide roles, announce it.  The
 * least recently active connection makes room if the table is full, so the
 * number of open connections (and their memory) stays bounded. */
static conn *conn_new(ikt_tcp *t, const ikt_packet *p, const unsigned char *key, uint64_t h)
{
    if (t->open.n >= t->cfg.max_conns && t->open.head)
        close_conn(t, t->open.head, "evicted (too many connections)");
    conn *c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    c->id = ++t->next_id;
    memcpy(c->key, key, KEYLEN);
    c->hash = h;
    c->family = p->family;
    memcpy(c->addr[0], p->src, 16);
    memcpy(c->addr[1], p->dst, 16);
    c->port[0] = p->sport;
    c->port[1] = p->dport;
    c->first_ts = p->ts;
    c->midstream = !(p->flags & IKT_TCP_SYN);
    for (int s = 0; s < 2; s++) {
        ikt_stream_init(&c->st[s]);
        c->ooo[s].c = c;
        c->ooo[s].side = s;
    }
    decide_role(t, c, p);
    size_t b = h & (t->nbuckets - 1);
    c->hnext = t->buckets[b];
    t->buckets[b] = c;
    t->count++;
    list_append(&t->open, c);
    t->stats.conns++;
    maybe_grow(t);
    if (t->cfg.on_conn) {
        ikt_conn_info ci;
        memset(&ci, 0, sizeof ci);
        ci.conn = c->id;
        ci.ts = c->first_ts;
        ci.family = c->family;
        addr_text(c, c->client, ci.client, sizeof ci.client);
        addr_text(c, 1 - c->client, ci.server, sizeof ci.server);
        ci.client_port = c->port[c->client];
        ci.server_port = c->port[1 - c->client];
        ci.role = c->role;
        ci.midstream = c->midstream;
        t->cfg.on_conn(t->cfg.ud, &ci);
    }
    emit(t, c->id, -1, "open", 0, 0, "%s", c->midstream ? "mid-stream" : "syn");
    return c;
}

/* A SYN (without ACK) on a tuple we track starts a new connection when its ISN
 * differs from the one we know: the ports were reused.  The same ISN is a
 * retransmitted SYN. */
static int is_new_syn(const conn *c, int side, uint32_t seq)
{
    if (c->syn[side])
        return c->isn[side] != seq;
    const ikt_stream_state *s = &c->st[side];
    if (!s->have_base)
        return 0;
    uint32_t base = s->next_seq - (uint32_t)s->next;
    return (uint32_t)(seq + 1) != base;
}

/* The total limit: while the bytes held by all connections exceed it, give up
 * the first hole of the direction that started holding bytes longest ago, then
 * move it to the back, so no single stream is drained to zero while others
 * keep everything. */
static void enforce_total(ikt_tcp *t)
{
    while (t->total_buffered > t->cfg.max_total_ooo_bytes && t->ooo_head) {
        dirlink *d = t->ooo_head;
        conn *c = d->c;
        sctx x = {t, c, d->side};
        ikt_stream_skip_hole(&c->st[d->side], IKT_GAP_LIMIT, on_stream, &x);
        account(t, c, d->side);
        if (d->linked) {
            ooo_unlink(t, d);
            ooo_append(t, d);
        }
        maybe_close(t, c);
    }
}

/* One segment through the tracker: find or create its connection, then ACK,
 * data, FIN, RST in that order, then the memory limits, then closing. */
void ikt_tcp_packet(ikt_tcp *t, const ikt_packet *p)
{
    unsigned char key[KEYLEN];
    make_key(p, key);
    uint64_t h = siphash(key, KEYLEN, t->k0, t->k1);
    t->ts = p->ts;
    t->frame = p->frame;
    int syn_only = (p->flags & (IKT_TCP_SYN | IKT_TCP_ACK)) == IKT_TCP_SYN;
    conn *c = lookup(t, key, h);
    if (c && c->closed) {
        if (!syn_only) {
            t->stats.late++;
            return;
        }
        destroy(t, c);
        c = NULL;
    } else if (c && syn_only && is_new_syn(c, side_of(c, p), p->seq)) {
        close_conn(t, c, "port reused");
        destroy(t, c);
        c = NULL;
    }
    if (c == NULL) {
        c = conn_new(t, p, key, h);
        if (c == NULL) {
            emit(t, 0, -1, "warning", 0, 0, "frame %llu: out of memory, segment dropped",
                 (unsigned long long)p->frame);
            return;
        }
    } else if (c != t->open.tail) {
        list_remove(&t->open, c); /* most recently active last: eviction takes the head */
        list_append(&t->open, c);
    }
    t->cur = c;
    int side = side_of(c, p);
    ikt_stream_state *st = &c->st[side];
    sctx me = {t, c, side}, peer = {t, c, 1 - side};

    if (p->flags & IKT_TCP_SYN) {
        if (c->role == IKT_ROLE_GUESS) {
            int client = (p->flags & IKT_TCP_ACK) ? 1 - side : side;
            c->role = IKT_ROLE_SYN;
            if (client != c->client) {
                c->client = client;
                role_changed(t, c);
            }
        }
        if (!st->have_base) {
            c->syn[side] = 1;
            c->isn[side] = p->seq;
        }
        ikt_stream_set_base(st, p->seq + 1);
    } else {
        ikt_stream_set_base(st, p->seq);
    }
    /* The ACK first: it speaks of bytes the sender received before it sent this
     * segment, so a gap it reveals in the other direction comes first. */
    if (p->flags & IKT_TCP_ACK)
        ikt_stream_ack(&c->st[1 - side], p->ack, on_stream, &peer);
    if (!(p->flags & IKT_TCP_RST)) { /* an RST's payload is a diagnostic, not stream data */
        uint32_t dseq = p->seq + ((p->flags & IKT_TCP_SYN) ? 1u : 0u);
        if (p->payload_len || p->seg_len) {
            int r = ikt_stream_data(st, dseq, p->payload, p->payload_len, p->seg_len, &t->lim,
                                    on_stream, &me);
            if ((r & IKT_SEG_AFTER_FIN) && !c->warned[side]) {
                c->warned[side] = 1;
                emit(t, c->id, dir_of(c, side), "warning", 0, 0,
                     "frame %llu: bytes after the FIN ignored", (unsigned long long)p->frame);
            }
            if (r & IKT_SEG_NOMEM)
                emit(t, c->id, dir_of(c, side), "warning", 0, 0,
                     "frame %llu: out of memory, out-of-order bytes dropped",
                     (unsigned long long)p->frame);
        }
        if ((p->flags & IKT_TCP_FIN) &&
            ikt_stream_fin(st, dseq + (uint32_t)p->seg_len, on_stream, &me) < 0)
            emit(t, c->id, dir_of(c, side), "warning", 0, 0,
                 "frame %llu: FIN inside bytes already delivered, ignored",
                 (unsigned long long)p->frame);
    }
    account(t, c, 0);
    account(t, c, 1);
    enforce_total(t);
    if (c->closed)
        return;
    if (p->flags & IKT_TCP_RST) {
        emit(t, c->id, dir_of(c, side), "reset", 0, 0, "by %s",
             dir_of(c, side) == IKT_C2S ? "client" : "server");
        close_conn(t, c, "reset");
        return;
    }
    maybe_close(t, c);
}

/* Connection-number order for the final flush, so that the event order at the
 * end does not depend on which connection was active last. */
static int by_id(const void *a, const void *b)
{
    unsigned x = (*(conn *const *)a)->id, y = (*(conn *const *)b)->id;
    return (x > y) - (x < y);
}

/* End of capture: whatever is still open is flushed so no captured byte is
 * left undelivered, then closed. */
void ikt_tcp_finish(ikt_tcp *t, double ts)
{
    t->ts = ts;
    t->frame = 0;
    size_t n = t->open.n;
    if (n == 0)
        return;
    conn **v = malloc(n * sizeof *v);
    if (v == NULL) { /* still close them all, in list order */
        while (t->open.head)
            close_conn(t, t->open.head, "end of capture");
        return;
    }
    size_t i = 0;
    for (conn *c = t->open.head; c; c = c->next)
        v[i++] = c;
    qsort(v, n, sizeof *v, by_id);
    for (i = 0; i < n; i++)
        close_conn(t, v[i], "end of capture");
    free(v);
}

/* The consumer's verdict from content.  Only a guess may be overturned: a port
 * or a SYN is better evidence than one line of text. */
int ikt_tcp_set_server(ikt_tcp *t, unsigned id, int dir)
{
    conn *c = t->cur && t->cur->id == id ? t->cur : NULL;
    for (conn *o = t->open.head; c == NULL && o; o = o->next)
        if (o->id == id)
            c = o;
    if (c == NULL || c->closed || (dir != IKT_C2S && dir != IKT_S2C))
        return -1;
    int sender = dir == IKT_C2S ? c->client : 1 - c->client;
    if (sender != c->client) { /* already labelled so */
        if (c->role == IKT_ROLE_GUESS)
            c->role = IKT_ROLE_CONTENT;
        return 0;
    }
    if (c->role != IKT_ROLE_GUESS)
        return -1;
    c->client = 1 - c->client;
    c->role = IKT_ROLE_CONTENT;
    role_changed(t, c);
    return 1;
}

/* The hash key must be unpredictable to whoever wrote the capture; the time and
 * the tracker's own address (ASLR) are enough for that, and need no global
 * state or system-specific calls. */
static void seed(ikt_tcp *t)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t a = (uint64_t)ts.tv_sec * 1000000007ULL ^ (uint64_t)ts.tv_nsec;
    uint64_t b = (uint64_t)(uintptr_t)t ^ ((uint64_t)(uintptr_t)&ts << 17);
    unsigned char in[16];
    for (int i = 0; i < 8; i++) {
        in[i] = (unsigned char)(a >> (8 * i));
        in[8 + i] = (unsigned char)(b >> (8 * i));
    }
    t->k0 = siphash(in, 16, 0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL);
    t->k1 = siphash(in, 16, t->k0, 0x1f1e1d1c1b1a1918ULL);
}

/* Copy the config (and the port list, which the caller may free), fill in
 * the defaults, size the table small: it grows with the traffic. */
ikt_tcp *ikt_tcp_new(const ikt_tcp_config *cfg)
{
    ikt_tcp *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    t->cfg = *cfg;
    if (t->cfg.max_conns == 0)
        t->cfg.max_conns = DEF_MAX_CONNS;
    if (t->cfg.max_closed == 0)
        t->cfg.max_closed = DEF_MAX_CLOSED;
    if (t->cfg.max_ooo_bytes == 0)
        t->cfg.max_ooo_bytes = DEF_OOO_BYTES;
    if (t->cfg.max_ooo_segments == 0)
        t->cfg.max_ooo_segments = DEF_OOO_SEGMENTS;
    if (t->cfg.max_total_ooo_bytes == 0)
        t->cfg.max_total_ooo_bytes = DEF_TOTAL_OOO;
    t->lim.max_bytes = t->cfg.max_ooo_bytes;
    t->lim.max_pieces = t->cfg.max_ooo_segments;
    if (cfg->nports) {
        t->ports = malloc(cfg->nports * sizeof *t->ports);
        if (t->ports == NULL) {
            free(t);
            return NULL;
        }
        memcpy(t->ports, cfg->ports, cfg->nports * sizeof *t->ports);
    }
    t->cfg.ports = t->ports;
    t->nbuckets = MIN_BUCKETS;
    t->buckets = calloc(t->nbuckets, sizeof *t->buckets);
    if (t->buckets == NULL) {
        free(t->ports);
        free(t);
        return NULL;
    }
    seed(t);
    return t;
}

size_t ikt_tcp_open_count(const ikt_tcp *t) { return t->open.n; }

size_t ikt_tcp_closed_count(const ikt_tcp *t) { return t->closed.n; }

size_t ikt_tcp_buffered(const ikt_tcp *t) { return t->total_buffered; }

/* Duplicates are counted per stream; add those of open connections. */
void ikt_tcp_get_stats(const ikt_tcp *t, ikt_tcp_stats *st)
{
    *st = t->stats;
    for (const conn *c = t->open.head; c; c = c->next)
        st->dup_bytes += c->st[0].dup_bytes + c->st[1].dup_bytes;
}

/* Every entry of the table, open or tombstone, is reachable from the buckets. */
void ikt_tcp_free(ikt_tcp *t)
{
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->nbuckets; i++) {
        conn *c = t->buckets[i];
        while (c) {
            conn *n = c->hnext;
            ikt_stream_free(&c->st[0]);
            ikt_stream_free(&c->st[1]);
            free(c);
            c = n;
        }
    }
    free(t->buckets);
    free(t->ports);
    free(t);
}
