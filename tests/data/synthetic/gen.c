/*
 * gen.c - writes the synthetic captures of this folder with tools/trace/synth.c.
 *
 * Each capture stresses the TCP reassembler in ways a clean loopback recording
 * never does; tshark's own reassembly of them (truth.py) is the ground truth
 * that tests/test_trace_streams.c compares with.  Deterministic: the same
 * binary always writes the same bytes.  No capture here loses a segment for
 * good (tshark writes a text marker into its raw output for a lost segment).
 *
 *   cc -std=c11 -D_POSIX_C_SOURCE=200809L gen.c ../../../tools/trace/synth.c -o /tmp/gen
 *   /tmp/gen .  &&  python3 truth.py .
 */
#include "../../../tools/trace/synth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SYN 0x02u
#define FIN 0x01u
#define ACK 0x10u
#define PSH 0x08u

static const char *dir;
static uint64_t rs = 0x2545F4914F6CDD1DULL;

static unsigned rnd(unsigned n)
{
    rs ^= rs << 13;
    rs ^= rs >> 7;
    rs ^= rs << 17;
    return n ? (unsigned)(rs % n) : 0;
}

static ikt_synth *open_cap(const char *name, ikt_synth_opts o)
{
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    ikt_synth *s = ikt_synth_open(p, &o);
    if (s == NULL) {
        perror(p);
        exit(1);
    }
    return s;
}

static void done(ikt_synth *s)
{
    if (ikt_synth_close(s) != 0) {
        fprintf(stderr, "write error\n");
        exit(1);
    }
}

static ikt_synth_tuple tup(const char *c, uint16_t cp, const char *sv, uint16_t sp)
{
    ikt_synth_tuple t;
    if (ikt_synth_tuple_set(&t, c, cp, sv, sp) != 0)
        abort();
    return t;
}

static void seg(ikt_synth *s, const ikt_synth_tuple *t, double ts, int d, uint32_t seq,
                uint32_t ack, unsigned fl, const void *p, size_t n)
{
    ikt_synth_pkt k;
    memset(&k, 0, sizeof k);
    k.ts = ts;
    k.tuple = t;
    k.dir = d;
    k.seq = seq;
    k.ack = ack;
    k.flags = fl;
    k.payload = p;
    k.len = n;
    if (ikt_synth_packet(s, &k) != 0)
        abort();
}

/* A session of both directions cut into random segments, sent with local
 * reordering, exact and widened retransmissions, some with different bytes
 * (conflicts), but every byte eventually sent: no permanent loss.  `syn` 0
 * starts mid-stream. */
typedef struct plan {
    const ikt_synth_tuple *t;
    uint32_t isn[2];
    const char *text[2];
    int syn, fin;
} plan;

typedef struct item {
    int d;
    uint32_t off, len;
    int conflict;
} item;

static void session(ikt_synth *s, double *ts, const plan *pl, int chaos)
{
    size_t len[2] = {strlen(pl->text[0]), strlen(pl->text[1])};
    item *it = malloc(sizeof *it * 4096);
    int n = 0;
    for (int d = 0; d < 2; d++)
        for (uint32_t o = 0; o < len[d];) {
            uint32_t l = 1 + rnd(chaos ? 90 : 400);
            if (o + l > len[d])
                l = (uint32_t)len[d] - o;
            it[n++] = (item){d, o, l, 0};
            o += l;
        }
    /* interleave the two directions, keeping each direction's order */
    item *mix = malloc(sizeof *mix * 8192);
    int m = 0, a = 0, b = 0, na = 0;
    while (it[na].d == 0 && na < n)
        na++;
    b = na;
    while (a < na || b < n)
        mix[m++] = (b >= n || (a < na && rnd(2))) ? it[a++] : it[b++];
    if (pl->syn) {
        seg(s, pl->t, *ts, 0, pl->isn[0] - 1, 0, SYN, NULL, 0);
        seg(s, pl->t, *ts += 0.0001, 1, pl->isn[1] - 1, pl->isn[0], SYN | ACK, NULL, 0);
    }
    for (int i = 0; i < m; i++) {
        item g = mix[i];
        int r = chaos ? (int)rnd(100) : 100;
        if (r < 10 && i + 1 < m) { /* swap with the next */
            mix[i] = mix[i + 1];
            mix[i + 1] = g;
            g = mix[i];
        }
        unsigned char buf[1024];
        const char *src = pl->text[g.d] + g.off;
        memcpy(buf, src, g.len);
        seg(s, pl->t, *ts += 0.0001, g.d, pl->isn[g.d] + g.off, pl->isn[1 - g.d], ACK | PSH, buf,
            g.len);
        if (r >= 10 && r < 18) { /* retransmitted, sometimes with other bytes */
            for (uint32_t k = 0; k < g.len; k++)
                if (r < 13 && rnd(2))
                    buf[k] = (unsigned char)('A' + rnd(26));
            seg(s, pl->t, *ts += 0.0001, g.d, pl->isn[g.d] + g.off, pl->isn[1 - g.d], ACK | PSH,
                buf, g.len);
        }
        if (r >= 18 && r < 24 && g.off > 0) { /* a wider retransmission of older bytes */
            uint32_t back = 1 + rnd(g.off < 60 ? g.off : 60);
            uint32_t l = back + g.len;
            memcpy(buf, pl->text[g.d] + g.off - back, l);
            if (r < 20)
                buf[rnd(l)] ^= 0x20;
            seg(s, pl->t, *ts += 0.0001, g.d, pl->isn[g.d] + g.off - back, pl->isn[1 - g.d],
                ACK | PSH, buf, l);
        }
    }
    if (pl->fin) {
        seg(s, pl->t, *ts += 0.0001, 0, pl->isn[0] + (uint32_t)len[0],
            pl->isn[1] + (uint32_t)len[1], FIN | ACK, NULL, 0);
        seg(s, pl->t, *ts += 0.0001, 1, pl->isn[1] + (uint32_t)len[1],
            pl->isn[0] + (uint32_t)len[0] + 1, FIN | ACK, NULL, 0);
        seg(s, pl->t, *ts += 0.0001, 0, pl->isn[0] + (uint32_t)len[0] + 1,
            pl->isn[1] + (uint32_t)len[1] + 1, ACK, NULL, 0);
    }
    free(it);
    free(mix);
}

static const char CLIENT[] =
    "a1 CAPABILITY\r\na2 LOGIN alice secret\r\na3 SELECT INBOX\r\n"
    "a4 FETCH 1:* (FLAGS UID RFC822.SIZE)\r\na5 UID FETCH 7 BODY.PEEK[]\r\n"
    "a6 APPEND Drafts (\\Draft) {62+}\r\nFrom: a@example.org\r\nSubject: draft\r\n\r\n"
    "not yet written\r\na7 IDLE\r\nDONE\r\na8 LOGOUT\r\n";
static const char SERVER[] =
    "* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR] Dovecot ready.\r\n"
    "* CAPABILITY IMAP4rev1 LITERAL+ IDLE UIDPLUS MOVE\r\na1 OK Pre-login capabilities listed.\r\n"
    "a2 OK Logged in\r\n* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
    "* 3 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 1700000000] UIDs valid\r\n"
    "a3 OK [READ-WRITE] Select completed.\r\n"
    "* 1 FETCH (FLAGS (\\Seen) UID 5 RFC822.SIZE 120)\r\n"
    "* 2 FETCH (FLAGS () UID 6 RFC822.SIZE 98)\r\n* 3 FETCH (FLAGS (\\Flagged) UID 7 RFC822.SIZE 40)\r\n"
    "a4 OK Fetch completed.\r\n* 3 FETCH (UID 7 BODY[] {40}\r\nSubject: x\r\n\r\nbody of message seven\r\n)\r\n"
    "a5 OK Fetch completed.\r\na6 OK [APPENDUID 1700000000 8] Append completed.\r\n"
    "+ idling\r\n* 4 EXISTS\r\na7 OK Idle completed.\r\n* BYE Logging out\r\na8 OK Logout completed.\r\n";

int main(int argc, char **argv)
{
    dir = argc > 1 ? argv[1] : ".";
    double ts;

    /* 1. Ethernet, classic pcap: every kind of disorder on one connection. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_EN10MB};
        ikt_synth *s = open_cap("disorder-ethernet.pcap", o);
        ikt_synth_tuple t = tup("192.0.2.10", 50123, "192.0.2.1", 143);
        plan p = {&t, {123456789u, 987654321u}, {CLIENT, SERVER}, 1, 1};
        ts = 1700000000.0;
        session(s, &ts, &p, 1);
        done(s);
    }
    /* 2. QinQ-tagged Ethernet, pcapng: sequence numbers wrapping in both
     * directions, with reordering across the wrap. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_EN10MB,
                            .format = IKT_SYNTH_PCAPNG,
                            .nvlan = 2,
                            .vlan_tpid = {0x88A8, 0x8100},
                            .vlan_id = {100, 200}};
        ikt_synth *s = open_cap("wrap-qinq.pcapng", o);
        ikt_synth_tuple t = tup("198.51.100.7", 41000, "198.51.100.1", 143);
        plan p = {&t, {0xFFFFFF00u, 0xFFFFFFF0u}, {CLIENT, SERVER}, 1, 1};
        ts = 1700000100.0;
        session(s, &ts, &p, 1);
        done(s);
    }
    /* 3. Linux cooked v2, IPv6 with extension headers on every packet of
     * the second connection; two connections. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_SLL2, .format = IKT_SYNTH_PCAPNG};
        ikt_synth *s = open_cap("ipv6-sll2.pcapng", o);
        ikt_synth_tuple a = tup("2001:db8::10", 40001, "2001:db8::1", 993);
        ikt_synth_tuple b = tup("2001:db8::11", 40002, "2001:db8::1", 143);
        ts = 1700000200.0;
        plan p = {&a, {1000, 2000}, {CLIENT, SERVER}, 1, 1};
        session(s, &ts, &p, 1);
        uint32_t c = 5000, v = 9000;
        ikt_synth_pkt k;
        memset(&k, 0, sizeof k);
        k.tuple = &b;
        k.ipv6_ext = 2;
        const char *lines[] = {"* OK hi\r\n", "x NOOP\r\n", "x OK\r\n"};
        int dirs[] = {1, 0, 1};
        for (int i = 0; i < 3; i++) {
            k.ts = ts += 0.001;
            k.dir = dirs[i];
            k.seq = dirs[i] ? v : c;
            k.ack = dirs[i] ? c : v;
            k.flags = ACK | PSH;
            k.payload = lines[i];
            k.len = strlen(lines[i]);
            ikt_synth_packet(s, &k);
            if (dirs[i])
                v += (uint32_t)k.len;
            else
                c += (uint32_t)k.len;
        }
        done(s);
    }
    /* 4. Linux cooked v1: 40 connections interleaved packet by packet, some
     * caught mid-stream, two on a port only the SYN identifies. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_SLL};
        ikt_synth *s = open_cap("interleaved-sll.pcap", o);
        enum { N = 40 };
        static ikt_synth_tuple t[N];
        static char ctext[N][200], stext[N][200];
        uint32_t isn[N][2];
        size_t pos[N][2], len[N][2];
        for (int i = 0; i < N; i++) {
            char a[32];
            snprintf(a, sizeof a, "10.1.%d.%d", i / 10, 1 + i % 10);
            t[i] = tup(a, (uint16_t)(33000 + i * 3), "10.0.0.1", i >= N - 2 ? 10143 : 143);
            len[i][0] = (size_t)snprintf(ctext[i], sizeof ctext[i],
                                         "c%d LOGIN user%d pw%d\r\nc%d LOGOUT\r\n", i, i, i, i);
            len[i][1] = (size_t)snprintf(stext[i], sizeof stext[i],
                                         "* OK server %d\r\nc%d OK\r\n* BYE\r\nc%d OK\r\n", i, i, i);
            isn[i][0] = rnd(0xFFFFFFFFu);
            isn[i][1] = rnd(0xFFFFFFFFu);
            pos[i][0] = pos[i][1] = 0;
        }
        ts = 1700000300.0;
        for (int i = 0; i < N; i++)
            if (i % 4 != 3)
                seg(s, &t[i], ts += 0.0001, 0, isn[i][0] - 1, 0, SYN, NULL, 0);
        for (int left = 1; left;) {
            left = 0;
            for (int i = 0; i < N; i++)
                for (int d = 1; d >= 0; d--) {
                    if (pos[i][d] >= len[i][d])
                        continue;
                    left = 1;
                    size_t l = 1 + rnd(12);
                    if (pos[i][d] + l > len[i][d])
                        l = len[i][d] - pos[i][d];
                    const char *txt = d ? stext[i] : ctext[i];
                    seg(s, &t[i], ts += 0.0001, d, isn[i][d] + (uint32_t)pos[i][d],
                        isn[i][1 - d] + (uint32_t)pos[i][1 - d], ACK | PSH, txt + pos[i][d], l);
                    if (rnd(8) == 0) /* duplicate */
                        seg(s, &t[i], ts += 0.0001, d, isn[i][d] + (uint32_t)pos[i][d],
                            isn[i][1 - d], ACK | PSH, txt + pos[i][d], l);
                    pos[i][d] += l;
                }
        }
        done(s);
    }
    /* 5. BSD loopback in both byte orders, IPv4 and IPv6. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_NULL, .af_inet6 = 30};
        ikt_synth *s = open_cap("loopback-null.pcap", o);
        ikt_synth_tuple a = tup("127.0.0.1", 50000, "127.0.0.1", 143);
        ikt_synth_tuple b = tup("::1", 50001, "::1", 143);
        ts = 1700000400.0;
        plan p = {&a, {77, 88}, {CLIENT, SERVER}, 1, 1};
        session(s, &ts, &p, 0);
        plan q = {&b, {0x7FFFFFF0u, 0x80000010u}, {CLIENT, SERVER}, 1, 1};
        session(s, &ts, &q, 1);
        done(s);
        ikt_synth_opts o2 = {.linktype = IKT_LINK_LOOP, .format = IKT_SYNTH_PCAP_NSEC};
        s = open_cap("loopback-loop.pcap", o2);
        session(s, &ts, &p, 1);
        done(s);
    }
    /* 6. Raw IP with IPv4 options and TCP options; a connection that starts
     * mid-stream between two unknown ports. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_RAW};
        ikt_synth *s = open_cap("raw-midstream.pcap", o);
        ikt_synth_tuple t = tup("203.0.113.5", 6000, "203.0.113.6", 7000);
        ikt_synth_pkt k;
        memset(&k, 0, sizeof k);
        k.tuple = &t;
        k.ip_opt_len = 12;
        k.tcp_opt_len = 12;
        const char *lines[] = {"* OK [ALERT] mid\r\n", "a CAPABILITY\r\n", "* CAPABILITY IMAP4rev1\r\n",
                               "a OK\r\n"};
        uint32_t seq[2] = {4000000000u, 3000000000u};
        /* The first sender, 203.0.113.5, is really the server ("* OK"); with no
         * SYN and no known port, tshark (node 0) and imapkit (until the session
         * decoder says otherwise) both call it the client. */
        const int dirs[] = {0, 1, 0, 0};
        ts = 1700000500.0;
        for (int i = 0; i < 4; i++) {
            int d = dirs[i];
            k.ts = ts += 0.01;
            k.dir = d;
            k.seq = seq[d];
            k.ack = seq[1 - d];
            k.flags = ACK | PSH;
            k.payload = lines[i];
            k.len = strlen(lines[i]);
            ikt_synth_packet(s, &k);
            seq[d] += (uint32_t)k.len;
        }
        done(s);
    }
    /* 7. A snapshot length of 96 bytes: long segments cut, the next one in
     * order; tshark keeps what was captured and moves on. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_EN10MB, .snaplen = 96};
        ikt_synth *s = open_cap("snaplen-96.pcap", o);
        ikt_synth_tuple t = tup("192.0.2.20", 51000, "192.0.2.1", 143);
        plan p = {&t, {100, 200}, {CLIENT, SERVER}, 1, 1};
        ts = 1700000600.0;
        session(s, &ts, &p, 0);
        done(s);
    }
    /* 8. The same ports twice: a connection, closed, then a new one (new ISN). */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_EN10MB, .format = IKT_SYNTH_PCAPNG};
        ikt_synth *s = open_cap("port-reuse.pcapng", o);
        ikt_synth_tuple t = tup("192.0.2.30", 52000, "192.0.2.1", 143);
        plan p = {&t, {1111, 2222}, {"a LOGOUT\r\n", "* OK\r\n* BYE\r\na OK\r\n"}, 1, 1};
        ts = 1700000700.0;
        session(s, &ts, &p, 0);
        plan q = {&t, {3000000000u, 4000000000u}, {"b NOOP\r\n", "* OK again\r\nb OK\r\n"}, 1, 1};
        ts += 1;
        session(s, &ts, &q, 0);
        done(s);
    }
    /* 9. Held segments that overlap each other with different bytes, and an
     * in-order retransmission over held bytes: tshark's precedence. */
    {
        ikt_synth_opts o = {.linktype = IKT_LINK_EN10MB};
        ikt_synth *s = open_cap("overlap-conflicts.pcap", o);
        ikt_synth_tuple t = tup("192.0.2.40", 53000, "192.0.2.1", 143);
        ts = 1700000800.0;
        uint32_t c = 500, v = 900;
        seg(s, &t, ts += 0.001, 0, c - 1, 0, SYN, NULL, 0);
        seg(s, &t, ts += 0.001, 1, v - 1, c, SYN | ACK, NULL, 0);
        seg(s, &t, ts += 0.001, 1, v + 4, c, ACK | PSH, "bbbbbb", 6);
        seg(s, &t, ts += 0.001, 1, v + 2, c, ACK | PSH, "CCCC", 4);
        seg(s, &t, ts += 0.001, 1, v + 8, c, ACK | PSH, "DDDDDD", 6);
        seg(s, &t, ts += 0.001, 1, v + 20, c, ACK | PSH, "tail\r\n", 6);
        seg(s, &t, ts += 0.001, 1, v + 12, c, ACK | PSH, "eeeeeeee", 8);
        seg(s, &t, ts += 0.001, 1, v, c, ACK | PSH, "aa", 2);
        seg(s, &t, ts += 0.001, 1, v + 14, c, ACK | PSH, "FFFFFFFFFFFF", 12);
        seg(s, &t, ts += 0.001, 0, c + 4, v + 26, ACK | PSH, "HHHH", 4);
        seg(s, &t, ts += 0.001, 0, c, v + 26, ACK | PSH, "ggggggg", 7);
        seg(s, &t, ts += 0.001, 0, c + 7, v + 26, ACK | PSH, "\r\n", 2);
        done(s);
    }
    return 0;
}
