// bind: imports bound to exports across modules, `export *`, and the ES module / CommonJS
// decisions (see link.h).
//
// An import names an export of another module; the export may be a local binding, forward an
// import of its own, re-export a name of a third module, or come through `export *`. bind_export
// follows such chains to their end: a top-level symbol of an ES module, a namespace object, or a
// property of a CommonJS or external module's exports object (which only exists at run time,
// so its names are not checked). Star exports follow the specification: a name found through
// two stars that lead to different bindings is ambiguous and not exported, and `default` never
// comes through a star.
#include <stdlib.h>
#include <string.h>

#include "link/link_int.h"

enum { MAX_EXPORT_CHAIN = 512 }; // re-exports followed before calling it a cycle

static Target missing(void) {
    return (Target){ .kind = TARGET_MISSING };
}

ModuleId bind_record_target(const Linker *lk, ModuleId m, uint32_t record) {
    const ImportRecord *r = &linker_module(lk, m)->records[record];
    return r->flags & (IRF_EXTERNAL | IRF_DISABLED) ? ID_NONE : r->target;
}

static bool is_wrapped(const Linker *lk, ModuleId m) {
    return lk->plan->modules[m].wrap == WRAP_CJS;
}

// `import { name } from` a record whose module only has exports at run time.
static Target imported(ModuleId m, uint32_t record, Str name) {
    return (Target){ .kind = TARGET_IMPORTED, .module = m, .record = record, .name = name };
}

static bool same_target(Target a, Target b) {
    if (a.kind != b.kind || a.module != b.module)
        return false;
    if (a.kind == TARGET_LOCAL)
        return a.symbol == b.symbol;
    if (a.kind == TARGET_IMPORTED)
        return a.record == b.record && str_eq(a.name, b.name);
    return true;
}

static Target export_of(Linker *lk, ModuleId m, Str name, uint32_t depth);

// Follows record `record` of module m to `name` in the module it imports.
static Target through_record(Linker *lk, ModuleId m, uint32_t record, Str name, uint32_t depth) {
    const ImportRecord *r = &linker_module(lk, m)->records[record];
    if (r->flags & IRF_DISABLED || r->target == ID_NONE) {
        if (r->flags & IRF_EXTERNAL)
            return imported(m, record, name);
        return missing(); // disabled or unresolved (already reported)
    }
    if (is_wrapped(lk, r->target))
        return imported(m, record, name);
    if (str_eq_cstr(name, "*"))
        return (Target){ .kind = TARGET_NAMESPACE, .module = r->target };
    return export_of(lk, r->target, name, depth + 1);
}

static Target local_export(Linker *lk, ModuleId m, const ExportEntry *e, uint32_t depth) {
    const Module *mod = linker_module(lk, m);
    if (e->local == ID_NONE)
        return through_record(lk, m, e->record, e->imported, depth);
    const TopSymbol *s = &mod->symbols[e->local];
    if (s->kind == SYM_IMPORT && s->record != ID_NONE)
        return through_record(lk, m, s->record, s->imported, depth);
    return (Target){ .kind = TARGET_LOCAL, .module = m, .symbol = e->local };
}

// `name` through the `export *` records of m: one binding, or none when ambiguous.
static Target star_export(Linker *lk, ModuleId m, Str name, uint32_t depth) {
    const Module *mod = linker_module(lk, m);
    Target found = missing();
    for (uint32_t i = 0; i < mod->star_count; i++) {
        const ImportRecord *r = &mod->records[mod->star_records[i]];
        if (r->target == ID_NONE || (r->flags & (IRF_EXTERNAL | IRF_DISABLED)))
            continue;
        if (is_wrapped(lk, r->target))
            continue; // a CommonJS module's names are unknown until run time
        Target t = export_of(lk, r->target, name, depth + 1);
        if (t.kind == TARGET_MISSING || t.kind == TARGET_CYCLE)
            continue; // a star that comes back round finds nothing new there
        if (found.kind != TARGET_MISSING && !same_target(found, t))
            return missing(); // ambiguous (§16.2.1.6.3 ResolveExport)
        found = t;
    }
    return found;
}

// Whether (m, name) is being resolved further up this chain: the specification's resolveSet
// (§16.2.1.6.3), which ends circular re-exports.
static bool resolving(const Linker *lk, ModuleId m, Str name) {
    for (uint32_t i = 0; i < lk->resolving.len; i++) {
        if (lk->resolving.items[i].module == m && str_eq(lk->resolving.items[i].name, name))
            return true;
    }
    return false;
}

// `export * from` a CommonJS or external module: its names exist only at run time, so a name
// no ES module provides is read from the first such module's exports object.
static Target dynamic_star_export(Linker *lk, ModuleId m, Str name) {
    const Module *mod = linker_module(lk, m);
    for (uint32_t i = 0; i < mod->star_count; i++) {
        uint32_t record = mod->star_records[i];
        const ImportRecord *r = &mod->records[record];
        bool dynamic =
                (r->flags & IRF_EXTERNAL) ||
                (r->target != ID_NONE && !(r->flags & IRF_DISABLED) && is_wrapped(lk, r->target));
        if (dynamic)
            return imported(m, record, name);
    }
    return missing();
}

static Target export_in(Linker *lk, ModuleId m, Str name, uint32_t depth) {
    const Module *mod = linker_module(lk, m);
    for (uint32_t i = 0; i < mod->export_count; i++) {
        if (str_eq(mod->exports[i].name, name))
            return local_export(lk, m, &mod->exports[i], depth);
    }
    if (str_eq_cstr(name, "default"))
        return missing();
    Target t = star_export(lk, m, name, depth);
    return t.kind == TARGET_MISSING ? dynamic_star_export(lk, m, name) : t;
}

static Target export_of(Linker *lk, ModuleId m, Str name, uint32_t depth) {
    if (depth > MAX_EXPORT_CHAIN || resolving(lk, m, name))
        return (Target){ .kind = TARGET_CYCLE };
    if (is_wrapped(lk, m))
        return missing(); // callers handle CommonJS before asking
    vec_push(lk->scratch, &lk->resolving, ((ResolveStep){ m, name }));
    Target t = export_in(lk, m, name, depth);
    lk->resolving.len--;
    return t;
}

Target bind_export(Linker *lk, ModuleId m, Str name) {
    if (str_eq_cstr(name, "*"))
        return (Target){ .kind = TARGET_NAMESPACE, .module = m };
    return export_of(lk, m, name, 0);
}

Target bind_import(Linker *lk, ModuleId m, uint32_t top) {
    Target *memo = &lk->import_targets[m][top];
    uint8_t *state = &lk->import_state[m][top];
    if (*state == 2)
        return *memo;
    const TopSymbol *s = &linker_module(lk, m)->symbols[top];
    Target t = through_record(lk, m, s->record, s->imported, 0);
    *memo = t;
    *state = 2;
    return t;
}

// ---------------------------------------------------------------------------------------------
// Export lists (namespace objects and the entry's exports)

static int compare_names(const void *a, const void *b) {
    return str_cmp(*(const Str *)a, *(const Str *)b);
}

// Collects the names m exports into `names` (unsorted, possibly repeated), following stars.
static void collect_names(Linker *lk, ModuleId m, NameVec *names, uint8_t *visiting) {
    if (visiting[m] || is_wrapped(lk, m))
        return;
    visiting[m] = 1;
    const Module *mod = linker_module(lk, m);
    for (uint32_t i = 0; i < mod->export_count; i++)
        vec_push_heap(lk->g->mem, MEM_LINK, names, mod->exports[i].name);
    for (uint32_t i = 0; i < mod->star_count; i++) {
        const ImportRecord *r = &mod->records[mod->star_records[i]];
        if (r->target == ID_NONE || (r->flags & (IRF_EXTERNAL | IRF_DISABLED)))
            continue;
        uint32_t before = names->len;
        collect_names(lk, r->target, names, visiting);
        // `default` never comes through a star: drop what the starred module added.
        uint32_t keep = before;
        for (uint32_t j = before; j < names->len; j++) {
            if (!str_eq_cstr(names->items[j], "default"))
                names->items[keep++] = names->items[j];
        }
        names->len = keep;
    }
    visiting[m] = 0;
}

void bind_export_list(Linker *lk, ModuleId m, NameVec *names, TargetVec *targets) {
    NameVec all = lk->export_names;
    vec_clear(&all);
    collect_names(lk, m, &all, lk->visiting_exports);
    lk->export_names = all; // keeps what it grew to for the next call
    if (all.len)
        qsort(all.items, all.len, sizeof(Str), compare_names);
    for (uint32_t i = 0; i < all.len; i++) {
        if (i > 0 && str_eq(all.items[i], all.items[i - 1]))
            continue;
        Target t = bind_export(lk, m, all.items[i]);
        if (t.kind == TARGET_MISSING || t.kind == TARGET_CYCLE)
            continue; // ambiguous names are not exported
        vec_push(lk->scratch, names, all.items[i]);
        vec_push(lk->scratch, targets, t);
    }
}

// ---------------------------------------------------------------------------------------------
// ES modules and CommonJS

// A module is wrapped as CommonJS when it uses `module`/`exports`, or when it has no ES module
// syntax and something require()s it (its code must run at that call, not before).
static bool needs_cjs_wrap(const Linker *lk, ModuleId id, const uint8_t *required) {
    const Module *m = linker_module(lk, id);
    if (m->flags & MODF_JSON)
        return false;
    if (m->flags & MODF_CJS)
        return true;
    return !(m->flags & MODF_ESM) && required[id];
}

static bool can_run_lazily(const Linker *lk, ModuleId id) {
    const Module *m = linker_module(lk, id);
    return lk->plan->modules[id].wrap == WRAP_NONE && id != lk->plan->entry &&
           !(m->flags & (MODF_JSON | MODF_TEXT | MODF_FAILED));
}

// ES modules that a require() or import() reaches run when that call runs, as in node: they
// and every ES module they import (which must not run earlier either) are wrapped.
static void wrap_lazy_modules(Linker *lk) {
    const Graph *g = lk->g;
    U32Vec work = { 0 };
    for (ModuleId id = 0; id < g->module_count; id++) {
        const Module *m = g->modules[id];
        for (uint32_t r = 0; r < m->record_count; r++) {
            const ImportRecord *rec = &m->records[r];
            bool dynamic = rec->kind == IMPORT_REQUIRE || rec->kind == IMPORT_DYNAMIC;
            ModuleId t = bind_record_target(lk, id, r);
            if (dynamic && t != ID_NONE && can_run_lazily(lk, t)) {
                lk->plan->modules[t].wrap = WRAP_ESM;
                vec_push(lk->scratch, &work, t);
            }
        }
    }
    while (work.len) {
        ModuleId id = work.items[--work.len];
        const Module *m = g->modules[id];
        for (uint32_t r = 0; r < m->record_count; r++) {
            const ImportRecord *rec = &m->records[r];
            bool is_static = rec->kind == IMPORT_STATIC || rec->kind == IMPORT_REEXPORT;
            ModuleId t = bind_record_target(lk, id, r);
            if (is_static && t != ID_NONE && can_run_lazily(lk, t)) {
                lk->plan->modules[t].wrap = WRAP_ESM;
                vec_push(lk->scratch, &work, t);
            }
        }
    }
}

void bind_interop(Linker *lk) {
    const Graph *g = lk->g;
    uint8_t *required = arena_alloc_zero(lk->scratch, MAX(g->module_count, 1));
    for (ModuleId id = 0; id < g->module_count; id++) {
        const Module *m = g->modules[id];
        for (uint32_t r = 0; r < m->record_count; r++) {
            const ImportRecord *rec = &m->records[r];
            if (rec->kind == IMPORT_REQUIRE && rec->target != ID_NONE)
                required[rec->target] = 1;
        }
    }
    for (ModuleId id = 0; id < g->module_count; id++) {
        if (needs_cjs_wrap(lk, id, required))
            lk->plan->modules[id].wrap = WRAP_CJS;
    }
    wrap_lazy_modules(lk);
    for (ModuleId id = 0; id < g->module_count; id++) {
        const Module *m = g->modules[id];
        ModulePlan *mp = &lk->plan->modules[id];
        for (uint32_t r = 0; r < m->record_count; r++) {
            const ImportRecord *rec = &m->records[r];
            if (rec->kind != IMPORT_STATIC && rec->kind != IMPORT_REEXPORT)
                continue;
            if (mp->wrap == WRAP_CJS)
                continue; // a wrapped module's imports become require() calls in place
            if (rec->flags & IRF_EXTERNAL)
                mp->record_action[r] = RECORD_EXTERNAL;
            else if (rec->target != ID_NONE && is_wrapped(lk, rec->target))
                mp->record_action[r] = RECORD_REQUIRE;
            else if (rec->target != ID_NONE && !(rec->flags & IRF_DISABLED) &&
                     lk->plan->modules[rec->target].wrap == WRAP_ESM)
                mp->record_action[r] = RECORD_INIT;
        }
    }
}

Target bind_member(Linker *lk, ModuleId m, uint32_t member_ref) {
    const MemberRef *ref = &linker_module(lk, m)->member_refs[member_ref];
    Target ns = bind_import(lk, m, ref->symbol);
    if (!ref->name.len)
        return ns; // `x.prop`: the property of what x is bound to
    if (ns.kind == TARGET_NAMESPACE) {
        Target t = bind_export(lk, ns.module, ref->name);
        return t.kind == TARGET_CYCLE ? missing() : t; // `ns.x` of a missing x is undefined
    }
    if (ns.kind == TARGET_IMPORTED && str_eq_cstr(ns.name, "*"))
        return imported(ns.module, ns.record, ref->name);
    return missing();
}

const EnumConst *bind_member_const(Linker *lk, ModuleId m, uint32_t member_ref) {
    const MemberRef *ref = &linker_module(lk, m)->member_refs[member_ref];
    if (!ref->prop_len || lk->plan->modules[m].wrap == WRAP_CJS)
        return NULL; // a wrapped module's imports are require() calls, printed as written
    Target t = bind_member(lk, m, member_ref);
    if (t.kind != TARGET_LOCAL)
        return NULL;
    return summary_find_enum_const(linker_module(lk, t.module), t.symbol, summary_ref_prop(ref));
}
