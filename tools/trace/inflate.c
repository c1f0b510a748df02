/*
 * inflate.c - zlib raw inflate in fixed-size output chunks with a ratio guard.
 */
#include "inflate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* next_in as a const pointer: we never let zlib write to the caller's input. */
#define ZLIB_CONST
#include <zlib.h>

#define CHUNK 16384
#define DEF_RATIO 100u
#define DEF_SLACK ((uint64_t)1 << 20)

struct ikt_inflate {
    z_stream zs;
    int ready;                 /* inflateInit2 succeeded */
    ikt_inflate_status state;  /* sticky: OK until END or an error */
    uint64_t in, out;
    uint64_t max_ratio, slack;
    char error[160];
    unsigned char buf[CHUNK];
};

/* One inflater per direction: each side of COMPRESS=DEFLATE is its own stream. */
ikt_inflate *ikt_inflate_new(const ikt_inflate_limits *lim)
{
    ikt_inflate *z = calloc(1, sizeof *z);
    if (z == NULL)
        return NULL;
    z->max_ratio = lim && lim->max_ratio ? lim->max_ratio : DEF_RATIO;
    z->slack = lim && lim->slack ? lim->slack : DEF_SLACK;
    /* Negative window bits: raw deflate, as COMPRESS=DEFLATE sends (no zlib
     * header, no checksum); 15 accepts any window size a sender may use. */
    if (inflateInit2(&z->zs, -15) != Z_OK) {
        free(z);
        return NULL;
    }
    z->ready = 1;
    return z;
}

/* Output allowed for the input seen so far, saturating instead of wrapping. */
static uint64_t allowed(const ikt_inflate *z)
{
    if (z->max_ratio == UINT64_MAX)
        return UINT64_MAX;
    if (z->in != 0 && z->max_ratio > (UINT64_MAX - z->slack) / z->in)
        return UINT64_MAX;
    return z->max_ratio * z->in + z->slack;
}

/* Record a sticky failure with its reason. */
static ikt_inflate_status fail(ikt_inflate *z, ikt_inflate_status st, const char *msg)
{
    z->state = st;
    snprintf(z->error, sizeof z->error, "%s", msg);
    return st;
}

/* Run zlib over the input until it is all consumed and no output is pending,
 * handing each filled chunk to the consumer at once, so that output never piles
 * up in memory.  Z_SYNC_FLUSH makes zlib return everything it can decode now: a
 * COMPRESS sender flushes after each message, and the decoder must see it. */
ikt_inflate_status ikt_inflate_feed(ikt_inflate *z, const unsigned char *in, size_t len,
                                    ikt_inflate_out_fn out, void *ud, size_t *consumed)
{
    size_t used = 0;
    if (consumed)
        *consumed = 0;
    if (z->state != IKT_INFLATE_OK)
        return z->state;
    while (used < len) {
        /* zlib counts avail_in in uInt: feed huge buffers in slices. */
        size_t slice = len - used;
        if (slice > (size_t)1 << 30)
            slice = (size_t)1 << 30;
        z->zs.next_in = in + used;
        z->zs.avail_in = (uInt)slice;
        z->in += slice; /* the guard allows output in proportion to input given */
        for (;;) {
            z->zs.next_out = z->buf;
            z->zs.avail_out = CHUNK;
            uInt before = z->zs.avail_in;
            int rc = inflate(&z->zs, Z_SYNC_FLUSH);
            size_t got = CHUNK - z->zs.avail_out;
            size_t took = slice - z->zs.avail_in;
            if (consumed)
                *consumed = used + took;
            if (got) {
                if (z->out + got > allowed(z))
                    return fail(z, IKT_INFLATE_ERR_RATIO,
                                "inflated data exceeds the allowed expansion ratio");
                z->out += got;
                if (out && out(ud, z->buf, got) != 0)
                    return fail(z, IKT_INFLATE_ERR_ABORTED, "stopped by the consumer");
            }
            if (rc == Z_STREAM_END) {
                z->in -= z->zs.avail_in; /* input after the end was not used */
                z->state = IKT_INFLATE_END;
                snprintf(z->error, sizeof z->error, "deflate stream ended");
                return IKT_INFLATE_END;
            }
            if (rc == Z_MEM_ERROR)
                return fail(z, IKT_INFLATE_ERR_MEMORY, "out of memory");
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                char msg[160];
                snprintf(msg, sizeof msg, "invalid deflate data: %s",
                         z->zs.msg ? z->zs.msg : "corrupt stream");
                return fail(z, IKT_INFLATE_ERR_DATA, msg);
            }
            if (z->zs.avail_in == 0 && z->zs.avail_out != 0)
                break; /* all consumed, nothing pending */
            if (got == 0 && z->zs.avail_in == before && before != 0)
                return fail(z, IKT_INFLATE_ERR_DATA, "invalid deflate data: no progress");
        }
        used += slice;
    }
    if (consumed)
        *consumed = used;
    return IKT_INFLATE_OK;
}

const char *ikt_inflate_error(const ikt_inflate *z) { return z->error; }

uint64_t ikt_inflate_total_in(const ikt_inflate *z) { return z->in; }

uint64_t ikt_inflate_total_out(const ikt_inflate *z) { return z->out; }

/* inflateEnd only if inflateInit2 succeeded; NULL is fine, as for free(). */
void ikt_inflate_free(ikt_inflate *z)
{
    if (z == NULL)
        return;
    if (z->ready)
        inflateEnd(&z->zs);
    free(z);
}
