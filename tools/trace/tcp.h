/*
 * tcp.h - TCP connection tracking: which segments belong together, which side is
 * the client, when a connection starts and ends, and how much memory it may hold.
 *
 * Connections live in a hash table keyed by the 4-tuple in a canonical order, so
 * both directions find the same entry.  Each connection has two ikt_stream (one per
 * sender); this module turns their output into the callbacks of trace.h with the
 * direction relabelled by role (c2s/s2c) at the moment of delivery.
 *
 * Independent of libpcap: it eats decoded ikt_packet values, so tests and fuzzers
 * can drive it directly.
 */
#ifndef IKT_TCP_H
#define IKT_TCP_H

#include "decode.h"
#include "trace.h"

#include <stddef.h>
#include <stdint.h>

typedef struct ikt_tcp ikt_tcp;

typedef struct ikt_tcp_config {
    const uint16_t *ports;     /* server ports besides 143 and 993 */
    size_t nports;
    void *ud;
    ikt_on_conn_fn on_conn;
    ikt_on_data_fn on_data;
    ikt_on_event_fn on_event;
    size_t max_conns, max_closed;            /* 0: defaults as in ikt_options */
    size_t max_ooo_bytes, max_ooo_segments, max_total_ooo_bytes;
} ikt_tcp_config;

/* Totals for ikt_stats. */
typedef struct ikt_tcp_stats {
    uint64_t conns;
    uint64_t bytes[2];
    uint64_t gaps, gap_bytes, dup_bytes;
    uint64_t late;             /* packets for a closed connection, ignored */
} ikt_tcp_stats;

/* NULL when out of memory.  The config is copied (the port list too). */
ikt_tcp *ikt_tcp_new(const ikt_tcp_config *cfg);

/* One decoded segment, in capture order. */
void ikt_tcp_packet(ikt_tcp *t, const ikt_packet *pkt);

/* End of capture: flush and close every open connection, in connection order.
 * `ts` stamps the events (the last packet's time). */
void ikt_tcp_finish(ikt_tcp *t, double ts);

/* See ikt_trace_set_server. */
int ikt_tcp_set_server(ikt_tcp *t, unsigned conn, int dir);

/* Number of open connections, of closed ones still remembered, and of bytes
 * held out of order in all: what memory use is proportional to. */
size_t ikt_tcp_open_count(const ikt_tcp *t);
size_t ikt_tcp_closed_count(const ikt_tcp *t);
size_t ikt_tcp_buffered(const ikt_tcp *t);

void ikt_tcp_get_stats(const ikt_tcp *t, ikt_tcp_stats *st);

/* Frees everything, without callbacks (call ikt_tcp_finish first to flush). */
void ikt_tcp_free(ikt_tcp *t);

#endif
