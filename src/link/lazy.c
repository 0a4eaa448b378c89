// lazy: which lazily run ES modules (WRAP_ESM) an import statement initializes (see link.h).
//
// An import statement of a module that runs lazily calls its init_x() where the statement
// stands. Bindings resolved through re-exports skip the modules in between (a barrel that is
// never run), so the statement also initializes every lazily run module that holds a binding it
// imports, or that a namespace read through it reaches. Calls are idempotent (__esm), so the
// list only needs to be complete, not minimal.
#include "link/link_int.h"

typedef VEC(ModuleId) ModuleIdVec;

static void add_init(const Linker *lk, ModuleIdVec *list, Arena *a, ModuleId m) {
    const ModulePlan *mp = &lk->plan->modules[m];
    if (m == ID_NONE || mp->wrap != WRAP_ESM || !mp->live)
        return;
    for (uint32_t i = 0; i < list->len; i++) {
        if (list->items[i] == m)
            return;
    }
    vec_push(a, list, m);
}

static void add_target(const Linker *lk, ModuleIdVec *list, Arena *a, Target t) {
    if (t.kind == TARGET_LOCAL || t.kind == TARGET_NAMESPACE)
        add_init(lk, list, a, t.module);
}

// The lazily run modules record r of module id needs, into list.
static void inits_of_record(Linker *lk, ModuleId id, uint32_t r, ModuleIdVec *list) {
    const Module *m = linker_module(lk, id);
    Arena *a = lk->scratch;
    add_init(lk, list, a, bind_record_target(lk, id, r));
    for (uint32_t s = 0; s < m->symbol_count; s++) {
        if (m->symbols[s].kind == SYM_IMPORT && m->symbols[s].record == r)
            add_target(lk, list, a, bind_import(lk, id, s));
    }
    for (uint32_t i = 0; i < m->member_ref_count; i++) {
        if (m->symbols[m->member_refs[i].symbol].record == r)
            add_target(lk, list, a, bind_member(lk, id, i));
    }
    for (uint32_t e = 0; e < m->export_count; e++) {
        if (m->exports[e].record == r && m->exports[e].local == ID_NONE)
            add_target(lk, list, a, bind_export(lk, id, m->exports[e].name));
    }
}

static void plan_module(Linker *lk, ModuleId id) {
    const Module *m = linker_module(lk, id);
    ModulePlan *mp = &lk->plan->modules[id];
    Arena *a = &lk->plan->arena;
    mp->record_inits = arena_alloc_zero(a, sizeof(uint32_t) * (m->record_count + 1));
    ModuleIdVec all = { 0 };
    for (uint32_t r = 0; r < m->record_count; r++) {
        mp->record_inits[r] = all.len;
        const ImportRecord *rec = &m->records[r];
        if (mp->wrap != WRAP_CJS && (rec->kind == IMPORT_STATIC || rec->kind == IMPORT_REEXPORT)) {
            ModuleIdVec list = { 0 };
            inits_of_record(lk, id, r, &list);
            for (uint32_t i = 0; i < list.len; i++)
                vec_push(lk->scratch, &all, list.items[i]);
        }
    }
    mp->record_inits[m->record_count] = all.len;
    mp->inits = all.len ? arena_memdup(a, all.items, sizeof(ModuleId) * all.len) : NULL;
}

void lazy_plan_inits(Linker *lk) {
    for (uint32_t i = 0; i < lk->plan->order_len; i++)
        plan_module(lk, lk->plan->order[i]);
}
