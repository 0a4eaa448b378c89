// Tests of resolve/json: values and their source order, JSONC, exact error messages with
// offsets, nesting bounds, and that no prefix of a valid file crashes the reader.
#include <stdio.h>
#include <string.h>

#include "resolve/json.h"
#include "test.h"

typedef struct JsonCase {
    const char *text;
    bool jsonc;
    const char *error; // NULL when the text is valid
    uint32_t offset;   // of the error
} JsonCase;

TEST(test_json_values) {
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    JsonValue v;
    JsonError err;
    Str text =
            STR("\xef\xbb\xbf{\"b\": [1, -2.5e3, true, null], \"a\": \"x\\u00e9\\ud83d\\ude00\\n\","
                " \"a\": \"last\", \"o\": {}}");
    CHECK(json_parse(&a, text, false, &v, &err));
    CHECK_INT_EQ(v.kind, JSON_OBJECT);
    CHECK_INT_EQ(v.len, 4);
    CHECK_STR_EQ(v.members[0].key, STR("b")); // source order, not sorted
    const JsonValue *b = json_get(&v, STR("b"));
    CHECK(b && b->kind == JSON_ARRAY && b->len == 4);
    CHECK(b && b->items[1].number == -2500.0);
    CHECK(b && b->items[2].kind == JSON_BOOL && b->items[2].boolean);
    Str s;
    CHECK(json_get_string(&v, STR("a"), &s)); // the last duplicate, as JSON.parse
    CHECK_STR_EQ(s, STR("last"));
    CHECK_STR_EQ(v.members[1].value.string, STR("x\xc3\xa9\xf0\x9f\x98\x80\n"));
    CHECK(json_get(&v, STR("missing")) == NULL);
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_json_errors) {
    static const JsonCase cases[] = {
        { "{}", false, NULL, 0 },
        { "{\"a\": 1,}", false, "trailing comma", 7 },
        { "{\"a\": 1,}", true, NULL, 0 },
        { "// c\n{\"a\": /* c */ 1}", true, NULL, 0 },
        { "// c\n{}", false, "unexpected \"/\"", 0 },
        { "{\"a\" 1}", false, "expected \":\"", 5 },
        { "{\"a\": 1 \"b\": 2}", false, "expected \",\" or \"}\"", 8 },
        { "[1, 2", false, "unexpected end of input", 5 },
        { "{a: 1}", false, "expected a string key", 1 },
        { "\"abc", false, "unterminated string", 0 },
        { "\"a\\qb\"", false, "invalid escape in string", 2 },
        { "\"\\u12g4\"", false, "invalid \\u escape in string", 1 },
        { "01", false, "unexpected \"1\"", 1 },
        { "-", false, "invalid number", 0 },
        { "1.", false, "invalid number", 0 },
        { "tru", false, "unexpected \"t\"", 0 },
        { "{} x", false, "unexpected \"x\"", 3 },
        { "/* open", true, "unterminated comment", 0 },
        { "\"a\tb\"", false, "control character in string", 2 },
        { "", false, "unexpected end of input", 0 },
    };
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    for (size_t i = 0; i < countof(cases); i++) {
        JsonValue v;
        JsonError err;
        bool ok = json_parse(&a, str_from_cstr(cases[i].text), cases[i].jsonc, &v, &err);
        if (!CHECK(ok == (cases[i].error == NULL))) {
            printf("  (case %zu: %s)\n", i, cases[i].text);
            continue;
        }
        if (!ok) {
            CHECK_CSTR_EQ(err.message, cases[i].error);
            CHECK_INT_EQ(err.offset, cases[i].offset);
        }
    }
    arena_deinit(&a);
    mem_destroy(mem);
}

// Deep nesting is an error, not a stack overflow; every prefix of a real file is safe.
TEST(test_json_bounds_and_prefixes) {
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    static char deep[4096];
    memset(deep, '[', sizeof(deep) - 1);
    JsonValue v;
    JsonError err;
    CHECK(!json_parse(&a, str_from_cstr(deep), false, &v, &err));
    CHECK_CSTR_EQ(err.message, "nested too deeply");
    Str text = STR("{\"name\": \"p\", \"exports\": {\".\": {\"import\": \"./a.mjs\", \"default\": "
                   "[\"./b.js\", null]}}, \"n\": -1.5e-3, /* c */ \"t\": true}");
    for (size_t n = 0; n <= text.len; n++) {
        bool ok = json_parse(&a, str_slice(text, 0, n), true, &v, &err);
        CHECK(ok == (n == text.len) || err.offset <= n);
    }
    arena_deinit(&a);
    mem_destroy(mem);
}
