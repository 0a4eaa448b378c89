// Tests of diag: exact printed text for code frames (columns in code points, tabs, line
// terminators, end of file, long lines, binary input), the forms without a position, notes,
// colour, the deterministic order of diagnostics reported from several threads, and the error
// limit with its summary line.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/pool.h"
#include "diag/diag.h"
#include "test.h"

// diag_print's output as a malloc'd string (test code; the library itself allocates via mem).
static char *print_to_string(DiagSink *d, bool color) {
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    diag_print(d, f, color);
    fclose(f);
    return buf;
}

// Checks d's plain output against want, then frees the sink.
static void check_output(TestState *t, DiagSink *d, const char *want) {
    char *got = print_to_string(d, false);
    CHECK_CSTR_EQ(got, want);
    free(got);
}

static DiagFile file_of(const char *path, Str text) {
    return (DiagFile){ .path = str_from_cstr(path), .text = text };
}

// One error in src/app.ts. The offset is that of the first `at` in text, or `offset` when at is
// NULL; the range is `len` bytes.
typedef struct FrameCase {
    const char *text;
    const char *at;
    uint32_t offset;
    uint32_t len;
    const char *want;
} FrameCase;

static const FrameCase frame_cases[] = {
    // The format of CONVENTIONS.md: line 12, column 19, a gutter one wider than four digits.
    { "\n\n\n\n\n\n\n\n\n\n\n  const x = foo(1 }\n", "}", 0, 1,
      "src/app.ts:12:19: error: msg\n"
      "   12 |   const x = foo(1 }\n"
      "      |                   ^\n" },
    // A range: caret under the start, tildes across the rest.
    { "let total = price * quantityy;\n", "quantityy", 0, 9,
      "src/app.ts:1:21: error: msg\n"
      "    1 | let total = price * quantityy;\n"
      "      |                     ^~~~~~~~~\n" },
    // A range running onto the next line is marked up to the end of its first line.
    { "call(a,\n  b)", "a,", 0, 6,
      "src/app.ts:1:6: error: msg\n"
      "    1 | call(a,\n"
      "      |      ^~\n" },
    // Columns count code points: é and the emoji are one column each. The emoji is two cells
    // wide on a terminal, so the caret moves one cell further than the column.
    { "const s = \"é🙂\"; oops\n", "oops", 0, 4,
      "src/app.ts:1:17: error: msg\n"
      "    1 | const s = \"é🙂\"; oops\n"
      "      |                  ^~~~\n" },
    // An offset inside a multi-byte character points at that character.
    { "a🙂b", NULL, 2, 1,
      "src/app.ts:1:2: error: msg\n"
      "    1 | a🙂b\n"
      "      |  ^~\n" },
    // A combining mark is a column of its own but takes no cell on screen.
    { "e\xCC\x81x #", "#", 0, 1,
      "src/app.ts:1:5: error: msg\n"
      "    1 | e\xCC\x81x #\n"
      "      |    ^\n" },
    // Vertical tab and form feed are JavaScript whitespace, shown as spaces.
    { "a\vb\fc #", "#", 0, 1,
      "src/app.ts:1:7: error: msg\n"
      "    1 | a b c #\n"
      "      |       ^\n" },
    // Tabs stay in the line and are repeated in the marker, so the caret lines up.
    { "\tfoo(\tbar)\n", "bar", 0, 3,
      "src/app.ts:1:7: error: msg\n"
      "    1 | \tfoo(\tbar)\n"
      "      | \t    \t^~~\n" },
    // CRLF ends a line once; the \r is not shown.
    { "a = 1;\r\nb = 2;\r\n  c = #;\r\n", "#", 0, 1,
      "src/app.ts:3:7: error: msg\n"
      "    3 |   c = #;\n"
      "      |       ^\n" },
    // Lone \r, U+2028 and U+2029 end lines too.
    { "a\rb\xE2\x80\xA8"
      "c\xE2\x80\xA9"
      "d #",
      "#", 0, 1,
      "src/app.ts:4:3: error: msg\n"
      "    4 | d #\n"
      "      |   ^\n" },
    // An offset between \r and \n is the end of the line they end.
    { "ab\r\ncd", NULL, 3, 1,
      "src/app.ts:1:3: error: msg\n"
      "    1 | ab\n"
      "      |   ^\n" },
    // The last line, without a trailing newline.
    { "one\ntwo\nthree(", "(", 0, 1,
      "src/app.ts:3:6: error: msg\n"
      "    3 | three(\n"
      "      |      ^\n" },
    // The end of the file, which ends without a newline: just past the last character.
    { "let x = (", NULL, 9, 0,
      "src/app.ts:1:10: error: msg\n"
      "    1 | let x = (\n"
      "      |          ^\n" },
    // The end of a file that ends with a newline is the start of an empty last line.
    { "x;\n", NULL, 3, 0,
      "src/app.ts:2:1: error: msg\n"
      "    2 |\n"
      "      | ^\n" },
    // Offsets and ranges past the end are clamped to it.
    { "x;", NULL, 100, 50,
      "src/app.ts:1:3: error: msg\n"
      "    1 | x;\n"
      "      |   ^\n" },
};

TEST(test_diag_frames) {
    Mem *m = mem_create();
    for (size_t i = 0; i < countof(frame_cases); i++) {
        const FrameCase *c = &frame_cases[i];
        Str text = str_from_cstr(c->text);
        uint32_t offset = c->offset;
        if (c->at)
            offset = (uint32_t)str_find(text, str_from_cstr(c->at));
        DiagSink *d = diag_create(m, 0);
        DiagFile f = file_of("src/app.ts", text);
        diag_report(d, DIAG_ERROR, &f, offset, c->len, "msg");
        char *got = print_to_string(d, false);
        if (!CHECK_CSTR_EQ(got, c->want))
            printf("  in frame case %zu\n", i);
        free(got);
        diag_destroy(d);
    }
    mem_destroy(m);
}

// The gutter widens past four digits and stays one space from the left edge.
TEST(test_diag_gutter_width) {
    static const struct {
        uint32_t line;
        const char *want;
    } cases[] = {
        { 1, "src/app.ts:1:1: error: msg\n    1 | x\n      | ^\n" },
        { 9999, "src/app.ts:9999:1: error: msg\n 9999 | x\n      | ^\n" },
        { 10000, "src/app.ts:10000:1: error: msg\n 10000 | x\n       | ^\n" },
        { 123456, "src/app.ts:123456:1: error: msg\n 123456 | x\n        | ^\n" },
    };
    Mem *m = mem_create();
    for (size_t i = 0; i < countof(cases); i++) {
        uint32_t newlines = cases[i].line - 1;
        char *text = mem_alloc(m, MEM_OTHER, newlines + 1);
        memset(text, '\n', newlines);
        text[newlines] = 'x';
        DiagSink *d = diag_create(m, 0);
        DiagFile f = file_of("src/app.ts", (Str){ text, newlines + 1 });
        diag_report(d, DIAG_ERROR, &f, newlines, 1, "msg");
        mem_free(m, text); // the sink copied what it needs
        check_output(t, d, cases[i].want);
        diag_destroy(d);
    }
    mem_destroy(m);
}

// A minified line of 2690 characters: "f(0);f(1);...f(399);".
static char *minified_line(Mem *m, size_t *len) {
    StrBuf b;
    strbuf_init(&b, m, MEM_OTHER);
    for (uint32_t i = 0; i < 400; i++)
        strbuf_printf(&b, "f(%u);", i);
    *len = b.len;
    return b.data;
}

TEST(test_diag_long_line_window) {
    static const struct {
        const char *at;
        const char *want;
    } cases[] = {
        // Near the start: no cut on the left.
        { "f(2);", "src/min.js:1:11: error: msg\n"
                   "    1 | f(0);f(1);f(2);f(3);f(4);f(5);f(6);f(7);f(8);f(9);f(10);f(11);f(12);"
                   "f(13);f(14);f(15);f(16);f(17);f(18);f(19);f(20);f(21...\n"
                   "      |           ^~~~~\n" },
        // In the middle: 40 code points of context before the caret, 80 after.
        { "f(160)",
          "src/min.js:1:1011: error: msg\n"
          "    1 | ...154);f(155);f(156);f(157);f(158);f(159);f(160);f(161);f(162);f(163);"
          "f(164);f(165);f(166);f(167);f(168);f(169);f(170);f(1...\n"
          "      |                                            ^~~~~~\n" },
        // Near the end: the window ends with the line.
        { "f(398)", "src/min.js:1:2677: error: msg\n"
                    "    1 | ...;f(383);f(384);f(385);f(386);f(387);f(388);f(389);f(390);f(391);"
                    "f(392);f(393);f(394);f(395);f(396);f(397);f(398);f(399);\n"
                    "      |                                                                      "
                    "                                        ^~~~~~\n" },
    };
    Mem *m = mem_create();
    size_t len;
    char *text = minified_line(m, &len);
    CHECK_INT_EQ(len, 2690);
    for (size_t i = 0; i < countof(cases); i++) {
        DiagSink *d = diag_create(m, 0);
        Str s = { text, len };
        DiagFile f = file_of("src/min.js", s);
        Str at = str_from_cstr(cases[i].at);
        diag_report(d, DIAG_ERROR, &f, (uint32_t)str_find(s, at), (uint32_t)at.len, "msg");
        check_output(t, d, cases[i].want);
        diag_destroy(d);
    }
    mem_free(m, text);
    mem_destroy(m);
}

// Bytes that could drive a terminal, and invalid UTF-8, become U+FFFD, one column each.
TEST(test_diag_binary_content) {
    Mem *m = mem_create();
    static const char bin[] = "ok\0\x1b[31m\xff\xfe bad\n";
    DiagSink *d = diag_create(m, 0);
    DiagFile f = file_of("data.bin", (Str){ bin, sizeof bin - 1 });
    diag_report(d, DIAG_ERROR, &f, 11, 3, "unexpected \x1b]0;title\x07 in \xc3");
    check_output(
            t, d,
            "data.bin:1:12: error: unexpected \xEF\xBF\xBD]0;title\xEF\xBF\xBD in \xEF\xBF\xBD\n"
            "    1 | ok\xEF\xBF\xBD\xEF\xBF\xBD[31m\xEF\xBF\xBD\xEF\xBF\xBD bad\n"
            "      |            ^~~\n");
    diag_destroy(d);

    // Overlong form (2 bytes), surrogate (3 bytes), then a truncated sequence at the end:
    // every byte is its own column.
    static const char bad[] = "\xC0\xAF\xED\xA0\x80x\xE2\x80";
    d = diag_create(m, 0);
    f = file_of("bad.js", (Str){ bad, sizeof bad - 1 });
    diag_report(d, DIAG_ERROR, &f, 5, 1, "msg");
    check_output(t, d,
                 "bad.js:1:6: error: msg\n"
                 "    1 | \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx"
                 "\xEF\xBF\xBD\xEF\xBF\xBD\n"
                 "      |      ^\n");
    diag_destroy(d);

    // A bidi override in the source could reorder the line on screen.
    d = diag_create(m, 0);
    f = file_of("t.js", STR("a\xE2\x80\xAE"
                            "b c"));
    diag_report(d, DIAG_WARNING, &f, 6, 1, "msg");
    check_output(t, d,
                 "t.js:1:5: warning: msg\n"
                 "    1 | a\xEF\xBF\xBD"
                 "b c\n"
                 "      |     ^\n");
    diag_destroy(d);
    mem_destroy(m);
}

// Without text there is no position; without a file, no location at all.
TEST(test_diag_without_position) {
    Mem *m = mem_create();
    DiagSink *d = diag_create(m, 0);
    DiagFile unread = file_of("src/missing.ts", STR(""));
    diag_report(d, DIAG_ERROR, &unread, 10, 2, "could not read \"%s\": %s", "src/missing.ts",
                "no such file or directory");
    diag_report(d, DIAG_WARNING, NULL, 0, 0, "%d entry points share a name", 2);
    check_output(t, d,
                 "warning: 2 entry points share a name\n"
                 "src/missing.ts: error: could not read \"src/missing.ts\": no such file or "
                 "directory\n");
    CHECK_INT_EQ(diag_error_count(d), 1);
    CHECK_INT_EQ(diag_warning_count(d), 1);
    diag_destroy(d);

    d = diag_create(m, 0);
    diag_report(d, DIAG_ERROR, NULL, 0, 0, "no input files");
    check_output(t, d, "error: no input files\n");
    diag_destroy(d);
    mem_destroy(m);
}

TEST(test_diag_warning_and_notes) {
    Mem *m = mem_create();
    DiagSink *d = diag_create(m, 0);
    DiagFile f = file_of("src/app.ts", STR("let x = 1;\nlet x = 2;\nx == NaN;\n"));
    uint32_t h = diag_report(d, DIAG_ERROR, &f, 15, 1, "\"x\" has already been declared");
    diag_note(d, h, &f, 4, 1, "\"x\" was declared here");
    diag_note(d, h, NULL, 0, 0, "rename one of them");
    uint32_t w = diag_report(d, DIAG_WARNING, &f, 22, 8, "comparison with NaN is always false");
    CHECK(h != ID_NONE && w != ID_NONE && h != w);
    check_output(t, d,
                 "src/app.ts:2:5: error: \"x\" has already been declared\n"
                 "    2 | let x = 2;\n"
                 "      |     ^\n"
                 "  src/app.ts:1:5: note: \"x\" was declared here\n"
                 "      1 | let x = 1;\n"
                 "        |     ^\n"
                 "  note: rename one of them\n"
                 "src/app.ts:3:1: warning: comparison with NaN is always false\n"
                 "    3 | x == NaN;\n"
                 "      | ^~~~~~~~\n");
    CHECK_INT_EQ(diag_error_count(d), 1);
    CHECK_INT_EQ(diag_warning_count(d), 1);
    diag_destroy(d);
    mem_destroy(m);
}

// --log-level=error: warnings are counted but not printed; errors and their notes still are.
TEST(test_diag_hidden_warnings) {
    Mem *m = mem_create();
    DiagSink *d = diag_create(m, 0);
    DiagFile f = file_of("a.js", STR("x == NaN;\nlet = ;\n"));
    diag_report(d, DIAG_WARNING, &f, 0, 8, "comparison with NaN is always false");
    uint32_t h = diag_report(d, DIAG_ERROR, &f, 14, 1, "unexpected \"=\"");
    diag_note(d, h, NULL, 0, 0, "a note stays with its error");
    diag_hide_warnings(d);
    check_output(t, d,
                 "a.js:2:5: error: unexpected \"=\"\n"
                 "    2 | let = ;\n"
                 "      |     ^\n"
                 "  note: a note stays with its error\n");
    CHECK_INT_EQ(diag_warning_count(d), 1);
    diag_destroy(d);
    mem_destroy(m);
}

TEST(test_diag_color) {
    Mem *m = mem_create();
    DiagSink *d = diag_create(m, 0);
    DiagFile f = file_of("a.js", STR("let = 1;\n"));
    uint32_t h = diag_report(d, DIAG_ERROR, &f, 4, 1, "expected a name");
    diag_note(d, h, &f, 0, 3, "in this declaration");
    diag_report(d, DIAG_WARNING, NULL, 0, 0, "w");
    char *got = print_to_string(d, true);
    CHECK_CSTR_EQ(got, "\x1b[1;35mwarning:\x1b[0m w\n"
                       "\x1b[1ma.js:1:5:\x1b[0m \x1b[1;31merror:\x1b[0m expected a name\n"
                       "    1 | let = 1;\n"
                       "      | \x1b[1;32m    ^\x1b[0m\n"
                       "  \x1b[1ma.js:1:1:\x1b[0m \x1b[1;36mnote:\x1b[0m in this declaration\n"
                       "      1 | let = 1;\n"
                       "        | \x1b[1;32m^~~\x1b[0m\n");
    free(got);
    // The same sink without colour has no escape at all.
    got = print_to_string(d, false);
    CHECK(strchr(got, '\x1b') == NULL);
    CHECK_CSTR_EQ(got, "warning: w\n"
                       "a.js:1:5: error: expected a name\n"
                       "    1 | let = 1;\n"
                       "      |     ^\n"
                       "  a.js:1:1: note: in this declaration\n"
                       "      1 | let = 1;\n"
                       "        | ^~~\n");
    free(got);
    diag_destroy(d);
    mem_destroy(m);
}

// Diagnostics for the order test; reported from pool jobs in varying orders.
typedef struct SortItem {
    DiagSink *sink;
    const DiagFile *file; // NULL: no location
    uint32_t offset;
    DiagSeverity severity;
    const char *message;
} SortItem;

static void report_item(void *ctx, uint32_t worker) {
    SortItem *it = ctx;
    diag_report(it->sink, it->severity, it->file, it->offset, 1, "%s", it->message);
}

static const char sorted_output[] = "error: z without a file\n"
                                    "warning: a without a file\n"
                                    "B.js:1:1: error: upper case sorts first\n"
                                    "    1 | q\n"
                                    "      | ^\n"
                                    "a.js:1:5: error: alpha\n"
                                    "    1 | let a = 1;\n"
                                    "      |     ^\n"
                                    "a.js:1:5: error: beta\n"
                                    "    1 | let a = 1;\n"
                                    "      |     ^\n"
                                    "a.js:1:5: warning: alpha\n"
                                    "    1 | let a = 1;\n"
                                    "      |     ^\n"
                                    "a.js:2:1: error: second line\n"
                                    "    2 | let bb = 2;\n"
                                    "      | ^\n"
                                    "b.js:1:3: warning: w\n"
                                    "    1 | x = 1;\n"
                                    "      |   ^\n"
                                    "b.js:3:1: error: third line\n"
                                    "    3 | z = 3;\n"
                                    "      | ^\n"
                                    "6 errors\n";

TEST(test_diag_sort_across_threads) {
    Mem *m = mem_create();
    DiagFile a = file_of("a.js", STR("let a = 1;\nlet bb = 2;\n"));
    DiagFile b = file_of("b.js", STR("x = 1;\ny = 2;\nz = 3;\n"));
    DiagFile upper = file_of("B.js", STR("q"));
    const SortItem items[] = {
        { NULL, &b, 14, DIAG_ERROR, "third line" },
        { NULL, &a, 4, DIAG_WARNING, "alpha" },
        { NULL, NULL, 0, DIAG_WARNING, "a without a file" },
        { NULL, &a, 4, DIAG_ERROR, "beta" },
        { NULL, &b, 2, DIAG_WARNING, "w" },
        { NULL, &a, 11, DIAG_ERROR, "second line" },
        { NULL, &upper, 0, DIAG_ERROR, "upper case sorts first" },
        { NULL, &a, 4, DIAG_ERROR, "alpha" },
        { NULL, NULL, 0, DIAG_ERROR, "z without a file" },
    };
    enum { N = countof(items) };
    SortItem shuffled[N];
    static const uint32_t thread_counts[] = { 1, 4 };
    for (size_t k = 0; k < countof(thread_counts); k++) {
        Pool *p = pool_create(m, thread_counts[k]);
        // Rotations and reversals of the report order, each run across the pool's threads.
        for (uint32_t order = 0; order < 2 * N; order++) {
            DiagSink *d = diag_create(m, 0);
            for (uint32_t i = 0; i < N; i++) {
                uint32_t j = order < N ? (i + order) % N : N - 1 - (i + order) % N;
                shuffled[i] = items[j];
                shuffled[i].sink = d;
            }
            pool_for_each(p, report_item, shuffled, sizeof(SortItem), N);
            char *got = print_to_string(d, false);
            if (!CHECK_CSTR_EQ(got, sorted_output))
                printf("  with %u threads, order %u\n", thread_counts[k], order);
            free(got);
            diag_destroy(d);
        }
        pool_destroy(p);
    }
    mem_destroy(m);
}

// Reports errors at the given offsets of a.js (plus one warning), in that order.
static DiagSink *report_limited(Mem *m, const DiagFile *f, const uint32_t *offsets, size_t n) {
    DiagSink *d = diag_create(m, 2);
    diag_report(d, DIAG_WARNING, f, 7, 1, "warnings are never dropped");
    for (size_t i = 0; i < n; i++) {
        uint32_t h = diag_report(d, DIAG_ERROR, f, offsets[i], 1, "error at %u", offsets[i]);
        diag_note(d, h, NULL, 0, 0, "note of the error at %u", offsets[i]);
    }
    return d;
}

TEST(test_diag_error_limit) {
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    DiagFile f = file_of("a.js", STR("0123456789"));
    // The kept errors are the two that sort first, whatever the order of arrival, and a note
    // goes with its error (notes of dropped errors are dropped).
    static const char want[] = "a.js:1:2: error: error at 1\n"
                               "    1 | 0123456789\n"
                               "      |  ^\n"
                               "  note: note of the error at 1\n"
                               "a.js:1:4: error: error at 3\n"
                               "    1 | 0123456789\n"
                               "      |    ^\n"
                               "  note: note of the error at 3\n"
                               "a.js:1:8: warning: warnings are never dropped\n"
                               "    1 | 0123456789\n"
                               "      |        ^\n"
                               "4 errors (2 not shown)\n";
    static const uint32_t orders[][4] = { { 9, 1, 5, 3 }, { 3, 5, 1, 9 }, { 1, 3, 5, 9 } };
    for (size_t i = 0; i < countof(orders); i++) {
        DiagSink *d = report_limited(m, &f, orders[i], 4);
        CHECK_INT_EQ(diag_error_count(d), 4);
        CHECK_INT_EQ(diag_warning_count(d), 1);
        check_output(t, d, want);
        diag_destroy(d);
    }
    // An error that arrives over the limit and sorts last gets no handle.
    DiagSink *d = diag_create(m, 1);
    CHECK(diag_report(d, DIAG_ERROR, &f, 1, 1, "kept") != ID_NONE);
    CHECK_INT_EQ(diag_report(d, DIAG_ERROR, &f, 2, 1, "dropped"), ID_NONE);
    check_output(t, d,
                 "a.js:1:2: error: kept\n"
                 "    1 | 0123456789\n"
                 "      |  ^\n"
                 "2 errors (1 not shown)\n");
    diag_destroy(d);
    CHECK_INT_EQ(mem_current(m), base); // evicted errors and their notes were freed
    mem_destroy(m);
}

TEST(test_diag_summary_line) {
    static const struct {
        uint32_t errors;
        uint32_t warnings;
        const char *summary; // the output's last line, or "" for none
    } cases[] = {
        { 0, 0, "" }, { 0, 3, "" }, { 1, 2, "" }, { 2, 0, "2 errors\n" }, { 3, 1, "3 errors\n" },
    };
    Mem *m = mem_create();
    for (size_t i = 0; i < countof(cases); i++) {
        DiagSink *d = diag_create(m, 0);
        for (uint32_t e = 0; e < cases[i].errors; e++)
            diag_report(d, DIAG_ERROR, NULL, 0, 0, "e%u", e);
        for (uint32_t w = 0; w < cases[i].warnings; w++)
            diag_report(d, DIAG_WARNING, NULL, 0, 0, "w%u", w);
        char *got = print_to_string(d, false);
        // Every diagnostic here is one line; the summary, if any, follows them.
        const char *rest = got;
        for (uint32_t n = 0; n < cases[i].errors + cases[i].warnings; n++)
            rest = strchr(rest, '\n') + 1;
        CHECK_CSTR_EQ(rest, cases[i].summary);
        free(got);
        diag_destroy(d);
    }
    mem_destroy(m);
}

TEST(test_diag_memory_charged) {
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    DiagSink *d = diag_create(m, 0);
    DiagFile f = file_of("a.js", STR("let a = 1;\n"));
    diag_report(d, DIAG_ERROR, &f, 4, 1, "msg");
    MemSnapshot now;
    mem_current_snapshot(m, &now);
    CHECK(now.by_cell[MEM_STAGE_OTHER][MEM_DIAG] > 0);
    CHECK_INT_EQ(now.bytes, mem_current(m));
    CHECK_INT_EQ(now.by_cell[MEM_STAGE_OTHER][MEM_DIAG], mem_current(m) - base);
    diag_destroy(d);
    CHECK_INT_EQ(mem_current(m), base);
    mem_destroy(m);
}
