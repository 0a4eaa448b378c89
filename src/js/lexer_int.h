// lexer_int: what lexer.c (main loop, words, comments, rescans) and lexer_literal.c (numbers,
// strings, templates and their values) share. Private to the lexer: no other module includes it.
#ifndef BALE_JS_LEXER_INT_H
#define BALE_JS_LEXER_INT_H

#include "js/lexer.h"

// Byte classes (lex_char_class). The scanners' inner loops skip bytes whose class lacks their
// stop bit, so each loop is one table load and one test per byte. Every byte >= 0x80 stops
// every scanner, because UTF-8 must be validated and U+2028/U+2029 are line terminators.
enum {
    CC_ID_START = 1 << 0,   // A-Z a-z $ _
    CC_ID_PART = 1 << 1,    // CC_ID_START and 0-9
    CC_DIGIT = 1 << 2,      // 0-9
    CC_STR_STOP = 1 << 3,   // ' " \ LF CR NUL, non-ASCII: string scanner stops
    CC_TPL_STOP = 1 << 4,   // ` $ \ CR NUL, non-ASCII: template scanner stops
    CC_LINE_STOP = 1 << 5,  // LF CR NUL @ #, non-ASCII: line comment scanner stops
    CC_BLOCK_STOP = 1 << 6, // * LF CR NUL @ #, non-ASCII: block comment scanner stops
    CC_TRIVIA = 1 << 7,     // SP TAB VT FF LF CR / < - and non-ASCII: maybe white space or a
                            // comment before a token (minified code mostly has none)
};

extern const uint8_t lex_char_class[256];

static inline uint8_t lex_class(const char *s, uint32_t i) {
    return lex_char_class[(uint8_t)s[i]];
}

// Value of a hex digit, or -1.
static inline int lex_hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

// What a backslash escape in a string or template is (ECMA-262 §12.9.4, §12.9.6).
typedef enum EscapeStatus {
    ESC_OK,            // a character (cp) or a line continuation (cp == ESC_NO_CHAR)
    ESC_LEGACY_OCTAL,  // \1-\7, \0 followed by a digit: legacy octal, value in cp
    ESC_EIGHT_NINE,    // \8 or \9: the digit itself
    ESC_BAD_HEX,       // \x without two hex digits
    ESC_BAD_UNICODE,   // \u without four hex digits or a closed {…}
    ESC_OUT_OF_RANGE,  // \u{…} above 0x10FFFF
    ESC_BAD_UTF8,      // an invalid UTF-8 byte after the backslash
    ESC_END_OF_SOURCE, // the backslash is the last byte
} EscapeStatus;

// Escape.cp of a line continuation, which stands for no character.
#define ESC_NO_CHAR UINT32_MAX

typedef struct Escape {
    EscapeStatus status;
    uint32_t cp;  // code point (or code unit, for a surrogate) the escape stands for
    uint32_t end; // offset after the escape (after the bad part when invalid)
} Escape;

// Reads the escape whose backslash is at src[i] (i < len).
Escape lex_read_escape(const char *src, uint32_t len, uint32_t i);

// Whether an identifier starts at i: an ASCII start, a backslash, or a non-ASCII ID_Start.
bool lex_is_word_start(const Lexer *lx, uint32_t i);

// Reports "Invalid UTF-8" at byte i, once per file.
void lex_utf8_error(Lexer *lx, uint32_t i);

// Scanners for literals (lexer_literal.c). Each starts at the token's first byte, fills
// lx->token (kind, value_end, number, flags) and returns the offset after the token.
uint32_t lex_scan_number(Lexer *lx, uint32_t i);
uint32_t lex_scan_string(Lexer *lx, uint32_t i);
// i at the opening ` (head) or the } closing a substitution (continuation).
uint32_t lex_scan_template(Lexer *lx, uint32_t i, bool head);

#endif
