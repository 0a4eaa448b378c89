// mangle: short names for --minify-identifiers, shortest to the most used (see link.h).
//
// rename.c has already given every top-level binding of the bundle a distinct name, so a name
// stands for one binding: mangling maps each of those names to a short one and rewrites every
// name in the plan through that map. Nested scopes are named by slot (js/scope.h): slot i of
// every module prints as the same name, so sibling functions reuse the shortest names. Slots and
// top-level names are drawn from one sequence, in order of use counts summed over the bundle,
// so a nested name never equals a top-level one and can never capture it.
//
// Names never given out: reserved words and the bundle's fixed names (rename.c's list, in the
// plan's `taken`), every global a module reads, and whatever a module with a direct eval() or a
// `with` declares (those modules keep their names, since code may look them up at run time).
#include <stdlib.h>
#include <string.h>

#include "base/str.h"
#include "link/link_int.h"

// What a candidate names.
typedef enum CandidateKind {
    CAND_SLOT,    // a nested slot of every module
    CAND_NAME,    // a top-level name from rename.c
    CAND_PARAM,   // `exports` or `module` of the wrapped CommonJS modules
    CAND_CLOSURE, // a closure slot: rank i of the top level of every wrapped CommonJS module
} CandidateKind;

// One thing to name.
typedef struct Candidate {
    uint64_t uses;
    uint32_t index; // slot number, index into Mangler.names, 0/1 (param), or closure slot
    uint8_t kind;   // CandidateKind
} Candidate;

typedef struct Mangler {
    Linker *lk;
    Map names; // top-level name from rename.c -> index into `uses`
    VEC(uint64_t) uses;
    Map keep; // names that keep their spelling: nested names of dynamic-scope modules, and
              //   the names of preserved JSX tags
    Map jsx;  // top-level names (rename.c's) of preserved JSX tags: never mangled
    StrBuf buf;
    uint64_t next; // index of the next name in the sequence
} Mangler;

static bool mangled_module(const Mangler *mg, ModuleId id) {
    const Module *m = linker_module(mg->lk, id);
    return !(m->flags & MODF_DYNAMIC_SCOPE);
}

// ---------------------------------------------------------------------------------------------
// Counting

static void own(Mangler *mg, Str name) {
    uint64_t unused;
    if (!name.len || map_get_str(&mg->jsx, name, &unused))
        return;
    bool inserted;
    map_find_or_insert_str(&mg->names, name, mg->uses.len, &inserted);
    if (inserted)
        vec_push(mg->lk->scratch, &mg->uses, (uint64_t)1);
}

static void count(Mangler *mg, Str name, uint64_t n) {
    uint64_t i;
    if (name.len && map_get_str(&mg->names, name, &i))
        mg->uses.items[i] += n;
}

// The names a module declares at the top of the bundle. Those the bundler made up are never
// in the source, so not even eval() can read them.
static void own_module_names(Mangler *mg, ModuleId id) {
    const Module *m = linker_module(mg->lk, id);
    const ModulePlan *mp = &mg->lk->plan->modules[id];
    own(mg, mp->require_name);
    own(mg, mp->namespace_name);
    for (uint32_t r = 0; r < m->record_count; r++)
        own(mg, mp->record_names[r]);
    if (mp->wrap == WRAP_CJS || !mangled_module(mg, id))
        return;
    for (uint32_t s = 0; s < m->symbol_count; s++) {
        if (m->symbols[s].kind != SYM_IMPORT && !mp->symbols[s].member.len)
            own(mg, mp->symbols[s].name);
    }
}

// References from anywhere in the bundle, imports included (they print as their target).
static void count_module_uses(Mangler *mg, ModuleId id) {
    const Module *m = linker_module(mg->lk, id);
    const ModulePlan *mp = &mg->lk->plan->modules[id];
    count(mg, mp->require_name, 1);
    if (mp->wrap != WRAP_CJS) {
        for (uint32_t s = 0; s < m->symbol_count; s++)
            count(mg, mp->symbols[s].name, m->symbols[s].uses);
        for (uint32_t r = 0; r < m->member_ref_count; r++)
            count(mg, mp->member_prints[r].name, 1);
    }
    for (uint32_t e = 0; e < mp->export_count; e++)
        count(mg, mp->export_prints[e].name, 1);
}

// `exports` and `module` of the wrapped CommonJS modules: one pair of names for all of them.
// Returns false when no mangled module is wrapped.
static bool cjs_uses(const Mangler *mg, uint64_t uses[2]) {
    const LinkPlan *plan = mg->lk->plan;
    bool any = false;
    uses[0] = uses[1] = 0;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModuleId id = plan->order[i];
        if (plan->modules[id].wrap != WRAP_CJS || !mangled_module(mg, id))
            continue;
        const Module *m = linker_module(mg->lk, id);
        uses[0] += m->cjs_uses[0];
        uses[1] += m->cjs_uses[1];
        any = true;
    }
    return any;
}

// The top level of the mangled wrapped modules, by "closure slot": each module's top-level
// symbols ranked by use (most used first), and rank i of every wrapped module prints as the same
// name, as nested slots do (each closure is a scope of its own, so they never meet). `exports`
// and `module` print as the closure's parameters and take no rank. Returns the number of ranks
// and their summed uses (in the scratch arena); sets each module's rank of each symbol in
// ranks[module] (ID_NONE: none).
static uint64_t *closure_uses(Mangler *mg, uint32_t **ranks, uint32_t *count) {
    LinkPlan *plan = mg->lk->plan;
    Arena *a = mg->lk->scratch;
    VEC(uint64_t) uses = { 0 };
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModuleId id = plan->order[i];
        if (plan->modules[id].wrap != WRAP_CJS || !mangled_module(mg, id))
            continue;
        const Module *m = linker_module(mg->lk, id);
        uint32_t *order = arena_alloc(a, sizeof(uint32_t) * MAX(m->symbol_count, 1));
        uint32_t n = 0;
        for (uint32_t s = 0; s < m->symbol_count; s++) {
            const TopSymbol *t = &m->symbols[s];
            if (t->id != ID_NONE && !str_eq_cstr(t->name, "exports") &&
                !str_eq_cstr(t->name, "module"))
                order[n++] = s;
        }
        // By uses, most first; equal uses keep their order (a stable insertion sort: a
        // module's top level is a few hundred names at most in practice).
        for (uint32_t x = 1; x < n; x++) {
            uint32_t v = order[x];
            uint32_t y = x;
            while (y > 0 && m->symbols[order[y - 1]].uses < m->symbols[v].uses) {
                order[y] = order[y - 1];
                y--;
            }
            order[y] = v;
        }
        ranks[id] = arena_alloc(a, sizeof(uint32_t) * MAX(m->symbol_count, 1));
        for (uint32_t s = 0; s < m->symbol_count; s++)
            ranks[id][s] = ID_NONE;
        for (uint32_t r = 0; r < n; r++) {
            ranks[id][order[r]] = r;
            if (r == uses.len)
                vec_push(a, &uses, (uint64_t)0);
            uses.items[r] += (uint64_t)m->symbols[order[r]].uses + 1;
        }
    }
    *count = uses.len;
    return uses.items;
}

// Each wrapped module's top-level symbols take the names of their closure slots.
static void name_closures(Mangler *mg, uint32_t **ranks, const Str *closure_names) {
    LinkPlan *plan = mg->lk->plan;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModuleId id = plan->order[i];
        if (!ranks[id])
            continue;
        const Module *m = linker_module(mg->lk, id);
        ModulePlan *mp = &plan->modules[id];
        mp->closure_names = arena_alloc_zero(&plan->arena, sizeof(Str) * MAX(m->symbol_count, 1));
        for (uint32_t s = 0; s < m->symbol_count; s++) {
            if (ranks[id][s] != ID_NONE)
                mp->closure_names[s] = closure_names[ranks[id][s]];
        }
    }
}

// Slot i of every mangled module prints as the same name: its uses add up.
static uint64_t *slot_uses(Mangler *mg, uint32_t *slot_count) {
    const LinkPlan *plan = mg->lk->plan;
    uint32_t n = 0;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        const Module *m = linker_module(mg->lk, plan->order[i]);
        n = MAX(n, m->slot_count);
    }
    uint64_t *uses = arena_alloc_zero(mg->lk->scratch, sizeof(uint64_t) * MAX(n, 1));
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModuleId id = plan->order[i];
        const Module *m = linker_module(mg->lk, id);
        if (!mangled_module(mg, id))
            continue;
        // A wrapped module's top level is named apart (closure_candidates), as a hoisted
        // module's is: nested slots start after it.
        uint32_t first = m->top_slot_count;
        for (uint32_t s = first; s < m->slot_count; s++)
            uses[s - first] += m->slot_uses[s];
    }
    *slot_count = n;
    return uses;
}

// ---------------------------------------------------------------------------------------------
// The name sequence: e, t, n, …, Z, _, $, ee, te, …: letters in the order of their frequency in
// typical JavaScript, so that the most used names are made of the letters the code around them
// is made of, which gzip encodes best (about 0.3 % on three.js).

static const char first_chars[] = "etnrisoaulcpdhfmgbvyxwkjqzETNRISOAULCPDHFMGBVYXWKJQZ_$";
static const char next_chars[] = "etnrisoaulcpdhfmgbvyxwkjqzETNRISOAULCPDHFMGBVYXWKJQZ_$0123456789";

Str link_mangled_name(uint64_t index, char *buf) {
    size_t n = 0;
    uint64_t first = sizeof(first_chars) - 1;
    uint64_t rest = sizeof(next_chars) - 1;
    buf[n++] = first_chars[index % first];
    index /= first;
    while (index > 0) {
        index--;
        buf[n++] = next_chars[index % rest];
        index /= rest;
    }
    return (Str){ buf, n };
}

// A name may be given out unless something keeps it: a reserved word, a global, a fixed name,
// a kept name of a dynamic-scope module. Names rename.c gave out are free again, since every
// one of them is being replaced.
static bool is_free(const Mangler *mg, Str name) {
    uint64_t unused;
    if (map_get_str(&mg->keep, name, &unused) || map_get_str(&mg->jsx, name, &unused))
        return false;
    if (!link_name_taken(mg->lk->plan, name))
        return true;
    return map_get_str(&mg->names, name, &unused);
}

static Str next_name(Mangler *mg) {
    char buf[16];
    for (;;) {
        Str name = link_mangled_name(mg->next++, buf);
        if (is_free(mg, name))
            return str_dup(&mg->lk->plan->arena, name);
    }
}

// ---------------------------------------------------------------------------------------------
// Assigning

static int by_uses(const void *x, const void *y) {
    const Candidate *a = x;
    const Candidate *b = y;
    if (a->uses != b->uses)
        return a->uses > b->uses ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static Str remap(const Mangler *mg, const Str *fresh, Str name) {
    uint64_t i;
    return name.len && map_get_str(&mg->names, name, &i) ? fresh[i] : name;
}

static void remap_print(const Mangler *mg, const Str *fresh, SymbolPrint *pr) {
    pr->name = remap(mg, fresh, pr->name);
}

// Every name in the plan, through the map.
static void rewrite_plan(Mangler *mg, const Str *fresh) {
    LinkPlan *plan = mg->lk->plan;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModuleId id = plan->order[i];
        const Module *m = linker_module(mg->lk, id);
        ModulePlan *mp = &plan->modules[id];
        mp->require_name = remap(mg, fresh, mp->require_name);
        mp->namespace_name = remap(mg, fresh, mp->namespace_name);
        for (uint32_t r = 0; r < m->record_count; r++)
            mp->record_names[r] = remap(mg, fresh, mp->record_names[r]);
        for (uint32_t s = 0; s < m->symbol_count; s++)
            remap_print(mg, fresh, &mp->symbols[s]);
        for (uint32_t r = 0; r < m->member_ref_count; r++)
            remap_print(mg, fresh, &mp->member_prints[r]);
        for (uint32_t e = 0; e < mp->export_count; e++)
            remap_print(mg, fresh, &mp->export_prints[e]);
    }
    for (uint32_t i = 0; i < plan->entry_export_count; i++) {
        EntryExport *e = &plan->entry_exports[i];
        remap_print(mg, fresh, &e->print);
        e->local = remap(mg, fresh, e->local);
    }
    for (uint32_t i = 0; i < map_len(&mg->names); i++)
        map_put_str(&plan->taken, fresh[i], 0);
}

static void keep_dynamic_names(Mangler *mg) {
    const LinkPlan *plan = mg->lk->plan;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        const Module *m = linker_module(mg->lk, plan->order[i]);
        if (mangled_module(mg, plan->order[i]))
            continue;
        for (uint32_t n = 0; n < m->nested_count; n++)
            map_put_str(&mg->keep, m->nested_names[n], 0);
        if (plan->modules[plan->order[i]].wrap == WRAP_CJS) {
            for (uint32_t s = 0; s < m->symbol_count; s++)
                map_put_str(&mg->keep, m->symbols[s].name, 0);
        }
    }
}

// Preserved JSX names its components by their names (`<Comp />`): a lowercase short name would
// make an intrinsic element of it, so they keep their spelling, imports included (an import
// prints as the export it reads).
static void keep_jsx_names(Mangler *mg) {
    const LinkPlan *plan = mg->lk->plan;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        ModuleId id = plan->order[i];
        const Module *m = linker_module(mg->lk, id);
        for (uint32_t n = 0; n < m->jsx_count; n++)
            map_put_str(&mg->keep, m->jsx_names[n], 0);
        const ModulePlan *mp = &plan->modules[id];
        for (uint32_t s = 0; s < m->symbol_count; s++) {
            if ((m->symbols[s].flags & TSF_JSX_TAG) && mp->symbols[s].name.len)
                map_put_str(&mg->jsx, mp->symbols[s].name, 0);
        }
    }
}

static void collect_names(Mangler *mg) {
    const LinkPlan *plan = mg->lk->plan;
    for (uint32_t i = 0; i < plan->order_len; i++)
        own_module_names(mg, plan->order[i]);
    for (uint32_t i = 0; i < plan->entry_export_count; i++)
        own(mg, plan->entry_exports[i].local);
    for (uint32_t i = 0; i < plan->order_len; i++)
        count_module_uses(mg, plan->order[i]);
}

void mangle_run(Linker *lk) {
    LinkPlan *plan = lk->plan;
    Mangler mg = { .lk = lk };
    map_init(&mg.names, plan->mem, MEM_LINK);
    map_init(&mg.keep, plan->mem, MEM_LINK);
    map_init(&mg.jsx, plan->mem, MEM_LINK);
    keep_dynamic_names(&mg);
    keep_jsx_names(&mg);
    collect_names(&mg);
    uint32_t slots;
    uint64_t *uses = slot_uses(&mg, &slots);
    uint64_t params[2];
    bool wrapped = cjs_uses(&mg, params);
    uint32_t **ranks =
            arena_alloc_zero(lk->scratch, sizeof(uint32_t *) * MAX(lk->g->module_count, 1));
    uint32_t closures;
    uint64_t *closure_use = closure_uses(&mg, ranks, &closures);
    Str *closure_names = arena_alloc(lk->scratch, sizeof(Str) * MAX(closures, 1));
    uint32_t n = slots + mg.uses.len + (wrapped ? 2 : 0) + closures;
    Candidate *all = arena_alloc(lk->scratch, sizeof(Candidate) * MAX(n, 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < slots; i++)
        all[k++] = (Candidate){ uses[i], i, CAND_SLOT };
    for (uint32_t i = 0; i < mg.uses.len; i++)
        all[k++] = (Candidate){ mg.uses.items[i], i, CAND_NAME };
    // The closure parameters and the closures' top-level symbols draw from the same sequence:
    // they never meet a slot's or a top-level name.
    for (uint32_t i = 0; wrapped && i < 2; i++)
        all[k++] = (Candidate){ params[i], i, CAND_PARAM };
    for (uint32_t i = 0; i < closures; i++)
        all[k++] = (Candidate){ closure_use[i], i, CAND_CLOSURE };
    ASSERT(k == n);
    qsort(all, n, sizeof(Candidate), by_uses);
    Str *fresh = arena_alloc(lk->scratch, sizeof(Str) * MAX(mg.uses.len, 1));
    plan->slot_names = arena_alloc(&plan->arena, sizeof(Str) * MAX(slots, 1));
    plan->slot_count = slots;
    for (uint32_t i = 0; i < n; i++) {
        Str name = next_name(&mg);
        switch ((CandidateKind)all[i].kind) {
        case CAND_SLOT:
            plan->slot_names[all[i].index] = name;
            break;
        case CAND_NAME:
            fresh[all[i].index] = name;
            break;
        case CAND_PARAM:
            plan->cjs_params[all[i].index] = name;
            break;
        case CAND_CLOSURE:
            closure_names[all[i].index] = name;
            break;
        }
    }
    rewrite_plan(&mg, fresh);
    name_closures(&mg, ranks, closure_names);
    // A renamed function keeps its `.name` only when asked (--keep-names), and then nearly
    // every one is renamed.
    if (lk->o->keep_names)
        plan->helpers |= HELPER_NAME;
    else
        plan->helpers &= ~(uint32_t)HELPER_NAME;
    map_deinit(&mg.names);
    map_deinit(&mg.keep);
    map_deinit(&mg.jsx);
}
