// tla: top-level await in a bundle (see link.h).
//
// In a bundle the modules run one after another in one scope, so a module that awaits at the
// top level simply delays those after it. A lazily run module (WRAP_ESM, reached by import())
// that awaits gets an async init: `var init_x = __esm(async () => { … })`, and so does every
// lazily run module that imports it; whoever runs it awaits init_x() (`await init_x();` at the
// import's place, `import()` resolving after it), so the code that called import() goes on
// first, as in node. That keeps the program's behaviour except where the specification gives
// waiting modules a different order: a cycle of imports through a module that awaits, and
// require() of such a module (node rejects it too). Both are errors that name the modules
// involved.
#include "link/link_int.h"

static bool is_static(const ImportRecord *r) {
    return r->kind == IMPORT_STATIC || r->kind == IMPORT_REEXPORT;
}

// Reports each require() of a module that awaits (or waits for one that does).
static void check_requires(Linker *lk, ModuleId id) {
    const Module *m = linker_module(lk, id);
    for (uint32_t r = 0; r < m->record_count; r++) {
        const ImportRecord *rec = &m->records[r];
        ModuleId t = bind_record_target(lk, id, r);
        if (rec->kind != IMPORT_REQUIRE || t == ID_NONE)
            continue;
        const Module *target = linker_module(lk, t);
        if (!(target->flags & MODF_TOP_LEVEL_AWAIT) && !lk->plan->modules[t].async_init)
            continue;
        DiagFile file = linker_frame(lk, m);
        diag_report(lk->diag, DIAG_ERROR, &file, rec->offset, rec->len,
                    "cannot require() \"%.*s\": it uses top-level await",
                    (int)target->pretty_path.len, target->pretty_path.ptr);
    }
}

// Depth-first search from `start` along static imports for a way back to it; on success the
// path (start … the module importing start) is in `path`.
// *first is the record of `start` the cycle leaves by.
static bool find_cycle(Linker *lk, ModuleId start, U32Vec *path, uint8_t *seen, uint32_t *first) {
    typedef struct Frame {
        ModuleId id;
        uint32_t next;
    } Frame;
    VEC(Frame) stack = { 0 };
    vec_push(lk->scratch, &stack, ((Frame){ start, 0 }));
    seen[start] = 1;
    while (stack.len) {
        Frame *f = &stack.items[stack.len - 1];
        const Module *m = linker_module(lk, f->id);
        if (f->next == m->record_count) {
            stack.len--;
            continue;
        }
        uint32_t r = f->next++;
        ModuleId t = bind_record_target(lk, f->id, r);
        if (t == ID_NONE || !is_static(&m->records[r]) || !lk->plan->modules[t].live)
            continue;
        if (t == start) {
            *first = stack.items[0].next - 1;
            for (uint32_t i = 0; i < stack.len; i++)
                vec_push(lk->scratch, path, stack.items[i].id);
            return true;
        }
        if (!seen[t]) {
            seen[t] = 1;
            vec_push(lk->scratch, &stack, ((Frame){ t, 0 }));
        }
    }
    return false;
}

static void check_cycle(Linker *lk, ModuleId id) {
    uint8_t *seen = arena_alloc_zero(lk->scratch, MAX(lk->g->module_count, 1));
    U32Vec path = { 0 };
    uint32_t first;
    if (!find_cycle(lk, id, &path, seen, &first))
        return;
    StrBuf chain;
    strbuf_init(&chain, lk->plan->mem, MEM_LINK);
    for (uint32_t i = 0; i < path.len; i++) {
        strbuf_append(&chain, linker_module(lk, path.items[i])->pretty_path);
        strbuf_append_cstr(&chain, " -> ");
    }
    strbuf_append(&chain, linker_module(lk, id)->pretty_path);
    const Module *m = linker_module(lk, id);
    DiagFile file = linker_frame(lk, m);
    diag_report(lk->diag, DIAG_ERROR, &file, m->records[first].offset, m->records[first].len,
                "top-level await in a cycle of imports is not supported: %s", chain.data);
    strbuf_deinit(&chain);
}

// Whether lazily run module id imports one whose init is async.
static bool imports_async(Linker *lk, ModuleId id) {
    const Module *m = linker_module(lk, id);
    for (uint32_t r = 0; r < m->record_count; r++) {
        ModuleId t = bind_record_target(lk, id, r);
        if (t != ID_NONE && is_static(&m->records[r]) && lk->plan->modules[t].async_init)
            return true;
    }
    return false;
}

// Marks the lazily run modules whose init is async, until nothing changes.
static void mark_async_inits(Linker *lk) {
    LinkPlan *plan = lk->plan;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModulePlan *mp = &plan->modules[plan->order[i]];
        if (mp->wrap == WRAP_ESM &&
            (linker_module(lk, plan->order[i])->flags & MODF_TOP_LEVEL_AWAIT))
            mp->async_init = true;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = 0; i < plan->order_len; i++) {
            ModulePlan *mp = &plan->modules[plan->order[i]];
            if (mp->wrap == WRAP_ESM && !mp->async_init && imports_async(lk, plan->order[i])) {
                mp->async_init = true;
                changed = true;
            }
        }
    }
}

void tla_check(Linker *lk) {
    const LinkPlan *plan = lk->plan;
    if (plan->format == FORMAT_ESM)
        mark_async_inits(lk);
    for (uint32_t i = 0; i < plan->order_len; i++)
        check_requires(lk, plan->order[i]);
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModuleId id = plan->order[i];
        const Module *m = linker_module(lk, id);
        if (!(m->flags & MODF_TOP_LEVEL_AWAIT))
            continue;
        check_cycle(lk, id);
    }
}
