// rename: one collision-free name for every top-level binding of the bundle (see link.h).
//
// Scope hoisting puts the top levels of all ES modules into one scope. Each top-level symbol
// keeps its own name when no earlier module took it; otherwise it gets a numbered variant
// (`name2`, `name3`, …). Names the bundler makes up (`require_x`, `x_exports`, `import_x`,
// `x_default`) and renamed symbols also avoid every name declared in a nested scope anywhere in
// the bundle, so they can never be captured. Globals that any module reads, reserved words and
// the runtime helpers' names are never given out. The remaining capture, a nested binding that
// shadows a name an import now prints as, is fixed in generate by renaming the nested binding.
#include <string.h>

#include "base/path.h"
#include "base/str.h"
#include "link/link_int.h"

typedef struct Renamer {
    Linker *lk;
    Map *taken; // the plan's: names given out or reserved
    Map nested; // names declared in nested scopes of live modules
    Map next;   // wanted name -> first number suffix not tried yet (keeps picking linear)
    StrBuf buf; // candidate names
} Renamer;

// Never given to a binding: reserved words, names the module system and the runtime helpers
// use, and the globals the helpers read.
static const char *const reserved_words[] = {
    // clang-format off
    "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
    "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally",
    "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let",
    "new", "null", "package", "private", "protected", "public", "return", "static", "super",
    "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
    "undefined", "NaN", "Infinity",
    "require", "module", "exports", "__filename", "__dirname",
    "__commonJS", "__toESM", "__ns", "__toCommonJS", "__name", "__esm", "__createRequire",
    "__fileURLToPath", "__pathDirname", "__scriptURL", "__main", "document", "location",
    "Object", "Symbol", "Promise",
    // clang-format on
};

static void reserve(Renamer *rn, Str name) {
    map_put_str(rn->taken, name, 0);
}

static bool is_free(const Renamer *rn, Str name, bool avoid_nested) {
    uint64_t unused;
    if (map_get_str(rn->taken, name, &unused))
        return false;
    return !avoid_nested || !map_get_str(&rn->nested, name, &unused);
}

// Takes `want` if free, else the first free `want2`, `want3`, …; copies it into the plan.
static Str pick(Renamer *rn, Str want, bool avoid_nested) {
    Arena *arena = &rn->lk->plan->arena;
    if (is_free(rn, want, avoid_nested)) {
        Str name = str_dup(arena, want);
        reserve(rn, name);
        return name;
    }
    bool inserted;
    Str key = str_dup(arena, want);
    uint64_t *next = map_find_or_insert_str(&rn->next, key, 2, &inserted);
    for (uint64_t n = *next;; n++) {
        strbuf_clear(&rn->buf);
        strbuf_append(&rn->buf, want);
        strbuf_append_u64(&rn->buf, n);
        Str candidate = strbuf_str(&rn->buf);
        if (is_free(rn, candidate, true)) {
            Str name = str_dup(arena, candidate);
            reserve(rn, name);
            *map_find_or_insert_str(&rn->next, key, 2, &inserted) = n + 1;
            return name;
        }
    }
}

static Str basename_noext(Str path) {
    Str base = path_basename(path);
    base.len -= path_extname(base).len;
    return base;
}

static bool is_ident_char(char c, bool first) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$')
        return true;
    return !first && c >= '0' && c <= '9';
}

// A name made from a module's file name: `src/foo-bar.js` gives `foo_bar`, `lib/index.js`
// gives `lib`.
static Str module_base(Renamer *rn, Str path) {
    Str base = basename_noext(path);
    if (str_eq_cstr(base, "index")) {
        Str dir = path;
        dir.len = base.ptr > path.ptr ? (size_t)(base.ptr - path.ptr - 1) : 0;
        if (dir.len)
            base = basename_noext(dir);
    }
    char *out = arena_alloc(rn->lk->scratch, base.len + 2);
    size_t n = 0;
    if (base.len == 0 || !is_ident_char(base.ptr[0], true))
        out[n++] = '_';
    for (size_t i = 0; i < base.len; i++)
        out[n++] = is_ident_char(base.ptr[i], false) ? base.ptr[i] : '_';
    return (Str){ out, n };
}

static Str joined(Renamer *rn, const char *prefix, Str base, const char *suffix) {
    strbuf_clear(&rn->buf);
    strbuf_append_cstr(&rn->buf, prefix);
    strbuf_append(&rn->buf, base);
    strbuf_append_cstr(&rn->buf, suffix);
    return str_dup(rn->lk->scratch, strbuf_str(&rn->buf));
}

// ---------------------------------------------------------------------------------------------

static void reserve_fixed(Renamer *rn) {
    for (size_t i = 0; i < countof(reserved_words); i++)
        reserve(rn, str_from_cstr(reserved_words[i]));
    const LinkPlan *plan = rn->lk->plan;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        const Module *m = linker_module(rn->lk, plan->order[i]);
        for (uint32_t g = 0; g < m->global_count; g++)
            reserve(rn, m->globals[g]);
        for (uint32_t n = 0; n < m->nested_count; n++)
            map_put_str(&rn->nested, m->nested_names[n], 0);
        // A wrapped module's top level is a nested scope of the bundle.
        if (plan->modules[plan->order[i]].wrap == WRAP_CJS) {
            for (uint32_t s = 0; s < m->symbol_count; s++)
                map_put_str(&rn->nested, m->symbols[s].name, 0);
        }
    }
}

// Whether a live part of m declares top-level symbol s (so its declaration is printed).
static bool declared_live(const Module *m, const ModulePlan *mp, uint32_t s) {
    for (uint32_t p = 0; p < m->part_count; p++) {
        if (!mp->part_live[p])
            continue;
        const Part *part = &m->parts[p];
        for (uint32_t i = 0; i < part->decl_len; i++) {
            if (m->part_syms[part->decl_start + i] == s)
                return true;
        }
    }
    return false;
}

static void name_module_symbols(Renamer *rn, ModuleId id) {
    const Module *m = linker_module(rn->lk, id);
    ModulePlan *mp = &rn->lk->plan->modules[id];
    Str base = module_base(rn, m->pretty_path);
    if (mp->wrap == WRAP_CJS) {
        mp->require_name = pick(rn, joined(rn, "require_", base, ""), true);
        return;
    }
    for (uint32_t s = 0; s < m->symbol_count; s++) {
        const TopSymbol *t = &m->symbols[s];
        if (t->kind == SYM_IMPORT)
            continue;
        if (t->flags & TSF_DEFAULT) {
            mp->symbols[s].name = pick(rn, joined(rn, "", base, "_default"), true);
            // `export default function () {}` is named "default".
            if ((t->flags & TSF_ANONYMOUS) && declared_live(m, mp, s))
                rn->lk->plan->helpers |= HELPER_NAME;
        } else {
            mp->symbols[s].name = pick(rn, t->name, false);
            bool named =
                    t->kind == SYM_FUNCTION || t->kind == SYM_CLASS || (t->flags & TSF_NAMES_VALUE);
            if (named && !str_eq(mp->symbols[s].name, t->name) && declared_live(m, mp, s))
                rn->lk->plan->helpers |= HELPER_NAME;
        }
    }
    if (mp->needs_namespace)
        mp->namespace_name = pick(rn, joined(rn, "", base, "_exports"), true);
    if (mp->wrap == WRAP_ESM)
        mp->init_name = pick(rn, joined(rn, "init_", base, ""), true);
}

// The `import_x` variable of each record that needs one.
static void name_records(Renamer *rn, ModuleId id) {
    const Module *m = linker_module(rn->lk, id);
    ModulePlan *mp = &rn->lk->plan->modules[id];
    for (uint32_t r = 0; r < m->record_count; r++) {
        if (mp->record_action[r] == RECORD_DROP)
            continue;
        const ImportRecord *rec = &m->records[r];
        Str base = rec->target != ID_NONE
                           ? module_base(rn, linker_module(rn->lk, rec->target)->pretty_path)
                           : module_base(rn, rec->specifier);
        mp->record_names[r] = pick(rn, joined(rn, "import_", base, ""), true);
    }
}

SymbolPrint rename_print(const Linker *lk, Target t) {
    const ModulePlan *mp = &lk->plan->modules[t.module];
    switch (t.kind) {
    case TARGET_LOCAL:
        return mp->symbols[t.symbol];
    case TARGET_NAMESPACE:
        return (SymbolPrint){ .name = mp->namespace_name };
    case TARGET_IMPORTED:
        if (str_eq_cstr(t.name, "*"))
            return (SymbolPrint){ .name = mp->record_names[t.record] };
        // A bundled CommonJS module's exports are its own properties (--mangle-props).
        return (SymbolPrint){ .name = mp->record_names[t.record],
                              .member = mp->record_action[t.record] == RECORD_REQUIRE
                                                ? link_prop_name(lk->plan, t.name)
                                                : t.name };
    default:
        return (SymbolPrint){ .name = STR("(void 0)") };
    }
}

static void print_imports(Renamer *rn, ModuleId id) {
    const Module *m = linker_module(rn->lk, id);
    ModulePlan *mp = &rn->lk->plan->modules[id];
    if (mp->wrap == WRAP_CJS)
        return;
    for (uint32_t s = 0; s < m->symbol_count; s++) {
        if (m->symbols[s].kind == SYM_IMPORT && m->symbols[s].record != ID_NONE)
            mp->symbols[s] = rename_print(rn->lk, bind_import(rn->lk, id, s));
    }
    for (uint32_t r = 0; r < m->member_ref_count; r++) {
        mp->member_consts[r] = bind_member_const(rn->lk, id, r);
        if (!mp->member_consts[r])
            mp->member_prints[r] = rename_print(rn->lk, bind_member(rn->lk, id, r));
    }
}

// The exports objects a namespace takes its run-time names from (`export * from` CommonJS).
static void name_dynamic_stars(Renamer *rn, ModuleId id) {
    const Module *m = linker_module(rn->lk, id);
    ModulePlan *mp = &rn->lk->plan->modules[id];
    mp->dynamic_stars = arena_alloc(&rn->lk->plan->arena, sizeof(Str) * MAX(m->star_count, 1));
    for (uint32_t i = 0; i < m->star_count; i++) {
        uint32_t r = m->star_records[i];
        uint8_t action = mp->record_action[r];
        if (action != RECORD_REQUIRE && action != RECORD_EXTERNAL)
            continue;
        mp->dynamic_stars[mp->dynamic_star_count++] = mp->record_names[r];
        mp->last_dynamic_star = r;
    }
}

static void print_namespace(Renamer *rn, ModuleId id) {
    ModulePlan *mp = &rn->lk->plan->modules[id];
    if (!mp->needs_namespace)
        return;
    NameVec names = { 0 };
    TargetVec targets = { 0 };
    bind_export_list(rn->lk, id, &names, &targets);
    Arena *arena = &rn->lk->plan->arena;
    mp->export_count = names.len;
    mp->export_names = arena_alloc(arena, sizeof(Str) * MAX(names.len, 1));
    mp->export_prints = arena_alloc(arena, sizeof(SymbolPrint) * MAX(names.len, 1));
    for (uint32_t i = 0; i < names.len; i++) {
        mp->export_names[i] = names.items[i];
        mp->export_prints[i] = rename_print(rn->lk, targets.items[i]);
    }
    name_dynamic_stars(rn, id);
}

// esm output of an ES module entry: `export { … }` at the end, in name order.
static void entry_exports(Renamer *rn) {
    LinkPlan *plan = rn->lk->plan;
    if (plan->format != FORMAT_ESM || plan->modules[plan->entry].wrap == WRAP_CJS)
        return;
    NameVec names = { 0 };
    TargetVec targets = { 0 };
    bind_export_list(rn->lk, plan->entry, &names, &targets);
    plan->entry_export_count = names.len;
    plan->entry_exports = arena_alloc_zero(&plan->arena, sizeof(EntryExport) * MAX(names.len, 1));
    for (uint32_t i = 0; i < names.len; i++) {
        EntryExport *e = &plan->entry_exports[i];
        e->name = names.items[i];
        e->print = rename_print(rn->lk, targets.items[i]);
        if (e->print.member.len || str_eq_cstr(e->print.name, "(void 0)"))
            e->local = pick(rn, joined(rn, "export_", module_base(rn, e->name), ""), true);
    }
}

void rename_run(Linker *lk) {
    LinkPlan *plan = lk->plan;
    Renamer rn = { .lk = lk, .taken = &plan->taken };
    map_init(&rn.nested, plan->mem, MEM_LINK);
    map_init(&rn.next, plan->mem, MEM_LINK);
    strbuf_init(&rn.buf, plan->mem, MEM_LINK);
    reserve_fixed(&rn);
    for (uint32_t i = 0; i < plan->order_len; i++)
        name_module_symbols(&rn, plan->order[i]);
    for (uint32_t i = 0; i < plan->order_len; i++)
        name_records(&rn, plan->order[i]);
    for (uint32_t i = 0; i < plan->order_len; i++)
        print_imports(&rn, plan->order[i]);
    for (uint32_t i = 0; i < plan->order_len; i++)
        print_namespace(&rn, plan->order[i]);
    entry_exports(&rn);
    strbuf_deinit(&rn.buf);
    map_deinit(&rn.nested);
    map_deinit(&rn.next);
}
