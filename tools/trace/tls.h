/* tls.h: passive TLS 1.2 / 1.3 decryption for the trace decoder.
 *
 * One ikt_tls per TCP connection.  The caller feeds the two reassembled byte streams
 * (0: client to server, 1: server to client) in chunks of any size, in capture order,
 * direction by direction; the module frames TLS records, follows the handshake far
 * enough to know the version, the cipher suite and the randoms, looks the session's
 * secrets up in an NSS key log (keylog.h), and hands out the decrypted application data
 * of each direction, verified (AEAD tag or MAC) before a byte of it is delivered.
 *
 * Supported: TLS 1.3 (TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384,
 * TLS_CHACHA20_POLY1305_SHA256; HelloRetryRequest, PSK resumption, KeyUpdate, 0-RTT
 * data when CLIENT_EARLY_TRAFFIC_SECRET is logged), TLS 1.2 with ECDHE, DHE or RSA key
 * exchange and AES-GCM, ChaCha20-Poly1305 or AES-CBC with HMAC-SHA1/256/384
 * (MAC-then-encrypt, or encrypt_then_mac when negotiated); session resumption by
 * session ID or ticket, renegotiation.  All cryptography is OpenSSL 3 libcrypto.
 *
 * Ordering: the two directions are decoded independently, except where one needs the
 * other (the server's records wait for the ClientHello; the client's encrypted records
 * wait for the ServerHello, and 0-RTT data for the server's EncryptedExtensions).
 * Bytes that have to wait are kept, up to IKT_TLS_MAX_PENDING per direction, so feeding
 * one direction's stream ahead of the other (even all of it) works within that bound.
 * TLS 1.2 renegotiation is the exception: its ServerHello must come after the
 * ClientHello that asked for it (capture order does that).
 *
 * Hostile input: every length is checked; memory per connection is bounded (about
 * 2 x (IKT_TLS_MAX_RECORD + IKT_TLS_MAX_HANDSHAKE) once decoding runs, plus what
 * waits); once the connection is stopped (an error, missing or wrong secrets), further
 * bytes are ignored at no cost.  No global state; the callbacks run inside
 * ikt_tls_feed / ikt_tls_end and must not call back into the same ikt_tls.
 */
#ifndef IMAPKIT_TRACE_TLS_H
#define IMAPKIT_TRACE_TLS_H

#include <stddef.h>
#include <stdint.h>

#include "keylog.h"

#define IKT_TLS_MAX_RECORD (16384 + 2048)    /* largest record body accepted */
#define IKT_TLS_MAX_HANDSHAKE 65536          /* bytes of a ClientHello/ServerHello kept */
#define IKT_TLS_MAX_PENDING (256 * 1024)     /* bytes one direction may wait with */

/* The outcomes a `tls` event reports: code, name, text. */
#define IKT_TLS_STATUS_MAP(X)                                                            \
    X(DECRYPTING, "decrypting")                                                          \
    X(NO_KEYLOG, "no key log given")                                                     \
    X(NO_SECRETS, "no secrets in key log for this session")                              \
    X(AUTH_FAILED, "authentication failed, wrong secrets")                               \
    X(UNSUPPORTED_SUITE, "unsupported cipher suite")                                     \
    X(UNSUPPORTED_VERSION, "unsupported protocol version")                               \
    X(PROTOCOL_ERROR, "malformed TLS stream")                                            \
    X(EARLY_DATA_SKIPPED, "early data not decrypted")                                    \
    X(TRUNCATED, "stream ends inside a TLS record")                                      \
    X(GAP, "data lost in the capture, TLS decoding stopped")                             \
    X(RESOURCE_LIMIT, "too much data waiting for the other direction")                   \
    X(INTERNAL_ERROR, "cryptographic library failure")

typedef enum ikt_tls_status {
#define IKT_TLS_X_ENUM(name, text) IKT_TLS_##name,
    IKT_TLS_STATUS_MAP(IKT_TLS_X_ENUM)
#undef IKT_TLS_X_ENUM
    IKT_TLS_STATUS_COUNT
} ikt_tls_status;

typedef enum ikt_tls_event_kind {
    IKT_TLS_EV_TLS,          /* status (and detail) of the session */
    IKT_TLS_EV_ALERT,        /* an alert other than close_notify */
    IKT_TLS_EV_CLOSE_NOTIFY  /* a close_notify alert */
} ikt_tls_event_kind;

typedef struct ikt_tls_event {
    ikt_tls_event_kind kind;
    int dir;                  /* 0 client to server, 1 server to client */
    uint64_t offset;          /* offset, in that direction's stream, of the record */
    /* IKT_TLS_EV_TLS */
    ikt_tls_status status;
    const char *detail;       /* a sentence: the status text, completed where useful
                                 ("unsupported cipher suite 0x1304") */
    int stopped;              /* 1: decoding of the connection stops with this event */
    /* what is known of the session (all events) */
    uint16_t version;         /* 0x0303 TLS 1.2, 0x0304 TLS 1.3; 0 unknown */
    uint16_t cipher_suite;    /* 0 unknown */
    const char *version_name; /* "TLS 1.2", ...; NULL when unknown */
    const char *suite_name;   /* IANA name "TLS_AES_128_GCM_SHA256"; NULL when unknown */
    const char *server_name;  /* SNI host name of the ClientHello, or NULL */
    int resumed;              /* 1: an abbreviated handshake (session ID, ticket or PSK) */
    /* IKT_TLS_EV_ALERT and IKT_TLS_EV_CLOSE_NOTIFY */
    int alert_level;          /* 1 warning, 2 fatal */
    int alert_description;    /* 0 close_notify, 40 handshake_failure, ... */
    const char *alert_name;   /* "handshake_failure", ...; NULL when unknown */
    int encrypted;            /* 1: the alert came in a protected record */
} ikt_tls_event;

typedef struct ikt_tls_callbacks {
    /* Every event.  Pointers in ev are valid during the call only.  May be NULL. */
    void (*event)(void *ud, const ikt_tls_event *ev);
    /* Decrypted application data of direction dir, in order, never empty.  May be NULL. */
    void (*data)(void *ud, int dir, const unsigned char *p, size_t n);
} ikt_tls_callbacks;

typedef struct ikt_tls ikt_tls;

/* Does this prefix of a stream look like the start of TLS: a handshake record
 * (0x16 0x03 0x00..0x04, a plausible length, a ClientHello or ServerHello)?
 * 1 yes, 0 no, -1 cannot tell yet (too few bytes, and all of them fit). */
int ikt_tls_sniff(const unsigned char *p, size_t n);

/* A new connection.  kl may be NULL (nothing is decrypted; the `tls` event says
 * NO_KEYLOG) and must outlive the ikt_tls; cb is copied and may be NULL.  NULL when out
 * of memory. */
ikt_tls *ikt_tls_new(const ikt_keylog *kl, const ikt_tls_callbacks *cb, void *ud);

/* Feeds the next n bytes of direction dir (0 client to server, 1 server to client).
 * Returns 0 while decoding goes on, 1 once it has stopped (see the events), -1 for bad
 * arguments. */
int ikt_tls_feed(ikt_tls *t, int dir, const unsigned char *p, size_t n);

/* Lost bytes: n bytes of direction dir are missing from the capture at this point.
 * A loss that falls wholly inside the body of one application-data record drops that
 * record (it cannot be authenticated) and decoding goes on; any other loss stops the
 * connection with a GAP event.  Returns as ikt_tls_feed. */
int ikt_tls_gap(ikt_tls *t, int dir, uint64_t n);

/* The direction's stream has ended (FIN, RST, end of the capture).  Reports a record
 * left incomplete (TRUNCATED), and, when the other direction waits for this one, stops.
 * Returns as ikt_tls_feed. */
int ikt_tls_end(ikt_tls *t, int dir);

/* 1 once decoding has stopped. */
int ikt_tls_stopped(const ikt_tls *t);

/* Bytes of application data delivered so far in direction dir. */
uint64_t ikt_tls_delivered(const ikt_tls *t, int dir);

void ikt_tls_free(ikt_tls *t);

/* Names: "DECRYPTING" / "decrypting"; "TLS 1.3"; "TLS_AES_128_GCM_SHA256"
 * (NULL for a suite this module does not decrypt); "handshake_failure".
 * NULL when unknown. */
const char *ikt_tls_status_name(ikt_tls_status s);
const char *ikt_tls_status_text(ikt_tls_status s);
const char *ikt_tls_version_name(uint16_t version);
const char *ikt_tls_suite_name(uint16_t suite);
const char *ikt_tls_alert_name(int description);

#endif
