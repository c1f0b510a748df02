/* The keyword table: sorted, and every keyword found by the perfect hash in
 * any case (a stale parser/keyword_hash.h fails here). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "imapkit.h"

Test(keywords, sorted_and_found_in_any_case) {
  for (int k = 1; k < IK_KW__COUNT; k++) {
    const char *w = ik_keyword_name((ik_kw)k);
    size_t n = strlen(w);
    if (k > 1) cr_assert(strcmp(ik_keyword_name((ik_kw)(k - 1)), w) < 0, "not sorted at %s", w);
    cr_assert_eq(ik_keyword((const unsigned char *)w, n), (ik_kw)k, "%s", w);
    char low[64];
    for (size_t i = 0; i <= n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    cr_assert_eq(ik_keyword((const unsigned char *)low, n), (ik_kw)k, "%s", low);
  }
}

Test(keywords, not_keywords) {
  cr_assert_eq(ik_keyword((const unsigned char *)"FETCHX", 6), IK_KW_NONE);
  cr_assert_eq(ik_keyword((const unsigned char *)"FETC", 4), IK_KW_NONE);
  cr_assert_eq(ik_keyword((const unsigned char *)"", 0), IK_KW_NONE);
  cr_assert_eq(ik_keyword((const unsigned char *)"fetch\0", 6), IK_KW_NONE);
  cr_assert_eq(ik_keyword((const unsigned char *)"F\xc5TCH", 5), IK_KW_NONE);
  cr_assert_eq(ik_keyword((const unsigned char *)"FETCH", 5), IK_KW_FETCH);
  cr_assert_eq(ik_keyword((const unsigned char *)"uid", 3), IK_KW_UID);
}

/* The lookup as a plain binary search of the sorted table: upper-case fold,
 * then an exact comparison. */
static ik_kw ref_keyword(const unsigned char *s, size_t n) {
  unsigned char f[64];
  if (n == 0 || n > sizeof f) return IK_KW_NONE;
  for (size_t i = 0; i < n; i++) {
    unsigned c = s[i];
    f[i] = (unsigned char)(c - 'a' < 26u ? c - 32u : c);
  }
  int lo = 1, hi = IK_KW__COUNT - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    const char *w = ik_keyword_name((ik_kw)mid);
    size_t m = strlen(w);
    int c = memcmp(f, w, n < m ? n : m);
    if (c == 0) c = n < m ? -1 : n > m;
    if (c == 0) return (ik_kw)mid;
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return IK_KW_NONE;
}

/* Every keyword with one byte replaced by each of the 256 values, cut short
 * and lengthened by one byte: the hash and its word comparison agree with the
 * plain search. The name sits at the end of a heap block of its own size, so
 * ASan sees any read past s + n. */
Test(keywords, near_misses_agree_with_search) {
  for (int k = 1; k < IK_KW__COUNT; k++) {
    const char *w = ik_keyword_name((ik_kw)k);
    size_t n = strlen(w);
    for (size_t len = n - 1; len <= n + 1; len++) {
      if (len == 0) continue;
      unsigned char *b = malloc(len);
      cr_assert(b);
      for (size_t i = 0; i < len; i++) b[i] = i < n ? (unsigned char)w[i] : 'S';
      for (size_t i = 0; i < len; i++) {
        unsigned char keep = b[i];
        for (unsigned v = 0; v < 256; v++) {
          b[i] = (unsigned char)v;
          cr_assert_eq(ik_keyword(b, len), ref_keyword(b, len), "%s len %zu byte %zu = %u", w, len, i, v);
        }
        b[i] = keep;
      }
      free(b);
    }
  }
}
