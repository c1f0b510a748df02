/*
 * The generic grammar: what an unknown command, response, response code or
 * argument form decodes to. A value is an atom (brackets and their contents
 * included: BODY[HEADER.FIELDS (A B)]<0.10>), a quoted string, a literal, a
 * literal8 or a parenthesized list; lists and brackets nest through fcall, so
 * depth is bounded by the parser's limit, never by the C stack.
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
  action g_bracket_open {
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) fbreak;
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) fbreak;
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) fbreak;
      fcall g_bracket;
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

  # Any byte that can stand in a generic atom: everything but the delimiters.
  g_atom_char = (CHAR - (SP | '(' | ')' | '"' | '{' | '[' | ']' | CR | LF)) | HIGH @g_atom_8bit;
  g_atom = (g_atom_char (g_atom_char | '[' @g_bracket_open)*) >g_atom_begin %g_atom_end;
  g_value = g_atom | (quoted | literal | literal8) %g_string | '(' @g_list_open;

  # A list may follow the previous value without a space: body-type-mpart is
  # 1*body with nothing between the parts, and address lists are (..)(..).
  g_values = g_value (SP+ g_value | '(' @g_list_open)*;
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
