// Tests of base/path. Expected values are node's path.posix results (checked with node 20),
// except where a comment says bale differs on purpose: no trailing slash after normalizing,
// an absolute second argument to join replaces the first, and dirname trims slash runs.
#include "base/path.h"
#include "test.h"

typedef struct PathCase {
    const char *in;
    const char *want;
} PathCase;

typedef struct PathPairCase {
    const char *a;
    const char *b;
    const char *want;
} PathPairCase;

// Checks an arena result: the expected bytes, then a NUL that len does not count.
static void check_result(TestState *t, Str got, const char *want) {
    CHECK_STR_EQ(got, str_from_cstr(want));
    CHECK(got.ptr[got.len] == '\0');
}

TEST(test_path_normalize) {
    static const PathCase cases[] = {
        { "", "." },
        { ".", "." },
        { "./", "." },
        { "/", "/" },
        { "//", "/" },
        { "///a//b/", "/a/b" }, // node keeps the trailing slash
        { "..", ".." },
        { "../..", "../.." },
        { "./..", ".." },
        { "a/..", "." },
        { "a/../..", ".." },
        { "a/b/../../..", ".." },
        { "../a/../b", "../b" },
        { "../../a/b/../../..", "../../.." },
        { "./a/./b/", "a/b" },
        { "a/./", "a" },
        { "a//b", "a/b" },
        { "a/b/c/", "a/b/c" },
        { "/..", "/" },
        { "/../a", "/a" },
        { "/a/..", "/" },
        { "/a/b/c/../../d", "/a/d" },
        { "/a/b/../../../../c", "/c" },
        { "foo/bar/../baz/./qux/", "foo/baz/qux" },
        { "...", "..." },
        { ".a/..b/.../c.", ".a/..b/.../c." },
        { "/node_modules/./pkg//lib/../index.js", "/node_modules/pkg/index.js" },
    };
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    for (size_t i = 0; i < countof(cases); i++)
        check_result(t, path_normalize(&a, str_from_cstr(cases[i].in)), cases[i].want);
    // The input need not be NUL-terminated: only len bytes are read.
    check_result(t, path_normalize(&a, (Str){ "a/b/../cXYZ", 8 }), "a/c");
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_path_join_and_absolute) {
    static const PathPairCase joins[] = {
        { "a", "b", "a/b" },
        { "a/", "../..", ".." },
        { "/a", "../../b", "/b" },
        { "", "a", "a" },
        { "", "", "." },
        { "a", "", "a" },
        { "/", "a", "/a" },
        { "/", "..", "/" },
        { "..", "..", "../.." },
        { "a", "/b", "/b" }, // node's join gives "a/b"; bale treats rel as a path
        { "/a/b", "./c/", "/a/b/c" },
        { "a/b", "../../../c", "../c" },
        { "/x", ".", "/x" },
        { "/x/", "/y/../z/", "/z" },
    };
    static const PathPairCase absolutes[] = {
        { "/cwd", "a/b", "/cwd/a/b" },
        { "/cwd", "/x/../y", "/y" },
        { "/cwd/sub", "../z", "/cwd/z" },
        { "/", "..", "/" },
        { "/cwd", "", "/cwd" },
        { "/cwd", ".", "/cwd" },
        { "/cwd", "./src//main.ts", "/cwd/src/main.ts" },
    };
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    for (size_t i = 0; i < countof(joins); i++) {
        Str got = path_join(&a, str_from_cstr(joins[i].a), str_from_cstr(joins[i].b));
        check_result(t, got, joins[i].want);
    }
    for (size_t i = 0; i < countof(absolutes); i++) {
        Str cwd = str_from_cstr(absolutes[i].a);
        check_result(t, path_absolute(&a, cwd, str_from_cstr(absolutes[i].b)), absolutes[i].want);
    }
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_path_relative) {
    static const PathPairCase cases[] = {
        { "/a/b", "/a/c/d", "../c/d" },
        { "/a", "/a", "" },
        { "/", "/", "" },
        { "/a/b", "/a", ".." },
        { "/a/b", "/a/b/c", "c" },
        { "/", "/a", "a" },
        { "/a", "/", ".." },
        { "/a/b/c", "/x/y", "../../../x/y" },
        { "/ab", "/a", "../a" }, // whole segments: "/a" is no prefix of "/ab"
        { "/a", "/ab", "../ab" },
        { "/data/orandea/test/aaa", "/data/orandea/impl/bbb", "../../impl/bbb" },
        { "/home/u/proj", "/home/u/proj/src/index.ts", "src/index.ts" },
    };
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_OTHER, 0);
    for (size_t i = 0; i < countof(cases); i++) {
        Str got = path_relative(&a, str_from_cstr(cases[i].a), str_from_cstr(cases[i].b));
        check_result(t, got, cases[i].want);
    }
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_path_dirname_basename) {
    static const struct {
        const char *in;
        const char *dir;
        const char *base;
    } cases[] = {
        { "/a/b", "/a", "b" },
        { "/a/b/", "/a", "b" },
        { "a/b//", "a", "b" },
        { "a/b", "a", "b" },
        { "a", ".", "a" },
        { "/a", "/", "a" },
        { "/", "/", "" },
        { "//", "/", "" },
        { "", ".", "" },
        { "../a", "..", "a" },
        { "..", ".", ".." },
        { ".", ".", "." },
        { "//a", "/", "a" },  // node: "//"
        { "a//b", "a", "b" }, // node: "a/"
        { "/src/lib/index.test.js", "/src/lib", "index.test.js" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        Str in = str_from_cstr(cases[i].in);
        CHECK_STR_EQ(path_dirname(in), str_from_cstr(cases[i].dir));
        CHECK_STR_EQ(path_basename(in), str_from_cstr(cases[i].base));
    }
    // Slices point into the argument.
    Str p = STR("/x/yz");
    CHECK(path_basename(p).ptr == p.ptr + 3);
    CHECK(path_dirname(p).ptr == p.ptr);
}

TEST(test_path_extname) {
    static const PathCase cases[] = {
        { "a.js", ".js" },  { "a/b.test.ts", ".ts" },
        { ".bashrc", "" },  { "a.tar.gz", ".gz" },
        { "a.", "." },      { "..", "" },
        { ".", "" },        { "...", "." },
        { "a..", "." },     { "a/.b", "" },
        { "a.b/c", "" },    { "a.js/", ".js" },
        { ".a.b", ".b" },   { "a", "" },
        { "", "" },         { "/.x", "" },
        { "a/b.c/", ".c" }, { "..a", ".a" },
        { "/", "" },        { "x.d.mts", ".mts" },
    };
    for (size_t i = 0; i < countof(cases); i++)
        CHECK_STR_EQ(path_extname(str_from_cstr(cases[i].in)), str_from_cstr(cases[i].want));
}

TEST(test_path_is_absolute) {
    CHECK(path_is_absolute(STR("/")));
    CHECK(path_is_absolute(STR("/a/b")));
    CHECK(path_is_absolute(STR("//a")));
    CHECK(!path_is_absolute(STR("")));
    CHECK(!path_is_absolute(STR("a/b")));
    CHECK(!path_is_absolute(STR("./a")));
    CHECK(!path_is_absolute(STR("../a")));
    CHECK(!path_is_absolute(STR("~/a")));
}
