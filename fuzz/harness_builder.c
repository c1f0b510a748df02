/*
 * fuzz_builder: the generator's builder (ik_builder_*, ik_build_*), driven by
 * the input as a program: byte 0 picks the side (bit 0) and the builder
 * options (bits 1-4: LITERAL+, LITERAL-, BINARY, UTF8) and the size of a
 * second, caller-buffer builder (bits 5-7); then messages, each a begin
 * operation, value operations and an end.
 *
 * Oracles (the builder's promise: no call sequence yields a malformed or
 * injected message):
 *   - every call returns OK or a documented error, and errors are sticky;
 *   - a builder writing to a caller buffer agrees with one writing to a
 *     callback: same statuses, same bytes, or IK_E_BUFFER_TOO_SMALL at the end
 *     with b->len the size needed;
 *   - every message built ends in CRLF and frames as exactly one message of
 *     its side, the framer's CONTINUE points being exactly the recorded cuts;
 *   - a message of an unknown name (generic grammar), DONE after IDLE and a
 *     SASL line after AUTHENTICATE parse; every message goes through every
 *     oracle of fuzz_common.c (strict implies lenient, arena, writers, round
 *     trip).
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct bl_rd {
  const uint8_t *p;
  size_t n;
} bl_rd;

static unsigned bl_u8(bl_rd *r) {
  if (!r->n) return 0;
  r->n--;
  return *r->p++;
}

static uint64_t bl_uint(bl_rd *r, unsigned bytes) {
  uint64_t v = 0;
  for (unsigned i = 0; i < bytes; i++) v = v << 8 | bl_u8(r);
  return v;
}

/* A length byte, then that many bytes (what is left when fewer). */
static const uint8_t *bl_bytes(bl_rd *r, size_t *len) {
  size_t l = bl_u8(r);
  if (l > r->n) l = r->n;
  const uint8_t *p = r->p;
  r->p += l;
  r->n -= l;
  *len = l;
  return p;
}

/* A C string: one of `table` (index < count), else bytes from the input. */
static const char *bl_pick(bl_rd *r, const char *const *table, size_t count, char *tmp,
                           size_t cap) {
  unsigned k = bl_u8(r);
  if (k < 0xF0) return table[k % count];
  size_t l;
  const uint8_t *p = bl_bytes(r, &l);
  if (l >= cap) l = cap - 1;
  memcpy(tmp, p, l);
  tmp[l] = 0;
  return tmp;
}

static const char *const bl_client_names[] = {
    "XFUZZ", "XFUZZ", "XFUZZ", "NOOP",  "LOGIN", "SELECT", "FETCH",     "UID FETCH", "SEARCH",
    "STORE", "APPEND", "AUTHENTICATE", "LIST", "STATUS", "ID", "ENABLE", "IDLE", "UID SEARCH"};
static const char *const bl_untagged_names[] = {
    "XRESP", "XRESP", "XRESP", "OK", "NO", "BAD", "BYE", "PREAUTH", "CAPABILITY", "LIST",
    "FLAGS", "SEARCH", "STATUS", "ENABLED", "ID", "NAMESPACE"};
static const char *const bl_num_names[] = {"EXISTS", "RECENT", "EXPUNGE", "FETCH", "XNUM"};
static const char *const bl_statuses[] = {"OK", "NO", "BAD"};
static const char *const bl_codes[] = {"XCODE", "ALERT", "UIDNEXT", "CAPABILITY",
                                       "PERMANENTFLAGS", "BADCHARSET", "APPENDUID", "READ-ONLY"};
static const char *const bl_sections[] = {"BODY", "BODY.PEEK", "BINARY", "BINARY.PEEK",
                                          "BINARY.SIZE", "RFC822"};
static const char *const bl_sec_texts[] = {"HEADER", "HEADER.FIELDS", "HEADER.FIELDS.NOT",
                                           "TEXT", "MIME"};
static const char *const bl_flags[] = {"\\Seen", "\\Deleted", "$Junk", "\\*", "\\Answered",
                                       "work"};
static const char *const bl_atoms[] = {"FLAGS", "UID", "ALL", "NIL", "1:*", "$", "BODY[]",
                                       "RFC822.SIZE", "(", "a b", ""};

#define BL_N(t) (sizeof(t) / sizeof((t)[0]))

/* Two builders fed the same calls. */
typedef struct bl_pair {
  ik_builder f, b;     /* callback, caller buffer */
  ikf_buf out;         /* the callback's bytes, all messages */
  size_t msg_start;    /* where the current message begins in out */
  unsigned char *buf;
  size_t cap;
  size_t cuts[16], bcuts[16];
} bl_pair;

static void bl_init(bl_pair *pr, unsigned options) {
  ik_builder_init_fn(&pr->f, ikf_buf_write, &pr->out, options);
  ik_builder_init_buf(&pr->b, pr->buf, pr->cap, options);
  ik_builder_set_cuts(&pr->f, pr->cuts, BL_N(pr->cuts));
  ik_builder_set_cuts(&pr->b, pr->bcuts, BL_N(pr->bcuts));
  pr->msg_start = pr->out.len;
}

/* Checks one call's statuses: documented, sticky, the same in both builders. */
static void bl_status(const char *what, ik_status sf, ik_status sb, ik_status before) {
  IKF_CHECK(sf == IK_E_OK || sf == IK_E_UNSAFE_VALUE || sf == IK_E_INVALID_ARGUMENT ||
                sf == IK_E_BUFFER_TOO_SMALL,
            "builder: %s returned %s", what, ik_status_name(sf));
  if (before != IK_E_OK)
    IKF_CHECK(sf == before, "builder: %s returned %s after the sticky %s", what,
              ik_status_name(sf), ik_status_name(before));
  IKF_CHECK(sf == sb, "builder: %s: %s writing to a callback, %s to a buffer", what,
            ik_status_name(sf), ik_status_name(sb));
}

/* Applies one builder call to both builders (ARGS after the builder; they are
 * evaluated twice: plain values only, never reads of the input). */
#define BL_DO(name, ...)                                                                     \
  do {                                                                                       \
    ik_status before_ = pr->f.err;                                                           \
    ik_status sf_ = name(&pr->f, __VA_ARGS__);                                               \
    ik_status sb_ = name(&pr->b, __VA_ARGS__);                                               \
    bl_status(#name, sf_, sb_, before_);                                                     \
  } while (0)
#define BL_DO0(name)                                                                         \
  do {                                                                                       \
    ik_status before_ = pr->f.err;                                                           \
    ik_status sf_ = name(&pr->f);                                                            \
    ik_status sb_ = name(&pr->b);                                                            \
    bl_status(#name, sf_, sb_, before_);                                                     \
  } while (0)

/* One message built: frame it, parse it, every oracle. */
static void bl_check_message(bl_pair *pr, ik_side side, int must_parse, int idling,
                             int authenticating) {
  const unsigned char *m = pr->out.p + pr->msg_start;
  size_t len = pr->out.len - pr->msg_start;
  IKF_CHECK(len == pr->f.len, "builder: b->len %zu, %zu bytes written", pr->f.len, len);
  IKF_CHECK(len >= 2 && m[len - 2] == '\r' && m[len - 1] == '\n',
            "builder: a message that does not end in CRLF");
  /* the caller-buffer builder: the same bytes, or too small with the size needed */
  IKF_CHECK(pr->b.len == len, "builder: buffer builder says %zu bytes, callback %zu", pr->b.len,
            len);
  if (len <= pr->cap)
    IKF_CHECK(memcmp(pr->buf, m, len) == 0, "builder: buffer and callback bytes differ");
  IKF_CHECK(pr->f.ncuts == pr->b.ncuts, "builder: cut counts differ");

  unsigned char *msg = ikf_dup(m, len);
  if (getenv("IKF_DEBUG")) fprintf(stderr, "built: %.*s", (int)len, (const char *)msg);
  ik_limits big;
  ik_limits_default(&big);
  big.max_line = 0xFFFFFFFFu;
  big.max_literal = UINT64_MAX;
  big.max_message = 0;
  big.max_literals = 0xFFFFFFFFu;
  ik_framer fr;
  ik_framer_init(&fr, side, &big);
  ik_frame f;
  ik_frame_status fs;
  size_t ncont = 0;
  for (;;) {
    fs = ik_framer_next(&fr, msg, len, &f);
    if (fs != IK_FRAME_CONTINUE) break;
    IKF_CHECK(ncont < pr->f.ncuts && ncont < BL_N(pr->cuts) && fr.pos == pr->cuts[ncont],
              "builder: the framer stops for a literal at %zu, the builder's cut %zu is %zu",
              fr.pos, ncont, ncont < pr->f.ncuts && ncont < BL_N(pr->cuts) ? pr->cuts[ncont] : 0);
    ncont++;
  }
  IKF_CHECK(fs == IK_FRAME_MESSAGE && f.len == len,
            "builder: the %zu bytes built do not frame as one message (status %d, %zu bytes): "
            "%.*s",
            len, (int)fs, f.len, (int)(len > 200 ? 200 : len), (const char *)msg);
  if (side == IK_SIDE_CLIENT)
    IKF_CHECK(ncont == pr->f.ncuts, "builder: %zu cuts recorded, the framer stopped %zu times",
              pr->f.ncuts, ncont);

  ik_parser p;
  ik_parser_init(&p, side, 0, NULL);
  p.idling = idling;
  p.authenticating = authenticating;
  if (must_parse) {
    ik_parser q = p;
    ik_arena a;
    ik_arena_init_growable(&a, NULL);
    ik_message *pm;
    ik_error e;
    ik_status st = ik_parse(&q, msg, len, &a, &pm, &e);
    IKF_CHECK(st == IK_E_OK,
              "builder: a message built does not parse: %s at %zu (expected %s): %.*s",
              ik_status_name(st), e.offset, e.expected, (int)(len > 200 ? 200 : len),
              (const char *)msg);
    ik_arena_free(&a);
  }
  ikf_opts o;
  ikf_opts_from_byte(&o, side, 0);
  ikf_check_message(&p, msg, len, &o);
  free(msg);
}

int ik_fuzz_builder(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  bl_rd r = {data + 1, size - 1};
  unsigned cfg = data[0];
  ik_side side = (cfg & 1) ? IK_SIDE_SERVER : IK_SIDE_CLIENT;
  unsigned options = (cfg >> 1) & 0xFu;
  bl_pair *pr = calloc(1, sizeof *pr);
  if (!pr) ikf_fail("out of memory");
  pr->cap = (size_t)16 << ((cfg >> 5) & 7u) * 2; /* 16 .. 256 KiB */
  pr->buf = malloc(pr->cap);
  if (!pr->buf) ikf_fail("out of memory");
  char t1[64], t2[64];
  int messages = 0;

  while (r.n && messages < 64) {
    bl_init(pr, options);
    int must_parse = 0, idling = 0, authenticating = 0, whole = 0;
    ik_status ef = IK_E_OK, eb = IK_E_OK, before = IK_E_OK;
    unsigned op = bl_u8(&r);
    if (side == IK_SIDE_CLIENT) {
      switch (op % 4) {
      case 0: {
        const char *tag = bl_pick(&r, bl_atoms, 2, t1, sizeof t1);
        if (bl_u8(&r) < 0x80) tag = "a1";
        const char *name = bl_pick(&r, bl_client_names, BL_N(bl_client_names), t2, sizeof t2);
        must_parse = strcmp(name, "XFUZZ") == 0;
        BL_DO(ik_build_command, tag, name);
        break;
      }
      case 1: /* whole messages: the call ends them (ik_build_end inside) */
        idling = must_parse = whole = 1;
        ef = ik_build_done(&pr->f);
        eb = ik_build_done(&pr->b);
        break;
      case 2: {
        size_t l;
        const uint8_t *p = bl_bytes(&r, &l);
        authenticating = must_parse = whole = 1;
        ef = ik_build_sasl(&pr->f, p, l);
        eb = ik_build_sasl(&pr->b, p, l);
        break;
      }
      default:
        authenticating = must_parse = whole = 1;
        ef = ik_build_sasl_cancel(&pr->f);
        eb = ik_build_sasl_cancel(&pr->b);
        break;
      }
    } else {
      switch (op % 4) {
      case 0: {
        const char *tag = bl_u8(&r) < 0xC0 ? "a1" : bl_pick(&r, bl_atoms, 2, t1, sizeof t1);
        const char *st = bl_pick(&r, bl_statuses, BL_N(bl_statuses), t2, sizeof t2);
        BL_DO(ik_build_tagged, tag, st);
        break;
      }
      case 1: {
        const char *name =
            bl_pick(&r, bl_untagged_names, BL_N(bl_untagged_names), t2, sizeof t2);
        must_parse = strcmp(name, "XRESP") == 0;
        BL_DO(ik_build_untagged, name);
        break;
      }
      case 2: {
        uint32_t num = (uint32_t)bl_uint(&r, 4);
        const char *name = bl_pick(&r, bl_num_names, BL_N(bl_num_names), t2, sizeof t2);
        BL_DO(ik_build_untagged_num, num, name);
        break;
      }
      default:
        BL_DO0(ik_build_continuation);
        break;
      }
    }
    /* values, until an end */
    for (int k = 0; !whole && r.n && k < 200; k++) {
      unsigned v = bl_u8(&r);
      if (v >= 0xF8) break; /* end */
      size_t l;
      const uint8_t *p;
      const char *s1;
      uint64_t u;
      switch (v % 30) {
      case 0: s1 = bl_pick(&r, bl_atoms, BL_N(bl_atoms), t1, sizeof t1); BL_DO(ik_build_atom, s1); break;
      case 1: p = bl_bytes(&r, &l); BL_DO(ik_build_astring, p, l); break;
      case 2: p = bl_bytes(&r, &l); BL_DO(ik_build_string, p, l); break;
      case 3:
        p = bl_bytes(&r, &l);
        if (l & 1) p = NULL;
        BL_DO(ik_build_nstring, p, l);
        break;
      case 4: BL_DO0(ik_build_nil); break;
      case 5: p = bl_bytes(&r, &l); BL_DO(ik_build_literal, p, l); break;
      case 6: p = bl_bytes(&r, &l); BL_DO(ik_build_literal8, p, l); break;
      case 7: p = bl_bytes(&r, &l); BL_DO(ik_build_sasl_ir, p, l); break;
      case 8: p = bl_bytes(&r, &l); BL_DO(ik_build_mailbox, p, l); break;
      case 9: u = bl_uint(&r, 4); BL_DO(ik_build_number, (uint32_t)u); break;
      case 10: u = bl_uint(&r, 8); BL_DO(ik_build_number64, u); break;
      case 11: {
        ik_seq_range rg[8];
        size_t n = bl_u8(&r) % 9;
        for (size_t i = 0; i < n; i++) {
          rg[i].first = (uint32_t)bl_uint(&r, 2);
          rg[i].last = (uint32_t)bl_uint(&r, 2);
        }
        BL_DO(ik_build_seqset, n ? rg : NULL, n);
        break;
      }
      case 12: s1 = bl_pick(&r, bl_flags, BL_N(bl_flags), t1, sizeof t1); BL_DO(ik_build_flag, s1); break;
      case 13:
        s1 = bl_pick(&r, bl_flags, BL_N(bl_flags), t1, sizeof t1);
        BL_DO(ik_build_flag_perm, s1);
        break;
      case 14: {
        const char *fl[4];
        size_t n = bl_u8(&r) % 5;
        for (size_t i = 0; i < n; i++) fl[i] = bl_flags[bl_u8(&r) % BL_N(bl_flags)];
        BL_DO(ik_build_flag_list, fl, n);
        break;
      }
      case 15: {
        int64_t tt = (int64_t)bl_uint(&r, 8);
        int zone = (int)(int16_t)bl_uint(&r, 2);
        BL_DO(ik_build_datetime, tt, zone);
        break;
      }
      case 16: {
        int y = (int)bl_uint(&r, 2);
        unsigned mo = bl_u8(&r), d = bl_u8(&r);
        BL_DO(ik_build_date, y, mo, d);
        break;
      }
      case 17: case 18: BL_DO0(ik_build_list_open); break;
      case 19: BL_DO0(ik_build_list_adjoin); break;
      case 20: case 21: BL_DO0(ik_build_list_close); break;
      case 22: s1 = bl_pick(&r, bl_codes, BL_N(bl_codes), t1, sizeof t1); BL_DO(ik_build_code_open, s1); break;
      case 23: BL_DO0(ik_build_code_close); break;
      case 24: p = bl_bytes(&r, &l); BL_DO(ik_build_text, p, l); break;
      case 25:
        s1 = bl_pick(&r, bl_sections, BL_N(bl_sections), t1, sizeof t1);
        BL_DO(ik_build_section_open, s1);
        break;
      case 26: u = bl_uint(&r, 1); BL_DO(ik_build_section_part, (uint32_t)u); break;
      case 27:
        s1 = bl_pick(&r, bl_sec_texts, BL_N(bl_sec_texts), t1, sizeof t1);
        BL_DO(ik_build_section_text, s1);
        break;
      case 28: BL_DO0(ik_build_section_close); break;
      default: {
        uint32_t origin = (uint32_t)bl_uint(&r, 2), length = (uint32_t)bl_uint(&r, 1);
        BL_DO(ik_build_partial, origin, length);
        break;
      }
      }
    }
    if (!whole) {
      before = pr->f.err;
      ef = ik_build_end(&pr->f);
      eb = ik_build_end(&pr->b);
    }
    IKF_CHECK(ef == IK_E_OK || ef == IK_E_UNSAFE_VALUE || ef == IK_E_INVALID_ARGUMENT ||
                  ef == IK_E_BUFFER_TOO_SMALL,
              "builder: ik_build_end returned %s", ik_status_name(ef));
    if (before != IK_E_OK)
      IKF_CHECK(ef == before, "builder: ik_build_end returned %s after the sticky %s",
                ik_status_name(ef), ik_status_name(before));
    if (ef == IK_E_OK) {
      IKF_CHECK(eb == IK_E_OK || (eb == IK_E_BUFFER_TOO_SMALL && pr->b.len > pr->cap),
                "builder: ik_build_end: OK writing to a callback, %s to a %zu-byte buffer "
                "(%zu needed)",
                ik_status_name(eb), pr->cap, pr->b.len);
      if (pr->f.ncuts <= BL_N(pr->cuts)) bl_check_message(pr, side, must_parse, idling, authenticating);
    } else {
      IKF_CHECK(eb == ef, "builder: ik_build_end: %s writing to a callback, %s to a buffer",
                ik_status_name(ef), ik_status_name(eb));
    }
    messages++;
  }
  ikf_buf_free(&pr->out);
  free(pr->buf);
  free(pr);
  return 0;
}
