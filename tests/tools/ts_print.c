// ts_print: a test-only tool that parses one file with bale's parser and prints it back as
// JavaScript, until the CLI's transform mode carries the TypeScript and JSX options. The
// loader comes from the extension; flags set the other ParseOptions:
//
//   ts_print [--jsx=classic|automatic|preserve] [--jsx-dev] [--jsx-factory=F] [--jsx-fragment=F]
//            [--jsx-import-source=S] [--verbatim] [--assign-fields]
//            [--experimental-decorators] [--decorator-metadata] [--loader=ts|tsx|jsx|js] FILE
//
//   ts_print --bench FILE...
//
// Prints the program on stdout (exit 0), or the diagnostics on stderr (exit 1). With --bench it
// parses and prints every file (loader by extension) without writing the output, and reports
// `files N bytes B seconds S failed F` for bench/ts.mjs (the time excludes reading the files).
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "base/fs.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "js/printer.h"

static bool flag_value(const char *arg, const char *name, Str *out) {
    size_t n = strlen(name);
    if (strncmp(arg, name, n) != 0 || arg[n] != '=')
        return false;
    *out = str_from_cstr(arg + n + 1);
    return true;
}

static bool parse_args(int argc, char **argv, ParseOptions *o, const char **path) {
    bool loader_set = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        Str v;
        if (strcmp(a, "--jsx=automatic") == 0) {
            o->jsx = JSX_AUTOMATIC;
        } else if (strcmp(a, "--jsx=classic") == 0) {
            o->jsx = JSX_CLASSIC;
        } else if (strcmp(a, "--jsx=preserve") == 0) {
            o->jsx = JSX_PRESERVE;
        } else if (strcmp(a, "--jsx-dev") == 0) {
            o->jsx_dev = true;
        } else if (strcmp(a, "--verbatim") == 0) {
            o->verbatim_module_syntax = true;
        } else if (strcmp(a, "--assign-fields") == 0) {
            o->assign_class_fields = true;
        } else if (strcmp(a, "--experimental-decorators") == 0) {
            o->experimental_decorators = true;
        } else if (strcmp(a, "--decorator-metadata") == 0) {
            o->emit_decorator_metadata = true;
        } else if (flag_value(a, "--jsx-factory", &v)) {
            o->jsx_factory = v;
        } else if (flag_value(a, "--jsx-fragment", &v)) {
            o->jsx_fragment = v;
        } else if (flag_value(a, "--jsx-import-source", &v)) {
            o->jsx_import_source = v;
        } else if (flag_value(a, "--loader", &v)) {
            loader_set = true;
            o->loader = str_eq_cstr(v, "ts")    ? LOADER_TS
                        : str_eq_cstr(v, "tsx") ? LOADER_TSX
                        : str_eq_cstr(v, "jsx") ? LOADER_JSX
                                                : LOADER_JS;
        } else if (a[0] == '-') {
            fprintf(stderr, "ts_print: unknown flag %s\n", a);
            return false;
        } else {
            *path = a;
        }
    }
    if (!*path) {
        fprintf(stderr, "usage: ts_print [options] FILE\n");
        return false;
    }
    if (!loader_set)
        o->loader = parse_loader_for_path(str_from_cstr(*path));
    return true;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

// --bench: every file read first, then parsed and printed in a loop, as a bundler's workers do.
static int bench(int argc, char **argv) {
    Mem *mem = mem_create();
    Arena files;
    arena_init(&files, mem, MEM_SOURCE, 0);
    Arena arena;
    arena_init(&arena, mem, MEM_AST, 0);
    int n = argc - 2;
    Str *texts = arena_new_array(&files, Str, (size_t)n);
    size_t bytes = 0;
    for (int i = 0; i < n; i++) {
        int err;
        if (!fs_read_file(&files, argv[i + 2], &texts[i], &err)) {
            fprintf(stderr, "ts_print: cannot read %s: %s\n", argv[i + 2], strerror(err));
            return 1;
        }
        bytes += texts[i].len;
    }
    StrBuf out;
    strbuf_init(&out, mem, MEM_OUTPUT);
    int failed = 0;
    double start = now();
    for (int i = 0; i < n; i++) {
        arena_reset(&arena);
        strbuf_clear(&out);
        ParseOptions opt = { .source_type = PARSE_MODULE,
                             .loader = parse_loader_for_path(str_from_cstr(argv[i + 2])) };
        DiagFile file = { str_from_cstr(argv[i + 2]), texts[i] };
        ParseResult res;
        if (!parse_program(&file, NULL, &arena, &opt, &res)) {
            failed++;
            continue;
        }
        PrintOptions popt = { 0 };
        Printer p;
        printer_init(&p, &res.ast, texts[i], &out, &popt);
        printer_program(&p);
    }
    double seconds = now() - start;
    printf("files %d bytes %zu seconds %.6f failed %d\n", n, bytes, seconds, failed);
    strbuf_deinit(&out);
    arena_deinit(&arena);
    arena_deinit(&files);
    mem_destroy(mem);
    return failed ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--bench") == 0)
        return bench(argc, argv);
    ParseOptions opt = { .source_type = PARSE_MODULE };
    const char *path = NULL;
    if (!parse_args(argc, argv, &opt, &path))
        return 2;
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_AST, 0);
    DiagSink *sink = diag_create(mem, 0);
    Str text;
    int err;
    int status = 0;
    if (!fs_read_file(&arena, path, &text, &err)) {
        fprintf(stderr, "ts_print: cannot read %s: %s\n", path, strerror(err));
        status = 1;
    } else {
        DiagFile file = { str_from_cstr(path), text };
        ParseResult res;
        if (parse_program(&file, sink, &arena, &opt, &res)) {
            StrBuf out;
            strbuf_init(&out, mem, MEM_OUTPUT);
            PrintOptions popt = { .legal_comments = res.legal_comments.items,
                                  .legal_comments_len = res.legal_comments.len };
            Printer p;
            printer_init(&p, &res.ast, text, &out, &popt);
            printer_program(&p);
            if (out.len)
                fwrite(out.data, 1, out.len, stdout);
            strbuf_deinit(&out);
        } else {
            status = 1;
        }
    }
    diag_print(sink, stderr, false);
    diag_destroy(sink);
    arena_deinit(&arena);
    mem_destroy(mem);
    return status;
}
