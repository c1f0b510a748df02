/*
 * Test helpers: parse a message from a string and render its tree as a compact
 * S-expression, so tests assert the exact tree as one readable string:
 *
 *   untagged FETCH #1 (list (string:atom "UID") (number 7))
 *
 * A message: kind, tag=..., name (UID FETCH for UID commands), #N for its number,
 * "generic" when the generic fallback produced it, then its argument nodes.
 * A node: (kind[:form] "bytes" #num [flags] children...), where the bytes are
 * the node's span with control and 8-bit bytes as \xNN; #num only for
 * numeric nodes; flags by name (esc nonsync 8bit nul star generic ...).
 */
#ifndef IK_TESTUTIL_H
#define IK_TESTUTIL_H

#include "imapkit.h"

#include <stddef.h>

/* The rendering of a message into out (always NUL-terminated). */
void ikt_sexp(const ik_message *m, char *out, size_t cap);
/* The rendering of one node (and its children). */
void ikt_sexp_node(const ik_message *m, const ik_node *n, char *out, size_t cap);

/* Parses one complete message with a fresh parser; returns the rendering, or
 * "error CODE at OFFSET" (e.g. "error IK_E_SYNTAX at 7"). The result is a static
 * buffer (tests are single-threaded per process). */
const char *ikt_parse(ik_side side, unsigned options, const char *msg);
const char *ikt_parse_n(ik_side side, unsigned options, const unsigned char *msg, size_t n);
/* Same, with limits. */
const char *ikt_parse_lim(ik_side side, unsigned options, const ik_limits *l, const char *msg);

/* Frames and parses a whole stream (fed in pieces of `chunk` bytes; 0 = whole),
 * one rendering per line, errors as "error CODE at STREAM_OFFSET". The returned
 * string is malloc'd: free it. */
char *ikt_stream(ik_side side, unsigned options, const ik_limits *l, const unsigned char *s,
                 size_t n, size_t chunk);

/* Same, fed in exactly two pieces: s[0..split) then the rest. */
char *ikt_stream_split(ik_side side, unsigned options, const ik_limits *l, const unsigned char *s,
                       size_t n, size_t split);

/* A copy of n bytes placed right before a PROT_NONE guard page, so any read
 * past the end faults even without sanitizers (picohttpparser's trick). */
unsigned char *ikt_guarded(const void *bytes, size_t n);
void ikt_guarded_free(unsigned char *p, size_t n);

/* "head" + n copies of "unit" + "tail", malloc'd and NUL-terminated; its
 * length in *len when len is not NULL (hostile inputs of any size). */
char *ikt_repeat(const char *head, const char *unit, size_t n, const char *tail, size_t *len);

/* The rendering of a stream of the hostile server message `bad` followed by
 * "* 1 FETCH (UID 7)": proves nothing after an error is lost. Lines up to 16 MiB. */
char *ikt_then_good(const char *bad, unsigned options);

/* The JSON line of one server message (ik_json_message, stream offset 100,
 * newline cut), or "error CODE at OFFSET" when it does not parse. Static
 * buffer: valid until the next call. */
const char *ikt_json(unsigned options, const char *wire);

/* Reads a file whole (malloc'd); NULL when it cannot. */
unsigned char *ikt_read_file(const char *path, size_t *n);

#endif
