/*
 * JSON shapes of typed client commands (docs: CLI.md, "Typed JSON"):
 *
 *   LOGIN          "user", "password" (redacted unless show_secrets)
 *   AUTHENTICATE   "mechanism", "initial_response" (redacted)
 *   SELECT ...     "mailbox", "params"
 *   RENAME         "mailbox", "new_mailbox", "params"
 *   LIST / LSUB    "select_options", "reference", "pattern" or "patterns",
 *                  "return_options"
 *   STATUS         "mailbox", "attributes"
 *   APPEND         "mailbox", then "flags", "date", "date_unix", "message" for
 *                  one message, or "messages": [{...}, ...] (MULTIAPPEND)
 *   COPY / MOVE    "sequence", "mailbox"
 *   FETCH          "sequence", "items" (upper case, as a client names them:
 *                  "BODY.PEEK[HEADER.FIELDS (FROM)]<0.100>"), "modifiers"
 *   STORE          "sequence", "modifiers", "action" ("+FLAGS.SILENT"),
 *                  "flags" (or "labels")
 *   SEARCH         "return", "charset", "keys": a tree of
 *                  {"key": "OR", "args": [...]}
 *   SORT           "return", "criteria" ([{"key": "DATE", "reverse": true}]),
 *                  "charset", "keys"
 *   THREAD         "algorithm", "charset", "keys"
 *   ENABLE         "capabilities"
 *   ID             "params": {"name": "value", ...} or null
 *   COMPRESS       "algorithm"
 *   GETQUOTA       "root"; SETQUOTA "root", "limits" ({"STORAGE": 512})
 *   GETQUOTAROOT, GETACL, MYRIGHTS  "mailbox"
 *   SETACL         "mailbox", "identifier", "rights"; DELETEACL and
 *                  LISTRIGHTS "mailbox", "identifier"
 *   GETMETADATA    "options", "mailbox", "entries"
 *   SETMETADATA    "mailbox", "values" ({"/private/comment": "x" or null})
 *   REPLACE        "sequence", "mailbox", then the message's fields as APPEND
 *   NOTIFY         "action" ("SET" / "NONE"), "status", "groups":
 *                  [{"filter", "mailboxes", "events"}], an event a name or
 *                  {"name": "MESSAGENEW", "fetch": [...]}
 *   RESETKEY       "mailbox", "mechanisms"; GENURLAUTH "urls": [{"rump",
 *                  "mechanism"}]; URLFETCH "urls": [url or {"url", "options"}]
 *   LANGUAGE       "languages"; COMPARATOR "comparators"; CANCELUPDATE "tags"
 *
 * An object keyed by strings from the wire (ID, SETMETADATA, SETQUOTA) is an
 * array of [key, value] pairs instead when a key is not valid UTF-8.
 *
 * Options (select params, modifiers, LIST options, RETURN options) are objects
 * {"name": ..., "value": ...}. Nodes of the generic fallback carry
 * "generic": true.
 */
#include "json_typed.h"

#define JC_PREVIEW 64

static void jc_key(ik_w *w, const char *k) {
  ik_w_str(w, ",\"");
  ik_w_str(w, k);
  ik_w_str(w, "\":");
}

static const unsigned char *jc_span(ik_w *w, const ik_node *n) { return ik_w_span(w, n->span); }

/* A keyword node's name: the keyword's spelling, else its bytes upper-cased. */
static void jc_name_of(ik_w *w, const ik_node *n, size_t len) {
  if (n->id)
    ik_w_json_cstr(w, ik_keyword_name((ik_kw)n->id));
  else {
    ik_span s = n->span;
    s.len = (uint32_t)len;
    ik_json_upper(w, s);
  }
}

/* Length of the name at the start of a node's span (up to SP, "[" or "("). */
static size_t jc_name_len(ik_w *w, const ik_node *n) {
  const unsigned char *s = jc_span(w, n);
  size_t i = 0;
  while (i < n->span.len && s[i] != ' ' && s[i] != '[' && s[i] != '(') i++;
  return i;
}

static void jc_value(ik_w *w, const ik_node *n, int depth);

static void jc_values(ik_w *w, const ik_node *first, int depth) {
  ik_w_str(w, "[");
  for (const ik_node *c = first; c; c = c->next) {
    if (c != first) ik_w_str(w, ",");
    jc_value(w, c, depth + 1);
  }
  ik_w_str(w, "]");
}

/* An option: {"name", "value"} (one child: itself; more: an array). */
static void jc_option(ik_w *w, const ik_node *n, int depth) {
  ik_w_str(w, "{\"name\":");
  jc_name_of(w, n, jc_name_len(w, n));
  if (n->child) {
    ik_w_str(w, ",\"value\":");
    if (n->child->next)
      jc_values(w, n->child, depth);
    else
      jc_value(w, n->child, depth + 1);
  }
  if (n->flags & IK_NF_GENERIC) ik_w_str(w, ",\"generic\":true");
  ik_w_str(w, "}");
}

static void jc_options(ik_w *w, const ik_node *first, int depth) {
  ik_w_str(w, "[");
  for (const ik_node *c = first; c; c = c->next) {
    if (c != first) ik_w_str(w, ",");
    jc_option(w, c, depth + 1);
  }
  ik_w_str(w, "]");
}

/* Strings, numbers, sets, flags and lists of them, as JSON values. */
static void jc_value(ik_w *w, const ik_node *n, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) {
    ik_w_str(w, "{\"truncated\":true}");
    return;
  }
  if (ik_json_cmd_node(w, n, depth)) return;
  switch ((ik_node_kind)n->kind) {
  case IK_N_STRING: case IK_N_MAILBOX: case IK_N_FLAG: case IK_N_DATE: case IK_N_DATETIME:
  case IK_N_SASL:
    ik_json_string(w, n);
    return;
  case IK_N_NUMBER:
    ik_w_u64(w, n->num);
    return;
  case IK_N_SEQSET:
    ik_w_json_bytes(w, jc_span(w, n), n->span.len);
    return;
  case IK_N_SEQ_NUM:
    if (n->flags & IK_NF_STAR)
      ik_w_str(w, "\"*\"");
    else
      ik_w_u64(w, n->num);
    return;
  case IK_N_CAPABILITY:
    ik_w_json_bytes(w, jc_span(w, n), n->span.len);
    return;
  case IK_N_LIST: case IK_N_FLAG_LIST:
    jc_values(w, n->child, depth);
    return;
  case IK_N_ATTR:
    if (!n->child && !(n->flags & IK_NF_GENERIC)) {
      jc_name_of(w, n, n->span.len);
      return;
    }
    jc_option(w, n, depth);
    return;
  default:
    ik_json_node(w, n, depth);
    return;
  }
}

/* ---- FETCH attributes: the canonical upper-case spelling ---- */

typedef struct jc_sbuf {
  char b[8192];
  size_t n;
  int over;
} jc_sbuf;

static void jc_sb_put(jc_sbuf *s, const void *p, size_t n) {
  if (s->n + n > sizeof s->b) {
    s->over = 1;
    return;
  }
  memcpy(s->b + s->n, p, n);
  s->n += n;
}
static void jc_sb_str(jc_sbuf *s, const char *p) { jc_sb_put(s, p, strlen(p)); }
static void jc_sb_upper(jc_sbuf *s, const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n && !s->over; i++) {
    char c = (char)(p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]);
    jc_sb_put(s, &c, 1);
  }
}
static void jc_sb_u64(jc_sbuf *s, uint64_t v) {
  char b[24];
  int k = snprintf(b, sizeof b, "%llu", (unsigned long long)v);
  jc_sb_put(s, b, (size_t)k);
}

static void jc_fetch_att_text(ik_w *w, const ik_node *a, jc_sbuf *s) {
  if (a->id == IK_KW_BODY && (a->flags & IK_NF_PEEK))
    jc_sb_str(s, "BODY.PEEK");
  else if (a->id == IK_KW_BINARY && (a->flags & IK_NF_PEEK))
    jc_sb_str(s, "BINARY.PEEK");
  else if (a->id)
    jc_sb_str(s, ik_keyword_name((ik_kw)a->id));
  else
    jc_sb_upper(s, jc_span(w, a), jc_name_len(w, a));
  for (const ik_node *c = a->child; c; c = c->next) {
    if (c->kind == IK_N_SECTION) {
      jc_sb_str(s, "[");
      int first = 1;
      for (const ik_node *t = c->child; t; t = t->next) {
        if (t->kind == IK_N_PART) {
          for (const ik_node *d = t->child; d; d = d->next) {
            if (d != t->child) jc_sb_str(s, ".");
            jc_sb_u64(s, d->num);
          }
        } else if (t->kind == IK_N_ATTR) {
          if (!first) jc_sb_str(s, ".");
          jc_sb_str(s, ik_keyword_name((ik_kw)t->id));
          if (t->child && t->child->kind == IK_N_LIST) {
            jc_sb_str(s, " (");
            for (const ik_node *h = t->child->child; h; h = h->next) {
              if (h != t->child->child) jc_sb_str(s, " ");
              jc_sb_upper(s, jc_span(w, h), h->span.len);
            }
            jc_sb_str(s, ")");
          }
        }
        first = 0;
      }
      jc_sb_str(s, "]");
    } else if (c->kind == IK_N_LIST) {
      /* PREVIEW / SNIPPET modifiers: "PREVIEW (LAZY)" */
      jc_sb_str(s, " (");
      for (const ik_node *m = c->child; m; m = m->next) {
        if (m != c->child) jc_sb_str(s, " ");
        if (m->id)
          jc_sb_str(s, ik_keyword_name((ik_kw)m->id));
        else
          jc_sb_upper(s, jc_span(w, m), m->span.len);
      }
      jc_sb_str(s, ")");
    } else if (c->kind == IK_N_PARTIAL) {
      jc_sb_str(s, "<");
      for (const ik_node *d = c->child; d; d = d->next) {
        if (d != c->child) jc_sb_str(s, ".");
        jc_sb_u64(s, d->num);
      }
      jc_sb_str(s, ">");
    }
  }
}

static void jc_fetch_att(ik_w *w, const ik_node *a, int depth) {
  if (a->flags & IK_NF_GENERIC) {
    ik_w_str(w, "{\"name\":");
    jc_name_of(w, a, jc_name_len(w, a));
    if (a->child) {
      ik_w_str(w, ",\"args\":");
      jc_values(w, a->child->child, depth);
    }
    ik_w_str(w, ",\"generic\":true}");
    return;
  }
  jc_sbuf s;
  s.n = 0;
  s.over = 0;
  jc_fetch_att_text(w, a, &s);
  if (s.over)
    ik_w_json_bytes(w, jc_span(w, a), a->span.len);
  else
    ik_w_json_bytes(w, (const unsigned char *)s.b, s.n);
}

/* ---- SEARCH keys ---- */

static void jc_search_key(ik_w *w, const ik_node *k, int depth) {
  if (depth > IK_WRITE_MAX_DEPTH) {
    ik_w_str(w, "{\"truncated\":true}");
    return;
  }
  ik_w_str(w, "{\"key\":");
  const ik_node *args = k->child;
  switch ((ik_node_kind)k->kind) {
  case IK_N_SEARCH_KEY:
    jc_name_of(w, k, jc_name_len(w, k));
    break;
  case IK_N_LIST:
    ik_w_str(w, "\"()\"");
    break;
  case IK_N_SEQSET:
    ik_w_str(w, "\"SEQUENCE-SET\",\"args\":[");
    ik_w_json_bytes(w, jc_span(w, k), k->span.len);
    ik_w_str(w, "]}");
    return;
  default: /* a generic string standing for a key */
    ik_w_str(w, "null,\"args\":[");
    ik_json_string(w, k);
    ik_w_str(w, "],\"generic\":true}");
    return;
  }
  /* the children of NOT, OR, FUZZY and parentheses are keys; others, values */
  int subkeys = k->kind == IK_N_LIST || k->id == IK_KW_NOT || k->id == IK_KW_OR ||
                k->id == IK_KW_FUZZY;
  if (args) {
    ik_w_str(w, ",\"args\":[");
    for (const ik_node *a = args; a; a = a->next) {
      if (a != args) ik_w_str(w, ",");
      if (subkeys)
        jc_search_key(w, a, depth + 1);
      else
        jc_value(w, a, depth + 1);
    }
    ik_w_str(w, "]");
  }
  if (k->flags & IK_NF_GENERIC) ik_w_str(w, ",\"generic\":true");
  ik_w_str(w, "}");
}

/* ---- APPEND ---- */

static void jc_literal_object(ik_w *w, const ik_node *n) {
  if (n->form != IK_FORM_LITERAL && n->form != IK_FORM_LITERAL8) {
    ik_json_string(w, n);
    return;
  }
  ik_w_str(w, "{\"literal\":");
  ik_w_u64(w, (n->flags & IK_NF_ELIDED) ? n->num : n->span.len);
  if (n->form == IK_FORM_LITERAL8) ik_w_str(w, ",\"binary\":true");
  if (n->flags & IK_NF_NONSYNC) ik_w_str(w, ",\"nonsync\":true");
  if (n->flags & IK_NF_ELIDED) {
    ik_w_str(w, ",\"elided\":true}");
    return;
  }
  /* a preview cut at a UTF-8 boundary */
  size_t k = n->span.len < JC_PREVIEW ? n->span.len : JC_PREVIEW;
  const unsigned char *s = jc_span(w, n);
  if (k < n->span.len)
    for (int i = 0; i < 3 && k > 0 && (s[k] & 0xC0) == 0x80; i++) k--;
  ik_w_str(w, ",\"preview\":");
  ik_w_json_bytes(w, s, k);
  ik_w_str(w, "}");
}

static void jc_append_data(ik_w *w, const ik_node *d, int depth) {
  if (d->kind == IK_N_ATTR && d->id == IK_KW_UTF8 && d->child) {
    ik_w_str(w, "{\"utf8\":");
    jc_literal_object(w, d->child);
    ik_w_str(w, "}");
  } else if (d->kind == IK_N_ATTR && d->id == IK_KW_CATENATE) {
    ik_w_str(w, "{\"catenate\":[");
    for (const ik_node *c = d->child; c; c = c->next) {
      if (c != d->child) ik_w_str(w, ",");
      ik_w_str(w, c->id == IK_KW_URL ? "{\"url\":" : "{\"text\":");
      if (c->child) jc_literal_object(w, c->child);
      ik_w_str(w, "}");
    }
    ik_w_str(w, "]}");
  } else if (d->kind == IK_N_STRING) {
    jc_literal_object(w, d);
  } else {
    jc_value(w, d, depth);
  }
}

/* The fields of one message (after a "{" or in the command object). */
static void jc_append_fields(ik_w *w, const ik_node *msg, int first, int depth) {
  for (const ik_node *c = msg->child; c; c = c->next) {
    const char *k = c->kind == IK_N_FLAG_LIST ? "flags" : c->kind == IK_N_DATETIME ? "date" : "message";
    if (!first) ik_w_str(w, ",");
    first = 0;
    ik_w_str(w, "\"");
    ik_w_str(w, k);
    ik_w_str(w, "\":");
    if (c->kind == IK_N_FLAG_LIST) {
      jc_values(w, c->child, depth);
    } else if (c->kind == IK_N_DATETIME) {
      ik_json_string(w, c);
      ik_w_str(w, ",\"date_unix\":");
      ik_w_i64(w, (int64_t)c->num);
    } else {
      jc_append_data(w, c, depth);
    }
  }
}

int ik_json_cmd_node(ik_w *w, const ik_node *n, int depth) {
  switch ((ik_node_kind)n->kind) {
  case IK_N_SEARCH_KEY:
    jc_search_key(w, n, depth);
    return 1;
  case IK_N_FETCH_ATT:
    jc_fetch_att(w, n, depth);
    return 1;
  case IK_N_APPEND_MESSAGE:
    ik_w_str(w, "{");
    jc_append_fields(w, n, 1, depth);
    ik_w_str(w, "}");
    return 1;
  default:
    return 0;
  }
}

/* ---- objects keyed by strings from the wire ---- */

/* Named values: PAIR nodes (the string is the key, the child the value;
 * attrs == 0), or ATTR nodes whose name is the key (attrs == 1). An object
 * when every key is a valid UTF-8 string, else an array of [key, value]. */
static void jc_pairs(ik_w *w, const ik_node *first, int attrs, int depth) {
  int obj = 1;
  for (const ik_node *c = first; c; c = c->next) {
    if (attrs ? !ik_utf8_valid(jc_span(w, c), jc_name_len(w, c))
              : (c->form == IK_FORM_NIL || (c->flags & IK_NF_ELIDED) ||
                 !ik_utf8_valid(jc_span(w, c), c->span.len)))
      obj = 0;
  }
  ik_w_str(w, obj ? "{" : "[");
  for (const ik_node *c = first; c; c = c->next) {
    const ik_node *v = c->child;
    if (c != first) ik_w_str(w, ",");
    if (!obj) ik_w_str(w, "[");
    if (attrs)
      jc_name_of(w, c, jc_name_len(w, c));
    else
      ik_json_string(w, c);
    ik_w_str(w, obj ? ":" : ",");
    if (v)
      jc_value(w, v, depth + 1);
    else
      ik_w_str(w, "null");
    if (!obj) ik_w_str(w, "]");
  }
  ik_w_str(w, obj ? "}" : "]");
}

/* SORT criteria: [{"key": "DATE", "reverse": true}, ...] */
static void jc_sort_criteria(ik_w *w, const ik_node *first) {
  int reverse = 0, any = 0;
  ik_w_str(w, "[");
  for (const ik_node *c = first; c; c = c->next) {
    if (c->id == IK_KW_REVERSE) {
      reverse = 1;
      continue;
    }
    ik_w_str(w, any ? ",{\"key\":" : "{\"key\":");
    any = 1;
    jc_name_of(w, c, jc_name_len(w, c));
    if (reverse) ik_w_str(w, ",\"reverse\":true");
    if (c->flags & IK_NF_GENERIC) ik_w_str(w, ",\"generic\":true");
    ik_w_str(w, "}");
    reverse = 0;
  }
  ik_w_str(w, "]");
}

/* "charset", then "keys" (SORT, THREAD) from the charset's node on. */
static void jc_criteria(ik_w *w, const ik_node *a) {
  if (!a) return;
  jc_key(w, "charset");
  ik_json_string(w, a);
  jc_key(w, "keys");
  ik_w_str(w, "[");
  for (const ik_node *k = a->next; k; k = k->next) {
    if (k != a->next) ik_w_str(w, ",");
    jc_search_key(w, k, 1);
  }
  ik_w_str(w, "]");
}

/* NOTIFY SET: the event groups. */
static void jc_notify_groups(ik_w *w, const ik_node *g) {
  ik_w_str(w, "[");
  for (const ik_node *first = g; g; g = g->next) {
    if (g != first) ik_w_str(w, ",");
    const ik_node *f = g->child, *ev = f ? f->next : NULL;
    ik_w_str(w, "{\"filter\":");
    if (f) jc_name_of(w, f, jc_name_len(w, f));
    else ik_w_str(w, "null");
    if (f && f->child) {
      jc_key(w, "mailboxes");
      if (f->child->kind == IK_N_LIST) {
        jc_values(w, f->child->child, 1);
      } else {
        ik_w_str(w, "[");
        ik_json_string(w, f->child);
        ik_w_str(w, "]");
      }
    }
    jc_key(w, "events");
    ik_w_str(w, "[");
    if (ev && ev->kind == IK_N_LIST) {
      for (const ik_node *e = ev->child; e; e = e->next) {
        if (e != ev->child) ik_w_str(w, ",");
        if (e->child && e->child->kind == IK_N_LIST) {
          ik_w_str(w, "{\"name\":");
          jc_name_of(w, e, jc_name_len(w, e));
          jc_key(w, "fetch");
          jc_values(w, e->child->child, 1);
          ik_w_str(w, "}");
        } else {
          jc_value(w, e, 2);
        }
      }
    }
    ik_w_str(w, "]}");
  }
  ik_w_str(w, "]");
}

/* ---- messages ---- */

static void jc_secret(ik_w *w, const ik_node *n, int show) {
  if (show) {
    ik_json_string(w, n);
    return;
  }
  size_t len = n->span.len;
  if (n->form == IK_FORM_QUOTED && (n->flags & IK_NF_ESCAPES))
    len = ik_unquote(jc_span(w, n), n->span.len, NULL, 0);
  ik_json_redacted(w, len);
}

static int jc_is_kind(const ik_node *n, ik_node_kind k) { return n && n->kind == k; }

int ik_json_cmd_message(ik_w *w, const ik_message *m, int show_secrets) {
  if (m->kind != IK_MSG_COMMAND || (m->flags & IK_MF_GENERIC)) return 0;
  ik_kw name = (m->flags & IK_MF_UID) ? m->sub : m->name;
  const ik_node *a = m->args;
  switch (name) {
  case IK_KW_CAPABILITY: case IK_KW_LOGOUT: case IK_KW_NOOP: case IK_KW_STARTTLS:
  case IK_KW_CHECK: case IK_KW_CLOSE: case IK_KW_UNSELECT: case IK_KW_IDLE:
  case IK_KW_NAMESPACE: case IK_KW_UNAUTHENTICATE:
    return 1;
  case IK_KW_EXPUNGE:
    if (a) {
      jc_key(w, "sequence");
      jc_value(w, a, 1);
    }
    return 1;
  case IK_KW_LOGIN:
    if (!a || !a->next) return 0;
    jc_key(w, "user");
    ik_json_string(w, a);
    jc_key(w, "password");
    jc_secret(w, a->next, show_secrets);
    return 1;
  case IK_KW_AUTHENTICATE:
    if (!a) return 0;
    jc_key(w, "mechanism");
    ik_json_upper(w, a->span);
    if (a->next) {
      jc_key(w, "initial_response");
      if (show_secrets)
        ik_json_string(w, a->next);
      else
        ik_json_redacted_sasl(w, m, a->next, 0);
    }
    return 1;
  case IK_KW_SELECT: case IK_KW_EXAMINE: case IK_KW_CREATE: case IK_KW_DELETE:
  case IK_KW_SUBSCRIBE: case IK_KW_UNSUBSCRIBE: case IK_KW_RENAME: case IK_KW_GETQUOTAROOT:
  case IK_KW_GETACL: case IK_KW_MYRIGHTS:
    if (!a) return 0;
    jc_key(w, "mailbox");
    ik_json_string(w, a);
    a = a->next;
    if (name == IK_KW_RENAME && jc_is_kind(a, IK_N_MAILBOX)) {
      jc_key(w, "new_mailbox");
      ik_json_string(w, a);
      a = a->next;
    }
    if (jc_is_kind(a, IK_N_LIST)) {
      jc_key(w, "params");
      jc_options(w, a->child, 1);
    }
    return 1;
  case IK_KW_LIST: case IK_KW_LSUB: case IK_KW_XLIST: case IK_KW_RLIST: case IK_KW_RLSUB:
    if (jc_is_kind(a, IK_N_LIST)) {
      jc_key(w, "select_options");
      jc_options(w, a->child, 1);
      a = a->next;
    }
    if (!a) return 1;
    jc_key(w, "reference");
    ik_json_string(w, a);
    a = a->next;
    if (jc_is_kind(a, IK_N_LIST)) {
      jc_key(w, "patterns");
      jc_values(w, a->child, 1);
      a = a->next;
    } else if (a) {
      jc_key(w, "pattern");
      ik_json_string(w, a);
      a = a->next;
    }
    if (jc_is_kind(a, IK_N_ATTR)) {
      jc_key(w, "return_options");
      jc_options(w, a->child, 1);
    }
    return 1;
  case IK_KW_STATUS:
    if (!a) return 0;
    jc_key(w, "mailbox");
    ik_json_string(w, a);
    if (jc_is_kind(a->next, IK_N_LIST)) {
      jc_key(w, "attributes");
      jc_values(w, a->next->child, 1);
    }
    return 1;
  case IK_KW_APPEND: {
    if (!a) return 0;
    jc_key(w, "mailbox");
    ik_json_string(w, a);
    const ik_node *msg = a->next;
    if (msg && !msg->next) {
      ik_w_str(w, ",");
      jc_append_fields(w, msg, 1, 1);
    } else if (msg) {
      jc_key(w, "messages");
      jc_values(w, msg, 1);
    }
    return 1;
  }
  case IK_KW_COPY: case IK_KW_MOVE:
    if (!a || !a->next) return 0;
    jc_key(w, "sequence");
    jc_value(w, a, 1);
    jc_key(w, "mailbox");
    ik_json_string(w, a->next);
    return 1;
  case IK_KW_FETCH:
    if (!a || !a->next) return 0;
    jc_key(w, "sequence");
    jc_value(w, a, 1);
    a = a->next;
    jc_key(w, "items");
    if (a->kind == IK_N_LIST) {
      jc_values(w, a->child, 1);
    } else {
      ik_w_str(w, "[");
      jc_value(w, a, 1);
      ik_w_str(w, "]");
    }
    if (jc_is_kind(a->next, IK_N_LIST)) {
      jc_key(w, "modifiers");
      jc_options(w, a->next->child, 1);
    }
    return 1;
  case IK_KW_STORE:
    if (!a) return 0;
    jc_key(w, "sequence");
    jc_value(w, a, 1);
    for (a = a->next; a; a = a->next) {
      if (a->kind == IK_N_LIST) {
        jc_key(w, "modifiers");
        jc_options(w, a->child, 1);
      } else if (a->kind == IK_N_STORE_ACTION) {
        jc_sbuf s;
        s.n = 0;
        s.over = 0;
        if (a->flags & IK_NF_PLUS) jc_sb_str(&s, "+");
        if (a->flags & IK_NF_MINUS) jc_sb_str(&s, "-");
        jc_sb_str(&s, ik_keyword_name((ik_kw)a->id));
        if (a->flags & IK_NF_SILENT) jc_sb_str(&s, ".SILENT");
        jc_key(w, "action");
        ik_w_json_bytes(w, (const unsigned char *)s.b, s.n);
        jc_key(w, a->id == IK_KW_X_GM_LABELS ? "labels" : "flags");
        const ik_node *f = a->child;
        if (f && (f->kind == IK_N_FLAG_LIST || f->kind == IK_N_LIST)) f = f->child;
        jc_values(w, f, 1);
      }
    }
    return 1;
  case IK_KW_SEARCH: {
    int any = 0;
    for (; a; a = a->next) {
      if (a->kind == IK_N_ATTR && a->id == IK_KW_RETURN) {
        jc_key(w, "return");
        jc_options(w, a->child, 1);
      } else if (a->kind == IK_N_ATTR && a->id == IK_KW_CHARSET) {
        jc_key(w, "charset");
        ik_json_string_or_null(w, a->child);
      } else {
        if (!any) jc_key(w, "keys");
        ik_w_str(w, any ? "," : "[");
        any = 1;
        jc_search_key(w, a, 1);
      }
    }
    if (any) ik_w_str(w, "]");
    return 1;
  }
  case IK_KW_SORT:
    if (jc_is_kind(a, IK_N_ATTR) && a->id == IK_KW_RETURN) {
      jc_key(w, "return");
      jc_options(w, a->child, 1);
      a = a->next;
    }
    if (!jc_is_kind(a, IK_N_LIST)) return 0;
    jc_key(w, "criteria");
    jc_sort_criteria(w, a->child);
    jc_criteria(w, a->next);
    return 1;
  case IK_KW_THREAD:
    if (!a) return 0;
    jc_key(w, "algorithm");
    jc_value(w, a, 1);
    jc_criteria(w, a->next);
    return 1;
  case IK_KW_ENABLE:
    jc_key(w, "capabilities");
    jc_values(w, a, 1);
    return 1;
  case IK_KW_ID:
    if (!a) return 0;
    jc_key(w, "params");
    if (a->kind == IK_N_LIST)
      jc_pairs(w, a->child, 0, 1);
    else
      ik_w_str(w, "null");
    return 1;
  case IK_KW_COMPRESS:
    if (!a) return 0;
    jc_key(w, "algorithm");
    jc_value(w, a, 1);
    return 1;
  case IK_KW_GETQUOTA: case IK_KW_SETQUOTA:
    if (!a) return 0;
    jc_key(w, "root");
    ik_json_string(w, a);
    if (jc_is_kind(a->next, IK_N_LIST)) {
      jc_key(w, "limits");
      jc_pairs(w, a->next->child, 1, 1);
    }
    return 1;
  case IK_KW_SETACL: case IK_KW_DELETEACL: case IK_KW_LISTRIGHTS:
    if (!a || !a->next) return 0;
    jc_key(w, "mailbox");
    ik_json_string(w, a);
    jc_key(w, "identifier");
    ik_json_string(w, a->next);
    if (a->next->next) {
      jc_key(w, "rights");
      ik_json_string(w, a->next->next);
    }
    return 1;
  case IK_KW_GETMETADATA:
    if (jc_is_kind(a, IK_N_LIST)) {
      jc_key(w, "options");
      jc_options(w, a->child, 1);
      a = a->next;
    }
    if (!a || !a->next) return 0;
    jc_key(w, "mailbox");
    ik_json_string(w, a);
    jc_key(w, "entries");
    if (a->next->kind == IK_N_LIST) {
      jc_values(w, a->next->child, 1);
    } else {
      ik_w_str(w, "[");
      ik_json_string(w, a->next);
      ik_w_str(w, "]");
    }
    return 1;
  case IK_KW_SETMETADATA:
    if (!a || !jc_is_kind(a->next, IK_N_LIST)) return 0;
    jc_key(w, "mailbox");
    ik_json_string(w, a);
    jc_key(w, "values");
    jc_pairs(w, a->next->child, 0, 1);
    return 1;
  case IK_KW_REPLACE:
    if (!a || !a->next || !jc_is_kind(a->next->next, IK_N_APPEND_MESSAGE)) return 0;
    jc_key(w, "sequence");
    jc_value(w, a, 1);
    jc_key(w, "mailbox");
    ik_json_string(w, a->next);
    ik_w_str(w, ",");
    jc_append_fields(w, a->next->next, 1, 1);
    return 1;
  case IK_KW_NOTIFY:
    if (!a) return 0;
    jc_key(w, "action");
    jc_name_of(w, a, jc_name_len(w, a));
    if (a->id == IK_KW_SET) {
      a = a->next;
      int status = jc_is_kind(a, IK_N_ATTR) && a->id == IK_KW_STATUS;
      jc_key(w, "status");
      ik_w_str(w, status ? "true" : "false");
      if (status) a = a->next;
      jc_key(w, "groups");
      jc_notify_groups(w, a);
    }
    return 1;
  case IK_KW_RESETKEY:
    if (a) {
      jc_key(w, "mailbox");
      ik_json_string(w, a);
      jc_key(w, "mechanisms");
      jc_values(w, a->next, 1);
    }
    return 1;
  case IK_KW_GENURLAUTH:
    jc_key(w, "urls");
    ik_w_str(w, "[");
    for (const ik_node *u = a; u; u = u->next ? u->next->next : NULL) {
      if (u != a) ik_w_str(w, ",");
      ik_w_str(w, "{\"rump\":");
      ik_json_string(w, u);
      jc_key(w, "mechanism");
      if (u->next)
        jc_value(w, u->next, 2);
      else
        ik_w_str(w, "null");
      ik_w_str(w, "}");
    }
    ik_w_str(w, "]");
    return 1;
  case IK_KW_URLFETCH:
    jc_key(w, "urls");
    ik_w_str(w, "[");
    for (const ik_node *u = a; u; u = u->next) {
      if (u != a) ik_w_str(w, ",");
      if (u->kind == IK_N_LIST && u->child) {
        ik_w_str(w, "{\"url\":");
        ik_json_string(w, u->child);
        jc_key(w, "options");
        jc_values(w, u->child->next, 1);
        ik_w_str(w, "}");
      } else {
        jc_value(w, u, 1);
      }
    }
    ik_w_str(w, "]");
    return 1;
  case IK_KW_LANGUAGE:
    jc_key(w, "languages");
    jc_values(w, a, 1);
    return 1;
  case IK_KW_COMPARATOR:
    jc_key(w, "comparators");
    jc_values(w, a, 1);
    return 1;
  case IK_KW_CANCELUPDATE:
    jc_key(w, "tags");
    jc_values(w, a, 1);
    return 1;
  default:
    return 0;
  }
}
