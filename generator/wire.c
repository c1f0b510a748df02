/*
 * The wire generator: a parsed tree back to IMAP bytes, written from its
 * nodes (not copied from the message): each string in the form it had (atom,
 * quoted with its raw escapes, literal {N} / {N+} / {N-} / ~{N}, NIL), each
 * number, list, section and typed construct with the delimiters its grammar
 * gives it, one SP between values (none where the grammar puts none: the
 * parts of a multipart body, the addresses of an address list, a list that
 * followed a generic value directly), CRLF at the end.
 *
 * So a message already in canonical form (single spaces, CRLF) comes back
 * byte for byte, and any message the parser accepts comes back as one that
 * parses to the same tree (docs/tree.md lists each kind's wire form).
 *
 * Output is gathered in a small buffer on the stack and handed to the
 * callback in pieces; literal data goes straight through. Nothing is
 * allocated. The writer recurses on the tree, whose depth the parser bounds.
 */
#include "writer.h"

typedef struct wr {
  ik_write_fn fn;
  void *ud;
  int err;
  int keep_spaces; /* a response the typed grammar gave up on: see spaces() */
  const unsigned char *base;
  size_t len;
  size_t n;
  unsigned char buf[2048];
} wr;

static void flush(wr *w) {
  if (w->n && !w->err && w->fn(w->ud, w->buf, w->n)) w->err = 1;
  w->n = 0;
}

static void put(wr *w, const void *s, size_t n) {
  if (n > sizeof w->buf - w->n) {
    flush(w);
    if (n > sizeof w->buf / 2) {
      if (!w->err && w->fn(w->ud, s, n)) w->err = 1;
      return;
    }
  }
  memcpy(w->buf + w->n, s, n);
  w->n += n;
}

static void put1(wr *w, char c) {
  if (w->n == sizeof w->buf) flush(w);
  w->buf[w->n++] = (unsigned char)c;
}

static void put_u64(wr *w, uint64_t v) {
  char t[24];
  int i = 24;
  do {
    t[--i] = (char)('0' + v % 10u);
    v /= 10u;
  } while (v);
  put(w, t + i, (size_t)(24 - i));
}

static const unsigned char *bytes(const wr *w, const ik_node *n) { return w->base + n->span.off; }

static void span(wr *w, const ik_node *n) { put(w, bytes(w, n), n->span.len); }

static int ieq(const unsigned char *s, size_t n, const char *k) {
  size_t i = 0;
  for (; i < n && k[i]; i++) {
    unsigned char c = s[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    if (c != (unsigned char)k[i]) return 0;
  }
  return i == n && k[i] == 0;
}

static int all_digits(const unsigned char *s, size_t n) {
  if (n == 0) return 0; /* any length: leading zeros are part of the token */
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

/* ------------------------------------------------------------------------ */
/* Leaves */

static void nil(wr *w, const ik_node *n) {
  /* NIL as it was spelled (nil, Nil, ...) */
  if (n->span.len == 3 && ieq(bytes(w, n), 3, "NIL"))
    span(w, n);
  else
    put(w, "NIL", 3);
}

static uint32_t outer_start(const wr *w, const ik_node *n);

static void literal(wr *w, const ik_node *n) {
  uint64_t size = (n->flags & IK_NF_ELIDED) ? n->num : n->span.len;
  if (n->form == IK_FORM_LITERAL8) put1(w, '~');
  put1(w, '{');
  /* the count's digits as announced ({007} keeps its zeros), else the size */
  uint32_t a = outer_start(w, n), d = a, k;
  while (d < n->span.off && w->base[d] != '{') d++;
  d++;
  uint64_t v = 0;
  for (k = d; k < n->span.off && k - d < 20 && w->base[k] >= '0' && w->base[k] <= '9'; k++)
    v = v * 10u + (uint64_t)(w->base[k] - '0');
  if (k > d && k < n->span.off && v == size && (w->base[k] == '}' || w->base[k] == '+' || w->base[k] == '-'))
    put(w, w->base + d, k - d);
  else
    put_u64(w, size);
  if (n->flags & IK_NF_NONSYNC) {
    /* {N+} (LITERAL+) or {N-} (LITERAL-): the node says non-synchronizing;
     * which sign it was is the byte before the "}" of the announcement. */
    char sign = '+';
    uint32_t i = n->span.off;
    if (i > 0 && w->base[i - 1] == '\n') i--;
    if (i > 0 && w->base[i - 1] == '\r') i--;
    if (i > 1 && w->base[i - 1] == '}' && w->base[i - 2] == '-') sign = '-';
    put1(w, sign);
  }
  put(w, "}\r\n", 3);
  if (!(n->flags & IK_NF_ELIDED)) span(w, n);
}

/* A string in the form it had: atom, quoted (raw escapes kept), literal, NIL. */
static void string(wr *w, const ik_node *n) {
  switch ((ik_form)n->form) {
  case IK_FORM_NIL:
    nil(w, n);
    return;
  case IK_FORM_QUOTED:
    put1(w, '"');
    span(w, n);
    put1(w, '"');
    return;
  case IK_FORM_LITERAL:
  case IK_FORM_LITERAL8:
    literal(w, n);
    return;
  default:
    span(w, n);
    return;
  }
}

static void number(wr *w, const ik_node *n) {
  if (n->form == IK_FORM_NIL) {
    if (n->span.len) nil(w, n); /* NIL where a number was; len 0: absent */
    return;
  }
  /* the digits as sent (leading zeros are part of the token), else the value */
  if (all_digits(bytes(w, n), n->span.len))
    span(w, n);
  else
    put_u64(w, n->num);
}

static void seq_num(wr *w, const ik_node *n) {
  if (n->flags & IK_NF_STAR)
    put1(w, '*');
  else if (all_digits(bytes(w, n), n->span.len))
    span(w, n);
  else
    put_u64(w, n->num);
}

/* A node that writes nothing (an absent line count): no separator either. */
static int absent(const ik_node *n) {
  return n->kind == IK_N_NUMBER && n->form == IK_FORM_NIL && n->span.len == 0;
}

/* ------------------------------------------------------------------------ */
/* Containers */

static void node(wr *w, const ik_node *n, int depth);

enum { SEP_SP, SEP_ADJ, SEP_NONE, SEP_DOT, SEP_COMMA };

/* Where a node's bytes end on the wire: quoted strings have a closing quote
 * after their span. */
static uint32_t outer_end(const ik_node *n) {
  return n->span.off + n->span.len + (n->form == IK_FORM_QUOTED ? 1u : 0u);
}

/* Where a node's bytes start on the wire: before the opening quote, or at
 * the announcement of a literal ("{N}" CRLF, "~{N+}" LF ...). */
static uint32_t outer_start(const wr *w, const ik_node *n) {
  uint32_t i = n->span.off;
  if (n->form == IK_FORM_QUOTED) return i ? i - 1 : 0;
  if (n->form != IK_FORM_LITERAL && n->form != IK_FORM_LITERAL8) return i;
  const unsigned char *b = w->base;
  if (i && b[i - 1] == '\n') i--;
  if (i && b[i - 1] == '\r') i--;
  if (i && b[i - 1] == '}') i--;
  if (i && (b[i - 1] == '+' || b[i - 1] == '-')) i--;
  while (i && b[i - 1] >= '0' && b[i - 1] <= '9') i--;
  if (i && b[i - 1] == '{') i--;
  if (i && b[i - 1] == '~') i--;
  return i;
}

/* The spaces between [from, to) as they were, when the message is one the
 * typed grammar gave up on (quirk GENERIC_FALLBACK): its generic tree may
 * owe its being generic to them (a typed grammar that refused two spaces),
 * so they stay and the output parses to the same generic tree. Else, or
 * when the gap holds anything but spaces, `dflt` spaces. */
static void spaces(wr *w, uint32_t from, uint32_t to, int dflt) {
  if (w->keep_spaces && from <= to && to <= w->len) {
    uint32_t i = from;
    while (i < to && w->base[i] == ' ') i++;
    if (i == to) {
      for (uint32_t k = from; k < to; k++) put1(w, ' ');
      return;
    }
  }
  for (int k = 0; k < dflt; k++) put1(w, ' ');
}

/* Children from `c` on, with `sep` between them. SEP_ADJ: one SP, or none
 * where the list followed the previous value directly (the generic grammar
 * takes "(a)(b)" and "a(b)"). */
static void seq(wr *w, const ik_node *c, int sep, int depth) {
  const ik_node *prev = NULL;
  for (; c; c = c->next) {
    if (absent(c)) continue;
    if (prev) {
      switch (sep) {
      case SEP_SP:
        put1(w, ' ');
        break;
      case SEP_ADJ:
        if (outer_end(prev) == c->span.off && w->base[c->span.off] == '(') break;
        spaces(w, outer_end(prev), outer_start(w, c), 1);
        break;
      case SEP_DOT:
        put1(w, '.');
        break;
      case SEP_COMMA:
        put1(w, ',');
        break;
      default:
        break;
      }
    }
    node(w, c, depth + 1);
    prev = c;
  }
}

static void paren(wr *w, const ik_node *n, int sep, int depth) {
  put1(w, '(');
  if (sep == SEP_ADJ && n->child) {
    /* a generic list: "( a b )" keeps its inner spaces when they matter */
    const ik_node *last = n->child;
    while (last->next) last = last->next;
    spaces(w, n->span.off + 1, outer_start(w, n->child), 0);
    seq(w, n->child, sep, depth);
    spaces(w, outer_end(last), n->span.off + n->span.len - 1, 0);
  } else if (sep == SEP_ADJ) {
    spaces(w, n->span.off + 1, n->span.off + n->span.len - 1, 0); /* "( )" */
  } else {
    seq(w, n->child, sep, depth);
  }
  put1(w, ')');
}

/* The name a construct starts with ("MESSAGES" of "MESSAGES 5", "+FLAGS.SILENT",
 * "BODY.PEEK" of "BODY.PEEK[TEXT]"): its span up to the first SP, or for FETCH
 * attributes also up to "[" or "<". */
/* How many bytes of a node's span are its name: up to SP or the line end (and
 * for a FETCH attribute its "[" or "<"). */
static uint32_t name_len(const wr *w, const ik_node *n, int fetch_att) {
  const unsigned char *s = bytes(w, n);
  uint32_t k = 0;
  while (k < n->span.len && s[k] != ' ' && s[k] != '\r' && s[k] != '\n' &&
         !(fetch_att && (s[k] == '[' || s[k] == '<')))
    k++;
  return k;
}

static void head(wr *w, const ik_node *n, int fetch_att) {
  put(w, bytes(w, n), name_len(w, n, fetch_att));
}

/* A name then its arguments, each after one SP. */
static void head_args(wr *w, const ik_node *n, int depth) {
  head(w, n, 0);
  for (const ik_node *c = n->child; c; c = c->next) {
    if (absent(c)) continue;
    put1(w, ' ');
    node(w, c, depth + 1);
  }
}

/* section = "[" [section-part ["." section-text] / section-text] "]".
 * Commands: children PART, ATTR (HEADER, TEXT, MIME, HEADER.FIELDS with its
 * header LIST as the ATTR's child). Responses: PART, and the keyword as the
 * SECTION's id, the header LIST as its child. */
static void section(wr *w, const ik_node *s, int depth) {
  put1(w, '[');
  int parts = 0, kw_written = 0;
  for (const ik_node *c = s->child; c; c = c->next) {
    switch ((ik_node_kind)c->kind) {
    case IK_N_PART:
      seq(w, c->child, SEP_DOT, depth + 1);
      parts = 1;
      break;
    case IK_N_ATTR:
      if (parts) put1(w, '.');
      node(w, c, depth + 1);
      kw_written = 1;
      break;
    default:
      if (!kw_written && s->id) {
        /* the keyword, spelled as sent when the span shows it */
        const char *k = ik_keyword_name((ik_kw)s->id);
        size_t kl = strlen(k);
        if (parts) put1(w, '.');
        kw_written = 1;
        const unsigned char *b = bytes(w, s);
        size_t at = 0;
        if (parts) {
          while (at < s->span.len && b[at] != '.' ) at++; /* after the part numbers */
          while (at < s->span.len && ((b[at] >= '0' && b[at] <= '9') || b[at] == '.')) at++;
        }
        if (at + kl <= s->span.len && ieq(b + at, kl, k))
          put(w, b + at, kl);
        else
          put(w, k, kl);
      }
      put1(w, ' ');
      node(w, c, depth + 1);
      break;
    }
  }
  if (!kw_written && s->id) {
    const char *k = ik_keyword_name((ik_kw)s->id);
    size_t kl = strlen(k);
    const unsigned char *b = bytes(w, s);
    if (parts) put1(w, '.');
    if (kl <= s->span.len && ieq(b + s->span.len - kl, kl, k))
      put(w, b + s->span.len - kl, kl);
    else
      put(w, k, kl);
  }
  put1(w, ']');
}

/* A FETCH attribute (commands): name, [section], [partial], [SP (args)]. */
static void fetch_att(wr *w, const ik_node *n, int depth) {
  head(w, n, 1);
  for (const ik_node *c = n->child; c; c = c->next) {
    if (c->kind == IK_N_SECTION || c->kind == IK_N_PARTIAL) {
      node(w, c, depth + 1);
    } else {
      put1(w, ' ');
      node(w, c, depth + 1);
    }
  }
}

/* A FETCH item (responses): name [section] [partial] SP value. An item that
 * did not parse (lenient recovery) is its TEXT child: the bytes as sent. */
static void fetch_item(wr *w, const ik_node *n, int depth) {
  if (n->flags & IK_NF_ERROR) {
    if (n->child) node(w, n->child, depth + 1);
    return;
  }
  const ik_node *c = n->child;
  if (c && (c->kind == IK_N_SECTION || c->kind == IK_N_PARTIAL)) {
    head(w, n, 1);
    for (; c && (c->kind == IK_N_SECTION || c->kind == IK_N_PARTIAL); c = c->next)
      node(w, c, depth + 1);
  } else {
    /* the name token as sent; an extension's "[...]" and "<...>" are part of it */
    span(w, n);
  }
  for (; c; c = c->next) {
    put1(w, ' ');
    node(w, c, depth + 1);
  }
}

/* Whether the values of an ATTR were sent in parentheses that are no node of
 * their own: a "(" after its name that does not open its first child. The
 * name alone does not tell ("QRESYNC (1 2)" selects, "SETQUOTA "" (QRESYNC 5)"
 * names a resource). */
static int bare_parens(const wr *w, const ik_node *n) {
  size_t i = (size_t)n->span.off + name_len(w, n, 0);
  while (i < w->len && w->base[i] == ' ') i++;
  if (i >= w->len || w->base[i] != '(') return 0;
  return !n->child || outer_start(w, n->child) != i;
}

/* ATTR: a keyword, and its value(s). Some take theirs in parentheses that
 * are no node of their own. */
static void attr(wr *w, const ik_node *n, int depth) {
  int parens = 0;
  if (!(n->flags & IK_NF_GENERIC)) {
    switch ((ik_kw)n->id) {
    case IK_KW_QRESYNC: case IK_KW_RETURN: case IK_KW_UTF8: case IK_KW_CATENATE:
      parens = bare_parens(w, n);
      break;
    default:
      break;
    }
  }
  head(w, n, 0);
  if (parens) {
    put(w, " (", 2);
    seq(w, n->child, SEP_SP, depth);
    put1(w, ')');
    return;
  }
  for (const ik_node *c = n->child; c; c = c->next) {
    if (absent(c)) continue;
    put1(w, ' ');
    node(w, c, depth + 1);
  }
}

/* BODY: "(" then the parts of a multipart with nothing between them, every
 * other field after one SP ")". */
static void body(wr *w, const ik_node *n, int depth) {
  put1(w, '(');
  const ik_node *prev = NULL;
  for (const ik_node *c = n->child; c; c = c->next) {
    if (absent(c)) continue;
    if (prev && !(prev->kind == IK_N_BODY && c->kind == IK_N_BODY && (n->flags & IK_NF_MULTIPART)))
      put1(w, ' ');
    node(w, c, depth + 1);
    prev = c;
  }
  put1(w, ')');
}

/* THREAD: "(" numbers after one SP each, nested thread lists side by side
 * (thread-nested = 2*thread-list, nothing between them) ")". */
static void wire_thread_list(wr *w, const ik_node *n, int depth) {
  put1(w, '(');
  const ik_node *prev = NULL;
  for (const ik_node *c = n->child; c; c = c->next) {
    if (prev && !(prev->kind == IK_N_THREAD && c->kind == IK_N_THREAD)) put1(w, ' ');
    node(w, c, depth + 1);
    prev = c;
  }
  put1(w, ')');
}

static void resp_code(wr *w, const ik_node *n, int depth) {
  span(w, n); /* the code's name */
  if (n->id == IK_KW_BADCHARSET && n->child && !(n->flags & IK_NF_GENERIC) &&
      n->child->kind != IK_N_LIST && n->child->kind != IK_N_TEXT) {
    /* "BADCHARSET" SP "(" astring *(SP astring) ")" */
    put(w, " (", 2);
    seq(w, n->child, SEP_SP, depth);
    put1(w, ')');
    return;
  }
  for (const ik_node *c = n->child; c; c = c->next) {
    put1(w, ' ');
    node(w, c, depth + 1);
  }
}

static void node(wr *w, const ik_node *n, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH || w->err) {
    w->err = 1;
    return;
  }
  switch ((ik_node_kind)n->kind) {
  case IK_N_STRING:
  case IK_N_MAILBOX:
    string(w, n);
    return;
  case IK_N_NUMBER:
    number(w, n);
    return;
  case IK_N_LIST:
    /* Namespace = "(" 1*Namespace-Descr ")": nothing between them */
    paren(w, n, n->child && n->child->kind == IK_N_NAMESPACE ? SEP_NONE : SEP_ADJ, depth);
    return;
  case IK_N_TEXT:
  case IK_N_FLAG:
  case IK_N_CAPABILITY:
  case IK_N_SASL:
    span(w, n);
    return;
  case IK_N_BRACKET:
    put1(w, '[');
    seq(w, n->child, SEP_ADJ, depth);
    put1(w, ']');
    return;
  case IK_N_GENERIC:
  case IK_N_SEARCH_KEY:
  case IK_N_STORE_ACTION:
  case IK_N_STATUS_ATT:
    head_args(w, n, depth);
    return;
  case IK_N_SEQSET:
    seq(w, n->child, SEP_COMMA, depth);
    return;
  case IK_N_SEQ_NUM:
    seq_num(w, n);
    return;
  case IK_N_SEQ_RANGE:
    if (n->child) {
      seq_num(w, n->child);
      put1(w, ':');
      if (n->child->next) seq_num(w, n->child->next);
    }
    return;
  case IK_N_SEARCH_RES:
    put1(w, '$');
    return;
  case IK_N_FLAG_LIST:
  case IK_N_ENVELOPE:
  case IK_N_ADDRESS:
  case IK_N_BODY_EXTENSION:
    paren(w, n, SEP_SP, depth);
    return;
  case IK_N_DATE:
  case IK_N_DATETIME:
    if (n->form == IK_FORM_QUOTED) {
      put1(w, '"');
      span(w, n);
      put1(w, '"');
    } else {
      span(w, n);
    }
    return;
  case IK_N_ATTR:
    attr(w, n, depth);
    return;
  case IK_N_RESP_CODE:
    resp_code(w, n, depth);
    return;
  case IK_N_FETCH_ITEM:
    fetch_item(w, n, depth);
    return;
  case IK_N_FETCH_ATT:
    fetch_att(w, n, depth);
    return;
  case IK_N_SECTION:
    section(w, n, depth);
    return;
  case IK_N_PART:
    seq(w, n->child, SEP_DOT, depth);
    return;
  case IK_N_PARTIAL:
    put1(w, '<');
    seq(w, n->child, SEP_DOT, depth);
    put1(w, '>');
    return;
  case IK_N_ADDRESS_LIST:
    if (n->form == IK_FORM_NIL)
      nil(w, n);
    else
      paren(w, n, SEP_NONE, depth); /* 1*address: nothing between them */
    return;
  case IK_N_BODY_PARAMS:
  case IK_N_BODY_DISPOSITION:
    if (n->form == IK_FORM_NIL)
      nil(w, n);
    else
      paren(w, n, SEP_SP, depth);
    return;
  case IK_N_BODY:
    body(w, n, depth);
    return;
  case IK_N_THREAD:
    wire_thread_list(w, n, depth);
    return;
  case IK_N_NAMESPACE:
    paren(w, n, SEP_SP, depth);
    return;
  case IK_N_LIST_ENTRY:
  case IK_N_APPEND_MESSAGE:
    seq(w, n->child, SEP_SP, depth);
    return;
  case IK_N_PAIR:
    /* a string-named value (ID fields, METADATA entries, ACL rights, ...):
     * the name in the form it had, then SP and the value */
    string(w, n);
    for (const ik_node *c = n->child; c; c = c->next) {
      put1(w, ' ');
      node(w, c, depth + 1);
    }
    return;
  default:
    /* A kind this generator does not know yet: its bytes as they were. */
    span(w, n);
    return;
  }
}

/* ------------------------------------------------------------------------ */
/* Messages */

static void args(wr *w, const ik_message *m) {
  uint32_t end = m->name_span.off + m->name_span.len;
  for (const ik_node *n = m->args; n; n = n->next) {
    if (absent(n)) continue;
    spaces(w, end, outer_start(w, n), 1);
    node(w, n, 1);
    end = outer_end(n);
  }
  if (w->keep_spaces && m->args) {
    /* spaces before the line end */
    uint32_t e = end;
    while (e < w->len && w->base[e] == ' ') e++;
    if (e < w->len && (w->base[e] == '\r' || w->base[e] == '\n')) spaces(w, end, e, 0);
  }
}

/* Status responses and continuations: SP ["[" code "]" SP] [text]: the SPs
 * stay when the text is empty (RFC 9051 resp-text; continue-req's empty
 * base64). */
static void status_args(wr *w, const ik_message *m) {
  int text = 0;
  for (const ik_node *n = m->args; n; n = n->next) {
    if (n->kind == IK_N_TEXT) text = 1;
    put1(w, ' ');
    if (n->kind == IK_N_RESP_CODE) {
      put1(w, '[');
      node(w, n, 1);
      put1(w, ']');
    } else {
      node(w, n, 1);
    }
  }
  if (!text) put1(w, ' ');
}

static int is_status(const ik_message *m) {
  if (m->flags & IK_MF_GENERIC) return 0;
  if (m->kind == IK_MSG_CONTINUATION) return 1;
  switch (m->name) {
  case IK_KW_OK: case IK_KW_NO: case IK_KW_BAD: case IK_KW_BYE: case IK_KW_PREAUTH:
    return 1;
  default:
    return 0;
  }
}

int ik_wire_message(const ik_message *m, ik_write_fn fn, void *ud) {
  wr w;
  w.fn = fn;
  w.ud = ud;
  w.err = 0;
  w.base = m->base;
  w.len = m->len;
  w.n = 0;
  w.keep_spaces = 0;
  if (m->flags & IK_MF_GENERIC)
    for (const ik_quirk *q = m->quirks; q; q = q->next)
      if (q->kind == IK_Q_GENERIC_FALLBACK) w.keep_spaces = 1;
  switch ((ik_msg_kind)m->kind) {
  case IK_MSG_DATA:
    /* DONE, a SASL response: the line as it was, without its line end */
    if (m->args) node(&w, m->args, 1);
    break;
  case IK_MSG_COMMAND:
  case IK_MSG_TAGGED:
    put(&w, m->base + m->tag.off, m->tag.len);
    put1(&w, ' ');
    put(&w, m->base + m->name_span.off, m->name_span.len);
    break;
  case IK_MSG_UNTAGGED:
    put(&w, "* ", 2);
    if (m->has_number) {
      /* the digits as sent ("* 007 EXISTS"), else the value */
      const unsigned char *d = m->base + m->number_span.off;
      uint64_t v = 0;
      for (uint32_t i = 0; i < m->number_span.len && i < 20; i++) v = v * 10u + (uint64_t)(d[i] - '0');
      if (all_digits(d, m->number_span.len) && v == m->number)
        put(&w, d, m->number_span.len);
      else
        put_u64(&w, m->number);
      put1(&w, ' ');
    }
    put(&w, m->base + m->name_span.off, m->name_span.len);
    break;
  case IK_MSG_CONTINUATION:
    /* continue-req = "+" SP (resp-text / base64): base64 may be empty, the
     * SP stays (Dovecot's "+ " to AUTHENTICATE): status_args writes it */
    put1(&w, '+');
    break;
  default:
    return -1;
  }
  if (m->kind == IK_MSG_DATA) {
    /* nothing more */
  } else if (is_status(m)) {
    status_args(&w, m);
  } else if (m->args && m->args->kind == IK_N_THREAD && !(m->flags & IK_MF_GENERIC)) {
    /* thread-data = "THREAD" [SP 1*thread-list]: the lists side by side */
    put1(&w, ' ');
    seq(&w, m->args, SEP_NONE, 0);
  } else if (m->args && m->args->kind == IK_N_FETCH_ITEM) {
    /* msg-att = "(" item *(SP item) ")" */
    put(&w, " (", 2);
    seq(&w, m->args, SEP_SP, 0);
    put1(&w, ')');
  } else {
    args(&w, m);
  }
  put(&w, "\r\n", 2);
  flush(&w);
  return w.err ? -1 : 0;
}
