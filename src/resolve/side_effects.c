// side_effects: package.json "sideEffects" (webpack's field, read as esbuild reads it), so
// tree shaking may drop an unused import of a file whose package says it has none.
//
//   "sideEffects": false            no file of the package has side effects
//   "sideEffects": ["*.css", "./src/polyfill.js"]
//                                   only the files matching a pattern have them
//   absent, true, or anything else  every file may have side effects
//
// Patterns are globs relative to the package directory ("./" optional): "*" and "?" stay
// within a path segment, "**" crosses segments, and a pattern without "/" matches the file's
// name in any directory (webpack's rule). The package is the one whose package.json is
// nearest above the file.
#include "base/path.h"
#include "resolve/resolver_int.h"

// Past this depth of nested "*", a pattern is taken to match: keeping side effects is safe.
enum { MAX_GLOB_DEPTH = 32 };

// Whether glob p matches all of t.
static bool glob_match(Str p, Str t, uint32_t depth) {
    if (depth > MAX_GLOB_DEPTH)
        return true;
    size_t j = 0;
    for (size_t i = 0; i < p.len; i++) {
        char c = p.ptr[i];
        if (c == '*') {
            bool globstar = i + 1 < p.len && p.ptr[i + 1] == '*';
            Str rest = str_slice(p, i + (globstar ? 2 : 1), p.len);
            // "**/" also matches no directory at all.
            if (globstar && str_starts_with(rest, STR("/")) &&
                glob_match(str_slice(rest, 1, rest.len), str_slice(t, j, t.len), depth + 1))
                return true;
            for (size_t k = j; k <= t.len; k++) {
                if (glob_match(rest, str_slice(t, k, t.len), depth + 1))
                    return true;
                if (k < t.len && t.ptr[k] == '/' && !globstar)
                    return false;
            }
            return false;
        }
        if (j >= t.len || (c == '?' ? t.ptr[j] == '/' : c != t.ptr[j]))
            return false;
        j++;
    }
    return j == t.len;
}

// Whether pattern (as written in package.json) matches rel, the file's path in its package.
static bool pattern_matches(Str pattern, Str rel) {
    if (str_starts_with(pattern, STR("./")))
        pattern = str_slice(pattern, 2, pattern.len);
    if (str_find_char(pattern, '/', 0) == SIZE_MAX) {
        Str base = path_basename(rel);
        return glob_match(pattern, base, 0);
    }
    return glob_match(pattern, rel, 0);
}

bool side_effects_none(Query *q, Str path) {
    Str dir = path_normalize(q->scratch, path_dirname(path));
    const PackageInfo *pkg = NULL;
    for (;;) {
        pkg = cache_package(q->r, q->scratch, dir);
        Str parent = path_dirname(dir);
        if (pkg || parent.len == dir.len)
            break;
        dir = path_normalize(q->scratch, parent);
    }
    const JsonValue *v = pkg && !pkg->invalid ? json_get(pkg->root, STR("sideEffects")) : NULL;
    if (!v)
        return false;
    if (v->kind == JSON_BOOL)
        return !v->boolean;
    if (v->kind != JSON_ARRAY && v->kind != JSON_STRING)
        return false;
    Str rel = path_relative(q->scratch, pkg->dir, path);
    if (v->kind == JSON_STRING)
        return !pattern_matches(v->string, rel);
    for (uint32_t i = 0; i < v->len; i++) {
        if (v->items[i].kind == JSON_STRING && pattern_matches(v->items[i].string, rel))
            return false;
    }
    return true;
}
