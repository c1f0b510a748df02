/*
 * ikbench-capture: wraps a client stream and a server stream into TCP
 * conversations in a pcap file (tools/trace/synth.h), so that `make bench` can
 * time `imapkit trace` on known IMAP bytes.
 *
 *   ikbench-capture [OPTIONS] OUT.pcap CLIENT_STREAM SERVER_STREAM
 *
 *   --repeat N      each connection sends the two streams N times over (1)
 *   --conns N       N connections one after the other, each with all of it (1)
 *   --tls SUITE     implicit TLS (port 993): tls13-aes128gcm, tls13-chacha20,
 *                   tls12-aes128gcm; needs --keylog
 *   --keylog FILE   where the NSS key log lines of the sessions are written
 *
 * OUT.pcap may be /dev/stdout (a pipe into `imapkit trace -`): the writer never
 * seeks, so a capture of any size costs no disk.
 *
 * The conversation alternates: a run of client bytes (up to 16 KiB), then a run
 * of server bytes (up to 64 KiB), each cut into 1448-byte segments, until both
 * streams are sent. The cuts fall anywhere, as on a real network.
 *
 * With --tls, each connection opens with a ClientHello and a ServerHello in the
 * clear, then the finished handshake under the handshake keys (TLS 1.3) or a
 * ChangeCipherSpec and an encrypted Finished (TLS 1.2), and every run is sent
 * as application-data records of up to 16 KiB of plaintext, protected with
 * libcrypto EVP exactly as RFC 8446 5.2-5.3 (TLS 1.3: key and iv from
 * HKDF-Expand-Label of the traffic secret, nonce = iv XOR sequence number,
 * AAD = the record header) and RFC 5288 (TLS 1.2 GCM: 4-byte salt from the key
 * block, 8-byte explicit nonce, AAD = sequence number + header) say. The
 * derivation is written here from the RFCs, independently of
 * tools/trace/tls.c, so the benchmark also cross-checks the decoder. The
 * secrets are fixed test values derived from the connection number; they are
 * written to the key log only, never printed.
 */
#include "synth.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEG 1448
#define RUN_C 16384
#define RUN_S 65536
#define REC 16384

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

static void die(const char *what) {
  fprintf(stderr, "ikbench-capture: %s\n", what);
  exit(2);
}

/* ---- TLS record protection (writer side) ---- */

typedef enum { SUITE_NONE, TLS13_AES128GCM, TLS13_CHACHA20, TLS12_AES128GCM } suite_kind;

typedef struct wkeys {
  EVP_CIPHER_CTX *ctx;
  unsigned char iv[12]; /* TLS 1.3: the whole static iv; TLS 1.2 GCM: the 4-byte salt */
  uint64_t seq;
} wkeys;

typedef struct tls_w {
  suite_kind kind;
  wkeys k[2]; /* current keys of each direction */
  unsigned char *out;
  size_t out_len, out_cap;
} tls_w;

static const EVP_CIPHER *cipher_of(suite_kind k) {
  return k == TLS13_CHACHA20 ? EVP_chacha20_poly1305() : EVP_aes_128_gcm();
}

/* HKDF-Expand-Label(secret, label, "", olen) with SHA-256 (RFC 8446 7.1). */
static void expand_label(const unsigned char secret[32], const char *label, unsigned char *out,
                         size_t olen) {
  unsigned char info[64];
  size_t ll = strlen(label);
  info[0] = (unsigned char)(olen >> 8);
  info[1] = (unsigned char)olen;
  info[2] = (unsigned char)(6 + ll);
  memcpy(info + 3, "tls13 ", 6);
  memcpy(info + 9, label, ll);
  info[9 + ll] = 0;
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF_CTX *kc = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
  EVP_KDF_free(kdf);
  int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
  OSSL_PARAM p[5];
  p[0] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, "SHA256", 0);
  p[1] = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
  p[2] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)secret, 32);
  p[3] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info, 10 + ll);
  p[4] = OSSL_PARAM_construct_end();
  if (!kc || EVP_KDF_derive(kc, out, olen, p) <= 0) die("HKDF failed");
  EVP_KDF_CTX_free(kc);
}

static void wkeys_set(wkeys *w, suite_kind kind, const unsigned char *key, const unsigned char *iv,
                      size_t ivlen) {
  if (!w->ctx) w->ctx = EVP_CIPHER_CTX_new();
  if (!w->ctx || EVP_EncryptInit_ex(w->ctx, cipher_of(kind), NULL, NULL, NULL) != 1 ||
      EVP_EncryptInit_ex(w->ctx, NULL, NULL, key, NULL) != 1)
    die("cipher setup failed");
  memcpy(w->iv, iv, ivlen);
  w->seq = 0;
}

static void wkeys13(wkeys *w, suite_kind kind, const unsigned char secret[32]) {
  unsigned char key[32], iv[12];
  size_t kl = kind == TLS13_CHACHA20 ? 32 : 16;
  expand_label(secret, "key", key, kl);
  expand_label(secret, "iv", iv, 12);
  wkeys_set(w, kind, key, iv, 12);
}

static void out_reserve(tls_w *t, size_t more) {
  if (t->out_len + more <= t->out_cap) return;
  size_t nc = t->out_cap ? t->out_cap : 65536;
  while (nc < t->out_len + more) nc *= 2;
  unsigned char *nb = realloc(t->out, nc);
  if (!nb) die("out of memory");
  t->out = nb;
  t->out_cap = nc;
}

/* A record in the clear. */
static void rec_plain(tls_w *t, unsigned type, const unsigned char *p, size_t n) {
  out_reserve(t, 5 + n);
  unsigned char *h = t->out + t->out_len;
  h[0] = (unsigned char)type;
  h[1] = 3;
  h[2] = 3;
  h[3] = (unsigned char)(n >> 8);
  h[4] = (unsigned char)n;
  memcpy(h + 5, p, n);
  t->out_len += 5 + n;
}

/* One protected record of content type `type` in direction dir. */
static void rec_sealed(tls_w *t, int dir, unsigned type, const unsigned char *p, size_t n) {
  wkeys *w = &t->k[dir];
  int tls13 = t->kind != TLS12_AES128GCM;
  size_t body = tls13 ? n + 1 + 16 : 8 + n + 16;
  out_reserve(t, 5 + body + 1);
  unsigned char *h = t->out + t->out_len, *b = h + 5;
  h[0] = tls13 ? 23 : (unsigned char)type;
  h[1] = 3;
  h[2] = 3;
  h[3] = (unsigned char)(body >> 8);
  h[4] = (unsigned char)body;
  unsigned char nonce[12], aad[13];
  const unsigned char *a = h;
  size_t alen = 5;
  unsigned char *ct = b;
  if (tls13) {
    memcpy(nonce, w->iv, 12);
    for (int i = 0; i < 8; i++) nonce[11 - i] ^= (unsigned char)(w->seq >> (8 * i));
    memcpy(b, p, n);
    b[n] = (unsigned char)type; /* TLSInnerPlaintext: content, type, no padding */
    n += 1;
  } else {
    memcpy(nonce, w->iv, 4);
    for (int i = 0; i < 8; i++) nonce[4 + i] = b[i] = (unsigned char)(w->seq >> (56 - 8 * i));
    for (int i = 0; i < 8; i++) aad[i] = (unsigned char)(w->seq >> (56 - 8 * i));
    aad[8] = (unsigned char)type;
    aad[9] = 3;
    aad[10] = 3;
    aad[11] = (unsigned char)(n >> 8);
    aad[12] = (unsigned char)n;
    a = aad;
    alen = 13;
    ct = b + 8;
    memcpy(ct, p, n);
  }
  int l = 0, l2 = 0;
  if (EVP_EncryptInit_ex(w->ctx, NULL, NULL, NULL, nonce) != 1 ||
      EVP_EncryptUpdate(w->ctx, NULL, &l, a, (int)alen) != 1 ||
      EVP_EncryptUpdate(w->ctx, ct, &l, ct, (int)n) != 1 ||
      EVP_EncryptFinal_ex(w->ctx, ct + l, &l2) != 1 ||
      EVP_CIPHER_CTX_ctrl(w->ctx, EVP_CTRL_AEAD_GET_TAG, 16, ct + n) != 1)
    die("encryption failed");
  w->seq++;
  t->out_len += 5 + body;
}

/* Application data: records of up to 16 KiB of plaintext. */
static void seal_data(tls_w *t, int dir, const unsigned char *p, size_t n) {
  for (size_t k = 0; k < n; k += REC) rec_sealed(t, dir, 23, p + k, n - k < REC ? n - k : REC);
}

/* Fixed test secrets: a counter pattern, different for every label and connection. */
static void test_secret(unsigned char *out, size_t n, unsigned conn, unsigned label) {
  for (size_t i = 0; i < n; i++) out[i] = (unsigned char)(0x5a ^ (i * 29 + label * 71 + conn * 13));
}

static void keylog_line(FILE *kl, const char *label, const unsigned char cr[32],
                        const unsigned char *secret, size_t n) {
  fprintf(kl, "%s ", label);
  for (int i = 0; i < 32; i++) fprintf(kl, "%02x", cr[i]);
  fputc(' ', kl);
  for (size_t i = 0; i < n; i++) fprintf(kl, "%02x", secret[i]);
  fputc('\n', kl);
}

static void put16(unsigned char *p, unsigned v) {
  p[0] = (unsigned char)(v >> 8);
  p[1] = (unsigned char)v;
}

/* A handshake message: type, 24-bit length, body. */
static size_t hs_msg(unsigned char *out, unsigned type, const unsigned char *body, size_t n) {
  out[0] = (unsigned char)type;
  out[1] = (unsigned char)(n >> 16);
  out[2] = (unsigned char)(n >> 8);
  out[3] = (unsigned char)n;
  memcpy(out + 4, body, n);
  return 4 + n;
}

/* The handshake of connection `conn` into the two directions' byte buffers
 * (c: client to server, s: server to client), keys armed for application data,
 * key log lines written. parts[] in capture order (malloc'd, lens[] bytes):
 * [0] the client's ClientHello, [1] the server's ServerHello (TLS 1.3: and its
 * encrypted EncryptedExtensions + Finished), [2] the client's (ChangeCipherSpec
 * and) encrypted Finished, [3] TLS 1.2: the server's ChangeCipherSpec and
 * encrypted Finished (TLS 1.3: NULL). */
static void tls_handshake(tls_w *t, unsigned conn, FILE *kl, unsigned char **parts, size_t *lens) {
  int tls13 = t->kind != TLS12_AES128GCM;
  unsigned suite = t->kind == TLS13_AES128GCM ? 0x1301 : t->kind == TLS13_CHACHA20 ? 0x1303 : 0xC02F;
  unsigned char cr[32], sr[32], body[256], msg[300];
  test_secret(cr, 32, conn, 1);
  test_secret(sr, 32, conn, 2);
  /* ClientHello: version, random, empty session id, one suite, null compression,
   * extensions: server_name imap.test, supported_versions (TLS 1.3). */
  size_t n = 0;
  put16(body, 0x0303);
  memcpy(body + 2, cr, 32);
  body[34] = 0;
  put16(body + 35, 2);
  put16(body + 37, suite);
  body[39] = 1;
  body[40] = 0;
  n = 43;
  size_t ext0 = n;
  static const char host[] = "imap.test";
  size_t hl = sizeof host - 1;
  put16(body + n, 0x0000);
  put16(body + n + 2, (unsigned)(hl + 5));
  put16(body + n + 4, (unsigned)(hl + 3));
  body[n + 6] = 0;
  put16(body + n + 7, (unsigned)hl);
  memcpy(body + n + 9, host, hl);
  n += 9 + hl;
  if (tls13) {
    put16(body + n, 0x002b);
    put16(body + n + 2, 3);
    body[n + 4] = 2;
    put16(body + n + 5, 0x0304);
    n += 7;
  }
  put16(body + 41, (unsigned)(n - ext0));
  t->out_len = 0;
  rec_plain(t, 22, msg, hs_msg(msg, 1, body, n));
  /* ServerHello */
  put16(body, 0x0303);
  memcpy(body + 2, sr, 32);
  body[34] = 0;
  put16(body + 35, suite);
  body[37] = 0;
  n = 38;
  if (tls13) {
    put16(body + 38, 6);
    put16(body + 40, 0x002b);
    put16(body + 42, 2);
    put16(body + 44, 0x0304);
    n = 46;
  } else {
    put16(body + 38, 0);
    n = 40;
  }
  unsigned char *ch = malloc(t->out_len);
  if (!ch) die("out of memory");
  memcpy(ch, t->out, t->out_len);
  parts[0] = ch;
  lens[0] = t->out_len;
  t->out_len = 0;
  rec_plain(t, 22, msg, hs_msg(msg, 2, body, n));
  unsigned char fin[32];
  test_secret(fin, 32, conn, 9); /* Finished contents: not checked by a passive decoder */
  if (tls13) {
    unsigned char chs[32], shs[32], cts[32], sts[32];
    test_secret(chs, 32, conn, 3);
    test_secret(shs, 32, conn, 4);
    test_secret(cts, 32, conn, 5);
    test_secret(sts, 32, conn, 6);
    keylog_line(kl, "CLIENT_HANDSHAKE_TRAFFIC_SECRET", cr, chs, 32);
    keylog_line(kl, "SERVER_HANDSHAKE_TRAFFIC_SECRET", cr, shs, 32);
    keylog_line(kl, "CLIENT_TRAFFIC_SECRET_0", cr, cts, 32);
    keylog_line(kl, "SERVER_TRAFFIC_SECRET_0", cr, sts, 32);
    /* server flight under its handshake key: EncryptedExtensions (none), Finished */
    wkeys13(&t->k[1], t->kind, shs);
    unsigned char ee[2] = {0, 0};
    size_t m = hs_msg(msg, 8, ee, 2);
    m += hs_msg(msg + m, 20, fin, 32);
    rec_sealed(t, 1, 22, msg, m);
    wkeys13(&t->k[1], t->kind, sts);
    parts[1] = malloc(t->out_len);
    if (!parts[1]) die("out of memory");
    memcpy(parts[1], t->out, t->out_len);
    lens[1] = t->out_len;
    /* client Finished under its handshake key */
    t->out_len = 0;
    wkeys13(&t->k[0], t->kind, chs);
    rec_sealed(t, 0, 22, msg, hs_msg(msg, 20, fin, 32));
    wkeys13(&t->k[0], t->kind, cts);
    parts[2] = malloc(t->out_len);
    if (!parts[2]) die("out of memory");
    memcpy(parts[2], t->out, t->out_len);
    lens[2] = t->out_len;
    parts[3] = NULL;
    lens[3] = 0;
  } else {
    /* TLS 1.2: master secret; key block = PRF(master, "key expansion", sr + cr):
     * client key, server key, client salt, server salt (no MAC keys for GCM). */
    unsigned char master[48], kb[40], seed[13 + 64];
    test_secret(master, 48, conn, 7);
    keylog_line(kl, "CLIENT_RANDOM", cr, master, 48);
    memcpy(seed, "key expansion", 13);
    memcpy(seed + 13, sr, 32);
    memcpy(seed + 45, cr, 32);
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, "TLS1-PRF", NULL);
    EVP_KDF_CTX *kc = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
    EVP_KDF_free(kdf);
    OSSL_PARAM p[4];
    p[0] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, "SHA256", 0);
    p[1] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SECRET, master, 48);
    p[2] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SEED, seed, sizeof seed);
    p[3] = OSSL_PARAM_construct_end();
    if (!kc || EVP_KDF_derive(kc, kb, sizeof kb, p) <= 0) die("TLS1-PRF failed");
    EVP_KDF_CTX_free(kc);
    wkeys_set(&t->k[0], t->kind, kb, kb + 32, 4);
    wkeys_set(&t->k[1], t->kind, kb + 16, kb + 36, 4);
    parts[1] = malloc(t->out_len);
    if (!parts[1]) die("out of memory");
    memcpy(parts[1], t->out, t->out_len);
    lens[1] = t->out_len;
    static const unsigned char ccs = 1;
    for (int dir = 0; dir < 2; dir++) {
      t->out_len = 0;
      rec_plain(t, 20, &ccs, 1);
      rec_sealed(t, dir, 22, msg, hs_msg(msg, 20, fin, 12));
      parts[2 + dir] = malloc(t->out_len);
      if (!parts[2 + dir]) die("out of memory");
      memcpy(parts[2 + dir], t->out, t->out_len);
      lens[2 + dir] = t->out_len;
    }
  }
  t->out_len = 0;
}

/* ---- the conversation ---- */

static ikt_synth *w;
static double ts = 1705311005.0;

static void send_segs(ikt_synth_flow *fl, int dir, const unsigned char *p, size_t n) {
  for (size_t k = 0; k < n; k += SEG) {
    ts += 0.0001;
    if (ikt_synth_send(w, fl, ts, dir, p + k, n - k < SEG ? n - k : SEG)) die("write failed");
  }
}

/* A run of plaintext from dir: as it is, or sealed into records. */
static void send_run(tls_w *t, ikt_synth_flow *fl, int dir, const unsigned char *p, size_t n) {
  if (!n) return;
  if (t->kind == SUITE_NONE) {
    send_segs(fl, dir, p, n);
    return;
  }
  t->out_len = 0;
  seal_data(t, dir, p, n);
  send_segs(fl, dir, t->out, t->out_len);
}

int main(int argc, char **argv) {
  const char *usage = "usage: ikbench-capture [--repeat N] [--conns N] [--tls SUITE --keylog FILE] "
                      "OUT.pcap CLIENT_STREAM SERVER_STREAM\n";
  unsigned long repeat = 1, conns = 1;
  suite_kind kind = SUITE_NONE;
  const char *keylog = NULL;
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i += 2) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!v) break;
    if (!strcmp(a, "--repeat")) repeat = strtoul(v, NULL, 10);
    else if (!strcmp(a, "--conns")) conns = strtoul(v, NULL, 10);
    else if (!strcmp(a, "--keylog")) keylog = v;
    else if (!strcmp(a, "--tls")) {
      kind = !strcmp(v, "tls13-aes128gcm")  ? TLS13_AES128GCM
             : !strcmp(v, "tls13-chacha20") ? TLS13_CHACHA20
             : !strcmp(v, "tls12-aes128gcm") ? TLS12_AES128GCM
                                              : SUITE_NONE;
      if (kind == SUITE_NONE) die("unknown --tls suite");
    } else {
      fputs(usage, stderr);
      return 2;
    }
  }
  if (argc - i != 3 || !repeat || !conns || (kind != SUITE_NONE && !keylog)) {
    fputs(usage, stderr);
    return 2;
  }
  size_t clen, slen;
  unsigned char *c = load(argv[i + 1], &clen), *s = load(argv[i + 2], &slen);
  FILE *kl = NULL;
  if (kind != SUITE_NONE && !(kl = fopen(keylog, "w"))) {
    perror(keylog);
    return 2;
  }
  ikt_synth_opts o;
  memset(&o, 0, sizeof o);
  o.linktype = IKT_LINK_EN10MB;
  o.format = IKT_SYNTH_PCAP;
  w = ikt_synth_open(argv[i], &o);
  if (!w) {
    perror(argv[i]);
    return 2;
  }
  tls_w t;
  memset(&t, 0, sizeof t);
  t.kind = kind;
  for (unsigned long k = 0; k < conns; k++) {
    ikt_synth_tuple tu;
    if (ikt_synth_tuple_set(&tu, "192.0.2.10", (uint16_t)(50123 + k % 10000), "192.0.2.143",
                            kind == SUITE_NONE ? 143 : 993))
      die("bad addresses");
    ikt_synth_flow fl;
    ikt_synth_flow_init(&fl, &tu, 1000 + (uint32_t)k * 7919u, 2000000 + (uint32_t)k * 104729u);
    if (ikt_synth_handshake(w, &fl, ts)) die("write failed");
    ts += 0.003;
    if (kind != SUITE_NONE) {
      unsigned char *parts[4];
      size_t lens[4];
      tls_handshake(&t, (unsigned)k, kl, parts, lens);
      send_segs(&fl, 0, parts[0], lens[0]); /* ClientHello */
      send_segs(&fl, 1, parts[1], lens[1]); /* ServerHello (+ TLS 1.3 flight) */
      send_segs(&fl, 0, parts[2], lens[2]); /* client Finished */
      if (parts[3]) send_segs(&fl, 1, parts[3], lens[3]);
      for (int j = 0; j < 4; j++) free(parts[j]);
    }
    for (unsigned long r = 0; r < repeat; r++) {
      size_t ci = 0, si = 0;
      while (ci < clen || si < slen) {
        size_t run = clen - ci < RUN_C ? clen - ci : RUN_C;
        send_run(&t, &fl, 0, c + ci, run);
        ci += run;
        run = slen - si < RUN_S ? slen - si : RUN_S;
        send_run(&t, &fl, 1, s + si, run);
        si += run;
      }
    }
    if (ikt_synth_fin(w, &fl, ts + 0.01, 0) || ikt_synth_fin(w, &fl, ts + 0.02, 1))
      die("write failed");
    ts += 0.03;
  }
  if (ikt_synth_close(w)) die("writing the capture failed");
  if (kl && fclose(kl)) die("writing the key log failed");
  for (int d = 0; d < 2; d++) EVP_CIPHER_CTX_free(t.k[d].ctx);
  free(t.out);
  free(c);
  free(s);
  return 0;
}
