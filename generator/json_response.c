/* JSON shapes of typed server responses (FETCH items, envelopes, bodies, ...). */
#include "json_typed.h"

int ik_json_resp_node(ik_w *w, const ik_node *n, int depth) {
  (void)w;
  (void)n;
  (void)depth;
  return 0;
}

int ik_json_resp_message(ik_w *w, const ik_message *m, int show_secrets) {
  (void)w;
  (void)m;
  (void)show_secrets;
  return 0;
}
