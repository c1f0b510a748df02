/*
 * synth.c - synthetic capture writer.
 */
#include "synth.h"

#include "decode.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FRAME 262144u
#define HDR_ROOM 256u          /* link + IP + extension headers + TCP, with options */

struct ikt_synth {
    FILE *f;
    char *mem;                 /* open_memstream's buffer */
    size_t memlen;
    ikt_synth_opts o;
    int err;
};

/* ---- byte order helpers: capture headers are written little-endian, as most
 * writers do; libpcap reads either. ---- */

/* Writers of fixed byte order, so files are the same on any host. */
static void put16le(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}

/* See put16le. */
static void put32le(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* Network order, for packet headers. */
static void put16be(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v >> 8);
    p[1] = (unsigned char)v;
}

/* See put16be. */
static void put32be(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (24 - 8 * i));
}

/* All output goes through here so that one failed write marks the file bad. */
static void emit(ikt_synth *s, const void *p, size_t n)
{
    if (n && fwrite(p, 1, n, s->f) != n)
        s->err = 1;
}

/* The file header: pcap's 24 bytes, or pcapng's section header and one
 * interface description (with if_tsresol = 9, nanoseconds). */
static void header(ikt_synth *s)
{
    unsigned snap = s->o.snaplen ? s->o.snaplen : MAX_FRAME;
    if (s->o.format == IKT_SYNTH_PCAPNG) {
        unsigned char shb[28], idb[32];
        put32le(shb, 0x0A0D0D0Au);
        put32le(shb + 4, 28);
        put32le(shb + 8, 0x1A2B3C4Du);
        put16le(shb + 12, 1);
        put16le(shb + 14, 0);
        memset(shb + 16, 0xFF, 8); /* section length unknown */
        put32le(shb + 24, 28);
        put32le(idb, 1);
        put32le(idb + 4, 32);
        put16le(idb + 8, (unsigned)s->o.linktype);
        put16le(idb + 10, 0);
        put32le(idb + 12, snap);
        put16le(idb + 16, 9); /* if_tsresol */
        put16le(idb + 18, 1);
        idb[20] = 9;
        idb[21] = idb[22] = idb[23] = 0;
        put32le(idb + 24, 0); /* opt_endofopt */
        put32le(idb + 28, 32);
        emit(s, shb, sizeof shb);
        emit(s, idb, sizeof idb);
        return;
    }
    unsigned char h[24];
    put32le(h, s->o.format == IKT_SYNTH_PCAP_NSEC ? 0xA1B23C4Du : 0xA1B2C3D4u);
    put16le(h + 4, 2);
    put16le(h + 6, 4);
    put32le(h + 8, 0);
    put32le(h + 12, 0);
    put32le(h + 16, snap);
    put32le(h + 20, (uint32_t)s->o.linktype);
    emit(s, h, sizeof h);
}

/* Common setup once a FILE is open: options copied and clamped, header out. */
static ikt_synth *start(FILE *f, const ikt_synth_opts *o)
{
    ikt_synth *s = calloc(1, sizeof *s);
    if (s == NULL) {
        fclose(f);
        return NULL;
    }
    s->f = f;
    s->o = *o;
    if (s->o.nvlan > 4)
        s->o.nvlan = 4;
    header(s);
    return s;
}

/* A capture file on disk (for tshark or the CLI). */
ikt_synth *ikt_synth_open(const char *path, const ikt_synth_opts *o)
{
    FILE *f = fopen(path, "wb");
    return f ? start(f, o) : NULL;
}

/* open_memstream grows the buffer as we write, and updates the pointer and
 * length it was given (on fflush), so they live in the struct from the start;
 * the buffer is ours to free after fclose. */
ikt_synth *ikt_synth_open_mem(const ikt_synth_opts *o)
{
    ikt_synth *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    s->f = open_memstream(&s->mem, &s->memlen);
    if (s->f == NULL) {
        free(s);
        return NULL;
    }
    s->o = *o;
    if (s->o.nvlan > 4)
        s->o.nvlan = 4;
    header(s);
    return s;
}

/* Split a time in seconds into whole seconds and a fraction in units of
 * 10^-digits, carrying rounding up into the seconds.  No libm: the build links
 * only pcap, zlib and crypto. */
static void split_ts(double ts, int64_t *sec, int64_t *frac, double unit)
{
    int64_t s = (int64_t)ts;
    if ((double)s > ts)
        s--;
    int64_t f = (int64_t)((ts - (double)s) * unit + 0.5);
    if (f >= (int64_t)unit) {
        s++;
        f -= (int64_t)unit;
    }
    *sec = s;
    *frac = f;
}

/* One record, in the chosen format; also the way tests write hostile frames. */
int ikt_synth_frame(ikt_synth *s, double ts, const void *frame, size_t caplen, size_t wirelen)
{
    if (s == NULL || (caplen && frame == NULL))
        return -1;
    if (wirelen < caplen)
        wirelen = caplen;
    if (s->o.format == IKT_SYNTH_PCAPNG) {
        int64_t sec, ns;
        split_ts(ts, &sec, &ns, 1e9);
        uint64_t t = (uint64_t)sec * 1000000000u + (uint64_t)ns;
        size_t pad = (4 - caplen % 4) % 4;
        unsigned char h[28], tail[8] = {0};
        uint32_t total = (uint32_t)(32 + caplen + pad);
        put32le(h, 6);
        put32le(h + 4, total);
        put32le(h + 8, 0);
        put32le(h + 12, (uint32_t)(t >> 32));
        put32le(h + 16, (uint32_t)t);
        put32le(h + 20, (uint32_t)caplen);
        put32le(h + 24, (uint32_t)wirelen);
        emit(s, h, sizeof h);
        emit(s, frame, caplen);
        put32le(tail + pad, total);
        emit(s, tail, pad + 4);
    } else {
        int64_t sec, frac;
        split_ts(ts, &sec, &frac, s->o.format == IKT_SYNTH_PCAP_NSEC ? 1e9 : 1e6);
        unsigned char h[16];
        put32le(h, (uint32_t)sec);
        put32le(h + 4, (uint32_t)frac);
        put32le(h + 8, (uint32_t)caplen);
        put32le(h + 12, (uint32_t)wirelen);
        emit(s, h, sizeof h);
        emit(s, frame, caplen);
    }
    return s->err ? -1 : 0;
}

/* The Internet checksum over a pseudo-header sum and some bytes. */
static uint16_t cksum(uint32_t sum, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i += 2)
        sum += (uint32_t)p[i] << 8 | p[i + 1];
    if (n & 1)
        sum += (uint32_t)p[n - 1] << 8;
    while (sum >> 16)
        sum = (sum & 0xFFFFu) + (sum >> 16);
    return (uint16_t)~sum;
}

/* The link-layer header for an IP packet of the given version; returns its
 * length.  Direction decides the MAC addresses and the "outgoing" flags, as a
 * capture on the client would show them. */
static size_t link_header(const ikt_synth *s, unsigned char *h, int ipv, int dir)
{
    static const unsigned char mac[2][6] = {{0x02, 0, 0, 0, 0, 0x01}, {0x02, 0, 0, 0, 0, 0x02}};
    unsigned etype = ipv == 4 ? 0x0800u : 0x86DDu;
    size_t n = 0;
    switch (s->o.linktype) {
    case IKT_LINK_EN10MB:
        memcpy(h, mac[1 - dir], 6);
        memcpy(h + 6, mac[dir], 6);
        n = 12;
        for (unsigned i = 0; i < s->o.nvlan; i++) {
            put16be(h + n, s->o.vlan_tpid[i] ? s->o.vlan_tpid[i] : 0x8100u);
            put16be(h + n + 2, s->o.vlan_id[i] & 0x0FFFu);
            n += 4;
        }
        put16be(h + n, etype);
        return n + 2;
    case IKT_LINK_SLL:
        put16be(h, dir == 0 ? 4 : 0); /* outgoing / to us */
        put16be(h + 2, 1);           /* ARPHRD_ETHER */
        put16be(h + 4, 6);
        memcpy(h + 6, mac[dir], 6);
        h[12] = h[13] = 0;
        put16be(h + 14, etype);
        return 16;
    case IKT_LINK_SLL2:
        put16be(h, etype);
        put16be(h + 2, 0);
        put32be(h + 4, 1); /* interface index */
        put16be(h + 8, 1); /* ARPHRD_ETHER */
        h[10] = dir == 0 ? 4 : 0;
        h[11] = 6;
        memcpy(h + 12, mac[dir], 6);
        h[18] = h[19] = 0;
        return 20;
    case IKT_LINK_NULL:
    case IKT_LINK_LOOP: {
        uint32_t fam = ipv == 4 ? 2u : (s->o.af_inet6 ? s->o.af_inet6 : 30u);
        int be = s->o.null_order == 2 || (s->o.null_order == 0 && s->o.linktype == IKT_LINK_LOOP);
        if (be)
            put32be(h, fam);
        else
            put32le(h, fam);
        return 4;
    }
    default: /* RAW, IPV4, IPV6: the packet is the frame */
        return 0;
    }
}

/* Build link, IP and TCP headers around a payload, honouring the oddities the
 * packet asks for, then cut it to the snapshot length as a capture would. */
int ikt_synth_packet(ikt_synth *s, const ikt_synth_pkt *p)
{
    if (s == NULL || p == NULL || p->tuple == NULL || p->len > MAX_FRAME - HDR_ROOM ||
        p->ip_opt_len > 40 || p->ip_opt_len % 4 || p->tcp_opt_len > 40 || p->tcp_opt_len % 4 ||
        p->ipv6_ext > 8 || (p->len && p->payload == NULL))
        return -1;
    const ikt_synth_tuple *t = p->tuple;
    const unsigned char *src = p->dir == 0 ? t->client : t->server;
    const unsigned char *dst = p->dir == 0 ? t->server : t->client;
    unsigned sport = p->dir == 0 ? t->cport : t->sport;
    unsigned dport = p->dir == 0 ? t->sport : t->cport;
    unsigned char *fr = malloc(HDR_ROOM + p->len);
    if (fr == NULL)
        return -1;
    size_t l2 = link_header(s, fr, t->family, p->dir);
    unsigned char *ip = fr + l2;
    size_t iph;
    unsigned char *tcp;
    size_t tcph = 20 + p->tcp_opt_len;
    size_t l4 = tcph + p->len;
    uint32_t pseudo = 0;
    if (t->family == 4) {
        iph = 20 + p->ip_opt_len;
        tcp = ip + iph;
        ip[0] = (unsigned char)(0x40 | (iph / 4));
        ip[1] = 0;
        put16be(ip + 2, (unsigned)(iph + l4 + (size_t)(long)p->ip_len_delta) & 0xFFFFu);
        put16be(ip + 4, 0x1234);
        put16be(ip + 6, p->frag);
        ip[8] = 64;
        ip[9] = 6;
        put16be(ip + 10, 0);
        memcpy(ip + 12, src, 4);
        memcpy(ip + 16, dst, 4);
        memset(ip + 20, 1, p->ip_opt_len); /* NOPs */
        put16be(ip + 10, cksum(0, ip, iph));
        for (int i = 0; i < 4; i += 2)
            pseudo += (uint32_t)src[i] << 8 | src[i + 1], pseudo += (uint32_t)dst[i] << 8 | dst[i + 1];
        pseudo += 6 + (uint32_t)l4;
    } else {
        size_t ext = 8 * (size_t)p->ipv6_ext + (p->frag6 ? 8 : 0);
        iph = 40 + ext;
        tcp = ip + iph;
        put32be(ip, 0x60000000u);
        put16be(ip + 4, (unsigned)(ext + l4 + (size_t)(long)p->ip_len_delta) & 0xFFFFu);
        ip[7] = 64;
        memcpy(ip + 8, src, 16);
        memcpy(ip + 24, dst, 16);
        /* Chain: IPv6 -> hop-by-hop -> destination options... -> fragment -> TCP */
        unsigned char *nh = ip + 6;
        unsigned char *e = ip + 40;
        for (unsigned i = 0; i < p->ipv6_ext; i++) {
            *nh = i == 0 ? 0 : 60;
            e[1] = 0;
            e[2] = 1; /* PadN of 4 */
            e[3] = 4;
            memset(e + 4, 0, 4);
            nh = e;
            e += 8;
        }
        if (p->frag6) {
            *nh = 44;
            e[1] = 0;
            put16be(e + 2, p->frag);
            put32be(e + 4, 0xABCD);
            nh = e;
            e += 8;
        }
        *nh = 6;
        for (int i = 0; i < 16; i += 2)
            pseudo += (uint32_t)src[i] << 8 | src[i + 1], pseudo += (uint32_t)dst[i] << 8 | dst[i + 1];
        pseudo += 6 + (uint32_t)l4;
    }
    put16be(tcp, sport);
    put16be(tcp + 2, dport);
    put32be(tcp + 4, p->seq);
    put32be(tcp + 8, p->ack);
    tcp[12] = (unsigned char)((tcph / 4) << 4);
    tcp[13] = (unsigned char)(p->flags & 0x3Fu);
    put16be(tcp + 14, p->window ? p->window : 65535u);
    put16be(tcp + 16, 0);
    put16be(tcp + 18, 0);
    memset(tcp + 20, 1, p->tcp_opt_len);
    if (p->len)
        memcpy(tcp + tcph, p->payload, p->len);
    put16be(tcp + 16, cksum(pseudo, tcp, l4));
    size_t total = l2 + iph + l4;
    size_t cap = total;
    if (p->cut && p->cut < cap)
        cap = p->cut;
    if (s->o.snaplen && s->o.snaplen < cap)
        cap = s->o.snaplen;
    int rc = ikt_synth_frame(s, p->ts, fr, cap, total);
    free(fr);
    return rc;
}

/* fflush publishes open_memstream's pointer and length. */
int ikt_synth_mem(ikt_synth *s, const unsigned char **data, size_t *len)
{
    if (s == NULL || fflush(s->f) != 0 || s->mem == NULL)
        return -1;
    *data = (const unsigned char *)s->mem;
    *len = s->memlen;
    return 0;
}

/* Report any write error only now, so callers check once. */
int ikt_synth_close(ikt_synth *s)
{
    if (s == NULL)
        return -1;
    int rc = s->err ? -1 : 0;
    if (fclose(s->f) != 0)
        rc = -1;
    free(s->mem);
    free(s);
    return rc;
}

/* Text addresses keep tests readable; the family follows from the text. */
int ikt_synth_tuple_set(ikt_synth_tuple *t, const char *client, uint16_t cport,
                        const char *server, uint16_t sport)
{
    memset(t, 0, sizeof *t);
    if (inet_pton(AF_INET, client, t->client) == 1 && inet_pton(AF_INET, server, t->server) == 1)
        t->family = 4;
    else if (inet_pton(AF_INET6, client, t->client) == 1 &&
             inet_pton(AF_INET6, server, t->server) == 1)
        t->family = 6;
    else
        return -1;
    t->cport = cport;
    t->sport = sport;
    return 0;
}

/* Sequence numbers of a flow are where its first byte (or SYN) goes. */
void ikt_synth_flow_init(ikt_synth_flow *f, const ikt_synth_tuple *t, uint32_t isn_client,
                         uint32_t isn_server)
{
    f->t = *t;
    f->next[0] = isn_client;
    f->next[1] = isn_server;
}

/* One segment of a flow from dir, acknowledging everything the other side sent. */
static int flow_seg(ikt_synth *s, ikt_synth_flow *f, double ts, int dir, unsigned flags,
                    const void *data, size_t len)
{
    ikt_synth_pkt p;
    memset(&p, 0, sizeof p);
    p.ts = ts;
    p.tuple = &f->t;
    p.dir = dir;
    p.seq = f->next[dir];
    p.ack = (flags & IKT_TCP_ACK) ? f->next[1 - dir] : 0;
    p.flags = flags;
    p.payload = data;
    p.len = len;
    f->next[dir] += (uint32_t)len + ((flags & (IKT_TCP_SYN | IKT_TCP_FIN)) ? 1u : 0u);
    return ikt_synth_packet(s, &p);
}

/* The three-way handshake, so captures look like real connections. */
int ikt_synth_handshake(ikt_synth *s, ikt_synth_flow *f, double ts)
{
    if (flow_seg(s, f, ts, 0, IKT_TCP_SYN, NULL, 0) < 0 ||
        flow_seg(s, f, ts + 0.001, 1, IKT_TCP_SYN | IKT_TCP_ACK, NULL, 0) < 0 ||
        flow_seg(s, f, ts + 0.002, 0, IKT_TCP_ACK, NULL, 0) < 0)
        return -1;
    return 0;
}

/* In-order data: the common case, with sequence numbers kept for the caller. */
int ikt_synth_send(ikt_synth *s, ikt_synth_flow *f, double ts, int dir, const void *data,
                   size_t len)
{
    return flow_seg(s, f, ts, dir, len ? IKT_TCP_PSH | IKT_TCP_ACK : IKT_TCP_ACK, data, len);
}

/* Closing one direction; the FIN takes one sequence number. */
int ikt_synth_fin(ikt_synth *s, ikt_synth_flow *f, double ts, int dir)
{
    return flow_seg(s, f, ts, dir, IKT_TCP_FIN | IKT_TCP_ACK, NULL, 0);
}
