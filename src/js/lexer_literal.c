// lexer_literal: numeric, string and template literals — scanning, errors and values
// (ECMA-262 §12.9). Shares lexer_int.h with lexer.c.
//
// Numbers get their double value while scanning, exactly rounded: integers and short decimals
// by the Clinger fast path (one correctly rounded multiply or divide of exact doubles), other
// decimals by strtod on a copy without separators (bale never calls setlocale, so the decimal
// point is '.'), hex/octal/binary by hand with round-half-to-even above 2^53. String and
// template values are decoded only when the parser asks (lex_string_value and friends).
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "js/lexer_int.h"
#include "js/unicode.h"

// ---------------------------------------------------------------------------------------------
// Escapes (§12.9.4 EscapeSequence, §12.9.6 TemplateCharacter)

// \u{…} or \uXXXX; s[i] is the 'u'.
static Escape read_unicode_escape(const char *s, uint32_t i) {
    Escape e = { ESC_OK, 0, i + 1 };
    if (s[i + 1] == '{') {
        uint32_t j = i + 2;
        uint32_t v = 0;
        bool big = false;
        while (lex_hex_value(s[j]) >= 0) {
            v = v * 16 + (uint32_t)lex_hex_value(s[j]);
            big |= v > 0x10ffff;
            v = big ? 0x110000 : v;
            j++;
        }
        if (j == i + 2 || s[j] != '}') {
            e.status = ESC_BAD_UNICODE;
            e.end = j;
            return e;
        }
        e.status = big ? ESC_OUT_OF_RANGE : ESC_OK;
        e.cp = v;
        e.end = j + 1;
        return e;
    }
    uint32_t v = 0;
    for (uint32_t k = 1; k <= 4; k++) {
        int h = lex_hex_value(s[i + k]);
        if (h < 0) {
            e.status = ESC_BAD_UNICODE;
            e.end = i + k;
            return e;
        }
        v = v * 16 + (uint32_t)h;
    }
    e.cp = v;
    e.end = i + 5;
    return e;
}

// \0-\7 forms; s[i] is the first digit. \0 alone is NUL; everything else is legacy octal:
// ZeroToThree OctalDigit OctalDigit, FourToSeven OctalDigit, or \0 before 8 or 9.
static Escape read_octal_escape(const char *s, uint32_t i) {
    uint32_t v = (uint32_t)(s[i] - '0');
    uint32_t max_len = v <= 3 ? 3 : 2;
    uint32_t j = i + 1;
    if (v == 0 && !(lex_class(s, j) & CC_DIGIT))
        return (Escape){ ESC_OK, 0, j };
    while (j - i < max_len && s[j] >= '0' && s[j] <= '7') {
        v = v * 8 + (uint32_t)(s[j] - '0');
        j++;
    }
    return (Escape){ ESC_LEGACY_OCTAL, v, j };
}

Escape lex_read_escape(const char *s, uint32_t len, uint32_t i) {
    uint8_t c = (uint8_t)s[i + 1];
    Escape e = { ESC_OK, c, i + 2 };
    switch (c) {
    case 'n':
    case 't':
    case 'r':
    case 'b':
    case 'f':
    case 'v':
        // SingleEscapeCharacter other than quotes and backslash, which stand for themselves.
        e.cp = (uint8_t) "\n\t\r\b\f\v"[strchr("ntrbfv", c) - "ntrbfv"];
        return e;
    case '\r':
        // LineContinuation: CRLF is one line terminator.
        e.cp = ESC_NO_CHAR;
        e.end += s[i + 2] == '\n';
        return e;
    case '\n':
        e.cp = ESC_NO_CHAR;
        return e;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        return read_octal_escape(s, i + 1);
    case '8':
    case '9':
        e.status = ESC_EIGHT_NINE;
        return e;
    case 'x': {
        int hi = lex_hex_value(s[i + 2]);
        int lo = hi < 0 ? -1 : lex_hex_value(s[i + 3]);
        if (lo < 0)
            return (Escape){ ESC_BAD_HEX, 0, i + 2 + (hi >= 0) };
        e.cp = (uint32_t)(hi * 16 + lo);
        e.end = i + 4;
        return e;
    }
    case 'u':
        return read_unicode_escape(s, i + 1);
    case '\0':
        if (i + 1 >= len)
            return (Escape){ ESC_END_OF_SOURCE, 0, i + 1 };
        return e;
    default:
        if (c < 0x80)
            return e;
        break;
    }
    uint32_t cp;
    uint32_t n = unicode_decode_utf8(s + i + 1, s + len, &cp);
    if (n == 0)
        return (Escape){ ESC_BAD_UTF8, 0, i + 2 };
    // U+2028 and U+2029 after a backslash are line continuations like LF.
    e.cp = cp == 0x2028 || cp == 0x2029 ? ESC_NO_CHAR : cp;
    e.end = i + 1 + n;
    return e;
}

// The message for a bad escape; NULL for ESC_OK. template: legacy forms are errors there.
static const char *escape_message(EscapeStatus st, bool template) {
    switch (st) {
    case ESC_LEGACY_OCTAL:
        return template ? "Octal escape sequences are not allowed in template strings"
                        : "Octal escape sequences are not allowed in strict mode";
    case ESC_EIGHT_NINE:
        return template ? "\\8 and \\9 are not allowed in template strings"
                        : "\\8 and \\9 are not allowed in strict mode";
    case ESC_BAD_HEX:
        return "Invalid hexadecimal escape sequence";
    case ESC_BAD_UNICODE:
        return "Invalid Unicode escape sequence";
    case ESC_OUT_OF_RANGE:
        return "Unicode escape sequence is out of range";
    default:
        return NULL;
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers (§12.9.3)

// Digit value for any radix up to 16, or 99.
static uint32_t digit_value(char c) {
    int v = lex_hex_value(c);
    return v < 0 ? 99 : (uint32_t)v;
}

typedef struct NumberScan {
    bool separators; // saw a `_`
    bool reported;   // a separator error was reported (once per literal)
} NumberScan;

// Digits of radix with NumericSeparators: a `_` must sit between two digits.
static uint32_t scan_digits(Lexer *lx, uint32_t i, uint32_t radix, NumberScan *ns) {
    const char *s = lx->src;
    uint32_t first = i;
    for (;;) {
        char c = s[i];
        if (digit_value(c) < radix) {
            i++;
            continue;
        }
        if (c != '_')
            return i;
        ns->separators = true;
        bool ok = i > first && digit_value(s[i - 1]) < radix && digit_value(s[i + 1]) < radix;
        if (!ok && !ns->reported) {
            lex_error(lx, i, 1, "Numeric separators are not allowed here");
            ns->reported = true;
        }
        i++;
    }
}

// Powers of ten that doubles hold exactly.
static const double exact_pow10[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

// strtod on a copy of [start, end) without separators.
static double strtod_value(Lexer *lx, uint32_t start, uint32_t end) {
    char small[64];
    ArenaMark mark = arena_mark(lx->arena);
    size_t size = (size_t)(end - start) + 1;
    char *buf = size <= sizeof small ? small : arena_alloc(lx->arena, size);
    size_t n = 0;
    for (uint32_t i = start; i < end; i++) {
        if (lx->src[i] != '_')
            buf[n++] = lx->src[i];
    }
    buf[n] = '\0';
    double v = strtod(buf, NULL);
    arena_rewind(lx->arena, mark);
    return v;
}

// The value of a decimal literal [start, end) (digits, `.`, exponent, separators).
static double decimal_value(Lexer *lx, uint32_t start, uint32_t end) {
    const char *s = lx->src;
    uint64_t m = 0;
    int digits = 0;
    int exp10 = 0;
    bool dot = false;
    bool exact = true;
    uint32_t i = start;
    for (; i < end; i++) {
        char c = s[i];
        if (c == '_')
            continue;
        if (c == '.') {
            dot = true;
            continue;
        }
        if ((c | 0x20) == 'e')
            break;
        if (digits < 19) {
            m = m * 10 + (uint64_t)(c - '0');
            digits += m != 0;
            exp10 -= dot;
        } else {
            exact &= c == '0';
            exp10 += !dot;
        }
    }
    if (i < end) {
        // Exponent: clamped, since any value this far out is 0 or Infinity anyway.
        int sign = s[i + 1] == '-' ? -1 : 1;
        int e = 0;
        for (i++; i < end; i++) {
            if (s[i] >= '0' && s[i] <= '9')
                e = MIN(e * 10 + (s[i] - '0'), 100000);
        }
        exp10 += sign * e;
    }
    if (exact && m <= (UINT64_C(1) << 53)) {
        if (m == 0)
            return 0.0;
        if (exp10 >= 0 && exp10 <= 22)
            return (double)m * exact_pow10[exp10];
        if (exp10 < 0 && exp10 >= -22)
            return (double)m / exact_pow10[-exp10];
    }
    return strtod_value(lx, start, end);
}

// m * 2^exp2 rounded to a double, half to even; sticky: nonzero bits below m were dropped.
static double round_binary(uint64_t m, int exp2, bool sticky) {
    if ((m >> 53) == 0)
        return ldexp((double)m, exp2);
    int bits = 54;
    while (bits < 64 && (m >> bits) != 0)
        bits++;
    int drop = bits - 53;
    uint64_t top = m >> drop;
    uint64_t rest = m & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    if (rest > half || (rest == half && (sticky || (top & 1))))
        top++;
    return ldexp((double)top, exp2 + drop);
}

// The value of hex, octal or binary digits [i, end) (shift: bits per digit), separators
// skipped. Keeps the top 64 bits and a sticky bit for the rest, enough to round exactly.
static double radix_value(const char *s, uint32_t i, uint32_t end, uint32_t shift) {
    uint64_t m = 0;
    int exp2 = 0;
    bool sticky = false;
    for (; i < end; i++) {
        if (s[i] == '_')
            continue;
        uint32_t d = digit_value(s[i]);
        if ((m >> (64 - shift)) == 0) {
            m = m << shift | d;
            continue;
        }
        for (uint32_t b = shift; b-- > 0;) {
            uint32_t bit = d >> b & 1;
            if (m >> 63) {
                exp2++;
                sticky |= bit != 0;
            } else {
                m = m << 1 | bit;
            }
        }
    }
    return round_binary(m, exp2, sticky);
}

// Skips the identifier characters (and escapes) glued to a bad number, so the parser sees one
// bad number rather than a number and a stray word.
static uint32_t skip_glued_word(Lexer *lx, uint32_t i) {
    const char *s = lx->src;
    for (;;) {
        uint32_t cp;
        uint32_t n = 1;
        if (s[i] == '\\')
            n = lex_read_escape(s, lx->len, i).end - i;
        else if ((uint8_t)s[i] >= 0x80)
            n = unicode_decode_utf8(s + i, s + lx->len, &cp) && unicode_is_id_continue(cp)
                        ? unicode_decode_utf8(s + i, s + lx->len, &cp)
                        : 0;
        else if (!(lex_class(s, i) & CC_ID_PART))
            n = 0;
        if (n == 0)
            return i;
        i += n;
    }
}

// After a numeric literal: an identifier start or a digit right after it is an error
// (`3in x`, `0b12`).
static uint32_t check_number_end(Lexer *lx, uint32_t i, const char *radix_name) {
    const char *s = lx->src;
    bool digit = lex_class(s, i) & CC_DIGIT;
    if (!digit && !lex_is_word_start(lx, i))
        return i;
    if (digit)
        lex_error(lx, i, 1, "Invalid digit \"%c\" in %s literal", s[i], radix_name);
    else
        lex_error(lx, i, 1, "An identifier or keyword cannot immediately follow a numeric literal");
    return skip_glued_word(lx, i);
}

// A trailing `n`: BigInt, only on an integer without fraction, exponent or legacy form.
static uint32_t scan_bigint_suffix(Lexer *lx, uint32_t start, uint32_t i, bool allowed) {
    if (lx->src[i] != 'n')
        return i;
    if (!allowed)
        lex_error(lx, start, i + 1 - start, "Invalid BigInt literal");
    lx->token.kind = TOK_BIGINT;
    return i + 1;
}

// 0x / 0o / 0b literals.
static uint32_t scan_radix(Lexer *lx, uint32_t start, uint32_t radix, uint32_t shift,
                           const char *name) {
    NumberScan ns = { 0 };
    uint32_t first = start + 2;
    uint32_t i = scan_digits(lx, first, radix, &ns);
    if (i == first && !ns.separators) {
        lex_error(lx, start, 2, "Expected %s digits after \"%.2s\"", name, lx->src + start);
        return skip_glued_word(lx, i);
    }
    lx->token.number = radix_value(lx->src, first, i, shift);
    i = scan_bigint_suffix(lx, start, i, true);
    return check_number_end(lx, i, name);
}

// Fraction and exponent of a decimal literal from i (after its integer part).
static uint32_t scan_decimal_tail(Lexer *lx, uint32_t i, NumberScan *ns, bool *integer) {
    const char *s = lx->src;
    if (s[i] == '.') {
        *integer = false;
        i = scan_digits(lx, i + 1, 10, ns);
    }
    if ((s[i] | 0x20) == 'e') {
        *integer = false;
        uint32_t e = i + 1;
        e += s[e] == '+' || s[e] == '-';
        if (!(lex_class(s, e) & CC_DIGIT) && s[e] != '_') {
            lex_error(lx, i, e - i, "Expected a digit after the exponent");
            return e;
        }
        i = scan_digits(lx, e, 10, ns);
    }
    return i;
}

// The common case of a decimal literal: up to 15 digits with an optional fraction, no
// separator, exponent or suffix — exact as digits / 10^k. Returns 0 to take the full path.
static uint32_t scan_plain_decimal(Lexer *lx, uint32_t start) {
    const char *s = lx->src;
    uint64_t v = 0;
    uint32_t i = start;
    while (lex_class(s, i) & CC_DIGIT)
        v = v * 10 + (uint64_t)(s[i++] - '0');
    uint32_t int_end = i;
    if (s[i] == '.') {
        for (i++; lex_class(s, i) & CC_DIGIT; i++)
            v = v * 10 + (uint64_t)(s[i] - '0');
    }
    uint32_t digits = i - start - (i != int_end);
    uint32_t fraction = i == int_end ? 0 : i - int_end - 1;
    bool glued = (lex_class(s, i) & CC_ID_PART) || s[i] == '\\' || (uint8_t)s[i] >= 0x80 ||
                 (i == int_end && s[i] == '.');
    if (digits > 15 || glued || i == start)
        return 0;
    lx->token.number = (double)v / exact_pow10[fraction];
    return i;
}

// DecimalLiteral (including `.5`) and DecimalBigIntegerLiteral.
static uint32_t scan_decimal(Lexer *lx, uint32_t start) {
    uint32_t end = scan_plain_decimal(lx, start);
    if (end)
        return end;
    NumberScan ns = { 0 };
    bool integer = true;
    uint32_t i = lx->src[start] == '.' ? start : scan_digits(lx, start, 10, &ns);
    i = scan_decimal_tail(lx, i, &ns, &integer);
    lx->token.number = decimal_value(lx, start, i);
    i = scan_bigint_suffix(lx, start, i, integer);
    return check_number_end(lx, i, "decimal");
}

// A literal starting with 0 and a digit: LegacyOctalIntegerLiteral (017) or
// NonOctalDecimalIntegerLiteral (08, 019.5) — sloppy mode only, and never with separators.
static uint32_t scan_leading_zero(Lexer *lx, uint32_t start) {
    const char *s = lx->src;
    Token *t = &lx->token;
    uint32_t i = start + 1;
    bool octal = true;
    while (lex_class(s, i) & CC_DIGIT) {
        octal &= s[i] <= '7';
        i++;
    }
    t->flags |= TOKF_LEGACY_OCTAL;
    if (s[i] == '_') {
        lex_error(lx, i, 1, "Numeric separators are not allowed here");
        return skip_glued_word(lx, i);
    }
    if (octal) {
        t->number = radix_value(s, start + 1, i, 3);
    } else {
        NumberScan ns = { 0 };
        bool integer = true;
        i = scan_decimal_tail(lx, i, &ns, &integer);
        t->number = decimal_value(lx, start, i);
    }
    if (lx->strict)
        lex_report_legacy_octal(lx, &(Token){ .start = start, .end = i, .kind = TOK_NUMBER });
    i = scan_bigint_suffix(lx, start, i, false);
    return check_number_end(lx, i, "decimal");
}

uint32_t lex_scan_number(Lexer *lx, uint32_t i) {
    const char *s = lx->src;
    lx->token.kind = TOK_NUMBER;
    if (s[i] == '0') {
        switch (s[i + 1] | 0x20) {
        case 'x':
            return scan_radix(lx, i, 16, 4, "hexadecimal");
        case 'o':
            return scan_radix(lx, i, 8, 3, "octal");
        case 'b':
            return scan_radix(lx, i, 2, 1, "binary");
        default:
            if (lex_class(s, i + 1) & CC_DIGIT)
                return scan_leading_zero(lx, i);
            if (s[i + 1] == '_') {
                lex_error(lx, i + 1, 1, "Numeric separators are not allowed here");
                lx->token.number = 0;
                return skip_glued_word(lx, i + 1);
            }
            break;
        }
    }
    return scan_decimal(lx, i);
}

// ---------------------------------------------------------------------------------------------
// Strings (§12.9.4)

// An escape inside a string literal at i: reports it if bad (or legacy in strict mode).
static uint32_t string_escape(Lexer *lx, uint32_t i) {
    Token *t = &lx->token;
    Escape e = lex_read_escape(lx->src, lx->len, i);
    t->flags |= TOKF_ESCAPED;
    switch (e.status) {
    case ESC_OK:
        break;
    case ESC_LEGACY_OCTAL:
    case ESC_EIGHT_NINE:
        t->flags |= TOKF_LEGACY_OCTAL;
        if (lx->strict)
            lex_error(lx, i, e.end - i, "%s", escape_message(e.status, false));
        break;
    case ESC_BAD_UTF8:
        lex_utf8_error(lx, i + 1);
        break;
    case ESC_END_OF_SOURCE:
        break;
    default:
        lex_error(lx, i, e.end - i, "%s", escape_message(e.status, false));
        break;
    }
    return e.end;
}

uint32_t lex_scan_string(Lexer *lx, uint32_t i) {
    const char *s = lx->src;
    Token *t = &lx->token;
    char quote = s[i];
    uint32_t start = i++;
    t->kind = TOK_STRING;
    for (;;) {
        while (!(lex_class(s, i) & CC_STR_STOP))
            i++;
        uint8_t c = (uint8_t)s[i];
        if (c == (uint8_t)quote) {
            t->value_end = i;
            return i + 1;
        }
        if (c == '\'' || c == '"') {
            i++;
        } else if (c == '\\') {
            i = string_escape(lx, i);
        } else if (c == '\n' || c == '\r' || (c == 0 && i >= lx->len)) {
            lex_error(lx, start, i - start, "Unterminated string literal");
            t->flags |= TOKF_UNTERMINATED;
            t->value_end = i;
            return i;
        } else if (c == 0) {
            i++;
        } else {
            // Non-ASCII: validated; U+2028 and U+2029 are allowed in strings (ES2019).
            uint32_t cp;
            uint32_t n = unicode_decode_utf8(s + i, s + lx->len, &cp);
            if (n == 0) {
                lex_utf8_error(lx, i);
                n = 1;
            }
            i += n;
        }
    }
}

void lex_report_legacy_octal(Lexer *lx, const Token *tok) {
    if (tok->kind == TOK_NUMBER || tok->kind == TOK_BIGINT) {
        bool octal = true;
        for (uint32_t i = tok->start + 1; i < tok->end && (lex_class(lx->src, i) & CC_DIGIT); i++)
            octal &= lx->src[i] <= '7';
        lex_error(lx, tok->start, tok->end - tok->start, "%s",
                  octal ? "Octal literals are not allowed in strict mode"
                        : "Decimals with leading zeros are not allowed in strict mode");
        return;
    }
    for (uint32_t i = tok->start + 1; i < tok->value_end;) {
        if (lx->src[i] != '\\') {
            i++;
            continue;
        }
        Escape e = lex_read_escape(lx->src, lx->len, i);
        if (e.status == ESC_LEGACY_OCTAL || e.status == ESC_EIGHT_NINE) {
            lex_error(lx, i, e.end - i, "%s", escape_message(e.status, false));
            return;
        }
        i = MAX(e.end, i + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Templates (§12.9.6)

// An escape inside a template at i: legacy and malformed escapes make the cooked value
// undefined, which is an error only if the template is untagged (the parser's call).
static uint32_t template_escape(Lexer *lx, uint32_t i) {
    Token *t = &lx->token;
    Escape e = lex_read_escape(lx->src, lx->len, i);
    t->flags |= TOKF_ESCAPED;
    if (lx->src[i + 1] == '\r')
        t->flags |= TOKF_TEMPLATE_CR;
    if (e.status == ESC_BAD_UTF8)
        lex_utf8_error(lx, i + 1);
    else if (e.status != ESC_OK && e.status != ESC_END_OF_SOURCE)
        t->flags |= TOKF_INVALID_ESCAPE;
    return e.end;
}

uint32_t lex_scan_template(Lexer *lx, uint32_t i, bool head) {
    const char *s = lx->src;
    Token *t = &lx->token;
    uint32_t start = i++;
    for (;;) {
        while (!(lex_class(s, i) & CC_TPL_STOP))
            i++;
        uint8_t c = (uint8_t)s[i];
        if (c == '`') {
            t->kind = head ? TOK_TEMPLATE_FULL : TOK_TEMPLATE_TAIL;
            t->value_end = i;
            return i + 1;
        }
        if (c == '$') {
            if (s[i + 1] == '{') {
                t->kind = head ? TOK_TEMPLATE_HEAD : TOK_TEMPLATE_MIDDLE;
                t->value_end = i;
                return i + 2;
            }
            i++;
        } else if (c == '\\') {
            i = template_escape(lx, i);
        } else if (c == '\r') {
            t->flags |= TOKF_TEMPLATE_CR;
            i++;
        } else if (c == 0) {
            if (i >= lx->len) {
                lex_error(lx, start, i - start, "Unterminated template literal");
                t->kind = head ? TOK_TEMPLATE_FULL : TOK_TEMPLATE_TAIL;
                t->flags |= TOKF_UNTERMINATED;
                t->value_end = i;
                return i;
            }
            i++;
        } else {
            uint32_t cp;
            uint32_t n = unicode_decode_utf8(s + i, s + lx->len, &cp);
            if (n == 0) {
                lex_utf8_error(lx, i);
                n = 1;
            }
            i += n;
        }
    }
}

void lex_report_template_escape(Lexer *lx, const Token *tok) {
    for (uint32_t i = tok->start + 1; i < tok->value_end;) {
        if (lx->src[i] != '\\') {
            i++;
            continue;
        }
        Escape e = lex_read_escape(lx->src, lx->len, i);
        const char *msg = escape_message(e.status, true);
        if (msg) {
            lex_error(lx, i, e.end - i, "%s", msg);
            return;
        }
        i = MAX(e.end, i + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Values

// Decodes [i, end) of a string or template body into out (room for end - i bytes: no escape
// decodes longer than itself). Escaped surrogate pairs become one 4-byte character; a lone
// surrogate stays a 3-byte WTF-8 sequence. template: CR and CRLF read as LF (§12.9.6 TV).
static size_t cook(const Lexer *lx, uint32_t i, uint32_t end, char *out, bool template) {
    const char *s = lx->src;
    size_t n = 0;
    uint32_t high = 0; // high surrogate just written by an escape, 0 if none
    while (i < end) {
        char c = s[i];
        if (c == '\\') {
            Escape e = lex_read_escape(s, lx->len, i);
            i = MAX(e.end, i + 1);
            bool value = e.status == ESC_OK || e.status == ESC_LEGACY_OCTAL ||
                         e.status == ESC_EIGHT_NINE;
            if (!value || e.cp == ESC_NO_CHAR) {
                high = 0;
                continue;
            }
            uint32_t cp = e.cp;
            if (high && cp >= 0xdc00 && cp <= 0xdfff) {
                n -= 3;
                cp = 0x10000 + ((high - 0xd800) << 10) + (cp - 0xdc00);
            }
            n += unicode_encode_wtf8(cp, out + n);
            high = cp >= 0xd800 && cp <= 0xdbff ? cp : 0;
            continue;
        }
        high = 0;
        i++;
        if (template && c == '\r') {
            c = '\n';
            i += s[i] == '\n' && i < end;
        }
        out[n++] = c;
    }
    out[n] = '\0';
    return n;
}

// The body of a string or template token.
static Str body(const Lexer *lx, const Token *tok) {
    return (Str){ lx->src + tok->start + 1, tok->value_end - tok->start - 1 };
}

Str lex_string_value(const Lexer *lx, const Token *tok, Arena *arena) {
    Str raw = body(lx, tok);
    if (!(tok->flags & TOKF_ESCAPED))
        return raw;
    char *out = arena_alloc(arena, raw.len + 1);
    size_t n = cook(lx, tok->start + 1, tok->value_end, out, false);
    return (Str){ out, n };
}

bool lex_template_cooked(const Lexer *lx, const Token *tok, Arena *arena, Str *out) {
    Str raw = body(lx, tok);
    if (tok->flags & TOKF_INVALID_ESCAPE) {
        *out = (Str){ NULL, 0 };
        return false;
    }
    if (!(tok->flags & (TOKF_ESCAPED | TOKF_TEMPLATE_CR))) {
        *out = raw;
        return true;
    }
    char *buf = arena_alloc(arena, raw.len + 1);
    size_t n = cook(lx, tok->start + 1, tok->value_end, buf, true);
    *out = (Str){ buf, n };
    return true;
}

Str lex_template_raw(const Lexer *lx, const Token *tok, Arena *arena) {
    Str raw = body(lx, tok);
    if (!(tok->flags & TOKF_TEMPLATE_CR))
        return raw;
    char *out = arena_alloc(arena, raw.len + 1);
    size_t n = 0;
    for (size_t i = 0; i < raw.len; i++) {
        char c = raw.ptr[i];
        if (c == '\r') {
            c = '\n';
            i += i + 1 < raw.len && raw.ptr[i + 1] == '\n';
        }
        out[n++] = c;
    }
    out[n] = '\0';
    return (Str){ out, n };
}
