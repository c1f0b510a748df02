/*
 * The round trip as a checkable property (and a fuzz oracle): parse, generate,
 * parse again, compare; generate again, same bytes. Nothing is allocated: the
 * caller hands the arena and a scratch buffer.
 */
#include "writer.h"

#include <stdarg.h>
#include <stdio.h>

static void say(char *why, size_t cap, const char *fmt, ...) {
  if (!why || !cap) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(why, cap, fmt, ap);
  va_end(ap);
}

/* Bytes equal once spaces and CRs are left out: the spans of containers move
 * when runs of spaces become one or bare LFs become CRLF. */
static int same_but_spaces(const unsigned char *a, size_t na, const unsigned char *b, size_t nb) {
  size_t i = 0, j = 0;
  for (;;) {
    while (i < na && (a[i] == ' ' || a[i] == '\r')) i++;
    while (j < nb && (b[j] == ' ' || b[j] == '\r')) j++;
    if (i == na || j == nb) return i == na && j == nb;
    if (a[i] != b[j]) return 0;
    i++;
    j++;
  }
}

static void show(char *out, size_t cap, const unsigned char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 5 < cap; i++) {
    unsigned char c = s[i];
    if (c >= 0x20 && c < 0x7f) {
      out[k++] = (char)c;
    } else {
      snprintf(out + k, cap - k, "\\x%02x", c);
      k += 4;
    }
  }
  out[k < cap ? k : cap - 1] = 0;
}

typedef struct cmp {
  const ik_message *a, *b;
  char *why;
  size_t cap;
  size_t pos; /* nodes compared so far: says where a difference is */
} cmp;

static int node_diff(cmp *c, const ik_node *x, const ik_node *y, int depth) {
  for (; x && y; x = x->next, y = y->next) {
    c->pos++;
    const char *kind = ik_node_kind_name((ik_node_kind)x->kind);
    uint16_t fx = x->flags & (uint16_t)~IK_NF_QUIRK, fy = y->flags & (uint16_t)~IK_NF_QUIRK;
    /* an error node's num is the offset of its error from the item's first
     * byte (parser/server.rl recover_item): it moves with the item already */
    uint64_t nx = x->num, ny = y->num;
    if (x->kind != y->kind || x->form != y->form || fx != fy || x->id != y->id || nx != ny) {
      say(c->why, c->cap,
          "node %zu (depth %d): %s form %u flags %#x id %s #%llu vs %s form %u flags %#x id %s #%llu",
          c->pos, depth, kind, x->form, fx, ik_keyword_name((ik_kw)x->id), (unsigned long long)nx,
          ik_node_kind_name((ik_node_kind)y->kind), y->form, fy, ik_keyword_name((ik_kw)y->id),
          (unsigned long long)ny);
      return 1;
    }
    const unsigned char *bx = c->a->base + x->span.off, *by = c->b->base + y->span.off;
    /* tokens (strings in any form, text, numbers) compare exactly; the span
     * of anything made of several tokens only up to its spaces */
    int token = !x->child && !y->child &&
                (x->form != IK_FORM_NONE || x->kind == IK_N_TEXT || x->kind == IK_N_NUMBER ||
                 x->kind == IK_N_SEQ_NUM || x->kind == IK_N_SASL);
    int same = !token
                   ? same_but_spaces(bx, x->span.len, by, y->span.len)
                   : x->span.len == y->span.len && memcmp(bx, by, x->span.len) == 0;
    if (!same) {
      char sx[100], sy[100];
      show(sx, sizeof sx, bx, x->span.len);
      show(sy, sizeof sy, by, y->span.len);
      say(c->why, c->cap, "node %zu (depth %d, %s): \"%s\" vs \"%s\"", c->pos, depth, kind, sx, sy);
      return 1;
    }
    if (depth > IK_WRITE_MAX_DEPTH) {
      say(c->why, c->cap, "tree deeper than %d", IK_WRITE_MAX_DEPTH);
      return 1;
    }
    if (node_diff(c, x->child, y->child, depth + 1)) return 1;
  }
  if (x || y) {
    say(c->why, c->cap, "node %zu (depth %d): %s vs %s", c->pos + 1, depth,
        x ? ik_node_kind_name((ik_node_kind)x->kind) : "nothing",
        y ? ik_node_kind_name((ik_node_kind)y->kind) : "nothing");
    return 1;
  }
  return 0;
}

int ik_tree_diff(const ik_message *a, const ik_message *b, char *why, size_t why_cap) {
  if (why && why_cap) why[0] = 0;
  unsigned mask = 0xFFFFu & ~(unsigned)IK_MF_QUIRKS;
  if (a->kind != b->kind || a->side != b->side || a->name != b->name || a->sub != b->sub ||
      a->has_number != b->has_number || a->number != b->number ||
      (a->flags & mask) != (b->flags & mask) || a->sasl_mech != b->sasl_mech ||
      a->sasl_step != b->sasl_step) {
    say(why, why_cap,
        "message heads differ: %s/%s %s/%s sub %s/%s number %llu/%llu flags %#x/%#x",
        ik_msg_kind_name((ik_msg_kind)a->kind), ik_msg_kind_name((ik_msg_kind)b->kind),
        ik_keyword_name(a->name), ik_keyword_name(b->name), ik_keyword_name(a->sub),
        ik_keyword_name(b->sub), (unsigned long long)a->number, (unsigned long long)b->number,
        a->flags & mask, b->flags & mask);
    return 1;
  }
  if (a->tag.len != b->tag.len ||
      memcmp(a->base + a->tag.off, b->base + b->tag.off, a->tag.len) != 0 ||
      a->name_span.len != b->name_span.len ||
      memcmp(a->base + a->name_span.off, b->base + b->name_span.off, a->name_span.len) != 0) {
    say(why, why_cap, "tags or names differ");
    return 1;
  }
  cmp c = {a, b, why, why_cap, 0};
  return node_diff(&c, a->args, b->args, 0);
}

int ik_roundtrip_check(const ik_parser *p, const unsigned char *buf, size_t len, int canonical,
                       ik_arena *arena, unsigned char *scratch, size_t scap, char *why,
                       size_t why_cap) {
  if (why && why_cap) why[0] = 0;
  ik_arena_reset(arena);
  ik_parser p1 = *p;
  ik_message *m1 = NULL;
  ik_error e;
  if (ik_parse(&p1, buf, len, arena, &m1, &e) != IK_E_OK) return 0; /* nothing to check */

  size_t half = scap / 2;
  ik_buf_writer g1 = {scratch, half, 0, 0};
  if (ik_wire_message(m1, ik_write_buf, &g1) != 0) {
    say(why, why_cap, "the generator failed");
    return 1;
  }
  if (g1.needed > half) {
    say(why, why_cap, "scratch too small (%zu bytes needed)", g1.needed * 2);
    return 1;
  }
  if (g1.len == 0 || scratch[g1.len - 1] != '\n') {
    say(why, why_cap, "the generated message does not end with LF");
    return 1;
  }

  /* The output is one message to a framer of the same side. */
  ik_limits big;
  ik_limits_default(&big);
  big.max_line = 0xFFFFFFFFu;
  big.max_literal = UINT64_MAX;
  big.max_message = 0;
  big.max_literals = 0xFFFFFFFFu;
  ik_framer fr;
  ik_framer_init(&fr, (ik_side)m1->side, &big);
  ik_frame f;
  ik_frame_status fs;
  size_t guard = 0;
  do {
    fs = ik_framer_next(&fr, scratch, g1.len, &f);
  } while (fs == IK_FRAME_CONTINUE && ++guard < g1.len + 2);
  if (fs != IK_FRAME_MESSAGE || f.len != g1.len) {
    say(why, why_cap, "the %zu generated bytes do not frame as one message", g1.len);
    return 1;
  }

  ik_parser p2 = *p;
  p2.side = (ik_side)m1->side;
  p2.limits.stream_literal = 0;
  ik_message *m2 = NULL;
  ik_status st = ik_parse(&p2, scratch, g1.len, arena, &m2, &e);
  if (st != IK_E_OK) {
    char s[120];
    show(s, sizeof s, scratch, g1.len < 100 ? g1.len : 100);
    say(why, why_cap, "the generated message does not parse: %s at %zu (expected %s): %s",
        ik_status_name(st), e.offset, e.expected, s);
    return 1;
  }
  if (ik_tree_diff(m1, m2, why, why_cap)) return 1;

  ik_buf_writer g2 = {scratch + half, scap - half, 0, 0};
  if (ik_wire_message(m2, ik_write_buf, &g2) != 0 || g2.needed != g1.len ||
      memcmp(scratch, scratch + half, g1.len) != 0) {
    say(why, why_cap, "generating the reparsed tree gives other bytes");
    return 1;
  }
  if (canonical && (g1.len != len || memcmp(scratch, buf, len) != 0)) {
    size_t i = 0;
    while (i < len && i < g1.len && scratch[i] == buf[i]) i++;
    char s1[60], s2[60];
    show(s1, sizeof s1, buf + i, len - i < 40 ? len - i : 40);
    show(s2, sizeof s2, scratch + i, g1.len - i < 40 ? g1.len - i : 40);
    say(why, why_cap, "canonical input comes back different at byte %zu: \"%s\" vs \"%s\"", i, s1,
        s2);
    return 1;
  }
  return 0;
}
