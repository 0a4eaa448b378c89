# bale — build and test.
#
#   make             optimized build/bale (objects in build/release/)
#   make debug       build/debug/bale (-O1 -g, debug asserts)
#   make asan        build/asan/bale and unit tests under AddressSanitizer + UBSan
#   make demo        build bale and bundle the example project
#   make test        install test dependencies, run unit tests (release and asan) and e2e tests
#   make test-resolve  the resolver against node, esbuild and tsc on real npm packages
#   make test-sourcemap  every identifier and literal of real bundles traced through their maps;
#                    a thrown error's stack in headless Chromium resolved to the original files
#   make fuzz        libFuzzer on parse -> print -> parse (clang; FUZZ_TIME seconds, default 300)
#   make bench       time and peak memory beside esbuild and rolldown, then minified sizes;
#                    make bench-heap under DHAT; make bench-minify the minified sizes alone;
#                    make bench-parser parser/printer MB/s beside esbuild and oxc-parser
#   make fmt         format the C sources; make fmt-check fails on any difference
#   make check-headers  compile each header on its own
#   make clean
#
# CC, CFLAGS and LDFLAGS may be overridden; WERROR=1 turns warnings into errors (CI does).

CC      ?= cc
CFLAGS  ?=
LDFLAGS ?=
WERROR  ?=
# Build directory; helpers working side by side may each use their own.
B       ?= build

WARNINGS := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wimplicit-fallthrough -Wvla -Wformat=2 -Wno-unused-parameter
ifneq ($(WERROR),)
WARNINGS += -Werror
endif

BASE_CFLAGS := -std=c11 -D_GNU_SOURCE -Isrc -pthread $(WARNINGS)
CFLAGS_release := -O2 -g -DNDEBUG
CFLAGS_debug   := -O1 -g -DBALE_DEBUG
CFLAGS_asan    := -O1 -g -DBALE_DEBUG -fsanitize=address,undefined -fno-omit-frame-pointer \
                  -fno-sanitize-recover=all
LDFLAGS_asan   := -fsanitize=address,undefined

MAIN_SRC := src/main.c
LIB_SRC  := $(filter-out $(MAIN_SRC),$(shell find src -name '*.c' | sort))
TEST_SRC := $(shell find tests/unit -name '*.c' | sort)
HEADERS  := $(shell find src -name '*.h' | sort)
C_FILES  := $(shell find src tests/unit tests/tools tests/fuzz -name '*.c' -o -name '*.h' | sort) \
            bench/parse_bench.c

.PHONY: all release debug asan demo test test-unit test-unit-asan test-e2e test-e2e-asan \
        test-deps test-bundle test-bundle-asan test-sourcemap test-resolve test-conformance \
        test-roundtrip test-ts test-ts-asan ts-print fuzz fuzz-build bench bench-ts bench-heap \
        bench-minify bench-parser fmt fmt-check check-headers clean
.DEFAULT_GOAL := release

# V=1 shows the compiler command lines.
Q := $(if $(V),,@)

# Rules for one build mode: objects, the bale binary and the unit-test binary.
define MODE_RULES
$(B)/$(1)/%.o: %.c
	@mkdir -p $$(@D)
	@$(if $(V),:,echo "  CC  $$@")
	$(Q)$$(CC) $$(BASE_CFLAGS) $$(CFLAGS_$(1)) $$(CFLAGS) -MMD -MP -c $$< -o $$@

$(B)/$(1)/bale: $$(addprefix $(B)/$(1)/,$$(LIB_SRC:.c=.o) $$(MAIN_SRC:.c=.o))
	@$(if $(V),:,echo "  LD  $$@")
	$(Q)$$(CC) $$(BASE_CFLAGS) $$(CFLAGS_$(1)) $$(CFLAGS) -o $$@ $$^ $$(LDFLAGS_$(1)) $$(LDFLAGS) -lm

$(B)/$(1)/test_unit: $$(addprefix $(B)/$(1)/,$$(LIB_SRC:.c=.o) $$(TEST_SRC:.c=.o))
	@$(if $(V),:,echo "  LD  $$@")
	$(Q)$$(CC) $$(BASE_CFLAGS) $$(CFLAGS_$(1)) $$(CFLAGS) -o $$@ $$^ $$(LDFLAGS_$(1)) $$(LDFLAGS) -lm

# The resolver on the command line, for the oracle tests in tests/resolve.
$(B)/$(1)/resolve_tool: $$(addprefix $(B)/$(1)/,$$(LIB_SRC:.c=.o) tests/tools/resolve_tool.o)
	@$(if $(V),:,echo "  LD  $$@")
	$(Q)$$(CC) $$(BASE_CFLAGS) $$(CFLAGS_$(1)) $$(CFLAGS) -o $$@ $$^ $$(LDFLAGS_$(1)) $$(LDFLAGS) -lm
# A test-only tool (tests/tools/ts_print.c): parse + print one file with TypeScript/JSX options.
$(B)/$(1)/ts_print: $$(addprefix $(B)/$(1)/,$$(LIB_SRC:.c=.o) tests/tools/ts_print.o)
	@$(if $(V),:,echo "  LD  $$@")
	$(Q)$$(CC) $$(BASE_CFLAGS) $$(CFLAGS_$(1)) $$(CFLAGS) -o $$@ $$^ $$(LDFLAGS_$(1)) $$(LDFLAGS) -lm
endef
$(foreach m,release debug asan,$(eval $(call MODE_RULES,$(m))))

ts-print: $(B)/release/ts_print

release: $(B)/bale
$(B)/bale: $(B)/release/bale
	cp $< $@
debug: $(B)/debug/bale $(B)/debug/test_unit
asan: $(B)/asan/bale $(B)/asan/test_unit

demo: $(B)/bale
	@scripts/demo.sh

# Test dependencies (Debian and npm packages pinned in tests/package-lock.json).
test-deps:
	@scripts/install-test-deps.sh

test-unit: $(B)/release/test_unit
	$(B)/release/test_unit
test-unit-asan: $(B)/asan/test_unit
	$(B)/asan/test_unit
test-e2e: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale node --test --test-reporter=spec tests/e2e/*.test.mjs
test-e2e-asan: $(B)/asan/bale
	BALE=$(CURDIR)/$(B)/asan/bale BALE_SANITIZED=1 node --test --test-reporter=spec tests/e2e/*.test.mjs

test-bundle: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale node --test --test-reporter=spec tests/bundle/*.test.mjs tests/minify/*.test.mjs
test-bundle-asan: $(B)/asan/bale
	BALE=$(CURDIR)/$(B)/asan/bale BALE_SANITIZED=1 node --test --test-reporter=spec tests/bundle/*.test.mjs tests/minify/*.test.mjs
# The resolver against node (--platform=node) and esbuild (--platform=browser) on real packages,
# and against TypeScript's resolveModuleName on a tsconfig corpus.
test-sourcemap: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale node --test --test-reporter=spec tests/sourcemap/*.test.mjs

test-resolve: $(B)/release/resolve_tool
	RESOLVE_TOOL=$(CURDIR)/$(B)/release/resolve_tool node --test --test-reporter=spec tests/resolve/*.test.mjs

test-conformance: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale node --test --test-reporter=spec tests/conformance/*.test.mjs
test-ts: $(B)/release/ts_print
	TS_PRINT=$(CURDIR)/$(B)/release/ts_print node --test --test-reporter=spec tests/ts/*.test.mjs
test-ts-asan: $(B)/asan/ts_print
	TS_PRINT=$(CURDIR)/$(B)/asan/ts_print node --test --test-reporter=spec tests/ts/*.test.mjs
test-roundtrip: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale node --test --test-reporter=spec tests/roundtrip/*.test.mjs

# libFuzzer harness (tests/fuzz/README.md): clang only, all sources in one ASan+UBSan binary.
FUZZ_CC   ?= clang
FUZZ_TIME ?= 300
FUZZ_FLAGS := -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
              -fno-omit-frame-pointer
fuzz-build: $(B)/fuzz/fuzz_js
$(B)/fuzz/fuzz_js: $(LIB_SRC) $(HEADERS) tests/fuzz/fuzz_js.c
	@mkdir -p $(@D)
	@command -v $(FUZZ_CC) >/dev/null || scripts/install-fuzz-deps.sh
	$(FUZZ_CC) $(BASE_CFLAGS) $(FUZZ_FLAGS) -o $@ $(LIB_SRC) tests/fuzz/fuzz_js.c -lm
fuzz: $(B)/fuzz/fuzz_js test-deps
	@[ -d $(B)/fuzz/seeds ] || tests/fuzz/seed.sh $(CURDIR)/$(B)/fuzz/seeds
	@mkdir -p $(B)/fuzz/corpus $(B)/fuzz/crashes
	$(B)/fuzz/fuzz_js -max_total_time=$(FUZZ_TIME) -dict=tests/fuzz/js.dict -max_len=8192 \
	    -timeout=10 -rss_limit_mb=2048 -artifact_prefix=$(B)/fuzz/crashes/ \
	    $(B)/fuzz/corpus $(B)/fuzz/seeds

# Speed and memory side by side with esbuild and rolldown (bench/README.md). Never fails a build.
bench: $(B)/bale $(B)/bench/parse_bench $(B)/release/ts_print
	TS_PRINT=$(CURDIR)/$(B)/release/ts_print BALE=$(CURDIR)/$(B)/bale PARSE_BENCH=$(CURDIR)/$(B)/bench/parse_bench bench/run.sh
# TypeScript transform throughput beside esbuild (also part of make bench).
bench-ts: $(B)/release/ts_print
	TS_PRINT=$(CURDIR)/$(B)/release/ts_print node bench/ts.mjs
bench-heap: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale bench/run.sh heap
# Minified sizes beside esbuild and terser (bench/minify.mjs); needs the test packages.
bench-minify: $(B)/bale test-deps
	BALE=$(CURDIR)/$(B)/bale bench/run.sh minify
# Parser and printer throughput only (bench/README.md): bale, esbuild and oxc-parser on large
# single files; a few minutes instead of the whole bench.
bench-parser: $(B)/bale $(B)/bench/parse_bench
	BALE=$(CURDIR)/$(B)/bale PARSE_BENCH=$(CURDIR)/$(B)/bench/parse_bench bench/run.sh parser
$(B)/bench/parse_bench: $(addprefix $(B)/release/,$(LIB_SRC:.c=.o)) bench/parse_bench.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CFLAGS_release) $(CFLAGS) -o $@ $^ $(LDFLAGS) -lm

test: test-deps
	+@scripts/run-tests.sh

fmt:
	clang-format -i $(C_FILES)
fmt-check:
	clang-format --dry-run --Werror $(C_FILES)

check-headers:
	@for h in $(HEADERS); do \
	  echo "#include \"$${h#src/}\"" | $(CC) $(BASE_CFLAGS) -fsyntax-only -x c - || exit 1; \
	done; echo "check-headers: $(words $(HEADERS)) headers compile alone"

clean:
	rm -rf $(B)

-include $(shell find $(B) -name '*.d' 2>/dev/null)
