/*
 * test_trace_inflate.c - the streaming raw-DEFLATE inflater used after
 * COMPRESS=DEFLATE: round trips in every chunking, errors, stream end, the
 * expansion-ratio guard against zip bombs, and consumer abort.
 */
#include <criterion/criterion.h>

#include "../tools/trace/inflate.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct sink {
    unsigned char *b;
    size_t n, cap;
    size_t calls, max_chunk;
    size_t abort_after;        /* return nonzero once n exceeds this (0: never) */
} sink;

static int out(void *ud, const unsigned char *p, size_t n)
{
    sink *s = ud;
    if (s->n + n > s->cap) {
        s->cap = (s->n + n) * 2;
        s->b = realloc(s->b, s->cap);
        cr_assert_not_null(s->b);
    }
    memcpy(s->b + s->n, p, n);
    s->n += n;
    s->calls++;
    if (n > s->max_chunk)
        s->max_chunk = n;
    return s->abort_after && s->n > s->abort_after;
}

/* Raw deflate as an IMAP peer sends it after COMPRESS DEFLATE: one stream, a
 * sync flush after each message, never finished. */
static size_t deflate_msgs(const char *const *msgs, size_t nmsgs, unsigned char *dst, size_t cap,
                           int finish)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_out = dst;
    z.avail_out = (uInt)cap;
    for (size_t i = 0; i < nmsgs; i++) {
        z.next_in = (unsigned char *)(uintptr_t)msgs[i];
        z.avail_in = (uInt)strlen(msgs[i]);
        int fl = finish && i + 1 == nmsgs ? Z_FINISH : Z_SYNC_FLUSH;
        int rc = deflate(&z, fl);
        cr_assert(rc == Z_OK || rc == Z_STREAM_END);
        cr_assert_eq(z.avail_in, 0);
    }
    size_t n = cap - z.avail_out;
    deflateEnd(&z);
    return n;
}

static const char *const MSGS[] = {
    "a1 CAPABILITY\r\n",
    "* CAPABILITY IMAP4rev1 LITERAL+ COMPRESS=DEFLATE\r\na1 OK done\r\n",
    "a2 FETCH 1:* (FLAGS BODY[HEADER.FIELDS (FROM SUBJECT)])\r\n",
    ("* 1 FETCH (FLAGS (\\Seen) BODY[HEADER.FIELDS (FROM SUBJECT)] {40}\r\n"
     "From: a@example.org\r\nSubject: hi\r\n\r\n)\r\na2 OK\r\n"),
};

Test(trace_inflate, round_trip_every_chunk_size)
{
    unsigned char z[4096];
    size_t zn = deflate_msgs(MSGS, 4, z, sizeof z, 0);
    char want[1024] = "";
    for (int i = 0; i < 4; i++)
        strcat(want, MSGS[i]);
    for (size_t chunk = 1; chunk <= zn; chunk++) {
        ikt_inflate *f = ikt_inflate_new(NULL);
        cr_assert_not_null(f);
        sink s = {0};
        for (size_t off = 0; off < zn; off += chunk) {
            size_t n = zn - off < chunk ? zn - off : chunk, used = 0;
            cr_assert_eq(ikt_inflate_feed(f, z + off, n, out, &s, &used), IKT_INFLATE_OK);
            cr_assert_eq(used, n);
        }
        cr_assert_eq(s.n, strlen(want), "chunk %zu", chunk);
        cr_assert_eq(memcmp(s.b, want, s.n), 0, "chunk %zu", chunk);
        cr_assert_eq(ikt_inflate_total_in(f), zn);
        cr_assert_eq(ikt_inflate_total_out(f), strlen(want));
        cr_assert_str_eq(ikt_inflate_error(f), "");
        ikt_inflate_free(f);
        free(s.b);
    }
}

/* Each sync-flushed message comes out whole as soon as its bytes are in: the
 * session decoder must see a command before the next one is sent. */
Test(trace_inflate, sync_flush_delivers_each_message)
{
    unsigned char z[4096];
    size_t zn1 = deflate_msgs(MSGS, 1, z, sizeof z, 0);
    ikt_inflate *f = ikt_inflate_new(NULL);
    sink s = {0};
    cr_assert_eq(ikt_inflate_feed(f, z, zn1, out, &s, NULL), IKT_INFLATE_OK);
    cr_assert_eq(s.n, strlen(MSGS[0]));
    cr_assert_eq(memcmp(s.b, MSGS[0], s.n), 0);
    ikt_inflate_free(f);
    free(s.b);
}

Test(trace_inflate, invalid_data_is_sticky)
{
    static const unsigned char bad[] = {0xff, 0xff, 0xff, 0xff, 0x00};
    ikt_inflate *f = ikt_inflate_new(NULL);
    sink s = {0};
    size_t used = 99;
    cr_assert_eq(ikt_inflate_feed(f, bad, sizeof bad, out, &s, &used), IKT_INFLATE_ERR_DATA);
    cr_assert_leq(used, sizeof bad);
    cr_assert_eq(strncmp(ikt_inflate_error(f), "invalid deflate data: ", 22), 0, "%s",
                 ikt_inflate_error(f));
    unsigned char z[256];
    size_t zn = deflate_msgs(MSGS, 1, z, sizeof z, 0);
    cr_assert_eq(ikt_inflate_feed(f, z, zn, out, &s, &used), IKT_INFLATE_ERR_DATA);
    cr_assert_eq(used, 0);
    cr_assert_eq(s.n, 0);
    ikt_inflate_free(f);
    free(s.b);
}

/* A finished stream: END, and the bytes after it are not consumed. */
Test(trace_inflate, stream_end_leaves_the_rest)
{
    unsigned char z[4096];
    size_t zn = deflate_msgs(MSGS, 2, z, sizeof z, 1);
    memcpy(z + zn, "TRAILER", 7);
    ikt_inflate *f = ikt_inflate_new(NULL);
    sink s = {0};
    size_t used = 0;
    cr_assert_eq(ikt_inflate_feed(f, z, zn + 7, out, &s, &used), IKT_INFLATE_END);
    cr_assert_eq(used, zn);
    cr_assert_eq(ikt_inflate_total_in(f), zn);
    cr_assert_eq(s.n, strlen(MSGS[0]) + strlen(MSGS[1]));
    cr_assert_eq(ikt_inflate_feed(f, z, 1, out, &s, &used), IKT_INFLATE_END);
    cr_assert_eq(used, 0);
    ikt_inflate_free(f);
    free(s.b);
}

/* 64 MiB of zeros deflates to about 64 KiB: far over a ratio of 100.  The guard
 * stops it after at most 100 x input + slack bytes of output, in 16 KiB chunks. */
Test(trace_inflate, zip_bomb_guard)
{
    size_t big = (size_t)64 << 20;
    unsigned char *zeros = calloc(1, big);
    size_t cap = compressBound((uLong)big);
    unsigned char *z = malloc(cap);
    z_stream d;
    memset(&d, 0, sizeof d);
    cr_assert_eq(deflateInit2(&d, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    d.next_in = zeros;
    d.avail_in = (uInt)big;
    d.next_out = z;
    d.avail_out = (uInt)cap;
    cr_assert_eq(deflate(&d, Z_SYNC_FLUSH), Z_OK);
    size_t zn = cap - d.avail_out;
    deflateEnd(&d);
    free(zeros);

    ikt_inflate_limits lim = {100, 4096};
    ikt_inflate *f = ikt_inflate_new(&lim);
    sink s = {0};
    size_t used = 0;
    cr_assert_eq(ikt_inflate_feed(f, z, zn, out, &s, &used), IKT_INFLATE_ERR_RATIO);
    cr_assert_leq(ikt_inflate_total_out(f), 100 * (uint64_t)zn + 4096);
    cr_assert_eq(s.n, ikt_inflate_total_out(f));
    cr_assert_leq(s.max_chunk, 16384);
    cr_assert_str_eq(ikt_inflate_error(f), "inflated data exceeds the allowed expansion ratio");
    ikt_inflate_free(f);

    /* the default guard (ratio 100, 1 MiB slack) stops it too */
    f = ikt_inflate_new(NULL);
    s.n = 0;
    cr_assert_eq(ikt_inflate_feed(f, z, zn, out, &s, &used), IKT_INFLATE_ERR_RATIO);
    ikt_inflate_free(f);

    /* no guard: all 64 MiB, still in bounded chunks */
    lim.max_ratio = UINT64_MAX;
    f = ikt_inflate_new(&lim);
    s.n = 0;
    s.max_chunk = 0;
    cr_assert_eq(ikt_inflate_feed(f, z, zn, out, &s, &used), IKT_INFLATE_OK);
    cr_assert_eq(s.n, big);
    cr_assert_leq(s.max_chunk, 16384);
    ikt_inflate_free(f);
    free(s.b);
    free(z);
}

Test(trace_inflate, consumer_abort)
{
    unsigned char z[4096];
    size_t zn = deflate_msgs(MSGS, 4, z, sizeof z, 0);
    ikt_inflate *f = ikt_inflate_new(NULL);
    sink s = {0};
    s.abort_after = 1;
    cr_assert_eq(ikt_inflate_feed(f, z, zn, out, &s, NULL), IKT_INFLATE_ERR_ABORTED);
    cr_assert_eq(ikt_inflate_feed(f, z, zn, out, &s, NULL), IKT_INFLATE_ERR_ABORTED);
    ikt_inflate_free(f);
    free(s.b);
}

Test(trace_inflate, empty_and_null_callback)
{
    ikt_inflate *f = ikt_inflate_new(NULL);
    size_t used = 5;
    cr_assert_eq(ikt_inflate_feed(f, NULL, 0, NULL, NULL, &used), IKT_INFLATE_OK);
    cr_assert_eq(used, 0);
    unsigned char z[256];
    size_t zn = deflate_msgs(MSGS, 1, z, sizeof z, 0);
    cr_assert_eq(ikt_inflate_feed(f, z, zn, NULL, NULL, &used), IKT_INFLATE_OK);
    cr_assert_eq(ikt_inflate_total_out(f), strlen(MSGS[0]));
    ikt_inflate_free(f);
    ikt_inflate_free(NULL);
}

/* Random garbage in random chunks: an error or OK, never a crash. */
Test(trace_inflate, random_garbage)
{
    uint64_t x = 42;
    unsigned char buf[512];
    for (int i = 0; i < 2000; i++) {
        ikt_inflate *f = ikt_inflate_new(NULL);
        for (int k = 0; k < 4; k++) {
            size_t n = 0;
            for (; n < sizeof buf; n++) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                buf[n] = (unsigned char)x;
            }
            ikt_inflate_status st = ikt_inflate_feed(f, buf, (size_t)(x % sizeof buf), NULL, NULL, NULL);
            cr_assert(st == IKT_INFLATE_OK || st == IKT_INFLATE_END || st == IKT_INFLATE_ERR_DATA ||
                      st == IKT_INFLATE_ERR_RATIO);
        }
        ikt_inflate_free(f);
    }
}
