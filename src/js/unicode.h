// unicode: the Unicode facts the JavaScript lexer and the regular-expression validator need —
// identifier classes (ECMA-262 §12.7), white space and line terminators (§12.2, §12.3), UTF-8
// decoding with validation, WTF-8 encoding, and the names `\p{…}` accepts (§22.2.2.9).
//
// The identifier ranges and property names are generated from node by
// scripts/gen-unicode.mjs into unicode_tables.c (const data, no state). Code points at or above
// 0x80 only: callers classify ASCII with their own byte tables. Module prefix: unicode_.
#ifndef BALE_JS_UNICODE_H
#define BALE_JS_UNICODE_H

#include "base/base.h"
#include "base/str.h"

// Generated tables (unicode_tables.c). Ranges are packed as start << 11 | (length - 1).
extern const uint32_t unicode_id_start[];
extern const uint32_t unicode_id_start_len;
extern const uint32_t unicode_id_continue[];
extern const uint32_t unicode_id_continue_len;
extern const char *const unicode_lone_properties[];
extern const uint32_t unicode_lone_properties_len;
extern const char *const unicode_gc_values[];
extern const uint32_t unicode_gc_values_len;
extern const char *const unicode_script_values[];
extern const uint32_t unicode_script_values_len;
extern const char *const unicode_value_properties[];
extern const uint32_t unicode_value_properties_len;
extern const char *const unicode_string_properties[];
extern const uint32_t unicode_string_properties_len;

// IdentifierStart / IdentifierPart for any code point (ASCII included: A-Z a-z $ _, and
// digits for IdentifierPart). ZWNJ and ZWJ are IdentifierPart.
bool unicode_is_id_start(uint32_t cp);
bool unicode_is_id_continue(uint32_t cp);

// White space other than ASCII: U+00A0, U+FEFF and the Space_Separator (Zs) code points.
bool unicode_is_space(uint32_t cp);

// LineTerminator: LF, CR, U+2028, U+2029.
static inline bool unicode_is_line_terminator(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
}

// Decodes the UTF-8 sequence at p (p < end, *p >= 0x80 or not). Returns its length (1-4) and
// stores the code point; returns 0 for an invalid sequence (bad lead or continuation byte,
// overlong form, surrogate, above U+10FFFF, or cut by end).
uint32_t unicode_decode_utf8(const char *p, const char *end, uint32_t *cp);

// Encodes cp (<= 0x10FFFF) as WTF-8 into out (room for 4 bytes): UTF-8, except that a
// surrogate code point (a lone one from a "\uD800" escape) takes the 3-byte form UTF-8 would
// use if surrogates were allowed. Returns the byte count.
uint32_t unicode_encode_wtf8(uint32_t cp, char *out);

// Property-name lookups for `\p{…}`, exact and case-sensitive as ECMA-262 requires.
bool unicode_is_lone_property(Str name);   // \p{Alphabetic}, \p{Lu}
bool unicode_is_value_property(Str name);  // General_Category, gc, Script, sc, ...
bool unicode_is_gc_value(Str value);       // \p{gc=Lu}
bool unicode_is_script_value(Str value);   // \p{sc=Greek}
bool unicode_is_string_property(Str name); // \p{RGI_Emoji} (v flag)
// True for General_Category and its alias gc (whose values are General_Category values).
bool unicode_is_gc_property(Str name);

#endif
