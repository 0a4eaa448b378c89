// Tests of base/fs, in a fresh directory under /tmp that each test removes at the end: whole-
// file reads and their errors, stat, realpath, getcwd, and atomic output files.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/fs.h"
#include "test.h"

enum { DIR_SIZE = 64, PATH_SIZE = 512 };

// A test's scratch: its temp directory, an arena and mem.
typedef struct Scratch {
    char dir[DIR_SIZE]; // "/tmp/bale-test-fs-XXXXXX"
    Mem *mem;
    Arena arena;
} Scratch;

static bool scratch_open(TestState *t, Scratch *s) {
    snprintf(s->dir, sizeof s->dir, "/tmp/bale-test-fs-XXXXXX");
    s->mem = mem_create();
    arena_init(&s->arena, s->mem, MEM_SOURCE, 0);
    return CHECK(mkdtemp(s->dir) != NULL);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static void scratch_close(TestState *t, Scratch *s) {
    CHECK(nftw(s->dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS) == 0);
    arena_deinit(&s->arena);
    mem_destroy(s->mem);
}

// s->dir + "/" + name, in buf.
static const char *in_dir(const Scratch *s, const char *name, char *buf) {
    int n = snprintf(buf, PATH_SIZE, "%s/%s", s->dir, name);
    ASSERT(n > 0 && n < PATH_SIZE);
    return buf;
}

static bool write_file(const char *path, const void *data, size_t size) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    bool ok = write(fd, data, size) == (ssize_t)size;
    return close(fd) == 0 && ok;
}

// Entries of dir other than "." and "..", and whether any is a bale temp file.
static uint32_t count_entries(const char *dir, bool *has_temp) {
    DIR *d = opendir(dir);
    uint32_t n = 0;
    *has_temp = false;
    for (struct dirent *e; d && (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        n++;
        *has_temp |= strstr(e->d_name, ".bale-tmp-") != NULL;
    }
    if (d)
        closedir(d);
    return n;
}

TEST(test_fs_read_file) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    static const char text[] = "export const x = 1;\n\0binary\xff";
    CHECK(write_file(in_dir(&s, "a.js", path), text, sizeof text - 1));
    size_t used = arena_bytes_used(&s.arena);
    Str got = { 0 };
    int err = 0;
    CHECK(fs_read_file(&s.arena, path, &got, &err));
    CHECK_STR_EQ(got, ((Str){ text, sizeof text - 1 }));
    CHECK(got.ptr[got.len] == '\0');
    // One allocation of len + 1 bytes (rounded to the arena's alignment).
    CHECK_INT_EQ(arena_bytes_used(&s.arena) - used, (got.len + 1 + 7) / 8 * 8);

    CHECK(write_file(in_dir(&s, "empty", path), "", 0));
    CHECK(fs_read_file(&s.arena, path, &got, &err));
    CHECK_INT_EQ(got.len, 0);
    CHECK(got.ptr != NULL && got.ptr[0] == '\0');

    // Larger than an arena chunk.
    enum { BIG = 300000 };
    char *big = mem_alloc(s.mem, MEM_OTHER, BIG);
    for (size_t i = 0; i < BIG; i++)
        big[i] = (char)('a' + i % 26);
    CHECK(write_file(in_dir(&s, "big.js", path), big, BIG));
    CHECK(fs_read_file(&s.arena, path, &got, &err));
    CHECK_INT_EQ(got.len, BIG);
    CHECK(got.len == BIG && memcmp(got.ptr, big, BIG) == 0 && got.ptr[BIG] == '\0');
    mem_free(s.mem, big);
    scratch_close(t, &s);
}

// Files whose size fstat does not know (procfs reports 0) are read to their end: the same
// path a file growing during the read takes.
TEST(test_fs_read_file_past_stat_size) {
    Mem *mem = mem_create();
    Arena a;
    arena_init(&a, mem, MEM_SOURCE, 256);
    FsStat st;
    if (CHECK(fs_stat("/proc/self/status", &st)) && st.size == 0) {
        Str got = { 0 };
        int err = 0;
        CHECK(fs_read_file(&a, "/proc/self/status", &got, &err));
        CHECK(got.len > 100);
        CHECK(str_starts_with(got, STR("Name:")));
        CHECK(got.ptr[got.len] == '\0');
        CHECK_INT_EQ(strlen(got.ptr), got.len);
    }
    arena_deinit(&a);
    mem_destroy(mem);
}

TEST(test_fs_read_file_errors) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    size_t used = arena_bytes_used(&s.arena);
    Str got = STR("untouched");
    int err = 0;
    CHECK(!fs_read_file(&s.arena, in_dir(&s, "missing.js", path), &got, &err));
    CHECK_INT_EQ(err, ENOENT);
    CHECK(!fs_read_file(&s.arena, s.dir, &got, &err));
    CHECK_INT_EQ(err, EISDIR);
    CHECK(write_file(in_dir(&s, "file", path), "x", 1));
    CHECK(!fs_read_file(&s.arena, in_dir(&s, "file/x", path), &got, &err));
    CHECK_INT_EQ(err, ENOTDIR);
    // A sparse file of exactly 4 GiB is one byte too big for 32-bit offsets.
    int fd = open(in_dir(&s, "huge", path), O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0 && ftruncate(fd, (off_t)FS_MAX_FILE_SIZE + 1) == 0);
    close(fd);
    CHECK(!fs_read_file(&s.arena, path, &got, &err));
    CHECK_INT_EQ(err, EFBIG);
    // Permissions do not stop root, so only other users can see EACCES.
    if (geteuid() != 0) {
        CHECK(write_file(in_dir(&s, "secret", path), "x", 1) && chmod(path, 0) == 0);
        CHECK(!fs_read_file(&s.arena, path, &got, &err));
        CHECK_INT_EQ(err, EACCES);
    }
    // Failures leave the arena and *out as they were.
    CHECK_INT_EQ(arena_bytes_used(&s.arena), used);
    CHECK_STR_EQ(got, STR("untouched"));
    scratch_close(t, &s);
}

TEST(test_fs_stat) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    char link[PATH_SIZE];
    CHECK(write_file(in_dir(&s, "f.txt", path), "12345", 5));
    FsStat st;
    CHECK(fs_stat(path, &st));
    CHECK(st.is_file && !st.is_dir && !st.is_symlink);
    CHECK_INT_EQ(st.size, 5);
    // Written just now: within a minute of the clock.
    int64_t now_ns = (int64_t)time(NULL) * 1000000000;
    CHECK(st.mtime_ns > now_ns - 60 * (int64_t)1000000000);
    CHECK(st.mtime_ns < now_ns + 60 * (int64_t)1000000000);

    CHECK(fs_stat(s.dir, &st));
    CHECK(st.is_dir && !st.is_file && !st.is_symlink);

    // A link reports its target's kind and size, and that it is a link.
    CHECK(symlink(path, in_dir(&s, "link", link)) == 0);
    CHECK(fs_stat(link, &st));
    CHECK(st.is_file && st.is_symlink);
    CHECK_INT_EQ(st.size, 5);

    CHECK(!fs_stat(in_dir(&s, "missing", path), &st));
    CHECK(symlink(path, in_dir(&s, "dangling", link)) == 0);
    CHECK(!fs_stat(link, &st));
    scratch_close(t, &s);
}

TEST(test_fs_realpath_and_getcwd) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    Str dir = { 0 };
    int err = 0;
    // /tmp itself may be a link, so compare against the directory's own real path.
    CHECK(fs_realpath(&s.arena, s.dir, &dir, &err));
    CHECK(mkdir(in_dir(&s, "real", path), 0755) == 0);
    CHECK(write_file(in_dir(&s, "real/file.js", path), "1", 1));
    CHECK(symlink("real", in_dir(&s, "link", path)) == 0);
    Str got = { 0 };
    CHECK(fs_realpath(&s.arena, in_dir(&s, "link/./../link/file.js", path), &got, &err));
    char want[PATH_SIZE];
    snprintf(want, sizeof want, "%.*s/real/file.js", STR_FMT(dir));
    CHECK_CSTR_EQ(got.ptr, want); // also checks the NUL
    CHECK(!fs_realpath(&s.arena, in_dir(&s, "link/missing", path), &got, &err));
    CHECK_INT_EQ(err, ENOENT);

    Str cwd = { 0 };
    char buf[PATH_SIZE];
    CHECK(fs_getcwd(&s.arena, &cwd));
    CHECK(getcwd(buf, sizeof buf) != NULL);
    CHECK_CSTR_EQ(cwd.ptr, buf);
    CHECK(cwd.len > 0 && cwd.ptr[0] == '/');
    scratch_close(t, &s);
}

// Reads path back and compares it with want.
static void check_file(TestState *t, Scratch *s, const char *path, Str want) {
    Str got = { 0 };
    int err = 0;
    if (CHECK(fs_read_file(&s->arena, path, &got, &err)))
        CHECK_STR_EQ(got, want);
}

TEST(test_fs_output_commit) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    char tmp[PATH_SIZE];
    CHECK(write_file(in_dir(&s, "out.js", path), "old", 3));
    FsOutput o;
    int err = 0;
    CHECK(fs_output_open(&o, s.mem, path, &err));
    CHECK(fs_output_write(&o, "let a = 1;\n", 11, &err));
    CHECK(fs_output_write(&o, "", 0, &err));
    CHECK(fs_output_write(&o, "a;\n", 3, &err));
    // Until commit the destination keeps its old contents and the temp sits beside it.
    snprintf(tmp, sizeof tmp, "%s/.out.js.bale-tmp-%ld", s.dir, (long)getpid());
    CHECK_CSTR_EQ(o.tmp_path, tmp);
    CHECK(access(tmp, F_OK) == 0);
    check_file(t, &s, path, STR("old"));
    CHECK(fs_output_commit(&o, &err));
    check_file(t, &s, path, STR("let a = 1;\na;\n"));
    bool has_temp = true;
    CHECK_INT_EQ(count_entries(s.dir, &has_temp), 1);
    CHECK(!has_temp);
    MemSnapshot snap;
    mem_current_snapshot(s.mem, &snap);
    CHECK_INT_EQ(snap.by_cell[MEM_STAGE_OTHER][MEM_OUTPUT], 0); // buffer and paths freed
    fs_output_abort(&o); // after commit: nothing to do, nothing removed
    check_file(t, &s, path, STR("let a = 1;\na;\n"));

    // A path with no file name is refused before anything is created.
    CHECK(!fs_output_open(&o, s.mem, "", &err));
    CHECK_INT_EQ(err, ENOENT);
    CHECK(!fs_output_open(&o, s.mem, in_dir(&s, "sub/", path), &err));
    CHECK_INT_EQ(err, EISDIR);
    scratch_close(t, &s);
}

TEST(test_fs_output_abort) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    int64_t heap = mem_current(s.mem);
    FsOutput o;
    int err = 0;
    CHECK(fs_output_open(&o, s.mem, in_dir(&s, "new.js", path), &err));
    CHECK(fs_output_write(&o, "partial", 7, &err));
    fs_output_abort(&o);
    fs_output_abort(&o); // twice is harmless
    bool has_temp = true;
    CHECK_INT_EQ(count_entries(s.dir, &has_temp), 0);
    CHECK_INT_EQ(mem_current(s.mem), heap);

    // Aborting leaves an existing destination as it was.
    CHECK(write_file(path, "keep", 4));
    CHECK(fs_output_open(&o, s.mem, path, &err));
    CHECK(fs_output_write(&o, "replacement", 11, &err));
    fs_output_abort(&o);
    check_file(t, &s, path, STR("keep"));
    CHECK_INT_EQ(count_entries(s.dir, &has_temp), 1);
    CHECK(!has_temp);
    scratch_close(t, &s);
}

// A write that fails (here: over the file-size limit, with SIGXFSZ ignored so write returns
// EFBIG) makes later writes and commit fail too, and abort still cleans up.
TEST(test_fs_output_failed_write) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    struct rlimit saved;
    CHECK(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = { .rlim_cur = 1000, .rlim_max = saved.rlim_max };
    CHECK(setrlimit(RLIMIT_FSIZE, &small) == 0);

    enum { SIZE = 100000 };
    char *data = mem_calloc(s.mem, MEM_OTHER, SIZE);
    FsOutput o;
    int err = 0;
    CHECK(fs_output_open(&o, s.mem, in_dir(&s, "limited.js", path), &err));
    CHECK(!fs_output_write(&o, data, SIZE, &err));
    CHECK_INT_EQ(err, EFBIG);
    err = 0;
    CHECK(!fs_output_write(&o, "x", 1, &err)); // the first error sticks
    CHECK_INT_EQ(err, EFBIG);
    fs_output_abort(&o);
    bool has_temp = true;
    CHECK_INT_EQ(count_entries(s.dir, &has_temp), 0);

    // The same failure found at commit (small writes sit in the buffer until then).
    CHECK(fs_output_open(&o, s.mem, path, &err));
    for (int i = 0; i < 20; i++)
        CHECK(fs_output_write(&o, data, 100, &err));
    err = 0;
    CHECK(!fs_output_commit(&o, &err));
    CHECK_INT_EQ(err, EFBIG);
    CHECK_INT_EQ(count_entries(s.dir, &has_temp), 0);
    fs_output_abort(&o);

    CHECK(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    signal(SIGXFSZ, old_handler);
    mem_free(s.mem, data);
    scratch_close(t, &s);
}

TEST(test_fs_output_nested_dirs) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    FsOutput o;
    int err = 0;
    CHECK(fs_output_open(&o, s.mem, in_dir(&s, "dist/assets//js/main.js", path), &err));
    CHECK(fs_output_write(&o, "main", 4, &err));
    CHECK(fs_output_commit(&o, &err));
    check_file(t, &s, in_dir(&s, "dist/assets/js/main.js", path), STR("main"));
    FsStat st;
    CHECK(fs_stat(in_dir(&s, "dist/assets", path), &st) && st.is_dir);

    // A parent that is a file cannot be created over: the open fails and leaves nothing.
    CHECK(write_file(in_dir(&s, "plain", path), "", 0));
    CHECK(!fs_output_open(&o, s.mem, in_dir(&s, "plain/sub/out.js", path), &err));
    CHECK_INT_EQ(err, ENOTDIR);
    fs_output_abort(&o); // safe after a failed open
    CHECK(!fs_stat(in_dir(&s, "plain/sub", path), &st));
    scratch_close(t, &s);
}

TEST(test_fs_output_large_write) {
    Scratch s;
    if (!scratch_open(t, &s))
        return;
    char path[PATH_SIZE];
    // Small pieces that straddle the buffer's end, a piece bigger than the buffer, more small
    // pieces: the file must hold them all, in order.
    enum { TOTAL = 3 * FS_OUTPUT_BUFFER + 12345 };
    char *want = mem_alloc(s.mem, MEM_OTHER, TOTAL);
    for (size_t i = 0; i < TOTAL; i++)
        want[i] = (char)(i * 7 % 251);
    FsOutput o;
    int err = 0;
    CHECK(fs_output_open(&o, s.mem, in_dir(&s, "big.js", path), &err));
    MemSnapshot snap;
    mem_current_snapshot(s.mem, &snap);
    CHECK(snap.by_cell[MEM_STAGE_OTHER][MEM_OUTPUT] >= FS_OUTPUT_BUFFER);
    size_t at = 0;
    for (; at < FS_OUTPUT_BUFFER + 500; at += 1000)
        CHECK(fs_output_write(&o, want + at, 1000, &err));
    CHECK(fs_output_write(&o, want + at, FS_OUTPUT_BUFFER + 1, &err));
    at += FS_OUTPUT_BUFFER + 1;
    while (at < TOTAL) {
        size_t n = MIN((size_t)777, TOTAL - at);
        CHECK(fs_output_write(&o, want + at, n, &err));
        at += n;
    }
    CHECK(fs_output_commit(&o, &err));
    check_file(t, &s, path, (Str){ want, TOTAL });
    mem_current_snapshot(s.mem, &snap);
    CHECK_INT_EQ(snap.by_cell[MEM_STAGE_OTHER][MEM_OUTPUT], 0);
    mem_free(s.mem, want);
    scratch_close(t, &s);
}
