// Tests of base/str: slices, search, parsing, hashing and StrBuf.
#include <stdio.h>

#include "base/str.h"
#include "test.h"

TEST(test_str_compare_and_search) {
    Str s = STR("node_modules/pkg/index.js");
    CHECK(str_starts_with(s, STR("node_modules/")));
    CHECK(str_ends_with(s, STR(".js")));
    CHECK(!str_ends_with(STR("js"), STR(".js")));
    CHECK_INT_EQ(str_find_char(s, '/', 0), 12);
    CHECK_INT_EQ(str_find_char(s, '/', 13), 16);
    CHECK_INT_EQ(str_rfind_char(s, '/'), 16);
    CHECK_INT_EQ(str_find_char(s, '#', 0), SIZE_MAX);
    CHECK_INT_EQ(str_find(s, STR("pkg")), 13);
    CHECK_INT_EQ(str_find(s, STR("pkgs")), SIZE_MAX);
    CHECK_STR_EQ(str_slice(s, 13, 16), STR("pkg"));
    CHECK_STR_EQ(str_slice(s, 21, 100), STR("x.js"));
    CHECK(str_cmp(STR("ab"), STR("abc")) < 0);
    CHECK(str_cmp(STR("b"), STR("abc")) > 0);
    CHECK(str_cmp(STR("abc"), STR("abc")) == 0);
}

TEST(test_str_parse_u64) {
    static const struct {
        const char *text;
        bool ok;
        uint64_t value;
    } cases[] = {
        { "0", true, 0 },
        { "42", true, 42 },
        { "18446744073709551615", true, UINT64_MAX },
        { "18446744073709551616", false, 0 },
        { "", false, 0 },
        { "4x", false, 0 },
        { "-1", false, 0 },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        uint64_t v = 0;
        bool ok = str_parse_u64(str_from_cstr(cases[i].text), &v);
        CHECK_INT_EQ(ok, cases[i].ok);
        if (ok)
            CHECK(v == cases[i].value);
    }
}

TEST(test_str_hash_stable) {
    // Equal bytes hash equal wherever they live; the hash is fixed across runs and platforms,
    // because map iteration order must never depend on it anyway, but caches may.
    char copy[] = "useState";
    CHECK(str_hash(STR("useState")) == str_hash((Str){ copy, 8 }));
    CHECK(str_hash(STR("a")) != str_hash(STR("b")));
    CHECK(str_hash(STR("")) != str_hash(STR("\0")));
    // Low bits spread: 1000 short keys fill at least 900 of 1024 buckets' worth of distinct
    // low-10-bit values... loosely: no bucket gets more than 8.
    uint8_t buckets[1024] = { 0 };
    char key[16];
    uint8_t worst = 0;
    for (int i = 0; i < 1000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        uint8_t *b = &buckets[str_hash((Str){ key, (size_t)n }) & 1023];
        *b += 1;
        worst = MAX(worst, *b);
    }
    CHECK(worst <= 8);
}

TEST(test_strbuf_append) {
    Mem *m = mem_create();
    StrBuf b;
    strbuf_init(&b, m, MEM_OUTPUT);
    CHECK_STR_EQ(strbuf_str(&b), STR(""));
    strbuf_append(&b, STR("let x = "));
    strbuf_append_i64(&b, -9223372036854775807ll - 1);
    strbuf_append_char(&b, ';');
    strbuf_printf(&b, " // %s %d", "line", 7);
    CHECK_STR_EQ(strbuf_str(&b), STR("let x = -9223372036854775808; // line 7"));
    CHECK(b.data[b.len] == '\0');
    for (int i = 0; i < 1000; i++)
        strbuf_append_u64(&b, 1234567890);
    CHECK_INT_EQ(b.len, 39 + 10000);
    strbuf_clear(&b);
    CHECK_INT_EQ(b.len, 0);
    strbuf_deinit(&b);
    mem_destroy(m);
}

TEST(test_str_hex_and_identifiers) {
    CHECK_INT_EQ(str_hex_digit('7'), 7);
    CHECK_INT_EQ(str_hex_digit('b'), 11);
    CHECK_INT_EQ(str_hex_digit('F'), 15);
    CHECK_INT_EQ(str_hex_digit('g'), -1);
    CHECK(str_is_ascii_identifier(STR("_$a9")));
    CHECK(!str_is_ascii_identifier(STR("9a")));
    CHECK(!str_is_ascii_identifier(STR("with-dash")));
    CHECK(!str_is_ascii_identifier(STR("")));
}
