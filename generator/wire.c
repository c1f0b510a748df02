/*
 * Wire output. Until the generator writes every typed tree from its nodes,
 * a parsed message is written back as the exact bytes it was parsed from,
 * which is its canonical form by definition.
 */
#include "writer.h"

int ik_wire_message(const ik_message *m, ik_write_fn fn, void *ud) {
  return fn(ud, m->base, m->len);
}
