/*
 * Internal: the JSON writer's hooks for typed nodes. json.c writes the message
 * head and generic values; the typed grammars' shapes (FETCH items, envelopes,
 * bodies, SEARCH keys, ...) are written by the json_*.c files that define
 * these hooks.
 */
#ifndef IK_JSON_TYPED_H
#define IK_JSON_TYPED_H

#include "writer.h"

/* Generic writers the typed ones build on. */
void ik_json_node(ik_w *w, const ik_node *n, int depth);
void ik_json_array(ik_w *w, const ik_node *first, int depth);
void ik_json_string(ik_w *w, const ik_node *n);
/* The same, or null for a field a short or broken tree lacks (n NULL). */
void ik_json_string_or_null(ik_w *w, const ik_node *n);
void ik_json_upper(ik_w *w, ik_span s);
void ik_json_redacted(ik_w *w, size_t len);
/* A redacted SASL response: its length and, where the mechanism allows, the
 * user name (PLAIN, LOGIN, XOAUTH2). */
void ik_json_redacted_sasl(ik_w *w, const ik_message *m, const ik_node *n, unsigned step);

/* Writes n when its kind has a typed shape; returns 0 to fall back to the
 * generic shape. */
int ik_json_typed_node(ik_w *w, const ik_node *n, int depth);
/* Writes the message's fields after "name" (and "seq"/"number") when the
 * message has a typed shape; returns 0 to fall back to "args"/"code"/"text". */
int ik_json_typed_message(ik_w *w, const ik_message *m, int show_secrets);

/* Per area (json_response.c, json_command.c): 1 when written. */
int ik_json_resp_node(ik_w *w, const ik_node *n, int depth);
int ik_json_resp_message(ik_w *w, const ik_message *m, int show_secrets);
int ik_json_cmd_node(ik_w *w, const ik_node *n, int depth);
int ik_json_cmd_message(ik_w *w, const ik_message *m, int show_secrets);

#endif
