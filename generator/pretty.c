/*
 * The pretty-printer: one block per message, a head line (direction, kind,
 * tag, name) then the tree indented, one node per line.
 */
#include "json_typed.h"

#include <stdio.h>

static void color(ik_w *w, const char *c) {
  if (w->o->flags & IK_OUT_COLOR) ik_w_str(w, c);
}
#define C_RESET "\x1b[0m"
#define C_HEAD "\x1b[1m"
#define C_NAME "\x1b[36m"
#define C_DIM "\x1b[2m"
#define C_STR "\x1b[32m"

static void indent(ik_w *w, int depth) {
  static const char sp[] = "                                                                ";
  size_t n = (size_t)depth * 2u;
  while (n > 0) {
    size_t k = n < sizeof sp - 1 ? n : sizeof sp - 1;
    ik_w_raw(w, sp, k);
    n -= k;
  }
}

/* A short printable preview: control and 8-bit bytes as escapes. */
static void preview(ik_w *w, const unsigned char *s, size_t n, size_t max) {
  char b[8];
  size_t k = n < max ? n : max;
  ik_w_raw(w, "\"", 1);
  for (size_t i = 0; i < k; i++) {
    unsigned char c = s[i];
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      ik_w_raw(w, &c, 1);
    } else if (c == '"' || c == '\\') {
      b[0] = '\\';
      b[1] = (char)c;
      ik_w_raw(w, b, 2);
    } else {
      snprintf(b, sizeof b, "\\x%02x", c);
      ik_w_str(w, b);
    }
  }
  ik_w_raw(w, "\"", 1);
  if (k < n) ik_w_str(w, "...");
}

static void node(ik_w *w, const ik_node *n, int depth, int secret) {
  if (depth > IK_WRITE_MAX_DEPTH) return;
  indent(w, depth);
  const unsigned char *s = ik_w_span(w, n->span);
  switch ((ik_node_kind)n->kind) {
  case IK_N_STRING:
    if (secret) {
      char b[64];
      snprintf(b, sizeof b, "<redacted, %u bytes>", (unsigned)n->span.len);
      ik_w_str(w, b);
      break;
    }
    if (n->form == IK_FORM_NIL) {
      ik_w_str(w, "NIL");
    } else if (n->form == IK_FORM_LITERAL || n->form == IK_FORM_LITERAL8) {
      char b[64];
      snprintf(b, sizeof b, "%sliteral %u bytes ", n->form == IK_FORM_LITERAL8 ? "~" : "",
               (unsigned)n->span.len);
      ik_w_str(w, b);
      color(w, C_STR);
      preview(w, s, n->span.len, 60);
      color(w, C_RESET);
    } else {
      color(w, C_STR);
      preview(w, s, n->span.len, 200);
      color(w, C_RESET);
    }
    break;
  case IK_N_NUMBER: {
    char b[32];
    snprintf(b, sizeof b, "%llu", (unsigned long long)n->num);
    ik_w_str(w, b);
    break;
  }
  case IK_N_LIST:
    ik_w_str(w, "(list)");
    break;
  case IK_N_TEXT:
    ik_w_str(w, "text ");
    color(w, C_STR);
    preview(w, s, n->span.len, 200);
    color(w, C_RESET);
    break;
  case IK_N_RESP_CODE:
    ik_w_str(w, "code ");
    color(w, C_NAME);
    ik_w_raw(w, s, n->span.len);
    color(w, C_RESET);
    break;
  default:
    color(w, C_DIM);
    ik_w_str(w, ik_node_kind_name((ik_node_kind)n->kind));
    color(w, C_RESET);
    ik_w_str(w, " ");
    preview(w, s, n->span.len, 80);
    break;
  }
  ik_w_str(w, "\n");
  for (const ik_node *c = n->child; c; c = c->next) node(w, c, depth + 1, 0);
}

int ik_pretty_message(const ik_message *m, const ik_out_opts *o, ik_write_fn fn, void *ud) {
  ik_out_opts dflt = {0, 0, NULL};
  ik_w w = {fn, ud, 0, m, o ? o : &dflt};
  char b[64];
  color(&w, C_HEAD);
  snprintf(b, sizeof b, "%s @%llu %s", m->side == IK_SIDE_SERVER ? "S:" : "C:",
           (unsigned long long)w.o->offset, ik_msg_kind_name((ik_msg_kind)m->kind));
  ik_w_str(&w, b);
  if (m->tag.len) {
    ik_w_str(&w, " tag=");
    ik_w_raw(&w, ik_w_span(&w, m->tag), m->tag.len);
  }
  if (m->has_number) {
    snprintf(b, sizeof b, " %llu", (unsigned long long)m->number);
    ik_w_str(&w, b);
  }
  if (m->name_span.len) {
    ik_w_str(&w, " ");
    color(&w, C_NAME);
    ik_w_raw(&w, ik_w_span(&w, m->name_span), m->name_span.len);
  } else if (m->kind == IK_MSG_DATA) {
    ik_w_str(&w, m->name == IK_KW_DONE ? " DONE" : " SASL");
  }
  color(&w, C_RESET);
  if (m->flags & IK_MF_GENERIC) ik_w_str(&w, " (generic)");
  ik_w_str(&w, "\n");
  int show = (w.o->flags & IK_OUT_SHOW_SECRETS) != 0;
  int i = 0;
  if (m->kind != IK_MSG_DATA || m->name == IK_KW_DONE || show || !(m->flags & IK_MF_SECRET)) {
    if (!(m->kind == IK_MSG_DATA && m->name == IK_KW_DONE))
      for (const ik_node *n = m->args; n; n = n->next, i++)
        node(&w, n, 1, !show && (m->flags & IK_MF_SECRET) && i == 1 &&
                           (m->name == IK_KW_LOGIN || m->name == IK_KW_AUTHENTICATE));
  } else if (m->args) {
    snprintf(b, sizeof b, "  <redacted, %u bytes>\n", (unsigned)m->args->span.len);
    ik_w_str(&w, b);
  }
  for (const ik_quirk *q = m->quirks; q; q = q->next) {
    snprintf(b, sizeof b, "  quirk @%llu: ", (unsigned long long)(w.o->offset + q->offset));
    color(&w, C_DIM);
    ik_w_str(&w, b);
    ik_w_str(&w, ik_quirk_description((ik_quirk_kind)q->kind));
    color(&w, C_RESET);
    ik_w_str(&w, "\n");
  }
  return w.err ? -1 : 0;
}
