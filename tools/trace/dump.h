/*
 * dump.h - `--dump-streams DIR`: each connection's reassembled bytes, one file
 * per direction (DIR/K.c2s, DIR/K.s2c), for comparison with tshark's
 * "follow,tcp,raw" and for feeding `imapkit parse`.
 *
 * A capture may hold far more connections than a process may open files, so only
 * a few files stay open (least recently written closed first) and the rest are
 * reopened for appending when their connection speaks again.
 */
#ifndef IKT_DUMP_H
#define IKT_DUMP_H

#include <stddef.h>

typedef struct ikt_dump ikt_dump;

/* Use directory `dir`, creating it (one level) if it does not exist. */
ikt_dump *ikt_dump_new(const char *dir, char *err, size_t errlen);

/* A new connection: create (or empty) both of its files. */
int ikt_dump_conn(ikt_dump *d, unsigned conn);

/* Append bytes to a direction's file (0: c2s, 1: s2c). */
int ikt_dump_write(ikt_dump *d, unsigned conn, int dir, const void *bytes, size_t len);

/* Client and server of `conn` changed places: exchange the two files' names, so
 * that what was written under the old roles ends up under the new ones. */
int ikt_dump_swap(ikt_dump *d, unsigned conn);

/* The connection is over: close its files if open. */
int ikt_dump_end(ikt_dump *d, unsigned conn);

/* The first error met ("" if none).  After an error, writing stops. */
const char *ikt_dump_error(const ikt_dump *d);

/* Close everything; 0, or -1 if any error happened (including at close). */
int ikt_dump_free(ikt_dump *d);

#endif
