# imapkit: see README.md. `make` builds build/libimapkit.a and build/imapkit.
#
# The Ragel machines (parser/*.rl) are compiled to C that is committed, so a
# build needs no Ragel; `make ragel` regenerates them, `make check-generated`
# fails when the committed C differs from what the .rl files give.

CC      ?= cc
CSTD    := -std=c11
WARN    := -Wall -Wextra -Werror
OPT     ?= -O2 -g
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iparser -Igenerator -Itools
CFLAGS  ?=
ALL_CFLAGS = $(CSTD) $(WARN) $(OPT) $(CFLAGS)
RAGEL   ?= ragel
RAGELFLAGS := -G2

B := build
# The side machines and the files they include.
RL_MAIN := parser/client.rl parser/server.rl
RL_INC  := parser/lexical.rl parser/generic.rl parser/command.rl parser/response.rl
RL_C    := $(RL_MAIN:.rl=.c)

CORE_SRC := $(sort $(wildcard parser/*.c) $(RL_C)) $(wildcard generator/*.c)
CORE_OBJ := $(CORE_SRC:%.c=$(B)/obj/%.o)
# The trace decoder joins the build once it lands (TRACE_SRC).
TRACE_SRC ?= $(wildcard tools/trace/*.c)
TOOL_SRC := $(filter-out tools/imapkit.c,$(wildcard tools/*.c)) $(TRACE_SRC)
TOOL_OBJ := $(TOOL_SRC:%.c=$(B)/obj/%.o)
TOOL_LIBS := -lpcap -lz -lcrypto
# Suites of parts still being integrated are left out until they land.
PENDING_TESTS ?=
TEST_SRC := $(filter-out $(PENDING_TESTS),$(wildcard tests/test_*.c))
TEST_BIN := $(TEST_SRC:tests/%.c=$(B)/tests/%)

SHELL := /bin/bash

.PHONY: generate all lib test test-plain test-asan demo deps ragel check-generated clean \
        check-cli bench fuzz fuzz-smoke dist install

all: $(B)/libimapkit.a $(B)/imapkit

lib: $(B)/libimapkit.a

$(B)/obj/%.o: %.c $(wildcard parser/*.h) $(wildcard generator/*.h) $(wildcard tools/*.h tools/trace/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/libimapkit.a: $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/imapkit: $(B)/obj/tools/imapkit.o $(TOOL_OBJ) $(B)/libimapkit.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(TOOL_LIBS)

# ---- generated C: the Ragel machines and the keyword hash ----
generate: ragel parser/keyword_hash.h
ragel: $(RL_C)
parser/keyword_hash.h: parser/imapkit_keywords.h tools/gen/keyword_hash.py
	python3 tools/gen/keyword_hash.py
parser/%.c: parser/%.rl $(RL_INC)
	cd parser && $(RAGEL) $(RAGELFLAGS) -o $*.c $*.rl

check-generated:
	@tmp=$$(mktemp -d) && cp -r parser $$tmp/ && \
	for f in $(notdir $(RL_MAIN)); do (cd $$tmp/parser && $(RAGEL) $(RAGELFLAGS) -o $${f%.rl}.c $$f) || exit 1; done && \
	for f in $(RL_C); do cmp -s $$f $$tmp/$$f || { echo "$$f differs from what $${f%.c}.rl generates: run make ragel and commit"; rm -rf $$tmp; exit 1; }; done; \
	python3 tools/gen/keyword_hash.py $$tmp/keyword_hash.h > /dev/null && cmp -s parser/keyword_hash.h $$tmp/keyword_hash.h || \
	  { echo "parser/keyword_hash.h is stale: run make generate and commit"; rm -rf $$tmp; exit 1; }; \
	rm -rf $$tmp; echo "generated C is up to date"
	@# the machines' run-skipping fast paths change nothing (docs/performance.md)
	python3 tools/gen/check_skips.py --ragel $(RAGEL) $(RL_MAIN)
	@python3 tools/gen/check_skips.py --ragel $(RAGEL) tests/data/skips/safe.rl >/dev/null && \
	  ! python3 tools/gen/check_skips.py --ragel $(RAGEL) tests/data/skips/unsafe.rl >/dev/null || \
	  { echo "check_skips.py does not tell a safe skip from an unsafe one"; exit 1; }

# ---- dependencies (Debian) ----
deps:
	@bash tools/deps.sh

# ---- tests: every Criterion suite, then again under ASan+UBSan ----
$(B)/tests/%: tests/%.c tests/testutil.h $(TOOL_OBJ) $(B)/libimapkit.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests $(ALL_CFLAGS) -o $@ $< tests/testutil.c $(TOOL_OBJ) $(B)/libimapkit.a -lcriterion $(TOOL_LIBS)

test:
	@bash tools/deps.sh --quiet
	$(MAKE) test-plain
	$(MAKE) B=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" test-plain
	@echo "all suites passed, plain and under ASan+UBSan"

# Runs every suite, then prints one closing line over all of them.
test-plain: all $(TEST_BIN)
	@set -o pipefail; fail=0; : > $(B)/tests/summary; for t in $(TEST_BIN); do \
	  echo "== $$t"; $$t --jobs 2 2>&1 | tee -a $(B)/tests/summary || fail=1; done; \
	bash tests/cli/run.sh $(B)/imapkit 2>&1 | tee -a $(B)/tests/summary || fail=1; \
	awk '/Synthesis: Tested:/ { p += $$7; f += $$10 + $$13 } \
	     /^cli: [0-9]+ passed/ { p += $$2; f += $$4 } \
	     END { printf "%d passed, %d failed\n", p, f }' $(B)/tests/summary; \
	exit $$fail

demo:
	@bash tools/deps.sh --quiet
	$(MAKE) all
	@echo "== imapkit trace corpus/captures/sample.pcapng: a Dovecot session recorded with tshark (first 80 lines)"
	@$(B)/imapkit trace corpus/captures/sample.pcapng | head -80
	@echo "== ... and the same capture as JSON Lines, one object per message (first 5)"
	@$(B)/imapkit trace --format json corpus/captures/sample.pcapng 2>/dev/null | head -5

check-cli: all
	bash ../shared/tools/check-cli $(B)/imapkit

# ---- the vendorable form: one imapkit.c and one imapkit.h ----
dist:
	bash tools/amalgamate.sh dist

# ---- install: static and shared library, header, pkg-config, binary, man page ----
PREFIX  ?= /usr/local
DESTDIR ?=
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
VERSION := $(shell sed -n 's/^\#define IK_VERSION_STRING "\(.*\)"/\1/p' parser/imapkit.h)
SONAME  := libimapkit.so.$(firstword $(subst ., ,$(VERSION)))
PIC_OBJ := $(CORE_SRC:%.c=$(B)/pic/%.o)

$(B)/pic/%.o: %.c $(wildcard parser/*.h) $(wildcard generator/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

$(B)/libimapkit.so.$(VERSION): $(PIC_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) -o $@ $^

install: all $(B)/libimapkit.so.$(VERSION)
	install -d $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCDIR) $(DESTDIR)$(PREFIX)/bin \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 $(B)/libimapkit.a $(DESTDIR)$(LIBDIR)/
	install -m 755 $(B)/libimapkit.so.$(VERSION) $(DESTDIR)$(LIBDIR)/
	ln -sf libimapkit.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libimapkit.so
	install -m 644 parser/imapkit.h parser/imapkit_keywords.h generator/imapkit_gen.h $(DESTDIR)$(INCDIR)/
	sed -e 's|@PREFIX@|$(PREFIX)|; s|@LIBDIR@|$(LIBDIR)|; s|@INCLUDEDIR@|$(INCDIR)|; s|@VERSION@|$(VERSION)|' \
	  tools/imapkit.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/imapkit.pc
	install -m 755 $(B)/imapkit $(DESTDIR)$(PREFIX)/bin/
	install -m 644 docs/imapkit.1 $(DESTDIR)$(PREFIX)/share/man/man1/

# Fuzzing targets (fuzz, fuzz-run, fuzz-smoke, corpus-min, coverage) live in fuzz.mk.
-include fuzz.mk
-include bench.mk

clean:
	rm -rf build build-asan build-fuzz build-bench
