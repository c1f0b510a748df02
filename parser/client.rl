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
#include "pstate.h"

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
  generic_args := (SP+ g_value)* SP* eol @done;
  # A command without arguments: CAPABILITY, LOGOUT, NOOP, STARTTLS, CHECK, ...
  no_args := eol_l @done;

  # "UID" SP (copy / fetch / search / store / ...)
  uid_cmd := SP atom ((SP | CR | LF) >uid_dispatch);

  # command = tag SP (command-any / command-auth / command-nonauth /
  #           command-select) CRLF
  main := tag %set_tag SP atom ((SP | CR | LF) >dispatch);
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
