/* Output helpers: byte, number and JSON string writing through a callback. */
#include "writer.h"

#include <stdio.h>

int ik_write_file(void *file, const void *bytes, size_t n) {
  return fwrite(bytes, 1, n, (FILE *)file) == n ? 0 : -1;
}

int ik_write_buf(void *bw, const void *bytes, size_t n) {
  ik_buf_writer *b = bw;
  if (b->len < b->cap) {
    size_t room = b->cap - b->len, k = n < room ? n : room;
    memcpy(b->buf + b->len, bytes, k);
    b->len += k;
  }
  b->needed += n;
  return 0;
}

void ik_w_flush(ik_w *w) {
  if (w->len && !w->err && w->fn(w->ud, w->buf, w->len)) w->err = 1;
  w->len = 0;
}

void ik_w_raw(ik_w *w, const void *s, size_t n) {
  if (w->err || n == 0) return;
  if (w->buf) {
    if (w->cap - w->len >= n) {
      memcpy(w->buf + w->len, s, n);
      w->len += n;
      return;
    }
    ik_w_flush(w);
    if (n < w->cap) {
      memcpy(w->buf, s, n);
      w->len = n;
      return;
    }
  }
  if (w->fn(w->ud, s, n)) w->err = 1;
}

void ik_w_str(ik_w *w, const char *s) { ik_w_raw(w, s, strlen(s)); }

void ik_w_u64(ik_w *w, uint64_t v) {
  char b[24];
  int i = 23;
  b[i] = 0;
  do {
    b[--i] = (char)('0' + v % 10u);
    v /= 10u;
  } while (v);
  ik_w_raw(w, b + i, (size_t)(23 - i));
}

void ik_w_i64(ik_w *w, int64_t v) {
  if (v < 0) {
    ik_w_raw(w, "-", 1);
    ik_w_u64(w, (uint64_t)0 - (uint64_t)v);
  } else {
    ik_w_u64(w, (uint64_t)v);
  }
}

int ik_utf8_valid(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (c == 0) return 0; /* NUL is kept exactly only through base64 */
      i++;
      continue;
    }
    size_t k;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      k = 1;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      k = 2;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      k = 3;
      cp = c & 0x07u;
    } else {
      return 0;
    }
    if (n - i <= k) return 0;
    for (size_t j = 1; j <= k; j++) {
      if ((s[i + j] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + j] & 0x3Fu);
    }
    if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    i += k + 1;
  }
  return 1;
}

static const char hexd[] = "0123456789abcdef";

static void json_escaped(ik_w *w, const unsigned char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) continue;
    ik_w_raw(w, s + run, i - run);
    run = i + 1;
    char e[7] = {'\\', 'u', '0', '0', hexd[c >> 4], hexd[c & 15], 0};
    switch (c) {
    case '"': ik_w_raw(w, "\\\"", 2); break;
    case '\\': ik_w_raw(w, "\\\\", 2); break;
    case '\n': ik_w_raw(w, "\\n", 2); break;
    case '\r': ik_w_raw(w, "\\r", 2); break;
    case '\t': ik_w_raw(w, "\\t", 2); break;
    default: ik_w_raw(w, e, 6); break;
    }
  }
  ik_w_raw(w, s + run, n - run);
}

static void base64(ik_w *w, const unsigned char *s, size_t n) {
  static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  char out[256];
  size_t o = 0;
  for (size_t i = 0; i < n; i += 3) {
    uint32_t v = (uint32_t)s[i] << 16;
    if (i + 1 < n) v |= (uint32_t)s[i + 1] << 8;
    if (i + 2 < n) v |= s[i + 2];
    out[o++] = t[(v >> 18) & 63];
    out[o++] = t[(v >> 12) & 63];
    out[o++] = i + 1 < n ? t[(v >> 6) & 63] : '=';
    out[o++] = i + 2 < n ? t[v & 63] : '=';
    if (o >= sizeof out - 4) {
      ik_w_raw(w, out, o);
      o = 0;
    }
  }
  ik_w_raw(w, out, o);
}

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* 1 when every byte is printable ASCII other than '"' and '\\': the string is
 * its own JSON content. 16 bytes at a time. */
static int plain_ascii(const unsigned char *s, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i sp = _mm_set1_epi8(0x20), dq = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
                del = _mm_set1_epi8(0x7f);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, sp), _mm_cmpeq_epi8(v, dq)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, del)));
    if (_mm_movemask_epi8(bad)) return 0; /* cmplt is signed: catches >= 0x80 too */
  }
#endif
  for (; i < n; i++)
    if (s[i] < 0x20 || s[i] >= 0x7f || s[i] == '"' || s[i] == '\\') return 0;
  return 1;
}

void ik_w_json_bytes(ik_w *w, const unsigned char *s, size_t n) {
  if (plain_ascii(s, n)) {
    if (w->buf && w->cap - w->len >= n + 2) {
      unsigned char *o = w->buf + w->len;
      o[0] = '"';
      memcpy(o + 1, s, n);
      o[n + 1] = '"';
      w->len += n + 2;
      return;
    }
    ik_w_raw(w, "\"", 1);
    ik_w_raw(w, s, n);
    ik_w_raw(w, "\"", 1);
    return;
  }
  if (ik_utf8_valid(s, n)) {
    ik_w_raw(w, "\"", 1);
    json_escaped(w, s, n);
    ik_w_raw(w, "\"", 1);
  } else {
    ik_w_raw(w, "{\"base64\":\"", 11);
    base64(w, s, n);
    ik_w_raw(w, "\"}", 2);
  }
}

void ik_w_json_quoted(ik_w *w, const unsigned char *s, size_t n) {
  /* Unescape in small pieces: quoted strings are line-bounded anyway. */
  unsigned char tmp[512];
  size_t need = ik_unquote(s, n, NULL, 0);
  if (need <= sizeof tmp) {
    ik_unquote(s, n, tmp, sizeof tmp);
    ik_w_json_bytes(w, tmp, need);
    return;
  }
  /* Long escaped strings: validate and write piecewise (escapes are ASCII). */
  size_t i = 0, o = 0;
  int utf8 = 1;
  {
    /* validity of the unescaped bytes equals validity of the raw bytes minus
     * backslashes, since escapes only ever yield '"' or '\\' */
    size_t j = 0;
    while (j < n && utf8) {
      size_t k = j;
      while (k < n && s[k] != '\\') k++;
      if (!ik_utf8_valid(s + j, k - j)) utf8 = 0;
      j = k + 2;
    }
  }
  if (!utf8) {
    ik_w_raw(w, "{\"base64\":\"", 11);
    /* base64 of the unescaped bytes, in groups of 3 */
    unsigned char grp[3];
    size_t g = 0;
    char outb[4];
    static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (i = 0; i < n; i++) {
      unsigned char c = s[i];
      if (c == '\\' && i + 1 < n) c = s[++i];
      grp[g++] = c;
      if (g == 3) {
        uint32_t v = ((uint32_t)grp[0] << 16) | ((uint32_t)grp[1] << 8) | grp[2];
        outb[0] = t[(v >> 18) & 63];
        outb[1] = t[(v >> 12) & 63];
        outb[2] = t[(v >> 6) & 63];
        outb[3] = t[v & 63];
        ik_w_raw(w, outb, 4);
        g = 0;
      }
    }
    if (g) base64(w, grp, g);
    ik_w_raw(w, "\"}", 2);
    return;
  }
  ik_w_raw(w, "\"", 1);
  while (i < n) {
    size_t k = i;
    while (k < n && s[k] != '\\') k++;
    json_escaped(w, s + i, k - i);
    if (k + 1 < n) json_escaped(w, s + k + 1, 1);
    i = k + 2;
    o++;
  }
  (void)o;
  ik_w_raw(w, "\"", 1);
}

void ik_w_json_cstr(ik_w *w, const char *s) {
  ik_w_raw(w, "\"", 1);
  json_escaped(w, (const unsigned char *)s, strlen(s));
  ik_w_raw(w, "\"", 1);
}
