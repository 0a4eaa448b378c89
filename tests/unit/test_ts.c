// Tests of TypeScript in js/parser*: source -> printed JavaScript (minified whitespace, so each
// expectation fits a line), and source -> exact diagnostic. The behaviour against the official
// compiler is tests/ts/ (node); these pin bale's own output shapes.
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "js/printer.h"
#include "test.h"
#include "ts_fixture.h"

typedef struct Case {
    const char *src;
    const char *want;
} Case;

static void check_cases(TestState *t, const Case *cases, size_t n, const ParseOptions *opt) {
    TsFixture f;
    ts_fixture_open(&f);
    for (size_t i = 0; i < n; i++) {
        if (!CHECK(ts_fixture_print(&f, cases[i].src, opt))) {
            printf("  errors: %.*s\n", STR_FMT(ts_fixture_errors(&f)));
            continue;
        }
        if (!CHECK_STR_EQ(strbuf_str(&f.out), str_from_cstr(cases[i].want)))
            printf("  (source: %s)\n", cases[i].src);
    }
    ts_fixture_close(&f);
}

TEST(test_ts_types_skipped) {
    static const Case cases[] = {
        { "let x: number = 1, y!: string;", "let x=1,y;" },
        { "type T<A> = A extends (infer B)[] ? B : never; interface I { a: T<1> }", "" },
        { "function f<T extends {}>(this: Window, a?: T, ...r: T[]): asserts a is T {}",
          "function f(a,...r){}" },
        { "let m: { readonly [K in keyof T]?: `x${K & string}` } = {};", "let m={};" },
        { "const f = (a: number, b?: string): a is 1 => a;", "const f=(a,b)=>a;" },
        { "const g = <T,>(x: T) => x;", "const g=x=>x;" },
        { "let t: [a: string, ...b: number[]] = [] as any as [];", "let t=[];" },
        { "x = y as unknown as T satisfies U;", "x=y;" },
        { "a!.b!(c!);", "a.b(c);" },
        { "f<string>(1); new C<T>(); g<A<B<C>>>();", "f(1);new C();g();" },
        { "a < b; c > d; (a < b) > c;", "a<b;c>d;a<b>c;" },
        { "let v = <number>w;", "let v=w;" },
        { "declare const d: number; declare module 'm' { export = x }", "" },
        { "function o(a: string): void; function o(a: any) {}", "function o(a){}" },
        { "let u: typeof import('m').X<number>[] = [];", "let u=[];" },
        { "a = c ? (x) : y => z;", "a=c?x:y=>z;" },
        { "a = c ? (x): T => y : z;", "a=c?x=>y:z;" },
        { "type F = (A | B)[]; let g: ((a: A) => B) | C = h;", "let g=h;" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_classes) {
    static const Case cases[] = {
        { "abstract class A<T> extends B<T> implements I, J { abstract m(): void; private x?: "
          "number; declare y: string; [k: string]: any; }",
          "class A extends B{x;}" },
        { "class P { constructor(public a: number, readonly b = 2) {} }",
          "class P{a;b;constructor(a,b=2){this.a=a;this.b=b}}" },
        { "class D extends B { constructor(private a) { super(); f(); } }",
          "class D extends B{a;constructor(a){super();this.a=a;f()}}" },
        { "class A { accessor x = 1; }",
          "class A{#x_accessor_storage=1;get x(){return this.#x_accessor_storage}"
          "set x(value){this.#x_accessor_storage=value}}" },
        { "class C { m(): void; m(x?) {} static s<T>(): T { return 1 as T; } }",
          "class C{m(x){}static s(){return 1}}" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_assign_class_fields) {
    static const Case cases[] = {
        { "class C { a = 1; b: number; static s = 2; }",
          "class C{constructor(){this.a=1}static{this.s=2}}" },
        { "class D extends B { x = 1; }",
          "class D extends B{constructor(){super(...arguments);this.x=1}}" },
        { "class E { #p = 1; q = 2; constructor(public r) {} }",
          "class E{#p=1;constructor(r){this.r=r;this.q=2}}" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE,
                         .loader = LOADER_TS,
                         .assign_class_fields = true };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_enums) {
    static const Case cases[] = {
        { "enum E { A, B = 5, C = 'c', D = A | B }",
          "var E=function(E){E[E[\"A\"]=0]=\"A\";E[E[\"B\"]=5]=\"B\";E[\"C\"]='c';"
          "E[E[\"D\"]=5]=\"D\";return E}(E||{});" },
        { "enum F { A = g(), B }",
          "var F=function(F){F[F[\"A\"]=g()]=\"A\";F[F[\"B\"]=F[\"A\"]+1]=\"B\";return "
          "F}(F||{});" },
        { "const enum G { X = 1 << 4, Y = X + 0.5 }",
          "var G=function(G){G[G[\"X\"]=16]=\"X\";G[G[\"Y\"]=16.5]=\"Y\";return G}(G||{});" },
        { "export enum H { 'a-b' = -1 }",
          "export var H=function(H){H[H[\"a-b\"]=-1]=\"a-b\";return H}(H||{});" },
        { "declare enum I { A } declare const enum J { B }", "" },
        // Reads of a const enum's constant members become the values, `K["b-c"]` too.
        { "const enum K { A = 1, 'b-c' = `s` } f(K.A, K['b-c'], K[x], K?.A);",
          "var K=function(K){K[K[\"A\"]=1]=\"A\";K[\"b-c\"]=`s`;return K}(K||{});"
          "f(1,\"s\",K[x],K?.A);" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_namespaces) {
    static const Case cases[] = {
        { "namespace N { export const x = 1; export function f() { return x; } }",
          "var N=function(N){N.x=1;function f(){return N.x}N.f=f;return N}(N||{});" },
        { "namespace A.B { export let v; }",
          "var A=function(A){var B=function(B){return B}(A.B||{});A.B=B;return A}(A||{});" },
        { "namespace T { export type X = 1; export interface Y {} }", "" },
        { "class K {} namespace K { export const s = 1; }", "class K{}(function(K){K.s=1})(K);" },
        { "namespace M { export import y = Z.w; }",
          "var M=function(M){var y=Z.w;M.y=y;return M}(M||{});" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_imports_and_exports) {
    static const Case cases[] = {
        { "import { A, b, type C } from 'm'; let x: A = b;", "import{b}from'm';let x=b;" },
        { "import D, * as NS from 'm'; let y: NS.T;", "let y;" },
        { "import type { T } from 'm'; import type U from 'u'; import {} from 'e'; import 's';",
          "import's';" },
        { "import x = require('x'); import y = require('y'); y();", "const y=require('y');y();" },
        { "import a = N.M; a;", "var a=N.M;a;" },
        { "export type { T }; export type * from 'm'; export interface I {} export declare "
          "const d: 1; export as namespace L;",
          "" },
        { "interface I {} const v = 1; export { I, v, type W };", "const v=1;export{v};" },
        { "export = f;", "module.exports=f;" },
        { "export import q = N.q;", "export var q=N.q;" },
        { "export default interface I {} export function f(): void; export function f() {}",
          "export function f(){}" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_commonjs) {
    static const Case cases[] = {
        { "import a = require('a'); export = a;", "const a=require('a');module.exports=a;" },
        { "namespace N { import J = JSON; export const s = J; }",
          "var N=function(N){var J=JSON;N.s=J;return N}(N||{});" },
    };
    ParseOptions opt = { .source_type = PARSE_COMMONJS, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_verbatim_module_syntax) {
    static const Case cases[] = {
        { "import { A } from 'm'; import type { T } from 't'; let x: A;",
          "import{A}from'm';let x;" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE,
                         .loader = LOADER_TS,
                         .verbatim_module_syntax = true };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_contextual_words_stay_identifiers) {
    static const Case cases[] = {
        { "let type = 1, as = 2; type\n= 3;", "let type=1,as=2;type=3;" },
        { "declare\nfoo();", "declare;foo();" },
        { "abstract\nclass X {}", "abstract;class X{}" },
        { "namespace\n.x;", "namespace.x;" },
        { "const o = { get<T>() { return 1; }, set: 2 };", "const o={get(){return 1},set:2};" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_ts_legacy_decorators) {
    static const Case cases[] = {
        { "@d class A {}", "let A=__decorate([d],class A{});" },
        { "class B { @m() x = 1; @n static s() {} }",
          "let B=(()=>{class B{x=1;static s(){}}__decorate([m()],B.prototype,\"x\",void 0);"
          "__decorate([n],B,\"s\",null);return B})();" },
        { "class C { constructor(@i a) {} }",
          "let C=__decorate([__param(0,i)],class C{constructor(a){}});" },
        // The class's own name inside its body reads the decorated class through `D_1`.
        { "@d class D { m() { return D; } }",
          "let D=(()=>{let D_1;class D{m(){return D_1}}return D_1=__decorate([d],D)})();" },
        { "@d class E { static s = E; }",
          "let E=(()=>{let E_1;class E{static{E_1=this}static s=E_1;}"
          "return E_1=__decorate([d],E)})();" },
        // Only member decorators: the class is not replaced, no alias.
        { "class F { @m x = F; }",
          "let F=(()=>{class F{x=F;}__decorate([m],F.prototype,\"x\",void 0);return F})();" },
        // Constructor parameter decorators are class decorators too.
        { "class H { constructor(@i a) {} static m() { return H; } }",
          "let H=(()=>{let H_1;class H{static{H_1=this}constructor(a){}static m(){return H_1}}"
          "return H_1=__decorate([__param(0,i)],H)})();" },
        // An anonymous default export is named default_1, as by the compiler.
        { "@d export default class {}",
          "let default_1=__decorate([d],class default_1{});export{default_1 as default};" },
        // A nested class of the same name keeps its own.
        { "@d class G { m() { return class G { n() { return G; } }; } }",
          "let G=__decorate([d],class G{m(){return class G{n(){return G}}}});" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE,
                         .loader = LOADER_TS,
                         .experimental_decorators = true };
    TsFixture f;
    ts_fixture_open(&f);
    for (size_t i = 0; i < countof(cases); i++) {
        if (!CHECK(ts_fixture_print(&f, cases[i].src, &opt)))
            continue;
        // The helpers come first; the case is the rest.
        Str out = strbuf_str(&f.out);
        size_t at = str_find(out, STR("};let "));
        Str rest = at == SIZE_MAX ? out : str_slice(out, at + 2, out.len);
        if (!CHECK_STR_EQ(rest, str_from_cstr(cases[i].want)))
            printf("  (source: %s)\n", cases[i].src);
        CHECK(str_find(out, STR("var __decorate = function(")) == 0);
    }
    // On class expressions the compiler's emit drops them; so does bale.
    CHECK(ts_fixture_print(&f, "const K = @c class { @d m() {} };", &opt));
    CHECK_STR_EQ(strbuf_str(&f.out), STR("const K=class{m(){}};"));
    ts_fixture_close(&f);
}

TEST(test_ts_tc39_decorators) {
    static const Case cases[] = {
        { "@d class A { @m() x = 1; @(a[0]) static s() {} }",
          "@d class A{@m() x=1;@(a[0]) static s(){}}" },
        { "export @e class B {}", "export @e class B{}" },
        { "@e export class C {}", "export @e class C{}" },
        { "export default @f class {}", "export default@f class{}" },
        { "const K = @c class { @d accessor x = 1; };", "const K=@c class{@d accessor x=1;};" },
        { "(@c class {}).x;", "(@c class{}).x;" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    check_cases(t, cases, countof(cases), &opt);
    // JavaScript files have TC39 decorators whatever experimentalDecorators says.
    static const Case js[] = {
        { "@d class A { @m x; @n static m() {} }", "@d class A{@m x;@n static m(){}}" },
        { "@a.b(1) export default class {}", "export default@a.b(1) class{}" },
        { "export @e class B {}", "export @e class B{}" },
        { "f(@c class { @d accessor y; });", "f(@c class{@d accessor y;});" },
    };
    ParseOptions jopt = { .source_type = PARSE_MODULE,
                          .loader = LOADER_JS,
                          .experimental_decorators = true };
    check_cases(t, js, countof(js), &jopt);
    // A decorator with no class after it is an error, never a missing node (found by fuzzing).
    TsFixture f;
    ts_fixture_open(&f);
    CHECK(!ts_fixture_print(&f, "for(;@x;);", &jopt));
    CHECK(str_find(ts_fixture_errors(&f), STR("Expected \"class\"")) != SIZE_MAX);
    ts_fixture_close(&f);
}

TEST(test_ts_decorator_metadata) {
    TsFixture f;
    ts_fixture_open(&f);
    ParseOptions opt = { .source_type = PARSE_MODULE,
                         .loader = LOADER_TS,
                         .experimental_decorators = true,
                         .emit_decorator_metadata = true };
    static const struct {
        const char *src;
        const char *want; // a piece of the output
    } cases[] = {
        { "class A { @d x: string; }", "__metadata(\"design:type\",String)" },
        { "class A { @d m(a: number, b: T[], c?: X.Y): void {} }",
          "__metadata(\"design:paramtypes\",[Number,Array,typeof X===\"undefined\"?Object:X.Y])" },
        { "class A { @d m(): string | null {} }", "__metadata(\"design:returntype\",String)" },
        { "class A { @d m(...r: number[]) {} }",
          "[Number]),__metadata(\"design:returntype\",void 0)" },
        { "@d class A { constructor(a: boolean, b: () => void) {} }",
          "__metadata(\"design:paramtypes\",[Boolean,Function])" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        if (!CHECK(ts_fixture_print(&f, cases[i].src, &opt)))
            continue;
        if (!CHECK(str_find(strbuf_str(&f.out), str_from_cstr(cases[i].want)) != SIZE_MAX))
            printf("  %s\n  gave %.*s\n", cases[i].src, STR_FMT(strbuf_str(&f.out)));
    }
    ts_fixture_close(&f);
}

TEST(test_ts_errors) {
    static const struct {
        const char *src;
        const char *want;
    } cases[] = {
        { "let x: = 1;", "test.ts:1:8: error: Unexpected \"=\"" },
        { "type T = ;", "test.ts:1:10: error: Unexpected \";\"" },
        { "enum E { [x] }", "test.ts:1:10: error: Unexpected \"[\"" },
        { "class A { m(@d x) {} }",
          "test.ts:1:14: error: Parameter decorators are only supported with "
          "experimentalDecorators" },
        { "class A { m(private x) {} }",
          "test.ts:1:21: error: A parameter property is only allowed in a constructor "
          "implementation" },
        { "function f(public y) {}",
          "test.ts:1:19: error: A parameter property is only allowed in a constructor "
          "implementation" },
    };
    TsFixture f;
    ts_fixture_open(&f);
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TS };
    for (size_t i = 0; i < countof(cases); i++) {
        CHECK(!ts_fixture_print(&f, cases[i].src, &opt));
        Str errors = ts_fixture_errors(&f);
        Str first = str_slice(errors, 0, str_find_char(errors, '\n', 0));
        if (!CHECK_STR_EQ(first, str_from_cstr(cases[i].want)))
            printf("  (source: %s)\n", cases[i].src);
    }
    ts_fixture_close(&f);
}

TEST(test_ts_loader_for_path) {
    CHECK_INT_EQ(parse_loader_for_path(STR("a/b.ts")), LOADER_TS);
    CHECK_INT_EQ(parse_loader_for_path(STR("b.mts")), LOADER_TS);
    CHECK_INT_EQ(parse_loader_for_path(STR("b.cts")), LOADER_TS);
    CHECK_INT_EQ(parse_loader_for_path(STR("c.tsx")), LOADER_TSX);
    CHECK_INT_EQ(parse_loader_for_path(STR("d.jsx")), LOADER_JSX);
    CHECK_INT_EQ(parse_loader_for_path(STR("e.js")), LOADER_JS);
    CHECK_INT_EQ(parse_loader_for_path(STR("f.d.ts")), LOADER_TS);
}
