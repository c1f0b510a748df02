/*
 * Internal: the state of one parse, shared by the Ragel machines (through
 * `access ps->;`) and the tree builder. Not part of the public API.
 */
#ifndef IK_PSTATE_H
#define IK_PSTATE_H

#include "imapkit.h"

#include <string.h>

/* Hard cap on the Ragel call stack and the builder stack, whatever max_depth
 * says: the writers recurse on the tree, so no tree may be deeper than this. */
#define IK_DEPTH_HARD 4096u

typedef struct ik_pstate {
  /* Ragel */
  int cs, top;
  int *stack;
  const unsigned char *p, *pe, *eof;

  /* input and output */
  const unsigned char *base; /* message start: spans are offsets from here */
  ik_parser *parser;
  ik_arena *arena;
  ik_message *msg;
  int strict;

  /* tree building: parents[d] is the node whose children are being added at
   * depth d; parents[0] is NULL for the message's argument chain. */
  ik_node **parents;
  ik_node **lasts;
  uint32_t *kids;            /* kids[d]: children of parents[d] so far */
  uint32_t depth, depth_cap;
  ik_node *last;             /* the node added last */
  /* (the fields above, and these three, are set by parse() and run() before any
   * use; parse() clears only the fields from `mark` on: see there) */
  ik_status err;
  int done;                  /* the message's final eol was accepted */
  const char *ctx;           /* what is being parsed: used in messages */

  /* the token just scanned */
  const unsigned char *mark; /* start of the token in progress */
  uint32_t tok_off, tok_len;
  uint8_t tok_form;
  uint16_t tok_flags;
  uint64_t num;              /* number being scanned */
  uint64_t num_saved;        /* a number kept across the next token */
  int lit8, nonsync;
  ik_kw kw;                  /* keyword of the last name looked up */
  ik_node *gatom;            /* generic atom being scanned (brackets nest in it) */
  const unsigned char *gmark;/* its first byte */
  uint16_t gflags;
  /* Which "[" of generic atoms a "]" closes (ik_b_generic_bracket): a table of
   * the "[" of the stretch [gb_from, gb_end) scanned from the first one asked
   * about, in order; gb_i is where the last question was answered. */
  const unsigned char *gb_from, *gb_end;
  uint32_t *gb_pos;          /* offsets of the "[" */
  uint8_t *gb_closed;        /* 1: a "]" closes it */
  uint32_t gb_n, gb_i;
  ik_node *code;             /* response code being parsed */
  /* sequence-set element being scanned */
  uint64_t seq_a;
  uint32_t seq_a_off, seq_a_len;
  int seq_a_star, seq_star, seq_has_b;
  /* responses (response.rl, resp_build.c) */
  ik_node *item;                 /* FETCH item being parsed: per-item recovery */
  const unsigned char *sp_mark;  /* first byte of a run of spaces: quirk offsets */

  /* errors (err, done and ctx: above) */
  size_t err_off;
  const char *expected;
  ik_quirk *qlast;
  /* Stacks for the usual depths live here (on the C stack, not in the arena,
   * and not cleared: only [0..depth] is ever read). Deeper limits: arena. */
#define IK_PS_INLINE_DEPTH 128
  ik_node *in_parents[IK_PS_INLINE_DEPTH + 2];
  ik_node *in_lasts[IK_PS_INLINE_DEPTH + 2];
  uint32_t in_kids[IK_PS_INLINE_DEPTH + 2];
  int in_stack[IK_PS_INLINE_DEPTH + 4];
  /* The bracket table of a stretch with few "[" (more: arena). */
#define IK_PS_INLINE_BRACKETS 32
  uint32_t in_gb_pos[IK_PS_INLINE_BRACKETS], in_gb_stk[IK_PS_INLINE_BRACKETS],
      in_gb_dep[IK_PS_INLINE_BRACKETS];
  uint8_t in_gb_closed[IK_PS_INLINE_BRACKETS];
} ik_pstate;

/* --- builder (build.c) --- */

/* Records an error at p unless one is recorded already. Returns 0. */
int ik_b_fail(ik_pstate *ps, ik_status code, const unsigned char *p, const char *expected);
/* A new node appended to the children of the current parent. NULL: out of memory
 * (the error is recorded). */
ik_node *ik_b_add(ik_pstate *ps, ik_node_kind kind, uint32_t off, uint32_t len);
/* A node from the token just scanned (string forms, numbers). */
ik_node *ik_b_add_tok(ik_pstate *ps, ik_node_kind kind);
/* The arena's bump pointer inlined for the parser's own allocations (nodes,
 * the message): n bytes (a multiple of 8, as ik_arena_alloc rounds) from the
 * current chunk, or NULL when anything unusual (the chunk is full, a bound is
 * set) needs ik_arena_alloc. The arena's peak is brought up to date once per
 * message by ik_parse. */
static inline void *ik_b_bump(ik_arena *a, size_t n) {
  if (__builtin_expect(a->cap - a->used < n || a->max_total, 0)) return NULL;
  void *p = a->buf + a->used;
  a->used += n;
  a->total += n;
  return p;
}

/* Appends n to the children of the current parent (build.c's fast paths). */
static inline void ik_b_link(ik_pstate *ps, ik_node *n) {
  uint32_t d = ps->depth;
  ps->kids[d]++;
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

static inline void ik_b_tok_fields(const ik_pstate *ps, ik_node *n, ik_node_kind kind) {
  n->form = ps->tok_form;
  n->flags = ps->tok_flags;
  if (kind == IK_N_NUMBER || (n->flags & IK_NF_ELIDED)) n->num = ps->num;
}
/* ik_b_add_tok's slow path: a bound, a new chunk, exhaustion. */
ik_node *ik_b_add_tok_slow(ik_pstate *ps, ik_node_kind kind);
/* ik_b_add_tok inline, for the builder's most frequent call (every string of
 * an envelope, ik_r_str); the slow path is a tail call, so the fast path saves
 * no registers. */
static inline ik_node *ik_b_add_tok_inline(ik_pstate *ps, ik_node_kind kind) {
  ik_node *n = ik_b_bump(ps->arena, sizeof *n);
  if (!n) return ik_b_add_tok_slow(ps, kind);
  *n = (ik_node){.kind = (uint8_t)kind, .span = {ps->tok_off, ps->tok_len}};
  ik_b_link(ps, n);
  ik_b_tok_fields(ps, n, kind);
  return n;
}
/* A SEQSET node, made the parent of the elements that follow. */
int ik_b_seqset_begin(ik_pstate *ps, const unsigned char *p);
/* One element (number, '*' or range) ending at p. */
int ik_b_seq_elem(ik_pstate *ps, const unsigned char *p);
/* The literal whose announcement ends with the LF at p (its size in ps->num):
 * sets the token (form, span, flags) and returns where scanning resumes, past
 * its data (or p + 1 when the framer streamed the data away); NULL with the
 * error recorded when the data is not all there or holds a NUL in strict
 * mode. The count is checked against the bytes left before any pointer is
 * formed from it. */
const unsigned char *ik_b_literal(ik_pstate *ps, const unsigned char *p);
/* A MAILBOX node from the astring token just scanned (INBOX folded). */
int ik_b_mailbox(ik_pstate *ps);
/* A DATETIME node from the date_time token just scanned (the quoted content):
 * checks the calendar (day of month, leap years, hour, minute, second, zone)
 * and sets num to the seconds since 1970-01-01 UTC (two's complement before
 * 1970). 0 with IK_E_BAD_DATE recorded at the opening quote when invalid. */
int ik_b_datetime(ik_pstate *ps);
/* Days from 1970-01-01 to y-m-d, proleptic Gregorian (dates and date-times). */
int64_t ik_b_days_from_civil(int64_t y, unsigned m, unsigned d);
/* Ends a generic atom: its length, and NUMBER when it is all digits. */
int ik_b_generic_atom_end(ik_pstate *ps, ik_node *n, const unsigned char *p);
/* Makes the node of the generic atom that starts at ps->gmark, once. */
int ik_b_generic_atom(ik_pstate *ps);
/* The "[" at p inside a generic atom: when a "]" closes it, opens its BRACKET
 * (the atom's node made and pushed, then the BRACKET's) and returns 1: the
 * machine calls g_bracket; when none does, returns 0: the "[" is a byte of
 * the atom (an ATOM-CHAR). -1: out of arena or depth (recorded). */
int ik_b_generic_bracket(ik_pstate *ps, const unsigned char *p);
/* Makes the node the parent of what follows; 0 on depth overflow (recorded). */
int ik_b_push(ik_pstate *ps, ik_node *n, const unsigned char *p);
/* Closes the current parent; its span is extended to end at p_end (exclusive),
 * or kept as it is when p_end is NULL. */
static inline void ik_b_pop(ik_pstate *ps, const unsigned char *p_end) {
  if (ps->depth == 0) return;
  ik_node *n = ps->parents[ps->depth];
  if (p_end) n->span.len = (uint32_t)(p_end - ps->base) - n->span.off;
  ps->depth--;
  ps->last = n;
}
/* Notes a lenient relaxation at p, or fails in strict mode. Returns 1 when the
 * parse may go on. */
int ik_b_quirk(ik_pstate *ps, ik_quirk_kind q, const unsigned char *p);

/* Bytes that may follow one another inside a quoted string without any
 * action: CHAR except quoted-specials, CR and LF (8-bit bytes have one). */
static const unsigned char ik_q_plain[256] = {
#define IK_R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, IK_R16(1),
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, IK_R16(1), IK_R16(1),
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, IK_R16(1), IK_R16(1),
    IK_R16(0), IK_R16(0), IK_R16(0), IK_R16(0), IK_R16(0), IK_R16(0), IK_R16(0), IK_R16(0)
#undef IK_R16
};

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* The first byte at or after q that is not plain quoted-string content. */
static inline const unsigned char *ik_q_skip(const unsigned char *q, const unsigned char *pe) {
#if defined(__SSE2__)
  const __m128i dq = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), cr = _mm_set1_epi8('\r'),
                lf = _mm_set1_epi8('\n'), z = _mm_setzero_si128();
  while (pe - q >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, bs)),
                             _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)),
                                          _mm_cmpeq_epi8(v, z)));
    unsigned bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(m, v)); /* | high bit: 8-bit */
    if (bits) return q + __builtin_ctz(bits);
    q += 16;
  }
#endif
  while (q < pe && ik_q_plain[*q]) q++;
  return q;
}

/* Byte classes of the runs the machines skip in one scan instead of one
 * state transition per byte (lexical.rl: atom_skip, astring_skip, tag_skip,
 * num_run). A run is only skipped where the machine would stay in one state
 * with no other action on each of its bytes: tools/gen/check_skips.py checks
 * that on every generated machine (make check-generated). LF is in no class,
 * and every message ik_parse accepts ends with one, so the scans need no
 * bound. */
#define IK_CL_ATOM 1u    /* ATOM-CHAR without 8-bit bytes (those have an action) */
#define IK_CL_ASTRING 2u /* ASTRING-CHAR likewise: ATOM-CHAR and "]" */
#define IK_CL_TAG 4u     /* tag: ASTRING-CHAR except "+" */
static const unsigned char ik_cl[256] = {
#define IK_A 7u /* atom, astring and tag */
    /* 0x00-0x1f: CTL */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* SP ! " # $ % & ' ( ) * + , - . / */
    0, IK_A, 0, IK_A, IK_A, 0, IK_A, IK_A, 0, 0, 0, 3, IK_A, IK_A, IK_A, IK_A,
    /* 0-9 : ; < = > ? */
    IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A,
    /* @ A-O */
    IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A,
    /* P-Z [ \ ] ^ _ */
    IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, 0, 6, IK_A, IK_A,
    /* ` a-o */
    IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A,
    /* p-z { | } ~ DEL */
    IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, IK_A, 0, IK_A, IK_A, IK_A, 0,
    /* 0x80-0xff: 0 */
#undef IK_A
};

/* Past the run of bytes of class `cl` that starts at q (the LF at the end of
 * the message stops it at the latest). */
static inline const unsigned char *ik_skip_run(const unsigned char *q, unsigned cl) {
  while (ik_cl[*q] & cl) q++;
  return q;
}

/* The digits from p on (the first one is at p): their value added to ps->num
 * as the machine's per-digit action would, stopping at the first digit that
 * would overflow 64 bits (NULL: the machine fails there). Else returns the
 * last digit. */
static inline const unsigned char *ik_num_run(uint64_t *num, const unsigned char *p) {
  uint64_t v = *num;
  for (;;) {
    if (v > (UINT64_MAX - 9u) / 10u) break;
    v = v * 10u + (uint64_t)(*p - '0');
    if ((unsigned)(p[1] - '0') > 9u) { *num = v; return p; }
    p++;
  }
  *num = v;
  return NULL;
}

static inline uint32_t ik_b_off(const ik_pstate *ps, const unsigned char *p) {
  return (uint32_t)(p - ps->base);
}

/* --- machines (generated from client.rl and server.rl) --- */
/* Run from the start of a message; `alt` selects the lenient fallback entry
 * (server: the rest of a status response as text; client: unused). The parse
 * succeeded when ps->done is set, ps->err is not, and ps->p == ps->pe. */
void ik_client_run(ik_pstate *ps, int alt);
void ik_server_run(ik_pstate *ps, int alt);

#endif
