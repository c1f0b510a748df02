/*
 * Internal: the tree-building helpers of the typed command grammar
 * (command.rl), on top of the generic builder of pstate.h. Not public.
 *
 * Conventions: `p` is the byte the Ragel action runs on; a helper that fails
 * has recorded the error (code and offset) and returns 0, and the action then
 * does fbreak.
 */
#ifndef IK_CMD_BUILD_H
#define IK_CMD_BUILD_H

#include "pstate.h"

/* A node of `kind` at p, made the current parent. */
int ik_c_open(ik_pstate *ps, ik_node_kind kind, const unsigned char *p);
/* An ATTR node for the keyword ps->mark .. p (id looked up); made the parent
 * when push is set. */
int ik_c_attr(ik_pstate *ps, const unsigned char *p, int push);
/* An option of the generic form (RFC 4466 tagged-ext, RFC 5258 option-
 * extension): an ATTR node ps->mark .. p flagged IK_NF_GENERIC. */
int ik_c_gen_opt(ik_pstate *ps, const unsigned char *p);
/* The node added last becomes the parent again (its value follows). */
int ik_c_repush(ik_pstate *ps, const unsigned char *p);
/* A generic atom value ps->mark .. p: NUMBER when all digits (and small
 * enough), else a STRING atom flagged IK_NF_GENERIC. */
int ik_c_gen_atom(ik_pstate *ps, const unsigned char *p);
/* A STATUS attribute (ATTR) from ps->mark .. p: a status-att of RFC 3501 or
 * an extension; any other atom is generic (lenient) or an error (strict). */
int ik_c_status_att(ik_pstate *ps, const unsigned char *p);
/* A DATE node from the date token just scanned (date-text, quoted or not):
 * num = days since 1970-01-01 (two's complement before it); IK_E_BAD_DATE at
 * the token when the day does not exist. */
int ik_c_date(ik_pstate *ps);
/* The SASL initial response ps->mark .. p (SASL-IR): a SASL node. */
int ik_c_sasl(ik_pstate *ps, const unsigned char *p);
/* A STORE_ACTION node at p (its sign, name and .SILENT follow), the parent. */
int ik_c_store_begin(ik_pstate *ps, const unsigned char *p);
/* Its name ps->mark .. p, keyword in ps->kw: FLAGS or X-GM-LABELS, maybe
 * with .SILENT. */
void ik_c_store_name(ik_pstate *ps, const unsigned char *p);

/* A PAIR named by the string token just scanned (id: its keyword, when an
 * atom or a plain quoted string spells one), made the parent of its value. */
int ik_c_pair(ik_pstate *ps);
/* ENABLE: a CAPABILITY node from the atom just scanned (id: its keyword). */
int ik_c_cap(ik_pstate *ps);
/* An APPEND_MESSAGE node at p, the parent; REPLACE (RFC 8508) takes only
 * one: a second is IK_E_SYNTAX at the space before it. */
int ik_c_append_message(ik_pstate *ps, const unsigned char *p);
/* A sort criterion ps->mark .. p (RFC 5256, 5957): an ATTR; REVERSE must not
 * follow REVERSE; an unknown key is flagged IK_NF_GENERIC (lenient) or
 * IK_E_SYNTAX at the key (strict). */
int ik_c_sort_key(ik_pstate *ps, const unsigned char *p);
/* ')' of the sort criteria at p: the last one is a key, not REVERSE. */
int ik_c_sort_end(ik_pstate *ps, const unsigned char *p);
/* An atom ps->mark .. p where a grammar names a few values and lets
 * extensions add more (thread-alg-ext, event-ext, ...): an ATTR, with id
 * 0 and IK_NF_GENERIC when it is none of the known ones. */
enum ik_c_ext {
  IK_C_EXT_THREAD,    /* ORDEREDSUBJECT, REFERENCES, REFS */
  IK_C_EXT_COMPRESS,  /* DEFLATE */
  IK_C_EXT_EVENT,     /* the NOTIFY events of RFC 5465 */
  IK_C_EXT_MECHANISM  /* INTERNAL (URLAUTH) */
};
int ik_c_ext_attr(ik_pstate *ps, const unsigned char *p, enum ik_c_ext which);
/* '(' at p after a NOTIFY event: only MessageNew takes a fetch-att list; the
 * event is the parent again and a LIST node, pushed, is its child. */
int ik_c_event_args(ik_pstate *ps, const unsigned char *p);
/* A seq-number (nz-number or "*", ps->mark .. p): a SEQ_NUM node (REPLACE). */
int ik_c_seq_number(ik_pstate *ps, const unsigned char *p);

/* FETCH attributes. */
/* A FETCH_ATT node at p, made the parent; ps->mark = p. */
int ik_c_fa_begin(ik_pstate *ps, const unsigned char *p);
/* Its name ends at p, its keyword in ps->kw (IK_KW_NONE: unknown): id
 * (BODY.PEEK is BODY with IK_NF_PEEK), or generic. */
int ik_c_fa_name(ik_pstate *ps, const unsigned char *p);
/* '[' at p: the attribute takes a section; a SECTION node, the parent. */
int ik_c_fa_section(ik_pstate *ps, const unsigned char *p);
/* A part number begins at p: a PART node, the parent. */
int ik_c_fa_part(ik_pstate *ps, const unsigned char *p);
/* A section-text keyword begins at p: closes the PART (a '.' precedes), an
 * ATTR node, the parent; refused for BINARY sections. */
int ik_c_fa_text(ik_pstate *ps, const unsigned char *p);
/* The section-text keyword ends at p: its id (in ps->kw). */
void ik_c_fa_text_id(ik_pstate *ps, const unsigned char *p);
/* ']' at p: closes what is open inside the section, then the SECTION. */
void ik_c_fa_section_end(ik_pstate *ps, const unsigned char *p);
/* '<' at p: a PARTIAL node, the parent (only after a section, not for
 * BINARY.SIZE). */
int ik_c_fa_partial(ik_pstate *ps, const unsigned char *p);
/* The partial's length was 0: a quirk (Dovecot accepts <0.0>). */
int ik_c_fa_partial_len(ik_pstate *ps);
/* The attribute ends at p: checks what it needs (a section for BODY.PEEK and
 * BINARY*, macros alone) and closes it. */
int ik_c_fa_end(ik_pstate *ps, const unsigned char *p);
/* '(' at p after a generic attribute (or PREVIEW, SNIPPET): its argument list
 * follows; the attribute is the parent again and a LIST node, pushed, is its
 * child. Returns 2 for PREVIEW / SNIPPET (typed modifiers follow), 1 for a
 * generic attribute (generic values follow), 0 on error. */
int ik_c_fa_args(ik_pstate *ps, const unsigned char *p);
/* A PREVIEW / SNIPPET modifier ps->mark .. p: an ATTR (LAZY, FUZZY,
 * LAZY=FUZZY); others generic (lenient) or IK_E_SYNTAX (strict). */
int ik_c_fa_mod(ik_pstate *ps, const unsigned char *p);

/* SEARCH keys: what follows the key name just scanned (tok_off/tok_len). The
 * key's node is added (pushed when it takes arguments). */
enum ik_c_sk {
  IK_C_SK_ERROR = -1,
  IK_C_SK_NONE = 0, /* no arguments */
  IK_C_SK_ASTRING,  /* SP astring */
  IK_C_SK_LABEL,    /* SP astring or "\" atom (Gmail's X-GM-LABELS) */
  IK_C_SK_ATOM,     /* SP atom (flag-keyword) */
  IK_C_SK_DATE,     /* SP date */
  IK_C_SK_NUMBER,   /* SP number64 */
  IK_C_SK_NZNUMBER, /* SP nz-number */
  IK_C_SK_SEQSET,   /* SP sequence-set */
  IK_C_SK_HEADER,   /* SP astring SP astring */
  IK_C_SK_MODSEQ,   /* SP [entry-name SP entry-type SP] mod-sequence-valzer */
  IK_C_SK_NOT,      /* SP search-key */
  IK_C_SK_OR,       /* SP search-key SP search-key */
  IK_C_SK_CHARSET,  /* SP astring (first, or after RETURN) */
  IK_C_SK_RETURN    /* SP "(" [options] ")" (first) */
};
int ik_c_search_key(ik_pstate *ps);
/* A quoted string or literal where a search key belongs: generic (lenient). */
int ik_c_search_gen_string(ik_pstate *ps);
/* The SEARCH command ends at p: it has at least one key. */
int ik_c_search_check(ik_pstate *ps, const unsigned char *p);

#endif
