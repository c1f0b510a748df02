/* Keyword lookup: binary search over the table of imapkit_keywords.h, which is
 * kept sorted by spelling; comparison folds ASCII case without a copy. */
#include "imapkit.h"

static const char *const kw_names[] = {
    "",
#define IK_X(name, str) str,
    IK_KEYWORDS(IK_X)
#undef IK_X
};

static int cmp_upper(const unsigned char *s, size_t n, const char *w) {
  size_t i = 0;
  for (; i < n; i++) {
    unsigned char c = s[i], d = (unsigned char)w[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    if (d == 0) return 1;
    if (c != d) return c < d ? -1 : 1;
  }
  return w[i] == 0 ? 0 : -1;
}

ik_kw ik_keyword(const unsigned char *s, size_t n) {
  if (n == 0 || n > 32) return IK_KW_NONE;
  size_t lo = 1, hi = IK_KW__COUNT;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_upper(s, n, kw_names[mid]);
    if (c == 0) return (ik_kw)mid;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return IK_KW_NONE;
}

const char *ik_keyword_name(ik_kw k) {
  return (unsigned)k < IK_KW__COUNT ? kw_names[k] : "";
}
