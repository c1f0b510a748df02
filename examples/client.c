/*
 * A minimal IMAP client's reading side: server responses from a socket (any
 * file descriptor: here standard input), read in small pieces as a network
 * gives them, framed and parsed as they complete. Large literals are streamed:
 * their data is consumed chunk by chunk (here: counted) and never buffered.
 *
 *   cc -I. client.c imapkit.c -o client && ./client < server-stream
 */
#include "imapkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  ik_limits lim;
  ik_limits_default(&lim);
  lim.stream_literal = 1024; /* literals of 1 KiB and more arrive in chunks */
  ik_framer fr;
  ik_parser ps;
  ik_framer_init(&fr, IK_SIDE_SERVER, &lim);
  ik_parser_init(&ps, IK_SIDE_SERVER, 0, &lim);
  static unsigned char arena_mem[1 << 16];
  ik_arena arena;
  ik_arena_init(&arena, arena_mem, sizeof arena_mem);

  size_t cap = 1 << 16, len = 0;
  unsigned char *buf = malloc(cap);
  unsigned long messages = 0, errors = 0, streamed = 0;
  int eof = 0;
  while (!eof) {
    /* A network hands over whatever it has: read in pieces of 7 bytes. */
    if (len == cap) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
    ssize_t n = read(0, buf + len, cap - len < 7 ? cap - len : 7);
    if (n <= 0) eof = 1; else len += (size_t)n;
    for (;;) {
      ik_frame f;
      ik_frame_status st = eof ? ik_framer_finish(&fr, buf, len, &f) : ik_framer_next(&fr, buf, len, &f);
      if (st == IK_FRAME_NEED_MORE) break;
      if (st == IK_FRAME_CONTINUE) continue; /* only servers see this */
      if (st == IK_FRAME_LITERAL_DATA) {
        /* buf[data_off .. +len) is literal data: write it to a file, hash it... */
        streamed += f.len;
        memmove(buf + f.data_off, buf + f.data_off + f.len, len - f.data_off - f.len);
        len -= f.len;
        continue;
      }
      if (st == IK_FRAME_MESSAGE) {
        ik_message *m;
        ik_error e;
        ik_arena_reset(&arena);
        if (ik_parse(&ps, buf, f.len, &arena, &m, &e) == IK_E_OK) {
          messages++;
          if (m->kind == IK_MSG_TAGGED)
            printf("tagged %.*s %s\n", (int)m->tag.len, (const char *)buf + m->tag.off,
                   ik_keyword_name(m->name));
        } else if (e.code != IK_E_EMPTY_LINE) {
          errors++;
          printf("error: %s at byte %zu\n", ik_strerror(e.code), e.offset);
        }
      } else if (st == IK_FRAME_ERROR) {
        errors++;
        printf("error: %s at byte %zu\n", ik_strerror(f.error.code), f.error.offset);
      }
      memmove(buf, buf + f.len, len - f.len);
      len -= f.len;
      if (eof && len == 0) break;
    }
  }
  printf("%lu messages, %lu errors, %lu literal bytes streamed\n", messages, errors, streamed);
  free(buf);
  return errors ? 1 : 0;
}
