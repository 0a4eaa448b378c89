// Tests of base/pool: every job runs exactly once with a worker index in range, wait groups
// cover jobs submitted by jobs, the queue is FIFO, destroy drains the queue, and results stored
// by index are the same at any thread count.
#include <sched.h>
#include <stdatomic.h>
#include <string.h>

#include "base/pool.h"
#include "test.h"

// A cheap, well-mixed function of its input, so each slot's expected value is independent.
static uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb3f93c185ec3ULL;
    x ^= x >> 33;
    return x;
}

// One submitted job: computes its slot and records who ran it.
typedef struct SlotJob {
    uint32_t index;
    uint32_t thread_count;
    uint64_t value;
    _Atomic uint32_t runs;
    bool worker_ok;
} SlotJob;

static void fill_slot(void *ctx, uint32_t worker) {
    SlotJob *job = ctx;
    job->value = mix(job->index);
    job->worker_ok = worker < job->thread_count;
    atomic_fetch_add(&job->runs, 1);
}

TEST(test_pool_jobs_fill_slots) {
    enum { JOBS = 5000 };
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    Pool *p = pool_create(m, 4);
    CHECK_INT_EQ(pool_thread_count(p), 4);
    SlotJob *jobs = mem_calloc(m, MEM_OTHER, sizeof(SlotJob) * JOBS);
    WaitGroup wg;
    waitgroup_init(&wg);
    for (uint32_t i = 0; i < JOBS; i++) {
        jobs[i].index = i;
        jobs[i].thread_count = 4;
        pool_submit(p, &wg, fill_slot, &jobs[i]);
    }
    waitgroup_wait(&wg);
    uint32_t bad = 0;
    for (uint32_t i = 0; i < JOBS; i++)
        bad += jobs[i].value != mix(i) || atomic_load(&jobs[i].runs) != 1 || !jobs[i].worker_ok;
    CHECK_INT_EQ(bad, 0);

    // The same wait group can be reused once it has drained.
    memset(jobs, 0, sizeof(SlotJob) * JOBS);
    for (uint32_t i = 0; i < 100; i++) {
        jobs[i] = (SlotJob){ .index = i + 7, .thread_count = 4 };
        pool_submit(p, &wg, fill_slot, &jobs[i]);
    }
    waitgroup_wait(&wg);
    bad = 0;
    for (uint32_t i = 0; i < 100; i++)
        bad += jobs[i].value != mix(i + 7) || atomic_load(&jobs[i].runs) != 1;
    CHECK_INT_EQ(bad, 0);
    waitgroup_deinit(&wg);
    mem_free(m, jobs);
    pool_destroy(p);
    CHECK_INT_EQ(mem_current(m), base); // queue growth and workers all returned
    mem_destroy(m);
}

// A complete tree of jobs stored heap-style: node i's children are i*FANOUT+1 .. i*FANOUT+FANOUT.
// Each node derives its value from its parent's, then submits its children against the same
// wait group, yielding first so that a wait group that could finish early would be caught.
enum { TREE_FANOUT = 4, TREE_NODES = 1 + 4 + 16 + 64 + 256 + 1024 }; // depth 6

typedef struct Tree {
    Pool *pool;
    WaitGroup *wg;
    uint32_t thread_count;
    _Atomic uint32_t visited;
    uint32_t visited_at_wait; // visited when waitgroup_wait returned
    _Atomic uint32_t bad_worker;
    uint64_t value[TREE_NODES];
    uint32_t runs[TREE_NODES]; // each written by one job only
} Tree;

typedef struct TreeNode {
    Tree *tree;
    uint32_t id;
} TreeNode;

static void visit_node(void *ctx, uint32_t worker) {
    TreeNode *node = ctx;
    Tree *tree = node->tree;
    uint32_t id = node->id;
    if (worker >= tree->thread_count)
        atomic_fetch_add(&tree->bad_worker, 1);
    uint64_t parent = id == 0 ? 0 : tree->value[(id - 1) / TREE_FANOUT];
    tree->value[id] = mix(parent ^ id);
    tree->runs[id]++;
    atomic_fetch_add(&tree->visited, 1);
    for (uint32_t c = 1; c <= TREE_FANOUT; c++) {
        uint32_t child = id * TREE_FANOUT + c;
        if (child >= TREE_NODES)
            break;
        sched_yield();
        pool_submit(tree->pool, tree->wg, visit_node, node - id + child);
    }
}

// Runs the tree on a pool of thread_count workers; nodes and tree are the caller's.
static void run_tree(Mem *m, uint32_t thread_count, Tree *tree, TreeNode *nodes) {
    memset(tree, 0, sizeof(*tree));
    WaitGroup wg;
    waitgroup_init(&wg);
    Pool *p = pool_create(m, thread_count);
    tree->pool = p;
    tree->wg = &wg;
    tree->thread_count = pool_thread_count(p);
    for (uint32_t i = 0; i < TREE_NODES; i++)
        nodes[i] = (TreeNode){ .tree = tree, .id = i };
    pool_submit(p, &wg, visit_node, &nodes[0]);
    waitgroup_wait(&wg);
    // Read before destroy: destroy would also drain the queue and hide an early return.
    tree->visited_at_wait = atomic_load(&tree->visited);
    pool_destroy(p);
    waitgroup_deinit(&wg);
}

TEST(test_pool_nested_submission) {
    Mem *m = mem_create();
    Tree *tree = mem_alloc(m, MEM_OTHER, sizeof(Tree));
    TreeNode *nodes = mem_alloc(m, MEM_OTHER, sizeof(TreeNode) * TREE_NODES);
    static const uint32_t thread_counts[] = { 1, 2, 8 };
    for (size_t k = 0; k < countof(thread_counts); k++) {
        run_tree(m, thread_counts[k], tree, nodes);
        CHECK_INT_EQ(tree->visited_at_wait, TREE_NODES);
        CHECK_INT_EQ(atomic_load(&tree->bad_worker), 0);
        uint32_t wrong_runs = 0;
        for (uint32_t i = 0; i < TREE_NODES; i++)
            wrong_runs += tree->runs[i] != 1;
        CHECK_INT_EQ(wrong_runs, 0);
    }
    mem_free(m, nodes);
    mem_free(m, tree);
    mem_destroy(m);
}

TEST(test_pool_results_independent_of_thread_count) {
    Mem *m = mem_create();
    Tree *tree = mem_alloc(m, MEM_OTHER, sizeof(Tree));
    TreeNode *nodes = mem_alloc(m, MEM_OTHER, sizeof(TreeNode) * TREE_NODES);
    uint64_t *want = mem_alloc(m, MEM_OTHER, sizeof(uint64_t) * TREE_NODES);
    run_tree(m, 1, tree, nodes);
    memcpy(want, tree->value, sizeof(uint64_t) * TREE_NODES);
    // The serial run is itself checked against a direct computation.
    CHECK(want[0] == mix(0));
    CHECK(want[5] == mix(mix(1 ^ mix(0)) ^ 5)); // node 5's parent is 1, whose parent is 0
    static const uint32_t thread_counts[] = { 2, 3, 8, 0 };
    for (size_t k = 0; k < countof(thread_counts); k++) {
        run_tree(m, thread_counts[k], tree, nodes);
        CHECK(memcmp(want, tree->value, sizeof(uint64_t) * TREE_NODES) == 0);
    }
    mem_free(m, want);
    mem_free(m, nodes);
    mem_free(m, tree);
    mem_destroy(m);
}

// pool_for_each items: input, output and the worker that ran it.
typedef struct Item {
    uint32_t in;
    uint32_t out;
    uint32_t worker;
    uint32_t runs;
} Item;

static void double_item(void *ctx, uint32_t worker) {
    Item *item = ctx;
    item->out = item->in * 2;
    item->worker = worker;
    item->runs++;
}

static void count_call(void *ctx, uint32_t worker) {
    atomic_fetch_add((_Atomic uint32_t *)ctx, 1);
}

TEST(test_pool_for_each) {
    enum { ITEMS = 10000 };
    Mem *m = mem_create();
    Pool *p = pool_create(m, 3);
    Item *items = mem_calloc(m, MEM_OTHER, sizeof(Item) * ITEMS);
    static const uint32_t counts[] = { 0, 1, 2, 3, 4, 1000, ITEMS };
    for (size_t k = 0; k < countof(counts); k++) {
        memset(items, 0, sizeof(Item) * ITEMS);
        for (uint32_t i = 0; i < ITEMS; i++)
            items[i].in = i + 1;
        pool_for_each(p, double_item, items, sizeof(Item), counts[k]);
        uint32_t bad = 0;
        for (uint32_t i = 0; i < ITEMS; i++) {
            bool want_run = i < counts[k];
            bad += items[i].runs != (want_run ? 1u : 0u);
            bad += want_run && (items[i].out != 2 * (i + 1) || items[i].worker >= 3);
        }
        CHECK_INT_EQ(bad, 0);
    }
    // ctx_size 0 passes the same context to every call.
    _Atomic uint32_t calls = 0;
    pool_for_each(p, count_call, (void *)&calls, 0, 777);
    CHECK_INT_EQ(atomic_load(&calls), 777);
    mem_free(m, items);
    pool_destroy(p);
    mem_destroy(m);
}

// Per-worker counters: a job indexes them by its worker, which must be in range.
typedef struct WorkerTally {
    uint32_t thread_count;
    _Atomic uint32_t out_of_range;
    _Atomic uint32_t per_worker[16];
} WorkerTally;

static void tally_worker(void *ctx, uint32_t worker) {
    WorkerTally *w = ctx;
    if (worker >= w->thread_count || worker >= countof(w->per_worker)) {
        atomic_fetch_add(&w->out_of_range, 1);
        return;
    }
    atomic_fetch_add(&w->per_worker[worker], 1);
}

TEST(test_pool_worker_index_in_range) {
    Mem *m = mem_create();
    static const uint32_t thread_counts[] = { 1, 2, 5, 16 };
    for (size_t k = 0; k < countof(thread_counts); k++) {
        Pool *p = pool_create(m, thread_counts[k]);
        WorkerTally *w = mem_calloc(m, MEM_OTHER, sizeof(WorkerTally));
        w->thread_count = pool_thread_count(p);
        WaitGroup wg;
        waitgroup_init(&wg);
        for (uint32_t i = 0; i < 2000; i++)
            pool_submit(p, &wg, tally_worker, w);
        waitgroup_wait(&wg);
        waitgroup_deinit(&wg);
        uint32_t total = 0;
        for (uint32_t i = 0; i < countof(w->per_worker); i++)
            total += atomic_load(&w->per_worker[i]);
        CHECK_INT_EQ(atomic_load(&w->out_of_range), 0);
        CHECK_INT_EQ(total, 2000);
        mem_free(m, w);
        pool_destroy(p);
    }
    mem_destroy(m);
}

// With one worker, jobs run one at a time in submission order, including jobs queued by jobs.
typedef struct OrderLog {
    Pool *pool;
    WaitGroup *wg;
    uint32_t order[8];
    uint32_t len;
} OrderLog;

typedef struct OrderJob {
    OrderLog *log;
    uint32_t id;
    struct OrderJob *spawn; // queued by this job when it runs, or NULL
} OrderJob;

static void log_order(void *ctx, uint32_t worker) {
    OrderJob *job = ctx;
    OrderLog *log = job->log;
    log->order[log->len++] = job->id + 100 * worker; // worker is always 0
    if (job->spawn)
        pool_submit(log->pool, log->wg, log_order, job->spawn);
}

// Holds the only worker until the test has queued everything (without it, job 1 may run and
// queue job 5 before jobs 2-4 are submitted, and the order depends on timing).
static void wait_for_gate(void *ctx, uint32_t worker) {
    (void)worker;
    atomic_bool *open = ctx;
    while (!atomic_load(open))
        sched_yield();
}

TEST(test_pool_single_thread_fifo) {
    Mem *m = mem_create();
    Pool *p = pool_create(m, 1);
    CHECK_INT_EQ(pool_thread_count(p), 1);
    WaitGroup wg;
    waitgroup_init(&wg);
    OrderLog log = { .pool = p, .wg = &wg };
    // Job 1 queues job 5 when it runs, behind jobs 2-4 that were already queued.
    OrderJob jobs[5] = {
        { &log, 1, &jobs[4] }, { &log, 2, NULL }, { &log, 3, NULL },
        { &log, 4, NULL },     { &log, 5, NULL },
    };
    atomic_bool gate = false;
    pool_submit(p, &wg, wait_for_gate, &gate);
    for (uint32_t i = 0; i < 4; i++)
        pool_submit(p, &wg, log_order, &jobs[i]);
    atomic_store(&gate, true);
    waitgroup_wait(&wg);
    static const uint32_t want[] = { 1, 2, 3, 4, 5 };
    CHECK_INT_EQ(log.len, countof(want));
    CHECK(memcmp(log.order, want, sizeof(want)) == 0);
    waitgroup_deinit(&wg);
    pool_destroy(p);
    mem_destroy(m);
}

TEST(test_pool_destroy_idle) {
    Mem *m = mem_create();
    int64_t base = mem_current(m);
    Pool *p = pool_create(m, 0);
    CHECK_INT_EQ(pool_thread_count(p), thread_cpu_count());
    CHECK(mem_current(m) > base); // pool, queue and workers are charged
    MemSnapshot now;
    mem_current_snapshot(m, &now);
    CHECK(now.by_cell[MEM_STAGE_OTHER][MEM_THREADS] > 0);
    pool_destroy(p);
    CHECK_INT_EQ(mem_current(m), base);
    // Create and destroy in quick succession many times: no hang, no leak.
    for (uint32_t i = 0; i < 20; i++)
        pool_destroy(pool_create(m, 1 + i % 4));
    CHECK_INT_EQ(mem_current(m), base);
    mem_destroy(m);
}

static void slow_count(void *ctx, uint32_t worker) {
    sched_yield();
    atomic_fetch_add((_Atomic uint32_t *)ctx, 1);
}

TEST(test_pool_destroy_runs_queued_jobs) {
    Mem *m = mem_create();
    _Atomic uint32_t done = 0;
    Pool *p = pool_create(m, 2);
    // Nobody waits: destroy itself must run all 3000 (enough to grow the queue several times).
    for (uint32_t i = 0; i < 3000; i++)
        pool_submit(p, NULL, slow_count, (void *)&done);
    pool_destroy(p);
    CHECK_INT_EQ(atomic_load(&done), 3000);
    mem_destroy(m);
}
