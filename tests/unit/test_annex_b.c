// Tests of generate/annex_b: sloppy block functions rewritten for strict output, printed back.
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "diag/diag.h"
#include "generate/generate_int.h"
#include "js/parser.h"
#include "js/printer.h"
#include "test.h"

// Parses src as a sloppy script, lowers its block functions and prints it minified.
static bool print_lowered(Mem *mem, Arena *arena, const char *src, StrBuf *out) {
    arena_reset(arena);
    strbuf_clear(out);
    DiagSink *sink = diag_create(mem, 0);
    DiagFile file = { STR("test.js"), str_from_cstr(src) };
    ParseOptions popt = { .source_type = PARSE_SCRIPT };
    ParseResult res;
    bool ok = parse_program(&file, sink, arena, &popt, &res);
    if (ok) {
        generate_lower_block_functions(&res.ast, &res.scopes, arena);
        PrintOptions opt = { .minify_whitespace = true };
        Printer p;
        printer_init(&p, &res.ast, file.text, out, &opt);
        printer_program(&p);
    }
    diag_destroy(sink);
    return ok;
}

TEST(test_annex_b_lowering) {
    static const struct {
        const char *src;
        const char *want;
    } cases[] = {
        // Moved to the front of its block, where the declaration was already callable.
        { "{ f(); function f() {} }", "{var f=function f(){};f()}" },
        { "function o() { if (x) function g() {} return g; }",
          "function o(){if(x)var g=function g(){};return g}" },
        { "switch (k) { case 1: a(); function h() {} }",
          "switch(k){case 1:var h=function h(){};a()}" },
        // Nothing copies these: strict code, a generator, a let of the name in between, and a
        // declaration directly in a function body.
        { "function s() { 'use strict'; { function f() {} } }",
          "function s(){'use strict';{function f(){}}}" },
        { "{ function* gen() {} }", "{function*gen(){}}" },
        { "let f; { function f() {} }", "let f;{function f(){}}" },
        { "function top() {}", "function top(){}" },
    };
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_AST, 0);
    StrBuf out;
    strbuf_init(&out, mem, MEM_OTHER);
    for (size_t i = 0; i < countof(cases); i++) {
        CHECK(print_lowered(mem, &arena, cases[i].src, &out));
        if (!CHECK_STR_EQ(strbuf_str(&out), str_from_cstr(cases[i].want)))
            printf("  in: %s\n", cases[i].src);
    }
    strbuf_deinit(&out);
    arena_deinit(&arena);
    mem_destroy(mem);
}
