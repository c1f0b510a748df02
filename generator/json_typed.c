/* Typed JSON shapes: each area's writer says whether it knows the node. */
#include "json_typed.h"

int ik_json_typed_node(ik_w *w, const ik_node *n, int depth) {
  return ik_json_resp_node(w, n, depth) || ik_json_cmd_node(w, n, depth);
}

int ik_json_typed_message(ik_w *w, const ik_message *m, int show_secrets) {
  if (m->side == IK_SIDE_SERVER) return ik_json_resp_message(w, m, show_secrets);
  return ik_json_cmd_message(w, m, show_secrets);
}
