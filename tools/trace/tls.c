/* tls.c: passive TLS 1.2 / 1.3 decryption (see tls.h).
 *
 * Layout: names and tables; the crypto (key schedules, record protection, all through
 * libcrypto EVP); events; handshake parsing; the record layer; the byte-stream driver
 * (buffering, waiting for the other direction); the public API.
 */
#include "tls.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

/* ---------------------------------------------------------------- constants ---- */

enum {
    CT_CCS = 20,
    CT_ALERT = 21,
    CT_HANDSHAKE = 22,
    CT_APPDATA = 23,
    CT_HEARTBEAT = 24
};

enum {
    HS_HELLO_REQUEST = 0,
    HS_CLIENT_HELLO = 1,
    HS_SERVER_HELLO = 2,
    HS_NEW_SESSION_TICKET = 4,
    HS_END_OF_EARLY_DATA = 5,
    HS_ENCRYPTED_EXTENSIONS = 8,
    HS_FINISHED = 20,
    HS_KEY_UPDATE = 24
};

enum {
    EXT_SERVER_NAME = 0x0000,
    EXT_ENCRYPT_THEN_MAC = 0x0016,
    EXT_PRE_SHARED_KEY = 0x0029,
    EXT_EARLY_DATA = 0x002a,
    EXT_SUPPORTED_VERSIONS = 0x002b
};

#define TLS12 0x0303
#define TLS13 0x0304

/* SHA-256("HelloRetryRequest"): the random of a HelloRetryRequest (RFC 8446 4.1.3). */
static const unsigned char hrr_random[32] = {
    0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
    0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C};

/* Early data the client may send that nobody can read, before giving up. */
#define MAX_SKIPPED_EARLY (64 * 1024)

/* ---------------------------------------------------------------- tables ------- */

typedef enum { K_GCM, K_CHACHA, K_CBC } cipher_kind;

typedef struct suite {
    uint16_t id;
    const char *name;  /* IANA */
    unsigned char tls13;
    cipher_kind kind;
    unsigned char key_len;
    unsigned char mac_len; /* CBC only */
    const char *mac_md;    /* CBC only */
    const char *prf_md;    /* TLS 1.2 PRF hash; TLS 1.3 HKDF hash */
    unsigned char hash_len;
} suite;

#define S13(id, name, kind, kl, md, hl) {id, name, 1, kind, kl, 0, NULL, md, hl}
#define SAEAD(id, name, kind, kl, md) {id, name, 0, kind, kl, 0, NULL, md, 0}
#define SCBC(id, name, kl, ml, mmd, md) {id, name, 0, K_CBC, kl, ml, mmd, md, 0}

static const suite suites[] = {
    S13(0x1301, "TLS_AES_128_GCM_SHA256", K_GCM, 16, "SHA256", 32),
    S13(0x1302, "TLS_AES_256_GCM_SHA384", K_GCM, 32, "SHA384", 48),
    S13(0x1303, "TLS_CHACHA20_POLY1305_SHA256", K_CHACHA, 32, "SHA256", 32),
    SAEAD(0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", K_GCM, 16, "SHA256"),
    SAEAD(0xC02C, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", K_GCM, 32, "SHA384"),
    SAEAD(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", K_GCM, 16, "SHA256"),
    SAEAD(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", K_GCM, 32, "SHA384"),
    SAEAD(0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256", K_GCM, 16, "SHA256"),
    SAEAD(0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384", K_GCM, 32, "SHA384"),
    SAEAD(0x009E, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", K_GCM, 16, "SHA256"),
    SAEAD(0x009F, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", K_GCM, 32, "SHA384"),
    SAEAD(0xCCA8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", K_CHACHA, 32, "SHA256"),
    SAEAD(0xCCA9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", K_CHACHA, 32, "SHA256"),
    SAEAD(0xCCAA, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", K_CHACHA, 32, "SHA256"),
    SCBC(0xC009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", 16, 20, "SHA1", "SHA256"),
    SCBC(0xC00A, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", 32, 20, "SHA1", "SHA256"),
    SCBC(0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", 16, 20, "SHA1", "SHA256"),
    SCBC(0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", 32, 20, "SHA1", "SHA256"),
    SCBC(0xC023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", 16, 32, "SHA256", "SHA256"),
    SCBC(0xC024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", 32, 48, "SHA384", "SHA384"),
    SCBC(0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", 16, 32, "SHA256", "SHA256"),
    SCBC(0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", 32, 48, "SHA384", "SHA384"),
    SCBC(0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA", 16, 20, "SHA1", "SHA256"),
    SCBC(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA", 32, 20, "SHA1", "SHA256"),
    SCBC(0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256", 16, 32, "SHA256", "SHA256"),
    SCBC(0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256", 32, 32, "SHA256", "SHA256"),
    SCBC(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", 16, 20, "SHA1", "SHA256"),
    SCBC(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", 32, 20, "SHA1", "SHA256"),
    SCBC(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", 16, 32, "SHA256", "SHA256"),
    SCBC(0x006B, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", 32, 32, "SHA256", "SHA256"),
};

static const suite *find_suite(uint16_t id)
{
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++)
        if (suites[i].id == id)
            return &suites[i];
    return NULL;
}

const char *ikt_tls_suite_name(uint16_t id)
{
    const suite *s = find_suite(id);
    return s ? s->name : NULL;
}

const char *ikt_tls_version_name(uint16_t v)
{
    switch (v) {
    case 0x0300: return "SSL 3.0";
    case 0x0301: return "TLS 1.0";
    case 0x0302: return "TLS 1.1";
    case 0x0303: return "TLS 1.2";
    case 0x0304: return "TLS 1.3";
    default: return NULL;
    }
}

static const char *const status_names[] = {
#define IKT_TLS_X_NAME(name, text) #name,
    IKT_TLS_STATUS_MAP(IKT_TLS_X_NAME)
#undef IKT_TLS_X_NAME
};
static const char *const status_texts[] = {
#define IKT_TLS_X_TEXT(name, text) text,
    IKT_TLS_STATUS_MAP(IKT_TLS_X_TEXT)
#undef IKT_TLS_X_TEXT
};

const char *ikt_tls_status_name(ikt_tls_status s)
{
    return (unsigned)s < IKT_TLS_STATUS_COUNT ? status_names[s] : NULL;
}

const char *ikt_tls_status_text(ikt_tls_status s)
{
    return (unsigned)s < IKT_TLS_STATUS_COUNT ? status_texts[s] : NULL;
}

const char *ikt_tls_alert_name(int d)
{
    switch (d) {
    case 0: return "close_notify";
    case 10: return "unexpected_message";
    case 20: return "bad_record_mac";
    case 21: return "decryption_failed";
    case 22: return "record_overflow";
    case 30: return "decompression_failure";
    case 40: return "handshake_failure";
    case 41: return "no_certificate";
    case 42: return "bad_certificate";
    case 43: return "unsupported_certificate";
    case 44: return "certificate_revoked";
    case 45: return "certificate_expired";
    case 46: return "certificate_unknown";
    case 47: return "illegal_parameter";
    case 48: return "unknown_ca";
    case 49: return "access_denied";
    case 50: return "decode_error";
    case 51: return "decrypt_error";
    case 60: return "export_restriction";
    case 70: return "protocol_version";
    case 71: return "insufficient_security";
    case 80: return "internal_error";
    case 86: return "inappropriate_fallback";
    case 90: return "user_canceled";
    case 100: return "no_renegotiation";
    case 109: return "missing_extension";
    case 110: return "unsupported_extension";
    case 111: return "certificate_unobtainable";
    case 112: return "unrecognized_name";
    case 113: return "bad_certificate_status_response";
    case 114: return "bad_certificate_hash_value";
    case 115: return "unknown_psk_identity";
    case 116: return "certificate_required";
    case 120: return "no_application_protocol";
    default: return NULL;
    }
}

/* ---------------------------------------------------------------- state -------- */

/* The protection of one direction under one key. */
typedef struct keys {
    int set;
    const suite *s;
    int etm;                  /* CBC: encrypt_then_mac */
    EVP_CIPHER_CTX *ctx;      /* holds the key */
    EVP_MAC_CTX *mac;         /* CBC: HMAC */
    unsigned char iv[12];     /* TLS 1.3 and ChaCha: 12 bytes; TLS 1.2 GCM: 4 */
    unsigned char mac_key[48];
    uint64_t seq;
} keys;

typedef enum {
    EARLY_NONE,     /* no 0-RTT data to expect */
    EARLY_PENDING,  /* 0-RTT offered: wait for EncryptedExtensions to know its fate */
    EARLY_DECRYPT,  /* accepted and readable: records under the early key */
    EARLY_SKIP      /* rejected or unreadable: skip until a record opens with the hs key */
} early_state;

typedef struct dirstate {
    unsigned char *buf; /* unprocessed bytes; buf[0] starts a record */
    size_t len, cap;
    uint64_t off;       /* stream offset of buf[0] */
    uint64_t skip;      /* bytes still to discard: the rest of a record lost to a gap */
    int waiting;        /* the first record in buf waits for the other direction */
    int ended;
    int truncation_reported;
    int dropped;        /* a record was lost to a gap since the last good one */

    keys cur;           /* protection of records read now */
    keys pend;          /* TLS 1.2: next keys, from ChangeCipherSpec; TLS 1.3 client: hs keys */
    keys early_keys;    /* TLS 1.3 client: 0-RTT keys, to read or to recognize early data */
    unsigned char secret[48]; /* TLS 1.3: current traffic secret */
    unsigned char app_secret[48]; /* TLS 1.3: traffic secret 0, used after Finished */
    int hs_done;        /* this direction's Finished has been read */
    int ccs_count;
    early_state early;  /* client only */
    uint64_t early_skipped;

    /* handshake message reassembly */
    unsigned char hhdr[4];
    size_t hhave;       /* header bytes held */
    size_t hlen, hgot;  /* body length and bytes seen */
    int hstore;         /* keep the body */
    unsigned char *hbuf;
    size_t hcap;

    uint64_t delivered;
} dirstate;

struct ikt_tls {
    const ikt_keylog *kl;
    ikt_tls_callbacks cb;
    void *ud;
    int stopped;
    dirstate d[2];
    unsigned char *scratch; /* IKT_TLS_MAX_RECORD: decrypted record */

    /* handshake */
    unsigned char client_random[32];
    unsigned char server_random[32];
    unsigned char ch_sid[32];
    size_t ch_sid_len;
    int ch_count;       /* ClientHellos read (a second one after HRR or to renegotiate) */
    int ch_early;       /* the first ClientHello offered 0-RTT data */
    int sh_count;       /* ServerHellos read, HelloRetryRequest not counted */
    int hrr;
    int ee_seen, early_accepted, early_reported;
    uint16_t version;
    uint16_t suite_id;
    const suite *suite;
    int etm;
    int resumed;
    char sni[256];
    char detail[192];
};

typedef struct rd {
    const unsigned char *p;
    size_t n;
    int bad;
} rd;

static unsigned rd_u8(rd *r)
{
    if (r->bad || r->n < 1) {
        r->bad = 1;
        return 0;
    }
    unsigned v = r->p[0];
    r->p += 1;
    r->n -= 1;
    return v;
}

static unsigned rd_u16(rd *r)
{
    if (r->bad || r->n < 2) {
        r->bad = 1;
        return 0;
    }
    unsigned v = (unsigned)r->p[0] << 8 | r->p[1];
    r->p += 2;
    r->n -= 2;
    return v;
}

static const unsigned char *rd_bytes(rd *r, size_t k)
{
    if (r->bad || r->n < k) {
        r->bad = 1;
        return NULL;
    }
    const unsigned char *q = r->p;
    r->p += k;
    r->n -= k;
    return q;
}

/* A sub-reader of k bytes, or of what is left when fewer are there (truncated input). */
static rd rd_sub(rd *r, size_t k)
{
    rd s = {r->p, 0, 0};
    if (r->bad)
        return s;
    s.n = k <= r->n ? k : r->n;
    r->p += s.n;
    r->n -= s.n;
    return s;
}

/* ---------------------------------------------------------------- crypto ------- */

static int hkdf_expand_label(const char *md, const unsigned char *secret, size_t slen,
                             const char *label, unsigned char *out, size_t olen)
{
    unsigned char info[2 + 1 + 255 + 1];
    size_t ll = strlen(label);
    if (ll > 255 - 6 || olen > 0xffff)
        return -1;
    info[0] = (unsigned char)(olen >> 8);
    info[1] = (unsigned char)olen;
    info[2] = (unsigned char)(6 + ll);
    memcpy(info + 3, "tls13 ", 6);
    memcpy(info + 9, label, ll);
    info[9 + ll] = 0; /* empty context */
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
    EVP_KDF_CTX *kctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
    EVP_KDF_free(kdf);
    int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
    OSSL_PARAM params[5];
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)md, 0);
    params[1] = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
    params[2] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)secret, slen);
    params[3] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info, 10 + ll);
    params[4] = OSSL_PARAM_construct_end();
    int ok = kctx && EVP_KDF_derive(kctx, out, olen, params) > 0;
    EVP_KDF_CTX_free(kctx);
    return ok ? 0 : -1;
}

/* TLS 1.2 key block: PRF(master, "key expansion", server_random + client_random). */
static int tls12_key_block(const char *md, const unsigned char master[48],
                           const unsigned char sr[32], const unsigned char cr[32],
                           unsigned char *out, size_t olen)
{
    unsigned char seed[13 + 64];
    memcpy(seed, "key expansion", 13);
    memcpy(seed + 13, sr, 32);
    memcpy(seed + 45, cr, 32);
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, "TLS1-PRF", NULL);
    EVP_KDF_CTX *kctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
    EVP_KDF_free(kdf);
    OSSL_PARAM params[4];
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)md, 0);
    params[1] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SECRET, (void *)master, 48);
    params[2] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SEED, seed, sizeof seed);
    params[3] = OSSL_PARAM_construct_end();
    int ok = kctx && EVP_KDF_derive(kctx, out, olen, params) > 0;
    EVP_KDF_CTX_free(kctx);
    return ok ? 0 : -1;
}

static const EVP_CIPHER *suite_cipher(const suite *s)
{
    switch (s->kind) {
    case K_GCM: return s->key_len == 16 ? EVP_aes_128_gcm() : EVP_aes_256_gcm();
    case K_CHACHA: return EVP_chacha20_poly1305();
    case K_CBC: return s->key_len == 16 ? EVP_aes_128_cbc() : EVP_aes_256_cbc();
    }
    return NULL;
}

static void keys_clear(keys *k)
{
    EVP_CIPHER_CTX_free(k->ctx);
    EVP_MAC_CTX_free(k->mac);
    OPENSSL_cleanse(k, sizeof *k);
}

/* dst takes src's keys; src is left empty. */
static void keys_move(keys *dst, keys *src)
{
    keys_clear(dst);
    *dst = *src;
    memset(src, 0, sizeof *src);
}

static int keys_init(keys *k, const suite *s, int etm, const unsigned char *key,
                     const unsigned char *iv, size_t ivlen, const unsigned char *mac_key)
{
    keys_clear(k);
    k->s = s;
    k->etm = etm;
    k->ctx = EVP_CIPHER_CTX_new();
    if (!k->ctx)
        goto fail;
    const EVP_CIPHER *c = suite_cipher(s);
    if (!c || EVP_DecryptInit_ex(k->ctx, c, NULL, NULL, NULL) != 1)
        goto fail;
    if (EVP_DecryptInit_ex(k->ctx, NULL, NULL, key, NULL) != 1)
        goto fail;
    if (ivlen > sizeof k->iv)
        goto fail;
    memcpy(k->iv, iv, ivlen);
    if (s->kind == K_CBC) {
        if (EVP_CIPHER_CTX_set_padding(k->ctx, 0) != 1)
            goto fail;
        EVP_MAC *m = EVP_MAC_fetch(NULL, "HMAC", NULL);
        k->mac = m ? EVP_MAC_CTX_new(m) : NULL;
        EVP_MAC_free(m);
        if (!k->mac)
            goto fail;
        OSSL_PARAM p[2];
        p[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)s->mac_md, 0);
        p[1] = OSSL_PARAM_construct_end();
        if (EVP_MAC_CTX_set_params(k->mac, p) != 1)
            goto fail;
        memcpy(k->mac_key, mac_key, s->mac_len);
    }
    k->seq = 0;
    k->set = 1;
    return 0;
fail:
    keys_clear(k);
    return -1;
}

/* TLS 1.3: key and iv of a traffic secret. */
static int keys_from_secret(keys *k, const suite *s, const unsigned char *secret)
{
    unsigned char key[32], iv[12];
    int r = -1;
    if (hkdf_expand_label(s->prf_md, secret, s->hash_len, "key", key, s->key_len) == 0 &&
        hkdf_expand_label(s->prf_md, secret, s->hash_len, "iv", iv, 12) == 0)
        r = keys_init(k, s, 0, key, iv, 12, NULL);
    OPENSSL_cleanse(key, sizeof key);
    OPENSSL_cleanse(iv, sizeof iv);
    return r;
}

enum { OPEN_OK = 0, OPEN_AUTH = 1, OPEN_SHORT = 2, OPEN_INTERNAL = -1 };

static void seq_nonce(const keys *k, unsigned char nonce[12])
{
    memcpy(nonce, k->iv, 12);
    for (int i = 0; i < 8; i++)
        nonce[11 - i] ^= (unsigned char)(k->seq >> (8 * i));
}

static void put_seq_hdr(unsigned char a[13], uint64_t seq, unsigned type, const unsigned char ver[2],
                        size_t len)
{
    for (int i = 0; i < 8; i++)
        a[i] = (unsigned char)(seq >> (56 - 8 * i));
    a[8] = (unsigned char)type;
    a[9] = ver[0];
    a[10] = ver[1];
    a[11] = (unsigned char)(len >> 8);
    a[12] = (unsigned char)len;
}

static int aead_open(keys *k, const unsigned char nonce[12], const unsigned char *aad, size_t aadlen,
                     const unsigned char *ct, size_t ctlen, const unsigned char tag[16],
                     unsigned char *out)
{
    int l1 = 0, l2 = 0;
    if (EVP_DecryptInit_ex(k->ctx, NULL, NULL, NULL, nonce) != 1)
        return OPEN_INTERNAL;
    if (EVP_DecryptUpdate(k->ctx, NULL, &l1, aad, (int)aadlen) != 1)
        return OPEN_INTERNAL;
    l1 = 0;
    if (ctlen > 0 && EVP_DecryptUpdate(k->ctx, out, &l1, ct, (int)ctlen) != 1)
        return OPEN_INTERNAL;
    if (EVP_CIPHER_CTX_ctrl(k->ctx, EVP_CTRL_AEAD_SET_TAG, 16, (void *)tag) != 1)
        return OPEN_INTERNAL;
    if (EVP_DecryptFinal_ex(k->ctx, out + l1, &l2) != 1)
        return OPEN_AUTH;
    return OPEN_OK;
}

static int hmac(keys *k, const unsigned char hdr[13], const unsigned char *p, size_t n,
                unsigned char out[64])
{
    size_t ol = 0;
    if (EVP_MAC_init(k->mac, k->mac_key, k->s->mac_len, NULL) != 1 ||
        EVP_MAC_update(k->mac, hdr, 13) != 1 || EVP_MAC_update(k->mac, p, n) != 1 ||
        EVP_MAC_final(k->mac, out, &ol, 64) != 1 || ol != k->s->mac_len)
        return -1;
    return 0;
}

static int cbc_decrypt(keys *k, const unsigned char iv[16], const unsigned char *ct, size_t n,
                       unsigned char *out)
{
    int l1 = 0, l2 = 0;
    if (EVP_DecryptInit_ex(k->ctx, NULL, NULL, NULL, iv) != 1 ||
        EVP_CIPHER_CTX_set_padding(k->ctx, 0) != 1 ||
        EVP_DecryptUpdate(k->ctx, out, &l1, ct, (int)n) != 1 ||
        EVP_DecryptFinal_ex(k->ctx, out + l1, &l2) != 1 || (size_t)(l1 + l2) != n)
        return -1;
    return 0;
}

/* Opens one protected record (header h, body b of n bytes) into out.  On OPEN_OK sets
 * *type (the inner content type in TLS 1.3) and *plen, and advances the sequence
 * number; on failure nothing changes. */
static int record_open(keys *k, int tls13, const unsigned char h[5], const unsigned char *b,
                       size_t n, unsigned char *out, unsigned *type, size_t *plen)
{
    unsigned char nonce[12], aad[13], mac[64];
    const suite *s = k->s;
    int r;

    if (tls13) {
        if (n < 16 + 1)
            return OPEN_SHORT;
        seq_nonce(k, nonce);
        r = aead_open(k, nonce, h, 5, b, n - 16, b + n - 16, out);
        if (r != OPEN_OK)
            return r;
        size_t m = n - 16;
        while (m > 0 && out[m - 1] == 0)
            m--;
        if (m == 0)
            return OPEN_SHORT; /* no content type: caller reports it */
        *type = out[m - 1];
        *plen = m - 1;
        k->seq++;
        return OPEN_OK;
    }
    switch (s->kind) {
    case K_GCM:
        if (n < 8 + 16)
            return OPEN_SHORT;
        memcpy(nonce, k->iv, 4);
        memcpy(nonce + 4, b, 8);
        put_seq_hdr(aad, k->seq, h[0], h + 1, n - 24);
        r = aead_open(k, nonce, aad, 13, b + 8, n - 24, b + n - 16, out);
        if (r != OPEN_OK)
            return r;
        *plen = n - 24;
        break;
    case K_CHACHA:
        if (n < 16)
            return OPEN_SHORT;
        seq_nonce(k, nonce);
        put_seq_hdr(aad, k->seq, h[0], h + 1, n - 16);
        r = aead_open(k, nonce, aad, 13, b, n - 16, b + n - 16, out);
        if (r != OPEN_OK)
            return r;
        *plen = n - 16;
        break;
    case K_CBC: {
        size_t ml = s->mac_len;
        if (k->etm) {
            /* IV, at least one block, MAC; the encrypted part a multiple of 16. */
            if (n < 16 + 16 + ml || (n - ml) % 16 != 0)
                return OPEN_SHORT;
            size_t cl = n - ml;
            put_seq_hdr(aad, k->seq, h[0], h + 1, cl);
            if (hmac(k, aad, b, cl, mac) != 0)
                return OPEN_INTERNAL;
            if (CRYPTO_memcmp(mac, b + cl, ml) != 0)
                return OPEN_AUTH;
            if (cbc_decrypt(k, b, b + 16, cl - 16, out) != 0)
                return OPEN_INTERNAL;
            size_t dl = cl - 16;
            unsigned pad = out[dl - 1];
            if ((size_t)pad + 1 > dl)
                return OPEN_AUTH;
            for (size_t i = dl - 1 - pad; i < dl; i++)
                if (out[i] != pad)
                    return OPEN_AUTH;
            *plen = dl - 1 - pad;
        } else {
            if (n < 16 + 16 || n % 16 != 0)
                return OPEN_SHORT;
            size_t dl = n - 16;
            if (cbc_decrypt(k, b, b + 16, dl, out) != 0)
                return OPEN_INTERNAL;
            unsigned pad = out[dl - 1];
            if ((size_t)pad + 1 + ml > dl)
                return OPEN_AUTH;
            for (size_t i = dl - 1 - pad; i < dl; i++)
                if (out[i] != pad)
                    return OPEN_AUTH;
            size_t cl = dl - 1 - pad - ml;
            put_seq_hdr(aad, k->seq, h[0], h + 1, cl);
            if (hmac(k, aad, out, cl, mac) != 0)
                return OPEN_INTERNAL;
            if (CRYPTO_memcmp(mac, out + cl, ml) != 0)
                return OPEN_AUTH;
            *plen = cl;
        }
        break;
    }
    }
    *type = h[0];
    k->seq++;
    return OPEN_OK;
}

/* ---------------------------------------------------------------- events ------- */

static void event_base(const ikt_tls *t, ikt_tls_event *ev, ikt_tls_event_kind kind, int dir,
                       uint64_t off)
{
    memset(ev, 0, sizeof *ev);
    ev->kind = kind;
    ev->dir = dir;
    ev->offset = off;
    ev->version = t->version;
    ev->cipher_suite = t->suite_id;
    ev->version_name = ikt_tls_version_name(ev->version);
    ev->suite_name = t->suite_id ? ikt_tls_suite_name(t->suite_id) : NULL;
    ev->server_name = t->sni[0] ? t->sni : NULL;
    ev->resumed = t->resumed;
}

/* A `tls` event; stop: decoding of the connection ends here.  fmt completes the
 * status text after ": " (NULL: the text alone). */
static void emit_tls(ikt_tls *t, int dir, uint64_t off, ikt_tls_status st, int stop,
                     const char *fmt, ...)
{
    ikt_tls_event ev;
    if (t->stopped)
        return;
    if (stop)
        t->stopped = 1;
    event_base(t, &ev, IKT_TLS_EV_TLS, dir, off);
    ev.status = st;
    ev.stopped = stop;
    if (fmt) {
        int k = snprintf(t->detail, sizeof t->detail, "%s", status_texts[st]);
        if (k > 0 && (size_t)k < sizeof t->detail) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(t->detail + k, sizeof t->detail - (size_t)k, fmt, ap);
            va_end(ap);
        }
        ev.detail = t->detail;
    } else {
        ev.detail = status_texts[st];
    }
    if (t->cb.event)
        t->cb.event(t->ud, &ev);
}

static void emit_alert(ikt_tls *t, int dir, uint64_t off, int level, int desc, int encrypted)
{
    ikt_tls_event ev;
    event_base(t, &ev, desc == 0 ? IKT_TLS_EV_CLOSE_NOTIFY : IKT_TLS_EV_ALERT, dir, off);
    ev.alert_level = level;
    ev.alert_description = desc;
    ev.alert_name = ikt_tls_alert_name(desc);
    ev.encrypted = encrypted;
    if (t->cb.event)
        t->cb.event(t->ud, &ev);
}

static void protocol_error(ikt_tls *t, int dir, uint64_t off, const char *what)
{
    emit_tls(t, dir, off, IKT_TLS_PROTOCOL_ERROR, 1, ": %s %s", dir ? "server" : "client", what);
}

static void internal_error(ikt_tls *t, int dir, uint64_t off)
{
    emit_tls(t, dir, off, IKT_TLS_INTERNAL_ERROR, 1, NULL);
}

static void deliver(ikt_tls *t, int dir, const unsigned char *p, size_t n)
{
    if (n == 0)
        return;
    t->d[dir].delivered += n;
    if (t->cb.data)
        t->cb.data(t->ud, dir, p, n);
}

/* ---------------------------------------------------------------- handshake ---- */

static void parse_client_hello(ikt_tls *t, const unsigned char *b, size_t n, int *early, int *ok)
{
    rd r = {b, n, 0};
    *early = 0;
    rd_u16(&r);
    const unsigned char *random = rd_bytes(&r, 32);
    if (!random) {
        *ok = 0;
        return;
    }
    *ok = 1;
    memcpy(t->client_random, random, 32);
    size_t sl = rd_u8(&r);
    const unsigned char *sid = sl <= 32 ? rd_bytes(&r, sl) : NULL;
    t->ch_sid_len = 0;
    if (sid) {
        memcpy(t->ch_sid, sid, sl);
        t->ch_sid_len = sl;
    }
    rd_bytes(&r, rd_u16(&r)); /* cipher suites */
    rd_bytes(&r, rd_u8(&r));  /* compression methods */
    if (r.bad || r.n < 2)
        return;
    rd exts = rd_sub(&r, rd_u16(&r)); /* a truncated (over-long) ClientHello: parse what is kept */
    while (!exts.bad && exts.n >= 4) {
        unsigned type = rd_u16(&exts);
        rd e = rd_sub(&exts, rd_u16(&exts));
        if (type == EXT_EARLY_DATA) {
            *early = 1;
        } else if (type == EXT_SERVER_NAME) {
            rd list = rd_sub(&e, rd_u16(&e));
            while (!list.bad && list.n >= 3) {
                unsigned nt = rd_u8(&list);
                size_t nl = rd_u16(&list);
                const unsigned char *name = rd_bytes(&list, nl);
                if (nt == 0 && name && nl > 0 && nl < sizeof t->sni) {
                    for (size_t i = 0; i < nl; i++) {
                        unsigned char c = name[i];
                        /* keep it printable: it ends up in logs and JSON */
                        t->sni[i] = (char)(c > 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '?');
                    }
                    t->sni[nl] = '\0';
                    break;
                }
            }
        }
    }
}

/* TLS 1.3: the secrets of the session, or -1 with the event sent. */
static int tls13_secrets(ikt_tls *t, uint64_t off)
{
    const suite *s = t->suite;
    unsigned char chs[IKT_KEYLOG_SECRET_MAX], shs[IKT_KEYLOG_SECRET_MAX];
    unsigned char early[IKT_KEYLOG_SECRET_MAX];
    dirstate *c = &t->d[0], *sv = &t->d[1];
    size_t l1 = ikt_keylog_find(t->kl, t->client_random, IKT_KEYLOG_CLIENT_HANDSHAKE_TRAFFIC_SECRET, chs);
    size_t l2 = ikt_keylog_find(t->kl, t->client_random, IKT_KEYLOG_SERVER_HANDSHAKE_TRAFFIC_SECRET, shs);
    size_t l3 = ikt_keylog_find(t->kl, t->client_random, IKT_KEYLOG_CLIENT_TRAFFIC_SECRET_0, c->app_secret);
    size_t l4 = ikt_keylog_find(t->kl, t->client_random, IKT_KEYLOG_SERVER_TRAFFIC_SECRET_0, sv->app_secret);
    size_t l5 = 0;
    int r = -1;
    if (!l1 || !l2 || !l3 || !l4) {
        emit_tls(t, 1, off, IKT_TLS_NO_SECRETS, 1, NULL);
        goto out;
    }
    if (l1 != s->hash_len || l2 != s->hash_len || l3 != s->hash_len || l4 != s->hash_len) {
        emit_tls(t, 1, off, IKT_TLS_AUTH_FAILED, 1, " (secrets of %zu bytes for a %u-byte hash)",
                 l1, (unsigned)s->hash_len);
        goto out;
    }
    if (keys_from_secret(&sv->cur, s, shs) != 0)
        goto internal;
    memcpy(sv->secret, shs, s->hash_len);
    if (t->ch_early && !t->hrr && c->early == EARLY_NONE && !c->cur.set) {
        /* 0-RTT data may come first: the handshake key waits in pend, the early key
         * (when logged) in cur until EncryptedExtensions tells whether it was read. */
        if (keys_from_secret(&c->pend, s, chs) != 0)
            goto internal;
        l5 = ikt_keylog_find(t->kl, t->client_random, IKT_KEYLOG_CLIENT_EARLY_TRAFFIC_SECRET, early);
        if (l5 == s->hash_len && keys_from_secret(&c->early_keys, s, early) != 0)
            goto internal;
        c->early = EARLY_PENDING;
    } else {
        if (keys_from_secret(&c->cur, s, chs) != 0)
            goto internal;
    }
    memcpy(c->secret, chs, s->hash_len);
    r = 0;
    goto out;
internal:
    internal_error(t, 1, off);
out:
    OPENSSL_cleanse(chs, sizeof chs);
    OPENSSL_cleanse(shs, sizeof shs);
    OPENSSL_cleanse(early, sizeof early);
    return r;
}

/* TLS 1.2: key block into pend of both directions, or -1 with the event sent. */
static int tls12_keys(ikt_tls *t, uint64_t off)
{
    const suite *s = t->suite;
    unsigned char master[IKT_KEYLOG_SECRET_MAX], kb[2 * (48 + 32 + 12)];
    int r = -1;
    size_t ml = ikt_keylog_find(t->kl, t->client_random, IKT_KEYLOG_CLIENT_RANDOM, master);
    if (ml != 48) {
        emit_tls(t, 1, off, IKT_TLS_NO_SECRETS, 1, NULL);
        goto out;
    }
    size_t mac = s->kind == K_CBC ? s->mac_len : 0, key = s->key_len;
    size_t iv = s->kind == K_GCM ? 4 : s->kind == K_CHACHA ? 12 : 0;
    size_t total = 2 * (mac + key + iv);
    if (tls12_key_block(s->prf_md, master, t->server_random, t->client_random, kb, total) != 0)
        goto internal;
    const unsigned char *p = kb;
    const unsigned char *cmac = p, *smac = p + mac;
    p += 2 * mac;
    const unsigned char *ckey = p, *skey = p + key;
    p += 2 * key;
    const unsigned char *civ = p, *siv = p + iv;
    int etm = s->kind == K_CBC && t->etm;
    if (keys_init(&t->d[0].pend, s, etm, ckey, civ, iv, cmac) != 0 ||
        keys_init(&t->d[1].pend, s, etm, skey, siv, iv, smac) != 0)
        goto internal;
    r = 0;
    goto out;
internal:
    internal_error(t, 1, off);
out:
    OPENSSL_cleanse(master, sizeof master);
    OPENSSL_cleanse(kb, sizeof kb);
    return r;
}

static void parse_server_hello(ikt_tls *t, const unsigned char *b, size_t n, uint64_t off)
{
    rd r = {b, n, 0};
    unsigned legacy = rd_u16(&r);
    const unsigned char *random = rd_bytes(&r, 32);
    size_t sl = rd_u8(&r);
    const unsigned char *sid = sl <= 32 ? rd_bytes(&r, sl) : NULL;
    unsigned cs = rd_u16(&r);
    rd_u8(&r); /* compression */
    if (r.bad || !sid) {
        protocol_error(t, 1, off, "ServerHello is malformed");
        return;
    }
    unsigned sv = 0;
    int etm = 0, psk = 0;
    if (r.n >= 2) {
        rd exts = rd_sub(&r, rd_u16(&r));
        while (!exts.bad && exts.n >= 4) {
            unsigned type = rd_u16(&exts);
            rd e = rd_sub(&exts, rd_u16(&exts));
            if (type == EXT_SUPPORTED_VERSIONS && e.n >= 2)
                sv = rd_u16(&e);
            else if (type == EXT_ENCRYPT_THEN_MAC)
                etm = 1;
            else if (type == EXT_PRE_SHARED_KEY)
                psk = 1;
        }
    }
    unsigned version = sv ? sv : legacy;
    int is_hrr = version == TLS13 && memcmp(random, hrr_random, 32) == 0;

    if (t->sh_count > 0 && (t->version == TLS13 || version != TLS12)) {
        protocol_error(t, 1, off, "sent a second ServerHello");
        return;
    }
    if (t->sh_count > 0 && t->ch_count <= t->sh_count) {
        protocol_error(t, 1, off, "renegotiates before the ClientHello that asks for it");
        return;
    }
    if ((t->hrr && version != TLS13) || (is_hrr && t->hrr)) {
        protocol_error(t, 1, off, "sent a second HelloRetryRequest or changed version after it");
        return;
    }
    t->version = (uint16_t)version;
    t->suite_id = (uint16_t)cs;
    if (version != TLS12 && version != TLS13) {
        const char *vn = ikt_tls_version_name((uint16_t)version);
        emit_tls(t, 1, off, IKT_TLS_UNSUPPORTED_VERSION, 1, " 0x%04x%s%s%s", version,
                 vn ? " (" : "", vn ? vn : "", vn ? ")" : "");
        return;
    }
    const suite *s = find_suite((uint16_t)cs);
    if (!s || s->tls13 != (version == TLS13)) {
        emit_tls(t, 1, off, IKT_TLS_UNSUPPORTED_SUITE, 1, " 0x%04x", cs);
        return;
    }
    if (is_hrr) {
        t->hrr = 1;
        return;
    }
    t->suite = s;
    t->sh_count++;
    memcpy(t->server_random, random, 32);
    t->etm = etm;
    if (version == TLS13)
        t->resumed = psk;
    else
        t->resumed = sl > 0 && sl == t->ch_sid_len && memcmp(sid, t->ch_sid, sl) == 0;
    if (!t->kl) {
        emit_tls(t, 1, off, IKT_TLS_NO_KEYLOG, 1, NULL);
        return;
    }
    if (version == TLS13 ? tls13_secrets(t, off) : tls12_keys(t, off))
        return;
    emit_tls(t, 1, off, IKT_TLS_DECRYPTING, 0, NULL);
}

static void parse_encrypted_extensions(ikt_tls *t, const unsigned char *b, size_t n)
{
    rd r = {b, n, 0};
    rd exts = rd_sub(&r, rd_u16(&r));
    t->ee_seen = 1;
    while (!exts.bad && exts.n >= 4) {
        unsigned type = rd_u16(&exts);
        rd_sub(&exts, rd_u16(&exts));
        if (type == EXT_EARLY_DATA)
            t->early_accepted = 1;
    }
}

/* One complete handshake message of direction dir (body b: its first `kept` bytes;
 * prot: it came in a protected record).  Returns -1 when decoding stopped. */
static int handshake_message(ikt_tls *t, int dir, unsigned type, const unsigned char *b,
                             size_t kept, int prot, uint64_t off)
{
    dirstate *d = &t->d[dir];
    if (t->version == TLS13 && !prot &&
        (type == HS_ENCRYPTED_EXTENSIONS || type == HS_END_OF_EARLY_DATA ||
         type == HS_FINISHED || type == HS_KEY_UPDATE)) {
        protocol_error(t, dir, off, "sent a handshake message in the clear that must be protected");
        return -1;
    }
    switch (type) {
    case HS_CLIENT_HELLO: {
        if (dir != 0) {
            protocol_error(t, dir, off, "sent a ClientHello");
            return -1;
        }
        if (t->ch_count > 0 && t->version == TLS13) {
            /* after a HelloRetryRequest: same random; 0-RTT is off */
            if (!t->hrr || t->ch_count > 1) {
                protocol_error(t, dir, off, "sent a ClientHello during a TLS 1.3 session");
                return -1;
            }
            t->ch_count++;
            return 0;
        }
        int early = 0, ok = 0;
        parse_client_hello(t, b, kept, &early, &ok);
        if (!ok) {
            protocol_error(t, dir, off, "ClientHello is malformed");
            return -1;
        }
        if (t->ch_count == 0)
            t->ch_early = early;
        t->ch_count++;
        return 0;
    }
    case HS_SERVER_HELLO:
        if (dir != 1) {
            protocol_error(t, dir, off, "sent a ServerHello");
            return -1;
        }
        parse_server_hello(t, b, kept, off);
        return t->stopped ? -1 : 0;
    case HS_ENCRYPTED_EXTENSIONS:
        if (dir == 1 && t->version == TLS13 && !d->hs_done)
            parse_encrypted_extensions(t, b, kept);
        return 0;
    case HS_END_OF_EARLY_DATA:
        if (dir == 0 && t->version == TLS13 && d->early == EARLY_DECRYPT) {
            keys_move(&d->cur, &d->pend);
            d->early = EARLY_NONE;
        }
        return 0;
    case HS_FINISHED:
        if (t->version == TLS13 && !d->hs_done && t->suite) {
            if (keys_from_secret(&d->cur, t->suite, d->app_secret) != 0) {
                internal_error(t, dir, off);
                return -1;
            }
            memcpy(d->secret, d->app_secret, t->suite->hash_len);
        }
        d->hs_done = 1;
        return 0;
    case HS_KEY_UPDATE:
        if (t->version == TLS13 && d->hs_done && t->suite) {
            unsigned char next[48];
            const suite *s = t->suite;
            if (kept != 1 || b[0] > 1) {
                protocol_error(t, dir, off, "KeyUpdate is malformed");
                return -1;
            }
            if (hkdf_expand_label(s->prf_md, d->secret, s->hash_len, "traffic upd", next,
                                  s->hash_len) != 0 ||
                keys_from_secret(&d->cur, s, next) != 0) {
                OPENSSL_cleanse(next, sizeof next);
                internal_error(t, dir, off);
                return -1;
            }
            memcpy(d->secret, next, s->hash_len);
            OPENSSL_cleanse(next, sizeof next);
        }
        return 0;
    default:
        return 0; /* Certificate, ServerKeyExchange, NewSessionTicket, ...: not needed */
    }
}

static int want_body(unsigned type)
{
    return type == HS_CLIENT_HELLO || type == HS_SERVER_HELLO ||
           type == HS_ENCRYPTED_EXTENSIONS || type == HS_KEY_UPDATE;
}

/* Handshake bytes (the content of one record) into the message reassembler. */
static int handshake_bytes(ikt_tls *t, int dir, const unsigned char *p, size_t n, int prot,
                           uint64_t off)
{
    dirstate *d = &t->d[dir];
    while (n > 0) {
        if (d->hhave < 4) {
            size_t k = 4 - d->hhave < n ? 4 - d->hhave : n;
            memcpy(d->hhdr + d->hhave, p, k);
            d->hhave += k;
            p += k;
            n -= k;
            if (d->hhave < 4)
                break;
            d->hlen = (size_t)d->hhdr[1] << 16 | (size_t)d->hhdr[2] << 8 | d->hhdr[3];
            d->hgot = 0;
            d->hstore = want_body(d->hhdr[0]);
            if (d->hstore) {
                size_t want = d->hlen < IKT_TLS_MAX_HANDSHAKE ? d->hlen : IKT_TLS_MAX_HANDSHAKE;
                if (want > d->hcap) {
                    unsigned char *nb = realloc(d->hbuf, want);
                    if (!nb) {
                        emit_tls(t, dir, off, IKT_TLS_RESOURCE_LIMIT, 1, ": out of memory");
                        return -1;
                    }
                    d->hbuf = nb;
                    d->hcap = want;
                }
            }
        } else {
            size_t k = d->hlen - d->hgot < n ? d->hlen - d->hgot : n;
            if (d->hstore && d->hgot < IKT_TLS_MAX_HANDSHAKE) {
                size_t room = IKT_TLS_MAX_HANDSHAKE - d->hgot;
                memcpy(d->hbuf + d->hgot, p, k < room ? k : room);
            }
            d->hgot += k;
            p += k;
            n -= k;
        }
        if (d->hhave == 4 && d->hgot == d->hlen) {
            size_t kept = d->hlen < IKT_TLS_MAX_HANDSHAKE ? d->hlen : IKT_TLS_MAX_HANDSHAKE;
            d->hhave = 0;
            if (handshake_message(t, dir, d->hhdr[0], d->hstore ? d->hbuf : NULL,
                                  d->hstore ? kept : 0, prot, off) != 0)
                return -1;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- records ------ */

static int header_ok(const unsigned char *h)
{
    size_t len = (size_t)h[3] << 8 | h[4];
    return h[0] >= CT_CCS && h[0] <= CT_HEARTBEAT && h[1] == 3 && h[2] <= 4 &&
           len <= IKT_TLS_MAX_RECORD;
}

enum { REC_DONE = 0, REC_WAIT = 1, REC_STOP = -1 };

/* Must this record of direction dir wait for the other direction? */
static int must_wait(const ikt_tls *t, int dir, unsigned type)
{
    const dirstate *d = &t->d[dir];
    if (dir == 1)
        return t->ch_count == 0;
    if (type != CT_CCS && type != CT_APPDATA)
        return 0;
    if (t->version == 0)
        return 1; /* no ServerHello (or HelloRetryRequest) yet */
    if (t->version == TLS13) {
        if (type == CT_CCS || (t->hrr && t->ch_count == 1))
            return 0; /* (0-RTT data that a HelloRetryRequest rejected: skipped) */
        if (d->cur.set)
            return 0;
        if (t->sh_count == 0)
            return 1;
        return d->early == EARLY_PENDING && !t->ee_seen;
    }
    if (type == CT_CCS)
        return t->sh_count < d->ccs_count + 1;
    return 0;
}

/* TLS 1.2: the keys armed by the ServerHello protect what follows. */
static int change_cipher_spec(ikt_tls *t, int dir, uint64_t off)
{
    dirstate *d = &t->d[dir];
    if (t->version != TLS12 || !d->pend.set) {
        protocol_error(t, dir, off, "sent ChangeCipherSpec out of place");
        return REC_STOP;
    }
    keys_move(&d->cur, &d->pend);
    d->ccs_count++;
    if (dir == 1 && t->d[0].ccs_count < d->ccs_count)
        t->resumed = 1; /* the server finishes first: an abbreviated handshake */
    return REC_DONE;
}

/* The plaintext of one record: inner content type `type`. */
static int record_content(ikt_tls *t, int dir, unsigned type, const unsigned char *p, size_t n,
                          uint64_t off, int encrypted)
{
    switch (type) {
    case CT_HANDSHAKE:
        if (n == 0 && !encrypted) {
            protocol_error(t, dir, off, "sent an empty handshake record");
            return REC_STOP;
        }
        return handshake_bytes(t, dir, p, n, encrypted, off) == 0 ? REC_DONE : REC_STOP;
    case CT_ALERT:
        for (size_t i = 0; i + 1 < n; i += 2)
            emit_alert(t, dir, off, p[i], p[i + 1], encrypted);
        return REC_DONE;
    case CT_APPDATA:
        if (!encrypted) {
            protocol_error(t, dir, off, "sent application data before encryption");
            return REC_STOP;
        }
        deliver(t, dir, p, n);
        return REC_DONE;
    case CT_HEARTBEAT:
        return REC_DONE;
    case CT_CCS:
        return t->version == TLS13 ? REC_DONE : change_cipher_spec(t, dir, off);
    default:
        protocol_error(t, dir, off, "sent a record of an unknown content type");
        return REC_STOP;
    }
}

/* Decrypts a protected record with k and hands its content on. */
static int protected_record(ikt_tls *t, int dir, keys *k, const unsigned char *h,
                            const unsigned char *b, size_t n, uint64_t off)
{
    dirstate *d = &t->d[dir];
    unsigned type = 0;
    size_t plen = 0;
    int r = record_open(k, t->version == TLS13, h, b, n, t->scratch, &type, &plen);
    if (r == OPEN_INTERNAL) {
        internal_error(t, dir, off);
        return REC_STOP;
    }
    if (r != OPEN_OK && d->dropped) {
        emit_tls(t, dir, off, IKT_TLS_GAP, 1, ": a lost record changed the keys");
        return REC_STOP;
    }
    if (r == OPEN_AUTH) {
        emit_tls(t, dir, off, IKT_TLS_AUTH_FAILED, 1, NULL);
        return REC_STOP;
    }
    if (r == OPEN_SHORT) {
        protocol_error(t, dir, off, "sent a protected record too short or without content type");
        return REC_STOP;
    }
    d->dropped = 0;
    return record_content(t, dir, type, t->scratch, plen, off, 1);
}

/* A 0-RTT record that the server did not read (rejected), or that nobody can read (its
 * secret not logged).  With the early key, the record is first checked to be early data:
 * one that is not is a failure, not something to skip. */
static int early_skip(ikt_tls *t, const unsigned char *h, const unsigned char *b, size_t n,
                      uint64_t off)
{
    dirstate *d = &t->d[0];
    if (!d->early_keys.set && !d->early_keys.s && t->kl) {
        /* rejected by a HelloRetryRequest: no keys derived yet (the suite is the HRR's) */
        unsigned char secret[IKT_KEYLOG_SECRET_MAX];
        const suite *s = find_suite(t->suite_id);
        size_t l = ikt_keylog_find(t->kl, t->client_random, IKT_KEYLOG_CLIENT_EARLY_TRAFFIC_SECRET,
                                   secret);
        int r = s && s->tls13 && l == s->hash_len ? keys_from_secret(&d->early_keys, s, secret) : 0;
        OPENSSL_cleanse(secret, sizeof secret);
        if (r != 0) {
            internal_error(t, 0, off);
            return REC_STOP;
        }
        d->early_keys.s = s; /* looked up once */
    }
    if (d->early_keys.set) {
        unsigned type = 0;
        size_t plen = 0;
        int r = record_open(&d->early_keys, 1, h, b, n, t->scratch, &type, &plen);
        if (r == OPEN_INTERNAL) {
            internal_error(t, 0, off);
            return REC_STOP;
        }
        if (r != OPEN_OK) {
            emit_tls(t, 0, off, IKT_TLS_AUTH_FAILED, 1, NULL);
            return REC_STOP;
        }
    } else {
        d->early_skipped += n;
        if (d->early_skipped > MAX_SKIPPED_EARLY) {
            emit_tls(t, 0, off, IKT_TLS_AUTH_FAILED, 1, NULL);
            return REC_STOP;
        }
    }
    if (!t->early_reported) {
        t->early_reported = 1;
        emit_tls(t, 0, off, IKT_TLS_EARLY_DATA_SKIPPED, 0, "%s",
                 t->hrr || !t->early_accepted ? ": rejected by the server"
                                              : ": no CLIENT_EARLY_TRAFFIC_SECRET in key log");
    }
    return REC_DONE;
}

/* TLS 1.3 client records before its handshake key is in use: 0-RTT data. */
static int early_record(ikt_tls *t, const unsigned char *h, const unsigned char *b, size_t n,
                        uint64_t off)
{
    dirstate *d = &t->d[0];
    if (d->early == EARLY_PENDING) {
        if (t->early_accepted && d->early_keys.set) {
            keys_move(&d->cur, &d->early_keys);
            d->early = EARLY_DECRYPT;
            return protected_record(t, 0, &d->cur, h, b, n, off);
        }
        d->early = EARLY_SKIP;
    }
    /* EARLY_SKIP: the handshake key, once it opens a record, ends the early data */
    if (d->pend.set) {
        unsigned type = 0;
        size_t plen = 0;
        int r = record_open(&d->pend, 1, h, b, n, t->scratch, &type, &plen);
        if (r == OPEN_INTERNAL) {
            internal_error(t, 0, off);
            return REC_STOP;
        }
        if (r == OPEN_OK) {
            keys_move(&d->cur, &d->pend);
            keys_clear(&d->early_keys);
            d->early = EARLY_NONE;
            return record_content(t, 0, type, t->scratch, plen, off, 1);
        }
    }
    return early_skip(t, h, b, n, off);
}

static int process_record(ikt_tls *t, int dir, const unsigned char *h, size_t n, uint64_t off)
{
    dirstate *d = &t->d[dir];
    const unsigned char *b = h + 5;
    unsigned type = h[0];

    if (must_wait(t, dir, type))
        return REC_WAIT;

    if (t->version == TLS13) {
        if (type == CT_CCS)
            return REC_DONE; /* middlebox compatibility */
        if (type == CT_APPDATA) {
            if (dir == 0 && t->hrr && t->ch_count == 1)
                return early_skip(t, h, b, n, off);
            if (d->cur.set)
                return protected_record(t, dir, &d->cur, h, b, n, off);
            if (dir == 0 && t->sh_count > 0 && (d->early != EARLY_NONE || d->pend.set))
                return early_record(t, h, b, n, off);
            protocol_error(t, dir, off, "sent a protected record before its keys");
            return REC_STOP;
        }
        if (d->cur.set && type == CT_HANDSHAKE && !(dir == 0 && t->hrr && t->ch_count == 1)) {
            protocol_error(t, dir, off, "sent a plaintext handshake record after encryption began");
            return REC_STOP;
        }
        return record_content(t, dir, type, b, n, off, 0);
    }

    if (d->cur.set)
        return protected_record(t, dir, &d->cur, h, b, n, off);
    return record_content(t, dir, type, b, n, off, 0);
}

/* ---------------------------------------------------------------- driver ------- */

static int reserve(ikt_tls *t, int dir, size_t need)
{
    dirstate *d = &t->d[dir];
    if (need <= d->cap)
        return 0;
    size_t ncap = d->cap ? d->cap : 1024;
    while (ncap < need)
        ncap *= 2;
    if (ncap > IKT_TLS_MAX_PENDING + 5 + IKT_TLS_MAX_RECORD)
        ncap = IKT_TLS_MAX_PENDING + 5 + IKT_TLS_MAX_RECORD;
    if (ncap < need)
        return -1;
    unsigned char *nb = realloc(d->buf, ncap);
    if (!nb)
        return -1;
    d->buf = nb;
    d->cap = ncap;
    return 0;
}

/* Processes the complete records buffered in direction dir.  1 if any was. */
static int process_dir(ikt_tls *t, int dir)
{
    dirstate *d = &t->d[dir];
    size_t pos = 0;
    int progress = 0;
    while (!t->stopped && d->len - pos >= 5) {
        const unsigned char *h = d->buf + pos;
        if (!header_ok(h)) {
            protocol_error(t, dir, d->off + pos,
                           h[0] >= CT_CCS && h[0] <= CT_HEARTBEAT && h[1] == 3
                               ? "sent a record longer than 2^14+2048 bytes"
                               : "sent bytes that are not a TLS record");
            break;
        }
        size_t len = (size_t)h[3] << 8 | h[4];
        if (d->len - pos < 5 + len)
            break;
        int r = process_record(t, dir, h, len, d->off + pos);
        if (r == REC_WAIT) {
            d->waiting = 1;
            break;
        }
        d->waiting = 0;
        pos += 5 + len;
        progress = 1;
    }
    if (pos > 0) {
        memmove(d->buf, d->buf + pos, d->len - pos);
        d->len -= pos;
        d->off += pos;
    }
    return progress;
}

/* An ended direction with an incomplete record at its end. */
static void check_truncated(ikt_tls *t, int dir)
{
    dirstate *d = &t->d[dir];
    if (t->stopped || !d->ended || d->waiting || d->truncation_reported)
        return;
    if (d->skip > 0) {
        d->truncation_reported = 1;
        emit_tls(t, dir, d->off, IKT_TLS_TRUNCATED, 0, " (a record lost to a gap)");
    } else if (d->len > 0) {
        size_t want = 5;
        if (d->len >= 5)
            want = 5 + ((size_t)d->buf[3] << 8 | d->buf[4]);
        d->truncation_reported = 1;
        emit_tls(t, dir, d->off, IKT_TLS_TRUNCATED, 0, " (%zu of %zu bytes)", d->len, want);
    }
}

static void pump(ikt_tls *t)
{
    int progress;
    do {
        progress = process_dir(t, 0);
        progress |= process_dir(t, 1);
    } while (progress && !t->stopped);
    if (!t->stopped && t->d[0].waiting && t->d[1].waiting)
        protocol_error(t, 0, t->d[0].off, "and server wait for each other: not a TLS session");
    check_truncated(t, 0);
    check_truncated(t, 1);
}

/* A direction that waits for one that has ended never goes on. */
static void check_stuck(ikt_tls *t)
{
    for (int dir = 0; dir < 2 && !t->stopped; dir++)
        if (t->d[dir].waiting && t->d[!dir].ended)
            protocol_error(t, dir, t->d[dir].off,
                           dir ? "data waits for a ClientHello that never came"
                               : "data waits for a ServerHello that never came");
}

ikt_tls *ikt_tls_new(const ikt_keylog *kl, const ikt_tls_callbacks *cb, void *ud)
{
    ikt_tls *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->scratch = malloc(IKT_TLS_MAX_RECORD);
    if (!t->scratch) {
        free(t);
        return NULL;
    }
    t->kl = kl;
    if (cb)
        t->cb = *cb;
    t->ud = ud;
    return t;
}

int ikt_tls_feed(ikt_tls *t, int dir, const unsigned char *p, size_t n)
{
    if (!t || (dir != 0 && dir != 1) || (!p && n > 0))
        return -1;
    dirstate *d = &t->d[dir];
    while (n > 0 && !t->stopped) {
        if (d->skip > 0) {
            size_t k = d->skip < n ? (size_t)d->skip : n;
            d->skip -= k;
            d->off += k;
            p += k;
            n -= k;
            continue;
        }
        size_t want;
        if (d->waiting) {
            if (d->len + n > IKT_TLS_MAX_PENDING) {
                emit_tls(t, dir, d->off, IKT_TLS_RESOURCE_LIMIT, 1, NULL);
                break;
            }
            want = n;
        } else if (d->len < 5) {
            want = 5 - d->len;
        } else {
            /* not waiting: buf holds one incomplete record */
            size_t len = (size_t)d->buf[3] << 8 | d->buf[4];
            want = 5 + len - d->len;
        }
        if (want > n)
            want = n;
        if (reserve(t, dir, d->len + want) != 0) {
            emit_tls(t, dir, d->off, IKT_TLS_RESOURCE_LIMIT, 1, ": out of memory");
            break;
        }
        memcpy(d->buf + d->len, p, want);
        d->len += want;
        p += want;
        n -= want;
        if (d->len >= 5 && !d->waiting && !header_ok(d->buf)) {
            process_dir(t, dir); /* reports it */
            break;
        }
        pump(t);
    }
    return t->stopped ? 1 : 0;
}

int ikt_tls_gap(ikt_tls *t, int dir, uint64_t n)
{
    if (!t || (dir != 0 && dir != 1))
        return -1;
    dirstate *d = &t->d[dir];
    if (t->stopped || n == 0)
        return t->stopped;
    if (d->skip > 0) {
        if (n <= d->skip) {
            d->skip -= n;
            d->off += n;
            return 0;
        }
    } else if (!d->waiting && d->len >= 5 && d->cur.set && d->hs_done &&
               d->buf[0] == CT_APPDATA) {
        size_t len = (size_t)d->buf[3] << 8 | d->buf[4];
        uint64_t rest = 5 + len - d->len; /* > 0: buf holds an incomplete record */
        if (n <= rest) {
            d->skip = rest - n;
            d->off += d->len + n;
            d->len = 0;
            d->cur.seq++;
            d->dropped = 1;
            return 0;
        }
    }
    emit_tls(t, dir, d->off + d->len, IKT_TLS_GAP, 1, NULL);
    return 1;
}

int ikt_tls_end(ikt_tls *t, int dir)
{
    if (!t || (dir != 0 && dir != 1))
        return -1;
    dirstate *d = &t->d[dir];
    if (t->stopped || d->ended)
        return t->stopped;
    d->ended = 1;
    check_truncated(t, dir);
    check_stuck(t);
    return t->stopped ? 1 : 0;
}

int ikt_tls_stopped(const ikt_tls *t)
{
    return t ? t->stopped : 1;
}

uint64_t ikt_tls_delivered(const ikt_tls *t, int dir)
{
    if (!t || (dir != 0 && dir != 1))
        return 0;
    return t->d[dir].delivered;
}

void ikt_tls_free(ikt_tls *t)
{
    if (!t)
        return;
    for (int i = 0; i < 2; i++) {
        dirstate *d = &t->d[i];
        keys_clear(&d->cur);
        keys_clear(&d->pend);
        keys_clear(&d->early_keys);
        free(d->buf);
        free(d->hbuf);
    }
    free(t->scratch);
    OPENSSL_cleanse(t, sizeof *t);
    free(t);
}

int ikt_tls_sniff(const unsigned char *p, size_t n)
{
    if (!p || n == 0)
        return -1;
    if (p[0] != CT_HANDSHAKE)
        return 0;
    if (n < 2)
        return -1;
    if (p[1] != 3)
        return 0;
    if (n < 3)
        return -1;
    if (p[2] > 4)
        return 0;
    if (n < 5)
        return -1;
    size_t len = (size_t)p[3] << 8 | p[4];
    if (len < 4 || len > IKT_TLS_MAX_RECORD)
        return 0;
    if (n < 6)
        return -1;
    if (p[5] != HS_CLIENT_HELLO && p[5] != HS_SERVER_HELLO)
        return 0;
    if (n < 9)
        return -1;
    size_t hl = (size_t)p[6] << 16 | (size_t)p[7] << 8 | p[8];
    /* version + random + session id length + suite(s) + compression, at least */
    if (hl < 38)
        return 0;
    return 1;
}
