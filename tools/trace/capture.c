/*
 * capture.c - libpcap offline reading of files and memory buffers.
 */
/* pcap.h uses the BSD types u_int and u_char, which glibc hides under a bare
 * _POSIX_C_SOURCE; _DEFAULT_SOURCE brings them back for this file only. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#include "capture.h"

#include <sys/types.h>
#if defined(__GLIBC__) && !defined(__USE_MISC)
/* Something included <features.h> before _DEFAULT_SOURCE could take effect (a
 * forced -include, say): supply the four BSD types pcap.h needs ourselves. */
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
#endif
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ikt_capture {
    pcap_t *pcap;
    unsigned char *mem;        /* our copy of an in-memory capture, or NULL */
    uint64_t count;            /* frames handed out so far */
    char error[PCAP_ERRBUF_SIZE + 64];
};

/* Copy a message into the caller's buffer, if it has one; snprintf truncates
 * safely and always terminates. */
static void set_err(char *err, size_t errlen, const char *what, const char *detail)
{
    if (err && errlen)
        snprintf(err, errlen, "%s%s%s", what, detail && *detail ? ": " : "", detail ? detail : "");
}

/* Wrap an opened pcap_t, or report why libpcap could not open it.  Shared by the
 * file and memory paths so that both behave the same. */
static ikt_capture *wrap(pcap_t *p, unsigned char *mem, const char *pcap_err, const char *name,
                         char *err, size_t errlen)
{
    if (p == NULL) {
        set_err(err, errlen, name, pcap_err);
        free(mem);
        return NULL;
    }
    ikt_capture *cap = calloc(1, sizeof *cap);
    if (cap == NULL) {
        pcap_close(p);
        free(mem);
        set_err(err, errlen, name, "out of memory");
        return NULL;
    }
    cap->pcap = p;
    cap->mem = mem;
    return cap;
}

/* Nanosecond precision is asked for so that pcapng files with fine stamps keep
 * them; libpcap scales microsecond files up. */
ikt_capture *ikt_capture_open(const char *path, char *err, size_t errlen)
{
    char perr[PCAP_ERRBUF_SIZE] = "";
    if (path == NULL) {
        set_err(err, errlen, "capture", "no file name");
        return NULL;
    }
    pcap_t *p = pcap_open_offline_with_tstamp_precision(path, PCAP_TSTAMP_PRECISION_NANO, perr);
    return wrap(p, NULL, perr, path, err, errlen);
}

/* fmemopen over a private copy: libpcap wants a FILE*, fmemopen wants a writable
 * buffer, and the caller's buffer might not outlive the capture.  pcap_close
 * closes the FILE; we free the copy after it. */
ikt_capture *ikt_capture_open_mem(const void *data, size_t len, char *err, size_t errlen)
{
    char perr[PCAP_ERRBUF_SIZE] = "";
    if (data == NULL || len == 0) { /* fmemopen refuses a zero size */
        set_err(err, errlen, "capture", "empty input");
        return NULL;
    }
    unsigned char *mem = malloc(len);
    if (mem == NULL) {
        set_err(err, errlen, "capture", "out of memory");
        return NULL;
    }
    memcpy(mem, data, len);
    FILE *f = fmemopen(mem, len, "rb");
    if (f == NULL) {
        free(mem);
        set_err(err, errlen, "capture", "cannot open memory buffer");
        return NULL;
    }
    pcap_t *p = pcap_fopen_offline_with_tstamp_precision(f, PCAP_TSTAMP_PRECISION_NANO, perr);
    if (p == NULL)
        fclose(f); /* on failure libpcap leaves the FILE to us */
    return wrap(p, mem, perr, "capture", err, errlen);
}

int ikt_capture_linktype(const ikt_capture *cap) { return pcap_datalink(cap->pcap); }

/* A name for messages: libpcap's when it knows one, else the number. */
const char *ikt_capture_linktype_name(const ikt_capture *cap)
{
    const char *n = pcap_datalink_val_to_name(pcap_datalink(cap->pcap));
    return n ? n : "unknown";
}

/* One frame from libpcap.  A damaged or short file is an error only for what
 * follows: frames already read were delivered, which is what a user of a capture
 * cut off by a killed tcpdump wants. */
int ikt_capture_next(ikt_capture *cap, ikt_frame *fr)
{
    struct pcap_pkthdr *h;
    const unsigned char *d;
    int rc = pcap_next_ex(cap->pcap, &h, &d);
    if (rc == 1) {
        fr->data = d;
        fr->caplen = h->caplen;
        fr->wirelen = h->len < h->caplen ? h->caplen : h->len;
        /* With nanosecond precision, tv_usec holds nanoseconds. */
        fr->ts = (double)h->ts.tv_sec + (double)h->ts.tv_usec / 1e9;
        fr->number = ++cap->count;
        return 1;
    }
    if (rc == PCAP_ERROR_BREAK)
        return 0;
    snprintf(cap->error, sizeof cap->error, "after frame %llu: %s", (unsigned long long)cap->count,
             pcap_geterr(cap->pcap));
    return -1;
}

const char *ikt_capture_error(const ikt_capture *cap) { return cap->error; }

/* pcap_close also closes the FILE under a memory capture; only then may the
 * buffer under that FILE go. */
void ikt_capture_close(ikt_capture *cap)
{
    if (cap == NULL)
        return;
    pcap_close(cap->pcap);
    free(cap->mem);
    free(cap);
}
