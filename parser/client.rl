/*
 * Everything a client sends (RFC 3501 section 9, "command"): tag SP name and
 * the arguments of that command. The name is looked up in client_dispatch(),
 * which jumps (fgoto) to the machine for that command (command.rl), or to the
 * generic grammar when the command is unknown (X-commands and extensions
 * imapkit does not know yet decode as a generic node, never as a failure).
 *
 * Lines that are not commands (DONE after IDLE, SASL responses) are told apart
 * by the session state in parse.c before this machine runs.
 */
#include "cmd_build.h"

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-label"
#endif

%%{
  machine ik_client;
  access ps->;
  alphtype unsigned char;

  prepush { /* depth is checked by ik_b_push before every fcall */ }

  include ik_lexical "lexical.rl";
  include ik_generic "generic.rl";
  include ik_command "command.rl";

  action done { ps->done = 1; }
  action set_tag { ps->msg->tag.off = ps->tok_off; ps->msg->tag.len = ps->tok_len; }
  action dispatch { { int t = client_dispatch(ps); fhold; fgoto *t; } }
  action uid_dispatch { { int t = uid_dispatch(ps); fhold; fgoto *t; } }

  # Generic command: name then values.
  generic_args := (SP+ g_values)? SP* eol @done;
  # A command without arguments: CAPABILITY, LOGOUT, NOOP, STARTTLS, CHECK, ...
  no_args := eol_l @done;

  # "UID" SP (copy / fetch / search / store / ...)
  uid_cmd := SP atom ((SP | CR | LF) >uid_dispatch);

  # command = tag SP (command-any / command-auth / command-nonauth /
  #           command-select) CRLF
  main := tag %set_tag SPX atom ((SP | CR | LF) >dispatch);
}%%

%% write data;

static int client_dispatch(ik_pstate *ps) {
  ik_message *m = ps->msg;
  m->name_span.off = ps->tok_off;
  m->name_span.len = ps->tok_len;
  m->name = ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  ps->ctx = "command";
  switch (m->name) {
  /* typed commands (command.rl) go here */
  case IK_KW_UID:
    return ik_client_en_uid_cmd;
  /* command-any, command-nonauth, command-select without arguments */
  case IK_KW_CAPABILITY: case IK_KW_LOGOUT: case IK_KW_NOOP: case IK_KW_STARTTLS:
  case IK_KW_CHECK: case IK_KW_CLOSE: case IK_KW_EXPUNGE: case IK_KW_UNSELECT:
  case IK_KW_IDLE: case IK_KW_NAMESPACE: case IK_KW_UNAUTHENTICATE:
    ps->ctx = "end of line";
    return ik_client_en_no_args;
  case IK_KW_LOGIN:
    ps->ctx = "LOGIN SP userid SP password";
    return ik_client_en_cmd_login;
  case IK_KW_AUTHENTICATE:
    ps->ctx = "AUTHENTICATE SP auth-type [SP initial-response]";
    return ik_client_en_cmd_authenticate;
  case IK_KW_SELECT: case IK_KW_EXAMINE:
    ps->ctx = "SP mailbox [SP select-params]";
    return ik_client_en_cmd_select;
  case IK_KW_CREATE:
    ps->ctx = "CREATE SP mailbox [SP create-params]";
    return ik_client_en_cmd_create;
  case IK_KW_DELETE: case IK_KW_SUBSCRIBE: case IK_KW_UNSUBSCRIBE:
  case IK_KW_GETQUOTAROOT: case IK_KW_GETACL: case IK_KW_MYRIGHTS:
    ps->ctx = "SP mailbox";
    return ik_client_en_cmd_mailbox;
  case IK_KW_RENAME:
    ps->ctx = "RENAME SP mailbox SP mailbox";
    return ik_client_en_cmd_rename;
  case IK_KW_LIST: case IK_KW_XLIST: case IK_KW_RLIST:
    ps->ctx = "LIST [SP select-opts] SP mailbox SP list-mailbox [SP RETURN (...)]";
    return ik_client_en_cmd_list;
  case IK_KW_LSUB: case IK_KW_RLSUB:
    ps->ctx = "LSUB SP mailbox SP list-mailbox";
    return ik_client_en_cmd_lsub;
  case IK_KW_STATUS:
    ps->ctx = "STATUS SP mailbox SP (status-att ...)";
    return ik_client_en_cmd_status;
  case IK_KW_APPEND:
    ps->ctx = "APPEND SP mailbox [SP flag-list] [SP date-time] SP literal";
    return ik_client_en_cmd_append;
  case IK_KW_COPY: case IK_KW_MOVE:
    ps->ctx = "SP sequence-set SP mailbox";
    return ik_client_en_cmd_copy;
  case IK_KW_FETCH:
    ps->ctx = "FETCH SP sequence-set SP fetch-att";
    return ik_client_en_cmd_fetch;
  case IK_KW_STORE:
    ps->ctx = "STORE SP sequence-set SP store-att-flags";
    return ik_client_en_cmd_store;
  case IK_KW_SEARCH:
    ps->ctx = "a search key";
    return ik_client_en_cmd_search;
  case IK_KW_SORT:
    ps->ctx = "SORT [SP RETURN (...)] SP (sort-criteria) SP charset 1*(SP search-key)";
    return ik_client_en_cmd_sort;
  case IK_KW_THREAD:
    ps->ctx = "THREAD SP thread-alg SP charset 1*(SP search-key)";
    return ik_client_en_cmd_thread;
  case IK_KW_ENABLE:
    ps->ctx = "ENABLE 1*(SP capability)";
    return ik_client_en_cmd_enable;
  case IK_KW_ID:
    ps->ctx = "ID SP (\"(\" *(string SP nstring) \")\" / NIL)";
    return ik_client_en_cmd_id;
  case IK_KW_COMPRESS:
    ps->ctx = "COMPRESS SP algorithm";
    return ik_client_en_cmd_compress;
  case IK_KW_GETQUOTA:
    ps->ctx = "GETQUOTA SP quota-root";
    return ik_client_en_cmd_astring;
  case IK_KW_SETQUOTA:
    ps->ctx = "SETQUOTA SP quota-root SP (resource limit ...)";
    return ik_client_en_cmd_setquota;
  case IK_KW_DELETEACL: case IK_KW_LISTRIGHTS:
    ps->ctx = "SP mailbox SP identifier";
    return ik_client_en_cmd_mailbox_astring;
  case IK_KW_SETACL:
    ps->ctx = "SETACL SP mailbox SP identifier SP rights";
    return ik_client_en_cmd_setacl;
  case IK_KW_GETMETADATA:
    ps->ctx = "GETMETADATA [SP (options)] SP mailbox SP entries";
    return ik_client_en_cmd_getmetadata;
  case IK_KW_SETMETADATA:
    ps->ctx = "SETMETADATA SP mailbox SP (entry value ...)";
    return ik_client_en_cmd_setmetadata;
  case IK_KW_REPLACE:
    ps->ctx = "REPLACE SP seq-number SP mailbox [SP flag-list] [SP date-time] SP literal";
    return ik_client_en_cmd_replace;
  case IK_KW_NOTIFY:
    ps->ctx = "NOTIFY SP (SET [SP STATUS] 1*(SP event-group) / NONE)";
    return ik_client_en_cmd_notify;
  case IK_KW_RESETKEY:
    ps->ctx = "RESETKEY [SP mailbox *(SP mechanism)]";
    return ik_client_en_cmd_resetkey;
  case IK_KW_GENURLAUTH:
    ps->ctx = "GENURLAUTH 1*(SP url-rump SP mechanism)";
    return ik_client_en_cmd_genurlauth;
  case IK_KW_URLFETCH:
    ps->ctx = "URLFETCH 1*(SP url)";
    return ik_client_en_cmd_urlfetch;
  case IK_KW_LANGUAGE: case IK_KW_COMPARATOR:
    ps->ctx = "*(SP astring)";
    return ik_client_en_cmd_astrings;
  case IK_KW_CANCELUPDATE:
    ps->ctx = "CANCELUPDATE 1*(SP quoted)";
    return ik_client_en_cmd_quoteds;
  default:
    break;
  }
  m->flags |= IK_MF_GENERIC;
  ps->ctx = "command arguments";
  return ik_client_en_generic_args;
}

static int uid_dispatch(ik_pstate *ps) {
  ik_message *m = ps->msg;
  m->flags |= IK_MF_UID;
  m->sub = ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  /* name_span covers "UID SP name" */
  m->name_span.len = ps->tok_off + ps->tok_len - m->name_span.off;
  ps->ctx = "UID command";
  switch (m->sub) {
  /* typed UID commands (command.rl) go here */
  case IK_KW_COPY: case IK_KW_MOVE:
    ps->ctx = "SP sequence-set SP mailbox";
    return ik_client_en_cmd_copy;
  case IK_KW_EXPUNGE:
    ps->ctx = "UID EXPUNGE SP sequence-set";
    return ik_client_en_cmd_seqset;
  case IK_KW_FETCH:
    ps->ctx = "FETCH SP sequence-set SP fetch-att";
    return ik_client_en_cmd_fetch;
  case IK_KW_STORE:
    ps->ctx = "STORE SP sequence-set SP store-att-flags";
    return ik_client_en_cmd_store;
  case IK_KW_SEARCH:
    ps->ctx = "a search key";
    return ik_client_en_cmd_search;
  case IK_KW_SORT:
    ps->ctx = "SORT [SP RETURN (...)] SP (sort-criteria) SP charset 1*(SP search-key)";
    return ik_client_en_cmd_sort;
  case IK_KW_THREAD:
    ps->ctx = "THREAD SP thread-alg SP charset 1*(SP search-key)";
    return ik_client_en_cmd_thread;
  case IK_KW_REPLACE:
    ps->ctx = "REPLACE SP seq-number SP mailbox [SP flag-list] [SP date-time] SP literal";
    return ik_client_en_cmd_replace;
  default:
    break;
  }
  m->flags |= IK_MF_GENERIC;
  ps->ctx = "command arguments";
  return ik_client_en_generic_args;
}

void ik_client_run(ik_pstate *ps, int alt) {
  (void)alt;
  (void)ik_client_first_final;
  (void)ik_client_error;
  (void)ik_client_en_main;
  ps->cs = ik_client_start;
  {
    const unsigned char *p = ps->p, *pe = ps->pe, *eof = ps->eof;
    %% write exec;
    ps->p = p;
  }
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
