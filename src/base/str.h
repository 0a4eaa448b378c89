// str: Str, a borrowed byte slice (pointer + length), and StrBuf, a growable byte buffer.
//
// A Str never owns its bytes: it points into a source file, an arena or a literal, and is valid
// as long as that storage is. Strs are not NUL-terminated in general. A StrBuf owns its bytes,
// allocated through mem (component chosen at init) and released by strbuf_deinit.
// Module prefixes: str_, strbuf_.
#ifndef BALE_BASE_STR_H
#define BALE_BASE_STR_H

#include <stdarg.h>

#include "base/arena.h"
#include "base/base.h"
#include "base/mem.h"

typedef struct Str {
    const char *ptr;
    size_t len;
} Str;

// A Str of a string literal, without its NUL.
#define STR(lit) ((Str){ "" lit, sizeof(lit) - 1 })
// The same in a static initializer, where C11 allows no compound literal.
#define STR_INIT(lit) \
    { "" lit, sizeof(lit) - 1 }
// printf("%.*s", STR_FMT(s))
#define STR_FMT(s) (int)(s).len, (s).ptr

Str str_from_cstr(const char *s);
bool str_eq(Str a, Str b);
bool str_eq_cstr(Str a, const char *b);
bool str_starts_with(Str s, Str prefix);
bool str_ends_with(Str s, Str suffix);
// Bytes [start, end) of s; both are clamped to s.len.
Str str_slice(Str s, size_t start, size_t end);
// Index of the first c in s at or after `from`, or SIZE_MAX.
size_t str_find_char(Str s, char c, size_t from);
// Index of the last c in s, or SIZE_MAX.
size_t str_rfind_char(Str s, char c);
// Index of the first occurrence of needle in s, or SIZE_MAX. An empty needle is found at 0.
size_t str_find(Str s, Str needle);
// Three-way byte comparison (shorter first on a common prefix).
int str_cmp(Str a, Str b);
// Copy into the arena with a trailing NUL (not counted in len).
Str str_dup(Arena *a, Str s);
// 64-bit hash of the bytes; stable across runs and platforms.
uint64_t str_hash(Str s);
// Parses a whole Str as an unsigned decimal; false on empty, non-digit or overflow.
MUST_USE bool str_parse_u64(Str s, uint64_t *out);
// The value of a hexadecimal digit, or -1.
int str_hex_digit(char c);
// True when s is an ASCII identifier: [A-Za-z_$][A-Za-z0-9_$]* (no escapes, no Unicode).
bool str_is_ascii_identifier(Str s);

// Lives in: the owner's storage; data on the heap through mem.
typedef struct StrBuf {
    Mem *mem;
    MemComponent component;
    char *data; // NUL-terminated when non-NULL
    size_t len;
    size_t cap;
} StrBuf;

void strbuf_init(StrBuf *b, Mem *mem, MemComponent component);
void strbuf_deinit(StrBuf *b);
void strbuf_reserve(StrBuf *b, size_t extra);
void strbuf_append(StrBuf *b, Str s);
void strbuf_append_cstr(StrBuf *b, const char *s);
void strbuf_append_bytes(StrBuf *b, const void *p, size_t len);
void strbuf_append_char(StrBuf *b, char c);
void strbuf_append_u64(StrBuf *b, uint64_t v);
void strbuf_append_i64(StrBuf *b, int64_t v);
void strbuf_printf(StrBuf *b, const char *fmt, ...) PRINTF(2, 3);
void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap) PRINTF(2, 0);
// Empties the buffer, keeping its storage.
void strbuf_clear(StrBuf *b);
// The contents; valid until the next change to the buffer.
Str strbuf_str(const StrBuf *b);

#endif
