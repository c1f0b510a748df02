
#line 1 "server.rl"
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


#line 73 "server.rl"



#line 23 "server.c"
static const int ik_server_start = 1;
static const int ik_server_first_final = 65;
static const int ik_server_error = 0;

static const int ik_server_en_g_list = 10;
static const int ik_server_en_g_bracket = 22;
static const int ik_server_en_code_generic = 34;
static const int ik_server_en_code_name = 37;
static const int ik_server_en_resp_cond = 39;
static const int ik_server_en_resp_text_only = 45;
static const int ik_server_en_generic_args = 49;
static const int ik_server_en_numbered_end = 62;
static const int ik_server_en_main = 1;


#line 76 "server.rl"

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
    
#line 87 "server.c"
	{
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch (  ps->cs ) {
		case 1: goto st1;
		case 0: goto st0;
		case 2: goto st2;
		case 3: goto st3;
		case 4: goto st4;
		case 65: goto st65;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 8: goto st8;
		case 9: goto st9;
		case 10: goto st10;
		case 11: goto st11;
		case 12: goto st12;
		case 66: goto st66;
		case 13: goto st13;
		case 14: goto st14;
		case 15: goto st15;
		case 16: goto st16;
		case 17: goto st17;
		case 18: goto st18;
		case 19: goto st19;
		case 20: goto st20;
		case 21: goto st21;
		case 22: goto st22;
		case 23: goto st23;
		case 24: goto st24;
		case 67: goto st67;
		case 25: goto st25;
		case 26: goto st26;
		case 27: goto st27;
		case 28: goto st28;
		case 29: goto st29;
		case 30: goto st30;
		case 31: goto st31;
		case 32: goto st32;
		case 33: goto st33;
		case 34: goto st34;
		case 35: goto st35;
		case 36: goto st36;
		case 68: goto st68;
		case 37: goto st37;
		case 38: goto st38;
		case 69: goto st69;
		case 39: goto st39;
		case 70: goto st70;
		case 40: goto st40;
		case 41: goto st41;
		case 42: goto st42;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 71: goto st71;
		case 46: goto st46;
		case 47: goto st47;
		case 48: goto st48;
		case 49: goto st49;
		case 72: goto st72;
		case 50: goto st50;
		case 51: goto st51;
		case 52: goto st52;
		case 53: goto st53;
		case 54: goto st54;
		case 55: goto st55;
		case 56: goto st56;
		case 57: goto st57;
		case 58: goto st58;
		case 59: goto st59;
		case 60: goto st60;
		case 61: goto st61;
		case 62: goto st62;
		case 73: goto st73;
		case 63: goto st63;
		case 64: goto st64;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch (  ps->cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 33u: goto tr0;
		case 37u: goto st0;
		case 42u: goto tr2;
		case 43u: goto tr3;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 44u <= (*p) && (*p) <= 126u )
				goto tr0;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr0;
	goto tr4;
st0:
 ps->cs = 0;
	goto _out;
tr0:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 34 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
tr4:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
#line 34 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
tr6:
#line 34 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
tr7:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
#line 34 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 224 "server.c"
	switch( (*p) ) {
		case 32u: goto tr5;
		case 33u: goto tr6;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 43u ) {
			if ( 44u <= (*p) && (*p) <= 126u )
				goto tr6;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr6;
	goto tr7;
tr5:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 32 "server.rl"
	{ ps->msg->tag.off = ps->tok_off; ps->msg->tag.len = ps->tok_len; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 256 "server.c"
	switch( (*p) ) {
		case 33u: goto tr8;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr8;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr8;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr8;
		} else
			goto st0;
	} else
		goto st0;
	goto tr9;
tr8:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st4;
tr9:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 4; goto _out;} }
	goto st4;
tr12:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 4; goto _out;} }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 294 "server.c"
	switch( (*p) ) {
		case 10u: goto tr10;
		case 13u: goto tr10;
		case 32u: goto tr10;
		case 33u: goto st4;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st4;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st4;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st4;
		} else
			goto st0;
	} else
		goto st0;
	goto tr12;
tr10:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 38 "server.rl"
	{ { int t = server_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st65;
tr17:
#line 70 "server.rl"
	{ p--; {goto st39;} }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 336 "server.c"
	goto st0;
tr2:
#line 33 "server.rl"
	{ ps->msg->kind = IK_MSG_UNTAGGED; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 344 "server.c"
	if ( (*p) == 32u )
		goto st6;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 33u: goto tr8;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 43u ) {
		if ( (*p) < 35u ) {
			if ( (*p) <= 34u )
				goto st0;
		} else if ( (*p) > 39u ) {
			if ( 40u <= (*p) && (*p) <= 42u )
				goto st0;
		} else
			goto tr8;
	} else if ( (*p) > 47u ) {
		if ( (*p) < 58u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr14;
		} else if ( (*p) > 91u ) {
			if ( (*p) > 93u ) {
				if ( 94u <= (*p) && (*p) <= 126u )
					goto tr8;
			} else if ( (*p) >= 92u )
				goto st0;
		} else
			goto tr8;
	} else
		goto tr8;
	goto tr9;
tr14:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 7; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st7;
tr16:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 7; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 402 "server.c"
	if ( (*p) == 32u )
		goto tr15;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr16;
	goto st0;
tr15:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 8; goto _out;} }
  }
#line 36 "server.rl"
	{ ps->msg->number = ps->num; ps->msg->has_number = 1; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 417 "server.c"
	switch( (*p) ) {
		case 33u: goto tr8;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 43u ) {
		if ( (*p) < 35u ) {
			if ( (*p) <= 34u )
				goto st0;
		} else if ( (*p) > 39u ) {
			if ( 40u <= (*p) && (*p) <= 42u )
				goto st0;
		} else
			goto tr8;
	} else if ( (*p) > 47u ) {
		if ( (*p) < 58u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st0;
		} else if ( (*p) > 91u ) {
			if ( (*p) > 93u ) {
				if ( 94u <= (*p) && (*p) <= 126u )
					goto tr8;
			} else if ( (*p) >= 92u )
				goto st0;
		} else
			goto tr8;
	} else
		goto tr8;
	goto tr9;
tr3:
#line 35 "server.rl"
	{ ps->msg->kind = IK_MSG_CONTINUATION; ps->msg->name = IK_KW_NONE; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 454 "server.c"
	switch( (*p) ) {
		case 10u: goto tr17;
		case 13u: goto tr17;
		case 32u: goto tr17;
	}
	goto st0;
tr27:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 10; goto _out;} }
	goto st10;
tr36:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 10; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 470 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st10;
		case 34u: goto tr20;
		case 40u: goto tr21;
		case 41u: goto tr22;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr23;
		case 126u: goto tr24;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr18;
	goto tr25;
tr18:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st11;
tr25:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st11;
tr30:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 11; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 11; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 11; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 11;goto st22;}}
    }
  }
	goto st11;
tr31:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 513 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr27;
		case 34u: goto st0;
		case 40u: goto tr28;
		case 41u: goto tr29;
		case 91u: goto tr30;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st11;
	goto tr31;
tr21:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 12; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 12;goto st10;}}
    }
  }
	goto st12;
tr28:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 12; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 12; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 12;goto st10;}}
    }
  }
	goto st12;
tr37:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 12; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 12; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 12;goto st10;}}
    }
  }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 561 "server.c"
	switch( (*p) ) {
		case 32u: goto st10;
		case 40u: goto tr21;
		case 41u: goto tr22;
	}
	goto st0;
tr22:
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st66;
tr29:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 66; goto _out;} }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st66;
tr38:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 66; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
#line 582 "server.c"
	goto st0;
tr20:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st13;
tr35:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st13;
tr39:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 596 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr33;
		case 92u: goto st15;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st13;
	goto tr35;
tr33:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st14;
tr45:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 14; goto _out;} }
#line 117 "lexical.rl"
	{
    {
      uint64_t n = ps->num;
      const unsigned char *data = p + 1;
      uint64_t left = (uint64_t)(ps->pe - data);
      ps->tok_form = ps->lit8 ? IK_FORM_LITERAL8 : IK_FORM_LITERAL;
      ps->tok_flags = ps->nonsync ? IK_NF_NONSYNC : 0;
      ps->tok_off = ik_b_off(ps, data);
      if (ps->parser->limits.stream_literal && n >= ps->parser->limits.stream_literal) {
        /* The framer streamed this literal away: nothing of it is here. */
        ps->tok_len = 0;
        ps->tok_flags |= IK_NF_ELIDED;
        ps->num = n;
      } else {
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 14; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 14; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st14;
tr47:
#line 117 "lexical.rl"
	{
    {
      uint64_t n = ps->num;
      const unsigned char *data = p + 1;
      uint64_t left = (uint64_t)(ps->pe - data);
      ps->tok_form = ps->lit8 ? IK_FORM_LITERAL8 : IK_FORM_LITERAL;
      ps->tok_flags = ps->nonsync ? IK_NF_NONSYNC : 0;
      ps->tok_off = ik_b_off(ps, data);
      if (ps->parser->limits.stream_literal && n >= ps->parser->limits.stream_literal) {
        /* The framer streamed this literal away: nothing of it is here. */
        ps->tok_len = 0;
        ps->tok_flags |= IK_NF_ELIDED;
        ps->num = n;
      } else {
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 14; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 14; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 670 "server.c"
	switch( (*p) ) {
		case 32u: goto tr36;
		case 40u: goto tr37;
		case 41u: goto tr38;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 34u: goto tr39;
		case 92u: goto tr39;
	}
	goto st0;
tr23:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 692 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr40;
	goto st0;
tr40:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 17; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st17;
tr42:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 17; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 716 "server.c"
	switch( (*p) ) {
		case 43u: goto tr41;
		case 45u: goto tr41;
		case 125u: goto tr43;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr42;
	goto st0;
tr41:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 18; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 734 "server.c"
	if ( (*p) == 125u )
		goto st19;
	goto st0;
tr43:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 19; goto _out;} }
  }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 746 "server.c"
	switch( (*p) ) {
		case 10u: goto tr45;
		case 13u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 10u )
		goto tr47;
	goto st0;
tr24:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 766 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr27;
		case 34u: goto st0;
		case 40u: goto tr28;
		case 41u: goto tr29;
		case 91u: goto tr30;
		case 93u: goto st0;
		case 123u: goto st16;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st11;
	goto tr31;
tr58:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 22; goto _out;} }
	goto st22;
tr67:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 22; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 791 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st22;
		case 34u: goto tr51;
		case 40u: goto tr52;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto tr53;
		case 123u: goto tr54;
		case 126u: goto tr55;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr49;
	goto tr56;
tr49:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st23;
tr56:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st23;
tr60:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 23; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 23; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 23; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 23;goto st22;}}
    }
  }
	goto st23;
tr62:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 834 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr58;
		case 34u: goto st0;
		case 40u: goto tr59;
		case 41u: goto st0;
		case 91u: goto tr60;
		case 93u: goto tr61;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st23;
	goto tr62;
tr52:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 24; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 24;goto st10;}}
    }
  }
	goto st24;
tr59:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 24; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 24; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 24;goto st10;}}
    }
  }
	goto st24;
tr68:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 24; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 24; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 24;goto st10;}}
    }
  }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 882 "server.c"
	switch( (*p) ) {
		case 32u: goto st22;
		case 40u: goto tr52;
		case 93u: goto tr53;
	}
	goto st0;
tr53:
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st67;
tr61:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 67; goto _out;} }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st67;
tr69:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 67; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
#line 918 "server.c"
	goto st0;
tr51:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st25;
tr66:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st25;
tr70:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 932 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr64;
		case 92u: goto st27;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st25;
	goto tr66;
tr64:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st26;
tr76:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 26; goto _out;} }
#line 117 "lexical.rl"
	{
    {
      uint64_t n = ps->num;
      const unsigned char *data = p + 1;
      uint64_t left = (uint64_t)(ps->pe - data);
      ps->tok_form = ps->lit8 ? IK_FORM_LITERAL8 : IK_FORM_LITERAL;
      ps->tok_flags = ps->nonsync ? IK_NF_NONSYNC : 0;
      ps->tok_off = ik_b_off(ps, data);
      if (ps->parser->limits.stream_literal && n >= ps->parser->limits.stream_literal) {
        /* The framer streamed this literal away: nothing of it is here. */
        ps->tok_len = 0;
        ps->tok_flags |= IK_NF_ELIDED;
        ps->num = n;
      } else {
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 26; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 26; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st26;
tr78:
#line 117 "lexical.rl"
	{
    {
      uint64_t n = ps->num;
      const unsigned char *data = p + 1;
      uint64_t left = (uint64_t)(ps->pe - data);
      ps->tok_form = ps->lit8 ? IK_FORM_LITERAL8 : IK_FORM_LITERAL;
      ps->tok_flags = ps->nonsync ? IK_NF_NONSYNC : 0;
      ps->tok_off = ik_b_off(ps, data);
      if (ps->parser->limits.stream_literal && n >= ps->parser->limits.stream_literal) {
        /* The framer streamed this literal away: nothing of it is here. */
        ps->tok_len = 0;
        ps->tok_flags |= IK_NF_ELIDED;
        ps->num = n;
      } else {
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 26; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 26; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 1006 "server.c"
	switch( (*p) ) {
		case 32u: goto tr67;
		case 40u: goto tr68;
		case 93u: goto tr69;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 34u: goto tr70;
		case 92u: goto tr70;
	}
	goto st0;
tr54:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 1028 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr71;
	goto st0;
tr71:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 29; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st29;
tr73:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 29; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 1052 "server.c"
	switch( (*p) ) {
		case 43u: goto tr72;
		case 45u: goto tr72;
		case 125u: goto tr74;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr73;
	goto st0;
tr72:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 30; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 1070 "server.c"
	if ( (*p) == 125u )
		goto st31;
	goto st0;
tr74:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 31; goto _out;} }
  }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 1082 "server.c"
	switch( (*p) ) {
		case 10u: goto tr76;
		case 13u: goto st32;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 10u )
		goto tr78;
	goto st0;
tr55:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 1102 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr58;
		case 34u: goto st0;
		case 40u: goto tr59;
		case 41u: goto st0;
		case 91u: goto tr60;
		case 93u: goto tr61;
		case 123u: goto st28;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st23;
	goto tr62;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 32u: goto st35;
		case 93u: goto tr81;
	}
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr82;
	goto tr83;
tr86:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st36;
tr82:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st36;
tr83:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 1153 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto tr85;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st36;
	goto tr86;
tr81:
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st68;
tr85:
#line 154 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 57 "generic.rl"
	{
    if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 68; goto _out;}
  }
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 1180 "server.c"
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 33u: goto tr87;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr87;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr87;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr87;
		} else
			goto st0;
	} else
		goto st0;
	goto tr88;
tr87:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st38;
tr88:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 38; goto _out;} }
	goto st38;
tr91:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 38; goto _out;} }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 1223 "server.c"
	switch( (*p) ) {
		case 32u: goto tr89;
		case 33u: goto st38;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr89;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st38;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st38;
	goto tr91;
tr89:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 48 "server.rl"
	{ { int t = code_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 1256 "server.c"
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 10u: goto tr92;
		case 13u: goto st40;
		case 32u: goto st41;
	}
	goto st0;
tr92:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 70; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st70;
tr95:
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st70;
tr100:
#line 154 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 39 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 70; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 70; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 1288 "server.c"
	goto st0;
tr101:
#line 154 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 39 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 40; goto _out;} }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 1301 "server.c"
	if ( (*p) == 10u )
		goto tr95;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 91u: goto tr97;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr96;
	goto tr98;
tr102:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st42;
tr96:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st42;
tr98:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
#line 1331 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr100;
		case 13u: goto tr101;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st42;
	goto tr102;
tr97:
#line 40 "server.rl"
	{
    {
      ik_node *c = ik_b_add(ps, IK_N_RESP_CODE, ik_b_off(ps, p + 1), 0);
      if (!c || !ik_b_push(ps, c, p)) {p++;  ps->cs = 43; goto _out;}
      ps->code = c;
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 43;goto st37;}}
    }
  }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 1353 "server.c"
	switch( (*p) ) {
		case 10u: goto tr92;
		case 13u: goto st40;
		case 32u: goto st44;
	}
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr92;
		case 13u: goto st40;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr96;
	goto tr98;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 10u: goto tr104;
		case 13u: goto st46;
		case 32u: goto st47;
	}
	goto st0;
tr104:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 71; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st71;
tr107:
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st71;
tr111:
#line 154 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 39 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 71; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 71; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 1402 "server.c"
	goto st0;
tr112:
#line 154 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 39 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 46; goto _out;} }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 1415 "server.c"
	if ( (*p) == 10u )
		goto tr107;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr104;
		case 13u: goto st46;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr108;
	goto tr109;
tr113:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st48;
tr108:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st48;
tr109:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 1444 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr111;
		case 13u: goto tr112;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st48;
	goto tr113;
tr120:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 49; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 49;goto st10;}}
    }
  }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 1465 "server.c"
	switch( (*p) ) {
		case 10u: goto tr114;
		case 13u: goto st50;
		case 32u: goto st51;
	}
	goto st0;
tr114:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 72; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st72;
tr117:
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st72;
tr125:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 72; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 72; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st72;
tr134:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 72; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 72; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 1492 "server.c"
	goto st0;
tr126:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 50; goto _out;} }
	goto st50;
tr135:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 50; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 1503 "server.c"
	if ( (*p) == 10u )
		goto tr117;
	goto st0;
tr127:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 51; goto _out;} }
	goto st51;
tr136:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 51; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 1516 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr114;
		case 13u: goto st50;
		case 32u: goto st51;
		case 34u: goto tr119;
		case 40u: goto tr120;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr121;
		case 126u: goto tr122;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr118;
	goto tr123;
tr118:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st52;
tr123:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st52;
tr128:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 52; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 52; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 52; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 52;goto st22;}}
    }
  }
	goto st52;
tr129:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 1559 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr125;
		case 13u: goto tr126;
		case 32u: goto tr127;
		case 34u: goto st0;
		case 91u: goto tr128;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st52;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st52;
	} else
		goto st0;
	goto tr129;
tr119:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st53;
tr133:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st53;
tr137:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 1591 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr131;
		case 92u: goto st55;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st53;
	goto tr133;
tr131:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st54;
tr143:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 54; goto _out;} }
#line 117 "lexical.rl"
	{
    {
      uint64_t n = ps->num;
      const unsigned char *data = p + 1;
      uint64_t left = (uint64_t)(ps->pe - data);
      ps->tok_form = ps->lit8 ? IK_FORM_LITERAL8 : IK_FORM_LITERAL;
      ps->tok_flags = ps->nonsync ? IK_NF_NONSYNC : 0;
      ps->tok_off = ik_b_off(ps, data);
      if (ps->parser->limits.stream_literal && n >= ps->parser->limits.stream_literal) {
        /* The framer streamed this literal away: nothing of it is here. */
        ps->tok_len = 0;
        ps->tok_flags |= IK_NF_ELIDED;
        ps->num = n;
      } else {
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 54; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 54; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st54;
tr145:
#line 117 "lexical.rl"
	{
    {
      uint64_t n = ps->num;
      const unsigned char *data = p + 1;
      uint64_t left = (uint64_t)(ps->pe - data);
      ps->tok_form = ps->lit8 ? IK_FORM_LITERAL8 : IK_FORM_LITERAL;
      ps->tok_flags = ps->nonsync ? IK_NF_NONSYNC : 0;
      ps->tok_off = ik_b_off(ps, data);
      if (ps->parser->limits.stream_literal && n >= ps->parser->limits.stream_literal) {
        /* The framer streamed this literal away: nothing of it is here. */
        ps->tok_len = 0;
        ps->tok_flags |= IK_NF_ELIDED;
        ps->num = n;
      } else {
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 54; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 54; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 1665 "server.c"
	switch( (*p) ) {
		case 10u: goto tr134;
		case 13u: goto tr135;
		case 32u: goto tr136;
	}
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 34u: goto tr137;
		case 92u: goto tr137;
	}
	goto st0;
tr121:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 1687 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr138;
	goto st0;
tr138:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 57; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st57;
tr140:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 57; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 1711 "server.c"
	switch( (*p) ) {
		case 43u: goto tr139;
		case 45u: goto tr139;
		case 125u: goto tr141;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr140;
	goto st0;
tr139:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 58; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 1729 "server.c"
	if ( (*p) == 125u )
		goto st59;
	goto st0;
tr141:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 59; goto _out;} }
  }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 1741 "server.c"
	switch( (*p) ) {
		case 10u: goto tr143;
		case 13u: goto st60;
	}
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 10u )
		goto tr145;
	goto st0;
tr122:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
#line 1761 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr125;
		case 13u: goto tr126;
		case 32u: goto tr127;
		case 34u: goto st0;
		case 91u: goto tr128;
		case 93u: goto st0;
		case 123u: goto st56;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st52;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st52;
	} else
		goto st0;
	goto tr129;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 10u: goto tr147;
		case 13u: goto st63;
		case 32u: goto tr149;
	}
	goto st0;
tr147:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 73; goto _out;} }
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st73;
tr150:
#line 31 "server.rl"
	{ ps->done = 1; }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 1801 "server.c"
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 10u )
		goto tr150;
	goto st0;
tr149:
#line 18 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, p)) {p++;  ps->cs = 64; goto _out;} }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 1816 "server.c"
	switch( (*p) ) {
		case 10u: goto tr147;
		case 13u: goto st63;
		case 32u: goto st64;
	}
	goto st0;
	}
	_test_eof1:  ps->cs = 1; goto _test_eof; 
	_test_eof2:  ps->cs = 2; goto _test_eof; 
	_test_eof3:  ps->cs = 3; goto _test_eof; 
	_test_eof4:  ps->cs = 4; goto _test_eof; 
	_test_eof65:  ps->cs = 65; goto _test_eof; 
	_test_eof5:  ps->cs = 5; goto _test_eof; 
	_test_eof6:  ps->cs = 6; goto _test_eof; 
	_test_eof7:  ps->cs = 7; goto _test_eof; 
	_test_eof8:  ps->cs = 8; goto _test_eof; 
	_test_eof9:  ps->cs = 9; goto _test_eof; 
	_test_eof10:  ps->cs = 10; goto _test_eof; 
	_test_eof11:  ps->cs = 11; goto _test_eof; 
	_test_eof12:  ps->cs = 12; goto _test_eof; 
	_test_eof66:  ps->cs = 66; goto _test_eof; 
	_test_eof13:  ps->cs = 13; goto _test_eof; 
	_test_eof14:  ps->cs = 14; goto _test_eof; 
	_test_eof15:  ps->cs = 15; goto _test_eof; 
	_test_eof16:  ps->cs = 16; goto _test_eof; 
	_test_eof17:  ps->cs = 17; goto _test_eof; 
	_test_eof18:  ps->cs = 18; goto _test_eof; 
	_test_eof19:  ps->cs = 19; goto _test_eof; 
	_test_eof20:  ps->cs = 20; goto _test_eof; 
	_test_eof21:  ps->cs = 21; goto _test_eof; 
	_test_eof22:  ps->cs = 22; goto _test_eof; 
	_test_eof23:  ps->cs = 23; goto _test_eof; 
	_test_eof24:  ps->cs = 24; goto _test_eof; 
	_test_eof67:  ps->cs = 67; goto _test_eof; 
	_test_eof25:  ps->cs = 25; goto _test_eof; 
	_test_eof26:  ps->cs = 26; goto _test_eof; 
	_test_eof27:  ps->cs = 27; goto _test_eof; 
	_test_eof28:  ps->cs = 28; goto _test_eof; 
	_test_eof29:  ps->cs = 29; goto _test_eof; 
	_test_eof30:  ps->cs = 30; goto _test_eof; 
	_test_eof31:  ps->cs = 31; goto _test_eof; 
	_test_eof32:  ps->cs = 32; goto _test_eof; 
	_test_eof33:  ps->cs = 33; goto _test_eof; 
	_test_eof34:  ps->cs = 34; goto _test_eof; 
	_test_eof35:  ps->cs = 35; goto _test_eof; 
	_test_eof36:  ps->cs = 36; goto _test_eof; 
	_test_eof68:  ps->cs = 68; goto _test_eof; 
	_test_eof37:  ps->cs = 37; goto _test_eof; 
	_test_eof38:  ps->cs = 38; goto _test_eof; 
	_test_eof69:  ps->cs = 69; goto _test_eof; 
	_test_eof39:  ps->cs = 39; goto _test_eof; 
	_test_eof70:  ps->cs = 70; goto _test_eof; 
	_test_eof40:  ps->cs = 40; goto _test_eof; 
	_test_eof41:  ps->cs = 41; goto _test_eof; 
	_test_eof42:  ps->cs = 42; goto _test_eof; 
	_test_eof43:  ps->cs = 43; goto _test_eof; 
	_test_eof44:  ps->cs = 44; goto _test_eof; 
	_test_eof45:  ps->cs = 45; goto _test_eof; 
	_test_eof71:  ps->cs = 71; goto _test_eof; 
	_test_eof46:  ps->cs = 46; goto _test_eof; 
	_test_eof47:  ps->cs = 47; goto _test_eof; 
	_test_eof48:  ps->cs = 48; goto _test_eof; 
	_test_eof49:  ps->cs = 49; goto _test_eof; 
	_test_eof72:  ps->cs = 72; goto _test_eof; 
	_test_eof50:  ps->cs = 50; goto _test_eof; 
	_test_eof51:  ps->cs = 51; goto _test_eof; 
	_test_eof52:  ps->cs = 52; goto _test_eof; 
	_test_eof53:  ps->cs = 53; goto _test_eof; 
	_test_eof54:  ps->cs = 54; goto _test_eof; 
	_test_eof55:  ps->cs = 55; goto _test_eof; 
	_test_eof56:  ps->cs = 56; goto _test_eof; 
	_test_eof57:  ps->cs = 57; goto _test_eof; 
	_test_eof58:  ps->cs = 58; goto _test_eof; 
	_test_eof59:  ps->cs = 59; goto _test_eof; 
	_test_eof60:  ps->cs = 60; goto _test_eof; 
	_test_eof61:  ps->cs = 61; goto _test_eof; 
	_test_eof62:  ps->cs = 62; goto _test_eof; 
	_test_eof73:  ps->cs = 73; goto _test_eof; 
	_test_eof63:  ps->cs = 63; goto _test_eof; 
	_test_eof64:  ps->cs = 64; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 127 "server.rl"
    ps->p = p;
  }
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
