// json: a small reader for JSON (package.json) and JSONC (tsconfig.json: comments and trailing
// commas) into a read-only tree.
//
// Deliberately separate from the JS lexer: package.json and tsconfig.json need no JS tokens,
// and the resolver must not depend on the parser's API. Strings are decoded (escapes, \u
// surrogate pairs to UTF-8). Objects keep their members in source order, because the order
// of keys in an "exports" map is the order in which conditions are tried. Duplicate keys are
// kept; json_get returns the last one, as JSON.parse does.
//
// Errors carry the byte offset of the offending character and an exact message. Nesting is
// bounded (JSON_MAX_DEPTH) with an error, never a stack overflow.
// Lives in: the arena passed to json_parse (tree and decoded strings). Not thread-safe on one
// arena. Module prefix: json_.
#ifndef BALE_RESOLVE_JSON_H
#define BALE_RESOLVE_JSON_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"

enum { JSON_MAX_DEPTH = 200 };

typedef enum JsonKind {
    JSON_NULL,
    JSON_BOOL,
    JSON_NUMBER,
    JSON_STRING,
    JSON_ARRAY,
    JSON_OBJECT,
} JsonKind;

typedef struct JsonMember JsonMember;

// One value: 32 bytes, as the resolver keeps the "exports" maps of every package it reads
// (some have thousands of entries). Read the member of the union that kind names. Lives in:
// the parse arena.
typedef struct JsonValue {
    JsonKind kind;
    uint32_t offset; // byte offset of its first character in the text
    uint32_t len;    // elements of an array, members of an object
    union {
        bool boolean;
        double number;
        Str string;              // decoded text of a string (NUL-terminated in the arena)
        struct JsonValue *items; // elements of an array
        JsonMember *members;     // members of an object, in source order
    };
} JsonValue;

struct JsonMember {
    Str key; // decoded
    JsonValue value;
};

// Where and why a parse failed. Lives in: the caller's storage.
typedef struct JsonError {
    uint32_t offset; // byte offset of the offending character (text length at end of input)
    char message[96];
} JsonError;

// Parses the whole of text. jsonc allows // and /* */ comments and trailing commas. On
// failure returns false with *err filled; what was allocated stays in the arena.
MUST_USE bool json_parse(Arena *a, Str text, bool jsonc, JsonValue *out, JsonError *err);

// A deep copy of src into dst, every string and array in arena a: for keeping a part of a tree
// parsed into scratch. Recursion is bounded by JSON_MAX_DEPTH, as the parse was.
void json_copy(Arena *a, const JsonValue *src, JsonValue *dst);

// The value of key in an object (the last one when duplicated), or NULL when v is not an
// object or has no such key.
const JsonValue *json_get(const JsonValue *v, Str key);
// The string value of key, or false when missing or not a string.
MUST_USE bool json_get_string(const JsonValue *v, Str key, Str *out);

#endif
