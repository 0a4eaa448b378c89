// base: fixed-width types, ASSERT/UNREACHABLE, MIN/MAX, countof, MUST_USE. Nothing else.
//
// Every file of bale includes this first (directly or through its own header). It holds no
// state and allocates nothing. ASSERT is for bugs, never for user input: user input goes
// through diag. Cheap asserts stay on in release builds; BALE_DEBUG_ASSERT only in debug.
#ifndef BALE_BASE_BASE_H
#define BALE_BASE_BASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BALE_VERSION "0.1.0"

#define countof(a)   (sizeof(a) / sizeof((a)[0]))
#define MIN(a, b)    ((a) < (b) ? (a) : (b))
#define MAX(a, b)    ((a) > (b) ? (a) : (b))

#if defined(__GNUC__) || defined(__clang__)
#define MUST_USE     __attribute__((warn_unused_result))
#define NORETURN     __attribute__((noreturn))
#define PRINTF(f, a) __attribute__((format(printf, f, a)))
#define LIKELY(x)    __builtin_expect(!!(x), 1)
#define UNLIKELY(x)  __builtin_expect(!!(x), 0)
#else
#define MUST_USE
#define NORETURN
#define PRINTF(f, a)
#define LIKELY(x)   (x)
#define UNLIKELY(x) (x)
#endif

// Prints "file:line: assertion failed: expr" to stderr and aborts. The one sanctioned way for
// library code to end the process, because reaching it means bale itself is wrong.
NORETURN void base_assert_fail(const char *file, int line, const char *expr);

#define ASSERT(cond)                                     \
    do {                                                 \
        if (UNLIKELY(!(cond)))                           \
            base_assert_fail(__FILE__, __LINE__, #cond); \
    } while (0)

#define UNREACHABLE() base_assert_fail(__FILE__, __LINE__, "unreachable")

#ifdef BALE_DEBUG
#define DEBUG_ASSERT(cond) ASSERT(cond)
#else
#define DEBUG_ASSERT(cond) ((void)0)
#endif

// "None" value shared by every 32-bit id type (ModuleId, ScopeId, ...).
#define ID_NONE UINT32_MAX

#endif
