// link_int: what the files of the link stage share (see link.h). Not for other layers.
#ifndef BALE_LINK_LINK_INT_H
#define BALE_LINK_LINK_INT_H

#include "base/vec.h"
#include "link/link.h"

// Where a name imported from a module ends up.
typedef enum TargetKind {
    TARGET_MISSING,   // no such export
    TARGET_CYCLE,     // re-exports that go round in a circle
    TARGET_LOCAL,     // top-level symbol `symbol` of ES module `module`
    TARGET_NAMESPACE, // the namespace object of ES module `module`
    TARGET_IMPORTED,  // property `name` (or the whole object when name is "*") of the variable
                      // that holds import record `record` of `module` (a CommonJS or external
                      // module's exports)
} TargetKind;

typedef struct Target {
    uint8_t kind; // TargetKind
    ModuleId module;
    uint32_t symbol; // TARGET_LOCAL
    uint32_t record; // TARGET_IMPORTED
    Str name;        // TARGET_IMPORTED
} Target;

typedef VEC(Str) NameVec;
typedef VEC(Target) TargetVec;

typedef struct Shaker Shaker; // shake.c's state while it runs

// One step of an export lookup in progress (bind.c).
typedef struct ResolveStep {
    ModuleId module;
    Str name;
} ResolveStep;

// The linker's working state.
typedef struct Linker {
    LinkPlan *plan;
    const Graph *g;
    const Options *o;
    DiagSink *diag;
    Arena *scratch;          // temporaries of the stage, freed when link_run returns
    Target **import_targets; // by module, by top symbol (imports only), memoised
    uint8_t **import_state;  // 2 once import_targets holds the answer
    Shaker *shaker;
    VEC(ResolveStep) resolving; // the export lookups in progress, outermost first
    // bind_export_list's working space, reused by every call (a namespace per module adds up):
    NameVec export_names;      // the names collected, on the heap
    uint8_t *visiting_exports; // by module, all zero between calls
} Linker;

static inline const Module *linker_module(const Linker *lk, ModuleId id) {
    return lk->g->modules[id];
}

// link.c
// The module's path and source text (read again) for a diagnostic's code frame.
DiagFile linker_frame(Linker *lk, const Module *m);

// bind.c
// The module an import record leads to, when it leads to a module in the bundle.
ModuleId bind_record_target(const Linker *lk, ModuleId m, uint32_t record);
// What `import { name } from <module>` finds (name "*" is the namespace).
Target bind_export(Linker *lk, ModuleId m, Str name);
// What the import symbol `top` of module m is bound to.
Target bind_import(Linker *lk, ModuleId m, uint32_t top);
// What `ns.name` (member_ref of module m) reads: the export itself, or a property of an
// imported exports object; TARGET_MISSING reads undefined. For `ns.name.prop` the same, and for
// `x.prop` what x is bound to: the property is read from that.
Target bind_member(Linker *lk, ModuleId m, uint32_t member_ref);
// The constant a property read (`x.prop`, `ns.name.prop`) of module m inlines: a member of an
// exported enum. NULL when the read stays a read.
const EnumConst *bind_member_const(Linker *lk, ModuleId m, uint32_t member_ref);
// Every name ES module m exports (its own and through `export *`), sorted, with its target.
void bind_export_list(Linker *lk, ModuleId m, NameVec *names, TargetVec *targets);
// Sets up the wrap kind and record actions of every module (ESM or CommonJS, externals).
void bind_interop(Linker *lk);

// shake.c
// Marks live parts and modules from the entries and computes the output order.
void shake_run(Linker *lk);
// Marks what a target needs (its declaring parts, a namespace object).
void shake_use_target(Linker *lk, Target t);

// tla.c
// Reports top-level await the bundle cannot keep: in an import cycle, or behind require().
void tla_check(Linker *lk);

// lazy.c
// For every import statement, the lazily run ES modules it must initialize (record_inits).
void lazy_plan_inits(Linker *lk);

// rename.c
// Chooses every top-level name of the bundle and fills the plan's SymbolPrints.
void rename_run(Linker *lk);
// The SymbolPrint of a target, once names are chosen.
SymbolPrint rename_print(const Linker *lk, Target t);

// mangle.c
// --minify-identifiers: replaces rename.c's names by short ones, most used first, and names
// the nested slots.
void mangle_run(Linker *lk);
// mangle_props.c: --mangle-props: fills plan->props and plan->prop_names.
void mangle_props_run(Linker *lk);

#endif
