/* imapkit trace: decodes the IMAP conversations of a capture (see tools/trace/). */
#include "cli.h"

#include <stdio.h>

int ikc_cmd_trace(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fprintf(stderr, "imapkit: trace is not built yet\n");
  fprintf(stderr, "imapkit: 0 messages, 0 bytes, 0 errors\n");
  return 2;
}
