# fuzz.mk: the fuzzing targets, included from the Makefile (see fuzz/README.md).
#
#   make fuzz                       every harness for libFuzzer (build-fuzz/libfuzzer/)
#                                   and for AFL++ (build-fuzz/afl/), same sources
#   make fuzz-run T=response S=60   one libFuzzer harness from its corpus, with the
#                                   dictionary; new inputs go to build-fuzz/corpus/T,
#                                   crashes to build-fuzz/crashes/T/
#   make fuzz-smoke                 each libFuzzer harness for FUZZ_SMOKE_SECONDS (30)
#                                   from its corpus and regressions, FUZZ_SMOKE_JOBS (2)
#                                   at a time; fails on a crash
#   make corpus-min                 minimizes corpus/NAME/ (seeds + what the campaigns in
#                                   build-fuzz/corpus/NAME found) with -merge=1
#   make coverage                   source coverage of parser/ and generator/ under the
#                                   corpora (clang -fprofile-instr-generate)
#   make fuzz-corpus                regenerates the dictionary and the generated seeds
#
# Every variable is FUZZ_-prefixed so that the including Makefile is not disturbed.

FUZZ_B        ?= build-fuzz
FUZZ_CC       ?= clang
FUZZ_AFL_CC   ?= afl-clang-fast
FUZZ_SMOKE_SECONDS ?= 30
FUZZ_SMOKE_JOBS ?= 2
FUZZ_TIMEOUT  ?= 10
FUZZ_RSS_MB   ?= 2048
# Longer inputs are slower and rarely find more; seeds past it are cut when loaded
# (the trace harness reads whole capture files: 64 KiB).
FUZZ_MAX_LEN  ?= 8192
T ?= response
S ?= 60

# Harnesses: fuzz/harness_NAME.c (the logic, shared with tests/test_regressions.c)
# and fuzz/fuzz_NAME.c (LLVMFuzzerTestOneInput). The trace harness needs the trace
# decoder: it is built when tools/trace/trace.h exists; the TLS harness (the record
# layer and the key log reader, tools/trace/tls.h) needs the same objects and libcrypto.
FUZZ_NAMES    := framer response command fetch search builder $(if $(wildcard tools/trace/trace.h),trace) \
                 $(if $(wildcard tools/trace/tls.h),tls)
# Harnesses built with the decoder (libiktrace.a) and FUZZ_TRACE_LIBS.
FUZZ_TRACE_USERS := trace tls
# Harnesses with the structure-aware mutator (fuzz/mutator.c: LLVMFuzzerCustomMutator
# and LLVMFuzzerCustomCrossOver; IKF_NO_MUTATOR=1 in the environment turns it off).
FUZZ_MUTATOR_USERS := response command
FUZZ_LIB_SRC   = $(sort $(wildcard parser/*.c) parser/client.c parser/server.c) $(sort $(wildcard generator/*.c))
FUZZ_TRACE_SRC = $(sort $(wildcard tools/trace/*.c))
FUZZ_COMMON_SRC := fuzz/fuzz_common.c fuzz/json_check.c
FUZZ_TRACE_LIBS := -lpcap -lz -lcrypto

FUZZ_CPPFLAGS := -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iparser -Igenerator -Itools \
                 -Itools/trace -Ifuzz
FUZZ_CFLAGS   := -std=c11 -g -Wall -Wextra -fno-omit-frame-pointer
FUZZ_SAN      := -fsanitize=address,undefined -fno-sanitize-recover=all
# The Ragel output (one huge goto function per side) is compiled at -O0: at -O1
# with UBSan a single instrumented compile of it takes minutes, at -O0 seconds.
FUZZ_OPT      ?= -O1
FUZZ_RL_OPT   ?= -O0
FUZZ_RL_C     := parser/client.c parser/server.c
fuzz_opt = $(if $(filter $(FUZZ_RL_C),$(1)),$(FUZZ_RL_OPT),$(FUZZ_OPT))

fuzz_objs = $(patsubst %.c,$(FUZZ_B)/$(1)/obj/%.o,$(FUZZ_LIB_SRC) $(FUZZ_COMMON_SRC))
FUZZ_LF_BINS  := $(FUZZ_NAMES:%=$(FUZZ_B)/libfuzzer/fuzz_%)
FUZZ_AFL_BINS := $(FUZZ_NAMES:%=$(FUZZ_B)/afl/fuzz_%)
FUZZ_COV_BINS := $(FUZZ_NAMES:%=$(FUZZ_B)/cov/fuzz_%)
# Open findings tolerated while they are listed (see corpus/regressions/KNOWN).
FUZZ_KNOWN    := $(shell grep -v '^\#' corpus/regressions/KNOWN 2>/dev/null | awk 'NF { print $$1 }' | paste -sd, -)
# AFL++'s compiler adds -O3 unless told not to; keep our own optimization levels.
FUZZ_AFL_ENV  := AFL_QUIET=1 AFL_DONT_OPTIMIZE=1

.PHONY: fuzz fuzz-build fuzz-build-libfuzzer fuzz-build-afl fuzz-run fuzz-smoke corpus-min \
        coverage fuzz-corpus

fuzz:
	@bash tools/deps.sh --fuzz --quiet
	$(MAKE) fuzz-build

fuzz-build: fuzz-build-libfuzzer fuzz-build-afl
fuzz-build-libfuzzer: $(FUZZ_LF_BINS)
fuzz-build-afl: $(FUZZ_AFL_BINS)

# ---- libFuzzer ----
$(FUZZ_B)/libfuzzer/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CPPFLAGS) $(FUZZ_CFLAGS) $(call fuzz_opt,$<) $(FUZZ_SAN) \
	  -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

$(FUZZ_B)/libfuzzer/libiktrace.a: $(patsubst %.c,$(FUZZ_B)/libfuzzer/obj/%.o,$(FUZZ_TRACE_SRC))
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_B)/libfuzzer/fuzz_%: $(FUZZ_B)/libfuzzer/obj/fuzz/fuzz_%.o \
    $(FUZZ_B)/libfuzzer/obj/fuzz/harness_%.o $(call fuzz_objs,libfuzzer)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $^

$(FUZZ_MUTATOR_USERS:%=$(FUZZ_B)/libfuzzer/fuzz_%): $(FUZZ_B)/libfuzzer/fuzz_%: \
    $(FUZZ_B)/libfuzzer/obj/fuzz/fuzz_%.o $(FUZZ_B)/libfuzzer/obj/fuzz/harness_%.o \
    $(FUZZ_B)/libfuzzer/obj/fuzz/mutator.o $(call fuzz_objs,libfuzzer)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $^

$(FUZZ_TRACE_USERS:%=$(FUZZ_B)/libfuzzer/fuzz_%): $(FUZZ_B)/libfuzzer/fuzz_%: \
    $(FUZZ_B)/libfuzzer/obj/fuzz/fuzz_%.o $(FUZZ_B)/libfuzzer/obj/fuzz/harness_%.o \
    $(call fuzz_objs,libfuzzer) $(FUZZ_B)/libfuzzer/libiktrace.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $^ $(FUZZ_TRACE_LIBS)

# ---- AFL++ (its libFuzzer-compatible driver: afl-clang-fast -fsanitize=fuzzer) ----
$(FUZZ_B)/afl/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_AFL_ENV) $(FUZZ_AFL_CC) $(FUZZ_CPPFLAGS) $(FUZZ_CFLAGS) $(call fuzz_opt,$<) \
	  $(FUZZ_SAN) -MMD -MP -c $< -o $@

$(FUZZ_B)/afl/libiktrace.a: $(patsubst %.c,$(FUZZ_B)/afl/obj/%.o,$(FUZZ_TRACE_SRC))
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_B)/afl/fuzz_%: $(FUZZ_B)/afl/obj/fuzz/fuzz_%.o $(FUZZ_B)/afl/obj/fuzz/harness_%.o \
    $(call fuzz_objs,afl)
	$(FUZZ_AFL_ENV) $(FUZZ_AFL_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $^

$(FUZZ_MUTATOR_USERS:%=$(FUZZ_B)/afl/fuzz_%): $(FUZZ_B)/afl/fuzz_%: \
    $(FUZZ_B)/afl/obj/fuzz/fuzz_%.o $(FUZZ_B)/afl/obj/fuzz/harness_%.o \
    $(FUZZ_B)/afl/obj/fuzz/mutator.o $(call fuzz_objs,afl)
	$(FUZZ_AFL_ENV) $(FUZZ_AFL_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $^

$(FUZZ_TRACE_USERS:%=$(FUZZ_B)/afl/fuzz_%): $(FUZZ_B)/afl/fuzz_%: \
    $(FUZZ_B)/afl/obj/fuzz/fuzz_%.o $(FUZZ_B)/afl/obj/fuzz/harness_%.o \
    $(call fuzz_objs,afl) $(FUZZ_B)/afl/libiktrace.a
	$(FUZZ_AFL_ENV) $(FUZZ_AFL_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $^ \
	  $(FUZZ_TRACE_LIBS)

# ---- running ----
# Flags of one libFuzzer run of harness $(1): dictionary, limits, where crashes go.
fuzz_dict = $(if $(filter trace,$(1)),-dict=fuzz/pcap.dict -max_len=65536,$(if $(filter tls,$(1)),-dict=fuzz/tls.dict -max_len=32768,-dict=fuzz/imap.dict -max_len=$(FUZZ_MAX_LEN)))
fuzz_args = -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
  -malloc_limit_mb=$(FUZZ_RSS_MB) -artifact_prefix=$(FUZZ_B)/crashes/$(1)/ -print_final_stats=1
fuzz_dirs = $(FUZZ_B)/corpus/$(1) $(wildcard corpus/$(1) corpus/regressions/$(1))

fuzz-run:
	@bash tools/deps.sh --fuzz --quiet
	$(MAKE) $(FUZZ_B)/libfuzzer/fuzz_$(T)
	@mkdir -p $(FUZZ_B)/corpus/$(T) $(FUZZ_B)/crashes/$(T)
	IKF_KNOWN=$(FUZZ_KNOWN) $(FUZZ_B)/libfuzzer/fuzz_$(T) $(call fuzz_dict,$(T)) $(call fuzz_args,$(T)) \
	  -max_total_time=$(S) $(FUZZ_FLAGS) \
	  $(call fuzz_dirs,$(T))

# Each harness replays its corpus and regressions, then fuzzes FUZZ_SMOKE_SECONDS,
# FUZZ_SMOKE_JOBS at a time. A crash fails the target; its input is kept in
# build-fuzz/crashes/NAME/.
fuzz-smoke:
	@bash tools/deps.sh --fuzz --quiet
	$(MAKE) fuzz-build-libfuzzer
	@bash tools/fuzz/smoke.sh $(FUZZ_B) $(FUZZ_SMOKE_SECONDS) $(FUZZ_SMOKE_JOBS) $(FUZZ_MAX_LEN) \
	  "$(FUZZ_FLAGS)" $(FUZZ_NAMES)

corpus-min:
	@bash tools/deps.sh --fuzz --quiet
	$(MAKE) fuzz-build-libfuzzer
	bash tools/fuzz/corpus-min.sh $(FUZZ_B) $(FUZZ_NAMES)

# ---- coverage: the harnesses with a plain main() over the corpora ----
$(FUZZ_B)/cov/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CPPFLAGS) $(FUZZ_CFLAGS) -O0 -fprofile-instr-generate -fcoverage-mapping \
	  -MMD -MP -c $< -o $@

$(FUZZ_B)/cov/libiktrace.a: $(patsubst %.c,$(FUZZ_B)/cov/obj/%.o,$(FUZZ_TRACE_SRC))
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_B)/cov/fuzz_%: $(FUZZ_B)/cov/obj/fuzz/fuzz_%.o $(FUZZ_B)/cov/obj/fuzz/harness_%.o \
    $(FUZZ_B)/cov/obj/fuzz/standalone.o $(call fuzz_objs,cov)
	$(FUZZ_CC) -fprofile-instr-generate -o $@ $^

$(FUZZ_TRACE_USERS:%=$(FUZZ_B)/cov/fuzz_%): $(FUZZ_B)/cov/fuzz_%: $(FUZZ_B)/cov/obj/fuzz/fuzz_%.o \
    $(FUZZ_B)/cov/obj/fuzz/harness_%.o $(FUZZ_B)/cov/obj/fuzz/standalone.o $(call fuzz_objs,cov) \
    $(FUZZ_B)/cov/libiktrace.a
	$(FUZZ_CC) -fprofile-instr-generate -o $@ $^ $(FUZZ_TRACE_LIBS)

coverage:
	@bash tools/deps.sh --fuzz --quiet
	$(MAKE) $(FUZZ_COV_BINS)
	@rm -rf $(FUZZ_B)/cov/prof && mkdir -p $(FUZZ_B)/cov/prof
	@for t in $(FUZZ_NAMES); do \
	  IKF_KNOWN=$(FUZZ_KNOWN) LLVM_PROFILE_FILE=$(FUZZ_B)/cov/prof/$$t-%p.profraw $(FUZZ_B)/cov/fuzz_$$t \
	    $$(ls -d corpus/$$t corpus/regressions/$$t 2>/dev/null) || exit 1; done
	llvm-profdata merge -sparse $(FUZZ_B)/cov/prof/*.profraw -o $(FUZZ_B)/cov/all.profdata
	@llvm-cov report $(firstword $(FUZZ_COV_BINS)) $(patsubst %,-object %,$(wordlist 2,99,$(FUZZ_COV_BINS))) -instr-profile=$(FUZZ_B)/cov/all.profdata \
	  -ignore-filename-regex='(^|/)(fuzz|tools|tests)/|^/usr/' > $(FUZZ_B)/cov/report.txt
	@llvm-cov show $(firstword $(FUZZ_COV_BINS)) $(patsubst %,-object %,$(wordlist 2,99,$(FUZZ_COV_BINS))) -instr-profile=$(FUZZ_B)/cov/all.profdata \
	  -ignore-filename-regex='(^|/)(fuzz|tools|tests)/|^/usr/' -format=html \
	  -output-dir=$(FUZZ_B)/cov/html >/dev/null 2>&1 || true
	@cat $(FUZZ_B)/cov/report.txt
	@awk '$$1 ~ /^(parser|generator)\// && NF >= 10 { l += $$8; m += $$9; \
	    if ($$1 != "parser/client.c" && $$1 != "parser/server.c") { hl += $$8; hm += $$9 } } \
	  $$1 == "TOTAL" { r = $$4; f = $$7 } \
	  END { printf "coverage: parser/ and generator/ line coverage %.2f%% (%d of %d lines; regions %s, functions %s)\n", \
	          l ? 100 * (l - m) / l : 0, l - m, l, r, f; \
	        printf "coverage: without the Ragel output (client.c, server.c): %.2f%% (%d of %d lines)\n", \
	          hl ? 100 * (hl - hm) / hl : 0, hl - hm, hl; \
	        print "coverage: per file in $(FUZZ_B)/cov/report.txt, annotated source in $(FUZZ_B)/cov/html/index.html"; \
	        print "coverage: (the Ragel output counts a resume case, an EOF test and a label per state:" ; \
	        print "coverage:  most of those lines cannot run on framed messages; states reached say more)" }' \
	  $(FUZZ_B)/cov/report.txt
	@for f in $(FUZZ_RL_C); do \
	  llvm-cov show $(firstword $(FUZZ_COV_BINS)) $(patsubst %,-object %,$(wordlist 2,99,$(FUZZ_COV_BINS))) \
	    -instr-profile=$(FUZZ_B)/cov/all.profdata $$f 2>/dev/null | \
	  awk -F'|' -v f=$$f '$$3 ~ /if \( \+\+p == pe \)/ { n++; c = $$2; gsub(/ /, "", c); if (c != "0" && c != "") r++ } \
	    END { if (n) printf "coverage: %s: %d of %d Ragel states reached (%.1f%%)\n", f, r, n, 100 * r / n }'; \
	done

# ---- dictionary and generated seeds ----
fuzz-corpus:
	python3 tools/fuzz/gen_dict.py
	python3 tools/fuzz/gen_seeds.py
	python3 tools/fuzz/gen_tls_seeds.py

-include $(shell find $(FUZZ_B)/libfuzzer/obj $(FUZZ_B)/afl/obj $(FUZZ_B)/cov/obj -name '*.d' 2>/dev/null)
