#include "testutil.h"
#include "imapkit_gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef struct sbuf {
  char *s;
  size_t cap, len;
} sbuf;

static void put(sbuf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (b->len + 1 < b->cap) b->s[b->len] = s[i];
    b->len++;
  }
  if (b->cap) b->s[b->len < b->cap ? b->len : b->cap - 1] = 0;
}
static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }

static void bytes(sbuf *b, const unsigned char *s, size_t n) {
  puts_(b, "\"");
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    char t[8];
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      put(b, (const char *)&c, 1);
    } else if (c == '"' || c == '\\') {
      t[0] = '\\';
      t[1] = (char)c;
      put(b, t, 2);
    } else {
      snprintf(t, sizeof t, "\\x%02x", c);
      puts_(b, t);
    }
  }
  puts_(b, "\"");
}

static const char *form_name(int f) {
  switch (f) {
  case IK_FORM_ATOM: return "atom";
  case IK_FORM_QUOTED: return "quoted";
  case IK_FORM_LITERAL: return "literal";
  case IK_FORM_LITERAL8: return "literal8";
  case IK_FORM_NIL: return "nil";
  }
  return NULL;
}

static const struct {
  unsigned bit;
  const char *name;
} flag_names[] = {{IK_NF_ESCAPES, "esc"},     {IK_NF_NONSYNC, "nonsync"}, {IK_NF_8BIT, "8bit"},
                  {IK_NF_NUL, "nul"},         {IK_NF_STAR, "star"},       {IK_NF_GENERIC, "generic"},
                  {IK_NF_ERROR, "error"},     {IK_NF_ELIDED, "elided"},   {IK_NF_INBOX, "inbox"},
                  {IK_NF_PEEK, "peek"},       {IK_NF_SILENT, "silent"},   {IK_NF_PLUS, "plus"},
                  {IK_NF_MINUS, "minus"},     {IK_NF_MULTIPART, "multipart"},
                  {IK_NF_BASE64, "base64"},   {IK_NF_QUIRK, "quirk"}};

static void node(sbuf *b, const ik_message *m, const ik_node *n, int depth) {
  char t[64];
  puts_(b, "(");
  puts_(b, ik_node_kind_name((ik_node_kind)n->kind));
  const char *f = form_name(n->form);
  if (f) {
    puts_(b, ":");
    puts_(b, f);
  }
  if (n->id) {
    puts_(b, "/");
    puts_(b, ik_keyword_name((ik_kw)n->id));
  }
  puts_(b, " ");
  bytes(b, m->base + n->span.off, n->span.len);
  if (n->num || n->kind == IK_N_NUMBER || n->kind == IK_N_SEQ_NUM) {
    snprintf(t, sizeof t, " #%llu", (unsigned long long)n->num);
    puts_(b, t);
  }
  for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++)
    if (n->flags & flag_names[i].bit) {
      puts_(b, " ");
      puts_(b, flag_names[i].name);
    }
  if (depth < 5000)
    for (const ik_node *c = n->child; c; c = c->next) {
      puts_(b, " ");
      node(b, m, c, depth + 1);
    }
  puts_(b, ")");
}

static void sexp(sbuf *b, const ik_message *m) {
  char t[64];
  puts_(b, ik_msg_kind_name((ik_msg_kind)m->kind));
  if (m->tag.len) {
    puts_(b, " tag=");
    put(b, (const char *)m->base + m->tag.off, m->tag.len);
  }
  if (m->flags & IK_MF_UID) {
    puts_(b, " UID");
    if (m->sub) {
      puts_(b, " ");
      puts_(b, ik_keyword_name(m->sub));
    }
  } else if (m->name) {
    puts_(b, " ");
    puts_(b, ik_keyword_name(m->name));
  } else if (m->name_span.len) {
    puts_(b, " ");
    put(b, (const char *)m->base + m->name_span.off, m->name_span.len);
  }
  if (m->has_number) {
    snprintf(t, sizeof t, " #%llu", (unsigned long long)m->number);
    puts_(b, t);
  }
  if (m->flags & IK_MF_GENERIC) puts_(b, " generic");
  for (const ik_node *n = m->args; n; n = n->next) {
    puts_(b, " ");
    node(b, m, n, 0);
  }
  for (const ik_quirk *q = m->quirks; q; q = q->next) {
    snprintf(t, sizeof t, " [quirk %s@%u]", ik_quirk_name((ik_quirk_kind)q->kind), q->offset);
    puts_(b, t);
  }
}

void ikt_sexp(const ik_message *m, char *out, size_t cap) {
  sbuf b = {out, cap, 0};
  if (cap) out[0] = 0;
  sexp(&b, m);
}

void ikt_sexp_node(const ik_message *m, const ik_node *n, char *out, size_t cap) {
  sbuf b = {out, cap, 0};
  if (cap) out[0] = 0;
  node(&b, m, n, 0);
}

static char result[1 << 20];

static const char *parse_with(ik_side side, unsigned options, const ik_limits *l,
                              const unsigned char *msg, size_t n) {
  ik_parser p;
  ik_parser_init(&p, side, options, l);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  unsigned char *g = ikt_guarded(msg, n);
  ik_message *m = NULL;
  ik_error e;
  ik_status st = ik_parse(&p, g, n, &a, &m, &e);
  if (st == IK_E_OK)
    ikt_sexp(m, result, sizeof result);
  else
    snprintf(result, sizeof result, "error %s at %zu", ik_status_name(st), e.offset);
  ikt_guarded_free(g, n);
  ik_arena_free(&a);
  return result;
}

const char *ikt_parse_n(ik_side side, unsigned options, const unsigned char *msg, size_t n) {
  return parse_with(side, options, NULL, msg, n);
}

const char *ikt_parse(ik_side side, unsigned options, const char *msg) {
  return parse_with(side, options, NULL, (const unsigned char *)msg, strlen(msg));
}

const char *ikt_parse_lim(ik_side side, unsigned options, const ik_limits *l, const char *msg) {
  return parse_with(side, options, l, (const unsigned char *)msg, strlen(msg));
}

static void append_line(sbuf *b, const char *s) {
  if (b->len + strlen(s) + 2 >= b->cap) {
    size_t nc = (b->cap ? b->cap * 2 : 4096) + strlen(s);
    b->s = realloc(b->s, nc);
    b->cap = nc;
  }
  puts_(b, s);
  puts_(b, "\n");
}

static char *stream_plan(ik_side side, unsigned options, const ik_limits *l,
                         const unsigned char *s, size_t n, size_t chunk, size_t split);

char *ikt_stream(ik_side side, unsigned options, const ik_limits *l, const unsigned char *s,
                 size_t n, size_t chunk) {
  return stream_plan(side, options, l, s, n, chunk, 0);
}

char *ikt_stream_split(ik_side side, unsigned options, const ik_limits *l, const unsigned char *s,
                       size_t n, size_t split) {
  return stream_plan(side, options, l, s, n, 0, split);
}

static char *stream_plan(ik_side side, unsigned options, const ik_limits *l,
                         const unsigned char *s, size_t n, size_t chunk, size_t split) {
  ik_framer f;
  ik_parser p;
  ik_framer_init(&f, side, l);
  ik_parser_init(&p, side, options, l);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  sbuf out = {malloc(4096), 4096, 0};
  out.s[0] = 0;
  /* The caller's buffer: what has arrived and not been dropped yet. */
  unsigned char *buf = malloc(n + 1);
  size_t have = 0, fed = 0, dropped = 0;
  char line[1 << 16];
  int eof = 0;
  while (!eof) {
    if (fed < n) {
      size_t k = chunk ? chunk : split ? (fed == 0 ? split : n - fed) : n;
      if (k > n - fed) k = n - fed;
      memcpy(buf + have, s + fed, k);
      have += k;
      fed += k;
    } else {
      eof = 1;
    }
    for (;;) {
      ik_frame fr;
      ik_frame_status st = eof ? ik_framer_finish(&f, buf, have, &fr) : ik_framer_next(&f, buf, have, &fr);
      if (st == IK_FRAME_NEED_MORE) break;
      if (st == IK_FRAME_CONTINUE) continue;
      if (st == IK_FRAME_LITERAL_DATA) {
        snprintf(line, sizeof line, "literal-data %zu", fr.len);
        append_line(&out, line);
        memmove(buf + fr.data_off, buf + fr.data_off + fr.len, have - fr.data_off - fr.len);
        have -= fr.len;
        dropped += fr.len;
        continue;
      }
      if (st == IK_FRAME_MESSAGE) {
        ik_message *m;
        ik_error e;
        ik_arena_reset(&a);
        unsigned char *g = ikt_guarded(buf, fr.len);
        ik_status ps = ik_parse(&p, g, fr.len, &a, &m, &e);
        if (ps == IK_E_OK)
          ikt_sexp(m, line, sizeof line);
        else
          snprintf(line, sizeof line, "error %s at %zu", ik_status_name(ps), dropped + e.offset);
        ikt_guarded_free(g, fr.len);
        append_line(&out, line);
      } else if (st == IK_FRAME_ERROR) {
        snprintf(line, sizeof line, "error %s at %zu", ik_status_name(fr.error.code),
                 dropped + fr.error.offset);
        append_line(&out, line);
      }
      /* MESSAGE, ERROR, SKIP: drop the bytes */
      memmove(buf, buf + fr.len, have - fr.len);
      have -= fr.len;
      dropped += fr.len;
      if (eof && have == 0) break;
    }
  }
  free(buf);
  ik_arena_free(&a);
  return out.s;
}

unsigned char *ikt_guarded(const void *bytes, size_t n) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t span = (n + page - 1) / page * page + page;
  unsigned char *base = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) abort();
  mprotect(base + span - page, page, PROT_NONE);
  unsigned char *p = base + span - page - n;
  if (n) memcpy(p, bytes, n);
  return p;
}

void ikt_guarded_free(unsigned char *p, size_t n) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t span = (n + page - 1) / page * page + page;
  unsigned char *base = p + n + page - span;
  munmap(base, span);
}

unsigned char *ikt_read_file(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 65536, len = 0;
  unsigned char *b = malloc(cap);
  size_t k;
  while ((k = fread(b + len, 1, cap - len, f)) > 0) {
    len += k;
    if (len == cap) b = realloc(b, cap *= 2);
  }
  fclose(f);
  *n = len;
  return b;
}

char *ikt_repeat(const char *head, const char *unit, size_t n, const char *tail, size_t *len) {
  size_t h = strlen(head), u = strlen(unit), t = strlen(tail);
  size_t total = h + u * n + t;
  char *s = malloc(total + 1);
  if (!s) abort();
  memcpy(s, head, h);
  for (size_t i = 0; i < n; i++) memcpy(s + h + i * u, unit, u);
  memcpy(s + h + u * n, tail, t);
  s[total] = 0;
  if (len) *len = total;
  return s;
}

char *ikt_then_good(const char *bad, unsigned options) {
  const char *good = "* 1 FETCH (UID 7)\r\n";
  size_t bl = strlen(bad), gl = strlen(good);
  unsigned char *s = malloc(bl + gl);
  if (!s) abort();
  memcpy(s, bad, bl);
  memcpy(s + bl, good, gl);
  ik_limits l;
  ik_limits_default(&l);
  l.max_line = 16u << 20;
  char *out = ikt_stream(IK_SIDE_SERVER, options, &l, s, bl + gl, 0);
  free(s);
  return out;
}

const char *ikt_json(unsigned options, const char *wire) {
  static char out[1 << 16];
  ik_parser p;
  ik_parser_init(&p, IK_SIDE_SERVER, options, NULL);
  ik_arena a;
  ik_arena_init_growable(&a, NULL);
  ik_message *m;
  ik_error e;
  ik_status st = ik_parse(&p, (const unsigned char *)wire, strlen(wire), &a, &m, &e);
  if (st != IK_E_OK) {
    snprintf(out, sizeof out, "error %s at %zu", ik_status_name(st), e.offset);
  } else {
    ik_buf_writer bw = {(unsigned char *)out, sizeof out - 1, 0, 0};
    ik_out_opts o = {0, 100, NULL};
    if (ik_json_message(m, &o, ik_write_buf, &bw) != 0) bw.len = 0;
    out[bw.len] = 0;
    if (bw.len && out[bw.len - 1] == '\n') out[bw.len - 1] = 0;
  }
  ik_arena_free(&a);
  return out;
}
