// pool: fixed worker threads around one FIFO job queue (see pool.h).
//
// The queue is a ring buffer on the heap (through mem, MEM_THREADS) that doubles when full, so
// submitting a job never allocates per job. One mutex guards the queue and the stop flag; a
// condition variable wakes idle workers. Wait groups have their own lock, so finishing a job
// never contends with submitting one.
//
// Invariant that makes nested submission safe: a job's wait-group count is raised in
// pool_submit, before the job is queued, and lowered only after the job's function returns.
// A job that submits children therefore raises the count for each child while its own count
// is still held, so the count cannot reach zero until the whole tree of jobs has run.
//
// pool_destroy sets the stop flag; a worker leaves only when the flag is set and the queue is
// empty. A job still running may queue more work after the others have left: its own worker
// picks that work up, because it checks the queue again before leaving.
#include "base/pool.h"

#include <stdatomic.h>

enum {
    POOL_STACK_SIZE = 16 * 1024 * 1024, // deep but bounded parser recursion needs room
    POOL_QUEUE_INITIAL_CAP = 64,
};

// A queued call. Lives in: the pool's ring buffer.
typedef struct PoolJob {
    PoolJobFn fn;
    void *ctx;
    WaitGroup *wg; // NULL: nobody waits for this job (pool_destroy still runs it)
} PoolJob;

// Lives in: the pool's worker array; the thread reads pool and index only.
typedef struct PoolWorker {
    Pool *pool;
    uint32_t index; // passed to every job this worker runs
    Thread thread;
} PoolWorker;

struct Pool {
    Mem *mem;
    Mutex lock;     // guards queue, head, len, cap and stopping
    Cond wake;      // signalled when a job is queued or the pool starts stopping
    PoolJob *queue; // ring buffer of cap slots
    uint32_t head;  // slot of the oldest queued job
    uint32_t len;   // queued jobs
    uint32_t cap;   // slots in queue
    bool stopping;  // set by pool_destroy; workers leave once the queue is empty
    uint32_t thread_count;
    PoolWorker *workers;
};

void waitgroup_init(WaitGroup *wg) {
    mutex_init(&wg->lock);
    cond_init(&wg->done);
    wg->pending = 0;
}

void waitgroup_deinit(WaitGroup *wg) {
    ASSERT(wg->pending == 0);
    cond_deinit(&wg->done);
    mutex_deinit(&wg->lock);
}

void waitgroup_wait(WaitGroup *wg) {
    mutex_lock(&wg->lock);
    while (wg->pending > 0)
        cond_wait(&wg->done, &wg->lock);
    mutex_unlock(&wg->lock);
}

static void count_job(WaitGroup *wg) {
    mutex_lock(&wg->lock);
    ASSERT(wg->pending < UINT32_MAX);
    wg->pending++;
    mutex_unlock(&wg->lock);
}

// Broadcasts while still holding the lock: the waiter may destroy wg as soon as it can take
// the lock, so nothing here may touch wg after the unlock.
static void finish_job(WaitGroup *wg) {
    mutex_lock(&wg->lock);
    ASSERT(wg->pending > 0);
    if (--wg->pending == 0)
        cond_broadcast(&wg->done);
    mutex_unlock(&wg->lock);
}

// Doubles the ring, copying the jobs oldest first so head restarts at 0. Caller holds lock.
static void grow_queue(Pool *p) {
    ASSERT(p->cap <= UINT32_MAX / 2);
    uint32_t cap = p->cap * 2;
    PoolJob *queue = mem_alloc(p->mem, MEM_THREADS, sizeof(PoolJob) * cap);
    for (uint32_t i = 0; i < p->len; i++)
        queue[i] = p->queue[(p->head + i) % p->cap];
    mem_free(p->mem, p->queue);
    p->queue = queue;
    p->head = 0;
    p->cap = cap;
}

// Caller holds lock.
static void push_job(Pool *p, PoolJob job) {
    if (p->len == p->cap)
        grow_queue(p);
    p->queue[(p->head + p->len) % p->cap] = job;
    p->len++;
}

// Caller holds lock; the queue is not empty.
static PoolJob pop_job(Pool *p) {
    PoolJob job = p->queue[p->head];
    p->head = (p->head + 1) % p->cap;
    p->len--;
    return job;
}

static void *worker_main(void *arg) {
    PoolWorker *w = arg;
    Pool *p = w->pool;
    mutex_lock(&p->lock);
    for (;;) {
        while (p->len == 0 && !p->stopping)
            cond_wait(&p->wake, &p->lock);
        if (p->len == 0)
            break; // stopping, and nothing left to run
        PoolJob job = pop_job(p);
        mutex_unlock(&p->lock);
        job.fn(job.ctx, w->index);
        if (job.wg)
            finish_job(job.wg);
        mutex_lock(&p->lock);
    }
    mutex_unlock(&p->lock);
    return NULL;
}

Pool *pool_create(Mem *mem, uint32_t thread_count) {
    if (thread_count == 0)
        thread_count = thread_cpu_count();
    Pool *p = mem_calloc(mem, MEM_THREADS, sizeof(Pool));
    p->mem = mem;
    mutex_init(&p->lock);
    cond_init(&p->wake);
    p->cap = POOL_QUEUE_INITIAL_CAP;
    p->queue = mem_alloc(mem, MEM_THREADS, sizeof(PoolJob) * p->cap);
    p->thread_count = thread_count;
    p->workers = mem_calloc(mem, MEM_THREADS, sizeof(PoolWorker) * thread_count);
    for (uint32_t i = 0; i < thread_count; i++) {
        p->workers[i].pool = p;
        p->workers[i].index = i;
        thread_start(&p->workers[i].thread, worker_main, &p->workers[i], POOL_STACK_SIZE);
    }
    return p;
}

void pool_destroy(Pool *p) {
    mutex_lock(&p->lock);
    p->stopping = true;
    cond_broadcast(&p->wake);
    mutex_unlock(&p->lock);
    for (uint32_t i = 0; i < p->thread_count; i++)
        thread_join(&p->workers[i].thread);
    ASSERT(p->len == 0);
    mem_free(p->mem, p->workers);
    mem_free(p->mem, p->queue);
    cond_deinit(&p->wake);
    mutex_deinit(&p->lock);
    mem_free(p->mem, p);
}

uint32_t pool_thread_count(const Pool *p) {
    return p->thread_count;
}

void pool_submit(Pool *p, WaitGroup *wg, PoolJobFn fn, void *ctx) {
    // Counted before it is visible to workers, so the count can never dip to zero while the
    // job exists (see the invariant at the top of the file).
    if (wg)
        count_job(wg);
    mutex_lock(&p->lock);
    push_job(p, (PoolJob){ .fn = fn, .ctx = ctx, .wg = wg });
    cond_signal(&p->wake);
    mutex_unlock(&p->lock);
}

// Shared by the runner jobs of one pool_for_each call. Lives in: that call's stack frame.
typedef struct ForEach {
    PoolJobFn fn;
    char *base;
    size_t size;
    uint32_t count;
    _Atomic uint64_t next; // next index to claim; 64 bits so claims past count cannot wrap
} ForEach;

// One runner per worker claims indexes until none are left: a call over a million items
// queues a handful of jobs, not a million.
static void for_each_run(void *ctx, uint32_t worker) {
    ForEach *fe = ctx;
    for (;;) {
        uint64_t i = atomic_fetch_add_explicit(&fe->next, 1, memory_order_relaxed);
        if (i >= fe->count)
            return;
        // A zero ctx_size passes ctx_base unchanged (it may be NULL).
        void *item = fe->size ? fe->base + (size_t)i * fe->size : fe->base;
        fe->fn(item, worker);
    }
}

void pool_for_each(Pool *p, PoolJobFn fn, void *ctx_base, size_t ctx_size, uint32_t count) {
    if (count == 0)
        return;
    ForEach fe = { .fn = fn, .base = ctx_base, .size = ctx_size, .count = count };
    atomic_init(&fe.next, 0);
    WaitGroup wg;
    waitgroup_init(&wg);
    uint32_t runners = MIN(count, p->thread_count);
    for (uint32_t i = 0; i < runners; i++)
        pool_submit(p, &wg, for_each_run, &fe);
    waitgroup_wait(&wg);
    waitgroup_deinit(&wg);
}
