/* Names and descriptions of every enum in the public header, from its X-macro. */
#include "imapkit.h"

#include <string.h>

static const char *const status_names[] = {
#define IK_X(name, desc) "IK_E_" #name,
    IK_ERRORS(IK_X)
#undef IK_X
};
static const char *const status_desc[] = {
#define IK_X(name, desc) desc,
    IK_ERRORS(IK_X)
#undef IK_X
};

const char *ik_status_name(ik_status s) {
  return (unsigned)s < IK_E__COUNT ? status_names[s] : "IK_E_UNKNOWN";
}
const char *ik_strerror(ik_status s) {
  return (unsigned)s < IK_E__COUNT ? status_desc[s] : "unknown error";
}

static const char *const kind_names[] = {
#define IK_X(name, str) str,
    IK_NODE_KINDS(IK_X)
#undef IK_X
};
const char *ik_node_kind_name(ik_node_kind k) {
  return (unsigned)k < IK_N__COUNT ? kind_names[k] : "unknown";
}

const char *ik_msg_kind_name(ik_msg_kind k) {
  switch (k) {
  case IK_MSG_COMMAND: return "command";
  case IK_MSG_TAGGED: return "tagged";
  case IK_MSG_UNTAGGED: return "untagged";
  case IK_MSG_CONTINUATION: return "continuation";
  case IK_MSG_DATA: return "data";
  }
  return "unknown";
}

static const char *const quirk_names[] = {
#define IK_X(name, desc) #name,
    IK_QUIRKS(IK_X)
#undef IK_X
};
static const char *const quirk_desc[] = {
#define IK_X(name, desc) desc,
    IK_QUIRKS(IK_X)
#undef IK_X
};
const char *ik_quirk_name(ik_quirk_kind q) {
  return (unsigned)q < IK_Q__COUNT ? quirk_names[q] : "UNKNOWN";
}
const char *ik_quirk_description(ik_quirk_kind q) {
  return (unsigned)q < IK_Q__COUNT ? quirk_desc[q] : "unknown quirk";
}

void ik_line_column(const unsigned char *buf, size_t offset, uint32_t *line, uint32_t *column) {
  uint32_t l = 1;
  size_t ls = 0;
  for (size_t i = 0; i < offset; i++)
    if (buf[i] == '\n') {
      l++;
      ls = i + 1;
    }
  if (line) *line = l;
  if (column) *column = (uint32_t)(offset - ls + 1);
}

size_t ik_unquote(const unsigned char *raw, size_t n, unsigned char *out, size_t outlen) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = raw[i];
    if (c == '\\' && i + 1 < n) c = raw[++i];
    if (o < outlen) out[o] = c;
    o++;
  }
  return o;
}

size_t ik_node_count(const ik_node *n) {
  size_t c = 0;
  for (const ik_node *k = n ? n->child : NULL; k; k = k->next) c++;
  return c;
}

ik_node *ik_node_nth(const ik_node *n, size_t i) {
  ik_node *k = n ? n->child : NULL;
  while (k && i--) k = k->next;
  return k;
}
