/*
 * Typed server responses of RFC 3501 section 9: machines entered from
 * server_dispatch(), code_dispatch(), fetch_dispatch() and body_dispatch() in
 * server.rl. Each rule carries the ABNF it implements; docs/responses.md has
 * the tree shapes.
 *
 * Needs: lexical.rl, generic.rl; from server.rl the action done, the C
 * functions fetch_dispatch() and body_dispatch(); the helpers of resp_build.h.
 *
 * Every nesting (body structures, body extensions, envelopes, generic lists)
 * goes through fcall/fret, each fcall preceded by an ik_b_push that checks
 * the depth limit, so the Ragel stack stays bounded.
 */
%%{
  machine ik_response;

  # ---- leaves ----
  action r_num { if (!ik_r_num(ps)) fbreak; }
  action r_str { if (!ik_r_str(ps)) fbreak; }
  action r_pop { ik_b_pop(ps, p + 1); }
  action r_pop_here { ik_b_pop(ps, p); }
  action r_datetime { if (!ik_b_datetime(ps)) fbreak; }

  # ---- spacing quirks, reported at the first space of the run ----
  action r_spmark { ps->sp_mark = p; }
  action r_q_trailing { if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) fbreak; }
  action r_q_space_paren { if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) fbreak; }
  action r_q_extra { if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) fbreak; }
  action r_q_empty_list { if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) fbreak; }
  action r_q_nil_string { if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) fbreak; }
  action r_q_other { if (!ik_b_quirk(ps, IK_Q_OTHER, p)) fbreak; }

  # Spaces before the end of the line, before ")" and between list elements:
  # the quirk fires when what follows the run is known (leaving actions), so
  # a single separating space never trips it.
  eol_t = (SP+ >r_spmark %r_q_trailing)? eol;
  sp_paren = (SP+ >r_spmark %r_q_space_paren)?;
  sp_extra = (SP+ >r_spmark %r_q_extra)?;

  # string where NIL is a quirk (BODYSTRUCTURE fields that RFC 3501 types as string)
  bstr = string %r_str | nil >r_q_nil_string %r_str;
  nstr = nstring %r_str;

  # ---- capability-data = "CAPABILITY" *(SP capability) SP "IMAP4rev1" *(SP capability)
  #      capability = ("AUTH=" auth-type) / atom
  action r_cap { if (!ik_r_cap(ps)) fbreak; }
  capability = atom %r_cap;
  resp_capability := (list_sp capability)* eol_t @done;

  # ---- mailbox-data = "FLAGS" SP flag-list / ...
  resp_flags := SP flag_list eol_t @done;

  # ---- mailbox-data =/ "LIST" SP mailbox-list / "LSUB" SP mailbox-list
  #      mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
  #      mbx-list-flags = *(mbx-list-oflag SP) mbx-list-sflag *(SP mbx-list-oflag) /
  #                       mbx-list-oflag *(SP mbx-list-oflag)
  #      mbx-list-oflag = "\Noinferiors" / flag-extension; flag-extension = "\" atom
  # (An extension tail after the mailbox, as LIST-EXTENDED sends, is kept as
  # generic values.)
  action r_list_entry { if (!ik_r_open(ps, IK_N_LIST_ENTRY, p + 1)) fbreak; }
  mbx_flag = ('\\' ATOM_CHAR+) >mark %flag_node;
  mbx_list_flags = '(' @flag_list_begin (mbx_flag (list_sp mbx_flag)*)? sp_paren ')' @flag_list_end;
  # exactly one QUOTED-CHAR (not lexical's QUOTED_CHAR, whose fast path runs on)
  delim_char = (CHAR - (quoted_specials | CR | LF)) | HIGH @q_8bit | '\\' quoted_specials @q_esc;
  delim_q = '"' >q_start delim_char '"' @q_end;
  list_delim = (delim_q | nil) %r_str;
  list_tail = SP g_value (SP+ g_value)*;
  resp_list := SP @r_list_entry mbx_list_flags SP list_delim SP mailbox %r_pop_here list_tail? eol_t @done;

  # ---- mailbox-data =/ "SEARCH" *(SP nz-number)
  resp_search := (list_sp nz_number %r_num)* eol_t @done;

  # ---- mailbox-data =/ "STATUS" SP mailbox SP "(" [status-att-list] ")"
  #      status-att-list = status-att SP number *(SP status-att SP number)
  # (RFC 9051: SIZE is number64; extension values that are NIL or a list are
  # kept as generic values under a generic STATUS_ATT.)
  action r_satt { if (!ik_r_status_att(ps)) fbreak; }
  action r_satt_list { if (!ik_r_open(ps, IK_N_LIST, p)) fbreak; }
  status_val = number64 %r_num | nil %r_str | '(' @g_list_open;
  action r_pop_keep { ik_b_pop(ps, NULL); }
  status_att = atom %r_satt SP status_val %r_pop_keep;
  resp_status := SP mailbox SP '(' @r_satt_list (status_att (list_sp status_att)*)? sp_paren ')' @r_pop eol_t @done;

  # ---- resp-text-code = "ALERT" / "BADCHARSET" [SP "(" astring *(SP astring) ")" ] /
  #        capability-data / "PARSE" / "PERMANENTFLAGS" SP "(" [flag-perm *(SP flag-perm)] ")" /
  #        "READ-ONLY" / "READ-WRITE" / "TRYCREATE" / "UIDNEXT" SP nz-number /
  #        "UIDVALIDITY" SP nz-number / "UNSEEN" SP nz-number /
  #        atom [SP 1*<any TEXT-CHAR except "]">]
  # The code's name was scanned by code_name (server.rl); these start at the
  # byte after it and end with code_close (generic.rl) on the "]".
  code_end = ']' @code_close;
  code_bare := code_end;
  code_badcharset := (SP '(' astring %r_str (list_sp astring %r_str)* sp_paren ')')? code_end;
  code_capability := (list_sp capability)* (SP+ >r_spmark %r_q_trailing)? code_end;
  code_permflags := SP flag_perm_list code_end;
  code_number := SP nz_number %r_num code_end;

  # ---- envelope = "(" env-date SP env-subject SP env-from SP env-sender SP
  #        env-reply-to SP env-to SP env-cc SP env-bcc SP env-in-reply-to SP
  #        env-message-id ")"
  #      env-from = "(" 1*address ")" / nil   (and so on for every address list)
  #      address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"
  # Group syntax (RFC 2822) comes as addresses with a NIL host (start: the
  # mailbox is the group name) and with NIL mailbox and host (end): kept as sent.
  # The ten fields (and the four of an address) are counted by the helpers
  # rather than spelled out, which keeps the machine small: a string or NIL
  # in an address position, or "(" in a string position, is a syntax error
  # at its first byte, and so is a wrong number of fields.
  action env_call { if (!ik_r_open(ps, IK_N_ENVELOPE, p)) fbreak; fcall env_rest; }
  action env_ret { if (!ik_r_fields_end(ps, p, 10, "ten envelope fields")) fbreak; ik_b_pop(ps, p + 1); fret; }
  action r_env_field { if (!ik_r_env_field(ps, p)) fbreak; }
  action r_env_str { if (!ik_r_env_str(ps)) fbreak; }
  action r_addr_list { if (!ik_r_open(ps, IK_N_ADDRESS_LIST, p)) fbreak; }
  action r_addr { if (!ik_r_open(ps, IK_N_ADDRESS, p)) fbreak; }
  action r_addr_end { if (!ik_r_fields_end(ps, p, 4, "four address fields")) fbreak; ik_b_pop(ps, p + 1); }
  action r_addr_field { if (!ik_r_fields_max(ps, p, 4, "four address fields")) fbreak; }
  address = '(' @r_addr nstr (SP >r_addr_field nstr)* ')' @r_addr_end;
  env_addrs = '(' @r_addr_list ( ')' @r_q_empty_list @r_pop
                               | address (sp_extra address)* ')' @r_pop );
  env_field = (nstring %r_env_str | env_addrs) >r_env_field;
  env_rest := env_field (SP env_field)* ')' @env_ret;

  # ---- body = "(" (body-type-1part / body-type-mpart) ")"
  #      body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]
  #      body-type-1part = (body-type-basic / body-type-msg / body-type-text) [SP body-ext-1part]
  #      body-type-basic = media-basic SP body-fields
  #      body-type-msg   = media-message SP body-fields SP envelope SP body SP body-fld-lines
  #      body-type-text  = media-text SP body-fields SP body-fld-lines
  #      body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP body-fld-octets
  # Which single part it is depends on the type and subtype strings, known
  # after body-fld-octets: body_dispatch() jumps to the matching tail.
  action body_call { if (!ik_r_body_begin(ps, p)) fbreak; fcall body_rest; }
  action body_ret { ik_b_pop(ps, p + 1); fret; }
  action body_mpart { ik_r_body_multipart(ps); }
  action body_decide { { int t = body_dispatch(ps); fhold; fgoto *t; } }

  # body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
  action r_params { if (!ik_r_open(ps, IK_N_BODY_PARAMS, p)) fbreak; }
  action r_params_nil { if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) fbreak; }
  body_fld_param = '(' @r_params ( ')' @r_q_empty_list @r_pop
                                 | bstr SP bstr (list_sp bstr SP bstr)* sp_paren ')' @r_pop )
                 | nil %r_params_nil;
  # body-fld-dsp = "(" string SP body-fld-param ")" / nil
  action r_dsp { if (!ik_r_open(ps, IK_N_BODY_DISPOSITION, p)) fbreak; }
  action r_dsp_nil { if (!ik_r_nil_node(ps, IK_N_BODY_DISPOSITION)) fbreak; }
  body_fld_dsp = '(' @r_dsp bstr SP body_fld_param sp_paren ')' @r_pop | nil %r_dsp_nil;
  # body-fld-lang = nstring / "(" string *(SP string) ")"
  action r_lang_list { if (!ik_r_open(ps, IK_N_LIST, p)) fbreak; }
  body_fld_lang = nstr | '(' @r_lang_list bstr (list_sp bstr)* sp_paren ')' @r_pop;
  # body-extension = nstring / number / "(" body-extension *(SP body-extension) ")"
  action bext_call { if (!ik_r_open(ps, IK_N_BODY_EXTENSION, p)) fbreak; fcall bext_rest; }
  action bext_ret { ik_b_pop(ps, p + 1); fret; }
  body_extension = nstr | number %r_num | '(' @bext_call;
  bext_rest := body_extension (list_sp body_extension)* sp_paren ')' @bext_ret;
  # body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
  # body-ext-mpart = body-fld-param [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
  # The extension data, from the byte after the last field of the part to the
  # body's ")": the first field differs (md5 or parameters), the rest is shared.
  action to_ext_tail { fhold; fgoto body_ext_tail; }
  body_ext_1part := SP nstr (SP | ')') @to_ext_tail | sp_paren ')' @body_ret;
  body_ext_mpart := SP body_fld_param (SP | ')') @to_ext_tail | sp_paren ')' @body_ret;
  body_ext_tail := (SP body_fld_dsp (SP body_fld_lang (SP nstr (SP body_extension)*)?)?)? sp_paren ')' @body_ret;
  action to_ext_1part { fhold; fgoto body_ext_1part; }

  body_mpart = '(' @body_mpart @body_call (sp_extra '(' @body_call)* SP bstr (SP | ')') @{ fhold; fgoto body_ext_mpart; };
  body_1part = bstr SP bstr SP body_fld_param SP nstr SP nstr SP bstr SP number %r_num (SP | ')') @body_decide;
  body_rest := body_mpart | body_1part;

  # The tails, from the byte after body-fld-octets to the extension data.
  action r_q_missing_lines { if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p)) fbreak; }
  action r_lines_nil { if (!ik_r_nil_num(ps, ps->base + ps->tok_off, 3)) fbreak; }
  action r_lines_absent { if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p) || !ik_r_nil_num(ps, p, 0)) fbreak; }
  action r_msg_noenv { if (!ik_b_quirk(ps, IK_Q_OTHER, p)) fbreak; ps->parents[ps->depth]->id = 0; }
  # body-fld-lines = number (number64 in RFC 9051); NIL or nothing: a quirk
  body_text_tail := SP number64 %r_num (SP | ')') @to_ext_1part
                  | SP nil >r_q_missing_lines %r_lines_nil (SP | ')') @to_ext_1part
                  | sp_paren ')' @r_lines_absent @body_ret;
  body_msg_tail := SP '(' @env_call SP '(' @body_call SP number64 %r_num (SP | ')') @to_ext_1part
                 | sp_paren ')' @r_msg_noenv @body_ret;

  # ---- message-data = nz-number SP ("EXPUNGE" / ("FETCH" SP msg-att))
  #      msg-att = "(" (msg-att-dynamic / msg-att-static) *(SP (msg-att-dynamic / msg-att-static)) ")"
  # Each item's name is looked up by fetch_dispatch(), which pushes the item
  # and calls the machine for its value; fi_ret comes back on the byte after it.
  action fi_begin { if (!ik_r_item_begin(ps, p)) fbreak; }
  action fi_dispatch { { int t = fetch_dispatch(ps, p); if (t < 0) fbreak; fhold; fcall *t; } }
  action fi_ret { ps->item = NULL; ik_b_pop(ps, NULL); fhold; fret; }
  action fi_name_end { ik_r_item_name_end(ps, p); }
  item_end = (SP | ')') @fi_ret;
  fetch_item = (ATOM_CHAR - '[')+ >fi_begin ((SP | '[') >fi_dispatch);
  fetch_list = (list_sp fetch_item)* sp_paren ')' eol_t @done;
  resp_fetch := SP '(' fetch_item fetch_list;
  # where per-item recovery resumes: at the SP or ")" after a broken item
  fetch_next := fetch_list;

  # msg-att-dynamic = "FLAGS" SP "(" [flag-fetch *(SP flag-fetch)] ")"
  fi_flags := SP flag_list item_end;
  # msg-att-static = "ENVELOPE" SP envelope / "INTERNALDATE" SP date-time /
  #   "RFC822" [".HEADER" / ".TEXT"] SP nstring / "RFC822.SIZE" SP number /
  #   "BODY" ["STRUCTURE"] SP body / "BODY" section ["<" number ">"] SP nstring /
  #   "UID" SP uniqueid
  fi_envelope := SP '(' @env_call item_end;
  fi_internaldate := SP date_time %r_datetime item_end;
  fi_nstring := SP nstr item_end;
  fi_size := SP number64 %r_num item_end;
  fi_uid := SP nz_number %r_num item_end;
  fi_bodystructure := SP '(' @body_call item_end;

  # section = "[" [section-spec] "]"
  # section-spec = section-msgtext / (section-part ["." section-text])
  # section-msgtext = "HEADER" / "HEADER.FIELDS" [".NOT"] SP header-list / "TEXT"
  # section-part = nz-number *("." nz-number); section-text = section-msgtext / "MIME"
  # header-list = "(" header-fld-name *(SP header-fld-name) ")"; header-fld-name = astring
  action r_sec_begin { if (!ik_r_open(ps, IK_N_SECTION, p + 1)) fbreak; }
  action r_sec_end { ik_r_part_close(ps); ik_b_pop(ps, p); }
  action r_part_begin { if (!ik_r_open(ps, IK_N_PART, p)) fbreak; }
  action r_part_close { ik_r_part_close(ps); }
  action r_sec_kw { ik_r_section_kw(ps, p); }
  action r_hlist { if (!ik_r_open(ps, IK_N_LIST, p)) fbreak; }
  header_list = '(' @r_hlist astring %r_str (list_sp astring %r_str)* sp_paren ')' @r_pop;
  sec_msgtext = ('HEADER'i | 'TEXT'i) >mark %r_sec_kw
              | ('HEADER.FIELDS'i ('.NOT'i)?) >mark %r_sec_kw SP header_list;
  sec_text = sec_msgtext | 'MIME'i >mark %r_sec_kw;
  sec_part = nz_number >r_part_begin %r_num ('.' nz_number %r_num)*;
  section_spec = sec_msgtext | sec_part ('.' sec_text >r_part_close)?;
  section = '[' @r_sec_begin section_spec? ']' @r_sec_end;
  # "<" number ">" (the origin octet); "<origin.length>" is a quirk
  action r_partial { if (!ik_r_open(ps, IK_N_PARTIAL, p)) fbreak; }
  partial = '<' @r_partial number %r_num ('.' >r_q_other number %r_num)? '>' @r_pop;
  fi_body := SP '(' @body_call item_end
           | section partial? SP >fi_name_end nstr item_end;

  # Unknown items (extensions): the name, with any [...] and <...>, then a
  # generic value.
  gsection = '[' (any - (']' | CR | LF))* ']';
  fi_generic := gsection? ('<' [0-9.]* '>')? SP >fi_name_end g_value item_end;
}%%
