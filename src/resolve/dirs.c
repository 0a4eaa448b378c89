// dirs: what a path is (file, directory, nothing), answered from a cached listing of its
// directory.
//
// Resolution probes many names that do not exist (each extension, index files, node_modules in
// every parent), so asking the system once per directory (opendir/readdir) instead of once per
// probe (stat) saves most system calls, and the cache holds short names instead of full paths.
// A listing is read outside the lock into the heap, sorted, and copied into the resolver's arena
// as one block of names and one array of entries; lookups are binary searches under the lock.
//
// readdir's d_type says file or directory for free; a symbolic link (pnpm's node_modules are
// made of them) or an unknown type is stat'ed the first time it is asked about, and the answer
// is written into the entry. A directory that cannot be listed but may still be searched
// (execute permission without read) falls back to a stat per probe, uncached.
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"
#include "base/path.h"
#include "resolve/resolver_int.h"

// An entry whose kind is not known until it is stat'ed (symbolic links, DT_UNKNOWN).
enum { ENTRY_UNKNOWN = 255 };

// One name in a listing. Lives in: the resolver's arena.
typedef struct DirEntry {
    uint32_t offset; // of the name in DirListing.names
    uint16_t len;
    uint8_t kind; // EntryKind, or ENTRY_UNKNOWN until stat'ed (written under the lock)
    bool link;    // a symbolic link, or of a type readdir did not say
} DirEntry;

// The names in one directory, sorted by bytes. Lives in: the resolver's arena.
typedef struct DirListing {
    const char *names;
    DirEntry *entries;
    uint32_t count;
} DirListing;

// Map values besides a DirListing pointer: not a directory, or a directory that cannot be read.
#define LISTING_NONE       ((uint64_t)0)
#define LISTING_UNREADABLE ((uint64_t)1)

// A name being collected by read_listing. Lives in: the heap, until the listing is kept.
typedef struct Collected {
    const char *name;
    uint16_t len;
    uint8_t kind;
    bool link;
} Collected;

static int compare_collected(const void *a, const void *b) {
    const Collected *x = a;
    const Collected *y = b;
    int c = memcmp(x->name, y->name, MIN(x->len, y->len));
    return c ? c : (int)x->len - (int)y->len;
}

static uint8_t kind_of(unsigned char d_type) {
    if (d_type == DT_REG)
        return ENTRY_FILE;
    if (d_type == DT_DIR)
        return ENTRY_DIR;
    return ENTRY_UNKNOWN;
}

// Copies the collected names into the arena as a listing. Call with the lock held.
static DirListing *keep_listing(Resolver *r, const Collected *names, uint32_t n, size_t bytes) {
    DirListing *l = arena_new(&r->arena, DirListing);
    char *block = arena_alloc(&r->arena, bytes ? bytes : 1);
    l->entries = arena_new_array(&r->arena, DirEntry, n ? n : 1);
    l->count = n;
    l->names = block;
    uint32_t at = 0;
    for (uint32_t i = 0; i < n; i++) {
        memcpy(block + at, names[i].name, names[i].len);
        l->entries[i] = (DirEntry){ at, names[i].len, names[i].kind, names[i].link };
        at += names[i].len;
    }
    return l;
}

// Reads directory dir (NUL-terminated) and stores its listing in the map; returns the map
// value. Two threads may read the same directory; the first stored wins.
static uint64_t read_listing(Resolver *r, Str dir) {
    DIR *d = opendir(dir.ptr);
    uint64_t value = LISTING_NONE;
    StrBuf names;
    strbuf_init(&names, r->mem, MEM_RESOLVER);
    uint32_t n = 0;
    uint32_t cap = 0;
    Collected *list = NULL;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len > UINT16_MAX || strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            list = list ? mem_realloc(r->mem, list, sizeof(*list) * cap)
                        : mem_alloc(r->mem, MEM_RESOLVER, sizeof(*list) * cap);
        }
        // Offsets for now: the buffer moves as it grows.
        uint8_t kind = kind_of(e->d_type);
        list[n++] = (Collected){ (const char *)(uintptr_t)names.len, (uint16_t)len, kind,
                                 kind == ENTRY_UNKNOWN };
        strbuf_append_bytes(&names, e->d_name, len);
    }
    bool unreadable = !d && (errno == EACCES || errno == EPERM);
    if (d)
        closedir(d);
    for (uint32_t i = 0; i < n; i++)
        list[i].name = names.data + (uintptr_t)list[i].name;
    if (n)
        qsort(list, n, sizeof(*list), compare_collected);
    mutex_lock(&r->lock);
    if (!map_get_str(&r->dirs, dir, &value)) {
        value = unreadable ? LISTING_UNREADABLE
                : d        ? (uint64_t)(uintptr_t)keep_listing(r, list, n, names.len)
                           : LISTING_NONE;
        map_put_str(&r->dirs, cache_keep(r, dir), value);
    }
    mutex_unlock(&r->lock);
    mem_free(r->mem, list);
    strbuf_deinit(&names);
    return value;
}

static EntryKind stat_kind(const char *path) {
    FsStat st;
    if (!fs_stat(path, &st))
        return ENTRY_NONE;
    return st.is_dir ? ENTRY_DIR : st.is_file ? ENTRY_FILE : ENTRY_NONE;
}

// The entry named base in l, or NULL. Call with the lock held.
static DirEntry *find(const DirListing *l, Str base) {
    uint32_t lo = 0;
    uint32_t hi = l->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        Str name = { l->names + l->entries[mid].offset, l->entries[mid].len };
        int c = str_cmp(name, base);
        if (c == 0)
            return &l->entries[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

// The map value for the directory of path (dir_buf receives it NUL-terminated), or false for
// the root and for paths too long to copy, which are asked about directly.
static bool listing_of(Resolver *r, Str path, char dir_buf[PATH_MAX], uint64_t *value) {
    Str dir = path_dirname(path);
    if (path_basename(path).len == 0 || path.len >= PATH_MAX)
        return false;
    memcpy(dir_buf, dir.ptr, dir.len);
    dir_buf[dir.len] = '\0';
    dir.ptr = dir_buf;
    mutex_lock(&r->lock);
    bool hit = map_get_str(&r->dirs, dir, value);
    mutex_unlock(&r->lock);
    if (!hit)
        *value = read_listing(r, dir);
    return true;
}

bool cache_may_be_link(Resolver *r, Str path) {
    char dir_buf[PATH_MAX];
    uint64_t value = 0;
    if (!listing_of(r, path, dir_buf, &value) || value == LISTING_UNREADABLE)
        return true;
    if (value == LISTING_NONE)
        return false;
    mutex_lock(&r->lock);
    const DirEntry *e = find((const DirListing *)(uintptr_t)value, path_basename(path));
    bool link = !e || e->link;
    mutex_unlock(&r->lock);
    return link;
}

EntryKind cache_kind(Resolver *r, Str path) {
    char dir_buf[PATH_MAX];
    uint64_t value = 0;
    Str base = path_basename(path);
    if (!listing_of(r, path, dir_buf, &value))
        return path.len < PATH_MAX ? stat_kind(path.ptr) : ENTRY_NONE;
    if (value == LISTING_NONE)
        return ENTRY_NONE;
    if (value == LISTING_UNREADABLE)
        return stat_kind(path.ptr);
    const DirListing *l = (const DirListing *)(uintptr_t)value;
    mutex_lock(&r->lock);
    DirEntry *e = find(l, base);
    uint8_t kind = e ? e->kind : ENTRY_NONE;
    mutex_unlock(&r->lock);
    if (kind != ENTRY_UNKNOWN)
        return (EntryKind)kind;
    // path is NUL-terminated (resolver paths are); stat follows the link.
    EntryKind k = stat_kind(path.ptr);
    mutex_lock(&r->lock);
    e->kind = (uint8_t)k;
    mutex_unlock(&r->lock);
    return k;
}
