
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
#include "resp_build.h"

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-label"
#endif


#line 79 "server.rl"



#line 23 "server.c"
static const int ik_server_start = 1;
static const int ik_server_first_final = 675;
static const int ik_server_error = 0;

static const int ik_server_en_g_list = 10;
static const int ik_server_en_g_bracket = 22;
static const int ik_server_en_code_generic = 34;
static const int ik_server_en_resp_capability = 37;
static const int ik_server_en_resp_flags = 42;
static const int ik_server_en_resp_list = 53;
static const int ik_server_en_resp_search = 95;
static const int ik_server_en_resp_status = 100;
static const int ik_server_en_code_bare = 126;
static const int ik_server_en_code_badcharset = 127;
static const int ik_server_en_code_capability = 142;
static const int ik_server_en_code_permflags = 146;
static const int ik_server_en_code_number = 156;
static const int ik_server_en_env_rest = 159;
static const int ik_server_en_bext_rest = 187;
static const int ik_server_en_body_ext_1part = 203;
static const int ik_server_en_body_ext_mpart = 217;
static const int ik_server_en_body_ext_tail = 250;
static const int ik_server_en_body_rest = 343;
static const int ik_server_en_body_text_tail = 450;
static const int ik_server_en_body_msg_tail = 457;
static const int ik_server_en_resp_fetch = 465;
static const int ik_server_en_fetch_next = 475;
static const int ik_server_en_fi_flags = 482;
static const int ik_server_en_fi_envelope = 491;
static const int ik_server_en_fi_internaldate = 494;
static const int ik_server_en_fi_nstring = 540;
static const int ik_server_en_fi_size = 553;
static const int ik_server_en_fi_uid = 556;
static const int ik_server_en_fi_bodystructure = 559;
static const int ik_server_en_fi_body = 562;
static const int ik_server_en_fi_generic = 624;
static const int ik_server_en_code_name = 641;
static const int ik_server_en_resp_cond = 643;
static const int ik_server_en_resp_continue = 649;
static const int ik_server_en_resp_text_only = 655;
static const int ik_server_en_generic_args = 659;
static const int ik_server_en_numbered_end = 672;
static const int ik_server_en_main = 1;


#line 82 "server.rl"

static int fetch_dispatch(ik_pstate *ps, const unsigned char *p);
static int body_dispatch(ik_pstate *ps);

/* The machine for a response name, and the name recorded in the message. */
static int server_dispatch(ik_pstate *ps) {
  ik_message *m = ps->msg;
  m->name_span.off = ps->tok_off;
  m->name_span.len = ps->tok_len;
  m->name = ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  ps->ctx = "response";
  int untagged = m->kind == IK_MSG_UNTAGGED && !m->has_number;
  switch (m->name) {
  /* typed responses (response.rl) */
  case IK_KW_OK: case IK_KW_NO: case IK_KW_BAD:
    /* resp-cond-state, tagged or untagged; never after a number */
    if (!m->has_number) return ik_server_en_resp_cond;
    break;
  case IK_KW_BYE: case IK_KW_PREAUTH:
    /* resp-cond-bye and the PREAUTH greeting: untagged only */
    if (untagged) return ik_server_en_resp_cond;
    break;
  case IK_KW_EXISTS: case IK_KW_RECENT:
    if (m->has_number) return ik_server_en_numbered_end;
    break;
  case IK_KW_EXPUNGE: case IK_KW_FETCH:
    /* message-data = nz-number SP ("EXPUNGE" / ("FETCH" SP msg-att)) */
    if (!m->has_number || m->kind != IK_MSG_UNTAGGED) break;
    if (m->number == 0) {
      ik_b_fail(ps, IK_E_SYNTAX, ps->base + 2, "a non-zero message number");
      return ik_server_error;
    }
    ps->ctx = m->name == IK_KW_FETCH ? "FETCH item" : "end of line";
    return m->name == IK_KW_FETCH ? ik_server_en_resp_fetch : ik_server_en_numbered_end;
  case IK_KW_CAPABILITY:
    if (untagged) return ik_server_en_resp_capability;
    break;
  case IK_KW_FLAGS:
    if (untagged) return ik_server_en_resp_flags;
    break;
  case IK_KW_LIST: case IK_KW_LSUB:
    if (untagged) return ik_server_en_resp_list;
    break;
  case IK_KW_SEARCH:
    if (untagged) return ik_server_en_resp_search;
    break;
  case IK_KW_STATUS:
    if (untagged) return ik_server_en_resp_status;
    break;
  default:
    break;
  }
  m->flags |= IK_MF_GENERIC;
  ps->ctx = "response arguments";
  return ik_server_en_generic_args;
}

static int code_dispatch(ik_pstate *ps, int next) {
  ik_node *c = ps->code;
  c->span.off = ps->tok_off;
  c->span.len = ps->tok_len;
  c->id = (uint16_t)ik_keyword(ps->base + ps->tok_off, ps->tok_len);
  ps->ctx = "response code";
  switch ((ik_kw)c->id) {
  /* typed response codes (response.rl) */
  case IK_KW_ALERT: case IK_KW_PARSE: case IK_KW_READ_ONLY: case IK_KW_READ_WRITE:
  case IK_KW_TRYCREATE:
    /* with text after the name it is the generic "atom SP text" form */
    if (next == ']') return ik_server_en_code_bare;
    break;
  case IK_KW_BADCHARSET:
    return ik_server_en_code_badcharset;
  case IK_KW_CAPABILITY:
    return ik_server_en_code_capability;
  case IK_KW_PERMANENTFLAGS:
    return ik_server_en_code_permflags;
  case IK_KW_UIDNEXT: case IK_KW_UIDVALIDITY: case IK_KW_UNSEEN:
    return ik_server_en_code_number;
  default:
    break;
  }
  c->flags |= IK_NF_GENERIC;
  return ik_server_en_code_generic;
}

/* The machine for a FETCH item's value, from its name (ps->item .. p). The
 * item is pushed: the value is its child. -1 on depth overflow. */
static int fetch_dispatch(ik_pstate *ps, const unsigned char *p) {
  ik_node *it = ps->item;
  it->span.len = ik_b_off(ps, p) - it->span.off;
  it->id = (uint16_t)ik_keyword(ps->base + it->span.off, it->span.len);
  if (!ik_b_push(ps, it, p)) return -1;
  int t;
  switch ((ik_kw)it->id) {
  case IK_KW_FLAGS: t = ik_server_en_fi_flags; break;
  case IK_KW_ENVELOPE: t = ik_server_en_fi_envelope; break;
  case IK_KW_INTERNALDATE: t = ik_server_en_fi_internaldate; break;
  case IK_KW_RFC822: case IK_KW_RFC822_HEADER: case IK_KW_RFC822_TEXT:
    t = ik_server_en_fi_nstring; break;
  case IK_KW_RFC822_SIZE: t = ik_server_en_fi_size; break;
  case IK_KW_UID: t = ik_server_en_fi_uid; break;
  case IK_KW_BODYSTRUCTURE: t = ik_server_en_fi_bodystructure; break;
  case IK_KW_BODY: t = ik_server_en_fi_body; break;
  default:
    it->flags |= IK_NF_GENERIC;
    t = ik_server_en_fi_generic;
    break;
  }
  return t;
}

/* The tail of a single-part body after body-fld-octets: basic, text or message. */
static int body_dispatch(ik_pstate *ps) {
  switch (ik_r_body_kind(ps)) {
  case 1: return ik_server_en_body_text_tail;
  case 2: return ik_server_en_body_msg_tail;
  default: return ik_server_en_body_ext_1part;
  }
}

/* Where the failed run stopped: the recorded error's offset, or the byte the
 * machine could not take. */
static const unsigned char *fail_at(const ik_pstate *ps) {
  if (ps->err != IK_E_OK) return ps->base + ps->err_off;
  return ps->p < ps->pe ? ps->p : ps->pe;
}

/* Lenient, per-item recovery: a FETCH item that does not parse becomes an
 * error node (IK_NF_ERROR, a TEXT child with its bytes, num = the offset of
 * the error from the item's first byte) and parsing resumes after it. 1 when the machine may go on. */
static int recover_item(ik_pstate *ps) {
  ik_node *it = ps->item;
  if (!it || ps->msg->name != IK_KW_FETCH) return 0;
  switch (ps->err) {
  case IK_E_OK: case IK_E_SYNTAX: case IK_E_NUMBER_TOO_BIG: case IK_E_BAD_DATE:
  case IK_E_TOO_DEEP:
    break;
  default:
    return 0;
  }
  const unsigned char *at = fail_at(ps);
  if (at >= ps->pe || *at == 0) return 0; /* line ends inside it, or NUL: the message fails */
  const unsigned char *start = ps->base + it->span.off;
  const unsigned char *end = ik_r_item_resync(start, at, ps->pe);
  if (!end) return 0;
  ps->err = IK_E_OK;
  ps->depth = 0;
  ps->top = 0;
  ps->lasts[0] = it;
  /* the item's name as sent: up to its first SP outside brackets */
  {
    const unsigned char *q = start;
    size_t br = 0;
    for (; q < end; q++) {
      if (*q == '[') br++;
      else if (*q == ']' && br) br--;
      else if (*q == ' ' && !br) break;
    }
    it->span.len = (uint32_t)(q - start);
    size_t k = 0;
    while (k < it->span.len && start[k] != '[') k++;
    it->id = (uint16_t)ik_keyword(start, k);
  }
  it->child = NULL;
  it->flags |= IK_NF_ERROR;
  it->num = (uint64_t)(at - start); /* from the item's first byte: moves with it */
  if (!ik_b_push(ps, it, start)) return 0;
  ik_node *raw = ik_b_add(ps, IK_N_TEXT, it->span.off, (uint32_t)(end - start));
  ik_b_pop(ps, NULL);
  if (!raw || !ik_b_quirk(ps, IK_Q_BAD_ITEM, at)) return 0;
  ps->msg->flags |= IK_MF_ITEM_ERRORS;
  ps->item = NULL;
  ps->p = end;
  ps->cs = ik_server_en_fetch_next;
  return 1;
}

/* Lenient: typed untagged data that does not fit its grammar (an extension's
 * shape, a server's own) is decoded by the generic grammar instead, with the
 * relaxation named at the offending byte. 1 when the machine may go on. */
typedef struct typed_failure {
  ik_status err;
  size_t err_off;
  const char *expected;
  uint16_t flags;
} typed_failure;

static int generic_fallback(ik_pstate *ps, typed_failure *saved) {
  ik_message *m = ps->msg;
  if (m->kind != IK_MSG_UNTAGGED || (m->flags & IK_MF_GENERIC)) return 0;
  switch (m->name) {
  case IK_KW_CAPABILITY: case IK_KW_FLAGS: case IK_KW_LIST: case IK_KW_LSUB:
  case IK_KW_SEARCH: case IK_KW_STATUS: case IK_KW_FETCH:
    break;
  default:
    return 0;
  }
  if (ps->err != IK_E_OK && ps->err != IK_E_SYNTAX) return 0;
  const unsigned char *at = fail_at(ps);
  if (at >= ps->pe || *at == 0) return 0;
  /* the typed error, kept for when the generic grammar fails too */
  ik_b_fail(ps, IK_E_SYNTAX, at, ps->ctx);
  saved->err = ps->err;
  saved->err_off = ps->err_off;
  saved->expected = ps->expected;
  saved->flags = m->flags;
  uint32_t from = m->name_span.off + m->name_span.len;
  /* forget what the typed attempt built and noted */
  ik_quirk *keep = NULL;
  for (ik_quirk *q = m->quirks; q && q->offset < from; q = q->next) keep = q;
  if (keep)
    keep->next = NULL;
  else
    m->quirks = NULL;
  ps->qlast = keep;
  m->args = NULL;
  m->flags &= (uint16_t)~IK_MF_ITEM_ERRORS;
  ps->err = IK_E_OK;
  ps->depth = 0;
  ps->top = 0;
  ps->lasts[0] = NULL;
  ps->kids[0] = 0;
  ps->last = NULL;
  ps->item = NULL;
  ps->code = NULL;
  m->flags |= IK_MF_GENERIC;
  if (!ik_b_quirk(ps, IK_Q_GENERIC_FALLBACK, at)) return 0;
  ps->ctx = "response arguments";
  ps->p = ps->base + from;
  ps->cs = ik_server_en_generic_args;
  return 1;
}

/* Runs the machine from its start, or (text_only) reads the rest of a status
 * response as plain text: the lenient fallback for "[" that opens no code. */
void ik_server_run(ik_pstate *ps, int text_only) {
  (void)ik_server_first_final;
  (void)ik_server_en_main;
  ps->cs = text_only ? ik_server_en_resp_text_only : ik_server_start;
  ps->item = NULL;
  typed_failure saved;
  int fell_back = 0;
  for (;;) {
    {
      const unsigned char *p = ps->p, *pe = ps->pe, *eof = ps->eof;
      
#line 312 "server.c"
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
		case 675: goto st675;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 8: goto st8;
		case 9: goto st9;
		case 10: goto st10;
		case 11: goto st11;
		case 12: goto st12;
		case 676: goto st676;
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
		case 677: goto st677;
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
		case 678: goto st678;
		case 37: goto st37;
		case 679: goto st679;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
		case 42: goto st42;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 46: goto st46;
		case 680: goto st680;
		case 47: goto st47;
		case 48: goto st48;
		case 49: goto st49;
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
		case 63: goto st63;
		case 681: goto st681;
		case 64: goto st64;
		case 65: goto st65;
		case 66: goto st66;
		case 67: goto st67;
		case 68: goto st68;
		case 69: goto st69;
		case 70: goto st70;
		case 71: goto st71;
		case 72: goto st72;
		case 73: goto st73;
		case 74: goto st74;
		case 75: goto st75;
		case 76: goto st76;
		case 77: goto st77;
		case 78: goto st78;
		case 79: goto st79;
		case 80: goto st80;
		case 81: goto st81;
		case 82: goto st82;
		case 83: goto st83;
		case 84: goto st84;
		case 85: goto st85;
		case 86: goto st86;
		case 87: goto st87;
		case 88: goto st88;
		case 89: goto st89;
		case 90: goto st90;
		case 91: goto st91;
		case 92: goto st92;
		case 93: goto st93;
		case 94: goto st94;
		case 95: goto st95;
		case 682: goto st682;
		case 96: goto st96;
		case 97: goto st97;
		case 98: goto st98;
		case 99: goto st99;
		case 100: goto st100;
		case 101: goto st101;
		case 102: goto st102;
		case 103: goto st103;
		case 104: goto st104;
		case 105: goto st105;
		case 106: goto st106;
		case 683: goto st683;
		case 107: goto st107;
		case 108: goto st108;
		case 109: goto st109;
		case 110: goto st110;
		case 111: goto st111;
		case 112: goto st112;
		case 113: goto st113;
		case 114: goto st114;
		case 115: goto st115;
		case 116: goto st116;
		case 117: goto st117;
		case 118: goto st118;
		case 119: goto st119;
		case 120: goto st120;
		case 121: goto st121;
		case 122: goto st122;
		case 123: goto st123;
		case 124: goto st124;
		case 125: goto st125;
		case 126: goto st126;
		case 684: goto st684;
		case 127: goto st127;
		case 128: goto st128;
		case 129: goto st129;
		case 130: goto st130;
		case 131: goto st131;
		case 132: goto st132;
		case 133: goto st133;
		case 134: goto st134;
		case 135: goto st135;
		case 685: goto st685;
		case 136: goto st136;
		case 137: goto st137;
		case 138: goto st138;
		case 139: goto st139;
		case 140: goto st140;
		case 141: goto st141;
		case 142: goto st142;
		case 143: goto st143;
		case 144: goto st144;
		case 145: goto st145;
		case 686: goto st686;
		case 146: goto st146;
		case 147: goto st147;
		case 148: goto st148;
		case 149: goto st149;
		case 150: goto st150;
		case 687: goto st687;
		case 151: goto st151;
		case 152: goto st152;
		case 153: goto st153;
		case 154: goto st154;
		case 155: goto st155;
		case 156: goto st156;
		case 157: goto st157;
		case 158: goto st158;
		case 688: goto st688;
		case 159: goto st159;
		case 160: goto st160;
		case 161: goto st161;
		case 689: goto st689;
		case 162: goto st162;
		case 163: goto st163;
		case 164: goto st164;
		case 165: goto st165;
		case 166: goto st166;
		case 167: goto st167;
		case 168: goto st168;
		case 169: goto st169;
		case 170: goto st170;
		case 171: goto st171;
		case 172: goto st172;
		case 173: goto st173;
		case 174: goto st174;
		case 175: goto st175;
		case 176: goto st176;
		case 177: goto st177;
		case 178: goto st178;
		case 179: goto st179;
		case 180: goto st180;
		case 181: goto st181;
		case 182: goto st182;
		case 183: goto st183;
		case 184: goto st184;
		case 185: goto st185;
		case 186: goto st186;
		case 187: goto st187;
		case 188: goto st188;
		case 189: goto st189;
		case 190: goto st190;
		case 191: goto st191;
		case 192: goto st192;
		case 690: goto st690;
		case 193: goto st193;
		case 194: goto st194;
		case 195: goto st195;
		case 196: goto st196;
		case 197: goto st197;
		case 198: goto st198;
		case 199: goto st199;
		case 200: goto st200;
		case 201: goto st201;
		case 202: goto st202;
		case 203: goto st203;
		case 204: goto st204;
		case 205: goto st205;
		case 691: goto st691;
		case 206: goto st206;
		case 207: goto st207;
		case 208: goto st208;
		case 209: goto st209;
		case 210: goto st210;
		case 211: goto st211;
		case 212: goto st212;
		case 213: goto st213;
		case 214: goto st214;
		case 215: goto st215;
		case 216: goto st216;
		case 217: goto st217;
		case 218: goto st218;
		case 219: goto st219;
		case 692: goto st692;
		case 220: goto st220;
		case 221: goto st221;
		case 222: goto st222;
		case 223: goto st223;
		case 224: goto st224;
		case 225: goto st225;
		case 226: goto st226;
		case 227: goto st227;
		case 228: goto st228;
		case 229: goto st229;
		case 230: goto st230;
		case 231: goto st231;
		case 232: goto st232;
		case 233: goto st233;
		case 234: goto st234;
		case 235: goto st235;
		case 236: goto st236;
		case 237: goto st237;
		case 238: goto st238;
		case 239: goto st239;
		case 240: goto st240;
		case 241: goto st241;
		case 242: goto st242;
		case 243: goto st243;
		case 244: goto st244;
		case 245: goto st245;
		case 246: goto st246;
		case 247: goto st247;
		case 248: goto st248;
		case 249: goto st249;
		case 250: goto st250;
		case 251: goto st251;
		case 252: goto st252;
		case 693: goto st693;
		case 253: goto st253;
		case 254: goto st254;
		case 255: goto st255;
		case 256: goto st256;
		case 257: goto st257;
		case 258: goto st258;
		case 259: goto st259;
		case 260: goto st260;
		case 261: goto st261;
		case 262: goto st262;
		case 263: goto st263;
		case 264: goto st264;
		case 265: goto st265;
		case 266: goto st266;
		case 267: goto st267;
		case 268: goto st268;
		case 269: goto st269;
		case 270: goto st270;
		case 271: goto st271;
		case 272: goto st272;
		case 273: goto st273;
		case 274: goto st274;
		case 275: goto st275;
		case 276: goto st276;
		case 277: goto st277;
		case 278: goto st278;
		case 279: goto st279;
		case 280: goto st280;
		case 281: goto st281;
		case 282: goto st282;
		case 283: goto st283;
		case 284: goto st284;
		case 285: goto st285;
		case 286: goto st286;
		case 287: goto st287;
		case 288: goto st288;
		case 289: goto st289;
		case 290: goto st290;
		case 291: goto st291;
		case 292: goto st292;
		case 293: goto st293;
		case 294: goto st294;
		case 295: goto st295;
		case 296: goto st296;
		case 297: goto st297;
		case 298: goto st298;
		case 299: goto st299;
		case 300: goto st300;
		case 301: goto st301;
		case 302: goto st302;
		case 303: goto st303;
		case 304: goto st304;
		case 305: goto st305;
		case 306: goto st306;
		case 307: goto st307;
		case 308: goto st308;
		case 309: goto st309;
		case 310: goto st310;
		case 311: goto st311;
		case 312: goto st312;
		case 313: goto st313;
		case 314: goto st314;
		case 315: goto st315;
		case 316: goto st316;
		case 317: goto st317;
		case 318: goto st318;
		case 319: goto st319;
		case 320: goto st320;
		case 321: goto st321;
		case 322: goto st322;
		case 323: goto st323;
		case 324: goto st324;
		case 325: goto st325;
		case 326: goto st326;
		case 327: goto st327;
		case 328: goto st328;
		case 329: goto st329;
		case 330: goto st330;
		case 331: goto st331;
		case 332: goto st332;
		case 333: goto st333;
		case 334: goto st334;
		case 335: goto st335;
		case 336: goto st336;
		case 337: goto st337;
		case 338: goto st338;
		case 339: goto st339;
		case 340: goto st340;
		case 341: goto st341;
		case 342: goto st342;
		case 343: goto st343;
		case 344: goto st344;
		case 345: goto st345;
		case 346: goto st346;
		case 347: goto st347;
		case 348: goto st348;
		case 349: goto st349;
		case 350: goto st350;
		case 351: goto st351;
		case 352: goto st352;
		case 353: goto st353;
		case 354: goto st354;
		case 355: goto st355;
		case 356: goto st356;
		case 357: goto st357;
		case 358: goto st358;
		case 359: goto st359;
		case 360: goto st360;
		case 361: goto st361;
		case 362: goto st362;
		case 363: goto st363;
		case 364: goto st364;
		case 365: goto st365;
		case 366: goto st366;
		case 367: goto st367;
		case 368: goto st368;
		case 369: goto st369;
		case 694: goto st694;
		case 370: goto st370;
		case 371: goto st371;
		case 372: goto st372;
		case 373: goto st373;
		case 374: goto st374;
		case 375: goto st375;
		case 376: goto st376;
		case 377: goto st377;
		case 378: goto st378;
		case 379: goto st379;
		case 380: goto st380;
		case 381: goto st381;
		case 382: goto st382;
		case 383: goto st383;
		case 384: goto st384;
		case 385: goto st385;
		case 386: goto st386;
		case 387: goto st387;
		case 388: goto st388;
		case 389: goto st389;
		case 390: goto st390;
		case 391: goto st391;
		case 392: goto st392;
		case 393: goto st393;
		case 394: goto st394;
		case 395: goto st395;
		case 396: goto st396;
		case 397: goto st397;
		case 398: goto st398;
		case 399: goto st399;
		case 400: goto st400;
		case 401: goto st401;
		case 402: goto st402;
		case 403: goto st403;
		case 404: goto st404;
		case 405: goto st405;
		case 406: goto st406;
		case 407: goto st407;
		case 408: goto st408;
		case 409: goto st409;
		case 410: goto st410;
		case 411: goto st411;
		case 412: goto st412;
		case 413: goto st413;
		case 414: goto st414;
		case 415: goto st415;
		case 416: goto st416;
		case 417: goto st417;
		case 418: goto st418;
		case 419: goto st419;
		case 420: goto st420;
		case 421: goto st421;
		case 422: goto st422;
		case 423: goto st423;
		case 424: goto st424;
		case 425: goto st425;
		case 426: goto st426;
		case 427: goto st427;
		case 428: goto st428;
		case 429: goto st429;
		case 430: goto st430;
		case 431: goto st431;
		case 432: goto st432;
		case 433: goto st433;
		case 434: goto st434;
		case 435: goto st435;
		case 436: goto st436;
		case 437: goto st437;
		case 438: goto st438;
		case 439: goto st439;
		case 440: goto st440;
		case 441: goto st441;
		case 442: goto st442;
		case 443: goto st443;
		case 444: goto st444;
		case 445: goto st445;
		case 446: goto st446;
		case 447: goto st447;
		case 448: goto st448;
		case 449: goto st449;
		case 450: goto st450;
		case 451: goto st451;
		case 452: goto st452;
		case 695: goto st695;
		case 453: goto st453;
		case 454: goto st454;
		case 455: goto st455;
		case 456: goto st456;
		case 457: goto st457;
		case 458: goto st458;
		case 459: goto st459;
		case 696: goto st696;
		case 460: goto st460;
		case 461: goto st461;
		case 462: goto st462;
		case 463: goto st463;
		case 464: goto st464;
		case 465: goto st465;
		case 466: goto st466;
		case 467: goto st467;
		case 468: goto st468;
		case 469: goto st469;
		case 470: goto st470;
		case 471: goto st471;
		case 472: goto st472;
		case 697: goto st697;
		case 473: goto st473;
		case 474: goto st474;
		case 475: goto st475;
		case 476: goto st476;
		case 477: goto st477;
		case 478: goto st478;
		case 479: goto st479;
		case 698: goto st698;
		case 480: goto st480;
		case 481: goto st481;
		case 482: goto st482;
		case 483: goto st483;
		case 484: goto st484;
		case 485: goto st485;
		case 486: goto st486;
		case 699: goto st699;
		case 487: goto st487;
		case 488: goto st488;
		case 489: goto st489;
		case 490: goto st490;
		case 491: goto st491;
		case 492: goto st492;
		case 493: goto st493;
		case 700: goto st700;
		case 494: goto st494;
		case 495: goto st495;
		case 496: goto st496;
		case 497: goto st497;
		case 498: goto st498;
		case 499: goto st499;
		case 500: goto st500;
		case 501: goto st501;
		case 502: goto st502;
		case 503: goto st503;
		case 504: goto st504;
		case 505: goto st505;
		case 506: goto st506;
		case 507: goto st507;
		case 508: goto st508;
		case 509: goto st509;
		case 510: goto st510;
		case 511: goto st511;
		case 512: goto st512;
		case 513: goto st513;
		case 514: goto st514;
		case 515: goto st515;
		case 516: goto st516;
		case 517: goto st517;
		case 518: goto st518;
		case 519: goto st519;
		case 520: goto st520;
		case 521: goto st521;
		case 522: goto st522;
		case 523: goto st523;
		case 701: goto st701;
		case 524: goto st524;
		case 525: goto st525;
		case 526: goto st526;
		case 527: goto st527;
		case 528: goto st528;
		case 529: goto st529;
		case 530: goto st530;
		case 531: goto st531;
		case 532: goto st532;
		case 533: goto st533;
		case 534: goto st534;
		case 535: goto st535;
		case 536: goto st536;
		case 537: goto st537;
		case 538: goto st538;
		case 539: goto st539;
		case 540: goto st540;
		case 541: goto st541;
		case 542: goto st542;
		case 543: goto st543;
		case 702: goto st702;
		case 544: goto st544;
		case 545: goto st545;
		case 546: goto st546;
		case 547: goto st547;
		case 548: goto st548;
		case 549: goto st549;
		case 550: goto st550;
		case 551: goto st551;
		case 552: goto st552;
		case 553: goto st553;
		case 554: goto st554;
		case 555: goto st555;
		case 703: goto st703;
		case 556: goto st556;
		case 557: goto st557;
		case 558: goto st558;
		case 704: goto st704;
		case 559: goto st559;
		case 560: goto st560;
		case 561: goto st561;
		case 705: goto st705;
		case 562: goto st562;
		case 563: goto st563;
		case 564: goto st564;
		case 706: goto st706;
		case 565: goto st565;
		case 566: goto st566;
		case 567: goto st567;
		case 568: goto st568;
		case 569: goto st569;
		case 570: goto st570;
		case 571: goto st571;
		case 572: goto st572;
		case 573: goto st573;
		case 574: goto st574;
		case 575: goto st575;
		case 576: goto st576;
		case 577: goto st577;
		case 578: goto st578;
		case 579: goto st579;
		case 580: goto st580;
		case 581: goto st581;
		case 582: goto st582;
		case 583: goto st583;
		case 584: goto st584;
		case 585: goto st585;
		case 586: goto st586;
		case 587: goto st587;
		case 588: goto st588;
		case 589: goto st589;
		case 590: goto st590;
		case 591: goto st591;
		case 592: goto st592;
		case 593: goto st593;
		case 594: goto st594;
		case 595: goto st595;
		case 596: goto st596;
		case 597: goto st597;
		case 598: goto st598;
		case 599: goto st599;
		case 600: goto st600;
		case 601: goto st601;
		case 602: goto st602;
		case 603: goto st603;
		case 604: goto st604;
		case 605: goto st605;
		case 606: goto st606;
		case 607: goto st607;
		case 608: goto st608;
		case 609: goto st609;
		case 610: goto st610;
		case 611: goto st611;
		case 612: goto st612;
		case 613: goto st613;
		case 614: goto st614;
		case 615: goto st615;
		case 616: goto st616;
		case 617: goto st617;
		case 618: goto st618;
		case 619: goto st619;
		case 620: goto st620;
		case 621: goto st621;
		case 622: goto st622;
		case 623: goto st623;
		case 624: goto st624;
		case 625: goto st625;
		case 626: goto st626;
		case 707: goto st707;
		case 627: goto st627;
		case 628: goto st628;
		case 629: goto st629;
		case 630: goto st630;
		case 631: goto st631;
		case 632: goto st632;
		case 633: goto st633;
		case 634: goto st634;
		case 635: goto st635;
		case 636: goto st636;
		case 637: goto st637;
		case 638: goto st638;
		case 639: goto st639;
		case 640: goto st640;
		case 641: goto st641;
		case 642: goto st642;
		case 708: goto st708;
		case 643: goto st643;
		case 709: goto st709;
		case 644: goto st644;
		case 645: goto st645;
		case 646: goto st646;
		case 647: goto st647;
		case 648: goto st648;
		case 649: goto st649;
		case 710: goto st710;
		case 650: goto st650;
		case 651: goto st651;
		case 652: goto st652;
		case 653: goto st653;
		case 654: goto st654;
		case 655: goto st655;
		case 711: goto st711;
		case 656: goto st656;
		case 657: goto st657;
		case 658: goto st658;
		case 659: goto st659;
		case 712: goto st712;
		case 660: goto st660;
		case 661: goto st661;
		case 662: goto st662;
		case 663: goto st663;
		case 664: goto st664;
		case 665: goto st665;
		case 666: goto st666;
		case 667: goto st667;
		case 668: goto st668;
		case 669: goto st669;
		case 670: goto st670;
		case 671: goto st671;
		case 672: goto st672;
		case 713: goto st713;
		case 673: goto st673;
		case 674: goto st674;
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
#line 33 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
tr4:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
#line 33 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
tr6:
#line 33 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
tr7:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 2; goto _out;} }
#line 33 "server.rl"
	{ ps->msg->kind = IK_MSG_TAGGED; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 1089 "server.c"
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
#line 31 "server.rl"
	{ ps->msg->tag.off = ps->tok_off; ps->msg->tag.len = ps->tok_len; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 1121 "server.c"
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
#line 1159 "server.c"
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
#line 37 "server.rl"
	{ { int t = server_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st675;
tr17:
#line 76 "server.rl"
	{ p--; {goto st649;} }
	goto st675;
st675:
	if ( ++p == pe )
		goto _test_eof675;
case 675:
#line 1201 "server.c"
	goto st0;
tr2:
#line 32 "server.rl"
	{ ps->msg->kind = IK_MSG_UNTAGGED; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 1209 "server.c"
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
#line 1267 "server.c"
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
#line 35 "server.rl"
	{ ps->msg->number = ps->num; ps->msg->has_number = 1; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 1282 "server.c"
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
#line 34 "server.rl"
	{ ps->msg->kind = IK_MSG_CONTINUATION; ps->msg->name = IK_KW_NONE; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 1319 "server.c"
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
#line 1335 "server.c"
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
#line 1378 "server.c"
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
#line 1426 "server.c"
	switch( (*p) ) {
		case 32u: goto st10;
		case 40u: goto tr21;
		case 41u: goto tr22;
	}
	goto st0;
tr22:
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st676;
tr29:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 676; goto _out;} }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st676;
tr38:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 676; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st676;
st676:
	if ( ++p == pe )
		goto _test_eof676;
case 676:
#line 1447 "server.c"
	goto st0;
tr20:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st13;
tr32:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
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
#line 1468 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr33;
		case 92u: goto st15;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr32;
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
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 14; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st14;
tr47:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 14; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 1508 "server.c"
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
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 1530 "server.c"
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
#line 1554 "server.c"
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
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 1572 "server.c"
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
#line 1584 "server.c"
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
#line 125 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 1604 "server.c"
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
#line 1629 "server.c"
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
#line 1672 "server.c"
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
#line 1720 "server.c"
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
	goto st677;
tr61:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 677; goto _out;} }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st677;
tr69:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 677; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st677;
st677:
	if ( ++p == pe )
		goto _test_eof677;
case 677:
#line 1756 "server.c"
	goto st0;
tr51:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st25;
tr63:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
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
#line 1777 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr64;
		case 92u: goto st27;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr63;
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
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 26; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st26;
tr78:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 26; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 1817 "server.c"
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
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 1839 "server.c"
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
#line 1863 "server.c"
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
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 1881 "server.c"
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
#line 1893 "server.c"
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
#line 125 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 1913 "server.c"
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
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st36;
tr83:
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 1964 "server.c"
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
	goto st678;
tr85:
#line 149 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 57 "generic.rl"
	{
    if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 678; goto _out;}
  }
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st678;
st678:
	if ( ++p == pe )
		goto _test_eof678;
case 678:
#line 1991 "server.c"
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 10u: goto tr87;
		case 13u: goto st38;
		case 32u: goto tr89;
	}
	goto st0;
tr87:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 679; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st679;
tr90:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st679;
tr91:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 679; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 679; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st679;
tr97:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 46 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 679; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 679; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st679;
st679:
	if ( ++p == pe )
		goto _test_eof679;
case 679:
#line 2028 "server.c"
	goto st0;
tr92:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 38; goto _out;} }
	goto st38;
tr98:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 46 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 38; goto _out;} }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 2044 "server.c"
	if ( (*p) == 10u )
		goto tr90;
	goto st0;
tr89:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st39;
tr99:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 46 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 39; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 2063 "server.c"
	switch( (*p) ) {
		case 10u: goto tr91;
		case 13u: goto tr92;
		case 32u: goto tr93;
		case 33u: goto tr94;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr94;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr94;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr94;
		} else
			goto st0;
	} else
		goto st0;
	goto tr95;
tr93:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 40; goto _out;} }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 2097 "server.c"
	switch( (*p) ) {
		case 10u: goto tr91;
		case 13u: goto tr92;
		case 32u: goto st40;
		case 33u: goto tr94;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr94;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr94;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr94;
		} else
			goto st0;
	} else
		goto st0;
	goto tr95;
tr94:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st41;
tr95:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 41; goto _out;} }
	goto st41;
tr101:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 41; goto _out;} }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
#line 2138 "server.c"
	switch( (*p) ) {
		case 10u: goto tr97;
		case 13u: goto tr98;
		case 32u: goto tr99;
		case 33u: goto st41;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st41;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st41;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st41;
		} else
			goto st0;
	} else
		goto st0;
	goto tr101;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	if ( (*p) == 32u )
		goto st43;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) == 40u )
		goto tr103;
	goto st0;
tr103:
#line 196 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 44; goto _out;} } }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 2186 "server.c"
	switch( (*p) ) {
		case 32u: goto tr104;
		case 33u: goto tr105;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr106;
		case 42u: goto st0;
		case 92u: goto tr107;
		case 93u: goto tr108;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr105;
	} else
		goto st0;
	goto tr109;
tr104:
#line 201 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 2211 "server.c"
	switch( (*p) ) {
		case 32u: goto st45;
		case 41u: goto tr111;
	}
	goto st0;
tr106:
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st46;
tr111:
#line 202 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 46; goto _out;} }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st46;
tr121:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 46; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 2231 "server.c"
	switch( (*p) ) {
		case 10u: goto tr112;
		case 13u: goto st47;
		case 32u: goto tr114;
	}
	goto st0;
tr112:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 680; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st680;
tr115:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st680;
tr116:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 680; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 680; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st680;
st680:
	if ( ++p == pe )
		goto _test_eof680;
case 680:
#line 2253 "server.c"
	goto st0;
tr117:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 47; goto _out;} }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 2261 "server.c"
	if ( (*p) == 10u )
		goto tr115;
	goto st0;
tr114:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 2271 "server.c"
	switch( (*p) ) {
		case 10u: goto tr116;
		case 13u: goto tr117;
		case 32u: goto st48;
	}
	goto st0;
tr105:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st49;
tr109:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
tr123:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
tr108:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
tr122:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 49; goto _out;} }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 2298 "server.c"
	switch( (*p) ) {
		case 32u: goto tr119;
		case 33u: goto st49;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr121;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr122;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st49;
	} else
		goto st0;
	goto tr123;
tr119:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 50; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 201 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 2324 "server.c"
	switch( (*p) ) {
		case 32u: goto tr124;
		case 33u: goto tr105;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr111;
		case 42u: goto st0;
		case 92u: goto tr107;
		case 93u: goto tr108;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr105;
	} else
		goto st0;
	goto tr109;
tr124:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 51; goto _out;} }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 2349 "server.c"
	switch( (*p) ) {
		case 32u: goto st51;
		case 33u: goto tr105;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr111;
		case 42u: goto st0;
		case 92u: goto tr107;
		case 93u: goto tr108;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr105;
	} else
		goto st0;
	goto tr109;
tr107:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 2374 "server.c"
	switch( (*p) ) {
		case 33u: goto st49;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr122;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st49;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st49;
	goto tr123;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 32u )
		goto tr126;
	goto st0;
tr126:
#line 60 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST_ENTRY, p + 1)) {p++;  ps->cs = 54; goto _out;} }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 2408 "server.c"
	if ( (*p) == 40u )
		goto tr127;
	goto st0;
tr127:
#line 196 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 55; goto _out;} } }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 2418 "server.c"
	switch( (*p) ) {
		case 32u: goto tr128;
		case 41u: goto tr129;
		case 92u: goto tr130;
	}
	goto st0;
tr128:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 2431 "server.c"
	switch( (*p) ) {
		case 32u: goto st56;
		case 41u: goto tr132;
	}
	goto st0;
tr129:
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st57;
tr210:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 57; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st57;
tr132:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 57; goto _out;} }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 2451 "server.c"
	if ( (*p) == 32u )
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 34u: goto tr134;
		case 78u: goto tr135;
		case 110u: goto tr135;
	}
	goto st0;
tr134:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 2471 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st87;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st60;
	goto tr138;
tr138:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st60;
tr203:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 2491 "server.c"
	if ( (*p) == 34u )
		goto tr139;
	goto st0;
tr139:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
#line 2505 "server.c"
	if ( (*p) == 32u )
		goto tr140;
	goto st0;
tr140:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 62; goto _out;} }
	goto st62;
tr206:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 62; goto _out;} }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 2523 "server.c"
	switch( (*p) ) {
		case 34u: goto tr142;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr143;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr141;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr141;
	goto tr144;
tr141:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st63;
tr144:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 63; goto _out;} }
	goto st63;
tr149:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 63; goto _out;} }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 2556 "server.c"
	switch( (*p) ) {
		case 10u: goto tr145;
		case 13u: goto tr146;
		case 32u: goto tr147;
		case 33u: goto st63;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st63;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st63;
	goto tr149;
tr175:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 681; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st681;
tr150:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st681;
tr152:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 681; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 681; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st681;
tr145:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 681; goto _out;} }
#line 21 "response.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 681; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st681;
tr161:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 681; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 681; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st681;
tr171:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 681; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 681; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st681;
tr191:
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 681; goto _out;} }
#line 21 "response.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 681; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st681;
st681:
	if ( ++p == pe )
		goto _test_eof681;
case 681:
#line 2621 "server.c"
	goto st0;
tr162:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 64; goto _out;} }
	goto st64;
tr172:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 64; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st64;
tr153:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 64; goto _out;} }
	goto st64;
tr146:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 64; goto _out;} }
#line 21 "response.rl"
	{ ik_b_pop(ps, p); }
	goto st64;
tr192:
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 64; goto _out;} }
#line 21 "response.rl"
	{ ik_b_pop(ps, p); }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 2648 "server.c"
	if ( (*p) == 10u )
		goto tr150;
	goto st0;
tr147:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 65; goto _out;} }
#line 21 "response.rl"
	{ ik_b_pop(ps, p); }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st65;
tr193:
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 65; goto _out;} }
#line 21 "response.rl"
	{ ik_b_pop(ps, p); }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 2670 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr152;
		case 13u: goto tr153;
		case 32u: goto st78;
		case 34u: goto tr155;
		case 40u: goto tr156;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr157;
		case 126u: goto tr158;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr151;
	goto tr159;
tr151:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st66;
tr159:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st66;
tr164:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 66; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 66; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 66; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 66;goto st22;}}
    }
  }
	goto st66;
tr165:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
#line 2713 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr161;
		case 13u: goto tr162;
		case 32u: goto tr163;
		case 34u: goto st0;
		case 91u: goto tr164;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st66;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st66;
	} else
		goto st0;
	goto tr165;
tr177:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st67;
tr163:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 67; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st67;
tr173:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 67; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
#line 2747 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr152;
		case 13u: goto tr153;
		case 32u: goto st67;
		case 34u: goto tr155;
		case 40u: goto tr156;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr157;
		case 126u: goto tr158;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr151;
	goto tr159;
tr155:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st68;
tr167:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st68;
tr170:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st68;
tr174:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 2783 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr168;
		case 92u: goto st70;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr167;
	goto tr170;
tr168:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st69;
tr183:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 69; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 69; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st69;
tr185:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 69; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 2823 "server.c"
	switch( (*p) ) {
		case 10u: goto tr171;
		case 13u: goto tr172;
		case 32u: goto tr173;
	}
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 34u: goto tr174;
		case 92u: goto tr174;
	}
	goto st0;
tr156:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 71; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 71;goto st10;}}
    }
  }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 2851 "server.c"
	switch( (*p) ) {
		case 10u: goto tr175;
		case 13u: goto st64;
		case 32u: goto tr177;
	}
	goto st0;
tr157:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 2864 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr178;
	goto st0;
tr178:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 73; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st73;
tr180:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 73; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 2888 "server.c"
	switch( (*p) ) {
		case 43u: goto tr179;
		case 45u: goto tr179;
		case 125u: goto tr181;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr180;
	goto st0;
tr179:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 74; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
#line 2906 "server.c"
	if ( (*p) == 125u )
		goto st75;
	goto st0;
tr181:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 75; goto _out;} }
  }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
#line 2918 "server.c"
	switch( (*p) ) {
		case 10u: goto tr183;
		case 13u: goto st76;
	}
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	if ( (*p) == 10u )
		goto tr185;
	goto st0;
tr158:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 125 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st77;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
#line 2938 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr161;
		case 13u: goto tr162;
		case 32u: goto tr163;
		case 34u: goto st0;
		case 91u: goto tr164;
		case 93u: goto st0;
		case 123u: goto st72;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st66;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st66;
	} else
		goto st0;
	goto tr165;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 10u: goto tr152;
		case 13u: goto tr153;
		case 32u: goto st78;
	}
	goto st0;
tr142:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st79;
tr187:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st79;
tr190:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st79;
tr194:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
#line 2987 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr188;
		case 92u: goto st81;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr187;
	goto tr190;
tr188:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st80;
tr200:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 80; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 80; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st80;
tr202:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 80; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st80;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
#line 3027 "server.c"
	switch( (*p) ) {
		case 10u: goto tr191;
		case 13u: goto tr192;
		case 32u: goto tr193;
	}
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 34u: goto tr194;
		case 92u: goto tr194;
	}
	goto st0;
tr143:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st82;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
#line 3049 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr195;
	goto st0;
tr195:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 83; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st83;
tr197:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 83; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
#line 3073 "server.c"
	switch( (*p) ) {
		case 43u: goto tr196;
		case 45u: goto tr196;
		case 125u: goto tr198;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr197;
	goto st0;
tr196:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 84; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st84;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
#line 3091 "server.c"
	if ( (*p) == 125u )
		goto st85;
	goto st0;
tr198:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 85; goto _out;} }
  }
	goto st85;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
#line 3103 "server.c"
	switch( (*p) ) {
		case 10u: goto tr200;
		case 13u: goto st86;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	if ( (*p) == 10u )
		goto tr202;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 34u: goto tr203;
		case 92u: goto tr203;
	}
	goto st0;
tr135:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 3131 "server.c"
	switch( (*p) ) {
		case 73u: goto st89;
		case 105u: goto st89;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 76u: goto st90;
		case 108u: goto st90;
	}
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	if ( (*p) == 32u )
		goto tr206;
	goto st0;
tr130:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
#line 3159 "server.c"
	switch( (*p) ) {
		case 33u: goto st92;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st92;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st92;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st92;
		} else
			goto st0;
	} else
		goto st0;
	goto tr208;
tr208:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 92; goto _out;} }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
#line 3190 "server.c"
	switch( (*p) ) {
		case 32u: goto tr209;
		case 33u: goto st92;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr210;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st92;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st92;
	goto tr208;
tr209:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 93; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
#line 3220 "server.c"
	switch( (*p) ) {
		case 32u: goto tr211;
		case 41u: goto tr132;
		case 92u: goto tr130;
	}
	goto st0;
tr211:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 94; goto _out;} }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 3233 "server.c"
	switch( (*p) ) {
		case 32u: goto st94;
		case 41u: goto tr132;
		case 92u: goto tr130;
	}
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 10u: goto tr213;
		case 13u: goto st96;
		case 32u: goto tr215;
	}
	goto st0;
tr213:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 682; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st682;
tr216:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st682;
tr217:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 682; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 682; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st682;
tr222:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 682; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 682; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 682; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 682; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st682;
st682:
	if ( ++p == pe )
		goto _test_eof682;
case 682:
#line 3281 "server.c"
	goto st0;
tr218:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 96; goto _out;} }
	goto st96;
tr223:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 96; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 96; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 96; goto _out;} }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 3303 "server.c"
	if ( (*p) == 10u )
		goto tr216;
	goto st0;
tr215:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st97;
tr224:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 97; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 97; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 97; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
#line 3328 "server.c"
	switch( (*p) ) {
		case 10u: goto tr217;
		case 13u: goto tr218;
		case 32u: goto tr219;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr220;
	goto st0;
tr219:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 98; goto _out;} }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
#line 3343 "server.c"
	switch( (*p) ) {
		case 10u: goto tr217;
		case 13u: goto tr218;
		case 32u: goto st98;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr220;
	goto st0;
tr220:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 99; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st99;
tr225:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 99; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 3372 "server.c"
	switch( (*p) ) {
		case 10u: goto tr222;
		case 13u: goto tr223;
		case 32u: goto tr224;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr225;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	if ( (*p) == 32u )
		goto st101;
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 34u: goto tr228;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr229;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr227;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr227;
	goto tr230;
tr227:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st102;
tr230:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 102; goto _out;} }
	goto st102;
tr233:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 102; goto _out;} }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
#line 3424 "server.c"
	switch( (*p) ) {
		case 32u: goto tr231;
		case 33u: goto st102;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st102;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st102;
	goto tr233;
tr231:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 103; goto _out;} }
	goto st103;
tr269:
#line 208 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 103; goto _out;} }
	goto st103;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
#line 3459 "server.c"
	if ( (*p) == 40u )
		goto tr234;
	goto st0;
tr234:
#line 78 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 104; goto _out;} }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
#line 3469 "server.c"
	switch( (*p) ) {
		case 32u: goto tr235;
		case 33u: goto tr236;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr237;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr236;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr236;
	goto tr238;
tr235:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 3498 "server.c"
	switch( (*p) ) {
		case 32u: goto st105;
		case 41u: goto tr240;
	}
	goto st0;
tr237:
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st106;
tr240:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 106; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st106;
tr255:
#line 80 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st106;
tr259:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 106; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 106; goto _out;} }
#line 80 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st106;
tr264:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 106; goto _out;} }
#line 80 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
#line 3541 "server.c"
	switch( (*p) ) {
		case 10u: goto tr241;
		case 13u: goto st107;
		case 32u: goto tr243;
	}
	goto st0;
tr241:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 683; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st683;
tr244:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st683;
tr245:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 683; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 683; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st683;
st683:
	if ( ++p == pe )
		goto _test_eof683;
case 683:
#line 3563 "server.c"
	goto st0;
tr246:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 107; goto _out;} }
	goto st107;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
#line 3571 "server.c"
	if ( (*p) == 10u )
		goto tr244;
	goto st0;
tr243:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
#line 3581 "server.c"
	switch( (*p) ) {
		case 10u: goto tr245;
		case 13u: goto tr246;
		case 32u: goto st108;
	}
	goto st0;
tr236:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st109;
tr238:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 109; goto _out;} }
	goto st109;
tr250:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 109; goto _out;} }
	goto st109;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
#line 3601 "server.c"
	switch( (*p) ) {
		case 32u: goto tr248;
		case 33u: goto st109;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st109;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st109;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st109;
		} else
			goto st0;
	} else
		goto st0;
	goto tr250;
tr248:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 77 "response.rl"
	{ if (!ik_r_status_att(ps)) {p++;  ps->cs = 110; goto _out;} }
	goto st110;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
#line 3638 "server.c"
	switch( (*p) ) {
		case 40u: goto tr251;
		case 78u: goto tr253;
		case 110u: goto tr253;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr252;
	goto st0;
tr251:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 111; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 111;goto st10;}}
    }
  }
	goto st111;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
#line 3659 "server.c"
	switch( (*p) ) {
		case 32u: goto tr254;
		case 41u: goto tr255;
	}
	goto st0;
tr254:
#line 80 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st112;
tr258:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 112; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 112; goto _out;} }
#line 80 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st112;
tr263:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 112; goto _out;} }
#line 80 "response.rl"
	{ ik_b_pop(ps, NULL); }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st112;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
#line 3695 "server.c"
	switch( (*p) ) {
		case 32u: goto tr256;
		case 33u: goto tr236;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr240;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr236;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr236;
	goto tr238;
tr256:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 113; goto _out;} }
	goto st113;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
#line 3724 "server.c"
	switch( (*p) ) {
		case 32u: goto st113;
		case 33u: goto tr236;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr240;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr236;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto tr236;
	goto tr238;
tr252:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 114; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st114;
tr260:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 114; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st114;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
#line 3767 "server.c"
	switch( (*p) ) {
		case 32u: goto tr258;
		case 41u: goto tr259;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr260;
	goto st0;
tr253:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st115;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
#line 3781 "server.c"
	switch( (*p) ) {
		case 73u: goto st116;
		case 105u: goto st116;
	}
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 76u: goto st117;
		case 108u: goto st117;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 32u: goto tr263;
		case 41u: goto tr264;
	}
	goto st0;
tr228:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st118;
tr265:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st118;
tr268:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st118;
tr270:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st118;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
#line 3824 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr266;
		case 92u: goto st120;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr265;
	goto tr268;
tr266:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st119;
tr276:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 119; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 119; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st119;
tr278:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 119; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
#line 3864 "server.c"
	if ( (*p) == 32u )
		goto tr269;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 34u: goto tr270;
		case 92u: goto tr270;
	}
	goto st0;
tr229:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st121;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
#line 3883 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr271;
	goto st0;
tr271:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 122; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st122;
tr273:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 122; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st122;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
#line 3907 "server.c"
	switch( (*p) ) {
		case 43u: goto tr272;
		case 45u: goto tr272;
		case 125u: goto tr274;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr273;
	goto st0;
tr272:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 123; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
#line 3925 "server.c"
	if ( (*p) == 125u )
		goto st124;
	goto st0;
tr274:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 124; goto _out;} }
  }
	goto st124;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
#line 3937 "server.c"
	switch( (*p) ) {
		case 10u: goto tr276;
		case 13u: goto st125;
	}
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	if ( (*p) == 10u )
		goto tr278;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( (*p) == 93u )
		goto tr279;
	goto st0;
tr279:
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st684;
st684:
	if ( ++p == pe )
		goto _test_eof684;
case 684:
#line 3963 "server.c"
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 32u: goto st128;
		case 93u: goto tr281;
	}
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	if ( (*p) == 40u )
		goto st129;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 34u: goto tr284;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr285;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr283;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr283;
	goto tr286;
tr283:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st130;
tr286:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 130; goto _out;} }
	goto st130;
tr290:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 130; goto _out;} }
	goto st130;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
#line 4017 "server.c"
	switch( (*p) ) {
		case 32u: goto tr287;
		case 33u: goto st130;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr289;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st130;
	} else
		goto st0;
	goto tr290;
tr287:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 131; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st131;
tr298:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 131; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st131;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
#line 4051 "server.c"
	switch( (*p) ) {
		case 32u: goto tr291;
		case 34u: goto tr284;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr292;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr285;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr283;
	} else
		goto st0;
	goto tr286;
tr291:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 132; goto _out;} }
	goto st132;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
#line 4075 "server.c"
	switch( (*p) ) {
		case 32u: goto st132;
		case 34u: goto tr284;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr292;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr285;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr283;
	} else
		goto st0;
	goto tr286;
tr284:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st133;
tr294:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st133;
tr297:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st133;
tr300:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st133;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
#line 4112 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr295;
		case 92u: goto st136;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr294;
	goto tr297;
tr295:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st134;
tr306:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 134; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 134; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st134;
tr308:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 134; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
#line 4152 "server.c"
	switch( (*p) ) {
		case 32u: goto tr298;
		case 41u: goto tr299;
	}
	goto st0;
tr299:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
tr289:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
tr292:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
#line 4175 "server.c"
	if ( (*p) == 93u )
		goto tr281;
	goto st0;
tr281:
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st685;
st685:
	if ( ++p == pe )
		goto _test_eof685;
case 685:
#line 4185 "server.c"
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 34u: goto tr300;
		case 92u: goto tr300;
	}
	goto st0;
tr285:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st137;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
#line 4202 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr301;
	goto st0;
tr301:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 138; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st138;
tr303:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 138; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st138;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
#line 4226 "server.c"
	switch( (*p) ) {
		case 43u: goto tr302;
		case 45u: goto tr302;
		case 125u: goto tr304;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr303;
	goto st0;
tr302:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 139; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st139;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
#line 4244 "server.c"
	if ( (*p) == 125u )
		goto st140;
	goto st0;
tr304:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 140; goto _out;} }
  }
	goto st140;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
#line 4256 "server.c"
	switch( (*p) ) {
		case 10u: goto tr306;
		case 13u: goto st141;
	}
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	if ( (*p) == 10u )
		goto tr308;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 32u: goto tr309;
		case 93u: goto tr310;
	}
	goto st0;
tr309:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st143;
tr316:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 46 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 143; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
#line 4293 "server.c"
	switch( (*p) ) {
		case 32u: goto tr311;
		case 33u: goto tr312;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr313;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr312;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr312;
	goto tr314;
tr311:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 144; goto _out;} }
	goto st144;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
#line 4321 "server.c"
	switch( (*p) ) {
		case 32u: goto st144;
		case 33u: goto tr312;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr313;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr312;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr312;
	goto tr314;
tr312:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st145;
tr314:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 145; goto _out;} }
	goto st145;
tr319:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 145; goto _out;} }
	goto st145;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
#line 4356 "server.c"
	switch( (*p) ) {
		case 32u: goto tr316;
		case 33u: goto st145;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr318;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st145;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st145;
	goto tr319;
tr310:
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st686;
tr313:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 686; goto _out;} }
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st686;
tr318:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 46 "response.rl"
	{ if (!ik_r_cap(ps)) {p++;  ps->cs = 686; goto _out;} }
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st686;
st686:
	if ( ++p == pe )
		goto _test_eof686;
case 686:
#line 4397 "server.c"
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	if ( (*p) == 32u )
		goto st147;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	if ( (*p) == 40u )
		goto tr321;
	goto st0;
tr321:
#line 196 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 148; goto _out;} } }
	goto st148;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
#line 4419 "server.c"
	switch( (*p) ) {
		case 32u: goto tr322;
		case 33u: goto tr323;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr324;
		case 42u: goto st0;
		case 92u: goto tr325;
		case 93u: goto tr326;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr323;
	} else
		goto st0;
	goto tr327;
tr322:
#line 201 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st149;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
#line 4444 "server.c"
	switch( (*p) ) {
		case 32u: goto st149;
		case 41u: goto tr329;
	}
	goto st0;
tr324:
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st150;
tr329:
#line 202 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 150; goto _out;} }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st150;
tr333:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 150; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st150;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
#line 4464 "server.c"
	if ( (*p) == 93u )
		goto tr330;
	goto st0;
tr330:
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st687;
st687:
	if ( ++p == pe )
		goto _test_eof687;
case 687:
#line 4474 "server.c"
	goto st0;
tr323:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st151;
tr327:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 151; goto _out;} }
	goto st151;
tr335:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 151; goto _out;} }
	goto st151;
tr326:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 151; goto _out;} }
	goto st151;
tr334:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 151; goto _out;} }
	goto st151;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
#line 4496 "server.c"
	switch( (*p) ) {
		case 32u: goto tr331;
		case 33u: goto st151;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr333;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr334;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st151;
	} else
		goto st0;
	goto tr335;
tr331:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 152; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 201 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
#line 4522 "server.c"
	switch( (*p) ) {
		case 32u: goto tr336;
		case 33u: goto tr323;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr329;
		case 42u: goto st0;
		case 92u: goto tr325;
		case 93u: goto tr326;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr323;
	} else
		goto st0;
	goto tr327;
tr336:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 153; goto _out;} }
	goto st153;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
#line 4547 "server.c"
	switch( (*p) ) {
		case 32u: goto st153;
		case 33u: goto tr323;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr329;
		case 42u: goto st0;
		case 92u: goto tr325;
		case 93u: goto tr326;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr323;
	} else
		goto st0;
	goto tr327;
tr325:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st154;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
#line 4572 "server.c"
	switch( (*p) ) {
		case 33u: goto st151;
		case 37u: goto st0;
		case 42u: goto st155;
		case 92u: goto st0;
		case 93u: goto tr334;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st151;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st151;
	goto tr335;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 32u: goto tr331;
		case 41u: goto tr333;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	if ( (*p) == 32u )
		goto st157;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr340;
	goto st0;
tr340:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 158; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st158;
tr341:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 158; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st158;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
#line 4637 "server.c"
	if ( (*p) == 93u )
		goto tr342;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr341;
	goto st0;
tr342:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 688; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 688; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 688; goto _out;} }
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st688;
st688:
	if ( ++p == pe )
		goto _test_eof688;
case 688:
#line 4661 "server.c"
	goto st0;
tr351:
#line 112 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 159; goto _out;} }
	goto st159;
tr386:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 112 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 159; goto _out;} }
	goto st159;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
#line 4677 "server.c"
	switch( (*p) ) {
		case 34u: goto tr343;
		case 40u: goto tr344;
		case 78u: goto tr345;
		case 110u: goto tr345;
		case 123u: goto tr346;
	}
	goto st0;
tr347:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st160;
tr350:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st160;
tr353:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st160;
tr343:
#line 111 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 160; goto _out;} }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st160;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
#line 4706 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr348;
		case 92u: goto st162;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr347;
	goto tr350;
tr348:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st161;
tr393:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 161; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 161; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st161;
tr395:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 161; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st161;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
#line 4746 "server.c"
	switch( (*p) ) {
		case 32u: goto tr351;
		case 41u: goto tr352;
	}
	goto st0;
tr352:
#line 112 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 689; goto _out;} }
#line 110 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 10, "ten envelope fields")) {p++;  ps->cs = 689; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st689;
tr370:
#line 110 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 10, "ten envelope fields")) {p++;  ps->cs = 689; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st689;
tr387:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 112 "response.rl"
	{ if (!ik_r_env_str(ps)) {p++;  ps->cs = 689; goto _out;} }
#line 110 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 10, "ten envelope fields")) {p++;  ps->cs = 689; goto _out;} ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st689;
st689:
	if ( ++p == pe )
		goto _test_eof689;
case 689:
#line 4771 "server.c"
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 34u: goto tr353;
		case 92u: goto tr353;
	}
	goto st0;
tr344:
#line 111 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 163; goto _out;} }
#line 113 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ADDRESS_LIST, p)) {p++;  ps->cs = 163; goto _out;} }
	goto st163;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
#line 4789 "server.c"
	switch( (*p) ) {
		case 40u: goto tr354;
		case 41u: goto tr355;
	}
	goto st0;
tr354:
#line 114 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ADDRESS, p)) {p++;  ps->cs = 164; goto _out;} }
	goto st164;
tr363:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 164; goto _out;} }
#line 116 "response.rl"
	{ if (!ik_r_fields_max(ps, p, 4, "four address fields")) {p++;  ps->cs = 164; goto _out;} }
	goto st164;
tr368:
#line 28 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 164; goto _out;} }
#line 114 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ADDRESS, p)) {p++;  ps->cs = 164; goto _out;} }
	goto st164;
tr374:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 164; goto _out;} }
#line 116 "response.rl"
	{ if (!ik_r_fields_max(ps, p, 4, "four address fields")) {p++;  ps->cs = 164; goto _out;} }
	goto st164;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
#line 4818 "server.c"
	switch( (*p) ) {
		case 34u: goto tr356;
		case 78u: goto tr357;
		case 110u: goto tr357;
		case 123u: goto tr358;
	}
	goto st0;
tr356:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st165;
tr359:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st165;
tr362:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st165;
tr371:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
#line 4845 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr360;
		case 92u: goto st170;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr359;
	goto tr362;
tr360:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st166;
tr381:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 166; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 166; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st166;
tr383:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 166; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 4885 "server.c"
	switch( (*p) ) {
		case 32u: goto tr363;
		case 41u: goto tr364;
	}
	goto st0;
tr364:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 167; goto _out;} }
#line 115 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 4, "four address fields")) {p++;  ps->cs = 167; goto _out;} ik_b_pop(ps, p + 1); }
	goto st167;
tr375:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 167; goto _out;} }
#line 115 "response.rl"
	{ if (!ik_r_fields_end(ps, p, 4, "four address fields")) {p++;  ps->cs = 167; goto _out;} ik_b_pop(ps, p + 1); }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 4907 "server.c"
	switch( (*p) ) {
		case 32u: goto tr365;
		case 40u: goto tr354;
		case 41u: goto tr366;
	}
	goto st0;
tr365:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 4920 "server.c"
	switch( (*p) ) {
		case 32u: goto st168;
		case 40u: goto tr368;
	}
	goto st0;
tr366:
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st169;
tr355:
#line 29 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 169; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st169;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
#line 4936 "server.c"
	switch( (*p) ) {
		case 32u: goto st159;
		case 41u: goto tr370;
	}
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 34u: goto tr371;
		case 92u: goto tr371;
	}
	goto st0;
tr357:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 4957 "server.c"
	switch( (*p) ) {
		case 73u: goto st172;
		case 105u: goto st172;
	}
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 76u: goto st173;
		case 108u: goto st173;
	}
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 32u: goto tr374;
		case 41u: goto tr375;
	}
	goto st0;
tr358:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 4987 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr376;
	goto st0;
tr376:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 175; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st175;
tr378:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 175; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
#line 5011 "server.c"
	switch( (*p) ) {
		case 43u: goto tr377;
		case 45u: goto tr377;
		case 125u: goto tr379;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr378;
	goto st0;
tr377:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 176; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st176;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
#line 5029 "server.c"
	if ( (*p) == 125u )
		goto st177;
	goto st0;
tr379:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 177; goto _out;} }
  }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 5041 "server.c"
	switch( (*p) ) {
		case 10u: goto tr381;
		case 13u: goto st178;
	}
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	if ( (*p) == 10u )
		goto tr383;
	goto st0;
tr345:
#line 111 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 179; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
#line 5061 "server.c"
	switch( (*p) ) {
		case 73u: goto st180;
		case 105u: goto st180;
	}
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 76u: goto st181;
		case 108u: goto st181;
	}
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 32u: goto tr386;
		case 41u: goto tr387;
	}
	goto st0;
tr346:
#line 111 "response.rl"
	{ if (!ik_r_env_field(ps, p)) {p++;  ps->cs = 182; goto _out;} }
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st182;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
#line 5092 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr388;
	goto st0;
tr388:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 183; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st183;
tr390:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 183; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 5116 "server.c"
	switch( (*p) ) {
		case 43u: goto tr389;
		case 45u: goto tr389;
		case 125u: goto tr391;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr390;
	goto st0;
tr389:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 184; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 5134 "server.c"
	if ( (*p) == 125u )
		goto st185;
	goto st0;
tr391:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 185; goto _out;} }
  }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
#line 5146 "server.c"
	switch( (*p) ) {
		case 10u: goto tr393;
		case 13u: goto st186;
	}
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	if ( (*p) == 10u )
		goto tr395;
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 34u: goto tr396;
		case 40u: goto tr397;
		case 78u: goto tr399;
		case 110u: goto tr399;
		case 123u: goto tr400;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr398;
	goto st0;
tr396:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st188;
tr401:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st188;
tr404:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st188;
tr427:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 5192 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr402;
		case 92u: goto st202;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr401;
	goto tr404;
tr402:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st189;
tr424:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 189; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 189; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st189;
tr426:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 189; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
#line 5232 "server.c"
	switch( (*p) ) {
		case 32u: goto tr405;
		case 41u: goto tr406;
	}
	goto st0;
tr410:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st190;
tr405:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 190; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st190;
tr412:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 190; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 190; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st190;
tr417:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 190; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
#line 5269 "server.c"
	switch( (*p) ) {
		case 32u: goto tr407;
		case 34u: goto tr396;
		case 40u: goto tr397;
		case 41u: goto tr408;
		case 78u: goto tr399;
		case 110u: goto tr399;
		case 123u: goto tr400;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr398;
	goto st0;
tr407:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 191; goto _out;} }
	goto st191;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
#line 5288 "server.c"
	switch( (*p) ) {
		case 32u: goto st191;
		case 34u: goto tr396;
		case 40u: goto tr397;
		case 41u: goto tr408;
		case 78u: goto tr399;
		case 110u: goto tr399;
		case 123u: goto tr400;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr398;
	goto st0;
tr397:
#line 151 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_EXTENSION, p)) {p++;  ps->cs = 192; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 192;goto st187;}} }
	goto st192;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
#line 5307 "server.c"
	switch( (*p) ) {
		case 32u: goto tr410;
		case 41u: goto tr411;
	}
	goto st0;
tr406:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 690; goto _out;} }
#line 152 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st690;
tr408:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 690; goto _out;} }
#line 152 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st690;
tr411:
#line 152 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st690;
tr413:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 690; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 690; goto _out;} }
#line 152 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st690;
tr418:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 690; goto _out;} }
#line 152 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st690;
st690:
	if ( ++p == pe )
		goto _test_eof690;
case 690:
#line 5348 "server.c"
	goto st0;
tr398:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 193; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st193;
tr414:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 193; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
#line 5370 "server.c"
	switch( (*p) ) {
		case 32u: goto tr412;
		case 41u: goto tr413;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr414;
	goto st0;
tr399:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st194;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
#line 5384 "server.c"
	switch( (*p) ) {
		case 73u: goto st195;
		case 105u: goto st195;
	}
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 76u: goto st196;
		case 108u: goto st196;
	}
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 32u: goto tr417;
		case 41u: goto tr418;
	}
	goto st0;
tr400:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
#line 5414 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr419;
	goto st0;
tr419:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 198; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st198;
tr421:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 198; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st198;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
#line 5438 "server.c"
	switch( (*p) ) {
		case 43u: goto tr420;
		case 45u: goto tr420;
		case 125u: goto tr422;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr421;
	goto st0;
tr420:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 199; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st199;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
#line 5456 "server.c"
	if ( (*p) == 125u )
		goto st200;
	goto st0;
tr422:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 200; goto _out;} }
  }
	goto st200;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
#line 5468 "server.c"
	switch( (*p) ) {
		case 10u: goto tr424;
		case 13u: goto st201;
	}
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	if ( (*p) == 10u )
		goto tr426;
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 34u: goto tr427;
		case 92u: goto tr427;
	}
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 32u: goto tr428;
		case 41u: goto tr429;
	}
	goto st0;
tr428:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st204;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
#line 5505 "server.c"
	switch( (*p) ) {
		case 32u: goto st205;
		case 34u: goto tr431;
		case 41u: goto tr432;
		case 78u: goto tr433;
		case 110u: goto tr433;
		case 123u: goto tr434;
	}
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 32u: goto st205;
		case 41u: goto tr432;
	}
	goto st0;
tr429:
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st691;
tr432:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 691; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st691;
tr439:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 691; goto _out;} }
#line 159 "response.rl"
	{ p--; {goto st250;} }
	goto st691;
tr443:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 691; goto _out;} }
#line 159 "response.rl"
	{ p--; {goto st250;} }
	goto st691;
st691:
	if ( ++p == pe )
		goto _test_eof691;
case 691:
#line 5547 "server.c"
	goto st0;
tr431:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st206;
tr435:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st206;
tr438:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st206;
tr440:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st206;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
#line 5568 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr436;
		case 92u: goto st208;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr435;
	goto tr438;
tr436:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st207;
tr449:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 207; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 207; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st207;
tr451:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 207; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st207;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
#line 5608 "server.c"
	switch( (*p) ) {
		case 32u: goto tr439;
		case 41u: goto tr439;
	}
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 34u: goto tr440;
		case 92u: goto tr440;
	}
	goto st0;
tr433:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
#line 5629 "server.c"
	switch( (*p) ) {
		case 73u: goto st210;
		case 105u: goto st210;
	}
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 76u: goto st211;
		case 108u: goto st211;
	}
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 32u: goto tr443;
		case 41u: goto tr443;
	}
	goto st0;
tr434:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
#line 5659 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr444;
	goto st0;
tr444:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 213; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st213;
tr446:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 213; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st213;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
#line 5683 "server.c"
	switch( (*p) ) {
		case 43u: goto tr445;
		case 45u: goto tr445;
		case 125u: goto tr447;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr446;
	goto st0;
tr445:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 214; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
#line 5701 "server.c"
	if ( (*p) == 125u )
		goto st215;
	goto st0;
tr447:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 215; goto _out;} }
  }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
#line 5713 "server.c"
	switch( (*p) ) {
		case 10u: goto tr449;
		case 13u: goto st216;
	}
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	if ( (*p) == 10u )
		goto tr451;
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 32u: goto tr452;
		case 41u: goto tr453;
	}
	goto st0;
tr452:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st218;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
#line 5741 "server.c"
	switch( (*p) ) {
		case 32u: goto st219;
		case 40u: goto tr455;
		case 41u: goto tr456;
		case 78u: goto tr457;
		case 110u: goto tr457;
	}
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 32u: goto st219;
		case 41u: goto tr456;
	}
	goto st0;
tr453:
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st692;
tr456:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 692; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st692;
tr479:
#line 159 "response.rl"
	{ p--; {goto st250;} }
	goto st692;
tr507:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 139 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 692; goto _out;} }
#line 159 "response.rl"
	{ p--; {goto st250;} }
	goto st692;
st692:
	if ( ++p == pe )
		goto _test_eof692;
case 692:
#line 5781 "server.c"
	goto st0;
tr455:
#line 138 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_PARAMS, p)) {p++;  ps->cs = 220; goto _out;} }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
#line 5789 "server.c"
	switch( (*p) ) {
		case 34u: goto tr458;
		case 41u: goto tr459;
		case 78u: goto tr460;
		case 110u: goto tr460;
		case 123u: goto tr461;
	}
	goto st0;
tr458:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st221;
tr462:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st221;
tr465:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st221;
tr504:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
#line 5817 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr463;
		case 92u: goto st246;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr462;
	goto tr465;
tr463:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st222;
tr488:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 222; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 222; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st222;
tr490:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 222; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 5857 "server.c"
	if ( (*p) == 32u )
		goto tr466;
	goto st0;
tr466:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 223; goto _out;} }
	goto st223;
tr482:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 223; goto _out;} }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
#line 5875 "server.c"
	switch( (*p) ) {
		case 34u: goto tr467;
		case 78u: goto tr468;
		case 110u: goto tr468;
		case 123u: goto tr469;
	}
	goto st0;
tr467:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st224;
tr470:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st224;
tr473:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st224;
tr491:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
#line 5902 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr471;
		case 92u: goto st237;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr470;
	goto tr473;
tr471:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st225;
tr501:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 225; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 225; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st225;
tr503:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 225; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 5942 "server.c"
	switch( (*p) ) {
		case 32u: goto tr474;
		case 41u: goto tr475;
	}
	goto st0;
tr474:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 226; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st226;
tr494:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 226; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 5964 "server.c"
	switch( (*p) ) {
		case 32u: goto tr476;
		case 34u: goto tr458;
		case 41u: goto tr477;
		case 78u: goto tr460;
		case 110u: goto tr460;
		case 123u: goto tr461;
	}
	goto st0;
tr476:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 227; goto _out;} }
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
#line 5980 "server.c"
	switch( (*p) ) {
		case 32u: goto st227;
		case 34u: goto tr458;
		case 41u: goto tr477;
		case 78u: goto tr460;
		case 110u: goto tr460;
		case 123u: goto tr461;
	}
	goto st0;
tr477:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 228; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st228;
tr459:
#line 29 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 228; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st228;
tr475:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 228; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st228;
tr495:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 228; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 6014 "server.c"
	switch( (*p) ) {
		case 32u: goto tr479;
		case 41u: goto tr479;
	}
	goto st0;
tr460:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 229; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 6027 "server.c"
	switch( (*p) ) {
		case 73u: goto st230;
		case 105u: goto st230;
	}
	goto st0;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	switch( (*p) ) {
		case 76u: goto st231;
		case 108u: goto st231;
	}
	goto st0;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	if ( (*p) == 32u )
		goto tr482;
	goto st0;
tr461:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st232;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
#line 6055 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr483;
	goto st0;
tr483:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 233; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st233;
tr485:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 233; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
#line 6079 "server.c"
	switch( (*p) ) {
		case 43u: goto tr484;
		case 45u: goto tr484;
		case 125u: goto tr486;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr485;
	goto st0;
tr484:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 234; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st234;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
#line 6097 "server.c"
	if ( (*p) == 125u )
		goto st235;
	goto st0;
tr486:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 235; goto _out;} }
  }
	goto st235;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
#line 6109 "server.c"
	switch( (*p) ) {
		case 10u: goto tr488;
		case 13u: goto st236;
	}
	goto st0;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	if ( (*p) == 10u )
		goto tr490;
	goto st0;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 34u: goto tr491;
		case 92u: goto tr491;
	}
	goto st0;
tr468:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 238; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 6138 "server.c"
	switch( (*p) ) {
		case 73u: goto st239;
		case 105u: goto st239;
	}
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 76u: goto st240;
		case 108u: goto st240;
	}
	goto st0;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	switch( (*p) ) {
		case 32u: goto tr494;
		case 41u: goto tr495;
	}
	goto st0;
tr469:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
#line 6168 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr496;
	goto st0;
tr496:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 242; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st242;
tr498:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 242; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
#line 6192 "server.c"
	switch( (*p) ) {
		case 43u: goto tr497;
		case 45u: goto tr497;
		case 125u: goto tr499;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr498;
	goto st0;
tr497:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 243; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st243;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
#line 6210 "server.c"
	if ( (*p) == 125u )
		goto st244;
	goto st0;
tr499:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 244; goto _out;} }
  }
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
#line 6222 "server.c"
	switch( (*p) ) {
		case 10u: goto tr501;
		case 13u: goto st245;
	}
	goto st0;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	if ( (*p) == 10u )
		goto tr503;
	goto st0;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	switch( (*p) ) {
		case 34u: goto tr504;
		case 92u: goto tr504;
	}
	goto st0;
tr457:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st247;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
#line 6250 "server.c"
	switch( (*p) ) {
		case 73u: goto st248;
		case 105u: goto st248;
	}
	goto st0;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
	switch( (*p) ) {
		case 76u: goto st249;
		case 108u: goto st249;
	}
	goto st0;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
	switch( (*p) ) {
		case 32u: goto tr507;
		case 41u: goto tr507;
	}
	goto st0;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 32u: goto tr508;
		case 41u: goto tr509;
	}
	goto st0;
tr508:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st251;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
#line 6289 "server.c"
	switch( (*p) ) {
		case 32u: goto st252;
		case 40u: goto tr511;
		case 41u: goto tr512;
		case 78u: goto tr513;
		case 110u: goto tr513;
	}
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	switch( (*p) ) {
		case 32u: goto st252;
		case 41u: goto tr512;
	}
	goto st0;
tr509:
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st693;
tr512:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 693; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st693;
tr559:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 693; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st693;
tr572:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 693; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 693; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st693;
tr577:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 693; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st693;
tr669:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 145 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_DISPOSITION)) {p++;  ps->cs = 693; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st693;
st693:
	if ( ++p == pe )
		goto _test_eof693;
case 693:
#line 6351 "server.c"
	goto st0;
tr511:
#line 144 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_DISPOSITION, p)) {p++;  ps->cs = 253; goto _out;} }
	goto st253;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
#line 6359 "server.c"
	switch( (*p) ) {
		case 34u: goto tr514;
		case 78u: goto tr515;
		case 110u: goto tr515;
		case 123u: goto tr516;
	}
	goto st0;
tr514:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st254;
tr517:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st254;
tr520:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st254;
tr654:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st254;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
#line 6386 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr518;
		case 92u: goto st331;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr517;
	goto tr520;
tr518:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st255;
tr663:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 255; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 255; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st255;
tr665:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 255; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st255;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
#line 6426 "server.c"
	if ( (*p) == 32u )
		goto tr521;
	goto st0;
tr521:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 256; goto _out;} }
	goto st256;
tr657:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 256; goto _out;} }
	goto st256;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
#line 6444 "server.c"
	switch( (*p) ) {
		case 40u: goto tr522;
		case 78u: goto tr523;
		case 110u: goto tr523;
	}
	goto st0;
tr522:
#line 138 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_PARAMS, p)) {p++;  ps->cs = 257; goto _out;} }
	goto st257;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
#line 6457 "server.c"
	switch( (*p) ) {
		case 34u: goto tr524;
		case 41u: goto tr525;
		case 78u: goto tr526;
		case 110u: goto tr526;
		case 123u: goto tr527;
	}
	goto st0;
tr524:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st258;
tr528:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st258;
tr531:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st258;
tr649:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st258;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
#line 6485 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr529;
		case 92u: goto st327;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr528;
	goto tr531;
tr529:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st259;
tr633:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 259; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 259; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st259;
tr635:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 259; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st259;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
#line 6525 "server.c"
	if ( (*p) == 32u )
		goto tr532;
	goto st0;
tr532:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 260; goto _out;} }
	goto st260;
tr627:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 260; goto _out;} }
	goto st260;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
#line 6543 "server.c"
	switch( (*p) ) {
		case 34u: goto tr533;
		case 78u: goto tr534;
		case 110u: goto tr534;
		case 123u: goto tr535;
	}
	goto st0;
tr533:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st261;
tr536:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st261;
tr539:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st261;
tr636:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st261;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
#line 6570 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr537;
		case 92u: goto st318;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr536;
	goto tr539;
tr537:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st262;
tr646:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 262; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 262; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st262;
tr648:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 262; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st262;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
#line 6610 "server.c"
	switch( (*p) ) {
		case 32u: goto tr540;
		case 41u: goto tr541;
	}
	goto st0;
tr540:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 263; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st263;
tr639:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 263; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st263;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
#line 6632 "server.c"
	switch( (*p) ) {
		case 32u: goto tr542;
		case 34u: goto tr524;
		case 41u: goto tr543;
		case 78u: goto tr526;
		case 110u: goto tr526;
		case 123u: goto tr527;
	}
	goto st0;
tr542:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 264; goto _out;} }
	goto st264;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
#line 6648 "server.c"
	switch( (*p) ) {
		case 32u: goto st264;
		case 34u: goto tr524;
		case 41u: goto tr543;
		case 78u: goto tr526;
		case 110u: goto tr526;
		case 123u: goto tr527;
	}
	goto st0;
tr543:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 265; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st265;
tr525:
#line 29 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 265; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st265;
tr541:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 265; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st265;
tr640:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 265; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st265;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
#line 6682 "server.c"
	switch( (*p) ) {
		case 32u: goto tr545;
		case 41u: goto tr546;
	}
	goto st0;
tr545:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st266;
tr652:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 139 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 266; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st266;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
#line 6703 "server.c"
	switch( (*p) ) {
		case 32u: goto st266;
		case 41u: goto tr548;
	}
	goto st0;
tr546:
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st267;
tr548:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 267; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st267;
tr653:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 139 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 267; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
#line 6728 "server.c"
	switch( (*p) ) {
		case 32u: goto tr549;
		case 41u: goto tr509;
	}
	goto st0;
tr549:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st268;
tr668:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 145 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_DISPOSITION)) {p++;  ps->cs = 268; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st268;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
#line 6749 "server.c"
	switch( (*p) ) {
		case 32u: goto st252;
		case 34u: goto tr550;
		case 40u: goto tr551;
		case 41u: goto tr512;
		case 78u: goto tr552;
		case 110u: goto tr552;
		case 123u: goto tr553;
	}
	goto st0;
tr550:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st269;
tr554:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st269;
tr557:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st269;
tr587:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st269;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
#line 6779 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr555;
		case 92u: goto st286;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr554;
	goto tr557;
tr555:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st270;
tr622:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 270; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 270; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st270;
tr624:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 270; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st270;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
#line 6819 "server.c"
	switch( (*p) ) {
		case 32u: goto tr558;
		case 41u: goto tr559;
	}
	goto st0;
tr600:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st271;
tr558:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 271; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st271;
tr616:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 271; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st271;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
#line 6844 "server.c"
	switch( (*p) ) {
		case 32u: goto st252;
		case 34u: goto tr560;
		case 41u: goto tr512;
		case 78u: goto tr561;
		case 110u: goto tr561;
		case 123u: goto tr562;
	}
	goto st0;
tr560:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st272;
tr563:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st272;
tr566:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st272;
tr586:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st272;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
#line 6873 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr564;
		case 92u: goto st285;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr563;
	goto tr566;
tr564:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st273;
tr583:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 273; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 273; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st273;
tr585:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 273; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st273;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
#line 6913 "server.c"
	switch( (*p) ) {
		case 32u: goto tr567;
		case 41u: goto tr559;
	}
	goto st0;
tr570:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st274;
tr567:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 274; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st274;
tr571:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 274; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 274; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st274;
tr576:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 274; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st274;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
#line 6950 "server.c"
	switch( (*p) ) {
		case 32u: goto st252;
		case 34u: goto tr560;
		case 40u: goto tr568;
		case 41u: goto tr512;
		case 78u: goto tr561;
		case 110u: goto tr561;
		case 123u: goto tr562;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr569;
	goto st0;
tr568:
#line 151 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_EXTENSION, p)) {p++;  ps->cs = 275; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 275;goto st187;}} }
	goto st275;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
#line 6969 "server.c"
	switch( (*p) ) {
		case 32u: goto tr570;
		case 41u: goto tr509;
	}
	goto st0;
tr569:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 276; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st276;
tr573:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 276; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st276;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
#line 6995 "server.c"
	switch( (*p) ) {
		case 32u: goto tr571;
		case 41u: goto tr572;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr573;
	goto st0;
tr561:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st277;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
#line 7009 "server.c"
	switch( (*p) ) {
		case 73u: goto st278;
		case 105u: goto st278;
	}
	goto st0;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
	switch( (*p) ) {
		case 76u: goto st279;
		case 108u: goto st279;
	}
	goto st0;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
	switch( (*p) ) {
		case 32u: goto tr576;
		case 41u: goto tr577;
	}
	goto st0;
tr562:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st280;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
#line 7039 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr578;
	goto st0;
tr578:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 281; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st281;
tr580:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 281; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st281;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
#line 7063 "server.c"
	switch( (*p) ) {
		case 43u: goto tr579;
		case 45u: goto tr579;
		case 125u: goto tr581;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr580;
	goto st0;
tr579:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 282; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st282;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
#line 7081 "server.c"
	if ( (*p) == 125u )
		goto st283;
	goto st0;
tr581:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 283; goto _out;} }
  }
	goto st283;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
#line 7093 "server.c"
	switch( (*p) ) {
		case 10u: goto tr583;
		case 13u: goto st284;
	}
	goto st0;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
	if ( (*p) == 10u )
		goto tr585;
	goto st0;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
	switch( (*p) ) {
		case 34u: goto tr586;
		case 92u: goto tr586;
	}
	goto st0;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
	switch( (*p) ) {
		case 34u: goto tr587;
		case 92u: goto tr587;
	}
	goto st0;
tr551:
#line 148 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 287; goto _out;} }
	goto st287;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
#line 7130 "server.c"
	switch( (*p) ) {
		case 34u: goto tr588;
		case 78u: goto tr589;
		case 110u: goto tr589;
		case 123u: goto tr590;
	}
	goto st0;
tr588:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st288;
tr591:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st288;
tr594:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st288;
tr613:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st288;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
#line 7157 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr592;
		case 92u: goto st301;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr591;
	goto tr594;
tr592:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st289;
tr610:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 289; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 289; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st289;
tr612:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 289; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st289;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
#line 7197 "server.c"
	switch( (*p) ) {
		case 32u: goto tr595;
		case 41u: goto tr596;
	}
	goto st0;
tr595:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 290; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st290;
tr603:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 290; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st290;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
#line 7219 "server.c"
	switch( (*p) ) {
		case 32u: goto tr597;
		case 34u: goto tr588;
		case 41u: goto tr598;
		case 78u: goto tr589;
		case 110u: goto tr589;
		case 123u: goto tr590;
	}
	goto st0;
tr597:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 291; goto _out;} }
	goto st291;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
#line 7235 "server.c"
	switch( (*p) ) {
		case 32u: goto st291;
		case 34u: goto tr588;
		case 41u: goto tr598;
		case 78u: goto tr589;
		case 110u: goto tr589;
		case 123u: goto tr590;
	}
	goto st0;
tr598:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 292; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st292;
tr596:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 292; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st292;
tr604:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 292; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st292;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
#line 7265 "server.c"
	switch( (*p) ) {
		case 32u: goto tr600;
		case 41u: goto tr509;
	}
	goto st0;
tr589:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 293; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st293;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
#line 7278 "server.c"
	switch( (*p) ) {
		case 73u: goto st294;
		case 105u: goto st294;
	}
	goto st0;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
	switch( (*p) ) {
		case 76u: goto st295;
		case 108u: goto st295;
	}
	goto st0;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
	switch( (*p) ) {
		case 32u: goto tr603;
		case 41u: goto tr604;
	}
	goto st0;
tr590:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st296;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
#line 7308 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr605;
	goto st0;
tr605:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 297; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st297;
tr607:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 297; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st297;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
#line 7332 "server.c"
	switch( (*p) ) {
		case 43u: goto tr606;
		case 45u: goto tr606;
		case 125u: goto tr608;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr607;
	goto st0;
tr606:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 298; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st298;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
#line 7350 "server.c"
	if ( (*p) == 125u )
		goto st299;
	goto st0;
tr608:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 299; goto _out;} }
  }
	goto st299;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
#line 7362 "server.c"
	switch( (*p) ) {
		case 10u: goto tr610;
		case 13u: goto st300;
	}
	goto st0;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
	if ( (*p) == 10u )
		goto tr612;
	goto st0;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
	switch( (*p) ) {
		case 34u: goto tr613;
		case 92u: goto tr613;
	}
	goto st0;
tr552:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st302;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
#line 7390 "server.c"
	switch( (*p) ) {
		case 73u: goto st303;
		case 105u: goto st303;
	}
	goto st0;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
	switch( (*p) ) {
		case 76u: goto st304;
		case 108u: goto st304;
	}
	goto st0;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
	switch( (*p) ) {
		case 32u: goto tr616;
		case 41u: goto tr577;
	}
	goto st0;
tr553:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st305;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
#line 7420 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr617;
	goto st0;
tr617:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 306; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st306;
tr619:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 306; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st306;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
#line 7444 "server.c"
	switch( (*p) ) {
		case 43u: goto tr618;
		case 45u: goto tr618;
		case 125u: goto tr620;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr619;
	goto st0;
tr618:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 307; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st307;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
#line 7462 "server.c"
	if ( (*p) == 125u )
		goto st308;
	goto st0;
tr620:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 308; goto _out;} }
  }
	goto st308;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
#line 7474 "server.c"
	switch( (*p) ) {
		case 10u: goto tr622;
		case 13u: goto st309;
	}
	goto st0;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
	if ( (*p) == 10u )
		goto tr624;
	goto st0;
tr526:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 310; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st310;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
#line 7494 "server.c"
	switch( (*p) ) {
		case 73u: goto st311;
		case 105u: goto st311;
	}
	goto st0;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
	switch( (*p) ) {
		case 76u: goto st312;
		case 108u: goto st312;
	}
	goto st0;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
	if ( (*p) == 32u )
		goto tr627;
	goto st0;
tr527:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st313;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
#line 7522 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr628;
	goto st0;
tr628:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 314; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st314;
tr630:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 314; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st314;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
#line 7546 "server.c"
	switch( (*p) ) {
		case 43u: goto tr629;
		case 45u: goto tr629;
		case 125u: goto tr631;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr630;
	goto st0;
tr629:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 315; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st315;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
#line 7564 "server.c"
	if ( (*p) == 125u )
		goto st316;
	goto st0;
tr631:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 316; goto _out;} }
  }
	goto st316;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
#line 7576 "server.c"
	switch( (*p) ) {
		case 10u: goto tr633;
		case 13u: goto st317;
	}
	goto st0;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
	if ( (*p) == 10u )
		goto tr635;
	goto st0;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
	switch( (*p) ) {
		case 34u: goto tr636;
		case 92u: goto tr636;
	}
	goto st0;
tr534:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 319; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st319;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
#line 7605 "server.c"
	switch( (*p) ) {
		case 73u: goto st320;
		case 105u: goto st320;
	}
	goto st0;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
	switch( (*p) ) {
		case 76u: goto st321;
		case 108u: goto st321;
	}
	goto st0;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
	switch( (*p) ) {
		case 32u: goto tr639;
		case 41u: goto tr640;
	}
	goto st0;
tr535:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st322;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
#line 7635 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr641;
	goto st0;
tr641:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 323; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st323;
tr643:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 323; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st323;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
#line 7659 "server.c"
	switch( (*p) ) {
		case 43u: goto tr642;
		case 45u: goto tr642;
		case 125u: goto tr644;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr643;
	goto st0;
tr642:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 324; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st324;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
#line 7677 "server.c"
	if ( (*p) == 125u )
		goto st325;
	goto st0;
tr644:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 325; goto _out;} }
  }
	goto st325;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
#line 7689 "server.c"
	switch( (*p) ) {
		case 10u: goto tr646;
		case 13u: goto st326;
	}
	goto st0;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
	if ( (*p) == 10u )
		goto tr648;
	goto st0;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
	switch( (*p) ) {
		case 34u: goto tr649;
		case 92u: goto tr649;
	}
	goto st0;
tr523:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st328;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
#line 7717 "server.c"
	switch( (*p) ) {
		case 73u: goto st329;
		case 105u: goto st329;
	}
	goto st0;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
	switch( (*p) ) {
		case 76u: goto st330;
		case 108u: goto st330;
	}
	goto st0;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
	switch( (*p) ) {
		case 32u: goto tr652;
		case 41u: goto tr653;
	}
	goto st0;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	switch( (*p) ) {
		case 34u: goto tr654;
		case 92u: goto tr654;
	}
	goto st0;
tr515:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 332; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st332;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
#line 7757 "server.c"
	switch( (*p) ) {
		case 73u: goto st333;
		case 105u: goto st333;
	}
	goto st0;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
	switch( (*p) ) {
		case 76u: goto st334;
		case 108u: goto st334;
	}
	goto st0;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
	if ( (*p) == 32u )
		goto tr657;
	goto st0;
tr516:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st335;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
#line 7785 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr658;
	goto st0;
tr658:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 336; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st336;
tr660:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 336; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st336;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
#line 7809 "server.c"
	switch( (*p) ) {
		case 43u: goto tr659;
		case 45u: goto tr659;
		case 125u: goto tr661;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr660;
	goto st0;
tr659:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 337; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st337;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
#line 7827 "server.c"
	if ( (*p) == 125u )
		goto st338;
	goto st0;
tr661:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 338; goto _out;} }
  }
	goto st338;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
#line 7839 "server.c"
	switch( (*p) ) {
		case 10u: goto tr663;
		case 13u: goto st339;
	}
	goto st0;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
	if ( (*p) == 10u )
		goto tr665;
	goto st0;
tr513:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st340;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
#line 7858 "server.c"
	switch( (*p) ) {
		case 73u: goto st341;
		case 105u: goto st341;
	}
	goto st0;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
	switch( (*p) ) {
		case 76u: goto st342;
		case 108u: goto st342;
	}
	goto st0;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
	switch( (*p) ) {
		case 32u: goto tr668;
		case 41u: goto tr669;
	}
	goto st0;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
	switch( (*p) ) {
		case 34u: goto tr670;
		case 40u: goto tr671;
		case 78u: goto tr672;
		case 110u: goto tr672;
		case 123u: goto tr673;
	}
	goto st0;
tr670:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st344;
tr674:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st344;
tr677:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st344;
tr814:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st344;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
#line 7913 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr675;
		case 92u: goto st427;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr674;
	goto tr677;
tr675:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st345;
tr847:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 345; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 345; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st345;
tr849:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 345; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st345;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
#line 7953 "server.c"
	if ( (*p) == 32u )
		goto tr678;
	goto st0;
tr678:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 346; goto _out;} }
	goto st346;
tr841:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 346; goto _out;} }
	goto st346;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
#line 7971 "server.c"
	switch( (*p) ) {
		case 34u: goto tr679;
		case 78u: goto tr680;
		case 110u: goto tr680;
		case 123u: goto tr681;
	}
	goto st0;
tr679:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st347;
tr682:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st347;
tr685:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st347;
tr802:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st347;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
#line 7998 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr683;
		case 92u: goto st418;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr682;
	goto tr685;
tr683:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st348;
tr811:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 348; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 348; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st348;
tr813:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 348; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st348;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
#line 8038 "server.c"
	if ( (*p) == 32u )
		goto tr686;
	goto st0;
tr686:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 349; goto _out;} }
	goto st349;
tr805:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 349; goto _out;} }
	goto st349;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
#line 8056 "server.c"
	switch( (*p) ) {
		case 40u: goto tr687;
		case 78u: goto tr688;
		case 110u: goto tr688;
	}
	goto st0;
tr687:
#line 138 "response.rl"
	{ if (!ik_r_open(ps, IK_N_BODY_PARAMS, p)) {p++;  ps->cs = 350; goto _out;} }
	goto st350;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
#line 8069 "server.c"
	switch( (*p) ) {
		case 34u: goto tr689;
		case 41u: goto tr690;
		case 78u: goto tr691;
		case 110u: goto tr691;
		case 123u: goto tr692;
	}
	goto st0;
tr689:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st351;
tr693:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st351;
tr696:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st351;
tr798:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st351;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
#line 8097 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr694;
		case 92u: goto st414;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr693;
	goto tr696;
tr694:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st352;
tr782:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 352; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 352; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st352;
tr784:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 352; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st352;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
#line 8137 "server.c"
	if ( (*p) == 32u )
		goto tr697;
	goto st0;
tr697:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 353; goto _out;} }
	goto st353;
tr776:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 353; goto _out;} }
	goto st353;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
#line 8155 "server.c"
	switch( (*p) ) {
		case 34u: goto tr698;
		case 78u: goto tr699;
		case 110u: goto tr699;
		case 123u: goto tr700;
	}
	goto st0;
tr698:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st354;
tr701:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st354;
tr704:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st354;
tr785:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st354;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
#line 8182 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr702;
		case 92u: goto st405;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr701;
	goto tr704;
tr702:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st355;
tr795:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 355; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 355; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st355;
tr797:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 355; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st355;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
#line 8222 "server.c"
	switch( (*p) ) {
		case 32u: goto tr705;
		case 41u: goto tr706;
	}
	goto st0;
tr705:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 356; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st356;
tr788:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 356; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st356;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
#line 8244 "server.c"
	switch( (*p) ) {
		case 32u: goto tr707;
		case 34u: goto tr689;
		case 41u: goto tr708;
		case 78u: goto tr691;
		case 110u: goto tr691;
		case 123u: goto tr692;
	}
	goto st0;
tr707:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 357; goto _out;} }
	goto st357;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
#line 8260 "server.c"
	switch( (*p) ) {
		case 32u: goto st357;
		case 34u: goto tr689;
		case 41u: goto tr708;
		case 78u: goto tr691;
		case 110u: goto tr691;
		case 123u: goto tr692;
	}
	goto st0;
tr708:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 358; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st358;
tr690:
#line 29 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EMPTY_LIST_AS_NIL, p - 1)) {p++;  ps->cs = 358; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st358;
tr706:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 358; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st358;
tr789:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 358; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st358;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
#line 8294 "server.c"
	if ( (*p) == 32u )
		goto st359;
	goto st0;
tr801:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 139 "response.rl"
	{ if (!ik_r_nil_node(ps, IK_N_BODY_PARAMS)) {p++;  ps->cs = 359; goto _out;} }
	goto st359;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
#line 8309 "server.c"
	switch( (*p) ) {
		case 34u: goto tr711;
		case 78u: goto tr712;
		case 110u: goto tr712;
		case 123u: goto tr713;
	}
	goto st0;
tr711:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st360;
tr714:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st360;
tr717:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st360;
tr762:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st360;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
#line 8336 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr715;
		case 92u: goto st388;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr714;
	goto tr717;
tr715:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st361;
tr771:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 361; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 361; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st361;
tr773:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 361; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st361;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
#line 8376 "server.c"
	if ( (*p) == 32u )
		goto tr718;
	goto st0;
tr718:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 362; goto _out;} }
	goto st362;
tr765:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 362; goto _out;} }
	goto st362;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
#line 8394 "server.c"
	switch( (*p) ) {
		case 34u: goto tr719;
		case 78u: goto tr720;
		case 110u: goto tr720;
		case 123u: goto tr721;
	}
	goto st0;
tr719:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st363;
tr722:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st363;
tr725:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st363;
tr750:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st363;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
#line 8421 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr723;
		case 92u: goto st379;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr722;
	goto tr725;
tr723:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st364;
tr759:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 364; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 364; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st364;
tr761:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 364; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st364;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
#line 8461 "server.c"
	if ( (*p) == 32u )
		goto tr726;
	goto st0;
tr726:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 365; goto _out;} }
	goto st365;
tr753:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 365; goto _out;} }
	goto st365;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
#line 8479 "server.c"
	switch( (*p) ) {
		case 34u: goto tr727;
		case 78u: goto tr728;
		case 110u: goto tr728;
		case 123u: goto tr729;
	}
	goto st0;
tr727:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st366;
tr730:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st366;
tr733:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st366;
tr738:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st366;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
#line 8506 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr731;
		case 92u: goto st370;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr730;
	goto tr733;
tr731:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st367;
tr747:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 367; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 367; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st367;
tr749:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 367; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st367;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
#line 8546 "server.c"
	if ( (*p) == 32u )
		goto tr734;
	goto st0;
tr734:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 368; goto _out;} }
	goto st368;
tr741:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 368; goto _out;} }
	goto st368;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
#line 8564 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr735;
	goto st0;
tr735:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 369; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st369;
tr737:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 369; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st369;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
#line 8588 "server.c"
	switch( (*p) ) {
		case 32u: goto tr736;
		case 41u: goto tr736;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr737;
	goto st0;
tr736:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 694; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 694; goto _out;} }
#line 135 "response.rl"
	{ { int t = body_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st694;
tr826:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 694; goto _out;} }
#line 165 "response.rl"
	{ p--; {goto st217;} }
	goto st694;
tr830:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 694; goto _out;} }
#line 165 "response.rl"
	{ p--; {goto st217;} }
	goto st694;
st694:
	if ( ++p == pe )
		goto _test_eof694;
case 694:
#line 8624 "server.c"
	goto st0;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
	switch( (*p) ) {
		case 34u: goto tr738;
		case 92u: goto tr738;
	}
	goto st0;
tr728:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 371; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st371;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
#line 8642 "server.c"
	switch( (*p) ) {
		case 73u: goto st372;
		case 105u: goto st372;
	}
	goto st0;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
	switch( (*p) ) {
		case 76u: goto st373;
		case 108u: goto st373;
	}
	goto st0;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
	if ( (*p) == 32u )
		goto tr741;
	goto st0;
tr729:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st374;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
#line 8670 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr742;
	goto st0;
tr742:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 375; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st375;
tr744:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 375; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st375;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
#line 8694 "server.c"
	switch( (*p) ) {
		case 43u: goto tr743;
		case 45u: goto tr743;
		case 125u: goto tr745;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr744;
	goto st0;
tr743:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 376; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st376;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
#line 8712 "server.c"
	if ( (*p) == 125u )
		goto st377;
	goto st0;
tr745:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 377; goto _out;} }
  }
	goto st377;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
#line 8724 "server.c"
	switch( (*p) ) {
		case 10u: goto tr747;
		case 13u: goto st378;
	}
	goto st0;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
	if ( (*p) == 10u )
		goto tr749;
	goto st0;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
	switch( (*p) ) {
		case 34u: goto tr750;
		case 92u: goto tr750;
	}
	goto st0;
tr720:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st380;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
#line 8752 "server.c"
	switch( (*p) ) {
		case 73u: goto st381;
		case 105u: goto st381;
	}
	goto st0;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
	switch( (*p) ) {
		case 76u: goto st382;
		case 108u: goto st382;
	}
	goto st0;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
	if ( (*p) == 32u )
		goto tr753;
	goto st0;
tr721:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st383;
st383:
	if ( ++p == pe )
		goto _test_eof383;
case 383:
#line 8780 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr754;
	goto st0;
tr754:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 384; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st384;
tr756:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 384; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st384;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
#line 8804 "server.c"
	switch( (*p) ) {
		case 43u: goto tr755;
		case 45u: goto tr755;
		case 125u: goto tr757;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr756;
	goto st0;
tr755:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 385; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st385;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
#line 8822 "server.c"
	if ( (*p) == 125u )
		goto st386;
	goto st0;
tr757:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 386; goto _out;} }
  }
	goto st386;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
#line 8834 "server.c"
	switch( (*p) ) {
		case 10u: goto tr759;
		case 13u: goto st387;
	}
	goto st0;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
	if ( (*p) == 10u )
		goto tr761;
	goto st0;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
	switch( (*p) ) {
		case 34u: goto tr762;
		case 92u: goto tr762;
	}
	goto st0;
tr712:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st389;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
#line 8862 "server.c"
	switch( (*p) ) {
		case 73u: goto st390;
		case 105u: goto st390;
	}
	goto st0;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
	switch( (*p) ) {
		case 76u: goto st391;
		case 108u: goto st391;
	}
	goto st0;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
	if ( (*p) == 32u )
		goto tr765;
	goto st0;
tr713:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st392;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
#line 8890 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr766;
	goto st0;
tr766:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 393; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st393;
tr768:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 393; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st393;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
#line 8914 "server.c"
	switch( (*p) ) {
		case 43u: goto tr767;
		case 45u: goto tr767;
		case 125u: goto tr769;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr768;
	goto st0;
tr767:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 394; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st394;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
#line 8932 "server.c"
	if ( (*p) == 125u )
		goto st395;
	goto st0;
tr769:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 395; goto _out;} }
  }
	goto st395;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
#line 8944 "server.c"
	switch( (*p) ) {
		case 10u: goto tr771;
		case 13u: goto st396;
	}
	goto st0;
st396:
	if ( ++p == pe )
		goto _test_eof396;
case 396:
	if ( (*p) == 10u )
		goto tr773;
	goto st0;
tr691:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 397; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st397;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
#line 8964 "server.c"
	switch( (*p) ) {
		case 73u: goto st398;
		case 105u: goto st398;
	}
	goto st0;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
	switch( (*p) ) {
		case 76u: goto st399;
		case 108u: goto st399;
	}
	goto st0;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
	if ( (*p) == 32u )
		goto tr776;
	goto st0;
tr692:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st400;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
#line 8992 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr777;
	goto st0;
tr777:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 401; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st401;
tr779:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 401; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st401;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
#line 9016 "server.c"
	switch( (*p) ) {
		case 43u: goto tr778;
		case 45u: goto tr778;
		case 125u: goto tr780;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr779;
	goto st0;
tr778:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 402; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st402;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
#line 9034 "server.c"
	if ( (*p) == 125u )
		goto st403;
	goto st0;
tr780:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 403; goto _out;} }
  }
	goto st403;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
#line 9046 "server.c"
	switch( (*p) ) {
		case 10u: goto tr782;
		case 13u: goto st404;
	}
	goto st0;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
	if ( (*p) == 10u )
		goto tr784;
	goto st0;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
	switch( (*p) ) {
		case 34u: goto tr785;
		case 92u: goto tr785;
	}
	goto st0;
tr699:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 406; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st406;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
#line 9075 "server.c"
	switch( (*p) ) {
		case 73u: goto st407;
		case 105u: goto st407;
	}
	goto st0;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
	switch( (*p) ) {
		case 76u: goto st408;
		case 108u: goto st408;
	}
	goto st0;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
	switch( (*p) ) {
		case 32u: goto tr788;
		case 41u: goto tr789;
	}
	goto st0;
tr700:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st409;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
#line 9105 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr790;
	goto st0;
tr790:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 410; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st410;
tr792:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 410; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st410;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
#line 9129 "server.c"
	switch( (*p) ) {
		case 43u: goto tr791;
		case 45u: goto tr791;
		case 125u: goto tr793;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr792;
	goto st0;
tr791:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 411; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st411;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
#line 9147 "server.c"
	if ( (*p) == 125u )
		goto st412;
	goto st0;
tr793:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 412; goto _out;} }
  }
	goto st412;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
#line 9159 "server.c"
	switch( (*p) ) {
		case 10u: goto tr795;
		case 13u: goto st413;
	}
	goto st0;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
	if ( (*p) == 10u )
		goto tr797;
	goto st0;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
	switch( (*p) ) {
		case 34u: goto tr798;
		case 92u: goto tr798;
	}
	goto st0;
tr688:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st415;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
#line 9187 "server.c"
	switch( (*p) ) {
		case 73u: goto st416;
		case 105u: goto st416;
	}
	goto st0;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
	switch( (*p) ) {
		case 76u: goto st417;
		case 108u: goto st417;
	}
	goto st0;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
	if ( (*p) == 32u )
		goto tr801;
	goto st0;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
	switch( (*p) ) {
		case 34u: goto tr802;
		case 92u: goto tr802;
	}
	goto st0;
tr680:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 419; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st419;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
#line 9225 "server.c"
	switch( (*p) ) {
		case 73u: goto st420;
		case 105u: goto st420;
	}
	goto st0;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
	switch( (*p) ) {
		case 76u: goto st421;
		case 108u: goto st421;
	}
	goto st0;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
	if ( (*p) == 32u )
		goto tr805;
	goto st0;
tr681:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st422;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
#line 9253 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr806;
	goto st0;
tr806:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 423; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st423;
tr808:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 423; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st423;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
#line 9277 "server.c"
	switch( (*p) ) {
		case 43u: goto tr807;
		case 45u: goto tr807;
		case 125u: goto tr809;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr808;
	goto st0;
tr807:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 424; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st424;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
#line 9295 "server.c"
	if ( (*p) == 125u )
		goto st425;
	goto st0;
tr809:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 425; goto _out;} }
  }
	goto st425;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
#line 9307 "server.c"
	switch( (*p) ) {
		case 10u: goto tr811;
		case 13u: goto st426;
	}
	goto st0;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
	if ( (*p) == 10u )
		goto tr813;
	goto st0;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
	switch( (*p) ) {
		case 34u: goto tr814;
		case 92u: goto tr814;
	}
	goto st0;
tr671:
#line 134 "response.rl"
	{ ik_r_body_multipart(ps); }
#line 132 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 428; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 428;goto st343;}} }
	goto st428;
tr816:
#line 132 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 428; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 428;goto st343;}} }
	goto st428;
tr819:
#line 28 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark)) {p++;  ps->cs = 428; goto _out;} }
#line 132 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 428; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 428;goto st343;}} }
	goto st428;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
#line 9343 "server.c"
	switch( (*p) ) {
		case 32u: goto tr815;
		case 40u: goto tr816;
	}
	goto st0;
tr815:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st429;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
#line 9355 "server.c"
	switch( (*p) ) {
		case 32u: goto st430;
		case 34u: goto tr818;
		case 40u: goto tr819;
		case 78u: goto tr820;
		case 110u: goto tr820;
		case 123u: goto tr821;
	}
	goto st0;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
	switch( (*p) ) {
		case 32u: goto st430;
		case 40u: goto tr819;
	}
	goto st0;
tr818:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st431;
tr822:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st431;
tr825:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st431;
tr827:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st431;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
#line 9393 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr823;
		case 92u: goto st433;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr822;
	goto tr825;
tr823:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st432;
tr836:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 432; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 432; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st432;
tr838:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 432; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st432;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
#line 9433 "server.c"
	switch( (*p) ) {
		case 32u: goto tr826;
		case 41u: goto tr826;
	}
	goto st0;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
	switch( (*p) ) {
		case 34u: goto tr827;
		case 92u: goto tr827;
	}
	goto st0;
tr820:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 434; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st434;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
#line 9455 "server.c"
	switch( (*p) ) {
		case 73u: goto st435;
		case 105u: goto st435;
	}
	goto st0;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
	switch( (*p) ) {
		case 76u: goto st436;
		case 108u: goto st436;
	}
	goto st0;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
	switch( (*p) ) {
		case 32u: goto tr830;
		case 41u: goto tr830;
	}
	goto st0;
tr821:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st437;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
#line 9485 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr831;
	goto st0;
tr831:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 438; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st438;
tr833:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 438; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st438;
st438:
	if ( ++p == pe )
		goto _test_eof438;
case 438:
#line 9509 "server.c"
	switch( (*p) ) {
		case 43u: goto tr832;
		case 45u: goto tr832;
		case 125u: goto tr834;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr833;
	goto st0;
tr832:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 439; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st439;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
#line 9527 "server.c"
	if ( (*p) == 125u )
		goto st440;
	goto st0;
tr834:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 440; goto _out;} }
  }
	goto st440;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
#line 9539 "server.c"
	switch( (*p) ) {
		case 10u: goto tr836;
		case 13u: goto st441;
	}
	goto st0;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
	if ( (*p) == 10u )
		goto tr838;
	goto st0;
tr672:
#line 30 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_NIL_AS_STRING, p)) {p++;  ps->cs = 442; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st442;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
#line 9559 "server.c"
	switch( (*p) ) {
		case 73u: goto st443;
		case 105u: goto st443;
	}
	goto st0;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
	switch( (*p) ) {
		case 76u: goto st444;
		case 108u: goto st444;
	}
	goto st0;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
	if ( (*p) == 32u )
		goto tr841;
	goto st0;
tr673:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st445;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
#line 9587 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr842;
	goto st0;
tr842:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 446; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st446;
tr844:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 446; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st446;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
#line 9611 "server.c"
	switch( (*p) ) {
		case 43u: goto tr843;
		case 45u: goto tr843;
		case 125u: goto tr845;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr844;
	goto st0;
tr843:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 447; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st447;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
#line 9629 "server.c"
	if ( (*p) == 125u )
		goto st448;
	goto st0;
tr845:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 448; goto _out;} }
  }
	goto st448;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
#line 9641 "server.c"
	switch( (*p) ) {
		case 10u: goto tr847;
		case 13u: goto st449;
	}
	goto st0;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
	if ( (*p) == 10u )
		goto tr849;
	goto st0;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
	switch( (*p) ) {
		case 32u: goto tr850;
		case 41u: goto tr851;
	}
	goto st0;
tr850:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st451;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
#line 9669 "server.c"
	switch( (*p) ) {
		case 32u: goto st452;
		case 41u: goto tr853;
		case 78u: goto tr855;
		case 110u: goto tr855;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr854;
	goto st0;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
	switch( (*p) ) {
		case 32u: goto st452;
		case 41u: goto tr853;
	}
	goto st0;
tr851:
#line 172 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p) || !ik_r_nil_num(ps, p, 0)) {p++;  ps->cs = 695; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st695;
tr853:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 695; goto _out;} }
#line 172 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p) || !ik_r_nil_num(ps, p, 0)) {p++;  ps->cs = 695; goto _out;} }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st695;
tr856:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 695; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 695; goto _out;} }
#line 163 "response.rl"
	{ p--; {goto st203;} }
	goto st695;
tr860:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 171 "response.rl"
	{ if (!ik_r_nil_num(ps, ps->base + ps->tok_off, 3)) {p++;  ps->cs = 695; goto _out;} }
#line 163 "response.rl"
	{ p--; {goto st203;} }
	goto st695;
st695:
	if ( ++p == pe )
		goto _test_eof695;
case 695:
#line 9721 "server.c"
	goto st0;
tr854:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 453; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st453;
tr857:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 453; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st453;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
#line 9743 "server.c"
	switch( (*p) ) {
		case 32u: goto tr856;
		case 41u: goto tr856;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr857;
	goto st0;
tr855:
#line 170 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_MISSING_LINES, p)) {p++;  ps->cs = 454; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st454;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
#line 9758 "server.c"
	switch( (*p) ) {
		case 73u: goto st455;
		case 105u: goto st455;
	}
	goto st0;
st455:
	if ( ++p == pe )
		goto _test_eof455;
case 455:
	switch( (*p) ) {
		case 76u: goto st456;
		case 108u: goto st456;
	}
	goto st0;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
	switch( (*p) ) {
		case 32u: goto tr860;
		case 41u: goto tr860;
	}
	goto st0;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
	switch( (*p) ) {
		case 32u: goto tr861;
		case 41u: goto tr862;
	}
	goto st0;
tr861:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st458;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
#line 9797 "server.c"
	switch( (*p) ) {
		case 32u: goto st459;
		case 40u: goto tr864;
		case 41u: goto tr865;
	}
	goto st0;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
	switch( (*p) ) {
		case 32u: goto st459;
		case 41u: goto tr865;
	}
	goto st0;
tr870:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 696; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 696; goto _out;} }
#line 163 "response.rl"
	{ p--; {goto st203;} }
	goto st696;
tr862:
#line 173 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_OTHER, p)) {p++;  ps->cs = 696; goto _out;} ps->parents[ps->depth]->id = 0; }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st696;
tr865:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 696; goto _out;} }
#line 173 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_OTHER, p)) {p++;  ps->cs = 696; goto _out;} ps->parents[ps->depth]->id = 0; }
#line 133 "response.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st696;
st696:
	if ( ++p == pe )
		goto _test_eof696;
case 696:
#line 9837 "server.c"
	goto st0;
tr864:
#line 109 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ENVELOPE, p)) {p++;  ps->cs = 460; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 460;goto st159;}} }
	goto st460;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
#line 9845 "server.c"
	if ( (*p) == 32u )
		goto st461;
	goto st0;
st461:
	if ( ++p == pe )
		goto _test_eof461;
case 461:
	if ( (*p) == 40u )
		goto tr867;
	goto st0;
tr867:
#line 132 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 462; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 462;goto st343;}} }
	goto st462;
st462:
	if ( ++p == pe )
		goto _test_eof462;
case 462:
#line 9862 "server.c"
	if ( (*p) == 32u )
		goto st463;
	goto st0;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr869;
	goto st0;
tr869:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 464; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st464;
tr871:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 464; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st464;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
#line 9893 "server.c"
	switch( (*p) ) {
		case 32u: goto tr870;
		case 41u: goto tr870;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr871;
	goto st0;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
	if ( (*p) == 32u )
		goto st466;
	goto st0;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
	if ( (*p) == 40u )
		goto st467;
	goto st0;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
	switch( (*p) ) {
		case 33u: goto tr874;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr874;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 91u ) {
			if ( 43u <= (*p) && (*p) <= 90u )
				goto tr874;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr874;
		} else
			goto st0;
	} else
		goto st0;
	goto tr875;
tr878:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 468; goto _out;} }
	goto st468;
tr874:
#line 185 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 468; goto _out;} }
	goto st468;
tr875:
#line 185 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 468; goto _out;} }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 468; goto _out;} }
	goto st468;
st468:
	if ( ++p == pe )
		goto _test_eof468;
case 468:
#line 9956 "server.c"
	switch( (*p) ) {
		case 32u: goto tr876;
		case 33u: goto st468;
		case 37u: goto st0;
		case 91u: goto tr876;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st468;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 90u )
				goto st468;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st468;
		} else
			goto st0;
	} else
		goto st0;
	goto tr878;
tr876:
#line 186 "response.rl"
	{ { int t = fetch_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 469; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 469;  ps->cs = (t);goto _again;}} } }
	goto st469;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
#line 9989 "server.c"
	switch( (*p) ) {
		case 32u: goto tr879;
		case 41u: goto st472;
	}
	goto st0;
tr879:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st470;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
#line 10001 "server.c"
	switch( (*p) ) {
		case 32u: goto tr881;
		case 33u: goto tr874;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr882;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr874;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr874;
	goto tr875;
tr881:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 471; goto _out;} }
	goto st471;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
#line 10030 "server.c"
	switch( (*p) ) {
		case 32u: goto st471;
		case 33u: goto tr874;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr882;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr874;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr874;
	goto tr875;
tr882:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 472; goto _out;} }
	goto st472;
st472:
	if ( ++p == pe )
		goto _test_eof472;
case 472:
#line 10059 "server.c"
	switch( (*p) ) {
		case 10u: goto tr884;
		case 13u: goto st473;
		case 32u: goto tr886;
	}
	goto st0;
tr884:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 697; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st697;
tr887:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st697;
tr888:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 697; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 697; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st697;
st697:
	if ( ++p == pe )
		goto _test_eof697;
case 697:
#line 10081 "server.c"
	goto st0;
tr889:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 473; goto _out;} }
	goto st473;
st473:
	if ( ++p == pe )
		goto _test_eof473;
case 473:
#line 10089 "server.c"
	if ( (*p) == 10u )
		goto tr887;
	goto st0;
tr886:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st474;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
#line 10099 "server.c"
	switch( (*p) ) {
		case 10u: goto tr888;
		case 13u: goto tr889;
		case 32u: goto st474;
	}
	goto st0;
tr898:
#line 186 "response.rl"
	{ { int t = fetch_dispatch(ps, p); if (t < 0) {p++;  ps->cs = 475; goto _out;} p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 475;  ps->cs = (t);goto _again;}} } }
	goto st475;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
#line 10112 "server.c"
	switch( (*p) ) {
		case 32u: goto tr891;
		case 41u: goto st479;
	}
	goto st0;
tr891:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st476;
st476:
	if ( ++p == pe )
		goto _test_eof476;
case 476:
#line 10124 "server.c"
	switch( (*p) ) {
		case 32u: goto tr893;
		case 33u: goto tr894;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr895;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr894;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr894;
	goto tr896;
tr893:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 477; goto _out;} }
	goto st477;
st477:
	if ( ++p == pe )
		goto _test_eof477;
case 477:
#line 10153 "server.c"
	switch( (*p) ) {
		case 32u: goto st477;
		case 33u: goto tr894;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr895;
		case 42u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr894;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto tr894;
	goto tr896;
tr900:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 478; goto _out;} }
	goto st478;
tr894:
#line 185 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 478; goto _out;} }
	goto st478;
tr896:
#line 185 "response.rl"
	{ if (!ik_r_item_begin(ps, p)) {p++;  ps->cs = 478; goto _out;} }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 478; goto _out;} }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
#line 10189 "server.c"
	switch( (*p) ) {
		case 32u: goto tr898;
		case 33u: goto st478;
		case 37u: goto st0;
		case 91u: goto tr898;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st478;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 90u )
				goto st478;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st478;
		} else
			goto st0;
	} else
		goto st0;
	goto tr900;
tr895:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 479; goto _out;} }
	goto st479;
st479:
	if ( ++p == pe )
		goto _test_eof479;
case 479:
#line 10222 "server.c"
	switch( (*p) ) {
		case 10u: goto tr901;
		case 13u: goto st480;
		case 32u: goto tr903;
	}
	goto st0;
tr901:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 698; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st698;
tr904:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st698;
tr905:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 698; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 698; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st698;
st698:
	if ( ++p == pe )
		goto _test_eof698;
case 698:
#line 10244 "server.c"
	goto st0;
tr906:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 480; goto _out;} }
	goto st480;
st480:
	if ( ++p == pe )
		goto _test_eof480;
case 480:
#line 10252 "server.c"
	if ( (*p) == 10u )
		goto tr904;
	goto st0;
tr903:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st481;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
#line 10262 "server.c"
	switch( (*p) ) {
		case 10u: goto tr905;
		case 13u: goto tr906;
		case 32u: goto st481;
	}
	goto st0;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
	if ( (*p) == 32u )
		goto st483;
	goto st0;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
	if ( (*p) == 40u )
		goto tr909;
	goto st0;
tr909:
#line 196 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 484; goto _out;} } }
	goto st484;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
#line 10289 "server.c"
	switch( (*p) ) {
		case 32u: goto tr910;
		case 33u: goto tr911;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr912;
		case 42u: goto st0;
		case 92u: goto tr913;
		case 93u: goto tr914;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr911;
	} else
		goto st0;
	goto tr915;
tr910:
#line 201 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st485;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
#line 10314 "server.c"
	switch( (*p) ) {
		case 32u: goto st485;
		case 41u: goto tr917;
	}
	goto st0;
tr912:
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st486;
tr917:
#line 202 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 486; goto _out;} }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st486;
tr921:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 486; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 197 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st486;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
#line 10334 "server.c"
	switch( (*p) ) {
		case 32u: goto tr918;
		case 41u: goto tr918;
	}
	goto st0;
tr918:
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st699;
st699:
	if ( ++p == pe )
		goto _test_eof699;
case 699:
#line 10346 "server.c"
	goto st0;
tr911:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st487;
tr915:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 487; goto _out;} }
	goto st487;
tr923:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 487; goto _out;} }
	goto st487;
tr914:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 487; goto _out;} }
	goto st487;
tr922:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 487; goto _out;} }
	goto st487;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
#line 10368 "server.c"
	switch( (*p) ) {
		case 32u: goto tr919;
		case 33u: goto st487;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr921;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr922;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st487;
	} else
		goto st0;
	goto tr923;
tr919:
#line 191 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 488; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 201 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st488;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
#line 10394 "server.c"
	switch( (*p) ) {
		case 32u: goto tr924;
		case 33u: goto tr911;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr917;
		case 42u: goto st0;
		case 92u: goto tr913;
		case 93u: goto tr914;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr911;
	} else
		goto st0;
	goto tr915;
tr924:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 489; goto _out;} }
	goto st489;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
#line 10419 "server.c"
	switch( (*p) ) {
		case 32u: goto st489;
		case 33u: goto tr911;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr917;
		case 42u: goto st0;
		case 92u: goto tr913;
		case 93u: goto tr914;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr911;
	} else
		goto st0;
	goto tr915;
tr913:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st490;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
#line 10444 "server.c"
	switch( (*p) ) {
		case 33u: goto st487;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr922;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st487;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st487;
	goto tr923;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
	if ( (*p) == 32u )
		goto st492;
	goto st0;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
	if ( (*p) == 40u )
		goto tr927;
	goto st0;
tr927:
#line 109 "response.rl"
	{ if (!ik_r_open(ps, IK_N_ENVELOPE, p)) {p++;  ps->cs = 493; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 493;goto st159;}} }
	goto st493;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
#line 10485 "server.c"
	switch( (*p) ) {
		case 32u: goto tr928;
		case 41u: goto tr928;
	}
	goto st0;
tr928:
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st700;
st700:
	if ( ++p == pe )
		goto _test_eof700;
case 700:
#line 10497 "server.c"
	goto st0;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
	if ( (*p) == 32u )
		goto st495;
	goto st0;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
	if ( (*p) == 34u )
		goto tr930;
	goto st0;
tr930:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st496;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
#line 10519 "server.c"
	if ( (*p) == 32u )
		goto st497;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st497;
	goto st0;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st498;
	goto st0;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
	if ( (*p) == 45u )
		goto st499;
	goto st0;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
	switch( (*p) ) {
		case 65u: goto st500;
		case 68u: goto st525;
		case 70u: goto st527;
		case 74u: goto st529;
		case 77u: goto st532;
		case 78u: goto st534;
		case 79u: goto st536;
		case 83u: goto st538;
		case 97u: goto st500;
		case 100u: goto st525;
		case 102u: goto st527;
		case 106u: goto st529;
		case 109u: goto st532;
		case 110u: goto st534;
		case 111u: goto st536;
		case 115u: goto st538;
	}
	goto st0;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
	switch( (*p) ) {
		case 80u: goto st501;
		case 85u: goto st524;
		case 112u: goto st501;
		case 117u: goto st524;
	}
	goto st0;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
	switch( (*p) ) {
		case 82u: goto st502;
		case 114u: goto st502;
	}
	goto st0;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
	if ( (*p) == 45u )
		goto st503;
	goto st0;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st504;
	goto st0;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st505;
	goto st0;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st506;
	goto st0;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st507;
	goto st0;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
	if ( (*p) == 32u )
		goto st508;
	goto st0;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st509;
	goto st0;
st509:
	if ( ++p == pe )
		goto _test_eof509;
case 509:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st510;
	goto st0;
st510:
	if ( ++p == pe )
		goto _test_eof510;
case 510:
	if ( (*p) == 58u )
		goto st511;
	goto st0;
st511:
	if ( ++p == pe )
		goto _test_eof511;
case 511:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st512;
	goto st0;
st512:
	if ( ++p == pe )
		goto _test_eof512;
case 512:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st513;
	goto st0;
st513:
	if ( ++p == pe )
		goto _test_eof513;
case 513:
	if ( (*p) == 58u )
		goto st514;
	goto st0;
st514:
	if ( ++p == pe )
		goto _test_eof514;
case 514:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st515;
	goto st0;
st515:
	if ( ++p == pe )
		goto _test_eof515;
case 515:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st516;
	goto st0;
st516:
	if ( ++p == pe )
		goto _test_eof516;
case 516:
	if ( (*p) == 32u )
		goto st517;
	goto st0;
st517:
	if ( ++p == pe )
		goto _test_eof517;
case 517:
	switch( (*p) ) {
		case 43u: goto st518;
		case 45u: goto st518;
	}
	goto st0;
st518:
	if ( ++p == pe )
		goto _test_eof518;
case 518:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st519;
	goto st0;
st519:
	if ( ++p == pe )
		goto _test_eof519;
case 519:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st520;
	goto st0;
st520:
	if ( ++p == pe )
		goto _test_eof520;
case 520:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st521;
	goto st0;
st521:
	if ( ++p == pe )
		goto _test_eof521;
case 521:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st522;
	goto st0;
st522:
	if ( ++p == pe )
		goto _test_eof522;
case 522:
	if ( (*p) == 34u )
		goto tr965;
	goto st0;
tr965:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st523;
st523:
	if ( ++p == pe )
		goto _test_eof523;
case 523:
#line 10741 "server.c"
	switch( (*p) ) {
		case 32u: goto tr966;
		case 41u: goto tr966;
	}
	goto st0;
tr966:
#line 22 "response.rl"
	{ if (!ik_b_datetime(ps)) {p++;  ps->cs = 701; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st701;
st701:
	if ( ++p == pe )
		goto _test_eof701;
case 701:
#line 10754 "server.c"
	goto st0;
st524:
	if ( ++p == pe )
		goto _test_eof524;
case 524:
	switch( (*p) ) {
		case 71u: goto st502;
		case 103u: goto st502;
	}
	goto st0;
st525:
	if ( ++p == pe )
		goto _test_eof525;
case 525:
	switch( (*p) ) {
		case 69u: goto st526;
		case 101u: goto st526;
	}
	goto st0;
st526:
	if ( ++p == pe )
		goto _test_eof526;
case 526:
	switch( (*p) ) {
		case 67u: goto st502;
		case 99u: goto st502;
	}
	goto st0;
st527:
	if ( ++p == pe )
		goto _test_eof527;
case 527:
	switch( (*p) ) {
		case 69u: goto st528;
		case 101u: goto st528;
	}
	goto st0;
st528:
	if ( ++p == pe )
		goto _test_eof528;
case 528:
	switch( (*p) ) {
		case 66u: goto st502;
		case 98u: goto st502;
	}
	goto st0;
st529:
	if ( ++p == pe )
		goto _test_eof529;
case 529:
	switch( (*p) ) {
		case 65u: goto st530;
		case 85u: goto st531;
		case 97u: goto st530;
		case 117u: goto st531;
	}
	goto st0;
st530:
	if ( ++p == pe )
		goto _test_eof530;
case 530:
	switch( (*p) ) {
		case 78u: goto st502;
		case 110u: goto st502;
	}
	goto st0;
st531:
	if ( ++p == pe )
		goto _test_eof531;
case 531:
	switch( (*p) ) {
		case 76u: goto st502;
		case 78u: goto st502;
		case 108u: goto st502;
		case 110u: goto st502;
	}
	goto st0;
st532:
	if ( ++p == pe )
		goto _test_eof532;
case 532:
	switch( (*p) ) {
		case 65u: goto st533;
		case 97u: goto st533;
	}
	goto st0;
st533:
	if ( ++p == pe )
		goto _test_eof533;
case 533:
	switch( (*p) ) {
		case 82u: goto st502;
		case 89u: goto st502;
		case 114u: goto st502;
		case 121u: goto st502;
	}
	goto st0;
st534:
	if ( ++p == pe )
		goto _test_eof534;
case 534:
	switch( (*p) ) {
		case 79u: goto st535;
		case 111u: goto st535;
	}
	goto st0;
st535:
	if ( ++p == pe )
		goto _test_eof535;
case 535:
	switch( (*p) ) {
		case 86u: goto st502;
		case 118u: goto st502;
	}
	goto st0;
st536:
	if ( ++p == pe )
		goto _test_eof536;
case 536:
	switch( (*p) ) {
		case 67u: goto st537;
		case 99u: goto st537;
	}
	goto st0;
st537:
	if ( ++p == pe )
		goto _test_eof537;
case 537:
	switch( (*p) ) {
		case 84u: goto st502;
		case 116u: goto st502;
	}
	goto st0;
st538:
	if ( ++p == pe )
		goto _test_eof538;
case 538:
	switch( (*p) ) {
		case 69u: goto st539;
		case 101u: goto st539;
	}
	goto st0;
st539:
	if ( ++p == pe )
		goto _test_eof539;
case 539:
	switch( (*p) ) {
		case 80u: goto st502;
		case 112u: goto st502;
	}
	goto st0;
st540:
	if ( ++p == pe )
		goto _test_eof540;
case 540:
	if ( (*p) == 32u )
		goto st541;
	goto st0;
st541:
	if ( ++p == pe )
		goto _test_eof541;
case 541:
	switch( (*p) ) {
		case 34u: goto tr976;
		case 78u: goto tr977;
		case 110u: goto tr977;
		case 123u: goto tr978;
	}
	goto st0;
tr976:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st542;
tr979:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st542;
tr982:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st542;
tr984:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st542;
st542:
	if ( ++p == pe )
		goto _test_eof542;
case 542:
#line 10943 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr980;
		case 92u: goto st544;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr979;
	goto tr982;
tr980:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st543;
tr993:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 543; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 543; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st543;
tr995:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 543; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st543;
st543:
	if ( ++p == pe )
		goto _test_eof543;
case 543:
#line 10983 "server.c"
	switch( (*p) ) {
		case 32u: goto tr983;
		case 41u: goto tr983;
	}
	goto st0;
tr983:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 702; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st702;
tr987:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 702; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st702;
st702:
	if ( ++p == pe )
		goto _test_eof702;
case 702:
#line 11005 "server.c"
	goto st0;
st544:
	if ( ++p == pe )
		goto _test_eof544;
case 544:
	switch( (*p) ) {
		case 34u: goto tr984;
		case 92u: goto tr984;
	}
	goto st0;
tr977:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st545;
st545:
	if ( ++p == pe )
		goto _test_eof545;
case 545:
#line 11022 "server.c"
	switch( (*p) ) {
		case 73u: goto st546;
		case 105u: goto st546;
	}
	goto st0;
st546:
	if ( ++p == pe )
		goto _test_eof546;
case 546:
	switch( (*p) ) {
		case 76u: goto st547;
		case 108u: goto st547;
	}
	goto st0;
st547:
	if ( ++p == pe )
		goto _test_eof547;
case 547:
	switch( (*p) ) {
		case 32u: goto tr987;
		case 41u: goto tr987;
	}
	goto st0;
tr978:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st548;
st548:
	if ( ++p == pe )
		goto _test_eof548;
case 548:
#line 11052 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr988;
	goto st0;
tr988:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 549; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st549;
tr990:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 549; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st549;
st549:
	if ( ++p == pe )
		goto _test_eof549;
case 549:
#line 11076 "server.c"
	switch( (*p) ) {
		case 43u: goto tr989;
		case 45u: goto tr989;
		case 125u: goto tr991;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr990;
	goto st0;
tr989:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 550; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st550;
st550:
	if ( ++p == pe )
		goto _test_eof550;
case 550:
#line 11094 "server.c"
	if ( (*p) == 125u )
		goto st551;
	goto st0;
tr991:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 551; goto _out;} }
  }
	goto st551;
st551:
	if ( ++p == pe )
		goto _test_eof551;
case 551:
#line 11106 "server.c"
	switch( (*p) ) {
		case 10u: goto tr993;
		case 13u: goto st552;
	}
	goto st0;
st552:
	if ( ++p == pe )
		goto _test_eof552;
case 552:
	if ( (*p) == 10u )
		goto tr995;
	goto st0;
st553:
	if ( ++p == pe )
		goto _test_eof553;
case 553:
	if ( (*p) == 32u )
		goto st554;
	goto st0;
st554:
	if ( ++p == pe )
		goto _test_eof554;
case 554:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr997;
	goto st0;
tr997:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 555; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st555;
tr999:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 555; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st555;
st555:
	if ( ++p == pe )
		goto _test_eof555;
case 555:
#line 11153 "server.c"
	switch( (*p) ) {
		case 32u: goto tr998;
		case 41u: goto tr998;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr999;
	goto st0;
tr998:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 703; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 703; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st703;
st703:
	if ( ++p == pe )
		goto _test_eof703;
case 703:
#line 11176 "server.c"
	goto st0;
st556:
	if ( ++p == pe )
		goto _test_eof556;
case 556:
	if ( (*p) == 32u )
		goto st557;
	goto st0;
st557:
	if ( ++p == pe )
		goto _test_eof557;
case 557:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1001;
	goto st0;
tr1001:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 558; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st558;
tr1003:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 558; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st558;
st558:
	if ( ++p == pe )
		goto _test_eof558;
case 558:
#line 11212 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1002;
		case 41u: goto tr1002;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1003;
	goto st0;
tr1002:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 704; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 704; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 704; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st704;
st704:
	if ( ++p == pe )
		goto _test_eof704;
case 704:
#line 11238 "server.c"
	goto st0;
st559:
	if ( ++p == pe )
		goto _test_eof559;
case 559:
	if ( (*p) == 32u )
		goto st560;
	goto st0;
st560:
	if ( ++p == pe )
		goto _test_eof560;
case 560:
	if ( (*p) == 40u )
		goto tr1005;
	goto st0;
tr1005:
#line 132 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 561; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 561;goto st343;}} }
	goto st561;
st561:
	if ( ++p == pe )
		goto _test_eof561;
case 561:
#line 11260 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1006;
		case 41u: goto tr1006;
	}
	goto st0;
tr1006:
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st705;
st705:
	if ( ++p == pe )
		goto _test_eof705;
case 705:
#line 11272 "server.c"
	goto st0;
st562:
	if ( ++p == pe )
		goto _test_eof562;
case 562:
	switch( (*p) ) {
		case 32u: goto st563;
		case 91u: goto tr1008;
	}
	goto st0;
st563:
	if ( ++p == pe )
		goto _test_eof563;
case 563:
	if ( (*p) == 40u )
		goto tr1009;
	goto st0;
tr1009:
#line 132 "response.rl"
	{ if (!ik_r_body_begin(ps, p)) {p++;  ps->cs = 564; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 564;goto st343;}} }
	goto st564;
st564:
	if ( ++p == pe )
		goto _test_eof564;
case 564:
#line 11296 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1010;
		case 41u: goto tr1010;
	}
	goto st0;
tr1010:
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st706;
tr1064:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 706; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st706;
tr1068:
#line 56 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NIL;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = 3;
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 706; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st706;
st706:
	if ( ++p == pe )
		goto _test_eof706;
case 706:
#line 11321 "server.c"
	goto st0;
tr1008:
#line 214 "response.rl"
	{ if (!ik_r_open(ps, IK_N_SECTION, p + 1)) {p++;  ps->cs = 565; goto _out;} }
	goto st565;
st565:
	if ( ++p == pe )
		goto _test_eof565;
case 565:
#line 11329 "server.c"
	switch( (*p) ) {
		case 72u: goto tr1012;
		case 84u: goto tr1013;
		case 93u: goto tr1014;
		case 104u: goto tr1012;
		case 116u: goto tr1013;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1011;
	goto st0;
tr1018:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 566; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st566;
tr1016:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 566; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st566;
tr1011:
#line 216 "response.rl"
	{ if (!ik_r_open(ps, IK_N_PART, p)) {p++;  ps->cs = 566; goto _out;} }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 566; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st566;
st566:
	if ( ++p == pe )
		goto _test_eof566;
case 566:
#line 11370 "server.c"
	switch( (*p) ) {
		case 46u: goto tr1015;
		case 93u: goto tr1017;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1016;
	goto st0;
tr1015:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 567; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 567; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 567; goto _out;} }
	goto st567;
st567:
	if ( ++p == pe )
		goto _test_eof567;
case 567:
#line 11395 "server.c"
	switch( (*p) ) {
		case 72u: goto tr1019;
		case 77u: goto tr1020;
		case 84u: goto tr1021;
		case 104u: goto tr1019;
		case 109u: goto tr1020;
		case 116u: goto tr1021;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1018;
	goto st0;
tr1012:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st568;
tr1019:
#line 217 "response.rl"
	{ ik_r_part_close(ps); }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st568;
st568:
	if ( ++p == pe )
		goto _test_eof568;
case 568:
#line 11417 "server.c"
	switch( (*p) ) {
		case 69u: goto st569;
		case 101u: goto st569;
	}
	goto st0;
st569:
	if ( ++p == pe )
		goto _test_eof569;
case 569:
	switch( (*p) ) {
		case 65u: goto st570;
		case 97u: goto st570;
	}
	goto st0;
st570:
	if ( ++p == pe )
		goto _test_eof570;
case 570:
	switch( (*p) ) {
		case 68u: goto st571;
		case 100u: goto st571;
	}
	goto st0;
st571:
	if ( ++p == pe )
		goto _test_eof571;
case 571:
	switch( (*p) ) {
		case 69u: goto st572;
		case 101u: goto st572;
	}
	goto st0;
st572:
	if ( ++p == pe )
		goto _test_eof572;
case 572:
	switch( (*p) ) {
		case 82u: goto st573;
		case 114u: goto st573;
	}
	goto st0;
st573:
	if ( ++p == pe )
		goto _test_eof573;
case 573:
	switch( (*p) ) {
		case 46u: goto st574;
		case 93u: goto tr1028;
	}
	goto st0;
st574:
	if ( ++p == pe )
		goto _test_eof574;
case 574:
	switch( (*p) ) {
		case 70u: goto st575;
		case 102u: goto st575;
	}
	goto st0;
st575:
	if ( ++p == pe )
		goto _test_eof575;
case 575:
	switch( (*p) ) {
		case 73u: goto st576;
		case 105u: goto st576;
	}
	goto st0;
st576:
	if ( ++p == pe )
		goto _test_eof576;
case 576:
	switch( (*p) ) {
		case 69u: goto st577;
		case 101u: goto st577;
	}
	goto st0;
st577:
	if ( ++p == pe )
		goto _test_eof577;
case 577:
	switch( (*p) ) {
		case 76u: goto st578;
		case 108u: goto st578;
	}
	goto st0;
st578:
	if ( ++p == pe )
		goto _test_eof578;
case 578:
	switch( (*p) ) {
		case 68u: goto st579;
		case 100u: goto st579;
	}
	goto st0;
st579:
	if ( ++p == pe )
		goto _test_eof579;
case 579:
	switch( (*p) ) {
		case 83u: goto st580;
		case 115u: goto st580;
	}
	goto st0;
st580:
	if ( ++p == pe )
		goto _test_eof580;
case 580:
	switch( (*p) ) {
		case 32u: goto tr1035;
		case 46u: goto st613;
	}
	goto st0;
tr1035:
#line 218 "response.rl"
	{ ik_r_section_kw(ps, p); }
	goto st581;
st581:
	if ( ++p == pe )
		goto _test_eof581;
case 581:
#line 11537 "server.c"
	if ( (*p) == 40u )
		goto tr1037;
	goto st0;
tr1037:
#line 219 "response.rl"
	{ if (!ik_r_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 582; goto _out;} }
	goto st582;
st582:
	if ( ++p == pe )
		goto _test_eof582;
case 582:
#line 11547 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1039;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1040;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1038;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1038;
	goto tr1041;
tr1038:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st583;
tr1041:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 583; goto _out;} }
	goto st583;
tr1045:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 583; goto _out;} }
	goto st583;
st583:
	if ( ++p == pe )
		goto _test_eof583;
case 583:
#line 11580 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1042;
		case 33u: goto st583;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1044;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st583;
	} else
		goto st0;
	goto tr1045;
tr1042:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 584; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st584;
tr1053:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 584; goto _out;} }
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st584;
st584:
	if ( ++p == pe )
		goto _test_eof584;
case 584:
#line 11614 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1046;
		case 34u: goto tr1039;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1047;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1040;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1038;
	} else
		goto st0;
	goto tr1041;
tr1046:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 585; goto _out;} }
	goto st585;
st585:
	if ( ++p == pe )
		goto _test_eof585;
case 585:
#line 11638 "server.c"
	switch( (*p) ) {
		case 32u: goto st585;
		case 34u: goto tr1039;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1047;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1040;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1038;
	} else
		goto st0;
	goto tr1041;
tr1039:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st586;
tr1049:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st586;
tr1052:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st586;
tr1083:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st586;
st586:
	if ( ++p == pe )
		goto _test_eof586;
case 586:
#line 11675 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1050;
		case 92u: goto st607;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1049;
	goto tr1052;
tr1050:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st587;
tr1089:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 587; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 587; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st587;
tr1091:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 587; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st587;
st587:
	if ( ++p == pe )
		goto _test_eof587;
case 587:
#line 11715 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1053;
		case 41u: goto tr1054;
	}
	goto st0;
tr1047:
#line 27 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 588; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st588;
tr1054:
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 588; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st588;
tr1044:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 19 "response.rl"
	{ if (!ik_r_str(ps)) {p++;  ps->cs = 588; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st588;
st588:
	if ( ++p == pe )
		goto _test_eof588;
case 588:
#line 11741 "server.c"
	if ( (*p) == 93u )
		goto tr1014;
	goto st0;
tr1014:
#line 215 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st589;
tr1017:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 589; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 589; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 589; goto _out;} }
#line 215 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st589;
tr1028:
#line 218 "response.rl"
	{ ik_r_section_kw(ps, p); }
#line 215 "response.rl"
	{ ik_r_part_close(ps); ik_b_pop(ps, p); }
	goto st589;
st589:
	if ( ++p == pe )
		goto _test_eof589;
case 589:
#line 11770 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1055;
		case 60u: goto tr1056;
	}
	goto st0;
tr1055:
#line 188 "response.rl"
	{ ik_r_item_name_end(ps, p); }
	goto st590;
st590:
	if ( ++p == pe )
		goto _test_eof590;
case 590:
#line 11782 "server.c"
	switch( (*p) ) {
		case 34u: goto tr1057;
		case 78u: goto tr1058;
		case 110u: goto tr1058;
		case 123u: goto tr1059;
	}
	goto st0;
tr1057:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st591;
tr1060:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st591;
tr1063:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st591;
tr1065:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st591;
st591:
	if ( ++p == pe )
		goto _test_eof591;
case 591:
#line 11809 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1061;
		case 92u: goto st593;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1060;
	goto tr1063;
tr1061:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st592;
tr1074:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 592; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 592; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st592;
tr1076:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 592; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st592;
st592:
	if ( ++p == pe )
		goto _test_eof592;
case 592:
#line 11849 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1064;
		case 41u: goto tr1064;
	}
	goto st0;
st593:
	if ( ++p == pe )
		goto _test_eof593;
case 593:
	switch( (*p) ) {
		case 34u: goto tr1065;
		case 92u: goto tr1065;
	}
	goto st0;
tr1058:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st594;
st594:
	if ( ++p == pe )
		goto _test_eof594;
case 594:
#line 11870 "server.c"
	switch( (*p) ) {
		case 73u: goto st595;
		case 105u: goto st595;
	}
	goto st0;
st595:
	if ( ++p == pe )
		goto _test_eof595;
case 595:
	switch( (*p) ) {
		case 76u: goto st596;
		case 108u: goto st596;
	}
	goto st0;
st596:
	if ( ++p == pe )
		goto _test_eof596;
case 596:
	switch( (*p) ) {
		case 32u: goto tr1068;
		case 41u: goto tr1068;
	}
	goto st0;
tr1059:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st597;
st597:
	if ( ++p == pe )
		goto _test_eof597;
case 597:
#line 11900 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1069;
	goto st0;
tr1069:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 598; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st598;
tr1071:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 598; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st598;
st598:
	if ( ++p == pe )
		goto _test_eof598;
case 598:
#line 11924 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1070;
		case 45u: goto tr1070;
		case 125u: goto tr1072;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1071;
	goto st0;
tr1070:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 599; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st599;
st599:
	if ( ++p == pe )
		goto _test_eof599;
case 599:
#line 11942 "server.c"
	if ( (*p) == 125u )
		goto st600;
	goto st0;
tr1072:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 600; goto _out;} }
  }
	goto st600;
st600:
	if ( ++p == pe )
		goto _test_eof600;
case 600:
#line 11954 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1074;
		case 13u: goto st601;
	}
	goto st0;
st601:
	if ( ++p == pe )
		goto _test_eof601;
case 601:
	if ( (*p) == 10u )
		goto tr1076;
	goto st0;
tr1056:
#line 228 "response.rl"
	{ if (!ik_r_open(ps, IK_N_PARTIAL, p)) {p++;  ps->cs = 602; goto _out;} }
	goto st602;
st602:
	if ( ++p == pe )
		goto _test_eof602;
case 602:
#line 11973 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1077;
	goto st0;
tr1077:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 603; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st603;
tr1079:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 603; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st603;
st603:
	if ( ++p == pe )
		goto _test_eof603;
case 603:
#line 11997 "server.c"
	switch( (*p) ) {
		case 46u: goto tr1078;
		case 62u: goto tr1080;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1079;
	goto st0;
tr1078:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 604; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 604; goto _out;} }
#line 31 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_OTHER, p)) {p++;  ps->cs = 604; goto _out;} }
	goto st604;
st604:
	if ( ++p == pe )
		goto _test_eof604;
case 604:
#line 12020 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1081;
	goto st0;
tr1081:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 605; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st605;
tr1082:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 605; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st605;
st605:
	if ( ++p == pe )
		goto _test_eof605;
case 605:
#line 12044 "server.c"
	if ( (*p) == 62u )
		goto tr1080;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1082;
	goto st0;
tr1080:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 606; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 18 "response.rl"
	{ if (!ik_r_num(ps)) {p++;  ps->cs = 606; goto _out;} }
#line 20 "response.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st606;
st606:
	if ( ++p == pe )
		goto _test_eof606;
case 606:
#line 12065 "server.c"
	if ( (*p) == 32u )
		goto tr1055;
	goto st0;
st607:
	if ( ++p == pe )
		goto _test_eof607;
case 607:
	switch( (*p) ) {
		case 34u: goto tr1083;
		case 92u: goto tr1083;
	}
	goto st0;
tr1040:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st608;
st608:
	if ( ++p == pe )
		goto _test_eof608;
case 608:
#line 12084 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1084;
	goto st0;
tr1084:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 609; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st609;
tr1086:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 609; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st609;
st609:
	if ( ++p == pe )
		goto _test_eof609;
case 609:
#line 12108 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1085;
		case 45u: goto tr1085;
		case 125u: goto tr1087;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1086;
	goto st0;
tr1085:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 610; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st610;
st610:
	if ( ++p == pe )
		goto _test_eof610;
case 610:
#line 12126 "server.c"
	if ( (*p) == 125u )
		goto st611;
	goto st0;
tr1087:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 611; goto _out;} }
  }
	goto st611;
st611:
	if ( ++p == pe )
		goto _test_eof611;
case 611:
#line 12138 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1089;
		case 13u: goto st612;
	}
	goto st0;
st612:
	if ( ++p == pe )
		goto _test_eof612;
case 612:
	if ( (*p) == 10u )
		goto tr1091;
	goto st0;
st613:
	if ( ++p == pe )
		goto _test_eof613;
case 613:
	switch( (*p) ) {
		case 78u: goto st614;
		case 110u: goto st614;
	}
	goto st0;
st614:
	if ( ++p == pe )
		goto _test_eof614;
case 614:
	switch( (*p) ) {
		case 79u: goto st615;
		case 111u: goto st615;
	}
	goto st0;
st615:
	if ( ++p == pe )
		goto _test_eof615;
case 615:
	switch( (*p) ) {
		case 84u: goto st616;
		case 116u: goto st616;
	}
	goto st0;
st616:
	if ( ++p == pe )
		goto _test_eof616;
case 616:
	if ( (*p) == 32u )
		goto tr1035;
	goto st0;
tr1020:
#line 217 "response.rl"
	{ ik_r_part_close(ps); }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st617;
st617:
	if ( ++p == pe )
		goto _test_eof617;
case 617:
#line 12192 "server.c"
	switch( (*p) ) {
		case 73u: goto st618;
		case 105u: goto st618;
	}
	goto st0;
st618:
	if ( ++p == pe )
		goto _test_eof618;
case 618:
	switch( (*p) ) {
		case 77u: goto st619;
		case 109u: goto st619;
	}
	goto st0;
st619:
	if ( ++p == pe )
		goto _test_eof619;
case 619:
	switch( (*p) ) {
		case 69u: goto st620;
		case 101u: goto st620;
	}
	goto st0;
st620:
	if ( ++p == pe )
		goto _test_eof620;
case 620:
	if ( (*p) == 93u )
		goto tr1028;
	goto st0;
tr1013:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st621;
tr1021:
#line 217 "response.rl"
	{ ik_r_part_close(ps); }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st621;
st621:
	if ( ++p == pe )
		goto _test_eof621;
case 621:
#line 12233 "server.c"
	switch( (*p) ) {
		case 69u: goto st622;
		case 101u: goto st622;
	}
	goto st0;
st622:
	if ( ++p == pe )
		goto _test_eof622;
case 622:
	switch( (*p) ) {
		case 88u: goto st623;
		case 120u: goto st623;
	}
	goto st0;
st623:
	if ( ++p == pe )
		goto _test_eof623;
case 623:
	switch( (*p) ) {
		case 84u: goto st620;
		case 116u: goto st620;
	}
	goto st0;
st624:
	if ( ++p == pe )
		goto _test_eof624;
case 624:
	switch( (*p) ) {
		case 32u: goto tr1100;
		case 60u: goto st637;
		case 91u: goto st639;
	}
	goto st0;
tr1100:
#line 188 "response.rl"
	{ ik_r_item_name_end(ps, p); }
	goto st625;
st625:
	if ( ++p == pe )
		goto _test_eof625;
case 625:
#line 12273 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st0;
		case 34u: goto tr1104;
		case 40u: goto tr1105;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr1106;
		case 126u: goto tr1107;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1103;
	goto tr1108;
tr1103:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st626;
tr1108:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st626;
tr1111:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 626; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 626; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 626; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 626;goto st22;}}
    }
  }
	goto st626;
tr1112:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st626;
st626:
	if ( ++p == pe )
		goto _test_eof626;
case 626:
#line 12316 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr1110;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1110;
		case 91u: goto tr1111;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st626;
	goto tr1112;
tr1119:
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st707;
tr1110:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 707; goto _out;} }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st707;
tr1117:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 707; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 187 "response.rl"
	{ ps->item = NULL; ik_b_pop(ps, NULL); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st707;
st707:
	if ( ++p == pe )
		goto _test_eof707;
case 707:
#line 12346 "server.c"
	goto st0;
tr1104:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st627;
tr1113:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st627;
tr1116:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st627;
tr1118:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st627;
st627:
	if ( ++p == pe )
		goto _test_eof627;
case 627:
#line 12367 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1114;
		case 92u: goto st629;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1113;
	goto tr1116;
tr1114:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st628;
tr1125:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 628; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 628; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st628;
tr1127:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 628; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st628;
st628:
	if ( ++p == pe )
		goto _test_eof628;
case 628:
#line 12407 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1117;
		case 41u: goto tr1117;
	}
	goto st0;
st629:
	if ( ++p == pe )
		goto _test_eof629;
case 629:
	switch( (*p) ) {
		case 34u: goto tr1118;
		case 92u: goto tr1118;
	}
	goto st0;
tr1105:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 630; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 630;goto st10;}}
    }
  }
	goto st630;
st630:
	if ( ++p == pe )
		goto _test_eof630;
case 630:
#line 12434 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1119;
		case 41u: goto tr1119;
	}
	goto st0;
tr1106:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st631;
st631:
	if ( ++p == pe )
		goto _test_eof631;
case 631:
#line 12446 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1120;
	goto st0;
tr1120:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 632; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st632;
tr1122:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 632; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st632;
st632:
	if ( ++p == pe )
		goto _test_eof632;
case 632:
#line 12470 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1121;
		case 45u: goto tr1121;
		case 125u: goto tr1123;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1122;
	goto st0;
tr1121:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 633; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st633;
st633:
	if ( ++p == pe )
		goto _test_eof633;
case 633:
#line 12488 "server.c"
	if ( (*p) == 125u )
		goto st634;
	goto st0;
tr1123:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 634; goto _out;} }
  }
	goto st634;
st634:
	if ( ++p == pe )
		goto _test_eof634;
case 634:
#line 12500 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1125;
		case 13u: goto st635;
	}
	goto st0;
st635:
	if ( ++p == pe )
		goto _test_eof635;
case 635:
	if ( (*p) == 10u )
		goto tr1127;
	goto st0;
tr1107:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 125 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st636;
st636:
	if ( ++p == pe )
		goto _test_eof636;
case 636:
#line 12520 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr1110;
		case 34u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1110;
		case 91u: goto tr1111;
		case 93u: goto st0;
		case 123u: goto st631;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st626;
	goto tr1112;
st637:
	if ( ++p == pe )
		goto _test_eof637;
case 637:
	switch( (*p) ) {
		case 46u: goto st637;
		case 62u: goto st638;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st637;
	goto st0;
st638:
	if ( ++p == pe )
		goto _test_eof638;
case 638:
	if ( (*p) == 32u )
		goto tr1100;
	goto st0;
st639:
	if ( ++p == pe )
		goto _test_eof639;
case 639:
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 93u: goto st640;
	}
	goto st639;
st640:
	if ( ++p == pe )
		goto _test_eof640;
case 640:
	switch( (*p) ) {
		case 32u: goto tr1100;
		case 60u: goto st637;
	}
	goto st0;
st641:
	if ( ++p == pe )
		goto _test_eof641;
case 641:
	switch( (*p) ) {
		case 33u: goto tr1131;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1131;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1131;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1131;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1132;
tr1131:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st642;
tr1132:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 642; goto _out;} }
	goto st642;
tr1135:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 642; goto _out;} }
	goto st642;
st642:
	if ( ++p == pe )
		goto _test_eof642;
case 642:
#line 12614 "server.c"
	switch( (*p) ) {
		case 32u: goto tr1133;
		case 33u: goto st642;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1133;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st642;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st642;
	goto tr1135;
tr1133:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 47 "server.rl"
	{ { int t = code_dispatch(ps, (*p)); p--; { ps->cs = (t);goto _again;} } }
	goto st708;
st708:
	if ( ++p == pe )
		goto _test_eof708;
case 708:
#line 12647 "server.c"
	goto st0;
st643:
	if ( ++p == pe )
		goto _test_eof643;
case 643:
	switch( (*p) ) {
		case 10u: goto tr1136;
		case 13u: goto st644;
		case 32u: goto st645;
	}
	goto st0;
tr1136:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 709; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st709;
tr1139:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st709;
tr1144:
#line 149 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 38 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 709; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 709; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st709;
st709:
	if ( ++p == pe )
		goto _test_eof709;
case 709:
#line 12679 "server.c"
	goto st0;
tr1145:
#line 149 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 38 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 644; goto _out;} }
	goto st644;
st644:
	if ( ++p == pe )
		goto _test_eof644;
case 644:
#line 12692 "server.c"
	if ( (*p) == 10u )
		goto tr1139;
	goto st0;
st645:
	if ( ++p == pe )
		goto _test_eof645;
case 645:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1136;
		case 13u: goto st644;
		case 91u: goto tr1141;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1140;
	goto tr1142;
tr1146:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st646;
tr1140:
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st646;
tr1142:
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st646;
st646:
	if ( ++p == pe )
		goto _test_eof646;
case 646:
#line 12722 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1144;
		case 13u: goto tr1145;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st646;
	goto tr1146;
tr1141:
#line 39 "server.rl"
	{
    {
      ik_node *c = ik_b_add(ps, IK_N_RESP_CODE, ik_b_off(ps, p + 1), 0);
      if (!c || !ik_b_push(ps, c, p)) {p++;  ps->cs = 647; goto _out;}
      ps->code = c;
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 647;goto st641;}}
    }
  }
	goto st647;
st647:
	if ( ++p == pe )
		goto _test_eof647;
case 647:
#line 12744 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1136;
		case 13u: goto st644;
		case 32u: goto st648;
	}
	goto st0;
st648:
	if ( ++p == pe )
		goto _test_eof648;
case 648:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1136;
		case 13u: goto st644;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1140;
	goto tr1142;
st649:
	if ( ++p == pe )
		goto _test_eof649;
case 649:
	switch( (*p) ) {
		case 10u: goto tr1148;
		case 13u: goto st650;
		case 32u: goto st651;
	}
	goto st0;
tr1148:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 710; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st710;
tr1151:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st710;
tr1156:
#line 149 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 38 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 710; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 710; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st710;
st710:
	if ( ++p == pe )
		goto _test_eof710;
case 710:
#line 12793 "server.c"
	goto st0;
tr1157:
#line 149 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 38 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 650; goto _out;} }
	goto st650;
st650:
	if ( ++p == pe )
		goto _test_eof650;
case 650:
#line 12806 "server.c"
	if ( (*p) == 10u )
		goto tr1151;
	goto st0;
st651:
	if ( ++p == pe )
		goto _test_eof651;
case 651:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1148;
		case 13u: goto st650;
		case 91u: goto tr1153;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1152;
	goto tr1154;
tr1158:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st652;
tr1152:
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st652;
tr1154:
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st652;
st652:
	if ( ++p == pe )
		goto _test_eof652;
case 652:
#line 12836 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1156;
		case 13u: goto tr1157;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st652;
	goto tr1158;
tr1153:
#line 39 "server.rl"
	{
    {
      ik_node *c = ik_b_add(ps, IK_N_RESP_CODE, ik_b_off(ps, p + 1), 0);
      if (!c || !ik_b_push(ps, c, p)) {p++;  ps->cs = 653; goto _out;}
      ps->code = c;
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 653;goto st641;}}
    }
  }
	goto st653;
st653:
	if ( ++p == pe )
		goto _test_eof653;
case 653:
#line 12858 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1148;
		case 13u: goto st650;
		case 32u: goto st654;
	}
	goto st0;
st654:
	if ( ++p == pe )
		goto _test_eof654;
case 654:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1148;
		case 13u: goto st650;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1152;
	goto tr1154;
st655:
	if ( ++p == pe )
		goto _test_eof655;
case 655:
	switch( (*p) ) {
		case 10u: goto tr1160;
		case 13u: goto st656;
		case 32u: goto st657;
	}
	goto st0;
tr1160:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 711; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st711;
tr1163:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st711;
tr1167:
#line 149 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 38 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 711; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 711; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st711;
st711:
	if ( ++p == pe )
		goto _test_eof711;
case 711:
#line 12907 "server.c"
	goto st0;
tr1168:
#line 149 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 38 "server.rl"
	{ if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 656; goto _out;} }
	goto st656;
st656:
	if ( ++p == pe )
		goto _test_eof656;
case 656:
#line 12920 "server.c"
	if ( (*p) == 10u )
		goto tr1163;
	goto st0;
st657:
	if ( ++p == pe )
		goto _test_eof657;
case 657:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1160;
		case 13u: goto st656;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1164;
	goto tr1165;
tr1169:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st658;
tr1164:
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st658;
tr1165:
#line 148 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st658;
st658:
	if ( ++p == pe )
		goto _test_eof658;
case 658:
#line 12949 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1167;
		case 13u: goto tr1168;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st658;
	goto tr1169;
tr1176:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 659; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 659;goto st10;}}
    }
  }
	goto st659;
st659:
	if ( ++p == pe )
		goto _test_eof659;
case 659:
#line 12970 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1170;
		case 13u: goto st660;
		case 32u: goto st661;
	}
	goto st0;
tr1170:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 712; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st712;
tr1173:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st712;
tr1181:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 712; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 712; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st712;
tr1190:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 712; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 712; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st712;
st712:
	if ( ++p == pe )
		goto _test_eof712;
case 712:
#line 12997 "server.c"
	goto st0;
tr1182:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 660; goto _out;} }
	goto st660;
tr1191:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 660; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st660;
st660:
	if ( ++p == pe )
		goto _test_eof660;
case 660:
#line 13008 "server.c"
	if ( (*p) == 10u )
		goto tr1173;
	goto st0;
tr1183:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 661; goto _out;} }
	goto st661;
tr1192:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 661; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st661;
st661:
	if ( ++p == pe )
		goto _test_eof661;
case 661:
#line 13021 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1170;
		case 13u: goto st660;
		case 32u: goto st661;
		case 34u: goto tr1175;
		case 40u: goto tr1176;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr1177;
		case 126u: goto tr1178;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1174;
	goto tr1179;
tr1174:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st662;
tr1179:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st662;
tr1184:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 662; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 662; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 662; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 662;goto st22;}}
    }
  }
	goto st662;
tr1185:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st662;
st662:
	if ( ++p == pe )
		goto _test_eof662;
case 662:
#line 13064 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1181;
		case 13u: goto tr1182;
		case 32u: goto tr1183;
		case 34u: goto st0;
		case 91u: goto tr1184;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st662;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st662;
	} else
		goto st0;
	goto tr1185;
tr1175:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st663;
tr1186:
#line 109 "lexical.rl"
	{
    {
      p = ik_q_skip(p + 1, pe) - 1;
    }
  }
	goto st663;
tr1189:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st663;
tr1193:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st663;
st663:
	if ( ++p == pe )
		goto _test_eof663;
case 663:
#line 13103 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1187;
		case 92u: goto st665;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1186;
	goto tr1189;
tr1187:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st664;
tr1199:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 664; goto _out;} }
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 664; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st664;
tr1201:
#line 129 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 664; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st664;
st664:
	if ( ++p == pe )
		goto _test_eof664;
case 664:
#line 13143 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1190;
		case 13u: goto tr1191;
		case 32u: goto tr1192;
	}
	goto st0;
st665:
	if ( ++p == pe )
		goto _test_eof665;
case 665:
	switch( (*p) ) {
		case 34u: goto tr1193;
		case 92u: goto tr1193;
	}
	goto st0;
tr1177:
#line 124 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st666;
st666:
	if ( ++p == pe )
		goto _test_eof666;
case 666:
#line 13165 "server.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1194;
	goto st0;
tr1194:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 667; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st667;
tr1196:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 667; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st667;
st667:
	if ( ++p == pe )
		goto _test_eof667;
case 667:
#line 13189 "server.c"
	switch( (*p) ) {
		case 43u: goto tr1195;
		case 45u: goto tr1195;
		case 125u: goto tr1197;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1196;
	goto st0;
tr1195:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 668; goto _out;} }
  }
#line 126 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st668;
st668:
	if ( ++p == pe )
		goto _test_eof668;
case 668:
#line 13207 "server.c"
	if ( (*p) == 125u )
		goto st669;
	goto st0;
tr1197:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 669; goto _out;} }
  }
	goto st669;
st669:
	if ( ++p == pe )
		goto _test_eof669;
case 669:
#line 13219 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1199;
		case 13u: goto st670;
	}
	goto st0;
st670:
	if ( ++p == pe )
		goto _test_eof670;
case 670:
	if ( (*p) == 10u )
		goto tr1201;
	goto st0;
tr1178:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 125 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st671;
st671:
	if ( ++p == pe )
		goto _test_eof671;
case 671:
#line 13239 "server.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1181;
		case 13u: goto tr1182;
		case 32u: goto tr1183;
		case 34u: goto st0;
		case 91u: goto tr1184;
		case 93u: goto st0;
		case 123u: goto st666;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st662;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st662;
	} else
		goto st0;
	goto tr1185;
st672:
	if ( ++p == pe )
		goto _test_eof672;
case 672:
	switch( (*p) ) {
		case 10u: goto tr1203;
		case 13u: goto st673;
		case 32u: goto tr1205;
	}
	goto st0;
tr1203:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 713; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st713;
tr1206:
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st713;
tr1207:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 713; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 713; goto _out;} }
#line 30 "server.rl"
	{ ps->done = 1; }
	goto st713;
st713:
	if ( ++p == pe )
		goto _test_eof713;
case 713:
#line 13284 "server.c"
	goto st0;
tr1208:
#line 26 "response.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 673; goto _out;} }
	goto st673;
st673:
	if ( ++p == pe )
		goto _test_eof673;
case 673:
#line 13292 "server.c"
	if ( (*p) == 10u )
		goto tr1206;
	goto st0;
tr1205:
#line 25 "response.rl"
	{ ps->sp_mark = p; }
	goto st674;
st674:
	if ( ++p == pe )
		goto _test_eof674;
case 674:
#line 13302 "server.c"
	switch( (*p) ) {
		case 10u: goto tr1207;
		case 13u: goto tr1208;
		case 32u: goto st674;
	}
	goto st0;
	}
	_test_eof1:  ps->cs = 1; goto _test_eof; 
	_test_eof2:  ps->cs = 2; goto _test_eof; 
	_test_eof3:  ps->cs = 3; goto _test_eof; 
	_test_eof4:  ps->cs = 4; goto _test_eof; 
	_test_eof675:  ps->cs = 675; goto _test_eof; 
	_test_eof5:  ps->cs = 5; goto _test_eof; 
	_test_eof6:  ps->cs = 6; goto _test_eof; 
	_test_eof7:  ps->cs = 7; goto _test_eof; 
	_test_eof8:  ps->cs = 8; goto _test_eof; 
	_test_eof9:  ps->cs = 9; goto _test_eof; 
	_test_eof10:  ps->cs = 10; goto _test_eof; 
	_test_eof11:  ps->cs = 11; goto _test_eof; 
	_test_eof12:  ps->cs = 12; goto _test_eof; 
	_test_eof676:  ps->cs = 676; goto _test_eof; 
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
	_test_eof677:  ps->cs = 677; goto _test_eof; 
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
	_test_eof678:  ps->cs = 678; goto _test_eof; 
	_test_eof37:  ps->cs = 37; goto _test_eof; 
	_test_eof679:  ps->cs = 679; goto _test_eof; 
	_test_eof38:  ps->cs = 38; goto _test_eof; 
	_test_eof39:  ps->cs = 39; goto _test_eof; 
	_test_eof40:  ps->cs = 40; goto _test_eof; 
	_test_eof41:  ps->cs = 41; goto _test_eof; 
	_test_eof42:  ps->cs = 42; goto _test_eof; 
	_test_eof43:  ps->cs = 43; goto _test_eof; 
	_test_eof44:  ps->cs = 44; goto _test_eof; 
	_test_eof45:  ps->cs = 45; goto _test_eof; 
	_test_eof46:  ps->cs = 46; goto _test_eof; 
	_test_eof680:  ps->cs = 680; goto _test_eof; 
	_test_eof47:  ps->cs = 47; goto _test_eof; 
	_test_eof48:  ps->cs = 48; goto _test_eof; 
	_test_eof49:  ps->cs = 49; goto _test_eof; 
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
	_test_eof63:  ps->cs = 63; goto _test_eof; 
	_test_eof681:  ps->cs = 681; goto _test_eof; 
	_test_eof64:  ps->cs = 64; goto _test_eof; 
	_test_eof65:  ps->cs = 65; goto _test_eof; 
	_test_eof66:  ps->cs = 66; goto _test_eof; 
	_test_eof67:  ps->cs = 67; goto _test_eof; 
	_test_eof68:  ps->cs = 68; goto _test_eof; 
	_test_eof69:  ps->cs = 69; goto _test_eof; 
	_test_eof70:  ps->cs = 70; goto _test_eof; 
	_test_eof71:  ps->cs = 71; goto _test_eof; 
	_test_eof72:  ps->cs = 72; goto _test_eof; 
	_test_eof73:  ps->cs = 73; goto _test_eof; 
	_test_eof74:  ps->cs = 74; goto _test_eof; 
	_test_eof75:  ps->cs = 75; goto _test_eof; 
	_test_eof76:  ps->cs = 76; goto _test_eof; 
	_test_eof77:  ps->cs = 77; goto _test_eof; 
	_test_eof78:  ps->cs = 78; goto _test_eof; 
	_test_eof79:  ps->cs = 79; goto _test_eof; 
	_test_eof80:  ps->cs = 80; goto _test_eof; 
	_test_eof81:  ps->cs = 81; goto _test_eof; 
	_test_eof82:  ps->cs = 82; goto _test_eof; 
	_test_eof83:  ps->cs = 83; goto _test_eof; 
	_test_eof84:  ps->cs = 84; goto _test_eof; 
	_test_eof85:  ps->cs = 85; goto _test_eof; 
	_test_eof86:  ps->cs = 86; goto _test_eof; 
	_test_eof87:  ps->cs = 87; goto _test_eof; 
	_test_eof88:  ps->cs = 88; goto _test_eof; 
	_test_eof89:  ps->cs = 89; goto _test_eof; 
	_test_eof90:  ps->cs = 90; goto _test_eof; 
	_test_eof91:  ps->cs = 91; goto _test_eof; 
	_test_eof92:  ps->cs = 92; goto _test_eof; 
	_test_eof93:  ps->cs = 93; goto _test_eof; 
	_test_eof94:  ps->cs = 94; goto _test_eof; 
	_test_eof95:  ps->cs = 95; goto _test_eof; 
	_test_eof682:  ps->cs = 682; goto _test_eof; 
	_test_eof96:  ps->cs = 96; goto _test_eof; 
	_test_eof97:  ps->cs = 97; goto _test_eof; 
	_test_eof98:  ps->cs = 98; goto _test_eof; 
	_test_eof99:  ps->cs = 99; goto _test_eof; 
	_test_eof100:  ps->cs = 100; goto _test_eof; 
	_test_eof101:  ps->cs = 101; goto _test_eof; 
	_test_eof102:  ps->cs = 102; goto _test_eof; 
	_test_eof103:  ps->cs = 103; goto _test_eof; 
	_test_eof104:  ps->cs = 104; goto _test_eof; 
	_test_eof105:  ps->cs = 105; goto _test_eof; 
	_test_eof106:  ps->cs = 106; goto _test_eof; 
	_test_eof683:  ps->cs = 683; goto _test_eof; 
	_test_eof107:  ps->cs = 107; goto _test_eof; 
	_test_eof108:  ps->cs = 108; goto _test_eof; 
	_test_eof109:  ps->cs = 109; goto _test_eof; 
	_test_eof110:  ps->cs = 110; goto _test_eof; 
	_test_eof111:  ps->cs = 111; goto _test_eof; 
	_test_eof112:  ps->cs = 112; goto _test_eof; 
	_test_eof113:  ps->cs = 113; goto _test_eof; 
	_test_eof114:  ps->cs = 114; goto _test_eof; 
	_test_eof115:  ps->cs = 115; goto _test_eof; 
	_test_eof116:  ps->cs = 116; goto _test_eof; 
	_test_eof117:  ps->cs = 117; goto _test_eof; 
	_test_eof118:  ps->cs = 118; goto _test_eof; 
	_test_eof119:  ps->cs = 119; goto _test_eof; 
	_test_eof120:  ps->cs = 120; goto _test_eof; 
	_test_eof121:  ps->cs = 121; goto _test_eof; 
	_test_eof122:  ps->cs = 122; goto _test_eof; 
	_test_eof123:  ps->cs = 123; goto _test_eof; 
	_test_eof124:  ps->cs = 124; goto _test_eof; 
	_test_eof125:  ps->cs = 125; goto _test_eof; 
	_test_eof126:  ps->cs = 126; goto _test_eof; 
	_test_eof684:  ps->cs = 684; goto _test_eof; 
	_test_eof127:  ps->cs = 127; goto _test_eof; 
	_test_eof128:  ps->cs = 128; goto _test_eof; 
	_test_eof129:  ps->cs = 129; goto _test_eof; 
	_test_eof130:  ps->cs = 130; goto _test_eof; 
	_test_eof131:  ps->cs = 131; goto _test_eof; 
	_test_eof132:  ps->cs = 132; goto _test_eof; 
	_test_eof133:  ps->cs = 133; goto _test_eof; 
	_test_eof134:  ps->cs = 134; goto _test_eof; 
	_test_eof135:  ps->cs = 135; goto _test_eof; 
	_test_eof685:  ps->cs = 685; goto _test_eof; 
	_test_eof136:  ps->cs = 136; goto _test_eof; 
	_test_eof137:  ps->cs = 137; goto _test_eof; 
	_test_eof138:  ps->cs = 138; goto _test_eof; 
	_test_eof139:  ps->cs = 139; goto _test_eof; 
	_test_eof140:  ps->cs = 140; goto _test_eof; 
	_test_eof141:  ps->cs = 141; goto _test_eof; 
	_test_eof142:  ps->cs = 142; goto _test_eof; 
	_test_eof143:  ps->cs = 143; goto _test_eof; 
	_test_eof144:  ps->cs = 144; goto _test_eof; 
	_test_eof145:  ps->cs = 145; goto _test_eof; 
	_test_eof686:  ps->cs = 686; goto _test_eof; 
	_test_eof146:  ps->cs = 146; goto _test_eof; 
	_test_eof147:  ps->cs = 147; goto _test_eof; 
	_test_eof148:  ps->cs = 148; goto _test_eof; 
	_test_eof149:  ps->cs = 149; goto _test_eof; 
	_test_eof150:  ps->cs = 150; goto _test_eof; 
	_test_eof687:  ps->cs = 687; goto _test_eof; 
	_test_eof151:  ps->cs = 151; goto _test_eof; 
	_test_eof152:  ps->cs = 152; goto _test_eof; 
	_test_eof153:  ps->cs = 153; goto _test_eof; 
	_test_eof154:  ps->cs = 154; goto _test_eof; 
	_test_eof155:  ps->cs = 155; goto _test_eof; 
	_test_eof156:  ps->cs = 156; goto _test_eof; 
	_test_eof157:  ps->cs = 157; goto _test_eof; 
	_test_eof158:  ps->cs = 158; goto _test_eof; 
	_test_eof688:  ps->cs = 688; goto _test_eof; 
	_test_eof159:  ps->cs = 159; goto _test_eof; 
	_test_eof160:  ps->cs = 160; goto _test_eof; 
	_test_eof161:  ps->cs = 161; goto _test_eof; 
	_test_eof689:  ps->cs = 689; goto _test_eof; 
	_test_eof162:  ps->cs = 162; goto _test_eof; 
	_test_eof163:  ps->cs = 163; goto _test_eof; 
	_test_eof164:  ps->cs = 164; goto _test_eof; 
	_test_eof165:  ps->cs = 165; goto _test_eof; 
	_test_eof166:  ps->cs = 166; goto _test_eof; 
	_test_eof167:  ps->cs = 167; goto _test_eof; 
	_test_eof168:  ps->cs = 168; goto _test_eof; 
	_test_eof169:  ps->cs = 169; goto _test_eof; 
	_test_eof170:  ps->cs = 170; goto _test_eof; 
	_test_eof171:  ps->cs = 171; goto _test_eof; 
	_test_eof172:  ps->cs = 172; goto _test_eof; 
	_test_eof173:  ps->cs = 173; goto _test_eof; 
	_test_eof174:  ps->cs = 174; goto _test_eof; 
	_test_eof175:  ps->cs = 175; goto _test_eof; 
	_test_eof176:  ps->cs = 176; goto _test_eof; 
	_test_eof177:  ps->cs = 177; goto _test_eof; 
	_test_eof178:  ps->cs = 178; goto _test_eof; 
	_test_eof179:  ps->cs = 179; goto _test_eof; 
	_test_eof180:  ps->cs = 180; goto _test_eof; 
	_test_eof181:  ps->cs = 181; goto _test_eof; 
	_test_eof182:  ps->cs = 182; goto _test_eof; 
	_test_eof183:  ps->cs = 183; goto _test_eof; 
	_test_eof184:  ps->cs = 184; goto _test_eof; 
	_test_eof185:  ps->cs = 185; goto _test_eof; 
	_test_eof186:  ps->cs = 186; goto _test_eof; 
	_test_eof187:  ps->cs = 187; goto _test_eof; 
	_test_eof188:  ps->cs = 188; goto _test_eof; 
	_test_eof189:  ps->cs = 189; goto _test_eof; 
	_test_eof190:  ps->cs = 190; goto _test_eof; 
	_test_eof191:  ps->cs = 191; goto _test_eof; 
	_test_eof192:  ps->cs = 192; goto _test_eof; 
	_test_eof690:  ps->cs = 690; goto _test_eof; 
	_test_eof193:  ps->cs = 193; goto _test_eof; 
	_test_eof194:  ps->cs = 194; goto _test_eof; 
	_test_eof195:  ps->cs = 195; goto _test_eof; 
	_test_eof196:  ps->cs = 196; goto _test_eof; 
	_test_eof197:  ps->cs = 197; goto _test_eof; 
	_test_eof198:  ps->cs = 198; goto _test_eof; 
	_test_eof199:  ps->cs = 199; goto _test_eof; 
	_test_eof200:  ps->cs = 200; goto _test_eof; 
	_test_eof201:  ps->cs = 201; goto _test_eof; 
	_test_eof202:  ps->cs = 202; goto _test_eof; 
	_test_eof203:  ps->cs = 203; goto _test_eof; 
	_test_eof204:  ps->cs = 204; goto _test_eof; 
	_test_eof205:  ps->cs = 205; goto _test_eof; 
	_test_eof691:  ps->cs = 691; goto _test_eof; 
	_test_eof206:  ps->cs = 206; goto _test_eof; 
	_test_eof207:  ps->cs = 207; goto _test_eof; 
	_test_eof208:  ps->cs = 208; goto _test_eof; 
	_test_eof209:  ps->cs = 209; goto _test_eof; 
	_test_eof210:  ps->cs = 210; goto _test_eof; 
	_test_eof211:  ps->cs = 211; goto _test_eof; 
	_test_eof212:  ps->cs = 212; goto _test_eof; 
	_test_eof213:  ps->cs = 213; goto _test_eof; 
	_test_eof214:  ps->cs = 214; goto _test_eof; 
	_test_eof215:  ps->cs = 215; goto _test_eof; 
	_test_eof216:  ps->cs = 216; goto _test_eof; 
	_test_eof217:  ps->cs = 217; goto _test_eof; 
	_test_eof218:  ps->cs = 218; goto _test_eof; 
	_test_eof219:  ps->cs = 219; goto _test_eof; 
	_test_eof692:  ps->cs = 692; goto _test_eof; 
	_test_eof220:  ps->cs = 220; goto _test_eof; 
	_test_eof221:  ps->cs = 221; goto _test_eof; 
	_test_eof222:  ps->cs = 222; goto _test_eof; 
	_test_eof223:  ps->cs = 223; goto _test_eof; 
	_test_eof224:  ps->cs = 224; goto _test_eof; 
	_test_eof225:  ps->cs = 225; goto _test_eof; 
	_test_eof226:  ps->cs = 226; goto _test_eof; 
	_test_eof227:  ps->cs = 227; goto _test_eof; 
	_test_eof228:  ps->cs = 228; goto _test_eof; 
	_test_eof229:  ps->cs = 229; goto _test_eof; 
	_test_eof230:  ps->cs = 230; goto _test_eof; 
	_test_eof231:  ps->cs = 231; goto _test_eof; 
	_test_eof232:  ps->cs = 232; goto _test_eof; 
	_test_eof233:  ps->cs = 233; goto _test_eof; 
	_test_eof234:  ps->cs = 234; goto _test_eof; 
	_test_eof235:  ps->cs = 235; goto _test_eof; 
	_test_eof236:  ps->cs = 236; goto _test_eof; 
	_test_eof237:  ps->cs = 237; goto _test_eof; 
	_test_eof238:  ps->cs = 238; goto _test_eof; 
	_test_eof239:  ps->cs = 239; goto _test_eof; 
	_test_eof240:  ps->cs = 240; goto _test_eof; 
	_test_eof241:  ps->cs = 241; goto _test_eof; 
	_test_eof242:  ps->cs = 242; goto _test_eof; 
	_test_eof243:  ps->cs = 243; goto _test_eof; 
	_test_eof244:  ps->cs = 244; goto _test_eof; 
	_test_eof245:  ps->cs = 245; goto _test_eof; 
	_test_eof246:  ps->cs = 246; goto _test_eof; 
	_test_eof247:  ps->cs = 247; goto _test_eof; 
	_test_eof248:  ps->cs = 248; goto _test_eof; 
	_test_eof249:  ps->cs = 249; goto _test_eof; 
	_test_eof250:  ps->cs = 250; goto _test_eof; 
	_test_eof251:  ps->cs = 251; goto _test_eof; 
	_test_eof252:  ps->cs = 252; goto _test_eof; 
	_test_eof693:  ps->cs = 693; goto _test_eof; 
	_test_eof253:  ps->cs = 253; goto _test_eof; 
	_test_eof254:  ps->cs = 254; goto _test_eof; 
	_test_eof255:  ps->cs = 255; goto _test_eof; 
	_test_eof256:  ps->cs = 256; goto _test_eof; 
	_test_eof257:  ps->cs = 257; goto _test_eof; 
	_test_eof258:  ps->cs = 258; goto _test_eof; 
	_test_eof259:  ps->cs = 259; goto _test_eof; 
	_test_eof260:  ps->cs = 260; goto _test_eof; 
	_test_eof261:  ps->cs = 261; goto _test_eof; 
	_test_eof262:  ps->cs = 262; goto _test_eof; 
	_test_eof263:  ps->cs = 263; goto _test_eof; 
	_test_eof264:  ps->cs = 264; goto _test_eof; 
	_test_eof265:  ps->cs = 265; goto _test_eof; 
	_test_eof266:  ps->cs = 266; goto _test_eof; 
	_test_eof267:  ps->cs = 267; goto _test_eof; 
	_test_eof268:  ps->cs = 268; goto _test_eof; 
	_test_eof269:  ps->cs = 269; goto _test_eof; 
	_test_eof270:  ps->cs = 270; goto _test_eof; 
	_test_eof271:  ps->cs = 271; goto _test_eof; 
	_test_eof272:  ps->cs = 272; goto _test_eof; 
	_test_eof273:  ps->cs = 273; goto _test_eof; 
	_test_eof274:  ps->cs = 274; goto _test_eof; 
	_test_eof275:  ps->cs = 275; goto _test_eof; 
	_test_eof276:  ps->cs = 276; goto _test_eof; 
	_test_eof277:  ps->cs = 277; goto _test_eof; 
	_test_eof278:  ps->cs = 278; goto _test_eof; 
	_test_eof279:  ps->cs = 279; goto _test_eof; 
	_test_eof280:  ps->cs = 280; goto _test_eof; 
	_test_eof281:  ps->cs = 281; goto _test_eof; 
	_test_eof282:  ps->cs = 282; goto _test_eof; 
	_test_eof283:  ps->cs = 283; goto _test_eof; 
	_test_eof284:  ps->cs = 284; goto _test_eof; 
	_test_eof285:  ps->cs = 285; goto _test_eof; 
	_test_eof286:  ps->cs = 286; goto _test_eof; 
	_test_eof287:  ps->cs = 287; goto _test_eof; 
	_test_eof288:  ps->cs = 288; goto _test_eof; 
	_test_eof289:  ps->cs = 289; goto _test_eof; 
	_test_eof290:  ps->cs = 290; goto _test_eof; 
	_test_eof291:  ps->cs = 291; goto _test_eof; 
	_test_eof292:  ps->cs = 292; goto _test_eof; 
	_test_eof293:  ps->cs = 293; goto _test_eof; 
	_test_eof294:  ps->cs = 294; goto _test_eof; 
	_test_eof295:  ps->cs = 295; goto _test_eof; 
	_test_eof296:  ps->cs = 296; goto _test_eof; 
	_test_eof297:  ps->cs = 297; goto _test_eof; 
	_test_eof298:  ps->cs = 298; goto _test_eof; 
	_test_eof299:  ps->cs = 299; goto _test_eof; 
	_test_eof300:  ps->cs = 300; goto _test_eof; 
	_test_eof301:  ps->cs = 301; goto _test_eof; 
	_test_eof302:  ps->cs = 302; goto _test_eof; 
	_test_eof303:  ps->cs = 303; goto _test_eof; 
	_test_eof304:  ps->cs = 304; goto _test_eof; 
	_test_eof305:  ps->cs = 305; goto _test_eof; 
	_test_eof306:  ps->cs = 306; goto _test_eof; 
	_test_eof307:  ps->cs = 307; goto _test_eof; 
	_test_eof308:  ps->cs = 308; goto _test_eof; 
	_test_eof309:  ps->cs = 309; goto _test_eof; 
	_test_eof310:  ps->cs = 310; goto _test_eof; 
	_test_eof311:  ps->cs = 311; goto _test_eof; 
	_test_eof312:  ps->cs = 312; goto _test_eof; 
	_test_eof313:  ps->cs = 313; goto _test_eof; 
	_test_eof314:  ps->cs = 314; goto _test_eof; 
	_test_eof315:  ps->cs = 315; goto _test_eof; 
	_test_eof316:  ps->cs = 316; goto _test_eof; 
	_test_eof317:  ps->cs = 317; goto _test_eof; 
	_test_eof318:  ps->cs = 318; goto _test_eof; 
	_test_eof319:  ps->cs = 319; goto _test_eof; 
	_test_eof320:  ps->cs = 320; goto _test_eof; 
	_test_eof321:  ps->cs = 321; goto _test_eof; 
	_test_eof322:  ps->cs = 322; goto _test_eof; 
	_test_eof323:  ps->cs = 323; goto _test_eof; 
	_test_eof324:  ps->cs = 324; goto _test_eof; 
	_test_eof325:  ps->cs = 325; goto _test_eof; 
	_test_eof326:  ps->cs = 326; goto _test_eof; 
	_test_eof327:  ps->cs = 327; goto _test_eof; 
	_test_eof328:  ps->cs = 328; goto _test_eof; 
	_test_eof329:  ps->cs = 329; goto _test_eof; 
	_test_eof330:  ps->cs = 330; goto _test_eof; 
	_test_eof331:  ps->cs = 331; goto _test_eof; 
	_test_eof332:  ps->cs = 332; goto _test_eof; 
	_test_eof333:  ps->cs = 333; goto _test_eof; 
	_test_eof334:  ps->cs = 334; goto _test_eof; 
	_test_eof335:  ps->cs = 335; goto _test_eof; 
	_test_eof336:  ps->cs = 336; goto _test_eof; 
	_test_eof337:  ps->cs = 337; goto _test_eof; 
	_test_eof338:  ps->cs = 338; goto _test_eof; 
	_test_eof339:  ps->cs = 339; goto _test_eof; 
	_test_eof340:  ps->cs = 340; goto _test_eof; 
	_test_eof341:  ps->cs = 341; goto _test_eof; 
	_test_eof342:  ps->cs = 342; goto _test_eof; 
	_test_eof343:  ps->cs = 343; goto _test_eof; 
	_test_eof344:  ps->cs = 344; goto _test_eof; 
	_test_eof345:  ps->cs = 345; goto _test_eof; 
	_test_eof346:  ps->cs = 346; goto _test_eof; 
	_test_eof347:  ps->cs = 347; goto _test_eof; 
	_test_eof348:  ps->cs = 348; goto _test_eof; 
	_test_eof349:  ps->cs = 349; goto _test_eof; 
	_test_eof350:  ps->cs = 350; goto _test_eof; 
	_test_eof351:  ps->cs = 351; goto _test_eof; 
	_test_eof352:  ps->cs = 352; goto _test_eof; 
	_test_eof353:  ps->cs = 353; goto _test_eof; 
	_test_eof354:  ps->cs = 354; goto _test_eof; 
	_test_eof355:  ps->cs = 355; goto _test_eof; 
	_test_eof356:  ps->cs = 356; goto _test_eof; 
	_test_eof357:  ps->cs = 357; goto _test_eof; 
	_test_eof358:  ps->cs = 358; goto _test_eof; 
	_test_eof359:  ps->cs = 359; goto _test_eof; 
	_test_eof360:  ps->cs = 360; goto _test_eof; 
	_test_eof361:  ps->cs = 361; goto _test_eof; 
	_test_eof362:  ps->cs = 362; goto _test_eof; 
	_test_eof363:  ps->cs = 363; goto _test_eof; 
	_test_eof364:  ps->cs = 364; goto _test_eof; 
	_test_eof365:  ps->cs = 365; goto _test_eof; 
	_test_eof366:  ps->cs = 366; goto _test_eof; 
	_test_eof367:  ps->cs = 367; goto _test_eof; 
	_test_eof368:  ps->cs = 368; goto _test_eof; 
	_test_eof369:  ps->cs = 369; goto _test_eof; 
	_test_eof694:  ps->cs = 694; goto _test_eof; 
	_test_eof370:  ps->cs = 370; goto _test_eof; 
	_test_eof371:  ps->cs = 371; goto _test_eof; 
	_test_eof372:  ps->cs = 372; goto _test_eof; 
	_test_eof373:  ps->cs = 373; goto _test_eof; 
	_test_eof374:  ps->cs = 374; goto _test_eof; 
	_test_eof375:  ps->cs = 375; goto _test_eof; 
	_test_eof376:  ps->cs = 376; goto _test_eof; 
	_test_eof377:  ps->cs = 377; goto _test_eof; 
	_test_eof378:  ps->cs = 378; goto _test_eof; 
	_test_eof379:  ps->cs = 379; goto _test_eof; 
	_test_eof380:  ps->cs = 380; goto _test_eof; 
	_test_eof381:  ps->cs = 381; goto _test_eof; 
	_test_eof382:  ps->cs = 382; goto _test_eof; 
	_test_eof383:  ps->cs = 383; goto _test_eof; 
	_test_eof384:  ps->cs = 384; goto _test_eof; 
	_test_eof385:  ps->cs = 385; goto _test_eof; 
	_test_eof386:  ps->cs = 386; goto _test_eof; 
	_test_eof387:  ps->cs = 387; goto _test_eof; 
	_test_eof388:  ps->cs = 388; goto _test_eof; 
	_test_eof389:  ps->cs = 389; goto _test_eof; 
	_test_eof390:  ps->cs = 390; goto _test_eof; 
	_test_eof391:  ps->cs = 391; goto _test_eof; 
	_test_eof392:  ps->cs = 392; goto _test_eof; 
	_test_eof393:  ps->cs = 393; goto _test_eof; 
	_test_eof394:  ps->cs = 394; goto _test_eof; 
	_test_eof395:  ps->cs = 395; goto _test_eof; 
	_test_eof396:  ps->cs = 396; goto _test_eof; 
	_test_eof397:  ps->cs = 397; goto _test_eof; 
	_test_eof398:  ps->cs = 398; goto _test_eof; 
	_test_eof399:  ps->cs = 399; goto _test_eof; 
	_test_eof400:  ps->cs = 400; goto _test_eof; 
	_test_eof401:  ps->cs = 401; goto _test_eof; 
	_test_eof402:  ps->cs = 402; goto _test_eof; 
	_test_eof403:  ps->cs = 403; goto _test_eof; 
	_test_eof404:  ps->cs = 404; goto _test_eof; 
	_test_eof405:  ps->cs = 405; goto _test_eof; 
	_test_eof406:  ps->cs = 406; goto _test_eof; 
	_test_eof407:  ps->cs = 407; goto _test_eof; 
	_test_eof408:  ps->cs = 408; goto _test_eof; 
	_test_eof409:  ps->cs = 409; goto _test_eof; 
	_test_eof410:  ps->cs = 410; goto _test_eof; 
	_test_eof411:  ps->cs = 411; goto _test_eof; 
	_test_eof412:  ps->cs = 412; goto _test_eof; 
	_test_eof413:  ps->cs = 413; goto _test_eof; 
	_test_eof414:  ps->cs = 414; goto _test_eof; 
	_test_eof415:  ps->cs = 415; goto _test_eof; 
	_test_eof416:  ps->cs = 416; goto _test_eof; 
	_test_eof417:  ps->cs = 417; goto _test_eof; 
	_test_eof418:  ps->cs = 418; goto _test_eof; 
	_test_eof419:  ps->cs = 419; goto _test_eof; 
	_test_eof420:  ps->cs = 420; goto _test_eof; 
	_test_eof421:  ps->cs = 421; goto _test_eof; 
	_test_eof422:  ps->cs = 422; goto _test_eof; 
	_test_eof423:  ps->cs = 423; goto _test_eof; 
	_test_eof424:  ps->cs = 424; goto _test_eof; 
	_test_eof425:  ps->cs = 425; goto _test_eof; 
	_test_eof426:  ps->cs = 426; goto _test_eof; 
	_test_eof427:  ps->cs = 427; goto _test_eof; 
	_test_eof428:  ps->cs = 428; goto _test_eof; 
	_test_eof429:  ps->cs = 429; goto _test_eof; 
	_test_eof430:  ps->cs = 430; goto _test_eof; 
	_test_eof431:  ps->cs = 431; goto _test_eof; 
	_test_eof432:  ps->cs = 432; goto _test_eof; 
	_test_eof433:  ps->cs = 433; goto _test_eof; 
	_test_eof434:  ps->cs = 434; goto _test_eof; 
	_test_eof435:  ps->cs = 435; goto _test_eof; 
	_test_eof436:  ps->cs = 436; goto _test_eof; 
	_test_eof437:  ps->cs = 437; goto _test_eof; 
	_test_eof438:  ps->cs = 438; goto _test_eof; 
	_test_eof439:  ps->cs = 439; goto _test_eof; 
	_test_eof440:  ps->cs = 440; goto _test_eof; 
	_test_eof441:  ps->cs = 441; goto _test_eof; 
	_test_eof442:  ps->cs = 442; goto _test_eof; 
	_test_eof443:  ps->cs = 443; goto _test_eof; 
	_test_eof444:  ps->cs = 444; goto _test_eof; 
	_test_eof445:  ps->cs = 445; goto _test_eof; 
	_test_eof446:  ps->cs = 446; goto _test_eof; 
	_test_eof447:  ps->cs = 447; goto _test_eof; 
	_test_eof448:  ps->cs = 448; goto _test_eof; 
	_test_eof449:  ps->cs = 449; goto _test_eof; 
	_test_eof450:  ps->cs = 450; goto _test_eof; 
	_test_eof451:  ps->cs = 451; goto _test_eof; 
	_test_eof452:  ps->cs = 452; goto _test_eof; 
	_test_eof695:  ps->cs = 695; goto _test_eof; 
	_test_eof453:  ps->cs = 453; goto _test_eof; 
	_test_eof454:  ps->cs = 454; goto _test_eof; 
	_test_eof455:  ps->cs = 455; goto _test_eof; 
	_test_eof456:  ps->cs = 456; goto _test_eof; 
	_test_eof457:  ps->cs = 457; goto _test_eof; 
	_test_eof458:  ps->cs = 458; goto _test_eof; 
	_test_eof459:  ps->cs = 459; goto _test_eof; 
	_test_eof696:  ps->cs = 696; goto _test_eof; 
	_test_eof460:  ps->cs = 460; goto _test_eof; 
	_test_eof461:  ps->cs = 461; goto _test_eof; 
	_test_eof462:  ps->cs = 462; goto _test_eof; 
	_test_eof463:  ps->cs = 463; goto _test_eof; 
	_test_eof464:  ps->cs = 464; goto _test_eof; 
	_test_eof465:  ps->cs = 465; goto _test_eof; 
	_test_eof466:  ps->cs = 466; goto _test_eof; 
	_test_eof467:  ps->cs = 467; goto _test_eof; 
	_test_eof468:  ps->cs = 468; goto _test_eof; 
	_test_eof469:  ps->cs = 469; goto _test_eof; 
	_test_eof470:  ps->cs = 470; goto _test_eof; 
	_test_eof471:  ps->cs = 471; goto _test_eof; 
	_test_eof472:  ps->cs = 472; goto _test_eof; 
	_test_eof697:  ps->cs = 697; goto _test_eof; 
	_test_eof473:  ps->cs = 473; goto _test_eof; 
	_test_eof474:  ps->cs = 474; goto _test_eof; 
	_test_eof475:  ps->cs = 475; goto _test_eof; 
	_test_eof476:  ps->cs = 476; goto _test_eof; 
	_test_eof477:  ps->cs = 477; goto _test_eof; 
	_test_eof478:  ps->cs = 478; goto _test_eof; 
	_test_eof479:  ps->cs = 479; goto _test_eof; 
	_test_eof698:  ps->cs = 698; goto _test_eof; 
	_test_eof480:  ps->cs = 480; goto _test_eof; 
	_test_eof481:  ps->cs = 481; goto _test_eof; 
	_test_eof482:  ps->cs = 482; goto _test_eof; 
	_test_eof483:  ps->cs = 483; goto _test_eof; 
	_test_eof484:  ps->cs = 484; goto _test_eof; 
	_test_eof485:  ps->cs = 485; goto _test_eof; 
	_test_eof486:  ps->cs = 486; goto _test_eof; 
	_test_eof699:  ps->cs = 699; goto _test_eof; 
	_test_eof487:  ps->cs = 487; goto _test_eof; 
	_test_eof488:  ps->cs = 488; goto _test_eof; 
	_test_eof489:  ps->cs = 489; goto _test_eof; 
	_test_eof490:  ps->cs = 490; goto _test_eof; 
	_test_eof491:  ps->cs = 491; goto _test_eof; 
	_test_eof492:  ps->cs = 492; goto _test_eof; 
	_test_eof493:  ps->cs = 493; goto _test_eof; 
	_test_eof700:  ps->cs = 700; goto _test_eof; 
	_test_eof494:  ps->cs = 494; goto _test_eof; 
	_test_eof495:  ps->cs = 495; goto _test_eof; 
	_test_eof496:  ps->cs = 496; goto _test_eof; 
	_test_eof497:  ps->cs = 497; goto _test_eof; 
	_test_eof498:  ps->cs = 498; goto _test_eof; 
	_test_eof499:  ps->cs = 499; goto _test_eof; 
	_test_eof500:  ps->cs = 500; goto _test_eof; 
	_test_eof501:  ps->cs = 501; goto _test_eof; 
	_test_eof502:  ps->cs = 502; goto _test_eof; 
	_test_eof503:  ps->cs = 503; goto _test_eof; 
	_test_eof504:  ps->cs = 504; goto _test_eof; 
	_test_eof505:  ps->cs = 505; goto _test_eof; 
	_test_eof506:  ps->cs = 506; goto _test_eof; 
	_test_eof507:  ps->cs = 507; goto _test_eof; 
	_test_eof508:  ps->cs = 508; goto _test_eof; 
	_test_eof509:  ps->cs = 509; goto _test_eof; 
	_test_eof510:  ps->cs = 510; goto _test_eof; 
	_test_eof511:  ps->cs = 511; goto _test_eof; 
	_test_eof512:  ps->cs = 512; goto _test_eof; 
	_test_eof513:  ps->cs = 513; goto _test_eof; 
	_test_eof514:  ps->cs = 514; goto _test_eof; 
	_test_eof515:  ps->cs = 515; goto _test_eof; 
	_test_eof516:  ps->cs = 516; goto _test_eof; 
	_test_eof517:  ps->cs = 517; goto _test_eof; 
	_test_eof518:  ps->cs = 518; goto _test_eof; 
	_test_eof519:  ps->cs = 519; goto _test_eof; 
	_test_eof520:  ps->cs = 520; goto _test_eof; 
	_test_eof521:  ps->cs = 521; goto _test_eof; 
	_test_eof522:  ps->cs = 522; goto _test_eof; 
	_test_eof523:  ps->cs = 523; goto _test_eof; 
	_test_eof701:  ps->cs = 701; goto _test_eof; 
	_test_eof524:  ps->cs = 524; goto _test_eof; 
	_test_eof525:  ps->cs = 525; goto _test_eof; 
	_test_eof526:  ps->cs = 526; goto _test_eof; 
	_test_eof527:  ps->cs = 527; goto _test_eof; 
	_test_eof528:  ps->cs = 528; goto _test_eof; 
	_test_eof529:  ps->cs = 529; goto _test_eof; 
	_test_eof530:  ps->cs = 530; goto _test_eof; 
	_test_eof531:  ps->cs = 531; goto _test_eof; 
	_test_eof532:  ps->cs = 532; goto _test_eof; 
	_test_eof533:  ps->cs = 533; goto _test_eof; 
	_test_eof534:  ps->cs = 534; goto _test_eof; 
	_test_eof535:  ps->cs = 535; goto _test_eof; 
	_test_eof536:  ps->cs = 536; goto _test_eof; 
	_test_eof537:  ps->cs = 537; goto _test_eof; 
	_test_eof538:  ps->cs = 538; goto _test_eof; 
	_test_eof539:  ps->cs = 539; goto _test_eof; 
	_test_eof540:  ps->cs = 540; goto _test_eof; 
	_test_eof541:  ps->cs = 541; goto _test_eof; 
	_test_eof542:  ps->cs = 542; goto _test_eof; 
	_test_eof543:  ps->cs = 543; goto _test_eof; 
	_test_eof702:  ps->cs = 702; goto _test_eof; 
	_test_eof544:  ps->cs = 544; goto _test_eof; 
	_test_eof545:  ps->cs = 545; goto _test_eof; 
	_test_eof546:  ps->cs = 546; goto _test_eof; 
	_test_eof547:  ps->cs = 547; goto _test_eof; 
	_test_eof548:  ps->cs = 548; goto _test_eof; 
	_test_eof549:  ps->cs = 549; goto _test_eof; 
	_test_eof550:  ps->cs = 550; goto _test_eof; 
	_test_eof551:  ps->cs = 551; goto _test_eof; 
	_test_eof552:  ps->cs = 552; goto _test_eof; 
	_test_eof553:  ps->cs = 553; goto _test_eof; 
	_test_eof554:  ps->cs = 554; goto _test_eof; 
	_test_eof555:  ps->cs = 555; goto _test_eof; 
	_test_eof703:  ps->cs = 703; goto _test_eof; 
	_test_eof556:  ps->cs = 556; goto _test_eof; 
	_test_eof557:  ps->cs = 557; goto _test_eof; 
	_test_eof558:  ps->cs = 558; goto _test_eof; 
	_test_eof704:  ps->cs = 704; goto _test_eof; 
	_test_eof559:  ps->cs = 559; goto _test_eof; 
	_test_eof560:  ps->cs = 560; goto _test_eof; 
	_test_eof561:  ps->cs = 561; goto _test_eof; 
	_test_eof705:  ps->cs = 705; goto _test_eof; 
	_test_eof562:  ps->cs = 562; goto _test_eof; 
	_test_eof563:  ps->cs = 563; goto _test_eof; 
	_test_eof564:  ps->cs = 564; goto _test_eof; 
	_test_eof706:  ps->cs = 706; goto _test_eof; 
	_test_eof565:  ps->cs = 565; goto _test_eof; 
	_test_eof566:  ps->cs = 566; goto _test_eof; 
	_test_eof567:  ps->cs = 567; goto _test_eof; 
	_test_eof568:  ps->cs = 568; goto _test_eof; 
	_test_eof569:  ps->cs = 569; goto _test_eof; 
	_test_eof570:  ps->cs = 570; goto _test_eof; 
	_test_eof571:  ps->cs = 571; goto _test_eof; 
	_test_eof572:  ps->cs = 572; goto _test_eof; 
	_test_eof573:  ps->cs = 573; goto _test_eof; 
	_test_eof574:  ps->cs = 574; goto _test_eof; 
	_test_eof575:  ps->cs = 575; goto _test_eof; 
	_test_eof576:  ps->cs = 576; goto _test_eof; 
	_test_eof577:  ps->cs = 577; goto _test_eof; 
	_test_eof578:  ps->cs = 578; goto _test_eof; 
	_test_eof579:  ps->cs = 579; goto _test_eof; 
	_test_eof580:  ps->cs = 580; goto _test_eof; 
	_test_eof581:  ps->cs = 581; goto _test_eof; 
	_test_eof582:  ps->cs = 582; goto _test_eof; 
	_test_eof583:  ps->cs = 583; goto _test_eof; 
	_test_eof584:  ps->cs = 584; goto _test_eof; 
	_test_eof585:  ps->cs = 585; goto _test_eof; 
	_test_eof586:  ps->cs = 586; goto _test_eof; 
	_test_eof587:  ps->cs = 587; goto _test_eof; 
	_test_eof588:  ps->cs = 588; goto _test_eof; 
	_test_eof589:  ps->cs = 589; goto _test_eof; 
	_test_eof590:  ps->cs = 590; goto _test_eof; 
	_test_eof591:  ps->cs = 591; goto _test_eof; 
	_test_eof592:  ps->cs = 592; goto _test_eof; 
	_test_eof593:  ps->cs = 593; goto _test_eof; 
	_test_eof594:  ps->cs = 594; goto _test_eof; 
	_test_eof595:  ps->cs = 595; goto _test_eof; 
	_test_eof596:  ps->cs = 596; goto _test_eof; 
	_test_eof597:  ps->cs = 597; goto _test_eof; 
	_test_eof598:  ps->cs = 598; goto _test_eof; 
	_test_eof599:  ps->cs = 599; goto _test_eof; 
	_test_eof600:  ps->cs = 600; goto _test_eof; 
	_test_eof601:  ps->cs = 601; goto _test_eof; 
	_test_eof602:  ps->cs = 602; goto _test_eof; 
	_test_eof603:  ps->cs = 603; goto _test_eof; 
	_test_eof604:  ps->cs = 604; goto _test_eof; 
	_test_eof605:  ps->cs = 605; goto _test_eof; 
	_test_eof606:  ps->cs = 606; goto _test_eof; 
	_test_eof607:  ps->cs = 607; goto _test_eof; 
	_test_eof608:  ps->cs = 608; goto _test_eof; 
	_test_eof609:  ps->cs = 609; goto _test_eof; 
	_test_eof610:  ps->cs = 610; goto _test_eof; 
	_test_eof611:  ps->cs = 611; goto _test_eof; 
	_test_eof612:  ps->cs = 612; goto _test_eof; 
	_test_eof613:  ps->cs = 613; goto _test_eof; 
	_test_eof614:  ps->cs = 614; goto _test_eof; 
	_test_eof615:  ps->cs = 615; goto _test_eof; 
	_test_eof616:  ps->cs = 616; goto _test_eof; 
	_test_eof617:  ps->cs = 617; goto _test_eof; 
	_test_eof618:  ps->cs = 618; goto _test_eof; 
	_test_eof619:  ps->cs = 619; goto _test_eof; 
	_test_eof620:  ps->cs = 620; goto _test_eof; 
	_test_eof621:  ps->cs = 621; goto _test_eof; 
	_test_eof622:  ps->cs = 622; goto _test_eof; 
	_test_eof623:  ps->cs = 623; goto _test_eof; 
	_test_eof624:  ps->cs = 624; goto _test_eof; 
	_test_eof625:  ps->cs = 625; goto _test_eof; 
	_test_eof626:  ps->cs = 626; goto _test_eof; 
	_test_eof707:  ps->cs = 707; goto _test_eof; 
	_test_eof627:  ps->cs = 627; goto _test_eof; 
	_test_eof628:  ps->cs = 628; goto _test_eof; 
	_test_eof629:  ps->cs = 629; goto _test_eof; 
	_test_eof630:  ps->cs = 630; goto _test_eof; 
	_test_eof631:  ps->cs = 631; goto _test_eof; 
	_test_eof632:  ps->cs = 632; goto _test_eof; 
	_test_eof633:  ps->cs = 633; goto _test_eof; 
	_test_eof634:  ps->cs = 634; goto _test_eof; 
	_test_eof635:  ps->cs = 635; goto _test_eof; 
	_test_eof636:  ps->cs = 636; goto _test_eof; 
	_test_eof637:  ps->cs = 637; goto _test_eof; 
	_test_eof638:  ps->cs = 638; goto _test_eof; 
	_test_eof639:  ps->cs = 639; goto _test_eof; 
	_test_eof640:  ps->cs = 640; goto _test_eof; 
	_test_eof641:  ps->cs = 641; goto _test_eof; 
	_test_eof642:  ps->cs = 642; goto _test_eof; 
	_test_eof708:  ps->cs = 708; goto _test_eof; 
	_test_eof643:  ps->cs = 643; goto _test_eof; 
	_test_eof709:  ps->cs = 709; goto _test_eof; 
	_test_eof644:  ps->cs = 644; goto _test_eof; 
	_test_eof645:  ps->cs = 645; goto _test_eof; 
	_test_eof646:  ps->cs = 646; goto _test_eof; 
	_test_eof647:  ps->cs = 647; goto _test_eof; 
	_test_eof648:  ps->cs = 648; goto _test_eof; 
	_test_eof649:  ps->cs = 649; goto _test_eof; 
	_test_eof710:  ps->cs = 710; goto _test_eof; 
	_test_eof650:  ps->cs = 650; goto _test_eof; 
	_test_eof651:  ps->cs = 651; goto _test_eof; 
	_test_eof652:  ps->cs = 652; goto _test_eof; 
	_test_eof653:  ps->cs = 653; goto _test_eof; 
	_test_eof654:  ps->cs = 654; goto _test_eof; 
	_test_eof655:  ps->cs = 655; goto _test_eof; 
	_test_eof711:  ps->cs = 711; goto _test_eof; 
	_test_eof656:  ps->cs = 656; goto _test_eof; 
	_test_eof657:  ps->cs = 657; goto _test_eof; 
	_test_eof658:  ps->cs = 658; goto _test_eof; 
	_test_eof659:  ps->cs = 659; goto _test_eof; 
	_test_eof712:  ps->cs = 712; goto _test_eof; 
	_test_eof660:  ps->cs = 660; goto _test_eof; 
	_test_eof661:  ps->cs = 661; goto _test_eof; 
	_test_eof662:  ps->cs = 662; goto _test_eof; 
	_test_eof663:  ps->cs = 663; goto _test_eof; 
	_test_eof664:  ps->cs = 664; goto _test_eof; 
	_test_eof665:  ps->cs = 665; goto _test_eof; 
	_test_eof666:  ps->cs = 666; goto _test_eof; 
	_test_eof667:  ps->cs = 667; goto _test_eof; 
	_test_eof668:  ps->cs = 668; goto _test_eof; 
	_test_eof669:  ps->cs = 669; goto _test_eof; 
	_test_eof670:  ps->cs = 670; goto _test_eof; 
	_test_eof671:  ps->cs = 671; goto _test_eof; 
	_test_eof672:  ps->cs = 672; goto _test_eof; 
	_test_eof713:  ps->cs = 713; goto _test_eof; 
	_test_eof673:  ps->cs = 673; goto _test_eof; 
	_test_eof674:  ps->cs = 674; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 328 "server.rl"
      ps->p = p;
    }
    if (ps->done && ps->err == IK_E_OK) break;
    if (fell_back) {
      /* the generic grammar failed as well: the typed error stands (and
       * the message is no generic one, so no text fallback applies), unless
       * the arena ran out, which is what the caller must hear */
      if (ps->err == IK_E_NO_MEMORY) break;
      ps->msg->flags = saved.flags;
      ps->err = saved.err;
      ps->err_off = saved.err_off;
      ps->expected = saved.expected;
      break;
    }
    if (text_only || ps->strict) break;
    if (ps->err == IK_E_OK && ps->cs != ik_server_error) break; /* incomplete */
    if (recover_item(ps)) continue;
    if (generic_fallback(ps, &saved)) {
      fell_back = 1;
      continue;
    }
    break;
  }
  if (ps->done && ps->err == IK_E_OK && ps->msg->kind == IK_MSG_CONTINUATION) {
    /* continue-req = "+" SP (resp-text / base64): flag text that is base64 */
    ik_node *t = ps->msg->args;
    if (t && !t->next && t->kind == IK_N_TEXT && ik_r_is_base64(ps->base + t->span.off, t->span.len))
      t->flags |= IK_NF_BASE64;
  }
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
