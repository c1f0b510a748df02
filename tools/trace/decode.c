/*
 * decode.c - link layer, IPv4/IPv6 and TCP header decoding of one frame.
 *
 * Every read is preceded by a length check against the bytes that are actually
 * present, because a capture file is untrusted input: the snapshot length may cut
 * any header, and a crafted file may claim any length in any field.
 */
#include "decode.h"

/* Only the DLT_* numbers: pcap/dlt.h is plain macros, unlike pcap.h which needs
 * BSD types that strict POSIX mode hides. */
#include <pcap/dlt.h>
#include <string.h>

/* How many stacked VLAN tags we walk before calling the frame malformed: real
 * networks use one (802.1Q) or two (QinQ); a bound keeps the loop finite on a
 * frame that is nothing but tags. */
#define MAX_VLAN_TAGS 8

/* How many IPv6 extension headers we walk: each is at least 8 bytes so the frame
 * length already bounds the loop, but a small cap bounds the time too. */
#define MAX_IPV6_EXT 16

/* Ethertypes and IP protocol numbers we care about. */
#define ETH_IPV4 0x0800u
#define ETH_IPV6 0x86DDu
#define ETH_VLAN 0x8100u      /* 802.1Q */
#define ETH_QINQ 0x88A8u      /* 802.1ad service tag */
#define ETH_QINQ_OLD1 0x9100u /* pre-standard QinQ tags still seen in the wild */
#define ETH_QINQ_OLD2 0x9200u
#define IPPROTO_TCP_ 6u

/* Read big-endian fields; callers have checked the bounds. */
static uint16_t be16(const unsigned char *p) { return (uint16_t)((unsigned)p[0] << 8 | p[1]); }

/* Network-order 32-bit field (sequence numbers, BSD loopback in LOOP order). */
static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Little-endian 32-bit field: DLT_NULL's family as written by x86 hosts. */
static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* Record why a frame was skipped, if the caller wants to know, and pass the
 * status through so that call sites stay one line. */
static ikt_decode_status fail(ikt_decode_status st, const char *reason, const char **why)
{
    if (why)
        *why = reason;
    return st;
}

/* The TCP header at p (n bytes present in the frame).  `ip_len` is the length of
 * the TCP header plus payload according to the IP header, or 0 when the IP
 * header did not say (IPv4 total length 0 from TCP segmentation offload, IPv6
 * jumbograms): then the frame's length is all we know.  `cut` is nonzero when
 * the capture's snapshot length shortened the frame, which is the only honest
 * reason for the IP header to claim more bytes than are present. */
static ikt_decode_status decode_tcp(const unsigned char *p, size_t n, size_t ip_len, int cut,
                                    ikt_packet *pkt, const char **why)
{
    if (n < 20)
        return fail(IKT_DECODE_TRUNCATED, "frame ends inside the TCP header", why);
    size_t doff = (size_t)(p[12] >> 4) * 4;
    if (doff < 20)
        return fail(IKT_DECODE_MALFORMED, "TCP data offset below 20 bytes", why);
    if (doff > n)
        return fail(IKT_DECODE_TRUNCATED, "frame ends inside the TCP options", why);
    if (ip_len == 0)
        ip_len = n;
    if (ip_len < doff)
        return fail(IKT_DECODE_MALFORMED, "IP length shorter than the TCP header", why);
    if (ip_len > n && !cut)
        return fail(IKT_DECODE_MALFORMED, "IP length beyond the end of the frame", why);
    pkt->sport = be16(p);
    pkt->dport = be16(p + 2);
    pkt->seq = be32(p + 4);
    pkt->ack = be32(p + 8);
    pkt->flags = (uint8_t)(p[13] & 0x3Fu);
    pkt->window = be16(p + 14);
    pkt->payload = p + doff;
    pkt->seg_len = ip_len - doff;
    /* Bytes after the IP length are link-layer padding (Ethernet pads short frames
     * to 60 bytes): never payload. */
    size_t present = (ip_len < n ? ip_len : n) - doff;
    pkt->payload_len = present;
    return IKT_DECODE_TCP;
}

/* An IPv4 packet: header length from IHL (options skipped), payload length from
 * the total length field (trims Ethernet padding), fragments refused because we
 * do not reassemble IP. */
static ikt_decode_status decode_ipv4(const unsigned char *p, size_t n, int cut, ikt_packet *pkt,
                                     const char **why)
{
    if (n < 20)
        return fail(IKT_DECODE_TRUNCATED, "frame ends inside the IPv4 header", why);
    if ((p[0] >> 4) != 4)
        return fail(IKT_DECODE_MALFORMED, "IPv4 header with another version", why);
    size_t ihl = (size_t)(p[0] & 0x0Fu) * 4;
    if (ihl < 20)
        return fail(IKT_DECODE_MALFORMED, "IPv4 header length below 20 bytes", why);
    if (ihl > n)
        return fail(IKT_DECODE_TRUNCATED, "frame ends inside the IPv4 options", why);
    size_t total = be16(p + 2);
    uint16_t frag = be16(p + 6);
    if (p[9] != IPPROTO_TCP_)
        return fail(IKT_DECODE_IGNORED, "not TCP", why);
    if ((frag & 0x3FFFu) != 0) /* MF set, or a nonzero offset */
        return fail(IKT_DECODE_FRAGMENT, "IPv4 fragment (not reassembled)", why);
    size_t l4len = 0; /* 0: unknown, use the frame */
    if (total != 0) {
        if (total < ihl)
            return fail(IKT_DECODE_MALFORMED, "IPv4 total length below the header length", why);
        l4len = total - ihl;
        if (l4len == 0)
            return fail(IKT_DECODE_MALFORMED, "IPv4 total length leaves no room for TCP", why);
    }
    pkt->family = 4;
    memset(pkt->src, 0, sizeof pkt->src);
    memset(pkt->dst, 0, sizeof pkt->dst);
    memcpy(pkt->src, p + 12, 4);
    memcpy(pkt->dst, p + 16, 4);
    return decode_tcp(p + ihl, n - ihl, l4len, cut, pkt, why);
}

/* An IPv6 packet: walk the chain of extension headers to TCP.  Fragment headers
 * of atomic fragments (offset 0, no more fragments) are stepped over; real
 * fragments are refused.  ESP hides what follows, so it ends the walk. */
static ikt_decode_status decode_ipv6(const unsigned char *p, size_t n, int cut, ikt_packet *pkt,
                                     const char **why)
{
    if (n < 40)
        return fail(IKT_DECODE_TRUNCATED, "frame ends inside the IPv6 header", why);
    if ((p[0] >> 4) != 6)
        return fail(IKT_DECODE_MALFORMED, "IPv6 header with another version", why);
    size_t plen = be16(p + 4); /* 0: jumbogram or offload, use the frame */
    unsigned nh = p[6];
    pkt->family = 6;
    memcpy(pkt->src, p + 8, 16);
    memcpy(pkt->dst, p + 24, 16);
    size_t off = 40;
    for (int i = 0; i <= MAX_IPV6_EXT; i++) {
        size_t hlen;
        switch (nh) {
        case IPPROTO_TCP_: {
            size_t l4len = 0;
            if (plen != 0) {
                if (plen < off - 40)
                    return fail(IKT_DECODE_MALFORMED,
                                "IPv6 payload length shorter than its extension headers", why);
                l4len = plen - (off - 40);
                if (l4len == 0)
                    return fail(IKT_DECODE_MALFORMED, "IPv6 payload length leaves no room for TCP",
                                why);
            }
            return decode_tcp(p + off, n - off, l4len, cut, pkt, why);
        }
        case 0:   /* hop-by-hop options */
        case 43:  /* routing */
        case 60:  /* destination options */
        case 135: /* mobility */
        case 139: /* HIP */
        case 140: /* shim6 */
            if (n - off < 2)
                return fail(IKT_DECODE_TRUNCATED, "frame ends inside an IPv6 extension header", why);
            hlen = ((size_t)p[off + 1] + 1) * 8;
            break;
        case 51: /* authentication header: length in 4-byte units, minus 2 */
            if (n - off < 2)
                return fail(IKT_DECODE_TRUNCATED, "frame ends inside an IPv6 extension header", why);
            hlen = ((size_t)p[off + 1] + 2) * 4;
            break;
        case 44: /* fragment */
            if (n - off < 8)
                return fail(IKT_DECODE_TRUNCATED, "frame ends inside an IPv6 fragment header", why);
            if ((be16(p + off + 2) & 0xFFF9u) != 0) /* offset bits or M flag */
                return fail(IKT_DECODE_FRAGMENT, "IPv6 fragment (not reassembled)", why);
            hlen = 8;
            break;
        default: /* UDP, ICMPv6, ESP (50), no next header (59), ... */
            return fail(IKT_DECODE_IGNORED, "not TCP", why);
        }
        if (hlen > n - off)
            return fail(IKT_DECODE_TRUNCATED, "frame ends inside an IPv6 extension header", why);
        nh = p[off];
        off += hlen;
    }
    return fail(IKT_DECODE_MALFORMED, "too many IPv6 extension headers", why);
}

/* Dispatch on the IP version nibble: raw-IP link types carry no other clue. */
static ikt_decode_status decode_ip(const unsigned char *p, size_t n, int cut, ikt_packet *pkt,
                                   const char **why)
{
    if (n < 1)
        return fail(IKT_DECODE_TRUNCATED, "frame ends before the IP header", why);
    switch (p[0] >> 4) {
    case 4:
        return decode_ipv4(p, n, cut, pkt, why);
    case 6:
        return decode_ipv6(p, n, cut, pkt, why);
    default:
        return fail(IKT_DECODE_IGNORED, "not IPv4 or IPv6", why);
    }
}

/* Follow an Ethertype through any VLAN tags to IPv4 or IPv6.  Shared by
 * Ethernet and both Linux cooked headers, which can also carry tagged frames. */
static ikt_decode_status decode_ethertype(unsigned type, const unsigned char *p, size_t n, int cut,
                                          ikt_packet *pkt, const char **why)
{
    for (int tags = 0;; tags++) {
        if (type == ETH_IPV4)
            return decode_ipv4(p, n, cut, pkt, why);
        if (type == ETH_IPV6)
            return decode_ipv6(p, n, cut, pkt, why);
        if (type != ETH_VLAN && type != ETH_QINQ && type != ETH_QINQ_OLD1 && type != ETH_QINQ_OLD2)
            return fail(IKT_DECODE_IGNORED, "not IPv4 or IPv6", why);
        if (tags == MAX_VLAN_TAGS)
            return fail(IKT_DECODE_MALFORMED, "too many VLAN tags", why);
        if (n < 4)
            return fail(IKT_DECODE_TRUNCATED, "frame ends inside a VLAN tag", why);
        type = be16(p + 2);
        p += 4;
        n -= 4;
    }
}

/* BSD loopback (DLT_NULL: the family in the capturing host's byte order;
 * DLT_LOOP: in network order, though writers get it wrong): accept the family
 * read either way round, with every value BSDs and Linux use for AF_INET6. */
static ikt_decode_status decode_null(const unsigned char *p, size_t n, int cut, ikt_packet *pkt,
                                     const char **why)
{
    if (n < 4)
        return fail(IKT_DECODE_TRUNCATED, "frame ends inside the loopback header", why);
    uint32_t fam[2] = {le32(p), be32(p)};
    for (int i = 0; i < 2; i++) {
        if (fam[i] == 2)
            return decode_ipv4(p + 4, n - 4, cut, pkt, why);
        if (fam[i] == 10 || fam[i] == 24 || fam[i] == 28 || fam[i] == 30)
            return decode_ipv6(p + 4, n - 4, cut, pkt, why);
    }
    return fail(IKT_DECODE_IGNORED, "loopback family is not IPv4 or IPv6", why);
}

/* The link types the trace decoder handles: what tcpdump, tshark and dumpcap
 * write on Linux and the BSDs for Ethernet, "any" and loopback interfaces. */
int ikt_decode_supported(int dlt)
{
    switch (dlt) {
    case DLT_EN10MB:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6:
    case DLT_NULL:
    case DLT_LOOP:
        return 1;
    default:
        return 0;
    }
}

/* Entry point: peel the link layer, then hand over to the IP decoders. */
ikt_decode_status ikt_decode_frame(int dlt, const unsigned char *frame, size_t caplen,
                                   size_t wirelen, ikt_packet *pkt, const char **why)
{
    int cut = caplen < wirelen;
    if (frame == NULL)
        caplen = 0;
    switch (dlt) {
    case DLT_EN10MB:
        if (caplen < 14)
            return fail(IKT_DECODE_TRUNCATED, "frame ends inside the Ethernet header", why);
        if (be16(frame + 12) < 0x0600u) /* 802.3 length field: LLC, not IP */
            return fail(IKT_DECODE_IGNORED, "802.3 frame without an Ethertype", why);
        return decode_ethertype(be16(frame + 12), frame + 14, caplen - 14, cut, pkt, why);
    case DLT_LINUX_SLL:
        if (caplen < 16)
            return fail(IKT_DECODE_TRUNCATED, "frame ends inside the Linux cooked header", why);
        return decode_ethertype(be16(frame + 14), frame + 16, caplen - 16, cut, pkt, why);
    case DLT_LINUX_SLL2:
        if (caplen < 20)
            return fail(IKT_DECODE_TRUNCATED, "frame ends inside the Linux cooked v2 header", why);
        return decode_ethertype(be16(frame), frame + 20, caplen - 20, cut, pkt, why);
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6:
        return decode_ip(frame, caplen, cut, pkt, why);
    case DLT_NULL:
    case DLT_LOOP:
        return decode_null(frame, caplen, cut, pkt, why);
    default:
        return fail(IKT_DECODE_IGNORED, "unsupported link type", why);
    }
}
