// scan: parallel parse, summary and import resolution of every reachable module (see scan.h).
#include "scan/scan.h"

#include <errno.h>
#include <string.h>

#include "base/fs.h"
#include "base/map.h"
#include "base/path.h"
#include "base/sync.h"
#include "base/vec.h"
#include "resolve/json.h"
#include "scan/props.h"

typedef VEC(Module *) ModuleVec;

// Shared by the workers; fields after `lock` are guarded by it.
typedef struct ScanState {
    const ScanInput *in;
    WaitGroup wg;
    Arena *summary; // per worker: summaries (kept until the build ends)
    Arena *scratch; // per worker: source, AST, scopes (rewound after each module)
    Mutex lock;
    Map by_path;     // absolute path -> index in found
    ModuleVec found; // in discovery order
    Arena *shared;   // Module structs and jobs (the graph's own arena)
} ScanState;

typedef struct ScanJob {
    ScanState *s;
    Module *m;
} ScanJob;

static void scan_module(void *ctx, uint32_t worker);

static bool ends_with(Str s, const char *suffix) {
    return str_ends_with(s, str_from_cstr(suffix));
}

static bool is_json(Str path) {
    return ends_with(path, ".json");
}

// The module for an absolute path, created (and queued) on first sight. Returns its index in
// discovery order.
static uint32_t module_for_path(ScanState *s, Str path) {
    mutex_lock(&s->lock);
    bool inserted;
    uint64_t *slot = map_find_or_insert_str(&s->by_path, path, s->found.len, &inserted);
    uint32_t index = (uint32_t)*slot;
    ScanJob *job = NULL;
    if (inserted) {
        Module *m = arena_alloc_zero(s->shared, sizeof(Module));
        m->path = path;
        m->pretty_path = path_relative(s->shared, s->in->cwd, path);
        vec_push_heap(s->in->mem, MEM_SUMMARY, &s->found, m);
        job = arena_alloc(s->shared, sizeof(ScanJob));
        *job = (ScanJob){ s, m };
    }
    mutex_unlock(&s->lock);
    if (job)
        pool_submit(s->in->pool, &s->wg, scan_module, job);
    return index;
}

// ---------------------------------------------------------------------------------------------
// Resolving the records of one module

static void report_unresolved(ScanState *s, const Module *m, Str text, const ImportRecord *r,
                              const ResolveResult *res) {
    StrBuf msg;
    strbuf_init(&msg, s->in->mem, MEM_DIAG);
    resolver_format_error(r->specifier, res, &msg);
    DiagFile file = { m->pretty_path, text };
    diag_report(s->in->diag, DIAG_ERROR, &file, r->offset, r->len, "%s", msg.data);
    strbuf_deinit(&msg);
}

// A require() or import() inside `try` that cannot be resolved is left for run time, where
// the program expects it may fail (optional dependencies); a warning says so.
static void keep_for_run_time(ScanState *s, const Module *m, Str text, ImportRecord *r,
                              uint32_t worker) {
    r->flags |= IRF_EXTERNAL;
    r->external = str_dup(&s->summary[worker], r->specifier);
    DiagFile file = { m->pretty_path, text };
    diag_report(s->in->diag, DIAG_WARNING, &file, r->offset, r->len,
                "\"%.*s\" could not be resolved; it is left as a run-time %s inside try",
                (int)r->specifier.len, r->specifier.ptr,
                r->kind == IMPORT_REQUIRE ? "require()" : "import()");
}

static ResolveKind resolve_kind(const ImportRecord *r) {
    if (r->kind == IMPORT_REQUIRE)
        return RESOLVE_KIND_REQUIRE;
    return r->kind == IMPORT_DYNAMIC ? RESOLVE_KIND_DYNAMIC : RESOLVE_KIND_IMPORT;
}

static void resolve_records(ScanState *s, Module *m, Str text, uint32_t worker) {
    Arena *scratch = &s->scratch[worker];
    Str dir = path_dirname(m->path);
    for (uint32_t i = 0; i < m->record_count; i++) {
        ImportRecord *r = &m->records[i];
        ResolveResult res;
        resolver_resolve(s->in->resolver, scratch, dir, r->specifier, resolve_kind(r), &res);
        switch (res.status) {
        case RESOLVE_FOUND:
            r->target = module_for_path(s, res.path);
            break;
        case RESOLVE_EXTERNAL:
            r->flags |= IRF_EXTERNAL;
            r->external = str_dup(&s->summary[worker], res.path);
            break;
        case RESOLVE_DISABLED:
            r->flags |= IRF_DISABLED;
            break;
        case RESOLVE_NOT_FOUND:
            if (r->flags & IRF_IN_TRY)
                keep_for_run_time(s, m, text, r, worker);
            else
                report_unresolved(s, m, text, r, &res);
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// One module

// A JSON module: checked here, printed by generate as `var <name> = <text>;`. Its summary is
// one side-effect-free part declaring the default export.
static void summarize_json(ScanState *s, Module *m, Str text, uint32_t worker) {
    Arena *out = &s->summary[worker];
    JsonValue value;
    JsonError err;
    if (!json_parse(&s->scratch[worker], text, false, &value, &err)) {
        DiagFile file = { m->pretty_path, text };
        diag_report(s->in->diag, DIAG_ERROR, &file, err.offset, 1, "%s", err.message);
        m->flags |= MODF_FAILED;
        return;
    }
    summary_build_json(m, &value, out);
}

// An ES module of the project (packages are their authors' business) that assigns or reads
// `module`/`exports`: bale, like node, gives it none, so say so where it happens.
static void warn_cjs_global(ScanState *s, const Module *m, Str text) {
    if (!(m->flags & MODF_CJS_GLOBAL) || str_find(m->path, STR("/node_modules/")) != SIZE_MAX)
        return;
    uint32_t at = m->cjs_global_offset;
    uint32_t len = text.ptr[at] == 'm' ? 6 : 7;
    DiagFile file = { m->pretty_path, text };
    diag_report(s->in->diag, DIAG_WARNING, &file, at, len,
                "\"%.*s\" is undefined in an ES module (this file has import/export syntax), as "
                "in node; use export, or write the file as CommonJS",
                (int)len, text.ptr + at);
}

static void summarize_js(ScanState *s, Module *m, Str text, uint32_t worker) {
    Arena *scratch = &s->scratch[worker];
    scan_options_for(s->in->resolver, scratch, s->in->source_type, s->in->jsx, m->path,
                     &m->parse_options);
    m->parse_options.pure_names = s->in->pure_names;
    m->parse_options.pure_count = s->in->pure_count;
    DiagFile file = { m->pretty_path, text };
    ParseResult parsed;
    if (!parse_program(&file, s->in->diag, scratch, &m->parse_options, &parsed)) {
        m->flags |= MODF_FAILED;
        return;
    }
    summary_build(m, &parsed, text, &s->summary[worker], scratch);
    warn_cjs_global(s, m, text);
    if (s->in->props)
        props_collect(s->in->props, &parsed, text, &s->summary[worker], scratch, &m->props,
                      &m->prop_count, &m->props_kept, &m->props_kept_count);
    resolve_records(s, m, text, worker);
}

static void scan_module(void *ctx, uint32_t worker) {
    ScanJob *job = ctx;
    ScanState *s = job->s;
    Module *m = job->m;
    Arena *scratch = &s->scratch[worker];
    ArenaMark mark = arena_mark(scratch);
    Str text;
    int err = 0;
    const char *path = arena_strndup(scratch, m->path.ptr, m->path.len);
    if (!fs_read_file(scratch, path, &text, &err)) {
        diag_report_io(s->in->diag, "read", m->pretty_path, err);
        m->flags |= MODF_FAILED;
    } else if (text.len > UINT32_MAX / 2) {
        diag_report(s->in->diag, DIAG_ERROR, NULL, 0, 0, "\"%.*s\" is too large to bundle",
                    (int)m->pretty_path.len, m->pretty_path.ptr);
        m->flags |= MODF_FAILED;
    } else {
        m->hash = str_hash(text);
        m->size = (uint32_t)text.len;
        ModuleFacts facts;
        resolver_module_facts(s->in->resolver, scratch, m->path, &facts);
        if (facts.side_effect_free)
            m->flags |= MODF_SIDE_EFFECT_FREE;
        if (facts.type_module)
            m->flags |= MODF_TYPE_MODULE;
        if (is_json(m->path))
            summarize_json(s, m, text, worker);
        else if (ends_with(m->path, ".txt"))
            summary_build_text(m, &s->summary[worker]);
        else
            summarize_js(s, m, text, worker);
    }
    arena_rewind(scratch, mark);
    arena_trim(scratch, ARENA_WORKER_KEEP);
}

// ---------------------------------------------------------------------------------------------
// Entries

// An entry is a path relative to the working directory; it gets extension probing and index
// files like a relative import. A missing file keeps the plain "could not read" message.
static bool resolve_entry(ScanState *s, Str entry, uint32_t *index) {
    Arena *scratch = &s->scratch[pool_thread_count(s->in->pool)];
    ArenaMark mark = arena_mark(scratch);
    Str abs = path_absolute(scratch, s->in->cwd, entry);
    ResolveResult res;
    resolver_resolve(s->in->resolver, scratch, s->in->cwd, abs, RESOLVE_KIND_IMPORT, &res);
    bool ok = res.status == RESOLVE_FOUND;
    if (ok) {
        *index = module_for_path(s, res.path);
    } else {
        FsStat st;
        if (res.status != RESOLVE_NOT_FOUND)
            diag_report(s->in->diag, DIAG_ERROR, NULL, 0, 0, "could not bundle entry \"%.*s\"",
                        (int)entry.len, entry.ptr);
        else
            diag_report_io(s->in->diag, "read", entry,
                           fs_stat(abs.ptr, &st) && st.is_dir ? EISDIR : ENOENT);
    }
    arena_rewind(scratch, mark);
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Deterministic numbering

typedef struct Numbering {
    ModuleVec *found;
    uint32_t *final_id; // discovery index -> ModuleId
    Module **modules;   // by ModuleId
    uint32_t count;
} Numbering;

// Iterative depth-first pre-order numbering from one root.
static void number_from(Numbering *nb, uint32_t root, Mem *mem) {
    typedef struct Frame {
        uint32_t index;
        uint32_t next_record;
    } Frame;
    VEC(Frame) stack = { 0 };
    if (nb->final_id[root] != ID_NONE)
        return;
    nb->final_id[root] = nb->count;
    nb->modules[nb->count++] = nb->found->items[root];
    vec_push_heap(mem, MEM_LINK, &stack, ((Frame){ root, 0 }));
    while (stack.len) {
        Frame *f = &stack.items[stack.len - 1];
        Module *m = nb->found->items[f->index];
        if (f->next_record >= m->record_count) {
            stack.len--;
            continue;
        }
        uint32_t t = m->records[f->next_record++].target;
        if (t == ID_NONE || nb->final_id[t] != ID_NONE)
            continue;
        nb->final_id[t] = nb->count;
        nb->modules[nb->count++] = nb->found->items[t];
        vec_push_heap(mem, MEM_LINK, &stack, ((Frame){ t, 0 }));
    }
    vec_free_heap(mem, &stack);
}

static void number_modules(ScanState *s, Graph *g, const uint32_t *entry_index) {
    Mem *mem = s->in->mem;
    uint32_t n = s->found.len;
    Numbering nb = {
        .found = &s->found,
        .final_id = mem_alloc(mem, MEM_LINK, sizeof(uint32_t) * MAX(n, 1)),
        .modules = mem_alloc(mem, MEM_SUMMARY, sizeof(Module *) * MAX(n, 1)),
    };
    memset(nb.final_id, 0xff, sizeof(uint32_t) * MAX(n, 1));
    for (uint32_t e = 0; e < g->entry_count; e++) {
        if (entry_index[e] != ID_NONE)
            number_from(&nb, entry_index[e], mem);
    }
    for (uint32_t i = 0; i < nb.count; i++) {
        Module *m = nb.modules[i];
        for (uint32_t r = 0; r < m->record_count; r++) {
            if (m->records[r].target != ID_NONE)
                m->records[r].target = nb.final_id[m->records[r].target];
        }
    }
    for (uint32_t e = 0; e < g->entry_count; e++) {
        g->entries[e] = entry_index[e] == ID_NONE ? ID_NONE : nb.final_id[entry_index[e]];
        if (g->entries[e] != ID_NONE)
            nb.modules[g->entries[e]]->flags |= MODF_ENTRY;
    }
    g->modules = nb.modules;
    g->module_count = nb.count;
    for (uint32_t i = 0; i < nb.count; i++)
        g->bytes_read += nb.modules[i]->size;
    mem_free(mem, nb.final_id);
}

// ---------------------------------------------------------------------------------------------

void scan_run(const ScanInput *in, Graph *g) {
    mem_set_stage(in->mem, MEM_STAGE_SCAN);
    Mem *mem = in->mem;
    uint32_t workers = pool_thread_count(in->pool);
    *g = (Graph){ .mem = mem, .entry_count = in->entry_count, .arena_count = workers + 1 };
    g->arenas = mem_alloc(mem, MEM_SUMMARY, sizeof(Arena) * g->arena_count);
    for (uint32_t i = 0; i < g->arena_count; i++)
        arena_init(&g->arenas[i], mem, MEM_SUMMARY, 0);
    g->entries = mem_alloc(mem, MEM_SUMMARY, sizeof(ModuleId) * MAX(in->entry_count, 1));

    ScanState s = { .in = in, .summary = g->arenas };
    // One scratch arena per worker, and one for this thread (entries).
    s.scratch = mem_alloc(mem, MEM_THREADS, sizeof(Arena) * (workers + 1));
    for (uint32_t w = 0; w <= workers; w++)
        arena_init(&s.scratch[w], mem, MEM_SOURCE, 0);
    waitgroup_init(&s.wg);
    mutex_init(&s.lock);
    map_init(&s.by_path, mem, MEM_SUMMARY);
    s.shared = &g->arenas[workers];

    uint32_t *entry_index = mem_alloc(mem, MEM_LINK, sizeof(uint32_t) * MAX(in->entry_count, 1));
    for (uint32_t e = 0; e < in->entry_count; e++) {
        if (!resolve_entry(&s, in->entries[e], &entry_index[e]))
            entry_index[e] = ID_NONE;
    }
    waitgroup_wait(&s.wg);
    number_modules(&s, g, entry_index);

    mem_free(mem, entry_index);
    map_deinit(&s.by_path);
    vec_free_heap(mem, &s.found);
    mutex_deinit(&s.lock);
    waitgroup_deinit(&s.wg);
    for (uint32_t w = 0; w <= workers; w++)
        arena_deinit(&s.scratch[w]);
    mem_free(mem, s.scratch);
}

void graph_deinit(Graph *g) {
    for (uint32_t i = 0; i < g->arena_count; i++)
        arena_deinit(&g->arenas[i]);
    mem_free(g->mem, g->arenas);
    mem_free(g->mem, g->modules);
    mem_free(g->mem, g->entries);
    *g = (Graph){ 0 };
}
