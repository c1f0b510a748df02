/* Keyword lookup: a perfect hash (parser/keyword_hash.h, generated from
 * imapkit_keywords.h by tools/gen/keyword_hash.py) picks the one candidate,
 * then one case-folding comparison decides. The lookup runs for every command,
 * response, item and key name, so it must not search. */
#include "imapkit.h"

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

ik_kw ik_keyword(const unsigned char *s, size_t n) {
  if (n == 0 || n > 32) return IK_KW_NONE;
  uint32_t h = IK_KWH_SEED;
  for (size_t i = 0; i < n; i++) {
    unsigned c = s[i];
    if (c - 'a' < 26u) c -= 32u;
    h = (h ^ c) * 16777619u;
  }
  h ^= h >> 15;
  unsigned k = ik_kwh_table[h & ((1u << IK_KWH_BITS) - 1u)];
  if (k == 0 || kw_lens[k] != n) return IK_KW_NONE;
  const char *w = kw_names[k];
  for (size_t i = 0; i < n; i++) {
    unsigned c = s[i];
    if (c - 'a' < 26u) c -= 32u;
    if (c != (unsigned char)w[i]) return IK_KW_NONE;
  }
  return (ik_kw)k;
}

const char *ik_keyword_name(ik_kw k) {
  return (unsigned)k < IK_KW__COUNT ? kw_names[k] : "";
}
