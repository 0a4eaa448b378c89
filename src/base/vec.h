// vec: typed growable arrays, backed by an arena or by mem (the heap).
//
// A vector is any struct with `items`, `len` and `cap` fields, declared with VEC(T):
//     typedef VEC(uint32_t) U32Vec;
// Arena-backed vectors (vec_push) leave their old storage in the arena when they grow, which is
// the right trade for short-lived arrays in scratch arenas; heap-backed vectors (vec_push_heap)
// realloc and must be released with vec_free_heap. Growth doubles. Indices are uint32_t.
// Access through vec_at asserts bounds in debug builds. Module prefix: vec_.
#ifndef BALE_BASE_VEC_H
#define BALE_BASE_VEC_H

#include "base/arena.h"
#include "base/base.h"
#include "base/mem.h"

#define VEC(T)        \
    struct {          \
        T *items;     \
        uint32_t len; \
        uint32_t cap; \
    }

// Returns storage for at least `need` items holding the first `len` items of `items`, and
// updates *cap. Arena version: old storage is abandoned in the arena.
void *vec_grow_arena(Arena *a, void *items, uint32_t len, uint32_t *cap, size_t elem_size,
                     uint32_t need);
// Heap version: reallocates through mem, charged to component c.
void *vec_grow_heap(Mem *m, MemComponent c, void *items, uint32_t *cap, size_t elem_size,
                    uint32_t need);

#define vec_reserve(a, v, n)                                                                   \
    ((v)->cap < (n) ? (void)((v)->items = vec_grow_arena((a), (v)->items, (v)->len, &(v)->cap, \
                                                         sizeof(*(v)->items), (n)))            \
                    : (void)0)

#define vec_push(a, v, x) (vec_reserve((a), (v), (v)->len + 1), (v)->items[(v)->len++] = (x))

#define vec_reserve_heap(m, c, v, n)                                                     \
    ((v)->cap < (n) ? (void)((v)->items = vec_grow_heap((m), (c), (v)->items, &(v)->cap, \
                                                        sizeof(*(v)->items), (n)))       \
                    : (void)0)

#define vec_push_heap(m, c, v, x) \
    (vec_reserve_heap((m), (c), (v), (v)->len + 1), (v)->items[(v)->len++] = (x))

#define vec_free_heap(m, v) (mem_free((m), (v)->items), (v)->items = NULL, (v)->len = (v)->cap = 0)

// Returns i; asserts i < len in debug builds.
static inline uint32_t vec_checked(uint32_t i, uint32_t len) {
    DEBUG_ASSERT(i < len);
    (void)len;
    return i;
}

#define vec_at(v, i) ((v)->items[vec_checked((uint32_t)(i), (v)->len)])
#define vec_last(v)  vec_at((v), (v)->len - 1)
#define vec_pop(v)   ((v)->items[(v)->len = vec_checked((v)->len - 1, (v)->len)])
#define vec_clear(v) ((v)->len = 0)

#endif
