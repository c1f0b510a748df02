/*
 * The oracles every parsing harness shares (see fuzz_common.h), and the
 * stream driver that frames a byte stream and checks every message of it.
 */
#include "fuzz_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define IKF_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define IKF_ASAN 1
#endif
#endif
#ifdef IKF_ASAN
#include <sanitizer/asan_interface.h>
#endif

const char *ikf_context = NULL;

/* Campaigns can set IKF_KNOWN to a comma-separated list of known, reported,
 * still open findings, so that they do not drown everything else; tests and
 * `make fuzz-smoke` never set it. */
int ikf_known(const char *id) {
  const char *k = getenv("IKF_KNOWN");
  size_t n = strlen(id);
  while (k && *k) {
    const char *e = strchr(k, ',');
    size_t l = e ? (size_t)(e - k) : strlen(k);
    if (l == n && memcmp(k, id, n) == 0) return 1;
    k = e ? e + 1 : NULL;
  }
  return 0;
}

void ikf_fail(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "\nimapkit fuzz oracle failed: ");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n");
  if (ikf_context) fprintf(stderr, "  input: %s\n", ikf_context);
  fflush(stderr);
  abort();
}

/* ------------------------------------------------------------------------ */
/* memory */

unsigned char *ikf_dup(const void *p, size_t n) {
  unsigned char *d = malloc(n ? n : 1);
  if (!d) ikf_fail("out of memory (%zu bytes)", n);
  if (n) memcpy(d, p, n);
  return d;
}

void ikf_poison(const void *p, size_t n) {
#ifdef IKF_ASAN
  if (n) __asan_poison_memory_region(p, n);
#else
  (void)p;
  (void)n;
#endif
}

void ikf_unpoison(const void *p, size_t n) {
#ifdef IKF_ASAN
  if (n) __asan_unpoison_memory_region(p, n);
#else
  (void)p;
  (void)n;
#endif
}

int ikf_buf_write(void *ud, const void *bytes, size_t n) {
  ikf_buf *b = ud;
  if (b->failed) ikf_fail("a writer went on writing after its sink failed");
  if (b->budget && b->len + n > b->budget) {
    b->failed = 1;
    return -1;
  }
  if (n > b->cap - b->len) {
    size_t nc = b->cap ? b->cap : 256;
    while (nc - b->len < n) nc *= 2;
    unsigned char *np = realloc(b->p, nc);
    if (!np) ikf_fail("out of memory (%zu bytes)", nc);
    b->p = np;
    b->cap = nc;
  }
  if (n) memcpy(b->p + b->len, bytes, n);
  b->len += n;
  return 0;
}

void ikf_buf_free(ikf_buf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}

/* ------------------------------------------------------------------------ */
/* trees: an explicit stack (trees may be thousands of levels deep) */

typedef struct ikf_pair {
  const ik_node *a, *b;
  uint32_t depth;
} ikf_pair;

typedef struct ikf_stack {
  ikf_pair *v;
  size_t n, cap;
} ikf_stack;

static void st_push(ikf_stack *s, const ik_node *a, const ik_node *b, uint32_t depth) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 64;
    ikf_pair *nv = realloc(s->v, s->cap * sizeof *nv);
    if (!nv) ikf_fail("out of memory");
    s->v = nv;
  }
  s->v[s->n].a = a;
  s->v[s->n].b = b;
  s->v[s->n].depth = depth;
  s->n++;
}

static const char *kind_name(unsigned k) {
  return k < IK_N__COUNT ? ik_node_kind_name((ik_node_kind)k) : "?";
}

static int span_in(ik_span s, size_t len) { return (uint64_t)s.off + s.len <= (uint64_t)len; }

int ikf_has_elided(const ik_message *m) {
  ikf_stack s = {0};
  int found = 0;
  if (m->args) st_push(&s, m->args, NULL, 1);
  while (s.n && !found) {
    const ik_node *n = s.v[--s.n].a;
    if (n->flags & IK_NF_ELIDED) found = 1;
    if (n->next) st_push(&s, n->next, NULL, 0);
    if (n->child) st_push(&s, n->child, NULL, 0);
  }
  free(s.v);
  return found;
}

void ikf_check_result(ik_status st, const ik_message *m, const ik_error *e,
                      const unsigned char *buf, size_t len, const ik_parser *p, int strict) {
  IKF_CHECK((unsigned)st < IK_E__COUNT, "ik_parse returned status %d", (int)st);
  if (st != IK_E_OK) {
    IKF_CHECK(m == NULL, "ik_parse failed with %s but returned a message", ik_status_name(st));
    IKF_CHECK(e->code == st, "ik_parse returned %s but the error says %s", ik_status_name(st),
              ik_status_name(e->code));
    IKF_CHECK(e->offset <= len, "%s at offset %zu, past the end of the %zu-byte message",
              ik_status_name(st), e->offset, len);
    IKF_CHECK(e->expected != NULL, "%s without an \"expected\" string", ik_status_name(st));
    return;
  }
  IKF_CHECK(m != NULL, "ik_parse succeeded without a message");
  IKF_CHECK(m->base == buf && m->len == len, "message base/len do not describe the input");
  IKF_CHECK(m->side == p->side && p->side != IK_SIDE_AUTO, "message side %d, parser side %d",
            m->side, (int)p->side);
  if (m->side == IK_SIDE_SERVER)
    IKF_CHECK(m->kind == IK_MSG_TAGGED || m->kind == IK_MSG_UNTAGGED ||
                  m->kind == IK_MSG_CONTINUATION,
              "server message of kind %d", m->kind);
  else
    IKF_CHECK(m->kind == IK_MSG_COMMAND || m->kind == IK_MSG_DATA, "client message of kind %d",
              m->kind);
  IKF_CHECK((unsigned)m->name < IK_KW__COUNT && (unsigned)m->sub < IK_KW__COUNT,
            "keyword out of range");
  IKF_CHECK(span_in(m->tag, len) && span_in(m->name_span, len), "tag or name span out of range");
  if (strict)
    IKF_CHECK(!m->quirks && !(m->flags & IK_MF_QUIRKS), "the strict parser recorded a quirk");
  IKF_CHECK(!m->quirks == !(m->flags & IK_MF_QUIRKS), "IK_MF_QUIRKS does not match the quirk list");
  size_t nq = 0;
  for (const ik_quirk *q = m->quirks; q; q = q->next) {
    IKF_CHECK(q->kind < IK_Q__COUNT, "quirk kind %u out of range", q->kind);
    IKF_CHECK(q->offset <= len, "quirk at %u, past the end (%zu)", q->offset, len);
    IKF_CHECK(++nq <= 4 * len + 16, "more quirks than bytes (a cycle?)");
  }
  /* every node */
  ikf_stack s = {0};
  size_t nodes = 0;
  uint32_t max_levels = p->limits.max_depth + 1;
  if (m->args) st_push(&s, m->args, NULL, 1);
  while (s.n) {
    ikf_pair pr = s.v[--s.n];
    const ik_node *n = pr.a;
    IKF_CHECK(++nodes <= 8 * len + 64, "more nodes than the message can hold (a cycle?)");
    IKF_CHECK(n->kind < IK_N__COUNT, "node kind %u out of range", n->kind);
    IKF_CHECK(n->form <= IK_FORM_NIL, "node form %u out of range", n->form);
    IKF_CHECK(n->id < IK_KW__COUNT, "node keyword %u out of range", n->id);
    IKF_CHECK(span_in(n->span, len), "%s node span %u+%u past the end of the %zu-byte message",
              kind_name(n->kind), n->span.off, n->span.len, len);
    if (n->flags & IK_NF_ELIDED)
      IKF_CHECK(n->span.len == 0, "an elided literal with bytes in the message");
    IKF_CHECK(pr.depth <= max_levels, "tree %u levels deep, limit %u", pr.depth,
              p->limits.max_depth);
    if (n->next) st_push(&s, n->next, NULL, pr.depth);
    if (n->child) st_push(&s, n->child, NULL, pr.depth + 1);
  }
  free(s.v);
}

/* The value of a string-like node: unescaped quoted content, else the span. */
static const unsigned char *str_value(const ik_message *m, const ik_node *n, size_t *len,
                                      unsigned char **tmp) {
  const unsigned char *raw = m->base + n->span.off;
  *tmp = NULL;
  if (n->form == IK_FORM_QUOTED && (n->flags & IK_NF_ESCAPES)) {
    size_t need = ik_unquote(raw, n->span.len, NULL, 0);
    *tmp = malloc(need ? need : 1);
    if (!*tmp) ikf_fail("out of memory");
    *len = ik_unquote(raw, n->span.len, *tmp, need);
    return *tmp;
  }
  *len = n->span.len;
  return raw;
}

static int form_class(int f) {
  switch (f) {
  case IK_FORM_ATOM:
  case IK_FORM_QUOTED:
  case IK_FORM_LITERAL:
    return 1; /* a string, however it was written */
  default:
    return f + 8;
  }
}

static int ieq_bytes(const unsigned char *a, const unsigned char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char x = a[i], y = b[i];
    if (x >= 'a' && x <= 'z') x = (unsigned char)(x - 32);
    if (y >= 'a' && y <= 'z') y = (unsigned char)(y - 32);
    if (x != y) return 0;
  }
  return 1;
}

/* Flags that say how a value was written, not what it is. */
#define IKF_FORM_FLAGS (IK_NF_ESCAPES | IK_NF_NONSYNC | IK_NF_QUIRK)

static int node_equal(const ik_message *ma, const ik_node *a, const ik_message *mb,
                      const ik_node *b, int mode, char *why, size_t wl) {
  /* an error item's num is the offset of its error: a position, not a value */
  int num_is_pos = mode == IKF_VALUE && (a->flags & b->flags & IK_NF_ERROR);
  if (a->kind != b->kind || a->id != b->id || (a->num != b->num && !num_is_pos)) {
    snprintf(why, wl, "%s/%u #%llu vs %s/%u #%llu", kind_name(a->kind), a->id,
             (unsigned long long)a->num, kind_name(b->kind), b->id, (unsigned long long)b->num);
    return 0;
  }
  if (mode == IKF_EXACT) {
    if (a->form != b->form || a->flags != b->flags || a->span.off != b->span.off ||
        a->span.len != b->span.len) {
      snprintf(why, wl, "%s node: form %u/%u flags %#x/%#x span %u+%u / %u+%u",
               kind_name(a->kind), a->form, b->form, a->flags, b->flags, a->span.off,
               a->span.len, b->span.off, b->span.len);
      return 0;
    }
    return 1;
  }
  if (form_class(a->form) != form_class(b->form) ||
      (a->flags & ~IKF_FORM_FLAGS) != (b->flags & ~IKF_FORM_FLAGS)) {
    snprintf(why, wl, "%s node: form %u/%u flags %#x/%#x", kind_name(a->kind), a->form, b->form,
             a->flags, b->flags);
    return 0;
  }
  int compare = 0;
  if (a->form != IK_FORM_NONE && a->form != IK_FORM_NIL)
    compare = 1; /* a string: its value */
  else if (a->form == IK_FORM_NONE && !a->child && !b->child && a->kind != IK_N_NUMBER &&
           a->kind != IK_N_SEQ_NUM && a->kind != IK_N_DATE && a->kind != IK_N_DATETIME &&
           a->kind != IK_N_LIST && a->kind != IK_N_BRACKET && a->kind != IK_N_FLAG_LIST &&
           a->kind != IK_N_SEQSET)
    compare = 2; /* a leaf that is its bytes (text, flag, ...) */
  if (!compare) return 1;
  unsigned char *ta, *tb;
  size_t la, lb;
  const unsigned char *va = str_value(ma, a, &la, &ta), *vb = str_value(mb, b, &lb, &tb);
  int same = la == lb && (a->id ? ieq_bytes(va, vb, la) : memcmp(va, vb, la) == 0);
  if (!same)
    snprintf(why, wl, "%s node: \"%.*s\" vs \"%.*s\"", kind_name(a->kind), (int)(la > 60 ? 60 : la),
             (const char *)va, (int)(lb > 60 ? 60 : lb), (const char *)vb);
  free(ta);
  free(tb);
  return same;
}

int ikf_msg_equal(const ik_message *a, const ik_message *b, int mode, char *why, size_t whylen) {
  char tmp[256];
  if (!why || !whylen) {
    why = tmp;
    whylen = sizeof tmp;
  }
  why[0] = 0;
  unsigned fmask = mode == IKF_EXACT ? 0xFFFFu : (0xFFFFu & ~(unsigned)IK_MF_QUIRKS);
  if (a->kind != b->kind || a->side != b->side || a->name != b->name || a->sub != b->sub ||
      a->has_number != b->has_number || a->number != b->number ||
      (a->flags & fmask) != (b->flags & fmask)) {
    snprintf(why, whylen, "message heads differ: kind %u/%u name %s/%s sub %s/%s number %llu/%llu "
             "flags %#x/%#x",
             a->kind, b->kind, ik_keyword_name(a->name), ik_keyword_name(b->name),
             ik_keyword_name(a->sub), ik_keyword_name(b->sub), (unsigned long long)a->number,
             (unsigned long long)b->number, a->flags, b->flags);
    return 0;
  }
  if (mode == IKF_EXACT) {
    if (a->tag.off != b->tag.off || a->tag.len != b->tag.len ||
        a->name_span.off != b->name_span.off || a->name_span.len != b->name_span.len) {
      snprintf(why, whylen, "tag or name spans differ");
      return 0;
    }
    const ik_quirk *qa = a->quirks, *qb = b->quirks;
    for (; qa && qb; qa = qa->next, qb = qb->next)
      if (qa->kind != qb->kind || qa->offset != qb->offset) break;
    if (qa || qb) {
      snprintf(why, whylen, "quirk lists differ");
      return 0;
    }
  } else {
    if (a->tag.len != b->tag.len ||
        memcmp(a->base + a->tag.off, b->base + b->tag.off, a->tag.len) != 0) {
      snprintf(why, whylen, "tags differ");
      return 0;
    }
    if (!a->name && !(a->flags & IK_MF_UID) &&
        (a->name_span.len != b->name_span.len ||
         !ieq_bytes(a->base + a->name_span.off, b->base + b->name_span.off, a->name_span.len))) {
      snprintf(why, whylen, "unknown names differ");
      return 0;
    }
  }
  ikf_stack s = {0};
  int eq = 1;
  size_t pos = 0;
  st_push(&s, a->args, b->args, 1);
  while (s.n && eq) {
    ikf_pair pr = s.v[--s.n];
    if (!pr.a || !pr.b) {
      if (pr.a || pr.b) {
        snprintf(why, whylen, "node %zu (level %u): %s vs %s", pos, pr.depth,
                 pr.a ? kind_name(pr.a->kind) : "nothing", pr.b ? kind_name(pr.b->kind) : "nothing");
        eq = 0;
      }
      continue;
    }
    pos++;
    char w[200];
    if (!node_equal(a, pr.a, b, pr.b, mode, w, sizeof w)) {
      snprintf(why, whylen, "node %zu (level %u): %s", pos, pr.depth, w);
      eq = 0;
      break;
    }
    st_push(&s, pr.a->next, pr.b->next, pr.depth);
    st_push(&s, pr.a->child, pr.b->child, pr.depth + 1);
  }
  free(s.v);
  return eq;
}

/* ------------------------------------------------------------------------ */
/* options */

void ikf_opts_from_byte(ikf_opts *o, ik_side side, uint8_t cfg) {
  memset(o, 0, sizeof *o);
  o->frame_side = side == IK_SIDE_AUTO ? IK_SIDE_CLIENT : side;
  o->parse_side = side;
  ik_limits_default(&o->limits);
  switch (cfg & 3u) {
  case 1: /* small: limits are reached */
    o->limits.max_depth = 8;
    o->limits.max_line = 1024;
    o->limits.max_literal = 4096;
    o->limits.max_literals = 4;
    o->limits.max_message = 16384;
    break;
  case 2: /* tiny */
    o->limits.max_depth = 3;
    o->limits.max_line = 64;
    o->limits.max_literal = 16;
    o->limits.max_literals = 2;
    o->limits.max_message = 160;
    break;
  case 3: /* literals of 8 bytes and more are streamed */
    o->limits.stream_literal = 8;
    break;
  default:
    break;
  }
  o->fixed_arena = (size_t)2048 << ((cfg >> 2) & 7u);
  o->out_flags = (cfg & 0x20u) ? (IK_OUT_SHOW_SECRETS | IK_OUT_COLOR) : 0;
}

/* ------------------------------------------------------------------------ */
/* the per-message oracles */

/* The most arena a message may need: the parser's stacks plus a linear bound. */
static size_t mem_bound(const ik_parser *p, size_t len) {
  return (size_t)65536 + 3u * 8u * ((size_t)p->limits.max_depth + 8u) + (size_t)256 * len;
}

static void check_same(const char *what, ik_status s1, const ik_message *m1, const ik_error *e1,
                       const ik_parser *p1, ik_status s2, const ik_message *m2,
                       const ik_error *e2, const ik_parser *p2) {
  char why[512];
  IKF_CHECK(s1 == s2, "%s: %s at %zu, but %s at %zu", what, ik_status_name(s1),
            s1 ? e1->offset : 0, ik_status_name(s2), s2 ? e2->offset : 0);
  if (s1 != IK_E_OK) {
    IKF_CHECK(e1->offset == e2->offset && strcmp(e1->expected, e2->expected) == 0,
              "%s: %s at %zu (expected %s), but at %zu (expected %s)", what, ik_status_name(s1),
              e1->offset, e1->expected, e2->offset, e2->expected);
    return;
  }
  IKF_CHECK(ikf_msg_equal(m1, m2, IKF_EXACT, why, sizeof why), "%s: trees differ: %s", what, why);
  IKF_CHECK(p1->idling == p2->idling && p1->authenticating == p2->authenticating &&
                p1->side == p2->side,
            "%s: session states differ", what);
}

/* Parses with a fixed arena of `cap` bytes: with at least `need` bytes the
 * result is exactly the growable arena's, with less it is IK_E_NO_MEMORY (or,
 * when the growable arena's result is an error, that same error). */
static void check_fixed(const ik_parser *pre, const unsigned char *buf, size_t len, size_t cap,
                        size_t need, ik_status sl, const ik_message *ml, const ik_error *el,
                        const ik_parser *pl) {
  unsigned char *mem = malloc(cap ? cap : 1);
  if (!mem) ikf_fail("out of memory");
  ik_arena fa;
  ik_arena_init(&fa, mem, cap);
  ik_parser fp = *pre;
  ik_message *mf = NULL;
  ik_error ef;
  ik_status sf = ik_parse(&fp, buf, len, &fa, &mf, &ef);
  ikf_check_result(sf, mf, &ef, buf, len, &fp, (pre->options & IK_PARSE_STRICT) != 0);
  IKF_CHECK(fa.used <= cap, "fixed arena overrun: %zu of %zu bytes", fa.used, cap);
  if (cap >= need) {
    char what[96];
    snprintf(what, sizeof what, "fixed arena of %zu bytes (%zu needed)", cap, need);
    check_same(what, sl, ml, el, pl, sf, mf, &ef, &fp);
  } else if (sf != IK_E_NO_MEMORY) {
    /* Too small: IK_E_NO_MEMORY, unless the allocation that failed belonged to
     * an attempt whose result is dropped anyway (the lenient fallback after a
     * syntax error that it does not rescue): then the growable arena's error. */
    IKF_CHECK(sl != IK_E_OK,
              "fixed arena of %zu bytes (%zu needed): %s at %zu (expected %s) instead of "
              "IK_E_NO_MEMORY, for a message that parses with enough arena",
              cap, need, ik_status_name(sf), sf ? ef.offset : 0, sf ? ef.expected : "");
    char what[96];
    snprintf(what, sizeof what, "fixed arena of %zu bytes (%zu needed)", cap, need);
    check_same(what, sl, ml, el, pl, sf, mf, &ef, &fp);
  }
  free(mem);
}

static void check_writers(const ik_message *m, const ikf_opts *o) {
  ik_out_opts oo = {o->out_flags, 1234567, NULL};
  ikf_buf jb = {0};
  size_t at = 0;
  IKF_CHECK(ik_json_message(m, &oo, ikf_buf_write, &jb) == 0, "the JSON writer failed");
  IKF_CHECK(jb.len >= 3 && jb.p[jb.len - 1] == '\n', "JSON output is not one line");
  IKF_CHECK(memchr(jb.p, '\n', jb.len - 1) == NULL, "JSON output holds a raw newline");
  if (!ikf_json_valid(jb.p, jb.len - 1, '{', &at)) {
    size_t from = at > 80 ? at - 80 : 0;
    ikf_fail("invalid JSON at byte %zu of %zu: ...%.*s<<<HERE>>>%.*s", at, jb.len,
             (int)(at - from), (const char *)jb.p + from,
             (int)(jb.len - at > 40 ? 40 : jb.len - at), (const char *)jb.p + at);
  }
  /* the writer stops when its sink fails */
  ikf_buf fb = {0};
  fb.budget = jb.len / 2;
  IKF_CHECK(ik_json_message(m, &oo, ikf_buf_write, &fb) != 0,
            "the JSON writer did not report its sink's failure");
  ikf_buf_free(&fb);
  ikf_buf_free(&jb);

  ikf_buf pb = {0};
  IKF_CHECK(ik_pretty_message(m, &oo, ikf_buf_write, &pb) == 0, "the pretty writer failed");
  if (pb.len > 1) {
    ikf_buf fp = {0};
    fp.budget = pb.len / 2;
    IKF_CHECK(ik_pretty_message(m, &oo, ikf_buf_write, &fp) != 0,
              "the pretty writer did not report its sink's failure");
    ikf_buf_free(&fp);
  }
  ikf_buf_free(&pb);
}

/* Round trip: generate, frame, parse again, compare; generate again, same bytes. */
static void check_roundtrip(const ik_parser *pre, const ik_message *m, const ikf_opts *o) {
  char why[512];
  if (ikf_has_elided(m)) return; /* the literal's bytes were streamed away */
  ikf_buf wb = {0};
  IKF_CHECK(ik_wire_message(m, ikf_buf_write, &wb) == 0,
            "the wire writer failed on a message the parser accepted");
  IKF_CHECK(wb.len > 0 && wb.p[wb.len - 1] == '\n', "the wire writer's message does not end in LF");
  unsigned char *w = ikf_dup(wb.p, wb.len);

  ik_limits big = pre->limits;
  big.max_line = 0xFFFFFFFFu;
  big.max_literal = UINT64_MAX;
  big.max_message = 0;
  big.max_literals = 0xFFFFFFFFu;
  big.stream_literal = 0;
  ik_framer wf;
  ik_framer_init(&wf, o->frame_side, &big);
  ik_frame fr;
  ik_frame_status fs;
  int guard = 0;
  do {
    fs = ik_framer_next(&wf, w, wb.len, &fr);
    IKF_CHECK(++guard < 100000, "framing the generated message makes no progress");
  } while (fs == IK_FRAME_CONTINUE);
  IKF_CHECK(fs == IK_FRAME_MESSAGE && fr.len == wb.len,
            "the generated %zu bytes do not frame as one message (status %d, len %zu): %.*s",
            wb.len, (int)fs, fr.len, (int)(wb.len > 200 ? 200 : wb.len), (const char *)w);

  ik_parser rp = *pre;
  rp.limits.stream_literal = 0;
  ik_arena ra;
  ik_arena_init_growable(&ra, NULL);
  ra.max_total = mem_bound(&rp, wb.len);
  ik_message *mr = NULL;
  ik_error er;
  ik_status rs = ik_parse(&rp, w, wb.len, &ra, &mr, &er);
  ikf_check_result(rs, mr, &er, w, wb.len, &rp, 0);
  IKF_CHECK(rs == IK_E_OK, "the generated message does not parse: %s at %zu (expected %s): %.*s",
            ik_status_name(rs), er.offset, er.expected, (int)(wb.len > 200 ? 200 : wb.len),
            (const char *)w);
  IKF_CHECK(ikf_msg_equal(m, mr, IKF_VALUE, why, sizeof why),
            "round trip: the generated message parses to another tree: %s", why);
  ikf_buf w2 = {0};
  IKF_CHECK(ik_wire_message(mr, ikf_buf_write, &w2) == 0, "the wire writer failed on its own output");
  IKF_CHECK(w2.len == wb.len && memcmp(w2.p, wb.p, wb.len) == 0,
            "round trip: generating the reparsed tree gives other bytes");
  ikf_buf_free(&w2);

  /* the generator's own statement of the property must agree */
  size_t scap = 4 * wb.len + 4096;
  unsigned char *scratch = malloc(scap);
  if (!scratch) ikf_fail("out of memory");
  ik_arena_reset(&ra);
  IKF_CHECK(ik_roundtrip_check(pre, m->base, m->len, 0, &ra, scratch, scap, why, sizeof why) == 0,
            "ik_roundtrip_check: %s", why);
  free(scratch);
  ik_arena_free(&ra);
  free(w);
  ikf_buf_free(&wb);
}

void ikf_check_message(ik_parser *p, const unsigned char *msg, size_t len, const ikf_opts *o) {
  unsigned char *buf = ikf_dup(msg, len);
  const ik_parser pre = *p;
  const int strict = (pre.options & IK_PARSE_STRICT) != 0;
  char why[512];

  /* the session's parse: growable arena, linear bound */
  ik_arena ga;
  ik_arena_init_growable(&ga, NULL);
  size_t bound = mem_bound(&pre, len);
  ga.max_total = bound;
  ik_message *ml = NULL;
  ik_error el;
  ik_status sl = ik_parse(p, buf, len, &ga, &ml, &el);
  ikf_check_result(sl, ml, &el, buf, len, p, strict);
  IKF_CHECK(sl != IK_E_NO_MEMORY, "a %zu-byte message needs more than %zu bytes of arena", len,
            bound);
  size_t need = ga.total;

  /* strict implies lenient */
  if (!strict) {
    ik_parser sp = pre;
    sp.options |= IK_PARSE_STRICT;
    ik_arena sa;
    ik_arena_init_growable(&sa, NULL);
    sa.max_total = bound;
    ik_message *ms = NULL;
    ik_error es;
    ik_status ss = ik_parse(&sp, buf, len, &sa, &ms, &es);
    ikf_check_result(ss, ms, &es, buf, len, &sp, 1);
    IKF_CHECK(ss != IK_E_NO_MEMORY, "strict: a %zu-byte message needs more than %zu bytes", len,
              bound);
    if (ss == IK_E_OK) {
      IKF_CHECK(sl == IK_E_OK, "strict accepts, lenient rejects: %s at %zu (expected %s)",
                ik_status_name(sl), el.offset, el.expected);
      IKF_CHECK(ikf_msg_equal(ms, ml, IKF_EXACT, why, sizeof why),
                "strict and lenient trees differ: %s", why);
      IKF_CHECK(sp.idling == p->idling && sp.authenticating == p->authenticating &&
                    sp.side == p->side,
                "strict and lenient session states differ");
    }
    ik_arena_free(&sa);
  }

  /* bounded arena */
  check_fixed(&pre, buf, len, need, need, sl, ml, &el, p);
  if (need >= 8) check_fixed(&pre, buf, len, need - 8, need, sl, ml, &el, p);
  if (o->fixed_arena != need) check_fixed(&pre, buf, len, o->fixed_arena, need, sl, ml, &el, p);

  if (sl == IK_E_OK) {
    check_writers(ml, o);
    check_roundtrip(&pre, ml, o);
  } else {
    ikf_buf jb = {0};
    size_t at;
    IKF_CHECK(ik_json_error(pre.side == IK_SIDE_AUTO ? IK_SIDE_CLIENT : pre.side, &el, 77, NULL,
                            ikf_buf_write, &jb) == 0,
              "ik_json_error failed");
    IKF_CHECK(jb.len && jb.p[jb.len - 1] == '\n' && ikf_json_valid(jb.p, jb.len - 1, '{', &at),
              "ik_json_error wrote invalid JSON");
    ikf_buf_free(&jb);
  }
  ik_arena_free(&ga);
  free(buf);
}

/* ------------------------------------------------------------------------ */
/* the stream driver */

static void sync_poison(ikf_stream *s) {
  if (!s->buf) return;
  ikf_unpoison(s->buf, s->cap);
  ikf_poison(s->buf + s->len, s->cap - s->len);
}

void ikf_stream_init(ikf_stream *s, const ikf_opts *o) {
  memset(s, 0, sizeof *s);
  s->o = *o;
  ik_framer_init(&s->f, o->frame_side, &o->limits);
  ik_parser_init(&s->p, o->parse_side, 0, &o->limits);
  s->p.idling = o->idling;
  s->p.authenticating = o->authenticating;
}

static void drop(ikf_stream *s, size_t n) {
  IKF_CHECK(n <= s->len, "a frame of %zu bytes in a buffer of %zu", n, s->len);
  ikf_unpoison(s->buf, s->cap);
  memmove(s->buf, s->buf + n, s->len - n);
  s->len -= n;
  s->cont_pos = 0;
  sync_poison(s);
}

/* One frame; 0 when the framer needs more bytes. */
static int handle(ikf_stream *s, ik_frame_status st, const ik_frame *fr, int *idle) {
  switch (st) {
  case IK_FRAME_NEED_MORE:
    return 0;
  case IK_FRAME_CONTINUE:
    /* progress: the framer scanned on to the next announcement */
    IKF_CHECK(s->f.pos <= s->len, "CONTINUE at %zu, past the %zu buffered bytes", s->f.pos,
              s->len);
    if (s->f.pos > s->cont_pos)
      *idle = 0;
    else
      IKF_CHECK(++*idle < 4, "the framer returns CONTINUE without progress");
    s->cont_pos = s->f.pos;
    return 1;
  case IK_FRAME_LITERAL_DATA:
    IKF_CHECK(fr->len > 0 && fr->data_off <= s->len && fr->len <= s->len - fr->data_off,
              "literal data %zu+%zu outside the %zu buffered bytes", fr->data_off, fr->len, s->len);
    ikf_unpoison(s->buf, s->cap);
    memmove(s->buf + fr->data_off, s->buf + fr->data_off + fr->len,
            s->len - fr->data_off - fr->len);
    s->len -= fr->len;
    s->cont_pos = 0;
    sync_poison(s);
    *idle = 0;
    return 1;
  case IK_FRAME_MESSAGE:
    IKF_CHECK(fr->len > 0 && fr->len <= s->len && s->buf[fr->len - 1] == '\n',
              "a message frame of %zu bytes (buffer %zu) that does not end in LF", fr->len,
              s->len);
    s->messages++;
    ikf_check_message(&s->p, s->buf, fr->len, &s->o);
    drop(s, fr->len);
    *idle = 0;
    return 1;
  case IK_FRAME_ERROR: {
    IKF_CHECK(fr->error.code > IK_E_OK && fr->error.code < IK_E__COUNT,
              "framer error with code %d", (int)fr->error.code);
    IKF_CHECK(fr->error.offset <= fr->len || fr->error.code == IK_E_INCOMPLETE,
              "framer error at %zu outside its %zu-byte frame", fr->error.offset, fr->len);
    IKF_CHECK(fr->error.expected != NULL, "framer error without an \"expected\" string");
    ikf_buf jb = {0};
    size_t at;
    IKF_CHECK(ik_json_error(s->o.frame_side, &fr->error, 0, NULL, ikf_buf_write, &jb) == 0 &&
                  jb.len && ikf_json_valid(jb.p, jb.len - 1, '{', &at),
              "ik_json_error wrote invalid JSON for a framer error");
    ikf_buf_free(&jb);
    s->errors++;
    if (fr->len == 0)
      IKF_CHECK(++*idle < 4, "the framer returns empty errors without progress");
    else
      *idle = 0;
    drop(s, fr->len);
    return 1;
  }
  case IK_FRAME_SKIP:
    IKF_CHECK(fr->len > 0, "an empty SKIP frame");
    drop(s, fr->len);
    *idle = 0;
    return 1;
  }
  ikf_fail("framer status %d out of range", (int)st);
}

void ikf_stream_feed(ikf_stream *s, const unsigned char *data, size_t n) {
  if (n > s->cap - s->len) {
    size_t nc = s->cap ? s->cap : 4096;
    while (nc - s->len < n) nc *= 2;
    ikf_unpoison(s->buf, s->cap);
    unsigned char *nb = realloc(s->buf, nc);
    if (!nb) ikf_fail("out of memory");
    s->buf = nb;
    s->cap = nc;
  }
  ikf_unpoison(s->buf, s->cap);
  if (n) memcpy(s->buf + s->len, data, n);
  s->len += n;
  sync_poison(s);
  int idle = 0;
  for (;;) {
    ik_frame fr;
    ik_frame_status st = ik_framer_next(&s->f, s->buf, s->len, &fr);
    if (!handle(s, st, &fr, &idle)) break;
  }
}

void ikf_stream_finish(ikf_stream *s) {
  int idle = 0;
  for (;;) {
    ik_frame fr;
    ik_frame_status st = ik_framer_finish(&s->f, s->buf, s->len, &fr);
    IKF_CHECK(st != IK_FRAME_MESSAGE && st != IK_FRAME_CONTINUE && st != IK_FRAME_LITERAL_DATA,
              "ik_framer_finish returned status %d", (int)st);
    if (!handle(s, st, &fr, &idle)) break;
  }
  IKF_CHECK(s->len == 0, "%zu bytes left after the end of the stream", s->len);
}

void ikf_stream_free(ikf_stream *s) {
  ikf_unpoison(s->buf, s->cap);
  free(s->buf);
  s->buf = NULL;
  s->len = s->cap = 0;
}

void ikf_run_stream(const ikf_opts *o, const unsigned char *data, size_t n) {
  ikf_stream s;
  ikf_stream_init(&s, o);
  ikf_stream_feed(&s, data, n);
  ikf_stream_finish(&s);
  ikf_stream_free(&s);
}
