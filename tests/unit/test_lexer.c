// Tests of js/lexer: token kinds, flags and offsets, words, identifiers, numbers, strings,
// templates, regular expression rescans, comments, line terminators, bad input and every error
// message. Table-driven: source -> kinds, source -> value, source -> "line:col: message".
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/lexer.h"
#include "js/token.h"
#include "js/unicode.h"
#include "test.h"

// ---------------------------------------------------------------------------------------------
// Fixture

typedef struct LexFixture {
    Mem *mem;
    Arena arena;
    DiagSink *sink;
    Lexer lx;
    StrBuf out; // the text of the last kinds/errors query
} LexFixture;

// Opens a lexer on src[0, len) (src[len] must be NUL, as in string literals).
static void fix_open(LexFixture *f, const char *src, size_t len, bool module) {
    f->mem = mem_create();
    arena_init(&f->arena, f->mem, MEM_AST, 0);
    f->sink = diag_create(f->mem, 0);
    strbuf_init(&f->out, f->mem, MEM_OTHER);
    DiagFile file = { STR("test.js"), { src, len } };
    lex_init(&f->lx, &file, f->sink, &f->arena, module);
}

static void fix_open_cstr(LexFixture *f, const char *src) {
    fix_open(f, src, strlen(src), false);
}

static void fix_close(LexFixture *f) {
    strbuf_deinit(&f->out);
    diag_destroy(f->sink);
    arena_deinit(&f->arena);
    mem_destroy(f->mem);
}

// Lexes to the end and lists the token kinds, space-separated.
static Str fix_kinds(LexFixture *f) {
    strbuf_clear(&f->out);
    for (int n = 0; n < 10000; n++) {
        lex_next(&f->lx);
        if (f->lx.token.kind == TOK_EOF)
            break;
        if (f->out.len)
            strbuf_append_char(&f->out, ' ');
        strbuf_append_cstr(&f->out, token_name(f->lx.token.kind));
    }
    return strbuf_str(&f->out);
}

// The errors reported so far, as "line:col: message" lines joined by '\n' (diag's order).
static Str fix_errors(LexFixture *f) {
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

// Lexes src (a script, or a module) and returns its kinds; errors must be as expected.
typedef struct KindCase {
    const char *src;
    const char *kinds;
} KindCase;

static void check_kinds(TestState *t, const KindCase *cases, size_t n, bool module) {
    for (size_t i = 0; i < n; i++) {
        LexFixture f;
        fix_open(&f, cases[i].src, strlen(cases[i].src), module);
        Str got = fix_kinds(&f);
        if (!CHECK_STR_EQ(got, str_from_cstr(cases[i].kinds)))
            printf("  source: %s\n", cases[i].src);
        CHECK_STR_EQ(fix_errors(&f), STR(""));
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

TEST(test_lexer_punctuators) {
    static const KindCase cases[] = {
        { "", "" },
        { "{}()[];,:~@", "{ } ( ) [ ] ; , : ~ @" },
        { ". ... ?. ? ?? ?\?=", ". ... ?. ? ?? ?\?=" },
        { "a?.5:b", "identifier ? number : identifier" },
        { "< << <= <<= > >> >>> >= >>= >>>=", "< << <= <<= > >> >>> >= >>= >>>=" },
        { "= == === => ! != !==", "= == === => ! != !==" },
        { "+ ++ += - -- -= * ** *= **= % %=", "+ ++ += - -- -= * ** *= **= % %=" },
        { "& && &= &&= | || |= ||= ^ ^=", "& && &= &&= | || |= ||= ^ ^=" },
        { "/ /=", "/ /=" },
        { "a+++b", "identifier ++ + identifier" },
        { "x=>y", "identifier => identifier" },
        { "a.b?.c", "identifier . identifier ?. identifier" },
        { "#x in obj", "private name in identifier" },
        { "'s' \"d\" `t` 1 2n", "string string template literal number bigint" },
        { "`a${b", "template head identifier" },
        { "if (a) return; else throw b", "if ( identifier ) return ; else throw identifier" },
        { "x\xc2\xa0y\xef\xbb\xbfz", "identifier identifier identifier" },
    };
    check_kinds(t, cases, countof(cases), false);
}

TEST(test_lexer_offsets) {
    LexFixture f;
    fix_open_cstr(&f, "  let x = 'ab' // c\n /* d */ 3.5");
    static const struct {
        TokenKind kind;
        uint32_t start;
        uint32_t end;
        uint16_t flags;
    } want[] = {
        { TOK_IDENT, 2, 5, 0 },
        { TOK_IDENT, 6, 7, 0 },
        { TOK_EQ, 8, 9, 0 },
        { TOK_STRING, 10, 14, 0 },
        { TOK_NUMBER, 29, 32, TOKF_NEWLINE_BEFORE },
        { TOK_EOF, 32, 32, 0 },
    };
    uint32_t prev_end = 0;
    for (size_t i = 0; i < countof(want); i++) {
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.kind, want[i].kind);
        CHECK_INT_EQ(f.lx.token.start, want[i].start);
        CHECK_INT_EQ(f.lx.token.end, want[i].end);
        CHECK_INT_EQ(f.lx.token.flags, want[i].flags);
        CHECK_INT_EQ(f.lx.prev_end, prev_end);
        prev_end = f.lx.token.end;
    }
    lex_next(&f.lx);
    CHECK_INT_EQ(f.lx.token.kind, TOK_EOF);
    fix_close(&f);
}

// ---------------------------------------------------------------------------------------------
// Words and identifiers

TEST(test_lexer_every_word) {
    // Every word of token.h is recognised, as a token kind (reserved) or a keyword id.
    for (int kw = KW_NONE + 1; kw < KW_COUNT; kw++) {
        LexFixture f;
        fix_open_cstr(&f, keyword_name((Keyword)kw));
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.keyword, kw);
        if (keyword_is_reserved((Keyword)kw)) {
            CHECK_INT_EQ(f.lx.token.kind, keyword_token((Keyword)kw));
            CHECK_CSTR_EQ(token_name(f.lx.token.kind), keyword_name((Keyword)kw));
        } else {
            CHECK(lex_is_contextual(&f.lx.token, (Keyword)kw));
        }
        fix_close(&f);
    }
    static const char *const not_words[] = {
        "x", "i", "If", "iff", "asyncs", "constructors", "_if", "$as", "awai", "ye1d", "undefine"
    };
    for (size_t i = 0; i < countof(not_words); i++) {
        LexFixture f;
        fix_open_cstr(&f, not_words[i]);
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.kind, TOK_IDENT);
        CHECK_INT_EQ(f.lx.token.keyword, KW_NONE);
        fix_close(&f);
    }
}

TEST(test_lexer_identifiers) {
    static const struct {
        const char *src;
        TokenKind kind;
        Keyword keyword;
        bool escaped;
        const char *name;
    } cases[] = {
        { "foo", TOK_IDENT, KW_NONE, false, "foo" },
        { "$_a1", TOK_IDENT, KW_NONE, false, "$_a1" },
        { "\xe2\x84\xae", TOK_IDENT, KW_NONE, false, "\xe2\x84\xae" },           // U+212E
        { "\xf0\x90\x8a\xa7x", TOK_IDENT, KW_NONE, false, "\xf0\x90\x8a\xa7x" }, // U+102A7
        { "caf\xc3\xa9", TOK_IDENT, KW_NONE, false, "caf\xc3\xa9" },
        { "a\xe2\x80\x8c", TOK_IDENT, KW_NONE, false, "a\xe2\x80\x8c" }, // ZWNJ
        { "\\u0061wait", TOK_IDENT, KW_AWAIT, true, "await" },
        { "\\u{69}f", TOK_IDENT, KW_IF, true, "if" },
        { "i\\u0066", TOK_IDENT, KW_IF, true, "if" },
        { "\\u0078\\u{79}z", TOK_IDENT, KW_NONE, true, "xyz" },
        { "\\u{1d49c}", TOK_IDENT, KW_NONE, true, "\xf0\x9d\x92\x9c" },
        { "a\\u{10FFFF}", TOK_IDENT, KW_NONE, false, NULL }, // not ID_Continue: error case below
        { "#priv", TOK_PRIVATE_NAME, KW_NONE, false, "#priv" },
        { "#constructor", TOK_PRIVATE_NAME, KW_CONSTRUCTOR, false, "#constructor" },
        { "#\\u0061", TOK_PRIVATE_NAME, KW_NONE, true, "#a" },
        { "#if", TOK_PRIVATE_NAME, KW_IF, false, "#if" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        if (!cases[i].name)
            continue;
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        lex_next(&f.lx);
        const Token *tok = &f.lx.token;
        CHECK_INT_EQ(tok->kind, cases[i].kind);
        CHECK_INT_EQ(tok->keyword, cases[i].keyword);
        CHECK_INT_EQ((tok->flags & TOKF_ESCAPED) != 0, cases[i].escaped);
        CHECK_INT_EQ(tok->end, strlen(cases[i].src));
        CHECK_STR_EQ(lex_identifier_name(&f.lx, tok, &f.arena), str_from_cstr(cases[i].name));
        CHECK_STR_EQ(fix_errors(&f), STR(""));
        if (cases[i].escaped)
            CHECK(!lex_is_contextual(tok, (Keyword)cases[i].keyword));
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

TEST(test_lexer_number_values) {
    static const struct {
        const char *src;
        double value;
        TokenKind kind;
    } cases[] = {
        { "0", 0, TOK_NUMBER },
        { "1", 1, TOK_NUMBER },
        { "123", 123, TOK_NUMBER },
        { ".5", 0.5, TOK_NUMBER },
        { "0.1", 0.1, TOK_NUMBER },
        { "1e21", 1e21, TOK_NUMBER },
        { "1E+2", 100, TOK_NUMBER },
        { "1.5e-7", 1.5e-7, TOK_NUMBER },
        { "1.", 1, TOK_NUMBER },
        { "1.e2", 100, TOK_NUMBER },
        { "0.1e1", 1, TOK_NUMBER },
        { "0e0", 0, TOK_NUMBER },
        { "0.000001", 0.000001, TOK_NUMBER },
        { "0.30000000000000004", 0.30000000000000004, TOK_NUMBER },
        { "9007199254740993", 9007199254740992.0, TOK_NUMBER },
        { "9007199254740995", 9007199254740996.0, TOK_NUMBER },
        { "9007199254740993.0000000000000000000001", 9007199254740994.0, TOK_NUMBER },
        { "123456789012345678901234567890", 1.2345678901234568e+29, TOK_NUMBER },
        { "2.2250738585072011e-308", 2.225073858507201e-308, TOK_NUMBER },
        { "17976931348623157e292", 1.7976931348623157e+308, TOK_NUMBER },
        { "1.7976931348623159e308", HUGE_VAL, TOK_NUMBER },
        { "1e400", HUGE_VAL, TOK_NUMBER },
        { "1e-400", 0, TOK_NUMBER },
        { "5e-324", 5e-324, TOK_NUMBER },
        { "2.4703282292062327e-324", 0, TOK_NUMBER },
        { "2.4703282292062328e-324", 5e-324, TOK_NUMBER },
        { "1_000_000", 1000000, TOK_NUMBER },
        { "1_0.0_1", 10.01, TOK_NUMBER },
        { "1e1_0", 1e10, TOK_NUMBER },
        { "0x1_0", 16, TOK_NUMBER },
        { "0xFF", 255, TOK_NUMBER },
        { "0b101", 5, TOK_NUMBER },
        { "0B11", 3, TOK_NUMBER },
        { "0o17", 15, TOK_NUMBER },
        { "0O777", 511, TOK_NUMBER },
        { "0x1fffffffffffff", 9007199254740991.0, TOK_NUMBER },
        { "0x20000000000001", 9007199254740992.0, TOK_NUMBER }, // halfway, to even
        { "0x20000000000002", 9007199254740994.0, TOK_NUMBER },
        { "0x20000000000003", 9007199254740996.0, TOK_NUMBER }, // halfway, to even
        { "0x1fffffffffffff1", 144115188075855860.0, TOK_NUMBER },
        { "0x3ffffffffffffe8", 288230376151711700.0, TOK_NUMBER },
        { "0xFFFFFFFFFFFFFFFFF", 295147905179352830000.0, TOK_NUMBER },
        { "0x10000000000000000000000000000000000000000000000000001", 4.113761393303015e+62,
          TOK_NUMBER },
        { "017", 15, TOK_NUMBER },
        { "0777", 511, TOK_NUMBER },
        { "08", 8, TOK_NUMBER },
        { "0009", 9, TOK_NUMBER },
        { "09.5", 9.5, TOK_NUMBER },
        { "123n", 123, TOK_BIGINT },
        { "0n", 0, TOK_BIGINT },
        { "0x10n", 16, TOK_BIGINT },
        { "1_0n", 10, TOK_BIGINT },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.kind, cases[i].kind);
        CHECK_INT_EQ(f.lx.token.end, strlen(cases[i].src));
        if (!CHECK(f.lx.token.number == cases[i].value))
            printf("  %s: got %.17g, want %.17g\n", cases[i].src, f.lx.token.number,
                   cases[i].value);
        CHECK_STR_EQ(fix_errors(&f), STR(""));
        bool legacy = cases[i].src[0] == '0' && cases[i].src[1] >= '0' && cases[i].src[1] <= '9';
        CHECK_INT_EQ((f.lx.token.flags & TOKF_LEGACY_OCTAL) != 0, legacy);
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Strings and templates

TEST(test_lexer_string_values) {
    static const struct {
        const char *src;
        const char *value;
        size_t value_len; // 0: strlen(value)
        bool escaped;
    } cases[] = {
        { "'abc'", "abc", 0, false },
        { "\"it's\"", "it's", 0, false },
        { "''", "", 0, false },
        { "'\\n\\t\\b\\f\\v\\r\\0'", "\n\t\b\f\v\r", 7, true },
        { "'\\'\\\"\\\\'", "'\"\\", 0, true },
        { "'\\x41\\x7e'", "A~", 0, true },
        { "'\\u0041\\u{42}\\u{0000043}'", "ABC", 0, true },
        { "'\\u00e9\\u{1F600}'", "\xc3\xa9\xf0\x9f\x98\x80", 0, true },
        { "'\\uD83D\\uDE00'", "\xf0\x9f\x98\x80", 0, true },         // pair joins
        { "'\\u{D83D}\\u{DE00}'", "\xf0\x9f\x98\x80", 0, true },     // pair joins
        { "'\\uD800x'", "\xed\xa0\x80x", 0, true },                  // lone: WTF-8
        { "'\\uDE00\\uD83D'", "\xed\xb8\x80\xed\xa0\xbd", 0, true }, // wrong order: two
        { "'a\\\nb\\\r\nc\\\rd\\\xe2\x80\xa8"
          "e'",
          "abcde", 0, true },                            // continuations
        { "'\\q\\$\\\xc3\xa9'", "q$\xc3\xa9", 0, true }, // identity escapes
        { "'\\101\\7\\08\\8'",
          "A\a\x00"
          "88",
          5, true }, // legacy (sloppy)
        { "'\\377\\400'",
          "\xc3\xbf"
          " 0",
          0, true },
        { "'a\xe2\x80\xa8"
          "b'",
          "a\xe2\x80\xa8"
          "b",
          0, false }, // U+2028 allowed
        { "'\xf0\x9f\x98\x80'", "\xf0\x9f\x98\x80", 0, false },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.kind, TOK_STRING);
        CHECK_INT_EQ(f.lx.token.end, strlen(cases[i].src));
        CHECK_INT_EQ((f.lx.token.flags & TOKF_ESCAPED) != 0, cases[i].escaped);
        size_t len = cases[i].value_len ? cases[i].value_len : strlen(cases[i].value);
        Str got = lex_string_value(&f.lx, &f.lx.token, &f.arena);
        if (!CHECK_STR_EQ(got, ((Str){ cases[i].value, len })))
            printf("  source: %s\n", cases[i].src);
        CHECK_STR_EQ(fix_errors(&f), STR(""));
        if (!cases[i].escaped)
            CHECK(got.ptr == f.lx.src + 1); // no copy without escapes
        fix_close(&f);
    }
}

TEST(test_lexer_templates) {
    static const struct {
        const char *src;
        const char *kinds;
        const char *cooked; // of the first part; NULL: undefined
        const char *raw;
        size_t cooked_len; // 0: strlen(cooked)
    } cases[] = {
        { "`abc`", "template literal", "abc", "abc", 0 },
        { "`a${x}b${y}c`", "template head identifier template middle identifier template tail", "a",
          "a", 0 },
        { "`${{}}`", "template head { } template tail", "", "", 0 },
        { "`a\\nb`", "template literal", "a\nb", "a\\nb", 0 },
        { "`a\r\nb\rc`", "template literal", "a\nb\nc", "a\nb\nc", 0 },
        { "`a\\\r\nb`", "template literal", "ab", "a\\\nb", 0 },
        { "`$ {$`", "template literal", "$ {$", "$ {$", 0 },
        { "`\\u{41}\\x42`", "template literal", "AB", "\\u{41}\\x42", 0 },
        { "`\\01`", "template literal", NULL, "\\01", 0 },
        { "`\\8`", "template literal", NULL, "\\8", 0 },
        { "`\\xZ`", "template literal", NULL, "\\xZ", 0 },
        { "`\\u{110000}`", "template literal", NULL, "\\u{110000}", 0 },
        { "`\\0`", "template literal", "\0", "\\0", 1 },
        { "`\\uD83D\\uDE00`", "template literal", "\xf0\x9f\x98\x80", "\\uD83D\\uDE00", 0 },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        strbuf_clear(&f.out);
        Token first = { 0 };
        int depth = 0;
        for (int n = 0; n < 100; n++) {
            lex_next(&f.lx);
            if (f.lx.token.kind == TOK_CLOSE_BRACE && depth == 0)
                lex_rescan_template(&f.lx);
            else if (f.lx.token.kind == TOK_OPEN_BRACE)
                depth++;
            else if (f.lx.token.kind == TOK_CLOSE_BRACE)
                depth--;
            if (f.lx.token.kind == TOK_EOF)
                break;
            if (n == 0)
                first = f.lx.token;
            if (f.out.len)
                strbuf_append_char(&f.out, ' ');
            strbuf_append_cstr(&f.out, token_name(f.lx.token.kind));
        }
        if (!CHECK_STR_EQ(strbuf_str(&f.out), str_from_cstr(cases[i].kinds)))
            printf("  source: %s\n", cases[i].src);
        Str cooked;
        bool defined = lex_template_cooked(&f.lx, &first, &f.arena, &cooked);
        CHECK_INT_EQ(defined, cases[i].cooked != NULL);
        CHECK_INT_EQ((first.flags & TOKF_INVALID_ESCAPE) != 0, cases[i].cooked == NULL);
        if (defined) {
            size_t len = cases[i].cooked_len ? cases[i].cooked_len : strlen(cases[i].cooked);
            CHECK_STR_EQ(cooked, ((Str){ cases[i].cooked, len }));
        }
        CHECK_STR_EQ(lex_template_raw(&f.lx, &first, &f.arena), str_from_cstr(cases[i].raw));
        // Bad escapes are no error until the parser knows the template is untagged.
        CHECK_STR_EQ(fix_errors(&f), STR(""));
        fix_close(&f);
    }
}

TEST(test_lexer_template_escape_errors) {
    static const struct {
        const char *src;
        const char *errors;
    } cases[] = {
        { "`a\\01`", "1:3: Octal escape sequences are not allowed in template strings" },
        { "`\\9`", "1:2: \\8 and \\9 are not allowed in template strings" },
        { "`ok\\x4`", "1:4: Invalid hexadecimal escape sequence" },
        { "`\\u{110000}`", "1:2: Unicode escape sequence is out of range" },
        { "`\\u12`", "1:2: Invalid Unicode escape sequence" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        lex_next(&f.lx);
        CHECK(f.lx.token.flags & TOKF_INVALID_ESCAPE);
        lex_report_template_escape(&f.lx, &f.lx.token);
        CHECK_STR_EQ(fix_errors(&f), str_from_cstr(cases[i].errors));
        CHECK(f.lx.failed);
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Rescans

TEST(test_lexer_regexp_rescan) {
    static const struct {
        const char *src;
        const char *pattern;
        const char *flags;
        const char *errors;
    } cases[] = {
        { "/ab+c/gi", "ab+c", "gi", "" },
        { "/[/]\\//", "[/]\\/", "", "" },
        { "/=x/", "=x", "", "" },
        { "/a/dgimsuy", "a", "dgimsuy", "" },
        { "/a/v", "a", "v", "" },
        { "/\xc3\xa9/u", "\xc3\xa9", "u", "" },
        { "/a/gg", "a", "gg", "1:5: Duplicate flag \"g\" in regular expression" },
        { "/a/x", "a", "x", "1:4: Invalid regular expression flag \"x\"" },
        { "/a/uv", "a", "uv", "1:5: The \"u\" and \"v\" flags cannot be used together" },
        { "/a/\\u0067", "a", "\\u0067", "1:4: Invalid regular expression flag \"\\u0067\"" },
        { "/(/", "(", "", "1:2: Invalid regular expression: unterminated group" },
        { "/a\n/", "a", "", "1:1: Unterminated regular expression" },
        { "/[/\n]/", "[/", "", "1:1: Unterminated regular expression" },
        { "/a\\", "a\\", "", "1:1: Unterminated regular expression" },
        { "/a\xe2\x80\xa8/", "a", "", "1:1: Unterminated regular expression" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        lex_next(&f.lx);
        CHECK(f.lx.token.kind == TOK_SLASH || f.lx.token.kind == TOK_SLASH_EQ);
        lex_rescan_regexp(&f.lx);
        CHECK_INT_EQ(f.lx.token.kind, TOK_REGEXP);
        CHECK_STR_EQ(lex_regexp_pattern(&f.lx, &f.lx.token), str_from_cstr(cases[i].pattern));
        CHECK_STR_EQ(lex_regexp_flags(&f.lx, &f.lx.token), str_from_cstr(cases[i].flags));
        if (!CHECK_STR_EQ(fix_errors(&f), str_from_cstr(cases[i].errors)))
            printf("  source: %s\n", cases[i].src);
        fix_close(&f);
    }
    // After the rescan, lexing goes on behind the literal.
    LexFixture f;
    fix_open_cstr(&f, "x = /=/g.test(y)");
    lex_next(&f.lx);
    lex_next(&f.lx);
    lex_next(&f.lx);
    CHECK_INT_EQ(f.lx.token.kind, TOK_SLASH_EQ);
    lex_rescan_regexp(&f.lx);
    CHECK_INT_EQ(f.lx.token.start, 4);
    CHECK_INT_EQ(f.lx.token.end, 8);
    CHECK_STR_EQ(fix_kinds(&f), STR(". identifier ( identifier )"));
    fix_close(&f);
}

TEST(test_lexer_greater_split) {
    static const struct {
        const char *src;
        const char *kinds; // each `>`-led token split once when it comes
    } cases[] = {
        { "a<b<c>>", "identifier < identifier < identifier > >" },
        { "a<b<c<d>>>", "identifier < identifier < identifier < identifier > > >" },
        { "x>=y", "identifier > = identifier" },
        { "x>>=y", "identifier > > = identifier" },
        { "x>>>=y", "identifier > > > = identifier" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        strbuf_clear(&f.out);
        for (int n = 0; n < 100; n++) {
            lex_next(&f.lx);
            TokenKind k = f.lx.token.kind;
            if (k == TOK_EOF)
                break;
            if (k == TOK_SHR || k == TOK_USHR || k == TOK_GT_EQ || k == TOK_SHR_EQ ||
                k == TOK_USHR_EQ) {
                lex_rescan_greater(&f.lx);
                CHECK_INT_EQ(f.lx.token.end, f.lx.token.start + 1);
            }
            if (f.out.len)
                strbuf_append_char(&f.out, ' ');
            strbuf_append_cstr(&f.out, token_name(f.lx.token.kind));
        }
        CHECK_STR_EQ(strbuf_str(&f.out), str_from_cstr(cases[i].kinds));
        fix_close(&f);
    }
}

TEST(test_lexer_save_restore) {
    LexFixture f;
    fix_open_cstr(&f, "a /*! legal */ b c");
    lex_next(&f.lx);
    LexSnapshot snap = lex_save(&f.lx);
    f.lx.sink = NULL; // speculation: errors only set failed
    lex_next(&f.lx);
    lex_next(&f.lx);
    CHECK_INT_EQ(f.lx.legal_comments.len, 1);
    lex_error(&f.lx, 0, 1, "speculative");
    CHECK(f.lx.failed);
    lex_restore(&f.lx, &snap);
    f.lx.sink = f.sink;
    CHECK(!f.lx.failed);
    CHECK_INT_EQ(f.lx.legal_comments.len, 0);
    CHECK_INT_EQ(f.lx.token.start, 0);
    CHECK_STR_EQ(fix_kinds(&f), STR("identifier identifier"));
    CHECK_INT_EQ(f.lx.legal_comments.len, 1);
    CHECK_STR_EQ(fix_errors(&f), STR(""));
    fix_close(&f);
}

// ---------------------------------------------------------------------------------------------
// Comments, line terminators, annotations

TEST(test_lexer_comments) {
    static const KindCase scripts[] = {
        { "a // c\nb /* d */ c", "identifier identifier identifier" },
        { "#!/usr/bin/env node\nx", "identifier" },
        { "\xef\xbb\xbf#!node\nx", "identifier" },
        { "\xef\xbb\xbfx", "identifier" },
        { "x <!-- y\nz", "identifier identifier" },
        { "x\n--> y\nz", "identifier identifier" },
        { "--> first line\nz", "identifier" },
        { "x /*\n*/ --> y\nz", "identifier identifier" },
        { "x --> y", "identifier -- > identifier" },
        { "/**/x/***/", "identifier" },
        { "a//\xe2\x80\xa8"
          "b",
          "identifier identifier" },
    };
    check_kinds(t, scripts, countof(scripts), false);
    static const KindCase modules[] = {
        { "x <!-- y", "identifier < ! -- identifier" },
        { "x\n--> y", "identifier -- > identifier" },
    };
    check_kinds(t, modules, countof(modules), true);

    LexFixture f;
    fix_open_cstr(&f, "#!/bin/node\n/*! keep */ a // @license MIT\n/* @preserve */ /* no */ "
                      "//! too\n/* x@licensed */");
    CHECK_INT_EQ(f.lx.hashbang.start, 0);
    CHECK_INT_EQ(f.lx.hashbang.end, 11);
    CHECK_STR_EQ(fix_kinds(&f), STR("identifier"));
    static const char *const legal[] = { "/*! keep */", "// @license MIT", "/* @preserve */",
                                         "//! too", "/* x@licensed */" };
    CHECK_INT_EQ(f.lx.legal_comments.len, countof(legal));
    for (uint32_t i = 0; i < f.lx.legal_comments.len && i < countof(legal); i++) {
        LexSpan s = f.lx.legal_comments.items[i];
        CHECK_STR_EQ(((Str){ f.lx.src + s.start, s.end - s.start }), str_from_cstr(legal[i]));
    }
    fix_close(&f);
}

TEST(test_lexer_annotations_and_newlines) {
    static const struct {
        const char *src;
        uint16_t flags; // of the second token
    } cases[] = {
        { "a b", 0 },
        { "a\nb", TOKF_NEWLINE_BEFORE },
        { "a\r\nb", TOKF_NEWLINE_BEFORE },
        { "a\rb", TOKF_NEWLINE_BEFORE },
        { "a\xe2\x80\xa8"
          "b",
          TOKF_NEWLINE_BEFORE },
        { "a\xe2\x80\xa9"
          "b",
          TOKF_NEWLINE_BEFORE },
        { "a /*\n*/ b", TOKF_NEWLINE_BEFORE },
        { "a /*\xe2\x80\xa8*/ b", TOKF_NEWLINE_BEFORE },
        { "a /* */ b", 0 },
        { "a // x\nb", TOKF_NEWLINE_BEFORE },
        { "a /*#__PURE__*/ b", TOKF_PURE },
        { "a /*@__PURE__*/ b", TOKF_PURE },
        { "a /* #__PURE__ */ b", TOKF_PURE },
        { "a //#__PURE__\nb", TOKF_PURE | TOKF_NEWLINE_BEFORE },
        { "a /*#__PURE__x*/ b", 0 },
        { "a /*#__NO_SIDE_EFFECTS__*/ b", TOKF_NO_SIDE_EFFECTS },
        { "a /*#__PURE__*/ /*#__NO_SIDE_EFFECTS__*/ b", TOKF_PURE | TOKF_NO_SIDE_EFFECTS },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open_cstr(&f, cases[i].src);
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.flags, 0);
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.kind, TOK_IDENT);
        if (!CHECK_INT_EQ(f.lx.token.flags, cases[i].flags))
            printf("  source: %s\n", cases[i].src);
        lex_next(&f.lx);
        CHECK_INT_EQ(f.lx.token.kind, TOK_EOF);
        CHECK_INT_EQ(f.lx.token.flags & (TOKF_PURE | TOKF_NO_SIDE_EFFECTS), 0);
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Strict mode

TEST(test_lexer_strict_legacy_octal) {
    // Sloppy: flagged, no error. lex_set_strict reports the current token retroactively.
    LexFixture f;
    fix_open_cstr(&f, "'use strict' 017 '\\08'");
    lex_next(&f.lx);
    lex_next(&f.lx);
    CHECK(f.lx.token.flags & TOKF_LEGACY_OCTAL);
    CHECK_STR_EQ(fix_errors(&f), STR(""));
    lex_set_strict(&f.lx, true);
    lex_next(&f.lx);
    CHECK(f.lx.token.flags & TOKF_LEGACY_OCTAL);
    CHECK_STR_EQ(fix_errors(&f),
                 STR("1:14: Octal literals are not allowed in strict mode\n"
                     "1:19: Octal escape sequences are not allowed in strict mode"));
    fix_close(&f);

    // The parser's call for earlier directives.
    fix_open_cstr(&f, "'\\8'");
    lex_next(&f.lx);
    lex_report_legacy_octal(&f.lx, &f.lx.token);
    CHECK_STR_EQ(fix_errors(&f), STR("1:2: \\8 and \\9 are not allowed in strict mode"));
    fix_close(&f);
}

// ---------------------------------------------------------------------------------------------
// Errors: every message, at its exact position; the lexer goes on after each

TEST(test_lexer_error_messages) {
    static const struct {
        const char *src;
        bool module;
        const char *kinds;
        const char *errors;
    } cases[] = {
        // Strings.
        { "'abc", false, "string", "1:1: Unterminated string literal" },
        { "x = 'ab\ncd'", false, "identifier = string identifier string",
          "1:5: Unterminated string literal\n2:3: Unterminated string literal" },
        { "'\\x4g'", false, "string", "1:2: Invalid hexadecimal escape sequence" },
        { "'\\u{110000}'", false, "string", "1:2: Unicode escape sequence is out of range" },
        { "'\\u{}'", false, "string", "1:2: Invalid Unicode escape sequence" },
        { "'\\u00G0'", false, "string", "1:2: Invalid Unicode escape sequence" },
        { "'\\01'", true, "string", "1:2: Octal escape sequences are not allowed in strict mode" },
        { "'\\9'", true, "string", "1:2: \\8 and \\9 are not allowed in strict mode" },
        { "'\\0'", true, "string", "" },
        // Templates.
        { "`abc", false, "template literal", "1:1: Unterminated template literal" },
        { "`a${b", false, "template head identifier", "" },
        // Numbers.
        { "1__0", false, "number", "1:2: Numeric separators are not allowed here" },
        { "1_", false, "number", "1:2: Numeric separators are not allowed here" },
        { "1_.5", false, "number", "1:2: Numeric separators are not allowed here" },
        { "1._5", false, "number", "1:3: Numeric separators are not allowed here" },
        { "1e_5", false, "number", "1:3: Numeric separators are not allowed here" },
        { "1_e5", false, "number", "1:2: Numeric separators are not allowed here" },
        { "0_1", false, "number", "1:2: Numeric separators are not allowed here" },
        { "08_1", false, "number", "1:3: Numeric separators are not allowed here" },
        { "0x_1", false, "number", "1:3: Numeric separators are not allowed here" },
        { "0x1_", false, "number", "1:4: Numeric separators are not allowed here" },
        { "_1", false, "identifier", "" },
        { "017", true, "number", "1:1: Octal literals are not allowed in strict mode" },
        { "08", true, "number", "1:1: Decimals with leading zeros are not allowed in strict mode" },
        { "0.5 0 0n", true, "number number bigint", "" },
        { "3in x", false, "number identifier",
          "1:2: An identifier or keyword cannot immediately follow a numeric literal" },
        { "3\\u0061", false, "number",
          "1:2: An identifier or keyword cannot immediately follow a numeric literal" },
        { "1\xc3\xa9", false, "number",
          "1:2: An identifier or keyword cannot immediately follow a numeric literal" },
        { "0b12", false, "number", "1:4: Invalid digit \"2\" in binary literal" },
        { "0o8", false, "number", "1:1: Expected octal digits after \"0o\"" },
        { "0x", false, "number", "1:1: Expected hexadecimal digits after \"0x\"" },
        { "1e", false, "number", "1:2: Expected a digit after the exponent" },
        { "1e+", false, "number", "1:2: Expected a digit after the exponent" },
        { "1.5n", false, "bigint", "1:1: Invalid BigInt literal" },
        { "1e3n", false, "bigint", "1:1: Invalid BigInt literal" },
        { "017n", false, "bigint", "1:1: Invalid BigInt literal" },
        { "1..toString", false, "number . identifier", "" },
        // Identifiers and characters.
        { "a\\u0020b", false, "identifier",
          "1:2: Invalid identifier character in escape sequence" },
        { "\\u0031a", false, "identifier", "1:1: Invalid identifier character in escape sequence" },
        { "a\\x41", false, "identifier", "1:2: Invalid escape sequence in identifier" },
        { "a\\u{zz}", false, "identifier }", "1:2: Invalid Unicode escape sequence" },
        { "# x", false, "identifier", "1:1: Expected identifier but found \"#\"" },
        { "a#!b", false, "identifier ! identifier", "1:2: Expected identifier but found \"#\"" },
        { "a \x01 b", false, "identifier identifier", "1:3: Unexpected \"\\x01\"" },
        { "a \xe2\x82\xac b", false, "identifier identifier", "1:3: Unexpected \"\xe2\x82\xac\"" },
        { "/* abc", false, "", "1:1: Expected \"*/\" to terminate multi-line comment" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        LexFixture f;
        fix_open(&f, cases[i].src, strlen(cases[i].src), cases[i].module);
        bool ok = CHECK_STR_EQ(fix_kinds(&f), str_from_cstr(cases[i].kinds));
        ok &= CHECK_STR_EQ(fix_errors(&f), str_from_cstr(cases[i].errors));
        if (!ok)
            printf("  source: %s\n", cases[i].src);
        CHECK_INT_EQ(f.lx.failed, cases[i].errors[0] != '\0');
        fix_close(&f);
    }
}

// ---------------------------------------------------------------------------------------------
// Bad bytes and big inputs

// A literal and its length, NULs included.
#define BYTES(lit) lit, sizeof(lit) - 1

TEST(test_lexer_invalid_utf8_and_nul) {
    static const struct {
        const char *src;
        size_t len;
        const char *kinds;
        const char *errors;
    } cases[] = {
        // Reported once per file, wherever it is; nothing reads past the end.
        { BYTES("a \xff b \xfe"), "identifier identifier", "1:3: Invalid UTF-8" },
        { BYTES("'\xc3'"), "string", "1:2: Invalid UTF-8" },
        { BYTES("// \xc0\xaf\n/* \xed\xa0\x80 */x"), "identifier", "1:4: Invalid UTF-8" },
        { BYTES("`\xf4\x90\x80\x80`"), "template literal", "1:2: Invalid UTF-8" },
        { BYTES("x\xe2\x80"), "identifier", "1:2: Invalid UTF-8" },
        { BYTES("'\\\xff'"), "string", "1:3: Invalid UTF-8" },
        // NUL is a character: fine in strings, templates and comments, an error elsewhere.
        { BYTES("'a\0b' `\0` // \0\n/* \0 */"), "string template literal", "" },
        { BYTES("a\0b"), "identifier identifier", "1:2: Unexpected \"\\x00\"" },
        { BYTES("'a\0"), "string", "1:1: Unterminated string literal" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        // A heap copy with exactly one NUL after the end, so ASan sees any overread.
        char *copy = malloc(cases[i].len + 1);
        memcpy(copy, cases[i].src, cases[i].len + 1);
        LexFixture f;
        fix_open(&f, copy, cases[i].len, false);
        bool ok = CHECK_STR_EQ(fix_kinds(&f), str_from_cstr(cases[i].kinds));
        ok &= CHECK_STR_EQ(fix_errors(&f), str_from_cstr(cases[i].errors));
        if (!ok)
            printf("  case %zu\n", i);
        fix_close(&f);
        free(copy);
    }
    // The string value of a string holding NUL keeps it.
    LexFixture f;
    fix_open(&f, "'a\0b'", 5, false);
    lex_next(&f.lx);
    CHECK_STR_EQ(lex_string_value(&f.lx, &f.lx.token, &f.arena), ((Str){ "a\0b", 3 }));
    fix_close(&f);
}

TEST(test_lexer_every_prefix_is_safe) {
    // Every prefix of a source full of multi-byte constructs lexes without reading past its
    // end (checked by ASan on an exact-size heap copy) and without looping.
    static const char src[] =
            "#!x\n/*! a */ let \\u{61}b = `t${'s\\u{1F600}' + 0x1_F}\\x41` / /[/]\\d+/giu;"
            "\xe2\x80\xa8 c?.d ?? 1e-5_0 >>>= 08.5 <!-- h\n--> i\n#p \xf0\x9f\x98\x80 \xc3\xa9";
    size_t len = sizeof src - 1;
    for (size_t n = 0; n <= len; n++) {
        char *copy = malloc(n + 1);
        memcpy(copy, src, n);
        copy[n] = '\0';
        LexFixture f;
        fix_open(&f, copy, n, false);
        int count = 0;
        for (; count < 1000; count++) {
            lex_next(&f.lx);
            if (f.lx.token.kind == TOK_SLASH)
                lex_rescan_regexp(&f.lx);
            CHECK(f.lx.token.end <= n);
            if (f.lx.token.kind == TOK_EOF)
                break;
        }
        CHECK(count < 1000);
        fix_close(&f);
        free(copy);
    }
}

// One of four kinds of generated line, numbered i; lexes into tokens[i % 4] tokens.
static void append_piece(StrBuf *b, uint32_t i) {
    switch (i % 4) {
    case 0:
        strbuf_printf(b, "function f_%u(a, b) { return a + b * %u.5e-3; }\n", i, i);
        break;
    case 1:
        strbuf_printf(b, "const s%u = 'str\\n%u' + `t${x%u}u` + /re[a-z]%u/g.source;\n", i, i, i,
                      i);
        break;
    case 2:
        strbuf_printf(b, "/* comment %u */ let \xce\xb1%u = 0x%uF ?? null; // tail\n", i, i, i);
        break;
    default:
        strbuf_printf(b, "class C%u { #p = %un; static { this.#p ||= [1, 2, ...a]; } }\n", i, i);
        break;
    }
}

TEST(test_lexer_large_input) {
    // About 1 MB of generated code lexes without error, token count as built.
    static const uint32_t tokens[] = { 16, 13, 7, 24 };
    Mem *m = mem_create();
    StrBuf b;
    strbuf_init(&b, m, MEM_SOURCE);
    uint32_t want = 0;
    for (uint32_t i = 0; b.len < (1u << 20); i++) {
        append_piece(&b, i);
        want += tokens[i % 4];
    }
    LexFixture f;
    fix_open(&f, b.data, b.len, true);
    uint32_t count = 0;
    for (;;) {
        lex_next(&f.lx);
        TokenKind k = f.lx.token.kind;
        if (k == TOK_EOF)
            break;
        count++;
        // A slash right after `(`-less contexts here is always a regexp: after `+`.
        if (k == TOK_SLASH)
            lex_rescan_regexp(&f.lx);
        else if (k == TOK_CLOSE_BRACE && f.lx.src[f.lx.token.start + 1] == 'u')
            lex_rescan_template(&f.lx);
    }
    CHECK_INT_EQ(count, want);
    CHECK(!f.lx.failed);
    CHECK_STR_EQ(fix_errors(&f), STR(""));
    fix_close(&f);
    strbuf_deinit(&b);
    mem_destroy(m);
}

// ---------------------------------------------------------------------------------------------
// Unicode helpers

TEST(test_lexer_unicode_tables) {
    static const struct {
        uint32_t cp;
        bool start;
        bool part;
    } ids[] = {
        { 'a', true, true },        { '$', true, true },      { '_', true, true },
        { '0', false, true },       { '-', false, false },    { 0xaa, true, true },
        { 0xb7, false, true },      { 0x2e, false, false },   { 0x212e, true, true },
        { 0x102a7, true, true },    { 0x200c, false, true },  { 0x200d, false, true },
        { 0x0300, false, true },    { 0x4e00, true, true },   { 0x9fff, true, true },
        { 0x20ac, false, false },   { 0xd800, false, false }, { 0x1f600, false, false },
        { 0x10ffff, false, false }, { 0x3400, true, true },   { 0x2ebe0, true, true },
    };
    for (size_t i = 0; i < countof(ids); i++) {
        if (!CHECK_INT_EQ(unicode_is_id_start(ids[i].cp), ids[i].start) ||
            !CHECK_INT_EQ(unicode_is_id_continue(ids[i].cp), ids[i].part))
            printf("  U+%04X\n", ids[i].cp);
    }
    static const struct {
        const char *bytes;
        uint32_t len;
        uint32_t cp;
    } utf8[] = {
        { "A", 1, 'A' },
        { "\xc3\xa9", 2, 0xe9 },
        { "\xe2\x80\xa8", 3, 0x2028 },
        { "\xf0\x9f\x98\x80", 4, 0x1f600 },
        { "\xf4\x8f\xbf\xbf", 4, 0x10ffff },
        { "\xc0\x80", 0, 0 },         // overlong
        { "\xe0\x80\x80", 0, 0 },     // overlong
        { "\xed\xa0\x80", 0, 0 },     // surrogate
        { "\xf4\x90\x80\x80", 0, 0 }, // above U+10FFFF
        { "\x80", 0, 0 },             // continuation byte
        { "\xe2\x80", 0, 0 },         // cut short
    };
    for (size_t i = 0; i < countof(utf8); i++) {
        uint32_t cp = 0;
        const char *p = utf8[i].bytes;
        uint32_t n = unicode_decode_utf8(p, p + strlen(p), &cp);
        CHECK_INT_EQ(n, utf8[i].len);
        if (n) {
            CHECK_INT_EQ(cp, utf8[i].cp);
            char out[4];
            CHECK_INT_EQ(unicode_encode_wtf8(cp, out), n);
            CHECK(memcmp(out, p, n) == 0);
        }
    }
    char out[4];
    CHECK_INT_EQ(unicode_encode_wtf8(0xdc00, out), 3);
    CHECK(memcmp(out, "\xed\xb0\x80", 3) == 0);
    CHECK(unicode_is_space(0xa0) && unicode_is_space(0xfeff) && unicode_is_space(0x3000));
    CHECK(!unicode_is_space(0x200b) && !unicode_is_space(0x2028));
    CHECK(unicode_is_lone_property(STR("Alphabetic")) && unicode_is_lone_property(STR("Lu")));
    CHECK(!unicode_is_lone_property(STR("alphabetic")) && !unicode_is_lone_property(STR("")));
    CHECK(unicode_is_gc_value(STR("Decimal_Number")) && !unicode_is_gc_value(STR("Greek")));
    CHECK(unicode_is_script_value(STR("Greek")) && unicode_is_script_value(STR("Zyyy")));
    CHECK(unicode_is_string_property(STR("RGI_Emoji")) && unicode_is_value_property(STR("scx")));
}
