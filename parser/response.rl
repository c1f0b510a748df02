/*
 * Typed server responses of RFC 3501 section 9, IMAP4rev2 (RFC 9051) and the
 * extensions real servers speak (ESEARCH, CONDSTORE/QRESYNC, SORT/THREAD, ID,
 * NAMESPACE, UIDPLUS, LIST-EXTENDED, QUOTA, ACL, METADATA, BINARY, OBJECTID,
 * PREVIEW, Gmail's X-GM-EXT-1, ...): machines entered from server_dispatch(),
 * code_dispatch(), fetch_dispatch(), body_dispatch(), esearch_dispatch(),
 * lext_dispatch() and satt_dispatch() in server.rl. Each rule carries the ABNF
 * it implements; docs/responses.md has the tree shapes.
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
  action r_list_open { if (!ik_r_open(ps, IK_N_LIST, p)) fbreak; }
  action r_pop_keep { ik_b_pop(ps, NULL); }
  # a PAIR named by the string token just scanned, made the parent of its value
  action r_pair { if (!ik_r_pair(ps)) fbreak; }
  # an ATTR named by the keyword from ps->mark to p (a leaf, or the parent of its values)
  action r_attr_leaf { if (!ik_r_attr(ps, p, 0)) fbreak; }
  action r_attr_open { if (!ik_r_attr(ps, p, 1)) fbreak; }
  # uid-set: a sequence set without "*" or "$"
  action r_uid_set { if (!ik_r_uid_set(ps)) fbreak; }
  # RFC 8474: objectid = 1*255(ALPHA / DIGIT / "_" / "-")
  objectid = ([A-Za-z0-9_\-]+) >mark %atom_end %r_str;

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
  resp_flags := list_sp flag_list eol_t @done;

  # ---- mailbox-data =/ "LIST" SP mailbox-list / "LSUB" SP mailbox-list
  #      mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
  #                     [SP mbox-list-extended]                           (RFC 5258, 9051)
  #      mbx-list-flags = *(mbx-list-oflag SP) mbx-list-sflag *(SP mbx-list-oflag) /
  #                       mbx-list-oflag *(SP mbx-list-oflag)
  #      mbx-list-oflag = "\Noinferiors" / child-mbox-flag / "\Subscribed" / "\Remote" /
  #                       flag-extension; flag-extension = "\" atom
  #      (\NonExistent, \HasChildren, \HasNoChildren (RFC 3348), the special-use
  #      \All \Archive \Drafts \Flagged \Junk \Sent \Trash (RFC 6154): flag-extensions)
  #      mbox-list-extended = "(" [mbox-list-extended-item *(SP mbox-list-extended-item)] ")"
  #      mbox-list-extended-item = mbox-list-extended-item-tag SP tagged-ext-val
  #      mbox-list-extended-item-tag = astring
  #      CHILDINFO: "CHILDINFO" SP "(" list-select-base-opt-quoted *(SP ...) ")" (RFC 5258)
  #      OLDNAME: "OLDNAME" SP "(" mailbox ")" (RFC 9051)
  # The extended items are PAIRs (the tag, its value) in a LIST, the entry's
  # fourth child; lext_dispatch() picks the value's machine from the tag.
  action r_list_entry { if (!ik_r_open(ps, IK_N_LIST_ENTRY, p)) fbreak; }
  action r_list_reopen { if (!ik_r_reopen(ps, p) || !ik_r_open(ps, IK_N_LIST, p)) fbreak; }
  action r_list_ext_end { ik_b_pop(ps, p + 1); ik_b_pop(ps, p + 1); }
  mbx_flag = ('\\' ATOM_RUN+) >mark %flag_node;
  mbx_list_flags = '(' @r_list_entry @flag_list_begin (mbx_flag (list_sp mbx_flag)*)? sp_paren ')' @flag_list_end;
  # exactly one QUOTED-CHAR (not lexical's QUOTED_CHAR, whose fast path runs on)
  delim_char = (CHAR - (quoted_specials | CR | LF)) | HIGH @q_8bit | '\\' quoted_specials @q_esc;
  delim_q = '"' >q_start delim_char '"' @q_end;
  list_delim = (delim_q | nil) %r_str;
  action lext_dispatch { { int t = lext_dispatch(ps, p); if (t < 0) fbreak; fhold; fcall *t; } }
  action lext_ret { ik_b_pop(ps, NULL); fhold; fret; }
  lext_end = (SP | ')') @lext_ret;
  lext_item = astring (SP >lext_dispatch);
  mbox_list_extended = '(' @r_list_reopen (lext_item (list_sp lext_item)*)? sp_paren ')' @r_list_ext_end;
  lext_childinfo := list_sp '(' @r_list_open string %r_str (list_sp string %r_str)* sp_paren ')' @r_pop lext_end;
  lext_oldname := list_sp '(' @r_list_open mailbox sp_paren ')' @r_pop lext_end;
  lext_generic := list_sp g_value lext_end;
  resp_list := list_sp mbx_list_flags list_sp list_delim list_sp mailbox %r_pop_here
               (list_sp mbox_list_extended)? eol_t @done;

  # ---- mailbox-data =/ "SEARCH" [1*(SP nz-number) SP search-sort-mod-seq]  (RFC 7162)
  #      sort-data = "SORT" [1*(SP nz-number) SP search-sort-mod-seq]          (RFC 5256, 7162)
  #      search-sort-mod-seq = "(" "MODSEQ" SP mod-sequence-value ")"
  search_modseq = '(' @r_list_open 'MODSEQ'i >mark %r_attr_open list_sp nz_number64 %r_num %r_pop_here ')' @r_pop;
  resp_search := ((list_sp nz_number %r_num)+ (list_sp search_modseq)?)? eol_t @done;

  # ---- esearch-response = "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data)
  #      search-correlator = SP "(" "TAG" SP tag-string ")"   (tag-string = astring, RFC 9051)
  #      search-return-data = "MIN" SP nz-number / "MAX" SP nz-number / "ALL" SP sequence-set /
  #        "COUNT" SP number / "MODSEQ" SP mod-sequence-value (RFC 7162) /
  #        "PARTIAL" SP "(" partial-range SP (sequence-set / nil) ")" (RFC 9394) /
  #        ("ADDTO" / "REMOVEFROM") SP "(" context-position SP sequence-set
  #          *(SP context-position SP sequence-set) ")" (RFC 5267) /
  #        search-ret-data-ext (search-modifier-name SP search-return-value: generic)
  # Each datum is an ATTR (id = its name) holding its value; esearch_dispatch()
  # picks the value's machine from the name. UID is an ATTR without value.
  es_correlator = '(' @r_list_open 'TAG'i >mark %r_attr_open list_sp astring %r_str %r_pop_here sp_paren ')' @r_pop;
  action es_dispatch { { int t = esearch_dispatch(ps, p); if (t < 0) fbreak; fhold; fcall *t; } }
  action es_ret { ik_b_pop(ps, p); fhold; fret; }
  es_end = (SP | CR | LF) @es_ret;
  es_item = atom ((SP | CR | LF) >es_dispatch);
  resp_esearch := (list_sp es_correlator)? (list_sp es_item)* eol_t @done;
  es_none := es_end;
  es_nz := list_sp nz_number %r_num es_end;
  es_number := list_sp number %r_num es_end;
  es_modseq := list_sp nz_number64 %r_num es_end;
  es_seqset := list_sp sequence_set es_end;
  partial_range = ('-'? [0-9]+ ':' '-'? [0-9]+) >mark %atom_end %r_str;
  es_partial := list_sp '(' @r_list_open partial_range list_sp (sequence_set | nil %r_str) sp_paren ')' @r_pop es_end;
  es_context := list_sp '(' @r_list_open number %r_num list_sp sequence_set
                (list_sp number %r_num list_sp sequence_set)* sp_paren ')' @r_pop es_end;
  es_generic := list_sp g_value es_end;

  # ---- thread-data = "THREAD" [SP 1*thread-list]                            (RFC 5256)
  #      thread-list = "(" (thread-members / thread-nested) ")"
  #      thread-members = thread-node-id *(SP thread-node-id) [SP thread-nested]
  #      thread-nested = 2*thread-list; thread-node-id = nz-number
  # A THREAD node per thread-list, nested through fcall. Lenient: spaces between
  # thread lists, and a single nested list.
  action thr_call { if (!ik_r_open(ps, IK_N_THREAD, p)) fbreak; fcall thread_rest; }
  action thr_ret { if (!ik_r_thread_close(ps, p)) fbreak; ik_b_pop(ps, p + 1); fret; }
  thr_lists = '(' @thr_call (sp_extra '(' @thr_call)*;
  thread_rest := (nz_number %r_num (list_sp nz_number %r_num)* (list_sp thr_lists)? | thr_lists)
                 sp_paren ')' @thr_ret;
  resp_thread := (list_sp thr_lists)? eol_t @done;

  # ---- id-response = "ID" SP id-params-list                                 (RFC 2971)
  #      id-params-list = "(" #(string SP nstring) ")" / nil
  # Each field is a PAIR (name, value) in a LIST; NIL is a STRING.
  id_pair = string %r_pair list_sp nstr %r_pop_keep;
  resp_id := list_sp (nil %r_str | '(' @r_list_open (id_pair (list_sp id_pair)*)? sp_paren ')' @r_pop)
             eol_t @done;

  # ---- I18NLEVEL (RFC 5255):
  #      language-data = "LANGUAGE" SP "(" lang-tag-quoted *(SP lang-tag-quoted) ")"
  #      comparator-data = "COMPARATOR" SP comp-sel-quoted
  #                        [SP "(" comp-id-quoted *(SP comp-id-quoted) ")"]
  #      (each -quoted is an astring)
  astr_list = '(' @r_list_open astring %r_str (list_sp astring %r_str)* sp_paren ')' @r_pop;
  resp_language := list_sp astr_list eol_t @done;
  resp_comparator := list_sp astring %r_str (list_sp astr_list)? eol_t @done;

  # ---- Namespace-Response = "NAMESPACE" SP Namespace SP Namespace SP Namespace (RFC 2342, 9051)
  #      Namespace = nil / "(" 1*Namespace-Descr ")"
  #      Namespace-Descr = "(" string SP (DQUOTE QUOTED-CHAR DQUOTE / nil)
  #                        *(Namespace-Response-Extension) ")"
  #      Namespace-Response-Extension = SP string SP "(" string *(SP string) ")"
  # Personal, other users', shared: each NIL (a STRING) or a LIST of NAMESPACE
  # nodes (prefix, delimiter, then a PAIR per extension holding a LIST).
  action r_ns_open { if (!ik_r_open(ps, IK_N_NAMESPACE, p)) fbreak; }
  action r_pop2 { ik_b_pop(ps, p + 1); ik_b_pop(ps, NULL); }
  ns_ext = list_sp string %r_pair list_sp '(' @r_list_open string %r_str (list_sp string %r_str)* sp_paren ')' @r_pop2;
  ns_descr = '(' @r_ns_open string %r_str list_sp list_delim ns_ext* sp_paren ')' @r_pop;
  namespace = nil %r_str | '(' @r_list_open ns_descr (sp_extra ns_descr)* sp_paren ')' @r_pop;
  # (three namespaces, counted by the helpers: one machine, not three copies)
  action r_args_max { if (!ik_r_args_max(ps, p)) fbreak; }
  action r_args_min { if (!ik_r_args_min(ps, p)) fbreak; }
  # (the count is checked at the line end itself, CR or LF: a check on the
  # SP before it would run on every SP, which may start a value as well)
  eol_counted = (SP+ >r_spmark %r_q_trailing)? (eol >r_args_min);
  resp_namespace := (list_sp (namespace >r_args_max))+ eol_counted @done;

  # ---- quota-response = "QUOTA" SP quota-root-name SP quota-list             (RFC 9208)
  #      quota-list = "(" quota-resource *(SP quota-resource) ")"   (RFC 2087: may be empty)
  #      quota-resource = resource-name SP resource-usage SP resource-limit (number64s)
  #      quotaroot-response = "QUOTAROOT" SP mailbox *(SP quota-root-name)
  #      quota-root-name = astring
  # A resource is an ATTR (id = STORAGE, MESSAGE, MAILBOX, ANNOTATION-STORAGE, or 0)
  # holding its usage and limit.
  quota_res = atom >mark %r_attr_open list_sp number64 %r_num list_sp number64 %r_num %r_pop_here;
  resp_quota := list_sp astring %r_str list_sp '(' @r_list_open (quota_res (list_sp quota_res)*)? sp_paren ')' @r_pop
                eol_t @done;
  # (QUOTAROOT, LISTRIGHTS and MYRIGHTS share one machine: a mailbox and
  # astrings, as many as the response takes, counted by the helpers)
  resp_mbox_strings := list_sp mailbox (list_sp (astring >r_args_max) %r_str)* eol_counted @done;

  # ---- acl-data = "ACL" SP mailbox *(SP identifier SP rights)                  (RFC 4314)
  #      listrights-data = "LISTRIGHTS" SP mailbox SP identifier SP rights *(SP rights)
  #      myrights-data = "MYRIGHTS" SP mailbox SP rights
  #      identifier = astring; rights = astring
  acl_pair = astring %r_pair list_sp astring %r_str %r_pop_keep;
  resp_acl := list_sp mailbox (list_sp acl_pair)* eol_t @done;

  # ---- metadata-resp = "METADATA" SP mailbox SP (entry-values / entry-list)    (RFC 5464)
  #      entry-values = "(" entry-value *(SP entry-value) ")"; entry-value = entry SP value
  #      entry-list = entry *(SP entry)      (unsolicited: the entries that changed)
  #      entry = astring; value = nstring / literal8
  md_pair = astring %r_pair list_sp (nstring | literal8) %r_str %r_pop_keep;
  resp_metadata := list_sp mailbox list_sp ( '(' @r_list_open md_pair (list_sp md_pair)* sp_paren ')' @r_pop
                                           | astring %r_str (list_sp astring %r_str)* ) eol_t @done;

  # ---- expunged-resp = "VANISHED" [SP "(EARLIER)"] SP known-uids            (RFC 7162)
  #      known-uids = sequence-set (a uid-set: no "*")
  resp_vanished := list_sp ('(' @r_list_open 'EARLIER'i >mark %r_attr_leaf ')' @r_pop list_sp)?
                   sequence_set %r_uid_set eol_t @done;

  # ---- genurlauth-data = "*" SP "GENURLAUTH" 1*(SP url-full)             (RFC 4467)
  #      urlfetch-data = "*" SP "URLFETCH" 1*(SP url SP nstring)
  #      (URLs are astrings; RFC 5524's parenthesized answers are generic values)
  resp_genurlauth := (list_sp astring %r_str)+ eol_t @done;
  action r_pair_generic { ps->parents[ps->depth]->flags |= IK_NF_GENERIC; }
  url_pair = astring %r_pair list_sp (nstr | '(' >r_pair_generic @g_list_open) %r_pop_keep;
  resp_urlfetch := (list_sp url_pair)+ eol_t @done;

  # ---- mailbox-data =/ "STATUS" SP mailbox SP "(" [status-att-list] ")"
  #      status-att-list = status-att-val *(SP status-att-val)
  #      status-att-val = "MESSAGES" SP number / "UIDNEXT" SP nz-number /
  #        "UIDVALIDITY" SP nz-number / "UNSEEN" SP number / "DELETED" SP number /
  #        "SIZE" SP number64 (RFC 9051) / "RECENT" SP number (RFC 3501) /
  #        "HIGHESTMODSEQ" SP mod-sequence-valzer (RFC 7162) /
  #        "APPENDLIMIT" SP (number / nil) (RFC 7889) / "DELETED-STORAGE" SP number64
  #        (RFC 9208) / "MAILBOXID" SP "(" objectid ")" (RFC 8474)
  # satt_dispatch() picks the value's machine from the name; an unknown
  # attribute is a generic STATUS_ATT holding a generic value.
  action r_satt_list { if (!ik_r_open(ps, IK_N_LIST, p)) fbreak; }
  action satt_dispatch { { int t = satt_dispatch(ps, p); if (t < 0) fbreak; fhold; fcall *t; } }
  action satt_ret { ik_b_pop(ps, NULL); fhold; fret; }
  satt_end = (SP | ')') @satt_ret;
  status_att = atom (SP >satt_dispatch);
  resp_status := list_sp mailbox list_sp '(' @r_satt_list (status_att (list_sp status_att)*)? sp_paren ')' @r_pop eol_t @done;
  satt_number := list_sp number64 %r_num satt_end;
  satt_nnumber := list_sp (number %r_num | nil %r_str) satt_end;
  satt_objectid := list_sp '(' @r_list_open objectid ')' @r_pop satt_end;
  satt_generic := list_sp g_value satt_end;

  # ---- resp-text-code = "ALERT" / "BADCHARSET" [SP "(" astring *(SP astring) ")" ] /
  #        capability-data / "PARSE" / "PERMANENTFLAGS" SP "(" [flag-perm *(SP flag-perm)] ")" /
  #        "READ-ONLY" / "READ-WRITE" / "TRYCREATE" / "UIDNEXT" SP nz-number /
  #        "UIDVALIDITY" SP nz-number / "UNSEEN" SP nz-number /
  #        atom [SP 1*<any TEXT-CHAR except "]">]
  #      RFC 9051 and extensions: "UIDNOTSTICKY" / "CLOSED" / "NOMODSEQ" / "NOTSAVED" /
  #        "HASCHILDREN" / "UNKNOWN-CTE" / "COMPRESSIONACTIVE" / "USEATTR" / the RFC 5530
  #        codes (no arguments: code_bare) /
  #        "APPENDUID" SP nz-number SP append-uid (uniqueid / uid-set, RFC 4315, 3502) /
  #        "COPYUID" SP nz-number SP uid-set SP uid-set /
  #        "HIGHESTMODSEQ" SP mod-sequence-value / "MODIFIED" SP sequence-set (RFC 7162) /
  #        "METADATA" SP ("LONGENTRIES" SP number / "MAXSIZE" SP number /
  #          "TOOMANY" / "NOPRIVATE") (RFC 5464) /
  #        "MAILBOXID" SP "(" objectid ")" (RFC 8474) / "NOUPDATE" SP quoted (RFC 5267) /
  #        "BADEVENT" SP "(" event *(SP event) ")" (RFC 5465)
  # The code's name was scanned by code_name (server.rl); these start at the
  # byte after it and end with code_close (generic.rl) on the "]".
  code_end = ']' @code_close;
  code_bare := code_end;
  code_badcharset := (SP '(' astring %r_str (list_sp astring %r_str)* sp_paren ')')? code_end;
  code_capability := (list_sp capability)* (SP+ >r_spmark %r_q_trailing)? code_end;
  code_permflags := list_sp flag_perm_list code_end;
  code_number := list_sp nz_number %r_num code_end;
  code_appenduid := list_sp nz_number %r_num list_sp sequence_set %r_uid_set code_end;
  code_copyuid := list_sp nz_number %r_num list_sp sequence_set %r_uid_set
                  list_sp sequence_set %r_uid_set code_end;
  code_modseq := list_sp nz_number64 %r_num code_end;
  code_seqset := list_sp sequence_set code_end;
  # (the condition is an atom checked by the helper: LONGENTRIES and MAXSIZE
  # take a number, TOOMANY and NOPRIVATE none)
  action r_md_cond { if (!ik_r_metadata_cond(ps, p)) fbreak; }
  action r_md_end { if (!ik_r_metadata_end(ps, p)) fbreak; }
  code_metadata := list_sp atom %r_md_cond (list_sp number %r_num)? (']' >r_md_end @code_close);
  code_objectid := list_sp '(' @r_list_open objectid ')' @r_pop code_end;
  code_quoted := list_sp quoted %r_str code_end;
  code_atoms := list_sp '(' @r_list_open atom %r_str (list_sp atom %r_str)* sp_paren ')' @r_pop code_end;
  # "URLMECH" SP "INTERNAL" *(SP mechanism ["=" base64]) (RFC 4467): each
  # mechanism with its base64 is one atom ('=', '+', '/' are ATOM-CHARs)
  code_urlmech := (list_sp atom %r_str)+ code_end;

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
  address = '(' @r_addr nstr (list_sp >r_addr_field nstr)* ')' @r_addr_end;
  env_addrs = '(' @r_addr_list ( ')' @r_q_empty_list @r_pop
                               | address (sp_extra address)* ')' @r_pop );
  env_field = (nstring %r_env_str | env_addrs) >r_env_field;
  env_rest := env_field (list_sp env_field)* ')' @env_ret;

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
                                 | bstr list_sp bstr (list_sp bstr list_sp bstr)* sp_paren ')' @r_pop )
                 | nil %r_params_nil;
  # body-fld-dsp = "(" string SP body-fld-param ")" / nil
  action r_dsp { if (!ik_r_open(ps, IK_N_BODY_DISPOSITION, p)) fbreak; }
  action r_dsp_nil { if (!ik_r_nil_node(ps, IK_N_BODY_DISPOSITION)) fbreak; }
  body_fld_dsp = '(' @r_dsp bstr list_sp body_fld_param sp_paren ')' @r_pop | nil %r_dsp_nil;
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
  body_ext_1part := list_sp nstr (SP | ')') @to_ext_tail | sp_paren ')' @body_ret;
  body_ext_mpart := list_sp body_fld_param (SP | ')') @to_ext_tail | sp_paren ')' @body_ret;
  body_ext_tail := (list_sp body_fld_dsp (list_sp body_fld_lang (list_sp nstr (list_sp body_extension)*)?)?)?
                   sp_paren ')' @body_ret;
  action to_ext_1part { fhold; fgoto body_ext_1part; }

  body_mpart = '(' @body_mpart @body_call (sp_extra '(' @body_call)* list_sp bstr (SP | ')') @{ fhold; fgoto body_ext_mpart; };
  body_1part = bstr list_sp bstr list_sp body_fld_param list_sp nstr list_sp nstr list_sp bstr list_sp number %r_num
               (SP | ')') @body_decide;
  body_rest := body_mpart | body_1part;

  # The tails, from the byte after body-fld-octets to the extension data.
  action r_q_missing_lines { if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p)) fbreak; }
  action r_lines_nil { if (!ik_r_nil_num(ps, ps->base + ps->tok_off, 3)) fbreak; }
  action r_lines_absent { if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p) || !ik_r_nil_num(ps, p, 0)) fbreak; }
  action r_msg_noenv { if (!ik_b_quirk(ps, IK_Q_OTHER, p)) fbreak; ps->parents[ps->depth]->id = 0; }
  # body-fld-lines = number (number64 in RFC 9051); NIL or nothing: a quirk
  body_text_tail := list_sp number64 %r_num (SP | ')') @to_ext_1part
                  | list_sp nil >r_q_missing_lines %r_lines_nil (SP | ')') @to_ext_1part
                  | sp_paren ')' @r_lines_absent @body_ret;
  body_msg_tail := list_sp '(' @env_call list_sp '(' @body_call list_sp number64 %r_num (SP | ')') @to_ext_1part
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
  resp_fetch := list_sp '(' fetch_item fetch_list;
  # where per-item recovery resumes: at the SP or ")" after a broken item
  fetch_next := fetch_list;

  # msg-att-dynamic = "FLAGS" SP "(" [flag-fetch *(SP flag-fetch)] ")"
  fi_flags := list_sp flag_list item_end;
  # msg-att-static = "ENVELOPE" SP envelope / "INTERNALDATE" SP date-time /
  #   "RFC822" [".HEADER" / ".TEXT"] SP nstring / "RFC822.SIZE" SP number /
  #   "BODY" ["STRUCTURE"] SP body / "BODY" section ["<" number ">"] SP nstring /
  #   "UID" SP uniqueid
  fi_envelope := list_sp '(' @env_call item_end;
  # INTERNALDATE and SAVEDATE share a machine: NIL only for SAVEDATE
  action r_nil_date { if (!ik_r_nil_date(ps, p)) fbreak; }
  fi_internaldate := list_sp (date_time %r_datetime | nil >r_nil_date %r_str) item_end;
  fi_nstring := list_sp nstr item_end;
  fi_size := list_sp number64 %r_num item_end;
  fi_uid := list_sp nz_number %r_num item_end;
  fi_bodystructure := list_sp '(' @body_call item_end;
  # Extensions:
  #   fetch-mod-resp = "MODSEQ" SP "(" permsg-modsequence ")"            (RFC 7162)
  #   "BINARY" section-binary ["<" number ">"] SP (nstring / literal8) /
  #   "BINARY.SIZE" section-binary SP number; section-binary = "[" [section-part] "]" (RFC 3516)
  #   "X-GM-MSGID" SP mod-sequence-value / "X-GM-THRID" SP mod-sequence-value /
  #   "X-GM-LABELS" SP "(" [label *(SP label)] ")"; label = astring / flag-extension (Gmail)
  #   "PREVIEW" SP nstring (RFC 8970; the draft's "(" algorithm SP nstring ")" too) /
  #   "SNIPPET" SP "(" algorithm SP nstring ")" (the draft Dovecot speaks)
  #   "SAVEDATE" SP (date-time / nil) (RFC 8514)
  #   "EMAILID" SP "(" objectid ")" / "THREADID" SP ("(" objectid ")" / nil) (RFC 8474)
  fi_modseq := list_sp '(' @r_list_open nz_number64 %r_num ')' @r_pop item_end;
  fi_number64 := list_sp number64 %r_num item_end;
  gm_label = ('\\' ATOM_CHAR+) >mark %flag_node | astring %r_str;
  fi_labels := list_sp '(' @r_list_open (gm_label (list_sp gm_label)*)? sp_paren ')' @r_pop item_end;
  # PREVIEW and SNIPPET share a machine: the bare nstring only for PREVIEW
  action r_preview_str { if (!ik_r_preview_str(ps, p)) fbreak; }
  algo_text = '(' @r_list_open atom %r_str list_sp nstr sp_paren ')' @r_pop;
  fi_preview := list_sp (nstring >r_preview_str %r_str | algo_text) item_end;
  fi_emailid := list_sp '(' @r_list_open objectid ')' @r_pop item_end;
  fi_threadid := list_sp ('(' @r_list_open objectid ')' @r_pop | nil %r_str) item_end;

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
  fi_body := list_sp '(' @body_call item_end
           | section partial? (SP >fi_name_end) sp_extra nstr item_end;
  section_binary = '[' @r_sec_begin sec_part? ']' @r_sec_end;
  fi_binary := section_binary partial? (SP >fi_name_end) sp_extra (nstr | literal8 %r_str) item_end;
  fi_binary_size := section_binary (SP >fi_name_end) sp_extra number64 %r_num item_end;

  # Unknown items (extensions): the name, with any [...] and <...>, then a
  # generic value.
  gsection = '[' (any - (']' | CR | LF))* ']';
  fi_generic := gsection? ('<' [0-9.]* '>')? (SP >fi_name_end) sp_extra g_value item_end;
}%%
