// scan: reads the entry points in parallel (see scan.h).
#include "scan/scan.h"

#include "base/arena.h"
#include "base/fs.h"

// One job per entry; results are stored by index, never in completion order.
typedef struct ReadJob {
    const ScanInput *in;
    Arena *worker_arenas;
    Str path;
    bool ok;
    uint64_t size;
} ReadJob;

static void read_one(void *ctx, uint32_t worker) {
    ReadJob *job = ctx;
    Arena *scratch = &job->worker_arenas[worker];
    ArenaMark mark = arena_mark(scratch);
    // Paths from argv are NUL-terminated; the copy keeps this independent of where they came from.
    const char *path = arena_strndup(scratch, job->path.ptr, job->path.len);
    Str text;
    int err = 0;
    job->ok = fs_read_file(scratch, path, &text, &err);
    if (job->ok)
        job->size = text.len;
    else
        diag_report_io(job->in->diag, "read", job->path, err);
    arena_rewind(scratch, mark);
}

void scan_run(const ScanInput *in, ScanResult *out) {
    mem_set_stage(in->mem, MEM_STAGE_SCAN);
    uint32_t workers = pool_thread_count(in->pool);
    Arena *arenas = mem_alloc(in->mem, MEM_THREADS, sizeof(Arena) * workers);
    for (uint32_t w = 0; w < workers; w++)
        arena_init(&arenas[w], in->mem, MEM_SOURCE, 0);
    ReadJob *jobs = mem_calloc(in->mem, MEM_OTHER, sizeof(ReadJob) * MAX(in->entry_count, 1));
    for (uint32_t i = 0; i < in->entry_count; i++)
        jobs[i] = (ReadJob){ .in = in, .worker_arenas = arenas, .path = in->entries[i] };
    pool_for_each(in->pool, read_one, jobs, sizeof(ReadJob), in->entry_count);

    *out = (ScanResult){ 0 };
    for (uint32_t i = 0; i < in->entry_count; i++) {
        out->files_read += jobs[i].ok;
        out->bytes_read += jobs[i].size;
    }
    mem_free(in->mem, jobs);
    for (uint32_t w = 0; w < workers; w++)
        arena_deinit(&arenas[w]);
    mem_free(in->mem, arenas);
}
