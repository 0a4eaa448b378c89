// Tests of js/parser: source -> AST dump (ast_dump's S-expressions, identifiers as name@symbol,
// bindings as name#symbol) for statements, expressions and module items; source -> the exact
// first error ("line:col: message") for the early errors; module auto-detection; nesting
// limits; and a smoke test on typescript.js when the test dependencies are installed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "test.h"

// ---------------------------------------------------------------------------------------------
// Fixture

typedef struct ParseFixture {
    Mem *mem;
    Arena arena;
    DiagSink *sink;
    ParseResult result;
    bool ok;
    StrBuf out;
} ParseFixture;

static void fix_parse(ParseFixture *f, const char *src, size_t len, SourceType type) {
    f->mem = mem_create();
    arena_init(&f->arena, f->mem, MEM_AST, 0);
    f->sink = diag_create(f->mem, 0);
    strbuf_init(&f->out, f->mem, MEM_OTHER);
    DiagFile file = { STR("test.js"), { src, len } };
    ParseOptions options = { .source_type = type };
    f->ok = parse_program(&file, f->sink, &f->arena, &options, &f->result);
}

static void fix_close(ParseFixture *f) {
    strbuf_deinit(&f->out);
    diag_destroy(f->sink);
    arena_deinit(&f->arena);
    mem_destroy(f->mem);
}

static Str fix_dump(ParseFixture *f, const char *src) {
    strbuf_clear(&f->out);
    ast_dump_program(&f->result.ast, src, &f->out);
    return strbuf_str(&f->out);
}

// The errors as "line:col: message" lines joined by '\n'.
static Str fix_errors(ParseFixture *f) {
    char *text = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&text, &size);
    diag_print(f->sink, mem, false);
    fclose(mem);
    strbuf_clear(&f->out);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char *err = strstr(line, ": error: ");
        if (strncmp(line, "test.js:", 8) != 0 || !err)
            continue;
        if (f->out.len)
            strbuf_append_char(&f->out, '\n');
        strbuf_append_bytes(&f->out, line + 8, (size_t)(err - line - 8));
        strbuf_append_cstr(&f->out, ": ");
        strbuf_append_cstr(&f->out, err + 9);
    }
    free(text);
    return strbuf_str(&f->out);
}

typedef struct AstCase {
    const char *src;
    const char *dump;
} AstCase;

typedef struct ErrorCase {
    const char *src;
    const char *error;
} ErrorCase;

static void check_ast_cases(TestState *t, const AstCase *cases, size_t count, SourceType type) {
    for (size_t i = 0; i < count; i++) {
        ParseFixture f;
        fix_parse(&f, cases[i].src, strlen(cases[i].src), type);
        if (!CHECK(f.ok))
            printf("  in: %s\n  %.*s\n", cases[i].src, STR_FMT(fix_errors(&f)));
        else if (!CHECK_STR_EQ(fix_dump(&f, cases[i].src), str_from_cstr(cases[i].dump)))
            printf("  in: %s\n", cases[i].src);
        fix_close(&f);
    }
}

static void check_error_cases(TestState *t, const ErrorCase *cases, size_t count, SourceType type) {
    for (size_t i = 0; i < count; i++) {
        ParseFixture f;
        fix_parse(&f, cases[i].src, strlen(cases[i].src), type);
        CHECK(!f.ok);
        // Exactly one error: the parse stops at the first.
        if (!CHECK_STR_EQ(fix_errors(&f), str_from_cstr(cases[i].error)))
            printf("  in: %s\n", cases[i].src);
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Statements and expressions

TEST(test_parser_script_ast) {
    static const AstCase cases[] = {
        { "var a = 1, b;", "(var:var [(decl a#0 1) (decl b#1 _)])" },
        { "let [x, , ...y] = z;", "(var:let [(decl (array-pattern [x#0 _ (rest y#1)]) z@2)])" },
        { "const {p, q: [r], ...s} = t;", "(var:const [(decl (object-pattern [(prop:short p p#0) "
                                          "(prop q (array-pattern [r#1])) (rest s#2)]) t@3)])" },
        { "if (a) b; else c;", "(if a@0 (expr b@1) (expr c@2))" },
        { "for (;;) {}", "(for _ _ [_ (block [])])" },
        { "for (var i = 0; i < 10; i++) f(i);", "(for (var:var [(decl i#0 0)]) (binary < i@0 10) "
                                                "[(update ++ i@0) (expr (call f@1 [i@0]))])" },
        { "for (let k in o) ;", "(for-in (var:let [(decl k#0 _)]) o@1 (empty))" },
        { "for (const v of list) ;", "(for-of (var:const [(decl v#0 _)]) list@1 (empty))" },
        { "for (x.y of z) ;", "(for-of (member x@0 y) z@1 (empty))" },
        { "while (a) break;", "(while a@0 (break _))" },
        { "do x++; while (y)", "(do (expr (update ++ x@0)) y@1)" },
        { "lbl: for (;;) continue lbl;", "(labeled lbl (for _ _ [_ (continue lbl)]))" },
        { "switch (x) { case 1: y(); break; default: z(); }",
          "(switch x@0 [(case 1 [(expr (call y@1 [])) (break _)]) (case _ [(expr (call z@2 "
          "[]))])])" },
        { "try { a() } catch { b() } finally { c() }",
          "(try (block [(expr (call a@0 []))]) (catch _ (block [(expr (call b@1 []))])) (block "
          "[(expr (call c@2 []))]))" },
        { "try {} catch ({message}) {}", "(try (block []) (catch (object-pattern [(prop:short "
                                         "message message#0)]) (block [])) _)" },
        { "with (o) p;", "(with o@0 (expr p@1))" },
        { "debugger;", "(debugger)" },
        { "throw new Error(\"x\");", "(throw (new Error@0 [\"x\"]))" },
        { "function f(a, b = 1, ...c) { return a; }",
          "(fndecl (fn f#0 [a#1 (assign-pattern b#2 1) (rest c#3)] (block [(return a@1)])))" },
        { "function* g() { yield 1; yield* h(); yield; }",
          "(fndecl (fn:gen g#0 [] (block [(expr (yield 1)) (expr (yield:delegate (call h@1 []))) "
          "(expr (yield _))])))" },
        { "async function af() { await x; for await (const y of z) ; }",
          "(fndecl (fn:async af#0 [] (block [(expr (await x@2)) (for-of:await (var:const [(decl "
          "y#1 _)]) z@3 (empty))])))" },
        { "async function* ag() { yield await x; }",
          "(fndecl (fn:async:gen ag#0 [] (block [(expr (yield (await x@1)))])))" },
        { "class A extends B { constructor() { super(); } static s = 1; #p; get x() { return "
          "this.#p; } set x(v) {} static { A.s++; } accessor q = 2; }",
          "(classdecl (class A#0 B@3 [(prop:constructor constructor (fn _ [] (block [(expr (call "
          "(super) []))]))) (prop:static s 1) (prop #p _) (prop:get x (fn _ [] (block [(return "
          "(member (this) #p))]))) (prop:set x (fn _ [v#2] (block []))) (static-block [(expr "
          "(update ++ (member A@1 s)))]) (prop:accessor q 2)]))" },
        { "(class { static async *m() {} 'constructor'() {} [k]() {} });",
          "(expr (class _ _ [(prop:method:static m (fn:async:gen _ [] (block []))) "
          "(prop:constructor 'constructor' (fn _ [] (block []))) (prop:method:computed k@0 (fn _ "
          "[] (block [])))]))" },
        { "o = { a, b: 1, [c]: 2, d() {}, get e() {}, set e(v) {}, async f() {}, *g() {}, ...h, "
          "'i': 3, 4: 5 };",
          "(expr (assign = o@1 (object [(prop:short a a@2) (prop b 1) (prop:computed c@3 2) "
          "(prop:method d (fn _ [] (block []))) (prop:get e (fn _ [] (block []))) (prop:set e (fn "
          "_ [v#0] (block []))) (prop:method f (fn:async _ [] (block []))) (prop:method g (fn:gen "
          "_ [] (block []))) (spread h@4) (prop 'i' 3) (prop 4 5)])))" },
        { "a = b ? c : d ? e : f;", "(expr (assign = a@0 (cond b@1 c@2 (cond d@3 e@4 f@5))))" },
        { "a = b || c && d | e ^ f & g == h < i << j + k * l ** m;",
          "(expr (assign = a@0 (binary || b@1 (binary && c@2 (binary | d@3 (binary ^ e@4 (binary & "
          "f@5 (binary == g@6 (binary < h@7 (binary << i@8 (binary + j@9 (binary * k@10 (binary ** "
          "l@11 m@12)))))))))))))" },
        { "a ?\?= b; c ||= d; e &&= f; g **= 2; h >>>= 1;",
          "(expr (assign ?\?= a@0 b@1)) (expr (assign ||= c@2 d@3)) (expr (assign &&= e@4 f@5)) "
          "(expr (assign **= g@6 2)) (expr (assign >>>= h@7 1))" },
        { "x = typeof void delete a.b;",
          "(expr (assign = x@0 (unary typeof (unary void (unary delete (member a@1 b))))))" },
        { "x = !~-+y;", "(expr (assign = x@0 (unary ! (unary ~ (unary - (unary + y@1))))))" },
        { "x = ++a + b-- - --c;", "(expr (assign = x@0 (binary - (binary + (update ++:prefix a@1) "
                                  "(update -- b@2)) (update --:prefix c@3))))" },
        { "x = (a, b);", "(expr (assign = x@0 (seq [a@1 b@2])))" },
        { "x = a?.b?.[c]?.(d).e;", "(expr (assign = x@0 (member:chain (call:opt (index:opt "
                                   "(member:opt a@1 b) c@2) [d@3]) e)))" },
        { "x = (a?.b).c;", "(expr (assign = x@0 (member (member:opt:paren a@1 b) c)))" },
        { "x = new A; y = new new B()(); z = new C.d(e);",
          "(expr (assign = x@0 (new A@1 []))) (expr (assign = y@2 (new (new B@3 []) []))) (expr "
          "(assign = z@4 (new (member C@5 d) [e@6])))" },
        { "x = `a${b}c`; y = tag`t${u}v`; z = a.b`c`;",
          "(expr (assign = x@0 (template _ [a b@1 c]))) (expr (assign = y@2 (template tag@3 [t u@4 "
          "v]))) (expr (assign = z@5 (template (member a@6 b) [c])))" },
        { "x = /ab+c/gi; y = a / b / c;", "(expr (assign = x@0 /ab+c/gi)) (expr (assign = y@1 "
                                          "(binary / (binary / a@2 b@3) c@4)))" },
        { "x = [1, , 2, ...y,];", "(expr (assign = x@0 (array [1 _ 2 (spread y@1)])))" },
        { "f(...args, last,);", "(expr (call f@0 [(spread args@1) last@2]))" },
        { "x = async () => 1; y = async x => x; z = async (a, b) => { await a; };",
          "(expr (assign = x@3 (fn:async:arrow:expr _ [] 1))) (expr (assign = y@4 "
          "(fn:async:arrow:expr _ [x#0] x@0))) (expr (assign = z@5 (fn:async:arrow _ [a#1 b#2] "
          "(block [(expr (await a@1))]))))" },
        { "x = async; y = async(1);",
          "(expr (assign = x@0 async@1)) (expr (assign = y@2 (call async@1 [1])))" },
        { "x = (a, [b], {c}, d = 1, ...e) => 0;",
          "(expr (assign = x@5 (fn:arrow:expr _ [a#0 (array-pattern [b#1]) (object-pattern "
          "[(prop:short c c#2)]) (assign-pattern d#3 1) (rest e#4)] 0)))" },
        { "[a, b] = [b, a];", "(expr (assign = (array-pattern [a@0 b@1]) (array [b@1 a@0])))" },
        { "({a, b: {c = 1}, ...d} = e);",
          "(expr (assign = (object-pattern [(prop:short a a@0) (prop b (object-pattern "
          "[(prop:short c (assign-pattern c@1 1))])) (rest d@2)]) e@3))" },
        { "x = function named() { return named; };",
          "(expr (assign = x@1 (fn named#0 [] (block [(return named@0)]))))" },
        { "x = class Named { m() { return Named; } };",
          "(expr (assign = x@1 (class Named#0 _ [(prop:method m (fn _ [] (block [(return "
          "Named@0)])))])))" },
        { "x = import(\"m\", { with: { type: \"json\" } });",
          "(expr (assign = x@0 (import() \"m\" (object [(prop with (object [(prop type "
          "\"json\")]))]))))" },
        { "function nt() { return new.target; }",
          "(fndecl (fn nt#0 [] (block [(return (new.target))])))" },
        { "\"use strict\"; x = 1;", "(directive \"use strict\") (expr (assign = x@0 1))" },
        { "'use strict'\n'other';", "(directive 'use strict') (directive 'other')" },
        { "x = 0x10 + 1e3 + 1_000 + 10n;",
          "(expr (assign = x@0 (binary + (binary + (binary + 0x10 1e3) 1_000) 10n)))" },
        { "x = a\n++b", "(expr (assign = x@0 a@1)) (expr (update ++:prefix b@2))" },
        { "x = () => {}\n(1)", "(expr (assign = x@0 (fn:arrow _ [] (block [])))) (expr 1)" },
        { "const f = /*#__NO_SIDE_EFFECTS__*/ () => {}, g = /*#__NO_SIDE_EFFECTS__*/ function () "
          "{};",
          "(var:const [(decl f#0 (fn:arrow:no-side-effects _ [] (block []))) (decl g#1 "
          "(fn:no-side-effects _ [] (block [])))])" },
        { "/*#__NO_SIDE_EFFECTS__*/ const k = () => 1; /*#__NO_SIDE_EFFECTS__*/ function m() {}",
          "(var:const:no-side-effects [(decl k#0 (fn:arrow:expr _ [] 1))]) (fndecl "
          "(fn:no-side-effects m#1 [] (block [])))" },
        { "x = /*#__PURE__*/ a.b(); y = /* @__PURE__ */ new C(); z = /*#__PURE__*/ (0, f)();",
          "(expr (assign = x@0 (call:pure (member a@1 b) []))) (expr (assign = y@2 (new:pure C@3 "
          "[]))) (expr (assign = z@4 (call:pure (seq [0 f@5]) [])))" },
    };
    check_ast_cases(t, cases, countof(cases), PARSE_SCRIPT);
}

TEST(test_parser_module_ast) {
    static const AstCase cases[] = {
        { "import \"side\";", "(import [] \"side\" [])" },
        { "import def from \"m\";", "(import [(default def#0)] \"m\" [])" },
        { "import * as ns from \"m\";", "(import [(ns ns#0)] \"m\" [])" },
        { "import def2, { a as b, \"s t\" as c, default as d } from \"m\" with { type: \"json\" };",
          "(import [(default def2#0) (spec a b#1) (spec \"s t\" c#2) (spec default d#3)] \"m\" "
          "[(prop type \"json\")])" },
        { "import def from \"m\"; export { def as \"x y\", def };",
          "(import [(default def#0)] \"m\" []) (export [(spec def@0 \"x y\") (spec def@0 def)] _ "
          "[])" },
        { "export * from \"m\";", "(export-all _ \"m\" [])" },
        { "export * as ns2 from \"m\";", "(export-all ns2 \"m\" [])" },
        { "export { default, x as y } from \"m\";",
          "(export [(spec default default) (spec x y)] \"m\" [])" },
        { "export default function () {}", "(export-default:decl (fndecl (fn _ [] (block []))))" },
        { "export class K {}", "(export-decl (classdecl (class K#0 _ [])))" },
        { "export let l1 = 1, { l2 } = o;", "(export-decl (var:let [(decl l1#0 1) (decl "
                                            "(object-pattern [(prop:short l2 l2#1)]) o@2)]))" },
        { "await x;", "(expr (await x@0))" },
        { "x = import.meta.url;", "(expr (assign = x@0 (member (import.meta) url)))" },
        { "export default class D {}", "(export-default:decl (classdecl (class D#0 _ [])))" },
        { "export default async function af() {}",
          "(export-default:decl (fndecl (fn:async af#0 [] (block []))))" },
        { "export default (1, 2);", "(export-default (seq [1 2]))" },
        { "export async function g() {}", "(export-decl (fndecl (fn:async g#0 [] (block []))))" },
        { "/*#__NO_SIDE_EFFECTS__*/ export function a() {} export /*#__NO_SIDE_EFFECTS__*/ "
          "function b() {}",
          "(export-decl (fndecl (fn:no-side-effects a#0 [] (block [])))) (export-decl (fndecl "
          "(fn:no-side-effects b#1 [] (block []))))" },
        { "export default /*#__NO_SIDE_EFFECTS__*/ async function () {}",
          "(export-default:decl (fndecl (fn:async:no-side-effects _ [] (block []))))" },
        { "/*#__NO_SIDE_EFFECTS__*/ export const q = () => 1;",
          "(export-decl (var:const:no-side-effects [(decl q#0 (fn:arrow:expr _ [] 1))]))" },
    };
    check_ast_cases(t, cases, countof(cases), PARSE_MODULE);
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(test_parser_script_errors) {
    static const ErrorCase cases[] = {
        { "x = ;", "1:5: Unexpected \";\"" },
        { "a b", "1:3: Expected \";\" but found \"b\"" },
        { "if (a {", "1:7: Expected \")\" but found \"{\"" },
        { "}", "1:1: Unexpected \"}\"" },
        { "let a; let a;", "1:12: The symbol \"a\" has already been declared" },
        { "let a; var a;", "1:12: The symbol \"a\" has already been declared" },
        { "const a = 1; function a() {}", "1:23: The symbol \"a\" has already been declared" },
        { "{ let a; { var a; } }", "1:16: The symbol \"a\" has already been declared" },
        { "{ var a; } let a;", "1:16: The symbol \"a\" has already been declared" },
        { "\"use strict\"; { function f(){} function f(){} }",
          "1:41: The symbol \"f\" has already been declared" },
        { "class A {} class A {}", "1:18: The symbol \"A\" has already been declared" },
        { "try {} catch (e) { let e; }", "1:24: The symbol \"e\" has already been declared" },
        { "function f(a) { let a; }", "1:21: The symbol \"a\" has already been declared" },
        { "(a, a) => 1", "1:5: The symbol \"a\" has already been declared" },
        { "\"use strict\"; function f(a, a) {}",
          "1:29: The symbol \"a\" has already been declared" },
        { "var await; async function f() { var await; }",
          "1:37: The keyword \"await\" cannot be used here" },
        { "async function f() { (await) => 1; }", "1:28: Unexpected \")\"" },
        { "function* g() { var yield; }", "1:21: The keyword \"yield\" cannot be used here" },
        { "\"use strict\"; var yield;",
          "1:19: \"yield\" is a reserved word and cannot be used in strict mode" },
        { "let let = 1;", "1:5: Cannot use \"let\" as an identifier here" },
        { "1 = 2;", "1:1: Invalid assignment target" },
        { "a + b = c;", "1:1: Invalid assignment target" },
        { "++a.b++;", "1:3: Invalid assignment target" },
        { "\"use strict\"; ++f();", "1:17: Invalid assignment target" },
        { "a?.b = 1;", "1:1: Invalid assignment target" },
        { "[a + 1] = b;", "1:2: Invalid assignment target" },
        { "({a: 1} = b);", "1:6: Invalid assignment target" },
        { "({a}) = 1;", "1:2: Invalid assignment target" },
        { "\"use strict\"; with (a) {}", "1:15: With statements cannot be used in strict mode" },
        { "\"use strict\"; delete x;",
          "1:22: Delete of a bare identifier cannot be used in strict mode" },
        { "\"use strict\"; x = 010;", "1:19: Octal literals are not allowed in strict mode" },
        { "\"use strict\"; var eval;",
          "1:19: Cannot use \"eval\" as an identifier in strict mode" },
        { "\"use strict\"; arguments = 1;", "1:15: Cannot assign to \"arguments\" in strict mode" },
        { "\"use strict\"; var implements;",
          "1:19: \"implements\" is a reserved word and cannot be used in strict mode" },
        { "\"use strict\"; var package;",
          "1:19: \"package\" is a reserved word and cannot be used in strict mode" },
        { "function f(a = 1) { \"use strict\"; }", "1:19: Cannot use a \"use strict\" directive in "
                                                   "a function with a non-simple parameter list" },
        { "break foo;", "1:7: There is no containing label named \"foo\"" },
        { "continue;", "1:1: Cannot use \"continue\" here" },
        { "while (a) continue foo;", "1:20: There is no containing label named \"foo\"" },
        { "a: { continue a; }", "1:15: Cannot continue to label \"a\"" },
        { "a: a: ;", "1:4: Duplicate label \"a\"" },
        { "break;", "1:1: Cannot use \"break\" here" },
        { "return 1;", "1:1: A return statement cannot be used here" },
        { "x = new.target;", "1:5: Cannot use \"new.target\" here" },
        { "function f() { super.x; }", "1:16: Unexpected \"super\"" },
        { "function f() { super(); }", "1:16: Unexpected \"super\"" },
        { "class A { constructor() { super(); } }", "1:27: Unexpected \"super\"" },
        { "({__proto__: 1, __proto__: 2});",
          "1:17: Cannot specify the \"__proto__\" property more than once" },
        { "x = {a = 1};", "1:8: Unexpected \"=\"" },
        { "class A { m() { this.#y; } }",
          "1:22: Private name \"#y\" must be declared in an enclosing class" },
        { "this.#x;", "1:6: Private name \"#x\" must be declared in an enclosing class" },
        { "class A { #a; #a; }", "1:15: The name \"#a\" has already been declared" },
        { "class A { constructor() {} constructor() {} }",
          "1:28: Classes cannot contain more than one constructor" },
        { "class A { constructor = 1 }", "1:11: Invalid field name \"constructor\"" },
        { "a ?? b || c;", "1:3: Cannot use \"??\" with \"||\" without parentheses" },
        { "a || b ?? c;", "1:8: Cannot use \"??\" with \"||\" without parentheses" },
        { "-x ** 2;", "1:4: Unary operators cannot be used before \"**\" without parentheses" },
        { "for (let x = 1 of y) ;",
          "1:10: for-of loop variable declaration may not have an initializer" },
        { "for (let a, b of c) ;", "1:6: Only one variable can be declared in a for-of loop" },
        { "\"\\08\"; \"use strict\";",
          "1:2: Octal escape sequences are not allowed in strict mode" },
        { "`\\unicode`;", "1:2: Invalid Unicode escape sequence" },
        { "x = /(/;", "1:6: Invalid regular expression: unterminated group" },
        { "({ if });", "1:4: Unexpected \"if\"" },
        { "if (a) let x = 1;", "1:8: Cannot use a declaration in a single-statement context" },
        { "if (a) const x = 1;", "1:8: Cannot use a declaration in a single-statement context" },
        { "if (a) class C {}", "1:8: Cannot use a declaration in a single-statement context" },
        { "\"use strict\"; if (a) function f() {}",
          "1:22: Cannot use a declaration in a single-statement context" },
        { "async function f() { function g(a = await 1) {} }",
          "1:43: Expected \")\" but found \"1\"" },
        { "throw\nx;", "2:1: Unexpected newline after \"throw\"" },
        { "x\n=> 1;", "2:1: Unexpected \"=>\"" },
        { "()\n=> 1;", "1:2: Unexpected \")\"" },
        { "(1 +", "1:5: Unexpected end of file" },
        { "(a,) + 1;", "1:3: Unexpected \",\"" },
        { "a ... b;", "1:3: Expected \";\" but found \"...\"" },
        { "class A { static prototype() {} }", "1:18: Invalid static method name \"prototype\"" },
        { "class A { get x(a) {} }", "1:16: Getter must not have any parameters" },
        { "class A { set x() {} }", "1:16: Setter must have exactly one parameter" },
        { "new import(\"x\");", "1:5: Cannot use new with \"import()\"" },
        { "a?.b`c`;", "1:5: Template literals cannot have an optional chain as a tag" },
        { "new a?.b();", "1:6: Cannot use optional chaining with \"new\"" },
        { "import(\"x\"", "1:11: Expected \")\" but found end of file" },
        { "x = [...a, b] = c;", "1:6: Unexpected \"...\"" },
        { "let [a, ...b,] = c;", "1:13: Expected \"]\" but found \",\"" },
        { "x = 1 +;", "1:8: Unexpected \";\"" },
        { "while (1) function f() {}",
          "1:11: Cannot use a declaration in a single-statement context" },
        { "if (1) function* g() {}",
          "1:8: Cannot use a declaration in a single-statement context" },
        { "if (1) l: function f() {}",
          "1:11: Cannot use a declaration in a single-statement context" },
        { "for (;;) l: function f() {}",
          "1:13: Cannot use a declaration in a single-statement context" },
        { "l: function* g() {}", "1:4: Cannot use a declaration in a single-statement context" },
        { "function* g() { (a = yield) => 1; }",
          "1:22: The keyword \"yield\" cannot be used in arrow function parameters" },
        { "async function f() { (a = await b) => 1; }",
          "1:27: The keyword \"await\" cannot be used in arrow function parameters" },
        { "function f(a, [a]) {}", "1:18: Duplicate parameter names are not allowed here" },
        { "function eval() { \"use strict\"; }",
          "1:10: Cannot use \"eval\" as an identifier in strict mode" },
        { "(function package() { \"use strict\"; });",
          "1:11: Cannot use \"package\" as an identifier in strict mode" },
        { "[...a,] = b;", "1:2: Unexpected \",\" after rest element" },
        { "([a, ...b,]) => 0;", "1:6: Unexpected \",\" after rest element" },
        { "class A extends B { constructor() { new super(); } }", "1:41: Unexpected \"super\"" },
        { "typeof () => 1;", "1:8: Unexpected arrow function" },
        { "a + () => 1;", "1:5: Unexpected arrow function" },
        { "for (let.a of b);", "1:6: Cannot use \"let\" as the left side of for-of" },
        { "({a: 1, __proto__: 2, \"__proto__\": 3});",
          "1:23: Cannot specify the \"__proto__\" property more than once" },
        { "x = ({a = 1});", "1:9: Unexpected \"=\"" },
        { "new.target;", "1:1: Cannot use \"new.target\" here" },
        { "function* g(a = yield) {}", "1:17: Cannot use a \"yield\" expression here" },
        { "async function f(a = await 1) {}", "1:22: Cannot use an \"await\" expression here" },
        { "function* g(yield) {}", "1:13: The keyword \"yield\" cannot be used here" },
        { "async function f(await) {}", "1:18: The keyword \"await\" cannot be used here" },
        { "class A { x = arguments; }", "1:15: Cannot access \"arguments\" here" },
        { "class A { static { await; } }", "1:20: The keyword \"await\" cannot be used here" },
        { "{ function a(){} function* a(){} }",
          "1:28: The symbol \"a\" has already been declared" },
        { "{ async function a(){} function a(){} }",
          "1:33: The symbol \"a\" has already been declared" },
    };
    check_error_cases(t, cases, countof(cases), PARSE_SCRIPT);
}

TEST(test_parser_module_errors) {
    static const ErrorCase cases[] = {
        { "export { a }; export { a as a };", "1:29: Multiple exports with the same name \"a\"" },
        { "export default 1; export default 2;",
          "1:26: Multiple exports with the same name \"default\"" },
        { "export { b };", "1:10: \"b\" is not declared in this file" },
        { "export const x = 1; export function x() {}",
          "1:37: The symbol \"x\" has already been declared" },
        { "function f() { export var a; }", "1:16: Unexpected \"export\"" },
        { "{ import a from \"b\"; }", "1:3: Unexpected \"import\"" },
        { "import a from \"a\"; import a from \"b\";",
          "1:27: The symbol \"a\" has already been declared" },
        { "import { default } from \"m\";", "1:18: Expected \"as\" but found \"}\"" },
        { "var await;", "1:5: The keyword \"await\" cannot be used here" },
        { "function f() { var await; }", "1:20: The keyword \"await\" cannot be used here" },
        { "with (a) {}", "1:1: With statements cannot be used in strict mode" },
        { "x = 08;", "1:5: Decimals with leading zeros are not allowed in strict mode" },
        { "function f() {} function f() {}", "1:26: The symbol \"f\" has already been declared" },
        { "export { \"str\" };", "1:10: Expected identifier but found \"\"str\"\"" },
        { "import { \"str\" } from \"m\";", "1:16: Expected \"as\" but found \"}\"" },
    };
    check_error_cases(t, cases, countof(cases), PARSE_MODULE);
}

TEST(test_parser_script_rejects_module_syntax) {
    static const ErrorCase cases[] = {
        { "import a from \"m\";", "1:1: Cannot use \"import\" outside a module" },
        { "export default 1;", "1:1: Cannot use \"export\" outside a module" },
        { "x = import.meta;", "1:5: Cannot use \"import.meta\" outside a module" },
        { "await x;", "1:7: Expected \";\" but found \"x\"" },
    };
    check_error_cases(t, cases, countof(cases), PARSE_SCRIPT);
}

// CommonJS code (PARSE_COMMONJS, and PARSE_AUTO while no module syntax is seen) may return at
// the top level; scripts and modules may not, nor may static blocks.
TEST(test_parser_top_level_return_option) {
    static const struct {
        const char *src;
        SourceType type;
        bool ok;
    } cases[] = {
        { "if (x) return; f();", PARSE_COMMONJS, true },
        { "{ return 1 }", PARSE_AUTO, true },
        { "return;", PARSE_SCRIPT, false },
        { "return;", PARSE_MODULE, false },
        { "class A { static { return; } }", PARSE_COMMONJS, false },
        { "return; export {};", PARSE_AUTO, false },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        Mem *mem = mem_create();
        Arena arena;
        arena_init(&arena, mem, MEM_AST, 0);
        DiagFile file = { STR("test.js"), { cases[i].src, strlen(cases[i].src) } };
        ParseOptions options = { .source_type = cases[i].type };
        ParseResult r;
        if (!CHECK_INT_EQ(parse_program(&file, NULL, &arena, &options, &r), cases[i].ok))
            printf("  in: %s\n", cases[i].src);
        arena_deinit(&arena);
        mem_destroy(mem);
    }
}

// with_offset: where the first `with` statement starts (bundling it into esm output is an
// error that points there); ID_NONE without one.
TEST(test_parser_with_offset) {
    static const struct {
        const char *src;
        uint32_t offset;
    } cases[] = {
        { "f(); with (o) { with (p) g(); }", 5 },
        { "function f() { if (x) with (o) y; }", 22 },
        { "var w = { with: 1 }.with;", ID_NONE },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        ParseFixture f;
        fix_parse(&f, cases[i].src, strlen(cases[i].src), PARSE_SCRIPT);
        CHECK(f.ok);
        if (!CHECK_INT_EQ(f.result.with_offset, cases[i].offset))
            printf("  in: %s\n", cases[i].src);
        fix_close(&f);
    }
}

// NF_TOP_LEVEL marks the `this` no function or class binds: the module's own (bundling gives an
// ES module's `undefined`). Each source lists its THIS nodes in order as T (top level) or i.
TEST(test_parser_top_level_this) {
    static const struct {
        const char *src;
        const char *want;
    } cases[] = {
        { "this; (() => this)(); function f() { this; }", "TTi" },
        { "class A { x = this; static { this; } m() { this; } [this.k] = 1; }", "iiiT" },
        { "({ m() { this; }, k: this, get g() { return () => this; } })", "iTi" },
        { "function f(a = this) { return { b: () => this }; }", "ii" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        ParseFixture f;
        fix_parse(&f, cases[i].src, strlen(cases[i].src), PARSE_MODULE);
        CHECK(f.ok);
        char got[16] = { 0 };
        size_t n = 0;
        for (NodeId id = 0; id < f.result.ast.nodes.len && n + 1 < sizeof got; id++) {
            const Node *node = ast_node(&f.result.ast, id);
            if (node->kind == THIS)
                got[n++] = (node->flags & NF_TOP_LEVEL) ? 'T' : 'i';
        }
        if (!CHECK_CSTR_EQ(got, cases[i].want))
            printf("  in: %s\n", cases[i].src);
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Source type detection

TEST(test_parser_auto_detect) {
    static const struct {
        const char *src;
        bool module;
    } cases[] = {
        { "x = 1;", false },
        { "var await = 1; await;", false },
        { "await (x);", false }, // a call of a function named await in a script
        { "import a from 'm';", true },
        { "f();\nexport {};", true },
        { "await foo;", true },
        { "x = import.meta.url;", true },
        { "for await (x of y);", true },
        { "import('m');", false },
        { "x = `${await}`;", false },
        { "<!-- html comment\nx;", false },
        // Text with `import`/`export` starting a line is first tried as a module, kept only
        // when it has module syntax: these stay scripts.
        { "x = `\nexport {}\n`;", false },
        { "/*\nimport x from 'y'\n*/ f();", false },
        { "import('m');\nimport (x);", false },
        { "var x = 1;\nimport {} from 'm';", true },
        { "f();\nexport * from 'm';", true },
        { "x = 1 <!--y\nexport {}", true }, // `<!--` is no comment in a module
    };
    for (size_t i = 0; i < countof(cases); i++) {
        ParseFixture f;
        fix_parse(&f, cases[i].src, strlen(cases[i].src), PARSE_AUTO);
        CHECK(f.ok);
        if (!CHECK_INT_EQ((f.result.flags & PARSEF_MODULE) != 0, cases[i].module))
            printf("  in: %s\n", cases[i].src);
        fix_close(&f);
    }
    // The restart as a module applies module rules from the start, and a module that fails
    // reports the errors of the usual path (script first, then module), once.
    static const ErrorCase errors[] = {
        { "var await;\nimport a from 'm';", "1:5: The keyword \"await\" cannot be used here" },
        { "import a from 'm';\nwith (a) {}", "2:1: With statements cannot be used in strict mode" },
        { "return;\nexport {};", "1:1: A return statement cannot be used here" },
    };
    check_error_cases(t, errors, countof(errors), PARSE_AUTO);
}

// ---------------------------------------------------------------------------------------------
// Nesting limits

typedef struct NestShape {
    const char *lead, *prefix, *middle, *suffix, *tail;
} NestShape;

// Parses lead + prefix * n + middle + suffix * n + tail.
static void parse_nested(ParseFixture *f, const NestShape *shape, size_t n) {
    const char *lead = shape->lead, *prefix = shape->prefix, *middle = shape->middle;
    const char *suffix = shape->suffix, *tail = shape->tail;
    size_t ll = strlen(lead), pl = strlen(prefix), ml = strlen(middle), sl = strlen(suffix);
    size_t tl = strlen(tail);
    size_t len = ll + pl * n + ml + sl * n + tl;
    char *src = malloc(len + 1);
    memcpy(src, lead, ll);
    char *w = src + ll;
    for (size_t i = 0; i < n; i++, w += pl)
        memcpy(w, prefix, pl);
    memcpy(w, middle, ml);
    w += ml;
    for (size_t i = 0; i < n; i++, w += sl)
        memcpy(w, suffix, sl);
    memcpy(w, tail, tl);
    w[tl] = 0;
    fix_parse(f, src, len, PARSE_SCRIPT);
    // Errors hold copies of their frames, so the source can go.
    free(src);
}

TEST(test_parser_deep_nesting) {
    static const NestShape shapes[] = {
        { "", "(", "x", ")", "" },
        { "", "[", "x", "]", "" },
        { "", "{", "", "}", "" },
        { "", "x=", "1", "", "" },
        { "", "!", "x", "", "" },
        { "", "x=>", "1", "", "" },
        { "", "({a:", "1", "})", "" },
        { "", "if(x)", "y", "", "" },
        { "", "function f(){", "", "}", "" },
        { "", "a?b:", "c", "", "" },
        { "", "new ", "X", "", "" },
        { "", "x**", "2", "", "" },
        { "", "`${", "x", "}`", "" },
        { "var ", "[", "a", "]", "=b" },
        { "", "typeof ", "x", "", "" },
        { "", "async()=>", "1", "", "" },
        { "", "class A extends(", "B", "){}", "" },
        { "", "a.b(", "c", ")", "" },
        { "", "x[", "0", "]", "" },
        { "function f(", "{a:", "b", "}", "){}" },
    };
    for (size_t i = 0; i < countof(shapes); i++) {
        ParseFixture f;
        parse_nested(&f, &shapes[i], 100000);
        CHECK(!f.ok);
        Str errors = fix_errors(&f);
        if (!CHECK(str_find(errors, STR("Nesting is too deep")) != SIZE_MAX))
            printf("  shape %s: %.*s\n", shapes[i].prefix, STR_FMT(errors));
        fix_close(&f);
        // Real code nests far less; 200 levels must still parse.
        parse_nested(&f, &shapes[i], 200);
        if (!CHECK(f.ok))
            printf("  shape %s: %.*s\n", shapes[i].prefix, STR_FMT(fix_errors(&f)));
        fix_close(&f);
    }
}

// Every prefix of a sample using most of the grammar, and the sample with each byte deleted,
// parse without a crash (run under the sanitizers by make asan) and stop at one error.
TEST(test_parser_every_prefix_is_safe) {
    static const char sample[] =
            "\"use strict\";\n"
            "import def, { a as b, \"s\" as c } from \"./m.js\" with { type: \"json\" };\n"
            "export * as ns from \"x\"; export { b as default2, c };\n"
            "const { p, q: [r = 1, ...s], ...t } = obj ?? {};\n"
            "let [u, , v] = arr, w = /re+g[a-z]/giu.test(`x${u}y${v}z`);\n"
            "label: for (let i = 0; i < 10; i++) { if (i % 2) continue label; else break label; }\n"
            "for await (const x of gen()) { using z = res(x); await using y2 = res2(); }\n"
            "class A extends (B ?? C) {\n"
            "  static #count = 0; #priv; accessor acc = 1; static { A.#count++; }\n"
            "  constructor(...args) { super(...args); this.#priv = new.target; }\n"
            "  get value() { return this.#priv?.x?.[0]?.(1) ?? super.value; }\n"
            "  set value(v) { this.#priv = v; } static async *gen() { yield* [1, 2]; }\n"
            "  #m() { return #priv in this; }\n"
            "}\n"
            "export default async function main(a = 1, { b } = {}, [c] = [], ...rest) {\n"
            "  try { await import(\"./dyn.js\", { with: { type: \"json\" } }); } catch { } finally "
            "{ }\n"
            "  switch (a) { case 1: { let q = a; break; } default: return rest; }\n"
            "  x ||= 1; y &&= 2; z ?\?= 3; w **= 2; o = { __proto__: null, [k]: 1, m() {}, get g() "
            "{ return 1 }, async *h() {}, ...spr };\n"
            "  ({ a: o.x, b: [o.y] } = src); [a, b] = [b, a];\n"
            "  const f = async (x, y = x) => { await x; }, g2 = async x => x, h2 = (a, b) => a + "
            "b;\n"
            "  return typeof void delete o.x, (-a) ** 2, a?.b.c, (a?.b).c, new X(...a), "
            "tag`t${1}`;\n"
            "}\n"
            "function* gen2() { const x = yield; yield x; }\n"
            "/*#__PURE__*/ f(); /* @__NO_SIDE_EFFECTS__ */ function pure() {}\n"
            "if (a) b(); else if (c) d(); else { e(); }\n"
            "do x--; while (x > 0) while (0);\n"
            "with2: { debugger; }\n";
    size_t n = sizeof sample - 1;
    char *buf = malloc(n + 1);
    ParseFixture whole;
    fix_parse(&whole, sample, n, PARSE_MODULE);
    CHECK(whole.ok);
    fix_close(&whole);
    uint32_t failed = 0;
    for (size_t cut = 0; cut <= n; cut++) {
        for (int deletion = 0; deletion < 2; deletion++) {
            if (deletion && cut == n)
                continue;
            memcpy(buf, sample, cut);
            size_t len = cut;
            if (deletion) {
                memcpy(buf + cut, sample + cut + 1, n - cut - 1);
                len = n - 1;
            }
            buf[len] = 0;
            ParseFixture f;
            fix_parse(&f, buf, len, (SourceType)(cut % 3));
            failed += !f.ok;
            // At most one error: the parse stops at the first (the lexer's or the parser's).
            CHECK(diag_error_count(f.sink) <= 1);
            fix_close(&f);
        }
    }
    CHECK(failed > n); // most cuts are syntax errors
    free(buf);
}

// ---------------------------------------------------------------------------------------------
// Real code

// typescript.js (9 MB, the last JavaScript release of the compiler) parses without error when
// the test dependencies are installed (make test-deps); otherwise the test checks nothing else.
TEST(test_parser_typescript_smoke) {
    FILE *file = fopen("tests/node_modules/typescript/lib/typescript.js", "rb");
    CHECK(true);
    if (!file)
        return;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *src = malloc((size_t)size + 1);
    size_t got = fread(src, 1, (size_t)size, file);
    fclose(file);
    src[got] = 0;
    ParseFixture f;
    fix_parse(&f, src, got, PARSE_AUTO);
    if (!CHECK(f.ok))
        printf("  %.*s\n", STR_FMT(fix_errors(&f)));
    CHECK(!(f.result.flags & PARSEF_MODULE));
    CHECK(f.result.ast.nodes.len > 500000);
    fix_close(&f);
    free(src);
}

// ---------------------------------------------------------------------------------------------
// Regressions: each case is a bug that was fixed (the comment says which).

// --pure:NAME (ParseOptions.pure_names): which calls get NF_PURE, each shown as its source up
// to the `(`. Only globals match: not a local `console`, not a longer or shorter path, not an
// optional chain; an annotated call stays pure.
TEST(test_parser_pure_names) {
    static const char src[] = "console.log(1); new Foo(); a.b.c(); a.b(); x.a.b.c(); a.b.c.d();\n"
                              "console?.log(); console.log?.(); f(); /* @__PURE__ */ g();\n"
                              "function h(console) { console.log(); Foo(); }";
    const Str names[] = { STR("console.log"), STR("Foo"), STR("a.b.c"), STR("f") };
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_AST, 0);
    DiagSink *sink = diag_create(mem, 0);
    DiagFile file = { STR("test.js"), str_from_cstr(src) };
    ParseOptions options = { .source_type = PARSE_AUTO, .pure_names = names, .pure_count = 4 };
    ParseResult r;
    StrBuf out;
    strbuf_init(&out, mem, MEM_OTHER);
    if (CHECK(parse_program(&file, sink, &arena, &options, &r))) {
        for (NodeId id = 0; id < r.ast.nodes.len; id++) {
            const Node *n = ast_node(&r.ast, id);
            if ((n->kind != CALL && n->kind != NEW) || !(n->flags & NF_PURE))
                continue;
            const char *end = strchr(src + n->start, '(');
            strbuf_append_bytes(&out, src + n->start, (size_t)(end - src - n->start));
            strbuf_append_char(&out, ';');
        }
        CHECK_STR_EQ(strbuf_str(&out), STR("console.log;new Foo;a.b.c;f;g;Foo;"));
    }
    strbuf_deinit(&out);
    diag_destroy(sink);
    arena_deinit(&arena);
    mem_destroy(mem);
}

TEST(test_parser_regressions) {
    static const AstCase script[] = {
        // An empty program indexed a NULL list (UBSan, found by fuzzing).
        { "", "" },
        // `for await (async of x)` iterates into a variable named async (§14.7.5).
        { "async function f() { for await (async of y); }",
          "(fndecl (fn:async f#0 [] (block [(for-of:await async@1 y@2 (empty))])))" },
        { "for (async of => {};;) break;",
          "(for (fn:async:arrow _ [of#0] (block [])) _ [_ (break _)])" },
        // Arrow parameters with pattern defaults.
        { "var f = ([b] = [], { c } = {}) => 0;",
          "(var:var [(decl f#0 (fn:arrow:expr _ [(assign-pattern (array-pattern [b#1]) (array "
          "[])) (assign-pattern (object-pattern [(prop:short c c#2)]) (object []))] 0))])" },
        // `new async()` constructs a function named async, not the result of an async call.
        { "new async();", "(expr (new async@0 []))" },
        { "new async(1).b;", "(expr (member (new async@0 [1]) b))" },
        // /*#__PURE__*/ marks the outermost call or new of the expression it precedes.
        { "/*#__PURE__*/ a()();", "(expr (call:pure (call a@0 []) []))" },
        { "/*#__PURE__*/ new A().b();", "(expr (call:pure (member (new A@0 []) b) []))" },
        { "/*#__PURE__*/ new A;", "(expr (new:pure A@0 []))" },
        { "/*#__PURE__*/ a().b;", "(expr (member (call a@0 []) b))" },
        { "(/*#__PURE__*/ a())();", "(expr (call (call:paren:pure a@0 []) []))" },
        // /*#__NO_SIDE_EFFECTS__*/ on function and arrow expressions.
        { "const f = /*#__NO_SIDE_EFFECTS__*/ () => 1, g = /*#__NO_SIDE_EFFECTS__*/ function() {};",
          "(var:const [(decl f#0 (fn:arrow:expr:no-side-effects _ [] 1)) (decl g#1 "
          "(fn:no-side-effects _ [] (block [])))])" },
    };
    check_ast_cases(t, script, countof(script), PARSE_SCRIPT);
    static const AstCase module[] = {
        { "export /*#__NO_SIDE_EFFECTS__*/ function f() {}",
          "(export-decl (fndecl (fn:no-side-effects f#0 [] (block []))))" },
        { "/*#__NO_SIDE_EFFECTS__*/ export function f() {}",
          "(export-decl (fndecl (fn:no-side-effects f#0 [] (block []))))" },
        { "export const f = /*#__NO_SIDE_EFFECTS__*/ async (x) => x;",
          "(export-decl (var:const [(decl f#0 (fn:async:arrow:expr:no-side-effects _ [x#1] "
          "x@1))]))" },
    };
    check_ast_cases(t, module, countof(module), PARSE_MODULE);
    static const ErrorCase errors[] = {
        // A computed key is one AssignmentExpression: a comma ends it (this once looped).
        { "x = { [a, b]: 1 }", "1:9: Expected \"]\" but found \",\"" },
        { "({ [a, b]: c } = d)", "1:6: Expected \"]\" but found \",\"" },
        { "for (async of y);", "1:6: Cannot use \"async\" as the left side of for-of" },
    };
    check_error_cases(t, errors, countof(errors), PARSE_SCRIPT);
}

// Minified code holds about one node per 4 bytes, twice what the node and list arrays are
// first sized for: they grow to what the whole file needs at the density seen so far, instead
// of doubling and leaving a series of old copies in the arena.
TEST(test_parser_ast_growth) {
    StrBuf src;
    Mem *mem = mem_create();
    strbuf_init(&src, mem, MEM_OTHER);
    strbuf_append_cstr(&src, "x=[");
    for (int i = 0; i < 50000; i++)
        strbuf_append_cstr(&src, "a,");
    strbuf_append_cstr(&src, "];");
    ParseFixture f;
    fix_parse(&f, src.data, src.len, PARSE_SCRIPT);
    CHECK(f.ok);
    const NodeVec *nodes = &f.result.ast.nodes;
    CHECK(nodes->len > 50000);
    // Within an eighth (plus slack) of the need, and the arena holds little more than that.
    CHECK(nodes->cap < nodes->len + nodes->len / 4);
    CHECK(f.result.ast.progress == NULL); // it pointed into the parser's frame
    const U32Vec *extra = &f.result.ast.extra;
    CHECK(extra->cap < extra->len + extra->len / 4); // one list of 50 000 items, then one of 1
    fix_close(&f);
    strbuf_deinit(&src);
    mem_destroy(mem);
}
