/* Keyword lookup: a perfect hash (parser/keyword_hash.h, generated from
 * imapkit_keywords.h by tools/gen/keyword_hash.py) of the name read as two
 * words picks the one candidate, then a case-folding comparison of those words
 * (and of the middle bytes of a name longer than 16) decides. The lookup runs
 * for every command, response, item and key name, so it must not search. */
#include "imapkit.h"

#include <string.h>

#include "keyword_hash.h"

static const char *const kw_names[] = {
    "",
#define IK_X(name, str) str,
    IK_KEYWORDS(IK_X)
#undef IK_X
};

static const unsigned char kw_lens[] = {
    0,
#define IK_X(name, str) (unsigned char)(sizeof(str) - 1),
    IK_KEYWORDS(IK_X)
#undef IK_X
};

/* Little-endian loads of 4 and 8 bytes, as tools/gen/keyword_hash.py reads them. */
static inline uint64_t kw_le64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap64(v);
#endif
  return v;
}

static inline uint64_t kw_le32(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap32(v);
#endif
  return v;
}

#define KW_F UINT64_C(0x2020202020202020)

/* The name as two words (see tools/gen/keyword_hash.py); reads only s[0..n-1]. */
ik_kw ik_keyword(const unsigned char *s, size_t n) {
  if (n == 0 || n > 32) return IK_KW_NONE;
  uint64_t w0, w1 = 0;
  if (n < 4) {
    w0 = (uint64_t)s[0] | (uint64_t)s[n >> 1] << 8 | (uint64_t)s[n - 1] << 16;
  } else if (n < 8) {
    w0 = kw_le32(s) | kw_le32(s + n - 4) << 32;
  } else {
    w0 = kw_le64(s);
    if (n > 8) w1 = kw_le64(s + n - 8);
  }
  uint64_t h = (((w0 | KW_F) * IK_KWH_M1) ^ (w1 | KW_F) ^ (uint64_t)n) * IK_KWH_M2;
  unsigned k = ik_kwh_table[h >> (64 - IK_KWH_BITS)];
  if (kw_lens[k] != n) return IK_KW_NONE; /* kw_lens[0] is 0, n is not */
  const ik_kwh_entry *e = &ik_kwh_entries[k];
  if (((w0 | e->m[0]) ^ e->v[0]) | ((w1 | e->m[1]) ^ e->v[1])) return IK_KW_NONE;
  if (n > 16) { /* the bytes between the first and the last eight */
    const char *w = kw_names[k];
    for (size_t i = 8; i < n - 8; i++) {
      unsigned c = s[i];
      if (c - 'a' < 26u) c -= 32u;
      if (c != (unsigned char)w[i]) return IK_KW_NONE;
    }
  }
  return (ik_kw)k;
}

const char *ik_keyword_name(ik_kw k) {
  return (unsigned)k < IK_KW__COUNT ? kw_names[k] : "";
}
