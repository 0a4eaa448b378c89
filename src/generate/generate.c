// generate: pieces printed in parallel, written in order (see generate.h).
//
// The writer submits the first GENERATE_WINDOW module jobs, then for each position in the output
// order waits for that piece, writes it, frees it and submits the job GENERATE_WINDOW places
// ahead. Memory held by waiting pieces is thus bounded by the window, not by the bundle.
#include "generate/generate.h"

#include <errno.h>
#include <stdio.h>

#include "base/fs.h"
#include "base/sync.h"
#include "generate/generate_int.h"
#include "generate/runtime.h"

typedef struct Piece {
    StrBuf text;
    StrBuf legal;    // --legal-comments=eof: its legal comments, packed (legal.c)
    SmapSegment seg; // its source map, when the bundle has one
    bool done;
    bool ok;
} Piece;

typedef struct Writer {
    const GenerateInput *in;
    Piece *pieces;  // by output position
    Arena *scratch; // per worker
    Mutex lock;
    Cond ready;
    WaitGroup wg;
    FsOutput file;
    bool to_stdout;
    bool failed;
    uint64_t bytes;
    uint32_t *piece_bytes; // optional: bytes of each piece
    MapOutput *map;        // the source map, or NULL
    LegalEof *eof;         // --legal-comments=eof: the comments seen so far, or NULL
    char last;             // the last byte written
} Writer;

typedef struct PieceJob {
    Writer *w;
    uint32_t position;
} PieceJob;

static void print_piece(void *ctx, uint32_t worker) {
    PieceJob *job = ctx;
    Writer *w = job->w;
    Piece *piece = &w->pieces[job->position];
    Arena *scratch = &w->scratch[worker];
    ArenaMark mark = arena_mark(scratch);
    ModuleId id = w->in->plan->order[job->position];
    bool ok = generate_module(w->in, id, scratch, &piece->text, w->map ? &piece->seg : NULL,
                              w->eof ? &piece->legal : NULL);
    arena_rewind(scratch, mark);
    arena_trim(scratch, ARENA_WORKER_KEEP);
    mutex_lock(&w->lock);
    piece->ok = ok;
    piece->done = true;
    cond_broadcast(&w->ready);
    mutex_unlock(&w->lock);
}

static void emit_code(Writer *w, Str s) {
    if (w->failed || s.len == 0)
        return;
    w->bytes += s.len;
    w->last = s.ptr[s.len - 1];
    int err = 0;
    if (w->to_stdout) {
        if (fwrite(s.ptr, 1, s.len, stdout) != s.len)
            w->failed = true;
        return;
    }
    if (!fs_output_write(&w->file, s.ptr, s.len, &err)) {
        diag_report_io(w->in->diag, "write", w->in->outfile, err);
        w->failed = true;
    }
}

// Text that no source maps to: the map only moves past it.
static void emit(Writer *w, Str s) {
    emit_code(w, s);
    if (w->map)
        map_output_text(w->map, s);
}

static void emit_piece(Writer *w, uint32_t position, Piece *piece) {
    emit_code(w, strbuf_str(&piece->text));
    if (!w->map)
        return;
    map_output_segment(w->map, &piece->seg, w->in->plan->order[position]);
    smap_segment_deinit(&piece->seg);
}

static void code_sink(void *ctx, Str s) {
    emit_code(ctx, s);
}

// ---------------------------------------------------------------------------------------------
// What surrounds the modules

static bool minify(const Writer *w) {
    return w->in->options->minify_whitespace;
}

// `var x_exports = __ns({ a: () => a, … });` for every namespace object of the bundle.
// `var x_exports = __ns({ a: () => a, … });` for every namespace object of the bundle; one
// whose module re-exports a CommonJS or external module gets its value in that module's code,
// once those exports exist (module.c).
static void append_namespaces(Writer *w, StrBuf *b) {
    const LinkPlan *plan = w->in->plan;
    bool min = minify(w);
    for (uint32_t i = 0; i < plan->order_len; i++) {
        const ModulePlan *mp = &plan->modules[plan->order[i]];
        if (!mp->needs_namespace)
            continue;
        Str name = mp->namespace_name;
        if (mp->dynamic_star_count) {
            strbuf_printf(b, "var %.*s;%s", (int)name.len, name.ptr, min ? "" : "\n");
            continue;
        }
        strbuf_printf(b, "var %.*s%s", (int)name.len, name.ptr, min ? "=" : " = ");
        generate_append_namespace(b, mp, min);
        strbuf_append_cstr(b, min ? ";" : ";\n");
    }
}

static Str entry_require(const Writer *w) {
    const LinkPlan *plan = w->in->plan;
    return plan->modules[plan->entry].require_name;
}

static bool entry_wrapped(const Writer *w) {
    const LinkPlan *plan = w->in->plan;
    return plan->modules[plan->entry].wrap == WRAP_CJS;
}

// The argument of the CommonJS entry's call: the module it runs with (HELPER_COMMONJS_MAIN).
static const char *entry_module(const Writer *w) {
    uint32_t helpers = w->in->plan->helpers;
    if (!(helpers & HELPER_COMMONJS_MAIN))
        return "";
    return helpers & HELPER_MAIN_MODULE ? "__main" : "module";
}

// The text of --banner:js / --footer:js (esbuild also accepts css; bale writes js only).
static Str text_for_js(const KeyValueVec *list) {
    for (uint32_t i = 0; i < list->len; i++) {
        if (str_eq_cstr(list->items[i].key, "js"))
            return list->items[i].value;
    }
    return (Str){ 0 };
}

// The iife's assignment target: `var lib = ` or, for a dotted name, each missing parent object
// first: `var my = my || {};\nmy.lib = my.lib || {};\nmy.lib.ns = `. Empty name: nothing.
static void append_global_name(StrBuf *b, Str name, bool min) {
    if (!name.len)
        return;
    const char *assign = min ? "=" : " = ";
    size_t dot = 0;
    while (dot < name.len && name.ptr[dot] != '.')
        dot++;
    strbuf_append_cstr(b, "var ");
    while (dot < name.len) {
        Str parent = str_slice(name, 0, dot);
        strbuf_printf(b, "%.*s%s%.*s%s{};%s", STR_FMT(parent), assign, STR_FMT(parent),
                      min ? "||" : " || ", min ? "" : "\n");
        do
            dot++;
        while (dot < name.len && name.ptr[dot] != '.');
    }
    strbuf_printf(b, "%.*s%s", STR_FMT(name), assign);
}

// An ES module is strict wherever it goes, but one directive covers the whole cjs/iife output:
// it is printed only when no live module is a sloppy script (which "use strict" could break:
// `with`, `this` in plain calls, writes to undeclared names). Data modules have no code to mind.
static bool bundle_is_strict(const Writer *w) {
    const LinkPlan *plan = w->in->plan;
    for (uint32_t i = 0; i < plan->order_len; i++) {
        uint32_t flags = w->in->graph->modules[plan->order[i]]->flags;
        if (!(flags & (MODF_MODULE_GOAL | MODF_USE_STRICT | MODF_JSON | MODF_TEXT)))
            return false;
    }
    return true;
}

static void append_prologue(Writer *w, StrBuf *b) {
    const LinkPlan *plan = w->in->plan;
    const Module *entry = w->in->graph->modules[plan->entry];
    if (entry->hashbang.len) {
        strbuf_append(b, entry->hashbang);
        strbuf_append_char(b, '\n');
    }
    // The directive must come before any statement: first in cjs output (a banner is then
    // strict too), first in the iife's function (the banner outside keeps its own mode).
    bool strict = plan->format != FORMAT_ESM && bundle_is_strict(w);
    const char *use_strict = minify(w) ? "\"use strict\";" : "\"use strict\";\n";
    if (strict && plan->format == FORMAT_CJS)
        strbuf_append_cstr(b, use_strict);
    Str banner = text_for_js(&w->in->options->banners);
    if (banner.len) {
        strbuf_append(b, banner);
        strbuf_append_char(b, '\n');
    }
    if (plan->format == FORMAT_IIFE) {
        append_global_name(b, w->in->options->global_name, minify(w));
        strbuf_append_cstr(b, minify(w) ? "(()=>{" : "(() => {\n");
        if (strict)
            strbuf_append_cstr(b, use_strict);
    }
    runtime_append(b, plan->helpers, minify(w));
    append_namespaces(w, b);
    // cjs output exports the entry's namespace first, so a require() cycle back into the
    // bundle sees the bindings, as it would the original module's.
    if (plan->format == FORMAT_CJS && !entry_wrapped(w) &&
        plan->modules[plan->entry].needs_namespace) {
        Str ns = plan->modules[plan->entry].namespace_name;
        strbuf_printf(b, "module.exports%s__toCommonJS(%.*s);%s", minify(w) ? "=" : " = ",
                      (int)ns.len, ns.ptr, minify(w) ? "" : "\n");
    }
}

static void append_esm_exports(Writer *w, StrBuf *b) {
    const LinkPlan *plan = w->in->plan;
    bool min = minify(w);
    if (entry_wrapped(w)) {
        Str req = entry_require(w);
        strbuf_printf(b, "export default %.*s(%s);%s", (int)req.len, req.ptr, entry_module(w),
                      min ? "" : "\n");
        return;
    }
    if (plan->entry_export_count == 0)
        return;
    for (uint32_t i = 0; i < plan->entry_export_count; i++) {
        const EntryExport *e = &plan->entry_exports[i];
        if (!e->local.len)
            continue;
        strbuf_printf(b, "var %.*s%s", (int)e->local.len, e->local.ptr, min ? "=" : " = ");
        generate_append_print(b, e->print);
        strbuf_append_cstr(b, min ? ";" : ";\n");
    }
    strbuf_append_cstr(b, min ? "export{" : "export {\n");
    for (uint32_t i = 0; i < plan->entry_export_count; i++) {
        const EntryExport *e = &plan->entry_exports[i];
        Str local = e->local.len ? e->local : e->print.name;
        if (i)
            strbuf_append_cstr(b, min ? "," : ",\n");
        if (!min)
            strbuf_append_cstr(b, "  ");
        strbuf_append(b, local);
        if (!str_eq(local, e->name)) {
            strbuf_append_cstr(b, " as ");
            generate_append_key(b, e->name);
        }
    }
    strbuf_append_cstr(b, min ? "};" : "\n};\n");
}

// --legal-comments=eof: the comments of every piece, after the code (and before the footer).
static void append_legal(Writer *w, StrBuf *b) {
    if (!w->eof)
        return;
    bool at_line_start = b->len ? b->data[b->len - 1] == '\n' : (!w->bytes || w->last == '\n');
    legal_eof_append(w->eof, b, at_line_start);
}

static void append_footer(Writer *w, StrBuf *b) {
    append_legal(w, b);
    Str footer = text_for_js(&w->in->options->footers);
    if (footer.len) {
        strbuf_append(b, footer);
        strbuf_append_char(b, '\n');
    }
}

static void append_epilogue(Writer *w, StrBuf *b) {
    const LinkPlan *plan = w->in->plan;
    bool min = minify(w);
    if (plan->format == FORMAT_ESM) {
        append_esm_exports(w, b);
        append_footer(w, b);
        return;
    }
    Str req = entry_require(w);
    if (plan->format == FORMAT_CJS) {
        if (entry_wrapped(w))
            strbuf_printf(b, "module.exports%s%.*s(%s);%s", min ? "=" : " = ", (int)req.len,
                          req.ptr, entry_module(w), min ? "" : "\n");
        append_footer(w, b);
        return;
    }
    // iife: hand the entry's exports to the global name, if any.
    if (w->in->options->global_name.len) {
        if (entry_wrapped(w)) {
            strbuf_printf(b, "return %.*s(%s);%s", (int)req.len, req.ptr, entry_module(w),
                          min ? "" : "\n");
        } else {
            Str ns = plan->modules[plan->entry].namespace_name;
            strbuf_printf(b, "return __toCommonJS(%.*s);%s", (int)ns.len, ns.ptr, min ? "" : "\n");
        }
    } else if (entry_wrapped(w)) {
        strbuf_printf(b, "%.*s(%s);%s", (int)req.len, req.ptr, entry_module(w), min ? "" : "\n");
    }
    strbuf_append_cstr(b, min ? "})();" : "})();\n");
    append_footer(w, b);
}

// ---------------------------------------------------------------------------------------------

static void submit(Writer *w, PieceJob *jobs, uint32_t position) {
    if (position >= w->in->plan->order_len)
        return;
    strbuf_init(&w->pieces[position].text, w->in->mem, MEM_OUTPUT);
    strbuf_init(&w->pieces[position].legal, w->in->mem, MEM_OUTPUT);
    pool_submit(w->in->pool, &w->wg, print_piece, &jobs[position]);
}

static void write_pieces(Writer *w, PieceJob *jobs) {
    uint32_t n = w->in->plan->order_len;
    for (uint32_t i = 0; i < GENERATE_WINDOW; i++)
        submit(w, jobs, i);
    for (uint32_t i = 0; i < n; i++) {
        Piece *piece = &w->pieces[i];
        mutex_lock(&w->lock);
        while (!piece->done)
            cond_wait(&w->ready, &w->lock);
        mutex_unlock(&w->lock);
        if (i == 0)
            mem_set_stage(w->in->mem, MEM_STAGE_WRITE);
        if (!piece->ok)
            w->failed = true;
        // Readable output separates modules by a blank line.
        if (piece->text.len && w->bytes && !minify(w))
            emit(w, STR("\n"));
        emit_piece(w, i, piece);
        if (w->piece_bytes)
            w->piece_bytes[i] = (uint32_t)piece->text.len;
        strbuf_deinit(&piece->text);
        if (w->eof)
            legal_eof_add(w->eof, strbuf_str(&piece->legal));
        strbuf_deinit(&piece->legal);
        submit(w, jobs, i + GENERATE_WINDOW);
    }
}

static bool open_output(Writer *w) {
    if (!w->in->outfile.len) {
        w->to_stdout = true;
        return true;
    }
    int err = 0;
    if (fs_output_open(&w->file, w->in->mem, w->in->outfile.ptr, &err))
        return true;
    diag_report_io(w->in->diag, "write", w->in->outfile, err);
    return false;
}

static bool close_output(Writer *w) {
    if (w->to_stdout)
        return !w->failed && fflush(stdout) == 0;
    if (w->failed || diag_error_count(w->in->diag)) {
        fs_output_abort(&w->file);
        return false;
    }
    int err = 0;
    if (fs_output_commit(&w->file, &err))
        return true;
    diag_report_io(w->in->diag, "write", w->in->outfile, err);
    return false;
}

// The map's end, then the bundle's closing comment that points at it.
static bool finish_map(Writer *w) {
    if (!w->map)
        return true;
    bool ok = map_output_finish(w->map);
    if (w->last != '\n' && w->in->options->sourcemap != SOURCEMAP_EXTERNAL)
        emit_code(w, STR("\n")); // the comment has a line of its own, minified or not
    map_output_comment(w->map, (SmapSink){ code_sink, w });
    return ok;
}

bool generate_run(const GenerateInput *in, GenerateResult *out) {
    mem_set_stage(in->mem, MEM_STAGE_GENERATE);
    Mem *mem = in->mem;
    uint32_t n = in->plan->order_len;
    uint32_t workers = pool_thread_count(in->pool);
    Writer w = { .in = in, .piece_bytes = out->piece_bytes };
    if (!open_output(&w))
        return false;
    LegalEof eof;
    LegalComments legal = in->options->legal_comments;
    if (legal == LEGAL_EOF || legal == LEGAL_DEFAULT) {
        w.eof = &eof;
        legal_eof_init(&eof, mem);
    }
    MapOutput map;
    if (in->options->sourcemap != SOURCEMAP_NONE) {
        w.map = &map;
        if (!map_output_open(&map, in))
            w.failed = true;
    }
    w.pieces = mem_calloc(mem, MEM_OUTPUT, sizeof(Piece) * MAX(n, 1));
    w.scratch = mem_alloc(mem, MEM_THREADS, sizeof(Arena) * workers);
    for (uint32_t i = 0; i < workers; i++)
        arena_init(&w.scratch[i], mem, MEM_AST, 0);
    PieceJob *jobs = mem_alloc(mem, MEM_OUTPUT, sizeof(PieceJob) * MAX(n, 1));
    for (uint32_t i = 0; i < n; i++)
        jobs[i] = (PieceJob){ &w, i };
    mutex_init(&w.lock);
    cond_init(&w.ready);
    waitgroup_init(&w.wg);

    StrBuf frame;
    strbuf_init(&frame, mem, MEM_OUTPUT);
    append_prologue(&w, &frame);
    emit(&w, strbuf_str(&frame));
    write_pieces(&w, jobs);
    strbuf_clear(&frame);
    append_epilogue(&w, &frame);
    emit(&w, strbuf_str(&frame));
    strbuf_deinit(&frame);
    waitgroup_wait(&w.wg);
    if (!finish_map(&w))
        w.failed = true;
    bool ok = close_output(&w);
    if (w.map && !map_output_close(w.map, ok))
        ok = false;
    out->bytes_written = w.bytes;

    waitgroup_deinit(&w.wg);
    cond_deinit(&w.ready);
    mutex_deinit(&w.lock);
    mem_free(mem, jobs);
    for (uint32_t i = 0; i < workers; i++)
        arena_deinit(&w.scratch[i]);
    mem_free(mem, w.scratch);
    mem_free(mem, w.pieces);
    if (w.eof)
        legal_eof_deinit(w.eof);
    return ok;
}
