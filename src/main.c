// main: the bale command. Parses the flags into Options, runs the build stages, prints the
// diagnostics and the memory report, and maps the outcome to an exit status (0 success,
// 1 any error). The only file besides ASSERT that ends the process.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/mem.h"
#include "base/pool.h"
#include "bundle/bundle.h"
#include "cli/mem_report.h"
#include "cli/options.h"
#include "diag/diag.h"
#include "transform/transform.h"

enum { ERROR_LIMIT = 100 };

// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
static bool stderr_wants_color(void) {
    const char *no_color = getenv("NO_COLOR");
    return isatty(STDERR_FILENO) && !(no_color && no_color[0]);
}

static bool write_mem_report(Mem *mem, const Options *o) {
    if (o->mem_report_file.len) {
        FILE *f = fopen(o->mem_report_file.ptr, "w");
        if (!f) {
            fprintf(stderr, "error: could not write \"%s\": %s\n", o->mem_report_file.ptr,
                    strerror(errno));
            return false;
        }
        mem_report_print_json(mem, f);
        return fclose(f) == 0;
    }
    if (o->mem_report == MEM_REPORT_TEXT)
        mem_report_print_text(mem, stderr);
    else if (o->mem_report == MEM_REPORT_JSON)
        mem_report_print_json(mem, stderr);
    return true;
}

// Without --bundle: each file parsed and printed on its own (transform/transform.h).
static void run_transform(Mem *mem, Pool *pool, DiagSink *diag, const Options *o) {
    static const SourceType types[] = { [SOURCE_TYPE_AUTO] = PARSE_AUTO,
                                        [SOURCE_TYPE_MODULE] = PARSE_MODULE,
                                        [SOURCE_TYPE_SCRIPT] = PARSE_SCRIPT };
    if (o->mangle_props.len) {
        // The same property must get the same name everywhere: the whole bundle is needed.
        diag_report(diag, DIAG_ERROR, NULL, 0, 0, "--mangle-props needs --bundle");
        return;
    }
    TransformInput in = {
        .mem = mem,
        .pool = pool,
        .diag = diag,
        .files = o->entries.items,
        .file_count = o->entries.len,
        .outfile = o->outfile,
        .outdir = o->outdir,
        .out = stdout,
        .source_type = types[o->source_type],
        .minify_whitespace = o->minify_whitespace,
        .sourcemap = o->sourcemap,
        .sources_content = o->sources_content == SOURCES_CONTENT_TRUE,
        .source_root = o->source_root,
        .minify_syntax = o->minify_syntax,
        .legal_comments = o->legal_comments,
        .pure_names = o->pure.items,
        .pure_count = o->pure.len,
        .jsx = o->jsx == JSX_OPTION_PRESERVE    ? JSX_PRESERVE
               : o->jsx == JSX_OPTION_AUTOMATIC ? JSX_AUTOMATIC
                                                : JSX_CLASSIC,
    };
    transform_run(&in); // its errors are in diag
}

// Runs the build. Returns true when it succeeded.
static bool build(Mem *mem, const Options *o) {
    DiagSink *diag = diag_create(mem, ERROR_LIMIT);
    Pool *pool = pool_create(mem, o->threads);
    bool ok = true;
    if (o->bundle)
        ok = bundle_run(mem, pool, diag, o);
    else
        run_transform(mem, pool, diag, o);
    mem_set_stage(mem, MEM_STAGE_OTHER);
    pool_destroy(pool);
    if (o->log_level >= LOG_ERROR)
        diag_hide_warnings(diag);
    if (o->log_level < LOG_SILENT)
        diag_print(diag, stderr, stderr_wants_color());
    ok = ok && diag_error_count(diag) == 0;
    diag_destroy(diag);
    return ok;
}

int main(int argc, char **argv) {
    Mem *mem = mem_create();
    Arena args;
    arena_init(&args, mem, MEM_OTHER, 16 * 1024);
    StrBuf error;
    strbuf_init(&error, mem, MEM_OTHER);
    Options o;
    int status = 0;
    bool parsed = options_parse(&o, &args, argc, argv, &error);
    if (!parsed) {
        fprintf(stderr, "error: %s\n", error.data);
        status = 1;
    } else if (o.help) {
        fputs(options_usage(), stdout);
    } else if (o.version) {
        puts(BALE_VERSION);
    } else if (o.entries.len == 0) {
        fputs("error: no entry points (run bale --help for usage)\n", stderr);
        status = 1;
    } else {
        status = build(mem, &o) ? 0 : 1;
    }
    // The report follows any run whose flags could be read, even one that did no work.
    if (parsed && !write_mem_report(mem, &o))
        status = 1;
    strbuf_deinit(&error);
    arena_deinit(&args);
    mem_destroy(mem);
    return status;
}
