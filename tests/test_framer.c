/* The framer: message boundaries, literals, limits, resynchronization, and
 * the same messages whatever the chunking. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define C IK_SIDE_CLIENT
#define S IK_SIDE_SERVER

/* Every frame of a stream fed whole: "M len" for a message, "E code@off len"
 * for an error, "C size" for a continuation request, "K len" for a skip. */
static char *frames(ik_side side, const ik_limits *l, const char *str, size_t n) {
  ik_framer f;
  ik_framer_init(&f, side, l);
  char *out = calloc(1, 65536);
  size_t used = 0, pos = 0;
  const unsigned char *s = (const unsigned char *)str;
  for (int guard = 0; guard < 10000; guard++) {
    ik_frame fr;
    ik_frame_status st = ik_framer_next(&f, s + pos, n - pos, &fr);
    if (st == IK_FRAME_NEED_MORE) st = ik_framer_finish(&f, s + pos, n - pos, &fr);
    if (st == IK_FRAME_NEED_MORE) break;
    switch (st) {
    case IK_FRAME_MESSAGE: used += (size_t)sprintf(out + used, "M%zu ", fr.len); pos += fr.len; break;
    case IK_FRAME_ERROR:
      used += (size_t)sprintf(out + used, "E%s@%zu:%zu ", ik_status_name(fr.error.code) + 5,
                              fr.error.offset, fr.len);
      pos += fr.len;
      break;
    case IK_FRAME_SKIP: used += (size_t)sprintf(out + used, "K%zu ", fr.len); pos += fr.len; break;
    case IK_FRAME_CONTINUE: used += (size_t)sprintf(out + used, "C%llu ", (unsigned long long)fr.literal_size); break;
    default: used += (size_t)sprintf(out + used, "? "); break;
    }
  }
  if (used) out[used - 1] = 0;
  return out;
}

#define FRAMES(side, l, lit) frames(side, l, lit, sizeof(lit) - 1)

static void expect_frames(ik_side side, const ik_limits *l, const char *s, size_t n, const char *want) {
  char *got = frames(side, l, s, n);
  cr_expect_str_eq(got, want, "got [%s] want [%s]", got, want);
  free(got);
}
#define EXPECT(side, l, lit, want) expect_frames(side, l, lit, sizeof(lit) - 1, want)

Test(framer, lines) {
  EXPECT(C, NULL, "a NOOP\r\nb NOOP\r\n", "M8 M8");
  EXPECT(S, NULL, "* OK x\n* OK y\r\n", "M7 M8");
}

Test(framer, literal_sync_asks_for_continuation_on_client_side) {
  EXPECT(C, NULL, "a LOGIN {5}\r\nalice pw\r\n", "C5 M23");
  EXPECT(S, NULL, "* 1 FETCH (BODY[] {5}\r\nhello)\r\n", "M31");
}

Test(framer, nonsync_and_literal8) {
  EXPECT(C, NULL, "a LOGIN {5+}\r\nalice {2-}\r\npw\r\n", "M30");
  EXPECT(C, NULL, "a APPEND x ~{3}\r\n\0\1\2\r\n", "C3 M22");
}

Test(framer, literal_data_that_looks_like_imap) {
  EXPECT(S, NULL, "* 1 FETCH (BODY[] {15}\r\na OK {3}\r\nxyz\r\n)\r\n* 2 EXISTS\r\n", "M42 M12");
}

Test(framer, braces_inside_quotes_are_not_literals) {
  EXPECT(C, NULL, "a SELECT \"{5}\r\nb NOOP\r\n", "M15 M8");
  EXPECT(C, NULL, "a SELECT \"x\\\"{5}\"\r\nb NOOP\r\n", "M19 M8");
  EXPECT(C, NULL, "a SELECT \"x\" {1}\r\n\"\r\nb NOOP\r\n", "C1 M21 M8");
}

Test(framer, zero_literal_and_chained_literals) {
  EXPECT(S, NULL, "* 1 FETCH (BODY[TEXT] {0}\r\n)\r\n", "M30");
  EXPECT(C, NULL, "a LOGIN {1+}\r\nx {1+}\r\ny\r\n", "M25");
}

Test(framer, not_a_literal_announcement) {
  EXPECT(C, NULL, "a X {}\r\nb X {a}\r\nc X {5\r\n", "M8 M9 M8");
}

Test(framer, eof_inside_literal_or_line) {
  EXPECT(S, NULL, "* 1 FETCH (BODY[] {10}\r\nabc", "EINCOMPLETE@27:27");
  EXPECT(S, NULL, "* OK no end", "EINCOMPLETE@11:11");
}

Test(framer, line_limit_at_below_above) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_line = 10;
  EXPECT(C, &l, "a NOOP x\r\n", "M10");               /* exactly 10 with CRLF */
  EXPECT(C, &l, "a NOOP\r\n", "M8");                  /* below */
  EXPECT(C, &l, "a NOOP xy\r\nb NOOP\r\n", "ELINE_TOO_LONG@10:11 M8"); /* above, whole line here */
}

Test(framer, overlong_line_is_never_buffered_and_resyncs) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_line = 8;
  /* The line is reported when the limit passes, the rest is skipped. */
  EXPECT(C, &l, "a XXXXXXXXXXXXXXXXXXX\r\nb NOOP\r\n", "ELINE_TOO_LONG@8:22 K1 M8");
  /* An overlong line that announces a literal: its data is skipped too. */
  l.max_line = 12;
  EXPECT(S, &l, "* 1 FETCH (BODY[] {3}\r\na\r\n)\r\n* 2 EXISTS\r\n", "ELINE_TOO_LONG@12:22 K7 M12");
}

Test(framer, literal_limit) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_literal = 5;
  EXPECT(S, &l, "* 1 FETCH (BODY[] {5}\r\nhello)\r\n", "M31");
  EXPECT(S, &l, "* 1 FETCH (BODY[] {6}\r\n* 2 EXISTS\r\n", "ELITERAL_TOO_BIG@18:23 M12");
}

Test(framer, huge_literal_announcements) {
  /* 2^32, 2^64 and 21 digits: clean errors, and the next message parses */
  EXPECT(S, NULL, "* 2 FETCH (UID 10 BODY[] {4294967296}\r\n* 3 EXISTS\r\n", "ELITERAL_TOO_BIG@25:39 M12");
  EXPECT(S, NULL, "* 2 FETCH (BODY[] {18446744073709551616}\r\n* 3 EXISTS\r\n", "ELITERAL_TOO_BIG@18:42 M12");
  EXPECT(C, NULL, "a APPEND x {999999999999999999999}\r\nb NOOP\r\n", "ELITERAL_TOO_BIG@11:36 M8");
  EXPECT(C, NULL, "a APPEND x {2147483648}\r\nb NOOP\r\n", "ELITERAL_TOO_BIG@11:25 M8");
}

Test(framer, literal_count_limit) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_literals = 2;
  EXPECT(C, &l, "a X {1+}\r\na {1+}\r\nb\r\n", "M21");
  EXPECT(C, &l, "a X {1+}\r\na {1+}\r\nb {1+}\r\nc\r\nz NOOP\r\n", "ETOO_MANY_LITERALS@20:26 M3 M8");
}

Test(framer, message_limit) {
  ik_limits l;
  ik_limits_default(&l);
  l.max_message = 20;
  EXPECT(C, &l, "a X {5+}\r\nhello\r\n", "M17");
  EXPECT(C, &l, "a X {5+}\r\nhello {5+}\r\nworld\r\n", "EMESSAGE_TOO_BIG@16:22 M7");
}

Test(framer, streaming_hands_literal_data_over_in_chunks) {
  ik_limits l;
  ik_limits_default(&l);
  l.stream_literal = 4;
  const char *msg = "a APPEND box {10+}\r\n0123456789\r\nb NOOP\r\n";
  char *got = ikt_stream(C, 0, &l, (const unsigned char *)msg, strlen(msg), 3);
  cr_assert_str_eq(got,
                   "literal-data 1\nliteral-data 3\nliteral-data 3\nliteral-data 3\n"
                   "command tag=a APPEND (mailbox:atom \"box\") (append_message \"{10+}\\x0d\\x0a\" (string:literal \"\" #10 nonsync elided))\n"
                   "command tag=b NOOP\n");
  free(got);
}

/* Split invariance: every stream, fed in two pieces at every split point and
 * byte by byte, gives the same messages as fed whole. */
static const char *const streams[] = {
    "* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n* 3 EXISTS\r\n"
    "* 1 FETCH (UID 7 FLAGS (\\Seen) BODY[] {12}\r\nHello World!)\r\na1 OK [READ-WRITE] done\r\n+ go on\r\n",
    "a1 LOGIN alice {6+}\r\nsecret\r\na2 SELECT \"{5}\"\r\na3 IDLE\r\nDONE\r\na4 UID FETCH 1:* (FLAGS)\r\n",
    "a NOOP\n\r\nb X {3}\r\nabc\r\n(((( not imap\r\nc NOOP\r\n",
    "* 1 FETCH (BODY[] {14}\r\na OK {3}\r\nxyz\r\n)\r\n* 2 EXISTS\r\n* OK unterminated",
};

Test(framer, split_invariance) {
  for (size_t k = 0; k < sizeof streams / sizeof streams[0]; k++) {
    const unsigned char *s = (const unsigned char *)streams[k];
    size_t n = strlen(streams[k]);
    char *whole = ikt_stream(IK_SIDE_AUTO, 0, NULL, s, n, 0);
    for (size_t cut = 1; cut < n; cut++) {
      char *two = ikt_stream_split(IK_SIDE_AUTO, 0, NULL, s, n, cut);
      cr_assert_str_eq(two, whole, "stream %zu split at %zu", k, cut);
      free(two);
    }
    for (size_t chunk = 1; chunk <= 7; chunk++) {
      char *bytes = ikt_stream(IK_SIDE_AUTO, 0, NULL, s, n, chunk);
      cr_assert_str_eq(bytes, whole, "stream %zu in chunks of %zu", k, chunk);
      free(bytes);
    }
    free(whole);
  }
}

Test(framer, whole_stream_messages) {
  const char *s = streams[2];
  char *got = ikt_stream(C, 0, NULL, (const unsigned char *)s, strlen(s), 0);
  cr_assert_str_eq(got,
                   "command tag=a NOOP [quirk BARE_LF@6]\n"
                   "error IK_E_EMPTY_LINE at 7\n"
                   "command tag=b X generic (string:literal \"abc\" generic)\n"
                   "error IK_E_SYNTAX at 23\n"
                   "command tag=c NOOP\n");
  free(got);
}
