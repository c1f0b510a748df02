/*
 * dump.c - per-direction stream files with a small cache of open handles.
 */
#include "dump.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Open handles kept: enough for the handful of connections that are active at
 * once in a real capture, far below any file descriptor limit. */
#define CACHE 32

typedef struct slot {
    FILE *f;
    unsigned conn;
    int dir;
    unsigned long long used;   /* last use, for least-recently-used eviction */
} slot;

struct ikt_dump {
    char *dir;
    slot cache[CACHE];
    unsigned long long clock;
    int failed;
    char error[512];
};

static const char *const SUFFIX[2] = {"c2s", "s2c"};

/* Remember the first failure only: it is the one that explains the others. */
static int fail(ikt_dump *d, const char *what, const char *path)
{
    if (!d->failed) {
        d->failed = 1;
        snprintf(d->error, sizeof d->error, "%s %.400s: %s", what, path, strerror(errno));
    }
    return -1;
}

static void path_of(const ikt_dump *d, unsigned conn, const char *suffix, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%u.%s", d->dir, conn, suffix);
}

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
    ikt_dump *d = calloc(1, sizeof *d);
    if (d == NULL || (d->dir = malloc(strlen(dir) + 1)) == NULL) {
        free(d);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    strcpy(d->dir, dir);
    return d;
}

/* Close one cached handle; a failing fclose (delayed write error) counts. */
static void drop(ikt_dump *d, slot *s)
{
    if (s->f && fclose(s->f) != 0) {
        char p[64];
        snprintf(p, sizeof p, "%u.%s", s->conn, SUFFIX[s->dir]);
        fail(d, "cannot write", p);
    }
    memset(s, 0, sizeof *s);
}

/* The open handle of (conn, dir), opening it, or reopening it for appending,
 * in the least recently used slot if need be. */
static FILE *handle(ikt_dump *d, unsigned conn, int dir, const char *mode)
{
    slot *victim = &d->cache[0];
    for (int i = 0; i < CACHE; i++) {
        slot *s = &d->cache[i];
        if (s->f && s->conn == conn && s->dir == dir) {
            s->used = ++d->clock;
            return s->f;
        }
        if (!s->f || (victim->f && s->used < victim->used))
            victim = s;
    }
    drop(d, victim);
    char path[4096];
    path_of(d, conn, SUFFIX[dir], path, sizeof path);
    FILE *f = fopen(path, mode);
    if (f == NULL) {
        fail(d, "cannot open", path);
        return NULL;
    }
    victim->f = f;
    victim->conn = conn;
    victim->dir = dir;
    victim->used = ++d->clock;
    return f;
}

int ikt_dump_conn(ikt_dump *d, unsigned conn)
{
    if (d->failed)
        return -1;
    /* "wb" empties a file left by an earlier run; both files exist from now on,
     * even for a direction that never carries a byte. */
    for (int dir = 0; dir < 2; dir++)
        if (handle(d, conn, dir, "wb") == NULL)
            return -1;
    return 0;
}

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
 * (POSIX renames do not touch open descriptors), so cached slots only need
 * their direction flipped. */
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
    for (int i = 0; i < CACHE; i++)
        if (d->cache[i].f && d->cache[i].conn == conn)
            d->cache[i].dir ^= 1;
    return 0;
}

int ikt_dump_end(ikt_dump *d, unsigned conn)
{
    for (int i = 0; i < CACHE; i++)
        if (d->cache[i].f && d->cache[i].conn == conn)
            drop(d, &d->cache[i]);
    return d->failed ? -1 : 0;
}

const char *ikt_dump_error(const ikt_dump *d) { return d->error; }

int ikt_dump_free(ikt_dump *d)
{
    if (d == NULL)
        return 0;
    for (int i = 0; i < CACHE; i++)
        drop(d, &d->cache[i]);
    int rc = d->failed ? -1 : 0;
    free(d->dir);
    free(d);
    return rc;
}
