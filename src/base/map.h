// map: open-addressing hash map keyed by Str or by uint64_t, with uint64_t values.
//
// Entries live in an array in insertion order; the hash table holds uint32_t indexes into it
// (linear probing, power-of-two size, load factor at most 3/4). Iteration is by index over the
// entry array, so it never depends on hash values or table size: output built from a map is
// deterministic. Each entry keeps its key's full 64-bit hash, so growing never rehashes keys
// and lookups compare hashes before bytes.
//
// A map holds one kind of key for its whole life (Str or u64, fixed by the first insert and
// asserted afterwards). Str keys are borrowed: the caller keeps their bytes alive (an arena).
// Entries and table live on the heap through mem, charged to the component given at init, and
// go back with map_deinit. There is no removal. Not thread-safe. Module prefix: map_.
#ifndef BALE_BASE_MAP_H
#define BALE_BASE_MAP_H

#include "base/base.h"
#include "base/mem.h"
#include "base/str.h"

// One key/value pair. Lives in: the map's entry array.
typedef struct MapEntry {
    uint64_t hash;       // full hash of the key, kept so growth never rehashes
    uint64_t key;        // the u64 key, or the length of a Str key
    const char *key_ptr; // bytes of a Str key (borrowed); NULL for u64 keys
    uint64_t value;
} MapEntry;

// Lives in: the owner's storage; entries and table on the heap through mem.
typedef struct Map {
    Mem *mem;
    MemComponent component; // what entries and table are charged to
    uint8_t key_kind;       // MAP_KEYS_NONE until the first insert, then STR or U64
    MapEntry *entries;      // insertion order; cap == table size * 3/4
    uint32_t len;           // entries in use
    uint32_t cap;           // entries allocated
    uint32_t *table;        // entry indexes, ID_NONE for an empty slot
    uint32_t table_mask;    // table size - 1; table size is a power of two (0 when no table)
} Map;

enum { MAP_KEYS_NONE, MAP_KEYS_STR, MAP_KEYS_U64 };

void map_init(Map *m, Mem *mem, MemComponent component);
// Returns entries and table to mem. The map may be initialised again.
void map_deinit(Map *m);
// Forgets every entry but keeps the storage, so refilling to the same size allocates nothing.
// The key kind is forgotten too.
void map_clear(Map *m);
// Makes room for n entries in total, so n entries can be inserted without growing.
void map_reserve(Map *m, uint32_t n);

// Looks key up; on a hit stores its value in *value (when not NULL) and returns true.
MUST_USE bool map_get_str(const Map *m, Str key, uint64_t *value);
// Returns the value slot of key, inserting it with value_if_new when missing. *inserted (when
// not NULL) tells which happened. The pointer is valid until the next insert into the map.
uint64_t *map_find_or_insert_str(Map *m, Str key, uint64_t value_if_new, bool *inserted);
// Inserts key, or overwrites its value when present.
void map_put_str(Map *m, Str key, uint64_t value);

// The same for u64 keys; every value of uint64_t, 0 and UINT64_MAX included, is a valid key.
MUST_USE bool map_get_u64(const Map *m, uint64_t key, uint64_t *value);
uint64_t *map_find_or_insert_u64(Map *m, uint64_t key, uint64_t value_if_new, bool *inserted);
void map_put_u64(Map *m, uint64_t key, uint64_t value);

// Iteration in insertion order: entry i for i in [0, map_len).
static inline uint32_t map_len(const Map *m) {
    return m->len;
}
// The key of entry i, borrowed from the caller who inserted it.
Str map_key_str(const Map *m, uint32_t i);
uint64_t map_key_u64(const Map *m, uint32_t i);
uint64_t map_value(const Map *m, uint32_t i);

#endif
