/*
 * ikbench-gen: deterministic IMAP workloads for `make bench`.
 *
 *   ikbench-gen fetch|literal|commands OUT MEGABYTES [SEED]
 *
 * fetch     a server's answer to a mail client's first sync of a large folder:
 *           `* N FETCH (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE
 *           BODY[HEADER.FIELDS (...)] {n}...)`, envelopes with encoded words, several
 *           addresses and now and then group syntax, body structures up to four
 *           levels deep (mixed / alternative / related, attachments with
 *           dispositions and parameters, message/rfc822), header literals; EXISTS,
 *           RECENT and EXPUNGE interleaved, a tagged OK after every batch.
 * literal   a server sending whole messages: `* N FETCH (UID n BODY[] {size}`
 *           with bodies of 10 to 200 KB (headers, text, base64 attachments).
 * commands  a client: SEARCH with nested keys, UID FETCH with sections and
 *           partials, STORE, APPEND with literals (synchronizing and LITERAL+),
 *           IDLE/DONE, LIST, LSUB, SELECT, EXAMINE, STATUS, COPY, ...
 *
 * The shapes follow the Dovecot 2.3 recordings in tests/data/real/ (quoting
 * rules, item order, extension data in BODYSTRUCTURE, completion texts). Only
 * RFC 3501 syntax is used, so that libetpan can parse the same server bytes.
 * Output depends only on the arguments: same seed, same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- output buffer ---- */

typedef struct buf {
  char *p;
  size_t len, cap;
} buf;

static void grow(buf *b, size_t n) {
  if (b->len + n <= b->cap) return;
  size_t c = b->cap ? b->cap : 1u << 16;
  while (c < b->len + n) c *= 2;
  char *q = realloc(b->p, c);
  if (!q) {
    fprintf(stderr, "ikbench-gen: out of memory\n");
    exit(2);
  }
  b->p = q;
  b->cap = c;
}
static void putn(buf *b, const void *s, size_t n) {
  grow(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
}
static void put(buf *b, const char *s) { putn(b, s, strlen(s)); }
static void putc1(buf *b, char c) { putn(b, &c, 1); }
static void putu(buf *b, uint64_t v) {
  char t[24];
  int i = 24;
  do {
    t[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  putn(b, t + i, (size_t)(24 - i));
}
static void putu2(buf *b, unsigned v) {
  putc1(b, (char)('0' + v / 10 % 10));
  putc1(b, (char)('0' + v % 10));
}

/* ---- PRNG: splitmix64 ---- */

static uint64_t rng_state;
static uint64_t rnd64(void) {
  uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
/* uniform in [0, n) */
static unsigned rnd(unsigned n) { return n ? (unsigned)(rnd64() % n) : 0; }
/* uniform in [a, b] */
static unsigned rrange(unsigned a, unsigned b) { return a + rnd(b - a + 1); }
/* true with probability pct % */
static int chance(unsigned pct) { return rnd(100) < pct; }
#define PICK(arr) (arr[rnd((unsigned)(sizeof(arr) / sizeof(arr[0])))])

/* ---- vocabulary ---- */

static const char *first_names[] = {
    "Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy",
    "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter",
    "Yasmin", "Zoe", "Hannah", "Lukas", "Sofia", "Mateo", "Chloe", "Noah", "Emma", "Liam"};
static const char *last_names[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martin",
    "Bernard", "Dubois", "Schmidt", "Schneider", "Fischer", "Weber", "Rossi", "Russo",
    "Kowalski", "Nowak", "Tanaka", "Suzuki", "Sato", "Silva", "Santos", "Novak", "Horvat"};
static const char *domains[] = {
    "example.com", "example.org", "example.net", "mail.example.de", "lists.example.org",
    "corp.example.co.uk", "mx.example.fr", "example.jp", "students.example.edu",
    "bounces.mailer.example.net", "notifications.example.io", "eu.example.com"};
static const char *utf8_names[] = {
    "Andr\xC3\xA9 M\xC3\xBCller", "Fran\xC3\xA7ois Lef\xC3\xA8vre", "J\xC3\xBCrgen Gro\xC3\x9F",
    "\xC3\x85sa \xC3\x96stberg", "Bj\xC3\xB6rk Gu\xC3\xB0mundsd\xC3\xB3ttir",
    "\xE7\x94\xB0\xE4\xB8\xAD \xE5\xA4\xAA\xE9\x83\x8E", "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2",
    "Zo\xC3\xAB Wei\xC3\x9F"};
static const char *subject_words[] = {
    "quarterly", "report", "meeting", "notes", "invoice", "draft", "review", "budget",
    "update", "release", "schedule", "agenda", "minutes", "proposal", "contract", "roadmap",
    "feedback", "deadline", "travel", "expenses", "offsite", "planning", "launch", "status",
    "weekly", "digest", "newsletter", "security", "alert", "password", "reset", "welcome",
    "order", "shipped", "receipt", "photos", "holiday", "lunch", "tomorrow", "urgent"};
static const char *utf8_subjects[] = {
    "Gr\xC3\xB6\xC3\x9F" "e aus M\xC3\xBCnchen \xE2\x80\x93 \xC3\x9C" "bersicht 2024",
    "R\xC3\xA9union d'\xC3\xA9quipe \xC3\xA0 14h", "Rechnung M\xC3\xA4rz \xE2\x82\xAC 1.234,56",
    "\xE4\xBC\x9A\xE8\xAD\xB0\xE3\x81\xAE\xE3\x81\x8A\xE7\x9F\xA5\xE3\x82\x89\xE3\x81\x9B",
    "\xD0\x9E\xD1\x82\xD1\x87\xD1\x91\xD1\x82 \xD0\xB7\xD0\xB0 \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB",
    "Caf\xC3\xA9 \xE2\x98\x95 tomorrow?", "\xF0\x9F\x8E\x89 Release 2.0 is out"};
static const char *mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *wday[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *zones[] = {"+0000", "+0100", "+0200", "-0500", "-0800", "+0900", "+0530", "-0000"};
static const char *keywords[] = {"$Forwarded", "$Junk", "$NotJunk", "$Label1", "$Label2",
                                 "$MDNSent", "Work", "Personal", "$Important", "NonJunk"};
static const char *sys_flags[] = {"\\Seen", "\\Answered", "\\Flagged", "\\Draft", "\\Deleted"};
static const char *mailboxes[] = {"INBOX", "Archive", "\"Sent Items\"", "Drafts", "Trash", "Junk",
                                  "Archive/2023", "Archive/2024", "Entw&APw-rfe", "Lists/dev",
                                  "Lists/announce", "\"Project X/Specs\"", "Notes"};
static const char *charsets[] = {"utf-8", "us-ascii", "iso-8859-1", "windows-1252", "UTF-8"};
static const char *file_exts[][3] = {
    {"application", "pdf", "pdf"},       {"image", "jpeg", "jpg"},
    {"image", "png", "png"},             {"application", "zip", "zip"},
    {"text", "calendar", "ics"},         {"application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
    {"application", "octet-stream", "bin"}, {"text", "csv", "csv"},
    {"application", "vnd.ms-excel", "xls"}, {"audio", "mpeg", "mp3"}};
static const char *file_stems[] = {"report", "invoice-2024-03", "IMG_4032", "scan", "minutes",
                                   "Rechnung M\xC3\xA4rz", "slides final v3", "data", "photo",
                                   "contract_signed", "logo", "budget Q3"};

/* ---- encodings ---- */

static void b64(buf *b, const unsigned char *s, size_t n) {
  static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (size_t i = 0; i < n; i += 3) {
    uint32_t v = (uint32_t)s[i] << 16;
    if (i + 1 < n) v |= (uint32_t)s[i + 1] << 8;
    if (i + 2 < n) v |= s[i + 2];
    putc1(b, t[(v >> 18) & 63]);
    putc1(b, t[(v >> 12) & 63]);
    putc1(b, i + 1 < n ? t[(v >> 6) & 63] : '=');
    putc1(b, i + 2 < n ? t[v & 63] : '=');
  }
}
/* RFC 2047 encoded word, B or Q */
static void encoded_word(buf *b, const char *utf8) {
  size_t n = strlen(utf8);
  if (chance(50)) {
    put(b, "=?UTF-8?B?");
    b64(b, (const unsigned char *)utf8, n);
    put(b, "?=");
  } else {
    static const char hx[] = "0123456789ABCDEF";
    put(b, "=?UTF-8?Q?");
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)utf8[i];
      if (c == ' ')
        putc1(b, '_');
      else if (c >= 0x80 || c == '=' || c == '?' || c == '_' || c == '"') {
        putc1(b, '=');
        putc1(b, hx[c >> 4]);
        putc1(b, hx[c & 15]);
      } else
        putc1(b, (char)c);
    }
    put(b, "?=");
  }
}

/* An IMAP string the way Dovecot writes one: quoted when short and plain,
 * else a literal (8-bit, CR/LF, quotes, backslashes or longer than 80). */
static void imap_string(buf *b, const char *s, size_t n) {
  int lit = n > 80;
  for (size_t i = 0; i < n && !lit; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 || c == '"' || c == '\\' || c == '\r' || c == '\n') lit = 1;
  }
  if (lit) {
    putc1(b, '{');
    putu(b, n);
    put(b, "}\r\n");
    putn(b, s, n);
  } else {
    putc1(b, '"');
    putn(b, s, n);
    putc1(b, '"');
  }
}
static void imap_cstr(buf *b, const char *s) { imap_string(b, s, strlen(s)); }
static void lower(char *s) {
  for (; *s; s++)
    if (*s >= 'A' && *s <= 'Z') *s = (char)(*s + 32);
}

/* ---- mail pieces ---- */

typedef struct addr {
  char name[96];   /* "" when none */
  char mbox[48];
  char host[48];
} addr;

static void make_addr(addr *a) {
  const char *fn = PICK(first_names), *ln = PICK(last_names);
  unsigned k = rnd(100);
  buf t = {0};
  if (k < 12) {
    encoded_word(&t, PICK(utf8_names)); /* encoded-word display name */
  } else if (k < 17) {
    put(&t, ln);
    put(&t, ", ");
    put(&t, fn);
    put(&t, " \"");
    putc1(&t, fn[0]);
    putc1(&t, ln[0]);
    put(&t, "\""); /* quotes inside: Dovecot sends a literal */
  } else if (k < 35) {
    /* no display name */
  } else {
    put(&t, fn);
    putc1(&t, ' ');
    put(&t, ln);
  }
  size_t n = t.len < sizeof a->name - 1 ? t.len : sizeof a->name - 1;
  if (n) memcpy(a->name, t.p, n);
  a->name[n] = 0;
  free(t.p);
  snprintf(a->mbox, sizeof a->mbox, chance(70) ? "%s.%s" : "%s", fn, ln);
  lower(a->mbox);
  snprintf(a->host, sizeof a->host, "%s", PICK(domains));
}

static void env_addr(buf *b, const addr *a) {
  putc1(b, '(');
  if (a->name[0])
    imap_cstr(b, a->name);
  else
    put(b, "NIL");
  put(b, " NIL ");
  imap_cstr(b, a->mbox);
  putc1(b, ' ');
  imap_cstr(b, a->host);
  putc1(b, ')');
}

/* An address list of n addresses, sometimes with group syntax. */
static void env_addr_list(buf *b, const addr *as, unsigned n, int group) {
  if (n == 0 && !group) {
    put(b, "NIL");
    return;
  }
  putc1(b, '(');
  if (group == 1) {
    /* undisclosed-recipients:; */
    put(b, "(NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)");
  } else if (group == 2) {
    put(b, "(NIL NIL \"project-team\" NIL)");
    for (unsigned i = 0; i < n; i++) env_addr(b, &as[i]);
    put(b, "(NIL NIL NIL NIL)");
  } else {
    for (unsigned i = 0; i < n; i++) env_addr(b, &as[i]);
  }
  putc1(b, ')');
}

typedef struct msg {
  unsigned y, mo, d, h, mi, s, wd;
  const char *zone;
  char subject[200];
  addr from, to[6], cc[4];
  unsigned nto, ncc, group;
  char msgid[80], inreply[80];
} msg;

static void make_subject(char *out, size_t cap) {
  buf t = {0};
  unsigned k = rnd(100);
  if (k < 10) put(&t, "Re: ");
  else if (k < 14) put(&t, "Fwd: ");
  else if (k < 16) put(&t, "RE: AW: ");
  if (chance(22)) {
    encoded_word(&t, PICK(utf8_subjects));
    if (chance(30)) {
      putc1(&t, ' ');
      encoded_word(&t, PICK(utf8_subjects));
    }
  } else {
    unsigned w = rrange(2, 9);
    for (unsigned i = 0; i < w; i++) {
      const char *s = PICK(subject_words);
      if (i) putc1(&t, ' ');
      if (i == 0) {
        putc1(&t, (char)(s[0] - 32));
        put(&t, s + 1);
      } else
        put(&t, s);
    }
    if (chance(10)) put(&t, " [#" "4711]");
    if (chance(5)) put(&t, " \"final\" version"); /* quotes: a literal on the wire */
    if (chance(6)) put(&t, " - please read the attached document before the meeting on Thursday");
  }
  size_t n = t.len < cap - 1 ? t.len : cap - 1;
  memcpy(out, t.p, n);
  out[n] = 0;
  free(t.p);
}

static void make_msg(msg *m, unsigned serial) {
  m->y = rrange(2019, 2024);
  m->mo = rnd(12);
  m->d = rrange(1, 28);
  m->h = rnd(24);
  m->mi = rnd(60);
  m->s = rnd(60);
  m->wd = rnd(7);
  m->zone = PICK(zones);
  make_subject(m->subject, sizeof m->subject);
  make_addr(&m->from);
  m->nto = chance(70) ? 1 : rrange(2, 6);
  for (unsigned i = 0; i < m->nto; i++) make_addr(&m->to[i]);
  m->ncc = chance(65) ? 0 : rrange(1, 4);
  for (unsigned i = 0; i < m->ncc; i++) make_addr(&m->cc[i]);
  unsigned g = rnd(100);
  m->group = g < 3 ? 1 : g < 6 ? 2 : 0;
  snprintf(m->msgid, sizeof m->msgid, "<%08x.%u.%llx@%s>", (unsigned)rnd64(), serial,
           (unsigned long long)(rnd64() & 0xffffffffffull), m->from.host);
  if (chance(35))
    snprintf(m->inreply, sizeof m->inreply, "<%08x.%u@%s>", (unsigned)rnd64(), rnd(100000),
             PICK(domains));
  else
    m->inreply[0] = 0;
}

static void rfc822_date(buf *b, const msg *m) {
  put(b, wday[m->wd]);
  put(b, ", ");
  putu(b, m->d);
  putc1(b, ' ');
  put(b, mon[m->mo]);
  putc1(b, ' ');
  putu(b, m->y);
  putc1(b, ' ');
  putu2(b, m->h);
  putc1(b, ':');
  putu2(b, m->mi);
  putc1(b, ':');
  putu2(b, m->s);
  putc1(b, ' ');
  put(b, m->zone);
}

static void envelope(buf *b, const msg *m) {
  put(b, "(");
  buf t = {0};
  rfc822_date(&t, m);
  imap_string(b, t.p, t.len);
  free(t.p);
  putc1(b, ' ');
  imap_cstr(b, m->subject);
  putc1(b, ' ');
  env_addr_list(b, &m->from, 1, 0); /* from */
  putc1(b, ' ');
  env_addr_list(b, &m->from, 1, 0); /* sender */
  putc1(b, ' ');
  env_addr_list(b, &m->from, 1, 0); /* reply-to */
  putc1(b, ' ');
  env_addr_list(b, m->to, m->group == 1 ? 0 : m->nto, (int)m->group); /* to */
  putc1(b, ' ');
  env_addr_list(b, m->cc, m->ncc, 0); /* cc */
  put(b, " NIL "); /* bcc */
  if (m->inreply[0])
    imap_cstr(b, m->inreply);
  else
    put(b, "NIL");
  putc1(b, ' ');
  imap_cstr(b, m->msgid);
  putc1(b, ')');
}

/* ---- BODYSTRUCTURE ---- */

static void params(buf *b, const char *k1, const char *v1, const char *k2, const char *v2) {
  if (!k1) {
    put(b, "NIL");
    return;
  }
  putc1(b, '(');
  imap_cstr(b, k1);
  putc1(b, ' ');
  imap_cstr(b, v1);
  if (k2) {
    putc1(b, ' ');
    imap_cstr(b, k2);
    putc1(b, ' ');
    imap_cstr(b, v2);
  }
  putc1(b, ')');
}

static void text_part(buf *b, const char *sub) {
  put(b, "(\"text\" ");
  imap_cstr(b, sub);
  putc1(b, ' ');
  const char *cs = PICK(charsets);
  if (!strcmp(sub, "plain") && chance(30))
    params(b, "charset", cs, "format", "flowed");
  else
    params(b, "charset", cs, NULL, NULL);
  unsigned size = rrange(40, 60000);
  const char *enc = chance(50) ? "quoted-printable" : chance(50) ? "7bit" : chance(50) ? "8bit" : "base64";
  put(b, " NIL NIL ");
  imap_cstr(b, enc);
  putc1(b, ' ');
  putu(b, size);
  putc1(b, ' ');
  putu(b, size / rrange(30, 76) + 1);
  put(b, " NIL NIL NIL NIL)");
}

static void attachment_part(buf *b) {
  unsigned f = rnd((unsigned)(sizeof file_exts / sizeof file_exts[0]));
  char fname[128];
  snprintf(fname, sizeof fname, "%s.%s", PICK(file_stems), file_exts[f][2]);
  int inl = !strcmp(file_exts[f][0], "image") && chance(50);
  putc1(b, '(');
  imap_cstr(b, file_exts[f][0]);
  putc1(b, ' ');
  imap_cstr(b, file_exts[f][1]);
  putc1(b, ' ');
  int utf8 = 0;
  for (const char *s = fname; *s; s++)
    if ((unsigned char)*s >= 0x80) utf8 = 1;
  buf t = {0};
  if (utf8)
    encoded_word(&t, fname);
  else
    put(&t, fname);
  putc1(&t, 0);
  params(b, "name", t.p, NULL, NULL);
  putc1(b, ' ');
  if (inl) {
    char cid[64];
    snprintf(cid, sizeof cid, "<part%u.%08x@%s>", rnd(10), (unsigned)rnd64(), PICK(domains));
    imap_cstr(b, cid);
  } else {
    put(b, "NIL");
  }
  put(b, chance(10) ? " \"Invoice for March\" " : " NIL ");
  unsigned size = rrange(2000, 3000000);
  int text = !strcmp(file_exts[f][0], "text");
  put(b, text ? "\"quoted-printable\" " : "\"base64\" ");
  putu(b, size);
  if (text) { /* body-type-text: the line count follows the size */
    putc1(b, ' ');
    putu(b, size / 70 + 1);
  }
  put(b, chance(5) ? " \"Q2hlY2sgSW50ZWdyaXR5IQ==\" (" : " NIL (");
  put(b, inl ? "\"inline\" " : "\"attachment\" ");
  /* disposition parameters: filename (RFC 2231 when 8-bit), size, dates */
  putc1(b, '(');
  if (utf8) {
    put(b, "\"filename*\" \"utf-8''Rechnung%20M%C3%A4rz.");
    put(b, file_exts[f][2]);
    putc1(b, '"');
  } else {
    put(b, "\"filename\" ");
    imap_cstr(b, fname);
  }
  if (chance(60)) {
    put(b, " \"size\" \"");
    putu(b, size * 3 / 4);
    putc1(b, '"');
  }
  if (chance(20)) put(b, " \"modification-date\" \"Wed, 12 Feb 1997 16:29:51 -0500\"");
  put(b, ")) ");
  put(b, chance(10) ? "(\"en\" \"de\")" : chance(10) ? "\"en\"" : "NIL");
  put(b, chance(3) ? " \"http://www.example.com/file\")" : " NIL)");
  free(t.p);
}

static void multipart_tail(buf *b, const char *sub) {
  putc1(b, ' ');
  imap_cstr(b, sub);
  char bnd[64];
  snprintf(bnd, sizeof bnd, "----=_Part_%u_%u.%llu", rnd(100000), rnd(1000000),
           (unsigned long long)(rnd64() % 10000000000000ull));
  putc1(b, ' ');
  params(b, "boundary", bnd, NULL, NULL);
  put(b, " NIL NIL NIL)");
}

static void alternative(buf *b) {
  putc1(b, '(');
  text_part(b, "plain");
  text_part(b, "html");
  multipart_tail(b, "alternative");
}

static void related(buf *b) {
  putc1(b, '(');
  text_part(b, "html");
  unsigned n = rrange(1, 3);
  for (unsigned i = 0; i < n; i++) attachment_part(b);
  multipart_tail(b, "related");
}

static void bodystructure(buf *b, unsigned depth, unsigned serial);

static void message_part(buf *b, unsigned depth, unsigned serial) {
  msg inner;
  make_msg(&inner, serial);
  put(b, "(\"message\" \"rfc822\" ");
  put(b, chance(30) ? "(\"name\" \"forwarded.eml\")" : "NIL");
  put(b, " NIL NIL \"7bit\" ");
  unsigned size = rrange(1500, 400000);
  putu(b, size);
  putc1(b, ' ');
  envelope(b, &inner);
  putc1(b, ' ');
  bodystructure(b, depth + 1, serial);
  putc1(b, ' ');
  putu(b, size / 60);
  put(b, " NIL (\"attachment\" NIL) NIL NIL)");
}

/* A body structure; depth counts the enclosing multiparts (at most four). */
static void bodystructure(buf *b, unsigned depth, unsigned serial) {
  unsigned k = rnd(100);
  if (depth >= 3) k = k % 60; /* no further nesting below level three */
  if (k < 32) {
    text_part(b, "plain");
  } else if (k < 55) {
    alternative(b);
  } else if (k < 60) {
    text_part(b, "html");
  } else if (k < 80) {
    /* mixed: alternative or plain, then attachments */
    putc1(b, '(');
    if (chance(60))
      alternative(b);
    else
      text_part(b, "plain");
    unsigned n = rrange(1, 3);
    for (unsigned i = 0; i < n; i++) attachment_part(b);
    multipart_tail(b, "mixed");
  } else if (k < 88) {
    /* mixed with related inside alternative: four levels */
    putc1(b, '(');
    putc1(b, '(');
    text_part(b, "plain");
    related(b);
    multipart_tail(b, "alternative");
    attachment_part(b);
    multipart_tail(b, "mixed");
  } else {
    /* a forwarded message */
    putc1(b, '(');
    text_part(b, "plain");
    message_part(b, depth + 1, serial);
    if (chance(40)) attachment_part(b);
    multipart_tail(b, "mixed");
  }
}

static const char *hdr_fields = "DATE FROM TO CC SUBJECT MESSAGE-ID IN-REPLY-TO REFERENCES LIST-ID";

static void header_addr(buf *b, const addr *a) {
  if (a->name[0]) {
    if (strchr(a->name, '"') || strchr(a->name, ',')) {
      putc1(b, '"');
      for (const char *s = a->name; *s; s++) {
        if (*s == '"') putc1(b, '\\');
        putc1(b, *s);
      }
      putc1(b, '"');
    } else {
      put(b, a->name);
    }
    put(b, " <");
  }
  put(b, a->mbox);
  putc1(b, '@');
  put(b, a->host);
  if (a->name[0]) putc1(b, '>');
}

/* The BODY[HEADER.FIELDS (...)] literal content of a message. */
static void header_fields(buf *b, const msg *m) {
  put(b, "Date: ");
  rfc822_date(b, m);
  put(b, "\r\nFrom: ");
  header_addr(b, &m->from);
  put(b, "\r\nTo: ");
  if (m->group == 1) {
    put(b, "undisclosed-recipients:;");
  } else {
    if (m->group == 2) put(b, "project-team: ");
    for (unsigned i = 0; i < m->nto; i++) {
      if (i) put(b, ",\r\n ");
      header_addr(b, &m->to[i]);
    }
    if (m->group == 2) putc1(b, ';');
  }
  if (m->ncc) {
    put(b, "\r\nCc: ");
    for (unsigned i = 0; i < m->ncc; i++) {
      if (i) put(b, ", ");
      header_addr(b, &m->cc[i]);
    }
  }
  put(b, "\r\nSubject: ");
  put(b, m->subject);
  put(b, "\r\nMessage-ID: ");
  put(b, m->msgid);
  if (m->inreply[0]) {
    put(b, "\r\nIn-Reply-To: ");
    put(b, m->inreply);
    put(b, "\r\nReferences: ");
    unsigned n = rrange(1, 6);
    for (unsigned i = 0; i < n; i++) {
      char r[80];
      snprintf(r, sizeof r, "<%08x.%u@%s>", (unsigned)rnd64(), rnd(100000), PICK(domains));
      if (i) put(b, "\r\n ");
      put(b, r);
    }
    putc1(b, ' ');
    put(b, m->inreply);
  }
  if (chance(15)) put(b, "\r\nList-Id: Developers <dev.lists.example.org>");
  put(b, "\r\n\r\n");
}

static void flag_list(buf *b, int fetch_resp) {
  putc1(b, '(');
  int n = 0;
  if (chance(75)) put(b, "\\Seen"), n++;
  if (chance(15)) put(b, n++ ? " \\Answered" : "\\Answered");
  if (chance(8)) put(b, n++ ? " \\Flagged" : "\\Flagged");
  if (fetch_resp && chance(4)) put(b, n++ ? " \\Recent" : "\\Recent");
  if (chance(20)) {
    if (n++) putc1(b, ' ');
    put(b, PICK(keywords));
  }
  putc1(b, ')');
}

static void internaldate(buf *b, const msg *m) {
  putc1(b, '"');
  putu2(b, m->d);
  putc1(b, '-');
  put(b, mon[m->mo]);
  putc1(b, '-');
  putu(b, m->y);
  putc1(b, ' ');
  putu2(b, m->h);
  putc1(b, ':');
  putu2(b, m->mi);
  putc1(b, ':');
  putu2(b, (m->s + 1) % 60);
  put(b, " +0000\"");
}

static void tagged_ok(buf *b, unsigned *tag, const char *what) {
  putc1(b, 'A');
  putu(b, (*tag)++);
  put(b, " OK ");
  put(b, what);
  put(b, " completed (0.");
  putu(b, rnd(10));
  putu(b, rnd(10));
  putu(b, rnd(10));
  put(b, " + 0.000 secs).\r\n");
}

static void greeting(buf *b, unsigned *tag) {
  put(b, "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
         "AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n");
  put(b, "A");
  putu(b, (*tag)++);
  put(b, " OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY "
         "THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE "
         "UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH "
         "ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY "
         "PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE] Logged in\r\n");
  put(b, "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded $Junk $NotJunk Work)\r\n");
  put(b, "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded $Junk "
         "$NotJunk Work \\*)] Flags permitted.\r\n");
  put(b, "* 250000 EXISTS\r\n* 0 RECENT\r\n");
  put(b, "* OK [UNSEEN 12] First unseen.\r\n* OK [UIDVALIDITY 1705311005] UIDs valid\r\n");
  put(b, "* OK [UIDNEXT 312345] Predicted next UID\r\n");
  put(b, "A");
  putu(b, (*tag)++);
  put(b, " OK [READ-WRITE] Select completed (0.002 + 0.000 + 0.001 secs).\r\n");
}

/* ---- (a) FETCH-heavy sync ---- */

static void gen_fetch(buf *b, size_t target) {
  unsigned tag = 1, seq = 1, uid = 1000;
  greeting(b, &tag);
  buf hdr = {0};
  while (b->len < target) {
    unsigned batch = rrange(20, 120);
    for (unsigned i = 0; i < batch; i++) {
      msg m;
      make_msg(&m, seq);
      uid += chance(80) ? 1 : rrange(2, 40);
      put(b, "* ");
      putu(b, seq++);
      put(b, " FETCH (UID ");
      putu(b, uid);
      put(b, " FLAGS ");
      flag_list(b, 1);
      put(b, " INTERNALDATE ");
      internaldate(b, &m);
      put(b, " RFC822.SIZE ");
      putu(b, rrange(900, 2500000));
      put(b, " ENVELOPE ");
      envelope(b, &m);
      put(b, " BODYSTRUCTURE ");
      bodystructure(b, 0, seq);
      put(b, " BODY[HEADER.FIELDS (");
      put(b, hdr_fields);
      put(b, ")] {");
      hdr.len = 0;
      header_fields(&hdr, &m);
      putu(b, hdr.len);
      put(b, "}\r\n");
      putn(b, hdr.p, hdr.len);
      put(b, ")\r\n");
    }
    /* Meanwhile, in the mailbox: new mail and expunges from other clients. */
    unsigned k = rnd(100);
    if (k < 30) {
      put(b, "* ");
      putu(b, 250000 + seq);
      put(b, " EXISTS\r\n");
      if (chance(50)) put(b, "* 1 RECENT\r\n");
    } else if (k < 50) {
      unsigned n = rrange(1, 4);
      for (unsigned i = 0; i < n; i++) {
        put(b, "* ");
        putu(b, rrange(1, seq));
        put(b, " EXPUNGE\r\n");
      }
    }
    tagged_ok(b, &tag, "Fetch");
  }
  free(hdr.p);
}

/* ---- (b) literal-heavy: whole messages ---- */

static void body_text(buf *b, size_t want) {
  static const char *lines[] = {
      "Hi all,", "", "please find the latest numbers below; the totals changed since Monday.",
      "As discussed in the meeting, we will move the release to the second week of March.",
      "> On Tue, 16 Jan 2024 at 14:05, Bob Example <bob@example.org> wrote:",
      "> Could you send me the draft before Friday? Thanks!",
      "The build is green again after the fix to the literal parser.",
      "Best regards,", "--", "Alice Example | Example Corp | +1 555 0100"};
  size_t start = b->len;
  while (b->len - start < want) {
    put(b, PICK(lines));
    put(b, "\r\n");
  }
}

static void body_base64(buf *b, size_t want) {
  static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t start = b->len;
  char line[78];
  while (b->len - start < want) {
    uint64_t r = 0;
    for (int i = 0; i < 76; i++) {
      if ((i & 7) == 0) r = rnd64();
      line[i] = t[r & 63];
      r >>= 8;
    }
    line[76] = '\r';
    line[77] = '\n';
    putn(b, line, 78);
  }
}

static void whole_message(buf *b, const msg *m, size_t want) {
  size_t start = b->len;
  put(b, "Return-Path: <");
  put(b, m->from.mbox);
  putc1(b, '@');
  put(b, m->from.host);
  put(b, ">\r\nDelivered-To: alice@example.com\r\n");
  put(b, "Received: from mx.example.net (mx.example.net [192.0.2.25])\r\n\tby imap.example.com "
         "(Postfix) with ESMTPS id 4TJ2k93sZ1z9rxK\r\n\tfor <alice@example.com>; ");
  rfc822_date(b, m);
  put(b, "\r\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=sel1;\r\n"
         "\tbh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=; h=From:To:Subject:Date;\r\n\tb=");
  body_base64(b, 200);
  header_fields(b, m);
  b->len -= 2; /* header_fields ends with the blank line: reopen the header */
  put(b, "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1_x\"\r\n\r\n");
  put(b, "--b1_x\r\nContent-Type: text/plain; charset=utf-8\r\n"
         "Content-Transfer-Encoding: 8bit\r\n\r\n");
  size_t used = b->len - start;
  size_t text = want > used ? (want - used) / 5 : 0;
  body_text(b, text);
  put(b, "--b1_x\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\n"
         "Content-Disposition: attachment; filename=\"report.pdf\"\r\n"
         "Content-Transfer-Encoding: base64\r\n\r\n");
  used = b->len - start;
  if (want > used + 12) body_base64(b, want - used - 12);
  put(b, "--b1_x--\r\n");
}

static void gen_literal(buf *b, size_t target) {
  unsigned tag = 1, seq = 1, uid = 500;
  greeting(b, &tag);
  buf body = {0};
  while (b->len < target) {
    unsigned batch = rrange(5, 40);
    for (unsigned i = 0; i < batch; i++) {
      msg m;
      make_msg(&m, seq);
      uid += chance(80) ? 1 : rrange(2, 40);
      body.len = 0;
      whole_message(&body, &m, rrange(10 * 1024, 200 * 1024));
      put(b, "* ");
      putu(b, seq++);
      put(b, " FETCH (UID ");
      putu(b, uid);
      put(b, " BODY[] {");
      putu(b, body.len);
      put(b, "}\r\n");
      putn(b, body.p, body.len);
      put(b, ")\r\n");
    }
    tagged_ok(b, &tag, "Fetch");
  }
  free(body.p);
}

/* ---- (c) client commands ---- */

static void cmd_tag(buf *b, unsigned *tag) {
  putc1(b, 'a');
  putu(b, (*tag)++);
  putc1(b, ' ');
}

static void seqset(buf *b, int star) {
  unsigned n = chance(60) ? 1 : rrange(2, 5), at = rrange(1, 5000);
  for (unsigned i = 0; i < n; i++) {
    if (i) putc1(b, ',');
    putu(b, at);
    if (chance(55)) {
      putc1(b, ':');
      if (star && i == n - 1 && chance(30)) {
        putc1(b, '*');
        return;
      }
      at += rrange(1, 400);
      putu(b, at);
    }
    at += rrange(2, 300);
  }
}

static void search_date(buf *b) {
  putu(b, rrange(1, 28));
  putc1(b, '-');
  put(b, PICK(mon));
  putc1(b, '-');
  putu(b, rrange(2015, 2024));
}

static void search_key(buf *b, unsigned depth) {
  static const char *simple[] = {"ALL",     "ANSWERED", "DELETED",  "FLAGGED",    "SEEN",
                                 "UNSEEN",  "NEW",      "OLD",      "RECENT",     "DRAFT",
                                 "UNDRAFT", "UNDELETED", "UNFLAGGED", "UNANSWERED"};
  static const char *strk[] = {"FROM", "TO", "CC", "BCC", "SUBJECT", "BODY", "TEXT"};
  static const char *datek[] = {"SINCE", "BEFORE", "ON", "SENTSINCE", "SENTBEFORE", "SENTON"};
  unsigned k = rnd(100);
  if (depth >= 3 && k >= 80) k = rnd(80);
  if (k < 22) {
    put(b, PICK(simple));
  } else if (k < 40) {
    put(b, PICK(strk));
    putc1(b, ' ');
    if (chance(70)) {
      putc1(b, '"');
      put(b, chance(50) ? PICK(first_names) : PICK(subject_words));
      putc1(b, '"');
    } else {
      put(b, PICK(last_names));
    }
  } else if (k < 52) {
    put(b, PICK(datek));
    putc1(b, ' ');
    search_date(b);
  } else if (k < 58) {
    put(b, chance(50) ? "LARGER " : "SMALLER ");
    putu(b, rrange(100, 5000000));
  } else if (k < 64) {
    put(b, chance(50) ? "KEYWORD " : "UNKEYWORD ");
    put(b, PICK(keywords));
  } else if (k < 68) {
    put(b, "HEADER ");
    put(b, chance(50) ? "Message-ID \"<" : "List-Id \"<");
    put(b, PICK(subject_words));
    put(b, "@example.org>\"");
  } else if (k < 74) {
    put(b, "UID ");
    seqset(b, 1);
  } else if (k < 80) {
    seqset(b, 1);
  } else if (k < 88) {
    put(b, "NOT ");
    search_key(b, depth + 1);
  } else if (k < 95) {
    put(b, "OR ");
    search_key(b, depth + 1);
    putc1(b, ' ');
    search_key(b, depth + 1);
  } else {
    putc1(b, '(');
    unsigned n = rrange(2, 4);
    for (unsigned i = 0; i < n; i++) {
      if (i) putc1(b, ' ');
      search_key(b, depth + 1);
    }
    putc1(b, ')');
  }
}

static void cmd_search(buf *b, unsigned *tag) {
  cmd_tag(b, tag);
  put(b, chance(70) ? "UID SEARCH " : "SEARCH ");
  if (chance(12)) {
    /* 8-bit text: CHARSET and a LITERAL+ */
    const char *s = PICK(utf8_subjects);
    put(b, "CHARSET UTF-8 SUBJECT {");
    putu(b, strlen(s));
    put(b, "+}\r\n");
    put(b, s);
    putc1(b, ' ');
  }
  unsigned n = rrange(1, 4);
  for (unsigned i = 0; i < n; i++) {
    if (i) putc1(b, ' ');
    search_key(b, 0);
  }
  put(b, "\r\n");
}

static void cmd_fetch(buf *b, unsigned *tag) {
  static const char *lists[] = {
      "(UID FLAGS)",
      "(FLAGS)",
      "FAST",
      "ALL",
      "(UID RFC822.SIZE FLAGS INTERNALDATE)",
      "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS "
      "(DATE FROM TO CC SUBJECT MESSAGE-ID IN-REPLY-TO REFERENCES LIST-ID)])",
      "(UID BODY.PEEK[HEADER.FIELDS (From To Cc Bcc Subject Date Message-ID Priority "
      "X-Priority References Newsgroups In-Reply-To Content-Type Reply-To)])",
      "(BODYSTRUCTURE)",
      "(BODY.PEEK[])",
      "(UID BODY.PEEK[HEADER])",
      "(RFC822.HEADER)",
      "(BODY[TEXT]<0.2048>)",
      "(ENVELOPE BODY.PEEK[HEADER.FIELDS.NOT (RECEIVED DKIM-SIGNATURE)])"};
  cmd_tag(b, tag);
  unsigned k = rnd(100);
  if (k < 60) {
    put(b, chance(85) ? "UID FETCH " : "FETCH ");
    seqset(b, 1);
    putc1(b, ' ');
    put(b, PICK(lists));
  } else {
    /* one message, with sections and partials */
    put(b, "UID FETCH ");
    putu(b, rrange(1, 300000));
    put(b, " (");
    unsigned n = rrange(1, 4);
    for (unsigned i = 0; i < n; i++) {
      if (i) putc1(b, ' ');
      unsigned s = rnd(6);
      put(b, chance(80) ? "BODY.PEEK[" : "BODY[");
      putu(b, rrange(1, 4));
      if (s >= 2) {
        putc1(b, '.');
        putu(b, rrange(1, 3));
      }
      if (s == 3) put(b, ".MIME");
      if (s == 4) put(b, ".HEADER");
      if (s == 5) put(b, ".TEXT");
      putc1(b, ']');
      if (chance(30)) {
        put(b, "<");
        putu(b, rnd(4) * 4096);
        putc1(b, '.');
        putu(b, rrange(1, 64) * 1024);
        putc1(b, '>');
      }
    }
    if (chance(40)) put(b, " UID FLAGS");
    putc1(b, ')');
  }
  put(b, "\r\n");
}

static void cmd_store(buf *b, unsigned *tag) {
  static const char *ops[] = {"+FLAGS", "-FLAGS", "FLAGS", "+FLAGS.SILENT", "-FLAGS.SILENT",
                              "FLAGS.SILENT"};
  cmd_tag(b, tag);
  put(b, chance(75) ? "UID STORE " : "STORE ");
  seqset(b, 0);
  putc1(b, ' ');
  put(b, PICK(ops));
  put(b, " (");
  unsigned n = rrange(1, 3);
  for (unsigned i = 0; i < n; i++) {
    if (i) putc1(b, ' ');
    put(b, chance(60) ? PICK(sys_flags) : PICK(keywords));
  }
  put(b, ")\r\n");
}

static void cmd_append(buf *b, unsigned *tag) {
  msg m;
  make_msg(&m, rnd(100000));
  buf body = {0};
  header_fields(&body, &m);
  body_text(&body, rrange(100, 1200));
  cmd_tag(b, tag);
  put(b, "APPEND ");
  put(b, chance(50) ? "\"Sent Items\"" : PICK(mailboxes));
  put(b, " ");
  flag_list(b, 0);
  if (chance(60)) {
    put(b, " ");
    internaldate(b, &m);
  }
  put(b, " {");
  putu(b, body.len);
  put(b, chance(50) ? "+}\r\n" : "}\r\n");
  putn(b, body.p, body.len);
  put(b, "\r\n");
  free(body.p);
}

static void cmd_misc(buf *b, unsigned *tag) {
  unsigned k = rnd(100);
  cmd_tag(b, tag);
  if (k < 14) {
    put(b, "IDLE\r\nDONE\r\n");
  } else if (k < 24) {
    static const char *lists[] = {"LIST \"\" \"*\"", "LIST \"\" %", "LIST \"Archive/\" *",
                                  "LSUB \"\" \"*\"", "LIST \"\" \"INBOX\""};
    put(b, PICK(lists));
    put(b, "\r\n");
  } else if (k < 36) {
    put(b, chance(80) ? "SELECT " : "EXAMINE ");
    put(b, PICK(mailboxes));
    put(b, "\r\n");
  } else if (k < 48) {
    put(b, "STATUS ");
    put(b, PICK(mailboxes));
    put(b, chance(50) ? " (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN)\r\n" : " (MESSAGES UNSEEN)\r\n");
  } else if (k < 62) {
    put(b, chance(70) ? "UID COPY " : "COPY ");
    seqset(b, 0);
    putc1(b, ' ');
    put(b, PICK(mailboxes));
    put(b, "\r\n");
  } else if (k < 72) {
    static const char *plain[] = {"NOOP", "CHECK", "EXPUNGE", "CLOSE", "CAPABILITY", "NOOP"};
    put(b, PICK(plain));
    put(b, "\r\n");
  } else if (k < 78) {
    put(b, "UID EXPUNGE ");
    seqset(b, 0);
    put(b, "\r\n");
  } else if (k < 84) {
    static const char *mbcmd[] = {"CREATE ", "DELETE ", "SUBSCRIBE ", "UNSUBSCRIBE "};
    put(b, PICK(mbcmd));
    put(b, "\"Projects/");
    put(b, PICK(subject_words));
    put(b, "\"\r\n");
  } else if (k < 88) {
    put(b, "RENAME \"Projects/");
    put(b, PICK(subject_words));
    put(b, "\" \"Archive/");
    put(b, PICK(subject_words));
    put(b, "\"\r\n");
  } else if (k < 94) {
    put(b, "LOGIN ");
    put(b, PICK(first_names));
    put(b, "@example.com \"correct horse battery\"\r\n");
  } else {
    put(b, "LOGOUT\r\n");
  }
}

static void gen_commands(buf *b, size_t target) {
  unsigned tag = 1;
  while (b->len < target) {
    unsigned k = rnd(100);
    if (k < 25)
      cmd_fetch(b, &tag);
    else if (k < 46)
      cmd_search(b, &tag);
    else if (k < 62)
      cmd_store(b, &tag);
    else if (k < 64)
      cmd_append(b, &tag);
    else
      cmd_misc(b, &tag);
  }
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: ikbench-gen fetch|literal|commands OUT MEGABYTES [SEED]\n");
    return 2;
  }
  double mb = atof(argv[3]);
  if (mb <= 0) {
    fprintf(stderr, "ikbench-gen: bad size %s\n", argv[3]);
    return 2;
  }
  rng_state = argc > 4 ? strtoull(argv[4], NULL, 10) : 20240115;
  size_t target = (size_t)(mb * 1024 * 1024);
  buf b = {0};
  grow(&b, target + (1u << 20));
  if (!strcmp(argv[1], "fetch"))
    gen_fetch(&b, target);
  else if (!strcmp(argv[1], "literal"))
    gen_literal(&b, target);
  else if (!strcmp(argv[1], "commands"))
    gen_commands(&b, target);
  else {
    fprintf(stderr, "ikbench-gen: unknown workload %s\n", argv[1]);
    return 2;
  }
  FILE *f = fopen(argv[2], "wb");
  if (!f || fwrite(b.p, 1, b.len, f) != b.len || fclose(f)) {
    perror(argv[2]);
    return 2;
  }
  free(b.p);
  return 0;
}
