/* The keyword table: sorted, and every keyword found by the perfect hash in
 * any case (a stale parser/keyword_hash.h fails here). */
#include <criterion/criterion.h>
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
