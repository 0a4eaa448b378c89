// mem: allocation with per-stage, per-component accounting (see mem.h).
//
// Layout of a block: [MemHeader 16 bytes][user bytes]. The header's size field is what the
// counters were charged (user size + header), so frees and reallocs are exact.
//
// Each thread writes to slot (thread ordinal % MEM_SLOTS). A slot may be shared by threads
// when there are more threads than slots, so its counters are atomics updated with relaxed
// fetch-adds: correct under sharing, and uncontended in the common case. A slot's counters may
// go negative when a block is freed on another thread than the one that allocated it; only
// their sum across slots is meaningful.
#include "base/mem.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/sync.h"

enum {
    MEM_SLOTS = 16,            // per-thread counter slots
    MEM_TIMELINE_CAP = 1024,   // samples kept; halved in place when full
    MEM_HEADER_MAGIC = 0xba1e, // catches frees of foreign pointers
};

typedef struct MemHeader {
    uint64_t size;     // bytes charged: user size + sizeof(MemHeader)
    uint8_t stage;     // MemStage charged
    uint8_t component; // MemComponent charged
    uint16_t magic;    // MEM_HEADER_MAGIC while live
    uint32_t unused;
} MemHeader;

_Static_assert(sizeof(MemHeader) == 16, "header keeps 16-byte alignment");

typedef struct MemSlot {
    _Alignas(64) _Atomic int64_t cell[MEM_STAGE_COUNT][MEM_COMPONENT_COUNT];
    _Atomic int64_t size_class[MEM_SIZE_CLASS_COUNT];
    _Atomic int64_t blocks;
} MemSlot;

struct Mem {
    MemSlot slots[MEM_SLOTS];
    _Atomic int64_t current;                  // bytes in use, all threads
    _Atomic int64_t peak;                     // highest value of current seen
    _Atomic int64_t last_sample;              // current at the last timeline sample
    _Atomic int stage;                        // MemStage for new allocations
    struct timespec start;                    // clock origin for ms figures
    Mutex lock;                               // guards snapshot and timeline
    MemSnapshot peak_snapshot;                // breakdown when peak was last raised
    MemSnapshot stage_start[MEM_STAGE_COUNT]; // breakdown when each stage was first entered
    uint32_t stages_started;                  // bit per stage with a stage_start
    MemSample timeline[MEM_TIMELINE_CAP];
    uint32_t timeline_len;
    _Atomic int64_t sample_step; // minimum change in bytes between two samples
};

// Thread identity for slot selection: an ordinal handed out once per thread. This is the only
// process-wide mutable state in mem, and it never needs resetting.
static _Atomic uint32_t next_thread_ordinal;
static _Thread_local uint32_t thread_slot_plus_one;

static uint32_t thread_slot(void) {
    if (UNLIKELY(thread_slot_plus_one == 0)) {
        uint32_t ordinal = atomic_fetch_add_explicit(&next_thread_ordinal, 1, memory_order_relaxed);
        thread_slot_plus_one = ordinal % MEM_SLOTS + 1;
    }
    return thread_slot_plus_one - 1;
}

static uint32_t size_class_of(uint64_t size) {
    if (size < 512)
        return 0;
    uint32_t cls = 1;
    for (uint64_t limit = 1024; size >= limit && cls < MEM_SIZE_CLASS_COUNT - 1; limit <<= 1)
        cls++;
    return cls;
}

NORETURN static void out_of_memory(size_t size) {
    fprintf(stderr, "bale: out of memory allocating %zu bytes\n", size);
    fflush(stderr);
    abort();
}

static double ms_between(const struct timespec *a, const struct timespec *b) {
    return (double)(b->tv_sec - a->tv_sec) * 1e3 + (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

double mem_elapsed_ms(const Mem *m) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return ms_between(&m->start, &now);
}

static void fold_slots(Mem *m, MemSnapshot *out) {
    memset(out, 0, sizeof *out);
    for (uint32_t i = 0; i < MEM_SLOTS; i++) {
        MemSlot *s = &m->slots[i];
        for (uint32_t st = 0; st < MEM_STAGE_COUNT; st++) {
            for (uint32_t c = 0; c < MEM_COMPONENT_COUNT; c++)
                out->by_cell[st][c] += atomic_load_explicit(&s->cell[st][c], memory_order_relaxed);
        }
        for (uint32_t k = 0; k < MEM_SIZE_CLASS_COUNT; k++)
            out->by_size_class[k] += atomic_load_explicit(&s->size_class[k], memory_order_relaxed);
        out->blocks += atomic_load_explicit(&s->blocks, memory_order_relaxed);
    }
    out->stage = (MemStage)atomic_load_explicit(&m->stage, memory_order_relaxed);
    out->ms = mem_elapsed_ms(m);
}

// Appends a timeline point; when full, keeps every other point and doubles the step, so the
// timeline always spans the whole build at a bounded size. Caller holds m->lock.
static void sample_locked(Mem *m, int64_t bytes) {
    if (m->timeline_len == MEM_TIMELINE_CAP) {
        for (uint32_t i = 0; i < MEM_TIMELINE_CAP / 2; i++)
            m->timeline[i] = m->timeline[2 * i + 1];
        m->timeline_len = MEM_TIMELINE_CAP / 2;
        atomic_store_explicit(&m->sample_step, 2 * atomic_load(&m->sample_step),
                              memory_order_relaxed);
    }
    m->timeline[m->timeline_len++] = (MemSample){
        .ms = mem_elapsed_ms(m),
        .bytes = bytes,
        .stage = (MemStage)atomic_load_explicit(&m->stage, memory_order_relaxed),
    };
    atomic_store_explicit(&m->last_sample, bytes, memory_order_relaxed);
}

// Slow path, taken when `now` may be a new peak or has moved a sample step.
static void note_change(Mem *m, int64_t now) {
    mutex_lock(&m->lock);
    if (now > atomic_load_explicit(&m->peak, memory_order_relaxed)) {
        atomic_store_explicit(&m->peak, now, memory_order_relaxed);
        fold_slots(m, &m->peak_snapshot);
        m->peak_snapshot.bytes = now;
    }
    int64_t last = atomic_load_explicit(&m->last_sample, memory_order_relaxed);
    if (llabs(now - last) >= atomic_load_explicit(&m->sample_step, memory_order_relaxed))
        sample_locked(m, now);
    mutex_unlock(&m->lock);
}

// Charges (delta > 0) or uncharges (delta < 0) one block. The slot is updated before the
// total, so a snapshot never shows less breakdown than the total it is filed under.
static void account(Mem *m, const MemHeader *h, int64_t delta) {
    MemSlot *s = &m->slots[thread_slot()];
    atomic_fetch_add_explicit(&s->cell[h->stage][h->component], delta, memory_order_relaxed);
    atomic_fetch_add_explicit(&s->size_class[size_class_of(h->size)], delta, memory_order_relaxed);
    atomic_fetch_add_explicit(&s->blocks, delta > 0 ? 1 : -1, memory_order_relaxed);
    int64_t now = atomic_fetch_add_explicit(&m->current, delta, memory_order_relaxed) + delta;
    int64_t last = atomic_load_explicit(&m->last_sample, memory_order_relaxed);
    if (now > atomic_load_explicit(&m->peak, memory_order_relaxed) ||
        llabs(now - last) >= atomic_load_explicit(&m->sample_step, memory_order_relaxed))
        note_change(m, now);
}

Mem *mem_create(void) {
    Mem *m = calloc(1, sizeof *m);
    if (!m)
        out_of_memory(sizeof *m);
    clock_gettime(CLOCK_MONOTONIC, &m->start);
    mutex_init(&m->lock);
    atomic_store(&m->sample_step, 64 * 1024);
    // The tracker is heap too: charge it, so that the report agrees with the OS's view.
    MemHeader self = { .size = sizeof *m, .stage = MEM_STAGE_OTHER, .component = MEM_OTHER };
    account(m, &self, (int64_t)self.size);
    return m;
}

void mem_destroy(Mem *m) {
    if (!m)
        return;
    mutex_deinit(&m->lock);
    free(m);
}

void *mem_alloc(Mem *m, MemComponent c, size_t size) {
    DEBUG_ASSERT(c < MEM_COMPONENT_COUNT);
    if (size > SIZE_MAX - sizeof(MemHeader))
        out_of_memory(size);
    MemHeader *h = malloc(sizeof(MemHeader) + size);
    if (UNLIKELY(!h))
        out_of_memory(size);
    *h = (MemHeader){
        .size = sizeof(MemHeader) + size,
        .stage = (uint8_t)atomic_load_explicit(&m->stage, memory_order_relaxed),
        .component = (uint8_t)c,
        .magic = MEM_HEADER_MAGIC,
    };
    account(m, h, (int64_t)h->size);
    return h + 1;
}

void *mem_calloc(Mem *m, MemComponent c, size_t size) {
    void *p = mem_alloc(m, c, size);
    memset(p, 0, size);
    return p;
}

static MemHeader *header_of(void *p) {
    MemHeader *h = (MemHeader *)p - 1;
    ASSERT(h->magic == MEM_HEADER_MAGIC);
    return h;
}

void *mem_realloc(Mem *m, void *p, size_t size) {
    ASSERT(p != NULL);
    if (size > SIZE_MAX - sizeof(MemHeader))
        out_of_memory(size);
    MemHeader *h = header_of(p);
    MemHeader old = *h;
    MemHeader *n = realloc(h, sizeof(MemHeader) + size);
    if (UNLIKELY(!n))
        out_of_memory(size);
    account(m, &old, -(int64_t)old.size);
    n->size = sizeof(MemHeader) + size;
    n->stage = (uint8_t)atomic_load_explicit(&m->stage, memory_order_relaxed);
    account(m, n, (int64_t)n->size);
    return n + 1;
}

void mem_free(Mem *m, void *p) {
    if (!p)
        return;
    MemHeader *h = header_of(p);
    MemHeader old = *h;
    h->magic = 0;
    free(h);
    account(m, &old, -(int64_t)old.size);
}

size_t mem_block_size(const void *p) {
    const MemHeader *h = (const MemHeader *)p - 1;
    return (size_t)h->size - sizeof(MemHeader);
}

void mem_set_stage(Mem *m, MemStage stage) {
    ASSERT(stage < MEM_STAGE_COUNT);
    atomic_store_explicit(&m->stage, (int)stage, memory_order_relaxed);
    // A stage change is always a timeline point, so charts can shade the stages.
    mutex_lock(&m->lock);
    int64_t now = atomic_load_explicit(&m->current, memory_order_relaxed);
    sample_locked(m, now);
    if (!(m->stages_started & (1u << stage))) {
        m->stages_started |= 1u << stage;
        fold_slots(m, &m->stage_start[stage]);
        m->stage_start[stage].bytes = now;
    }
    mutex_unlock(&m->lock);
}

MemStage mem_stage(const Mem *m) {
    return (MemStage)atomic_load_explicit(&m->stage, memory_order_relaxed);
}

int64_t mem_current(const Mem *m) {
    return atomic_load_explicit(&m->current, memory_order_relaxed);
}

int64_t mem_peak(const Mem *m) {
    return atomic_load_explicit(&m->peak, memory_order_relaxed);
}

void mem_peak_snapshot(Mem *m, MemSnapshot *out) {
    mutex_lock(&m->lock);
    *out = m->peak_snapshot;
    mutex_unlock(&m->lock);
}

void mem_current_snapshot(Mem *m, MemSnapshot *out) {
    mutex_lock(&m->lock);
    fold_slots(m, out);
    out->bytes = atomic_load_explicit(&m->current, memory_order_relaxed);
    mutex_unlock(&m->lock);
}

bool mem_stage_start(Mem *m, MemStage stage, MemSnapshot *out) {
    mutex_lock(&m->lock);
    bool started = m->stages_started & (1u << stage);
    if (started)
        *out = m->stage_start[stage];
    mutex_unlock(&m->lock);
    return started;
}

const MemSample *mem_timeline(const Mem *m, uint32_t *len) {
    *len = m->timeline_len;
    return m->timeline;
}

const char *mem_stage_name(MemStage s) {
    static const char *const names[MEM_STAGE_COUNT] = {
        [MEM_STAGE_OTHER] = "other",       [MEM_STAGE_SCAN] = "scan",   [MEM_STAGE_LINK] = "link",
        [MEM_STAGE_GENERATE] = "generate", [MEM_STAGE_WRITE] = "write",
    };
    ASSERT(s < MEM_STAGE_COUNT);
    return names[s];
}

const char *mem_component_name(MemComponent c) {
    static const char *const names[MEM_COMPONENT_COUNT] = {
        [MEM_OTHER] = "other",     [MEM_AST] = "ast",           [MEM_SCOPES] = "scopes",
        [MEM_SUMMARY] = "summary", [MEM_RESOLVER] = "resolver", [MEM_SOURCE] = "source",
        [MEM_LINK] = "link",       [MEM_OUTPUT] = "output",     [MEM_SOURCEMAP] = "sourcemap",
        [MEM_DIAG] = "diag",       [MEM_THREADS] = "threads",
    };
    ASSERT(c < MEM_COMPONENT_COUNT);
    return names[c];
}

const char *mem_size_class_name(uint32_t size_class) {
    static const char *const names[MEM_SIZE_CLASS_COUNT] = {
        "<512 B",      "512 B-1 KiB",   "1-2 KiB",   "2-4 KiB",    "4-8 KiB",
        "8-16 KiB",    "16-32 KiB",     "32-64 KiB", "64-128 KiB", "128-256 KiB",
        "256-512 KiB", "512 KiB-1 MiB", ">=1 MiB",
    };
    ASSERT(size_class < MEM_SIZE_CLASS_COUNT);
    return names[size_class];
}
