// Tests of js/regexp: flags, and patterns valid or invalid in each mode (no flag, u, v), with the
// exact message and offset of each error. The validity of every case without an ES2025 feature
// (modifiers, duplicate names in alternatives) was checked against node's own RegExp.
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "js/regexp.h"
#include "test.h"

TEST(test_regexp_flags) {
    static const struct {
        const char *flags;
        const char *error; // NULL: valid
        uint32_t offset;
        uint32_t bits;
    } cases[] = {
        { "", NULL, 0, 0 },
        { "g", NULL, 0, REGEXP_GLOBAL },
        { "dgimsuy", NULL, 0,
          REGEXP_HAS_INDICES | REGEXP_GLOBAL | REGEXP_IGNORE_CASE | REGEXP_MULTILINE |
                  REGEXP_DOT_ALL | REGEXP_UNICODE | REGEXP_STICKY },
        { "v", NULL, 0, REGEXP_UNICODE_SETS },
        { "gig", "Duplicate flag \"g\" in regular expression", 2, 0 },
        { "ia", "Invalid regular expression flag \"a\"", 1, 0 },
        { "G", "Invalid regular expression flag \"G\"", 0, 0 },
        { "vu", "The \"u\" and \"v\" flags cannot be used together", 1, 0 },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        uint32_t bits;
        RegExpError err;
        bool ok = regexp_parse_flags(str_from_cstr(cases[i].flags), &bits, &err);
        CHECK_INT_EQ(ok, cases[i].error == NULL);
        if (ok) {
            CHECK_INT_EQ(bits, cases[i].bits);
        } else if (cases[i].error) {
            CHECK_CSTR_EQ(err.message, cases[i].error);
            CHECK_INT_EQ(err.offset, cases[i].offset);
        }
    }
}

TEST(test_regexp_patterns) {
    static const struct {
        const char *pattern;
        const char *flags;
        const char *error; // reason after "Invalid regular expression: "; NULL: valid
        uint32_t offset;
    } cases[] = {
        { "abc", "", NULL, 0 },
        { "a|b|", "", NULL, 0 },
        { "^a$", "", NULL, 0 },
        { "a*b+c?d*?e+?f??", "", NULL, 0 },
        { "a{2}b{2,}c{2,3}d{2,3}?", "", NULL, 0 },
        { "a{3,2}", "", "numbers out of order in {} quantifier", 1 },
        { "a{3,2}", "u", "numbers out of order in {} quantifier", 1 },
        { "a{,2}", "", NULL, 0 },
        { "a{,2}", "u", "incomplete quantifier", 1 },
        { "a{", "u", "incomplete quantifier", 1 },
        { "{", "", NULL, 0 },
        { "{", "u", "lone quantifier brackets", 0 },
        { "}", "", NULL, 0 },
        { "}", "u", "lone quantifier brackets", 0 },
        { "]", "", NULL, 0 },
        { "]", "u", "lone quantifier brackets", 0 },
        { "{1}", "", "nothing to repeat", 0 },
        { "*", "", "nothing to repeat", 0 },
        { "a**", "", "nothing to repeat", 2 },
        { "a???", "", "nothing to repeat", 3 },
        { "+a", "", "nothing to repeat", 0 },
        { "a|*", "", "nothing to repeat", 2 },
        { "(*)", "", "nothing to repeat", 1 },
        { "^*", "", "nothing to repeat", 1 },
        { "\\b+", "", "nothing to repeat", 2 },
        { "(", "", "unterminated group", 0 },
        { "(a(b)", "", "unterminated group", 0 },
        { "a)", "", "unmatched ')'", 1 },
        { "(?:a)(?=b)(?!c)(?<=d)(?<!e)", "", NULL, 0 },
        { "(?=a)*", "", NULL, 0 },
        { "(?=a)*", "u", "nothing to repeat", 5 },
        { "(?<=a)*", "", "nothing to repeat", 6 },
        { "(?x)", "", "invalid group", 0 },
        { "(?", "", "invalid group", 0 },
        { "(?<a>x)\\k<a>", "", NULL, 0 },
        { "(?<a>x)\\k<a>", "u", NULL, 0 },
        { "\\k<a>(?<a>x)", "", NULL, 0 },
        { "\\k", "", NULL, 0 },
        { "\\k", "u", "invalid named reference", 0 },
        { "\\k<a>", "", NULL, 0 },
        { "(?<b>x)\\k<a>", "", "invalid named capture referenced", 7 },
        { "(?<a>x)\\k<a", "", "invalid named reference", 7 },
        { "(?<a>x)(?<a>y)", "", "duplicate capture group name", 9 },
        { "(?<a>x)|(?<a>y)", "", NULL, 0 },
        { "((?<a>x)|(?<a>y))(?<a>z)", "", "duplicate capture group name", 19 },
        { "(?:(?<a>x)|(?<a>y))|(?<a>z)", "", NULL, 0 },
        { "(?<a>x)(?:(?<a>y)|z)", "", "duplicate capture group name", 12 },
        { "(?<$ab_1>x)", "", NULL, 0 },
        { "(?<\\u0061>x)\\k<a>", "", NULL, 0 },
        { "(?<\\u{1d49c}>x)", "", NULL, 0 },
        { "(?<\\ud835\\udc9c>x)", "", NULL, 0 },
        { "(?<\xf0\x9d\x92\x9c>x)", "", NULL, 0 },
        { "(?<1a>x)", "", "invalid capture group name", 3 },
        { "(?<>x)", "", "invalid capture group name", 2 },
        { "(?<a-b>x)", "", "invalid capture group name", 4 },
        { "(?<a", "", "invalid capture group name", 2 },
        { "\\1(a)", "", NULL, 0 },
        { "\\2(a)", "", NULL, 0 },
        { "\\2(a)", "u", "invalid escape", 0 },
        { "\\8", "", NULL, 0 },
        { "\\8", "u", "invalid escape", 0 },
        { "\\0", "", NULL, 0 },
        { "\\00", "", NULL, 0 },
        { "\\00", "u", "invalid decimal escape", 0 },
        { "\\07", "u", "invalid decimal escape", 0 },
        { "\\cA\\cz", "", NULL, 0 },
        { "\\c1", "", NULL, 0 },
        { "\\c1", "u", "invalid unicode escape", 0 },
        { "\\c", "", NULL, 0 },
        { "\\x41\\u0041\\u{41}", "u", NULL, 0 },
        { "\\x4", "", NULL, 0 },
        { "\\x4", "u", "invalid escape", 0 },
        { "\\u12", "", NULL, 0 },
        { "\\u12", "u", "invalid Unicode escape", 0 },
        { "\\u{110000}", "u", "invalid Unicode escape", 0 },
        { "\\u{}", "u", "invalid Unicode escape", 0 },
        { "\\ud83d\\ude00", "u", NULL, 0 },
        { "\\q\\e\\-", "", NULL, 0 },
        { "\\q", "u", "invalid escape", 0 },
        { "\\-", "u", "invalid escape", 0 },
        { "\\/\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|", "u", NULL, 0 },
        { "\\", "", "\\ at end of pattern", 0 },
        { "\\p{L}\\P{Lu}\\p{Letter}\\p{General_Category=Lu}\\p{gc=L}\\p{Script=Greek}\\p{sc=Grek}"
          "\\p{scx=Latn}",
          "u", NULL, 0 },
        { "\\p{ASCII}\\p{Any}\\p{ID_Start}", "u", NULL, 0 },
        { "\\p{L}", "", NULL, 0 },
        { "\\p{Foo}", "u", "invalid property name", 0 },
        { "\\p{L", "u", "invalid property name", 0 },
        { "\\p", "u", "invalid property name", 0 },
        { "\\p{Script=Foo}", "u", "invalid property name", 0 },
        { "\\p{Foo=L}", "u", "invalid property name", 0 },
        { "\\p{ascii}", "u", "invalid property name", 0 },
        { "\\p{RGI_Emoji}", "u", "invalid property name", 0 },
        { "\\p{RGI_Emoji}", "v", NULL, 0 },
        { "\\P{RGI_Emoji}", "v", "invalid property name", 0 },
        { "[abc]", "", NULL, 0 },
        { "[^a-z0-9_]", "", NULL, 0 },
        { "[z-a]", "", "range out of order in character class", 1 },
        { "[z-a]", "u", "range out of order in character class", 1 },
        { "[\\d-z]", "", NULL, 0 },
        { "[\\d-z]", "u", "invalid character class", 1 },
        { "[a-\\d]", "u", "invalid character class", 1 },
        { "[-a][a-][--a]", "", NULL, 0 },
        { "[\\b\\-]", "u", NULL, 0 },
        { "[\\B]", "", NULL, 0 },
        { "[\\B]", "u", "invalid class escape", 1 },
        { "[\\1]", "", NULL, 0 },
        { "[\\1]", "u", "invalid class escape", 1 },
        { "[\\c1\\c_]", "", NULL, 0 },
        { "[\\c1]", "u", "invalid unicode escape", 1 },
        { "[\xf0\x9f\x98\x80-\xf0\x9f\x98\x82]", "", "range out of order in character class", 1 },
        { "[\xf0\x9f\x98\x80-\xf0\x9f\x98\x82]", "u", NULL, 0 },
        { "[\\ud83d\\ude00-\\ud83d\\ude02]", "u", NULL, 0 },
        { "[a-\xf0\x9f\x98\x80]", "", NULL, 0 },
        { "[", "u", "unterminated character class", 0 },
        { "[a", "", "unterminated character class", 0 },
        { "[]]", "", NULL, 0 },
        { "[]]", "u", "lone quantifier brackets", 2 },
        { "(?<a>.)[\\k<a>]", "", "invalid escape", 8 },
        { "[\\k]", "", NULL, 0 },
        { "\\p{Lu}[\\p{Ll}]", "u", NULL, 0 },
        { "[\\p{L}-z]", "u", "invalid character class", 1 },
        { "(?i:a)(?-i:b)(?im-s:c)", "", NULL, 0 },
        { "(?-:a)", "", "invalid group", 0 },
        { "(?ii:a)", "", "repeated flag in modifiers", 3 },
        { "(?i-i:a)", "", "repeated flag in modifiers", 4 },
        { "(?z:a)", "", "invalid group", 0 },
        { "[a&&b]", "v", NULL, 0 },
        { "[a--b]", "v", NULL, 0 },
        { "[a&&b&&c]", "v", NULL, 0 },
        { "[a--b--c]", "v", NULL, 0 },
        { "[ab&&c]", "v", "invalid set operation in character class", 3 },
        { "[a&&b--c]", "v", "invalid set operation in character class", 5 },
        { "[a&&]", "v", "invalid set operation in character class", 4 },
        { "[&&a]", "v", "invalid set operation in character class", 1 },
        { "[a&&&b]", "v", "invalid set operation in character class", 2 },
        { "[a-z&&b]", "v", "invalid set operation in character class", 4 },
        { "[[a-z]&&[aeiou]]", "v", NULL, 0 },
        { "[[a-z]--[aeiou]]", "v", NULL, 0 },
        { "[\\q{abc|d}]", "v", NULL, 0 },
        { "[^\\q{abc}]", "v", "negated character class may contain strings", 0 },
        { "[^\\q{a|b}]", "v", NULL, 0 },
        { "[^[\\q{ab}]--[a]]", "v", "negated character class may contain strings", 0 },
        { "[^[\\q{ab}]&&[a]]", "v", NULL, 0 },
        { "[^\\p{RGI_Emoji}]", "v", "negated character class may contain strings", 0 },
        { "[(]", "v", "invalid character in character class", 1 },
        { "[a-]", "v", "invalid character in character class", 3 },
        { "[\\(\\-\\&]", "v", NULL, 0 },
        { "[a!!b]", "v", "invalid set operation in character class", 2 },
        { "[a!b]", "v", NULL, 0 },
        { "[[[[a]]]]", "v", NULL, 0 },
        { "[z-a]", "v", "range out of order in character class", 1 },
        { "[", "v", "unterminated character class", 0 },
        { "[[a]", "v", "unterminated character class", 0 },
        { "a{2}{3}", "", "nothing to repeat", 4 },
        { "x{1,2}?y", "", NULL, 0 },
        { "a{99999999999999999999}", "", NULL, 0 },
        { "a{1,99999999999999999999}", "", NULL, 0 },
        { "(?<=a)(?<!b)", "u", NULL, 0 },
    };
    Mem *m = mem_create();
    Arena scratch;
    arena_init(&scratch, m, MEM_OTHER, 0);
    for (size_t i = 0; i < countof(cases); i++) {
        uint32_t flags;
        RegExpError err;
        CHECK(regexp_parse_flags(str_from_cstr(cases[i].flags), &flags, &err));
        size_t used = arena_bytes_used(&scratch);
        bool ok = regexp_validate(str_from_cstr(cases[i].pattern), flags, &scratch, &err);
        CHECK_INT_EQ(arena_bytes_used(&scratch), used); // scratch rewound
        if (!CHECK_INT_EQ(ok, cases[i].error == NULL)) {
            printf("  /%s/%s: %s\n", cases[i].pattern, cases[i].flags, ok ? "valid" : err.message);
            continue;
        }
        if (ok)
            continue;
        char want[128];
        snprintf(want, sizeof want, "Invalid regular expression: %s", cases[i].error);
        bool same = CHECK_CSTR_EQ(err.message, want);
        same &= CHECK_INT_EQ(err.offset, cases[i].offset);
        if (!same)
            printf("  /%s/%s\n", cases[i].pattern, cases[i].flags);
    }
    arena_deinit(&scratch);
    mem_destroy(m);
}

TEST(test_regexp_deep_nesting) {
    // Deep groups and v-mode classes use explicit stacks: no recursion, no stack overflow.
    enum { DEPTH = 100000 };
    Mem *m = mem_create();
    Arena scratch;
    arena_init(&scratch, m, MEM_OTHER, 0);
    StrBuf b;
    strbuf_init(&b, m, MEM_OTHER);
    for (int i = 0; i < DEPTH; i++)
        strbuf_append_char(&b, '(');
    strbuf_append_char(&b, 'a');
    for (int i = 0; i < DEPTH; i++)
        strbuf_append_char(&b, ')');
    RegExpError err;
    CHECK(regexp_validate(strbuf_str(&b), 0, &scratch, &err));
    strbuf_clear(&b);
    for (int i = 0; i < DEPTH; i++)
        strbuf_append_char(&b, '[');
    for (int i = 0; i < DEPTH; i++)
        strbuf_append_char(&b, ']');
    CHECK(regexp_validate(strbuf_str(&b), REGEXP_UNICODE_SETS, &scratch, &err));
    strbuf_append_char(&b, ')');
    CHECK(!regexp_validate(strbuf_str(&b), REGEXP_UNICODE_SETS, &scratch, &err));
    CHECK_INT_EQ(err.offset, 2 * DEPTH);
    strbuf_deinit(&b);
    arena_deinit(&scratch);
    mem_destroy(m);
}
