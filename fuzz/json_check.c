/*
 * A tiny strict JSON validator (RFC 8259) for the JSON writer oracle: one
 * value, strings in strict UTF-8 (no overlong forms, no surrogates, nothing
 * past U+10FFFF) with no raw control characters, escapes as the RFC lists
 * them (a \u surrogate must come as a high-low pair), numbers in the RFC's
 * form. No recursion: containers are kept on an explicit stack.
 */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

static int jc_hex4(const unsigned char *s, size_t n, size_t i, unsigned *v) {
  if (n - i < 4) return 0;
  unsigned x = 0;
  for (size_t k = 0; k < 4; k++) {
    unsigned char c = s[i + k];
    unsigned d;
    if (c >= '0' && c <= '9')
      d = (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      d = (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      d = (unsigned)(c - 'A' + 10);
    else
      return 0;
    x = x * 16u + d;
  }
  *v = x;
  return 1;
}

/* Length of the valid UTF-8 sequence at s[i], or 0. */
static size_t jc_utf8(const unsigned char *s, size_t n, size_t i) {
  unsigned char c = s[i];
  size_t len;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F; /* no surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else
    return 0;
  if (n - i < len) return 0;
  if (s[i + 1] < lo || s[i + 1] > hi) return 0;
  for (size_t k = 2; k < len; k++)
    if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
  return len;
}

/* A string starting at the '"' at s[*pi]; on success *pi is past the closing quote. */
static int jc_string(const unsigned char *s, size_t n, size_t *pi) {
  size_t i = *pi + 1;
  while (i < n) {
    unsigned char c = s[i];
    if (c == '"') {
      *pi = i + 1;
      return 1;
    }
    if (c < 0x20) break;
    if (c == '\\') {
      if (i + 1 >= n) break;
      unsigned char e = s[i + 1];
      if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
          e == 't') {
        i += 2;
        continue;
      }
      if (e != 'u') break;
      unsigned v;
      if (!jc_hex4(s, n, i + 2, &v)) break;
      i += 6;
      if (v >= 0xDC00 && v <= 0xDFFF) break; /* a lone low surrogate */
      if (v >= 0xD800 && v <= 0xDBFF) {
        unsigned w;
        if (n - i < 6 || s[i] != '\\' || s[i + 1] != 'u' || !jc_hex4(s, n, i + 2, &w) ||
            w < 0xDC00 || w > 0xDFFF)
          break;
        i += 6;
      }
      continue;
    }
    if (c >= 0x80) {
      size_t k = jc_utf8(s, n, i);
      if (!k) break;
      i += k;
      continue;
    }
    i++;
  }
  *pi = i;
  return 0;
}

static int jc_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static int jc_number(const unsigned char *s, size_t n, size_t *pi) {
  size_t i = *pi;
  if (i < n && s[i] == '-') i++;
  if (i >= n) goto bad;
  if (s[i] == '0')
    i++;
  else if (s[i] >= '1' && s[i] <= '9')
    while (i < n && jc_digit(s[i])) i++;
  else
    goto bad;
  if (i < n && s[i] == '.') {
    i++;
    if (i >= n || !jc_digit(s[i])) goto bad;
    while (i < n && jc_digit(s[i])) i++;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (i >= n || !jc_digit(s[i])) goto bad;
    while (i < n && jc_digit(s[i])) i++;
  }
  *pi = i;
  return 1;
bad:
  *pi = i;
  return 0;
}

static int jc_word(const unsigned char *s, size_t n, size_t *pi, const char *w) {
  size_t k = strlen(w);
  if (n - *pi < k || memcmp(s + *pi, w, k) != 0) return 0;
  *pi += k;
  return 1;
}

static size_t jc_ws(const unsigned char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
  return i;
}

int ikf_json_valid(const unsigned char *s, size_t n, int top, size_t *err_at) {
  enum { NEED_VALUE, NEED_KEY, AFTER };
  size_t cap = 64, depth = 0, i = jc_ws(s, n, 0);
  char *stack = malloc(cap);
  int state = NEED_VALUE, ok = 0;
  if (!stack) ikf_fail("out of memory");
  if (top && (i >= n || s[i] != top)) goto out;
  for (;;) {
    i = jc_ws(s, n, i);
    if (state == NEED_VALUE) {
      if (i >= n) goto out;
      unsigned char c = s[i];
      if (c == '{' || c == '[') {
        if (depth == cap) {
          cap *= 2;
          char *ns = realloc(stack, cap);
          if (!ns) ikf_fail("out of memory");
          stack = ns;
        }
        stack[depth++] = (char)c;
        i = jc_ws(s, n, i + 1);
        if (i < n && s[i] == (c == '{' ? '}' : ']')) {
          i++;
          depth--;
          state = AFTER;
        } else {
          state = c == '{' ? NEED_KEY : NEED_VALUE;
        }
        continue;
      }
      if (c == '"') {
        if (!jc_string(s, n, &i)) goto out;
      } else if (c == '-' || jc_digit(c)) {
        if (!jc_number(s, n, &i)) goto out;
      } else if (!jc_word(s, n, &i, "true") && !jc_word(s, n, &i, "false") &&
                 !jc_word(s, n, &i, "null")) {
        goto out;
      }
      state = AFTER;
    } else if (state == NEED_KEY) {
      if (i >= n || s[i] != '"' || !jc_string(s, n, &i)) goto out;
      i = jc_ws(s, n, i);
      if (i >= n || s[i] != ':') goto out;
      i++;
      state = NEED_VALUE;
    } else { /* AFTER */
      if (depth == 0) break;
      if (i >= n) goto out;
      char t = stack[depth - 1];
      if (s[i] == ',') {
        i++;
        state = t == '{' ? NEED_KEY : NEED_VALUE;
      } else if ((t == '{' && s[i] == '}') || (t == '[' && s[i] == ']')) {
        i++;
        depth--;
      } else {
        goto out;
      }
    }
  }
  i = jc_ws(s, n, i);
  ok = i == n;
out:
  free(stack);
  if (!ok && err_at) *err_at = i;
  return ok;
}
