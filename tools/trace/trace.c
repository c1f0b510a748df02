/*
 * trace.c - the trace API: capture -> decode -> TCP tracking -> callbacks and
 * stream dumps.  Only glue lives here; each stage is its own module.
 */
#include "trace.h"

#include "capture.h"
#include "decode.h"
#include "dump.h"
#include "tcp.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEF_MAX_WARNINGS 100u

/* Kinds of frame-level warnings, each limited separately so that a capture full
 * of fragments does not hide the one truncated frame. */
enum { W_FRAGMENT, W_TRUNCATED, W_MALFORMED, W_KINDS };
static const char *const W_NAME[W_KINDS] = {"IP fragment", "truncated frame", "malformed frame"};

struct ikt_trace {
    ikt_options opt;
    ikt_capture *cap;
    int dlt;
    ikt_tcp *tcp;
    ikt_dump *dump;
    int dump_reported;         /* the dump failure was announced as a warning */
    int stop, ran;
    double last_ts;
    uint64_t frame;            /* current frame number, for events */
    uint64_t warnings[W_KINDS];
    ikt_stats stats;
    char error[768];
};

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
/* Events that do not come from the TCP tracker (frame warnings, capture
 * errors, summaries) go out through here with the same shape as its own. */
static void emit(ikt_trace *t, unsigned conn, const char *name, const char *fmt, ...)
{
    if (t->opt.on_event == NULL)
        return;
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    ikt_event ev = {conn, -1, t->last_ts, name, detail, 0, 0, t->frame};
    t->opt.on_event(t->opt.ud, &ev);
}

/* A failing dump is reported once, as it happens, and again by the return value
 * of ikt_trace_run; decoding goes on, since the consumer's output is still good. */
static void check_dump(ikt_trace *t, int rc)
{
    if (rc < 0 && !t->dump_reported) {
        t->dump_reported = 1;
        emit(t, 0, "warning", "dump-streams: %s", ikt_dump_error(t->dump));
    }
}

/* ---- bridges from the TCP tracker to the user's callbacks and the dump ---- */

/* New connection: the dump creates its files before the consumer hears of it. */
static void br_conn(void *ud, const ikt_conn_info *ci)
{
    ikt_trace *t = ud;
    if (t->dump)
        check_dump(t, ikt_dump_conn(t->dump, ci->conn));
    if (t->opt.on_conn)
        t->opt.on_conn(t->opt.ud, ci);
}

/* Bytes go to the dump exactly as to the consumer: the dump is the ground
 * truth of what was delivered. */
static void br_data(void *ud, unsigned conn, int dir, double ts, uint64_t offset,
                    const unsigned char *bytes, size_t len)
{
    ikt_trace *t = ud;
    if (t->dump)
        check_dump(t, ikt_dump_write(t->dump, conn, dir, bytes, len));
    if (t->opt.on_data)
        t->opt.on_data(t->opt.ud, conn, dir, ts, offset, bytes, len);
}

/* The dump follows role swaps and closes files with their connection; every
 * event then reaches the user unchanged. */
static void br_event(void *ud, const ikt_event *ev)
{
    ikt_trace *t = ud;
    if (t->dump && ev->conn) {
        if (strcmp(ev->name, "role") == 0)
            check_dump(t, ikt_dump_swap(t->dump, ev->conn));
        else if (strcmp(ev->name, "close") == 0)
            check_dump(t, ikt_dump_end(t->dump, ev->conn));
    }
    if (t->opt.on_event)
        t->opt.on_event(t->opt.ud, ev);
}

/* ---- open / run / close --------------------------------------------------- */

/* Common tail of both open functions: check the link type, build the tracker. */
static ikt_trace *setup(ikt_capture *cap, const ikt_options *opt, char *err, size_t errlen)
{
    if (cap == NULL)
        return NULL;
    int dlt = ikt_capture_linktype(cap);
    if (!ikt_decode_supported(dlt)) {
        if (err && errlen)
            snprintf(err, errlen, "unsupported link type %d (%s)", dlt,
                     ikt_capture_linktype_name(cap));
        ikt_capture_close(cap);
        return NULL;
    }
    ikt_trace *t = calloc(1, sizeof *t);
    if (t == NULL) {
        ikt_capture_close(cap);
        if (err && errlen)
            snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (opt)
        t->opt = *opt;
    if (t->opt.max_warnings == 0)
        t->opt.max_warnings = DEF_MAX_WARNINGS;
    t->cap = cap;
    t->dlt = dlt;
    ikt_tcp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.ports = t->opt.ports;
    cfg.nports = t->opt.ports ? t->opt.nports : 0;
    cfg.ud = t;
    cfg.on_conn = br_conn;
    cfg.on_data = br_data;
    cfg.on_event = br_event;
    cfg.max_conns = t->opt.max_conns;
    cfg.max_closed = t->opt.max_closed;
    cfg.max_ooo_bytes = t->opt.max_ooo_bytes;
    cfg.max_ooo_segments = t->opt.max_ooo_segments;
    cfg.max_total_ooo_bytes = t->opt.max_total_ooo_bytes;
    t->tcp = ikt_tcp_new(&cfg);
    if (t->tcp == NULL) {
        ikt_capture_close(cap);
        free(t);
        if (err && errlen)
            snprintf(err, errlen, "out of memory");
        return NULL;
    }
    /* The caller's port array need not outlive this call: the tracker copied it. */
    t->opt.ports = NULL;
    t->opt.nports = 0;
    return t;
}

/* A capture file by name. */
ikt_trace *ikt_trace_open(const char *path, const ikt_options *opt, char *err, size_t errlen)
{
    return setup(ikt_capture_open(path, err, errlen), opt, err, errlen);
}

/* A capture in memory: the fuzz harness's entry point. */
ikt_trace *ikt_trace_open_mem(const void *data, size_t len, const ikt_options *opt, char *err,
                              size_t errlen)
{
    return setup(ikt_capture_open_mem(data, len, err, errlen), opt, err, errlen);
}

/* Only before the run: files must see every byte from the first. */
int ikt_trace_dump_streams(ikt_trace *t, const char *dir, char *err, size_t errlen)
{
    char tmp[256];
    if (err == NULL || errlen == 0) {
        err = tmp;
        errlen = sizeof tmp;
    }
    if (t->ran) {
        snprintf(err, errlen, "dump-streams: the capture was already read");
        return -1;
    }
    ikt_dump *d = ikt_dump_new(dir, err, errlen);
    if (d == NULL)
        return -1;
    ikt_dump_free(t->dump);
    t->dump = d;
    return 0;
}

/* A skipped frame: counted always, reported up to max_warnings per kind. */
static void frame_warning(ikt_trace *t, int kind, uint64_t frame, const char *why)
{
    if (++t->warnings[kind] <= t->opt.max_warnings)
        emit(t, 0, "warning", "frame %llu: %s", (unsigned long long)frame, why);
}

/* The whole pipeline, frame by frame in capture order; a damaged file stops
 * the reading but not the flushing, so everything captured is delivered. */
int ikt_trace_run(ikt_trace *t)
{
    if (t->ran) {
        snprintf(t->error, sizeof t->error, "the capture was already read");
        return -1;
    }
    t->ran = 1;
    ikt_frame fr;
    int rc = 0;
    while (!t->stop && (rc = ikt_capture_next(t->cap, &fr)) == 1) {
        ikt_packet pkt;
        const char *why = "";
        t->stats.frames++;
        t->last_ts = fr.ts;
        t->frame = fr.number;
        switch (ikt_decode_frame(t->dlt, fr.data, fr.caplen, fr.wirelen, &pkt, &why)) {
        case IKT_DECODE_TCP:
            t->stats.tcp++;
            pkt.frame = fr.number;
            pkt.ts = fr.ts;
            ikt_tcp_packet(t->tcp, &pkt);
            break;
        case IKT_DECODE_IGNORED:
            t->stats.ignored++;
            break;
        case IKT_DECODE_FRAGMENT:
            t->stats.fragments++;
            frame_warning(t, W_FRAGMENT, fr.number, why);
            break;
        case IKT_DECODE_TRUNCATED:
            t->stats.truncated++;
            frame_warning(t, W_TRUNCATED, fr.number, why);
            break;
        case IKT_DECODE_MALFORMED:
            t->stats.malformed++;
            frame_warning(t, W_MALFORMED, fr.number, why);
            break;
        }
    }
    int result = 0;
    if (rc < 0) {
        snprintf(t->error, sizeof t->error, "capture damaged or cut short %s",
                 ikt_capture_error(t->cap));
        emit(t, 0, "warning", "%s", t->error);
        result = -1;
    }
    t->frame = 0;
    ikt_tcp_finish(t->tcp, t->last_ts);
    for (int k = 0; k < W_KINDS; k++)
        if (t->warnings[k] > t->opt.max_warnings)
            emit(t, 0, "warning", "%llu more %s warnings not shown",
                 (unsigned long long)(t->warnings[k] - t->opt.max_warnings), W_NAME[k]);
    if (t->dump && ikt_dump_error(t->dump)[0]) {
        if (result == 0)
            snprintf(t->error, sizeof t->error, "dump-streams: %s", ikt_dump_error(t->dump));
        result = -1;
    }
    return result;
}

void ikt_trace_stop(ikt_trace *t) { t->stop = 1; }

/* Pass-through: the tracker owns roles; the dump follows via the role event. */
int ikt_trace_set_server(ikt_trace *t, unsigned conn, int dir)
{
    return ikt_tcp_set_server(t->tcp, conn, dir);
}

const char *ikt_trace_error(const ikt_trace *t) { return t->error; }

/* Frame counts are ours; byte and connection counts are the tracker's. */
void ikt_trace_stats(const ikt_trace *t, ikt_stats *st)
{
    ikt_tcp_stats ts;
    ikt_tcp_get_stats(t->tcp, &ts);
    *st = t->stats;
    st->conns = ts.conns;
    st->bytes[0] = ts.bytes[0];
    st->bytes[1] = ts.bytes[1];
    st->gaps = ts.gaps;
    st->gap_bytes = ts.gap_bytes;
    st->dup_bytes = ts.dup_bytes;
}

/* Free in reverse order of use; the dump's files are flushed and closed. */
void ikt_trace_close(ikt_trace *t)
{
    if (t == NULL)
        return;
    ikt_tcp_free(t->tcp);
    ikt_dump_free(t->dump);
    ikt_capture_close(t->cap);
    free(t);
}
