/* keylog.h: the NSS key log format (SSLKEYLOGFILE), as written by browsers, curl,
 * Thunderbird, Python (keylog_filename) and OpenSSL (SSL_CTX_set_keylog_callback,
 * `openssl s_client -keylogfile`).
 *
 * One secret per line: LABEL <client random, 64 hex> <secret, hex>.  Labels kept:
 *
 *   CLIENT_RANDOM                    TLS 1.2 and below: the 48-byte master secret
 *   CLIENT_HANDSHAKE_TRAFFIC_SECRET  TLS 1.3 (32 or 48 bytes: the suite's hash length)
 *   SERVER_HANDSHAKE_TRAFFIC_SECRET  TLS 1.3
 *   CLIENT_TRAFFIC_SECRET_0          TLS 1.3
 *   SERVER_TRAFFIC_SECRET_0          TLS 1.3
 *   CLIENT_EARLY_TRAFFIC_SECRET      TLS 1.3 0-RTT data
 *
 * Everything else is skipped without complaint: comments (#), blank lines, other labels
 * (EXPORTER_SECRET, EARLY_EXPORTER_SECRET, CLIENT_TRAFFIC_SECRET_N, RSA, ...), and
 * malformed lines (counted).  When one (label, client random) appears twice, the later
 * line wins.  Memory: about 90 bytes per kept line; lines are read through a fixed
 * buffer, so a huge line costs nothing.  A loaded key log is read-only: any number of
 * ikt_tls connections, on any threads, may look up in it at once.
 */
#ifndef IMAPKIT_TRACE_KEYLOG_H
#define IMAPKIT_TRACE_KEYLOG_H

#include <stddef.h>

#define IKT_KEYLOG_RANDOM_LEN 32 /* bytes of a client random */
#define IKT_KEYLOG_SECRET_MAX 48 /* bytes of the longest secret kept */

typedef enum ikt_keylog_label {
    IKT_KEYLOG_CLIENT_RANDOM = 0,             /* TLS 1.2 master secret */
    IKT_KEYLOG_CLIENT_HANDSHAKE_TRAFFIC_SECRET,
    IKT_KEYLOG_SERVER_HANDSHAKE_TRAFFIC_SECRET,
    IKT_KEYLOG_CLIENT_TRAFFIC_SECRET_0,
    IKT_KEYLOG_SERVER_TRAFFIC_SECRET_0,
    IKT_KEYLOG_CLIENT_EARLY_TRAFFIC_SECRET,
    IKT_KEYLOG_LABEL_COUNT
} ikt_keylog_label;

typedef struct ikt_keylog ikt_keylog;

typedef struct ikt_keylog_stats {
    size_t lines;   /* lines read */
    size_t secrets; /* distinct (label, client random) pairs kept */
    size_t ignored; /* comments, blank lines and labels not used */
    size_t invalid; /* lines that looked like neither (bad hex, wrong lengths, ...) */
} ikt_keylog_stats;

/* Reads a key log file.  Returns NULL on failure (unreadable file, out of memory) with a
 * message in err (when err is not NULL and n > 0); a file with no usable line is not a
 * failure (an empty key log). */
ikt_keylog *ikt_keylog_load(const char *path, char *err, size_t n);

/* The same from memory (bytes need not be NUL-terminated).  NULL only when out of
 * memory. */
ikt_keylog *ikt_keylog_parse(const char *text, size_t len);

void ikt_keylog_free(ikt_keylog *kl);

/* Looks up one secret.  Returns its length (32 or 48; 48 for CLIENT_RANDOM) and copies
 * it to out (when not NULL), or returns 0 when the key log (which may be NULL) does not
 * hold it. */
size_t ikt_keylog_find(const ikt_keylog *kl, const unsigned char random[IKT_KEYLOG_RANDOM_LEN],
                       ikt_keylog_label label, unsigned char out[IKT_KEYLOG_SECRET_MAX]);

/* Counters of the parse (kl may be NULL: all zero). */
ikt_keylog_stats ikt_keylog_get_stats(const ikt_keylog *kl);

/* "CLIENT_RANDOM", ...; NULL for a value out of range. */
const char *ikt_keylog_label_name(ikt_keylog_label label);

#endif
