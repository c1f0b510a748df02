/* imapkit trace's session layer on synthetic captures: each warning fires on
 * its capture and on no clean one; gaps are events and decoding resumes. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "testutil.h"
#include "trace/decode.h"
#include "trace/synth.h"

typedef struct seg {
  int dir;          /* 0 client to server, 1 server to client */
  const char *data; /* NULL: a lost segment of `lost` bytes */
  size_t lost;
} seg;

/* Writes a capture of one connection (handshake, the segments, FIN) and runs
 * `imapkit trace --format json` on it; returns its output (malloc'd). */
static char *trace(const seg *segs, size_t n, int *rc) {
  char cap[] = "/tmp/ik-session-XXXXXX";
  int fd = mkstemp(cap);
  cr_assert(fd >= 0);
  close(fd);
  ikt_synth_opts o;
  memset(&o, 0, sizeof o);
  o.linktype = IKT_LINK_EN10MB;
  ikt_synth *s = ikt_synth_open(cap, &o);
  cr_assert(s);
  ikt_synth_tuple t;
  ikt_synth_tuple_set(&t, "10.0.0.1", 40000, "10.0.0.2", 143);
  uint32_t seq[2] = {1000, 5000};
  double ts = 1.0;
  ikt_synth_pkt p;
  memset(&p, 0, sizeof p);
  p.tuple = &t;
  p.ts = ts;
  p.dir = 0;
  p.seq = seq[0]++;
  p.flags = IKT_TCP_SYN;
  ikt_synth_packet(s, &p);
  p.dir = 1;
  p.seq = seq[1]++;
  p.ack = seq[0];
  p.flags = IKT_TCP_SYN | IKT_TCP_ACK;
  ikt_synth_packet(s, &p);
  for (size_t i = 0; i < n; i++) {
    int d = segs[i].dir;
    size_t len = segs[i].data ? strlen(segs[i].data) : segs[i].lost;
    if (segs[i].data) {
      memset(&p, 0, sizeof p);
      p.tuple = &t;
      p.ts = (ts += 0.001);
      p.dir = d;
      p.seq = seq[d];
      p.ack = seq[!d];
      p.flags = IKT_TCP_ACK | IKT_TCP_PSH;
      p.payload = segs[i].data;
      p.len = len;
      ikt_synth_packet(s, &p);
    }
    seq[d] += (uint32_t)len;
  }
  for (int d = 0; d < 2; d++) {
    memset(&p, 0, sizeof p);
    p.tuple = &t;
    p.ts = (ts += 0.001);
    p.dir = d;
    p.seq = seq[d];
    p.ack = seq[!d] + (d == 1);
    p.flags = IKT_TCP_FIN | IKT_TCP_ACK;
    ikt_synth_packet(s, &p);
  }
  ikt_synth_close(s);

  char out[] = "/tmp/ik-session-out-XXXXXX";
  int ofd = mkstemp(out);
  cr_assert(ofd >= 0);
  fflush(stdout);
  fflush(stderr);
  int saved = dup(1), saved_err = dup(2);
  dup2(ofd, 1);
  int devnull = open("/dev/null", O_WRONLY);
  dup2(devnull, 2);
  char *argv[] = {"--format", "json", cap, NULL};
  *rc = ikc_cmd_trace(3, argv);
  fflush(stdout);
  fflush(stderr);
  dup2(saved, 1);
  dup2(saved_err, 2);
  close(saved);
  close(saved_err);
  close(devnull);
  close(ofd);
  size_t len;
  char *text = (char *)ikt_read_file(out, &len);
  cr_assert(text);
  text = realloc(text, len + 1);
  text[len] = 0;
  unlink(cap);
  unlink(out);
  return text;
}

static int count(const char *hay, const char *needle) {
  int c = 0;
  for (const char *p = hay; (p = strstr(p, needle)); p++) c++;
  return c;
}

Test(trace_session, clean_conversation_has_no_warning) {
  seg s[] = {{1, "* OK ready\r\n", 0},
             {0, "a LOGIN alice secret\r\n", 0},
             {1, "a OK logged in\r\n", 0},
             {0, "b SELECT INBOX\r\n", 0},
             {1, "* 2 EXISTS\r\nb OK [READ-WRITE] done\r\n", 0},
             {0, "c APPEND INBOX {5}\r\n", 0},
             {1, "+ go\r\n", 0},
             {0, "hello\r\n", 0},
             {1, "c OK [APPENDUID 7 3] appended\r\n", 0},
             {0, "d LOGOUT\r\n", 0},
             {1, "* BYE logging out\r\nd OK bye\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(rc, 0, "%s", out);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 0, "%s", out);
  cr_assert_eq(count(out, "\"kind\":\"command\""), 4, "%s", out);
  cr_assert_eq(count(out, "\"kind\":\"tagged\""), 4, "%s", out);
  cr_assert(strstr(out, "secret") == NULL, "password not redacted: %s", out);
  free(out);
}

Test(trace_session, starttls_command_injection) {
  /* the client pipelines a command behind STARTTLS, in the clear */
  seg s[] = {{1, "* OK ready\r\n", 0},
             {0, "a STARTTLS\r\nb LOGIN alice secret\r\n", 0},
             {1, "a OK Begin TLS negotiation now\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 1, "%s", out);
  cr_assert(strstr(out, "\"dir\":\"c2s\",\"detail\":\"client sent plaintext after STARTTLS before TLS began"), "%s", out);
  free(out);
}

Test(trace_session, starttls_response_injection) {
  /* the server (or a man in the middle) appends a response to its STARTTLS OK */
  seg s[] = {{1, "* OK ready\r\n", 0},
             {0, "a STARTTLS\r\n", 0},
             {1, "a OK Begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 1, "%s", out);
  cr_assert(strstr(out, "\"dir\":\"s2c\",\"detail\":\"server sent more after its STARTTLS OK"), "%s", out);
  cr_assert_eq(count(out, "\"event\":\"tls\""), 1, "%s", out);
  free(out);
}

Test(trace_session, clean_starttls_has_no_warning) {
  seg s[] = {{1, "* OK ready\r\n", 0},
             {0, "a STARTTLS\r\n", 0},
             {1, "a OK Begin TLS\r\n", 0},
             {0, "\x16\x03\x01\x00\x05\x01\x00\x00\x01\x00", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 0, "%s", out);
  cr_assert_eq(count(out, "\"event\":\"tls\""), 1, "%s", out);
  free(out);
}

Test(trace_session, preauth_then_starttls) {
  seg s[] = {{1, "* PREAUTH welcome\r\n", 0}, {0, "a STARTTLS\r\n", 0}, {1, "a BAD no\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 1, "%s", out);
  cr_assert(strstr(out, "PREAUTH"), "%s", out);
  free(out);
}

Test(trace_session, response_code_that_does_not_fit_its_command) {
  /* isync CVE-2021-3578: APPENDUID answering a command that is not APPEND */
  seg s[] = {{1, "* OK ready\r\n", 0}, {0, "t NOOP\r\n", 0}, {1, "t OK [APPENDUID 1 5] done\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 1, "%s", out);
  cr_assert(strstr(out, "response code APPENDUID answers NOOP"), "%s", out);
  free(out);
}

Test(trace_session, reused_tag) {
  seg s[] = {{1, "* OK ready\r\n", 0}, {0, "a NOOP\r\na CHECK\r\n", 0}, {1, "a OK done\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 1, "%s", out);
  cr_assert(strstr(out, "tag \\\"a\\\" reused"), "%s", out);
  free(out);
}

Test(trace_session, literal_size_contradicted_by_data) {
  /* {10} announced, 5 bytes sent: the rest of the line is eaten as data */
  seg s[] = {{1, "* OK ready\r\n", 0},
             {0, "a LOGIN {10+}\r\nalice pw\r\nb NOOP\r\n", 0},
             {1, "a BAD what\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(rc, 1, "%s", out);
  cr_assert_eq(count(out, "\"event\":\"warning\""), 1, "%s", out);
  cr_assert(strstr(out, "announced size may not match"), "%s", out);
  free(out);
}

Test(trace_session, gap_then_decoding_resumes) {
  seg s[] = {{1, "* OK ready\r\n", 0},
             {0, "a NOOP\r\n", 0},
             {1, "a OK done\r\n", 0},
             {1, NULL, 40}, /* lost: acknowledged, never captured */
             {1, "* 5 EXISTS\r\n", 0},
             {0, "b NOOP\r\n", 0},
             {1, "b OK done\r\n", 0}};
  int rc;
  char *out = trace(s, sizeof s / sizeof s[0], &rc);
  cr_assert_eq(count(out, "\"event\":\"gap\""), 1, "%s", out);
  cr_assert(strstr(out, "\"name\":\"EXISTS\",\"number\":5"), "%s", out);
  cr_assert(strstr(out, "\"tag\":\"b\",\"name\":\"OK\""), "%s", out);
  free(out);
}
