// Tests of base/arena and base/vec: alignment, marks, reset reuse, large requests, growth.
#include "base/arena.h"
#include "base/vec.h"
#include "test.h"

TEST(test_arena_alloc_aligned) {
    Mem *m = mem_create();
    Arena a;
    arena_init(&a, m, MEM_AST, 4096);
    for (size_t size = 1; size < 100; size += 7) {
        char *p = arena_alloc(&a, size);
        CHECK((uintptr_t)p % ARENA_ALIGN == 0);
        memset(p, 0xab, size);
    }
    uint32_t *z = arena_alloc_zero(&a, 64 * sizeof *z);
    CHECK(z[0] == 0 && z[63] == 0);
    char *s = arena_strndup(&a, "hello world", 5);
    CHECK_CSTR_EQ(s, "hello");
    arena_deinit(&a);
    mem_destroy(m);
}

TEST(test_arena_mark_rewind) {
    Mem *m = mem_create();
    Arena a;
    arena_init(&a, m, MEM_AST, 1024);
    char *keep = arena_strndup(&a, "keep", 4);
    ArenaMark mark = arena_mark(&a);
    size_t used = arena_bytes_used(&a);
    for (int i = 0; i < 100; i++)
        arena_alloc(&a, 100); // spans several chunks
    CHECK(arena_bytes_used(&a) > used + 10000 - 1);
    arena_rewind(&a, mark);
    CHECK_INT_EQ(arena_bytes_used(&a), used);
    CHECK_CSTR_EQ(keep, "keep");
    // The next allocation reuses the space right after the mark.
    char *again = arena_alloc(&a, 8);
    CHECK(again == keep + 8);
    arena_deinit(&a);
    mem_destroy(m);
}

TEST(test_arena_reset_keeps_chunks) {
    Mem *m = mem_create();
    Arena a;
    arena_init(&a, m, MEM_SCOPES, 4096);
    for (int i = 0; i < 50; i++)
        arena_alloc(&a, 1000);
    size_t reserved = arena_bytes_reserved(&a);
    int64_t heap = mem_current(m);
    arena_reset(&a);
    CHECK_INT_EQ(arena_bytes_used(&a), 0);
    for (int i = 0; i < 50; i++)
        arena_alloc(&a, 1000);
    CHECK_INT_EQ(arena_bytes_reserved(&a), reserved); // no new chunks
    CHECK_INT_EQ(mem_current(m), heap);
    MemSnapshot now;
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(now.by_cell[MEM_STAGE_OTHER][MEM_SCOPES], (int64_t)reserved + 16 * 13);
    arena_deinit(&a);
    CHECK_INT_EQ(mem_current(m), heap - (int64_t)reserved - 16 * 13);
    mem_destroy(m);
}

// arena_trim returns the spare chunks past `keep` bytes, never the ones in use, and the arena
// still works afterwards.
TEST(test_arena_trim) {
    Mem *m = mem_create();
    int64_t heap = mem_current(m);
    Arena a;
    arena_init(&a, m, MEM_AST, 4096);
    char *first = arena_strndup(&a, "first", 5);
    ArenaMark mark = arena_mark(&a);
    for (int i = 0; i < 40; i++)
        arena_alloc(&a, 1000); // about ten chunks
    size_t busy = arena_bytes_reserved(&a);
    arena_trim(&a, 0); // nothing is spare yet
    CHECK_INT_EQ(arena_bytes_reserved(&a), busy);
    arena_rewind(&a, mark);
    arena_trim(&a, 3 * 4096);
    size_t kept = arena_bytes_reserved(&a);
    CHECK(kept <= 3 * 4096 && kept >= 4096 - 64);
    CHECK_CSTR_EQ(first, "first"); // the current chunk stays
    for (int i = 0; i < 40; i++)
        memset(arena_alloc(&a, 1000), 7, 1000);
    arena_reset(&a);
    arena_trim(&a, 0);
    CHECK_INT_EQ(arena_bytes_reserved(&a), 0);
    CHECK_INT_EQ(mem_current(m), heap);
    arena_deinit(&a);
    mem_destroy(m);
}

TEST(test_arena_large_request) {
    Mem *m = mem_create();
    Arena a;
    arena_init(&a, m, MEM_SOURCE, 1024);
    char *small = arena_alloc(&a, 16);
    char *big = arena_alloc(&a, 100000);
    memset(big, 1, 100000);
    char *after = arena_alloc(&a, 16);
    CHECK(small != NULL && after != NULL);
    CHECK(arena_bytes_reserved(&a) < 100000 + 2 * 1024 + 256);
    arena_deinit(&a);
    mem_destroy(m);
}

typedef VEC(uint32_t) U32Vec;

TEST(test_vec_arena_push) {
    Mem *m = mem_create();
    Arena a;
    arena_init(&a, m, MEM_AST, 0);
    U32Vec v = { 0 };
    for (uint32_t i = 0; i < 1000; i++)
        vec_push(&a, &v, i * 3);
    CHECK_INT_EQ(v.len, 1000);
    CHECK(v.cap >= 1000);
    CHECK_INT_EQ(vec_at(&v, 999), 2997);
    CHECK_INT_EQ(vec_last(&v), 2997);
    CHECK_INT_EQ(vec_pop(&v), 2997);
    CHECK_INT_EQ(v.len, 999);
    arena_deinit(&a);
    mem_destroy(m);
}

TEST(test_vec_heap_push) {
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    U32Vec v = { 0 };
    for (uint32_t i = 0; i < 5000; i++)
        vec_push_heap(m, MEM_LINK, &v, i);
    uint64_t sum = 0;
    for (uint32_t i = 0; i < v.len; i++)
        sum += v.items[i];
    CHECK_INT_EQ(sum, 4999ull * 5000 / 2);
    CHECK_INT_EQ(mem_current(m) - base, (int64_t)v.cap * 4 + 16);
    vec_free_heap(m, &v);
    CHECK_INT_EQ(mem_current(m), base);
    mem_destroy(m);
}
