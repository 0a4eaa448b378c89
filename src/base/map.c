// map: insertion-ordered open-addressing hash map (see map.h).
//
// The table is an array of uint32_t entry indexes probed linearly from (hash & mask). The
// entry array is allocated at exactly the table's load limit (3/4 of its size), so "entries
// full" and "table needs to grow" are the same test, and an insert never has to check two
// capacities. Growing doubles the table, reallocates the entries in place (mem_realloc keeps
// their order) and re-inserts the indexes from the stored hashes.
#include "base/map.h"

#include <string.h>

enum {
    MAP_MIN_TABLE = 8,     // smallest table once anything is inserted
    MAP_EMPTY_BYTE = 0xff, // memset value that makes every slot ID_NONE
};

// Largest table: a power of two whose slot numbers and entry indexes fit in uint32_t.
#define MAP_MAX_TABLE ((uint64_t)1 << 31)

// Key as the probe loop sees it: a Str key is (ptr, len), a u64 key is (NULL, value).
typedef struct MapKey {
    uint64_t hash;
    uint64_t key;
    const char *ptr;
} MapKey;

// Entries a table of `size` slots may hold: 3/4 keeps linear probe chains short.
static uint32_t load_limit(uint64_t size) {
    return (uint32_t)(size - size / 4);
}

void map_init(Map *m, Mem *mem, MemComponent component) {
    *m = (Map){ .mem = mem, .component = component, .key_kind = MAP_KEYS_NONE };
}

void map_deinit(Map *m) {
    mem_free(m->mem, m->entries);
    mem_free(m->mem, m->table);
    map_init(m, m->mem, m->component);
}

void map_clear(Map *m) {
    if (m->table)
        memset(m->table, MAP_EMPTY_BYTE, ((size_t)m->table_mask + 1) * sizeof *m->table);
    m->len = 0;
    m->key_kind = MAP_KEYS_NONE;
}

// splitmix64's finaliser: a bijection, so distinct u64 keys never share a full hash, and every
// input bit reaches the low bits that index the table.
static uint64_t hash_u64(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

static MapKey key_of_str(Str s) {
    return (MapKey){ .hash = str_hash(s), .key = s.len, .ptr = s.ptr };
}

static MapKey key_of_u64(uint64_t k) {
    return (MapKey){ .hash = hash_u64(k), .key = k, .ptr = NULL };
}

// Hash first: it settles nearly every mismatch without touching the key's bytes.
static bool entry_matches(const MapEntry *e, const MapKey *k) {
    if (e->hash != k->hash || e->key != k->key)
        return false;
    return k->ptr == NULL || k->key == 0 || memcmp(e->key_ptr, k->ptr, k->key) == 0;
}

// Returns the slot holding k's index, or the empty slot where k would go. The table must
// exist and have at least one empty slot (the load limit guarantees it).
static uint32_t probe(const Map *m, const MapKey *k) {
    uint32_t slot = (uint32_t)k->hash & m->table_mask;
    for (;;) {
        uint32_t index = m->table[slot];
        if (index == ID_NONE || entry_matches(&m->entries[index], k))
            return slot;
        slot = (slot + 1) & m->table_mask;
    }
}

// Replaces the table with one of `size` slots and re-inserts every entry from its stored hash.
static void resize(Map *m, uint64_t size) {
    ASSERT(size <= MAP_MAX_TABLE && (size & (size - 1)) == 0);
    mem_free(m->mem, m->table);
    m->table = mem_alloc(m->mem, m->component, (size_t)size * sizeof *m->table);
    memset(m->table, MAP_EMPTY_BYTE, (size_t)size * sizeof *m->table);
    m->table_mask = (uint32_t)(size - 1);
    m->cap = load_limit(size);
    size_t entries_size = (size_t)m->cap * sizeof *m->entries;
    m->entries = m->entries ? mem_realloc(m->mem, m->entries, entries_size)
                            : mem_alloc(m->mem, m->component, entries_size);
    for (uint32_t i = 0; i < m->len; i++) {
        uint32_t slot = (uint32_t)m->entries[i].hash & m->table_mask;
        while (m->table[slot] != ID_NONE)
            slot = (slot + 1) & m->table_mask;
        m->table[slot] = i;
    }
}

void map_reserve(Map *m, uint32_t n) {
    if (n <= m->cap && m->table)
        return;
    uint64_t size = MAP_MIN_TABLE;
    while (load_limit(size) < n)
        size *= 2;
    resize(m, size);
}

// Asserts the map is used with one key kind only, and fixes the kind on first use.
static void check_kind(Map *m, uint8_t kind) {
    if (m->key_kind == MAP_KEYS_NONE)
        m->key_kind = kind;
    ASSERT(m->key_kind == kind);
}

static bool get(const Map *m, uint8_t kind, const MapKey *k, uint64_t *value) {
    ASSERT(m->key_kind == kind || m->key_kind == MAP_KEYS_NONE);
    if (m->len == 0)
        return false;
    uint32_t index = m->table[probe(m, k)];
    if (index == ID_NONE)
        return false;
    if (value)
        *value = m->entries[index].value;
    return true;
}

static uint64_t *find_or_insert(Map *m, uint8_t kind, const MapKey *k, uint64_t value_if_new,
                                bool *inserted) {
    check_kind(m, kind);
    uint32_t slot = m->table ? probe(m, k) : 0;
    uint32_t index = m->table ? m->table[slot] : ID_NONE;
    if (index == ID_NONE && m->len == m->cap) {
        // Grow only when the key is really new, so a lookup of an existing key never moves
        // the entries under a caller's pointer.
        map_reserve(m, m->len + 1);
        slot = probe(m, k);
    }
    if (inserted)
        *inserted = index == ID_NONE;
    if (index == ID_NONE) {
        ASSERT(m->len < ID_NONE);
        index = m->len++;
        m->table[slot] = index;
        m->entries[index] = (MapEntry){
            .hash = k->hash, .key = k->key, .key_ptr = k->ptr, .value = value_if_new
        };
    }
    return &m->entries[index].value;
}

bool map_get_str(const Map *m, Str key, uint64_t *value) {
    MapKey k = key_of_str(key);
    return get(m, MAP_KEYS_STR, &k, value);
}

uint64_t *map_find_or_insert_str(Map *m, Str key, uint64_t value_if_new, bool *inserted) {
    MapKey k = key_of_str(key);
    return find_or_insert(m, MAP_KEYS_STR, &k, value_if_new, inserted);
}

void map_put_str(Map *m, Str key, uint64_t value) {
    *map_find_or_insert_str(m, key, value, NULL) = value;
}

bool map_get_u64(const Map *m, uint64_t key, uint64_t *value) {
    MapKey k = key_of_u64(key);
    return get(m, MAP_KEYS_U64, &k, value);
}

uint64_t *map_find_or_insert_u64(Map *m, uint64_t key, uint64_t value_if_new, bool *inserted) {
    MapKey k = key_of_u64(key);
    return find_or_insert(m, MAP_KEYS_U64, &k, value_if_new, inserted);
}

void map_put_u64(Map *m, uint64_t key, uint64_t value) {
    *map_find_or_insert_u64(m, key, value, NULL) = value;
}

Str map_key_str(const Map *m, uint32_t i) {
    ASSERT(i < m->len && m->key_kind == MAP_KEYS_STR);
    return (Str){ m->entries[i].key_ptr, (size_t)m->entries[i].key };
}

uint64_t map_key_u64(const Map *m, uint32_t i) {
    ASSERT(i < m->len && m->key_kind == MAP_KEYS_U64);
    return m->entries[i].key;
}

uint64_t map_value(const Map *m, uint32_t i) {
    ASSERT(i < m->len);
    return m->entries[i].value;
}
