// arena: chunked bump allocator (see arena.h).
//
// Chunk layout: [ArenaChunk header][data ... ]. The chunk list is ordered by use: rewinding to
// a mark makes its chunk current again and the later chunks are reused in order before any
// new chunk is added.
#include "base/arena.h"

struct ArenaChunk {
    ArenaChunk *next;
    size_t size; // bytes of data after the header
    _Alignas(16) char data[];
};

enum { ARENA_DEFAULT_CHUNK = 64 * 1024 };

void arena_init(Arena *a, Mem *mem, MemComponent component, size_t chunk_size) {
    *a = (Arena){
        .mem = mem,
        .component = component,
        .chunk_size = chunk_size ? chunk_size : ARENA_DEFAULT_CHUNK,
    };
}

void arena_deinit(Arena *a) {
    ArenaChunk *c = a->first;
    while (c) {
        ArenaChunk *next = c->next;
        mem_free(a->mem, c);
        c = next;
    }
    a->first = a->current = NULL;
    a->ptr = a->end = NULL;
}

static void enter(Arena *a, ArenaChunk *c) {
    a->current = c;
    a->ptr = c->data;
    a->end = c->data + c->size;
}

static ArenaChunk *chunk_new(Arena *a, size_t min_data) {
    size_t data = a->chunk_size - sizeof(ArenaChunk);
    if (a->chunk_size <= sizeof(ArenaChunk) || data < min_data)
        data = min_data;
    ArenaChunk *c = mem_alloc(a->mem, a->component, sizeof(ArenaChunk) + data);
    c->next = NULL;
    c->size = data;
    return c;
}

void *arena_alloc_slow(Arena *a, size_t size) {
    ArenaChunk *next = a->current ? a->current->next : a->first;
    if (!next || next->size < size) {
        // Insert a fresh chunk here; smaller spare chunks after it stay on the list.
        ArenaChunk *fresh = chunk_new(a, size);
        fresh->next = next;
        if (a->current)
            a->current->next = fresh;
        else
            a->first = fresh;
        next = fresh;
    }
    enter(a, next);
    void *p = a->ptr;
    a->ptr += size;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    if (len) // an empty Str may have a NULL pointer, which memcpy must not get
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void *arena_memdup(Arena *a, const void *p, size_t size) {
    void *q = arena_alloc(a, size);
    if (size)
        memcpy(q, p, size);
    return q;
}

ArenaMark arena_mark(const Arena *a) {
    return (ArenaMark){ .chunk = a->current, .ptr = a->ptr };
}

void arena_rewind(Arena *a, ArenaMark mark) {
    if (!mark.chunk) {
        arena_reset(a);
        return;
    }
    a->current = mark.chunk;
    a->ptr = mark.ptr;
    a->end = mark.chunk->data + mark.chunk->size;
}

void arena_reset(Arena *a) {
    a->current = NULL;
    a->ptr = a->end = NULL;
}

void arena_trim(Arena *a, size_t keep) {
    size_t kept = 0;
    bool spare = a->current == NULL;
    ArenaChunk **link = &a->first;
    while (*link) {
        ArenaChunk *c = *link;
        if (spare && kept + c->size > keep) {
            *link = c->next;
            mem_free(a->mem, c);
            continue;
        }
        kept += c->size;
        spare = spare || c == a->current;
        link = &c->next;
    }
}

size_t arena_bytes_used(const Arena *a) {
    if (!a->current)
        return 0;
    size_t used = 0;
    for (ArenaChunk *c = a->first; c; c = c->next) {
        if (c == a->current)
            return used + (size_t)(a->ptr - c->data);
        used += c->size;
    }
    return used;
}

size_t arena_bytes_reserved(const Arena *a) {
    size_t reserved = 0;
    for (ArenaChunk *c = a->first; c; c = c->next)
        reserved += sizeof(ArenaChunk) + c->size;
    return reserved;
}
