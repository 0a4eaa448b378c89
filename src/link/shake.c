// shake: tree shaking and module order (see link.h).
//
// A part (top-level statement) is live when it has side effects, or declares a symbol that a
// live part references, or declares a symbol an entry exports. The modules a live part
// require()s or import()s run; those of a dropped part do not (nothing calls them). References to
// imports follow their binding (bind.c) into the module that declares the symbol, so liveness
// crosses modules at symbol granularity. A CommonJS module is kept whole: its exports object is
// dynamic.
//
// Output order is the ES module evaluation order: depth-first from the entries, a module after
// the modules it imports, in the order its import records appear.
#include "base/vec.h"
#include "link/link_int.h"

typedef struct PartRef {
    ModuleId module;
    uint32_t part;
} PartRef;

// Declaring parts per top-level symbol, as offsets into one array (built once per module).
typedef struct DeclIndex {
    uint32_t *start; // by top symbol, symbol_count + 1 entries
    uint32_t *parts;
} DeclIndex;

struct Shaker {
    Linker *lk;
    DeclIndex *decls;   // by module
    uint8_t *activated; // by module: its code runs in the bundle
    VEC(PartRef) work;  // live parts whose references are not followed yet
    U32Vec modules;     // activated modules not seeded yet
};

// A module whose code runs: the entry, what it imports (except side-effect-free modules, which
// run only when something they export is used), what it requires.
static void activate(Shaker *sh, ModuleId m) {
    if (sh->activated[m])
        return;
    sh->activated[m] = 1;
    vec_push(sh->lk->scratch, &sh->modules, m);
}

static void build_decl_index(Shaker *sh, ModuleId id) {
    const Module *m = linker_module(sh->lk, id);
    Arena *a = sh->lk->scratch;
    DeclIndex *d = &sh->decls[id];
    d->start = arena_alloc_zero(a, sizeof(uint32_t) * (m->symbol_count + 1));
    uint32_t total = 0;
    for (uint32_t p = 0; p < m->part_count; p++) {
        for (uint32_t i = 0; i < m->parts[p].decl_len; i++)
            d->start[m->part_syms[m->parts[p].decl_start + i] + 1]++;
        total += m->parts[p].decl_len;
    }
    for (uint32_t s = 0; s < m->symbol_count; s++)
        d->start[s + 1] += d->start[s];
    d->parts = arena_alloc(a, sizeof(uint32_t) * MAX(total, 1));
    uint32_t *fill = arena_memdup(a, d->start, sizeof(uint32_t) * (m->symbol_count + 1));
    for (uint32_t p = 0; p < m->part_count; p++) {
        for (uint32_t i = 0; i < m->parts[p].decl_len; i++)
            d->parts[fill[m->part_syms[m->parts[p].decl_start + i]]++] = p;
    }
}

static void mark_part(Shaker *sh, ModuleId m, uint32_t part) {
    activate(sh, m);
    uint8_t *live = &sh->lk->plan->modules[m].part_live[part];
    if (*live)
        return;
    *live = 1;
    vec_push(sh->lk->scratch, &sh->work, ((PartRef){ m, part }));
}

static void use_symbol(Shaker *sh, ModuleId m, uint32_t top) {
    const Module *mod = linker_module(sh->lk, m);
    const TopSymbol *s = &mod->symbols[top];
    if (s->kind == SYM_IMPORT && s->record != ID_NONE) {
        shake_use_target(sh->lk, bind_import(sh->lk, m, top));
        return;
    }
    const DeclIndex *d = &sh->decls[m];
    for (uint32_t i = d->start[top]; i < d->start[top + 1]; i++)
        mark_part(sh, m, d->parts[i]);
}

// Every export of m is used (entries, namespace objects, require() of an ES module).
static void use_all_exports(Linker *lk, ModuleId m) {
    NameVec names = { 0 };
    TargetVec targets = { 0 };
    bind_export_list(lk, m, &names, &targets);
    for (uint32_t i = 0; i < targets.len; i++)
        shake_use_target(lk, targets.items[i]);
}

static void use_namespace(Linker *lk, ModuleId m) {
    ModulePlan *mp = &lk->plan->modules[m];
    if (mp->wrap == WRAP_CJS || mp->needs_namespace)
        return;
    activate(lk->shaker, m);
    mp->needs_namespace = true;
    lk->plan->helpers |= HELPER_NAMESPACE;
    use_all_exports(lk, m);
}

void shake_use_target(Linker *lk, Target t) {
    if (t.kind == TARGET_LOCAL)
        use_symbol(lk->shaker, t.module, t.symbol);
    else if (t.kind == TARGET_NAMESPACE)
        use_namespace(lk, t.module);
    else if (t.kind == TARGET_IMPORTED)
        activate(lk->shaker, t.module); // its import statement holds the exports object
}

// require() and import() of a module in the bundle, in part `part` of module id (which has
// become live): a call in a statement the bundle drops loads nothing.
static void use_dynamic_records(Linker *lk, ModuleId id, uint32_t part) {
    const Module *m = linker_module(lk, id);
    for (uint32_t r = 0; r < m->record_count; r++) {
        const ImportRecord *rec = &m->records[r];
        if ((rec->kind != IMPORT_REQUIRE && rec->kind != IMPORT_DYNAMIC) || rec->part != part)
            continue;
        ModuleId t = bind_record_target(lk, id, r);
        if (t != ID_NONE)
            activate(lk->shaker, t);
        if (t == ID_NONE) {
            if ((rec->flags & IRF_EXTERNAL) && rec->kind == IMPORT_REQUIRE &&
                lk->plan->format == FORMAT_ESM && lk->plan->platform == PLATFORM_NODE)
                lk->plan->helpers |= HELPER_REQUIRE;
            continue;
        }
        if (lk->plan->modules[t].wrap == WRAP_CJS) {
            if (rec->kind == IMPORT_DYNAMIC)
                lk->plan->helpers |= HELPER_TO_ESM;
        } else {
            use_namespace(lk, t);
            if (rec->kind == IMPORT_REQUIRE)
                lk->plan->helpers |= HELPER_TO_COMMONJS;
        }
    }
}

// esm output for node has no `__filename`/`__dirname`; CommonJS code that reads them gets the
// bundle's.
static void need_dirname(Linker *lk, const Module *m, const ModulePlan *mp) {
    if (lk->plan->format != FORMAT_ESM || lk->plan->platform != PLATFORM_NODE)
        return;
    if ((m->flags & MODF_MODULE_GOAL) && mp->wrap != WRAP_CJS)
        return; // an ES module has none (generate_hide_cjs_globals)
    for (uint32_t g = 0; g < m->global_count; g++) {
        if (str_eq_cstr(m->globals[g], "__filename") || str_eq_cstr(m->globals[g], "__dirname"))
            lk->plan->helpers |= HELPER_DIRNAME;
    }
}

// esm output for node has no `require` either; CommonJS code that uses it other than as a call
// of a bundled module (`require.main`, `require.resolve`) gets one made by createRequire.
static void need_require(Linker *lk, const Module *m, const ModulePlan *mp) {
    if (lk->plan->format != FORMAT_ESM || lk->plan->platform != PLATFORM_NODE)
        return;
    if ((m->flags & MODF_MODULE_GOAL) && mp->wrap != WRAP_CJS)
        return; // an ES module has none (generate_hide_cjs_globals)
    if (summary_reads_require(m))
        lk->plan->helpers |= HELPER_REQUIRE;
}

// A CommonJS entry runs with node's own `module` where the output has one (cjs, and an iife
// for node, which node runs as CommonJS), so `require.main === module` holds there and a
// require() cycle back into the entry sees its module.exports. esm output for node gives an
// entry that reads `require` a module of its own, which becomes require.main when the bundle
// is the program node runs.
static void need_main_module(Linker *lk) {
    LinkPlan *plan = lk->plan;
    const Module *m = linker_module(lk, plan->entry);
    if (plan->modules[plan->entry].wrap != WRAP_CJS)
        return;
    if (plan->format == FORMAT_CJS ||
        (plan->format == FORMAT_IIFE && plan->platform == PLATFORM_NODE)) {
        plan->helpers |= HELPER_COMMONJS_MAIN;
    } else if (plan->format == FORMAT_ESM && plan->platform == PLATFORM_NODE &&
               summary_reads_require(m)) {
        plan->helpers |= HELPER_COMMONJS_MAIN | HELPER_MAIN_MODULE | HELPER_DIRNAME;
    }
}

// A browser script bundle's import.meta.url is the URL of the script that loaded it.
static void need_script_url(Linker *lk, const Module *m) {
    if ((m->flags & MODF_IMPORT_META) && lk->plan->format != FORMAT_ESM &&
        lk->plan->platform != PLATFORM_NODE)
        lk->plan->helpers |= HELPER_SCRIPT_URL;
}

static void seed_module(Shaker *sh, ModuleId id) {
    Linker *lk = sh->lk;
    const Module *m = linker_module(lk, id);
    ModulePlan *mp = &lk->plan->modules[id];
    need_dirname(lk, m, mp);
    need_require(lk, m, mp);
    need_script_url(lk, m);
    if ((m->flags & MODF_TOP_LEVEL_AWAIT) && lk->plan->format != FORMAT_ESM) {
        DiagFile file = { m->pretty_path, (Str){ 0 } };
        diag_report(lk->diag, DIAG_ERROR, &file, 0, 0,
                    "top-level await is not available in the \"%s\" output format",
                    lk->plan->format == FORMAT_CJS ? "cjs" : "iife");
    }
    if ((m->flags & MODF_WITH) && lk->plan->format == FORMAT_ESM) {
        DiagFile file = linker_frame(lk, m);
        diag_report(lk->diag, DIAG_ERROR, &file, m->with_offset, 4,
                    "a with statement cannot be bundled into the \"esm\" output format, whose "
                    "code is always strict (use --format=cjs or iife)");
    }
    if (mp->wrap == WRAP_ESM)
        lk->plan->helpers |= HELPER_ESM;
    if (mp->wrap == WRAP_CJS || (m->flags & MODF_EVAL)) {
        if (mp->wrap == WRAP_CJS)
            lk->plan->helpers |= HELPER_COMMONJS;
        for (uint32_t p = 0; p < m->part_count; p++)
            mark_part(sh, id, p);
    } else {
        for (uint32_t p = 0; p < m->part_count; p++) {
            if (m->parts[p].flags & PART_SIDE_EFFECTS)
                mark_part(sh, id, p);
        }
    }
    for (uint32_t r = 0; r < m->record_count; r++) {
        const ImportRecord *rec = &m->records[r];
        bool is_import = rec->kind == IMPORT_STATIC || rec->kind == IMPORT_REEXPORT;
        ModuleId t = bind_record_target(lk, id, r);
        // Importing a module runs it, unless its package says it has no side effects.
        if (is_import && t != ID_NONE &&
            (!(linker_module(lk, t)->flags & MODF_SIDE_EFFECT_FREE) ||
             lk->plan->modules[t].wrap == WRAP_CJS))
            activate(sh, t);
        if (mp->record_action[r] == RECORD_REQUIRE)
            lk->plan->helpers |= HELPER_TO_ESM;
        if (mp->record_action[r] == RECORD_EXTERNAL && lk->plan->format != FORMAT_ESM)
            lk->plan->helpers |= HELPER_TO_ESM;
    }
}

static void drain(Shaker *sh) {
    while (sh->work.len || sh->modules.len) {
        if (sh->modules.len) {
            seed_module(sh, sh->modules.items[--sh->modules.len]);
            continue;
        }
        PartRef pr = sh->work.items[--sh->work.len];
        const Module *m = linker_module(sh->lk, pr.module);
        const Part *part = &m->parts[pr.part];
        use_dynamic_records(sh->lk, pr.module, pr.part);
        for (uint32_t i = 0; i < part->ref_len; i++)
            use_symbol(sh, pr.module, m->part_syms[part->ref_start + i]);
        for (uint32_t i = 0; i < part->member_len; i++) {
            uint32_t ref = m->part_members[part->member_start + i];
            // An inlined enum member uses nothing: the enum may go if nothing else reads it.
            if (!bind_member_const(sh->lk, pr.module, ref))
                shake_use_target(sh->lk, bind_member(sh->lk, pr.module, ref));
        }
    }
}

// Post-order depth-first walk over import records from the entries.
static void order_modules(Linker *lk, const uint8_t *activated) {
    const Graph *g = lk->g;
    LinkPlan *plan = lk->plan;
    typedef struct Frame {
        ModuleId id;
        uint32_t next;
    } Frame;
    VEC(Frame) stack = { 0 };
    uint8_t *seen = arena_alloc_zero(lk->scratch, MAX(g->module_count, 1));
    plan->order = arena_alloc(&plan->arena, sizeof(ModuleId) * MAX(g->module_count, 1));
    {
        ModuleId root = plan->entry;
        seen[root] = 1;
        vec_push(lk->scratch, &stack, ((Frame){ root, 0 }));
        while (stack.len) {
            Frame *f = &stack.items[stack.len - 1];
            const Module *m = g->modules[f->id];
            if (f->next == m->record_count) {
                if (activated[f->id]) {
                    plan->order[plan->order_len++] = f->id;
                    plan->modules[f->id].live = true;
                }
                stack.len--;
                continue;
            }
            ModuleId t = bind_record_target(lk, f->id, f->next++);
            if (t != ID_NONE && !seen[t]) {
                seen[t] = 1;
                vec_push(lk->scratch, &stack, ((Frame){ t, 0 }));
            }
        }
    }
}

// cjs output hands the entry's exports to module.exports, iife output to --global-name; a
// script that exports nothing, or an iife without a name, needs no namespace object.
static bool hands_out_namespace(Linker *lk, ModuleId entry) {
    if (lk->plan->format == FORMAT_IIFE)
        return lk->o->global_name.len > 0;
    NameVec names = { 0 };
    TargetVec targets = { 0 };
    bind_export_list(lk, entry, &names, &targets);
    return names.len > 0;
}

void shake_run(Linker *lk) {
    const Graph *g = lk->g;
    Shaker sh = { .lk = lk };
    sh.decls = arena_alloc_zero(lk->scratch, sizeof(DeclIndex) * MAX(g->module_count, 1));
    for (ModuleId id = 0; id < g->module_count; id++)
        build_decl_index(&sh, id);
    sh.activated = arena_alloc_zero(lk->scratch, MAX(g->module_count, 1));
    lk->shaker = &sh;
    ModuleId entry = lk->plan->entry;
    activate(&sh, entry);
    if (lk->plan->modules[entry].wrap != WRAP_CJS) {
        if (lk->plan->format == FORMAT_ESM)
            use_all_exports(lk, entry);
        else if (hands_out_namespace(lk, entry)) {
            use_namespace(lk, entry);
            lk->plan->helpers |= HELPER_TO_COMMONJS;
        }
    }
    drain(&sh);
    need_main_module(lk);
    order_modules(lk, sh.activated);
    lk->shaker = NULL;
}
