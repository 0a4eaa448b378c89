// cache: the resolver's memory of the file system, shared by the worker threads (what a path
// is comes from directory listings, in dirs.c).
//
// One lock guards the arena and the maps. A lookup holds it for a hash probe only; a miss
// releases it for the system call (readdir, realpath, reading package.json) and takes it again to
// insert, so threads never wait on each other's I/O. When two threads miss the same path both
// ask the system and the first answer inserted wins; the other is dropped (the answers are the
// same, and the lost work is one stat). One lock rather than shards: a build resolves tens of
// thousands of specifiers, each a handful of probes of ~50 ns, so contention stays far below
// the cost of the system calls the cache saves (measure before splitting).
//
// package.json is read and parsed into the caller's scratch arena outside the lock; under the
// lock only the fields the resolver reads are copied into its arena (a package.json is mostly
// descriptions, scripts and dependency lists). A package.json is parsed once per build.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/fs.h"
#include "base/path.h"
#include "resolve/resolver_int.h"

// Key bytes live in the arena: map keys are borrowed. Call with the lock held.
Str cache_keep(Resolver *r, Str s) {
    return str_dup(&r->arena, s);
}

static Str keep(Resolver *r, Str s) {
    return str_dup(&r->arena, s);
}

// Interns s; call with the lock held.
static Str intern_locked(Resolver *r, Str s) {
    uint64_t v = 0;
    if (map_get_str(&r->interned, s, &v))
        return *(const Str *)(uintptr_t)v;
    Str *copy = arena_new(&r->arena, Str);
    *copy = keep(r, s);
    map_put_str(&r->interned, *copy, (uint64_t)(uintptr_t)copy);
    return *copy;
}

Str cache_intern(Resolver *r, Str s) {
    mutex_lock(&r->lock);
    Str out = intern_locked(r, s);
    mutex_unlock(&r->lock);
    return out;
}

// The real path of path, asking the system (realpath, a readlink per component) only when
// the path itself may be a symbolic link: otherwise it is the real path of its directory,
// found the same way and memoized, plus its name. Recursion is bounded by the path's depth.
static Str compute_real_path(Resolver *r, Arena *scratch, Str path) {
    Str base = path_basename(path);
    if (base.len == 0 || cache_may_be_link(r, path)) {
        Str real = path;
        int err = 0;
        return fs_realpath(scratch, path.ptr, &real, &err) ? real : path;
    }
    Str dir = str_dup(scratch, path_dirname(path));
    return path_join(scratch, cache_real_path(r, scratch, dir), base);
}

Str cache_real_path(Resolver *r, Arena *scratch, Str path) {
    uint64_t v = 0;
    mutex_lock(&r->lock);
    bool hit = map_get_str(&r->real_paths, path, &v);
    mutex_unlock(&r->lock);
    if (hit)
        return *(const Str *)(uintptr_t)v;
    Str real = compute_real_path(r, scratch, path);
    mutex_lock(&r->lock);
    if (map_get_str(&r->real_paths, path, &v)) {
        real = *(const Str *)(uintptr_t)v;
    } else {
        // Keyed by the interned path: without symlinks path and real path share their bytes.
        Str *slot = arena_new(&r->arena, Str);
        *slot = intern_locked(r, real);
        map_put_str(&r->real_paths, intern_locked(r, path), (uint64_t)(uintptr_t)slot);
        real = *slot;
    }
    mutex_unlock(&r->lock);
    return real;
}

Str cache_printf(Resolver *r, const char *fmt, ...) {
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    ASSERT(n >= 0);
    mutex_lock(&r->lock);
    char *buf = arena_alloc(&r->arena, (size_t)n + 1);
    if ((size_t)n < sizeof(small)) {
        memcpy(buf, small, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    mutex_unlock(&r->lock);
    return (Str){ buf, (size_t)n };
}

// The entries of a "browser" object with their keys cleaned (path_normalize is Go's
// path.Clean for these keys). Values other than a string or false are ignored, as esbuild
// ignores them.
static void describe_browser_map(Resolver *r, PackageInfo *pkg, const JsonValue *map) {
    BrowserEntry *entries = arena_new_array(&r->arena, BrowserEntry, map->len ? map->len : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < map->len; i++) {
        const JsonValue *v = &map->members[i].value;
        if (v->kind != JSON_STRING && !(v->kind == JSON_BOOL && !v->boolean))
            continue;
        entries[n++] = (BrowserEntry){ path_normalize(&r->arena, map->members[i].key), v };
    }
    pkg->browser = entries;
    pkg->browser_len = n;
}

// Fills the fields the resolver reads from a parsed package.json (an object).
static void describe_package(Resolver *r, PackageInfo *pkg) {
    const JsonValue *root = pkg->root;
    if (root->kind != JSON_OBJECT)
        return;
    if (!json_get_string(root, STR("name"), &pkg->name))
        pkg->name = STR("");
    const JsonValue *v = json_get(root, STR("exports"));
    pkg->exports = v && v->kind != JSON_NULL ? v : NULL;
    v = json_get(root, STR("imports"));
    pkg->imports = v && v->kind != JSON_NULL ? v : NULL;
    v = json_get(root, STR("browser"));
    if (v && v->kind == JSON_OBJECT)
        describe_browser_map(r, pkg, v);
}

// 1-based line and column (in code points) of offset in text.
static void locate(Str text, uint32_t offset, uint32_t *line, uint32_t *column) {
    *line = 1;
    *column = 1;
    for (uint32_t i = 0; i < offset && i < text.len; i++) {
        unsigned char c = (unsigned char)text.ptr[i];
        if (c == '\n') {
            (*line)++;
            *column = 1;
        } else if ((c & 0xc0) != 0x80 &&
                   !(c == '\r' && i + 1 < text.len && text.ptr[i + 1] == '\n')) {
            (*column)++;
        }
    }
}

// cache_file_error with the lock held.
static const ResolveFileError *file_error_locked(Resolver *r, Str path, Str text, uint32_t offset,
                                                 Str message) {
    uint64_t v = 0;
    if (map_get_str(&r->file_errors, path, &v))
        return (const ResolveFileError *)(uintptr_t)v;
    ResolveFileError *e = arena_new(&r->arena, ResolveFileError);
    e->path = intern_locked(r, path);
    e->text = keep(r, text);
    e->offset = MIN(offset, (uint32_t)text.len);
    locate(text, e->offset, &e->line, &e->column);
    e->message = keep(r, message);
    map_put_str(&r->file_errors, e->path, (uint64_t)(uintptr_t)e);
    return e;
}

void cache_note_failed_import(Resolver *r, const ResolveFileError *e) {
    mutex_lock(&r->lock);
    map_put_str(&r->failed_imports, e->path, 1);
    mutex_unlock(&r->lock);
}

const ResolveFileError *cache_file_error(Resolver *r, Str path, Str text, uint32_t offset,
                                         Str message) {
    mutex_lock(&r->lock);
    const ResolveFileError *e = file_error_locked(r, path, text, offset, message);
    mutex_unlock(&r->lock);
    return e;
}

// Whether the resolver ever reads this top-level package.json field. Only these are kept:
// descriptions, scripts and dependency lists are most of a package.json and never needed.
static bool is_kept_field(const Resolver *r, Str key) {
    static const char *const fields[] = { "name",    "main",     "exports",     "imports",
                                          "browser", "tsconfig", "sideEffects", "type" };
    for (size_t i = 0; i < countof(fields); i++) {
        if (str_eq_cstr(key, fields[i]))
            return true;
    }
    for (uint32_t i = 0; i < r->main_field_count; i++) {
        if (str_eq(key, r->main_fields[i]))
            return true;
    }
    return false;
}

// The kept fields of a parsed package.json (in scratch), copied into the resolver's arena.
// Call with the lock held.
static const JsonValue *keep_fields(Resolver *r, const JsonValue *parsed) {
    JsonValue *root = arena_new(&r->arena, JsonValue);
    *root = *parsed;
    uint32_t n = 0;
    for (uint32_t i = 0; i < parsed->len; i++)
        n += is_kept_field(r, parsed->members[i].key);
    root->len = n;
    root->members = arena_new_array(&r->arena, JsonMember, n ? n : 1);
    n = 0;
    for (uint32_t i = 0; i < parsed->len; i++) {
        const JsonMember *m = &parsed->members[i];
        if (!is_kept_field(r, m->key))
            continue;
        root->members[n].key = keep(r, m->key);
        json_copy(&r->arena, &m->value, &root->members[n].value);
        n++;
    }
    return root;
}

// The PackageInfo of dir/package.json, parsed (in scratch, outside the lock) into *parsed, or
// broken as *err says. Call with the lock held. A broken file gives a PackageInfo with invalid
// and error set.
static PackageInfo *make_package(Resolver *r, Arena *scratch, Str dir, Str text,
                                 const JsonValue *parsed, const JsonError *err) {
    PackageInfo *pkg = arena_new(&r->arena, PackageInfo);
    pkg->dir = intern_locked(r, dir);
    const char *problem = NULL;
    uint32_t offset = 0;
    if (err) {
        problem = err->message;
        offset = err->offset;
    } else if (parsed->kind != JSON_OBJECT) {
        problem = "expected an object";
        offset = parsed->offset;
    }
    if (problem) {
        pkg->invalid = true;
        JsonValue *empty = arena_new(&r->arena, JsonValue); // an empty object, never NULL
        empty->kind = JSON_OBJECT;
        pkg->root = empty;
        Str path = path_join(scratch, dir, STR("package.json"));
        pkg->error = file_error_locked(r, path, text, offset, str_from_cstr(problem));
        return pkg;
    }
    pkg->root = keep_fields(r, parsed);
    describe_package(r, pkg);
    return pkg;
}

const PackageInfo *cache_package(Resolver *r, Arena *scratch, Str dir) {
    uint64_t v = 0;
    mutex_lock(&r->lock);
    bool hit = map_get_str(&r->packages, dir, &v);
    mutex_unlock(&r->lock);
    if (hit)
        return (const PackageInfo *)(uintptr_t)v;
    Str file = path_join(scratch, dir, STR("package.json"));
    Str text = { 0 };
    int err = 0;
    bool found = cache_kind(r, file) == ENTRY_FILE && fs_read_file(scratch, file.ptr, &text, &err);
    JsonValue parsed = { 0 };
    JsonError jerr;
    bool ok = found && json_parse(scratch, text, false, &parsed, &jerr);
    mutex_lock(&r->lock);
    if (!map_get_str(&r->packages, dir, &v)) {
        PackageInfo *pkg =
                found ? make_package(r, scratch, dir, text, &parsed, ok ? NULL : &jerr) : NULL;
        v = (uint64_t)(uintptr_t)pkg;
        map_put_str(&r->packages, keep(r, dir), v);
    }
    mutex_unlock(&r->lock);
    return (const PackageInfo *)(uintptr_t)v;
}
