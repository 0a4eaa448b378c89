// vec: growth of typed vectors (see vec.h).
#include "base/vec.h"

static uint32_t grown_cap(uint32_t cap, uint32_t need) {
    ASSERT(need <= UINT32_MAX / 2);
    uint32_t n = cap ? cap : 8;
    while (n < need)
        n *= 2;
    return n;
}

void *vec_grow_arena(Arena *a, void *items, uint32_t len, uint32_t *cap, size_t elem_size,
                     uint32_t need) {
    uint32_t n = grown_cap(*cap, need);
    void *fresh = arena_alloc(a, elem_size * n);
    if (len)
        memcpy(fresh, items, elem_size * len);
    *cap = n;
    return fresh;
}

void *vec_grow_heap(Mem *m, MemComponent c, void *items, uint32_t *cap, size_t elem_size,
                    uint32_t need) {
    uint32_t n = grown_cap(*cap, need);
    *cap = n;
    if (!items)
        return mem_alloc(m, c, elem_size * n);
    return mem_realloc(m, items, elem_size * n);
}
