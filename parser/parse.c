/*
 * ik_parse: one framed message in, one tree out. Chooses the side, handles the
 * client lines that are not commands (DONE, SASL), runs the side's machine and
 * turns its final state into a result or an exact error.
 */
#include "pstate.h"

#include <stddef.h>

void ik_parser_init(ik_parser *p, ik_side side, unsigned options, const ik_limits *limits) {
  memset(p, 0, sizeof *p);
  p->side = side;
  p->options = options;
  if (limits)
    p->limits = *limits;
  else
    ik_limits_default(&p->limits);
  if (p->limits.max_depth == 0) p->limits.max_depth = 1;
  if (p->limits.max_depth > IK_DEPTH_HARD) p->limits.max_depth = IK_DEPTH_HARD;
}

/* Length of the line without its CRLF or LF. */
static size_t content_len(const unsigned char *buf, size_t len) {
  if (len && buf[len - 1] == '\n') len--;
  if (len && buf[len - 1] == '\r') len--;
  return len;
}

static int ieq(const unsigned char *s, size_t n, const char *w) {
  size_t i = 0;
  for (; i < n && w[i]; i++) {
    unsigned char c = s[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    if (c != (unsigned char)w[i]) return 0;
  }
  return i == n && w[i] == 0;
}

/* The first message of a stream of unknown side: a server speaks first with
 * "* ", "+ " or a tagged status; anything else is taken for a client. */
static ik_side guess_side(const unsigned char *buf, size_t len) {
  if (len >= 1 && (buf[0] == '*' || buf[0] == '+')) return IK_SIDE_SERVER;
  size_t i = 0;
  while (i < len && buf[i] != ' ' && buf[i] != '\r' && buf[i] != '\n') i++;
  if (i < len && buf[i] == ' ') {
    size_t s = ++i;
    while (i < len && buf[i] != ' ' && buf[i] != '\r' && buf[i] != '\n') i++;
    ik_kw k = ik_keyword(buf + s, i - s);
    if (k == IK_KW_OK || k == IK_KW_NO || k == IK_KW_BAD || k == IK_KW_BYE ||
        k == IK_KW_PREAUTH)
      return IK_SIDE_SERVER;
  }
  return IK_SIDE_CLIENT;
}

/* The mechanism named by AUTHENTICATE's first argument. */
static ik_sasl_mech sasl_mech_of(const ik_message *m) {
  const ik_node *n = m->args;
  if (!n) return IK_SASL_OTHER;
  const unsigned char *s = m->base + n->span.off;
  if (ieq(s, n->span.len, "PLAIN")) return IK_SASL_PLAIN;
  if (ieq(s, n->span.len, "LOGIN")) return IK_SASL_LOGIN;
  if (ieq(s, n->span.len, "XOAUTH2")) return IK_SASL_XOAUTH2;
  return IK_SASL_OTHER;
}

static int is_sasl_line(const unsigned char *s, size_t n) {
  if (n == 1 && s[0] == '*') return 1; /* cancel */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
          c == '+' || c == '/' || c == '='))
      return 0;
  }
  return 1; /* an empty line is an empty SASL response */
}

static ik_status data_message(ik_parser *p, const unsigned char *buf, size_t len, ik_arena *a,
                              ik_message *m, ik_kw name, int secret, ik_message **out,
                              ik_error *err) {
  (void)p;
  m->kind = IK_MSG_DATA;
  m->name = name;
  size_t n = content_len(buf, len);
  ik_node *d = ik_arena_alloc(a, sizeof *d);
  if (!d) {
    err->code = IK_E_NO_MEMORY;
    err->offset = 0;
    err->expected = "more arena space";
    return IK_E_NO_MEMORY;
  }
  memset(d, 0, sizeof *d);
  d->kind = name == IK_KW_DONE ? IK_N_STRING : IK_N_SASL;
  d->form = IK_FORM_ATOM;
  d->span.len = (uint32_t)n;
  m->args = d;
  if (secret) m->flags |= IK_MF_SECRET;
  *out = m;
  return IK_E_OK;
}

static int run(ik_parser *p, ik_pstate *ps, int alt, const unsigned char *from) {
  ps->p = from;
  ps->done = 0;
  ps->err = IK_E_OK;
  ps->top = 0;
  ps->depth = 0;
  ps->lasts[0] = NULL;
  ps->kids[0] = 0;
  ps->last = NULL;
  ps->msg->args = NULL;
  if (p->side == IK_SIDE_SERVER)
    ik_server_run(ps, alt);
  else
    ik_client_run(ps, alt);
  if (ps->err != IK_E_OK) return 0;
  if (ps->done && ps->p == ps->pe) return 1;
  if (ps->done) { /* bytes after the end of the line: cannot happen with the framer */
    ik_b_fail(ps, IK_E_SYNTAX, ps->p, "end of message");
  } else if (ps->cs == 0) {
    /* The error state: p is one past the offending byte. */
    const unsigned char *at = ps->p > ps->base ? ps->p - 1 : ps->p;
    if (ps->p < ps->pe) at = ps->p;
    ik_b_fail(ps, *at == 0 ? IK_E_NUL_BYTE : IK_E_SYNTAX, at, ps->ctx);
  } else {
    ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, ps->ctx);
  }
  return 0;
}

static ik_status parse(ik_parser *p, const unsigned char *buf, size_t len, ik_arena *a,
                       ik_message **out, ik_error *err);

ik_status ik_parse(ik_parser *p, const unsigned char *buf, size_t len, ik_arena *a,
                   ik_message **out, ik_error *err) {
  ik_status s = parse(p, buf, len, a, out, err);
  if (a && a->total > a->peak) a->peak = a->total; /* the builder's fast path skips it */
  return s;
}

/* The message's allocation: ik_b_bump, as for nodes; anything unusual goes
 * through ik_arena_alloc. */
static inline ik_message *msg_alloc(ik_arena *a) {
  ik_message *m = ik_b_bump(a, (sizeof(ik_message) + 7u) & ~(size_t)7u);
  return m ? m : ik_arena_alloc(a, sizeof(ik_message));
}

static ik_status parse(ik_parser *p, const unsigned char *buf, size_t len, ik_arena *a,
                       ik_message **out, ik_error *err) {
  ik_error dummy;
  if (!err) err = &dummy;
  memset(err, 0, sizeof *err);
  err->expected = "";
  *out = NULL;
  if (!p || !buf || !a) {
    err->code = IK_E_INVALID_ARGUMENT;
    return IK_E_INVALID_ARGUMENT;
  }
  if (len == 0 || buf[len - 1] != '\n') {
    err->code = IK_E_INCOMPLETE;
    err->offset = len;
    err->expected = "end of line";
    return IK_E_INCOMPLETE;
  }
  if (len > IK_MAX_MESSAGE_HARD) {
    err->code = IK_E_MESSAGE_TOO_BIG;
    err->expected = "a smaller message";
    return IK_E_MESSAGE_TOO_BIG;
  }
  size_t clen = content_len(buf, len);
  /* An empty line is an error, but for an empty SASL response (RFC 3501
   * 6.2.2: the GSSAPI example sends one). */
  if (clen == 0 && !(p->side == IK_SIDE_CLIENT && p->authenticating)) {
    err->code = IK_E_EMPTY_LINE;
    err->expected = p->side == IK_SIDE_SERVER ? "a response" : "a command";
    return IK_E_EMPTY_LINE;
  }
  if (p->side == IK_SIDE_AUTO) p->side = guess_side(buf, len);

  ik_message *m = msg_alloc(a);
  if (!m) {
    err->code = IK_E_NO_MEMORY;
    err->expected = "more arena space";
    return IK_E_NO_MEMORY;
  }
  memset(m, 0, sizeof *m);
  m->base = buf;
  m->len = len;
  m->side = (uint8_t)p->side;
  m->kind = p->side == IK_SIDE_SERVER ? IK_MSG_UNTAGGED : IK_MSG_COMMAND;

  if (p->side == IK_SIDE_CLIENT) {
    if (p->idling) {
      p->idling = 0;
      if (ieq(buf, clen, "DONE")) return data_message(p, buf, len, a, m, IK_KW_DONE, 0, out, err);
    }
    if (p->authenticating) {
      if (is_sasl_line(buf, clen)) {
        m->sasl_mech = p->sasl_mech;
        m->sasl_step = p->sasl_step;
        if (p->sasl_step < 255) p->sasl_step++;
        return data_message(p, buf, len, a, m, IK_KW_AUTHENTICATE, 1, out, err);
      }
      p->authenticating = 0;
    }
  }

  ik_pstate ps;
  /* Cleared: the fields from `mark` to the inline stacks. The ones before
   * `mark` are all set here or in run() before anything reads them. */
  memset((char *)&ps + offsetof(ik_pstate, mark), 0,
         offsetof(ik_pstate, in_parents) - offsetof(ik_pstate, mark));
  ps.base = buf;
  ps.pe = buf + len;
  ps.eof = ps.pe;
  ps.parser = p;
  ps.arena = a;
  ps.msg = m;
  ps.strict = (p->options & IK_PARSE_STRICT) != 0;
  ps.ctx = p->side == IK_SIDE_SERVER ? "response" : "command";
  ps.depth_cap = p->limits.max_depth;
  size_t slots = (size_t)ps.depth_cap + 2;
  if (ps.depth_cap <= IK_PS_INLINE_DEPTH) {
    ps.parents = ps.in_parents;
    ps.lasts = ps.in_lasts;
    ps.kids = ps.in_kids;
    ps.stack = ps.in_stack;
  } else {
    ps.parents = ik_arena_alloc(a, slots * sizeof *ps.parents);
    ps.lasts = ik_arena_alloc(a, slots * sizeof *ps.lasts);
    ps.kids = ik_arena_alloc(a, slots * sizeof *ps.kids);
    ps.stack = ik_arena_alloc(a, (slots + 2) * sizeof *ps.stack);
  }
  if (!ps.parents || !ps.lasts || !ps.kids || !ps.stack) {
    err->code = IK_E_NO_MEMORY;
    err->expected = "more arena space";
    return IK_E_NO_MEMORY;
  }
  ps.parents[0] = NULL;

  int ok = run(p, &ps, 0, buf);
  if (!ok && !ps.strict && p->side == IK_SIDE_SERVER && ps.err == IK_E_SYNTAX &&
      (m->kind == IK_MSG_CONTINUATION || m->name == IK_KW_OK || m->name == IK_KW_NO ||
       m->name == IK_KW_BAD || m->name == IK_KW_BYE || m->name == IK_KW_PREAUTH ||
       (m->flags & IK_MF_GENERIC))) {
    /* Lenient: a status text that opens "[" without a valid code, or an unknown
     * response whose arguments are free text, is kept as text. */
    const unsigned char *from =
        m->kind == IK_MSG_CONTINUATION ? buf + 1 : buf + m->name_span.off + m->name_span.len;
    ik_status first = ps.err;
    size_t first_off = ps.err_off;
    const char *first_exp = ps.expected;
    ik_quirk *q = m->quirks;
    ps.qlast = NULL;
    m->quirks = NULL;
    if (run(p, &ps, 1, from)) {
      ik_b_quirk(&ps, IK_Q_OTHER, buf + first_off);
    } else if (ps.err != IK_E_NO_MEMORY) {
      /* (out of arena, the text might have fit: say so, not the syntax error) */
      ps.err = first;
      ps.err_off = first_off;
      ps.expected = first_exp;
      m->quirks = q;
    }
    ok = ps.err == IK_E_OK;
  }
  if (!ok) {
    err->code = ps.err;
    err->offset = ps.err_off;
    err->expected = ps.expected ? ps.expected : "";
    return ps.err;
  }

  /* Session state for the messages that follow. */
  if (p->side == IK_SIDE_CLIENT && m->kind == IK_MSG_COMMAND) {
    if (m->name == IK_KW_IDLE) p->idling = 1;
    if (m->name == IK_KW_AUTHENTICATE) {
      p->authenticating = 1;
      p->sasl_mech = (uint8_t)sasl_mech_of(m);
      p->sasl_step = 0;
      m->sasl_mech = p->sasl_mech;
      if (m->args && m->args->next) {
        m->flags |= IK_MF_SECRET; /* SASL-IR: the initial response is step 0 */
        p->sasl_step = 1;
      }
    }
    if (m->name == IK_KW_LOGIN) m->flags |= IK_MF_SECRET;
  }
  if (p->side == IK_SIDE_SERVER && m->kind != IK_MSG_CONTINUATION &&
      !(m->flags & IK_MF_GENERIC) &&
      (m->name == IK_KW_OK || m->name == IK_KW_NO || m->name == IK_KW_BAD ||
       m->name == IK_KW_BYE || m->name == IK_KW_PREAUTH)) {
    int has_text = 0;
    for (ik_node *n = m->args; n; n = n->next)
      if (n->kind == IK_N_TEXT) has_text = 1;
    /* RFC 9051: resp-text = ["[" resp-text-code "]" SP] [text]: the text may
     * be empty, the SP before it may not ("a1 OK ", "* OK [CLOSED] ") */
    if (!has_text && buf[clen - 1] != ' ' && !ik_b_quirk(&ps, IK_Q_MISSING_TEXT, buf + clen)) {
      err->code = ps.err;
      err->offset = ps.err_off;
      err->expected = ps.expected;
      return ps.err;
    }
  }
  *out = m;
  return IK_E_OK;
}
