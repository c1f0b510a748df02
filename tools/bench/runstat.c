/*
 * ikbench-run: runs a command a few times and prints its CPU time and peak RSS
 * as key=value, for the RESULT lines of tools/bench/run.sh.
 *
 *   ikbench-run [--runs N] [--from 'SHELL COMMAND'] [--err FILE] -- CMD ARGS...
 *
 * Each run is measured alone with wait4: user+system CPU seconds and peak RSS
 * (KB) of that one process. It is a small C program on purpose: peak RSS
 * survives exec on Linux, so a command started from a big parent (python)
 * would report the parent's size. Standard output goes to /dev/null, standard
 * error of the last run to --err (default /dev/null). With --from, CMD reads a
 * pipe fed by that shell command, started anew for every run and not measured
 * (a capture generated on the fly, never written to disk).
 *
 * Prints: cpus="c1 c2 ..." (sorted) cpu_med=... rss_kb=(largest) rc=(the first
 * non-zero exit status, else 0).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  int runs = 3, i = 1;
  const char *from = NULL, *err = "/dev/null";
  for (; i + 1 < argc && strcmp(argv[i], "--"); i += 2) {
    if (!strcmp(argv[i], "--runs")) runs = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--from")) from = argv[i + 1];
    else if (!strcmp(argv[i], "--err")) err = argv[i + 1];
    else break;
  }
  if (i >= argc || strcmp(argv[i], "--") || i + 1 >= argc || runs < 1 || runs > 100) {
    fprintf(stderr, "usage: ikbench-run [--runs N] [--from 'CMD'] [--err FILE] -- CMD ARGS...\n");
    return 2;
  }
  char **cmd = argv + i + 1;
  double cpus[100];
  long rss = 0;
  int rc = 0;
  for (int r = 0; r < runs; r++) {
    int pfd[2] = {-1, -1};
    pid_t feeder = -1;
    if (from) {
      if (pipe(pfd)) return perror("pipe"), 2;
      feeder = fork();
      if (feeder == 0) {
        dup2(pfd[1], 1);
        close(pfd[0]);
        close(pfd[1]);
        execl("/bin/sh", "sh", "-c", from, (char *)NULL);
        _exit(127);
      }
    }
    pid_t pid = fork();
    if (pid < 0) return perror("fork"), 2;
    if (pid == 0) {
      int in = from ? pfd[0] : open("/dev/null", O_RDONLY);
      int out = open("/dev/null", O_WRONLY);
      int e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || out < 0 || e < 0) _exit(126);
      dup2(in, 0);
      dup2(out, 1);
      dup2(e, 2);
      if (from) close(pfd[1]);
      execvp(cmd[0], cmd);
      _exit(127);
    }
    if (from) {
      close(pfd[0]);
      close(pfd[1]);
    }
    int st = 0;
    struct rusage ru;
    if (wait4(pid, &st, 0, &ru) < 0) return perror("wait4"), 2;
    if (feeder > 0) waitpid(feeder, NULL, 0);
    cpus[r] = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
              ru.ru_stime.tv_usec / 1e6;
    if (ru.ru_maxrss > rss) rss = ru.ru_maxrss;
    int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    if (code && !rc) rc = code;
  }
  qsort(cpus, (size_t)runs, sizeof cpus[0], cmp_d);
  printf("cpus=\"");
  for (int r = 0; r < runs; r++) printf("%s%.4f", r ? " " : "", cpus[r]);
  printf("\" cpu_med=%.4f rss_kb=%ld rc=%d\n", cpus[runs / 2], rss, rc);
  return 0;
}
