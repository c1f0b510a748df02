/*
 * Everything a server sends (RFC 3501 section 9, "response"): the greeting,
 * tagged and untagged responses and continuation requests.
 *
 * The message head is parsed here; the name of each response is looked up in
 * server_dispatch(), which jumps (fgoto) to the machine for that response, or
 * to the generic grammar when the name is unknown. Typed grammars plug in by
 * adding a machine and a line to server_dispatch().
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
  machine ik_server;
  access ps->;
  alphtype unsigned char;

  prepush { /* depth is checked by ik_b_push before every fcall */ }

  include ik_lexical "lexical.rl";
  include ik_generic "generic.rl";
  include ik_response "response.rl";

  action done { ps->done = 1; }
  action set_tag { ps->msg->tag.off = ps->tok_off; ps->msg->tag.len = ps->tok_len; }
  action untagged { ps->msg->kind = IK_MSG_UNTAGGED; }
  action tagged { ps->msg->kind = IK_MSG_TAGGED; }
  action cont { ps->msg->kind = IK_MSG_CONTINUATION; ps->msg->name = IK_KW_NONE; }
  action keep_num { ps->msg->number = ps->num; ps->msg->has_number = 1; }
  name_atom = ((ATOM_CHAR - [0-9]) ATOM_CHAR*) >mark %atom_end;
  action dispatch { { int t = server_dispatch(ps); fhold; fgoto *t; } }
  action text_node { if (!ik_b_add_tok(ps, IK_N_TEXT)) fbreak; }
  action code_open {
    {
      ik_node *c = ik_b_add(ps, IK_N_RESP_CODE, ik_b_off(ps, p + 1), 0);
      if (!c || !ik_b_push(ps, c, p)) fbreak;
      ps->code = c;
      fcall code_name;
    }
  }
  action code_dispatch { { int t = code_dispatch(ps); fhold; fgoto *t; } }

  # resp-text-code name; the code's own machine parses the rest up to "]"
  code_name := atom ((SP | ']') >code_dispatch);

  # resp-text = ["[" resp-text-code "]" SP] [text]   (text optional: RFC 9051)
  status_text = ((TEXT_CHAR - '[') TEXT_CHAR*) >text_start %text_end %text_node;
  resp_cond := (SP ('[' @code_open (SP (TEXT_CHAR+ >text_start %text_end %text_node)?)? | status_text))? eol @done;
  # Lenient fallback: the whole rest of the line as text ("[" that opens no code).
  resp_text_only := (SP (TEXT_CHAR+ >text_start %text_end %text_node)?)? eol @done;

  # Generic response: name then values.
  generic_args := (SP+ g_value)* SP* eol @done;
  # "* N NAME" with nothing after the name (EXISTS, RECENT, EXPUNGE)
  numbered_end := eol_l @done;

  # response = *(continue-req / response-data) response-done
  # response-data = "*" SP (resp-cond-state / resp-cond-bye / mailbox-data /
  #                 message-data / capability-data) CRLF
  # continue-req = "+" SP (resp-text / base64) CRLF
  main := (
      '*' @untagged SP ( digits %num32 %keep_num SP name_atom | name_atom ) ((SP | CR | LF) >dispatch)
    | '+' @cont ((SP | CR | LF) >{ fhold; fgoto resp_cond; })
    | tag %set_tag @tagged SP atom ((SP | CR | LF) >dispatch)
  );
}%%

%% write data;

/* The machine for a response name, and the name recorded in the message. */
static int server_dispatch(ik_pstate *ps) {
  ik_message *m = ps->msg;
  m->name_span.off = ps->tok_off;
  m->name_span.len = ps->tok_len;
  m->name = ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  ps->ctx = "response";
  switch (m->name) {
  /* typed responses (response.rl) go here */
  case IK_KW_OK: case IK_KW_NO: case IK_KW_BAD:
    return ik_server_en_resp_cond;
  case IK_KW_BYE: case IK_KW_PREAUTH:
    if (m->kind == IK_MSG_UNTAGGED && !m->has_number) return ik_server_en_resp_cond;
    break;
  case IK_KW_EXISTS: case IK_KW_RECENT: case IK_KW_EXPUNGE:
    if (m->has_number) return ik_server_en_numbered_end;
    break;
  default:
    break;
  }
  m->flags |= IK_MF_GENERIC;
  ps->ctx = "response arguments";
  return ik_server_en_generic_args;
}

static int code_dispatch(ik_pstate *ps) {
  ik_node *c = ps->code;
  c->span.off = ps->tok_off;
  c->span.len = ps->tok_len;
  c->id = (uint16_t)ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  ps->ctx = "response code";
  switch ((ik_kw)c->id) {
  /* typed response codes (response.rl) go here */
  default:
    break;
  }
  c->flags |= IK_NF_GENERIC;
  return ik_server_en_code_generic;
}

/* Runs the machine from its start, or (text_only) reads the rest of a status
 * response as plain text: the lenient fallback for "[" that opens no code. */
void ik_server_run(ik_pstate *ps, int text_only) {
  (void)ik_server_first_final;
  (void)ik_server_error;
  (void)ik_server_en_main;
  ps->cs = text_only ? ik_server_en_resp_text_only : ik_server_start;
  {
    const unsigned char *p = ps->p, *pe = ps->pe, *eof = ps->eof;
    %% write exec;
    ps->p = p;
  }
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
