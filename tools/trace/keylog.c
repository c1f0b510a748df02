/* keylog.c: NSS key log parser (see keylog.h). */
#include "keylog.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

typedef struct kl_entry {
    unsigned char random[IKT_KEYLOG_RANDOM_LEN];
    unsigned char label;
    unsigned char len;
    unsigned char secret[IKT_KEYLOG_SECRET_MAX];
    size_t seq; /* line order, so that the later of two duplicates wins */
} kl_entry;

struct ikt_keylog {
    kl_entry *e;
    size_t n, cap;
    ikt_keylog_stats stats;
    int oom;
};

/* The longest line worth reading: a 31-character label, 64 + 96 hex digits, spaces. */
#define KL_LINE_MAX 512

typedef struct kl_reader {
    char line[KL_LINE_MAX];
    size_t len;
    int toolong;
} kl_reader;

static const char *const label_names[IKT_KEYLOG_LABEL_COUNT] = {
    "CLIENT_RANDOM",
    "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
    "SERVER_HANDSHAKE_TRAFFIC_SECRET",
    "CLIENT_TRAFFIC_SECRET_0",
    "SERVER_TRAFFIC_SECRET_0",
    "CLIENT_EARLY_TRAFFIC_SECRET",
};

const char *ikt_keylog_label_name(ikt_keylog_label label)
{
    if ((unsigned)label >= IKT_KEYLOG_LABEL_COUNT)
        return NULL;
    return label_names[label];
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes exactly 2*n hex digits; 0 on success. */
static int unhex(const char *s, size_t slen, unsigned char *out, size_t n)
{
    if (slen != 2 * n)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        out[i] = (unsigned char)(hi << 4 | lo);
    }
    return 0;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void add_entry(ikt_keylog *kl, const kl_entry *e)
{
    if (kl->n == kl->cap) {
        size_t ncap = kl->cap ? kl->cap * 2 : 64;
        if (ncap < kl->cap || ncap > SIZE_MAX / sizeof *kl->e) {
            kl->oom = 1;
            return;
        }
        kl_entry *ne = realloc(kl->e, ncap * sizeof *ne);
        if (!ne) {
            kl->oom = 1;
            return;
        }
        kl->e = ne;
        kl->cap = ncap;
    }
    kl->e[kl->n++] = *e;
}

static void parse_line(ikt_keylog *kl, const char *s, size_t len)
{
    const char *tok[4];
    size_t tlen[4];
    size_t nt = 0, i = 0;

    kl->stats.lines++;
    while (i < len && is_space(s[i]))
        i++;
    if (i == len || s[i] == '#') {
        kl->stats.ignored++;
        return;
    }
    while (i < len) {
        size_t b = i;
        while (i < len && !is_space(s[i]))
            i++;
        if (nt == 4) {
            kl->stats.invalid++;
            return;
        }
        tok[nt] = s + b;
        tlen[nt] = i - b;
        nt++;
        while (i < len && is_space(s[i]))
            i++;
    }
    if (nt != 3) {
        kl->stats.invalid++;
        return;
    }
    int label = -1;
    for (int k = 0; k < IKT_KEYLOG_LABEL_COUNT; k++) {
        if (tlen[0] == strlen(label_names[k]) && memcmp(tok[0], label_names[k], tlen[0]) == 0) {
            label = k;
            break;
        }
    }
    if (label < 0) {
        kl->stats.ignored++; /* EXPORTER_SECRET, RSA, CLIENT_TRAFFIC_SECRET_N, ... */
        return;
    }
    kl_entry e;
    memset(&e, 0, sizeof e);
    e.label = (unsigned char)label;
    if (unhex(tok[1], tlen[1], e.random, sizeof e.random) != 0) {
        kl->stats.invalid++;
        return;
    }
    size_t slen = tlen[2] / 2;
    if ((label == IKT_KEYLOG_CLIENT_RANDOM && slen != 48) || (slen != 32 && slen != 48) ||
        unhex(tok[2], tlen[2], e.secret, slen) != 0) {
        kl->stats.invalid++;
        OPENSSL_cleanse(&e, sizeof e);
        return;
    }
    e.len = (unsigned char)slen;
    e.seq = kl->stats.lines;
    add_entry(kl, &e);
    OPENSSL_cleanse(&e, sizeof e);
}

static void reader_feed(ikt_keylog *kl, kl_reader *r, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\n') {
            if (r->toolong) {
                kl->stats.lines++;
                kl->stats.invalid++;
            } else {
                parse_line(kl, r->line, r->len);
            }
            r->len = 0;
            r->toolong = 0;
        } else if (!r->toolong) {
            if (r->len == sizeof r->line)
                r->toolong = 1;
            else
                r->line[r->len++] = c;
        }
    }
}

static void reader_end(ikt_keylog *kl, kl_reader *r)
{
    if (r->len > 0 || r->toolong)
        reader_feed(kl, r, "\n", 1);
    OPENSSL_cleanse(r, sizeof *r);
}

static int cmp_entry(const void *a, const void *b)
{
    const kl_entry *x = a, *y = b;
    int c = memcmp(x->random, y->random, sizeof x->random);
    if (c)
        return c;
    if (x->label != y->label)
        return x->label < y->label ? -1 : 1;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return 0;
}

/* Sorts by (random, label) and keeps the last line of each pair. */
static void finish(ikt_keylog *kl)
{
    if (kl->n > 1)
        qsort(kl->e, kl->n, sizeof *kl->e, cmp_entry);
    size_t w = 0;
    for (size_t i = 0; i < kl->n; i++) {
        if (i + 1 < kl->n && kl->e[i].label == kl->e[i + 1].label &&
            memcmp(kl->e[i].random, kl->e[i + 1].random, IKT_KEYLOG_RANDOM_LEN) == 0)
            continue;
        if (w != i)
            kl->e[w] = kl->e[i];
        w++;
    }
    if (w < kl->n)
        OPENSSL_cleanse(kl->e + w, (kl->n - w) * sizeof *kl->e);
    kl->n = w;
    kl->stats.secrets = w;
}

static void set_err(char *err, size_t n, const char *fmt, const char *a, const char *b)
{
    if (err && n > 0)
        snprintf(err, n, fmt, a, b);
}

ikt_keylog *ikt_keylog_parse(const char *text, size_t len)
{
    ikt_keylog *kl = calloc(1, sizeof *kl);
    if (!kl)
        return NULL;
    kl_reader r;
    memset(&r, 0, sizeof r);
    if (text)
        reader_feed(kl, &r, text, len);
    reader_end(kl, &r);
    if (kl->oom) {
        ikt_keylog_free(kl);
        return NULL;
    }
    finish(kl);
    return kl;
}

ikt_keylog *ikt_keylog_load(const char *path, char *err, size_t n)
{
    if (err && n > 0)
        err[0] = '\0';
    if (!path) {
        set_err(err, n, "%s%s", "no key log file name", "");
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        set_err(err, n, "%s: %s", path, strerror(errno));
        return NULL;
    }
    ikt_keylog *kl = calloc(1, sizeof *kl);
    if (!kl) {
        fclose(f);
        set_err(err, n, "%s: %s", path, "out of memory");
        return NULL;
    }
    kl_reader r;
    memset(&r, 0, sizeof r);
    char buf[8192];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0)
        reader_feed(kl, &r, buf, got);
    int rerr = ferror(f);
    int e = errno;
    fclose(f);
    reader_end(kl, &r);
    OPENSSL_cleanse(buf, sizeof buf);
    if (rerr || kl->oom) {
        set_err(err, n, "%s: %s", path, kl->oom ? "out of memory" : strerror(e));
        ikt_keylog_free(kl);
        return NULL;
    }
    finish(kl);
    return kl;
}

void ikt_keylog_free(ikt_keylog *kl)
{
    if (!kl)
        return;
    if (kl->e)
        OPENSSL_cleanse(kl->e, kl->cap * sizeof *kl->e);
    free(kl->e);
    free(kl);
}

size_t ikt_keylog_find(const ikt_keylog *kl, const unsigned char random[IKT_KEYLOG_RANDOM_LEN],
                       ikt_keylog_label label, unsigned char out[IKT_KEYLOG_SECRET_MAX])
{
    if (!kl || !random || (unsigned)label >= IKT_KEYLOG_LABEL_COUNT)
        return 0;
    size_t lo = 0, hi = kl->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const kl_entry *e = &kl->e[mid];
        int c = memcmp(e->random, random, IKT_KEYLOG_RANDOM_LEN);
        if (c == 0)
            c = e->label == (unsigned char)label ? 0 : (e->label < (unsigned char)label ? -1 : 1);
        if (c == 0) {
            if (out)
                memcpy(out, e->secret, e->len);
            return e->len;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

ikt_keylog_stats ikt_keylog_get_stats(const ikt_keylog *kl)
{
    ikt_keylog_stats s;
    memset(&s, 0, sizeof s);
    if (kl)
        s = kl->stats;
    return s;
}
