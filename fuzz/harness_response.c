/*
 * fuzz_response: the server side. Byte 0 configures (see ikf_opts_from_byte;
 * bits 6-7: 2 = the parser guesses the side from the first message), the
 * rest is a server stream: framed, and every message through every oracle
 * of fuzz_common.c (sanity, strict implies lenient, bounded arena, JSON and
 * pretty writers, wire round trip).
 */
#include "fuzz_common.h"

int ik_fuzz_response(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  ikf_opts o;
  ikf_opts_from_byte(&o, IK_SIDE_SERVER, data[0]);
  if (((data[0] >> 6) & 3u) == 2) o.parse_side = IK_SIDE_AUTO;
  ikf_run_stream(&o, data + 1, size - 1);
  return 0;
}
