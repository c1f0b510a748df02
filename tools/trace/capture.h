/*
 * capture.h - frames out of a pcap or pcapng file, through libpcap.
 *
 * libpcap reads both formats (pcap with micro- or nanosecond stamps, and pcapng)
 * and has been fuzzed for years; this module only opens files or memory buffers,
 * asks for nanosecond stamps, and hands frames over one at a time.  Decoding the
 * frames is decode.h's job.
 */
#ifndef IKT_CAPTURE_H
#define IKT_CAPTURE_H

#include <stddef.h>
#include <stdint.h>

typedef struct ikt_capture ikt_capture;

/* One frame, valid until the next call to ikt_capture_next or ikt_capture_close. */
typedef struct ikt_frame {
    const unsigned char *data;
    size_t caplen;             /* bytes present */
    size_t wirelen;            /* bytes on the wire (>= caplen) */
    double ts;                 /* seconds since the epoch, nanosecond resolution kept */
    uint64_t number;           /* 1-based, as tshark numbers frames */
} ikt_frame;

/* Open a capture file.  On failure returns NULL with libpcap's message in err. */
ikt_capture *ikt_capture_open(const char *path, char *err, size_t errlen);

/* Open a capture held in memory (fuzzing, tests).  The bytes are copied, so the
 * caller's buffer may go away at once. */
ikt_capture *ikt_capture_open_mem(const void *data, size_t len, char *err, size_t errlen);

/* The link type as a libpcap DLT_* value, and its name for messages. */
int ikt_capture_linktype(const ikt_capture *cap);
const char *ikt_capture_linktype_name(const ikt_capture *cap);

/* Next frame: 1 with *fr filled, 0 at the end of the capture, -1 when the file is
 * damaged or cut short (ikt_capture_error says how); frames before it were good. */
int ikt_capture_next(ikt_capture *cap, ikt_frame *fr);

/* The message of the last -1 from ikt_capture_next, or "" */
const char *ikt_capture_error(const ikt_capture *cap);

void ikt_capture_close(ikt_capture *cap);

#endif
