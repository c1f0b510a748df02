# `make bench`: imapkit beside libetpan on generated workloads. Included by the
# Makefile (-include bench.mk); never part of `make test`, never pass/fail on
# speed. See docs/performance.md and tools/bench/.
#
#   make bench                      everything (about two minutes on two cores)
#   make bench BENCH_RUNS=9         more runs per figure
#   make bench BENCH_SCALE=0.25     smaller workloads (quick look)
#   make bench-build                only build the benchmark programs
#
# The benchmark programs and their own -O2 copy of the core (not the -O1
# sanitizer build, not $(B)) live in build-bench/.

BB            := build-bench
BENCH_OPT     ?= -O2 -g
BENCH_RUNS    ?= 5
BENCH_SCALE   ?= 1
BENCH_SEED    ?= 20240115
BENCH_CFLAGS   = $(CSTD) $(WARN) $(BENCH_OPT) -DNDEBUG

BENCH_RAGELFLAGS ?= $(RAGELFLAGS)
# The Ragel machines are compiled from the .rl files into build-bench/gen/, so
# the benchmark measures the grammar as it stands (and can try other code
# styles: make bench BENCH_RAGELFLAGS=-G1) without ever writing into parser/.
BB_RL_C       := $(RL_C:parser/%.c=$(BB)/gen/%.c)
BB_CORE_OBJ   := $(patsubst %.c,$(BB)/obj/%.o,$(filter-out $(RL_C),$(CORE_SRC))) $(BB_RL_C:%.c=%.o)
BB_HDRS       := $(wildcard parser/*.h generator/*.h)
# The synthetic capture writer of the trace decoder, when it is there.
BB_SYNTH      := $(wildcard tools/trace/synth.c)

.PHONY: bench bench-build
# Generated C is an intermediate make would otherwise delete after the build.
.SECONDARY: $(BB_RL_C)

bench:
	@bash tools/deps.sh --bench --quiet
	@$(MAKE) --no-print-directory -j$$(nproc) bench-build
	@# The trace decoder's rate needs the CLI; a broken tree elsewhere only skips it.
	@$(MAKE) --no-print-directory -j$$(nproc) $(B)/imapkit >$(BB)/cli-build.log 2>&1 || \
	  echo "bench: building $(B)/imapkit failed (see $(BB)/cli-build.log): trace rate skipped"
	@BENCH_RUNS=$(BENCH_RUNS) BENCH_SCALE=$(BENCH_SCALE) BENCH_SEED=$(BENCH_SEED) \
	  BENCH_CLI=$(B)/imapkit BENCH_CC="$(CC)" BENCH_OPT="$(BENCH_OPT)" \
	  bash tools/bench/run.sh $(BB)

bench-build: $(BB)/ikbench-gen $(BB)/ikbench $(BB)/ikbench-etpan $(BB)/ikbench-run \
             $(if $(BB_SYNTH),$(BB)/ikbench-capture)

$(BB)/obj/%.o: %.c $(BB_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(BENCH_CFLAGS) -c $< -o $@

$(BB)/gen/%.c: parser/%.rl $(RL_INC)
	@mkdir -p $(BB)/gen
	cd parser && $(RAGEL) $(BENCH_RAGELFLAGS) -o ../$(BB)/gen/$*.c $*.rl

$(BB)/gen/%.o: $(BB)/gen/%.c $(BB_HDRS)
	$(CC) $(CPPFLAGS) $(BENCH_CFLAGS) -c $< -o $@

$(BB)/libimapkit.a: $(BB_CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BB)/ikbench-gen: tools/bench/gen.c
	@mkdir -p $(BB)
	$(CC) $(BENCH_CFLAGS) -o $@ $<

$(BB)/ikbench: tools/bench/bench.c tools/bench/alloc.c tools/bench/common.h $(BB)/libimapkit.a
	$(CC) $(CPPFLAGS) $(BENCH_CFLAGS) -o $@ tools/bench/bench.c tools/bench/alloc.c $(BB)/libimapkit.a

# libetpan installs no pkg-config file on Debian: plain -letpan.
$(BB)/ikbench-etpan: tools/bench/etpan.c tools/bench/alloc.c tools/bench/common.h
	@mkdir -p $(BB)
	$(CC) $(BENCH_CFLAGS) -D_GNU_SOURCE -o $@ tools/bench/etpan.c tools/bench/alloc.c -letpan

# Runs a command and reports its CPU time and peak RSS (the trace figures).
$(BB)/ikbench-run: tools/bench/runstat.c
	@mkdir -p $(BB)
	$(CC) $(CPPFLAGS) $(BENCH_CFLAGS) -o $@ $<

$(BB)/ikbench-capture: tools/bench/capture.c $(BB_SYNTH) $(wildcard tools/trace/synth.h tools/trace/decode.h)
	@mkdir -p $(BB)
	$(CC) $(CPPFLAGS) -Itools/trace $(BENCH_CFLAGS) -o $@ tools/bench/capture.c $(BB_SYNTH) -lcrypto
