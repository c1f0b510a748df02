/*
 * Internal: the tree-building helpers of the typed response grammar
 * (response.rl), on top of the generic builder of pstate.h. Not public.
 */
#ifndef IK_RESP_BUILD_H
#define IK_RESP_BUILD_H

#include "pstate.h"

/* A NUMBER node (form NONE) from the number token just scanned. */
int ik_r_num(ik_pstate *ps);
/* A NUMBER node with form NIL: an absent number (NIL or nothing), at p. */
int ik_r_nil_num(ik_pstate *ps, const unsigned char *p, uint32_t len);
/* A STRING node from the token just scanned: string, nil or atom. */
int ik_r_str(ik_pstate *ps);
/* A CAPABILITY node from the atom token just scanned; id is its keyword. */
int ik_r_cap(ik_pstate *ps);
/* A node of `kind` at p, made the current parent. */
int ik_r_open(ik_pstate *ps, ik_node_kind kind, const unsigned char *p);
/* A node of `kind` with form NIL from the nil token just scanned. */
int ik_r_nil_node(ik_pstate *ps, ik_node_kind kind);
/* A STATUS_ATT node from the atom token just scanned (made the parent of its
 * value); satt_dispatch() (server.rl) marks unknown attributes generic. */
int ik_r_status_att(ik_pstate *ps);

/* A PAIR named by the string token just scanned (id: its keyword when the
 * name is an atom or a plain quoted string), made the parent of its value. */
int ik_r_pair(ik_pstate *ps);
/* An ATTR named by the bytes from ps->mark to p (id: their keyword); made the
 * parent of what follows when push. */
int ik_r_attr(ik_pstate *ps, const unsigned char *p, int push);
/* An ATTR named by the atom token just scanned, pushed (NULL: no memory or
 * too deep, recorded). */
ik_node *ik_r_attr_tok(ik_pstate *ps, const unsigned char *p);
/* The last node at the current depth made the parent again (its children
 * continue after the ones it has). */
int ik_r_reopen(ik_pstate *ps, const unsigned char *p);
/* THREAD: the current thread list closes at p: one nested list alone is a
 * quirk (thread-nested = 2*thread-list). */
int ik_r_thread_close(ik_pstate *ps, const unsigned char *p);
/* The SEQSET just closed is a uid-set: "*" or "$" in it is a quirk. */
int ik_r_uid_set(ik_pstate *ps);

/* Responses whose machine counts its arguments (NAMESPACE, QUOTAROOT,
 * LISTRIGHTS, MYRIGHTS): an argument may start at p / the line may end at p. */
int ik_r_args_max(ik_pstate *ps, const unsigned char *p);
int ik_r_args_min(ik_pstate *ps, const unsigned char *p);
/* METADATA response code: the condition atom (ps->mark .. p) becomes an ATTR,
 * pushed; at the "]" it must hold a number exactly when it wants one. */
int ik_r_metadata_cond(ik_pstate *ps, const unsigned char *p);
int ik_r_metadata_end(ik_pstate *ps, const unsigned char *p);
/* FETCH: NIL where a date-time belongs (SAVEDATE only); a bare nstring
 * (PREVIEW only, not SNIPPET). */
int ik_r_nil_date(ik_pstate *ps, const unsigned char *p);
int ik_r_preview_str(ik_pstate *ps, const unsigned char *p);

/* Fixed-arity lists (envelope, address): the current parent has exactly n
 * children (else a syntax error at p, expecting `what`); fewer than n. */
int ik_r_fields_end(ik_pstate *ps, const unsigned char *p, size_t n, const char *what);
int ik_r_fields_max(ik_pstate *ps, const unsigned char *p, size_t n, const char *what);
/* ENVELOPE: a field starts at p: "(" only where an address list belongs,
 * a quoted string or literal only where a string does; at most ten. */
int ik_r_env_field(ik_pstate *ps, const unsigned char *p);
/* ENVELOPE: the nstring just scanned, as a STRING, or as a NIL ADDRESS_LIST
 * in an address position. */
int ik_r_env_str(ik_pstate *ps);

/* FETCH: a FETCH_ITEM node starting at p (its name follows). */
int ik_r_item_begin(ik_pstate *ps, const unsigned char *p);
/* The item's name ends at p (before the SP that precedes its value). */
void ik_r_item_name_end(ik_pstate *ps, const unsigned char *p);

/* BODY: a BODY node at p (the "(") made the parent; its num is its part number. */
int ik_r_body_begin(ik_pstate *ps, const unsigned char *p);
/* The current BODY turned out to be a multipart. */
void ik_r_body_multipart(ik_pstate *ps);
/* The kind of the current single-part BODY from its type and subtype:
 * 0 basic, 1 text, 2 message (message/rfc822 or message/global). Sets id. */
int ik_r_body_kind(ik_pstate *ps);

/* SECTION: the PART being built, if any, is closed. */
void ik_r_part_close(ik_pstate *ps);
/* The keyword of a section text (HEADER, TEXT, MIME, ...) from ps->mark to p. */
void ik_r_section_kw(ik_pstate *ps, const unsigned char *p);

/* Per-item recovery: from the start of a broken FETCH item, the byte that
 * ends it (the SP after its value, or the ')' closing the list), at or after
 * `min`; NULL when the line ends first, or when the item holds a literal the
 * framer streamed away (a count of at least stream_min, when not 0). Skips
 * quoted strings and literals. */
const unsigned char *ik_r_item_resync(const unsigned char *item, const unsigned char *min,
                                      const unsigned char *pe, uint64_t stream_min);
/* 1 when the n bytes are non-empty base64 (RFC 4648, padded). */
int ik_r_is_base64(const unsigned char *s, size_t n);

#endif
