/*
 * fuzz_command: the client side, with session state. Byte 0 configures (see
 * ikf_opts_from_byte); its bits 6-7 pick the state the session starts in:
 * 0 not authenticated, 1 IDLE sent (the first line may be DONE), 2
 * AUTHENTICATE sent (lines are SASL data until a command), 3 side unknown
 * (the parser guesses it from the first message). The rest is a client
 * stream: framed, and every message through every oracle of fuzz_common.c.
 * IDLE and AUTHENTICATE inside the stream change the state as they go.
 */
#include "fuzz_common.h"

int ik_fuzz_command(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  ikf_opts o;
  ikf_opts_from_byte(&o, IK_SIDE_CLIENT, data[0]);
  switch ((data[0] >> 6) & 3u) {
  case 1:
    o.idling = 1;
    break;
  case 2:
    o.authenticating = 1;
    break;
  case 3:
    o.parse_side = IK_SIDE_AUTO;
    break;
  default:
    break;
  }
  ikf_run_stream(&o, data + 1, size - 1);
  return 0;
}
