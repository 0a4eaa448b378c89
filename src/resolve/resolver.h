// resolver: import specifier -> file path, as node (--platform=node) or a browser bundler
// (--platform=browser) would pick it.
//
// Handles relative and absolute paths with extension probing, index files and TypeScript's
// ".js" -> ".ts" rewriting; bare specifiers through node_modules (scoped packages, package.json
// "exports" and "imports" with conditions, main fields, the "browser" field map); node
// builtins; --external, --alias and --packages=external; symlinks (real paths unless
// preserve_symlinks). Node's ESM resolution algorithm and CommonJS require.resolve are the
// oracle, loosened as bundlers are: relative imports get extension probing and index files for
// both import and require, while "exports"/"imports" targets never do.
//
// tsconfig.json "baseUrl" and "paths" of the importer's directory apply to bare specifiers
// (tsconfig.h finds and reads the files).
//
// Does not: read the source being bundled, or report diagnostics itself: it returns what
// happened, a hint and, for a broken package.json or tsconfig.json, where the file is broken;
// resolver_report turns that into diagnostics with code frames.
//
// One Resolver per build, shared by the worker threads: every function is thread-safe except
// create and destroy. It caches directory listings, real paths, package.json and tsconfig.json
// results behind its locks (all memory charged to MEM_RESOLVER). Every Str and pointer it
// returns lives in the resolver's arena until resolver_destroy. docs/resolve.md gives the
// rules and where bale chose between node and esbuild. Module prefix: resolver_.
#ifndef BALE_RESOLVE_RESOLVER_H
#define BALE_RESOLVE_RESOLVER_H

#include "base/arena.h"
#include "base/base.h"
#include "base/mem.h"
#include "base/str.h"
#include "diag/diag.h"

typedef enum ResolvePlatform {
    RESOLVE_PLATFORM_BROWSER,
    RESOLVE_PLATFORM_NODE,
    RESOLVE_PLATFORM_NEUTRAL,
} ResolvePlatform;

// How the specifier is imported; picks the "import" or "require" condition.
typedef enum ResolveKind {
    RESOLVE_KIND_IMPORT,  // import/export ... from
    RESOLVE_KIND_REQUIRE, // require(), require.resolve()
    RESOLVE_KIND_DYNAMIC, // import() (resolved with the "import" condition)
    // An entry point from the command line, importer_dir being the working directory: a path
    // ("src/app.ts" included) when it names a file, else a package (esbuild's rule).
    RESOLVE_KIND_ENTRY,
} ResolveKind;

typedef enum ResolveStatus {
    RESOLVE_FOUND,     // path is the file to bundle
    RESOLVE_EXTERNAL,  // path is what to print in the output (left for the runtime to load)
    RESOLVE_DISABLED,  // the browser field maps it to false: bundle an empty module
    RESOLVE_NOT_FOUND, // hint says why (may be empty)
} ResolveStatus;

// --alias:from=to. Lives in: the caller's storage (copied by resolver_create).
typedef struct ResolveAlias {
    Str from; // a package name or path prefix, matched whole or followed by "/"
    Str to;
} ResolveAlias;

// Build options the resolver needs. Arrays and strings are copied by resolver_create.
typedef struct ResolveOptions {
    ResolvePlatform platform;
    // User conditions (--conditions). When conditions_set is false the defaults apply, which
    // include "module" as esbuild's do; setting them (even to none) drops "module".
    const Str *conditions;
    uint32_t condition_count;
    bool conditions_set;
    // --resolve-extensions; none: .tsx,.ts,.jsx,.js,.css,.json.
    const Str *extensions;
    uint32_t extension_count;
    // --main-fields; when unset: browser,module,main (browser), main,module (node), none
    // (neutral).
    const Str *main_fields;
    uint32_t main_field_count;
    bool main_fields_set;
    // --external:X. Import paths are matched as written (one "*" is a wildcard; a package
    // name also covers its subpaths); X starting with "/", "./" or "../" is also matched
    // against the files found (relative to cwd).
    const Str *externals;
    uint32_t external_count;
    const ResolveAlias *aliases;
    uint32_t alias_count;
    bool packages_external; // --packages=external: every bare specifier is external
    bool preserve_symlinks; // keep symlinked paths instead of real paths
    Str tsconfig;           // --tsconfig: this file for every directory; empty: search
    Str cwd; // working directory (absolute): for a relative --tsconfig and aliased specifiers
} ResolveOptions;

// A package.json or tsconfig.json that could not be used: not JSON, a value of the wrong
// type, an "extends" naming no file. The text is kept (for broken files only) so the caller
// can print a code frame. Lives in: the resolver's arena.
typedef struct ResolveFileError {
    Str path;        // absolute path of the broken file
    Str text;        // its whole text; empty when it could not be read
    uint32_t offset; // byte offset of the problem in text
    uint32_t line;   // 1-based line and column (code points) of offset
    uint32_t column;
    Str message; // what is wrong, without location: `expected "," or "}"`
} ResolveFileError;

// The answer to one query. Lives in: the caller's storage; its Strs in the resolver.
typedef struct ResolveResult {
    ResolveStatus status;
    // FOUND: absolute normalized path (the real path unless preserve_symlinks), interned: the
    // same file always gives the same pointer. EXTERNAL: the specifier to print. DISABLED:
    // the path that was disabled (empty for a bare specifier).
    Str path;
    Str hint; // NOT_FOUND: one or more sentences saying why; empty when there is nothing to add
    // NOT_FOUND because a package.json on the way is broken: where and why, else NULL.
    const ResolveFileError *file_error;
    // FOUND: the package.json nearest above the file says it has no side effects
    // ("sideEffects": false, or a list of patterns the file is not in), so an import of it
    // whose bindings are unused may be dropped.
    bool side_effect_free;
} ResolveResult;

typedef struct Resolver Resolver;

// Creates a resolver; opts is copied. Not thread-safe against resolver_destroy.
Resolver *resolver_create(Mem *mem, const ResolveOptions *opts);
void resolver_destroy(Resolver *r);

// Resolves specifier imported from a file in directory importer_dir (absolute, normalized).
// scratch is the calling worker's arena: it is used for temporary paths and rewound before
// returning. Thread-safe.
void resolver_resolve(Resolver *r, Arena *scratch, Str importer_dir, Str specifier,
                      ResolveKind kind, ResolveResult *out);

// Appends the error for a NOT_FOUND result: `Could not resolve "x"`, then, when there is a
// hint, a newline and the hint.
void resolver_format_error(Str specifier, const ResolveResult *res, StrBuf *out);

// Reports a NOT_FOUND result to d: the error `Could not resolve "x"` at [offset, offset + len)
// of the importing file, the hint as a note, and for a broken file a note with its code frame.
void resolver_report(DiagSink *d, const DiagFile *importer, uint32_t offset, uint32_t len,
                     Str specifier, const ResolveResult *res);

// Reports each broken package.json and tsconfig.json met so far, once, as an error with its
// code frame (in path order, so the output does not depend on thread timing), except those
// that made an import fail: the import's error (resolver_report) shows them. For the end of
// scan: a broken tsconfig.json is otherwise only visible through TsConfig.error.
void resolver_report_file_errors(Resolver *r, DiagSink *d);

// What the nearest package.json says about a file. Lives in: the caller's storage.
typedef struct ModuleFacts {
    bool type_module;      // "type": "module": node runs its .js files as ES modules
    bool side_effect_free; // "sideEffects": false, or a list of patterns the file misses
} ModuleFacts;

// Facts about the file at absolute path `path`. Thread-safe; scratch is rewound.
void resolver_module_facts(Resolver *r, Arena *scratch, Str path, ModuleFacts *out);

// Bytes the resolver's cache holds (arena and maps).
size_t resolver_memory(Resolver *r);

#endif
