// module_facts: what the nearest package.json says about one file (see resolver.h): whether
// node runs its .js files as ES modules ("type": "module") and whether the bundler may drop the
// file when nothing it exports is used ("sideEffects").
#include "base/path.h"
#include "resolve/resolver_int.h"

// Glob match for "sideEffects" patterns: `*` stays within a path segment, `**` crosses them.
static bool glob_match(const char *pat, size_t plen, const char *s, size_t slen) {
    if (plen == 0)
        return slen == 0;
    if (pat[0] == '*') {
        bool deep = plen > 1 && pat[1] == '*';
        size_t skip = deep ? 2 : 1;
        if (deep && plen > 2 && pat[2] == '/')
            skip = 3; // `**/` also matches no directory at all
        for (size_t i = 0; i <= slen; i++) {
            if (glob_match(pat + skip, plen - skip, s + i, slen - i))
                return true;
            if (i < slen && s[i] == '/' && !deep)
                return false;
        }
        return false;
    }
    return slen > 0 && pat[0] == s[0] && glob_match(pat + 1, plen - 1, s + 1, slen - 1);
}

// A pattern without a slash matches the file name in any directory, as bundlers read it.
static bool pattern_matches(Str pattern, Str rel) {
    if (str_starts_with(pattern, STR("./")))
        pattern = str_slice(pattern, 2, pattern.len);
    if (str_find_char(pattern, '/', 0) == SIZE_MAX)
        rel = path_basename(rel);
    return glob_match(pattern.ptr, pattern.len, rel.ptr, rel.len);
}

static bool side_effect_free(const PackageInfo *pkg, Str path) {
    const JsonValue *v = json_get(pkg->root, STR("sideEffects"));
    if (!v)
        return false;
    if (v->kind == JSON_BOOL)
        return !v->boolean;
    if (v->kind != JSON_ARRAY)
        return false;
    Str rel = str_slice(path, pkg->dir.len + 1, path.len);
    for (uint32_t i = 0; i < v->len; i++) {
        const JsonValue *p = &v->items[i];
        if (p->kind == JSON_STRING && pattern_matches(p->string, rel))
            return false;
    }
    return true;
}

void resolver_module_facts(Resolver *r, Arena *scratch, Str path, ModuleFacts *out) {
    *out = (ModuleFacts){ 0 };
    ArenaMark mark = arena_mark(scratch);
    for (Str dir = path_dirname(path); dir.len;) {
        const PackageInfo *pkg = cache_package(r, scratch, dir);
        if (pkg && !pkg->invalid && pkg->root) {
            Str type;
            out->type_module =
                    json_get_string(pkg->root, STR("type"), &type) && str_eq_cstr(type, "module");
            out->side_effect_free = side_effect_free(pkg, path);
            break;
        }
        Str parent = path_dirname(dir);
        if (parent.len >= dir.len)
            break;
        dir = parent;
    }
    arena_rewind(scratch, mark);
}
