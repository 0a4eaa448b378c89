// lexer: the JavaScript tokenizer, pulled by the parser one token at a time (ECMA-262 §12).
//
// There is no token array: after lex_next() the current token is lx->token, and the parser
// keeps what it needs (offsets, a saved Token). The lexer never looks at grammar context;
// where the lexical goal depends on it the parser asks for a rescan of the current token:
// lex_rescan_regexp() for `/` or `/=` in expression position, lex_rescan_template() for the `}`
// that closes a template substitution, lex_rescan_greater() when TypeScript closes a type
// argument list on `>>`. JSX modes will be added the same way.
//
// Values are decoded on demand, never per token: an identifier, string or template without
// escapes is its source slice (no copy); with escapes, lex_*_value() decode into the caller's
// arena. Decoded strings are WTF-8: UTF-8, plus lone surrogates from escapes such as "\uD800"
// in the 3-byte form (ED A0 80), while an escaped pair "\uD83D\uDE00" becomes one 4-byte
// character, so the bytes always map back to the same UTF-16 string.
//
// The source must have a NUL byte after its last byte (the file reader guarantees it); NUL
// inside the source is an ordinary character, so the end is always checked by offset. Errors
// go to the DiagSink with exact byte ranges; the lexer then continues with a best-effort token
// and sets lx->failed. Not thread-safe: one Lexer per parse. Module prefix: lex_.
#ifndef BALE_JS_LEXER_H
#define BALE_JS_LEXER_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "base/vec.h"
#include "diag/diag.h"
#include "js/token.h"

// Token flags (Token.flags).
enum {
    TOKF_NEWLINE_BEFORE = 1 << 0,  // a line terminator precedes the token (ASI, no-LineTerminator)
    TOKF_ESCAPED = 1 << 1,         // identifier/string/template holds a backslash escape: the
                                   // value differs from the slice; an escaped word is no keyword
    TOKF_PURE = 1 << 2,            // a /*#__PURE__*/ or /*@__PURE__*/ comment precedes the token
    TOKF_NO_SIDE_EFFECTS = 1 << 3, // a /*#__NO_SIDE_EFFECTS__*/ comment precedes the token
    TOKF_LEGACY_OCTAL = 1 << 4,    // number 017 or 08; string with \1-\7, \0 + digit, \8, \9:
                                   // errors in strict code (see lex_set_strict)
    TOKF_INVALID_ESCAPE = 1 << 5,  // template part with a bad escape: cooked value undefined
                                   // (fine when tagged; see lex_report_template_escape)
    TOKF_TEMPLATE_CR = 1 << 6,     // template part holds a CR: the raw value is not the slice
    TOKF_UNTERMINATED = 1 << 7,    // string/template/regexp cut by a line end or end of file
};

// The current token. Lives in: the Lexer (copy it to keep it).
typedef struct Token {
    uint32_t start;     // byte offset of the first byte
    uint32_t end;       // byte offset after the last byte
    uint8_t kind;       // TokenKind
    uint8_t keyword;    // Keyword of a word (reserved or contextual, escaped or not); else KW_NONE
    uint16_t flags;     // TOKF_*
    uint32_t value_end; // string/template/regexp: offset of the closing delimiter (or the end
                        // when unterminated); the body is [start + 1, value_end)
    double number;      // TOK_NUMBER value; TOK_BIGINT: the value rounded to a double
} Token;

// A byte range [start, end) of the source.
typedef struct LexSpan {
    uint32_t start;
    uint32_t end;
} LexSpan;

typedef VEC(LexSpan) LexSpanVec;

// Lives in: the parser (worker scratch). Fields are read directly; set only those marked.
typedef struct Lexer {
    Token token;       // current token
    uint32_t prev_end; // end of the previous token (for node ranges)
    uint32_t pos;      // where scanning resumes (== token.end except after a split)
    const char *src;   // source text, src[len] == '\0'
    uint32_t len;      // source length in bytes
    bool strict;       // the parser sets it (lex_set_strict): legacy octal is an error
    bool module;       // module goal: no HTML-like comments; starts strict
    bool failed;       // an error was reported (or would have been, with sink NULL)
    bool at_start;     // no token produced yet (HTML close comment `-->` allowed)
    bool utf8_error;   // "Invalid UTF-8" was reported (only once per file)
    LexSpan hashbang;  // "#!…" line at the start, without its line terminator; empty if none
    LexSpanVec legal_comments; // /*! */, //!, @license, @preserve comments, in source order
    bool jsx_pragmas_legal;    // preserved JSX: comments holding `@jsx…` pragmas are kept with
                               //   the legal ones (the tool that lowers the JSX reads them)
    Arena *arena;              // holds legal_comments, scratch for number parsing
    DiagSink *sink;            // parser may set NULL while speculating: errors only set failed
    DiagFile file;             // path and text for diagnostics
} Lexer;

// Where the lexer stands, for the parser's backtracking (TypeScript arrows and generics).
typedef struct LexSnapshot {
    Token token;
    uint32_t prev_end;
    uint32_t pos;
    uint32_t legal_len;
    bool failed;
    bool at_start;
    bool utf8_error;
    bool strict;
} LexSnapshot;

// Prepares to lex file->text, which must have a NUL byte after its end; call lex_next for the
// first token. Skips a leading BOM and records a hashbang line. module: module goal (strict,
// no HTML-like comments). arena must outlive the lexer's results (legal_comments).
void lex_init(Lexer *lx, const DiagFile *file, DiagSink *sink, Arena *arena, bool module);

// Scans the next token into lx->token (TOK_EOF at the end, repeatedly).
void lex_next(Lexer *lx);

// The current token is `/` or `/=` in expression position: rescans it as a regular expression
// literal (TOK_REGEXP; pattern [start + 1, value_end), flags [value_end + 1, end)) and
// validates its flags and pattern.
void lex_rescan_regexp(Lexer *lx);
// The current token is the `}` closing a template substitution: rescans from it as
// TOK_TEMPLATE_MIDDLE (`}…${`) or TOK_TEMPLATE_TAIL (`}…``).
void lex_rescan_template(Lexer *lx);
// The current token starts with `>` (`>>`, `>>>`, `>=`, `>>=`, `>>>=`): makes it a lone
// TOK_GT; the rest is lexed by the next lex_next.
void lex_rescan_greater(Lexer *lx);

// JSX (lexer_jsx.c). The parser calls these where JSX changes the lexical grammar.
// The current token ends a tag (`>`) or a child expression (`}`): scans what follows as JSX
// children: TOK_JSX_TEXT for text up to the next `{` or `<`, else that token.
void lex_jsx_child(Lexer *lx);
// The current token is an identifier in a JSX name: extends it over `-` and identifier
// characters (`data-id`, `my-element`).
void lex_jsx_extend_name(Lexer *lx);
// The current token is the `=` of a JSX attribute: scans the value, a JSX string (no escapes,
// line breaks allowed; TOK_STRING with value_end at the closing quote) or any other token.
void lex_jsx_attr_value(Lexer *lx);

// Turns strict mode on or off for tokens lexed from now on; call it before lex_next moves past
// the token where the mode changes (when leaving a strict function, before its closing `}` is
// consumed). Turning it on reports the current token if it is a legacy octal literal or escape
// (the token after a "use strict" directive is lexed before the parser sees the directive);
// earlier directives of the prologue are the parser's to check (lex_report_legacy_octal).
void lex_set_strict(Lexer *lx, bool strict);

// Reports a legacy octal number or string escape (TOKF_LEGACY_OCTAL) as a strict-mode error:
// for the parser, when a "use strict" directive follows directives that hold one.
void lex_report_legacy_octal(Lexer *lx, const Token *tok);
// Reports the first invalid escape of an untagged template part tok (TOKF_INVALID_ESCAPE).
void lex_report_template_escape(Lexer *lx, const Token *tok);

// Reports an error at [start, start + len) through the lexer's sink (or only sets failed when
// the sink is NULL). The parser may use it too.
void lex_error(Lexer *lx, uint32_t start, uint32_t len, const char *fmt, ...) PRINTF(4, 5);

LexSnapshot lex_save(const Lexer *lx);
void lex_restore(Lexer *lx, const LexSnapshot *s);

// The source slice of a token. Valid as long as the source.
static inline Str lex_text(const Lexer *lx, const Token *tok) {
    return (Str){ lx->src + tok->start, tok->end - tok->start };
}

// True for an unescaped identifier spelling the contextual word kw (`async`, `of`…).
static inline bool lex_is_contextual(const Token *tok, Keyword kw) {
    return tok->kind == TOK_IDENT && tok->keyword == kw && !(tok->flags & TOKF_ESCAPED);
}

// The name of an identifier or private name (with its `#`), escapes decoded. Without escapes
// it is the source slice; otherwise a copy in arena.
Str lex_identifier_name(const Lexer *lx, const Token *tok, Arena *arena);
// The cooked value of a string literal (WTF-8). The source slice when it has no escape.
Str lex_string_value(const Lexer *lx, const Token *tok, Arena *arena);
// The cooked value of a template part: false when it is undefined (TOKF_INVALID_ESCAPE).
MUST_USE bool lex_template_cooked(const Lexer *lx, const Token *tok, Arena *arena, Str *out);
// The raw value of a template part (CR and CRLF read as LF). The source slice without a CR.
Str lex_template_raw(const Lexer *lx, const Token *tok, Arena *arena);
// The pattern and flags of a regular expression literal (source slices).
Str lex_regexp_pattern(const Lexer *lx, const Token *tok);
Str lex_regexp_flags(const Lexer *lx, const Token *tok);

#endif
