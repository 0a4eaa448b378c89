// browser: the package.json "browser" field in its object form (browserify's spec, as esbuild
// applies it), for --platform=browser only. The string form is a main field (resolver.c).
//
// The map that applies is that of the *browser scope*: the nearest package.json above the
// directory that has a "browser" object, however far up (a package.json without one, such as
// a "lib/esm/package.json" that only sets "type", does not hide its parent's map). A path is
// looked up as a key relative to the scope, as written, with each resolve extension added, and
// as a directory with an index file; bare specifiers are looked up as written (cleaned keys make
// "./fs" match "fs" too, a browserify quirk packages rely on). The path is checked twice:
// the import's target before probing, and the file found; so "./x" maps when the map has
// "./x.js", but "./x.js" does not map when the map only has "./x".
//
// A value of false disables the module (RESOLVE_DISABLED: the bundle gets an empty module); a
// string is resolved from the scope's directory, without further browser remapping.
#include <string.h>

#include "base/path.h"
#include "resolve/resolver_int.h"

// The nearest package.json with a browser map at or above dir, or NULL.
static const PackageInfo *browser_scope(Query *q, Str dir) {
    for (;;) {
        const PackageInfo *pkg = cache_package(q->r, q->scratch, dir);
        if (pkg && pkg->browser_len)
            return pkg;
        Str parent = path_dirname(dir);
        if (parent.len == dir.len)
            return NULL;
        dir = path_normalize(q->scratch, parent);
    }
}

static const JsonValue *lookup(const PackageInfo *pkg, Str key) {
    for (uint32_t i = 0; i < pkg->browser_len; i++) {
        if (str_eq(pkg->browser[i].key, key))
            return pkg->browser[i].value;
    }
    return NULL;
}

static Str concat(Arena *a, Str x, Str y) {
    char *buf = arena_alloc(a, x.len + y.len + 1);
    memcpy(buf, x.ptr, x.len);
    memcpy(buf + x.len, y.ptr, y.len);
    buf[x.len + y.len] = '\0';
    return (Str){ buf, x.len + y.len };
}

// key as written, then key + each extension, then key + "/index" + each extension.
static const JsonValue *lookup_implicit(Query *q, const PackageInfo *pkg, Str key) {
    const JsonValue *v = lookup(pkg, key);
    for (uint32_t i = 0; !v && i < q->r->extension_count; i++)
        v = lookup(pkg, concat(q->scratch, key, q->r->extensions[i]));
    Str index = concat(q->scratch, key, STR("/index"));
    for (uint32_t i = 0; !v && i < q->r->extension_count; i++)
        v = lookup(pkg, concat(q->scratch, index, q->r->extensions[i]));
    return v;
}

// Applies a map value: false disables path; a string is resolved from the scope's directory.
static bool apply(Query *q, const PackageInfo *scope, const JsonValue *v, Str path) {
    if (v->kind == JSON_BOOL) {
        // The file it names when there is one, so a disabled module has a stable name.
        Str file;
        if (path.len && resolver_load_path(q, path, &file))
            path = file;
        q->out->status = RESOLVE_DISABLED;
        q->out->path = path.len ? cache_intern(q->r, path) : STR("");
        q->out->hint = STR("");
        return true;
    }
    bool outer = q->no_browser;
    q->no_browser = true;
    q->depth++;
    bool ok = resolver_resolve_specifier(q, scope->dir, v->string);
    q->depth--;
    q->no_browser = outer;
    return ok;
}

static bool active(const Query *q) {
    return q->r->platform == RESOLVE_PLATFORM_BROWSER && !q->no_browser;
}

bool browser_remap_path(Query *q, Str path, bool *mapped) {
    *mapped = false;
    if (!active(q))
        return false;
    const PackageInfo *scope = browser_scope(q, path_normalize(q->scratch, path_dirname(path)));
    if (!scope)
        return false;
    Str rel = path_relative(q->scratch, scope->dir, path);
    // The package directory itself is never remapped (no bundler supports a "." key).
    if (rel.len == 0)
        return false;
    const JsonValue *v = lookup_implicit(q, scope, rel);
    if (!v)
        return false;
    *mapped = true;
    return apply(q, scope, v, path);
}

bool browser_remap_bare(Query *q, Str dir, Str spec, bool *mapped) {
    *mapped = false;
    if (!active(q))
        return false;
    const PackageInfo *scope = browser_scope(q, dir);
    const JsonValue *v = scope ? lookup_implicit(q, scope, path_normalize(q->scratch, spec)) : NULL;
    if (!v)
        return false;
    *mapped = true;
    return apply(q, scope, v, STR(""));
}
