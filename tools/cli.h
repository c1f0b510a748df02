/* Shared by the subcommands of the imapkit command line. */
#ifndef IKC_CLI_H
#define IKC_CLI_H

#include "msgstream.h"

#include <stdint.h>
#include <stdio.h>

/* The usage text (imapkit.c). */
void ikc_usage(FILE *f);
/* Prints the message and the usage to stderr; returns 2 (usage error). */
int ikc_usage_error(const char *fmt, const char *arg);
int ikc_parse_u64(const char *s, uint64_t *out);
int ikc_parse_format(const char *s, int allow_wire_none, ikc_format *f);
/* IK_OUT_COLOR when standard output is a terminal and NO_COLOR is unset. */
unsigned ikc_color_flag(void);

int ikc_cmd_trace(int argc, char **argv);
int ikc_cmd_gen(int argc, char **argv);

#endif
