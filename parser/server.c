
#line 1 "server.rl"
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


#line 88 "server.rl"



#line 23 "server.c"
static const int ik_server_start = 1;
static const int ik_server_first_final = 1447;
static const int ik_server_error = 0;

static const int ik_server_en_g_list = 11;
static const int ik_server_en_g_bracket = 22;
static const int ik_server_en_code_generic = 33;
static const int ik_server_en_resp_capability = 36;
static const int ik_server_en_resp_flags = 41;
static const int ik_server_en_lext_childinfo = 53;
static const int ik_server_en_lext_oldname = 68;
static const int ik_server_en_lext_generic = 83;
static const int ik_server_en_resp_list = 97;
static const int ik_server_en_resp_search = 146;
static const int ik_server_en_resp_esearch = 165;
static const int ik_server_en_es_none = 189;
static const int ik_server_en_es_nz = 190;
static const int ik_server_en_es_number = 194;
static const int ik_server_en_es_modseq = 198;
static const int ik_server_en_es_seqset = 202;
static const int ik_server_en_es_partial = 212;
static const int ik_server_en_es_context = 235;
static const int ik_server_en_es_generic = 252;
static const int ik_server_en_thread_rest = 266;
static const int ik_server_en_resp_thread = 272;
static const int ik_server_en_resp_id = 278;
static const int ik_server_en_resp_language = 312;
static const int ik_server_en_resp_comparator = 330;
static const int ik_server_en_resp_namespace = 359;
static const int ik_server_en_resp_quota = 414;
static const int ik_server_en_resp_mbox_strings = 442;
static const int ik_server_en_resp_acl = 466;
static const int ik_server_en_resp_metadata = 501;
static const int ik_server_en_resp_vanished = 555;
static const int ik_server_en_resp_genurlauth = 578;
static const int ik_server_en_resp_urlfetch = 593;
static const int ik_server_en_resp_status = 622;
static const int ik_server_en_satt_number = 645;
static const int ik_server_en_satt_nnumber = 649;
static const int ik_server_en_satt_objectid = 656;
static const int ik_server_en_satt_generic = 662;
static const int ik_server_en_code_bare = 676;
static const int ik_server_en_code_badcharset = 677;
static const int ik_server_en_code_capability = 692;
static const int ik_server_en_code_permflags = 696;
static const int ik_server_en_code_number = 707;
static const int ik_server_en_code_appenduid = 711;
static const int ik_server_en_code_copyuid = 724;
static const int ik_server_en_code_modseq = 746;
static const int ik_server_en_code_seqset = 750;
static const int ik_server_en_code_metadata = 760;
static const int ik_server_en_code_objectid = 767;
static const int ik_server_en_code_quoted = 773;
static const int ik_server_en_code_atoms = 779;
static const int ik_server_en_code_urlmech = 787;
static const int ik_server_en_env_rest = 791;
static const int ik_server_en_bext_rest = 823;
static const int ik_server_en_body_ext_1part = 839;
static const int ik_server_en_body_ext_mpart = 853;
static const int ik_server_en_body_ext_tail = 887;
static const int ik_server_en_body_rest = 985;
static const int ik_server_en_body_text_tail = 1099;
static const int ik_server_en_body_msg_tail = 1106;
static const int ik_server_en_resp_fetch = 1116;
static const int ik_server_en_fetch_next = 1127;
static const int ik_server_en_fi_flags = 1134;
static const int ik_server_en_fi_envelope = 1144;
static const int ik_server_en_fi_internaldate = 1148;
static const int ik_server_en_fi_nstring = 1198;
static const int ik_server_en_fi_size = 1212;
static const int ik_server_en_fi_uid = 1216;
static const int ik_server_en_fi_bodystructure = 1220;
static const int ik_server_en_fi_modseq = 1224;
static const int ik_server_en_fi_number64 = 1230;
static const int ik_server_en_fi_labels = 1234;
static const int ik_server_en_fi_preview = 1253;
static const int ik_server_en_fi_emailid = 1284;
static const int ik_server_en_fi_threadid = 1290;
static const int ik_server_en_fi_body = 1299;
static const int ik_server_en_fi_binary = 1363;
static const int ik_server_en_fi_binary_size = 1387;
static const int ik_server_en_fi_generic = 1395;
static const int ik_server_en_code_name = 1413;
static const int ik_server_en_resp_cond = 1415;
static const int ik_server_en_resp_continue = 1421;
static const int ik_server_en_resp_text_only = 1427;
static const int ik_server_en_generic_args = 1431;
static const int ik_server_en_numbered_end = 1444;
static const int ik_server_en_main = 1;


#line 91 "server.rl"

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
      
#line 504 "server.c"
	{
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch (  ps->cs ) {
		case 1: goto st1;
		case 0: goto st0;
		case 2: goto st2;
		case 3: goto st3;
		case 4: goto st4;
		case 1447: goto st1447;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 8: goto st8;
		case 9: goto st9;
		case 10: goto st10;
		case 11: goto st11;
		case 12: goto st12;
		case 1448: goto st1448;
		case 13: goto st13;
		case 14: goto st14;
		case 15: goto st15;
		case 16: goto st16;
		case 17: goto st17;
		case 18: goto st18;
		case 19: goto st19;
		case 20: goto st20;
		case 21: goto st21;
		case 22: goto st22;
		case 23: goto st23;
		case 1449: goto st1449;
		case 24: goto st24;
		case 25: goto st25;
		case 26: goto st26;
		case 27: goto st27;
		case 28: goto st28;
		case 29: goto st29;
		case 30: goto st30;
		case 31: goto st31;
		case 32: goto st32;
		case 33: goto st33;
		case 34: goto st34;
		case 35: goto st35;
		case 1450: goto st1450;
		case 36: goto st36;
		case 1451: goto st1451;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
		case 42: goto st42;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 46: goto st46;
		case 1452: goto st1452;
		case 47: goto st47;
		case 48: goto st48;
		case 49: goto st49;
		case 50: goto st50;
		case 51: goto st51;
		case 52: goto st52;
		case 53: goto st53;
		case 54: goto st54;
		case 55: goto st55;
		case 56: goto st56;
		case 57: goto st57;
		case 58: goto st58;
		case 59: goto st59;
		case 60: goto st60;
		case 61: goto st61;
		case 1453: goto st1453;
		case 62: goto st62;
		case 63: goto st63;
		case 64: goto st64;
		case 65: goto st65;
		case 66: goto st66;
		case 67: goto st67;
		case 68: goto st68;
		case 69: goto st69;
		case 70: goto st70;
		case 71: goto st71;
		case 72: goto st72;
		case 73: goto st73;
		case 74: goto st74;
		case 1454: goto st1454;
		case 75: goto st75;
		case 76: goto st76;
		case 77: goto st77;
		case 78: goto st78;
		case 79: goto st79;
		case 80: goto st80;
		case 81: goto st81;
		case 82: goto st82;
		case 83: goto st83;
		case 84: goto st84;
		case 85: goto st85;
		case 1455: goto st1455;
		case 86: goto st86;
		case 87: goto st87;
		case 88: goto st88;
		case 89: goto st89;
		case 90: goto st90;
		case 91: goto st91;
		case 92: goto st92;
		case 93: goto st93;
		case 94: goto st94;
		case 95: goto st95;
		case 96: goto st96;
		case 97: goto st97;
		case 98: goto st98;
		case 99: goto st99;
		case 100: goto st100;
		case 101: goto st101;
		case 102: goto st102;
		case 103: goto st103;
		case 104: goto st104;
		case 105: goto st105;
		case 106: goto st106;
		case 107: goto st107;
		case 108: goto st108;
		case 109: goto st109;
		case 110: goto st110;
		case 1456: goto st1456;
		case 111: goto st111;
		case 112: goto st112;
		case 113: goto st113;
		case 114: goto st114;
		case 115: goto st115;
		case 116: goto st116;
		case 117: goto st117;
		case 118: goto st118;
		case 119: goto st119;
		case 120: goto st120;
		case 121: goto st121;
		case 122: goto st122;
		case 123: goto st123;
		case 124: goto st124;
		case 125: goto st125;
		case 126: goto st126;
		case 127: goto st127;
		case 128: goto st128;
		case 129: goto st129;
		case 130: goto st130;
		case 131: goto st131;
		case 132: goto st132;
		case 133: goto st133;
		case 134: goto st134;
		case 135: goto st135;
		case 136: goto st136;
		case 137: goto st137;
		case 138: goto st138;
		case 139: goto st139;
		case 140: goto st140;
		case 141: goto st141;
		case 142: goto st142;
		case 143: goto st143;
		case 144: goto st144;
		case 145: goto st145;
		case 146: goto st146;
		case 1457: goto st1457;
		case 147: goto st147;
		case 148: goto st148;
		case 149: goto st149;
		case 150: goto st150;
		case 151: goto st151;
		case 152: goto st152;
		case 153: goto st153;
		case 154: goto st154;
		case 155: goto st155;
		case 156: goto st156;
		case 157: goto st157;
		case 158: goto st158;
		case 159: goto st159;
		case 160: goto st160;
		case 161: goto st161;
		case 162: goto st162;
		case 163: goto st163;
		case 164: goto st164;
		case 165: goto st165;
		case 1458: goto st1458;
		case 166: goto st166;
		case 167: goto st167;
		case 168: goto st168;
		case 169: goto st169;
		case 170: goto st170;
		case 171: goto st171;
		case 172: goto st172;
		case 173: goto st173;
		case 174: goto st174;
		case 175: goto st175;
		case 176: goto st176;
		case 177: goto st177;
		case 178: goto st178;
		case 179: goto st179;
		case 180: goto st180;
		case 181: goto st181;
		case 182: goto st182;
		case 183: goto st183;
		case 184: goto st184;
		case 185: goto st185;
		case 186: goto st186;
		case 187: goto st187;
		case 188: goto st188;
		case 189: goto st189;
		case 1459: goto st1459;
		case 190: goto st190;
		case 191: goto st191;
		case 192: goto st192;
		case 193: goto st193;
		case 1460: goto st1460;
		case 194: goto st194;
		case 195: goto st195;
		case 196: goto st196;
		case 197: goto st197;
		case 1461: goto st1461;
		case 198: goto st198;
		case 199: goto st199;
		case 200: goto st200;
		case 201: goto st201;
		case 1462: goto st1462;
		case 202: goto st202;
		case 203: goto st203;
		case 204: goto st204;
		case 205: goto st205;
		case 1463: goto st1463;
		case 206: goto st206;
		case 207: goto st207;
		case 208: goto st208;
		case 209: goto st209;
		case 210: goto st210;
		case 211: goto st211;
		case 212: goto st212;
		case 213: goto st213;
		case 214: goto st214;
		case 215: goto st215;
		case 216: goto st216;
		case 217: goto st217;
		case 218: goto st218;
		case 219: goto st219;
		case 220: goto st220;
		case 221: goto st221;
		case 222: goto st222;
		case 223: goto st223;
		case 224: goto st224;
		case 225: goto st225;
		case 1464: goto st1464;
		case 226: goto st226;
		case 227: goto st227;
		case 228: goto st228;
		case 229: goto st229;
		case 230: goto st230;
		case 231: goto st231;
		case 232: goto st232;
		case 233: goto st233;
		case 234: goto st234;
		case 235: goto st235;
		case 236: goto st236;
		case 237: goto st237;
		case 238: goto st238;
		case 239: goto st239;
		case 240: goto st240;
		case 241: goto st241;
		case 242: goto st242;
		case 243: goto st243;
		case 244: goto st244;
		case 245: goto st245;
		case 1465: goto st1465;
		case 246: goto st246;
		case 247: goto st247;
		case 248: goto st248;
		case 249: goto st249;
		case 250: goto st250;
		case 251: goto st251;
		case 252: goto st252;
		case 253: goto st253;
		case 254: goto st254;
		case 1466: goto st1466;
		case 255: goto st255;
		case 256: goto st256;
		case 257: goto st257;
		case 258: goto st258;
		case 259: goto st259;
		case 260: goto st260;
		case 261: goto st261;
		case 262: goto st262;
		case 263: goto st263;
		case 264: goto st264;
		case 265: goto st265;
		case 266: goto st266;
		case 267: goto st267;
		case 268: goto st268;
		case 1467: goto st1467;
		case 269: goto st269;
		case 270: goto st270;
		case 271: goto st271;
		case 272: goto st272;
		case 1468: goto st1468;
		case 273: goto st273;
		case 274: goto st274;
		case 275: goto st275;
		case 276: goto st276;
		case 277: goto st277;
		case 278: goto st278;
		case 279: goto st279;
		case 280: goto st280;
		case 281: goto st281;
		case 282: goto st282;
		case 283: goto st283;
		case 1469: goto st1469;
		case 284: goto st284;
		case 285: goto st285;
		case 286: goto st286;
		case 287: goto st287;
		case 288: goto st288;
		case 289: goto st289;
		case 290: goto st290;
		case 291: goto st291;
		case 292: goto st292;
		case 293: goto st293;
		case 294: goto st294;
		case 295: goto st295;
		case 296: goto st296;
		case 297: goto st297;
		case 298: goto st298;
		case 299: goto st299;
		case 300: goto st300;
		case 301: goto st301;
		case 302: goto st302;
		case 303: goto st303;
		case 304: goto st304;
		case 305: goto st305;
		case 306: goto st306;
		case 307: goto st307;
		case 308: goto st308;
		case 309: goto st309;
		case 310: goto st310;
		case 311: goto st311;
		case 312: goto st312;
		case 313: goto st313;
		case 314: goto st314;
		case 315: goto st315;
		case 316: goto st316;
		case 317: goto st317;
		case 318: goto st318;
		case 319: goto st319;
		case 320: goto st320;
		case 321: goto st321;
		case 1470: goto st1470;
		case 322: goto st322;
		case 323: goto st323;
		case 324: goto st324;
		case 325: goto st325;
		case 326: goto st326;
		case 327: goto st327;
		case 328: goto st328;
		case 329: goto st329;
		case 330: goto st330;
		case 331: goto st331;
		case 332: goto st332;
		case 333: goto st333;
		case 1471: goto st1471;
		case 334: goto st334;
		case 335: goto st335;
		case 336: goto st336;
		case 337: goto st337;
		case 338: goto st338;
		case 339: goto st339;
		case 340: goto st340;
		case 341: goto st341;
		case 342: goto st342;
		case 343: goto st343;
		case 344: goto st344;
		case 345: goto st345;
		case 346: goto st346;
		case 347: goto st347;
		case 348: goto st348;
		case 349: goto st349;
		case 350: goto st350;
		case 351: goto st351;
		case 352: goto st352;
		case 353: goto st353;
		case 354: goto st354;
		case 355: goto st355;
		case 356: goto st356;
		case 357: goto st357;
		case 358: goto st358;
		case 359: goto st359;
		case 360: goto st360;
		case 361: goto st361;
		case 362: goto st362;
		case 363: goto st363;
		case 364: goto st364;
		case 365: goto st365;
		case 366: goto st366;
		case 367: goto st367;
		case 368: goto st368;
		case 369: goto st369;
		case 370: goto st370;
		case 371: goto st371;
		case 372: goto st372;
		case 373: goto st373;
		case 374: goto st374;
		case 375: goto st375;
		case 376: goto st376;
		case 377: goto st377;
		case 378: goto st378;
		case 379: goto st379;
		case 380: goto st380;
		case 381: goto st381;
		case 382: goto st382;
		case 383: goto st383;
		case 384: goto st384;
		case 385: goto st385;
		case 1472: goto st1472;
		case 386: goto st386;
		case 387: goto st387;
		case 388: goto st388;
		case 389: goto st389;
		case 390: goto st390;
		case 391: goto st391;
		case 392: goto st392;
		case 393: goto st393;
		case 394: goto st394;
		case 395: goto st395;
		case 396: goto st396;
		case 397: goto st397;
		case 398: goto st398;
		case 399: goto st399;
		case 400: goto st400;
		case 401: goto st401;
		case 402: goto st402;
		case 403: goto st403;
		case 404: goto st404;
		case 405: goto st405;
		case 406: goto st406;
		case 407: goto st407;
		case 408: goto st408;
		case 409: goto st409;
		case 410: goto st410;
		case 411: goto st411;
		case 412: goto st412;
		case 413: goto st413;
		case 414: goto st414;
		case 415: goto st415;
		case 416: goto st416;
		case 417: goto st417;
		case 418: goto st418;
		case 419: goto st419;
		case 420: goto st420;
		case 421: goto st421;
		case 422: goto st422;
		case 1473: goto st1473;
		case 423: goto st423;
		case 424: goto st424;
		case 425: goto st425;
		case 426: goto st426;
		case 427: goto st427;
		case 428: goto st428;
		case 429: goto st429;
		case 430: goto st430;
		case 431: goto st431;
		case 432: goto st432;
		case 433: goto st433;
		case 434: goto st434;
		case 435: goto st435;
		case 436: goto st436;
		case 437: goto st437;
		case 438: goto st438;
		case 439: goto st439;
		case 440: goto st440;
		case 441: goto st441;
		case 442: goto st442;
		case 443: goto st443;
		case 444: goto st444;
		case 445: goto st445;
		case 1474: goto st1474;
		case 446: goto st446;
		case 447: goto st447;
		case 448: goto st448;
		case 449: goto st449;
		case 450: goto st450;
		case 451: goto st451;
		case 452: goto st452;
		case 453: goto st453;
		case 454: goto st454;
		case 455: goto st455;
		case 456: goto st456;
		case 457: goto st457;
		case 458: goto st458;
		case 459: goto st459;
		case 460: goto st460;
		case 461: goto st461;
		case 462: goto st462;
		case 463: goto st463;
		case 464: goto st464;
		case 465: goto st465;
		case 466: goto st466;
		case 467: goto st467;
		case 468: goto st468;
		case 469: goto st469;
		case 1475: goto st1475;
		case 470: goto st470;
		case 471: goto st471;
		case 472: goto st472;
		case 473: goto st473;
		case 474: goto st474;
		case 475: goto st475;
		case 476: goto st476;
		case 477: goto st477;
		case 478: goto st478;
		case 479: goto st479;
		case 480: goto st480;
		case 481: goto st481;
		case 482: goto st482;
		case 483: goto st483;
		case 484: goto st484;
		case 485: goto st485;
		case 486: goto st486;
		case 487: goto st487;
		case 488: goto st488;
		case 489: goto st489;
		case 490: goto st490;
		case 491: goto st491;
		case 492: goto st492;
		case 493: goto st493;
		case 494: goto st494;
		case 495: goto st495;
		case 496: goto st496;
		case 497: goto st497;
		case 498: goto st498;
		case 499: goto st499;
		case 500: goto st500;
		case 501: goto st501;
		case 502: goto st502;
		case 503: goto st503;
		case 504: goto st504;
		case 505: goto st505;
		case 506: goto st506;
		case 507: goto st507;
		case 1476: goto st1476;
		case 508: goto st508;
		case 509: goto st509;
		case 510: goto st510;
		case 511: goto st511;
		case 512: goto st512;
		case 513: goto st513;
		case 514: goto st514;
		case 515: goto st515;
		case 516: goto st516;
		case 517: goto st517;
		case 518: goto st518;
		case 519: goto st519;
		case 520: goto st520;
		case 521: goto st521;
		case 522: goto st522;
		case 523: goto st523;
		case 524: goto st524;
		case 525: goto st525;
		case 526: goto st526;
		case 527: goto st527;
		case 528: goto st528;
		case 529: goto st529;
		case 530: goto st530;
		case 531: goto st531;
		case 532: goto st532;
		case 533: goto st533;
		case 534: goto st534;
		case 535: goto st535;
		case 536: goto st536;
		case 537: goto st537;
		case 538: goto st538;
		case 539: goto st539;
		case 540: goto st540;
		case 541: goto st541;
		case 542: goto st542;
		case 543: goto st543;
		case 544: goto st544;
		case 545: goto st545;
		case 546: goto st546;
		case 547: goto st547;
		case 548: goto st548;
		case 549: goto st549;
		case 550: goto st550;
		case 551: goto st551;
		case 552: goto st552;
		case 553: goto st553;
		case 554: goto st554;
		case 555: goto st555;
		case 556: goto st556;
		case 557: goto st557;
		case 558: goto st558;
		case 1477: goto st1477;
		case 559: goto st559;
		case 560: goto st560;
		case 561: goto st561;
		case 562: goto st562;
		case 563: goto st563;
		case 564: goto st564;
		case 565: goto st565;
		case 566: goto st566;
		case 567: goto st567;
		case 568: goto st568;
		case 569: goto st569;
		case 570: goto st570;
		case 571: goto st571;
		case 572: goto st572;
		case 573: goto st573;
		case 574: goto st574;
		case 575: goto st575;
		case 576: goto st576;
		case 577: goto st577;
		case 578: goto st578;
		case 579: goto st579;
		case 580: goto st580;
		case 581: goto st581;
		case 1478: goto st1478;
		case 582: goto st582;
		case 583: goto st583;
		case 584: goto st584;
		case 585: goto st585;
		case 586: goto st586;
		case 587: goto st587;
		case 588: goto st588;
		case 589: goto st589;
		case 590: goto st590;
		case 591: goto st591;
		case 592: goto st592;
		case 593: goto st593;
		case 594: goto st594;
		case 595: goto st595;
		case 596: goto st596;
		case 597: goto st597;
		case 598: goto st598;
		case 599: goto st599;
		case 600: goto st600;
		case 1479: goto st1479;
		case 601: goto st601;
		case 602: goto st602;
		case 603: goto st603;
		case 604: goto st604;
		case 605: goto st605;
		case 606: goto st606;
		case 607: goto st607;
		case 608: goto st608;
		case 609: goto st609;
		case 610: goto st610;
		case 611: goto st611;
		case 612: goto st612;
		case 613: goto st613;
		case 614: goto st614;
		case 615: goto st615;
		case 616: goto st616;
		case 617: goto st617;
		case 618: goto st618;
		case 619: goto st619;
		case 620: goto st620;
		case 621: goto st621;
		case 622: goto st622;
		case 623: goto st623;
		case 624: goto st624;
		case 625: goto st625;
		case 626: goto st626;
		case 627: goto st627;
		case 628: goto st628;
		case 629: goto st629;
		case 630: goto st630;
		case 1480: goto st1480;
		case 631: goto st631;
		case 632: goto st632;
		case 633: goto st633;
		case 634: goto st634;
		case 635: goto st635;
		case 636: goto st636;
		case 637: goto st637;
		case 638: goto st638;
		case 639: goto st639;
		case 640: goto st640;
		case 641: goto st641;
		case 642: goto st642;
		case 643: goto st643;
		case 644: goto st644;
		case 645: goto st645;
		case 646: goto st646;
		case 647: goto st647;
		case 648: goto st648;
		case 1481: goto st1481;
		case 649: goto st649;
		case 650: goto st650;
		case 651: goto st651;
		case 652: goto st652;
		case 1482: goto st1482;
		case 653: goto st653;
		case 654: goto st654;
		case 655: goto st655;
		case 656: goto st656;
		case 657: goto st657;
		case 658: goto st658;
		case 659: goto st659;
		case 660: goto st660;
		case 661: goto st661;
		case 1483: goto st1483;
		case 662: goto st662;
		case 663: goto st663;
		case 664: goto st664;
		case 1484: goto st1484;
		case 665: goto st665;
		case 666: goto st666;
		case 667: goto st667;
		case 668: goto st668;
		case 669: goto st669;
		case 670: goto st670;
		case 671: goto st671;
		case 672: goto st672;
		case 673: goto st673;
		case 674: goto st674;
		case 675: goto st675;
		case 676: goto st676;
		case 1485: goto st1485;
		case 677: goto st677;
		case 678: goto st678;
		case 679: goto st679;
		case 680: goto st680;
		case 681: goto st681;
		case 682: goto st682;
		case 683: goto st683;
		case 684: goto st684;
		case 685: goto st685;
		case 1486: goto st1486;
		case 686: goto st686;
		case 687: goto st687;
		case 688: goto st688;
		case 689: goto st689;
		case 690: goto st690;
		case 691: goto st691;
		case 692: goto st692;
		case 693: goto st693;
		case 694: goto st694;
		case 695: goto st695;
		case 1487: goto st1487;
		case 696: goto st696;
		case 697: goto st697;
		case 698: goto st698;
		case 699: goto st699;
		case 700: goto st700;
		case 701: goto st701;
		case 1488: goto st1488;
		case 702: goto st702;
		case 703: goto st703;
		case 704: goto st704;
		case 705: goto st705;
		case 706: goto st706;
		case 707: goto st707;
		case 708: goto st708;
		case 709: goto st709;
		case 710: goto st710;
		case 1489: goto st1489;
		case 711: goto st711;
		case 712: goto st712;
		case 713: goto st713;
		case 714: goto st714;
		case 715: goto st715;
		case 716: goto st716;
		case 717: goto st717;
		case 1490: goto st1490;
		case 718: goto st718;
		case 719: goto st719;
		case 720: goto st720;
		case 721: goto st721;
		case 722: goto st722;
		case 723: goto st723;
		case 724: goto st724;
		case 725: goto st725;
		case 726: goto st726;
		case 727: goto st727;
		case 728: goto st728;
		case 729: goto st729;
		case 730: goto st730;
		case 731: goto st731;
		case 732: goto st732;
		case 733: goto st733;
		case 1491: goto st1491;
		case 734: goto st734;
		case 735: goto st735;
		case 736: goto st736;
		case 737: goto st737;
		case 738: goto st738;
		case 739: goto st739;
		case 740: goto st740;
		case 741: goto st741;
		case 742: goto st742;
		case 743: goto st743;
		case 744: goto st744;
		case 745: goto st745;
		case 746: goto st746;
		case 747: goto st747;
		case 748: goto st748;
		case 749: goto st749;
		case 1492: goto st1492;
		case 750: goto st750;
		case 751: goto st751;
		case 752: goto st752;
		case 753: goto st753;
		case 1493: goto st1493;
		case 754: goto st754;
		case 755: goto st755;
		case 756: goto st756;
		case 757: goto st757;
		case 758: goto st758;
		case 759: goto st759;
		case 760: goto st760;
		case 761: goto st761;
		case 762: goto st762;
		case 763: goto st763;
		case 764: goto st764;
		case 765: goto st765;
		case 766: goto st766;
		case 1494: goto st1494;
		case 767: goto st767;
		case 768: goto st768;
		case 769: goto st769;
		case 770: goto st770;
		case 771: goto st771;
		case 772: goto st772;
		case 1495: goto st1495;
		case 773: goto st773;
		case 774: goto st774;
		case 775: goto st775;
		case 776: goto st776;
		case 777: goto st777;
		case 1496: goto st1496;
		case 778: goto st778;
		case 779: goto st779;
		case 780: goto st780;
		case 781: goto st781;
		case 782: goto st782;
		case 783: goto st783;
		case 784: goto st784;
		case 785: goto st785;
		case 786: goto st786;
		case 1497: goto st1497;
		case 787: goto st787;
		case 788: goto st788;
		case 789: goto st789;
		case 790: goto st790;
		case 1498: goto st1498;
		case 791: goto st791;
		case 792: goto st792;
		case 793: goto st793;
		case 794: goto st794;
		case 795: goto st795;
		case 796: goto st796;
		case 797: goto st797;
		case 798: goto st798;
		case 799: goto st799;
		case 800: goto st800;
		case 801: goto st801;
		case 802: goto st802;
		case 803: goto st803;
		case 804: goto st804;
		case 805: goto st805;
		case 806: goto st806;
		case 807: goto st807;
		case 1499: goto st1499;
		case 808: goto st808;
		case 809: goto st809;
		case 810: goto st810;
		case 811: goto st811;
		case 812: goto st812;
		case 813: goto st813;
		case 814: goto st814;
		case 815: goto st815;
		case 816: goto st816;
		case 817: goto st817;
		case 818: goto st818;
		case 819: goto st819;
		case 820: goto st820;
		case 821: goto st821;
		case 822: goto st822;
		case 823: goto st823;
		case 824: goto st824;
		case 825: goto st825;
		case 826: goto st826;
		case 827: goto st827;
		case 828: goto st828;
		case 1500: goto st1500;
		case 829: goto st829;
		case 830: goto st830;
		case 831: goto st831;
		case 832: goto st832;
		case 833: goto st833;
		case 834: goto st834;
		case 835: goto st835;
		case 836: goto st836;
		case 837: goto st837;
		case 838: goto st838;
		case 839: goto st839;
		case 840: goto st840;
		case 841: goto st841;
		case 842: goto st842;
		case 843: goto st843;
		case 1501: goto st1501;
		case 844: goto st844;
		case 845: goto st845;
		case 846: goto st846;
		case 847: goto st847;
		case 848: goto st848;
		case 849: goto st849;
		case 850: goto st850;
		case 851: goto st851;
		case 852: goto st852;
		case 853: goto st853;
		case 854: goto st854;
		case 855: goto st855;
		case 856: goto st856;
		case 857: goto st857;
		case 858: goto st858;
		case 859: goto st859;
		case 860: goto st860;
		case 861: goto st861;
		case 862: goto st862;
		case 863: goto st863;
		case 864: goto st864;
		case 865: goto st865;
		case 1502: goto st1502;
		case 866: goto st866;
		case 867: goto st867;
		case 868: goto st868;
		case 869: goto st869;
		case 870: goto st870;
		case 871: goto st871;
		case 872: goto st872;
		case 873: goto st873;
		case 874: goto st874;
		case 875: goto st875;
		case 876: goto st876;
		case 877: goto st877;
		case 878: goto st878;
		case 879: goto st879;
		case 880: goto st880;
		case 881: goto st881;
		case 882: goto st882;
		case 883: goto st883;
		case 884: goto st884;
		case 885: goto st885;
		case 886: goto st886;
		case 887: goto st887;
		case 888: goto st888;
		case 889: goto st889;
		case 890: goto st890;
		case 891: goto st891;
		case 892: goto st892;
		case 893: goto st893;
		case 894: goto st894;
		case 895: goto st895;
		case 896: goto st896;
		case 897: goto st897;
		case 898: goto st898;
		case 899: goto st899;
		case 900: goto st900;
		case 901: goto st901;
		case 902: goto st902;
		case 903: goto st903;
		case 904: goto st904;
		case 905: goto st905;
		case 906: goto st906;
		case 907: goto st907;
		case 908: goto st908;
		case 909: goto st909;
		case 910: goto st910;
		case 911: goto st911;
		case 912: goto st912;
		case 913: goto st913;
		case 914: goto st914;
		case 915: goto st915;
		case 916: goto st916;
		case 917: goto st917;
		case 1503: goto st1503;
		case 918: goto st918;
		case 919: goto st919;
		case 920: goto st920;
		case 921: goto st921;
		case 922: goto st922;
		case 923: goto st923;
		case 924: goto st924;
		case 925: goto st925;
		case 926: goto st926;
		case 927: goto st927;
		case 928: goto st928;
		case 929: goto st929;
		case 930: goto st930;
		case 931: goto st931;
		case 932: goto st932;
		case 933: goto st933;
		case 934: goto st934;
		case 935: goto st935;
		case 936: goto st936;
		case 937: goto st937;
		case 938: goto st938;
		case 939: goto st939;
		case 940: goto st940;
		case 941: goto st941;
		case 942: goto st942;
		case 943: goto st943;
		case 944: goto st944;
		case 945: goto st945;
		case 946: goto st946;
		case 947: goto st947;
		case 948: goto st948;
		case 949: goto st949;
		case 950: goto st950;
		case 951: goto st951;
		case 952: goto st952;
		case 953: goto st953;
		case 954: goto st954;
		case 955: goto st955;
		case 956: goto st956;
		case 957: goto st957;
		case 958: goto st958;
		case 959: goto st959;
		case 960: goto st960;
		case 961: goto st961;
		case 962: goto st962;
		case 963: goto st963;
		case 964: goto st964;
		case 965: goto st965;
		case 966: goto st966;
		case 967: goto st967;
		case 968: goto st968;
		case 969: goto st969;
		case 970: goto st970;
		case 971: goto st971;
		case 972: goto st972;
		case 973: goto st973;
		case 974: goto st974;
		case 975: goto st975;
		case 976: goto st976;
		case 977: goto st977;
		case 978: goto st978;
		case 979: goto st979;
		case 980: goto st980;
		case 981: goto st981;
		case 982: goto st982;
		case 983: goto st983;
		case 984: goto st984;
		case 985: goto st985;
		case 986: goto st986;
		case 987: goto st987;
		case 988: goto st988;
		case 989: goto st989;
		case 990: goto st990;
		case 991: goto st991;
		case 992: goto st992;
		case 993: goto st993;
		case 994: goto st994;
		case 995: goto st995;
		case 996: goto st996;
		case 997: goto st997;
		case 998: goto st998;
		case 999: goto st999;
		case 1000: goto st1000;
		case 1001: goto st1001;
		case 1002: goto st1002;
		case 1003: goto st1003;
		case 1004: goto st1004;
		case 1005: goto st1005;
		case 1006: goto st1006;
		case 1007: goto st1007;
		case 1008: goto st1008;
		case 1009: goto st1009;
		case 1010: goto st1010;
		case 1011: goto st1011;
		case 1012: goto st1012;
		case 1013: goto st1013;
		case 1014: goto st1014;
		case 1015: goto st1015;
		case 1016: goto st1016;
		case 1017: goto st1017;
		case 1018: goto st1018;
		case 1504: goto st1504;
		case 1019: goto st1019;
		case 1020: goto st1020;
		case 1021: goto st1021;
		case 1022: goto st1022;
		case 1023: goto st1023;
		case 1024: goto st1024;
		case 1025: goto st1025;
		case 1026: goto st1026;
		case 1027: goto st1027;
		case 1028: goto st1028;
		case 1029: goto st1029;
		case 1030: goto st1030;
		case 1031: goto st1031;
		case 1032: goto st1032;
		case 1033: goto st1033;
		case 1034: goto st1034;
		case 1035: goto st1035;
		case 1036: goto st1036;
		case 1037: goto st1037;
		case 1038: goto st1038;
		case 1039: goto st1039;
		case 1040: goto st1040;
		case 1041: goto st1041;
		case 1042: goto st1042;
		case 1043: goto st1043;
		case 1044: goto st1044;
		case 1045: goto st1045;
		case 1046: goto st1046;
		case 1047: goto st1047;
		case 1048: goto st1048;
		case 1049: goto st1049;
		case 1050: goto st1050;
		case 1051: goto st1051;
		case 1052: goto st1052;
		case 1053: goto st1053;
		case 1054: goto st1054;
		case 1055: goto st1055;
		case 1056: goto st1056;
		case 1057: goto st1057;
		case 1058: goto st1058;
		case 1059: goto st1059;
		case 1060: goto st1060;
		case 1061: goto st1061;
		case 1062: goto st1062;
		case 1063: goto st1063;
		case 1064: goto st1064;
		case 1065: goto st1065;
		case 1066: goto st1066;
		case 1067: goto st1067;
		case 1068: goto st1068;
		case 1069: goto st1069;
		case 1070: goto st1070;
		case 1071: goto st1071;
		case 1072: goto st1072;
		case 1073: goto st1073;
		case 1074: goto st1074;
		case 1075: goto st1075;
		case 1076: goto st1076;
		case 1077: goto st1077;
		case 1078: goto st1078;
		case 1079: goto st1079;
		case 1080: goto st1080;
		case 1081: goto st1081;
		case 1082: goto st1082;
		case 1083: goto st1083;
		case 1084: goto st1084;
		case 1085: goto st1085;
		case 1086: goto st1086;
		case 1087: goto st1087;
		case 1088: goto st1088;
		case 1089: goto st1089;
		case 1090: goto st1090;
		case 1091: goto st1091;
		case 1092: goto st1092;
		case 1093: goto st1093;
		case 1094: goto st1094;
		case 1095: goto st1095;
		case 1096: goto st1096;
		case 1097: goto st1097;
		case 1098: goto st1098;
		case 1099: goto st1099;
		case 1100: goto st1100;
		case 1101: goto st1101;
		case 1505: goto st1505;
		case 1102: goto st1102;
		case 1103: goto st1103;
		case 1104: goto st1104;
		case 1105: goto st1105;
		case 1106: goto st1106;
		case 1107: goto st1107;
		case 1108: goto st1108;
		case 1109: goto st1109;
		case 1110: goto st1110;
		case 1111: goto st1111;
		case 1112: goto st1112;
		case 1113: goto st1113;
		case 1114: goto st1114;
		case 1115: goto st1115;
		case 1506: goto st1506;
		case 1116: goto st1116;
		case 1117: goto st1117;
		case 1118: goto st1118;
		case 1119: goto st1119;
		case 1120: goto st1120;
		case 1121: goto st1121;
		case 1122: goto st1122;
		case 1123: goto st1123;
		case 1124: goto st1124;
		case 1507: goto st1507;
		case 1125: goto st1125;
		case 1126: goto st1126;
		case 1127: goto st1127;
		case 1128: goto st1128;
		case 1129: goto st1129;
		case 1130: goto st1130;
		case 1131: goto st1131;
		case 1508: goto st1508;
		case 1132: goto st1132;
		case 1133: goto st1133;
		case 1134: goto st1134;
		case 1135: goto st1135;
		case 1136: goto st1136;
		case 1137: goto st1137;
		case 1138: goto st1138;
		case 1139: goto st1139;
		case 1509: goto st1509;
		case 1140: goto st1140;
		case 1141: goto st1141;
		case 1142: goto st1142;
		case 1143: goto st1143;
		case 1144: goto st1144;
		case 1145: goto st1145;
		case 1146: goto st1146;
		case 1147: goto st1147;
		case 1510: goto st1510;
		case 1148: goto st1148;
		case 1149: goto st1149;
		case 1150: goto st1150;
		case 1151: goto st1151;
		case 1152: goto st1152;
		case 1153: goto st1153;
		case 1154: goto st1154;
		case 1155: goto st1155;
		case 1156: goto st1156;
		case 1157: goto st1157;
		case 1158: goto st1158;
		case 1159: goto st1159;
		case 1160: goto st1160;
		case 1161: goto st1161;
		case 1162: goto st1162;
		case 1163: goto st1163;
		case 1164: goto st1164;
		case 1165: goto st1165;
		case 1166: goto st1166;
		case 1167: goto st1167;
		case 1168: goto st1168;
		case 1169: goto st1169;
		case 1170: goto st1170;
		case 1171: goto st1171;
		case 1172: goto st1172;
		case 1173: goto st1173;
		case 1174: goto st1174;
		case 1175: goto st1175;
		case 1176: goto st1176;
		case 1177: goto st1177;
		case 1178: goto st1178;
		case 1511: goto st1511;
		case 1179: goto st1179;
		case 1180: goto st1180;
		case 1181: goto st1181;
		case 1182: goto st1182;
		case 1183: goto st1183;
		case 1184: goto st1184;
		case 1185: goto st1185;
		case 1186: goto st1186;
		case 1187: goto st1187;
		case 1188: goto st1188;
		case 1189: goto st1189;
		case 1190: goto st1190;
		case 1191: goto st1191;
		case 1192: goto st1192;
		case 1193: goto st1193;
		case 1194: goto st1194;
		case 1195: goto st1195;
		case 1196: goto st1196;
		case 1197: goto st1197;
		case 1198: goto st1198;
		case 1199: goto st1199;
		case 1200: goto st1200;
		case 1201: goto st1201;
		case 1202: goto st1202;
		case 1512: goto st1512;
		case 1203: goto st1203;
		case 1204: goto st1204;
		case 1205: goto st1205;
		case 1206: goto st1206;
		case 1207: goto st1207;
		case 1208: goto st1208;
		case 1209: goto st1209;
		case 1210: goto st1210;
		case 1211: goto st1211;
		case 1212: goto st1212;
		case 1213: goto st1213;
		case 1214: goto st1214;
		case 1215: goto st1215;
		case 1513: goto st1513;
		case 1216: goto st1216;
		case 1217: goto st1217;
		case 1218: goto st1218;
		case 1219: goto st1219;
		case 1514: goto st1514;
		case 1220: goto st1220;
		case 1221: goto st1221;
		case 1222: goto st1222;
		case 1223: goto st1223;
		case 1515: goto st1515;
		case 1224: goto st1224;
		case 1225: goto st1225;
		case 1226: goto st1226;
		case 1227: goto st1227;
		case 1228: goto st1228;
		case 1229: goto st1229;
		case 1516: goto st1516;
		case 1230: goto st1230;
		case 1231: goto st1231;
		case 1232: goto st1232;
		case 1233: goto st1233;
		case 1517: goto st1517;
		case 1234: goto st1234;
		case 1235: goto st1235;
		case 1236: goto st1236;
		case 1237: goto st1237;
		case 1238: goto st1238;
		case 1239: goto st1239;
		case 1518: goto st1518;
		case 1240: goto st1240;
		case 1241: goto st1241;
		case 1242: goto st1242;
		case 1243: goto st1243;
		case 1244: goto st1244;
		case 1245: goto st1245;
		case 1246: goto st1246;
		case 1247: goto st1247;
		case 1248: goto st1248;
		case 1249: goto st1249;
		case 1250: goto st1250;
		case 1251: goto st1251;
		case 1252: goto st1252;
		case 1253: goto st1253;
		case 1254: goto st1254;
		case 1255: goto st1255;
		case 1256: goto st1256;
		case 1257: goto st1257;
		case 1519: goto st1519;
		case 1258: goto st1258;
		case 1259: goto st1259;
		case 1260: goto st1260;
		case 1261: goto st1261;
		case 1262: goto st1262;
		case 1263: goto st1263;
		case 1264: goto st1264;
		case 1265: goto st1265;
		case 1266: goto st1266;
		case 1267: goto st1267;
		case 1268: goto st1268;
		case 1269: goto st1269;
		case 1270: goto st1270;
		case 1271: goto st1271;
		case 1272: goto st1272;
		case 1273: goto st1273;
		case 1274: goto st1274;
		case 1275: goto st1275;
		case 1276: goto st1276;
		case 1277: goto st1277;
		case 1278: goto st1278;
		case 1279: goto st1279;
		case 1280: goto st1280;
		case 1281: goto st1281;
		case 1282: goto st1282;
		case 1283: goto st1283;
		case 1284: goto st1284;
		case 1285: goto st1285;
		case 1286: goto st1286;
		case 1287: goto st1287;
		case 1288: goto st1288;
		case 1289: goto st1289;
		case 1520: goto st1520;
		case 1290: goto st1290;
		case 1291: goto st1291;
		case 1292: goto st1292;
		case 1293: goto st1293;
		case 1294: goto st1294;
		case 1295: goto st1295;
		case 1521: goto st1521;
		case 1296: goto st1296;
		case 1297: goto st1297;
		case 1298: goto st1298;
		case 1299: goto st1299;
		case 1300: goto st1300;
		case 1301: goto st1301;
		case 1302: goto st1302;
		case 1522: goto st1522;
		case 1303: goto st1303;
		case 1304: goto st1304;
		case 1305: goto st1305;
		case 1306: goto st1306;
		case 1307: goto st1307;
		case 1308: goto st1308;
		case 1309: goto st1309;
		case 1310: goto st1310;
		case 1311: goto st1311;
		case 1312: goto st1312;
		case 1313: goto st1313;
		case 1314: goto st1314;
		case 1315: goto st1315;
		case 1316: goto st1316;
		case 1317: goto st1317;
		case 1318: goto st1318;
		case 1319: goto st1319;
		case 1320: goto st1320;
		case 1321: goto st1321;
		case 1322: goto st1322;
		case 1323: goto st1323;
		case 1324: goto st1324;
		case 1325: goto st1325;
		case 1326: goto st1326;
		case 1327: goto st1327;
		case 1328: goto st1328;
		case 1329: goto st1329;
		case 1330: goto st1330;
		case 1331: goto st1331;
		case 1332: goto st1332;
		case 1333: goto st1333;
		case 1334: goto st1334;
		case 1335: goto st1335;
		case 1336: goto st1336;
		case 1337: goto st1337;
		case 1338: goto st1338;
		case 1339: goto st1339;
		case 1340: goto st1340;
		case 1341: goto st1341;
		case 1342: goto st1342;
		case 1343: goto st1343;
		case 1344: goto st1344;
		case 1345: goto st1345;
		case 1346: goto st1346;
		case 1347: goto st1347;
		case 1348: goto st1348;
		case 1349: goto st1349;
		case 1350: goto st1350;
		case 1351: goto st1351;
		case 1352: goto st1352;
		case 1353: goto st1353;
		case 1354: goto st1354;
		case 1355: goto st1355;
		case 1356: goto st1356;
		case 1357: goto st1357;
		case 1358: goto st1358;
		case 1359: goto st1359;
		case 1360: goto st1360;
		case 1361: goto st1361;
		case 1362: goto st1362;
		case 1363: goto st1363;
		case 1364: goto st1364;
		case 1365: goto st1365;
		case 1366: goto st1366;
		case 1367: goto st1367;
		case 1368: goto st1368;
		case 1369: goto st1369;
		case 1370: goto st1370;
		case 1371: goto st1371;
		case 1523: goto st1523;
		case 1372: goto st1372;
		case 1373: goto st1373;
		case 1374: goto st1374;
		case 1375: goto st1375;
		case 1376: goto st1376;
		case 1377: goto st1377;
		case 1378: goto st1378;
		case 1379: goto st1379;
		case 1380: goto st1380;
		case 1381: goto st1381;
		case 1382: goto st1382;
		case 1383: goto st1383;
		case 1384: goto st1384;
		case 1385: goto st1385;
		case 1386: goto st1386;
		case 1387: goto st1387;
		case 1388: goto st1388;
		case 1389: goto st1389;
		case 1390: goto st1390;
		case 1391: goto st1391;
		case 1392: goto st1392;
		case 1393: goto st1393;
		case 1394: goto st1394;
		case 1524: goto st1524;
		case 1395: goto st1395;
		case 1396: goto st1396;
		case 1397: goto st1397;
		case 1525: goto st1525;
		case 1398: goto st1398;
		case 1399: goto st1399;
		case 1400: goto st1400;
		case 1401: goto st1401;
		case 1402: goto st1402;
		case 1403: goto st1403;
		case 1404: goto st1404;
		case 1405: goto st1405;
		case 1406: goto st1406;
		case 1407: goto st1407;
		case 1408: goto st1408;
		case 1409: goto st1409;
		case 1410: goto st1410;
		case 1411: goto st1411;
		case 1412: goto st1412;
		case 1413: goto st1413;
		case 1414: goto st1414;
		case 1526: goto st1526;
		case 1415: goto st1415;
		case 1527: goto st1527;
		case 1416: goto st1416;
		case 1417: goto st1417;
		case 1418: goto st1418;
		case 1419: goto st1419;
		case 1420: goto st1420;
		case 1421: goto st1421;
		case 1528: goto st1528;
		case 1422: goto st1422;
		case 1423: goto st1423;
		case 1424: goto st1424;
		case 1425: goto st1425;
		case 1426: goto st1426;
		case 1427: goto st1427;
		case 1529: goto st1529;
		case 1428: goto st1428;
		case 1429: goto st1429;
		case 1430: goto st1430;
		case 1431: goto st1431;
		case 1530: goto st1530;
		case 1432: goto st1432;
		case 1433: goto st1433;
		case 1434: goto st1434;
		case 1435: goto st1435;
		case 1436: goto st1436;
		case 1437: goto st1437;
		case 1438: goto st1438;
		case 1439: goto st1439;
		case 1440: goto st1440;
		case 1441: goto st1441;
		case 1442: goto st1442;
		case 1443: goto st1443;
		case 1444: goto st1444;
		case 1531: goto st1531;
		case 1445: goto st1445;
		case 1446: goto st1446;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch (  ps->cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 33u: goto tr0;
		case 37u: goto st0;
		case 42u: goto tr2;
		case 43u: goto tr3;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 44u <= (*p) && (*p) <= 126u )
				goto tr0;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr0;
	goto tr4;
st0:
 ps->cs = 0;
	goto _out;
tr0:
#line 33 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 71 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_TAG) - 1; }
	goto st2;
tr4:
#line 33 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
	goto st2;
tr6:
#line 71 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_TAG) - 1; }
	goto st2;
tr7:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 2099 "server.c"
	switch( (*p) ) {
		case 32u: goto tr5;
		case 33u: goto tr6;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 43u ) {
			if ( 44u <= (*p) && (*p) <= 126u )
				goto tr6;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr6;
	goto tr7;
tr5:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 31 "server.rl"
	{ ps->msg->tag.off = ps->tok_off; ps->msg->tag.len = ps->tok_len; }
	goto st3;
tr8:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 3; goto _out;} }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 2134 "server.c"
	switch( (*p) ) {
		case 32u: goto tr8;
		case 33u: goto tr9;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr9;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr9;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr9;
		} else
			goto st0;
	} else
		goto st0;
	goto tr10;
tr13:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 4; goto _out;} }
	goto st4;
tr9:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st4;
tr10:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 4; goto _out;} }
	goto st4;
tr12:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 2177 "server.c"
	switch( (*p) ) {
		case 10u: goto tr11;
		case 13u: goto tr11;
		case 32u: goto tr11;
		case 33u: goto tr12;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr12;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr12;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr12;
		} else
			goto st0;
	} else
		goto st0;
	goto tr13;
tr11:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 42 "server.rl"
	{ { int t = server_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st1447;
tr24:
#line 85 "server.rl"
	{ p--; {goto st1421;} }
	goto st1447;
st1447:
	if ( ++p == pe )
		goto _test_eof1447;
case 1447:
#line 2219 "server.c"
	goto st0;
tr2:
#line 32 "server.rl"
	{ ps->msg->kind = IK_MSG_UNTAGGED; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 2227 "server.c"
	if ( (*p) == 32u )
		goto st6;
	goto st0;
tr15:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 6; goto _out;} }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 2237 "server.c"
	switch( (*p) ) {
		case 32u: goto tr15;
		case 33u: goto tr16;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 43u ) {
		if ( (*p) < 35u ) {
			if ( (*p) <= 34u )
				goto st0;
		} else if ( (*p) > 39u ) {
			if ( 40u <= (*p) && (*p) <= 42u )
				goto st0;
		} else
			goto tr16;
	} else if ( (*p) > 47u ) {
		if ( (*p) < 58u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr17;
		} else if ( (*p) > 91u ) {
			if ( (*p) > 93u ) {
				if ( 94u <= (*p) && (*p) <= 126u )
					goto tr16;
			} else if ( (*p) >= 92u )
				goto st0;
		} else
			goto tr16;
	} else
		goto tr16;
	goto tr18;
tr20:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 7; goto _out;} }
	goto st7;
tr18:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 7; goto _out;} }
	goto st7;
tr16:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 2282 "server.c"
	switch( (*p) ) {
		case 10u: goto tr11;
		case 13u: goto tr11;
		case 32u: goto tr11;
		case 33u: goto st7;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st7;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st7;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st7;
		} else
			goto st0;
	} else
		goto st0;
	goto tr20;
tr17:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 8; goto _out;} }
      p = num_last;
    }
  }
	goto st8;
tr22:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 8; goto _out;} }
      p = num_last;
    }
  }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 2332 "server.c"
	if ( (*p) == 32u )
		goto tr21;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr22;
	goto st0;
tr23:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 9; goto _out;} }
	goto st9;
tr21:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 9; goto _out;} }
  }
#line 35 "server.rl"
	{
    ps->msg->number = ps->num;
    ps->msg->has_number = 1;
    ps->msg->number_span.off = ik_b_off(ps, ps->mark);
    ps->msg->number_span.len = (uint32_t)(p - ps->mark);
  }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 2355 "server.c"
	switch( (*p) ) {
		case 32u: goto tr23;
		case 33u: goto tr16;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 43u ) {
		if ( (*p) < 35u ) {
			if ( (*p) <= 34u )
				goto st0;
		} else if ( (*p) > 39u ) {
			if ( 40u <= (*p) && (*p) <= 42u )
				goto st0;
		} else
			goto tr16;
	} else if ( (*p) > 47u ) {
		if ( (*p) < 58u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st0;
		} else if ( (*p) > 91u ) {
			if ( (*p) > 93u ) {
				if ( 94u <= (*p) && (*p) <= 126u )
					goto tr16;
			} else if ( (*p) >= 92u )
				goto st0;
		} else
			goto tr16;
	} else
		goto tr16;
	goto tr18;
tr3:
#line 34 "server.rl"
	{ ps->msg->kind = IK_MSG_CONTINUATION; ps->msg->name = IK_KW_NONE; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 2393 "server.c"
	switch( (*p) ) {
		case 10u: goto tr24;
		case 13u: goto tr24;
		case 32u: goto tr24;
	}
	goto st0;
tr28:
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 11; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 11;goto st11;}}
    }
  }
	goto st11;
tr35:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 11; goto _out;} }
	goto st11;
tr36:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 11; goto _out;} }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 11; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 11;goto st11;}}
    }
  }
	goto st11;
tr44:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 11; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st11;
tr45:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 11; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 11; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 11;goto st11;}}
    }
  }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 2438 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st11;
		case 34u: goto tr27;
		case 40u: goto tr28;
		case 41u: goto tr29;
		case 91u: goto tr30;
		case 93u: goto st0;
		case 123u: goto tr31;
		case 126u: goto tr32;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr25;
	goto tr33;
tr25:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st12;
tr30:
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 12; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 12;goto st22;}}
    }
  }
	goto st12;
tr33:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st12;
tr38:
#line 26 "generic.rl"
	{
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 12; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 12;goto st22;}}
    }
  }
	goto st12;
tr39:
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 2489 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr35;
		case 34u: goto st0;
		case 40u: goto tr36;
		case 41u: goto tr37;
		case 91u: goto tr38;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st12;
	goto tr39;
tr29:
#line 58 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1448;
tr37:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1448; goto _out;} }
#line 58 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1448;
tr46:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1448; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 58 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1448;
st1448:
	if ( ++p == pe )
		goto _test_eof1448;
case 1448:
#line 2519 "server.c"
	goto st0;
tr27:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st13;
tr40:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st13;
tr43:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st13;
tr47:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 2540 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr41;
		case 92u: goto st15;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr40;
	goto tr43;
tr41:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st14;
tr54:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 14; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 14; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st14;
tr56:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 14; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 2580 "server.c"
	switch( (*p) ) {
		case 32u: goto tr44;
		case 40u: goto tr45;
		case 41u: goto tr46;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 34u: goto tr47;
		case 92u: goto tr47;
	}
	goto st0;
tr31:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 2602 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr48;
	goto st0;
tr48:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 17; goto _out;} }
      p = num_last;
    }
  }
	goto st17;
tr51:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 17; goto _out;} }
      p = num_last;
    }
  }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 2628 "server.c"
	switch( (*p) ) {
		case 43u: goto tr49;
		case 45u: goto tr50;
		case 125u: goto tr52;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr51;
	goto st0;
tr49:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 18; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st18;
tr50:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 18; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 18; goto _out;} }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 2652 "server.c"
	if ( (*p) == 125u )
		goto st19;
	goto st0;
tr52:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 19; goto _out;} }
  }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 2664 "server.c"
	switch( (*p) ) {
		case 10u: goto tr54;
		case 13u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 10u )
		goto tr56;
	goto st0;
tr32:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 2684 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr35;
		case 34u: goto st0;
		case 40u: goto tr36;
		case 41u: goto tr37;
		case 91u: goto tr38;
		case 93u: goto st0;
		case 123u: goto st16;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st12;
	goto tr39;
tr61:
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 22; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 22;goto st11;}}
    }
  }
	goto st22;
tr68:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 22; goto _out;} }
	goto st22;
tr69:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 22; goto _out;} }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 22; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 22;goto st11;}}
    }
  }
	goto st22;
tr77:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 22; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st22;
tr78:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 22; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 22; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 22;goto st11;}}
    }
  }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 2738 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st22;
		case 34u: goto tr60;
		case 40u: goto tr61;
		case 41u: goto st0;
		case 91u: goto tr62;
		case 93u: goto tr63;
		case 123u: goto tr64;
		case 126u: goto tr65;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr58;
	goto tr66;
tr58:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st23;
tr62:
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 23; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 23;goto st22;}}
    }
  }
	goto st23;
tr66:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st23;
tr70:
#line 26 "generic.rl"
	{
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 23; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 23;goto st22;}}
    }
  }
	goto st23;
tr72:
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 2789 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr68;
		case 34u: goto st0;
		case 40u: goto tr69;
		case 41u: goto st0;
		case 91u: goto tr70;
		case 93u: goto tr71;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st23;
	goto tr72;
tr63:
#line 44 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st1449;
tr71:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1449; goto _out;} }
#line 44 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st1449;
tr79:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1449; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 44 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st1449;
st1449:
	if ( ++p == pe )
		goto _test_eof1449;
case 1449:
#line 2834 "server.c"
	goto st0;
tr60:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st24;
tr73:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st24;
tr76:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st24;
tr80:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 2855 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr74;
		case 92u: goto st26;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr73;
	goto tr76;
tr74:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st25;
tr87:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 25; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 25; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st25;
tr89:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 25; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 2895 "server.c"
	switch( (*p) ) {
		case 32u: goto tr77;
		case 40u: goto tr78;
		case 93u: goto tr79;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 34u: goto tr80;
		case 92u: goto tr80;
	}
	goto st0;
tr64:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
#line 2917 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr81;
	goto st0;
tr81:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 28; goto _out;} }
      p = num_last;
    }
  }
	goto st28;
tr84:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 28; goto _out;} }
      p = num_last;
    }
  }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 2943 "server.c"
	switch( (*p) ) {
		case 43u: goto tr82;
		case 45u: goto tr83;
		case 125u: goto tr85;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr84;
	goto st0;
tr82:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 29; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st29;
tr83:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 29; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 29; goto _out;} }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 2967 "server.c"
	if ( (*p) == 125u )
		goto st30;
	goto st0;
tr85:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 30; goto _out;} }
  }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 2979 "server.c"
	switch( (*p) ) {
		case 10u: goto tr87;
		case 13u: goto st31;
	}
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	if ( (*p) == 10u )
		goto tr89;
	goto st0;
tr65:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
#line 2999 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr68;
		case 34u: goto st0;
		case 40u: goto tr69;
		case 41u: goto st0;
		case 91u: goto tr70;
		case 93u: goto tr71;
		case 123u: goto st27;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st23;
	goto tr72;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 32u: goto st34;
		case 93u: goto tr92;
	}
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr93;
	goto tr94;
tr97:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st35;
tr93:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st35;
tr94:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 3050 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto tr96;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st35;
	goto tr97;
tr92:
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1450;
tr96:
#line 166 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 78 "generic.rl"
	{
    if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1450; goto _out;}
  }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1450;
st1450:
	if ( ++p == pe )
		goto _test_eof1450;
case 1450:
#line 3077 "server.c"
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 10u: goto tr98;
		case 13u: goto st37;
		case 32u: goto tr100;
	}
	goto st0;
tr98:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1451; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1451;
tr101:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1451;
tr102:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1451; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1451; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1451;
tr108:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 60 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 1451; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1451; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1451;
st1451:
	if ( ++p == pe )
		goto _test_eof1451;
case 1451:
#line 3114 "server.c"
	goto st0;
tr103:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 37; goto _out;} }
	goto st37;
tr109:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 60 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 37; goto _out;} }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 3130 "server.c"
	if ( (*p) == 10u )
		goto tr101;
	goto st0;
tr100:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st38;
tr110:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 60 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 38; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 3149 "server.c"
	switch( (*p) ) {
		case 10u: goto tr102;
		case 13u: goto tr103;
		case 32u: goto tr104;
		case 33u: goto tr105;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr105;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr105;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr105;
		} else
			goto st0;
	} else
		goto st0;
	goto tr106;
tr104:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 39; goto _out;} }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 3183 "server.c"
	switch( (*p) ) {
		case 10u: goto tr102;
		case 13u: goto tr103;
		case 32u: goto st39;
		case 33u: goto tr105;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr105;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr105;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr105;
		} else
			goto st0;
	} else
		goto st0;
	goto tr106;
tr112:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 40; goto _out;} }
	goto st40;
tr105:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st40;
tr106:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 40; goto _out;} }
	goto st40;
tr111:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 3228 "server.c"
	switch( (*p) ) {
		case 10u: goto tr108;
		case 13u: goto tr109;
		case 32u: goto tr110;
		case 33u: goto tr111;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr111;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr111;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr111;
		} else
			goto st0;
	} else
		goto st0;
	goto tr112;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 32u )
		goto st42;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 32u: goto tr114;
		case 40u: goto tr115;
	}
	goto st0;
tr114:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 43; goto _out;} }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 3278 "server.c"
	switch( (*p) ) {
		case 32u: goto st43;
		case 40u: goto tr115;
	}
	goto st0;
tr115:
#line 213 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 44; goto _out;} } }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 3290 "server.c"
	switch( (*p) ) {
		case 32u: goto tr117;
		case 33u: goto tr118;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr119;
		case 42u: goto st0;
		case 92u: goto tr120;
		case 93u: goto tr121;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr118;
	} else
		goto st0;
	goto tr122;
tr117:
#line 218 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 3315 "server.c"
	switch( (*p) ) {
		case 32u: goto st45;
		case 41u: goto tr124;
	}
	goto st0;
tr119:
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st46;
tr124:
#line 219 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 46; goto _out;} }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st46;
tr134:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 46; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 3335 "server.c"
	switch( (*p) ) {
		case 10u: goto tr125;
		case 13u: goto st47;
		case 32u: goto tr127;
	}
	goto st0;
tr125:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1452; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1452;
tr128:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1452;
tr129:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1452; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1452; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1452;
st1452:
	if ( ++p == pe )
		goto _test_eof1452;
case 1452:
#line 3357 "server.c"
	goto st0;
tr130:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 47; goto _out;} }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 3365 "server.c"
	if ( (*p) == 10u )
		goto tr128;
	goto st0;
tr127:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 3375 "server.c"
	switch( (*p) ) {
		case 10u: goto tr129;
		case 13u: goto tr130;
		case 32u: goto st48;
	}
	goto st0;
tr136:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
tr118:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st49;
tr122:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
tr133:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st49;
tr121:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
tr135:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 3406 "server.c"
	switch( (*p) ) {
		case 32u: goto tr132;
		case 33u: goto tr133;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr134;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr135;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr133;
	} else
		goto st0;
	goto tr136;
tr132:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 50; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 218 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 3432 "server.c"
	switch( (*p) ) {
		case 32u: goto tr137;
		case 33u: goto tr118;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr124;
		case 42u: goto st0;
		case 92u: goto tr120;
		case 93u: goto tr121;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr118;
	} else
		goto st0;
	goto tr122;
tr137:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 51; goto _out;} }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 3457 "server.c"
	switch( (*p) ) {
		case 32u: goto st51;
		case 33u: goto tr118;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr124;
		case 42u: goto st0;
		case 92u: goto tr120;
		case 93u: goto tr121;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr118;
	} else
		goto st0;
	goto tr122;
tr120:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 3482 "server.c"
	switch( (*p) ) {
		case 33u: goto tr133;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr135;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr133;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr133;
	goto tr136;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 32u )
		goto st54;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 32u: goto tr140;
		case 40u: goto tr141;
	}
	goto st0;
tr140:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 55; goto _out;} }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 3525 "server.c"
	switch( (*p) ) {
		case 32u: goto st55;
		case 40u: goto tr141;
	}
	goto st0;
tr141:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 56; goto _out;} }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 3537 "server.c"
	switch( (*p) ) {
		case 34u: goto tr143;
		case 123u: goto tr144;
	}
	goto st0;
tr143:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st57;
tr145:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st57;
tr148:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st57;
tr164:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 3562 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr146;
		case 92u: goto st67;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr145;
	goto tr148;
tr146:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st58;
tr161:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 58; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 58; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st58;
tr163:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 58; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 3602 "server.c"
	switch( (*p) ) {
		case 32u: goto tr149;
		case 41u: goto tr150;
	}
	goto st0;
tr149:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 59; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 3615 "server.c"
	switch( (*p) ) {
		case 32u: goto tr151;
		case 34u: goto tr143;
		case 41u: goto tr152;
		case 123u: goto tr144;
	}
	goto st0;
tr151:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 60; goto _out;} }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 3629 "server.c"
	switch( (*p) ) {
		case 32u: goto st60;
		case 34u: goto tr143;
		case 41u: goto tr152;
		case 123u: goto tr144;
	}
	goto st0;
tr150:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 61; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st61;
tr152:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 61; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
#line 3648 "server.c"
	switch( (*p) ) {
		case 32u: goto tr154;
		case 41u: goto tr154;
	}
	goto st0;
tr154:
#line 93 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1453;
st1453:
	if ( ++p == pe )
		goto _test_eof1453;
case 1453:
#line 3660 "server.c"
	goto st0;
tr144:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 3668 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr155;
	goto st0;
tr155:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 63; goto _out;} }
      p = num_last;
    }
  }
	goto st63;
tr158:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 63; goto _out;} }
      p = num_last;
    }
  }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 3694 "server.c"
	switch( (*p) ) {
		case 43u: goto tr156;
		case 45u: goto tr157;
		case 125u: goto tr159;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr158;
	goto st0;
tr156:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 64; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st64;
tr157:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 64; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 64; goto _out;} }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 3718 "server.c"
	if ( (*p) == 125u )
		goto st65;
	goto st0;
tr159:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 65; goto _out;} }
  }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 3730 "server.c"
	switch( (*p) ) {
		case 10u: goto tr161;
		case 13u: goto st66;
	}
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 10u )
		goto tr163;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 34u: goto tr164;
		case 92u: goto tr164;
	}
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	if ( (*p) == 32u )
		goto st69;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 32u: goto tr166;
		case 40u: goto tr167;
	}
	goto st0;
tr166:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 70; goto _out;} }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 3774 "server.c"
	switch( (*p) ) {
		case 32u: goto st70;
		case 40u: goto tr167;
	}
	goto st0;
tr167:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 71; goto _out;} }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 3786 "server.c"
	switch( (*p) ) {
		case 34u: goto tr170;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr171;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr169;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr169;
	goto tr172;
tr176:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 72; goto _out;} }
	goto st72;
tr172:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 72; goto _out;} }
	goto st72;
tr169:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st72;
tr174:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 3823 "server.c"
	switch( (*p) ) {
		case 32u: goto tr173;
		case 33u: goto tr174;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr175;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr174;
	} else
		goto st0;
	goto tr176;
tr173:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 73; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st73;
tr184:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 73; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 3857 "server.c"
	switch( (*p) ) {
		case 32u: goto st73;
		case 41u: goto tr178;
	}
	goto st0;
tr178:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 74; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st74;
tr175:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 74; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st74;
tr185:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 74; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
#line 3883 "server.c"
	switch( (*p) ) {
		case 32u: goto tr179;
		case 41u: goto tr179;
	}
	goto st0;
tr179:
#line 93 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1454;
st1454:
	if ( ++p == pe )
		goto _test_eof1454;
case 1454:
#line 3895 "server.c"
	goto st0;
tr170:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st75;
tr180:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st75;
tr183:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st75;
tr186:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
#line 3916 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr181;
		case 92u: goto st77;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr180;
	goto tr183;
tr181:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st76;
tr193:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 76; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 76; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st76;
tr195:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 76; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
#line 3956 "server.c"
	switch( (*p) ) {
		case 32u: goto tr184;
		case 41u: goto tr185;
	}
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 34u: goto tr186;
		case 92u: goto tr186;
	}
	goto st0;
tr171:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
#line 3977 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr187;
	goto st0;
tr187:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 79; goto _out;} }
      p = num_last;
    }
  }
	goto st79;
tr190:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 79; goto _out;} }
      p = num_last;
    }
  }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
#line 4003 "server.c"
	switch( (*p) ) {
		case 43u: goto tr188;
		case 45u: goto tr189;
		case 125u: goto tr191;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr190;
	goto st0;
tr188:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 80; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st80;
tr189:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 80; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 80; goto _out;} }
	goto st80;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
#line 4027 "server.c"
	if ( (*p) == 125u )
		goto st81;
	goto st0;
tr191:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 81; goto _out;} }
  }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
#line 4039 "server.c"
	switch( (*p) ) {
		case 10u: goto tr193;
		case 13u: goto st82;
	}
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	if ( (*p) == 10u )
		goto tr195;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	if ( (*p) == 32u )
		goto st84;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr198;
		case 34u: goto tr199;
		case 40u: goto tr200;
		case 41u: goto st0;
		case 91u: goto tr201;
		case 93u: goto st0;
		case 123u: goto tr202;
		case 126u: goto tr203;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr197;
	goto tr204;
tr197:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st85;
tr201:
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 85; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 85;goto st22;}}
    }
  }
	goto st85;
tr204:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st85;
tr207:
#line 26 "generic.rl"
	{
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 85; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 85;goto st22;}}
    }
  }
	goto st85;
tr208:
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st85;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
#line 4113 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr206;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr206;
		case 91u: goto tr207;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st85;
	goto tr208;
tr216:
#line 93 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1455;
tr206:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1455; goto _out;} }
#line 93 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1455;
tr214:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1455; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 93 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1455;
st1455:
	if ( ++p == pe )
		goto _test_eof1455;
case 1455:
#line 4143 "server.c"
	goto st0;
tr198:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 86; goto _out;} }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
#line 4151 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st86;
		case 34u: goto tr199;
		case 40u: goto tr200;
		case 41u: goto st0;
		case 91u: goto tr201;
		case 93u: goto st0;
		case 123u: goto tr202;
		case 126u: goto tr203;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr197;
	goto tr204;
tr199:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st87;
tr210:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st87;
tr213:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st87;
tr215:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st87;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
#line 4187 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr211;
		case 92u: goto st89;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr210;
	goto tr213;
tr211:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st88;
tr223:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 88; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 88; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st88;
tr225:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 88; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 4227 "server.c"
	switch( (*p) ) {
		case 32u: goto tr214;
		case 41u: goto tr214;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 34u: goto tr215;
		case 92u: goto tr215;
	}
	goto st0;
tr200:
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 90; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 90;goto st11;}}
    }
  }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
#line 4254 "server.c"
	switch( (*p) ) {
		case 32u: goto tr216;
		case 41u: goto tr216;
	}
	goto st0;
tr202:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
#line 4266 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr217;
	goto st0;
tr217:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 92; goto _out;} }
      p = num_last;
    }
  }
	goto st92;
tr220:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 92; goto _out;} }
      p = num_last;
    }
  }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
#line 4292 "server.c"
	switch( (*p) ) {
		case 43u: goto tr218;
		case 45u: goto tr219;
		case 125u: goto tr221;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr220;
	goto st0;
tr218:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 93; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st93;
tr219:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 93; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 93; goto _out;} }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
#line 4316 "server.c"
	if ( (*p) == 125u )
		goto st94;
	goto st0;
tr221:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 94; goto _out;} }
  }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 4328 "server.c"
	switch( (*p) ) {
		case 10u: goto tr223;
		case 13u: goto st95;
	}
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	if ( (*p) == 10u )
		goto tr225;
	goto st0;
tr203:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 4348 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr206;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr206;
		case 91u: goto tr207;
		case 93u: goto st0;
		case 123u: goto st91;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st85;
	goto tr208;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	if ( (*p) == 32u )
		goto st98;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 32u: goto tr228;
		case 40u: goto tr229;
	}
	goto st0;
tr228:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 99; goto _out;} }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 4386 "server.c"
	switch( (*p) ) {
		case 32u: goto st99;
		case 40u: goto tr229;
	}
	goto st0;
tr229:
#line 83 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST_ENTRY, p)) {p++;  ps->cs = 100; goto _out;} }
#line 213 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 100; goto _out;} } }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
#line 4399 "server.c"
	switch( (*p) ) {
		case 32u: goto tr231;
		case 41u: goto tr232;
		case 92u: goto tr233;
	}
	goto st0;
tr231:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 4412 "server.c"
	switch( (*p) ) {
		case 32u: goto st101;
		case 41u: goto tr235;
	}
	goto st0;
tr232:
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st102;
tr320:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 102; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st102;
tr235:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 102; goto _out;} }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
#line 4432 "server.c"
	if ( (*p) == 32u )
		goto st103;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 32u: goto tr237;
		case 34u: goto tr238;
		case 78u: goto tr239;
		case 110u: goto tr239;
	}
	goto st0;
tr237:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 104; goto _out;} }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
#line 4453 "server.c"
	switch( (*p) ) {
		case 32u: goto st104;
		case 34u: goto tr238;
		case 78u: goto tr239;
		case 110u: goto tr239;
	}
	goto st0;
tr238:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 4467 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st138;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st106;
	goto tr243;
tr243:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st106;
tr313:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
#line 4487 "server.c"
	if ( (*p) == 34u )
		goto tr244;
	goto st0;
tr244:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st107;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
#line 4501 "server.c"
	if ( (*p) == 32u )
		goto tr245;
	goto st0;
tr245:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 108; goto _out;} }
	goto st108;
tr316:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 108; goto _out;} }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
#line 4519 "server.c"
	switch( (*p) ) {
		case 32u: goto tr246;
		case 34u: goto tr248;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr249;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr247;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr247;
	goto tr250;
tr246:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 109; goto _out;} }
	goto st109;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
#line 4546 "server.c"
	switch( (*p) ) {
		case 32u: goto st109;
		case 34u: goto tr248;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr249;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr247;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr247;
	goto tr250;
tr256:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 110; goto _out;} }
	goto st110;
tr250:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 110; goto _out;} }
	goto st110;
tr247:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st110;
tr255:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st110;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
#line 4584 "server.c"
	switch( (*p) ) {
		case 10u: goto tr252;
		case 13u: goto tr253;
		case 32u: goto tr254;
		case 33u: goto tr255;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr255;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr255;
	goto tr256;
tr271:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1456; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1456;
tr257:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1456;
tr258:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1456; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1456; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1456;
tr252:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1456; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1456; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1456;
tr300:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1456; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1456; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1456;
st1456:
	if ( ++p == pe )
		goto _test_eof1456;
case 1456:
#line 4639 "server.c"
	goto st0;
tr259:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 111; goto _out;} }
	goto st111;
tr253:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 111; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
	goto st111;
tr301:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 111; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
	goto st111;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
#line 4660 "server.c"
	if ( (*p) == 10u )
		goto tr257;
	goto st0;
tr254:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 112; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st112;
tr302:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 112; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st112;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
#line 4682 "server.c"
	switch( (*p) ) {
		case 10u: goto tr258;
		case 13u: goto tr259;
		case 32u: goto tr260;
		case 40u: goto tr261;
	}
	goto st0;
tr260:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 113; goto _out;} }
	goto st113;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
#line 4696 "server.c"
	switch( (*p) ) {
		case 10u: goto tr258;
		case 13u: goto tr259;
		case 32u: goto st113;
		case 40u: goto tr261;
	}
	goto st0;
tr261:
#line 84 "response.rl"
	{ if (!ik_r_reopen(ps, p) || !ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 114; goto _out;} }
	goto st114;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
#line 4710 "server.c"
	switch( (*p) ) {
		case 32u: goto tr263;
		case 34u: goto tr265;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr266;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr267;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr264;
	} else
		goto st0;
	goto tr268;
tr263:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st115;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
#line 4734 "server.c"
	switch( (*p) ) {
		case 32u: goto st115;
		case 41u: goto tr270;
	}
	goto st0;
tr266:
#line 85 "response.rl"
	{ ik_b_pop(ps, p + 1); ik_b_pop(ps, p + 1); }
	goto st116;
tr270:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 116; goto _out;} }
#line 85 "response.rl"
	{ ik_b_pop(ps, p + 1); ik_b_pop(ps, p + 1); }
	goto st116;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
#line 4750 "server.c"
	switch( (*p) ) {
		case 10u: goto tr271;
		case 13u: goto st111;
		case 32u: goto tr273;
	}
	goto st0;
tr273:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st117;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
#line 4763 "server.c"
	switch( (*p) ) {
		case 10u: goto tr258;
		case 13u: goto tr259;
		case 32u: goto st117;
	}
	goto st0;
tr277:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 118; goto _out;} }
	goto st118;
tr268:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 118; goto _out;} }
	goto st118;
tr264:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st118;
tr276:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st118;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
#line 4787 "server.c"
	switch( (*p) ) {
		case 32u: goto tr275;
		case 33u: goto tr276;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr276;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr276;
	goto tr277;
tr275:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 92 "response.rl"
	{ { int t = lext_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 119; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 119;  ps->cs = (t);goto _again;}} } }
	goto st119;
tr285:
#line 92 "response.rl"
	{ { int t = lext_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 119; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 119;  ps->cs = (t);goto _again;}} } }
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
#line 4822 "server.c"
	switch( (*p) ) {
		case 32u: goto tr278;
		case 41u: goto tr266;
	}
	goto st0;
tr278:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st120;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
#line 4834 "server.c"
	switch( (*p) ) {
		case 32u: goto tr279;
		case 34u: goto tr265;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr270;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr267;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr264;
	} else
		goto st0;
	goto tr268;
tr279:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 121; goto _out;} }
	goto st121;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
#line 4858 "server.c"
	switch( (*p) ) {
		case 32u: goto st121;
		case 34u: goto tr265;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr270;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr267;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr264;
	} else
		goto st0;
	goto tr268;
tr265:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st122;
tr281:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st122;
tr284:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st122;
tr286:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st122;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
#line 4895 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr282;
		case 92u: goto st124;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr281;
	goto tr284;
tr282:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st123;
tr293:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 123; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 123; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st123;
tr295:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 123; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
#line 4935 "server.c"
	if ( (*p) == 32u )
		goto tr285;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 34u: goto tr286;
		case 92u: goto tr286;
	}
	goto st0;
tr267:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st125;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
#line 4954 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr287;
	goto st0;
tr287:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 126; goto _out;} }
      p = num_last;
    }
  }
	goto st126;
tr290:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 126; goto _out;} }
      p = num_last;
    }
  }
	goto st126;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
#line 4980 "server.c"
	switch( (*p) ) {
		case 43u: goto tr288;
		case 45u: goto tr289;
		case 125u: goto tr291;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr290;
	goto st0;
tr288:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 127; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st127;
tr289:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 127; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 127; goto _out;} }
	goto st127;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
#line 5004 "server.c"
	if ( (*p) == 125u )
		goto st128;
	goto st0;
tr291:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 128; goto _out;} }
  }
	goto st128;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
#line 5016 "server.c"
	switch( (*p) ) {
		case 10u: goto tr293;
		case 13u: goto st129;
	}
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	if ( (*p) == 10u )
		goto tr295;
	goto st0;
tr248:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st130;
tr296:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st130;
tr299:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st130;
tr303:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st130;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
#line 5048 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr297;
		case 92u: goto st132;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr296;
	goto tr299;
tr297:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st131;
tr310:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 131; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 131; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st131;
tr312:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 131; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st131;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
#line 5088 "server.c"
	switch( (*p) ) {
		case 10u: goto tr300;
		case 13u: goto tr301;
		case 32u: goto tr302;
	}
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 34u: goto tr303;
		case 92u: goto tr303;
	}
	goto st0;
tr249:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st133;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
#line 5110 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr304;
	goto st0;
tr304:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 134; goto _out;} }
      p = num_last;
    }
  }
	goto st134;
tr307:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 134; goto _out;} }
      p = num_last;
    }
  }
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
#line 5136 "server.c"
	switch( (*p) ) {
		case 43u: goto tr305;
		case 45u: goto tr306;
		case 125u: goto tr308;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr307;
	goto st0;
tr305:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 135; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st135;
tr306:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 135; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
#line 5160 "server.c"
	if ( (*p) == 125u )
		goto st136;
	goto st0;
tr308:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 136; goto _out;} }
  }
	goto st136;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
#line 5172 "server.c"
	switch( (*p) ) {
		case 10u: goto tr310;
		case 13u: goto st137;
	}
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	if ( (*p) == 10u )
		goto tr312;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 34u: goto tr313;
		case 92u: goto tr313;
	}
	goto st0;
tr239:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st139;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
#line 5200 "server.c"
	switch( (*p) ) {
		case 73u: goto st140;
		case 105u: goto st140;
	}
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 76u: goto st141;
		case 108u: goto st141;
	}
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	if ( (*p) == 32u )
		goto tr316;
	goto st0;
tr233:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st142;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
#line 5228 "server.c"
	switch( (*p) ) {
		case 33u: goto tr317;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr317;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr317;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr317;
		} else
			goto st0;
	} else
		goto st0;
	goto tr318;
tr318:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 143; goto _out;} }
	goto st143;
tr317:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
#line 5262 "server.c"
	switch( (*p) ) {
		case 32u: goto tr319;
		case 33u: goto tr317;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr320;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr317;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr317;
	goto tr318;
tr319:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 144; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st144;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
#line 5292 "server.c"
	switch( (*p) ) {
		case 32u: goto tr321;
		case 41u: goto tr235;
		case 92u: goto tr233;
	}
	goto st0;
tr321:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 145; goto _out;} }
	goto st145;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
#line 5305 "server.c"
	switch( (*p) ) {
		case 32u: goto st145;
		case 41u: goto tr235;
		case 92u: goto tr233;
	}
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 10u: goto tr323;
		case 13u: goto st147;
		case 32u: goto tr325;
	}
	goto st0;
tr323:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1457; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1457;
tr326:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1457;
tr327:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1457; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1457; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1457;
tr332:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1457; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1457; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1457; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1457; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1457;
st1457:
	if ( ++p == pe )
		goto _test_eof1457;
case 1457:
#line 5353 "server.c"
	goto st0;
tr328:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 147; goto _out;} }
	goto st147;
tr333:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 147; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 147; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 147; goto _out;} }
	goto st147;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
#line 5375 "server.c"
	if ( (*p) == 10u )
		goto tr326;
	goto st0;
tr325:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st148;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
#line 5385 "server.c"
	switch( (*p) ) {
		case 10u: goto tr327;
		case 13u: goto tr328;
		case 32u: goto tr329;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr330;
	goto st0;
tr329:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 149; goto _out;} }
	goto st149;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
#line 5400 "server.c"
	switch( (*p) ) {
		case 10u: goto tr327;
		case 13u: goto tr328;
		case 32u: goto st149;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr330;
	goto st0;
tr330:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 150; goto _out;} }
      p = num_last;
    }
  }
	goto st150;
tr335:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 150; goto _out;} }
      p = num_last;
    }
  }
	goto st150;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
#line 5431 "server.c"
	switch( (*p) ) {
		case 10u: goto tr332;
		case 13u: goto tr333;
		case 32u: goto tr334;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr335;
	goto st0;
tr334:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 151; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 151; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 151; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st151;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
#line 5458 "server.c"
	switch( (*p) ) {
		case 10u: goto tr327;
		case 13u: goto tr328;
		case 32u: goto tr336;
		case 40u: goto tr337;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr330;
	goto st0;
tr336:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 152; goto _out;} }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
#line 5474 "server.c"
	switch( (*p) ) {
		case 10u: goto tr327;
		case 13u: goto tr328;
		case 32u: goto st152;
		case 40u: goto tr337;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr330;
	goto st0;
tr337:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 153; goto _out;} }
	goto st153;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
#line 5490 "server.c"
	switch( (*p) ) {
		case 77u: goto tr339;
		case 109u: goto tr339;
	}
	goto st0;
tr339:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st154;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
#line 5502 "server.c"
	switch( (*p) ) {
		case 79u: goto st155;
		case 111u: goto st155;
	}
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 68u: goto st156;
		case 100u: goto st156;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 83u: goto st157;
		case 115u: goto st157;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 69u: goto st158;
		case 101u: goto st158;
	}
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 81u: goto st159;
		case 113u: goto st159;
	}
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	if ( (*p) == 32u )
		goto tr345;
	goto st0;
tr345:
#line 32 "response.rl"
	{ if (!ik_r_attr(ps, p, 1)) {p++;  ps->cs = 160; goto _out;} }
	goto st160;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
#line 5557 "server.c"
	if ( (*p) == 32u )
		goto tr346;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr347;
	goto st0;
tr346:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 161; goto _out;} }
	goto st161;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
#line 5569 "server.c"
	if ( (*p) == 32u )
		goto st161;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr347;
	goto st0;
tr347:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 162; goto _out;} }
      p = num_last;
    }
  }
	goto st162;
tr350:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 162; goto _out;} }
      p = num_last;
    }
  }
	goto st162;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
#line 5597 "server.c"
	if ( (*p) == 41u )
		goto tr349;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr350;
	goto st0;
tr349:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 163; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 163; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 163; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st163;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
#line 5622 "server.c"
	switch( (*p) ) {
		case 10u: goto tr323;
		case 13u: goto st147;
		case 32u: goto tr351;
	}
	goto st0;
tr351:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st164;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
#line 5635 "server.c"
	switch( (*p) ) {
		case 10u: goto tr327;
		case 13u: goto tr328;
		case 32u: goto st164;
	}
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 10u: goto tr353;
		case 13u: goto st166;
		case 32u: goto tr355;
	}
	goto st0;
tr353:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1458; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1458;
tr356:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1458;
tr357:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1458; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1458; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1458;
st1458:
	if ( ++p == pe )
		goto _test_eof1458;
case 1458:
#line 5667 "server.c"
	goto st0;
tr358:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 166; goto _out;} }
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 5675 "server.c"
	if ( (*p) == 10u )
		goto tr356;
	goto st0;
tr355:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 5685 "server.c"
	switch( (*p) ) {
		case 10u: goto tr357;
		case 13u: goto tr358;
		case 32u: goto tr359;
		case 33u: goto tr360;
		case 37u: goto st0;
		case 40u: goto tr361;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 41u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr360;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr360;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr360;
		} else
			goto st0;
	} else
		goto st0;
	goto tr362;
tr359:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 168; goto _out;} }
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 5720 "server.c"
	switch( (*p) ) {
		case 10u: goto tr357;
		case 13u: goto tr358;
		case 32u: goto st168;
		case 33u: goto tr360;
		case 37u: goto st0;
		case 40u: goto tr361;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 41u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr360;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr360;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr360;
		} else
			goto st0;
	} else
		goto st0;
	goto tr362;
tr366:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 169; goto _out;} }
	goto st169;
tr360:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st169;
tr362:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 169; goto _out;} }
	goto st169;
tr365:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st169;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
#line 5766 "server.c"
	switch( (*p) ) {
		case 10u: goto tr364;
		case 13u: goto tr364;
		case 32u: goto tr364;
		case 33u: goto tr365;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr365;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr365;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr365;
		} else
			goto st0;
	} else
		goto st0;
	goto tr366;
tr385:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 170; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st170;
tr364:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 120 "response.rl"
	{ { int t = esearch_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 170; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 170;  ps->cs = (t);goto _again;}} } }
	goto st170;
tr382:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 170; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st170;
tr391:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 170; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 5824 "server.c"
	switch( (*p) ) {
		case 10u: goto tr353;
		case 13u: goto st166;
		case 32u: goto tr367;
	}
	goto st0;
tr367:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 5837 "server.c"
	switch( (*p) ) {
		case 10u: goto tr357;
		case 13u: goto tr358;
		case 32u: goto tr368;
		case 33u: goto tr360;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr360;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr360;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr360;
		} else
			goto st0;
	} else
		goto st0;
	goto tr362;
tr368:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 172; goto _out;} }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
#line 5871 "server.c"
	switch( (*p) ) {
		case 10u: goto tr357;
		case 13u: goto tr358;
		case 32u: goto st172;
		case 33u: goto tr360;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr360;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr360;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr360;
		} else
			goto st0;
	} else
		goto st0;
	goto tr362;
tr361:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 173; goto _out;} }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 5905 "server.c"
	switch( (*p) ) {
		case 84u: goto tr370;
		case 116u: goto tr370;
	}
	goto st0;
tr370:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 5917 "server.c"
	switch( (*p) ) {
		case 65u: goto st175;
		case 97u: goto st175;
	}
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 71u: goto st176;
		case 103u: goto st176;
	}
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	if ( (*p) == 32u )
		goto tr373;
	goto st0;
tr373:
#line 32 "response.rl"
	{ if (!ik_r_attr(ps, p, 1)) {p++;  ps->cs = 177; goto _out;} }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 5945 "server.c"
	switch( (*p) ) {
		case 32u: goto tr374;
		case 34u: goto tr376;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr377;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr375;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr375;
	goto tr378;
tr374:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 178; goto _out;} }
	goto st178;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
#line 5972 "server.c"
	switch( (*p) ) {
		case 32u: goto st178;
		case 34u: goto tr376;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr377;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr375;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr375;
	goto tr378;
tr383:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 179; goto _out;} }
	goto st179;
tr378:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 179; goto _out;} }
	goto st179;
tr375:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st179;
tr381:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
#line 6010 "server.c"
	switch( (*p) ) {
		case 32u: goto tr380;
		case 33u: goto tr381;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr382;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr381;
	} else
		goto st0;
	goto tr383;
tr380:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 180; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st180;
tr390:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 180; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st180;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
#line 6046 "server.c"
	switch( (*p) ) {
		case 32u: goto st180;
		case 41u: goto tr385;
	}
	goto st0;
tr376:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st181;
tr386:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st181;
tr389:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st181;
tr392:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st181;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
#line 6071 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr387;
		case 92u: goto st183;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr386;
	goto tr389;
tr387:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st182;
tr399:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 182; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 182; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st182;
tr401:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 182; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st182;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
#line 6111 "server.c"
	switch( (*p) ) {
		case 32u: goto tr390;
		case 41u: goto tr391;
	}
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 34u: goto tr392;
		case 92u: goto tr392;
	}
	goto st0;
tr377:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 6132 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr393;
	goto st0;
tr393:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 185; goto _out;} }
      p = num_last;
    }
  }
	goto st185;
tr396:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 185; goto _out;} }
      p = num_last;
    }
  }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
#line 6158 "server.c"
	switch( (*p) ) {
		case 43u: goto tr394;
		case 45u: goto tr395;
		case 125u: goto tr397;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr396;
	goto st0;
tr394:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 186; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st186;
tr395:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 186; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 186; goto _out;} }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
#line 6182 "server.c"
	if ( (*p) == 125u )
		goto st187;
	goto st0;
tr397:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 187; goto _out;} }
  }
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 6194 "server.c"
	switch( (*p) ) {
		case 10u: goto tr399;
		case 13u: goto st188;
	}
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	if ( (*p) == 10u )
		goto tr401;
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 10u: goto tr402;
		case 13u: goto tr402;
		case 32u: goto tr402;
	}
	goto st0;
tr402:
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1459;
st1459:
	if ( ++p == pe )
		goto _test_eof1459;
case 1459:
#line 6223 "server.c"
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	if ( (*p) == 32u )
		goto st191;
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	if ( (*p) == 32u )
		goto tr404;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr405;
	goto st0;
tr404:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 192; goto _out;} }
	goto st192;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
#line 6247 "server.c"
	if ( (*p) == 32u )
		goto st192;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr405;
	goto st0;
tr405:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 193; goto _out;} }
      p = num_last;
    }
  }
	goto st193;
tr408:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 193; goto _out;} }
      p = num_last;
    }
  }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
#line 6275 "server.c"
	switch( (*p) ) {
		case 10u: goto tr407;
		case 13u: goto tr407;
		case 32u: goto tr407;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr408;
	goto st0;
tr407:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1460; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1460; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1460; goto _out;} }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1460;
st1460:
	if ( ++p == pe )
		goto _test_eof1460;
case 1460:
#line 6302 "server.c"
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	if ( (*p) == 32u )
		goto st195;
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	if ( (*p) == 32u )
		goto tr410;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr411;
	goto st0;
tr410:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 196; goto _out;} }
	goto st196;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
#line 6326 "server.c"
	if ( (*p) == 32u )
		goto st196;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr411;
	goto st0;
tr411:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 197; goto _out;} }
      p = num_last;
    }
  }
	goto st197;
tr414:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 197; goto _out;} }
      p = num_last;
    }
  }
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
#line 6354 "server.c"
	switch( (*p) ) {
		case 10u: goto tr413;
		case 13u: goto tr413;
		case 32u: goto tr413;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr414;
	goto st0;
tr413:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1461; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1461; goto _out;} }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1461;
st1461:
	if ( ++p == pe )
		goto _test_eof1461;
case 1461:
#line 6378 "server.c"
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	if ( (*p) == 32u )
		goto st199;
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	if ( (*p) == 32u )
		goto tr416;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr417;
	goto st0;
tr416:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 200; goto _out;} }
	goto st200;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
#line 6402 "server.c"
	if ( (*p) == 32u )
		goto st200;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr417;
	goto st0;
tr417:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 201; goto _out;} }
      p = num_last;
    }
  }
	goto st201;
tr420:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 201; goto _out;} }
      p = num_last;
    }
  }
	goto st201;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
#line 6430 "server.c"
	switch( (*p) ) {
		case 10u: goto tr419;
		case 13u: goto tr419;
		case 32u: goto tr419;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr420;
	goto st0;
tr419:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1462; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1462; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1462; goto _out;} }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1462;
st1462:
	if ( ++p == pe )
		goto _test_eof1462;
case 1462:
#line 6457 "server.c"
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	if ( (*p) == 32u )
		goto st203;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 32u: goto tr422;
		case 36u: goto tr423;
		case 42u: goto tr424;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr425;
	goto st0;
tr422:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 204; goto _out;} }
	goto st204;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
#line 6484 "server.c"
	switch( (*p) ) {
		case 32u: goto st204;
		case 36u: goto tr423;
		case 42u: goto tr424;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr425;
	goto st0;
tr423:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 205; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 205; goto _out;} }
	goto st205;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
#line 6500 "server.c"
	switch( (*p) ) {
		case 10u: goto tr427;
		case 13u: goto tr427;
		case 32u: goto tr427;
	}
	goto st0;
tr427:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1463;
tr428:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1463; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1463;
tr433:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1463; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1463; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1463; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1463;
tr439:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1463; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1463;
tr441:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1463; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1463; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1463; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1463;
st1463:
	if ( ++p == pe )
		goto _test_eof1463;
case 1463:
#line 6560 "server.c"
	goto st0;
tr424:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 206; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st206;
tr431:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st206;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
#line 6574 "server.c"
	switch( (*p) ) {
		case 10u: goto tr428;
		case 13u: goto tr428;
		case 32u: goto tr428;
		case 44u: goto tr429;
		case 58u: goto tr430;
	}
	goto st0;
tr429:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 207; goto _out;} }
	goto st207;
tr434:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 207; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 207; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 207; goto _out;} }
	goto st207;
tr440:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 207; goto _out;} }
	goto st207;
tr442:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 207; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 207; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 207; goto _out;} }
	goto st207;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
#line 6624 "server.c"
	if ( (*p) == 42u )
		goto tr431;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr432;
	goto st0;
tr435:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 208; goto _out;} }
      p = num_last;
    }
  }
	goto st208;
tr425:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 208; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 208; goto _out;} }
      p = num_last;
    }
  }
	goto st208;
tr432:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 208; goto _out;} }
      p = num_last;
    }
  }
	goto st208;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
#line 6665 "server.c"
	switch( (*p) ) {
		case 10u: goto tr433;
		case 13u: goto tr433;
		case 32u: goto tr433;
		case 44u: goto tr434;
		case 58u: goto tr436;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr435;
	goto st0;
tr430:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st209;
tr436:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 209; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 209; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
#line 6696 "server.c"
	if ( (*p) == 42u )
		goto tr437;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr438;
	goto st0;
tr437:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st210;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
#line 6708 "server.c"
	switch( (*p) ) {
		case 10u: goto tr439;
		case 13u: goto tr439;
		case 32u: goto tr439;
		case 44u: goto tr440;
	}
	goto st0;
tr438:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 211; goto _out;} }
      p = num_last;
    }
  }
	goto st211;
tr443:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 211; goto _out;} }
      p = num_last;
    }
  }
	goto st211;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
#line 6738 "server.c"
	switch( (*p) ) {
		case 10u: goto tr441;
		case 13u: goto tr441;
		case 32u: goto tr441;
		case 44u: goto tr442;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr443;
	goto st0;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	if ( (*p) == 32u )
		goto st213;
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 32u: goto tr445;
		case 40u: goto tr446;
	}
	goto st0;
tr445:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 214; goto _out;} }
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
#line 6770 "server.c"
	switch( (*p) ) {
		case 32u: goto st214;
		case 40u: goto tr446;
	}
	goto st0;
tr446:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 215; goto _out;} }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
#line 6782 "server.c"
	if ( (*p) == 45u )
		goto tr448;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr449;
	goto st0;
tr448:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st216;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
#line 6794 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st217;
	goto st0;
tr449:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st217;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
#line 6804 "server.c"
	if ( (*p) == 58u )
		goto st218;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st217;
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	if ( (*p) == 45u )
		goto st219;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st220;
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st220;
	goto st0;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	if ( (*p) == 32u )
		goto tr454;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st220;
	goto st0;
tr454:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 221; goto _out;} }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
#line 6846 "server.c"
	switch( (*p) ) {
		case 32u: goto tr455;
		case 36u: goto tr456;
		case 42u: goto tr457;
		case 78u: goto tr459;
		case 110u: goto tr459;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr458;
	goto st0;
tr455:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 222; goto _out;} }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 6863 "server.c"
	switch( (*p) ) {
		case 32u: goto st222;
		case 36u: goto tr456;
		case 42u: goto tr457;
		case 78u: goto tr459;
		case 110u: goto tr459;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr458;
	goto st0;
tr456:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 223; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 223; goto _out;} }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
#line 6881 "server.c"
	switch( (*p) ) {
		case 32u: goto tr461;
		case 41u: goto tr462;
	}
	goto st0;
tr461:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st224;
tr466:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 224; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st224;
tr472:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 224; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 224; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 224; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st224;
tr479:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 224; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st224;
tr482:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 224; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 224; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 224; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st224;
tr488:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 224; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
#line 6949 "server.c"
	switch( (*p) ) {
		case 32u: goto st224;
		case 41u: goto tr464;
	}
	goto st0;
tr464:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 225; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st225;
tr462:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st225;
tr467:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 225; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st225;
tr473:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 225; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 225; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 225; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st225;
tr480:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 225; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st225;
tr483:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 225; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 225; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 225; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st225;
tr489:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 225; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 7021 "server.c"
	switch( (*p) ) {
		case 10u: goto tr465;
		case 13u: goto tr465;
		case 32u: goto tr465;
	}
	goto st0;
tr465:
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1464;
st1464:
	if ( ++p == pe )
		goto _test_eof1464;
case 1464:
#line 7034 "server.c"
	goto st0;
tr457:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 226; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st226;
tr470:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 7048 "server.c"
	switch( (*p) ) {
		case 32u: goto tr466;
		case 41u: goto tr467;
		case 44u: goto tr468;
		case 58u: goto tr469;
	}
	goto st0;
tr468:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 227; goto _out;} }
	goto st227;
tr474:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 227; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 227; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 227; goto _out;} }
	goto st227;
tr481:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 227; goto _out;} }
	goto st227;
tr484:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 227; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 227; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 227; goto _out;} }
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
#line 7097 "server.c"
	if ( (*p) == 42u )
		goto tr470;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr471;
	goto st0;
tr475:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 228; goto _out;} }
      p = num_last;
    }
  }
	goto st228;
tr458:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 228; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 228; goto _out;} }
      p = num_last;
    }
  }
	goto st228;
tr471:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 228; goto _out;} }
      p = num_last;
    }
  }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 7138 "server.c"
	switch( (*p) ) {
		case 32u: goto tr472;
		case 41u: goto tr473;
		case 44u: goto tr474;
		case 58u: goto tr476;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr475;
	goto st0;
tr469:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st229;
tr476:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 229; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 229; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 7168 "server.c"
	if ( (*p) == 42u )
		goto tr477;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr478;
	goto st0;
tr477:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 7180 "server.c"
	switch( (*p) ) {
		case 32u: goto tr479;
		case 41u: goto tr480;
		case 44u: goto tr481;
	}
	goto st0;
tr478:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 231; goto _out;} }
      p = num_last;
    }
  }
	goto st231;
tr485:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 231; goto _out;} }
      p = num_last;
    }
  }
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
#line 7209 "server.c"
	switch( (*p) ) {
		case 32u: goto tr482;
		case 41u: goto tr483;
		case 44u: goto tr484;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr485;
	goto st0;
tr459:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st232;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
#line 7224 "server.c"
	switch( (*p) ) {
		case 73u: goto st233;
		case 105u: goto st233;
	}
	goto st0;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	switch( (*p) ) {
		case 76u: goto st234;
		case 108u: goto st234;
	}
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 32u: goto tr488;
		case 41u: goto tr489;
	}
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	if ( (*p) == 32u )
		goto st236;
	goto st0;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	switch( (*p) ) {
		case 32u: goto tr491;
		case 40u: goto tr492;
	}
	goto st0;
tr491:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 237; goto _out;} }
	goto st237;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
#line 7270 "server.c"
	switch( (*p) ) {
		case 32u: goto st237;
		case 40u: goto tr492;
	}
	goto st0;
tr492:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 238; goto _out;} }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 7282 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr494;
	goto st0;
tr494:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 239; goto _out;} }
      p = num_last;
    }
  }
	goto st239;
tr496:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 239; goto _out;} }
      p = num_last;
    }
  }
	goto st239;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
#line 7308 "server.c"
	if ( (*p) == 32u )
		goto tr495;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr496;
	goto st0;
tr495:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 240; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 240; goto _out;} }
	goto st240;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
#line 7328 "server.c"
	switch( (*p) ) {
		case 32u: goto tr497;
		case 36u: goto tr498;
		case 42u: goto tr499;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr500;
	goto st0;
tr497:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 241; goto _out;} }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
#line 7343 "server.c"
	switch( (*p) ) {
		case 32u: goto st241;
		case 36u: goto tr498;
		case 42u: goto tr499;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr500;
	goto st0;
tr498:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 242; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 242; goto _out;} }
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
#line 7359 "server.c"
	switch( (*p) ) {
		case 32u: goto tr502;
		case 41u: goto tr503;
	}
	goto st0;
tr502:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st243;
tr508:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 243; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st243;
tr514:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 243; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 243; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 243; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st243;
tr521:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 243; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st243;
tr524:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 243; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 243; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 243; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st243;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
#line 7418 "server.c"
	switch( (*p) ) {
		case 32u: goto tr504;
		case 41u: goto tr505;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr494;
	goto st0;
tr504:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 244; goto _out;} }
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
#line 7432 "server.c"
	switch( (*p) ) {
		case 32u: goto st244;
		case 41u: goto tr505;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr494;
	goto st0;
tr505:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 245; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st245;
tr503:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st245;
tr509:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 245; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st245;
tr515:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 245; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 245; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 245; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st245;
tr522:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 245; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st245;
tr525:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 245; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 245; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 245; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st245;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
#line 7497 "server.c"
	switch( (*p) ) {
		case 10u: goto tr507;
		case 13u: goto tr507;
		case 32u: goto tr507;
	}
	goto st0;
tr507:
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1465;
st1465:
	if ( ++p == pe )
		goto _test_eof1465;
case 1465:
#line 7510 "server.c"
	goto st0;
tr499:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 246; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st246;
tr512:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st246;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
#line 7524 "server.c"
	switch( (*p) ) {
		case 32u: goto tr508;
		case 41u: goto tr509;
		case 44u: goto tr510;
		case 58u: goto tr511;
	}
	goto st0;
tr510:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 247; goto _out;} }
	goto st247;
tr516:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 247; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 247; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 247; goto _out;} }
	goto st247;
tr523:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 247; goto _out;} }
	goto st247;
tr526:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 247; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 247; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 247; goto _out;} }
	goto st247;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
#line 7573 "server.c"
	if ( (*p) == 42u )
		goto tr512;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr513;
	goto st0;
tr517:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 248; goto _out;} }
      p = num_last;
    }
  }
	goto st248;
tr500:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 248; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 248; goto _out;} }
      p = num_last;
    }
  }
	goto st248;
tr513:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 248; goto _out;} }
      p = num_last;
    }
  }
	goto st248;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
#line 7614 "server.c"
	switch( (*p) ) {
		case 32u: goto tr514;
		case 41u: goto tr515;
		case 44u: goto tr516;
		case 58u: goto tr518;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr517;
	goto st0;
tr511:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st249;
tr518:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 249; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 249; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st249;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
#line 7644 "server.c"
	if ( (*p) == 42u )
		goto tr519;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr520;
	goto st0;
tr519:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st250;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
#line 7656 "server.c"
	switch( (*p) ) {
		case 32u: goto tr521;
		case 41u: goto tr522;
		case 44u: goto tr523;
	}
	goto st0;
tr520:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 251; goto _out;} }
      p = num_last;
    }
  }
	goto st251;
tr527:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 251; goto _out;} }
      p = num_last;
    }
  }
	goto st251;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
#line 7685 "server.c"
	switch( (*p) ) {
		case 32u: goto tr524;
		case 41u: goto tr525;
		case 44u: goto tr526;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr527;
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	if ( (*p) == 32u )
		goto st253;
	goto st0;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr530;
		case 34u: goto tr531;
		case 40u: goto tr532;
		case 41u: goto st0;
		case 91u: goto tr533;
		case 93u: goto st0;
		case 123u: goto tr534;
		case 126u: goto tr535;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr529;
	goto tr536;
tr529:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st254;
tr533:
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 254; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 254;goto st22;}}
    }
  }
	goto st254;
tr536:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st254;
tr539:
#line 26 "generic.rl"
	{
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 254; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 254;goto st22;}}
    }
  }
	goto st254;
tr540:
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st254;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
#line 7755 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr538;
		case 13u: goto tr538;
		case 32u: goto tr538;
		case 34u: goto st0;
		case 91u: goto tr539;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st254;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st254;
	} else
		goto st0;
	goto tr540;
tr548:
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1466;
tr538:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1466; goto _out;} }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1466;
tr546:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1466; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 121 "response.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1466;
st1466:
	if ( ++p == pe )
		goto _test_eof1466;
case 1466:
#line 7789 "server.c"
	goto st0;
tr530:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 255; goto _out;} }
	goto st255;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
#line 7797 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st255;
		case 34u: goto tr531;
		case 40u: goto tr532;
		case 41u: goto st0;
		case 91u: goto tr533;
		case 93u: goto st0;
		case 123u: goto tr534;
		case 126u: goto tr535;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr529;
	goto tr536;
tr531:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st256;
tr542:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st256;
tr545:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st256;
tr547:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st256;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
#line 7833 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr543;
		case 92u: goto st258;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr542;
	goto tr545;
tr543:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st257;
tr555:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 257; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 257; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st257;
tr557:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 257; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st257;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
#line 7873 "server.c"
	switch( (*p) ) {
		case 10u: goto tr546;
		case 13u: goto tr546;
		case 32u: goto tr546;
	}
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 34u: goto tr547;
		case 92u: goto tr547;
	}
	goto st0;
tr532:
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 259; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 259;goto st11;}}
    }
  }
	goto st259;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
#line 7901 "server.c"
	switch( (*p) ) {
		case 10u: goto tr548;
		case 13u: goto tr548;
		case 32u: goto tr548;
	}
	goto st0;
tr534:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st260;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
#line 7914 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr549;
	goto st0;
tr549:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 261; goto _out;} }
      p = num_last;
    }
  }
	goto st261;
tr552:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 261; goto _out;} }
      p = num_last;
    }
  }
	goto st261;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
#line 7940 "server.c"
	switch( (*p) ) {
		case 43u: goto tr550;
		case 45u: goto tr551;
		case 125u: goto tr553;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr552;
	goto st0;
tr550:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 262; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st262;
tr551:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 262; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 262; goto _out;} }
	goto st262;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
#line 7964 "server.c"
	if ( (*p) == 125u )
		goto st263;
	goto st0;
tr553:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 263; goto _out;} }
  }
	goto st263;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
#line 7976 "server.c"
	switch( (*p) ) {
		case 10u: goto tr555;
		case 13u: goto st264;
	}
	goto st0;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	if ( (*p) == 10u )
		goto tr557;
	goto st0;
tr535:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st265;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
#line 7996 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr538;
		case 13u: goto tr538;
		case 32u: goto tr538;
		case 34u: goto st0;
		case 91u: goto tr539;
		case 93u: goto st0;
		case 123u: goto st260;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st254;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st254;
	} else
		goto st0;
	goto tr540;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
	if ( (*p) == 40u )
		goto tr559;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr560;
	goto st0;
tr559:
#line 142 "response.rl"
	{ if (!ik_r_open(ps, IK_N_THREAD, p)) {p++;  ps->cs = 267; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 267;goto st266;}} }
	goto st267;
tr564:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 267; goto _out;} }
#line 142 "response.rl"
	{ if (!ik_r_open(ps, IK_N_THREAD, p)) {p++;  ps->cs = 267; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 267;goto st266;}} }
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
#line 8035 "server.c"
	switch( (*p) ) {
		case 32u: goto tr561;
		case 40u: goto tr559;
		case 41u: goto tr562;
	}
	goto st0;
tr561:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st268;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
#line 8048 "server.c"
	switch( (*p) ) {
		case 32u: goto st268;
		case 40u: goto tr564;
		case 41u: goto tr565;
	}
	goto st0;
tr562:
#line 143 "response.rl"
	{ if (!ik_r_thread_close(ps, p)) {p++;  ps->cs = 1467; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1467;
tr565:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1467; goto _out;} }
#line 143 "response.rl"
	{ if (!ik_r_thread_close(ps, p)) {p++;  ps->cs = 1467; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1467;
tr567:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1467; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1467; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1467; goto _out;} }
#line 143 "response.rl"
	{ if (!ik_r_thread_close(ps, p)) {p++;  ps->cs = 1467; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1467;
st1467:
	if ( ++p == pe )
		goto _test_eof1467;
case 1467:
#line 8080 "server.c"
	goto st0;
tr560:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 269; goto _out;} }
      p = num_last;
    }
  }
	goto st269;
tr568:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 269; goto _out;} }
      p = num_last;
    }
  }
	goto st269;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
#line 8104 "server.c"
	switch( (*p) ) {
		case 32u: goto tr566;
		case 41u: goto tr567;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr568;
	goto st0;
tr566:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 270; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 270; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 270; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st270;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
#line 8130 "server.c"
	switch( (*p) ) {
		case 32u: goto tr569;
		case 40u: goto tr559;
		case 41u: goto tr565;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr560;
	goto st0;
tr569:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 271; goto _out;} }
	goto st271;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
#line 8145 "server.c"
	switch( (*p) ) {
		case 32u: goto st271;
		case 40u: goto tr559;
		case 41u: goto tr565;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr560;
	goto st0;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	switch( (*p) ) {
		case 10u: goto tr571;
		case 13u: goto st273;
		case 32u: goto tr573;
	}
	goto st0;
tr571:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1468; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1468;
tr574:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1468;
tr575:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1468; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1468; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1468;
st1468:
	if ( ++p == pe )
		goto _test_eof1468;
case 1468:
#line 8179 "server.c"
	goto st0;
tr576:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 273; goto _out;} }
	goto st273;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
#line 8187 "server.c"
	if ( (*p) == 10u )
		goto tr574;
	goto st0;
tr573:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st274;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
#line 8197 "server.c"
	switch( (*p) ) {
		case 10u: goto tr575;
		case 13u: goto tr576;
		case 32u: goto tr577;
		case 40u: goto tr578;
	}
	goto st0;
tr577:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 275; goto _out;} }
	goto st275;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
#line 8211 "server.c"
	switch( (*p) ) {
		case 10u: goto tr575;
		case 13u: goto tr576;
		case 32u: goto st275;
		case 40u: goto tr578;
	}
	goto st0;
tr578:
#line 142 "response.rl"
	{ if (!ik_r_open(ps, IK_N_THREAD, p)) {p++;  ps->cs = 276; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 276;goto st266;}} }
	goto st276;
tr582:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 276; goto _out;} }
#line 142 "response.rl"
	{ if (!ik_r_open(ps, IK_N_THREAD, p)) {p++;  ps->cs = 276; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 276;goto st266;}} }
	goto st276;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
#line 8229 "server.c"
	switch( (*p) ) {
		case 10u: goto tr571;
		case 13u: goto st273;
		case 32u: goto tr580;
		case 40u: goto tr578;
	}
	goto st0;
tr580:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st277;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
#line 8243 "server.c"
	switch( (*p) ) {
		case 10u: goto tr575;
		case 13u: goto tr576;
		case 32u: goto st277;
		case 40u: goto tr582;
	}
	goto st0;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
	if ( (*p) == 32u )
		goto st279;
	goto st0;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
	switch( (*p) ) {
		case 32u: goto tr584;
		case 40u: goto tr585;
		case 78u: goto tr586;
		case 110u: goto tr586;
	}
	goto st0;
tr584:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 280; goto _out;} }
	goto st280;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
#line 8275 "server.c"
	switch( (*p) ) {
		case 32u: goto st280;
		case 40u: goto tr585;
		case 78u: goto tr586;
		case 110u: goto tr586;
	}
	goto st0;
tr585:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 281; goto _out;} }
	goto st281;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
#line 8289 "server.c"
	switch( (*p) ) {
		case 32u: goto tr588;
		case 34u: goto tr589;
		case 41u: goto tr590;
		case 123u: goto tr591;
	}
	goto st0;
tr588:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st282;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
#line 8303 "server.c"
	switch( (*p) ) {
		case 32u: goto st282;
		case 41u: goto tr593;
	}
	goto st0;
tr593:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 283; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st283;
tr590:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st283;
tr616:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 283; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st283;
tr632:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 283; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st283;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
#line 8334 "server.c"
	switch( (*p) ) {
		case 10u: goto tr594;
		case 13u: goto st284;
		case 32u: goto tr596;
	}
	goto st0;
tr594:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1469; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1469;
tr597:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1469;
tr598:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1469; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1469; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1469;
tr645:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1469; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1469; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1469;
st1469:
	if ( ++p == pe )
		goto _test_eof1469;
case 1469:
#line 8366 "server.c"
	goto st0;
tr599:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 284; goto _out;} }
	goto st284;
tr646:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 284; goto _out;} }
	goto st284;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
#line 8382 "server.c"
	if ( (*p) == 10u )
		goto tr597;
	goto st0;
tr596:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st285;
tr647:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 285; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st285;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
#line 8401 "server.c"
	switch( (*p) ) {
		case 10u: goto tr598;
		case 13u: goto tr599;
		case 32u: goto st285;
	}
	goto st0;
tr589:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st286;
tr601:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st286;
tr604:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st286;
tr642:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st286;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
#line 8427 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr602;
		case 92u: goto st308;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr601;
	goto tr604;
tr602:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st287;
tr625:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 287; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 287; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st287;
tr627:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 287; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st287;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
#line 8467 "server.c"
	if ( (*p) == 32u )
		goto tr605;
	goto st0;
tr605:
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 288; goto _out;} }
	goto st288;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
#line 8477 "server.c"
	switch( (*p) ) {
		case 32u: goto tr606;
		case 34u: goto tr607;
		case 78u: goto tr608;
		case 110u: goto tr608;
		case 123u: goto tr609;
	}
	goto st0;
tr606:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 289; goto _out;} }
	goto st289;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
#line 8492 "server.c"
	switch( (*p) ) {
		case 32u: goto st289;
		case 34u: goto tr607;
		case 78u: goto tr608;
		case 110u: goto tr608;
		case 123u: goto tr609;
	}
	goto st0;
tr607:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st290;
tr611:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st290;
tr614:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st290;
tr628:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st290;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
#line 8520 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr612;
		case 92u: goto st299;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr611;
	goto tr614;
tr612:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st291;
tr639:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 291; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 291; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st291;
tr641:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 291; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st291;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
#line 8560 "server.c"
	switch( (*p) ) {
		case 32u: goto tr615;
		case 41u: goto tr616;
	}
	goto st0;
tr615:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 292; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st292;
tr631:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 292; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st292;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
#line 8584 "server.c"
	switch( (*p) ) {
		case 32u: goto tr617;
		case 34u: goto tr589;
		case 41u: goto tr593;
		case 123u: goto tr591;
	}
	goto st0;
tr617:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 293; goto _out;} }
	goto st293;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
#line 8598 "server.c"
	switch( (*p) ) {
		case 32u: goto st293;
		case 34u: goto tr589;
		case 41u: goto tr593;
		case 123u: goto tr591;
	}
	goto st0;
tr591:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st294;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
#line 8612 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr619;
	goto st0;
tr619:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 295; goto _out;} }
      p = num_last;
    }
  }
	goto st295;
tr622:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 295; goto _out;} }
      p = num_last;
    }
  }
	goto st295;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
#line 8638 "server.c"
	switch( (*p) ) {
		case 43u: goto tr620;
		case 45u: goto tr621;
		case 125u: goto tr623;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr622;
	goto st0;
tr620:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 296; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st296;
tr621:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 296; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 296; goto _out;} }
	goto st296;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
#line 8662 "server.c"
	if ( (*p) == 125u )
		goto st297;
	goto st0;
tr623:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 297; goto _out;} }
  }
	goto st297;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
#line 8674 "server.c"
	switch( (*p) ) {
		case 10u: goto tr625;
		case 13u: goto st298;
	}
	goto st0;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
	if ( (*p) == 10u )
		goto tr627;
	goto st0;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
	switch( (*p) ) {
		case 34u: goto tr628;
		case 92u: goto tr628;
	}
	goto st0;
tr608:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st300;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
#line 8702 "server.c"
	switch( (*p) ) {
		case 73u: goto st301;
		case 105u: goto st301;
	}
	goto st0;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
	switch( (*p) ) {
		case 76u: goto st302;
		case 108u: goto st302;
	}
	goto st0;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
	switch( (*p) ) {
		case 32u: goto tr631;
		case 41u: goto tr632;
	}
	goto st0;
tr609:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st303;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
#line 8732 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr633;
	goto st0;
tr633:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 304; goto _out;} }
      p = num_last;
    }
  }
	goto st304;
tr636:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 304; goto _out;} }
      p = num_last;
    }
  }
	goto st304;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
#line 8758 "server.c"
	switch( (*p) ) {
		case 43u: goto tr634;
		case 45u: goto tr635;
		case 125u: goto tr637;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr636;
	goto st0;
tr634:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 305; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st305;
tr635:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 305; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 305; goto _out;} }
	goto st305;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
#line 8782 "server.c"
	if ( (*p) == 125u )
		goto st306;
	goto st0;
tr637:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 306; goto _out;} }
  }
	goto st306;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
#line 8794 "server.c"
	switch( (*p) ) {
		case 10u: goto tr639;
		case 13u: goto st307;
	}
	goto st0;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
	if ( (*p) == 10u )
		goto tr641;
	goto st0;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
	switch( (*p) ) {
		case 34u: goto tr642;
		case 92u: goto tr642;
	}
	goto st0;
tr586:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st309;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
#line 8822 "server.c"
	switch( (*p) ) {
		case 73u: goto st310;
		case 105u: goto st310;
	}
	goto st0;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
	switch( (*p) ) {
		case 76u: goto st311;
		case 108u: goto st311;
	}
	goto st0;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
	switch( (*p) ) {
		case 10u: goto tr645;
		case 13u: goto tr646;
		case 32u: goto tr647;
	}
	goto st0;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
	if ( (*p) == 32u )
		goto st313;
	goto st0;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
	switch( (*p) ) {
		case 32u: goto tr649;
		case 40u: goto tr650;
	}
	goto st0;
tr649:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 314; goto _out;} }
	goto st314;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
#line 8869 "server.c"
	switch( (*p) ) {
		case 32u: goto st314;
		case 40u: goto tr650;
	}
	goto st0;
tr650:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 315; goto _out;} }
	goto st315;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
#line 8881 "server.c"
	switch( (*p) ) {
		case 34u: goto tr653;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr654;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr652;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr652;
	goto tr655;
tr659:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 316; goto _out;} }
	goto st316;
tr655:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 316; goto _out;} }
	goto st316;
tr652:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st316;
tr657:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st316;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
#line 8918 "server.c"
	switch( (*p) ) {
		case 32u: goto tr656;
		case 33u: goto tr657;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr658;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr657;
	} else
		goto st0;
	goto tr659;
tr667:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 317; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st317;
tr656:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 317; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st317;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
#line 8952 "server.c"
	switch( (*p) ) {
		case 32u: goto tr660;
		case 34u: goto tr653;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr661;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr654;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr652;
	} else
		goto st0;
	goto tr655;
tr660:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 318; goto _out;} }
	goto st318;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
#line 8976 "server.c"
	switch( (*p) ) {
		case 32u: goto st318;
		case 34u: goto tr653;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr661;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr654;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr652;
	} else
		goto st0;
	goto tr655;
tr653:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st319;
tr663:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st319;
tr666:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st319;
tr676:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st319;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
#line 9013 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr664;
		case 92u: goto st324;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr663;
	goto tr666;
tr664:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st320;
tr683:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 320; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 320; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st320;
tr685:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 320; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st320;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
#line 9053 "server.c"
	switch( (*p) ) {
		case 32u: goto tr667;
		case 41u: goto tr668;
	}
	goto st0;
tr668:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 321; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st321;
tr661:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 321; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st321;
tr658:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 321; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st321;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
#line 9079 "server.c"
	switch( (*p) ) {
		case 10u: goto tr669;
		case 13u: goto st322;
		case 32u: goto tr671;
	}
	goto st0;
tr669:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1470; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1470;
tr672:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1470;
tr673:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1470; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1470; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1470;
st1470:
	if ( ++p == pe )
		goto _test_eof1470;
case 1470:
#line 9101 "server.c"
	goto st0;
tr674:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 322; goto _out;} }
	goto st322;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
#line 9109 "server.c"
	if ( (*p) == 10u )
		goto tr672;
	goto st0;
tr671:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st323;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
#line 9119 "server.c"
	switch( (*p) ) {
		case 10u: goto tr673;
		case 13u: goto tr674;
		case 32u: goto st323;
	}
	goto st0;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
	switch( (*p) ) {
		case 34u: goto tr676;
		case 92u: goto tr676;
	}
	goto st0;
tr654:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st325;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
#line 9141 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr677;
	goto st0;
tr677:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 326; goto _out;} }
      p = num_last;
    }
  }
	goto st326;
tr680:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 326; goto _out;} }
      p = num_last;
    }
  }
	goto st326;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
#line 9167 "server.c"
	switch( (*p) ) {
		case 43u: goto tr678;
		case 45u: goto tr679;
		case 125u: goto tr681;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr680;
	goto st0;
tr678:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 327; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st327;
tr679:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 327; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 327; goto _out;} }
	goto st327;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
#line 9191 "server.c"
	if ( (*p) == 125u )
		goto st328;
	goto st0;
tr681:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 328; goto _out;} }
  }
	goto st328;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
#line 9203 "server.c"
	switch( (*p) ) {
		case 10u: goto tr683;
		case 13u: goto st329;
	}
	goto st0;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
	if ( (*p) == 10u )
		goto tr685;
	goto st0;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
	if ( (*p) == 32u )
		goto st331;
	goto st0;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	switch( (*p) ) {
		case 32u: goto tr687;
		case 34u: goto tr689;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr690;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr688;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr688;
	goto tr691;
tr687:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 332; goto _out;} }
	goto st332;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
#line 9253 "server.c"
	switch( (*p) ) {
		case 32u: goto st332;
		case 34u: goto tr689;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr690;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr688;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr688;
	goto tr691;
tr697:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 333; goto _out;} }
	goto st333;
tr691:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 333; goto _out;} }
	goto st333;
tr688:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st333;
tr696:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st333;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
#line 9291 "server.c"
	switch( (*p) ) {
		case 10u: goto tr693;
		case 13u: goto tr694;
		case 32u: goto tr695;
		case 33u: goto tr696;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr696;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr696;
	goto tr697;
tr721:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1471; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1471;
tr698:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1471;
tr699:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1471; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1471; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1471;
tr693:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1471; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1471; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1471;
tr739:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1471; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1471; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1471;
st1471:
	if ( ++p == pe )
		goto _test_eof1471;
case 1471:
#line 9344 "server.c"
	goto st0;
tr700:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 334; goto _out;} }
	goto st334;
tr740:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 334; goto _out;} }
	goto st334;
tr694:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 334; goto _out;} }
	goto st334;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
#line 9363 "server.c"
	if ( (*p) == 10u )
		goto tr698;
	goto st0;
tr741:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 335; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st335;
tr695:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 335; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st335;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
#line 9383 "server.c"
	switch( (*p) ) {
		case 10u: goto tr699;
		case 13u: goto tr700;
		case 32u: goto tr701;
		case 40u: goto tr702;
	}
	goto st0;
tr701:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 336; goto _out;} }
	goto st336;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
#line 9397 "server.c"
	switch( (*p) ) {
		case 10u: goto tr699;
		case 13u: goto tr700;
		case 32u: goto st336;
		case 40u: goto tr702;
	}
	goto st0;
tr702:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 337; goto _out;} }
	goto st337;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
#line 9411 "server.c"
	switch( (*p) ) {
		case 34u: goto tr705;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr706;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr704;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr704;
	goto tr707;
tr711:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 338; goto _out;} }
	goto st338;
tr707:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 338; goto _out;} }
	goto st338;
tr704:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st338;
tr709:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st338;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
#line 9448 "server.c"
	switch( (*p) ) {
		case 32u: goto tr708;
		case 33u: goto tr709;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr710;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr709;
	} else
		goto st0;
	goto tr711;
tr719:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 339; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st339;
tr708:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 339; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st339;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
#line 9482 "server.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 34u: goto tr705;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr713;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr706;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr704;
	} else
		goto st0;
	goto tr707;
tr712:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 340; goto _out;} }
	goto st340;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
#line 9506 "server.c"
	switch( (*p) ) {
		case 32u: goto st340;
		case 34u: goto tr705;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr713;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr706;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr704;
	} else
		goto st0;
	goto tr707;
tr705:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st341;
tr715:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st341;
tr718:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st341;
tr725:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st341;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
#line 9543 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr716;
		case 92u: goto st345;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr715;
	goto tr718;
tr716:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st342;
tr732:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 342; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 342; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st342;
tr734:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 342; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st342;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
#line 9583 "server.c"
	switch( (*p) ) {
		case 32u: goto tr719;
		case 41u: goto tr720;
	}
	goto st0;
tr720:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 343; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st343;
tr713:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 343; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st343;
tr710:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 343; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st343;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
#line 9609 "server.c"
	switch( (*p) ) {
		case 10u: goto tr721;
		case 13u: goto st334;
		case 32u: goto tr723;
	}
	goto st0;
tr723:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st344;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
#line 9622 "server.c"
	switch( (*p) ) {
		case 10u: goto tr699;
		case 13u: goto tr700;
		case 32u: goto st344;
	}
	goto st0;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
	switch( (*p) ) {
		case 34u: goto tr725;
		case 92u: goto tr725;
	}
	goto st0;
tr706:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st346;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
#line 9644 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr726;
	goto st0;
tr726:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 347; goto _out;} }
      p = num_last;
    }
  }
	goto st347;
tr729:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 347; goto _out;} }
      p = num_last;
    }
  }
	goto st347;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
#line 9670 "server.c"
	switch( (*p) ) {
		case 43u: goto tr727;
		case 45u: goto tr728;
		case 125u: goto tr730;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr729;
	goto st0;
tr727:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 348; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st348;
tr728:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 348; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 348; goto _out;} }
	goto st348;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
#line 9694 "server.c"
	if ( (*p) == 125u )
		goto st349;
	goto st0;
tr730:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 349; goto _out;} }
  }
	goto st349;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
#line 9706 "server.c"
	switch( (*p) ) {
		case 10u: goto tr732;
		case 13u: goto st350;
	}
	goto st0;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
	if ( (*p) == 10u )
		goto tr734;
	goto st0;
tr689:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st351;
tr735:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st351;
tr738:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st351;
tr742:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st351;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
#line 9738 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr736;
		case 92u: goto st353;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr735;
	goto tr738;
tr736:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st352;
tr749:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 352; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 352; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st352;
tr751:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 352; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st352;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
#line 9778 "server.c"
	switch( (*p) ) {
		case 10u: goto tr739;
		case 13u: goto tr740;
		case 32u: goto tr741;
	}
	goto st0;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
	switch( (*p) ) {
		case 34u: goto tr742;
		case 92u: goto tr742;
	}
	goto st0;
tr690:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st354;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
#line 9800 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr743;
	goto st0;
tr743:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 355; goto _out;} }
      p = num_last;
    }
  }
	goto st355;
tr746:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 355; goto _out;} }
      p = num_last;
    }
  }
	goto st355;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
#line 9826 "server.c"
	switch( (*p) ) {
		case 43u: goto tr744;
		case 45u: goto tr745;
		case 125u: goto tr747;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr746;
	goto st0;
tr744:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 356; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st356;
tr745:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 356; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 356; goto _out;} }
	goto st356;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
#line 9850 "server.c"
	if ( (*p) == 125u )
		goto st357;
	goto st0;
tr747:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 357; goto _out;} }
  }
	goto st357;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
#line 9862 "server.c"
	switch( (*p) ) {
		case 10u: goto tr749;
		case 13u: goto st358;
	}
	goto st0;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
	if ( (*p) == 10u )
		goto tr751;
	goto st0;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
	if ( (*p) == 32u )
		goto st360;
	goto st0;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
	switch( (*p) ) {
		case 32u: goto tr753;
		case 40u: goto tr754;
		case 78u: goto tr755;
		case 110u: goto tr755;
	}
	goto st0;
tr753:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 361; goto _out;} }
	goto st361;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
#line 9899 "server.c"
	switch( (*p) ) {
		case 32u: goto st361;
		case 40u: goto tr754;
		case 78u: goto tr755;
		case 110u: goto tr755;
	}
	goto st0;
tr754:
#line 178 "response.rl"
	{ if (!ik_r_args_max(ps, p)) {p++;  ps->cs = 362; goto _out;} }
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 362; goto _out;} }
	goto st362;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
#line 9914 "server.c"
	if ( (*p) == 40u )
		goto tr757;
	goto st0;
tr757:
#line 172 "response.rl"
	{ if (!ik_r_open(ps, IK_N_NAMESPACE, p)) {p++;  ps->cs = 363; goto _out;} }
	goto st363;
tr804:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 363; goto _out;} }
#line 172 "response.rl"
	{ if (!ik_r_open(ps, IK_N_NAMESPACE, p)) {p++;  ps->cs = 363; goto _out;} }
	goto st363;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
#line 9928 "server.c"
	switch( (*p) ) {
		case 34u: goto tr758;
		case 123u: goto tr759;
	}
	goto st0;
tr758:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st364;
tr760:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st364;
tr763:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st364;
tr844:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st364;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
#line 9953 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr761;
		case 92u: goto st408;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr760;
	goto tr763;
tr761:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st365;
tr851:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 365; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 365; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st365;
tr853:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 365; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st365;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
#line 9993 "server.c"
	if ( (*p) == 32u )
		goto tr764;
	goto st0;
tr764:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 366; goto _out;} }
	goto st366;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
#line 10003 "server.c"
	switch( (*p) ) {
		case 32u: goto tr765;
		case 34u: goto tr766;
		case 78u: goto tr767;
		case 110u: goto tr767;
	}
	goto st0;
tr765:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 367; goto _out;} }
	goto st367;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
#line 10017 "server.c"
	switch( (*p) ) {
		case 32u: goto st367;
		case 34u: goto tr766;
		case 78u: goto tr767;
		case 110u: goto tr767;
	}
	goto st0;
tr766:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st368;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
#line 10031 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st404;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st369;
	goto tr771;
tr771:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st369;
tr839:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st369;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
#line 10051 "server.c"
	if ( (*p) == 34u )
		goto tr772;
	goto st0;
tr772:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st370;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
#line 10065 "server.c"
	switch( (*p) ) {
		case 32u: goto tr773;
		case 41u: goto tr774;
	}
	goto st0;
tr799:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st371;
tr773:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 371; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st371;
tr842:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 371; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st371;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
#line 10090 "server.c"
	switch( (*p) ) {
		case 32u: goto tr775;
		case 34u: goto tr776;
		case 41u: goto tr777;
		case 123u: goto tr778;
	}
	goto st0;
tr775:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 372; goto _out;} }
	goto st372;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
#line 10104 "server.c"
	switch( (*p) ) {
		case 32u: goto st372;
		case 34u: goto tr776;
		case 41u: goto tr777;
		case 123u: goto tr778;
	}
	goto st0;
tr776:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st373;
tr780:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st373;
tr783:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st373;
tr829:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st373;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
#line 10131 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr781;
		case 92u: goto st398;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr780;
	goto tr783;
tr781:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st374;
tr836:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 374; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 374; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st374;
tr838:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 374; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st374;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
#line 10171 "server.c"
	if ( (*p) == 32u )
		goto tr784;
	goto st0;
tr784:
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 375; goto _out;} }
	goto st375;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
#line 10181 "server.c"
	switch( (*p) ) {
		case 32u: goto tr785;
		case 40u: goto tr786;
	}
	goto st0;
tr785:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 376; goto _out;} }
	goto st376;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
#line 10193 "server.c"
	switch( (*p) ) {
		case 32u: goto st376;
		case 40u: goto tr786;
	}
	goto st0;
tr786:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 377; goto _out;} }
	goto st377;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
#line 10205 "server.c"
	switch( (*p) ) {
		case 34u: goto tr788;
		case 123u: goto tr789;
	}
	goto st0;
tr788:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st378;
tr790:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st378;
tr793:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st378;
tr828:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st378;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
#line 10230 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr791;
		case 92u: goto st397;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr790;
	goto tr793;
tr791:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st379;
tr825:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 379; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 379; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st379;
tr827:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 379; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st379;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
#line 10270 "server.c"
	switch( (*p) ) {
		case 32u: goto tr794;
		case 41u: goto tr795;
	}
	goto st0;
tr794:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 380; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st380;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
#line 10283 "server.c"
	switch( (*p) ) {
		case 32u: goto tr796;
		case 34u: goto tr788;
		case 41u: goto tr797;
		case 123u: goto tr789;
	}
	goto st0;
tr796:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 381; goto _out;} }
	goto st381;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
#line 10297 "server.c"
	switch( (*p) ) {
		case 32u: goto st381;
		case 34u: goto tr788;
		case 41u: goto tr797;
		case 123u: goto tr789;
	}
	goto st0;
tr795:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 382; goto _out;} }
#line 173 "response.rl"
	{ ik_b_pop(ps, p + 1); ik_b_pop(ps, NULL); }
	goto st382;
tr797:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 382; goto _out;} }
#line 173 "response.rl"
	{ ik_b_pop(ps, p + 1); ik_b_pop(ps, NULL); }
	goto st382;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
#line 10316 "server.c"
	switch( (*p) ) {
		case 32u: goto tr799;
		case 41u: goto tr800;
	}
	goto st0;
tr774:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 383; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st383;
tr777:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 383; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st383;
tr843:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 383; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st383;
tr800:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st383;
st383:
	if ( ++p == pe )
		goto _test_eof383;
case 383:
#line 10345 "server.c"
	switch( (*p) ) {
		case 32u: goto tr801;
		case 40u: goto tr757;
		case 41u: goto tr802;
	}
	goto st0;
tr801:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st384;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
#line 10358 "server.c"
	switch( (*p) ) {
		case 32u: goto st384;
		case 40u: goto tr804;
		case 41u: goto tr805;
	}
	goto st0;
tr805:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 385; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st385;
tr802:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st385;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
#line 10375 "server.c"
	switch( (*p) ) {
		case 10u: goto tr806;
		case 13u: goto tr807;
		case 32u: goto tr808;
	}
	goto st0;
tr809:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1472;
tr806:
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1472; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1472; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1472;
tr810:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1472; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1472; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1472; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1472;
tr816:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1472; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1472; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1472; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1472;
st1472:
	if ( ++p == pe )
		goto _test_eof1472;
case 1472:
#line 10410 "server.c"
	goto st0;
tr807:
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 386; goto _out;} }
	goto st386;
tr811:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 386; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 386; goto _out;} }
	goto st386;
tr817:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 386; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 386; goto _out;} }
	goto st386;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
#line 10431 "server.c"
	if ( (*p) == 10u )
		goto tr809;
	goto st0;
tr808:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st387;
tr818:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 387; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st387;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
#line 10450 "server.c"
	switch( (*p) ) {
		case 10u: goto tr810;
		case 13u: goto tr811;
		case 32u: goto tr812;
		case 40u: goto tr754;
		case 78u: goto tr755;
		case 110u: goto tr755;
	}
	goto st0;
tr812:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 388; goto _out;} }
	goto st388;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
#line 10466 "server.c"
	switch( (*p) ) {
		case 10u: goto tr810;
		case 13u: goto tr811;
		case 32u: goto st388;
		case 40u: goto tr754;
		case 78u: goto tr755;
		case 110u: goto tr755;
	}
	goto st0;
tr755:
#line 178 "response.rl"
	{ if (!ik_r_args_max(ps, p)) {p++;  ps->cs = 389; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st389;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
#line 10483 "server.c"
	switch( (*p) ) {
		case 73u: goto st390;
		case 105u: goto st390;
	}
	goto st0;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
	switch( (*p) ) {
		case 76u: goto st391;
		case 108u: goto st391;
	}
	goto st0;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
	switch( (*p) ) {
		case 10u: goto tr816;
		case 13u: goto tr817;
		case 32u: goto tr818;
	}
	goto st0;
tr789:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st392;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
#line 10514 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr819;
	goto st0;
tr819:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 393; goto _out;} }
      p = num_last;
    }
  }
	goto st393;
tr822:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 393; goto _out;} }
      p = num_last;
    }
  }
	goto st393;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
#line 10540 "server.c"
	switch( (*p) ) {
		case 43u: goto tr820;
		case 45u: goto tr821;
		case 125u: goto tr823;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr822;
	goto st0;
tr820:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 394; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st394;
tr821:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 394; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 394; goto _out;} }
	goto st394;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
#line 10564 "server.c"
	if ( (*p) == 125u )
		goto st395;
	goto st0;
tr823:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 395; goto _out;} }
  }
	goto st395;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
#line 10576 "server.c"
	switch( (*p) ) {
		case 10u: goto tr825;
		case 13u: goto st396;
	}
	goto st0;
st396:
	if ( ++p == pe )
		goto _test_eof396;
case 396:
	if ( (*p) == 10u )
		goto tr827;
	goto st0;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
	switch( (*p) ) {
		case 34u: goto tr828;
		case 92u: goto tr828;
	}
	goto st0;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
	switch( (*p) ) {
		case 34u: goto tr829;
		case 92u: goto tr829;
	}
	goto st0;
tr778:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st399;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
#line 10613 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr830;
	goto st0;
tr830:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 400; goto _out;} }
      p = num_last;
    }
  }
	goto st400;
tr833:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 400; goto _out;} }
      p = num_last;
    }
  }
	goto st400;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
#line 10639 "server.c"
	switch( (*p) ) {
		case 43u: goto tr831;
		case 45u: goto tr832;
		case 125u: goto tr834;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr833;
	goto st0;
tr831:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 401; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st401;
tr832:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 401; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 401; goto _out;} }
	goto st401;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
#line 10663 "server.c"
	if ( (*p) == 125u )
		goto st402;
	goto st0;
tr834:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 402; goto _out;} }
  }
	goto st402;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
#line 10675 "server.c"
	switch( (*p) ) {
		case 10u: goto tr836;
		case 13u: goto st403;
	}
	goto st0;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
	if ( (*p) == 10u )
		goto tr838;
	goto st0;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
	switch( (*p) ) {
		case 34u: goto tr839;
		case 92u: goto tr839;
	}
	goto st0;
tr767:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st405;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
#line 10703 "server.c"
	switch( (*p) ) {
		case 73u: goto st406;
		case 105u: goto st406;
	}
	goto st0;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
	switch( (*p) ) {
		case 76u: goto st407;
		case 108u: goto st407;
	}
	goto st0;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
	switch( (*p) ) {
		case 32u: goto tr842;
		case 41u: goto tr843;
	}
	goto st0;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
	switch( (*p) ) {
		case 34u: goto tr844;
		case 92u: goto tr844;
	}
	goto st0;
tr759:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st409;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
#line 10742 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr845;
	goto st0;
tr845:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 410; goto _out;} }
      p = num_last;
    }
  }
	goto st410;
tr848:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 410; goto _out;} }
      p = num_last;
    }
  }
	goto st410;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
#line 10768 "server.c"
	switch( (*p) ) {
		case 43u: goto tr846;
		case 45u: goto tr847;
		case 125u: goto tr849;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr848;
	goto st0;
tr846:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 411; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st411;
tr847:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 411; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 411; goto _out;} }
	goto st411;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
#line 10792 "server.c"
	if ( (*p) == 125u )
		goto st412;
	goto st0;
tr849:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 412; goto _out;} }
  }
	goto st412;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
#line 10804 "server.c"
	switch( (*p) ) {
		case 10u: goto tr851;
		case 13u: goto st413;
	}
	goto st0;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
	if ( (*p) == 10u )
		goto tr853;
	goto st0;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
	if ( (*p) == 32u )
		goto st415;
	goto st0;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
	switch( (*p) ) {
		case 32u: goto tr855;
		case 34u: goto tr857;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr858;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr856;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr856;
	goto tr859;
tr855:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 416; goto _out;} }
	goto st416;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
#line 10854 "server.c"
	switch( (*p) ) {
		case 32u: goto st416;
		case 34u: goto tr857;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr858;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr856;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr856;
	goto tr859;
tr863:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 417; goto _out;} }
	goto st417;
tr859:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 417; goto _out;} }
	goto st417;
tr856:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st417;
tr862:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st417;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
#line 10892 "server.c"
	switch( (*p) ) {
		case 32u: goto tr861;
		case 33u: goto tr862;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr862;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr862;
	goto tr863;
tr900:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 418; goto _out;} }
	goto st418;
tr861:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 418; goto _out;} }
	goto st418;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
#line 10927 "server.c"
	switch( (*p) ) {
		case 32u: goto tr864;
		case 40u: goto tr865;
	}
	goto st0;
tr864:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 419; goto _out;} }
	goto st419;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
#line 10939 "server.c"
	switch( (*p) ) {
		case 32u: goto st419;
		case 40u: goto tr865;
	}
	goto st0;
tr865:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 420; goto _out;} }
	goto st420;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
#line 10951 "server.c"
	switch( (*p) ) {
		case 32u: goto tr867;
		case 33u: goto tr868;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr869;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr868;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr868;
	goto tr870;
tr867:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st421;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
#line 10980 "server.c"
	switch( (*p) ) {
		case 32u: goto st421;
		case 41u: goto tr872;
	}
	goto st0;
tr872:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 422; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st422;
tr869:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st422;
tr892:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 422; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 422; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st422;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
#line 11009 "server.c"
	switch( (*p) ) {
		case 10u: goto tr873;
		case 13u: goto st423;
		case 32u: goto tr875;
	}
	goto st0;
tr873:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1473; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1473;
tr876:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1473;
tr877:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1473; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1473; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1473;
st1473:
	if ( ++p == pe )
		goto _test_eof1473;
case 1473:
#line 11031 "server.c"
	goto st0;
tr878:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 423; goto _out;} }
	goto st423;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
#line 11039 "server.c"
	if ( (*p) == 10u )
		goto tr876;
	goto st0;
tr875:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st424;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
#line 11049 "server.c"
	switch( (*p) ) {
		case 10u: goto tr877;
		case 13u: goto tr878;
		case 32u: goto st424;
	}
	goto st0;
tr882:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 425; goto _out;} }
	goto st425;
tr868:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st425;
tr870:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 425; goto _out;} }
	goto st425;
tr881:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st425;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
#line 11073 "server.c"
	switch( (*p) ) {
		case 32u: goto tr880;
		case 33u: goto tr881;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr881;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr881;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr881;
		} else
			goto st0;
	} else
		goto st0;
	goto tr882;
tr880:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 32 "response.rl"
	{ if (!ik_r_attr(ps, p, 1)) {p++;  ps->cs = 426; goto _out;} }
	goto st426;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
#line 11110 "server.c"
	if ( (*p) == 32u )
		goto tr883;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr884;
	goto st0;
tr883:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 427; goto _out;} }
	goto st427;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
#line 11122 "server.c"
	if ( (*p) == 32u )
		goto st427;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr884;
	goto st0;
tr884:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 428; goto _out;} }
      p = num_last;
    }
  }
	goto st428;
tr887:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 428; goto _out;} }
      p = num_last;
    }
  }
	goto st428;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
#line 11150 "server.c"
	if ( (*p) == 32u )
		goto tr886;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr887;
	goto st0;
tr886:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 429; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 429; goto _out;} }
	goto st429;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
#line 11170 "server.c"
	if ( (*p) == 32u )
		goto tr888;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr889;
	goto st0;
tr888:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 430; goto _out;} }
	goto st430;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
#line 11182 "server.c"
	if ( (*p) == 32u )
		goto st430;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr889;
	goto st0;
tr889:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 431; goto _out;} }
      p = num_last;
    }
  }
	goto st431;
tr893:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 431; goto _out;} }
      p = num_last;
    }
  }
	goto st431;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
#line 11210 "server.c"
	switch( (*p) ) {
		case 32u: goto tr891;
		case 41u: goto tr892;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr893;
	goto st0;
tr891:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 432; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 432; goto _out;} }
#line 24 "response.rl"
	{ ik_b_pop(ps, p); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st432;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
#line 11234 "server.c"
	switch( (*p) ) {
		case 32u: goto tr894;
		case 33u: goto tr868;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr872;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr868;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr868;
	goto tr870;
tr894:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 433; goto _out;} }
	goto st433;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
#line 11263 "server.c"
	switch( (*p) ) {
		case 32u: goto st433;
		case 33u: goto tr868;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr872;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr868;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr868;
	goto tr870;
tr857:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st434;
tr896:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st434;
tr899:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st434;
tr901:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st434;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
#line 11305 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr897;
		case 92u: goto st436;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr896;
	goto tr899;
tr897:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st435;
tr908:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 435; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 435; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st435;
tr910:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 435; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st435;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
#line 11345 "server.c"
	if ( (*p) == 32u )
		goto tr900;
	goto st0;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
	switch( (*p) ) {
		case 34u: goto tr901;
		case 92u: goto tr901;
	}
	goto st0;
tr858:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st437;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
#line 11364 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr902;
	goto st0;
tr902:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 438; goto _out;} }
      p = num_last;
    }
  }
	goto st438;
tr905:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 438; goto _out;} }
      p = num_last;
    }
  }
	goto st438;
st438:
	if ( ++p == pe )
		goto _test_eof438;
case 438:
#line 11390 "server.c"
	switch( (*p) ) {
		case 43u: goto tr903;
		case 45u: goto tr904;
		case 125u: goto tr906;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr905;
	goto st0;
tr903:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 439; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st439;
tr904:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 439; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 439; goto _out;} }
	goto st439;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
#line 11414 "server.c"
	if ( (*p) == 125u )
		goto st440;
	goto st0;
tr906:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 440; goto _out;} }
  }
	goto st440;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
#line 11426 "server.c"
	switch( (*p) ) {
		case 10u: goto tr908;
		case 13u: goto st441;
	}
	goto st0;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
	if ( (*p) == 10u )
		goto tr910;
	goto st0;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
	if ( (*p) == 32u )
		goto st443;
	goto st0;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
	switch( (*p) ) {
		case 32u: goto tr912;
		case 34u: goto tr914;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr915;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr913;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr913;
	goto tr916;
tr912:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 444; goto _out;} }
	goto st444;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
#line 11476 "server.c"
	switch( (*p) ) {
		case 32u: goto st444;
		case 34u: goto tr914;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr915;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr913;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr913;
	goto tr916;
tr922:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 445; goto _out;} }
	goto st445;
tr916:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 445; goto _out;} }
	goto st445;
tr913:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st445;
tr921:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st445;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
#line 11514 "server.c"
	switch( (*p) ) {
		case 10u: goto tr918;
		case 13u: goto tr919;
		case 32u: goto tr920;
		case 33u: goto tr921;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr921;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr921;
	goto tr922;
tr923:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1474;
tr924:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1474; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1474;
tr918:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1474; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1474;
tr932:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1474; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1474;
tr941:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1474; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1474;
tr958:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1474; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1474; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1474;
st1474:
	if ( ++p == pe )
		goto _test_eof1474;
case 1474:
#line 11583 "server.c"
	goto st0;
tr925:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 446; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 446; goto _out;} }
	goto st446;
tr919:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 446; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 446; goto _out;} }
	goto st446;
tr933:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 446; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 446; goto _out;} }
	goto st446;
tr942:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 446; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 446; goto _out;} }
	goto st446;
tr959:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 446; goto _out;} }
#line 179 "response.rl"
	{ if (!ik_r_args_min(ps, p)) {p++;  ps->cs = 446; goto _out;} }
	goto st446;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
#line 11618 "server.c"
	if ( (*p) == 10u )
		goto tr923;
	goto st0;
tr943:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 447; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st447;
tr920:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 447; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st447;
tr960:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 447; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st447;
tr934:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 447; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st447;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
#line 11651 "server.c"
	switch( (*p) ) {
		case 10u: goto tr924;
		case 13u: goto tr925;
		case 32u: goto tr926;
		case 34u: goto tr928;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr929;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr927;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr927;
	goto tr930;
tr926:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 448; goto _out;} }
	goto st448;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
#line 11680 "server.c"
	switch( (*p) ) {
		case 10u: goto tr924;
		case 13u: goto tr925;
		case 32u: goto st448;
		case 34u: goto tr928;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr929;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr927;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr927;
	goto tr930;
tr936:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 449; goto _out;} }
	goto st449;
tr935:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st449;
tr927:
#line 178 "response.rl"
	{ if (!ik_r_args_max(ps, p)) {p++;  ps->cs = 449; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st449;
tr930:
#line 178 "response.rl"
	{ if (!ik_r_args_max(ps, p)) {p++;  ps->cs = 449; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 449; goto _out;} }
	goto st449;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
#line 11722 "server.c"
	switch( (*p) ) {
		case 10u: goto tr932;
		case 13u: goto tr933;
		case 32u: goto tr934;
		case 33u: goto tr935;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr935;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr935;
	goto tr936;
tr937:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st450;
tr940:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st450;
tr944:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st450;
tr928:
#line 178 "response.rl"
	{ if (!ik_r_args_max(ps, p)) {p++;  ps->cs = 450; goto _out;} }
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st450;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
#line 11765 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr938;
		case 92u: goto st452;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr937;
	goto tr940;
tr938:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st451;
tr951:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 451; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 451; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st451;
tr953:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 451; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st451;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
#line 11805 "server.c"
	switch( (*p) ) {
		case 10u: goto tr941;
		case 13u: goto tr942;
		case 32u: goto tr943;
	}
	goto st0;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
	switch( (*p) ) {
		case 34u: goto tr944;
		case 92u: goto tr944;
	}
	goto st0;
tr929:
#line 178 "response.rl"
	{ if (!ik_r_args_max(ps, p)) {p++;  ps->cs = 453; goto _out;} }
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st453;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
#line 11828 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr945;
	goto st0;
tr945:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 454; goto _out;} }
      p = num_last;
    }
  }
	goto st454;
tr948:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 454; goto _out;} }
      p = num_last;
    }
  }
	goto st454;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
#line 11854 "server.c"
	switch( (*p) ) {
		case 43u: goto tr946;
		case 45u: goto tr947;
		case 125u: goto tr949;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr948;
	goto st0;
tr946:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 455; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st455;
tr947:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 455; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 455; goto _out;} }
	goto st455;
st455:
	if ( ++p == pe )
		goto _test_eof455;
case 455:
#line 11878 "server.c"
	if ( (*p) == 125u )
		goto st456;
	goto st0;
tr949:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 456; goto _out;} }
  }
	goto st456;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
#line 11890 "server.c"
	switch( (*p) ) {
		case 10u: goto tr951;
		case 13u: goto st457;
	}
	goto st0;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
	if ( (*p) == 10u )
		goto tr953;
	goto st0;
tr914:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st458;
tr954:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st458;
tr957:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st458;
tr961:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st458;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
#line 11922 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr955;
		case 92u: goto st460;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr954;
	goto tr957;
tr955:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st459;
tr968:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 459; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 459; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st459;
tr970:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 459; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st459;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
#line 11962 "server.c"
	switch( (*p) ) {
		case 10u: goto tr958;
		case 13u: goto tr959;
		case 32u: goto tr960;
	}
	goto st0;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
	switch( (*p) ) {
		case 34u: goto tr961;
		case 92u: goto tr961;
	}
	goto st0;
tr915:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st461;
st461:
	if ( ++p == pe )
		goto _test_eof461;
case 461:
#line 11984 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr962;
	goto st0;
tr962:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 462; goto _out;} }
      p = num_last;
    }
  }
	goto st462;
tr965:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 462; goto _out;} }
      p = num_last;
    }
  }
	goto st462;
st462:
	if ( ++p == pe )
		goto _test_eof462;
case 462:
#line 12010 "server.c"
	switch( (*p) ) {
		case 43u: goto tr963;
		case 45u: goto tr964;
		case 125u: goto tr966;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr965;
	goto st0;
tr963:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 463; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st463;
tr964:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 463; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 463; goto _out;} }
	goto st463;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
#line 12034 "server.c"
	if ( (*p) == 125u )
		goto st464;
	goto st0;
tr966:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 464; goto _out;} }
  }
	goto st464;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
#line 12046 "server.c"
	switch( (*p) ) {
		case 10u: goto tr968;
		case 13u: goto st465;
	}
	goto st0;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
	if ( (*p) == 10u )
		goto tr970;
	goto st0;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
	if ( (*p) == 32u )
		goto st467;
	goto st0;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
	switch( (*p) ) {
		case 32u: goto tr972;
		case 34u: goto tr974;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr975;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr973;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr973;
	goto tr976;
tr972:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 468; goto _out;} }
	goto st468;
st468:
	if ( ++p == pe )
		goto _test_eof468;
case 468:
#line 12096 "server.c"
	switch( (*p) ) {
		case 32u: goto st468;
		case 34u: goto tr974;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr975;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr973;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr973;
	goto tr976;
tr982:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 469; goto _out;} }
	goto st469;
tr976:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 469; goto _out;} }
	goto st469;
tr973:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st469;
tr981:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st469;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
#line 12134 "server.c"
	switch( (*p) ) {
		case 10u: goto tr978;
		case 13u: goto tr979;
		case 32u: goto tr980;
		case 33u: goto tr981;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr981;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr981;
	goto tr982;
tr983:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1475;
tr984:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1475; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1475; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1475;
tr978:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1475; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1475; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1475;
tr1001:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1475; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1475; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1475;
tr1010:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1475; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1475; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1475;
tr1042:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1475; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1475; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1475;
st1475:
	if ( ++p == pe )
		goto _test_eof1475;
case 1475:
#line 12200 "server.c"
	goto st0;
tr985:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 470; goto _out;} }
	goto st470;
tr979:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 470; goto _out;} }
	goto st470;
tr1002:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 470; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
	goto st470;
tr1011:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 470; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
	goto st470;
tr1043:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 470; goto _out;} }
	goto st470;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
#line 12232 "server.c"
	if ( (*p) == 10u )
		goto tr983;
	goto st0;
tr980:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 471; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st471;
tr1044:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 471; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st471;
tr1012:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 471; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st471;
tr1003:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 471; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st471;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
#line 12267 "server.c"
	switch( (*p) ) {
		case 10u: goto tr984;
		case 13u: goto tr985;
		case 32u: goto tr986;
		case 34u: goto tr988;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr989;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr987;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr987;
	goto tr990;
tr986:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 472; goto _out;} }
	goto st472;
st472:
	if ( ++p == pe )
		goto _test_eof472;
case 472:
#line 12296 "server.c"
	switch( (*p) ) {
		case 10u: goto tr984;
		case 13u: goto tr985;
		case 32u: goto st472;
		case 34u: goto tr988;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr989;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr987;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr987;
	goto tr990;
tr994:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 473; goto _out;} }
	goto st473;
tr990:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 473; goto _out;} }
	goto st473;
tr987:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st473;
tr993:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st473;
st473:
	if ( ++p == pe )
		goto _test_eof473;
case 473:
#line 12336 "server.c"
	switch( (*p) ) {
		case 32u: goto tr992;
		case 33u: goto tr993;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr993;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr993;
	goto tr994;
tr1027:
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 474; goto _out;} }
	goto st474;
tr992:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 474; goto _out;} }
	goto st474;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
#line 12371 "server.c"
	switch( (*p) ) {
		case 32u: goto tr995;
		case 34u: goto tr997;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr998;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr996;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr996;
	goto tr999;
tr995:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 475; goto _out;} }
	goto st475;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
#line 12398 "server.c"
	switch( (*p) ) {
		case 32u: goto st475;
		case 34u: goto tr997;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr998;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr996;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr996;
	goto tr999;
tr1005:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 476; goto _out;} }
	goto st476;
tr999:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 476; goto _out;} }
	goto st476;
tr996:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st476;
tr1004:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st476;
st476:
	if ( ++p == pe )
		goto _test_eof476;
case 476:
#line 12436 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1001;
		case 13u: goto tr1002;
		case 32u: goto tr1003;
		case 33u: goto tr1004;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1004;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1004;
	goto tr1005;
tr997:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st477;
tr1006:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st477;
tr1009:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st477;
tr1013:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st477;
st477:
	if ( ++p == pe )
		goto _test_eof477;
case 477:
#line 12478 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1007;
		case 92u: goto st479;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1006;
	goto tr1009;
tr1007:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st478;
tr1020:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 478; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 478; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st478;
tr1022:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 478; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
#line 12518 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1010;
		case 13u: goto tr1011;
		case 32u: goto tr1012;
	}
	goto st0;
st479:
	if ( ++p == pe )
		goto _test_eof479;
case 479:
	switch( (*p) ) {
		case 34u: goto tr1013;
		case 92u: goto tr1013;
	}
	goto st0;
tr998:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st480;
st480:
	if ( ++p == pe )
		goto _test_eof480;
case 480:
#line 12540 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1014;
	goto st0;
tr1014:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 481; goto _out;} }
      p = num_last;
    }
  }
	goto st481;
tr1017:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 481; goto _out;} }
      p = num_last;
    }
  }
	goto st481;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
#line 12566 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1015;
		case 45u: goto tr1016;
		case 125u: goto tr1018;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1017;
	goto st0;
tr1015:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 482; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st482;
tr1016:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 482; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 482; goto _out;} }
	goto st482;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
#line 12590 "server.c"
	if ( (*p) == 125u )
		goto st483;
	goto st0;
tr1018:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 483; goto _out;} }
  }
	goto st483;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
#line 12602 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1020;
		case 13u: goto st484;
	}
	goto st0;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
	if ( (*p) == 10u )
		goto tr1022;
	goto st0;
tr988:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st485;
tr1023:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st485;
tr1026:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st485;
tr1028:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st485;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
#line 12634 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1024;
		case 92u: goto st487;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1023;
	goto tr1026;
tr1024:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st486;
tr1035:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 486; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 486; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st486;
tr1037:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 486; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st486;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
#line 12674 "server.c"
	if ( (*p) == 32u )
		goto tr1027;
	goto st0;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
	switch( (*p) ) {
		case 34u: goto tr1028;
		case 92u: goto tr1028;
	}
	goto st0;
tr989:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st488;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
#line 12693 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1029;
	goto st0;
tr1029:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 489; goto _out;} }
      p = num_last;
    }
  }
	goto st489;
tr1032:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 489; goto _out;} }
      p = num_last;
    }
  }
	goto st489;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
#line 12719 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1030;
		case 45u: goto tr1031;
		case 125u: goto tr1033;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1032;
	goto st0;
tr1030:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 490; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st490;
tr1031:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 490; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 490; goto _out;} }
	goto st490;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
#line 12743 "server.c"
	if ( (*p) == 125u )
		goto st491;
	goto st0;
tr1033:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 491; goto _out;} }
  }
	goto st491;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
#line 12755 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1035;
		case 13u: goto st492;
	}
	goto st0;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
	if ( (*p) == 10u )
		goto tr1037;
	goto st0;
tr974:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st493;
tr1038:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st493;
tr1041:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st493;
tr1045:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st493;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
#line 12787 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1039;
		case 92u: goto st495;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1038;
	goto tr1041;
tr1039:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st494;
tr1052:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 494; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 494; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st494;
tr1054:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 494; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st494;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
#line 12827 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1042;
		case 13u: goto tr1043;
		case 32u: goto tr1044;
	}
	goto st0;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
	switch( (*p) ) {
		case 34u: goto tr1045;
		case 92u: goto tr1045;
	}
	goto st0;
tr975:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st496;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
#line 12849 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1046;
	goto st0;
tr1046:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 497; goto _out;} }
      p = num_last;
    }
  }
	goto st497;
tr1049:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 497; goto _out;} }
      p = num_last;
    }
  }
	goto st497;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
#line 12875 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1047;
		case 45u: goto tr1048;
		case 125u: goto tr1050;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1049;
	goto st0;
tr1047:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 498; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st498;
tr1048:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 498; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 498; goto _out;} }
	goto st498;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
#line 12899 "server.c"
	if ( (*p) == 125u )
		goto st499;
	goto st0;
tr1050:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 499; goto _out;} }
  }
	goto st499;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
#line 12911 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1052;
		case 13u: goto st500;
	}
	goto st0;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
	if ( (*p) == 10u )
		goto tr1054;
	goto st0;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
	if ( (*p) == 32u )
		goto st502;
	goto st0;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
	switch( (*p) ) {
		case 32u: goto tr1056;
		case 34u: goto tr1058;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1059;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1057;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1057;
	goto tr1060;
tr1056:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 503; goto _out;} }
	goto st503;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
#line 12961 "server.c"
	switch( (*p) ) {
		case 32u: goto st503;
		case 34u: goto tr1058;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1059;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1057;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1057;
	goto tr1060;
tr1064:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 504; goto _out;} }
	goto st504;
tr1060:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 504; goto _out;} }
	goto st504;
tr1057:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st504;
tr1063:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st504;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
#line 12999 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1062;
		case 33u: goto tr1063;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1063;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1063;
	goto tr1064;
tr1062:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 505; goto _out;} }
	goto st505;
tr1159:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 505; goto _out;} }
	goto st505;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
#line 13034 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1065;
		case 34u: goto tr1067;
		case 37u: goto st0;
		case 40u: goto tr1068;
		case 92u: goto st0;
		case 123u: goto tr1069;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1066;
		} else if ( (*p) >= 41u )
			goto st0;
	} else
		goto tr1066;
	goto tr1070;
tr1065:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 506; goto _out;} }
	goto st506;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
#line 13062 "server.c"
	switch( (*p) ) {
		case 32u: goto st506;
		case 34u: goto tr1067;
		case 37u: goto st0;
		case 40u: goto tr1068;
		case 92u: goto st0;
		case 123u: goto tr1069;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1066;
		} else if ( (*p) >= 41u )
			goto st0;
	} else
		goto tr1066;
	goto tr1070;
tr1076:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 507; goto _out;} }
	goto st507;
tr1070:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 507; goto _out;} }
	goto st507;
tr1066:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st507;
tr1075:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st507;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
#line 13101 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1072;
		case 13u: goto tr1073;
		case 32u: goto tr1074;
		case 33u: goto tr1075;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1075;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1075;
	goto tr1076;
tr1127:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1476; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1476;
tr1077:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1476;
tr1078:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1476; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1476; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1476;
tr1072:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1476; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1476; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1476;
tr1086:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1476; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1476; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1476;
st1476:
	if ( ++p == pe )
		goto _test_eof1476;
case 1476:
#line 13154 "server.c"
	goto st0;
tr1079:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 508; goto _out;} }
	goto st508;
tr1087:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 508; goto _out;} }
	goto st508;
tr1073:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 508; goto _out;} }
	goto st508;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
#line 13173 "server.c"
	if ( (*p) == 10u )
		goto tr1077;
	goto st0;
tr1088:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 509; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st509;
tr1074:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 509; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st509;
st509:
	if ( ++p == pe )
		goto _test_eof509;
case 509:
#line 13193 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1078;
		case 13u: goto tr1079;
		case 32u: goto tr1080;
		case 34u: goto tr1067;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1069;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1066;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1066;
	goto tr1070;
tr1080:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 510; goto _out;} }
	goto st510;
st510:
	if ( ++p == pe )
		goto _test_eof510;
case 510:
#line 13222 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1078;
		case 13u: goto tr1079;
		case 32u: goto st510;
		case 34u: goto tr1067;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1069;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1066;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1066;
	goto tr1070;
tr1067:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st511;
tr1082:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st511;
tr1085:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st511;
tr1089:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st511;
st511:
	if ( ++p == pe )
		goto _test_eof511;
case 511:
#line 13264 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1083;
		case 92u: goto st513;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1082;
	goto tr1085;
tr1083:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st512;
tr1096:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 512; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 512; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st512;
tr1098:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 512; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st512;
st512:
	if ( ++p == pe )
		goto _test_eof512;
case 512:
#line 13304 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1086;
		case 13u: goto tr1087;
		case 32u: goto tr1088;
	}
	goto st0;
st513:
	if ( ++p == pe )
		goto _test_eof513;
case 513:
	switch( (*p) ) {
		case 34u: goto tr1089;
		case 92u: goto tr1089;
	}
	goto st0;
tr1069:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st514;
st514:
	if ( ++p == pe )
		goto _test_eof514;
case 514:
#line 13326 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1090;
	goto st0;
tr1090:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 515; goto _out;} }
      p = num_last;
    }
  }
	goto st515;
tr1093:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 515; goto _out;} }
      p = num_last;
    }
  }
	goto st515;
st515:
	if ( ++p == pe )
		goto _test_eof515;
case 515:
#line 13352 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1091;
		case 45u: goto tr1092;
		case 125u: goto tr1094;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1093;
	goto st0;
tr1091:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 516; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st516;
tr1092:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 516; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 516; goto _out;} }
	goto st516;
st516:
	if ( ++p == pe )
		goto _test_eof516;
case 516:
#line 13376 "server.c"
	if ( (*p) == 125u )
		goto st517;
	goto st0;
tr1094:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 517; goto _out;} }
  }
	goto st517;
st517:
	if ( ++p == pe )
		goto _test_eof517;
case 517:
#line 13388 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1096;
		case 13u: goto st518;
	}
	goto st0;
st518:
	if ( ++p == pe )
		goto _test_eof518;
case 518:
	if ( (*p) == 10u )
		goto tr1098;
	goto st0;
tr1068:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 519; goto _out;} }
	goto st519;
st519:
	if ( ++p == pe )
		goto _test_eof519;
case 519:
#line 13407 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1100;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1101;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1099;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1099;
	goto tr1102;
tr1105:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 520; goto _out;} }
	goto st520;
tr1102:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 520; goto _out;} }
	goto st520;
tr1099:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st520;
tr1104:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st520;
st520:
	if ( ++p == pe )
		goto _test_eof520;
case 520:
#line 13444 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1103;
		case 33u: goto tr1104;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1104;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1104;
	goto tr1105;
tr1125:
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 521; goto _out;} }
	goto st521;
tr1103:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 521; goto _out;} }
	goto st521;
st521:
	if ( ++p == pe )
		goto _test_eof521;
case 521:
#line 13479 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1106;
		case 34u: goto tr1107;
		case 78u: goto tr1108;
		case 110u: goto tr1108;
		case 123u: goto tr1109;
		case 126u: goto tr1110;
	}
	goto st0;
tr1106:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 522; goto _out;} }
	goto st522;
st522:
	if ( ++p == pe )
		goto _test_eof522;
case 522:
#line 13495 "server.c"
	switch( (*p) ) {
		case 32u: goto st522;
		case 34u: goto tr1107;
		case 78u: goto tr1108;
		case 110u: goto tr1108;
		case 123u: goto tr1109;
		case 126u: goto tr1110;
	}
	goto st0;
tr1107:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st523;
tr1112:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st523;
tr1115:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st523;
tr1140:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st523;
st523:
	if ( ++p == pe )
		goto _test_eof523;
case 523:
#line 13524 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1113;
		case 92u: goto st537;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1112;
	goto tr1115;
tr1113:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st524;
tr1151:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 524; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 524; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st524;
tr1153:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 524; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st524;
st524:
	if ( ++p == pe )
		goto _test_eof524;
case 524:
#line 13564 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1116;
		case 41u: goto tr1117;
	}
	goto st0;
tr1116:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 525; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st525;
tr1143:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 525; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st525;
st525:
	if ( ++p == pe )
		goto _test_eof525;
case 525:
#line 13588 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1118;
		case 34u: goto tr1100;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1119;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1101;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1099;
	} else
		goto st0;
	goto tr1102;
tr1118:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 526; goto _out;} }
	goto st526;
st526:
	if ( ++p == pe )
		goto _test_eof526;
case 526:
#line 13612 "server.c"
	switch( (*p) ) {
		case 32u: goto st526;
		case 34u: goto tr1100;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1119;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1101;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1099;
	} else
		goto st0;
	goto tr1102;
tr1100:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st527;
tr1121:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st527;
tr1124:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st527;
tr1126:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st527;
st527:
	if ( ++p == pe )
		goto _test_eof527;
case 527:
#line 13649 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1122;
		case 92u: goto st529;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1121;
	goto tr1124;
tr1122:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st528;
tr1137:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 528; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 528; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st528;
tr1139:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 528; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st528;
st528:
	if ( ++p == pe )
		goto _test_eof528;
case 528:
#line 13689 "server.c"
	if ( (*p) == 32u )
		goto tr1125;
	goto st0;
st529:
	if ( ++p == pe )
		goto _test_eof529;
case 529:
	switch( (*p) ) {
		case 34u: goto tr1126;
		case 92u: goto tr1126;
	}
	goto st0;
tr1119:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 530; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st530;
tr1117:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 530; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st530;
tr1144:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 530; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st530;
st530:
	if ( ++p == pe )
		goto _test_eof530;
case 530:
#line 13724 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1127;
		case 13u: goto st508;
		case 32u: goto tr1129;
	}
	goto st0;
tr1129:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st531;
st531:
	if ( ++p == pe )
		goto _test_eof531;
case 531:
#line 13737 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1078;
		case 13u: goto tr1079;
		case 32u: goto st531;
	}
	goto st0;
tr1101:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st532;
st532:
	if ( ++p == pe )
		goto _test_eof532;
case 532:
#line 13750 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1131;
	goto st0;
tr1131:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 533; goto _out;} }
      p = num_last;
    }
  }
	goto st533;
tr1134:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 533; goto _out;} }
      p = num_last;
    }
  }
	goto st533;
st533:
	if ( ++p == pe )
		goto _test_eof533;
case 533:
#line 13776 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1132;
		case 45u: goto tr1133;
		case 125u: goto tr1135;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1134;
	goto st0;
tr1132:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 534; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st534;
tr1133:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 534; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 534; goto _out;} }
	goto st534;
st534:
	if ( ++p == pe )
		goto _test_eof534;
case 534:
#line 13800 "server.c"
	if ( (*p) == 125u )
		goto st535;
	goto st0;
tr1135:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 535; goto _out;} }
  }
	goto st535;
st535:
	if ( ++p == pe )
		goto _test_eof535;
case 535:
#line 13812 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1137;
		case 13u: goto st536;
	}
	goto st0;
st536:
	if ( ++p == pe )
		goto _test_eof536;
case 536:
	if ( (*p) == 10u )
		goto tr1139;
	goto st0;
st537:
	if ( ++p == pe )
		goto _test_eof537;
case 537:
	switch( (*p) ) {
		case 34u: goto tr1140;
		case 92u: goto tr1140;
	}
	goto st0;
tr1108:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st538;
st538:
	if ( ++p == pe )
		goto _test_eof538;
case 538:
#line 13840 "server.c"
	switch( (*p) ) {
		case 73u: goto st539;
		case 105u: goto st539;
	}
	goto st0;
st539:
	if ( ++p == pe )
		goto _test_eof539;
case 539:
	switch( (*p) ) {
		case 76u: goto st540;
		case 108u: goto st540;
	}
	goto st0;
st540:
	if ( ++p == pe )
		goto _test_eof540;
case 540:
	switch( (*p) ) {
		case 32u: goto tr1143;
		case 41u: goto tr1144;
	}
	goto st0;
tr1109:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st541;
st541:
	if ( ++p == pe )
		goto _test_eof541;
case 541:
#line 13870 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1145;
	goto st0;
tr1145:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 542; goto _out;} }
      p = num_last;
    }
  }
	goto st542;
tr1148:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 542; goto _out;} }
      p = num_last;
    }
  }
	goto st542;
st542:
	if ( ++p == pe )
		goto _test_eof542;
case 542:
#line 13896 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1146;
		case 45u: goto tr1147;
		case 125u: goto tr1149;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1148;
	goto st0;
tr1146:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 543; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st543;
tr1147:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 543; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 543; goto _out;} }
	goto st543;
st543:
	if ( ++p == pe )
		goto _test_eof543;
case 543:
#line 13920 "server.c"
	if ( (*p) == 125u )
		goto st544;
	goto st0;
tr1149:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 544; goto _out;} }
  }
	goto st544;
st544:
	if ( ++p == pe )
		goto _test_eof544;
case 544:
#line 13932 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1151;
		case 13u: goto st545;
	}
	goto st0;
st545:
	if ( ++p == pe )
		goto _test_eof545;
case 545:
	if ( (*p) == 10u )
		goto tr1153;
	goto st0;
tr1110:
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st546;
st546:
	if ( ++p == pe )
		goto _test_eof546;
case 546:
#line 13951 "server.c"
	if ( (*p) == 123u )
		goto st541;
	goto st0;
tr1058:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st547;
tr1155:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st547;
tr1158:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st547;
tr1160:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st547;
st547:
	if ( ++p == pe )
		goto _test_eof547;
case 547:
#line 13974 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1156;
		case 92u: goto st549;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1155;
	goto tr1158;
tr1156:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st548;
tr1167:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 548; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 548; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st548;
tr1169:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 548; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st548;
st548:
	if ( ++p == pe )
		goto _test_eof548;
case 548:
#line 14014 "server.c"
	if ( (*p) == 32u )
		goto tr1159;
	goto st0;
st549:
	if ( ++p == pe )
		goto _test_eof549;
case 549:
	switch( (*p) ) {
		case 34u: goto tr1160;
		case 92u: goto tr1160;
	}
	goto st0;
tr1059:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st550;
st550:
	if ( ++p == pe )
		goto _test_eof550;
case 550:
#line 14033 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1161;
	goto st0;
tr1161:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 551; goto _out;} }
      p = num_last;
    }
  }
	goto st551;
tr1164:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 551; goto _out;} }
      p = num_last;
    }
  }
	goto st551;
st551:
	if ( ++p == pe )
		goto _test_eof551;
case 551:
#line 14059 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1162;
		case 45u: goto tr1163;
		case 125u: goto tr1165;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1164;
	goto st0;
tr1162:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 552; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st552;
tr1163:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 552; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 552; goto _out;} }
	goto st552;
st552:
	if ( ++p == pe )
		goto _test_eof552;
case 552:
#line 14083 "server.c"
	if ( (*p) == 125u )
		goto st553;
	goto st0;
tr1165:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 553; goto _out;} }
  }
	goto st553;
st553:
	if ( ++p == pe )
		goto _test_eof553;
case 553:
#line 14095 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1167;
		case 13u: goto st554;
	}
	goto st0;
st554:
	if ( ++p == pe )
		goto _test_eof554;
case 554:
	if ( (*p) == 10u )
		goto tr1169;
	goto st0;
st555:
	if ( ++p == pe )
		goto _test_eof555;
case 555:
	if ( (*p) == 32u )
		goto st556;
	goto st0;
st556:
	if ( ++p == pe )
		goto _test_eof556;
case 556:
	switch( (*p) ) {
		case 32u: goto tr1171;
		case 36u: goto tr1172;
		case 40u: goto tr1173;
		case 42u: goto tr1174;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1175;
	goto st0;
tr1171:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 557; goto _out;} }
	goto st557;
st557:
	if ( ++p == pe )
		goto _test_eof557;
case 557:
#line 14134 "server.c"
	switch( (*p) ) {
		case 32u: goto st557;
		case 36u: goto tr1172;
		case 40u: goto tr1173;
		case 42u: goto tr1174;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1175;
	goto st0;
tr1172:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 558; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 558; goto _out;} }
	goto st558;
st558:
	if ( ++p == pe )
		goto _test_eof558;
case 558:
#line 14151 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1177;
		case 13u: goto tr1178;
		case 32u: goto tr1179;
	}
	goto st0;
tr1180:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1477;
tr1181:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1477; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1477;
tr1177:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1477; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1477;
tr1195:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1477; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1477;
tr1202:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1477; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1477; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1477; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1477;
tr1210:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1477; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1477;
tr1214:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1477; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1477; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1477; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1477; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1477;
st1477:
	if ( ++p == pe )
		goto _test_eof1477;
case 1477:
#line 14229 "server.c"
	goto st0;
tr1182:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 559; goto _out;} }
	goto st559;
tr1178:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 559; goto _out;} }
	goto st559;
tr1196:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 559; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 559; goto _out;} }
	goto st559;
tr1203:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 559; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 559; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 559; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 559; goto _out;} }
	goto st559;
tr1211:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 559; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 559; goto _out;} }
	goto st559;
tr1215:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 559; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 559; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 559; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 559; goto _out;} }
	goto st559;
st559:
	if ( ++p == pe )
		goto _test_eof559;
case 559:
#line 14287 "server.c"
	if ( (*p) == 10u )
		goto tr1180;
	goto st0;
tr1179:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 560; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st560;
tr1197:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 560; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 560; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st560;
tr1204:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 560; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 560; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 560; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 560; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st560;
tr1212:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 560; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 560; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st560;
tr1216:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 560; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 560; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 560; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 560; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st560;
st560:
	if ( ++p == pe )
		goto _test_eof560;
case 560:
#line 14349 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1181;
		case 13u: goto tr1182;
		case 32u: goto st560;
	}
	goto st0;
tr1173:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 561; goto _out;} }
	goto st561;
st561:
	if ( ++p == pe )
		goto _test_eof561;
case 561:
#line 14362 "server.c"
	switch( (*p) ) {
		case 69u: goto tr1184;
		case 101u: goto tr1184;
	}
	goto st0;
tr1184:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st562;
st562:
	if ( ++p == pe )
		goto _test_eof562;
case 562:
#line 14374 "server.c"
	switch( (*p) ) {
		case 65u: goto st563;
		case 97u: goto st563;
	}
	goto st0;
st563:
	if ( ++p == pe )
		goto _test_eof563;
case 563:
	switch( (*p) ) {
		case 82u: goto st564;
		case 114u: goto st564;
	}
	goto st0;
st564:
	if ( ++p == pe )
		goto _test_eof564;
case 564:
	switch( (*p) ) {
		case 76u: goto st565;
		case 108u: goto st565;
	}
	goto st0;
st565:
	if ( ++p == pe )
		goto _test_eof565;
case 565:
	switch( (*p) ) {
		case 73u: goto st566;
		case 105u: goto st566;
	}
	goto st0;
st566:
	if ( ++p == pe )
		goto _test_eof566;
case 566:
	switch( (*p) ) {
		case 69u: goto st567;
		case 101u: goto st567;
	}
	goto st0;
st567:
	if ( ++p == pe )
		goto _test_eof567;
case 567:
	switch( (*p) ) {
		case 82u: goto st568;
		case 114u: goto st568;
	}
	goto st0;
st568:
	if ( ++p == pe )
		goto _test_eof568;
case 568:
	if ( (*p) == 41u )
		goto tr1191;
	goto st0;
tr1191:
#line 31 "response.rl"
	{ if (!ik_r_attr(ps, p, 0)) {p++;  ps->cs = 569; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st569;
st569:
	if ( ++p == pe )
		goto _test_eof569;
case 569:
#line 14439 "server.c"
	if ( (*p) == 32u )
		goto st570;
	goto st0;
st570:
	if ( ++p == pe )
		goto _test_eof570;
case 570:
	switch( (*p) ) {
		case 32u: goto tr1193;
		case 36u: goto tr1172;
		case 42u: goto tr1174;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1175;
	goto st0;
tr1193:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 571; goto _out;} }
	goto st571;
st571:
	if ( ++p == pe )
		goto _test_eof571;
case 571:
#line 14461 "server.c"
	switch( (*p) ) {
		case 32u: goto st571;
		case 36u: goto tr1172;
		case 42u: goto tr1174;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1175;
	goto st0;
tr1174:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 572; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st572;
tr1200:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st572;
st572:
	if ( ++p == pe )
		goto _test_eof572;
case 572:
#line 14482 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1195;
		case 13u: goto tr1196;
		case 32u: goto tr1197;
		case 44u: goto tr1198;
		case 58u: goto tr1199;
	}
	goto st0;
tr1198:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 573; goto _out;} }
	goto st573;
tr1205:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 573; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 573; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 573; goto _out;} }
	goto st573;
tr1213:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 573; goto _out;} }
	goto st573;
tr1217:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 573; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 573; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 573; goto _out;} }
	goto st573;
st573:
	if ( ++p == pe )
		goto _test_eof573;
case 573:
#line 14532 "server.c"
	if ( (*p) == 42u )
		goto tr1200;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1201;
	goto st0;
tr1206:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 574; goto _out;} }
      p = num_last;
    }
  }
	goto st574;
tr1175:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 574; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 574; goto _out;} }
      p = num_last;
    }
  }
	goto st574;
tr1201:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 574; goto _out;} }
      p = num_last;
    }
  }
	goto st574;
st574:
	if ( ++p == pe )
		goto _test_eof574;
case 574:
#line 14573 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1202;
		case 13u: goto tr1203;
		case 32u: goto tr1204;
		case 44u: goto tr1205;
		case 58u: goto tr1207;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1206;
	goto st0;
tr1199:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st575;
tr1207:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 575; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 575; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st575;
st575:
	if ( ++p == pe )
		goto _test_eof575;
case 575:
#line 14604 "server.c"
	if ( (*p) == 42u )
		goto tr1208;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1209;
	goto st0;
tr1208:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st576;
st576:
	if ( ++p == pe )
		goto _test_eof576;
case 576:
#line 14616 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1210;
		case 13u: goto tr1211;
		case 32u: goto tr1212;
		case 44u: goto tr1213;
	}
	goto st0;
tr1209:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 577; goto _out;} }
      p = num_last;
    }
  }
	goto st577;
tr1218:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 577; goto _out;} }
      p = num_last;
    }
  }
	goto st577;
st577:
	if ( ++p == pe )
		goto _test_eof577;
case 577:
#line 14646 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1214;
		case 13u: goto tr1215;
		case 32u: goto tr1216;
		case 44u: goto tr1217;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1218;
	goto st0;
st578:
	if ( ++p == pe )
		goto _test_eof578;
case 578:
	if ( (*p) == 32u )
		goto st579;
	goto st0;
st579:
	if ( ++p == pe )
		goto _test_eof579;
case 579:
	switch( (*p) ) {
		case 32u: goto tr1220;
		case 34u: goto tr1222;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1223;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1221;
	goto tr1224;
tr1220:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 580; goto _out;} }
	goto st580;
st580:
	if ( ++p == pe )
		goto _test_eof580;
case 580:
#line 14693 "server.c"
	switch( (*p) ) {
		case 32u: goto st580;
		case 34u: goto tr1222;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1223;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1221;
	goto tr1224;
tr1230:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 581; goto _out;} }
	goto st581;
tr1224:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 581; goto _out;} }
	goto st581;
tr1221:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st581;
tr1229:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st581;
st581:
	if ( ++p == pe )
		goto _test_eof581;
case 581:
#line 14731 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1226;
		case 13u: goto tr1227;
		case 32u: goto tr1228;
		case 33u: goto tr1229;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1229;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1229;
	goto tr1230;
tr1231:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1478;
tr1232:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1478; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1478; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1478;
tr1226:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1478; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1478; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1478;
tr1240:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1478; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1478; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1478;
st1478:
	if ( ++p == pe )
		goto _test_eof1478;
case 1478:
#line 14780 "server.c"
	goto st0;
tr1233:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 582; goto _out;} }
	goto st582;
tr1241:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 582; goto _out;} }
	goto st582;
tr1227:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 582; goto _out;} }
	goto st582;
st582:
	if ( ++p == pe )
		goto _test_eof582;
case 582:
#line 14799 "server.c"
	if ( (*p) == 10u )
		goto tr1231;
	goto st0;
tr1242:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 583; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st583;
tr1228:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 583; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st583;
st583:
	if ( ++p == pe )
		goto _test_eof583;
case 583:
#line 14819 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1232;
		case 13u: goto tr1233;
		case 32u: goto tr1234;
		case 34u: goto tr1222;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1223;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1221;
	goto tr1224;
tr1234:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 584; goto _out;} }
	goto st584;
st584:
	if ( ++p == pe )
		goto _test_eof584;
case 584:
#line 14848 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1232;
		case 13u: goto tr1233;
		case 32u: goto st584;
		case 34u: goto tr1222;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1223;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1221;
	goto tr1224;
tr1222:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st585;
tr1236:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st585;
tr1239:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st585;
tr1243:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st585;
st585:
	if ( ++p == pe )
		goto _test_eof585;
case 585:
#line 14890 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1237;
		case 92u: goto st587;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1236;
	goto tr1239;
tr1237:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st586;
tr1250:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 586; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 586; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st586;
tr1252:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 586; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st586;
st586:
	if ( ++p == pe )
		goto _test_eof586;
case 586:
#line 14930 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1240;
		case 13u: goto tr1241;
		case 32u: goto tr1242;
	}
	goto st0;
st587:
	if ( ++p == pe )
		goto _test_eof587;
case 587:
	switch( (*p) ) {
		case 34u: goto tr1243;
		case 92u: goto tr1243;
	}
	goto st0;
tr1223:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st588;
st588:
	if ( ++p == pe )
		goto _test_eof588;
case 588:
#line 14952 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1244;
	goto st0;
tr1244:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 589; goto _out;} }
      p = num_last;
    }
  }
	goto st589;
tr1247:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 589; goto _out;} }
      p = num_last;
    }
  }
	goto st589;
st589:
	if ( ++p == pe )
		goto _test_eof589;
case 589:
#line 14978 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1245;
		case 45u: goto tr1246;
		case 125u: goto tr1248;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1247;
	goto st0;
tr1245:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 590; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st590;
tr1246:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 590; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 590; goto _out;} }
	goto st590;
st590:
	if ( ++p == pe )
		goto _test_eof590;
case 590:
#line 15002 "server.c"
	if ( (*p) == 125u )
		goto st591;
	goto st0;
tr1248:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 591; goto _out;} }
  }
	goto st591;
st591:
	if ( ++p == pe )
		goto _test_eof591;
case 591:
#line 15014 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1250;
		case 13u: goto st592;
	}
	goto st0;
st592:
	if ( ++p == pe )
		goto _test_eof592;
case 592:
	if ( (*p) == 10u )
		goto tr1252;
	goto st0;
st593:
	if ( ++p == pe )
		goto _test_eof593;
case 593:
	if ( (*p) == 32u )
		goto st594;
	goto st0;
st594:
	if ( ++p == pe )
		goto _test_eof594;
case 594:
	switch( (*p) ) {
		case 32u: goto tr1254;
		case 34u: goto tr1256;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1257;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1255;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1255;
	goto tr1258;
tr1254:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 595; goto _out;} }
	goto st595;
st595:
	if ( ++p == pe )
		goto _test_eof595;
case 595:
#line 15064 "server.c"
	switch( (*p) ) {
		case 32u: goto st595;
		case 34u: goto tr1256;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1257;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1255;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1255;
	goto tr1258;
tr1262:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 596; goto _out;} }
	goto st596;
tr1258:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 596; goto _out;} }
	goto st596;
tr1255:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st596;
tr1261:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st596;
st596:
	if ( ++p == pe )
		goto _test_eof596;
case 596:
#line 15102 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1260;
		case 33u: goto tr1261;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1261;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1261;
	goto tr1262;
tr1285:
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 597; goto _out;} }
	goto st597;
tr1260:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 29 "response.rl"
	{ if (!ik_r_pair(ps)) {p++;  ps->cs = 597; goto _out;} }
	goto st597;
st597:
	if ( ++p == pe )
		goto _test_eof597;
case 597:
#line 15137 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1263;
		case 34u: goto tr1264;
		case 40u: goto tr1265;
		case 78u: goto tr1266;
		case 110u: goto tr1266;
		case 123u: goto tr1267;
	}
	goto st0;
tr1263:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 598; goto _out;} }
	goto st598;
st598:
	if ( ++p == pe )
		goto _test_eof598;
case 598:
#line 15153 "server.c"
	switch( (*p) ) {
		case 32u: goto st598;
		case 34u: goto tr1264;
		case 40u: goto tr1265;
		case 78u: goto tr1266;
		case 110u: goto tr1266;
		case 123u: goto tr1267;
	}
	goto st0;
tr1264:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st599;
tr1269:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st599;
tr1272:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st599;
tr1296:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st599;
st599:
	if ( ++p == pe )
		goto _test_eof599;
case 599:
#line 15182 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1270;
		case 92u: goto st612;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1269;
	goto tr1272;
tr1270:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st600;
tr1311:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 600; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 600; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st600;
tr1313:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 600; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st600;
st600:
	if ( ++p == pe )
		goto _test_eof600;
case 600:
#line 15222 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1273;
		case 13u: goto tr1274;
		case 32u: goto tr1275;
	}
	goto st0;
tr1276:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1479;
tr1277:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1479; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1479; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1479;
tr1273:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1479; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1479; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1479;
tr1297:
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1479; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1479;
tr1302:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1479; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1479; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1479;
st1479:
	if ( ++p == pe )
		goto _test_eof1479;
case 1479:
#line 15262 "server.c"
	goto st0;
tr1278:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 601; goto _out;} }
	goto st601;
tr1274:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 601; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
	goto st601;
tr1298:
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
	goto st601;
tr1303:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 601; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
	goto st601;
st601:
	if ( ++p == pe )
		goto _test_eof601;
case 601:
#line 15286 "server.c"
	if ( (*p) == 10u )
		goto tr1276;
	goto st0;
tr1275:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 602; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st602;
tr1304:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 602; goto _out;} }
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st602;
tr1299:
#line 27 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st602;
st602:
	if ( ++p == pe )
		goto _test_eof602;
case 602:
#line 15312 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1277;
		case 13u: goto tr1278;
		case 32u: goto tr1279;
		case 34u: goto tr1256;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1257;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1255;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1255;
	goto tr1258;
tr1279:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 603; goto _out;} }
	goto st603;
st603:
	if ( ++p == pe )
		goto _test_eof603;
case 603:
#line 15341 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1277;
		case 13u: goto tr1278;
		case 32u: goto st603;
		case 34u: goto tr1256;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1257;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1255;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1255;
	goto tr1258;
tr1256:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st604;
tr1281:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st604;
tr1284:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st604;
tr1286:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st604;
st604:
	if ( ++p == pe )
		goto _test_eof604;
case 604:
#line 15383 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1282;
		case 92u: goto st606;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1281;
	goto tr1284;
tr1282:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st605;
tr1293:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 605; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 605; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st605;
tr1295:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 605; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st605;
st605:
	if ( ++p == pe )
		goto _test_eof605;
case 605:
#line 15423 "server.c"
	if ( (*p) == 32u )
		goto tr1285;
	goto st0;
st606:
	if ( ++p == pe )
		goto _test_eof606;
case 606:
	switch( (*p) ) {
		case 34u: goto tr1286;
		case 92u: goto tr1286;
	}
	goto st0;
tr1257:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st607;
st607:
	if ( ++p == pe )
		goto _test_eof607;
case 607:
#line 15442 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1287;
	goto st0;
tr1287:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 608; goto _out;} }
      p = num_last;
    }
  }
	goto st608;
tr1290:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 608; goto _out;} }
      p = num_last;
    }
  }
	goto st608;
st608:
	if ( ++p == pe )
		goto _test_eof608;
case 608:
#line 15468 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1288;
		case 45u: goto tr1289;
		case 125u: goto tr1291;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1290;
	goto st0;
tr1288:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 609; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st609;
tr1289:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 609; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 609; goto _out;} }
	goto st609;
st609:
	if ( ++p == pe )
		goto _test_eof609;
case 609:
#line 15492 "server.c"
	if ( (*p) == 125u )
		goto st610;
	goto st0;
tr1291:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 610; goto _out;} }
  }
	goto st610;
st610:
	if ( ++p == pe )
		goto _test_eof610;
case 610:
#line 15504 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1293;
		case 13u: goto st611;
	}
	goto st0;
st611:
	if ( ++p == pe )
		goto _test_eof611;
case 611:
	if ( (*p) == 10u )
		goto tr1295;
	goto st0;
st612:
	if ( ++p == pe )
		goto _test_eof612;
case 612:
	switch( (*p) ) {
		case 34u: goto tr1296;
		case 92u: goto tr1296;
	}
	goto st0;
tr1265:
#line 223 "response.rl"
	{ ps->parents[ps->depth]->flags |= IK_NF_GENERIC; }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 613; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 613;goto st11;}}
    }
  }
	goto st613;
st613:
	if ( ++p == pe )
		goto _test_eof613;
case 613:
#line 15539 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1297;
		case 13u: goto tr1298;
		case 32u: goto tr1299;
	}
	goto st0;
tr1266:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st614;
st614:
	if ( ++p == pe )
		goto _test_eof614;
case 614:
#line 15552 "server.c"
	switch( (*p) ) {
		case 73u: goto st615;
		case 105u: goto st615;
	}
	goto st0;
st615:
	if ( ++p == pe )
		goto _test_eof615;
case 615:
	switch( (*p) ) {
		case 76u: goto st616;
		case 108u: goto st616;
	}
	goto st0;
st616:
	if ( ++p == pe )
		goto _test_eof616;
case 616:
	switch( (*p) ) {
		case 10u: goto tr1302;
		case 13u: goto tr1303;
		case 32u: goto tr1304;
	}
	goto st0;
tr1267:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st617;
st617:
	if ( ++p == pe )
		goto _test_eof617;
case 617:
#line 15583 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1305;
	goto st0;
tr1305:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 618; goto _out;} }
      p = num_last;
    }
  }
	goto st618;
tr1308:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 618; goto _out;} }
      p = num_last;
    }
  }
	goto st618;
st618:
	if ( ++p == pe )
		goto _test_eof618;
case 618:
#line 15609 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1306;
		case 45u: goto tr1307;
		case 125u: goto tr1309;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1308;
	goto st0;
tr1306:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 619; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st619;
tr1307:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 619; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 619; goto _out;} }
	goto st619;
st619:
	if ( ++p == pe )
		goto _test_eof619;
case 619:
#line 15633 "server.c"
	if ( (*p) == 125u )
		goto st620;
	goto st0;
tr1309:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 620; goto _out;} }
  }
	goto st620;
st620:
	if ( ++p == pe )
		goto _test_eof620;
case 620:
#line 15645 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1311;
		case 13u: goto st621;
	}
	goto st0;
st621:
	if ( ++p == pe )
		goto _test_eof621;
case 621:
	if ( (*p) == 10u )
		goto tr1313;
	goto st0;
st622:
	if ( ++p == pe )
		goto _test_eof622;
case 622:
	if ( (*p) == 32u )
		goto st623;
	goto st0;
st623:
	if ( ++p == pe )
		goto _test_eof623;
case 623:
	switch( (*p) ) {
		case 32u: goto tr1315;
		case 34u: goto tr1317;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1318;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1316;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1316;
	goto tr1319;
tr1315:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 624; goto _out;} }
	goto st624;
st624:
	if ( ++p == pe )
		goto _test_eof624;
case 624:
#line 15695 "server.c"
	switch( (*p) ) {
		case 32u: goto st624;
		case 34u: goto tr1317;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1318;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1316;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1316;
	goto tr1319;
tr1323:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 625; goto _out;} }
	goto st625;
tr1319:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 625; goto _out;} }
	goto st625;
tr1316:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st625;
tr1322:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st625;
st625:
	if ( ++p == pe )
		goto _test_eof625;
case 625:
#line 15733 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1321;
		case 33u: goto tr1322;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1322;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1322;
	goto tr1323;
tr1321:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 626; goto _out;} }
	goto st626;
tr1350:
#line 225 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 626; goto _out;} }
	goto st626;
st626:
	if ( ++p == pe )
		goto _test_eof626;
case 626:
#line 15768 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1324;
		case 40u: goto tr1325;
	}
	goto st0;
tr1324:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 627; goto _out;} }
	goto st627;
st627:
	if ( ++p == pe )
		goto _test_eof627;
case 627:
#line 15780 "server.c"
	switch( (*p) ) {
		case 32u: goto st627;
		case 40u: goto tr1325;
	}
	goto st0;
tr1325:
#line 237 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 628; goto _out;} }
	goto st628;
st628:
	if ( ++p == pe )
		goto _test_eof628;
case 628:
#line 15792 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1327;
		case 33u: goto tr1328;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1329;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1328;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr1328;
	goto tr1330;
tr1327:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st629;
st629:
	if ( ++p == pe )
		goto _test_eof629;
case 629:
#line 15821 "server.c"
	switch( (*p) ) {
		case 32u: goto st629;
		case 41u: goto tr1332;
	}
	goto st0;
tr1332:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 630; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st630;
tr1329:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st630;
st630:
	if ( ++p == pe )
		goto _test_eof630;
case 630:
#line 15837 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1333;
		case 13u: goto st631;
		case 32u: goto tr1335;
	}
	goto st0;
tr1333:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1480; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1480;
tr1336:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1480;
tr1337:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1480; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1480; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1480;
st1480:
	if ( ++p == pe )
		goto _test_eof1480;
case 1480:
#line 15859 "server.c"
	goto st0;
tr1338:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 631; goto _out;} }
	goto st631;
st631:
	if ( ++p == pe )
		goto _test_eof631;
case 631:
#line 15867 "server.c"
	if ( (*p) == 10u )
		goto tr1336;
	goto st0;
tr1335:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st632;
st632:
	if ( ++p == pe )
		goto _test_eof632;
case 632:
#line 15877 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1337;
		case 13u: goto tr1338;
		case 32u: goto st632;
	}
	goto st0;
tr1342:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 633; goto _out;} }
	goto st633;
tr1328:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st633;
tr1330:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 633; goto _out;} }
	goto st633;
tr1341:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st633;
st633:
	if ( ++p == pe )
		goto _test_eof633;
case 633:
#line 15901 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1340;
		case 33u: goto tr1341;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1341;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1341;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1341;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1342;
tr1340:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 238 "response.rl"
	{ { int t = satt_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 634; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 634;  ps->cs = (t);goto _again;}} } }
	goto st634;
st634:
	if ( ++p == pe )
		goto _test_eof634;
case 634:
#line 15938 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1343;
		case 41u: goto tr1329;
	}
	goto st0;
tr1343:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st635;
st635:
	if ( ++p == pe )
		goto _test_eof635;
case 635:
#line 15950 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 33u: goto tr1328;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1332;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1328;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr1328;
	goto tr1330;
tr1344:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 636; goto _out;} }
	goto st636;
st636:
	if ( ++p == pe )
		goto _test_eof636;
case 636:
#line 15979 "server.c"
	switch( (*p) ) {
		case 32u: goto st636;
		case 33u: goto tr1328;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1332;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1328;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr1328;
	goto tr1330;
tr1317:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st637;
tr1346:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st637;
tr1349:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st637;
tr1351:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st637;
st637:
	if ( ++p == pe )
		goto _test_eof637;
case 637:
#line 16021 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1347;
		case 92u: goto st639;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1346;
	goto tr1349;
tr1347:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st638;
tr1358:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 638; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 638; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st638;
tr1360:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 638; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st638;
st638:
	if ( ++p == pe )
		goto _test_eof638;
case 638:
#line 16061 "server.c"
	if ( (*p) == 32u )
		goto tr1350;
	goto st0;
st639:
	if ( ++p == pe )
		goto _test_eof639;
case 639:
	switch( (*p) ) {
		case 34u: goto tr1351;
		case 92u: goto tr1351;
	}
	goto st0;
tr1318:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st640;
st640:
	if ( ++p == pe )
		goto _test_eof640;
case 640:
#line 16080 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1352;
	goto st0;
tr1352:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 641; goto _out;} }
      p = num_last;
    }
  }
	goto st641;
tr1355:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 641; goto _out;} }
      p = num_last;
    }
  }
	goto st641;
st641:
	if ( ++p == pe )
		goto _test_eof641;
case 641:
#line 16106 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1353;
		case 45u: goto tr1354;
		case 125u: goto tr1356;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1355;
	goto st0;
tr1353:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 642; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st642;
tr1354:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 642; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 642; goto _out;} }
	goto st642;
st642:
	if ( ++p == pe )
		goto _test_eof642;
case 642:
#line 16130 "server.c"
	if ( (*p) == 125u )
		goto st643;
	goto st0;
tr1356:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 643; goto _out;} }
  }
	goto st643;
st643:
	if ( ++p == pe )
		goto _test_eof643;
case 643:
#line 16142 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1358;
		case 13u: goto st644;
	}
	goto st0;
st644:
	if ( ++p == pe )
		goto _test_eof644;
case 644:
	if ( (*p) == 10u )
		goto tr1360;
	goto st0;
st645:
	if ( ++p == pe )
		goto _test_eof645;
case 645:
	if ( (*p) == 32u )
		goto st646;
	goto st0;
st646:
	if ( ++p == pe )
		goto _test_eof646;
case 646:
	if ( (*p) == 32u )
		goto tr1362;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1363;
	goto st0;
tr1362:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 647; goto _out;} }
	goto st647;
st647:
	if ( ++p == pe )
		goto _test_eof647;
case 647:
#line 16177 "server.c"
	if ( (*p) == 32u )
		goto st647;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1363;
	goto st0;
tr1363:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 648; goto _out;} }
      p = num_last;
    }
  }
	goto st648;
tr1366:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 648; goto _out;} }
      p = num_last;
    }
  }
	goto st648;
st648:
	if ( ++p == pe )
		goto _test_eof648;
case 648:
#line 16205 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1365;
		case 41u: goto tr1365;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1366;
	goto st0;
tr1365:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1481; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1481; goto _out;} }
#line 239 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1481;
st1481:
	if ( ++p == pe )
		goto _test_eof1481;
case 1481:
#line 16228 "server.c"
	goto st0;
st649:
	if ( ++p == pe )
		goto _test_eof649;
case 649:
	if ( (*p) == 32u )
		goto st650;
	goto st0;
st650:
	if ( ++p == pe )
		goto _test_eof650;
case 650:
	switch( (*p) ) {
		case 32u: goto tr1368;
		case 78u: goto tr1370;
		case 110u: goto tr1370;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1369;
	goto st0;
tr1368:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 651; goto _out;} }
	goto st651;
st651:
	if ( ++p == pe )
		goto _test_eof651;
case 651:
#line 16255 "server.c"
	switch( (*p) ) {
		case 32u: goto st651;
		case 78u: goto tr1370;
		case 110u: goto tr1370;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1369;
	goto st0;
tr1369:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 652; goto _out;} }
      p = num_last;
    }
  }
	goto st652;
tr1373:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 652; goto _out;} }
      p = num_last;
    }
  }
	goto st652;
st652:
	if ( ++p == pe )
		goto _test_eof652;
case 652:
#line 16286 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1372;
		case 41u: goto tr1372;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1373;
	goto st0;
tr1372:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1482; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1482; goto _out;} }
#line 239 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1482;
tr1376:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1482; goto _out;} }
#line 239 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1482;
st1482:
	if ( ++p == pe )
		goto _test_eof1482;
case 1482:
#line 16318 "server.c"
	goto st0;
tr1370:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st653;
st653:
	if ( ++p == pe )
		goto _test_eof653;
case 653:
#line 16326 "server.c"
	switch( (*p) ) {
		case 73u: goto st654;
		case 105u: goto st654;
	}
	goto st0;
st654:
	if ( ++p == pe )
		goto _test_eof654;
case 654:
	switch( (*p) ) {
		case 76u: goto st655;
		case 108u: goto st655;
	}
	goto st0;
st655:
	if ( ++p == pe )
		goto _test_eof655;
case 655:
	switch( (*p) ) {
		case 32u: goto tr1376;
		case 41u: goto tr1376;
	}
	goto st0;
st656:
	if ( ++p == pe )
		goto _test_eof656;
case 656:
	if ( (*p) == 32u )
		goto st657;
	goto st0;
st657:
	if ( ++p == pe )
		goto _test_eof657;
case 657:
	switch( (*p) ) {
		case 32u: goto tr1378;
		case 40u: goto tr1379;
	}
	goto st0;
tr1378:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 658; goto _out;} }
	goto st658;
st658:
	if ( ++p == pe )
		goto _test_eof658;
case 658:
#line 16372 "server.c"
	switch( (*p) ) {
		case 32u: goto st658;
		case 40u: goto tr1379;
	}
	goto st0;
tr1379:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 659; goto _out;} }
	goto st659;
st659:
	if ( ++p == pe )
		goto _test_eof659;
case 659:
#line 16384 "server.c"
	switch( (*p) ) {
		case 45u: goto tr1381;
		case 95u: goto tr1381;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr1381;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1381;
	} else
		goto tr1381;
	goto st0;
tr1381:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st660;
st660:
	if ( ++p == pe )
		goto _test_eof660;
case 660:
#line 16404 "server.c"
	switch( (*p) ) {
		case 41u: goto tr1382;
		case 45u: goto st660;
		case 95u: goto st660;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st660;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st660;
	} else
		goto st660;
	goto st0;
tr1382:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 661; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st661;
st661:
	if ( ++p == pe )
		goto _test_eof661;
case 661:
#line 16431 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1384;
		case 41u: goto tr1384;
	}
	goto st0;
tr1384:
#line 239 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1483;
st1483:
	if ( ++p == pe )
		goto _test_eof1483;
case 1483:
#line 16443 "server.c"
	goto st0;
st662:
	if ( ++p == pe )
		goto _test_eof662;
case 662:
	if ( (*p) == 32u )
		goto st663;
	goto st0;
st663:
	if ( ++p == pe )
		goto _test_eof663;
case 663:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr1387;
		case 34u: goto tr1388;
		case 40u: goto tr1389;
		case 41u: goto st0;
		case 91u: goto tr1390;
		case 93u: goto st0;
		case 123u: goto tr1391;
		case 126u: goto tr1392;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1386;
	goto tr1393;
tr1386:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st664;
tr1390:
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 664; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 664;goto st22;}}
    }
  }
	goto st664;
tr1393:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st664;
tr1396:
#line 26 "generic.rl"
	{
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 664; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 664;goto st22;}}
    }
  }
	goto st664;
tr1397:
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st664;
st664:
	if ( ++p == pe )
		goto _test_eof664;
case 664:
#line 16506 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr1395;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1395;
		case 91u: goto tr1396;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st664;
	goto tr1397;
tr1405:
#line 239 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1484;
tr1395:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1484; goto _out;} }
#line 239 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1484;
tr1403:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1484; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 239 "response.rl"
	{ ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1484;
st1484:
	if ( ++p == pe )
		goto _test_eof1484;
case 1484:
#line 16536 "server.c"
	goto st0;
tr1387:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 665; goto _out;} }
	goto st665;
st665:
	if ( ++p == pe )
		goto _test_eof665;
case 665:
#line 16544 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st665;
		case 34u: goto tr1388;
		case 40u: goto tr1389;
		case 41u: goto st0;
		case 91u: goto tr1390;
		case 93u: goto st0;
		case 123u: goto tr1391;
		case 126u: goto tr1392;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1386;
	goto tr1393;
tr1388:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st666;
tr1399:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st666;
tr1402:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st666;
tr1404:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st666;
st666:
	if ( ++p == pe )
		goto _test_eof666;
case 666:
#line 16580 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1400;
		case 92u: goto st668;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1399;
	goto tr1402;
tr1400:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st667;
tr1412:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 667; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 667; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st667;
tr1414:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 667; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st667;
st667:
	if ( ++p == pe )
		goto _test_eof667;
case 667:
#line 16620 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1403;
		case 41u: goto tr1403;
	}
	goto st0;
st668:
	if ( ++p == pe )
		goto _test_eof668;
case 668:
	switch( (*p) ) {
		case 34u: goto tr1404;
		case 92u: goto tr1404;
	}
	goto st0;
tr1389:
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 669; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 669;goto st11;}}
    }
  }
	goto st669;
st669:
	if ( ++p == pe )
		goto _test_eof669;
case 669:
#line 16647 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1405;
		case 41u: goto tr1405;
	}
	goto st0;
tr1391:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st670;
st670:
	if ( ++p == pe )
		goto _test_eof670;
case 670:
#line 16659 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1406;
	goto st0;
tr1406:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 671; goto _out;} }
      p = num_last;
    }
  }
	goto st671;
tr1409:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 671; goto _out;} }
      p = num_last;
    }
  }
	goto st671;
st671:
	if ( ++p == pe )
		goto _test_eof671;
case 671:
#line 16685 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1407;
		case 45u: goto tr1408;
		case 125u: goto tr1410;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1409;
	goto st0;
tr1407:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 672; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st672;
tr1408:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 672; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 672; goto _out;} }
	goto st672;
st672:
	if ( ++p == pe )
		goto _test_eof672;
case 672:
#line 16709 "server.c"
	if ( (*p) == 125u )
		goto st673;
	goto st0;
tr1410:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 673; goto _out;} }
  }
	goto st673;
st673:
	if ( ++p == pe )
		goto _test_eof673;
case 673:
#line 16721 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1412;
		case 13u: goto st674;
	}
	goto st0;
st674:
	if ( ++p == pe )
		goto _test_eof674;
case 674:
	if ( (*p) == 10u )
		goto tr1414;
	goto st0;
tr1392:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st675;
st675:
	if ( ++p == pe )
		goto _test_eof675;
case 675:
#line 16741 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr1395;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1395;
		case 91u: goto tr1396;
		case 93u: goto st0;
		case 123u: goto st670;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st664;
	goto tr1397;
st676:
	if ( ++p == pe )
		goto _test_eof676;
case 676:
	if ( (*p) == 93u )
		goto tr1416;
	goto st0;
tr1416:
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1485;
st1485:
	if ( ++p == pe )
		goto _test_eof1485;
case 1485:
#line 16770 "server.c"
	goto st0;
st677:
	if ( ++p == pe )
		goto _test_eof677;
case 677:
	switch( (*p) ) {
		case 32u: goto st678;
		case 93u: goto tr1418;
	}
	goto st0;
st678:
	if ( ++p == pe )
		goto _test_eof678;
case 678:
	if ( (*p) == 40u )
		goto st679;
	goto st0;
st679:
	if ( ++p == pe )
		goto _test_eof679;
case 679:
	switch( (*p) ) {
		case 34u: goto tr1421;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1422;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1420;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1420;
	goto tr1423;
tr1427:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 680; goto _out;} }
	goto st680;
tr1423:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 680; goto _out;} }
	goto st680;
tr1420:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st680;
tr1425:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st680;
st680:
	if ( ++p == pe )
		goto _test_eof680;
case 680:
#line 16828 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1424;
		case 33u: goto tr1425;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1426;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1425;
	} else
		goto st0;
	goto tr1427;
tr1435:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 681; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st681;
tr1424:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 681; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st681;
st681:
	if ( ++p == pe )
		goto _test_eof681;
case 681:
#line 16862 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1428;
		case 34u: goto tr1421;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1429;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1422;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1420;
	} else
		goto st0;
	goto tr1423;
tr1428:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 682; goto _out;} }
	goto st682;
st682:
	if ( ++p == pe )
		goto _test_eof682;
case 682:
#line 16886 "server.c"
	switch( (*p) ) {
		case 32u: goto st682;
		case 34u: goto tr1421;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1429;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1422;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1420;
	} else
		goto st0;
	goto tr1423;
tr1421:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st683;
tr1431:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st683;
tr1434:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st683;
tr1437:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st683;
st683:
	if ( ++p == pe )
		goto _test_eof683;
case 683:
#line 16923 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1432;
		case 92u: goto st686;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1431;
	goto tr1434;
tr1432:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st684;
tr1444:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 684; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 684; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st684;
tr1446:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 684; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st684;
st684:
	if ( ++p == pe )
		goto _test_eof684;
case 684:
#line 16963 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1435;
		case 41u: goto tr1436;
	}
	goto st0;
tr1436:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 685; goto _out;} }
	goto st685;
tr1426:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 685; goto _out;} }
	goto st685;
tr1429:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 685; goto _out;} }
	goto st685;
st685:
	if ( ++p == pe )
		goto _test_eof685;
case 685:
#line 16986 "server.c"
	if ( (*p) == 93u )
		goto tr1418;
	goto st0;
tr1418:
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1486;
st1486:
	if ( ++p == pe )
		goto _test_eof1486;
case 1486:
#line 16996 "server.c"
	goto st0;
st686:
	if ( ++p == pe )
		goto _test_eof686;
case 686:
	switch( (*p) ) {
		case 34u: goto tr1437;
		case 92u: goto tr1437;
	}
	goto st0;
tr1422:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st687;
st687:
	if ( ++p == pe )
		goto _test_eof687;
case 687:
#line 17013 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1438;
	goto st0;
tr1438:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 688; goto _out;} }
      p = num_last;
    }
  }
	goto st688;
tr1441:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 688; goto _out;} }
      p = num_last;
    }
  }
	goto st688;
st688:
	if ( ++p == pe )
		goto _test_eof688;
case 688:
#line 17039 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1439;
		case 45u: goto tr1440;
		case 125u: goto tr1442;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1441;
	goto st0;
tr1439:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 689; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st689;
tr1440:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 689; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 689; goto _out;} }
	goto st689;
st689:
	if ( ++p == pe )
		goto _test_eof689;
case 689:
#line 17063 "server.c"
	if ( (*p) == 125u )
		goto st690;
	goto st0;
tr1442:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 690; goto _out;} }
  }
	goto st690;
st690:
	if ( ++p == pe )
		goto _test_eof690;
case 690:
#line 17075 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1444;
		case 13u: goto st691;
	}
	goto st0;
st691:
	if ( ++p == pe )
		goto _test_eof691;
case 691:
	if ( (*p) == 10u )
		goto tr1446;
	goto st0;
st692:
	if ( ++p == pe )
		goto _test_eof692;
case 692:
	switch( (*p) ) {
		case 32u: goto tr1447;
		case 93u: goto tr1448;
	}
	goto st0;
tr1447:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st693;
tr1454:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 60 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 693; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st693;
st693:
	if ( ++p == pe )
		goto _test_eof693;
case 693:
#line 17112 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1449;
		case 33u: goto tr1450;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1451;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1450;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1450;
	goto tr1452;
tr1449:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 694; goto _out;} }
	goto st694;
st694:
	if ( ++p == pe )
		goto _test_eof694;
case 694:
#line 17140 "server.c"
	switch( (*p) ) {
		case 32u: goto st694;
		case 33u: goto tr1450;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1451;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1450;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1450;
	goto tr1452;
tr1457:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 695; goto _out;} }
	goto st695;
tr1450:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st695;
tr1452:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 695; goto _out;} }
	goto st695;
tr1455:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st695;
st695:
	if ( ++p == pe )
		goto _test_eof695;
case 695:
#line 17179 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1454;
		case 33u: goto tr1455;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1456;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1455;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1455;
	goto tr1457;
tr1448:
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1487;
tr1451:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1487; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1487;
tr1456:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 60 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 1487; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1487;
st1487:
	if ( ++p == pe )
		goto _test_eof1487;
case 1487:
#line 17220 "server.c"
	goto st0;
st696:
	if ( ++p == pe )
		goto _test_eof696;
case 696:
	if ( (*p) == 32u )
		goto st697;
	goto st0;
st697:
	if ( ++p == pe )
		goto _test_eof697;
case 697:
	switch( (*p) ) {
		case 32u: goto tr1459;
		case 40u: goto tr1460;
	}
	goto st0;
tr1459:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 698; goto _out;} }
	goto st698;
st698:
	if ( ++p == pe )
		goto _test_eof698;
case 698:
#line 17244 "server.c"
	switch( (*p) ) {
		case 32u: goto st698;
		case 40u: goto tr1460;
	}
	goto st0;
tr1460:
#line 213 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 699; goto _out;} } }
	goto st699;
st699:
	if ( ++p == pe )
		goto _test_eof699;
case 699:
#line 17256 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1462;
		case 33u: goto tr1463;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1464;
		case 42u: goto st0;
		case 92u: goto tr1465;
		case 93u: goto tr1466;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1463;
	} else
		goto st0;
	goto tr1467;
tr1462:
#line 218 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st700;
st700:
	if ( ++p == pe )
		goto _test_eof700;
case 700:
#line 17281 "server.c"
	switch( (*p) ) {
		case 32u: goto st700;
		case 41u: goto tr1469;
	}
	goto st0;
tr1464:
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st701;
tr1469:
#line 219 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 701; goto _out;} }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st701;
tr1473:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 701; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st701;
st701:
	if ( ++p == pe )
		goto _test_eof701;
case 701:
#line 17301 "server.c"
	if ( (*p) == 93u )
		goto tr1470;
	goto st0;
tr1470:
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1488;
st1488:
	if ( ++p == pe )
		goto _test_eof1488;
case 1488:
#line 17311 "server.c"
	goto st0;
tr1475:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 702; goto _out;} }
	goto st702;
tr1463:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st702;
tr1467:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 702; goto _out;} }
	goto st702;
tr1472:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st702;
tr1466:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 702; goto _out;} }
	goto st702;
tr1474:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 702; goto _out;} }
	goto st702;
st702:
	if ( ++p == pe )
		goto _test_eof702;
case 702:
#line 17337 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1471;
		case 33u: goto tr1472;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1473;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1474;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1472;
	} else
		goto st0;
	goto tr1475;
tr1471:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 703; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 218 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st703;
st703:
	if ( ++p == pe )
		goto _test_eof703;
case 703:
#line 17363 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1476;
		case 33u: goto tr1463;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1469;
		case 42u: goto st0;
		case 92u: goto tr1465;
		case 93u: goto tr1466;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1463;
	} else
		goto st0;
	goto tr1467;
tr1476:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 704; goto _out;} }
	goto st704;
st704:
	if ( ++p == pe )
		goto _test_eof704;
case 704:
#line 17388 "server.c"
	switch( (*p) ) {
		case 32u: goto st704;
		case 33u: goto tr1463;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1469;
		case 42u: goto st0;
		case 92u: goto tr1465;
		case 93u: goto tr1466;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1463;
	} else
		goto st0;
	goto tr1467;
tr1465:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st705;
st705:
	if ( ++p == pe )
		goto _test_eof705;
case 705:
#line 17413 "server.c"
	switch( (*p) ) {
		case 33u: goto tr1472;
		case 37u: goto st0;
		case 42u: goto st706;
		case 92u: goto st0;
		case 93u: goto tr1474;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1472;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1472;
	goto tr1475;
st706:
	if ( ++p == pe )
		goto _test_eof706;
case 706:
	switch( (*p) ) {
		case 32u: goto tr1471;
		case 41u: goto tr1473;
	}
	goto st0;
st707:
	if ( ++p == pe )
		goto _test_eof707;
case 707:
	if ( (*p) == 32u )
		goto st708;
	goto st0;
st708:
	if ( ++p == pe )
		goto _test_eof708;
case 708:
	if ( (*p) == 32u )
		goto tr1480;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1481;
	goto st0;
tr1480:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 709; goto _out;} }
	goto st709;
st709:
	if ( ++p == pe )
		goto _test_eof709;
case 709:
#line 17466 "server.c"
	if ( (*p) == 32u )
		goto st709;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1481;
	goto st0;
tr1481:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 710; goto _out;} }
      p = num_last;
    }
  }
	goto st710;
tr1483:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 710; goto _out;} }
      p = num_last;
    }
  }
	goto st710;
st710:
	if ( ++p == pe )
		goto _test_eof710;
case 710:
#line 17494 "server.c"
	if ( (*p) == 93u )
		goto tr1484;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1483;
	goto st0;
tr1484:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1489; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1489; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1489; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1489;
st1489:
	if ( ++p == pe )
		goto _test_eof1489;
case 1489:
#line 17518 "server.c"
	goto st0;
st711:
	if ( ++p == pe )
		goto _test_eof711;
case 711:
	if ( (*p) == 32u )
		goto st712;
	goto st0;
st712:
	if ( ++p == pe )
		goto _test_eof712;
case 712:
	if ( (*p) == 32u )
		goto tr1486;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1487;
	goto st0;
tr1486:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 713; goto _out;} }
	goto st713;
st713:
	if ( ++p == pe )
		goto _test_eof713;
case 713:
#line 17542 "server.c"
	if ( (*p) == 32u )
		goto st713;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1487;
	goto st0;
tr1487:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 714; goto _out;} }
      p = num_last;
    }
  }
	goto st714;
tr1490:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 714; goto _out;} }
      p = num_last;
    }
  }
	goto st714;
st714:
	if ( ++p == pe )
		goto _test_eof714;
case 714:
#line 17570 "server.c"
	if ( (*p) == 32u )
		goto tr1489;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1490;
	goto st0;
tr1489:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 715; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 715; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 715; goto _out;} }
	goto st715;
st715:
	if ( ++p == pe )
		goto _test_eof715;
case 715:
#line 17593 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1491;
		case 36u: goto tr1492;
		case 42u: goto tr1493;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1494;
	goto st0;
tr1491:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 716; goto _out;} }
	goto st716;
st716:
	if ( ++p == pe )
		goto _test_eof716;
case 716:
#line 17608 "server.c"
	switch( (*p) ) {
		case 32u: goto st716;
		case 36u: goto tr1492;
		case 42u: goto tr1493;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1494;
	goto st0;
tr1492:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 717; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 717; goto _out;} }
	goto st717;
st717:
	if ( ++p == pe )
		goto _test_eof717;
case 717:
#line 17624 "server.c"
	if ( (*p) == 93u )
		goto tr1496;
	goto st0;
tr1496:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1490; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1490;
tr1499:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1490; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1490; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1490;
tr1505:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1490; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1490; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1490; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1490; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1490;
tr1509:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1490; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1490; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1490;
tr1512:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1490; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1490; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1490; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1490; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1490;
st1490:
	if ( ++p == pe )
		goto _test_eof1490;
case 1490:
#line 17686 "server.c"
	goto st0;
tr1493:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 718; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st718;
tr1500:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st718;
st718:
	if ( ++p == pe )
		goto _test_eof718;
case 718:
#line 17700 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1497;
		case 58u: goto tr1498;
		case 93u: goto tr1499;
	}
	goto st0;
tr1497:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 719; goto _out;} }
	goto st719;
tr1502:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 719; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 719; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 719; goto _out;} }
	goto st719;
tr1508:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 719; goto _out;} }
	goto st719;
tr1510:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 719; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 719; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 719; goto _out;} }
	goto st719;
st719:
	if ( ++p == pe )
		goto _test_eof719;
case 719:
#line 17748 "server.c"
	if ( (*p) == 42u )
		goto tr1500;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1501;
	goto st0;
tr1503:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 720; goto _out;} }
      p = num_last;
    }
  }
	goto st720;
tr1494:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 720; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 720; goto _out;} }
      p = num_last;
    }
  }
	goto st720;
tr1501:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 720; goto _out;} }
      p = num_last;
    }
  }
	goto st720;
st720:
	if ( ++p == pe )
		goto _test_eof720;
case 720:
#line 17789 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1502;
		case 58u: goto tr1504;
		case 93u: goto tr1505;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1503;
	goto st0;
tr1498:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st721;
tr1504:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 721; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 721; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st721;
st721:
	if ( ++p == pe )
		goto _test_eof721;
case 721:
#line 17818 "server.c"
	if ( (*p) == 42u )
		goto tr1506;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1507;
	goto st0;
tr1506:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st722;
st722:
	if ( ++p == pe )
		goto _test_eof722;
case 722:
#line 17830 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1508;
		case 93u: goto tr1509;
	}
	goto st0;
tr1507:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 723; goto _out;} }
      p = num_last;
    }
  }
	goto st723;
tr1511:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 723; goto _out;} }
      p = num_last;
    }
  }
	goto st723;
st723:
	if ( ++p == pe )
		goto _test_eof723;
case 723:
#line 17858 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1510;
		case 93u: goto tr1512;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1511;
	goto st0;
st724:
	if ( ++p == pe )
		goto _test_eof724;
case 724:
	if ( (*p) == 32u )
		goto st725;
	goto st0;
st725:
	if ( ++p == pe )
		goto _test_eof725;
case 725:
	if ( (*p) == 32u )
		goto tr1514;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1515;
	goto st0;
tr1514:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 726; goto _out;} }
	goto st726;
st726:
	if ( ++p == pe )
		goto _test_eof726;
case 726:
#line 17888 "server.c"
	if ( (*p) == 32u )
		goto st726;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1515;
	goto st0;
tr1515:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 727; goto _out;} }
      p = num_last;
    }
  }
	goto st727;
tr1518:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 727; goto _out;} }
      p = num_last;
    }
  }
	goto st727;
st727:
	if ( ++p == pe )
		goto _test_eof727;
case 727:
#line 17916 "server.c"
	if ( (*p) == 32u )
		goto tr1517;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1518;
	goto st0;
tr1517:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 728; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 728; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 728; goto _out;} }
	goto st728;
st728:
	if ( ++p == pe )
		goto _test_eof728;
case 728:
#line 17939 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1519;
		case 36u: goto tr1520;
		case 42u: goto tr1521;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1522;
	goto st0;
tr1519:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 729; goto _out;} }
	goto st729;
st729:
	if ( ++p == pe )
		goto _test_eof729;
case 729:
#line 17954 "server.c"
	switch( (*p) ) {
		case 32u: goto st729;
		case 36u: goto tr1520;
		case 42u: goto tr1521;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1522;
	goto st0;
tr1520:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 730; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 730; goto _out;} }
	goto st730;
st730:
	if ( ++p == pe )
		goto _test_eof730;
case 730:
#line 17970 "server.c"
	if ( (*p) == 32u )
		goto tr1524;
	goto st0;
tr1524:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 731; goto _out;} }
	goto st731;
tr1547:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 731; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 731; goto _out;} }
	goto st731;
tr1552:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 731; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 731; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 731; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 731; goto _out;} }
	goto st731;
tr1558:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 731; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 731; goto _out;} }
	goto st731;
tr1560:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 731; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 731; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 731; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 731; goto _out;} }
	goto st731;
st731:
	if ( ++p == pe )
		goto _test_eof731;
case 731:
#line 18027 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1525;
		case 36u: goto tr1526;
		case 42u: goto tr1527;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1528;
	goto st0;
tr1525:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 732; goto _out;} }
	goto st732;
st732:
	if ( ++p == pe )
		goto _test_eof732;
case 732:
#line 18042 "server.c"
	switch( (*p) ) {
		case 32u: goto st732;
		case 36u: goto tr1526;
		case 42u: goto tr1527;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1528;
	goto st0;
tr1526:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 733; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 733; goto _out;} }
	goto st733;
st733:
	if ( ++p == pe )
		goto _test_eof733;
case 733:
#line 18058 "server.c"
	if ( (*p) == 93u )
		goto tr1530;
	goto st0;
tr1530:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1491; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1491;
tr1533:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1491; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1491; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1491;
tr1539:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1491; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1491; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1491; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1491; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1491;
tr1543:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1491; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1491; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1491;
tr1546:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1491; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1491; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1491; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 34 "response.rl"
	{ if (!ik_r_uid_set(ps)) {p++;  ps->cs = 1491; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1491;
st1491:
	if ( ++p == pe )
		goto _test_eof1491;
case 1491:
#line 18120 "server.c"
	goto st0;
tr1527:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 734; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st734;
tr1534:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st734;
st734:
	if ( ++p == pe )
		goto _test_eof734;
case 734:
#line 18134 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1531;
		case 58u: goto tr1532;
		case 93u: goto tr1533;
	}
	goto st0;
tr1531:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 735; goto _out;} }
	goto st735;
tr1536:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 735; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 735; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 735; goto _out;} }
	goto st735;
tr1542:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 735; goto _out;} }
	goto st735;
tr1544:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 735; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 735; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 735; goto _out;} }
	goto st735;
st735:
	if ( ++p == pe )
		goto _test_eof735;
case 735:
#line 18182 "server.c"
	if ( (*p) == 42u )
		goto tr1534;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1535;
	goto st0;
tr1537:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 736; goto _out;} }
      p = num_last;
    }
  }
	goto st736;
tr1528:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 736; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 736; goto _out;} }
      p = num_last;
    }
  }
	goto st736;
tr1535:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 736; goto _out;} }
      p = num_last;
    }
  }
	goto st736;
st736:
	if ( ++p == pe )
		goto _test_eof736;
case 736:
#line 18223 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1536;
		case 58u: goto tr1538;
		case 93u: goto tr1539;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1537;
	goto st0;
tr1532:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st737;
tr1538:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 737; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 737; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st737;
st737:
	if ( ++p == pe )
		goto _test_eof737;
case 737:
#line 18252 "server.c"
	if ( (*p) == 42u )
		goto tr1540;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1541;
	goto st0;
tr1540:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st738;
st738:
	if ( ++p == pe )
		goto _test_eof738;
case 738:
#line 18264 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1542;
		case 93u: goto tr1543;
	}
	goto st0;
tr1541:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 739; goto _out;} }
      p = num_last;
    }
  }
	goto st739;
tr1545:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 739; goto _out;} }
      p = num_last;
    }
  }
	goto st739;
st739:
	if ( ++p == pe )
		goto _test_eof739;
case 739:
#line 18292 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1544;
		case 93u: goto tr1546;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1545;
	goto st0;
tr1521:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 740; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st740;
tr1550:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st740;
st740:
	if ( ++p == pe )
		goto _test_eof740;
case 740:
#line 18312 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1547;
		case 44u: goto tr1548;
		case 58u: goto tr1549;
	}
	goto st0;
tr1548:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 741; goto _out;} }
	goto st741;
tr1553:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 741; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 741; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 741; goto _out;} }
	goto st741;
tr1559:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 741; goto _out;} }
	goto st741;
tr1561:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 741; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 741; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 741; goto _out;} }
	goto st741;
st741:
	if ( ++p == pe )
		goto _test_eof741;
case 741:
#line 18360 "server.c"
	if ( (*p) == 42u )
		goto tr1550;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1551;
	goto st0;
tr1554:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 742; goto _out;} }
      p = num_last;
    }
  }
	goto st742;
tr1522:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 742; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 742; goto _out;} }
      p = num_last;
    }
  }
	goto st742;
tr1551:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 742; goto _out;} }
      p = num_last;
    }
  }
	goto st742;
st742:
	if ( ++p == pe )
		goto _test_eof742;
case 742:
#line 18401 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1552;
		case 44u: goto tr1553;
		case 58u: goto tr1555;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1554;
	goto st0;
tr1549:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st743;
tr1555:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 743; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 743; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st743;
st743:
	if ( ++p == pe )
		goto _test_eof743;
case 743:
#line 18430 "server.c"
	if ( (*p) == 42u )
		goto tr1556;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1557;
	goto st0;
tr1556:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st744;
st744:
	if ( ++p == pe )
		goto _test_eof744;
case 744:
#line 18442 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1558;
		case 44u: goto tr1559;
	}
	goto st0;
tr1557:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 745; goto _out;} }
      p = num_last;
    }
  }
	goto st745;
tr1562:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 745; goto _out;} }
      p = num_last;
    }
  }
	goto st745;
st745:
	if ( ++p == pe )
		goto _test_eof745;
case 745:
#line 18470 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1560;
		case 44u: goto tr1561;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1562;
	goto st0;
st746:
	if ( ++p == pe )
		goto _test_eof746;
case 746:
	if ( (*p) == 32u )
		goto st747;
	goto st0;
st747:
	if ( ++p == pe )
		goto _test_eof747;
case 747:
	if ( (*p) == 32u )
		goto tr1564;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1565;
	goto st0;
tr1564:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 748; goto _out;} }
	goto st748;
st748:
	if ( ++p == pe )
		goto _test_eof748;
case 748:
#line 18500 "server.c"
	if ( (*p) == 32u )
		goto st748;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1565;
	goto st0;
tr1565:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 749; goto _out;} }
      p = num_last;
    }
  }
	goto st749;
tr1567:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 749; goto _out;} }
      p = num_last;
    }
  }
	goto st749;
st749:
	if ( ++p == pe )
		goto _test_eof749;
case 749:
#line 18528 "server.c"
	if ( (*p) == 93u )
		goto tr1568;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1567;
	goto st0;
tr1568:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1492; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1492; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1492; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1492;
st1492:
	if ( ++p == pe )
		goto _test_eof1492;
case 1492:
#line 18552 "server.c"
	goto st0;
st750:
	if ( ++p == pe )
		goto _test_eof750;
case 750:
	if ( (*p) == 32u )
		goto st751;
	goto st0;
st751:
	if ( ++p == pe )
		goto _test_eof751;
case 751:
	switch( (*p) ) {
		case 32u: goto tr1570;
		case 36u: goto tr1571;
		case 42u: goto tr1572;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1573;
	goto st0;
tr1570:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 752; goto _out;} }
	goto st752;
st752:
	if ( ++p == pe )
		goto _test_eof752;
case 752:
#line 18579 "server.c"
	switch( (*p) ) {
		case 32u: goto st752;
		case 36u: goto tr1571;
		case 42u: goto tr1572;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1573;
	goto st0;
tr1571:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 753; goto _out;} }
#line 199 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 753; goto _out;} }
	goto st753;
st753:
	if ( ++p == pe )
		goto _test_eof753;
case 753:
#line 18595 "server.c"
	if ( (*p) == 93u )
		goto tr1575;
	goto st0;
tr1575:
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1493;
tr1578:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1493; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1493;
tr1584:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1493; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1493; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1493; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1493;
tr1588:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1493; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1493;
tr1591:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1493; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1493; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1493; goto _out;} }
#line 193 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1493;
st1493:
	if ( ++p == pe )
		goto _test_eof1493;
case 1493:
#line 18652 "server.c"
	goto st0;
tr1572:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 754; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st754;
tr1579:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st754;
st754:
	if ( ++p == pe )
		goto _test_eof754;
case 754:
#line 18666 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1576;
		case 58u: goto tr1577;
		case 93u: goto tr1578;
	}
	goto st0;
tr1576:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 755; goto _out;} }
	goto st755;
tr1581:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 755; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 755; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 755; goto _out;} }
	goto st755;
tr1587:
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 755; goto _out;} }
	goto st755;
tr1589:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 755; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 755; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 197 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 198 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 755; goto _out;} }
	goto st755;
st755:
	if ( ++p == pe )
		goto _test_eof755;
case 755:
#line 18714 "server.c"
	if ( (*p) == 42u )
		goto tr1579;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1580;
	goto st0;
tr1582:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 756; goto _out;} }
      p = num_last;
    }
  }
	goto st756;
tr1573:
#line 192 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 756; goto _out;} }
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 756; goto _out;} }
      p = num_last;
    }
  }
	goto st756;
tr1580:
#line 194 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 756; goto _out;} }
      p = num_last;
    }
  }
	goto st756;
st756:
	if ( ++p == pe )
		goto _test_eof756;
case 756:
#line 18755 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1581;
		case 58u: goto tr1583;
		case 93u: goto tr1584;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1582;
	goto st0;
tr1577:
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st757;
tr1583:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 757; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 757; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 196 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
	goto st757;
st757:
	if ( ++p == pe )
		goto _test_eof757;
case 757:
#line 18784 "server.c"
	if ( (*p) == 42u )
		goto tr1585;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1586;
	goto st0;
tr1585:
#line 195 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st758;
st758:
	if ( ++p == pe )
		goto _test_eof758;
case 758:
#line 18796 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1587;
		case 93u: goto tr1588;
	}
	goto st0;
tr1586:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 759; goto _out;} }
      p = num_last;
    }
  }
	goto st759;
tr1590:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 759; goto _out;} }
      p = num_last;
    }
  }
	goto st759;
st759:
	if ( ++p == pe )
		goto _test_eof759;
case 759:
#line 18824 "server.c"
	switch( (*p) ) {
		case 44u: goto tr1589;
		case 93u: goto tr1591;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1590;
	goto st0;
st760:
	if ( ++p == pe )
		goto _test_eof760;
case 760:
	if ( (*p) == 32u )
		goto st761;
	goto st0;
st761:
	if ( ++p == pe )
		goto _test_eof761;
case 761:
	switch( (*p) ) {
		case 32u: goto tr1593;
		case 33u: goto tr1594;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1594;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1594;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1594;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1595;
tr1593:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 762; goto _out;} }
	goto st762;
st762:
	if ( ++p == pe )
		goto _test_eof762;
case 762:
#line 18874 "server.c"
	switch( (*p) ) {
		case 32u: goto st762;
		case 33u: goto tr1594;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1594;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1594;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1594;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1595;
tr1600:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 763; goto _out;} }
	goto st763;
tr1594:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st763;
tr1595:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 763; goto _out;} }
	goto st763;
tr1598:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st763;
st763:
	if ( ++p == pe )
		goto _test_eof763;
case 763:
#line 18917 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1597;
		case 33u: goto tr1598;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1599;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1598;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1598;
	goto tr1600;
tr1597:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 278 "response.rl"
	{ if (!ik_r_metadata_cond(ps, p)) {p++;  ps->cs = 764; goto _out;} }
	goto st764;
st764:
	if ( ++p == pe )
		goto _test_eof764;
case 764:
#line 18950 "server.c"
	if ( (*p) == 32u )
		goto tr1601;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1602;
	goto st0;
tr1601:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 765; goto _out;} }
	goto st765;
st765:
	if ( ++p == pe )
		goto _test_eof765;
case 765:
#line 18962 "server.c"
	if ( (*p) == 32u )
		goto st765;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1602;
	goto st0;
tr1602:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 766; goto _out;} }
      p = num_last;
    }
  }
	goto st766;
tr1604:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 766; goto _out;} }
      p = num_last;
    }
  }
	goto st766;
st766:
	if ( ++p == pe )
		goto _test_eof766;
case 766:
#line 18990 "server.c"
	if ( (*p) == 93u )
		goto tr1605;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1604;
	goto st0;
tr1599:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 278 "response.rl"
	{ if (!ik_r_metadata_cond(ps, p)) {p++;  ps->cs = 1494; goto _out;} }
#line 279 "response.rl"
	{ if (!ik_r_metadata_end(ps, p)) {p++;  ps->cs = 1494; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1494;
tr1605:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1494; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1494; goto _out;} }
#line 279 "response.rl"
	{ if (!ik_r_metadata_end(ps, p)) {p++;  ps->cs = 1494; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1494;
st1494:
	if ( ++p == pe )
		goto _test_eof1494;
case 1494:
#line 19022 "server.c"
	goto st0;
st767:
	if ( ++p == pe )
		goto _test_eof767;
case 767:
	if ( (*p) == 32u )
		goto st768;
	goto st0;
st768:
	if ( ++p == pe )
		goto _test_eof768;
case 768:
	switch( (*p) ) {
		case 32u: goto tr1607;
		case 40u: goto tr1608;
	}
	goto st0;
tr1607:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 769; goto _out;} }
	goto st769;
st769:
	if ( ++p == pe )
		goto _test_eof769;
case 769:
#line 19046 "server.c"
	switch( (*p) ) {
		case 32u: goto st769;
		case 40u: goto tr1608;
	}
	goto st0;
tr1608:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 770; goto _out;} }
	goto st770;
st770:
	if ( ++p == pe )
		goto _test_eof770;
case 770:
#line 19058 "server.c"
	switch( (*p) ) {
		case 45u: goto tr1610;
		case 95u: goto tr1610;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr1610;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1610;
	} else
		goto tr1610;
	goto st0;
tr1610:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st771;
st771:
	if ( ++p == pe )
		goto _test_eof771;
case 771:
#line 19078 "server.c"
	switch( (*p) ) {
		case 41u: goto tr1611;
		case 45u: goto st771;
		case 95u: goto st771;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st771;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st771;
	} else
		goto st771;
	goto st0;
tr1611:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 772; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st772;
st772:
	if ( ++p == pe )
		goto _test_eof772;
case 772:
#line 19105 "server.c"
	if ( (*p) == 93u )
		goto tr1613;
	goto st0;
tr1613:
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1495;
st1495:
	if ( ++p == pe )
		goto _test_eof1495;
case 1495:
#line 19115 "server.c"
	goto st0;
st773:
	if ( ++p == pe )
		goto _test_eof773;
case 773:
	if ( (*p) == 32u )
		goto st774;
	goto st0;
st774:
	if ( ++p == pe )
		goto _test_eof774;
case 774:
	switch( (*p) ) {
		case 32u: goto tr1615;
		case 34u: goto tr1616;
	}
	goto st0;
tr1615:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 775; goto _out;} }
	goto st775;
st775:
	if ( ++p == pe )
		goto _test_eof775;
case 775:
#line 19139 "server.c"
	switch( (*p) ) {
		case 32u: goto st775;
		case 34u: goto tr1616;
	}
	goto st0;
tr1616:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st776;
tr1618:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st776;
tr1621:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st776;
tr1623:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st776;
st776:
	if ( ++p == pe )
		goto _test_eof776;
case 776:
#line 19164 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1619;
		case 92u: goto st778;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1618;
	goto tr1621;
tr1619:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st777;
st777:
	if ( ++p == pe )
		goto _test_eof777;
case 777:
#line 19185 "server.c"
	if ( (*p) == 93u )
		goto tr1622;
	goto st0;
tr1622:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1496; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1496;
st1496:
	if ( ++p == pe )
		goto _test_eof1496;
case 1496:
#line 19196 "server.c"
	goto st0;
st778:
	if ( ++p == pe )
		goto _test_eof778;
case 778:
	switch( (*p) ) {
		case 34u: goto tr1623;
		case 92u: goto tr1623;
	}
	goto st0;
st779:
	if ( ++p == pe )
		goto _test_eof779;
case 779:
	if ( (*p) == 32u )
		goto st780;
	goto st0;
st780:
	if ( ++p == pe )
		goto _test_eof780;
case 780:
	switch( (*p) ) {
		case 32u: goto tr1625;
		case 40u: goto tr1626;
	}
	goto st0;
tr1625:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 781; goto _out;} }
	goto st781;
st781:
	if ( ++p == pe )
		goto _test_eof781;
case 781:
#line 19229 "server.c"
	switch( (*p) ) {
		case 32u: goto st781;
		case 40u: goto tr1626;
	}
	goto st0;
tr1626:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 782; goto _out;} }
	goto st782;
st782:
	if ( ++p == pe )
		goto _test_eof782;
case 782:
#line 19241 "server.c"
	switch( (*p) ) {
		case 33u: goto tr1628;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1628;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1628;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1628;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1629;
tr1633:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 783; goto _out;} }
	goto st783;
tr1628:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st783;
tr1629:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 783; goto _out;} }
	goto st783;
tr1631:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st783;
st783:
	if ( ++p == pe )
		goto _test_eof783;
case 783:
#line 19283 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1630;
		case 33u: goto tr1631;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1632;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1631;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr1631;
	goto tr1633;
tr1630:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 784; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st784;
st784:
	if ( ++p == pe )
		goto _test_eof784;
case 784:
#line 19318 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1634;
		case 33u: goto tr1628;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1635;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1628;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr1628;
	goto tr1629;
tr1634:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 785; goto _out;} }
	goto st785;
st785:
	if ( ++p == pe )
		goto _test_eof785;
case 785:
#line 19347 "server.c"
	switch( (*p) ) {
		case 32u: goto st785;
		case 33u: goto tr1628;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1635;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1628;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr1628;
	goto tr1629;
tr1635:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 786; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st786;
tr1632:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 786; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st786;
st786:
	if ( ++p == pe )
		goto _test_eof786;
case 786:
#line 19386 "server.c"
	if ( (*p) == 93u )
		goto tr1637;
	goto st0;
tr1637:
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1497;
st1497:
	if ( ++p == pe )
		goto _test_eof1497;
case 1497:
#line 19396 "server.c"
	goto st0;
st787:
	if ( ++p == pe )
		goto _test_eof787;
case 787:
	if ( (*p) == 32u )
		goto st788;
	goto st0;
tr1643:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 788; goto _out;} }
	goto st788;
st788:
	if ( ++p == pe )
		goto _test_eof788;
case 788:
#line 19416 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1639;
		case 33u: goto tr1640;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1640;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1640;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1640;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1641;
tr1639:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 789; goto _out;} }
	goto st789;
st789:
	if ( ++p == pe )
		goto _test_eof789;
case 789:
#line 19448 "server.c"
	switch( (*p) ) {
		case 32u: goto st789;
		case 33u: goto tr1640;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1640;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1640;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1640;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1641;
tr1646:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 790; goto _out;} }
	goto st790;
tr1640:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st790;
tr1641:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 790; goto _out;} }
	goto st790;
tr1644:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st790;
st790:
	if ( ++p == pe )
		goto _test_eof790;
case 790:
#line 19491 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1643;
		case 33u: goto tr1644;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1645;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1644;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1644;
	goto tr1646;
tr1645:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1498; goto _out;} }
#line 81 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1498;
st1498:
	if ( ++p == pe )
		goto _test_eof1498;
case 1498:
#line 19525 "server.c"
	goto st0;
st791:
	if ( ++p == pe )
		goto _test_eof791;
case 791:
	switch( (*p) ) {
		case 34u: goto tr1647;
		case 40u: goto tr1648;
		case 78u: goto tr1649;
		case 110u: goto tr1649;
		case 123u: goto tr1650;
	}
	goto st0;
tr1651:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st792;
tr1654:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st792;
tr1705:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st792;
tr1647:
#line 301 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 792; goto _out;} }
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st792;
st792:
	if ( ++p == pe )
		goto _test_eof792;
case 792:
#line 19559 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1652;
		case 92u: goto st822;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1651;
	goto tr1654;
tr1652:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st793;
tr1702:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 793; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 793; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st793;
tr1704:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 793; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st793;
st793:
	if ( ++p == pe )
		goto _test_eof793;
case 793:
#line 19599 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1655;
		case 41u: goto tr1656;
	}
	goto st0;
tr1655:
#line 302 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 794; goto _out;} }
	goto st794;
tr1694:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 302 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 794; goto _out;} }
	goto st794;
st794:
	if ( ++p == pe )
		goto _test_eof794;
case 794:
#line 19619 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1657;
		case 34u: goto tr1647;
		case 40u: goto tr1648;
		case 78u: goto tr1649;
		case 110u: goto tr1649;
		case 123u: goto tr1650;
	}
	goto st0;
tr1657:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 795; goto _out;} }
	goto st795;
st795:
	if ( ++p == pe )
		goto _test_eof795;
case 795:
#line 19635 "server.c"
	switch( (*p) ) {
		case 32u: goto st795;
		case 34u: goto tr1647;
		case 40u: goto tr1648;
		case 78u: goto tr1649;
		case 110u: goto tr1649;
		case 123u: goto tr1650;
	}
	goto st0;
tr1648:
#line 301 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 796; goto _out;} }
#line 303 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ADDRESS_LIST, p)) {p++;  ps->cs = 796; goto _out;} }
	goto st796;
st796:
	if ( ++p == pe )
		goto _test_eof796;
case 796:
#line 19652 "server.c"
	switch( (*p) ) {
		case 40u: goto tr1659;
		case 41u: goto tr1660;
	}
	goto st0;
tr1659:
#line 304 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ADDRESS, p)) {p++;  ps->cs = 797; goto _out;} }
	goto st797;
tr1679:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 797; goto _out;} }
#line 304 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ADDRESS, p)) {p++;  ps->cs = 797; goto _out;} }
	goto st797;
st797:
	if ( ++p == pe )
		goto _test_eof797;
case 797:
#line 19668 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1661;
		case 78u: goto tr1662;
		case 110u: goto tr1662;
		case 123u: goto tr1663;
	}
	goto st0;
tr1661:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st798;
tr1664:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st798;
tr1667:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st798;
tr1691:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st798;
st798:
	if ( ++p == pe )
		goto _test_eof798;
case 798:
#line 19695 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1665;
		case 92u: goto st813;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1664;
	goto tr1667;
tr1665:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st799;
tr1688:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 799; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 799; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st799;
tr1690:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 799; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st799;
st799:
	if ( ++p == pe )
		goto _test_eof799;
case 799:
#line 19735 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1668;
		case 41u: goto tr1669;
	}
	goto st0;
tr1668:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 800; goto _out;} }
#line 306 "response.rl"
	{ if (!ik_r_fields_max(ps, p, 4, "four address fields")) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
tr1674:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 800; goto _out;} }
#line 306 "response.rl"
	{ if (!ik_r_fields_max(ps, p, 4, "four address fields")) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
st800:
	if ( ++p == pe )
		goto _test_eof800;
case 800:
#line 19757 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1670;
		case 34u: goto tr1661;
		case 78u: goto tr1662;
		case 110u: goto tr1662;
		case 123u: goto tr1663;
	}
	goto st0;
tr1670:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 801; goto _out;} }
	goto st801;
st801:
	if ( ++p == pe )
		goto _test_eof801;
case 801:
#line 19772 "server.c"
	switch( (*p) ) {
		case 32u: goto st801;
		case 34u: goto tr1661;
		case 78u: goto tr1662;
		case 110u: goto tr1662;
		case 123u: goto tr1663;
	}
	goto st0;
tr1662:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st802;
st802:
	if ( ++p == pe )
		goto _test_eof802;
case 802:
#line 19787 "server.c"
	switch( (*p) ) {
		case 73u: goto st803;
		case 105u: goto st803;
	}
	goto st0;
st803:
	if ( ++p == pe )
		goto _test_eof803;
case 803:
	switch( (*p) ) {
		case 76u: goto st804;
		case 108u: goto st804;
	}
	goto st0;
st804:
	if ( ++p == pe )
		goto _test_eof804;
case 804:
	switch( (*p) ) {
		case 32u: goto tr1674;
		case 41u: goto tr1675;
	}
	goto st0;
tr1669:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 805; goto _out;} }
#line 305 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 4, "four address fields")) {p++;  ps->cs = 805; goto _out;} ik_b_pop(ps, p + 1); }
	goto st805;
tr1675:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 805; goto _out;} }
#line 305 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 4, "four address fields")) {p++;  ps->cs = 805; goto _out;} ik_b_pop(ps, p + 1); }
	goto st805;
st805:
	if ( ++p == pe )
		goto _test_eof805;
case 805:
#line 19827 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1676;
		case 40u: goto tr1659;
		case 41u: goto tr1677;
	}
	goto st0;
tr1676:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st806;
st806:
	if ( ++p == pe )
		goto _test_eof806;
case 806:
#line 19840 "server.c"
	switch( (*p) ) {
		case 32u: goto st806;
		case 40u: goto tr1679;
	}
	goto st0;
tr1677:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st807;
tr1660:
#line 43 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 807; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st807;
st807:
	if ( ++p == pe )
		goto _test_eof807;
case 807:
#line 19856 "server.c"
	switch( (*p) ) {
		case 32u: goto st794;
		case 41u: goto tr1681;
	}
	goto st0;
tr1656:
#line 302 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 1499; goto _out;} }
#line 300 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 10, "ten envelope fields")) {p++;  ps->cs = 1499; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1499;
tr1681:
#line 300 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 10, "ten envelope fields")) {p++;  ps->cs = 1499; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1499;
tr1695:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 302 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 1499; goto _out;} }
#line 300 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 10, "ten envelope fields")) {p++;  ps->cs = 1499; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1499;
st1499:
	if ( ++p == pe )
		goto _test_eof1499;
case 1499:
#line 19881 "server.c"
	goto st0;
tr1663:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st808;
st808:
	if ( ++p == pe )
		goto _test_eof808;
case 808:
#line 19889 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1682;
	goto st0;
tr1682:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 809; goto _out;} }
      p = num_last;
    }
  }
	goto st809;
tr1685:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 809; goto _out;} }
      p = num_last;
    }
  }
	goto st809;
st809:
	if ( ++p == pe )
		goto _test_eof809;
case 809:
#line 19915 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1683;
		case 45u: goto tr1684;
		case 125u: goto tr1686;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1685;
	goto st0;
tr1683:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 810; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st810;
tr1684:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 810; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 810; goto _out;} }
	goto st810;
st810:
	if ( ++p == pe )
		goto _test_eof810;
case 810:
#line 19939 "server.c"
	if ( (*p) == 125u )
		goto st811;
	goto st0;
tr1686:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 811; goto _out;} }
  }
	goto st811;
st811:
	if ( ++p == pe )
		goto _test_eof811;
case 811:
#line 19951 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1688;
		case 13u: goto st812;
	}
	goto st0;
st812:
	if ( ++p == pe )
		goto _test_eof812;
case 812:
	if ( (*p) == 10u )
		goto tr1690;
	goto st0;
st813:
	if ( ++p == pe )
		goto _test_eof813;
case 813:
	switch( (*p) ) {
		case 34u: goto tr1691;
		case 92u: goto tr1691;
	}
	goto st0;
tr1649:
#line 301 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 814; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st814;
st814:
	if ( ++p == pe )
		goto _test_eof814;
case 814:
#line 19980 "server.c"
	switch( (*p) ) {
		case 73u: goto st815;
		case 105u: goto st815;
	}
	goto st0;
st815:
	if ( ++p == pe )
		goto _test_eof815;
case 815:
	switch( (*p) ) {
		case 76u: goto st816;
		case 108u: goto st816;
	}
	goto st0;
st816:
	if ( ++p == pe )
		goto _test_eof816;
case 816:
	switch( (*p) ) {
		case 32u: goto tr1694;
		case 41u: goto tr1695;
	}
	goto st0;
tr1650:
#line 301 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 817; goto _out;} }
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st817;
st817:
	if ( ++p == pe )
		goto _test_eof817;
case 817:
#line 20011 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1696;
	goto st0;
tr1696:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 818; goto _out;} }
      p = num_last;
    }
  }
	goto st818;
tr1699:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 818; goto _out;} }
      p = num_last;
    }
  }
	goto st818;
st818:
	if ( ++p == pe )
		goto _test_eof818;
case 818:
#line 20037 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1697;
		case 45u: goto tr1698;
		case 125u: goto tr1700;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1699;
	goto st0;
tr1697:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 819; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st819;
tr1698:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 819; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 819; goto _out;} }
	goto st819;
st819:
	if ( ++p == pe )
		goto _test_eof819;
case 819:
#line 20061 "server.c"
	if ( (*p) == 125u )
		goto st820;
	goto st0;
tr1700:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 820; goto _out;} }
  }
	goto st820;
st820:
	if ( ++p == pe )
		goto _test_eof820;
case 820:
#line 20073 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1702;
		case 13u: goto st821;
	}
	goto st0;
st821:
	if ( ++p == pe )
		goto _test_eof821;
case 821:
	if ( (*p) == 10u )
		goto tr1704;
	goto st0;
st822:
	if ( ++p == pe )
		goto _test_eof822;
case 822:
	switch( (*p) ) {
		case 34u: goto tr1705;
		case 92u: goto tr1705;
	}
	goto st0;
st823:
	if ( ++p == pe )
		goto _test_eof823;
case 823:
	switch( (*p) ) {
		case 34u: goto tr1706;
		case 40u: goto tr1707;
		case 78u: goto tr1709;
		case 110u: goto tr1709;
		case 123u: goto tr1710;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1708;
	goto st0;
tr1706:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st824;
tr1711:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st824;
tr1714:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st824;
tr1738:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st824;
st824:
	if ( ++p == pe )
		goto _test_eof824;
case 824:
#line 20128 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1712;
		case 92u: goto st838;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1711;
	goto tr1714;
tr1712:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st825;
tr1735:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 825; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 825; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st825;
tr1737:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 825; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st825;
st825:
	if ( ++p == pe )
		goto _test_eof825;
case 825:
#line 20168 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1715;
		case 41u: goto tr1716;
	}
	goto st0;
tr1720:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st826;
tr1715:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 826; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st826;
tr1727:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 826; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st826;
tr1722:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 826; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 826; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st826;
st826:
	if ( ++p == pe )
		goto _test_eof826;
case 826:
#line 20205 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1717;
		case 34u: goto tr1706;
		case 40u: goto tr1707;
		case 41u: goto tr1718;
		case 78u: goto tr1709;
		case 110u: goto tr1709;
		case 123u: goto tr1710;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1708;
	goto st0;
tr1717:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 827; goto _out;} }
	goto st827;
st827:
	if ( ++p == pe )
		goto _test_eof827;
case 827:
#line 20224 "server.c"
	switch( (*p) ) {
		case 32u: goto st827;
		case 34u: goto tr1706;
		case 40u: goto tr1707;
		case 41u: goto tr1718;
		case 78u: goto tr1709;
		case 110u: goto tr1709;
		case 123u: goto tr1710;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1708;
	goto st0;
tr1707:
#line 341 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_EXTENSION, p)) {p++;  ps->cs = 828; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 828;goto st823;}} }
	goto st828;
st828:
	if ( ++p == pe )
		goto _test_eof828;
case 828:
#line 20243 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1720;
		case 41u: goto tr1721;
	}
	goto st0;
tr1716:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1500; goto _out;} }
#line 342 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1500;
tr1718:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1500; goto _out;} }
#line 342 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1500;
tr1721:
#line 342 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1500;
tr1723:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1500; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1500; goto _out;} }
#line 342 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1500;
tr1728:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1500; goto _out;} }
#line 342 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1500;
st1500:
	if ( ++p == pe )
		goto _test_eof1500;
case 1500:
#line 20284 "server.c"
	goto st0;
tr1708:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 829; goto _out;} }
      p = num_last;
    }
  }
	goto st829;
tr1724:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 829; goto _out;} }
      p = num_last;
    }
  }
	goto st829;
st829:
	if ( ++p == pe )
		goto _test_eof829;
case 829:
#line 20308 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1722;
		case 41u: goto tr1723;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1724;
	goto st0;
tr1709:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st830;
st830:
	if ( ++p == pe )
		goto _test_eof830;
case 830:
#line 20322 "server.c"
	switch( (*p) ) {
		case 73u: goto st831;
		case 105u: goto st831;
	}
	goto st0;
st831:
	if ( ++p == pe )
		goto _test_eof831;
case 831:
	switch( (*p) ) {
		case 76u: goto st832;
		case 108u: goto st832;
	}
	goto st0;
st832:
	if ( ++p == pe )
		goto _test_eof832;
case 832:
	switch( (*p) ) {
		case 32u: goto tr1727;
		case 41u: goto tr1728;
	}
	goto st0;
tr1710:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st833;
st833:
	if ( ++p == pe )
		goto _test_eof833;
case 833:
#line 20352 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1729;
	goto st0;
tr1729:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 834; goto _out;} }
      p = num_last;
    }
  }
	goto st834;
tr1732:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 834; goto _out;} }
      p = num_last;
    }
  }
	goto st834;
st834:
	if ( ++p == pe )
		goto _test_eof834;
case 834:
#line 20378 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1730;
		case 45u: goto tr1731;
		case 125u: goto tr1733;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1732;
	goto st0;
tr1730:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 835; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st835;
tr1731:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 835; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 835; goto _out;} }
	goto st835;
st835:
	if ( ++p == pe )
		goto _test_eof835;
case 835:
#line 20402 "server.c"
	if ( (*p) == 125u )
		goto st836;
	goto st0;
tr1733:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 836; goto _out;} }
  }
	goto st836;
st836:
	if ( ++p == pe )
		goto _test_eof836;
case 836:
#line 20414 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1735;
		case 13u: goto st837;
	}
	goto st0;
st837:
	if ( ++p == pe )
		goto _test_eof837;
case 837:
	if ( (*p) == 10u )
		goto tr1737;
	goto st0;
st838:
	if ( ++p == pe )
		goto _test_eof838;
case 838:
	switch( (*p) ) {
		case 34u: goto tr1738;
		case 92u: goto tr1738;
	}
	goto st0;
st839:
	if ( ++p == pe )
		goto _test_eof839;
case 839:
	switch( (*p) ) {
		case 32u: goto tr1739;
		case 41u: goto tr1740;
	}
	goto st0;
tr1739:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st840;
st840:
	if ( ++p == pe )
		goto _test_eof840;
case 840:
#line 20451 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1741;
		case 34u: goto tr1742;
		case 41u: goto tr1743;
		case 78u: goto tr1744;
		case 110u: goto tr1744;
		case 123u: goto tr1745;
	}
	goto st0;
tr1741:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 841; goto _out;} }
	goto st841;
st841:
	if ( ++p == pe )
		goto _test_eof841;
case 841:
#line 20467 "server.c"
	switch( (*p) ) {
		case 32u: goto st841;
		case 34u: goto tr1742;
		case 41u: goto tr1743;
		case 78u: goto tr1744;
		case 110u: goto tr1744;
		case 123u: goto tr1745;
	}
	goto st0;
tr1742:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st842;
tr1747:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st842;
tr1750:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st842;
tr1752:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st842;
st842:
	if ( ++p == pe )
		goto _test_eof842;
case 842:
#line 20496 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1748;
		case 92u: goto st844;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1747;
	goto tr1750;
tr1748:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st843;
tr1762:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 843; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 843; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st843;
tr1764:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 843; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st843;
st843:
	if ( ++p == pe )
		goto _test_eof843;
case 843:
#line 20536 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1751;
		case 41u: goto tr1751;
	}
	goto st0;
tr1740:
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1501;
tr1743:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1501; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1501;
tr1751:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1501; goto _out;} }
#line 349 "response.rl"
	{ p--; {goto st887;} }
	goto st1501;
tr1755:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1501; goto _out;} }
#line 349 "response.rl"
	{ p--; {goto st887;} }
	goto st1501;
st1501:
	if ( ++p == pe )
		goto _test_eof1501;
case 1501:
#line 20565 "server.c"
	goto st0;
st844:
	if ( ++p == pe )
		goto _test_eof844;
case 844:
	switch( (*p) ) {
		case 34u: goto tr1752;
		case 92u: goto tr1752;
	}
	goto st0;
tr1744:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st845;
st845:
	if ( ++p == pe )
		goto _test_eof845;
case 845:
#line 20582 "server.c"
	switch( (*p) ) {
		case 73u: goto st846;
		case 105u: goto st846;
	}
	goto st0;
st846:
	if ( ++p == pe )
		goto _test_eof846;
case 846:
	switch( (*p) ) {
		case 76u: goto st847;
		case 108u: goto st847;
	}
	goto st0;
st847:
	if ( ++p == pe )
		goto _test_eof847;
case 847:
	switch( (*p) ) {
		case 32u: goto tr1755;
		case 41u: goto tr1755;
	}
	goto st0;
tr1745:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st848;
st848:
	if ( ++p == pe )
		goto _test_eof848;
case 848:
#line 20612 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1756;
	goto st0;
tr1756:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 849; goto _out;} }
      p = num_last;
    }
  }
	goto st849;
tr1759:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 849; goto _out;} }
      p = num_last;
    }
  }
	goto st849;
st849:
	if ( ++p == pe )
		goto _test_eof849;
case 849:
#line 20638 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1757;
		case 45u: goto tr1758;
		case 125u: goto tr1760;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1759;
	goto st0;
tr1757:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 850; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st850;
tr1758:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 850; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 850; goto _out;} }
	goto st850;
st850:
	if ( ++p == pe )
		goto _test_eof850;
case 850:
#line 20662 "server.c"
	if ( (*p) == 125u )
		goto st851;
	goto st0;
tr1760:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 851; goto _out;} }
  }
	goto st851;
st851:
	if ( ++p == pe )
		goto _test_eof851;
case 851:
#line 20674 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1762;
		case 13u: goto st852;
	}
	goto st0;
st852:
	if ( ++p == pe )
		goto _test_eof852;
case 852:
	if ( (*p) == 10u )
		goto tr1764;
	goto st0;
st853:
	if ( ++p == pe )
		goto _test_eof853;
case 853:
	switch( (*p) ) {
		case 32u: goto tr1765;
		case 41u: goto tr1766;
	}
	goto st0;
tr1765:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st854;
st854:
	if ( ++p == pe )
		goto _test_eof854;
case 854:
#line 20702 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1767;
		case 40u: goto tr1768;
		case 41u: goto tr1769;
		case 78u: goto tr1770;
		case 110u: goto tr1770;
	}
	goto st0;
tr1767:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 855; goto _out;} }
	goto st855;
st855:
	if ( ++p == pe )
		goto _test_eof855;
case 855:
#line 20717 "server.c"
	switch( (*p) ) {
		case 32u: goto st855;
		case 40u: goto tr1768;
		case 41u: goto tr1769;
		case 78u: goto tr1770;
		case 110u: goto tr1770;
	}
	goto st0;
tr1768:
#line 328 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_PARAMS, p)) {p++;  ps->cs = 856; goto _out;} }
	goto st856;
st856:
	if ( ++p == pe )
		goto _test_eof856;
case 856:
#line 20732 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1772;
		case 41u: goto tr1773;
		case 78u: goto tr1774;
		case 110u: goto tr1774;
		case 123u: goto tr1775;
	}
	goto st0;
tr1772:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st857;
tr1776:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st857;
tr1779:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st857;
tr1822:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st857;
st857:
	if ( ++p == pe )
		goto _test_eof857;
case 857:
#line 20760 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1777;
		case 92u: goto st883;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1776;
	goto tr1779;
tr1777:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st858;
tr1805:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 858; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 858; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st858;
tr1807:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 858; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st858;
st858:
	if ( ++p == pe )
		goto _test_eof858;
case 858:
#line 20800 "server.c"
	if ( (*p) == 32u )
		goto tr1780;
	goto st0;
tr1780:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 859; goto _out;} }
	goto st859;
tr1798:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 859; goto _out;} }
	goto st859;
st859:
	if ( ++p == pe )
		goto _test_eof859;
case 859:
#line 20818 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1781;
		case 34u: goto tr1782;
		case 78u: goto tr1783;
		case 110u: goto tr1783;
		case 123u: goto tr1784;
	}
	goto st0;
tr1781:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 860; goto _out;} }
	goto st860;
st860:
	if ( ++p == pe )
		goto _test_eof860;
case 860:
#line 20833 "server.c"
	switch( (*p) ) {
		case 32u: goto st860;
		case 34u: goto tr1782;
		case 78u: goto tr1783;
		case 110u: goto tr1783;
		case 123u: goto tr1784;
	}
	goto st0;
tr1782:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st861;
tr1786:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st861;
tr1789:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st861;
tr1808:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st861;
st861:
	if ( ++p == pe )
		goto _test_eof861;
case 861:
#line 20861 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1787;
		case 92u: goto st874;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1786;
	goto tr1789;
tr1787:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st862;
tr1819:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 862; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 862; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st862;
tr1821:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 862; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st862;
st862:
	if ( ++p == pe )
		goto _test_eof862;
case 862:
#line 20901 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1790;
		case 41u: goto tr1791;
	}
	goto st0;
tr1790:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 863; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st863;
tr1811:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 863; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st863;
st863:
	if ( ++p == pe )
		goto _test_eof863;
case 863:
#line 20923 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1792;
		case 34u: goto tr1772;
		case 41u: goto tr1793;
		case 78u: goto tr1774;
		case 110u: goto tr1774;
		case 123u: goto tr1775;
	}
	goto st0;
tr1792:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 864; goto _out;} }
	goto st864;
st864:
	if ( ++p == pe )
		goto _test_eof864;
case 864:
#line 20939 "server.c"
	switch( (*p) ) {
		case 32u: goto st864;
		case 34u: goto tr1772;
		case 41u: goto tr1793;
		case 78u: goto tr1774;
		case 110u: goto tr1774;
		case 123u: goto tr1775;
	}
	goto st0;
tr1791:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 865; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st865;
tr1793:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 865; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st865;
tr1812:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 865; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st865;
tr1773:
#line 43 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 865; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st865;
st865:
	if ( ++p == pe )
		goto _test_eof865;
case 865:
#line 20973 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1795;
		case 41u: goto tr1795;
	}
	goto st0;
tr1766:
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1502;
tr1769:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1502; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1502;
tr1795:
#line 349 "response.rl"
	{ p--; {goto st887;} }
	goto st1502;
tr1825:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 329 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 1502; goto _out;} }
#line 349 "response.rl"
	{ p--; {goto st887;} }
	goto st1502;
st1502:
	if ( ++p == pe )
		goto _test_eof1502;
case 1502:
#line 21001 "server.c"
	goto st0;
tr1774:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 866; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st866;
st866:
	if ( ++p == pe )
		goto _test_eof866;
case 866:
#line 21010 "server.c"
	switch( (*p) ) {
		case 73u: goto st867;
		case 105u: goto st867;
	}
	goto st0;
st867:
	if ( ++p == pe )
		goto _test_eof867;
case 867:
	switch( (*p) ) {
		case 76u: goto st868;
		case 108u: goto st868;
	}
	goto st0;
st868:
	if ( ++p == pe )
		goto _test_eof868;
case 868:
	if ( (*p) == 32u )
		goto tr1798;
	goto st0;
tr1775:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st869;
st869:
	if ( ++p == pe )
		goto _test_eof869;
case 869:
#line 21038 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1799;
	goto st0;
tr1799:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 870; goto _out;} }
      p = num_last;
    }
  }
	goto st870;
tr1802:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 870; goto _out;} }
      p = num_last;
    }
  }
	goto st870;
st870:
	if ( ++p == pe )
		goto _test_eof870;
case 870:
#line 21064 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1800;
		case 45u: goto tr1801;
		case 125u: goto tr1803;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1802;
	goto st0;
tr1800:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 871; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st871;
tr1801:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 871; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 871; goto _out;} }
	goto st871;
st871:
	if ( ++p == pe )
		goto _test_eof871;
case 871:
#line 21088 "server.c"
	if ( (*p) == 125u )
		goto st872;
	goto st0;
tr1803:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 872; goto _out;} }
  }
	goto st872;
st872:
	if ( ++p == pe )
		goto _test_eof872;
case 872:
#line 21100 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1805;
		case 13u: goto st873;
	}
	goto st0;
st873:
	if ( ++p == pe )
		goto _test_eof873;
case 873:
	if ( (*p) == 10u )
		goto tr1807;
	goto st0;
st874:
	if ( ++p == pe )
		goto _test_eof874;
case 874:
	switch( (*p) ) {
		case 34u: goto tr1808;
		case 92u: goto tr1808;
	}
	goto st0;
tr1783:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 875; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st875;
st875:
	if ( ++p == pe )
		goto _test_eof875;
case 875:
#line 21129 "server.c"
	switch( (*p) ) {
		case 73u: goto st876;
		case 105u: goto st876;
	}
	goto st0;
st876:
	if ( ++p == pe )
		goto _test_eof876;
case 876:
	switch( (*p) ) {
		case 76u: goto st877;
		case 108u: goto st877;
	}
	goto st0;
st877:
	if ( ++p == pe )
		goto _test_eof877;
case 877:
	switch( (*p) ) {
		case 32u: goto tr1811;
		case 41u: goto tr1812;
	}
	goto st0;
tr1784:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st878;
st878:
	if ( ++p == pe )
		goto _test_eof878;
case 878:
#line 21159 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1813;
	goto st0;
tr1813:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 879; goto _out;} }
      p = num_last;
    }
  }
	goto st879;
tr1816:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 879; goto _out;} }
      p = num_last;
    }
  }
	goto st879;
st879:
	if ( ++p == pe )
		goto _test_eof879;
case 879:
#line 21185 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1814;
		case 45u: goto tr1815;
		case 125u: goto tr1817;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1816;
	goto st0;
tr1814:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 880; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st880;
tr1815:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 880; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 880; goto _out;} }
	goto st880;
st880:
	if ( ++p == pe )
		goto _test_eof880;
case 880:
#line 21209 "server.c"
	if ( (*p) == 125u )
		goto st881;
	goto st0;
tr1817:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 881; goto _out;} }
  }
	goto st881;
st881:
	if ( ++p == pe )
		goto _test_eof881;
case 881:
#line 21221 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1819;
		case 13u: goto st882;
	}
	goto st0;
st882:
	if ( ++p == pe )
		goto _test_eof882;
case 882:
	if ( (*p) == 10u )
		goto tr1821;
	goto st0;
st883:
	if ( ++p == pe )
		goto _test_eof883;
case 883:
	switch( (*p) ) {
		case 34u: goto tr1822;
		case 92u: goto tr1822;
	}
	goto st0;
tr1770:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st884;
st884:
	if ( ++p == pe )
		goto _test_eof884;
case 884:
#line 21249 "server.c"
	switch( (*p) ) {
		case 73u: goto st885;
		case 105u: goto st885;
	}
	goto st0;
st885:
	if ( ++p == pe )
		goto _test_eof885;
case 885:
	switch( (*p) ) {
		case 76u: goto st886;
		case 108u: goto st886;
	}
	goto st0;
st886:
	if ( ++p == pe )
		goto _test_eof886;
case 886:
	switch( (*p) ) {
		case 32u: goto tr1825;
		case 41u: goto tr1825;
	}
	goto st0;
st887:
	if ( ++p == pe )
		goto _test_eof887;
case 887:
	switch( (*p) ) {
		case 32u: goto tr1826;
		case 41u: goto tr1827;
	}
	goto st0;
tr1826:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st888;
st888:
	if ( ++p == pe )
		goto _test_eof888;
case 888:
#line 21288 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1828;
		case 40u: goto tr1829;
		case 41u: goto tr1830;
		case 78u: goto tr1831;
		case 110u: goto tr1831;
	}
	goto st0;
tr1828:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 889; goto _out;} }
	goto st889;
st889:
	if ( ++p == pe )
		goto _test_eof889;
case 889:
#line 21303 "server.c"
	switch( (*p) ) {
		case 32u: goto st889;
		case 40u: goto tr1829;
		case 41u: goto tr1830;
		case 78u: goto tr1831;
		case 110u: goto tr1831;
	}
	goto st0;
tr1829:
#line 334 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_DISPOSITION, p)) {p++;  ps->cs = 890; goto _out;} }
	goto st890;
st890:
	if ( ++p == pe )
		goto _test_eof890;
case 890:
#line 21318 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1833;
		case 78u: goto tr1834;
		case 110u: goto tr1834;
		case 123u: goto tr1835;
	}
	goto st0;
tr1833:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st891;
tr1836:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st891;
tr1839:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st891;
tr1988:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st891;
st891:
	if ( ++p == pe )
		goto _test_eof891;
case 891:
#line 21345 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1837;
		case 92u: goto st973;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1836;
	goto tr1839;
tr1837:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st892;
tr1998:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 892; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 892; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st892;
tr2000:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 892; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st892;
st892:
	if ( ++p == pe )
		goto _test_eof892;
case 892:
#line 21385 "server.c"
	if ( (*p) == 32u )
		goto tr1840;
	goto st0;
tr1840:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 893; goto _out;} }
	goto st893;
tr1991:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 893; goto _out;} }
	goto st893;
st893:
	if ( ++p == pe )
		goto _test_eof893;
case 893:
#line 21403 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1841;
		case 40u: goto tr1842;
		case 78u: goto tr1843;
		case 110u: goto tr1843;
	}
	goto st0;
tr1841:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 894; goto _out;} }
	goto st894;
st894:
	if ( ++p == pe )
		goto _test_eof894;
case 894:
#line 21417 "server.c"
	switch( (*p) ) {
		case 32u: goto st894;
		case 40u: goto tr1842;
		case 78u: goto tr1843;
		case 110u: goto tr1843;
	}
	goto st0;
tr1842:
#line 328 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_PARAMS, p)) {p++;  ps->cs = 895; goto _out;} }
	goto st895;
st895:
	if ( ++p == pe )
		goto _test_eof895;
case 895:
#line 21431 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1845;
		case 41u: goto tr1846;
		case 78u: goto tr1847;
		case 110u: goto tr1847;
		case 123u: goto tr1848;
	}
	goto st0;
tr1845:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st896;
tr1849:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st896;
tr1852:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st896;
tr1983:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st896;
st896:
	if ( ++p == pe )
		goto _test_eof896;
case 896:
#line 21459 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1850;
		case 92u: goto st969;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1849;
	goto tr1852;
tr1850:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st897;
tr1966:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 897; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 897; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st897;
tr1968:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 897; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st897;
st897:
	if ( ++p == pe )
		goto _test_eof897;
case 897:
#line 21499 "server.c"
	if ( (*p) == 32u )
		goto tr1853;
	goto st0;
tr1853:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 898; goto _out;} }
	goto st898;
tr1959:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 898; goto _out;} }
	goto st898;
st898:
	if ( ++p == pe )
		goto _test_eof898;
case 898:
#line 21517 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1854;
		case 34u: goto tr1855;
		case 78u: goto tr1856;
		case 110u: goto tr1856;
		case 123u: goto tr1857;
	}
	goto st0;
tr1854:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 899; goto _out;} }
	goto st899;
st899:
	if ( ++p == pe )
		goto _test_eof899;
case 899:
#line 21532 "server.c"
	switch( (*p) ) {
		case 32u: goto st899;
		case 34u: goto tr1855;
		case 78u: goto tr1856;
		case 110u: goto tr1856;
		case 123u: goto tr1857;
	}
	goto st0;
tr1855:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st900;
tr1859:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st900;
tr1862:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st900;
tr1969:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st900;
st900:
	if ( ++p == pe )
		goto _test_eof900;
case 900:
#line 21560 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1860;
		case 92u: goto st960;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1859;
	goto tr1862;
tr1860:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st901;
tr1980:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 901; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 901; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st901;
tr1982:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 901; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st901;
st901:
	if ( ++p == pe )
		goto _test_eof901;
case 901:
#line 21600 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1863;
		case 41u: goto tr1864;
	}
	goto st0;
tr1863:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 902; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st902;
tr1972:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 902; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st902;
st902:
	if ( ++p == pe )
		goto _test_eof902;
case 902:
#line 21622 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1865;
		case 34u: goto tr1845;
		case 41u: goto tr1866;
		case 78u: goto tr1847;
		case 110u: goto tr1847;
		case 123u: goto tr1848;
	}
	goto st0;
tr1865:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 903; goto _out;} }
	goto st903;
st903:
	if ( ++p == pe )
		goto _test_eof903;
case 903:
#line 21638 "server.c"
	switch( (*p) ) {
		case 32u: goto st903;
		case 34u: goto tr1845;
		case 41u: goto tr1866;
		case 78u: goto tr1847;
		case 110u: goto tr1847;
		case 123u: goto tr1848;
	}
	goto st0;
tr1864:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 904; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st904;
tr1866:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 904; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st904;
tr1973:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 904; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st904;
tr1846:
#line 43 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 904; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st904;
st904:
	if ( ++p == pe )
		goto _test_eof904;
case 904:
#line 21672 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
	}
	goto st0;
tr1868:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st905;
tr1986:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 329 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 905; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st905;
st905:
	if ( ++p == pe )
		goto _test_eof905;
case 905:
#line 21693 "server.c"
	switch( (*p) ) {
		case 32u: goto st905;
		case 41u: goto tr1871;
	}
	goto st0;
tr1871:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 906; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st906;
tr1869:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st906;
tr1987:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 329 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 906; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st906;
st906:
	if ( ++p == pe )
		goto _test_eof906;
case 906:
#line 21718 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1872;
		case 41u: goto tr1827;
	}
	goto st0;
tr1872:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st907;
tr2003:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 335 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_DISPOSITION)) {p++;  ps->cs = 907; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st907;
st907:
	if ( ++p == pe )
		goto _test_eof907;
case 907:
#line 21739 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1873;
		case 34u: goto tr1874;
		case 40u: goto tr1875;
		case 41u: goto tr1830;
		case 78u: goto tr1876;
		case 110u: goto tr1876;
		case 123u: goto tr1877;
	}
	goto st0;
tr1873:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 908; goto _out;} }
	goto st908;
st908:
	if ( ++p == pe )
		goto _test_eof908;
case 908:
#line 21756 "server.c"
	switch( (*p) ) {
		case 32u: goto st908;
		case 34u: goto tr1874;
		case 40u: goto tr1875;
		case 41u: goto tr1830;
		case 78u: goto tr1876;
		case 110u: goto tr1876;
		case 123u: goto tr1877;
	}
	goto st0;
tr1874:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st909;
tr1879:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st909;
tr1882:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st909;
tr1917:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st909;
st909:
	if ( ++p == pe )
		goto _test_eof909;
case 909:
#line 21786 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1880;
		case 92u: goto st928;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1879;
	goto tr1882;
tr1880:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st910;
tr1954:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 910; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 910; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st910;
tr1956:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 910; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st910;
st910:
	if ( ++p == pe )
		goto _test_eof910;
case 910:
#line 21826 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1883;
		case 41u: goto tr1884;
	}
	goto st0;
tr1930:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st911;
tr1883:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 911; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st911;
tr1947:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 911; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st911;
st911:
	if ( ++p == pe )
		goto _test_eof911;
case 911:
#line 21851 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1885;
		case 34u: goto tr1886;
		case 41u: goto tr1830;
		case 78u: goto tr1887;
		case 110u: goto tr1887;
		case 123u: goto tr1888;
	}
	goto st0;
tr1885:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 912; goto _out;} }
	goto st912;
st912:
	if ( ++p == pe )
		goto _test_eof912;
case 912:
#line 21867 "server.c"
	switch( (*p) ) {
		case 32u: goto st912;
		case 34u: goto tr1886;
		case 41u: goto tr1830;
		case 78u: goto tr1887;
		case 110u: goto tr1887;
		case 123u: goto tr1888;
	}
	goto st0;
tr1886:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st913;
tr1890:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st913;
tr1893:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st913;
tr1916:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st913;
st913:
	if ( ++p == pe )
		goto _test_eof913;
case 913:
#line 21896 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1891;
		case 92u: goto st927;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1890;
	goto tr1893;
tr1891:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st914;
tr1913:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 914; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 914; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st914;
tr1915:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 914; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st914;
st914:
	if ( ++p == pe )
		goto _test_eof914;
case 914:
#line 21936 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1894;
		case 41u: goto tr1884;
	}
	goto st0;
tr1899:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st915;
tr1894:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 915; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st915;
tr1905:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 915; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st915;
tr1900:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 915; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 915; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st915;
st915:
	if ( ++p == pe )
		goto _test_eof915;
case 915:
#line 21973 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1895;
		case 34u: goto tr1886;
		case 40u: goto tr1896;
		case 41u: goto tr1830;
		case 78u: goto tr1887;
		case 110u: goto tr1887;
		case 123u: goto tr1888;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1897;
	goto st0;
tr1895:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 916; goto _out;} }
	goto st916;
st916:
	if ( ++p == pe )
		goto _test_eof916;
case 916:
#line 21992 "server.c"
	switch( (*p) ) {
		case 32u: goto st916;
		case 34u: goto tr1886;
		case 40u: goto tr1896;
		case 41u: goto tr1830;
		case 78u: goto tr1887;
		case 110u: goto tr1887;
		case 123u: goto tr1888;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1897;
	goto st0;
tr1896:
#line 341 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_EXTENSION, p)) {p++;  ps->cs = 917; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 917;goto st823;}} }
	goto st917;
st917:
	if ( ++p == pe )
		goto _test_eof917;
case 917:
#line 22011 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1899;
		case 41u: goto tr1827;
	}
	goto st0;
tr1827:
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1503;
tr1830:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1503; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1503;
tr1884:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1503; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1503;
tr1901:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1503; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1503; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1503;
tr1906:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1503; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1503;
tr2004:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 335 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_DISPOSITION)) {p++;  ps->cs = 1503; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1503;
st1503:
	if ( ++p == pe )
		goto _test_eof1503;
case 1503:
#line 22061 "server.c"
	goto st0;
tr1897:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 918; goto _out;} }
      p = num_last;
    }
  }
	goto st918;
tr1902:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 918; goto _out;} }
      p = num_last;
    }
  }
	goto st918;
st918:
	if ( ++p == pe )
		goto _test_eof918;
case 918:
#line 22085 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1900;
		case 41u: goto tr1901;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1902;
	goto st0;
tr1887:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st919;
st919:
	if ( ++p == pe )
		goto _test_eof919;
case 919:
#line 22099 "server.c"
	switch( (*p) ) {
		case 73u: goto st920;
		case 105u: goto st920;
	}
	goto st0;
st920:
	if ( ++p == pe )
		goto _test_eof920;
case 920:
	switch( (*p) ) {
		case 76u: goto st921;
		case 108u: goto st921;
	}
	goto st0;
st921:
	if ( ++p == pe )
		goto _test_eof921;
case 921:
	switch( (*p) ) {
		case 32u: goto tr1905;
		case 41u: goto tr1906;
	}
	goto st0;
tr1888:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st922;
st922:
	if ( ++p == pe )
		goto _test_eof922;
case 922:
#line 22129 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1907;
	goto st0;
tr1907:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 923; goto _out;} }
      p = num_last;
    }
  }
	goto st923;
tr1910:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 923; goto _out;} }
      p = num_last;
    }
  }
	goto st923;
st923:
	if ( ++p == pe )
		goto _test_eof923;
case 923:
#line 22155 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1908;
		case 45u: goto tr1909;
		case 125u: goto tr1911;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1910;
	goto st0;
tr1908:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 924; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st924;
tr1909:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 924; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 924; goto _out;} }
	goto st924;
st924:
	if ( ++p == pe )
		goto _test_eof924;
case 924:
#line 22179 "server.c"
	if ( (*p) == 125u )
		goto st925;
	goto st0;
tr1911:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 925; goto _out;} }
  }
	goto st925;
st925:
	if ( ++p == pe )
		goto _test_eof925;
case 925:
#line 22191 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1913;
		case 13u: goto st926;
	}
	goto st0;
st926:
	if ( ++p == pe )
		goto _test_eof926;
case 926:
	if ( (*p) == 10u )
		goto tr1915;
	goto st0;
st927:
	if ( ++p == pe )
		goto _test_eof927;
case 927:
	switch( (*p) ) {
		case 34u: goto tr1916;
		case 92u: goto tr1916;
	}
	goto st0;
st928:
	if ( ++p == pe )
		goto _test_eof928;
case 928:
	switch( (*p) ) {
		case 34u: goto tr1917;
		case 92u: goto tr1917;
	}
	goto st0;
tr1875:
#line 338 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 929; goto _out;} }
	goto st929;
st929:
	if ( ++p == pe )
		goto _test_eof929;
case 929:
#line 22228 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1918;
		case 78u: goto tr1919;
		case 110u: goto tr1919;
		case 123u: goto tr1920;
	}
	goto st0;
tr1918:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st930;
tr1921:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st930;
tr1924:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st930;
tr1944:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st930;
st930:
	if ( ++p == pe )
		goto _test_eof930;
case 930:
#line 22255 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1922;
		case 92u: goto st943;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1921;
	goto tr1924;
tr1922:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st931;
tr1941:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 931; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 931; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st931;
tr1943:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 931; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st931;
st931:
	if ( ++p == pe )
		goto _test_eof931;
case 931:
#line 22295 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1925;
		case 41u: goto tr1926;
	}
	goto st0;
tr1925:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 932; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st932;
tr1933:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 932; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st932;
st932:
	if ( ++p == pe )
		goto _test_eof932;
case 932:
#line 22317 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1927;
		case 34u: goto tr1918;
		case 41u: goto tr1928;
		case 78u: goto tr1919;
		case 110u: goto tr1919;
		case 123u: goto tr1920;
	}
	goto st0;
tr1927:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 933; goto _out;} }
	goto st933;
st933:
	if ( ++p == pe )
		goto _test_eof933;
case 933:
#line 22333 "server.c"
	switch( (*p) ) {
		case 32u: goto st933;
		case 34u: goto tr1918;
		case 41u: goto tr1928;
		case 78u: goto tr1919;
		case 110u: goto tr1919;
		case 123u: goto tr1920;
	}
	goto st0;
tr1926:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 934; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st934;
tr1928:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 934; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st934;
tr1934:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 934; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st934;
st934:
	if ( ++p == pe )
		goto _test_eof934;
case 934:
#line 22363 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1930;
		case 41u: goto tr1827;
	}
	goto st0;
tr1919:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 935; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st935;
st935:
	if ( ++p == pe )
		goto _test_eof935;
case 935:
#line 22376 "server.c"
	switch( (*p) ) {
		case 73u: goto st936;
		case 105u: goto st936;
	}
	goto st0;
st936:
	if ( ++p == pe )
		goto _test_eof936;
case 936:
	switch( (*p) ) {
		case 76u: goto st937;
		case 108u: goto st937;
	}
	goto st0;
st937:
	if ( ++p == pe )
		goto _test_eof937;
case 937:
	switch( (*p) ) {
		case 32u: goto tr1933;
		case 41u: goto tr1934;
	}
	goto st0;
tr1920:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st938;
st938:
	if ( ++p == pe )
		goto _test_eof938;
case 938:
#line 22406 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1935;
	goto st0;
tr1935:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 939; goto _out;} }
      p = num_last;
    }
  }
	goto st939;
tr1938:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 939; goto _out;} }
      p = num_last;
    }
  }
	goto st939;
st939:
	if ( ++p == pe )
		goto _test_eof939;
case 939:
#line 22432 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1936;
		case 45u: goto tr1937;
		case 125u: goto tr1939;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1938;
	goto st0;
tr1936:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 940; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st940;
tr1937:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 940; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 940; goto _out;} }
	goto st940;
st940:
	if ( ++p == pe )
		goto _test_eof940;
case 940:
#line 22456 "server.c"
	if ( (*p) == 125u )
		goto st941;
	goto st0;
tr1939:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 941; goto _out;} }
  }
	goto st941;
st941:
	if ( ++p == pe )
		goto _test_eof941;
case 941:
#line 22468 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1941;
		case 13u: goto st942;
	}
	goto st0;
st942:
	if ( ++p == pe )
		goto _test_eof942;
case 942:
	if ( (*p) == 10u )
		goto tr1943;
	goto st0;
st943:
	if ( ++p == pe )
		goto _test_eof943;
case 943:
	switch( (*p) ) {
		case 34u: goto tr1944;
		case 92u: goto tr1944;
	}
	goto st0;
tr1876:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st944;
st944:
	if ( ++p == pe )
		goto _test_eof944;
case 944:
#line 22496 "server.c"
	switch( (*p) ) {
		case 73u: goto st945;
		case 105u: goto st945;
	}
	goto st0;
st945:
	if ( ++p == pe )
		goto _test_eof945;
case 945:
	switch( (*p) ) {
		case 76u: goto st946;
		case 108u: goto st946;
	}
	goto st0;
st946:
	if ( ++p == pe )
		goto _test_eof946;
case 946:
	switch( (*p) ) {
		case 32u: goto tr1947;
		case 41u: goto tr1906;
	}
	goto st0;
tr1877:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st947;
st947:
	if ( ++p == pe )
		goto _test_eof947;
case 947:
#line 22526 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1948;
	goto st0;
tr1948:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 948; goto _out;} }
      p = num_last;
    }
  }
	goto st948;
tr1951:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 948; goto _out;} }
      p = num_last;
    }
  }
	goto st948;
st948:
	if ( ++p == pe )
		goto _test_eof948;
case 948:
#line 22552 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1949;
		case 45u: goto tr1950;
		case 125u: goto tr1952;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1951;
	goto st0;
tr1949:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 949; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st949;
tr1950:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 949; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 949; goto _out;} }
	goto st949;
st949:
	if ( ++p == pe )
		goto _test_eof949;
case 949:
#line 22576 "server.c"
	if ( (*p) == 125u )
		goto st950;
	goto st0;
tr1952:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 950; goto _out;} }
  }
	goto st950;
st950:
	if ( ++p == pe )
		goto _test_eof950;
case 950:
#line 22588 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1954;
		case 13u: goto st951;
	}
	goto st0;
st951:
	if ( ++p == pe )
		goto _test_eof951;
case 951:
	if ( (*p) == 10u )
		goto tr1956;
	goto st0;
tr1847:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 952; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st952;
st952:
	if ( ++p == pe )
		goto _test_eof952;
case 952:
#line 22608 "server.c"
	switch( (*p) ) {
		case 73u: goto st953;
		case 105u: goto st953;
	}
	goto st0;
st953:
	if ( ++p == pe )
		goto _test_eof953;
case 953:
	switch( (*p) ) {
		case 76u: goto st954;
		case 108u: goto st954;
	}
	goto st0;
st954:
	if ( ++p == pe )
		goto _test_eof954;
case 954:
	if ( (*p) == 32u )
		goto tr1959;
	goto st0;
tr1848:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st955;
st955:
	if ( ++p == pe )
		goto _test_eof955;
case 955:
#line 22636 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1960;
	goto st0;
tr1960:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 956; goto _out;} }
      p = num_last;
    }
  }
	goto st956;
tr1963:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 956; goto _out;} }
      p = num_last;
    }
  }
	goto st956;
st956:
	if ( ++p == pe )
		goto _test_eof956;
case 956:
#line 22662 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1961;
		case 45u: goto tr1962;
		case 125u: goto tr1964;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1963;
	goto st0;
tr1961:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 957; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st957;
tr1962:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 957; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 957; goto _out;} }
	goto st957;
st957:
	if ( ++p == pe )
		goto _test_eof957;
case 957:
#line 22686 "server.c"
	if ( (*p) == 125u )
		goto st958;
	goto st0;
tr1964:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 958; goto _out;} }
  }
	goto st958;
st958:
	if ( ++p == pe )
		goto _test_eof958;
case 958:
#line 22698 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1966;
		case 13u: goto st959;
	}
	goto st0;
st959:
	if ( ++p == pe )
		goto _test_eof959;
case 959:
	if ( (*p) == 10u )
		goto tr1968;
	goto st0;
st960:
	if ( ++p == pe )
		goto _test_eof960;
case 960:
	switch( (*p) ) {
		case 34u: goto tr1969;
		case 92u: goto tr1969;
	}
	goto st0;
tr1856:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 961; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st961;
st961:
	if ( ++p == pe )
		goto _test_eof961;
case 961:
#line 22727 "server.c"
	switch( (*p) ) {
		case 73u: goto st962;
		case 105u: goto st962;
	}
	goto st0;
st962:
	if ( ++p == pe )
		goto _test_eof962;
case 962:
	switch( (*p) ) {
		case 76u: goto st963;
		case 108u: goto st963;
	}
	goto st0;
st963:
	if ( ++p == pe )
		goto _test_eof963;
case 963:
	switch( (*p) ) {
		case 32u: goto tr1972;
		case 41u: goto tr1973;
	}
	goto st0;
tr1857:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st964;
st964:
	if ( ++p == pe )
		goto _test_eof964;
case 964:
#line 22757 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1974;
	goto st0;
tr1974:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 965; goto _out;} }
      p = num_last;
    }
  }
	goto st965;
tr1977:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 965; goto _out;} }
      p = num_last;
    }
  }
	goto st965;
st965:
	if ( ++p == pe )
		goto _test_eof965;
case 965:
#line 22783 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1975;
		case 45u: goto tr1976;
		case 125u: goto tr1978;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1977;
	goto st0;
tr1975:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 966; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st966;
tr1976:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 966; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 966; goto _out;} }
	goto st966;
st966:
	if ( ++p == pe )
		goto _test_eof966;
case 966:
#line 22807 "server.c"
	if ( (*p) == 125u )
		goto st967;
	goto st0;
tr1978:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 967; goto _out;} }
  }
	goto st967;
st967:
	if ( ++p == pe )
		goto _test_eof967;
case 967:
#line 22819 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1980;
		case 13u: goto st968;
	}
	goto st0;
st968:
	if ( ++p == pe )
		goto _test_eof968;
case 968:
	if ( (*p) == 10u )
		goto tr1982;
	goto st0;
st969:
	if ( ++p == pe )
		goto _test_eof969;
case 969:
	switch( (*p) ) {
		case 34u: goto tr1983;
		case 92u: goto tr1983;
	}
	goto st0;
tr1843:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st970;
st970:
	if ( ++p == pe )
		goto _test_eof970;
case 970:
#line 22847 "server.c"
	switch( (*p) ) {
		case 73u: goto st971;
		case 105u: goto st971;
	}
	goto st0;
st971:
	if ( ++p == pe )
		goto _test_eof971;
case 971:
	switch( (*p) ) {
		case 76u: goto st972;
		case 108u: goto st972;
	}
	goto st0;
st972:
	if ( ++p == pe )
		goto _test_eof972;
case 972:
	switch( (*p) ) {
		case 32u: goto tr1986;
		case 41u: goto tr1987;
	}
	goto st0;
st973:
	if ( ++p == pe )
		goto _test_eof973;
case 973:
	switch( (*p) ) {
		case 34u: goto tr1988;
		case 92u: goto tr1988;
	}
	goto st0;
tr1834:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 974; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st974;
st974:
	if ( ++p == pe )
		goto _test_eof974;
case 974:
#line 22887 "server.c"
	switch( (*p) ) {
		case 73u: goto st975;
		case 105u: goto st975;
	}
	goto st0;
st975:
	if ( ++p == pe )
		goto _test_eof975;
case 975:
	switch( (*p) ) {
		case 76u: goto st976;
		case 108u: goto st976;
	}
	goto st0;
st976:
	if ( ++p == pe )
		goto _test_eof976;
case 976:
	if ( (*p) == 32u )
		goto tr1991;
	goto st0;
tr1835:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st977;
st977:
	if ( ++p == pe )
		goto _test_eof977;
case 977:
#line 22915 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1992;
	goto st0;
tr1992:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 978; goto _out;} }
      p = num_last;
    }
  }
	goto st978;
tr1995:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 978; goto _out;} }
      p = num_last;
    }
  }
	goto st978;
st978:
	if ( ++p == pe )
		goto _test_eof978;
case 978:
#line 22941 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1993;
		case 45u: goto tr1994;
		case 125u: goto tr1996;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1995;
	goto st0;
tr1993:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 979; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st979;
tr1994:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 979; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 979; goto _out;} }
	goto st979;
st979:
	if ( ++p == pe )
		goto _test_eof979;
case 979:
#line 22965 "server.c"
	if ( (*p) == 125u )
		goto st980;
	goto st0;
tr1996:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 980; goto _out;} }
  }
	goto st980;
st980:
	if ( ++p == pe )
		goto _test_eof980;
case 980:
#line 22977 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1998;
		case 13u: goto st981;
	}
	goto st0;
st981:
	if ( ++p == pe )
		goto _test_eof981;
case 981:
	if ( (*p) == 10u )
		goto tr2000;
	goto st0;
tr1831:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st982;
st982:
	if ( ++p == pe )
		goto _test_eof982;
case 982:
#line 22996 "server.c"
	switch( (*p) ) {
		case 73u: goto st983;
		case 105u: goto st983;
	}
	goto st0;
st983:
	if ( ++p == pe )
		goto _test_eof983;
case 983:
	switch( (*p) ) {
		case 76u: goto st984;
		case 108u: goto st984;
	}
	goto st0;
st984:
	if ( ++p == pe )
		goto _test_eof984;
case 984:
	switch( (*p) ) {
		case 32u: goto tr2003;
		case 41u: goto tr2004;
	}
	goto st0;
st985:
	if ( ++p == pe )
		goto _test_eof985;
case 985:
	switch( (*p) ) {
		case 34u: goto tr2005;
		case 40u: goto tr2006;
		case 78u: goto tr2007;
		case 110u: goto tr2007;
		case 123u: goto tr2008;
	}
	goto st0;
tr2005:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st986;
tr2009:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st986;
tr2012:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st986;
tr2169:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st986;
st986:
	if ( ++p == pe )
		goto _test_eof986;
case 986:
#line 23051 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2010;
		case 92u: goto st1076;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2009;
	goto tr2012;
tr2010:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st987;
tr2205:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 987; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 987; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st987;
tr2207:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 987; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st987;
st987:
	if ( ++p == pe )
		goto _test_eof987;
case 987:
#line 23091 "server.c"
	if ( (*p) == 32u )
		goto tr2013;
	goto st0;
tr2013:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 988; goto _out;} }
	goto st988;
tr2198:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 988; goto _out;} }
	goto st988;
st988:
	if ( ++p == pe )
		goto _test_eof988;
case 988:
#line 23109 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2014;
		case 34u: goto tr2015;
		case 78u: goto tr2016;
		case 110u: goto tr2016;
		case 123u: goto tr2017;
	}
	goto st0;
tr2014:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 989; goto _out;} }
	goto st989;
st989:
	if ( ++p == pe )
		goto _test_eof989;
case 989:
#line 23124 "server.c"
	switch( (*p) ) {
		case 32u: goto st989;
		case 34u: goto tr2015;
		case 78u: goto tr2016;
		case 110u: goto tr2016;
		case 123u: goto tr2017;
	}
	goto st0;
tr2015:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st990;
tr2019:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st990;
tr2022:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st990;
tr2156:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st990;
st990:
	if ( ++p == pe )
		goto _test_eof990;
case 990:
#line 23152 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2020;
		case 92u: goto st1067;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2019;
	goto tr2022;
tr2020:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st991;
tr2166:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 991; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 991; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st991;
tr2168:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 991; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st991;
st991:
	if ( ++p == pe )
		goto _test_eof991;
case 991:
#line 23192 "server.c"
	if ( (*p) == 32u )
		goto tr2023;
	goto st0;
tr2023:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 992; goto _out;} }
	goto st992;
tr2159:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 992; goto _out;} }
	goto st992;
st992:
	if ( ++p == pe )
		goto _test_eof992;
case 992:
#line 23210 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2024;
		case 40u: goto tr2025;
		case 78u: goto tr2026;
		case 110u: goto tr2026;
	}
	goto st0;
tr2024:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 993; goto _out;} }
	goto st993;
st993:
	if ( ++p == pe )
		goto _test_eof993;
case 993:
#line 23224 "server.c"
	switch( (*p) ) {
		case 32u: goto st993;
		case 40u: goto tr2025;
		case 78u: goto tr2026;
		case 110u: goto tr2026;
	}
	goto st0;
tr2025:
#line 328 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_PARAMS, p)) {p++;  ps->cs = 994; goto _out;} }
	goto st994;
st994:
	if ( ++p == pe )
		goto _test_eof994;
case 994:
#line 23238 "server.c"
	switch( (*p) ) {
		case 34u: goto tr2028;
		case 41u: goto tr2029;
		case 78u: goto tr2030;
		case 110u: goto tr2030;
		case 123u: goto tr2031;
	}
	goto st0;
tr2028:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st995;
tr2032:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st995;
tr2035:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st995;
tr2152:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st995;
st995:
	if ( ++p == pe )
		goto _test_eof995;
case 995:
#line 23266 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2033;
		case 92u: goto st1063;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2032;
	goto tr2035;
tr2033:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st996;
tr2135:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 996; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 996; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st996;
tr2137:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 996; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st996;
st996:
	if ( ++p == pe )
		goto _test_eof996;
case 996:
#line 23306 "server.c"
	if ( (*p) == 32u )
		goto tr2036;
	goto st0;
tr2036:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 997; goto _out;} }
	goto st997;
tr2128:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 997; goto _out;} }
	goto st997;
st997:
	if ( ++p == pe )
		goto _test_eof997;
case 997:
#line 23324 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2037;
		case 34u: goto tr2038;
		case 78u: goto tr2039;
		case 110u: goto tr2039;
		case 123u: goto tr2040;
	}
	goto st0;
tr2037:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 998; goto _out;} }
	goto st998;
st998:
	if ( ++p == pe )
		goto _test_eof998;
case 998:
#line 23339 "server.c"
	switch( (*p) ) {
		case 32u: goto st998;
		case 34u: goto tr2038;
		case 78u: goto tr2039;
		case 110u: goto tr2039;
		case 123u: goto tr2040;
	}
	goto st0;
tr2038:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st999;
tr2042:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st999;
tr2045:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st999;
tr2138:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st999;
st999:
	if ( ++p == pe )
		goto _test_eof999;
case 999:
#line 23367 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2043;
		case 92u: goto st1054;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2042;
	goto tr2045;
tr2043:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1000;
tr2149:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1000; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1000; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1000;
tr2151:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1000; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1000;
st1000:
	if ( ++p == pe )
		goto _test_eof1000;
case 1000:
#line 23407 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2046;
		case 41u: goto tr2047;
	}
	goto st0;
tr2046:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1001; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1001;
tr2141:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1001; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1001;
st1001:
	if ( ++p == pe )
		goto _test_eof1001;
case 1001:
#line 23429 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2048;
		case 34u: goto tr2028;
		case 41u: goto tr2049;
		case 78u: goto tr2030;
		case 110u: goto tr2030;
		case 123u: goto tr2031;
	}
	goto st0;
tr2048:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1002; goto _out;} }
	goto st1002;
st1002:
	if ( ++p == pe )
		goto _test_eof1002;
case 1002:
#line 23445 "server.c"
	switch( (*p) ) {
		case 32u: goto st1002;
		case 34u: goto tr2028;
		case 41u: goto tr2049;
		case 78u: goto tr2030;
		case 110u: goto tr2030;
		case 123u: goto tr2031;
	}
	goto st0;
tr2047:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1003; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1003;
tr2049:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1003; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1003;
tr2142:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1003; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1003;
tr2029:
#line 43 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 1003; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1003;
st1003:
	if ( ++p == pe )
		goto _test_eof1003;
case 1003:
#line 23479 "server.c"
	if ( (*p) == 32u )
		goto st1004;
	goto st0;
tr2155:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 329 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 1004; goto _out;} }
	goto st1004;
st1004:
	if ( ++p == pe )
		goto _test_eof1004;
case 1004:
#line 23494 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2052;
		case 34u: goto tr2053;
		case 78u: goto tr2054;
		case 110u: goto tr2054;
		case 123u: goto tr2055;
	}
	goto st0;
tr2052:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1005; goto _out;} }
	goto st1005;
st1005:
	if ( ++p == pe )
		goto _test_eof1005;
case 1005:
#line 23509 "server.c"
	switch( (*p) ) {
		case 32u: goto st1005;
		case 34u: goto tr2053;
		case 78u: goto tr2054;
		case 110u: goto tr2054;
		case 123u: goto tr2055;
	}
	goto st0;
tr2053:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1006;
tr2057:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1006;
tr2060:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1006;
tr2113:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1006;
st1006:
	if ( ++p == pe )
		goto _test_eof1006;
case 1006:
#line 23537 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2058;
		case 92u: goto st1037;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2057;
	goto tr2060;
tr2058:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1007;
tr2123:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1007; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1007; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1007;
tr2125:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1007; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1007;
st1007:
	if ( ++p == pe )
		goto _test_eof1007;
case 1007:
#line 23577 "server.c"
	if ( (*p) == 32u )
		goto tr2061;
	goto st0;
tr2061:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1008; goto _out;} }
	goto st1008;
tr2116:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1008; goto _out;} }
	goto st1008;
st1008:
	if ( ++p == pe )
		goto _test_eof1008;
case 1008:
#line 23595 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2062;
		case 34u: goto tr2063;
		case 78u: goto tr2064;
		case 110u: goto tr2064;
		case 123u: goto tr2065;
	}
	goto st0;
tr2062:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1009; goto _out;} }
	goto st1009;
st1009:
	if ( ++p == pe )
		goto _test_eof1009;
case 1009:
#line 23610 "server.c"
	switch( (*p) ) {
		case 32u: goto st1009;
		case 34u: goto tr2063;
		case 78u: goto tr2064;
		case 110u: goto tr2064;
		case 123u: goto tr2065;
	}
	goto st0;
tr2063:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1010;
tr2067:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1010;
tr2070:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1010;
tr2100:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1010;
st1010:
	if ( ++p == pe )
		goto _test_eof1010;
case 1010:
#line 23638 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2068;
		case 92u: goto st1028;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2067;
	goto tr2070;
tr2068:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1011;
tr2110:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1011; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1011; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1011;
tr2112:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1011; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1011;
st1011:
	if ( ++p == pe )
		goto _test_eof1011;
case 1011:
#line 23678 "server.c"
	if ( (*p) == 32u )
		goto tr2071;
	goto st0;
tr2071:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1012; goto _out;} }
	goto st1012;
tr2103:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1012; goto _out;} }
	goto st1012;
st1012:
	if ( ++p == pe )
		goto _test_eof1012;
case 1012:
#line 23696 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2072;
		case 34u: goto tr2073;
		case 78u: goto tr2074;
		case 110u: goto tr2074;
		case 123u: goto tr2075;
	}
	goto st0;
tr2072:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1013; goto _out;} }
	goto st1013;
st1013:
	if ( ++p == pe )
		goto _test_eof1013;
case 1013:
#line 23711 "server.c"
	switch( (*p) ) {
		case 32u: goto st1013;
		case 34u: goto tr2073;
		case 78u: goto tr2074;
		case 110u: goto tr2074;
		case 123u: goto tr2075;
	}
	goto st0;
tr2073:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1014;
tr2077:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1014;
tr2080:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1014;
tr2087:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1014;
st1014:
	if ( ++p == pe )
		goto _test_eof1014;
case 1014:
#line 23739 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2078;
		case 92u: goto st1019;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2077;
	goto tr2080;
tr2078:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1015;
tr2097:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1015; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1015; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1015;
tr2099:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1015; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1015;
st1015:
	if ( ++p == pe )
		goto _test_eof1015;
case 1015:
#line 23779 "server.c"
	if ( (*p) == 32u )
		goto tr2081;
	goto st0;
tr2081:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1016; goto _out;} }
	goto st1016;
tr2090:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1016; goto _out;} }
	goto st1016;
st1016:
	if ( ++p == pe )
		goto _test_eof1016;
case 1016:
#line 23797 "server.c"
	if ( (*p) == 32u )
		goto tr2082;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2083;
	goto st0;
tr2082:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1017; goto _out;} }
	goto st1017;
st1017:
	if ( ++p == pe )
		goto _test_eof1017;
case 1017:
#line 23809 "server.c"
	if ( (*p) == 32u )
		goto st1017;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2083;
	goto st0;
tr2083:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1018; goto _out;} }
      p = num_last;
    }
  }
	goto st1018;
tr2086:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1018; goto _out;} }
      p = num_last;
    }
  }
	goto st1018;
st1018:
	if ( ++p == pe )
		goto _test_eof1018;
case 1018:
#line 23837 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2085;
		case 41u: goto tr2085;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2086;
	goto st0;
tr2085:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1504; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1504; goto _out;} }
#line 325 "response.rl"
	{ { int t = body_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st1504;
tr2182:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1504; goto _out;} }
#line 356 "response.rl"
	{ p--; {goto st853;} }
	goto st1504;
tr2186:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1504; goto _out;} }
#line 356 "response.rl"
	{ p--; {goto st853;} }
	goto st1504;
st1504:
	if ( ++p == pe )
		goto _test_eof1504;
case 1504:
#line 23873 "server.c"
	goto st0;
st1019:
	if ( ++p == pe )
		goto _test_eof1019;
case 1019:
	switch( (*p) ) {
		case 34u: goto tr2087;
		case 92u: goto tr2087;
	}
	goto st0;
tr2074:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 1020; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1020;
st1020:
	if ( ++p == pe )
		goto _test_eof1020;
case 1020:
#line 23891 "server.c"
	switch( (*p) ) {
		case 73u: goto st1021;
		case 105u: goto st1021;
	}
	goto st0;
st1021:
	if ( ++p == pe )
		goto _test_eof1021;
case 1021:
	switch( (*p) ) {
		case 76u: goto st1022;
		case 108u: goto st1022;
	}
	goto st0;
st1022:
	if ( ++p == pe )
		goto _test_eof1022;
case 1022:
	if ( (*p) == 32u )
		goto tr2090;
	goto st0;
tr2075:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1023;
st1023:
	if ( ++p == pe )
		goto _test_eof1023;
case 1023:
#line 23919 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2091;
	goto st0;
tr2091:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1024; goto _out;} }
      p = num_last;
    }
  }
	goto st1024;
tr2094:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1024; goto _out;} }
      p = num_last;
    }
  }
	goto st1024;
st1024:
	if ( ++p == pe )
		goto _test_eof1024;
case 1024:
#line 23945 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2092;
		case 45u: goto tr2093;
		case 125u: goto tr2095;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2094;
	goto st0;
tr2092:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1025; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1025;
tr2093:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1025; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1025; goto _out;} }
	goto st1025;
st1025:
	if ( ++p == pe )
		goto _test_eof1025;
case 1025:
#line 23969 "server.c"
	if ( (*p) == 125u )
		goto st1026;
	goto st0;
tr2095:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1026; goto _out;} }
  }
	goto st1026;
st1026:
	if ( ++p == pe )
		goto _test_eof1026;
case 1026:
#line 23981 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2097;
		case 13u: goto st1027;
	}
	goto st0;
st1027:
	if ( ++p == pe )
		goto _test_eof1027;
case 1027:
	if ( (*p) == 10u )
		goto tr2099;
	goto st0;
st1028:
	if ( ++p == pe )
		goto _test_eof1028;
case 1028:
	switch( (*p) ) {
		case 34u: goto tr2100;
		case 92u: goto tr2100;
	}
	goto st0;
tr2064:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1029;
st1029:
	if ( ++p == pe )
		goto _test_eof1029;
case 1029:
#line 24009 "server.c"
	switch( (*p) ) {
		case 73u: goto st1030;
		case 105u: goto st1030;
	}
	goto st0;
st1030:
	if ( ++p == pe )
		goto _test_eof1030;
case 1030:
	switch( (*p) ) {
		case 76u: goto st1031;
		case 108u: goto st1031;
	}
	goto st0;
st1031:
	if ( ++p == pe )
		goto _test_eof1031;
case 1031:
	if ( (*p) == 32u )
		goto tr2103;
	goto st0;
tr2065:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1032;
st1032:
	if ( ++p == pe )
		goto _test_eof1032;
case 1032:
#line 24037 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2104;
	goto st0;
tr2104:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1033; goto _out;} }
      p = num_last;
    }
  }
	goto st1033;
tr2107:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1033; goto _out;} }
      p = num_last;
    }
  }
	goto st1033;
st1033:
	if ( ++p == pe )
		goto _test_eof1033;
case 1033:
#line 24063 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2105;
		case 45u: goto tr2106;
		case 125u: goto tr2108;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2107;
	goto st0;
tr2105:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1034; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1034;
tr2106:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1034; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1034; goto _out;} }
	goto st1034;
st1034:
	if ( ++p == pe )
		goto _test_eof1034;
case 1034:
#line 24087 "server.c"
	if ( (*p) == 125u )
		goto st1035;
	goto st0;
tr2108:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1035; goto _out;} }
  }
	goto st1035;
st1035:
	if ( ++p == pe )
		goto _test_eof1035;
case 1035:
#line 24099 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2110;
		case 13u: goto st1036;
	}
	goto st0;
st1036:
	if ( ++p == pe )
		goto _test_eof1036;
case 1036:
	if ( (*p) == 10u )
		goto tr2112;
	goto st0;
st1037:
	if ( ++p == pe )
		goto _test_eof1037;
case 1037:
	switch( (*p) ) {
		case 34u: goto tr2113;
		case 92u: goto tr2113;
	}
	goto st0;
tr2054:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1038;
st1038:
	if ( ++p == pe )
		goto _test_eof1038;
case 1038:
#line 24127 "server.c"
	switch( (*p) ) {
		case 73u: goto st1039;
		case 105u: goto st1039;
	}
	goto st0;
st1039:
	if ( ++p == pe )
		goto _test_eof1039;
case 1039:
	switch( (*p) ) {
		case 76u: goto st1040;
		case 108u: goto st1040;
	}
	goto st0;
st1040:
	if ( ++p == pe )
		goto _test_eof1040;
case 1040:
	if ( (*p) == 32u )
		goto tr2116;
	goto st0;
tr2055:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1041;
st1041:
	if ( ++p == pe )
		goto _test_eof1041;
case 1041:
#line 24155 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2117;
	goto st0;
tr2117:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1042; goto _out;} }
      p = num_last;
    }
  }
	goto st1042;
tr2120:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1042; goto _out;} }
      p = num_last;
    }
  }
	goto st1042;
st1042:
	if ( ++p == pe )
		goto _test_eof1042;
case 1042:
#line 24181 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2118;
		case 45u: goto tr2119;
		case 125u: goto tr2121;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2120;
	goto st0;
tr2118:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1043; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1043;
tr2119:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1043; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1043; goto _out;} }
	goto st1043;
st1043:
	if ( ++p == pe )
		goto _test_eof1043;
case 1043:
#line 24205 "server.c"
	if ( (*p) == 125u )
		goto st1044;
	goto st0;
tr2121:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1044; goto _out;} }
  }
	goto st1044;
st1044:
	if ( ++p == pe )
		goto _test_eof1044;
case 1044:
#line 24217 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2123;
		case 13u: goto st1045;
	}
	goto st0;
st1045:
	if ( ++p == pe )
		goto _test_eof1045;
case 1045:
	if ( (*p) == 10u )
		goto tr2125;
	goto st0;
tr2030:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 1046; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1046;
st1046:
	if ( ++p == pe )
		goto _test_eof1046;
case 1046:
#line 24237 "server.c"
	switch( (*p) ) {
		case 73u: goto st1047;
		case 105u: goto st1047;
	}
	goto st0;
st1047:
	if ( ++p == pe )
		goto _test_eof1047;
case 1047:
	switch( (*p) ) {
		case 76u: goto st1048;
		case 108u: goto st1048;
	}
	goto st0;
st1048:
	if ( ++p == pe )
		goto _test_eof1048;
case 1048:
	if ( (*p) == 32u )
		goto tr2128;
	goto st0;
tr2031:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1049;
st1049:
	if ( ++p == pe )
		goto _test_eof1049;
case 1049:
#line 24265 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2129;
	goto st0;
tr2129:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1050; goto _out;} }
      p = num_last;
    }
  }
	goto st1050;
tr2132:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1050; goto _out;} }
      p = num_last;
    }
  }
	goto st1050;
st1050:
	if ( ++p == pe )
		goto _test_eof1050;
case 1050:
#line 24291 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2130;
		case 45u: goto tr2131;
		case 125u: goto tr2133;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2132;
	goto st0;
tr2130:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1051; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1051;
tr2131:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1051; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1051; goto _out;} }
	goto st1051;
st1051:
	if ( ++p == pe )
		goto _test_eof1051;
case 1051:
#line 24315 "server.c"
	if ( (*p) == 125u )
		goto st1052;
	goto st0;
tr2133:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1052; goto _out;} }
  }
	goto st1052;
st1052:
	if ( ++p == pe )
		goto _test_eof1052;
case 1052:
#line 24327 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2135;
		case 13u: goto st1053;
	}
	goto st0;
st1053:
	if ( ++p == pe )
		goto _test_eof1053;
case 1053:
	if ( (*p) == 10u )
		goto tr2137;
	goto st0;
st1054:
	if ( ++p == pe )
		goto _test_eof1054;
case 1054:
	switch( (*p) ) {
		case 34u: goto tr2138;
		case 92u: goto tr2138;
	}
	goto st0;
tr2039:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 1055; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1055;
st1055:
	if ( ++p == pe )
		goto _test_eof1055;
case 1055:
#line 24356 "server.c"
	switch( (*p) ) {
		case 73u: goto st1056;
		case 105u: goto st1056;
	}
	goto st0;
st1056:
	if ( ++p == pe )
		goto _test_eof1056;
case 1056:
	switch( (*p) ) {
		case 76u: goto st1057;
		case 108u: goto st1057;
	}
	goto st0;
st1057:
	if ( ++p == pe )
		goto _test_eof1057;
case 1057:
	switch( (*p) ) {
		case 32u: goto tr2141;
		case 41u: goto tr2142;
	}
	goto st0;
tr2040:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1058;
st1058:
	if ( ++p == pe )
		goto _test_eof1058;
case 1058:
#line 24386 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2143;
	goto st0;
tr2143:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1059; goto _out;} }
      p = num_last;
    }
  }
	goto st1059;
tr2146:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1059; goto _out;} }
      p = num_last;
    }
  }
	goto st1059;
st1059:
	if ( ++p == pe )
		goto _test_eof1059;
case 1059:
#line 24412 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2144;
		case 45u: goto tr2145;
		case 125u: goto tr2147;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2146;
	goto st0;
tr2144:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1060; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1060;
tr2145:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1060; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1060; goto _out;} }
	goto st1060;
st1060:
	if ( ++p == pe )
		goto _test_eof1060;
case 1060:
#line 24436 "server.c"
	if ( (*p) == 125u )
		goto st1061;
	goto st0;
tr2147:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1061; goto _out;} }
  }
	goto st1061;
st1061:
	if ( ++p == pe )
		goto _test_eof1061;
case 1061:
#line 24448 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2149;
		case 13u: goto st1062;
	}
	goto st0;
st1062:
	if ( ++p == pe )
		goto _test_eof1062;
case 1062:
	if ( (*p) == 10u )
		goto tr2151;
	goto st0;
st1063:
	if ( ++p == pe )
		goto _test_eof1063;
case 1063:
	switch( (*p) ) {
		case 34u: goto tr2152;
		case 92u: goto tr2152;
	}
	goto st0;
tr2026:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1064;
st1064:
	if ( ++p == pe )
		goto _test_eof1064;
case 1064:
#line 24476 "server.c"
	switch( (*p) ) {
		case 73u: goto st1065;
		case 105u: goto st1065;
	}
	goto st0;
st1065:
	if ( ++p == pe )
		goto _test_eof1065;
case 1065:
	switch( (*p) ) {
		case 76u: goto st1066;
		case 108u: goto st1066;
	}
	goto st0;
st1066:
	if ( ++p == pe )
		goto _test_eof1066;
case 1066:
	if ( (*p) == 32u )
		goto tr2155;
	goto st0;
st1067:
	if ( ++p == pe )
		goto _test_eof1067;
case 1067:
	switch( (*p) ) {
		case 34u: goto tr2156;
		case 92u: goto tr2156;
	}
	goto st0;
tr2016:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 1068; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1068;
st1068:
	if ( ++p == pe )
		goto _test_eof1068;
case 1068:
#line 24514 "server.c"
	switch( (*p) ) {
		case 73u: goto st1069;
		case 105u: goto st1069;
	}
	goto st0;
st1069:
	if ( ++p == pe )
		goto _test_eof1069;
case 1069:
	switch( (*p) ) {
		case 76u: goto st1070;
		case 108u: goto st1070;
	}
	goto st0;
st1070:
	if ( ++p == pe )
		goto _test_eof1070;
case 1070:
	if ( (*p) == 32u )
		goto tr2159;
	goto st0;
tr2017:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1071;
st1071:
	if ( ++p == pe )
		goto _test_eof1071;
case 1071:
#line 24542 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2160;
	goto st0;
tr2160:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1072; goto _out;} }
      p = num_last;
    }
  }
	goto st1072;
tr2163:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1072; goto _out;} }
      p = num_last;
    }
  }
	goto st1072;
st1072:
	if ( ++p == pe )
		goto _test_eof1072;
case 1072:
#line 24568 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2161;
		case 45u: goto tr2162;
		case 125u: goto tr2164;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2163;
	goto st0;
tr2161:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1073; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1073;
tr2162:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1073; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1073; goto _out;} }
	goto st1073;
st1073:
	if ( ++p == pe )
		goto _test_eof1073;
case 1073:
#line 24592 "server.c"
	if ( (*p) == 125u )
		goto st1074;
	goto st0;
tr2164:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1074; goto _out;} }
  }
	goto st1074;
st1074:
	if ( ++p == pe )
		goto _test_eof1074;
case 1074:
#line 24604 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2166;
		case 13u: goto st1075;
	}
	goto st0;
st1075:
	if ( ++p == pe )
		goto _test_eof1075;
case 1075:
	if ( (*p) == 10u )
		goto tr2168;
	goto st0;
st1076:
	if ( ++p == pe )
		goto _test_eof1076;
case 1076:
	switch( (*p) ) {
		case 34u: goto tr2169;
		case 92u: goto tr2169;
	}
	goto st0;
tr2006:
#line 324 "response.rl"
	{ ik_r_body_multipart(ps); }
#line 322 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 1077; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1077;goto st985;}} }
	goto st1077;
tr2171:
#line 322 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 1077; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1077;goto st985;}} }
	goto st1077;
tr2174:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1077; goto _out;} }
#line 322 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 1077; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1077;goto st985;}} }
	goto st1077;
st1077:
	if ( ++p == pe )
		goto _test_eof1077;
case 1077:
#line 24640 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2170;
		case 40u: goto tr2171;
	}
	goto st0;
tr2170:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1078;
st1078:
	if ( ++p == pe )
		goto _test_eof1078;
case 1078:
#line 24652 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2172;
		case 34u: goto tr2173;
		case 40u: goto tr2174;
		case 78u: goto tr2175;
		case 110u: goto tr2175;
		case 123u: goto tr2176;
	}
	goto st0;
tr2172:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1079; goto _out;} }
	goto st1079;
st1079:
	if ( ++p == pe )
		goto _test_eof1079;
case 1079:
#line 24668 "server.c"
	switch( (*p) ) {
		case 32u: goto st1079;
		case 34u: goto tr2173;
		case 40u: goto tr2174;
		case 78u: goto tr2175;
		case 110u: goto tr2175;
		case 123u: goto tr2176;
	}
	goto st0;
tr2173:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1080;
tr2178:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1080;
tr2181:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1080;
tr2183:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1080;
st1080:
	if ( ++p == pe )
		goto _test_eof1080;
case 1080:
#line 24697 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2179;
		case 92u: goto st1082;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2178;
	goto tr2181;
tr2179:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1081;
tr2193:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1081; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1081; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1081;
tr2195:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1081; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1081;
st1081:
	if ( ++p == pe )
		goto _test_eof1081;
case 1081:
#line 24737 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2182;
		case 41u: goto tr2182;
	}
	goto st0;
st1082:
	if ( ++p == pe )
		goto _test_eof1082;
case 1082:
	switch( (*p) ) {
		case 34u: goto tr2183;
		case 92u: goto tr2183;
	}
	goto st0;
tr2175:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 1083; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1083;
st1083:
	if ( ++p == pe )
		goto _test_eof1083;
case 1083:
#line 24759 "server.c"
	switch( (*p) ) {
		case 73u: goto st1084;
		case 105u: goto st1084;
	}
	goto st0;
st1084:
	if ( ++p == pe )
		goto _test_eof1084;
case 1084:
	switch( (*p) ) {
		case 76u: goto st1085;
		case 108u: goto st1085;
	}
	goto st0;
st1085:
	if ( ++p == pe )
		goto _test_eof1085;
case 1085:
	switch( (*p) ) {
		case 32u: goto tr2186;
		case 41u: goto tr2186;
	}
	goto st0;
tr2176:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1086;
st1086:
	if ( ++p == pe )
		goto _test_eof1086;
case 1086:
#line 24789 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2187;
	goto st0;
tr2187:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1087; goto _out;} }
      p = num_last;
    }
  }
	goto st1087;
tr2190:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1087; goto _out;} }
      p = num_last;
    }
  }
	goto st1087;
st1087:
	if ( ++p == pe )
		goto _test_eof1087;
case 1087:
#line 24815 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2188;
		case 45u: goto tr2189;
		case 125u: goto tr2191;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2190;
	goto st0;
tr2188:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1088; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1088;
tr2189:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1088; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1088; goto _out;} }
	goto st1088;
st1088:
	if ( ++p == pe )
		goto _test_eof1088;
case 1088:
#line 24839 "server.c"
	if ( (*p) == 125u )
		goto st1089;
	goto st0;
tr2191:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1089; goto _out;} }
  }
	goto st1089;
st1089:
	if ( ++p == pe )
		goto _test_eof1089;
case 1089:
#line 24851 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2193;
		case 13u: goto st1090;
	}
	goto st0;
st1090:
	if ( ++p == pe )
		goto _test_eof1090;
case 1090:
	if ( (*p) == 10u )
		goto tr2195;
	goto st0;
tr2007:
#line 44 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 1091; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1091;
st1091:
	if ( ++p == pe )
		goto _test_eof1091;
case 1091:
#line 24871 "server.c"
	switch( (*p) ) {
		case 73u: goto st1092;
		case 105u: goto st1092;
	}
	goto st0;
st1092:
	if ( ++p == pe )
		goto _test_eof1092;
case 1092:
	switch( (*p) ) {
		case 76u: goto st1093;
		case 108u: goto st1093;
	}
	goto st0;
st1093:
	if ( ++p == pe )
		goto _test_eof1093;
case 1093:
	if ( (*p) == 32u )
		goto tr2198;
	goto st0;
tr2008:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1094;
st1094:
	if ( ++p == pe )
		goto _test_eof1094;
case 1094:
#line 24899 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2199;
	goto st0;
tr2199:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1095; goto _out;} }
      p = num_last;
    }
  }
	goto st1095;
tr2202:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1095; goto _out;} }
      p = num_last;
    }
  }
	goto st1095;
st1095:
	if ( ++p == pe )
		goto _test_eof1095;
case 1095:
#line 24925 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2200;
		case 45u: goto tr2201;
		case 125u: goto tr2203;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2202;
	goto st0;
tr2200:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1096; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1096;
tr2201:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1096; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1096; goto _out;} }
	goto st1096;
st1096:
	if ( ++p == pe )
		goto _test_eof1096;
case 1096:
#line 24949 "server.c"
	if ( (*p) == 125u )
		goto st1097;
	goto st0;
tr2203:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1097; goto _out;} }
  }
	goto st1097;
st1097:
	if ( ++p == pe )
		goto _test_eof1097;
case 1097:
#line 24961 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2205;
		case 13u: goto st1098;
	}
	goto st0;
st1098:
	if ( ++p == pe )
		goto _test_eof1098;
case 1098:
	if ( (*p) == 10u )
		goto tr2207;
	goto st0;
st1099:
	if ( ++p == pe )
		goto _test_eof1099;
case 1099:
	switch( (*p) ) {
		case 32u: goto tr2208;
		case 41u: goto tr2209;
	}
	goto st0;
tr2208:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1100;
st1100:
	if ( ++p == pe )
		goto _test_eof1100;
case 1100:
#line 24989 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2210;
		case 41u: goto tr2211;
		case 78u: goto tr2213;
		case 110u: goto tr2213;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2212;
	goto st0;
tr2210:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1101; goto _out;} }
	goto st1101;
st1101:
	if ( ++p == pe )
		goto _test_eof1101;
case 1101:
#line 25005 "server.c"
	switch( (*p) ) {
		case 32u: goto st1101;
		case 41u: goto tr2211;
		case 78u: goto tr2213;
		case 110u: goto tr2213;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2212;
	goto st0;
tr2209:
#line 364 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p) || !ik_r_nil_num(ps, p, 0)) {p++;  ps->cs = 1505; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1505;
tr2211:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1505; goto _out;} }
#line 364 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p) || !ik_r_nil_num(ps, p, 0)) {p++;  ps->cs = 1505; goto _out;} }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1505;
tr2215:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1505; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1505; goto _out;} }
#line 354 "response.rl"
	{ p--; {goto st839;} }
	goto st1505;
tr2219:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 363 "response.rl"
	{ if (!ik_r_nil_num(ps, ps->base + ps->tok_off, 3)) {p++;  ps->cs = 1505; goto _out;} }
#line 354 "response.rl"
	{ p--; {goto st839;} }
	goto st1505;
st1505:
	if ( ++p == pe )
		goto _test_eof1505;
case 1505:
#line 25048 "server.c"
	goto st0;
tr2212:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1102; goto _out;} }
      p = num_last;
    }
  }
	goto st1102;
tr2216:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1102; goto _out;} }
      p = num_last;
    }
  }
	goto st1102;
st1102:
	if ( ++p == pe )
		goto _test_eof1102;
case 1102:
#line 25072 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2215;
		case 41u: goto tr2215;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2216;
	goto st0;
tr2213:
#line 362 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p)) {p++;  ps->cs = 1103; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1103;
st1103:
	if ( ++p == pe )
		goto _test_eof1103;
case 1103:
#line 25087 "server.c"
	switch( (*p) ) {
		case 73u: goto st1104;
		case 105u: goto st1104;
	}
	goto st0;
st1104:
	if ( ++p == pe )
		goto _test_eof1104;
case 1104:
	switch( (*p) ) {
		case 76u: goto st1105;
		case 108u: goto st1105;
	}
	goto st0;
st1105:
	if ( ++p == pe )
		goto _test_eof1105;
case 1105:
	switch( (*p) ) {
		case 32u: goto tr2219;
		case 41u: goto tr2219;
	}
	goto st0;
st1106:
	if ( ++p == pe )
		goto _test_eof1106;
case 1106:
	switch( (*p) ) {
		case 32u: goto tr2220;
		case 41u: goto tr2221;
	}
	goto st0;
tr2220:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1107;
st1107:
	if ( ++p == pe )
		goto _test_eof1107;
case 1107:
#line 25126 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2222;
		case 40u: goto tr2223;
		case 41u: goto tr2224;
	}
	goto st0;
tr2222:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1108; goto _out;} }
	goto st1108;
st1108:
	if ( ++p == pe )
		goto _test_eof1108;
case 1108:
#line 25139 "server.c"
	switch( (*p) ) {
		case 32u: goto st1108;
		case 40u: goto tr2223;
		case 41u: goto tr2224;
	}
	goto st0;
tr2223:
#line 299 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ENVELOPE, p)) {p++;  ps->cs = 1109; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1109;goto st791;}} }
	goto st1109;
st1109:
	if ( ++p == pe )
		goto _test_eof1109;
case 1109:
#line 25152 "server.c"
	if ( (*p) == 32u )
		goto st1110;
	goto st0;
st1110:
	if ( ++p == pe )
		goto _test_eof1110;
case 1110:
	switch( (*p) ) {
		case 32u: goto tr2227;
		case 40u: goto tr2228;
	}
	goto st0;
tr2227:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1111; goto _out;} }
	goto st1111;
st1111:
	if ( ++p == pe )
		goto _test_eof1111;
case 1111:
#line 25171 "server.c"
	switch( (*p) ) {
		case 32u: goto st1111;
		case 40u: goto tr2228;
	}
	goto st0;
tr2228:
#line 322 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 1112; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1112;goto st985;}} }
	goto st1112;
st1112:
	if ( ++p == pe )
		goto _test_eof1112;
case 1112:
#line 25183 "server.c"
	if ( (*p) == 32u )
		goto st1113;
	goto st0;
st1113:
	if ( ++p == pe )
		goto _test_eof1113;
case 1113:
	if ( (*p) == 32u )
		goto tr2231;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2232;
	goto st0;
tr2231:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1114; goto _out;} }
	goto st1114;
st1114:
	if ( ++p == pe )
		goto _test_eof1114;
case 1114:
#line 25202 "server.c"
	if ( (*p) == 32u )
		goto st1114;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2232;
	goto st0;
tr2232:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1115; goto _out;} }
      p = num_last;
    }
  }
	goto st1115;
tr2235:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1115; goto _out;} }
      p = num_last;
    }
  }
	goto st1115;
st1115:
	if ( ++p == pe )
		goto _test_eof1115;
case 1115:
#line 25230 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2234;
		case 41u: goto tr2234;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2235;
	goto st0;
tr2234:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1506; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1506; goto _out;} }
#line 354 "response.rl"
	{ p--; {goto st839;} }
	goto st1506;
tr2221:
#line 365 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_OTHER, p)) {p++;  ps->cs = 1506; goto _out;} ps->parents[ps->depth]->id = 0; }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1506;
tr2224:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1506; goto _out;} }
#line 365 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_OTHER, p)) {p++;  ps->cs = 1506; goto _out;} ps->parents[ps->depth]->id = 0; }
#line 323 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1506;
st1506:
	if ( ++p == pe )
		goto _test_eof1506;
case 1506:
#line 25262 "server.c"
	goto st0;
st1116:
	if ( ++p == pe )
		goto _test_eof1116;
case 1116:
	if ( (*p) == 32u )
		goto st1117;
	goto st0;
st1117:
	if ( ++p == pe )
		goto _test_eof1117;
case 1117:
	switch( (*p) ) {
		case 32u: goto tr2237;
		case 40u: goto st1119;
	}
	goto st0;
tr2237:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1118; goto _out;} }
	goto st1118;
st1118:
	if ( ++p == pe )
		goto _test_eof1118;
case 1118:
#line 25286 "server.c"
	switch( (*p) ) {
		case 32u: goto st1118;
		case 40u: goto st1119;
	}
	goto st0;
st1119:
	if ( ++p == pe )
		goto _test_eof1119;
case 1119:
	switch( (*p) ) {
		case 33u: goto tr2240;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr2240;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 91u ) {
			if ( 43u <= (*p) && (*p) <= 90u )
				goto tr2240;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2240;
		} else
			goto st0;
	} else
		goto st0;
	goto tr2241;
tr2244:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1120; goto _out;} }
	goto st1120;
tr2240:
#line 377 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 1120; goto _out;} }
	goto st1120;
tr2241:
#line 377 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 1120; goto _out;} }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1120; goto _out;} }
	goto st1120;
st1120:
	if ( ++p == pe )
		goto _test_eof1120;
case 1120:
#line 25333 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2242;
		case 33u: goto st1120;
		case 37u: goto st0;
		case 91u: goto tr2242;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st1120;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 90u )
				goto st1120;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st1120;
		} else
			goto st0;
	} else
		goto st0;
	goto tr2244;
tr2242:
#line 378 "response.rl"
	{ { int t = fetch_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 1121; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1121;  ps->cs = (t);goto _again;}} } }
	goto st1121;
st1121:
	if ( ++p == pe )
		goto _test_eof1121;
case 1121:
#line 25366 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2245;
		case 41u: goto st1124;
	}
	goto st0;
tr2245:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1122;
st1122:
	if ( ++p == pe )
		goto _test_eof1122;
case 1122:
#line 25378 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2247;
		case 33u: goto tr2240;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2248;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2240;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr2240;
	goto tr2241;
tr2247:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1123; goto _out;} }
	goto st1123;
st1123:
	if ( ++p == pe )
		goto _test_eof1123;
case 1123:
#line 25407 "server.c"
	switch( (*p) ) {
		case 32u: goto st1123;
		case 33u: goto tr2240;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2248;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2240;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr2240;
	goto tr2241;
tr2248:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1124; goto _out;} }
	goto st1124;
st1124:
	if ( ++p == pe )
		goto _test_eof1124;
case 1124:
#line 25436 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2250;
		case 13u: goto st1125;
		case 32u: goto tr2252;
	}
	goto st0;
tr2250:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1507; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1507;
tr2253:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1507;
tr2254:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1507; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1507; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1507;
st1507:
	if ( ++p == pe )
		goto _test_eof1507;
case 1507:
#line 25458 "server.c"
	goto st0;
tr2255:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1125; goto _out;} }
	goto st1125;
st1125:
	if ( ++p == pe )
		goto _test_eof1125;
case 1125:
#line 25466 "server.c"
	if ( (*p) == 10u )
		goto tr2253;
	goto st0;
tr2252:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1126;
st1126:
	if ( ++p == pe )
		goto _test_eof1126;
case 1126:
#line 25476 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2254;
		case 13u: goto tr2255;
		case 32u: goto st1126;
	}
	goto st0;
tr2264:
#line 378 "response.rl"
	{ { int t = fetch_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 1127; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1127;  ps->cs = (t);goto _again;}} } }
	goto st1127;
st1127:
	if ( ++p == pe )
		goto _test_eof1127;
case 1127:
#line 25489 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2257;
		case 41u: goto st1131;
	}
	goto st0;
tr2257:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1128;
st1128:
	if ( ++p == pe )
		goto _test_eof1128;
case 1128:
#line 25501 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2259;
		case 33u: goto tr2260;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2261;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2260;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr2260;
	goto tr2262;
tr2259:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1129; goto _out;} }
	goto st1129;
st1129:
	if ( ++p == pe )
		goto _test_eof1129;
case 1129:
#line 25530 "server.c"
	switch( (*p) ) {
		case 32u: goto st1129;
		case 33u: goto tr2260;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2261;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2260;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr2260;
	goto tr2262;
tr2266:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1130; goto _out;} }
	goto st1130;
tr2260:
#line 377 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 1130; goto _out;} }
	goto st1130;
tr2262:
#line 377 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 1130; goto _out;} }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1130; goto _out;} }
	goto st1130;
st1130:
	if ( ++p == pe )
		goto _test_eof1130;
case 1130:
#line 25566 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2264;
		case 33u: goto st1130;
		case 37u: goto st0;
		case 91u: goto tr2264;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st1130;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 90u )
				goto st1130;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st1130;
		} else
			goto st0;
	} else
		goto st0;
	goto tr2266;
tr2261:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1131; goto _out;} }
	goto st1131;
st1131:
	if ( ++p == pe )
		goto _test_eof1131;
case 1131:
#line 25599 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2267;
		case 13u: goto st1132;
		case 32u: goto tr2269;
	}
	goto st0;
tr2267:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1508; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1508;
tr2270:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1508;
tr2271:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1508; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1508; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1508;
st1508:
	if ( ++p == pe )
		goto _test_eof1508;
case 1508:
#line 25621 "server.c"
	goto st0;
tr2272:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1132; goto _out;} }
	goto st1132;
st1132:
	if ( ++p == pe )
		goto _test_eof1132;
case 1132:
#line 25629 "server.c"
	if ( (*p) == 10u )
		goto tr2270;
	goto st0;
tr2269:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1133;
st1133:
	if ( ++p == pe )
		goto _test_eof1133;
case 1133:
#line 25639 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2271;
		case 13u: goto tr2272;
		case 32u: goto st1133;
	}
	goto st0;
st1134:
	if ( ++p == pe )
		goto _test_eof1134;
case 1134:
	if ( (*p) == 32u )
		goto st1135;
	goto st0;
st1135:
	if ( ++p == pe )
		goto _test_eof1135;
case 1135:
	switch( (*p) ) {
		case 32u: goto tr2275;
		case 40u: goto tr2276;
	}
	goto st0;
tr2275:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1136; goto _out;} }
	goto st1136;
st1136:
	if ( ++p == pe )
		goto _test_eof1136;
case 1136:
#line 25668 "server.c"
	switch( (*p) ) {
		case 32u: goto st1136;
		case 40u: goto tr2276;
	}
	goto st0;
tr2276:
#line 213 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1137; goto _out;} } }
	goto st1137;
st1137:
	if ( ++p == pe )
		goto _test_eof1137;
case 1137:
#line 25680 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2278;
		case 33u: goto tr2279;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2280;
		case 42u: goto st0;
		case 92u: goto tr2281;
		case 93u: goto tr2282;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr2279;
	} else
		goto st0;
	goto tr2283;
tr2278:
#line 218 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1138;
st1138:
	if ( ++p == pe )
		goto _test_eof1138;
case 1138:
#line 25705 "server.c"
	switch( (*p) ) {
		case 32u: goto st1138;
		case 41u: goto tr2285;
	}
	goto st0;
tr2280:
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1139;
tr2285:
#line 219 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1139; goto _out;} }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1139;
tr2289:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 1139; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 214 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1139;
st1139:
	if ( ++p == pe )
		goto _test_eof1139;
case 1139:
#line 25725 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2286;
		case 41u: goto tr2286;
	}
	goto st0;
tr2286:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1509;
st1509:
	if ( ++p == pe )
		goto _test_eof1509;
case 1509:
#line 25737 "server.c"
	goto st0;
tr2291:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1140; goto _out;} }
	goto st1140;
tr2279:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st1140;
tr2283:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1140; goto _out;} }
	goto st1140;
tr2288:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st1140;
tr2282:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 1140; goto _out;} }
	goto st1140;
tr2290:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 1140; goto _out;} }
	goto st1140;
st1140:
	if ( ++p == pe )
		goto _test_eof1140;
case 1140:
#line 25763 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2287;
		case 33u: goto tr2288;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2289;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr2290;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr2288;
	} else
		goto st0;
	goto tr2291;
tr2287:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 1141; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 218 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1141;
st1141:
	if ( ++p == pe )
		goto _test_eof1141;
case 1141:
#line 25789 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2292;
		case 33u: goto tr2279;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2285;
		case 42u: goto st0;
		case 92u: goto tr2281;
		case 93u: goto tr2282;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr2279;
	} else
		goto st0;
	goto tr2283;
tr2292:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1142; goto _out;} }
	goto st1142;
st1142:
	if ( ++p == pe )
		goto _test_eof1142;
case 1142:
#line 25814 "server.c"
	switch( (*p) ) {
		case 32u: goto st1142;
		case 33u: goto tr2279;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2285;
		case 42u: goto st0;
		case 92u: goto tr2281;
		case 93u: goto tr2282;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr2279;
	} else
		goto st0;
	goto tr2283;
tr2281:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1143;
st1143:
	if ( ++p == pe )
		goto _test_eof1143;
case 1143:
#line 25839 "server.c"
	switch( (*p) ) {
		case 33u: goto tr2288;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr2290;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr2288;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr2288;
	goto tr2291;
st1144:
	if ( ++p == pe )
		goto _test_eof1144;
case 1144:
	if ( (*p) == 32u )
		goto st1145;
	goto st0;
st1145:
	if ( ++p == pe )
		goto _test_eof1145;
case 1145:
	switch( (*p) ) {
		case 32u: goto tr2295;
		case 40u: goto tr2296;
	}
	goto st0;
tr2295:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1146; goto _out;} }
	goto st1146;
st1146:
	if ( ++p == pe )
		goto _test_eof1146;
case 1146:
#line 25882 "server.c"
	switch( (*p) ) {
		case 32u: goto st1146;
		case 40u: goto tr2296;
	}
	goto st0;
tr2296:
#line 299 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ENVELOPE, p)) {p++;  ps->cs = 1147; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1147;goto st791;}} }
	goto st1147;
st1147:
	if ( ++p == pe )
		goto _test_eof1147;
case 1147:
#line 25894 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2298;
		case 41u: goto tr2298;
	}
	goto st0;
tr2298:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1510;
st1510:
	if ( ++p == pe )
		goto _test_eof1510;
case 1510:
#line 25906 "server.c"
	goto st0;
st1148:
	if ( ++p == pe )
		goto _test_eof1148;
case 1148:
	if ( (*p) == 32u )
		goto st1149;
	goto st0;
st1149:
	if ( ++p == pe )
		goto _test_eof1149;
case 1149:
	switch( (*p) ) {
		case 32u: goto tr2300;
		case 34u: goto tr2301;
		case 78u: goto tr2302;
		case 110u: goto tr2302;
	}
	goto st0;
tr2300:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1150; goto _out;} }
	goto st1150;
st1150:
	if ( ++p == pe )
		goto _test_eof1150;
case 1150:
#line 25932 "server.c"
	switch( (*p) ) {
		case 32u: goto st1150;
		case 34u: goto tr2301;
		case 78u: goto tr2302;
		case 110u: goto tr2302;
	}
	goto st0;
tr2301:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1151;
st1151:
	if ( ++p == pe )
		goto _test_eof1151;
case 1151:
#line 25946 "server.c"
	if ( (*p) == 32u )
		goto st1152;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1152;
	goto st0;
st1152:
	if ( ++p == pe )
		goto _test_eof1152;
case 1152:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1153;
	goto st0;
st1153:
	if ( ++p == pe )
		goto _test_eof1153;
case 1153:
	if ( (*p) == 45u )
		goto st1154;
	goto st0;
st1154:
	if ( ++p == pe )
		goto _test_eof1154;
case 1154:
	switch( (*p) ) {
		case 65u: goto st1155;
		case 68u: goto st1180;
		case 70u: goto st1182;
		case 74u: goto st1184;
		case 77u: goto st1187;
		case 78u: goto st1189;
		case 79u: goto st1191;
		case 83u: goto st1193;
		case 97u: goto st1155;
		case 100u: goto st1180;
		case 102u: goto st1182;
		case 106u: goto st1184;
		case 109u: goto st1187;
		case 110u: goto st1189;
		case 111u: goto st1191;
		case 115u: goto st1193;
	}
	goto st0;
st1155:
	if ( ++p == pe )
		goto _test_eof1155;
case 1155:
	switch( (*p) ) {
		case 80u: goto st1156;
		case 85u: goto st1179;
		case 112u: goto st1156;
		case 117u: goto st1179;
	}
	goto st0;
st1156:
	if ( ++p == pe )
		goto _test_eof1156;
case 1156:
	switch( (*p) ) {
		case 82u: goto st1157;
		case 114u: goto st1157;
	}
	goto st0;
st1157:
	if ( ++p == pe )
		goto _test_eof1157;
case 1157:
	if ( (*p) == 45u )
		goto st1158;
	goto st0;
st1158:
	if ( ++p == pe )
		goto _test_eof1158;
case 1158:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1159;
	goto st0;
st1159:
	if ( ++p == pe )
		goto _test_eof1159;
case 1159:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1160;
	goto st0;
st1160:
	if ( ++p == pe )
		goto _test_eof1160;
case 1160:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1161;
	goto st0;
st1161:
	if ( ++p == pe )
		goto _test_eof1161;
case 1161:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1162;
	goto st0;
st1162:
	if ( ++p == pe )
		goto _test_eof1162;
case 1162:
	if ( (*p) == 32u )
		goto st1163;
	goto st0;
st1163:
	if ( ++p == pe )
		goto _test_eof1163;
case 1163:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1164;
	goto st0;
st1164:
	if ( ++p == pe )
		goto _test_eof1164;
case 1164:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1165;
	goto st0;
st1165:
	if ( ++p == pe )
		goto _test_eof1165;
case 1165:
	if ( (*p) == 58u )
		goto st1166;
	goto st0;
st1166:
	if ( ++p == pe )
		goto _test_eof1166;
case 1166:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1167;
	goto st0;
st1167:
	if ( ++p == pe )
		goto _test_eof1167;
case 1167:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1168;
	goto st0;
st1168:
	if ( ++p == pe )
		goto _test_eof1168;
case 1168:
	if ( (*p) == 58u )
		goto st1169;
	goto st0;
st1169:
	if ( ++p == pe )
		goto _test_eof1169;
case 1169:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1170;
	goto st0;
st1170:
	if ( ++p == pe )
		goto _test_eof1170;
case 1170:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1171;
	goto st0;
st1171:
	if ( ++p == pe )
		goto _test_eof1171;
case 1171:
	if ( (*p) == 32u )
		goto st1172;
	goto st0;
st1172:
	if ( ++p == pe )
		goto _test_eof1172;
case 1172:
	switch( (*p) ) {
		case 43u: goto st1173;
		case 45u: goto st1173;
	}
	goto st0;
st1173:
	if ( ++p == pe )
		goto _test_eof1173;
case 1173:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1174;
	goto st0;
st1174:
	if ( ++p == pe )
		goto _test_eof1174;
case 1174:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1175;
	goto st0;
st1175:
	if ( ++p == pe )
		goto _test_eof1175;
case 1175:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1176;
	goto st0;
st1176:
	if ( ++p == pe )
		goto _test_eof1176;
case 1176:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1177;
	goto st0;
st1177:
	if ( ++p == pe )
		goto _test_eof1177;
case 1177:
	if ( (*p) == 34u )
		goto tr2338;
	goto st0;
tr2338:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1178;
st1178:
	if ( ++p == pe )
		goto _test_eof1178;
case 1178:
#line 26168 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2339;
		case 41u: goto tr2339;
	}
	goto st0;
tr2339:
#line 25 "response.rl"
	{ if (!ik_b_datetime(ps)) {p++;  ps->cs = 1511; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1511;
tr2350:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1511; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1511;
st1511:
	if ( ++p == pe )
		goto _test_eof1511;
case 1511:
#line 26190 "server.c"
	goto st0;
st1179:
	if ( ++p == pe )
		goto _test_eof1179;
case 1179:
	switch( (*p) ) {
		case 71u: goto st1157;
		case 103u: goto st1157;
	}
	goto st0;
st1180:
	if ( ++p == pe )
		goto _test_eof1180;
case 1180:
	switch( (*p) ) {
		case 69u: goto st1181;
		case 101u: goto st1181;
	}
	goto st0;
st1181:
	if ( ++p == pe )
		goto _test_eof1181;
case 1181:
	switch( (*p) ) {
		case 67u: goto st1157;
		case 99u: goto st1157;
	}
	goto st0;
st1182:
	if ( ++p == pe )
		goto _test_eof1182;
case 1182:
	switch( (*p) ) {
		case 69u: goto st1183;
		case 101u: goto st1183;
	}
	goto st0;
st1183:
	if ( ++p == pe )
		goto _test_eof1183;
case 1183:
	switch( (*p) ) {
		case 66u: goto st1157;
		case 98u: goto st1157;
	}
	goto st0;
st1184:
	if ( ++p == pe )
		goto _test_eof1184;
case 1184:
	switch( (*p) ) {
		case 65u: goto st1185;
		case 85u: goto st1186;
		case 97u: goto st1185;
		case 117u: goto st1186;
	}
	goto st0;
st1185:
	if ( ++p == pe )
		goto _test_eof1185;
case 1185:
	switch( (*p) ) {
		case 78u: goto st1157;
		case 110u: goto st1157;
	}
	goto st0;
st1186:
	if ( ++p == pe )
		goto _test_eof1186;
case 1186:
	switch( (*p) ) {
		case 76u: goto st1157;
		case 78u: goto st1157;
		case 108u: goto st1157;
		case 110u: goto st1157;
	}
	goto st0;
st1187:
	if ( ++p == pe )
		goto _test_eof1187;
case 1187:
	switch( (*p) ) {
		case 65u: goto st1188;
		case 97u: goto st1188;
	}
	goto st0;
st1188:
	if ( ++p == pe )
		goto _test_eof1188;
case 1188:
	switch( (*p) ) {
		case 82u: goto st1157;
		case 89u: goto st1157;
		case 114u: goto st1157;
		case 121u: goto st1157;
	}
	goto st0;
st1189:
	if ( ++p == pe )
		goto _test_eof1189;
case 1189:
	switch( (*p) ) {
		case 79u: goto st1190;
		case 111u: goto st1190;
	}
	goto st0;
st1190:
	if ( ++p == pe )
		goto _test_eof1190;
case 1190:
	switch( (*p) ) {
		case 86u: goto st1157;
		case 118u: goto st1157;
	}
	goto st0;
st1191:
	if ( ++p == pe )
		goto _test_eof1191;
case 1191:
	switch( (*p) ) {
		case 67u: goto st1192;
		case 99u: goto st1192;
	}
	goto st0;
st1192:
	if ( ++p == pe )
		goto _test_eof1192;
case 1192:
	switch( (*p) ) {
		case 84u: goto st1157;
		case 116u: goto st1157;
	}
	goto st0;
st1193:
	if ( ++p == pe )
		goto _test_eof1193;
case 1193:
	switch( (*p) ) {
		case 69u: goto st1194;
		case 101u: goto st1194;
	}
	goto st0;
st1194:
	if ( ++p == pe )
		goto _test_eof1194;
case 1194:
	switch( (*p) ) {
		case 80u: goto st1157;
		case 112u: goto st1157;
	}
	goto st0;
tr2302:
#line 396 "response.rl"
	{ if (!ik_r_nil_date(ps, p)) {p++;  ps->cs = 1195; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1195;
st1195:
	if ( ++p == pe )
		goto _test_eof1195;
case 1195:
#line 26349 "server.c"
	switch( (*p) ) {
		case 73u: goto st1196;
		case 105u: goto st1196;
	}
	goto st0;
st1196:
	if ( ++p == pe )
		goto _test_eof1196;
case 1196:
	switch( (*p) ) {
		case 76u: goto st1197;
		case 108u: goto st1197;
	}
	goto st0;
st1197:
	if ( ++p == pe )
		goto _test_eof1197;
case 1197:
	switch( (*p) ) {
		case 32u: goto tr2350;
		case 41u: goto tr2350;
	}
	goto st0;
st1198:
	if ( ++p == pe )
		goto _test_eof1198;
case 1198:
	if ( (*p) == 32u )
		goto st1199;
	goto st0;
st1199:
	if ( ++p == pe )
		goto _test_eof1199;
case 1199:
	switch( (*p) ) {
		case 32u: goto tr2352;
		case 34u: goto tr2353;
		case 78u: goto tr2354;
		case 110u: goto tr2354;
		case 123u: goto tr2355;
	}
	goto st0;
tr2352:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1200; goto _out;} }
	goto st1200;
st1200:
	if ( ++p == pe )
		goto _test_eof1200;
case 1200:
#line 26398 "server.c"
	switch( (*p) ) {
		case 32u: goto st1200;
		case 34u: goto tr2353;
		case 78u: goto tr2354;
		case 110u: goto tr2354;
		case 123u: goto tr2355;
	}
	goto st0;
tr2353:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1201;
tr2357:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1201;
tr2360:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1201;
tr2362:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1201;
st1201:
	if ( ++p == pe )
		goto _test_eof1201;
case 1201:
#line 26426 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2358;
		case 92u: goto st1203;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2357;
	goto tr2360;
tr2358:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1202;
tr2372:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1202; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1202; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1202;
tr2374:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1202; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1202;
st1202:
	if ( ++p == pe )
		goto _test_eof1202;
case 1202:
#line 26466 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2361;
		case 41u: goto tr2361;
	}
	goto st0;
tr2365:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1512; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1512;
tr2361:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1512; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1512;
st1512:
	if ( ++p == pe )
		goto _test_eof1512;
case 1512:
#line 26488 "server.c"
	goto st0;
st1203:
	if ( ++p == pe )
		goto _test_eof1203;
case 1203:
	switch( (*p) ) {
		case 34u: goto tr2362;
		case 92u: goto tr2362;
	}
	goto st0;
tr2354:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1204;
st1204:
	if ( ++p == pe )
		goto _test_eof1204;
case 1204:
#line 26505 "server.c"
	switch( (*p) ) {
		case 73u: goto st1205;
		case 105u: goto st1205;
	}
	goto st0;
st1205:
	if ( ++p == pe )
		goto _test_eof1205;
case 1205:
	switch( (*p) ) {
		case 76u: goto st1206;
		case 108u: goto st1206;
	}
	goto st0;
st1206:
	if ( ++p == pe )
		goto _test_eof1206;
case 1206:
	switch( (*p) ) {
		case 32u: goto tr2365;
		case 41u: goto tr2365;
	}
	goto st0;
tr2355:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1207;
st1207:
	if ( ++p == pe )
		goto _test_eof1207;
case 1207:
#line 26535 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2366;
	goto st0;
tr2366:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1208; goto _out;} }
      p = num_last;
    }
  }
	goto st1208;
tr2369:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1208; goto _out;} }
      p = num_last;
    }
  }
	goto st1208;
st1208:
	if ( ++p == pe )
		goto _test_eof1208;
case 1208:
#line 26561 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2367;
		case 45u: goto tr2368;
		case 125u: goto tr2370;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2369;
	goto st0;
tr2367:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1209; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1209;
tr2368:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1209; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1209; goto _out;} }
	goto st1209;
st1209:
	if ( ++p == pe )
		goto _test_eof1209;
case 1209:
#line 26585 "server.c"
	if ( (*p) == 125u )
		goto st1210;
	goto st0;
tr2370:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1210; goto _out;} }
  }
	goto st1210;
st1210:
	if ( ++p == pe )
		goto _test_eof1210;
case 1210:
#line 26597 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2372;
		case 13u: goto st1211;
	}
	goto st0;
st1211:
	if ( ++p == pe )
		goto _test_eof1211;
case 1211:
	if ( (*p) == 10u )
		goto tr2374;
	goto st0;
st1212:
	if ( ++p == pe )
		goto _test_eof1212;
case 1212:
	if ( (*p) == 32u )
		goto st1213;
	goto st0;
st1213:
	if ( ++p == pe )
		goto _test_eof1213;
case 1213:
	if ( (*p) == 32u )
		goto tr2376;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2377;
	goto st0;
tr2376:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1214; goto _out;} }
	goto st1214;
st1214:
	if ( ++p == pe )
		goto _test_eof1214;
case 1214:
#line 26632 "server.c"
	if ( (*p) == 32u )
		goto st1214;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2377;
	goto st0;
tr2377:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1215; goto _out;} }
      p = num_last;
    }
  }
	goto st1215;
tr2380:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1215; goto _out;} }
      p = num_last;
    }
  }
	goto st1215;
st1215:
	if ( ++p == pe )
		goto _test_eof1215;
case 1215:
#line 26660 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2379;
		case 41u: goto tr2379;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2380;
	goto st0;
tr2379:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1513; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1513; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1513;
st1513:
	if ( ++p == pe )
		goto _test_eof1513;
case 1513:
#line 26683 "server.c"
	goto st0;
st1216:
	if ( ++p == pe )
		goto _test_eof1216;
case 1216:
	if ( (*p) == 32u )
		goto st1217;
	goto st0;
st1217:
	if ( ++p == pe )
		goto _test_eof1217;
case 1217:
	if ( (*p) == 32u )
		goto tr2382;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2383;
	goto st0;
tr2382:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1218; goto _out;} }
	goto st1218;
st1218:
	if ( ++p == pe )
		goto _test_eof1218;
case 1218:
#line 26707 "server.c"
	if ( (*p) == 32u )
		goto st1218;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2383;
	goto st0;
tr2383:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1219; goto _out;} }
      p = num_last;
    }
  }
	goto st1219;
tr2386:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1219; goto _out;} }
      p = num_last;
    }
  }
	goto st1219;
st1219:
	if ( ++p == pe )
		goto _test_eof1219;
case 1219:
#line 26735 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2385;
		case 41u: goto tr2385;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2386;
	goto st0;
tr2385:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1514; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1514; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1514; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1514;
st1514:
	if ( ++p == pe )
		goto _test_eof1514;
case 1514:
#line 26761 "server.c"
	goto st0;
st1220:
	if ( ++p == pe )
		goto _test_eof1220;
case 1220:
	if ( (*p) == 32u )
		goto st1221;
	goto st0;
st1221:
	if ( ++p == pe )
		goto _test_eof1221;
case 1221:
	switch( (*p) ) {
		case 32u: goto tr2388;
		case 40u: goto tr2389;
	}
	goto st0;
tr2388:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1222; goto _out;} }
	goto st1222;
st1222:
	if ( ++p == pe )
		goto _test_eof1222;
case 1222:
#line 26785 "server.c"
	switch( (*p) ) {
		case 32u: goto st1222;
		case 40u: goto tr2389;
	}
	goto st0;
tr2389:
#line 322 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 1223; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1223;goto st985;}} }
	goto st1223;
st1223:
	if ( ++p == pe )
		goto _test_eof1223;
case 1223:
#line 26797 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2391;
		case 41u: goto tr2391;
	}
	goto st0;
tr2391:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1515;
st1515:
	if ( ++p == pe )
		goto _test_eof1515;
case 1515:
#line 26809 "server.c"
	goto st0;
st1224:
	if ( ++p == pe )
		goto _test_eof1224;
case 1224:
	if ( (*p) == 32u )
		goto st1225;
	goto st0;
st1225:
	if ( ++p == pe )
		goto _test_eof1225;
case 1225:
	switch( (*p) ) {
		case 32u: goto tr2393;
		case 40u: goto tr2394;
	}
	goto st0;
tr2393:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1226; goto _out;} }
	goto st1226;
st1226:
	if ( ++p == pe )
		goto _test_eof1226;
case 1226:
#line 26833 "server.c"
	switch( (*p) ) {
		case 32u: goto st1226;
		case 40u: goto tr2394;
	}
	goto st0;
tr2394:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 1227; goto _out;} }
	goto st1227;
st1227:
	if ( ++p == pe )
		goto _test_eof1227;
case 1227:
#line 26845 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2396;
	goto st0;
tr2396:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1228; goto _out;} }
      p = num_last;
    }
  }
	goto st1228;
tr2398:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1228; goto _out;} }
      p = num_last;
    }
  }
	goto st1228;
st1228:
	if ( ++p == pe )
		goto _test_eof1228;
case 1228:
#line 26871 "server.c"
	if ( (*p) == 41u )
		goto tr2397;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2398;
	goto st0;
tr2397:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1229; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1229; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1229; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1229;
st1229:
	if ( ++p == pe )
		goto _test_eof1229;
case 1229:
#line 26895 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2399;
		case 41u: goto tr2399;
	}
	goto st0;
tr2399:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1516;
st1516:
	if ( ++p == pe )
		goto _test_eof1516;
case 1516:
#line 26907 "server.c"
	goto st0;
st1230:
	if ( ++p == pe )
		goto _test_eof1230;
case 1230:
	if ( (*p) == 32u )
		goto st1231;
	goto st0;
st1231:
	if ( ++p == pe )
		goto _test_eof1231;
case 1231:
	if ( (*p) == 32u )
		goto tr2401;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2402;
	goto st0;
tr2401:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1232; goto _out;} }
	goto st1232;
st1232:
	if ( ++p == pe )
		goto _test_eof1232;
case 1232:
#line 26931 "server.c"
	if ( (*p) == 32u )
		goto st1232;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2402;
	goto st0;
tr2402:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1233; goto _out;} }
      p = num_last;
    }
  }
	goto st1233;
tr2405:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1233; goto _out;} }
      p = num_last;
    }
  }
	goto st1233;
st1233:
	if ( ++p == pe )
		goto _test_eof1233;
case 1233:
#line 26959 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2404;
		case 41u: goto tr2404;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2405;
	goto st0;
tr2404:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1517; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1517; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1517;
st1517:
	if ( ++p == pe )
		goto _test_eof1517;
case 1517:
#line 26982 "server.c"
	goto st0;
st1234:
	if ( ++p == pe )
		goto _test_eof1234;
case 1234:
	if ( (*p) == 32u )
		goto st1235;
	goto st0;
st1235:
	if ( ++p == pe )
		goto _test_eof1235;
case 1235:
	switch( (*p) ) {
		case 32u: goto tr2407;
		case 40u: goto tr2408;
	}
	goto st0;
tr2407:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1236; goto _out;} }
	goto st1236;
st1236:
	if ( ++p == pe )
		goto _test_eof1236;
case 1236:
#line 27006 "server.c"
	switch( (*p) ) {
		case 32u: goto st1236;
		case 40u: goto tr2408;
	}
	goto st0;
tr2408:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 1237; goto _out;} }
	goto st1237;
st1237:
	if ( ++p == pe )
		goto _test_eof1237;
case 1237:
#line 27018 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2410;
		case 34u: goto tr2412;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2413;
		case 42u: goto st0;
		case 92u: goto tr2414;
		case 123u: goto tr2415;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr2411;
	} else
		goto st0;
	goto tr2416;
tr2410:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1238;
st1238:
	if ( ++p == pe )
		goto _test_eof1238;
case 1238:
#line 27042 "server.c"
	switch( (*p) ) {
		case 32u: goto st1238;
		case 41u: goto tr2418;
	}
	goto st0;
tr2431:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1239; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1239;
tr2418:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1239; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1239;
tr2413:
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1239;
tr2422:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1239; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1239;
tr2436:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 1239; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1239;
st1239:
	if ( ++p == pe )
		goto _test_eof1239;
case 1239:
#line 27075 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2419;
		case 41u: goto tr2419;
	}
	goto st0;
tr2419:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1518;
st1518:
	if ( ++p == pe )
		goto _test_eof1518;
case 1518:
#line 27087 "server.c"
	goto st0;
tr2423:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1240; goto _out;} }
	goto st1240;
tr2416:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1240; goto _out;} }
	goto st1240;
tr2411:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st1240;
tr2421:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st1240;
st1240:
	if ( ++p == pe )
		goto _test_eof1240;
case 1240:
#line 27106 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2420;
		case 33u: goto tr2421;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2422;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr2421;
	} else
		goto st0;
	goto tr2423;
tr2430:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1241; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1241;
tr2435:
#line 208 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 1241; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1241;
tr2420:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1241; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1241;
st1241:
	if ( ++p == pe )
		goto _test_eof1241;
case 1241:
#line 27144 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2424;
		case 34u: goto tr2412;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2418;
		case 42u: goto st0;
		case 92u: goto tr2414;
		case 123u: goto tr2415;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr2411;
	} else
		goto st0;
	goto tr2416;
tr2424:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1242; goto _out;} }
	goto st1242;
st1242:
	if ( ++p == pe )
		goto _test_eof1242;
case 1242:
#line 27168 "server.c"
	switch( (*p) ) {
		case 32u: goto st1242;
		case 34u: goto tr2412;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2418;
		case 42u: goto st0;
		case 92u: goto tr2414;
		case 123u: goto tr2415;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr2411;
	} else
		goto st0;
	goto tr2416;
tr2412:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1243;
tr2426:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1243;
tr2429:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1243;
tr2432:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1243;
st1243:
	if ( ++p == pe )
		goto _test_eof1243;
case 1243:
#line 27205 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2427;
		case 92u: goto st1245;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2426;
	goto tr2429;
tr2427:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1244;
tr2443:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1244; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1244; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1244;
tr2445:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1244; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1244;
st1244:
	if ( ++p == pe )
		goto _test_eof1244;
case 1244:
#line 27245 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2430;
		case 41u: goto tr2431;
	}
	goto st0;
st1245:
	if ( ++p == pe )
		goto _test_eof1245;
case 1245:
	switch( (*p) ) {
		case 34u: goto tr2432;
		case 92u: goto tr2432;
	}
	goto st0;
tr2414:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1246;
st1246:
	if ( ++p == pe )
		goto _test_eof1246;
case 1246:
#line 27266 "server.c"
	switch( (*p) ) {
		case 33u: goto st1247;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st1247;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st1247;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st1247;
		} else
			goto st0;
	} else
		goto st0;
	goto tr2434;
tr2434:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1247; goto _out;} }
	goto st1247;
st1247:
	if ( ++p == pe )
		goto _test_eof1247;
case 1247:
#line 27297 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2435;
		case 33u: goto st1247;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2436;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st1247;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st1247;
	goto tr2434;
tr2415:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1248;
st1248:
	if ( ++p == pe )
		goto _test_eof1248;
case 1248:
#line 27326 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2437;
	goto st0;
tr2437:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1249; goto _out;} }
      p = num_last;
    }
  }
	goto st1249;
tr2440:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1249; goto _out;} }
      p = num_last;
    }
  }
	goto st1249;
st1249:
	if ( ++p == pe )
		goto _test_eof1249;
case 1249:
#line 27352 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2438;
		case 45u: goto tr2439;
		case 125u: goto tr2441;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2440;
	goto st0;
tr2438:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1250; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1250;
tr2439:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1250; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1250; goto _out;} }
	goto st1250;
st1250:
	if ( ++p == pe )
		goto _test_eof1250;
case 1250:
#line 27376 "server.c"
	if ( (*p) == 125u )
		goto st1251;
	goto st0;
tr2441:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1251; goto _out;} }
  }
	goto st1251;
st1251:
	if ( ++p == pe )
		goto _test_eof1251;
case 1251:
#line 27388 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2443;
		case 13u: goto st1252;
	}
	goto st0;
st1252:
	if ( ++p == pe )
		goto _test_eof1252;
case 1252:
	if ( (*p) == 10u )
		goto tr2445;
	goto st0;
st1253:
	if ( ++p == pe )
		goto _test_eof1253;
case 1253:
	if ( (*p) == 32u )
		goto st1254;
	goto st0;
st1254:
	if ( ++p == pe )
		goto _test_eof1254;
case 1254:
	switch( (*p) ) {
		case 32u: goto tr2447;
		case 34u: goto tr2448;
		case 40u: goto tr2449;
		case 78u: goto tr2450;
		case 110u: goto tr2450;
		case 123u: goto tr2451;
	}
	goto st0;
tr2447:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1255; goto _out;} }
	goto st1255;
st1255:
	if ( ++p == pe )
		goto _test_eof1255;
case 1255:
#line 27427 "server.c"
	switch( (*p) ) {
		case 32u: goto st1255;
		case 34u: goto tr2448;
		case 40u: goto tr2449;
		case 78u: goto tr2450;
		case 110u: goto tr2450;
		case 123u: goto tr2451;
	}
	goto st0;
tr2453:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1256;
tr2456:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1256;
tr2458:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1256;
tr2448:
#line 417 "response.rl"
	{ if (!ik_r_preview_str(ps, p)) {p++;  ps->cs = 1256; goto _out;} }
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1256;
st1256:
	if ( ++p == pe )
		goto _test_eof1256;
case 1256:
#line 27457 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2454;
		case 92u: goto st1258;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2453;
	goto tr2456;
tr2454:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1257;
tr2501:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1257; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1257; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1257;
tr2503:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1257; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1257;
st1257:
	if ( ++p == pe )
		goto _test_eof1257;
case 1257:
#line 27497 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2457;
		case 41u: goto tr2457;
	}
	goto st0;
tr2477:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1519;
tr2494:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1519; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1519;
tr2457:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1519; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1519;
st1519:
	if ( ++p == pe )
		goto _test_eof1519;
case 1519:
#line 27522 "server.c"
	goto st0;
st1258:
	if ( ++p == pe )
		goto _test_eof1258;
case 1258:
	switch( (*p) ) {
		case 34u: goto tr2458;
		case 92u: goto tr2458;
	}
	goto st0;
tr2449:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 1259; goto _out;} }
	goto st1259;
st1259:
	if ( ++p == pe )
		goto _test_eof1259;
case 1259:
#line 27539 "server.c"
	switch( (*p) ) {
		case 33u: goto tr2459;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr2459;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr2459;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2459;
		} else
			goto st0;
	} else
		goto st0;
	goto tr2460;
tr2463:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1260; goto _out;} }
	goto st1260;
tr2459:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st1260;
tr2460:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1260; goto _out;} }
	goto st1260;
tr2462:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st1260;
st1260:
	if ( ++p == pe )
		goto _test_eof1260;
case 1260:
#line 27581 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2461;
		case 33u: goto tr2462;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr2462;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr2462;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2462;
		} else
			goto st0;
	} else
		goto st0;
	goto tr2463;
tr2461:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1261; goto _out;} }
	goto st1261;
st1261:
	if ( ++p == pe )
		goto _test_eof1261;
case 1261:
#line 27618 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2464;
		case 34u: goto tr2465;
		case 78u: goto tr2466;
		case 110u: goto tr2466;
		case 123u: goto tr2467;
	}
	goto st0;
tr2464:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1262; goto _out;} }
	goto st1262;
st1262:
	if ( ++p == pe )
		goto _test_eof1262;
case 1262:
#line 27633 "server.c"
	switch( (*p) ) {
		case 32u: goto st1262;
		case 34u: goto tr2465;
		case 78u: goto tr2466;
		case 110u: goto tr2466;
		case 123u: goto tr2467;
	}
	goto st0;
tr2465:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1263;
tr2469:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1263;
tr2472:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1263;
tr2478:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1263;
st1263:
	if ( ++p == pe )
		goto _test_eof1263;
case 1263:
#line 27661 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2470;
		case 92u: goto st1267;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2469;
	goto tr2472;
tr2470:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1264;
tr2489:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1264; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1264; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1264;
tr2491:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1264; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1264;
st1264:
	if ( ++p == pe )
		goto _test_eof1264;
case 1264:
#line 27701 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2473;
		case 41u: goto tr2474;
	}
	goto st0;
tr2473:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1265; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1265;
tr2481:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1265; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1265;
st1265:
	if ( ++p == pe )
		goto _test_eof1265;
case 1265:
#line 27723 "server.c"
	switch( (*p) ) {
		case 32u: goto st1265;
		case 41u: goto tr2476;
	}
	goto st0;
tr2474:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1266; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1266;
tr2476:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1266; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1266;
tr2482:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1266; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1266;
st1266:
	if ( ++p == pe )
		goto _test_eof1266;
case 1266:
#line 27749 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2477;
		case 41u: goto tr2477;
	}
	goto st0;
st1267:
	if ( ++p == pe )
		goto _test_eof1267;
case 1267:
	switch( (*p) ) {
		case 34u: goto tr2478;
		case 92u: goto tr2478;
	}
	goto st0;
tr2466:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1268;
st1268:
	if ( ++p == pe )
		goto _test_eof1268;
case 1268:
#line 27770 "server.c"
	switch( (*p) ) {
		case 73u: goto st1269;
		case 105u: goto st1269;
	}
	goto st0;
st1269:
	if ( ++p == pe )
		goto _test_eof1269;
case 1269:
	switch( (*p) ) {
		case 76u: goto st1270;
		case 108u: goto st1270;
	}
	goto st0;
st1270:
	if ( ++p == pe )
		goto _test_eof1270;
case 1270:
	switch( (*p) ) {
		case 32u: goto tr2481;
		case 41u: goto tr2482;
	}
	goto st0;
tr2467:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1271;
st1271:
	if ( ++p == pe )
		goto _test_eof1271;
case 1271:
#line 27800 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2483;
	goto st0;
tr2483:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1272; goto _out;} }
      p = num_last;
    }
  }
	goto st1272;
tr2486:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1272; goto _out;} }
      p = num_last;
    }
  }
	goto st1272;
st1272:
	if ( ++p == pe )
		goto _test_eof1272;
case 1272:
#line 27826 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2484;
		case 45u: goto tr2485;
		case 125u: goto tr2487;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2486;
	goto st0;
tr2484:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1273; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1273;
tr2485:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1273; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1273; goto _out;} }
	goto st1273;
st1273:
	if ( ++p == pe )
		goto _test_eof1273;
case 1273:
#line 27850 "server.c"
	if ( (*p) == 125u )
		goto st1274;
	goto st0;
tr2487:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1274; goto _out;} }
  }
	goto st1274;
st1274:
	if ( ++p == pe )
		goto _test_eof1274;
case 1274:
#line 27862 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2489;
		case 13u: goto st1275;
	}
	goto st0;
st1275:
	if ( ++p == pe )
		goto _test_eof1275;
case 1275:
	if ( (*p) == 10u )
		goto tr2491;
	goto st0;
tr2450:
#line 417 "response.rl"
	{ if (!ik_r_preview_str(ps, p)) {p++;  ps->cs = 1276; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1276;
st1276:
	if ( ++p == pe )
		goto _test_eof1276;
case 1276:
#line 27882 "server.c"
	switch( (*p) ) {
		case 73u: goto st1277;
		case 105u: goto st1277;
	}
	goto st0;
st1277:
	if ( ++p == pe )
		goto _test_eof1277;
case 1277:
	switch( (*p) ) {
		case 76u: goto st1278;
		case 108u: goto st1278;
	}
	goto st0;
st1278:
	if ( ++p == pe )
		goto _test_eof1278;
case 1278:
	switch( (*p) ) {
		case 32u: goto tr2494;
		case 41u: goto tr2494;
	}
	goto st0;
tr2451:
#line 417 "response.rl"
	{ if (!ik_r_preview_str(ps, p)) {p++;  ps->cs = 1279; goto _out;} }
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1279;
st1279:
	if ( ++p == pe )
		goto _test_eof1279;
case 1279:
#line 27913 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2495;
	goto st0;
tr2495:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1280; goto _out;} }
      p = num_last;
    }
  }
	goto st1280;
tr2498:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1280; goto _out;} }
      p = num_last;
    }
  }
	goto st1280;
st1280:
	if ( ++p == pe )
		goto _test_eof1280;
case 1280:
#line 27939 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2496;
		case 45u: goto tr2497;
		case 125u: goto tr2499;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2498;
	goto st0;
tr2496:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1281; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1281;
tr2497:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1281; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1281; goto _out;} }
	goto st1281;
st1281:
	if ( ++p == pe )
		goto _test_eof1281;
case 1281:
#line 27963 "server.c"
	if ( (*p) == 125u )
		goto st1282;
	goto st0;
tr2499:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1282; goto _out;} }
  }
	goto st1282;
st1282:
	if ( ++p == pe )
		goto _test_eof1282;
case 1282:
#line 27975 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2501;
		case 13u: goto st1283;
	}
	goto st0;
st1283:
	if ( ++p == pe )
		goto _test_eof1283;
case 1283:
	if ( (*p) == 10u )
		goto tr2503;
	goto st0;
st1284:
	if ( ++p == pe )
		goto _test_eof1284;
case 1284:
	if ( (*p) == 32u )
		goto st1285;
	goto st0;
st1285:
	if ( ++p == pe )
		goto _test_eof1285;
case 1285:
	switch( (*p) ) {
		case 32u: goto tr2505;
		case 40u: goto tr2506;
	}
	goto st0;
tr2505:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1286; goto _out;} }
	goto st1286;
st1286:
	if ( ++p == pe )
		goto _test_eof1286;
case 1286:
#line 28010 "server.c"
	switch( (*p) ) {
		case 32u: goto st1286;
		case 40u: goto tr2506;
	}
	goto st0;
tr2506:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 1287; goto _out;} }
	goto st1287;
st1287:
	if ( ++p == pe )
		goto _test_eof1287;
case 1287:
#line 28022 "server.c"
	switch( (*p) ) {
		case 45u: goto tr2508;
		case 95u: goto tr2508;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr2508;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr2508;
	} else
		goto tr2508;
	goto st0;
tr2508:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1288;
st1288:
	if ( ++p == pe )
		goto _test_eof1288;
case 1288:
#line 28042 "server.c"
	switch( (*p) ) {
		case 41u: goto tr2509;
		case 45u: goto st1288;
		case 95u: goto st1288;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st1288;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1288;
	} else
		goto st1288;
	goto st0;
tr2509:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1289; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1289;
st1289:
	if ( ++p == pe )
		goto _test_eof1289;
case 1289:
#line 28069 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2511;
		case 41u: goto tr2511;
	}
	goto st0;
tr2511:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1520;
st1520:
	if ( ++p == pe )
		goto _test_eof1520;
case 1520:
#line 28081 "server.c"
	goto st0;
st1290:
	if ( ++p == pe )
		goto _test_eof1290;
case 1290:
	if ( (*p) == 32u )
		goto st1291;
	goto st0;
st1291:
	if ( ++p == pe )
		goto _test_eof1291;
case 1291:
	switch( (*p) ) {
		case 32u: goto tr2513;
		case 40u: goto tr2514;
		case 78u: goto tr2515;
		case 110u: goto tr2515;
	}
	goto st0;
tr2513:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1292; goto _out;} }
	goto st1292;
st1292:
	if ( ++p == pe )
		goto _test_eof1292;
case 1292:
#line 28107 "server.c"
	switch( (*p) ) {
		case 32u: goto st1292;
		case 40u: goto tr2514;
		case 78u: goto tr2515;
		case 110u: goto tr2515;
	}
	goto st0;
tr2514:
#line 26 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 1293; goto _out;} }
	goto st1293;
st1293:
	if ( ++p == pe )
		goto _test_eof1293;
case 1293:
#line 28121 "server.c"
	switch( (*p) ) {
		case 45u: goto tr2517;
		case 95u: goto tr2517;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr2517;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr2517;
	} else
		goto tr2517;
	goto st0;
tr2517:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1294;
st1294:
	if ( ++p == pe )
		goto _test_eof1294;
case 1294:
#line 28141 "server.c"
	switch( (*p) ) {
		case 41u: goto tr2518;
		case 45u: goto st1294;
		case 95u: goto st1294;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st1294;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1294;
	} else
		goto st1294;
	goto st0;
tr2518:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1295; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1295;
st1295:
	if ( ++p == pe )
		goto _test_eof1295;
case 1295:
#line 28168 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2520;
		case 41u: goto tr2520;
	}
	goto st0;
tr2520:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1521;
tr2523:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1521; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1521;
st1521:
	if ( ++p == pe )
		goto _test_eof1521;
case 1521:
#line 28189 "server.c"
	goto st0;
tr2515:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1296;
st1296:
	if ( ++p == pe )
		goto _test_eof1296;
case 1296:
#line 28197 "server.c"
	switch( (*p) ) {
		case 73u: goto st1297;
		case 105u: goto st1297;
	}
	goto st0;
st1297:
	if ( ++p == pe )
		goto _test_eof1297;
case 1297:
	switch( (*p) ) {
		case 76u: goto st1298;
		case 108u: goto st1298;
	}
	goto st0;
st1298:
	if ( ++p == pe )
		goto _test_eof1298;
case 1298:
	switch( (*p) ) {
		case 32u: goto tr2523;
		case 41u: goto tr2523;
	}
	goto st0;
st1299:
	if ( ++p == pe )
		goto _test_eof1299;
case 1299:
	switch( (*p) ) {
		case 32u: goto st1300;
		case 91u: goto tr2525;
	}
	goto st0;
st1300:
	if ( ++p == pe )
		goto _test_eof1300;
case 1300:
	switch( (*p) ) {
		case 32u: goto tr2526;
		case 40u: goto tr2527;
	}
	goto st0;
tr2526:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1301; goto _out;} }
	goto st1301;
st1301:
	if ( ++p == pe )
		goto _test_eof1301;
case 1301:
#line 28245 "server.c"
	switch( (*p) ) {
		case 32u: goto st1301;
		case 40u: goto tr2527;
	}
	goto st0;
tr2527:
#line 322 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 1302; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1302;goto st985;}} }
	goto st1302;
st1302:
	if ( ++p == pe )
		goto _test_eof1302;
case 1302:
#line 28257 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2529;
		case 41u: goto tr2529;
	}
	goto st0;
tr2529:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1522;
tr2592:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1522; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1522;
tr2588:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1522; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1522;
st1522:
	if ( ++p == pe )
		goto _test_eof1522;
case 1522:
#line 28282 "server.c"
	goto st0;
tr2525:
#line 428 "response.rl"
	{ if (!ik_r_open(ps, IK_N_SECTION, p + 1)) {p++;  ps->cs = 1303; goto _out;} }
	goto st1303;
st1303:
	if ( ++p == pe )
		goto _test_eof1303;
case 1303:
#line 28290 "server.c"
	switch( (*p) ) {
		case 72u: goto tr2531;
		case 84u: goto tr2532;
		case 93u: goto tr2533;
		case 104u: goto tr2531;
		case 116u: goto tr2532;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2530;
	goto st0;
tr2537:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1304; goto _out;} }
      p = num_last;
    }
  }
	goto st1304;
tr2535:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1304; goto _out;} }
      p = num_last;
    }
  }
	goto st1304;
tr2530:
#line 430 "response.rl"
	{ if (!ik_r_open(ps, IK_N_PART, p)) {p++;  ps->cs = 1304; goto _out;} }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1304; goto _out;} }
      p = num_last;
    }
  }
	goto st1304;
st1304:
	if ( ++p == pe )
		goto _test_eof1304;
case 1304:
#line 28334 "server.c"
	switch( (*p) ) {
		case 46u: goto tr2534;
		case 93u: goto tr2536;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2535;
	goto st0;
tr2534:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1305; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1305; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1305; goto _out;} }
	goto st1305;
st1305:
	if ( ++p == pe )
		goto _test_eof1305;
case 1305:
#line 28359 "server.c"
	switch( (*p) ) {
		case 72u: goto tr2538;
		case 77u: goto tr2539;
		case 84u: goto tr2540;
		case 104u: goto tr2538;
		case 109u: goto tr2539;
		case 116u: goto tr2540;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2537;
	goto st0;
tr2531:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1306;
tr2538:
#line 431 "response.rl"
	{ ik_r_part_close(ps); }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1306;
st1306:
	if ( ++p == pe )
		goto _test_eof1306;
case 1306:
#line 28381 "server.c"
	switch( (*p) ) {
		case 69u: goto st1307;
		case 101u: goto st1307;
	}
	goto st0;
st1307:
	if ( ++p == pe )
		goto _test_eof1307;
case 1307:
	switch( (*p) ) {
		case 65u: goto st1308;
		case 97u: goto st1308;
	}
	goto st0;
st1308:
	if ( ++p == pe )
		goto _test_eof1308;
case 1308:
	switch( (*p) ) {
		case 68u: goto st1309;
		case 100u: goto st1309;
	}
	goto st0;
st1309:
	if ( ++p == pe )
		goto _test_eof1309;
case 1309:
	switch( (*p) ) {
		case 69u: goto st1310;
		case 101u: goto st1310;
	}
	goto st0;
st1310:
	if ( ++p == pe )
		goto _test_eof1310;
case 1310:
	switch( (*p) ) {
		case 82u: goto st1311;
		case 114u: goto st1311;
	}
	goto st0;
st1311:
	if ( ++p == pe )
		goto _test_eof1311;
case 1311:
	switch( (*p) ) {
		case 46u: goto st1312;
		case 93u: goto tr2547;
	}
	goto st0;
st1312:
	if ( ++p == pe )
		goto _test_eof1312;
case 1312:
	switch( (*p) ) {
		case 70u: goto st1313;
		case 102u: goto st1313;
	}
	goto st0;
st1313:
	if ( ++p == pe )
		goto _test_eof1313;
case 1313:
	switch( (*p) ) {
		case 73u: goto st1314;
		case 105u: goto st1314;
	}
	goto st0;
st1314:
	if ( ++p == pe )
		goto _test_eof1314;
case 1314:
	switch( (*p) ) {
		case 69u: goto st1315;
		case 101u: goto st1315;
	}
	goto st0;
st1315:
	if ( ++p == pe )
		goto _test_eof1315;
case 1315:
	switch( (*p) ) {
		case 76u: goto st1316;
		case 108u: goto st1316;
	}
	goto st0;
st1316:
	if ( ++p == pe )
		goto _test_eof1316;
case 1316:
	switch( (*p) ) {
		case 68u: goto st1317;
		case 100u: goto st1317;
	}
	goto st0;
st1317:
	if ( ++p == pe )
		goto _test_eof1317;
case 1317:
	switch( (*p) ) {
		case 83u: goto st1318;
		case 115u: goto st1318;
	}
	goto st0;
st1318:
	if ( ++p == pe )
		goto _test_eof1318;
case 1318:
	switch( (*p) ) {
		case 32u: goto tr2554;
		case 46u: goto st1352;
	}
	goto st0;
tr2554:
#line 432 "response.rl"
	{ ik_r_section_kw(ps, p); }
	goto st1319;
st1319:
	if ( ++p == pe )
		goto _test_eof1319;
case 1319:
#line 28501 "server.c"
	if ( (*p) == 40u )
		goto tr2556;
	goto st0;
tr2556:
#line 433 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 1320; goto _out;} }
	goto st1320;
st1320:
	if ( ++p == pe )
		goto _test_eof1320;
case 1320:
#line 28511 "server.c"
	switch( (*p) ) {
		case 34u: goto tr2558;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr2559;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr2557;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr2557;
	goto tr2560;
tr2564:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1321; goto _out;} }
	goto st1321;
tr2560:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1321; goto _out;} }
	goto st1321;
tr2557:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st1321;
tr2562:
#line 70 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
	goto st1321;
st1321:
	if ( ++p == pe )
		goto _test_eof1321;
case 1321:
#line 28548 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2561;
		case 33u: goto tr2562;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2563;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr2562;
	} else
		goto st0;
	goto tr2564;
tr2572:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1322; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1322;
tr2561:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1322; goto _out;} }
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1322;
st1322:
	if ( ++p == pe )
		goto _test_eof1322;
case 1322:
#line 28582 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2565;
		case 34u: goto tr2558;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2566;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr2559;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr2557;
	} else
		goto st0;
	goto tr2560;
tr2565:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1323; goto _out;} }
	goto st1323;
st1323:
	if ( ++p == pe )
		goto _test_eof1323;
case 1323:
#line 28606 "server.c"
	switch( (*p) ) {
		case 32u: goto st1323;
		case 34u: goto tr2558;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2566;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr2559;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr2557;
	} else
		goto st0;
	goto tr2560;
tr2558:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1324;
tr2568:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1324;
tr2571:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1324;
tr2608:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1324;
st1324:
	if ( ++p == pe )
		goto _test_eof1324;
case 1324:
#line 28643 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2569;
		case 92u: goto st1346;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2568;
	goto tr2571;
tr2569:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1325;
tr2615:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1325; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1325; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1325;
tr2617:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1325; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1325;
st1325:
	if ( ++p == pe )
		goto _test_eof1325;
case 1325:
#line 28683 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2572;
		case 41u: goto tr2573;
	}
	goto st0;
tr2573:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1326; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1326;
tr2566:
#line 41 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1326; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1326;
tr2563:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1326; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1326;
st1326:
	if ( ++p == pe )
		goto _test_eof1326;
case 1326:
#line 28709 "server.c"
	if ( (*p) == 93u )
		goto tr2533;
	goto st0;
tr2533:
#line 429 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st1327;
tr2536:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1327; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1327; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1327; goto _out;} }
#line 429 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st1327;
tr2547:
#line 432 "response.rl"
	{ ik_r_section_kw(ps, p); }
#line 429 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st1327;
st1327:
	if ( ++p == pe )
		goto _test_eof1327;
case 1327:
#line 28738 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2574;
		case 60u: goto tr2575;
	}
	goto st0;
tr2574:
#line 380 "response.rl"
	{ ik_r_item_name_end(ps, p); }
	goto st1328;
st1328:
	if ( ++p == pe )
		goto _test_eof1328;
case 1328:
#line 28750 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2576;
		case 34u: goto tr2577;
		case 78u: goto tr2578;
		case 110u: goto tr2578;
		case 123u: goto tr2579;
	}
	goto st0;
tr2576:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1329;
st1329:
	if ( ++p == pe )
		goto _test_eof1329;
case 1329:
#line 28765 "server.c"
	switch( (*p) ) {
		case 32u: goto st1329;
		case 34u: goto tr2581;
		case 78u: goto tr2582;
		case 110u: goto tr2582;
		case 123u: goto tr2583;
	}
	goto st0;
tr2577:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1330;
tr2584:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1330;
tr2587:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1330;
tr2589:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1330;
tr2581:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1330; goto _out;} }
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1330;
st1330:
	if ( ++p == pe )
		goto _test_eof1330;
case 1330:
#line 28797 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2585;
		case 92u: goto st1332;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2584;
	goto tr2587;
tr2585:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1331;
tr2599:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1331; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1331; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1331;
tr2601:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1331; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1331;
st1331:
	if ( ++p == pe )
		goto _test_eof1331;
case 1331:
#line 28837 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2588;
		case 41u: goto tr2588;
	}
	goto st0;
st1332:
	if ( ++p == pe )
		goto _test_eof1332;
case 1332:
	switch( (*p) ) {
		case 34u: goto tr2589;
		case 92u: goto tr2589;
	}
	goto st0;
tr2578:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1333;
tr2582:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1333; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1333;
st1333:
	if ( ++p == pe )
		goto _test_eof1333;
case 1333:
#line 28862 "server.c"
	switch( (*p) ) {
		case 73u: goto st1334;
		case 105u: goto st1334;
	}
	goto st0;
st1334:
	if ( ++p == pe )
		goto _test_eof1334;
case 1334:
	switch( (*p) ) {
		case 76u: goto st1335;
		case 108u: goto st1335;
	}
	goto st0;
st1335:
	if ( ++p == pe )
		goto _test_eof1335;
case 1335:
	switch( (*p) ) {
		case 32u: goto tr2592;
		case 41u: goto tr2592;
	}
	goto st0;
tr2579:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1336;
tr2583:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1336; goto _out;} }
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1336;
st1336:
	if ( ++p == pe )
		goto _test_eof1336;
case 1336:
#line 28896 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2593;
	goto st0;
tr2593:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1337; goto _out;} }
      p = num_last;
    }
  }
	goto st1337;
tr2596:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1337; goto _out;} }
      p = num_last;
    }
  }
	goto st1337;
st1337:
	if ( ++p == pe )
		goto _test_eof1337;
case 1337:
#line 28922 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2594;
		case 45u: goto tr2595;
		case 125u: goto tr2597;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2596;
	goto st0;
tr2594:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1338; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1338;
tr2595:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1338; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1338; goto _out;} }
	goto st1338;
st1338:
	if ( ++p == pe )
		goto _test_eof1338;
case 1338:
#line 28946 "server.c"
	if ( (*p) == 125u )
		goto st1339;
	goto st0;
tr2597:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1339; goto _out;} }
  }
	goto st1339;
st1339:
	if ( ++p == pe )
		goto _test_eof1339;
case 1339:
#line 28958 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2599;
		case 13u: goto st1340;
	}
	goto st0;
st1340:
	if ( ++p == pe )
		goto _test_eof1340;
case 1340:
	if ( (*p) == 10u )
		goto tr2601;
	goto st0;
tr2575:
#line 442 "response.rl"
	{ if (!ik_r_open(ps, IK_N_PARTIAL, p)) {p++;  ps->cs = 1341; goto _out;} }
	goto st1341;
st1341:
	if ( ++p == pe )
		goto _test_eof1341;
case 1341:
#line 28977 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2602;
	goto st0;
tr2602:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1342; goto _out;} }
      p = num_last;
    }
  }
	goto st1342;
tr2604:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1342; goto _out;} }
      p = num_last;
    }
  }
	goto st1342;
st1342:
	if ( ++p == pe )
		goto _test_eof1342;
case 1342:
#line 29003 "server.c"
	switch( (*p) ) {
		case 46u: goto tr2603;
		case 62u: goto tr2605;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2604;
	goto st0;
tr2603:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1343; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1343; goto _out;} }
#line 45 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_OTHER, p)) {p++;  ps->cs = 1343; goto _out;} }
	goto st1343;
st1343:
	if ( ++p == pe )
		goto _test_eof1343;
case 1343:
#line 29026 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2606;
	goto st0;
tr2606:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1344; goto _out;} }
      p = num_last;
    }
  }
	goto st1344;
tr2607:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1344; goto _out;} }
      p = num_last;
    }
  }
	goto st1344;
st1344:
	if ( ++p == pe )
		goto _test_eof1344;
case 1344:
#line 29052 "server.c"
	if ( (*p) == 62u )
		goto tr2605;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2607;
	goto st0;
tr2605:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1345; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1345; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1345;
st1345:
	if ( ++p == pe )
		goto _test_eof1345;
case 1345:
#line 29073 "server.c"
	if ( (*p) == 32u )
		goto tr2574;
	goto st0;
st1346:
	if ( ++p == pe )
		goto _test_eof1346;
case 1346:
	switch( (*p) ) {
		case 34u: goto tr2608;
		case 92u: goto tr2608;
	}
	goto st0;
tr2559:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1347;
st1347:
	if ( ++p == pe )
		goto _test_eof1347;
case 1347:
#line 29092 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2609;
	goto st0;
tr2609:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1348; goto _out;} }
      p = num_last;
    }
  }
	goto st1348;
tr2612:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1348; goto _out;} }
      p = num_last;
    }
  }
	goto st1348;
st1348:
	if ( ++p == pe )
		goto _test_eof1348;
case 1348:
#line 29118 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2610;
		case 45u: goto tr2611;
		case 125u: goto tr2613;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2612;
	goto st0;
tr2610:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1349; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1349;
tr2611:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1349; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1349; goto _out;} }
	goto st1349;
st1349:
	if ( ++p == pe )
		goto _test_eof1349;
case 1349:
#line 29142 "server.c"
	if ( (*p) == 125u )
		goto st1350;
	goto st0;
tr2613:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1350; goto _out;} }
  }
	goto st1350;
st1350:
	if ( ++p == pe )
		goto _test_eof1350;
case 1350:
#line 29154 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2615;
		case 13u: goto st1351;
	}
	goto st0;
st1351:
	if ( ++p == pe )
		goto _test_eof1351;
case 1351:
	if ( (*p) == 10u )
		goto tr2617;
	goto st0;
st1352:
	if ( ++p == pe )
		goto _test_eof1352;
case 1352:
	switch( (*p) ) {
		case 78u: goto st1353;
		case 110u: goto st1353;
	}
	goto st0;
st1353:
	if ( ++p == pe )
		goto _test_eof1353;
case 1353:
	switch( (*p) ) {
		case 79u: goto st1354;
		case 111u: goto st1354;
	}
	goto st0;
st1354:
	if ( ++p == pe )
		goto _test_eof1354;
case 1354:
	switch( (*p) ) {
		case 84u: goto st1355;
		case 116u: goto st1355;
	}
	goto st0;
st1355:
	if ( ++p == pe )
		goto _test_eof1355;
case 1355:
	if ( (*p) == 32u )
		goto tr2554;
	goto st0;
tr2539:
#line 431 "response.rl"
	{ ik_r_part_close(ps); }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1356;
st1356:
	if ( ++p == pe )
		goto _test_eof1356;
case 1356:
#line 29208 "server.c"
	switch( (*p) ) {
		case 73u: goto st1357;
		case 105u: goto st1357;
	}
	goto st0;
st1357:
	if ( ++p == pe )
		goto _test_eof1357;
case 1357:
	switch( (*p) ) {
		case 77u: goto st1358;
		case 109u: goto st1358;
	}
	goto st0;
st1358:
	if ( ++p == pe )
		goto _test_eof1358;
case 1358:
	switch( (*p) ) {
		case 69u: goto st1359;
		case 101u: goto st1359;
	}
	goto st0;
st1359:
	if ( ++p == pe )
		goto _test_eof1359;
case 1359:
	if ( (*p) == 93u )
		goto tr2547;
	goto st0;
tr2532:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1360;
tr2540:
#line 431 "response.rl"
	{ ik_r_part_close(ps); }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1360;
st1360:
	if ( ++p == pe )
		goto _test_eof1360;
case 1360:
#line 29249 "server.c"
	switch( (*p) ) {
		case 69u: goto st1361;
		case 101u: goto st1361;
	}
	goto st0;
st1361:
	if ( ++p == pe )
		goto _test_eof1361;
case 1361:
	switch( (*p) ) {
		case 88u: goto st1362;
		case 120u: goto st1362;
	}
	goto st0;
st1362:
	if ( ++p == pe )
		goto _test_eof1362;
case 1362:
	switch( (*p) ) {
		case 84u: goto st1359;
		case 116u: goto st1359;
	}
	goto st0;
st1363:
	if ( ++p == pe )
		goto _test_eof1363;
case 1363:
	if ( (*p) == 91u )
		goto tr2626;
	goto st0;
tr2626:
#line 428 "response.rl"
	{ if (!ik_r_open(ps, IK_N_SECTION, p + 1)) {p++;  ps->cs = 1364; goto _out;} }
	goto st1364;
st1364:
	if ( ++p == pe )
		goto _test_eof1364;
case 1364:
#line 29286 "server.c"
	if ( (*p) == 93u )
		goto tr2628;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2627;
	goto st0;
tr2632:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1365; goto _out;} }
      p = num_last;
    }
  }
	goto st1365;
tr2630:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1365; goto _out;} }
      p = num_last;
    }
  }
	goto st1365;
tr2627:
#line 430 "response.rl"
	{ if (!ik_r_open(ps, IK_N_PART, p)) {p++;  ps->cs = 1365; goto _out;} }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1365; goto _out;} }
      p = num_last;
    }
  }
	goto st1365;
st1365:
	if ( ++p == pe )
		goto _test_eof1365;
case 1365:
#line 29325 "server.c"
	switch( (*p) ) {
		case 46u: goto tr2629;
		case 93u: goto tr2631;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2630;
	goto st0;
tr2629:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1366; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1366; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1366; goto _out;} }
	goto st1366;
st1366:
	if ( ++p == pe )
		goto _test_eof1366;
case 1366:
#line 29350 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2632;
	goto st0;
tr2628:
#line 429 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st1367;
tr2631:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1367; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1367; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1367; goto _out;} }
#line 429 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st1367;
st1367:
	if ( ++p == pe )
		goto _test_eof1367;
case 1367:
#line 29375 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2633;
		case 60u: goto tr2634;
	}
	goto st0;
tr2633:
#line 380 "response.rl"
	{ ik_r_item_name_end(ps, p); }
	goto st1368;
st1368:
	if ( ++p == pe )
		goto _test_eof1368;
case 1368:
#line 29387 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2635;
		case 34u: goto tr2636;
		case 78u: goto tr2637;
		case 110u: goto tr2637;
		case 123u: goto tr2638;
		case 126u: goto tr2639;
	}
	goto st0;
tr2635:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1369;
st1369:
	if ( ++p == pe )
		goto _test_eof1369;
case 1369:
#line 29403 "server.c"
	switch( (*p) ) {
		case 32u: goto st1369;
		case 34u: goto tr2641;
		case 78u: goto tr2642;
		case 110u: goto tr2642;
		case 123u: goto tr2643;
		case 126u: goto tr2644;
	}
	goto st0;
tr2636:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1370;
tr2645:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1370;
tr2648:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1370;
tr2650:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1370;
tr2641:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1370; goto _out;} }
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1370;
st1370:
	if ( ++p == pe )
		goto _test_eof1370;
case 1370:
#line 29436 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2646;
		case 92u: goto st1372;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2645;
	goto tr2648;
tr2646:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1371;
tr2660:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1371; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1371; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1371;
tr2662:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1371; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1371;
st1371:
	if ( ++p == pe )
		goto _test_eof1371;
case 1371:
#line 29476 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2649;
		case 41u: goto tr2649;
	}
	goto st0;
tr2653:
#line 59 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1523; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1523;
tr2649:
#line 22 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 1523; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1523;
st1523:
	if ( ++p == pe )
		goto _test_eof1523;
case 1523:
#line 29498 "server.c"
	goto st0;
st1372:
	if ( ++p == pe )
		goto _test_eof1372;
case 1372:
	switch( (*p) ) {
		case 34u: goto tr2650;
		case 92u: goto tr2650;
	}
	goto st0;
tr2637:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1373;
tr2642:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1373; goto _out;} }
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1373;
st1373:
	if ( ++p == pe )
		goto _test_eof1373;
case 1373:
#line 29519 "server.c"
	switch( (*p) ) {
		case 73u: goto st1374;
		case 105u: goto st1374;
	}
	goto st0;
st1374:
	if ( ++p == pe )
		goto _test_eof1374;
case 1374:
	switch( (*p) ) {
		case 76u: goto st1375;
		case 108u: goto st1375;
	}
	goto st0;
st1375:
	if ( ++p == pe )
		goto _test_eof1375;
case 1375:
	switch( (*p) ) {
		case 32u: goto tr2653;
		case 41u: goto tr2653;
	}
	goto st0;
tr2638:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1376;
tr2643:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1376; goto _out;} }
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1376;
st1376:
	if ( ++p == pe )
		goto _test_eof1376;
case 1376:
#line 29553 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2654;
	goto st0;
tr2654:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1377; goto _out;} }
      p = num_last;
    }
  }
	goto st1377;
tr2657:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1377; goto _out;} }
      p = num_last;
    }
  }
	goto st1377;
st1377:
	if ( ++p == pe )
		goto _test_eof1377;
case 1377:
#line 29579 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2655;
		case 45u: goto tr2656;
		case 125u: goto tr2658;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2657;
	goto st0;
tr2655:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1378; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1378;
tr2656:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1378; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1378; goto _out;} }
	goto st1378;
st1378:
	if ( ++p == pe )
		goto _test_eof1378;
case 1378:
#line 29603 "server.c"
	if ( (*p) == 125u )
		goto st1379;
	goto st0;
tr2658:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1379; goto _out;} }
  }
	goto st1379;
st1379:
	if ( ++p == pe )
		goto _test_eof1379;
case 1379:
#line 29615 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2660;
		case 13u: goto st1380;
	}
	goto st0;
st1380:
	if ( ++p == pe )
		goto _test_eof1380;
case 1380:
	if ( (*p) == 10u )
		goto tr2662;
	goto st0;
tr2639:
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1381;
tr2644:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1381; goto _out;} }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1381;
st1381:
	if ( ++p == pe )
		goto _test_eof1381;
case 1381:
#line 29638 "server.c"
	if ( (*p) == 123u )
		goto st1376;
	goto st0;
tr2634:
#line 442 "response.rl"
	{ if (!ik_r_open(ps, IK_N_PARTIAL, p)) {p++;  ps->cs = 1382; goto _out;} }
	goto st1382;
st1382:
	if ( ++p == pe )
		goto _test_eof1382;
case 1382:
#line 29648 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2664;
	goto st0;
tr2664:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1383; goto _out;} }
      p = num_last;
    }
  }
	goto st1383;
tr2666:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1383; goto _out;} }
      p = num_last;
    }
  }
	goto st1383;
st1383:
	if ( ++p == pe )
		goto _test_eof1383;
case 1383:
#line 29674 "server.c"
	switch( (*p) ) {
		case 46u: goto tr2665;
		case 62u: goto tr2667;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2666;
	goto st0;
tr2665:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1384; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1384; goto _out;} }
#line 45 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_OTHER, p)) {p++;  ps->cs = 1384; goto _out;} }
	goto st1384;
st1384:
	if ( ++p == pe )
		goto _test_eof1384;
case 1384:
#line 29697 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2668;
	goto st0;
tr2668:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1385; goto _out;} }
      p = num_last;
    }
  }
	goto st1385;
tr2669:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1385; goto _out;} }
      p = num_last;
    }
  }
	goto st1385;
st1385:
	if ( ++p == pe )
		goto _test_eof1385;
case 1385:
#line 29723 "server.c"
	if ( (*p) == 62u )
		goto tr2667;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2669;
	goto st0;
tr2667:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1386; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1386; goto _out;} }
#line 23 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st1386;
st1386:
	if ( ++p == pe )
		goto _test_eof1386;
case 1386:
#line 29744 "server.c"
	if ( (*p) == 32u )
		goto tr2633;
	goto st0;
st1387:
	if ( ++p == pe )
		goto _test_eof1387;
case 1387:
	if ( (*p) == 91u )
		goto tr2670;
	goto st0;
tr2670:
#line 428 "response.rl"
	{ if (!ik_r_open(ps, IK_N_SECTION, p + 1)) {p++;  ps->cs = 1388; goto _out;} }
	goto st1388;
st1388:
	if ( ++p == pe )
		goto _test_eof1388;
case 1388:
#line 29761 "server.c"
	if ( (*p) == 93u )
		goto tr2672;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2671;
	goto st0;
tr2676:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1389; goto _out;} }
      p = num_last;
    }
  }
	goto st1389;
tr2674:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1389; goto _out;} }
      p = num_last;
    }
  }
	goto st1389;
tr2671:
#line 430 "response.rl"
	{ if (!ik_r_open(ps, IK_N_PART, p)) {p++;  ps->cs = 1389; goto _out;} }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1389; goto _out;} }
      p = num_last;
    }
  }
	goto st1389;
st1389:
	if ( ++p == pe )
		goto _test_eof1389;
case 1389:
#line 29800 "server.c"
	switch( (*p) ) {
		case 46u: goto tr2673;
		case 93u: goto tr2675;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2674;
	goto st0;
tr2673:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1390; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1390; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1390; goto _out;} }
	goto st1390;
st1390:
	if ( ++p == pe )
		goto _test_eof1390;
case 1390:
#line 29825 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2676;
	goto st0;
tr2672:
#line 429 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st1391;
tr2675:
#line 90 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1391; goto _out;} }
  }
#line 96 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1391; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1391; goto _out;} }
#line 429 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st1391;
st1391:
	if ( ++p == pe )
		goto _test_eof1391;
case 1391:
#line 29850 "server.c"
	if ( (*p) == 32u )
		goto tr2677;
	goto st0;
tr2677:
#line 380 "response.rl"
	{ ik_r_item_name_end(ps, p); }
	goto st1392;
st1392:
	if ( ++p == pe )
		goto _test_eof1392;
case 1392:
#line 29860 "server.c"
	if ( (*p) == 32u )
		goto tr2678;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2679;
	goto st0;
tr2678:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1393;
st1393:
	if ( ++p == pe )
		goto _test_eof1393;
case 1393:
#line 29872 "server.c"
	if ( (*p) == 32u )
		goto st1393;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2681;
	goto st0;
tr2679:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1394; goto _out;} }
      p = num_last;
    }
  }
	goto st1394;
tr2683:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1394; goto _out;} }
      p = num_last;
    }
  }
	goto st1394;
tr2681:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1394; goto _out;} }
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1394; goto _out;} }
      p = num_last;
    }
  }
	goto st1394;
st1394:
	if ( ++p == pe )
		goto _test_eof1394;
case 1394:
#line 29911 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2682;
		case 41u: goto tr2682;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2683;
	goto st0;
tr2682:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1524; goto _out;} }
  }
#line 99 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 21 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 1524; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1524;
st1524:
	if ( ++p == pe )
		goto _test_eof1524;
case 1524:
#line 29934 "server.c"
	goto st0;
st1395:
	if ( ++p == pe )
		goto _test_eof1395;
case 1395:
	switch( (*p) ) {
		case 32u: goto tr2684;
		case 60u: goto st1409;
		case 91u: goto st1411;
	}
	goto st0;
tr2684:
#line 380 "response.rl"
	{ ik_r_item_name_end(ps, p); }
	goto st1396;
st1396:
	if ( ++p == pe )
		goto _test_eof1396;
case 1396:
#line 29952 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr2688;
		case 34u: goto tr2689;
		case 40u: goto tr2690;
		case 41u: goto st0;
		case 91u: goto tr2691;
		case 93u: goto st0;
		case 123u: goto tr2692;
		case 126u: goto tr2693;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2687;
	goto tr2694;
tr2687:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st1397;
tr2691:
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 1397; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1397;goto st22;}}
    }
  }
	goto st1397;
tr2694:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st1397;
tr2697:
#line 26 "generic.rl"
	{
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 1397; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1397;goto st22;}}
    }
  }
	goto st1397;
tr2698:
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st1397;
tr2699:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1397; goto _out;} }
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st1397;
tr2703:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1397; goto _out;} }
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 1397; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1397;goto st22;}}
    }
  }
	goto st1397;
tr2706:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1397; goto _out;} }
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st1397;
st1397:
	if ( ++p == pe )
		goto _test_eof1397;
case 1397:
#line 30025 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr2696;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2696;
		case 91u: goto tr2697;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1397;
	goto tr2698;
tr2713:
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1525;
tr2696:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1525; goto _out;} }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1525;
tr2711:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1525; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 379 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1525;
st1525:
	if ( ++p == pe )
		goto _test_eof1525;
case 1525:
#line 30055 "server.c"
	goto st0;
tr2688:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1398;
st1398:
	if ( ++p == pe )
		goto _test_eof1398;
case 1398:
#line 30063 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st1398;
		case 34u: goto tr2701;
		case 40u: goto tr2702;
		case 41u: goto st0;
		case 91u: goto tr2703;
		case 93u: goto st0;
		case 123u: goto tr2704;
		case 126u: goto tr2705;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2699;
	goto tr2706;
tr2689:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1399;
tr2707:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1399;
tr2710:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1399;
tr2712:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1399;
tr2701:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1399; goto _out;} }
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1399;
st1399:
	if ( ++p == pe )
		goto _test_eof1399;
case 1399:
#line 30103 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2708;
		case 92u: goto st1401;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2707;
	goto tr2710;
tr2708:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1400;
tr2720:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1400; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1400; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1400;
tr2722:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1400; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1400;
st1400:
	if ( ++p == pe )
		goto _test_eof1400;
case 1400:
#line 30143 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2711;
		case 41u: goto tr2711;
	}
	goto st0;
st1401:
	if ( ++p == pe )
		goto _test_eof1401;
case 1401:
	switch( (*p) ) {
		case 34u: goto tr2712;
		case 92u: goto tr2712;
	}
	goto st0;
tr2690:
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1402; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1402;goto st11;}}
    }
  }
	goto st1402;
tr2702:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1402; goto _out;} }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1402; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1402;goto st11;}}
    }
  }
	goto st1402;
st1402:
	if ( ++p == pe )
		goto _test_eof1402;
case 1402:
#line 30180 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2713;
		case 41u: goto tr2713;
	}
	goto st0;
tr2692:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1403;
tr2704:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1403; goto _out;} }
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1403;
st1403:
	if ( ++p == pe )
		goto _test_eof1403;
case 1403:
#line 30196 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2714;
	goto st0;
tr2714:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1404; goto _out;} }
      p = num_last;
    }
  }
	goto st1404;
tr2717:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1404; goto _out;} }
      p = num_last;
    }
  }
	goto st1404;
st1404:
	if ( ++p == pe )
		goto _test_eof1404;
case 1404:
#line 30222 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2715;
		case 45u: goto tr2716;
		case 125u: goto tr2718;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2717;
	goto st0;
tr2715:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1405; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1405;
tr2716:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1405; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1405; goto _out;} }
	goto st1405;
st1405:
	if ( ++p == pe )
		goto _test_eof1405;
case 1405:
#line 30246 "server.c"
	if ( (*p) == 125u )
		goto st1406;
	goto st0;
tr2718:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1406; goto _out;} }
  }
	goto st1406;
st1406:
	if ( ++p == pe )
		goto _test_eof1406;
case 1406:
#line 30258 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2720;
		case 13u: goto st1407;
	}
	goto st0;
st1407:
	if ( ++p == pe )
		goto _test_eof1407;
case 1407:
	if ( (*p) == 10u )
		goto tr2722;
	goto st0;
tr2693:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1408;
tr2705:
#line 42 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 1408; goto _out;} }
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1408;
st1408:
	if ( ++p == pe )
		goto _test_eof1408;
case 1408:
#line 30283 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr2696;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr2696;
		case 91u: goto tr2697;
		case 93u: goto st0;
		case 123u: goto st1403;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1397;
	goto tr2698;
st1409:
	if ( ++p == pe )
		goto _test_eof1409;
case 1409:
	switch( (*p) ) {
		case 46u: goto st1409;
		case 62u: goto st1410;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1409;
	goto st0;
st1410:
	if ( ++p == pe )
		goto _test_eof1410;
case 1410:
	if ( (*p) == 32u )
		goto tr2684;
	goto st0;
st1411:
	if ( ++p == pe )
		goto _test_eof1411;
case 1411:
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto st1412;
	}
	goto st1411;
st1412:
	if ( ++p == pe )
		goto _test_eof1412;
case 1412:
	switch( (*p) ) {
		case 32u: goto tr2684;
		case 60u: goto st1409;
	}
	goto st0;
st1413:
	if ( ++p == pe )
		goto _test_eof1413;
case 1413:
	switch( (*p) ) {
		case 33u: goto tr2726;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr2726;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr2726;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2726;
		} else
			goto st0;
	} else
		goto st0;
	goto tr2727;
tr2730:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1414; goto _out;} }
	goto st1414;
tr2726:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st1414;
tr2727:
#line 53 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1414; goto _out;} }
	goto st1414;
tr2729:
#line 69 "lexical.rl"
	{ p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
	goto st1414;
st1414:
	if ( ++p == pe )
		goto _test_eof1414;
case 1414:
#line 30381 "server.c"
	switch( (*p) ) {
		case 32u: goto tr2728;
		case 33u: goto tr2729;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr2728;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr2729;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr2729;
	goto tr2730;
tr2728:
#line 54 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 52 "server.rl"
	{ { int t = code_dispatch(ps, (*p)); p--; { ps->cs = (t);goto _again;} } }
	goto st1526;
st1526:
	if ( ++p == pe )
		goto _test_eof1526;
case 1526:
#line 30414 "server.c"
	goto st0;
st1415:
	if ( ++p == pe )
		goto _test_eof1415;
case 1415:
	switch( (*p) ) {
		case 10u: goto tr2731;
		case 13u: goto st1416;
		case 32u: goto st1417;
	}
	goto st0;
tr2731:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1527; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1527;
tr2734:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1527;
tr2739:
#line 166 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 43 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1527; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1527; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1527;
st1527:
	if ( ++p == pe )
		goto _test_eof1527;
case 1527:
#line 30446 "server.c"
	goto st0;
tr2740:
#line 166 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 43 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1416; goto _out;} }
	goto st1416;
st1416:
	if ( ++p == pe )
		goto _test_eof1416;
case 1416:
#line 30459 "server.c"
	if ( (*p) == 10u )
		goto tr2734;
	goto st0;
st1417:
	if ( ++p == pe )
		goto _test_eof1417;
case 1417:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2731;
		case 13u: goto st1416;
		case 91u: goto tr2736;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2735;
	goto tr2737;
tr2741:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1418;
tr2735:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1418;
tr2737:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1418;
st1418:
	if ( ++p == pe )
		goto _test_eof1418;
case 1418:
#line 30489 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2739;
		case 13u: goto tr2740;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1418;
	goto tr2741;
tr2736:
#line 44 "server.rl"
	{
    {
      ik_node *c = ik_b_add(ps, IK_N_RESP_CODE, ik_b_off(ps, p + 1), 0);
      if (!c || !ik_b_push(ps, c, p)) {p++;  ps->cs = 1419; goto _out;}
      ps->code = c;
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1419;goto st1413;}}
    }
  }
	goto st1419;
st1419:
	if ( ++p == pe )
		goto _test_eof1419;
case 1419:
#line 30511 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2731;
		case 13u: goto st1416;
		case 32u: goto st1420;
	}
	goto st0;
st1420:
	if ( ++p == pe )
		goto _test_eof1420;
case 1420:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2731;
		case 13u: goto st1416;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2735;
	goto tr2737;
st1421:
	if ( ++p == pe )
		goto _test_eof1421;
case 1421:
	switch( (*p) ) {
		case 10u: goto tr2743;
		case 13u: goto tr2744;
		case 32u: goto st1423;
	}
	goto st0;
tr2748:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1528; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1528;
tr2746:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1528;
tr2753:
#line 166 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 43 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1528; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1528; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1528;
tr2743:
#line 68 "server.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_TEXT, p)) {p++;  ps->cs = 1528; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1528; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1528;
st1528:
	if ( ++p == pe )
		goto _test_eof1528;
case 1528:
#line 30565 "server.c"
	goto st0;
tr2754:
#line 166 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 43 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1422; goto _out;} }
	goto st1422;
tr2744:
#line 68 "server.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_TEXT, p)) {p++;  ps->cs = 1422; goto _out;} }
	goto st1422;
st1422:
	if ( ++p == pe )
		goto _test_eof1422;
case 1422:
#line 30581 "server.c"
	if ( (*p) == 10u )
		goto tr2746;
	goto st0;
st1423:
	if ( ++p == pe )
		goto _test_eof1423;
case 1423:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2748;
		case 13u: goto st1422;
		case 91u: goto tr2750;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2747;
	goto tr2751;
tr2755:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1424;
tr2747:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1424;
tr2751:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1424;
st1424:
	if ( ++p == pe )
		goto _test_eof1424;
case 1424:
#line 30611 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2753;
		case 13u: goto tr2754;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1424;
	goto tr2755;
tr2750:
#line 44 "server.rl"
	{
    {
      ik_node *c = ik_b_add(ps, IK_N_RESP_CODE, ik_b_off(ps, p + 1), 0);
      if (!c || !ik_b_push(ps, c, p)) {p++;  ps->cs = 1425; goto _out;}
      ps->code = c;
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1425;goto st1413;}}
    }
  }
	goto st1425;
st1425:
	if ( ++p == pe )
		goto _test_eof1425;
case 1425:
#line 30633 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2748;
		case 13u: goto st1422;
		case 32u: goto st1426;
	}
	goto st0;
st1426:
	if ( ++p == pe )
		goto _test_eof1426;
case 1426:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2748;
		case 13u: goto st1422;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2747;
	goto tr2751;
st1427:
	if ( ++p == pe )
		goto _test_eof1427;
case 1427:
	switch( (*p) ) {
		case 10u: goto tr2757;
		case 13u: goto st1428;
		case 32u: goto st1429;
	}
	goto st0;
tr2757:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1529; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1529;
tr2760:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1529;
tr2764:
#line 166 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 43 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1529; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1529; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1529;
st1529:
	if ( ++p == pe )
		goto _test_eof1529;
case 1529:
#line 30682 "server.c"
	goto st0;
tr2765:
#line 166 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 43 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1428; goto _out;} }
	goto st1428;
st1428:
	if ( ++p == pe )
		goto _test_eof1428;
case 1428:
#line 30695 "server.c"
	if ( (*p) == 10u )
		goto tr2760;
	goto st0;
st1429:
	if ( ++p == pe )
		goto _test_eof1429;
case 1429:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2757;
		case 13u: goto st1428;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2761;
	goto tr2762;
tr2766:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1430;
tr2761:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1430;
tr2762:
#line 165 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1430;
st1430:
	if ( ++p == pe )
		goto _test_eof1430;
case 1430:
#line 30724 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2764;
		case 13u: goto tr2765;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1430;
	goto tr2766;
st1431:
	if ( ++p == pe )
		goto _test_eof1431;
case 1431:
	switch( (*p) ) {
		case 10u: goto tr2767;
		case 13u: goto st1432;
		case 32u: goto st1433;
	}
	goto st0;
tr2767:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1530; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1530;
tr2770:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1530;
tr2779:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1530; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1530; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1530;
tr2789:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1530; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1530; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1530;
st1530:
	if ( ++p == pe )
		goto _test_eof1530;
case 1530:
#line 30763 "server.c"
	goto st0;
tr2780:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1432; goto _out;} }
	goto st1432;
tr2790:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1432; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st1432;
st1432:
	if ( ++p == pe )
		goto _test_eof1432;
case 1432:
#line 30774 "server.c"
	if ( (*p) == 10u )
		goto tr2770;
	goto st0;
tr2773:
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1433; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1433;goto st11;}}
    }
  }
	goto st1433;
tr2781:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1433; goto _out;} }
	goto st1433;
tr2782:
#line 24 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1433; goto _out;} }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1433; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1433;goto st11;}}
    }
  }
	goto st1433;
tr2791:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1433; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st1433;
tr2792:
#line 50 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1433; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 51 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1433; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1433;goto st11;}}
    }
  }
	goto st1433;
st1433:
	if ( ++p == pe )
		goto _test_eof1433;
case 1433:
#line 30816 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2767;
		case 13u: goto st1432;
		case 32u: goto st1433;
		case 34u: goto tr2772;
		case 40u: goto tr2773;
		case 41u: goto st0;
		case 91u: goto tr2774;
		case 93u: goto st0;
		case 123u: goto tr2775;
		case 126u: goto tr2776;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2771;
	goto tr2777;
tr2771:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st1434;
tr2774:
#line 34 "generic.rl"
	{
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 1434; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1434;goto st22;}}
    }
  }
	goto st1434;
tr2777:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st1434;
tr2783:
#line 26 "generic.rl"
	{
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) {p++;  ps->cs = 1434; goto _out;}
      if (closed) { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1434;goto st22;}}
    }
  }
	goto st1434;
tr2784:
#line 23 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st1434;
st1434:
	if ( ++p == pe )
		goto _test_eof1434;
case 1434:
#line 30867 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2779;
		case 13u: goto tr2780;
		case 32u: goto tr2781;
		case 34u: goto st0;
		case 40u: goto tr2782;
		case 41u: goto st0;
		case 91u: goto tr2783;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1434;
	goto tr2784;
tr2772:
#line 114 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1435;
tr2785:
#line 124 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st1435;
tr2788:
#line 116 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1435;
tr2793:
#line 115 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1435;
st1435:
	if ( ++p == pe )
		goto _test_eof1435;
case 1435:
#line 30902 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr2786;
		case 92u: goto st1437;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr2785;
	goto tr2788;
tr2786:
#line 117 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1436;
tr2800:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1436; goto _out;} }
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1436; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1436;
tr2802:
#line 146 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1436; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1436;
st1436:
	if ( ++p == pe )
		goto _test_eof1436;
case 1436:
#line 30942 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2789;
		case 13u: goto tr2790;
		case 32u: goto tr2791;
		case 40u: goto tr2792;
	}
	goto st0;
st1437:
	if ( ++p == pe )
		goto _test_eof1437;
case 1437:
	switch( (*p) ) {
		case 34u: goto tr2793;
		case 92u: goto tr2793;
	}
	goto st0;
tr2775:
#line 139 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1438;
st1438:
	if ( ++p == pe )
		goto _test_eof1438;
case 1438:
#line 30965 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2794;
	goto st0;
tr2794:
#line 81 "lexical.rl"
	{ ps->num = 0; ps->mark = p; }
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1439; goto _out;} }
      p = num_last;
    }
  }
	goto st1439;
tr2797:
#line 83 "lexical.rl"
	{
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1439; goto _out;} }
      p = num_last;
    }
  }
	goto st1439;
st1439:
	if ( ++p == pe )
		goto _test_eof1439;
case 1439:
#line 30991 "server.c"
	switch( (*p) ) {
		case 43u: goto tr2795;
		case 45u: goto tr2796;
		case 125u: goto tr2798;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2797;
	goto st0;
tr2795:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1440; goto _out;} }
  }
#line 141 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1440;
tr2796:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1440; goto _out;} }
  }
#line 143 "lexical.rl"
	{ ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) {p++;  ps->cs = 1440; goto _out;} }
	goto st1440;
st1440:
	if ( ++p == pe )
		goto _test_eof1440;
case 1440:
#line 31015 "server.c"
	if ( (*p) == 125u )
		goto st1441;
	goto st0;
tr2798:
#line 93 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1441; goto _out;} }
  }
	goto st1441;
st1441:
	if ( ++p == pe )
		goto _test_eof1441;
case 1441:
#line 31027 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2800;
		case 13u: goto st1442;
	}
	goto st0;
st1442:
	if ( ++p == pe )
		goto _test_eof1442;
case 1442:
	if ( (*p) == 10u )
		goto tr2802;
	goto st0;
tr2776:
#line 22 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 140 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1443;
st1443:
	if ( ++p == pe )
		goto _test_eof1443;
case 1443:
#line 31047 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr2779;
		case 13u: goto tr2780;
		case 32u: goto tr2781;
		case 34u: goto st0;
		case 40u: goto tr2782;
		case 41u: goto st0;
		case 91u: goto tr2783;
		case 93u: goto st0;
		case 123u: goto st1438;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1434;
	goto tr2784;
st1444:
	if ( ++p == pe )
		goto _test_eof1444;
case 1444:
	switch( (*p) ) {
		case 10u: goto tr2804;
		case 13u: goto st1445;
		case 32u: goto tr2806;
	}
	goto st0;
tr2804:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1531; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1531;
tr2807:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1531;
tr2808:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1531; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1531; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st1531;
st1531:
	if ( ++p == pe )
		goto _test_eof1531;
case 1531:
#line 31088 "server.c"
	goto st0;
tr2809:
#line 40 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1445; goto _out;} }
	goto st1445;
st1445:
	if ( ++p == pe )
		goto _test_eof1445;
case 1445:
#line 31096 "server.c"
	if ( (*p) == 10u )
		goto tr2807;
	goto st0;
tr2806:
#line 39 "response.rl"
	{ ps->sp_mark = p; }
	goto st1446;
st1446:
	if ( ++p == pe )
		goto _test_eof1446;
case 1446:
#line 31106 "server.c"
	switch( (*p) ) {
		case 10u: goto tr2808;
		case 13u: goto tr2809;
		case 32u: goto st1446;
	}
	goto st0;
	}
	_test_eof1:  ps->cs = 1; goto _test_eof; 
	_test_eof2:  ps->cs = 2; goto _test_eof; 
	_test_eof3:  ps->cs = 3; goto _test_eof; 
	_test_eof4:  ps->cs = 4; goto _test_eof; 
	_test_eof1447:  ps->cs = 1447; goto _test_eof; 
	_test_eof5:  ps->cs = 5; goto _test_eof; 
	_test_eof6:  ps->cs = 6; goto _test_eof; 
	_test_eof7:  ps->cs = 7; goto _test_eof; 
	_test_eof8:  ps->cs = 8; goto _test_eof; 
	_test_eof9:  ps->cs = 9; goto _test_eof; 
	_test_eof10:  ps->cs = 10; goto _test_eof; 
	_test_eof11:  ps->cs = 11; goto _test_eof; 
	_test_eof12:  ps->cs = 12; goto _test_eof; 
	_test_eof1448:  ps->cs = 1448; goto _test_eof; 
	_test_eof13:  ps->cs = 13; goto _test_eof; 
	_test_eof14:  ps->cs = 14; goto _test_eof; 
	_test_eof15:  ps->cs = 15; goto _test_eof; 
	_test_eof16:  ps->cs = 16; goto _test_eof; 
	_test_eof17:  ps->cs = 17; goto _test_eof; 
	_test_eof18:  ps->cs = 18; goto _test_eof; 
	_test_eof19:  ps->cs = 19; goto _test_eof; 
	_test_eof20:  ps->cs = 20; goto _test_eof; 
	_test_eof21:  ps->cs = 21; goto _test_eof; 
	_test_eof22:  ps->cs = 22; goto _test_eof; 
	_test_eof23:  ps->cs = 23; goto _test_eof; 
	_test_eof1449:  ps->cs = 1449; goto _test_eof; 
	_test_eof24:  ps->cs = 24; goto _test_eof; 
	_test_eof25:  ps->cs = 25; goto _test_eof; 
	_test_eof26:  ps->cs = 26; goto _test_eof; 
	_test_eof27:  ps->cs = 27; goto _test_eof; 
	_test_eof28:  ps->cs = 28; goto _test_eof; 
	_test_eof29:  ps->cs = 29; goto _test_eof; 
	_test_eof30:  ps->cs = 30; goto _test_eof; 
	_test_eof31:  ps->cs = 31; goto _test_eof; 
	_test_eof32:  ps->cs = 32; goto _test_eof; 
	_test_eof33:  ps->cs = 33; goto _test_eof; 
	_test_eof34:  ps->cs = 34; goto _test_eof; 
	_test_eof35:  ps->cs = 35; goto _test_eof; 
	_test_eof1450:  ps->cs = 1450; goto _test_eof; 
	_test_eof36:  ps->cs = 36; goto _test_eof; 
	_test_eof1451:  ps->cs = 1451; goto _test_eof; 
	_test_eof37:  ps->cs = 37; goto _test_eof; 
	_test_eof38:  ps->cs = 38; goto _test_eof; 
	_test_eof39:  ps->cs = 39; goto _test_eof; 
	_test_eof40:  ps->cs = 40; goto _test_eof; 
	_test_eof41:  ps->cs = 41; goto _test_eof; 
	_test_eof42:  ps->cs = 42; goto _test_eof; 
	_test_eof43:  ps->cs = 43; goto _test_eof; 
	_test_eof44:  ps->cs = 44; goto _test_eof; 
	_test_eof45:  ps->cs = 45; goto _test_eof; 
	_test_eof46:  ps->cs = 46; goto _test_eof; 
	_test_eof1452:  ps->cs = 1452; goto _test_eof; 
	_test_eof47:  ps->cs = 47; goto _test_eof; 
	_test_eof48:  ps->cs = 48; goto _test_eof; 
	_test_eof49:  ps->cs = 49; goto _test_eof; 
	_test_eof50:  ps->cs = 50; goto _test_eof; 
	_test_eof51:  ps->cs = 51; goto _test_eof; 
	_test_eof52:  ps->cs = 52; goto _test_eof; 
	_test_eof53:  ps->cs = 53; goto _test_eof; 
	_test_eof54:  ps->cs = 54; goto _test_eof; 
	_test_eof55:  ps->cs = 55; goto _test_eof; 
	_test_eof56:  ps->cs = 56; goto _test_eof; 
	_test_eof57:  ps->cs = 57; goto _test_eof; 
	_test_eof58:  ps->cs = 58; goto _test_eof; 
	_test_eof59:  ps->cs = 59; goto _test_eof; 
	_test_eof60:  ps->cs = 60; goto _test_eof; 
	_test_eof61:  ps->cs = 61; goto _test_eof; 
	_test_eof1453:  ps->cs = 1453; goto _test_eof; 
	_test_eof62:  ps->cs = 62; goto _test_eof; 
	_test_eof63:  ps->cs = 63; goto _test_eof; 
	_test_eof64:  ps->cs = 64; goto _test_eof; 
	_test_eof65:  ps->cs = 65; goto _test_eof; 
	_test_eof66:  ps->cs = 66; goto _test_eof; 
	_test_eof67:  ps->cs = 67; goto _test_eof; 
	_test_eof68:  ps->cs = 68; goto _test_eof; 
	_test_eof69:  ps->cs = 69; goto _test_eof; 
	_test_eof70:  ps->cs = 70; goto _test_eof; 
	_test_eof71:  ps->cs = 71; goto _test_eof; 
	_test_eof72:  ps->cs = 72; goto _test_eof; 
	_test_eof73:  ps->cs = 73; goto _test_eof; 
	_test_eof74:  ps->cs = 74; goto _test_eof; 
	_test_eof1454:  ps->cs = 1454; goto _test_eof; 
	_test_eof75:  ps->cs = 75; goto _test_eof; 
	_test_eof76:  ps->cs = 76; goto _test_eof; 
	_test_eof77:  ps->cs = 77; goto _test_eof; 
	_test_eof78:  ps->cs = 78; goto _test_eof; 
	_test_eof79:  ps->cs = 79; goto _test_eof; 
	_test_eof80:  ps->cs = 80; goto _test_eof; 
	_test_eof81:  ps->cs = 81; goto _test_eof; 
	_test_eof82:  ps->cs = 82; goto _test_eof; 
	_test_eof83:  ps->cs = 83; goto _test_eof; 
	_test_eof84:  ps->cs = 84; goto _test_eof; 
	_test_eof85:  ps->cs = 85; goto _test_eof; 
	_test_eof1455:  ps->cs = 1455; goto _test_eof; 
	_test_eof86:  ps->cs = 86; goto _test_eof; 
	_test_eof87:  ps->cs = 87; goto _test_eof; 
	_test_eof88:  ps->cs = 88; goto _test_eof; 
	_test_eof89:  ps->cs = 89; goto _test_eof; 
	_test_eof90:  ps->cs = 90; goto _test_eof; 
	_test_eof91:  ps->cs = 91; goto _test_eof; 
	_test_eof92:  ps->cs = 92; goto _test_eof; 
	_test_eof93:  ps->cs = 93; goto _test_eof; 
	_test_eof94:  ps->cs = 94; goto _test_eof; 
	_test_eof95:  ps->cs = 95; goto _test_eof; 
	_test_eof96:  ps->cs = 96; goto _test_eof; 
	_test_eof97:  ps->cs = 97; goto _test_eof; 
	_test_eof98:  ps->cs = 98; goto _test_eof; 
	_test_eof99:  ps->cs = 99; goto _test_eof; 
	_test_eof100:  ps->cs = 100; goto _test_eof; 
	_test_eof101:  ps->cs = 101; goto _test_eof; 
	_test_eof102:  ps->cs = 102; goto _test_eof; 
	_test_eof103:  ps->cs = 103; goto _test_eof; 
	_test_eof104:  ps->cs = 104; goto _test_eof; 
	_test_eof105:  ps->cs = 105; goto _test_eof; 
	_test_eof106:  ps->cs = 106; goto _test_eof; 
	_test_eof107:  ps->cs = 107; goto _test_eof; 
	_test_eof108:  ps->cs = 108; goto _test_eof; 
	_test_eof109:  ps->cs = 109; goto _test_eof; 
	_test_eof110:  ps->cs = 110; goto _test_eof; 
	_test_eof1456:  ps->cs = 1456; goto _test_eof; 
	_test_eof111:  ps->cs = 111; goto _test_eof; 
	_test_eof112:  ps->cs = 112; goto _test_eof; 
	_test_eof113:  ps->cs = 113; goto _test_eof; 
	_test_eof114:  ps->cs = 114; goto _test_eof; 
	_test_eof115:  ps->cs = 115; goto _test_eof; 
	_test_eof116:  ps->cs = 116; goto _test_eof; 
	_test_eof117:  ps->cs = 117; goto _test_eof; 
	_test_eof118:  ps->cs = 118; goto _test_eof; 
	_test_eof119:  ps->cs = 119; goto _test_eof; 
	_test_eof120:  ps->cs = 120; goto _test_eof; 
	_test_eof121:  ps->cs = 121; goto _test_eof; 
	_test_eof122:  ps->cs = 122; goto _test_eof; 
	_test_eof123:  ps->cs = 123; goto _test_eof; 
	_test_eof124:  ps->cs = 124; goto _test_eof; 
	_test_eof125:  ps->cs = 125; goto _test_eof; 
	_test_eof126:  ps->cs = 126; goto _test_eof; 
	_test_eof127:  ps->cs = 127; goto _test_eof; 
	_test_eof128:  ps->cs = 128; goto _test_eof; 
	_test_eof129:  ps->cs = 129; goto _test_eof; 
	_test_eof130:  ps->cs = 130; goto _test_eof; 
	_test_eof131:  ps->cs = 131; goto _test_eof; 
	_test_eof132:  ps->cs = 132; goto _test_eof; 
	_test_eof133:  ps->cs = 133; goto _test_eof; 
	_test_eof134:  ps->cs = 134; goto _test_eof; 
	_test_eof135:  ps->cs = 135; goto _test_eof; 
	_test_eof136:  ps->cs = 136; goto _test_eof; 
	_test_eof137:  ps->cs = 137; goto _test_eof; 
	_test_eof138:  ps->cs = 138; goto _test_eof; 
	_test_eof139:  ps->cs = 139; goto _test_eof; 
	_test_eof140:  ps->cs = 140; goto _test_eof; 
	_test_eof141:  ps->cs = 141; goto _test_eof; 
	_test_eof142:  ps->cs = 142; goto _test_eof; 
	_test_eof143:  ps->cs = 143; goto _test_eof; 
	_test_eof144:  ps->cs = 144; goto _test_eof; 
	_test_eof145:  ps->cs = 145; goto _test_eof; 
	_test_eof146:  ps->cs = 146; goto _test_eof; 
	_test_eof1457:  ps->cs = 1457; goto _test_eof; 
	_test_eof147:  ps->cs = 147; goto _test_eof; 
	_test_eof148:  ps->cs = 148; goto _test_eof; 
	_test_eof149:  ps->cs = 149; goto _test_eof; 
	_test_eof150:  ps->cs = 150; goto _test_eof; 
	_test_eof151:  ps->cs = 151; goto _test_eof; 
	_test_eof152:  ps->cs = 152; goto _test_eof; 
	_test_eof153:  ps->cs = 153; goto _test_eof; 
	_test_eof154:  ps->cs = 154; goto _test_eof; 
	_test_eof155:  ps->cs = 155; goto _test_eof; 
	_test_eof156:  ps->cs = 156; goto _test_eof; 
	_test_eof157:  ps->cs = 157; goto _test_eof; 
	_test_eof158:  ps->cs = 158; goto _test_eof; 
	_test_eof159:  ps->cs = 159; goto _test_eof; 
	_test_eof160:  ps->cs = 160; goto _test_eof; 
	_test_eof161:  ps->cs = 161; goto _test_eof; 
	_test_eof162:  ps->cs = 162; goto _test_eof; 
	_test_eof163:  ps->cs = 163; goto _test_eof; 
	_test_eof164:  ps->cs = 164; goto _test_eof; 
	_test_eof165:  ps->cs = 165; goto _test_eof; 
	_test_eof1458:  ps->cs = 1458; goto _test_eof; 
	_test_eof166:  ps->cs = 166; goto _test_eof; 
	_test_eof167:  ps->cs = 167; goto _test_eof; 
	_test_eof168:  ps->cs = 168; goto _test_eof; 
	_test_eof169:  ps->cs = 169; goto _test_eof; 
	_test_eof170:  ps->cs = 170; goto _test_eof; 
	_test_eof171:  ps->cs = 171; goto _test_eof; 
	_test_eof172:  ps->cs = 172; goto _test_eof; 
	_test_eof173:  ps->cs = 173; goto _test_eof; 
	_test_eof174:  ps->cs = 174; goto _test_eof; 
	_test_eof175:  ps->cs = 175; goto _test_eof; 
	_test_eof176:  ps->cs = 176; goto _test_eof; 
	_test_eof177:  ps->cs = 177; goto _test_eof; 
	_test_eof178:  ps->cs = 178; goto _test_eof; 
	_test_eof179:  ps->cs = 179; goto _test_eof; 
	_test_eof180:  ps->cs = 180; goto _test_eof; 
	_test_eof181:  ps->cs = 181; goto _test_eof; 
	_test_eof182:  ps->cs = 182; goto _test_eof; 
	_test_eof183:  ps->cs = 183; goto _test_eof; 
	_test_eof184:  ps->cs = 184; goto _test_eof; 
	_test_eof185:  ps->cs = 185; goto _test_eof; 
	_test_eof186:  ps->cs = 186; goto _test_eof; 
	_test_eof187:  ps->cs = 187; goto _test_eof; 
	_test_eof188:  ps->cs = 188; goto _test_eof; 
	_test_eof189:  ps->cs = 189; goto _test_eof; 
	_test_eof1459:  ps->cs = 1459; goto _test_eof; 
	_test_eof190:  ps->cs = 190; goto _test_eof; 
	_test_eof191:  ps->cs = 191; goto _test_eof; 
	_test_eof192:  ps->cs = 192; goto _test_eof; 
	_test_eof193:  ps->cs = 193; goto _test_eof; 
	_test_eof1460:  ps->cs = 1460; goto _test_eof; 
	_test_eof194:  ps->cs = 194; goto _test_eof; 
	_test_eof195:  ps->cs = 195; goto _test_eof; 
	_test_eof196:  ps->cs = 196; goto _test_eof; 
	_test_eof197:  ps->cs = 197; goto _test_eof; 
	_test_eof1461:  ps->cs = 1461; goto _test_eof; 
	_test_eof198:  ps->cs = 198; goto _test_eof; 
	_test_eof199:  ps->cs = 199; goto _test_eof; 
	_test_eof200:  ps->cs = 200; goto _test_eof; 
	_test_eof201:  ps->cs = 201; goto _test_eof; 
	_test_eof1462:  ps->cs = 1462; goto _test_eof; 
	_test_eof202:  ps->cs = 202; goto _test_eof; 
	_test_eof203:  ps->cs = 203; goto _test_eof; 
	_test_eof204:  ps->cs = 204; goto _test_eof; 
	_test_eof205:  ps->cs = 205; goto _test_eof; 
	_test_eof1463:  ps->cs = 1463; goto _test_eof; 
	_test_eof206:  ps->cs = 206; goto _test_eof; 
	_test_eof207:  ps->cs = 207; goto _test_eof; 
	_test_eof208:  ps->cs = 208; goto _test_eof; 
	_test_eof209:  ps->cs = 209; goto _test_eof; 
	_test_eof210:  ps->cs = 210; goto _test_eof; 
	_test_eof211:  ps->cs = 211; goto _test_eof; 
	_test_eof212:  ps->cs = 212; goto _test_eof; 
	_test_eof213:  ps->cs = 213; goto _test_eof; 
	_test_eof214:  ps->cs = 214; goto _test_eof; 
	_test_eof215:  ps->cs = 215; goto _test_eof; 
	_test_eof216:  ps->cs = 216; goto _test_eof; 
	_test_eof217:  ps->cs = 217; goto _test_eof; 
	_test_eof218:  ps->cs = 218; goto _test_eof; 
	_test_eof219:  ps->cs = 219; goto _test_eof; 
	_test_eof220:  ps->cs = 220; goto _test_eof; 
	_test_eof221:  ps->cs = 221; goto _test_eof; 
	_test_eof222:  ps->cs = 222; goto _test_eof; 
	_test_eof223:  ps->cs = 223; goto _test_eof; 
	_test_eof224:  ps->cs = 224; goto _test_eof; 
	_test_eof225:  ps->cs = 225; goto _test_eof; 
	_test_eof1464:  ps->cs = 1464; goto _test_eof; 
	_test_eof226:  ps->cs = 226; goto _test_eof; 
	_test_eof227:  ps->cs = 227; goto _test_eof; 
	_test_eof228:  ps->cs = 228; goto _test_eof; 
	_test_eof229:  ps->cs = 229; goto _test_eof; 
	_test_eof230:  ps->cs = 230; goto _test_eof; 
	_test_eof231:  ps->cs = 231; goto _test_eof; 
	_test_eof232:  ps->cs = 232; goto _test_eof; 
	_test_eof233:  ps->cs = 233; goto _test_eof; 
	_test_eof234:  ps->cs = 234; goto _test_eof; 
	_test_eof235:  ps->cs = 235; goto _test_eof; 
	_test_eof236:  ps->cs = 236; goto _test_eof; 
	_test_eof237:  ps->cs = 237; goto _test_eof; 
	_test_eof238:  ps->cs = 238; goto _test_eof; 
	_test_eof239:  ps->cs = 239; goto _test_eof; 
	_test_eof240:  ps->cs = 240; goto _test_eof; 
	_test_eof241:  ps->cs = 241; goto _test_eof; 
	_test_eof242:  ps->cs = 242; goto _test_eof; 
	_test_eof243:  ps->cs = 243; goto _test_eof; 
	_test_eof244:  ps->cs = 244; goto _test_eof; 
	_test_eof245:  ps->cs = 245; goto _test_eof; 
	_test_eof1465:  ps->cs = 1465; goto _test_eof; 
	_test_eof246:  ps->cs = 246; goto _test_eof; 
	_test_eof247:  ps->cs = 247; goto _test_eof; 
	_test_eof248:  ps->cs = 248; goto _test_eof; 
	_test_eof249:  ps->cs = 249; goto _test_eof; 
	_test_eof250:  ps->cs = 250; goto _test_eof; 
	_test_eof251:  ps->cs = 251; goto _test_eof; 
	_test_eof252:  ps->cs = 252; goto _test_eof; 
	_test_eof253:  ps->cs = 253; goto _test_eof; 
	_test_eof254:  ps->cs = 254; goto _test_eof; 
	_test_eof1466:  ps->cs = 1466; goto _test_eof; 
	_test_eof255:  ps->cs = 255; goto _test_eof; 
	_test_eof256:  ps->cs = 256; goto _test_eof; 
	_test_eof257:  ps->cs = 257; goto _test_eof; 
	_test_eof258:  ps->cs = 258; goto _test_eof; 
	_test_eof259:  ps->cs = 259; goto _test_eof; 
	_test_eof260:  ps->cs = 260; goto _test_eof; 
	_test_eof261:  ps->cs = 261; goto _test_eof; 
	_test_eof262:  ps->cs = 262; goto _test_eof; 
	_test_eof263:  ps->cs = 263; goto _test_eof; 
	_test_eof264:  ps->cs = 264; goto _test_eof; 
	_test_eof265:  ps->cs = 265; goto _test_eof; 
	_test_eof266:  ps->cs = 266; goto _test_eof; 
	_test_eof267:  ps->cs = 267; goto _test_eof; 
	_test_eof268:  ps->cs = 268; goto _test_eof; 
	_test_eof1467:  ps->cs = 1467; goto _test_eof; 
	_test_eof269:  ps->cs = 269; goto _test_eof; 
	_test_eof270:  ps->cs = 270; goto _test_eof; 
	_test_eof271:  ps->cs = 271; goto _test_eof; 
	_test_eof272:  ps->cs = 272; goto _test_eof; 
	_test_eof1468:  ps->cs = 1468; goto _test_eof; 
	_test_eof273:  ps->cs = 273; goto _test_eof; 
	_test_eof274:  ps->cs = 274; goto _test_eof; 
	_test_eof275:  ps->cs = 275; goto _test_eof; 
	_test_eof276:  ps->cs = 276; goto _test_eof; 
	_test_eof277:  ps->cs = 277; goto _test_eof; 
	_test_eof278:  ps->cs = 278; goto _test_eof; 
	_test_eof279:  ps->cs = 279; goto _test_eof; 
	_test_eof280:  ps->cs = 280; goto _test_eof; 
	_test_eof281:  ps->cs = 281; goto _test_eof; 
	_test_eof282:  ps->cs = 282; goto _test_eof; 
	_test_eof283:  ps->cs = 283; goto _test_eof; 
	_test_eof1469:  ps->cs = 1469; goto _test_eof; 
	_test_eof284:  ps->cs = 284; goto _test_eof; 
	_test_eof285:  ps->cs = 285; goto _test_eof; 
	_test_eof286:  ps->cs = 286; goto _test_eof; 
	_test_eof287:  ps->cs = 287; goto _test_eof; 
	_test_eof288:  ps->cs = 288; goto _test_eof; 
	_test_eof289:  ps->cs = 289; goto _test_eof; 
	_test_eof290:  ps->cs = 290; goto _test_eof; 
	_test_eof291:  ps->cs = 291; goto _test_eof; 
	_test_eof292:  ps->cs = 292; goto _test_eof; 
	_test_eof293:  ps->cs = 293; goto _test_eof; 
	_test_eof294:  ps->cs = 294; goto _test_eof; 
	_test_eof295:  ps->cs = 295; goto _test_eof; 
	_test_eof296:  ps->cs = 296; goto _test_eof; 
	_test_eof297:  ps->cs = 297; goto _test_eof; 
	_test_eof298:  ps->cs = 298; goto _test_eof; 
	_test_eof299:  ps->cs = 299; goto _test_eof; 
	_test_eof300:  ps->cs = 300; goto _test_eof; 
	_test_eof301:  ps->cs = 301; goto _test_eof; 
	_test_eof302:  ps->cs = 302; goto _test_eof; 
	_test_eof303:  ps->cs = 303; goto _test_eof; 
	_test_eof304:  ps->cs = 304; goto _test_eof; 
	_test_eof305:  ps->cs = 305; goto _test_eof; 
	_test_eof306:  ps->cs = 306; goto _test_eof; 
	_test_eof307:  ps->cs = 307; goto _test_eof; 
	_test_eof308:  ps->cs = 308; goto _test_eof; 
	_test_eof309:  ps->cs = 309; goto _test_eof; 
	_test_eof310:  ps->cs = 310; goto _test_eof; 
	_test_eof311:  ps->cs = 311; goto _test_eof; 
	_test_eof312:  ps->cs = 312; goto _test_eof; 
	_test_eof313:  ps->cs = 313; goto _test_eof; 
	_test_eof314:  ps->cs = 314; goto _test_eof; 
	_test_eof315:  ps->cs = 315; goto _test_eof; 
	_test_eof316:  ps->cs = 316; goto _test_eof; 
	_test_eof317:  ps->cs = 317; goto _test_eof; 
	_test_eof318:  ps->cs = 318; goto _test_eof; 
	_test_eof319:  ps->cs = 319; goto _test_eof; 
	_test_eof320:  ps->cs = 320; goto _test_eof; 
	_test_eof321:  ps->cs = 321; goto _test_eof; 
	_test_eof1470:  ps->cs = 1470; goto _test_eof; 
	_test_eof322:  ps->cs = 322; goto _test_eof; 
	_test_eof323:  ps->cs = 323; goto _test_eof; 
	_test_eof324:  ps->cs = 324; goto _test_eof; 
	_test_eof325:  ps->cs = 325; goto _test_eof; 
	_test_eof326:  ps->cs = 326; goto _test_eof; 
	_test_eof327:  ps->cs = 327; goto _test_eof; 
	_test_eof328:  ps->cs = 328; goto _test_eof; 
	_test_eof329:  ps->cs = 329; goto _test_eof; 
	_test_eof330:  ps->cs = 330; goto _test_eof; 
	_test_eof331:  ps->cs = 331; goto _test_eof; 
	_test_eof332:  ps->cs = 332; goto _test_eof; 
	_test_eof333:  ps->cs = 333; goto _test_eof; 
	_test_eof1471:  ps->cs = 1471; goto _test_eof; 
	_test_eof334:  ps->cs = 334; goto _test_eof; 
	_test_eof335:  ps->cs = 335; goto _test_eof; 
	_test_eof336:  ps->cs = 336; goto _test_eof; 
	_test_eof337:  ps->cs = 337; goto _test_eof; 
	_test_eof338:  ps->cs = 338; goto _test_eof; 
	_test_eof339:  ps->cs = 339; goto _test_eof; 
	_test_eof340:  ps->cs = 340; goto _test_eof; 
	_test_eof341:  ps->cs = 341; goto _test_eof; 
	_test_eof342:  ps->cs = 342; goto _test_eof; 
	_test_eof343:  ps->cs = 343; goto _test_eof; 
	_test_eof344:  ps->cs = 344; goto _test_eof; 
	_test_eof345:  ps->cs = 345; goto _test_eof; 
	_test_eof346:  ps->cs = 346; goto _test_eof; 
	_test_eof347:  ps->cs = 347; goto _test_eof; 
	_test_eof348:  ps->cs = 348; goto _test_eof; 
	_test_eof349:  ps->cs = 349; goto _test_eof; 
	_test_eof350:  ps->cs = 350; goto _test_eof; 
	_test_eof351:  ps->cs = 351; goto _test_eof; 
	_test_eof352:  ps->cs = 352; goto _test_eof; 
	_test_eof353:  ps->cs = 353; goto _test_eof; 
	_test_eof354:  ps->cs = 354; goto _test_eof; 
	_test_eof355:  ps->cs = 355; goto _test_eof; 
	_test_eof356:  ps->cs = 356; goto _test_eof; 
	_test_eof357:  ps->cs = 357; goto _test_eof; 
	_test_eof358:  ps->cs = 358; goto _test_eof; 
	_test_eof359:  ps->cs = 359; goto _test_eof; 
	_test_eof360:  ps->cs = 360; goto _test_eof; 
	_test_eof361:  ps->cs = 361; goto _test_eof; 
	_test_eof362:  ps->cs = 362; goto _test_eof; 
	_test_eof363:  ps->cs = 363; goto _test_eof; 
	_test_eof364:  ps->cs = 364; goto _test_eof; 
	_test_eof365:  ps->cs = 365; goto _test_eof; 
	_test_eof366:  ps->cs = 366; goto _test_eof; 
	_test_eof367:  ps->cs = 367; goto _test_eof; 
	_test_eof368:  ps->cs = 368; goto _test_eof; 
	_test_eof369:  ps->cs = 369; goto _test_eof; 
	_test_eof370:  ps->cs = 370; goto _test_eof; 
	_test_eof371:  ps->cs = 371; goto _test_eof; 
	_test_eof372:  ps->cs = 372; goto _test_eof; 
	_test_eof373:  ps->cs = 373; goto _test_eof; 
	_test_eof374:  ps->cs = 374; goto _test_eof; 
	_test_eof375:  ps->cs = 375; goto _test_eof; 
	_test_eof376:  ps->cs = 376; goto _test_eof; 
	_test_eof377:  ps->cs = 377; goto _test_eof; 
	_test_eof378:  ps->cs = 378; goto _test_eof; 
	_test_eof379:  ps->cs = 379; goto _test_eof; 
	_test_eof380:  ps->cs = 380; goto _test_eof; 
	_test_eof381:  ps->cs = 381; goto _test_eof; 
	_test_eof382:  ps->cs = 382; goto _test_eof; 
	_test_eof383:  ps->cs = 383; goto _test_eof; 
	_test_eof384:  ps->cs = 384; goto _test_eof; 
	_test_eof385:  ps->cs = 385; goto _test_eof; 
	_test_eof1472:  ps->cs = 1472; goto _test_eof; 
	_test_eof386:  ps->cs = 386; goto _test_eof; 
	_test_eof387:  ps->cs = 387; goto _test_eof; 
	_test_eof388:  ps->cs = 388; goto _test_eof; 
	_test_eof389:  ps->cs = 389; goto _test_eof; 
	_test_eof390:  ps->cs = 390; goto _test_eof; 
	_test_eof391:  ps->cs = 391; goto _test_eof; 
	_test_eof392:  ps->cs = 392; goto _test_eof; 
	_test_eof393:  ps->cs = 393; goto _test_eof; 
	_test_eof394:  ps->cs = 394; goto _test_eof; 
	_test_eof395:  ps->cs = 395; goto _test_eof; 
	_test_eof396:  ps->cs = 396; goto _test_eof; 
	_test_eof397:  ps->cs = 397; goto _test_eof; 
	_test_eof398:  ps->cs = 398; goto _test_eof; 
	_test_eof399:  ps->cs = 399; goto _test_eof; 
	_test_eof400:  ps->cs = 400; goto _test_eof; 
	_test_eof401:  ps->cs = 401; goto _test_eof; 
	_test_eof402:  ps->cs = 402; goto _test_eof; 
	_test_eof403:  ps->cs = 403; goto _test_eof; 
	_test_eof404:  ps->cs = 404; goto _test_eof; 
	_test_eof405:  ps->cs = 405; goto _test_eof; 
	_test_eof406:  ps->cs = 406; goto _test_eof; 
	_test_eof407:  ps->cs = 407; goto _test_eof; 
	_test_eof408:  ps->cs = 408; goto _test_eof; 
	_test_eof409:  ps->cs = 409; goto _test_eof; 
	_test_eof410:  ps->cs = 410; goto _test_eof; 
	_test_eof411:  ps->cs = 411; goto _test_eof; 
	_test_eof412:  ps->cs = 412; goto _test_eof; 
	_test_eof413:  ps->cs = 413; goto _test_eof; 
	_test_eof414:  ps->cs = 414; goto _test_eof; 
	_test_eof415:  ps->cs = 415; goto _test_eof; 
	_test_eof416:  ps->cs = 416; goto _test_eof; 
	_test_eof417:  ps->cs = 417; goto _test_eof; 
	_test_eof418:  ps->cs = 418; goto _test_eof; 
	_test_eof419:  ps->cs = 419; goto _test_eof; 
	_test_eof420:  ps->cs = 420; goto _test_eof; 
	_test_eof421:  ps->cs = 421; goto _test_eof; 
	_test_eof422:  ps->cs = 422; goto _test_eof; 
	_test_eof1473:  ps->cs = 1473; goto _test_eof; 
	_test_eof423:  ps->cs = 423; goto _test_eof; 
	_test_eof424:  ps->cs = 424; goto _test_eof; 
	_test_eof425:  ps->cs = 425; goto _test_eof; 
	_test_eof426:  ps->cs = 426; goto _test_eof; 
	_test_eof427:  ps->cs = 427; goto _test_eof; 
	_test_eof428:  ps->cs = 428; goto _test_eof; 
	_test_eof429:  ps->cs = 429; goto _test_eof; 
	_test_eof430:  ps->cs = 430; goto _test_eof; 
	_test_eof431:  ps->cs = 431; goto _test_eof; 
	_test_eof432:  ps->cs = 432; goto _test_eof; 
	_test_eof433:  ps->cs = 433; goto _test_eof; 
	_test_eof434:  ps->cs = 434; goto _test_eof; 
	_test_eof435:  ps->cs = 435; goto _test_eof; 
	_test_eof436:  ps->cs = 436; goto _test_eof; 
	_test_eof437:  ps->cs = 437; goto _test_eof; 
	_test_eof438:  ps->cs = 438; goto _test_eof; 
	_test_eof439:  ps->cs = 439; goto _test_eof; 
	_test_eof440:  ps->cs = 440; goto _test_eof; 
	_test_eof441:  ps->cs = 441; goto _test_eof; 
	_test_eof442:  ps->cs = 442; goto _test_eof; 
	_test_eof443:  ps->cs = 443; goto _test_eof; 
	_test_eof444:  ps->cs = 444; goto _test_eof; 
	_test_eof445:  ps->cs = 445; goto _test_eof; 
	_test_eof1474:  ps->cs = 1474; goto _test_eof; 
	_test_eof446:  ps->cs = 446; goto _test_eof; 
	_test_eof447:  ps->cs = 447; goto _test_eof; 
	_test_eof448:  ps->cs = 448; goto _test_eof; 
	_test_eof449:  ps->cs = 449; goto _test_eof; 
	_test_eof450:  ps->cs = 450; goto _test_eof; 
	_test_eof451:  ps->cs = 451; goto _test_eof; 
	_test_eof452:  ps->cs = 452; goto _test_eof; 
	_test_eof453:  ps->cs = 453; goto _test_eof; 
	_test_eof454:  ps->cs = 454; goto _test_eof; 
	_test_eof455:  ps->cs = 455; goto _test_eof; 
	_test_eof456:  ps->cs = 456; goto _test_eof; 
	_test_eof457:  ps->cs = 457; goto _test_eof; 
	_test_eof458:  ps->cs = 458; goto _test_eof; 
	_test_eof459:  ps->cs = 459; goto _test_eof; 
	_test_eof460:  ps->cs = 460; goto _test_eof; 
	_test_eof461:  ps->cs = 461; goto _test_eof; 
	_test_eof462:  ps->cs = 462; goto _test_eof; 
	_test_eof463:  ps->cs = 463; goto _test_eof; 
	_test_eof464:  ps->cs = 464; goto _test_eof; 
	_test_eof465:  ps->cs = 465; goto _test_eof; 
	_test_eof466:  ps->cs = 466; goto _test_eof; 
	_test_eof467:  ps->cs = 467; goto _test_eof; 
	_test_eof468:  ps->cs = 468; goto _test_eof; 
	_test_eof469:  ps->cs = 469; goto _test_eof; 
	_test_eof1475:  ps->cs = 1475; goto _test_eof; 
	_test_eof470:  ps->cs = 470; goto _test_eof; 
	_test_eof471:  ps->cs = 471; goto _test_eof; 
	_test_eof472:  ps->cs = 472; goto _test_eof; 
	_test_eof473:  ps->cs = 473; goto _test_eof; 
	_test_eof474:  ps->cs = 474; goto _test_eof; 
	_test_eof475:  ps->cs = 475; goto _test_eof; 
	_test_eof476:  ps->cs = 476; goto _test_eof; 
	_test_eof477:  ps->cs = 477; goto _test_eof; 
	_test_eof478:  ps->cs = 478; goto _test_eof; 
	_test_eof479:  ps->cs = 479; goto _test_eof; 
	_test_eof480:  ps->cs = 480; goto _test_eof; 
	_test_eof481:  ps->cs = 481; goto _test_eof; 
	_test_eof482:  ps->cs = 482; goto _test_eof; 
	_test_eof483:  ps->cs = 483; goto _test_eof; 
	_test_eof484:  ps->cs = 484; goto _test_eof; 
	_test_eof485:  ps->cs = 485; goto _test_eof; 
	_test_eof486:  ps->cs = 486; goto _test_eof; 
	_test_eof487:  ps->cs = 487; goto _test_eof; 
	_test_eof488:  ps->cs = 488; goto _test_eof; 
	_test_eof489:  ps->cs = 489; goto _test_eof; 
	_test_eof490:  ps->cs = 490; goto _test_eof; 
	_test_eof491:  ps->cs = 491; goto _test_eof; 
	_test_eof492:  ps->cs = 492; goto _test_eof; 
	_test_eof493:  ps->cs = 493; goto _test_eof; 
	_test_eof494:  ps->cs = 494; goto _test_eof; 
	_test_eof495:  ps->cs = 495; goto _test_eof; 
	_test_eof496:  ps->cs = 496; goto _test_eof; 
	_test_eof497:  ps->cs = 497; goto _test_eof; 
	_test_eof498:  ps->cs = 498; goto _test_eof; 
	_test_eof499:  ps->cs = 499; goto _test_eof; 
	_test_eof500:  ps->cs = 500; goto _test_eof; 
	_test_eof501:  ps->cs = 501; goto _test_eof; 
	_test_eof502:  ps->cs = 502; goto _test_eof; 
	_test_eof503:  ps->cs = 503; goto _test_eof; 
	_test_eof504:  ps->cs = 504; goto _test_eof; 
	_test_eof505:  ps->cs = 505; goto _test_eof; 
	_test_eof506:  ps->cs = 506; goto _test_eof; 
	_test_eof507:  ps->cs = 507; goto _test_eof; 
	_test_eof1476:  ps->cs = 1476; goto _test_eof; 
	_test_eof508:  ps->cs = 508; goto _test_eof; 
	_test_eof509:  ps->cs = 509; goto _test_eof; 
	_test_eof510:  ps->cs = 510; goto _test_eof; 
	_test_eof511:  ps->cs = 511; goto _test_eof; 
	_test_eof512:  ps->cs = 512; goto _test_eof; 
	_test_eof513:  ps->cs = 513; goto _test_eof; 
	_test_eof514:  ps->cs = 514; goto _test_eof; 
	_test_eof515:  ps->cs = 515; goto _test_eof; 
	_test_eof516:  ps->cs = 516; goto _test_eof; 
	_test_eof517:  ps->cs = 517; goto _test_eof; 
	_test_eof518:  ps->cs = 518; goto _test_eof; 
	_test_eof519:  ps->cs = 519; goto _test_eof; 
	_test_eof520:  ps->cs = 520; goto _test_eof; 
	_test_eof521:  ps->cs = 521; goto _test_eof; 
	_test_eof522:  ps->cs = 522; goto _test_eof; 
	_test_eof523:  ps->cs = 523; goto _test_eof; 
	_test_eof524:  ps->cs = 524; goto _test_eof; 
	_test_eof525:  ps->cs = 525; goto _test_eof; 
	_test_eof526:  ps->cs = 526; goto _test_eof; 
	_test_eof527:  ps->cs = 527; goto _test_eof; 
	_test_eof528:  ps->cs = 528; goto _test_eof; 
	_test_eof529:  ps->cs = 529; goto _test_eof; 
	_test_eof530:  ps->cs = 530; goto _test_eof; 
	_test_eof531:  ps->cs = 531; goto _test_eof; 
	_test_eof532:  ps->cs = 532; goto _test_eof; 
	_test_eof533:  ps->cs = 533; goto _test_eof; 
	_test_eof534:  ps->cs = 534; goto _test_eof; 
	_test_eof535:  ps->cs = 535; goto _test_eof; 
	_test_eof536:  ps->cs = 536; goto _test_eof; 
	_test_eof537:  ps->cs = 537; goto _test_eof; 
	_test_eof538:  ps->cs = 538; goto _test_eof; 
	_test_eof539:  ps->cs = 539; goto _test_eof; 
	_test_eof540:  ps->cs = 540; goto _test_eof; 
	_test_eof541:  ps->cs = 541; goto _test_eof; 
	_test_eof542:  ps->cs = 542; goto _test_eof; 
	_test_eof543:  ps->cs = 543; goto _test_eof; 
	_test_eof544:  ps->cs = 544; goto _test_eof; 
	_test_eof545:  ps->cs = 545; goto _test_eof; 
	_test_eof546:  ps->cs = 546; goto _test_eof; 
	_test_eof547:  ps->cs = 547; goto _test_eof; 
	_test_eof548:  ps->cs = 548; goto _test_eof; 
	_test_eof549:  ps->cs = 549; goto _test_eof; 
	_test_eof550:  ps->cs = 550; goto _test_eof; 
	_test_eof551:  ps->cs = 551; goto _test_eof; 
	_test_eof552:  ps->cs = 552; goto _test_eof; 
	_test_eof553:  ps->cs = 553; goto _test_eof; 
	_test_eof554:  ps->cs = 554; goto _test_eof; 
	_test_eof555:  ps->cs = 555; goto _test_eof; 
	_test_eof556:  ps->cs = 556; goto _test_eof; 
	_test_eof557:  ps->cs = 557; goto _test_eof; 
	_test_eof558:  ps->cs = 558; goto _test_eof; 
	_test_eof1477:  ps->cs = 1477; goto _test_eof; 
	_test_eof559:  ps->cs = 559; goto _test_eof; 
	_test_eof560:  ps->cs = 560; goto _test_eof; 
	_test_eof561:  ps->cs = 561; goto _test_eof; 
	_test_eof562:  ps->cs = 562; goto _test_eof; 
	_test_eof563:  ps->cs = 563; goto _test_eof; 
	_test_eof564:  ps->cs = 564; goto _test_eof; 
	_test_eof565:  ps->cs = 565; goto _test_eof; 
	_test_eof566:  ps->cs = 566; goto _test_eof; 
	_test_eof567:  ps->cs = 567; goto _test_eof; 
	_test_eof568:  ps->cs = 568; goto _test_eof; 
	_test_eof569:  ps->cs = 569; goto _test_eof; 
	_test_eof570:  ps->cs = 570; goto _test_eof; 
	_test_eof571:  ps->cs = 571; goto _test_eof; 
	_test_eof572:  ps->cs = 572; goto _test_eof; 
	_test_eof573:  ps->cs = 573; goto _test_eof; 
	_test_eof574:  ps->cs = 574; goto _test_eof; 
	_test_eof575:  ps->cs = 575; goto _test_eof; 
	_test_eof576:  ps->cs = 576; goto _test_eof; 
	_test_eof577:  ps->cs = 577; goto _test_eof; 
	_test_eof578:  ps->cs = 578; goto _test_eof; 
	_test_eof579:  ps->cs = 579; goto _test_eof; 
	_test_eof580:  ps->cs = 580; goto _test_eof; 
	_test_eof581:  ps->cs = 581; goto _test_eof; 
	_test_eof1478:  ps->cs = 1478; goto _test_eof; 
	_test_eof582:  ps->cs = 582; goto _test_eof; 
	_test_eof583:  ps->cs = 583; goto _test_eof; 
	_test_eof584:  ps->cs = 584; goto _test_eof; 
	_test_eof585:  ps->cs = 585; goto _test_eof; 
	_test_eof586:  ps->cs = 586; goto _test_eof; 
	_test_eof587:  ps->cs = 587; goto _test_eof; 
	_test_eof588:  ps->cs = 588; goto _test_eof; 
	_test_eof589:  ps->cs = 589; goto _test_eof; 
	_test_eof590:  ps->cs = 590; goto _test_eof; 
	_test_eof591:  ps->cs = 591; goto _test_eof; 
	_test_eof592:  ps->cs = 592; goto _test_eof; 
	_test_eof593:  ps->cs = 593; goto _test_eof; 
	_test_eof594:  ps->cs = 594; goto _test_eof; 
	_test_eof595:  ps->cs = 595; goto _test_eof; 
	_test_eof596:  ps->cs = 596; goto _test_eof; 
	_test_eof597:  ps->cs = 597; goto _test_eof; 
	_test_eof598:  ps->cs = 598; goto _test_eof; 
	_test_eof599:  ps->cs = 599; goto _test_eof; 
	_test_eof600:  ps->cs = 600; goto _test_eof; 
	_test_eof1479:  ps->cs = 1479; goto _test_eof; 
	_test_eof601:  ps->cs = 601; goto _test_eof; 
	_test_eof602:  ps->cs = 602; goto _test_eof; 
	_test_eof603:  ps->cs = 603; goto _test_eof; 
	_test_eof604:  ps->cs = 604; goto _test_eof; 
	_test_eof605:  ps->cs = 605; goto _test_eof; 
	_test_eof606:  ps->cs = 606; goto _test_eof; 
	_test_eof607:  ps->cs = 607; goto _test_eof; 
	_test_eof608:  ps->cs = 608; goto _test_eof; 
	_test_eof609:  ps->cs = 609; goto _test_eof; 
	_test_eof610:  ps->cs = 610; goto _test_eof; 
	_test_eof611:  ps->cs = 611; goto _test_eof; 
	_test_eof612:  ps->cs = 612; goto _test_eof; 
	_test_eof613:  ps->cs = 613; goto _test_eof; 
	_test_eof614:  ps->cs = 614; goto _test_eof; 
	_test_eof615:  ps->cs = 615; goto _test_eof; 
	_test_eof616:  ps->cs = 616; goto _test_eof; 
	_test_eof617:  ps->cs = 617; goto _test_eof; 
	_test_eof618:  ps->cs = 618; goto _test_eof; 
	_test_eof619:  ps->cs = 619; goto _test_eof; 
	_test_eof620:  ps->cs = 620; goto _test_eof; 
	_test_eof621:  ps->cs = 621; goto _test_eof; 
	_test_eof622:  ps->cs = 622; goto _test_eof; 
	_test_eof623:  ps->cs = 623; goto _test_eof; 
	_test_eof624:  ps->cs = 624; goto _test_eof; 
	_test_eof625:  ps->cs = 625; goto _test_eof; 
	_test_eof626:  ps->cs = 626; goto _test_eof; 
	_test_eof627:  ps->cs = 627; goto _test_eof; 
	_test_eof628:  ps->cs = 628; goto _test_eof; 
	_test_eof629:  ps->cs = 629; goto _test_eof; 
	_test_eof630:  ps->cs = 630; goto _test_eof; 
	_test_eof1480:  ps->cs = 1480; goto _test_eof; 
	_test_eof631:  ps->cs = 631; goto _test_eof; 
	_test_eof632:  ps->cs = 632; goto _test_eof; 
	_test_eof633:  ps->cs = 633; goto _test_eof; 
	_test_eof634:  ps->cs = 634; goto _test_eof; 
	_test_eof635:  ps->cs = 635; goto _test_eof; 
	_test_eof636:  ps->cs = 636; goto _test_eof; 
	_test_eof637:  ps->cs = 637; goto _test_eof; 
	_test_eof638:  ps->cs = 638; goto _test_eof; 
	_test_eof639:  ps->cs = 639; goto _test_eof; 
	_test_eof640:  ps->cs = 640; goto _test_eof; 
	_test_eof641:  ps->cs = 641; goto _test_eof; 
	_test_eof642:  ps->cs = 642; goto _test_eof; 
	_test_eof643:  ps->cs = 643; goto _test_eof; 
	_test_eof644:  ps->cs = 644; goto _test_eof; 
	_test_eof645:  ps->cs = 645; goto _test_eof; 
	_test_eof646:  ps->cs = 646; goto _test_eof; 
	_test_eof647:  ps->cs = 647; goto _test_eof; 
	_test_eof648:  ps->cs = 648; goto _test_eof; 
	_test_eof1481:  ps->cs = 1481; goto _test_eof; 
	_test_eof649:  ps->cs = 649; goto _test_eof; 
	_test_eof650:  ps->cs = 650; goto _test_eof; 
	_test_eof651:  ps->cs = 651; goto _test_eof; 
	_test_eof652:  ps->cs = 652; goto _test_eof; 
	_test_eof1482:  ps->cs = 1482; goto _test_eof; 
	_test_eof653:  ps->cs = 653; goto _test_eof; 
	_test_eof654:  ps->cs = 654; goto _test_eof; 
	_test_eof655:  ps->cs = 655; goto _test_eof; 
	_test_eof656:  ps->cs = 656; goto _test_eof; 
	_test_eof657:  ps->cs = 657; goto _test_eof; 
	_test_eof658:  ps->cs = 658; goto _test_eof; 
	_test_eof659:  ps->cs = 659; goto _test_eof; 
	_test_eof660:  ps->cs = 660; goto _test_eof; 
	_test_eof661:  ps->cs = 661; goto _test_eof; 
	_test_eof1483:  ps->cs = 1483; goto _test_eof; 
	_test_eof662:  ps->cs = 662; goto _test_eof; 
	_test_eof663:  ps->cs = 663; goto _test_eof; 
	_test_eof664:  ps->cs = 664; goto _test_eof; 
	_test_eof1484:  ps->cs = 1484; goto _test_eof; 
	_test_eof665:  ps->cs = 665; goto _test_eof; 
	_test_eof666:  ps->cs = 666; goto _test_eof; 
	_test_eof667:  ps->cs = 667; goto _test_eof; 
	_test_eof668:  ps->cs = 668; goto _test_eof; 
	_test_eof669:  ps->cs = 669; goto _test_eof; 
	_test_eof670:  ps->cs = 670; goto _test_eof; 
	_test_eof671:  ps->cs = 671; goto _test_eof; 
	_test_eof672:  ps->cs = 672; goto _test_eof; 
	_test_eof673:  ps->cs = 673; goto _test_eof; 
	_test_eof674:  ps->cs = 674; goto _test_eof; 
	_test_eof675:  ps->cs = 675; goto _test_eof; 
	_test_eof676:  ps->cs = 676; goto _test_eof; 
	_test_eof1485:  ps->cs = 1485; goto _test_eof; 
	_test_eof677:  ps->cs = 677; goto _test_eof; 
	_test_eof678:  ps->cs = 678; goto _test_eof; 
	_test_eof679:  ps->cs = 679; goto _test_eof; 
	_test_eof680:  ps->cs = 680; goto _test_eof; 
	_test_eof681:  ps->cs = 681; goto _test_eof; 
	_test_eof682:  ps->cs = 682; goto _test_eof; 
	_test_eof683:  ps->cs = 683; goto _test_eof; 
	_test_eof684:  ps->cs = 684; goto _test_eof; 
	_test_eof685:  ps->cs = 685; goto _test_eof; 
	_test_eof1486:  ps->cs = 1486; goto _test_eof; 
	_test_eof686:  ps->cs = 686; goto _test_eof; 
	_test_eof687:  ps->cs = 687; goto _test_eof; 
	_test_eof688:  ps->cs = 688; goto _test_eof; 
	_test_eof689:  ps->cs = 689; goto _test_eof; 
	_test_eof690:  ps->cs = 690; goto _test_eof; 
	_test_eof691:  ps->cs = 691; goto _test_eof; 
	_test_eof692:  ps->cs = 692; goto _test_eof; 
	_test_eof693:  ps->cs = 693; goto _test_eof; 
	_test_eof694:  ps->cs = 694; goto _test_eof; 
	_test_eof695:  ps->cs = 695; goto _test_eof; 
	_test_eof1487:  ps->cs = 1487; goto _test_eof; 
	_test_eof696:  ps->cs = 696; goto _test_eof; 
	_test_eof697:  ps->cs = 697; goto _test_eof; 
	_test_eof698:  ps->cs = 698; goto _test_eof; 
	_test_eof699:  ps->cs = 699; goto _test_eof; 
	_test_eof700:  ps->cs = 700; goto _test_eof; 
	_test_eof701:  ps->cs = 701; goto _test_eof; 
	_test_eof1488:  ps->cs = 1488; goto _test_eof; 
	_test_eof702:  ps->cs = 702; goto _test_eof; 
	_test_eof703:  ps->cs = 703; goto _test_eof; 
	_test_eof704:  ps->cs = 704; goto _test_eof; 
	_test_eof705:  ps->cs = 705; goto _test_eof; 
	_test_eof706:  ps->cs = 706; goto _test_eof; 
	_test_eof707:  ps->cs = 707; goto _test_eof; 
	_test_eof708:  ps->cs = 708; goto _test_eof; 
	_test_eof709:  ps->cs = 709; goto _test_eof; 
	_test_eof710:  ps->cs = 710; goto _test_eof; 
	_test_eof1489:  ps->cs = 1489; goto _test_eof; 
	_test_eof711:  ps->cs = 711; goto _test_eof; 
	_test_eof712:  ps->cs = 712; goto _test_eof; 
	_test_eof713:  ps->cs = 713; goto _test_eof; 
	_test_eof714:  ps->cs = 714; goto _test_eof; 
	_test_eof715:  ps->cs = 715; goto _test_eof; 
	_test_eof716:  ps->cs = 716; goto _test_eof; 
	_test_eof717:  ps->cs = 717; goto _test_eof; 
	_test_eof1490:  ps->cs = 1490; goto _test_eof; 
	_test_eof718:  ps->cs = 718; goto _test_eof; 
	_test_eof719:  ps->cs = 719; goto _test_eof; 
	_test_eof720:  ps->cs = 720; goto _test_eof; 
	_test_eof721:  ps->cs = 721; goto _test_eof; 
	_test_eof722:  ps->cs = 722; goto _test_eof; 
	_test_eof723:  ps->cs = 723; goto _test_eof; 
	_test_eof724:  ps->cs = 724; goto _test_eof; 
	_test_eof725:  ps->cs = 725; goto _test_eof; 
	_test_eof726:  ps->cs = 726; goto _test_eof; 
	_test_eof727:  ps->cs = 727; goto _test_eof; 
	_test_eof728:  ps->cs = 728; goto _test_eof; 
	_test_eof729:  ps->cs = 729; goto _test_eof; 
	_test_eof730:  ps->cs = 730; goto _test_eof; 
	_test_eof731:  ps->cs = 731; goto _test_eof; 
	_test_eof732:  ps->cs = 732; goto _test_eof; 
	_test_eof733:  ps->cs = 733; goto _test_eof; 
	_test_eof1491:  ps->cs = 1491; goto _test_eof; 
	_test_eof734:  ps->cs = 734; goto _test_eof; 
	_test_eof735:  ps->cs = 735; goto _test_eof; 
	_test_eof736:  ps->cs = 736; goto _test_eof; 
	_test_eof737:  ps->cs = 737; goto _test_eof; 
	_test_eof738:  ps->cs = 738; goto _test_eof; 
	_test_eof739:  ps->cs = 739; goto _test_eof; 
	_test_eof740:  ps->cs = 740; goto _test_eof; 
	_test_eof741:  ps->cs = 741; goto _test_eof; 
	_test_eof742:  ps->cs = 742; goto _test_eof; 
	_test_eof743:  ps->cs = 743; goto _test_eof; 
	_test_eof744:  ps->cs = 744; goto _test_eof; 
	_test_eof745:  ps->cs = 745; goto _test_eof; 
	_test_eof746:  ps->cs = 746; goto _test_eof; 
	_test_eof747:  ps->cs = 747; goto _test_eof; 
	_test_eof748:  ps->cs = 748; goto _test_eof; 
	_test_eof749:  ps->cs = 749; goto _test_eof; 
	_test_eof1492:  ps->cs = 1492; goto _test_eof; 
	_test_eof750:  ps->cs = 750; goto _test_eof; 
	_test_eof751:  ps->cs = 751; goto _test_eof; 
	_test_eof752:  ps->cs = 752; goto _test_eof; 
	_test_eof753:  ps->cs = 753; goto _test_eof; 
	_test_eof1493:  ps->cs = 1493; goto _test_eof; 
	_test_eof754:  ps->cs = 754; goto _test_eof; 
	_test_eof755:  ps->cs = 755; goto _test_eof; 
	_test_eof756:  ps->cs = 756; goto _test_eof; 
	_test_eof757:  ps->cs = 757; goto _test_eof; 
	_test_eof758:  ps->cs = 758; goto _test_eof; 
	_test_eof759:  ps->cs = 759; goto _test_eof; 
	_test_eof760:  ps->cs = 760; goto _test_eof; 
	_test_eof761:  ps->cs = 761; goto _test_eof; 
	_test_eof762:  ps->cs = 762; goto _test_eof; 
	_test_eof763:  ps->cs = 763; goto _test_eof; 
	_test_eof764:  ps->cs = 764; goto _test_eof; 
	_test_eof765:  ps->cs = 765; goto _test_eof; 
	_test_eof766:  ps->cs = 766; goto _test_eof; 
	_test_eof1494:  ps->cs = 1494; goto _test_eof; 
	_test_eof767:  ps->cs = 767; goto _test_eof; 
	_test_eof768:  ps->cs = 768; goto _test_eof; 
	_test_eof769:  ps->cs = 769; goto _test_eof; 
	_test_eof770:  ps->cs = 770; goto _test_eof; 
	_test_eof771:  ps->cs = 771; goto _test_eof; 
	_test_eof772:  ps->cs = 772; goto _test_eof; 
	_test_eof1495:  ps->cs = 1495; goto _test_eof; 
	_test_eof773:  ps->cs = 773; goto _test_eof; 
	_test_eof774:  ps->cs = 774; goto _test_eof; 
	_test_eof775:  ps->cs = 775; goto _test_eof; 
	_test_eof776:  ps->cs = 776; goto _test_eof; 
	_test_eof777:  ps->cs = 777; goto _test_eof; 
	_test_eof1496:  ps->cs = 1496; goto _test_eof; 
	_test_eof778:  ps->cs = 778; goto _test_eof; 
	_test_eof779:  ps->cs = 779; goto _test_eof; 
	_test_eof780:  ps->cs = 780; goto _test_eof; 
	_test_eof781:  ps->cs = 781; goto _test_eof; 
	_test_eof782:  ps->cs = 782; goto _test_eof; 
	_test_eof783:  ps->cs = 783; goto _test_eof; 
	_test_eof784:  ps->cs = 784; goto _test_eof; 
	_test_eof785:  ps->cs = 785; goto _test_eof; 
	_test_eof786:  ps->cs = 786; goto _test_eof; 
	_test_eof1497:  ps->cs = 1497; goto _test_eof; 
	_test_eof787:  ps->cs = 787; goto _test_eof; 
	_test_eof788:  ps->cs = 788; goto _test_eof; 
	_test_eof789:  ps->cs = 789; goto _test_eof; 
	_test_eof790:  ps->cs = 790; goto _test_eof; 
	_test_eof1498:  ps->cs = 1498; goto _test_eof; 
	_test_eof791:  ps->cs = 791; goto _test_eof; 
	_test_eof792:  ps->cs = 792; goto _test_eof; 
	_test_eof793:  ps->cs = 793; goto _test_eof; 
	_test_eof794:  ps->cs = 794; goto _test_eof; 
	_test_eof795:  ps->cs = 795; goto _test_eof; 
	_test_eof796:  ps->cs = 796; goto _test_eof; 
	_test_eof797:  ps->cs = 797; goto _test_eof; 
	_test_eof798:  ps->cs = 798; goto _test_eof; 
	_test_eof799:  ps->cs = 799; goto _test_eof; 
	_test_eof800:  ps->cs = 800; goto _test_eof; 
	_test_eof801:  ps->cs = 801; goto _test_eof; 
	_test_eof802:  ps->cs = 802; goto _test_eof; 
	_test_eof803:  ps->cs = 803; goto _test_eof; 
	_test_eof804:  ps->cs = 804; goto _test_eof; 
	_test_eof805:  ps->cs = 805; goto _test_eof; 
	_test_eof806:  ps->cs = 806; goto _test_eof; 
	_test_eof807:  ps->cs = 807; goto _test_eof; 
	_test_eof1499:  ps->cs = 1499; goto _test_eof; 
	_test_eof808:  ps->cs = 808; goto _test_eof; 
	_test_eof809:  ps->cs = 809; goto _test_eof; 
	_test_eof810:  ps->cs = 810; goto _test_eof; 
	_test_eof811:  ps->cs = 811; goto _test_eof; 
	_test_eof812:  ps->cs = 812; goto _test_eof; 
	_test_eof813:  ps->cs = 813; goto _test_eof; 
	_test_eof814:  ps->cs = 814; goto _test_eof; 
	_test_eof815:  ps->cs = 815; goto _test_eof; 
	_test_eof816:  ps->cs = 816; goto _test_eof; 
	_test_eof817:  ps->cs = 817; goto _test_eof; 
	_test_eof818:  ps->cs = 818; goto _test_eof; 
	_test_eof819:  ps->cs = 819; goto _test_eof; 
	_test_eof820:  ps->cs = 820; goto _test_eof; 
	_test_eof821:  ps->cs = 821; goto _test_eof; 
	_test_eof822:  ps->cs = 822; goto _test_eof; 
	_test_eof823:  ps->cs = 823; goto _test_eof; 
	_test_eof824:  ps->cs = 824; goto _test_eof; 
	_test_eof825:  ps->cs = 825; goto _test_eof; 
	_test_eof826:  ps->cs = 826; goto _test_eof; 
	_test_eof827:  ps->cs = 827; goto _test_eof; 
	_test_eof828:  ps->cs = 828; goto _test_eof; 
	_test_eof1500:  ps->cs = 1500; goto _test_eof; 
	_test_eof829:  ps->cs = 829; goto _test_eof; 
	_test_eof830:  ps->cs = 830; goto _test_eof; 
	_test_eof831:  ps->cs = 831; goto _test_eof; 
	_test_eof832:  ps->cs = 832; goto _test_eof; 
	_test_eof833:  ps->cs = 833; goto _test_eof; 
	_test_eof834:  ps->cs = 834; goto _test_eof; 
	_test_eof835:  ps->cs = 835; goto _test_eof; 
	_test_eof836:  ps->cs = 836; goto _test_eof; 
	_test_eof837:  ps->cs = 837; goto _test_eof; 
	_test_eof838:  ps->cs = 838; goto _test_eof; 
	_test_eof839:  ps->cs = 839; goto _test_eof; 
	_test_eof840:  ps->cs = 840; goto _test_eof; 
	_test_eof841:  ps->cs = 841; goto _test_eof; 
	_test_eof842:  ps->cs = 842; goto _test_eof; 
	_test_eof843:  ps->cs = 843; goto _test_eof; 
	_test_eof1501:  ps->cs = 1501; goto _test_eof; 
	_test_eof844:  ps->cs = 844; goto _test_eof; 
	_test_eof845:  ps->cs = 845; goto _test_eof; 
	_test_eof846:  ps->cs = 846; goto _test_eof; 
	_test_eof847:  ps->cs = 847; goto _test_eof; 
	_test_eof848:  ps->cs = 848; goto _test_eof; 
	_test_eof849:  ps->cs = 849; goto _test_eof; 
	_test_eof850:  ps->cs = 850; goto _test_eof; 
	_test_eof851:  ps->cs = 851; goto _test_eof; 
	_test_eof852:  ps->cs = 852; goto _test_eof; 
	_test_eof853:  ps->cs = 853; goto _test_eof; 
	_test_eof854:  ps->cs = 854; goto _test_eof; 
	_test_eof855:  ps->cs = 855; goto _test_eof; 
	_test_eof856:  ps->cs = 856; goto _test_eof; 
	_test_eof857:  ps->cs = 857; goto _test_eof; 
	_test_eof858:  ps->cs = 858; goto _test_eof; 
	_test_eof859:  ps->cs = 859; goto _test_eof; 
	_test_eof860:  ps->cs = 860; goto _test_eof; 
	_test_eof861:  ps->cs = 861; goto _test_eof; 
	_test_eof862:  ps->cs = 862; goto _test_eof; 
	_test_eof863:  ps->cs = 863; goto _test_eof; 
	_test_eof864:  ps->cs = 864; goto _test_eof; 
	_test_eof865:  ps->cs = 865; goto _test_eof; 
	_test_eof1502:  ps->cs = 1502; goto _test_eof; 
	_test_eof866:  ps->cs = 866; goto _test_eof; 
	_test_eof867:  ps->cs = 867; goto _test_eof; 
	_test_eof868:  ps->cs = 868; goto _test_eof; 
	_test_eof869:  ps->cs = 869; goto _test_eof; 
	_test_eof870:  ps->cs = 870; goto _test_eof; 
	_test_eof871:  ps->cs = 871; goto _test_eof; 
	_test_eof872:  ps->cs = 872; goto _test_eof; 
	_test_eof873:  ps->cs = 873; goto _test_eof; 
	_test_eof874:  ps->cs = 874; goto _test_eof; 
	_test_eof875:  ps->cs = 875; goto _test_eof; 
	_test_eof876:  ps->cs = 876; goto _test_eof; 
	_test_eof877:  ps->cs = 877; goto _test_eof; 
	_test_eof878:  ps->cs = 878; goto _test_eof; 
	_test_eof879:  ps->cs = 879; goto _test_eof; 
	_test_eof880:  ps->cs = 880; goto _test_eof; 
	_test_eof881:  ps->cs = 881; goto _test_eof; 
	_test_eof882:  ps->cs = 882; goto _test_eof; 
	_test_eof883:  ps->cs = 883; goto _test_eof; 
	_test_eof884:  ps->cs = 884; goto _test_eof; 
	_test_eof885:  ps->cs = 885; goto _test_eof; 
	_test_eof886:  ps->cs = 886; goto _test_eof; 
	_test_eof887:  ps->cs = 887; goto _test_eof; 
	_test_eof888:  ps->cs = 888; goto _test_eof; 
	_test_eof889:  ps->cs = 889; goto _test_eof; 
	_test_eof890:  ps->cs = 890; goto _test_eof; 
	_test_eof891:  ps->cs = 891; goto _test_eof; 
	_test_eof892:  ps->cs = 892; goto _test_eof; 
	_test_eof893:  ps->cs = 893; goto _test_eof; 
	_test_eof894:  ps->cs = 894; goto _test_eof; 
	_test_eof895:  ps->cs = 895; goto _test_eof; 
	_test_eof896:  ps->cs = 896; goto _test_eof; 
	_test_eof897:  ps->cs = 897; goto _test_eof; 
	_test_eof898:  ps->cs = 898; goto _test_eof; 
	_test_eof899:  ps->cs = 899; goto _test_eof; 
	_test_eof900:  ps->cs = 900; goto _test_eof; 
	_test_eof901:  ps->cs = 901; goto _test_eof; 
	_test_eof902:  ps->cs = 902; goto _test_eof; 
	_test_eof903:  ps->cs = 903; goto _test_eof; 
	_test_eof904:  ps->cs = 904; goto _test_eof; 
	_test_eof905:  ps->cs = 905; goto _test_eof; 
	_test_eof906:  ps->cs = 906; goto _test_eof; 
	_test_eof907:  ps->cs = 907; goto _test_eof; 
	_test_eof908:  ps->cs = 908; goto _test_eof; 
	_test_eof909:  ps->cs = 909; goto _test_eof; 
	_test_eof910:  ps->cs = 910; goto _test_eof; 
	_test_eof911:  ps->cs = 911; goto _test_eof; 
	_test_eof912:  ps->cs = 912; goto _test_eof; 
	_test_eof913:  ps->cs = 913; goto _test_eof; 
	_test_eof914:  ps->cs = 914; goto _test_eof; 
	_test_eof915:  ps->cs = 915; goto _test_eof; 
	_test_eof916:  ps->cs = 916; goto _test_eof; 
	_test_eof917:  ps->cs = 917; goto _test_eof; 
	_test_eof1503:  ps->cs = 1503; goto _test_eof; 
	_test_eof918:  ps->cs = 918; goto _test_eof; 
	_test_eof919:  ps->cs = 919; goto _test_eof; 
	_test_eof920:  ps->cs = 920; goto _test_eof; 
	_test_eof921:  ps->cs = 921; goto _test_eof; 
	_test_eof922:  ps->cs = 922; goto _test_eof; 
	_test_eof923:  ps->cs = 923; goto _test_eof; 
	_test_eof924:  ps->cs = 924; goto _test_eof; 
	_test_eof925:  ps->cs = 925; goto _test_eof; 
	_test_eof926:  ps->cs = 926; goto _test_eof; 
	_test_eof927:  ps->cs = 927; goto _test_eof; 
	_test_eof928:  ps->cs = 928; goto _test_eof; 
	_test_eof929:  ps->cs = 929; goto _test_eof; 
	_test_eof930:  ps->cs = 930; goto _test_eof; 
	_test_eof931:  ps->cs = 931; goto _test_eof; 
	_test_eof932:  ps->cs = 932; goto _test_eof; 
	_test_eof933:  ps->cs = 933; goto _test_eof; 
	_test_eof934:  ps->cs = 934; goto _test_eof; 
	_test_eof935:  ps->cs = 935; goto _test_eof; 
	_test_eof936:  ps->cs = 936; goto _test_eof; 
	_test_eof937:  ps->cs = 937; goto _test_eof; 
	_test_eof938:  ps->cs = 938; goto _test_eof; 
	_test_eof939:  ps->cs = 939; goto _test_eof; 
	_test_eof940:  ps->cs = 940; goto _test_eof; 
	_test_eof941:  ps->cs = 941; goto _test_eof; 
	_test_eof942:  ps->cs = 942; goto _test_eof; 
	_test_eof943:  ps->cs = 943; goto _test_eof; 
	_test_eof944:  ps->cs = 944; goto _test_eof; 
	_test_eof945:  ps->cs = 945; goto _test_eof; 
	_test_eof946:  ps->cs = 946; goto _test_eof; 
	_test_eof947:  ps->cs = 947; goto _test_eof; 
	_test_eof948:  ps->cs = 948; goto _test_eof; 
	_test_eof949:  ps->cs = 949; goto _test_eof; 
	_test_eof950:  ps->cs = 950; goto _test_eof; 
	_test_eof951:  ps->cs = 951; goto _test_eof; 
	_test_eof952:  ps->cs = 952; goto _test_eof; 
	_test_eof953:  ps->cs = 953; goto _test_eof; 
	_test_eof954:  ps->cs = 954; goto _test_eof; 
	_test_eof955:  ps->cs = 955; goto _test_eof; 
	_test_eof956:  ps->cs = 956; goto _test_eof; 
	_test_eof957:  ps->cs = 957; goto _test_eof; 
	_test_eof958:  ps->cs = 958; goto _test_eof; 
	_test_eof959:  ps->cs = 959; goto _test_eof; 
	_test_eof960:  ps->cs = 960; goto _test_eof; 
	_test_eof961:  ps->cs = 961; goto _test_eof; 
	_test_eof962:  ps->cs = 962; goto _test_eof; 
	_test_eof963:  ps->cs = 963; goto _test_eof; 
	_test_eof964:  ps->cs = 964; goto _test_eof; 
	_test_eof965:  ps->cs = 965; goto _test_eof; 
	_test_eof966:  ps->cs = 966; goto _test_eof; 
	_test_eof967:  ps->cs = 967; goto _test_eof; 
	_test_eof968:  ps->cs = 968; goto _test_eof; 
	_test_eof969:  ps->cs = 969; goto _test_eof; 
	_test_eof970:  ps->cs = 970; goto _test_eof; 
	_test_eof971:  ps->cs = 971; goto _test_eof; 
	_test_eof972:  ps->cs = 972; goto _test_eof; 
	_test_eof973:  ps->cs = 973; goto _test_eof; 
	_test_eof974:  ps->cs = 974; goto _test_eof; 
	_test_eof975:  ps->cs = 975; goto _test_eof; 
	_test_eof976:  ps->cs = 976; goto _test_eof; 
	_test_eof977:  ps->cs = 977; goto _test_eof; 
	_test_eof978:  ps->cs = 978; goto _test_eof; 
	_test_eof979:  ps->cs = 979; goto _test_eof; 
	_test_eof980:  ps->cs = 980; goto _test_eof; 
	_test_eof981:  ps->cs = 981; goto _test_eof; 
	_test_eof982:  ps->cs = 982; goto _test_eof; 
	_test_eof983:  ps->cs = 983; goto _test_eof; 
	_test_eof984:  ps->cs = 984; goto _test_eof; 
	_test_eof985:  ps->cs = 985; goto _test_eof; 
	_test_eof986:  ps->cs = 986; goto _test_eof; 
	_test_eof987:  ps->cs = 987; goto _test_eof; 
	_test_eof988:  ps->cs = 988; goto _test_eof; 
	_test_eof989:  ps->cs = 989; goto _test_eof; 
	_test_eof990:  ps->cs = 990; goto _test_eof; 
	_test_eof991:  ps->cs = 991; goto _test_eof; 
	_test_eof992:  ps->cs = 992; goto _test_eof; 
	_test_eof993:  ps->cs = 993; goto _test_eof; 
	_test_eof994:  ps->cs = 994; goto _test_eof; 
	_test_eof995:  ps->cs = 995; goto _test_eof; 
	_test_eof996:  ps->cs = 996; goto _test_eof; 
	_test_eof997:  ps->cs = 997; goto _test_eof; 
	_test_eof998:  ps->cs = 998; goto _test_eof; 
	_test_eof999:  ps->cs = 999; goto _test_eof; 
	_test_eof1000:  ps->cs = 1000; goto _test_eof; 
	_test_eof1001:  ps->cs = 1001; goto _test_eof; 
	_test_eof1002:  ps->cs = 1002; goto _test_eof; 
	_test_eof1003:  ps->cs = 1003; goto _test_eof; 
	_test_eof1004:  ps->cs = 1004; goto _test_eof; 
	_test_eof1005:  ps->cs = 1005; goto _test_eof; 
	_test_eof1006:  ps->cs = 1006; goto _test_eof; 
	_test_eof1007:  ps->cs = 1007; goto _test_eof; 
	_test_eof1008:  ps->cs = 1008; goto _test_eof; 
	_test_eof1009:  ps->cs = 1009; goto _test_eof; 
	_test_eof1010:  ps->cs = 1010; goto _test_eof; 
	_test_eof1011:  ps->cs = 1011; goto _test_eof; 
	_test_eof1012:  ps->cs = 1012; goto _test_eof; 
	_test_eof1013:  ps->cs = 1013; goto _test_eof; 
	_test_eof1014:  ps->cs = 1014; goto _test_eof; 
	_test_eof1015:  ps->cs = 1015; goto _test_eof; 
	_test_eof1016:  ps->cs = 1016; goto _test_eof; 
	_test_eof1017:  ps->cs = 1017; goto _test_eof; 
	_test_eof1018:  ps->cs = 1018; goto _test_eof; 
	_test_eof1504:  ps->cs = 1504; goto _test_eof; 
	_test_eof1019:  ps->cs = 1019; goto _test_eof; 
	_test_eof1020:  ps->cs = 1020; goto _test_eof; 
	_test_eof1021:  ps->cs = 1021; goto _test_eof; 
	_test_eof1022:  ps->cs = 1022; goto _test_eof; 
	_test_eof1023:  ps->cs = 1023; goto _test_eof; 
	_test_eof1024:  ps->cs = 1024; goto _test_eof; 
	_test_eof1025:  ps->cs = 1025; goto _test_eof; 
	_test_eof1026:  ps->cs = 1026; goto _test_eof; 
	_test_eof1027:  ps->cs = 1027; goto _test_eof; 
	_test_eof1028:  ps->cs = 1028; goto _test_eof; 
	_test_eof1029:  ps->cs = 1029; goto _test_eof; 
	_test_eof1030:  ps->cs = 1030; goto _test_eof; 
	_test_eof1031:  ps->cs = 1031; goto _test_eof; 
	_test_eof1032:  ps->cs = 1032; goto _test_eof; 
	_test_eof1033:  ps->cs = 1033; goto _test_eof; 
	_test_eof1034:  ps->cs = 1034; goto _test_eof; 
	_test_eof1035:  ps->cs = 1035; goto _test_eof; 
	_test_eof1036:  ps->cs = 1036; goto _test_eof; 
	_test_eof1037:  ps->cs = 1037; goto _test_eof; 
	_test_eof1038:  ps->cs = 1038; goto _test_eof; 
	_test_eof1039:  ps->cs = 1039; goto _test_eof; 
	_test_eof1040:  ps->cs = 1040; goto _test_eof; 
	_test_eof1041:  ps->cs = 1041; goto _test_eof; 
	_test_eof1042:  ps->cs = 1042; goto _test_eof; 
	_test_eof1043:  ps->cs = 1043; goto _test_eof; 
	_test_eof1044:  ps->cs = 1044; goto _test_eof; 
	_test_eof1045:  ps->cs = 1045; goto _test_eof; 
	_test_eof1046:  ps->cs = 1046; goto _test_eof; 
	_test_eof1047:  ps->cs = 1047; goto _test_eof; 
	_test_eof1048:  ps->cs = 1048; goto _test_eof; 
	_test_eof1049:  ps->cs = 1049; goto _test_eof; 
	_test_eof1050:  ps->cs = 1050; goto _test_eof; 
	_test_eof1051:  ps->cs = 1051; goto _test_eof; 
	_test_eof1052:  ps->cs = 1052; goto _test_eof; 
	_test_eof1053:  ps->cs = 1053; goto _test_eof; 
	_test_eof1054:  ps->cs = 1054; goto _test_eof; 
	_test_eof1055:  ps->cs = 1055; goto _test_eof; 
	_test_eof1056:  ps->cs = 1056; goto _test_eof; 
	_test_eof1057:  ps->cs = 1057; goto _test_eof; 
	_test_eof1058:  ps->cs = 1058; goto _test_eof; 
	_test_eof1059:  ps->cs = 1059; goto _test_eof; 
	_test_eof1060:  ps->cs = 1060; goto _test_eof; 
	_test_eof1061:  ps->cs = 1061; goto _test_eof; 
	_test_eof1062:  ps->cs = 1062; goto _test_eof; 
	_test_eof1063:  ps->cs = 1063; goto _test_eof; 
	_test_eof1064:  ps->cs = 1064; goto _test_eof; 
	_test_eof1065:  ps->cs = 1065; goto _test_eof; 
	_test_eof1066:  ps->cs = 1066; goto _test_eof; 
	_test_eof1067:  ps->cs = 1067; goto _test_eof; 
	_test_eof1068:  ps->cs = 1068; goto _test_eof; 
	_test_eof1069:  ps->cs = 1069; goto _test_eof; 
	_test_eof1070:  ps->cs = 1070; goto _test_eof; 
	_test_eof1071:  ps->cs = 1071; goto _test_eof; 
	_test_eof1072:  ps->cs = 1072; goto _test_eof; 
	_test_eof1073:  ps->cs = 1073; goto _test_eof; 
	_test_eof1074:  ps->cs = 1074; goto _test_eof; 
	_test_eof1075:  ps->cs = 1075; goto _test_eof; 
	_test_eof1076:  ps->cs = 1076; goto _test_eof; 
	_test_eof1077:  ps->cs = 1077; goto _test_eof; 
	_test_eof1078:  ps->cs = 1078; goto _test_eof; 
	_test_eof1079:  ps->cs = 1079; goto _test_eof; 
	_test_eof1080:  ps->cs = 1080; goto _test_eof; 
	_test_eof1081:  ps->cs = 1081; goto _test_eof; 
	_test_eof1082:  ps->cs = 1082; goto _test_eof; 
	_test_eof1083:  ps->cs = 1083; goto _test_eof; 
	_test_eof1084:  ps->cs = 1084; goto _test_eof; 
	_test_eof1085:  ps->cs = 1085; goto _test_eof; 
	_test_eof1086:  ps->cs = 1086; goto _test_eof; 
	_test_eof1087:  ps->cs = 1087; goto _test_eof; 
	_test_eof1088:  ps->cs = 1088; goto _test_eof; 
	_test_eof1089:  ps->cs = 1089; goto _test_eof; 
	_test_eof1090:  ps->cs = 1090; goto _test_eof; 
	_test_eof1091:  ps->cs = 1091; goto _test_eof; 
	_test_eof1092:  ps->cs = 1092; goto _test_eof; 
	_test_eof1093:  ps->cs = 1093; goto _test_eof; 
	_test_eof1094:  ps->cs = 1094; goto _test_eof; 
	_test_eof1095:  ps->cs = 1095; goto _test_eof; 
	_test_eof1096:  ps->cs = 1096; goto _test_eof; 
	_test_eof1097:  ps->cs = 1097; goto _test_eof; 
	_test_eof1098:  ps->cs = 1098; goto _test_eof; 
	_test_eof1099:  ps->cs = 1099; goto _test_eof; 
	_test_eof1100:  ps->cs = 1100; goto _test_eof; 
	_test_eof1101:  ps->cs = 1101; goto _test_eof; 
	_test_eof1505:  ps->cs = 1505; goto _test_eof; 
	_test_eof1102:  ps->cs = 1102; goto _test_eof; 
	_test_eof1103:  ps->cs = 1103; goto _test_eof; 
	_test_eof1104:  ps->cs = 1104; goto _test_eof; 
	_test_eof1105:  ps->cs = 1105; goto _test_eof; 
	_test_eof1106:  ps->cs = 1106; goto _test_eof; 
	_test_eof1107:  ps->cs = 1107; goto _test_eof; 
	_test_eof1108:  ps->cs = 1108; goto _test_eof; 
	_test_eof1109:  ps->cs = 1109; goto _test_eof; 
	_test_eof1110:  ps->cs = 1110; goto _test_eof; 
	_test_eof1111:  ps->cs = 1111; goto _test_eof; 
	_test_eof1112:  ps->cs = 1112; goto _test_eof; 
	_test_eof1113:  ps->cs = 1113; goto _test_eof; 
	_test_eof1114:  ps->cs = 1114; goto _test_eof; 
	_test_eof1115:  ps->cs = 1115; goto _test_eof; 
	_test_eof1506:  ps->cs = 1506; goto _test_eof; 
	_test_eof1116:  ps->cs = 1116; goto _test_eof; 
	_test_eof1117:  ps->cs = 1117; goto _test_eof; 
	_test_eof1118:  ps->cs = 1118; goto _test_eof; 
	_test_eof1119:  ps->cs = 1119; goto _test_eof; 
	_test_eof1120:  ps->cs = 1120; goto _test_eof; 
	_test_eof1121:  ps->cs = 1121; goto _test_eof; 
	_test_eof1122:  ps->cs = 1122; goto _test_eof; 
	_test_eof1123:  ps->cs = 1123; goto _test_eof; 
	_test_eof1124:  ps->cs = 1124; goto _test_eof; 
	_test_eof1507:  ps->cs = 1507; goto _test_eof; 
	_test_eof1125:  ps->cs = 1125; goto _test_eof; 
	_test_eof1126:  ps->cs = 1126; goto _test_eof; 
	_test_eof1127:  ps->cs = 1127; goto _test_eof; 
	_test_eof1128:  ps->cs = 1128; goto _test_eof; 
	_test_eof1129:  ps->cs = 1129; goto _test_eof; 
	_test_eof1130:  ps->cs = 1130; goto _test_eof; 
	_test_eof1131:  ps->cs = 1131; goto _test_eof; 
	_test_eof1508:  ps->cs = 1508; goto _test_eof; 
	_test_eof1132:  ps->cs = 1132; goto _test_eof; 
	_test_eof1133:  ps->cs = 1133; goto _test_eof; 
	_test_eof1134:  ps->cs = 1134; goto _test_eof; 
	_test_eof1135:  ps->cs = 1135; goto _test_eof; 
	_test_eof1136:  ps->cs = 1136; goto _test_eof; 
	_test_eof1137:  ps->cs = 1137; goto _test_eof; 
	_test_eof1138:  ps->cs = 1138; goto _test_eof; 
	_test_eof1139:  ps->cs = 1139; goto _test_eof; 
	_test_eof1509:  ps->cs = 1509; goto _test_eof; 
	_test_eof1140:  ps->cs = 1140; goto _test_eof; 
	_test_eof1141:  ps->cs = 1141; goto _test_eof; 
	_test_eof1142:  ps->cs = 1142; goto _test_eof; 
	_test_eof1143:  ps->cs = 1143; goto _test_eof; 
	_test_eof1144:  ps->cs = 1144; goto _test_eof; 
	_test_eof1145:  ps->cs = 1145; goto _test_eof; 
	_test_eof1146:  ps->cs = 1146; goto _test_eof; 
	_test_eof1147:  ps->cs = 1147; goto _test_eof; 
	_test_eof1510:  ps->cs = 1510; goto _test_eof; 
	_test_eof1148:  ps->cs = 1148; goto _test_eof; 
	_test_eof1149:  ps->cs = 1149; goto _test_eof; 
	_test_eof1150:  ps->cs = 1150; goto _test_eof; 
	_test_eof1151:  ps->cs = 1151; goto _test_eof; 
	_test_eof1152:  ps->cs = 1152; goto _test_eof; 
	_test_eof1153:  ps->cs = 1153; goto _test_eof; 
	_test_eof1154:  ps->cs = 1154; goto _test_eof; 
	_test_eof1155:  ps->cs = 1155; goto _test_eof; 
	_test_eof1156:  ps->cs = 1156; goto _test_eof; 
	_test_eof1157:  ps->cs = 1157; goto _test_eof; 
	_test_eof1158:  ps->cs = 1158; goto _test_eof; 
	_test_eof1159:  ps->cs = 1159; goto _test_eof; 
	_test_eof1160:  ps->cs = 1160; goto _test_eof; 
	_test_eof1161:  ps->cs = 1161; goto _test_eof; 
	_test_eof1162:  ps->cs = 1162; goto _test_eof; 
	_test_eof1163:  ps->cs = 1163; goto _test_eof; 
	_test_eof1164:  ps->cs = 1164; goto _test_eof; 
	_test_eof1165:  ps->cs = 1165; goto _test_eof; 
	_test_eof1166:  ps->cs = 1166; goto _test_eof; 
	_test_eof1167:  ps->cs = 1167; goto _test_eof; 
	_test_eof1168:  ps->cs = 1168; goto _test_eof; 
	_test_eof1169:  ps->cs = 1169; goto _test_eof; 
	_test_eof1170:  ps->cs = 1170; goto _test_eof; 
	_test_eof1171:  ps->cs = 1171; goto _test_eof; 
	_test_eof1172:  ps->cs = 1172; goto _test_eof; 
	_test_eof1173:  ps->cs = 1173; goto _test_eof; 
	_test_eof1174:  ps->cs = 1174; goto _test_eof; 
	_test_eof1175:  ps->cs = 1175; goto _test_eof; 
	_test_eof1176:  ps->cs = 1176; goto _test_eof; 
	_test_eof1177:  ps->cs = 1177; goto _test_eof; 
	_test_eof1178:  ps->cs = 1178; goto _test_eof; 
	_test_eof1511:  ps->cs = 1511; goto _test_eof; 
	_test_eof1179:  ps->cs = 1179; goto _test_eof; 
	_test_eof1180:  ps->cs = 1180; goto _test_eof; 
	_test_eof1181:  ps->cs = 1181; goto _test_eof; 
	_test_eof1182:  ps->cs = 1182; goto _test_eof; 
	_test_eof1183:  ps->cs = 1183; goto _test_eof; 
	_test_eof1184:  ps->cs = 1184; goto _test_eof; 
	_test_eof1185:  ps->cs = 1185; goto _test_eof; 
	_test_eof1186:  ps->cs = 1186; goto _test_eof; 
	_test_eof1187:  ps->cs = 1187; goto _test_eof; 
	_test_eof1188:  ps->cs = 1188; goto _test_eof; 
	_test_eof1189:  ps->cs = 1189; goto _test_eof; 
	_test_eof1190:  ps->cs = 1190; goto _test_eof; 
	_test_eof1191:  ps->cs = 1191; goto _test_eof; 
	_test_eof1192:  ps->cs = 1192; goto _test_eof; 
	_test_eof1193:  ps->cs = 1193; goto _test_eof; 
	_test_eof1194:  ps->cs = 1194; goto _test_eof; 
	_test_eof1195:  ps->cs = 1195; goto _test_eof; 
	_test_eof1196:  ps->cs = 1196; goto _test_eof; 
	_test_eof1197:  ps->cs = 1197; goto _test_eof; 
	_test_eof1198:  ps->cs = 1198; goto _test_eof; 
	_test_eof1199:  ps->cs = 1199; goto _test_eof; 
	_test_eof1200:  ps->cs = 1200; goto _test_eof; 
	_test_eof1201:  ps->cs = 1201; goto _test_eof; 
	_test_eof1202:  ps->cs = 1202; goto _test_eof; 
	_test_eof1512:  ps->cs = 1512; goto _test_eof; 
	_test_eof1203:  ps->cs = 1203; goto _test_eof; 
	_test_eof1204:  ps->cs = 1204; goto _test_eof; 
	_test_eof1205:  ps->cs = 1205; goto _test_eof; 
	_test_eof1206:  ps->cs = 1206; goto _test_eof; 
	_test_eof1207:  ps->cs = 1207; goto _test_eof; 
	_test_eof1208:  ps->cs = 1208; goto _test_eof; 
	_test_eof1209:  ps->cs = 1209; goto _test_eof; 
	_test_eof1210:  ps->cs = 1210; goto _test_eof; 
	_test_eof1211:  ps->cs = 1211; goto _test_eof; 
	_test_eof1212:  ps->cs = 1212; goto _test_eof; 
	_test_eof1213:  ps->cs = 1213; goto _test_eof; 
	_test_eof1214:  ps->cs = 1214; goto _test_eof; 
	_test_eof1215:  ps->cs = 1215; goto _test_eof; 
	_test_eof1513:  ps->cs = 1513; goto _test_eof; 
	_test_eof1216:  ps->cs = 1216; goto _test_eof; 
	_test_eof1217:  ps->cs = 1217; goto _test_eof; 
	_test_eof1218:  ps->cs = 1218; goto _test_eof; 
	_test_eof1219:  ps->cs = 1219; goto _test_eof; 
	_test_eof1514:  ps->cs = 1514; goto _test_eof; 
	_test_eof1220:  ps->cs = 1220; goto _test_eof; 
	_test_eof1221:  ps->cs = 1221; goto _test_eof; 
	_test_eof1222:  ps->cs = 1222; goto _test_eof; 
	_test_eof1223:  ps->cs = 1223; goto _test_eof; 
	_test_eof1515:  ps->cs = 1515; goto _test_eof; 
	_test_eof1224:  ps->cs = 1224; goto _test_eof; 
	_test_eof1225:  ps->cs = 1225; goto _test_eof; 
	_test_eof1226:  ps->cs = 1226; goto _test_eof; 
	_test_eof1227:  ps->cs = 1227; goto _test_eof; 
	_test_eof1228:  ps->cs = 1228; goto _test_eof; 
	_test_eof1229:  ps->cs = 1229; goto _test_eof; 
	_test_eof1516:  ps->cs = 1516; goto _test_eof; 
	_test_eof1230:  ps->cs = 1230; goto _test_eof; 
	_test_eof1231:  ps->cs = 1231; goto _test_eof; 
	_test_eof1232:  ps->cs = 1232; goto _test_eof; 
	_test_eof1233:  ps->cs = 1233; goto _test_eof; 
	_test_eof1517:  ps->cs = 1517; goto _test_eof; 
	_test_eof1234:  ps->cs = 1234; goto _test_eof; 
	_test_eof1235:  ps->cs = 1235; goto _test_eof; 
	_test_eof1236:  ps->cs = 1236; goto _test_eof; 
	_test_eof1237:  ps->cs = 1237; goto _test_eof; 
	_test_eof1238:  ps->cs = 1238; goto _test_eof; 
	_test_eof1239:  ps->cs = 1239; goto _test_eof; 
	_test_eof1518:  ps->cs = 1518; goto _test_eof; 
	_test_eof1240:  ps->cs = 1240; goto _test_eof; 
	_test_eof1241:  ps->cs = 1241; goto _test_eof; 
	_test_eof1242:  ps->cs = 1242; goto _test_eof; 
	_test_eof1243:  ps->cs = 1243; goto _test_eof; 
	_test_eof1244:  ps->cs = 1244; goto _test_eof; 
	_test_eof1245:  ps->cs = 1245; goto _test_eof; 
	_test_eof1246:  ps->cs = 1246; goto _test_eof; 
	_test_eof1247:  ps->cs = 1247; goto _test_eof; 
	_test_eof1248:  ps->cs = 1248; goto _test_eof; 
	_test_eof1249:  ps->cs = 1249; goto _test_eof; 
	_test_eof1250:  ps->cs = 1250; goto _test_eof; 
	_test_eof1251:  ps->cs = 1251; goto _test_eof; 
	_test_eof1252:  ps->cs = 1252; goto _test_eof; 
	_test_eof1253:  ps->cs = 1253; goto _test_eof; 
	_test_eof1254:  ps->cs = 1254; goto _test_eof; 
	_test_eof1255:  ps->cs = 1255; goto _test_eof; 
	_test_eof1256:  ps->cs = 1256; goto _test_eof; 
	_test_eof1257:  ps->cs = 1257; goto _test_eof; 
	_test_eof1519:  ps->cs = 1519; goto _test_eof; 
	_test_eof1258:  ps->cs = 1258; goto _test_eof; 
	_test_eof1259:  ps->cs = 1259; goto _test_eof; 
	_test_eof1260:  ps->cs = 1260; goto _test_eof; 
	_test_eof1261:  ps->cs = 1261; goto _test_eof; 
	_test_eof1262:  ps->cs = 1262; goto _test_eof; 
	_test_eof1263:  ps->cs = 1263; goto _test_eof; 
	_test_eof1264:  ps->cs = 1264; goto _test_eof; 
	_test_eof1265:  ps->cs = 1265; goto _test_eof; 
	_test_eof1266:  ps->cs = 1266; goto _test_eof; 
	_test_eof1267:  ps->cs = 1267; goto _test_eof; 
	_test_eof1268:  ps->cs = 1268; goto _test_eof; 
	_test_eof1269:  ps->cs = 1269; goto _test_eof; 
	_test_eof1270:  ps->cs = 1270; goto _test_eof; 
	_test_eof1271:  ps->cs = 1271; goto _test_eof; 
	_test_eof1272:  ps->cs = 1272; goto _test_eof; 
	_test_eof1273:  ps->cs = 1273; goto _test_eof; 
	_test_eof1274:  ps->cs = 1274; goto _test_eof; 
	_test_eof1275:  ps->cs = 1275; goto _test_eof; 
	_test_eof1276:  ps->cs = 1276; goto _test_eof; 
	_test_eof1277:  ps->cs = 1277; goto _test_eof; 
	_test_eof1278:  ps->cs = 1278; goto _test_eof; 
	_test_eof1279:  ps->cs = 1279; goto _test_eof; 
	_test_eof1280:  ps->cs = 1280; goto _test_eof; 
	_test_eof1281:  ps->cs = 1281; goto _test_eof; 
	_test_eof1282:  ps->cs = 1282; goto _test_eof; 
	_test_eof1283:  ps->cs = 1283; goto _test_eof; 
	_test_eof1284:  ps->cs = 1284; goto _test_eof; 
	_test_eof1285:  ps->cs = 1285; goto _test_eof; 
	_test_eof1286:  ps->cs = 1286; goto _test_eof; 
	_test_eof1287:  ps->cs = 1287; goto _test_eof; 
	_test_eof1288:  ps->cs = 1288; goto _test_eof; 
	_test_eof1289:  ps->cs = 1289; goto _test_eof; 
	_test_eof1520:  ps->cs = 1520; goto _test_eof; 
	_test_eof1290:  ps->cs = 1290; goto _test_eof; 
	_test_eof1291:  ps->cs = 1291; goto _test_eof; 
	_test_eof1292:  ps->cs = 1292; goto _test_eof; 
	_test_eof1293:  ps->cs = 1293; goto _test_eof; 
	_test_eof1294:  ps->cs = 1294; goto _test_eof; 
	_test_eof1295:  ps->cs = 1295; goto _test_eof; 
	_test_eof1521:  ps->cs = 1521; goto _test_eof; 
	_test_eof1296:  ps->cs = 1296; goto _test_eof; 
	_test_eof1297:  ps->cs = 1297; goto _test_eof; 
	_test_eof1298:  ps->cs = 1298; goto _test_eof; 
	_test_eof1299:  ps->cs = 1299; goto _test_eof; 
	_test_eof1300:  ps->cs = 1300; goto _test_eof; 
	_test_eof1301:  ps->cs = 1301; goto _test_eof; 
	_test_eof1302:  ps->cs = 1302; goto _test_eof; 
	_test_eof1522:  ps->cs = 1522; goto _test_eof; 
	_test_eof1303:  ps->cs = 1303; goto _test_eof; 
	_test_eof1304:  ps->cs = 1304; goto _test_eof; 
	_test_eof1305:  ps->cs = 1305; goto _test_eof; 
	_test_eof1306:  ps->cs = 1306; goto _test_eof; 
	_test_eof1307:  ps->cs = 1307; goto _test_eof; 
	_test_eof1308:  ps->cs = 1308; goto _test_eof; 
	_test_eof1309:  ps->cs = 1309; goto _test_eof; 
	_test_eof1310:  ps->cs = 1310; goto _test_eof; 
	_test_eof1311:  ps->cs = 1311; goto _test_eof; 
	_test_eof1312:  ps->cs = 1312; goto _test_eof; 
	_test_eof1313:  ps->cs = 1313; goto _test_eof; 
	_test_eof1314:  ps->cs = 1314; goto _test_eof; 
	_test_eof1315:  ps->cs = 1315; goto _test_eof; 
	_test_eof1316:  ps->cs = 1316; goto _test_eof; 
	_test_eof1317:  ps->cs = 1317; goto _test_eof; 
	_test_eof1318:  ps->cs = 1318; goto _test_eof; 
	_test_eof1319:  ps->cs = 1319; goto _test_eof; 
	_test_eof1320:  ps->cs = 1320; goto _test_eof; 
	_test_eof1321:  ps->cs = 1321; goto _test_eof; 
	_test_eof1322:  ps->cs = 1322; goto _test_eof; 
	_test_eof1323:  ps->cs = 1323; goto _test_eof; 
	_test_eof1324:  ps->cs = 1324; goto _test_eof; 
	_test_eof1325:  ps->cs = 1325; goto _test_eof; 
	_test_eof1326:  ps->cs = 1326; goto _test_eof; 
	_test_eof1327:  ps->cs = 1327; goto _test_eof; 
	_test_eof1328:  ps->cs = 1328; goto _test_eof; 
	_test_eof1329:  ps->cs = 1329; goto _test_eof; 
	_test_eof1330:  ps->cs = 1330; goto _test_eof; 
	_test_eof1331:  ps->cs = 1331; goto _test_eof; 
	_test_eof1332:  ps->cs = 1332; goto _test_eof; 
	_test_eof1333:  ps->cs = 1333; goto _test_eof; 
	_test_eof1334:  ps->cs = 1334; goto _test_eof; 
	_test_eof1335:  ps->cs = 1335; goto _test_eof; 
	_test_eof1336:  ps->cs = 1336; goto _test_eof; 
	_test_eof1337:  ps->cs = 1337; goto _test_eof; 
	_test_eof1338:  ps->cs = 1338; goto _test_eof; 
	_test_eof1339:  ps->cs = 1339; goto _test_eof; 
	_test_eof1340:  ps->cs = 1340; goto _test_eof; 
	_test_eof1341:  ps->cs = 1341; goto _test_eof; 
	_test_eof1342:  ps->cs = 1342; goto _test_eof; 
	_test_eof1343:  ps->cs = 1343; goto _test_eof; 
	_test_eof1344:  ps->cs = 1344; goto _test_eof; 
	_test_eof1345:  ps->cs = 1345; goto _test_eof; 
	_test_eof1346:  ps->cs = 1346; goto _test_eof; 
	_test_eof1347:  ps->cs = 1347; goto _test_eof; 
	_test_eof1348:  ps->cs = 1348; goto _test_eof; 
	_test_eof1349:  ps->cs = 1349; goto _test_eof; 
	_test_eof1350:  ps->cs = 1350; goto _test_eof; 
	_test_eof1351:  ps->cs = 1351; goto _test_eof; 
	_test_eof1352:  ps->cs = 1352; goto _test_eof; 
	_test_eof1353:  ps->cs = 1353; goto _test_eof; 
	_test_eof1354:  ps->cs = 1354; goto _test_eof; 
	_test_eof1355:  ps->cs = 1355; goto _test_eof; 
	_test_eof1356:  ps->cs = 1356; goto _test_eof; 
	_test_eof1357:  ps->cs = 1357; goto _test_eof; 
	_test_eof1358:  ps->cs = 1358; goto _test_eof; 
	_test_eof1359:  ps->cs = 1359; goto _test_eof; 
	_test_eof1360:  ps->cs = 1360; goto _test_eof; 
	_test_eof1361:  ps->cs = 1361; goto _test_eof; 
	_test_eof1362:  ps->cs = 1362; goto _test_eof; 
	_test_eof1363:  ps->cs = 1363; goto _test_eof; 
	_test_eof1364:  ps->cs = 1364; goto _test_eof; 
	_test_eof1365:  ps->cs = 1365; goto _test_eof; 
	_test_eof1366:  ps->cs = 1366; goto _test_eof; 
	_test_eof1367:  ps->cs = 1367; goto _test_eof; 
	_test_eof1368:  ps->cs = 1368; goto _test_eof; 
	_test_eof1369:  ps->cs = 1369; goto _test_eof; 
	_test_eof1370:  ps->cs = 1370; goto _test_eof; 
	_test_eof1371:  ps->cs = 1371; goto _test_eof; 
	_test_eof1523:  ps->cs = 1523; goto _test_eof; 
	_test_eof1372:  ps->cs = 1372; goto _test_eof; 
	_test_eof1373:  ps->cs = 1373; goto _test_eof; 
	_test_eof1374:  ps->cs = 1374; goto _test_eof; 
	_test_eof1375:  ps->cs = 1375; goto _test_eof; 
	_test_eof1376:  ps->cs = 1376; goto _test_eof; 
	_test_eof1377:  ps->cs = 1377; goto _test_eof; 
	_test_eof1378:  ps->cs = 1378; goto _test_eof; 
	_test_eof1379:  ps->cs = 1379; goto _test_eof; 
	_test_eof1380:  ps->cs = 1380; goto _test_eof; 
	_test_eof1381:  ps->cs = 1381; goto _test_eof; 
	_test_eof1382:  ps->cs = 1382; goto _test_eof; 
	_test_eof1383:  ps->cs = 1383; goto _test_eof; 
	_test_eof1384:  ps->cs = 1384; goto _test_eof; 
	_test_eof1385:  ps->cs = 1385; goto _test_eof; 
	_test_eof1386:  ps->cs = 1386; goto _test_eof; 
	_test_eof1387:  ps->cs = 1387; goto _test_eof; 
	_test_eof1388:  ps->cs = 1388; goto _test_eof; 
	_test_eof1389:  ps->cs = 1389; goto _test_eof; 
	_test_eof1390:  ps->cs = 1390; goto _test_eof; 
	_test_eof1391:  ps->cs = 1391; goto _test_eof; 
	_test_eof1392:  ps->cs = 1392; goto _test_eof; 
	_test_eof1393:  ps->cs = 1393; goto _test_eof; 
	_test_eof1394:  ps->cs = 1394; goto _test_eof; 
	_test_eof1524:  ps->cs = 1524; goto _test_eof; 
	_test_eof1395:  ps->cs = 1395; goto _test_eof; 
	_test_eof1396:  ps->cs = 1396; goto _test_eof; 
	_test_eof1397:  ps->cs = 1397; goto _test_eof; 
	_test_eof1525:  ps->cs = 1525; goto _test_eof; 
	_test_eof1398:  ps->cs = 1398; goto _test_eof; 
	_test_eof1399:  ps->cs = 1399; goto _test_eof; 
	_test_eof1400:  ps->cs = 1400; goto _test_eof; 
	_test_eof1401:  ps->cs = 1401; goto _test_eof; 
	_test_eof1402:  ps->cs = 1402; goto _test_eof; 
	_test_eof1403:  ps->cs = 1403; goto _test_eof; 
	_test_eof1404:  ps->cs = 1404; goto _test_eof; 
	_test_eof1405:  ps->cs = 1405; goto _test_eof; 
	_test_eof1406:  ps->cs = 1406; goto _test_eof; 
	_test_eof1407:  ps->cs = 1407; goto _test_eof; 
	_test_eof1408:  ps->cs = 1408; goto _test_eof; 
	_test_eof1409:  ps->cs = 1409; goto _test_eof; 
	_test_eof1410:  ps->cs = 1410; goto _test_eof; 
	_test_eof1411:  ps->cs = 1411; goto _test_eof; 
	_test_eof1412:  ps->cs = 1412; goto _test_eof; 
	_test_eof1413:  ps->cs = 1413; goto _test_eof; 
	_test_eof1414:  ps->cs = 1414; goto _test_eof; 
	_test_eof1526:  ps->cs = 1526; goto _test_eof; 
	_test_eof1415:  ps->cs = 1415; goto _test_eof; 
	_test_eof1527:  ps->cs = 1527; goto _test_eof; 
	_test_eof1416:  ps->cs = 1416; goto _test_eof; 
	_test_eof1417:  ps->cs = 1417; goto _test_eof; 
	_test_eof1418:  ps->cs = 1418; goto _test_eof; 
	_test_eof1419:  ps->cs = 1419; goto _test_eof; 
	_test_eof1420:  ps->cs = 1420; goto _test_eof; 
	_test_eof1421:  ps->cs = 1421; goto _test_eof; 
	_test_eof1528:  ps->cs = 1528; goto _test_eof; 
	_test_eof1422:  ps->cs = 1422; goto _test_eof; 
	_test_eof1423:  ps->cs = 1423; goto _test_eof; 
	_test_eof1424:  ps->cs = 1424; goto _test_eof; 
	_test_eof1425:  ps->cs = 1425; goto _test_eof; 
	_test_eof1426:  ps->cs = 1426; goto _test_eof; 
	_test_eof1427:  ps->cs = 1427; goto _test_eof; 
	_test_eof1529:  ps->cs = 1529; goto _test_eof; 
	_test_eof1428:  ps->cs = 1428; goto _test_eof; 
	_test_eof1429:  ps->cs = 1429; goto _test_eof; 
	_test_eof1430:  ps->cs = 1430; goto _test_eof; 
	_test_eof1431:  ps->cs = 1431; goto _test_eof; 
	_test_eof1530:  ps->cs = 1530; goto _test_eof; 
	_test_eof1432:  ps->cs = 1432; goto _test_eof; 
	_test_eof1433:  ps->cs = 1433; goto _test_eof; 
	_test_eof1434:  ps->cs = 1434; goto _test_eof; 
	_test_eof1435:  ps->cs = 1435; goto _test_eof; 
	_test_eof1436:  ps->cs = 1436; goto _test_eof; 
	_test_eof1437:  ps->cs = 1437; goto _test_eof; 
	_test_eof1438:  ps->cs = 1438; goto _test_eof; 
	_test_eof1439:  ps->cs = 1439; goto _test_eof; 
	_test_eof1440:  ps->cs = 1440; goto _test_eof; 
	_test_eof1441:  ps->cs = 1441; goto _test_eof; 
	_test_eof1442:  ps->cs = 1442; goto _test_eof; 
	_test_eof1443:  ps->cs = 1443; goto _test_eof; 
	_test_eof1444:  ps->cs = 1444; goto _test_eof; 
	_test_eof1531:  ps->cs = 1531; goto _test_eof; 
	_test_eof1445:  ps->cs = 1445; goto _test_eof; 
	_test_eof1446:  ps->cs = 1446; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 483 "server.rl"
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
