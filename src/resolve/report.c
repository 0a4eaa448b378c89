// report: resolution failures as diagnostics (see resolver_report in resolver.h).
//
// The message is esbuild's `Could not resolve "x"`; the hint follows as a note, and a broken
// package.json or tsconfig.json gets a note of its own that points into the file, with a code
// frame, so the user sees the import and the broken line together.
#include <stdlib.h>

#include "resolve/resolver_int.h"

// A note pointing at the broken spot of a configuration file.
static void note_file_error(DiagSink *d, uint32_t handle, const ResolveFileError *e) {
    DiagFile file = { e->path, e->text };
    diag_note(d, handle, &file, e->offset, 1, "%.*s", STR_FMT(e->message));
}

void resolver_report(DiagSink *d, const DiagFile *importer, uint32_t offset, uint32_t len,
                     Str specifier, const ResolveResult *res) {
    uint32_t h = diag_report(d, DIAG_ERROR, importer, offset, len, "Could not resolve \"%.*s\"",
                             STR_FMT(specifier));
    if (res->hint.len)
        diag_note(d, h, NULL, 0, 0, "%.*s", STR_FMT(res->hint));
    if (res->file_error)
        note_file_error(d, h, res->file_error);
}

static int compare_errors(const void *a, const void *b) {
    const ResolveFileError *x = *(const ResolveFileError *const *)a;
    const ResolveFileError *y = *(const ResolveFileError *const *)b;
    return str_cmp(x->path, y->path);
}

void resolver_report_file_errors(Resolver *r, DiagSink *d) {
    mutex_lock(&r->lock);
    uint32_t total = map_len(&r->file_errors);
    const ResolveFileError **list =
            mem_alloc(r->mem, MEM_RESOLVER, sizeof(*list) * (total ? total : 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < total; i++) {
        const ResolveFileError *e =
                (const ResolveFileError *)(uintptr_t)map_value(&r->file_errors, i);
        if (!map_get_str(&r->failed_imports, e->path, NULL))
            list[n++] = e;
    }
    mutex_unlock(&r->lock);
    qsort(list, n, sizeof(*list), compare_errors);
    for (uint32_t i = 0; i < n; i++) {
        DiagFile file = { list[i]->path, list[i]->text };
        diag_report(d, DIAG_ERROR, &file, list[i]->offset, 1, "%.*s", STR_FMT(list[i]->message));
    }
    mem_free(r->mem, list);
}
