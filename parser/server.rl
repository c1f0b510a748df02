/*
 * Everything a server sends (RFC 3501 section 9, "response"): the greeting,
 * tagged and untagged responses and continuation requests.
 *
 * The message head is parsed here; the name of each response is looked up in
 * server_dispatch(), which jumps (fgoto) to the machine for that response, or
 * to the generic grammar when the name is unknown. Typed grammars plug in by
 * adding a machine and a line to server_dispatch().
 */
#include "resp_build.h"

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-label"
#endif

%%{
  machine ik_server;
  access ps->;
  alphtype unsigned char;

  prepush { /* depth is checked by ik_b_push before every fcall */ }

  include ik_lexical "lexical.rl";
  include ik_generic "generic.rl";

  action done { ps->done = 1; }
  action set_tag { ps->msg->tag.off = ps->tok_off; ps->msg->tag.len = ps->tok_len; }
  action untagged { ps->msg->kind = IK_MSG_UNTAGGED; }
  action tagged { ps->msg->kind = IK_MSG_TAGGED; }
  action cont { ps->msg->kind = IK_MSG_CONTINUATION; ps->msg->name = IK_KW_NONE; }
  action keep_num {
    ps->msg->number = ps->num;
    ps->msg->has_number = 1;
    ps->msg->number_span.off = ik_b_off(ps, ps->mark);
    ps->msg->number_span.len = (uint32_t)(p - ps->mark);
  }
  name_atom = ((ATOM_CHAR - [0-9]) ATOM_CHAR*) >mark %atom_end;
  action dispatch { { int t = server_dispatch(ps); fhold; fgoto *t; } }
  action text_node { if (!ik_b_add_tok(ps, IK_N_TEXT)) fbreak; }
  action code_open {
    {
      ik_node *c = ik_b_add(ps, IK_N_RESP_CODE, ik_b_off(ps, p + 1), 0);
      if (!c || !ik_b_push(ps, c, p)) fbreak;
      ps->code = c;
      fcall code_name;
    }
  }
  action code_dispatch { { int t = code_dispatch(ps, fc); fhold; fgoto *t; } }

  # the typed responses (needs done, above)
  include ik_response "response.rl";

  # resp-text-code name; the code's own machine parses the rest up to "]"
  code_name := atom ((SP | ']') >code_dispatch);

  # resp-text = ["[" resp-text-code "]" SP] [text]   (text optional: RFC 9051)
  status_text = ((TEXT_CHAR - '[') TEXT_CHAR*) >text_start %text_end %text_node;
  # (No text at all after the SP is left to ik_parse's missing-text check.)
  resp_cond := (SP ('[' @code_open (SP (TEXT_CHAR+ >text_start %text_end %text_node)?)? | status_text)?)? eol @done;
  # continue-req = "+" SP (resp-text / base64) CRLF; base64 may be empty ("+ ",
  # what RFC 3501's GSSAPI example prints as "S: +": the SP is in the grammar).
  # A "+" with no SP at all is the MISSING_TEXT quirk. Base64 text is flagged
  # afterwards.
  action q_missing_text { if (!ik_b_quirk(ps, IK_Q_MISSING_TEXT, p)) fbreak; }
  resp_continue := (SP ('[' @code_open (SP (TEXT_CHAR+ >text_start %text_end %text_node)?)? | status_text)? eol
                   | eol >q_missing_text) @done;
  # Lenient fallback: the whole rest of the line as text ("[" that opens no code).
  resp_text_only := (SP (TEXT_CHAR+ >text_start %text_end %text_node)?)? eol @done;

  # Generic response: name then values.
  generic_args := (SP+ g_values)? SP* eol @done;
  # "* N NAME" with nothing after the name (EXISTS, RECENT, EXPUNGE)
  numbered_end := eol_t @done;

  # response = *(continue-req / response-data) response-done
  # response-data = "*" SP (resp-cond-state / resp-cond-bye / mailbox-data /
  #                 message-data / capability-data) CRLF
  # continue-req = "+" SP (resp-text / base64) CRLF
  main := (
      '*' @untagged SPX ( digits %num32 %keep_num SPX name_atom | name_atom ) ((SP | CR | LF) >dispatch)
    | '+' @cont ((SP | CR | LF) >{ fhold; fgoto resp_continue; })
    | tag >tagged %set_tag SPX atom ((SP | CR | LF) >dispatch)
  );
}%%

%% write data;

static int fetch_dispatch(ik_pstate *ps, const unsigned char *p);
static int body_dispatch(ik_pstate *ps);
static int esearch_dispatch(ik_pstate *ps, const unsigned char *p);
static int lext_dispatch(ik_pstate *ps, const unsigned char *p);
static int satt_dispatch(ik_pstate *ps, const unsigned char *p);

/* The machine for a response name, and the name recorded in the message. */
static int server_dispatch(ik_pstate *ps) {
  ik_message *m = ps->msg;
  m->name_span.off = ps->tok_off;
  m->name_span.len = ps->tok_len;
  m->name = ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  ps->ctx = "response";
  int untagged = m->kind == IK_MSG_UNTAGGED && !m->has_number;
  switch (m->name) {
  /* typed responses (response.rl) */
  case IK_KW_OK: case IK_KW_NO: case IK_KW_BAD:
    /* resp-cond-state, tagged or untagged; never after a number */
    if (!m->has_number) return ik_server_en_resp_cond;
    break;
  case IK_KW_BYE: case IK_KW_PREAUTH:
    /* resp-cond-bye and the PREAUTH greeting: untagged only */
    if (untagged) return ik_server_en_resp_cond;
    break;
  case IK_KW_EXISTS: case IK_KW_RECENT:
    if (m->has_number) return ik_server_en_numbered_end;
    break;
  case IK_KW_EXPUNGE: case IK_KW_FETCH:
    /* message-data = nz-number SP ("EXPUNGE" / ("FETCH" SP msg-att)) */
    if (!m->has_number || m->kind != IK_MSG_UNTAGGED) break;
    if (m->number == 0) {
      ik_b_fail(ps, IK_E_SYNTAX, ps->base + 2, "a non-zero message number");
      return ik_server_error;
    }
    ps->ctx = m->name == IK_KW_FETCH ? "FETCH item" : "end of line";
    return m->name == IK_KW_FETCH ? ik_server_en_resp_fetch : ik_server_en_numbered_end;
  case IK_KW_CAPABILITY:
    if (untagged) return ik_server_en_resp_capability;
    break;
  case IK_KW_FLAGS:
    if (untagged) return ik_server_en_resp_flags;
    break;
  case IK_KW_LIST: case IK_KW_LSUB: case IK_KW_XLIST:
    if (untagged) return ik_server_en_resp_list;
    break;
  case IK_KW_SEARCH: case IK_KW_SORT:
    if (untagged) return ik_server_en_resp_search;
    break;
  case IK_KW_STATUS:
    if (untagged) return ik_server_en_resp_status;
    break;
  /* extensions (response.rl) */
  case IK_KW_ENABLED: /* RFC 5161: capabilities, as CAPABILITY */
    if (untagged) return ik_server_en_resp_capability;
    break;
  case IK_KW_ESEARCH:
    if (untagged) return ik_server_en_resp_esearch;
    break;
  case IK_KW_THREAD:
    if (untagged) return ik_server_en_resp_thread;
    break;
  case IK_KW_ID:
    if (untagged) return ik_server_en_resp_id;
    break;
  case IK_KW_NAMESPACE:
    if (untagged) return ik_server_en_resp_namespace;
    break;
  case IK_KW_VANISHED:
    if (untagged) return ik_server_en_resp_vanished;
    break;
  case IK_KW_QUOTA:
    if (untagged) return ik_server_en_resp_quota;
    break;
  case IK_KW_QUOTAROOT: case IK_KW_LISTRIGHTS: case IK_KW_MYRIGHTS:
    if (untagged) return ik_server_en_resp_mbox_strings;
    break;
  case IK_KW_ACL:
    if (untagged) return ik_server_en_resp_acl;
    break;
  case IK_KW_METADATA:
    if (untagged) return ik_server_en_resp_metadata;
    break;
  case IK_KW_GENURLAUTH:
    if (untagged) return ik_server_en_resp_genurlauth;
    break;
  case IK_KW_URLFETCH:
    if (untagged) return ik_server_en_resp_urlfetch;
    break;
  case IK_KW_LANGUAGE:
    if (untagged) return ik_server_en_resp_language;
    break;
  case IK_KW_COMPARATOR:
    if (untagged) return ik_server_en_resp_comparator;
    break;
  default:
    break;
  }
  m->flags |= IK_MF_GENERIC;
  ps->ctx = "response arguments";
  return ik_server_en_generic_args;
}

static int code_dispatch(ik_pstate *ps, int next) {
  ik_node *c = ps->code;
  c->span.off = ps->tok_off;
  c->span.len = ps->tok_len;
  c->id = (uint16_t)ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  ps->ctx = "response code";
  switch ((ik_kw)c->id) {
  /* typed response codes (response.rl) */
  case IK_KW_ALERT: case IK_KW_PARSE: case IK_KW_READ_ONLY: case IK_KW_READ_WRITE:
  case IK_KW_TRYCREATE:
  /* RFC 9051, UIDPLUS, CONDSTORE/QRESYNC, BINARY, COMPRESS, SPECIAL-USE, CATENATE, NOTIFY */
  case IK_KW_UIDNOTSTICKY: case IK_KW_CLOSED: case IK_KW_NOMODSEQ: case IK_KW_NOTSAVED:
  case IK_KW_HASCHILDREN: case IK_KW_UNKNOWN_CTE: case IK_KW_COMPRESSIONACTIVE:
  case IK_KW_USEATTR: case IK_KW_TOOBIG: case IK_KW_NOTIFICATIONOVERFLOW:
  /* RFC 5530 */
  case IK_KW_UNAVAILABLE: case IK_KW_AUTHENTICATIONFAILED: case IK_KW_AUTHORIZATIONFAILED:
  case IK_KW_EXPIRED: case IK_KW_PRIVACYREQUIRED: case IK_KW_CONTACTADMIN: case IK_KW_NOPERM:
  case IK_KW_INUSE: case IK_KW_EXPUNGEISSUED: case IK_KW_CORRUPTION: case IK_KW_SERVERBUG:
  case IK_KW_CLIENTBUG: case IK_KW_CANNOT: case IK_KW_LIMIT: case IK_KW_OVERQUOTA:
  case IK_KW_ALREADYEXISTS: case IK_KW_NONEXISTENT: case IK_KW_BADCOMPARATOR:
    /* with text after the name it is the generic "atom SP text" form */
    if (next == ']') return ik_server_en_code_bare;
    break;
  case IK_KW_BADCHARSET:
    return ik_server_en_code_badcharset;
  case IK_KW_CAPABILITY:
    return ik_server_en_code_capability;
  case IK_KW_PERMANENTFLAGS:
    return ik_server_en_code_permflags;
  case IK_KW_UIDNEXT: case IK_KW_UIDVALIDITY: case IK_KW_UNSEEN:
    return ik_server_en_code_number;
  case IK_KW_APPENDUID:
    return ik_server_en_code_appenduid;
  case IK_KW_COPYUID:
    return ik_server_en_code_copyuid;
  case IK_KW_HIGHESTMODSEQ:
    return ik_server_en_code_modseq;
  case IK_KW_MODIFIED:
    return ik_server_en_code_seqset;
  case IK_KW_METADATA:
    return ik_server_en_code_metadata;
  case IK_KW_MAILBOXID:
    return ik_server_en_code_objectid;
  case IK_KW_NOUPDATE:
    return ik_server_en_code_quoted;
  case IK_KW_BADEVENT:
    return ik_server_en_code_atoms;
  case IK_KW_URLMECH:
    return ik_server_en_code_urlmech;
  case IK_KW_BADURL: case IK_KW_REFERRAL:
    /* typed, but their argument is text (a URL, RFC 4469, 2221) */
    return ik_server_en_code_generic;
  default:
    break;
  }
  c->flags |= IK_NF_GENERIC;
  return ik_server_en_code_generic;
}

/* The machine for a FETCH item's value, from its name (ps->item .. p). The
 * item is pushed: the value is its child. -1 on depth overflow. */
static int fetch_dispatch(ik_pstate *ps, const unsigned char *p) {
  ik_node *it = ps->item;
  it->span.len = ik_b_off(ps, p) - it->span.off;
  it->id = (uint16_t)ik_keyword(ps->base + it->span.off, it->span.len);
  if (!ik_b_push(ps, it, p)) return -1;
  int t;
  switch ((ik_kw)it->id) {
  case IK_KW_FLAGS: t = ik_server_en_fi_flags; break;
  case IK_KW_ENVELOPE: t = ik_server_en_fi_envelope; break;
  case IK_KW_INTERNALDATE: t = ik_server_en_fi_internaldate; break;
  case IK_KW_RFC822: case IK_KW_RFC822_HEADER: case IK_KW_RFC822_TEXT:
    t = ik_server_en_fi_nstring; break;
  case IK_KW_RFC822_SIZE: t = ik_server_en_fi_size; break;
  case IK_KW_UID: t = ik_server_en_fi_uid; break;
  case IK_KW_BODYSTRUCTURE: t = ik_server_en_fi_bodystructure; break;
  case IK_KW_BODY: t = ik_server_en_fi_body; break;
  case IK_KW_MODSEQ: t = ik_server_en_fi_modseq; break;
  case IK_KW_BINARY: t = ik_server_en_fi_binary; break;
  case IK_KW_BINARY_SIZE: t = ik_server_en_fi_binary_size; break;
  case IK_KW_X_GM_MSGID: case IK_KW_X_GM_THRID: t = ik_server_en_fi_number64; break;
  case IK_KW_X_GM_LABELS: t = ik_server_en_fi_labels; break;
  case IK_KW_PREVIEW: t = ik_server_en_fi_preview; break;
  case IK_KW_SNIPPET: t = ik_server_en_fi_preview; break;
  case IK_KW_SAVEDATE: t = ik_server_en_fi_internaldate; break;
  case IK_KW_EMAILID: t = ik_server_en_fi_emailid; break;
  case IK_KW_THREADID: t = ik_server_en_fi_threadid; break;
  default:
    it->flags |= IK_NF_GENERIC;
    t = ik_server_en_fi_generic;
    break;
  }
  return t;
}

/* The tail of a single-part body after body-fld-octets: basic, text or message. */
static int body_dispatch(ik_pstate *ps) {
  switch (ik_r_body_kind(ps)) {
  case 1: return ik_server_en_body_text_tail;
  case 2: return ik_server_en_body_msg_tail;
  default: return ik_server_en_body_ext_1part;
  }
}

/* ESEARCH: the machine for a search-return-data's value, from its name (the
 * atom just scanned). The datum is an ATTR, pushed: the value is its child.
 * -1 on depth overflow. */
static int esearch_dispatch(ik_pstate *ps, const unsigned char *p) {
  ik_node *a = ik_r_attr_tok(ps, p);
  if (!a) return -1;
  switch ((ik_kw)a->id) {
  case IK_KW_UID: return ik_server_en_es_none;
  case IK_KW_MIN: case IK_KW_MAX: return ik_server_en_es_nz;
  case IK_KW_COUNT: return ik_server_en_es_number;
  case IK_KW_ALL: return ik_server_en_es_seqset;
  case IK_KW_MODSEQ: return ik_server_en_es_modseq;
  case IK_KW_PARTIAL: return ik_server_en_es_partial;
  case IK_KW_ADDTO: case IK_KW_REMOVEFROM: return ik_server_en_es_context;
  default:
    a->flags |= IK_NF_GENERIC;
    return ik_server_en_es_generic;
  }
}

/* LIST-EXTENDED: the machine for an extended item's value, from its tag (the
 * astring just scanned), which becomes a PAIR, pushed. -1 on depth overflow. */
static int lext_dispatch(ik_pstate *ps, const unsigned char *p) {
  (void)p;
  if (!ik_r_pair(ps)) return -1;
  ik_node *n = ps->parents[ps->depth];
  switch ((ik_kw)n->id) {
  case IK_KW_CHILDINFO: return ik_server_en_lext_childinfo;
  case IK_KW_OLDNAME: return ik_server_en_lext_oldname;
  default:
    n->flags |= IK_NF_GENERIC;
    return ik_server_en_lext_generic;
  }
}

/* STATUS: the machine for an attribute's value, from its name (the atom just
 * scanned), which becomes a STATUS_ATT, pushed. -1 on depth overflow. */
static int satt_dispatch(ik_pstate *ps, const unsigned char *p) {
  (void)p;
  if (!ik_r_status_att(ps)) return -1;
  ik_node *n = ps->parents[ps->depth];
  switch ((ik_kw)n->id) {
  case IK_KW_MESSAGES: case IK_KW_RECENT: case IK_KW_UIDNEXT: case IK_KW_UIDVALIDITY:
  case IK_KW_UNSEEN: case IK_KW_DELETED: case IK_KW_SIZE: case IK_KW_HIGHESTMODSEQ:
  case IK_KW_DELETED_STORAGE:
    return ik_server_en_satt_number;
  case IK_KW_APPENDLIMIT: return ik_server_en_satt_nnumber;
  case IK_KW_MAILBOXID: return ik_server_en_satt_objectid;
  default:
    n->flags |= IK_NF_GENERIC;
    return ik_server_en_satt_generic;
  }
}

/* Where the failed run stopped: the recorded error's offset, or the byte the
 * machine could not take. */
static const unsigned char *fail_at(const ik_pstate *ps) {
  if (ps->err != IK_E_OK) return ps->base + ps->err_off;
  return ps->p < ps->pe ? ps->p : ps->pe;
}

/* Lenient, per-item recovery: a FETCH item that does not parse becomes an
 * error node (IK_NF_ERROR, a TEXT child with its bytes, num = the offset of
 * the error from the item's first byte) and parsing resumes after it. 1 when the machine may go on. */
static int recover_item(ik_pstate *ps) {
  ik_node *it = ps->item;
  if (!it || ps->msg->name != IK_KW_FETCH) return 0;
  switch (ps->err) {
  case IK_E_OK: case IK_E_SYNTAX: case IK_E_NUMBER_TOO_BIG: case IK_E_BAD_DATE:
  case IK_E_TOO_DEEP:
    break;
  default:
    return 0;
  }
  const unsigned char *at = fail_at(ps);
  if (at >= ps->pe || *at == 0) return 0; /* line ends inside it, or NUL: the message fails */
  const unsigned char *start = ps->base + it->span.off;
  const unsigned char *end = ik_r_item_resync(start, at, ps->pe, ps->parser->limits.stream_literal);
  if (!end) return 0;
  ps->err = IK_E_OK;
  ps->depth = 0;
  ps->top = 0;
  ps->lasts[0] = it;
  /* the item's name as sent: up to its first SP outside brackets */
  {
    const unsigned char *q = start;
    size_t br = 0;
    for (; q < end; q++) {
      if (*q == '[') br++;
      else if (*q == ']' && br) br--;
      else if (*q == ' ' && !br) break;
    }
    it->span.len = (uint32_t)(q - start);
    size_t k = 0;
    while (k < it->span.len && start[k] != '[') k++;
    it->id = (uint16_t)ik_keyword(start, k);
  }
  it->child = NULL;
  it->flags |= IK_NF_ERROR;
  it->num = (uint64_t)(at - start); /* from the item's first byte: moves with it */
  if (!ik_b_push(ps, it, start)) return 0;
  ik_node *raw = ik_b_add(ps, IK_N_TEXT, it->span.off, (uint32_t)(end - start));
  ik_b_pop(ps, NULL);
  if (!raw || !ik_b_quirk(ps, IK_Q_BAD_ITEM, at)) return 0;
  ps->msg->flags |= IK_MF_ITEM_ERRORS;
  ps->item = NULL;
  ps->p = end;
  ps->cs = ik_server_en_fetch_next;
  return 1;
}

/* Lenient: typed untagged data that does not fit its grammar (an extension's
 * shape, a server's own) is decoded by the generic grammar instead, with the
 * relaxation named at the offending byte. 1 when the machine may go on. */
typedef struct typed_failure {
  ik_status err;
  size_t err_off;
  const char *expected;
  uint16_t flags;
} typed_failure;

static int generic_fallback(ik_pstate *ps, typed_failure *saved) {
  ik_message *m = ps->msg;
  if (m->kind != IK_MSG_UNTAGGED || (m->flags & IK_MF_GENERIC)) return 0;
  switch (m->name) {
  case IK_KW_CAPABILITY: case IK_KW_FLAGS: case IK_KW_LIST: case IK_KW_LSUB:
  case IK_KW_SEARCH: case IK_KW_STATUS: case IK_KW_FETCH:
  case IK_KW_XLIST: case IK_KW_SORT: case IK_KW_ENABLED: case IK_KW_ESEARCH: case IK_KW_THREAD:
  case IK_KW_ID: case IK_KW_NAMESPACE: case IK_KW_VANISHED: case IK_KW_QUOTA:
  case IK_KW_QUOTAROOT: case IK_KW_ACL: case IK_KW_LISTRIGHTS: case IK_KW_MYRIGHTS:
  case IK_KW_METADATA: case IK_KW_GENURLAUTH: case IK_KW_URLFETCH:
  case IK_KW_LANGUAGE: case IK_KW_COMPARATOR:
    break;
  default:
    return 0;
  }
  if (ps->err != IK_E_OK && ps->err != IK_E_SYNTAX) return 0;
  const unsigned char *at = fail_at(ps);
  if (at >= ps->pe || *at == 0) return 0;
  /* the typed error, kept for when the generic grammar fails too */
  ik_b_fail(ps, IK_E_SYNTAX, at, ps->ctx);
  saved->err = ps->err;
  saved->err_off = ps->err_off;
  saved->expected = ps->expected;
  saved->flags = m->flags;
  uint32_t from = m->name_span.off + m->name_span.len;
  /* forget what the typed attempt built and noted */
  ik_quirk *keep = NULL;
  for (ik_quirk *q = m->quirks; q && q->offset < from; q = q->next) keep = q;
  if (keep)
    keep->next = NULL;
  else
    m->quirks = NULL;
  ps->qlast = keep;
  m->args = NULL;
  m->flags &= (uint16_t)~IK_MF_ITEM_ERRORS;
  ps->err = IK_E_OK;
  ps->depth = 0;
  ps->top = 0;
  ps->lasts[0] = NULL;
  ps->kids[0] = 0;
  ps->last = NULL;
  ps->item = NULL;
  ps->code = NULL;
  m->flags |= IK_MF_GENERIC;
  if (!ik_b_quirk(ps, IK_Q_GENERIC_FALLBACK, at)) return 0;
  ps->ctx = "response arguments";
  ps->p = ps->base + from;
  ps->cs = ik_server_en_generic_args;
  return 1;
}

/* Runs the machine from its start, or (text_only) reads the rest of a status
 * response as plain text: the lenient fallback for "[" that opens no code. */
void ik_server_run(ik_pstate *ps, int text_only) {
  (void)ik_server_first_final;
  (void)ik_server_en_main;
  ps->cs = text_only ? ik_server_en_resp_text_only : ik_server_start;
  ps->item = NULL;
  typed_failure saved;
  int fell_back = 0;
  for (;;) {
    {
      const unsigned char *p = ps->p, *pe = ps->pe, *eof = ps->eof;
      %% write exec;
      ps->p = p;
    }
    if (ps->done && ps->err == IK_E_OK) break;
    if (fell_back) {
      /* the generic grammar failed as well: the typed error stands (and
       * the message is no generic one, so no text fallback applies), unless
       * the arena ran out, which is what the caller must hear */
      if (ps->err == IK_E_NO_MEMORY) break;
      ps->msg->flags = saved.flags;
      ps->err = saved.err;
      ps->err_off = saved.err_off;
      ps->expected = saved.expected;
      break;
    }
    if (text_only || ps->strict) break;
    if (ps->err == IK_E_OK && ps->cs != ik_server_error) break; /* incomplete */
    if (recover_item(ps)) continue;
    if (generic_fallback(ps, &saved)) {
      fell_back = 1;
      continue;
    }
    break;
  }
  if (ps->done && ps->err == IK_E_OK && ps->msg->kind == IK_MSG_CONTINUATION) {
    /* continue-req = "+" SP (resp-text / base64): flag text that is base64 */
    ik_node *t = ps->msg->args;
    if (t && !t->next && t->kind == IK_N_TEXT && ik_r_is_base64(ps->base + t->span.off, t->span.len))
      t->flags |= IK_NF_BASE64;
  }
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
