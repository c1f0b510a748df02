/*
 * ikbench-capture: wraps a client stream and a server stream into one TCP
 * conversation in a pcap file (tools/trace/synth.h), so that `make bench` can
 * time `imapkit trace` on known IMAP bytes.
 *
 *   ikbench-capture OUT.pcap CLIENT_STREAM SERVER_STREAM
 *
 * The conversation alternates: a run of client bytes (up to 16 KiB), then a run
 * of server bytes (up to 64 KiB), each cut into 1448-byte segments, until both
 * streams are sent. The cuts fall anywhere, as on a real network.
 */
#include "synth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *load(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(2);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  unsigned char *b = malloc(n > 0 ? (size_t)n : 1);
  if (!b || (n > 0 && fread(b, 1, (size_t)n, f) != (size_t)n)) {
    fprintf(stderr, "ikbench-capture: cannot read %s\n", path);
    exit(2);
  }
  fclose(f);
  *len = (size_t)(n > 0 ? n : 0);
  return b;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: ikbench-capture OUT.pcap CLIENT_STREAM SERVER_STREAM\n");
    return 2;
  }
  size_t clen, slen;
  unsigned char *c = load(argv[2], &clen), *s = load(argv[3], &slen);
  ikt_synth_opts o;
  memset(&o, 0, sizeof o);
  o.linktype = IKT_LINK_EN10MB;
  o.format = IKT_SYNTH_PCAP;
  ikt_synth *w = ikt_synth_open(argv[1], &o);
  if (!w) {
    perror(argv[1]);
    return 2;
  }
  ikt_synth_tuple t;
  if (ikt_synth_tuple_set(&t, "192.0.2.10", 50123, "192.0.2.143", 143)) {
    fprintf(stderr, "ikbench-capture: bad addresses\n");
    return 2;
  }
  ikt_synth_flow fl;
  ikt_synth_flow_init(&fl, &t, 1000, 2000000);
  double ts = 1705311005.0;
  int err = ikt_synth_handshake(w, &fl, ts);
  size_t ci = 0, si = 0;
  while (!err && (ci < clen || si < slen)) {
    size_t run = clen - ci < 16384 ? clen - ci : 16384;
    for (size_t k = 0; k < run && !err; k += 1448) {
      size_t n = run - k < 1448 ? run - k : 1448;
      ts += 0.0001;
      err = ikt_synth_send(w, &fl, ts, 0, c + ci + k, n);
    }
    ci += run;
    run = slen - si < 65536 ? slen - si : 65536;
    for (size_t k = 0; k < run && !err; k += 1448) {
      size_t n = run - k < 1448 ? run - k : 1448;
      ts += 0.0001;
      err = ikt_synth_send(w, &fl, ts, 1, s + si + k, n);
    }
    si += run;
  }
  if (!err) err = ikt_synth_fin(w, &fl, ts + 0.01, 0);
  if (!err) err = ikt_synth_fin(w, &fl, ts + 0.02, 1);
  if (ikt_synth_close(w) || err) {
    fprintf(stderr, "ikbench-capture: writing %s failed\n", argv[1]);
    return 2;
  }
  free(c);
  free(s);
  return 0;
}
