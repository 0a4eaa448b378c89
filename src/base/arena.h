// arena: chunked bump allocator with marks (save/rewind) and a reset that keeps its chunks.
//
// Chunks come from mem, charged to the arena's component. Nothing in an arena is freed one by
// one: a scratch user takes a mark and rewinds to it, a worker resets its arena between
// modules (the chunks stay, so their pages stay warm), and arena_deinit returns everything.
// Chunks are allocated at the arena's chunk size; a request larger than that gets a chunk of
// its own size, so growth never doubles past need. Not thread-safe: one arena per thread.
// Module prefix: arena_.
#ifndef BALE_BASE_ARENA_H
#define BALE_BASE_ARENA_H

#include <string.h>

#include "base/base.h"
#include "base/mem.h"

typedef struct ArenaChunk ArenaChunk;

// Lives in: the owner's storage (a worker, a graph, a build).
typedef struct Arena {
    Mem *mem;
    MemComponent component; // what the chunks are charged to
    size_t chunk_size;      // size of an ordinary chunk, header included
    ArenaChunk *first;      // chunks in order of use
    ArenaChunk *current;    // chunk being filled
    char *ptr;              // next free byte in current
    char *end;              // end of current
} Arena;

// A position to rewind to. Valid until the arena is rewound before it, reset or deinited.
typedef struct ArenaMark {
    ArenaChunk *chunk;
    char *ptr;
} ArenaMark;

enum { ARENA_ALIGN = 8 };

// chunk_size 0 picks 64 KiB.
void arena_init(Arena *a, Mem *mem, MemComponent component, size_t chunk_size);
// Returns all chunks to mem.
void arena_deinit(Arena *a);

// Slow path of arena_alloc: moves to the next chunk that fits, or adds one.
void *arena_alloc_slow(Arena *a, size_t size);

// Returns size bytes aligned to ARENA_ALIGN, uninitialised, valid until rewind/reset/deinit.
static inline void *arena_alloc(Arena *a, size_t size) {
    size = (size + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
    if (LIKELY((size_t)(a->end - a->ptr) >= size)) {
        void *p = a->ptr;
        a->ptr += size;
        return p;
    }
    return arena_alloc_slow(a, size);
}

static inline void *arena_alloc_zero(Arena *a, size_t size) {
    void *p = arena_alloc(a, size);
    memset(p, 0, size);
    return p;
}

// Copies len bytes and appends a NUL; returns the copy.
char *arena_strndup(Arena *a, const char *s, size_t len);
void *arena_memdup(Arena *a, const void *p, size_t size);

#define arena_new(a, T)          ((T *)arena_alloc_zero((a), sizeof(T)))
#define arena_new_array(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

ArenaMark arena_mark(const Arena *a);
// Frees everything allocated since the mark (the chunks stay for reuse).
void arena_rewind(Arena *a, ArenaMark mark);
// Frees everything; keeps the chunks.
void arena_reset(Arena *a);
// Returns to mem the spare chunks (those after the current one) that lie beyond the first
// `keep` bytes of chunks, so one huge request does not pin its memory for the arena's life.
void arena_trim(Arena *a, size_t keep);
// What a worker's scratch arena keeps between modules: most modules fit, and the tree of an
// occasional huge one is not held to the end of the stage.
enum { ARENA_WORKER_KEEP = 1024 * 1024 };

// Bytes handed out since init or the last reset, and bytes reserved in chunks.
size_t arena_bytes_used(const Arena *a);
size_t arena_bytes_reserved(const Arena *a);

#endif
