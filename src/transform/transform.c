// transform: parse and print each input on its own (see transform.h).
//
// Three steps: check the flags (before touching any file, so a bad command line reads
// nothing), parse and print every file on the pool into its own buffer, then — only when all
// of them succeeded — choose the output paths and write the buffers in input order. Printed
// text waits in memory until every file has parsed: that is what lets a syntax error in the
// last file leave no output at all.
#include "transform/transform.h"

#include <errno.h>
#include <string.h>

#include "base/arena.h"
#include "base/fs.h"
#include "base/map.h"
#include "base/path.h"
#include "js/printer.h"
#include "transform/transform_int.h"

// One worker's scratch: the file being transformed and its tree, reset after each file.
typedef struct Worker {
    Arena source; // MEM_SOURCE: the file's text
    Arena ast;    // MEM_AST: nodes, lists, scopes, symbols
} Worker;

// One job per input. Results are read by index, never in completion order.
typedef struct FileJob {
    const TransformInput *in;
    Worker *workers;
    Str path;        // as given on the command line
    SourceType type; // the goal it is parsed with
    StrBuf printed;  // MEM_OUTPUT; filled when ok
    StrBuf map;      // --sourcemap: `"mappings":…,"names":[…]` of the map (MEM_SOURCEMAP)
    StrBuf content;  // --sourcemap: the source text escaped for "sourcesContent"
    bool ok;         // read, parsed and printed
} FileJob;

// The goal a file is parsed with: the forced one, else by extension as node and esbuild do.
static SourceType source_type_for(Str path, SourceType forced) {
    if (forced != PARSE_AUTO)
        return forced;
    Str ext = path_extname(path);
    if (str_eq(ext, STR(".mjs")) || str_eq(ext, STR(".mts")))
        return PARSE_MODULE;
    if (str_eq(ext, STR(".cjs")) || str_eq(ext, STR(".cts")))
        return PARSE_COMMONJS;
    return PARSE_AUTO;
}

// Parses the file with the worker's arenas and prints it into job->printed.
static void transform_one(void *ctx, uint32_t worker) {
    FileJob *job = ctx;
    Worker *w = &job->workers[worker];
    const char *cpath = arena_strndup(&w->source, job->path.ptr, job->path.len);
    Str text;
    int err = 0;
    if (!fs_read_file(&w->source, cpath, &text, &err)) {
        diag_report_io(job->in->diag, "read", job->path, err);
    } else {
        DiagFile file = { job->path, text };
        ParseOptions popt = { .source_type = job->type,
                              .loader = parse_loader_for_path(job->path),
                              .pure_names = job->in->pure_names,
                              .pure_count = job->in->pure_count,
                              .jsx = job->in->jsx };
        ParseResult res;
        if (parse_program(&file, job->in->diag, &w->ast, &popt, &res)) {
            PrintOptions opt = {
                .minify_whitespace = job->in->minify_whitespace,
                .minify_syntax = job->in->minify_syntax,
                .hashbang = res.hashbang,
            };
            if (job->in->legal_comments != LEGAL_NONE) {
                opt.legal_comments = res.legal_comments.items;
                opt.legal_comments_len = res.legal_comments.len;
                opt.legal_at_end = job->in->legal_comments == LEGAL_EOF;
            }
            PrintMappingVec pairs = { 0 };
            if (job->in->sourcemap != SOURCEMAP_NONE)
                opt.mappings = &pairs;
            Printer p;
            printer_init(&p, &res.ast, text, &job->printed, &opt);
            printer_program(&p);
            // Minified text ends without a newline; a file should end with one (as esbuild's).
            if (job->printed.len && job->printed.data[job->printed.len - 1] != '\n')
                strbuf_append_char(&job->printed, '\n');
            if (opt.mappings)
                transform_map_build(job->in, text, &job->printed, &pairs, &job->map, &job->content);
            job->ok = true;
        }
    }
    arena_reset(&w->ast);
    arena_reset(&w->source);
}

// esbuild's rules: one destination, and several inputs need a directory.
static bool check_flags(const TransformInput *in) {
    if (in->outfile.len && in->outdir.len) {
        diag_report(in->diag, DIAG_ERROR, NULL, 0, 0, "cannot use both --outfile and --outdir");
        return false;
    }
    bool to_stream = !in->outfile.len && !in->outdir.len;
    if (to_stream && (in->sourcemap == SOURCEMAP_LINKED || in->sourcemap == SOURCEMAP_EXTERNAL)) {
        diag_report(in->diag, DIAG_ERROR, NULL, 0, 0,
                    "cannot use an external source map without an output path");
        return false;
    }
    if (in->file_count > 1 && !in->outdir.len) {
        diag_report(in->diag, DIAG_ERROR, NULL, 0, 0,
                    "must use --outdir when there are multiple input files");
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Output paths (--outdir)

// The longest common directory of two absolute normalized directories.
static Str common_dir(Str a, Str b) {
    size_t n = 0;
    while (n < a.len && n < b.len && a.ptr[n] == b.ptr[n])
        n++;
    // Back off to a boundary that ends a whole segment in both ("/ab" and "/ac" share "/").
    while (n > 0 && !((n == a.len || a.ptr[n] == '/') && (n == b.len || b.ptr[n] == '/')))
        n--;
    return n == 0 ? STR("/") : (Str){ a.ptr, n };
}

// outdir + the input's path below `base` with its extension replaced by ".js".
static Str output_path(Arena *a, Str outdir, Str base, Str abs) {
    Str rel = path_relative(a, base, abs);
    Str ext = path_extname(rel);
    rel.len -= ext.len;
    StrBuf name;
    strbuf_init(&name, a->mem, MEM_OTHER);
    strbuf_append(&name, rel);
    strbuf_append_cstr(&name, ".js");
    Str out = path_join(a, outdir, strbuf_str(&name));
    strbuf_deinit(&name);
    return out;
}

// Fills out[i] with the destination of input i. False (reported) when two inputs would write
// the same file or an output would overwrite an input.
static bool plan_outputs(const TransformInput *in, Arena *a, Str *out) {
    if (!in->outdir.len) {
        out[0] = in->outfile; // empty: in->out
        return true;
    }
    Str cwd;
    if (!fs_getcwd(a, &cwd)) {
        diag_report(in->diag, DIAG_ERROR, NULL, 0, 0, "could not find the current directory");
        return false;
    }
    Str *abs = arena_new_array(a, Str, in->file_count);
    Str base = STR("");
    for (uint32_t i = 0; i < in->file_count; i++) {
        abs[i] = path_absolute(a, cwd, in->files[i]);
        Str dir = path_dirname(abs[i]);
        base = i == 0 ? dir : common_dir(base, dir);
    }
    Str outdir = path_absolute(a, cwd, in->outdir);
    Map seen; // absolute path -> 1 + input index, or 0 for an input itself
    map_init(&seen, in->mem, MEM_OTHER);
    for (uint32_t i = 0; i < in->file_count; i++)
        map_put_str(&seen, abs[i], 0);
    bool ok = true;
    for (uint32_t i = 0; i < in->file_count && ok; i++) {
        out[i] = output_path(a, outdir, base, abs[i]);
        bool inserted;
        uint64_t *v = map_find_or_insert_str(&seen, out[i], i + 1, &inserted);
        if (!inserted && *v == 0) {
            diag_report(in->diag, DIAG_ERROR, NULL, 0, 0,
                        "refusing to overwrite input file \"%.*s\"", STR_FMT(out[i]));
            ok = false;
        } else if (!inserted) {
            diag_report(in->diag, DIAG_ERROR, NULL, 0, 0,
                        "\"%.*s\" and \"%.*s\" would both be written to \"%.*s\"",
                        STR_FMT(in->files[*v - 1]), STR_FMT(in->files[i]), STR_FMT(out[i]));
            ok = false;
        }
    }
    map_deinit(&seen);
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Writing

static bool write_stream(const TransformInput *in, const StrBuf *text) {
    if (text->len && fwrite(text->data, 1, text->len, in->out) != text->len) {
        diag_report_io(in->diag, "write", STR("<stdout>"), errno);
        return false;
    }
    if (fflush(in->out) != 0) {
        diag_report_io(in->diag, "write", STR("<stdout>"), errno);
        return false;
    }
    return true;
}

// Writes text to path through a temp file renamed over it, so a failure leaves nothing.
static bool write_file(const TransformInput *in, Str path, const StrBuf *text) {
    FsOutput o;
    int err = 0;
    if (!fs_output_open(&o, in->mem, path.ptr, &err)) {
        diag_report_io(in->diag, "write", path, err);
        return false;
    }
    if (!fs_output_write(&o, text->data ? text->data : "", text->len, &err)) {
        fs_output_abort(&o);
        diag_report_io(in->diag, "write", path, err);
        return false;
    }
    if (!fs_output_commit(&o, &err)) {
        diag_report_io(in->diag, "write", path, err);
        return false;
    }
    return true;
}

// Writes every printed file in input order, freeing each buffer once written; with
// --sourcemap, its map first (the printed text gets the comment that points to it).
static bool write_outputs(const TransformInput *in, FileJob *jobs) {
    Arena paths;
    arena_init(&paths, in->mem, MEM_OTHER, 0);
    Str *out = arena_new_array(&paths, Str, in->file_count);
    bool ok = plan_outputs(in, &paths, out);
    for (uint32_t i = 0; i < in->file_count && ok; i++) {
        if (in->sourcemap != SOURCEMAP_NONE)
            ok = transform_map_write(in, &paths, in->files[i], out[i], &jobs[i].map,
                                     &jobs[i].content, &jobs[i].printed);
        if (ok && out[i].len)
            ok = write_file(in, out[i], &jobs[i].printed);
        else if (ok)
            ok = write_stream(in, &jobs[i].printed);
        strbuf_deinit(&jobs[i].printed);
    }
    arena_deinit(&paths);
    return ok;
}

// ---------------------------------------------------------------------------------------------
// The run

bool transform_run(const TransformInput *in) {
    if (!check_flags(in))
        return false;
    mem_set_stage(in->mem, MEM_STAGE_SCAN);
    uint32_t nworkers = pool_thread_count(in->pool);
    Worker *workers = mem_alloc(in->mem, MEM_THREADS, sizeof(Worker) * nworkers);
    for (uint32_t w = 0; w < nworkers; w++) {
        arena_init(&workers[w].source, in->mem, MEM_SOURCE, 0);
        arena_init(&workers[w].ast, in->mem, MEM_AST, 0);
    }
    FileJob *jobs = mem_calloc(in->mem, MEM_OTHER, sizeof(FileJob) * MAX(in->file_count, 1));
    for (uint32_t i = 0; i < in->file_count; i++) {
        jobs[i] = (FileJob){ .in = in, .workers = workers, .path = in->files[i] };
        jobs[i].type = source_type_for(in->files[i], in->source_type);
        strbuf_init(&jobs[i].printed, in->mem, MEM_OUTPUT);
        strbuf_init(&jobs[i].map, in->mem, MEM_SOURCEMAP);
        strbuf_init(&jobs[i].content, in->mem, MEM_SOURCEMAP);
    }
    pool_for_each(in->pool, transform_one, jobs, sizeof(FileJob), in->file_count);
    for (uint32_t w = 0; w < nworkers; w++) {
        arena_deinit(&workers[w].ast);
        arena_deinit(&workers[w].source);
    }
    mem_free(in->mem, workers);

    bool ok = true;
    for (uint32_t i = 0; i < in->file_count; i++)
        ok &= jobs[i].ok;
    mem_set_stage(in->mem, MEM_STAGE_WRITE);
    if (ok)
        ok = write_outputs(in, jobs);
    for (uint32_t i = 0; i < in->file_count; i++) {
        strbuf_deinit(&jobs[i].printed); // those not written (deinit twice is harmless)
        strbuf_deinit(&jobs[i].map);
        strbuf_deinit(&jobs[i].content);
    }
    mem_free(in->mem, jobs);
    return ok;
}
