/* SASL responses: the user name that can be shown while the secret is not. */
#include "imapkit.h"

#include <string.h>

static int b64val(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

/* Decodes base64 into out; returns the length or -1 when it is not base64. */
static long b64decode(const unsigned char *s, size_t n, unsigned char *out, size_t cap) {
  uint32_t acc = 0;
  int bits = 0;
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '=') break;
    int v = b64val(s[i]);
    if (v < 0) return -1;
    acc = (acc << 6) | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (o >= cap) return -1;
      out[o++] = (unsigned char)(acc >> bits);
      acc &= (1u << bits) - 1u;
    }
  }
  return (long)o;
}

static int copy_out(const unsigned char *s, size_t n, char *out, size_t cap) {
  if (n + 1 > cap) return -1;
  for (size_t i = 0; i < n; i++)
    if (s[i] < 0x20 || s[i] == 0x7f) return -1; /* a user name, not binary */
  memcpy(out, s, n);
  out[n] = 0;
  return (int)n;
}

int ik_sasl_user(ik_sasl_mech mech, unsigned step, const unsigned char *b64, size_t n,
                 char *out, size_t cap) {
  unsigned char buf[1024];
  if (!out || cap == 0 || step != 0) return -1;
  long len = b64decode(b64, n, buf, sizeof buf);
  if (len <= 0) return -1;
  const unsigned char *p = buf, *end = buf + len;
  switch (mech) {
  case IK_SASL_PLAIN: {
    /* authzid NUL authcid NUL passwd: the authentication identity */
    const unsigned char *z1 = memchr(p, 0, (size_t)(end - p));
    if (!z1) return -1;
    const unsigned char *z2 = memchr(z1 + 1, 0, (size_t)(end - z1 - 1));
    if (!z2) return -1;
    return copy_out(z1 + 1, (size_t)(z2 - z1 - 1), out, cap);
  }
  case IK_SASL_LOGIN:
    return copy_out(p, (size_t)len, out, cap);
  case IK_SASL_XOAUTH2: {
    if (len < 5 || memcmp(p, "user=", 5)) return -1;
    const unsigned char *u = p + 5, *e = memchr(u, 1, (size_t)(end - u));
    if (!e) return -1;
    return copy_out(u, (size_t)(e - u), out, cap);
  }
  default:
    return -1;
  }
}
