/*
 * imapkit: a fuzz-hardened IMAP protocol parsing toolkit.
 *
 * One public header for the core: the framer (bytes -> messages), the grammar
 * (message -> syntax tree), the tree itself, and the generator (tree -> bytes).
 * The core uses nothing but the C standard library, never calls malloc on its
 * own (every node lives in an arena the caller hands in), keeps no global
 * state, and never recurses on input-controlled depth.
 *
 * Every public name starts with ik_ / IK_ so that vendoring it next to Dovecot,
 * c-client or libetpan never clashes.
 */
#ifndef IMAPKIT_H
#define IMAPKIT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IK_VERSION_MAJOR 0
#define IK_VERSION_MINOR 1
#define IK_VERSION_PATCH 0
#define IK_VERSION_STRING "0.1.0"

/* Exported symbols; the amalgamation (make dist) and shared builds redefine it. */
#ifndef IK_API
#if defined(__GNUC__) && !defined(IK_STATIC)
#define IK_API __attribute__((visibility("default")))
#else
#define IK_API
#endif
#endif

/* ------------------------------------------------------------------------ */
/* Errors: declared once; yields the enum, the names and the descriptions.   */

#define IK_ERRORS(X)                                                              \
  X(OK, "no error")                                                              \
  X(SYNTAX, "syntax error")                                                      \
  X(INCOMPLETE, "message ends before it is complete")                           \
  X(LINE_TOO_LONG, "line longer than the line limit")                            \
  X(LITERAL_TOO_BIG, "literal larger than the literal limit")                    \
  X(MESSAGE_TOO_BIG, "message larger than the message limit")                    \
  X(TOO_MANY_LITERALS, "more literals in one message than the limit allows")     \
  X(TOO_DEEP, "nesting deeper than the depth limit")                             \
  X(NUMBER_TOO_BIG, "number out of range")                                       \
  X(BAD_LITERAL, "malformed literal announcement")                               \
  X(NUL_BYTE, "NUL byte outside a literal8")                                     \
  X(BARE_CR, "CR not followed by LF")                                            \
  X(EMPTY_LINE, "empty line")                                                    \
  X(BAD_DATE, "invalid date or time")                                            \
  X(BAD_TAG, "invalid tag")                                                      \
  X(NOT_ALLOWED, "not allowed in strict mode")                                   \
  X(NO_MEMORY, "arena exhausted")                                                \
  X(BUFFER_TOO_SMALL, "output buffer too small")                                 \
  X(INVALID_ARGUMENT, "invalid argument")                                        \
  X(UNSAFE_VALUE, "value cannot be written in that position")

typedef enum ik_status {
#define IK_X_ENUM(name, desc) IK_E_##name,
  IK_ERRORS(IK_X_ENUM)
#undef IK_X_ENUM
  IK_E__COUNT
} ik_status;

/* "IK_E_SYNTAX" style name, and a one-line description. Never NULL. */
IK_API const char *ik_status_name(ik_status s);
IK_API const char *ik_strerror(ik_status s);

/* A failed parse: what, where (from the first byte of the message), and what the
 * grammar expected there (a static string, never NULL). */
typedef struct ik_error {
  ik_status code;
  size_t offset;        /* byte offset of the offending byte in the message */
  const char *expected; /* e.g. "SP", "astring", "')'", "end of line" */
} ik_error;

/* Line (1-based) and column (1-based, in bytes) of `offset` in `buf`. */
IK_API void ik_line_column(const unsigned char *buf, size_t offset, uint32_t *line,
                           uint32_t *column);

/* ------------------------------------------------------------------------ */
/* Limits: every one has a safe default for a server facing the internet.    */

typedef struct ik_limits {
  uint32_t max_line;        /* bytes of one line outside literals (64 KiB) */
  uint64_t max_literal;     /* bytes of one literal (64 MiB) */
  uint64_t max_message;     /* bytes of one message, literals included (80 MiB) */
  uint32_t max_literals;    /* literals in one message (1000) */
  uint32_t max_depth;       /* nesting of lists, BODYSTRUCTURE, SEARCH keys (128) */
  uint64_t stream_literal;  /* 0: off; else literals of at least this size are
                             * handed over in chunks by the framer and not kept
                             * in the message (see ik_framer_next) */
} ik_limits;

#define IK_DEFAULT_MAX_LINE 65536u
#define IK_DEFAULT_MAX_LITERAL (64u * 1024u * 1024u)
#define IK_DEFAULT_MAX_MESSAGE (80u * 1024u * 1024u)
#define IK_DEFAULT_MAX_LITERALS 1000u
#define IK_DEFAULT_MAX_DEPTH 128u
/* Spans are 32-bit: no message may be larger than this, whatever the limits say. */
#define IK_MAX_MESSAGE_HARD 0xFFFFFFF0u

IK_API void ik_limits_default(ik_limits *l);

typedef enum ik_side { IK_SIDE_AUTO = 0, IK_SIDE_CLIENT = 1, IK_SIDE_SERVER = 2 } ik_side;

/* ------------------------------------------------------------------------ */
/* Arena: where every node of a parse lives. Either a fixed buffer the caller
 * owns (an exhausted one is IK_E_NO_MEMORY, never a crash), or growable chunks
 * from a caller-supplied allocator (NULL: malloc/free).                      */

typedef struct ik_allocator {
  void *(*alloc)(void *ud, size_t n);
  void (*free)(void *ud, void *p);
  void *ud;
} ik_allocator;

typedef struct ik_arena_chunk ik_arena_chunk;

typedef struct ik_arena {
  unsigned char *buf;
  size_t cap, used;
  ik_allocator allocator;  /* growable only */
  ik_arena_chunk *chunks;  /* growable only: chunks allocated so far */
  int growable;
  size_t total;            /* bytes handed out since the last reset */
  size_t peak;             /* the largest `total` ever seen */
  size_t max_total;        /* 0: no bound; else allocation beyond this fails */
} ik_arena;

IK_API void ik_arena_init(ik_arena *a, void *buf, size_t cap);
IK_API void ik_arena_init_growable(ik_arena *a, const ik_allocator *al);
/* Forgets every node; keeps the first chunk of a growable arena for reuse. */
IK_API void ik_arena_reset(ik_arena *a);
IK_API void ik_arena_free(ik_arena *a);
/* 8-byte aligned, or NULL when exhausted. */
IK_API void *ik_arena_alloc(ik_arena *a, size_t n);

/* ------------------------------------------------------------------------ */
/* Framer: splits a byte stream into messages (a line plus the literals it
 * announces), incrementally, without copying or allocating.
 *
 * The caller keeps the bytes of the message in progress in a buffer and calls
 * ik_framer_next(buf, len) each time more bytes arrived, buf[0] being the first
 * byte of the message in progress; the framer remembers how far it scanned
 * (bytes are never scanned twice). The buffer may move between calls. When the
 * call returns MESSAGE or SKIP, the caller drops frame.len bytes from the front.
 */

typedef enum ik_frame_status {
  IK_FRAME_NEED_MORE = 0, /* no complete message yet: read more bytes */
  IK_FRAME_MESSAGE,       /* buf[0 .. frame.len) is one complete message */
  IK_FRAME_CONTINUE,      /* a client announced a synchronizing literal {N}:
                           * a server sends its "+" now; call again */
  IK_FRAME_ERROR,         /* buf[0 .. frame.len) is a bad message (frame.error
                           * says why); drop it, the framer has resynchronized */
  IK_FRAME_LITERAL_DATA,  /* streaming: buf[frame.data_off .. +frame.len) is
                           * literal data; consume it and drop it from the
                           * buffer (the rest of the message stays) */
  IK_FRAME_SKIP           /* drop buf[0 .. frame.len): more of a bad message
                           * already reported (an overlong line is never
                           * buffered whole) */
} ik_frame_status;

typedef struct ik_frame {
  size_t len;
  size_t data_off;         /* LITERAL_DATA only */
  uint64_t need;           /* NEED_MORE: bytes still announced (0: unknown) */
  uint64_t literal_size;   /* CONTINUE, LITERAL_DATA: the literal's announced size */
  uint64_t literal_left;   /* LITERAL_DATA: bytes of it still to come after this */
  uint32_t literals;       /* MESSAGE: literals in the message */
  uint64_t elided;         /* MESSAGE: literal bytes handed over by streaming */
  ik_error error;          /* ERROR */
} ik_frame;

typedef struct ik_framer {
  ik_limits limits;
  ik_side side;
  int state;           /* internal */
  int in_quote, escape;
  size_t pos;          /* scanned bytes of the message in progress */
  size_t line_start;   /* offset of the current line in the message */
  uint64_t lit_left;   /* bytes of the current literal still to come */
  uint64_t lit_size;
  uint32_t literals;
  uint64_t elided;
  uint64_t msg_total;  /* message bytes so far, elided ones included */
  uint64_t line_bytes; /* message bytes outside literal data */
  int skipping;        /* discarding the rest of a bad message */
  int continue_sent;   /* CONTINUE already returned for the current literal */
  /* literal announcement tracker, used while skipping (see framer.c) */
  int sfx_state, sfx_tilde, sfx_digits;
  uint64_t sfx_num;
  unsigned char prev;
} ik_framer;

IK_API void ik_framer_init(ik_framer *f, ik_side side, const ik_limits *limits);
IK_API ik_frame_status ik_framer_next(ik_framer *f, const unsigned char *buf, size_t len,
                                      ik_frame *out);
/* End of stream: a message in progress is returned as an ERROR frame
 * (IK_E_INCOMPLETE) covering what is left, or NEED_MORE when nothing is. */
IK_API ik_frame_status ik_framer_finish(ik_framer *f, const unsigned char *buf, size_t len,
                                        ik_frame *out);

/* ------------------------------------------------------------------------ */
/* The syntax tree. A span is an offset and a length into the message bytes, so
 * the tree stays valid when the caller moves its buffer.                     */

typedef struct ik_span {
  uint32_t off, len;
} ik_span;

/* How a string was written on the wire. */
typedef enum ik_form {
  IK_FORM_NONE = 0,
  IK_FORM_ATOM,      /* bare atom (or astring chars) */
  IK_FORM_QUOTED,    /* "..." : span is the content between the quotes, raw */
  IK_FORM_LITERAL,   /* {N}CRLF data : span is the data */
  IK_FORM_LITERAL8,  /* ~{N}CRLF data */
  IK_FORM_NIL        /* NIL */
} ik_form;

/* Node flags. */
enum {
  IK_NF_ESCAPES = 1u << 0,   /* quoted string holds backslash escapes */
  IK_NF_NONSYNC = 1u << 1,   /* literal announced as {N+} (or {N-}) */
  IK_NF_8BIT = 1u << 2,      /* bytes >= 0x80 */
  IK_NF_NUL = 1u << 3,       /* NUL bytes (literal data) */
  IK_NF_STAR = 1u << 4,      /* SEQ_NUM: '*' */
  IK_NF_GENERIC = 1u << 5,   /* produced by the generic fallback */
  IK_NF_ERROR = 1u << 6,     /* lenient per-item recovery: this item did not parse */
  IK_NF_ELIDED = 1u << 7,    /* literal data was streamed away, not in the message */
  IK_NF_INBOX = 1u << 8,     /* MAILBOX: INBOX in any case */
  IK_NF_PEEK = 1u << 9,      /* FETCH BODY.PEEK / BINARY.PEEK */
  IK_NF_SILENT = 1u << 10,   /* STORE .SILENT */
  IK_NF_PLUS = 1u << 11,     /* STORE +FLAGS */
  IK_NF_MINUS = 1u << 12,    /* STORE -FLAGS */
  IK_NF_MULTIPART = 1u << 13,/* BODY: multipart */
  IK_NF_BASE64 = 1u << 14,   /* continuation text that is base64 */
  IK_NF_QUIRK = 1u << 15     /* lenient: a quirk was accepted inside this node */
};

/*
 * Node kinds: one X-macro yields the enum and the names used by the JSON
 * writer and the pretty-printer. Typed grammars add kinds here, grouped by area.
 */
#define IK_NODE_KINDS(X)                                                          \
  /* generic values: the fallback tree and the leaves of typed trees */          \
  X(STRING, "string")   /* atom, quoted, literal or NIL: see form */             \
  X(NUMBER, "number")   /* num */                                                \
  X(LIST, "list")       /* ( ... ) */                                            \
  X(TEXT, "text")       /* free text to the end of the line */                  \
  X(BRACKET, "bracket") /* [ ... ] in the generic grammar */                     \
  X(GENERIC, "generic") /* unknown construct: span is its name, children args */ \
  /* shared lexical nodes */                                                      \
  X(SEQSET, "seqset")                                                            \
  X(SEQ_NUM, "seq_num")     /* num; IK_NF_STAR for '*' */                        \
  X(SEQ_RANGE, "seq_range") /* two SEQ_NUM children, in wire order */            \
  X(SEARCH_RES, "search_res") /* '$' (SEARCHRES) */                              \
  X(FLAG, "flag")                                                                \
  X(FLAG_LIST, "flag_list")                                                      \
  X(DATE, "date")           /* span; num = days since 1970-01-01 */              \
  X(DATETIME, "datetime")   /* span; num = seconds since the epoch, UTC */        \
  X(MAILBOX, "mailbox")     /* form as STRING; IK_NF_INBOX */                    \
  X(ATTR, "attr")           /* a keyword attribute: id says which */             \
  /* responses */                                                                 \
  X(RESP_CODE, "code")      /* id; span = name; children: arguments */          \
  X(CAPABILITY, "capability")                                                    \
  X(FETCH_ITEM, "item")     /* id; span = name; child: value */                  \
  X(SECTION, "section")     /* BODY[...] spec; children PART, HEADER_LIST */      \
  X(PART, "part")           /* part number path: num per child NUMBER */         \
  X(PARTIAL, "partial")     /* <origin[.length]>: children NUMBERs */            \
  X(ENVELOPE, "envelope")                                                        \
  X(ADDRESS_LIST, "addresses")                                                   \
  X(ADDRESS, "address")                                                          \
  X(BODY, "body")           /* IK_NF_MULTIPART; see docs/tree.md */              \
  X(BODY_PARAMS, "params")                                                       \
  X(BODY_DISPOSITION, "disposition")                                             \
  X(BODY_EXTENSION, "extension")                                                 \
  X(LIST_ENTRY, "mailbox_list") /* LIST/LSUB: attrs, delimiter, mailbox */       \
  X(STATUS_ATT, "status_att") /* id; child value */                              \
  X(PAIR, "pair")           /* a string-named value: form/span = the name,     \
                             * id its keyword; child: the value */               \
  X(THREAD, "thread")       /* THREAD thread-list: NUMBERs, nested THREADs */     \
  X(NAMESPACE, "namespace") /* namespace-descr: prefix, delimiter, PAIRs */       \
  /* commands */                                                                  \
  X(SEARCH_KEY, "key")      /* id; children: arguments or sub-keys */            \
  X(STORE_ACTION, "store")  /* IK_NF_PLUS/MINUS/SILENT; id */                    \
  X(SASL, "sasl")           /* a SASL response line or initial response */      \
  X(FETCH_ATT, "fetch_att") /* id; IK_NF_PEEK; span = item as sent; children:  \
                             * SECTION, PARTIAL (generic: a LIST of arguments) */ \
  X(APPEND_MESSAGE, "append_message") /* FLAG_LIST?, DATETIME?, data */          \
  X(RESERVED_1, "reserved")

typedef enum ik_node_kind {
#define IK_X_ENUM(name, str) IK_N_##name,
  IK_NODE_KINDS(IK_X_ENUM)
#undef IK_X_ENUM
  IK_N__COUNT
} ik_node_kind;

IK_API const char *ik_node_kind_name(ik_node_kind k);

typedef struct ik_node {
  uint8_t kind;   /* ik_node_kind */
  uint8_t form;   /* ik_form (strings, mailboxes, flags) */
  uint16_t flags; /* IK_NF_* */
  uint16_t id;    /* ik_kw of keyword nodes (items, codes, keys, attrs), 0 unknown */
  uint16_t reserved;
  ik_span span;   /* the node's bytes in the message (strings: content only) */
  uint64_t num;   /* numeric value (NUMBER, SEQ_NUM, sizes ...) */
  struct ik_node *child, *next;
} ik_node;

/* ------------------------------------------------------------------------ */
/* Keywords: command names, response names, FETCH items, SEARCH keys, response
 * codes, attributes. One table; lookups are case-insensitive.                */

#include "imapkit_keywords.h"

/* Keyword by bytes, case-insensitively; IK_KW_NONE (0) when unknown. */
IK_API ik_kw ik_keyword(const unsigned char *s, size_t n);
/* Upper-case spelling of a keyword, "" for IK_KW_NONE. */
IK_API const char *ik_keyword_name(ik_kw k);

/* ------------------------------------------------------------------------ */
/* Messages. */

typedef enum ik_msg_kind {
  IK_MSG_COMMAND = 1,   /* client: tag SP command */
  IK_MSG_TAGGED,        /* server: tag SP OK/NO/BAD */
  IK_MSG_UNTAGGED,      /* server: "*" SP ... */
  IK_MSG_CONTINUATION,  /* server: "+" ... */
  IK_MSG_DATA           /* client: DONE, SASL responses, other non-command lines */
} ik_msg_kind;

IK_API const char *ik_msg_kind_name(ik_msg_kind k); /* "command", "tagged", ... */

/* Quirks that lenient mode accepted: one table, named in docs/quirks.md. */
#define IK_QUIRKS(X)                                                              \
  X(BARE_LF, "bare LF as line ending")                                           \
  X(TRAILING_SPACE, "space before end of line")                                  \
  X(EXTRA_SPACE, "more than one space between tokens")                           \
  X(MISSING_TEXT, "no text after status or response code")                      \
  X(BRACKET_IN_ATOM, "'[' or ']' inside an atom")                                 \
  X(EIGHT_BIT, "8-bit bytes in a quoted string or text")                         \
  X(NIL_AS_STRING, "NIL where a string is required")                             \
  X(EMPTY_LIST_AS_NIL, "() where NIL is expected")                               \
  X(MISSING_LINES, "text body part without a line count")                        \
  X(SPACE_BEFORE_PAREN, "space before ')'")                                      \
  X(BLANK_LINE, "blank line between messages")                                  \
  X(NUL_IN_LITERAL, "NUL byte in a plain literal")                               \
  X(LOWERCASE_KEYWORD, "unusual case")                                           \
  X(BAD_ITEM, "FETCH item that does not parse, kept as an error node")          \
  X(GENERIC_FALLBACK, "response that does not fit its grammar, decoded generically") \
  X(LITERAL_MINUS, "literal announced as {N-} (LITERAL- uses {N+})")              \
  X(OTHER, "other deviation")

typedef enum ik_quirk_kind {
#define IK_X_ENUM(name, desc) IK_Q_##name,
  IK_QUIRKS(IK_X_ENUM)
#undef IK_X_ENUM
  IK_Q__COUNT
} ik_quirk_kind;

IK_API const char *ik_quirk_name(ik_quirk_kind q);        /* "bare_lf" */
IK_API const char *ik_quirk_description(ik_quirk_kind q);

typedef struct ik_quirk {
  uint32_t kind;   /* ik_quirk_kind */
  uint32_t offset; /* where in the message */
  struct ik_quirk *next;
} ik_quirk;

/* Message flags. */
enum {
  IK_MF_GENERIC = 1u << 0, /* the message (or its name) is unknown: generic node */
  IK_MF_UID = 1u << 1,     /* UID COPY / FETCH / STORE / SEARCH / EXPUNGE / MOVE */
  IK_MF_SECRET = 1u << 2,  /* carries a secret (LOGIN password, SASL data) */
  IK_MF_QUIRKS = 1u << 3,  /* lenient: at least one quirk, see quirks */
  IK_MF_ITEM_ERRORS = 1u << 4 /* lenient: some items are error nodes */
};

typedef struct ik_message {
  const unsigned char *base; /* the message bytes the spans point into */
  size_t len;
  uint8_t kind;     /* ik_msg_kind */
  uint8_t side;     /* ik_side */
  uint16_t flags;   /* IK_MF_* */
  ik_kw name;       /* IK_KW_FETCH, IK_KW_OK, ... IK_KW_NONE when unknown */
  ik_kw sub;        /* UID FETCH: name = IK_KW_UID, sub = IK_KW_FETCH */
  ik_span tag;      /* len 0 when the message has no tag */
  ik_span name_span;/* the name as sent (unknown names too) */
  uint64_t number;  /* "* N EXISTS" / "* N FETCH": N */
  int has_number;
  ik_node *args;    /* first argument node (a chain through next) */
  ik_quirk *quirks; /* lenient relaxations, in order */
  uint8_t sasl_mech;/* AUTHENTICATE and its SASL lines: ik_sasl_mech */
  uint8_t sasl_step;/* SASL lines: 0 for the first response (or SASL-IR), 1, ... */
  ik_span number_span; /* "* 007 EXISTS": the number's digits as sent */
} ik_message;

/* SASL mechanisms whose user name the writers can show without the secret. */
typedef enum ik_sasl_mech {
  IK_SASL_OTHER = 0,
  IK_SASL_PLAIN,   /* authzid NUL authcid NUL password */
  IK_SASL_LOGIN,   /* first response: user name, second: password */
  IK_SASL_XOAUTH2  /* "user=" name ^A "auth=Bearer " token ^A ^A */
} ik_sasl_mech;

/* The user name inside a base64 SASL response (b64, n bytes) of mechanism
 * mech at step `step`, decoded into out (NUL-terminated); returns its length,
 * or -1 when there is none to show (or it does not fit). */
IK_API int ik_sasl_user(ik_sasl_mech mech, unsigned step, const unsigned char *b64, size_t n,
                        char *out, size_t cap);

/* ------------------------------------------------------------------------ */
/* Parser: one complete framed message -> tree. A parser also holds the little
 * session state the grammar needs across messages (after IDLE comes DONE,
 * after AUTHENTICATE come SASL lines). */

enum {
  IK_PARSE_STRICT = 1u << 0 /* the RFC grammar only: no quirks */
};

typedef struct ik_parser {
  ik_side side;
  unsigned options;         /* IK_PARSE_* */
  ik_limits limits;
  /* session state (client side) */
  int idling;               /* IDLE seen: next line is DONE */
  int authenticating;       /* AUTHENTICATE seen: lines are SASL until a command */
  uint8_t sasl_mech, sasl_step;
  int saw_first;
} ik_parser;

IK_API void ik_parser_init(ik_parser *p, ik_side side, unsigned options,
                           const ik_limits *limits);

/* Parses buf[0..len) (one message as framed by ik_framer, CRLF included) into
 * *out, nodes in `arena`. Returns IK_E_OK, or an error code with *err filled
 * (offset from buf). With side AUTO the first message decides the side. */
IK_API ik_status ik_parse(ik_parser *p, const unsigned char *buf, size_t len, ik_arena *arena,
                          ik_message **out, ik_error *err);

/* ------------------------------------------------------------------------ */
/* Helpers on spans and strings. */

static inline const unsigned char *ik_span_ptr(const ik_message *m, ik_span s) {
  return m->base + s.off;
}
/* Unescapes a quoted string's raw content (\\ and \") into out; returns the
 * unescaped length (which may exceed outlen: then out holds a prefix). */
IK_API size_t ik_unquote(const unsigned char *raw, size_t n, unsigned char *out, size_t outlen);

/* Child count and n-th child (0-based) or NULL. */
IK_API size_t ik_node_count(const ik_node *n);
IK_API ik_node *ik_node_nth(const ik_node *n, size_t i);

/* Body structures (FETCH BODY / BODYSTRUCTURE): the section number of `part`
 * inside the tree `body` ("" for the top of a multipart message, "1", "2.1.3":
 * what a client puts in BODY[...]), written NUL-terminated into buf. Returns
 * its length (which may exceed cap - 1: then buf holds a prefix), or -1 when
 * part is not a BODY node of that tree. Each BODY node's num is the last
 * component of its own number, 0 when it has none (a multipart at the top or
 * inside a message/rfc822 part); the number is the chain of non-zero nums
 * from the top. No recursion. */
IK_API int ik_body_section(const ik_node *body, const ik_node *part, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif

#endif /* IMAPKIT_H */
