# bale — build and test.
#
#   make             optimized build/bale (objects in build/release/)
#   make debug       build/debug/bale (-O1 -g, debug asserts)
#   make asan        build/asan/bale and unit tests under AddressSanitizer + UBSan
#   make demo        build bale and bundle the example project
#   make test        install test dependencies, run unit tests (release and asan) and e2e tests
#   make bench       time and peak memory beside esbuild and rolldown; make bench-heap under DHAT
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
C_FILES  := $(shell find src tests/unit tests/tools -name '*.c' -o -name '*.h' | sort)

.PHONY: all release debug asan demo test test-unit test-unit-asan test-e2e test-e2e-asan \
        test-deps test-conformance test-roundtrip test-ts test-ts-asan ts-print bench bench-ts bench-heap fmt fmt-check check-headers clean
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

test-conformance: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale node --test --test-reporter=spec tests/conformance/*.test.mjs
test-ts: $(B)/release/ts_print
	TS_PRINT=$(CURDIR)/$(B)/release/ts_print node --test --test-reporter=spec tests/ts/*.test.mjs
test-ts-asan: $(B)/asan/ts_print
	TS_PRINT=$(CURDIR)/$(B)/asan/ts_print node --test --test-reporter=spec tests/ts/*.test.mjs
test-roundtrip: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale node --test --test-reporter=spec tests/roundtrip/*.test.mjs

# Speed and memory side by side with esbuild and rolldown (bench/README.md). Never fails a build.
bench: $(B)/bale $(B)/release/ts_print
	TS_PRINT=$(CURDIR)/$(B)/release/ts_print BALE=$(CURDIR)/$(B)/bale bench/run.sh
# TypeScript transform throughput beside esbuild (also part of make bench).
bench-ts: $(B)/release/ts_print
	TS_PRINT=$(CURDIR)/$(B)/release/ts_print node bench/ts.mjs
bench-heap: $(B)/bale
	BALE=$(CURDIR)/$(B)/bale bench/run.sh heap

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
