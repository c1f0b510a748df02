/*
 * ikbench-etpan: libetpan's IMAP response parser on the same server streams.
 *
 *   ikbench-etpan parse|verify|once WORKLOAD FILE [--runs N] [--min-time S] [--passes N]
 *                [--expect MESSAGES]
 *
 * libetpan parses a *response* at a time: the continuation requests and
 * untagged data up to and including the tagged completion (mailimap_response_
 * parse, the function its own mailimap_fetch() & co. call after reading the
 * first line). Input comes through a mailstream, as from a socket: the
 * benchmark gives it a mailstream_low driver whose read() copies from the
 * workload in memory (what recv() would do), with the 8 KiB stream buffer
 * libetpan's socket driver uses. Each parsed response is freed with
 * mailimap_response_free, as a client must. Nothing else is timed.
 *
 * Honesty checks: every response must parse (an error stops the pass and is
 * reported), and the number of responses counted from libetpan's own result
 * lists (each untagged/continuation item plus the tagged completion) must
 * equal --expect, the number of messages imapkit's framer found in the same
 * bytes. libetpan has no command parser, so client streams are not run.
 */
#include "common.h"

#include <libetpan/libetpan.h>

/* libetpan installs no header for its parser entry points (mailimap_parser.h
 * is private); these are the exported symbols of libetpan 1.9. */
int mailimap_response_parse(mailstream *fd, MMAPString *buffer,
                            struct mailimap_parser_context *parser_ctx, size_t *indx,
                            struct mailimap_response **result, size_t progr_rate,
                            progress_function *progr_fun);

typedef struct src {
  const unsigned char *p;
  size_t len, off;
} src;

static ssize_t mem_read(mailstream_low *s, void *buf, size_t n) {
  src *m = s->data;
  size_t k = m->len - m->off;
  if (k > n) k = n;
  memcpy(buf, m->p + m->off, k);
  m->off += k;
  return (ssize_t)k;
}
static ssize_t mem_write(mailstream_low *s, const void *b, size_t n) {
  (void)s;
  (void)b;
  return (ssize_t)n;
}
static int mem_close(mailstream_low *s) {
  (void)s;
  return 0;
}
static int mem_get_fd(mailstream_low *s) {
  (void)s;
  return -1;
}
static void mem_free(mailstream_low *s) { free(s); }

static mailstream_low_driver mem_driver = {
    .mailstream_read = mem_read,
    .mailstream_write = mem_write,
    .mailstream_close = mem_close,
    .mailstream_get_fd = mem_get_fd,
    .mailstream_free = mem_free,
};

typedef struct ctx {
  const unsigned char *buf;
  size_t len;
  uint64_t responses, items, errors;
  size_t err_at;
  int err_code;
  uint64_t checksum;
} ctx;

__attribute__((noinline)) static uint64_t etpan_pass(ctx *c) {
  src m = {c->buf, c->len, 0};
  mailstream_low *low = mailstream_low_new(&m, &mem_driver);
  mailstream *st = mailstream_new(low, 8192);
  MMAPString *buffer = mmap_string_new("");
  struct mailimap_parser_context pctx;
  memset(&pctx, 0, sizeof pctx); /* no Rambler/QIP workarounds, no body handler */
  uint64_t msgs = 0;
  c->responses = c->items = 0;
  for (;;) {
    if (m.off >= m.len && st->read_buffer_len == 0) break;
    if (!mailstream_read_line(st, buffer)) break;
    size_t indx = 0;
    struct mailimap_response *r = NULL;
    int e = mailimap_response_parse(st, buffer, &pctx, &indx, &r, 0, NULL);
    if (e != MAILIMAP_NO_ERROR) {
      c->errors++;
      c->err_code = e;
      c->err_at = m.off;
      break;
    }
    c->responses++;
    if (r->rsp_cont_req_or_resp_data_list) {
      uint64_t n = (uint64_t)clist_count(r->rsp_cont_req_or_resp_data_list);
      c->items += n;
      msgs += n;
    }
    msgs++; /* the tagged completion */
    c->checksum += (uint64_t)indx;
    mailimap_response_free(r);
    /* libetpan's session drops a big line buffer between responses (mailimap.c) */
    if (buffer->allocated_len > 128 * 1024) {
      mmap_string_free(buffer);
      buffer = mmap_string_new("");
    }
  }
  mmap_string_free(buffer);
  mailstream_close(st);
  return msgs;
}

static uint64_t pass(void *v) { return etpan_pass(v); }

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: ikbench-etpan parse|verify|once WORKLOAD FILE [--runs N] "
                    "[--min-time S] [--passes N] [--expect MESSAGES]\n");
    return 2;
  }
  const char *mode = argv[1], *workload = argv[2];
  ikb_opts o;
  ikb_opts_default(&o);
  long long expect = -1;
  for (int i = 4; i < argc;) {
    int k = ikb_opt(&o, argc, argv, i);
    if (k) {
      i += k;
      continue;
    }
    if (!strcmp(argv[i], "--expect") && i + 1 < argc) {
      expect = atoll(argv[i + 1]);
      i += 2;
      continue;
    }
    fprintf(stderr, "ikbench-etpan: unknown option %s\n", argv[i]);
    return 2;
  }
  ctx c;
  memset(&c, 0, sizeof c);
  c.buf = ikb_load(argv[3], &c.len);
  long rss_loaded = ikb_maxrss_kb();

  if (!strcmp(mode, "once")) {
    /* one pass and nothing else: for callgrind (--toggle-collect=etpan_pass) */
    uint64_t n = etpan_pass(&c);
    printf("RESULT runner=libetpan-once workload=%s bytes=%zu msgs=%llu errors=%llu\n", workload,
           c.len, (unsigned long long)n, (unsigned long long)c.errors);
    return c.errors ? 1 : 0;
  }
  /* The untimed check first: everything parses, and the count is right. */
  uint64_t a0 = ikb_allocs(), f0 = ikb_frees;
  uint64_t msgs = etpan_pass(&c);
  uint64_t allocs = ikb_allocs() - a0, frees = ikb_frees - f0;
  int ok = c.errors == 0 && (expect < 0 || (long long)msgs == expect);
  if (c.errors)
    fprintf(stderr, "ikbench-etpan: %s: libetpan error %d near byte %zu after %llu responses\n",
            workload, c.err_code, c.err_at, (unsigned long long)c.responses);
  if (expect >= 0 && (long long)msgs != expect)
    fprintf(stderr, "ikbench-etpan: %s: libetpan saw %llu messages, imapkit %lld\n", workload,
            (unsigned long long)msgs, expect);
  char extra[400];
  snprintf(extra, sizeof extra,
           "responses=%llu items=%llu verified=%s expect=%lld mallocs_verify=%llu "
           "frees_verify=%llu rss_input_kb=%ld",
           (unsigned long long)c.responses, (unsigned long long)c.items, ok ? "yes" : "NO",
           expect, (unsigned long long)allocs, (unsigned long long)frees, rss_loaded);
  if (!strcmp(mode, "verify")) {
    printf("RESULT runner=libetpan-verify workload=%s bytes=%zu msgs=%llu allocs_per_msg=%.2f "
           "maxrss_kb=%ld %s\n",
           workload, c.len, (unsigned long long)msgs, msgs ? (double)allocs / (double)msgs : 0,
           ikb_maxrss_kb(), extra);
    return ok ? 0 : 1;
  }
  if (!ok) {
    printf("RESULT runner=libetpan workload=%s bytes=%zu failed=yes %s\n", workload, c.len, extra);
    return 1;
  }
  ikb_result r = ikb_measure(&o, c.len, pass, &c);
  ikb_print("libetpan", workload, c.len, &r, extra);
  return 0;
}
