// pool: a fixed-size pool of worker threads, a FIFO job queue and wait groups.
//
// Jobs are (function, context) pairs; each runs once on some worker, which passes its own
// index (0 .. pool_thread_count-1) so a job can use that worker's scratch arena. A WaitGroup
// counts the jobs submitted against it; waitgroup_wait blocks until all have finished. Jobs may
// submit further jobs (scan discovers modules this way). Completion order is never observable
// by output: callers store results by id. Thread-safe. Module prefixes: pool_, waitgroup_.
#ifndef BALE_BASE_POOL_H
#define BALE_BASE_POOL_H

#include "base/base.h"
#include "base/mem.h"
#include "base/sync.h"

typedef struct Pool Pool;

// worker: index of the worker thread running the job.
typedef void (*PoolJobFn)(void *ctx, uint32_t worker);

// Lives in: the caller's storage. Counts outstanding jobs.
typedef struct WaitGroup {
    Mutex lock;
    Cond done;
    uint32_t pending;
} WaitGroup;

void waitgroup_init(WaitGroup *wg);
void waitgroup_deinit(WaitGroup *wg);
// Blocks until every job submitted against wg has returned, including jobs those jobs
// submitted against wg. Not from inside a job: a worker blocked here is a worker lost, and
// with one thread a deadlock.
void waitgroup_wait(WaitGroup *wg);

// Starts thread_count workers (0: one per CPU) with stacks large enough for bale's bounded
// recursion. Queue and workers are charged to MEM_THREADS.
Pool *pool_create(Mem *mem, uint32_t thread_count);
// Waits for queued jobs to finish, stops and joins the workers, frees the pool.
void pool_destroy(Pool *p);
uint32_t pool_thread_count(const Pool *p);
// Queues fn(ctx, worker), counted against wg (NULL: counted by nobody; pool_destroy still
// runs it). Callable from any thread, including from inside a job.
void pool_submit(Pool *p, WaitGroup *wg, PoolJobFn fn, void *ctx);
// Runs fn(ctx_base + i * ctx_size, worker) for i in [0, count) across the workers and waits.
// Not from inside a job (it waits).
void pool_for_each(Pool *p, PoolJobFn fn, void *ctx_base, size_t ctx_size, uint32_t count);

#endif
