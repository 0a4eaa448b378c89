// sync: pthreads wrappers (see sync.h).
#include "base/sync.h"

#include <unistd.h>

void mutex_init(Mutex *mu) {
    ASSERT(pthread_mutex_init(&mu->m, NULL) == 0);
}

void mutex_deinit(Mutex *mu) {
    ASSERT(pthread_mutex_destroy(&mu->m) == 0);
}

void mutex_lock(Mutex *mu) {
    ASSERT(pthread_mutex_lock(&mu->m) == 0);
}

void mutex_unlock(Mutex *mu) {
    ASSERT(pthread_mutex_unlock(&mu->m) == 0);
}

void cond_init(Cond *cv) {
    ASSERT(pthread_cond_init(&cv->c, NULL) == 0);
}

void cond_deinit(Cond *cv) {
    ASSERT(pthread_cond_destroy(&cv->c) == 0);
}

void cond_wait(Cond *cv, Mutex *mu) {
    ASSERT(pthread_cond_wait(&cv->c, &mu->m) == 0);
}

void cond_signal(Cond *cv) {
    ASSERT(pthread_cond_signal(&cv->c) == 0);
}

void cond_broadcast(Cond *cv) {
    ASSERT(pthread_cond_broadcast(&cv->c) == 0);
}

void thread_start(Thread *t, void *(*fn)(void *), void *arg, size_t stack_size) {
    pthread_attr_t attr;
    ASSERT(pthread_attr_init(&attr) == 0);
    if (stack_size != 0)
        ASSERT(pthread_attr_setstacksize(&attr, stack_size) == 0);
    ASSERT(pthread_create(&t->t, &attr, fn, arg) == 0);
    pthread_attr_destroy(&attr);
}

void thread_join(Thread *t) {
    ASSERT(pthread_join(t->t, NULL) == 0);
}

uint32_t thread_cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (uint32_t)n;
}
