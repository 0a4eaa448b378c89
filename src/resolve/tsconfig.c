// tsconfig: finding, reading and merging tsconfig.json files (see tsconfig.h), and applying
// "paths" and "baseUrl" to bare specifiers.
//
// A leaf file is loaded once, with its whole "extends" chain, into one TsConfig: each file is
// applied over what the files it extends produced, option by option, so later files win (tsc's
// merge; `null` resets an option to unset). Parents are read again for every leaf that
// extends them, because "${configDir}" in a parent means the leaf's directory; a build has a
// handful of tsconfig files, so this costs nothing worth caching.
//
// Everything runs under ts_lock: loading is rare (once per tsconfig file and per directory)
// and holding one lock for a whole load keeps the merge simple. The JSON trees are parsed into
// the caller's scratch arena and dropped; only the values kept are copied to ts_arena.
#include "resolve/tsconfig.h"

#include <stddef.h>
#include <string.h>

#include "base/fs.h"
#include "base/path.h"
#include "resolve/resolver_int.h"

// Longer "extends" chains are reported as errors (they are cycles in practice).
enum { MAX_EXTENDS_DEPTH = 32 };

// One load of a leaf file and its chain. Lives in: resolver_tsconfig_for's frame.
typedef struct Loader {
    Resolver *r;
    Arena *scratch;
    Str config_dir;               // the leaf's directory: what "${configDir}" stands for
    Str chain[MAX_EXTENDS_DEPTH]; // files being loaded, leaf first (cycle detection)
    uint32_t depth;
    TsConfig *cfg; // the merge so far
    Str paths_dir; // directory of the file that declared "paths"
} Loader;

// The compilerOptions kept as they are written. Table-driven so adding one is one line.
typedef enum OptionKind {
    OPTION_STR,
    OPTION_BOOL,
} OptionKind;

static const struct {
    const char *name;
    OptionKind kind;
    size_t offset; // of the Str or TsBool field in TsConfig
} output_options[] = {
    { "jsx", OPTION_STR, offsetof(TsConfig, jsx) },
    { "jsxFactory", OPTION_STR, offsetof(TsConfig, jsx_factory) },
    { "jsxFragmentFactory", OPTION_STR, offsetof(TsConfig, jsx_fragment_factory) },
    { "jsxImportSource", OPTION_STR, offsetof(TsConfig, jsx_import_source) },
    { "importsNotUsedAsValues", OPTION_STR, offsetof(TsConfig, imports_not_used_as_values) },
    { "target", OPTION_STR, offsetof(TsConfig, target) },
    { "experimentalDecorators", OPTION_BOOL, offsetof(TsConfig, experimental_decorators) },
    { "emitDecoratorMetadata", OPTION_BOOL, offsetof(TsConfig, emit_decorator_metadata) },
    { "useDefineForClassFields", OPTION_BOOL, offsetof(TsConfig, use_define_for_class_fields) },
    { "verbatimModuleSyntax", OPTION_BOOL, offsetof(TsConfig, verbatim_module_syntax) },
    { "preserveValueImports", OPTION_BOOL, offsetof(TsConfig, preserve_value_imports) },
    { "alwaysStrict", OPTION_BOOL, offsetof(TsConfig, always_strict) },
    { "strict", OPTION_BOOL, offsetof(TsConfig, strict) },
};

// --- setup --------------------------------------------------------------------------------

void tsconfig_init(Resolver *r, const ResolveOptions *opts) {
    mutex_init(&r->ts_lock);
    arena_init(&r->ts_arena, r->mem, MEM_RESOLVER, 16 * 1024);
    map_init(&r->ts_by_dir, r->mem, MEM_RESOLVER);
    map_init(&r->ts_by_file, r->mem, MEM_RESOLVER);
    r->tsconfig_override = STR("");
    if (opts->tsconfig.len) {
        Str cwd = opts->cwd.len ? opts->cwd : STR("/");
        r->tsconfig_override = path_absolute(&r->ts_arena, cwd, opts->tsconfig);
    }
}

void tsconfig_deinit(Resolver *r) {
    map_deinit(&r->ts_by_dir);
    map_deinit(&r->ts_by_file);
    arena_deinit(&r->ts_arena);
    mutex_deinit(&r->ts_lock);
}

size_t tsconfig_memory(Resolver *r) {
    mutex_lock(&r->ts_lock);
    size_t n = arena_bytes_reserved(&r->ts_arena);
    const Map *maps[] = { &r->ts_by_dir, &r->ts_by_file };
    for (size_t i = 0; i < countof(maps); i++)
        n += (size_t)maps[i]->cap * sizeof(MapEntry) + (size_t)(maps[i]->table_mask + 1) * 4;
    mutex_unlock(&r->ts_lock);
    return n;
}

// --- reading one file ---------------------------------------------------------------------

// Keeps the first error of the load; later ones are usually consequences.
static void fail(Loader *l, Str path, Str text, uint32_t offset, Str message) {
    const ResolveFileError *e = cache_file_error(l->r, path, text, offset, message);
    if (!l->cfg->error)
        l->cfg->error = e;
}

// s with "${configDir}" replaced by the leaf's directory (TypeScript 5.5), in scratch.
static Str expand_config_dir(Loader *l, Str s) {
    static const Str var = STR_INIT("${configDir}");
    size_t at = str_find(s, var);
    if (at == SIZE_MAX)
        return s;
    Str rest = expand_config_dir(l, str_slice(s, at + var.len, s.len));
    size_t len = at + l->config_dir.len + rest.len;
    char *buf = arena_alloc(l->scratch, len + 1);
    memcpy(buf, s.ptr, at);
    memcpy(buf + at, l->config_dir.ptr, l->config_dir.len);
    memcpy(buf + at + l->config_dir.len, rest.ptr, rest.len);
    buf[len] = '\0';
    return (Str){ buf, len };
}

static Str keep(Loader *l, Str s) {
    return str_dup(&l->r->ts_arena, s);
}

// One output option: a string, a boolean, or null to reset it.
static void apply_option(Loader *l, size_t i, const JsonValue *v, Str path, Str text) {
    char *field = (char *)l->cfg + output_options[i].offset;
    bool is_str = output_options[i].kind == OPTION_STR;
    if (v->kind == JSON_NULL) {
        if (is_str)
            *(Str *)field = (Str){ NULL, 0 };
        else
            *(TsBool *)field = TS_UNSET;
    } else if (is_str && v->kind == JSON_STRING) {
        *(Str *)field = keep(l, v->string);
    } else if (!is_str && v->kind == JSON_BOOL) {
        *(TsBool *)field = v->boolean ? TS_TRUE : TS_FALSE;
    } else {
        fail(l, path, text, v->offset,
             cache_printf(l->r, "\"%s\" must be %s", output_options[i].name,
                          is_str ? "a string" : "true or false"));
    }
}

// "paths": { "pattern": ["target", ...] }, targets kept as written (after ${configDir}).
static void apply_paths(Loader *l, const JsonValue *v, Str dir, Str path, Str text) {
    if (v->kind == JSON_NULL) {
        l->cfg->paths = NULL;
        l->cfg->path_count = 0;
        return;
    }
    if (v->kind != JSON_OBJECT) {
        fail(l, path, text, v->offset, STR("\"paths\" must be an object"));
        return;
    }
    TsPathMapping *maps = arena_new_array(&l->r->ts_arena, TsPathMapping, v->len ? v->len : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < v->len; i++) {
        const JsonValue *targets = &v->members[i].value;
        if (targets->kind != JSON_ARRAY) {
            fail(l, path, text, targets->offset,
                 cache_printf(l->r, "the targets of \"%.*s\" in \"paths\" must be an array",
                              STR_FMT(v->members[i].key)));
            continue;
        }
        Str *kept = arena_new_array(&l->r->ts_arena, Str, targets->len ? targets->len : 1);
        uint32_t k = 0;
        for (uint32_t j = 0; j < targets->len; j++) {
            if (targets->items[j].kind != JSON_STRING) {
                fail(l, path, text, targets->items[j].offset,
                     STR("a target in \"paths\" must be a string"));
                continue;
            }
            kept[k++] = keep(l, expand_config_dir(l, targets->items[j].string));
        }
        maps[n++] = (TsPathMapping){ keep(l, v->members[i].key), kept, k };
    }
    l->cfg->paths = maps;
    l->cfg->path_count = n;
    l->paths_dir = keep(l, dir);
}

static void apply_compiler_options(Loader *l, const JsonValue *opts, Str dir, Str path, Str text) {
    if (opts->kind != JSON_OBJECT) {
        fail(l, path, text, opts->offset, STR("\"compilerOptions\" must be an object"));
        return;
    }
    for (size_t i = 0; i < countof(output_options); i++) {
        const JsonValue *v = json_get(opts, str_from_cstr(output_options[i].name));
        if (v)
            apply_option(l, i, v, path, text);
    }
    const JsonValue *base = json_get(opts, STR("baseUrl"));
    if (base && base->kind == JSON_STRING)
        l->cfg->base_url = keep(l, path_join(l->scratch, dir, expand_config_dir(l, base->string)));
    else if (base && base->kind == JSON_NULL)
        l->cfg->base_url = (Str){ NULL, 0 };
    else if (base)
        fail(l, path, text, base->offset, STR("\"baseUrl\" must be a string"));
    const JsonValue *paths = json_get(opts, STR("paths"));
    if (paths)
        apply_paths(l, paths, dir, path, text);
}

// --- "extends" ----------------------------------------------------------------------------

static bool is_file(Loader *l, Str path) {
    return cache_kind(l->r, path) == ENTRY_FILE;
}

// p + ".json", NUL-terminated in a.
static Str with_json(Arena *a, Str p) {
    char *buf = arena_alloc(a, p.len + 6);
    memcpy(buf, p.ptr, p.len);
    memcpy(buf + p.len, ".json", 6);
    return (Str){ buf, p.len + 5 };
}

// node_modules/<spec> as tsc reads it for "extends": the file, the file + ".json", or a
// package directory with a "tsconfig" field in its package.json or a tsconfig.json.
static bool try_extends_candidate(Loader *l, Str base, Str *out) {
    *out = base;
    if (is_file(l, *out))
        return true;
    *out = with_json(l->scratch, base);
    if (is_file(l, *out))
        return true;
    if (cache_kind(l->r, base) != ENTRY_DIR)
        return false;
    const PackageInfo *pkg = cache_package(l->r, l->scratch, base);
    Str field;
    if (pkg && !pkg->invalid && json_get_string(pkg->root, STR("tsconfig"), &field) &&
        is_file(l, (*out = path_join(l->scratch, base, field))))
        return true;
    *out = path_join(l->scratch, base, STR("tsconfig.json"));
    return is_file(l, *out);
}

// A package's tsconfig, looked up in node_modules directories from dir upwards.
static bool find_extends_package(Loader *l, Str dir, Str spec, Str *out) {
    for (Str d = dir;; d = path_normalize(l->scratch, path_dirname(d))) {
        Str nm = path_join(l->scratch, d, STR("node_modules"));
        if (try_extends_candidate(l, path_join(l->scratch, nm, spec), out))
            return true;
        if (path_dirname(d).len == d.len)
            return false;
    }
}

// The file an "extends" value names, relative to dir (the extending file's directory):
// a path (".json" is appended when the name as written is not a file), or a package.
static bool find_extends(Loader *l, Str dir, Str spec, Str *out) {
    spec = expand_config_dir(l, spec);
    bool is_path = str_starts_with(spec, STR("./")) || str_starts_with(spec, STR("../")) ||
                   str_starts_with(spec, STR("/")) || str_eq_cstr(spec, ".") ||
                   str_eq_cstr(spec, "..");
    if (!is_path)
        return find_extends_package(l, dir, spec, out);
    *out = path_join(l->scratch, dir, spec);
    if (is_file(l, *out))
        return true;
    *out = with_json(l->scratch, *out);
    return is_file(l, *out);
}

static void load_file(Loader *l, Str path, Str from_path, Str from_text, uint32_t from_offset);

// Loads each file named by "extends" (a string or an array of them) into the merge.
static void apply_extends(Loader *l, const JsonValue *v, Str dir, Str path, Str text) {
    const JsonValue *one = v;
    uint32_t n = 1;
    if (v->kind == JSON_ARRAY) {
        one = v->items;
        n = v->len;
    }
    for (uint32_t i = 0; i < n; i++) {
        const JsonValue *e = &one[i];
        Str target;
        if (e->kind != JSON_STRING) {
            fail(l, path, text, e->offset,
                 STR("\"extends\" must be a string or an array of strings"));
        } else if (!find_extends(l, dir, e->string, &target)) {
            fail(l, path, text, e->offset,
                 cache_printf(l->r, "cannot find \"%.*s\", named by \"extends\"",
                              STR_FMT(e->string)));
        } else {
            load_file(l, target, path, text, e->offset);
        }
    }
}

// Reads path and applies it (its "extends" first) to the merge. from_* locate the "extends"
// that named it, for errors about the file as a whole (empty for the leaf).
static void load_file(Loader *l, Str path, Str from_path, Str from_text, uint32_t from_offset) {
    for (uint32_t i = 0; i < l->depth; i++) {
        if (str_eq(l->chain[i], path)) {
            fail(l, from_path, from_text, from_offset,
                 cache_printf(l->r, "\"extends\" forms a cycle through \"%.*s\"", STR_FMT(path)));
            return;
        }
    }
    if (l->depth == MAX_EXTENDS_DEPTH) {
        fail(l, from_path, from_text, from_offset, STR("\"extends\" chain is too long"));
        return;
    }
    Str text;
    int err = 0;
    if (!fs_read_file(l->scratch, path.ptr, &text, &err)) {
        fail(l, path, STR(""), 0, STR("could not read the file"));
        return;
    }
    JsonValue root;
    JsonError jerr;
    if (!json_parse(l->scratch, text, true, &root, &jerr)) {
        fail(l, path, text, jerr.offset, str_from_cstr(jerr.message));
        return;
    }
    if (root.kind != JSON_OBJECT) {
        fail(l, path, text, root.offset, STR("expected an object"));
        return;
    }
    l->chain[l->depth++] = path;
    Str dir = path_normalize(l->scratch, path_dirname(path));
    const JsonValue *ext = json_get(&root, STR("extends"));
    if (ext)
        apply_extends(l, ext, dir, path, text);
    const JsonValue *opts = json_get(&root, STR("compilerOptions"));
    if (opts)
        apply_compiler_options(l, opts, dir, path, text);
    l->depth--;
}

// --- lookup -------------------------------------------------------------------------------

// The TsConfig of leaf file path, loaded on first use. Call with ts_lock held.
static const TsConfig *load_leaf(Resolver *r, Arena *scratch, Str path) {
    uint64_t v = 0;
    if (map_get_str(&r->ts_by_file, path, &v))
        return (const TsConfig *)(uintptr_t)v;
    TsConfig *cfg = arena_new(&r->ts_arena, TsConfig);
    Loader l = { .r = r, .scratch = scratch, .cfg = cfg };
    l.config_dir = path_normalize(scratch, path_dirname(path));
    cfg->path = str_dup(&r->ts_arena, path);
    load_file(&l, cfg->path, STR(""), STR(""), 0);
    cfg->paths_base = cfg->base_url.ptr ? cfg->base_url : l.paths_dir;
    map_put_str(&r->ts_by_file, cfg->path, (uint64_t)(uintptr_t)cfg);
    return cfg;
}

// True when dir is, or is inside, a node_modules directory.
static bool in_node_modules(Str dir) {
    return str_find(dir, STR("/node_modules/")) != SIZE_MAX ||
           str_ends_with(dir, STR("/node_modules"));
}

// The leaf file for dir: tsconfig.json, else jsconfig.json, in dir or the nearest parent.
// Records the answer for every directory on the way. Call with ts_lock held.
static const TsConfig *find_for_dir(Resolver *r, Arena *scratch, Str dir) {
    Str walked[256];
    uint32_t n = 0;
    const TsConfig *found = NULL;
    for (Str d = dir;; d = path_normalize(scratch, path_dirname(d))) {
        uint64_t v = 0;
        if (map_get_str(&r->ts_by_dir, d, &v)) {
            found = (const TsConfig *)(uintptr_t)v;
            break;
        }
        if (n < countof(walked))
            walked[n++] = d;
        Str ts = path_join(scratch, d, STR("tsconfig.json"));
        Str js = path_join(scratch, d, STR("jsconfig.json"));
        if (cache_kind(r, ts) == ENTRY_FILE || cache_kind(r, (ts = js)) == ENTRY_FILE) {
            found = load_leaf(r, scratch, ts);
            break;
        }
        if (path_dirname(d).len == d.len)
            break;
    }
    for (uint32_t i = 0; i < n; i++)
        map_put_str(&r->ts_by_dir, str_dup(&r->ts_arena, walked[i]), (uint64_t)(uintptr_t)found);
    return found;
}

const TsConfig *resolver_tsconfig_for(Resolver *r, Arena *scratch, Str dir) {
    // Packages never get the project's settings, not even from --tsconfig. Most bare imports
    // come from node_modules: this also answers them without the lock.
    if (in_node_modules(dir))
        return NULL;
    ArenaMark mark = arena_mark(scratch);
    mutex_lock(&r->ts_lock);
    const TsConfig *cfg = NULL;
    if (r->tsconfig_override.len)
        cfg = load_leaf(r, scratch, r->tsconfig_override);
    else
        cfg = find_for_dir(r, scratch, path_normalize(scratch, dir));
    mutex_unlock(&r->ts_lock);
    arena_rewind(scratch, mark);
    return cfg;
}

// --- "paths" and "baseUrl" ----------------------------------------------------------------

// The "paths" entry for spec: an exact key first, else the pattern with the longest prefix
// before its "*" (tsc's matchPatternOrExact). *star is what the "*" matched.
static const TsPathMapping *match_paths(const TsConfig *cfg, Str spec, Str *star) {
    const TsPathMapping *best = NULL;
    size_t best_prefix = 0;
    for (uint32_t i = 0; i < cfg->path_count; i++) {
        Str pat = cfg->paths[i].pattern;
        size_t at = str_find_char(pat, '*', 0);
        if (at == SIZE_MAX) {
            if (str_eq(pat, spec)) {
                *star = STR("");
                return &cfg->paths[i];
            }
            continue;
        }
        Str prefix = str_slice(pat, 0, at);
        Str suffix = str_slice(pat, at + 1, pat.len);
        if (spec.len < prefix.len + suffix.len || !str_starts_with(spec, prefix) ||
            !str_ends_with(spec, suffix) || (best && prefix.len <= best_prefix))
            continue;
        best = &cfg->paths[i];
        best_prefix = prefix.len;
        *star = str_slice(spec, prefix.len, spec.len - suffix.len);
    }
    return best;
}

// target with its "*" replaced by star, in scratch.
static Str substitute_star(Arena *a, Str target, Str star) {
    size_t at = str_find_char(target, '*', 0);
    if (at == SIZE_MAX)
        return target;
    size_t len = target.len - 1 + star.len;
    char *buf = arena_alloc(a, len + 1);
    memcpy(buf, target.ptr, at);
    memcpy(buf + at, star.ptr, star.len);
    memcpy(buf + at + star.len, target.ptr + at + 1, target.len - at - 1);
    buf[len] = '\0';
    return (Str){ buf, len };
}

bool tsconfig_resolve_paths(Query *q, Str dir, Str spec) {
    const TsConfig *cfg = resolver_tsconfig_for(q->r, q->scratch, dir);
    if (!cfg)
        return false;
    Str star;
    const TsPathMapping *m = cfg->paths ? match_paths(cfg, spec, &star) : NULL;
    Str found;
    for (uint32_t i = 0; m && i < m->target_count; i++) {
        Str target = substitute_star(q->scratch, m->targets[i], star);
        Str path = path_join(q->scratch, cfg->paths_base, target);
        if (resolver_load_path(q, path, &found))
            return resolver_found(q, found);
    }
    if (cfg->base_url.ptr &&
        resolver_load_path(q, path_join(q->scratch, cfg->base_url, spec), &found))
        return resolver_found(q, found);
    return false;
}
