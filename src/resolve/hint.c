// hint: the sentences that follow `Could not resolve "x"`, one function per cause.
//
// Every hint names what was looked at (the package.json path, the directory searched) and,
// where there is one, what would work instead (the subpaths an "exports" map has, a file with
// another extension, the flag to pass). The texts are checked exactly by the unit tests; keep
// them in step with tests/unit/test_resolve_errors.c. Hints are formatted into the resolver's
// arena because they outlive the query's scratch arena.
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/path.h"
#include "resolve/resolver_int.h"

// At most this many keys are listed in a hint; the rest are counted.
enum { HINT_MAX_KEYS = 12 };

static void set_hint(Query *q, Str hint) {
    q->out->status = RESOLVE_NOT_FOUND;
    q->out->hint = hint;
    q->out->file_error = NULL;
}

// `"a", "b" and 3 more` from the keys of an object, into buf (always NUL-terminated).
static void list_keys(const JsonValue *obj, char *buf, size_t size) {
    size_t n = 0;
    buf[0] = '\0';
    for (uint32_t i = 0; i < obj->len && n + 1 < size; i++) {
        if (i == HINT_MAX_KEYS) {
            snprintf(buf + n, size - n, " and %u more", obj->len - i);
            return;
        }
        int w = snprintf(buf + n, size - n, "%s\"%.*s\"", i ? ", " : "",
                         STR_FMT(obj->members[i].key));
        n += w > 0 ? (size_t)w : 0;
    }
}

// `.tsx, .ts, .jsx` from the resolve extensions.
static void list_extensions(const Resolver *r, char *buf, size_t size) {
    size_t n = 0;
    buf[0] = '\0';
    for (uint32_t i = 0; i < r->extension_count && n + 1 < size; i++) {
        int w = snprintf(buf + n, size - n, "%s%.*s", i ? ", " : "", STR_FMT(r->extensions[i]));
        n += w > 0 ? (size_t)w : 0;
    }
}

static Str package_label(const PackageInfo *pkg) {
    return pkg->name.len ? pkg->name : pkg->dir;
}

void hint_empty(Query *q) {
    set_hint(q, STR("The specifier is empty."));
}

void hint_cycle(Query *q, Str spec) {
    set_hint(q, cache_printf(q->r,
                             "Resolving \"%.*s\" went through more than %d remappings "
                             "(aliases, browser field, \"imports\"); they form a cycle.",
                             STR_FMT(spec), 16));
}

void hint_invalid_name(Query *q, Str spec) {
    set_hint(q, cache_printf(q->r, "\"%.*s\" is not a valid package specifier.", STR_FMT(spec)));
}

// esbuild's wording, which users of bundlers recognise.
void hint_builtin(Query *q, Str spec) {
    set_hint(q, cache_printf(q->r,
                             "The package \"%.*s\" wasn't found on the file system but is built "
                             "into node. Are you trying to bundle for node? You can use "
                             "\"--platform=node\" to do that, which will remove this error.",
                             STR_FMT(spec)));
}

// Levenshtein distance between a and b, or UINT32_MAX when either is too long to bother.
static uint32_t edit_distance(Str a, Str b) {
    enum { MAX_NAME = 64 };
    uint32_t row[MAX_NAME + 1];
    if (a.len > MAX_NAME || b.len > MAX_NAME)
        return UINT32_MAX;
    for (size_t j = 0; j <= b.len; j++)
        row[j] = (uint32_t)j;
    for (size_t i = 1; i <= a.len; i++) {
        uint32_t diag = row[0];
        row[0] = (uint32_t)i;
        for (size_t j = 1; j <= b.len; j++) {
            uint32_t up = row[j];
            uint32_t cost = a.ptr[i - 1] == b.ptr[j - 1] ? 0 : 1;
            row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), diag + cost);
            diag = up;
        }
    }
    return row[b.len];
}

// The installed package whose name is nearest to name (a typo: at most 2 edits, and fewer
// than a third of the name), looked up in the node_modules directories from dir upwards.
// Ties go to the smallest name, so the hint never depends on directory order.
static bool find_similar_package(Query *q, Str name, Str dir, Str *out) {
    size_t slash = str_find_char(name, '/', 0);
    Str scope = slash == SIZE_MAX ? STR("") : str_slice(name, 0, slash);
    Str leaf = slash == SIZE_MAX ? name : str_slice(name, slash + 1, name.len);
    uint32_t best = MIN(2, (uint32_t)leaf.len / 3);
    bool found = false;
    for (Str d = dir;; d = path_normalize(q->scratch, path_dirname(d))) {
        Str nm = path_join(q->scratch, path_join(q->scratch, d, STR("node_modules")), scope);
        DIR *listing = opendir(nm.ptr);
        struct dirent *e;
        while (listing && (e = readdir(listing)) != NULL) {
            Str cand = str_from_cstr(e->d_name);
            if (cand.len == 0 || cand.ptr[0] == '.' || cand.ptr[0] == '@')
                continue;
            uint32_t dist = edit_distance(leaf, cand);
            if (dist == 0 || dist > best || (found && dist == best && str_cmp(cand, *out) >= 0))
                continue;
            best = dist;
            *out = str_dup(q->scratch, cand);
            found = true;
        }
        if (listing)
            closedir(listing);
        if (path_dirname(d).len == d.len)
            break;
    }
    if (found && scope.len) {
        Str scoped = path_join(q->scratch, scope, *out);
        *out = scoped;
    }
    return found;
}

void hint_not_installed(Query *q, Str spec, Str name, Str dir) {
    // "src/app" meant as a path: esbuild's hint, as the mistake is common in entry lists.
    Str found;
    if (resolver_load_path(q, path_join(q->scratch, dir, spec), &found)) {
        set_hint(q, cache_printf(q->r,
                                 "Use the relative path \"./%.*s\" to reference the file "
                                 "\"%.*s\". Without the leading \"./\", the path \"%.*s\" is "
                                 "being interpreted as a package path instead.",
                                 STR_FMT(spec), STR_FMT(found), STR_FMT(spec)));
        return;
    }
    Str similar;
    if (find_similar_package(q, name, dir, &similar)) {
        set_hint(q, cache_printf(q->r,
                                 "The package \"%.*s\" is not installed. Did you mean "
                                 "\"%.*s\"?",
                                 STR_FMT(name), STR_FMT(similar)));
        return;
    }
    set_hint(q, cache_printf(q->r,
                             "The package \"%.*s\" is not installed: there is no "
                             "node_modules/%.*s in \"%.*s\" or any directory above it. Install "
                             "it, or mark it external with --external:%.*s.",
                             STR_FMT(name), STR_FMT(name), STR_FMT(dir), STR_FMT(name)));
}

void hint_missing_in_package(Query *q, Str name, Str pkg_dir, Str subpath) {
    char exts[256];
    list_extensions(q->r, exts, sizeof(exts));
    if (str_eq_cstr(subpath, ".")) {
        set_hint(q, cache_printf(q->r,
                                 "The package \"%.*s\" is installed at \"%.*s\" but none of its "
                                 "main fields names a file and it has no index file.",
                                 STR_FMT(name), STR_FMT(pkg_dir)));
        return;
    }
    set_hint(q, cache_printf(q->r,
                             "The package \"%.*s\" is installed at \"%.*s\" but has no file "
                             "\"%.*s\" (tried the extensions %s and index files).",
                             STR_FMT(name), STR_FMT(pkg_dir), STR_FMT(subpath), exts));
}

// Whether name is stem + "." + something other than skip (stem compared case-insensitively
// when fold is set).
static bool is_candidate(Str name, Str stem, Str skip, bool fold) {
    if (name.len <= stem.len + 1 || name.ptr[stem.len] != '.' || str_eq(name, skip))
        return false;
    return fold ? strncasecmp(name.ptr, stem.ptr, stem.len) == 0 : str_starts_with(name, stem);
}

// The smallest name in dir that is stem + "." + something, other than skip; for "did you
// mean". Smallest, so the hint never depends on directory order. With fold, the stem may
// differ in case (an import written "./button" for "Button.tsx").
static bool find_other_extension(Arena *a, Str dir, Str stem, Str skip, bool fold, Str *out) {
    DIR *d = opendir(dir.ptr);
    if (!d)
        return false;
    bool found = false;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        Str name = str_from_cstr(e->d_name);
        if (is_candidate(name, stem, skip, fold) && (!found || str_cmp(name, *out) < 0)) {
            *out = str_dup(a, name);
            found = true;
        }
    }
    closedir(d);
    return found;
}

static bool is_resolve_extension(const Resolver *r, Str ext) {
    for (uint32_t i = 0; i < r->extension_count; i++) {
        if (str_eq(r->extensions[i], ext))
            return true;
    }
    return false;
}

void hint_missing_path(Query *q, Str spec, Str path) {
    Str dir = path_normalize(q->scratch, path_dirname(path));
    Str base = path_basename(path);
    Str ext = path_extname(base);
    Str stem = is_resolve_extension(q->r, ext) ? str_slice(base, 0, base.len - ext.len) : base;
    Str other;
    if (base.len == 0 || (!find_other_extension(q->scratch, dir, stem, base, false, &other) &&
                          !find_other_extension(q->scratch, dir, stem, base, true, &other))) {
        set_hint(q, STR(""));
        return;
    }
    Str spec_dir = str_slice(spec, 0, spec.len - base.len);
    Str other_ext = path_extname(other);
    if (is_resolve_extension(q->r, other_ext)) {
        set_hint(q, cache_printf(q->r, "Did you mean \"%.*s%.*s\"?", STR_FMT(spec_dir),
                                 STR_FMT(other)));
        return;
    }
    set_hint(q, cache_printf(q->r,
                             "Did you mean \"%.*s%.*s\"? The extension \"%.*s\" is not one of "
                             "the resolve extensions; write it in the import, or add it with "
                             "--resolve-extensions.",
                             STR_FMT(spec_dir), STR_FMT(other), STR_FMT(other_ext)));
}

void hint_invalid_package(Query *q, const PackageInfo *pkg) {
    const ResolveFileError *e = pkg->error;
    set_hint(q, cache_printf(q->r, "The file \"%.*s\" is broken: %.*s at %u:%u.", STR_FMT(e->path),
                             STR_FMT(e->message), e->line, e->column));
    q->out->file_error = e;
    cache_note_failed_import(q->r, e);
}

void hint_no_imports(Query *q, const PackageInfo *pkg, Str spec, Str dir) {
    if (!pkg) {
        set_hint(q, cache_printf(q->r,
                                 "No package.json encloses \"%.*s\", so there is no \"imports\" "
                                 "map to look \"%.*s\" up in.",
                                 STR_FMT(dir), STR_FMT(spec)));
    } else if (pkg->invalid) {
        hint_invalid_package(q, pkg);
    } else {
        set_hint(q, cache_printf(q->r,
                                 "\"%.*s/package.json\" has no \"imports\" map to look \"%.*s\" "
                                 "up in.",
                                 STR_FMT(pkg->dir), STR_FMT(spec)));
    }
}

// The value a matched key led to, for listing the conditions it offers.
static const JsonValue *matched_value(const PackageInfo *pkg, const MapResult *m, bool is_imports) {
    const JsonValue *map = is_imports ? pkg->imports : pkg->exports;
    if (map->kind != JSON_OBJECT)
        return map;
    const JsonValue *v = json_get(map, m->key);
    return v ? v : map;
}

// Names of the conditions active for this query, as `"node", "import" and "default"`.
static void list_active(const Query *q, char *buf, size_t size) {
    Conditions c =
            q->kind == RESOLVE_KIND_REQUIRE ? q->r->require_conditions : q->r->import_conditions;
    size_t n = 0;
    buf[0] = '\0';
    for (uint32_t i = 0; i < c.len && n + 1 < size; i++) {
        int w = snprintf(buf + n, size - n, "\"%.*s\", ", STR_FMT(c.names[i]));
        n += w > 0 ? (size_t)w : 0;
    }
    if (n + 1 < size)
        snprintf(buf + n, size - n, "\"default\"");
}

static void hint_no_condition(Query *q, const PackageInfo *pkg, Str key, const MapResult *m,
                              bool is_imports) {
    char offered[512];
    char active[256];
    const JsonValue *v = matched_value(pkg, m, is_imports);
    if (v->kind == JSON_OBJECT)
        list_keys(v, offered, sizeof(offered));
    else
        snprintf(offered, sizeof(offered), "only nested conditions");
    list_active(q, active, sizeof(active));
    set_hint(q, cache_printf(q->r,
                             "None of the conditions of the \"%s\" entry for \"%.*s\" in "
                             "\"%.*s/package.json\" is active: it has %s; the active conditions "
                             "are %s.",
                             is_imports ? "imports" : "exports", STR_FMT(key), STR_FMT(pkg->dir),
                             offered, active));
}

static void hint_not_exported(Query *q, const PackageInfo *pkg, Str key, bool is_imports) {
    char keys[1024];
    const JsonValue *map = is_imports ? pkg->imports : pkg->exports;
    Str first = is_imports ? STR("#") : STR(".");
    if (map->kind == JSON_OBJECT && map->len && str_starts_with(map->members[0].key, first))
        list_keys(map, keys, sizeof(keys));
    else
        snprintf(keys, sizeof(keys), "\".\"");
    if (is_imports) {
        set_hint(q, cache_printf(q->r,
                                 "\"%.*s\" is not defined in the \"imports\" map of "
                                 "\"%.*s/package.json\", which has %s.",
                                 STR_FMT(key), STR_FMT(pkg->dir), keys));
        return;
    }
    set_hint(q, cache_printf(q->r,
                             "The path \"%.*s\" is not exported by package \"%.*s\". The "
                             "\"exports\" map in \"%.*s/package.json\" has %s.",
                             STR_FMT(key), STR_FMT(package_label(pkg)), STR_FMT(pkg->dir), keys));
}

void hint_map_failure(Query *q, const PackageInfo *pkg, Str key, const MapResult *m,
                      bool is_imports) {
    const char *field = is_imports ? "imports" : "exports";
    Str label = package_label(pkg);
    switch (m->status) {
    case MAP_OK: {
        Str rel = path_relative(q->scratch, pkg->dir, m->target);
        set_hint(q, cache_printf(q->r,
                                 "The \"%s\" map of package \"%.*s\" maps \"%.*s\" to "
                                 "\"./%.*s\", which is not a file.",
                                 field, STR_FMT(label), STR_FMT(key), STR_FMT(rel)));
        return;
    }
    case MAP_NO_MATCH:
        hint_not_exported(q, pkg, key, is_imports);
        return;
    case MAP_NO_CONDITION:
        hint_no_condition(q, pkg, key, m, is_imports);
        return;
    case MAP_NULL:
        set_hint(q, cache_printf(q->r,
                                 "The path \"%.*s\" is excluded by the \"%s\" map of package "
                                 "\"%.*s\" (its target is null).",
                                 STR_FMT(key), field, STR_FMT(label)));
        return;
    case MAP_INVALID_TARGET:
        set_hint(q, cache_printf(q->r,
                                 "The \"%s\" map of package \"%.*s\" has an invalid target for "
                                 "\"%.*s\": \"%.*s\" (targets must start with \"./\" and stay "
                                 "inside the package).",
                                 field, STR_FMT(label), STR_FMT(key), STR_FMT(m->invalid)));
        return;
    case MAP_INVALID_CONFIG:
        set_hint(q, cache_printf(q->r,
                                 "The \"exports\" map of package \"%.*s\" mixes subpaths (keys "
                                 "starting with \".\") with conditions.",
                                 STR_FMT(label)));
        return;
    case MAP_INVALID_SUBPATH:
        set_hint(q, cache_printf(q->r,
                                 "The path \"%.*s\" matches the pattern \"%.*s\" of package "
                                 "\"%.*s\" with a part that contains \".\", \"..\" or "
                                 "\"node_modules\" segments.",
                                 STR_FMT(key), STR_FMT(m->key), STR_FMT(label)));
        return;
    }
    UNREACHABLE();
}
