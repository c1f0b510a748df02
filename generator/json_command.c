/* JSON shapes of typed client commands (FETCH attributes, SEARCH keys, ...). */
#include "json_typed.h"

int ik_json_cmd_node(ik_w *w, const ik_node *n, int depth) {
  (void)w;
  (void)n;
  (void)depth;
  return 0;
}

int ik_json_cmd_message(ik_w *w, const ik_message *m, int show_secrets) {
  (void)w;
  (void)m;
  (void)show_secrets;
  return 0;
}
