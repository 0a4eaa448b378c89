// link: the stage and the plan's memory (see link.h).
#include "link/link.h"

#include "base/fs.h"
#include "link/link_int.h"

static void plan_init(LinkPlan *plan, const Graph *g, ModuleId entry, const Options *o) {
    *plan = (LinkPlan){
        .mem = g->mem, .graph = g, .entry = entry, .format = o->format, .platform = o->platform
    };
    arena_init(&plan->arena, g->mem, MEM_LINK, 0);
    map_init(&plan->taken, g->mem, MEM_LINK);
    map_init(&plan->props, g->mem, MEM_LINK);
    Arena *a = &plan->arena;
    plan->modules = arena_alloc_zero(a, sizeof(ModulePlan) * MAX(g->module_count, 1));
    for (ModuleId id = 0; id < g->module_count; id++) {
        const Module *m = g->modules[id];
        ModulePlan *mp = &plan->modules[id];
        mp->part_live = arena_alloc_zero(a, MAX(m->part_count, 1));
        mp->symbols = arena_alloc_zero(a, sizeof(SymbolPrint) * MAX(m->symbol_count, 1));
        mp->member_prints = arena_alloc_zero(a, sizeof(SymbolPrint) * MAX(m->member_ref_count, 1));
        if (m->member_ref_count) // read only for refs, so modules without any need no array
            mp->member_consts = arena_alloc_zero(a, sizeof(EnumConst *) * m->member_ref_count);
        mp->record_action = arena_alloc_zero(a, MAX(m->record_count, 1));
        mp->record_names = arena_alloc_zero(a, sizeof(Str) * MAX(m->record_count, 1));
    }
}

static void linker_init(Linker *lk, LinkPlan *plan, const Options *o, DiagSink *diag,
                        Arena *scratch) {
    const Graph *g = plan->graph;
    *lk = (Linker){ .plan = plan, .g = g, .o = o, .diag = diag, .scratch = scratch };
    lk->import_targets = arena_alloc(scratch, sizeof(Target *) * MAX(g->module_count, 1));
    lk->import_state = arena_alloc(scratch, sizeof(uint8_t *) * MAX(g->module_count, 1));
    lk->visiting_exports = arena_alloc_zero(scratch, MAX(g->module_count, 1));
    for (ModuleId id = 0; id < g->module_count; id++) {
        uint32_t n = MAX(g->modules[id]->symbol_count, 1);
        lk->import_targets[id] = arena_alloc(scratch, sizeof(Target) * n);
        lk->import_state[id] = arena_alloc_zero(scratch, n);
    }
}

// Summaries keep no source text; link's rare error paths read it again for the code frame.
DiagFile linker_frame(Linker *lk, const Module *m) {
    DiagFile file = { m->pretty_path, (Str){ 0 } };
    const char *path = arena_strndup(lk->scratch, m->path.ptr, m->path.len);
    int err;
    if (!fs_read_file(lk->scratch, path, &file.text, &err))
        file.text = (Str){ 0 };
    return file;
}

// `import { x } from './y'` where y has no export x (or a cycle of re-exports).
static void report_bad_imports(Linker *lk, ModuleId id) {
    const Module *m = linker_module(lk, id);
    if (lk->plan->modules[id].wrap == WRAP_CJS)
        return;
    for (uint32_t s = 0; s < m->symbol_count; s++) {
        const TopSymbol *t = &m->symbols[s];
        if (t->kind != SYM_IMPORT || t->record == ID_NONE)
            continue;
        const ImportRecord *r = &m->records[t->record];
        if (r->target == ID_NONE || (r->flags & (IRF_EXTERNAL | IRF_DISABLED)))
            continue;
        Target target = bind_import(lk, id, s);
        if (target.kind != TARGET_MISSING && target.kind != TARGET_CYCLE)
            continue;
        const Module *from = linker_module(lk, r->target);
        DiagFile file = linker_frame(lk, m);
        if (target.kind == TARGET_CYCLE)
            diag_report(lk->diag, DIAG_ERROR, &file, r->offset, r->len,
                        "Detected cycle while resolving import \"%.*s\" from \"%.*s\"",
                        (int)t->imported.len, t->imported.ptr, (int)from->pretty_path.len,
                        from->pretty_path.ptr);
        else
            diag_report(lk->diag, DIAG_ERROR, &file, r->offset, r->len,
                        "No matching export in \"%.*s\" for import \"%.*s\"",
                        (int)from->pretty_path.len, from->pretty_path.ptr, (int)t->imported.len,
                        t->imported.ptr);
    }
}

void link_run(const Graph *g, ModuleId entry, const Options *o, DiagSink *diag, LinkPlan *plan) {
    mem_set_stage(g->mem, MEM_STAGE_LINK);
    plan_init(plan, g, entry, o);
    Arena scratch;
    arena_init(&scratch, g->mem, MEM_LINK, 0);
    Linker lk;
    linker_init(&lk, plan, o, diag, &scratch);
    bind_interop(&lk);
    shake_run(&lk);
    for (uint32_t i = 0; i < plan->order_len; i++)
        report_bad_imports(&lk, plan->order[i]);
    tla_check(&lk);
    lazy_plan_inits(&lk);
    if (o->mangle_props.len)
        mangle_props_run(&lk); // before rename: a CommonJS import reads a renamed property
    rename_run(&lk);
    if (o->minify_identifiers)
        mangle_run(&lk);
    vec_free_heap(g->mem, &lk.export_names);
    arena_deinit(&scratch);
}

void link_plan_deinit(LinkPlan *plan) {
    map_deinit(&plan->taken);
    map_deinit(&plan->props);
    arena_deinit(&plan->arena);
    *plan = (LinkPlan){ 0 };
}

bool link_name_taken(const LinkPlan *plan, Str name) {
    uint64_t unused;
    return map_get_str(&plan->taken, name, &unused);
}
