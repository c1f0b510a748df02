/*
 * A minimal IMAP server's command loop: commands from standard input (a
 * socket in a real server), responses to standard output. It answers "+" when
 * a client announces a synchronizing literal, BAD with the error and its byte
 * offset when a command does not parse, and enforces small limits.
 *
 *   cc -I. server.c imapkit.c -o server && ./server < client-stream
 */
#include "imapkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  ik_limits lim;
  ik_limits_default(&lim);
  lim.max_line = 8192;           /* RFC 2683 asks for at least 8000 */
  lim.max_literal = 1024 * 1024; /* a server taking large APPENDs would stream them */
  ik_framer fr;
  ik_parser ps;
  ik_framer_init(&fr, IK_SIDE_CLIENT, &lim);
  ik_parser_init(&ps, IK_SIDE_CLIENT, IK_PARSE_STRICT, &lim);
  ik_arena arena;
  ik_arena_init_growable(&arena, NULL);

  size_t cap = 1 << 16, len = 0;
  unsigned char *buf = malloc(cap);
  int eof = 0;
  printf("* OK imapkit example server ready\r\n");
  while (!eof) {
    if (len == cap) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
    ssize_t n = read(0, buf + len, cap - len);
    if (n <= 0) eof = 1; else len += (size_t)n;
    for (;;) {
      ik_frame f;
      ik_frame_status st = eof ? ik_framer_finish(&fr, buf, len, &f) : ik_framer_next(&fr, buf, len, &f);
      if (st == IK_FRAME_NEED_MORE) break;
      if (st == IK_FRAME_CONTINUE) {
        printf("+ Ready for %llu bytes\r\n", (unsigned long long)f.literal_size);
        continue;
      }
      if (st == IK_FRAME_MESSAGE) {
        ik_message *m;
        ik_error e;
        ik_arena_reset(&arena);
        ik_status s = ik_parse(&ps, buf, f.len, &arena, &m, &e);
        if (s == IK_E_OK && m->kind == IK_MSG_COMMAND) {
          printf("%.*s OK %s completed\r\n", (int)m->tag.len, (const char *)buf + m->tag.off,
                 m->name ? ik_keyword_name(m->name) : "command");
        } else if (s == IK_E_OK) {
          printf("* OK data line of %zu bytes\r\n", f.len);
        } else if (s != IK_E_EMPTY_LINE) {
          /* The tag, when the line has a usable one, else "*". */
          size_t t = 0;
          while (t < f.len && t < 64 && buf[t] > ' ' && buf[t] < 0x7f && buf[t] != '{') t++;
          printf("%.*s BAD %s at byte %zu (expected %s)\r\n", t ? (int)t : 1,
                 t ? (const char *)buf : "*", ik_strerror(s), e.offset, e.expected);
        }
      } else if (st == IK_FRAME_ERROR) {
        printf("* BAD %s at byte %zu\r\n", ik_strerror(f.error.code), f.error.offset);
      }
      memmove(buf, buf + f.len, len - f.len);
      len -= f.len;
      if (eof && len == 0) break;
    }
  }
  free(buf);
  ik_arena_free(&arena);
  return 0;
}
