
#line 1 "client.rl"
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


#line 48 "client.rl"



#line 24 "client.c"
static const int ik_client_start = 1;
static const int ik_client_first_final = 51;
static const int ik_client_error = 0;

static const int ik_client_en_g_list = 5;
static const int ik_client_en_g_bracket = 17;
static const int ik_client_en_code_generic = 29;
static const int ik_client_en_generic_args = 32;
static const int ik_client_en_no_args = 45;
static const int ik_client_en_uid_cmd = 48;
static const int ik_client_en_main = 1;


#line 51 "client.rl"

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
    
#line 80 "client.c"
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
		case 51: goto st51;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 52: goto st52;
		case 8: goto st8;
		case 9: goto st9;
		case 10: goto st10;
		case 11: goto st11;
		case 12: goto st12;
		case 13: goto st13;
		case 14: goto st14;
		case 15: goto st15;
		case 16: goto st16;
		case 17: goto st17;
		case 18: goto st18;
		case 19: goto st19;
		case 53: goto st53;
		case 20: goto st20;
		case 21: goto st21;
		case 22: goto st22;
		case 23: goto st23;
		case 24: goto st24;
		case 25: goto st25;
		case 26: goto st26;
		case 27: goto st27;
		case 28: goto st28;
		case 29: goto st29;
		case 30: goto st30;
		case 31: goto st31;
		case 54: goto st54;
		case 32: goto st32;
		case 55: goto st55;
		case 33: goto st33;
		case 34: goto st34;
		case 35: goto st35;
		case 36: goto st36;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
		case 42: goto st42;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 56: goto st56;
		case 46: goto st46;
		case 47: goto st47;
		case 48: goto st48;
		case 49: goto st49;
		case 50: goto st50;
		case 57: goto st57;
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
				goto tr0;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr0;
	goto tr2;
st0:
 ps->cs = 0;
	goto _out;
tr0:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st2;
tr2:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
	goto st2;
tr5:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 193 "client.c"
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
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
				goto st2;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st2;
	goto tr5;
tr3:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 33 "client.rl"
	{ ps->msg->tag.off = ps->tok_off; ps->msg->tag.len = ps->tok_len; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 225 "client.c"
	switch( (*p) ) {
		case 33u: goto tr6;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr6;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr6;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr6;
		} else
			goto st0;
	} else
		goto st0;
	goto tr7;
tr6:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st4;
tr7:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 4; goto _out;} }
	goto st4;
tr10:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 4; goto _out;} }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 263 "client.c"
	switch( (*p) ) {
		case 10u: goto tr8;
		case 13u: goto tr8;
		case 32u: goto tr8;
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
	goto tr10;
tr8:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 34 "client.rl"
	{ { int t = client_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 302 "client.c"
	goto st0;
tr20:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 5; goto _out;} }
	goto st5;
tr29:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 5; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 313 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st5;
		case 34u: goto tr13;
		case 40u: goto tr14;
		case 41u: goto tr15;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr16;
		case 126u: goto tr17;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr11;
	goto tr18;
tr11:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st6;
tr18:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st6;
tr23:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 6; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 6; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 6; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 6;goto st17;}}
    }
  }
	goto st6;
tr24:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 356 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr20;
		case 34u: goto st0;
		case 40u: goto tr21;
		case 41u: goto tr22;
		case 91u: goto tr23;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st6;
	goto tr24;
tr14:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 7; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 7;goto st5;}}
    }
  }
	goto st7;
tr21:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 7; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 7; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 7;goto st5;}}
    }
  }
	goto st7;
tr30:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 7; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 7; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 7;goto st5;}}
    }
  }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 404 "client.c"
	switch( (*p) ) {
		case 32u: goto st5;
		case 40u: goto tr14;
		case 41u: goto tr15;
	}
	goto st0;
tr15:
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st52;
tr22:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 52; goto _out;} }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st52;
tr31:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 52; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 425 "client.c"
	goto st0;
tr13:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st8;
tr28:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st8;
tr32:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 439 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr26;
		case 92u: goto st10;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st8;
	goto tr28;
tr26:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st9;
tr38:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 9; goto _out;} }
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
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 9; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 9; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st9;
tr40:
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
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 9; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 9; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 513 "client.c"
	switch( (*p) ) {
		case 32u: goto tr29;
		case 40u: goto tr30;
		case 41u: goto tr31;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 34u: goto tr32;
		case 92u: goto tr32;
	}
	goto st0;
tr16:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 535 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr33;
	goto st0;
tr33:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 12; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st12;
tr35:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 12; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 559 "client.c"
	switch( (*p) ) {
		case 43u: goto tr34;
		case 45u: goto tr34;
		case 125u: goto tr36;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr35;
	goto st0;
tr34:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 13; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 577 "client.c"
	if ( (*p) == 125u )
		goto st14;
	goto st0;
tr36:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 14; goto _out;} }
  }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 589 "client.c"
	switch( (*p) ) {
		case 10u: goto tr38;
		case 13u: goto st15;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	if ( (*p) == 10u )
		goto tr40;
	goto st0;
tr17:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 609 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr20;
		case 34u: goto st0;
		case 40u: goto tr21;
		case 41u: goto tr22;
		case 91u: goto tr23;
		case 93u: goto st0;
		case 123u: goto st11;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st6;
	goto tr24;
tr51:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 17; goto _out;} }
	goto st17;
tr60:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 17; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 634 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st17;
		case 34u: goto tr44;
		case 40u: goto tr45;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto tr46;
		case 123u: goto tr47;
		case 126u: goto tr48;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr42;
	goto tr49;
tr42:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st18;
tr49:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st18;
tr53:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 18; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 18; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 18; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 18;goto st17;}}
    }
  }
	goto st18;
tr55:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 677 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr51;
		case 34u: goto st0;
		case 40u: goto tr52;
		case 41u: goto st0;
		case 91u: goto tr53;
		case 93u: goto tr54;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st18;
	goto tr55;
tr45:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 19; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 19;goto st5;}}
    }
  }
	goto st19;
tr52:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 19; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 19; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 19;goto st5;}}
    }
  }
	goto st19;
tr61:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 19; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 19; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 19;goto st5;}}
    }
  }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 725 "client.c"
	switch( (*p) ) {
		case 32u: goto st17;
		case 40u: goto tr45;
		case 93u: goto tr46;
	}
	goto st0;
tr46:
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st53;
tr54:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 53; goto _out;} }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st53;
tr62:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 53; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 761 "client.c"
	goto st0;
tr44:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st20;
tr59:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st20;
tr63:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 775 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr57;
		case 92u: goto st22;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st20;
	goto tr59;
tr57:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st21;
tr69:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 21; goto _out;} }
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
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 21; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 21; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st21;
tr71:
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
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 21; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 21; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 849 "client.c"
	switch( (*p) ) {
		case 32u: goto tr60;
		case 40u: goto tr61;
		case 93u: goto tr62;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 34u: goto tr63;
		case 92u: goto tr63;
	}
	goto st0;
tr47:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 871 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr64;
	goto st0;
tr64:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 24; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st24;
tr66:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 24; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 895 "client.c"
	switch( (*p) ) {
		case 43u: goto tr65;
		case 45u: goto tr65;
		case 125u: goto tr67;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr66;
	goto st0;
tr65:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 25; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 913 "client.c"
	if ( (*p) == 125u )
		goto st26;
	goto st0;
tr67:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 26; goto _out;} }
  }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 925 "client.c"
	switch( (*p) ) {
		case 10u: goto tr69;
		case 13u: goto st27;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	if ( (*p) == 10u )
		goto tr71;
	goto st0;
tr48:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 945 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr51;
		case 34u: goto st0;
		case 40u: goto tr52;
		case 41u: goto st0;
		case 91u: goto tr53;
		case 93u: goto tr54;
		case 123u: goto st23;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st18;
	goto tr55;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 32u: goto st30;
		case 93u: goto tr74;
	}
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr75;
	goto tr76;
tr79:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st31;
tr75:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st31;
tr76:
#line 153 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 996 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto tr78;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st31;
	goto tr79;
tr74:
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st54;
tr78:
#line 154 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 57 "generic.rl"
	{
    if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 54; goto _out;}
  }
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 1023 "client.c"
	goto st0;
tr86:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 32; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 32;goto st5;}}
    }
  }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
#line 1037 "client.c"
	switch( (*p) ) {
		case 10u: goto tr80;
		case 13u: goto st33;
		case 32u: goto st34;
	}
	goto st0;
tr80:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 55; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st55;
tr83:
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st55;
tr91:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 55; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 55; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st55;
tr100:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 55; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 55; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 1064 "client.c"
	goto st0;
tr92:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 33; goto _out;} }
	goto st33;
tr101:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 33; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 1075 "client.c"
	if ( (*p) == 10u )
		goto tr83;
	goto st0;
tr93:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 34; goto _out;} }
	goto st34;
tr102:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 34; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
#line 1088 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr80;
		case 13u: goto st33;
		case 32u: goto st34;
		case 34u: goto tr85;
		case 40u: goto tr86;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr87;
		case 126u: goto tr88;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr84;
	goto tr89;
tr84:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st35;
tr89:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st35;
tr94:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 35; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 35; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 35; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 35;goto st17;}}
    }
  }
	goto st35;
tr95:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 1131 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr91;
		case 13u: goto tr92;
		case 32u: goto tr93;
		case 34u: goto st0;
		case 91u: goto tr94;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st35;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st35;
	} else
		goto st0;
	goto tr95;
tr85:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st36;
tr99:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st36;
tr103:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 1163 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr97;
		case 92u: goto st38;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st36;
	goto tr99;
tr97:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st37;
tr109:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 37; goto _out;} }
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
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 37; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 37; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st37;
tr111:
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
        if (n > left) { ik_b_fail(ps, IK_E_INCOMPLETE, ps->pe, "the rest of the literal"); {p++;  ps->cs = 37; goto _out;} }
        ps->tok_len = (uint32_t)n;
        if (n && memchr(data, 0, (size_t)n)) {
          ps->tok_flags |= IK_NF_NUL;
          if (!ps->lit8 && !ik_b_quirk(ps, IK_Q_NUL_IN_LITERAL, data)) {p++;  ps->cs = 37; goto _out;}
        }
        {p = (( data + n))-1;}
      }
    }
  }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 1237 "client.c"
	switch( (*p) ) {
		case 10u: goto tr100;
		case 13u: goto tr101;
		case 32u: goto tr102;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 34u: goto tr103;
		case 92u: goto tr103;
	}
	goto st0;
tr87:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 1259 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr104;
	goto st0;
tr104:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 40; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st40;
tr106:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 40; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 1283 "client.c"
	switch( (*p) ) {
		case 43u: goto tr105;
		case 45u: goto tr105;
		case 125u: goto tr107;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr106;
	goto st0;
tr105:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 41; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
#line 1301 "client.c"
	if ( (*p) == 125u )
		goto st42;
	goto st0;
tr107:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 42; goto _out;} }
  }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
#line 1313 "client.c"
	switch( (*p) ) {
		case 10u: goto tr109;
		case 13u: goto st43;
	}
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) == 10u )
		goto tr111;
	goto st0;
tr88:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 1333 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr91;
		case 13u: goto tr92;
		case 32u: goto tr93;
		case 34u: goto st0;
		case 91u: goto tr94;
		case 93u: goto st0;
		case 123u: goto st39;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st35;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st35;
	} else
		goto st0;
	goto tr95;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 10u: goto tr113;
		case 13u: goto st46;
		case 32u: goto tr115;
	}
	goto st0;
tr113:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 56; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st56;
tr116:
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 1373 "client.c"
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	if ( (*p) == 10u )
		goto tr116;
	goto st0;
tr115:
#line 18 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, p)) {p++;  ps->cs = 47; goto _out;} }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 1388 "client.c"
	switch( (*p) ) {
		case 10u: goto tr113;
		case 13u: goto st46;
		case 32u: goto st47;
	}
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	if ( (*p) == 32u )
		goto st49;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 33u: goto tr119;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr119;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr119;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr119;
		} else
			goto st0;
	} else
		goto st0;
	goto tr120;
tr119:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st50;
tr120:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 50; goto _out;} }
	goto st50;
tr123:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 50; goto _out;} }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 1443 "client.c"
	switch( (*p) ) {
		case 10u: goto tr121;
		case 13u: goto tr121;
		case 32u: goto tr121;
		case 33u: goto st50;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st50;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st50;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st50;
		} else
			goto st0;
	} else
		goto st0;
	goto tr123;
tr121:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 35 "client.rl"
	{ { int t = uid_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 1482 "client.c"
	goto st0;
	}
	_test_eof1:  ps->cs = 1; goto _test_eof; 
	_test_eof2:  ps->cs = 2; goto _test_eof; 
	_test_eof3:  ps->cs = 3; goto _test_eof; 
	_test_eof4:  ps->cs = 4; goto _test_eof; 
	_test_eof51:  ps->cs = 51; goto _test_eof; 
	_test_eof5:  ps->cs = 5; goto _test_eof; 
	_test_eof6:  ps->cs = 6; goto _test_eof; 
	_test_eof7:  ps->cs = 7; goto _test_eof; 
	_test_eof52:  ps->cs = 52; goto _test_eof; 
	_test_eof8:  ps->cs = 8; goto _test_eof; 
	_test_eof9:  ps->cs = 9; goto _test_eof; 
	_test_eof10:  ps->cs = 10; goto _test_eof; 
	_test_eof11:  ps->cs = 11; goto _test_eof; 
	_test_eof12:  ps->cs = 12; goto _test_eof; 
	_test_eof13:  ps->cs = 13; goto _test_eof; 
	_test_eof14:  ps->cs = 14; goto _test_eof; 
	_test_eof15:  ps->cs = 15; goto _test_eof; 
	_test_eof16:  ps->cs = 16; goto _test_eof; 
	_test_eof17:  ps->cs = 17; goto _test_eof; 
	_test_eof18:  ps->cs = 18; goto _test_eof; 
	_test_eof19:  ps->cs = 19; goto _test_eof; 
	_test_eof53:  ps->cs = 53; goto _test_eof; 
	_test_eof20:  ps->cs = 20; goto _test_eof; 
	_test_eof21:  ps->cs = 21; goto _test_eof; 
	_test_eof22:  ps->cs = 22; goto _test_eof; 
	_test_eof23:  ps->cs = 23; goto _test_eof; 
	_test_eof24:  ps->cs = 24; goto _test_eof; 
	_test_eof25:  ps->cs = 25; goto _test_eof; 
	_test_eof26:  ps->cs = 26; goto _test_eof; 
	_test_eof27:  ps->cs = 27; goto _test_eof; 
	_test_eof28:  ps->cs = 28; goto _test_eof; 
	_test_eof29:  ps->cs = 29; goto _test_eof; 
	_test_eof30:  ps->cs = 30; goto _test_eof; 
	_test_eof31:  ps->cs = 31; goto _test_eof; 
	_test_eof54:  ps->cs = 54; goto _test_eof; 
	_test_eof32:  ps->cs = 32; goto _test_eof; 
	_test_eof55:  ps->cs = 55; goto _test_eof; 
	_test_eof33:  ps->cs = 33; goto _test_eof; 
	_test_eof34:  ps->cs = 34; goto _test_eof; 
	_test_eof35:  ps->cs = 35; goto _test_eof; 
	_test_eof36:  ps->cs = 36; goto _test_eof; 
	_test_eof37:  ps->cs = 37; goto _test_eof; 
	_test_eof38:  ps->cs = 38; goto _test_eof; 
	_test_eof39:  ps->cs = 39; goto _test_eof; 
	_test_eof40:  ps->cs = 40; goto _test_eof; 
	_test_eof41:  ps->cs = 41; goto _test_eof; 
	_test_eof42:  ps->cs = 42; goto _test_eof; 
	_test_eof43:  ps->cs = 43; goto _test_eof; 
	_test_eof44:  ps->cs = 44; goto _test_eof; 
	_test_eof45:  ps->cs = 45; goto _test_eof; 
	_test_eof56:  ps->cs = 56; goto _test_eof; 
	_test_eof46:  ps->cs = 46; goto _test_eof; 
	_test_eof47:  ps->cs = 47; goto _test_eof; 
	_test_eof48:  ps->cs = 48; goto _test_eof; 
	_test_eof49:  ps->cs = 49; goto _test_eof; 
	_test_eof50:  ps->cs = 50; goto _test_eof; 
	_test_eof57:  ps->cs = 57; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 96 "client.rl"
    ps->p = p;
  }
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
