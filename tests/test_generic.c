/* The generic grammar: unknown commands and responses decode as trees of
 * atoms, strings, literals and lists, never as failures. */
#include <criterion/criterion.h>

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
