/*
 * Structure-aware mutation for the response and command harnesses
 * (LLVMFuzzerCustomMutator, LLVMFuzzerCustomCrossOver).
 *
 * The input is the harness's: a configuration byte, then an IMAP stream. The
 * mutator frames the stream (ik_framer, default limits) and parses each message
 * (ik_parse, lenient, one session so that IDLE/DONE and AUTHENTICATE lines parse);
 * every node gets a byte range in the input: its span, widened to the quotes of a
 * quoted string and the {N} header of a literal, and to its children (a FETCH item's
 * span is its name; its range covers the value too). A mutation rewrites the input
 * by splicing those ranges, so the bytes around stay as they were:
 *
 *   swap       two siblings change places
 *   dup        a node is repeated after itself (longer lists, repeated items)
 *   nest       a node's range replaced by one of its ancestors (deeper nesting)
 *   drop       a node removed (with the space before it)
 *   graft      a node replaced by another node of the same kind (in crossover: from
 *              the other input)
 *   form       a string rewritten as atom, quoted, literal, literal+ or literal8
 *   litsize    a literal's announced size changed (N-1, N+1, 0, 2N, 2^32-1, ...)
 *   number     a number replaced by a boundary value (0, 2^31-1, 2^32, 2^64, ...)
 *   keyword    a message name, FETCH item, response code, search key, attribute or
 *              atom replaced by another IMAP keyword (ik_keyword_name), in upper or
 *              lower case
 *   message    a whole message repeated, dropped or moved
 *   config     byte 0 (the harness's configuration) set to a random value, rarely
 *
 * Byte 0 is never touched otherwise. When the input does not parse (no node), when
 * the result would exceed MaxSize, and in a quarter of the calls anyway, the mutator
 * hands the stream (bytes 1..) to libFuzzer's own LLVMFuzzerMutate. Everything is
 * decided by a local PRNG seeded with Seed: the same (input, Seed) gives the same
 * output. IKF_NO_MUTATOR=1 in the environment turns all this off (plain
 * LLVMFuzzerMutate; crossover declines), to compare.
 *
 * The harness says which side it parses by defining ikf_mutator_side (fuzz_response.c:
 * server, fuzz_command.c: client); without it the parser guesses.
 */
#include "fuzz_common.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);
size_t LLVMFuzzerCustomCrossOver(const uint8_t *data1, size_t size1, const uint8_t *data2,
                                 size_t size2, uint8_t *out, size_t max_out_size,
                                 unsigned int seed);

/* Engines without LLVMFuzzerMutate link too (a weak reference): the
 * fallback below flips bytes itself. */
#if defined(__GNUC__)
#pragma weak LLVMFuzzerMutate
#pragma weak ikf_mutator_side
#endif
extern const int ikf_mutator_side;

/* ---- PRNG (splitmix64) ---- */
typedef struct mu_rng {
  uint64_t s;
} mu_rng;

static uint64_t mu_next(mu_rng *r) {
  uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static size_t mu_below(mu_rng *r, size_t n) { return n ? (size_t)(mu_next(r) % n) : 0; }

/* ---- the parsed input ---- */
#define MU_MAX_NODES 1024
#define MU_K_NAME 0xFE /* pseudo node: a message's name ("FETCH", "OK", "UID") */
#define MU_MAX_MSGS 256

typedef struct mu_node {
  size_t start, end;   /* bytes of the input (absolute) */
  int parent;          /* index, -1 for a message's top level */
  int next;            /* the next sibling, -1 */
  int msg;             /* message index */
  uint8_t kind, form;
  uint16_t flags;
  size_t cstart, cend; /* STRING-like: the content (span) */
  size_t hstart;       /* literal: where its {N} header starts (the size digits: dstart..dend) */
  size_t dstart, dend;
} mu_node;

typedef struct mu_msg {
  size_t start, end;
} mu_msg;

typedef struct mu_tree {
  mu_node n[MU_MAX_NODES];
  size_t nn;
  mu_msg m[MU_MAX_MSGS];
  size_t nm;
} mu_tree;

static int mu_side(void) {
  if (&ikf_mutator_side == NULL) return IK_SIDE_AUTO;
  return ikf_mutator_side;
}

static int mu_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* A literal's header before its data at `off`: sets hstart (the '{' or '~') and
 * the digits. 0 when the bytes there do not look like one. */
static int mu_literal_header(const uint8_t *b, size_t off, mu_node *x) {
  size_t i = off;
  if (i < 1 || b[i - 1] != '\n') return 0;
  i--;
  if (i >= 1 && b[i - 1] == '\r') i--;
  if (i < 1 || b[i - 1] != '}') return 0;
  i--;
  if (i >= 1 && (b[i - 1] == '+' || b[i - 1] == '-')) i--;
  size_t de = i;
  while (i >= 1 && mu_digit(b[i - 1])) i--;
  if (i == de || i < 1 || b[i - 1] != '{') return 0;
  x->dstart = i;
  x->dend = de;
  i--;
  if (i >= 1 && b[i - 1] == '~') i--;
  x->hstart = i;
  return 1;
}

/* Adds node `in` (and its subtree) with message offset `base`; returns the index
 * or -1. Ranges are widened to the children's. */
static int mu_add(mu_tree *t, const uint8_t *b, size_t base, size_t mlen, const ik_node *in,
                  int parent, int msg, int depth) {
  if (t->nn >= MU_MAX_NODES || depth > 64) return -1;
  if ((size_t)in->span.off + in->span.len > mlen) return -1;
  int id = (int)t->nn++;
  mu_node *x = &t->n[id];
  memset(x, 0, sizeof *x);
  x->parent = parent;
  x->next = -1;
  x->msg = msg;
  x->kind = in->kind;
  x->form = in->form;
  x->flags = in->flags;
  x->cstart = base + in->span.off;
  x->cend = x->cstart + in->span.len;
  x->start = x->cstart;
  x->end = x->cend;
  if (in->flags & IK_NF_ELIDED) {
    /* no data in the message: leave it alone */
  } else if (in->form == IK_FORM_QUOTED && x->start > base && x->end < base + mlen &&
             b[x->start - 1] == '"' && b[x->end] == '"') {
    x->start--;
    x->end++;
  } else if ((in->form == IK_FORM_LITERAL || in->form == IK_FORM_LITERAL8) &&
             mu_literal_header(b, x->cstart, x) && x->hstart >= base) {
    x->start = x->hstart;
  } else if (in->form == IK_FORM_LITERAL || in->form == IK_FORM_LITERAL8) {
    x->form = IK_FORM_NONE; /* not a literal this mutator understands */
  }
  int prev = -1;
  for (const ik_node *c = in->child; c; c = c->next) {
    int k = mu_add(t, b, base, mlen, c, id, msg, depth + 1);
    if (k < 0) break;
    mu_node *y = &t->n[k];
    x = &t->n[id];
    if (y->start < x->start) x->start = y->start;
    if (y->end > x->end) x->end = y->end;
    if (prev >= 0) t->n[prev].next = k;
    prev = k;
  }
  return id;
}

/* Frames and parses data[1..size); fills t. */
static void mu_parse(mu_tree *t, const uint8_t *data, size_t size) {
  t->nn = 0;
  t->nm = 0;
  if (size < 2) return;
  int side = mu_side();
  ik_framer f;
  ik_framer_init(&f, side == IK_SIDE_AUTO ? IK_SIDE_SERVER : (ik_side)side, NULL);
  ik_parser p;
  ik_parser_init(&p, (ik_side)side, 0, NULL);
  uint8_t cfg = data[0];
  if (side == IK_SIDE_CLIENT) {
    unsigned st = (cfg >> 6) & 3u;
    if (st == 1) p.idling = 1;
    if (st == 2) p.authenticating = 1;
  }
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  size_t pos = 1;
  while (pos < size && t->nm < MU_MAX_MSGS) {
    ik_frame fr;
    ik_frame_status fs = ik_framer_next(&f, data + pos, size - pos, &fr);
    if (fs == IK_FRAME_CONTINUE) continue;
    if (fs == IK_FRAME_NEED_MORE) fs = ik_framer_finish(&f, data + pos, size - pos, &fr);
    if (fs == IK_FRAME_NEED_MORE || fs == IK_FRAME_LITERAL_DATA || fr.len == 0 ||
        fr.len > size - pos)
      break;
    if (fs == IK_FRAME_MESSAGE) {
      mu_msg *m = &t->m[t->nm];
      m->start = pos;
      m->end = pos + fr.len;
      ik_message *msg = NULL;
      ik_error e;
      ik_arena_reset(&a);
      if (ik_parse(&p, data + pos, fr.len, &a, &msg, &e) == IK_E_OK && msg) {
        if (msg->has_number && msg->number_span.len > 0 &&
            (size_t)msg->number_span.off + msg->number_span.len <= fr.len &&
            t->nn < MU_MAX_NODES) {
          mu_node *x = &t->n[t->nn++];
          memset(x, 0, sizeof *x);
          x->start = x->cstart = pos + msg->number_span.off;
          x->end = x->cend = x->start + msg->number_span.len;
          x->parent = x->next = -1;
          x->msg = (int)t->nm;
          x->kind = IK_N_NUMBER;
        }
        if (msg->name_span.len > 0 && (size_t)msg->name_span.off + msg->name_span.len <= fr.len &&
            t->nn < MU_MAX_NODES) {
          mu_node *x = &t->n[t->nn++];
          memset(x, 0, sizeof *x);
          x->start = x->cstart = pos + msg->name_span.off;
          x->end = x->cend = x->start + msg->name_span.len;
          x->parent = x->next = -1;
          x->msg = (int)t->nm;
          x->kind = MU_K_NAME;
        }
        int prev = -1;
        for (const ik_node *n = msg->args; n; n = n->next) {
          int k = mu_add(t, data, pos, fr.len, n, -1, (int)t->nm, 0);
          if (k < 0) break;
          if (prev >= 0) t->n[prev].next = k;
          prev = k;
        }
      }
      t->nm++;
    } else if (fs == IK_FRAME_ERROR || fs == IK_FRAME_SKIP) {
      /* a bad message: its bytes stay as they are */
    }
    pos += fr.len;
    if (fs == IK_FRAME_ERROR && (size_t)pos >= size) break;
  }
  ik_arena_free(&a);
}

/* ---- output ---- */
typedef struct mu_out {
  uint8_t *p;
  size_t len, max;
  int over;
} mu_out;

static void mu_put(mu_out *o, const void *s, size_t n) {
  if (n == 0) return;
  if (o->over || n > o->max - o->len) {
    o->over = 1;
    return;
  }
  memcpy(o->p + o->len, s, n);
  o->len += n;
}

static void mu_puts(mu_out *o, const char *s) { mu_put(o, s, strlen(s)); }

/* ---- mutations: each writes the whole result into o; 0 when not applicable ---- */

static int mu_pick(mu_rng *r, const mu_tree *t, int (*ok)(const mu_node *)) {
  if (t->nn == 0) return -1;
  size_t at = mu_below(r, t->nn);
  for (size_t k = 0; k < t->nn; k++) {
    size_t i = (at + k) % t->nn;
    if (!ok || ok(&t->n[i])) return (int)i;
  }
  return -1;
}

static int mu_is_string(const mu_node *x) {
  return (x->form == IK_FORM_ATOM || x->form == IK_FORM_QUOTED || x->form == IK_FORM_LITERAL ||
          x->form == IK_FORM_LITERAL8) &&
         !(x->flags & IK_NF_ELIDED) && x->start <= x->cstart;
}
static int mu_is_literal(const mu_node *x) {
  return (x->form == IK_FORM_LITERAL || x->form == IK_FORM_LITERAL8) && x->dend > x->dstart;
}
static int mu_is_number(const mu_node *x) {
  return (x->kind == IK_N_NUMBER || x->kind == IK_N_SEQ_NUM) && x->end > x->start &&
         !(x->flags & IK_NF_STAR);
}
static int mu_has_sibling(const mu_node *x) { return x->next >= 0; }
static int mu_any(const mu_node *x) { return x->end > x->start; }

/* The input with [s, e) replaced by rep. */
static void mu_replace(mu_out *o, const uint8_t *d, size_t size, size_t s, size_t e,
                       const uint8_t *rep, size_t rlen) {
  mu_put(o, d, s);
  mu_put(o, rep, rlen);
  mu_put(o, d + e, size - e);
}

static int mu_swap(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  int a = mu_pick(r, t, mu_has_sibling);
  if (a < 0) return 0;
  /* a later sibling, at random */
  int b = t->n[a].next, cand = b;
  while (cand >= 0) {
    if (mu_below(r, 2)) break;
    cand = t->n[cand].next;
    if (cand >= 0) b = cand;
  }
  const mu_node *x = &t->n[a], *y = &t->n[b];
  if (x->end > y->start) return 0;
  mu_put(o, d, x->start);
  mu_put(o, d + y->start, y->end - y->start);
  mu_put(o, d + x->end, y->start - x->end);
  mu_put(o, d + x->start, x->end - x->start);
  mu_put(o, d + y->end, size - y->end);
  return 1;
}

static int mu_dup(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  int a = mu_pick(r, t, mu_any);
  if (a < 0) return 0;
  const mu_node *x = &t->n[a];
  size_t times = 1 + (mu_below(r, 8) == 0 ? mu_below(r, 8) : 0);
  mu_put(o, d, x->end);
  for (size_t k = 0; k < times; k++) {
    mu_puts(o, " ");
    mu_put(o, d + x->start, x->end - x->start);
  }
  mu_put(o, d + x->end, size - x->end);
  return 1;
}

static int mu_nest(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  /* a node with a parent; then an ancestor of it */
  size_t at = mu_below(r, t->nn);
  for (size_t k = 0; k < t->nn; k++) {
    int i = (int)((at + k) % t->nn);
    if (t->n[i].parent < 0) continue;
    int anc = t->n[i].parent;
    while (t->n[anc].parent >= 0 && mu_below(r, 2)) anc = t->n[anc].parent;
    const mu_node *x = &t->n[i], *y = &t->n[anc];
    size_t times = 1 + (mu_below(r, 4) == 0);
    /* y's bytes with x replaced by y's bytes, `times` deep */
    mu_put(o, d, x->start);
    for (size_t j = 0; j < times; j++) mu_put(o, d + y->start, x->start - y->start);
    mu_put(o, d + x->start, x->end - x->start);
    for (size_t j = 0; j < times; j++) mu_put(o, d + x->end, y->end - x->end);
    mu_put(o, d + x->end, size - x->end);
    return 1;
  }
  return 0;
}

static int mu_drop(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  int a = mu_pick(r, t, mu_any);
  if (a < 0) return 0;
  const mu_node *x = &t->n[a];
  size_t s = x->start;
  if (s > 1 && d[s - 1] == ' ') s--;
  mu_replace(o, d, size, s, x->end, NULL, 0);
  return 1;
}

/* x replaced by a node of the same kind from `src` (another tree, or the same). */
static int mu_graft(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size,
                    const mu_tree *st, const uint8_t *sd, mu_out *o) {
  int a = mu_pick(r, t, mu_any);
  if (a < 0 || st->nn == 0) return 0;
  const mu_node *x = &t->n[a];
  size_t at = mu_below(r, st->nn);
  int any = mu_below(r, 4) == 0; /* sometimes any kind */
  for (size_t k = 0; k < st->nn; k++) {
    const mu_node *y = &st->n[(at + k) % st->nn];
    if (y->end <= y->start || (!any && y->kind != x->kind)) continue;
    if (st == t && y == x) continue;
    mu_replace(o, d, size, x->start, x->end, sd + y->start, y->end - y->start);
    return 1;
  }
  return 0;
}

static int mu_atom_char(uint8_t c) {
  return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '"' && c != '\\' &&
         c != '%' && c != '*' && c != ']';
}

static int mu_form(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  int a = mu_pick(r, t, mu_is_string);
  if (a < 0) return 0;
  const mu_node *x = &t->n[a];
  /* the string's value */
  size_t n = x->cend - x->cstart;
  uint8_t *v = malloc(n + 1);
  if (!v) return 0;
  size_t vn = n;
  if (x->form == IK_FORM_QUOTED)
    vn = ik_unquote(d + x->cstart, n, v, n);
  else
    memcpy(v, d + x->cstart, n);
  if (vn > n) vn = n;
  int atom_ok = vn > 0;
  for (size_t i = 0; i < vn; i++) atom_ok &= mu_atom_char(v[i]);
  int to;
  do {
    to = (int)mu_below(r, 5); /* 0 atom, 1 quoted, 2 literal, 3 literal+, 4 literal8 */
  } while ((to == 0 && !atom_ok && mu_below(r, 4)) ||
           (to == 0 && x->form == IK_FORM_ATOM) || (to == 1 && x->form == IK_FORM_QUOTED));
  mu_put(o, d, x->start);
  char hdr[48];
  switch (to) {
  case 0:
    mu_put(o, v, vn);
    break;
  case 1:
    mu_puts(o, "\"");
    for (size_t i = 0; i < vn; i++) {
      if (v[i] == '"' || v[i] == '\\') mu_puts(o, "\\");
      mu_put(o, v + i, 1);
    }
    mu_puts(o, "\"");
    break;
  default:
    snprintf(hdr, sizeof hdr, "%s{%zu%s}\r\n", to == 4 ? "~" : "", vn, to == 3 ? "+" : "");
    mu_puts(o, hdr);
    mu_put(o, v, vn);
    break;
  }
  mu_put(o, d + x->end, size - x->end);
  free(v);
  return 1;
}

static const char *const mu_bounds[] = {
    "0", "1", "2", "9", "10", "00", "0000000001", "127", "128", "255", "256", "65535", "65536",
    "2147483647", "2147483648", "4294967295", "4294967296", "9007199254740993",
    "9223372036854775807", "9223372036854775808", "18446744073709551615",
    "18446744073709551616", "99999999999999999999999", "000000000000000000000000000000001"};
#define MU_NBOUNDS (sizeof mu_bounds / sizeof mu_bounds[0])

static int mu_litsize(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  int a = mu_pick(r, t, mu_is_literal);
  if (a < 0) return 0;
  const mu_node *x = &t->n[a];
  size_t n = x->cend - x->cstart;
  char num[32];
  switch (mu_below(r, 5)) {
  case 0:
    snprintf(num, sizeof num, "%zu", n ? n - 1 : 0);
    break;
  case 1:
    snprintf(num, sizeof num, "%zu", n + 1);
    break;
  case 2:
    snprintf(num, sizeof num, "%zu", n + 1 + mu_below(r, 64));
    break;
  case 3:
    snprintf(num, sizeof num, "%zu", 2 * n);
    break;
  default:
    snprintf(num, sizeof num, "%s", mu_bounds[mu_below(r, MU_NBOUNDS)]);
    break;
  }
  mu_replace(o, d, size, x->dstart, x->dend, (const uint8_t *)num, strlen(num));
  return 1;
}

static int mu_number(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  int a = mu_pick(r, t, mu_is_number);
  if (a < 0) return 0;
  const mu_node *x = &t->n[a];
  /* only the digits: a SEQ_RANGE child or "<0.100>" keep their punctuation */
  size_t s = x->cstart, e = x->cstart;
  while (e < x->cend && mu_digit(d[e])) e++;
  if (e == s) return 0;
  const char *v = mu_bounds[mu_below(r, MU_NBOUNDS)];
  mu_replace(o, d, size, s, e, (const uint8_t *)v, strlen(v));
  return 1;
}

static int mu_is_keyword(const mu_node *x) {
  switch (x->kind) {
  case MU_K_NAME:
  case IK_N_FETCH_ITEM:
  case IK_N_RESP_CODE:
  case IK_N_SEARCH_KEY:
  case IK_N_ATTR:
  case IK_N_STATUS_ATT:
  case IK_N_FETCH_ATT:
  case IK_N_CAPABILITY:
  case IK_N_FLAG:
    return x->cend > x->cstart;
  case IK_N_STRING:
    return x->form == IK_FORM_ATOM && x->cend > x->cstart;
  default:
    return 0;
  }
}

static int mu_keyword(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  int a = mu_pick(r, t, mu_is_keyword);
  if (a < 0) return 0;
  const mu_node *x = &t->n[a];
  /* the leading word of the node's span ("FROM" of FROM "x", "BODY" of BODY[1]) */
  size_t s = x->cstart, e = s;
  while (e < x->cend && (mu_atom_char(d[e]) && d[e] != '[' && d[e] != '<' && d[e] != '.')) e++;
  if (e == s) return 0;
  const char *kw = ik_keyword_name((ik_kw)(1 + mu_below(r, IK_KW__COUNT - 1)));
  if (!kw || !*kw) return 0;
  char w[64];
  size_t n = strlen(kw);
  if (n >= sizeof w) return 0;
  int lower = mu_below(r, 8) == 0;
  for (size_t i = 0; i <= n; i++)
    w[i] = (char)(lower && kw[i] >= 'A' && kw[i] <= 'Z' ? kw[i] - 'A' + 'a' : kw[i]);
  mu_replace(o, d, size, s, e, (const uint8_t *)w, n);
  return 1;
}

static int mu_message(mu_rng *r, const mu_tree *t, const uint8_t *d, size_t size, mu_out *o) {
  if (t->nm == 0) return 0;
  const mu_msg *m = &t->m[mu_below(r, t->nm)];
  switch (mu_below(r, 3)) {
  case 0: { /* repeat */
    size_t times = 1 + (mu_below(r, 4) == 0);
    mu_put(o, d, m->end);
    for (size_t k = 0; k < times; k++) mu_put(o, d + m->start, m->end - m->start);
    mu_put(o, d + m->end, size - m->end);
    return 1;
  }
  case 1: /* drop */
    if (t->nm < 2) return 0;
    mu_replace(o, d, size, m->start, m->end, NULL, 0);
    return 1;
  default: { /* move to the front of the stream or after another message */
    const mu_msg *to = &t->m[mu_below(r, t->nm)];
    size_t at = mu_below(r, 2) ? 1 : to->end;
    if (at > m->start && at < m->end) return 0;
    if (at <= m->start) {
      mu_put(o, d, at);
      mu_put(o, d + m->start, m->end - m->start);
      mu_put(o, d + at, m->start - at);
      mu_put(o, d + m->end, size - m->end);
    } else {
      mu_put(o, d, m->start);
      mu_put(o, d + m->end, at - m->end);
      mu_put(o, d + m->start, m->end - m->start);
      mu_put(o, d + at, size - at);
    }
    return 1;
  }
  }
}

/* ---- fallback ---- */
static size_t mu_fallback(uint8_t *data, size_t size, size_t max, mu_rng *r) {
  if (size == 0 || max < 2) {
    if (max == 0) return 0;
    if (size == 0) data[0] = 0;
    return 1;
  }
  if (LLVMFuzzerMutate) return 1 + LLVMFuzzerMutate(data + 1, size - 1, max - 1);
  /* no engine mutator: flip a few bytes of the stream */
  size_t k = 1 + mu_below(r, 4);
  for (size_t i = 0; i < k && size > 1; i++) data[1 + mu_below(r, size - 1)] ^= (uint8_t)(1u << mu_below(r, 8));
  return size;
}

static int mu_disabled(void) {
  static int v = -1;
  if (v < 0) {
    const char *e = getenv("IKF_NO_MUTATOR");
    v = e && *e && strcmp(e, "0") != 0;
  }
  return v;
}

static mu_tree *mu_tree_alloc(void) {
  static mu_tree *trees[2];
  static int next;
  int i = next;
  next ^= 1;
  if (!trees[i]) trees[i] = malloc(sizeof *trees[i]);
  return trees[i];
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed) {
  mu_rng r = {(uint64_t)seed * 0x2545F4914F6CDD1Dull + size};
  if (mu_disabled()) return LLVMFuzzerMutate ? LLVMFuzzerMutate(data, size, max_size) : size;
  if (size > max_size) size = max_size;
  if (size >= 1 && mu_below(&r, 64) == 0) { /* the configuration, rarely */
    data[0] = (uint8_t)mu_next(&r);
    return size;
  }
  if (size < 2 || mu_below(&r, 4) == 0) return mu_fallback(data, size, max_size, &r);
  mu_tree *t = mu_tree_alloc();
  if (!t) return mu_fallback(data, size, max_size, &r);
  mu_parse(t, data, size);
  uint8_t *buf = malloc(max_size);
  if (!buf) return mu_fallback(data, size, max_size, &r);
  mu_out o = {buf, 0, max_size, 0};
  int done = 0;
  for (int tries = 0; tries < 4 && !done && (t->nn > 0 || t->nm > 0); tries++) {
    o.len = 0;
    o.over = 0;
    switch (mu_below(&r, 11)) {
    case 0: done = mu_swap(&r, t, data, size, &o); break;
    case 1: done = mu_dup(&r, t, data, size, &o); break;
    case 2: done = mu_nest(&r, t, data, size, &o); break;
    case 3: done = mu_drop(&r, t, data, size, &o); break;
    case 4: done = mu_graft(&r, t, data, size, t, data, &o); break;
    case 5: done = mu_form(&r, t, data, size, &o); break;
    case 6: done = mu_litsize(&r, t, data, size, &o); break;
    case 7: done = mu_number(&r, t, data, size, &o); break;
    case 8: done = mu_message(&r, t, data, size, &o); break;
    case 9: done = mu_keyword(&r, t, data, size, &o); break;
    default: done = mu_form(&r, t, data, size, &o) || mu_number(&r, t, data, size, &o); break;
    }
    if (done && (o.over || o.len < 1 || (o.len == size && memcmp(buf, data, size) == 0))) done = 0;
  }
  size_t n;
  if (done) {
    memcpy(data, buf, o.len); /* buf[0] is data[0]: every splice keeps byte 0 */
    n = o.len;
  } else {
    n = mu_fallback(data, size, max_size, &r);
  }
  free(buf);
  return n;
}

size_t LLVMFuzzerCustomCrossOver(const uint8_t *data1, size_t size1, const uint8_t *data2,
                                 size_t size2, uint8_t *out, size_t max_out_size,
                                 unsigned int seed) {
  if (mu_disabled() || size1 < 2 || size2 < 2 || max_out_size < 2) return 0;
  mu_rng r = {(uint64_t)seed * 0x2545F4914F6CDD1Dull + size1 * 31 + size2};
  mu_tree *t1 = mu_tree_alloc(), *t2 = mu_tree_alloc();
  if (!t1 || !t2 || t1 == t2) return 0;
  mu_parse(t1, data1, size1);
  mu_parse(t2, data2, size2);
  mu_out o = {out, 0, max_out_size, 0};
  int done = 0;
  if (mu_below(&r, 2) && t1->nn > 0 && t2->nn > 0) {
    done = mu_graft(&r, t1, data1, size1, t2, data2, &o);
  } else if (t2->nm > 0) {
    /* a message of data2 inserted between two messages of data1 (or at its end) */
    const mu_msg *m = &t2->m[mu_below(&r, t2->nm)];
    size_t at = t1->nm ? t1->m[mu_below(&r, t1->nm)].end : size1;
    mu_put(&o, data1, at);
    mu_put(&o, data2 + m->start, m->end - m->start);
    mu_put(&o, data1 + at, size1 - at);
    done = 1;
  }
  if (!done || o.over || o.len < 1) return 0;
  out[0] = data1[0];
  return o.len;
}
