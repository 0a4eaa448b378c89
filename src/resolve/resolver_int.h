// resolver_int: what the files of the resolver share (resolver.c, cache.c, exports.c,
// hint.c). No other module may include it.
//
// The Resolver's options are written once by resolver_create and read-only afterwards; the
// cache (arena and maps) is guarded by `lock`. Paths handed between the files are absolute,
// normalized and NUL-terminated; temporary ones live in the caller's scratch arena.
#ifndef BALE_RESOLVE_RESOLVER_INT_H
#define BALE_RESOLVE_RESOLVER_INT_H

#include "base/map.h"
#include "base/sync.h"
#include "resolve/json.h"
#include "resolve/resolver.h"

// What a path is, as the cache remembers it.
typedef enum EntryKind {
    ENTRY_NONE, // missing or unreachable
    ENTRY_FILE,
    ENTRY_DIR,
} EntryKind;

// One entry of a package.json "browser" map. Keys are cleaned as esbuild (and browserify)
// do, "./lib/a.js" and "lib/a.js" alike becoming "lib/a.js", and the same rule makes "./fs"
// match a bare "fs". Lives in: the resolver's arena.
typedef struct BrowserEntry {
    Str key;
    const JsonValue *value; // a string (the replacement) or false (disabled)
} BrowserEntry;

// A parsed package.json. Lives in: the resolver's arena.
typedef struct PackageInfo {
    Str dir;                       // directory holding the package.json
    Str name;                      // "name", or empty
    const JsonValue *root;         // the whole file (an object unless error is set)
    const JsonValue *exports;      // NULL when absent or null
    const JsonValue *imports;      // NULL when absent or null
    const BrowserEntry *browser;   // "browser" when it is an object: its entries, keys cleaned
    uint32_t browser_len;          // 0 when there is no browser map
    bool invalid;                  // not JSON, or not an object: error says why
    const ResolveFileError *error; // set when invalid
} PackageInfo;

// A list of condition names (without "default", which always matches).
typedef struct Conditions {
    const Str *names;
    uint32_t len;
} Conditions;

struct Resolver {
    Mem *mem;
    Mutex lock;         // guards arena and the maps below
    Arena arena;        // cache entries, interned paths, package.json trees (MEM_RESOLVER)
    Map dirs;           // directory -> DirListing * (dirs.c; 0: not a directory)
    Map real_paths;     // path -> Str * of its real path
    Map packages;       // directory -> PackageInfo * (0: no package.json there)
    Map interned;       // path -> Str * of the interned copy
    Map file_errors;    // path -> ResolveFileError * of each broken configuration file
    Map failed_imports; // paths of those that made an import fail (reported with the import)

    // tsconfig.json files (tsconfig.c): loaded under their own lock, rarely taken, into
    // their own arena. Order: ts_lock, then lock, never the reverse.
    Mutex ts_lock;
    Arena ts_arena;        // TsConfig values and their strings (MEM_RESOLVER)
    Map ts_by_dir;         // directory -> TsConfig * (0: none applies)
    Map ts_by_file;        // tsconfig.json path -> TsConfig *
    Str tsconfig_override; // --tsconfig made absolute, or empty

    // Options, read-only after resolver_create; arrays in `arena`.
    ResolvePlatform platform;
    Conditions import_conditions;  // for import and import()
    Conditions require_conditions; // for require()
    const Str *extensions;
    uint32_t extension_count;
    const Str *main_fields;
    uint32_t main_field_count;
    bool main_fields_set; // given by the user (the require() preference for "main" is off)
    const Str *externals;
    uint32_t external_count;
    const Str *path_externals; // the externals that name paths, made absolute
    uint32_t path_external_count;
    const ResolveAlias *aliases;
    uint32_t alias_count;
    bool packages_external;
    bool preserve_symlinks;
    Str cwd; // ResolveOptions.cwd, normalized; empty when not given
};

// One call of resolver_resolve. Lives in: resolver_resolve's frame.
typedef struct Query {
    Resolver *r;
    Arena *scratch; // temporary paths; rewound when the call returns
    ResolveKind kind;
    ResolveResult *out;
    uint32_t depth;  // nested remaps (browser map, "imports" to a package), bounded
    bool no_browser; // resolving a browser-map value: it is not remapped again (esbuild)
    Str spec;        // the specifier as imported (after --alias): what an external prints
} Query;

// --- resolver.c: the resolution steps -----------------------------------------------------

// Resolves spec from directory dir into q->out; false (with a hint) when not found.
bool resolver_resolve_specifier(Query *q, Str dir, Str spec);
// Records path (an existing file) as the answer, after the browser map and realpath.
bool resolver_found(Query *q, Str path);
// LOAD_AS_FILE then LOAD_AS_DIRECTORY with extension probing; *out is in scratch.
bool resolver_load_path(Query *q, Str path, Str *out);
// The nearest package.json at or above dir, stopping at node_modules (PACKAGE_SCOPE).
const PackageInfo *resolver_package_scope(Query *q, Str dir);
// Node's builtin modules: "fs", "fs/promises", "node:anything".
bool resolver_is_builtin(Str spec);

// --- browser.c: the package.json "browser" map (browser platform only) ----------------

// Checks the absolute path (a file found, or an import's target before probing) against the
// browser map of its enclosing browser scope. *mapped tells whether an entry applied; then the
// return value and q->out are the outcome (disabled, or the replacement resolved).
bool browser_remap_path(Query *q, Str path, bool *mapped);
// The same for a bare specifier imported from directory dir.
bool browser_remap_bare(Query *q, Str dir, Str spec, bool *mapped);

// --- side_effects.c: package.json "sideEffects" ----------------------------------------

// True when the package.json nearest above path (a file) says the file has no side effects.
bool side_effects_none(Query *q, Str path);

// --- cache.c: the thread-safe cache of file-system answers --------------------------------

// What path (absolute, normalized) is, from the listing of its directory (dirs.c): one
// readdir per directory instead of a stat per probe. Thread-safe.
EntryKind cache_kind(Resolver *r, Str path);
// Whether path may be a symbolic link (readdir said so, or could not say). Thread-safe.
bool cache_may_be_link(Resolver *r, Str path);
// A copy of s in the resolver's arena; call with the lock held.
Str cache_keep(Resolver *r, Str s);
// The real path of an existing path, interned; path itself (interned) if realpath fails.
Str cache_real_path(Resolver *r, Arena *scratch, Str path);
// The package.json in directory dir (NUL-terminated), or NULL when there is none. A file that
// fails to parse gives a PackageInfo with invalid set.
const PackageInfo *cache_package(Resolver *r, Arena *scratch, Str dir);
// A copy of s in the resolver's arena; the same bytes always give the same pointer.
Str cache_intern(Resolver *r, Str s);
// printf into the resolver's arena (for hints, which outlive the scratch arena).
Str cache_printf(Resolver *r, const char *fmt, ...) PRINTF(2, 3);
// Records that the file at path (text as read; may be empty) is broken at offset, and returns
// the error, kept in the resolver's arena. The first error recorded for a path wins.
const ResolveFileError *cache_file_error(Resolver *r, Str path, Str text, uint32_t offset,
                                         Str message);

// Records that the broken file e made an import fail, so resolver_report_file_errors leaves
// it to that import's error.
void cache_note_failed_import(Resolver *r, const ResolveFileError *e);

// --- tsconfig.c ---------------------------------------------------------------------------

void tsconfig_init(Resolver *r, const ResolveOptions *opts);
void tsconfig_deinit(Resolver *r);
// Bytes held by the tsconfig cache; call with ts_lock not held.
size_t tsconfig_memory(Resolver *r);
// Applies the tsconfig "paths", then "baseUrl", of directory dir to a bare specifier; true
// when one of them names a file (then q->out is set). As tsc does, a "paths" entry whose
// targets all fail falls through to baseUrl and then to node_modules.
bool tsconfig_resolve_paths(Query *q, Str dir, Str spec);

// --- exports.c: package.json "exports" and "imports" (node's ESM resolution spec) ---------

typedef enum MapStatus {
    MAP_OK,              // *target is set
    MAP_NO_MATCH,        // no key matches the subpath (Package Path Not Exported / Not Defined)
    MAP_NO_CONDITION,    // a key matched but none of its conditions did (undefined)
    MAP_NULL,            // the target is null: explicitly excluded
    MAP_INVALID_TARGET,  // a target that is not "./…" (or bare in imports), or leaves the package
    MAP_INVALID_CONFIG,  // "exports" mixes "." keys with condition keys
    MAP_INVALID_SUBPATH, // the "*" match contains ".", ".." or "node_modules" segments
} MapStatus;

// The result of one lookup. Lives in: the scratch arena.
typedef struct MapResult {
    MapStatus status;
    Str target;  // MAP_OK: an absolute path, or a bare specifier when bare (imports only)
    bool bare;   // the target is a package specifier to resolve from the package's directory
    Str key;     // the key that matched (for hints)
    Str invalid; // MAP_INVALID_TARGET: the offending target string
} MapResult;

// PACKAGE_EXPORTS_RESOLVE for subpath ("." or "./x") of pkg.
void exports_resolve(Arena *scratch, const PackageInfo *pkg, Str subpath, Conditions conds,
                     MapResult *out);
// PACKAGE_IMPORTS_RESOLVE for specifier "#x" in pkg.
void imports_resolve(Arena *scratch, const PackageInfo *pkg, Str specifier, Conditions conds,
                     MapResult *out);
// True when key is "default" or one of conds.
bool exports_condition_matches(Conditions conds, Str key);

// --- hint.c: why a specifier was not found (each sets q->out->hint) ----------------------

void hint_empty(Query *q);
void hint_cycle(Query *q, Str spec);
void hint_invalid_name(Query *q, Str spec);
void hint_builtin(Query *q, Str spec);
void hint_not_installed(Query *q, Str spec, Str name, Str dir);
void hint_missing_in_package(Query *q, Str name, Str pkg_dir, Str subpath);
void hint_missing_path(Query *q, Str spec, Str path);
void hint_invalid_package(Query *q, const PackageInfo *pkg);
void hint_no_imports(Query *q, const PackageInfo *pkg, Str spec, Str dir);
void hint_map_failure(Query *q, const PackageInfo *pkg, Str spec, const MapResult *m,
                      bool is_imports);

#endif
