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

static void link_node(ik_pstate *ps, ik_node *n) {
  uint32_t d = ps->depth;
  ik_node *last = ps->lasts[d];
  if (last)
    last->next = n;
  else if (d == 0)
    ps->msg->args = n;
  else
    ps->parents[d]->child = n;
  ps->lasts[d] = n;
  ps->last = n;
}

ik_node *ik_b_add(ik_pstate *ps, ik_node_kind kind, uint32_t off, uint32_t len) {
  ik_node *n = ik_arena_alloc(ps->arena, sizeof *n);
  if (!n) {
    ik_b_fail(ps, IK_E_NO_MEMORY, ps->p, "more arena space");
    return NULL;
  }
  memset(n, 0, sizeof *n);
  n->kind = (uint8_t)kind;
  n->span.off = off;
  n->span.len = len;
  link_node(ps, n);
  return n;
}

ik_node *ik_b_add_tok(ik_pstate *ps, ik_node_kind kind) {
  ik_node *n = ik_b_add(ps, kind, ps->tok_off, ps->tok_len);
  if (!n) return NULL;
  n->form = ps->tok_form;
  n->flags = ps->tok_flags;
  if (kind == IK_N_NUMBER || (n->flags & IK_NF_ELIDED)) n->num = ps->num;
  return n;
}

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

int ik_b_push(ik_pstate *ps, ik_node *n, const unsigned char *p) {
  if (ps->depth + 1 > ps->depth_cap) {
    ik_b_fail(ps, IK_E_TOO_DEEP, p, "less nesting");
    return 0;
  }
  ps->depth++;
  ps->parents[ps->depth] = n;
  ik_node *last = n->child;
  while (last && last->next) last = last->next;
  ps->lasts[ps->depth] = last;
  return 1;
}

void ik_b_pop(ik_pstate *ps, const unsigned char *p_end) {
  if (ps->depth == 0) return;
  ik_node *n = ps->parents[ps->depth];
  if (p_end) n->span.len = (uint32_t)(p_end - ps->base) - n->span.off;
  ps->depth--;
  ps->last = n;
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
    ik_node *n = ik_b_add(ps, IK_N_SEQ_NUM, ps->seq_a_off, end - ps->seq_a_off);
    if (!n) return 0;
    n->num = ps->seq_a;
    if (ps->seq_a_star) n->flags |= IK_NF_STAR;
    return 1;
  }
  ik_node *r = ik_b_add(ps, IK_N_SEQ_RANGE, ps->seq_a_off, end - ps->seq_a_off);
  if (!r || !ik_b_push(ps, r, p)) return 0;
  /* first number: up to the ':' */
  const unsigned char *s = ps->base + ps->seq_a_off;
  uint32_t alen = 0;
  while (s[alen] != ':') alen++;
  ik_node *a = ik_b_add(ps, IK_N_SEQ_NUM, ps->seq_a_off, alen);
  if (!a) return 0;
  a->num = ps->seq_a;
  if (ps->seq_a_star) a->flags |= IK_NF_STAR;
  uint32_t boff = ps->seq_a_off + alen + 1;
  ik_node *b = ik_b_add(ps, IK_N_SEQ_NUM, boff, end - boff);
  if (!b) return 0;
  b->num = ps->seq_star ? 0 : ps->num;
  if (ps->seq_star) b->flags |= IK_NF_STAR;
  ik_b_pop(ps, NULL);
  return 1;
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
