/*
 * stream.c - per-direction TCP reassembly with bounded out-of-order buffering,
 * following tshark's "follow tcp" policy (see stream.h).
 */
#include "stream.h"

#include <stdlib.h>
#include <string.h>

/* a - b for 32-bit sequence numbers, as a signed distance in [-2^31, 2^31):
 * serial-number arithmetic, so that ISNs near 2^32 wrap without special cases.
 * Spelled out instead of casting to int32_t, whose conversion of large values
 * is implementation-defined. */
static int64_t seq_delta(uint32_t a, uint32_t b)
{
    uint32_t d = a - b;
    return d < 0x80000000u ? (int64_t)d : (int64_t)d - (int64_t)0x100000000;
}

void ikt_stream_init(ikt_stream_state *s) { memset(s, 0, sizeof *s); }

/* Free every held segment: called when the connection ends or is evicted. */
void ikt_stream_free(ikt_stream_state *s)
{
    ikt_piece *p = s->head;
    while (p) {
        ikt_piece *n = p->next;
        free(p);
        p = n;
    }
    s->head = s->tail = NULL;
    s->npieces = 0;
    s->buffered = 0;
}

/* The first sequence number fixes offset 0; later calls are ignored so that a
 * retransmitted SYN or an early ACK cannot move a stream that has started. */
void ikt_stream_set_base(ikt_stream_state *s, uint32_t seq)
{
    if (s->have_base)
        return;
    s->have_base = 1;
    s->next_seq = seq;
    s->next = 0;
}

/* Relative to the delivery point, so that the 2^31 window of serial arithmetic
 * is centred where segments actually arrive. */
int64_t ikt_stream_offset(const ikt_stream_state *s, uint32_t seq)
{
    return (int64_t)s->next + seq_delta(seq, s->next_seq);
}

/* Move the delivery point forward, keeping the sequence number in step (it
 * wraps modulo 2^32 by design). */
static void advance(ikt_stream_state *s, uint64_t to)
{
    s->next_seq += (uint32_t)(to - s->next);
    s->next = to;
}

/* Once everything before the FIN is delivered (or given up), say so, once. */
static void check_fin(ikt_stream_state *s, ikt_stream_sink sink, void *ctx)
{
    if (s->fin_seen && !s->fin_done && s->next >= s->fin_off) {
        s->fin_done = 1;
        sink(ctx, IKT_OUT_FIN, s->fin_off, NULL, 0, IKT_GAP_CLOSED);
    }
}

/* Report missing bytes and step over them. */
static void gap(ikt_stream_state *s, uint64_t to, ikt_gap_reason why, ikt_stream_sink sink, void *ctx)
{
    uint64_t n = to - s->next;
    s->gaps++;
    s->gap_bytes += n;
    sink(ctx, IKT_OUT_GAP, s->next, NULL, (size_t)n, why);
    advance(s, to);
}

/* Deliver `n` bytes at the delivery point. */
static void deliver(ikt_stream_state *s, const unsigned char *p, size_t n, ikt_stream_sink sink,
                    void *ctx)
{
    sink(ctx, IKT_OUT_DATA, s->next, p, n, IKT_GAP_CLOSED);
    s->delivered += n;
    advance(s, s->next + n);
}

/* The lowest start among held segments, after the one holding it left: a
 * linear pass, paid only when that particular segment goes. */
static void recompute_min(ikt_stream_state *s)
{
    s->min_start = UINT64_MAX;
    for (ikt_piece *p = s->head; p; p = p->next)
        if (p->start < s->min_start)
            s->min_start = p->start;
}

/* Unlink a held segment (prev is its predecessor, or NULL) and free it. */
static void unhold(ikt_stream_state *s, ikt_piece *prev, ikt_piece *p)
{
    if (prev)
        prev->next = p->next;
    else
        s->head = p->next;
    if (s->tail == p)
        s->tail = prev;
    s->npieces--;
    s->buffered -= p->len;
    int was_min = p->start == s->min_start;
    free(p);
    if (was_min)
        recompute_min(s);
}

/* While some held segment reaches the delivery point, take the first such in
 * arrival order, deliver what it has beyond the point (if anything), drop it.
 * The cached minimum start makes the usual case (nothing reaches) O(1). */
static void apply(ikt_stream_state *s, ikt_stream_sink sink, void *ctx)
{
    while (s->npieces && s->min_start <= s->next) {
        ikt_piece *prev = NULL, *p = s->head;
        while (p && p->start > s->next) {
            prev = p;
            p = p->next;
        }
        if (p == NULL) /* cannot happen while min_start <= next; stay safe */
            break;
        uint64_t end = p->start + p->len;
        if (end > s->next)
            deliver(s, p->data + (s->next - p->start), (size_t)(end - s->next), sink, ctx);
        else
            s->dup_bytes += p->len;
        unhold(s, prev, p);
    }
    check_fin(s, sink, ctx);
}

/* The peer acknowledged past the lowest held byte: it received the bytes of the
 * hole before it, which the capture lost; they will not come again.  A FIN the
 * peer acknowledged counts as held too. */
static void ack_gap(ikt_stream_state *s, ikt_stream_sink sink, void *ctx)
{
    while (s->have_acked) {
        if (s->npieces && s->acked > s->min_start && s->min_start > s->next) {
            gap(s, s->min_start, IKT_GAP_ACKED, sink, ctx);
            apply(s, sink, ctx);
        } else if (!s->npieces && s->fin_seen && !s->fin_done && s->acked > s->fin_off) {
            gap(s, s->fin_off, IKT_GAP_ACKED, sink, ctx);
            check_fin(s, sink, ctx);
        } else {
            return;
        }
    }
}

/* Used by the limits and at close: always makes progress when anything is
 * held, which is what bounds memory. */
int ikt_stream_skip_hole(ikt_stream_state *s, ikt_gap_reason why, ikt_stream_sink sink, void *ctx)
{
    if (s->npieces == 0)
        return -1;
    if (s->min_start > s->next)
        gap(s, s->min_start, why, sink, ctx);
    apply(s, sink, ctx);
    return 0;
}

/* Copy a segment that lies ahead of the delivery point.  Returns 1 when held,
 * 0 when the limits forbid it (nothing changed), -1 when out of memory. */
static int hold(ikt_stream_state *s, uint64_t start, const unsigned char *p, size_t n,
                const ikt_stream_limits *lim)
{
    if (s->npieces >= lim->max_pieces || n > lim->max_bytes || s->buffered > lim->max_bytes - n)
        return 0;
    ikt_piece *pc = malloc(sizeof *pc + n);
    if (pc == NULL)
        return -1;
    pc->next = NULL;
    pc->start = start;
    pc->len = n;
    memcpy(pc->data, p, n);
    if (s->tail)
        s->tail->next = pc;
    else
        s->head = pc;
    s->tail = pc;
    if (s->npieces == 0 || start < s->min_start)
        s->min_start = start;
    s->npieces++;
    s->buffered += n;
    return 1;
}

/* One segment's payload.  The loop only repeats after a limit forced a hole to
 * be given up, which strictly reduces what is held, so it ends. */
int ikt_stream_data(ikt_stream_state *s, uint32_t seq, const unsigned char *p, size_t len,
                    size_t seg_len, const ikt_stream_limits *lim, ikt_stream_sink sink, void *ctx)
{
    int flags = 0;
    if (!s->have_base || (len == 0 && seg_len == 0))
        return 0;
    if (seg_len < len)
        seg_len = len;
    int64_t off = ikt_stream_offset(s, seq);
    int64_t stop = off + (int64_t)len;
    int64_t seg_stop = off + (int64_t)seg_len;
    if (s->fin_seen && stop > (int64_t)s->fin_off) {
        flags |= IKT_SEG_AFTER_FIN;
        stop = (int64_t)s->fin_off;
        if (seg_stop > stop)
            seg_stop = stop;
    }
    for (;;) {
        int64_t start = off;
        if (start < (int64_t)s->next) { /* bytes already delivered win */
            int64_t old = (stop < (int64_t)s->next ? stop : (int64_t)s->next) - start;
            if (old > 0)
                s->dup_bytes += (uint64_t)old;
            start = (int64_t)s->next;
        }
        if (start == (int64_t)s->next) {
            /* Reaches the delivery point: delivered whole, no copy.  A segment
             * the snapshot length cut also moves the point over the bytes the
             * capture did not keep, as tshark does, but says so. */
            if (start < stop)
                deliver(s, p + (start - off), (size_t)(stop - start), sink, ctx);
            if (seg_stop > (int64_t)s->next && s->next == (uint64_t)stop)
                gap(s, (uint64_t)seg_stop, IKT_GAP_SNAPLEN, sink, ctx);
            apply(s, sink, ctx);
            break;
        }
        if (start >= stop)
            break;
        int r = hold(s, (uint64_t)start, p + (start - off), (size_t)(stop - start), lim);
        if (r > 0)
            break;
        if (r < 0) {
            flags |= IKT_SEG_NOMEM;
            break;
        }
        /* Over a limit: give up on the first hole and try again, since the
         * delivery point moved and this segment may now be in order.  With
         * nothing held, jump straight to this segment. */
        if (ikt_stream_skip_hole(s, IKT_GAP_LIMIT, sink, ctx) < 0)
            gap(s, (uint64_t)start, IKT_GAP_LIMIT, sink, ctx);
    }
    ack_gap(s, sink, ctx);
    return flags;
}

/* Record where the stream ends; delivery reaching it raises IKT_OUT_FIN.  The
 * first FIN wins, like the first bytes, and a FIN inside delivered bytes is
 * refused rather than allowed to truncate history. */
int ikt_stream_fin(ikt_stream_state *s, uint32_t seq, ikt_stream_sink sink, void *ctx)
{
    if (!s->have_base || s->fin_seen)
        return 0; /* the first FIN seen stands */
    int64_t off = ikt_stream_offset(s, seq);
    if (off < (int64_t)s->next)
        return -1;
    s->fin_seen = 1;
    s->fin_off = (uint64_t)off;
    /* Held bytes past the FIN cannot be part of the stream. */
    ikt_piece *prev = NULL, *pc = s->head;
    while (pc) {
        ikt_piece *n = pc->next;
        if (pc->start >= s->fin_off) {
            unhold(s, prev, pc);
        } else {
            if (pc->start + pc->len > s->fin_off) {
                size_t keep = (size_t)(s->fin_off - pc->start);
                s->buffered -= pc->len - keep;
                pc->len = keep;
            }
            prev = pc;
        }
        pc = n;
    }
    check_fin(s, sink, ctx);
    ack_gap(s, sink, ctx);
    return 0;
}

/* Only the highest acknowledgement matters: it is what proves a hole lost. */
void ikt_stream_ack(ikt_stream_state *s, uint32_t ack, ikt_stream_sink sink, void *ctx)
{
    if (!s->have_base)
        return;
    int64_t off = ikt_stream_offset(s, ack);
    if (off <= (int64_t)s->next)
        return;
    if (!s->have_acked || (uint64_t)off > s->acked) {
        s->acked = (uint64_t)off;
        s->have_acked = 1;
    }
    ack_gap(s, sink, ctx);
}

/* At the end nothing more can arrive: every hole becomes a gap, so that the
 * consumer sees every captured byte and knows what is missing. */
void ikt_stream_flush(ikt_stream_state *s, ikt_stream_sink sink, void *ctx)
{
    while (ikt_stream_skip_hole(s, IKT_GAP_CLOSED, sink, ctx) == 0)
        ;
    if (s->fin_seen && !s->fin_done && s->next < s->fin_off) {
        gap(s, s->fin_off, IKT_GAP_CLOSED, sink, ctx);
        check_fin(s, sink, ctx);
    }
}
