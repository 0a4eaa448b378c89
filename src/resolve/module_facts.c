// module_facts: what the nearest package.json says about one file (see resolver.h): whether
// node runs its .js files as ES modules ("type": "module") and whether the bundler may drop the
// file when nothing it exports is used ("sideEffects", side_effects.c).
#include "base/path.h"
#include "resolve/resolver_int.h"

// "type" of the nearest package.json above path.
static bool nearest_type_module(Resolver *r, Arena *scratch, Str path) {
    for (Str dir = path_dirname(path); dir.len;) {
        const PackageInfo *pkg = cache_package(r, scratch, dir);
        if (pkg) {
            Str type;
            return !pkg->invalid && json_get_string(pkg->root, STR("type"), &type) &&
                   str_eq_cstr(type, "module");
        }
        Str parent = path_dirname(dir);
        if (parent.len >= dir.len)
            return false;
        dir = parent;
    }
    return false;
}

void resolver_module_facts(Resolver *r, Arena *scratch, Str path, ModuleFacts *out) {
    ArenaMark mark = arena_mark(scratch);
    Query q = { .r = r, .scratch = scratch };
    *out = (ModuleFacts){
        .type_module = nearest_type_module(r, scratch, path),
        .side_effect_free = side_effects_none(&q, path),
    };
    arena_rewind(scratch, mark);
}
