// exports: package.json "exports" and "imports" maps, following node's ESM resolution spec
// (doc/api/esm.md, "Resolution Algorithm Specification": PACKAGE_EXPORTS_RESOLVE,
// PACKAGE_IMPORTS_RESOLVE, PACKAGE_IMPORTS_EXPORTS_RESOLVE, PATTERN_KEY_COMPARE,
// PACKAGE_TARGET_RESOLVE) and node's implementation where the two differ: an array of
// fallbacks skips null as well as invalid targets, and empty path segments in targets are
// tolerated (node only warns).
//
// Everything here is lexical: targets are checked and joined to the package directory but not
// looked up on disk (the caller checks that the file exists, without extension probing).
// Results live in the scratch arena.
#include <string.h>

#include "base/path.h"
#include "resolve/resolver_int.h"

// Where a lookup is happening; read-only.
typedef struct MapCtx {
    Arena *scratch;
    const PackageInfo *pkg;
    Conditions conds;
    bool is_imports;
    MapResult *out;
} MapCtx;

bool exports_condition_matches(Conditions conds, Str key) {
    if (str_eq_cstr(key, "default"))
        return true;
    for (uint32_t i = 0; i < conds.len; i++) {
        if (str_eq(conds.names[i], key))
            return true;
    }
    return false;
}

// True when a segment of s (split on "/" or "\") is "." or ".." or "node_modules" (any
// case); with empty_too, an empty segment counts as well.
static bool has_bad_segment(Str s, bool empty_too) {
    size_t start = 0;
    for (size_t i = 0; i <= s.len; i++) {
        if (i < s.len && s.ptr[i] != '/' && s.ptr[i] != '\\')
            continue;
        Str seg = str_slice(s, start, i);
        start = i + 1;
        if ((empty_too && seg.len == 0) || str_eq_cstr(seg, ".") || str_eq_cstr(seg, ".."))
            return true;
        if (seg.len == 12 && strncasecmp(seg.ptr, "node_modules", 12) == 0)
            return true;
    }
    return false;
}

// target with every "*" replaced by match (or target itself when match is NULL).
static Str substitute(Arena *a, Str target, const Str *match) {
    if (!match)
        return target;
    size_t stars = 0;
    for (size_t i = 0; i < target.len; i++)
        stars += target.ptr[i] == '*';
    size_t len = target.len - stars + stars * match->len;
    char *buf = arena_alloc(a, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < target.len; i++) {
        if (target.ptr[i] == '*') {
            memcpy(buf + n, match->ptr, match->len);
            n += match->len;
        } else {
            buf[n++] = target.ptr[i];
        }
    }
    buf[n] = '\0';
    return (Str){ buf, n };
}

// PACKAGE_TARGET_RESOLVE for a string target.
static MapStatus resolve_string_target(MapCtx *c, Str target, const Str *match) {
    if (!str_starts_with(target, STR("./"))) {
        bool bare_ok = c->is_imports && !str_starts_with(target, STR("../")) &&
                       !str_starts_with(target, STR("/")) && str_find(target, STR(":")) == SIZE_MAX;
        c->out->invalid = target;
        if (!bare_ok)
            return MAP_INVALID_TARGET;
        c->out->target = substitute(c->scratch, target, match);
        c->out->bare = true;
        return MAP_OK;
    }
    if (has_bad_segment(str_slice(target, 2, target.len), false)) {
        c->out->invalid = target;
        return MAP_INVALID_TARGET;
    }
    if (match && has_bad_segment(*match, false))
        return MAP_INVALID_SUBPATH;
    Str rel = substitute(c->scratch, target, match);
    c->out->target = path_join(c->scratch, c->pkg->dir, rel);
    c->out->bare = false;
    return MAP_OK;
}

static MapStatus resolve_target(MapCtx *c, const JsonValue *target, const Str *match,
                                uint32_t depth);

// A conditions object: the first key, in the object's order, that is active and whose target
// is not undefined.
static MapStatus resolve_conditional(MapCtx *c, const JsonValue *target, const Str *match,
                                     uint32_t depth) {
    for (uint32_t i = 0; i < target->len; i++) {
        const JsonMember *m = &target->members[i];
        if (!exports_condition_matches(c->conds, m->key))
            continue;
        MapStatus s = resolve_target(c, &m->value, match, depth + 1);
        if (s != MAP_NO_CONDITION)
            return s;
    }
    return MAP_NO_CONDITION;
}

// An array of fallbacks: the first that resolves; invalid and null entries are skipped, as
// node's implementation does; the last failure is returned when none resolves.
static MapStatus resolve_array(MapCtx *c, const JsonValue *target, const Str *match,
                               uint32_t depth) {
    if (target->len == 0)
        return MAP_NULL;
    MapStatus last = MAP_NO_CONDITION;
    for (uint32_t i = 0; i < target->len; i++) {
        MapStatus s = resolve_target(c, &target->items[i], match, depth + 1);
        if (s == MAP_OK || (s != MAP_INVALID_TARGET && s != MAP_NULL && s != MAP_NO_CONDITION))
            return s;
        if (s != MAP_NO_CONDITION)
            last = s;
    }
    return last;
}

// PACKAGE_TARGET_RESOLVE. depth is bounded by the JSON reader's nesting limit.
static MapStatus resolve_target(MapCtx *c, const JsonValue *target, const Str *match,
                                uint32_t depth) {
    switch (target->kind) {
    case JSON_STRING:
        return resolve_string_target(c, target->string, match);
    case JSON_OBJECT:
        return resolve_conditional(c, target, match, depth);
    case JSON_ARRAY:
        return resolve_array(c, target, match, depth);
    case JSON_NULL:
        return MAP_NULL;
    default:
        c->out->invalid = STR("");
        return MAP_INVALID_TARGET;
    }
}

// PATTERN_KEY_COMPARE: negative when a sorts before b (is more specific).
static int pattern_key_compare(Str a, Str b) {
    size_t star_a = str_find_char(a, '*', 0);
    size_t star_b = str_find_char(b, '*', 0);
    size_t base_a = star_a == SIZE_MAX ? a.len : star_a + 1;
    size_t base_b = star_b == SIZE_MAX ? b.len : star_b + 1;
    if (base_a != base_b)
        return base_a > base_b ? -1 : 1;
    if (star_a == SIZE_MAX)
        return 1;
    if (star_b == SIZE_MAX)
        return -1;
    if (a.len != b.len)
        return a.len > b.len ? -1 : 1;
    return 0;
}

// True when pattern key (one "*") matches key; sets *match to what the "*" stands for.
static bool pattern_matches(Str pattern, Str key, Str *match) {
    size_t star = str_find_char(pattern, '*', 0);
    if (star == SIZE_MAX || str_find_char(pattern, '*', star + 1) != SIZE_MAX)
        return false;
    Str base = str_slice(pattern, 0, star);
    Str trailer = str_slice(pattern, star + 1, pattern.len);
    if (!str_starts_with(key, base) || key.len < pattern.len || !str_ends_with(key, trailer))
        return false;
    *match = str_slice(key, base.len, key.len - trailer.len);
    return true;
}

// PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key without "*", else the most specific pattern.
static MapStatus match_key(MapCtx *c, const JsonValue *map, Str key) {
    if (str_find_char(key, '*', 0) == SIZE_MAX) {
        const JsonValue *v = json_get(map, key);
        if (v) {
            c->out->key = key;
            return resolve_target(c, v, NULL, 0);
        }
    }
    const JsonMember *best = NULL;
    Str best_match = { 0 };
    for (uint32_t i = 0; i < map->len; i++) {
        Str m;
        const JsonMember *member = &map->members[i];
        if (pattern_matches(member->key, key, &m) &&
            (!best || pattern_key_compare(member->key, best->key) < 0)) {
            best = member;
            best_match = m;
        }
    }
    if (!best)
        return MAP_NO_MATCH;
    c->out->key = best->key;
    return resolve_target(c, &best->value, &best_match, 0);
}

// Whether an "exports" object is a map of subpaths (keys start with ".") or of conditions.
// Mixing both is an invalid configuration.
static bool exports_is_subpath_map(const JsonValue *exports, bool *invalid) {
    *invalid = false;
    if (exports->kind != JSON_OBJECT || exports->len == 0)
        return false;
    bool dotted = str_starts_with(exports->members[0].key, STR("."));
    for (uint32_t i = 1; i < exports->len; i++) {
        if (str_starts_with(exports->members[i].key, STR(".")) != dotted)
            *invalid = true;
    }
    return dotted;
}

void exports_resolve(Arena *scratch, const PackageInfo *pkg, Str subpath, Conditions conds,
                     MapResult *out) {
    memset(out, 0, sizeof(*out));
    MapCtx c = { scratch, pkg, conds, false, out };
    bool invalid = false;
    bool subpaths = exports_is_subpath_map(pkg->exports, &invalid);
    if (invalid) {
        out->status = MAP_INVALID_CONFIG;
        return;
    }
    if (!subpaths) {
        // Sugar: the whole value is the "." export.
        out->key = STR(".");
        out->status = str_eq_cstr(subpath, ".") ? resolve_target(&c, pkg->exports, NULL, 0)
                                                : MAP_NO_MATCH;
        return;
    }
    out->status = match_key(&c, pkg->exports, subpath);
}

void imports_resolve(Arena *scratch, const PackageInfo *pkg, Str specifier, Conditions conds,
                     MapResult *out) {
    memset(out, 0, sizeof(*out));
    MapCtx c = { scratch, pkg, conds, true, out };
    if (!pkg->imports || pkg->imports->kind != JSON_OBJECT) {
        out->status = MAP_NO_MATCH;
        return;
    }
    out->status = match_key(&c, pkg->imports, specifier);
}
