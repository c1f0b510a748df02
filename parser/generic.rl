/*
 * The generic grammar: what an unknown command, response, response code or
 * argument form decodes to. A value is an atom (brackets and their contents
 * included: BODY[HEADER.FIELDS (A B)]<0.10>), a quoted string, a literal, a
 * literal8 or a parenthesized list; lists and brackets nest through fcall, so
 * depth is bounded by the parser's limit, never by the C stack.
 *
 * "[" is an ATOM-CHAR (RFC 3501: only "]" is a resp-special): in an atom, a
 * "[" that a "]" closes opens a bracket, one that none closes (before the
 * list or line around it ends) is a byte of the atom: "[", "a[" and
 * "x[[1]" (the atom "x[" with the bracket "[1]") are atoms. Which "[" are
 * closed is decided by ik_b_generic_bracket (build.c) in one pass over the
 * stretch, not by the machine: it would need unbounded lookahead.
 *
 * Needs from lexical.rl: the character classes, quoted, literal, literal8, eol.
 */
%%{
  machine ik_generic;

  # The atom's node is made when it is needed (at its end, or at a "[" inside
  # it), not at its first byte: "~" may still turn out to open a literal8.
  action g_atom_begin { ps->gmark = p; ps->gatom = NULL; }
  action g_atom_8bit { ps->gflags |= IK_NF_8BIT; }
  action g_atom_end { if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) fbreak; }
  # A "[" in an atom: a bracket when a "]" closes it, else a byte of the atom.
  action g_bracket_open {
    {
      int closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) fbreak;
      if (closed) fcall g_bracket;
    }
  }
  # The same as the atom's first byte (the atom's node starts here).
  action g_bracket_first {
    {
      int closed;
      ps->gmark = p;
      ps->gatom = NULL;
      closed = ik_b_generic_bracket(ps, p);
      if (closed < 0) fbreak;
      if (closed) fcall g_bracket;
    }
  }
  action g_bracket_close {
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    fret;
  }
  action g_string { if (!ik_b_add_tok(ps, IK_N_STRING)) fbreak; ps->last->flags |= IK_NF_GENERIC; }
  action g_list_open {
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) fbreak;
      fcall g_list;
    }
  }
  action g_list_close { ik_b_pop(ps, p + 1); fret; }

  # Any byte that can stand in a generic atom: everything but the delimiters
  # ("[" is one of its bytes or opens a bracket: g_bracket_open).
  g_atom_char = (CHAR - (SP | '(' | ')' | '"' | '{' | '[' | ']' | CR | LF)) | HIGH @g_atom_8bit;
  g_atom = (g_atom_char >g_atom_begin | '[' @g_bracket_first) (g_atom_char | '[' @g_bracket_open)*
           %g_atom_end;
  g_nonlist = g_atom | (quoted | literal | literal8) %g_string;
  g_list_value = '(' @g_list_open;
  g_value = g_nonlist | g_list_value;

  # A list may follow the previous value without a space, and any value may
  # follow a list without one: body-type-mpart is 1*body with nothing between
  # the parts, address lists are (..)(..), and extensions carry such shapes.
  g_item = g_nonlist | g_list_value g_nonlist?;
  g_values = g_item (SP+ g_item | g_list_value g_nonlist?)*;
  g_list := SP* g_values? SP* ')' @g_list_close;
  g_bracket := SP* g_values? SP* ']' @g_bracket_close;

  # resp-text-code, generic form: atom [SP 1*<any TEXT-CHAR except "]">]
  action code_text {
    if (!ik_b_add_tok(ps, IK_N_TEXT)) fbreak;
  }
  action code_close { ik_b_pop(ps, NULL); ps->code = NULL; fret; }
  code_text_char = TEXT_CHAR - ']';
  code_generic := (SP code_text_char+ >text_start %text_end %code_text)? ']' @code_close;
}%%
