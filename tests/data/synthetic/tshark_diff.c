/*
 * tshark_diff.c - differential testing of the trace reassembler against tshark.
 *
 * For one seed: writes OUT/SEED.pcap, a random capture of 1 to 4 connections
 * (random link type, format, VLAN tags, IPv4 or IPv6, ISNs often near 2^32,
 * some caught mid-stream) whose segments are reordered, duplicated, widened,
 * rewritten with different bytes, and lost from the capture (but acknowledged
 * by the receiver, as a real capture drop is); then decodes it with the trace
 * API and writes OUT/SEED.ours/K.c2s and K.s2c.  Where we report a gap that the
 * receiver acknowledged, we write the marker tshark writes into its raw output,
 * "[N bytes missing in capture file]" and a NUL, so both can be compared byte
 * for byte.  tshark_diff.py runs this for many seeds and compares.
 *
 *   T=../../../tools/trace
 *   cc -std=c11 -D_POSIX_C_SOURCE=200809L tshark_diff.c $T/synth.c $T/decode.c \
 *      $T/capture.c $T/stream.c $T/tcp.c $T/dump.c $T/trace.c -lpcap -o /tmp/tshark_diff
 */
#include "../../../tools/trace/synth.h"
#include "../../../tools/trace/trace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAXSEG 20000
#define MAXCONN 4

static uint64_t rs;

static unsigned rnd(unsigned n)
{
    rs = rs * 6364136223846793005ULL + 1442695040888963407ULL;
    return n ? (unsigned)((rs >> 33) % n) : 0;
}

typedef struct seg {
    int conn, dir;
    uint32_t rel, len;
    int conflict, drop;
} seg;

typedef struct conn {
    ikt_synth_tuple t;
    uint32_t isn[2];
    unsigned char *data[2];
    uint32_t len[2];
} conn;

typedef struct out {
    const char *dir;
    FILE *f[MAXCONN * 2 + 2][2];
    int bad;
} out;

static void on_conn(void *ud, const ikt_conn_info *ci)
{
    out *o = ud;
    if (ci->conn >= MAXCONN * 2 + 2) {
        o->bad = 1;
        return;
    }
    for (int d = 0; d < 2; d++) {
        char p[1024];
        snprintf(p, sizeof p, "%s/%u.%s", o->dir, ci->conn, d ? "s2c" : "c2s");
        o->f[ci->conn][d] = fopen(p, "wb");
    }
}

static void on_data(void *ud, unsigned conn, int dir, double ts, uint64_t off,
                    const unsigned char *b, size_t n)
{
    out *o = ud;
    (void)ts, (void)off;
    if (conn < MAXCONN * 2 + 2 && o->f[conn][dir])
        fwrite(b, 1, n, o->f[conn][dir]);
}

static void on_event(void *ud, const ikt_event *e)
{
    out *o = ud;
    if (strcmp(e->name, "gap") != 0 || e->conn >= MAXCONN * 2 + 2)
        return;
    if (strstr(e->detail, "acknowledged") == NULL) {
        /* tshark drops what is left at the end; scenarios avoid that case */
        fprintf(stderr, "unexpected gap: %s\n", e->detail);
        o->bad = 1;
        return;
    }
    char m[80];
    int k = snprintf(m, sizeof m, "[%d bytes missing in capture file]", (int)e->bytes);
    fwrite(m, 1, (size_t)k + 1, o->f[e->conn][e->dir]);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: tshark_diff SEED OUTDIR\n");
        return 2;
    }
    unsigned seed = (unsigned)strtoul(argv[1], NULL, 10);
    rs = seed * 7919ULL + 17;
    char path[1024], dir[1024];
    snprintf(path, sizeof path, "%s/%u.pcap", argv[2], seed);
    snprintf(dir, sizeof dir, "%s/%u.ours", argv[2], seed);
    mkdir(argv[2], 0777);
    mkdir(dir, 0777);

    static const int lts[] = {IKT_LINK_EN10MB, IKT_LINK_SLL, IKT_LINK_SLL2,
                              IKT_LINK_RAW,    IKT_LINK_NULL, IKT_LINK_LOOP};
    ikt_synth_opts o;
    memset(&o, 0, sizeof o);
    o.linktype = lts[rnd(6)];
    o.format = (ikt_synth_format)rnd(3);
    if (o.linktype == IKT_LINK_EN10MB) {
        o.nvlan = rnd(3);
        o.vlan_tpid[0] = 0x88A8;
    }
    ikt_synth *s = ikt_synth_open(path, &o);
    if (s == NULL) {
        perror(path);
        return 1;
    }
    int nc = 1 + (int)rnd(MAXCONN), v6 = (int)rnd(2), ns = 0;
    conn c[MAXCONN];
    static seg segs[MAXSEG], tx[2 * MAXSEG];
    for (int i = 0; i < nc; i++) {
        char a[64], b[64];
        if (v6) {
            snprintf(a, sizeof a, "2001:db8::%x", 10 + i);
            snprintf(b, sizeof b, "2001:db8::1");
        } else {
            snprintf(a, sizeof a, "10.0.%d.%u", i, 1 + rnd(200));
            snprintf(b, sizeof b, "10.1.0.1");
        }
        ikt_synth_tuple_set(&c[i].t, a, (uint16_t)(30000 + i * 7 + (int)rnd(5)), b, 143);
        for (int d = 0; d < 2; d++) {
            c[i].isn[d] = rnd(3) == 0 ? 0xFFFFFFFFu - rnd(3000) : (uint32_t)rnd(0xFFFFFFFFu);
            c[i].len[d] = rnd(4) ? rnd(3000) : 0;
            c[i].data[d] = malloc(c[i].len[d] + 1);
            for (uint32_t k = 0; k < c[i].len[d]; k++)
                c[i].data[d][k] = (unsigned char)('a' + rnd(26));
            for (uint32_t p = 0; p < c[i].len[d];) {
                uint32_t l = 1 + rnd(200);
                if (p + l > c[i].len[d])
                    l = c[i].len[d] - p;
                segs[ns++] = (seg){i, d, p, l, 0, 0};
                p += l;
            }
        }
    }
    /* Shuffle, then put each direction's segments back in order in the slots
     * it got: a random interleaving of in-order directions. */
    for (int i = ns - 1; i > 0; i--) {
        int j = (int)rnd((unsigned)i + 1);
        seg t = segs[i];
        segs[i] = segs[j];
        segs[j] = t;
    }
    for (int i = 0; i < nc; i++)
        for (int d = 0; d < 2; d++) {
            uint32_t next = 0;
            for (int k = 0; k < ns; k++)
                if (segs[k].conn == i && segs[k].dir == d) {
                    for (int m = 0; m < ns; m++)
                        if (segs[m].conn == i && segs[m].dir == d && segs[m].rel == next) {
                            seg t = segs[k];
                            segs[k] = segs[m];
                            segs[m] = t;
                            break;
                        }
                    next += segs[k].len;
                }
        }
    /* Disorder: swaps, capture losses, duplicates (some with other bytes),
     * wider retransmissions. */
    int nt = 0;
    for (int i = 0; i < ns; i++) {
        seg g = segs[i];
        unsigned r = rnd(100);
        if (r < 8 && i + 1 < ns) {
            tx[nt++] = segs[i + 1];
            tx[nt++] = g;
            i++;
            continue;
        }
        if (r < 12) {
            g.drop = 1;
            tx[nt++] = g;
            continue;
        }
        tx[nt++] = g;
        if (r < 20) {
            seg h = g;
            h.conflict = (int)rnd(2);
            tx[nt++] = h;
        }
        if (r < 26) {
            seg h = g;
            uint32_t back = rnd(g.rel + 1 < 100 ? g.rel + 1 : 100);
            h.rel = g.rel - back;
            h.len = back + g.len + rnd(300);
            if (h.rel + h.len > c[g.conn].len[g.dir])
                h.len = c[g.conn].len[g.dir] - h.rel;
            h.conflict = rnd(3) == 0;
            if (h.len)
                tx[nt++] = h;
        }
    }
    double ts = 1.0;
    int started[MAXCONN] = {0}, mid[MAXCONN];
    uint32_t hi[MAXCONN][2];
    memset(hi, 0, sizeof hi);
    for (int i = 0; i < nc; i++)
        mid[i] = rnd(5) == 0;
    for (int i = 0; i < nt; i++) {
        seg g = tx[i];
        conn *cd = &c[g.conn];
        ikt_synth_pkt p;
        if (!started[g.conn] && !mid[g.conn]) {
            memset(&p, 0, sizeof p);
            p.tuple = &cd->t;
            p.ts = ts += 0.001;
            p.seq = cd->isn[0] - 1;
            p.flags = 0x02;
            ikt_synth_packet(s, &p);
            p.ts = ts += 0.001;
            p.dir = 1;
            p.seq = cd->isn[1] - 1;
            p.ack = cd->isn[0];
            p.flags = 0x12;
            ikt_synth_packet(s, &p);
        }
        started[g.conn] = 1;
        unsigned char buf[4096];
        memcpy(buf, cd->data[g.dir] + g.rel, g.len);
        if (g.conflict)
            for (uint32_t k = 0; k < g.len; k++)
                if (rnd(3) == 0)
                    buf[k] = (unsigned char)('A' + rnd(26));
        if (!g.drop) {
            memset(&p, 0, sizeof p);
            p.tuple = &cd->t;
            p.ts = ts += 0.001;
            p.dir = g.dir;
            p.seq = cd->isn[g.dir] + g.rel;
            p.ack = cd->isn[1 - g.dir] + (rnd(4) ? hi[g.conn][1 - g.dir] : 0);
            p.flags = 0x18;
            p.payload = buf;
            p.len = g.len;
            ikt_synth_packet(s, &p);
        }
        if (g.rel + g.len > hi[g.conn][g.dir] && !g.conflict)
            hi[g.conn][g.dir] = g.rel + g.len; /* what the receiver holds, roughly */
    }
    /* Finally each side acknowledges everything: every hole is then known lost
     * to both tshark and us. */
    for (int i = 0; i < nc; i++)
        for (int d = 0; d < 2; d++) {
            ikt_synth_pkt p;
            memset(&p, 0, sizeof p);
            p.tuple = &c[i].t;
            p.ts = ts += 0.001;
            p.dir = d;
            p.seq = c[i].isn[d] + c[i].len[d];
            p.ack = c[i].isn[1 - d] + c[i].len[1 - d];
            p.flags = 0x10;
            ikt_synth_packet(s, &p);
        }
    if (ikt_synth_close(s) != 0)
        return 1;
    for (int i = 0; i < nc; i++)
        free(c[i].data[0]), free(c[i].data[1]);

    out ou;
    memset(&ou, 0, sizeof ou);
    ou.dir = dir;
    ikt_options opt;
    memset(&opt, 0, sizeof opt);
    opt.ud = &ou;
    opt.on_conn = on_conn;
    opt.on_data = on_data;
    opt.on_event = on_event;
    char err[256];
    ikt_trace *t = ikt_trace_open(path, &opt, err, sizeof err);
    if (t == NULL) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    int rc = ikt_trace_run(t);
    ikt_trace_close(t);
    for (int i = 0; i < MAXCONN * 2 + 2; i++)
        for (int d = 0; d < 2; d++)
            if (ou.f[i][d])
                fclose(ou.f[i][d]);
    return rc != 0 || ou.bad;
}
