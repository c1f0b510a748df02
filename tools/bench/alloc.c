/*
 * Allocation counting without LD_PRELOAD: the runner executables define
 * malloc, calloc, realloc and free themselves. The dynamic linker binds every
 * reference in the process to the executable's definition first (libetpan.so
 * and libc included), and each counts and forwards to glibc's allocator
 * through its __libc_* entry points. Under valgrind the tool's own allocator
 * replaces these; counts are then meaningless and not used.
 */
#include <stddef.h>
#include <stdint.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

volatile uint64_t ikb_mallocs, ikb_callocs, ikb_reallocs, ikb_frees;

void *malloc(size_t n) {
  ikb_mallocs++;
  return __libc_malloc(n);
}

void *calloc(size_t a, size_t b) {
  ikb_callocs++;
  return __libc_calloc(a, b);
}

void *realloc(void *p, size_t n) {
  ikb_reallocs++;
  return __libc_realloc(p, n);
}

void free(void *p) {
  if (p) ikb_frees++;
  __libc_free(p);
}
