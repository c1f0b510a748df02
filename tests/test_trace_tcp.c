/*
 * test_trace_tcp.c - TCP reassembly and connection tracking of the trace layer.
 *
 * Each test writes a synthetic capture (tools/trace/synth.h) into memory, runs
 * the trace decoder over it, and compares the complete log of callbacks (new
 * connections, every data chunk with its offset and time, every event) with the
 * exact expected text: which bytes, in which order, in which direction, and
 * which gaps of how many bytes.  A few tests drive ikt_tcp directly with decoded
 * packets, where only counts matter (limits, memory bounds).
 */
#include <criterion/criterion.h>

#include "../tools/trace/decode.h"
#include "../tools/trace/synth.h"
#include "../tools/trace/tcp.h"
#include "../tools/trace/trace.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- recorder: every callback as one line of text ------------------------ */

typedef struct acc {
    unsigned char *b[2];
    size_t n[2];
} acc;

typedef struct rec {
    char *log;
    size_t len, cap;
    acc *conns;                /* bytes per connection and direction, [0] unused */
    size_t nconns;
    ikt_trace *t;
    int quiet_data;            /* do not log data lines (big tests) */
    int server_on_ok;          /* call ikt_trace_set_server on "* OK" */
    int stop_after;            /* ikt_trace_stop after this many data chunks (0: never) */
    int chunks;
    int set_server_rc;
    int rc;
    ikt_stats st;
} rec;

static void rec_add(rec *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (r->len + (size_t)n + 1 > r->cap) {
        r->cap = (r->len + (size_t)n + 1) * 2;
        r->log = realloc(r->log, r->cap);
        cr_assert_not_null(r->log);
    }
    va_start(ap, fmt);
    vsnprintf(r->log + r->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    r->len += (size_t)n;
}

static const char *DIRS[2] = {"c2s", "s2c"};

static void r_conn(void *ud, const ikt_conn_info *ci)
{
    static const char *roles[] = {"port", "syn", "guess", "content"};
    rec *r = ud;
    rec_add(r, "conn %u %s:%u>%s:%u %s%s\n", ci->conn, ci->client, ci->client_port, ci->server,
            ci->server_port, roles[ci->role], ci->midstream ? " mid" : "");
}

static void r_data(void *ud, unsigned conn, int dir, double ts, uint64_t off,
                   const unsigned char *b, size_t n)
{
    rec *r = ud;
    if (conn >= r->nconns) {
        size_t nn = conn + 64;
        r->conns = realloc(r->conns, nn * sizeof *r->conns);
        cr_assert_not_null(r->conns);
        memset(r->conns + r->nconns, 0, (nn - r->nconns) * sizeof *r->conns);
        r->nconns = nn;
    }
    acc *a = &r->conns[conn];
    a->b[dir] = realloc(a->b[dir], a->n[dir] + n);
    memcpy(a->b[dir] + a->n[dir], b, n);
    a->n[dir] += n;
    r->chunks++;
    if (r->stop_after && r->chunks == r->stop_after)
        ikt_trace_stop(r->t);
    if (!r->quiet_data) {
        rec_add(r, "data %u %s @%llu t=%.3f \"", conn, DIRS[dir], (unsigned long long)off, ts);
        for (size_t i = 0; i < n; i++) {
            unsigned char c = b[i];
            if (c == '\r')
                rec_add(r, "\\r");
            else if (c == '\n')
                rec_add(r, "\\n");
            else if (c == '"' || c == '\\')
                rec_add(r, "\\%c", c);
            else if (c >= 0x20 && c < 0x7f)
                rec_add(r, "%c", c);
            else
                rec_add(r, "\\x%02x", c);
        }
        rec_add(r, "\"\n");
    }
    /* As a session decoder would: after seeing the line, say who sent it. */
    if (r->server_on_ok && n >= 4 && memcmp(b, "* OK", 4) == 0)
        r->set_server_rc = ikt_trace_set_server(r->t, conn, dir);
}

static void r_event(void *ud, const ikt_event *e)
{
    rec *r = ud;
    rec_add(r, "%s %u", e->name, e->conn);
    if (e->dir >= 0)
        rec_add(r, " %s", DIRS[e->dir]);
    if (!strcmp(e->name, "gap") || !strcmp(e->name, "fin"))
        rec_add(r, " @%llu", (unsigned long long)e->offset);
    if (e->bytes)
        rec_add(r, " +%llu", (unsigned long long)e->bytes);
    rec_add(r, " [%s]\n", e->detail);
}

static void rec_free(rec *r)
{
    free(r->log);
    for (size_t i = 0; i < r->nconns; i++) {
        free(r->conns[i].b[0]);
        free(r->conns[i].b[1]);
    }
    free(r->conns);
}

/* The bytes delivered for (conn, dir), as a NUL-terminated copy for asserts. */
static char *got(rec *r, unsigned conn, int dir)
{
    static char empty[] = "";
    if (conn >= r->nconns || r->conns[conn].n[dir] == 0)
        return empty;
    acc *a = &r->conns[conn];
    a->b[dir] = realloc(a->b[dir], a->n[dir] + 1);
    a->b[dir][a->n[dir]] = 0;
    return (char *)a->b[dir];
}

/* Run the trace decoder over what the writer holds, recording into r. */
static void run(ikt_synth *s, rec *r, const ikt_options *base, const char *dump)
{
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    ikt_options o;
    if (base)
        o = *base;
    else
        memset(&o, 0, sizeof o);
    o.ud = r;
    o.on_conn = r_conn;
    o.on_data = r_data;
    o.on_event = r_event;
    char err[256];
    ikt_trace *t = ikt_trace_open_mem(d, n, &o, err, sizeof err);
    cr_assert_not_null(t, "open: %s", err);
    if (dump)
        cr_assert_eq(ikt_trace_dump_streams(t, dump, err, sizeof err), 0, "%s", err);
    r->t = t;
    r->rc = ikt_trace_run(t);
    ikt_trace_stats(t, &r->st);
    ikt_trace_close(t);
    cr_assert_eq(ikt_synth_close(s), 0);
    if (r->log == NULL)
        rec_add(r, "%s", "");
}

/* ---- capture building helpers --------------------------------------------- */

static ikt_synth *mem_writer(int linktype)
{
    ikt_synth_opts o;
    memset(&o, 0, sizeof o);
    o.linktype = linktype;
    ikt_synth *s = ikt_synth_open_mem(&o);
    cr_assert_not_null(s);
    return s;
}

static ikt_synth_tuple tuple(const char *c, uint16_t cp, const char *sv, uint16_t sp)
{
    ikt_synth_tuple t;
    cr_assert_eq(ikt_synth_tuple_set(&t, c, cp, sv, sp), 0);
    return t;
}

/* One segment with a text payload. */
static void seg(ikt_synth *s, const ikt_synth_tuple *t, double ts, int dir, uint32_t seq,
                uint32_t ack, unsigned flags, const char *payload)
{
    ikt_synth_pkt p;
    memset(&p, 0, sizeof p);
    p.ts = ts;
    p.tuple = t;
    p.dir = dir;
    p.seq = seq;
    p.ack = ack;
    p.flags = flags;
    p.payload = payload;
    p.len = payload ? strlen(payload) : 0;
    cr_assert_eq(ikt_synth_packet(s, &p), 0);
}

#define A IKT_TCP_ACK
#define PA (IKT_TCP_PSH | IKT_TCP_ACK)
#define FA (IKT_TCP_FIN | IKT_TCP_ACK)
#define SYN IKT_TCP_SYN
#define RA (IKT_TCP_RST | IKT_TCP_ACK)

/* ---- tests ------------------------------------------------------------------ */

Test(trace_tcp, plain_conversation)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    ikt_synth_flow f;
    ikt_synth_flow_init(&f, &t, 1000, 5000);
    cr_assert_eq(ikt_synth_handshake(s, &f, 1.0), 0);
    ikt_synth_send(s, &f, 1.1, 1, "* OK ready\r\n", 12);
    ikt_synth_send(s, &f, 1.2, 0, "a1 NOOP\r\n", 9);
    ikt_synth_send(s, &f, 1.3, 1, "a1 OK done\r\n", 12);
    ikt_synth_fin(s, &f, 1.4, 0);
    ikt_synth_fin(s, &f, 1.5, 1);
    ikt_synth_send(s, &f, 1.6, 0, NULL, 0);
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 s2c @0 t=1.100 \"* OK ready\\r\\n\"\n"
                            "data 1 c2s @0 t=1.200 \"a1 NOOP\\r\\n\"\n"
                            "data 1 s2c @12 t=1.300 \"a1 OK done\\r\\n\"\n"
                            "fin 1 c2s @9 [client done]\n"
                            "fin 1 s2c @24 [server done]\n"
                            "close 1 [fin]\n");
    cr_assert_eq(r.rc, 0);
    cr_assert_eq(r.st.frames, 9);
    cr_assert_eq(r.st.tcp, 9);
    cr_assert_eq(r.st.conns, 1);
    cr_assert_eq(r.st.bytes[0], 9);
    cr_assert_eq(r.st.bytes[1], 24);
    cr_assert_eq(r.st.gaps, 0);
    rec_free(&r);
}

/* Segments 2 and 3 arrive before 1: held, then released, in order, when 1
 * arrives, stamped with its time. */
Test(trace_tcp, out_of_order_held_then_released)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101 + 6, 901, PA, "second ");
    seg(s, &t, 1.3, 0, 101 + 13, 901, PA, "third\r\n");
    seg(s, &t, 1.4, 0, 101, 901, PA, "first ");
    seg(s, &t, 1.5, 0, 101 + 20, 901, PA, "fourth\r\n");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 c2s @0 t=1.400 \"first \"\n"
                            "data 1 c2s @6 t=1.400 \"second \"\n"
                            "data 1 c2s @13 t=1.400 \"third\\r\\n\"\n"
                            "data 1 c2s @20 t=1.500 \"fourth\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* Retransmissions: an exact copy, and a copy that also carries new bytes. */
Test(trace_tcp, retransmissions_deduplicated)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 1, 901, 101, PA, "* OK hi\r\n");
    seg(s, &t, 1.3, 1, 901, 101, PA, "* OK hi\r\n");             /* exact copy */
    seg(s, &t, 1.4, 1, 901, 101, PA, "* OK hi\r\n* BYE x\r\n");  /* copy + new */
    seg(s, &t, 1.5, 1, 901 + 4, 101, PA, " hi\r\n* BYE");        /* inside, all old */
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 s2c @0 t=1.200 \"* OK hi\\r\\n\"\n"
                            "data 1 s2c @9 t=1.400 \"* BYE x\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    cr_assert_eq(r.st.dup_bytes, 9 + 9 + 10);
    rec_free(&r);
}

/* Overlapping bytes that differ.  Bytes already delivered always win.  For
 * bytes still held, tshark's policy: the segment that reaches the delivery
 * point is delivered whole, and held segments only add what lies beyond it. */
Test(trace_tcp, overlap_policy_matches_tshark)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101, 901, PA, "AAAA");           /* @0..4 delivered */
    seg(s, &t, 1.3, 0, 101 + 2, 901, PA, "xxYY");       /* @2..6: 'xx' old, "YY" new */
    seg(s, &t, 1.4, 0, 101 + 8, 901, PA, "HHHH");       /* @8..12 held */
    seg(s, &t, 1.5, 0, 101 + 6, 901, PA, "ZZzz");       /* @6..10 in order: whole */
    seg(s, &t, 1.6, 0, 101 + 12, 901, PA, "!");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 c2s @0 t=1.200 \"AAAA\"\n"
                            "data 1 c2s @4 t=1.300 \"YY\"\n"
                            "data 1 c2s @6 t=1.500 \"ZZzz\"\n"
                            "data 1 c2s @10 t=1.500 \"HH\"\n"
                            "data 1 c2s @12 t=1.600 \"!\"\n"
                            "close 1 [end of capture]\n");
    cr_assert_str_eq(got(&r, 1, 0), "AAAAYYZZzzHH!");
    rec_free(&r);
}

/* Two held segments that overlap: the first in arrival order that reaches the
 * delivery point is applied first (as tshark walks its fragment list). */
Test(trace_tcp, overlapping_held_segments)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101 + 4, 901, PA, "bbbbbb");     /* @4..10 */
    seg(s, &t, 1.3, 0, 101 + 2, 901, PA, "CCCC");       /* @2..6 */
    seg(s, &t, 1.4, 0, 101 + 8, 901, PA, "DDDDDD");     /* @8..14 */
    seg(s, &t, 1.5, 0, 101, 901, PA, "aa");             /* @0..2 fills the hole */
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(got(&r, 1, 0), "aaCCCCbbbbDDDD");
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 c2s @0 t=1.500 \"aa\"\n"
                            "data 1 c2s @2 t=1.500 \"CCCC\"\n"
                            "data 1 c2s @6 t=1.500 \"bbbb\"\n"
                            "data 1 c2s @10 t=1.500 \"DDDD\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* A capture that starts after the handshake: the first sequence number seen
 * starts each direction; the server port decides the roles. */
Test(trace_tcp, midstream_by_port)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("192.168.1.5", 51000, "192.168.1.1", 993);
    seg(s, &t, 2.0, 1, 77777, 3333, PA, "* 3 EXISTS\r\n"); /* server speaks first */
    seg(s, &t, 2.1, 0, 3333, 77777 + 12, PA, "DONE\r\n");
    seg(s, &t, 2.2, 1, 77777 + 12, 3333 + 6, PA, "a OK\r\n");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 192.168.1.5:51000>192.168.1.1:993 port mid\n"
                            "open 1 [mid-stream]\n"
                            "data 1 s2c @0 t=2.000 \"* 3 EXISTS\\r\\n\"\n"
                            "data 1 c2s @0 t=2.100 \"DONE\\r\\n\"\n"
                            "data 1 s2c @12 t=2.200 \"a OK\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* Neither port is known and there is no SYN: the first packet's sender is the
 * client until the consumer says otherwise.  Here the consumer sees "* OK"
 * arrive as c2s and declares that direction the server's: from then on the
 * directions are swapped, and so are the dump files. */
Test(trace_tcp, role_decided_by_content)
{
    char dir[] = "/tmp/ikt_dumpXXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.9.0.1", 7000, "10.9.0.2", 8000);
    /* t's "client" (dir 0) is really the server here. */
    seg(s, &t, 1.0, 0, 500, 600, PA, "* OK IMAP\r\n");
    seg(s, &t, 1.1, 1, 600, 511, PA, "a LOGOUT\r\n");
    seg(s, &t, 1.2, 0, 511, 610, PA, "* BYE\r\n");
    rec r = {0};
    r.server_on_ok = 1;
    run(s, &r, NULL, dir);
    cr_assert_eq(r.set_server_rc, 1);
    cr_assert_str_eq(r.log, "conn 1 10.9.0.1:7000>10.9.0.2:8000 guess mid\n"
                            "open 1 [mid-stream]\n"
                            "data 1 c2s @0 t=1.000 \"* OK IMAP\\r\\n\"\n"
                            "role 1 [client is 10.9.0.2 port 8000 (by content)]\n"
                            "data 1 c2s @0 t=1.100 \"a LOGOUT\\r\\n\"\n"
                            "data 1 s2c @11 t=1.200 \"* BYE\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    char p[512], buf[64];
    snprintf(p, sizeof p, "%s/1.s2c", dir);
    FILE *f = fopen(p, "rb");
    cr_assert_not_null(f);
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    cr_assert_eq(n, 18);
    cr_assert_eq(memcmp(buf, "* OK IMAP\r\n* BYE\r\n", 18), 0);
    snprintf(p, sizeof p, "%s/1.c2s", dir);
    f = fopen(p, "rb");
    cr_assert_not_null(f);
    n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    cr_assert_eq(n, 10);
    cr_assert_eq(memcmp(buf, "a LOGOUT\r\n", 10), 0);
    unlink(p);
    snprintf(p, sizeof p, "%s/1.s2c", dir);
    unlink(p);
    rmdir(dir);
    rec_free(&r);
}

/* A role decided by port is not overridden by content. */
Test(trace_tcp, set_server_refused_when_port_decided)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 1, 1, PA, "* OK fake\r\n"); /* client sends "* OK" */
    rec r = {0};
    r.server_on_ok = 1;
    run(s, &r, NULL, NULL);
    cr_assert_eq(r.set_server_rc, -1);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port mid\n"
                            "open 1 [mid-stream]\n"
                            "data 1 c2s @0 t=1.000 \"* OK fake\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* Unknown ports: the SYN's sender is the client; when only the SYN+ACK was
 * captured, its receiver is. */
Test(trace_tcp, role_by_syn)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple a = tuple("10.0.0.1", 5555, "10.0.0.2", 6666);
    ikt_synth_tuple b = tuple("10.0.0.3", 5555, "10.0.0.4", 6666);
    seg(s, &a, 1.0, 0, 10, 0, SYN, NULL);
    seg(s, &b, 1.1, 1, 20, 31, SYN | A, NULL); /* b's SYN was lost: its server answers */
    seg(s, &b, 1.2, 1, 21, 31, PA, "* OK\r\n");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:5555>10.0.0.2:6666 syn\n"
                            "open 1 [syn]\n"
                            "conn 2 10.0.0.3:5555>10.0.0.4:6666 syn\n"
                            "open 2 [syn]\n"
                            "data 2 s2c @0 t=1.200 \"* OK\\r\\n\"\n"
                            "close 1 [end of capture]\n"
                            "close 2 [end of capture]\n");
    rec_free(&r);
}

/* A provisional role is corrected by a SYN seen later (capture reordering). */
Test(trace_tcp, late_syn_fixes_guess)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 5555, "10.0.0.2", 6666);
    seg(s, &t, 1.0, 1, 900, 0, A, NULL);      /* a bare ACK from the server first */
    seg(s, &t, 1.1, 0, 99, 0, SYN, NULL);     /* then the client's SYN */
    seg(s, &t, 1.2, 0, 100, 900, PA, "hello");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.2:6666>10.0.0.1:5555 guess mid\n"
                            "open 1 [mid-stream]\n"
                            "role 1 [client is 10.0.0.1 port 5555 (by syn)]\n"
                            "data 1 c2s @0 t=1.200 \"hello\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* --port adds a server port. */
Test(trace_tcp, extra_server_port)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 1143);
    seg(s, &t, 1.0, 1, 5, 5, PA, "* OK\r\n"); /* server speaks first, no SYN */
    uint16_t ports[] = {1143};
    ikt_options o;
    memset(&o, 0, sizeof o);
    o.ports = ports;
    o.nports = 1;
    rec r = {0};
    run(s, &r, &o, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:1143 port mid\n"
                            "open 1 [mid-stream]\n"
                            "data 1 s2c @0 t=1.000 \"* OK\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* ISNs just below 2^32, data across the wrap, delivered out of order across
 * it too. */
Test(trace_tcp, sequence_wraparound)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    uint32_t c = 0xFFFFFFFDu, v = 0xFFFFFFFFu; /* data start at 0xFFFFFFFE and 0 */
    seg(s, &t, 1.0, 0, c, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, v, c + 1, SYN | A, NULL);
    seg(s, &t, 1.2, 1, v + 1, c + 1, PA, "* OK wrap\r\n");
    seg(s, &t, 1.3, 0, c + 1 + 4, v + 12, PA, "NOOP\r\n"); /* 0x00000002.. */
    seg(s, &t, 1.4, 0, c + 1, v + 12, PA, "a01 ");         /* 0xFFFFFFFE.. */
    seg(s, &t, 1.5, 0, c + 1 + 2, v + 12, PA, "1 NO");     /* retransmission over the wrap */
    seg(s, &t, 1.6, 0, c + 1 + 10, v + 12, FA, NULL);
    seg(s, &t, 1.7, 1, v + 12, c + 12, FA, NULL);
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 s2c @0 t=1.200 \"* OK wrap\\r\\n\"\n"
                            "data 1 c2s @0 t=1.400 \"a01 \"\n"
                            "data 1 c2s @4 t=1.400 \"NOOP\\r\\n\"\n"
                            "fin 1 c2s @10 [client done]\n"
                            "fin 1 s2c @11 [server done]\n"
                            "close 1 [fin]\n");
    rec_free(&r);
}

/* A segment the capture lost: the next one is held until the receiver's ACK
 * shows it got bytes past the hole; then a gap of exactly the missing bytes,
 * and delivery resumes.  Offsets count the missing bytes. */
Test(trace_tcp, lost_segment_gap_by_ack)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 1, 901, 101, PA, "* 1 FETCH ");
    /* "(UID 7)" (7 bytes) lost */
    seg(s, &t, 1.3, 1, 901 + 17, 101, PA, "\r\n");
    seg(s, &t, 1.4, 0, 101, 901 + 10, A, NULL);         /* acks only up to the hole */
    seg(s, &t, 1.5, 0, 101, 901 + 19, PA, "a NOOP\r\n"); /* acks past it */
    seg(s, &t, 1.6, 1, 901 + 19, 109, PA, "a OK\r\n");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log,
                     "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                     "open 1 [syn]\n"
                     "data 1 s2c @0 t=1.200 \"* 1 FETCH \"\n"
                     "gap 1 s2c @10 +7 [7 bytes missing (acknowledged but not captured)]\n"
                     "data 1 s2c @17 t=1.500 \"\\r\\n\"\n"
                     "data 1 c2s @0 t=1.500 \"a NOOP\\r\\n\"\n"
                     "data 1 s2c @19 t=1.600 \"a OK\\r\\n\"\n"
                     "close 1 [end of capture]\n");
    cr_assert_eq(r.st.gaps, 1);
    cr_assert_eq(r.st.gap_bytes, 7);
    rec_free(&r);
}

/* A hole nobody acknowledges: held to the end, then flushed with a gap. */
Test(trace_tcp, hole_flushed_at_end_of_capture)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101, 901, PA, "abc");
    seg(s, &t, 1.3, 0, 101 + 5, 901, PA, "fg");
    seg(s, &t, 1.4, 0, 101 + 10, 901, PA, "klm");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 c2s @0 t=1.200 \"abc\"\n"
                            "gap 1 c2s @3 +2 [2 bytes missing (connection closed)]\n"
                            "data 1 c2s @5 t=1.400 \"fg\"\n"
                            "gap 1 c2s @7 +3 [3 bytes missing (connection closed)]\n"
                            "data 1 c2s @10 t=1.400 \"klm\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* The last data segment before the FIN was lost, and the peer acknowledged the
 * FIN: a gap up to the FIN, then the FIN. */
Test(trace_tcp, lost_before_fin)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 1, 901, 101, PA, "* BYE");
    /* "\r\n" lost */
    seg(s, &t, 1.3, 1, 901 + 7, 101, FA, NULL);
    seg(s, &t, 1.4, 0, 101, 901 + 8, FA, NULL);
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 s2c @0 t=1.200 \"* BYE\"\n"
                            "gap 1 s2c @5 +2 [2 bytes missing (acknowledged but not captured)]\n"
                            "fin 1 s2c @7 [server done]\n"
                            "fin 1 c2s @0 [client done]\n"
                            "close 1 [fin]\n");
    rec_free(&r);
}

/* FIN before the data it follows (capture reordering): the FIN waits. */
Test(trace_tcp, fin_out_of_order)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101 + 5, 901, FA, NULL);
    seg(s, &t, 1.3, 0, 101, 901, PA, "hello");
    seg(s, &t, 1.4, 0, 101 + 6, 901, PA, "late"); /* after the FIN: dropped */
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 c2s @0 t=1.300 \"hello\"\n"
                            "fin 1 c2s @5 [client done]\n"
                            "warning 1 c2s [frame 5: bytes after the FIN ignored]\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* RST: held bytes flushed (with their gap), "reset" by whom, then "close";
 * packets after it belong to the closed connection and open nothing. */
Test(trace_tcp, reset_and_stray_packets)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 1, 901 + 3, 101, PA, "def");
    seg(s, &t, 1.3, 1, 901 + 6, 101, RA, "RST payload is not data");
    seg(s, &t, 1.4, 0, 101, 901, PA, "after");
    seg(s, &t, 1.5, 1, 901, 101, A, NULL);
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "reset 1 s2c [by server]\n"
                            "gap 1 s2c @0 +3 [3 bytes missing (connection closed)]\n"
                            "data 1 s2c @3 t=1.300 \"def\"\n"
                            "close 1 [reset]\n");
    cr_assert_eq(r.st.conns, 1);
    rec_free(&r);
}

/* The same 4-tuple again with a new SYN (new ISN): a new connection, K = 2;
 * a retransmitted SYN (same ISN) is not. */
Test(trace_tcp, port_reuse_new_connection)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    ikt_synth_flow f;
    ikt_synth_flow_init(&f, &t, 1000, 5000);
    seg(s, &t, 0.9, 0, 1000, 0, SYN, NULL);
    ikt_synth_handshake(s, &f, 1.0); /* same ISN: a retransmitted SYN */
    ikt_synth_send(s, &f, 1.1, 0, "one", 3);
    ikt_synth_fin(s, &f, 1.2, 0);
    ikt_synth_fin(s, &f, 1.3, 1);
    ikt_synth_send(s, &f, 1.4, 0, NULL, 0);
    ikt_synth_flow_init(&f, &t, 777777, 888888);
    ikt_synth_handshake(s, &f, 2.0);
    ikt_synth_send(s, &f, 2.1, 0, "two", 3);
    /* the second connection is still open: a SYN with yet another ISN */
    ikt_synth_flow_init(&f, &t, 123, 456);
    ikt_synth_handshake(s, &f, 3.0);
    ikt_synth_send(s, &f, 3.1, 0, "three", 5);
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "data 1 c2s @0 t=1.100 \"one\"\n"
                            "fin 1 c2s @3 [client done]\n"
                            "fin 1 s2c @0 [server done]\n"
                            "close 1 [fin]\n"
                            "conn 2 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 2 [syn]\n"
                            "data 2 c2s @0 t=2.100 \"two\"\n"
                            "close 2 [port reused]\n"
                            "conn 3 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 3 [syn]\n"
                            "data 3 c2s @0 t=3.100 \"three\"\n"
                            "close 3 [end of capture]\n");
    rec_free(&r);
}

/* A SYN carrying data (TCP Fast Open): the data starts the stream. */
Test(trace_tcp, syn_with_data)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, "a CAPABILITY\r\n");
    seg(s, &t, 1.1, 1, 900, 115, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 115, 901, PA, "b NOOP\r\n");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(got(&r, 1, 0), "a CAPABILITY\r\nb NOOP\r\n");
    rec_free(&r);
}

/* Keep-alive probes (one old byte at next - 1) are old data, dropped. */
Test(trace_tcp, keepalive_probe_ignored)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101, 901, PA, "x IDLE\r\n");
    seg(s, &t, 1.3, 0, 101 + 7, 901, A, "Z");
    seg(s, &t, 1.4, 0, 101 + 8, 901, PA, "DONE\r\n");
    rec r = {0};
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(got(&r, 1, 0), "x IDLE\r\nDONE\r\n");
    rec_free(&r);
}

/* Many connections interleaved packet by packet, some over IPv6: each
 * direction's bytes exact, connections numbered by first packet. */
Test(trace_tcp, many_interleaved_connections)
{
    enum { N = 300 };
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    static ikt_synth_flow f[N];
    for (int i = 0; i < N; i++) {
        char a[64];
        ikt_synth_tuple t;
        if (i % 3 == 2) {
            snprintf(a, sizeof a, "2001:db8::%x", i + 1);
            t = tuple(a, (uint16_t)(20000 + i), "2001:db8::ffff", 143);
        } else {
            snprintf(a, sizeof a, "10.%d.%d.1", i / 200, i % 200);
            t = tuple(a, (uint16_t)(20000 + i), "10.255.0.1", 143);
        }
        ikt_synth_flow_init(&f[i], &t, (uint32_t)i * 2654435761u, (uint32_t)i * 40503u);
    }
    for (int i = 0; i < N; i++)
        ikt_synth_handshake(s, &f[i], 1.0 + i * 0.001);
    for (int round = 0; round < 4; round++)
        for (int i = 0; i < N; i++) {
            char b[64];
            int n = snprintf(b, sizeof b, "c%d.%d ", i, round);
            ikt_synth_send(s, &f[i], 2.0 + round, 0, b, (size_t)n);
            n = snprintf(b, sizeof b, "s%d.%d ", i, round);
            ikt_synth_send(s, &f[i], 2.0 + round, 1, b, (size_t)n);
        }
    for (int i = N - 1; i >= 0; i--) {
        ikt_synth_fin(s, &f[i], 9.0, 0);
        ikt_synth_fin(s, &f[i], 9.0, 1);
    }
    rec r = {0};
    r.quiet_data = 1;
    run(s, &r, NULL, NULL);
    cr_assert_eq(r.st.conns, N);
    for (int i = 0; i < N; i++) {
        char e[256];
        int n = snprintf(e, sizeof e, "c%d.0 c%d.1 c%d.2 c%d.3 ", i, i, i, i);
        cr_assert_eq(n > 0, 1);
        cr_assert_str_eq(got(&r, (unsigned)i + 1, 0), e, "conn %d", i + 1);
        snprintf(e, sizeof e, "s%d.0 s%d.1 s%d.2 s%d.3 ", i, i, i, i);
        cr_assert_str_eq(got(&r, (unsigned)i + 1, 1), e, "conn %d", i + 1);
    }
    /* closes come in FIN order, last connection first */
    const char *c300 = strstr(r.log, "close 300 [fin]\n"), *c299 = strstr(r.log, "close 299 [fin]\n");
    cr_assert(c300 && c299 && c300 < c299);
    rec_free(&r);
}

/* The per-direction limit on held bytes: when a new segment would exceed it,
 * the oldest hole is given up. */
Test(trace_tcp, ooo_byte_limit_forces_gap)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101 + 2, 901, PA, "cdef");  /* held: 4 */
    seg(s, &t, 1.3, 0, 101 + 8, 901, PA, "ijkl");  /* held: 8 */
    seg(s, &t, 1.4, 0, 101 + 14, 901, PA, "op");   /* 10 > 9: give up hole @0 */
    ikt_options o;
    memset(&o, 0, sizeof o);
    o.max_ooo_bytes = 9;
    rec r = {0};
    run(s, &r, &o, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "gap 1 c2s @0 +2 [2 bytes missing (out-of-order buffer full)]\n"
                            "data 1 c2s @2 t=1.400 \"cdef\"\n"
                            "gap 1 c2s @6 +2 [2 bytes missing (connection closed)]\n"
                            "data 1 c2s @8 t=1.400 \"ijkl\"\n"
                            "gap 1 c2s @12 +2 [2 bytes missing (connection closed)]\n"
                            "data 1 c2s @14 t=1.400 \"op\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* The per-direction limit on held segments. */
Test(trace_tcp, ooo_segment_limit_forces_gap)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &t, 1.1, 1, 900, 101, SYN | A, NULL);
    seg(s, &t, 1.2, 0, 101 + 1, 901, PA, "b");
    seg(s, &t, 1.3, 0, 101 + 3, 901, PA, "d");
    seg(s, &t, 1.4, 0, 101 + 5, 901, PA, "f"); /* third piece: limit 2 */
    seg(s, &t, 1.5, 0, 101 + 4, 901, PA, "e"); /* now in order */
    ikt_options o;
    memset(&o, 0, sizeof o);
    o.max_ooo_segments = 2;
    rec r = {0};
    run(s, &r, &o, NULL);
    /* "f" finds two held: the hole @0 goes, "b" is delivered, "f" is held; "e"
     * then finds two held ("d", "f"): the hole @2 goes. */
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "gap 1 c2s @0 +1 [1 bytes missing (out-of-order buffer full)]\n"
                            "data 1 c2s @1 t=1.400 \"b\"\n"
                            "gap 1 c2s @2 +1 [1 bytes missing (out-of-order buffer full)]\n"
                            "data 1 c2s @3 t=1.500 \"d\"\n"
                            "data 1 c2s @4 t=1.500 \"e\"\n"
                            "data 1 c2s @5 t=1.500 \"f\"\n"
                            "close 1 [end of capture]\n");
    rec_free(&r);
}

/* The limit over all connections: the direction that began holding bytes first
 * gives up its first hole. */
Test(trace_tcp, total_ooo_limit)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple a = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    ikt_synth_tuple b = tuple("10.0.0.3", 40000, "10.0.0.2", 143);
    seg(s, &a, 1.0, 0, 100, 0, SYN, NULL);
    seg(s, &b, 1.0, 0, 300, 0, SYN, NULL);
    seg(s, &a, 1.1, 0, 101 + 1, 0, PA, "AAAAA"); /* a holds 5 */
    seg(s, &b, 1.2, 0, 301 + 1, 0, PA, "BBBBB"); /* 10 > 8: a gives up */
    ikt_options o;
    memset(&o, 0, sizeof o);
    o.max_total_ooo_bytes = 8;
    rec r = {0};
    run(s, &r, &o, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143 port\n"
                            "open 1 [syn]\n"
                            "conn 2 10.0.0.3:40000>10.0.0.2:143 port\n"
                            "open 2 [syn]\n"
                            "gap 1 c2s @0 +1 [1 bytes missing (out-of-order buffer full)]\n"
                            "data 1 c2s @1 t=1.200 \"AAAAA\"\n"
                            "close 1 [end of capture]\n"
                            "gap 2 c2s @0 +1 [1 bytes missing (connection closed)]\n"
                            "data 2 c2s @1 t=1.200 \"BBBBB\"\n"
                            "close 2 [end of capture]\n");
    rec_free(&r);
}

/* The connection limit: the least recently active connection is closed. */
Test(trace_tcp, connection_limit_evicts_least_recent)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple a = tuple("10.0.0.1", 1, "10.0.0.9", 143);
    ikt_synth_tuple b = tuple("10.0.0.2", 2, "10.0.0.9", 143);
    ikt_synth_tuple c = tuple("10.0.0.3", 3, "10.0.0.9", 143);
    seg(s, &a, 1.0, 0, 10, 0, PA, "a1");
    seg(s, &b, 1.1, 0, 20, 0, PA, "b1");
    seg(s, &a, 1.2, 0, 12, 0, PA, "a2"); /* a is now more recent than b */
    seg(s, &c, 1.3, 0, 30, 0, PA, "c1"); /* evicts b */
    seg(s, &b, 1.4, 0, 22, 0, PA, "b2"); /* b's tombstone: ignored */
    ikt_options o;
    memset(&o, 0, sizeof o);
    o.max_conns = 2;
    rec r = {0};
    run(s, &r, &o, NULL);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:1>10.0.0.9:143 port mid\n"
                            "open 1 [mid-stream]\n"
                            "data 1 c2s @0 t=1.000 \"a1\"\n"
                            "conn 2 10.0.0.2:2>10.0.0.9:143 port mid\n"
                            "open 2 [mid-stream]\n"
                            "data 2 c2s @0 t=1.100 \"b1\"\n"
                            "data 1 c2s @2 t=1.200 \"a2\"\n"
                            "close 2 [evicted (too many connections)]\n"
                            "conn 3 10.0.0.3:3>10.0.0.9:143 port mid\n"
                            "open 3 [mid-stream]\n"
                            "data 3 c2s @0 t=1.300 \"c1\"\n"
                            "close 1 [end of capture]\n"
                            "close 3 [end of capture]\n");
    rec_free(&r);
}

/* ikt_trace_stop from a callback: the run ends after that packet, and open
 * connections are still closed. */
Test(trace_tcp, stop_from_callback)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &t, 1.0, 0, 1, 0, PA, "one");
    seg(s, &t, 1.1, 0, 4, 0, PA, "two");
    seg(s, &t, 1.2, 0, 7, 0, PA, "three");
    rec r = {0};
    r.stop_after = 2;
    run(s, &r, NULL, NULL);
    cr_assert_str_eq(got(&r, 1, 0), "onetwo");
    cr_assert_eq(r.st.frames, 2);
    cr_assert_not_null(strstr(r.log, "close 1 [end of capture]\n"));
    rec_free(&r);
}

/* --dump-streams: exact bytes per direction, empty files for silent
 * directions and for connections that carried nothing. */
Test(trace_tcp, dump_streams_files)
{
    char dir[] = "/tmp/ikt_dumpXXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char sub[600];
    snprintf(sub, sizeof sub, "%s/out", dir); /* created by the dumper */
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple a = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    ikt_synth_tuple b = tuple("10.0.0.3", 40000, "10.0.0.2", 143);
    ikt_synth_flow f;
    ikt_synth_flow_init(&f, &a, 1, 2);
    ikt_synth_handshake(s, &f, 1.0);
    ikt_synth_send(s, &f, 1.1, 1, "* OK\r\n", 6);
    seg(s, &b, 1.2, 0, 50, 0, SYN, NULL); /* a connection with no data */
    static const unsigned char bin[4] = {0, 0xff, '\r', '\n'};
    ikt_synth_send(s, &f, 1.3, 0, bin, 4);
    rec r = {0};
    run(s, &r, NULL, sub);
    const char *names[] = {"1.c2s", "1.s2c", "2.c2s", "2.s2c"};
    const size_t sizes[] = {4, 6, 0, 0};
    for (int i = 0; i < 4; i++) {
        char p[700];
        unsigned char buf[16];
        snprintf(p, sizeof p, "%s/%s", sub, names[i]);
        FILE *fp = fopen(p, "rb");
        cr_assert_not_null(fp, "%s missing", names[i]);
        size_t n = fread(buf, 1, sizeof buf, fp);
        fclose(fp);
        cr_assert_eq(n, sizes[i], "%s: %zu bytes", names[i], n);
        if (i == 0)
            cr_assert_eq(memcmp(buf, bin, 4), 0);
        if (i == 1)
            cr_assert_eq(memcmp(buf, "* OK\r\n", 6), 0);
        unlink(p);
    }
    rmdir(sub);
    rmdir(dir);
    rec_free(&r);
}

/* Many connections through a dump whose handle cache is small (a low
 * descriptor limit): files are closed and reopened for appending as
 * connections take turns, and the role swaps of half of them (decided by
 * content) rename files that may or may not be open.  Every file exact. */
Test(trace_tcp, dump_streams_small_cache_and_swaps)
{
    /* The soft limit only (valgrind refuses to change the hard one); this
     * test's process only. */
    struct rlimit rl;
    cr_assert_eq(getrlimit(RLIMIT_NOFILE, &rl), 0);
    rl.rlim_cur = 64;
    cr_assert_eq(setrlimit(RLIMIT_NOFILE, &rl), 0);
    char dir[] = "/tmp/ikt_dumpXXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    enum { N = 50 };
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple t[N];
    uint32_t seq[N][2];
    for (int i = 0; i < N; i++) {
        char a[32];
        snprintf(a, sizeof a, "10.7.0.%d", i + 1);
        t[i] = tuple(a, (uint16_t)(9000 + i), "10.7.1.1", 8000); /* unknown ports */
        seq[i][0] = 1000u * (unsigned)i;
        seq[i][1] = 7u * (unsigned)i;
    }
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < N; i++) {
            /* odd connections: the first packet comes from the server */
            int first = (i & 1) ? 1 : 0;
            for (int k = 0; k < 2; k++) {
                int d = k == 0 ? first : 1 - first;
                char b[64];
                if (d == 1 && round == 0)
                    snprintf(b, sizeof b, "* OK %d\r\n", i);
                else
                    snprintf(b, sizeof b, "%c%d.%d\r\n", d ? 's' : 'c', i, round);
                seg(s, &t[i], 1.0 + round, d, seq[i][d], seq[i][1 - d], PA, b);
                seq[i][d] += (uint32_t)strlen(b);
            }
        }
    rec r = {0};
    r.server_on_ok = 1;
    r.quiet_data = 1;
    run(s, &r, NULL, dir);
    cr_assert_eq(r.rc, 0);
    for (int i = 0; i < N; i++)
        for (int d = 0; d < 2; d++) {
            char want[256] = "", p[600];
            for (int round = 0; round < 3; round++) {
                size_t n = strlen(want);
                if (d == 1 && round == 0)
                    snprintf(want + n, sizeof want - n, "* OK %d\r\n", i);
                else
                    snprintf(want + n, sizeof want - n, "%c%d.%d\r\n", d ? 's' : 'c', i, round);
            }
            snprintf(p, sizeof p, "%s/%d.%s", dir, i + 1, DIRS[d]);
            FILE *f = fopen(p, "rb");
            cr_assert_not_null(f, "%s", p);
            char buf[256];
            size_t n = fread(buf, 1, sizeof buf - 1, f);
            fclose(f);
            buf[n] = 0;
            cr_assert_str_eq(buf, want, "%s", p);
            unlink(p);
        }
    cr_assert_eq(rmdir(dir), 0, "stray files left in %s", dir);
    rec_free(&r);
}

Test(trace_tcp, dump_streams_bad_directory)
{
    ikt_synth *s = mem_writer(IKT_LINK_EN10MB);
    ikt_synth_tuple a = tuple("10.0.0.1", 40000, "10.0.0.2", 143);
    seg(s, &a, 1.0, 0, 1, 0, PA, "x");
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    char err[256] = "";
    ikt_trace *t = ikt_trace_open_mem(d, n, NULL, err, sizeof err);
    cr_assert_not_null(t);
    cr_assert_eq(ikt_trace_dump_streams(t, "/nonexistent/a/b", err, sizeof err), -1);
    cr_assert_not_null(strstr(err, "/nonexistent/a/b"), "%s", err);
    cr_assert_eq(ikt_trace_run(t), 0);
    cr_assert_eq(ikt_trace_run(t), -1); /* only once */
    ikt_trace_close(t);
    ikt_synth_close(s);
}

/* ---- ikt_tcp directly: memory bounds over many connections -------------- */

static void pk(ikt_packet *p, uint32_t src, uint16_t sport, uint32_t dst, uint16_t dport,
               uint32_t seq, uint32_t ack, uint8_t flags, const char *data)
{
    memset(p, 0, sizeof *p);
    p->family = 4;
    for (int i = 0; i < 4; i++) {
        p->src[i] = (unsigned char)(src >> (24 - 8 * i));
        p->dst[i] = (unsigned char)(dst >> (24 - 8 * i));
    }
    p->sport = sport;
    p->dport = dport;
    p->seq = seq;
    p->ack = ack;
    p->flags = flags;
    p->payload = (const unsigned char *)data;
    p->payload_len = p->seg_len = data ? strlen(data) : 0;
}

typedef struct counts {
    unsigned long conns, closes, bytes, gaps;
} counts;

static void c_conn(void *ud, const ikt_conn_info *ci)
{
    (void)ci;
    ((counts *)ud)->conns++;
}

static void c_data(void *ud, unsigned conn, int dir, double ts, uint64_t off,
                   const unsigned char *b, size_t n)
{
    (void)conn, (void)dir, (void)ts, (void)off, (void)b;
    ((counts *)ud)->bytes += n;
}

static void c_event(void *ud, const ikt_event *e)
{
    if (!strcmp(e->name, "close"))
        ((counts *)ud)->closes++;
    if (!strcmp(e->name, "gap"))
        ((counts *)ud)->gaps++;
}

/* 100 000 short connections, and 100 000 left open, through a tracker limited
 * to 1000 open and 500 remembered: memory stays bounded, every connection is
 * opened and closed exactly once. */
Test(trace_tcp, bounded_connection_table)
{
    counts k = {0};
    ikt_tcp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.ud = &k;
    cfg.on_conn = c_conn;
    cfg.on_data = c_data;
    cfg.on_event = c_event;
    cfg.max_conns = 1000;
    cfg.max_closed = 500;
    ikt_tcp *t = ikt_tcp_new(&cfg);
    cr_assert_not_null(t);
    ikt_packet p;
    for (uint32_t i = 0; i < 100000; i++) {
        uint32_t c = 0x0A000000u + i;
        pk(&p, c, 1000, 0x0AFF0001u, 143, 5, 0, IKT_TCP_SYN, NULL);
        ikt_tcp_packet(t, &p);
        pk(&p, c, 1000, 0x0AFF0001u, 143, 6, 0, IKT_TCP_ACK | IKT_TCP_PSH, "hi");
        ikt_tcp_packet(t, &p);
        pk(&p, c, 1000, 0x0AFF0001u, 143, 6, 0, IKT_TCP_RST, NULL);
        ikt_tcp_packet(t, &p);
        pk(&p, 0x0B000000u + i, 2000, 0x0AFF0001u, 143, 7, 0, IKT_TCP_ACK, "open");
        ikt_tcp_packet(t, &p);
        cr_assert_leq(ikt_tcp_open_count(t), 1000);
        cr_assert_leq(ikt_tcp_closed_count(t), 501);
    }
    ikt_tcp_finish(t, 0);
    cr_assert_eq(k.conns, 200000);
    cr_assert_eq(k.closes, 200000);
    cr_assert_eq(k.bytes, 100000 * 6);
    cr_assert_eq(ikt_tcp_open_count(t), 0);
    ikt_tcp_free(t);
}

/* A long stream with a lost segment every 1000: held bytes never exceed the
 * limit; every loss is one gap once the receiver acknowledges past it. */
Test(trace_tcp, bounded_buffer_long_stream)
{
    counts k = {0};
    ikt_tcp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.ud = &k;
    cfg.on_data = c_data;
    cfg.on_event = c_event;
    ikt_tcp *t = ikt_tcp_new(&cfg);
    ikt_packet p;
    static char chunk[1449];
    memset(chunk, 'x', 1448);
    uint32_t seq = 0xFFFF0000u;
    unsigned long lost = 0;
    for (int i = 0; i < 100000; i++) {
        if (i % 1000 == 500) { /* lost, with data and an ACK after it */
            lost++;
        } else {
            pk(&p, 0x0A000001u, 1234, 0x0A000002u, 143, seq, 1, IKT_TCP_ACK, chunk);
            ikt_tcp_packet(t, &p);
        }
        seq += 1448;
        if (i % 10 == 9) { /* the receiver acknowledges everything so far */
            pk(&p, 0x0A000002u, 143, 0x0A000001u, 1234, 1, seq, IKT_TCP_ACK, NULL);
            ikt_tcp_packet(t, &p);
        }
        cr_assert_leq(ikt_tcp_buffered(t), (size_t)4 << 20);
    }
    ikt_tcp_finish(t, 0);
    cr_assert_eq(k.gaps, lost);
    cr_assert_eq(k.bytes, (100000 - lost) * 1448);
    ikt_tcp_free(t);
}

/* Hostile sequence numbers: random seq/ack/flags/lengths on a few tuples must
 * never crash or leak; bounded by the limits. */
Test(trace_tcp, random_segments_no_crash)
{
    counts k = {0};
    ikt_tcp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.ud = &k;
    cfg.on_conn = c_conn;
    cfg.on_data = c_data;
    cfg.on_event = c_event;
    cfg.max_ooo_bytes = 4096;
    cfg.max_ooo_segments = 16;
    cfg.max_total_ooo_bytes = 10000;
    cfg.max_conns = 8;
    cfg.max_closed = 4;
    ikt_tcp *t = ikt_tcp_new(&cfg);
    static char data[600];
    memset(data, 'r', sizeof data - 1);
    uint64_t x = 88172645463325252ULL;
    ikt_packet p;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        size_t len = (size_t)(x % 600);
        uint32_t seq = (uint32_t)(x >> 20);
        if (x & 0x100000000ULL)
            seq = (uint32_t)(x >> 45) & 0xFFFu; /* near each other often */
        pk(&p, 0x0A000000u + (uint32_t)(x >> 60), (uint16_t)(x >> 50 & 3), 0x0A0000FFu,
           (uint16_t)(x >> 56 & 1 ? 143 : 7), seq, (uint32_t)(x >> 8), (uint8_t)(x >> 33),
           NULL);
        p.payload = (const unsigned char *)data;
        p.payload_len = len;
        p.seg_len = len + (x >> 40 & 1 ? 0 : (size_t)(x >> 41 & 63));
        ikt_tcp_packet(t, &p);
        cr_assert_leq(ikt_tcp_buffered(t), 10000 + 600);
    }
    ikt_tcp_finish(t, 0);
    cr_assert_eq(k.conns, k.closes);
    ikt_tcp_free(t);
}
