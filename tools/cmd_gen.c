/*
 * imapkit gen: random, valid messages of one side, reproducible by seed, for
 * corpora, benchmarks and fuzzing. Every message is made with the builder
 * (imapkit_gen.h), never by printing bytes, so what gen writes is what a
 * client or server using the builder could send: each value in the form its
 * bytes call for (atom, quoted, literal), literals synchronizing or not.
 *
 * The generator covers the commands and responses of RFC 3501 and the
 * extensions the grammars know (CONDSTORE/QRESYNC, LIST-EXTENDED, BINARY,
 * CATENATE, UTF8=ACCEPT APPEND, SASL-IR, ESEARCH, SPECIAL-USE, Gmail's
 * X-GM-*, ...) with nesting (SEARCH keys, body structures, message/rfc822
 * inside multiparts) and every string form. Everything it writes is valid
 * RFC syntax, so it parses in strict mode.
 *
 * The pseudo-random generator is splitmix64: the same seed gives the same
 * bytes on every platform.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct gen {
  uint64_t s;
  ik_builder b;
  unsigned options;
  unsigned tagn;
  int failed;
} gen;

static uint64_t rnd(gen *g) {
  uint64_t z = (g->s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
static uint32_t below(gen *g, uint32_t n) { return n ? (uint32_t)(rnd(g) % n) : 0; }
static int chance(gen *g, unsigned pct) { return below(g, 100) < pct; }
#define PICK(g, arr) ((arr)[below((g), (uint32_t)(sizeof(arr) / sizeof((arr)[0])))])

/* ------------------------------------------------------------------------ */
/* Values */

/* Strings that exercise every form: atoms, quoted (with escapes), literals
 * (CR, LF, 8-bit), the empty string, "NIL" as a string. */
static const char *const strings[] = {
    "joe",          "alice@example.com", "two words",     "q\"uote",     "back\\slash",
    "caf\xc3\xa9",  "line\r\nbreak",      "",              "NIL",         "]bracket",
    "x%y*z",        "(paren)",            "{5}",           "tab\there",   "Ünïcödé ✓",
    "a1 LOGIN x y", "\r\n a2 DELETE INBOX", "very-long-value-that-is-still-an-atom-0123456789"};

static const char *const mailboxes[] = {
    "INBOX",        "inbox",          "Sent",        "Sent Items", "Archive/2024",
    "&AOQ-rger",    "[Gmail]/Trash",  "Drafts",      "a\"b",       "Caf\xc3\xa9",
    "Junk E-mail",  "foo/bar/baz",    "~peter/mail", "#news.comp"};

static const char *const system_flags[] = {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen",
                                           "\\Draft"};
static const char *const keywords[] = {"$Forwarded", "$MDNSent", "$Junk", "NonJunk", "work",
                                       "$label1",    "\\XExt"};

static void str_val(gen *g, const char *s) { ik_build_astring(&g->b, s, strlen(s)); }
static void qstr(gen *g, const char *s) { ik_build_string(&g->b, s, strlen(s)); }
static void nstr(gen *g, const char *s) {
  if (!s)
    ik_build_nil(&g->b);
  else
    ik_build_nstring(&g->b, s, strlen(s));
}

static void any_astring(gen *g) { str_val(g, PICK(g, strings)); }
static void any_mailbox(gen *g) {
  const char *m = PICK(g, mailboxes);
  ik_build_mailbox(&g->b, m, strlen(m));
}
static const char *any_flag(gen *g) {
  return chance(g, 60) ? PICK(g, system_flags) : PICK(g, keywords);
}

static uint32_t nz(gen *g) {
  switch (below(g, 4)) {
  case 0: return 1 + below(g, 9);
  case 1: return 1 + below(g, 1000);
  case 2: return 1 + below(g, 100000);
  default: return 0xFFFFFFFFu - below(g, 3);
  }
}

static uint64_t num64(gen *g) {
  return chance(g, 70) ? 1 + below(g, 100000) : (rnd(g) & 0x7FFFFFFFFFFFFFFFull);
}

static void seqset(gen *g, int allow_star) {
  ik_seq_range r[6];
  size_t n = 1 + below(g, 5);
  for (size_t i = 0; i < n; i++) {
    r[i].first = (allow_star && chance(g, 10)) ? 0 : nz(g);
    r[i].last = chance(g, 50) ? r[i].first : (allow_star && chance(g, 30)) ? 0 : nz(g);
  }
  ik_build_seqset(&g->b, r, n);
}

static void flag_list(gen *g, int maxn) {
  const char *f[6];
  size_t n = below(g, (uint32_t)maxn + 1);
  for (size_t i = 0; i < n; i++) f[i] = any_flag(g);
  ik_build_flag_list(&g->b, f, n);
}

static void datetime(gen *g) {
  int64_t t = (int64_t)(rnd(g) % 4102444800ull); /* 1970 .. 2100 */
  int zone = (int)below(g, 2 * 14 * 60 + 1) - 14 * 60;
  zone -= zone % 15;
  ik_build_datetime(&g->b, t, zone);
}

static void date(gen *g) {
  ik_build_date(&g->b, 1990 + (int)below(g, 40), 1 + below(g, 12), 1 + below(g, 28));
}

static void tag(gen *g, char *t, size_t cap) {
  static const char *const styles[] = {"a%u", "A%04u", "t.%u", "x-%u", "%u", "TAG%u]"};
  snprintf(t, cap, PICK(g, styles), ++g->tagn);
}

static void message_data(gen *g, char *buf, size_t cap, size_t *len) {
  static const char *const lines[] = {
      "From: Fred Foobar <foobar@Blurdybloop.example>\r\n", "Subject: afternoon meeting\r\n",
      "To: mooch@owatagu.siam.edu.example\r\n", "Message-Id: <B27397-0100000@Blurdybloop.example>\r\n",
      "MIME-Version: 1.0\r\nContent-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\n", "\r\n",
      "Hello Joe, do you think we can meet at 3:30 tomorrow?\r\n", "Gr\xc3\xbc\xc3\x9f\x65\r\n"};
  size_t n = 0, k = below(g, 8);
  for (size_t i = 0; i < k; i++) {
    const char *l = PICK(g, lines);
    size_t ln = strlen(l);
    if (n + ln > cap) break;
    memcpy(buf + n, l, ln);
    n += ln;
  }
  *len = n;
}

/* ------------------------------------------------------------------------ */
/* Commands */

static void fetch_att(gen *g, int in_list) {
  static const char *const simple[] = {"ENVELOPE",     "FLAGS",      "INTERNALDATE", "RFC822",
                                       "RFC822.HEADER", "RFC822.SIZE", "RFC822.TEXT", "BODY",
                                       "BODYSTRUCTURE", "UID",        "MODSEQ",       "X-GM-MSGID",
                                       "X-GM-THRID",   "X-GM-LABELS"};
  static const char *const macros[] = {"ALL", "FAST", "FULL"};
  static const char *const texts[] = {"HEADER", "TEXT", "HEADER.FIELDS", "HEADER.FIELDS.NOT", "MIME"};
  static const char *const fields[] = {"From", "To", "Subject", "Date", "Message-ID", "X-Spam"};
  uint32_t k = below(g, 10);
  if (!in_list && k == 0) {
    ik_build_atom(&g->b, PICK(g, macros));
    return;
  }
  if (k < 5) {
    ik_build_atom(&g->b, PICK(g, simple));
    return;
  }
  if (k < 8) {
    /* BODY[section]<partial>, BODY.PEEK[...] */
    ik_build_section_open(&g->b, chance(g, 50) ? "BODY.PEEK" : "BODY");
    uint32_t parts = below(g, 4);
    for (uint32_t i = 0; i < parts; i++) ik_build_section_part(&g->b, 1 + below(g, 5));
    if (chance(g, 70)) {
      const char *t = PICK(g, texts);
      if (!strcmp(t, "MIME") && !parts) t = "TEXT";
      ik_build_section_text(&g->b, t);
      if (!strncmp(t, "HEADER.FIELDS", 13)) {
        ik_build_list_open(&g->b);
        uint32_t n = 1 + below(g, 3);
        for (uint32_t i = 0; i < n; i++) str_val(g, PICK(g, fields));
        ik_build_list_close(&g->b);
      }
    }
    ik_build_section_close(&g->b);
    if (chance(g, 30)) ik_build_partial(&g->b, below(g, 1000), 1 + below(g, 10000));
    return;
  }
  /* BINARY[part]<partial>, BINARY.PEEK, BINARY.SIZE */
  static const char *const bin[] = {"BINARY", "BINARY.PEEK", "BINARY.SIZE"};
  const char *name = PICK(g, bin);
  int size = !strcmp(name, "BINARY.SIZE");
  ik_build_section_open(&g->b, name);
  uint32_t parts = below(g, 3) + (uint32_t)size;
  for (uint32_t i = 0; i < parts; i++) ik_build_section_part(&g->b, 1 + below(g, 5));
  ik_build_section_close(&g->b);
  if (!size && chance(g, 30)) ik_build_partial(&g->b, below(g, 1000), 1 + below(g, 10000));
}

/* search-key, nested through NOT / OR / parentheses up to `depth` */
static void search_key(gen *g, int depth) {
  static const char *const bare[] = {"ALL",    "ANSWERED",   "DELETED", "DRAFT",    "FLAGGED",
                                     "NEW",    "OLD",        "RECENT",  "SEEN",     "UNANSWERED",
                                     "UNDELETED", "UNDRAFT", "UNFLAGGED", "UNSEEN"};
  static const char *const with_str[] = {"BCC", "BODY", "CC", "FROM", "SUBJECT", "TEXT", "TO"};
  static const char *const with_date[] = {"BEFORE",     "ON",     "SINCE",
                                          "SENTBEFORE", "SENTON", "SENTSINCE"};
  uint32_t k = below(g, depth > 0 ? 12 : 9);
  switch (k) {
  case 0: case 1:
    ik_build_atom(&g->b, PICK(g, bare));
    return;
  case 2:
    ik_build_atom(&g->b, PICK(g, with_str));
    any_astring(g);
    return;
  case 3:
    ik_build_atom(&g->b, PICK(g, with_date));
    date(g);
    return;
  case 4:
    ik_build_atom(&g->b, chance(g, 50) ? "LARGER" : "SMALLER");
    ik_build_number(&g->b, below(g, 1000000));
    return;
  case 5:
    ik_build_atom(&g->b, chance(g, 50) ? "KEYWORD" : "UNKEYWORD");
    {
      const char *kw = PICK(g, keywords);
      ik_build_atom(&g->b, kw[0] == '\\' ? "$Junk" : kw);
    }
    return;
  case 6:
    ik_build_atom(&g->b, "HEADER");
    str_val(g, chance(g, 50) ? "Message-ID" : "X-Priority");
    any_astring(g);
    return;
  case 7:
    if (chance(g, 50)) {
      ik_build_atom(&g->b, "UID");
      seqset(g, 1);
    } else {
      seqset(g, 1);
    }
    return;
  case 8:
    ik_build_atom(&g->b, "MODSEQ");
    if (chance(g, 40)) {
      qstr(g, chance(g, 50) ? "/flags/\\draft" : "/flags/$junk");
      ik_build_atom(&g->b, chance(g, 50) ? "priv" : "all");
    }
    ik_build_number64(&g->b, num64(g));
    return;
  case 9:
    ik_build_atom(&g->b, "NOT");
    search_key(g, depth - 1);
    return;
  case 10:
    ik_build_atom(&g->b, "OR");
    search_key(g, depth - 1);
    search_key(g, depth - 1);
    return;
  default: {
    ik_build_list_open(&g->b);
    uint32_t n = 1 + below(g, 3);
    for (uint32_t i = 0; i < n; i++) search_key(g, depth - 1);
    ik_build_list_close(&g->b);
    return;
  }
  }
}

static void search_args(gen *g, int esearch) {
  if (esearch && chance(g, 40)) {
    static const char *const opts[] = {"MIN", "MAX", "ALL", "COUNT", "SAVE"};
    ik_build_atom(&g->b, "RETURN");
    ik_build_list_open(&g->b);
    uint32_t n = below(g, 3);
    for (uint32_t i = 0; i < n; i++) ik_build_atom(&g->b, PICK(g, opts));
    ik_build_list_close(&g->b);
  }
  if (chance(g, 25)) {
    ik_build_atom(&g->b, "CHARSET");
    str_val(g, chance(g, 50) ? "UTF-8" : "US-ASCII");
  }
  uint32_t n = 1 + below(g, 3);
  for (uint32_t i = 0; i < n; i++) search_key(g, 3);
}

static void status_atts(gen *g) {
  static const char *const atts[] = {"MESSAGES", "RECENT", "UIDNEXT", "UIDVALIDITY",
                                     "UNSEEN",   "SIZE",   "DELETED", "HIGHESTMODSEQ"};
  ik_build_list_open(&g->b);
  uint32_t n = 1 + below(g, 4);
  for (uint32_t i = 0; i < n; i++) ik_build_atom(&g->b, PICK(g, atts));
  ik_build_list_close(&g->b);
}

static void sasl_blob(gen *g, char *out, size_t cap, size_t *len, int mech) {
  /* PLAIN: authzid NUL authcid NUL passwd; XOAUTH2: user=...^Aauth=Bearer ...^A^A */
  static const char *const users[] = {"joe", "alice@example.com", "u"};
  const char *u = PICK(g, users);
  if (mech == 0)
    *len = (size_t)snprintf(out, cap, "%c%s%c%s", 0, u, 0, "s3cr3t");
  else if (mech == 1)
    *len = (size_t)snprintf(out, cap, "user=%s\001auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\001\001", u);
  else
    *len = (size_t)snprintf(out, cap, "%s", u);
}

/* One command (or, after IDLE / AUTHENTICATE, the lines that follow it).
 * Returns how many messages it wrote. */
static int command(gen *g, FILE *out, int left);

static int finish(gen *g, FILE *out) {
  ik_status st = ik_build_end(&g->b);
  if (st != IK_E_OK) {
    fprintf(stderr, "imapkit: gen: builder error %s (a bug) in: %.*s\n", ik_status_name(st), (int)(g->b.len < 200 ? g->b.len : 200), (const char *)g->b.buf);
    g->failed = 1;
    return 0;
  }
  fwrite(g->b.buf, 1, g->b.len, out);
  return 1;
}

static int command(gen *g, FILE *out, int left) {
  char t[32];
  tag(g, t, sizeof t);
  ik_builder *b = &g->b;
  int uid = chance(g, 30);
  uint32_t which = below(g, 32);
  switch (which) {
  case 0: {
    static const char *const noargs[] = {"CAPABILITY", "NOOP",     "LOGOUT",   "CHECK",
                                         "CLOSE",      "EXPUNGE",  "UNSELECT", "STARTTLS",
                                         "NAMESPACE",  "UNAUTHENTICATE"};
    ik_build_command(b, t, PICK(g, noargs));
    return finish(g, out);
  }
  case 1:
    ik_build_command(b, t, "LOGIN");
    any_astring(g);
    any_astring(g);
    return finish(g, out);
  case 2: {
    /* AUTHENTICATE [SASL-IR], then the client's SASL responses */
    static const char *const mechs[] = {"PLAIN", "XOAUTH2", "LOGIN"};
    int mech = (int)below(g, 3);
    char blob[256];
    size_t bl;
    ik_build_command(b, t, "AUTHENTICATE");
    ik_build_atom(b, mechs[mech]);
    int ir = mech != 2 && chance(g, 50);
    if (ir) {
      sasl_blob(g, blob, sizeof blob, &bl, mech);
      ik_build_sasl_ir(b, blob, bl);
    }
    int n = finish(g, out);
    if (!ir && n < left) {
      sasl_blob(g, blob, sizeof blob, &bl, mech);
      if (ik_build_sasl(b, blob, bl) == IK_E_OK) {
        fwrite(b->buf, 1, b->len, out);
        n++;
      }
      if (mech == 2 && n < left && ik_build_sasl(b, "s3cr3t", 6) == IK_E_OK) {
        fwrite(b->buf, 1, b->len, out);
        n++;
      }
    } else if (ir && n < left && chance(g, 20)) {
      if (ik_build_sasl_cancel(b) == IK_E_OK) {
        fwrite(b->buf, 1, b->len, out);
        n++;
      }
    }
    return n;
  }
  case 3: {
    ik_build_command(b, t, chance(g, 70) ? "SELECT" : "EXAMINE");
    any_mailbox(g);
    if (chance(g, 30)) {
      ik_build_list_open(b);
      if (chance(g, 50)) {
        ik_build_atom(b, "CONDSTORE");
      } else {
        ik_build_atom(b, "QRESYNC");
        ik_build_list_open(b);
        ik_build_number(b, nz(g));
        ik_build_number64(b, 1 + below(g, 100000));
        if (chance(g, 50)) seqset(g, 0);
        if (chance(g, 40)) {
          ik_build_list_open(b);
          seqset(g, 0);
          seqset(g, 0);
          ik_build_list_close(b);
        }
        ik_build_list_close(b);
      }
      ik_build_list_close(b);
    }
    return finish(g, out);
  }
  case 4: {
    static const char *const mbcmds[] = {"DELETE", "SUBSCRIBE", "UNSUBSCRIBE"};
    ik_build_command(b, t, PICK(g, mbcmds));
    any_mailbox(g);
    return finish(g, out);
  }
  case 5:
    ik_build_command(b, t, "CREATE");
    any_mailbox(g);
    if (chance(g, 25)) {
      static const char *const use[] = {"\\Drafts", "\\Sent", "\\Archive", "\\Junk", "\\Trash"};
      ik_build_list_open(b);
      ik_build_atom(b, "USE");
      const char *f[1] = {PICK(g, use)};
      ik_build_flag_list(b, f, 1);
      ik_build_list_close(b);
    }
    return finish(g, out);
  case 6:
    ik_build_command(b, t, "RENAME");
    any_mailbox(g);
    any_mailbox(g);
    return finish(g, out);
  case 7: {
    /* LIST [select-opts] reference pattern(s) [RETURN (...)] */
    static const char *const sel[] = {"SUBSCRIBED", "REMOTE", "SPECIAL-USE"};
    static const char *const ret[] = {"SUBSCRIBED", "CHILDREN", "SPECIAL-USE"};
    static const char *const pats[] = {"*", "%", "INBOX", "Archive/%", "foo*bar", "", "[Gmail]/%"};
    ik_build_command(b, t, "LIST");
    if (chance(g, 25)) {
      ik_build_list_open(b);
      uint32_t n = below(g, 3);
      for (uint32_t i = 0; i < n; i++) ik_build_atom(b, PICK(g, sel));
      ik_build_list_close(b);
    }
    const char *ref = chance(g, 70) ? "" : "Archive/";
    ik_build_mailbox(b, ref, strlen(ref));
    if (chance(g, 20)) {
      ik_build_list_open(b);
      uint32_t n = 1 + below(g, 3);
      for (uint32_t i = 0; i < n; i++) str_val(g, PICK(g, pats));
      ik_build_list_close(b);
    } else {
      str_val(g, PICK(g, pats));
    }
    if (chance(g, 25)) {
      ik_build_atom(b, "RETURN");
      ik_build_list_open(b);
      uint32_t n = below(g, 3);
      for (uint32_t i = 0; i < n; i++) ik_build_atom(b, PICK(g, ret));
      if (chance(g, 40)) {
        ik_build_atom(b, "STATUS");
        status_atts(g);
      }
      ik_build_list_close(b);
    }
    return finish(g, out);
  }
  case 8: {
    static const char *const pats[] = {"*", "%", "INBOX", "news.%"};
    ik_build_command(b, t, "LSUB");
    ik_build_mailbox(b, "", 0);
    str_val(g, PICK(g, pats));
    return finish(g, out);
  }
  case 9:
    ik_build_command(b, t, "STATUS");
    any_mailbox(g);
    status_atts(g);
    return finish(g, out);
  case 10:
  case 11: {
    /* APPEND mailbox 1*([flags] [date-time] data), data a literal, literal8,
     * UTF8 (literal8) or CATENATE (...) */
    char data[512];
    size_t dl;
    ik_build_command(b, t, "APPEND");
    any_mailbox(g);
    uint32_t msgs = chance(g, 80) ? 1 : 2 + below(g, 2);
    for (uint32_t i = 0; i < msgs; i++) {
      if (chance(g, 50)) flag_list(g, 3);
      if (chance(g, 40)) datetime(g);
      message_data(g, data, sizeof data, &dl);
      switch (below(g, 6)) {
      case 0:
        ik_build_atom(b, "UTF8");
        ik_build_list_open(b);
        ik_build_literal8(b, data, dl);
        ik_build_list_close(b);
        break;
      case 1:
        ik_build_atom(b, "CATENATE");
        ik_build_list_open(b);
        ik_build_atom(b, "URL");
        str_val(g, "/INBOX;UIDVALIDITY=385759045/;UID=20/;section=1.mime");
        ik_build_atom(b, "TEXT");
        ik_build_literal(b, data, dl);
        ik_build_list_close(b);
        break;
      case 2:
        if (dl) data[below(g, (uint32_t)dl)] = 0; /* binary content: literal8 */
        ik_build_literal8(b, data, dl);
        break;
      default:
        ik_build_literal(b, data, dl);
        break;
      }
    }
    return finish(g, out);
  }
  case 12:
  case 13: {
    static const char *const cmds[] = {"COPY", "MOVE"};
    ik_build_command(b, t, uid ? (chance(g, 50) ? "UID COPY" : "UID MOVE") : PICK(g, cmds));
    seqset(g, 1);
    any_mailbox(g);
    return finish(g, out);
  }
  case 14:
  case 15:
  case 16:
  case 17: {
    ik_build_command(b, t, uid ? "UID FETCH" : "FETCH");
    seqset(g, 1);
    if (chance(g, 25)) {
      fetch_att(g, 0);
    } else {
      ik_build_list_open(b);
      uint32_t n = 1 + below(g, 5);
      for (uint32_t i = 0; i < n; i++) fetch_att(g, 1);
      ik_build_list_close(b);
    }
    if (chance(g, 15)) {
      ik_build_list_open(b);
      ik_build_atom(b, "CHANGEDSINCE");
      ik_build_number64(b, 1 + below(g, 1000000));
      if (uid && chance(g, 50)) ik_build_atom(b, "VANISHED");
      ik_build_list_close(b);
    }
    return finish(g, out);
  }
  case 18:
  case 19: {
    static const char *const acts[] = {"FLAGS", "+FLAGS", "-FLAGS", "FLAGS.SILENT",
                                       "+FLAGS.SILENT", "-FLAGS.SILENT"};
    ik_build_command(b, t, uid ? "UID STORE" : "STORE");
    seqset(g, 1);
    if (chance(g, 15)) {
      ik_build_list_open(b);
      ik_build_atom(b, "UNCHANGEDSINCE");
      ik_build_number64(b, below(g, 1000000));
      ik_build_list_close(b);
    }
    if (chance(g, 10)) {
      ik_build_atom(b, chance(g, 50) ? "+X-GM-LABELS" : "X-GM-LABELS");
      ik_build_list_open(b);
      uint32_t n = 1 + below(g, 3);
      for (uint32_t i = 0; i < n; i++) str_val(g, chance(g, 50) ? "\\Important" : "work stuff");
      ik_build_list_close(b);
      return finish(g, out);
    }
    ik_build_atom(b, PICK(g, acts));
    if (chance(g, 70)) {
      flag_list(g, 4);
    } else {
      uint32_t n = 1 + below(g, 3);
      for (uint32_t i = 0; i < n; i++) ik_build_flag(b, any_flag(g));
    }
    return finish(g, out);
  }
  case 20:
  case 21:
  case 22:
    ik_build_command(b, t, uid ? "UID SEARCH" : "SEARCH");
    search_args(g, 1);
    return finish(g, out);
  case 23: {
    /* IDLE, then DONE */
    ik_build_command(b, t, "IDLE");
    int n = finish(g, out);
    if (n < left && ik_build_done(b) == IK_E_OK) {
      fwrite(b->buf, 1, b->len, out);
      n++;
    }
    return n;
  }
  case 24:
    ik_build_command(b, t, "UID EXPUNGE");
    seqset(g, 1);
    return finish(g, out);
  case 25: {
    static const char *const caps[] = {"CONDSTORE", "QRESYNC", "UTF8=ACCEPT", "X-GOOD-IDEA"};
    ik_build_command(b, t, "ENABLE");
    uint32_t n = 1 + below(g, 3);
    for (uint32_t i = 0; i < n; i++) ik_build_atom(b, PICK(g, caps));
    return finish(g, out);
  }
  case 26:
    /* ID ("name" "value" ...) / ID NIL (RFC 2971) */
    ik_build_command(b, t, "ID");
    if (chance(g, 20)) {
      ik_build_nil(b);
    } else {
      ik_build_list_open(b);
      qstr(g, "name");
      qstr(g, "imapkit");
      qstr(g, "version");
      nstr(g, chance(g, 50) ? IK_VERSION_STRING : NULL);
      ik_build_list_close(b);
    }
    return finish(g, out);
  case 27:
    /* quota, metadata, ACL (RFC 9208, 5464, 4314) */
    switch (below(g, 10)) {
    case 0:
      ik_build_command(b, t, "GETQUOTAROOT");
      any_mailbox(g);
      break;
    case 1:
      ik_build_command(b, t, "GETQUOTA");
      qstr(g, chance(g, 50) ? "" : "#user/alice");
      break;
    case 2: {
      static const char *const res[] = {"STORAGE", "MESSAGE", "MAILBOX", "ANNOTATION-STORAGE"};
      ik_build_command(b, t, "SETQUOTA");
      qstr(g, "");
      ik_build_list_open(b);
      uint32_t n = below(g, 3);
      for (uint32_t i = 0; i < n; i++) {
        ik_build_atom(b, PICK(g, res));
        ik_build_number64(b, num64(g));
      }
      ik_build_list_close(b);
      break;
    }
    case 3: {
      static const char *const entries[] = {"/private/comment", "/shared/comment",
                                            "/shared/admin", "/private/vendor/x/y"};
      ik_build_command(b, t, "GETMETADATA");
      if (chance(g, 40)) {
        ik_build_list_open(b);
        if (chance(g, 60)) {
          ik_build_atom(b, "MAXSIZE");
          ik_build_number(b, nz(g));
        }
        ik_build_atom(b, "DEPTH");
        ik_build_atom(b, chance(g, 30) ? "infinity" : chance(g, 50) ? "0" : "1");
        ik_build_list_close(b);
      }
      any_mailbox(g);
      if (chance(g, 50)) {
        str_val(g, PICK(g, entries));
      } else {
        ik_build_list_open(b);
        uint32_t n = 1 + below(g, 3);
        for (uint32_t i = 0; i < n; i++) str_val(g, PICK(g, entries));
        ik_build_list_close(b);
      }
      break;
    }
    case 4: {
      char data[512];
      size_t dl;
      ik_build_command(b, t, "SETMETADATA");
      any_mailbox(g);
      ik_build_list_open(b);
      uint32_t n = 1 + below(g, 2);
      for (uint32_t i = 0; i < n; i++) {
        str_val(g, i ? "/shared/comment" : "/private/comment");
        switch (below(g, 3)) {
        case 0:
          nstr(g, chance(g, 50) ? "My own comment" : NULL);
          break;
        case 1:
          qstr(g, PICK(g, strings)); /* a string: never an atom (no nstring) */
          break;
        default:
          message_data(g, data, sizeof data, &dl);
          ik_build_literal8(b, data, dl);
          break;
        }
      }
      ik_build_list_close(b);
      break;
    }
    case 5: {
      static const char *const rights[] = {"lrswipkxtecda", "+cda", "-w", "lr", ""};
      ik_build_command(b, t, "SETACL");
      any_mailbox(g);
      any_astring(g);
      str_val(g, PICK(g, rights));
      break;
    }
    case 6:
    case 7:
      ik_build_command(b, t, chance(g, 50) ? "DELETEACL" : "LISTRIGHTS");
      any_mailbox(g);
      any_astring(g);
      break;
    default:
      ik_build_command(b, t, chance(g, 50) ? "GETACL" : "MYRIGHTS");
      any_mailbox(g);
      break;
    }
    return finish(g, out);
  case 28: {
    /* SORT / THREAD (RFC 5256) */
    static const char *const crit[] = {"ARRIVAL", "CC",   "DATE",        "FROM",     "SIZE",
                                       "SUBJECT", "TO", "DISPLAYFROM", "DISPLAYTO"};
    if (chance(g, 50)) {
      ik_build_command(b, t, uid ? "UID SORT" : "SORT");
      if (chance(g, 25)) {
        /* ESORT (RFC 5267) */
        static const char *const opts[] = {"MIN", "MAX", "ALL", "COUNT"};
        ik_build_atom(b, "RETURN");
        ik_build_list_open(b);
        uint32_t n = below(g, 3);
        for (uint32_t i = 0; i < n; i++) ik_build_atom(b, PICK(g, opts));
        ik_build_list_close(b);
      }
      ik_build_list_open(b);
      uint32_t n = 1 + below(g, 3);
      for (uint32_t i = 0; i < n; i++) {
        if (chance(g, 30)) ik_build_atom(b, "REVERSE");
        ik_build_atom(b, PICK(g, crit));
      }
      ik_build_list_close(b);
    } else {
      static const char *const algs[] = {"REFERENCES", "ORDEREDSUBJECT", "REFS"};
      ik_build_command(b, t, uid ? "UID THREAD" : "THREAD");
      ik_build_atom(b, PICK(g, algs));
    }
    ik_build_atom(b, "UTF-8");
    uint32_t n = 1 + below(g, 2);
    for (uint32_t i = 0; i < n; i++) search_key(g, 2);
    return finish(g, out);
  }
  case 29: {
    /* REPLACE (RFC 8508), NOTIFY (RFC 5465) */
    if (chance(g, 50)) {
      char data[512];
      size_t dl;
      ik_build_command(b, t, uid ? "UID REPLACE" : "REPLACE");
      ik_build_number(b, nz(g));
      any_mailbox(g);
      if (chance(g, 50)) flag_list(g, 3);
      if (chance(g, 30)) datetime(g);
      message_data(g, data, sizeof data, &dl);
      if (chance(g, 20)) {
        ik_build_atom(b, "UTF8");
        ik_build_list_open(b);
        ik_build_literal8(b, data, dl);
        ik_build_list_close(b);
      } else {
        ik_build_literal(b, data, dl);
      }
      return finish(g, out);
    }
    static const char *const filters[] = {"selected", "selected-delayed", "inboxes", "personal",
                                          "subscribed", "subtree", "mailboxes"};
    static const char *const events[] = {"MessageExpunge", "FlagChange", "AnnotationChange",
                                         "MailboxName", "SubscriptionChange",
                                         "MailboxMetadataChange", "ServerMetadataChange"};
    ik_build_command(b, t, "NOTIFY");
    if (chance(g, 15)) {
      ik_build_atom(b, "NONE");
      return finish(g, out);
    }
    ik_build_atom(b, "SET");
    if (chance(g, 40)) ik_build_atom(b, "STATUS");
    uint32_t groups = 1 + below(g, 3);
    for (uint32_t i = 0; i < groups; i++) {
      const char *f = PICK(g, filters);
      ik_build_list_open(b);
      ik_build_atom(b, f);
      if (!strcmp(f, "subtree") || !strcmp(f, "mailboxes")) {
        if (chance(g, 50)) {
          any_mailbox(g);
        } else {
          ik_build_list_open(b);
          uint32_t n = 1 + below(g, 3);
          for (uint32_t k = 0; k < n; k++) any_mailbox(g);
          ik_build_list_close(b);
        }
      }
      if (chance(g, 15)) {
        ik_build_atom(b, "NONE");
      } else {
        ik_build_list_open(b);
        if (chance(g, 60)) {
          ik_build_atom(b, "MessageNew");
          if (chance(g, 50)) {
            ik_build_list_open(b);
            uint32_t n = 1 + below(g, 3);
            for (uint32_t k = 0; k < n; k++) fetch_att(g, 1);
            ik_build_list_close(b);
          }
        }
        uint32_t n = 1 + below(g, 3);
        for (uint32_t k = 0; k < n; k++) ik_build_atom(b, PICK(g, events));
        ik_build_list_close(b);
      }
      ik_build_list_close(b);
    }
    return finish(g, out);
  }
  case 30: {
    /* URLAUTH (RFC 4467, 5524), I18NLEVEL (RFC 5255), CONTEXT (RFC 5267),
     * COMPRESS (RFC 4978) is left out: what follows it would be deflated */
    static const char *const url = "imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred";
    switch (below(g, 6)) {
    case 0:
      ik_build_command(b, t, "RESETKEY");
      if (chance(g, 60)) {
        any_mailbox(g);
        if (chance(g, 50)) ik_build_atom(b, "INTERNAL");
      }
      break;
    case 1:
      ik_build_command(b, t, "GENURLAUTH");
      str_val(g, url);
      ik_build_atom(b, "INTERNAL");
      break;
    case 2:
      ik_build_command(b, t, "URLFETCH");
      if (chance(g, 50)) {
        str_val(g, url);
      } else {
        ik_build_list_open(b);
        str_val(g, url);
        if (chance(g, 50)) ik_build_atom(b, "BINARY");
        if (chance(g, 30)) ik_build_atom(b, "BODYPARTSTRUCTURE");
        if (chance(g, 50)) {
          ik_build_atom(b, "PARTIAL");
          ik_build_atom(b, chance(g, 50) ? "0.1024" : "512");
        }
        ik_build_list_close(b);
      }
      break;
    case 3:
      ik_build_command(b, t, "LANGUAGE");
      if (chance(g, 70)) qstr(g, chance(g, 50) ? "de" : "fr-CA");
      break;
    case 4:
      ik_build_command(b, t, "COMPARATOR");
      if (chance(g, 70)) qstr(g, "i;unicode-casemap");
      break;
    default:
      ik_build_command(b, t, "CANCELUPDATE");
      qstr(g, "A01");
      break;
    }
    return finish(g, out);
  }
  default: {
    /* an extension imapkit does not know: generic values, nested */
    ik_build_command(b, t, chance(g, 50) ? "XAPPLEPUSHSERVICE" : "X-FOO");
    uint32_t n = below(g, 4);
    for (uint32_t i = 0; i < n; i++) {
      if (chance(g, 30)) {
        ik_build_list_open(b);
        any_astring(g);
        ik_build_number(b, nz(g));
        ik_build_list_close(b);
      } else {
        any_astring(g);
      }
    }
    return finish(g, out);
  }
  }
}

/* ------------------------------------------------------------------------ */
/* Responses */

/* The four fields of an address (name, adl, mailbox, host) inside the list
 * just opened. */
static void address_fields(gen *g) {
  static const char *const names[] = {"Terry Gray", "Doe, John \"JD\"", "J\xc3\xbcrgen", NULL,
                                      "=?utf-8?q?Andr=C3=A9?="};
  static const char *const boxes[] = {"gray", "john.doe", "alice", "x"};
  static const char *const hosts[] = {"cac.washington.edu", "example.com", "example.org"};
  nstr(g, PICK(g, names));
  nstr(g, chance(g, 5) ? "@route.example" : NULL);
  nstr(g, PICK(g, boxes));
  nstr(g, PICK(g, hosts));
}

static void address_list(gen *g) {
  if (chance(g, 30)) {
    ik_build_nil(&g->b);
    return;
  }
  ik_build_list_open(&g->b);
  uint32_t n = 1 + below(g, 3);
  int group = chance(g, 15);
  int opened = 0;
  if (group) {
    /* group start: NIL host, the mailbox is the group's name */
    ik_build_list_open(&g->b);
    nstr(g, NULL);
    nstr(g, NULL);
    nstr(g, chance(g, 50) ? "undisclosed-recipients" : "Team");
    nstr(g, NULL);
    ik_build_list_close(&g->b);
    opened = 1;
    if (chance(g, 40)) n = 0;
  }
  for (uint32_t i = 0; i < n; i++) {
    if (opened)
      ik_build_list_adjoin(&g->b);
    else
      ik_build_list_open(&g->b);
    opened = 1;
    address_fields(g);
    ik_build_list_close(&g->b);
  }
  if (group) {
    /* group end: NIL mailbox and host */
    ik_build_list_adjoin(&g->b);
    for (int i = 0; i < 4; i++) nstr(g, NULL);
    ik_build_list_close(&g->b);
  }
  ik_build_list_close(&g->b);
}

static void envelope(gen *g) {
  static const char *const subjects[] = {"IMAP4rev1 WG mtg summary and minutes", "Re: hello",
                                         "caf\xc3\xa9 \"quoted\"", "", "multi\r\nline"};
  ik_build_list_open(&g->b);
  nstr(g, chance(g, 90) ? "Wed, 17 Jul 1996 02:23:25 -0700 (PDT)" : NULL);
  nstr(g, chance(g, 90) ? PICK(g, subjects) : NULL);
  for (int i = 0; i < 6; i++) address_list(g);
  nstr(g, chance(g, 30) ? "<B27397-0100000@cac.washington.edu>" : NULL);
  nstr(g, chance(g, 90) ? "<B27397-0100000@cac.washington.edu>" : NULL);
  ik_build_list_close(&g->b);
}

static void body_params(gen *g, int allow_name) {
  static const char *const keys[] = {"charset", "format", "boundary", "delsp", "name", "name*"};
  static const char *const vals[] = {"us-ascii", "utf-8", "flowed", "----=_Part_0_12345",
                                     "report.pdf", "utf-8''na%C3%AFve%20file.txt"};
  if (chance(g, 30)) {
    ik_build_nil(&g->b);
    return;
  }
  ik_build_list_open(&g->b);
  uint32_t n = 1 + below(g, 2);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t k = below(g, allow_name ? 6 : 4);
    qstr(g, keys[k]);
    qstr(g, vals[k]);
  }
  ik_build_list_close(&g->b);
}

static void body_ext_tail(gen *g, int depth) {
  /* [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]] */
  if (chance(g, 40)) return;
  if (chance(g, 40)) {
    ik_build_nil(&g->b);
  } else {
    ik_build_list_open(&g->b);
    qstr(g, chance(g, 50) ? "attachment" : "inline");
    if (chance(g, 50)) {
      ik_build_list_open(&g->b);
      qstr(g, chance(g, 50) ? "filename" : "filename*");
      qstr(g, chance(g, 50) ? "invoice.pdf" : "utf-8''Rechnung%20M%C3%A4rz.pdf");
      ik_build_list_close(&g->b);
    } else {
      ik_build_nil(&g->b);
    }
    ik_build_list_close(&g->b);
  }
  if (chance(g, 40)) return;
  if (chance(g, 60)) {
    nstr(g, chance(g, 50) ? "en" : NULL);
  } else {
    ik_build_list_open(&g->b);
    qstr(g, "en");
    qstr(g, "de-CH");
    ik_build_list_close(&g->b);
  }
  if (chance(g, 40)) return;
  nstr(g, chance(g, 50) ? "http://example.com/index.html" : NULL);
  uint32_t n = below(g, 3);
  for (uint32_t i = 0; i < n; i++) {
    /* body-extension = nstring / number / "(" body-extension *(SP body-extension) ")" */
    if (depth < 3 && chance(g, 40)) {
      ik_build_list_open(&g->b);
      ik_build_number(&g->b, below(g, 100));
      nstr(g, "x");
      ik_build_list_close(&g->b);
    } else if (chance(g, 50)) {
      ik_build_number(&g->b, below(g, 100));
    } else {
      nstr(g, chance(g, 50) ? "ext" : NULL);
    }
  }
}

/* body = "(" (body-type-1part / body-type-mpart) ")"; `adjoin`: right after
 * the previous part of a multipart. */
static void body(gen *g, int depth, int adjoin, int ext) {
  if (adjoin)
    ik_build_list_adjoin(&g->b);
  else
    ik_build_list_open(&g->b);
  uint32_t k = below(g, depth >= 4 ? 6 : 10);
  if (k >= 7) {
    /* multipart */
    static const char *const subs[] = {"mixed", "alternative", "related", "signed"};
    uint32_t n = 1 + below(g, 3);
    for (uint32_t i = 0; i < n; i++) body(g, depth + 1, i > 0, ext);
    qstr(g, PICK(g, subs));
    if (ext && chance(g, 60)) {
      body_params(g, 0);
      body_ext_tail(g, depth);
    }
  } else {
    static const char *const texts[] = {"plain", "html", "calendar"};
    static const char *const basic[][2] = {{"application", "pdf"},
                                           {"image", "png"},
                                           {"application", "octet-stream"},
                                           {"audio", "basic"}};
    static const char *const encs[] = {"7bit", "8bit", "base64", "quoted-printable", "binary"};
    int text = k < 3, msg = k == 6 && depth < 4;
    if (text) {
      qstr(g, "text");
      qstr(g, PICK(g, texts));
    } else if (msg) {
      qstr(g, "message");
      qstr(g, chance(g, 80) ? "rfc822" : "global");
    } else {
      uint32_t i = below(g, 4);
      qstr(g, basic[i][0]);
      qstr(g, basic[i][1]);
    }
    body_params(g, !text);
    nstr(g, chance(g, 20) ? "<part1@example.com>" : NULL);
    nstr(g, chance(g, 20) ? "A description" : NULL);
    qstr(g, PICK(g, encs));
    ik_build_number(&g->b, below(g, 200000));
    if (msg) {
      envelope(g);
      body(g, depth + 1, 0, ext);
      ik_build_number64(&g->b, below(g, 5000));
    } else if (text) {
      ik_build_number64(&g->b, below(g, 5000));
    }
    if (ext && chance(g, 60)) {
      nstr(g, chance(g, 30) ? "Q2hlY2sgSW50ZWdyaXR5IQ==" : NULL);
      body_ext_tail(g, depth);
    }
  }
  ik_build_list_close(&g->b);
}

static void fetch_items(gen *g) {
  static const char *const msg[] = {"From: a@example.com\r\nSubject: hi\r\n\r\n",
                                    "Hello\r\n", "", "binary\x01\x02 data", "caf\xc3\xa9"};
  ik_builder *b = &g->b;
  ik_build_list_open(b);
  uint32_t n = 1 + below(g, 5);
  for (uint32_t i = 0; i < n; i++) {
    switch (below(g, 17)) {
    case 0:
      ik_build_atom(b, "FLAGS");
      flag_list(g, 4);
      break;
    case 1:
      ik_build_atom(b, "UID");
      ik_build_number(b, nz(g));
      break;
    case 2:
      ik_build_atom(b, "INTERNALDATE");
      datetime(g);
      break;
    case 3:
      ik_build_atom(b, "RFC822.SIZE");
      ik_build_number(b, below(g, 10000000));
      break;
    case 4:
      ik_build_atom(b, "ENVELOPE");
      envelope(g);
      break;
    case 5:
      ik_build_atom(b, "BODYSTRUCTURE");
      body(g, 0, 0, 1);
      break;
    case 6:
      ik_build_atom(b, "BODY");
      body(g, 0, 0, 0);
      break;
    case 7: {
      static const char *const names[] = {"RFC822", "RFC822.HEADER", "RFC822.TEXT"};
      ik_build_atom(b, PICK(g, names));
      const char *m = PICK(g, msg);
      if (chance(g, 10))
        ik_build_nil(b);
      else
        ik_build_nstring(b, m, strlen(m));
      break;
    }
    case 8:
    case 9: {
      static const char *const texts[] = {"HEADER", "TEXT", "MIME", "HEADER.FIELDS"};
      ik_build_section_open(b, "BODY");
      uint32_t parts = below(g, 3);
      for (uint32_t j = 0; j < parts; j++) ik_build_section_part(b, 1 + below(g, 4));
      if (chance(g, 60)) {
        const char *tx = PICK(g, texts);
        if (!strcmp(tx, "MIME") && !parts) tx = "HEADER";
        ik_build_section_text(b, tx);
        if (!strcmp(tx, "HEADER.FIELDS")) {
          ik_build_list_open(b);
          str_val(g, "FROM");
          str_val(g, "SUBJECT");
          ik_build_list_close(b);
        }
      }
      ik_build_section_close(b);
      if (chance(g, 25)) ik_build_partial(b, below(g, 1000), 0);
      const char *m = PICK(g, msg);
      if (chance(g, 10))
        ik_build_nil(b);
      else if (chance(g, 50))
        ik_build_literal(b, m, strlen(m));
      else
        ik_build_nstring(b, m, strlen(m));
      break;
    }
    case 10:
      ik_build_atom(b, "MODSEQ");
      ik_build_list_open(b);
      ik_build_number64(b, 1 + below(g, 1000000));
      ik_build_list_close(b);
      break;
    case 11: {
      int size = chance(g, 30);
      ik_build_section_open(b, size ? "BINARY.SIZE" : "BINARY");
      uint32_t parts = 1 + below(g, 2);
      for (uint32_t j = 0; j < parts; j++) ik_build_section_part(b, 1 + below(g, 4));
      ik_build_section_close(b);
      if (size) {
        ik_build_number(b, below(g, 100000));
      } else {
        const char *m = PICK(g, msg);
        ik_build_literal8(b, m, strlen(m));
      }
      break;
    }
    case 12:
      ik_build_atom(b, chance(g, 50) ? "X-GM-MSGID" : "X-GM-THRID");
      ik_build_number64(b, num64(g));
      break;
    case 13:
      /* PREVIEW (RFC 8970), SNIPPET (the draft Dovecot speaks) */
      if (chance(g, 60)) {
        ik_build_atom(b, "PREVIEW");
        if (chance(g, 20))
          ik_build_nil(b);
        else
          nstr(g, PICK(g, strings));
      } else {
        ik_build_atom(b, "SNIPPET");
        ik_build_list_open(b);
        ik_build_atom(b, "FUZZY");
        nstr(g, PICK(g, strings));
        ik_build_list_close(b);
      }
      break;
    case 14:
      /* SAVEDATE (RFC 8514) */
      ik_build_atom(b, "SAVEDATE");
      if (chance(g, 20))
        ik_build_nil(b);
      else
        datetime(g);
      break;
    case 15:
      /* EMAILID, THREADID (RFC 8474) */
      if (chance(g, 50)) {
        ik_build_atom(b, "EMAILID");
      } else {
        ik_build_atom(b, "THREADID");
        if (chance(g, 30)) {
          ik_build_nil(b);
          break;
        }
      }
      ik_build_list_open(b);
      ik_build_atom(b, chance(g, 50) ? "M6d99ac3275bb4e" : "T64b478a75b7ea9");
      ik_build_list_close(b);
      break;
    default:
      ik_build_atom(b, "X-GM-LABELS");
      ik_build_list_open(b);
      str_val(g, "\\Inbox");
      str_val(g, "work stuff");
      ik_build_list_close(b);
      break;
    }
  }
  ik_build_list_close(b);
}

static void resp_code(gen *g) {
  ik_builder *b = &g->b;
  static const char *const bare[] = {"ALERT",     "PARSE",      "READ-ONLY",       "READ-WRITE",
                                     "TRYCREATE", "NOMODSEQ",   "UIDNOTSTICKY",    "CLOSED",
                                     "UNAVAILABLE", "AUTHENTICATIONFAILED", "EXPIRED", "OVERQUOTA",
                                     "ALREADYEXISTS", "NONEXISTENT", "CANNOT",     "SERVERBUG",
                                     "COMPRESSIONACTIVE", "UNKNOWN-CTE", "NOTSAVED", "HASCHILDREN",
                                     "USEATTR", "PRIVACYREQUIRED", "CONTACTADMIN", "NOPERM", "INUSE",
                                     "EXPUNGEISSUED", "CORRUPTION", "CLIENTBUG", "LIMIT"};
  switch (below(g, 14)) {
  case 0:
    ik_build_code_open(b, PICK(g, bare));
    break;
  case 1:
    ik_build_code_open(b, "BADCHARSET");
    if (chance(g, 60)) {
      ik_build_list_open(b);
      str_val(g, "UTF-8");
      if (chance(g, 50)) str_val(g, "US-ASCII");
      ik_build_list_close(b);
    }
    break;
  case 2: {
    static const char *const caps[] = {"IMAP4rev1", "IDLE", "AUTH=PLAIN", "LITERAL+", "SASL-IR",
                                       "CONDSTORE", "X-GM-EXT-1"};
    ik_build_code_open(b, "CAPABILITY");
    ik_build_atom(b, "IMAP4rev1");
    uint32_t n = below(g, 5);
    for (uint32_t i = 0; i < n; i++) ik_build_atom(b, PICK(g, caps));
    break;
  }
  case 3: {
    ik_build_code_open(b, "PERMANENTFLAGS");
    ik_build_list_open(b);
    uint32_t n = below(g, 4);
    for (uint32_t i = 0; i < n; i++) ik_build_flag_perm(b, any_flag(g));
    if (chance(g, 50)) ik_build_flag_perm(b, "\\*");
    ik_build_list_close(b);
    break;
  }
  case 4: {
    static const char *const num[] = {"UIDNEXT", "UIDVALIDITY", "UNSEEN"};
    ik_build_code_open(b, PICK(g, num));
    ik_build_number(b, nz(g));
    break;
  }
  case 5:
    ik_build_code_open(b, "HIGHESTMODSEQ");
    ik_build_number64(b, 1 + below(g, 1000000));
    break;
  case 6:
    ik_build_code_open(b, "APPENDUID");
    ik_build_number(b, nz(g));
    seqset(g, 0);
    break;
  case 7:
    ik_build_code_open(b, "COPYUID");
    ik_build_number(b, nz(g));
    seqset(g, 0);
    seqset(g, 0);
    break;
  case 8:
    ik_build_code_open(b, "MODIFIED");
    seqset(g, 0);
    break;
  case 9:
    ik_build_code_open(b, "XPIG-LATIN");
    break;
  case 10: {
    /* METADATA (RFC 5464) */
    static const char *const cond[] = {"LONGENTRIES", "MAXSIZE", "TOOMANY", "NOPRIVATE"};
    const char *c = PICK(g, cond);
    ik_build_code_open(b, "METADATA");
    ik_build_atom(b, c);
    if (c[0] == 'L' || c[0] == 'M') ik_build_number(b, below(g, 100000));
    break;
  }
  case 11:
    /* MAILBOXID (RFC 8474) */
    ik_build_code_open(b, "MAILBOXID");
    ik_build_list_open(b);
    ik_build_atom(b, "F2212ea87-6097-4256-9d51-71338625");
    ik_build_list_close(b);
    break;
  case 12:
    /* NOUPDATE (RFC 5267) */
    ik_build_code_open(b, "NOUPDATE");
    qstr(g, "B02");
    break;
  default:
    ik_build_code_open(b, "X-SOMETHING");
    ik_build_text(b, "with free text", 14);
    break;
  }
  ik_build_code_close(b);
}

static void status_text(gen *g) {
  static const char *const texts[] = {"Completed", "IMAP4rev1 Service Ready", "LOGIN completed",
                                      "Don't do that [really]", "Fetch completed (0.001 + 0.000 secs).",
                                      "caf\xc3\xa9 (UTF8=ACCEPT)"};
  const char *t = PICK(g, texts);
  /* 8-bit text only where the builder was told UTF8=ACCEPT */
  if ((unsigned char)t[3] >= 0x80 && !(g->options & IK_BUILD_UTF8)) t = "Done";
  ik_build_text(&g->b, t, strlen(t));
}

static int response(gen *g, FILE *out) {
  ik_builder *b = &g->b;
  char t[32];
  static const char *const status[] = {"OK", "NO", "BAD"};
  uint32_t which = below(g, 29);
  switch (which) {
  case 0:
  case 1:
    tag(g, t, sizeof t);
    ik_build_tagged(b, t, PICK(g, status));
    if (chance(g, 40)) resp_code(g);
    status_text(g);
    return finish(g, out);
  case 2:
  case 3: {
    static const char *const untagged[] = {"OK", "NO", "BAD", "BYE", "PREAUTH"};
    ik_build_untagged(b, PICK(g, untagged));
    if (chance(g, 60)) resp_code(g);
    status_text(g);
    return finish(g, out);
  }
  case 4: {
    ik_build_continuation(b);
    uint32_t k = below(g, 4);
    if (k == 0) {
      static const char chal[] = "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+";
      ik_build_text(b, chal, sizeof chal - 1);
    } else if (k == 1) {
      ik_build_text(b, "Ready for literal data", 22);
    } else if (k == 2) {
      resp_code(g);
      ik_build_text(b, "go ahead", 8);
    }
    return finish(g, out);
  }
  case 5: {
    static const char *const caps[] = {"IDLE", "AUTH=PLAIN", "AUTH=XOAUTH2", "LITERAL+",
                                       "SASL-IR", "UIDPLUS", "MOVE", "ENABLE", "CONDSTORE",
                                       "QRESYNC", "BINARY", "UTF8=ACCEPT", "STARTTLS", "LOGINDISABLED"};
    ik_build_untagged(b, "CAPABILITY");
    ik_build_atom(b, "IMAP4rev1");
    uint32_t n = below(g, 8);
    for (uint32_t i = 0; i < n; i++) ik_build_atom(b, PICK(g, caps));
    return finish(g, out);
  }
  case 6:
    ik_build_untagged(b, "FLAGS");
    flag_list(g, 6);
    return finish(g, out);
  case 7:
  case 8: {
    static const char *const attrs[] = {"\\Noselect", "\\HasChildren", "\\HasNoChildren",
                                        "\\Marked",   "\\Unmarked",    "\\Noinferiors",
                                        "\\Sent",     "\\Trash",       "\\Subscribed"};
    ik_build_untagged(b, chance(g, 80) ? "LIST" : "LSUB");
    ik_build_list_open(b);
    uint32_t n = below(g, 3);
    for (uint32_t i = 0; i < n; i++) ik_build_flag(b, PICK(g, attrs));
    ik_build_list_close(b);
    if (chance(g, 85))
      qstr(g, chance(g, 80) ? "/" : ".");
    else
      ik_build_nil(b);
    any_mailbox(g);
    if (chance(g, 10)) {
      /* LIST-EXTENDED: mbox-list-extended */
      ik_build_list_open(b);
      qstr(g, "CHILDINFO");
      ik_build_list_open(b);
      qstr(g, "SUBSCRIBED");
      ik_build_list_close(b);
      ik_build_list_close(b);
    }
    return finish(g, out);
  }
  case 9: {
    ik_build_untagged(b, "SEARCH");
    uint32_t n = below(g, 8);
    for (uint32_t i = 0; i < n; i++) ik_build_number(b, nz(g));
    return finish(g, out);
  }
  case 10: {
    static const char *const atts[] = {"MESSAGES", "RECENT", "UIDNEXT", "UIDVALIDITY", "UNSEEN"};
    ik_build_untagged(b, "STATUS");
    any_mailbox(g);
    ik_build_list_open(b);
    uint32_t n = below(g, 5);
    for (uint32_t i = 0; i < n; i++) {
      ik_build_atom(b, PICK(g, atts));
      ik_build_number(b, below(g, 100000));
    }
    ik_build_list_close(b);
    return finish(g, out);
  }
  case 11: {
    static const char *const numbered[] = {"EXISTS", "RECENT", "EXPUNGE"};
    const char *nm = PICK(g, numbered);
    ik_build_untagged_num(b, nm[2] == 'P' ? nz(g) : below(g, 100000), nm);
    return finish(g, out);
  }
  case 12:
  case 13:
  case 14:
  case 15:
  case 16:
    ik_build_untagged_num(b, nz(g), "FETCH");
    fetch_items(g);
    return finish(g, out);
  case 17:
    /* ESEARCH (RFC 4731) */
    ik_build_untagged(b, "ESEARCH");
    if (chance(g, 60)) {
      ik_build_list_open(b);
      ik_build_atom(b, "TAG");
      qstr(g, "a1");
      ik_build_list_close(b);
    }
    if (chance(g, 50)) ik_build_atom(b, "UID");
    if (chance(g, 70)) {
      ik_build_atom(b, "MIN");
      ik_build_number(b, nz(g));
      ik_build_atom(b, "ALL");
      seqset(g, 0);
      ik_build_atom(b, "COUNT");
      ik_build_number(b, below(g, 1000));
    }
    return finish(g, out);
  case 18:
    /* NAMESPACE (RFC 2342) */
    ik_build_untagged(b, "NAMESPACE");
    ik_build_list_open(b);
    ik_build_list_open(b);
    qstr(g, "");
    qstr(g, "/");
    ik_build_list_close(b);
    ik_build_list_close(b);
    ik_build_nil(b);
    if (chance(g, 50)) {
      ik_build_list_open(b);
      ik_build_list_open(b);
      qstr(g, "#shared/");
      qstr(g, "/");
      ik_build_list_close(b);
      ik_build_list_close(b);
    } else {
      ik_build_nil(b);
    }
    return finish(g, out);
  case 19: {
    static const char *const caps[] = {"CONDSTORE", "QRESYNC", "UTF8=ACCEPT"};
    ik_build_untagged(b, "ENABLED");
    uint32_t n = below(g, 3);
    for (uint32_t i = 0; i < n; i++) ik_build_atom(b, PICK(g, caps));
    return finish(g, out);
  }
  case 20:
    /* VANISHED (RFC 7162) */
    ik_build_untagged(b, "VANISHED");
    if (chance(g, 50)) {
      ik_build_list_open(b);
      ik_build_atom(b, "EARLIER");
      ik_build_list_close(b);
    }
    seqset(g, 0);
    return finish(g, out);
  case 21:
    /* ID (RFC 2971), QUOTA (RFC 9208) */
    if (chance(g, 50)) {
      ik_build_untagged(b, "ID");
      ik_build_list_open(b);
      qstr(g, "name");
      qstr(g, "Dovecot");
      ik_build_list_close(b);
    } else {
      ik_build_untagged(b, "QUOTA");
      qstr(g, "");
      ik_build_list_open(b);
      ik_build_atom(b, "STORAGE");
      ik_build_number64(b, below(g, 100000));
      ik_build_number64(b, 512000);
      ik_build_list_close(b);
    }
    return finish(g, out);
  case 22: {
    /* SORT and THREAD (RFC 5256) */
    if (chance(g, 50)) {
      ik_build_untagged(b, "SORT");
      uint32_t n = below(g, 6);
      for (uint32_t i = 0; i < n; i++) ik_build_number(b, nz(g));
    } else {
      /* thread lists side by side: "(2)(3 6 (4 23)(44 7 96))" */
      ik_build_untagged(b, "THREAD");
      uint32_t n = below(g, 4);
      for (uint32_t i = 0; i < n; i++) {
        if (i)
          ik_build_list_adjoin(b);
        else
          ik_build_list_open(b);
        uint32_t k = 1 + below(g, 3);
        for (uint32_t j = 0; j < k; j++) ik_build_number(b, nz(g));
        if (chance(g, 40)) {
          /* thread-nested = 2*thread-list */
          ik_build_list_open(b);
          ik_build_number(b, nz(g));
          ik_build_list_close(b);
          ik_build_list_adjoin(b);
          ik_build_number(b, nz(g));
          ik_build_number(b, nz(g));
          ik_build_list_close(b);
        }
        ik_build_list_close(b);
      }
    }
    return finish(g, out);
  }
  case 23:
    /* QUOTAROOT (RFC 9208), ACL, LISTRIGHTS, MYRIGHTS (RFC 4314) */
    switch (below(g, 4)) {
    case 0:
      ik_build_untagged(b, "QUOTAROOT");
      any_mailbox(g);
      qstr(g, "");
      if (chance(g, 50)) qstr(g, "#user/alice");
      break;
    case 1:
      ik_build_untagged(b, "ACL");
      any_mailbox(g);
      str_val(g, "fred");
      str_val(g, "rwipslxetad");
      if (chance(g, 50)) {
        str_val(g, "-fred");
        str_val(g, "");
      }
      break;
    case 2:
      ik_build_untagged(b, "LISTRIGHTS");
      any_mailbox(g);
      str_val(g, "smith");
      str_val(g, "la");
      str_val(g, "r");
      str_val(g, "swicdkxte");
      break;
    default:
      ik_build_untagged(b, "MYRIGHTS");
      any_mailbox(g);
      str_val(g, "rwiptsldaex");
      break;
    }
    return finish(g, out);
  case 24: {
    /* METADATA (RFC 5464): values (strings, NIL, literal8), or changed entries */
    static const char *const entries[] = {"/private/comment", "/shared/comment", "/shared/admin"};
    ik_build_untagged(b, "METADATA");
    any_mailbox(g);
    if (chance(g, 70)) {
      ik_build_list_open(b);
      uint32_t n = 1 + below(g, 3);
      for (uint32_t i = 0; i < n; i++) {
        str_val(g, PICK(g, entries));
        if (chance(g, 20))
          ik_build_nil(b);
        else if (chance(g, 20))
          ik_build_literal8(b, "a\0b", 3);
        else
          nstr(g, PICK(g, strings));
      }
      ik_build_list_close(b);
    } else {
      str_val(g, PICK(g, entries));
      if (chance(g, 50)) str_val(g, PICK(g, entries));
    }
    return finish(g, out);
  }
  case 25: {
    /* STATUS of RFC 9051 and the extensions (LIST-STATUS, STATUS=SIZE, OBJECTID, APPENDLIMIT) */
    static const char *const atts[] = {"SIZE", "DELETED", "HIGHESTMODSEQ", "DELETED-STORAGE"};
    ik_build_untagged(b, "STATUS");
    any_mailbox(g);
    ik_build_list_open(b);
    ik_build_atom(b, PICK(g, atts));
    ik_build_number64(b, num64(g));
    if (chance(g, 50)) {
      ik_build_atom(b, "APPENDLIMIT");
      if (chance(g, 50))
        ik_build_nil(b);
      else
        ik_build_number(b, nz(g));
    }
    if (chance(g, 50)) {
      ik_build_atom(b, "MAILBOXID");
      ik_build_list_open(b);
      ik_build_atom(b, "F2212ea87-6097");
      ik_build_list_close(b);
    }
    ik_build_list_close(b);
    return finish(g, out);
  }
  case 26:
    /* SEARCH and SORT with MODSEQ (RFC 7162); ESEARCH with MODSEQ, PARTIAL
     * (RFC 9394), ADDTO (RFC 5267) */
    if (chance(g, 50)) {
      ik_build_untagged(b, chance(g, 50) ? "SEARCH" : "SORT");
      ik_build_number(b, nz(g));
      ik_build_number(b, nz(g));
      ik_build_list_open(b);
      ik_build_atom(b, "MODSEQ");
      ik_build_number64(b, 1 + below(g, 1000000));
      ik_build_list_close(b);
    } else {
      ik_build_untagged(b, "ESEARCH");
      ik_build_list_open(b);
      ik_build_atom(b, "TAG");
      qstr(g, "a2");
      ik_build_list_close(b);
      ik_build_atom(b, "UID");
      switch (below(g, 3)) {
      case 0:
        ik_build_atom(b, "ALL");
        seqset(g, 0);
        ik_build_atom(b, "MODSEQ");
        ik_build_number64(b, 1 + below(g, 1000000));
        break;
      case 1:
        ik_build_atom(b, "PARTIAL");
        ik_build_list_open(b);
        ik_build_atom(b, chance(g, 50) ? "1:100" : "-1:-100");
        if (chance(g, 30))
          ik_build_nil(b);
        else
          seqset(g, 0);
        ik_build_list_close(b);
        break;
      default:
        ik_build_atom(b, "ADDTO");
        ik_build_list_open(b);
        ik_build_number(b, below(g, 10));
        seqset(g, 0);
        ik_build_list_close(b);
        break;
      }
    }
    return finish(g, out);
  case 27:
    /* LIST-EXTENDED (OLDNAME, RFC 9051), NAMESPACE extensions, ID NIL, GENURLAUTH */
    switch (below(g, 4)) {
    case 0:
      ik_build_untagged(b, "LIST");
      ik_build_list_open(b);
      ik_build_flag(b, "\\NonExistent");
      ik_build_list_close(b);
      qstr(g, "/");
      any_mailbox(g);
      ik_build_list_open(b);
      qstr(g, "OLDNAME");
      ik_build_list_open(b);
      any_mailbox(g);
      ik_build_list_close(b);
      ik_build_list_close(b);
      break;
    case 1:
      ik_build_untagged(b, "NAMESPACE");
      ik_build_nil(b);
      ik_build_nil(b);
      ik_build_list_open(b);
      ik_build_list_open(b);
      qstr(g, "#mh/");
      qstr(g, "/");
      qstr(g, "X-PARAM");
      ik_build_list_open(b);
      qstr(g, "FLAG1");
      qstr(g, "FLAG2");
      ik_build_list_close(b);
      ik_build_list_close(b);
      ik_build_list_adjoin(b);
      qstr(g, "#news.");
      qstr(g, ".");
      ik_build_list_close(b);
      ik_build_list_close(b);
      break;
    case 2:
      ik_build_untagged(b, "ID");
      ik_build_nil(b);
      break;
    default:
      ik_build_untagged(b, "GENURLAUTH");
      qstr(g, "imap://joe@example.com/INBOX/;uid=20/;section=1.2;urlauth=submit+fred:internal:91354a47");
      break;
    }
    return finish(g, out);
  default: {
    /* an unknown response: generic values, nested */
    ik_build_untagged(b, "XRESP");
    uint32_t n = below(g, 4);
    for (uint32_t i = 0; i < n; i++) {
      if (chance(g, 30)) {
        ik_build_list_open(b);
        any_astring(g);
        ik_build_list_close(b);
      } else {
        any_astring(g);
      }
    }
    return finish(g, out);
  }
  }
}

/* ------------------------------------------------------------------------ */

int ikc_cmd_gen(int argc, char **argv) {
  ik_side side = IK_SIDE_AUTO;
  uint64_t count = 100, seed = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--side")) {
      if (!v) return ikc_usage_error("--side needs a value", NULL);
      if (!strcmp(v, "client"))
        side = IK_SIDE_CLIENT;
      else if (!strcmp(v, "server"))
        side = IK_SIDE_SERVER;
      else
        return ikc_usage_error("gen: unknown side '%s' (client or server)", v);
      i++;
    } else if (!strcmp(a, "--count")) {
      if (!ikc_parse_u64(v, &count)) return ikc_usage_error("--count needs a number", NULL);
      i++;
    } else if (!strcmp(a, "--seed")) {
      if (!ikc_parse_u64(v, &seed)) return ikc_usage_error("--seed needs a number", NULL);
      i++;
    } else {
      return ikc_usage_error("gen: unknown argument '%s'", a);
    }
  }
  if (side == IK_SIDE_AUTO) return ikc_usage_error("gen needs --side client or --side server", NULL);

  static unsigned char buf[1 << 20];
  gen g;
  memset(&g, 0, sizeof g);
  g.s = seed;
  g.options = 0;
  uint64_t written = 0;
  while (written < count && !g.failed) {
    /* every message in a fresh builder: options vary (LITERAL+ or not) */
    g.options = chance(&g, 20) ? IK_BUILD_LITERAL_PLUS : 0;
    if (chance(&g, 20)) g.options |= IK_BUILD_UTF8;
    ik_builder_init_buf(&g.b, buf, sizeof buf, g.options);
    int left = count - written > 1000 ? 1000 : (int)(count - written);
    int n = side == IK_SIDE_CLIENT ? command(&g, stdout, left) : response(&g, stdout);
    written += (uint64_t)n;
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "imapkit: gen: write error\n");
    return 1;
  }
  return g.failed ? 1 : 0;
}
