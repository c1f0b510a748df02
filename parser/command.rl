/*
 * Typed client commands of RFC 3501 section 9 and the extensions that real
 * clients send: machines entered from client_dispatch() / uid_dispatch() in
 * client.rl at the byte right after the command name (SP, CR or LF). Each one
 * consumes the rest of the command through its final LF and ends with
 * @cmd_done.
 *
 * Needs: lexical.rl and generic.rl (included before), the helpers of
 * cmd_build.h in the host code.
 *
 * Trees (the message's argument chain; see docs/tree.md):
 *   LOGIN          STRING user, STRING password
 *   AUTHENTICATE   STRING mechanism [SASL initial response]
 *   SELECT/EXAMINE MAILBOX [LIST of params: ATTR (CONDSTORE, QRESYNC, generic)]
 *   CREATE/RENAME  MAILBOX [MAILBOX] [LIST of params]
 *   DELETE/(UN)SUBSCRIBE  MAILBOX
 *   LIST           [LIST of select options] MAILBOX (STRING | LIST of STRING)
 *                  [ATTR RETURN: options]
 *   LSUB           MAILBOX STRING
 *   STATUS         MAILBOX LIST of ATTR
 *   APPEND         MAILBOX APPEND_MESSAGE+ (FLAG_LIST? DATETIME? data), data
 *                  a STRING literal/literal8, ATTR UTF8 (STRING) or ATTR
 *                  CATENATE (ATTR TEXT (STRING) / ATTR URL (STRING))
 *   COPY/MOVE      SEQSET MAILBOX
 *   UID EXPUNGE    SEQSET
 *   FETCH          SEQSET (FETCH_ATT | LIST of FETCH_ATT) [LIST of modifiers]
 *   STORE          SEQSET [LIST of modifiers] STORE_ACTION (FLAG_LIST | FLAG*)
 *   SEARCH         [ATTR RETURN] [ATTR CHARSET (STRING)] key+, a key being a
 *                  SEARCH_KEY (arguments or sub-keys as children), a SEQSET,
 *                  or a LIST of keys (parentheses)
 *   SORT           [ATTR RETURN] LIST of ATTR (sort keys, REVERSE before its
 *                  key) STRING charset key+
 *   THREAD         ATTR algorithm, STRING charset, key+
 *   ENABLE         CAPABILITY+
 *   ID             LIST of PAIR (field; value child) or STRING NIL
 *   COMPRESS       ATTR algorithm
 *   GETQUOTA       STRING root; SETQUOTA STRING root, LIST of ATTR (NUMBER)
 *   SETACL ...     MAILBOX [STRING identifier [STRING rights]]
 *   GETMETADATA    [LIST of ATTR options] MAILBOX (STRING | LIST of STRING)
 *   SETMETADATA    MAILBOX LIST of PAIR (entry; value child)
 *   REPLACE        SEQ_NUM MAILBOX APPEND_MESSAGE
 *   NOTIFY         ATTR NONE | ATTR SET [ATTR STATUS] LIST+ (ATTR filter
 *                  [MAILBOX | LIST], LIST of ATTR events | ATTR NONE)
 *   RESETKEY ...   MAILBOX / STRING and ATTR mechanisms (URLAUTH), STRING*
 *                  (LANGUAGE, COMPARATOR, CANCELUPDATE)
 *
 * Spaces: one SP separates arguments. Lenient mode also takes runs of spaces
 * (extra_space, at the second space) and spaces before the end of the line
 * (trailing_space, at the first). The run's first byte is kept in sp_mark and
 * the quirk is decided by what follows the run (entering actions on the next
 * argument, leaving actions before CR/LF), so an optional argument and the end
 * of the line can share their SP without an action firing on the SP itself.
 *
 * Nesting: SEARCH keys go through fcall/fret; every level (NOT, OR, FUZZY,
 * parentheses) pushes its node with ik_b_push, which checks the depth limit,
 * before its first fcall, and a level makes one call at a time, so the Ragel
 * stack never holds more than depth + 1 frames. Generic argument lists use the
 * generic grammar's g_list (push, then fcall).
 */
%%{
  machine ik_command;

  action cmd_done { ps->done = 1; }

  # ---- keywords matched by the machine: each leaves its id in ps->kw ----
  action fk_ALL { ps->kw = IK_KW_ALL; }
  action fk_BINARY { ps->kw = IK_KW_BINARY; }
  action fk_BINARY_PEEK { ps->kw = IK_KW_BINARY_PEEK; }
  action fk_BINARY_SIZE { ps->kw = IK_KW_BINARY_SIZE; }
  action fk_BODY { ps->kw = IK_KW_BODY; }
  action fk_BODYSTRUCTURE { ps->kw = IK_KW_BODYSTRUCTURE; }
  action fk_BODY_PEEK { ps->kw = IK_KW_BODY_PEEK; }
  action fk_EMAILID { ps->kw = IK_KW_EMAILID; }
  action fk_ENVELOPE { ps->kw = IK_KW_ENVELOPE; }
  action fk_FAST { ps->kw = IK_KW_FAST; }
  action fk_FLAGS { ps->kw = IK_KW_FLAGS; }
  action fk_FULL { ps->kw = IK_KW_FULL; }
  action fk_HEADER { ps->kw = IK_KW_HEADER; }
  action fk_HEADER_FIELDS { ps->kw = IK_KW_HEADER_FIELDS; }
  action fk_HEADER_FIELDS_NOT { ps->kw = IK_KW_HEADER_FIELDS_NOT; }
  action fk_INTERNALDATE { ps->kw = IK_KW_INTERNALDATE; }
  action fk_MIME { ps->kw = IK_KW_MIME; }
  action fk_MODSEQ { ps->kw = IK_KW_MODSEQ; }
  action fk_PREVIEW { ps->kw = IK_KW_PREVIEW; }
  action fk_SNIPPET { ps->kw = IK_KW_SNIPPET; }
  action fk_RFC822 { ps->kw = IK_KW_RFC822; }
  action fk_RFC822_HEADER { ps->kw = IK_KW_RFC822_HEADER; }
  action fk_RFC822_SIZE { ps->kw = IK_KW_RFC822_SIZE; }
  action fk_RFC822_TEXT { ps->kw = IK_KW_RFC822_TEXT; }
  action fk_SAVEDATE { ps->kw = IK_KW_SAVEDATE; }
  action fk_TEXT { ps->kw = IK_KW_TEXT; }
  action fk_THREADID { ps->kw = IK_KW_THREADID; }
  action fk_UID { ps->kw = IK_KW_UID; }
  action fk_X_GM_LABELS { ps->kw = IK_KW_X_GM_LABELS; }
  action fk_X_GM_MSGID { ps->kw = IK_KW_X_GM_MSGID; }
  action fk_X_GM_THRID { ps->kw = IK_KW_X_GM_THRID; }
  action fk_none { ps->kw = IK_KW_NONE; }

  # ---- spaces ----
  action c_sp_mark { ps->sp_mark = p; }
  action c_chk_extra {
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) fbreak;
  }
  action c_q_trail { if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) fbreak; }

  # SP (more spaces: extra_space, checked by >c_chk_extra on what follows)
  S = SP >c_sp_mark SP*;
  # [spaces] CRLF at the end of a command
  fin = (SP+ >c_sp_mark %c_q_trail)? eol @cmd_done;

  # ---- nodes ----
  action c_str { if (!ik_b_add_tok(ps, IK_N_STRING)) fbreak; }
  action c_num { if (!ik_b_add_tok(ps, IK_N_NUMBER)) fbreak; ps->last->form = IK_FORM_NONE; }
  action c_flag_kw { if (!ik_b_add_tok(ps, IK_N_FLAG)) fbreak; }
  action c_pop { ik_b_pop(ps, p); }
  action c_pop_after { ik_b_pop(ps, p + 1); }
  action c_list { if (!ik_c_open(ps, IK_N_LIST, p)) fbreak; }
  action c_attr { if (!ik_c_attr(ps, p, 0)) fbreak; }
  action c_attr_push { if (!ik_c_attr(ps, p, 1)) fbreak; }
  action c_gen_opt { if (!ik_c_gen_opt(ps, p)) fbreak; }
  action c_repush { if (!ik_c_repush(ps, p)) fbreak; }
  action c_gen_atom { if (!ik_c_gen_atom(ps, p)) fbreak; }
  action c_datetime { if (!ik_b_datetime(ps)) fbreak; }
  action c_date { if (!ik_c_date(ps)) fbreak; }

  # A list's end: [spaces: space_before_paren] ")", closing the current LIST.
  lclose = sp_before_paren ')' @c_pop_after;

  # ---- options (RFC 4466 tagged-ext, RFC 5258 option-extension) ----
  # tagged-ext-label = tagged-label-fchar *tagged-label-char
  tagged_label = [A-Za-z\-_.] [A-Za-z0-9\-_.:]*;
  # tagged-ext-val = tagged-ext-simple / "(" [tagged-ext-comp] ")": kept
  # generic (numbers, atoms, lists), as the children of the option's ATTR.
  gval = (([0-9*$] (ATOM_CHAR | '*')*) >mark %c_gen_atom | '(' @g_list_open) >c_repush %c_pop;

  # ---- mailbox names and patterns ----
  # list-mailbox = 1*list-char / string; list-char = ATOM-CHAR / list-wildcards / resp-specials
  list_mailbox = ((ATOM_RUN | list_wildcards | resp_specials)+ >mark %atom_end | string) %c_str;

  # ---- LOGIN, AUTHENTICATE ----
  # login = "LOGIN" SP userid SP password; userid = password = astring
  cmd_login := S (astring >c_chk_extra %c_str) S (astring >c_chk_extra %c_str) fin;

  # authenticate = "AUTHENTICATE" SP auth-type [SP (base64 / "=")] (RFC 4959)
  # base64 = *(4base64-char) [base64-terminal]
  action c_sasl { if (!ik_c_sasl(ps, p)) fbreak; }
  b64c = [A-Za-z0-9+/];
  base64 = (b64c{4})+ | (b64c{4})* (b64c{2} '==' | b64c{3} '=');
  sasl_ir = (base64 | '=') >mark %c_sasl;
  cmd_authenticate := S (atom >c_chk_extra %c_str) (S (sasl_ir >c_chk_extra))? fin;

  # ---- mailbox commands ----
  # delete / subscribe / unsubscribe = NAME SP mailbox
  cmd_mailbox := S (mailbox >c_chk_extra) fin;

  # select-params = SP "(" select-param *(SP select-param) ")" (RFC 4466)
  # select-param =/ "CONDSTORE" (RFC 7162)
  #   / "QRESYNC" SP "(" uidvalidity SP mod-sequence-value [SP known-uids]
  #     [SP seq-match-data] ")"; seq-match-data = "(" known-sequence-set SP known-uid-set ")"
  qresync = 'QRESYNC'i >mark %c_attr_push SP '('
            (nz_number %c_num) SP (nz_number64 %c_num)
            (SP sequence_set)?
            (SP '(' @c_list sequence_set SP sequence_set ')' @c_pop_after)?
            ')' @c_pop_after;
  sel_param = 'CONDSTORE'i >mark %c_attr | qresync
            | (tagged_label - ('CONDSTORE'i | 'QRESYNC'i)) >mark %c_gen_opt (SP gval)?;
  select_params = '(' @c_list sel_param (list_sp sel_param)* lclose;
  cmd_select := S (mailbox >c_chk_extra) (S (select_params >c_chk_extra))? fin;

  # create = "CREATE" SP mailbox [create-params] (RFC 4466); "USE" (RFC 6154)
  cre_param = 'USE'i >mark %c_attr_push SP flag_list %c_pop
            | (tagged_label - 'USE'i) >mark %c_gen_opt (SP gval)?;
  create_params = '(' @c_list cre_param (list_sp cre_param)* lclose;
  cmd_create := S (mailbox >c_chk_extra) (S (create_params >c_chk_extra))? fin;

  # rename = "RENAME" SP mailbox SP mailbox [rename-params] (RFC 4466)
  gen_param = tagged_label >mark %c_gen_opt (SP gval)?;
  gen_params = '(' @c_list gen_param (list_sp gen_param)* lclose;
  cmd_rename := S (mailbox >c_chk_extra) S (mailbox >c_chk_extra) (S (gen_params >c_chk_extra))? fin;

  # status = "STATUS" SP mailbox SP "(" status-att *(SP status-att) ")"
  action c_status_att { if (!ik_c_status_att(ps, p)) fbreak; }
  status_att = ([A-Za-z] ATOM_RUN*) >mark %c_status_att;
  status_atts = '(' @c_list status_att (list_sp status_att)* lclose;
  cmd_status := S (mailbox >c_chk_extra) S (status_atts >c_chk_extra) fin;

  # list = "LIST" [SP list-select-opts] SP mailbox SP mbox-or-pat [SP list-return-opts]
  # (RFC 5258, 5819 LIST-STATUS, 6154 SPECIAL-USE)
  lsel_known = 'SUBSCRIBED'i | 'REMOTE'i | 'RECURSIVEMATCH'i | 'SPECIAL-USE'i;
  lsel_opt = lsel_known >mark %c_attr | (tagged_label - lsel_known) >mark %c_gen_opt (SP gval)?;
  list_select_opts = '(' @c_list (lsel_opt (list_sp lsel_opt)*)? lclose;
  lret_known = 'SUBSCRIBED'i | 'CHILDREN'i | 'SPECIAL-USE'i | 'STATUS'i;
  lret_opt = ('SUBSCRIBED'i | 'CHILDREN'i | 'SPECIAL-USE'i) >mark %c_attr
           | 'STATUS'i >mark %c_attr_push SP status_atts %c_pop
           | (tagged_label - lret_known) >mark %c_gen_opt (SP gval)?;
  list_return_opts = 'RETURN'i >mark %c_attr_push SP '(' (lret_opt (list_sp lret_opt)*)?
                     sp_before_paren ')' @c_pop_after;
  patterns = '(' @c_list list_mailbox (list_sp list_mailbox)* lclose;
  cmd_list := S ((list_select_opts >c_chk_extra) S)? (mailbox >c_chk_extra)
              S ((list_mailbox | patterns) >c_chk_extra)
              (S (list_return_opts >c_chk_extra))? fin;
  # lsub = "LSUB" SP mailbox SP list-mailbox
  cmd_lsub := S (mailbox >c_chk_extra) S (list_mailbox >c_chk_extra) fin;

  # ---- APPEND ----
  # append = "APPEND" SP mailbox 1*append-message (RFC 3502)
  # append-message = append-opts SP append-data; append-opts = [SP flag-list] [SP date-time]
  # append-data = literal / literal8 (RFC 3516) / "UTF8" SP "(" literal8 ")" (RFC 6855)
  #   / "CATENATE" SP "(" cat-part *(SP cat-part) ")" (RFC 4469)
  # cat-part = "TEXT" SP literal / "URL" SP astring
  action c_msg { if (!ik_c_append_message(ps, p)) fbreak; }
  cat_part = 'TEXT'i >mark %c_attr_push SP literal %c_str %c_pop
           | 'URL'i >mark %c_attr_push SP astring %c_str %c_pop;
  append_data = (literal | literal8) %c_str
              | 'UTF8'i >mark %c_attr_push SP '(' literal8 %c_str ')' @c_pop_after
              | 'CATENATE'i >mark %c_attr_push SP '(' cat_part (SP cat_part)* ')' @c_pop_after;
  append_message = ((flag_list >c_chk_extra) S)? ((date_time >c_chk_extra %c_datetime) S)?
                   (append_data >c_chk_extra);
  cmd_append := S (mailbox >c_chk_extra) (S (append_message >c_msg %c_pop))+ fin;

  # ---- COPY, MOVE, UID EXPUNGE ----
  # copy = "COPY" SP sequence-set SP mailbox; move (RFC 6851) the same
  cmd_copy := S (sequence_set >c_chk_extra) S (mailbox >c_chk_extra) fin;
  # uid-expunge = "UID" SP "EXPUNGE" SP sequence-set (RFC 4315)
  cmd_seqset := S (sequence_set >c_chk_extra) fin;

  # ---- FETCH ----
  # fetch = "FETCH" SP sequence-set SP ("ALL" / "FULL" / "FAST" / fetch-att /
  #         "(" fetch-att *(SP fetch-att) ")") [fetch-modifiers]
  # fetch-att = "ENVELOPE" / "FLAGS" / "INTERNALDATE" / "RFC822" [".HEADER" /
  #   ".SIZE" / ".TEXT"] / "BODY" ["STRUCTURE"] / "UID" / "BODY" section
  #   ["<" number "." nz-number ">"] / "BODY.PEEK" section ["<" ... ">"]
  #   / "BINARY" [".PEEK"] section-binary [partial] / "BINARY.SIZE" section-binary
  #   / "MODSEQ" / ... (names looked up in ik_c_fa_name)
  action c_fa_begin { if (!ik_c_fa_begin(ps, p)) fbreak; }
  action c_fa_name { if (!ik_c_fa_name(ps, p)) fbreak; }
  action c_fa_section { if (!ik_c_fa_section(ps, p)) fbreak; }
  action c_fa_part { if (!ik_c_fa_part(ps, p)) fbreak; }
  action c_fa_text { if (!ik_c_fa_text(ps, p)) fbreak; }
  action c_fa_text_id { ik_c_fa_text_id(ps, p); }
  action c_fa_section_end { ik_c_fa_section_end(ps, p); }
  action c_fa_partial { if (!ik_c_fa_partial(ps, p)) fbreak; }
  action c_fa_partial_len { if (!ik_c_fa_partial_len(ps)) fbreak; }
  action c_fa_end { if (!ik_c_fa_end(ps, p)) fbreak; }
  action c_fa_args {
    switch (ik_c_fa_args(ps, p)) {
    case 0: fbreak;
    case 2: fcall fa_mods;
    default: fcall g_list;
    }
  }
  action c_fa_mod { if (!ik_c_fa_mod(ps, p)) fbreak; }

  # section-part = nz-number *("." nz-number)
  sec_part = (nz_number %c_num ('.' nz_number %c_num)*) >c_fa_part;
  # header-list = "(" header-fld-name *(SP header-fld-name) ")"; header-fld-name = astring
  header_list = '(' @c_list (astring %c_str) (list_sp astring %c_str)* lclose;
  # section-msgtext = "HEADER" / "HEADER.FIELDS" [".NOT"] SP header-list / "TEXT"
  sec_msgtext = ('HEADER'i %fk_HEADER | 'TEXT'i %fk_TEXT) %c_fa_text_id
              | ('HEADER.FIELDS'i %fk_HEADER_FIELDS | 'HEADER.FIELDS.NOT'i %fk_HEADER_FIELDS_NOT)
                %c_fa_text_id SP header_list;
  # section-text = section-msgtext / "MIME"
  sec_text = (sec_msgtext | 'MIME'i %fk_MIME %c_fa_text_id) >c_fa_text;
  # section-spec = section-msgtext / (section-part ["." section-text])
  section_spec = sec_msgtext >c_fa_text | sec_part ('.' sec_text)?;
  # section = "[" [section-spec] "]"
  section = '[' @c_fa_section section_spec? ']' @c_fa_section_end;
  # partial = "<" number "." nz-number ">" (64-bit: RFC 9051); <n.0>: lenient
  partial = '<' @c_fa_partial (number64 %c_num) '.' (number64 %c_num %c_fa_partial_len) '>' @c_pop_after;
  # The names are matched by the machine itself (no lookup): each known name
  # leaves its keyword in ps->kw; any other name is generic.
  fa_chars = [A-Za-z] (ATOM_CHAR - ('[' | '<' | '>'))*;
  fa_names = 'ALL'i | 'FAST'i | 'FULL'i | 'ENVELOPE'i | 'FLAGS'i | 'INTERNALDATE'i | 'RFC822'i | 'RFC822.HEADER'i | 'RFC822.SIZE'i | 'RFC822.TEXT'i | 'BODY'i | 'BODY.PEEK'i | 'BODYSTRUCTURE'i | 'UID'i | 'BINARY'i | 'BINARY.PEEK'i | 'BINARY.SIZE'i | 'MODSEQ'i | 'EMAILID'i | 'THREADID'i | 'SAVEDATE'i | 'PREVIEW'i | 'SNIPPET'i | 'X-GM-MSGID'i | 'X-GM-THRID'i | 'X-GM-LABELS'i;
  fa_known = 'ALL'i %fk_ALL
          | 'FAST'i %fk_FAST
          | 'FULL'i %fk_FULL
          | 'ENVELOPE'i %fk_ENVELOPE
          | 'FLAGS'i %fk_FLAGS
          | 'INTERNALDATE'i %fk_INTERNALDATE
          | 'RFC822'i %fk_RFC822
          | 'RFC822.HEADER'i %fk_RFC822_HEADER
          | 'RFC822.SIZE'i %fk_RFC822_SIZE
          | 'RFC822.TEXT'i %fk_RFC822_TEXT
          | 'BODY'i %fk_BODY
          | 'BODY.PEEK'i %fk_BODY_PEEK
          | 'BODYSTRUCTURE'i %fk_BODYSTRUCTURE
          | 'UID'i %fk_UID
          | 'BINARY'i %fk_BINARY
          | 'BINARY.PEEK'i %fk_BINARY_PEEK
          | 'BINARY.SIZE'i %fk_BINARY_SIZE
          | 'MODSEQ'i %fk_MODSEQ
          | 'EMAILID'i %fk_EMAILID
          | 'THREADID'i %fk_THREADID
          | 'SAVEDATE'i %fk_SAVEDATE
          | 'PREVIEW'i %fk_PREVIEW
          | 'SNIPPET'i %fk_SNIPPET
          | 'X-GM-MSGID'i %fk_X_GM_MSGID
          | 'X-GM-THRID'i %fk_X_GM_THRID
          | 'X-GM-LABELS'i %fk_X_GM_LABELS;
  fa_name = (fa_known | (fa_chars - fa_names) %fk_none) >c_fa_begin %c_fa_name;
  # One copy of the attribute grammar, called (fcall) from the single form and
  # from the list: it returns on the byte after the attribute.
  action fa_call { fhold; fcall fetch_att_m; }
  fetch_att_m := (fa_name (section partial?)?) %c_fa_end [ )\r\n] @{ fhold; fret; };
  fetch_att = [A-Za-z] @fa_call;
  # In a list, an unknown attribute may take arguments (generic values), and
  # PREVIEW (RFC 8970) and SNIPPET (its draft, Dovecot) modifiers:
  # "(" preview-mod *(SP preview-mod) ")"; preview-mod = "LAZY" (drafts: "FUZZY",
  # "LAZY=FUZZY"). fa_mods is called by c_fa_args, the list's "(" consumed.
  fa_mods := (atom %c_fa_mod) (list_sp atom %c_fa_mod)* sp_before_paren
             ')' @{ ik_b_pop(ps, p + 1); fret; };
  fa_item = fetch_att (SP ('(' @c_fa_args) %c_pop)?;
  fetch_atts = fetch_att | '(' @c_list fa_item (list_sp fa_item)* lclose;

  # fetch-modifiers = SP "(" fetch-modifier *(SP fetch-modifier) ")" (RFC 4466)
  # fetch-modifier =/ "CHANGEDSINCE" SP mod-sequence-value / "VANISHED" (RFC 7162)
  fmod = 'CHANGEDSINCE'i >mark %c_attr_push SP (nz_number64 %c_num %c_pop)
       | 'VANISHED'i >mark %c_attr
       | (tagged_label - ('CHANGEDSINCE'i | 'VANISHED'i)) >mark %c_gen_opt (SP gval)?;
  fetch_mods = '(' @c_list fmod (list_sp fmod)* lclose;
  cmd_fetch := S (sequence_set >c_chk_extra) S (fetch_atts >c_chk_extra)
               (S (fetch_mods >c_chk_extra))? fin;

  # ---- STORE ----
  # store = "STORE" SP sequence-set [store-modifiers] SP store-att-flags
  # store-att-flags = (["+" / "-"] "FLAGS" [".SILENT"]) SP (flag-list / (flag *(SP flag)))
  # store-modifier =/ "UNCHANGEDSINCE" SP mod-sequence-valzer (RFC 7162)
  # Gmail: ["+" / "-"] "X-GM-LABELS" [".SILENT"] SP (label list / labels)
  action c_store_begin { if (!ik_c_store_begin(ps, p)) fbreak; }
  action c_store_name { ik_c_store_name(ps, p); }
  action c_pop_mark { ik_b_pop(ps, ps->sp_mark); }
  smod = 'UNCHANGEDSINCE'i >mark %c_attr_push SP (number64 %c_num %c_pop)
       | (tagged_label - 'UNCHANGEDSINCE'i) >mark %c_gen_opt (SP gval)?;
  store_mods = '(' @c_list smod (list_sp smod)* lclose;
  # a Gmail label: an astring, or a system label such as \Inbox
  gm_label = (astring | ('\\' ATOM_RUN+) >mark %atom_end) %c_str;
  store_flags = 'FLAGS'i ('.SILENT'i)? %fk_FLAGS;
  store_labels = 'X-GM-LABELS'i ('.SILENT'i)? %fk_X_GM_LABELS;
  store_action = ([+\-]? ( store_flags >mark %c_store_name SP
                             (flag_list | flag (S (flag >c_chk_extra))*)
                           | store_labels >mark %c_store_name SP
                             ('(' @c_list (gm_label (list_sp gm_label)*)? lclose
                             | gm_label (S (gm_label >c_chk_extra))*)
                 )) >c_store_begin;
  # The action, the last argument, ends where the line does (bare flags stop
  # there): it is closed before the trailing spaces, if any.
  cmd_store := S (sequence_set >c_chk_extra) (S (store_mods >c_chk_extra))? S
               (store_action >c_chk_extra)
               ((SP+ >c_sp_mark %c_q_trail %c_pop_mark) eol | eol >c_pop) @cmd_done;

  # ---- SEARCH ----
  # search = "SEARCH" [search-return-opts] [SP "CHARSET" SP astring] 1*(SP search-key)
  # Each key is parsed by search_key, called with fcall; the name of a key is
  # looked up (ik_c_search_key), which says what follows it: the key's own
  # machine (sk_*) ends with fret on the byte after the key.
  action sk_call {
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) fbreak;
    fhold; fcall search_key;
  }
  action sk_call_l { fhold; fcall search_key; }
  action sk_ret { fhold; fret; }
  action sk_pop_ret { ik_b_pop(ps, p); fhold; fret; }
  action sk_dispatch {
    switch (ik_c_search_key(ps)) {
    case IK_C_SK_NONE: fhold; fret;
    case IK_C_SK_ASTRING: case IK_C_SK_CHARSET: fhold; fgoto sk_astring;
    case IK_C_SK_LABEL: fhold; fgoto sk_label;
    case IK_C_SK_ATOM: fhold; fgoto sk_atom;
    case IK_C_SK_DATE: fhold; fgoto sk_date;
    case IK_C_SK_NUMBER: fhold; fgoto sk_number;
    case IK_C_SK_NZNUMBER: fhold; fgoto sk_nznumber;
    case IK_C_SK_SEQSET: fhold; fgoto sk_seqset;
    case IK_C_SK_HEADER: fhold; fgoto sk_header;
    case IK_C_SK_MODSEQ: fhold; fgoto sk_modseq;
    case IK_C_SK_NOT: fhold; fgoto sk_not;
    case IK_C_SK_OR: fhold; fgoto sk_or;
    case IK_C_SK_RETURN: fhold; fgoto sk_return;
    default: fbreak;
    }
  }
  action sk_paren { if (!ik_c_open(ps, IK_N_LIST, p)) fbreak; fgoto sk_list; }
  action sk_gen_chk { if (ps->strict) { ik_b_fail(ps, IK_E_SYNTAX, p, "a search key"); fbreak; } }
  action sk_gen_str { if (!ik_c_search_gen_string(ps)) fbreak; }
  action sk_check { if (!ik_c_search_check(ps, p)) fbreak; }

  sk_start = any - (SP | CR | LF | ')');
  sk_next = [ )\r\n];
  sk_end = sk_next @sk_pop_ret;

  # search-key = "ALL" / ... / sequence-set / "(" search-key *(SP search-key) ")"
  search_key := (
      ([A-Za-z] ATOM_RUN*) >mark %atom_end %sk_dispatch sk_next
    | sequence_set %sk_ret sk_next
    | '(' @sk_paren
    | (quoted | literal) >sk_gen_chk %sk_gen_str %sk_ret sk_next
  );
  # "(" search-key *(SP search-key) ")": the LIST is pushed by sk_paren
  sk_list := (sk_start @sk_call_l) (list_sp (sk_start @sk_call_l))* sp_before_paren
             ')' @{ ik_b_pop(ps, p + 1); fret; };
  # the arguments of the keys, from the SP after the name
  sk_astring := S (astring >c_chk_extra %c_str) sk_end;
  # X-GM-LABELS: an astring, or a system label such as \Important (Gmail)
  sk_label := S (gm_label >c_chk_extra) sk_end;
  sk_atom := S (atom >c_chk_extra %c_flag_kw) sk_end;
  sk_date := S (date >c_chk_extra %c_date) sk_end;
  sk_number := S (number64 >c_chk_extra %c_num) sk_end;
  sk_nznumber := S (nz_number >c_chk_extra %c_num) sk_end;
  sk_seqset := S (sequence_set >c_chk_extra) sk_end;
  sk_header := S (astring >c_chk_extra %c_str) S (astring >c_chk_extra %c_str) sk_end;
  # search-modsequence = "MODSEQ" [search-modseq-ext] SP mod-sequence-valzer (RFC 7162)
  # search-modseq-ext = SP entry-name SP entry-type-req; entry-type-req = "priv" / "shared" / "all"
  entry_type = ('priv'i | 'shared'i | 'all'i) >mark %atom_end;
  sk_modseq := S ((quoted >c_chk_extra %c_str) S (entry_type >c_chk_extra %c_str) S)?
               (number64 >c_chk_extra %c_num) sk_end;
  sk_not := S (sk_start @sk_call) sk_end;
  sk_or := S (sk_start @sk_call) S (sk_start @sk_call) sk_end;
  # search-return-opts = SP "RETURN" SP "(" [search-return-opt *(SP search-return-opt)] ")"
  # search-return-opt = "MIN" / "MAX" / "ALL" / "COUNT" / "SAVE" (RFC 4731, 5182)
  #   / "CONTEXT" / "UPDATE" (RFC 5267) / "PARTIAL" SP partial-range (RFC 9394)
  #   / search-ret-opt-ext
  ret_known = 'MIN'i | 'MAX'i | 'ALL'i | 'COUNT'i | 'SAVE'i | 'CONTEXT'i | 'UPDATE'i;
  partial_range = ('-'? [1-9] [0-9]* ':' '-'? [1-9] [0-9]*) >mark %atom_end;
  ret_opt = ret_known >mark %c_attr
          | 'PARTIAL'i >mark %c_attr_push SP (partial_range %c_str %c_pop)
          | (tagged_label - (ret_known | 'PARTIAL'i)) >mark %c_gen_opt (SP gval)?;
  sk_return := S ('(' >c_chk_extra) (ret_opt (list_sp ret_opt)*)? sp_before_paren ')' sk_end;

  cmd_search := (S (sk_start @sk_call))+
                ((SP+ >c_sp_mark %c_q_trail)? eol >sk_check) @cmd_done;

  # ---- search criteria shared by SORT and THREAD ----
  # search-criteria = charset 1*(SP search-key) (RFC 5256; charset = atom /
  # quoted, taken as an astring like SEARCH's CHARSET argument)
  search_criteria = (astring >c_chk_extra %c_str) (S (sk_start @sk_call))+
                    ((SP+ >c_sp_mark %c_q_trail)? eol >sk_check) @cmd_done;

  # ---- SORT (RFC 5256; ESORT RFC 5267; SORT=DISPLAY RFC 5957) ----
  # sort = ["UID" SP] "SORT" [search-return-opts] SP sort-criteria SP search-criteria
  # sort-criteria = "(" sort-criterion *(SP sort-criterion) ")"
  # sort-criterion = ["REVERSE" SP] sort-key
  # sort-key = "ARRIVAL" / "CC" / "DATE" / "FROM" / "SIZE" / "SUBJECT" / "TO"
  #   / "DISPLAYFROM" / "DISPLAYTO"
  # (The names are looked up in ik_c_sort_key: REVERSE must come before a key.)
  action c_sort_key { if (!ik_c_sort_key(ps, p)) fbreak; }
  action c_sort_end { if (!ik_c_sort_end(ps, p)) fbreak; }
  sort_criteria = '(' @c_list (atom %c_sort_key) (list_sp atom %c_sort_key)*
                  sp_before_paren ')' @c_sort_end;
  sort_return = 'RETURN'i >mark %c_attr_push SP '(' (ret_opt (list_sp ret_opt)*)?
                sp_before_paren ')' @c_pop_after;
  cmd_sort := S ((sort_return >c_chk_extra) S)? (sort_criteria >c_chk_extra) S search_criteria;

  # ---- THREAD (RFC 5256) ----
  # thread = ["UID" SP] "THREAD" SP thread-alg SP search-criteria
  # thread-alg = "ORDEREDSUBJECT" / "REFERENCES" / thread-alg-ext (atom; REFS:
  # draft-ietf-morg-inthread, Dovecot)
  action c_thread_alg { if (!ik_c_ext_attr(ps, p, IK_C_EXT_THREAD)) fbreak; }
  cmd_thread := S (atom >c_chk_extra %c_thread_alg) S search_criteria;

  # ---- ENABLE (RFC 5161), ID (RFC 2971), COMPRESS (RFC 4978) ----
  # enable = "ENABLE" 1*(SP capability); capability = ("AUTH=" auth-type) / atom
  action c_cap { if (!ik_c_cap(ps)) fbreak; }
  cmd_enable := (S (atom >c_chk_extra %c_cap))+ fin;
  # id = "ID" SP id-params-list
  # id-params-list = "(" #(string SP nstring) ")" / nil
  # (Each field a PAIR, named by the field, its value the child: the shape of
  # the ID response.)
  action c_pair { if (!ik_c_pair(ps)) fbreak; }
  action c_pop_keep { ik_b_pop(ps, NULL); }
  id_pair = string %c_pair list_sp nstring %c_str %c_pop_keep;
  id_params = '(' @c_list (id_pair (list_sp id_pair)*)? lclose | nil %c_str;
  cmd_id := S (id_params >c_chk_extra) fin;
  # compress = "COMPRESS" SP algorithm; algorithm = "DEFLATE" (others: generic)
  action c_compress_alg { if (!ik_c_ext_attr(ps, p, IK_C_EXT_COMPRESS)) fbreak; }
  cmd_compress := S (atom >c_chk_extra %c_compress_alg) fin;

  # ---- mailbox and strings: ACL (RFC 4314), QUOTA (RFC 9208) ----
  # getquota = "GETQUOTA" SP quota-root-name; quota-root-name = astring
  cmd_astring := S (astring >c_chk_extra %c_str) fin;
  # deleteacl = "DELETEACL" SP mailbox SP identifier;
  # listrights = "LISTRIGHTS" SP mailbox SP identifier; identifier = astring
  cmd_mailbox_astring := S (mailbox >c_chk_extra) S (astring >c_chk_extra %c_str) fin;
  # setacl = "SETACL" SP mailbox SP identifier SP mod-rights; mod-rights = astring
  cmd_setacl := S (mailbox >c_chk_extra) S (astring >c_chk_extra %c_str)
                S (astring >c_chk_extra %c_str) fin;
  # setquota = "SETQUOTA" SP quota-root-name SP setquota-list
  # setquota-list = "(" [setquota-resource *(SP setquota-resource)] ")"
  # setquota-resource = resource-name SP resource-limit; resource-limit = number64
  # resource-name = "STORAGE" / "MESSAGE" / "MAILBOX" / "ANNOTATION-STORAGE" / atom
  quota_res = atom %c_attr_push SP (number64 %c_num %c_pop);
  setquota_list = '(' @c_list (quota_res (list_sp quota_res)*)? lclose;
  cmd_setquota := S (astring >c_chk_extra %c_str) S (setquota_list >c_chk_extra) fin;

  # ---- METADATA (RFC 5464, errata 2785/2786: the options come first) ----
  # getmetadata = "GETMETADATA" [SP getmetadata-options] SP mailbox SP entries
  # getmetadata-options = "(" getmetadata-option *(SP getmetadata-option) ")"
  # getmetadata-option = "MAXSIZE" SP number / "DEPTH" SP ("0" / "1" / "infinity")
  #   / tagged-ext-label [SP tagged-ext-val]
  # entries = entry / "(" entry *(SP entry) ")"; entry = astring
  md_opt = 'MAXSIZE'i >mark %c_attr_push SP (number %c_num %c_pop)
         | 'DEPTH'i >mark %c_attr_push SP
           (('0' | '1') >mark %c_gen_atom | 'infinity'i >mark %atom_end %c_str) %c_pop
         | (tagged_label - ('MAXSIZE'i | 'DEPTH'i)) >mark %c_gen_opt (SP gval)?;
  md_options = '(' @c_list md_opt (list_sp md_opt)* lclose;
  md_entries = astring %c_str | '(' @c_list (astring %c_str) (list_sp astring %c_str)* lclose;
  cmd_getmetadata := S ((md_options >c_chk_extra) S)? (mailbox >c_chk_extra)
                     S (md_entries >c_chk_extra) fin;
  # setmetadata = "SETMETADATA" SP mailbox SP entry-values
  # entry-values = "(" entry-value *(SP entry-value) ")"
  # entry-value = entry SP value; value = nstring / literal8
  # (Each entry a PAIR, as in the METADATA response.)
  md_entry_value = astring %c_pair list_sp (nstring | literal8) %c_str %c_pop_keep;
  md_values = '(' @c_list md_entry_value (list_sp md_entry_value)* lclose;
  cmd_setmetadata := S (mailbox >c_chk_extra) S (md_values >c_chk_extra) fin;

  # ---- REPLACE (RFC 8508) ----
  # replace = "REPLACE" SP seq-number SP mailbox append-message; "UID" SP replace
  action c_seq_number { if (!ik_c_seq_number(ps, p)) fbreak; }
  seq_number_node = (nz_number | '*' >mark) %c_seq_number;
  # (The rest is APPEND's: ik_c_open refuses a second message for REPLACE.)
  cmd_replace := S (seq_number_node >c_chk_extra) ' ' @{ fhold; fgoto cmd_append; };

  # ---- NOTIFY (RFC 5465) ----
  # notify = "NOTIFY" SP (notify-set / notify-none); notify-none = "NONE"
  # notify-set = "SET" [SP "STATUS"] SP event-groups
  # event-groups = event-group *(SP event-group)
  # event-group = "(" filter-mailboxes SP events ")"
  # filter-mailboxes = "selected" / "selected-delayed" / "inboxes" / "personal"
  #   / "subscribed" / ("subtree" / "mailboxes") SP one-or-more-mailbox
  # one-or-more-mailbox = mailbox / "(" mailbox *(SP mailbox) ")"
  # events = ("(" event *(SP event) ")") / "NONE"
  # event = "MessageNew" [SP "(" fetch-att *(SP fetch-att) ")"] / "MessageExpunge"
  #   / "FlagChange" / "AnnotationChange" / "MailboxName" / "SubscriptionChange"
  #   / "MailboxMetadataChange" / "ServerMetadataChange" / event-ext (atom)
  action c_attr_args { if (!ik_c_event_args(ps, p)) fbreak; }
  action c_event { if (!ik_c_ext_attr(ps, p, IK_C_EXT_EVENT)) fbreak; }
  action c_pop2_after { ik_b_pop(ps, p + 1); ik_b_pop(ps, p + 1); }
  nf_mailboxes = mailbox | '(' @c_list mailbox (list_sp mailbox)* lclose;
  nf_filter_atom = 'selected'i | 'selected-delayed'i | 'inboxes'i | 'personal'i | 'subscribed'i;
  nf_filter = nf_filter_atom >mark %c_attr
            | ('subtree'i | 'mailboxes'i) >mark %c_attr_push SP (nf_mailboxes %c_pop);
  # (Event names are looked up in ik_c_ext_attr; only MessageNew takes a list.)
  nf_fetch = '(' @c_attr_args fa_item (list_sp fa_item)* sp_before_paren ')' @c_pop2_after;
  nf_event = atom %c_event (SP nf_fetch)?;
  nf_events = '(' @c_list nf_event (list_sp nf_event)* lclose | 'NONE'i >mark %c_attr;
  nf_group = '(' @c_list nf_filter SP nf_events lclose;
  notify_set = 'SET'i >mark %c_attr (SP 'STATUS'i >mark %c_attr)? (S (nf_group >c_chk_extra))+;
  cmd_notify := S (notify_set | 'NONE'i >mark %c_attr) >c_chk_extra fin;

  # ---- URLAUTH (RFC 4467), URL-PARTIAL (RFC 5524) ----
  # resetkey = "RESETKEY" [SP mailbox *(SP mechanism)]
  # mechanism = "INTERNAL" / 1*(ALPHA / DIGIT / "-" / ".")
  action c_mechanism { if (!ik_c_ext_attr(ps, p, IK_C_EXT_MECHANISM)) fbreak; }
  mechanism = atom %c_mechanism;
  cmd_resetkey := (S (mailbox >c_chk_extra) (S (mechanism >c_chk_extra))*)? fin;
  # genurlauth = "GENURLAUTH" 1*(SP url-rump SP mechanism); url-rump = astring
  cmd_genurlauth := (S (astring >c_chk_extra %c_str) S (mechanism >c_chk_extra))+ fin;
  # urlfetch = "URLFETCH" 1*(SP url-fetch-param)
  # url-fetch-param = url-full / "(" url-full *(SP url-fetch-ext) ")"
  # url-fetch-ext = "BINARY" / "BODYPARTSTRUCTURE" / "PARTIAL" SP partial-range
  # partial-range = number ["." nz-number]
  uf_range = (digit+ ('.' [1-9] digit*)?) >mark %atom_end %c_str;
  uf_ext = ('BINARY'i | 'BODYPARTSTRUCTURE'i) >mark %c_attr
         | 'PARTIAL'i >mark %c_attr_push SP (uf_range %c_pop);
  uf_param = astring %c_str | '(' @c_list (astring %c_str) (list_sp uf_ext)* lclose;
  cmd_urlfetch := (S (uf_param >c_chk_extra))+ fin;

  # ---- strings only: LANGUAGE, COMPARATOR (RFC 5255), CANCELUPDATE (RFC 5267) ----
  # language-cmd = "LANGUAGE" *(SP lang-range-quoted); comparator-cmd = "COMPARATOR"
  # *(SP comp-order-quoted); both astring
  cmd_astrings := (S (astring >c_chk_extra %c_str))* fin;
  # cancelupdate = "CANCELUPDATE" 1*(SP quoted)
  cmd_quoteds := (S (quoted >c_chk_extra %c_str))+ fin;
}%%
