/*
 * ikbench: imapkit's side of `make bench`.
 *
 *   ikbench MODE WORKLOAD FILE --side client|server [--runs N] [--min-time S]
 *           [--passes N]
 *
 * MODE
 *   parse   framer + ik_parse over the whole buffer, the arena reset before each
 *           message, the tree walked (its top-level chain folded into a
 *           checksum) so that nothing can be optimized away
 *   framer  ik_framer_next only
 *   json    parse, then ik_json_message into a discard writer (a 1 MiB ring,
 *           as a buffered FILE would be); the writer's own time is the
 *           difference from `parse` measured in the same run
 *   wire    parse, then ik_wire_message into the same ring
 *   once    one parse pass, nothing else (for callgrind: --toggle-collect=ik_pass)
 *   verify  one pass, not timed: messages, errors, generic messages and nodes,
 *           nodes per message, arena bytes per message (mean, max, and as a
 *           multiple of the message's size), literal bytes, and the process's
 *           malloc calls per message
 *
 * Prints one "RESULT key=value ..." line (see common.h); run.sh makes the table.
 */
#include "common.h"
#include "imapkit.h"
#include "imapkit_gen.h"

/* ---- the arena's allocator: counts the chunks it hands out ---- */
static uint64_t arena_chunk_allocs;
static void *count_alloc(void *ud, size_t n) {
  (void)ud;
  arena_chunk_allocs++;
  return malloc(n);
}
static void count_free(void *ud, void *p) {
  (void)ud;
  free(p);
}

typedef struct ctx {
  const unsigned char *buf;
  size_t len;
  ik_side side;
  ik_arena arena;
  uint64_t checksum;
  uint64_t errors;
  /* json / wire */
  unsigned char *ring;
  size_t ring_pos;
  uint64_t out_bytes;
} ctx;

static int ring_write(void *ud, const void *bytes, size_t n) {
  ctx *c = ud;
  const unsigned char *s = bytes;
  c->out_bytes += n;
  while (n) {
    size_t room = (1u << 20) - c->ring_pos, k = n < room ? n : room;
    memcpy(c->ring + c->ring_pos, s, k);
    c->ring_pos = (c->ring_pos + k) & ((1u << 20) - 1);
    s += k;
    n -= k;
  }
  return 0;
}

/* Folds the message's head and its top-level chain into the checksum. */
static inline uint64_t walk(const ik_message *m) {
  uint64_t h = m->name * 31u + m->kind + m->number;
  for (const ik_node *n = m->args; n; n = n->next)
    h = h * 1099511628211ull + n->kind + n->span.len + (n->child ? n->child->kind : 0);
  return h;
}

enum { OUT_NONE, OUT_JSON, OUT_WIRE };

/* One pass over the workload; the hot loop that callgrind measures. */
__attribute__((noinline)) static uint64_t ik_pass(ctx *c, int out) {
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, c->side, NULL);
  ik_parser_init(&p, c->side, 0, NULL);
  const unsigned char *buf = c->buf;
  size_t len = c->len, off = 0;
  uint64_t msgs = 0;
  ik_out_opts oo = {0, 0, NULL};
  while (off < len) {
    ik_frame fr;
    ik_frame_status st = ik_framer_next(&f, buf + off, len - off, &fr);
    if (st == IK_FRAME_CONTINUE) continue;
    if (st == IK_FRAME_MESSAGE) {
      ik_message *m;
      ik_error e;
      ik_arena_reset(&c->arena);
      if (ik_parse(&p, buf + off, fr.len, &c->arena, &m, &e) == IK_E_OK) {
        c->checksum += walk(m);
        if (out == OUT_JSON) {
          oo.offset = off;
          ik_json_message(m, &oo, ring_write, c);
        } else if (out == OUT_WIRE) {
          ik_wire_message(m, ring_write, c);
        }
      } else {
        c->errors++;
      }
      msgs++;
      off += fr.len;
    } else if (st == IK_FRAME_ERROR || st == IK_FRAME_SKIP) {
      c->errors++;
      msgs++;
      off += fr.len;
    } else {
      break; /* NEED_MORE at the end: a truncated workload */
    }
  }
  return msgs;
}

__attribute__((noinline)) static uint64_t framer_pass(ctx *c) {
  ik_framer f;
  ik_framer_init(&f, c->side, NULL);
  const unsigned char *buf = c->buf;
  size_t len = c->len, off = 0;
  uint64_t msgs = 0;
  while (off < len) {
    ik_frame fr;
    ik_frame_status st = ik_framer_next(&f, buf + off, len - off, &fr);
    if (st == IK_FRAME_CONTINUE) continue;
    if (st == IK_FRAME_NEED_MORE) break;
    c->checksum += fr.len;
    msgs++;
    off += fr.len;
  }
  return msgs;
}

static uint64_t pass_parse(void *v) { return ik_pass(v, OUT_NONE); }
static uint64_t pass_json(void *v) { return ik_pass(v, OUT_JSON); }
static uint64_t pass_wire(void *v) { return ik_pass(v, OUT_WIRE); }
static uint64_t pass_framer(void *v) { return framer_pass(v); }

/* ---- verify: the untimed statistics pass ---- */

static void count_nodes(const ik_node *n, uint64_t *nodes, uint64_t *generic, uint64_t *lit) {
  /* iterative, with an explicit stack: trees may be deep */
  const ik_node *stack[4200];
  size_t top = 0;
  while (n || top) {
    if (!n) {
      n = stack[--top];
      continue;
    }
    (*nodes)++;
    if (n->flags & IK_NF_GENERIC) (*generic)++;
    if ((n->form == IK_FORM_LITERAL || n->form == IK_FORM_LITERAL8) &&
        (n->kind == IK_N_STRING || n->kind == IK_N_MAILBOX))
      *lit += n->span.len;
    if (n->child) {
      if (n->next && top < sizeof stack / sizeof stack[0]) stack[top++] = n->next;
      n = n->child;
    } else {
      n = n->next;
    }
  }
}

static void verify(ctx *c, const char *workload) {
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, c->side, NULL);
  ik_parser_init(&p, c->side, 0, NULL);
  size_t off = 0;
  uint64_t msgs = 0, errors = 0, gmsgs = 0, nodes = 0, gnodes = 0, lit = 0, quirks = 0;
  uint64_t arena_sum = 0, arena_max = 0;
  double ratio_max = 0, ratio_max_big = 0;
  size_t ratio_max_len = 0;
  uint64_t a0 = ikb_allocs(), chunks0 = arena_chunk_allocs;
  int printed = 0;
  while (off < c->len) {
    ik_frame fr;
    ik_frame_status st = ik_framer_next(&f, c->buf + off, c->len - off, &fr);
    if (st == IK_FRAME_CONTINUE) continue;
    if (st == IK_FRAME_NEED_MORE) break;
    msgs++;
    if (st != IK_FRAME_MESSAGE) {
      errors++;
      if (printed++ < 3)
        fprintf(stderr, "ikbench: %s: framing error %s at byte %zu\n", workload,
                ik_status_name(fr.error.code), off + fr.error.offset);
      off += fr.len;
      continue;
    }
    ik_message *m;
    ik_error e;
    ik_arena_reset(&c->arena);
    if (ik_parse(&p, c->buf + off, fr.len, &c->arena, &m, &e) != IK_E_OK) {
      errors++;
      if (printed++ < 3)
        fprintf(stderr, "ikbench: %s: %s at byte %zu (expected %s): %.60s\n", workload,
                ik_status_name(e.code), off + e.offset, e.expected, c->buf + off);
    } else {
      if (m->flags & IK_MF_GENERIC) gmsgs++;
      if (m->quirks) quirks++;
      count_nodes(m->args, &nodes, &gnodes, &lit);
    }
    uint64_t used = c->arena.total;
    arena_sum += used;
    if (used > arena_max) arena_max = used;
    double r = (double)used / (double)fr.len;
    if (r > ratio_max) {
      ratio_max = r;
      ratio_max_len = fr.len;
    }
    if (fr.len >= 1024 && r > ratio_max_big) ratio_max_big = r;
    off += fr.len;
  }
  uint64_t allocs = ikb_allocs() - a0, chunks = arena_chunk_allocs - chunks0;
  printf("RESULT runner=imapkit-verify workload=%s bytes=%zu msgs=%llu errors=%llu "
         "generic_msgs=%llu nodes=%llu generic_nodes=%llu quirk_msgs=%llu literal_bytes=%llu "
         "arena_mean=%.0f arena_max=%llu arena_ratio_total=%.2f arena_ratio_max=%.1f "
         "arena_ratio_max_len=%zu arena_ratio_max_1k=%.2f arena_chunks=%llu "
         "mallocs_per_msg=%.4f arena_peak=%zu maxrss_kb=%ld\n",
         workload, c->len, (unsigned long long)msgs, (unsigned long long)errors,
         (unsigned long long)gmsgs, (unsigned long long)nodes, (unsigned long long)gnodes,
         (unsigned long long)quirks, (unsigned long long)lit,
         msgs ? (double)arena_sum / (double)msgs : 0, (unsigned long long)arena_max,
         (double)arena_sum / (double)c->len, ratio_max, ratio_max_len, ratio_max_big,
         (unsigned long long)chunks, msgs ? (double)allocs / (double)msgs : 0, c->arena.peak,
         ikb_maxrss_kb());
}

static void usage(void) {
  fprintf(stderr, "usage: ikbench parse|framer|json|wire|once|verify WORKLOAD FILE "
                  "--side client|server [--runs N] [--min-time S] [--passes N]\n");
  exit(2);
}

int main(int argc, char **argv) {
  if (argc < 4) usage();
  const char *mode = argv[1], *workload = argv[2], *path = argv[3];
  ikb_opts o;
  ikb_opts_default(&o);
  ik_side side = IK_SIDE_AUTO;
  for (int i = 4; i < argc;) {
    int k = ikb_opt(&o, argc, argv, i);
    if (k) {
      i += k;
      continue;
    }
    if (!strcmp(argv[i], "--side") && i + 1 < argc) {
      side = !strcmp(argv[i + 1], "client") ? IK_SIDE_CLIENT : IK_SIDE_SERVER;
      i += 2;
      continue;
    }
    usage();
  }
  ctx c;
  memset(&c, 0, sizeof c);
  c.buf = ikb_load(path, &c.len);
  c.side = side;
  long rss_loaded = ikb_maxrss_kb();
  ik_allocator al = {count_alloc, count_free, NULL};
  ik_arena_init_growable(&c.arena, &al);
  c.ring = malloc(1u << 20);

  if (!strcmp(mode, "verify")) {
    verify(&c, workload);
    return 0;
  }
  if (!strcmp(mode, "once")) {
    /* one parse pass and nothing else: for callgrind (--toggle-collect=ik_pass) */
    uint64_t n = ik_pass(&c, OUT_NONE);
    printf("RESULT runner=imapkit-once workload=%s bytes=%zu msgs=%llu errors=%llu\n", workload,
           c.len, (unsigned long long)n, (unsigned long long)c.errors);
    return 0;
  }
  ikb_pass_fn fn = !strcmp(mode, "parse")    ? pass_parse
                   : !strcmp(mode, "framer") ? pass_framer
                   : !strcmp(mode, "json")   ? pass_json
                   : !strcmp(mode, "wire")   ? pass_wire
                                             : NULL;
  if (!fn) usage();
  /* warm-up pass: page the input in, grow the arena to its working size */
  fn(&c);
  uint64_t chunks0 = arena_chunk_allocs;
  c.errors = 0;
  c.out_bytes = 0;
  ikb_result r;
  char extra[512];
  if (!strcmp(mode, "json") || !strcmp(mode, "wire")) {
    /* Each run: parse-only passes, then parse+write passes; the writer's rate is
     * its output over the difference. */
    double wr[IKB_MAX_RUNS], in[IKB_MAX_RUNS];
    int runs = o.runs < 1 ? 1 : o.runs > IKB_MAX_RUNS ? IKB_MAX_RUNS : o.runs;
    ikb_opts one = o;
    one.runs = 1;
    ikb_result tot;
    memset(&tot, 0, sizeof tot);
    uint64_t out_per_pass = 0;
    for (int k = 0; k < runs; k++) {
      ikb_result rp = ikb_measure(&one, c.len, pass_parse, &c);
      uint64_t ob = c.out_bytes;
      ikb_result rw = ikb_measure(&one, c.len, fn, &c);
      out_per_pass = (c.out_bytes - ob) / (rw.passes ? rw.passes : 1);
      double t_parse = (double)c.len / (rp.mbs.med * 1e6); /* s per pass */
      double t_both = (double)c.len / (rw.mbs.med * 1e6);
      double t_w = t_both - t_parse;
      wr[k] = t_w > 0 ? (double)out_per_pass / t_w / 1e6 : 0;
      in[k] = rw.mbs.med;
      tot.cpu += rw.cpu;
      tot.wall += rw.wall;
      tot.passes += rw.passes;
      tot.msgs_per_pass = rw.msgs_per_pass;
      tot.msgs = rw.msgs;
      tot.allocs += rw.allocs;
    }
    ikb_stat ws = ikb_stats(wr, runs);
    tot.mbs = ikb_stats(in, runs);
    /* messages/s of the combined parse+write */
    tot.msgs.med = tot.mbs.med * 1e6 / (double)c.len * (double)tot.msgs_per_pass;
    tot.msgs.min = tot.mbs.min * 1e6 / (double)c.len * (double)tot.msgs_per_pass;
    tot.msgs.max = tot.mbs.max * 1e6 / (double)c.len * (double)tot.msgs_per_pass;
    snprintf(extra, sizeof extra,
             "out_bytes=%llu writer_mbs_med=%.1f writer_mbs_min=%.1f writer_mbs_max=%.1f "
             "errors=%llu",
             (unsigned long long)out_per_pass, ws.med, ws.min, ws.max,
             (unsigned long long)c.errors);
    r = tot;
  } else {
    r = ikb_measure(&o, c.len, fn, &c);
    snprintf(extra, sizeof extra,
             "errors=%llu arena_chunk_allocs=%llu arena_peak=%zu rss_input_kb=%ld checksum=%llx",
             (unsigned long long)(c.errors / (r.passes ? r.passes : 1)),
             (unsigned long long)(arena_chunk_allocs - chunks0), c.arena.peak, rss_loaded,
             (unsigned long long)c.checksum);
  }
  char name[32];
  snprintf(name, sizeof name, "imapkit-%s", mode);
  ikb_print(name, workload, c.len, &r, extra);
  ik_arena_free(&c.arena);
  return 0;
}
