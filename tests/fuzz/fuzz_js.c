// The libFuzzer harness (`make fuzz`, see tests/fuzz/README.md): random bytes through the
// JavaScript front end, checking what must hold for every input, not only for valid programs.
//
// The first byte chooses the target, the rest is the input:
//   - regular expressions (1 in 8): the validator on the pattern, with flags from the second
//     byte; it must return, whatever the pattern.
//   - programs (the others): parse under the source type and print mode the first byte picks
//     (and, 1 in 2, as JSX kept as JSX: `jsx: preserve`, whose printing must be idempotent too;
//     1 in 2 with the printer's syntax compression, --minify-syntax in transform mode, and
//     then legal comments at the end). Calls of `f`, `a.b`, `console.log` and `x.y.z` are
//     pure (--pure:NAME).
//     When the input parses, the printed text must parse again under the same goal, and
//     printing that must give the same text (print ∘ parse is idempotent). A violation aborts
//     with both texts, which libFuzzer saves as a crash.
// Sanitizers (ASan, UBSan, LeakSanitizer) catch memory errors on the way; a fresh Mem per
// input makes every leak of the tracker visible too.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/mem.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "js/printer.h"
#include "js/regexp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_regexp(Mem *mem, const uint8_t *data, size_t size) {
    if (size == 0)
        return;
    uint32_t flags = data[0] & ~(uint32_t)(REGEXP_UNICODE | REGEXP_UNICODE_SETS);
    // u and v exclude each other; pick at most one from the top bits.
    if (data[0] & REGEXP_UNICODE)
        flags |= (data[0] & REGEXP_UNICODE_SETS) ? REGEXP_UNICODE_SETS : REGEXP_UNICODE;
    Arena scratch;
    arena_init(&scratch, mem, MEM_AST, 0);
    RegExpError err;
    (void)regexp_validate((Str){ (const char *)data + 1, size - 1 }, flags, &scratch, &err);
    arena_deinit(&scratch);
}

// Parses text (NUL-terminated) and prints it into out. False when it does not parse.
static bool parse_print(Mem *mem, Str text, SourceType type, bool minify, bool syntax, bool jsx,
                        StrBuf *out, DiagSink *sink, uint32_t *flags) {
    Arena arena;
    arena_init(&arena, mem, MEM_AST, 0);
    DiagFile file = { jsx ? STR("fuzz.jsx") : STR("fuzz.js"), text };
    // --pure:NAME for a few globals and paths (parser_pure.c): their calls print annotated.
    static const Str pure[] = { STR("f"), STR("a.b"), STR("console.log"), STR("x.y.z") };
    ParseOptions popt = { .source_type = type,
                          .loader = jsx ? LOADER_JSX : LOADER_JS,
                          .jsx = jsx ? JSX_PRESERVE : JSX_CLASSIC,
                          .pure_names = pure,
                          .pure_count = countof(pure) };
    ParseResult res;
    bool ok = parse_program(&file, sink, &arena, &popt, &res);
    if (ok) {
        PrintOptions opt = {
            .minify_whitespace = minify,
            .minify_syntax = syntax,
            .legal_comments = res.legal_comments.items,
            .legal_comments_len = res.legal_comments.len,
            .hashbang = res.hashbang,
            // --legal-comments=eof with compressed syntax, inline otherwise.
            .legal_at_end = syntax,
        };
        Printer p;
        printer_init(&p, &res.ast, text, out, &opt);
        printer_program(&p);
        *flags = res.flags;
    }
    arena_deinit(&arena);
    return ok;
}

static void fail(const char *what, Str input, const StrBuf *first, const StrBuf *second,
                 DiagSink *sink) {
    fprintf(stderr, "fuzz_js: %s\n--- input ---\n%.*s\n--- printed ---\n%s\n", what, STR_FMT(input),
            first->data ? first->data : "");
    if (second)
        fprintf(stderr, "--- printed again ---\n%s\n", second->data ? second->data : "");
    diag_print(sink, stderr, false);
    abort();
}

static void fuzz_program(Mem *mem, uint8_t mode, const uint8_t *data, size_t size) {
    static const SourceType types[] = { PARSE_SCRIPT, PARSE_MODULE, PARSE_AUTO, PARSE_COMMONJS };
    SourceType type = types[mode & 3];
    bool minify = mode & 4;
    bool jsx = mode & 8;
    bool syntax = mode & 16;
    // The lexer needs a NUL after the last byte.
    char *text = mem_alloc(mem, MEM_SOURCE, size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    Str input = { text, size };
    DiagSink *sink = diag_create(mem, 8);
    StrBuf first;
    StrBuf second;
    strbuf_init(&first, mem, MEM_OUTPUT);
    strbuf_init(&second, mem, MEM_OUTPUT);
    uint32_t flags = 0;
    if (parse_print(mem, input, type, minify, syntax, jsx, &first, sink, &flags)) {
        // An auto-detected module must be read back as one.
        SourceType again = (flags & PARSEF_MODULE) ? PARSE_MODULE : type;
        uint32_t flags2 = 0;
        Str printed = first.data ? strbuf_str(&first) : STR(""); // empty: no buffer yet
        if (!parse_print(mem, printed, again, minify, syntax, jsx, &second, sink, &flags2))
            fail("the printed program does not parse", input, &first, NULL, sink);
        if (!str_eq(strbuf_str(&second), printed))
            fail("printing is not idempotent", input, &first, &second, sink);
    }
    strbuf_deinit(&second);
    strbuf_deinit(&first);
    diag_destroy(sink);
    mem_free(mem, text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0 || size > (1u << 20))
        return 0;
    Mem *mem = mem_create();
    if ((data[0] & 7) == 7)
        fuzz_regexp(mem, data + 1, size - 1);
    else
        fuzz_program(mem, data[0] >> 3, data + 1, size - 1);
    mem_destroy(mem);
    return 0;
}
