/*
 * The pretty-printer: one block per message, for a person.
 *
 *   S< @1042 untagged FETCH #12
 *     UID 7
 *     FLAGS \Seen $Forwarded
 *     BODYSTRUCTURE
 *       multipart/mixed; boundary="b1"
 *         1    text/plain; charset=utf-8  1234 bytes, 30 lines, quoted-printable
 *         2    application/pdf  "report.pdf" (attachment)  120034 bytes, base64
 *
 * A head line (direction, offset, kind, tag, name, number; for status
 * responses the whole "OK [CODE args] text"), then the arguments, one per
 * line, nested data indented: body structures as MIME trees with their
 * section numbers, envelopes as "Name <mailbox@host>" addresses with groups,
 * SEARCH keys as a tree, sequence sets as sent, literals by size with a short
 * printable preview. Secrets (LOGIN's password, SASL data) are redacted with
 * their length, and the user name where the mechanism carries one, unless
 * IK_OUT_SHOW_SECRETS. ANSI colors with IK_OUT_COLOR (the CLI decides).
 *
 * Nothing is allocated; recursion follows the tree, whose depth the parser
 * bounds (IK_WRITE_MAX_DEPTH is checked).
 */
#include "json_typed.h"

#include <stdio.h>

#define C_RESET "\x1b[0m"
#define C_HEAD "\x1b[1m"
#define C_NAME "\x1b[36m"
#define C_DIM "\x1b[2m"
#define C_STR "\x1b[32m"
#define C_NUM "\x1b[33m"
#define C_SECRET "\x1b[35m"
#define C_BAD "\x1b[31m"

#define PREVIEW_STRING 80
#define PREVIEW_LITERAL 40

typedef struct pw {
  ik_w w;
  int show;   /* IK_OUT_SHOW_SECRETS */
  int color;  /* IK_OUT_COLOR */
} pw;

static void raw(pw *p, const void *s, size_t n) { ik_w_raw(&p->w, s, n); }
static void str(pw *p, const char *s) { ik_w_str(&p->w, s); }
static void u64(pw *p, uint64_t v) { ik_w_u64(&p->w, v); }
static void color(pw *p, const char *c) {
  if (p->color) str(p, c);
}
static void nl(pw *p) { raw(p, "\n", 1); }
static const unsigned char *sp(const pw *p, const ik_node *n) { return p->w.m->base + n->span.off; }

static void indent(pw *p, int depth) {
  static const char spaces[] = "                                                                ";
  size_t n = (size_t)depth * 2u;
  while (n > 0) {
    size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
    raw(p, spaces, k);
    n -= k;
  }
}

static int ieq(const unsigned char *s, size_t n, const char *k) {
  size_t i = 0;
  for (; i < n && k[i]; i++) {
    unsigned char c = s[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    unsigned char d = (unsigned char)k[i];
    if (d >= 'a' && d <= 'z') d = (unsigned char)(d - 32);
    if (c != d) return 0;
  }
  return i == n && k[i] == 0;
}

/* ------------------------------------------------------------------------ */
/* Bytes for a terminal: printable ASCII and UTF-8 as they are, anything else
 * (controls, C1, invalid bytes) as an escape. `esc_quotes` escapes '"' and
 * '\\' for a quoted display. Unescapes quoted-string escapes when `quoted`. */

static size_t utf8_len(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  size_t k;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    k = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    k = 3;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    k = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (n < k) return 0;
  for (size_t j = 1; j < k; j++) {
    if ((s[j] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[j] & 0x3Fu);
  }
  if (cp < 0xA0 || (k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return k;
}

/* Writes at most `max` displayed characters of s; returns 1 when cut short. */
static int text_bytes(pw *p, const unsigned char *s, size_t n, size_t max, int quoted,
                      int esc_quotes) {
  char b[8];
  size_t shown = 0, i = 0;
  while (i < n) {
    if (shown >= max) return 1;
    unsigned char c = s[i];
    if (quoted && c == '\\' && i + 1 < n) c = s[++i];
    if (c >= 0x20 && c < 0x7f) {
      if (esc_quotes && (c == '"' || c == '\\')) raw(p, "\\", 1);
      raw(p, &c, 1);
      i++;
    } else if (c >= 0x80 && utf8_len(s + i, n - i)) {
      size_t k = utf8_len(s + i, n - i);
      raw(p, s + i, k);
      i += k;
    } else {
      switch (c) {
      case '\r': str(p, "\\r"); break;
      case '\n': str(p, "\\n"); break;
      case '\t': str(p, "\\t"); break;
      default:
        snprintf(b, sizeof b, "\\x%02x", c);
        str(p, b);
        break;
      }
      i++;
    }
    shown++;
  }
  return 0;
}

static void redacted(pw *p, size_t len, const char *user, int ulen) {
  color(p, C_SECRET);
  str(p, "<redacted, ");
  u64(p, len);
  str(p, len == 1 ? " byte" : " bytes");
  if (user && ulen >= 0) {
    str(p, "; user \"");
    text_bytes(p, (const unsigned char *)user, (size_t)ulen, 200, 0, 1);
    str(p, "\"");
  }
  str(p, ">");
  color(p, C_RESET);
}

/* A string value: atom as it is, quoted in quotes (escapes shown as the
 * value), a literal by its size with a preview, NIL. */
static void string_value(pw *p, const ik_node *n) {
  const unsigned char *s = sp(p, n);
  switch ((ik_form)n->form) {
  case IK_FORM_NIL:
    color(p, C_DIM);
    str(p, "NIL");
    color(p, C_RESET);
    return;
  case IK_FORM_LITERAL:
  case IK_FORM_LITERAL8: {
    uint64_t size = (n->flags & IK_NF_ELIDED) ? n->num : n->span.len;
    color(p, C_DIM);
    str(p, n->form == IK_FORM_LITERAL8 ? "~{" : "{");
    u64(p, size);
    str(p, size == 1 ? " byte" : " bytes");
    if (n->flags & IK_NF_ELIDED) str(p, ", streamed");
    if (n->flags & IK_NF_NUL) str(p, ", NUL");
    str(p, "}");
    color(p, C_RESET);
    if (n->span.len) {
      str(p, " ");
      color(p, C_STR);
      str(p, "\"");
      int cut = text_bytes(p, s, n->span.len, PREVIEW_LITERAL, 0, 1);
      str(p, "\"");
      color(p, C_RESET);
      if (cut) str(p, "...");
    }
    return;
  }
  case IK_FORM_QUOTED: {
    color(p, C_STR);
    str(p, "\"");
    int cut = text_bytes(p, s, n->span.len, PREVIEW_STRING, 1, 1);
    str(p, "\"");
    color(p, C_RESET);
    if (cut) str(p, "...");
    return;
  }
  default:
    color(p, C_STR);
    if (text_bytes(p, s, n->span.len, PREVIEW_STRING, 0, 0)) str(p, "...");
    color(p, C_RESET);
    return;
  }
}

/* The text of a string for a sentence (an address, a parameter): no quotes,
 * escapes resolved; NIL is nothing. */
static void plain(pw *p, const ik_node *n, size_t max) {
  if (!n || n->form == IK_FORM_NIL) return;
  if (text_bytes(p, sp(p, n), n->span.len, max, n->form == IK_FORM_QUOTED, 0)) str(p, "...");
}

static int is_nil(const ik_node *n) { return !n || n->form == IK_FORM_NIL; }

/* ------------------------------------------------------------------------ */
/* Inline: a node on the current line, close to its wire form. */

static void inl(pw *p, const ik_node *n, int depth);

static void inl_seq(pw *p, const ik_node *c, const char *sep, int depth) {
  for (const ik_node *f = c; c; c = c->next) {
    if (c != f) str(p, sep);
    inl(p, c, depth + 1);
  }
}

/* "NAME" of a "NAME args" node: its span up to the first SP (and "[" "<"
 * for FETCH attributes). */
static void head_name(pw *p, const ik_node *n, int fetch_att) {
  const unsigned char *s = sp(p, n);
  uint32_t k = 0;
  while (k < n->span.len && s[k] != ' ' && s[k] != '\r' && s[k] != '\n' &&
         !(fetch_att && (s[k] == '[' || s[k] == '<')))
    k++;
  color(p, C_NAME);
  text_bytes(p, s, k, 200, 0, 0);
  color(p, C_RESET);
}

static void inl_section(pw *p, const ik_node *s, int depth) {
  str(p, "[");
  int parts = 0, kw = 0;
  for (const ik_node *c = s->child; c; c = c->next) {
    if (c->kind == IK_N_PART) {
      inl_seq(p, c->child, ".", depth);
      parts = 1;
    } else if (c->kind == IK_N_ATTR) {
      if (parts) str(p, ".");
      inl(p, c, depth + 1);
      kw = 1;
    } else {
      if (!kw && s->id) {
        if (parts) str(p, ".");
        str(p, ik_keyword_name((ik_kw)s->id));
        kw = 1;
      }
      str(p, " ");
      inl(p, c, depth + 1);
    }
  }
  if (!kw && s->id) {
    if (parts) str(p, ".");
    str(p, ik_keyword_name((ik_kw)s->id));
  }
  str(p, "]");
}

static void inl(pw *p, const ik_node *n, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) {
    str(p, "...");
    return;
  }
  switch ((ik_node_kind)n->kind) {
  case IK_N_STRING:
  case IK_N_MAILBOX:
    string_value(p, n);
    return;
  case IK_N_NUMBER:
    if (n->form == IK_FORM_NIL) {
      color(p, C_DIM);
      str(p, n->span.len ? "NIL" : "-");
      color(p, C_RESET);
      return;
    }
    color(p, C_NUM);
    u64(p, n->num);
    color(p, C_RESET);
    return;
  case IK_N_TEXT:
    if (text_bytes(p, sp(p, n), n->span.len, 400, 0, 0)) str(p, "...");
    return;
  case IK_N_FLAG:
  case IK_N_CAPABILITY:
  case IK_N_SEQSET:
  case IK_N_SEQ_NUM:
  case IK_N_SEQ_RANGE:
  case IK_N_SEARCH_RES:
  case IK_N_SASL:
    /* as sent: flags, capabilities, sets "1:4,7,9:*" */
    color(p, n->kind == IK_N_SEQSET ? C_NUM : C_STR);
    if (text_bytes(p, sp(p, n), n->span.len, 200, 0, 0)) str(p, "...");
    color(p, C_RESET);
    return;
  case IK_N_DATE:
  case IK_N_DATETIME:
    color(p, C_NUM);
    text_bytes(p, sp(p, n), n->span.len, 60, 0, 0);
    color(p, C_RESET);
    return;
  case IK_N_LIST:
  case IK_N_FLAG_LIST:
  case IK_N_BODY_EXTENSION:
  case IK_N_ADDRESS:
  case IK_N_ENVELOPE:
  case IK_N_BODY:
  case IK_N_BODY_PARAMS:
  case IK_N_BODY_DISPOSITION:
  case IK_N_ADDRESS_LIST:
  case IK_N_NAMESPACE:
    if (n->form == IK_FORM_NIL) {
      color(p, C_DIM);
      str(p, "NIL");
      color(p, C_RESET);
      return;
    }
    str(p, "(");
    inl_seq(p, n->child, " ", depth);
    str(p, ")");
    return;
  case IK_N_BRACKET:
    str(p, "[");
    inl_seq(p, n->child, " ", depth);
    str(p, "]");
    return;
  case IK_N_THREAD:
    /* "(3 6 (4 23)(44 7 96))": nested thread lists side by side */
    str(p, "(");
    for (const ik_node *c = n->child; c; c = c->next) {
      inl(p, c, depth + 1);
      if (c->next && !(c->kind == IK_N_THREAD && c->next->kind == IK_N_THREAD)) str(p, " ");
    }
    str(p, ")");
    return;
  case IK_N_PAIR:
    /* a named value: ID fields, METADATA entries, ACL rights, extended items */
    string_value(p, n);
    for (const ik_node *c = n->child; c; c = c->next) {
      str(p, " ");
      inl(p, c, depth + 1);
    }
    return;
  case IK_N_SECTION:
    inl_section(p, n, depth);
    return;
  case IK_N_PART:
    inl_seq(p, n->child, ".", depth);
    return;
  case IK_N_PARTIAL:
    str(p, "<");
    inl_seq(p, n->child, ".", depth);
    str(p, ">");
    return;
  case IK_N_FETCH_ATT:
    head_name(p, n, 1);
    for (const ik_node *c = n->child; c; c = c->next) {
      if (c->kind != IK_N_SECTION && c->kind != IK_N_PARTIAL) str(p, " ");
      inl(p, c, depth + 1);
    }
    return;
  case IK_N_ATTR: {
    int parens = !(n->flags & IK_NF_GENERIC) &&
                 (n->id == IK_KW_QRESYNC || n->id == IK_KW_RETURN || n->id == IK_KW_UTF8 ||
                  n->id == IK_KW_CATENATE);
    head_name(p, n, 0);
    if (parens) {
      str(p, " (");
      inl_seq(p, n->child, " ", depth);
      str(p, ")");
    } else {
      for (const ik_node *c = n->child; c; c = c->next) {
        str(p, " ");
        inl(p, c, depth + 1);
      }
    }
    return;
  }
  case IK_N_RESP_CODE:
    color(p, C_NAME);
    text_bytes(p, sp(p, n), n->span.len, 100, 0, 0);
    color(p, C_RESET);
    if (n->id == IK_KW_BADCHARSET && n->child && n->child->kind != IK_N_TEXT &&
        n->child->kind != IK_N_LIST && !(n->flags & IK_NF_GENERIC)) {
      str(p, " (");
      inl_seq(p, n->child, " ", depth);
      str(p, ")");
      return;
    }
    for (const ik_node *c = n->child; c; c = c->next) {
      str(p, " ");
      inl(p, c, depth + 1);
    }
    return;
  case IK_N_FETCH_ITEM:
  case IK_N_SEARCH_KEY:
  case IK_N_STORE_ACTION:
  case IK_N_STATUS_ATT:
  case IK_N_GENERIC:
    head_name(p, n, 0);
    for (const ik_node *c = n->child; c; c = c->next) {
      str(p, " ");
      inl(p, c, depth + 1);
    }
    return;
  default:
    /* kinds this printer does not know: their name and bytes */
    color(p, C_DIM);
    str(p, ik_node_kind_name((ik_node_kind)n->kind));
    color(p, C_RESET);
    str(p, " ");
    if (text_bytes(p, sp(p, n), n->span.len, PREVIEW_STRING, 0, 0)) str(p, "...");
    return;
  }
}

/* Small enough to stay on one line: no nested structure beyond a few leaves. */
static int small(const ik_node *n, int budget) {
  int count = 0;
  const ik_node *stack[8];
  int top = 0;
  if (n->kind == IK_N_BODY || n->kind == IK_N_ENVELOPE) return 0;
  stack[top++] = n->child;
  while (top) {
    const ik_node *c = stack[--top];
    for (; c; c = c->next) {
      if (++count > budget) return 0;
      if (c->kind == IK_N_BODY || c->kind == IK_N_ENVELOPE || c->kind == IK_N_SEARCH_KEY) return 0;
      if (c->child) {
        if (top == 8) return 0;
        stack[top++] = c->child;
      }
    }
  }
  return 1;
}

/* ------------------------------------------------------------------------ */
/* Envelopes: "Name <mailbox@host>", groups as "group: members;" */

static void one_address(pw *p, const ik_node *a) {
  const ik_node *name = a->child, *adl = name ? name->next : NULL;
  const ik_node *mbox = adl ? adl->next : NULL, *host = mbox ? mbox->next : NULL;
  int has_name = !is_nil(name) && name->span.len;
  if (has_name) {
    color(p, C_STR);
    plain(p, name, 120);
    color(p, C_RESET);
    str(p, " <");
  }
  if (!is_nil(adl) && adl->span.len) {
    plain(p, adl, 120);
    str(p, ":");
  }
  plain(p, mbox, 120);
  if (!is_nil(host)) {
    str(p, "@");
    plain(p, host, 120);
  }
  if (has_name) str(p, ">");
}

static void address_list(pw *p, const ik_node *l) {
  if (is_nil(l)) {
    color(p, C_DIM);
    str(p, "NIL");
    color(p, C_RESET);
    return;
  }
  int first = 1, in_group = 0;
  for (const ik_node *a = l->child; a; a = a->next) {
    if (a->kind != IK_N_ADDRESS) {
      inl(p, a, 1);
      continue;
    }
    const ik_node *name = a->child, *adl = name ? name->next : NULL;
    const ik_node *mbox = adl ? adl->next : NULL, *host = mbox ? mbox->next : NULL;
    if (is_nil(host) && is_nil(mbox)) {
      /* end of group */
      str(p, ";");
      in_group = 0;
      first = 0;
      continue;
    }
    if (!first && !(in_group == 1)) str(p, ", ");
    if (in_group == 1) {
      str(p, " ");
      in_group = 2;
    } else if (in_group == 2) {
      /* separator already written */
    }
    first = 0;
    if (is_nil(host)) {
      /* start of group: the mailbox is its name */
      color(p, C_STR);
      plain(p, mbox, 120);
      color(p, C_RESET);
      str(p, ":");
      in_group = 1;
      continue;
    }
    one_address(p, a);
  }
  if (first) {
    color(p, C_DIM);
    str(p, "(empty)");
    color(p, C_RESET);
  }
}

static void envelope(pw *p, const ik_node *e, int depth) {
  static const char *const fields[] = {"date",    "subject", "from", "sender",      "reply-to",
                                       "to",      "cc",      "bcc",  "in-reply-to", "message-id"};
  const ik_node *c = e->child;
  for (int i = 0; c; c = c->next, i++) {
    if (is_nil(c)) continue; /* absent fields are left out */
    indent(p, depth);
    color(p, C_DIM);
    str(p, i < 10 ? fields[i] : "extra");
    str(p, ": ");
    color(p, C_RESET);
    if (c->kind == IK_N_ADDRESS_LIST)
      address_list(p, c);
    else if (c->kind == IK_N_STRING)
      plain(p, c, 200);
    else
      inl(p, c, depth);
    nl(p);
  }
}

/* ------------------------------------------------------------------------ */
/* Body structures: a MIME tree with section numbers. */

/* A parameter's value by name (case-insensitive) in a BODY_PARAMS node. */
static const ik_node *param(pw *p, const ik_node *params, const char *name) {
  if (!params || params->form == IK_FORM_NIL) return NULL;
  for (const ik_node *k = params->child; k && k->next; k = k->next->next) {
    const unsigned char *s = sp(p, k);
    if (k->form != IK_FORM_NIL && ieq(s, k->span.len, name)) return k->next;
  }
  return NULL;
}

static int hexv(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* An RFC 2231 value ("utf-8'en'na%C3%AFve.txt"): decoded when it is simple
 * (a UTF-8 or ASCII charset, valid escapes, a displayable result). */
static int rfc2231(pw *p, const ik_node *v) {
  if (!v || v->form == IK_FORM_NIL || v->form == IK_FORM_LITERAL8) return 0;
  unsigned char in[512], out[512];
  size_t n;
  if (v->span.len > sizeof in) return 0;
  if (v->form == IK_FORM_QUOTED) {
    n = ik_unquote(sp(p, v), v->span.len, in, sizeof in);
  } else {
    n = v->span.len;
    memcpy(in, sp(p, v), n);
  }
  size_t q1 = 0;
  while (q1 < n && in[q1] != '\'') q1++;
  if (q1 == n) return 0;
  size_t q2 = q1 + 1;
  while (q2 < n && in[q2] != '\'') q2++;
  if (q2 == n) return 0;
  if (!(ieq(in, q1, "utf-8") || ieq(in, q1, "utf8") || ieq(in, q1, "us-ascii"))) return 0;
  size_t o = 0;
  for (size_t i = q2 + 1; i < n; i++) {
    if (in[i] == '%') {
      if (i + 2 >= n) return 0;
      int h = hexv(in[i + 1]), l = hexv(in[i + 2]);
      if (h < 0 || l < 0) return 0;
      out[o++] = (unsigned char)(h * 16 + l);
      i += 2;
    } else {
      out[o++] = in[i];
    }
  }
  if (!ik_utf8_valid(out, o)) return 0;
  for (size_t i = 0; i < o; i++)
    if (out[i] < 0x20 || out[i] == 0x7f) return 0;
  text_bytes(p, out, o, 120, 0, 0);
  return 1;
}

/* The file name of a part: disposition filename (or filename*, RFC 2231,
 * decoded when simple), else the type's name (or name*). */
static void attachment_name(pw *p, const ik_node *params, const ik_node *dsp) {
  const ik_node *dparams = dsp && dsp->form != IK_FORM_NIL && dsp->child ? dsp->child->next : NULL;
  static const char *const names[] = {"filename", "filename*", "name", "name*"};
  for (int i = 0; i < 4; i++) {
    const ik_node *v = param(p, i < 2 ? dparams : params, names[i]);
    if (!v || v->form == IK_FORM_NIL) continue;
    str(p, "  \"");
    color(p, C_STR);
    if (!(i % 2 && rfc2231(p, v))) plain(p, v, 120);
    color(p, C_RESET);
    str(p, "\"");
    return;
  }
}

/* The parameters that are not a name: "; charset=utf-8; format=flowed". */
static void params_inline(pw *p, const ik_node *params) {
  if (!params || params->form == IK_FORM_NIL || params->kind != IK_N_BODY_PARAMS) return;
  for (const ik_node *k = params->child; k && k->next; k = k->next->next) {
    const unsigned char *s = sp(p, k);
    if (ieq(s, k->span.len, "name") || ieq(s, k->span.len, "name*")) continue;
    str(p, "; ");
    plain(p, k, 60);
    str(p, "=");
    const ik_node *v = k->next;
    if (v->form == IK_FORM_NIL) {
      color(p, C_DIM);
      str(p, "NIL");
      color(p, C_RESET);
    } else if (v->form == IK_FORM_QUOTED || v->form == IK_FORM_LITERAL) {
      str(p, "\"");
      text_bytes(p, sp(p, v), v->span.len, 80, v->form == IK_FORM_QUOTED, 1);
      str(p, "\"");
    } else {
      plain(p, v, 80);
    }
  }
}

static void type_subtype(pw *p, const ik_node *t, const char *tname, const ik_node *s) {
  color(p, C_NAME);
  if (tname)
    str(p, tname);
  else if (is_nil(t))
    str(p, "NIL");
  else
    plain(p, t, 60);
  str(p, "/");
  if (is_nil(s))
    str(p, "NIL");
  else
    plain(p, s, 60);
  color(p, C_RESET);
}

/* The part number, padded so that types line up. */
static void section_label(pw *p, const char *sec) {
  if (!*sec) return;
  color(p, C_NUM);
  str(p, sec);
  color(p, C_RESET);
  size_t n = strlen(sec);
  str(p, n < 4 ? &"     "[n] : " ");
}

static void detail_sep(pw *p, int *first) {
  str(p, *first ? "  " : ", ");
  *first = 0;
}

static void dsp_type(pw *p, const ik_node *dsp) {
  if (!dsp || dsp->form == IK_FORM_NIL || !dsp->child) return;
  str(p, " (");
  plain(p, dsp->child, 40);
  str(p, ")");
}

/* Extension data after the fields of a part: md5, disposition (shown with
 * the name), language, location, further extensions. `c` is the first
 * extension field; `slot` its number (1 md5 for single parts, 0 params for
 * multiparts). */
static void body_ext(pw *p, const ik_node *c, int slot, int *first) {
  for (; c; c = c->next, slot++) {
    if (c->kind == IK_N_BODY_DISPOSITION || c->kind == IK_N_BODY_PARAMS || is_nil(c)) continue;
    if (c->kind == IK_N_NUMBER && c->form == IK_FORM_NIL) continue;
    detail_sep(p, first);
    color(p, C_DIM);
    str(p, slot == 1 ? "md5 " : slot == 3 ? "language " : slot == 4 ? "location " : "extension ");
    color(p, C_RESET);
    if (c->kind == IK_N_STRING)
      plain(p, c, 80);
    else
      inl(p, c, 3);
  }
}

static const ik_node *nth(const ik_node *c, int i) {
  while (c && i-- > 0) c = c->next;
  return c;
}

static const ik_node *find_kind(const ik_node *c, ik_node_kind k) {
  for (; c; c = c->next)
    if (c->kind == k) return c;
  return NULL;
}

static void size_of(pw *p, const ik_node *n) {
  color(p, C_NUM);
  u64(p, n->num);
  color(p, C_RESET);
  str(p, n->num == 1 ? " byte" : " bytes");
}

static void body(pw *p, const ik_node *b, const char *sec, int depth);

static void child_section(char *out, size_t cap, const char *sec, uint64_t num) {
  if (num == 0)
    snprintf(out, cap, "%s", sec);
  else if (*sec)
    snprintf(out, cap, "%s.%llu", sec, (unsigned long long)num);
  else
    snprintf(out, cap, "%llu", (unsigned long long)num);
}

/* A part and what is inside it, section `sec`. A negative depth: the line's
 * indent and label are written already (the body of a message/rfc822). */
static void body(pw *p, const ik_node *b, const char *sec, int depth) {
  int started = depth < 0;
  if (started) depth = -depth;
  if (depth > IK_WRITE_MAX_DEPTH / 2) return;
  if (!started) indent(p, depth);
  if (b->kind != IK_N_BODY) {
    inl(p, b, depth);
    nl(p);
    return;
  }
  if (!started) section_label(p, sec);
  int first = 1;
  if (b->flags & IK_NF_MULTIPART) {
    const ik_node *c = b->child;
    while (c && c->kind == IK_N_BODY) c = c->next;
    const ik_node *subtype = c, *ext = c ? c->next : NULL;
    type_subtype(p, NULL, "multipart", subtype);
    const ik_node *params = ext && ext->kind == IK_N_BODY_PARAMS ? ext : NULL;
    params_inline(p, params);
    const ik_node *dsp = find_kind(ext, IK_N_BODY_DISPOSITION);
    dsp_type(p, dsp);
    body_ext(p, ext, 0, &first);
    nl(p);
    /* buffers for the children's numbers live on this frame: depth is bounded */
    char cs[256];
    for (const ik_node *k = b->child; k && k->kind == IK_N_BODY; k = k->next) {
      child_section(cs, sizeof cs, sec, k->num);
      body(p, k, cs, depth + 1);
    }
    return;
  }
  const ik_node *type = nth(b->child, 0), *subtype = nth(b->child, 1);
  const ik_node *params = nth(b->child, 2), *id = nth(b->child, 3), *desc = nth(b->child, 4);
  const ik_node *enc = nth(b->child, 5), *size = nth(b->child, 6);
  const ik_node *env = NULL, *inner = NULL, *lines = NULL, *ext = size ? size->next : NULL;
  if (b->id == IK_KW_MESSAGE && ext && ext->kind == IK_N_ENVELOPE) {
    env = ext;
    inner = env->next;
    lines = inner ? inner->next : NULL;
    ext = lines ? lines->next : NULL;
  } else if (b->id == IK_KW_TEXT && ext) {
    lines = ext;
    ext = ext->next;
  }
  type_subtype(p, type, NULL, subtype);
  params_inline(p, params);
  const ik_node *dsp = find_kind(ext, IK_N_BODY_DISPOSITION);
  attachment_name(p, params && params->kind == IK_N_BODY_PARAMS ? params : NULL, dsp);
  dsp_type(p, dsp);
  if (size && size->kind == IK_N_NUMBER) {
    detail_sep(p, &first);
    size_of(p, size);
  }
  if (lines && lines->kind == IK_N_NUMBER) {
    detail_sep(p, &first);
    if (lines->form == IK_FORM_NIL) {
      color(p, C_DIM);
      str(p, "lines unknown");
      color(p, C_RESET);
    } else {
      color(p, C_NUM);
      u64(p, lines->num);
      color(p, C_RESET);
      str(p, lines->num == 1 ? " line" : " lines");
    }
  }
  if (!is_nil(enc)) {
    detail_sep(p, &first);
    plain(p, enc, 40);
  }
  if (!is_nil(id)) {
    detail_sep(p, &first);
    color(p, C_DIM);
    str(p, "id ");
    color(p, C_RESET);
    plain(p, id, 80);
  }
  if (!is_nil(desc)) {
    detail_sep(p, &first);
    color(p, C_DIM);
    str(p, "description ");
    color(p, C_RESET);
    str(p, "\"");
    plain(p, desc, 80);
    str(p, "\"");
  }
  body_ext(p, ext, 1, &first);
  nl(p);
  if (env) envelope(p, env, depth + 3);
  if (inner) {
    /* the encapsulated message's body: a multipart is "N.TEXT" (its parts
     * N.1, N.2 ...), a single part is "N.1" */
    char cs[256];
    if (inner->kind == IK_N_BODY && inner->num == 0 && (inner->flags & IK_NF_MULTIPART)) {
      snprintf(cs, sizeof cs, "%s%sTEXT", sec, *sec ? "." : "");
      indent(p, depth + 1);
      section_label(p, cs);
      body(p, inner, sec, -(depth + 1));
    } else {
      child_section(cs, sizeof cs, sec, inner->kind == IK_N_BODY ? inner->num : 0);
      body(p, inner, cs, depth + 1);
    }
  }
}


/* ------------------------------------------------------------------------ */
/* Trees: SEARCH keys, generic blocks */

static void block(pw *p, const ik_node *n, int depth);

static void key_tree(pw *p, const ik_node *k, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) return;
  indent(p, depth);
  if (k->kind == IK_N_LIST) {
    color(p, C_DIM);
    str(p, "all of");
    color(p, C_RESET);
    nl(p);
    for (const ik_node *c = k->child; c; c = c->next) key_tree(p, c, depth + 1);
    return;
  }
  if (k->kind == IK_N_SEARCH_KEY &&
      (k->id == IK_KW_NOT || k->id == IK_KW_OR || k->id == IK_KW_FUZZY)) {
    head_name(p, k, 0);
    nl(p);
    for (const ik_node *c = k->child; c; c = c->next) key_tree(p, c, depth + 1);
    return;
  }
  if (k->kind == IK_N_SEQSET) {
    color(p, C_DIM);
    str(p, "messages ");
    color(p, C_RESET);
  }
  inl(p, k, depth);
  nl(p);
}

/* A labelled line: "label value" or "label" then the value's tree. */
static void labelled(pw *p, const char *label, const ik_node *n, int depth) {
  if (n->kind == IK_N_BODY) {
    indent(p, depth);
    color(p, C_NAME);
    str(p, label);
    color(p, C_RESET);
    nl(p);
    block(p, n, depth + 1);
    return;
  }
  if (n->kind == IK_N_ENVELOPE) {
    indent(p, depth);
    color(p, C_NAME);
    str(p, label);
    color(p, C_RESET);
    nl(p);
    envelope(p, n, depth + 1);
    return;
  }
  if (!small(n, 16)) {
    indent(p, depth);
    color(p, C_NAME);
    str(p, label);
    color(p, C_RESET);
    nl(p);
    block(p, n, depth + 1);
    return;
  }
  indent(p, depth);
  color(p, C_NAME);
  str(p, label);
  color(p, C_RESET);
  str(p, " ");
  inl(p, n, depth);
  nl(p);
}

/* A node as a tree: one line if it is small, else its head and its children
 * one level deeper. */
static void block(pw *p, const ik_node *n, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) return;
  if (n->kind == IK_N_BODY) {
    char sec[24] = "";
    if (n->num && !(n->flags & IK_NF_MULTIPART)) snprintf(sec, sizeof sec, "%llu", (unsigned long long)n->num);
    body(p, n, sec, depth);
    return;
  }
  if (n->kind == IK_N_ENVELOPE) {
    indent(p, depth);
    color(p, C_DIM);
    str(p, "envelope");
    color(p, C_RESET);
    nl(p);
    envelope(p, n, depth + 1);
    return;
  }
  if (n->kind == IK_N_SEARCH_KEY) {
    key_tree(p, n, depth);
    return;
  }
  if (small(n, 16) || n->kind == IK_N_THREAD) {
    indent(p, depth);
    inl(p, n, depth);
    nl(p);
    return;
  }
  indent(p, depth);
  switch ((ik_node_kind)n->kind) {
  case IK_N_LIST:
  case IK_N_FLAG_LIST:
  case IK_N_BODY_EXTENSION:
    color(p, C_DIM);
    str(p, "list");
    color(p, C_RESET);
    break;
  case IK_N_STRING:
    string_value(p, n); /* a generic atom with [...] inside */
    nl(p);
    return;
  default:
    if (n->kind == IK_N_FETCH_ITEM || n->kind == IK_N_ATTR || n->kind == IK_N_STATUS_ATT ||
        n->kind == IK_N_GENERIC || n->kind == IK_N_STORE_ACTION || n->kind == IK_N_RESP_CODE) {
      head_name(p, n, 0);
    } else {
      color(p, C_DIM);
      str(p, ik_node_kind_name((ik_node_kind)n->kind));
      color(p, C_RESET);
    }
    break;
  }
  nl(p);
  for (const ik_node *c = n->child; c; c = c->next) block(p, c, depth + 1);
}

/* ------------------------------------------------------------------------ */
/* Messages */

/* A FETCH item: "NAME value", or NAME and its tree (bodies, envelopes). */
static void fetch_item(pw *p, const ik_node *it, int depth) {
  const ik_node *v = it->child;
  while (v && (v->kind == IK_N_SECTION || v->kind == IK_N_PARTIAL)) v = v->next;
  if (it->flags & IK_NF_ERROR) {
    indent(p, depth);
    color(p, C_BAD);
    str(p, "does not parse (byte ");
    u64(p, p->w.o->offset + it->num);
    str(p, "): ");
    color(p, C_RESET);
    if (it->child) {
      str(p, "\"");
      if (text_bytes(p, sp(p, it->child), it->child->span.len, PREVIEW_STRING, 0, 1)) str(p, "...");
      str(p, "\"");
    }
    nl(p);
    return;
  }
  /* the item's name as the server sent it: "BODY[1.2]<0>" */
  char name[128];
  size_t k = it->span.len < sizeof name - 1 ? it->span.len : sizeof name - 1;
  const unsigned char *s = sp(p, it);
  for (size_t i = 0; i < k; i++) name[i] = s[i] >= 0x20 && s[i] < 0x7f ? (char)s[i] : '?';
  name[k] = 0;
  if (!v) {
    indent(p, depth);
    color(p, C_NAME);
    str(p, name);
    color(p, C_RESET);
    nl(p);
    return;
  }
  labelled(p, name, v, depth);
}

static void secret_arg(pw *p, const ik_message *m, const char *label, const ik_node *n, int depth) {
  indent(p, depth);
  color(p, C_NAME);
  str(p, label);
  color(p, C_RESET);
  str(p, " ");
  if (n->kind == IK_N_SASL) {
    char user[256];
    int k = ik_sasl_user((ik_sasl_mech)m->sasl_mech, 0, sp(p, n), n->span.len, user, sizeof user);
    redacted(p, n->span.len, user, k);
  } else {
    redacted(p, n->span.len, NULL, -1);
  }
  nl(p);
}

static void command_args(pw *p, const ik_message *m) {
  ik_kw name = (m->flags & IK_MF_UID) ? m->sub : m->name;
  int secret = (m->flags & IK_MF_SECRET) && !p->show;
  int i = 0;
  for (const ik_node *n = m->args; n; n = n->next, i++) {
    if (m->flags & IK_MF_GENERIC) {
      block(p, n, 1);
      continue;
    }
    switch (name) {
    case IK_KW_LOGIN:
      if (i == 1 && secret) {
        secret_arg(p, m, "password", n, 1);
        continue;
      }
      labelled(p, i == 0 ? "user" : i == 1 ? "password" : "argument", n, 1);
      continue;
    case IK_KW_AUTHENTICATE:
      if (i == 1 && secret) {
        secret_arg(p, m, "initial response", n, 1);
        continue;
      }
      labelled(p, i == 0 ? "mechanism" : "initial response", n, 1);
      continue;
    case IK_KW_SEARCH:
      if (n->kind == IK_N_ATTR) {
        block(p, n, 1);
      } else {
        key_tree(p, n, 1);
      }
      continue;
    case IK_KW_RENAME:
      if (n->kind == IK_N_MAILBOX) {
        labelled(p, i == 0 ? "from" : "to", n, 1);
        continue;
      }
      break;
    case IK_KW_LIST:
    case IK_KW_LSUB:
      /* [select options] reference pattern(s) [RETURN (...)] */
      if (n->kind == IK_N_MAILBOX) {
        labelled(p, "reference", n, 1);
        continue;
      }
      if (n->kind == IK_N_STRING || (n->kind == IK_N_LIST && n->child && n->child->kind == IK_N_STRING)) {
        labelled(p, n->kind == IK_N_LIST ? "patterns" : "pattern", n, 1);
        continue;
      }
      if (n->kind == IK_N_LIST) {
        labelled(p, "options", n, 1);
        continue;
      }
      break;
    default:
      break;
    }
    switch ((ik_node_kind)n->kind) {
    case IK_N_MAILBOX:
      labelled(p, "mailbox", n, 1);
      break;
    case IK_N_SEQSET:
      labelled(p, (m->flags & IK_MF_UID) ? "uids" : "messages", n, 1);
      break;
    case IK_N_FETCH_ATT:
      labelled(p, "item", n, 1);
      break;
    case IK_N_APPEND_MESSAGE:
      indent(p, 1);
      color(p, C_NAME);
      str(p, "message");
      color(p, C_RESET);
      nl(p);
      for (const ik_node *c = n->child; c; c = c->next) block(p, c, 2);
      break;
    case IK_N_LIST:
      if (n->child && n->child->kind == IK_N_ATTR) {
        /* (CONDSTORE), (CHANGEDSINCE 5), (MESSAGES UNSEEN), (USE (\Drafts)) */
        const char *l = name == IK_KW_STATUS ? "items"
                        : (name == IK_KW_FETCH || name == IK_KW_STORE) ? "modifiers"
                                                                        : "parameters";
        labelled(p, l, n, 1);
        break;
      }
      if (n->child && n->child->kind == IK_N_FETCH_ATT) {
        indent(p, 1);
        color(p, C_NAME);
        str(p, "items");
        color(p, C_RESET);
        nl(p);
        for (const ik_node *c = n->child; c; c = c->next) block(p, c, 2);
        break;
      }
      block(p, n, 1);
      break;
    default:
      block(p, n, 1);
      break;
    }
  }
}

static void response_args(pw *p, const ik_message *m) {
  for (const ik_node *n = m->args; n; n = n->next) {
    switch ((ik_node_kind)n->kind) {
    case IK_N_FETCH_ITEM:
      fetch_item(p, n, 1);
      break;
    case IK_N_MAILBOX:
      labelled(p, "mailbox", n, 1);
      break;
    case IK_N_LIST_ENTRY: {
      /* mailbox-list: attributes, delimiter, name: the name first */
      const ik_node *attrs = n->child, *delim = attrs ? attrs->next : NULL;
      const ik_node *name = delim ? delim->next : NULL;
      indent(p, 1);
      if (name) inl(p, name, 1);
      if (attrs) {
        color(p, C_DIM);
        str(p, "  attributes ");
        color(p, C_RESET);
        inl(p, attrs, 1);
      }
      if (delim) {
        color(p, C_DIM);
        str(p, "  delimiter ");
        color(p, C_RESET);
        inl(p, delim, 1);
      }
      for (const ik_node *c = name ? name->next : NULL; c; c = c->next) {
        str(p, "  ");
        inl(p, c, 1);
      }
      nl(p);
      break;
    }
    case IK_N_LIST:
      if (n->child && n->child->kind == IK_N_STATUS_ATT) {
        indent(p, 1);
        inl_seq(p, n->child, ", ", 1);
        nl(p);
        break;
      }
      block(p, n, 1);
      break;
    case IK_N_CAPABILITY:
      /* capabilities on one line */
      indent(p, 1);
      for (const ik_node *c = n; c && c->kind == IK_N_CAPABILITY; c = c->next) {
        if (c != n) str(p, " ");
        inl(p, c, 1);
        if (!c->next || c->next->kind != IK_N_CAPABILITY) n = c;
      }
      nl(p);
      break;
    case IK_N_NUMBER:
      if ((m->name == IK_KW_SEARCH || m->name == IK_KW_SORT) && !(m->flags & IK_MF_GENERIC)) {
        /* the numbers of SEARCH and SORT on one line */
        indent(p, 1);
        for (const ik_node *c = n; c && c->kind == IK_N_NUMBER; c = c->next) {
          if (c != n) str(p, " ");
          inl(p, c, 1);
          if (!c->next || c->next->kind != IK_N_NUMBER) n = c;
        }
        nl(p);
        break;
      }
      block(p, n, 1);
      break;
    default:
      block(p, n, 1);
      break;
    }
  }
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

int ik_pretty_message(const ik_message *m, const ik_out_opts *o, ik_write_fn fn, void *ud) {
  ik_out_opts dflt = {0, 0, NULL};
  pw p;
  p.w.fn = fn;
  p.w.ud = ud;
  p.w.err = 0;
  p.w.m = m;
  p.w.o = o ? o : &dflt;
  p.w.buf = NULL;
  p.w.len = p.w.cap = 0;
  p.show = (p.w.o->flags & IK_OUT_SHOW_SECRETS) != 0;
  p.color = (p.w.o->flags & IK_OUT_COLOR) != 0;

  /* head: direction, offset, kind, tag, name, number */
  color(&p, C_HEAD);
  str(&p, m->side == IK_SIDE_SERVER ? "S< @" : "C> @");
  u64(&p, p.w.o->offset);
  str(&p, " ");
  str(&p, ik_msg_kind_name((ik_msg_kind)m->kind));
  if (m->tag.len) {
    str(&p, " ");
    text_bytes(&p, m->base + m->tag.off, m->tag.len, 100, 0, 0);
  } else if (m->kind == IK_MSG_UNTAGGED) {
    str(&p, " *");
  } else if (m->kind == IK_MSG_CONTINUATION) {
    str(&p, " +");
  }
  if (m->has_number) {
    str(&p, " ");
    u64(&p, m->number);
  }
  color(&p, C_RESET);
  if (m->kind == IK_MSG_DATA) {
    color(&p, C_NAME);
    str(&p, m->name == IK_KW_DONE ? " DONE" : " SASL");
    color(&p, C_RESET);
    if (m->name != IK_KW_DONE) {
      static const char *const mech[] = {"", " PLAIN", " LOGIN", " XOAUTH2"};
      if (m->sasl_mech < 4) str(&p, mech[m->sasl_mech]);
      str(&p, " step ");
      u64(&p, m->sasl_step);
    }
  } else if (m->name_span.len) {
    str(&p, " ");
    color(&p, C_HEAD C_NAME);
    if (m->name != IK_KW_NONE && !(m->flags & IK_MF_UID)) {
      str(&p, ik_keyword_name(m->name));
    } else if ((m->flags & IK_MF_UID) && m->sub != IK_KW_NONE) {
      str(&p, "UID ");
      str(&p, ik_keyword_name(m->sub));
    } else {
      text_bytes(&p, m->base + m->name_span.off, m->name_span.len, 100, 0, 0);
    }
    color(&p, C_RESET);
  }
  if (m->flags & IK_MF_GENERIC) {
    color(&p, C_DIM);
    str(&p, " (generic)");
    color(&p, C_RESET);
  }

  if (m->kind == IK_MSG_DATA) {
    nl(&p);
    const ik_node *d = m->args;
    if (m->name != IK_KW_DONE && d) {
      indent(&p, 1);
      if ((m->flags & IK_MF_SECRET) && !p.show) {
        char user[256];
        int k = ik_sasl_user((ik_sasl_mech)m->sasl_mech, m->sasl_step, sp(&p, d), d->span.len, user,
                             sizeof user);
        redacted(&p, d->span.len, user, k);
      } else {
        inl(&p, d, 1);
      }
      nl(&p);
    }
  } else if (is_status(m)) {
    /* OK [CODE args] text, on the head line */
    for (const ik_node *n = m->args; n; n = n->next) {
      str(&p, " ");
      if (n->kind == IK_N_RESP_CODE) {
        str(&p, "[");
        inl(&p, n, 1);
        str(&p, "]");
      } else {
        inl(&p, n, 1);
      }
    }
    nl(&p);
  } else {
    nl(&p);
    if (m->side == IK_SIDE_CLIENT)
      command_args(&p, m);
    else
      response_args(&p, m);
  }
  for (const ik_quirk *q = m->quirks; q; q = q->next) {
    indent(&p, 1);
    color(&p, C_DIM);
    str(&p, "quirk @");
    u64(&p, p.w.o->offset + q->offset);
    str(&p, ": ");
    str(&p, ik_quirk_description((ik_quirk_kind)q->kind));
    color(&p, C_RESET);
    nl(&p);
  }
  return p.w.err ? -1 : 0;
}
