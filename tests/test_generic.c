/* The generic grammar: unknown commands and responses decode as trees of
 * atoms, strings, literals and lists, never as failures. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define C IK_SIDE_CLIENT
#define S IK_SIDE_SERVER

Test(generic, unknown_command_values) {
  cr_assert_str_eq(ikt_parse(C, 0, "a1 XFOO bar \"q\\\"x\" 12 (a (b)) NIL\r\n"),
                   "command tag=a1 XFOO generic (string:atom \"bar\" generic) "
                   "(string:quoted \"q\\\\\\\"x\" esc generic) (number \"12\" #12) "
                   "(list \"(a (b))\" (string:atom \"a\" generic) (list \"(b)\" "
                   "(string:atom \"b\" generic))) (string:nil \"NIL\" generic)");
}

Test(generic, literal_argument) {
  cr_assert_str_eq(ikt_parse(C, 0, "a XFOO {3}\r\nabc x\r\n"),
                   "command tag=a XFOO generic (string:literal \"abc\" generic) "
                   "(string:atom \"x\" generic)");
}

Test(generic, bracketed_atom) {
  cr_assert_str_eq(ikt_parse(S, 0, "* XRESP BODY[HEADER.FIELDS (A)]<0>\r\n"),
                   "untagged XRESP generic (string:atom \"BODY[HEADER.FIELDS (A)]<0>\" generic "
                   "(bracket \"[HEADER.FIELDS (A)]\" (string:atom \"HEADER.FIELDS\" generic) "
                   "(list \"(A)\" (string:atom \"A\" generic))))");
}

Test(generic, unclosed_list_is_incomplete) {
  cr_assert_str_eq(ikt_parse(C, 0, "a XFOO (a b\r\n"), "error IK_E_SYNTAX at 11");
}

Test(generic, depth_limit) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_depth = 3;
  cr_assert_str_eq(ikt_parse_lim(C, 0, &l, "a XFOO (((x)))\r\n"),
                   "command tag=a XFOO generic (list \"(((x)))\" (list \"((x))\" (list \"(x)\" "
                   "(string:atom \"x\" generic))))");
  cr_assert_str_eq(ikt_parse_lim(C, 0, &l, "a XFOO ((((x))))\r\n"), "error IK_E_TOO_DEEP at 10");
}

/* RFC 3501: ATOM-CHAR allows "[" (only "]" is a resp-special). A "[" that a "]"
 * closes opens a bracket; one that none closes is a byte of the atom, in both
 * modes (the builder writes the astring "[" as an atom). */
Test(generic, open_bracket_is_an_atom_char) {
  cr_assert_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a1 XFUZZ FLAGS [\r\n"),
                   "command tag=a1 XFUZZ generic (string:atom \"FLAGS\" generic) "
                   "(string:atom \"[\" generic)");
  cr_assert_str_eq(ikt_parse(S, IK_PARSE_STRICT, "* XRESP [\r\n"),
                   "untagged XRESP generic (string:atom \"[\" generic)");
  cr_assert_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a X [ a[ x[[1] [a b] ab[c]d[e]\r\n"),
                   "command tag=a X generic (string:atom \"[\" generic) (string:atom \"a[\" generic) "
                   "(string:atom \"x[[1]\" generic (bracket \"[1]\" (number \"1\" #1))) "
                   "(string:atom \"[a b]\" generic (bracket \"[a b]\" (string:atom \"a\" generic) "
                   "(string:atom \"b\" generic))) (string:atom \"ab[c]d[e]\" generic (bracket \"[c]\" "
                   "(string:atom \"c\" generic)) (bracket \"[e]\" (string:atom \"e\" generic)))");
  /* the inner "[" is closed, the outer one is not */
  cr_assert_str_eq(ikt_parse(C, 0, "a X a[b[c] d\r\n"),
                   "command tag=a X generic (string:atom \"a[b[c]\" generic (bracket \"[c]\" "
                   "(string:atom \"c\" generic))) (string:atom \"d\" generic)");
  /* an open "[" before a section, and one inside its header list */
  cr_assert_str_eq(ikt_parse(C, 0, "a X a[ BODY[HEADER.FIELDS ([)]\r\n"),
                   "command tag=a X generic (string:atom \"a[\" generic) (string:atom "
                   "\"BODY[HEADER.FIELDS ([)]\" generic (bracket \"[HEADER.FIELDS ([)]\" "
                   "(string:atom \"HEADER.FIELDS\" generic) (list \"([)\" (string:atom \"[\" generic))))");
}

/* Which "]" closes which "[": a list's end closes its open "[" for good, and a
 * "]" in a string or a literal closes nothing. */
Test(generic, bracket_pairing) {
  cr_assert_str_eq(ikt_parse(C, 0, "a X (a[ b) c\r\n"),
                   "command tag=a X generic (list \"(a[ b)\" (string:atom \"a[\" generic) "
                   "(string:atom \"b\" generic)) (string:atom \"c\" generic)");
  cr_assert_str_eq(ikt_parse(C, 0, "a X a[ ([ ) ]\r\n"),
                   "command tag=a X generic (string:atom \"a[ ([ ) ]\" generic (bracket \"[ ([ ) ]\" "
                   "(list \"([ )\" (string:atom \"[\" generic))))");
  cr_assert_str_eq(ikt_parse(C, 0, "a X a[ \"]\" {1}\r\n] b\r\n"),
                   "command tag=a X generic (string:atom \"a[\" generic) (string:quoted \"]\" generic) "
                   "(string:literal \"]\" generic) (string:atom \"b\" generic)");
  cr_assert_str_eq(ikt_parse(C, 0, "a X a[ \"]\" {1}\r\n] b]\r\n"),
                   "command tag=a X generic (string:atom \"a[ \\\"]\\\" {1}\\x0d\\x0a] b]\" generic "
                   "(bracket \"[ \\\"]\\\" {1}\\x0d\\x0a] b]\" (string:quoted \"]\" generic) "
                   "(string:literal \"]\" generic) (string:atom \"b\" generic)))");
  /* "]" is still no atom byte: one that closes nothing is an error */
  cr_assert_str_eq(ikt_parse(C, 0, "a X a]\r\n"), "error IK_E_SYNTAX at 5");
  cr_assert_str_eq(ikt_parse(C, 0, "a X (a[ b) c]\r\n"), "error IK_E_SYNTAX at 12");
}

/* Deciding which "[" are closed is one pass: linear whatever the input, an
 * open "[" after every closed bracket included. */
Test(generic, many_open_brackets_in_linear_time, .timeout = 20) {
  static const char *const units[] = {"[", "[ [] ", "[ ([ []) ", "a[b "};
  for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
    size_t ul = strlen(units[u]), reps = 200000, n = 4 + ul * reps + 2;
    unsigned char *m = malloc(n);
    cr_assert(m != NULL);
    memcpy(m, "a X ", 4);
    for (size_t i = 0; i < reps; i++) memcpy(m + 4 + i * ul, units[u], ul);
    memcpy(m + n - 2, "\r\n", 2);
    ik_parser p;
    ik_parser_init(&p, C, IK_PARSE_STRICT, NULL);
    ik_arena a;
    ik_arena_init_growable(&a, NULL);
    ik_message *msg;
    ik_error e;
    cr_assert_eq(ik_parse(&p, m, n, &a, &msg, &e), IK_E_OK, "%s: %s at %zu", units[u],
                 ik_status_name(e.code), e.offset);
    size_t k = 0;
    for (const ik_node *c = msg->args; c; c = c->next) k++;
    cr_assert_eq(k, u == 0 ? 1 : u == 1 ? 2 * reps : reps * (u == 2 ? 2 : 1));
    ik_arena_free(&a);
    free(m);
  }
}

/* A value may follow a list without a space, and a list any value: ")(" is
 * what ik_build_list_adjoin writes (body parts, address lists). */
Test(generic, adjoined_values) {
  cr_assert_str_eq(ikt_parse(C, IK_PARSE_STRICT, "a XFOO (a)(b)\r\n"),
                   "command tag=a XFOO generic (list \"(a)\" (string:atom \"a\" generic)) "
                   "(list \"(b)\" (string:atom \"b\" generic))");
  cr_assert_str_eq(ikt_parse(S, IK_PARSE_STRICT, "* XRESP (a)(b)\r\n"),
                   "untagged XRESP generic (list \"(a)\" (string:atom \"a\" generic)) "
                   "(list \"(b)\" (string:atom \"b\" generic))");
  cr_assert_str_eq(ikt_parse(C, IK_PARSE_STRICT,
                             "a XFOO (a)b (c)\"q\" (d){1}\r\nx (e)~{1}\r\ny z(f)\r\n"),
                   "command tag=a XFOO generic (list \"(a)\" (string:atom \"a\" generic)) "
                   "(string:atom \"b\" generic) (list \"(c)\" (string:atom \"c\" generic)) "
                   "(string:quoted \"q\" generic) (list \"(d)\" (string:atom \"d\" generic)) "
                   "(string:literal \"x\" generic) (list \"(e)\" (string:atom \"e\" generic)) "
                   "(string:literal8 \"y\" generic) (string:atom \"z\" generic) "
                   "(list \"(f)\" (string:atom \"f\" generic))");
  cr_assert_str_eq(ikt_parse(S, IK_PARSE_STRICT, "* XRESP ((a)(b)c)\r\n"),
                   "untagged XRESP generic (list \"((a)(b)c)\" (list \"(a)\" (string:atom \"a\" generic)) "
                   "(list \"(b)\" (string:atom \"b\" generic)) (string:atom \"c\" generic))");
  /* two values that are not lists still need their space */
  cr_assert_str_eq(ikt_parse(C, 0, "a XFOO a\"q\"\r\n"), "error IK_E_SYNTAX at 8");
  cr_assert_str_eq(ikt_parse(C, 0, "a XFOO \"q\"b\r\n"), "error IK_E_SYNTAX at 10");
}
