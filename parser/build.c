/*
 * The tree builder behind the Ragel actions: nodes from the arena, appended in
 * document order under an explicit stack of open parents (never the C stack).
 */
#include "pstate.h"

int ik_b_fail(ik_pstate *ps, ik_status code, const unsigned char *p, const char *expected) {
  if (ps->err == IK_E_OK) {
    ps->err = code;
    if (p < ps->base) p = ps->base;
    if (p > ps->pe) p = ps->pe;
    ps->err_off = (size_t)(p - ps->base);
    ps->expected = expected ? expected : "valid syntax";
  }
  return 0;
}

/* Node allocation: ik_b_bump with no call on the fast path (so no registers
 * to save); anything unusual (a bound, a new chunk, exhaustion) takes
 * add_slow. */
__attribute__((noinline)) static ik_node *add_slow(ik_pstate *ps, ik_node_kind kind,
                                                   uint32_t off, uint32_t len) {
  ik_node *n = ik_arena_alloc(ps->arena, sizeof *n);
  if (!n) {
    ik_b_fail(ps, IK_E_NO_MEMORY, ps->p, "more arena space");
    return NULL;
  }
  *n = (ik_node){.kind = (uint8_t)kind, .span = {off, len}};
  ik_b_link(ps, n);
  return n;
}

static inline ik_node *add(ik_pstate *ps, ik_node_kind kind, uint32_t off, uint32_t len) {
  ik_node *n = ik_b_bump(ps->arena, sizeof *n);
  if (__builtin_expect(n != NULL, 1)) {
    *n = (ik_node){.kind = (uint8_t)kind, .span = {off, len}};
    ik_b_link(ps, n);
    return n;
  }
  return add_slow(ps, kind, off, len);
}

ik_node *ik_b_add(ik_pstate *ps, ik_node_kind kind, uint32_t off, uint32_t len) {
  return add(ps, kind, off, len);
}

ik_node *ik_b_add_tok_slow(ik_pstate *ps, ik_node_kind kind) {
  ik_node *n = add_slow(ps, kind, ps->tok_off, ps->tok_len);
  if (n) ik_b_tok_fields(ps, n, kind);
  return n;
}

ik_node *ik_b_add_tok(ik_pstate *ps, ik_node_kind kind) { return ik_b_add_tok_inline(ps, kind); }

int ik_b_generic_atom(ik_pstate *ps) {
  if (ps->gatom) return 1;
  ik_node *n = ik_b_add(ps, IK_N_STRING, ik_b_off(ps, ps->gmark), 0);
  if (!n) return 0;
  n->form = IK_FORM_ATOM;
  n->flags = (uint16_t)(IK_NF_GENERIC | ps->gflags);
  ps->gflags = 0;
  ps->gatom = n;
  return 1;
}

int ik_b_generic_atom_end(ik_pstate *ps, ik_node *n, const unsigned char *p) {
  n->span.len = (uint32_t)(p - ps->base) - n->span.off;
  n->flags |= ps->gflags;
  ps->gflags = 0;
  ps->gatom = NULL;
  if (n->child || n->span.len == 0 || n->span.len > 19) return 1;
  const unsigned char *s = ps->base + n->span.off;
  if (n->span.len == 3 && (s[0] | 0x20) == 'n' && (s[1] | 0x20) == 'i' && (s[2] | 0x20) == 'l') {
    n->form = IK_FORM_NIL; /* NIL is the nil of nstring wherever it stands */
    return 1;
  }
  uint64_t v = 0;
  for (uint32_t i = 0; i < n->span.len; i++) {
    if (s[i] < '0' || s[i] > '9') return 1;
    v = v * 10u + (uint64_t)(s[i] - '0');
  }
  n->kind = IK_N_NUMBER;
  n->form = IK_FORM_NONE;
  n->flags = 0;
  n->num = v;
  return 1;
}

/* ---- generic brackets ----
 * A "[" in a generic atom opens a bracket when a "]" closes it, else it is a
 * byte of the atom (RFC 3501's ATOM-CHAR allows "["; only "]" is special).
 * Which "]" closes which "[" is the usual pairing (the last open "[" at the
 * same list depth): a list is closed over its "[" that are still open, and
 * the stretch ends with the first ")" that closes a list opened before it,
 * the end of the line, or the "]" that closes its first "[". Strings and
 * literals are skipped as the machine skips them. One pass records every "["
 * of the stretch and whether it is closed; the machine asks about them in
 * order, so parsing stays linear whatever the input. (Where the machine
 * would fail on a byte, the scan may read it otherwise: the parse fails there
 * anyway, whatever the answers before.) */

/* Past the literal announced at q ("{" N ["+" / "-"] "}" [CR] LF data), as
 * ik_b_literal skips it; NULL when it is not one the machine would take. */
static const unsigned char *gb_literal(const ik_pstate *ps, const unsigned char *q) {
  const unsigned char *pe = ps->pe;
  uint64_t n = 0;
  int digits = 0;
  for (q++; q < pe && *q >= '0' && *q <= '9'; q++, digits++) {
    if (n > (UINT64_MAX - 9u) / 10u) return NULL;
    n = n * 10u + (uint64_t)(*q - '0');
  }
  if (!digits || n > 0x7FFFFFFFFFFFFFFFu) return NULL;
  if (q < pe && (*q == '+' || *q == '-')) q++;
  if (q >= pe || *q != '}') return NULL;
  q++;
  if (q < pe && *q == '\r') q++;
  if (q >= pe || *q != '\n') return NULL;
  q++;
  uint64_t stream = ps->parser->limits.stream_literal;
  if (stream && n >= stream) return q; /* streamed away: no data here */
  if (n > (uint64_t)(ps->pe - q)) return NULL;
  return q + n;
}

typedef struct gb_table {
  uint32_t *pos, *stk, *dep; /* stk, dep: the open "[" (entry, list depth) */
  uint8_t *closed;
} gb_table;

/* The stretch from the "[" at q0: its end, and in *count its "[" (recorded in
 * t when t is not NULL). */
static const unsigned char *gb_scan(const ik_pstate *ps, const unsigned char *q0, uint32_t *count,
                                    const gb_table *t) {
  const unsigned char *q = q0, *pe = ps->pe;
  uint32_t n = 0, top = 0, depth = 0, open0 = 0; /* open0: open "[" outside lists */
  for (; q < pe; q++) {
    switch (*q) {
    case '[':
      if (t) {
        t->pos[n] = ik_b_off(ps, q);
        t->closed[n] = 0;
        t->stk[top] = n;
        t->dep[top] = depth;
      }
      top++;
      n++;
      if (depth == 0) open0++;
      break;
    case ']':
      if (depth == 0) { /* outside lists the top "[" is one of them */
        top--;
        if (t) t->closed[t->stk[top]] = 1;
        if (--open0 == 0) { /* the first "[" is closed */
          *count = n;
          return q + 1;
        }
      } else if (t && top && t->dep[top - 1] == depth) {
        t->closed[t->stk[--top]] = 1; /* (counting needs no stack in lists) */
      }
      break;
    case '(':
      depth++;
      break;
    case ')':
      if (depth == 0) goto end; /* closes a list opened before the stretch */
      if (t)
        while (top && t->dep[top - 1] == depth) top--; /* never closed */
      depth--;
      break;
    case '"':
      for (q++; q < pe && *q != '"'; q++) {
        if (*q == '\r' || *q == '\n' || *q == 0) goto end;
        if (*q == '\\' && q + 1 < pe && (q[1] == '"' || q[1] == '\\')) q++;
      }
      if (q >= pe) goto end;
      break;
    case '{': {
      const unsigned char *e = gb_literal(ps, q);
      if (!e) goto end;
      q = e - 1;
      break;
    }
    case '\r':
    case '\n':
    case 0:
      goto end;
    default:
      break;
    }
  }
end:
  *count = n;
  return q;
}

/* 1 when a "]" closes the "[" at p, 0 when none does, -1 out of arena. */
static int gb_closed(ik_pstate *ps, const unsigned char *p) {
  if (ps->gb_pos && p >= ps->gb_from && p < ps->gb_end) {
    uint32_t off = ik_b_off(ps, p);
    while (ps->gb_i < ps->gb_n && ps->gb_pos[ps->gb_i] < off) ps->gb_i++;
    if (ps->gb_i < ps->gb_n && ps->gb_pos[ps->gb_i] == off) {
      ps->gb_from = p;
      return ps->gb_closed[ps->gb_i];
    }
  }
  /* a new stretch (or a question behind the last one: a new attempt) */
  uint32_t n = 0;
  const unsigned char *end = gb_scan(ps, p, &n, NULL);
  gb_table t;
  if (n <= IK_PS_INLINE_BRACKETS) {
    t.pos = ps->in_gb_pos;
    t.stk = ps->in_gb_stk;
    t.dep = ps->in_gb_dep;
    t.closed = ps->in_gb_closed;
  } else {
    unsigned char *m = ik_arena_alloc(ps->arena, (size_t)n * (3 * sizeof(uint32_t) + 1));
    if (!m) {
      ik_b_fail(ps, IK_E_NO_MEMORY, p, "more arena space");
      return -1;
    }
    t.pos = (uint32_t *)(void *)m;
    t.stk = t.pos + n;
    t.dep = t.stk + n;
    t.closed = (uint8_t *)(t.dep + n);
  }
  gb_scan(ps, p, &n, &t);
  ps->gb_pos = t.pos;
  ps->gb_closed = t.closed;
  ps->gb_n = n;
  ps->gb_i = 0;
  ps->gb_from = p;
  ps->gb_end = end;
  return t.closed[0];
}

int ik_b_generic_bracket(ik_pstate *ps, const unsigned char *p) {
  int closed = gb_closed(ps, p);
  if (closed <= 0) return closed;
  if (!ik_b_generic_atom(ps) || !ik_b_push(ps, ps->gatom, p)) return -1;
  ik_node *b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
  if (!b || !ik_b_push(ps, b, p)) return -1;
  return 1;
}

int ik_b_push(ik_pstate *ps, ik_node *n, const unsigned char *p) {
  if (ps->depth + 1 > ps->depth_cap) {
    ik_b_fail(ps, IK_E_TOO_DEEP, p, "less nesting");
    return 0;
  }
  ps->depth++;
  ps->parents[ps->depth] = n;
  ik_node *last = n->child;
  uint32_t k = last ? 1 : 0;
  while (last && last->next) last = last->next, k++;
  ps->lasts[ps->depth] = last;
  ps->kids[ps->depth] = k;
  return 1;
}

int ik_b_quirk(ik_pstate *ps, ik_quirk_kind q, const unsigned char *p) {
  if (ps->strict) {
    ik_b_fail(ps, IK_E_NOT_ALLOWED, p, ik_quirk_description(q));
    return 0;
  }
  ik_quirk *k = ik_arena_alloc(ps->arena, sizeof *k);
  if (!k) {
    ik_b_fail(ps, IK_E_NO_MEMORY, p, "more arena space");
    return 0;
  }
  k->kind = (uint32_t)q;
  k->offset = (uint32_t)(p - ps->base);
  k->next = NULL;
  if (ps->qlast)
    ps->qlast->next = k;
  else
    ps->msg->quirks = k;
  ps->qlast = k;
  ps->msg->flags |= IK_MF_QUIRKS;
  return 1;
}

int ik_b_seqset_begin(ik_pstate *ps, const unsigned char *p) {
  ik_node *n = ik_b_add(ps, IK_N_SEQSET, ik_b_off(ps, p), 0);
  return n && ik_b_push(ps, n, p);
}

int ik_b_seq_elem(ik_pstate *ps, const unsigned char *p) {
  uint32_t end = ik_b_off(ps, p);
  if (!ps->seq_has_b) {
    ik_node *n = add(ps, IK_N_SEQ_NUM, ps->seq_a_off, end - ps->seq_a_off);
    if (!n) return 0;
    n->num = ps->seq_a;
    if (ps->seq_a_star) n->flags |= IK_NF_STAR;
    return 1;
  }
  /* A range and its two numbers in one allocation when it fits (ranges are
   * most of the nodes of a typical UID command); else node by node. */
  uint32_t boff = ps->seq_a_off + ps->seq_a_len + 1;
  if (ps->depth + 1 > ps->depth_cap) /* as ik_b_push would say */
    return ik_b_fail(ps, IK_E_TOO_DEEP, p, "less nesting");
  ik_node *r = ik_b_bump(ps->arena, 3 * sizeof *r), *a, *b;
  if (__builtin_expect(r != NULL, 1)) {
    a = r + 1;
    b = r + 2;
    *r = (ik_node){.kind = IK_N_SEQ_RANGE, .span = {ps->seq_a_off, end - ps->seq_a_off}, .child = a};
    *a = (ik_node){.kind = IK_N_SEQ_NUM, .span = {ps->seq_a_off, ps->seq_a_len}, .next = b};
    *b = (ik_node){.kind = IK_N_SEQ_NUM, .span = {boff, end - boff}};
    ik_b_link(ps, r);
  } else {
    r = add(ps, IK_N_SEQ_RANGE, ps->seq_a_off, end - ps->seq_a_off);
    if (!r || !ik_b_push(ps, r, p)) return 0;
    a = add(ps, IK_N_SEQ_NUM, ps->seq_a_off, ps->seq_a_len);
    if (!a) return 0;
    b = add(ps, IK_N_SEQ_NUM, boff, end - boff);
    if (!b) return 0;
    ik_b_pop(ps, NULL);
  }
  a->num = ps->seq_a;
  if (ps->seq_a_star) a->flags |= IK_NF_STAR;
  b->num = ps->seq_star ? 0 : ps->num;
  if (ps->seq_star) b->flags |= IK_NF_STAR;
  return 1;
}

const unsigned char *ik_b_literal(ik_pstate *ps, const unsigned char *p) {
  uint64_t n = ps->num;
  const unsigned char *data = p + 1;
  uint64_t left = (uint64_t)(ps->pe - data);
  ps->tok_form = ps->lit8 ? IK_FORM_LITERAL8 : IK_FORM_LITERAL;
  ps->tok_flags = ps->nonsync ? IK_NF_NONSYNC : 0;
  ps->tok_off = ik_b_off(ps, data);
  if (ps->parser->limits.stream_literal && n >= ps->parser->limits.stream_literal) {
    /* The framer streamed this literal away: nothing of it is here. */
    ps->tok_len = 0;
    ps->tok_flags |= IK_NF_ELIDED;
    ps->num = n;
    return data;
  }
  if (n > left) {
    ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal");
    return NULL;
  }
  ps->tok_len = (uint32_t)n;
  if (n && memchr(data, 0, (size_t)n)) {
    ps->tok_flags |= IK_NF_NUL;
    if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) return NULL;
  }
  return data + n;
}

int ik_b_mailbox(ik_pstate *ps) {
  ik_node *n = ik_b_add_tok(ps, IK_N_MAILBOX);
  if (!n) return 0;
  if (n->form != IK_FORM_NIL && n->span.len == 5) {
    const unsigned char *s = ps->base + n->span.off;
    static const char inbox[] = "INBOX";
    int same = 1;
    for (int i = 0; i < 5; i++)
      if ((s[i] & 0xDF) != inbox[i]) same = 0;
    if (same) n->flags |= IK_NF_INBOX;
  }
  return 1;
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (Howard Hinnant's days_from_civil). */
int64_t ik_b_days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned)(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int64_t)doe - 719468;
}

int ik_b_datetime(ik_pstate *ps) {
  /* "dd-Mon-yyyy hh:mm:ss +zzzz": the lexical machine fixed the shape. */
  static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  static const unsigned char mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const unsigned char *s = ps->base + ps->tok_off;
  const unsigned char *quote = s - 1;
  if (ps->tok_len != 26) return ik_b_fail(ps, IK_E_BAD_DATE, quote, "a date-time");
#define IK_D(i) ((unsigned)(s[i] - '0'))
  unsigned day = (s[0] == ' ' ? 0 : IK_D(0) * 10) + IK_D(1);
  unsigned mon = 0;
  for (unsigned i = 0; i < 12; i++)
    if ((s[3] & 0xDF) == months[3 * i] && (s[4] & 0xDF) == months[3 * i + 1] &&
        (s[5] & 0xDF) == months[3 * i + 2])
      mon = i + 1;
  unsigned year = IK_D(7) * 1000 + IK_D(8) * 100 + IK_D(9) * 10 + IK_D(10);
  unsigned hh = IK_D(12) * 10 + IK_D(13), mi = IK_D(15) * 10 + IK_D(16), ss = IK_D(18) * 10 + IK_D(19);
  unsigned zh = IK_D(22) * 10 + IK_D(23), zm = IK_D(24) * 10 + IK_D(25);
#undef IK_D
  unsigned leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  unsigned dim = mon ? mdays[mon - 1] + (mon == 2 && leap) : 0;
  if (mon == 0 || day < 1 || day > dim || hh > 23 || mi > 59 || ss > 60 || zh > 23 || zm > 59)
    return ik_b_fail(ps, IK_E_BAD_DATE, quote, "a valid date-time");
  int64_t t = ik_b_days_from_civil(year, mon, day) * 86400 + (int64_t)(hh * 3600 + mi * 60 + ss);
  int64_t z = (int64_t)(zh * 3600 + zm * 60);
  t += s[21] == '-' ? z : -z;
  ik_node *n = ik_b_add(ps, IK_N_DATETIME, ps->tok_off, ps->tok_len);
  if (!n) return 0;
  n->form = IK_FORM_QUOTED;
  n->num = (uint64_t)t;
  return 1;
}
