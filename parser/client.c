
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
#include "cmd_build.h"

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
static const int ik_client_first_final = 1107;
static const int ik_client_error = 0;

static const int ik_client_en_g_list = 5;
static const int ik_client_en_g_bracket = 17;
static const int ik_client_en_code_generic = 29;
static const int ik_client_en_cmd_login = 32;
static const int ik_client_en_cmd_authenticate = 55;
static const int ik_client_en_cmd_mailbox = 67;
static const int ik_client_en_cmd_select = 80;
static const int ik_client_en_cmd_create = 150;
static const int ik_client_en_cmd_rename = 182;
static const int ik_client_en_cmd_status = 214;
static const int ik_client_en_cmd_list = 233;
static const int ik_client_en_cmd_lsub = 366;
static const int ik_client_en_cmd_append = 389;
static const int ik_client_en_cmd_copy = 505;
static const int ik_client_en_cmd_seqset = 526;
static const int ik_client_en_fetch_att_m = 537;
static const int ik_client_en_cmd_fetch = 733;
static const int ik_client_en_cmd_store = 783;
static const int ik_client_en_search_key = 890;
static const int ik_client_en_sk_list = 907;
static const int ik_client_en_sk_astring = 911;
static const int ik_client_en_sk_atom = 922;
static const int ik_client_en_sk_date = 925;
static const int ik_client_en_sk_number = 983;
static const int ik_client_en_sk_nznumber = 986;
static const int ik_client_en_sk_seqset = 989;
static const int ik_client_en_sk_header = 998;
static const int ik_client_en_sk_modseq = 1019;
static const int ik_client_en_sk_not = 1038;
static const int ik_client_en_sk_or = 1041;
static const int ik_client_en_sk_return = 1046;
static const int ik_client_en_cmd_search = 1083;
static const int ik_client_en_generic_args = 1088;
static const int ik_client_en_no_args = 1101;
static const int ik_client_en_uid_cmd = 1104;
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
  /* command-any, command-nonauth, command-select without arguments */
  case IK_KW_CAPABILITY: case IK_KW_LOGOUT: case IK_KW_NOOP: case IK_KW_STARTTLS:
  case IK_KW_CHECK: case IK_KW_CLOSE: case IK_KW_EXPUNGE: case IK_KW_UNSELECT:
  case IK_KW_IDLE:
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
    ps->ctx = "SP mailbox";
    return ik_client_en_cmd_mailbox;
  case IK_KW_RENAME:
    ps->ctx = "RENAME SP mailbox SP mailbox";
    return ik_client_en_cmd_rename;
  case IK_KW_LIST:
    ps->ctx = "LIST [SP select-opts] SP mailbox SP list-mailbox [SP RETURN (...)]";
    return ik_client_en_cmd_list;
  case IK_KW_LSUB:
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
    
#line 172 "client.c"
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
		case 1107: goto st1107;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 1108: goto st1108;
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
		case 1109: goto st1109;
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
		case 1110: goto st1110;
		case 32: goto st32;
		case 33: goto st33;
		case 34: goto st34;
		case 35: goto st35;
		case 36: goto st36;
		case 1111: goto st1111;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
		case 42: goto st42;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 46: goto st46;
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
		case 1112: goto st1112;
		case 58: goto st58;
		case 59: goto st59;
		case 60: goto st60;
		case 61: goto st61;
		case 62: goto st62;
		case 63: goto st63;
		case 64: goto st64;
		case 65: goto st65;
		case 66: goto st66;
		case 67: goto st67;
		case 68: goto st68;
		case 69: goto st69;
		case 1113: goto st1113;
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
		case 1114: goto st1114;
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
		case 127: goto st127;
		case 128: goto st128;
		case 129: goto st129;
		case 130: goto st130;
		case 131: goto st131;
		case 132: goto st132;
		case 133: goto st133;
		case 134: goto st134;
		case 135: goto st135;
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
		case 146: goto st146;
		case 147: goto st147;
		case 148: goto st148;
		case 149: goto st149;
		case 150: goto st150;
		case 151: goto st151;
		case 152: goto st152;
		case 1115: goto st1115;
		case 153: goto st153;
		case 154: goto st154;
		case 155: goto st155;
		case 156: goto st156;
		case 157: goto st157;
		case 158: goto st158;
		case 159: goto st159;
		case 160: goto st160;
		case 161: goto st161;
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
		case 1116: goto st1116;
		case 187: goto st187;
		case 188: goto st188;
		case 189: goto st189;
		case 190: goto st190;
		case 191: goto st191;
		case 192: goto st192;
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
		case 220: goto st220;
		case 221: goto st221;
		case 222: goto st222;
		case 1117: goto st1117;
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
		case 1118: goto st1118;
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
		case 370: goto st370;
		case 1119: goto st1119;
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
		case 1120: goto st1120;
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
		case 453: goto st453;
		case 454: goto st454;
		case 455: goto st455;
		case 456: goto st456;
		case 457: goto st457;
		case 458: goto st458;
		case 459: goto st459;
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
		case 473: goto st473;
		case 474: goto st474;
		case 475: goto st475;
		case 476: goto st476;
		case 477: goto st477;
		case 478: goto st478;
		case 479: goto st479;
		case 480: goto st480;
		case 481: goto st481;
		case 482: goto st482;
		case 483: goto st483;
		case 484: goto st484;
		case 485: goto st485;
		case 486: goto st486;
		case 487: goto st487;
		case 488: goto st488;
		case 489: goto st489;
		case 490: goto st490;
		case 491: goto st491;
		case 492: goto st492;
		case 493: goto st493;
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
		case 1121: goto st1121;
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
		case 524: goto st524;
		case 525: goto st525;
		case 526: goto st526;
		case 527: goto st527;
		case 528: goto st528;
		case 1122: goto st1122;
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
		case 1123: goto st1123;
		case 539: goto st539;
		case 540: goto st540;
		case 541: goto st541;
		case 542: goto st542;
		case 543: goto st543;
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
		case 556: goto st556;
		case 557: goto st557;
		case 558: goto st558;
		case 559: goto st559;
		case 560: goto st560;
		case 561: goto st561;
		case 562: goto st562;
		case 563: goto st563;
		case 564: goto st564;
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
		case 643: goto st643;
		case 644: goto st644;
		case 645: goto st645;
		case 646: goto st646;
		case 647: goto st647;
		case 648: goto st648;
		case 649: goto st649;
		case 650: goto st650;
		case 651: goto st651;
		case 652: goto st652;
		case 653: goto st653;
		case 654: goto st654;
		case 655: goto st655;
		case 656: goto st656;
		case 657: goto st657;
		case 658: goto st658;
		case 659: goto st659;
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
		case 673: goto st673;
		case 674: goto st674;
		case 675: goto st675;
		case 676: goto st676;
		case 677: goto st677;
		case 678: goto st678;
		case 679: goto st679;
		case 680: goto st680;
		case 681: goto st681;
		case 682: goto st682;
		case 683: goto st683;
		case 684: goto st684;
		case 685: goto st685;
		case 686: goto st686;
		case 687: goto st687;
		case 688: goto st688;
		case 689: goto st689;
		case 690: goto st690;
		case 691: goto st691;
		case 692: goto st692;
		case 693: goto st693;
		case 694: goto st694;
		case 695: goto st695;
		case 696: goto st696;
		case 697: goto st697;
		case 698: goto st698;
		case 699: goto st699;
		case 700: goto st700;
		case 701: goto st701;
		case 702: goto st702;
		case 703: goto st703;
		case 704: goto st704;
		case 705: goto st705;
		case 706: goto st706;
		case 707: goto st707;
		case 708: goto st708;
		case 709: goto st709;
		case 710: goto st710;
		case 711: goto st711;
		case 712: goto st712;
		case 713: goto st713;
		case 714: goto st714;
		case 715: goto st715;
		case 716: goto st716;
		case 717: goto st717;
		case 718: goto st718;
		case 719: goto st719;
		case 720: goto st720;
		case 721: goto st721;
		case 722: goto st722;
		case 723: goto st723;
		case 724: goto st724;
		case 725: goto st725;
		case 726: goto st726;
		case 727: goto st727;
		case 728: goto st728;
		case 729: goto st729;
		case 730: goto st730;
		case 731: goto st731;
		case 732: goto st732;
		case 733: goto st733;
		case 734: goto st734;
		case 735: goto st735;
		case 736: goto st736;
		case 737: goto st737;
		case 738: goto st738;
		case 739: goto st739;
		case 740: goto st740;
		case 741: goto st741;
		case 1124: goto st1124;
		case 742: goto st742;
		case 743: goto st743;
		case 744: goto st744;
		case 745: goto st745;
		case 746: goto st746;
		case 747: goto st747;
		case 748: goto st748;
		case 749: goto st749;
		case 750: goto st750;
		case 751: goto st751;
		case 752: goto st752;
		case 753: goto st753;
		case 754: goto st754;
		case 755: goto st755;
		case 756: goto st756;
		case 757: goto st757;
		case 758: goto st758;
		case 759: goto st759;
		case 760: goto st760;
		case 761: goto st761;
		case 762: goto st762;
		case 763: goto st763;
		case 764: goto st764;
		case 765: goto st765;
		case 766: goto st766;
		case 767: goto st767;
		case 768: goto st768;
		case 769: goto st769;
		case 770: goto st770;
		case 771: goto st771;
		case 772: goto st772;
		case 773: goto st773;
		case 774: goto st774;
		case 775: goto st775;
		case 776: goto st776;
		case 777: goto st777;
		case 778: goto st778;
		case 779: goto st779;
		case 780: goto st780;
		case 781: goto st781;
		case 782: goto st782;
		case 783: goto st783;
		case 784: goto st784;
		case 785: goto st785;
		case 786: goto st786;
		case 787: goto st787;
		case 788: goto st788;
		case 789: goto st789;
		case 790: goto st790;
		case 791: goto st791;
		case 792: goto st792;
		case 793: goto st793;
		case 794: goto st794;
		case 795: goto st795;
		case 796: goto st796;
		case 797: goto st797;
		case 798: goto st798;
		case 799: goto st799;
		case 800: goto st800;
		case 1125: goto st1125;
		case 801: goto st801;
		case 802: goto st802;
		case 803: goto st803;
		case 804: goto st804;
		case 805: goto st805;
		case 806: goto st806;
		case 807: goto st807;
		case 808: goto st808;
		case 809: goto st809;
		case 810: goto st810;
		case 811: goto st811;
		case 812: goto st812;
		case 813: goto st813;
		case 814: goto st814;
		case 815: goto st815;
		case 816: goto st816;
		case 817: goto st817;
		case 818: goto st818;
		case 819: goto st819;
		case 820: goto st820;
		case 821: goto st821;
		case 822: goto st822;
		case 823: goto st823;
		case 824: goto st824;
		case 825: goto st825;
		case 826: goto st826;
		case 827: goto st827;
		case 828: goto st828;
		case 829: goto st829;
		case 830: goto st830;
		case 831: goto st831;
		case 832: goto st832;
		case 833: goto st833;
		case 834: goto st834;
		case 835: goto st835;
		case 836: goto st836;
		case 837: goto st837;
		case 838: goto st838;
		case 839: goto st839;
		case 840: goto st840;
		case 841: goto st841;
		case 842: goto st842;
		case 843: goto st843;
		case 844: goto st844;
		case 845: goto st845;
		case 846: goto st846;
		case 847: goto st847;
		case 848: goto st848;
		case 849: goto st849;
		case 850: goto st850;
		case 851: goto st851;
		case 852: goto st852;
		case 853: goto st853;
		case 854: goto st854;
		case 855: goto st855;
		case 856: goto st856;
		case 857: goto st857;
		case 858: goto st858;
		case 859: goto st859;
		case 860: goto st860;
		case 861: goto st861;
		case 862: goto st862;
		case 863: goto st863;
		case 864: goto st864;
		case 865: goto st865;
		case 866: goto st866;
		case 867: goto st867;
		case 868: goto st868;
		case 869: goto st869;
		case 870: goto st870;
		case 871: goto st871;
		case 872: goto st872;
		case 873: goto st873;
		case 874: goto st874;
		case 875: goto st875;
		case 876: goto st876;
		case 877: goto st877;
		case 878: goto st878;
		case 879: goto st879;
		case 880: goto st880;
		case 881: goto st881;
		case 882: goto st882;
		case 883: goto st883;
		case 884: goto st884;
		case 885: goto st885;
		case 886: goto st886;
		case 887: goto st887;
		case 888: goto st888;
		case 889: goto st889;
		case 890: goto st890;
		case 891: goto st891;
		case 892: goto st892;
		case 1126: goto st1126;
		case 893: goto st893;
		case 894: goto st894;
		case 895: goto st895;
		case 896: goto st896;
		case 897: goto st897;
		case 898: goto st898;
		case 899: goto st899;
		case 900: goto st900;
		case 901: goto st901;
		case 902: goto st902;
		case 903: goto st903;
		case 904: goto st904;
		case 905: goto st905;
		case 906: goto st906;
		case 907: goto st907;
		case 908: goto st908;
		case 909: goto st909;
		case 910: goto st910;
		case 1127: goto st1127;
		case 911: goto st911;
		case 912: goto st912;
		case 913: goto st913;
		case 1128: goto st1128;
		case 914: goto st914;
		case 915: goto st915;
		case 916: goto st916;
		case 917: goto st917;
		case 918: goto st918;
		case 919: goto st919;
		case 920: goto st920;
		case 921: goto st921;
		case 922: goto st922;
		case 923: goto st923;
		case 924: goto st924;
		case 1129: goto st1129;
		case 925: goto st925;
		case 926: goto st926;
		case 927: goto st927;
		case 928: goto st928;
		case 929: goto st929;
		case 930: goto st930;
		case 931: goto st931;
		case 932: goto st932;
		case 933: goto st933;
		case 934: goto st934;
		case 935: goto st935;
		case 936: goto st936;
		case 937: goto st937;
		case 938: goto st938;
		case 1130: goto st1130;
		case 939: goto st939;
		case 940: goto st940;
		case 941: goto st941;
		case 942: goto st942;
		case 943: goto st943;
		case 944: goto st944;
		case 945: goto st945;
		case 946: goto st946;
		case 947: goto st947;
		case 948: goto st948;
		case 949: goto st949;
		case 950: goto st950;
		case 951: goto st951;
		case 952: goto st952;
		case 953: goto st953;
		case 954: goto st954;
		case 955: goto st955;
		case 956: goto st956;
		case 957: goto st957;
		case 958: goto st958;
		case 959: goto st959;
		case 960: goto st960;
		case 961: goto st961;
		case 962: goto st962;
		case 963: goto st963;
		case 964: goto st964;
		case 965: goto st965;
		case 966: goto st966;
		case 967: goto st967;
		case 968: goto st968;
		case 969: goto st969;
		case 970: goto st970;
		case 971: goto st971;
		case 972: goto st972;
		case 973: goto st973;
		case 974: goto st974;
		case 975: goto st975;
		case 976: goto st976;
		case 977: goto st977;
		case 978: goto st978;
		case 979: goto st979;
		case 980: goto st980;
		case 981: goto st981;
		case 982: goto st982;
		case 983: goto st983;
		case 984: goto st984;
		case 985: goto st985;
		case 1131: goto st1131;
		case 986: goto st986;
		case 987: goto st987;
		case 988: goto st988;
		case 1132: goto st1132;
		case 989: goto st989;
		case 990: goto st990;
		case 991: goto st991;
		case 1133: goto st1133;
		case 992: goto st992;
		case 993: goto st993;
		case 994: goto st994;
		case 995: goto st995;
		case 996: goto st996;
		case 997: goto st997;
		case 998: goto st998;
		case 999: goto st999;
		case 1000: goto st1000;
		case 1001: goto st1001;
		case 1002: goto st1002;
		case 1134: goto st1134;
		case 1003: goto st1003;
		case 1004: goto st1004;
		case 1005: goto st1005;
		case 1006: goto st1006;
		case 1007: goto st1007;
		case 1008: goto st1008;
		case 1009: goto st1009;
		case 1010: goto st1010;
		case 1011: goto st1011;
		case 1012: goto st1012;
		case 1013: goto st1013;
		case 1014: goto st1014;
		case 1015: goto st1015;
		case 1016: goto st1016;
		case 1017: goto st1017;
		case 1018: goto st1018;
		case 1019: goto st1019;
		case 1020: goto st1020;
		case 1021: goto st1021;
		case 1022: goto st1022;
		case 1023: goto st1023;
		case 1024: goto st1024;
		case 1025: goto st1025;
		case 1026: goto st1026;
		case 1027: goto st1027;
		case 1028: goto st1028;
		case 1135: goto st1135;
		case 1029: goto st1029;
		case 1030: goto st1030;
		case 1031: goto st1031;
		case 1032: goto st1032;
		case 1033: goto st1033;
		case 1034: goto st1034;
		case 1035: goto st1035;
		case 1036: goto st1036;
		case 1037: goto st1037;
		case 1038: goto st1038;
		case 1039: goto st1039;
		case 1040: goto st1040;
		case 1136: goto st1136;
		case 1041: goto st1041;
		case 1042: goto st1042;
		case 1043: goto st1043;
		case 1044: goto st1044;
		case 1045: goto st1045;
		case 1137: goto st1137;
		case 1046: goto st1046;
		case 1047: goto st1047;
		case 1048: goto st1048;
		case 1049: goto st1049;
		case 1050: goto st1050;
		case 1138: goto st1138;
		case 1051: goto st1051;
		case 1052: goto st1052;
		case 1053: goto st1053;
		case 1054: goto st1054;
		case 1055: goto st1055;
		case 1056: goto st1056;
		case 1057: goto st1057;
		case 1058: goto st1058;
		case 1059: goto st1059;
		case 1060: goto st1060;
		case 1061: goto st1061;
		case 1062: goto st1062;
		case 1063: goto st1063;
		case 1064: goto st1064;
		case 1065: goto st1065;
		case 1066: goto st1066;
		case 1067: goto st1067;
		case 1068: goto st1068;
		case 1069: goto st1069;
		case 1070: goto st1070;
		case 1071: goto st1071;
		case 1072: goto st1072;
		case 1073: goto st1073;
		case 1074: goto st1074;
		case 1075: goto st1075;
		case 1076: goto st1076;
		case 1077: goto st1077;
		case 1078: goto st1078;
		case 1079: goto st1079;
		case 1080: goto st1080;
		case 1081: goto st1081;
		case 1082: goto st1082;
		case 1083: goto st1083;
		case 1084: goto st1084;
		case 1085: goto st1085;
		case 1139: goto st1139;
		case 1086: goto st1086;
		case 1087: goto st1087;
		case 1088: goto st1088;
		case 1140: goto st1140;
		case 1089: goto st1089;
		case 1090: goto st1090;
		case 1091: goto st1091;
		case 1092: goto st1092;
		case 1093: goto st1093;
		case 1094: goto st1094;
		case 1095: goto st1095;
		case 1096: goto st1096;
		case 1097: goto st1097;
		case 1098: goto st1098;
		case 1099: goto st1099;
		case 1100: goto st1100;
		case 1101: goto st1101;
		case 1141: goto st1141;
		case 1102: goto st1102;
		case 1103: goto st1103;
		case 1104: goto st1104;
		case 1105: goto st1105;
		case 1106: goto st1106;
		case 1142: goto st1142;
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
#line 1370 "client.c"
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
#line 1402 "client.c"
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
#line 1440 "client.c"
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
	goto st1107;
st1107:
	if ( ++p == pe )
		goto _test_eof1107;
case 1107:
#line 1479 "client.c"
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
#line 1490 "client.c"
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
#line 1533 "client.c"
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
#line 1581 "client.c"
	switch( (*p) ) {
		case 32u: goto st5;
		case 40u: goto tr14;
		case 41u: goto tr15;
	}
	goto st0;
tr15:
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1108;
tr22:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1108; goto _out;} }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1108;
tr31:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1108; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 43 "generic.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1108;
st1108:
	if ( ++p == pe )
		goto _test_eof1108;
case 1108:
#line 1602 "client.c"
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
#line 1616 "client.c"
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
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 9; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st9;
tr40:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 9; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 1656 "client.c"
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
#line 1678 "client.c"
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
#line 1702 "client.c"
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
#line 1720 "client.c"
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
#line 1732 "client.c"
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
#line 1752 "client.c"
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
#line 1777 "client.c"
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
#line 1820 "client.c"
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
#line 1868 "client.c"
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
	goto st1109;
tr54:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1109; goto _out;} }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st1109;
tr62:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1109; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 29 "generic.rl"
	{
    ik_b_pop(ps, p + 1);              /* the BRACKET */
    ps->gatom = ps->parents[ps->depth];
    ik_b_pop(ps, p + 1);              /* back out of the atom */
    { ps->cs =  ps->stack[-- ps->top];goto _again;}
  }
	goto st1109;
st1109:
	if ( ++p == pe )
		goto _test_eof1109;
case 1109:
#line 1904 "client.c"
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
#line 1918 "client.c"
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
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 21; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st21;
tr71:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 21; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 1958 "client.c"
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
#line 1980 "client.c"
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
#line 2004 "client.c"
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
#line 2022 "client.c"
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
#line 2034 "client.c"
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
#line 2054 "client.c"
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
#line 138 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st31;
tr76:
#line 138 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 2105 "client.c"
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
	goto st1110;
tr78:
#line 139 "lexical.rl"
	{
    ps->tok_form = IK_FORM_NONE;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 57 "generic.rl"
	{
    if (!ik_b_add_tok(ps, IK_N_TEXT)) {p++;  ps->cs = 1110; goto _out;}
  }
#line 60 "generic.rl"
	{ ik_b_pop(ps, NULL); ps->code = NULL; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1110;
st1110:
	if ( ++p == pe )
		goto _test_eof1110;
case 1110:
#line 2132 "client.c"
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 32u )
		goto tr80;
	goto st0;
tr80:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 2147 "client.c"
	switch( (*p) ) {
		case 32u: goto st33;
		case 34u: goto tr83;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr84;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr82;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr82;
	goto tr85;
tr88:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 34; goto _out;} }
	goto st34;
tr82:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 34; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st34;
tr85:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 34; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 34; goto _out;} }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
#line 2187 "client.c"
	switch( (*p) ) {
		case 32u: goto tr86;
		case 33u: goto st34;
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
				goto st34;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st34;
	goto tr88;
tr86:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 35; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st35;
tr123:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 35; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 2224 "client.c"
	switch( (*p) ) {
		case 32u: goto st35;
		case 34u: goto tr91;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr92;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr90;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr90;
	goto tr93;
tr98:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 36; goto _out;} }
	goto st36;
tr90:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 36; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st36;
tr93:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 36; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 36; goto _out;} }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 2264 "client.c"
	switch( (*p) ) {
		case 10u: goto tr94;
		case 13u: goto tr95;
		case 32u: goto tr96;
		case 33u: goto st36;
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
				goto st36;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st36;
	goto tr98;
tr94:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1111; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1111; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1111;
tr99:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1111;
tr100:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1111; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1111; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1111;
tr107:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1111; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1111; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1111;
st1111:
	if ( ++p == pe )
		goto _test_eof1111;
case 1111:
#line 2313 "client.c"
	goto st0;
tr95:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 37; goto _out;} }
	goto st37;
tr101:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 37; goto _out;} }
	goto st37;
tr108:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 37; goto _out;} }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 2332 "client.c"
	if ( (*p) == 10u )
		goto tr99;
	goto st0;
tr96:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 38; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st38;
tr109:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 38; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 2352 "client.c"
	switch( (*p) ) {
		case 10u: goto tr100;
		case 13u: goto tr101;
		case 32u: goto st38;
	}
	goto st0;
tr106:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st39;
tr110:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st39;
tr91:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 39; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 2374 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr104;
		case 92u: goto st41;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st39;
	goto tr106;
tr104:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st40;
tr116:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 40; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 40; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st40;
tr118:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 40; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 2414 "client.c"
	switch( (*p) ) {
		case 10u: goto tr107;
		case 13u: goto tr108;
		case 32u: goto tr109;
	}
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 34u: goto tr110;
		case 92u: goto tr110;
	}
	goto st0;
tr92:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 42; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
#line 2439 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr111;
	goto st0;
tr111:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 43; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st43;
tr113:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 43; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 2463 "client.c"
	switch( (*p) ) {
		case 43u: goto tr112;
		case 45u: goto tr112;
		case 125u: goto tr114;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr113;
	goto st0;
tr112:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 44; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 2481 "client.c"
	if ( (*p) == 125u )
		goto st45;
	goto st0;
tr114:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 45; goto _out;} }
  }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 2493 "client.c"
	switch( (*p) ) {
		case 10u: goto tr116;
		case 13u: goto st46;
	}
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	if ( (*p) == 10u )
		goto tr118;
	goto st0;
tr122:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st47;
tr124:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st47;
tr83:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 47; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 2521 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr120;
		case 92u: goto st49;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st47;
	goto tr122;
tr120:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st48;
tr130:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 48; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 48; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st48;
tr132:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 48; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 2561 "client.c"
	if ( (*p) == 32u )
		goto tr123;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 34u: goto tr124;
		case 92u: goto tr124;
	}
	goto st0;
tr84:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 50; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 2583 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr125;
	goto st0;
tr125:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 51; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st51;
tr127:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 51; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 2607 "client.c"
	switch( (*p) ) {
		case 43u: goto tr126;
		case 45u: goto tr126;
		case 125u: goto tr128;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr127;
	goto st0;
tr126:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 52; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 2625 "client.c"
	if ( (*p) == 125u )
		goto st53;
	goto st0;
tr128:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 53; goto _out;} }
  }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 2637 "client.c"
	switch( (*p) ) {
		case 10u: goto tr130;
		case 13u: goto st54;
	}
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	if ( (*p) == 10u )
		goto tr132;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( (*p) == 32u )
		goto tr133;
	goto st0;
tr133:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 2663 "client.c"
	switch( (*p) ) {
		case 32u: goto st56;
		case 33u: goto tr135;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr135;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr135;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr135;
		} else
			goto st0;
	} else
		goto st0;
	goto tr136;
tr141:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 57; goto _out;} }
	goto st57;
tr135:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 57; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st57;
tr136:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 57; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 57; goto _out;} }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 2708 "client.c"
	switch( (*p) ) {
		case 10u: goto tr137;
		case 13u: goto tr138;
		case 32u: goto tr139;
		case 33u: goto st57;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st57;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st57;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st57;
		} else
			goto st0;
	} else
		goto st0;
	goto tr141;
tr137:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1112; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1112; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1112;
tr142:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1112;
tr143:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1112; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1112; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1112;
tr153:
#line 130 "command.rl"
	{ if (!ik_c_sasl(ps, p)) {p++;  ps->cs = 1112; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1112; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1112;
st1112:
	if ( ++p == pe )
		goto _test_eof1112;
case 1112:
#line 2762 "client.c"
	goto st0;
tr138:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 58; goto _out;} }
	goto st58;
tr144:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 58; goto _out;} }
	goto st58;
tr154:
#line 130 "command.rl"
	{ if (!ik_c_sasl(ps, p)) {p++;  ps->cs = 58; goto _out;} }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 2781 "client.c"
	if ( (*p) == 10u )
		goto tr142;
	goto st0;
tr139:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 59; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 2797 "client.c"
	switch( (*p) ) {
		case 10u: goto tr143;
		case 13u: goto tr144;
		case 32u: goto st59;
		case 43u: goto tr146;
		case 61u: goto tr147;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr146;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr146;
	} else
		goto tr146;
	goto st0;
tr146:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 60; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 2823 "client.c"
	if ( (*p) == 43u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st61;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st61;
	} else
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 43u: goto st62;
		case 61u: goto st66;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st62;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st62;
	} else
		goto st62;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 43u: goto st63;
		case 61u: goto st65;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st63;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st63;
	} else
		goto st63;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 10u: goto tr153;
		case 13u: goto tr154;
		case 32u: goto tr155;
		case 43u: goto st60;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st60;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st60;
	} else
		goto st60;
	goto st0;
tr155:
#line 130 "command.rl"
	{ if (!ik_c_sasl(ps, p)) {p++;  ps->cs = 64; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 2895 "client.c"
	switch( (*p) ) {
		case 10u: goto tr143;
		case 13u: goto tr144;
		case 32u: goto st64;
	}
	goto st0;
tr147:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 65; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 2911 "client.c"
	switch( (*p) ) {
		case 10u: goto tr153;
		case 13u: goto tr154;
		case 32u: goto tr155;
	}
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 61u )
		goto st65;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	if ( (*p) == 32u )
		goto tr158;
	goto st0;
tr158:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 2938 "client.c"
	switch( (*p) ) {
		case 32u: goto st68;
		case 34u: goto tr161;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr162;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr160;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr160;
	goto tr163;
tr168:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 69; goto _out;} }
	goto st69;
tr160:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 69; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st69;
tr163:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 69; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 69; goto _out;} }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 2978 "client.c"
	switch( (*p) ) {
		case 10u: goto tr164;
		case 13u: goto tr165;
		case 32u: goto tr166;
		case 33u: goto st69;
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
				goto st69;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st69;
	goto tr168;
tr169:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1113;
tr170:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1113; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1113; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1113;
tr164:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1113; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1113; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1113;
tr177:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1113; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1113; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1113;
st1113:
	if ( ++p == pe )
		goto _test_eof1113;
case 1113:
#line 3027 "client.c"
	goto st0;
tr171:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 70; goto _out;} }
	goto st70;
tr165:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 70; goto _out;} }
	goto st70;
tr178:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 70; goto _out;} }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 3046 "client.c"
	if ( (*p) == 10u )
		goto tr169;
	goto st0;
tr166:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 71; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st71;
tr179:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 71; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 3066 "client.c"
	switch( (*p) ) {
		case 10u: goto tr170;
		case 13u: goto tr171;
		case 32u: goto st71;
	}
	goto st0;
tr176:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st72;
tr180:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st72;
tr161:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 72; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 3088 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr174;
		case 92u: goto st74;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st72;
	goto tr176;
tr174:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st73;
tr186:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 73; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 73; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st73;
tr188:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 73; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 3128 "client.c"
	switch( (*p) ) {
		case 10u: goto tr177;
		case 13u: goto tr178;
		case 32u: goto tr179;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 34u: goto tr180;
		case 92u: goto tr180;
	}
	goto st0;
tr162:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 75; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
#line 3153 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr181;
	goto st0;
tr181:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 76; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st76;
tr183:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 76; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
#line 3177 "client.c"
	switch( (*p) ) {
		case 43u: goto tr182;
		case 45u: goto tr182;
		case 125u: goto tr184;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr183;
	goto st0;
tr182:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 77; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st77;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
#line 3195 "client.c"
	if ( (*p) == 125u )
		goto st78;
	goto st0;
tr184:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 78; goto _out;} }
  }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
#line 3207 "client.c"
	switch( (*p) ) {
		case 10u: goto tr186;
		case 13u: goto st79;
	}
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	if ( (*p) == 10u )
		goto tr188;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	if ( (*p) == 32u )
		goto tr189;
	goto st0;
tr189:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
#line 3233 "client.c"
	switch( (*p) ) {
		case 32u: goto st81;
		case 34u: goto tr192;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr193;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr191;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr191;
	goto tr194;
tr199:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 82; goto _out;} }
	goto st82;
tr191:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 82; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st82;
tr194:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 82; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 82; goto _out;} }
	goto st82;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
#line 3273 "client.c"
	switch( (*p) ) {
		case 10u: goto tr195;
		case 13u: goto tr196;
		case 32u: goto tr197;
		case 33u: goto st82;
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
				goto st82;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st82;
	goto tr199;
tr200:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1114;
tr201:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1114; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1114; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1114;
tr195:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1114; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1114; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1114;
tr324:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1114; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1114; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1114;
tr216:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1114; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1114;
st1114:
	if ( ++p == pe )
		goto _test_eof1114;
case 1114:
#line 3326 "client.c"
	goto st0;
tr202:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 83; goto _out;} }
	goto st83;
tr196:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 83; goto _out;} }
	goto st83;
tr325:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 83; goto _out;} }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
#line 3345 "client.c"
	if ( (*p) == 10u )
		goto tr200;
	goto st0;
tr197:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 84; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st84;
tr326:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 84; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st84;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
#line 3365 "client.c"
	switch( (*p) ) {
		case 10u: goto tr201;
		case 13u: goto tr202;
		case 32u: goto st84;
		case 40u: goto tr204;
	}
	goto st0;
tr204:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 85; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 85; goto _out;} }
	goto st85;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
#line 3382 "client.c"
	switch( (*p) ) {
		case 67u: goto tr206;
		case 81u: goto tr207;
		case 95u: goto tr205;
		case 99u: goto tr206;
		case 113u: goto tr207;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr205;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr205;
	} else
		goto tr205;
	goto st0;
tr205:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
#line 3405 "client.c"
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 95u: goto st86;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
tr208:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 87; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st87;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
#line 3430 "client.c"
	switch( (*p) ) {
		case 32u: goto tr211;
		case 36u: goto tr212;
		case 40u: goto tr213;
		case 41u: goto tr214;
		case 42u: goto tr212;
		case 67u: goto tr206;
		case 81u: goto tr207;
		case 95u: goto tr205;
		case 99u: goto tr206;
		case 113u: goto tr207;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr205;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr205;
		} else if ( (*p) >= 65u )
			goto tr205;
	} else
		goto tr212;
	goto st0;
tr211:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 88; goto _out;} }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 3461 "client.c"
	switch( (*p) ) {
		case 32u: goto st88;
		case 41u: goto tr214;
		case 67u: goto tr206;
		case 81u: goto tr207;
		case 95u: goto tr205;
		case 99u: goto tr206;
		case 113u: goto tr207;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr205;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr205;
	} else
		goto tr205;
	goto st0;
tr209:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 89; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st89;
tr214:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 89; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st89;
tr229:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 89; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st89;
tr261:
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st89;
tr316:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 89; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st89;
tr319:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st89;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
#line 3507 "client.c"
	switch( (*p) ) {
		case 10u: goto tr216;
		case 13u: goto st83;
		case 32u: goto tr218;
	}
	goto st0;
tr218:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
#line 3520 "client.c"
	switch( (*p) ) {
		case 10u: goto tr201;
		case 13u: goto tr202;
		case 32u: goto st90;
	}
	goto st0;
tr206:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
#line 3533 "client.c"
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 79u: goto st92;
		case 95u: goto st86;
		case 111u: goto st92;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 78u: goto st93;
		case 95u: goto st86;
		case 110u: goto st93;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 68u: goto st94;
		case 95u: goto st86;
		case 100u: goto st94;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 83u: goto st95;
		case 95u: goto st86;
		case 115u: goto st95;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 84u: goto st96;
		case 95u: goto st86;
		case 116u: goto st96;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 79u: goto st97;
		case 95u: goto st86;
		case 111u: goto st97;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 82u: goto st98;
		case 95u: goto st86;
		case 114u: goto st98;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 69u: goto st99;
		case 95u: goto st86;
		case 101u: goto st99;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 32u: goto tr228;
		case 41u: goto tr229;
		case 95u: goto st86;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
tr228:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 100; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st100;
tr260:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st100;
tr314:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 100; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st100;
tr318:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
#line 3754 "client.c"
	switch( (*p) ) {
		case 32u: goto tr211;
		case 41u: goto tr214;
		case 67u: goto tr206;
		case 81u: goto tr207;
		case 95u: goto tr205;
		case 99u: goto tr206;
		case 113u: goto tr207;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr205;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr205;
	} else
		goto tr205;
	goto st0;
tr207:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 3779 "client.c"
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 82u: goto st102;
		case 95u: goto st86;
		case 114u: goto st102;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 69u: goto st103;
		case 95u: goto st86;
		case 101u: goto st103;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 83u: goto st104;
		case 95u: goto st86;
		case 115u: goto st104;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 89u: goto st105;
		case 95u: goto st86;
		case 121u: goto st105;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 78u: goto st106;
		case 95u: goto st86;
		case 110u: goto st106;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 32u: goto tr208;
		case 41u: goto tr209;
		case 67u: goto st107;
		case 95u: goto st86;
		case 99u: goto st107;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 32u: goto tr236;
		case 95u: goto st86;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st86;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
tr236:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 108; goto _out;} }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
#line 3940 "client.c"
	if ( (*p) == 40u )
		goto st109;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr238;
	goto st0;
tr238:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 110; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st110;
tr240:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 110; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st110;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
#line 3971 "client.c"
	if ( (*p) == 32u )
		goto tr239;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr240;
	goto st0;
tr239:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 111; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 111; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 111; goto _out;} ps->last->form = IK_FORM_NONE; }
	goto st111;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
#line 3994 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr241;
	goto st0;
tr241:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 112; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st112;
tr244:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 112; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st112;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
#line 4018 "client.c"
	switch( (*p) ) {
		case 32u: goto tr242;
		case 41u: goto tr243;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr244;
	goto st0;
tr242:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 113; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 113; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 113; goto _out;} ps->last->form = IK_FORM_NONE; }
	goto st113;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
#line 4043 "client.c"
	switch( (*p) ) {
		case 36u: goto tr245;
		case 40u: goto tr246;
		case 42u: goto tr247;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr248;
	goto st0;
tr245:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 114; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 114; goto _out;} }
	goto st114;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
#line 4059 "client.c"
	switch( (*p) ) {
		case 32u: goto tr249;
		case 41u: goto tr250;
	}
	goto st0;
tr249:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st115;
tr294:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 115; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st115;
tr300:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 115; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 115; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 115; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st115;
tr307:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 115; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st115;
tr310:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 115; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 115; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 115; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st115;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
#line 4113 "client.c"
	if ( (*p) == 40u )
		goto tr246;
	goto st0;
tr246:
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 116; goto _out;} }
	goto st116;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
#line 4123 "client.c"
	switch( (*p) ) {
		case 36u: goto tr251;
		case 42u: goto tr252;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr253;
	goto st0;
tr251:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 117; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 117; goto _out;} }
	goto st117;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
#line 4138 "client.c"
	if ( (*p) == 32u )
		goto tr254;
	goto st0;
tr254:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st118;
tr278:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 118; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st118;
tr283:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 118; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 118; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 118; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st118;
tr289:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 118; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st118;
tr291:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 118; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 118; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 118; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st118;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
#line 4190 "client.c"
	switch( (*p) ) {
		case 36u: goto tr255;
		case 42u: goto tr256;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr257;
	goto st0;
tr255:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 119; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 119; goto _out;} }
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
#line 4205 "client.c"
	if ( (*p) == 41u )
		goto tr258;
	goto st0;
tr258:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st120;
tr262:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 120; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st120;
tr267:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 120; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 120; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 120; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st120;
tr273:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 120; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st120;
tr275:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 120; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 120; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 120; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st120;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
#line 4262 "client.c"
	if ( (*p) == 41u )
		goto tr259;
	goto st0;
tr243:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 121; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 121; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 121; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st121;
tr250:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st121;
tr259:
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st121;
tr295:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 121; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st121;
tr301:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 121; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 121; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 121; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st121;
tr308:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 121; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st121;
tr311:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 121; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 121; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 121; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st121;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
#line 4337 "client.c"
	switch( (*p) ) {
		case 32u: goto tr260;
		case 41u: goto tr261;
	}
	goto st0;
tr256:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 122; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st122;
tr265:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st122;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
#line 4355 "client.c"
	switch( (*p) ) {
		case 41u: goto tr262;
		case 44u: goto tr263;
		case 58u: goto tr264;
	}
	goto st0;
tr263:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 123; goto _out;} }
	goto st123;
tr268:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 123; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 123; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 123; goto _out;} }
	goto st123;
tr274:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 123; goto _out;} }
	goto st123;
tr276:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 123; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 123; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 123; goto _out;} }
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
#line 4403 "client.c"
	if ( (*p) == 42u )
		goto tr265;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr266;
	goto st0;
tr269:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 124; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st124;
tr257:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 124; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 124; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st124;
tr266:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 124; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st124;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
#line 4441 "client.c"
	switch( (*p) ) {
		case 41u: goto tr267;
		case 44u: goto tr268;
		case 58u: goto tr270;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr269;
	goto st0;
tr264:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st125;
tr270:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 125; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 125; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st125;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
#line 4470 "client.c"
	if ( (*p) == 42u )
		goto tr271;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr272;
	goto st0;
tr271:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st126;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
#line 4482 "client.c"
	switch( (*p) ) {
		case 41u: goto tr273;
		case 44u: goto tr274;
	}
	goto st0;
tr272:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 127; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st127;
tr277:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 127; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st127;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
#line 4508 "client.c"
	switch( (*p) ) {
		case 41u: goto tr275;
		case 44u: goto tr276;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr277;
	goto st0;
tr252:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 128; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st128;
tr281:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st128;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
#line 4528 "client.c"
	switch( (*p) ) {
		case 32u: goto tr278;
		case 44u: goto tr279;
		case 58u: goto tr280;
	}
	goto st0;
tr279:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 129; goto _out;} }
	goto st129;
tr284:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 129; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 129; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 129; goto _out;} }
	goto st129;
tr290:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 129; goto _out;} }
	goto st129;
tr292:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 129; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 129; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 129; goto _out;} }
	goto st129;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
#line 4576 "client.c"
	if ( (*p) == 42u )
		goto tr281;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr282;
	goto st0;
tr285:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 130; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st130;
tr253:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 130; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 130; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st130;
tr282:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 130; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st130;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
#line 4614 "client.c"
	switch( (*p) ) {
		case 32u: goto tr283;
		case 44u: goto tr284;
		case 58u: goto tr286;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr285;
	goto st0;
tr280:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st131;
tr286:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 131; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 131; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st131;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
#line 4643 "client.c"
	if ( (*p) == 42u )
		goto tr287;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr288;
	goto st0;
tr287:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st132;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
#line 4655 "client.c"
	switch( (*p) ) {
		case 32u: goto tr289;
		case 44u: goto tr290;
	}
	goto st0;
tr288:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 133; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st133;
tr293:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 133; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st133;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
#line 4681 "client.c"
	switch( (*p) ) {
		case 32u: goto tr291;
		case 44u: goto tr292;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr293;
	goto st0;
tr247:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 134; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st134;
tr298:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
#line 4701 "client.c"
	switch( (*p) ) {
		case 32u: goto tr294;
		case 41u: goto tr295;
		case 44u: goto tr296;
		case 58u: goto tr297;
	}
	goto st0;
tr296:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
tr302:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 135; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 135; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
tr309:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
tr312:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 135; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 135; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 135; goto _out;} }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
#line 4750 "client.c"
	if ( (*p) == 42u )
		goto tr298;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr299;
	goto st0;
tr303:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 136; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st136;
tr248:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 136; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 136; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st136;
tr299:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 136; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st136;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
#line 4788 "client.c"
	switch( (*p) ) {
		case 32u: goto tr300;
		case 41u: goto tr301;
		case 44u: goto tr302;
		case 58u: goto tr304;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr303;
	goto st0;
tr297:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st137;
tr304:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 137; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 137; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st137;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
#line 4818 "client.c"
	if ( (*p) == 42u )
		goto tr305;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr306;
	goto st0;
tr305:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st138;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
#line 4830 "client.c"
	switch( (*p) ) {
		case 32u: goto tr307;
		case 41u: goto tr308;
		case 44u: goto tr309;
	}
	goto st0;
tr306:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 139; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st139;
tr313:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 139; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st139;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
#line 4857 "client.c"
	switch( (*p) ) {
		case 32u: goto tr310;
		case 41u: goto tr311;
		case 44u: goto tr312;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr313;
	goto st0;
tr317:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 140; goto _out;} }
	goto st140;
tr212:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 140; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st140;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
#line 4876 "client.c"
	switch( (*p) ) {
		case 32u: goto tr314;
		case 33u: goto st140;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr316;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st140;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st140;
	goto tr317;
tr213:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 141; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 141; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 141;goto st5;}}
    }
  }
	goto st141;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
#line 4911 "client.c"
	switch( (*p) ) {
		case 32u: goto tr318;
		case 41u: goto tr319;
	}
	goto st0;
tr323:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st142;
tr327:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st142;
tr192:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 142; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st142;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
#line 4932 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr321;
		case 92u: goto st144;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st142;
	goto tr323;
tr321:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st143;
tr333:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 143; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 143; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st143;
tr335:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 143; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
#line 4972 "client.c"
	switch( (*p) ) {
		case 10u: goto tr324;
		case 13u: goto tr325;
		case 32u: goto tr326;
	}
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 34u: goto tr327;
		case 92u: goto tr327;
	}
	goto st0;
tr193:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 145; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st145;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
#line 4997 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr328;
	goto st0;
tr328:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 146; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st146;
tr330:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 146; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st146;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
#line 5021 "client.c"
	switch( (*p) ) {
		case 43u: goto tr329;
		case 45u: goto tr329;
		case 125u: goto tr331;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr330;
	goto st0;
tr329:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 147; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st147;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
#line 5039 "client.c"
	if ( (*p) == 125u )
		goto st148;
	goto st0;
tr331:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 148; goto _out;} }
  }
	goto st148;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
#line 5051 "client.c"
	switch( (*p) ) {
		case 10u: goto tr333;
		case 13u: goto st149;
	}
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	if ( (*p) == 10u )
		goto tr335;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	if ( (*p) == 32u )
		goto tr336;
	goto st0;
tr336:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st151;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
#line 5077 "client.c"
	switch( (*p) ) {
		case 32u: goto st151;
		case 34u: goto tr339;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr340;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr338;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr338;
	goto tr341;
tr346:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 152; goto _out;} }
	goto st152;
tr338:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 152; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st152;
tr341:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 152; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 152; goto _out;} }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
#line 5117 "client.c"
	switch( (*p) ) {
		case 10u: goto tr342;
		case 13u: goto tr343;
		case 32u: goto tr344;
		case 33u: goto st152;
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
				goto st152;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st152;
	goto tr346;
tr347:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1115;
tr348:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1115; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1115; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1115;
tr342:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1115; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1115; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1115;
tr395:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1115; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1115; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1115;
tr362:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1115; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1115;
st1115:
	if ( ++p == pe )
		goto _test_eof1115;
case 1115:
#line 5170 "client.c"
	goto st0;
tr349:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 153; goto _out;} }
	goto st153;
tr343:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 153; goto _out;} }
	goto st153;
tr396:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 153; goto _out;} }
	goto st153;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
#line 5189 "client.c"
	if ( (*p) == 10u )
		goto tr347;
	goto st0;
tr344:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 154; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st154;
tr397:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 154; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st154;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
#line 5209 "client.c"
	switch( (*p) ) {
		case 10u: goto tr348;
		case 13u: goto tr349;
		case 32u: goto st154;
		case 40u: goto tr351;
	}
	goto st0;
tr351:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 155; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 155; goto _out;} }
	goto st155;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
#line 5226 "client.c"
	switch( (*p) ) {
		case 85u: goto tr353;
		case 95u: goto tr352;
		case 117u: goto tr353;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr352;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr352;
	} else
		goto tr352;
	goto st0;
tr352:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st156;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
#line 5247 "client.c"
	switch( (*p) ) {
		case 32u: goto tr354;
		case 41u: goto tr355;
		case 95u: goto st156;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st156;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st156;
		} else if ( (*p) >= 65u )
			goto st156;
	} else
		goto st156;
	goto st0;
tr354:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 157; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st157;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
#line 5272 "client.c"
	switch( (*p) ) {
		case 32u: goto tr357;
		case 36u: goto tr358;
		case 40u: goto tr359;
		case 41u: goto tr360;
		case 42u: goto tr358;
		case 85u: goto tr353;
		case 95u: goto tr352;
		case 117u: goto tr353;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr352;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr352;
		} else if ( (*p) >= 65u )
			goto tr352;
	} else
		goto tr358;
	goto st0;
tr357:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 158; goto _out;} }
	goto st158;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
#line 5301 "client.c"
	switch( (*p) ) {
		case 32u: goto st158;
		case 41u: goto tr360;
		case 85u: goto tr353;
		case 95u: goto tr352;
		case 117u: goto tr353;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr352;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr352;
	} else
		goto tr352;
	goto st0;
tr355:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 159; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st159;
tr360:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 159; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st159;
tr389:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 159; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st159;
tr379:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st159;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
#line 5338 "client.c"
	switch( (*p) ) {
		case 10u: goto tr362;
		case 13u: goto st153;
		case 32u: goto tr364;
	}
	goto st0;
tr364:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st160;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
#line 5351 "client.c"
	switch( (*p) ) {
		case 10u: goto tr348;
		case 13u: goto tr349;
		case 32u: goto st160;
	}
	goto st0;
tr353:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st161;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
#line 5364 "client.c"
	switch( (*p) ) {
		case 32u: goto tr354;
		case 41u: goto tr355;
		case 83u: goto st162;
		case 95u: goto st156;
		case 115u: goto st162;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st156;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st156;
		} else if ( (*p) >= 65u )
			goto st156;
	} else
		goto st156;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 32u: goto tr354;
		case 41u: goto tr355;
		case 69u: goto st163;
		case 95u: goto st156;
		case 101u: goto st163;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st156;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st156;
		} else if ( (*p) >= 65u )
			goto st156;
	} else
		goto st156;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 32u: goto tr368;
		case 95u: goto st156;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st156;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st156;
		} else if ( (*p) >= 65u )
			goto st156;
	} else
		goto st156;
	goto st0;
tr368:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 164; goto _out;} }
	goto st164;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
#line 5433 "client.c"
	if ( (*p) == 40u )
		goto tr369;
	goto st0;
tr369:
#line 186 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 165; goto _out;} } }
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
#line 5443 "client.c"
	switch( (*p) ) {
		case 32u: goto tr370;
		case 33u: goto tr371;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr372;
		case 42u: goto st0;
		case 92u: goto tr373;
		case 93u: goto tr374;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr371;
	} else
		goto st0;
	goto tr375;
tr370:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 5468 "client.c"
	switch( (*p) ) {
		case 32u: goto st166;
		case 41u: goto tr377;
	}
	goto st0;
tr359:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 167; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 167; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 167;goto st5;}}
    }
  }
	goto st167;
tr372:
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st167;
tr377:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 167; goto _out;} }
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st167;
tr382:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 167; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 5498 "client.c"
	switch( (*p) ) {
		case 32u: goto tr378;
		case 41u: goto tr379;
	}
	goto st0;
tr387:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 168; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st168;
tr378:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 5516 "client.c"
	switch( (*p) ) {
		case 32u: goto tr357;
		case 41u: goto tr360;
		case 85u: goto tr353;
		case 95u: goto tr352;
		case 117u: goto tr353;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr352;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr352;
	} else
		goto tr352;
	goto st0;
tr371:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st169;
tr375:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 169; goto _out;} }
	goto st169;
tr384:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 169; goto _out;} }
	goto st169;
tr374:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 169; goto _out;} }
	goto st169;
tr383:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 169; goto _out;} }
	goto st169;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
#line 5553 "client.c"
	switch( (*p) ) {
		case 32u: goto tr380;
		case 33u: goto st169;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr382;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr383;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st169;
	} else
		goto st0;
	goto tr384;
tr380:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 170; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 5579 "client.c"
	switch( (*p) ) {
		case 32u: goto tr385;
		case 33u: goto tr371;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr377;
		case 42u: goto st0;
		case 92u: goto tr373;
		case 93u: goto tr374;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr371;
	} else
		goto st0;
	goto tr375;
tr385:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 171; goto _out;} }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 5604 "client.c"
	switch( (*p) ) {
		case 32u: goto st171;
		case 33u: goto tr371;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr377;
		case 42u: goto st0;
		case 92u: goto tr373;
		case 93u: goto tr374;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr371;
	} else
		goto st0;
	goto tr375;
tr373:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
#line 5629 "client.c"
	switch( (*p) ) {
		case 33u: goto st169;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr383;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st169;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st169;
	goto tr384;
tr390:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 173; goto _out;} }
	goto st173;
tr358:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 173; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 5660 "client.c"
	switch( (*p) ) {
		case 32u: goto tr387;
		case 33u: goto st173;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr389;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st173;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st173;
	goto tr390;
tr394:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st174;
tr398:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st174;
tr339:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 174; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 5697 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr392;
		case 92u: goto st176;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st174;
	goto tr394;
tr392:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st175;
tr404:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 175; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 175; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st175;
tr406:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 175; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
#line 5737 "client.c"
	switch( (*p) ) {
		case 10u: goto tr395;
		case 13u: goto tr396;
		case 32u: goto tr397;
	}
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 34u: goto tr398;
		case 92u: goto tr398;
	}
	goto st0;
tr340:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 177; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 5762 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr399;
	goto st0;
tr399:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 178; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st178;
tr401:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 178; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st178;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
#line 5786 "client.c"
	switch( (*p) ) {
		case 43u: goto tr400;
		case 45u: goto tr400;
		case 125u: goto tr402;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr401;
	goto st0;
tr400:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 179; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
#line 5804 "client.c"
	if ( (*p) == 125u )
		goto st180;
	goto st0;
tr402:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 180; goto _out;} }
  }
	goto st180;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
#line 5816 "client.c"
	switch( (*p) ) {
		case 10u: goto tr404;
		case 13u: goto st181;
	}
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	if ( (*p) == 10u )
		goto tr406;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	if ( (*p) == 32u )
		goto tr407;
	goto st0;
tr407:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 5842 "client.c"
	switch( (*p) ) {
		case 32u: goto st183;
		case 34u: goto tr410;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr411;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr409;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr409;
	goto tr412;
tr415:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 184; goto _out;} }
	goto st184;
tr409:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 184; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st184;
tr412:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 184; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 184; goto _out;} }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 5882 "client.c"
	switch( (*p) ) {
		case 32u: goto tr413;
		case 33u: goto st184;
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
				goto st184;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st184;
	goto tr415;
tr413:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 185; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st185;
tr470:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 185; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
#line 5919 "client.c"
	switch( (*p) ) {
		case 32u: goto st185;
		case 34u: goto tr418;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr419;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr417;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr417;
	goto tr420;
tr425:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 186; goto _out;} }
	goto st186;
tr417:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 186; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st186;
tr420:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 186; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 186; goto _out;} }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
#line 5959 "client.c"
	switch( (*p) ) {
		case 10u: goto tr421;
		case 13u: goto tr422;
		case 32u: goto tr423;
		case 33u: goto st186;
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
				goto st186;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st186;
	goto tr425;
tr426:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1116;
tr427:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1116; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1116; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1116;
tr421:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1116; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1116; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1116;
tr454:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1116; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1116; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1116;
tr440:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1116; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1116;
st1116:
	if ( ++p == pe )
		goto _test_eof1116;
case 1116:
#line 6012 "client.c"
	goto st0;
tr428:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 187; goto _out;} }
	goto st187;
tr422:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 187; goto _out;} }
	goto st187;
tr455:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 187; goto _out;} }
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 6031 "client.c"
	if ( (*p) == 10u )
		goto tr426;
	goto st0;
tr423:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 188; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st188;
tr456:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 188; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 6051 "client.c"
	switch( (*p) ) {
		case 10u: goto tr427;
		case 13u: goto tr428;
		case 32u: goto st188;
		case 40u: goto tr430;
	}
	goto st0;
tr430:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 189; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 189; goto _out;} }
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
#line 6068 "client.c"
	if ( (*p) == 95u )
		goto tr431;
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr431;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr431;
	} else
		goto tr431;
	goto st0;
tr431:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
#line 6086 "client.c"
	switch( (*p) ) {
		case 32u: goto tr432;
		case 41u: goto tr433;
		case 95u: goto st190;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st190;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st190;
		} else if ( (*p) >= 65u )
			goto st190;
	} else
		goto st190;
	goto st0;
tr432:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 191; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st191;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
#line 6111 "client.c"
	switch( (*p) ) {
		case 32u: goto tr435;
		case 36u: goto tr436;
		case 40u: goto tr437;
		case 41u: goto tr438;
		case 42u: goto tr436;
		case 95u: goto tr431;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr431;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr431;
		} else if ( (*p) >= 65u )
			goto tr431;
	} else
		goto tr436;
	goto st0;
tr435:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 192; goto _out;} }
	goto st192;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
#line 6138 "client.c"
	switch( (*p) ) {
		case 32u: goto st192;
		case 41u: goto tr438;
		case 95u: goto tr431;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr431;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr431;
	} else
		goto tr431;
	goto st0;
tr433:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 193; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st193;
tr438:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 193; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st193;
tr446:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 193; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st193;
tr449:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
#line 6173 "client.c"
	switch( (*p) ) {
		case 10u: goto tr440;
		case 13u: goto st187;
		case 32u: goto tr442;
	}
	goto st0;
tr442:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st194;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
#line 6186 "client.c"
	switch( (*p) ) {
		case 10u: goto tr427;
		case 13u: goto tr428;
		case 32u: goto st194;
	}
	goto st0;
tr447:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 195; goto _out;} }
	goto st195;
tr436:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 195; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st195;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
#line 6203 "client.c"
	switch( (*p) ) {
		case 32u: goto tr444;
		case 33u: goto st195;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr446;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st195;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st195;
	goto tr447;
tr444:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 196; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st196;
tr448:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st196;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
#line 6237 "client.c"
	switch( (*p) ) {
		case 32u: goto tr435;
		case 41u: goto tr438;
		case 95u: goto tr431;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr431;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr431;
	} else
		goto tr431;
	goto st0;
tr437:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 197; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 197; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 197;goto st5;}}
    }
  }
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
#line 6265 "client.c"
	switch( (*p) ) {
		case 32u: goto tr448;
		case 41u: goto tr449;
	}
	goto st0;
tr453:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st198;
tr457:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st198;
tr418:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 198; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st198;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
#line 6286 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr451;
		case 92u: goto st200;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st198;
	goto tr453;
tr451:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st199;
tr463:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 199; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 199; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st199;
tr465:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 199; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st199;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
#line 6326 "client.c"
	switch( (*p) ) {
		case 10u: goto tr454;
		case 13u: goto tr455;
		case 32u: goto tr456;
	}
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 34u: goto tr457;
		case 92u: goto tr457;
	}
	goto st0;
tr419:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 201; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st201;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
#line 6351 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr458;
	goto st0;
tr458:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 202; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st202;
tr460:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 202; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st202;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
#line 6375 "client.c"
	switch( (*p) ) {
		case 43u: goto tr459;
		case 45u: goto tr459;
		case 125u: goto tr461;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr460;
	goto st0;
tr459:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 203; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st203;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
#line 6393 "client.c"
	if ( (*p) == 125u )
		goto st204;
	goto st0;
tr461:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 204; goto _out;} }
  }
	goto st204;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
#line 6405 "client.c"
	switch( (*p) ) {
		case 10u: goto tr463;
		case 13u: goto st205;
	}
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	if ( (*p) == 10u )
		goto tr465;
	goto st0;
tr469:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st206;
tr471:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st206;
tr410:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 206; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st206;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
#line 6433 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr467;
		case 92u: goto st208;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st206;
	goto tr469;
tr467:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st207;
tr477:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 207; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 207; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st207;
tr479:
#line 119 "lexical.rl"
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
#line 6473 "client.c"
	if ( (*p) == 32u )
		goto tr470;
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 34u: goto tr471;
		case 92u: goto tr471;
	}
	goto st0;
tr411:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 209; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
#line 6495 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr472;
	goto st0;
tr472:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 210; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st210;
tr474:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 210; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st210;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
#line 6519 "client.c"
	switch( (*p) ) {
		case 43u: goto tr473;
		case 45u: goto tr473;
		case 125u: goto tr475;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr474;
	goto st0;
tr473:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 211; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st211;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
#line 6537 "client.c"
	if ( (*p) == 125u )
		goto st212;
	goto st0;
tr475:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 212; goto _out;} }
  }
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
#line 6549 "client.c"
	switch( (*p) ) {
		case 10u: goto tr477;
		case 13u: goto st213;
	}
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	if ( (*p) == 10u )
		goto tr479;
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	if ( (*p) == 32u )
		goto tr480;
	goto st0;
tr480:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
#line 6575 "client.c"
	switch( (*p) ) {
		case 32u: goto st215;
		case 34u: goto tr483;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr484;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr482;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr482;
	goto tr485;
tr488:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 216; goto _out;} }
	goto st216;
tr482:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 216; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st216;
tr485:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 216; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 216; goto _out;} }
	goto st216;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
#line 6615 "client.c"
	switch( (*p) ) {
		case 32u: goto tr486;
		case 33u: goto st216;
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
				goto st216;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st216;
	goto tr488;
tr486:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 217; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st217;
tr510:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 217; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st217;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
#line 6652 "client.c"
	switch( (*p) ) {
		case 32u: goto st217;
		case 40u: goto tr490;
	}
	goto st0;
tr490:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 218; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 218; goto _out;} }
	goto st218;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
#line 6667 "client.c"
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr491;
	} else if ( (*p) >= 65u )
		goto tr491;
	goto st0;
tr491:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st219;
tr495:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 219; goto _out;} }
	goto st219;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
#line 6683 "client.c"
	switch( (*p) ) {
		case 32u: goto tr492;
		case 33u: goto st219;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr494;
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
				goto st219;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st219;
	goto tr495;
tr492:
#line 166 "command.rl"
	{ if (!ik_c_status_att(ps, p)) {p++;  ps->cs = 220; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
#line 6713 "client.c"
	switch( (*p) ) {
		case 32u: goto tr496;
		case 41u: goto tr497;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr491;
	} else if ( (*p) >= 65u )
		goto tr491;
	goto st0;
tr496:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 221; goto _out;} }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
#line 6730 "client.c"
	switch( (*p) ) {
		case 32u: goto st221;
		case 41u: goto tr497;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr491;
	} else if ( (*p) >= 65u )
		goto tr491;
	goto st0;
tr497:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 222; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st222;
tr494:
#line 166 "command.rl"
	{ if (!ik_c_status_att(ps, p)) {p++;  ps->cs = 222; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 6752 "client.c"
	switch( (*p) ) {
		case 10u: goto tr499;
		case 13u: goto st223;
		case 32u: goto tr501;
	}
	goto st0;
tr502:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1117;
tr503:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1117; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1117; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1117;
tr499:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1117; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1117;
st1117:
	if ( ++p == pe )
		goto _test_eof1117;
case 1117:
#line 6774 "client.c"
	goto st0;
tr504:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 223; goto _out;} }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
#line 6782 "client.c"
	if ( (*p) == 10u )
		goto tr502;
	goto st0;
tr501:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
#line 6792 "client.c"
	switch( (*p) ) {
		case 10u: goto tr503;
		case 13u: goto tr504;
		case 32u: goto st224;
	}
	goto st0;
tr509:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st225;
tr511:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st225;
tr483:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 225; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 6814 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr507;
		case 92u: goto st227;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st225;
	goto tr509;
tr507:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st226;
tr517:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 226; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 226; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st226;
tr519:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 226; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 6854 "client.c"
	if ( (*p) == 32u )
		goto tr510;
	goto st0;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	switch( (*p) ) {
		case 34u: goto tr511;
		case 92u: goto tr511;
	}
	goto st0;
tr484:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 228; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 6876 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr512;
	goto st0;
tr512:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 229; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st229;
tr514:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 229; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 6900 "client.c"
	switch( (*p) ) {
		case 43u: goto tr513;
		case 45u: goto tr513;
		case 125u: goto tr515;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr514;
	goto st0;
tr513:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 230; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 6918 "client.c"
	if ( (*p) == 125u )
		goto st231;
	goto st0;
tr515:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 231; goto _out;} }
  }
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
#line 6930 "client.c"
	switch( (*p) ) {
		case 10u: goto tr517;
		case 13u: goto st232;
	}
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	if ( (*p) == 10u )
		goto tr519;
	goto st0;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	if ( (*p) == 32u )
		goto tr520;
	goto st0;
tr520:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st234;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
#line 6956 "client.c"
	switch( (*p) ) {
		case 32u: goto st234;
		case 34u: goto tr523;
		case 37u: goto st0;
		case 40u: goto tr524;
		case 92u: goto st0;
		case 123u: goto tr525;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr522;
		} else if ( (*p) >= 41u )
			goto st0;
	} else
		goto tr522;
	goto tr526;
tr529:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 235; goto _out;} }
	goto st235;
tr522:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 235; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st235;
tr526:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 235; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 235; goto _out;} }
	goto st235;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
#line 6997 "client.c"
	switch( (*p) ) {
		case 32u: goto tr527;
		case 33u: goto st235;
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
				goto st235;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st235;
	goto tr529;
tr527:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 236; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st236;
tr665:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 236; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
#line 7034 "client.c"
	switch( (*p) ) {
		case 32u: goto st236;
		case 34u: goto tr532;
		case 40u: goto tr533;
		case 41u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr534;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr531;
	} else
		goto st0;
	goto tr535;
tr540:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 237; goto _out;} }
	goto st237;
tr531:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 237; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st237;
tr535:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 237; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 237; goto _out;} }
	goto st237;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
#line 7069 "client.c"
	switch( (*p) ) {
		case 10u: goto tr536;
		case 13u: goto tr537;
		case 32u: goto tr538;
		case 33u: goto st237;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 42u <= (*p) && (*p) <= 126u )
				goto st237;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st237;
	goto tr540;
tr536:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1118; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1118; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1118;
tr541:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1118;
tr542:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1118; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1118; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1118;
tr622:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1118; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1118; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1118;
tr560:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1118; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1118;
st1118:
	if ( ++p == pe )
		goto _test_eof1118;
case 1118:
#line 7121 "client.c"
	goto st0;
tr537:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 238; goto _out;} }
	goto st238;
tr543:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 238; goto _out;} }
	goto st238;
tr623:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 238; goto _out;} }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 7140 "client.c"
	if ( (*p) == 10u )
		goto tr541;
	goto st0;
tr643:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st239;
tr538:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 239; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st239;
tr624:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 239; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st239;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
#line 7163 "client.c"
	switch( (*p) ) {
		case 10u: goto tr542;
		case 13u: goto tr543;
		case 32u: goto st239;
		case 82u: goto tr545;
		case 114u: goto tr545;
	}
	goto st0;
tr545:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 240; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st240;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
#line 7181 "client.c"
	switch( (*p) ) {
		case 69u: goto st241;
		case 101u: goto st241;
	}
	goto st0;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	switch( (*p) ) {
		case 84u: goto st242;
		case 116u: goto st242;
	}
	goto st0;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	switch( (*p) ) {
		case 85u: goto st243;
		case 117u: goto st243;
	}
	goto st0;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	switch( (*p) ) {
		case 82u: goto st244;
		case 114u: goto st244;
	}
	goto st0;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 78u: goto st245;
		case 110u: goto st245;
	}
	goto st0;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	if ( (*p) == 32u )
		goto tr551;
	goto st0;
tr551:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 246; goto _out;} }
	goto st246;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
#line 7236 "client.c"
	if ( (*p) == 40u )
		goto st247;
	goto st0;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	switch( (*p) ) {
		case 32u: goto tr553;
		case 41u: goto tr554;
		case 67u: goto tr556;
		case 83u: goto tr557;
		case 95u: goto tr555;
		case 99u: goto tr556;
		case 115u: goto tr557;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr555;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr555;
	} else
		goto tr555;
	goto st0;
tr553:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st248;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
#line 7268 "client.c"
	switch( (*p) ) {
		case 32u: goto st248;
		case 41u: goto tr559;
	}
	goto st0;
tr565:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 249; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st249;
tr559:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 249; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st249;
tr579:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 249; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st249;
tr554:
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st249;
tr616:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 249; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st249;
tr606:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st249;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
#line 7301 "client.c"
	switch( (*p) ) {
		case 10u: goto tr560;
		case 13u: goto st238;
		case 32u: goto tr562;
	}
	goto st0;
tr562:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st250;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
#line 7314 "client.c"
	switch( (*p) ) {
		case 10u: goto tr542;
		case 13u: goto tr543;
		case 32u: goto st250;
	}
	goto st0;
tr555:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st251;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
#line 7327 "client.c"
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 95u: goto st251;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
tr564:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 252; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st252;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
#line 7352 "client.c"
	switch( (*p) ) {
		case 32u: goto tr567;
		case 36u: goto tr568;
		case 40u: goto tr569;
		case 41u: goto tr559;
		case 42u: goto tr568;
		case 67u: goto tr556;
		case 83u: goto tr557;
		case 95u: goto tr555;
		case 99u: goto tr556;
		case 115u: goto tr557;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr555;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr555;
		} else if ( (*p) >= 65u )
			goto tr555;
	} else
		goto tr568;
	goto st0;
tr567:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 253; goto _out;} }
	goto st253;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
#line 7383 "client.c"
	switch( (*p) ) {
		case 32u: goto st253;
		case 41u: goto tr559;
		case 67u: goto tr556;
		case 83u: goto tr557;
		case 95u: goto tr555;
		case 99u: goto tr556;
		case 115u: goto tr557;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr555;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr555;
	} else
		goto tr555;
	goto st0;
tr556:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st254;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
#line 7408 "client.c"
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 72u: goto st255;
		case 95u: goto st251;
		case 104u: goto st255;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 73u: goto st256;
		case 95u: goto st251;
		case 105u: goto st256;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 76u: goto st257;
		case 95u: goto st251;
		case 108u: goto st257;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 68u: goto st258;
		case 95u: goto st251;
		case 100u: goto st258;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 82u: goto st259;
		case 95u: goto st251;
		case 114u: goto st259;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 69u: goto st260;
		case 95u: goto st251;
		case 101u: goto st260;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 78u: goto st261;
		case 95u: goto st251;
		case 110u: goto st261;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	switch( (*p) ) {
		case 32u: goto tr578;
		case 41u: goto tr579;
		case 95u: goto st251;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
tr578:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 262; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st262;
tr614:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 262; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st262;
tr605:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st262;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
#line 7603 "client.c"
	switch( (*p) ) {
		case 32u: goto tr567;
		case 41u: goto tr559;
		case 67u: goto tr556;
		case 83u: goto tr557;
		case 95u: goto tr555;
		case 99u: goto tr556;
		case 115u: goto tr557;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr555;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr555;
	} else
		goto tr555;
	goto st0;
tr557:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st263;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
#line 7628 "client.c"
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 80u: goto st264;
		case 84u: goto st273;
		case 85u: goto st284;
		case 95u: goto st251;
		case 112u: goto st264;
		case 116u: goto st273;
		case 117u: goto st284;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 69u: goto st265;
		case 95u: goto st251;
		case 101u: goto st265;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 67u: goto st266;
		case 95u: goto st251;
		case 99u: goto st266;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 73u: goto st267;
		case 95u: goto st251;
		case 105u: goto st267;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 65u: goto st268;
		case 95u: goto st251;
		case 97u: goto st268;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 66u )
			goto st251;
	} else
		goto st251;
	goto st0;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 76u: goto st269;
		case 95u: goto st251;
		case 108u: goto st269;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 45u: goto st270;
		case 46u: goto st251;
		case 95u: goto st251;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 58u )
			goto st251;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st251;
	} else
		goto st251;
	goto st0;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 85u: goto st271;
		case 95u: goto st251;
		case 117u: goto st271;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 83u: goto st272;
		case 95u: goto st251;
		case 115u: goto st272;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 69u: goto st261;
		case 95u: goto st251;
		case 101u: goto st261;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 65u: goto st274;
		case 95u: goto st251;
		case 97u: goto st274;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 66u )
			goto st251;
	} else
		goto st251;
	goto st0;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 84u: goto st275;
		case 95u: goto st251;
		case 116u: goto st275;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 85u: goto st276;
		case 95u: goto st251;
		case 117u: goto st276;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 83u: goto st277;
		case 95u: goto st251;
		case 115u: goto st277;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
	switch( (*p) ) {
		case 32u: goto tr595;
		case 95u: goto st251;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
tr595:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 278; goto _out;} }
	goto st278;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
#line 7974 "client.c"
	if ( (*p) == 40u )
		goto tr596;
	goto st0;
tr596:
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 279; goto _out;} }
	goto st279;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
#line 7984 "client.c"
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr597;
	} else if ( (*p) >= 65u )
		goto tr597;
	goto st0;
tr597:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st280;
tr601:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 280; goto _out;} }
	goto st280;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
#line 8000 "client.c"
	switch( (*p) ) {
		case 32u: goto tr598;
		case 33u: goto st280;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr600;
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
				goto st280;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st280;
	goto tr601;
tr598:
#line 166 "command.rl"
	{ if (!ik_c_status_att(ps, p)) {p++;  ps->cs = 281; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st281;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
#line 8030 "client.c"
	switch( (*p) ) {
		case 32u: goto tr602;
		case 41u: goto tr603;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr597;
	} else if ( (*p) >= 65u )
		goto tr597;
	goto st0;
tr602:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 282; goto _out;} }
	goto st282;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
#line 8047 "client.c"
	switch( (*p) ) {
		case 32u: goto st282;
		case 41u: goto tr603;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr597;
	} else if ( (*p) >= 65u )
		goto tr597;
	goto st0;
tr569:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 283; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 283; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 283;goto st5;}}
    }
  }
	goto st283;
tr603:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 283; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st283;
tr600:
#line 166 "command.rl"
	{ if (!ik_c_status_att(ps, p)) {p++;  ps->cs = 283; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st283;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
#line 8079 "client.c"
	switch( (*p) ) {
		case 32u: goto tr605;
		case 41u: goto tr606;
	}
	goto st0;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 66u: goto st285;
		case 95u: goto st251;
		case 98u: goto st285;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 83u: goto st286;
		case 95u: goto st251;
		case 115u: goto st286;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 67u: goto st287;
		case 95u: goto st251;
		case 99u: goto st287;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 82u: goto st288;
		case 95u: goto st251;
		case 114u: goto st288;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 73u: goto st289;
		case 95u: goto st251;
		case 105u: goto st289;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 66u: goto st290;
		case 95u: goto st251;
		case 98u: goto st290;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 69u: goto st291;
		case 95u: goto st251;
		case 101u: goto st291;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 41u: goto tr565;
		case 68u: goto st261;
		case 95u: goto st251;
		case 100u: goto st261;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st251;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st251;
		} else if ( (*p) >= 65u )
			goto st251;
	} else
		goto st251;
	goto st0;
tr617:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 292; goto _out;} }
	goto st292;
tr568:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 292; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st292;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
#line 8279 "client.c"
	switch( (*p) ) {
		case 32u: goto tr614;
		case 33u: goto st292;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr616;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st292;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st292;
	goto tr617;
tr621:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st293;
tr625:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st293;
tr532:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 293; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st293;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
#line 8316 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr619;
		case 92u: goto st295;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st293;
	goto tr621;
tr619:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st294;
tr658:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 294; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 294; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st294;
tr660:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 294; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st294;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
#line 8356 "client.c"
	switch( (*p) ) {
		case 10u: goto tr622;
		case 13u: goto tr623;
		case 32u: goto tr624;
	}
	goto st0;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
	switch( (*p) ) {
		case 34u: goto tr625;
		case 92u: goto tr625;
	}
	goto st0;
tr533:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 296; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 296; goto _out;} }
	goto st296;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
#line 8381 "client.c"
	switch( (*p) ) {
		case 34u: goto tr627;
		case 92u: goto st0;
		case 123u: goto tr628;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 42u <= (*p) && (*p) <= 126u )
				goto tr626;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr626;
	goto tr629;
tr626:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st297;
tr629:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 297; goto _out;} }
	goto st297;
tr633:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 297; goto _out;} }
	goto st297;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
#line 8413 "client.c"
	switch( (*p) ) {
		case 32u: goto tr630;
		case 33u: goto st297;
		case 40u: goto st0;
		case 41u: goto tr632;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st297;
	} else
		goto st0;
	goto tr633;
tr630:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 298; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st298;
tr641:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 298; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st298;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
#line 8445 "client.c"
	switch( (*p) ) {
		case 32u: goto tr634;
		case 34u: goto tr627;
		case 40u: goto st0;
		case 41u: goto tr635;
		case 92u: goto st0;
		case 123u: goto tr628;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr626;
	} else
		goto st0;
	goto tr629;
tr634:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 299; goto _out;} }
	goto st299;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
#line 8467 "client.c"
	switch( (*p) ) {
		case 32u: goto st299;
		case 34u: goto tr627;
		case 40u: goto st0;
		case 41u: goto tr635;
		case 92u: goto st0;
		case 123u: goto tr628;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr626;
	} else
		goto st0;
	goto tr629;
tr627:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st300;
tr640:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st300;
tr644:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st300;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
#line 8495 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr638;
		case 92u: goto st303;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st300;
	goto tr640;
tr638:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st301;
tr650:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 301; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 301; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st301;
tr652:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 301; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st301;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
#line 8535 "client.c"
	switch( (*p) ) {
		case 32u: goto tr641;
		case 41u: goto tr642;
	}
	goto st0;
tr635:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 302; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st302;
tr632:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 302; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st302;
tr642:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 302; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st302;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
#line 8561 "client.c"
	switch( (*p) ) {
		case 10u: goto tr560;
		case 13u: goto st238;
		case 32u: goto tr643;
	}
	goto st0;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
	switch( (*p) ) {
		case 34u: goto tr644;
		case 92u: goto tr644;
	}
	goto st0;
tr628:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st304;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
#line 8583 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr645;
	goto st0;
tr645:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 305; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st305;
tr647:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 305; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st305;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
#line 8607 "client.c"
	switch( (*p) ) {
		case 43u: goto tr646;
		case 45u: goto tr646;
		case 125u: goto tr648;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr647;
	goto st0;
tr646:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 306; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st306;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
#line 8625 "client.c"
	if ( (*p) == 125u )
		goto st307;
	goto st0;
tr648:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 307; goto _out;} }
  }
	goto st307;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
#line 8637 "client.c"
	switch( (*p) ) {
		case 10u: goto tr650;
		case 13u: goto st308;
	}
	goto st0;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
	if ( (*p) == 10u )
		goto tr652;
	goto st0;
tr534:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 309; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st309;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
#line 8659 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr653;
	goto st0;
tr653:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 310; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st310;
tr655:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 310; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st310;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
#line 8683 "client.c"
	switch( (*p) ) {
		case 43u: goto tr654;
		case 45u: goto tr654;
		case 125u: goto tr656;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr655;
	goto st0;
tr654:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 311; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st311;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
#line 8701 "client.c"
	if ( (*p) == 125u )
		goto st312;
	goto st0;
tr656:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 312; goto _out;} }
  }
	goto st312;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
#line 8713 "client.c"
	switch( (*p) ) {
		case 10u: goto tr658;
		case 13u: goto st313;
	}
	goto st0;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
	if ( (*p) == 10u )
		goto tr660;
	goto st0;
tr664:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st314;
tr666:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st314;
tr523:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 314; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st314;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
#line 8741 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr662;
		case 92u: goto st316;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st314;
	goto tr664;
tr662:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st315;
tr681:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 315; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 315; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st315;
tr683:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 315; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st315;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
#line 8781 "client.c"
	if ( (*p) == 32u )
		goto tr665;
	goto st0;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
	switch( (*p) ) {
		case 34u: goto tr666;
		case 92u: goto tr666;
	}
	goto st0;
tr524:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 317; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 317; goto _out;} }
	goto st317;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
#line 8803 "client.c"
	switch( (*p) ) {
		case 32u: goto tr667;
		case 41u: goto tr668;
		case 82u: goto tr670;
		case 83u: goto tr671;
		case 95u: goto tr669;
		case 114u: goto tr670;
		case 115u: goto tr671;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr669;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr669;
	} else
		goto tr669;
	goto st0;
tr667:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st318;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
#line 8828 "client.c"
	switch( (*p) ) {
		case 32u: goto st318;
		case 41u: goto tr673;
	}
	goto st0;
tr685:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 319; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st319;
tr673:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 319; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st319;
tr706:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 319; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st319;
tr668:
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st319;
tr727:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 319; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st319;
tr730:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st319;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
#line 8861 "client.c"
	if ( (*p) == 32u )
		goto tr674;
	goto st0;
tr674:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st320;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
#line 8871 "client.c"
	switch( (*p) ) {
		case 32u: goto st320;
		case 34u: goto tr523;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr525;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr522;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr522;
	goto tr526;
tr525:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 321; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st321;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
#line 8901 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr676;
	goto st0;
tr676:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 322; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st322;
tr678:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 322; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st322;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
#line 8925 "client.c"
	switch( (*p) ) {
		case 43u: goto tr677;
		case 45u: goto tr677;
		case 125u: goto tr679;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr678;
	goto st0;
tr677:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 323; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st323;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
#line 8943 "client.c"
	if ( (*p) == 125u )
		goto st324;
	goto st0;
tr679:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 324; goto _out;} }
  }
	goto st324;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
#line 8955 "client.c"
	switch( (*p) ) {
		case 10u: goto tr681;
		case 13u: goto st325;
	}
	goto st0;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
	if ( (*p) == 10u )
		goto tr683;
	goto st0;
tr669:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st326;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
#line 8974 "client.c"
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 95u: goto st326;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
tr684:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 327; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st327;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
#line 8999 "client.c"
	switch( (*p) ) {
		case 32u: goto tr687;
		case 36u: goto tr688;
		case 40u: goto tr689;
		case 41u: goto tr673;
		case 42u: goto tr688;
		case 82u: goto tr670;
		case 83u: goto tr671;
		case 95u: goto tr669;
		case 114u: goto tr670;
		case 115u: goto tr671;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr669;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr669;
		} else if ( (*p) >= 65u )
			goto tr669;
	} else
		goto tr688;
	goto st0;
tr687:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 328; goto _out;} }
	goto st328;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
#line 9030 "client.c"
	switch( (*p) ) {
		case 32u: goto st328;
		case 41u: goto tr673;
		case 82u: goto tr670;
		case 83u: goto tr671;
		case 95u: goto tr669;
		case 114u: goto tr670;
		case 115u: goto tr671;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr669;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr669;
	} else
		goto tr669;
	goto st0;
tr670:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st329;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
#line 9055 "client.c"
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 69u: goto st330;
		case 95u: goto st326;
		case 101u: goto st330;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 67u: goto st331;
		case 77u: goto st362;
		case 95u: goto st326;
		case 99u: goto st331;
		case 109u: goto st362;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 85u: goto st332;
		case 95u: goto st326;
		case 117u: goto st332;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 82u: goto st333;
		case 95u: goto st326;
		case 114u: goto st333;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 83u: goto st334;
		case 95u: goto st326;
		case 115u: goto st334;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 73u: goto st335;
		case 95u: goto st326;
		case 105u: goto st335;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 86u: goto st336;
		case 95u: goto st326;
		case 118u: goto st336;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 69u: goto st337;
		case 95u: goto st326;
		case 101u: goto st337;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 77u: goto st338;
		case 95u: goto st326;
		case 109u: goto st338;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 65u: goto st339;
		case 95u: goto st326;
		case 97u: goto st339;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 66u )
			goto st326;
	} else
		goto st326;
	goto st0;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 84u: goto st340;
		case 95u: goto st326;
		case 116u: goto st340;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 67u: goto st341;
		case 95u: goto st326;
		case 99u: goto st341;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 72u: goto st342;
		case 95u: goto st326;
		case 104u: goto st342;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
	switch( (*p) ) {
		case 32u: goto tr705;
		case 41u: goto tr706;
		case 95u: goto st326;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
tr705:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 343; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st343;
tr725:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 343; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st343;
tr729:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st343;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
#line 9390 "client.c"
	switch( (*p) ) {
		case 32u: goto tr687;
		case 41u: goto tr673;
		case 82u: goto tr670;
		case 83u: goto tr671;
		case 95u: goto tr669;
		case 114u: goto tr670;
		case 115u: goto tr671;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr669;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr669;
	} else
		goto tr669;
	goto st0;
tr671:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st344;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
#line 9415 "client.c"
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 80u: goto st345;
		case 85u: goto st354;
		case 95u: goto st326;
		case 112u: goto st345;
		case 117u: goto st354;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 69u: goto st346;
		case 95u: goto st326;
		case 101u: goto st346;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 67u: goto st347;
		case 95u: goto st326;
		case 99u: goto st347;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 73u: goto st348;
		case 95u: goto st326;
		case 105u: goto st348;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 65u: goto st349;
		case 95u: goto st326;
		case 97u: goto st349;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 66u )
			goto st326;
	} else
		goto st326;
	goto st0;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 76u: goto st350;
		case 95u: goto st326;
		case 108u: goto st350;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 45u: goto st351;
		case 46u: goto st326;
		case 95u: goto st326;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 58u )
			goto st326;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st326;
	} else
		goto st326;
	goto st0;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 85u: goto st352;
		case 95u: goto st326;
		case 117u: goto st352;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 83u: goto st353;
		case 95u: goto st326;
		case 115u: goto st353;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 69u: goto st342;
		case 95u: goto st326;
		case 101u: goto st342;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 66u: goto st355;
		case 95u: goto st326;
		case 98u: goto st355;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 83u: goto st356;
		case 95u: goto st326;
		case 115u: goto st356;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 67u: goto st357;
		case 95u: goto st326;
		case 99u: goto st357;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 82u: goto st358;
		case 95u: goto st326;
		case 114u: goto st358;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 73u: goto st359;
		case 95u: goto st326;
		case 105u: goto st359;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 66u: goto st360;
		case 95u: goto st326;
		case 98u: goto st360;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 69u: goto st361;
		case 95u: goto st326;
		case 101u: goto st361;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 68u: goto st342;
		case 95u: goto st326;
		case 100u: goto st342;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 79u: goto st363;
		case 95u: goto st326;
		case 111u: goto st363;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 84u: goto st353;
		case 95u: goto st326;
		case 116u: goto st353;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st326;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 65u )
			goto st326;
	} else
		goto st326;
	goto st0;
tr728:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 364; goto _out;} }
	goto st364;
tr688:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 364; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st364;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
#line 9881 "client.c"
	switch( (*p) ) {
		case 32u: goto tr725;
		case 33u: goto st364;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr727;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st364;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st364;
	goto tr728;
tr689:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 365; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 365; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 365;goto st5;}}
    }
  }
	goto st365;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
#line 9916 "client.c"
	switch( (*p) ) {
		case 32u: goto tr729;
		case 41u: goto tr730;
	}
	goto st0;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
	if ( (*p) == 32u )
		goto tr731;
	goto st0;
tr731:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st367;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
#line 9935 "client.c"
	switch( (*p) ) {
		case 32u: goto st367;
		case 34u: goto tr734;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr735;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr733;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr733;
	goto tr736;
tr739:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 368; goto _out;} }
	goto st368;
tr733:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 368; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st368;
tr736:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 368; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 368; goto _out;} }
	goto st368;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
#line 9975 "client.c"
	switch( (*p) ) {
		case 32u: goto tr737;
		case 33u: goto st368;
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
				goto st368;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st368;
	goto tr739;
tr737:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 369; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st369;
tr774:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 369; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st369;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
#line 10012 "client.c"
	switch( (*p) ) {
		case 32u: goto st369;
		case 34u: goto tr742;
		case 92u: goto st0;
		case 123u: goto tr743;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 42u <= (*p) && (*p) <= 126u )
				goto tr741;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr741;
	goto tr744;
tr749:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 370; goto _out;} }
	goto st370;
tr741:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 370; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st370;
tr744:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 370; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 370; goto _out;} }
	goto st370;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
#line 10051 "client.c"
	switch( (*p) ) {
		case 10u: goto tr745;
		case 13u: goto tr746;
		case 32u: goto tr747;
		case 33u: goto st370;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 41u ) {
			if ( 42u <= (*p) && (*p) <= 126u )
				goto st370;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st370;
	goto tr749;
tr745:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1119; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1119; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1119;
tr750:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1119;
tr751:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1119; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1119; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1119;
tr758:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1119; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1119; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1119;
st1119:
	if ( ++p == pe )
		goto _test_eof1119;
case 1119:
#line 10099 "client.c"
	goto st0;
tr746:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 371; goto _out;} }
	goto st371;
tr752:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 371; goto _out;} }
	goto st371;
tr759:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 371; goto _out;} }
	goto st371;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
#line 10118 "client.c"
	if ( (*p) == 10u )
		goto tr750;
	goto st0;
tr747:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 372; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st372;
tr760:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 372; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st372;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
#line 10138 "client.c"
	switch( (*p) ) {
		case 10u: goto tr751;
		case 13u: goto tr752;
		case 32u: goto st372;
	}
	goto st0;
tr757:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st373;
tr761:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st373;
tr742:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 373; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st373;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
#line 10160 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr755;
		case 92u: goto st375;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st373;
	goto tr757;
tr755:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st374;
tr767:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 374; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 374; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st374;
tr769:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 374; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st374;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
#line 10200 "client.c"
	switch( (*p) ) {
		case 10u: goto tr758;
		case 13u: goto tr759;
		case 32u: goto tr760;
	}
	goto st0;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
	switch( (*p) ) {
		case 34u: goto tr761;
		case 92u: goto tr761;
	}
	goto st0;
tr743:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 376; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st376;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
#line 10225 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr762;
	goto st0;
tr762:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 377; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st377;
tr764:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 377; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st377;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
#line 10249 "client.c"
	switch( (*p) ) {
		case 43u: goto tr763;
		case 45u: goto tr763;
		case 125u: goto tr765;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr764;
	goto st0;
tr763:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 378; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st378;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
#line 10267 "client.c"
	if ( (*p) == 125u )
		goto st379;
	goto st0;
tr765:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 379; goto _out;} }
  }
	goto st379;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
#line 10279 "client.c"
	switch( (*p) ) {
		case 10u: goto tr767;
		case 13u: goto st380;
	}
	goto st0;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
	if ( (*p) == 10u )
		goto tr769;
	goto st0;
tr773:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st381;
tr775:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st381;
tr734:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 381; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st381;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
#line 10307 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr771;
		case 92u: goto st383;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st381;
	goto tr773;
tr771:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st382;
tr781:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 382; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 382; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st382;
tr783:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 382; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st382;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
#line 10347 "client.c"
	if ( (*p) == 32u )
		goto tr774;
	goto st0;
st383:
	if ( ++p == pe )
		goto _test_eof383;
case 383:
	switch( (*p) ) {
		case 34u: goto tr775;
		case 92u: goto tr775;
	}
	goto st0;
tr735:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 384; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st384;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
#line 10369 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr776;
	goto st0;
tr776:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 385; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st385;
tr778:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 385; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st385;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
#line 10393 "client.c"
	switch( (*p) ) {
		case 43u: goto tr777;
		case 45u: goto tr777;
		case 125u: goto tr779;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr778;
	goto st0;
tr777:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 386; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st386;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
#line 10411 "client.c"
	if ( (*p) == 125u )
		goto st387;
	goto st0;
tr779:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 387; goto _out;} }
  }
	goto st387;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
#line 10423 "client.c"
	switch( (*p) ) {
		case 10u: goto tr781;
		case 13u: goto st388;
	}
	goto st0;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
	if ( (*p) == 10u )
		goto tr783;
	goto st0;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
	if ( (*p) == 32u )
		goto tr784;
	goto st0;
tr784:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st390;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
#line 10449 "client.c"
	switch( (*p) ) {
		case 32u: goto st390;
		case 34u: goto tr787;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr788;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr786;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr786;
	goto tr789;
tr792:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 391; goto _out;} }
	goto st391;
tr786:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 391; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st391;
tr789:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 391; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 391; goto _out;} }
	goto st391;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
#line 10489 "client.c"
	switch( (*p) ) {
		case 32u: goto tr790;
		case 33u: goto st391;
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
				goto st391;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st391;
	goto tr792;
tr790:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 392; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st392;
tr947:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 392; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st392;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
#line 10526 "client.c"
	switch( (*p) ) {
		case 32u: goto st392;
		case 34u: goto tr794;
		case 40u: goto tr795;
		case 67u: goto tr796;
		case 85u: goto tr797;
		case 99u: goto tr796;
		case 117u: goto tr797;
		case 123u: goto tr798;
		case 126u: goto tr799;
	}
	goto st0;
tr883:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 393; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st393;
tr794:
#line 195 "command.rl"
	{ if (!ik_c_open(ps, IK_N_APPEND_MESSAGE, p)) {p++;  ps->cs = 393; goto _out;} }
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 393; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st393;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
#line 10555 "client.c"
	if ( (*p) == 32u )
		goto st394;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st394;
	goto st0;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st395;
	goto st0;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
	if ( (*p) == 45u )
		goto st396;
	goto st0;
st396:
	if ( ++p == pe )
		goto _test_eof396;
case 396:
	switch( (*p) ) {
		case 65u: goto st397;
		case 68u: goto st482;
		case 70u: goto st484;
		case 74u: goto st486;
		case 77u: goto st489;
		case 78u: goto st491;
		case 79u: goto st493;
		case 83u: goto st495;
		case 97u: goto st397;
		case 100u: goto st482;
		case 102u: goto st484;
		case 106u: goto st486;
		case 109u: goto st489;
		case 110u: goto st491;
		case 111u: goto st493;
		case 115u: goto st495;
	}
	goto st0;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
	switch( (*p) ) {
		case 80u: goto st398;
		case 85u: goto st481;
		case 112u: goto st398;
		case 117u: goto st481;
	}
	goto st0;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
	switch( (*p) ) {
		case 82u: goto st399;
		case 114u: goto st399;
	}
	goto st0;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
	if ( (*p) == 45u )
		goto st400;
	goto st0;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st401;
	goto st0;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st402;
	goto st0;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st403;
	goto st0;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st404;
	goto st0;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
	if ( (*p) == 32u )
		goto st405;
	goto st0;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st406;
	goto st0;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st407;
	goto st0;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
	if ( (*p) == 58u )
		goto st408;
	goto st0;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st409;
	goto st0;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st410;
	goto st0;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
	if ( (*p) == 58u )
		goto st411;
	goto st0;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st412;
	goto st0;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st413;
	goto st0;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
	if ( (*p) == 32u )
		goto st414;
	goto st0;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
	switch( (*p) ) {
		case 43u: goto st415;
		case 45u: goto st415;
	}
	goto st0;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st416;
	goto st0;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st417;
	goto st0;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st418;
	goto st0;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st419;
	goto st0;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
	if ( (*p) == 34u )
		goto tr834;
	goto st0;
tr834:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st420;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
#line 10777 "client.c"
	if ( (*p) == 32u )
		goto tr835;
	goto st0;
tr835:
#line 107 "command.rl"
	{ if (!ik_b_datetime(ps)) {p++;  ps->cs = 421; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st421;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
#line 10788 "client.c"
	switch( (*p) ) {
		case 32u: goto st421;
		case 67u: goto tr837;
		case 85u: goto tr838;
		case 99u: goto tr837;
		case 117u: goto tr838;
		case 123u: goto tr839;
		case 126u: goto tr840;
	}
	goto st0;
tr837:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 422; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st422;
tr796:
#line 195 "command.rl"
	{ if (!ik_c_open(ps, IK_N_APPEND_MESSAGE, p)) {p++;  ps->cs = 422; goto _out;} }
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 422; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st422;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
#line 10815 "client.c"
	switch( (*p) ) {
		case 65u: goto st423;
		case 97u: goto st423;
	}
	goto st0;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
	switch( (*p) ) {
		case 84u: goto st424;
		case 116u: goto st424;
	}
	goto st0;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
	switch( (*p) ) {
		case 69u: goto st425;
		case 101u: goto st425;
	}
	goto st0;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
	switch( (*p) ) {
		case 78u: goto st426;
		case 110u: goto st426;
	}
	goto st0;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
	switch( (*p) ) {
		case 65u: goto st427;
		case 97u: goto st427;
	}
	goto st0;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
	switch( (*p) ) {
		case 84u: goto st428;
		case 116u: goto st428;
	}
	goto st0;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
	switch( (*p) ) {
		case 69u: goto st429;
		case 101u: goto st429;
	}
	goto st0;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
	if ( (*p) == 32u )
		goto tr848;
	goto st0;
tr848:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 430; goto _out;} }
	goto st430;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
#line 10888 "client.c"
	if ( (*p) == 40u )
		goto st431;
	goto st0;
tr864:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 431; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st431;
tr926:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 431; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st431;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
#line 10908 "client.c"
	switch( (*p) ) {
		case 84u: goto tr850;
		case 85u: goto tr851;
		case 116u: goto tr850;
		case 117u: goto tr851;
	}
	goto st0;
tr850:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st432;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
#line 10922 "client.c"
	switch( (*p) ) {
		case 69u: goto st433;
		case 101u: goto st433;
	}
	goto st0;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
	switch( (*p) ) {
		case 88u: goto st434;
		case 120u: goto st434;
	}
	goto st0;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
	switch( (*p) ) {
		case 84u: goto st435;
		case 116u: goto st435;
	}
	goto st0;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
	if ( (*p) == 32u )
		goto tr855;
	goto st0;
tr855:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 436; goto _out;} }
	goto st436;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
#line 10959 "client.c"
	if ( (*p) == 123u )
		goto tr856;
	goto st0;
tr856:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st437;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
#line 10969 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr857;
	goto st0;
tr857:
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
tr859:
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
#line 10993 "client.c"
	switch( (*p) ) {
		case 43u: goto tr858;
		case 45u: goto tr858;
		case 125u: goto tr860;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr859;
	goto st0;
tr858:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 439; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st439;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
#line 11011 "client.c"
	if ( (*p) == 125u )
		goto st440;
	goto st0;
tr860:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 440; goto _out;} }
  }
	goto st440;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
#line 11023 "client.c"
	switch( (*p) ) {
		case 10u: goto tr862;
		case 13u: goto st473;
	}
	goto st0;
tr931:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st441;
tr862:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 441; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 441; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st441;
tr919:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 441; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st441;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
#line 11058 "client.c"
	switch( (*p) ) {
		case 32u: goto tr864;
		case 41u: goto tr865;
	}
	goto st0;
tr898:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 442; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st442;
tr865:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 442; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st442;
tr928:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 442; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st442;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
#line 11086 "client.c"
	switch( (*p) ) {
		case 10u: goto tr866;
		case 13u: goto tr867;
		case 32u: goto tr868;
	}
	goto st0;
tr869:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1120;
tr870:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1120; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1120; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1120;
tr866:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1120; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1120;
tr907:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1120; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1120; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1120;
st1120:
	if ( ++p == pe )
		goto _test_eof1120;
case 1120:
#line 11115 "client.c"
	goto st0;
tr871:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 443; goto _out;} }
	goto st443;
tr908:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 443; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st443;
tr867:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st443;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
#line 11130 "client.c"
	if ( (*p) == 10u )
		goto tr869;
	goto st0;
tr868:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st444;
tr909:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 444; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st444;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
#line 11146 "client.c"
	switch( (*p) ) {
		case 10u: goto tr870;
		case 13u: goto tr871;
		case 32u: goto st444;
		case 34u: goto tr794;
		case 40u: goto tr795;
		case 67u: goto tr796;
		case 85u: goto tr797;
		case 99u: goto tr796;
		case 117u: goto tr797;
		case 123u: goto tr798;
		case 126u: goto tr799;
	}
	goto st0;
tr795:
#line 195 "command.rl"
	{ if (!ik_c_open(ps, IK_N_APPEND_MESSAGE, p)) {p++;  ps->cs = 445; goto _out;} }
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 445; goto _out;}
  }
#line 186 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 445; goto _out;} } }
	goto st445;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
#line 11171 "client.c"
	switch( (*p) ) {
		case 32u: goto tr873;
		case 33u: goto tr874;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr875;
		case 42u: goto st0;
		case 92u: goto tr876;
		case 93u: goto tr877;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr874;
	} else
		goto st0;
	goto tr878;
tr873:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st446;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
#line 11196 "client.c"
	switch( (*p) ) {
		case 32u: goto st446;
		case 41u: goto tr880;
	}
	goto st0;
tr875:
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st447;
tr880:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 447; goto _out;} }
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st447;
tr914:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 447; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st447;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
#line 11216 "client.c"
	if ( (*p) == 32u )
		goto tr881;
	goto st0;
tr881:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st448;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
#line 11226 "client.c"
	switch( (*p) ) {
		case 32u: goto st448;
		case 34u: goto tr883;
		case 67u: goto tr837;
		case 85u: goto tr838;
		case 99u: goto tr837;
		case 117u: goto tr838;
		case 123u: goto tr839;
		case 126u: goto tr840;
	}
	goto st0;
tr838:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 449; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st449;
tr797:
#line 195 "command.rl"
	{ if (!ik_c_open(ps, IK_N_APPEND_MESSAGE, p)) {p++;  ps->cs = 449; goto _out;} }
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 449; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st449;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
#line 11254 "client.c"
	switch( (*p) ) {
		case 84u: goto st450;
		case 116u: goto st450;
	}
	goto st0;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
	switch( (*p) ) {
		case 70u: goto st451;
		case 102u: goto st451;
	}
	goto st0;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
	if ( (*p) == 56u )
		goto st452;
	goto st0;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
	if ( (*p) == 32u )
		goto tr887;
	goto st0;
tr887:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 453; goto _out;} }
	goto st453;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
#line 11289 "client.c"
	if ( (*p) == 40u )
		goto st454;
	goto st0;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
	if ( (*p) == 126u )
		goto tr889;
	goto st0;
tr889:
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st455;
st455:
	if ( ++p == pe )
		goto _test_eof455;
case 455:
#line 11306 "client.c"
	if ( (*p) == 123u )
		goto st456;
	goto st0;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr891;
	goto st0;
tr891:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 457; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st457;
tr893:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 457; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st457;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
#line 11337 "client.c"
	switch( (*p) ) {
		case 43u: goto tr892;
		case 45u: goto tr892;
		case 125u: goto tr894;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr893;
	goto st0;
tr892:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 458; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st458;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
#line 11355 "client.c"
	if ( (*p) == 125u )
		goto st459;
	goto st0;
tr894:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 459; goto _out;} }
  }
	goto st459;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
#line 11367 "client.c"
	switch( (*p) ) {
		case 10u: goto tr896;
		case 13u: goto st461;
	}
	goto st0;
tr896:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 460; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 460; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st460;
tr899:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 460; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st460;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
#line 11395 "client.c"
	if ( (*p) == 41u )
		goto tr898;
	goto st0;
st461:
	if ( ++p == pe )
		goto _test_eof461;
case 461:
	if ( (*p) == 10u )
		goto tr899;
	goto st0;
tr839:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 462; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st462;
tr798:
#line 195 "command.rl"
	{ if (!ik_c_open(ps, IK_N_APPEND_MESSAGE, p)) {p++;  ps->cs = 462; goto _out;} }
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 462; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st462;
st462:
	if ( ++p == pe )
		goto _test_eof462;
case 462:
#line 11422 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr900;
	goto st0;
tr900:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 463; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st463;
tr902:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 463; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st463;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
#line 11446 "client.c"
	switch( (*p) ) {
		case 43u: goto tr901;
		case 45u: goto tr901;
		case 125u: goto tr903;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr902;
	goto st0;
tr901:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 464; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st464;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
#line 11464 "client.c"
	if ( (*p) == 125u )
		goto st465;
	goto st0;
tr903:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 465; goto _out;} }
  }
	goto st465;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
#line 11476 "client.c"
	switch( (*p) ) {
		case 10u: goto tr905;
		case 13u: goto st467;
	}
	goto st0;
tr905:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 466; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 466; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st466;
tr910:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 466; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st466;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
#line 11504 "client.c"
	switch( (*p) ) {
		case 10u: goto tr907;
		case 13u: goto tr908;
		case 32u: goto tr909;
	}
	goto st0;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
	if ( (*p) == 10u )
		goto tr910;
	goto st0;
tr799:
#line 195 "command.rl"
	{ if (!ik_c_open(ps, IK_N_APPEND_MESSAGE, p)) {p++;  ps->cs = 468; goto _out;} }
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 468; goto _out;}
  }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st468;
tr840:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 468; goto _out;}
  }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st468;
st468:
	if ( ++p == pe )
		goto _test_eof468;
case 468:
#line 11534 "client.c"
	if ( (*p) == 123u )
		goto st462;
	goto st0;
tr874:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st469;
tr878:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 469; goto _out;} }
	goto st469;
tr916:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 469; goto _out;} }
	goto st469;
tr877:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 469; goto _out;} }
	goto st469;
tr915:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 469; goto _out;} }
	goto st469;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
#line 11558 "client.c"
	switch( (*p) ) {
		case 32u: goto tr912;
		case 33u: goto st469;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr914;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr915;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st469;
	} else
		goto st0;
	goto tr916;
tr912:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 470; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st470;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
#line 11584 "client.c"
	switch( (*p) ) {
		case 32u: goto tr917;
		case 33u: goto tr874;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr880;
		case 42u: goto st0;
		case 92u: goto tr876;
		case 93u: goto tr877;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr874;
	} else
		goto st0;
	goto tr878;
tr917:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 471; goto _out;} }
	goto st471;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
#line 11609 "client.c"
	switch( (*p) ) {
		case 32u: goto st471;
		case 33u: goto tr874;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr880;
		case 42u: goto st0;
		case 92u: goto tr876;
		case 93u: goto tr877;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr874;
	} else
		goto st0;
	goto tr878;
tr876:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st472;
st472:
	if ( ++p == pe )
		goto _test_eof472;
case 472:
#line 11634 "client.c"
	switch( (*p) ) {
		case 33u: goto st469;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr915;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st469;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st469;
	goto tr916;
st473:
	if ( ++p == pe )
		goto _test_eof473;
case 473:
	if ( (*p) == 10u )
		goto tr919;
	goto st0;
tr851:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st474;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
#line 11668 "client.c"
	switch( (*p) ) {
		case 82u: goto st475;
		case 114u: goto st475;
	}
	goto st0;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
	switch( (*p) ) {
		case 76u: goto st476;
		case 108u: goto st476;
	}
	goto st0;
st476:
	if ( ++p == pe )
		goto _test_eof476;
case 476:
	if ( (*p) == 32u )
		goto tr922;
	goto st0;
tr922:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 477; goto _out;} }
	goto st477;
st477:
	if ( ++p == pe )
		goto _test_eof477;
case 477:
#line 11696 "client.c"
	switch( (*p) ) {
		case 34u: goto tr924;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr856;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr923;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr923;
	goto tr925;
tr923:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st478;
tr925:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 478; goto _out;} }
	goto st478;
tr929:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 478; goto _out;} }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
#line 11729 "client.c"
	switch( (*p) ) {
		case 32u: goto tr926;
		case 33u: goto st478;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr928;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st478;
	} else
		goto st0;
	goto tr929;
tr924:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st479;
tr933:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st479;
tr934:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st479;
st479:
	if ( ++p == pe )
		goto _test_eof479;
case 479:
#line 11759 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr931;
		case 92u: goto st480;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st479;
	goto tr933;
st480:
	if ( ++p == pe )
		goto _test_eof480;
case 480:
	switch( (*p) ) {
		case 34u: goto tr934;
		case 92u: goto tr934;
	}
	goto st0;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
	switch( (*p) ) {
		case 71u: goto st399;
		case 103u: goto st399;
	}
	goto st0;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
	switch( (*p) ) {
		case 69u: goto st483;
		case 101u: goto st483;
	}
	goto st0;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
	switch( (*p) ) {
		case 67u: goto st399;
		case 99u: goto st399;
	}
	goto st0;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
	switch( (*p) ) {
		case 69u: goto st485;
		case 101u: goto st485;
	}
	goto st0;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
	switch( (*p) ) {
		case 66u: goto st399;
		case 98u: goto st399;
	}
	goto st0;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
	switch( (*p) ) {
		case 65u: goto st487;
		case 85u: goto st488;
		case 97u: goto st487;
		case 117u: goto st488;
	}
	goto st0;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
	switch( (*p) ) {
		case 78u: goto st399;
		case 110u: goto st399;
	}
	goto st0;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
	switch( (*p) ) {
		case 76u: goto st399;
		case 78u: goto st399;
		case 108u: goto st399;
		case 110u: goto st399;
	}
	goto st0;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
	switch( (*p) ) {
		case 65u: goto st490;
		case 97u: goto st490;
	}
	goto st0;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
	switch( (*p) ) {
		case 82u: goto st399;
		case 89u: goto st399;
		case 114u: goto st399;
		case 121u: goto st399;
	}
	goto st0;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
	switch( (*p) ) {
		case 79u: goto st492;
		case 111u: goto st492;
	}
	goto st0;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
	switch( (*p) ) {
		case 86u: goto st399;
		case 118u: goto st399;
	}
	goto st0;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
	switch( (*p) ) {
		case 67u: goto st494;
		case 99u: goto st494;
	}
	goto st0;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
	switch( (*p) ) {
		case 84u: goto st399;
		case 116u: goto st399;
	}
	goto st0;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
	switch( (*p) ) {
		case 69u: goto st496;
		case 101u: goto st496;
	}
	goto st0;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
	switch( (*p) ) {
		case 80u: goto st399;
		case 112u: goto st399;
	}
	goto st0;
tr946:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st497;
tr948:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st497;
tr787:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 497; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st497;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
#line 11944 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr944;
		case 92u: goto st499;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st497;
	goto tr946;
tr944:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st498;
tr954:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 498; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 498; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st498;
tr956:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 498; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st498;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
#line 11984 "client.c"
	if ( (*p) == 32u )
		goto tr947;
	goto st0;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
	switch( (*p) ) {
		case 34u: goto tr948;
		case 92u: goto tr948;
	}
	goto st0;
tr788:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 500; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st500;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
#line 12006 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr949;
	goto st0;
tr949:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 501; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st501;
tr951:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 501; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st501;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
#line 12030 "client.c"
	switch( (*p) ) {
		case 43u: goto tr950;
		case 45u: goto tr950;
		case 125u: goto tr952;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr951;
	goto st0;
tr950:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 502; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st502;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
#line 12048 "client.c"
	if ( (*p) == 125u )
		goto st503;
	goto st0;
tr952:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 503; goto _out;} }
  }
	goto st503;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
#line 12060 "client.c"
	switch( (*p) ) {
		case 10u: goto tr954;
		case 13u: goto st504;
	}
	goto st0;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
	if ( (*p) == 10u )
		goto tr956;
	goto st0;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
	if ( (*p) == 32u )
		goto tr957;
	goto st0;
tr957:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st506;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
#line 12086 "client.c"
	switch( (*p) ) {
		case 32u: goto st506;
		case 36u: goto tr959;
		case 42u: goto tr960;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr961;
	goto st0;
tr959:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 507; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 507; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 507; goto _out;} }
	goto st507;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
#line 12105 "client.c"
	if ( (*p) == 32u )
		goto tr962;
	goto st0;
tr962:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st508;
tr993:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 508; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st508;
tr998:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 508; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 508; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 508; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st508;
tr1004:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 508; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st508;
tr1006:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 508; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 508; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 508; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st508;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
#line 12162 "client.c"
	switch( (*p) ) {
		case 32u: goto st508;
		case 34u: goto tr965;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr966;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr964;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr964;
	goto tr967;
tr972:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 509; goto _out;} }
	goto st509;
tr964:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 509; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st509;
tr967:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 509; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 509; goto _out;} }
	goto st509;
st509:
	if ( ++p == pe )
		goto _test_eof509;
case 509:
#line 12202 "client.c"
	switch( (*p) ) {
		case 10u: goto tr968;
		case 13u: goto tr969;
		case 32u: goto tr970;
		case 33u: goto st509;
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
				goto st509;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st509;
	goto tr972;
tr973:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1121;
tr974:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1121; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1121; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1121;
tr968:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1121; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1121; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1121;
tr981:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 1121; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1121; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1121;
st1121:
	if ( ++p == pe )
		goto _test_eof1121;
case 1121:
#line 12251 "client.c"
	goto st0;
tr975:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 510; goto _out;} }
	goto st510;
tr969:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 510; goto _out;} }
	goto st510;
tr982:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 510; goto _out;} }
	goto st510;
st510:
	if ( ++p == pe )
		goto _test_eof510;
case 510:
#line 12270 "client.c"
	if ( (*p) == 10u )
		goto tr973;
	goto st0;
tr970:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 511; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st511;
tr983:
#line 198 "lexical.rl"
	{ if (!ik_b_mailbox(ps)) {p++;  ps->cs = 511; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st511;
st511:
	if ( ++p == pe )
		goto _test_eof511;
case 511:
#line 12290 "client.c"
	switch( (*p) ) {
		case 10u: goto tr974;
		case 13u: goto tr975;
		case 32u: goto st511;
	}
	goto st0;
tr980:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st512;
tr984:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st512;
tr965:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 512; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st512;
st512:
	if ( ++p == pe )
		goto _test_eof512;
case 512:
#line 12312 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr978;
		case 92u: goto st514;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st512;
	goto tr980;
tr978:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st513;
tr990:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 513; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 513; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st513;
tr992:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 513; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st513;
st513:
	if ( ++p == pe )
		goto _test_eof513;
case 513:
#line 12352 "client.c"
	switch( (*p) ) {
		case 10u: goto tr981;
		case 13u: goto tr982;
		case 32u: goto tr983;
	}
	goto st0;
st514:
	if ( ++p == pe )
		goto _test_eof514;
case 514:
	switch( (*p) ) {
		case 34u: goto tr984;
		case 92u: goto tr984;
	}
	goto st0;
tr966:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 515; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st515;
st515:
	if ( ++p == pe )
		goto _test_eof515;
case 515:
#line 12377 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr985;
	goto st0;
tr985:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 516; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st516;
tr987:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 516; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st516;
st516:
	if ( ++p == pe )
		goto _test_eof516;
case 516:
#line 12401 "client.c"
	switch( (*p) ) {
		case 43u: goto tr986;
		case 45u: goto tr986;
		case 125u: goto tr988;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr987;
	goto st0;
tr986:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 517; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st517;
st517:
	if ( ++p == pe )
		goto _test_eof517;
case 517:
#line 12419 "client.c"
	if ( (*p) == 125u )
		goto st518;
	goto st0;
tr988:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 518; goto _out;} }
  }
	goto st518;
st518:
	if ( ++p == pe )
		goto _test_eof518;
case 518:
#line 12431 "client.c"
	switch( (*p) ) {
		case 10u: goto tr990;
		case 13u: goto st519;
	}
	goto st0;
st519:
	if ( ++p == pe )
		goto _test_eof519;
case 519:
	if ( (*p) == 10u )
		goto tr992;
	goto st0;
tr996:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st520;
tr960:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 520; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 520; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st520;
st520:
	if ( ++p == pe )
		goto _test_eof520;
case 520:
#line 12459 "client.c"
	switch( (*p) ) {
		case 32u: goto tr993;
		case 44u: goto tr994;
		case 58u: goto tr995;
	}
	goto st0;
tr994:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 521; goto _out;} }
	goto st521;
tr999:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 521; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 521; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 521; goto _out;} }
	goto st521;
tr1005:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 521; goto _out;} }
	goto st521;
tr1007:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 521; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 521; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 521; goto _out;} }
	goto st521;
st521:
	if ( ++p == pe )
		goto _test_eof521;
case 521:
#line 12507 "client.c"
	if ( (*p) == 42u )
		goto tr996;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr997;
	goto st0;
tr1000:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 522; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st522;
tr997:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 522; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st522;
tr961:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 522; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 522; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 522; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st522;
st522:
	if ( ++p == pe )
		goto _test_eof522;
case 522:
#line 12548 "client.c"
	switch( (*p) ) {
		case 32u: goto tr998;
		case 44u: goto tr999;
		case 58u: goto tr1001;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1000;
	goto st0;
tr995:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st523;
tr1001:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 523; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 523; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st523;
st523:
	if ( ++p == pe )
		goto _test_eof523;
case 523:
#line 12577 "client.c"
	if ( (*p) == 42u )
		goto tr1002;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1003;
	goto st0;
tr1002:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st524;
st524:
	if ( ++p == pe )
		goto _test_eof524;
case 524:
#line 12589 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1004;
		case 44u: goto tr1005;
	}
	goto st0;
tr1003:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 525; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st525;
tr1008:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 525; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st525;
st525:
	if ( ++p == pe )
		goto _test_eof525;
case 525:
#line 12615 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1006;
		case 44u: goto tr1007;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1008;
	goto st0;
st526:
	if ( ++p == pe )
		goto _test_eof526;
case 526:
	if ( (*p) == 32u )
		goto tr1009;
	goto st0;
tr1009:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st527;
st527:
	if ( ++p == pe )
		goto _test_eof527;
case 527:
#line 12636 "client.c"
	switch( (*p) ) {
		case 32u: goto st527;
		case 36u: goto tr1011;
		case 42u: goto tr1012;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1013;
	goto st0;
tr1011:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 528; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 528; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 528; goto _out;} }
	goto st528;
st528:
	if ( ++p == pe )
		goto _test_eof528;
case 528:
#line 12655 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1014;
		case 13u: goto tr1015;
		case 32u: goto tr1016;
	}
	goto st0;
tr1017:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1122;
tr1018:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1122; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1122;
tr1014:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1122;
tr1021:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1122;
tr1028:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1122; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1122; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1122;
tr1036:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1122;
tr1040:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1122; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1122; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1122; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1122;
st1122:
	if ( ++p == pe )
		goto _test_eof1122;
case 1122:
#line 12728 "client.c"
	goto st0;
tr1019:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 529; goto _out;} }
	goto st529;
tr1015:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st529;
tr1022:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 529; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st529;
tr1029:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 529; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 529; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 529; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st529;
tr1037:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 529; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st529;
tr1041:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 529; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 529; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 529; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
	goto st529;
st529:
	if ( ++p == pe )
		goto _test_eof529;
case 529:
#line 12781 "client.c"
	if ( (*p) == 10u )
		goto tr1017;
	goto st0;
tr1016:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st530;
tr1023:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 530; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st530;
tr1030:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 530; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 530; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 530; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st530;
tr1038:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 530; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st530;
tr1042:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 530; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 530; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 530; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st530;
st530:
	if ( ++p == pe )
		goto _test_eof530;
case 530:
#line 12838 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1018;
		case 13u: goto tr1019;
		case 32u: goto st530;
	}
	goto st0;
tr1026:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st531;
tr1012:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 531; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 531; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st531;
st531:
	if ( ++p == pe )
		goto _test_eof531;
case 531:
#line 12860 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1021;
		case 13u: goto tr1022;
		case 32u: goto tr1023;
		case 44u: goto tr1024;
		case 58u: goto tr1025;
	}
	goto st0;
tr1024:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 532; goto _out;} }
	goto st532;
tr1031:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 532; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 532; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 532; goto _out;} }
	goto st532;
tr1039:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 532; goto _out;} }
	goto st532;
tr1043:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 532; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 532; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 532; goto _out;} }
	goto st532;
st532:
	if ( ++p == pe )
		goto _test_eof532;
case 532:
#line 12910 "client.c"
	if ( (*p) == 42u )
		goto tr1026;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1027;
	goto st0;
tr1032:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 533; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st533;
tr1027:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 533; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st533;
tr1013:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 533; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 533; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 533; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st533;
st533:
	if ( ++p == pe )
		goto _test_eof533;
case 533:
#line 12951 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1028;
		case 13u: goto tr1029;
		case 32u: goto tr1030;
		case 44u: goto tr1031;
		case 58u: goto tr1033;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1032;
	goto st0;
tr1025:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st534;
tr1033:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 534; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 534; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st534;
st534:
	if ( ++p == pe )
		goto _test_eof534;
case 534:
#line 12982 "client.c"
	if ( (*p) == 42u )
		goto tr1034;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1035;
	goto st0;
tr1034:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st535;
st535:
	if ( ++p == pe )
		goto _test_eof535;
case 535:
#line 12994 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1036;
		case 13u: goto tr1037;
		case 32u: goto tr1038;
		case 44u: goto tr1039;
	}
	goto st0;
tr1035:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 536; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st536;
tr1044:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 536; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st536;
st536:
	if ( ++p == pe )
		goto _test_eof536;
case 536:
#line 13022 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1040;
		case 13u: goto tr1041;
		case 32u: goto tr1042;
		case 44u: goto tr1043;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1044;
	goto st0;
st537:
	if ( ++p == pe )
		goto _test_eof537;
case 537:
	switch( (*p) ) {
		case 65u: goto tr1045;
		case 66u: goto tr1046;
		case 69u: goto tr1048;
		case 70u: goto tr1049;
		case 73u: goto tr1050;
		case 77u: goto tr1051;
		case 80u: goto tr1052;
		case 82u: goto tr1053;
		case 83u: goto tr1054;
		case 84u: goto tr1055;
		case 85u: goto tr1056;
		case 88u: goto tr1057;
		case 97u: goto tr1045;
		case 98u: goto tr1046;
		case 101u: goto tr1048;
		case 102u: goto tr1049;
		case 105u: goto tr1050;
		case 109u: goto tr1051;
		case 112u: goto tr1052;
		case 114u: goto tr1053;
		case 115u: goto tr1054;
		case 116u: goto tr1055;
		case 117u: goto tr1056;
		case 120u: goto tr1057;
	}
	if ( (*p) > 90u ) {
		if ( 99u <= (*p) && (*p) <= 122u )
			goto tr1047;
	} else if ( (*p) >= 67u )
		goto tr1047;
	goto st0;
tr1045:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 538; goto _out;} }
	goto st538;
st538:
	if ( ++p == pe )
		goto _test_eof538;
case 538:
#line 13074 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st588;
		case 91u: goto tr1061;
		case 108u: goto st588;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1058:
#line 81 "command.rl"
	{ ps->kw = IK_KW_NONE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1105:
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1135:
#line 51 "command.rl"
	{ ps->kw = IK_KW_ALL; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1143:
#line 52 "command.rl"
	{ ps->kw = IK_KW_BINARY; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1151:
#line 53 "command.rl"
	{ ps->kw = IK_KW_BINARY_PEEK; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1156:
#line 54 "command.rl"
	{ ps->kw = IK_KW_BINARY_SIZE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1160:
#line 55 "command.rl"
	{ ps->kw = IK_KW_BODY; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1168:
#line 57 "command.rl"
	{ ps->kw = IK_KW_BODY_PEEK; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1178:
#line 56 "command.rl"
	{ ps->kw = IK_KW_BODYSTRUCTURE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1187:
#line 58 "command.rl"
	{ ps->kw = IK_KW_EMAILID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1195:
#line 59 "command.rl"
	{ ps->kw = IK_KW_ENVELOPE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1202:
#line 60 "command.rl"
	{ ps->kw = IK_KW_FAST; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1207:
#line 61 "command.rl"
	{ ps->kw = IK_KW_FLAGS; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1211:
#line 62 "command.rl"
	{ ps->kw = IK_KW_FULL; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1224:
#line 66 "command.rl"
	{ ps->kw = IK_KW_INTERNALDATE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1231:
#line 68 "command.rl"
	{ ps->kw = IK_KW_MODSEQ; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1239:
#line 69 "command.rl"
	{ ps->kw = IK_KW_PREVIEW; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1246:
#line 70 "command.rl"
	{ ps->kw = IK_KW_RFC822; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1257:
#line 71 "command.rl"
	{ ps->kw = IK_KW_RFC822_HEADER; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1262:
#line 72 "command.rl"
	{ ps->kw = IK_KW_RFC822_SIZE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1267:
#line 73 "command.rl"
	{ ps->kw = IK_KW_RFC822_TEXT; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1276:
#line 74 "command.rl"
	{ ps->kw = IK_KW_SAVEDATE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1285:
#line 76 "command.rl"
	{ ps->kw = IK_KW_THREADID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1289:
#line 77 "command.rl"
	{ ps->kw = IK_KW_UID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1303:
#line 78 "command.rl"
	{ ps->kw = IK_KW_X_GM_LABELS; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1309:
#line 79 "command.rl"
	{ ps->kw = IK_KW_X_GM_MSGID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
tr1315:
#line 80 "command.rl"
	{ ps->kw = IK_KW_X_GM_THRID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 228 "command.rl"
	{ if (!ik_c_fa_end(ps, p)) {p++;  ps->cs = 1123; goto _out;} }
#line 280 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1123;
st1123:
	if ( ++p == pe )
		goto _test_eof1123;
case 1123:
#line 13267 "client.c"
	goto st0;
tr1062:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 539; goto _out;} }
	goto st539;
tr1047:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 539; goto _out;} }
	goto st539;
st539:
	if ( ++p == pe )
		goto _test_eof539;
case 539:
#line 13278 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1061;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1061:
#line 81 "command.rl"
	{ ps->kw = IK_KW_NONE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1136:
#line 51 "command.rl"
	{ ps->kw = IK_KW_ALL; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1145:
#line 52 "command.rl"
	{ ps->kw = IK_KW_BINARY; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1152:
#line 53 "command.rl"
	{ ps->kw = IK_KW_BINARY_PEEK; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1157:
#line 54 "command.rl"
	{ ps->kw = IK_KW_BINARY_SIZE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1163:
#line 55 "command.rl"
	{ ps->kw = IK_KW_BODY; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1169:
#line 57 "command.rl"
	{ ps->kw = IK_KW_BODY_PEEK; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1179:
#line 56 "command.rl"
	{ ps->kw = IK_KW_BODYSTRUCTURE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1188:
#line 58 "command.rl"
	{ ps->kw = IK_KW_EMAILID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1196:
#line 59 "command.rl"
	{ ps->kw = IK_KW_ENVELOPE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1203:
#line 60 "command.rl"
	{ ps->kw = IK_KW_FAST; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1208:
#line 61 "command.rl"
	{ ps->kw = IK_KW_FLAGS; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1212:
#line 62 "command.rl"
	{ ps->kw = IK_KW_FULL; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1225:
#line 66 "command.rl"
	{ ps->kw = IK_KW_INTERNALDATE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1232:
#line 68 "command.rl"
	{ ps->kw = IK_KW_MODSEQ; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1240:
#line 69 "command.rl"
	{ ps->kw = IK_KW_PREVIEW; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1248:
#line 70 "command.rl"
	{ ps->kw = IK_KW_RFC822; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1258:
#line 71 "command.rl"
	{ ps->kw = IK_KW_RFC822_HEADER; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1263:
#line 72 "command.rl"
	{ ps->kw = IK_KW_RFC822_SIZE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1268:
#line 73 "command.rl"
	{ ps->kw = IK_KW_RFC822_TEXT; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1277:
#line 74 "command.rl"
	{ ps->kw = IK_KW_SAVEDATE; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1286:
#line 76 "command.rl"
	{ ps->kw = IK_KW_THREADID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1290:
#line 77 "command.rl"
	{ ps->kw = IK_KW_UID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1304:
#line 78 "command.rl"
	{ ps->kw = IK_KW_X_GM_LABELS; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1310:
#line 79 "command.rl"
	{ ps->kw = IK_KW_X_GM_MSGID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
tr1316:
#line 80 "command.rl"
	{ ps->kw = IK_KW_X_GM_THRID; }
#line 220 "command.rl"
	{ if (!ik_c_fa_name(ps, p)) {p++;  ps->cs = 540; goto _out;} }
#line 221 "command.rl"
	{ if (!ik_c_fa_section(ps, p)) {p++;  ps->cs = 540; goto _out;} }
	goto st540;
st540:
	if ( ++p == pe )
		goto _test_eof540;
case 540:
#line 13439 "client.c"
	switch( (*p) ) {
		case 72u: goto tr1064;
		case 84u: goto tr1065;
		case 93u: goto tr1066;
		case 104u: goto tr1064;
		case 116u: goto tr1065;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1063;
	goto st0;
tr1070:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 541; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st541;
tr1068:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 541; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st541;
tr1063:
#line 222 "command.rl"
	{ if (!ik_c_fa_part(ps, p)) {p++;  ps->cs = 541; goto _out;} }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 541; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st541;
st541:
	if ( ++p == pe )
		goto _test_eof541;
case 541:
#line 13480 "client.c"
	switch( (*p) ) {
		case 46u: goto tr1067;
		case 93u: goto tr1069;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1068;
	goto st0;
tr1067:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 542; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 542; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 542; goto _out;} ps->last->form = IK_FORM_NONE; }
	goto st542;
st542:
	if ( ++p == pe )
		goto _test_eof542;
case 542:
#line 13505 "client.c"
	switch( (*p) ) {
		case 72u: goto tr1064;
		case 77u: goto tr1071;
		case 84u: goto tr1065;
		case 104u: goto tr1064;
		case 109u: goto tr1071;
		case 116u: goto tr1065;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1070;
	goto st0;
tr1064:
#line 223 "command.rl"
	{ if (!ik_c_fa_text(ps, p)) {p++;  ps->cs = 543; goto _out;} }
	goto st543;
st543:
	if ( ++p == pe )
		goto _test_eof543;
case 543:
#line 13523 "client.c"
	switch( (*p) ) {
		case 69u: goto st544;
		case 101u: goto st544;
	}
	goto st0;
st544:
	if ( ++p == pe )
		goto _test_eof544;
case 544:
	switch( (*p) ) {
		case 65u: goto st545;
		case 97u: goto st545;
	}
	goto st0;
st545:
	if ( ++p == pe )
		goto _test_eof545;
case 545:
	switch( (*p) ) {
		case 68u: goto st546;
		case 100u: goto st546;
	}
	goto st0;
st546:
	if ( ++p == pe )
		goto _test_eof546;
case 546:
	switch( (*p) ) {
		case 69u: goto st547;
		case 101u: goto st547;
	}
	goto st0;
st547:
	if ( ++p == pe )
		goto _test_eof547;
case 547:
	switch( (*p) ) {
		case 82u: goto st548;
		case 114u: goto st548;
	}
	goto st0;
st548:
	if ( ++p == pe )
		goto _test_eof548;
case 548:
	switch( (*p) ) {
		case 46u: goto st549;
		case 93u: goto tr1078;
	}
	goto st0;
st549:
	if ( ++p == pe )
		goto _test_eof549;
case 549:
	switch( (*p) ) {
		case 70u: goto st550;
		case 102u: goto st550;
	}
	goto st0;
st550:
	if ( ++p == pe )
		goto _test_eof550;
case 550:
	switch( (*p) ) {
		case 73u: goto st551;
		case 105u: goto st551;
	}
	goto st0;
st551:
	if ( ++p == pe )
		goto _test_eof551;
case 551:
	switch( (*p) ) {
		case 69u: goto st552;
		case 101u: goto st552;
	}
	goto st0;
st552:
	if ( ++p == pe )
		goto _test_eof552;
case 552:
	switch( (*p) ) {
		case 76u: goto st553;
		case 108u: goto st553;
	}
	goto st0;
st553:
	if ( ++p == pe )
		goto _test_eof553;
case 553:
	switch( (*p) ) {
		case 68u: goto st554;
		case 100u: goto st554;
	}
	goto st0;
st554:
	if ( ++p == pe )
		goto _test_eof554;
case 554:
	switch( (*p) ) {
		case 83u: goto st555;
		case 115u: goto st555;
	}
	goto st0;
st555:
	if ( ++p == pe )
		goto _test_eof555;
case 555:
	switch( (*p) ) {
		case 32u: goto tr1085;
		case 46u: goto st576;
	}
	goto st0;
tr1085:
#line 64 "command.rl"
	{ ps->kw = IK_KW_HEADER_FIELDS; }
#line 224 "command.rl"
	{ ik_c_fa_text_id(ps, p); }
	goto st556;
tr1125:
#line 65 "command.rl"
	{ ps->kw = IK_KW_HEADER_FIELDS_NOT; }
#line 224 "command.rl"
	{ ik_c_fa_text_id(ps, p); }
	goto st556;
st556:
	if ( ++p == pe )
		goto _test_eof556;
case 556:
#line 13648 "client.c"
	if ( (*p) == 40u )
		goto tr1087;
	goto st0;
tr1087:
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 557; goto _out;} }
	goto st557;
st557:
	if ( ++p == pe )
		goto _test_eof557;
case 557:
#line 13658 "client.c"
	switch( (*p) ) {
		case 34u: goto tr1089;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1090;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1088;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1088;
	goto tr1091;
tr1088:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st558;
tr1091:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 558; goto _out;} }
	goto st558;
tr1095:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 558; goto _out;} }
	goto st558;
st558:
	if ( ++p == pe )
		goto _test_eof558;
case 558:
#line 13691 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1092;
		case 33u: goto st558;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1094;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st558;
	} else
		goto st0;
	goto tr1095;
tr1092:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 559; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st559;
tr1103:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 559; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st559;
st559:
	if ( ++p == pe )
		goto _test_eof559;
case 559:
#line 13725 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1096;
		case 34u: goto tr1089;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1097;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1090;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1088;
	} else
		goto st0;
	goto tr1091;
tr1096:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 560; goto _out;} }
	goto st560;
st560:
	if ( ++p == pe )
		goto _test_eof560;
case 560:
#line 13749 "client.c"
	switch( (*p) ) {
		case 32u: goto st560;
		case 34u: goto tr1089;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1097;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1090;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1088;
	} else
		goto st0;
	goto tr1091;
tr1089:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st561;
tr1102:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st561;
tr1113:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st561;
st561:
	if ( ++p == pe )
		goto _test_eof561;
case 561:
#line 13779 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1100;
		case 92u: goto st570;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st561;
	goto tr1102;
tr1100:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st562;
tr1119:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 562; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 562; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st562;
tr1121:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 562; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st562;
st562:
	if ( ++p == pe )
		goto _test_eof562;
case 562:
#line 13819 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1103;
		case 41u: goto tr1104;
	}
	goto st0;
tr1097:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 563; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st563;
tr1094:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 563; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st563;
tr1104:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 563; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st563;
st563:
	if ( ++p == pe )
		goto _test_eof563;
case 563:
#line 13845 "client.c"
	if ( (*p) == 93u )
		goto tr1066;
	goto st0;
tr1066:
#line 225 "command.rl"
	{ ik_c_fa_section_end(ps, p); }
	goto st564;
tr1069:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 564; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 564; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 564; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 225 "command.rl"
	{ ik_c_fa_section_end(ps, p); }
	goto st564;
tr1078:
#line 63 "command.rl"
	{ ps->kw = IK_KW_HEADER; }
#line 224 "command.rl"
	{ ik_c_fa_text_id(ps, p); }
#line 225 "command.rl"
	{ ik_c_fa_section_end(ps, p); }
	goto st564;
tr1129:
#line 67 "command.rl"
	{ ps->kw = IK_KW_MIME; }
#line 224 "command.rl"
	{ ik_c_fa_text_id(ps, p); }
#line 225 "command.rl"
	{ ik_c_fa_section_end(ps, p); }
	goto st564;
tr1133:
#line 75 "command.rl"
	{ ps->kw = IK_KW_TEXT; }
#line 224 "command.rl"
	{ ik_c_fa_text_id(ps, p); }
#line 225 "command.rl"
	{ ik_c_fa_section_end(ps, p); }
	goto st564;
st564:
	if ( ++p == pe )
		goto _test_eof564;
case 564:
#line 13885 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1105;
		case 13u: goto tr1105;
		case 32u: goto tr1105;
		case 41u: goto tr1105;
		case 60u: goto tr1106;
	}
	goto st0;
tr1106:
#line 226 "command.rl"
	{ if (!ik_c_fa_partial(ps, p)) {p++;  ps->cs = 565; goto _out;} }
	goto st565;
st565:
	if ( ++p == pe )
		goto _test_eof565;
case 565:
#line 13900 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1107;
	goto st0;
tr1107:
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
tr1109:
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
#line 13924 "client.c"
	if ( (*p) == 46u )
		goto tr1108;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1109;
	goto st0;
tr1108:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 567; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 567; goto _out;} ps->last->form = IK_FORM_NONE; }
	goto st567;
st567:
	if ( ++p == pe )
		goto _test_eof567;
case 567:
#line 13944 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1110;
	goto st0;
tr1110:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 568; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st568;
tr1111:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 568; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st568;
st568:
	if ( ++p == pe )
		goto _test_eof568;
case 568:
#line 13968 "client.c"
	if ( (*p) == 62u )
		goto tr1112;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1111;
	goto st0;
tr1112:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 569; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 569; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 227 "command.rl"
	{ if (!ik_c_fa_partial_len(ps)) {p++;  ps->cs = 569; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st569;
st569:
	if ( ++p == pe )
		goto _test_eof569;
case 569:
#line 13990 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1105;
		case 13u: goto tr1105;
		case 32u: goto tr1105;
		case 41u: goto tr1105;
	}
	goto st0;
st570:
	if ( ++p == pe )
		goto _test_eof570;
case 570:
	switch( (*p) ) {
		case 34u: goto tr1113;
		case 92u: goto tr1113;
	}
	goto st0;
tr1090:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st571;
st571:
	if ( ++p == pe )
		goto _test_eof571;
case 571:
#line 14013 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1114;
	goto st0;
tr1114:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 572; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st572;
tr1116:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 572; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st572;
st572:
	if ( ++p == pe )
		goto _test_eof572;
case 572:
#line 14037 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1115;
		case 45u: goto tr1115;
		case 125u: goto tr1117;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1116;
	goto st0;
tr1115:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 573; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st573;
st573:
	if ( ++p == pe )
		goto _test_eof573;
case 573:
#line 14055 "client.c"
	if ( (*p) == 125u )
		goto st574;
	goto st0;
tr1117:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 574; goto _out;} }
  }
	goto st574;
st574:
	if ( ++p == pe )
		goto _test_eof574;
case 574:
#line 14067 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1119;
		case 13u: goto st575;
	}
	goto st0;
st575:
	if ( ++p == pe )
		goto _test_eof575;
case 575:
	if ( (*p) == 10u )
		goto tr1121;
	goto st0;
st576:
	if ( ++p == pe )
		goto _test_eof576;
case 576:
	switch( (*p) ) {
		case 78u: goto st577;
		case 110u: goto st577;
	}
	goto st0;
st577:
	if ( ++p == pe )
		goto _test_eof577;
case 577:
	switch( (*p) ) {
		case 79u: goto st578;
		case 111u: goto st578;
	}
	goto st0;
st578:
	if ( ++p == pe )
		goto _test_eof578;
case 578:
	switch( (*p) ) {
		case 84u: goto st579;
		case 116u: goto st579;
	}
	goto st0;
st579:
	if ( ++p == pe )
		goto _test_eof579;
case 579:
	if ( (*p) == 32u )
		goto tr1125;
	goto st0;
tr1071:
#line 223 "command.rl"
	{ if (!ik_c_fa_text(ps, p)) {p++;  ps->cs = 580; goto _out;} }
	goto st580;
st580:
	if ( ++p == pe )
		goto _test_eof580;
case 580:
#line 14120 "client.c"
	switch( (*p) ) {
		case 73u: goto st581;
		case 105u: goto st581;
	}
	goto st0;
st581:
	if ( ++p == pe )
		goto _test_eof581;
case 581:
	switch( (*p) ) {
		case 77u: goto st582;
		case 109u: goto st582;
	}
	goto st0;
st582:
	if ( ++p == pe )
		goto _test_eof582;
case 582:
	switch( (*p) ) {
		case 69u: goto st583;
		case 101u: goto st583;
	}
	goto st0;
st583:
	if ( ++p == pe )
		goto _test_eof583;
case 583:
	if ( (*p) == 93u )
		goto tr1129;
	goto st0;
tr1065:
#line 223 "command.rl"
	{ if (!ik_c_fa_text(ps, p)) {p++;  ps->cs = 584; goto _out;} }
	goto st584;
st584:
	if ( ++p == pe )
		goto _test_eof584;
case 584:
#line 14157 "client.c"
	switch( (*p) ) {
		case 69u: goto st585;
		case 101u: goto st585;
	}
	goto st0;
st585:
	if ( ++p == pe )
		goto _test_eof585;
case 585:
	switch( (*p) ) {
		case 88u: goto st586;
		case 120u: goto st586;
	}
	goto st0;
st586:
	if ( ++p == pe )
		goto _test_eof586;
case 586:
	switch( (*p) ) {
		case 84u: goto st587;
		case 116u: goto st587;
	}
	goto st0;
st587:
	if ( ++p == pe )
		goto _test_eof587;
case 587:
	if ( (*p) == 93u )
		goto tr1133;
	goto st0;
st588:
	if ( ++p == pe )
		goto _test_eof588;
case 588:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st589;
		case 91u: goto tr1061;
		case 108u: goto st589;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st589:
	if ( ++p == pe )
		goto _test_eof589;
case 589:
	switch( (*p) ) {
		case 10u: goto tr1135;
		case 13u: goto tr1135;
		case 32u: goto tr1135;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1135;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1136;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1046:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 590; goto _out;} }
	goto st590;
st590:
	if ( ++p == pe )
		goto _test_eof590;
case 590:
#line 14258 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st591;
		case 79u: goto st605;
		case 91u: goto tr1061;
		case 105u: goto st591;
		case 111u: goto st605;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st591:
	if ( ++p == pe )
		goto _test_eof591;
case 591:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 78u: goto st592;
		case 91u: goto tr1061;
		case 110u: goto st592;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st592:
	if ( ++p == pe )
		goto _test_eof592;
case 592:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st593;
		case 91u: goto tr1061;
		case 97u: goto st593;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st593:
	if ( ++p == pe )
		goto _test_eof593;
case 593:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st594;
		case 91u: goto tr1061;
		case 114u: goto st594;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st594:
	if ( ++p == pe )
		goto _test_eof594;
case 594:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 89u: goto st595;
		case 91u: goto tr1061;
		case 121u: goto st595;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st595:
	if ( ++p == pe )
		goto _test_eof595;
case 595:
	switch( (*p) ) {
		case 10u: goto tr1143;
		case 13u: goto tr1143;
		case 32u: goto tr1143;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1143;
		case 42u: goto st0;
		case 46u: goto st596;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1145;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st596:
	if ( ++p == pe )
		goto _test_eof596;
case 596:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 80u: goto st597;
		case 83u: goto st601;
		case 91u: goto tr1061;
		case 112u: goto st597;
		case 115u: goto st601;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st597:
	if ( ++p == pe )
		goto _test_eof597;
case 597:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st598;
		case 91u: goto tr1061;
		case 101u: goto st598;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st598:
	if ( ++p == pe )
		goto _test_eof598;
case 598:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st599;
		case 91u: goto tr1061;
		case 101u: goto st599;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st599:
	if ( ++p == pe )
		goto _test_eof599;
case 599:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 75u: goto st600;
		case 91u: goto tr1061;
		case 107u: goto st600;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st600:
	if ( ++p == pe )
		goto _test_eof600;
case 600:
	switch( (*p) ) {
		case 10u: goto tr1151;
		case 13u: goto tr1151;
		case 32u: goto tr1151;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1151;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1152;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st601:
	if ( ++p == pe )
		goto _test_eof601;
case 601:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st602;
		case 91u: goto tr1061;
		case 105u: goto st602;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st602:
	if ( ++p == pe )
		goto _test_eof602;
case 602:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 90u: goto st603;
		case 91u: goto tr1061;
		case 122u: goto st603;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 89u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st603:
	if ( ++p == pe )
		goto _test_eof603;
case 603:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st604;
		case 91u: goto tr1061;
		case 101u: goto st604;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st604:
	if ( ++p == pe )
		goto _test_eof604;
case 604:
	switch( (*p) ) {
		case 10u: goto tr1156;
		case 13u: goto tr1156;
		case 32u: goto tr1156;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1156;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1157;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st605:
	if ( ++p == pe )
		goto _test_eof605;
case 605:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st606;
		case 91u: goto tr1061;
		case 100u: goto st606;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st606:
	if ( ++p == pe )
		goto _test_eof606;
case 606:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 89u: goto st607;
		case 91u: goto tr1061;
		case 121u: goto st607;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st607:
	if ( ++p == pe )
		goto _test_eof607;
case 607:
	switch( (*p) ) {
		case 10u: goto tr1160;
		case 13u: goto tr1160;
		case 32u: goto tr1160;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1160;
		case 42u: goto st0;
		case 46u: goto st608;
		case 60u: goto st0;
		case 62u: goto st0;
		case 83u: goto st613;
		case 91u: goto tr1163;
		case 115u: goto st613;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st608:
	if ( ++p == pe )
		goto _test_eof608;
case 608:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 80u: goto st609;
		case 91u: goto tr1061;
		case 112u: goto st609;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st609:
	if ( ++p == pe )
		goto _test_eof609;
case 609:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st610;
		case 91u: goto tr1061;
		case 101u: goto st610;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st610:
	if ( ++p == pe )
		goto _test_eof610;
case 610:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st611;
		case 91u: goto tr1061;
		case 101u: goto st611;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st611:
	if ( ++p == pe )
		goto _test_eof611;
case 611:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 75u: goto st612;
		case 91u: goto tr1061;
		case 107u: goto st612;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st612:
	if ( ++p == pe )
		goto _test_eof612;
case 612:
	switch( (*p) ) {
		case 10u: goto tr1168;
		case 13u: goto tr1168;
		case 32u: goto tr1168;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1168;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1169;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st613:
	if ( ++p == pe )
		goto _test_eof613;
case 613:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 84u: goto st614;
		case 91u: goto tr1061;
		case 116u: goto st614;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st614:
	if ( ++p == pe )
		goto _test_eof614;
case 614:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st615;
		case 91u: goto tr1061;
		case 114u: goto st615;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st615:
	if ( ++p == pe )
		goto _test_eof615;
case 615:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 85u: goto st616;
		case 91u: goto tr1061;
		case 117u: goto st616;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st616:
	if ( ++p == pe )
		goto _test_eof616;
case 616:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 67u: goto st617;
		case 91u: goto tr1061;
		case 99u: goto st617;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st617:
	if ( ++p == pe )
		goto _test_eof617;
case 617:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 84u: goto st618;
		case 91u: goto tr1061;
		case 116u: goto st618;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st618:
	if ( ++p == pe )
		goto _test_eof618;
case 618:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 85u: goto st619;
		case 91u: goto tr1061;
		case 117u: goto st619;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st619:
	if ( ++p == pe )
		goto _test_eof619;
case 619:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st620;
		case 91u: goto tr1061;
		case 114u: goto st620;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st620:
	if ( ++p == pe )
		goto _test_eof620;
case 620:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st621;
		case 91u: goto tr1061;
		case 101u: goto st621;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st621:
	if ( ++p == pe )
		goto _test_eof621;
case 621:
	switch( (*p) ) {
		case 10u: goto tr1178;
		case 13u: goto tr1178;
		case 32u: goto tr1178;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1178;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1179;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1048:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 622; goto _out;} }
	goto st622;
st622:
	if ( ++p == pe )
		goto _test_eof622;
case 622:
#line 15313 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 77u: goto st623;
		case 78u: goto st629;
		case 91u: goto tr1061;
		case 109u: goto st623;
		case 110u: goto st629;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st623:
	if ( ++p == pe )
		goto _test_eof623;
case 623:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st624;
		case 91u: goto tr1061;
		case 97u: goto st624;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st624:
	if ( ++p == pe )
		goto _test_eof624;
case 624:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st625;
		case 91u: goto tr1061;
		case 105u: goto st625;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st625:
	if ( ++p == pe )
		goto _test_eof625;
case 625:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st626;
		case 91u: goto tr1061;
		case 108u: goto st626;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st626:
	if ( ++p == pe )
		goto _test_eof626;
case 626:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st627;
		case 91u: goto tr1061;
		case 105u: goto st627;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st627:
	if ( ++p == pe )
		goto _test_eof627;
case 627:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st628;
		case 91u: goto tr1061;
		case 100u: goto st628;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st628:
	if ( ++p == pe )
		goto _test_eof628;
case 628:
	switch( (*p) ) {
		case 10u: goto tr1187;
		case 13u: goto tr1187;
		case 32u: goto tr1187;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1187;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1188;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st629:
	if ( ++p == pe )
		goto _test_eof629;
case 629:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 86u: goto st630;
		case 91u: goto tr1061;
		case 118u: goto st630;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st630:
	if ( ++p == pe )
		goto _test_eof630;
case 630:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st631;
		case 91u: goto tr1061;
		case 101u: goto st631;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st631:
	if ( ++p == pe )
		goto _test_eof631;
case 631:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st632;
		case 91u: goto tr1061;
		case 108u: goto st632;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st632:
	if ( ++p == pe )
		goto _test_eof632;
case 632:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 79u: goto st633;
		case 91u: goto tr1061;
		case 111u: goto st633;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st633:
	if ( ++p == pe )
		goto _test_eof633;
case 633:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 80u: goto st634;
		case 91u: goto tr1061;
		case 112u: goto st634;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st634:
	if ( ++p == pe )
		goto _test_eof634;
case 634:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st635;
		case 91u: goto tr1061;
		case 101u: goto st635;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st635:
	if ( ++p == pe )
		goto _test_eof635;
case 635:
	switch( (*p) ) {
		case 10u: goto tr1195;
		case 13u: goto tr1195;
		case 32u: goto tr1195;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1195;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1196;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1049:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 636; goto _out;} }
	goto st636;
st636:
	if ( ++p == pe )
		goto _test_eof636;
case 636:
#line 15776 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st637;
		case 76u: goto st640;
		case 85u: goto st644;
		case 91u: goto tr1061;
		case 97u: goto st637;
		case 108u: goto st640;
		case 117u: goto st644;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st637:
	if ( ++p == pe )
		goto _test_eof637;
case 637:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 83u: goto st638;
		case 91u: goto tr1061;
		case 115u: goto st638;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st638:
	if ( ++p == pe )
		goto _test_eof638;
case 638:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 84u: goto st639;
		case 91u: goto tr1061;
		case 116u: goto st639;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st639:
	if ( ++p == pe )
		goto _test_eof639;
case 639:
	switch( (*p) ) {
		case 10u: goto tr1202;
		case 13u: goto tr1202;
		case 32u: goto tr1202;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1202;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1203;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st640:
	if ( ++p == pe )
		goto _test_eof640;
case 640:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st641;
		case 91u: goto tr1061;
		case 97u: goto st641;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st641:
	if ( ++p == pe )
		goto _test_eof641;
case 641:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 71u: goto st642;
		case 91u: goto tr1061;
		case 103u: goto st642;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st642:
	if ( ++p == pe )
		goto _test_eof642;
case 642:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 83u: goto st643;
		case 91u: goto tr1061;
		case 115u: goto st643;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st643:
	if ( ++p == pe )
		goto _test_eof643;
case 643:
	switch( (*p) ) {
		case 10u: goto tr1207;
		case 13u: goto tr1207;
		case 32u: goto tr1207;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1207;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1208;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st644:
	if ( ++p == pe )
		goto _test_eof644;
case 644:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st645;
		case 91u: goto tr1061;
		case 108u: goto st645;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st645:
	if ( ++p == pe )
		goto _test_eof645;
case 645:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st646;
		case 91u: goto tr1061;
		case 108u: goto st646;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st646:
	if ( ++p == pe )
		goto _test_eof646;
case 646:
	switch( (*p) ) {
		case 10u: goto tr1211;
		case 13u: goto tr1211;
		case 32u: goto tr1211;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1211;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1212;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1050:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 647; goto _out;} }
	goto st647;
st647:
	if ( ++p == pe )
		goto _test_eof647;
case 647:
#line 16140 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 78u: goto st648;
		case 91u: goto tr1061;
		case 110u: goto st648;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st648:
	if ( ++p == pe )
		goto _test_eof648;
case 648:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 84u: goto st649;
		case 91u: goto tr1061;
		case 116u: goto st649;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st649:
	if ( ++p == pe )
		goto _test_eof649;
case 649:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st650;
		case 91u: goto tr1061;
		case 101u: goto st650;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st650:
	if ( ++p == pe )
		goto _test_eof650;
case 650:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st651;
		case 91u: goto tr1061;
		case 114u: goto st651;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st651:
	if ( ++p == pe )
		goto _test_eof651;
case 651:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 78u: goto st652;
		case 91u: goto tr1061;
		case 110u: goto st652;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st652:
	if ( ++p == pe )
		goto _test_eof652;
case 652:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st653;
		case 91u: goto tr1061;
		case 97u: goto st653;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st653:
	if ( ++p == pe )
		goto _test_eof653;
case 653:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st654;
		case 91u: goto tr1061;
		case 108u: goto st654;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st654:
	if ( ++p == pe )
		goto _test_eof654;
case 654:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st655;
		case 91u: goto tr1061;
		case 100u: goto st655;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st655:
	if ( ++p == pe )
		goto _test_eof655;
case 655:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st656;
		case 91u: goto tr1061;
		case 97u: goto st656;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st656:
	if ( ++p == pe )
		goto _test_eof656;
case 656:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 84u: goto st657;
		case 91u: goto tr1061;
		case 116u: goto st657;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st657:
	if ( ++p == pe )
		goto _test_eof657;
case 657:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st658;
		case 91u: goto tr1061;
		case 101u: goto st658;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st658:
	if ( ++p == pe )
		goto _test_eof658;
case 658:
	switch( (*p) ) {
		case 10u: goto tr1224;
		case 13u: goto tr1224;
		case 32u: goto tr1224;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1224;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1225;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1051:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 659; goto _out;} }
	goto st659;
st659:
	if ( ++p == pe )
		goto _test_eof659;
case 659:
#line 16537 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 79u: goto st660;
		case 91u: goto tr1061;
		case 111u: goto st660;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st660:
	if ( ++p == pe )
		goto _test_eof660;
case 660:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st661;
		case 91u: goto tr1061;
		case 100u: goto st661;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st661:
	if ( ++p == pe )
		goto _test_eof661;
case 661:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 83u: goto st662;
		case 91u: goto tr1061;
		case 115u: goto st662;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st662:
	if ( ++p == pe )
		goto _test_eof662;
case 662:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st663;
		case 91u: goto tr1061;
		case 101u: goto st663;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st663:
	if ( ++p == pe )
		goto _test_eof663;
case 663:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 81u: goto st664;
		case 91u: goto tr1061;
		case 113u: goto st664;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st664:
	if ( ++p == pe )
		goto _test_eof664;
case 664:
	switch( (*p) ) {
		case 10u: goto tr1231;
		case 13u: goto tr1231;
		case 32u: goto tr1231;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1231;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1232;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1052:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 665; goto _out;} }
	goto st665;
st665:
	if ( ++p == pe )
		goto _test_eof665;
case 665:
#line 16736 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st666;
		case 91u: goto tr1061;
		case 114u: goto st666;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st666:
	if ( ++p == pe )
		goto _test_eof666;
case 666:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st667;
		case 91u: goto tr1061;
		case 101u: goto st667;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st667:
	if ( ++p == pe )
		goto _test_eof667;
case 667:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 86u: goto st668;
		case 91u: goto tr1061;
		case 118u: goto st668;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st668:
	if ( ++p == pe )
		goto _test_eof668;
case 668:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st669;
		case 91u: goto tr1061;
		case 105u: goto st669;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st669:
	if ( ++p == pe )
		goto _test_eof669;
case 669:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st670;
		case 91u: goto tr1061;
		case 101u: goto st670;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st670:
	if ( ++p == pe )
		goto _test_eof670;
case 670:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 87u: goto st671;
		case 91u: goto tr1061;
		case 119u: goto st671;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st671:
	if ( ++p == pe )
		goto _test_eof671;
case 671:
	switch( (*p) ) {
		case 10u: goto tr1239;
		case 13u: goto tr1239;
		case 32u: goto tr1239;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1239;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1240;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1053:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 672; goto _out;} }
	goto st672;
st672:
	if ( ++p == pe )
		goto _test_eof672;
case 672:
#line 16968 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 70u: goto st673;
		case 91u: goto tr1061;
		case 102u: goto st673;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st673:
	if ( ++p == pe )
		goto _test_eof673;
case 673:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 67u: goto st674;
		case 91u: goto tr1061;
		case 99u: goto st674;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st674:
	if ( ++p == pe )
		goto _test_eof674;
case 674:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 56u: goto st675;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1061;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st675:
	if ( ++p == pe )
		goto _test_eof675;
case 675:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 50u: goto st676;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1061;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st676:
	if ( ++p == pe )
		goto _test_eof676;
case 676:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 50u: goto st677;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1061;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st677:
	if ( ++p == pe )
		goto _test_eof677;
case 677:
	switch( (*p) ) {
		case 10u: goto tr1246;
		case 13u: goto tr1246;
		case 32u: goto tr1246;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1246;
		case 42u: goto st0;
		case 46u: goto st678;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1248;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st678:
	if ( ++p == pe )
		goto _test_eof678;
case 678:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 72u: goto st679;
		case 83u: goto st685;
		case 84u: goto st689;
		case 91u: goto tr1061;
		case 104u: goto st679;
		case 115u: goto st685;
		case 116u: goto st689;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st679:
	if ( ++p == pe )
		goto _test_eof679;
case 679:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st680;
		case 91u: goto tr1061;
		case 101u: goto st680;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st680:
	if ( ++p == pe )
		goto _test_eof680;
case 680:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st681;
		case 91u: goto tr1061;
		case 97u: goto st681;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st681:
	if ( ++p == pe )
		goto _test_eof681;
case 681:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st682;
		case 91u: goto tr1061;
		case 100u: goto st682;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st682:
	if ( ++p == pe )
		goto _test_eof682;
case 682:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st683;
		case 91u: goto tr1061;
		case 101u: goto st683;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st683:
	if ( ++p == pe )
		goto _test_eof683;
case 683:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st684;
		case 91u: goto tr1061;
		case 114u: goto st684;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st684:
	if ( ++p == pe )
		goto _test_eof684;
case 684:
	switch( (*p) ) {
		case 10u: goto tr1257;
		case 13u: goto tr1257;
		case 32u: goto tr1257;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1257;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1258;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st685:
	if ( ++p == pe )
		goto _test_eof685;
case 685:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st686;
		case 91u: goto tr1061;
		case 105u: goto st686;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st686:
	if ( ++p == pe )
		goto _test_eof686;
case 686:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 90u: goto st687;
		case 91u: goto tr1061;
		case 122u: goto st687;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 89u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st687:
	if ( ++p == pe )
		goto _test_eof687;
case 687:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st688;
		case 91u: goto tr1061;
		case 101u: goto st688;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st688:
	if ( ++p == pe )
		goto _test_eof688;
case 688:
	switch( (*p) ) {
		case 10u: goto tr1262;
		case 13u: goto tr1262;
		case 32u: goto tr1262;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1262;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1263;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st689:
	if ( ++p == pe )
		goto _test_eof689;
case 689:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st690;
		case 91u: goto tr1061;
		case 101u: goto st690;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st690:
	if ( ++p == pe )
		goto _test_eof690;
case 690:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 88u: goto st691;
		case 91u: goto tr1061;
		case 120u: goto st691;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st691:
	if ( ++p == pe )
		goto _test_eof691;
case 691:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 84u: goto st692;
		case 91u: goto tr1061;
		case 116u: goto st692;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st692:
	if ( ++p == pe )
		goto _test_eof692;
case 692:
	switch( (*p) ) {
		case 10u: goto tr1267;
		case 13u: goto tr1267;
		case 32u: goto tr1267;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1267;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1268;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1054:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 693; goto _out;} }
	goto st693;
st693:
	if ( ++p == pe )
		goto _test_eof693;
case 693:
#line 17658 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st694;
		case 91u: goto tr1061;
		case 97u: goto st694;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st694:
	if ( ++p == pe )
		goto _test_eof694;
case 694:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 86u: goto st695;
		case 91u: goto tr1061;
		case 118u: goto st695;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st695:
	if ( ++p == pe )
		goto _test_eof695;
case 695:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st696;
		case 91u: goto tr1061;
		case 101u: goto st696;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st696:
	if ( ++p == pe )
		goto _test_eof696;
case 696:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st697;
		case 91u: goto tr1061;
		case 100u: goto st697;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st697:
	if ( ++p == pe )
		goto _test_eof697;
case 697:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st698;
		case 91u: goto tr1061;
		case 97u: goto st698;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st698:
	if ( ++p == pe )
		goto _test_eof698;
case 698:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 84u: goto st699;
		case 91u: goto tr1061;
		case 116u: goto st699;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st699:
	if ( ++p == pe )
		goto _test_eof699;
case 699:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st700;
		case 91u: goto tr1061;
		case 101u: goto st700;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st700:
	if ( ++p == pe )
		goto _test_eof700;
case 700:
	switch( (*p) ) {
		case 10u: goto tr1276;
		case 13u: goto tr1276;
		case 32u: goto tr1276;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1276;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1277;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1055:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 701; goto _out;} }
	goto st701;
st701:
	if ( ++p == pe )
		goto _test_eof701;
case 701:
#line 17923 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 72u: goto st702;
		case 91u: goto tr1061;
		case 104u: goto st702;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st702:
	if ( ++p == pe )
		goto _test_eof702;
case 702:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st703;
		case 91u: goto tr1061;
		case 114u: goto st703;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st703:
	if ( ++p == pe )
		goto _test_eof703;
case 703:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st704;
		case 91u: goto tr1061;
		case 101u: goto st704;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st704:
	if ( ++p == pe )
		goto _test_eof704;
case 704:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st705;
		case 91u: goto tr1061;
		case 97u: goto st705;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st705:
	if ( ++p == pe )
		goto _test_eof705;
case 705:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st706;
		case 91u: goto tr1061;
		case 100u: goto st706;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st706:
	if ( ++p == pe )
		goto _test_eof706;
case 706:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st707;
		case 91u: goto tr1061;
		case 105u: goto st707;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st707:
	if ( ++p == pe )
		goto _test_eof707;
case 707:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st708;
		case 91u: goto tr1061;
		case 100u: goto st708;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st708:
	if ( ++p == pe )
		goto _test_eof708;
case 708:
	switch( (*p) ) {
		case 10u: goto tr1285;
		case 13u: goto tr1285;
		case 32u: goto tr1285;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1285;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1286;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1056:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 709; goto _out;} }
	goto st709;
st709:
	if ( ++p == pe )
		goto _test_eof709;
case 709:
#line 18188 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st710;
		case 91u: goto tr1061;
		case 105u: goto st710;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st710:
	if ( ++p == pe )
		goto _test_eof710;
case 710:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st711;
		case 91u: goto tr1061;
		case 100u: goto st711;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st711:
	if ( ++p == pe )
		goto _test_eof711;
case 711:
	switch( (*p) ) {
		case 10u: goto tr1289;
		case 13u: goto tr1289;
		case 32u: goto tr1289;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1289;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1290;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
tr1057:
#line 219 "command.rl"
	{ if (!ik_c_fa_begin(ps, p)) {p++;  ps->cs = 712; goto _out;} }
	goto st712;
st712:
	if ( ++p == pe )
		goto _test_eof712;
case 712:
#line 18288 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 45u: goto st713;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1061;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st713:
	if ( ++p == pe )
		goto _test_eof713;
case 713:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 71u: goto st714;
		case 91u: goto tr1061;
		case 103u: goto st714;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st714:
	if ( ++p == pe )
		goto _test_eof714;
case 714:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 77u: goto st715;
		case 91u: goto tr1061;
		case 109u: goto st715;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st715:
	if ( ++p == pe )
		goto _test_eof715;
case 715:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 45u: goto st716;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1061;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st716:
	if ( ++p == pe )
		goto _test_eof716;
case 716:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st717;
		case 77u: goto st723;
		case 84u: goto st728;
		case 91u: goto tr1061;
		case 108u: goto st717;
		case 109u: goto st723;
		case 116u: goto st728;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st717:
	if ( ++p == pe )
		goto _test_eof717;
case 717:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 65u: goto st718;
		case 91u: goto tr1061;
		case 97u: goto st718;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st718:
	if ( ++p == pe )
		goto _test_eof718;
case 718:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 66u: goto st719;
		case 91u: goto tr1061;
		case 98u: goto st719;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st719:
	if ( ++p == pe )
		goto _test_eof719;
case 719:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 69u: goto st720;
		case 91u: goto tr1061;
		case 101u: goto st720;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st720:
	if ( ++p == pe )
		goto _test_eof720;
case 720:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 76u: goto st721;
		case 91u: goto tr1061;
		case 108u: goto st721;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st721:
	if ( ++p == pe )
		goto _test_eof721;
case 721:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 83u: goto st722;
		case 91u: goto tr1061;
		case 115u: goto st722;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st722:
	if ( ++p == pe )
		goto _test_eof722;
case 722:
	switch( (*p) ) {
		case 10u: goto tr1303;
		case 13u: goto tr1303;
		case 32u: goto tr1303;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1303;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1304;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st723:
	if ( ++p == pe )
		goto _test_eof723;
case 723:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 83u: goto st724;
		case 91u: goto tr1061;
		case 115u: goto st724;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st724:
	if ( ++p == pe )
		goto _test_eof724;
case 724:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 71u: goto st725;
		case 91u: goto tr1061;
		case 103u: goto st725;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st725:
	if ( ++p == pe )
		goto _test_eof725;
case 725:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st726;
		case 91u: goto tr1061;
		case 105u: goto st726;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st726:
	if ( ++p == pe )
		goto _test_eof726;
case 726:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st727;
		case 91u: goto tr1061;
		case 100u: goto st727;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st727:
	if ( ++p == pe )
		goto _test_eof727;
case 727:
	switch( (*p) ) {
		case 10u: goto tr1309;
		case 13u: goto tr1309;
		case 32u: goto tr1309;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1309;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1310;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st728:
	if ( ++p == pe )
		goto _test_eof728;
case 728:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 72u: goto st729;
		case 91u: goto tr1061;
		case 104u: goto st729;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st729:
	if ( ++p == pe )
		goto _test_eof729;
case 729:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 82u: goto st730;
		case 91u: goto tr1061;
		case 114u: goto st730;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st730:
	if ( ++p == pe )
		goto _test_eof730;
case 730:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 73u: goto st731;
		case 91u: goto tr1061;
		case 105u: goto st731;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st731:
	if ( ++p == pe )
		goto _test_eof731;
case 731:
	switch( (*p) ) {
		case 10u: goto tr1058;
		case 13u: goto tr1058;
		case 32u: goto tr1058;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1058;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 68u: goto st732;
		case 91u: goto tr1061;
		case 100u: goto st732;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st732:
	if ( ++p == pe )
		goto _test_eof732;
case 732:
	switch( (*p) ) {
		case 10u: goto tr1315;
		case 13u: goto tr1315;
		case 32u: goto tr1315;
		case 33u: goto st539;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1315;
		case 42u: goto st0;
		case 60u: goto st0;
		case 62u: goto st0;
		case 91u: goto tr1316;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st539;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st539;
	goto tr1062;
st733:
	if ( ++p == pe )
		goto _test_eof733;
case 733:
	if ( (*p) == 32u )
		goto tr1317;
	goto st0;
tr1317:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st734;
st734:
	if ( ++p == pe )
		goto _test_eof734;
case 734:
#line 18987 "client.c"
	switch( (*p) ) {
		case 32u: goto st734;
		case 36u: goto tr1319;
		case 42u: goto tr1320;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1321;
	goto st0;
tr1319:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 735; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 735; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 735; goto _out;} }
	goto st735;
st735:
	if ( ++p == pe )
		goto _test_eof735;
case 735:
#line 19006 "client.c"
	if ( (*p) == 32u )
		goto tr1322;
	goto st0;
tr1322:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st736;
tr1387:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 736; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st736;
tr1392:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 736; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 736; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 736; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st736;
tr1398:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 736; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st736;
tr1400:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 736; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 736; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 736; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st736;
st736:
	if ( ++p == pe )
		goto _test_eof736;
case 736:
#line 19063 "client.c"
	switch( (*p) ) {
		case 32u: goto st736;
		case 40u: goto tr1324;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1325;
	} else if ( (*p) >= 65u )
		goto tr1325;
	goto st0;
tr1324:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 737; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 737; goto _out;} }
	goto st737;
st737:
	if ( ++p == pe )
		goto _test_eof737;
case 737:
#line 19083 "client.c"
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1326;
	} else if ( (*p) >= 65u )
		goto tr1326;
	goto st0;
tr1326:
#line 279 "command.rl"
	{ p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 738;goto st537;}} }
	goto st738;
st738:
	if ( ++p == pe )
		goto _test_eof738;
case 738:
#line 19096 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1327;
		case 41u: goto tr1328;
	}
	goto st0;
tr1327:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st739;
st739:
	if ( ++p == pe )
		goto _test_eof739;
case 739:
#line 19108 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1329;
		case 40u: goto tr1330;
		case 41u: goto tr1331;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1326;
	} else if ( (*p) >= 65u )
		goto tr1326;
	goto st0;
tr1329:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 740; goto _out;} }
	goto st740;
st740:
	if ( ++p == pe )
		goto _test_eof740;
case 740:
#line 19126 "client.c"
	switch( (*p) ) {
		case 32u: goto st740;
		case 41u: goto tr1331;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1326;
	} else if ( (*p) >= 65u )
		goto tr1326;
	goto st0;
tr1331:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 741; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st741;
tr1328:
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st741;
tr1386:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st741;
tr1325:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 741; goto _out;}
  }
#line 279 "command.rl"
	{ p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 741;goto st537;}} }
	goto st741;
st741:
	if ( ++p == pe )
		goto _test_eof741;
case 741:
#line 19157 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1333;
		case 13u: goto st742;
		case 32u: goto tr1335;
	}
	goto st0;
tr1336:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1124;
tr1337:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1124; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1124; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1124;
tr1333:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1124; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1124;
st1124:
	if ( ++p == pe )
		goto _test_eof1124;
case 1124:
#line 19179 "client.c"
	goto st0;
tr1338:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 742; goto _out;} }
	goto st742;
st742:
	if ( ++p == pe )
		goto _test_eof742;
case 742:
#line 19187 "client.c"
	if ( (*p) == 10u )
		goto tr1336;
	goto st0;
tr1335:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st743;
st743:
	if ( ++p == pe )
		goto _test_eof743;
case 743:
#line 19197 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1337;
		case 13u: goto tr1338;
		case 32u: goto st743;
		case 40u: goto tr1340;
	}
	goto st0;
tr1340:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 744; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 744; goto _out;} }
	goto st744;
st744:
	if ( ++p == pe )
		goto _test_eof744;
case 744:
#line 19214 "client.c"
	switch( (*p) ) {
		case 67u: goto tr1342;
		case 86u: goto tr1343;
		case 95u: goto tr1341;
		case 99u: goto tr1342;
		case 118u: goto tr1343;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1341;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1341;
	} else
		goto tr1341;
	goto st0;
tr1341:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st745;
st745:
	if ( ++p == pe )
		goto _test_eof745;
case 745:
#line 19237 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 95u: goto st745;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
tr1344:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 746; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st746;
st746:
	if ( ++p == pe )
		goto _test_eof746;
case 746:
#line 19262 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1347;
		case 36u: goto tr1348;
		case 40u: goto tr1349;
		case 41u: goto tr1350;
		case 42u: goto tr1348;
		case 67u: goto tr1342;
		case 86u: goto tr1343;
		case 95u: goto tr1341;
		case 99u: goto tr1342;
		case 118u: goto tr1343;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1341;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr1341;
		} else if ( (*p) >= 65u )
			goto tr1341;
	} else
		goto tr1348;
	goto st0;
tr1347:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 747; goto _out;} }
	goto st747;
st747:
	if ( ++p == pe )
		goto _test_eof747;
case 747:
#line 19293 "client.c"
	switch( (*p) ) {
		case 32u: goto st747;
		case 41u: goto tr1350;
		case 67u: goto tr1342;
		case 86u: goto tr1343;
		case 95u: goto tr1341;
		case 99u: goto tr1342;
		case 118u: goto tr1343;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1341;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1341;
	} else
		goto tr1341;
	goto st0;
tr1345:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 748; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st748;
tr1350:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 748; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st748;
tr1378:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 748; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st748;
tr1381:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 748; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st748;
tr1384:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st748;
tr1368:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 748; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 748; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 748; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st748;
st748:
	if ( ++p == pe )
		goto _test_eof748;
case 748:
#line 19352 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1333;
		case 13u: goto st742;
		case 32u: goto tr1352;
	}
	goto st0;
tr1352:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st749;
st749:
	if ( ++p == pe )
		goto _test_eof749;
case 749:
#line 19365 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1337;
		case 13u: goto tr1338;
		case 32u: goto st749;
	}
	goto st0;
tr1342:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st750;
st750:
	if ( ++p == pe )
		goto _test_eof750;
case 750:
#line 19378 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 72u: goto st751;
		case 95u: goto st745;
		case 104u: goto st751;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st751:
	if ( ++p == pe )
		goto _test_eof751;
case 751:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 65u: goto st752;
		case 95u: goto st745;
		case 97u: goto st752;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 66u )
			goto st745;
	} else
		goto st745;
	goto st0;
st752:
	if ( ++p == pe )
		goto _test_eof752;
case 752:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 78u: goto st753;
		case 95u: goto st745;
		case 110u: goto st753;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st753:
	if ( ++p == pe )
		goto _test_eof753;
case 753:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 71u: goto st754;
		case 95u: goto st745;
		case 103u: goto st754;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st754:
	if ( ++p == pe )
		goto _test_eof754;
case 754:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 69u: goto st755;
		case 95u: goto st745;
		case 101u: goto st755;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st755:
	if ( ++p == pe )
		goto _test_eof755;
case 755:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 68u: goto st756;
		case 95u: goto st745;
		case 100u: goto st756;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st756:
	if ( ++p == pe )
		goto _test_eof756;
case 756:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 83u: goto st757;
		case 95u: goto st745;
		case 115u: goto st757;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st757:
	if ( ++p == pe )
		goto _test_eof757;
case 757:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 73u: goto st758;
		case 95u: goto st745;
		case 105u: goto st758;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st758:
	if ( ++p == pe )
		goto _test_eof758;
case 758:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 78u: goto st759;
		case 95u: goto st745;
		case 110u: goto st759;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st759:
	if ( ++p == pe )
		goto _test_eof759;
case 759:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 67u: goto st760;
		case 95u: goto st745;
		case 99u: goto st760;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st760:
	if ( ++p == pe )
		goto _test_eof760;
case 760:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 69u: goto st761;
		case 95u: goto st745;
		case 101u: goto st761;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st761:
	if ( ++p == pe )
		goto _test_eof761;
case 761:
	switch( (*p) ) {
		case 32u: goto tr1365;
		case 95u: goto st745;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
tr1365:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 762; goto _out;} }
	goto st762;
st762:
	if ( ++p == pe )
		goto _test_eof762;
case 762:
#line 19654 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1366;
	goto st0;
tr1366:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 763; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st763;
tr1369:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 763; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st763;
st763:
	if ( ++p == pe )
		goto _test_eof763;
case 763:
#line 19678 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1367;
		case 41u: goto tr1368;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1369;
	goto st0;
tr1377:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 764; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st764;
tr1379:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 764; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st764;
tr1383:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st764;
tr1367:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 764; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 764; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 764; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st764;
st764:
	if ( ++p == pe )
		goto _test_eof764;
case 764:
#line 19718 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1347;
		case 41u: goto tr1350;
		case 67u: goto tr1342;
		case 86u: goto tr1343;
		case 95u: goto tr1341;
		case 99u: goto tr1342;
		case 118u: goto tr1343;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1341;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1341;
	} else
		goto tr1341;
	goto st0;
tr1343:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st765;
st765:
	if ( ++p == pe )
		goto _test_eof765;
case 765:
#line 19743 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 65u: goto st766;
		case 95u: goto st745;
		case 97u: goto st766;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 66u )
			goto st745;
	} else
		goto st745;
	goto st0;
st766:
	if ( ++p == pe )
		goto _test_eof766;
case 766:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 78u: goto st767;
		case 95u: goto st745;
		case 110u: goto st767;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st767:
	if ( ++p == pe )
		goto _test_eof767;
case 767:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 73u: goto st768;
		case 95u: goto st745;
		case 105u: goto st768;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st768:
	if ( ++p == pe )
		goto _test_eof768;
case 768:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 83u: goto st769;
		case 95u: goto st745;
		case 115u: goto st769;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st769:
	if ( ++p == pe )
		goto _test_eof769;
case 769:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 72u: goto st770;
		case 95u: goto st745;
		case 104u: goto st770;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st770:
	if ( ++p == pe )
		goto _test_eof770;
case 770:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 69u: goto st771;
		case 95u: goto st745;
		case 101u: goto st771;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st771:
	if ( ++p == pe )
		goto _test_eof771;
case 771:
	switch( (*p) ) {
		case 32u: goto tr1344;
		case 41u: goto tr1345;
		case 68u: goto st772;
		case 95u: goto st745;
		case 100u: goto st772;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
st772:
	if ( ++p == pe )
		goto _test_eof772;
case 772:
	switch( (*p) ) {
		case 32u: goto tr1377;
		case 41u: goto tr1378;
		case 95u: goto st745;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st745;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st745;
		} else if ( (*p) >= 65u )
			goto st745;
	} else
		goto st745;
	goto st0;
tr1382:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 773; goto _out;} }
	goto st773;
tr1348:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 773; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st773;
st773:
	if ( ++p == pe )
		goto _test_eof773;
case 773:
#line 19932 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1379;
		case 33u: goto st773;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1381;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st773;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st773;
	goto tr1382;
tr1349:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 774; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 774; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 774;goto st5;}}
    }
  }
	goto st774;
st774:
	if ( ++p == pe )
		goto _test_eof774;
case 774:
#line 19967 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1383;
		case 41u: goto tr1384;
	}
	goto st0;
tr1330:
#line 229 "command.rl"
	{ if (!ik_c_fa_args(ps, p)) {p++;  ps->cs = 775; goto _out;} { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 775;goto st5;}} }
	goto st775;
st775:
	if ( ++p == pe )
		goto _test_eof775;
case 775:
#line 19979 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1385;
		case 41u: goto tr1386;
	}
	goto st0;
tr1385:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st776;
st776:
	if ( ++p == pe )
		goto _test_eof776;
case 776:
#line 19992 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1329;
		case 41u: goto tr1331;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1326;
	} else if ( (*p) >= 65u )
		goto tr1326;
	goto st0;
tr1390:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st777;
tr1320:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 777; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 777; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st777;
st777:
	if ( ++p == pe )
		goto _test_eof777;
case 777:
#line 20018 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1387;
		case 44u: goto tr1388;
		case 58u: goto tr1389;
	}
	goto st0;
tr1388:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 778; goto _out;} }
	goto st778;
tr1393:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 778; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 778; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 778; goto _out;} }
	goto st778;
tr1399:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 778; goto _out;} }
	goto st778;
tr1401:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 778; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 778; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 778; goto _out;} }
	goto st778;
st778:
	if ( ++p == pe )
		goto _test_eof778;
case 778:
#line 20066 "client.c"
	if ( (*p) == 42u )
		goto tr1390;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1391;
	goto st0;
tr1394:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 779; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st779;
tr1391:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 779; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st779;
tr1321:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 779; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 779; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 779; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st779;
st779:
	if ( ++p == pe )
		goto _test_eof779;
case 779:
#line 20107 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1392;
		case 44u: goto tr1393;
		case 58u: goto tr1395;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1394;
	goto st0;
tr1389:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st780;
tr1395:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 780; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 780; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st780;
st780:
	if ( ++p == pe )
		goto _test_eof780;
case 780:
#line 20136 "client.c"
	if ( (*p) == 42u )
		goto tr1396;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1397;
	goto st0;
tr1396:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st781;
st781:
	if ( ++p == pe )
		goto _test_eof781;
case 781:
#line 20148 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1398;
		case 44u: goto tr1399;
	}
	goto st0;
tr1397:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 782; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st782;
tr1402:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 782; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st782;
st782:
	if ( ++p == pe )
		goto _test_eof782;
case 782:
#line 20174 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1400;
		case 44u: goto tr1401;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1402;
	goto st0;
st783:
	if ( ++p == pe )
		goto _test_eof783;
case 783:
	if ( (*p) == 32u )
		goto tr1403;
	goto st0;
tr1403:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st784;
st784:
	if ( ++p == pe )
		goto _test_eof784;
case 784:
#line 20195 "client.c"
	switch( (*p) ) {
		case 32u: goto st784;
		case 36u: goto tr1405;
		case 42u: goto tr1406;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1407;
	goto st0;
tr1405:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 785; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 785; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 785; goto _out;} }
	goto st785;
st785:
	if ( ++p == pe )
		goto _test_eof785;
case 785:
#line 20214 "client.c"
	if ( (*p) == 32u )
		goto tr1408;
	goto st0;
tr1408:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st786;
tr1587:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 786; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st786;
tr1592:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 786; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 786; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 786; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st786;
tr1598:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 786; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st786;
tr1600:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 786; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 786; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 786; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st786;
st786:
	if ( ++p == pe )
		goto _test_eof786;
case 786:
#line 20271 "client.c"
	switch( (*p) ) {
		case 32u: goto st786;
		case 40u: goto tr1410;
		case 43u: goto tr1411;
		case 45u: goto tr1411;
		case 70u: goto tr1412;
		case 88u: goto tr1413;
		case 102u: goto tr1412;
		case 120u: goto tr1413;
	}
	goto st0;
tr1410:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 787; goto _out;}
  }
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 787; goto _out;} }
	goto st787;
st787:
	if ( ++p == pe )
		goto _test_eof787;
case 787:
#line 20292 "client.c"
	switch( (*p) ) {
		case 85u: goto tr1415;
		case 95u: goto tr1414;
		case 117u: goto tr1415;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1414;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1414;
	} else
		goto tr1414;
	goto st0;
tr1414:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st788;
st788:
	if ( ++p == pe )
		goto _test_eof788;
case 788:
#line 20313 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 95u: goto st788;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
tr1416:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 789; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st789;
st789:
	if ( ++p == pe )
		goto _test_eof789;
case 789:
#line 20338 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1419;
		case 36u: goto tr1420;
		case 40u: goto tr1421;
		case 41u: goto tr1422;
		case 42u: goto tr1420;
		case 85u: goto tr1415;
		case 95u: goto tr1414;
		case 117u: goto tr1415;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1414;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr1414;
		} else if ( (*p) >= 65u )
			goto tr1414;
	} else
		goto tr1420;
	goto st0;
tr1419:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 790; goto _out;} }
	goto st790;
st790:
	if ( ++p == pe )
		goto _test_eof790;
case 790:
#line 20367 "client.c"
	switch( (*p) ) {
		case 32u: goto st790;
		case 41u: goto tr1422;
		case 85u: goto tr1415;
		case 95u: goto tr1414;
		case 117u: goto tr1415;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1414;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1414;
	} else
		goto tr1414;
	goto st0;
tr1417:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 791; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st791;
tr1422:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 791; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st791;
tr1583:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 791; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st791;
tr1586:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st791;
tr1579:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 791; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 791; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st791;
st791:
	if ( ++p == pe )
		goto _test_eof791;
case 791:
#line 20417 "client.c"
	if ( (*p) == 32u )
		goto tr1424;
	goto st0;
tr1424:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st792;
st792:
	if ( ++p == pe )
		goto _test_eof792;
case 792:
#line 20427 "client.c"
	switch( (*p) ) {
		case 32u: goto st792;
		case 43u: goto tr1411;
		case 45u: goto tr1411;
		case 70u: goto tr1412;
		case 88u: goto tr1413;
		case 102u: goto tr1412;
		case 120u: goto tr1413;
	}
	goto st0;
tr1411:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 793; goto _out;}
  }
#line 300 "command.rl"
	{ if (!ik_c_store_begin(ps, p)) {p++;  ps->cs = 793; goto _out;} }
	goto st793;
st793:
	if ( ++p == pe )
		goto _test_eof793;
case 793:
#line 20447 "client.c"
	switch( (*p) ) {
		case 70u: goto tr1426;
		case 88u: goto tr1427;
		case 102u: goto tr1426;
		case 120u: goto tr1427;
	}
	goto st0;
tr1426:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st794;
tr1412:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 794; goto _out;}
  }
#line 300 "command.rl"
	{ if (!ik_c_store_begin(ps, p)) {p++;  ps->cs = 794; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st794;
st794:
	if ( ++p == pe )
		goto _test_eof794;
case 794:
#line 20468 "client.c"
	switch( (*p) ) {
		case 76u: goto st795;
		case 108u: goto st795;
	}
	goto st0;
st795:
	if ( ++p == pe )
		goto _test_eof795;
case 795:
	switch( (*p) ) {
		case 65u: goto st796;
		case 97u: goto st796;
	}
	goto st0;
st796:
	if ( ++p == pe )
		goto _test_eof796;
case 796:
	switch( (*p) ) {
		case 71u: goto st797;
		case 103u: goto st797;
	}
	goto st0;
st797:
	if ( ++p == pe )
		goto _test_eof797;
case 797:
	switch( (*p) ) {
		case 83u: goto st798;
		case 115u: goto st798;
	}
	goto st0;
st798:
	if ( ++p == pe )
		goto _test_eof798;
case 798:
	switch( (*p) ) {
		case 32u: goto tr1432;
		case 46u: goto st812;
	}
	goto st0;
tr1432:
#line 61 "command.rl"
	{ ps->kw = IK_KW_FLAGS; }
#line 301 "command.rl"
	{ ik_c_store_name(ps, p); }
	goto st799;
st799:
	if ( ++p == pe )
		goto _test_eof799;
case 799:
#line 20517 "client.c"
	switch( (*p) ) {
		case 33u: goto tr1434;
		case 37u: goto st0;
		case 40u: goto tr1435;
		case 92u: goto tr1436;
		case 93u: goto tr1437;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1434;
		} else if ( (*p) >= 41u )
			goto st0;
	} else
		goto tr1434;
	goto tr1438;
tr1434:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st800;
tr1438:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
tr1444:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
tr1449:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 800; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st800;
tr1452:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 800; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
tr1437:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
tr1443:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
tr1451:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 800; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 800; goto _out;} }
	goto st800;
st800:
	if ( ++p == pe )
		goto _test_eof800;
case 800:
#line 20579 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1439;
		case 13u: goto tr1440;
		case 32u: goto tr1441;
		case 33u: goto st800;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1443;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st800;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st800;
	goto tr1444;
tr1445:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1125;
tr1461:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1125; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1125;
tr1511:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1125; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1125; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1125;
tr1439:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 1125; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1125; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1125;
tr1446:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1125; goto _out;} }
#line 302 "command.rl"
	{ ik_b_pop(ps, ps->sp_mark); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1125; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1125;
tr1496:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1125; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1125; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1125;
st1125:
	if ( ++p == pe )
		goto _test_eof1125;
case 1125:
#line 20643 "client.c"
	goto st0;
tr1512:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 801; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st801;
tr1462:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st801;
tr1497:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 801; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st801;
tr1440:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 801; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st801;
tr1447:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 801; goto _out;} }
#line 302 "command.rl"
	{ ik_b_pop(ps, ps->sp_mark); }
	goto st801;
st801:
	if ( ++p == pe )
		goto _test_eof801;
case 801:
#line 20672 "client.c"
	if ( (*p) == 10u )
		goto tr1445;
	goto st0;
tr1441:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 802; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st802;
st802:
	if ( ++p == pe )
		goto _test_eof802;
case 802:
#line 20683 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1446;
		case 13u: goto tr1447;
		case 32u: goto st802;
		case 33u: goto tr1449;
		case 37u: goto st0;
		case 92u: goto tr1450;
		case 93u: goto tr1451;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1449;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1449;
	goto tr1452;
tr1436:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st803;
tr1450:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 803; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st803;
st803:
	if ( ++p == pe )
		goto _test_eof803;
case 803:
#line 20719 "client.c"
	switch( (*p) ) {
		case 33u: goto st800;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1443;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st800;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st800;
	goto tr1444;
tr1435:
#line 186 "lexical.rl"
	{ { ik_node *l = ik_b_add(ps, IK_N_FLAG_LIST, ik_b_off(ps, p), 0); if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 804; goto _out;} } }
	goto st804;
st804:
	if ( ++p == pe )
		goto _test_eof804;
case 804:
#line 20746 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1453;
		case 33u: goto tr1454;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1455;
		case 42u: goto st0;
		case 92u: goto tr1456;
		case 93u: goto tr1457;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1454;
	} else
		goto st0;
	goto tr1458;
tr1453:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st805;
st805:
	if ( ++p == pe )
		goto _test_eof805;
case 805:
#line 20771 "client.c"
	switch( (*p) ) {
		case 32u: goto st805;
		case 41u: goto tr1460;
	}
	goto st0;
tr1533:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 806; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st806;
tr1528:
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st806;
tr1455:
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st806;
tr1460:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 806; goto _out;} }
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st806;
tr1467:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 806; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 187 "lexical.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st806;
tr1536:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 806; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st806;
tr1545:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 806; goto _out;} }
#line 100 "command.rl"
	{ ik_b_pop(ps, p + 1); }
	goto st806;
st806:
	if ( ++p == pe )
		goto _test_eof806;
case 806:
#line 20811 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1461;
		case 13u: goto tr1462;
		case 32u: goto tr1463;
	}
	goto st0;
tr1463:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st807;
st807:
	if ( ++p == pe )
		goto _test_eof807;
case 807:
#line 20824 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1446;
		case 13u: goto tr1447;
		case 32u: goto st807;
	}
	goto st0;
tr1454:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st808;
tr1458:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 808; goto _out;} }
	goto st808;
tr1469:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 808; goto _out;} }
	goto st808;
tr1457:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 808; goto _out;} }
	goto st808;
tr1468:
#line 21 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BRACKET_IN_ATOM, p)) {p++;  ps->cs = 808; goto _out;} }
	goto st808;
st808:
	if ( ++p == pe )
		goto _test_eof808;
case 808:
#line 20851 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1465;
		case 33u: goto st808;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1467;
		case 42u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1468;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st808;
	} else
		goto st0;
	goto tr1469;
tr1465:
#line 181 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_FLAG, ik_b_off(ps, ps->mark), (uint32_t)(p - ps->mark))) {p++;  ps->cs = 809; goto _out;} ps->last->form = IK_FORM_ATOM; }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st809;
st809:
	if ( ++p == pe )
		goto _test_eof809;
case 809:
#line 20877 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1470;
		case 33u: goto tr1454;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1460;
		case 42u: goto st0;
		case 92u: goto tr1456;
		case 93u: goto tr1457;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1454;
	} else
		goto st0;
	goto tr1458;
tr1470:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 810; goto _out;} }
	goto st810;
st810:
	if ( ++p == pe )
		goto _test_eof810;
case 810:
#line 20902 "client.c"
	switch( (*p) ) {
		case 32u: goto st810;
		case 33u: goto tr1454;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1460;
		case 42u: goto st0;
		case 92u: goto tr1456;
		case 93u: goto tr1457;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto tr1454;
	} else
		goto st0;
	goto tr1458;
tr1456:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st811;
st811:
	if ( ++p == pe )
		goto _test_eof811;
case 811:
#line 20927 "client.c"
	switch( (*p) ) {
		case 33u: goto st808;
		case 37u: goto st0;
		case 92u: goto st0;
		case 93u: goto tr1468;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto st808;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st808;
	goto tr1469;
st812:
	if ( ++p == pe )
		goto _test_eof812;
case 812:
	switch( (*p) ) {
		case 83u: goto st813;
		case 115u: goto st813;
	}
	goto st0;
st813:
	if ( ++p == pe )
		goto _test_eof813;
case 813:
	switch( (*p) ) {
		case 73u: goto st814;
		case 105u: goto st814;
	}
	goto st0;
st814:
	if ( ++p == pe )
		goto _test_eof814;
case 814:
	switch( (*p) ) {
		case 76u: goto st815;
		case 108u: goto st815;
	}
	goto st0;
st815:
	if ( ++p == pe )
		goto _test_eof815;
case 815:
	switch( (*p) ) {
		case 69u: goto st816;
		case 101u: goto st816;
	}
	goto st0;
st816:
	if ( ++p == pe )
		goto _test_eof816;
case 816:
	switch( (*p) ) {
		case 78u: goto st817;
		case 110u: goto st817;
	}
	goto st0;
st817:
	if ( ++p == pe )
		goto _test_eof817;
case 817:
	switch( (*p) ) {
		case 84u: goto st818;
		case 116u: goto st818;
	}
	goto st0;
st818:
	if ( ++p == pe )
		goto _test_eof818;
case 818:
	if ( (*p) == 32u )
		goto tr1432;
	goto st0;
tr1427:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st819;
tr1413:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 819; goto _out;}
  }
#line 300 "command.rl"
	{ if (!ik_c_store_begin(ps, p)) {p++;  ps->cs = 819; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st819;
st819:
	if ( ++p == pe )
		goto _test_eof819;
case 819:
#line 21022 "client.c"
	if ( (*p) == 45u )
		goto st820;
	goto st0;
st820:
	if ( ++p == pe )
		goto _test_eof820;
case 820:
	switch( (*p) ) {
		case 71u: goto st821;
		case 103u: goto st821;
	}
	goto st0;
st821:
	if ( ++p == pe )
		goto _test_eof821;
case 821:
	switch( (*p) ) {
		case 77u: goto st822;
		case 109u: goto st822;
	}
	goto st0;
st822:
	if ( ++p == pe )
		goto _test_eof822;
case 822:
	if ( (*p) == 45u )
		goto st823;
	goto st0;
st823:
	if ( ++p == pe )
		goto _test_eof823;
case 823:
	switch( (*p) ) {
		case 76u: goto st824;
		case 108u: goto st824;
	}
	goto st0;
st824:
	if ( ++p == pe )
		goto _test_eof824;
case 824:
	switch( (*p) ) {
		case 65u: goto st825;
		case 97u: goto st825;
	}
	goto st0;
st825:
	if ( ++p == pe )
		goto _test_eof825;
case 825:
	switch( (*p) ) {
		case 66u: goto st826;
		case 98u: goto st826;
	}
	goto st0;
st826:
	if ( ++p == pe )
		goto _test_eof826;
case 826:
	switch( (*p) ) {
		case 69u: goto st827;
		case 101u: goto st827;
	}
	goto st0;
st827:
	if ( ++p == pe )
		goto _test_eof827;
case 827:
	switch( (*p) ) {
		case 76u: goto st828;
		case 108u: goto st828;
	}
	goto st0;
st828:
	if ( ++p == pe )
		goto _test_eof828;
case 828:
	switch( (*p) ) {
		case 83u: goto st829;
		case 115u: goto st829;
	}
	goto st0;
st829:
	if ( ++p == pe )
		goto _test_eof829;
case 829:
	switch( (*p) ) {
		case 32u: goto tr1488;
		case 46u: goto st858;
	}
	goto st0;
tr1488:
#line 78 "command.rl"
	{ ps->kw = IK_KW_X_GM_LABELS; }
#line 301 "command.rl"
	{ ik_c_store_name(ps, p); }
	goto st830;
st830:
	if ( ++p == pe )
		goto _test_eof830;
case 830:
#line 21121 "client.c"
	switch( (*p) ) {
		case 34u: goto tr1491;
		case 37u: goto st0;
		case 40u: goto tr1492;
		case 92u: goto tr1493;
		case 123u: goto tr1494;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1490;
		} else if ( (*p) >= 41u )
			goto st0;
	} else
		goto tr1490;
	goto tr1495;
tr1490:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st831;
tr1495:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 831; goto _out;} }
	goto st831;
tr1500:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 831; goto _out;} }
	goto st831;
tr1502:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 831; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st831;
tr1506:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 831; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 831; goto _out;} }
	goto st831;
st831:
	if ( ++p == pe )
		goto _test_eof831;
case 831:
#line 21168 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1496;
		case 13u: goto tr1497;
		case 32u: goto tr1498;
		case 33u: goto st831;
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
				goto st831;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st831;
	goto tr1500;
tr1498:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 832; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st832;
tr1513:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 832; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st832;
st832:
	if ( ++p == pe )
		goto _test_eof832;
case 832:
#line 21207 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1446;
		case 13u: goto tr1447;
		case 32u: goto st832;
		case 34u: goto tr1503;
		case 37u: goto st0;
		case 92u: goto tr1504;
		case 123u: goto tr1505;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1502;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1502;
	goto tr1506;
tr1491:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st833;
tr1510:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st833;
tr1514:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st833;
tr1503:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 833; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st833;
st833:
	if ( ++p == pe )
		goto _test_eof833;
case 833:
#line 21248 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1508;
		case 92u: goto st835;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st833;
	goto tr1510;
tr1508:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st834;
tr1522:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 834; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 834; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st834;
tr1524:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 834; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st834;
st834:
	if ( ++p == pe )
		goto _test_eof834;
case 834:
#line 21288 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1511;
		case 13u: goto tr1512;
		case 32u: goto tr1513;
	}
	goto st0;
st835:
	if ( ++p == pe )
		goto _test_eof835;
case 835:
	switch( (*p) ) {
		case 34u: goto tr1514;
		case 92u: goto tr1514;
	}
	goto st0;
tr1493:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st836;
tr1504:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 836; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st836;
st836:
	if ( ++p == pe )
		goto _test_eof836;
case 836:
#line 21316 "client.c"
	switch( (*p) ) {
		case 33u: goto st837;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st837;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st837;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st837;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1516;
tr1516:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 837; goto _out;} }
	goto st837;
st837:
	if ( ++p == pe )
		goto _test_eof837;
case 837:
#line 21347 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1496;
		case 13u: goto tr1497;
		case 32u: goto tr1498;
		case 33u: goto st837;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st837;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st837;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st837;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1516;
tr1494:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st838;
tr1505:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 838; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st838;
st838:
	if ( ++p == pe )
		goto _test_eof838;
case 838:
#line 21387 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1517;
	goto st0;
tr1517:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 839; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st839;
tr1519:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 839; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st839;
st839:
	if ( ++p == pe )
		goto _test_eof839;
case 839:
#line 21411 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1518;
		case 45u: goto tr1518;
		case 125u: goto tr1520;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1519;
	goto st0;
tr1518:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 840; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st840;
st840:
	if ( ++p == pe )
		goto _test_eof840;
case 840:
#line 21429 "client.c"
	if ( (*p) == 125u )
		goto st841;
	goto st0;
tr1520:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 841; goto _out;} }
  }
	goto st841;
st841:
	if ( ++p == pe )
		goto _test_eof841;
case 841:
#line 21441 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1522;
		case 13u: goto st842;
	}
	goto st0;
st842:
	if ( ++p == pe )
		goto _test_eof842;
case 842:
	if ( (*p) == 10u )
		goto tr1524;
	goto st0;
tr1492:
#line 101 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 843; goto _out;} }
	goto st843;
st843:
	if ( ++p == pe )
		goto _test_eof843;
case 843:
#line 21460 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1525;
		case 34u: goto tr1527;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1528;
		case 42u: goto st0;
		case 92u: goto tr1529;
		case 123u: goto tr1530;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1526;
	} else
		goto st0;
	goto tr1531;
tr1525:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st844;
st844:
	if ( ++p == pe )
		goto _test_eof844;
case 844:
#line 21484 "client.c"
	switch( (*p) ) {
		case 32u: goto st844;
		case 41u: goto tr1533;
	}
	goto st0;
tr1526:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st845;
tr1531:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 845; goto _out;} }
	goto st845;
tr1537:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 845; goto _out;} }
	goto st845;
st845:
	if ( ++p == pe )
		goto _test_eof845;
case 845:
#line 21503 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1534;
		case 33u: goto st845;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1536;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st845;
	} else
		goto st0;
	goto tr1537;
tr1534:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 846; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st846;
tr1544:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 846; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st846;
st846:
	if ( ++p == pe )
		goto _test_eof846;
case 846:
#line 21537 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1538;
		case 34u: goto tr1527;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1533;
		case 42u: goto st0;
		case 92u: goto tr1529;
		case 123u: goto tr1530;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1526;
	} else
		goto st0;
	goto tr1531;
tr1538:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 847; goto _out;} }
	goto st847;
st847:
	if ( ++p == pe )
		goto _test_eof847;
case 847:
#line 21561 "client.c"
	switch( (*p) ) {
		case 32u: goto st847;
		case 34u: goto tr1527;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1533;
		case 42u: goto st0;
		case 92u: goto tr1529;
		case 123u: goto tr1530;
		case 127u: goto st0;
	}
	if ( (*p) > 31u ) {
		if ( 33u <= (*p) && (*p) <= 126u )
			goto tr1526;
	} else
		goto st0;
	goto tr1531;
tr1527:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st848;
tr1543:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st848;
tr1546:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st848;
st848:
	if ( ++p == pe )
		goto _test_eof848;
case 848:
#line 21591 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1541;
		case 92u: goto st850;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st848;
	goto tr1543;
tr1541:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st849;
tr1554:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 849; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 849; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st849;
tr1556:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 849; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st849;
st849:
	if ( ++p == pe )
		goto _test_eof849;
case 849:
#line 21631 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1544;
		case 41u: goto tr1545;
	}
	goto st0;
st850:
	if ( ++p == pe )
		goto _test_eof850;
case 850:
	switch( (*p) ) {
		case 34u: goto tr1546;
		case 92u: goto tr1546;
	}
	goto st0;
tr1529:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st851;
st851:
	if ( ++p == pe )
		goto _test_eof851;
case 851:
#line 21652 "client.c"
	switch( (*p) ) {
		case 33u: goto st852;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st852;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st852;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st852;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1548;
tr1548:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 852; goto _out;} }
	goto st852;
st852:
	if ( ++p == pe )
		goto _test_eof852;
case 852:
#line 21683 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1534;
		case 33u: goto st852;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1536;
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
				goto st852;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st852;
	goto tr1548;
tr1530:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st853;
st853:
	if ( ++p == pe )
		goto _test_eof853;
case 853:
#line 21712 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1549;
	goto st0;
tr1549:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 854; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st854;
tr1551:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 854; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st854;
st854:
	if ( ++p == pe )
		goto _test_eof854;
case 854:
#line 21736 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1550;
		case 45u: goto tr1550;
		case 125u: goto tr1552;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1551;
	goto st0;
tr1550:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 855; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st855;
st855:
	if ( ++p == pe )
		goto _test_eof855;
case 855:
#line 21754 "client.c"
	if ( (*p) == 125u )
		goto st856;
	goto st0;
tr1552:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 856; goto _out;} }
  }
	goto st856;
st856:
	if ( ++p == pe )
		goto _test_eof856;
case 856:
#line 21766 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1554;
		case 13u: goto st857;
	}
	goto st0;
st857:
	if ( ++p == pe )
		goto _test_eof857;
case 857:
	if ( (*p) == 10u )
		goto tr1556;
	goto st0;
st858:
	if ( ++p == pe )
		goto _test_eof858;
case 858:
	switch( (*p) ) {
		case 83u: goto st859;
		case 115u: goto st859;
	}
	goto st0;
st859:
	if ( ++p == pe )
		goto _test_eof859;
case 859:
	switch( (*p) ) {
		case 73u: goto st860;
		case 105u: goto st860;
	}
	goto st0;
st860:
	if ( ++p == pe )
		goto _test_eof860;
case 860:
	switch( (*p) ) {
		case 76u: goto st861;
		case 108u: goto st861;
	}
	goto st0;
st861:
	if ( ++p == pe )
		goto _test_eof861;
case 861:
	switch( (*p) ) {
		case 69u: goto st862;
		case 101u: goto st862;
	}
	goto st0;
st862:
	if ( ++p == pe )
		goto _test_eof862;
case 862:
	switch( (*p) ) {
		case 78u: goto st863;
		case 110u: goto st863;
	}
	goto st0;
st863:
	if ( ++p == pe )
		goto _test_eof863;
case 863:
	switch( (*p) ) {
		case 84u: goto st864;
		case 116u: goto st864;
	}
	goto st0;
st864:
	if ( ++p == pe )
		goto _test_eof864;
case 864:
	if ( (*p) == 32u )
		goto tr1488;
	goto st0;
tr1415:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st865;
st865:
	if ( ++p == pe )
		goto _test_eof865;
case 865:
#line 21846 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 78u: goto st866;
		case 95u: goto st788;
		case 110u: goto st866;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st866:
	if ( ++p == pe )
		goto _test_eof866;
case 866:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 67u: goto st867;
		case 95u: goto st788;
		case 99u: goto st867;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st867:
	if ( ++p == pe )
		goto _test_eof867;
case 867:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 72u: goto st868;
		case 95u: goto st788;
		case 104u: goto st868;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st868:
	if ( ++p == pe )
		goto _test_eof868;
case 868:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 65u: goto st869;
		case 95u: goto st788;
		case 97u: goto st869;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 66u )
			goto st788;
	} else
		goto st788;
	goto st0;
st869:
	if ( ++p == pe )
		goto _test_eof869;
case 869:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 78u: goto st870;
		case 95u: goto st788;
		case 110u: goto st870;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st870:
	if ( ++p == pe )
		goto _test_eof870;
case 870:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 71u: goto st871;
		case 95u: goto st788;
		case 103u: goto st871;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st871:
	if ( ++p == pe )
		goto _test_eof871;
case 871:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 69u: goto st872;
		case 95u: goto st788;
		case 101u: goto st872;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st872:
	if ( ++p == pe )
		goto _test_eof872;
case 872:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 68u: goto st873;
		case 95u: goto st788;
		case 100u: goto st873;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st873:
	if ( ++p == pe )
		goto _test_eof873;
case 873:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 83u: goto st874;
		case 95u: goto st788;
		case 115u: goto st874;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st874:
	if ( ++p == pe )
		goto _test_eof874;
case 874:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 73u: goto st875;
		case 95u: goto st788;
		case 105u: goto st875;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st875:
	if ( ++p == pe )
		goto _test_eof875;
case 875:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 78u: goto st876;
		case 95u: goto st788;
		case 110u: goto st876;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st876:
	if ( ++p == pe )
		goto _test_eof876;
case 876:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 67u: goto st877;
		case 95u: goto st788;
		case 99u: goto st877;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st877:
	if ( ++p == pe )
		goto _test_eof877;
case 877:
	switch( (*p) ) {
		case 32u: goto tr1416;
		case 41u: goto tr1417;
		case 69u: goto st878;
		case 95u: goto st788;
		case 101u: goto st878;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
st878:
	if ( ++p == pe )
		goto _test_eof878;
case 878:
	switch( (*p) ) {
		case 32u: goto tr1576;
		case 95u: goto st788;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st788;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st788;
		} else if ( (*p) >= 65u )
			goto st788;
	} else
		goto st788;
	goto st0;
tr1576:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 879; goto _out;} }
	goto st879;
st879:
	if ( ++p == pe )
		goto _test_eof879;
case 879:
#line 22168 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1577;
	goto st0;
tr1577:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 880; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st880;
tr1580:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 880; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st880;
st880:
	if ( ++p == pe )
		goto _test_eof880;
case 880:
#line 22192 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1578;
		case 41u: goto tr1579;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1580;
	goto st0;
tr1581:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 881; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st881;
tr1585:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st881;
tr1578:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 881; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 881; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st881;
st881:
	if ( ++p == pe )
		goto _test_eof881;
case 881:
#line 22225 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1419;
		case 41u: goto tr1422;
		case 85u: goto tr1415;
		case 95u: goto tr1414;
		case 117u: goto tr1415;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1414;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1414;
	} else
		goto tr1414;
	goto st0;
tr1584:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 882; goto _out;} }
	goto st882;
tr1420:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 882; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st882;
st882:
	if ( ++p == pe )
		goto _test_eof882;
case 882:
#line 22252 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1581;
		case 33u: goto st882;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1583;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st882;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st882;
	goto tr1584;
tr1421:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 883; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 883; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 883;goto st5;}}
    }
  }
	goto st883;
st883:
	if ( ++p == pe )
		goto _test_eof883;
case 883:
#line 22287 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1585;
		case 41u: goto tr1586;
	}
	goto st0;
tr1590:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st884;
tr1406:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 884; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 884; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st884;
st884:
	if ( ++p == pe )
		goto _test_eof884;
case 884:
#line 22308 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1587;
		case 44u: goto tr1588;
		case 58u: goto tr1589;
	}
	goto st0;
tr1588:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 885; goto _out;} }
	goto st885;
tr1593:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 885; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 885; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 885; goto _out;} }
	goto st885;
tr1599:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 885; goto _out;} }
	goto st885;
tr1601:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 885; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 885; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 885; goto _out;} }
	goto st885;
st885:
	if ( ++p == pe )
		goto _test_eof885;
case 885:
#line 22356 "client.c"
	if ( (*p) == 42u )
		goto tr1590;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1591;
	goto st0;
tr1594:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 886; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st886;
tr1591:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 886; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st886;
tr1407:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 886; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 886; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 886; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st886;
st886:
	if ( ++p == pe )
		goto _test_eof886;
case 886:
#line 22397 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1592;
		case 44u: goto tr1593;
		case 58u: goto tr1595;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1594;
	goto st0;
tr1589:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st887;
tr1595:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 887; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 887; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st887;
st887:
	if ( ++p == pe )
		goto _test_eof887;
case 887:
#line 22426 "client.c"
	if ( (*p) == 42u )
		goto tr1596;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1597;
	goto st0;
tr1596:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st888;
st888:
	if ( ++p == pe )
		goto _test_eof888;
case 888:
#line 22438 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1598;
		case 44u: goto tr1599;
	}
	goto st0;
tr1597:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 889; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st889;
tr1602:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 889; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st889;
st889:
	if ( ++p == pe )
		goto _test_eof889;
case 889:
#line 22464 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1600;
		case 44u: goto tr1601;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1602;
	goto st0;
st890:
	if ( ++p == pe )
		goto _test_eof890;
case 890:
	switch( (*p) ) {
		case 34u: goto tr1603;
		case 36u: goto tr1604;
		case 40u: goto tr1605;
		case 42u: goto tr1606;
		case 123u: goto tr1609;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr1607;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr1608;
	} else
		goto tr1608;
	goto st0;
tr1613:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st891;
tr1615:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st891;
tr1603:
#line 352 "command.rl"
	{ if (ps->strict) { ik_b_fail(ps, IK_E_SYNTAX, p, "a search key"); {p++;  ps->cs = 891; goto _out;} } }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st891;
st891:
	if ( ++p == pe )
		goto _test_eof891;
case 891:
#line 22505 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1611;
		case 92u: goto st893;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st891;
	goto tr1613;
tr1611:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st892;
tr1641:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 892; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 892; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st892;
tr1643:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 892; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st892;
st892:
	if ( ++p == pe )
		goto _test_eof892;
case 892:
#line 22545 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1614;
		case 13u: goto tr1614;
		case 32u: goto tr1614;
		case 41u: goto tr1614;
	}
	goto st0;
tr1605:
#line 351 "command.rl"
	{ if (!ik_c_open(ps, IK_N_LIST, p)) {p++;  ps->cs = 1126; goto _out;} {goto st907;} }
	goto st1126;
tr1614:
#line 353 "command.rl"
	{ if (!ik_c_search_gen_string(ps)) {p++;  ps->cs = 1126; goto _out;} }
#line 332 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1126;
tr1616:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 332 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1126;
tr1617:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1126; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 332 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1126;
tr1622:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1126; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1126; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1126; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 332 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1126;
tr1628:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1126; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 332 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1126;
tr1630:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1126; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1126; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1126; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 332 "command.rl"
	{ p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1126;
tr1633:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 334 "command.rl"
	{
    switch (ik_c_search_key(ps)) {
    case IK_C_SK_NONE: p--; { ps->cs =  ps->stack[-- ps->top];goto _again;}
    case IK_C_SK_ASTRING: case IK_C_SK_CHARSET: p--; {goto st911;}
    case IK_C_SK_ATOM: p--; {goto st922;}
    case IK_C_SK_DATE: p--; {goto st925;}
    case IK_C_SK_NUMBER: p--; {goto st983;}
    case IK_C_SK_NZNUMBER: p--; {goto st986;}
    case IK_C_SK_SEQSET: p--; {goto st989;}
    case IK_C_SK_HEADER: p--; {goto st998;}
    case IK_C_SK_MODSEQ: p--; {goto st1019;}
    case IK_C_SK_NOT: p--; {goto st1038;}
    case IK_C_SK_OR: p--; {goto st1041;}
    case IK_C_SK_RETURN: p--; {goto st1046;}
    default: {p++;  ps->cs = 1126; goto _out;}
    }
  }
	goto st1126;
st1126:
	if ( ++p == pe )
		goto _test_eof1126;
case 1126:
#line 22637 "client.c"
	goto st0;
st893:
	if ( ++p == pe )
		goto _test_eof893;
case 893:
	switch( (*p) ) {
		case 34u: goto tr1615;
		case 92u: goto tr1615;
	}
	goto st0;
tr1604:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 894; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 894; goto _out;} }
	goto st894;
st894:
	if ( ++p == pe )
		goto _test_eof894;
case 894:
#line 22655 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1616;
		case 13u: goto tr1616;
		case 32u: goto tr1616;
		case 41u: goto tr1616;
	}
	goto st0;
tr1606:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 895; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st895;
tr1620:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st895;
st895:
	if ( ++p == pe )
		goto _test_eof895;
case 895:
#line 22675 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1617;
		case 13u: goto tr1617;
		case 32u: goto tr1617;
		case 41u: goto tr1617;
		case 44u: goto tr1618;
		case 58u: goto tr1619;
	}
	goto st0;
tr1618:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 896; goto _out;} }
	goto st896;
tr1623:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 896; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 896; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 896; goto _out;} }
	goto st896;
tr1629:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 896; goto _out;} }
	goto st896;
tr1631:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 896; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 896; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 896; goto _out;} }
	goto st896;
st896:
	if ( ++p == pe )
		goto _test_eof896;
case 896:
#line 22726 "client.c"
	if ( (*p) == 42u )
		goto tr1620;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1621;
	goto st0;
tr1624:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 897; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st897;
tr1607:
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 897; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 897; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st897;
tr1621:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 897; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st897;
st897:
	if ( ++p == pe )
		goto _test_eof897;
case 897:
#line 22764 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1622;
		case 13u: goto tr1622;
		case 32u: goto tr1622;
		case 41u: goto tr1622;
		case 44u: goto tr1623;
		case 58u: goto tr1625;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1624;
	goto st0;
tr1619:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st898;
tr1625:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 898; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 898; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st898;
st898:
	if ( ++p == pe )
		goto _test_eof898;
case 898:
#line 22796 "client.c"
	if ( (*p) == 42u )
		goto tr1626;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1627;
	goto st0;
tr1626:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st899;
st899:
	if ( ++p == pe )
		goto _test_eof899;
case 899:
#line 22808 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1628;
		case 13u: goto tr1628;
		case 32u: goto tr1628;
		case 41u: goto tr1628;
		case 44u: goto tr1629;
	}
	goto st0;
tr1627:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 900; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st900;
tr1632:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 900; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st900;
st900:
	if ( ++p == pe )
		goto _test_eof900;
case 900:
#line 22837 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1630;
		case 13u: goto tr1630;
		case 32u: goto tr1630;
		case 41u: goto tr1630;
		case 44u: goto tr1631;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1632;
	goto st0;
tr1608:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st901;
tr1635:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 901; goto _out;} }
	goto st901;
st901:
	if ( ++p == pe )
		goto _test_eof901;
case 901:
#line 22857 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1633;
		case 13u: goto tr1633;
		case 32u: goto tr1633;
		case 33u: goto st901;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1633;
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
				goto st901;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st901;
	goto tr1635;
tr1609:
#line 352 "command.rl"
	{ if (ps->strict) { ik_b_fail(ps, IK_E_SYNTAX, p, "a search key"); {p++;  ps->cs = 902; goto _out;} } }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st902;
st902:
	if ( ++p == pe )
		goto _test_eof902;
case 902:
#line 22889 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1636;
	goto st0;
tr1636:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 903; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st903;
tr1638:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 903; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st903;
st903:
	if ( ++p == pe )
		goto _test_eof903;
case 903:
#line 22913 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1637;
		case 45u: goto tr1637;
		case 125u: goto tr1639;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1638;
	goto st0;
tr1637:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 904; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st904;
st904:
	if ( ++p == pe )
		goto _test_eof904;
case 904:
#line 22931 "client.c"
	if ( (*p) == 125u )
		goto st905;
	goto st0;
tr1639:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 905; goto _out;} }
  }
	goto st905;
st905:
	if ( ++p == pe )
		goto _test_eof905;
case 905:
#line 22943 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1641;
		case 13u: goto st906;
	}
	goto st0;
st906:
	if ( ++p == pe )
		goto _test_eof906;
case 906:
	if ( (*p) == 10u )
		goto tr1643;
	goto st0;
st907:
	if ( ++p == pe )
		goto _test_eof907;
case 907:
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st0;
		case 41u: goto st0;
	}
	goto tr1644;
tr1644:
#line 331 "command.rl"
	{ p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 908;goto st890;}} }
	goto st908;
st908:
	if ( ++p == pe )
		goto _test_eof908;
case 908:
#line 22973 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1645;
		case 41u: goto tr1646;
	}
	goto st0;
tr1645:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st909;
st909:
	if ( ++p == pe )
		goto _test_eof909;
case 909:
#line 22985 "client.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr1647;
		case 41u: goto tr1648;
	}
	goto tr1644;
tr1647:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 910; goto _out;} }
	goto st910;
st910:
	if ( ++p == pe )
		goto _test_eof910;
case 910:
#line 22999 "client.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st910;
		case 41u: goto tr1648;
	}
	goto tr1644;
tr1646:
#line 369 "command.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1127;
tr1648:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1127; goto _out;} }
#line 369 "command.rl"
	{ ik_b_pop(ps, p + 1); { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1127;
st1127:
	if ( ++p == pe )
		goto _test_eof1127;
case 1127:
#line 23017 "client.c"
	goto st0;
st911:
	if ( ++p == pe )
		goto _test_eof911;
case 911:
	if ( (*p) == 32u )
		goto tr1650;
	goto st0;
tr1650:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st912;
st912:
	if ( ++p == pe )
		goto _test_eof912;
case 912:
#line 23032 "client.c"
	switch( (*p) ) {
		case 32u: goto st912;
		case 34u: goto tr1653;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1654;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1652;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1652;
	goto tr1655;
tr1658:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 913; goto _out;} }
	goto st913;
tr1652:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 913; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st913;
tr1655:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 913; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 913; goto _out;} }
	goto st913;
st913:
	if ( ++p == pe )
		goto _test_eof913;
case 913:
#line 23072 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1656;
		case 13u: goto tr1656;
		case 32u: goto tr1656;
		case 33u: goto st913;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1656;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st913;
	} else
		goto st0;
	goto tr1658;
tr1656:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1128; goto _out;} }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1128;
tr1663:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1128; goto _out;} }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1128;
st1128:
	if ( ++p == pe )
		goto _test_eof1128;
case 1128:
#line 23108 "client.c"
	goto st0;
tr1662:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st914;
tr1664:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st914;
tr1653:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 914; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st914;
st914:
	if ( ++p == pe )
		goto _test_eof914;
case 914:
#line 23125 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1660;
		case 92u: goto st916;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st914;
	goto tr1662;
tr1660:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st915;
tr1670:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 915; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 915; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st915;
tr1672:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 915; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st915;
st915:
	if ( ++p == pe )
		goto _test_eof915;
case 915:
#line 23165 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1663;
		case 13u: goto tr1663;
		case 32u: goto tr1663;
		case 41u: goto tr1663;
	}
	goto st0;
st916:
	if ( ++p == pe )
		goto _test_eof916;
case 916:
	switch( (*p) ) {
		case 34u: goto tr1664;
		case 92u: goto tr1664;
	}
	goto st0;
tr1654:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 917; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st917;
st917:
	if ( ++p == pe )
		goto _test_eof917;
case 917:
#line 23191 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1665;
	goto st0;
tr1665:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 918; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st918;
tr1667:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 918; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st918;
st918:
	if ( ++p == pe )
		goto _test_eof918;
case 918:
#line 23215 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1666;
		case 45u: goto tr1666;
		case 125u: goto tr1668;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1667;
	goto st0;
tr1666:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 919; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st919;
st919:
	if ( ++p == pe )
		goto _test_eof919;
case 919:
#line 23233 "client.c"
	if ( (*p) == 125u )
		goto st920;
	goto st0;
tr1668:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 920; goto _out;} }
  }
	goto st920;
st920:
	if ( ++p == pe )
		goto _test_eof920;
case 920:
#line 23245 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1670;
		case 13u: goto st921;
	}
	goto st0;
st921:
	if ( ++p == pe )
		goto _test_eof921;
case 921:
	if ( (*p) == 10u )
		goto tr1672;
	goto st0;
st922:
	if ( ++p == pe )
		goto _test_eof922;
case 922:
	if ( (*p) == 32u )
		goto tr1673;
	goto st0;
tr1673:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st923;
st923:
	if ( ++p == pe )
		goto _test_eof923;
case 923:
#line 23271 "client.c"
	switch( (*p) ) {
		case 32u: goto st923;
		case 33u: goto tr1675;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1675;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1675;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1675;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1676;
tr1679:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 924; goto _out;} }
	goto st924;
tr1675:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 924; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st924;
tr1676:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 924; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 924; goto _out;} }
	goto st924;
st924:
	if ( ++p == pe )
		goto _test_eof924;
case 924:
#line 23316 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1677;
		case 13u: goto tr1677;
		case 32u: goto tr1677;
		case 33u: goto st924;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1677;
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
				goto st924;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st924;
	goto tr1679;
tr1677:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 98 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_FLAG)) {p++;  ps->cs = 1129; goto _out;} }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1129;
st1129:
	if ( ++p == pe )
		goto _test_eof1129;
case 1129:
#line 23353 "client.c"
	goto st0;
st925:
	if ( ++p == pe )
		goto _test_eof925;
case 925:
	if ( (*p) == 32u )
		goto tr1680;
	goto st0;
tr1680:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st926;
st926:
	if ( ++p == pe )
		goto _test_eof926;
case 926:
#line 23368 "client.c"
	switch( (*p) ) {
		case 32u: goto st926;
		case 34u: goto tr1682;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1683;
	goto st0;
tr1682:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 927; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st927;
st927:
	if ( ++p == pe )
		goto _test_eof927;
case 927:
#line 23385 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st928;
	goto st0;
st928:
	if ( ++p == pe )
		goto _test_eof928;
case 928:
	if ( (*p) == 45u )
		goto st929;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st955;
	goto st0;
st929:
	if ( ++p == pe )
		goto _test_eof929;
case 929:
	switch( (*p) ) {
		case 65u: goto st930;
		case 68u: goto st940;
		case 70u: goto st942;
		case 74u: goto st944;
		case 77u: goto st947;
		case 78u: goto st949;
		case 79u: goto st951;
		case 83u: goto st953;
		case 97u: goto st930;
		case 100u: goto st940;
		case 102u: goto st942;
		case 106u: goto st944;
		case 109u: goto st947;
		case 110u: goto st949;
		case 111u: goto st951;
		case 115u: goto st953;
	}
	goto st0;
st930:
	if ( ++p == pe )
		goto _test_eof930;
case 930:
	switch( (*p) ) {
		case 80u: goto st931;
		case 85u: goto st939;
		case 112u: goto st931;
		case 117u: goto st939;
	}
	goto st0;
st931:
	if ( ++p == pe )
		goto _test_eof931;
case 931:
	switch( (*p) ) {
		case 82u: goto st932;
		case 114u: goto st932;
	}
	goto st0;
st932:
	if ( ++p == pe )
		goto _test_eof932;
case 932:
	if ( (*p) == 45u )
		goto st933;
	goto st0;
st933:
	if ( ++p == pe )
		goto _test_eof933;
case 933:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st934;
	goto st0;
st934:
	if ( ++p == pe )
		goto _test_eof934;
case 934:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st935;
	goto st0;
st935:
	if ( ++p == pe )
		goto _test_eof935;
case 935:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st936;
	goto st0;
st936:
	if ( ++p == pe )
		goto _test_eof936;
case 936:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st937;
	goto st0;
st937:
	if ( ++p == pe )
		goto _test_eof937;
case 937:
	if ( (*p) == 34u )
		goto tr1703;
	goto st0;
tr1703:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st938;
st938:
	if ( ++p == pe )
		goto _test_eof938;
case 938:
#line 23493 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1704;
		case 13u: goto tr1704;
		case 32u: goto tr1704;
		case 41u: goto tr1704;
	}
	goto st0;
tr1704:
#line 108 "command.rl"
	{ if (!ik_c_date(ps)) {p++;  ps->cs = 1130; goto _out;} }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1130;
tr1731:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 108 "command.rl"
	{ if (!ik_c_date(ps)) {p++;  ps->cs = 1130; goto _out;} }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1130;
st1130:
	if ( ++p == pe )
		goto _test_eof1130;
case 1130:
#line 23517 "client.c"
	goto st0;
st939:
	if ( ++p == pe )
		goto _test_eof939;
case 939:
	switch( (*p) ) {
		case 71u: goto st932;
		case 103u: goto st932;
	}
	goto st0;
st940:
	if ( ++p == pe )
		goto _test_eof940;
case 940:
	switch( (*p) ) {
		case 69u: goto st941;
		case 101u: goto st941;
	}
	goto st0;
st941:
	if ( ++p == pe )
		goto _test_eof941;
case 941:
	switch( (*p) ) {
		case 67u: goto st932;
		case 99u: goto st932;
	}
	goto st0;
st942:
	if ( ++p == pe )
		goto _test_eof942;
case 942:
	switch( (*p) ) {
		case 69u: goto st943;
		case 101u: goto st943;
	}
	goto st0;
st943:
	if ( ++p == pe )
		goto _test_eof943;
case 943:
	switch( (*p) ) {
		case 66u: goto st932;
		case 98u: goto st932;
	}
	goto st0;
st944:
	if ( ++p == pe )
		goto _test_eof944;
case 944:
	switch( (*p) ) {
		case 65u: goto st945;
		case 85u: goto st946;
		case 97u: goto st945;
		case 117u: goto st946;
	}
	goto st0;
st945:
	if ( ++p == pe )
		goto _test_eof945;
case 945:
	switch( (*p) ) {
		case 78u: goto st932;
		case 110u: goto st932;
	}
	goto st0;
st946:
	if ( ++p == pe )
		goto _test_eof946;
case 946:
	switch( (*p) ) {
		case 76u: goto st932;
		case 78u: goto st932;
		case 108u: goto st932;
		case 110u: goto st932;
	}
	goto st0;
st947:
	if ( ++p == pe )
		goto _test_eof947;
case 947:
	switch( (*p) ) {
		case 65u: goto st948;
		case 97u: goto st948;
	}
	goto st0;
st948:
	if ( ++p == pe )
		goto _test_eof948;
case 948:
	switch( (*p) ) {
		case 82u: goto st932;
		case 89u: goto st932;
		case 114u: goto st932;
		case 121u: goto st932;
	}
	goto st0;
st949:
	if ( ++p == pe )
		goto _test_eof949;
case 949:
	switch( (*p) ) {
		case 79u: goto st950;
		case 111u: goto st950;
	}
	goto st0;
st950:
	if ( ++p == pe )
		goto _test_eof950;
case 950:
	switch( (*p) ) {
		case 86u: goto st932;
		case 118u: goto st932;
	}
	goto st0;
st951:
	if ( ++p == pe )
		goto _test_eof951;
case 951:
	switch( (*p) ) {
		case 67u: goto st952;
		case 99u: goto st952;
	}
	goto st0;
st952:
	if ( ++p == pe )
		goto _test_eof952;
case 952:
	switch( (*p) ) {
		case 84u: goto st932;
		case 116u: goto st932;
	}
	goto st0;
st953:
	if ( ++p == pe )
		goto _test_eof953;
case 953:
	switch( (*p) ) {
		case 69u: goto st954;
		case 101u: goto st954;
	}
	goto st0;
st954:
	if ( ++p == pe )
		goto _test_eof954;
case 954:
	switch( (*p) ) {
		case 80u: goto st932;
		case 112u: goto st932;
	}
	goto st0;
st955:
	if ( ++p == pe )
		goto _test_eof955;
case 955:
	if ( (*p) == 45u )
		goto st929;
	goto st0;
tr1683:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 956; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st956;
st956:
	if ( ++p == pe )
		goto _test_eof956;
case 956:
#line 23685 "client.c"
	if ( (*p) == 45u )
		goto st957;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st982;
	goto st0;
st957:
	if ( ++p == pe )
		goto _test_eof957;
case 957:
	switch( (*p) ) {
		case 65u: goto st958;
		case 68u: goto st967;
		case 70u: goto st969;
		case 74u: goto st971;
		case 77u: goto st974;
		case 78u: goto st976;
		case 79u: goto st978;
		case 83u: goto st980;
		case 97u: goto st958;
		case 100u: goto st967;
		case 102u: goto st969;
		case 106u: goto st971;
		case 109u: goto st974;
		case 110u: goto st976;
		case 111u: goto st978;
		case 115u: goto st980;
	}
	goto st0;
st958:
	if ( ++p == pe )
		goto _test_eof958;
case 958:
	switch( (*p) ) {
		case 80u: goto st959;
		case 85u: goto st966;
		case 112u: goto st959;
		case 117u: goto st966;
	}
	goto st0;
st959:
	if ( ++p == pe )
		goto _test_eof959;
case 959:
	switch( (*p) ) {
		case 82u: goto st960;
		case 114u: goto st960;
	}
	goto st0;
st960:
	if ( ++p == pe )
		goto _test_eof960;
case 960:
	if ( (*p) == 45u )
		goto st961;
	goto st0;
st961:
	if ( ++p == pe )
		goto _test_eof961;
case 961:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st962;
	goto st0;
st962:
	if ( ++p == pe )
		goto _test_eof962;
case 962:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st963;
	goto st0;
st963:
	if ( ++p == pe )
		goto _test_eof963;
case 963:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st964;
	goto st0;
st964:
	if ( ++p == pe )
		goto _test_eof964;
case 964:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st965;
	goto st0;
st965:
	if ( ++p == pe )
		goto _test_eof965;
case 965:
	switch( (*p) ) {
		case 10u: goto tr1731;
		case 13u: goto tr1731;
		case 32u: goto tr1731;
		case 41u: goto tr1731;
	}
	goto st0;
st966:
	if ( ++p == pe )
		goto _test_eof966;
case 966:
	switch( (*p) ) {
		case 71u: goto st960;
		case 103u: goto st960;
	}
	goto st0;
st967:
	if ( ++p == pe )
		goto _test_eof967;
case 967:
	switch( (*p) ) {
		case 69u: goto st968;
		case 101u: goto st968;
	}
	goto st0;
st968:
	if ( ++p == pe )
		goto _test_eof968;
case 968:
	switch( (*p) ) {
		case 67u: goto st960;
		case 99u: goto st960;
	}
	goto st0;
st969:
	if ( ++p == pe )
		goto _test_eof969;
case 969:
	switch( (*p) ) {
		case 69u: goto st970;
		case 101u: goto st970;
	}
	goto st0;
st970:
	if ( ++p == pe )
		goto _test_eof970;
case 970:
	switch( (*p) ) {
		case 66u: goto st960;
		case 98u: goto st960;
	}
	goto st0;
st971:
	if ( ++p == pe )
		goto _test_eof971;
case 971:
	switch( (*p) ) {
		case 65u: goto st972;
		case 85u: goto st973;
		case 97u: goto st972;
		case 117u: goto st973;
	}
	goto st0;
st972:
	if ( ++p == pe )
		goto _test_eof972;
case 972:
	switch( (*p) ) {
		case 78u: goto st960;
		case 110u: goto st960;
	}
	goto st0;
st973:
	if ( ++p == pe )
		goto _test_eof973;
case 973:
	switch( (*p) ) {
		case 76u: goto st960;
		case 78u: goto st960;
		case 108u: goto st960;
		case 110u: goto st960;
	}
	goto st0;
st974:
	if ( ++p == pe )
		goto _test_eof974;
case 974:
	switch( (*p) ) {
		case 65u: goto st975;
		case 97u: goto st975;
	}
	goto st0;
st975:
	if ( ++p == pe )
		goto _test_eof975;
case 975:
	switch( (*p) ) {
		case 82u: goto st960;
		case 89u: goto st960;
		case 114u: goto st960;
		case 121u: goto st960;
	}
	goto st0;
st976:
	if ( ++p == pe )
		goto _test_eof976;
case 976:
	switch( (*p) ) {
		case 79u: goto st977;
		case 111u: goto st977;
	}
	goto st0;
st977:
	if ( ++p == pe )
		goto _test_eof977;
case 977:
	switch( (*p) ) {
		case 86u: goto st960;
		case 118u: goto st960;
	}
	goto st0;
st978:
	if ( ++p == pe )
		goto _test_eof978;
case 978:
	switch( (*p) ) {
		case 67u: goto st979;
		case 99u: goto st979;
	}
	goto st0;
st979:
	if ( ++p == pe )
		goto _test_eof979;
case 979:
	switch( (*p) ) {
		case 84u: goto st960;
		case 116u: goto st960;
	}
	goto st0;
st980:
	if ( ++p == pe )
		goto _test_eof980;
case 980:
	switch( (*p) ) {
		case 69u: goto st981;
		case 101u: goto st981;
	}
	goto st0;
st981:
	if ( ++p == pe )
		goto _test_eof981;
case 981:
	switch( (*p) ) {
		case 80u: goto st960;
		case 112u: goto st960;
	}
	goto st0;
st982:
	if ( ++p == pe )
		goto _test_eof982;
case 982:
	if ( (*p) == 45u )
		goto st957;
	goto st0;
st983:
	if ( ++p == pe )
		goto _test_eof983;
case 983:
	if ( (*p) == 32u )
		goto tr1740;
	goto st0;
tr1740:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st984;
st984:
	if ( ++p == pe )
		goto _test_eof984;
case 984:
#line 23950 "client.c"
	if ( (*p) == 32u )
		goto st984;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1742;
	goto st0;
tr1744:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 985; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st985;
tr1742:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 985; goto _out;}
  }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 985; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st985;
st985:
	if ( ++p == pe )
		goto _test_eof985;
case 985:
#line 23979 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1743;
		case 13u: goto tr1743;
		case 32u: goto tr1743;
		case 41u: goto tr1743;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1744;
	goto st0;
tr1743:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1131; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 1131; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1131;
st1131:
	if ( ++p == pe )
		goto _test_eof1131;
case 1131:
#line 24004 "client.c"
	goto st0;
st986:
	if ( ++p == pe )
		goto _test_eof986;
case 986:
	if ( (*p) == 32u )
		goto tr1745;
	goto st0;
tr1745:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st987;
st987:
	if ( ++p == pe )
		goto _test_eof987;
case 987:
#line 24019 "client.c"
	if ( (*p) == 32u )
		goto st987;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1747;
	goto st0;
tr1749:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 988; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st988;
tr1747:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 988; goto _out;}
  }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 988; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st988;
st988:
	if ( ++p == pe )
		goto _test_eof988;
case 988:
#line 24048 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1748;
		case 13u: goto tr1748;
		case 32u: goto tr1748;
		case 41u: goto tr1748;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1749;
	goto st0;
tr1748:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1132; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1132; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 1132; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1132;
st1132:
	if ( ++p == pe )
		goto _test_eof1132;
case 1132:
#line 24076 "client.c"
	goto st0;
st989:
	if ( ++p == pe )
		goto _test_eof989;
case 989:
	if ( (*p) == 32u )
		goto tr1750;
	goto st0;
tr1750:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st990;
st990:
	if ( ++p == pe )
		goto _test_eof990;
case 990:
#line 24091 "client.c"
	switch( (*p) ) {
		case 32u: goto st990;
		case 36u: goto tr1752;
		case 42u: goto tr1753;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1754;
	goto st0;
tr1752:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 991; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 991; goto _out;} }
#line 172 "lexical.rl"
	{ if (!ik_b_add(ps, IK_N_SEARCH_RES, ik_b_off(ps, p), 1)) {p++;  ps->cs = 991; goto _out;} }
	goto st991;
st991:
	if ( ++p == pe )
		goto _test_eof991;
case 991:
#line 24110 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1755;
		case 13u: goto tr1755;
		case 32u: goto tr1755;
		case 41u: goto tr1755;
	}
	goto st0;
tr1755:
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1133;
tr1756:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1133; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1133;
tr1761:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1133; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1133; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1133; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1133;
tr1767:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1133; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1133;
tr1769:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 1133; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 1133; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 1133; goto _out;} }
#line 166 "lexical.rl"
	{ ik_b_pop(ps, p); }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1133;
st1133:
	if ( ++p == pe )
		goto _test_eof1133;
case 1133:
#line 24171 "client.c"
	goto st0;
tr1759:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st992;
tr1753:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 992; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 992; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st992;
st992:
	if ( ++p == pe )
		goto _test_eof992;
case 992:
#line 24188 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1756;
		case 13u: goto tr1756;
		case 32u: goto tr1756;
		case 41u: goto tr1756;
		case 44u: goto tr1757;
		case 58u: goto tr1758;
	}
	goto st0;
tr1757:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 993; goto _out;} }
	goto st993;
tr1762:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 993; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 993; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 993; goto _out;} }
	goto st993;
tr1768:
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 993; goto _out;} }
	goto st993;
tr1770:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 993; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 993; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 170 "lexical.rl"
	{ ps->seq_has_b = 1; }
#line 171 "lexical.rl"
	{ if (!ik_b_seq_elem(ps, p)) {p++;  ps->cs = 993; goto _out;} }
	goto st993;
st993:
	if ( ++p == pe )
		goto _test_eof993;
case 993:
#line 24239 "client.c"
	if ( (*p) == 42u )
		goto tr1759;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1760;
	goto st0;
tr1763:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 994; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st994;
tr1760:
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 994; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st994;
tr1754:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 994; goto _out;}
  }
#line 165 "lexical.rl"
	{ if (!ik_b_seqset_begin(ps, p)) {p++;  ps->cs = 994; goto _out;} }
#line 167 "lexical.rl"
	{ ps->seq_has_b = 0; ps->seq_star = 0; }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 994; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st994;
st994:
	if ( ++p == pe )
		goto _test_eof994;
case 994:
#line 24280 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1761;
		case 13u: goto tr1761;
		case 32u: goto tr1761;
		case 41u: goto tr1761;
		case 44u: goto tr1762;
		case 58u: goto tr1764;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1763;
	goto st0;
tr1758:
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st995;
tr1764:
#line 75 "lexical.rl"
	{
    if (ps->num > 0xFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 32-bit number"); {p++;  ps->cs = 995; goto _out;} }
  }
#line 81 "lexical.rl"
	{
    if (ps->num == 0) { ik_b_fail(ps, IK_E_SYNTAX, ps->mark, "a non-zero number"); {p++;  ps->cs = 995; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 169 "lexical.rl"
	{ ps->seq_a = ps->num; ps->seq_a_star = ps->seq_star; ps->seq_a_off = ik_b_off(ps, ps->mark); ps->seq_star = 0; }
	goto st995;
st995:
	if ( ++p == pe )
		goto _test_eof995;
case 995:
#line 24312 "client.c"
	if ( (*p) == 42u )
		goto tr1765;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1766;
	goto st0;
tr1765:
#line 168 "lexical.rl"
	{ ps->seq_star = 1; ps->num = 0; ps->mark = p; }
	goto st996;
st996:
	if ( ++p == pe )
		goto _test_eof996;
case 996:
#line 24324 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1767;
		case 13u: goto tr1767;
		case 32u: goto tr1767;
		case 41u: goto tr1767;
		case 44u: goto tr1768;
	}
	goto st0;
tr1766:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 997; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st997;
tr1771:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 997; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st997;
st997:
	if ( ++p == pe )
		goto _test_eof997;
case 997:
#line 24353 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1769;
		case 13u: goto tr1769;
		case 32u: goto tr1769;
		case 41u: goto tr1769;
		case 44u: goto tr1770;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1771;
	goto st0;
st998:
	if ( ++p == pe )
		goto _test_eof998;
case 998:
	if ( (*p) == 32u )
		goto tr1772;
	goto st0;
tr1772:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st999;
st999:
	if ( ++p == pe )
		goto _test_eof999;
case 999:
#line 24377 "client.c"
	switch( (*p) ) {
		case 32u: goto st999;
		case 34u: goto tr1775;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1776;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1774;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1774;
	goto tr1777;
tr1780:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1000; goto _out;} }
	goto st1000;
tr1774:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1000; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1000;
tr1777:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1000; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1000; goto _out;} }
	goto st1000;
st1000:
	if ( ++p == pe )
		goto _test_eof1000;
case 1000:
#line 24417 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1778;
		case 33u: goto st1000;
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
				goto st1000;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto st1000;
	goto tr1780;
tr1778:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1001; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1001;
tr1807:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1001; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1001;
st1001:
	if ( ++p == pe )
		goto _test_eof1001;
case 1001:
#line 24454 "client.c"
	switch( (*p) ) {
		case 32u: goto st1001;
		case 34u: goto tr1783;
		case 37u: goto st0;
		case 92u: goto st0;
		case 123u: goto tr1784;
		case 127u: goto st0;
	}
	if ( (*p) < 33u ) {
		if ( (*p) <= 31u )
			goto st0;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 42u ) {
			if ( 43u <= (*p) && (*p) <= 126u )
				goto tr1782;
		} else if ( (*p) >= 40u )
			goto st0;
	} else
		goto tr1782;
	goto tr1785;
tr1788:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1002; goto _out;} }
	goto st1002;
tr1782:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1002; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1002;
tr1785:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1002; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1002; goto _out;} }
	goto st1002;
st1002:
	if ( ++p == pe )
		goto _test_eof1002;
case 1002:
#line 24494 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1786;
		case 13u: goto tr1786;
		case 32u: goto tr1786;
		case 33u: goto st1002;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1786;
		case 42u: goto st0;
		case 92u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) > 34u ) {
		if ( 35u <= (*p) && (*p) <= 126u )
			goto st1002;
	} else
		goto st0;
	goto tr1788;
tr1786:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1134; goto _out;} }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1134;
tr1793:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1134; goto _out;} }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1134;
st1134:
	if ( ++p == pe )
		goto _test_eof1134;
case 1134:
#line 24530 "client.c"
	goto st0;
tr1792:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1003;
tr1794:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1003;
tr1783:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1003; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1003;
st1003:
	if ( ++p == pe )
		goto _test_eof1003;
case 1003:
#line 24547 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1790;
		case 92u: goto st1005;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1003;
	goto tr1792;
tr1790:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1004;
tr1800:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1004; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1004; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1004;
tr1802:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1004; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1004;
st1004:
	if ( ++p == pe )
		goto _test_eof1004;
case 1004:
#line 24587 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1793;
		case 13u: goto tr1793;
		case 32u: goto tr1793;
		case 41u: goto tr1793;
	}
	goto st0;
st1005:
	if ( ++p == pe )
		goto _test_eof1005;
case 1005:
	switch( (*p) ) {
		case 34u: goto tr1794;
		case 92u: goto tr1794;
	}
	goto st0;
tr1784:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1006; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1006;
st1006:
	if ( ++p == pe )
		goto _test_eof1006;
case 1006:
#line 24613 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1795;
	goto st0;
tr1795:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1007; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1007;
tr1797:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1007; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1007;
st1007:
	if ( ++p == pe )
		goto _test_eof1007;
case 1007:
#line 24637 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1796;
		case 45u: goto tr1796;
		case 125u: goto tr1798;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1797;
	goto st0;
tr1796:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1008; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1008;
st1008:
	if ( ++p == pe )
		goto _test_eof1008;
case 1008:
#line 24655 "client.c"
	if ( (*p) == 125u )
		goto st1009;
	goto st0;
tr1798:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1009; goto _out;} }
  }
	goto st1009;
st1009:
	if ( ++p == pe )
		goto _test_eof1009;
case 1009:
#line 24667 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1800;
		case 13u: goto st1010;
	}
	goto st0;
st1010:
	if ( ++p == pe )
		goto _test_eof1010;
case 1010:
	if ( (*p) == 10u )
		goto tr1802;
	goto st0;
tr1806:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1011;
tr1808:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1011;
tr1775:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1011; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1011;
st1011:
	if ( ++p == pe )
		goto _test_eof1011;
case 1011:
#line 24695 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1804;
		case 92u: goto st1013;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1011;
	goto tr1806;
tr1804:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1012;
tr1814:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1012; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1012; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1012;
tr1816:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1012; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1012;
st1012:
	if ( ++p == pe )
		goto _test_eof1012;
case 1012:
#line 24735 "client.c"
	if ( (*p) == 32u )
		goto tr1807;
	goto st0;
st1013:
	if ( ++p == pe )
		goto _test_eof1013;
case 1013:
	switch( (*p) ) {
		case 34u: goto tr1808;
		case 92u: goto tr1808;
	}
	goto st0;
tr1776:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1014; goto _out;}
  }
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1014;
st1014:
	if ( ++p == pe )
		goto _test_eof1014;
case 1014:
#line 24757 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1809;
	goto st0;
tr1809:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1015; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1015;
tr1811:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1015; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1015;
st1015:
	if ( ++p == pe )
		goto _test_eof1015;
case 1015:
#line 24781 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1810;
		case 45u: goto tr1810;
		case 125u: goto tr1812;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1811;
	goto st0;
tr1810:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1016; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1016;
st1016:
	if ( ++p == pe )
		goto _test_eof1016;
case 1016:
#line 24799 "client.c"
	if ( (*p) == 125u )
		goto st1017;
	goto st0;
tr1812:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1017; goto _out;} }
  }
	goto st1017;
st1017:
	if ( ++p == pe )
		goto _test_eof1017;
case 1017:
#line 24811 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1814;
		case 13u: goto st1018;
	}
	goto st0;
st1018:
	if ( ++p == pe )
		goto _test_eof1018;
case 1018:
	if ( (*p) == 10u )
		goto tr1816;
	goto st0;
st1019:
	if ( ++p == pe )
		goto _test_eof1019;
case 1019:
	if ( (*p) == 32u )
		goto tr1817;
	goto st0;
tr1817:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1020;
st1020:
	if ( ++p == pe )
		goto _test_eof1020;
case 1020:
#line 24837 "client.c"
	switch( (*p) ) {
		case 32u: goto st1020;
		case 34u: goto tr1819;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1820;
	goto st0;
tr1824:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1021;
tr1842:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1021;
tr1819:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1021; goto _out;}
  }
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1021;
st1021:
	if ( ++p == pe )
		goto _test_eof1021;
case 1021:
#line 24860 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1822;
		case 92u: goto st1037;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1021;
	goto tr1824;
tr1822:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1022;
st1022:
	if ( ++p == pe )
		goto _test_eof1022;
case 1022:
#line 24881 "client.c"
	if ( (*p) == 32u )
		goto tr1825;
	goto st0;
tr1825:
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1023; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1023;
st1023:
	if ( ++p == pe )
		goto _test_eof1023;
case 1023:
#line 24892 "client.c"
	switch( (*p) ) {
		case 32u: goto st1023;
		case 65u: goto tr1827;
		case 80u: goto tr1828;
		case 83u: goto tr1829;
		case 97u: goto tr1827;
		case 112u: goto tr1828;
		case 115u: goto tr1829;
	}
	goto st0;
tr1827:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1024; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1024;
st1024:
	if ( ++p == pe )
		goto _test_eof1024;
case 1024:
#line 24912 "client.c"
	switch( (*p) ) {
		case 76u: goto st1025;
		case 108u: goto st1025;
	}
	goto st0;
st1025:
	if ( ++p == pe )
		goto _test_eof1025;
case 1025:
	switch( (*p) ) {
		case 76u: goto st1026;
		case 108u: goto st1026;
	}
	goto st0;
st1026:
	if ( ++p == pe )
		goto _test_eof1026;
case 1026:
	if ( (*p) == 32u )
		goto tr1832;
	goto st0;
tr1832:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1027; goto _out;} }
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1027;
st1027:
	if ( ++p == pe )
		goto _test_eof1027;
case 1027:
#line 24946 "client.c"
	if ( (*p) == 32u )
		goto st1027;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1820;
	goto st0;
tr1835:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1028; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1028;
tr1820:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1028; goto _out;}
  }
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1028; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1028;
st1028:
	if ( ++p == pe )
		goto _test_eof1028;
case 1028:
#line 24975 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1834;
		case 13u: goto tr1834;
		case 32u: goto tr1834;
		case 41u: goto tr1834;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1835;
	goto st0;
tr1834:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1135; goto _out;} }
  }
#line 84 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 97 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_NUMBER)) {p++;  ps->cs = 1135; goto _out;} ps->last->form = IK_FORM_NONE; }
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1135;
st1135:
	if ( ++p == pe )
		goto _test_eof1135;
case 1135:
#line 25000 "client.c"
	goto st0;
tr1828:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1029; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1029;
st1029:
	if ( ++p == pe )
		goto _test_eof1029;
case 1029:
#line 25011 "client.c"
	switch( (*p) ) {
		case 82u: goto st1030;
		case 114u: goto st1030;
	}
	goto st0;
st1030:
	if ( ++p == pe )
		goto _test_eof1030;
case 1030:
	switch( (*p) ) {
		case 73u: goto st1031;
		case 105u: goto st1031;
	}
	goto st0;
st1031:
	if ( ++p == pe )
		goto _test_eof1031;
case 1031:
	switch( (*p) ) {
		case 86u: goto st1026;
		case 118u: goto st1026;
	}
	goto st0;
tr1829:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1032; goto _out;}
  }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1032;
st1032:
	if ( ++p == pe )
		goto _test_eof1032;
case 1032:
#line 25044 "client.c"
	switch( (*p) ) {
		case 72u: goto st1033;
		case 104u: goto st1033;
	}
	goto st0;
st1033:
	if ( ++p == pe )
		goto _test_eof1033;
case 1033:
	switch( (*p) ) {
		case 65u: goto st1034;
		case 97u: goto st1034;
	}
	goto st0;
st1034:
	if ( ++p == pe )
		goto _test_eof1034;
case 1034:
	switch( (*p) ) {
		case 82u: goto st1035;
		case 114u: goto st1035;
	}
	goto st0;
st1035:
	if ( ++p == pe )
		goto _test_eof1035;
case 1035:
	switch( (*p) ) {
		case 69u: goto st1036;
		case 101u: goto st1036;
	}
	goto st0;
st1036:
	if ( ++p == pe )
		goto _test_eof1036;
case 1036:
	switch( (*p) ) {
		case 68u: goto st1026;
		case 100u: goto st1026;
	}
	goto st0;
st1037:
	if ( ++p == pe )
		goto _test_eof1037;
case 1037:
	switch( (*p) ) {
		case 34u: goto tr1842;
		case 92u: goto tr1842;
	}
	goto st0;
st1038:
	if ( ++p == pe )
		goto _test_eof1038;
case 1038:
	if ( (*p) == 32u )
		goto tr1843;
	goto st0;
tr1843:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1039;
st1039:
	if ( ++p == pe )
		goto _test_eof1039;
case 1039:
#line 25108 "client.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st1039;
		case 41u: goto st0;
	}
	goto tr1844;
tr1844:
#line 327 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1040; goto _out;}
    p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1040;goto st890;}}
  }
	goto st1040;
st1040:
	if ( ++p == pe )
		goto _test_eof1040;
case 1040:
#line 25125 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1846;
		case 13u: goto tr1846;
		case 32u: goto tr1846;
		case 41u: goto tr1846;
	}
	goto st0;
tr1846:
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1136;
st1136:
	if ( ++p == pe )
		goto _test_eof1136;
case 1136:
#line 25139 "client.c"
	goto st0;
st1041:
	if ( ++p == pe )
		goto _test_eof1041;
case 1041:
	if ( (*p) == 32u )
		goto tr1847;
	goto st0;
tr1847:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1042;
st1042:
	if ( ++p == pe )
		goto _test_eof1042;
case 1042:
#line 25154 "client.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st1042;
		case 41u: goto st0;
	}
	goto tr1848;
tr1848:
#line 327 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1043; goto _out;}
    p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1043;goto st890;}}
  }
	goto st1043;
st1043:
	if ( ++p == pe )
		goto _test_eof1043;
case 1043:
#line 25171 "client.c"
	if ( (*p) == 32u )
		goto tr1850;
	goto st0;
tr1850:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1044;
st1044:
	if ( ++p == pe )
		goto _test_eof1044;
case 1044:
#line 25181 "client.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st1044;
		case 41u: goto st0;
	}
	goto tr1851;
tr1851:
#line 327 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1045; goto _out;}
    p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1045;goto st890;}}
  }
	goto st1045;
st1045:
	if ( ++p == pe )
		goto _test_eof1045;
case 1045:
#line 25198 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1853;
		case 13u: goto tr1853;
		case 32u: goto tr1853;
		case 41u: goto tr1853;
	}
	goto st0;
tr1853:
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1137;
st1137:
	if ( ++p == pe )
		goto _test_eof1137;
case 1137:
#line 25212 "client.c"
	goto st0;
st1046:
	if ( ++p == pe )
		goto _test_eof1046;
case 1046:
	if ( (*p) == 32u )
		goto tr1854;
	goto st0;
tr1854:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1047;
st1047:
	if ( ++p == pe )
		goto _test_eof1047;
case 1047:
#line 25227 "client.c"
	switch( (*p) ) {
		case 32u: goto st1047;
		case 40u: goto tr1856;
	}
	goto st0;
tr1856:
#line 85 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1048; goto _out;}
  }
	goto st1048;
st1048:
	if ( ++p == pe )
		goto _test_eof1048;
case 1048:
#line 25241 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1857;
		case 41u: goto st1050;
		case 65u: goto tr1860;
		case 67u: goto tr1861;
		case 77u: goto tr1862;
		case 80u: goto tr1863;
		case 83u: goto tr1864;
		case 95u: goto tr1859;
		case 97u: goto tr1860;
		case 99u: goto tr1861;
		case 109u: goto tr1862;
		case 112u: goto tr1863;
		case 115u: goto tr1864;
	}
	if ( (*p) < 66u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1859;
	} else if ( (*p) > 90u ) {
		if ( 98u <= (*p) && (*p) <= 122u )
			goto tr1859;
	} else
		goto tr1859;
	goto st0;
tr1857:
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1049;
st1049:
	if ( ++p == pe )
		goto _test_eof1049;
case 1049:
#line 25272 "client.c"
	switch( (*p) ) {
		case 32u: goto st1049;
		case 41u: goto tr1866;
	}
	goto st0;
tr1906:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st1050;
tr1898:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1050; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st1050;
tr1866:
#line 192 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_SPACE_BEFORE_PAREN, ps->sp_mark)) {p++;  ps->cs = 1050; goto _out;} }
	goto st1050;
tr1869:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 1050; goto _out;} }
	goto st1050;
tr1878:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 1050; goto _out;} }
	goto st1050;
tr1903:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 1050; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
	goto st1050;
st1050:
	if ( ++p == pe )
		goto _test_eof1050;
case 1050:
#line 25306 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1867;
		case 13u: goto tr1867;
		case 32u: goto tr1867;
		case 41u: goto tr1867;
	}
	goto st0;
tr1867:
#line 333 "command.rl"
	{ ik_b_pop(ps, p); p--; { ps->cs =  ps->stack[-- ps->top];goto _again;} }
	goto st1138;
st1138:
	if ( ++p == pe )
		goto _test_eof1138;
case 1138:
#line 25320 "client.c"
	goto st0;
tr1859:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1051;
st1051:
	if ( ++p == pe )
		goto _test_eof1051;
case 1051:
#line 25328 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 95u: goto st1051;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
tr1868:
#line 104 "command.rl"
	{ if (!ik_c_gen_opt(ps, p)) {p++;  ps->cs = 1052; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1052;
st1052:
	if ( ++p == pe )
		goto _test_eof1052;
case 1052:
#line 25353 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1871;
		case 36u: goto tr1872;
		case 40u: goto tr1873;
		case 41u: goto tr1866;
		case 42u: goto tr1872;
		case 65u: goto tr1860;
		case 67u: goto tr1861;
		case 77u: goto tr1862;
		case 80u: goto tr1863;
		case 83u: goto tr1864;
		case 95u: goto tr1859;
		case 97u: goto tr1860;
		case 99u: goto tr1861;
		case 109u: goto tr1862;
		case 112u: goto tr1863;
		case 115u: goto tr1864;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1859;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto tr1859;
		} else if ( (*p) >= 66u )
			goto tr1859;
	} else
		goto tr1872;
	goto st0;
tr1871:
#line 19 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_EXTRA_SPACE, p)) {p++;  ps->cs = 1053; goto _out;} }
	goto st1053;
st1053:
	if ( ++p == pe )
		goto _test_eof1053;
case 1053:
#line 25390 "client.c"
	switch( (*p) ) {
		case 32u: goto st1053;
		case 41u: goto tr1866;
		case 65u: goto tr1860;
		case 67u: goto tr1861;
		case 77u: goto tr1862;
		case 80u: goto tr1863;
		case 83u: goto tr1864;
		case 95u: goto tr1859;
		case 97u: goto tr1860;
		case 99u: goto tr1861;
		case 109u: goto tr1862;
		case 112u: goto tr1863;
		case 115u: goto tr1864;
	}
	if ( (*p) < 66u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1859;
	} else if ( (*p) > 90u ) {
		if ( 98u <= (*p) && (*p) <= 122u )
			goto tr1859;
	} else
		goto tr1859;
	goto st0;
tr1860:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1054;
st1054:
	if ( ++p == pe )
		goto _test_eof1054;
case 1054:
#line 25421 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 76u: goto st1055;
		case 95u: goto st1051;
		case 108u: goto st1055;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1055:
	if ( ++p == pe )
		goto _test_eof1055;
case 1055:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 76u: goto st1056;
		case 95u: goto st1051;
		case 108u: goto st1056;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1056:
	if ( ++p == pe )
		goto _test_eof1056;
case 1056:
	switch( (*p) ) {
		case 32u: goto tr1877;
		case 41u: goto tr1878;
		case 95u: goto st1051;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
tr1877:
#line 102 "command.rl"
	{ if (!ik_c_attr(ps, p, 0)) {p++;  ps->cs = 1057; goto _out;} }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1057;
tr1901:
#line 106 "command.rl"
	{ if (!ik_c_gen_atom(ps, p)) {p++;  ps->cs = 1057; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1057;
tr1905:
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1057;
tr1897:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 96 "command.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1057; goto _out;} }
#line 99 "command.rl"
	{ ik_b_pop(ps, p); }
#line 191 "lexical.rl"
	{ ps->sp_mark = p; }
	goto st1057;
st1057:
	if ( ++p == pe )
		goto _test_eof1057;
case 1057:
#line 25511 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1871;
		case 41u: goto tr1866;
		case 65u: goto tr1860;
		case 67u: goto tr1861;
		case 77u: goto tr1862;
		case 80u: goto tr1863;
		case 83u: goto tr1864;
		case 95u: goto tr1859;
		case 97u: goto tr1860;
		case 99u: goto tr1861;
		case 109u: goto tr1862;
		case 112u: goto tr1863;
		case 115u: goto tr1864;
	}
	if ( (*p) < 66u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr1859;
	} else if ( (*p) > 90u ) {
		if ( 98u <= (*p) && (*p) <= 122u )
			goto tr1859;
	} else
		goto tr1859;
	goto st0;
tr1861:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1058;
st1058:
	if ( ++p == pe )
		goto _test_eof1058;
case 1058:
#line 25542 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 79u: goto st1059;
		case 95u: goto st1051;
		case 111u: goto st1059;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1059:
	if ( ++p == pe )
		goto _test_eof1059;
case 1059:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 85u: goto st1060;
		case 95u: goto st1051;
		case 117u: goto st1060;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1060:
	if ( ++p == pe )
		goto _test_eof1060;
case 1060:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 78u: goto st1061;
		case 95u: goto st1051;
		case 110u: goto st1061;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1061:
	if ( ++p == pe )
		goto _test_eof1061;
case 1061:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 84u: goto st1056;
		case 95u: goto st1051;
		case 116u: goto st1056;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
tr1862:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1062;
st1062:
	if ( ++p == pe )
		goto _test_eof1062;
case 1062:
#line 25637 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 65u: goto st1063;
		case 73u: goto st1064;
		case 95u: goto st1051;
		case 97u: goto st1063;
		case 105u: goto st1064;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 66u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1063:
	if ( ++p == pe )
		goto _test_eof1063;
case 1063:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 88u: goto st1056;
		case 95u: goto st1051;
		case 120u: goto st1056;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1064:
	if ( ++p == pe )
		goto _test_eof1064;
case 1064:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 78u: goto st1056;
		case 95u: goto st1051;
		case 110u: goto st1056;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
tr1863:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1065;
st1065:
	if ( ++p == pe )
		goto _test_eof1065;
case 1065:
#line 25711 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 65u: goto st1066;
		case 95u: goto st1051;
		case 97u: goto st1066;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 66u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1066:
	if ( ++p == pe )
		goto _test_eof1066;
case 1066:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 82u: goto st1067;
		case 95u: goto st1051;
		case 114u: goto st1067;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1067:
	if ( ++p == pe )
		goto _test_eof1067;
case 1067:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 84u: goto st1068;
		case 95u: goto st1051;
		case 116u: goto st1068;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1068:
	if ( ++p == pe )
		goto _test_eof1068;
case 1068:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 73u: goto st1069;
		case 95u: goto st1051;
		case 105u: goto st1069;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1069:
	if ( ++p == pe )
		goto _test_eof1069;
case 1069:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 65u: goto st1070;
		case 95u: goto st1051;
		case 97u: goto st1070;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 66u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1070:
	if ( ++p == pe )
		goto _test_eof1070;
case 1070:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 76u: goto st1071;
		case 95u: goto st1051;
		case 108u: goto st1071;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1071:
	if ( ++p == pe )
		goto _test_eof1071;
case 1071:
	switch( (*p) ) {
		case 32u: goto tr1890;
		case 95u: goto st1051;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
tr1890:
#line 103 "command.rl"
	{ if (!ik_c_attr(ps, p, 1)) {p++;  ps->cs = 1072; goto _out;} }
	goto st1072;
st1072:
	if ( ++p == pe )
		goto _test_eof1072;
case 1072:
#line 25872 "client.c"
	if ( (*p) == 45u )
		goto tr1891;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1892;
	goto st0;
tr1891:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1073;
st1073:
	if ( ++p == pe )
		goto _test_eof1073;
case 1073:
#line 25884 "client.c"
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st1074;
	goto st0;
tr1892:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1074;
st1074:
	if ( ++p == pe )
		goto _test_eof1074;
case 1074:
#line 25894 "client.c"
	if ( (*p) == 58u )
		goto st1075;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1074;
	goto st0;
st1075:
	if ( ++p == pe )
		goto _test_eof1075;
case 1075:
	if ( (*p) == 45u )
		goto st1076;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st1077;
	goto st0;
st1076:
	if ( ++p == pe )
		goto _test_eof1076;
case 1076:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st1077;
	goto st0;
st1077:
	if ( ++p == pe )
		goto _test_eof1077;
case 1077:
	switch( (*p) ) {
		case 32u: goto tr1897;
		case 41u: goto tr1898;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1077;
	goto st0;
tr1864:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1078;
st1078:
	if ( ++p == pe )
		goto _test_eof1078;
case 1078:
#line 25933 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 65u: goto st1079;
		case 95u: goto st1051;
		case 97u: goto st1079;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 66u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1079:
	if ( ++p == pe )
		goto _test_eof1079;
case 1079:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 86u: goto st1080;
		case 95u: goto st1051;
		case 118u: goto st1080;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
st1080:
	if ( ++p == pe )
		goto _test_eof1080;
case 1080:
	switch( (*p) ) {
		case 32u: goto tr1868;
		case 41u: goto tr1869;
		case 69u: goto st1056;
		case 95u: goto st1051;
		case 101u: goto st1056;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1051;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1051;
		} else if ( (*p) >= 65u )
			goto st1051;
	} else
		goto st1051;
	goto st0;
tr1904:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1081; goto _out;} }
	goto st1081;
tr1872:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 1081; goto _out;} }
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1081;
st1081:
	if ( ++p == pe )
		goto _test_eof1081;
case 1081:
#line 26009 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1901;
		case 33u: goto st1081;
		case 37u: goto st0;
		case 40u: goto st0;
		case 41u: goto tr1903;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 35u ) {
		if ( (*p) <= 34u )
			goto st0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st1081;
		} else if ( (*p) >= 92u )
			goto st0;
	} else
		goto st1081;
	goto tr1904;
tr1873:
#line 105 "command.rl"
	{ if (!ik_c_repush(ps, p)) {p++;  ps->cs = 1082; goto _out;} }
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1082; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1082;goto st5;}}
    }
  }
	goto st1082;
st1082:
	if ( ++p == pe )
		goto _test_eof1082;
case 1082:
#line 26044 "client.c"
	switch( (*p) ) {
		case 32u: goto tr1905;
		case 41u: goto tr1906;
	}
	goto st0;
st1083:
	if ( ++p == pe )
		goto _test_eof1083;
case 1083:
	if ( (*p) == 32u )
		goto tr1907;
	goto st0;
tr1907:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1084;
st1084:
	if ( ++p == pe )
		goto _test_eof1084;
case 1084:
#line 26063 "client.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st1084;
		case 41u: goto st0;
	}
	goto tr1908;
tr1908:
#line 327 "command.rl"
	{
    if (p - ps->sp_mark > 1 && !ik_b_quirk(ps, IK_Q_EXTRA_SPACE, ps->sp_mark + 1)) {p++;  ps->cs = 1085; goto _out;}
    p--; { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1085;goto st890;}}
  }
	goto st1085;
st1085:
	if ( ++p == pe )
		goto _test_eof1085;
case 1085:
#line 26080 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1910;
		case 13u: goto tr1911;
		case 32u: goto tr1912;
	}
	goto st0;
tr1913:
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1139;
tr1910:
#line 354 "command.rl"
	{ if (!ik_c_search_check(ps, p)) {p++;  ps->cs = 1139; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1139; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1139;
tr1914:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1139; goto _out;} }
#line 354 "command.rl"
	{ if (!ik_c_search_check(ps, p)) {p++;  ps->cs = 1139; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1139; goto _out;} }
#line 48 "command.rl"
	{ ps->done = 1; }
	goto st1139;
st1139:
	if ( ++p == pe )
		goto _test_eof1139;
case 1139:
#line 26104 "client.c"
	goto st0;
tr1911:
#line 354 "command.rl"
	{ if (!ik_c_search_check(ps, p)) {p++;  ps->cs = 1086; goto _out;} }
	goto st1086;
tr1915:
#line 88 "command.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, ps->sp_mark)) {p++;  ps->cs = 1086; goto _out;} }
#line 354 "command.rl"
	{ if (!ik_c_search_check(ps, p)) {p++;  ps->cs = 1086; goto _out;} }
	goto st1086;
st1086:
	if ( ++p == pe )
		goto _test_eof1086;
case 1086:
#line 26116 "client.c"
	if ( (*p) == 10u )
		goto tr1913;
	goto st0;
tr1912:
#line 84 "command.rl"
	{ ps->sp_mark = p; }
	goto st1087;
st1087:
	if ( ++p == pe )
		goto _test_eof1087;
case 1087:
#line 26126 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1914;
		case 13u: goto tr1915;
		case 32u: goto st1087;
		case 41u: goto st0;
	}
	goto tr1908;
tr1923:
#line 36 "generic.rl"
	{
    {
      ik_node *l = ik_b_add(ps, IK_N_LIST, ik_b_off(ps, p), 0);
      if (!l || !ik_b_push(ps, l, p)) {p++;  ps->cs = 1088; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1088;goto st5;}}
    }
  }
	goto st1088;
st1088:
	if ( ++p == pe )
		goto _test_eof1088;
case 1088:
#line 26146 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1917;
		case 13u: goto st1089;
		case 32u: goto st1090;
	}
	goto st0;
tr1917:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1140; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st1140;
tr1920:
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st1140;
tr1928:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1140; goto _out;} }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1140; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st1140;
tr1937:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1140; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1140; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st1140;
st1140:
	if ( ++p == pe )
		goto _test_eof1140;
case 1140:
#line 26173 "client.c"
	goto st0;
tr1929:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1089; goto _out;} }
	goto st1089;
tr1938:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1089; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st1089;
st1089:
	if ( ++p == pe )
		goto _test_eof1089;
case 1089:
#line 26184 "client.c"
	if ( (*p) == 10u )
		goto tr1920;
	goto st0;
tr1930:
#line 17 "generic.rl"
	{ if (!ik_b_generic_atom(ps) || !ik_b_generic_atom_end(ps, ps->gatom, p)) {p++;  ps->cs = 1090; goto _out;} }
	goto st1090;
tr1939:
#line 35 "generic.rl"
	{ if (!ik_b_add_tok(ps, IK_N_STRING)) {p++;  ps->cs = 1090; goto _out;} ps->last->flags |= IK_NF_GENERIC; }
	goto st1090;
st1090:
	if ( ++p == pe )
		goto _test_eof1090;
case 1090:
#line 26197 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1917;
		case 13u: goto st1089;
		case 32u: goto st1090;
		case 34u: goto tr1922;
		case 40u: goto tr1923;
		case 41u: goto st0;
		case 91u: goto st0;
		case 93u: goto st0;
		case 123u: goto tr1924;
		case 126u: goto tr1925;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto tr1921;
	goto tr1926;
tr1921:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
	goto st1091;
tr1926:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st1091;
tr1931:
#line 18 "generic.rl"
	{
    {
      ik_node *at, *b;
      if (!ik_b_generic_atom(ps)) {p++;  ps->cs = 1091; goto _out;}
      at = ps->gatom;
      if (!ik_b_push(ps, at, p)) {p++;  ps->cs = 1091; goto _out;}
      b = ik_b_add(ps, IK_N_BRACKET, ik_b_off(ps, p), 0);
      if (!b || !ik_b_push(ps, b, p)) {p++;  ps->cs = 1091; goto _out;}
      { /* depth is checked by ik_b_push before every fcall */ { ps->stack[ ps->top++] = 1091;goto st17;}}
    }
  }
	goto st1091;
tr1932:
#line 16 "generic.rl"
	{ ps->gflags |= IK_NF_8BIT; }
	goto st1091;
st1091:
	if ( ++p == pe )
		goto _test_eof1091;
case 1091:
#line 26240 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1928;
		case 13u: goto tr1929;
		case 32u: goto tr1930;
		case 34u: goto st0;
		case 91u: goto tr1931;
		case 93u: goto st0;
		case 123u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st1091;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st1091;
	} else
		goto st0;
	goto tr1932;
tr1922:
#line 99 "lexical.rl"
	{ ps->mark = p + 1; ps->tok_flags = 0; }
	goto st1092;
tr1936:
#line 101 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; }
	goto st1092;
tr1940:
#line 100 "lexical.rl"
	{ ps->tok_flags |= IK_NF_ESCAPES; }
	goto st1092;
st1092:
	if ( ++p == pe )
		goto _test_eof1092;
case 1092:
#line 26272 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1934;
		case 92u: goto st1094;
	}
	if ( 1u <= (*p) && (*p) <= 127u )
		goto st1092;
	goto tr1936;
tr1934:
#line 102 "lexical.rl"
	{
    ps->tok_form = IK_FORM_QUOTED;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
	goto st1093;
tr1946:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1093; goto _out;} }
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1093; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1093;
tr1948:
#line 119 "lexical.rl"
	{
    {
      const unsigned char *lit_next = ik_b_literal(ps, p);
      if (!lit_next) {p++;  ps->cs = 1093; goto _out;}
      {p = (( lit_next))-1;}
    }
  }
	goto st1093;
st1093:
	if ( ++p == pe )
		goto _test_eof1093;
case 1093:
#line 26312 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1937;
		case 13u: goto tr1938;
		case 32u: goto tr1939;
	}
	goto st0;
st1094:
	if ( ++p == pe )
		goto _test_eof1094;
case 1094:
	switch( (*p) ) {
		case 34u: goto tr1940;
		case 92u: goto tr1940;
	}
	goto st0;
tr1924:
#line 114 "lexical.rl"
	{ ps->lit8 = 0; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1095;
st1095:
	if ( ++p == pe )
		goto _test_eof1095;
case 1095:
#line 26334 "client.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1941;
	goto st0;
tr1941:
#line 68 "lexical.rl"
	{ ps->num = 0; ps->ndig = 0; ps->mark = p; }
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1096; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1096;
tr1943:
#line 69 "lexical.rl"
	{
    if (ps->num > (UINT64_MAX - 9u) / 10u) {
      ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a smaller number"); {p++;  ps->cs = 1096; goto _out;}
    }
    ps->num = ps->num * 10u + (uint64_t)((*p) - '0');
  }
	goto st1096;
st1096:
	if ( ++p == pe )
		goto _test_eof1096;
case 1096:
#line 26358 "client.c"
	switch( (*p) ) {
		case 43u: goto tr1942;
		case 45u: goto tr1942;
		case 125u: goto tr1944;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1943;
	goto st0;
tr1942:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1097; goto _out;} }
  }
#line 116 "lexical.rl"
	{ ps->nonsync = 1; }
	goto st1097;
st1097:
	if ( ++p == pe )
		goto _test_eof1097;
case 1097:
#line 26376 "client.c"
	if ( (*p) == 125u )
		goto st1098;
	goto st0;
tr1944:
#line 78 "lexical.rl"
	{
    if (ps->num > 0x7FFFFFFFFFFFFFFFu) { ik_b_fail(ps, IK_E_NUMBER_TOO_BIG, ps->mark, "a 63-bit number"); {p++;  ps->cs = 1098; goto _out;} }
  }
	goto st1098;
st1098:
	if ( ++p == pe )
		goto _test_eof1098;
case 1098:
#line 26388 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1946;
		case 13u: goto st1099;
	}
	goto st0;
st1099:
	if ( ++p == pe )
		goto _test_eof1099;
case 1099:
	if ( (*p) == 10u )
		goto tr1948;
	goto st0;
tr1925:
#line 15 "generic.rl"
	{ ps->gmark = p; ps->gatom = NULL; }
#line 115 "lexical.rl"
	{ ps->lit8 = 1; ps->nonsync = 0; ps->tok_flags = 0; }
	goto st1100;
st1100:
	if ( ++p == pe )
		goto _test_eof1100;
case 1100:
#line 26408 "client.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto tr1928;
		case 13u: goto tr1929;
		case 32u: goto tr1930;
		case 34u: goto st0;
		case 91u: goto tr1931;
		case 93u: goto st0;
		case 123u: goto st1095;
	}
	if ( (*p) < 40u ) {
		if ( 1u <= (*p) && (*p) <= 39u )
			goto st1091;
	} else if ( (*p) > 41u ) {
		if ( 42u <= (*p) && (*p) <= 127u )
			goto st1091;
	} else
		goto st0;
	goto tr1932;
st1101:
	if ( ++p == pe )
		goto _test_eof1101;
case 1101:
	switch( (*p) ) {
		case 10u: goto tr1950;
		case 13u: goto st1102;
		case 32u: goto tr1952;
	}
	goto st0;
tr1950:
#line 17 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_BARE_LF, p)) {p++;  ps->cs = 1141; goto _out;} }
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st1141;
tr1953:
#line 32 "client.rl"
	{ ps->done = 1; }
	goto st1141;
st1141:
	if ( ++p == pe )
		goto _test_eof1141;
case 1141:
#line 26448 "client.c"
	goto st0;
st1102:
	if ( ++p == pe )
		goto _test_eof1102;
case 1102:
	if ( (*p) == 10u )
		goto tr1953;
	goto st0;
tr1952:
#line 18 "lexical.rl"
	{ if (!ik_b_quirk(ps, IK_Q_TRAILING_SPACE, p)) {p++;  ps->cs = 1103; goto _out;} }
	goto st1103;
st1103:
	if ( ++p == pe )
		goto _test_eof1103;
case 1103:
#line 26463 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1950;
		case 13u: goto st1102;
		case 32u: goto st1103;
	}
	goto st0;
st1104:
	if ( ++p == pe )
		goto _test_eof1104;
case 1104:
	if ( (*p) == 32u )
		goto st1105;
	goto st0;
st1105:
	if ( ++p == pe )
		goto _test_eof1105;
case 1105:
	switch( (*p) ) {
		case 33u: goto tr1956;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto tr1956;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto tr1956;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1956;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1957;
tr1956:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
	goto st1106;
tr1957:
#line 50 "lexical.rl"
	{ ps->mark = p; ps->tok_flags = 0; }
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1106; goto _out;} }
	goto st1106;
tr1960:
#line 22 "lexical.rl"
	{ ps->tok_flags |= IK_NF_8BIT; if (!ik_b_quirk(ps, IK_Q_EIGHT_BIT, p)) {p++;  ps->cs = 1106; goto _out;} }
	goto st1106;
st1106:
	if ( ++p == pe )
		goto _test_eof1106;
case 1106:
#line 26518 "client.c"
	switch( (*p) ) {
		case 10u: goto tr1958;
		case 13u: goto tr1958;
		case 32u: goto tr1958;
		case 33u: goto st1106;
		case 37u: goto st0;
		case 123u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) > 34u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st1106;
		} else
			goto st0;
	} else if ( (*p) > 42u ) {
		if ( (*p) < 92u ) {
			if ( 43u <= (*p) && (*p) <= 91u )
				goto st1106;
		} else if ( (*p) > 93u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st1106;
		} else
			goto st0;
	} else
		goto st0;
	goto tr1960;
tr1958:
#line 51 "lexical.rl"
	{
    ps->tok_form = IK_FORM_ATOM;
    ps->tok_off = ik_b_off(ps, ps->mark);
    ps->tok_len = (uint32_t)(p - ps->mark);
  }
#line 35 "client.rl"
	{ { int t = uid_dispatch(ps); p--; { ps->cs = (t);goto _again;} } }
	goto st1142;
st1142:
	if ( ++p == pe )
		goto _test_eof1142;
case 1142:
#line 26557 "client.c"
	goto st0;
	}
	_test_eof1:  ps->cs = 1; goto _test_eof; 
	_test_eof2:  ps->cs = 2; goto _test_eof; 
	_test_eof3:  ps->cs = 3; goto _test_eof; 
	_test_eof4:  ps->cs = 4; goto _test_eof; 
	_test_eof1107:  ps->cs = 1107; goto _test_eof; 
	_test_eof5:  ps->cs = 5; goto _test_eof; 
	_test_eof6:  ps->cs = 6; goto _test_eof; 
	_test_eof7:  ps->cs = 7; goto _test_eof; 
	_test_eof1108:  ps->cs = 1108; goto _test_eof; 
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
	_test_eof1109:  ps->cs = 1109; goto _test_eof; 
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
	_test_eof1110:  ps->cs = 1110; goto _test_eof; 
	_test_eof32:  ps->cs = 32; goto _test_eof; 
	_test_eof33:  ps->cs = 33; goto _test_eof; 
	_test_eof34:  ps->cs = 34; goto _test_eof; 
	_test_eof35:  ps->cs = 35; goto _test_eof; 
	_test_eof36:  ps->cs = 36; goto _test_eof; 
	_test_eof1111:  ps->cs = 1111; goto _test_eof; 
	_test_eof37:  ps->cs = 37; goto _test_eof; 
	_test_eof38:  ps->cs = 38; goto _test_eof; 
	_test_eof39:  ps->cs = 39; goto _test_eof; 
	_test_eof40:  ps->cs = 40; goto _test_eof; 
	_test_eof41:  ps->cs = 41; goto _test_eof; 
	_test_eof42:  ps->cs = 42; goto _test_eof; 
	_test_eof43:  ps->cs = 43; goto _test_eof; 
	_test_eof44:  ps->cs = 44; goto _test_eof; 
	_test_eof45:  ps->cs = 45; goto _test_eof; 
	_test_eof46:  ps->cs = 46; goto _test_eof; 
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
	_test_eof1112:  ps->cs = 1112; goto _test_eof; 
	_test_eof58:  ps->cs = 58; goto _test_eof; 
	_test_eof59:  ps->cs = 59; goto _test_eof; 
	_test_eof60:  ps->cs = 60; goto _test_eof; 
	_test_eof61:  ps->cs = 61; goto _test_eof; 
	_test_eof62:  ps->cs = 62; goto _test_eof; 
	_test_eof63:  ps->cs = 63; goto _test_eof; 
	_test_eof64:  ps->cs = 64; goto _test_eof; 
	_test_eof65:  ps->cs = 65; goto _test_eof; 
	_test_eof66:  ps->cs = 66; goto _test_eof; 
	_test_eof67:  ps->cs = 67; goto _test_eof; 
	_test_eof68:  ps->cs = 68; goto _test_eof; 
	_test_eof69:  ps->cs = 69; goto _test_eof; 
	_test_eof1113:  ps->cs = 1113; goto _test_eof; 
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
	_test_eof1114:  ps->cs = 1114; goto _test_eof; 
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
	_test_eof127:  ps->cs = 127; goto _test_eof; 
	_test_eof128:  ps->cs = 128; goto _test_eof; 
	_test_eof129:  ps->cs = 129; goto _test_eof; 
	_test_eof130:  ps->cs = 130; goto _test_eof; 
	_test_eof131:  ps->cs = 131; goto _test_eof; 
	_test_eof132:  ps->cs = 132; goto _test_eof; 
	_test_eof133:  ps->cs = 133; goto _test_eof; 
	_test_eof134:  ps->cs = 134; goto _test_eof; 
	_test_eof135:  ps->cs = 135; goto _test_eof; 
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
	_test_eof146:  ps->cs = 146; goto _test_eof; 
	_test_eof147:  ps->cs = 147; goto _test_eof; 
	_test_eof148:  ps->cs = 148; goto _test_eof; 
	_test_eof149:  ps->cs = 149; goto _test_eof; 
	_test_eof150:  ps->cs = 150; goto _test_eof; 
	_test_eof151:  ps->cs = 151; goto _test_eof; 
	_test_eof152:  ps->cs = 152; goto _test_eof; 
	_test_eof1115:  ps->cs = 1115; goto _test_eof; 
	_test_eof153:  ps->cs = 153; goto _test_eof; 
	_test_eof154:  ps->cs = 154; goto _test_eof; 
	_test_eof155:  ps->cs = 155; goto _test_eof; 
	_test_eof156:  ps->cs = 156; goto _test_eof; 
	_test_eof157:  ps->cs = 157; goto _test_eof; 
	_test_eof158:  ps->cs = 158; goto _test_eof; 
	_test_eof159:  ps->cs = 159; goto _test_eof; 
	_test_eof160:  ps->cs = 160; goto _test_eof; 
	_test_eof161:  ps->cs = 161; goto _test_eof; 
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
	_test_eof1116:  ps->cs = 1116; goto _test_eof; 
	_test_eof187:  ps->cs = 187; goto _test_eof; 
	_test_eof188:  ps->cs = 188; goto _test_eof; 
	_test_eof189:  ps->cs = 189; goto _test_eof; 
	_test_eof190:  ps->cs = 190; goto _test_eof; 
	_test_eof191:  ps->cs = 191; goto _test_eof; 
	_test_eof192:  ps->cs = 192; goto _test_eof; 
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
	_test_eof220:  ps->cs = 220; goto _test_eof; 
	_test_eof221:  ps->cs = 221; goto _test_eof; 
	_test_eof222:  ps->cs = 222; goto _test_eof; 
	_test_eof1117:  ps->cs = 1117; goto _test_eof; 
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
	_test_eof1118:  ps->cs = 1118; goto _test_eof; 
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
	_test_eof370:  ps->cs = 370; goto _test_eof; 
	_test_eof1119:  ps->cs = 1119; goto _test_eof; 
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
	_test_eof1120:  ps->cs = 1120; goto _test_eof; 
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
	_test_eof453:  ps->cs = 453; goto _test_eof; 
	_test_eof454:  ps->cs = 454; goto _test_eof; 
	_test_eof455:  ps->cs = 455; goto _test_eof; 
	_test_eof456:  ps->cs = 456; goto _test_eof; 
	_test_eof457:  ps->cs = 457; goto _test_eof; 
	_test_eof458:  ps->cs = 458; goto _test_eof; 
	_test_eof459:  ps->cs = 459; goto _test_eof; 
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
	_test_eof473:  ps->cs = 473; goto _test_eof; 
	_test_eof474:  ps->cs = 474; goto _test_eof; 
	_test_eof475:  ps->cs = 475; goto _test_eof; 
	_test_eof476:  ps->cs = 476; goto _test_eof; 
	_test_eof477:  ps->cs = 477; goto _test_eof; 
	_test_eof478:  ps->cs = 478; goto _test_eof; 
	_test_eof479:  ps->cs = 479; goto _test_eof; 
	_test_eof480:  ps->cs = 480; goto _test_eof; 
	_test_eof481:  ps->cs = 481; goto _test_eof; 
	_test_eof482:  ps->cs = 482; goto _test_eof; 
	_test_eof483:  ps->cs = 483; goto _test_eof; 
	_test_eof484:  ps->cs = 484; goto _test_eof; 
	_test_eof485:  ps->cs = 485; goto _test_eof; 
	_test_eof486:  ps->cs = 486; goto _test_eof; 
	_test_eof487:  ps->cs = 487; goto _test_eof; 
	_test_eof488:  ps->cs = 488; goto _test_eof; 
	_test_eof489:  ps->cs = 489; goto _test_eof; 
	_test_eof490:  ps->cs = 490; goto _test_eof; 
	_test_eof491:  ps->cs = 491; goto _test_eof; 
	_test_eof492:  ps->cs = 492; goto _test_eof; 
	_test_eof493:  ps->cs = 493; goto _test_eof; 
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
	_test_eof1121:  ps->cs = 1121; goto _test_eof; 
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
	_test_eof524:  ps->cs = 524; goto _test_eof; 
	_test_eof525:  ps->cs = 525; goto _test_eof; 
	_test_eof526:  ps->cs = 526; goto _test_eof; 
	_test_eof527:  ps->cs = 527; goto _test_eof; 
	_test_eof528:  ps->cs = 528; goto _test_eof; 
	_test_eof1122:  ps->cs = 1122; goto _test_eof; 
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
	_test_eof1123:  ps->cs = 1123; goto _test_eof; 
	_test_eof539:  ps->cs = 539; goto _test_eof; 
	_test_eof540:  ps->cs = 540; goto _test_eof; 
	_test_eof541:  ps->cs = 541; goto _test_eof; 
	_test_eof542:  ps->cs = 542; goto _test_eof; 
	_test_eof543:  ps->cs = 543; goto _test_eof; 
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
	_test_eof556:  ps->cs = 556; goto _test_eof; 
	_test_eof557:  ps->cs = 557; goto _test_eof; 
	_test_eof558:  ps->cs = 558; goto _test_eof; 
	_test_eof559:  ps->cs = 559; goto _test_eof; 
	_test_eof560:  ps->cs = 560; goto _test_eof; 
	_test_eof561:  ps->cs = 561; goto _test_eof; 
	_test_eof562:  ps->cs = 562; goto _test_eof; 
	_test_eof563:  ps->cs = 563; goto _test_eof; 
	_test_eof564:  ps->cs = 564; goto _test_eof; 
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
	_test_eof643:  ps->cs = 643; goto _test_eof; 
	_test_eof644:  ps->cs = 644; goto _test_eof; 
	_test_eof645:  ps->cs = 645; goto _test_eof; 
	_test_eof646:  ps->cs = 646; goto _test_eof; 
	_test_eof647:  ps->cs = 647; goto _test_eof; 
	_test_eof648:  ps->cs = 648; goto _test_eof; 
	_test_eof649:  ps->cs = 649; goto _test_eof; 
	_test_eof650:  ps->cs = 650; goto _test_eof; 
	_test_eof651:  ps->cs = 651; goto _test_eof; 
	_test_eof652:  ps->cs = 652; goto _test_eof; 
	_test_eof653:  ps->cs = 653; goto _test_eof; 
	_test_eof654:  ps->cs = 654; goto _test_eof; 
	_test_eof655:  ps->cs = 655; goto _test_eof; 
	_test_eof656:  ps->cs = 656; goto _test_eof; 
	_test_eof657:  ps->cs = 657; goto _test_eof; 
	_test_eof658:  ps->cs = 658; goto _test_eof; 
	_test_eof659:  ps->cs = 659; goto _test_eof; 
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
	_test_eof673:  ps->cs = 673; goto _test_eof; 
	_test_eof674:  ps->cs = 674; goto _test_eof; 
	_test_eof675:  ps->cs = 675; goto _test_eof; 
	_test_eof676:  ps->cs = 676; goto _test_eof; 
	_test_eof677:  ps->cs = 677; goto _test_eof; 
	_test_eof678:  ps->cs = 678; goto _test_eof; 
	_test_eof679:  ps->cs = 679; goto _test_eof; 
	_test_eof680:  ps->cs = 680; goto _test_eof; 
	_test_eof681:  ps->cs = 681; goto _test_eof; 
	_test_eof682:  ps->cs = 682; goto _test_eof; 
	_test_eof683:  ps->cs = 683; goto _test_eof; 
	_test_eof684:  ps->cs = 684; goto _test_eof; 
	_test_eof685:  ps->cs = 685; goto _test_eof; 
	_test_eof686:  ps->cs = 686; goto _test_eof; 
	_test_eof687:  ps->cs = 687; goto _test_eof; 
	_test_eof688:  ps->cs = 688; goto _test_eof; 
	_test_eof689:  ps->cs = 689; goto _test_eof; 
	_test_eof690:  ps->cs = 690; goto _test_eof; 
	_test_eof691:  ps->cs = 691; goto _test_eof; 
	_test_eof692:  ps->cs = 692; goto _test_eof; 
	_test_eof693:  ps->cs = 693; goto _test_eof; 
	_test_eof694:  ps->cs = 694; goto _test_eof; 
	_test_eof695:  ps->cs = 695; goto _test_eof; 
	_test_eof696:  ps->cs = 696; goto _test_eof; 
	_test_eof697:  ps->cs = 697; goto _test_eof; 
	_test_eof698:  ps->cs = 698; goto _test_eof; 
	_test_eof699:  ps->cs = 699; goto _test_eof; 
	_test_eof700:  ps->cs = 700; goto _test_eof; 
	_test_eof701:  ps->cs = 701; goto _test_eof; 
	_test_eof702:  ps->cs = 702; goto _test_eof; 
	_test_eof703:  ps->cs = 703; goto _test_eof; 
	_test_eof704:  ps->cs = 704; goto _test_eof; 
	_test_eof705:  ps->cs = 705; goto _test_eof; 
	_test_eof706:  ps->cs = 706; goto _test_eof; 
	_test_eof707:  ps->cs = 707; goto _test_eof; 
	_test_eof708:  ps->cs = 708; goto _test_eof; 
	_test_eof709:  ps->cs = 709; goto _test_eof; 
	_test_eof710:  ps->cs = 710; goto _test_eof; 
	_test_eof711:  ps->cs = 711; goto _test_eof; 
	_test_eof712:  ps->cs = 712; goto _test_eof; 
	_test_eof713:  ps->cs = 713; goto _test_eof; 
	_test_eof714:  ps->cs = 714; goto _test_eof; 
	_test_eof715:  ps->cs = 715; goto _test_eof; 
	_test_eof716:  ps->cs = 716; goto _test_eof; 
	_test_eof717:  ps->cs = 717; goto _test_eof; 
	_test_eof718:  ps->cs = 718; goto _test_eof; 
	_test_eof719:  ps->cs = 719; goto _test_eof; 
	_test_eof720:  ps->cs = 720; goto _test_eof; 
	_test_eof721:  ps->cs = 721; goto _test_eof; 
	_test_eof722:  ps->cs = 722; goto _test_eof; 
	_test_eof723:  ps->cs = 723; goto _test_eof; 
	_test_eof724:  ps->cs = 724; goto _test_eof; 
	_test_eof725:  ps->cs = 725; goto _test_eof; 
	_test_eof726:  ps->cs = 726; goto _test_eof; 
	_test_eof727:  ps->cs = 727; goto _test_eof; 
	_test_eof728:  ps->cs = 728; goto _test_eof; 
	_test_eof729:  ps->cs = 729; goto _test_eof; 
	_test_eof730:  ps->cs = 730; goto _test_eof; 
	_test_eof731:  ps->cs = 731; goto _test_eof; 
	_test_eof732:  ps->cs = 732; goto _test_eof; 
	_test_eof733:  ps->cs = 733; goto _test_eof; 
	_test_eof734:  ps->cs = 734; goto _test_eof; 
	_test_eof735:  ps->cs = 735; goto _test_eof; 
	_test_eof736:  ps->cs = 736; goto _test_eof; 
	_test_eof737:  ps->cs = 737; goto _test_eof; 
	_test_eof738:  ps->cs = 738; goto _test_eof; 
	_test_eof739:  ps->cs = 739; goto _test_eof; 
	_test_eof740:  ps->cs = 740; goto _test_eof; 
	_test_eof741:  ps->cs = 741; goto _test_eof; 
	_test_eof1124:  ps->cs = 1124; goto _test_eof; 
	_test_eof742:  ps->cs = 742; goto _test_eof; 
	_test_eof743:  ps->cs = 743; goto _test_eof; 
	_test_eof744:  ps->cs = 744; goto _test_eof; 
	_test_eof745:  ps->cs = 745; goto _test_eof; 
	_test_eof746:  ps->cs = 746; goto _test_eof; 
	_test_eof747:  ps->cs = 747; goto _test_eof; 
	_test_eof748:  ps->cs = 748; goto _test_eof; 
	_test_eof749:  ps->cs = 749; goto _test_eof; 
	_test_eof750:  ps->cs = 750; goto _test_eof; 
	_test_eof751:  ps->cs = 751; goto _test_eof; 
	_test_eof752:  ps->cs = 752; goto _test_eof; 
	_test_eof753:  ps->cs = 753; goto _test_eof; 
	_test_eof754:  ps->cs = 754; goto _test_eof; 
	_test_eof755:  ps->cs = 755; goto _test_eof; 
	_test_eof756:  ps->cs = 756; goto _test_eof; 
	_test_eof757:  ps->cs = 757; goto _test_eof; 
	_test_eof758:  ps->cs = 758; goto _test_eof; 
	_test_eof759:  ps->cs = 759; goto _test_eof; 
	_test_eof760:  ps->cs = 760; goto _test_eof; 
	_test_eof761:  ps->cs = 761; goto _test_eof; 
	_test_eof762:  ps->cs = 762; goto _test_eof; 
	_test_eof763:  ps->cs = 763; goto _test_eof; 
	_test_eof764:  ps->cs = 764; goto _test_eof; 
	_test_eof765:  ps->cs = 765; goto _test_eof; 
	_test_eof766:  ps->cs = 766; goto _test_eof; 
	_test_eof767:  ps->cs = 767; goto _test_eof; 
	_test_eof768:  ps->cs = 768; goto _test_eof; 
	_test_eof769:  ps->cs = 769; goto _test_eof; 
	_test_eof770:  ps->cs = 770; goto _test_eof; 
	_test_eof771:  ps->cs = 771; goto _test_eof; 
	_test_eof772:  ps->cs = 772; goto _test_eof; 
	_test_eof773:  ps->cs = 773; goto _test_eof; 
	_test_eof774:  ps->cs = 774; goto _test_eof; 
	_test_eof775:  ps->cs = 775; goto _test_eof; 
	_test_eof776:  ps->cs = 776; goto _test_eof; 
	_test_eof777:  ps->cs = 777; goto _test_eof; 
	_test_eof778:  ps->cs = 778; goto _test_eof; 
	_test_eof779:  ps->cs = 779; goto _test_eof; 
	_test_eof780:  ps->cs = 780; goto _test_eof; 
	_test_eof781:  ps->cs = 781; goto _test_eof; 
	_test_eof782:  ps->cs = 782; goto _test_eof; 
	_test_eof783:  ps->cs = 783; goto _test_eof; 
	_test_eof784:  ps->cs = 784; goto _test_eof; 
	_test_eof785:  ps->cs = 785; goto _test_eof; 
	_test_eof786:  ps->cs = 786; goto _test_eof; 
	_test_eof787:  ps->cs = 787; goto _test_eof; 
	_test_eof788:  ps->cs = 788; goto _test_eof; 
	_test_eof789:  ps->cs = 789; goto _test_eof; 
	_test_eof790:  ps->cs = 790; goto _test_eof; 
	_test_eof791:  ps->cs = 791; goto _test_eof; 
	_test_eof792:  ps->cs = 792; goto _test_eof; 
	_test_eof793:  ps->cs = 793; goto _test_eof; 
	_test_eof794:  ps->cs = 794; goto _test_eof; 
	_test_eof795:  ps->cs = 795; goto _test_eof; 
	_test_eof796:  ps->cs = 796; goto _test_eof; 
	_test_eof797:  ps->cs = 797; goto _test_eof; 
	_test_eof798:  ps->cs = 798; goto _test_eof; 
	_test_eof799:  ps->cs = 799; goto _test_eof; 
	_test_eof800:  ps->cs = 800; goto _test_eof; 
	_test_eof1125:  ps->cs = 1125; goto _test_eof; 
	_test_eof801:  ps->cs = 801; goto _test_eof; 
	_test_eof802:  ps->cs = 802; goto _test_eof; 
	_test_eof803:  ps->cs = 803; goto _test_eof; 
	_test_eof804:  ps->cs = 804; goto _test_eof; 
	_test_eof805:  ps->cs = 805; goto _test_eof; 
	_test_eof806:  ps->cs = 806; goto _test_eof; 
	_test_eof807:  ps->cs = 807; goto _test_eof; 
	_test_eof808:  ps->cs = 808; goto _test_eof; 
	_test_eof809:  ps->cs = 809; goto _test_eof; 
	_test_eof810:  ps->cs = 810; goto _test_eof; 
	_test_eof811:  ps->cs = 811; goto _test_eof; 
	_test_eof812:  ps->cs = 812; goto _test_eof; 
	_test_eof813:  ps->cs = 813; goto _test_eof; 
	_test_eof814:  ps->cs = 814; goto _test_eof; 
	_test_eof815:  ps->cs = 815; goto _test_eof; 
	_test_eof816:  ps->cs = 816; goto _test_eof; 
	_test_eof817:  ps->cs = 817; goto _test_eof; 
	_test_eof818:  ps->cs = 818; goto _test_eof; 
	_test_eof819:  ps->cs = 819; goto _test_eof; 
	_test_eof820:  ps->cs = 820; goto _test_eof; 
	_test_eof821:  ps->cs = 821; goto _test_eof; 
	_test_eof822:  ps->cs = 822; goto _test_eof; 
	_test_eof823:  ps->cs = 823; goto _test_eof; 
	_test_eof824:  ps->cs = 824; goto _test_eof; 
	_test_eof825:  ps->cs = 825; goto _test_eof; 
	_test_eof826:  ps->cs = 826; goto _test_eof; 
	_test_eof827:  ps->cs = 827; goto _test_eof; 
	_test_eof828:  ps->cs = 828; goto _test_eof; 
	_test_eof829:  ps->cs = 829; goto _test_eof; 
	_test_eof830:  ps->cs = 830; goto _test_eof; 
	_test_eof831:  ps->cs = 831; goto _test_eof; 
	_test_eof832:  ps->cs = 832; goto _test_eof; 
	_test_eof833:  ps->cs = 833; goto _test_eof; 
	_test_eof834:  ps->cs = 834; goto _test_eof; 
	_test_eof835:  ps->cs = 835; goto _test_eof; 
	_test_eof836:  ps->cs = 836; goto _test_eof; 
	_test_eof837:  ps->cs = 837; goto _test_eof; 
	_test_eof838:  ps->cs = 838; goto _test_eof; 
	_test_eof839:  ps->cs = 839; goto _test_eof; 
	_test_eof840:  ps->cs = 840; goto _test_eof; 
	_test_eof841:  ps->cs = 841; goto _test_eof; 
	_test_eof842:  ps->cs = 842; goto _test_eof; 
	_test_eof843:  ps->cs = 843; goto _test_eof; 
	_test_eof844:  ps->cs = 844; goto _test_eof; 
	_test_eof845:  ps->cs = 845; goto _test_eof; 
	_test_eof846:  ps->cs = 846; goto _test_eof; 
	_test_eof847:  ps->cs = 847; goto _test_eof; 
	_test_eof848:  ps->cs = 848; goto _test_eof; 
	_test_eof849:  ps->cs = 849; goto _test_eof; 
	_test_eof850:  ps->cs = 850; goto _test_eof; 
	_test_eof851:  ps->cs = 851; goto _test_eof; 
	_test_eof852:  ps->cs = 852; goto _test_eof; 
	_test_eof853:  ps->cs = 853; goto _test_eof; 
	_test_eof854:  ps->cs = 854; goto _test_eof; 
	_test_eof855:  ps->cs = 855; goto _test_eof; 
	_test_eof856:  ps->cs = 856; goto _test_eof; 
	_test_eof857:  ps->cs = 857; goto _test_eof; 
	_test_eof858:  ps->cs = 858; goto _test_eof; 
	_test_eof859:  ps->cs = 859; goto _test_eof; 
	_test_eof860:  ps->cs = 860; goto _test_eof; 
	_test_eof861:  ps->cs = 861; goto _test_eof; 
	_test_eof862:  ps->cs = 862; goto _test_eof; 
	_test_eof863:  ps->cs = 863; goto _test_eof; 
	_test_eof864:  ps->cs = 864; goto _test_eof; 
	_test_eof865:  ps->cs = 865; goto _test_eof; 
	_test_eof866:  ps->cs = 866; goto _test_eof; 
	_test_eof867:  ps->cs = 867; goto _test_eof; 
	_test_eof868:  ps->cs = 868; goto _test_eof; 
	_test_eof869:  ps->cs = 869; goto _test_eof; 
	_test_eof870:  ps->cs = 870; goto _test_eof; 
	_test_eof871:  ps->cs = 871; goto _test_eof; 
	_test_eof872:  ps->cs = 872; goto _test_eof; 
	_test_eof873:  ps->cs = 873; goto _test_eof; 
	_test_eof874:  ps->cs = 874; goto _test_eof; 
	_test_eof875:  ps->cs = 875; goto _test_eof; 
	_test_eof876:  ps->cs = 876; goto _test_eof; 
	_test_eof877:  ps->cs = 877; goto _test_eof; 
	_test_eof878:  ps->cs = 878; goto _test_eof; 
	_test_eof879:  ps->cs = 879; goto _test_eof; 
	_test_eof880:  ps->cs = 880; goto _test_eof; 
	_test_eof881:  ps->cs = 881; goto _test_eof; 
	_test_eof882:  ps->cs = 882; goto _test_eof; 
	_test_eof883:  ps->cs = 883; goto _test_eof; 
	_test_eof884:  ps->cs = 884; goto _test_eof; 
	_test_eof885:  ps->cs = 885; goto _test_eof; 
	_test_eof886:  ps->cs = 886; goto _test_eof; 
	_test_eof887:  ps->cs = 887; goto _test_eof; 
	_test_eof888:  ps->cs = 888; goto _test_eof; 
	_test_eof889:  ps->cs = 889; goto _test_eof; 
	_test_eof890:  ps->cs = 890; goto _test_eof; 
	_test_eof891:  ps->cs = 891; goto _test_eof; 
	_test_eof892:  ps->cs = 892; goto _test_eof; 
	_test_eof1126:  ps->cs = 1126; goto _test_eof; 
	_test_eof893:  ps->cs = 893; goto _test_eof; 
	_test_eof894:  ps->cs = 894; goto _test_eof; 
	_test_eof895:  ps->cs = 895; goto _test_eof; 
	_test_eof896:  ps->cs = 896; goto _test_eof; 
	_test_eof897:  ps->cs = 897; goto _test_eof; 
	_test_eof898:  ps->cs = 898; goto _test_eof; 
	_test_eof899:  ps->cs = 899; goto _test_eof; 
	_test_eof900:  ps->cs = 900; goto _test_eof; 
	_test_eof901:  ps->cs = 901; goto _test_eof; 
	_test_eof902:  ps->cs = 902; goto _test_eof; 
	_test_eof903:  ps->cs = 903; goto _test_eof; 
	_test_eof904:  ps->cs = 904; goto _test_eof; 
	_test_eof905:  ps->cs = 905; goto _test_eof; 
	_test_eof906:  ps->cs = 906; goto _test_eof; 
	_test_eof907:  ps->cs = 907; goto _test_eof; 
	_test_eof908:  ps->cs = 908; goto _test_eof; 
	_test_eof909:  ps->cs = 909; goto _test_eof; 
	_test_eof910:  ps->cs = 910; goto _test_eof; 
	_test_eof1127:  ps->cs = 1127; goto _test_eof; 
	_test_eof911:  ps->cs = 911; goto _test_eof; 
	_test_eof912:  ps->cs = 912; goto _test_eof; 
	_test_eof913:  ps->cs = 913; goto _test_eof; 
	_test_eof1128:  ps->cs = 1128; goto _test_eof; 
	_test_eof914:  ps->cs = 914; goto _test_eof; 
	_test_eof915:  ps->cs = 915; goto _test_eof; 
	_test_eof916:  ps->cs = 916; goto _test_eof; 
	_test_eof917:  ps->cs = 917; goto _test_eof; 
	_test_eof918:  ps->cs = 918; goto _test_eof; 
	_test_eof919:  ps->cs = 919; goto _test_eof; 
	_test_eof920:  ps->cs = 920; goto _test_eof; 
	_test_eof921:  ps->cs = 921; goto _test_eof; 
	_test_eof922:  ps->cs = 922; goto _test_eof; 
	_test_eof923:  ps->cs = 923; goto _test_eof; 
	_test_eof924:  ps->cs = 924; goto _test_eof; 
	_test_eof1129:  ps->cs = 1129; goto _test_eof; 
	_test_eof925:  ps->cs = 925; goto _test_eof; 
	_test_eof926:  ps->cs = 926; goto _test_eof; 
	_test_eof927:  ps->cs = 927; goto _test_eof; 
	_test_eof928:  ps->cs = 928; goto _test_eof; 
	_test_eof929:  ps->cs = 929; goto _test_eof; 
	_test_eof930:  ps->cs = 930; goto _test_eof; 
	_test_eof931:  ps->cs = 931; goto _test_eof; 
	_test_eof932:  ps->cs = 932; goto _test_eof; 
	_test_eof933:  ps->cs = 933; goto _test_eof; 
	_test_eof934:  ps->cs = 934; goto _test_eof; 
	_test_eof935:  ps->cs = 935; goto _test_eof; 
	_test_eof936:  ps->cs = 936; goto _test_eof; 
	_test_eof937:  ps->cs = 937; goto _test_eof; 
	_test_eof938:  ps->cs = 938; goto _test_eof; 
	_test_eof1130:  ps->cs = 1130; goto _test_eof; 
	_test_eof939:  ps->cs = 939; goto _test_eof; 
	_test_eof940:  ps->cs = 940; goto _test_eof; 
	_test_eof941:  ps->cs = 941; goto _test_eof; 
	_test_eof942:  ps->cs = 942; goto _test_eof; 
	_test_eof943:  ps->cs = 943; goto _test_eof; 
	_test_eof944:  ps->cs = 944; goto _test_eof; 
	_test_eof945:  ps->cs = 945; goto _test_eof; 
	_test_eof946:  ps->cs = 946; goto _test_eof; 
	_test_eof947:  ps->cs = 947; goto _test_eof; 
	_test_eof948:  ps->cs = 948; goto _test_eof; 
	_test_eof949:  ps->cs = 949; goto _test_eof; 
	_test_eof950:  ps->cs = 950; goto _test_eof; 
	_test_eof951:  ps->cs = 951; goto _test_eof; 
	_test_eof952:  ps->cs = 952; goto _test_eof; 
	_test_eof953:  ps->cs = 953; goto _test_eof; 
	_test_eof954:  ps->cs = 954; goto _test_eof; 
	_test_eof955:  ps->cs = 955; goto _test_eof; 
	_test_eof956:  ps->cs = 956; goto _test_eof; 
	_test_eof957:  ps->cs = 957; goto _test_eof; 
	_test_eof958:  ps->cs = 958; goto _test_eof; 
	_test_eof959:  ps->cs = 959; goto _test_eof; 
	_test_eof960:  ps->cs = 960; goto _test_eof; 
	_test_eof961:  ps->cs = 961; goto _test_eof; 
	_test_eof962:  ps->cs = 962; goto _test_eof; 
	_test_eof963:  ps->cs = 963; goto _test_eof; 
	_test_eof964:  ps->cs = 964; goto _test_eof; 
	_test_eof965:  ps->cs = 965; goto _test_eof; 
	_test_eof966:  ps->cs = 966; goto _test_eof; 
	_test_eof967:  ps->cs = 967; goto _test_eof; 
	_test_eof968:  ps->cs = 968; goto _test_eof; 
	_test_eof969:  ps->cs = 969; goto _test_eof; 
	_test_eof970:  ps->cs = 970; goto _test_eof; 
	_test_eof971:  ps->cs = 971; goto _test_eof; 
	_test_eof972:  ps->cs = 972; goto _test_eof; 
	_test_eof973:  ps->cs = 973; goto _test_eof; 
	_test_eof974:  ps->cs = 974; goto _test_eof; 
	_test_eof975:  ps->cs = 975; goto _test_eof; 
	_test_eof976:  ps->cs = 976; goto _test_eof; 
	_test_eof977:  ps->cs = 977; goto _test_eof; 
	_test_eof978:  ps->cs = 978; goto _test_eof; 
	_test_eof979:  ps->cs = 979; goto _test_eof; 
	_test_eof980:  ps->cs = 980; goto _test_eof; 
	_test_eof981:  ps->cs = 981; goto _test_eof; 
	_test_eof982:  ps->cs = 982; goto _test_eof; 
	_test_eof983:  ps->cs = 983; goto _test_eof; 
	_test_eof984:  ps->cs = 984; goto _test_eof; 
	_test_eof985:  ps->cs = 985; goto _test_eof; 
	_test_eof1131:  ps->cs = 1131; goto _test_eof; 
	_test_eof986:  ps->cs = 986; goto _test_eof; 
	_test_eof987:  ps->cs = 987; goto _test_eof; 
	_test_eof988:  ps->cs = 988; goto _test_eof; 
	_test_eof1132:  ps->cs = 1132; goto _test_eof; 
	_test_eof989:  ps->cs = 989; goto _test_eof; 
	_test_eof990:  ps->cs = 990; goto _test_eof; 
	_test_eof991:  ps->cs = 991; goto _test_eof; 
	_test_eof1133:  ps->cs = 1133; goto _test_eof; 
	_test_eof992:  ps->cs = 992; goto _test_eof; 
	_test_eof993:  ps->cs = 993; goto _test_eof; 
	_test_eof994:  ps->cs = 994; goto _test_eof; 
	_test_eof995:  ps->cs = 995; goto _test_eof; 
	_test_eof996:  ps->cs = 996; goto _test_eof; 
	_test_eof997:  ps->cs = 997; goto _test_eof; 
	_test_eof998:  ps->cs = 998; goto _test_eof; 
	_test_eof999:  ps->cs = 999; goto _test_eof; 
	_test_eof1000:  ps->cs = 1000; goto _test_eof; 
	_test_eof1001:  ps->cs = 1001; goto _test_eof; 
	_test_eof1002:  ps->cs = 1002; goto _test_eof; 
	_test_eof1134:  ps->cs = 1134; goto _test_eof; 
	_test_eof1003:  ps->cs = 1003; goto _test_eof; 
	_test_eof1004:  ps->cs = 1004; goto _test_eof; 
	_test_eof1005:  ps->cs = 1005; goto _test_eof; 
	_test_eof1006:  ps->cs = 1006; goto _test_eof; 
	_test_eof1007:  ps->cs = 1007; goto _test_eof; 
	_test_eof1008:  ps->cs = 1008; goto _test_eof; 
	_test_eof1009:  ps->cs = 1009; goto _test_eof; 
	_test_eof1010:  ps->cs = 1010; goto _test_eof; 
	_test_eof1011:  ps->cs = 1011; goto _test_eof; 
	_test_eof1012:  ps->cs = 1012; goto _test_eof; 
	_test_eof1013:  ps->cs = 1013; goto _test_eof; 
	_test_eof1014:  ps->cs = 1014; goto _test_eof; 
	_test_eof1015:  ps->cs = 1015; goto _test_eof; 
	_test_eof1016:  ps->cs = 1016; goto _test_eof; 
	_test_eof1017:  ps->cs = 1017; goto _test_eof; 
	_test_eof1018:  ps->cs = 1018; goto _test_eof; 
	_test_eof1019:  ps->cs = 1019; goto _test_eof; 
	_test_eof1020:  ps->cs = 1020; goto _test_eof; 
	_test_eof1021:  ps->cs = 1021; goto _test_eof; 
	_test_eof1022:  ps->cs = 1022; goto _test_eof; 
	_test_eof1023:  ps->cs = 1023; goto _test_eof; 
	_test_eof1024:  ps->cs = 1024; goto _test_eof; 
	_test_eof1025:  ps->cs = 1025; goto _test_eof; 
	_test_eof1026:  ps->cs = 1026; goto _test_eof; 
	_test_eof1027:  ps->cs = 1027; goto _test_eof; 
	_test_eof1028:  ps->cs = 1028; goto _test_eof; 
	_test_eof1135:  ps->cs = 1135; goto _test_eof; 
	_test_eof1029:  ps->cs = 1029; goto _test_eof; 
	_test_eof1030:  ps->cs = 1030; goto _test_eof; 
	_test_eof1031:  ps->cs = 1031; goto _test_eof; 
	_test_eof1032:  ps->cs = 1032; goto _test_eof; 
	_test_eof1033:  ps->cs = 1033; goto _test_eof; 
	_test_eof1034:  ps->cs = 1034; goto _test_eof; 
	_test_eof1035:  ps->cs = 1035; goto _test_eof; 
	_test_eof1036:  ps->cs = 1036; goto _test_eof; 
	_test_eof1037:  ps->cs = 1037; goto _test_eof; 
	_test_eof1038:  ps->cs = 1038; goto _test_eof; 
	_test_eof1039:  ps->cs = 1039; goto _test_eof; 
	_test_eof1040:  ps->cs = 1040; goto _test_eof; 
	_test_eof1136:  ps->cs = 1136; goto _test_eof; 
	_test_eof1041:  ps->cs = 1041; goto _test_eof; 
	_test_eof1042:  ps->cs = 1042; goto _test_eof; 
	_test_eof1043:  ps->cs = 1043; goto _test_eof; 
	_test_eof1044:  ps->cs = 1044; goto _test_eof; 
	_test_eof1045:  ps->cs = 1045; goto _test_eof; 
	_test_eof1137:  ps->cs = 1137; goto _test_eof; 
	_test_eof1046:  ps->cs = 1046; goto _test_eof; 
	_test_eof1047:  ps->cs = 1047; goto _test_eof; 
	_test_eof1048:  ps->cs = 1048; goto _test_eof; 
	_test_eof1049:  ps->cs = 1049; goto _test_eof; 
	_test_eof1050:  ps->cs = 1050; goto _test_eof; 
	_test_eof1138:  ps->cs = 1138; goto _test_eof; 
	_test_eof1051:  ps->cs = 1051; goto _test_eof; 
	_test_eof1052:  ps->cs = 1052; goto _test_eof; 
	_test_eof1053:  ps->cs = 1053; goto _test_eof; 
	_test_eof1054:  ps->cs = 1054; goto _test_eof; 
	_test_eof1055:  ps->cs = 1055; goto _test_eof; 
	_test_eof1056:  ps->cs = 1056; goto _test_eof; 
	_test_eof1057:  ps->cs = 1057; goto _test_eof; 
	_test_eof1058:  ps->cs = 1058; goto _test_eof; 
	_test_eof1059:  ps->cs = 1059; goto _test_eof; 
	_test_eof1060:  ps->cs = 1060; goto _test_eof; 
	_test_eof1061:  ps->cs = 1061; goto _test_eof; 
	_test_eof1062:  ps->cs = 1062; goto _test_eof; 
	_test_eof1063:  ps->cs = 1063; goto _test_eof; 
	_test_eof1064:  ps->cs = 1064; goto _test_eof; 
	_test_eof1065:  ps->cs = 1065; goto _test_eof; 
	_test_eof1066:  ps->cs = 1066; goto _test_eof; 
	_test_eof1067:  ps->cs = 1067; goto _test_eof; 
	_test_eof1068:  ps->cs = 1068; goto _test_eof; 
	_test_eof1069:  ps->cs = 1069; goto _test_eof; 
	_test_eof1070:  ps->cs = 1070; goto _test_eof; 
	_test_eof1071:  ps->cs = 1071; goto _test_eof; 
	_test_eof1072:  ps->cs = 1072; goto _test_eof; 
	_test_eof1073:  ps->cs = 1073; goto _test_eof; 
	_test_eof1074:  ps->cs = 1074; goto _test_eof; 
	_test_eof1075:  ps->cs = 1075; goto _test_eof; 
	_test_eof1076:  ps->cs = 1076; goto _test_eof; 
	_test_eof1077:  ps->cs = 1077; goto _test_eof; 
	_test_eof1078:  ps->cs = 1078; goto _test_eof; 
	_test_eof1079:  ps->cs = 1079; goto _test_eof; 
	_test_eof1080:  ps->cs = 1080; goto _test_eof; 
	_test_eof1081:  ps->cs = 1081; goto _test_eof; 
	_test_eof1082:  ps->cs = 1082; goto _test_eof; 
	_test_eof1083:  ps->cs = 1083; goto _test_eof; 
	_test_eof1084:  ps->cs = 1084; goto _test_eof; 
	_test_eof1085:  ps->cs = 1085; goto _test_eof; 
	_test_eof1139:  ps->cs = 1139; goto _test_eof; 
	_test_eof1086:  ps->cs = 1086; goto _test_eof; 
	_test_eof1087:  ps->cs = 1087; goto _test_eof; 
	_test_eof1088:  ps->cs = 1088; goto _test_eof; 
	_test_eof1140:  ps->cs = 1140; goto _test_eof; 
	_test_eof1089:  ps->cs = 1089; goto _test_eof; 
	_test_eof1090:  ps->cs = 1090; goto _test_eof; 
	_test_eof1091:  ps->cs = 1091; goto _test_eof; 
	_test_eof1092:  ps->cs = 1092; goto _test_eof; 
	_test_eof1093:  ps->cs = 1093; goto _test_eof; 
	_test_eof1094:  ps->cs = 1094; goto _test_eof; 
	_test_eof1095:  ps->cs = 1095; goto _test_eof; 
	_test_eof1096:  ps->cs = 1096; goto _test_eof; 
	_test_eof1097:  ps->cs = 1097; goto _test_eof; 
	_test_eof1098:  ps->cs = 1098; goto _test_eof; 
	_test_eof1099:  ps->cs = 1099; goto _test_eof; 
	_test_eof1100:  ps->cs = 1100; goto _test_eof; 
	_test_eof1101:  ps->cs = 1101; goto _test_eof; 
	_test_eof1141:  ps->cs = 1141; goto _test_eof; 
	_test_eof1102:  ps->cs = 1102; goto _test_eof; 
	_test_eof1103:  ps->cs = 1103; goto _test_eof; 
	_test_eof1104:  ps->cs = 1104; goto _test_eof; 
	_test_eof1105:  ps->cs = 1105; goto _test_eof; 
	_test_eof1106:  ps->cs = 1106; goto _test_eof; 
	_test_eof1142:  ps->cs = 1142; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 159 "client.rl"
    ps->p = p;
  }
}

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
