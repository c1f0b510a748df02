/*
 * dump.c - per-direction stream files with a bounded cache of open handles.
 *
 * The cache maps (connection, direction) to an open FILE through a small
 * chained hash, and keeps the handles in least-recently-used order, so a write
 * costs O(1) whatever the number of open files, and a capture with thousands of
 * live connections costs one reopen per burst, not per segment.
 */
#include "dump.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

/* Open handles kept: a quarter of the descriptor limit, so the rest of the
 * process keeps plenty, within bounds that make a busy capture (hundreds of
 * connections active at once) cheap without hogging descriptors. */
#define CACHE_MIN 16
#define CACHE_MAX 1024

typedef struct slot {
    FILE *f;                   /* NULL: free */
    unsigned conn;
    int dir;
    int hnext;                 /* hash chain, -1 ends */
    int prev, next;            /* LRU list (f != NULL) or free list (next only) */
} slot;

struct ikt_dump {
    char *dir;
    slot *slots;
    int nslots;
    int *bucket;               /* nbuckets heads, -1 empty */
    unsigned nbuckets;         /* power of two */
    int lru, mru;              /* least and most recently used open slots */
    int free;                  /* free slots */
    int failed;
    char error[4096 + 256];    /* room for a whole path and the reason */
};

static const char *const SUFFIX[2] = {"c2s", "s2c"};

/* Remember the first failure only: it is the one that explains the others. */
static int fail(ikt_dump *d, const char *what, const char *path)
{
    if (!d->failed) {
        d->failed = 1;
        snprintf(d->error, sizeof d->error, "%s %s: %s", what, path, strerror(errno));
    }
    return -1;
}

/* DIR/K.SUFFIX: the one place the file names are made. */
static void path_of(const ikt_dump *d, unsigned conn, const char *suffix, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%u.%s", d->dir, conn, suffix);
}

/* Connection numbers are dense and sequential: a multiplicative hash spreads
 * them evenly. */
static unsigned bucket_of(const ikt_dump *d, unsigned conn, int dir)
{
    return ((conn * 2u + (unsigned)dir) * 2654435761u) & (d->nbuckets - 1);
}

static int find(const ikt_dump *d, unsigned conn, int dir)
{
    for (int i = d->bucket[bucket_of(d, conn, dir)]; i >= 0; i = d->slots[i].hnext)
        if (d->slots[i].conn == conn && d->slots[i].dir == dir)
            return i;
    return -1;
}

static void hash_add(ikt_dump *d, int i)
{
    unsigned b = bucket_of(d, d->slots[i].conn, d->slots[i].dir);
    d->slots[i].hnext = d->bucket[b];
    d->bucket[b] = i;
}

static void hash_del(ikt_dump *d, int i)
{
    int *pp = &d->bucket[bucket_of(d, d->slots[i].conn, d->slots[i].dir)];
    while (*pp >= 0 && *pp != i)
        pp = &d->slots[*pp].hnext;
    if (*pp == i)
        *pp = d->slots[i].hnext;
}

/* LRU list maintenance: unlink, and append as most recent. */
static void lru_del(ikt_dump *d, int i)
{
    slot *s = &d->slots[i];
    if (s->prev >= 0)
        d->slots[s->prev].next = s->next;
    else
        d->lru = s->next;
    if (s->next >= 0)
        d->slots[s->next].prev = s->prev;
    else
        d->mru = s->prev;
}

static void lru_add(ikt_dump *d, int i)
{
    slot *s = &d->slots[i];
    s->prev = d->mru;
    s->next = -1;
    if (d->mru >= 0)
        d->slots[d->mru].next = i;
    else
        d->lru = i;
    d->mru = i;
}

/* Close one cached handle and return its slot to the free list; a failing
 * fclose (a delayed write error) counts as a failure. */
static void drop(ikt_dump *d, int i)
{
    slot *s = &d->slots[i];
    if (s->f && fclose(s->f) != 0) {
        char p[64];
        snprintf(p, sizeof p, "%u.%s", s->conn, SUFFIX[s->dir]);
        fail(d, "cannot write", p);
    }
    hash_del(d, i);
    lru_del(d, i);
    s->f = NULL;
    s->next = d->free;
    d->free = i;
}

/* Check the directory up front so that a bad --dump-streams fails before any
 * decoding work, with a message naming the directory. */
ikt_dump *ikt_dump_new(const char *dir, char *err, size_t errlen)
{
    struct stat sb;
    if (dir == NULL || *dir == '\0') {
        snprintf(err, errlen, "dump directory: empty name");
        return NULL;
    }
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "cannot create %s: %s", dir, strerror(errno));
        return NULL;
    }
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        snprintf(err, errlen, "%s is not a directory", dir);
        return NULL;
    }
    struct rlimit rl;
    size_t n = CACHE_MIN;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0)
        n = rl.rlim_cur == RLIM_INFINITY ? CACHE_MAX : (size_t)(rl.rlim_cur / 4);
    n = n < CACHE_MIN ? CACHE_MIN : n > CACHE_MAX ? CACHE_MAX : n;
    unsigned nb = 1;
    while (nb < 2 * n)
        nb *= 2;
    ikt_dump *d = calloc(1, sizeof *d);
    if (d == NULL || (d->dir = malloc(strlen(dir) + 1)) == NULL ||
        (d->slots = calloc(n, sizeof *d->slots)) == NULL ||
        (d->bucket = malloc(nb * sizeof *d->bucket)) == NULL) {
        if (d) {
            free(d->dir);
            free(d->slots);
        }
        free(d);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    strcpy(d->dir, dir);
    d->nslots = (int)n;
    d->nbuckets = nb;
    for (unsigned b = 0; b < nb; b++)
        d->bucket[b] = -1;
    d->lru = d->mru = -1;
    for (int i = 0; i < d->nslots; i++)
        d->slots[i].next = i + 1 < d->nslots ? i + 1 : -1;
    d->free = 0;
    return d;
}

/* The open handle of (conn, dir), opening it (or reopening it for appending)
 * in a free slot, or in the least recently used one. */
static FILE *handle(ikt_dump *d, unsigned conn, int dir, const char *mode)
{
    int i = find(d, conn, dir);
    if (i >= 0) {
        lru_del(d, i);
        lru_add(d, i);
        return d->slots[i].f;
    }
    if (d->free < 0)
        drop(d, d->lru);
    i = d->free;
    d->free = d->slots[i].next;
    char path[4096];
    path_of(d, conn, SUFFIX[dir], path, sizeof path);
    FILE *f = fopen(path, mode);
    if (f == NULL) {
        d->slots[i].next = d->free;
        d->free = i;
        fail(d, "cannot open", path);
        return NULL;
    }
    slot *s = &d->slots[i];
    s->f = f;
    s->conn = conn;
    s->dir = dir;
    hash_add(d, i);
    lru_add(d, i);
    return f;
}

/* Files exist from the connection's first packet, so an empty file means
 * "nothing sent", not "never seen". */
int ikt_dump_conn(ikt_dump *d, unsigned conn)
{
    if (d->failed)
        return -1;
    /* "wb" empties a file left by an earlier run. */
    for (int dir = 0; dir < 2; dir++)
        if (handle(d, conn, dir, "wb") == NULL)
            return -1;
    return 0;
}

/* Append through the cache: one fopen per burst, not per segment. */
int ikt_dump_write(ikt_dump *d, unsigned conn, int dir, const void *bytes, size_t len)
{
    if (d->failed || (dir != 0 && dir != 1))
        return -1;
    FILE *f = handle(d, conn, dir, "ab");
    if (f == NULL)
        return -1;
    if (len && fwrite(bytes, 1, len, f) != len) {
        char p[64];
        snprintf(p, sizeof p, "%u.%s", conn, SUFFIX[dir]);
        return fail(d, "cannot write", p);
    }
    return 0;
}

/* Three renames through a temporary name.  Open handles follow their files
 * (a rename does not touch open descriptors), so cached slots only change
 * their key: out of the hash, direction flipped, back in. */
int ikt_dump_swap(ikt_dump *d, unsigned conn)
{
    if (d->failed)
        return -1;
    char a[4096], b[4096], tmp[4096];
    path_of(d, conn, "c2s", a, sizeof a);
    path_of(d, conn, "s2c", b, sizeof b);
    path_of(d, conn, "swap", tmp, sizeof tmp);
    if (rename(a, tmp) != 0)
        return fail(d, "cannot rename", a);
    if (rename(b, a) != 0)
        return fail(d, "cannot rename", b);
    if (rename(tmp, b) != 0)
        return fail(d, "cannot rename", tmp);
    int i0 = find(d, conn, 0), i1 = find(d, conn, 1);
    if (i0 >= 0)
        hash_del(d, i0);
    if (i1 >= 0)
        hash_del(d, i1);
    if (i0 >= 0) {
        d->slots[i0].dir = 1;
        hash_add(d, i0);
    }
    if (i1 >= 0) {
        d->slots[i1].dir = 0;
        hash_add(d, i1);
    }
    return 0;
}

/* Release the connection's handles at once: a closed connection never writes
 * again, and its slots are better used by live ones. */
int ikt_dump_end(ikt_dump *d, unsigned conn)
{
    for (int dir = 0; dir < 2; dir++) {
        int i = find(d, conn, dir);
        if (i >= 0)
            drop(d, i);
    }
    return d->failed ? -1 : 0;
}

const char *ikt_dump_error(const ikt_dump *d) { return d->error; }

/* Closing flushes: errors of delayed writes surface here. */
int ikt_dump_free(ikt_dump *d)
{
    if (d == NULL)
        return 0;
    while (d->lru >= 0)
        drop(d, d->lru);
    int rc = d->failed ? -1 : 0;
    free(d->bucket);
    free(d->slots);
    free(d->dir);
    free(d);
    return rc;
}
