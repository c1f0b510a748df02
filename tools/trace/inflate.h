/*
 * inflate.h - streaming raw DEFLATE (RFC 1951) for one direction of an IMAP
 * connection after COMPRESS=DEFLATE (RFC 4978), which sends a raw deflate stream
 * with no zlib or gzip header and flushes it at message boundaries.
 *
 * Feed it the bytes as TCP delivers them, in chunks of any size; the inflated
 * bytes come back through a callback in chunks of at most 16 KiB, so memory stays
 * bounded whatever the stream holds.  A bound on output per input (the ratio
 * guard) stops a hostile stream that expands 1000-fold (a zip bomb) from turning a
 * small capture into hours of parsing.
 */
#ifndef IKT_INFLATE_H
#define IKT_INFLATE_H

#include <stddef.h>
#include <stdint.h>

typedef enum ikt_inflate_status {
    IKT_INFLATE_OK = 0,        /* all input consumed; more may come */
    IKT_INFLATE_END,           /* the deflate stream ended (a final block); input after
                                  it was not consumed (see *consumed) */
    IKT_INFLATE_ERR_DATA,      /* not valid deflate data */
    IKT_INFLATE_ERR_RATIO,     /* output exceeded the ratio guard */
    IKT_INFLATE_ERR_MEMORY,    /* zlib could not allocate */
    IKT_INFLATE_ERR_ABORTED    /* the output callback asked to stop */
} ikt_inflate_status;

/* Receives inflated bytes; return 0 to go on, nonzero to stop (ERR_ABORTED). */
typedef int (*ikt_inflate_out_fn)(void *ud, const unsigned char *bytes, size_t len);

typedef struct ikt_inflate_limits {
    uint64_t max_ratio;        /* total output <= max_ratio * total input + slack; 0: default
                                  100. UINT64_MAX: no guard */
    uint64_t slack;            /* 0: default 1 MiB */
} ikt_inflate_limits;

typedef struct ikt_inflate ikt_inflate;

/* lim may be NULL for the defaults.  NULL when out of memory. */
ikt_inflate *ikt_inflate_new(const ikt_inflate_limits *lim);

/* Inflate `len` bytes.  *consumed (if not NULL) gets how many input bytes were
 * used: all of them unless the status is END or an error.  Once an error or END
 * was returned, every later call returns the same status and consumes nothing. */
ikt_inflate_status ikt_inflate_feed(ikt_inflate *z, const unsigned char *in, size_t len,
                                    ikt_inflate_out_fn out, void *ud, size_t *consumed);

/* What went wrong, in words ("" while all is well). */
const char *ikt_inflate_error(const ikt_inflate *z);

/* Bytes in and out so far. */
uint64_t ikt_inflate_total_in(const ikt_inflate *z);
uint64_t ikt_inflate_total_out(const ikt_inflate *z);

void ikt_inflate_free(ikt_inflate *z);

#endif
