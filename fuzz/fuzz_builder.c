/* libFuzzer / AFL++ / OSS-Fuzz entry point of the builder harness (harness_builder.c). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return ik_fuzz_builder(data, size);
}
