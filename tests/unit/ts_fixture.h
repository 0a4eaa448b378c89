// ts_fixture: parse-and-print helpers shared by the TypeScript and JSX unit tests
// (test_ts.c, test_jsx.c). Each parse starts from a reset arena; the printed text (minified
// whitespace) is in `out` and the diagnostics of a failed parse in `errors`.
#ifndef BALE_TESTS_UNIT_TS_FIXTURE_H
#define BALE_TESTS_UNIT_TS_FIXTURE_H

#include <stdio.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "js/printer.h"

typedef struct TsFixture {
    Mem *mem;
    Arena arena;
    DiagSink *sink;
    StrBuf out;
    char errors[2048];
} TsFixture;

static inline void ts_fixture_open(TsFixture *f) {
    f->mem = mem_create();
    arena_init(&f->arena, f->mem, MEM_AST, 0);
    f->sink = NULL;
    strbuf_init(&f->out, f->mem, MEM_OTHER);
    f->errors[0] = 0;
}

static inline void ts_fixture_close(TsFixture *f) {
    strbuf_deinit(&f->out);
    arena_deinit(&f->arena);
    mem_destroy(f->mem);
}

// Parses src (named test.ts, or test.tsx for JSX loaders) with opt and prints it minified
// (legal comments included, as the CLI prints them).
static inline bool ts_fixture_print(TsFixture *f, const char *src, const ParseOptions *opt) {
    arena_reset(&f->arena);
    strbuf_clear(&f->out);
    f->errors[0] = 0;
    DiagSink *sink = diag_create(f->mem, 0);
    bool jsx = opt->loader == LOADER_TSX || opt->loader == LOADER_JSX;
    DiagFile file = { jsx ? STR("test.tsx") : STR("test.ts"), str_from_cstr(src) };
    ParseResult res;
    bool ok = parse_program(&file, sink, &f->arena, opt, &res);
    if (ok) {
        PrintOptions popt = { .minify_whitespace = true,
                              .legal_comments = res.legal_comments.items,
                              .legal_comments_len = res.legal_comments.len };
        Printer p;
        printer_init(&p, &res.ast, file.text, &f->out, &popt);
        printer_program(&p);
    } else {
        FILE *mf = fmemopen(f->errors, sizeof f->errors - 1, "w");
        if (mf) {
            diag_print(sink, mf, false);
            fclose(mf);
        }
    }
    diag_destroy(sink);
    return ok;
}

static inline Str ts_fixture_errors(const TsFixture *f) {
    return str_from_cstr(f->errors);
}

#endif
