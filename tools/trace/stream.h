/*
 * stream.h - one direction of one TCP connection, reassembled.
 *
 * Sequence numbers are 32-bit and wrap; inside a stream every byte instead has a
 * 64-bit offset from the first byte (0), found from its sequence number by
 * serial-number arithmetic (RFC 1982) relative to the next expected byte.  After
 * that translation nothing wraps, so the buffer logic is plain interval logic.
 *
 * The policy is tshark's "follow tcp" (Wireshark 4.0, follow_tcp_tap_listener),
 * so that --dump-streams matches `tshark -z follow,tcp,raw` byte for byte:
 *   - bytes already delivered always win: a retransmission only adds what lies
 *     beyond the delivery point;
 *   - a segment that reaches the delivery point is delivered whole, straight to
 *     the sink without copying;
 *   - a segment ahead of a hole is copied and held, in arrival order, overlaps
 *     and all; whenever the delivery point moves, the first held segment (in
 *     arrival order) that reaches it contributes whatever it has beyond it, and
 *     held segments with nothing new are dropped;
 *   - a hole is given up on (a gap, then delivery resumes at the lowest held
 *     segment) when the peer acknowledges past the lowest held byte, so that a
 *     capture that lost a segment keeps flowing.
 * Beyond tshark, for bounded memory: a hole is also given up on when the held
 * bytes or segments reach their limits, and when the connection ends; bytes
 * past a FIN are dropped.
 */
#ifndef IKT_STREAM_H
#define IKT_STREAM_H

#include <stddef.h>
#include <stdint.h>

/* Why a hole was given up on: stated in the gap event. */
typedef enum ikt_gap_reason {
    IKT_GAP_ACKED = 0,         /* the peer acknowledged bytes the capture does not have */
    IKT_GAP_LIMIT,             /* the out-of-order buffer reached its limit */
    IKT_GAP_CLOSED,            /* the connection ended with the hole still open */
    IKT_GAP_SNAPLEN            /* the capture's snapshot length cut the segment */
} ikt_gap_reason;

/* What a stream hands to its sink. */
typedef enum ikt_stream_out {
    IKT_OUT_DATA = 0,          /* bytes, in order, at offset */
    IKT_OUT_GAP,               /* `len` bytes missing at offset (bytes is NULL) */
    IKT_OUT_FIN                /* the sender's FIN was reached at offset */
} ikt_stream_out;

typedef void (*ikt_stream_sink)(void *ctx, ikt_stream_out kind, uint64_t offset,
                                const unsigned char *bytes, size_t len, ikt_gap_reason why);

/* A held segment: one allocation, bytes inline. */
typedef struct ikt_piece {
    struct ikt_piece *next;    /* arrival order */
    uint64_t start;
    size_t len;
    unsigned char data[];
} ikt_piece;

typedef struct ikt_stream_state {
    int have_base;             /* next_seq is known */
    int fin_seen, fin_done;    /* FIN observed; FIN reached in order */
    int have_acked;
    uint32_t next_seq;         /* sequence number of the byte at `next` */
    uint64_t next;             /* offset of the next byte to deliver */
    uint64_t fin_off;          /* offset the FIN occupies */
    uint64_t acked;            /* highest offset the peer acknowledged */
    ikt_piece *head, *tail;    /* held segments, in arrival order, all starting after next */
    size_t npieces;
    size_t buffered;           /* bytes held */
    uint64_t min_start;        /* lowest start among held segments (valid if npieces) */
    /* totals, for statistics and tests */
    uint64_t delivered, gap_bytes, gaps, dup_bytes;
} ikt_stream_state;

typedef struct ikt_stream_limits {
    size_t max_bytes;          /* bytes held out of order */
    size_t max_pieces;         /* pieces held out of order */
} ikt_stream_limits;

/* Results of ikt_stream_data that the caller may want to report. */
#define IKT_SEG_AFTER_FIN 1    /* some bytes lay beyond the FIN and were dropped */
#define IKT_SEG_NOMEM 2        /* out of memory: some bytes were dropped */

void ikt_stream_init(ikt_stream_state *s);
void ikt_stream_free(ikt_stream_state *s);

/* Set the sequence number of the stream's first byte: ISN + 1 after a SYN, the
 * first sequence number seen for a stream caught mid-way. No-op once set. */
void ikt_stream_set_base(ikt_stream_state *s, uint32_t seq);

/* Offset of sequence number `seq` relative to the stream (may be negative for
 * bytes before the first).  The stream must have a base. */
int64_t ikt_stream_offset(const ikt_stream_state *s, uint32_t seq);

/* A segment's payload: `len` bytes at `seq`, of which the segment really carried
 * `seg_len` (more when the snapshot length cut it).  Delivers what becomes in
 * order.  Returns 0 or an OR of IKT_SEG_* flags. */
int ikt_stream_data(ikt_stream_state *s, uint32_t seq, const unsigned char *p, size_t len,
                    size_t seg_len, const ikt_stream_limits *lim, ikt_stream_sink sink, void *ctx);

/* The FIN at sequence number `seq` (after the segment's payload).  Returns 0, or
 * -1 when the FIN lies before bytes already delivered (ignored). */
int ikt_stream_fin(ikt_stream_state *s, uint32_t seq, ikt_stream_sink sink, void *ctx);

/* The peer acknowledged up to `ack`: holes below it will never be filled. */
void ikt_stream_ack(ikt_stream_state *s, uint32_t ack, ikt_stream_sink sink, void *ctx);

/* Give up on the first hole: gap to the lowest held byte and deliver from
 * there what the held segments make contiguous.  0, or -1 when nothing is held. */
int ikt_stream_skip_hole(ikt_stream_state *s, ikt_gap_reason why, ikt_stream_sink sink, void *ctx);

/* The connection is over: deliver everything held, with gaps for the holes,
 * and a gap up to the FIN if bytes before it never came. */
void ikt_stream_flush(ikt_stream_state *s, ikt_stream_sink sink, void *ctx);

#endif
