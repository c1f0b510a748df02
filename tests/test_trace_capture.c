/*
 * test_trace_capture.c - capture files and frame decoding of the trace layer:
 * every link type, pcap/pcapng formats and timestamps, IPv4 options and
 * fragments, IPv6 extension headers, truncated and malformed frames, damaged
 * files, and hostile random input (which must never crash).
 */
#include <criterion/criterion.h>

#include "../tools/trace/capture.h"
#include "../tools/trace/decode.h"
#include "../tools/trace/synth.h"
#include "../tools/trace/trace.h"

#include <pcap/dlt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- recorder ------------------------------------------------------------ */

typedef struct rec {
    char *log;
    size_t len, cap;
    int rc;
    int with_ts;               /* print data times to the nanosecond */
    ikt_stats st;
    char err[512];
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
    rec_add(ud, "conn %u %s:%u>%s:%u\n", ci->conn, ci->client, ci->client_port, ci->server,
            ci->server_port);
}

static void r_data(void *ud, unsigned conn, int dir, double ts, uint64_t off,
                   const unsigned char *b, size_t n)
{
    rec *r = ud;
    if (r->with_ts)
        rec_add(r, "data %u %s @%llu t=%.9f \"", conn, DIRS[dir], (unsigned long long)off, ts);
    else
        rec_add(r, "data %u %s @%llu \"", conn, DIRS[dir], (unsigned long long)off);
    for (size_t i = 0; i < n; i++) {
        if (b[i] == '\r')
            rec_add(r, "\\r");
        else if (b[i] == '\n')
            rec_add(r, "\\n");
        else if (b[i] >= 0x20 && b[i] < 0x7f && b[i] != '"' && b[i] != '\\')
            rec_add(r, "%c", b[i]);
        else
            rec_add(r, "\\x%02x", b[i]);
    }
    rec_add(r, "\"\n");
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

/* Run the decoder over a capture in memory; r->log is "" if nothing happened,
 * and r->err holds the open error, if any (then r->rc is -2). */
static void run_bytes(const void *d, size_t n, rec *r)
{
    ikt_options o;
    memset(&o, 0, sizeof o);
    o.ud = r;
    o.on_conn = r_conn;
    o.on_data = r_data;
    o.on_event = r_event;
    rec_add(r, "%s", "");
    ikt_trace *t = ikt_trace_open_mem(d, n, &o, r->err, sizeof r->err);
    if (t == NULL) {
        r->rc = -2;
        return;
    }
    r->rc = ikt_trace_run(t);
    ikt_trace_stats(t, &r->st);
    ikt_trace_close(t);
}

static void run(ikt_synth *s, rec *r)
{
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    run_bytes(d, n, r);
    cr_assert_eq(r->rc, 0, "run: %d %s", r->rc, r->err);
    ikt_synth_close(s);
}

/* ---- helpers -------------------------------------------------------------- */

static ikt_synth *writer(const ikt_synth_opts *o)
{
    ikt_synth *s = ikt_synth_open_mem(o);
    cr_assert_not_null(s);
    return s;
}

static ikt_synth_opts opts(int linktype)
{
    ikt_synth_opts o;
    memset(&o, 0, sizeof o);
    o.linktype = linktype;
    return o;
}

static ikt_synth_tuple tuple(int family)
{
    ikt_synth_tuple t;
    if (family == 6)
        cr_assert_eq(ikt_synth_tuple_set(&t, "2001:db8::1", 40000, "2001:db8::2", 143), 0);
    else
        cr_assert_eq(ikt_synth_tuple_set(&t, "10.0.0.1", 40000, "10.0.0.2", 143), 0);
    return t;
}

static ikt_synth_pkt pkt(const ikt_synth_tuple *t, double ts, int dir, uint32_t seq,
                         unsigned flags, const char *payload)
{
    ikt_synth_pkt p;
    memset(&p, 0, sizeof p);
    p.ts = ts;
    p.tuple = t;
    p.dir = dir;
    p.seq = seq;
    p.ack = dir ? 101 : 901;
    p.flags = flags;
    p.payload = payload;
    p.len = payload ? strlen(payload) : 0;
    return p;
}

#define PA (IKT_TCP_PSH | IKT_TCP_ACK)

/* The same small exchange on any link layer: handshake, greeting, command. */
static void conversation(ikt_synth *s, int family)
{
    ikt_synth_tuple t = tuple(family);
    ikt_synth_flow f;
    ikt_synth_flow_init(&f, &t, 100, 900);
    cr_assert_eq(ikt_synth_handshake(s, &f, 1.0), 0);
    cr_assert_eq(ikt_synth_send(s, &f, 1.1, 1, "* OK\r\n", 6), 0);
    cr_assert_eq(ikt_synth_send(s, &f, 1.2, 0, "a NOOP\r\n", 8), 0);
}

static const char *const EXPECT4 = "conn 1 10.0.0.1:40000>10.0.0.2:143\n"
                                   "open 1 [syn]\n"
                                   "data 1 s2c @0 \"* OK\\r\\n\"\n"
                                   "data 1 c2s @0 \"a NOOP\\r\\n\"\n"
                                   "close 1 [end of capture]\n";
static const char *const EXPECT6 = "conn 1 2001:db8::1:40000>2001:db8::2:143\n"
                                   "open 1 [syn]\n"
                                   "data 1 s2c @0 \"* OK\\r\\n\"\n"
                                   "data 1 c2s @0 \"a NOOP\\r\\n\"\n"
                                   "close 1 [end of capture]\n";

/* ---- link types ---------------------------------------------------------- */

typedef struct ltcase {
    const char *name;
    ikt_synth_opts o;
    int family;
} ltcase;

Test(trace_capture, every_link_type)
{
    ltcase cases[] = {
        {"ethernet v4", {.linktype = IKT_LINK_EN10MB}, 4},
        {"ethernet v6", {.linktype = IKT_LINK_EN10MB}, 6},
        {"802.1Q", {.linktype = IKT_LINK_EN10MB, .nvlan = 1, .vlan_id = {42}}, 4},
        {"QinQ 88a8+8100",
         {.linktype = IKT_LINK_EN10MB, .nvlan = 2, .vlan_tpid = {0x88A8, 0x8100}, .vlan_id = {1, 2}},
         6},
        {"QinQ 9100",
         {.linktype = IKT_LINK_EN10MB, .nvlan = 2, .vlan_tpid = {0x9100, 0x8100}},
         4},
        {"four tags", {.linktype = IKT_LINK_EN10MB, .nvlan = 4}, 4},
        {"sll v4", {.linktype = IKT_LINK_SLL}, 4},
        {"sll v6", {.linktype = IKT_LINK_SLL}, 6},
        {"sll2 v4", {.linktype = IKT_LINK_SLL2}, 4},
        {"sll2 v6", {.linktype = IKT_LINK_SLL2}, 6},
        {"raw v4", {.linktype = IKT_LINK_RAW}, 4},
        {"raw v6", {.linktype = IKT_LINK_RAW}, 6},
        {"ipv4", {.linktype = IKT_LINK_IPV4}, 4},
        {"ipv6", {.linktype = IKT_LINK_IPV6}, 6},
        {"null le v4", {.linktype = IKT_LINK_NULL, .null_order = 1}, 4},
        {"null be v4", {.linktype = IKT_LINK_NULL, .null_order = 2}, 4},
        {"null v6 24", {.linktype = IKT_LINK_NULL, .af_inet6 = 24}, 6},
        {"null v6 28", {.linktype = IKT_LINK_NULL, .af_inet6 = 28}, 6},
        {"null v6 30 be", {.linktype = IKT_LINK_NULL, .af_inet6 = 30, .null_order = 2}, 6},
        {"null v6 10", {.linktype = IKT_LINK_NULL, .af_inet6 = 10}, 6},
        {"loop v4", {.linktype = IKT_LINK_LOOP}, 4},
        {"loop v6 le", {.linktype = IKT_LINK_LOOP, .null_order = 1}, 6},
        {"pcapng sll2", {.linktype = IKT_LINK_SLL2, .format = IKT_SYNTH_PCAPNG}, 6},
        {"pcap ns ethernet", {.linktype = IKT_LINK_EN10MB, .format = IKT_SYNTH_PCAP_NSEC}, 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ikt_synth *s = writer(&cases[i].o);
        conversation(s, cases[i].family);
        rec r = {0};
        run(s, &r);
        cr_assert_str_eq(r.log, cases[i].family == 6 ? EXPECT6 : EXPECT4, "case %s", cases[i].name);
        cr_assert_eq(r.st.frames, 5, "case %s", cases[i].name);
        free(r.log);
    }
}

/* Timestamps: microseconds in classic pcap, nanoseconds in pcap-ns and pcapng. */
Test(trace_capture, timestamps_by_format)
{
    struct {
        ikt_synth_format f;
        const char *t;
    } cases[] = {
        {IKT_SYNTH_PCAP, "5.123457000"},
        {IKT_SYNTH_PCAP_NSEC, "5.123456789"},
        {IKT_SYNTH_PCAPNG, "5.123456789"},
    };
    for (int i = 0; i < 3; i++) {
        ikt_synth_opts o = opts(IKT_LINK_EN10MB);
        o.format = cases[i].f;
        ikt_synth *s = writer(&o);
        ikt_synth_tuple t = tuple(4);
        ikt_synth_pkt p = pkt(&t, 5.123456789, 1, 7, PA, "* OK\r\n");
        cr_assert_eq(ikt_synth_packet(s, &p), 0);
        rec r = {0};
        r.with_ts = 1;
        run(s, &r);
        char want[128];
        snprintf(want, sizeof want, "data 1 s2c @0 t=%s \"* OK\\r\\n\"\n", cases[i].t);
        cr_assert_not_null(strstr(r.log, want), "format %d: %s", i, r.log);
        free(r.log);
    }
}

/* A capture written to a real file and opened by name. */
Test(trace_capture, open_file_by_path)
{
    char path[] = "/tmp/ikt_capXXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    close(fd);
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    o.format = IKT_SYNTH_PCAPNG;
    ikt_synth *s = ikt_synth_open(path, &o);
    cr_assert_not_null(s);
    conversation(s, 4);
    cr_assert_eq(ikt_synth_close(s), 0);
    rec r = {0};
    ikt_options opt;
    memset(&opt, 0, sizeof opt);
    opt.ud = &r;
    opt.on_conn = r_conn;
    opt.on_data = r_data;
    opt.on_event = r_event;
    char err[256];
    ikt_trace *t = ikt_trace_open(path, &opt, err, sizeof err);
    cr_assert_not_null(t, "%s", err);
    cr_assert_eq(ikt_trace_run(t), 0);
    ikt_trace_close(t);
    cr_assert_str_eq(r.log, EXPECT4);
    free(r.log);
    unlink(path);
}

/* IPv4 with 40 bytes of options and TCP with 40 bytes of options. */
Test(trace_capture, ip_and_tcp_options)
{
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t = tuple(4);
    ikt_synth_pkt p = pkt(&t, 1, 1, 7, PA, "* OK opts\r\n");
    p.ip_opt_len = 40;
    p.tcp_opt_len = 40;
    cr_assert_eq(ikt_synth_packet(s, &p), 0);
    rec r = {0};
    run(s, &r);
    cr_assert_str_eq(r.log, "conn 1 10.0.0.1:40000>10.0.0.2:143\n"
                            "open 1 [mid-stream]\n"
                            "data 1 s2c @0 \"* OK opts\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    free(r.log);
}

/* IPv6 hop-by-hop and destination options, and an atomic fragment header
 * (offset 0, no more fragments), all walked to TCP. */
Test(trace_capture, ipv6_extension_headers)
{
    ikt_synth_opts o = opts(IKT_LINK_RAW);
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t = tuple(6);
    ikt_synth_pkt p = pkt(&t, 1, 1, 7, PA, "* OK ext\r\n");
    p.ipv6_ext = 3;
    cr_assert_eq(ikt_synth_packet(s, &p), 0);
    p = pkt(&t, 2, 1, 17, PA, "* atomic\r\n");
    p.frag6 = 1;
    p.frag = 0;
    p.ipv6_ext = 1;
    cr_assert_eq(ikt_synth_packet(s, &p), 0);
    rec r = {0};
    run(s, &r);
    cr_assert_str_eq(r.log, "conn 1 2001:db8::1:40000>2001:db8::2:143\n"
                            "open 1 [mid-stream]\n"
                            "data 1 s2c @0 \"* OK ext\\r\\n\"\n"
                            "data 1 s2c @10 \"* atomic\\r\\n\"\n"
                            "close 1 [end of capture]\n");
    free(r.log);
}

/* IP fragments are skipped with a warning each (first fragment, later
 * fragment, IPv6 fragment); the rest decodes. */
Test(trace_capture, fragments_skipped_with_warning)
{
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t4 = tuple(4), t6 = tuple(6);
    ikt_synth_pkt p = pkt(&t4, 1, 1, 7, PA, "first frag");
    p.frag = 0x2000; /* MF */
    ikt_synth_packet(s, &p);
    p = pkt(&t4, 2, 1, 7, PA, "later frag");
    p.frag = 0x0010; /* offset 128 */
    ikt_synth_packet(s, &p);
    p = pkt(&t6, 3, 1, 7, PA, "v6 frag");
    p.frag6 = 1;
    p.frag = 0x0001; /* M */
    ikt_synth_packet(s, &p);
    p = pkt(&t4, 4, 1, 7, PA, "whole");
    ikt_synth_packet(s, &p);
    rec r = {0};
    run(s, &r);
    cr_assert_str_eq(r.log, "warning 0 [frame 1: IPv4 fragment (not reassembled)]\n"
                            "warning 0 [frame 2: IPv4 fragment (not reassembled)]\n"
                            "warning 0 [frame 3: IPv6 fragment (not reassembled)]\n"
                            "conn 1 10.0.0.1:40000>10.0.0.2:143\n"
                            "open 1 [mid-stream]\n"
                            "data 1 s2c @0 \"whole\"\n"
                            "close 1 [end of capture]\n");
    cr_assert_eq(r.st.fragments, 3);
    cr_assert_eq(r.st.tcp, 1);
    free(r.log);
}

/* The snapshot length cut segments: inside the payload, the captured part is
 * delivered and the rest is a gap; inside a header, the frame is skipped with
 * a warning. */
Test(trace_capture, truncated_frames)
{
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t = tuple(4);
    ikt_synth_pkt p = pkt(&t, 1, 1, 1000, PA, "* 1 FETCH (BODY[] {5}\r\n");
    p.cut = 14 + 20 + 20 + 10; /* 10 payload bytes of 23 */
    ikt_synth_packet(s, &p);
    p = pkt(&t, 2, 1, 1023, PA, "hello)\r\n");
    ikt_synth_packet(s, &p);
    p = pkt(&t, 3, 1, 1031, PA, "lost in header");
    p.cut = 14 + 20 + 19; /* inside the TCP header */
    ikt_synth_packet(s, &p);
    p.cut = 14 + 19; /* inside the IPv4 header */
    ikt_synth_packet(s, &p);
    p.cut = 13; /* inside the Ethernet header */
    ikt_synth_packet(s, &p);
    p = pkt(&t, 4, 1, 1031, PA, "* OK\r\n");
    p.cut = 14 + 20 + 20; /* header only: all payload missing */
    ikt_synth_packet(s, &p);
    rec r = {0};
    run(s, &r);
    cr_assert_str_eq(r.log,
                     "conn 1 10.0.0.1:40000>10.0.0.2:143\n"
                     "open 1 [mid-stream]\n"
                     "data 1 s2c @0 \"* 1 FETCH \"\n"
                     "gap 1 s2c @10 +13 [13 bytes missing (cut by snapshot length)]\n"
                     "data 1 s2c @23 \"hello)\\r\\n\"\n"
                     "warning 0 [frame 3: frame ends inside the TCP header]\n"
                     "warning 0 [frame 4: frame ends inside the IPv4 header]\n"
                     "warning 0 [frame 5: frame ends inside the Ethernet header]\n"
                     "gap 1 s2c @31 +6 [6 bytes missing (cut by snapshot length)]\n"
                     "close 1 [end of capture]\n");
    cr_assert_eq(r.st.truncated, 3);
    free(r.log);
}

/* A header whose length field claims more than a complete frame holds is
 * malformed, not truncated; Ethernet padding after the IP length is not data. */
Test(trace_capture, lying_lengths_and_padding)
{
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t = tuple(4);
    ikt_synth_pkt p = pkt(&t, 1, 1, 1, PA, "too long");
    p.ip_len_delta = 10;
    ikt_synth_packet(s, &p);
    p = pkt(&t, 2, 1, 1, PA, "too short");
    p.ip_len_delta = -(14 + 20 + 9);
    ikt_synth_packet(s, &p);
    rec r = {0};
    {
        /* a 1-byte segment padded to Ethernet's 60-byte minimum by hand */
        ikt_synth_opts ro = opts(IKT_LINK_EN10MB);
        ikt_synth *tmp = writer(&ro);
        ikt_synth_pkt q = pkt(&t, 3, 1, 1, PA, "x");
        cr_assert_eq(ikt_synth_packet(tmp, &q), 0);
        const unsigned char *d;
        size_t n;
        cr_assert_eq(ikt_synth_mem(tmp, &d, &n), 0);
        unsigned char frame[60] = {0};
        size_t flen = n - 24 - 16; /* minus file and record headers */
        cr_assert_eq(flen, 55);
        memcpy(frame, d + 40, flen);
        memset(frame + flen, 'P', sizeof frame - flen);
        cr_assert_eq(ikt_synth_frame(s, 3, frame, sizeof frame, sizeof frame), 0);
        ikt_synth_close(tmp);
    }
    run(s, &r);
    cr_assert_str_eq(r.log, "warning 0 [frame 1: IP length beyond the end of the frame]\n"
                            "warning 0 [frame 2: IPv4 total length below the header length]\n"
                            "conn 1 10.0.0.1:40000>10.0.0.2:143\n"
                            "open 1 [mid-stream]\n"
                            "data 1 s2c @0 \"x\"\n"
                            "close 1 [end of capture]\n");
    cr_assert_eq(r.st.malformed, 2);
    free(r.log);
}

/* At most max_warnings warnings of a kind, then one summary at the end. */
Test(trace_capture, warnings_are_rate_limited)
{
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t = tuple(4);
    for (int i = 0; i < 250; i++) {
        ikt_synth_pkt p = pkt(&t, 1, 1, 1, PA, "frag");
        p.frag = 0x2000;
        ikt_synth_packet(s, &p);
    }
    rec r = {0};
    run(s, &r);
    int lines = 0;
    for (const char *c = r.log; (c = strchr(c, '\n')) != NULL; c++)
        lines++;
    cr_assert_eq(lines, 101);
    cr_assert_not_null(strstr(r.log, "frame 100: IPv4 fragment"));
    cr_assert_null(strstr(r.log, "frame 101:"));
    cr_assert_not_null(strstr(r.log, "warning 0 [150 more IP fragment warnings not shown]\n"));
    cr_assert_eq(r.st.fragments, 250);
    free(r.log);
}

/* Frames that are not TCP over IP are skipped quietly. */
Test(trace_capture, non_tcp_ignored)
{
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    static const unsigned char arp[42] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2, 0, 0, 0, 0, 1,
                                          0x08, 0x06, 0, 1, 8, 0, 6, 4, 0, 1};
    static const unsigned char llc[60] = {1, 0x80, 0xc2, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0, 38,
                                          0x42, 0x42, 3};
    unsigned char udp[14 + 28] = {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0x08, 0x00,
                                  0x45, 0, 0, 28, 0, 0, 0, 0, 64, 17};
    cr_assert_eq(ikt_synth_frame(s, 1, arp, sizeof arp, sizeof arp), 0);
    cr_assert_eq(ikt_synth_frame(s, 2, llc, sizeof llc, sizeof llc), 0);
    cr_assert_eq(ikt_synth_frame(s, 3, udp, sizeof udp, sizeof udp), 0);
    rec r = {0};
    run(s, &r);
    cr_assert_str_eq(r.log, "");
    cr_assert_eq(r.st.ignored, 3);
    free(r.log);
}

/* ---- the decoder on its own: every cut of every header -------------------- */

/* One frame of the given link type as synth builds it. */
static size_t build_frame(ikt_synth_opts o, int family, unsigned char *out, size_t cap,
                          const char *payload)
{
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t = tuple(family);
    ikt_synth_pkt p = pkt(&t, 1, 0, 1234, PA, payload);
    p.ipv6_ext = family == 6 ? 2 : 0;
    p.ip_opt_len = family == 4 ? 8 : 0;
    p.tcp_opt_len = 12;
    cr_assert_eq(ikt_synth_packet(s, &p), 0);
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    size_t len = n - 24 - 16;
    cr_assert_leq(len, cap);
    memcpy(out, d + 40, len);
    ikt_synth_close(s);
    return len;
}

Test(trace_capture, decoder_every_cut)
{
    struct {
        int lt, dlt, family;
        unsigned nvlan;
    } cases[] = {
        {IKT_LINK_EN10MB, DLT_EN10MB, 4, 0}, {IKT_LINK_EN10MB, DLT_EN10MB, 6, 2},
        {IKT_LINK_SLL, DLT_LINUX_SLL, 4, 0}, {IKT_LINK_SLL2, DLT_LINUX_SLL2, 6, 0},
        {IKT_LINK_RAW, DLT_RAW, 4, 0},       {IKT_LINK_IPV6, DLT_IPV6, 6, 0},
        {IKT_LINK_NULL, DLT_NULL, 4, 0},     {IKT_LINK_LOOP, DLT_LOOP, 6, 0},
    };
    const char *payload = "0123456789";
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ikt_synth_opts o = opts(cases[i].lt);
        o.nvlan = cases[i].nvlan;
        unsigned char frame[512];
        size_t len = build_frame(o, cases[i].family, frame, sizeof frame, payload);
        size_t hdrs = len - 10;
        for (size_t cut = 0; cut <= len; cut++) {
            /* a fresh heap copy of exactly `cut` bytes, so ASan sees any over-read */
            unsigned char *f = malloc(cut ? cut : 1);
            memcpy(f, frame, cut);
            ikt_packet pk;
            const char *why = NULL;
            ikt_decode_status st = ikt_decode_frame(cases[i].dlt, f, cut, len, &pk, &why);
            if (cut < hdrs) {
                cr_assert_eq(st, IKT_DECODE_TRUNCATED, "case %zu cut %zu: %d %s", i, cut, st,
                             why ? why : "");
                cr_assert_not_null(why);
            } else {
                cr_assert_eq(st, IKT_DECODE_TCP, "case %zu cut %zu: %s", i, cut, why ? why : "");
                cr_assert_eq(pk.payload_len, cut - hdrs);
                cr_assert_eq(pk.seg_len, 10);
                cr_assert_eq(pk.seq, 1234);
                cr_assert_eq(pk.sport, 40000);
                cr_assert_eq(pk.dport, 143);
                cr_assert_eq(pk.family, cases[i].family);
                cr_assert_eq(memcmp(pk.payload, payload, pk.payload_len), 0);
            }
            /* the same bytes claimed complete: never TCP with a lying length */
            st = ikt_decode_frame(cases[i].dlt, f, cut, cut, &pk, &why);
            if (cut < len && st == IKT_DECODE_TCP)
                cr_assert_fail("case %zu cut %zu decoded as complete", i, cut);
            free(f);
        }
    }
}

Test(trace_capture, decoder_malformed_headers)
{
    unsigned char f[128];
    ikt_packet pk;
    const char *why;
    ikt_synth_opts o = opts(IKT_LINK_RAW);
    size_t len = build_frame(o, 4, f, sizeof f, "abc");
    f[0] = 0x44; /* IHL 4 */
    cr_assert_eq(ikt_decode_frame(DLT_RAW, f, len, len, &pk, &why), IKT_DECODE_MALFORMED);
    cr_assert_str_eq(why, "IPv4 header length below 20 bytes");
    len = build_frame(o, 4, f, sizeof f, "abc");
    f[28 + 12] = 0x40; /* TCP data offset 4 */
    cr_assert_eq(ikt_decode_frame(DLT_RAW, f, len, len, &pk, &why), IKT_DECODE_MALFORMED);
    cr_assert_str_eq(why, "TCP data offset below 20 bytes");
    len = build_frame(o, 4, f, sizeof f, "abc");
    f[0] = 0x55; /* version 5 */
    cr_assert_eq(ikt_decode_frame(DLT_RAW, f, len, len, &pk, &why), IKT_DECODE_IGNORED);
    len = build_frame(o, 4, f, sizeof f, "abc");
    f[2] = 0, f[3] = 0; /* total length 0 (segmentation offload): use the frame */
    cr_assert_eq(ikt_decode_frame(DLT_RAW, f, len, len, &pk, &why), IKT_DECODE_TCP);
    cr_assert_eq(pk.payload_len, 3);
    /* Ethernet with nine VLAN tags */
    unsigned char e[14 + 36 + 20] = {0};
    e[12] = 0x81;
    for (int i = 0; i < 9; i++)
        e[16 + 4 * i] = 0x81;
    e[13] = 0;
    cr_assert_eq(ikt_decode_frame(DLT_EN10MB, e, sizeof e, sizeof e, &pk, &why),
                 IKT_DECODE_MALFORMED);
    cr_assert_str_eq(why, "too many VLAN tags");
    /* loopback with an unknown family */
    unsigned char l[4 + 40] = {7, 0, 0, 0, 0x45};
    cr_assert_eq(ikt_decode_frame(DLT_NULL, l, sizeof l, sizeof l, &pk, &why), IKT_DECODE_IGNORED);
    cr_assert_eq(ikt_decode_frame(DLT_EN10MB, NULL, 0, 0, &pk, &why), IKT_DECODE_TRUNCATED);
    cr_assert_eq(ikt_decode_frame(12345, f, len, len, &pk, &why), IKT_DECODE_IGNORED);
    cr_assert_eq(ikt_decode_supported(DLT_EN10MB), 1);
    cr_assert_eq(ikt_decode_supported(105), 0);
}

/* ---- files that are not right --------------------------------------------- */

Test(trace_capture, not_a_capture)
{
    rec r = {0};
    run_bytes("hello, this is not a capture file at all", 40, &r);
    cr_assert_eq(r.rc, -2);
    cr_assert_neq(r.err[0], 0);
    free(r.log);
    memset(&r, 0, sizeof r);
    run_bytes("", 0, &r);
    cr_assert_eq(r.rc, -2);
    cr_assert_str_eq(r.err, "capture: empty input");
    free(r.log);
    char err[256];
    cr_assert_null(ikt_trace_open("/nonexistent/x.pcap", NULL, err, sizeof err));
    cr_assert_not_null(strstr(err, "/nonexistent/x.pcap"), "%s", err);
}

Test(trace_capture, unsupported_link_type)
{
    ikt_synth_opts o = opts(105); /* IEEE 802.11 */
    ikt_synth *s = writer(&o);
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    char err[256];
    cr_assert_null(ikt_trace_open_mem(d, n, NULL, err, sizeof err));
    cr_assert_str_eq(err, "unsupported link type 105 (IEEE802_11)");
    ikt_synth_close(s);
}

/* A file cut in the middle of a record (tcpdump killed): everything before is
 * delivered, connections are closed, and the run reports the damage. */
Test(trace_capture, capture_cut_short)
{
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    conversation(s, 4);
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    rec r = {0};
    run_bytes(d, n - 5, &r);
    cr_assert_eq(r.rc, -1);
    /* libpcap's own words follow the colon; they vary between versions. */
    const char *w = strstr(r.log, "warning 0 [capture damaged or cut short after frame 4: ");
    cr_assert_not_null(w, "%s", r.log);
    cr_assert_eq(strncmp(r.log,
                         "conn 1 10.0.0.1:40000>10.0.0.2:143\n"
                         "open 1 [syn]\n"
                         "data 1 s2c @0 \"* OK\\r\\n\"\n"
                         "warning 0 [capture damaged",
                         (size_t)(w - r.log) + 26),
                 0, "%s", r.log);
    const char *end = strchr(w, '\n');
    cr_assert_str_eq(end, "\nclose 1 [end of capture]\n");
    cr_assert_eq(r.st.frames, 4);
    free(r.log);
    ikt_synth_close(s);
}

/* The capture module alone: frame numbers, lengths, stamps, end of file. */
Test(trace_capture, capture_reader)
{
    ikt_synth_opts o = opts(IKT_LINK_RAW);
    o.snaplen = 50;
    ikt_synth *s = writer(&o);
    ikt_synth_tuple t = tuple(4);
    ikt_synth_pkt p = pkt(&t, 7.25, 0, 1, PA, "0123456789012345678901234567890123456789");
    ikt_synth_packet(s, &p);
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    char err[256];
    ikt_capture *c = ikt_capture_open_mem(d, n, err, sizeof err);
    cr_assert_not_null(c, "%s", err);
    ikt_synth_close(s); /* the capture holds its own copy */
    cr_assert_eq(ikt_capture_linktype(c), DLT_RAW);
    cr_assert_str_eq(ikt_capture_linktype_name(c), "RAW");
    ikt_frame fr;
    cr_assert_eq(ikt_capture_next(c, &fr), 1);
    cr_assert_eq(fr.number, 1);
    cr_assert_eq(fr.caplen, 50);
    cr_assert_eq(fr.wirelen, 80);
    cr_assert_float_eq(fr.ts, 7.25, 1e-9);
    cr_assert_eq(ikt_capture_next(c, &fr), 0);
    ikt_capture_close(c);
}

/* ---- hostile input: nothing may crash, leak or hang ------------------------ */

static uint64_t xs(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* Random frames, as every link type, straight into the decoder. */
Test(trace_capture, hostile_random_frames)
{
    static const int dlts[] = {DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_RAW,
                               DLT_IPV4,   DLT_IPV6,      DLT_NULL,       DLT_LOOP};
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    unsigned char base[128];
    for (int i = 0; i < 200000; i++) {
        size_t len = xs(&x) % 128;
        unsigned char *f = malloc(len ? len : 1);
        for (size_t k = 0; k < len; k++)
            f[k] = (unsigned char)xs(&x);
        if (i & 1 && len > 40) { /* plausible headers with random lengths */
            memcpy(base, f, len);
            size_t ip = (i & 2) ? 14 : 0;
            if (ip + 40 <= len) {
                f[ip] = (i & 4) ? 0x45 : 0x60;
                if (ip)
                    f[12] = (i & 4) ? 0x08 : 0x86, f[13] = (i & 4) ? 0x00 : 0xDD;
                f[ip + 9] = 6;
                f[ip + 6] = (i & 4) ? (unsigned char)(f[ip + 6] & 0x80) : 6;
            }
        }
        ikt_packet pk;
        const char *why;
        int dlt = dlts[xs(&x) % 8];
        if (ikt_decode_frame(dlt, f, len, len + (xs(&x) & 1) * 7, &pk, &why) == IKT_DECODE_TCP) {
            cr_assert_leq(pk.payload_len, len);
            cr_assert(pk.payload >= f && pk.payload + pk.payload_len <= f + len);
        }
        free(f);
    }
}

/* Random record contents behind a valid pcap header, and random bit flips in a
 * valid capture, through the whole decoder. */
Test(trace_capture, hostile_random_captures)
{
    uint64_t x = 1234567;
    ikt_synth_opts o = opts(IKT_LINK_EN10MB);
    ikt_synth *s = writer(&o);
    conversation(s, 4);
    conversation(s, 6);
    const unsigned char *d;
    size_t n;
    cr_assert_eq(ikt_synth_mem(s, &d, &n), 0);
    unsigned char *buf = malloc(n + 4096);
    for (int i = 0; i < 3000; i++) {
        size_t len = n;
        memcpy(buf, d, n);
        int mode = i % 3;
        if (mode == 0) { /* flip a few bytes anywhere after the file header */
            for (int k = 0; k < 1 + (int)(xs(&x) % 8); k++)
                buf[24 + xs(&x) % (n - 24)] ^= (unsigned char)(1u << (xs(&x) % 8));
        } else if (mode == 1) { /* random records */
            len = 24 + xs(&x) % 4096;
            for (size_t k = 24; k < len; k++)
                buf[k] = (unsigned char)xs(&x);
        } else { /* random bytes, header and all */
            len = xs(&x) % 200;
            for (size_t k = 0; k < len; k++)
                buf[k] = (unsigned char)xs(&x);
            if (len >= 4 && (i & 8))
                memcpy(buf, "\xd4\xc3\xb2\xa1", 4);
        }
        rec r = {0};
        run_bytes(buf, len, &r);
        cr_assert(r.rc == 0 || r.rc == -1 || r.rc == -2);
        free(r.log);
    }
    free(buf);
    ikt_synth_close(s);
}
