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
    TSF_JSX_TAG = 1 << 4,     // names a preserved JSX element's tag: the minifier must not
                              //   rename it (nor the export an import of it prints as)
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

// A read through an import binding. `ns.name` reads one export through a namespace import:
// link binds it like a named import, so a namespace that is only read this way is never built.
// In TypeScript modules a property read of an export (`ns.name.prop`, or `x.prop` for a named
// or default import x) is recorded too, because the export may be an enum whose member
// link inlines; when it is not, the read is a plain use of the export. Lives in: the summary
// arena.
typedef struct MemberRef {
    Str name;          // the export read through a namespace; empty for `x.prop`. The property
                       //   name follows it in the same copy (summary_ref_prop)
    uint32_t prop_len; // bytes of the property read from the export; 0 for `ns.name`
    uint32_t symbol;   // index in Module.symbols of the import binding
} MemberRef;

// The property a MemberRef reads from the export (empty for `ns.name`).
static inline Str summary_ref_prop(const MemberRef *r) {
    return (Str){ r->prop_len ? r->name.ptr + r->name.len : NULL, r->prop_len };
}

// A constant member of an exported enum, which link inlines where another module reads
// `E.member`. Sorted by (symbol, member). Lives in: the summary arena.
typedef struct EnumConst {
    Str member; // the member's name
    union {
        double number; // !is_string: its value
        Str text;      // is_string: the string literal as written, quotes included
    };
    uint32_t symbol; // index in Module.symbols of the enum's binding
    bool is_string;
} EnumConst;

// One top-level statement. Its declared and referenced symbols are runs of Module.part_syms
// (indexes into Module.symbols); its reads through imports a run of Module.part_members (indexes
// into Module.member_refs).
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
    MODF_CJS = 1 << 1, // CommonJS: reads free `module`/`exports`, declares them, or is .cjs
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
    MODF_WITH = 1 << 12,            // has a `with` statement (with_offset): sloppy for good
    MODF_IMPORT_META = 1 << 13,     // reads import.meta
    MODF_CJS_GLOBAL = 1 << 15,      // an ES module reads `module` or `exports` other than under
                                    //   typeof (cjs_global_offset): undefined there, as in node
    MODF_MODULE_GOAL = 1 << 14,     // parsed as a module (ES syntax, .mjs, "type": "module"):
                                    //   strict, and its top-level `this` is undefined
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
    MemberRef *member_refs; // distinct reads through imports (namespace reads and more)
    uint32_t member_ref_count;
    uint32_t *part_members;
    EnumConst *enum_consts; // constant members of the exported enums
    uint32_t enum_const_count;
    Str *globals; // names read but never declared, sorted
    uint32_t global_count;
    Str *nested_names; // distinct names declared in nested scopes, sorted
    uint32_t nested_count;
    Str *jsx_names; // distinct names of symbols that are preserved JSX tags (SYMF_JSX_TAG),
                    //   which keep their spelling: the minifier gives these names to nothing
    uint32_t jsx_count;
    Str hashbang;               // the "#!…" first line, kept for an entry's bundle; empty if none
    uint32_t with_offset;       // with MODF_WITH: where its first `with` statement starts
    uint32_t cjs_global_offset; // with MODF_CJS_GLOBAL: its first such read
    uint32_t *slot_uses;        // by slot (scope_slots): declarations plus references, for the
                                //   minifier's frequency order
    uint32_t slot_count;        // slots, top level included
    uint32_t top_slot_count;    // slots of the top level (a wrapped module's are nested ones)
    struct PropUse *props;      // --mangle-props: property names renamed, by name (scan/props.h)
    uint32_t prop_count;
    Str *props_kept; // --mangle-props: short property names that stay, sorted
    uint32_t props_kept_count;
    uint32_t cjs_uses[2];  // occurrences of `exports` and `module`, free or declared at the top
                           //   level: a wrapped CommonJS module's closure parameters
    uint32_t require_uses; // occurrences of an undeclared `require`, calls included
} Module;

// Distils the summary of a parsed module into m (whose path, hash, size and source_type the
// caller has set) and its records (whose targets the caller fills after resolving). src is
// the text that was parsed. Allocates in out_arena; uses scratch for temporaries (rewound).
void summary_build(Module *m, const ParseResult *parsed, Str src, Arena *out_arena, Arena *scratch);

// Summary of a JSON module: its identifier keys (summary_json_key_exported) as named exports,
// each its own part, and the default export. Allocates in out.
void summary_build_json(Module *m, const JsonValue *root, Arena *out);
// Whether the module uses an undeclared `require` other than as a `require('x')` call
// (`require.main`, `require.resolve(…)`, `require(name)`, `typeof require`).
bool summary_reads_require(const Module *m);
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

// The constant member `member` of the enum that is top-level symbol `symbol` of m, or
// NULL when m exports no such constant.
const EnumConst *summary_find_enum_const(const Module *m, uint32_t symbol, Str member);

// Marks writes[id - first] for the nodes in [first, last] that are written to (targets of `=`,
// `++`, `delete`, for-in/of heads): a namespace read there is left as it is.
void summary_mark_writes(const Ast *ast, NodeId first, NodeId last, uint8_t *writes);

// What kind of import binding a symbol is, for summary_import_reads.
typedef enum ImportBinding {
    IMPORT_BINDING_NONE,      // not an import binding
    IMPORT_BINDING_NAMED,     // `import x from`, `import { x } from`
    IMPORT_BINDING_NAMESPACE, // `import * as ns from`
} ImportBinding;
typedef ImportBinding (*ImportTest)(const void *ctx, SymbolId sym);

// One read through an import binding (MemberRef), found in the tree. Lives in: the caller's.
typedef struct ImportRead {
    NodeId node;     // the MEMBER node: `ns.name`, `ns.name.prop` or `x.prop`
    NodeId ident;    // the IDENT of the import binding in it
    SymbolId symbol; // the binding's parser id
    Str name;        // as MemberRef.name (a slice of src or of the tree's synthesized text)
    Str prop;        // as summary_ref_prop
} ImportRead;
typedef VEC(ImportRead) ImportReadVec;

// Appends to out the reads through import bindings among nodes [first, last] (a statement, or
// a whole module), in node order; a read that is written to (summary_mark_writes) is none.
// With props (TypeScript modules) property reads of exports count too. Scan and generate both
// call this, so they agree on what each MemberRef is. Temporaries and out grow in scratch.
void summary_import_reads(const Ast *ast, Str src, NodeId first, NodeId last, ImportTest test,
                          const void *ctx, bool props, Arena *scratch, ImportReadVec *out);

// A map key for MemberRef (top, name, prop), allocated in a.
Str summary_member_key(Arena *a, uint32_t top, Str name, Str prop);

// Whether a module with these options records property reads of exports (TypeScript).
bool summary_reads_props(const ParseOptions *o);

#endif
