/*
 * Shared pieces of the benchmark runners (bench.c for imapkit, etpan.c for
 * libetpan): loading a workload, timing, statistics, the allocation counters
 * of alloc.c, and the one result line that tools/bench/run.sh reads.
 *
 * Timing is CPU time of the process (CLOCK_PROCESS_CPUTIME_ID), so that other
 * work on a shared machine does not count against the parser; wall time is
 * printed beside it. Each run repeats whole passes over the workload until it
 * has taken at least --min-time seconds, and rates are per pass.
 */
#ifndef IKBENCH_COMMON_H
#define IKBENCH_COMMON_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* ---- allocation counters (alloc.c interposes malloc & co.) ---- */
extern volatile uint64_t ikb_mallocs, ikb_callocs, ikb_reallocs, ikb_frees;
static inline uint64_t ikb_allocs(void) { return ikb_mallocs + ikb_callocs + ikb_reallocs; }

/* ---- clocks ---- */
static inline double ikb_cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}
static inline double ikb_wall(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static inline long ikb_maxrss_kb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/* ---- the workload, read whole into memory (64-byte aligned) ---- */
static inline unsigned char *ikb_load(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "ikbench: %s: %s\n", path, strerror(errno));
    exit(2);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  if (n <= 0) {
    fprintf(stderr, "ikbench: %s: empty\n", path);
    exit(2);
  }
  unsigned char *b = NULL;
  if (posix_memalign((void **)&b, 64, (size_t)n + 64)) {
    fprintf(stderr, "ikbench: out of memory\n");
    exit(2);
  }
  if (fread(b, 1, (size_t)n, f) != (size_t)n) {
    fprintf(stderr, "ikbench: %s: short read\n", path);
    exit(2);
  }
  fclose(f);
  memset(b + n, 0, 64);
  *len = (size_t)n;
  return b;
}

/* ---- options ---- */
typedef struct ikb_opts {
  int runs;         /* measured runs (5) */
  double min_time;  /* seconds per run, at least (0.25) */
  int passes;       /* > 0: exactly this many passes per run (callgrind) */
} ikb_opts;

static inline void ikb_opts_default(ikb_opts *o) {
  o->runs = 5;
  o->min_time = 0.25;
  o->passes = 0;
}

/* Parses --runs/--min-time/--passes at argv[i]; returns how many were used. */
static inline int ikb_opt(ikb_opts *o, int argc, char **argv, int i) {
  if (i + 1 >= argc) return 0;
  if (!strcmp(argv[i], "--runs")) return o->runs = atoi(argv[i + 1]), 2;
  if (!strcmp(argv[i], "--min-time")) return o->min_time = atof(argv[i + 1]), 2;
  if (!strcmp(argv[i], "--passes")) return o->passes = atoi(argv[i + 1]), 2;
  return 0;
}

/* ---- statistics over runs ---- */
static inline int ikb_cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
typedef struct ikb_stat {
  double med, min, max;
} ikb_stat;
static inline ikb_stat ikb_stats(double *v, int n) {
  ikb_stat s = {0, 0, 0};
  if (n <= 0) return s;
  qsort(v, (size_t)n, sizeof *v, ikb_cmp);
  s.min = v[0];
  s.max = v[n - 1];
  s.med = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  return s;
}

#define IKB_MAX_RUNS 64

/* Runs `pass` R times (each run: passes until min_time), records bytes/s per
 * run. `pass` returns the messages it saw. */
typedef uint64_t (*ikb_pass_fn)(void *ctx);
typedef struct ikb_result {
  ikb_stat mbs, msgs;   /* MB/s (1 MB = 10^6 bytes) and messages/s, per run */
  double cpu, wall;     /* totals over all runs */
  uint64_t passes;
  uint64_t msgs_per_pass;
  uint64_t allocs;      /* malloc+calloc+realloc during the measured runs */
} ikb_result;

static inline ikb_result ikb_measure(const ikb_opts *o, size_t bytes, ikb_pass_fn pass,
                                     void *ctx) {
  ikb_result r;
  memset(&r, 0, sizeof r);
  double mbs[IKB_MAX_RUNS], mps[IKB_MAX_RUNS];
  int runs = o->runs < 1 ? 1 : o->runs > IKB_MAX_RUNS ? IKB_MAX_RUNS : o->runs;
  uint64_t a0 = ikb_allocs();
  for (int k = 0; k < runs; k++) {
    double c0 = ikb_cpu(), w0 = ikb_wall(), c1;
    uint64_t n = 0, msgs = 0;
    do {
      msgs = pass(ctx);
      n++;
      c1 = ikb_cpu();
    } while (o->passes > 0 ? (int)n < o->passes : c1 - c0 < o->min_time);
    double dt = c1 - c0;
    if (dt <= 0) dt = 1e-9;
    mbs[k] = (double)bytes * (double)n / dt / 1e6;
    mps[k] = (double)msgs * (double)n / dt;
    r.cpu += dt;
    r.wall += ikb_wall() - w0;
    r.passes += n;
    r.msgs_per_pass = msgs;
  }
  r.allocs = ikb_allocs() - a0;
  r.mbs = ikb_stats(mbs, runs);
  r.msgs = ikb_stats(mps, runs);
  return r;
}

/* One line for run.sh: "RESULT key=value ...". */
static inline void ikb_print(const char *runner, const char *workload, size_t bytes,
                             const ikb_result *r, const char *extra) {
  double per_msg =
      r->passes && r->msgs_per_pass ? (double)r->allocs / ((double)r->passes * (double)r->msgs_per_pass) : 0;
  printf("RESULT runner=%s workload=%s bytes=%zu msgs=%llu mbs_med=%.1f mbs_min=%.1f mbs_max=%.1f "
         "mps_med=%.0f mps_min=%.0f mps_max=%.0f passes=%llu cpu=%.3f wall=%.3f "
         "allocs_per_msg=%.3f maxrss_kb=%ld%s%s\n",
         runner, workload, bytes, (unsigned long long)r->msgs_per_pass, r->mbs.med, r->mbs.min,
         r->mbs.max, r->msgs.med, r->msgs.min, r->msgs.max, (unsigned long long)r->passes, r->cpu,
         r->wall, per_msg, ikb_maxrss_kb(), extra && *extra ? " " : "", extra ? extra : "");
  fflush(stdout);
}

#endif
