// Tests of base/map: growth, overwrite, misses, insertion order, collisions, u64 keys, clear,
// reserve and memory accounting.
#include <stdio.h>

#include "base/arena.h"
#include "base/map.h"
#include "test.h"

enum { MANY = 5000 };

// "key<i>" copied into the arena, so keys outlive the loop that made them.
static Str key_n(Arena *a, uint32_t i) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "key%u", i);
    return str_dup(a, (Str){ buf, (size_t)n });
}

TEST(test_map_str_insert_and_grow) {
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    Map m;
    map_init(&m, mem, MEM_RESOLVER);
    for (uint32_t i = 0; i < MANY; i++) {
        bool inserted = false;
        uint64_t *v = map_find_or_insert_str(&m, key_n(&a, i), i * 3, &inserted);
        CHECK(inserted);
        CHECK(*v == (uint64_t)i * 3);
    }
    CHECK_INT_EQ(map_len(&m), MANY);
    // The table stays at most 3/4 full, and is a power of two.
    CHECK(((uint64_t)m.table_mask + 1) * 3 / 4 >= MANY);
    CHECK_INT_EQ(m.table_mask & (m.table_mask + 1), 0);
    uint32_t wrong = 0;
    for (uint32_t i = 0; i < MANY; i++) {
        uint64_t v = 0;
        // A fresh copy of the bytes: lookups compare contents, not pointers.
        char buf[32];
        int n = snprintf(buf, sizeof buf, "key%u", i);
        if (!map_get_str(&m, (Str){ buf, (size_t)n }, &v) || v != (uint64_t)i * 3)
            wrong++;
    }
    CHECK_INT_EQ(wrong, 0);
    // A second find_or_insert of an existing key returns its value and inserts nothing.
    bool inserted = true;
    uint64_t *v = map_find_or_insert_str(&m, STR("key77"), 999, &inserted);
    CHECK(!inserted);
    CHECK(*v == 231);
    CHECK_INT_EQ(map_len(&m), MANY);
    map_deinit(&m);
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_map_overwrite_and_miss) {
    Mem *mem = mem_create();
    Map m;
    map_init(&m, mem, MEM_OTHER);
    uint64_t v = 42;
    CHECK(!map_get_str(&m, STR("a"), &v)); // empty map, no table yet
    CHECK(v == 42);                        // a miss leaves *value alone
    map_put_str(&m, STR("a"), 1);
    map_put_str(&m, STR("b"), 2);
    map_put_str(&m, STR("a"), 10);
    CHECK_INT_EQ(map_len(&m), 2);
    CHECK(map_get_str(&m, STR("a"), &v) && v == 10);
    CHECK(map_get_str(&m, STR("b"), NULL));
    static const char *const misses[] = { "", "c", "A", "aa", "a ", "ab" };
    for (size_t i = 0; i < countof(misses); i++)
        CHECK(!map_get_str(&m, str_from_cstr(misses[i]), NULL));
    // Keys may contain NUL bytes and differ only after them; the empty key is a key too.
    CHECK(!map_get_str(&m, (Str){ "a\0x", 3 }, NULL));
    map_put_str(&m, (Str){ "a\0x", 3 }, 3);
    map_put_str(&m, STR(""), 4);
    CHECK(map_get_str(&m, (Str){ "a\0x", 3 }, &v) && v == 3);
    CHECK(map_get_str(&m, (Str){ "a\0y", 3 }, NULL) == false);
    CHECK(map_get_str(&m, STR(""), &v) && v == 4);
    // Values written through the returned pointer stick.
    *map_find_or_insert_str(&m, STR("b"), 0, NULL) += 5;
    CHECK(map_get_str(&m, STR("b"), &v) && v == 7);
    map_deinit(&m);
    mem_destroy(mem);
}

TEST(test_map_insertion_order) {
    Mem *mem = mem_create();
    Map m;
    map_init(&m, mem, MEM_OTHER);
    static const char *const keys[] = { "zeta", "alpha", "mu", "beta", "omega", "delta",
                                        "pi",   "chi",   "nu", "eta",  "rho",   "tau" };
    for (size_t i = 0; i < countof(keys); i++)
        map_put_str(&m, str_from_cstr(keys[i]), 100 + i);
    // Overwriting keeps an entry's place; growth (8 -> 16 -> 32 slots) does not reorder.
    map_put_str(&m, STR("zeta"), 7);
    map_reserve(&m, 1000);
    CHECK_INT_EQ(map_len(&m), countof(keys));
    for (uint32_t i = 0; i < map_len(&m); i++) {
        CHECK_STR_EQ(map_key_str(&m, i), str_from_cstr(keys[i]));
        CHECK_INT_EQ(map_value(&m, i), i == 0 ? 7 : 100 + i);
    }
    map_deinit(&m);
    mem_destroy(mem);
}

// Finds count keys "c<i>" whose hashes agree in their low 12 bits, so in any table up to
// 4096 slots they all start probing at the same slot.
static uint32_t colliding_keys(Arena *a, Str *out, uint32_t count) {
    uint32_t found = 0;
    uint64_t want = 0;
    char buf[32];
    for (uint32_t i = 0; found < count && i < 10000000; i++) {
        int n = snprintf(buf, sizeof buf, "c%u", i);
        Str s = { buf, (size_t)n };
        uint64_t low = str_hash(s) & 0xfff;
        if (found == 0)
            want = low;
        if (low == want)
            out[found++] = str_dup(a, s);
    }
    return found;
}

// The longest distance from an entry's home slot to the slot holding it.
static uint32_t max_displacement(const Map *m) {
    uint32_t worst = 0;
    for (uint32_t slot = 0; slot <= m->table_mask; slot++) {
        uint32_t index = m->table[slot];
        if (index != ID_NONE) {
            uint32_t home = (uint32_t)m->entries[index].hash & m->table_mask;
            worst = MAX(worst, (slot - home) & m->table_mask);
        }
    }
    return worst;
}

TEST(test_map_collisions) {
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    Str keys[12];
    CHECK_INT_EQ(colliding_keys(&a, keys, countof(keys)), countof(keys));
    Map m;
    map_init(&m, mem, MEM_OTHER);
    map_reserve(&m, 100); // 256 slots: every key lands on one probe chain
    for (uint32_t i = 0; i < countof(keys); i++)
        map_put_str(&m, keys[i], i);
    CHECK_INT_EQ(max_displacement(&m), countof(keys) - 1); // they really do share a chain
    // Keys sharing a start slot are still told apart, before and after growth.
    for (int round = 0; round < 2; round++) {
        for (uint32_t i = 0; i < countof(keys); i++) {
            uint64_t v = 99;
            CHECK(map_get_str(&m, keys[i], &v));
            CHECK_INT_EQ(v, i);
        }
        CHECK(!map_get_str(&m, STR("c-not-there"), NULL));
        map_reserve(&m, 3000);
    }
    // u64 keys that differ only in their high bits must still spread over the table: with
    // raw low bits as the slot they would all probe from slot 0.
    Map u;
    map_init(&u, mem, MEM_OTHER);
    for (uint64_t k = 0; k < 64; k++)
        map_put_u64(&u, k << 40, k);
    for (uint64_t k = 0; k < 64; k++) {
        uint64_t v = 99;
        CHECK(map_get_u64(&u, k << 40, &v) && v == k);
    }
    CHECK(!map_get_u64(&u, 1, NULL));
    CHECK(max_displacement(&u) < 16);
    map_deinit(&u);
    map_deinit(&m);
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_map_u64_keys) {
    Mem *mem = mem_create();
    Map m;
    map_init(&m, mem, MEM_LINK);
    static const uint64_t keys[] = { 0, UINT64_MAX, 1, UINT64_MAX - 1, 1ull << 63, 0x100000000 };
    for (size_t i = 0; i < countof(keys); i++) {
        bool inserted = false;
        uint64_t *v = map_find_or_insert_u64(&m, keys[i], i, &inserted);
        CHECK(inserted && *v == i);
    }
    for (size_t i = 0; i < countof(keys); i++) {
        uint64_t v = 99;
        CHECK(map_get_u64(&m, keys[i], &v));
        CHECK_INT_EQ(v, i);
        CHECK(map_key_u64(&m, (uint32_t)i) == keys[i]);
    }
    CHECK(!map_get_u64(&m, 2, NULL));
    CHECK(!map_get_u64(&m, 0xffffffff, NULL));
    map_put_u64(&m, 0, 50);
    CHECK(map_value(&m, 0) == 50);
    // Many keys with growth.
    for (uint64_t k = 10; k < 20000; k += 2)
        map_put_u64(&m, k, k + 1);
    uint32_t wrong = 0;
    for (uint64_t k = 10; k < 20000; k++) {
        uint64_t v = 0;
        bool hit = map_get_u64(&m, k, &v);
        if (hit != (k % 2 == 0) || (hit && v != k + 1))
            wrong++;
    }
    CHECK_INT_EQ(wrong, 0);
    map_deinit(&m);
    mem_destroy(mem);
}

TEST(test_map_clear_and_reserve) {
    Mem *mem = mem_create();
    Map m;
    map_init(&m, mem, MEM_OTHER);
    map_reserve(&m, 600);
    uint32_t cap = m.cap;
    CHECK(cap >= 600);
    int64_t heap = mem_current(mem);
    for (uint64_t k = 0; k < 600; k++)
        map_put_u64(&m, k * 7, k);
    // Reserved room means no allocation while filling it.
    CHECK_INT_EQ(mem_current(mem), heap);
    CHECK_INT_EQ(m.cap, cap);
    map_clear(&m);
    CHECK_INT_EQ(map_len(&m), 0);
    CHECK(!map_get_u64(&m, 7, NULL));
    // After clear the storage stays, and the map may take the other key kind.
    map_put_str(&m, STR("x"), 1);
    CHECK(map_get_str(&m, STR("x"), NULL));
    CHECK_INT_EQ(mem_current(mem), heap);
    CHECK_INT_EQ(map_len(&m), 1);
    map_deinit(&m);
    mem_destroy(mem);
}

TEST(test_map_memory_returned) {
    Mem *mem = mem_create();
    int64_t before = mem_current(mem);
    Map m;
    map_init(&m, mem, MEM_SUMMARY);
    for (uint64_t k = 0; k < 3000; k++)
        map_put_u64(&m, k, k);
    MemSnapshot now;
    mem_current_snapshot(mem, &now);
    // Charged to the component given at init: entries (32 B) and table (4 B per slot).
    CHECK(now.by_cell[MEM_STAGE_OTHER][MEM_SUMMARY] >= 3000 * 32 + 4096 * 4);
    CHECK(mem_current(mem) > before);
    map_deinit(&m);
    CHECK_INT_EQ(mem_current(mem), before);
    CHECK_INT_EQ(map_len(&m), 0);
    // A deinited map can be used again.
    map_put_u64(&m, 1, 2);
    CHECK(map_get_u64(&m, 1, NULL));
    map_deinit(&m);
    CHECK_INT_EQ(mem_current(mem), before);
    mem_destroy(mem);
}
