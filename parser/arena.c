/*
 * The arena: every node of a parse comes from here, so freeing a whole tree is
 * one reset and the parse path never calls malloc. A fixed arena reports
 * exhaustion as NULL (the parser turns it into IK_E_NO_MEMORY); a growable one
 * asks the caller's allocator for chunks that double in size.
 */
#include "imapkit.h"

#include <stdlib.h>
#include <string.h>

struct ik_arena_chunk {
  ik_arena_chunk *next;
  size_t cap;
  /* data follows, 16-byte aligned */
};

#define CHUNK_HEADER ((sizeof(ik_arena_chunk) + 15u) & ~(size_t)15u)
#define FIRST_CHUNK 16384u

static void *default_alloc(void *ud, size_t n) {
  (void)ud;
  return malloc(n);
}
static void default_free(void *ud, void *p) {
  (void)ud;
  free(p);
}

void ik_arena_init(ik_arena *a, void *buf, size_t cap) {
  memset(a, 0, sizeof *a);
  /* Align the start so every allocation is 8-byte aligned. */
  uintptr_t p = (uintptr_t)buf, q = (p + 7u) & ~(uintptr_t)7u;
  if (buf && cap >= q - p) {
    a->buf = (unsigned char *)q;
    a->cap = cap - (size_t)(q - p);
  }
}

void ik_arena_init_growable(ik_arena *a, const ik_allocator *al) {
  memset(a, 0, sizeof *a);
  a->growable = 1;
  if (al && al->alloc && al->free) {
    a->allocator = *al;
  } else {
    a->allocator.alloc = default_alloc;
    a->allocator.free = default_free;
  }
}

void ik_arena_reset(ik_arena *a) {
  a->used = 0;
  a->total = 0;
  if (!a->growable || !a->chunks) return;
  /* Keep the newest (largest) chunk, free the others. */
  ik_arena_chunk *keep = a->chunks, *c = keep->next;
  while (c) {
    ik_arena_chunk *n = c->next;
    a->allocator.free(a->allocator.ud, c);
    c = n;
  }
  keep->next = NULL;
  a->chunks = keep;
  a->buf = (unsigned char *)keep + CHUNK_HEADER;
  a->cap = keep->cap;
}

void ik_arena_free(ik_arena *a) {
  if (a->growable) {
    ik_arena_chunk *c = a->chunks;
    while (c) {
      ik_arena_chunk *n = c->next;
      a->allocator.free(a->allocator.ud, c);
      c = n;
    }
  }
  ik_allocator al = a->allocator;
  int g = a->growable;
  memset(a, 0, sizeof *a);
  a->allocator = al;
  a->growable = g;
}

void *ik_arena_alloc(ik_arena *a, size_t n) {
  n = (n + 7u) & ~(size_t)7u;
  if (n == 0) n = 8;
  if (a->max_total && (n > a->max_total || a->total > a->max_total - n)) return NULL;
  if (a->buf && a->cap - a->used >= n) {
    void *p = a->buf + a->used;
    a->used += n;
    a->total += n;
    if (a->total > a->peak) a->peak = a->total;
    return p;
  }
  if (!a->growable) return NULL;
  size_t cap = a->chunks ? a->chunks->cap * 2 : FIRST_CHUNK;
  while (cap < n) {
    if (cap > SIZE_MAX / 2) return NULL;
    cap *= 2;
  }
  if (cap > SIZE_MAX - CHUNK_HEADER) return NULL;
  ik_arena_chunk *c = a->allocator.alloc(a->allocator.ud, CHUNK_HEADER + cap);
  if (!c) return NULL;
  c->cap = cap;
  c->next = a->chunks;
  a->chunks = c;
  a->buf = (unsigned char *)c + CHUNK_HEADER;
  a->cap = cap;
  a->used = n;
  a->total += n;
  if (a->total > a->peak) a->peak = a->total;
  return a->buf;
}
