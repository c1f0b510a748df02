/*
 * decode.h - one captured frame to one TCP segment.
 *
 * The decoder is a pure function over the bytes libpcap hands over: it walks the
 * link-layer header (Ethernet with 802.1Q/802.1ad tags, Linux cooked v1 and v2,
 * raw IP, BSD loopback), the IPv4 or IPv6 header (options and extension headers
 * skipped) and the TCP header, and points into the frame for the payload.  It
 * never allocates and never reads past `caplen`, so it is safe on any input and
 * easy to test and fuzz on its own, without a capture file around it.
 */
#ifndef IKT_DECODE_H
#define IKT_DECODE_H

#include <stddef.h>
#include <stdint.h>

/* TCP header flags, as on the wire. */
#define IKT_TCP_FIN 0x01u
#define IKT_TCP_SYN 0x02u
#define IKT_TCP_RST 0x04u
#define IKT_TCP_PSH 0x08u
#define IKT_TCP_ACK 0x10u
#define IKT_TCP_URG 0x20u

/* One TCP segment, as decoded from one frame.  Pointers point into the frame. */
typedef struct ikt_packet {
    uint64_t frame;            /* 1-based frame number in the capture (set by the caller) */
    double ts;                 /* capture time in seconds (set by the caller) */
    int family;                /* 4 or 6 */
    unsigned char src[16];     /* IPv4 uses the first 4 bytes */
    unsigned char dst[16];
    uint16_t sport, dport;
    uint32_t seq, ack;
    uint8_t flags;             /* IKT_TCP_* */
    uint16_t window;
    const unsigned char *payload;
    size_t payload_len;        /* payload bytes present in the frame */
    size_t seg_len;            /* payload bytes the IP header declares: more than
                                  payload_len when the snapshot length cut the frame */
} ikt_packet;

typedef enum ikt_decode_status {
    IKT_DECODE_TCP = 0,        /* a TCP segment: the packet is filled in */
    IKT_DECODE_IGNORED,        /* not TCP over IP (ARP, UDP, ICMP, ESP...): skip quietly */
    IKT_DECODE_FRAGMENT,       /* an IP fragment: not reassembled, skipped */
    IKT_DECODE_TRUNCATED,      /* the frame ends before the end of the TCP header */
    IKT_DECODE_MALFORMED       /* headers that contradict themselves or the frame */
} ikt_decode_status;

/* 1 when the decoder knows the libpcap link type `dlt` (a DLT_* value as returned
 * by pcap_datalink()), else 0. */
int ikt_decode_supported(int dlt);

/* Decode one frame of link type `dlt`.  `caplen` bytes are present; `wirelen` is
 * the frame's length on the wire (caplen < wirelen means the capture cut it).
 * On IKT_DECODE_TCP, fills *pkt except frame and ts.  On any other status, *why
 * (when why is not NULL) is set to a static English phrase saying what was wrong
 * or skipped, e.g. "IPv4 fragment". */
ikt_decode_status ikt_decode_frame(int dlt, const unsigned char *frame, size_t caplen,
                                   size_t wirelen, ikt_packet *pkt, const char **why);

#endif
