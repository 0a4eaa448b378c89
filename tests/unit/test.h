// The unit-test harness: TEST functions, CHECK macros reporting file:line, and the counters
// the runner prints. Each test file defines TEST(name) functions and test_main.c lists them.
#ifndef BALE_TESTS_UNIT_TEST_H
#define BALE_TESTS_UNIT_TEST_H

#include "base/base.h"
#include "base/str.h"

typedef struct TestState {
    const char *name; // test being run
    uint32_t failures;
    uint32_t checks;
} TestState;

typedef void (*TestFn)(TestState *t);

#define TEST(name)           \
    void name(TestState *t); \
    void name(TestState *t)

bool test_check(TestState *t, bool ok, const char *file, int line, const char *expr);
bool test_check_int(TestState *t, int64_t got, int64_t want, const char *file, int line,
                    const char *expr);
bool test_check_str(TestState *t, Str got, Str want, const char *file, int line, const char *expr);

#define CHECK(cond)        test_check(t, (cond), __FILE__, __LINE__, #cond)
#define CHECK_INT_EQ(a, b) test_check_int(t, (int64_t)(a), (int64_t)(b), __FILE__, __LINE__, #a)
#define CHECK_STR_EQ(a, b) test_check_str(t, (a), (b), __FILE__, __LINE__, #a)
#define CHECK_CSTR_EQ(a, b) \
    test_check_str(t, str_from_cstr(a), str_from_cstr(b), __FILE__, __LINE__, #a)

#endif
