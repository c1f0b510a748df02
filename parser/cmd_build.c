/*
 * Tree-building helpers of the typed command grammar (command.rl): options,
 * status attributes, dates, FETCH attributes with their sections, STORE
 * actions and the SEARCH key dispatch. Nothing here recurses or rescans more
 * than the token it is handed.
 */
#include "cmd_build.h"

int ik_c_open(ik_pstate *ps, ik_node_kind kind, const unsigned char *p) {
  ik_node *n = ik_b_add(ps, kind, ik_b_off(ps, p), 0);
  return n && ik_b_push(ps, n, p);
}

int ik_c_attr(ik_pstate *ps, const unsigned char *p, int push) {
  uint32_t off = ik_b_off(ps, ps->mark), len = (uint32_t)(p - ps->mark);
  ik_node *n = ik_b_add(ps, IK_N_ATTR, off, len);
  if (!n) return 0;
  n->id = (uint16_t)ik_keyword(ps->mark, len);
  return !push || ik_b_push(ps, n, ps->mark);
}

int ik_c_gen_opt(ik_pstate *ps, const unsigned char *p) {
  if (!ik_c_attr(ps, p, 0)) return 0;
  ps->last->flags |= IK_NF_GENERIC;
  return 1;
}

int ik_c_repush(ik_pstate *ps, const unsigned char *p) {
  return ps->last && ik_b_push(ps, ps->last, p);
}

int ik_c_gen_atom(ik_pstate *ps, const unsigned char *p) {
  uint32_t off = ik_b_off(ps, ps->mark), len = (uint32_t)(p - ps->mark);
  ik_node *n = ik_b_add(ps, IK_N_STRING, off, len);
  if (!n) return 0;
  const unsigned char *s = ps->mark;
  uint64_t v = 0;
  uint32_t i = 0;
  if (len <= 19)
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) v = v * 10u + (uint64_t)(s[i] - '0');
  if (len && i == len && len <= 19) {
    n->kind = IK_N_NUMBER;
    n->num = v;
  } else {
    n->form = IK_FORM_ATOM;
    n->flags = IK_NF_GENERIC;
  }
  return 1;
}

int ik_c_status_att(ik_pstate *ps, const unsigned char *p) {
  if (!ik_c_attr(ps, p, 0)) return 0;
  ik_node *n = ps->last;
  switch ((ik_kw)n->id) {
  /* RFC 3501; RFC 9051 (DELETED, SIZE); CONDSTORE; APPENDLIMIT; OBJECTID */
  case IK_KW_MESSAGES: case IK_KW_RECENT: case IK_KW_UIDNEXT: case IK_KW_UIDVALIDITY:
  case IK_KW_UNSEEN: case IK_KW_SIZE: case IK_KW_DELETED: case IK_KW_HIGHESTMODSEQ:
  case IK_KW_APPENDLIMIT: case IK_KW_MAILBOXID:
    return 1;
  default:
    break;
  }
  if (ps->strict) return ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a status attribute");
  n->id = IK_KW_NONE;
  n->flags |= IK_NF_GENERIC;
  return 1;
}

int ik_c_pair(ik_pstate *ps) {
  ik_node *n = ik_b_add_tok(ps, IK_N_PAIR);
  if (!n) return 0;
  if (n->form == IK_FORM_ATOM || (n->form == IK_FORM_QUOTED && !(n->flags & IK_NF_ESCAPES)))
    n->id = (uint16_t)ik_keyword(ps->base + n->span.off, n->span.len);
  return ik_b_push(ps, n, ps->base + n->span.off);
}

int ik_c_cap(ik_pstate *ps) {
  ik_node *n = ik_b_add_tok(ps, IK_N_CAPABILITY);
  if (!n) return 0;
  n->id = (uint16_t)ik_keyword(ps->base + n->span.off, n->span.len);
  return 1;
}

int ik_c_append_message(ik_pstate *ps, const unsigned char *p) {
  const ik_message *m = ps->msg;
  ik_kw name = (m->flags & IK_MF_UID) ? m->sub : m->name;
  if (name == IK_KW_REPLACE && ps->depth == 0 && ps->lasts[0] &&
      ps->lasts[0]->kind == IK_N_APPEND_MESSAGE)
    return ik_b_fail(ps, IK_E_SYNTAX, ps->sp_mark, "end of line");
  return ik_c_open(ps, IK_N_APPEND_MESSAGE, p);
}

int ik_c_sort_key(ik_pstate *ps, const unsigned char *p) {
  const ik_node *prev = ps->lasts[ps->depth];
  const unsigned char *at = ps->mark;
  if (!ik_c_attr(ps, p, 0)) return 0;
  ik_node *n = ps->last;
  switch ((ik_kw)n->id) {
  case IK_KW_REVERSE:
    if (prev && prev->id == IK_KW_REVERSE) return ik_b_fail(ps, IK_E_SYNTAX, at, "a sort key");
    return 1;
  case IK_KW_ARRIVAL: case IK_KW_CC: case IK_KW_DATE: case IK_KW_FROM: case IK_KW_SIZE:
  case IK_KW_SUBJECT: case IK_KW_TO: case IK_KW_DISPLAYFROM: case IK_KW_DISPLAYTO:
    return 1;
  default:
    break;
  }
  if (ps->strict) return ik_b_fail(ps, IK_E_SYNTAX, at, "a sort key");
  n->id = IK_KW_NONE;
  n->flags |= IK_NF_GENERIC;
  return 1;
}

int ik_c_sort_end(ik_pstate *ps, const unsigned char *p) {
  const ik_node *last = ps->lasts[ps->depth];
  if (last && last->id == IK_KW_REVERSE) return ik_b_fail(ps, IK_E_SYNTAX, p, "a sort key");
  ik_b_pop(ps, p + 1);
  return 1;
}

int ik_c_ext_attr(ik_pstate *ps, const unsigned char *p, enum ik_c_ext which) {
  if (!ik_c_attr(ps, p, 0)) return 0;
  ik_node *n = ps->last;
  ik_kw k = (ik_kw)n->id;
  int known = 0;
  switch (which) {
  case IK_C_EXT_THREAD:
    known = k == IK_KW_ORDEREDSUBJECT || k == IK_KW_REFERENCES || k == IK_KW_REFS;
    break;
  case IK_C_EXT_COMPRESS:
    known = k == IK_KW_DEFLATE;
    break;
  case IK_C_EXT_EVENT:
    known = k == IK_KW_MESSAGENEW || k == IK_KW_MESSAGEEXPUNGE || k == IK_KW_FLAGCHANGE ||
            k == IK_KW_ANNOTATIONCHANGE || k == IK_KW_MAILBOXNAME ||
            k == IK_KW_SUBSCRIPTIONCHANGE || k == IK_KW_MAILBOXMETADATACHANGE ||
            k == IK_KW_SERVERMETADATACHANGE;
    break;
  case IK_C_EXT_MECHANISM:
    known = k == IK_KW_INTERNAL;
    break;
  }
  if (!known) {
    n->id = IK_KW_NONE;
    n->flags |= IK_NF_GENERIC;
  }
  return 1;
}

int ik_c_event_args(ik_pstate *ps, const unsigned char *p) {
  ik_node *a = ps->last;
  if (!a || a->kind != IK_N_ATTR || a->id != IK_KW_MESSAGENEW)
    return ik_b_fail(ps, IK_E_SYNTAX, p, "an event (only MessageNew takes fetch attributes)");
  if (!ik_b_push(ps, a, p)) return 0;
  return ik_c_open(ps, IK_N_LIST, p);
}

int ik_c_seq_number(ik_pstate *ps, const unsigned char *p) {
  uint32_t off = ik_b_off(ps, ps->mark);
  ik_node *n = ik_b_add(ps, IK_N_SEQ_NUM, off, (uint32_t)(p - ps->mark));
  if (!n) return 0;
  if (*ps->mark == '*')
    n->flags |= IK_NF_STAR;
  else
    n->num = ps->num;
  return 1;
}

int ik_c_date(ik_pstate *ps) {
  /* d-Mon-yyyy or dd-Mon-yyyy: the lexical machine fixed the shape */
  static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  static const unsigned char mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const unsigned char *s = ps->base + ps->tok_off;
  const unsigned char *at = ps->tok_form == IK_FORM_QUOTED ? s - 1 : s;
  uint32_t i = 0;
  unsigned day = 0;
  while (i < ps->tok_len && s[i] != '-') day = day * 10u + (unsigned)(s[i++] - '0');
  if (ps->tok_len != i + 9) return ik_b_fail(ps, IK_E_BAD_DATE, at, "a date");
  const unsigned char *m = s + i + 1;
  unsigned mon = 0;
  for (unsigned k = 0; k < 12; k++)
    if ((m[0] & 0xDF) == months[3 * k] && (m[1] & 0xDF) == months[3 * k + 1] &&
        (m[2] & 0xDF) == months[3 * k + 2])
      mon = k + 1;
  const unsigned char *y = m + 4;
  unsigned year = (unsigned)(y[0] - '0') * 1000u + (unsigned)(y[1] - '0') * 100u +
                  (unsigned)(y[2] - '0') * 10u + (unsigned)(y[3] - '0');
  unsigned leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  unsigned dim = mon ? mdays[mon - 1] + (mon == 2 && leap) : 0;
  if (mon == 0 || day < 1 || day > dim) return ik_b_fail(ps, IK_E_BAD_DATE, at, "a valid date");
  ik_node *n = ik_b_add(ps, IK_N_DATE, ps->tok_off, ps->tok_len);
  if (!n) return 0;
  n->form = ps->tok_form;
  n->num = (uint64_t)ik_b_days_from_civil(year, mon, day);
  return 1;
}

int ik_c_sasl(ik_pstate *ps, const unsigned char *p) {
  ik_node *n = ik_b_add(ps, IK_N_SASL, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark));
  if (!n) return 0;
  n->form = IK_FORM_ATOM;
  return 1;
}

int ik_c_store_begin(ik_pstate *ps, const unsigned char *p) {
  if (!ik_c_open(ps, IK_N_STORE_ACTION, p)) return 0;
  ik_node *n = ps->parents[ps->depth];
  if (*p == '+') n->flags |= IK_NF_PLUS;
  if (*p == '-') n->flags |= IK_NF_MINUS;
  return 1;
}

void ik_c_store_name(ik_pstate *ps, const unsigned char *p) {
  ik_node *n = ps->parents[ps->depth];
  size_t len = (size_t)(p - ps->mark);
  if (len > 7 && ps->mark[len - 7] == '.') n->flags |= IK_NF_SILENT;
  n->id = (uint16_t)ps->kw; /* FLAGS or X-GM-LABELS, set by the machine */
  n->span.len = (uint32_t)(p - ps->base) - n->span.off;
}

/* ---- FETCH attributes ---- */

static ik_node *cb_cur(ik_pstate *ps) { return ps->depth ? ps->parents[ps->depth] : NULL; }

int ik_c_fa_begin(ik_pstate *ps, const unsigned char *p) {
  ps->mark = p;
  return ik_c_open(ps, IK_N_FETCH_ATT, p);
}

int ik_c_fa_name(ik_pstate *ps, const unsigned char *p) {
  ik_node *a = cb_cur(ps);
  const unsigned char *s = ps->base + a->span.off;
  ik_kw k = ps->kw; /* set by the machine, which matched the name */
  a->span.len = (uint32_t)(p - s);
  switch (k) {
  case IK_KW_BODY_PEEK:
    a->id = IK_KW_BODY;
    a->flags |= IK_NF_PEEK;
    return 1;
  case IK_KW_BINARY_PEEK:
    a->id = IK_KW_BINARY;
    a->flags |= IK_NF_PEEK;
    return 1;
  /* RFC 3501; BINARY (RFC 3516); CONDSTORE; OBJECTID (RFC 8474); SAVEDATE
   * (RFC 8514); PREVIEW (RFC 8970); Gmail */
  case IK_KW_ALL: case IK_KW_FAST: case IK_KW_FULL: case IK_KW_ENVELOPE: case IK_KW_FLAGS:
  case IK_KW_INTERNALDATE: case IK_KW_RFC822: case IK_KW_RFC822_HEADER: case IK_KW_RFC822_SIZE:
  case IK_KW_RFC822_TEXT: case IK_KW_BODY: case IK_KW_BODYSTRUCTURE: case IK_KW_UID:
  case IK_KW_BINARY: case IK_KW_BINARY_SIZE: case IK_KW_MODSEQ: case IK_KW_EMAILID:
  case IK_KW_THREADID: case IK_KW_SAVEDATE: case IK_KW_PREVIEW: case IK_KW_SNIPPET:
  case IK_KW_X_GM_MSGID:
  case IK_KW_X_GM_THRID: case IK_KW_X_GM_LABELS:
    a->id = (uint16_t)k;
    return 1;
  default:
    break;
  }
  if (ps->strict) return ik_b_fail(ps, IK_E_SYNTAX, s, "a fetch attribute");
  a->flags |= IK_NF_GENERIC;
  return 1;
}

int ik_c_fa_section(ik_pstate *ps, const unsigned char *p) {
  ik_node *a = cb_cur(ps);
  if (a->id != IK_KW_BODY && a->id != IK_KW_BINARY && a->id != IK_KW_BINARY_SIZE)
    return ik_b_fail(ps, IK_E_SYNTAX, p, "no section after this fetch attribute");
  return ik_c_open(ps, IK_N_SECTION, p + 1);
}

int ik_c_fa_part(ik_pstate *ps, const unsigned char *p) { return ik_c_open(ps, IK_N_PART, p); }

int ik_c_fa_text(ik_pstate *ps, const unsigned char *p) {
  if (cb_cur(ps)->kind == IK_N_PART) ik_b_pop(ps, p - 1);
  /* parents: ... FETCH_ATT, SECTION */
  if (ps->parents[ps->depth - 1]->id != IK_KW_BODY)
    return ik_b_fail(ps, IK_E_SYNTAX, p, "a part number");
  ps->mark = p;
  return ik_c_open(ps, IK_N_ATTR, p);
}

void ik_c_fa_text_id(ik_pstate *ps, const unsigned char *p) {
  ik_node *t = cb_cur(ps);
  t->span.len = (uint32_t)(p - ps->base) - t->span.off;
  t->id = (uint16_t)ps->kw; /* set by the machine, which matched the keyword */
}

void ik_c_fa_section_end(ik_pstate *ps, const unsigned char *p) {
  while (ps->depth > 0 && cb_cur(ps)->kind != IK_N_SECTION) ik_b_pop(ps, p);
  ik_b_pop(ps, p);
}

int ik_c_fa_partial(ik_pstate *ps, const unsigned char *p) {
  if (cb_cur(ps)->id == IK_KW_BINARY_SIZE)
    return ik_b_fail(ps, IK_E_SYNTAX, p, "no partial after BINARY.SIZE");
  return ik_c_open(ps, IK_N_PARTIAL, p);
}

int ik_c_fa_partial_len(ik_pstate *ps) {
  if (ps->num != 0) return 1;
  return ik_b_quirk(ps, IK_Q_OTHER, ps->base + ps->tok_off);
}

int ik_c_fa_end(ik_pstate *ps, const unsigned char *p) {
  ik_node *a = cb_cur(ps);
  int has_section = a->child && a->child->kind == IK_N_SECTION;
  if (!has_section && (a->id == IK_KW_BINARY || a->id == IK_KW_BINARY_SIZE ||
                       (a->id == IK_KW_BODY && (a->flags & IK_NF_PEEK))))
    return ik_b_fail(ps, IK_E_SYNTAX, p, "'['");
  if ((a->id == IK_KW_ALL || a->id == IK_KW_FAST || a->id == IK_KW_FULL) && ps->depth > 1 &&
      ps->parents[ps->depth - 1]->kind == IK_N_LIST)
    return ik_b_fail(ps, IK_E_SYNTAX, ps->base + a->span.off, "a fetch attribute (not a macro)");
  ik_b_pop(ps, p);
  return 1;
}

int ik_c_fa_args(ik_pstate *ps, const unsigned char *p) {
  ik_node *a = ps->last;
  int mods = a && a->kind == IK_N_FETCH_ATT && !(a->flags & IK_NF_GENERIC) &&
             (a->id == IK_KW_PREVIEW || a->id == IK_KW_SNIPPET);
  if (!a || a->kind != IK_N_FETCH_ATT || !((a->flags & IK_NF_GENERIC) || mods))
    return ik_b_fail(ps, IK_E_SYNTAX, p, "a fetch attribute");
  if (!ik_b_push(ps, a, p) || !ik_c_open(ps, IK_N_LIST, p)) return 0;
  return mods ? 2 : 1;
}

int ik_c_fa_mod(ik_pstate *ps, const unsigned char *p) {
  const unsigned char *at = ps->mark;
  if (!ik_c_attr(ps, p, 0)) return 0;
  ik_node *n = ps->last;
  if (n->id == IK_KW_LAZY || n->id == IK_KW_FUZZY || n->id == IK_KW_LAZY_FUZZY) return 1;
  if (ps->strict) return ik_b_fail(ps, IK_E_SYNTAX, at, "a preview modifier");
  n->id = IK_KW_NONE;
  n->flags |= IK_NF_GENERIC;
  return 1;
}

/* ---- SEARCH ---- */

int ik_c_search_key(ik_pstate *ps) {
  const unsigned char *s = ps->base + ps->tok_off;
  ik_kw k = ik_keyword(s, ps->tok_len);
  ik_node_kind kind = IK_N_SEARCH_KEY;
  int cat;
  switch (k) {
  case IK_KW_ALL: case IK_KW_ANSWERED: case IK_KW_DELETED: case IK_KW_DRAFT:
  case IK_KW_FLAGGED: case IK_KW_NEW: case IK_KW_OLD: case IK_KW_RECENT: case IK_KW_SEEN:
  case IK_KW_UNANSWERED: case IK_KW_UNDELETED: case IK_KW_UNDRAFT: case IK_KW_UNFLAGGED:
  case IK_KW_UNSEEN: case IK_KW_SAVEDATESUPPORTED:
    cat = IK_C_SK_NONE;
    break;
  case IK_KW_BCC: case IK_KW_BODY: case IK_KW_CC: case IK_KW_FROM: case IK_KW_SUBJECT:
  case IK_KW_TEXT: case IK_KW_TO: case IK_KW_X_GM_RAW:
  case IK_KW_EMAILID: case IK_KW_THREADID: case IK_KW_FILTER:
    cat = IK_C_SK_ASTRING;
    break;
  case IK_KW_X_GM_LABELS:
    cat = IK_C_SK_LABEL;
    break;
  case IK_KW_KEYWORD: case IK_KW_UNKEYWORD:
    cat = IK_C_SK_ATOM;
    break;
  case IK_KW_BEFORE: case IK_KW_ON: case IK_KW_SINCE: case IK_KW_SENTBEFORE: case IK_KW_SENTON:
  case IK_KW_SENTSINCE: case IK_KW_SAVEDBEFORE: case IK_KW_SAVEDON: case IK_KW_SAVEDSINCE:
    cat = IK_C_SK_DATE;
    break;
  case IK_KW_LARGER: case IK_KW_SMALLER: case IK_KW_X_GM_MSGID: case IK_KW_X_GM_THRID:
    cat = IK_C_SK_NUMBER;
    break;
  case IK_KW_OLDER: case IK_KW_YOUNGER:
    cat = IK_C_SK_NZNUMBER;
    break;
  case IK_KW_UID:
    cat = IK_C_SK_SEQSET;
    break;
  case IK_KW_HEADER:
    cat = IK_C_SK_HEADER;
    break;
  case IK_KW_MODSEQ:
    cat = IK_C_SK_MODSEQ;
    break;
  case IK_KW_NOT: case IK_KW_FUZZY:
    cat = IK_C_SK_NOT;
    break;
  case IK_KW_OR:
    cat = IK_C_SK_OR;
    break;
  case IK_KW_CHARSET:
    /* only first, or right after RETURN (...) */
    if (ps->depth == 0 && (!ps->lasts[0] || (ps->lasts[0]->kind == IK_N_ATTR &&
                                              ps->lasts[0]->id == IK_KW_RETURN))) {
      kind = IK_N_ATTR;
      cat = IK_C_SK_CHARSET;
      break;
    }
    goto unknown;
  case IK_KW_RETURN:
    if (ps->depth == 0 && !ps->lasts[0]) {
      kind = IK_N_ATTR;
      cat = IK_C_SK_RETURN;
      break;
    }
    goto unknown;
  default:
  unknown:
    /* An unknown key: strict mode refuses it; lenient mode keeps it as a
     * generic key without arguments (what follows it parses as more keys). */
    if (ps->strict) {
      ik_b_fail(ps, IK_E_SYNTAX, s, "a search key");
      return IK_C_SK_ERROR;
    }
    k = IK_KW_NONE;
    cat = IK_C_SK_NONE;
    break;
  }
  ik_node *n = ik_b_add(ps, kind, ps->tok_off, ps->tok_len);
  if (!n) return IK_C_SK_ERROR;
  n->id = (uint16_t)k;
  if (k == IK_KW_NONE) n->flags |= IK_NF_GENERIC;
  if (cat != IK_C_SK_NONE && !ik_b_push(ps, n, s)) return IK_C_SK_ERROR;
  return cat;
}

int ik_c_search_gen_string(ik_pstate *ps) {
  if (!ik_b_add_tok(ps, IK_N_STRING)) return 0;
  ps->last->flags |= IK_NF_GENERIC;
  return 1;
}

int ik_c_search_check(ik_pstate *ps, const unsigned char *p) {
  ik_node *l = ps->lasts[0];
  if (!l || l->kind == IK_N_ATTR) return ik_b_fail(ps, IK_E_SYNTAX, p, "a search key");
  return 1;
}
