// regexp: validation of regular expression literals — flags and the pattern grammar of
// ECMA-262 §22.2.1, with the Annex B §B.1.2 leniency engines apply without the u or v flag.
//
// It only checks: nothing is compiled and no tree is built. Errors come back as a message and
// a byte range relative to the pattern, for the lexer to report. Named groups need a little
// memory, taken from the caller's scratch arena and rewound before returning. The validator
// is iterative (an explicit stack for groups and nested classes), so no pattern can overflow
// the C stack. Stateless and thread-safe. Module prefix: regexp_.
#ifndef BALE_JS_REGEXP_H
#define BALE_JS_REGEXP_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"

// Flag bits (RegExpFlags).
enum {
    REGEXP_HAS_INDICES = 1 << 0,  // d
    REGEXP_GLOBAL = 1 << 1,       // g
    REGEXP_IGNORE_CASE = 1 << 2,  // i
    REGEXP_MULTILINE = 1 << 3,    // m
    REGEXP_DOT_ALL = 1 << 4,      // s
    REGEXP_UNICODE = 1 << 5,      // u
    REGEXP_STICKY = 1 << 6,       // y
    REGEXP_UNICODE_SETS = 1 << 7, // v
};

// A validation failure: [offset, offset + len) relative to the start of what was validated.
typedef struct RegExpError {
    uint32_t offset;
    uint32_t len;
    char message[96];
} RegExpError;

// Parses the flags of a literal (the bytes after the closing `/`). False on an unknown or
// repeated flag or on u with v; *flags holds the bits of the valid ones.
MUST_USE bool regexp_parse_flags(Str text, uint32_t *flags, RegExpError *err);

// Validates a pattern (the bytes between the slashes, valid UTF-8) under flags. False on the
// first syntax error, described in *err. scratch is used and rewound.
MUST_USE bool regexp_validate(Str pattern, uint32_t flags, Arena *scratch, RegExpError *err);

#endif
