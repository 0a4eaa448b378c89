// tsconfig: the tsconfig.json (or jsconfig.json) that applies to a directory, as the
// TypeScript compiler finds it: the nearest one in the directory or above, with its "extends"
// chain followed (relative files, absolute files, packages in node_modules, arrays of them),
// read as JSONC. Files inside node_modules get no tsconfig (esbuild's rule: a package's
// compiled code must not change with the project's settings, and its own tsconfig.json
// describes how it was built, not how to bundle it). --tsconfig=F replaces the search: F
// applies to every file outside node_modules.
//
// Holds what the resolver needs (baseUrl, paths) and the compilerOptions that change the
// output, for the TypeScript and JSX transforms. Every value may be unset, and unset is
// distinguishable from any value: a Str is unset when its ptr is NULL, a TsBool is TS_UNSET.
//
// Lives in: the resolver's arena until resolver_destroy. Thread-safe (resolver_tsconfig_for
// takes the resolver's tsconfig lock; results are read-only). Module prefix: tsconfig_ (the
// entry point is resolver_tsconfig_for, declared here).
#ifndef BALE_RESOLVE_TSCONFIG_H
#define BALE_RESOLVE_TSCONFIG_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "resolve/resolver.h"

// A compilerOptions boolean: unset, or set to false or true.
typedef enum TsBool {
    TS_UNSET,
    TS_FALSE,
    TS_TRUE,
} TsBool;

// One "paths" entry: "@app/*": ["./src/app/*", "./gen/*"]. Lives in: the resolver's arena.
typedef struct TsPathMapping {
    Str pattern;        // the key, with at most one "*"
    const Str *targets; // as written (at most one "*" each), relative to TsConfig.paths_base
    uint32_t target_count;
} TsPathMapping;

// The settings in force for a directory, the "extends" chain merged in (later files override
// earlier ones, key by key, as tsc does). Lives in: the resolver's arena.
typedef struct TsConfig {
    Str path;     // the tsconfig.json found for the directory (or given with --tsconfig)
    Str base_url; // compilerOptions.baseUrl made absolute; unset when no file sets it
    // Directory "paths" targets are relative to: base_url when set, else the directory of the
    // file that declared "paths" (TypeScript 4.1+).
    Str paths_base;
    const TsPathMapping *paths; // in file order; NULL when no file sets "paths"
    uint32_t path_count;

    // compilerOptions that change the output, as written (strings are not lower-cased).
    Str jsx;                            // "preserve", "react", "react-jsx", "react-jsxdev", ...
    Str jsx_factory;                    // jsxFactory
    Str jsx_fragment_factory;           // jsxFragmentFactory
    Str jsx_import_source;              // jsxImportSource
    Str imports_not_used_as_values;     // importsNotUsedAsValues
    Str target;                         // "ES2020", "ESNext", ...
    TsBool experimental_decorators;     // experimentalDecorators
    TsBool emit_decorator_metadata;     // emitDecoratorMetadata
    TsBool use_define_for_class_fields; // useDefineForClassFields
    TsBool verbatim_module_syntax;      // verbatimModuleSyntax
    TsBool preserve_value_imports;      // preserveValueImports
    TsBool always_strict;               // alwaysStrict ("use strict" in the output)
    TsBool strict;                      // strict (implies alwaysStrict when that is unset)

    // The first problem met while reading this file or its "extends" chain (not JSON, a
    // value of the wrong type, an "extends" that names no file, a cycle), or NULL. The
    // fields above then hold what could be read. The same error is shared by every
    // directory that uses this file: report it once (resolver_report_file_errors reports each
    // once).
    const ResolveFileError *error;
} TsConfig;

// The TsConfig for files in directory dir (absolute, normalized), or NULL when none applies.
// Cached per directory and per file. scratch is the calling worker's arena, rewound before
// returning. Thread-safe.
const TsConfig *resolver_tsconfig_for(Resolver *r, Arena *scratch, Str dir);

#endif
