// link: the second stage (DESIGN.md). On one thread, over the module summaries alone, it binds
// every import to the export it names, decides how each module is emitted (scope-hoisted ES
// module, or CommonJS wrapped in a closure), marks the live statements, orders the modules,
// and chooses a collision-free name for every top-level binding of the bundle. The result is
// the link plan: small arrays indexed by module, part and top-level symbol, read by generate.
//
// Files: bind.c (imports to exports), shake.c (live parts and module order), rename.c (final
// names), mangle.c (minified names), link.c (the stage and the plan's memory). Module prefix:
// link_.
#ifndef BALE_LINK_LINK_H
#define BALE_LINK_LINK_H

#include "base/arena.h"
#include "base/map.h"
#include "base/mem.h"
#include "cli/options.h"
#include "diag/diag.h"
#include "scan/scan.h"

// What a reference to a top-level symbol prints as. Most are a name; an import of a CommonJS
// module reads a property of the module's imported object (`import_x.name`).
typedef struct SymbolPrint {
    Str name;   // the identifier to print; empty: keep the source spelling
    Str member; // non-empty: print `name.member` (or `name["member"]`)
} SymbolPrint;

// How a module is emitted.
typedef enum ModuleWrap {
    WRAP_NONE, // scope-hoisted ES module (or a plain script): statements at the chunk's top level
    WRAP_CJS,  // CommonJS: `var require_x = __commonJS((exports, module) => { … })`
    WRAP_ESM,  // an ES module that runs when first required or imported dynamically (and the
               // modules it imports): `var init_x = __esm(() => { … })`, its bindings hoisted
} ModuleWrap;

// What an import record prints as in generate.
typedef enum RecordAction {
    RECORD_DROP,     // nothing: the target's statements are already in the bundle
    RECORD_REQUIRE,  // ESM import of CommonJS: `var import_x = __toESM(require_x());`
    RECORD_EXTERNAL, // keep the import (esm output) or require it (cjs/iife)
    RECORD_INIT,     // import of a lazily run ES module: `init_x();`
} RecordAction;

// Runtime helpers a bundle may need; generate emits the used ones before the first module.
enum {
    HELPER_COMMONJS = 1 << 0,      // __commonJS
    HELPER_TO_ESM = 1 << 1,        // __toESM
    HELPER_NAMESPACE = 1 << 2,     // __ns (namespace objects)
    HELPER_TO_COMMONJS = 1 << 3,   // __toCommonJS
    HELPER_REQUIRE = 1 << 4,       // esm output for node: a `require` for external require() calls
    HELPER_DIRNAME = 1 << 5,       // esm output for node: `__filename` and `__dirname`
    HELPER_NAME = 1 << 6,          // __name: a renamed function or class keeps its `.name`
    HELPER_ESM = 1 << 7,           // __esm: an ES module run on first use
    HELPER_SCRIPT_URL = 1 << 8,    // __scriptURL: import.meta.url of a browser script bundle
    HELPER_COMMONJS_MAIN = 1 << 9, // __commonJS whose first call may pass a module: the CommonJS
                                   //   entry gets node's own (`require.main === module`)
    HELPER_MAIN_MODULE = 1 << 10,  // esm output for node: __main, the CommonJS entry's module,
                                   //   which is require.main when the bundle is the program
};

// The plan for one module. Lives in: the plan's arena.
typedef struct ModulePlan {
    uint8_t wrap;         // ModuleWrap
    bool live;            // emitted at all
    bool needs_namespace; // a namespace object is referenced
    Str *dynamic_stars;   // needs_namespace: `import_x` of each `export * from` a
                          //   CommonJS or external module, whose names join at run time
    uint32_t dynamic_star_count;
    uint32_t last_dynamic_star; // the record after whose statement the namespace is built
    bool node_interop;          // imports CommonJS with node's rules (.mjs, "type": "module")
    uint8_t *part_live;         // by part
    SymbolPrint *symbols;       // by top-level symbol
    SymbolPrint *member_prints; // by read through an import (Module.member_refs); empty: inlined
    Str namespace_name;         // `x_exports`, when needs_namespace
    Str require_name;           // `require_x`, when wrapped
    Str init_name;              // `init_x`, when WRAP_ESM
    bool async_init;            // WRAP_ESM: awaits at the top level or imports a module that
                                //   does; init_x() is async and its callers await it
    uint8_t *record_action;     // RecordAction by import record
    Str *record_names;          // RECORD_REQUIRE/EXTERNAL: the `import_x` variable
    uint32_t *record_inits;     // by record, record_count + 1 offsets into inits: the lazily run
    ModuleId *inits;            //   modules an import statement must run first (its target and
                                //   those holding the bindings it imports, through re-exports)
    Str *export_names;          // needs_namespace: sorted exported names
    SymbolPrint *export_prints; // what each export reads
    uint32_t export_count;

    // By read through an import (Module.member_refs): the enum member it inlines (in the
    // exporting module's summary), or NULL.
    const EnumConst **member_consts;
    Str *closure_names; // --minify-identifiers, WRAP_CJS: the name of each top-level symbol
                        //   inside the closure (by symbol index), or NULL
} ModulePlan;

// One export of the bundle's entry (esm output): `export { print as name }`. A print that is a
// property read gets a variable of its own first (`var local = import_x.name;`).
typedef struct EntryExport {
    Str name;
    SymbolPrint print;
    Str local; // non-empty when print has a member
} EntryExport;

// The plan for one output file. Lives in: its own arena (MEM_LINK) until link_plan_deinit.
typedef struct LinkPlan {
    Mem *mem;
    Arena arena;
    const Graph *graph;
    ModuleId entry;
    EntryExport *entry_exports; // esm output of an ES module entry, sorted by name
    uint32_t entry_export_count;
    ModulePlan *modules; // by ModuleId
    ModuleId *order;     // live modules in output order
    uint32_t order_len;
    uint32_t helpers; // HELPER_* used
    Map taken;        // every top-level name of the bundle (value unused)
    Map props;        // --mangle-props: property name -> index into prop_names
    Str *prop_names;  // --mangle-props: the short name of each renamed property
    Str *slot_names;  // --minify-identifiers: the name of each nested slot (js/scope.h)
    uint32_t slot_count;
    Str cjs_params[2]; // --minify-identifiers: the names of `exports` and `module` in every
                       //   wrapped CommonJS module (its closure's parameters); empty: those
                       //   two names

    OutputFormat format;
    Platform platform;
} LinkPlan;

// Runs the stage for the bundle of one entry: errors (missing exports) go to diag. Sets the
// mem stage to link.
void link_run(const Graph *g, ModuleId entry, const Options *o, DiagSink *diag, LinkPlan *plan);
void link_plan_deinit(LinkPlan *plan);

// The index-th name of the minifier's sequence (e, t, n, …, $, ee, te, …), written into buf (at
// least 16 bytes), which the result points into. Some are reserved words: callers skip those.
Str link_mangled_name(uint64_t index, char *buf);

// --mangle-props: what property `name` prints as (itself when it is not renamed).
// Thread-safe once link has run.
Str link_prop_name(const LinkPlan *plan, Str name);

// True when `name` is a top-level name of the bundle (generate checks its nested renames).
bool link_name_taken(const LinkPlan *plan, Str name);

#endif
