// Tests of generate's tree passes, printed back: sloppy block functions rewritten for strict
// output (annex_b.c) and CommonJS's free names hidden from ES modules (esm_scope.c).
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "diag/diag.h"
#include "generate/generate_int.h"
#include "js/parser.h"
#include "js/printer.h"
#include "test.h"

typedef void TreePass(Ast *ast, const ScopeTable *st, Arena *scratch);

// Parses src (a sloppy script, or a module), runs the pass and prints it minified.
static bool print_after(Mem *mem, Arena *arena, const char *src, SourceType type, TreePass *pass,
                        StrBuf *out) {
    arena_reset(arena);
    strbuf_clear(out);
    DiagSink *sink = diag_create(mem, 0);
    DiagFile file = { STR("test.js"), str_from_cstr(src) };
    ParseOptions popt = { .source_type = type };
    ParseResult res;
    bool ok = parse_program(&file, sink, arena, &popt, &res);
    if (ok) {
        pass(&res.ast, &res.scopes, arena);
        PrintOptions opt = { .minify_whitespace = true };
        Printer p;
        printer_init(&p, &res.ast, file.text, out, &opt);
        printer_program(&p);
    }
    diag_destroy(sink);
    return ok;
}

typedef struct PassCase {
    const char *src;
    const char *want; // printed minified after the pass
} PassCase;

static void check_pass(TestState *t, const PassCase *cases, size_t count, SourceType type,
                       TreePass *pass) {
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_AST, 0);
    StrBuf out;
    strbuf_init(&out, mem, MEM_OTHER);
    for (size_t i = 0; i < count; i++) {
        CHECK(print_after(mem, &arena, cases[i].src, type, pass, &out));
        if (!CHECK_STR_EQ(strbuf_str(&out), str_from_cstr(cases[i].want)))
            printf("  in: %s\n", cases[i].src);
    }
    strbuf_deinit(&out);
    arena_deinit(&arena);
    mem_destroy(mem);
}

TEST(test_annex_b_lowering) {
    static const PassCase cases[] = {
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
    check_pass(t, cases, countof(cases), PARSE_SCRIPT, generate_lower_block_functions);
}

TEST(test_esm_hides_cjs_globals) {
    static const PassCase cases[] = {
        { "export const a = typeof module, b = typeof exports.x, c = [__filename, __dirname];",
          "export const a=typeof void 0,b=typeof(void 0).x,c=[void 0,void 0];" },
        // require: only probed, its calls stay; writes stay; declared names are not globals.
        { "typeof require; require('x'); exports = 1; let module = 2; module;",
          "typeof void 0;require('x');exports=1;let module=2;module;" },
        { "export default { module, exports };", "export default{module:void 0,exports:void 0};" },
    };
    check_pass(t, cases, countof(cases), PARSE_MODULE, generate_hide_cjs_globals);
}
