/*
 * A BODYSTRUCTURE walker: reads server responses (standard input), and for
 * each FETCH with a BODYSTRUCTURE (or BODY) prints the MIME tree with the
 * section numbers a client would FETCH (BODY[1.2]), the types and sizes.
 * The walk uses an explicit stack: body structures nest as deep as the
 * parser's limit allows, and a walker must not recurse on them either.
 *
 *   cc -I. bodywalk.c imapkit.c -o bodywalk && ./bodywalk < server-stream
 */
#include "imapkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_string(const ik_message *m, const ik_node *n) {
  if (!n || n->form == IK_FORM_NIL) {
    fputs("NIL", stdout);
    return;
  }
  fwrite(ik_span_ptr(m, n->span), 1, n->span.len, stdout);
}

/* The children of a single part: type, subtype, params, id, description,
 * encoding, size (docs/tree.md). A multipart: its parts, then the subtype. */
static void print_part(const ik_message *m, const ik_node *top, const ik_node *b, int depth) {
  char sec[256];
  ik_body_section(top, b, sec, sizeof sec);
  printf("%*s%-8s ", depth * 2, "", sec[0] ? sec : "(top)");
  if (b->flags & IK_NF_MULTIPART) {
    const ik_node *c = b->child;
    while (c && c->kind == IK_N_BODY) c = c->next;
    fputs("multipart/", stdout);
    print_string(m, c);
    putchar('\n');
    return;
  }
  const ik_node *type = ik_node_nth(b, 0), *sub = ik_node_nth(b, 1), *enc = ik_node_nth(b, 5),
                *size = ik_node_nth(b, 6);
  print_string(m, type);
  putchar('/');
  print_string(m, sub);
  printf(" %llu bytes, ", size ? (unsigned long long)size->num : 0ull);
  print_string(m, enc);
  putchar('\n');
}

static void walk(const ik_message *m, const ik_node *top) {
  const ik_node *stack[256];
  int depth[256];
  int sp = 0;
  stack[sp] = top;
  depth[sp++] = 0;
  while (sp) {
    const ik_node *b = stack[--sp];
    int d = depth[sp];
    print_part(m, top, b, d);
    /* children that are bodies: the parts of a multipart, the message of a
     * message/rfc822 part; pushed in reverse so they print in order */
    const ik_node *kids[256];
    int n = 0;
    for (const ik_node *c = b->child; c && n < 256; c = c->next)
      if (c->kind == IK_N_BODY) kids[n++] = c;
    while (n && sp < 256) {
      stack[sp] = kids[--n];
      depth[sp++] = d + 1;
    }
  }
}

int main(void) {
  static unsigned char buf[1 << 20];
  size_t len = fread(buf, 1, sizeof buf, stdin);
  ik_framer fr;
  ik_parser ps;
  ik_arena arena;
  ik_framer_init(&fr, IK_SIDE_SERVER, NULL);
  ik_parser_init(&ps, IK_SIDE_SERVER, 0, NULL);
  ik_arena_init_growable(&arena, NULL);
  size_t pos = 0, bodies = 0;
  for (;;) {
    ik_frame f;
    ik_frame_status st = ik_framer_next(&fr, buf + pos, len - pos, &f);
    if (st == IK_FRAME_NEED_MORE) st = ik_framer_finish(&fr, buf + pos, len - pos, &f);
    if (st == IK_FRAME_NEED_MORE) break;
    if (st == IK_FRAME_CONTINUE) continue;
    if (st == IK_FRAME_MESSAGE) {
      ik_message *m;
      ik_error e;
      ik_arena_reset(&arena);
      if (ik_parse(&ps, buf + pos, f.len, &arena, &m, &e) == IK_E_OK && m->name == IK_KW_FETCH)
        for (const ik_node *it = m->args; it; it = it->next)
          if (it->kind == IK_N_FETCH_ITEM &&
              (it->id == IK_KW_BODYSTRUCTURE || it->id == IK_KW_BODY) && it->child &&
              it->child->kind == IK_N_BODY) {
            printf("message %llu %s:\n", (unsigned long long)m->number,
                   ik_keyword_name((ik_kw)it->id));
            walk(m, it->child);
            bodies++;
          }
    }
    pos += f.len;
  }
  printf("%zu body structures\n", bodies);
  ik_arena_free(&arena);
  return 0;
}
