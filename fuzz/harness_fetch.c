/*
 * fuzz_fetch: the FETCH response grammar (msg-att, BODYSTRUCTURE, ENVELOPE,
 * sections) on its own. Byte 0 configures (see ikf_opts_from_byte); bits 6-7
 * pick a prefix so that the fuzzer's bytes land inside the grammar:
 *   0 "* 1 FETCH ("           any msg-att items
 *   1 "* 1 FETCH (BODYSTRUCTURE "   a body structure
 *   2 "* 1 FETCH (ENVELOPE "  an envelope
 *   3 "* 1 FETCH (BODY["      a section spec, then its data
 * then the rest of the input (which should end the item list and the line:
 * ")\r\n"; what follows is more server messages). Every oracle of
 * fuzz_common.c applies.
 */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

static const char *const ikf_fetch_prefix[4] = {
    "* 1 FETCH (", "* 1 FETCH (BODYSTRUCTURE ", "* 1 FETCH (ENVELOPE ", "* 1 FETCH (BODY["};

int ik_fuzz_fetch(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  ikf_opts o;
  ikf_opts_from_byte(&o, IK_SIDE_SERVER, data[0]);
  const char *pre = ikf_fetch_prefix[(data[0] >> 6) & 3u];
  size_t pl = strlen(pre);
  unsigned char *buf = malloc(pl + size);
  if (!buf) ikf_fail("out of memory");
  memcpy(buf, pre, pl);
  memcpy(buf + pl, data + 1, size - 1);
  ikf_run_stream(&o, buf, pl + size - 1);
  free(buf);
  return 0;
}
