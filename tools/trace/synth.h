/*
 * synth.h - write synthetic captures (pcap, pcap with nanosecond stamps, pcapng)
 * for tests and fuzz seeds.
 *
 * Real captures cannot show every reassembly case on demand (a retransmission
 * with different bytes, an ISN two bytes below 2^32, a segment lost between
 * two that arrive, a frame cut inside its TCP header), so tests describe
 * segments one by one and this module builds the frames around them: Ethernet
 * (with VLAN tags), Linux cooked v1/v2, raw IP, BSD loopback; IPv4 (with options,
 * fragments) and IPv6 (extension headers, fragment header); TCP with options.
 * Checksums are computed, so tshark shows the files without complaint.
 */
#ifndef IKT_SYNTH_H
#define IKT_SYNTH_H

#include <stddef.h>
#include <stdint.h>

/* Link types as numbered in capture files (LINKTYPE_*, not DLT_*). */
#define IKT_LINK_NULL 0
#define IKT_LINK_EN10MB 1
#define IKT_LINK_RAW 101
#define IKT_LINK_LOOP 108
#define IKT_LINK_SLL 113
#define IKT_LINK_IPV4 228
#define IKT_LINK_IPV6 229
#define IKT_LINK_SLL2 276

typedef enum ikt_synth_format {
    IKT_SYNTH_PCAP = 0,        /* classic pcap, microsecond stamps */
    IKT_SYNTH_PCAP_NSEC,       /* classic pcap, nanosecond stamps */
    IKT_SYNTH_PCAPNG           /* pcapng: SHB, one IDB (nanosecond), EPBs */
} ikt_synth_format;

typedef struct ikt_synth_opts {
    int linktype;              /* IKT_LINK_*: required (0 is NULL/loopback) */
    ikt_synth_format format;
    unsigned snaplen;          /* written in the header; longer frames are cut; 0: 262144 */
    unsigned nvlan;            /* EN10MB: VLAN tags on every frame (at most 4) */
    uint16_t vlan_tpid[4];     /* outermost first; 0: 0x8100 */
    uint16_t vlan_id[4];
    int null_order;            /* NULL/LOOP family field: 0 as the link type says (NULL
                                  little-endian, LOOP big-endian), 1 little, 2 big */
    uint32_t af_inet6;         /* NULL/LOOP value for IPv6; 0: 30 (FreeBSD/macOS) */
} ikt_synth_opts;

/* The two ends of a connection.  family 4 or 6. */
typedef struct ikt_synth_tuple {
    int family;
    unsigned char client[16], server[16];
    uint16_t cport, sport;
} ikt_synth_tuple;

/* Fill a tuple from text addresses (both IPv4 or both IPv6).  0, or -1 if an
 * address does not parse or the families differ. */
int ikt_synth_tuple_set(ikt_synth_tuple *t, const char *client, uint16_t cport,
                        const char *server, uint16_t sport);

/* One TCP segment.  Zero fields give an ordinary segment. */
typedef struct ikt_synth_pkt {
    double ts;
    const ikt_synth_tuple *tuple;
    int dir;                   /* 0: client to server, 1: server to client */
    uint32_t seq, ack;
    unsigned flags;            /* IKT_TCP_* from decode.h (same values as on the wire) */
    uint16_t window;           /* 0: 65535 */
    const void *payload;
    size_t len;
    /* oddities */
    unsigned ip_opt_len;       /* IPv4 option bytes (NOPs), multiple of 4, <= 40 */
    unsigned tcp_opt_len;      /* TCP option bytes (NOPs), multiple of 4, <= 40 */
    unsigned ipv6_ext;         /* IPv6: hop-by-hop then destination-options headers (<= 8) */
    int frag6;                 /* IPv6: add a fragment header whose offset/M field is `frag` */
    uint16_t frag;             /* IPv4: the flags + fragment offset field (0x2000 = MF) */
    size_t cut;                /* capture only the frame's first `cut` bytes (0: all) */
    int ip_len_delta;          /* added to the IP length field: a header that lies */
} ikt_synth_pkt;

typedef struct ikt_synth ikt_synth;

/* Write to a file, or to memory (ikt_synth_mem).  NULL on failure (errno set). */
ikt_synth *ikt_synth_open(const char *path, const ikt_synth_opts *o);
ikt_synth *ikt_synth_open_mem(const ikt_synth_opts *o);

/* Write one frame as given (link-layer bytes included): for hostile frames. */
int ikt_synth_frame(ikt_synth *s, double ts, const void *frame, size_t caplen, size_t wirelen);

/* Build and write one TCP segment.  0, or -1 on a write error or bad argument. */
int ikt_synth_packet(ikt_synth *s, const ikt_synth_pkt *p);

/* A memory capture's bytes so far; valid until the next write or close. */
int ikt_synth_mem(ikt_synth *s, const unsigned char **data, size_t *len);

/* Finish and free. 0, or -1 if any write failed. */
int ikt_synth_close(ikt_synth *s);

/* A connection that keeps its own sequence numbers, for tests that just need a
 * well-formed conversation: ikt_synth_send advances them. */
typedef struct ikt_synth_flow {
    ikt_synth_tuple t;
    uint32_t next[2];          /* next sequence number of the client (0) and server (1) */
} ikt_synth_flow;

void ikt_synth_flow_init(ikt_synth_flow *f, const ikt_synth_tuple *t, uint32_t isn_client,
                         uint32_t isn_server);
/* SYN, SYN+ACK, ACK at ts, ts + 0.001, ts + 0.002. */
int ikt_synth_handshake(ikt_synth *s, ikt_synth_flow *f, double ts);
/* Data (PSH+ACK) from dir; an empty payload makes a bare ACK. */
int ikt_synth_send(ikt_synth *s, ikt_synth_flow *f, double ts, int dir, const void *data,
                   size_t len);
/* FIN+ACK from dir. */
int ikt_synth_fin(ikt_synth *s, ikt_synth_flow *f, double ts, int dir);

#endif
