// Tests of base/mem: exact accounting by stage, component and size class, the peak snapshot,
// frees across stages and threads, and the timeline.
#include <string.h>

#include "base/mem.h"
#include "base/sync.h"
#include "test.h"

enum { HEADER = 16 };

static int64_t cell(const MemSnapshot *s, MemStage st, MemComponent c) {
    return s->by_cell[st][c];
}

TEST(test_mem_counts_by_stage_and_component) {
    Mem *m = mem_create();
    int64_t base = mem_current(m); // the tracker itself
    mem_set_stage(m, MEM_STAGE_SCAN);
    void *a = mem_alloc(m, MEM_AST, 1000);
    mem_set_stage(m, MEM_STAGE_LINK);
    void *b = mem_alloc(m, MEM_LINK, 3000);
    CHECK_INT_EQ(mem_current(m), base + 1000 + 3000 + 2 * HEADER);

    MemSnapshot now;
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_SCAN, MEM_AST), 1000 + HEADER);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_LINK, MEM_LINK), 3000 + HEADER);
    CHECK_INT_EQ(now.stage, MEM_STAGE_LINK);

    // A block allocated in scan and freed in link is uncharged from scan.
    mem_free(m, a);
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_SCAN, MEM_AST), 0);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_LINK, MEM_LINK), 3000 + HEADER);
    mem_free(m, b);
    CHECK_INT_EQ(mem_current(m), base);
    mem_destroy(m);
}

TEST(test_mem_peak_snapshot) {
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    mem_set_stage(m, MEM_STAGE_SCAN);
    void *src = mem_alloc(m, MEM_SOURCE, 100000);
    void *ast = mem_alloc(m, MEM_AST, 200000);
    mem_free(m, ast);
    mem_set_stage(m, MEM_STAGE_GENERATE);
    void *out = mem_alloc(m, MEM_OUTPUT, 50000); // below the earlier peak
    CHECK_INT_EQ(mem_peak(m), base + 300000 + 2 * HEADER);

    MemSnapshot peak;
    mem_peak_snapshot(m, &peak);
    CHECK_INT_EQ(peak.bytes, base + 300000 + 2 * HEADER);
    CHECK_INT_EQ(peak.stage, MEM_STAGE_SCAN);
    CHECK_INT_EQ(cell(&peak, MEM_STAGE_SCAN, MEM_AST), 200000 + HEADER);
    CHECK_INT_EQ(cell(&peak, MEM_STAGE_SCAN, MEM_SOURCE), 100000 + HEADER);
    CHECK_INT_EQ(cell(&peak, MEM_STAGE_GENERATE, MEM_OUTPUT), 0);
    CHECK(peak.ms >= 0 && peak.ms <= mem_elapsed_ms(m));

    // Passing the peak later moves the snapshot to the new moment.
    void *big = mem_alloc(m, MEM_OUTPUT, 400000);
    mem_peak_snapshot(m, &peak);
    CHECK_INT_EQ(peak.stage, MEM_STAGE_GENERATE);
    CHECK_INT_EQ(cell(&peak, MEM_STAGE_SCAN, MEM_AST), 0);
    CHECK_INT_EQ(cell(&peak, MEM_STAGE_GENERATE, MEM_OUTPUT), 450000 + 2 * HEADER);
    mem_free(m, big);
    mem_free(m, out);
    mem_free(m, src);
    mem_destroy(m);
}

TEST(test_mem_size_classes) {
    Mem *m = mem_create();
    MemSnapshot before;
    mem_current_snapshot(m, &before);
    void *tiny = mem_alloc(m, MEM_OTHER, 100);             // < 512 B
    void *kib = mem_alloc(m, MEM_OTHER, 1500);             // 1-2 KiB
    void *huge = mem_alloc(m, MEM_OTHER, 3 * 1024 * 1024); // >= 1 MiB
    MemSnapshot now;
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(now.by_size_class[0] - before.by_size_class[0], 100 + HEADER);
    CHECK_INT_EQ(now.by_size_class[2] - before.by_size_class[2], 1500 + HEADER);
    CHECK_INT_EQ(now.by_size_class[MEM_SIZE_CLASS_COUNT - 1], 3 * 1024 * 1024 + HEADER);
    CHECK_INT_EQ(now.blocks - before.blocks, 3);
    CHECK_CSTR_EQ(mem_size_class_name(2), "1-2 KiB");
    mem_free(m, tiny);
    mem_free(m, kib);
    mem_free(m, huge);
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(now.blocks, before.blocks);
    mem_destroy(m);
}

TEST(test_mem_realloc_keeps_component) {
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    char *p = mem_alloc(m, MEM_RESOLVER, 10);
    memcpy(p, "0123456789", 10);
    mem_set_stage(m, MEM_STAGE_LINK);
    p = mem_realloc(m, p, 5000);
    CHECK(memcmp(p, "0123456789", 10) == 0);
    CHECK_INT_EQ(mem_block_size(p), 5000);
    MemSnapshot now;
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_LINK, MEM_RESOLVER), 5000 + HEADER);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_OTHER, MEM_RESOLVER), 0);
    CHECK_INT_EQ(mem_current(m), base + 5000 + HEADER);
    mem_free(m, p);
    mem_destroy(m);
}

enum { THREADS = 4, BLOCKS_PER_THREAD = 200 };

typedef struct ThreadJob {
    Mem *m;
    void *blocks[BLOCKS_PER_THREAD];
} ThreadJob;

static void *allocate_many(void *arg) {
    ThreadJob *job = arg;
    for (int i = 0; i < BLOCKS_PER_THREAD; i++)
        job->blocks[i] = mem_alloc(job->m, MEM_AST, 64 + (size_t)i);
    return NULL;
}

// Blocks allocated on four threads are folded into one total, and freeing them on the main
// thread brings every counter back to zero.
TEST(test_mem_threads_fold) {
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    ThreadJob jobs[THREADS];
    Thread threads[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i].m = m;
        thread_start(&threads[i], allocate_many, &jobs[i], 0);
    }
    for (int i = 0; i < THREADS; i++)
        thread_join(&threads[i]);
    int64_t want = 0;
    for (int i = 0; i < BLOCKS_PER_THREAD; i++)
        want += 64 + i + HEADER;
    want *= THREADS;
    CHECK_INT_EQ(mem_current(m) - base, want);
    MemSnapshot now;
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_OTHER, MEM_AST), want);
    for (int i = 0; i < THREADS; i++) {
        for (int k = 0; k < BLOCKS_PER_THREAD; k++)
            mem_free(m, jobs[i].blocks[k]);
    }
    mem_current_snapshot(m, &now);
    CHECK_INT_EQ(cell(&now, MEM_STAGE_OTHER, MEM_AST), 0);
    CHECK_INT_EQ(mem_current(m), base);
    mem_destroy(m);
}

TEST(test_mem_timeline) {
    Mem *m = mem_create();
    mem_set_stage(m, MEM_STAGE_SCAN);
    void *blocks[3000];
    for (int i = 0; i < 3000; i++)
        blocks[i] = mem_alloc(m, MEM_AST, 100000);
    mem_set_stage(m, MEM_STAGE_WRITE);
    for (int i = 0; i < 3000; i++)
        mem_free(m, blocks[i]);
    uint32_t len = 0;
    const MemSample *s = mem_timeline(m, &len);
    CHECK(len > 10 && len <= 1024);
    // Samples are in time order, and the highest sample is near the peak.
    int64_t highest = 0;
    for (uint32_t i = 1; i < len; i++) {
        CHECK(s[i].ms >= s[i - 1].ms);
        highest = MAX(highest, s[i].bytes);
    }
    CHECK(highest >= mem_peak(m) - mem_peak(m) / 50);
    CHECK_INT_EQ(s[len - 1].stage, MEM_STAGE_WRITE);
    mem_destroy(m);
}

// The breakdown when a stage is first entered is what the earlier stages left alive; entering
// the stage again does not replace it.
TEST(test_mem_stage_start) {
    Mem *m = mem_create();
    MemSnapshot at;
    CHECK(!mem_stage_start(m, MEM_STAGE_LINK, &at));
    mem_set_stage(m, MEM_STAGE_SCAN);
    void *ast = mem_alloc(m, MEM_AST, 500);
    void *summary = mem_alloc(m, MEM_SUMMARY, 700);
    mem_free(m, ast);
    mem_set_stage(m, MEM_STAGE_LINK);
    void *late = mem_alloc(m, MEM_AST, 100);
    mem_set_stage(m, MEM_STAGE_LINK);
    CHECK(mem_stage_start(m, MEM_STAGE_LINK, &at));
    CHECK_INT_EQ(cell(&at, MEM_STAGE_SCAN, MEM_AST), 0);
    CHECK_INT_EQ(cell(&at, MEM_STAGE_SCAN, MEM_SUMMARY), 700 + HEADER);
    CHECK_INT_EQ(cell(&at, MEM_STAGE_LINK, MEM_AST), 0);
    mem_free(m, late);
    mem_free(m, summary);
    mem_destroy(m);
}
