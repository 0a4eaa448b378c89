// unicode: identifier classes, white space, UTF-8/WTF-8 and property names (see unicode.h).
#include "js/unicode.h"

#include <string.h>

// Binary search in a packed range table: the last range starting at or before cp, then a
// length check. Only non-ASCII identifiers get here, which are rare, so ~10 steps are fine.
static bool in_ranges(const uint32_t *table, uint32_t len, uint32_t cp) {
    uint32_t lo = 0;
    uint32_t hi = len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if ((table[mid] >> 11) <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return false;
    uint32_t r = table[lo - 1];
    return cp - (r >> 11) <= (r & 0x7ff);
}

bool unicode_is_id_start(uint32_t cp) {
    if (cp < 0x80)
        return (cp | 0x20) - 'a' < 26 || cp == '$' || cp == '_';
    return in_ranges(unicode_id_start, unicode_id_start_len, cp);
}

bool unicode_is_id_continue(uint32_t cp) {
    if (cp < 0x80)
        return (cp | 0x20) - 'a' < 26 || cp - '0' < 10 || cp == '$' || cp == '_';
    return in_ranges(unicode_id_continue, unicode_id_continue_len, cp);
}

bool unicode_is_space(uint32_t cp) {
    switch (cp) {
    case 0x00a0:
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

uint32_t unicode_decode_utf8(const char *p, const char *end, uint32_t *cp) {
    const uint8_t *s = (const uint8_t *)p;
    size_t avail = (size_t)(end - p);
    uint8_t c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    // Lead byte: C2-DF two bytes, E0-EF three, F0-F4 four; C0, C1 and F5+ are never valid.
    uint32_t n;
    uint32_t v;
    uint32_t min;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2, v = c & 0x1f, min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3, v = c & 0x0f, min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (avail < n)
        return 0;
    for (uint32_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
        return 0;
    *cp = v;
    return n;
}

uint32_t unicode_encode_wtf8(uint32_t cp, char *out) {
    uint8_t *o = (uint8_t *)out;
    if (cp < 0x80) {
        o[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xc0 | cp >> 6);
        o[1] = (uint8_t)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xe0 | cp >> 12);
        o[1] = (uint8_t)(0x80 | (cp >> 6 & 0x3f));
        o[2] = (uint8_t)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (uint8_t)(0xf0 | cp >> 18);
    o[1] = (uint8_t)(0x80 | (cp >> 12 & 0x3f));
    o[2] = (uint8_t)(0x80 | (cp >> 6 & 0x3f));
    o[3] = (uint8_t)(0x80 | (cp & 0x3f));
    return 4;
}

// Byte-order comparison of a Str with a NUL-terminated table entry.
static int compare_name(Str s, const char *name) {
    size_t n = strlen(name);
    size_t common = MIN(s.len, n);
    int c = common ? memcmp(s.ptr, name, common) : 0;
    if (c != 0)
        return c;
    return s.len < n ? -1 : s.len > n ? 1 : 0;
}

static bool in_names(const char *const *names, uint32_t len, Str s) {
    uint32_t lo = 0;
    uint32_t hi = len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = compare_name(s, names[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

bool unicode_is_lone_property(Str name) {
    return in_names(unicode_lone_properties, unicode_lone_properties_len, name);
}

bool unicode_is_value_property(Str name) {
    return in_names(unicode_value_properties, unicode_value_properties_len, name);
}

bool unicode_is_gc_value(Str value) {
    return in_names(unicode_gc_values, unicode_gc_values_len, value);
}

bool unicode_is_script_value(Str value) {
    return in_names(unicode_script_values, unicode_script_values_len, value);
}

bool unicode_is_string_property(Str name) {
    return in_names(unicode_string_properties, unicode_string_properties_len, name);
}

bool unicode_is_gc_property(Str name) {
    return str_eq(name, STR("General_Category")) || str_eq(name, STR("gc"));
}
