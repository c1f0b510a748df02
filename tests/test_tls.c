/* test_tls.c: TLS decryption (tools/trace/tls.c) and the key log parser
 * (tools/trace/keylog.c).
 *
 * The data in tests/data/tls/ are real connections between `openssl s_client` and
 * `openssl s_server`, recorded by tests/data/tls/make.sh: for each NAME, the two TCP
 * byte streams, the relay's reads in capture order, the client's key log and the
 * plaintext each side sent.  Each case is fed in several chunkings and must give back
 * exactly that plaintext and exactly the expected events, per direction.
 * Run from the repository root.
 */
#include <criterion/criterion.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tools/trace/keylog.h"
#include "../tools/trace/tls.h"

#define DATA "tests/data/tls/"

/* ---------------------------------------------------------------- helpers ------ */

typedef struct buf {
    unsigned char *p;
    size_t n, cap;
} buf;

static void buf_add(buf *b, const void *p, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t c = b->cap ? b->cap : 256;
        while (c < b->n + n + 1)
            c *= 2;
        b->p = realloc(b->p, c);
        cr_assert(b->p != NULL);
        b->cap = c;
    }
    if (n)
        memcpy(b->p + b->n, p, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_printf(buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    cr_assert(k >= 0 && (size_t)k < sizeof tmp);
    buf_add(b, tmp, (size_t)k);
}

static void buf_free(buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

static const char *str(const buf *b)
{
    return b->p ? (const char *)b->p : "";
}

static buf slurp(const char *name, const char *ext)
{
    char path[256];
    buf b = {0};
    snprintf(path, sizeof path, DATA "%s%s", name, ext);
    FILE *f = fopen(path, "rb");
    cr_assert(f != NULL, "cannot open %s (run the tests from the repository root)", path);
    unsigned char tmp[4096];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_add(&b, tmp, k);
    fclose(f);
    if (!b.p)
        buf_add(&b, "", 0);
    return b;
}

static uint64_t rng_state;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

/* One recorded connection. */
typedef struct rec {
    const char *name;
    buf s[2];        /* c2s, s2c */
    buf exp[2];      /* expected plaintext */
    buf keylog;      /* key log text */
    size_t nord;     /* relay reads: direction and length */
    int ord_dir[256];
    size_t ord_len[256];
} rec;

static void rec_load(rec *r, const char *name)
{
    memset(r, 0, sizeof *r);
    r->name = name;
    r->s[0] = slurp(name, ".c2s");
    r->s[1] = slurp(name, ".s2c");
    r->exp[0] = slurp(name, ".expected.c2s");
    r->exp[1] = slurp(name, ".expected.s2c");
    r->keylog = slurp(name, ".keylog");
    buf o = slurp(name, ".order");
    const char *p = (const char *)o.p;
    size_t tot[2] = {0, 0};
    while (*p) {
        char d;
        size_t l;
        int used;
        if (sscanf(p, " %c %zu%n", &d, &l, &used) != 2)
            break;
        cr_assert(r->nord < 256);
        r->ord_dir[r->nord] = d == 's';
        r->ord_len[r->nord] = l;
        tot[d == 's'] += l;
        r->nord++;
        p += used;
    }
    buf_free(&o);
    cr_assert_eq(tot[0], r->s[0].n, "%s: order and c2s disagree", name);
    cr_assert_eq(tot[1], r->s[1].n, "%s: order and s2c disagree", name);
}

static void rec_free(rec *r)
{
    for (int i = 0; i < 2; i++) {
        buf_free(&r->s[i]);
        buf_free(&r->exp[i]);
    }
    buf_free(&r->keylog);
}

/* What a run gave back. */
typedef struct result {
    buf out[2];
    buf ev[2];  /* events per direction, one line each */
    buf all;    /* all events in order, "dir: line" */
    int stopped;
} result;

static void result_free(result *r)
{
    for (int i = 0; i < 2; i++) {
        buf_free(&r->out[i]);
        buf_free(&r->ev[i]);
    }
    buf_free(&r->all);
}

static void on_event(void *ud, const ikt_tls_event *e)
{
    result *r = ud;
    buf line = {0};
    cr_assert(e->dir == 0 || e->dir == 1);
    switch (e->kind) {
    case IKT_TLS_EV_TLS:
        cr_assert(e->detail != NULL);
        cr_assert(ikt_tls_status_name(e->status) != NULL);
        buf_printf(&line, "tls %s", ikt_tls_status_name(e->status));
        if (e->version_name)
            buf_printf(&line, " %s", e->version_name);
        if (e->suite_name)
            buf_printf(&line, " %s", e->suite_name);
        if (e->server_name)
            buf_printf(&line, " sni=%s", e->server_name);
        if (e->resumed)
            buf_printf(&line, " resumed");
        buf_printf(&line, ": %s%s", e->detail, e->stopped ? " [stop]" : "");
        break;
    case IKT_TLS_EV_ALERT:
        buf_printf(&line, "alert %d %d %s%s", e->alert_level, e->alert_description,
                   e->alert_name ? e->alert_name : "?", e->encrypted ? " enc" : "");
        break;
    case IKT_TLS_EV_CLOSE_NOTIFY:
        cr_assert_eq(e->alert_description, 0);
        buf_printf(&line, "close_notify%s", e->encrypted ? " enc" : "");
        break;
    default:
        cr_assert_fail("bad event kind %d", (int)e->kind);
    }
    buf_printf(&r->ev[e->dir], "%s\n", str(&line));
    buf_printf(&r->all, "%d: %s\n", e->dir, str(&line));
    buf_free(&line);
}

static void on_data(void *ud, int dir, const unsigned char *p, size_t n)
{
    result *r = ud;
    cr_assert(dir == 0 || dir == 1);
    cr_assert(n > 0, "empty data callback");
    buf_add(&r->out[dir], p, n);
}

typedef enum {
    CH_ORDER,       /* the relay's reads, as captured */
    CH_ORDER_SPLIT, /* each read cut at random points */
    CH_ORDER_BYTES, /* each read byte by byte */
    CH_C2S_FIRST,   /* all of c2s, then all of s2c */
    CH_S2C_FIRST,   /* all of s2c, then all of c2s */
    CH_RANDOM,      /* random pieces of both directions, interleaved at random */
    CH_COUNT
} chunking;

static const char *const chunk_names[] = {"order", "order-split", "order-bytes",
                                          "c2s-first", "s2c-first", "random"};

static void feed(ikt_tls *t, int dir, const unsigned char *p, size_t n)
{
    int r = ikt_tls_feed(t, dir, p, n);
    cr_assert(r == 0 || r == 1);
}

/* Feeds streams s[0], s[1] in chunking ch into a new ikt_tls; ends both. */
static void run_streams(const rec *r, const buf s[2], const ikt_keylog *kl, chunking ch,
                        uint64_t seed, result *res)
{
    ikt_tls_callbacks cb = {on_event, on_data};
    memset(res, 0, sizeof *res);
    ikt_tls *t = ikt_tls_new(kl, &cb, res);
    cr_assert(t != NULL);
    rng_state = seed * 0x9E3779B97F4A7C15ull + 1;
    size_t pos[2] = {0, 0};
    switch (ch) {
    case CH_ORDER:
    case CH_ORDER_SPLIT:
    case CH_ORDER_BYTES:
        for (size_t i = 0; i < r->nord; i++) {
            int d = r->ord_dir[i];
            size_t left = r->ord_len[i];
            if (pos[d] + left > s[d].n) /* a truncated stream */
                left = s[d].n - pos[d];
            while (left > 0) {
                size_t k = left;
                if (ch == CH_ORDER_BYTES)
                    k = 1;
                else if (ch == CH_ORDER_SPLIT)
                    k = 1 + rnd() % (left < 700 ? left : 700);
                feed(t, d, s[d].p + pos[d], k);
                pos[d] += k;
                left -= k;
            }
        }
        break;
    case CH_C2S_FIRST:
    case CH_S2C_FIRST: {
        int first = ch == CH_S2C_FIRST;
        feed(t, first, s[first].p, s[first].n);
        feed(t, !first, s[!first].p, s[!first].n);
        pos[0] = s[0].n;
        pos[1] = s[1].n;
        break;
    }
    case CH_RANDOM:
        while (pos[0] < s[0].n || pos[1] < s[1].n) {
            int d = (int)(rnd() & 1);
            if (pos[d] == s[d].n)
                d = !d;
            size_t left = s[d].n - pos[d];
            size_t k = 1 + rnd() % (left < 400 ? left : 400);
            feed(t, d, s[d].p + pos[d], k);
            pos[d] += k;
        }
        break;
    default:
        cr_assert_fail();
    }
    /* the rest, if order did not cover it (it always does for recorded data) */
    for (int d = 0; d < 2; d++)
        if (pos[d] < s[d].n)
            feed(t, d, s[d].p + pos[d], s[d].n - pos[d]);
    ikt_tls_end(t, 0);
    ikt_tls_end(t, 1);
    res->stopped = ikt_tls_stopped(t);
    cr_assert_eq(ikt_tls_delivered(t, 0), res->out[0].n);
    cr_assert_eq(ikt_tls_delivered(t, 1), res->out[1].n);
    ikt_tls_free(t);
}

static void run(const rec *r, const ikt_keylog *kl, chunking ch, uint64_t seed, result *res)
{
    run_streams(r, r->s, kl, ch, seed, res);
}

static int is_prefix(const buf *a, const buf *of)
{
    return a->n <= of->n && (a->n == 0 || memcmp(a->p, of->p, a->n) == 0);
}

/* ---------------------------------------------------------------- cases -------- */

typedef struct tcase {
    const char *name;
    const char *ev_c2s; /* expected events of each direction, one per line */
    const char *ev_s2c;
    int decrypted;      /* the expected plaintext comes back */
    int causal;         /* needs capture order between the directions (renegotiation) */
} tcase;

#define CN "close_notify enc\n"
#define DEC(v, s, extra) "tls DECRYPTING " v " " s " sni=imap.test" extra ": decrypting\n"

static const tcase cases[] = {
    {"tls13-aes128gcm", CN, DEC("TLS 1.3", "TLS_AES_128_GCM_SHA256", "") CN, 1, 0},
    {"tls13-aes256gcm", CN, DEC("TLS 1.3", "TLS_AES_256_GCM_SHA384", "") CN, 1, 0},
    {"tls13-chacha", CN, DEC("TLS 1.3", "TLS_CHACHA20_POLY1305_SHA256", "") CN, 1, 0},
    {"tls13-hrr", CN, DEC("TLS 1.3", "TLS_AES_256_GCM_SHA384", "") CN, 1, 0},
    {"tls13-big", CN, DEC("TLS 1.3", "TLS_AES_128_GCM_SHA256", "") CN, 1, 0},
    {"tls12-big-cbc", CN, DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "") CN, 1, 0},
    {"tls13-resume", CN, DEC("TLS 1.3", "TLS_AES_256_GCM_SHA384", " resumed") CN, 1, 0},
    {"tls13-early", CN, DEC("TLS 1.3", "TLS_AES_256_GCM_SHA384", " resumed") CN, 1, 0},
    {"tls13-early-rejected",
     "tls EARLY_DATA_SKIPPED TLS 1.3 TLS_AES_256_GCM_SHA384 sni=imap.test resumed: "
     "early data not decrypted: rejected by the server\n" CN,
     DEC("TLS 1.3", "TLS_AES_256_GCM_SHA384", " resumed") CN, 1, 0},
    {"tls12-ecdhe-rsa-aes128-gcm", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "") CN, 1, 0},
    {"tls12-ecdhe-rsa-aes256-gcm", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "") CN, 1, 0},
    {"tls12-ecdhe-rsa-chacha", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "") CN, 1, 0},
    {"tls12-ecdhe-ecdsa-aes128-gcm", CN,
     DEC("TLS 1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "") CN, 1, 0},
    {"tls12-ecdhe-rsa-aes128-sha-etm", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "") CN, 1, 0},
    {"tls12-ecdhe-rsa-aes128-sha", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "") CN, 1, 0},
    {"tls12-ecdhe-rsa-aes256-sha384", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "") CN, 1, 0},
    {"tls12-rsa-aes256-sha256", CN, DEC("TLS 1.2", "TLS_RSA_WITH_AES_256_CBC_SHA256", "") CN, 1, 0},
    {"tls12-rsa-aes256-sha256-etm", CN,
     DEC("TLS 1.2", "TLS_RSA_WITH_AES_256_CBC_SHA256", "") CN, 1, 0},
    {"tls12-resume-sid", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", " resumed") CN, 1, 0},
    {"tls12-resume-ticket", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", " resumed") CN, 1, 0},
    {"tls12-reneg", CN,
     DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "")
         DEC("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "") CN,
     1, 1},
    {"tls13-ccm", "",
     "tls UNSUPPORTED_SUITE TLS 1.3 sni=imap.test: unsupported cipher suite 0x1304 [stop]\n", 0, 0},
    {"tls11", "",
     "tls UNSUPPORTED_VERSION TLS 1.1 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA sni=imap.test: "
     "unsupported protocol version 0x0302 (TLS 1.1) [stop]\n",
     0, 0},
};
#define NCASES (sizeof cases / sizeof cases[0])

static const tcase *find_case(const char *name)
{
    for (size_t i = 0; i < NCASES; i++)
        if (strcmp(cases[i].name, name) == 0)
            return &cases[i];
    cr_assert_fail("no case %s", name);
    return NULL;
}

static void check_case(const tcase *c, chunking ch, int nseeds)
{
    rec r;
    rec_load(&r, c->name);
    ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
    cr_assert(kl != NULL);
    for (int seed = 1; seed <= nseeds; seed++) {
        result res;
        run(&r, kl, ch, (uint64_t)seed, &res);
        for (int d = 0; d < 2; d++) {
            const char *dn = d ? "s2c" : "c2s";
            if (c->decrypted) {
                cr_expect(res.out[d].n == r.exp[d].n &&
                              memcmp(res.out[d].p, r.exp[d].p, r.exp[d].n) == 0,
                          "%s %s (%s, seed %d): plaintext differs: %zu bytes, expected %zu",
                          c->name, dn, chunk_names[ch], seed, res.out[d].n, r.exp[d].n);
            } else {
                cr_expect_eq(res.out[d].n, 0, "%s %s: data from an undecryptable session",
                             c->name, dn);
            }
            cr_expect_str_eq(str(&res.ev[d]), d ? c->ev_s2c : c->ev_c2s,
                             "%s %s (%s, seed %d): events\n%s", c->name, dn, chunk_names[ch],
                             seed, str(&res.all));
        }
        cr_expect_eq(res.stopped, !c->decrypted);
        result_free(&res);
    }
    ikt_keylog_free(kl);
    rec_free(&r);
}

static void check_all(chunking ch, int nseeds)
{
    for (size_t i = 0; i < NCASES; i++) {
        if (cases[i].causal && (ch == CH_S2C_FIRST || ch == CH_RANDOM))
            continue;
        check_case(&cases[i], ch, nseeds);
    }
}

Test(tls_decrypt, capture_order) { check_all(CH_ORDER, 1); }
Test(tls_decrypt, capture_order_random_cuts) { check_all(CH_ORDER_SPLIT, 8); }
Test(tls_decrypt, capture_order_byte_by_byte) { check_all(CH_ORDER_BYTES, 1); }
Test(tls_decrypt, client_stream_first) { check_all(CH_C2S_FIRST, 1); }
Test(tls_decrypt, server_stream_first) { check_all(CH_S2C_FIRST, 1); }
Test(tls_decrypt, random_interleaving) { check_all(CH_RANDOM, 8); }

/* Renegotiation needs the ClientHello of the new handshake before the ServerHello. */
Test(tls_decrypt, renegotiation_out_of_order)
{
    rec r;
    rec_load(&r, "tls12-reneg");
    ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
    result res;
    run(&r, kl, CH_S2C_FIRST, 1, &res);
    cr_expect(strstr(str(&res.ev[1]), "renegotiates before the ClientHello") != NULL, "%s",
              str(&res.all));
    cr_expect(is_prefix(&res.out[0], &r.exp[0]) && is_prefix(&res.out[1], &r.exp[1]));
    result_free(&res);
    ikt_keylog_free(kl);
    rec_free(&r);
}

/* ---------------------------------------------------------------- secrets ------ */

/* The key log with the last hex digit of some secrets changed. */
static buf spoil_keylog(const buf *kl, const char *only_label)
{
    buf out = {0};
    const char *p = (const char *)kl->p, *end = p + kl->n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
        char line[512];
        cr_assert(len < sizeof line);
        memcpy(line, p, len);
        line[len] = 0;
        size_t l = strcspn(line, "\r\n");
        int match = !only_label || (strncmp(line, only_label, strlen(only_label)) == 0 &&
                                    line[strlen(only_label)] == ' ');
        if (line[0] != '#' && l > 100 && match)
            line[l - 1] = line[l - 1] == '0' ? '1' : '0';
        buf_add(&out, line, len);
        p += len;
    }
    return out;
}

Test(tls_secrets, missing)
{
    const char *names[] = {"tls13-aes128gcm", "tls12-ecdhe-rsa-aes128-gcm", "tls12-rsa-aes256-sha256"};
    const char *want[] = {
        "tls NO_SECRETS TLS 1.3 TLS_AES_128_GCM_SHA256 sni=imap.test: no secrets in key log "
        "for this session [stop]\n",
        "tls NO_SECRETS TLS 1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 sni=imap.test: no secrets "
        "in key log for this session [stop]\n",
        "tls NO_SECRETS TLS 1.2 TLS_RSA_WITH_AES_256_CBC_SHA256 sni=imap.test: no secrets in "
        "key log for this session [stop]\n"};
    rec other; /* another session's key log: other client randoms */
    rec_load(&other, "tls13-chacha");
    for (size_t i = 0; i < 3; i++) {
        rec r;
        rec_load(&r, names[i]);
        ikt_keylog *empty = ikt_keylog_parse("", 0);
        ikt_keylog *wrong = ikt_keylog_parse((const char *)other.keylog.p, other.keylog.n);
        ikt_keylog *kls[] = {empty, wrong};
        for (int k = 0; k < 2; k++) {
            for (int ch = 0; ch < CH_COUNT; ch++) {
                result res;
                run(&r, kls[k], (chunking)ch, 3, &res);
                cr_expect_str_eq(str(&res.ev[1]), want[i], "%s %s", names[i], chunk_names[ch]);
                cr_expect_str_eq(str(&res.ev[0]), "", "%s %s", names[i], chunk_names[ch]);
                cr_expect(res.out[0].n == 0 && res.out[1].n == 0);
                cr_expect(res.stopped);
                result_free(&res);
            }
        }
        ikt_keylog_free(empty);
        ikt_keylog_free(wrong);
        rec_free(&r);
    }
    rec_free(&other);
}

/* TLS 1.3 needs all four traffic secrets; the handshake ones alone are not enough. */
Test(tls_secrets, tls13_partial)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    buf kl = {0};
    const char *p = (const char *)r.keylog.p;
    while (*p) {
        size_t len = strcspn(p, "\n") + (p[strcspn(p, "\n")] ? 1 : 0);
        if (strncmp(p, "CLIENT_TRAFFIC_SECRET_0 ", 24) != 0)
            buf_add(&kl, p, len);
        p += len;
    }
    ikt_keylog *k = ikt_keylog_parse((const char *)kl.p, kl.n);
    result res;
    run(&r, k, CH_ORDER, 1, &res);
    cr_expect(strstr(str(&res.ev[1]), "tls NO_SECRETS") == str(&res.ev[1]), "%s", str(&res.all));
    cr_expect(res.out[0].n == 0 && res.out[1].n == 0);
    result_free(&res);
    ikt_keylog_free(k);
    buf_free(&kl);
    rec_free(&r);
}

Test(tls_secrets, no_keylog)
{
    rec r;
    rec_load(&r, "tls13-hrr");
    result res;
    run(&r, NULL, CH_ORDER, 1, &res);
    cr_expect_str_eq(str(&res.all), "1: tls NO_KEYLOG TLS 1.3 TLS_AES_256_GCM_SHA384 "
                                    "sni=imap.test: no key log given [stop]\n");
    cr_expect(res.out[0].n == 0 && res.out[1].n == 0);
    result_free(&res);
    rec_free(&r);
}

/* Wrong secrets: decryption starts, the first protected record fails to authenticate,
 * the connection stops, and not one byte of garbage comes out. */
Test(tls_secrets, wrong)
{
    static const char *const labels[] = {NULL, "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0",
                                         "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                                         "CLIENT_HANDSHAKE_TRAFFIC_SECRET"};
    for (size_t i = 0; i < NCASES; i++) {
        if (!cases[i].decrypted)
            continue;
        rec r;
        rec_load(&r, cases[i].name);
        int tls13 = strncmp(cases[i].name, "tls13", 5) == 0;
        for (size_t li = 0; li < (tls13 ? 5 : 1); li++) {
            buf bad = spoil_keylog(&r.keylog, labels[li]);
            ikt_keylog *kl = ikt_keylog_parse((const char *)bad.p, bad.n);
            for (int ch = 0; ch < CH_COUNT; ch++) {
                if (cases[i].causal && (ch == CH_S2C_FIRST || ch == CH_RANDOM))
                    continue;
                result res;
                run(&r, kl, (chunking)ch, 5, &res);
                const char *a = str(&res.all);
                const char *fail = strstr(a, "tls AUTH_FAILED");
                cr_expect(fail != NULL, "%s %s %s: no failure\n%s", cases[i].name,
                          labels[li] ? labels[li] : "all", chunk_names[ch], a);
                cr_expect(strstr(a, "1: tls DECRYPTING") == a, "%s: %s", cases[i].name, a);
                cr_expect(fail && strstr(fail, ": authentication failed, wrong secrets [stop]\n") ==
                                      strchr(fail, ':'),
                          "%s", a);
                cr_expect(res.stopped);
                /* Never garbage: what comes out is what was sent.  Nothing at all from a
                 * direction whose secret is wrong (from none when all are). */
                cr_expect(is_prefix(&res.out[0], &r.exp[0]) && is_prefix(&res.out[1], &r.exp[1]));
                int bad_dir = labels[li] ? labels[li][0] == 'S' : -1;
                /* (tls13-early: the 0-RTT data has a secret of its own, not spoiled) */
                size_t early = bad_dir == 0 && strcmp(cases[i].name, "tls13-early") == 0 ? 11 : 0;
                for (int d = 0; d < 2; d++)
                    if (bad_dir < 0 || d == bad_dir)
                        cr_expect_eq(res.out[d].n, d == 0 ? early : 0, "%s %s %s: %zu bytes out of dir %d",
                                     cases[i].name, labels[li] ? labels[li] : "all",
                                     chunk_names[ch], res.out[d].n, d);
                result_free(&res);
            }
            ikt_keylog_free(kl);
            buf_free(&bad);
        }
        rec_free(&r);
    }
}

/* Secrets of the wrong length for the suite's hash. */
Test(tls_secrets, wrong_length)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    buf kl = {0};
    const char *p = (const char *)r.keylog.p;
    while (*p) {
        size_t l = strcspn(p, "\n");
        buf_add(&kl, p, l);
        if (l > 100 && p[0] != '#')
            buf_add(&kl, "00112233445566778899aabbccddeeff", 32); /* 32 -> 48 bytes */
        buf_add(&kl, "\n", 1);
        p += l + (p[l] ? 1 : 0);
    }
    ikt_keylog *k = ikt_keylog_parse((const char *)kl.p, kl.n);
    result res;
    run(&r, k, CH_ORDER, 1, &res);
    cr_expect_str_eq(str(&res.all), "1: tls AUTH_FAILED TLS 1.3 TLS_AES_128_GCM_SHA256 "
                                    "sni=imap.test: authentication failed, wrong secrets "
                                    "(secrets of 48 bytes for a 32-byte hash) [stop]\n");
    result_free(&res);
    ikt_keylog_free(k);
    buf_free(&kl);
    rec_free(&r);
}

/* ---------------------------------------------------------------- damage ------- */

/* Streams cut short: what comes out is a prefix of the plaintext; a cut inside a
 * record is reported by ikt_tls_end. */
Test(tls_damage, truncated)
{
    for (size_t i = 0; i < NCASES; i++) {
        rec r;
        rec_load(&r, cases[i].name);
        ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
        rng_state = 77 + i;
        for (int k = 0; k < 24; k++) {
            buf s[2] = {r.s[0], r.s[1]};
            int d = k & 1;
            s[d].n = k < 2 ? s[d].n - 1 : rnd() % (s[d].n + 1);
            if (k >= 12)
                s[!d].n = rnd() % (s[!d].n + 1);
            result res;
            run_streams(&r, s, kl, k % 3 == 0 ? CH_ORDER : k % 3 == 1 ? CH_ORDER_SPLIT : CH_RANDOM,
                        (uint64_t)k, &res);
            cr_expect(is_prefix(&res.out[0], &r.exp[0]) && is_prefix(&res.out[1], &r.exp[1]),
                      "%s cut %zu/%zu: output is not a prefix", cases[i].name, s[0].n, s[1].n);
            if (k < 2 && cases[i].decrypted && !cases[i].causal) {
                /* one byte short of the final close_notify: all data, then TRUNCATED */
                cr_expect(res.out[d].n == r.exp[d].n, "%s", cases[i].name);
                cr_expect(strstr(str(&res.ev[d]), "tls TRUNCATED") != NULL, "%s: %s",
                          cases[i].name, str(&res.all));
                cr_expect(strstr(str(&res.ev[d]), "close_notify") == NULL);
            }
            result_free(&res);
        }
        ikt_keylog_free(kl);
        rec_free(&r);
    }
}

/* The client's stream ends (inside its last record) while it waits for the server. */
Test(tls_damage, truncated_while_waiting)
{
    rec r;
    rec_load(&r, "tls12-ecdhe-rsa-chacha");
    ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
    ikt_tls_callbacks cb = {on_event, on_data};
    result res;
    memset(&res, 0, sizeof res);
    ikt_tls *t = ikt_tls_new(kl, &cb, &res);
    feed(t, 0, r.s[0].p, r.s[0].n - 1);
    cr_expect_eq(ikt_tls_end(t, 0), 0);
    cr_expect_str_eq(str(&res.all), "");
    feed(t, 1, r.s[1].p, r.s[1].n);
    cr_expect_eq(ikt_tls_end(t, 1), 0);
    cr_expect_str_eq(str(&res.ev[0]), "tls TRUNCATED TLS 1.2 TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 "
                                      "sni=imap.test: stream ends inside a TLS record (22 of 23 bytes)\n");
    cr_expect(res.out[0].n == r.exp[0].n && memcmp(res.out[0].p, r.exp[0].p, r.exp[0].n) == 0);
    ikt_tls_free(t);
    result_free(&res);
    ikt_keylog_free(kl);
    rec_free(&r);
}

/* Single bytes changed anywhere: never a crash, and never a byte that was not sent. */
Test(tls_damage, flipped_bytes)
{
    for (size_t i = 0; i < NCASES; i++) {
        rec r;
        rec_load(&r, cases[i].name);
        ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
        rng_state = 1234 + i;
        for (int k = 0; k < 60; k++) {
            buf s[2] = {{0}, {0}};
            buf_add(&s[0], r.s[0].p, r.s[0].n);
            buf_add(&s[1], r.s[1].p, r.s[1].n);
            int d = (int)(rnd() & 1);
            int flips = 1 + (int)(rnd() % 3);
            for (int f = 0; f < flips; f++) {
                size_t at = rnd() % s[d].n;
                s[d].p[at] ^= (unsigned char)(1u << (rnd() % 8));
            }
            result res;
            run_streams(&r, s, kl, k & 1 ? CH_ORDER : CH_ORDER_SPLIT, (uint64_t)k, &res);
            cr_expect(is_prefix(&res.out[0], &r.exp[0]) && is_prefix(&res.out[1], &r.exp[1]),
                      "%s: garbage out after a flipped byte", cases[i].name);
            result_free(&res);
            buf_free(&s[0]);
            buf_free(&s[1]);
        }
        ikt_keylog_free(kl);
        rec_free(&r);
    }
}

static void random_run(const unsigned char *pre, size_t npre, int mode, uint64_t seed)
{
    ikt_tls_callbacks cb = {on_event, on_data};
    result res;
    memset(&res, 0, sizeof res);
    rng_state = seed;
    ikt_tls *t = ikt_tls_new(NULL, &cb, &res);
    cr_assert(t);
    if (npre)
        feed(t, 0, pre, npre);
    unsigned char b[3000];
    for (int round = 0; round < 40; round++) {
        size_t n = rnd() % sizeof b;
        for (size_t j = 0; j < n; j++)
            b[j] = (unsigned char)rnd();
        if (mode == 1 && n >= 5) { /* a plausible record header in front */
            b[0] = (unsigned char)(20 + rnd() % 5);
            b[1] = 3;
            b[2] = (unsigned char)(rnd() % 5);
            b[3] = (unsigned char)((n - 5) >> 8);
            b[4] = (unsigned char)(n - 5);
            if (b[0] == 22 && n > 9) {
                b[5] = (unsigned char)(rnd() % 3);
                b[6] = 0;
            }
        }
        int d = (int)(rnd() & 1);
        feed(t, d, b, n);
    }
    ikt_tls_end(t, 0);
    ikt_tls_end(t, 1);
    cr_expect(res.out[0].n == 0 && res.out[1].n == 0);
    ikt_tls_free(t);
    result_free(&res);
}

Test(tls_damage, random_bytes)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    size_t chlen = 5 + ((size_t)r.s[0].p[3] << 8 | r.s[0].p[4]);
    for (uint64_t seed = 1; seed <= 300; seed++) {
        random_run(NULL, 0, 0, seed);
        random_run(NULL, 0, 1, seed);
        random_run(r.s[0].p, chlen, 1, seed); /* a real ClientHello, then noise */
    }
    rec_free(&r);
}

static unsigned char *record(unsigned type, const void *body, size_t n, size_t *outlen)
{
    unsigned char *p = malloc(5 + n);
    cr_assert(p);
    p[0] = (unsigned char)type;
    p[1] = 3;
    p[2] = 3;
    p[3] = (unsigned char)(n >> 8);
    p[4] = (unsigned char)n;
    if (n)
        memcpy(p + 5, body, n);
    *outlen = 5 + n;
    return p;
}

static void run_bytes(int dir, const unsigned char *p, size_t n, result *res, int *rc)
{
    ikt_tls_callbacks cb = {on_event, on_data};
    memset(res, 0, sizeof *res);
    ikt_tls *t = ikt_tls_new(NULL, &cb, res);
    *rc = ikt_tls_feed(t, dir, p, n);
    ikt_tls_free(t);
}

Test(tls_damage, record_length_bound)
{
    static unsigned char body[IKT_TLS_MAX_RECORD + 1];
    size_t n;
    result res;
    int rc;
    /* 2^14 + 2048 bytes: accepted (a ClientHello of zeros) */
    body[0] = 1;
    body[2] = (unsigned char)((IKT_TLS_MAX_RECORD - 4) >> 8);
    body[3] = (unsigned char)(IKT_TLS_MAX_RECORD - 4);
    unsigned char *p = record(22, body, IKT_TLS_MAX_RECORD, &n);
    run_bytes(0, p, n, &res, &rc);
    cr_expect_eq(rc, 0);
    cr_expect_str_eq(str(&res.all), "");
    result_free(&res);
    free(p);
    /* a ClientHello too short for its random */
    p = record(22, "\x01\x00\x00\x04\x03\x03\x00\x00", 8, &n);
    run_bytes(0, p, n, &res, &rc);
    cr_expect_str_eq(str(&res.all), "0: tls PROTOCOL_ERROR: malformed TLS stream: client "
                                    "ClientHello is malformed [stop]\n");
    result_free(&res);
    free(p);
    /* one more byte: an error as soon as the header is in, before the body arrives */
    p = record(22, body, IKT_TLS_MAX_RECORD + 1, &n);
    run_bytes(0, p, 5, &res, &rc);
    cr_expect_eq(rc, 1);
    cr_expect_str_eq(str(&res.all), "0: tls PROTOCOL_ERROR: malformed TLS stream: client sent "
                                    "a record longer than 2^14+2048 bytes [stop]\n");
    result_free(&res);
    free(p);
    /* not TLS at all */
    run_bytes(1, (const unsigned char *)"* OK IMAP4rev1\r\n", 16, &res, &rc);
    cr_expect_eq(rc, 1);
    cr_expect_str_eq(str(&res.all), "1: tls PROTOCOL_ERROR: malformed TLS stream: server sent "
                                    "bytes that are not a TLS record [stop]\n");
    result_free(&res);
    /* SSL 2.0 compatible ClientHello */
    run_bytes(0, (const unsigned char *)"\x80\x2e\x01\x03\x01", 5, &res, &rc);
    cr_expect(strstr(str(&res.all), "not a TLS record") != NULL);
    result_free(&res);
}

/* A ClientHello far larger than IKT_TLS_MAX_HANDSHAKE, over many records: the random
 * and the SNI are in the part kept; decryption works. */
Test(tls_damage, huge_client_hello)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
    const unsigned char *ch = r.s[0].p;
    size_t chrec = 5 + ((size_t)ch[3] << 8 | ch[4]);
    cr_assert_eq(ch[5], 1);
    size_t body = (size_t)ch[6] << 16 | (size_t)ch[7] << 8 | ch[8];
    cr_assert_eq(body + 4 + 5, chrec, "the ClientHello is one record");
    /* The same ClientHello with a padding extension of 100 000 bytes at the end. */
    size_t pad = 100000;
    buf msg = {0};
    unsigned char h[4] = {1, 0, 0, 0};
    size_t nb = body + 4 + pad;
    h[1] = (unsigned char)(nb >> 16);
    h[2] = (unsigned char)(nb >> 8);
    h[3] = (unsigned char)nb;
    buf_add(&msg, h, 4);
    /* version, random, session id, suites, compression: copy; then fix the extensions length */
    const unsigned char *b = ch + 9;
    size_t off = 2 + 32;
    off += 1 + b[off];
    off += 2 + ((size_t)b[off] << 8 | b[off + 1]);
    off += 1 + b[off];
    size_t extlen = (size_t)b[off] << 8 | b[off + 1];
    cr_assert_eq(off + 2 + extlen, body);
    buf_add(&msg, b, off);
    /* extensions length does not fit 16 bits any more: keep the real ones, pad after */
    unsigned char el[2] = {(unsigned char)((extlen + 4 + pad) >> 8), (unsigned char)(extlen + 4 + pad)};
    buf_add(&msg, el, 2);
    buf_add(&msg, b + off + 2, extlen);
    unsigned char ph[4] = {0x00, 0x15, (unsigned char)(pad >> 8), (unsigned char)pad};
    buf_add(&msg, ph, 4);
    unsigned char *zeros = calloc(1, pad);
    buf_add(&msg, zeros, pad);
    free(zeros);
    buf c2s = {0};
    for (size_t pos = 0; pos < msg.n; pos += 16384) {
        size_t n = msg.n - pos < 16384 ? msg.n - pos : 16384, rl;
        unsigned char *rp = record(22, msg.p + pos, n, &rl);
        buf_add(&c2s, rp, rl);
        free(rp);
    }
    buf_add(&c2s, r.s[0].p + chrec, r.s[0].n - chrec);
    buf s[2] = {c2s, r.s[1]};
    for (int ch2 = CH_C2S_FIRST; ch2 <= CH_RANDOM; ch2++) {
        result res;
        run_streams(&r, s, kl, (chunking)ch2, 9, &res);
        cr_expect(res.out[0].n == r.exp[0].n && memcmp(res.out[0].p, r.exp[0].p, r.exp[0].n) == 0);
        cr_expect(res.out[1].n == r.exp[1].n && memcmp(res.out[1].p, r.exp[1].p, r.exp[1].n) == 0);
        cr_expect_str_eq(str(&res.ev[1]), find_case("tls13-aes128gcm")->ev_s2c, "%s", str(&res.all));
        result_free(&res);
    }
    buf_free(&msg);
    buf_free(&c2s);
    ikt_keylog_free(kl);
    rec_free(&r);
}

/* One direction may not wait for the other without bound. */
Test(tls_damage, pending_limit)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    size_t chrec = 5 + ((size_t)r.s[0].p[3] << 8 | r.s[0].p[4]);
    ikt_tls_callbacks cb = {on_event, on_data};
    result res;
    memset(&res, 0, sizeof res);
    ikt_tls *t = ikt_tls_new(NULL, &cb, &res);
    feed(t, 0, r.s[0].p, chrec);
    static unsigned char body[16384];
    size_t n;
    unsigned char *p = record(23, body, sizeof body, &n);
    int rc = 0;
    size_t fed = 0;
    for (int i = 0; i < 100 && rc == 0; i++) {
        rc = ikt_tls_feed(t, 0, p, n);
        fed += n;
    }
    cr_expect_eq(rc, 1);
    cr_expect(fed > IKT_TLS_MAX_PENDING && fed <= IKT_TLS_MAX_PENDING + 2 * n);
    cr_expect_str_eq(str(&res.all), "0: tls RESOURCE_LIMIT sni=imap.test: too much data waiting "
                                    "for the other direction [stop]\n");
    cr_expect_eq(ikt_tls_feed(t, 1, p, n), 1, "stopped stays stopped");
    free(p);
    ikt_tls_free(t);
    result_free(&res);
    rec_free(&r);
}

/* A direction waiting for one that ends. */
Test(tls_damage, waits_for_ended_direction)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    ikt_tls_callbacks cb = {on_event, on_data};
    result res;
    memset(&res, 0, sizeof res);
    ikt_tls *t = ikt_tls_new(NULL, &cb, &res);
    feed(t, 0, r.s[0].p, r.s[0].n); /* all of the client: waits for the ServerHello */
    cr_expect_str_eq(str(&res.all), "");
    cr_expect_eq(ikt_tls_end(t, 1), 1);
    cr_expect_str_eq(str(&res.all), "0: tls PROTOCOL_ERROR sni=imap.test: malformed TLS stream: "
                                    "client data waits for a ServerHello that never came [stop]\n");
    ikt_tls_free(t);
    result_free(&res);

    memset(&res, 0, sizeof res);
    t = ikt_tls_new(NULL, &cb, &res);
    feed(t, 1, r.s[1].p, r.s[1].n); /* the server: waits for a ClientHello */
    cr_expect_eq(ikt_tls_end(t, 0), 1);
    cr_expect_str_eq(str(&res.all), "1: tls PROTOCOL_ERROR: malformed TLS stream: server data "
                                    "waits for a ClientHello that never came [stop]\n");
    ikt_tls_free(t);
    result_free(&res);
    rec_free(&r);
}

/* ---------------------------------------------------------------- gaps --------- */

/* Offsets of the records of a stream. */
static size_t records(const buf *s, size_t *at, size_t max)
{
    size_t n = 0, pos = 0;
    while (pos + 5 <= s->n && n < max) {
        at[n++] = pos;
        pos += 5 + ((size_t)s->p[pos + 3] << 8 | s->p[pos + 4]);
    }
    return n;
}

Test(tls_gap, inside_application_record)
{
    const char *names[] = {"tls13-aes128gcm", "tls12-ecdhe-rsa-aes128-sha", "tls12-ecdhe-rsa-chacha",
                           "tls13-big", "tls12-big-cbc"};
    for (size_t i = 0; i < 5; i++) {
        rec r;
        rec_load(&r, names[i]);
        ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
        size_t at[64];
        size_t nr = records(&r.s[1], at, 64);
        cr_assert(nr > 4);
        size_t x = at[nr - 3]; /* the second-last data record before close_notify */
        size_t len = (size_t)r.s[1].p[x + 3] << 8 | r.s[1].p[x + 4];
        ikt_tls_callbacks cb = {on_event, on_data};
        result res;
        memset(&res, 0, sizeof res);
        ikt_tls *t = ikt_tls_new(kl, &cb, &res);
        feed(t, 0, r.s[0].p, r.s[0].n);
        feed(t, 1, r.s[1].p, x + 8);
        uint64_t before = ikt_tls_delivered(t, 1);
        cr_expect_eq(ikt_tls_gap(t, 1, len - 6), 0, "%s", names[i]);
        feed(t, 1, r.s[1].p + x + 5 + len - 3, r.s[1].n - (x + 5 + len - 3));
        ikt_tls_end(t, 0);
        ikt_tls_end(t, 1);
        cr_expect_eq(ikt_tls_stopped(t), 0, "%s: %s", names[i], str(&res.all));
        ikt_tls_free(t);
        /* the lost record's plaintext is missing, the rest is there */
        size_t lost = r.exp[1].n - res.out[1].n;
        cr_expect(lost > 0 && lost < len);
        cr_expect(memcmp(res.out[1].p, r.exp[1].p, (size_t)before) == 0);
        cr_expect(memcmp(res.out[1].p + before, r.exp[1].p + before + lost,
                         res.out[1].n - (size_t)before) == 0, "%s", names[i]);
        cr_expect(res.out[0].n == r.exp[0].n && memcmp(res.out[0].p, r.exp[0].p, r.exp[0].n) == 0);
        cr_expect_str_eq(str(&res.ev[1]), find_case(names[i])->ev_s2c);
        result_free(&res);
        ikt_keylog_free(kl);
        rec_free(&r);
    }
}

Test(tls_gap, elsewhere_stops)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
    size_t at[64];
    size_t nr = records(&r.s[1], at, 64);
    ikt_tls_callbacks cb = {on_event, on_data};
    /* at a record boundary, over two records, in the handshake */
    size_t where[3] = {at[nr - 3], at[nr - 3] + 7, 20};
    uint64_t lens[3] = {10, 2000, 5};
    for (int k = 0; k < 3; k++) {
        result res;
        memset(&res, 0, sizeof res);
        ikt_tls *t = ikt_tls_new(kl, &cb, &res);
        feed(t, 0, r.s[0].p, r.s[0].n);
        feed(t, 1, r.s[1].p, where[k]);
        cr_expect_eq(ikt_tls_gap(t, 1, lens[k]), 1);
        cr_expect(strstr(str(&res.ev[1]), "tls GAP") != NULL, "%s", str(&res.all));
        cr_expect(strstr(str(&res.ev[1]), "data lost in the capture, TLS decoding stopped [stop]") != NULL);
        ikt_tls_free(t);
        result_free(&res);
    }
    ikt_keylog_free(kl);
    rec_free(&r);
}

/* ---------------------------------------------------------------- alerts ------- */

Test(tls_alert, plaintext_alert)
{
    rec r;
    rec_load(&r, "tls13-aes128gcm");
    size_t chrec = 5 + ((size_t)r.s[0].p[3] << 8 | r.s[0].p[4]);
    ikt_keylog *kl = ikt_keylog_parse((const char *)r.keylog.p, r.keylog.n);
    ikt_tls_callbacks cb = {on_event, on_data};
    result res;
    memset(&res, 0, sizeof res);
    ikt_tls *t = ikt_tls_new(kl, &cb, &res);
    feed(t, 0, r.s[0].p, chrec);
    feed(t, 1, (const unsigned char *)"\x15\x03\x03\x00\x02\x02\x46", 7);
    cr_expect_str_eq(str(&res.all), "1: alert 2 70 protocol_version\n");
    feed(t, 1, (const unsigned char *)"\x15\x03\x03\x00\x04\x01\x00\x02\xf0", 9);
    cr_expect_str_eq(str(&res.ev[1]), "alert 2 70 protocol_version\nclose_notify\nalert 2 240 ?\n");
    cr_expect_eq(ikt_tls_stopped(t), 0);
    ikt_tls_free(t);
    result_free(&res);
    ikt_keylog_free(kl);
    rec_free(&r);
}

/* ---------------------------------------------------------------- api ---------- */

Test(tls_api, arguments_and_names)
{
    ikt_tls *t = ikt_tls_new(NULL, NULL, NULL);
    cr_assert(t);
    cr_expect_eq(ikt_tls_feed(NULL, 0, (const unsigned char *)"", 0), -1);
    cr_expect_eq(ikt_tls_feed(t, 2, (const unsigned char *)"x", 1), -1);
    cr_expect_eq(ikt_tls_feed(t, 0, NULL, 1), -1);
    cr_expect_eq(ikt_tls_feed(t, 0, NULL, 0), 0);
    cr_expect_eq(ikt_tls_gap(t, -1, 1), -1);
    cr_expect_eq(ikt_tls_end(t, 3), -1);
    cr_expect_eq(ikt_tls_delivered(t, 5), 0);
    cr_expect_eq(ikt_tls_end(t, 0), 0);
    cr_expect_eq(ikt_tls_end(t, 1), 0);
    ikt_tls_free(t);
    ikt_tls_free(NULL);

    cr_expect_str_eq(ikt_tls_status_name(IKT_TLS_AUTH_FAILED), "AUTH_FAILED");
    cr_expect_str_eq(ikt_tls_status_text(IKT_TLS_NO_SECRETS), "no secrets in key log for this session");
    cr_expect_str_eq(ikt_tls_status_text(IKT_TLS_DECRYPTING), "decrypting");
    cr_expect_str_eq(ikt_tls_status_text(IKT_TLS_AUTH_FAILED), "authentication failed, wrong secrets");
    cr_expect_null(ikt_tls_status_name(IKT_TLS_STATUS_COUNT));
    cr_expect_str_eq(ikt_tls_version_name(0x0304), "TLS 1.3");
    cr_expect_null(ikt_tls_version_name(0x7f1c));
    cr_expect_str_eq(ikt_tls_suite_name(0xC02F), "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    cr_expect_str_eq(ikt_tls_suite_name(0x1303), "TLS_CHACHA20_POLY1305_SHA256");
    cr_expect_null(ikt_tls_suite_name(0x1304));
    cr_expect_str_eq(ikt_tls_alert_name(40), "handshake_failure");
    cr_expect_null(ikt_tls_alert_name(255));
}

Test(tls_api, sniff)
{
    rec r;
    rec_load(&r, "tls12-ecdhe-rsa-aes128-gcm");
    for (size_t n = 0; n < 9; n++)
        cr_expect_eq(ikt_tls_sniff(r.s[0].p, n), -1, "ClientHello prefix of %zu bytes", n);
    cr_expect_eq(ikt_tls_sniff(r.s[0].p, 9), 1);
    cr_expect_eq(ikt_tls_sniff(r.s[0].p, r.s[0].n), 1);
    cr_expect_eq(ikt_tls_sniff(r.s[1].p, r.s[1].n), 1, "ServerHello");
    rec_free(&r);
    const unsigned char *imap = (const unsigned char *)"* OK [CAPABILITY IMAP4rev1] hi\r\n";
    cr_expect_eq(ikt_tls_sniff(imap, 32), 0);
    cr_expect_eq(ikt_tls_sniff(imap, 1), 0);
    cr_expect_eq(ikt_tls_sniff(NULL, 0), -1);
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x16\x02", 2), 0);
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x16\x03\x05", 3), 0);
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x16\x03\x01\x48\x01", 5), 0, "too long");
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x16\x03\x01\x00\x03", 5), 0, "too short");
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x16\x03\x01\x02\x00\x0b", 6), 0, "Certificate");
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x16\x03\x01\x02\x00\x01\x00\x00\x10", 9), 0);
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x16\x03\x00\x02\x00\x01\x00\x01\xfc", 9), 1);
    cr_expect_eq(ikt_tls_sniff((const unsigned char *)"\x17\x03\x03\x00\x20", 5), 0);
}

/* ---------------------------------------------------------------- keylog ------- */

#define CR1 "0000000000000000000000000000000000000000000000000000000000000001"
#define CR2 "00000000000000000000000000000000000000000000000000000000000000FF"
#define MS48 "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f"
#define S32 "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf"

static void random_bytes(const char *hex, unsigned char out[32])
{
    for (int i = 0; i < 32; i++) {
        unsigned v;
        cr_assert(sscanf(hex + 2 * i, "%2x", &v) == 1);
        out[i] = (unsigned char)v;
    }
}

Test(tls_keylog, parse)
{
    const char text[] =
        "# SSL/TLS secrets log file, generated by OpenSSL\n"
        "\n"
        "   \t\n"
        "CLIENT_RANDOM " CR1 " " MS48 "\r\n"
        "CLIENT_HANDSHAKE_TRAFFIC_SECRET " CR2 " " S32 "\n"
        "SERVER_HANDSHAKE_TRAFFIC_SECRET\t" CR2 "  " MS48 "\n" /* 48 bytes: SHA-384 */
        "EXPORTER_SECRET " CR2 " " S32 "\n"
        "CLIENT_TRAFFIC_SECRET_N " CR2 " " S32 "\n"
        "RSA 0102030405060708 " MS48 "\n"
        "garbage line\n"
        "CLIENT_RANDOM " CR1 "\n"                          /* two fields */
        "CLIENT_RANDOM " CR1 " " S32 "\n"                  /* 32 bytes: not a master secret */
        "CLIENT_RANDOM 00" CR1 " " MS48 "\n"               /* random too long */
        "CLIENT_RANDOM " CR1 " " MS48 " extra\n"           /* four fields */
        "CLIENT_TRAFFIC_SECRET_0 " CR2 " " S32 "zz\n"      /* bad hex */
        "CLIENT_TRAFFIC_SECRET_0 " CR2 " " S32 "\n"
        "CLIENT_TRAFFIC_SECRET_0 " CR2 " " "B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECF" "\n"
        "SERVER_TRAFFIC_SECRET_0 " CR2 " " S32; /* no final newline */
    ikt_keylog *kl = ikt_keylog_parse(text, sizeof text - 1);
    cr_assert(kl);
    unsigned char cr1[32], cr2[32], out[IKT_KEYLOG_SECRET_MAX];
    random_bytes(CR1, cr1);
    random_bytes(CR2, cr2);
    cr_expect_eq(ikt_keylog_find(kl, cr1, IKT_KEYLOG_CLIENT_RANDOM, out), 48);
    cr_expect(out[0] == 0x00 && out[47] == 0x2f);
    cr_expect_eq(ikt_keylog_find(kl, cr2, IKT_KEYLOG_CLIENT_HANDSHAKE_TRAFFIC_SECRET, out), 32);
    cr_expect(out[0] == 0xa0 && out[31] == 0xbf);
    cr_expect_eq(ikt_keylog_find(kl, cr2, IKT_KEYLOG_SERVER_HANDSHAKE_TRAFFIC_SECRET, out), 48);
    cr_expect_eq(ikt_keylog_find(kl, cr2, IKT_KEYLOG_CLIENT_TRAFFIC_SECRET_0, out), 32);
    cr_expect(out[0] == 0xb0 && out[31] == 0xcf, "the later line wins");
    cr_expect_eq(ikt_keylog_find(kl, cr2, IKT_KEYLOG_SERVER_TRAFFIC_SECRET_0, out), 32);
    cr_expect_eq(ikt_keylog_find(kl, cr2, IKT_KEYLOG_CLIENT_RANDOM, out), 0);
    cr_expect_eq(ikt_keylog_find(kl, cr1, IKT_KEYLOG_CLIENT_EARLY_TRAFFIC_SECRET, out), 0);
    cr_expect_eq(ikt_keylog_find(kl, cr1, IKT_KEYLOG_LABEL_COUNT, out), 0);
    cr_expect_eq(ikt_keylog_find(NULL, cr1, IKT_KEYLOG_CLIENT_RANDOM, out), 0);
    ikt_keylog_stats st = ikt_keylog_get_stats(kl);
    cr_expect_eq(st.lines, 18);
    cr_expect_eq(st.secrets, 5);
    cr_expect_eq(st.ignored, 6, "comment, 2 blank, EXPORTER, _N, RSA");
    cr_expect_eq(st.invalid, 6);
    cr_expect_str_eq(ikt_keylog_label_name(IKT_KEYLOG_CLIENT_TRAFFIC_SECRET_0), "CLIENT_TRAFFIC_SECRET_0");
    cr_expect_null(ikt_keylog_label_name(IKT_KEYLOG_LABEL_COUNT));
    ikt_keylog_free(kl);
}

Test(tls_keylog, long_lines_and_binary)
{
    buf b = {0};
    for (int i = 0; i < 5000; i++)
        buf_add(&b, "CLIENT_RANDOM ", 14);
    buf_add(&b, "\n", 1);
    buf_add(&b, "\0\xff\x01 CLIENT_RANDOM\n", 18);
    buf_add(&b, "CLIENT_RANDOM " CR1 " " MS48 "\n", 14 + 64 + 1 + 96 + 1);
    rng_state = 99;
    for (int i = 0; i < 20000; i++) {
        unsigned char c = (unsigned char)rnd();
        buf_add(&b, &c, 1);
    }
    ikt_keylog *kl = ikt_keylog_parse((const char *)b.p, b.n);
    cr_assert(kl);
    unsigned char cr1[32], out[IKT_KEYLOG_SECRET_MAX];
    random_bytes(CR1, cr1);
    cr_expect_eq(ikt_keylog_find(kl, cr1, IKT_KEYLOG_CLIENT_RANDOM, out), 48);
    cr_expect(ikt_keylog_get_stats(kl).invalid >= 2);
    ikt_keylog_free(kl);
    buf_free(&b);
    kl = ikt_keylog_parse(NULL, 0);
    cr_assert(kl);
    cr_expect_eq(ikt_keylog_get_stats(kl).secrets, 0);
    ikt_keylog_free(kl);
    ikt_keylog_free(NULL);
}

Test(tls_keylog, load)
{
    char err[256];
    ikt_keylog *kl = ikt_keylog_load(DATA "tls13-aes256gcm.keylog", err, sizeof err);
    cr_assert(kl, "%s", err);
    cr_expect_eq(ikt_keylog_get_stats(kl).secrets, 4);
    ikt_keylog_free(kl);
    kl = ikt_keylog_load(DATA "no-such-file.keylog", err, sizeof err);
    cr_expect_null(kl);
    cr_expect(strstr(err, "no-such-file.keylog: No such file or directory") != NULL, "%s", err);
    cr_expect_null(ikt_keylog_load(NULL, err, sizeof err));
    cr_expect_null(ikt_keylog_load(DATA, NULL, 0), "a directory");
}

/* Many sessions in one key log: each is found. */
Test(tls_keylog, many)
{
    buf b = {0};
    for (unsigned i = 0; i < 5000; i++)
        buf_printf(&b, "CLIENT_RANDOM %056x%08x " MS48 "\n", 0u, i * 2654435761u);
    ikt_keylog *kl = ikt_keylog_parse((const char *)b.p, b.n);
    cr_assert(kl);
    cr_expect_eq(ikt_keylog_get_stats(kl).secrets, 5000);
    for (unsigned i = 0; i < 5000; i += 7) {
        unsigned char cr[32] = {0}, out[48];
        unsigned v = i * 2654435761u;
        cr[28] = (unsigned char)(v >> 24);
        cr[29] = (unsigned char)(v >> 16);
        cr[30] = (unsigned char)(v >> 8);
        cr[31] = (unsigned char)v;
        cr_expect_eq(ikt_keylog_find(kl, cr, IKT_KEYLOG_CLIENT_RANDOM, out), 48);
    }
    ikt_keylog_free(kl);
    buf_free(&b);
}
