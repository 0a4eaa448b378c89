// resolver: the order in which a specifier is tried (see resolver.h and docs/resolve.md).
//
//   1. --alias rewrites the specifier (then resolved from the working directory); --external
//      stops here.
//   2. Relative and absolute paths: the file, the file plus each extension, the ".js" ->
//      ".ts" rewrite, then the directory (main fields, then index files).
//   3. Bare specifiers: tsconfig "paths" and "baseUrl" (tsconfig.c); "#x" through the
//      "imports" map of the importer's package (PACKAGE_IMPORTS_RESOLVE); the browser map
//      (browser.c); node builtins; --packages=external; then PACKAGE_RESOLVE: the package's
//      own name (self-reference), and node_modules directories from the importer up, each
//      answered by "exports" when the package has it, else by probing as for paths
//      (CommonJS LOAD_NODE_MODULES).
//   4. On the browser platform, the browser maps are consulted before a path is probed and
//      again for the file found. A file found is replaced by its real path (unless
//      preserve_symlinks).
// Failures fill in a hint (hint.c). Everything temporary is in the query's scratch arena.
#include <string.h>

#include "base/path.h"
#include "resolve/resolver_int.h"

static const Str default_extensions[] = { STR_INIT(".tsx"), STR_INIT(".ts"),  STR_INIT(".jsx"),
                                          STR_INIT(".js"),  STR_INIT(".css"), STR_INIT(".json") };
static const Str browser_main_fields[] = { STR_INIT("browser"), STR_INIT("module"),
                                           STR_INIT("main") };
static const Str node_main_fields[] = { STR_INIT("main"), STR_INIT("module") };

// Remaps (aliases, browser map, imports targets) may lead to more remaps; this bounds cycles.
enum { MAX_REMAP_DEPTH = 16 };

// --- externals ---------------------------------------------------------------------------

// Whether an --external pattern names a path (matched against files found) rather than an
// import path or a package.
static bool is_path_pattern(Str x) {
    return str_starts_with(x, STR("/")) || str_starts_with(x, STR("./")) ||
           str_starts_with(x, STR("../"));
}

// pattern, with at most one "*" standing for any text, matches all of s.
static bool wildcard_match(Str pattern, Str s) {
    size_t star = str_find_char(pattern, '*', 0);
    if (star == SIZE_MAX)
        return str_eq(pattern, s);
    Str pre = str_slice(pattern, 0, star);
    Str post = str_slice(pattern, star + 1, pattern.len);
    return s.len >= pre.len + post.len && str_starts_with(s, pre) && str_ends_with(s, post);
}

// Before resolution, as esbuild does: the import path as written against every --external
// pattern ("*.png" catches "./logo.png"); a package pattern also covers its subpaths
// ("react" catches "react/jsx-runtime").
static bool is_external_spec(const Resolver *r, Str spec) {
    for (uint32_t i = 0; i < r->external_count; i++) {
        Str x = r->externals[i];
        if (wildcard_match(x, spec))
            return true;
        if (!is_path_pattern(x) && str_find_char(x, '*', 0) == SIZE_MAX &&
            str_starts_with(spec, x) && spec.len > x.len && spec.ptr[x.len] == '/')
            return true;
    }
    return false;
}

// After resolution: the file found against the path patterns ("./vendor/*"), which were made
// absolute against the working directory when the resolver was created.
static bool is_external_path(const Resolver *r, Str path) {
    for (uint32_t i = 0; i < r->path_external_count; i++) {
        if (wildcard_match(r->path_externals[i], path))
            return true;
    }
    return false;
}

// The path patterns among externals, absolute. Relative ones need the working directory.
static void copy_path_externals(Resolver *r) {
    Str *out = arena_new_array(&r->arena, Str, r->external_count + 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < r->external_count; i++) {
        Str x = r->externals[i];
        if (is_path_pattern(x) && (path_is_absolute(x) || r->cwd.len))
            out[n++] = path_absolute(&r->arena, r->cwd.len ? r->cwd : STR("/"), x);
    }
    r->path_externals = out;
    r->path_external_count = n;
}

// The answer for a specifier left to the runtime: what to print is the specifier itself.
static bool set_external(Query *q, Str spec) {
    q->out->status = RESOLVE_EXTERNAL;
    q->out->path = cache_intern(q->r, spec);
    return true;
}

// --- creation -----------------------------------------------------------------------------

static const Str *copy_strs(Arena *a, const Str *src, uint32_t n) {
    Str *out = arena_new_array(a, Str, n ? n : 1);
    for (uint32_t i = 0; i < n; i++)
        out[i] = str_dup(a, src[i]);
    return out;
}

// The active conditions for one kind: the platform's, "import" or "require", then the user's.
// Node gets node's own set ("module-sync" too, as node 20.19+ and 22.12+ use it for both import
// and require), so a bundle for node loads what node would load. Browser and neutral get
// esbuild's: "module" is added unless the user set conditions, since a bundler can take a
// package's ESM build for require() too and so avoid bundling two copies.
static Conditions make_conditions(Resolver *r, const ResolveOptions *o, const char *kind) {
    Str *names = arena_new_array(&r->arena, Str, o->condition_count + 3);
    uint32_t n = 0;
    if (o->platform == RESOLVE_PLATFORM_BROWSER)
        names[n++] = STR("browser");
    else if (o->platform == RESOLVE_PLATFORM_NODE)
        names[n++] = STR("node");
    names[n++] = str_from_cstr(kind);
    if (o->platform == RESOLVE_PLATFORM_NODE)
        names[n++] = STR("module-sync");
    else if (!o->conditions_set)
        names[n++] = STR("module");
    for (uint32_t i = 0; i < o->condition_count; i++)
        names[n++] = str_dup(&r->arena, o->conditions[i]);
    return (Conditions){ names, n };
}

static void copy_options(Resolver *r, const ResolveOptions *o) {
    r->platform = o->platform;
    r->import_conditions = make_conditions(r, o, "import");
    r->require_conditions = make_conditions(r, o, "require");
    r->extensions = o->extension_count ? copy_strs(&r->arena, o->extensions, o->extension_count)
                                       : default_extensions;
    r->extension_count = o->extension_count ? o->extension_count : countof(default_extensions);
    r->main_fields_set = o->main_fields_set;
    if (o->main_fields_set) {
        r->main_fields = copy_strs(&r->arena, o->main_fields, o->main_field_count);
        r->main_field_count = o->main_field_count;
    } else if (o->platform == RESOLVE_PLATFORM_BROWSER) {
        r->main_fields = browser_main_fields;
        r->main_field_count = countof(browser_main_fields);
    } else if (o->platform == RESOLVE_PLATFORM_NODE) {
        r->main_fields = node_main_fields;
        r->main_field_count = countof(node_main_fields);
    }
    r->externals = copy_strs(&r->arena, o->externals, o->external_count);
    r->external_count = o->external_count;
    ResolveAlias *aliases = arena_new_array(&r->arena, ResolveAlias, o->alias_count + 1);
    for (uint32_t i = 0; i < o->alias_count; i++) {
        aliases[i].from = str_dup(&r->arena, o->aliases[i].from);
        aliases[i].to = str_dup(&r->arena, o->aliases[i].to);
    }
    r->aliases = aliases;
    r->alias_count = o->alias_count;
    r->packages_external = o->packages_external;
    r->cwd = o->cwd.len ? path_normalize(&r->arena, o->cwd) : STR("");
    copy_path_externals(r);
    r->preserve_symlinks = o->preserve_symlinks;
}

Resolver *resolver_create(Mem *mem, const ResolveOptions *opts) {
    Resolver *r = mem_calloc(mem, MEM_RESOLVER, sizeof(Resolver));
    r->mem = mem;
    mutex_init(&r->lock);
    arena_init(&r->arena, mem, MEM_RESOLVER, 0);
    map_init(&r->dirs, mem, MEM_RESOLVER);
    map_init(&r->real_paths, mem, MEM_RESOLVER);
    map_init(&r->packages, mem, MEM_RESOLVER);
    map_init(&r->interned, mem, MEM_RESOLVER);
    map_init(&r->file_errors, mem, MEM_RESOLVER);
    map_init(&r->failed_imports, mem, MEM_RESOLVER);
    copy_options(r, opts);
    tsconfig_init(r, opts);
    return r;
}

void resolver_destroy(Resolver *r) {
    if (!r)
        return;
    map_deinit(&r->dirs);
    map_deinit(&r->real_paths);
    map_deinit(&r->packages);
    map_deinit(&r->interned);
    map_deinit(&r->file_errors);
    map_deinit(&r->failed_imports);
    tsconfig_deinit(r);
    arena_deinit(&r->arena);
    mutex_deinit(&r->lock);
    mem_free(r->mem, r);
}

size_t resolver_memory(Resolver *r) {
    mutex_lock(&r->lock);
    size_t n = arena_bytes_reserved(&r->arena);
    const Map *maps[] = { &r->dirs,     &r->real_paths,  &r->packages,
                          &r->interned, &r->file_errors, &r->failed_imports };
    for (size_t i = 0; i < countof(maps); i++)
        n += (size_t)maps[i]->cap * sizeof(MapEntry) + (size_t)(maps[i]->table_mask + 1) * 4;
    mutex_unlock(&r->lock);
    return n + tsconfig_memory(r);
}

// --- files and directories ----------------------------------------------------------------

// p + suffix, NUL-terminated in scratch.
static Str concat(Arena *a, Str p, Str suffix) {
    char *buf = arena_alloc(a, p.len + suffix.len + 1);
    memcpy(buf, p.ptr, p.len);
    memcpy(buf + p.len, suffix.ptr, suffix.len);
    buf[p.len + suffix.len] = '\0';
    return (Str){ buf, p.len + suffix.len };
}

// TypeScript lets "./x.js" name "./x.ts": the compiled name is written in the source.
static bool load_rewritten(Query *q, Str path, Str *out) {
    static const struct {
        Str from;
        Str to[2];
    } rewrites[] = {
        { STR_INIT(".js"), { STR_INIT(".ts"), STR_INIT(".tsx") } },
        { STR_INIT(".jsx"), { STR_INIT(".ts"), STR_INIT(".tsx") } },
        { STR_INIT(".mjs"), { STR_INIT(".mts"), { 0 } } },
        { STR_INIT(".cjs"), { STR_INIT(".cts"), { 0 } } },
    };
    Str ext = path_extname(path);
    for (size_t i = 0; i < countof(rewrites); i++) {
        if (!str_eq(ext, rewrites[i].from))
            continue;
        Str stem = str_slice(path, 0, path.len - ext.len);
        for (size_t j = 0; j < 2 && rewrites[i].to[j].len; j++) {
            Str cand = concat(q->scratch, stem, rewrites[i].to[j]);
            if (cache_kind(q->r, cand) == ENTRY_FILE) {
                *out = cand;
                return true;
            }
        }
    }
    return false;
}

// LOAD_AS_FILE: path itself, then path + each extension, then the ".js" rewrite.
static bool load_file(Query *q, Str path, Str *out) {
    if (cache_kind(q->r, path) == ENTRY_FILE) {
        *out = path;
        return true;
    }
    for (uint32_t i = 0; i < q->r->extension_count; i++) {
        Str cand = concat(q->scratch, path, q->r->extensions[i]);
        if (cache_kind(q->r, cand) == ENTRY_FILE) {
            *out = cand;
            return true;
        }
    }
    return load_rewritten(q, path, out);
}

// LOAD_INDEX: dir/index + each extension.
static bool load_index(Query *q, Str dir, Str *out) {
    Str base = path_join(q->scratch, dir, STR("index"));
    for (uint32_t i = 0; i < q->r->extension_count; i++) {
        Str cand = concat(q->scratch, base, q->r->extensions[i]);
        if (cache_kind(q->r, cand) == ENTRY_FILE) {
            *out = cand;
            return true;
        }
    }
    return false;
}

// The file a main field value names: itself, with an extension, or a directory's index.
static bool load_main_value(Query *q, const PackageInfo *pkg, Str value, Str *out) {
    Str target = path_join(q->scratch, pkg->dir, value);
    if (load_file(q, target, out))
        return true;
    return cache_kind(q->r, target) == ENTRY_DIR && load_index(q, target, out);
}

// The first main field of pkg that names a file. With the default main fields, require()
// takes "main" over "module" when a package has both, as esbuild does: the "module" build is
// ESM, and code that requires the package expects its CommonJS exports.
static bool load_main_fields(Query *q, const PackageInfo *pkg, Str *out) {
    Str main;
    bool has_main = json_get_string(pkg->root, STR("main"), &main) && main.len;
    for (uint32_t i = 0; i < q->r->main_field_count; i++) {
        Str field = q->r->main_fields[i];
        Str value;
        if (!json_get_string(pkg->root, field, &value) || value.len == 0)
            continue;
        if (q->kind == RESOLVE_KIND_REQUIRE && !q->r->main_fields_set && has_main &&
            str_eq_cstr(field, "module") && load_main_value(q, pkg, main, out))
            return true;
        if (load_main_value(q, pkg, value, out))
            return true;
    }
    return false;
}

// LOAD_AS_DIRECTORY: package.json main fields, then index files.
static bool load_dir(Query *q, Str dir, Str *out) {
    const PackageInfo *pkg = cache_package(q->r, q->scratch, dir);
    if (pkg && !pkg->invalid && load_main_fields(q, pkg, out))
        return true;
    return load_index(q, dir, out);
}

bool resolver_load_path(Query *q, Str path, Str *out) {
    if (load_file(q, path, out))
        return true;
    return cache_kind(q->r, path) == ENTRY_DIR && load_dir(q, path, out);
}

// --- packages -----------------------------------------------------------------------------

// The nearest package.json at or above dir, not looking past a node_modules directory
// (node's PACKAGE_SCOPE); NULL when there is none.
const PackageInfo *resolver_package_scope(Query *q, Str dir) {
    for (;;) {
        if (str_eq_cstr(path_basename(dir), "node_modules"))
            return NULL;
        const PackageInfo *pkg = cache_package(q->r, q->scratch, dir);
        if (pkg)
            return pkg;
        Str parent = path_dirname(dir);
        if (parent.len == dir.len)
            return NULL;
        dir = path_normalize(q->scratch, parent);
    }
}

static Conditions query_conditions(const Query *q) {
    return q->kind == RESOLVE_KIND_REQUIRE ? q->r->require_conditions : q->r->import_conditions;
}

// A MapResult that names a path: the file must exist as written (no probing for exports).
// key is the subpath ("./x") for exports, the specifier ("#x") for imports.
static bool finish_map_result(Query *q, const PackageInfo *pkg, Str key, const MapResult *m,
                              bool is_imports) {
    if (m->status == MAP_OK && m->bare)
        return resolver_resolve_specifier(q, pkg->dir, m->target);
    if (m->status == MAP_OK && cache_kind(q->r, m->target) == ENTRY_FILE)
        return resolver_found(q, m->target);
    hint_map_failure(q, pkg, key, m, is_imports);
    return false;
}

// PACKAGE_EXPORTS_RESOLVE for a package directory that has "exports".
static bool resolve_exports(Query *q, const PackageInfo *pkg, Str subpath) {
    MapResult m;
    exports_resolve(q->scratch, pkg, subpath, query_conditions(q), &m);
    return finish_map_result(q, pkg, subpath, &m, false);
}

// "@scope/name/sub" -> name "@scope/name", subpath "./sub"; false for an invalid name.
static bool split_package_name(Str spec, Str *name, Str *subpath, Arena *a) {
    size_t slash = str_find_char(spec, '/', 0);
    if (spec.len && spec.ptr[0] == '@') {
        if (slash == SIZE_MAX || slash == 1 || slash + 1 == spec.len)
            return false;
        slash = str_find_char(spec, '/', slash + 1);
    }
    size_t end = slash == SIZE_MAX ? spec.len : slash;
    *name = str_slice(spec, 0, end);
    if (name->len == 0 || name->ptr[0] == '.' || str_find_char(*name, '\\', 0) != SIZE_MAX ||
        str_find_char(*name, '%', 0) != SIZE_MAX)
        return false;
    *subpath = concat(a, STR("."), str_slice(spec, end, spec.len));
    return true;
}

// PACKAGE_SELF_RESOLVE: the importer's own package, by name, through its "exports". *self
// tells whether it applied (then the result is final).
static bool try_self_reference(Query *q, Str dir, Str name, Str subpath, bool *self) {
    const PackageInfo *pkg = resolver_package_scope(q, dir);
    *self = pkg && !pkg->invalid && pkg->exports && str_eq(pkg->name, name);
    return *self && resolve_exports(q, pkg, subpath);
}

// One node_modules/<name> directory: "exports" when present, else files and main fields.
static bool resolve_in_package(Query *q, Str pkg_dir, Str subpath, bool *done) {
    const PackageInfo *pkg = cache_package(q->r, q->scratch, pkg_dir);
    Str found;
    if (pkg && pkg->invalid) {
        *done = true;
        hint_invalid_package(q, pkg);
        return false;
    }
    if (pkg && pkg->exports) {
        *done = true;
        return resolve_exports(q, pkg, subpath);
    }
    bool whole = str_eq_cstr(subpath, ".");
    Str target = whole ? pkg_dir : path_join(q->scratch, pkg_dir, subpath);
    bool mapped = false;
    if (!whole && (browser_remap_path(q, target, &mapped) || mapped)) {
        *done = true;
        return q->out->status != RESOLVE_NOT_FOUND;
    }
    if (resolver_load_path(q, target, &found))
        return resolver_found(q, found);
    return false;
}

// PACKAGE_RESOLVE for a bare specifier that is not a builtin.
static bool resolve_package(Query *q, Str dir, Str spec) {
    Str name;
    Str subpath;
    bool done = false;
    if (!split_package_name(spec, &name, &subpath, q->scratch)) {
        hint_invalid_name(q, spec);
        return false;
    }
    bool self = false;
    bool ok = try_self_reference(q, dir, name, subpath, &self);
    if (self)
        return ok;
    Str installed = { 0 };
    for (Str d = dir;; d = path_normalize(q->scratch, path_dirname(d))) {
        if (!str_eq_cstr(path_basename(d), "node_modules")) {
            Str nm = path_join(q->scratch, d, STR("node_modules"));
            Str pkg_dir = path_join(q->scratch, nm, name);
            if (cache_kind(q->r, pkg_dir) == ENTRY_DIR) {
                if (resolve_in_package(q, pkg_dir, subpath, &done))
                    return true;
                if (done)
                    return false;
                installed = installed.len ? installed : pkg_dir;
            }
        }
        if (path_dirname(d).len == d.len)
            break;
    }
    if (installed.len)
        hint_missing_in_package(q, name, installed, subpath);
    else
        hint_not_installed(q, spec, name, dir);
    return false;
}

bool resolver_found(Query *q, Str path) {
    bool mapped = false;
    if (browser_remap_path(q, path, &mapped) || mapped)
        return q->out->status != RESOLVE_NOT_FOUND;
    Str final = q->r->preserve_symlinks ? cache_intern(q->r, path)
                                        : cache_real_path(q->r, q->scratch, path);
    if (q->r->path_external_count && q->depth == 0 &&
        (is_external_path(q->r, path) || is_external_path(q->r, final)))
        return set_external(q, q->spec);
    q->out->status = RESOLVE_FOUND;
    q->out->hint = STR("");
    q->out->path = final;
    q->out->side_effect_free = side_effects_none(q, q->out->path);
    return true;
}

// --- specifiers ---------------------------------------------------------------------------

static bool is_relative_or_absolute(Str spec) {
    return str_starts_with(spec, STR("/")) || str_starts_with(spec, STR("./")) ||
           str_starts_with(spec, STR("../")) || str_eq_cstr(spec, ".") || str_eq_cstr(spec, "..");
}

// --alias:from=to applied to *spec (from matched whole or followed by "/"). An aliased
// specifier is resolved from the working directory, as esbuild does: the replacement is the
// user's, written relative to where they run the build, not to the importing file.
static bool apply_alias(Query *q, Str *spec, Str *dir) {
    for (uint32_t i = 0; i < q->r->alias_count; i++) {
        Str from = q->r->aliases[i].from;
        if (!str_starts_with(*spec, from) || (spec->len != from.len && spec->ptr[from.len] != '/'))
            continue;
        *spec = concat(q->scratch, q->r->aliases[i].to, str_slice(*spec, from.len, spec->len));
        if (q->r->cwd.len)
            *dir = q->r->cwd;
        return true;
    }
    return false;
}

// "#x": PACKAGE_IMPORTS_RESOLVE in the importer's package.
static bool resolve_imports(Query *q, Str dir, Str spec) {
    if (str_eq_cstr(spec, "#") || str_starts_with(spec, STR("#/"))) {
        hint_invalid_name(q, spec);
        return false;
    }
    const PackageInfo *pkg = resolver_package_scope(q, dir);
    // With no "imports" map to answer it, "#x" is one more bare specifier to
    // --packages=external (esbuild's reading, checked by the oracle tests).
    if ((!pkg || !pkg->imports) && q->r->packages_external)
        return set_external(q, spec);
    if (!pkg || pkg->invalid || !pkg->imports) {
        hint_no_imports(q, pkg, spec, dir);
        return false;
    }
    MapResult m;
    imports_resolve(q->scratch, pkg, spec, query_conditions(q), &m);
    return finish_map_result(q, pkg, spec, &m, true);
}

// A bare specifier: tsconfig "paths" and "baseUrl", "imports", the browser map, node
// builtins, then node_modules. On the browser platform a builtin name is looked up in
// node_modules first (polyfills such as "events" or "buffer" are packages), as esbuild does.
static bool resolve_bare(Query *q, Str dir, Str spec) {
    if (tsconfig_resolve_paths(q, dir, spec))
        return true;
    if (spec.ptr[0] == '#')
        return resolve_imports(q, dir, spec);
    bool mapped = false;
    bool ok = browser_remap_bare(q, dir, spec, &mapped);
    if (mapped)
        return ok;
    bool builtin = resolver_is_builtin(spec);
    if ((builtin && q->r->platform == RESOLVE_PLATFORM_NODE) || q->r->packages_external)
        return set_external(q, spec);
    if (builtin && str_starts_with(spec, STR("node:"))) {
        hint_builtin(q, spec);
        return false;
    }
    if (resolve_package(q, dir, spec))
        return true;
    if (builtin)
        hint_builtin(q, spec);
    return false;
}

bool resolver_resolve_specifier(Query *q, Str dir, Str spec) {
    if (q->depth > MAX_REMAP_DEPTH) {
        hint_cycle(q, spec);
        return false;
    }
    if (spec.len == 0) {
        hint_empty(q);
        return false;
    }
    // Paths are handed to the system as C strings: a NUL would silently cut them short.
    if (memchr(spec.ptr, '\0', spec.len)) {
        hint_invalid_name(q, spec);
        return false;
    }
    if (!is_relative_or_absolute(spec))
        return resolve_bare(q, dir, spec);
    Str path = path_join(q->scratch, dir, spec);
    Str found;
    // "./dir/", "." and ".." name a directory: node never tries them as files.
    bool dir_only = spec.ptr[spec.len - 1] == '/' || str_eq_cstr(path_basename(spec), ".") ||
                    str_eq_cstr(path_basename(spec), "..");
    bool mapped = false;
    if (browser_remap_path(q, path, &mapped) || mapped)
        return q->out->status != RESOLVE_NOT_FOUND;
    if (dir_only ? cache_kind(q->r, path) == ENTRY_DIR && load_dir(q, path, &found)
                 : resolver_load_path(q, path, &found))
        return resolver_found(q, found);
    hint_missing_path(q, spec, path);
    return false;
}

// An entry point written without "./" ("src/app.ts") is a path first, when it names a file.
static bool resolve_entry_path(Query *q, Str dir, Str spec) {
    Str found;
    if (spec.len == 0 || is_relative_or_absolute(spec) ||
        !resolver_load_path(q, path_join(q->scratch, dir, spec), &found))
        return false;
    return resolver_found(q, found);
}

void resolver_resolve(Resolver *r, Arena *scratch, Str importer_dir, Str specifier,
                      ResolveKind kind, ResolveResult *out) {
    ArenaMark mark = arena_mark(scratch);
    memset(out, 0, sizeof(*out));
    out->status = RESOLVE_NOT_FOUND;
    Query q = { .r = r, .scratch = scratch, .kind = kind, .out = out };
    // The specifier and directory may come from anywhere; paths built from them are
    // NUL-terminated copies in scratch.
    Str dir = path_normalize(scratch, importer_dir);
    Str spec = specifier;
    apply_alias(&q, &spec, &dir);
    q.spec = spec;
    bool ok = (kind != RESOLVE_KIND_ENTRY && is_external_spec(r, spec) && set_external(&q, spec)) ||
              (kind == RESOLVE_KIND_ENTRY && resolve_entry_path(&q, dir, spec)) ||
              resolver_resolve_specifier(&q, dir, spec);
    if (!ok || out->status == RESOLVE_NOT_FOUND) {
        out->status = RESOLVE_NOT_FOUND;
        out->path = STR("");
    }
    arena_rewind(scratch, mark);
}

void resolver_format_error(Str specifier, const ResolveResult *res, StrBuf *out) {
    strbuf_printf(out, "Could not resolve \"%.*s\"", STR_FMT(specifier));
    if (res->hint.len)
        strbuf_printf(out, "\n%.*s", STR_FMT(res->hint));
}
