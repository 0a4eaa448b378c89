// mem: the one allocation entry point, with accounting by stage and component.
//
// Every heap byte bale uses comes from mem_alloc/mem_realloc and returns through mem_free. Each
// block carries a 16-byte header recording its size, the component it was charged to and the
// stage that was current when it was allocated, so a free always uncharges exactly what the
// allocation charged, even when another thread or a later stage frees it.
//
// Counting is cheap and lock-free on the fast path: each thread adds to its own slot of relaxed
// atomic counters, and one atomic holds the process's current total. Only when the total
// passes the peak does a thread take the tracker's lock, fold all slots into a snapshot of the
// breakdown and note the elapsed time and stage (the tables of --mem-report). A coarse timeline
// of the heap (bytes by time and stage) is kept for charts.
//
// Out of memory prints the request size to stderr and aborts; callers never check for NULL.
// Module prefix: mem_. The tracker itself is allocated with calloc and charged to MEM_OTHER.
#ifndef BALE_BASE_MEM_H
#define BALE_BASE_MEM_H

#include "base/base.h"

// The pipeline stage that was current when a block was allocated (DESIGN.md).
typedef enum MemStage {
    MEM_STAGE_OTHER, // start-up, option parsing, everything outside the four stages
    MEM_STAGE_SCAN,
    MEM_STAGE_LINK,
    MEM_STAGE_GENERATE,
    MEM_STAGE_WRITE,
    MEM_STAGE_COUNT
} MemStage;

// What a block holds. Keep in step with mem_component_name().
typedef enum MemComponent {
    MEM_OTHER,     // anything not listed below
    MEM_AST,       // parser nodes in worker scratch arenas
    MEM_SCOPES,    // scopes and symbols built while parsing
    MEM_SUMMARY,   // module summaries in the graph arena
    MEM_RESOLVER,  // resolver cache: stat, readdir, package.json, tsconfig
    MEM_SOURCE,    // file contents being parsed
    MEM_LINK,      // the link plan
    MEM_OUTPUT,    // printed code pieces waiting for the writer
    MEM_SOURCEMAP, // source-map segments
    MEM_DIAG,      // diagnostics
    MEM_THREADS,   // thread pool, queues, per-worker state
    MEM_COMPONENT_COUNT
} MemComponent;

// Block-size classes of the study: <512 B, then powers of two up to >= 1 MiB.
enum { MEM_SIZE_CLASS_COUNT = 13 };

// The breakdown of the heap at one moment. Lives in: the caller's storage.
typedef struct MemSnapshot {
    int64_t bytes;                                         // heap in use (headers included)
    double ms;                                             // since mem_create
    MemStage stage;                                        // stage current at that moment
    int64_t by_cell[MEM_STAGE_COUNT][MEM_COMPONENT_COUNT]; // bytes by stage x component
    int64_t by_size_class[MEM_SIZE_CLASS_COUNT];           // bytes by block size
    int64_t blocks;                                        // live blocks
} MemSnapshot;

// One point of the heap timeline.
typedef struct MemSample {
    double ms;
    int64_t bytes;
    MemStage stage;
} MemSample;

typedef struct Mem Mem;

// Creates a tracker; its clock starts now. Not thread-safe against concurrent destroy.
Mem *mem_create(void);
// Frees the tracker. Blocks still allocated through it are the caller's leak.
void mem_destroy(Mem *m);

// Allocates size bytes (16-byte aligned) charged to component c and the current stage.
// Never returns NULL. Thread-safe.
void *mem_alloc(Mem *m, MemComponent c, size_t size);
// As mem_alloc, zero-filled.
void *mem_calloc(Mem *m, MemComponent c, size_t size);
// Resizes a block from mem_alloc (p must not be NULL), keeping its component and charging the
// new size to the current stage. Thread-safe.
void *mem_realloc(Mem *m, void *p, size_t size);
// Frees a block from mem_alloc; NULL is ignored. Thread-safe.
void mem_free(Mem *m, void *p);
// Usable size of a block from mem_alloc.
size_t mem_block_size(const void *p);

// Sets the stage that later allocations are charged to. Thread-safe.
void mem_set_stage(Mem *m, MemStage stage);
MemStage mem_stage(const Mem *m);
// Milliseconds since mem_create.
double mem_elapsed_ms(const Mem *m);

// Heap in use now, and the highest it has been.
int64_t mem_current(const Mem *m);
int64_t mem_peak(const Mem *m);
// Copies the breakdown at the peak. Thread-safe.
void mem_peak_snapshot(Mem *m, MemSnapshot *out);
// Folds the breakdown as it is now. Thread-safe, but racy while other threads allocate.
void mem_current_snapshot(Mem *m, MemSnapshot *out);
// The breakdown when `stage` was first entered (what the earlier stages left alive), or false
// when the stage never ran.
MUST_USE bool mem_stage_start(Mem *m, MemStage stage, MemSnapshot *out);
// The timeline, oldest first; valid until the next allocation. Call once threads are idle.
const MemSample *mem_timeline(const Mem *m, uint32_t *len);

const char *mem_stage_name(MemStage s);
const char *mem_component_name(MemComponent c);
// Label of a size class ("<512 B", "512 B-1 KiB", ..., ">=1 MiB").
const char *mem_size_class_name(uint32_t size_class);

#endif
