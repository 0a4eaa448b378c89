// Unit tests for scan/summary: what the module summary keeps of a TypeScript module for const
// enum inlining — the constant members of its exported enums (EnumConst) and the property
// reads through its imports (MemberRef) that link may replace by such a constant.
#include <stdio.h>

#include "base/arena.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "scan/summary.h"
#include "test.h"

typedef struct SummaryFixture {
    Mem *mem;
    Arena ast;
    Arena out;
    DiagSink *sink;
    Module m;
} SummaryFixture;

// Parses src as test.ts (loader ts unless js) with the given source type and builds its summary
// into f->m.
static bool summarize_as(SummaryFixture *f, const char *src, bool js, SourceType type) {
    f->mem = mem_create();
    arena_init(&f->ast, f->mem, MEM_AST, 0);
    arena_init(&f->out, f->mem, MEM_SUMMARY, 0);
    f->sink = diag_create(f->mem, 0);
    f->m = (Module){ 0 };
    f->m.parse_options.loader = js ? LOADER_JS : LOADER_TS;
    f->m.parse_options.source_type = type;
    DiagFile file = { js ? STR("test.js") : STR("test.ts"), str_from_cstr(src) };
    ParseResult parsed;
    if (!parse_program(&file, f->sink, &f->ast, &f->m.parse_options, &parsed))
        return false;
    summary_build(&f->m, &parsed, file.text, &f->out, &f->ast);
    return true;
}

static bool summarize(SummaryFixture *f, const char *src, bool js) {
    return summarize_as(f, src, js, PARSE_MODULE);
}

static void release(SummaryFixture *f) {
    diag_destroy(f->sink);
    arena_deinit(&f->out);
    arena_deinit(&f->ast);
    mem_destroy(f->mem);
}

static uint32_t symbol_named(const Module *m, const char *name) {
    for (uint32_t i = 0; i < m->symbol_count; i++) {
        if (str_eq_cstr(m->symbols[i].name, name))
            return i;
    }
    return ID_NONE;
}

// Numbers as doubles, strings as their literal text; only exported enums (const or not), each
// member found by (enum symbol, member name).
TEST(test_summary_enum_consts) {
    SummaryFixture f;
    CHECK(summarize(&f,
                    "export const enum E { A = 1, B = 'x', C = -2.5, D = A | 4, S = \"q\\\"\" }\n"
                    "const enum Local { L = 1 }\n"
                    "const enum Later { K = 7 }\n"
                    "export { Later as Renamed };\n"
                    "export enum Plain { P = 3 }\n"
                    "export const enum Computed { X = 'a'.length, Y = 2 }\n",
                    false));
    const Module *m = &f.m;
    uint32_t e = symbol_named(m, "E");
    uint32_t later = symbol_named(m, "Later");
    uint32_t computed = symbol_named(m, "Computed");
    CHECK(e != ID_NONE && later != ID_NONE && computed != ID_NONE);
    CHECK_INT_EQ(m->enum_const_count, 8); // E's five, Later.K, Plain.P, Computed.Y
    const EnumConst *c = summary_find_enum_const(m, e, STR("A"));
    CHECK(c && !c->is_string && c->number == 1);
    c = summary_find_enum_const(m, e, STR("B"));
    CHECK(c && c->is_string);
    if (c)
        CHECK_STR_EQ(c->text, STR("'x'"));
    c = summary_find_enum_const(m, e, STR("C"));
    CHECK(c && !c->is_string && c->number == -2.5);
    c = summary_find_enum_const(m, e, STR("D"));
    CHECK(c && c->number == 5);
    c = summary_find_enum_const(m, e, STR("S"));
    CHECK(c && c->is_string);
    if (c)
        CHECK_STR_EQ(c->text, STR("\"q\\\"\""));
    c = summary_find_enum_const(m, later, STR("K"));
    CHECK(c && c->number == 7);
    CHECK(summary_find_enum_const(m, computed, STR("X")) == NULL); // not a constant
    CHECK(summary_find_enum_const(m, computed, STR("Y")) != NULL);
    CHECK(summary_find_enum_const(m, symbol_named(m, "Local"), STR("L")) == NULL);
    c = summary_find_enum_const(m, symbol_named(m, "Plain"), STR("P"));
    CHECK(c && c->number == 3);
    CHECK(summary_find_enum_const(m, e, STR("Z")) == NULL);
    release(&f);
}

static const MemberRef *find_ref(const Module *m, const char *symbol, const char *name,
                                 const char *prop) {
    for (uint32_t i = 0; i < m->member_ref_count; i++) {
        const MemberRef *r = &m->member_refs[i];
        if (str_eq_cstr(m->symbols[r->symbol].name, symbol) && str_eq_cstr(r->name, name) &&
            str_eq_cstr(summary_ref_prop(r), prop))
            return r;
    }
    return NULL;
}

// Property reads through imports become MemberRefs, and the import binding they go through
// is then no reference of the statement; writes and other uses stay references.
TEST(test_summary_import_reads) {
    SummaryFixture f;
    CHECK(summarize(&f,
                    "import { E } from './m';\n"
                    "import * as ns from './r';\n"
                    "console.log(E.A, ns.E.B, ns.x, E.A);\n"
                    "console.log(Object.keys(E));\n"
                    "ns.E.C = 1;\n",
                    false));
    const Module *m = &f.m;
    CHECK_INT_EQ(m->member_ref_count, 4);
    CHECK(find_ref(m, "E", "", "A") != NULL);
    CHECK(find_ref(m, "ns", "E", "B") != NULL);
    CHECK(find_ref(m, "ns", "x", "") != NULL);
    CHECK(find_ref(m, "ns", "E", "") != NULL); // the written `ns.E.C` reads ns.E
    uint32_t e = symbol_named(m, "E");
    const Part *first = &m->parts[2];
    const Part *second = &m->parts[3];
    CHECK_INT_EQ(first->member_len, 4); // E.A counts twice
    CHECK_INT_EQ(first->ref_len, 0);    // neither E nor ns is read whole
    CHECK_INT_EQ(second->member_len, 0);
    CHECK(second->ref_len == 1 && m->part_syms[second->ref_start] == e);
    release(&f);
}

// JavaScript modules record namespace reads only: no enum member is inlined into them.
TEST(test_summary_import_reads_js) {
    SummaryFixture f;
    CHECK(summarize(&f,
                    "import { E } from './m.js';\n"
                    "import * as ns from './r.js';\n"
                    "console.log(E.A, ns.E.B);\n",
                    true));
    const Module *m = &f.m;
    CHECK_INT_EQ(m->member_ref_count, 1);
    CHECK(find_ref(m, "ns", "E", "") != NULL);
    CHECK_INT_EQ(m->enum_const_count, 0);
    CHECK(summary_find_enum_const(m, 0, STR("A")) == NULL); // no array to search
    release(&f);
}

// An enum whose members are all constants has no side effects (a bundle drops it when nothing
// reads it); a const enum read only where the parser inlined it is referenced by nothing.
TEST(test_summary_constant_enums_removable) {
    SummaryFixture f;
    CHECK(summarize(&f,
                    "enum P { Y = 2, Z = 'z' }\n"
                    "enum F { A = g() }\n"
                    "const enum C { X = 1 }\n"
                    "console.log(C.X);\n",
                    false));
    const Module *m = &f.m;
    CHECK_INT_EQ(m->part_count, 4);
    CHECK(!(m->parts[0].flags & PART_SIDE_EFFECTS));
    CHECK(m->parts[1].flags & PART_SIDE_EFFECTS);
    CHECK(!(m->parts[2].flags & PART_SIDE_EFFECTS));
    CHECK_INT_EQ(m->parts[3].ref_len, 0); // `C.X` is 1 now
    release(&f);
}

// Scripts node runs as CommonJS without a free `module` or `exports`: any `.cjs` file, and a
// script that declares `exports` (or `module`) again at the top. ES syntax wins over both.
TEST(test_summary_commonjs_scripts) {
    static const struct {
        const char *src;
        SourceType type;
        bool cjs;
    } cases[] = {
        { "var exports = exports || {};\nexports.a = 1;\n", PARSE_AUTO, true },
        { "function exports() {}\n", PARSE_AUTO, true },
        { "var module = { exports: {} };\n", PARSE_AUTO, true },
        { "console.log('side effect');\n", PARSE_COMMONJS, true },
        { "console.log('side effect');\n", PARSE_AUTO, false },
        { "module.exports = 1;\n", PARSE_AUTO, true },
        { "var exports = {};\nexport default exports;\n", PARSE_AUTO, false },
        { "var exports = {};\n", PARSE_MODULE, false },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        SummaryFixture f;
        CHECK(summarize_as(&f, cases[i].src, true, cases[i].type));
        CHECK_INT_EQ((f.m.flags & MODF_CJS) != 0, cases[i].cjs);
        release(&f);
    }
}

// An ES module that reads `module` or `exports` (other than as a `typeof` probe) is flagged at
// the first such read, for scan's warning.
TEST(test_summary_cjs_global_in_esm) {
    static const struct {
        const char *src;
        uint32_t offset; // ID_NONE: not flagged
    } cases[] = {
        { "export const a = 1;\nmodule.exports.b = 2;\n", 20 },
        { "export {};\nif (typeof module == 'object') exports.x = 1;\n", 42 },
        { "export {};\nvar umd = typeof  exports === 'object';\n", ID_NONE },
        { "module.exports = 1;\n", ID_NONE }, // CommonJS: its own module
    };
    for (size_t i = 0; i < countof(cases); i++) {
        SummaryFixture f;
        CHECK(summarize_as(&f, cases[i].src, true, PARSE_AUTO));
        bool flagged = f.m.flags & MODF_CJS_GLOBAL;
        if (!CHECK_INT_EQ(flagged ? f.m.cjs_global_offset : ID_NONE, cases[i].offset))
            printf("  in: %s", cases[i].src);
        release(&f);
    }
}

// `require` used other than as a require('x') call: esm output for node then needs a require.
TEST(test_summary_reads_require) {
    static const struct {
        const char *src;
        bool reads;
    } cases[] = {
        { "const a = require('./a');\n", false },
        { "if (require.main === module) main();\n", true },
        { "const p = require.resolve('./a');\n", true },
        { "const a = require('./a'), b = require(name);\n", true },
        { "var req = typeof require == 'function';\n", true },
        { "function require(x) {}\nrequire.cache;\n", false },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        SummaryFixture f;
        CHECK(summarize_as(&f, cases[i].src, true, PARSE_AUTO));
        CHECK_INT_EQ(summary_reads_require(&f.m), cases[i].reads);
        release(&f);
    }
}
