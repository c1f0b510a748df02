/*
 * Tree-building helpers of the typed response grammar (response.rl): numbers,
 * capabilities, FETCH items, body structures with their part numbers, section
 * specs, and the scanner behind per-item recovery. Nothing here recurses.
 */
#include "resp_build.h"

int ik_r_num(ik_pstate *ps) {
  ik_node *n = ik_b_add(ps, IK_N_NUMBER, ps->tok_off, ps->tok_len);
  if (!n) return 0;
  n->num = ps->num;
  return 1;
}

int ik_r_nil_num(ik_pstate *ps, const unsigned char *p, uint32_t len) {
  ik_node *n = ik_b_add(ps, IK_N_NUMBER, ik_b_off(ps, p), len);
  if (!n) return 0;
  n->form = IK_FORM_NIL;
  return 1;
}

int ik_r_str(ik_pstate *ps) { return ik_b_add_tok_inline(ps, IK_N_STRING) != NULL; }

int ik_r_cap(ik_pstate *ps) {
  ik_node *n = ik_b_add(ps, IK_N_CAPABILITY, ps->tok_off, ps->tok_len);
  if (!n) return 0;
  n->form = IK_FORM_ATOM;
  n->flags = ps->tok_flags;
  n->id = (uint16_t)ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  return 1;
}

int ik_r_open(ik_pstate *ps, ik_node_kind kind, const unsigned char *p) {
  ik_node *n = ik_b_add(ps, kind, ik_b_off(ps, p), 0);
  return n && ik_b_push(ps, n, p);
}

int ik_r_nil_node(ik_pstate *ps, ik_node_kind kind) {
  ik_node *n = ik_b_add(ps, kind, ps->tok_off, ps->tok_len);
  if (!n) return 0;
  n->form = IK_FORM_NIL;
  return 1;
}

int ik_r_status_att(ik_pstate *ps) {
  ik_node *n = ik_b_add(ps, IK_N_STATUS_ATT, ps->tok_off, ps->tok_len);
  if (!n) return 0;
  n->id = (uint16_t)ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  return ik_b_push(ps, n, ps->base + ps->tok_off);
}

int ik_r_pair(ik_pstate *ps) {
  ik_node *n = ik_b_add_tok(ps, IK_N_PAIR);
  if (!n) return 0;
  /* the name's keyword, when it is one (CHILDINFO, OLDNAME, ...): never for
   * a literal or a quoted string with escapes */
  if (n->form == IK_FORM_ATOM || (n->form == IK_FORM_QUOTED && !(n->flags & IK_NF_ESCAPES)))
    n->id = (uint16_t)ik_keyword(ps->base + n->span.off, n->span.len);
  return ik_b_push(ps, n, ps->base + n->span.off);
}

int ik_r_attr(ik_pstate *ps, const unsigned char *p, int push) {
  ik_node *n = ik_b_add(ps, IK_N_ATTR, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark));
  if (!n) return 0;
  n->id = (uint16_t)ik_keyword(ps->mark, (size_t)(p - ps->mark));
  return !push || ik_b_push(ps, n, ps->mark);
}

ik_node *ik_r_attr_tok(ik_pstate *ps, const unsigned char *p) {
  ik_node *n = ik_b_add(ps, IK_N_ATTR, ps->tok_off, ps->tok_len);
  if (!n) return NULL;
  n->id = (uint16_t)ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  return ik_b_push(ps, n, p) ? n : NULL;
}

int ik_r_reopen(ik_pstate *ps, const unsigned char *p) {
  ik_node *n = ps->lasts[ps->depth];
  if (!n) return ik_b_fail(ps, IK_E_SYNTAX, p, ps->ctx);
  return ik_b_push(ps, n, p);
}

int ik_r_thread_close(ik_pstate *ps, const unsigned char *p) {
  /* thread-nested = 2*thread-list: a thread list holds no nested list, or at
   * least two (one alone is the lenient quirk) */
  size_t nested = 0;
  for (const ik_node *c = ps->parents[ps->depth]->child; c; c = c->next)
    if (c->kind == IK_N_THREAD) nested++;
  if (nested == 1) return ik_b_quirk(ps, IK_Q_OTHER, p);
  return 1;
}

int ik_r_uid_set(ik_pstate *ps) {
  /* uid-set = (uniqueid / uid-range) *("," uid-set): no "*", no "$" */
  const ik_node *set = ps->lasts[ps->depth];
  if (!set || set->kind != IK_N_SEQSET) return 1;
  for (const ik_node *c = set->child; c; c = c->next) {
    const ik_node *bad = NULL;
    if (c->kind == IK_N_SEARCH_RES || (c->kind == IK_N_SEQ_NUM && (c->flags & IK_NF_STAR)))
      bad = c;
    else if (c->kind == IK_N_SEQ_RANGE)
      for (const ik_node *e = c->child; e; e = e->next)
        if (e->flags & IK_NF_STAR) bad = e;
    if (bad) return ik_b_quirk(ps, IK_Q_OTHER, ps->base + bad->span.off);
  }
  return 1;
}

/* How many arguments an untagged response of a counted machine takes:
 * [min, max]. */
static void args_range(ik_kw name, uint32_t *min, uint32_t *max) {
  switch (name) {
  case IK_KW_NAMESPACE: *min = 3; *max = 3; break;          /* personal, other, shared */
  case IK_KW_MYRIGHTS: *min = 2; *max = 2; break;           /* mailbox rights */
  case IK_KW_LISTRIGHTS: *min = 3; *max = UINT32_MAX; break; /* mailbox identifier rights+ */
  default: *min = 1; *max = UINT32_MAX; break;              /* QUOTAROOT mailbox *root */
  }
}

int ik_r_args_max(ik_pstate *ps, const unsigned char *p) {
  uint32_t min, max;
  args_range(ps->msg->name, &min, &max);
  if (ps->depth == 0 && ps->kids[0] >= max) return ik_b_fail(ps, IK_E_SYNTAX, p, "end of line");
  return 1;
}

int ik_r_args_min(ik_pstate *ps, const unsigned char *p) {
  uint32_t min, max;
  args_range(ps->msg->name, &min, &max);
  if (ps->depth == 0 && ps->kids[0] < min) return ik_b_fail(ps, IK_E_SYNTAX, p, "SP and more arguments");
  return 1;
}

int ik_r_metadata_cond(ik_pstate *ps, const unsigned char *p) {
  /* "LONGENTRIES" SP number / "MAXSIZE" SP number / "TOOMANY" / "NOPRIVATE" */
  ik_kw k = ik_keyword(ps->mark, (size_t)(p - ps->mark));
  if (k != IK_KW_LONGENTRIES && k != IK_KW_MAXSIZE && k != IK_KW_TOOMANY && k != IK_KW_NOPRIVATE)
    return ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "LONGENTRIES, MAXSIZE, TOOMANY or NOPRIVATE");
  return ik_r_attr(ps, p, 1);
}

int ik_r_metadata_end(ik_pstate *ps, const unsigned char *p) {
  ik_node *a = ps->parents[ps->depth];
  if (ps->depth == 0 || a->kind != IK_N_ATTR) return 1;
  int wants = a->id == IK_KW_LONGENTRIES || a->id == IK_KW_MAXSIZE;
  if (wants != (a->child != NULL)) return ik_b_fail(ps, IK_E_SYNTAX, p, wants ? "SP number" : "]");
  ik_b_pop(ps, a->child ? p : NULL);
  return 1;
}

int ik_r_nil_date(ik_pstate *ps, const unsigned char *p) {
  /* SAVEDATE SP (date-time / nil); INTERNALDATE SP date-time */
  if (ps->item && ps->item->id == IK_KW_SAVEDATE) return 1;
  return ik_b_fail(ps, IK_E_SYNTAX, p, "a date-time");
}

int ik_r_preview_str(ik_pstate *ps, const unsigned char *p) {
  /* PREVIEW SP nstring; SNIPPET SP "(" algorithm SP nstring ")" */
  if (ps->item && ps->item->id == IK_KW_PREVIEW) return 1;
  return ik_b_fail(ps, IK_E_SYNTAX, p, "(");
}

int ik_r_fields_end(ik_pstate *ps, const unsigned char *p, size_t n, const char *what) {
  if ((size_t)ps->kids[ps->depth] != n) return ik_b_fail(ps, IK_E_SYNTAX, p, what);
  return 1;
}

int ik_r_fields_max(ik_pstate *ps, const unsigned char *p, size_t n, const char *what) {
  if ((size_t)ps->kids[ps->depth] >= n) return ik_b_fail(ps, IK_E_SYNTAX, p, what);
  return 1;
}

/* env-from, env-sender, env-reply-to, env-to, env-cc, env-bcc */
static int env_is_addrs(size_t pos) { return pos >= 2 && pos <= 7; }

int ik_r_env_field(ik_pstate *ps, const unsigned char *p) {
  size_t pos = (size_t)ps->kids[ps->depth];
  if (pos >= 10) return ik_b_fail(ps, IK_E_SYNTAX, p, "')' after ten envelope fields");
  if (*p == '(' && !env_is_addrs(pos)) return ik_b_fail(ps, IK_E_SYNTAX, p, "an nstring");
  if ((*p == '"' || *p == '{') && env_is_addrs(pos))
    return ik_b_fail(ps, IK_E_SYNTAX, p, "an address list or NIL");
  return 1;
}

int ik_r_env_str(ik_pstate *ps) {
  size_t pos = (size_t)ps->kids[ps->depth];
  if (env_is_addrs(pos)) return ik_r_nil_node(ps, IK_N_ADDRESS_LIST);
  return ik_r_str(ps);
}

int ik_r_item_begin(ik_pstate *ps, const unsigned char *p) {
  ik_node *n = ik_b_add(ps, IK_N_FETCH_ITEM, ik_b_off(ps, p), 0);
  if (!n) return 0;
  ps->item = n;
  return 1;
}

void ik_r_item_name_end(ik_pstate *ps, const unsigned char *p) {
  if (ps->item) ps->item->span.len = ik_b_off(ps, p) - ps->item->span.off;
}

static int is_multipart(const ik_node *n) {
  return n && n->kind == IK_N_BODY && (n->flags & IK_NF_MULTIPART);
}

int ik_r_body_begin(ik_pstate *ps, const unsigned char *p) {
  uint32_t d = ps->depth;
  uint64_t num = 1;
  if (d > 0 && is_multipart(ps->parents[d])) {
    const ik_node *prev = ps->lasts[d];
    num = prev && prev->kind == IK_N_BODY ? prev->num + 1 : 1;
  }
  ik_node *n = ik_b_add(ps, IK_N_BODY, ik_b_off(ps, p), 0);
  if (!n) return 0;
  n->num = num;
  return ik_b_push(ps, n, p);
}

void ik_r_body_multipart(ik_pstate *ps) {
  uint32_t d = ps->depth;
  ik_node *cur = ps->parents[d];
  cur->flags |= IK_NF_MULTIPART;
  /* A multipart has a number of its own only as a part of a multipart. */
  if (d < 2 || !is_multipart(ps->parents[d - 1])) cur->num = 0;
}

static int span_is(const ik_pstate *ps, const ik_node *n, const char *w) {
  size_t k = strlen(w);
  if (!n || n->kind != IK_N_STRING || n->form == IK_FORM_NIL || n->span.len != k) return 0;
  const unsigned char *s = ps->base + n->span.off;
  for (size_t i = 0; i < k; i++)
    if ((s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]) != (unsigned char)w[i]) return 0;
  return 1;
}

int ik_r_body_kind(ik_pstate *ps) {
  ik_node *cur = ps->parents[ps->depth];
  const ik_node *type = cur->child, *sub = type ? type->next : NULL;
  if (span_is(ps, type, "TEXT")) {
    cur->id = IK_KW_TEXT;
    return 1;
  }
  if (span_is(ps, type, "MESSAGE") && (span_is(ps, sub, "RFC822") || span_is(ps, sub, "GLOBAL"))) {
    cur->id = IK_KW_MESSAGE;
    return 2;
  }
  return 0;
}

void ik_r_part_close(ik_pstate *ps) {
  ik_node *part = ps->parents[ps->depth];
  if (ps->depth == 0 || part->kind != IK_N_PART) return;
  const ik_node *last = ps->lasts[ps->depth];
  if (last) part->span.len = last->span.off + last->span.len - part->span.off;
  ik_b_pop(ps, NULL);
}

void ik_r_section_kw(ik_pstate *ps, const unsigned char *p) {
  ik_node *sec = ps->parents[ps->depth];
  if (ps->depth == 0 || sec->kind != IK_N_SECTION) return;
  sec->id = (uint16_t)ik_keyword(ps->mark, (size_t)(p - ps->mark));
}

/* A literal announcement at s ("{N}", "{N+}", "~{N}" then CRLF or LF):
 * where its data ends, or NULL when s does not start one or the data runs
 * past pe. *streamed is set when its count is one the framer streams away
 * (at least stream_min, when that is not 0): its data is not in the message. */
static const unsigned char *skip_literal(const unsigned char *s, const unsigned char *pe,
                                         uint64_t stream_min, int *streamed) {
  const unsigned char *q = s;
  if (q < pe && *q == '~') q++;
  if (q >= pe || *q != '{') return NULL;
  q++;
  uint64_t n = 0;
  int digits = 0;
  while (q < pe && *q >= '0' && *q <= '9') {
    if (++digits > 19) return NULL;
    n = n * 10u + (uint64_t)(*q - '0');
    q++;
  }
  if (!digits) return NULL;
  if (q < pe && (*q == '+' || *q == '-')) q++;
  if (q >= pe || *q != '}') return NULL;
  q++;
  if (q < pe && *q == '\r') q++;
  if (q >= pe || *q != '\n') return NULL;
  q++;
  if (stream_min && n >= stream_min) {
    *streamed = 1;
    return q;
  }
  if (n > (uint64_t)(pe - q)) return NULL;
  return q + n;
}

const unsigned char *ik_r_item_resync(const unsigned char *item, const unsigned char *min,
                                      const unsigned char *pe, uint64_t stream_min) {
  /* An item is "name SP value"; the name may hold [...] with spaces inside.
   * Depth counts ( and [; runs of spaces at depth 0 alternate between the
   * separator inside an item and the separator after it. */
  size_t depth = 0;
  unsigned runs = 0;
  for (const unsigned char *q = item; q < pe; q++) {
    unsigned char c = *q;
    switch (c) {
    case '"':
      for (q++; q < pe && *q != '"'; q++) {
        if (*q == '\r' || *q == '\n') return NULL;
        if (*q == '\\' && q + 1 < pe && q[1] != '\r' && q[1] != '\n') q++;
      }
      if (q >= pe) return NULL;
      break;
    case '{':
    case '~': {
      int streamed = 0;
      const unsigned char *e = skip_literal(q, pe, stream_min, &streamed);
      /* an item whose literal data was streamed away cannot be kept as its
       * bytes: no recovery */
      if (streamed) return NULL;
      if (e) q = e - 1;
      break;
    }
    case '(':
    case '[':
      depth++;
      break;
    case ')':
    case ']':
      if (depth > 0) {
        depth--;
      } else if (c == ')' && q >= min) {
        return q;
      }
      break;
    case ' ':
      if (depth == 0) {
        /* q is the run's first space: what came before it is no space, or
         * the end of a literal's data, which may end in spaces of its own
         * (never walk back into it) */
        const unsigned char *first = q;
        while (q + 1 < pe && q[1] == ' ') q++;
        if (++runs % 2 == 0 && q >= min) return first;
      }
      break;
    case '\r':
    case '\n':
      return NULL;
    default:
      break;
    }
  }
  return NULL;
}

int ik_r_is_base64(const unsigned char *s, size_t n) {
  if (n == 0 || n % 4) return 0;
  size_t pad = 0;
  if (s[n - 1] == '=') pad++;
  if (pad && s[n - 2] == '=') pad++;
  for (size_t i = 0; i < n - pad; i++) {
    unsigned char c = s[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
          c == '/'))
      return 0;
  }
  return 1;
}

/* ------------------------------------------------------------------------ */

static int contains(const ik_node *outer, const ik_node *in) {
  return in->span.off >= outer->span.off &&
         (uint64_t)in->span.off + in->span.len <= (uint64_t)outer->span.off + outer->span.len;
}

int ik_body_section(const ik_node *body, const ik_node *part, char *buf, size_t cap) {
  if (!body || !part || body->kind != IK_N_BODY || part->kind != IK_N_BODY) return -1;
  size_t len = 0;
  const ik_node *cur = body;
#define IK_PUT(ch)                                 \
  do {                                             \
    char c_ = (char)(ch); /* evaluated once */     \
    if (cap && len + 1 < cap) buf[len] = c_;       \
    len++;                                         \
  } while (0)
  for (;;) {
    if (cur->num) {
      char t[24];
      int k = 0;
      uint64_t v = cur->num;
      do {
        t[k++] = (char)('0' + v % 10u);
        v /= 10u;
      } while (v);
      if (len) IK_PUT('.');
      while (k) IK_PUT(t[--k]);
    }
    if (cur == part) break;
    /* Down into the child BODY (a part, or the body of a message/rfc822)
     * whose bytes hold the part: spans of nested bodies nest. */
    const ik_node *next = NULL;
    for (const ik_node *c = cur->child; c; c = c->next)
      if (c->kind == IK_N_BODY && contains(c, part)) {
        next = c;
        break;
      }
    if (!next) {
      if (cap) buf[0] = 0;
      return -1;
    }
    cur = next;
  }
#undef IK_PUT
  if (cap) buf[len < cap ? len : cap - 1] = 0;
  return (int)len;
}
