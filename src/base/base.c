// base: the assertion failure handler (see base.h).
#include "base/base.h"

#include <stdio.h>
#include <stdlib.h>

void base_assert_fail(const char *file, int line, const char *expr) {
    fprintf(stderr, "bale: internal error: %s:%d: assertion failed: %s\n", file, line, expr);
    fflush(stderr);
    abort();
}
