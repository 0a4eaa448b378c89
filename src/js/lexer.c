// lexer: the main loop, white space and comments, punctuators, words, and the rescans the
// parser asks for (see lexer.h). Literals and their values live in lexer_literal.c.
//
// Speed comes from a few habits: one table test skips the white-space loop when a token follows
// directly (minified code), a switch on the first byte of each token, byte-class tables for
// every inner loop (lex_char_class), no allocation per token, and words found with one probe
// of a small hash table. ECMA-262 §12 throughout; Annex B §B.1.1 for HTML-like comments, which
// only scripts have.
#include "js/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "js/lexer_int.h"
#include "js/regexp.h"
#include "js/unicode.h"

// ---------------------------------------------------------------------------------------------
// Byte classes

#define IS_ALPHA_(c) \
    (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || (c) == '$' || (c) == '_')
#define IS_DIGIT_(c) ((c) >= '0' && (c) <= '9')
// Bytes every scanner must look at: the end (NUL), CR and non-ASCII (UTF-8, U+2028/U+2029).
#define STOPS_ALL_ (CC_STR_STOP | CC_TPL_STOP | CC_LINE_STOP | CC_BLOCK_STOP)
#define CLASS_OF_(c)                                                                              \
    ((IS_ALPHA_(c) ? CC_ID_START | CC_ID_PART : 0) | (IS_DIGIT_(c) ? CC_ID_PART | CC_DIGIT : 0) | \
     ((c) == 0 || (c) == '\r' || (c) >= 0x80 ? STOPS_ALL_ : 0) |                                  \
     ((c) == '\n' ? CC_STR_STOP | CC_LINE_STOP | CC_BLOCK_STOP : 0) |                             \
     ((c) == '\'' || (c) == '"' || (c) == '\\' ? CC_STR_STOP : 0) |                               \
     ((c) == '`' || (c) == '$' || (c) == '\\' ? CC_TPL_STOP : 0) |                                \
     ((c) == '@' || (c) == '#' ? CC_LINE_STOP | CC_BLOCK_STOP : 0) |                              \
     ((c) == '*' ? CC_BLOCK_STOP : 0) |                                                           \
     ((c) == ' ' || ((c) >= '\t' && (c) <= '\r') || (c) == '/' || (c) == '<' || (c) == '-' ||     \
                      (c) >= 0x80                                                                 \
              ? CC_TRIVIA                                                                         \
              : 0))
#define ROW_(b)                                                                               \
    CLASS_OF_(b + 0), CLASS_OF_(b + 1), CLASS_OF_(b + 2), CLASS_OF_(b + 3), CLASS_OF_(b + 4), \
            CLASS_OF_(b + 5), CLASS_OF_(b + 6), CLASS_OF_(b + 7), CLASS_OF_(b + 8),           \
            CLASS_OF_(b + 9), CLASS_OF_(b + 10), CLASS_OF_(b + 11), CLASS_OF_(b + 12),        \
            CLASS_OF_(b + 13), CLASS_OF_(b + 14), CLASS_OF_(b + 15)

const uint8_t lex_char_class[256] = {
    ROW_(0x00), ROW_(0x10), ROW_(0x20), ROW_(0x30), ROW_(0x40), ROW_(0x50), ROW_(0x60), ROW_(0x70),
    ROW_(0x80), ROW_(0x90), ROW_(0xa0), ROW_(0xb0), ROW_(0xc0), ROW_(0xd0), ROW_(0xe0), ROW_(0xf0),
};

#undef ROW_
#undef CLASS_OF_
#undef STOPS_ALL_
#undef IS_DIGIT_
#undef IS_ALPHA_

// ---------------------------------------------------------------------------------------------
// Errors

void lex_error(Lexer *lx, uint32_t start, uint32_t len, const char *fmt, ...) {
    lx->failed = true;
    if (!lx->sink)
        return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_report(lx->sink, DIAG_ERROR, &lx->file, start, len, "%s", msg);
}

void lex_utf8_error(Lexer *lx, uint32_t i) {
    if (lx->utf8_error) {
        lx->failed = true;
        return;
    }
    lx->utf8_error = true;
    lex_error(lx, i, 1, "Invalid UTF-8");
}

// Reports the character at i (n bytes, valid UTF-8) as unexpected, the way esbuild quotes it.
static void report_unexpected(Lexer *lx, uint32_t i, uint32_t n) {
    uint8_t c = (uint8_t)lx->src[i];
    if (n > 1)
        lex_error(lx, i, n, "Unexpected \"%.*s\"", (int)n, lx->src + i);
    else if (c < 0x20 || c == 0x7f)
        lex_error(lx, i, 1, "Unexpected \"\\x%02x\"", c);
    else
        lex_error(lx, i, 1, "Unexpected \"%c\"", c);
}

// ---------------------------------------------------------------------------------------------
// Words: every entry of RESERVED_WORDS and CONTEXTUAL_WORDS in a hash table with linear probing.
// The hash reads the first two bytes, the last and the length; the slots below were computed
// from token.h with it (collision-free today). To add a word: put it at its hash slot, or the
// next free one. test_lexer_every_word fails for any word of token.h that is not found.

enum { WORD_SLOTS = 512, WORD_MAX_LEN = 11 };

#define WORD_NAME_(name, spelling) spelling,
#define WORD_LEN_(name, spelling)  sizeof(spelling) - 1,

static const char word_names[KW_COUNT][WORD_MAX_LEN + 1] = { "",
                                                             RESERVED_WORDS(WORD_NAME_)
                                                                     CONTEXTUAL_WORDS(WORD_NAME_) };
static const uint8_t word_lens[KW_COUNT] = { 0, RESERVED_WORDS(WORD_LEN_)
                                                        CONTEXTUAL_WORDS(WORD_LEN_) };

#undef WORD_NAME_
#undef WORD_LEN_

static const uint8_t word_slots[WORD_SLOTS] = {
    [6] = KW_ABSTRACT,  [8] = KW_GLOBAL,        [18] = KW_TARGET,     [19] = KW_DEFER,
    [21] = KW_META,     [22] = KW_DEBUGGER,     [28] = KW_EXPORT,     [29] = KW_CASE,
    [32] = KW_OBJECT,   [36] = KW_FALSE,        [39] = KW_NEVER,      [48] = KW_USING,
    [49] = KW_OVERRIDE, [56] = KW_NAMESPACE,    [58] = KW_PACKAGE,    [66] = KW_TRY,
    [69] = KW_STRING,   [81] = KW_ENUM,         [83] = KW_DEFAULT,    [85] = KW_GET,
    [95] = KW_LET,      [109] = KW_SET,         [110] = KW_BREAK,     [118] = KW_IN,
    [123] = KW_CATCH,   [127] = KW_TYPE,        [129] = KW_DELETE,    [130] = KW_DECLARE,
    [133] = KW_BOOLEAN, [147] = KW_UNKNOWN,     [153] = KW_THIS,      [158] = KW_REQUIRE,
    [160] = KW_TYPEOF,  [163] = KW_DO,          [172] = KW_SWITCH,    [173] = KW_KEYOF,
    [174] = KW_BIGINT,  [179] = KW_FROM,        [190] = KW_IF,        [192] = KW_NEW,
    [202] = KW_OF,      [216] = KW_CLASS,       [235] = KW_YIELD,     [236] = KW_NULL,
    [238] = KW_WHILE,   [242] = KW_EVAL,        [245] = KW_INFER,     [257] = KW_IMPLEMENTS,
    [261] = KW_FOR,     [263] = KW_CONSTRUCTOR, [267] = KW_READONLY,  [278] = KW_THROW,
    [284] = KW_IMPORT,  [286] = KW_FUNCTION,    [296] = KW_INTRINSIC, [297] = KW_ELSE,
    [319] = KW_CONST,   [338] = KW_FINALLY,     [344] = KW_SYMBOL,    [351] = KW_UNDEFINED,
    [354] = KW_WITH,    [358] = KW_INTERFACE,   [360] = KW_ARGUMENTS, [369] = KW_CONTINUE,
    [372] = KW_VOID,    [377] = KW_AS,          [379] = KW_UNIQUE,    [382] = KW_ASSERTS,
    [387] = KW_MODULE,  [390] = KW_INSTANCEOF,  [393] = KW_IS,        [396] = KW_ASYNC,
    [399] = KW_SOURCE,  [412] = KW_ASSERT,      [424] = KW_NUMBER,    [433] = KW_SUPER,
    [436] = KW_RETURN,  [437] = KW_PROTECTED,   [444] = KW_ANY,       [457] = KW_STATIC,
    [466] = KW_PRIVATE, [468] = KW_PROTOTYPE,   [469] = KW_VAR,       [471] = KW_TRUE,
    [475] = KW_PUBLIC,  [480] = KW_ACCESSOR,    [485] = KW_OUT,       [500] = KW_SATISFIES,
    [507] = KW_AWAIT,   [510] = KW_EXTENDS,
};

static uint32_t word_hash(const char *p, uint32_t n) {
    return ((uint32_t)(uint8_t)p[0] * 2 + (uint32_t)(uint8_t)p[1] * 24 +
            (uint32_t)(uint8_t)p[n - 1] * 31 + n) &
           (WORD_SLOTS - 1);
}

// Whether a[0, n) == b[0, n) for 2 <= n <= 11, by two overlapping loads of 2, 4 or 8 bytes
// (never outside [b, b + n), so never past the source's end).
static bool same_bytes(const char *a, const char *b, uint32_t n) {
    if (n >= 8) {
        uint64_t x0, x1, y0, y1;
        memcpy(&x0, a, 8);
        memcpy(&y0, b, 8);
        memcpy(&x1, a + n - 8, 8);
        memcpy(&y1, b + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4) {
        uint32_t x0, x1, y0, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    uint16_t x0, x1, y0, y1;
    memcpy(&x0, a, 2);
    memcpy(&y0, b, 2);
    memcpy(&x1, a + n - 2, 2);
    memcpy(&y1, b + n - 2, 2);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}

// The Keyword spelled by the n bytes at p (2 <= n <= 11), or KW_NONE.
static Keyword lookup_word_hashed(const char *p, uint32_t n) {
    for (uint32_t h = word_hash(p, n);; h = (h + 1) & (WORD_SLOTS - 1)) {
        uint8_t kw = word_slots[h];
        if (kw == KW_NONE)
            return KW_NONE;
        if (word_lens[kw] == n && same_bytes(word_names[kw], p, n))
            return (Keyword)kw;
    }
}

// The Keyword spelled by the n bytes at p, or KW_NONE. Every word starts with a lowercase
// letter and has 2 to 11 bytes, which rejects most identifiers before hashing.
static inline Keyword lookup_word(const char *p, uint32_t n) {
    if (n < 2 || n > WORD_MAX_LEN || p[0] < 'a')
        return KW_NONE;
    return lookup_word_hashed(p, n);
}

// Decodes an identifier with escapes into buf (cap bytes) for the word lookup; returns the
// length, or UINT32_MAX when it does not fit or holds non-ASCII (then it is no word).
static uint32_t decode_short_name(const Lexer *lx, uint32_t i, uint32_t end, char *buf,
                                  uint32_t cap) {
    uint32_t n = 0;
    while (i < end) {
        uint32_t cp = (uint8_t)lx->src[i];
        if (cp == '\\') {
            Escape e = lex_read_escape(lx->src, lx->len, i);
            cp = e.status == ESC_OK ? e.cp : 0x80;
            i = e.end;
        } else {
            i++;
        }
        if (cp >= 0x80 || n == cap)
            return UINT32_MAX;
        buf[n++] = (char)cp;
    }
    return n;
}

// Reads the \u escape at i inside an identifier; first: it must be an IdentifierStart.
// Reports malformed escapes and escaped characters that are not identifier characters.
static uint32_t scan_word_escape(Lexer *lx, uint32_t i, bool first) {
    if (lx->src[i + 1] != 'u') {
        lex_error(lx, i, 1, "Invalid escape sequence in identifier");
        return i + 1;
    }
    Escape e = lex_read_escape(lx->src, lx->len, i);
    if (e.status != ESC_OK) {
        lex_error(lx, i, e.end - i, "Invalid Unicode escape sequence");
    } else if (first ? !unicode_is_id_start(e.cp) : !unicode_is_id_continue(e.cp)) {
        lex_error(lx, i, e.end - i, "Invalid identifier character in escape sequence");
    }
    return e.end;
}

// IdentifierName (§12.7) holding escapes or non-ASCII characters. name_start: its first byte;
// i: where the ASCII fast path stopped (maybe name_start itself).
static uint32_t scan_word_slow(Lexer *lx, uint32_t name_start, uint32_t i) {
    const char *s = lx->src;
    Token *t = &lx->token;
    bool escaped = false;
    for (;;) {
        uint8_t c = (uint8_t)s[i];
        if (lex_class(s, i) & CC_ID_PART) {
            i++;
            continue;
        }
        bool first = i == name_start;
        if (c == '\\') {
            i = scan_word_escape(lx, i, first);
            escaped = true;
            continue;
        }
        uint32_t cp;
        uint32_t n = c >= 0x80 ? unicode_decode_utf8(s + i, s + lx->len, &cp) : 0;
        if (n == 0 || !(first ? unicode_is_id_start(cp) : unicode_is_id_continue(cp)))
            break;
        i += n;
    }
    t->kind = TOK_IDENT;
    Keyword kw;
    if (escaped) {
        char buf[12];
        uint32_t n = decode_short_name(lx, name_start, i, buf, sizeof buf);
        kw = n == UINT32_MAX ? KW_NONE : lookup_word(buf, n);
        t->flags |= TOKF_ESCAPED;
    } else {
        kw = lookup_word(s + name_start, i - name_start);
        if (keyword_is_reserved(kw))
            t->kind = (uint8_t)keyword_token(kw);
    }
    t->keyword = (uint8_t)kw;
    return i;
}

// IdentifierName starting with an ASCII letter, $ or _: the common case, kept tight.
static uint32_t scan_word(Lexer *lx, uint32_t i) {
    const char *s = lx->src;
    Token *t = &lx->token;
    uint32_t start = i++;
    while (lex_class(s, i) & CC_ID_PART)
        i++;
    uint8_t c = (uint8_t)s[i];
    if (UNLIKELY(c == '\\' || c >= 0x80))
        return scan_word_slow(lx, start, i);
    t->kind = TOK_IDENT;
    Keyword kw = lookup_word(s + start, i - start);
    t->keyword = (uint8_t)kw;
    if (keyword_is_reserved(kw))
        t->kind = (uint8_t)keyword_token(kw);
    return i;
}

bool lex_is_word_start(const Lexer *lx, uint32_t i) {
    uint8_t c = (uint8_t)lx->src[i];
    if (c < 0x80)
        return (lex_class(lx->src, i) & CC_ID_START) || c == '\\';
    uint32_t cp;
    return unicode_decode_utf8(lx->src + i, lx->src + lx->len, &cp) && unicode_is_id_start(cp);
}

// PrivateIdentifier: # IdentifierName (§12.7). Token.keyword names the word after the #.
static uint32_t scan_private_name(Lexer *lx, uint32_t i) {
    if (!lex_is_word_start(lx, i + 1)) {
        lex_error(lx, i, 1, "Expected identifier but found \"#\"");
        lx->token.kind = TOK_COUNT;
        return i + 1;
    }
    uint32_t end = (lex_class(lx->src, i + 1) & CC_ID_START) ? scan_word(lx, i + 1)
                                                             : scan_word_slow(lx, i + 1, i + 1);
    lx->token.kind = TOK_PRIVATE_NAME;
    return end;
}

Str lex_identifier_name(const Lexer *lx, const Token *tok, Arena *arena) {
    Str text = lex_text(lx, tok);
    if (!(tok->flags & TOKF_ESCAPED))
        return text;
    // Decoding never grows the name: "\u{…}" is longer than the character it stands for.
    char *out = arena_alloc(arena, text.len + 1);
    size_t n = 0;
    uint32_t i = tok->start;
    while (i < tok->end) {
        if (lx->src[i] != '\\') {
            out[n++] = lx->src[i++];
            continue;
        }
        Escape e = lex_read_escape(lx->src, lx->len, i);
        if (e.status == ESC_OK && e.cp != ESC_NO_CHAR)
            n += unicode_encode_wtf8(e.cp, out + n);
        i = MAX(e.end, i + 1);
    }
    out[n] = '\0';
    return (Str){ out, n };
}

// ---------------------------------------------------------------------------------------------
// Comments and white space

// Whether the bytes at p start with lit. Stops at the first difference, so it never reads past
// the NUL after the source.
static bool has_prefix(const char *p, const char *lit) {
    while (*lit) {
        if (*p++ != *lit++)
            return false;
    }
    return true;
}

// At an @ or # inside a comment: notes a /*#__PURE__*/ or /*#__NO_SIDE_EFFECTS__*/ annotation
// in *flags (for the next token), and returns true for @license or @preserve (legal comments).
static bool scan_annotation(const char *s, uint32_t i, uint16_t *flags) {
    const char *p = s + i + 1;
    if (p[0] == '_') {
        if (has_prefix(p, "__PURE__") && !(lex_char_class[(uint8_t)p[8]] & CC_ID_PART))
            *flags |= TOKF_PURE;
        else if (has_prefix(p, "__NO_SIDE_EFFECTS__") &&
                 !(lex_char_class[(uint8_t)p[19]] & CC_ID_PART))
            *flags |= TOKF_NO_SIDE_EFFECTS;
        return false;
    }
    return s[i] == '@' && (has_prefix(p, "license") || has_prefix(p, "preserve"));
}

// A legal comment, or (with jsx_pragmas_legal) one with a JSX pragma: at an @ or # at i.
static bool scan_comment_at(const Lexer *lx, uint32_t i, uint16_t *flags) {
    if (scan_annotation(lx->src, i, flags))
        return true;
    return lx->jsx_pragmas_legal && lx->src[i] == '@' && has_prefix(lx->src + i + 1, "jsx");
}

static void add_legal_comment(Lexer *lx, uint32_t start, uint32_t end) {
    vec_push(lx->arena, &lx->legal_comments, ((LexSpan){ start, end }));
}

// A non-ASCII character in a comment at i: returns its length, and whether it ends the line.
static uint32_t comment_char(Lexer *lx, uint32_t i, bool *line_end) {
    uint32_t cp;
    uint32_t n = unicode_decode_utf8(lx->src + i, lx->src + lx->len, &cp);
    if (n == 0) {
        lex_utf8_error(lx, i);
        return 1;
    }
    *line_end = cp == 0x2028 || cp == 0x2029;
    return n;
}

// SingleLineComment (and the HTML-like ones, which run to the line end the same way): start is
// the comment's first byte, i the first byte of its text. Stops before the line terminator.
static uint32_t skip_line_comment(Lexer *lx, uint32_t start, uint32_t i, uint16_t *flags) {
    const char *s = lx->src;
    bool legal = s[start] == '/' && s[start + 2] == '!';
    for (;;) {
        while (!(lex_class(s, i) & CC_LINE_STOP))
            i++;
        uint8_t c = (uint8_t)s[i];
        if (c == '\n' || c == '\r')
            break;
        if (c == '@' || c == '#') {
            legal |= scan_comment_at(lx, i, flags);
            i++;
        } else if (c == 0) {
            if (i >= lx->len)
                break;
            i++;
        } else {
            bool line_end = false;
            uint32_t n = comment_char(lx, i, &line_end);
            if (line_end)
                break;
            i += n;
        }
    }
    if (legal)
        add_legal_comment(lx, start, i);
    return i;
}

// MultiLineComment: a line terminator inside counts as one before the next token (§12.4).
static uint32_t skip_block_comment(Lexer *lx, uint32_t start, uint16_t *flags) {
    const char *s = lx->src;
    uint32_t i = start + 2;
    bool legal = s[i] == '!';
    for (;;) {
        while (!(lex_class(s, i) & CC_BLOCK_STOP))
            i++;
        uint8_t c = (uint8_t)s[i];
        if (c == '*') {
            i++;
            if (s[i] == '/') {
                i++;
                break;
            }
        } else if (c == '\n' || c == '\r') {
            *flags |= TOKF_NEWLINE_BEFORE;
            i++;
        } else if (c == '@' || c == '#') {
            legal |= scan_comment_at(lx, i, flags);
            i++;
        } else if (c == 0) {
            if (i >= lx->len) {
                lex_error(lx, start, 2, "Expected \"*/\" to terminate multi-line comment");
                break;
            }
            i++;
        } else {
            bool line_end = false;
            i += comment_char(lx, i, &line_end);
            if (line_end)
                *flags |= TOKF_NEWLINE_BEFORE;
        }
    }
    if (legal)
        add_legal_comment(lx, start, i);
    return i;
}

// A non-ASCII byte where a token may start: returns the length of the white space, line
// terminator or invalid byte to skip there, or 0 when a token starts.
static uint32_t skip_non_ascii_space(Lexer *lx, uint32_t i, uint16_t *flags) {
    uint32_t cp;
    uint32_t n = unicode_decode_utf8(lx->src + i, lx->src + lx->len, &cp);
    if (n == 0) {
        lex_utf8_error(lx, i);
        return 1;
    }
    if (cp == 0x2028 || cp == 0x2029) {
        *flags |= TOKF_NEWLINE_BEFORE;
        return n;
    }
    return unicode_is_space(cp) ? n : 0;
}

// Skips white space, line terminators and comments before a token; collects their flags.
static uint32_t skip_trivia(Lexer *lx, uint32_t i, uint16_t *flags) {
    const char *s = lx->src;
    for (;;) {
        uint8_t c = (uint8_t)s[i];
        switch (c) {
        case ' ':
        case '\t':
        case '\v':
        case '\f':
            i++;
            continue;
        case '\n':
        case '\r':
            *flags |= TOKF_NEWLINE_BEFORE;
            i++;
            continue;
        case '/':
            if (s[i + 1] == '/') {
                i = skip_line_comment(lx, i, i + 2, flags);
                continue;
            }
            if (s[i + 1] == '*') {
                i = skip_block_comment(lx, i, flags);
                continue;
            }
            return i;
        case '<':
            // Annex B: <!-- starts a line comment in scripts.
            if (!lx->module && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
                i = skip_line_comment(lx, i, i + 4, flags);
                continue;
            }
            return i;
        case '-':
            // Annex B: --> starts a line comment in scripts, first on its line.
            if (!lx->module && s[i + 1] == '-' && s[i + 2] == '>' &&
                ((*flags & TOKF_NEWLINE_BEFORE) || lx->at_start)) {
                i = skip_line_comment(lx, i, i + 3, flags);
                continue;
            }
            return i;
        default:
            if (c >= 0x80) {
                uint32_t n = skip_non_ascii_space(lx, i, flags);
                if (n) {
                    i += n;
                    continue;
                }
            }
            return i;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

// Picks among the spellings of a punctuator by the bytes after its first: the longest match.
static uint32_t punct(Token *t, uint32_t i, TokenKind kind) {
    t->kind = (uint8_t)kind;
    return i;
}

// Punctuators starting with < > = ! (§12.8).
static uint32_t scan_angle_or_eq(const char *s, uint32_t i, Token *t) {
    char c = s[i];
    char d = s[i + 1];
    switch (c) {
    case '<':
        if (d == '<')
            return s[i + 2] == '=' ? punct(t, i + 3, TOK_SHL_EQ) : punct(t, i + 2, TOK_SHL);
        return d == '=' ? punct(t, i + 2, TOK_LT_EQ) : punct(t, i + 1, TOK_LT);
    case '>':
        if (d == '>') {
            if (s[i + 2] == '>')
                return s[i + 3] == '=' ? punct(t, i + 4, TOK_USHR_EQ) : punct(t, i + 3, TOK_USHR);
            return s[i + 2] == '=' ? punct(t, i + 3, TOK_SHR_EQ) : punct(t, i + 2, TOK_SHR);
        }
        return d == '=' ? punct(t, i + 2, TOK_GT_EQ) : punct(t, i + 1, TOK_GT);
    case '=':
        if (d == '=')
            return s[i + 2] == '=' ? punct(t, i + 3, TOK_EQ_EQ_EQ) : punct(t, i + 2, TOK_EQ_EQ);
        return d == '>' ? punct(t, i + 2, TOK_ARROW) : punct(t, i + 1, TOK_EQ);
    default: // '!'
        if (d == '=')
            return s[i + 2] == '=' ? punct(t, i + 3, TOK_NOT_EQ_EQ) : punct(t, i + 2, TOK_NOT_EQ);
        return punct(t, i + 1, TOK_BANG);
    }
}

// Punctuators starting with + - * % & | ^ (§12.8): op, op-op, op=, and the three-byte forms.
static uint32_t scan_operator(const char *s, uint32_t i, Token *t) {
    char c = s[i];
    char d = s[i + 1];
    bool eq = d == '=';
    switch (c) {
    case '+':
        return d == '+' ? punct(t, i + 2, TOK_PLUS_PLUS)
               : eq     ? punct(t, i + 2, TOK_PLUS_EQ)
                        : punct(t, i + 1, TOK_PLUS);
    case '-':
        return d == '-' ? punct(t, i + 2, TOK_MINUS_MINUS)
               : eq     ? punct(t, i + 2, TOK_MINUS_EQ)
                        : punct(t, i + 1, TOK_MINUS);
    case '*':
        if (d == '*')
            return s[i + 2] == '=' ? punct(t, i + 3, TOK_STAR_STAR_EQ)
                                   : punct(t, i + 2, TOK_STAR_STAR);
        return eq ? punct(t, i + 2, TOK_STAR_EQ) : punct(t, i + 1, TOK_STAR);
    case '%':
        return eq ? punct(t, i + 2, TOK_PERCENT_EQ) : punct(t, i + 1, TOK_PERCENT);
    case '&':
        if (d == '&')
            return s[i + 2] == '=' ? punct(t, i + 3, TOK_AMP_AMP_EQ) : punct(t, i + 2, TOK_AMP_AMP);
        return eq ? punct(t, i + 2, TOK_AMP_EQ) : punct(t, i + 1, TOK_AMP);
    case '|':
        if (d == '|')
            return s[i + 2] == '=' ? punct(t, i + 3, TOK_BAR_BAR_EQ) : punct(t, i + 2, TOK_BAR_BAR);
        return eq ? punct(t, i + 2, TOK_BAR_EQ) : punct(t, i + 1, TOK_BAR);
    default: // '^'
        return eq ? punct(t, i + 2, TOK_CARET_EQ) : punct(t, i + 1, TOK_CARET);
    }
}

// ? ?? ??= ?. — but `?.` before a digit is `?` then a number (`a?.5:b`).
static uint32_t scan_question(const char *s, uint32_t i, Token *t) {
    char d = s[i + 1];
    if (d == '?')
        return s[i + 2] == '=' ? punct(t, i + 3, TOK_QUESTION_QUESTION_EQ)
                               : punct(t, i + 2, TOK_QUESTION_QUESTION);
    if (d == '.' && !(lex_class(s, i + 2) & CC_DIGIT))
        return punct(t, i + 2, TOK_QUESTION_DOT);
    return punct(t, i + 1, TOK_QUESTION);
}

// A token starting with a non-ASCII character (white space was skipped): an identifier, or an
// unexpected character, reported and skipped (kind TOK_COUNT).
static uint32_t scan_non_ascii(Lexer *lx, uint32_t i) {
    uint32_t cp;
    uint32_t n = unicode_decode_utf8(lx->src + i, lx->src + lx->len, &cp);
    if (n && unicode_is_id_start(cp))
        return scan_word_slow(lx, i, i);
    report_unexpected(lx, i, n);
    lx->token.kind = TOK_COUNT;
    return i + n;
}

// Scans the token at i (trivia already skipped) into lx->token; returns its end. Sets kind
// TOK_COUNT after reporting a character that starts no token, for lex_next to skip it.
static uint32_t scan_token(Lexer *lx, uint32_t i) {
    const char *s = lx->src;
    Token *t = &lx->token;
    uint8_t c = (uint8_t)s[i];
    // Words first: the most common tokens, and a predictable branch before the jump table.
    if (lex_char_class[c] & CC_ID_START)
        return scan_word(lx, i);
    switch (c) {
    case '(':
        return punct(t, i + 1, TOK_OPEN_PAREN);
    case ')':
        return punct(t, i + 1, TOK_CLOSE_PAREN);
    case '{':
        return punct(t, i + 1, TOK_OPEN_BRACE);
    case '}':
        return punct(t, i + 1, TOK_CLOSE_BRACE);
    case '[':
        return punct(t, i + 1, TOK_OPEN_BRACKET);
    case ']':
        return punct(t, i + 1, TOK_CLOSE_BRACKET);
    case ';':
        return punct(t, i + 1, TOK_SEMICOLON);
    case ',':
        return punct(t, i + 1, TOK_COMMA);
    case ':':
        return punct(t, i + 1, TOK_COLON);
    case '~':
        return punct(t, i + 1, TOK_TILDE);
    case '@':
        return punct(t, i + 1, TOK_AT);
    case '.':
        if (lex_class(s, i + 1) & CC_DIGIT)
            return lex_scan_number(lx, i);
        if (s[i + 1] == '.' && s[i + 2] == '.')
            return punct(t, i + 3, TOK_DOT_DOT_DOT);
        return punct(t, i + 1, TOK_DOT);
    case '/':
        // Division here; the parser rescans it as a regular expression where one is expected.
        return s[i + 1] == '=' ? punct(t, i + 2, TOK_SLASH_EQ) : punct(t, i + 1, TOK_SLASH);
    case '<':
    case '>':
    case '=':
    case '!':
        return scan_angle_or_eq(s, i, t);
    case '+':
    case '-':
    case '*':
    case '%':
    case '&':
    case '|':
    case '^':
        return scan_operator(s, i, t);
    case '?':
        return scan_question(s, i, t);
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return lex_scan_number(lx, i);
    case '"':
    case '\'':
        return lex_scan_string(lx, i);
    case '`':
        return lex_scan_template(lx, i, true);
    case '#':
        return scan_private_name(lx, i);
    case '\\':
        return scan_word_slow(lx, i, i);
    case '\0':
        if (i >= lx->len)
            return punct(t, i, TOK_EOF);
        report_unexpected(lx, i, 1);
        return punct(t, i + 1, TOK_COUNT);
    default:
        if (c >= 0x80)
            return scan_non_ascii(lx, i);
        report_unexpected(lx, i, 1);
        return punct(t, i + 1, TOK_COUNT);
    }
}

void lex_next(Lexer *lx) {
    Token *t = &lx->token;
    uint16_t flags = 0;
    uint32_t i = lx->pos;
    lx->prev_end = t->end;
    for (;;) {
        if (lex_class(lx->src, i) & CC_TRIVIA)
            i = skip_trivia(lx, i, &flags);
        t->start = i;
        t->flags = flags;
        t->keyword = KW_NONE;
        uint32_t end = scan_token(lx, i);
        if (LIKELY(t->kind != TOK_COUNT)) {
            t->end = end;
            lx->pos = end;
            lx->at_start = false;
            return;
        }
        i = end;
    }
}

// ---------------------------------------------------------------------------------------------
// Set-up and state

// Skips a leading BOM and records a hashbang line (§12.5, only at the very start).
static uint32_t skip_prologue(Lexer *lx) {
    const char *s = lx->src;
    uint32_t i = 0;
    if (lx->len >= 3 && (uint8_t)s[0] == 0xef && (uint8_t)s[1] == 0xbb && (uint8_t)s[2] == 0xbf)
        i = 3;
    if (s[i] != '#' || s[i + 1] != '!')
        return i;
    uint32_t start = i;
    uint16_t ignored = 0;
    // The hashbang's text is skipped like a line comment's, but it is neither an annotation
    // nor a legal comment.
    i = skip_line_comment(lx, i, i + 2, &ignored);
    lx->legal_comments.len = 0;
    lx->hashbang = (LexSpan){ start, i };
    return i;
}

void lex_init(Lexer *lx, const DiagFile *file, DiagSink *sink, Arena *arena, bool module) {
    memset(lx, 0, sizeof *lx);
    lx->file = *file;
    lx->src = file->text.ptr ? file->text.ptr : "";
    lx->sink = sink;
    lx->arena = arena;
    lx->module = module;
    lx->strict = module;
    lx->at_start = true;
    lx->token.kind = TOK_EOF;
    if (file->text.len >= UINT32_MAX) {
        // Offsets are 32-bit; such a file is treated as empty after saying so.
        lex_error(lx, 0, 0, "File is too large (4 GiB or more)");
        lx->src = "";
        return;
    }
    lx->len = (uint32_t)file->text.len;
    lx->pos = skip_prologue(lx);
}

void lex_set_strict(Lexer *lx, bool strict) {
    bool was = lx->strict;
    lx->strict = strict;
    if (strict && !was && (lx->token.flags & TOKF_LEGACY_OCTAL))
        lex_report_legacy_octal(lx, &lx->token);
}

LexSnapshot lex_save(const Lexer *lx) {
    return (LexSnapshot){
        .token = lx->token,
        .prev_end = lx->prev_end,
        .pos = lx->pos,
        .legal_len = lx->legal_comments.len,
        .failed = lx->failed,
        .at_start = lx->at_start,
        .utf8_error = lx->utf8_error,
        .strict = lx->strict,
    };
}

void lex_restore(Lexer *lx, const LexSnapshot *s) {
    lx->token = s->token;
    lx->prev_end = s->prev_end;
    lx->pos = s->pos;
    lx->legal_comments.len = s->legal_len;
    lx->failed = s->failed;
    lx->at_start = s->at_start;
    lx->utf8_error = s->utf8_error;
    lx->strict = s->strict;
}

// ---------------------------------------------------------------------------------------------
// Rescans

// RegularExpressionBody (§12.9.5): up to the `/` outside a class. Returns the offset of the
// closing `/`, or of the line end after reporting an unterminated literal.
static uint32_t scan_regexp_body(Lexer *lx, uint32_t i, bool *terminated) {
    const char *s = lx->src;
    bool in_class = false;
    for (;;) {
        uint8_t c = (uint8_t)s[i];
        uint32_t n = 1;
        if (c == '\\') {
            i++;
            c = (uint8_t)s[i];
        } else if (c == '/' && !in_class) {
            *terminated = true;
            return i;
        } else if (c == '[') {
            in_class = true;
        } else if (c == ']') {
            in_class = false;
        }
        if (c == '\n' || c == '\r' || (c == 0 && i >= lx->len))
            break;
        if (c >= 0x80) {
            uint32_t cp;
            n = unicode_decode_utf8(s + i, s + lx->len, &cp);
            if (n == 0) {
                lex_utf8_error(lx, i);
                n = 1;
            } else if (cp == 0x2028 || cp == 0x2029) {
                break;
            }
        }
        i += n;
    }
    *terminated = false;
    return i;
}

// RegularExpressionFlags: IdentifierPartChars without escapes; only dgimsuyv, once each.
static uint32_t scan_regexp_flags(Lexer *lx, uint32_t i, uint32_t *bits) {
    const char *s = lx->src;
    uint32_t start = i;
    for (;;) {
        if (lex_class(s, i) & CC_ID_PART) {
            i++;
        } else if (s[i] == '\\' || (uint8_t)s[i] >= 0x80) {
            uint32_t cp;
            uint32_t n = s[i] == '\\' ? lex_read_escape(s, lx->len, i).end - i
                                      : unicode_decode_utf8(s + i, s + lx->len, &cp);
            if (n == 0 || (s[i] != '\\' && !unicode_is_id_continue(cp)))
                break;
            lex_error(lx, i, n, "Invalid regular expression flag \"%.*s\"", (int)n, s + i);
            return i + n;
        } else {
            break;
        }
    }
    RegExpError err;
    if (!regexp_parse_flags((Str){ s + start, i - start }, bits, &err))
        lex_error(lx, start + err.offset, err.len, "%s", err.message);
    return i;
}

void lex_rescan_regexp(Lexer *lx) {
    Token *t = &lx->token;
    ASSERT(t->kind == TOK_SLASH || t->kind == TOK_SLASH_EQ);
    bool terminated;
    uint32_t close = scan_regexp_body(lx, t->start + 1, &terminated);
    t->kind = TOK_REGEXP;
    t->value_end = close;
    if (!terminated) {
        lex_error(lx, t->start, close - t->start, "Unterminated regular expression");
        t->flags |= TOKF_UNTERMINATED;
        t->end = lx->pos = close;
        return;
    }
    uint32_t bits = 0;
    t->end = lx->pos = scan_regexp_flags(lx, close + 1, &bits);
    RegExpError err;
    ArenaMark mark = arena_mark(lx->arena);
    Str pattern = { lx->src + t->start + 1, close - t->start - 1 };
    if (!lx->utf8_error && !regexp_validate(pattern, bits, lx->arena, &err))
        lex_error(lx, t->start + 1 + err.offset, err.len, "%s", err.message);
    arena_rewind(lx->arena, mark);
}

Str lex_regexp_pattern(const Lexer *lx, const Token *tok) {
    return (Str){ lx->src + tok->start + 1, tok->value_end - tok->start - 1 };
}

Str lex_regexp_flags(const Lexer *lx, const Token *tok) {
    uint32_t at = MIN(tok->value_end + 1, tok->end);
    return (Str){ lx->src + at, tok->end - at };
}

void lex_rescan_template(Lexer *lx) {
    Token *t = &lx->token;
    ASSERT(t->kind == TOK_CLOSE_BRACE);
    t->flags &= TOKF_NEWLINE_BEFORE;
    t->end = lx->pos = lex_scan_template(lx, t->start, false);
}

void lex_rescan_greater(Lexer *lx) {
    Token *t = &lx->token;
    switch (t->kind) {
    case TOK_GT:
        return;
    case TOK_SHR:
    case TOK_USHR:
    case TOK_GT_EQ:
    case TOK_SHR_EQ:
    case TOK_USHR_EQ:
        t->kind = TOK_GT;
        t->end = lx->pos = t->start + 1;
        return;
    default:
        UNREACHABLE();
    }
}
