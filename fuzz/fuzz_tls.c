/* libFuzzer / AFL++ / OSS-Fuzz entry point of the TLS harness (harness_tls.c). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return ik_fuzz_tls(data, size);
}
