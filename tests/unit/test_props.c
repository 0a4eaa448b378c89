// Tests of scan/props (--mangle-props, the scan side): which names the regexes select, and
// what a module's summary records: the renamed names with their occurrences, and the short
// names that stay (keys, member names and quoted strings) which a renamed one must avoid.
#include <string.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "scan/props.h"
#include "test.h"

TEST(test_props_regex) {
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    PropRegex rx;
    Str error = { 0 };
    if (CHECK(props_compile(&rx, STR("_$|^m[0-9]+"), STR("^keep"), &a, &error))) {
        CHECK(props_matches(&rx, STR("value_"), &a));
        CHECK(props_matches(&rx, STR("m12"), &a));
        CHECK(props_matches(&rx, STR("am12_"), &a));  // found anywhere, as `test` does
        CHECK(!props_matches(&rx, STR("keep_"), &a)); // reserved
        CHECK(!props_matches(&rx, STR("value"), &a)); // no match
        CHECK(!props_matches(&rx, STR("am12"), &a));  // ^ anchors
        props_free(&rx);
    }
    // `constructor` and `__proto__` are syntax, never renamed.
    if (CHECK(props_compile(&rx, STR("o"), (Str){ 0 }, &a, &error))) {
        CHECK(props_matches(&rx, STR("foo"), &a));
        CHECK(!props_matches(&rx, STR("constructor"), &a));
        CHECK(!props_matches(&rx, STR("__proto__"), &a));
        props_free(&rx);
    }
    CHECK(!props_compile(&rx, STR("a("), (Str){ 0 }, &a, &error));
    CHECK(error.len > 0);
    CHECK(!props_compile(&rx, STR("a"), STR("[z"), &a, &error));
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_props_collect) {
    static const char src[] =
            "import data from './d.json' with { type_: 'json' };\n"
            "const o = { a_: 1, b_() {}, get c_() { return 1; }, e: 2, [k_]: 3, 'q_': 4, long: 5 "
            "};\n"
            "o.a_ = o.a_ + o?.a_; const { b_, x: { d_ = 1 } } = o; import.meta.u_;\n"
            "class C { f_ = 1; static g_() {} #h_ = 2; constructor() { super.a_; } }\n"
            "o['t']; o.in; 'x_' in o;";
    Mem *mem = mem_create();
    Arena arena;
    Arena out;
    Arena scratch;
    arena_init(&arena, mem, MEM_AST, 0);
    arena_init(&out, mem, MEM_SUMMARY, 0);
    arena_init(&scratch, mem, MEM_OTHER, 0);
    DiagSink *sink = diag_create(mem, 0);
    DiagFile file = { STR("test.mjs"), str_from_cstr(src) };
    ParseOptions options = { .source_type = PARSE_MODULE };
    ParseResult r;
    PropRegex rx;
    Str error;
    if (CHECK(parse_program(&file, sink, &arena, &options, &r)) &&
        CHECK(props_compile(&rx, STR("_$"), (Str){ 0 }, &scratch, &error))) {
        PropUse *uses;
        uint32_t use_count;
        Str *kept;
        uint32_t kept_count;
        props_collect(&rx, &r, file.text, &out, &scratch, &uses, &use_count, &kept, &kept_count);
        StrBuf b;
        strbuf_init(&b, mem, MEM_OTHER);
        for (uint32_t i = 0; i < use_count; i++)
            strbuf_printf(&b, "%.*s=%u ", (int)uses[i].name.len, uses[i].name.ptr, uses[i].uses);
        // Not the import attribute, the computed key, the quoted key, the private name or
        // import.meta's property; `a_` in the object, three reads and super.a_.
        CHECK_STR_EQ(strbuf_str(&b), STR("a_=5 b_=2 c_=1 d_=1 f_=1 g_=1 "));
        strbuf_clear(&b);
        for (uint32_t i = 0; i < kept_count; i++)
            strbuf_printf(&b, "%.*s ", (int)kept[i].len, kept[i].ptr);
        // Short names that stay: keys and members (`long` is short enough), and quoted strings.
        CHECK_STR_EQ(strbuf_str(&b), STR("e in json long q_ t x x_ "));
        strbuf_deinit(&b);
        props_free(&rx);
    }
    // Regression (found by fuzzing the bundler): a module with no matching property copied
    // from a NULL vector (UBSan: null pointer passed to memcpy).
    DiagFile none = { STR("none.mjs"), STR("o.e;") };
    if (CHECK(parse_program(&none, sink, &arena, &options, &r)) &&
        CHECK(props_compile(&rx, STR("_$"), (Str){ 0 }, &scratch, &error))) {
        PropUse *uses;
        uint32_t use_count;
        Str *kept;
        uint32_t kept_count;
        props_collect(&rx, &r, none.text, &out, &scratch, &uses, &use_count, &kept, &kept_count);
        CHECK(use_count == 0);
        CHECK(kept_count == 1);
        props_free(&rx);
    }
    diag_destroy(sink);
    arena_deinit(&scratch);
    arena_deinit(&out);
    arena_deinit(&arena);
    mem_destroy(mem);
}
