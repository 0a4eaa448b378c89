// Tests of js/scope through the parser: which symbol each identifier is bound to (dumped as
// name@symbol for references, name#symbol for declarations), the symbol table (name:kind@scope),
// the scope tree (kind<parent with flags), hoisting, shadowing, closures over later
// declarations, arrow parameters, Annex B block functions, globals and determinism.
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "js/scope.h"
#include "test.h"

typedef struct ScopeCase {
    const char *src;
    SourceType type;
    const char *dump;    // ast_dump_program
    const char *symbols; // name:kind@scope, in symbol order
    const char *scopes;  // kind<parent, in scope order (flags: !strict, +eval, ~with)
} ScopeCase;

static void append_symbols(const ScopeTable *st, StrBuf *b) {
    for (uint32_t i = 0; i < st->symbols.len; i++) {
        const Symbol *s = &st->symbols.items[i];
        if (i)
            strbuf_append_char(b, ' ');
        Str name = scope_symbol_name(st, i);
        strbuf_printf(b, "%.*s:%s@%u", STR_FMT(name), scope_symbol_kind_name((SymbolKind)s->kind),
                      s->scope);
    }
}

static void append_scopes(const ScopeTable *st, StrBuf *b) {
    for (uint32_t i = 0; i < st->scopes.len; i++) {
        const Scope *s = &st->scopes.items[i];
        if (i)
            strbuf_append_char(b, ' ');
        strbuf_append_cstr(b, scope_kind_name((ScopeKind)s->kind));
        if (s->parent != ID_NONE)
            strbuf_printf(b, "<%u", s->parent);
        if (s->flags & SCOPEF_STRICT)
            strbuf_append_char(b, '!');
        if (s->flags & SCOPEF_EVAL)
            strbuf_append_char(b, '+');
        if (s->flags & SCOPEF_WITH)
            strbuf_append_char(b, '~');
    }
}

// Parses src and checks the three views of it.
static void check_case(TestState *t, const ScopeCase *c) {
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_SCOPES, 0);
    DiagSink *sink = diag_create(mem, 0);
    StrBuf b;
    strbuf_init(&b, mem, MEM_OTHER);
    DiagFile file = { STR("test.js"), { c->src, strlen(c->src) } };
    ParseOptions options = { .source_type = c->type };
    ParseResult r;
    bool ok = parse_program(&file, sink, &arena, &options, &r);
    if (!CHECK(ok)) {
        diag_print(sink, stdout, false);
    } else {
        ast_dump_program(&r.ast, c->src, &b);
        bool good = CHECK_STR_EQ(strbuf_str(&b), str_from_cstr(c->dump));
        strbuf_clear(&b);
        append_symbols(&r.scopes, &b);
        good &= CHECK_STR_EQ(strbuf_str(&b), str_from_cstr(c->symbols));
        strbuf_clear(&b);
        append_scopes(&r.scopes, &b);
        good &= CHECK_STR_EQ(strbuf_str(&b), str_from_cstr(c->scopes));
        if (!good)
            printf("  in: %s\n", c->src);
    }
    strbuf_deinit(&b);
    diag_destroy(sink);
    arena_deinit(&arena);
    mem_destroy(mem);
}

TEST(test_scope_binding) {
    static const ScopeCase cases[] = {
        { "f(); function f() { return g; } let g = () => x;", PARSE_SCRIPT,
          "(expr (call f@0 [])) (fndecl (fn f#0 [] (block [(return g@1)]))) (var:let [(decl g#1 "
          "(fn:arrow:expr _ [] x@2))])",
          "f:function@0 g:let@0 x:unbound@0", "script function<0 arrow<0" },
        { "let a = 1; { let a = 2; a; } a;", PARSE_SCRIPT,
          "(var:let [(decl a#0 1)]) (block [(var:let [(decl a#1 2)]) (expr a@1)]) (expr a@0)",
          "a:let@0 a:let@1", "script block<0" },
        { "function h(a) { a; { var b; } b; var a; }", PARSE_SCRIPT,
          "(fndecl (fn h#0 [a#1] (block [(expr a@1) (block [(var:var [(decl b#2 _)])]) (expr b@2) "
          "(var:var [(decl a#1 _)])])))",
          "h:function@0 a:param@1 b:var@1", "script function<0 block<1" },
        { "function outer() { return () => later; } let later = 1;", PARSE_SCRIPT,
          "(fndecl (fn outer#0 [] (block [(return (fn:arrow:expr _ [] later@1))]))) (var:let "
          "[(decl later#1 1)])",
          "outer:function@0 later:let@0", "script function<0 arrow<1" },
        { "(a, b = a) => a + b + c;", PARSE_SCRIPT,
          "(expr (fn:arrow:expr _ [a#0 (assign-pattern b#1 a@0)] (binary + (binary + a@0 b@1) "
          "c@2)))",
          "a:param@1 b:param@1 c:unbound@0", "script arrow<0" },
        { "(x) + y; x => x;", PARSE_SCRIPT,
          "(expr (binary + x@1 y@2)) (expr (fn:arrow:expr _ [x#0] x@0))",
          "x:param@1 x:unbound@0 y:unbound@0", "script arrow<0" },
        { "console.log(x); x = 1; typeof x; undefinedThing;", PARSE_SCRIPT,
          "(expr (call (member console@0 log) [x@1])) (expr (assign = x@1 1)) (expr (unary typeof "
          "x@1)) (expr undefinedThing@2)",
          "console:unbound@0 x:unbound@0 undefinedThing:unbound@0", "script" },
        { "try { } catch (e) { var e; e; } e;", PARSE_SCRIPT,
          "(try (block []) (catch e#0 (block [(var:var [(decl e#1 _)]) (expr e@0)])) _) (expr e@1)",
          "e:catch@2 e:var@0", "script block<0 catch<0" },
        { "try { } catch ([e]) { e; }", PARSE_SCRIPT,
          "(try (block []) (catch (array-pattern [e#0]) (block [(expr e@0)])) _)", "e:catch@2",
          "script block<0 catch<0" },
        { "{ function f() {} } f;", PARSE_SCRIPT,
          "(block [(fndecl (fn f#0 [] (block [])))]) (expr f@1)", "f:block-function@1 f:hoisted@0",
          "script block<0 function<1" },
        { "\"use strict\"; { function f() {} } f;", PARSE_SCRIPT,
          "(directive \"use strict\") (block [(fndecl (fn f#0 [] (block [])))]) (expr f@1)",
          "f:block-function@1 f:unbound@0", "script! block<0! function<1!" },
        { "class C { m() { return C; } } C;", PARSE_SCRIPT,
          "(classdecl (class C#0 _ [(prop:method m (fn _ [] (block [(return C@1)])))])) (expr C@0)",
          "C:class@0 C:class-name@1", "script class<0! function<1!" },
        { "x = class D { static n = D; };", PARSE_SCRIPT,
          "(expr (assign = x@1 (class D#0 _ [(prop:static n D@0)])))", "D:class-name@1 x:unbound@0",
          "script class<0!" },
        { "var v = function g() { g; };", PARSE_SCRIPT,
          "(var:var [(decl v#0 (fn g#1 [] (block [(expr g@1)])))])", "v:var@0 g:func-name@1",
          "script function<0" },
        { "for (let i = 0; i < 3; i++) { setTimeout(() => i); } i;", PARSE_SCRIPT,
          "(for (var:let [(decl i#0 0)]) (binary < i@0 3) [(update ++ i@0) (block [(expr (call "
          "setTimeout@1 [(fn:arrow:expr _ [] i@0)]))])]) (expr i@2)",
          "i:let@1 setTimeout:unbound@0 i:unbound@0", "script for<0 block<1 arrow<2" },
        { "for (var j of a) ; j;", PARSE_SCRIPT,
          "(for-of (var:var [(decl j#0 _)]) a@1 (empty)) (expr j@0)", "j:var@0 a:unbound@0",
          "script" },
        { "switch (x) { case 1: let y = 1; y; } y;", PARSE_SCRIPT,
          "(switch x@1 [(case 1 [(var:let [(decl y#0 1)]) (expr y@0)])]) (expr y@2)",
          "y:let@1 x:unbound@0 y:unbound@0", "script block<0" },
        { "with (o) { p; }", PARSE_SCRIPT, "(with o@0 (block [(expr p@1)]))",
          "o:unbound@0 p:unbound@0", "script with<0~ block<1~" },
        { "function e() { eval(\"x\"); } function n() { (0, eval)(\"x\"); }", PARSE_SCRIPT,
          "(fndecl (fn e#0 [] (block [(expr (call eval@2 [\"x\"]))]))) (fndecl (fn n#1 [] (block "
          "[(expr (call (seq [0 eval@2]) [\"x\"]))])))",
          "e:function@0 n:function@0 eval:unbound@0", "script+ function<0+ function<0" },
        { "function f() { \"use strict\"; }", PARSE_SCRIPT,
          "(fndecl (fn f#0 [] (block [(directive \"use strict\")])))", "f:function@0",
          "script function<0!" },
        { "import d, { a as b } from \"m\"; d(b); export { d as e };", PARSE_MODULE,
          "(import [(default d#0) (spec a b#1)] \"m\" []) (expr (call d@0 [b@1])) (export [(spec "
          "d@0 e)] _ [])",
          "d:import@0 b:import@0", "module!" },
        { "export function f() {} export const c = f;", PARSE_MODULE,
          "(export-decl (fndecl (fn f#0 [] (block [])))) (export-decl (var:const [(decl c#1 "
          "f@0)]))",
          "f:function@0 c:const@0", "module! function<0!" },
        { "label: for (;;) { break label; } label;", PARSE_SCRIPT,
          "(labeled label (for _ _ [_ (block [(break label)])])) (expr label@0)", "label:unbound@0",
          "script block<0" },
        { "var a\\u0062c = 1; abc;", PARSE_SCRIPT, "(var:var [(decl a\\u0062c#0 1)]) (expr abc@0)",
          "abc:var@0", "script" },
        { "x = { a, b: c, [d]: e, f() { return this.g; } };", PARSE_SCRIPT,
          "(expr (assign = x@0 (object [(prop:short a a@1) (prop b c@2) (prop:computed d@3 e@4) "
          "(prop:method f (fn _ [] (block [(return (member (this) g))])))])))",
          "x:unbound@0 a:unbound@0 c:unbound@0 d:unbound@0 e:unbound@0", "script function<0" },
    };
    for (size_t i = 0; i < countof(cases); i++)
        check_case(t, &cases[i]);
}

// The generate stage parses each module again and relies on the same SymbolIds: two parses of
// the same text give identical tables and trees.
TEST(test_scope_deterministic) {
    const char *src = "var a = b; function f(x) { return () => x + y + a; } { let z; z = f; }\n"
                      "(p, q) => p; (r) + s; class K { #m() { return K; } }";
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_SCOPES, 0);
    DiagFile file = { STR("test.js"), { src, strlen(src) } };
    ParseOptions options = { .source_type = PARSE_AUTO };
    ParseResult first;
    CHECK(parse_program(&file, NULL, &arena, &options, &first));
    Arena arena2;
    arena_init(&arena2, mem, MEM_SCOPES, 0);
    ParseResult second;
    CHECK(parse_program(&file, NULL, &arena2, &options, &second));
    CHECK_INT_EQ(first.ast.nodes.len, second.ast.nodes.len);
    CHECK(memcmp(first.ast.nodes.items, second.ast.nodes.items,
                 sizeof(Node) * first.ast.nodes.len) == 0);
    CHECK_INT_EQ(first.scopes.symbols.len, second.scopes.symbols.len);
    CHECK(memcmp(first.scopes.symbols.items, second.scopes.symbols.items,
                 sizeof(Symbol) * first.scopes.symbols.len) == 0);
    CHECK_INT_EQ(first.scopes.scopes.len, second.scopes.scopes.len);
    CHECK(memcmp(first.scopes.scopes.items, second.scopes.scopes.items,
                 sizeof(Scope) * first.scopes.scopes.len) == 0);
    arena_deinit(&arena2);
    arena_deinit(&arena);
    mem_destroy(mem);
}

// The documented memory budget of the tables.
TEST(test_scope_sizes) {
    CHECK_INT_EQ(sizeof(Scope), 16);
    CHECK_INT_EQ(sizeof(Symbol), 24);
    CHECK_INT_EQ(sizeof(ScopeEntry), 16);
}

// Use counts (references bound to a symbol), export flags, and lookups from a scope.
TEST(test_scope_uses_exports_lookup) {
    const char *src = "import d from 'm';\n"
                      "export const c = d + d;\n"
                      "export { d };\n"
                      "function f(p) { return p + g; }\n"
                      "g; g;";
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_SCOPES, 0);
    DiagFile file = { STR("test.js"), { src, strlen(src) } };
    ParseOptions options = { .source_type = PARSE_MODULE };
    ParseResult r;
    CHECK(parse_program(&file, NULL, &arena, &options, &r));
    const ScopeTable *st = &r.scopes;
    SymbolId d = scope_lookup(st, 0, STR("d"));
    SymbolId c = scope_lookup(st, 0, STR("c"));
    SymbolId f = scope_lookup(st, 0, STR("f"));
    SymbolId g = scope_lookup(st, 0, STR("g"));
    CHECK(d != ID_NONE && c != ID_NONE && f != ID_NONE && g != ID_NONE);
    CHECK_INT_EQ(st->symbols.items[d].uses, 3); // two reads and the export
    CHECK_INT_EQ(st->symbols.items[c].uses, 0);
    CHECK_INT_EQ(st->symbols.items[g].uses, 3);
    CHECK_INT_EQ(st->symbols.items[g].kind, SYM_UNBOUND);
    CHECK(st->symbols.items[d].flags & SYMF_EXPORTED);
    CHECK(st->symbols.items[c].flags & SYMF_EXPORTED);
    CHECK(!(st->symbols.items[f].flags & SYMF_EXPORTED));
    // The parameter is visible from the function's scope only.
    CHECK_INT_EQ(scope_lookup(st, 0, STR("p")), ID_NONE);
    SymbolId p = scope_lookup(st, 1, STR("p"));
    CHECK(p != ID_NONE && st->symbols.items[p].kind == SYM_PARAM);
    CHECK_INT_EQ(st->first_unbound, g);
    // The scope's symbols in declaration order.
    uint32_t count = 0;
    for (SymbolId s = st->scopes.items[0].first_symbol; s != ID_NONE; s = st->symbols.items[s].next)
        count++;
    CHECK_INT_EQ(count, 4); // d, c, f, then the global g
    arena_deinit(&arena);
    mem_destroy(mem);
}
