// resolve_tool: the resolver on the command line, for the node-side oracle tests
// (tests/resolve/*.test.mjs). Takes bale's resolver flags (--platform, --conditions, ...) and
// reads queries from stdin, one per line:
//
//     import<TAB>DIR<TAB>SPECIFIER      (also: require, dynamic, entry)
//     tsconfig<TAB>DIR                  (the TsConfig for DIR, as JSON)
//
// and answers each on one line of stdout, in order: `found<TAB>PATH`, `external<TAB>SPEC`,
// `disabled<TAB>PATH`, `error<TAB>MESSAGE` (newlines written as \n), or the JSON. With
// --threads=N > 1 the queries are answered on a pool of N workers (the output is the same;
// this exercises the shared cache). --mem-report prints bale's memory tables at the end, the
// resolver's cache under its own component. Exit status 0 unless the flags are wrong.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"
#include "base/pool.h"
#include "cli/mem_report.h"
#include "cli/options.h"
#include "cli/resolve_options.h"
#include "resolve/resolver.h"
#include "resolve/tsconfig.h"

// One line of input and its answer. Lives in: the tool's arena (answer on the heap).
typedef struct Query {
    Resolver *r;
    Arena *scratch; // per worker, indexed by worker
    char *line;     // the input line, split in place
    StrBuf answer;
} Query;

// Appends s as a JSON string (or null when unset).
static void put_json_str(StrBuf *b, Str s) {
    if (!s.ptr) {
        strbuf_append_cstr(b, "null");
        return;
    }
    strbuf_append_char(b, '"');
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        if (c == '"' || c == '\\')
            strbuf_append_char(b, '\\');
        strbuf_append_char(b, c);
    }
    strbuf_append_char(b, '"');
}

static void put_tsconfig(StrBuf *b, const TsConfig *c) {
    static const char *const bools[] = { "null", "false", "true" };
    if (!c) {
        strbuf_append_cstr(b, "tsconfig\tnull");
        return;
    }
    strbuf_append_cstr(b, "tsconfig\t{\"path\":");
    put_json_str(b, c->path);
    strbuf_append_cstr(b, ",\"baseUrl\":");
    put_json_str(b, c->base_url);
    strbuf_append_cstr(b, ",\"jsx\":");
    put_json_str(b, c->jsx);
    strbuf_append_cstr(b, ",\"jsxFactory\":");
    put_json_str(b, c->jsx_factory);
    strbuf_append_cstr(b, ",\"target\":");
    put_json_str(b, c->target);
    strbuf_printf(b, ",\"experimentalDecorators\":%s", bools[c->experimental_decorators]);
    strbuf_append_cstr(b, ",\"error\":");
    put_json_str(b, c->error ? c->error->message : (Str){ NULL, 0 });
    strbuf_append_char(b, '}');
}

static void put_result(StrBuf *b, Str spec, const ResolveResult *res) {
    static const char *const names[] = { "found", "external", "disabled", "error" };
    strbuf_printf(b, "%s\t", names[res->status]);
    if (res->status != RESOLVE_NOT_FOUND) {
        strbuf_append(b, res->path);
        return;
    }
    StrBuf msg;
    strbuf_init(&msg, b->mem, MEM_OTHER);
    resolver_format_error(spec, res, &msg);
    for (size_t i = 0; i < msg.len; i++) {
        if (msg.data[i] == '\n')
            strbuf_append_cstr(b, "\\n");
        else
            strbuf_append_char(b, msg.data[i]);
    }
    strbuf_deinit(&msg);
}

static void answer(void *ctx, uint32_t worker) {
    Query *q = ctx;
    Arena *scratch = &q->scratch[worker];
    char *fields[3] = { q->line, NULL, NULL };
    for (int i = 1; i < 3 && fields[i - 1]; i++) {
        char *tab = strchr(fields[i - 1], '\t');
        if (tab)
            *tab = '\0';
        fields[i] = tab ? tab + 1 : NULL;
    }
    if (strcmp(fields[0], "tsconfig") == 0 && fields[1]) {
        put_tsconfig(&q->answer, resolver_tsconfig_for(q->r, scratch, str_from_cstr(fields[1])));
        return;
    }
    ResolveKind kind = RESOLVE_KIND_IMPORT;
    if (strcmp(fields[0], "require") == 0)
        kind = RESOLVE_KIND_REQUIRE;
    else if (strcmp(fields[0], "dynamic") == 0)
        kind = RESOLVE_KIND_DYNAMIC;
    else if (strcmp(fields[0], "entry") == 0)
        kind = RESOLVE_KIND_ENTRY;
    if (!fields[2]) {
        strbuf_append_cstr(&q->answer, "error\tbad query line");
        return;
    }
    ResolveResult res;
    Str spec = str_from_cstr(fields[2]);
    resolver_resolve(q->r, scratch, str_from_cstr(fields[1]), spec, kind, &res);
    put_result(&q->answer, spec, &res);
}

// Reads stdin into lines (in the arena).
static uint32_t read_lines(Arena *a, Query **out) {
    StrBuf all;
    strbuf_init(&all, a->mem, MEM_OTHER);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
        strbuf_append_bytes(&all, buf, n);
    uint32_t count = 0;
    for (size_t i = 0; i < all.len; i++)
        count += all.data[i] == '\n';
    count += all.len && all.data[all.len - 1] != '\n';
    Query *qs = arena_alloc_zero(a, sizeof(Query) * (count ? count : 1));
    char *text = arena_strndup(a, all.data ? all.data : "", all.len);
    strbuf_deinit(&all);
    uint32_t k = 0;
    for (char *line = text; k < count; k++) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        qs[k].line = line;
        line = nl ? nl + 1 : line + strlen(line);
    }
    *out = qs;
    return count;
}

int main(int argc, char **argv) {
    Mem *mem = mem_create();
    Arena arena;
    arena_init(&arena, mem, MEM_OTHER, 0);
    StrBuf error;
    strbuf_init(&error, mem, MEM_OTHER);
    Options o;
    if (!options_parse(&o, &arena, argc, argv, &error)) {
        fprintf(stderr, "error: %s\n", error.data);
        return 1;
    }
    Str cwd = STR("/");
    if (!fs_getcwd(&arena, &cwd))
        cwd = STR("/");
    ResolveOptions ro;
    resolve_options_from(&ro, &o, &arena, cwd);
    Resolver *r = resolver_create(mem, &ro);
    uint32_t threads = o.threads ? o.threads : 1;
    Arena *scratch = arena_alloc(&arena, sizeof(Arena) * threads);
    for (uint32_t i = 0; i < threads; i++)
        arena_init(&scratch[i], mem, MEM_OTHER, 0);
    Query *qs;
    uint32_t n = read_lines(&arena, &qs);
    for (uint32_t i = 0; i < n; i++) {
        qs[i].r = r;
        qs[i].scratch = scratch;
        strbuf_init(&qs[i].answer, mem, MEM_OTHER);
    }
    if (threads > 1) {
        Pool *pool = pool_create(mem, threads);
        pool_for_each(pool, answer, qs, sizeof(Query), n);
        pool_destroy(pool);
    } else {
        for (uint32_t i = 0; i < n; i++)
            answer(&qs[i], 0);
    }
    for (uint32_t i = 0; i < n; i++) {
        fwrite(qs[i].answer.data ? qs[i].answer.data : "", 1, qs[i].answer.len, stdout);
        fputc('\n', stdout);
        strbuf_deinit(&qs[i].answer);
    }
    fprintf(stderr, "resolve_tool: %u queries, resolver cache %zu bytes\n", n, resolver_memory(r));
    // --mem-report: the peak, with the resolver's share in its own component.
    if (o.mem_report == MEM_REPORT_TEXT)
        mem_report_print_text(mem, stderr);
    else if (o.mem_report == MEM_REPORT_JSON)
        mem_report_print_json(mem, stderr);
    resolver_destroy(r);
    for (uint32_t i = 0; i < threads; i++)
        arena_deinit(&scratch[i]);
    strbuf_deinit(&error);
    arena_deinit(&arena);
    mem_destroy(mem);
    return 0;
}
