/*
 * trace.h - the trace decoder's API: a pcap or pcapng capture in, reassembled TCP
 * byte streams and events out, for `imapkit trace`.
 *
 * What it does: reads every frame (libpcap: pcap and pcapng), decodes Ethernet
 * (802.1Q/QinQ), Linux cooked v1/v2, raw IP and BSD loopback; IPv4 (options;
 * fragments skipped with a warning) and IPv6 (extension headers); tracks every TCP
 * connection, reassembles both directions (reordering, retransmission, overlap:
 * first-seen bytes win; sequence wrap-around; connections caught mid-stream), and
 * delivers each direction's bytes in order, interleaved in capture order.  Lost
 * segments become "gap" events, after which delivery resumes.  Memory is bounded:
 * per connection, per direction and in total (see ikt_options).
 *
 * What it does not do: IMAP, TLS, DEFLATE.  The session logic sits on top of
 * on_data (and may tell the tracker who the server is, ikt_trace_set_server).
 *
 * Typical use:
 *
 *     ikt_options o = {0};
 *     o.on_data = my_data; o.on_event = my_event; o.ud = &me;
 *     char err[256];
 *     ikt_trace *t = ikt_trace_open("x.pcapng", &o, err, sizeof err);
 *     if (!t) { fprintf(stderr, "%s\n", err); exit(2); }
 *     if (dump_dir && ikt_trace_dump_streams(t, dump_dir, err, sizeof err) < 0) ...
 *     int rc = ikt_trace_run(t);      // all callbacks happen in here
 *     if (rc < 0) fprintf(stderr, "%s\n", ikt_trace_error(t));
 *     ikt_trace_close(t);
 */
#ifndef IKT_TRACE_H
#define IKT_TRACE_H

#include <stddef.h>
#include <stdint.h>

/* Directions, as in on_data and events. */
#define IKT_C2S 0
#define IKT_S2C 1

/* How the client was told from the server. */
typedef enum ikt_role {
    IKT_ROLE_PORT = 0,         /* exactly one side used a server port (143, 993, --port) */
    IKT_ROLE_SYN,              /* the SYN's sender (or the SYN+ACK's receiver) */
    IKT_ROLE_GUESS,            /* neither: provisionally the sender of the first packet */
    IKT_ROLE_CONTENT           /* the consumer said so (ikt_trace_set_server) */
} ikt_role;

/* A new connection (on_conn).  Valid during the callback only. */
typedef struct ikt_conn_info {
    unsigned conn;             /* K: 1, 2, ... in the order of each connection's first packet */
    double ts;                 /* time of its first packet */
    int family;                /* 4 or 6 */
    char client[46];           /* address as text (inet_ntop) */
    char server[46];
    uint16_t client_port, server_port;
    ikt_role role;
    int midstream;             /* 1: the first packet was not a SYN (caught mid-stream) */
} ikt_conn_info;

/* An event (on_event).  Valid during the callback only.
 *
 *   name       dir  meaning
 *   "open"     -1   a connection starts (after on_conn); detail "syn" or "mid-stream"
 *   "role"     -1   client and server swapped after all (a late SYN, or
 *                   ikt_trace_set_server); detail says who the client is.  Directions
 *                   of everything after this event follow the new roles.
 *   "gap"      0/1  `bytes` bytes missing at stream offset `offset`; delivery resumes
 *                   after them.  detail: "N bytes missing (WHY)", WHY one of
 *                   "acknowledged but not captured", "out-of-order buffer full",
 *                   "connection closed", "cut by snapshot length"
 *   "fin"      0/1  that direction's FIN was reached at `offset` (end of its bytes)
 *   "reset"    0/1  that direction's sender reset the connection
 *   "close"    -1   the connection is over, its memory freed; detail "fin", "reset",
 *                   "end of capture", "port reused", "evicted (too many connections)"
 *   "warning"  -1/0/1  something was skipped or is suspect (conn 0: not tied to a
 *                   connection, e.g. an IP fragment, a truncated or malformed frame)
 *
 * Each connection gets exactly one "open" and one "close"; between them, "gap",
 * "fin", "reset", "role" and "warning" as they happen. */
typedef struct ikt_event {
    unsigned conn;             /* K, or 0 */
    int dir;                   /* IKT_C2S, IKT_S2C, or -1 */
    double ts;                 /* time of the packet that caused it */
    const char *name;
    const char *detail;        /* human-readable, never NULL */
    uint64_t bytes;            /* gap: bytes missing; else 0 */
    uint64_t offset;           /* gap, fin: stream offset in that direction; else 0 */
    uint64_t frame;            /* frame number that caused it (0 at the end of the capture) */
} ikt_event;

typedef void (*ikt_on_conn_fn)(void *ud, const ikt_conn_info *ci);

/* `len` (> 0) bytes of direction `dir` of connection `conn`, at stream offset
 * `offset` (bytes delivered plus bytes lost before them), in order.  `ts` is the
 * time of the packet that completed them (a retransmission closing a hole
 * releases held bytes at its time). */
typedef void (*ikt_on_data_fn)(void *ud, unsigned conn, int dir, double ts, uint64_t offset,
                               const unsigned char *bytes, size_t len);

typedef void (*ikt_on_event_fn)(void *ud, const ikt_event *ev);

/* Options.  All-zero is valid and means the defaults. */
typedef struct ikt_options {
    const uint16_t *ports;     /* server ports besides 143 and 993 (--port) */
    size_t nports;
    void *ud;                  /* passed to every callback */
    ikt_on_conn_fn on_conn;    /* each may be NULL */
    ikt_on_data_fn on_data;
    ikt_on_event_fn on_event;
    /* Limits (0: default). */
    size_t max_conns;          /* open connections tracked at once; beyond it the least
                                  recently active is closed ("evicted"). Default 65536 */
    size_t max_closed;         /* closed connections remembered, so that stray packets
                                  after a FIN or RST open nothing new. Default 65536 */
    size_t max_ooo_bytes;      /* out-of-order bytes held per direction. Default 4 MiB */
    size_t max_ooo_segments;   /* out-of-order pieces held per direction. Default 4096 */
    size_t max_total_ooo_bytes;/* out-of-order bytes held in all. Default 128 MiB */
    size_t max_warnings;       /* warnings of one kind before they are only counted
                                  (one summary warning at the end). Default 100 */
} ikt_options;

typedef struct ikt_stats {
    uint64_t frames;           /* frames read */
    uint64_t tcp;              /* TCP segments decoded */
    uint64_t ignored;          /* frames that are not TCP over IP */
    uint64_t fragments, truncated, malformed;   /* frames skipped with a warning */
    uint64_t conns;            /* connections seen */
    uint64_t bytes[2];         /* bytes delivered, by direction at the time of delivery */
    uint64_t gaps, gap_bytes;  /* gap events, and bytes they declared missing */
    uint64_t dup_bytes;        /* retransmitted or overlapping bytes dropped */
} ikt_stats;

typedef struct ikt_trace ikt_trace;

/* Open a capture file (pcap or pcapng).  NULL on failure, with a message in err
 * (unreadable file, not a capture, unsupported link type). */
ikt_trace *ikt_trace_open(const char *path, const ikt_options *opt, char *err, size_t errlen);

/* The same over a capture in memory (fuzzing); the bytes are copied. */
ikt_trace *ikt_trace_open_mem(const void *data, size_t len, const ikt_options *opt, char *err,
                              size_t errlen);

/* Before ikt_trace_run: also write DIR/K.c2s and DIR/K.s2c for every connection K,
 * exactly the bytes on_data delivers (gaps leave nothing), empty files for a
 * direction that carried nothing.  DIR is created if missing.  -1 with a message
 * when DIR cannot be used. */
int ikt_trace_dump_streams(ikt_trace *t, const char *dir, char *err, size_t errlen);

/* Read the whole capture, calling back as it goes; at the end every connection
 * still open is flushed and closed.  Returns 0, or -1 when the capture was damaged
 * or cut short, or a dump file could not be written (everything readable was still
 * delivered; ikt_trace_error says what). */
int ikt_trace_run(ikt_trace *t);

/* From a callback: stop ikt_trace_run after the current packet (open connections
 * are still flushed and closed). */
void ikt_trace_stop(ikt_trace *t);

/* From a callback: the bytes of direction `dir` of connection `conn` come from the
 * server (e.g. they begin "* OK").  Only a provisional role (IKT_ROLE_GUESS) is
 * changed: then 1 if client and server were swapped (a "role" event follows at
 * once), 0 if they were already right.  -1 when the connection is unknown or
 * closed, or the role was decided by port or SYN and this contradicts it. */
int ikt_trace_set_server(ikt_trace *t, unsigned conn, int dir);

const char *ikt_trace_error(const ikt_trace *t);
void ikt_trace_stats(const ikt_trace *t, ikt_stats *st);

/* Frees everything; closes dump files. */
void ikt_trace_close(ikt_trace *t);

#endif
