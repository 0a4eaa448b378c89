// summary: the module summary, the only per-module data that lives from scan to write
// (DESIGN.md), and summary_build, which distils it from a parsed module before the AST goes.
//
// A summary holds what link needs and nothing it does not: the import records, the exports,
// the top-level symbols (imports among them) and the top-level statements ("parts") with the
// top-level symbols each declares and references and whether it has side effects. Nested
// scopes are reduced to the set of names they declare, which rename needs so that no new name
// captures a reference. Parts are numbered like the statements of the module body, and symbols
// keep their parser ids: generate parses the same text with the same options again and finds
// the same numbering (js/scope.h).
//
// Everything is copied into the arena given to summary_build (a worker's summary arena, alive
// until the build ends): names and specifiers are copied because the source text is not
// retained. Module prefix: summary_.
#ifndef BALE_SCAN_SUMMARY_H
#define BALE_SCAN_SUMMARY_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "js/parser.h"
#include "resolve/json.h"

typedef uint32_t ModuleId; // index into the module graph; ID_NONE for "none"

typedef enum ImportKind {
    IMPORT_STATIC,   // import … from 'x' / import 'x'
    IMPORT_REEXPORT, // export … from 'x'
    IMPORT_REQUIRE,  // require('x')
    IMPORT_DYNAMIC,  // import('x')
} ImportKind;

// Import record flags.
enum {
    IRF_EXTERNAL = 1 << 0, // left for the runtime to load; `external` is what to print
    IRF_DISABLED = 1 << 1, // mapped to false by a browser field: an empty module
    IRF_IN_TRY = 1 << 2,   // require()/import() inside a `try` block: may fail at run time
};

// One module request. Lives in: the summary arena.
typedef struct ImportRecord {
    Str specifier;   // as written
    Str external;    // IRF_EXTERNAL: the path to print
    uint32_t offset; // byte offset of the specifier's string literal (for diagnostics)
    uint32_t len;    // its length in bytes, quotes included
    ModuleId target; // the module it resolved to, ID_NONE when external/disabled/unresolved
    uint32_t part;   // the top-level statement (Part) holding it
    uint8_t kind;    // ImportKind
    uint8_t flags;   // IRF_*
} ImportRecord;

// Top-level symbol flags.
enum {
    TSF_EXPORTED = 1 << 0,    // named by an export of this module
    TSF_DEFAULT = 1 << 1,     // the synthetic binding of `export default <expression>`
    TSF_ANONYMOUS = 1 << 2,   // TSF_DEFAULT of an anonymous function or class (named "default")
    TSF_NAMES_VALUE = 1 << 3, // `const f = () => …`: the anonymous function or class it holds
                              //   takes its name from the binding
};

// A top-level symbol: a declaration of the module scope, an import binding, or the synthetic
// binding of an anonymous default export. Lives in: the summary arena.
typedef struct TopSymbol {
    Str name;        // as declared (the synthetic default's is "default")
    Str imported;    // SYM_IMPORT: the name imported ("*" for a namespace import)
    SymbolId id;     // the parser's id, or ID_NONE for the synthetic default
    uint32_t record; // SYM_IMPORT: index into the import records; else ID_NONE
    uint32_t uses;   // references in the module
    uint8_t kind;    // SymbolKind
    uint8_t flags;   // TSF_*
} TopSymbol;

// One export. A local export names a top-level symbol (which may itself be an import: then the
// export forwards it); a re-export (`export { a as b } from 'x'`, `export * as ns from 'x'`)
// names an import record and the name there ("*" for the namespace).
typedef struct ExportEntry {
    Str name;        // the exported name
    Str imported;    // re-export: the name in the other module
    uint32_t local;  // index into symbols, or ID_NONE for a re-export
    uint32_t record; // re-export: index into the import records
} ExportEntry;

// Part flags.
enum {
    PART_SIDE_EFFECTS = 1 << 0, // must run even if nothing it declares is used
    PART_IMPORT = 1 << 1,       // an import declaration (printed only for externals)
    PART_EXPORT_ONLY = 1 << 2,  // `export { … }`, `export … from`: nothing to print
};

// A read of one export through a namespace import (`ns.name`): link binds it like a named
// import, so a namespace that is only read this way is never built. Lives in: the summary arena.
typedef struct MemberRef {
    Str name;        // the property read
    uint32_t symbol; // index in Module.symbols of the namespace import
} MemberRef;

// One top-level statement. Its declared and referenced symbols are runs of Module.part_syms
// (indexes into Module.symbols); its namespace reads a run of Module.part_members (indexes into
// Module.member_refs).
typedef struct Part {
    uint32_t decl_start;
    uint32_t decl_len;
    uint32_t ref_start;
    uint32_t ref_len;
    uint32_t member_start;
    uint32_t member_len;
    uint32_t flags; // PART_*
} Part;

// Module flags.
enum {
    MODF_ESM = 1 << 0, // has import/export syntax or import.meta
    MODF_CJS = 1 << 1, // reads `module` or `exports` without declaring them
    MODF_TOP_LEVEL_AWAIT = 1 << 2,
    MODF_USE_STRICT = 1 << 3, // a "use strict" directive at the top
    MODF_ENTRY = 1 << 4,
    MODF_JSON = 1 << 5,             // a JSON file (summary_build_json)
    MODF_FAILED = 1 << 6,           // could not be read or parsed (errors reported)
    MODF_SIDE_EFFECT_FREE = 1 << 7, // its package.json "sideEffects" lets bundlers drop it
    MODF_TYPE_MODULE = 1 << 8,      // its package.json says "type": "module"
    MODF_TEXT = 1 << 9,             // a text file: its default export is the text
    MODF_EVAL = 1 << 10,            // calls eval() directly at the top level: every statement
                                    //   may be read by name, so none is dropped
    MODF_DYNAMIC_SCOPE = 1 << 11,   // a direct eval() or a with statement: names may be looked
                                    //   up at run time, so the minifier renames nothing here
};

// The summary of one module. Lives in: the summary arena of the worker that scanned it.
typedef struct Module {
    Str path;                   // absolute, normalized (the resolver's interned string)
    Str pretty_path;            // relative to the working directory, for messages and comments
    uint64_t hash;              // of the source text, checked again by generate
    uint32_t size;              // bytes of source text
    uint32_t flags;             // MODF_*
    ParseOptions parse_options; // what the parser was told (generate repeats it)
    uint32_t symbol_total;      // symbols of the parse, nested ones included
    uint32_t scope_total;       // scopes of the parse

    ImportRecord *records;
    uint32_t record_count;
    TopSymbol *symbols;
    uint32_t symbol_count;
    ExportEntry *exports;
    uint32_t export_count;
    uint32_t *star_records; // `export * from` records, in source order
    uint32_t star_count;
    Part *parts; // one per statement of the module body
    uint32_t part_count;
    uint32_t *part_syms;
    MemberRef *member_refs; // distinct namespace reads of the module
    uint32_t member_ref_count;
    uint32_t *part_members;
    Str *globals; // names read but never declared, sorted
    uint32_t global_count;
    Str *nested_names; // distinct names declared in nested scopes, sorted
    uint32_t nested_count;
    Str hashbang;            // the "#!…" first line, kept for an entry's bundle; empty if none
    uint32_t *slot_uses;     // by slot (scope_slots): declarations plus references, for the
                             //   minifier's frequency order
    uint32_t slot_count;     // slots, top level included
    uint32_t top_slot_count; // slots of the top level (a wrapped module's are nested ones)
    uint32_t cjs_uses[2];    // occurrences of `exports` and `module`, free or declared at the top
                             //   level: a wrapped CommonJS module's closure parameters
} Module;

// Distils the summary of a parsed module into m (whose path, hash, size and source_type the
// caller has set) and its records (whose targets the caller fills after resolving). src is
// the text that was parsed. Allocates in out_arena; uses scratch for temporaries (rewound).
void summary_build(Module *m, const ParseResult *parsed, Str src, Arena *out_arena, Arena *scratch);

// Summary of a JSON module: its identifier keys (summary_json_key_exported) as named exports,
// each its own part, and the default export. Allocates in out.
void summary_build_json(Module *m, const JsonValue *root, Arena *out);
// Whether a top-level JSON key becomes a named export.
bool summary_json_key_exported(Str key);
// Summary of a text module: one part declaring the default export (the text).
void summary_build_text(Module *m, Arena *out);

// The decoded value of a STRING_LIT node (quotes removed, escapes decoded). Returns false when
// the literal holds an escape this reader does not decode (then the caller treats the
// specifier as dynamic). Allocates in a when it must decode.
MUST_USE bool summary_string_value(Arena *a, const Ast *ast, Str src, const Node *lit, Str *out);

// Whether expression `id` is an anonymous function, arrow or class.
bool summary_is_anonymous_function(const Ast *ast, NodeId id);

// Index in m->symbols of the top-level symbol with parser id `id`, or ID_NONE.
uint32_t summary_find_symbol(const Module *m, SymbolId id);

// Marks writes[id - first] for the nodes in [first, last] that are written to (targets of `=`,
// `++`, `delete`, for-in/of heads): a namespace read there is left as it is.
void summary_mark_writes(const Ast *ast, NodeId first, NodeId last, uint8_t *writes);

// When MEMBER node `n` reads `ns.name` from a namespace import symbol (is_namespace says which
// symbols are), returns that SymbolId and sets *name; else ID_NONE. src is the module text.
typedef bool (*NamespaceTest)(const void *ctx, SymbolId sym);
SymbolId summary_namespace_read(const Ast *ast, Str src, const Node *n, NamespaceTest is_namespace,
                                const void *ctx, Str *name);

#endif
