// str: slices and growable buffers (see str.h).
#include "base/str.h"

#include <stdio.h>
#include <string.h>

Str str_from_cstr(const char *s) {
    return (Str){ s, strlen(s) };
}

bool str_eq(Str a, Str b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

bool str_eq_cstr(Str a, const char *b) {
    return str_eq(a, str_from_cstr(b));
}

bool str_starts_with(Str s, Str prefix) {
    return s.len >= prefix.len && (prefix.len == 0 || memcmp(s.ptr, prefix.ptr, prefix.len) == 0);
}

bool str_ends_with(Str s, Str suffix) {
    return s.len >= suffix.len &&
           (suffix.len == 0 || memcmp(s.ptr + s.len - suffix.len, suffix.ptr, suffix.len) == 0);
}

Str str_slice(Str s, size_t start, size_t end) {
    end = MIN(end, s.len);
    start = MIN(start, end);
    return (Str){ s.ptr + start, end - start };
}

size_t str_find_char(Str s, char c, size_t from) {
    if (from >= s.len)
        return SIZE_MAX;
    const char *p = memchr(s.ptr + from, c, s.len - from);
    return p ? (size_t)(p - s.ptr) : SIZE_MAX;
}

size_t str_rfind_char(Str s, char c) {
    for (size_t i = s.len; i > 0; i--) {
        if (s.ptr[i - 1] == c)
            return i - 1;
    }
    return SIZE_MAX;
}

size_t str_find(Str s, Str needle) {
    if (needle.len == 0)
        return 0;
    for (size_t i = 0; i + needle.len <= s.len; i++) {
        if (s.ptr[i] == needle.ptr[0] && memcmp(s.ptr + i, needle.ptr, needle.len) == 0)
            return i;
    }
    return SIZE_MAX;
}

int str_cmp(Str a, Str b) {
    size_t n = MIN(a.len, b.len);
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    if (c != 0)
        return c;
    return (a.len > b.len) - (a.len < b.len);
}

Str str_dup(Arena *a, Str s) {
    return (Str){ arena_strndup(a, s.ptr, s.len), s.len };
}

// A multiply-xorshift hash over 8-byte words (in the spirit of wyhash/FxHash): fast on the short
// keys bale hashes (names, paths) and well mixed in the low bits that index tables.
static uint64_t mix(uint64_t h, uint64_t w) {
    h ^= w;
    h *= 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 29);
}

uint64_t str_hash(Str s) {
    uint64_t h = 0x243f6a8885a308d3ull ^ s.len;
    size_t i = 0;
    for (; i + 8 <= s.len; i += 8) {
        uint64_t w;
        memcpy(&w, s.ptr + i, 8);
        h = mix(h, w);
    }
    uint64_t tail = 0;
    for (size_t k = 0; i + k < s.len; k++)
        tail |= (uint64_t)(unsigned char)s.ptr[i + k] << (8 * k);
    h = mix(h, tail);
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
}

bool str_parse_u64(Str s, uint64_t *out) {
    if (s.len == 0)
        return false;
    uint64_t v = 0;
    for (size_t i = 0; i < s.len; i++) {
        unsigned d = (unsigned char)s.ptr[i] - '0';
        if (d > 9 || v > (UINT64_MAX - d) / 10)
            return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

void strbuf_init(StrBuf *b, Mem *mem, MemComponent component) {
    *b = (StrBuf){ .mem = mem, .component = component };
}

void strbuf_deinit(StrBuf *b) {
    mem_free(b->mem, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void strbuf_reserve(StrBuf *b, size_t extra) {
    ASSERT(extra < SIZE_MAX / 2 - b->len);
    size_t need = b->len + extra + 1; // +1: the NUL
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    b->data = b->data ? mem_realloc(b->mem, b->data, cap) : mem_alloc(b->mem, b->component, cap);
    b->cap = cap;
}

void strbuf_append_bytes(StrBuf *b, const void *p, size_t len) {
    strbuf_reserve(b, len);
    if (len)
        memcpy(b->data + b->len, p, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void strbuf_append(StrBuf *b, Str s) {
    strbuf_append_bytes(b, s.ptr, s.len);
}

void strbuf_append_cstr(StrBuf *b, const char *s) {
    strbuf_append_bytes(b, s, strlen(s));
}

void strbuf_append_char(StrBuf *b, char c) {
    strbuf_append_bytes(b, &c, 1);
}

void strbuf_append_u64(StrBuf *b, uint64_t v) {
    char digits[20];
    size_t n = 0;
    do {
        digits[sizeof digits - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    strbuf_append_bytes(b, digits + sizeof digits - n, n);
}

void strbuf_append_i64(StrBuf *b, int64_t v) {
    if (v < 0) {
        strbuf_append_char(b, '-');
        strbuf_append_u64(b, (uint64_t)0 - (uint64_t)v);
        return;
    }
    strbuf_append_u64(b, (uint64_t)v);
}

void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    ASSERT(n >= 0);
    strbuf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void strbuf_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

void strbuf_clear(StrBuf *b) {
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

Str strbuf_str(const StrBuf *b) {
    return (Str){ b->data ? b->data : "", b->len };
}

int str_hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool str_is_ascii_identifier(Str s) {
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
                  (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}
