/* LD_PRELOAD shim: make an OpenSSL (1.1.1+/3.x) client write an NSS key log
 * to $SSLKEYLOGFILE, for programs (such as mbsync) that do not support it.
 * Used by record-dovecot.sh; build:
 *   cc -shared -fPIC -o sslkeylog.so sslkeylog.c -ldl
 * No OpenSSL headers needed: everything is looked up with dlsym. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;
typedef void (*keylog_cb)(const SSL *, const char *);

static void write_line(const SSL *ssl, const char *line)
{
    (void)ssl;
    const char *path = getenv("SSLKEYLOGFILE");
    if (!path || !*path)
        return;
    FILE *fp = fopen(path, "a");
    if (!fp)
        return;
    fprintf(fp, "%s\n", line);
    fclose(fp);
}

SSL *SSL_new(SSL_CTX *ctx)
{
    static SSL *(*real_new)(SSL_CTX *);
    static void (*set_cb)(SSL_CTX *, keylog_cb);
    if (!real_new) {
        real_new = (SSL *(*)(SSL_CTX *))dlsym(RTLD_NEXT, "SSL_new");
        set_cb = (void (*)(SSL_CTX *, keylog_cb))dlsym(RTLD_NEXT, "SSL_CTX_set_keylog_callback");
    }
    if (set_cb && ctx)
        set_cb(ctx, write_line);
    return real_new(ctx);
}
