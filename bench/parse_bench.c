// parse_bench: bale's parser and printer timed in-process on one file, for bench/parser.mjs.
//
//   parse_bench FILE [RUNS [module|script|auto]]
//
// Reads FILE once, then RUNS times (default 10): parses it into an arena (reset between runs,
// so its chunks stay warm as a worker's do) and prints it readable into a reused buffer. One
// thread, no output written. The source type is bale's default (.mjs module, others detected)
// unless the third argument forces one. Prints one JSON object on stdout:
//   {"bytes":N,"runs":N,"parse_ms":[…],"print_ms":[…],"ast_bytes":N,"nodes":N,
//    "list_words":N,"scopes":N,"symbols":N,"out_bytes":N}
// ast_bytes is everything the parse put in its arena (nodes, lists, scopes, symbols, and what
// vector growth left behind); nodes/list_words/scopes/symbols are the live counts. Exit 1
// when the file cannot be read or does not parse. Built by `make bench-parser`.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "base/fs.h"
#include "base/mem.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/parser.h"
#include "js/printer.h"

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void print_times(const char *name, const double *ms, int runs) {
    printf("\"%s\":[", name);
    for (int i = 0; i < runs; i++)
        printf("%s%.3f", i ? "," : "", ms[i]);
    printf("],");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs("usage: parse_bench FILE [RUNS [module|script|auto]]\n", stderr);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 10;
    if (runs < 1 || runs > 1000)
        runs = 10;
    Mem *mem = mem_create();
    Arena source;
    Arena ast;
    arena_init(&source, mem, MEM_SOURCE, 0);
    arena_init(&ast, mem, MEM_AST, 0);
    DiagSink *sink = diag_create(mem, 10);
    Str text;
    int err = 0;
    if (!fs_read_file(&source, argv[1], &text, &err)) {
        fprintf(stderr, "parse_bench: cannot read %s\n", argv[1]);
        return 1;
    }
    DiagFile file = { str_from_cstr(argv[1]), text };
    // The module goal for .mjs, as bale decides; others are detected unless forced.
    ParseOptions popt = { .source_type = str_ends_with(file.path, STR(".mjs")) ? PARSE_MODULE
                                                                               : PARSE_AUTO };
    if (argc > 3 && strcmp(argv[3], "module") == 0)
        popt.source_type = PARSE_MODULE;
    else if (argc > 3 && strcmp(argv[3], "script") == 0)
        popt.source_type = PARSE_SCRIPT;
    StrBuf out;
    strbuf_init(&out, mem, MEM_OUTPUT);
    double *parse_ms = calloc((size_t)runs, sizeof(double));
    double *print_ms = calloc((size_t)runs, sizeof(double));
    ParseResult res;
    size_t ast_bytes = 0;
    for (int i = 0; i < runs; i++) {
        arena_reset(&ast);
        strbuf_clear(&out);
        double t0 = now_ms();
        if (!parse_program(&file, sink, &ast, &popt, &res)) {
            diag_print(sink, stderr, false);
            return 1;
        }
        double t1 = now_ms();
        ast_bytes = arena_bytes_used(&ast);
        PrintOptions opt = { .legal_comments = res.legal_comments.items,
                             .legal_comments_len = res.legal_comments.len,
                             .hashbang = res.hashbang };
        Printer p;
        printer_init(&p, &res.ast, text, &out, &opt);
        printer_program(&p);
        double t2 = now_ms();
        parse_ms[i] = t1 - t0;
        print_ms[i] = t2 - t1;
    }
    printf("{\"bytes\":%zu,\"runs\":%d,", text.len, runs);
    print_times("parse_ms", parse_ms, runs);
    print_times("print_ms", print_ms, runs);
    printf("\"ast_bytes\":%zu,\"nodes\":%u,\"list_words\":%u,\"scopes\":%u,\"symbols\":%u,"
           "\"out_bytes\":%zu}\n",
           ast_bytes, res.ast.nodes.len, res.ast.extra.len, res.scopes.scopes.len,
           res.scopes.symbols.len, out.len);
    free(print_ms);
    free(parse_ms);
    strbuf_deinit(&out);
    diag_destroy(sink);
    arena_deinit(&ast);
    arena_deinit(&source);
    mem_destroy(mem);
    return 0;
}
