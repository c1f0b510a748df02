/*
 * Shared lexical machines of RFC 3501 section 9 (and RFC 9051 where it widens
 * them). Included by client.rl and server.rl; the includer's host code defines
 * `ps` (an ik_pstate *) with `access ps->;` and the variables p and pe.
 *
 * Each machine leaves its token in ps->tok_* (form, span, flags) or ps->num;
 * the grammar that uses it decides which node kind to make (a mailbox, a flag,
 * a string), so the lexical layer never allocates.
 */
%%{
  machine ik_lexical;
  alphtype unsigned char;

  action fail_syntax { ik_b_fail(ps, IK_E_SYNTAX, p, ps->ctx); fbreak; }

  # ---- quirks: accepted in lenient mode, an error in strict mode ----
  action q_bare_lf { if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) fbreak; }
  action q_trailing_space { if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, p)) fbreak; }
  action q_extra_space { if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) fbreak; }
  action q_space_paren { if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, p)) fbreak; }
  action q_bracket_atom { if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) fbreak; }
  action q_8bit_atom { ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) fbreak; }

  # CR = %x0D, LF = %x0A, CRLF = CR LF; lenient mode also ends a line at a bare LF.
  CR = 0x0d;
  LF = 0x0a;
  SP = ' ';
  eol = CR LF | LF @q_bare_lf;
  # One space, or more in lenient mode (quirk at the first extra one).
  SPX = SP (SP @q_extra_space)*;
  # Extra spaces before the end of a line (Exchange, Yahoo): lenient only.
  eol_l = (SP+ >q_trailing_space)? eol;

  # CHAR = %x01-7F; CTL = %x00-1F / %x7F
  CHAR = 0x01..0x7f;
  CTL = 0x00..0x1f | 0x7f;
  CHAR8 = 0x01..0xff;
  HIGH = 0x80..0xff;

  # list-wildcards = "%" / "*"; quoted-specials = DQUOTE / "\"; resp-specials = "]"
  list_wildcards = '%' | '*';
  quoted_specials = '"' | '\\';
  resp_specials = ']';
  # atom-specials = "(" / ")" / "{" / SP / CTL / list-wildcards / quoted-specials / resp-specials
  atom_specials = '(' | ')' | '{' | SP | CTL | list_wildcards | quoted_specials | resp_specials;
  # ATOM-CHAR = <any CHAR except atom-specials>; 8-bit bytes are a lenient quirk.
  ATOM_PLAIN = CHAR - atom_specials;
  ATOM_CHAR = ATOM_PLAIN | HIGH @q_8bit_atom;
  # ASTRING-CHAR = ATOM-CHAR / resp-specials
  ASTRING_CHAR = ATOM_CHAR | resp_specials;

  # ---- tokens ----
  action mark { ps->mark = p; ps->tok_flags = 0; }
  action atom_end {
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
  action nil_end {
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }

  # Fast paths: a plain byte jumps over the run of plain bytes that follows it,
  # where the machine would loop on each of them in one state with no action
  # (tools/gen/check_skips.py proves that on the generated machines; the
  # classes are ik_cl in pstate.h).
  action atom_skip { p = ik_skip_run(p + 1, IK_CL_ATOM) - 1; }
  action astring_skip { p = ik_skip_run(p + 1, IK_CL_ASTRING) - 1; }
  action tag_skip { p = ik_skip_run(p + 1, IK_CL_TAG) - 1; }
  ATOM_RUN = ATOM_PLAIN @atom_skip | HIGH @q_8bit_atom;
  ASTRING_RUN = (ATOM_PLAIN | resp_specials) @astring_skip | HIGH @q_8bit_atom;

  # atom = 1*ATOM-CHAR
  atom = ATOM_RUN+ >mark %atom_end;
  # 1*ASTRING-CHAR, the atom form of astring
  astring_atom = ASTRING_RUN+ >mark %atom_end;

  # number = 1*DIGIT (32-bit); number64 = 1*DIGIT (63-bit, RFC 9051)
  action num_start { ps->num = 0; ps->mark = p; }
  # (every digit that follows in one go: ik_num_run; the same checks)
  action num_digit {
    {
      const unsigned char *num_last = ik_num_run(&ps->num, p);
      if (!num_last) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); fbreak; }
      p = num_last;
    }
  }
  action num32 {
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); fbreak; }
  }
  action num63 {
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); fbreak; }
  }
  action nz_check {
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); fbreak; }
  }
  action num_tok {
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
  digits = [0-9]+ >num_start $num_digit;
  number = digits %num32 %num_tok;
  number64 = digits %num63 %num_tok;
  # nz-number = digit-nz *DIGIT
  nz_number = digits %num32 %nz_check %num_tok;
  nz_number64 = digits %num63 %nz_check %num_tok;

  # quoted = DQUOTE *QUOTED-CHAR DQUOTE
  # QUOTED-CHAR = <any TEXT-CHAR except quoted-specials> / "\" quoted-specials
  # (RFC 6855 / 9051 allow UTF-8 in quoted strings: 8-bit bytes are flagged.)
  action q_start { ps->mark = p + 1; ps->tok_flags = 0; }
  action q_esc { ps->tok_flags |= IK_NF_ESCAPES; }
  action q_8bit { ps->tok_flags |= IK_NF_8BIT; }
  action q_end {
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
  # Fast path: a plain byte jumps over the run of plain bytes that follows it
  # (the machine would loop on each of them in the same state).
  action q_skip {
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
  QUOTED_CHAR = (CHAR - (quoted_specials | CR | LF)) | HIGH @q_8bit | '\\' quoted_specials @q_esc;
  # Only the unbounded string may skip: a grammar that counts QUOTED-CHARs
  # (the one-character delimiter of LIST) must see each of them.
  QUOTED_CHAR_RUN = (CHAR - (quoted_specials | CR | LF)) @q_skip | HIGH @q_8bit | '\\' quoted_specials @q_esc;
  quoted = '"' >q_start QUOTED_CHAR_RUN* '"' @q_end;

  # literal = "{" number ["+"] "}" CRLF *CHAR8 (LITERAL+/- add "+" and "-";
  # literal8 = "~{" number ["+"] "}" CRLF *OCTET, RFC 3516)
  # The data is jumped over, never scanned by the machine: the count was checked
  # against what is left of the message before any pointer is formed.
  action lit_begin { ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
  action lit8_begin { ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
  action lit_nonsync { ps->nonsync = 1; }
  # {N-}: no RFC has it (LITERAL- uses {N+} too); some writers emit it
  action lit_minus { ps->nonsync = 1; if (!ik_b_quirk(ps, IK_Q_LITERAL_MINUS, p)) fbreak; }
  # (The work is in ik_b_literal, build.c: this action is copied into every
  # place a literal can end, so it stays one call.)
  action lit_data {
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) fbreak;
      fexec lit_next;
    }
  }
  literal = '{' >lit_begin digits %num63 ('+' @lit_nonsync | '-' @lit_minus)? '}' eol @lit_data;
  literal8 = '~' >lit8_begin '{' digits %num63 ('+' @lit_nonsync | '-' @lit_minus)? '}' eol @lit_data;

  # string = quoted / literal
  string = quoted | literal;
  # astring = 1*ASTRING-CHAR / string
  astring = astring_atom | string;
  # nstring = string / nil
  nil = 'NIL'i >mark %nil_end;
  nstring = string | nil;

  # text = 1*TEXT-CHAR; TEXT-CHAR = <any CHAR except CR and LF> (8-bit kept, flagged)
  action text_start { ps->mark = p; ps->tok_flags = 0; }
  action text_end {
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
  TEXT_CHAR = (CHAR - (CR | LF)) | HIGH @q_8bit;
  text = TEXT_CHAR+ >text_start %text_end;

  # tag = 1*<any ASTRING-CHAR except "+">
  tag = ((ATOM_PLAIN - '+' | resp_specials) @tag_skip | HIGH @q_8bit_atom)+ >mark %atom_end;

  # ---- dates: date-time = DQUOTE date-day-fixed "-" date-month "-" date-year
  #      SP time SP zone DQUOTE (validated in ik_b_datetime) ----
  date_month = 'Jan'i | 'Feb'i | 'Mar'i | 'Apr'i | 'May'i | 'Jun'i |
               'Jul'i | 'Aug'i | 'Sep'i | 'Oct'i | 'Nov'i | 'Dec'i;
  date_day_fixed = (SP [0-9]) | ([0-9]{2});
  time = [0-9]{2} ':' [0-9]{2} ':' [0-9]{2};
  zone = ('+' | '-') [0-9]{4};
  date_time = '"' >q_start date_day_fixed '-' date_month '-' [0-9]{4} SP time SP zone '"' @q_end;
  # date = date-text / DQUOTE date-text DQUOTE; date-text = date-day "-" date-month "-" date-year
  date_text = [0-9]{1,2} '-' date_month '-' [0-9]{4};
  date = date_text >mark %atom_end | '"' >q_start date_text '"' @q_end;

  # ---- sequence sets (kept as ranges, never expanded) ----
  # seq-number = nz-number / "*"; seq-range = seq-number ":" seq-number
  # sequence-set = (seq-number / seq-range) ["," sequence-set]; "$" = RFC 5182
  action seq_begin { if (!ik_b_seqset_begin(ps, p)) fbreak; }
  action seq_end { ik_b_pop(ps, p); }
  action seq_el_begin { ps->seq_has_b = 0; ps->seq_star = 0; }
  action seq_star { ps->seq_star = 1; ps->num = 0; ps->mark = p; }
  action seq_a { ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_a_len = (uint32_t)(p - ps->mark); ps->seq_star = 0; }
  action seq_b { ps->seq_has_b = 1; }
  action seq_el_end { if (!ik_b_seq_elem(ps, p)) fbreak; }
  action seq_res { if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) fbreak; }
  seq_number = nz_number | '*' @seq_star;
  seq_elem = (seq_number %seq_a (':' seq_number %seq_b)?) >seq_el_begin %seq_el_end;
  sequence_set = ('$' @seq_res | seq_elem (',' seq_elem)*) >seq_begin %seq_end;

  # ---- flags ----
  # flag = "\Answered" / "\Flagged" / "\Deleted" / "\Seen" / "\Draft" /
  #        flag-keyword / flag-extension; flag-keyword = atom; flag-extension = "\" atom
  # flag-perm = flag / "\*". Gmail and others put "[" "]" in keywords: lenient.
  action flag_node { if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) fbreak; ps->last->form = IK_FORM_ATOM; }
  FLAG_CHAR = ATOM_RUN | ']' @q_bracket_atom;
  flag = ('\\'? FLAG_CHAR+) >mark %flag_node;
  flag_perm = ('\\'? FLAG_CHAR+ | '\\*') >mark %flag_node;
  # flag-list = "(" [flag *(SP flag)] ")"
  action flag_list_begin { { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) fbreak; } }
  action flag_list_end { ik_b_pop(ps, p + 1); }
  list_sp = SP | SP SP+ >q_extra_space;
  # Spaces before ")": the quirk is decided at the ")" (a leaving action), never
  # at the SP, which is also the one that separates two elements.
  action lx_sp_mark { ps->sp_mark = p; }
  action lx_q_space_paren { if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) fbreak; }
  sp_before_paren = (SP+ >lx_sp_mark %lx_q_space_paren)?;
  flag_list = '(' @flag_list_begin (flag (list_sp flag)*)? sp_before_paren ')' @flag_list_end;
  flag_perm_list = '(' @flag_list_begin (flag_perm (list_sp flag_perm)*)? sp_before_paren ')' @flag_list_end;

  # ---- mailbox = "INBOX" / astring (INBOX in any case is INBOX) ----
  action mailbox_node { if (!ik_b_mailbox(ps)) fbreak; }
  mailbox = astring %mailbox_node;
}%%
