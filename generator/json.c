/*
 * The JSON writer: one object per message, JSON Lines (docs/json.md has the
 * shape). Strings that are valid UTF-8 are JSON strings; any other bytes are
 * {"base64": ...} so that every line is valid JSON and nothing is lost.
 */
#include "json_typed.h"

static void name_value(ik_w *w, const ik_message *m) {
  if (m->kind == IK_MSG_CONTINUATION || (m->kind == IK_MSG_DATA && m->name != IK_KW_DONE)) {
    ik_w_str(w, "null");
    return;
  }
  if (m->flags & IK_MF_UID) {
    /* "UID FETCH": both words upper-cased, whatever the case on the wire */
    if (m->sub != IK_KW_NONE) {
      ik_w_str(w, "\"UID ");
      ik_w_str(w, ik_keyword_name(m->sub));
      ik_w_str(w, "\"");
      return;
    }
    /* an unknown name may hold 8-bit bytes: escaped, or base64 when not UTF-8 */
    const unsigned char *s = ik_w_span(w, m->name_span);
    size_t i = 3;
    while (i < m->name_span.len && s[i] == ' ') i++;
    unsigned char up[68] = "UID ";
    size_t k = 4;
    for (; i < m->name_span.len && k < sizeof up; i++)
      up[k++] = (unsigned char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    ik_w_json_bytes(w, up, k);
    return;
  }
  if (m->name != IK_KW_NONE) {
    ik_w_json_cstr(w, ik_keyword_name(m->name));
    return;
  }
  ik_json_upper(w, m->name_span);
}

void ik_json_upper(ik_w *w, ik_span s) {
  const unsigned char *p = ik_w_span(w, s);
  unsigned char up[128];
  size_t n = s.len < sizeof up ? s.len : sizeof up;
  for (size_t i = 0; i < n; i++) up[i] = (unsigned char)(p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]);
  ik_w_json_bytes(w, up, n);
}

void ik_json_string_or_null(ik_w *w, const ik_node *n) {
  if (n)
    ik_json_string(w, n);
  else
    ik_w_str(w, "null");
}

void ik_json_string(ik_w *w, const ik_node *n) {
  switch (n->form) {
  case IK_FORM_NIL:
    ik_w_str(w, "null");
    return;
  case IK_FORM_QUOTED:
    if (n->flags & IK_NF_ESCAPES) {
      ik_w_json_quoted(w, ik_w_span(w, n->span), n->span.len);
      return;
    }
    break;
  default:
    break;
  }
  if (n->flags & IK_NF_ELIDED) {
    ik_w_str(w, "{\"elided\":");
    ik_w_u64(w, n->num);
    ik_w_str(w, "}");
    return;
  }
  ik_w_json_bytes(w, ik_w_span(w, n->span), n->span.len);
}

void ik_json_redacted(ik_w *w, size_t len) {
  ik_w_str(w, "{\"redacted\":true,\"length\":");
  ik_w_u64(w, len);
  ik_w_str(w, "}");
}

void ik_json_redacted_sasl(ik_w *w, const ik_message *m, const ik_node *n, unsigned step) {
  size_t len = n ? n->span.len : 0;
  char user[256];
  int k = n ? ik_sasl_user((ik_sasl_mech)m->sasl_mech, step, m->base + n->span.off, len, user,
                           sizeof user)
            : -1;
  ik_w_str(w, "{\"redacted\":true,\"length\":");
  ik_w_u64(w, len);
  if (k >= 0) {
    ik_w_str(w, ",\"user\":");
    ik_w_json_bytes(w, (const unsigned char *)user, (size_t)k);
  }
  ik_w_str(w, "}");
}

void ik_json_array(ik_w *w, const ik_node *first, int depth) {
  ik_w_str(w, "[");
  for (const ik_node *c = first; c; c = c->next) {
    if (c != first) ik_w_str(w, ",");
    ik_json_node(w, c, depth + 1);
  }
  ik_w_str(w, "]");
}

void ik_json_node(ik_w *w, const ik_node *n, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) {
    ik_w_str(w, "{\"truncated\":true}");
    return;
  }
  if (ik_json_typed_node(w, n, depth)) return;
  switch ((ik_node_kind)n->kind) {
  case IK_N_STRING:
    ik_json_string(w, n);
    return;
  case IK_N_NUMBER:
    ik_w_u64(w, n->num);
    return;
  case IK_N_LIST:
    ik_json_array(w, n->child, depth);
    return;
  case IK_N_TEXT:
  case IK_N_SEQSET:
    ik_w_json_bytes(w, ik_w_span(w, n->span), n->span.len);
    return;
  case IK_N_RESP_CODE:
    ik_w_str(w, "{\"name\":");
    if (n->id)
      ik_w_json_cstr(w, ik_keyword_name((ik_kw)n->id));
    else
      ik_json_upper(w, n->span);
    if (n->child) {
      ik_w_str(w, n->child->kind == IK_N_TEXT ? ",\"text\":" : ",\"args\":");
      if (n->child->kind == IK_N_TEXT)
        ik_json_node(w, n->child, depth + 1);
      else
        ik_json_array(w, n->child, depth);
    }
    if (n->flags & IK_NF_GENERIC) ik_w_str(w, ",\"generic\":true");
    ik_w_str(w, "}");
    return;
  default:
    break;
  }
  /* Any other kind: its name, its bytes and its children. */
  ik_w_str(w, "{\"node\":");
  ik_w_json_cstr(w, ik_node_kind_name((ik_node_kind)n->kind));
  ik_w_str(w, ",\"value\":");
  ik_w_json_bytes(w, ik_w_span(w, n->span), n->span.len);
  if (n->child) {
    ik_w_str(w, ",\"children\":");
    ik_json_array(w, n->child, depth);
  }
  if (n->flags & IK_NF_GENERIC) ik_w_str(w, ",\"generic\":true");
  ik_w_str(w, "}");
}

static void quirks(ik_w *w, const ik_message *m) {
  if (!m->quirks) return;
  ik_w_str(w, ",\"quirks\":[");
  for (const ik_quirk *q = m->quirks; q; q = q->next) {
    if (q != m->quirks) ik_w_str(w, ",");
    ik_w_str(w, "{\"quirk\":");
    const char *nm = ik_quirk_name((ik_quirk_kind)q->kind);
    char low[40];
    size_t i = 0;
    for (; nm[i] && i < sizeof low - 1; i++) low[i] = (char)(nm[i] >= 'A' && nm[i] <= 'Z' ? nm[i] + 32 : nm[i]);
    low[i] = 0;
    ik_w_json_cstr(w, low);
    ik_w_str(w, ",\"at\":");
    ik_w_u64(w, w->o->offset + q->offset);
    ik_w_str(w, "}");
  }
  ik_w_str(w, "]");
}

/* Status responses and continuations: "code" and "text". */
static void status_fields(ik_w *w, const ik_message *m, int depth) {
  for (const ik_node *n = m->args; n; n = n->next) {
    if (n->kind == IK_N_RESP_CODE) {
      ik_w_str(w, ",\"code\":");
      ik_json_node(w, n, depth + 1);
    } else if (n->kind == IK_N_TEXT) {
      ik_w_str(w, ",\"text\":");
      ik_json_node(w, n, depth + 1);
    }
  }
}

int ik_json_message(const ik_message *m, const ik_out_opts *o, ik_write_fn fn, void *ud) {
  ik_out_opts dflt = {0, 0, NULL};
  unsigned char obuf[4096];
  ik_w w = {fn, ud, 0, m, o ? o : &dflt, obuf, 0, sizeof obuf};
  ik_w_str(&w, "{\"offset\":");
  ik_w_u64(&w, w.o->offset);
  if (w.o->extra_json) {
    ik_w_str(&w, ",");
    ik_w_str(&w, w.o->extra_json);
  }
  ik_w_str(&w, ",\"side\":");
  ik_w_str(&w, m->side == IK_SIDE_SERVER ? "\"server\"" : "\"client\"");
  ik_w_str(&w, ",\"kind\":\"");
  ik_w_str(&w, ik_msg_kind_name((ik_msg_kind)m->kind));
  ik_w_str(&w, "\",\"tag\":");
  if (m->tag.len)
    ik_w_json_bytes(&w, ik_w_span(&w, m->tag), m->tag.len);
  else
    ik_w_str(&w, "null");
  ik_w_str(&w, ",\"name\":");
  name_value(&w, m);
  if (m->has_number) {
    ik_w_str(&w, m->name == IK_KW_FETCH ? ",\"seq\":" : ",\"number\":");
    ik_w_u64(&w, m->number);
  }
  if (m->flags & IK_MF_GENERIC) ik_w_str(&w, ",\"generic\":true");
  int show = (w.o->flags & IK_OUT_SHOW_SECRETS) != 0;
  if (m->kind == IK_MSG_DATA) {
    ik_w_str(&w, ",\"data\":");
    if ((m->flags & IK_MF_SECRET) && !show)
      ik_json_redacted_sasl(&w, m, m->args, m->sasl_step);
    else if (m->args)
      ik_json_string(&w, m->args);
    else
      ik_w_str(&w, "\"\"");
  } else if (!ik_json_typed_message(&w, m, show)) {
    int status = m->kind == IK_MSG_CONTINUATION || m->kind == IK_MSG_TAGGED ||
                 ((m->name == IK_KW_OK || m->name == IK_KW_NO || m->name == IK_KW_BAD ||
                   m->name == IK_KW_BYE || m->name == IK_KW_PREAUTH) &&
                  !(m->flags & IK_MF_GENERIC));
    if (status) {
      status_fields(&w, m, 0);
    } else if (m->args) {
      ik_w_str(&w, ",\"args\":[");
      int i = 0;
      for (const ik_node *n = m->args; n; n = n->next, i++) {
        if (i) ik_w_str(&w, ",");
        /* LOGIN's password, SASL-IR's initial response: secrets */
        if ((m->flags & IK_MF_SECRET) && !show && m->name == IK_KW_LOGIN && i == 1)
          ik_json_redacted(&w, n->span.len);
        else if ((m->flags & IK_MF_SECRET) && !show && m->name == IK_KW_AUTHENTICATE && i == 1)
          ik_json_redacted_sasl(&w, m, n, 0);
        else
          ik_json_node(&w, n, 1);
      }
      ik_w_str(&w, "]");
    }
  }
  quirks(&w, m);
  ik_w_str(&w, "}\n");
  ik_w_flush(&w);
  return w.err ? -1 : 0;
}

int ik_json_error(ik_side side, const ik_error *e, uint64_t stream_offset, const ik_out_opts *o,
                  ik_write_fn fn, void *ud) {
  ik_out_opts dflt = {0, 0, NULL};
  ik_w w = {fn, ud, 0, NULL, o ? o : &dflt, NULL, 0, 0};
  ik_w_str(&w, "{\"offset\":");
  ik_w_u64(&w, stream_offset);
  if (w.o->extra_json) {
    ik_w_str(&w, ",");
    ik_w_str(&w, w.o->extra_json);
  }
  ik_w_str(&w, ",\"side\":");
  ik_w_str(&w, side == IK_SIDE_SERVER ? "\"server\"" : "\"client\"");
  ik_w_str(&w, ",\"error\":{\"at\":");
  ik_w_u64(&w, stream_offset + e->offset);
  ik_w_str(&w, ",\"code\":");
  ik_w_json_cstr(&w, ik_status_name(e->code));
  ik_w_str(&w, ",\"message\":");
  char msg[256];
  snprintf(msg, sizeof msg, "%s%s%s", ik_strerror(e->code), e->expected && *e->expected ? ": expected " : "",
           e->expected ? e->expected : "");
  ik_w_json_cstr(&w, msg);
  ik_w_str(&w, "}}\n");
  return w.err ? -1 : 0;
}
