/* libFuzzer / AFL++ / OSS-Fuzz entry point of the command harness (harness_command.c). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The side the structure-aware mutator (mutator.c, when linked in) parses. */
const int ikf_mutator_side = IK_SIDE_CLIENT;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return ik_fuzz_command(data, size);
}
