/*
 * The builder: commands and responses written value by value, each value in a
 * wire form chosen (or refused) by its type, so that no call sequence can put
 * a CR, LF or NUL outside a literal, leave a list open, or smuggle a second
 * message into the first. Declarations and the contract: imapkit_gen.h.
 */
#include "imapkit_gen.h"

#include <string.h>

/* What goes before the next value. */
enum { SEP_NONE = 0, SEP_SP, SEP_ADJOIN };
/* Message state. */
enum { ST_IDLE = 0, ST_OPEN, ST_TEXT };
/* Section state: what may come next inside "NAME[...]". */
enum {
  SEC_NONE = 0,
  SEC_START,    /* after "[": a part, a keyword or "]" */
  SEC_PART,     /* after a part number: "." part, "." keyword or "]" */
  SEC_FIELDS,   /* after HEADER.FIELDS[.NOT]: the header list */
  SEC_LIST,     /* inside the header list */
  SEC_END,      /* after a keyword (or the header list): "]" */
  SEC_CLOSED    /* after "]": a partial may follow */
};
/* Code state. */
enum { CODE_NONE = 0, CODE_OPEN, CODE_TEXT, CODE_CLOSED };

#define QUOTED_MAX 1024u
#define LITERAL_MINUS_MAX 4096u

static ik_status fail(ik_builder *b, ik_status e) {
  if (b->err == IK_E_OK) b->err = e;
  return b->err;
}

static void out(ik_builder *b, const void *s, size_t n) {
  if (b->err || n == 0) return;
  if (b->fn) {
    if (b->fn(b->ud, s, n)) {
      fail(b, IK_E_BUFFER_TOO_SMALL);
      return;
    }
  } else if (b->len < b->cap) {
    size_t room = b->cap - b->len, k = n < room ? n : room;
    memcpy(b->buf + b->len, s, k);
  }
  b->len += n;
}

static void outs(ik_builder *b, const char *s) { out(b, s, strlen(s)); }

static void out_u64(ik_builder *b, uint64_t v) {
  char t[24];
  int i = 24;
  do {
    t[--i] = (char)('0' + v % 10u);
    v /= 10u;
  } while (v);
  out(b, t + i, (size_t)(24 - i));
}

static void init(ik_builder *b, unsigned options) {
  memset(b, 0, sizeof *b);
  b->options = options;
}

void ik_builder_init_buf(ik_builder *b, void *buf, size_t cap, unsigned options) {
  init(b, options);
  b->buf = buf;
  b->cap = buf ? cap : 0;
}

void ik_builder_init_fn(ik_builder *b, ik_write_fn fn, void *ud, unsigned options) {
  init(b, options);
  b->fn = fn;
  b->ud = ud;
}

void ik_builder_set_cuts(ik_builder *b, size_t *cuts, size_t cap) {
  b->cuts = cuts;
  b->cuts_cap = cuts ? cap : 0;
}

/* ------------------------------------------------------------------------ */
/* Character classes of RFC 3501 section 9. */

static int is_atom_char(unsigned char c) {
  if (c <= 0x20 || c >= 0x7f) return 0; /* CTL, SP, 8-bit */
  switch (c) {
  case '(': case ')': case '{': case '%': case '*': case '"': case '\\': case ']':
    return 0;
  default:
    return 1;
  }
}

static int is_astring_char(unsigned char c) { return is_atom_char(c) || c == ']'; }

static int ieq(const unsigned char *s, size_t n, const char *w) {
  size_t i = 0;
  for (; i < n && w[i]; i++) {
    unsigned char c = s[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    if (c != (unsigned char)w[i]) return 0;
  }
  return i == n && w[i] == 0;
}

static int valid_atom(const char *s) {
  if (!s || !*s) return 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (!is_atom_char(*p)) return 0;
  return 1;
}

/* tag = 1*<any ASTRING-CHAR except "+"> */
static int valid_tag(const char *s) {
  if (!s || !*s) return 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (!is_astring_char(*p) || *p == '+') return 0;
  return 1;
}

/* ------------------------------------------------------------------------ */

/* Ready for a value: a message is open, no text was written, no section is
 * expecting something else. Writes the separator. */
static int value_begin(ik_builder *b) {
  if (b->err) return 0;
  if (b->state != ST_OPEN || b->code == CODE_TEXT || b->code == CODE_CLOSED) {
    fail(b, IK_E_INVALID_ARGUMENT);
    return 0;
  }
  if (b->section && b->section != SEC_LIST && b->section != SEC_CLOSED) {
    fail(b, IK_E_INVALID_ARGUMENT); /* inside "[...]" only the section calls */
    return 0;
  }
  if (b->status && b->code != CODE_OPEN) {
    fail(b, IK_E_INVALID_ARGUMENT); /* a status response holds a code and text only */
    return 0;
  }
  if (b->section == SEC_CLOSED) b->section = SEC_NONE;
  if (b->sep != SEP_NONE) out(b, " ", 1);
  b->sep = SEP_SP;
  return 1;
}

static ik_status begin(ik_builder *b, int side) {
  if (b->err) return b->err;
  if (b->state != ST_IDLE) return fail(b, IK_E_INVALID_ARGUMENT);
  b->len = 0;
  b->ncuts = 0;
  b->state = ST_OPEN;
  b->side = side;
  b->sep = SEP_SP;
  b->depth = 0;
  b->code = CODE_NONE;
  b->section = SEC_NONE;
  b->code_depth = b->section_depth = 0;
  b->status = 0;
  return IK_E_OK;
}

static int is_status_name(const char *name) {
  const unsigned char *s = (const unsigned char *)name;
  size_t n = strlen(name);
  return ieq(s, n, "OK") || ieq(s, n, "NO") || ieq(s, n, "BAD") || ieq(s, n, "BYE") ||
         ieq(s, n, "PREAUTH");
}

ik_status ik_build_command(ik_builder *b, const char *tag, const char *name) {
  if (b->err) return b->err;
  if (!valid_tag(tag) || !name) return fail(b, IK_E_UNSAFE_VALUE);
  /* name = atom, or "UID" SP atom */
  const char *sp = strchr(name, ' ');
  if (sp) {
    if (sp - name != 3 || !ieq((const unsigned char *)name, 3, "UID") || !valid_atom(sp + 1))
      return fail(b, IK_E_UNSAFE_VALUE);
  } else if (!valid_atom(name)) {
    return fail(b, IK_E_UNSAFE_VALUE);
  }
  if (begin(b, IK_SIDE_CLIENT)) return b->err;
  outs(b, tag);
  out(b, " ", 1);
  outs(b, name);
  return b->err;
}

ik_status ik_build_tagged(ik_builder *b, const char *tag, const char *status) {
  if (b->err) return b->err;
  if (!valid_tag(tag) || !valid_atom(status)) return fail(b, IK_E_UNSAFE_VALUE);
  if (begin(b, IK_SIDE_SERVER)) return b->err;
  b->status = is_status_name(status);
  outs(b, tag);
  out(b, " ", 1);
  outs(b, status);
  return b->err;
}

ik_status ik_build_untagged(ik_builder *b, const char *name) {
  if (b->err) return b->err;
  /* a name that starts with a digit would read as "* N NAME" */
  if (!valid_atom(name) || (name[0] >= '0' && name[0] <= '9')) return fail(b, IK_E_UNSAFE_VALUE);
  if (begin(b, IK_SIDE_SERVER)) return b->err;
  b->status = is_status_name(name);
  outs(b, "* ");
  outs(b, name);
  return b->err;
}

ik_status ik_build_untagged_num(ik_builder *b, uint32_t number, const char *name) {
  if (b->err) return b->err;
  if (!valid_atom(name) || (name[0] >= '0' && name[0] <= '9')) return fail(b, IK_E_UNSAFE_VALUE);
  if (begin(b, IK_SIDE_SERVER)) return b->err;
  b->status = is_status_name(name);
  outs(b, "* ");
  out_u64(b, number);
  out(b, " ", 1);
  outs(b, name);
  return b->err;
}

ik_status ik_build_continuation(ik_builder *b) {
  if (b->err) return b->err;
  if (begin(b, IK_SIDE_SERVER)) return b->err;
  b->status = 1;
  outs(b, "+");
  return b->err;
}

/* ------------------------------------------------------------------------ */
/* Strings */

static void write_quoted(ik_builder *b, const unsigned char *s, size_t n) {
  out(b, "\"", 1);
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"' || s[i] == '\\') {
      out(b, s + run, i - run);
      out(b, "\\", 1);
      run = i;
    }
  }
  out(b, s + run, n - run);
  out(b, "\"", 1);
}

static void write_literal(ik_builder *b, const unsigned char *s, size_t n, int lit8) {
  int nonsync = 0;
  if (b->side == IK_SIDE_CLIENT) {
    if (b->options & IK_BUILD_LITERAL_PLUS) nonsync = 1;
    else if ((b->options & IK_BUILD_LITERAL_MINUS) && n <= LITERAL_MINUS_MAX) nonsync = 1;
  }
  out(b, lit8 ? "~{" : "{", lit8 ? 2 : 1);
  out_u64(b, n);
  out(b, nonsync ? "+}\r\n" : "}\r\n", nonsync ? 4 : 3);
  if (b->side == IK_SIDE_CLIENT && !nonsync && !b->err) {
    /* the client stops here until the server's "+" */
    if (b->ncuts < b->cuts_cap) b->cuts[b->ncuts] = b->len;
    b->ncuts++;
  }
  out(b, s, n);
}

/* What a string's bytes allow: 0 quoted, 1 literal, -1 nothing (NUL). */
static int string_form(const ik_builder *b, const unsigned char *s, size_t n) {
  int lit = n > QUOTED_MAX;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == 0) return -1;
    if (c == '\r' || c == '\n') lit = 1;
    else if (c >= 0x80 && !(b->options & IK_BUILD_UTF8)) lit = 1;
  }
  return lit;
}

static ik_status put_string(ik_builder *b, const void *sv, size_t n, int allow_atom) {
  const unsigned char *s = sv;
  if (b->err) return b->err;
  if (!s && n) return fail(b, IK_E_INVALID_ARGUMENT);
  if (!s) s = (const unsigned char *)"";
  int form = string_form(b, s, n);
  if (form < 0) return fail(b, IK_E_UNSAFE_VALUE);
  if (!value_begin(b)) return b->err;
  if (allow_atom && n && !ieq(s, n, "NIL")) {
    /* ATOM-CHARs only: "]" is an ASTRING-CHAR, but it would end a code or a
     * section around the value, and generic decoders take it for one */
    int atom = 1;
    for (size_t i = 0; i < n && atom; i++)
      if (!is_atom_char(s[i])) atom = 0;
    if (atom) {
      out(b, s, n);
      return b->err;
    }
  }
  if (form == 0)
    write_quoted(b, s, n);
  else
    write_literal(b, s, n, 0);
  return b->err;
}

ik_status ik_build_astring(ik_builder *b, const void *s, size_t n) { return put_string(b, s, n, 1); }
ik_status ik_build_string(ik_builder *b, const void *s, size_t n) { return put_string(b, s, n, 0); }

ik_status ik_build_nstring(ik_builder *b, const void *s, size_t n) {
  if (!s) return ik_build_nil(b);
  return put_string(b, s, n, 0);
}

ik_status ik_build_nil(ik_builder *b) {
  if (!value_begin(b)) return b->err;
  out(b, "NIL", 3);
  return b->err;
}

ik_status ik_build_literal(ik_builder *b, const void *data, size_t n) {
  const unsigned char *s = data;
  if (b->err) return b->err;
  if (!s && n) return fail(b, IK_E_INVALID_ARGUMENT);
  if (!s) s = (const unsigned char *)"";
  int lit8 = n && memchr(s, 0, n) != NULL;
  if (lit8 && !(b->options & IK_BUILD_BINARY)) return fail(b, IK_E_UNSAFE_VALUE);
  if (!value_begin(b)) return b->err;
  write_literal(b, s, n, lit8);
  return b->err;
}

ik_status ik_build_literal8(ik_builder *b, const void *data, size_t n) {
  const unsigned char *s = data;
  if (b->err) return b->err;
  if (!s && n) return fail(b, IK_E_INVALID_ARGUMENT);
  if (!s) s = (const unsigned char *)"";
  if (!value_begin(b)) return b->err;
  write_literal(b, s, n, 1);
  return b->err;
}

static void base64(ik_builder *b, const unsigned char *s, size_t n) {
  static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  char o[4];
  for (size_t i = 0; i < n; i += 3) {
    uint32_t v = (uint32_t)s[i] << 16;
    if (i + 1 < n) v |= (uint32_t)s[i + 1] << 8;
    if (i + 2 < n) v |= s[i + 2];
    o[0] = t[(v >> 18) & 63];
    o[1] = t[(v >> 12) & 63];
    o[2] = i + 1 < n ? t[(v >> 6) & 63] : '=';
    o[3] = i + 2 < n ? t[v & 63] : '=';
    out(b, o, 4);
  }
}

ik_status ik_build_sasl_ir(ik_builder *b, const void *data, size_t n) {
  if (b->err) return b->err;
  if (!data && n) return fail(b, IK_E_INVALID_ARGUMENT);
  if (!value_begin(b)) return b->err;
  if (n == 0)
    out(b, "=", 1);
  else
    base64(b, data, n);
  return b->err;
}

/* A client line that is not a command: a whole message. */
static ik_status data_line(ik_builder *b, const char *fixed, const void *data, size_t n) {
  if (b->err) return b->err;
  if (!fixed && !data && n) return fail(b, IK_E_INVALID_ARGUMENT);
  if (begin(b, IK_SIDE_CLIENT)) return b->err;
  if (fixed)
    outs(b, fixed);
  else
    base64(b, data, n);
  b->state = ST_TEXT;
  return ik_build_end(b);
}

ik_status ik_build_done(ik_builder *b) { return data_line(b, "DONE", NULL, 0); }
ik_status ik_build_sasl(ik_builder *b, const void *data, size_t n) { return data_line(b, NULL, data, n); }
ik_status ik_build_sasl_cancel(ik_builder *b) { return data_line(b, "*", NULL, 0); }

ik_status ik_build_mailbox(ik_builder *b, const void *name, size_t n) {
  if (name && ieq(name, n, "INBOX")) {
    if (!value_begin(b)) return b->err;
    out(b, "INBOX", 5);
    return b->err;
  }
  return put_string(b, name, n, 1);
}

ik_status ik_build_atom(ik_builder *b, const char *atom) {
  if (b->err) return b->err;
  if (!valid_atom(atom)) return fail(b, IK_E_UNSAFE_VALUE);
  if (!value_begin(b)) return b->err;
  outs(b, atom);
  return b->err;
}

/* ------------------------------------------------------------------------ */
/* Numbers, sets, flags, dates */

ik_status ik_build_number(ik_builder *b, uint32_t v) {
  if (!value_begin(b)) return b->err;
  out_u64(b, v);
  return b->err;
}

ik_status ik_build_number64(ik_builder *b, uint64_t v) {
  if (b->err) return b->err;
  if (v > 0x7FFFFFFFFFFFFFFFull) return fail(b, IK_E_UNSAFE_VALUE);
  if (!value_begin(b)) return b->err;
  out_u64(b, v);
  return b->err;
}

static void seq_num(ik_builder *b, uint32_t v) {
  if (v == 0)
    out(b, "*", 1);
  else
    out_u64(b, v);
}

ik_status ik_build_seqset(ik_builder *b, const ik_seq_range *r, size_t n) {
  if (b->err) return b->err;
  if (!r || n == 0) return fail(b, IK_E_INVALID_ARGUMENT);
  if (!value_begin(b)) return b->err;
  for (size_t i = 0; i < n; i++) {
    if (i) out(b, ",", 1);
    seq_num(b, r[i].first);
    if (r[i].last != r[i].first) {
      out(b, ":", 1);
      seq_num(b, r[i].last);
    }
  }
  return b->err;
}

static int valid_flag(const char *f, int perm) {
  if (!f) return 0;
  if (perm && !strcmp(f, "\\*")) return 1;
  if (f[0] == '\\') f++;
  return valid_atom(f);
}

ik_status ik_build_flag(ik_builder *b, const char *flag) {
  if (b->err) return b->err;
  if (!valid_flag(flag, 0)) return fail(b, IK_E_UNSAFE_VALUE);
  if (!value_begin(b)) return b->err;
  outs(b, flag);
  return b->err;
}

ik_status ik_build_flag_perm(ik_builder *b, const char *flag) {
  if (b->err) return b->err;
  if (!valid_flag(flag, 1)) return fail(b, IK_E_UNSAFE_VALUE);
  if (!value_begin(b)) return b->err;
  outs(b, flag);
  return b->err;
}

ik_status ik_build_flag_list(ik_builder *b, const char *const *flags, size_t n) {
  if (b->err) return b->err;
  if (!flags && n) return fail(b, IK_E_INVALID_ARGUMENT);
  for (size_t i = 0; i < n; i++)
    if (!valid_flag(flags[i], 0)) return fail(b, IK_E_UNSAFE_VALUE);
  if (ik_build_list_open(b)) return b->err;
  for (size_t i = 0; i < n; i++) ik_build_flag(b, flags[i]);
  return ik_build_list_close(b);
}

static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static unsigned days_in(int y, unsigned m) {
  static const unsigned char md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return md[m - 1] + (m == 2 && leap);
}

/* y-m-d from days since 1970-01-01 (Howard Hinnant's civil_from_days). */
static void civil(int64_t z, int64_t *y, unsigned *m, unsigned *d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = (unsigned)(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = (int64_t)yoe + era * 400 + (*m <= 2);
}

static void two(char *t, unsigned v) {
  t[0] = (char)('0' + v / 10 % 10);
  t[1] = (char)('0' + v % 10);
}

ik_status ik_build_datetime(ik_builder *b, int64_t t, int zone_minutes) {
  if (b->err) return b->err;
  if (zone_minutes < -1439 || zone_minutes > 1439) return fail(b, IK_E_UNSAFE_VALUE);
  /* years 0000 .. 9999 (with margin for the zone) */
  if (t < -62167219200 + 86400 || t > 253402300799 - 86400) return fail(b, IK_E_UNSAFE_VALUE);
  int64_t local = t + (int64_t)zone_minutes * 60;
  int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  int64_t secs = local - days * 86400;
  int64_t y;
  unsigned m, d;
  civil(days, &y, &m, &d);
  char s[29];
  s[0] = '"';
  two(s + 1, d);
  if (d < 10) s[1] = ' ';
  s[3] = '-';
  memcpy(s + 4, months[m - 1], 3);
  s[7] = '-';
  two(s + 8, (unsigned)(y / 100));
  two(s + 10, (unsigned)(y % 100));
  s[12] = ' ';
  two(s + 13, (unsigned)(secs / 3600));
  s[15] = ':';
  two(s + 16, (unsigned)(secs / 60 % 60));
  s[18] = ':';
  two(s + 19, (unsigned)(secs % 60));
  s[21] = ' ';
  unsigned z = (unsigned)(zone_minutes < 0 ? -zone_minutes : zone_minutes);
  s[22] = zone_minutes < 0 ? '-' : '+';
  two(s + 23, z / 60);
  two(s + 25, z % 60);
  s[27] = '"';
  if (!value_begin(b)) return b->err;
  out(b, s, 28);
  return b->err;
}

ik_status ik_build_date(ik_builder *b, int year, unsigned month, unsigned day) {
  if (b->err) return b->err;
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in(year, month))
    return fail(b, IK_E_UNSAFE_VALUE);
  char s[16];
  size_t k = 0;
  if (day >= 10) s[k++] = (char)('0' + day / 10);
  s[k++] = (char)('0' + day % 10);
  s[k++] = '-';
  memcpy(s + k, months[month - 1], 3);
  k += 3;
  s[k++] = '-';
  two(s + k, (unsigned)year / 100);
  two(s + k + 2, (unsigned)year % 100);
  k += 4;
  if (!value_begin(b)) return b->err;
  out(b, s, k);
  return b->err;
}

/* ------------------------------------------------------------------------ */
/* Lists, codes, sections, text */

ik_status ik_build_list_open(ik_builder *b) {
  if (b->section == SEC_FIELDS) {
    /* the header list of HEADER.FIELDS: SP "(" */
    if (b->err) return b->err;
    out(b, " (", 2);
    b->section = SEC_LIST;
    b->depth++;
    b->section_depth = b->depth;
    b->sep = SEP_NONE;
    return b->err;
  }
  if (b->section == SEC_LIST) return fail(b, IK_E_INVALID_ARGUMENT); /* no nesting there */
  if (!value_begin(b)) return b->err;
  out(b, "(", 1);
  b->depth++;
  b->sep = SEP_NONE;
  return b->err;
}

ik_status ik_build_list_adjoin(ik_builder *b) {
  if (b->err) return b->err;
  if (b->sep != SEP_ADJOIN || b->section) return fail(b, IK_E_INVALID_ARGUMENT);
  b->sep = SEP_NONE;
  return ik_build_list_open(b);
}

ik_status ik_build_list_close(ik_builder *b) {
  if (b->err) return b->err;
  if (b->state != ST_OPEN || b->depth == 0) return fail(b, IK_E_INVALID_ARGUMENT);
  if (b->code == CODE_OPEN && b->depth < b->code_depth) return fail(b, IK_E_INVALID_ARGUMENT);
  if (b->section == SEC_LIST) {
    if (b->depth != b->section_depth || b->sep == SEP_NONE) return fail(b, IK_E_INVALID_ARGUMENT);
    b->section = SEC_END;
  }
  out(b, ")", 1);
  b->depth--;
  b->sep = SEP_ADJOIN;
  return b->err;
}

ik_status ik_build_code_open(ik_builder *b, const char *name) {
  if (b->err) return b->err;
  if (!valid_atom(name)) return fail(b, IK_E_UNSAFE_VALUE);
  /* right after the status name or "+", and only once */
  if (b->state != ST_OPEN || !b->status || b->code != CODE_NONE || b->depth || b->section ||
      b->len == 0)
    return fail(b, IK_E_INVALID_ARGUMENT);
  out(b, " [", 2);
  outs(b, name);
  b->code = CODE_OPEN;
  b->code_depth = b->depth + 1;
  b->sep = SEP_SP;
  return b->err;
}

ik_status ik_build_code_close(ik_builder *b) {
  if (b->err) return b->err;
  if ((b->code != CODE_OPEN && b->code != CODE_TEXT) || b->depth + 1 != b->code_depth ||
      b->section)
    return fail(b, IK_E_INVALID_ARGUMENT);
  out(b, "]", 1);
  b->code = CODE_CLOSED;
  return b->err;
}

/* "{" 1*DIGIT ["+" / "-"] "}" at the end of s. */
static int ends_like_literal(const unsigned char *s, size_t n) {
  if (n < 3 || s[n - 1] != '}') return 0;
  size_t i = n - 1;
  if (s[i - 1] == '+' || s[i - 1] == '-') i--;
  size_t digits = 0;
  while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') {
    i--;
    digits++;
  }
  return digits > 0 && i > 0 && s[i - 1] == '{';
}

ik_status ik_build_text(ik_builder *b, const void *sv, size_t n) {
  const unsigned char *s = sv;
  if (b->err) return b->err;
  if (!s || n == 0) return fail(b, IK_E_INVALID_ARGUMENT);
  if (b->state != ST_OPEN || b->section) return fail(b, IK_E_INVALID_ARGUMENT);
  int in_code = b->code == CODE_OPEN;
  if (in_code) {
    if (b->depth + 1 != b->code_depth || b->sep == SEP_NONE) return fail(b, IK_E_INVALID_ARGUMENT);
  } else if (b->depth || b->code == CODE_TEXT || !b->status) {
    /* free text ends status responses and continuations only */
    return fail(b, IK_E_INVALID_ARGUMENT);
  }
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == 0 || c == '\r' || c == '\n') return fail(b, IK_E_UNSAFE_VALUE);
    if (c >= 0x80 && !(b->options & IK_BUILD_UTF8)) return fail(b, IK_E_UNSAFE_VALUE);
    if (in_code && c == ']') return fail(b, IK_E_UNSAFE_VALUE);
  }
  /* A line that ends in "{N}" announces a literal to every framer: the bytes
   * of the next message would be swallowed as its data. */
  if (ends_like_literal(s, n)) return fail(b, IK_E_UNSAFE_VALUE);
  /* Text right after a status name or "+" must not open a code by accident. */
  if (!in_code && b->status && b->code == CODE_NONE && s[0] == '[') return fail(b, IK_E_UNSAFE_VALUE);
  out(b, " ", 1);
  out(b, s, n);
  if (in_code) {
    b->code = CODE_TEXT;
  } else {
    b->state = ST_TEXT;
  }
  return b->err;
}

static int section_kw(const char *k) {
  static const char *const kws[] = {"HEADER", "HEADER.FIELDS", "HEADER.FIELDS.NOT", "TEXT", "MIME"};
  if (!k) return -1;
  for (int i = 0; i < 5; i++)
    if (ieq((const unsigned char *)k, strlen(k), kws[i])) return i;
  return -1;
}

ik_status ik_build_section_open(ik_builder *b, const char *name) {
  if (b->err) return b->err;
  if (!valid_atom(name)) return fail(b, IK_E_UNSAFE_VALUE);
  if (b->section == SEC_CLOSED) b->section = SEC_NONE;
  if (b->section) return fail(b, IK_E_INVALID_ARGUMENT);
  if (!value_begin(b)) return b->err;
  outs(b, name);
  out(b, "[", 1);
  b->section = SEC_START;
  return b->err;
}

ik_status ik_build_section_part(ik_builder *b, uint32_t part) {
  if (b->err) return b->err;
  if ((b->section != SEC_START && b->section != SEC_PART) || part == 0)
    return fail(b, part ? IK_E_INVALID_ARGUMENT : IK_E_UNSAFE_VALUE);
  if (b->section == SEC_PART) out(b, ".", 1);
  out_u64(b, part);
  b->section = SEC_PART;
  return b->err;
}

ik_status ik_build_section_text(ik_builder *b, const char *keyword) {
  if (b->err) return b->err;
  int k = section_kw(keyword);
  if (k < 0) return fail(b, IK_E_UNSAFE_VALUE);
  if (b->section != SEC_START && b->section != SEC_PART) return fail(b, IK_E_INVALID_ARGUMENT);
  if (k == 4 && b->section != SEC_PART) return fail(b, IK_E_INVALID_ARGUMENT); /* MIME needs a part */
  if (b->section == SEC_PART) out(b, ".", 1);
  outs(b, keyword);
  b->section = (k == 1 || k == 2) ? SEC_FIELDS : SEC_END;
  return b->err;
}

ik_status ik_build_section_close(ik_builder *b) {
  if (b->err) return b->err;
  if (b->section != SEC_START && b->section != SEC_PART && b->section != SEC_END)
    return fail(b, IK_E_INVALID_ARGUMENT);
  out(b, "]", 1);
  b->section = SEC_CLOSED;
  b->sep = SEP_SP;
  return b->err;
}

ik_status ik_build_partial(ik_builder *b, uint32_t origin, uint32_t length) {
  if (b->err) return b->err;
  if (b->section != SEC_CLOSED) return fail(b, IK_E_INVALID_ARGUMENT);
  out(b, "<", 1);
  out_u64(b, origin);
  if (length) {
    out(b, ".", 1);
    out_u64(b, length);
  }
  out(b, ">", 1);
  b->section = SEC_NONE;
  return b->err;
}

ik_status ik_build_end(ik_builder *b) {
  if (b->err) return b->err;
  if (b->state == ST_IDLE || b->depth || b->code == CODE_OPEN || b->code == CODE_TEXT ||
      (b->section && b->section != SEC_CLOSED))
    return fail(b, IK_E_INVALID_ARGUMENT);
  /* continue-req = "+" SP (resp-text / base64): an empty base64 keeps its SP */
  if (b->status && b->len == 1) out(b, " ", 1);
  out(b, "\r\n", 2);
  b->state = ST_IDLE;
  if (b->err) return b->err;
  if (b->ncuts > b->cuts_cap && b->cuts_cap) return fail(b, IK_E_BUFFER_TOO_SMALL);
  if (!b->fn && b->len > b->cap) return fail(b, IK_E_BUFFER_TOO_SMALL);
  return IK_E_OK;
}
