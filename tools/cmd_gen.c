/* imapkit gen: random valid messages of one side, reproducible by seed. */
#include "cli.h"

#include <stdio.h>

int ikc_cmd_gen(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fprintf(stderr, "imapkit: gen is not built yet\n");
  return 2;
}
