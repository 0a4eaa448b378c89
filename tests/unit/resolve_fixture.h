// A file tree for resolver tests: written from a table into a fresh directory under /tmp,
// removed by fixture_close. Shared by test_resolve.c, test_resolve_errors.c and
// test_tsconfig.c.
#ifndef BALE_TESTS_UNIT_RESOLVE_FIXTURE_H
#define BALE_TESTS_UNIT_RESOLVE_FIXTURE_H

#include "base/arena.h"
#include "base/mem.h"
#include "base/str.h"
#include "resolve/resolver.h"
#include "test.h"

// One file of the tree: path relative to the root, and its text. A text starting with "->"
// makes a symbolic link to the rest of it instead.
typedef struct FixtureFile {
    const char *path;
    const char *text;
} FixtureFile;

typedef struct Fixture {
    char root[64]; // "/tmp/bale-test-resolve-XXXXXX", real path
    Mem *mem;
    Arena scratch;
    Resolver *r;
} Fixture;

// Writes the files; opts (NULL: defaults) configures the resolver.
bool fixture_open(TestState *t, Fixture *f, const FixtureFile *files, size_t n,
                  const ResolveOptions *opts);
void fixture_close(TestState *t, Fixture *f);

// root + "/" + rel, in the scratch arena ("" gives the root).
Str fixture_path(Fixture *f, const char *rel);

// Resolves spec from directory dir (relative to the root) and returns a description:
// "found REL" (REL relative to the root, or absolute when outside it), "external SPEC",
// "disabled REL", or "error MESSAGE" with resolver_format_error's text.
Str fixture_resolve(Fixture *f, const char *dir, const char *spec, ResolveKind kind);

#endif
