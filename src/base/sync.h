// sync: thin wrappers over pthreads (mutex, condition variable, thread) so that the rest of
// bale names threading in its own words and only this file and pool.c know about pthreads.
//
// Failures of these calls mean a broken process, not bad input, so they assert.
// Module prefixes: mutex_, cond_, thread_.
#ifndef BALE_BASE_SYNC_H
#define BALE_BASE_SYNC_H

#include <pthread.h>

#include "base/base.h"

typedef struct Mutex {
    pthread_mutex_t m;
} Mutex;

typedef struct Cond {
    pthread_cond_t c;
} Cond;

typedef struct Thread {
    pthread_t t;
} Thread;

void mutex_init(Mutex *mu);
void mutex_deinit(Mutex *mu);
void mutex_lock(Mutex *mu);
void mutex_unlock(Mutex *mu);

void cond_init(Cond *cv);
void cond_deinit(Cond *cv);
// Atomically releases mu and waits; mu is held again on return. Spurious wake-ups happen.
void cond_wait(Cond *cv, Mutex *mu);
void cond_signal(Cond *cv);
void cond_broadcast(Cond *cv);

// Starts fn(arg) on a new thread with a stack of stack_size bytes (0: the system default).
void thread_start(Thread *t, void *(*fn)(void *), void *arg, size_t stack_size);
void thread_join(Thread *t);

// Number of CPUs online (at least 1).
uint32_t thread_cpu_count(void);

#endif
