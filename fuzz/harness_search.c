/*
 * fuzz_search: the SEARCH command grammar (search keys, nesting, OR/NOT,
 * dates, sizes, charsets, literals) on its own. Byte 0 configures (see
 * ikf_opts_from_byte); bits 6-7 pick a prefix so that the fuzzer's bytes
 * land in the search keys:
 *   0 "a SEARCH "   1 "a UID SEARCH "   2 "a SEARCH CHARSET UTF-8 "
 *   3 "a SEARCH RETURN (MIN MAX COUNT) "
 * then the rest of the input (which should end the line: "\r\n"; what follows
 * is more client messages). Every oracle of fuzz_common.c applies.
 */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

static const char *const ikf_search_prefix[4] = {"a SEARCH ", "a UID SEARCH ",
                                                 "a SEARCH CHARSET UTF-8 ",
                                                 "a SEARCH RETURN (MIN MAX COUNT) "};

int ik_fuzz_search(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  ikf_opts o;
  ikf_opts_from_byte(&o, IK_SIDE_CLIENT, data[0]);
  const char *pre = ikf_search_prefix[(data[0] >> 6) & 3u];
  size_t pl = strlen(pre);
  unsigned char *buf = malloc(pl + size);
  if (!buf) ikf_fail("out of memory");
  memcpy(buf, pre, pl);
  memcpy(buf + pl, data + 1, size - 1);
  ikf_run_stream(&o, buf, pl + size - 1);
  free(buf);
  return 0;
}
