// Unit tests for generate/sourcemap: VLQ and base64 encodings, segments built from printer
// pairs (UTF-16 columns, CRLF, names) and their join, checked by decoding the joined mappings
// back to absolute positions.
#include <stdio.h>
#include <string.h>

#include "generate/sourcemap.h"
#include "test.h"

TEST(test_smap_vlq_round_trip) {
    Mem *m = mem_create();
    StrBuf b;
    strbuf_init(&b, m, MEM_SOURCEMAP);
    static const struct {
        int64_t value;
        const char *text;
    } cases[] = { { 0, "A" },
                  { 1, "C" },
                  { -1, "D" },
                  { 15, "e" },
                  { -15, "f" },
                  { 16, "gB" },
                  { -16, "hB" },
                  { 1000, "w+B" },
                  { 2147483647, "+/////D" },
                  { -2147483647, "//////D" } };
    for (size_t i = 0; i < countof(cases); i++) {
        strbuf_clear(&b);
        smap_append_vlq(&b, cases[i].value);
        CHECK_STR_EQ(strbuf_str(&b), str_from_cstr(cases[i].text));
        size_t at = 0;
        int64_t back = 0;
        CHECK(smap_decode_vlq(strbuf_str(&b), &at, &back));
        CHECK_INT_EQ(back, cases[i].value);
        CHECK_INT_EQ(at, b.len);
    }
    size_t at = 0;
    int64_t v;
    CHECK(!smap_decode_vlq(STR("g"), &at, &v)); // a continuation bit with nothing after it
    CHECK(!smap_decode_vlq(STR("!"), &at, &v));
    strbuf_deinit(&b);
    mem_destroy(m);
}

TEST(test_smap_base64_and_json) {
    Mem *m = mem_create();
    StrBuf b;
    strbuf_init(&b, m, MEM_SOURCEMAP);
    smap_append_base64(&b, STR("Man"));
    smap_append_base64(&b, STR(""));
    CHECK_STR_EQ(strbuf_str(&b), STR("TWFu"));
    strbuf_clear(&b);
    smap_append_base64(&b, STR("Ma"));
    CHECK_STR_EQ(strbuf_str(&b), STR("TWE="));
    strbuf_clear(&b);
    smap_append_base64(&b, STR("M"));
    CHECK_STR_EQ(strbuf_str(&b), STR("TQ=="));
    strbuf_clear(&b);
    smap_append_json_string(&b, STR("a\"b\\c\n\r\t\x01é"));
    CHECK_STR_EQ(strbuf_str(&b), STR("\"a\\\"b\\\\c\\n\\r\\t\\u0001é\""));
    CHECK_INT_EQ(smap_utf16_len(STR("aé😀")), 4);
    strbuf_deinit(&b);
    mem_destroy(m);
}

// One decoded mapping, absolute.
typedef struct Abs {
    int64_t line, col, source, src_line, src_col, name; // name -1: none
} Abs;

static uint32_t decode_all(Str s, Abs *out, uint32_t cap) {
    Abs cur = { 0 };
    uint32_t n = 0;
    int64_t line = 0;
    int64_t col = 0;
    for (size_t at = 0; at < s.len;) {
        if (s.ptr[at] == ';' || s.ptr[at] == ',') {
            if (s.ptr[at] == ';') {
                line++;
                col = 0;
            }
            at++;
            continue;
        }
        int64_t f[5] = { 0 };
        int k = 0;
        while (k < 5 && at < s.len && s.ptr[at] != ',' && s.ptr[at] != ';') {
            if (!smap_decode_vlq(s, &at, &f[k]))
                return 0;
            k++;
        }
        col += f[0];
        cur.source += f[1];
        cur.src_line += f[2];
        cur.src_col += f[3];
        if (k == 5)
            cur.name += f[4];
        if (n < cap)
            out[n] = (Abs){
                line, col, cur.source, cur.src_line, cur.src_col, k == 5 ? cur.name : -1
            };
        n++;
    }
    return n;
}

static void sink_to_buf(void *ctx, Str s) {
    strbuf_append(ctx, s);
}

TEST(test_smap_segments_join) {
    Mem *m = mem_create();
    StrBuf map;
    strbuf_init(&map, m, MEM_SOURCEMAP);
    SmapJoin j;
    smap_join_init(&j, m, (SmapSink){ sink_to_buf, &map });
    smap_join_text(&j, STR("xx"));

    // Non-ASCII before a column (😀 is 4 bytes, 2 UTF-16 units), CRLF in the source, a renamed
    // reference (foo printed foo2) and a dropped pair of parentheses.
    SmapSegment a;
    Str src_a = STR("var 😀x = (foo);\r\nbar();");
    Str piece_a = STR("var 😀x = foo2;\nbar();\n");
    PrintMapping pairs_a[] = { { 0, 0 }, { 4, 4 }, { 12, 12 }, { 18, 20 } };
    smap_segment_build(&a, m, piece_a, src_a, NULL, pairs_a, countof(pairs_a));
    smap_join_segment(&j, &a, 0);
    // A piece without mappings, then two on one line: the first named at its first mapping,
    // the second at its second.
    SmapSegment blank;
    smap_segment_build(&blank, m, STR("\n"), STR(""), NULL, NULL, 0);
    smap_join_segment(&j, &blank, 1);
    SmapSegment b;
    PrintMapping pairs_b[] = { { 0, 0 }, { 4, 4 } };
    smap_segment_build(&b, m, STR("b + y"), STR("a + y"), NULL, pairs_b, countof(pairs_b));
    smap_join_segment(&j, &b, 1);
    SmapSegment c;
    PrintMapping pairs_c[] = { { 0, 0 }, { 2, 2 } };
    smap_segment_build(&c, m, STR("k(n)"), STR("k(m)"), NULL, pairs_c, countof(pairs_c));
    smap_join_segment(&j, &c, 2);

    Abs got[16];
    uint32_t n = decode_all(strbuf_str(&map), got, countof(got));
    static const Abs want[] = {
        { 0, 2, 0, 0, 0, -1 }, { 0, 6, 0, 0, 4, -1 }, { 0, 12, 0, 0, 11, 0 }, { 1, 0, 0, 1, 0, -1 },
        { 3, 0, 1, 0, 0, 1 },  { 3, 4, 1, 0, 4, -1 }, { 3, 5, 2, 0, 0, -1 },  { 3, 7, 2, 0, 2, 2 },
    };
    CHECK_INT_EQ(n, countof(want));
    for (uint32_t i = 0; i < n && i < countof(want); i++) {
        char what[64];
        snprintf(what, sizeof what, "mapping %u", i);
        CHECK(memcmp(&got[i], &want[i], sizeof(Abs)) == 0 || (fprintf(stderr, "%s\n", what), 0));
    }
    CHECK_STR_EQ(strbuf_str(&j.names), STR("\"foo\",\"a\",\"m\""));
    smap_segment_deinit(&a);
    smap_segment_deinit(&blank);
    smap_segment_deinit(&b);
    smap_segment_deinit(&c);
    smap_join_deinit(&j);
    strbuf_deinit(&map);
    mem_destroy(m);
}
