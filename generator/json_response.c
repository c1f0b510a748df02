/*
 * JSON shapes of typed server responses (docs/responses.md): FETCH items,
 * envelopes, body structures with their section numbers, LIST, STATUS,
 * SEARCH, CAPABILITY, FLAGS, the typed response codes, and the extensions'
 * responses (ESEARCH, SORT, THREAD, ENABLED, ID, NAMESPACE, VANISHED, QUOTA,
 * ACL, METADATA, ...). The stable fields are those of CLI.md ("Typed JSON:
 * the stable fields").
 *
 * Only server-side messages are handled here; anything else falls back to the
 * generic shapes of json.c. Recursion follows the tree, whose depth the parser
 * bounds (IK_DEPTH_HARD); `depth` is checked like json.c does.
 */
#include "json_typed.h"

static void node(ik_w *w, const ik_node *n, int depth);

/* A JSON key from bytes: upper-cased (FETCH item names), always a valid JSON
 * string (bytes that are not UTF-8 become '?'). */
static void upper_key(ik_w *w, const unsigned char *s, size_t n) {
  unsigned char up[1024];
  if (n > sizeof up) n = sizeof up;
  int utf8 = ik_utf8_valid(s, n);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    if ((c >= 0x80 || c == 0) && !utf8) c = '?'; /* NUL: not UTF-8 for ik_w_json_bytes */
    up[i] = c;
  }
  ik_w_json_bytes(w, up, n);
}

/* A string node as a JSON object key: its text ("" for NIL and for a literal
 * streamed away, whose value form {"elided": N} cannot be a key; '?' for
 * bytes that are not UTF-8). */
static void string_key(ik_w *w, const ik_node *n) {
  if (n->form == IK_FORM_NIL || (n->flags & IK_NF_ELIDED)) {
    ik_w_str(w, "\"\"");
    return;
  }
  const unsigned char *s = ik_w_span(w, n->span);
  if (ik_utf8_valid(s, n->span.len)) {
    ik_json_string(w, n);
    return;
  }
  unsigned char t[1024];
  size_t k = n->span.len < sizeof t ? n->span.len : sizeof t;
  for (size_t i = 0; i < k; i++) t[i] = (s[i] >= 0x80 || s[i] == 0) ? '?' : s[i];
  ik_w_json_bytes(w, t, k);
}

static void key(ik_w *w, int *first, const char *k) {
  if (!*first) ik_w_str(w, ",");
  *first = 0;
  ik_w_str(w, "\"");
  ik_w_str(w, k);
  ik_w_str(w, "\":");
}

/* The name of a "name then value" node as a JSON key: its keyword when it
 * has one, else its bytes up to the first SP, upper-cased. */
static void jr_name_key(ik_w *w, const ik_node *n) {
  if (n->id && !(n->flags & IK_NF_GENERIC)) {
    ik_w_json_cstr(w, ik_keyword_name((ik_kw)n->id));
    return;
  }
  const unsigned char *s = ik_w_span(w, n->span);
  size_t k = 0;
  while (k < n->span.len && s[k] != ' ') k++;
  upper_key(w, s, k);
}

/* A PAIR's name as a JSON key: the keyword of a typed one, else its text. */
static void jr_pair_key(ik_w *w, const ik_node *n) {
  if (n->id && !(n->flags & IK_NF_GENERIC))
    ik_w_json_cstr(w, ik_keyword_name((ik_kw)n->id));
  else
    string_key(w, n);
}

/* {"generic": true, "value": ...} */
static void jr_generic_value(ik_w *w, const ik_node *v, int depth) {
  ik_w_str(w, "{\"generic\":true,\"value\":");
  if (v)
    ik_json_node(w, v, depth + 1);
  else
    ik_w_str(w, "null");
  ik_w_str(w, "}");
}

/* An array of the nodes from `first` on (strings, flags, numbers ...). */
static void array(ik_w *w, const ik_node *first, int depth) {
  ik_w_str(w, "[");
  for (const ik_node *c = first; c; c = c->next) {
    if (c != first) ik_w_str(w, ",");
    node(w, c, depth + 1);
  }
  ik_w_str(w, "]");
}

/* ---- envelope ---- */

static void address(ik_w *w, const ik_node *a) {
  static const char *const names[] = {"name", "adl", "mailbox", "host"};
  int first = 1;
  ik_w_str(w, "{");
  const ik_node *c = a->child;
  for (int i = 0; i < 4; i++, c = c ? c->next : NULL) {
    key(w, &first, names[i]);
    ik_json_string_or_null(w, c);
  }
  ik_w_str(w, "}");
}

static void address_list(ik_w *w, const ik_node *l) {
  if (l->form == IK_FORM_NIL) {
    ik_w_str(w, "null");
    return;
  }
  ik_w_str(w, "[");
  for (const ik_node *a = l->child; a; a = a->next) {
    if (a != l->child) ik_w_str(w, ",");
    address(w, a);
  }
  ik_w_str(w, "]");
}

static void envelope(ik_w *w, const ik_node *e) {
  static const char *const names[] = {"date", "subject", "from", "sender", "reply_to",
                                      "to", "cc", "bcc", "in_reply_to", "message_id"};
  int first = 1;
  ik_w_str(w, "{");
  const ik_node *c = e->child;
  for (int i = 0; i < 10 && c; i++, c = c->next) {
    key(w, &first, names[i]);
    if (c->kind == IK_N_ADDRESS_LIST)
      address_list(w, c);
    else
      ik_json_string(w, c);
  }
  ik_w_str(w, "}");
}

/* ---- body structure ---- */

static void params(ik_w *w, const ik_node *p) {
  if (p->form == IK_FORM_NIL) {
    ik_w_str(w, "null");
    return;
  }
  ik_w_str(w, "{");
  for (const ik_node *k = p->child; k; k = k->next ? k->next->next : NULL) {
    if (k != p->child) ik_w_str(w, ",");
    string_key(w, k);
    ik_w_str(w, ":");
    ik_json_string_or_null(w, k->next);
  }
  ik_w_str(w, "}");
}

static void disposition(ik_w *w, const ik_node *d) {
  if (d->form == IK_FORM_NIL) {
    ik_w_str(w, "null");
    return;
  }
  ik_w_str(w, "{\"type\":");
  ik_json_string_or_null(w, d->child);
  ik_w_str(w, ",\"params\":");
  if (d->child && d->child->next)
    params(w, d->child->next);
  else
    ik_w_str(w, "null");
  ik_w_str(w, "}");
}

/* The extension data that follows the fields of a part: md5 (single parts)
 * or params (multiparts), then disposition, language, location, extensions. */
static void body_ext(ik_w *w, int *first, const ik_node *c, int multipart, int depth) {
  if (!c) return;
  if (!multipart) {
    key(w, first, "md5");
    ik_json_string(w, c);
    c = c->next;
  }
  if (!c) return;
  key(w, first, "disposition");
  disposition(w, c);
  c = c->next;
  if (!c) return;
  key(w, first, "language");
  if (c->kind == IK_N_LIST)
    array(w, c->child, depth);
  else
    ik_json_string(w, c);
  c = c->next;
  if (!c) return;
  key(w, first, "location");
  ik_json_string(w, c);
  c = c->next;
  if (!c) return;
  key(w, first, "extensions");
  array(w, c, depth);
}

static void body(ik_w *w, const ik_node *b, const char *prefix, size_t plen, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) {
    ik_w_str(w, "{\"truncated\":true}");
    return;
  }
  /* this part's section number: the prefix, then its own number if it has one */
  char sec[256];
  size_t slen = plen < sizeof sec ? plen : sizeof sec - 1;
  memcpy(sec, prefix, slen);
  if (b->num) {
    char t[24];
    int k = snprintf(t, sizeof t, "%s%llu", slen ? "." : "", (unsigned long long)b->num);
    if (k > 0 && slen + (size_t)k < sizeof sec) {
      memcpy(sec + slen, t, (size_t)k);
      slen += (size_t)k;
    }
  }
  sec[slen] = 0;
  int first = 1;
  ik_w_str(w, "{");
  const ik_node *c = b->child;
  if (b->flags & IK_NF_MULTIPART) {
    key(w, &first, "type");
    ik_w_str(w, "\"multipart\"");
    const ik_node *sub = c;
    while (sub && sub->kind == IK_N_BODY) sub = sub->next;
    key(w, &first, "subtype");
    ik_json_string_or_null(w, sub);
    key(w, &first, "section");
    ik_w_json_cstr(w, sec);
    key(w, &first, "parts");
    ik_w_str(w, "[");
    for (const ik_node *p = c; p && p->kind == IK_N_BODY; p = p->next) {
      if (p != c) ik_w_str(w, ",");
      body(w, p, sec, slen, depth + 1);
    }
    ik_w_str(w, "]");
    if (sub && sub->next) {
      key(w, &first, "params");
      params(w, sub->next);
      body_ext(w, &first, sub->next->next, 1, depth);
    }
    ik_w_str(w, "}");
    return;
  }
  static const char *const names[] = {"type", "subtype", "params", "id",
                                      "description", "encoding", "size"};
  for (int i = 0; i < 7 && c; i++, c = c->next) {
    key(w, &first, names[i]);
    if (c->kind == IK_N_BODY_PARAMS)
      params(w, c);
    else
      node(w, c, depth + 1);
    if (i == 1) {
      key(w, &first, "section");
      ik_w_json_cstr(w, sec);
    }
  }
  if (b->id == IK_KW_MESSAGE && c && c->kind == IK_N_ENVELOPE) {
    key(w, &first, "envelope");
    envelope(w, c);
    c = c->next;
    if (c && c->kind == IK_N_BODY) {
      key(w, &first, "body");
      body(w, c, sec, slen, depth + 1);
      c = c->next;
    }
  }
  if ((b->id == IK_KW_MESSAGE || b->id == IK_KW_TEXT) && c && c->kind == IK_N_NUMBER) {
    key(w, &first, "lines");
    node(w, c, depth + 1);
    c = c->next;
  }
  body_ext(w, &first, c, 0, depth);
  ik_w_str(w, "}");
}

/* ---- FETCH ---- */

static void item_value(ik_w *w, const ik_node *it, int depth) {
  if (it->flags & IK_NF_ERROR) {
    ik_w_str(w, "{\"error\":true,\"at\":");
    ik_w_u64(w, w->o->offset + it->span.off + it->num);
    if (it->child) {
      ik_w_str(w, ",\"bytes\":");
      ik_w_json_bytes(w, ik_w_span(w, it->child->span), it->child->span.len);
    }
    ik_w_str(w, "}");
    return;
  }
  const ik_node *v = it->child;
  while (v && v->next) v = v->next; /* the value is the last child */
  if (it->flags & IK_NF_GENERIC) {
    ik_w_str(w, "{\"generic\":true,\"value\":");
    if (v)
      ik_json_node(w, v, depth + 1);
    else
      ik_w_str(w, "null");
    ik_w_str(w, "}");
    return;
  }
  if (!v) {
    ik_w_str(w, "null");
    return;
  }
  switch ((ik_kw)it->id) {
  case IK_KW_MODSEQ: case IK_KW_EMAILID: case IK_KW_THREADID:
    /* "(" value ")": the value itself */
    if (v->kind == IK_N_LIST) {
      if (v->child)
        node(w, v->child, depth + 1);
      else
        ik_w_str(w, "null");
      return;
    }
    break;
  case IK_KW_PREVIEW: case IK_KW_SNIPPET:
    /* "(" algorithm SP text ")" */
    if (v->kind == IK_N_LIST) {
      ik_w_str(w, "{\"algorithm\":");
      ik_json_string_or_null(w, v->child);
      ik_w_str(w, ",\"text\":");
      ik_json_string_or_null(w, v->child ? v->child->next : NULL);
      ik_w_str(w, "}");
      return;
    }
    break;
  case IK_KW_X_GM_LABELS:
    if (v->kind == IK_N_LIST) {
      array(w, v->child, depth);
      return;
    }
    break;
  default:
    break;
  }
  if (v->kind == IK_N_BODY)
    body(w, v, "", 0, depth + 1);
  else
    node(w, v, depth + 1);
}

static void fetch_items(ik_w *w, const ik_message *m) {
  ik_w_str(w, ",\"items\":{");
  for (const ik_node *it = m->args; it; it = it->next) {
    if (it != m->args) ik_w_str(w, ",");
    upper_key(w, ik_w_span(w, it->span), it->span.len);
    ik_w_str(w, ":");
    item_value(w, it, 1);
  }
  ik_w_str(w, "}");
}

/* ---- response codes ---- */

static void jr_field(ik_w *w, const char *k, const ik_node *v, int depth) {
  ik_w_str(w, ",\"");
  ik_w_str(w, k);
  ik_w_str(w, "\":");
  if (v)
    node(w, v, depth + 1);
  else
    ik_w_str(w, "null");
}

static int resp_code(ik_w *w, const ik_node *n, int depth) {
  if (n->flags & IK_NF_GENERIC) return 0;
  const ik_node *a = n->child, *b = a ? a->next : NULL, *c = b ? b->next : NULL;
  ik_w_str(w, "{\"name\":");
  ik_w_json_cstr(w, ik_keyword_name((ik_kw)n->id));
  switch ((ik_kw)n->id) {
  case IK_KW_BADCHARSET:
    if (a) {
      ik_w_str(w, ",\"charsets\":");
      array(w, a, depth);
    }
    break;
  case IK_KW_CAPABILITY:
    ik_w_str(w, ",\"capabilities\":");
    array(w, a, depth);
    break;
  case IK_KW_PERMANENTFLAGS:
    jr_field(w, "flags", a, depth);
    break;
  case IK_KW_UIDNEXT: case IK_KW_UIDVALIDITY: case IK_KW_UNSEEN: case IK_KW_HIGHESTMODSEQ:
  case IK_KW_MODIFIED: case IK_KW_NOUPDATE:
    jr_field(w, "value", a, depth);
    break;
  case IK_KW_MAILBOXID:
    /* "(" objectid ")" */
    jr_field(w, "value", a && a->kind == IK_N_LIST ? a->child : a, depth);
    break;
  case IK_KW_APPENDUID:
    jr_field(w, "uidvalidity", a, depth);
    jr_field(w, "uids", b, depth);
    break;
  case IK_KW_COPYUID:
    jr_field(w, "uidvalidity", a, depth);
    jr_field(w, "source", b, depth);
    jr_field(w, "destination", c, depth);
    break;
  case IK_KW_METADATA:
    /* LONGENTRIES n / MAXSIZE n / TOOMANY / NOPRIVATE */
    if (a) {
      ik_w_str(w, ",\"condition\":");
      jr_name_key(w, a);
      if (a->child) jr_field(w, "value", a->child, depth);
    }
    break;
  case IK_KW_BADEVENT:
    ik_w_str(w, ",\"events\":");
    array(w, a && a->kind == IK_N_LIST ? a->child : a, depth);
    break;
  case IK_KW_URLMECH:
    /* "INTERNAL", "XSAMPLE=P34OKhO7VEkCbsiYY8rGEg==": mechanism[=base64] as sent */
    ik_w_str(w, ",\"mechanisms\":");
    array(w, a, depth);
    break;
  default:
    /* no arguments, or free text (BADURL, REFERRAL) */
    if (a && a->kind == IK_N_TEXT) jr_field(w, "text", a, depth);
    break;
  }
  ik_w_str(w, "}");
  return 1;
}

/* ---- extension data ---- */

/* THREAD: a thread list as an array of numbers and nested arrays. */
static void jr_thread(ik_w *w, const ik_node *t, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) {
    ik_w_str(w, "{\"truncated\":true}");
    return;
  }
  ik_w_str(w, "[");
  for (const ik_node *c = t->child; c; c = c->next) {
    if (c != t->child) ik_w_str(w, ",");
    if (c->kind == IK_N_THREAD)
      jr_thread(w, c, depth + 1);
    else
      node(w, c, depth + 1);
  }
  ik_w_str(w, "]");
}

/* An object of PAIRs from `first` on: {"name": value, ...}; a generic one's
 * value is {"generic": true, "value": ...}. `unwrap`: a value in parentheses
 * that holds one thing is that thing (OLDNAME). */
static void jr_pairs(ik_w *w, const ik_node *first, int depth) {
  ik_w_str(w, "{");
  int any = 0;
  for (const ik_node *c = first; c; c = c->next) {
    if (c->kind != IK_N_PAIR) continue;
    if (any) ik_w_str(w, ",");
    any = 1;
    jr_pair_key(w, c);
    ik_w_str(w, ":");
    const ik_node *v = c->child;
    if (c->flags & IK_NF_GENERIC) {
      jr_generic_value(w, v, depth);
    } else if (!v) {
      ik_w_str(w, "null");
    } else if (c->id == IK_KW_OLDNAME && v->kind == IK_N_LIST && v->child && !v->child->next) {
      node(w, v->child, depth + 1);
    } else if (v->kind == IK_N_LIST) {
      array(w, v->child, depth);
    } else {
      node(w, v, depth + 1);
    }
  }
  ik_w_str(w, "}");
}

/* NAMESPACE: a namespace-descr. */
static void jr_namespace_descr(ik_w *w, const ik_node *n, int depth) {
  const ik_node *prefix = n->child, *delim = prefix ? prefix->next : NULL;
  ik_w_str(w, "{\"prefix\":");
  ik_json_string_or_null(w, prefix);
  ik_w_str(w, ",\"delimiter\":");
  ik_json_string_or_null(w, delim);
  if (delim && delim->next) {
    ik_w_str(w, ",\"extensions\":");
    jr_pairs(w, delim->next, depth);
  }
  ik_w_str(w, "}");
}

/* ---- nodes ---- */

static void section_text(ik_w *w, const ik_node *n) {
  ik_w_json_bytes(w, ik_w_span(w, n->span), n->span.len);
}

/* Writes n in its typed shape; 0 when it has none here. */
static int typed(ik_w *w, const ik_node *n, int depth) {
  switch ((ik_node_kind)n->kind) {
  case IK_N_CAPABILITY:
  case IK_N_FLAG:
  case IK_N_DATETIME:
    section_text(w, n);
    return 1;
  case IK_N_FLAG_LIST:
    array(w, n->child, depth);
    return 1;
  case IK_N_MAILBOX:
    ik_json_string(w, n);
    return 1;
  case IK_N_NUMBER:
    if (n->form != IK_FORM_NIL) return 0;
    ik_w_str(w, "null");
    return 1;
  case IK_N_RESP_CODE:
    return resp_code(w, n, depth);
  case IK_N_ENVELOPE:
    envelope(w, n);
    return 1;
  case IK_N_ADDRESS_LIST:
    address_list(w, n);
    return 1;
  case IK_N_ADDRESS:
    address(w, n);
    return 1;
  case IK_N_BODY:
    body(w, n, "", 0, depth);
    return 1;
  case IK_N_BODY_PARAMS:
    params(w, n);
    return 1;
  case IK_N_BODY_DISPOSITION:
    disposition(w, n);
    return 1;
  case IK_N_BODY_EXTENSION:
    array(w, n->child, depth);
    return 1;
  case IK_N_FETCH_ITEM:
    item_value(w, n, depth);
    return 1;
  case IK_N_SECTION:
  case IK_N_PART:
  case IK_N_PARTIAL:
    section_text(w, n);
    return 1;
  case IK_N_THREAD:
    jr_thread(w, n, depth);
    return 1;
  case IK_N_NAMESPACE:
    jr_namespace_descr(w, n, depth);
    return 1;
  case IK_N_PAIR:
    ik_w_str(w, "{\"name\":");
    ik_json_string(w, n);
    ik_w_str(w, ",\"value\":");
    if (n->child)
      node(w, n->child, depth + 1);
    else
      ik_w_str(w, "null");
    if (n->flags & IK_NF_GENERIC) ik_w_str(w, ",\"generic\":true");
    ik_w_str(w, "}");
    return 1;
  default:
    return 0;
  }
}

static void node(ik_w *w, const ik_node *n, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) {
    ik_w_str(w, "{\"truncated\":true}");
    return;
  }
  if (!typed(w, n, depth)) ik_json_node(w, n, depth);
}

int ik_json_resp_node(ik_w *w, const ik_node *n, int depth) {
  if (!w->m || w->m->side != IK_SIDE_SERVER) return 0;
  return typed(w, n, depth);
}

/* ---- messages ---- */

static void list_entry(ik_w *w, const ik_message *m) {
  const ik_node *e = m->args;
  const ik_node *flags = e->child, *delim = flags ? flags->next : NULL,
                *mbox = delim ? delim->next : NULL;
  ik_w_str(w, ",\"attributes\":");
  if (flags)
    array(w, flags->child, 1);
  else
    ik_w_str(w, "[]");
  ik_w_str(w, ",\"delimiter\":");
  ik_json_string_or_null(w, delim);
  ik_w_str(w, ",\"mailbox\":");
  ik_json_string_or_null(w, mbox);
  if (mbox && mbox->next && mbox->next->kind == IK_N_LIST) {
    ik_w_str(w, ",\"extended\":");
    jr_pairs(w, mbox->next->child, 1);
  }
}

static void status_data(ik_w *w, const ik_message *m) {
  const ik_node *mbox = m->args, *atts = mbox ? mbox->next : NULL;
  ik_w_str(w, ",\"mailbox\":");
  ik_json_string_or_null(w, mbox);
  ik_w_str(w, ",\"attributes\":{");
  for (const ik_node *a = atts ? atts->child : NULL; a; a = a->next) {
    if (a != atts->child) ik_w_str(w, ",");
    upper_key(w, ik_w_span(w, a->span), a->span.len);
    ik_w_str(w, ":");
    if (a->flags & IK_NF_GENERIC) {
      jr_generic_value(w, a->child, 1);
    } else if (a->id == IK_KW_MAILBOXID && a->child && a->child->kind == IK_N_LIST) {
      node(w, a->child->child ? a->child->child : a->child, 2);
    } else if (a->child) {
      node(w, a->child, 2);
    } else {
      ik_w_str(w, "null");
    }
  }
  ik_w_str(w, "}");
}

/* SEARCH, SORT: "ids", and "modseq" (RFC 7162) */
static void jr_search_data(ik_w *w, const ik_message *m) {
  ik_w_str(w, ",\"ids\":[");
  const ik_node *mod = NULL;
  int first = 1;
  for (const ik_node *n = m->args; n; n = n->next) {
    if (n->kind != IK_N_NUMBER) {
      mod = n;
      continue;
    }
    if (!first) ik_w_str(w, ",");
    first = 0;
    ik_w_u64(w, n->num);
  }
  ik_w_str(w, "]");
  if (mod && mod->kind == IK_N_LIST && mod->child && mod->child->child) {
    ik_w_str(w, ",\"modseq\":");
    ik_w_u64(w, mod->child->child->num);
  }
}

/* ESEARCH: "correlator", "uid", "results" {NAME: value} and, for CONTEXT
 * (RFC 5267), "updates": the ADDTO and REMOVEFROM data in their order,
 * [{"op", "position", "set"}], one per (position, set) pair. */
static void jr_esearch_data(ik_w *w, const ik_message *m) {
  const ik_node *n = m->args;
  if (n && n->kind == IK_N_LIST) {
    ik_w_str(w, ",\"correlator\":");
    ik_json_string_or_null(w, n->child ? n->child->child : NULL);
    n = n->next;
  }
  int uid = 0, updates = 0, first = 1;
  for (const ik_node *a = n; a; a = a->next) {
    if (a->kind != IK_N_ATTR || (a->flags & IK_NF_GENERIC)) continue;
    if (a->id == IK_KW_UID) uid = 1;
    if (a->id == IK_KW_ADDTO || a->id == IK_KW_REMOVEFROM) updates = 1;
  }
  ik_w_str(w, uid ? ",\"uid\":true,\"results\":{" : ",\"uid\":false,\"results\":{");
  for (const ik_node *a = n; a; a = a->next) {
    if (a->kind != IK_N_ATTR) continue;
    int generic = (a->flags & IK_NF_GENERIC) != 0;
    if (!generic && (a->id == IK_KW_UID || a->id == IK_KW_ADDTO || a->id == IK_KW_REMOVEFROM))
      continue;
    if (!first) ik_w_str(w, ",");
    first = 0;
    jr_name_key(w, a);
    ik_w_str(w, ":");
    const ik_node *v = a->child;
    if (generic) {
      jr_generic_value(w, v, 2);
    } else if (a->id == IK_KW_PARTIAL && v && v->kind == IK_N_LIST) {
      ik_w_str(w, "{\"range\":");
      ik_json_string_or_null(w, v->child);
      jr_field(w, "set", v->child ? v->child->next : NULL, 2);
      ik_w_str(w, "}");
    } else if (v) {
      node(w, v, 3);
    } else {
      ik_w_str(w, "null");
    }
  }
  ik_w_str(w, "}");
  if (!updates) return;
  ik_w_str(w, ",\"updates\":[");
  first = 1;
  for (const ik_node *a = n; a; a = a->next) {
    if (a->kind != IK_N_ATTR || (a->flags & IK_NF_GENERIC) || !a->child) continue;
    if (a->id != IK_KW_ADDTO && a->id != IK_KW_REMOVEFROM) continue;
    for (const ik_node *c = a->child->child; c; c = c->next ? c->next->next : NULL) {
      if (!first) ik_w_str(w, ",");
      first = 0;
      ik_w_str(w, a->id == IK_KW_ADDTO ? "{\"op\":\"ADDTO\",\"position\":" : "{\"op\":\"REMOVEFROM\",\"position\":");
      ik_w_u64(w, c->num);
      jr_field(w, "set", c->next, 3);
      ik_w_str(w, "}");
    }
  }
  ik_w_str(w, "]");
}

static void jr_mailbox_field(ik_w *w, const ik_node *mbox) {
  ik_w_str(w, ",\"mailbox\":");
  ik_json_string_or_null(w, mbox);
}

/* NAMESPACE: "personal", "other", "shared" */
static void jr_namespace_data(ik_w *w, const ik_message *m) {
  static const char *const names[] = {",\"personal\":", ",\"other\":", ",\"shared\":"};
  const ik_node *n = m->args;
  for (int i = 0; i < 3; i++, n = n ? n->next : NULL) {
    ik_w_str(w, names[i]);
    if (!n || n->kind != IK_N_LIST) {
      ik_w_str(w, "null");
      continue;
    }
    ik_w_str(w, "[");
    for (const ik_node *d = n->child; d; d = d->next) {
      if (d != n->child) ik_w_str(w, ",");
      jr_namespace_descr(w, d, 2);
    }
    ik_w_str(w, "]");
  }
}

/* QUOTA: "root", "resources" {NAME: {"usage", "limit"}} */
static void jr_quota_data(ik_w *w, const ik_message *m) {
  const ik_node *root = m->args, *list = root ? root->next : NULL;
  ik_w_str(w, ",\"root\":");
  ik_json_string_or_null(w, root);
  ik_w_str(w, ",\"resources\":{");
  for (const ik_node *r = list ? list->child : NULL; r; r = r->next) {
    if (r != list->child) ik_w_str(w, ",");
    jr_name_key(w, r);
    ik_w_str(w, ":{\"usage\":");
    if (r->child)
      ik_w_u64(w, r->child->num);
    else
      ik_w_str(w, "null");
    ik_w_str(w, ",\"limit\":");
    if (r->child && r->child->next)
      ik_w_u64(w, r->child->next->num);
    else
      ik_w_str(w, "null");
    ik_w_str(w, "}");
  }
  ik_w_str(w, "}");
}

/* An array of the STRINGs from n on. */
static void jr_strings(ik_w *w, const char *k, const ik_node *n) {
  ik_w_str(w, ",\"");
  ik_w_str(w, k);
  ik_w_str(w, "\":[");
  for (const ik_node *c = n; c; c = c->next) {
    if (c != n) ik_w_str(w, ",");
    ik_json_string(w, c);
  }
  ik_w_str(w, "]");
}

int ik_json_resp_message(ik_w *w, const ik_message *m, int show_secrets) {
  (void)show_secrets;
  if (m->flags & IK_MF_GENERIC) return 0;
  if (m->kind == IK_MSG_CONTINUATION) {
    for (const ik_node *n = m->args; n; n = n->next) {
      if (n->kind == IK_N_RESP_CODE) {
        ik_w_str(w, ",\"code\":");
        ik_json_node(w, n, 1);
      } else if (n->kind == IK_N_TEXT) {
        ik_w_str(w, ",\"text\":");
        ik_json_node(w, n, 1);
        if (n->flags & IK_NF_BASE64) ik_w_str(w, ",\"base64\":true");
      }
    }
    return 1;
  }
  if (m->kind != IK_MSG_UNTAGGED) return 0;
  switch (m->name) {
  case IK_KW_FETCH:
    if (!m->has_number) return 0;
    fetch_items(w, m);
    if (m->flags & IK_MF_ITEM_ERRORS) ik_w_str(w, ",\"item_errors\":true");
    return 1;
  case IK_KW_EXPUNGE:
  case IK_KW_EXISTS:
  case IK_KW_RECENT:
    return m->has_number;
  case IK_KW_CAPABILITY:
    if (m->has_number) return 0;
    ik_w_str(w, ",\"capabilities\":");
    array(w, m->args, 0);
    return 1;
  case IK_KW_FLAGS:
    if (m->has_number || !m->args) return 0;
    ik_w_str(w, ",\"flags\":");
    array(w, m->args->child, 0);
    return 1;
  case IK_KW_LIST:
  case IK_KW_LSUB:
  case IK_KW_XLIST:
    if (m->has_number || !m->args || m->args->kind != IK_N_LIST_ENTRY) return 0;
    list_entry(w, m);
    return 1;
  case IK_KW_SEARCH:
  case IK_KW_SORT:
    if (m->has_number) return 0;
    jr_search_data(w, m);
    return 1;
  case IK_KW_STATUS:
    if (m->has_number) return 0;
    status_data(w, m);
    return 1;
  default:
    break;
  }
  if (m->has_number) return 0;
  const ik_node *a = m->args, *b = a ? a->next : NULL;
  switch (m->name) {
  case IK_KW_ENABLED:
    ik_w_str(w, ",\"capabilities\":");
    array(w, a, 0);
    return 1;
  case IK_KW_ESEARCH:
    jr_esearch_data(w, m);
    return 1;
  case IK_KW_THREAD:
    ik_w_str(w, ",\"threads\":[");
    for (const ik_node *t = a; t; t = t->next) {
      if (t != a) ik_w_str(w, ",");
      jr_thread(w, t, 1);
    }
    ik_w_str(w, "]");
    return 1;
  case IK_KW_ID:
    ik_w_str(w, ",\"params\":");
    if (a && a->kind == IK_N_LIST)
      jr_pairs(w, a->child, 1);
    else
      ik_w_str(w, "null");
    return 1;
  case IK_KW_NAMESPACE:
    jr_namespace_data(w, m);
    return 1;
  case IK_KW_VANISHED:
    ik_w_str(w, a && a->kind == IK_N_LIST ? ",\"earlier\":true" : ",\"earlier\":false");
    jr_field(w, "uids", a && a->kind == IK_N_LIST ? b : a, 0);
    return 1;
  case IK_KW_QUOTA:
    jr_quota_data(w, m);
    return 1;
  case IK_KW_QUOTAROOT:
    jr_mailbox_field(w, a);
    jr_strings(w, "roots", b);
    return 1;
  case IK_KW_ACL:
    jr_mailbox_field(w, a);
    ik_w_str(w, ",\"acl\":");
    jr_pairs(w, b, 1);
    return 1;
  case IK_KW_LISTRIGHTS:
    jr_mailbox_field(w, a);
    ik_w_str(w, ",\"identifier\":");
    ik_json_string_or_null(w, b);
    ik_w_str(w, ",\"required\":");
    ik_json_string_or_null(w, b ? b->next : NULL);
    jr_strings(w, "optional", b && b->next ? b->next->next : NULL);
    return 1;
  case IK_KW_LANGUAGE: /* RFC 5255: the languages the server offers or uses */
    jr_strings(w, "languages", a && a->kind == IK_N_LIST ? a->child : NULL);
    return 1;
  case IK_KW_COMPARATOR: /* the active comparator, then those matching the command's */
    ik_w_str(w, ",\"comparator\":");
    ik_json_string_or_null(w, a);
    if (b && b->kind == IK_N_LIST) jr_strings(w, "matching", b->child);
    return 1;
  case IK_KW_MYRIGHTS:
    jr_mailbox_field(w, a);
    ik_w_str(w, ",\"rights\":");
    ik_json_string_or_null(w, b);
    return 1;
  case IK_KW_METADATA:
    jr_mailbox_field(w, a);
    if (b && b->kind == IK_N_LIST) {
      ik_w_str(w, ",\"entries\":");
      jr_pairs(w, b->child, 1);
    } else {
      jr_strings(w, "entry_list", b);
    }
    return 1;
  case IK_KW_GENURLAUTH:
    jr_strings(w, "urls", a);
    return 1;
  case IK_KW_URLFETCH:
    ik_w_str(w, ",\"urls\":");
    jr_pairs(w, a, 1);
    return 1;
  default:
    return 0;
  }
}
