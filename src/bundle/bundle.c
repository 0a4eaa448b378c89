// bundle: scan → link → generate → write for every entry point (see bundle.h).
#include "bundle/bundle.h"

#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/fs.h"
#include "base/path.h"
#include "bundle/metafile.h"
#include "cli/resolve_options.h"
#include "generate/generate.h"
#include "link/link.h"
#include "resolve/resolver.h"
#include "scan/props.h"
#include "scan/scan.h"

// esbuild's default: esm for neutral, cjs for node, iife for the browser.
static OutputFormat output_format(const Options *o) {
    if (o->format != FORMAT_DEFAULT)
        return o->format;
    if (o->platform == PLATFORM_NODE)
        return FORMAT_CJS;
    return o->platform == PLATFORM_NEUTRAL ? FORMAT_ESM : FORMAT_IIFE;
}

// --outfile, or --outdir/<entry name>.js, or stdout (empty).
static Str output_path(Arena *a, const Options *o, const Module *entry) {
    if (o->outfile.len)
        return o->outfile;
    if (!o->outdir.len)
        return (Str){ 0 };
    Str base = path_basename(entry->path);
    base.len -= path_extname(base).len;
    char *name = arena_alloc(a, base.len + 4);
    memcpy(name, base.ptr, base.len);
    memcpy(name + base.len, ".js", 4);
    return path_join(a, o->outdir, (Str){ name, base.len + 3 });
}

// esbuild-style summary on stderr: each file written and its size, then the time.
static void print_written(const Options *o, Str path, uint64_t bytes) {
    if (o->log_level > LOG_INFO || !path.len)
        return;
    double kib = (double)bytes / 1024.0;
    if (kib < 1024.0)
        fprintf(stderr, "  %.*s  %.1f KiB\n", (int)path.len, path.ptr, kib);
    else
        fprintf(stderr, "  %.*s  %.1f MiB\n", (int)path.len, path.ptr, kib / 1024.0);
}

static bool bundle_entry(Mem *mem, Pool *pool, DiagSink *diag, const Options *o, const Graph *g,
                         ModuleId entry, Arena *a, StrBuf *meta_outputs) {
    LinkPlan plan;
    link_run(g, entry, o, diag, &plan);
    bool ok = diag_error_count(diag) == 0;
    if (ok) {
        GenerateInput gi = {
            .mem = mem,
            .pool = pool,
            .diag = diag,
            .graph = g,
            .plan = &plan,
            .options = o,
            .outfile = output_path(a, o, g->modules[entry]),
        };
        GenerateResult result = { 0 };
        if (meta_outputs)
            result.piece_bytes = arena_alloc_zero(a, sizeof(uint32_t) * MAX(plan.order_len, 1));
        ok = generate_run(&gi, &result);
        if (ok)
            print_written(o, gi.outfile, result.bytes_written);
        if (ok && meta_outputs)
            metafile_output(meta_outputs, g, &plan, gi.outfile.len ? gi.outfile : STR("<stdout>"),
                            result.bytes_written, result.piece_bytes, meta_outputs->len == 0);
    }
    link_plan_deinit(&plan);
    return ok;
}

static bool write_metafile(Mem *mem, DiagSink *diag, const Options *o, const Graph *g,
                           const StrBuf *outputs) {
    StrBuf b;
    strbuf_init(&b, mem, MEM_OUTPUT);
    strbuf_append_cstr(&b, "{\n  \"inputs\": {");
    metafile_inputs(&b, g);
    strbuf_append_cstr(&b, "\n  },\n  \"outputs\": {");
    strbuf_append(&b, strbuf_str(outputs));
    strbuf_append_cstr(&b, "\n  }\n}\n");
    FsOutput file;
    int err = 0;
    bool ok = fs_output_open(&file, mem, o->metafile.ptr, &err);
    if (ok && !(fs_output_write(&file, b.data, b.len, &err) && fs_output_commit(&file, &err))) {
        fs_output_abort(&file);
        ok = false;
    }
    if (!ok)
        diag_report_io(diag, "write", o->metafile, err);
    strbuf_deinit(&b);
    return ok;
}

bool bundle_run(Mem *mem, Pool *pool, DiagSink *diag, const Options *given) {
    Options o = *given;
    o.format = output_format(given);
    bool to_stdout = !o.outfile.len && !o.outdir.len;
    if (to_stdout && (o.sourcemap == SOURCEMAP_LINKED || o.sourcemap == SOURCEMAP_EXTERNAL)) {
        diag_report(diag, DIAG_ERROR, NULL, 0, 0,
                    "cannot use an external source map without an output path");
        return false;
    }
    if (o.entries.len > 1 && o.outfile.len) {
        diag_report(diag, DIAG_ERROR, NULL, 0, 0,
                    "must use --outdir when there are multiple input files");
        return false;
    }
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    // --mangle-props: compiled once, matched by every scan worker (regexec is thread-safe).
    PropRegex props;
    Str bad_regex;
    if (o.mangle_props.len &&
        !props_compile(&props, o.mangle_props, o.reserve_props, &a, &bad_regex)) {
        diag_report(diag, DIAG_ERROR, NULL, 0, 0, "invalid regular expression for %s: %.*s",
                    "--mangle-props or --reserve-props", (int)bad_regex.len, bad_regex.ptr);
        arena_deinit(&a);
        return false;
    }
    Str cwd;
    bool ok = fs_getcwd(&a, &cwd);
    ResolveOptions ro;
    resolve_options_from(&ro, &o, &a, cwd);
    Resolver *resolver = resolver_create(mem, &ro);
    ScanInput in = {
        .mem = mem,
        .pool = pool,
        .diag = diag,
        .resolver = resolver,
        .cwd = cwd,
        .entries = o.entries.items,
        .entry_count = o.entries.len,
        .source_type = o.source_type,
        .props = o.mangle_props.len ? &props : NULL,
        .pure_names = o.pure.items,
        .pure_count = o.pure.len,
        .jsx = o.jsx,
    };
    Graph g;
    scan_run(&in, &g);
    ok = ok && diag_error_count(diag) == 0;
    StrBuf outputs;
    strbuf_init(&outputs, mem, MEM_OUTPUT);
    StrBuf *meta = o.metafile.len ? &outputs : NULL;
    for (uint32_t e = 0; ok && e < g.entry_count; e++)
        ok = bundle_entry(mem, pool, diag, &o, &g, g.entries[e], &a, meta);
    if (ok && meta)
        ok = write_metafile(mem, diag, &o, &g, &outputs);
    strbuf_deinit(&outputs);
    mem_set_stage(mem, MEM_STAGE_OTHER);
    if (ok && o.log_level <= LOG_INFO && (o.outfile.len || o.outdir.len))
        fprintf(stderr, "bale: %u module%s bundled in %.0f ms\n", g.module_count,
                g.module_count == 1 ? "" : "s", mem_elapsed_ms(mem));
    graph_deinit(&g);
    resolver_destroy(resolver);
    if (o.mangle_props.len)
        props_free(&props);
    arena_deinit(&a);
    return ok;
}
