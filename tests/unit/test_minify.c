// Tests of the minifier's pieces: the name sequence (link/mangle.c), slot numbering
// (js/scope_slots.c) and each syntax compression of the printer (js/printer_minify.c), the
// last as a table of source -> minified output, each output parsed again (so it is valid
// JavaScript; printed again it may shrink further, as one compression can enable another).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "js/printer.h"
#include "js/scope.h"
#include "link/link.h"
#include "test.h"

// ---------------------------------------------------------------------------------------------
// Names

static int compare_cstr(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

TEST(test_minify_name_sequence) {
    char buf[16];
    // Letters in the order of their frequency in typical JavaScript (gzip likes names made of
    // the letters the code is made of), lower case first.
    CHECK_STR_EQ(link_mangled_name(0, buf), STR("e"));
    CHECK_STR_EQ(link_mangled_name(1, buf), STR("t"));
    CHECK_STR_EQ(link_mangled_name(25, buf), STR("z"));
    CHECK_STR_EQ(link_mangled_name(26, buf), STR("E"));
    CHECK_STR_EQ(link_mangled_name(53, buf), STR("$"));
    CHECK_STR_EQ(link_mangled_name(54, buf), STR("ee"));
    CHECK_STR_EQ(link_mangled_name(55, buf), STR("te"));
    CHECK_STR_EQ(link_mangled_name(54 + 54 * 64, buf), STR("eee"));
    // The first names are distinct, start with no digit and are ASCII identifiers.
    enum { N = 5000 };
    char **names = malloc(sizeof(char *) * N);
    for (uint64_t i = 0; i < N; i++) {
        Str s = link_mangled_name(i, buf);
        names[i] = strndup(s.ptr, s.len);
        CHECK(!(s.ptr[0] >= '0' && s.ptr[0] <= '9'));
    }
    qsort(names, N, sizeof(char *), compare_cstr);
    for (uint32_t i = 1; i < N; i++)
        CHECK(strcmp(names[i - 1], names[i]) != 0);
    for (uint32_t i = 0; i < N; i++)
        free(names[i]);
    free(names);
}

// ---------------------------------------------------------------------------------------------
// Slots

typedef struct SlotCase {
    const char *src;
    SourceType type;
    const char *want; // each declared symbol: name=slot, or name~twin's name
} SlotCase;

static void check_slots(TestState *t, const SlotCase *c) {
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_SCOPES, 0);
    DiagSink *sink = diag_create(mem, 0);
    StrBuf b;
    strbuf_init(&b, mem, MEM_OTHER);
    DiagFile file = { STR("test.js"), { c->src, strlen(c->src) } };
    ParseOptions options = { .source_type = c->type };
    ParseResult r;
    if (CHECK(parse_program(&file, sink, &arena, &options, &r))) {
        ScopeSlots slots;
        scope_slots(&r.scopes, &arena, &slots);
        for (SymbolId id = 0; id < r.scopes.symbols.len; id++) {
            if (r.scopes.symbols.items[id].kind == SYM_UNBOUND)
                continue;
            Str name = scope_symbol_name(&r.scopes, id);
            if (b.len)
                strbuf_append_char(&b, ' ');
            if (slots.twin_of[id] != ID_NONE) {
                Str twin = scope_symbol_name(&r.scopes, slots.twin_of[id]);
                strbuf_printf(&b, "%.*s~%.*s", STR_FMT(name), STR_FMT(twin));
            } else {
                strbuf_printf(&b, "%.*s=%u", STR_FMT(name), slots.slot_of[id]);
            }
        }
        if (!CHECK_STR_EQ(strbuf_str(&b), str_from_cstr(c->want)))
            printf("  in: %s\n", c->src);
    }
    strbuf_deinit(&b);
    diag_destroy(sink);
    arena_deinit(&arena);
    mem_destroy(mem);
}

TEST(test_minify_slots) {
    static const SlotCase cases[] = {
        // Sibling functions reuse slots; a nested scope starts after its parents'.
        { "var top; function f(a, b) { let c; } function g(x) { { let y; } }", PARSE_SCRIPT,
          "top=0 f=1 a=3 b=4 c=5 g=2 x=3 y=4" },
        // A class declaration's inner name shares the outer binding's name.
        { "class A { m() { return A; } }", PARSE_MODULE, "A=0 A~A" },
        // A class expression's only name has a slot of its own.
        { "(class B {});", PARSE_MODULE, "B=0" },
        // Annex B: a sloppy block function and the var it is copied into.
        { "function f() { { function g() {} } return g; }", PARSE_SCRIPT, "f=0 g~g g=1" },
        // Strict code copies nothing.
        { "'use strict'; function f() { { function g() {} } }", PARSE_SCRIPT, "f=0 g=1" },
        // Annex B.3.5: `var e` in the catch block names the function's var but assigns the
        // parameter, so the parameter prints as the var does.
        { "function f() { try {} catch (e) { var e = 1; } return e; }", PARSE_SCRIPT,
          "f=0 e~e e=1" },
    };
    for (size_t i = 0; i < countof(cases); i++)
        check_slots(t, &cases[i]);
}

// ---------------------------------------------------------------------------------------------
// Syntax

typedef struct MinCase {
    const char *src;
    const char *want; // printed with minify_whitespace and minify_syntax
} MinCase;

static bool print_minified(Mem *mem, Arena *arena, const char *src, StrBuf *out) {
    arena_reset(arena);
    strbuf_clear(out);
    DiagSink *sink = diag_create(mem, 0);
    DiagFile file = { STR("test.js"), str_from_cstr(src) };
    ParseOptions popt = { .source_type = PARSE_SCRIPT };
    ParseResult res;
    bool ok = parse_program(&file, sink, arena, &popt, &res);
    if (ok) {
        PrintOptions opt = { .minify_whitespace = true, .minify_syntax = true };
        Printer p;
        printer_init(&p, &res.ast, file.text, out, &opt);
        printer_program(&p);
    } else {
        diag_print(sink, stdout, false);
    }
    diag_destroy(sink);
    return ok;
}

TEST(test_minify_syntax) {
    static const MinCase cases[] = {
        // Booleans, and where the prefix expression needs parentheses.
        { "x = true, y = false;", "x=!0,y=!1;" },
        { "true.toString(); (true) ** 2; -true;", "(!0).toString(),(!0)**2,-!0;" },
        // Numbers: the shortest text with the same value.
        { "x = [1000, 1000000, 0.5, 0x10, 1.50, 0.0001, 1e-7, 5., 12e20, 1e21, 1e999];",
          "x=[1e3,1e6,.5,16,1.5,1e-4,1e-7,5,12e20,1e21,1e999];" },
        { "x = 1000..toString() + 0x10.x + 100 .y;", "x=1e3.toString()+16..x+100..y;" },
        // Strings in double quotes when that needs no more escapes.
        { "x = ['a', 'it\\'s', 'say \"hi\"', \"q\"];", "x=[\"a\",\"it's\",'say \"hi\"',\"q\"];" },
        // `\u00hh` escapes are `\xhh`.
        { "x = [\"\\u001B[\", '\\u00e9\\u0100', \"\\\\u00ff\", 'a\\'\\u0041\"'];",
          "x=[\"\\x1B[\",\"\\xe9\\u0100\",\"\\\\u00ff\",\"a'\\x41\\\"\"];" },
        // Property names.
        { "x = a['b'] + a['b-c'] + 1['toFixed'] + a?.['d'];",
          "x=a.b+a[\"b-c\"]+1[\"toFixed\"]+a?.d;" },
        { "x = { 'a': 1, \"b c\": 2 };", "x={a:1,\"b c\":2};" },
        // typeof comparisons.
        { "x = typeof a === 'undefined', y = typeof b !== \"undefined\";",
          "x=typeof a>\"u\",y=typeof b<\"u\";" },
        { "x = typeof a === 'string', y = a === 'string';",
          "x=typeof a==\"string\",y=a===\"string\";" },
        // if statements as expressions.
        { "if (a) b();", "a&&b();" },
        { "if (!a) b();", "a||b();" },
        { "if (a) b(); else c();", "a?b():c();" },
        { "if (!a) { b(); } else { c(); d(); }", "a?(c(),d()):b();" },
        { "if (a || b) c = 1;", "(a||b)&&(c=1);" },
        { "if (a) { let x = 1; f(x); }", "if(a){let x=1;f(x)}" },
        { "function f() { if (a) { return; } }", "function f(){if(a)return}" },
        // Constant tests keep declarations the dropped branch makes.
        { "if (false) f(); else g();", "g();" },
        { "if (true) f();", "f();" },
        { "if (0) { var v = 1; }", "if(0)var v=1;" },
        { "while (x) if (false) f();", "while(x);" },
        // One-statement blocks, and an `else` that must not join an inner `if`.
        { "while (a) { b(); }", "while(a)b();" },
        { "if (a) { if (b) c(); } else d();", "a?b&&c():d();" },
        { "if (a) { if (b) c(); } else { d(); var v; }", "if(a){b&&c()}else{d();var v}" },
        // Arrow bodies that only return.
        { "f = () => { return a; }, g = (x) => { return { x }; }, h = () => { return; };",
          "f=()=>a,g=x=>({x}),h=()=>{};" },
        { "f = () => { g(); return a; }, h = () => { if (a) return b; g(); return {}; };",
          "f=()=>(g(),a),h=()=>a?b:(g(),{});" },
        { "for (f = () => { if (a) return b in c; return d; };;);",
          "for(f=()=>{return a?b in c:d};;);" },
        // A choice of two returns.
        { "function f() { if (a) return b; return c; }", "function f(){return a?b:c}" },
        { "function f() { if (!a) { return b; } return c, d; }", "function f(){return a?(c,d):b}" },
        { "function f() { if (a) return; return c; }", "function f(){if(!a)return c}" },
        // What follows an `else` after a branch that always leaves.
        { "function f() { if (a) { g(); return 1; } else { h(); var x = 2; } return x; }",
          "function f(){if(a)return g(),1;h();var x=2;return x}" },
        { "function f() { if (a) return 1; else if (b) throw c; else { let y; g(y); } }",
          "function f(){if(a)return 1;if(b)throw c;{let y;g(y)}}" },
        { "function f() { if (a) return 1; else return 2; }", "function f(){return a?1:2}" },
        { "function f() { for (;;) { if (a) continue; else g(); h(); } }",
          "function f(){for(;;){if(a)continue;g(),h()}}" },
        // Statements joined into sequences; return and throw take the expressions before them.
        { "a(); b(); if (c) d(); e = 1;", "a(),b(),c&&d(),e=1;" },
        { "function f() { a(); if (b) c(); return d; }", "function f(){return a(),b&&c(),d}" },
        { "function f() { a(); throw b; }", "function f(){throw a(),b}" },
        { "function f() { a(); return; }", "function f(){a()}" },
        { "while (x) { a(); b(); }", "while(x)a(),b();" },
        { "function f() { if (x) { a(); return b; } else c(); d(); }",
          "function f(){if(x)return a(),b;c(),d()}" },
        { "if (a) b(); else if (c) d(); else e();", "a?b():c?d():e();" },
        { "if (a) { f(); } else if (c) d(); else { let x; }",
          "if(a)f();else if(c)d();else{let x}" },
        { "if (a) for (;;); else if (c) d(); else e();", "if(a)for(;;);else c?d():e();" },
        // Returns chosen by tests.
        { "function f() { if (a) return 1; if (b) return 2; g(); return 3; }",
          "function f(){return a?1:b?2:(g(),3)}" },
        { "function f() { if (a) { g(); return 1; } else if (!b) return 2; else return 3; }",
          "function f(){return a?(g(),1):b?3:2}" },
        { "function f() { if (a) return 1; throw b; }", "function f(){if(a)return 1;throw b}" },
        // A `return;` guard at the end of a function.
        { "function f() { if (a) return; b(); c(); }", "function f(){a||(b(),c())}" },
        { "function f() { if (a === b) return; for (;;) g(); }",
          "function f(){if(a!==b)for(;;)g()}" },
        { "function f() { if (typeof a === 'undefined') return; var x = 1; g(x); }",
          "function f(){if(typeof a<\"u\"){var x=1;g(x)}}" },
        { "function f() { if (a) return; let x = 1; g(x); }",
          "function f(){if(a)return;let x=1;g(x)}" },
        { "function f() { if (a + b) return; for (;;) g(); }",
          "function f(){if(!(a+b))for(;;)g()}" },
        // A `continue;` guard at the end of a loop body, and a last `continue;`.
        { "for (;;) { if (a) continue; b(); c(); }", "for(;;)a||(b(),c());" },
        { "for (x of y) { if (a) continue; for (;;) b(); }", "for(x of y)if(!a)for(;;)b();" },
        { "while (x) { if (a) continue; let y = 1; g(y); }",
          "while(x){if(a)continue;let y=1;g(y)}" },
        { "for (;;) { a(); continue; }", "for(;;)a();" },
        { "for (;;) { continue; }", "for(;;)continue;" },
        { "a: for (;;) { for (;;) { if (b) continue a; c(); } }",
          "a:for(;;)for(;;){if(b)continue a;c()}" },
        { "for (;;) switch (a) { case 1: if (b) continue; c(); }",
          "for(;;)switch(a){case 1:if(b)continue;c()}" },
        // `new X()` and `{ a: a }` (Infinity: generate/minify.c, tests/minify/cases).
        { "x = [new A(), new A().b, new (A())(), new new A()(), new A(1)];",
          "x=[new A,new A().b,new(A()),new new A(),new A(1)];" },
        { "x = { '0': a, '10': b, '01': c, '-1': d, '1.5': e, [2]: f, [0x10]: g, 3: h };",
          "x={0:a,10:b,\"01\":c,\"-1\":d,\"1.5\":e,2:f,16:g,3:h};" },
        { "class A { [1]() {} static ['2'] = 3; get [4]() {} }",
          "class A{1(){}static 2=3;get 4(){}}" },
        { "x = { ['a']: 1, ['b-c']: 2, ['3']: 3, ['__proto__']: 4, ['\\x61']: 5 };",
          "x={a:1,\"b-c\":2,3:3,[\"__proto__\"]:4,[\"\\x61\"]:5};" },
        { "class A { ['constructor']() {} static ['prototype'] = 1; ['get'] = 2; ['m']() {} }",
          "class A{[\"constructor\"](){}static[\"prototype\"]=1;[\"get\"]=2;m(){}}" },
        // Blocks that scope nothing join their list; `if (!a) b; else c;` flips; `&&` chains.
        { "function f() { a(); { b(); c(); } { let x; f(x); } d(); }",
          "function f(){a(),b(),c();{let x;f(x)}d()}" },
        { "function f() { if (x) { g(); } { h(); return; } }", "function f(){x&&g(),h()}" },
        { "if (!a) { for (;;); } else { for (;;) b(); }", "if(a)for(;;)b();else for(;;);" },
        { "if (!a) for (;;); else if (b) for (;;) c(); else d();",
          "if(a)if(b)for(;;)c();else d();else for(;;);" },
        { "if (a) { b && c(); } if (!a) { b || c(); } if (a) { b || c(); }",
          "a&&b&&c(),a||b||c(),a&&(b||c());" },
        // Ifs that take the same jump merge.
        { "function f() { if (a) return 3; if (b || c) return 3; if (d) return 4; g(); }",
          "function f(){if(a||b||c)return 3;if(d)return 4;g()}" },
        { "for (;;) { if (a) break; if (b) { break; } if (c) continue; if (d) continue; e(); }",
          "for(;;){if(a||b)break;c||d||e()}" },
        { "function f() { if (a) return x; if (b) return x; if (c) return y; h(); }",
          "function f(){if(a||b)return x;if(c)return y;h()}" },
        { "function f() { if (!a) return; if (b) return; if (!c) return; d(); }",
          "function f(){a&&(b||c&&d())}" },
        { "function f() { if (a) return; if (!b) return; if (c) return; d(); e(); }",
          "function f(){a||b&&(c||(d(),e()))}" },
        // Nested ifs without else join their tests.
        { "function f() { if (a || b) { if (c) { if (d ? e : g) return 1; } } h(); }",
          "function f(){if((a||b)&&c&&(d?e:g))return 1;h()}" },
        { "function f() { if (a) { if (b) return 1; } else g(); h(); }",
          "function f(){if(a){if(b)return 1}else g();h()}" },
        // while (true) is for (;;); an untagged template's \u00hh escapes are \xhh, a tagged one's
        // stay.
        { "while (true) f(); while (a in b) g();", "for(;;)f();while(a in b)g();" },
        { "x = [`\\u001B[${a}`, String.raw`\\u001B`];", "x=[`\\x1B[${a}`,String.raw`\\u001B`];" },
        // Switch: case bodies are statement lists; empty literal cases before a last default.
        { "function f() { switch (a) { case 1: f(); return 2; case 'x': case 2: default: g(); } }",
          "function f(){switch(a){case 1:return f(),2;default:g()}}" },
        { "switch (a) { case 'x': default: g(); case 'x': h(); }",
          "switch(a){case\"x\":default:g();case\"x\":h()}" },
        { "switch (a) { case b: default: g(); }", "switch(a){case b:default:g()}" },
        // Statements that evaluate nothing; `return void 0`.
        { "0 && f(); g(); 1 || h(); if (x) 0 && f();", ";g();;x&&0&&f();" },
        { "function f() { g(); 0 && h(); return void 0; }", "function f(){g()}" },
        { "function f() { if (a) { g(); return void 0; } h(); return 1; }",
          "function f(){if(a){g();return}return h(),1}" },
        { "x = { a: a, b: c, __proto__: __proto__, 'd': d, [e]: e };",
          "x={a,b:c,__proto__:__proto__,d:d,[e]:e};" },
        // Declarations in a row.
        { "var a = 1; var b = 2; let c; let d; const e = 1; var f;",
          "var a=1,b=2;let c,d;const e=1;var f;" },
        { "if (x) var a = 1; var b = 2;", "if(x)var a=1;var b=2;" },
    };
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_AST, 0);
    StrBuf first;
    StrBuf second;
    strbuf_init(&first, mem, MEM_OTHER);
    strbuf_init(&second, mem, MEM_OTHER);
    for (size_t i = 0; i < countof(cases); i++) {
        if (!CHECK(print_minified(mem, &arena, cases[i].src, &first)))
            continue;
        if (!CHECK_STR_EQ(strbuf_str(&first), str_from_cstr(cases[i].want)))
            printf("  (source: %s)\n", cases[i].src);
        CHECK(print_minified(mem, &arena, first.data, &second));
    }
    strbuf_deinit(&first);
    strbuf_deinit(&second);
    arena_deinit(&arena);
    mem_destroy(mem);
}
