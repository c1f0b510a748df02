/*
 * test_trace_streams.c - reassembly against ground truth.
 *
 * For every capture NAME.pcap or NAME.pcapng that has a NAME.streams/ folder
 * beside it, in tests/data/captures/ (real traffic recorded from Dovecot) and
 * tests/data/synthetic/ (made by synth.c, with reordering, retransmissions,
 * conflicting overlaps, wrap-around, VLANs, IPv6, every link type), the folder
 * holds tshark's own `-z follow,tcp,raw,N` output as K.c2s and K.s2c.  We dump
 * our streams with --dump-streams and compare them byte for byte, and require
 * the same set of connections.  Where NAME.streams/streams.tsv lists each
 * connection's client and server, those are checked too.
 *
 * A folder that does not exist is skipped, not failed: captures are recorded
 * separately.  IKT_TESTDATA overrides where tests/data is.
 */
#include <criterion/criterion.h>

#include "../tools/trace/trace.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAXC 512

typedef struct info {
    char client[MAXC][80], server[MAXC][80];
    unsigned n;
} info;

static int is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* tests/data, wherever the test runs from. */
static const char *data_root(char *buf, size_t len)
{
    const char *env = getenv("IKT_TESTDATA");
    if (env && is_dir(env))
        return env;
    const char *cands[] = {"tests/data", "../tests/data", "../../tests/data"};
    for (size_t i = 0; i < sizeof cands / sizeof cands[0]; i++)
        if (is_dir(cands[i]))
            return cands[i];
    /* next to this source file, when built with an absolute __FILE__ */
    snprintf(buf, len, "%s", __FILE__);
    char *slash = strrchr(buf, '/');
    if (slash) {
        snprintf(slash, len - (size_t)(slash - buf), "/data");
        if (is_dir(buf))
            return buf;
    }
    return NULL;
}

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 4096, len = 0;
    unsigned char *b = malloc(cap);
    size_t r;
    while ((r = fread(b + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap)
            b = realloc(b, cap *= 2);
    }
    fclose(f);
    *n = len;
    return b;
}

/* "K.c2s" or "K.s2c" exactly: tshark's files; .tls, .decoded, streams.tsv are
 * other things. */
static int stream_file(const char *name)
{
    size_t n = strlen(name), d = strspn(name, "0123456789");
    return d > 0 && n == d + 4 && (strcmp(name + d, ".c2s") == 0 || strcmp(name + d, ".s2c") == 0);
}

static void on_conn(void *ud, const ikt_conn_info *ci)
{
    info *in = ud;
    if (ci->conn < MAXC) {
        const char *fmt = ci->family == 6 ? "[%s]:%u" : "%s:%u";
        snprintf(in->client[ci->conn], sizeof in->client[0], fmt, ci->client, ci->client_port);
        snprintf(in->server[ci->conn], sizeof in->server[0], fmt, ci->server, ci->server_port);
    }
    in->n = ci->conn;
}

static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char p[1024];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

/* Compare the endpoints our tracker reports with streams.tsv's columns 4 and 5
 * (client, server), when that file exists.  IPv6 may be written with or
 * without brackets. */
static int check_tsv(const char *streams, const info *in, const char *name)
{
    char p[1200], line[1024];
    snprintf(p, sizeof p, "%s/streams.tsv", streams);
    FILE *f = fopen(p, "r");
    if (f == NULL)
        return 0;
    int bad = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#')
            continue;
        unsigned k;
        char cl[256], sv[256];
        if (sscanf(line, "%u\t%*s\t%*s\t%255s\t%255s", &k, cl, sv) != 3 || k >= MAXC)
            continue;
        const char *mc = in->client[k], *ms = in->server[k];
        int okc = strcmp(cl, mc) == 0, oks = strcmp(sv, ms) == 0;
        if (!okc && mc[0] == '[') { /* compare "a:b::1:143" against "[a:b::1]:143" */
            char alt[96];
            const char *rb = strchr(mc, ']');
            snprintf(alt, sizeof alt, "%.*s%s", (int)(rb - mc - 1), mc + 1, rb + 1);
            okc = strcmp(cl, alt) == 0;
            rb = strchr(ms, ']');
            snprintf(alt, sizeof alt, "%.*s%s", (int)(rb - ms - 1), ms + 1, rb + 1);
            oks = strcmp(sv, alt) == 0;
        }
        if (!okc || !oks) {
            cr_log_error("%s: connection %u: tsv %s > %s, ours %s > %s", name, k, cl, sv, mc, ms);
            bad++;
        }
    }
    fclose(f);
    return bad;
}

/* Dump one capture's streams and compare them with the ground truth.  Returns
 * the number of differences (each logged). */
static int check_capture(const char *folder, const char *file)
{
    char cap[1024], streams[1024], base[512];
    snprintf(cap, sizeof cap, "%s/%s", folder, file);
    snprintf(base, sizeof base, "%s", file);
    *strrchr(base, '.') = 0;
    snprintf(streams, sizeof streams, "%s/%s.streams", folder, base);
    if (!is_dir(streams))
        return -1; /* no ground truth: not a case */
    char tmp[] = "/tmp/ikt_streamsXXXXXX";
    cr_assert_not_null(mkdtemp(tmp));
    info in;
    memset(&in, 0, sizeof in);
    ikt_options o;
    memset(&o, 0, sizeof o);
    o.ud = &in;
    o.on_conn = on_conn;
    char err[512];
    ikt_trace *t = ikt_trace_open(cap, &o, err, sizeof err);
    cr_assert_not_null(t, "%s: %s", file, err);
    cr_assert_eq(ikt_trace_dump_streams(t, tmp, err, sizeof err), 0, "%s", err);
    int rc = ikt_trace_run(t);
    ikt_trace_close(t);
    int bad = 0;
    if (rc != 0) {
        cr_log_error("%s: run failed", file);
        bad++;
    }
    /* every ground-truth file: ours must be identical */
    DIR *d = opendir(streams);
    struct dirent *e;
    unsigned truth_files = 0;
    while ((e = readdir(d)) != NULL) {
        if (!stream_file(e->d_name))
            continue;
        truth_files++;
        char a[1280], b[1280];
        snprintf(a, sizeof a, "%s/%s", streams, e->d_name);
        snprintf(b, sizeof b, "%s/%s", tmp, e->d_name);
        size_t na = 0, nb = 0;
        unsigned char *ta = slurp(a, &na), *tb = slurp(b, &nb);
        if (tb == NULL) {
            cr_log_error("%s: %s missing from our dump", file, e->d_name);
            bad++;
        } else if (na != nb || memcmp(ta, tb, na) != 0) {
            size_t i = 0;
            while (i < na && i < nb && ta[i] == tb[i])
                i++;
            cr_log_error("%s: %s differs: tshark %zu bytes, ours %zu, first difference at %zu",
                         file, e->d_name, na, nb, i);
            bad++;
        }
        free(ta);
        free(tb);
    }
    closedir(d);
    /* and no connection of ours that tshark did not see */
    d = opendir(tmp);
    unsigned ours = 0;
    while ((e = readdir(d)) != NULL) {
        if (!stream_file(e->d_name))
            continue;
        ours++;
        char a[1280];
        snprintf(a, sizeof a, "%s/%s", streams, e->d_name);
        if (access(a, F_OK) != 0) {
            cr_log_error("%s: our %s has no ground truth", file, e->d_name);
            bad++;
        }
    }
    closedir(d);
    if (ours != truth_files)
        bad++;
    bad += check_tsv(streams, &in, file);
    rm_tree(tmp);
    return bad;
}

/* Every capture with ground truth in tests/data/SUB; skipped if SUB is absent. */
static void check_folder(const char *sub)
{
    char buf[1024], folder[1100];
    const char *root = data_root(buf, sizeof buf);
    if (root)
        snprintf(folder, sizeof folder, "%s/%s", root, sub);
    if (root == NULL || !is_dir(folder))
        cr_skip_test("no tests/data/%s folder", sub);
    DIR *d = opendir(folder);
    cr_assert_not_null(d);
    struct dirent *e;
    int cases = 0, bad = 0;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        int pcap = n > 5 && strcmp(e->d_name + n - 5, ".pcap") == 0;
        int pcapng = n > 7 && strcmp(e->d_name + n - 7, ".pcapng") == 0;
        if (!pcap && !pcapng)
            continue;
        int r = check_capture(folder, e->d_name);
        if (r < 0)
            continue;
        cases++;
        if (r)
            cr_log_error("%s/%s: %d differences", sub, e->d_name, r);
        bad += r;
    }
    closedir(d);
    if (cases == 0)
        cr_skip_test("no captures with ground truth in tests/data/%s", sub);
    cr_log_info("tests/data/%s: %d captures compared with tshark", sub, cases);
    cr_assert_eq(bad, 0, "%d differences from tshark in tests/data/%s (see the log)", bad, sub);
}

Test(trace_streams, real_captures_match_tshark) { check_folder("captures"); }

Test(trace_streams, synthetic_captures_match_tshark) { check_folder("synthetic"); }
