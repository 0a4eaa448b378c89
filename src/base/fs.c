// fs: POSIX file access (see fs.h).
//
// Every system call that can be interrupted by a signal is retried on EINTR, and reads and
// writes loop over short transfers. Path buffers for realpath/getcwd are PATH_MAX arrays on
// the stack, copied into the arena, so no library call allocates behind mem's back.
#include "base/fs.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// Largest single read or write request: well under the ~2 GiB Linux transfers at once.
#define FS_IO_CHUNK ((size_t)1 << 30)

// Stores errno in *err and returns false, for one-line failure paths.
static bool fail(int *err) {
    *err = errno;
    return false;
}

// Reads up to want bytes, stopping early only at end of file; *got is the count read.
static bool read_up_to(int fd, char *buf, size_t want, size_t *got) {
    size_t n = 0;
    while (n < want) {
        ssize_t r = read(fd, buf + n, MIN(want - n, FS_IO_CHUNK));
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return false;
        if (r == 0)
            break;
        n += (size_t)r;
    }
    *got = n;
    return true;
}

// Resizes p, the arena's last allocation (made right after mark), to size bytes keeping its
// first keep bytes. Rewinding frees nothing, so the old bytes stay intact while the new
// allocation lands either at the same address or in another chunk; memmove copies them.
static char *resize_last(Arena *a, ArenaMark mark, char *p, size_t keep, size_t size) {
    arena_rewind(a, mark);
    char *q = arena_alloc(a, size);
    if (q != p)
        memmove(q, p, keep);
    return q;
}

// Reads fd to its end into the arena. The buffer is sized from fstat plus the sentinel's
// byte, and the first read asks for that extra byte too: getting it means the file grew
// since fstat, so the buffer grows and reading goes on. Caller rewinds to mark on failure.
static bool read_open_file(Arena *a, ArenaMark mark, int fd, Str *out, int *err) {
    struct stat st;
    if (fstat(fd, &st) != 0)
        return fail(err);
    if (S_ISDIR(st.st_mode)) {
        *err = EISDIR;
        return false;
    }
    if ((uint64_t)st.st_size > FS_MAX_FILE_SIZE) {
        *err = EFBIG;
        return false;
    }
    size_t cap = (size_t)st.st_size;
    char *buf = arena_alloc(a, cap + 1);
    size_t len = 0;
    if (!read_up_to(fd, buf, cap + 1, &len))
        return fail(err);
    while (len == cap + 1) {
        if (cap >= FS_MAX_FILE_SIZE) {
            *err = EFBIG;
            return false;
        }
        cap = (size_t)MIN((uint64_t)cap * 2 + 4096, FS_MAX_FILE_SIZE);
        buf = resize_last(a, mark, buf, len, cap + 1);
        size_t more = 0;
        if (!read_up_to(fd, buf + len, cap + 1 - len, &more))
            return fail(err);
        len += more;
    }
    // A file that shrank (or grew less than the last step) gives back the unused tail.
    if (len < cap)
        buf = resize_last(a, mark, buf, len, len + 1);
    buf[len] = '\0';
    *out = (Str){ buf, len };
    return true;
}

bool fs_read_file(Arena *a, const char *path, Str *out, int *err) {
    int fd;
    do {
        fd = open(path, O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return fail(err);
    ArenaMark mark = arena_mark(a);
    bool ok = read_open_file(a, mark, fd, out, err);
    close(fd);
    if (!ok)
        arena_rewind(a, mark);
    return ok;
}

// lstat first: for the usual non-link path it is the only call, and it tells links apart.
bool fs_stat(const char *path, FsStat *out) {
    struct stat st;
    if (lstat(path, &st) != 0)
        return false;
    bool is_symlink = S_ISLNK(st.st_mode);
    if (is_symlink && stat(path, &st) != 0)
        return false;
    *out = (FsStat){
        .is_file = S_ISREG(st.st_mode),
        .is_dir = S_ISDIR(st.st_mode),
        .is_symlink = is_symlink,
        .size = (uint64_t)st.st_size,
        .mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec,
    };
    return true;
}

bool fs_realpath(Arena *a, const char *path, Str *out, int *err) {
    char buf[PATH_MAX];
    if (!realpath(path, buf))
        return fail(err);
    *out = str_dup(a, str_from_cstr(buf));
    return true;
}

bool fs_getcwd(Arena *a, Str *out) {
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return false;
    *out = str_dup(a, str_from_cstr(buf));
    return true;
}

// Creates every missing directory above the last segment of path, as mkdir -p would. The
// path is cut at each slash in place and restored.
static bool make_parents(char *path, int *err) {
    for (char *s = strchr(path + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = '\0';
        bool ok = mkdir(path, 0777) == 0 || errno == EEXIST;
        int saved = errno;
        *s = '/';
        if (!ok) {
            *err = saved;
            return false;
        }
    }
    return true;
}

static int open_temp(const char *tmp_path) {
    int fd;
    do {
        fd = open(tmp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// Frees the buffer and paths; the file must already be closed.
static void output_release(FsOutput *o) {
    mem_free(o->mem, o->buf);
    mem_free(o->mem, o->path);
    o->buf = o->path = o->tmp_path = NULL;
    o->buf_len = 0;
}

// Stores the destination and the temp path "<dir>/.<name>.bale-tmp-<pid>" in one block.
static void output_name(FsOutput *o, Str path) {
    size_t slash = str_rfind_char(path, '/');
    size_t name_at = slash == SIZE_MAX ? 0 : slash + 1;
    Str dir = str_slice(path, 0, name_at);
    Str name = str_slice(path, name_at, path.len);
    // ".", ".bale-tmp-", up to 20 pid digits and the NUL.
    size_t tmp_size = path.len + 1 + sizeof(".bale-tmp-") + 20;
    o->path = mem_alloc(o->mem, MEM_OUTPUT, path.len + 1 + tmp_size);
    memcpy(o->path, path.ptr, path.len + 1);
    o->tmp_path = o->path + path.len + 1;
    snprintf(o->tmp_path, tmp_size, "%.*s.%.*s.bale-tmp-%ld", STR_FMT(dir), STR_FMT(name),
             (long)getpid());
}

bool fs_output_open(FsOutput *o, Mem *mem, const char *path, int *err) {
    *o = (FsOutput){ .mem = mem, .fd = -1 };
    Str p = str_from_cstr(path);
    if (p.len == 0 || p.ptr[p.len - 1] == '/') {
        // No file name: the path can only be a directory.
        *err = p.len == 0 ? ENOENT : EISDIR;
        return false;
    }
    output_name(o, p);
    // Try the open first: the directory usually exists, and then it is the only call.
    o->fd = open_temp(o->tmp_path);
    bool ok = o->fd >= 0 || fail(err);
    if (!ok && *err == ENOENT && make_parents(o->tmp_path, err)) {
        o->fd = open_temp(o->tmp_path);
        ok = o->fd >= 0 || fail(err);
    }
    if (!ok) {
        output_release(o);
        return false;
    }
    o->buf = mem_alloc(mem, MEM_OUTPUT, FS_OUTPUT_BUFFER);
    return true;
}

static bool write_all(int fd, const char *p, size_t size, int *err) {
    while (size > 0) {
        ssize_t w = write(fd, p, MIN(size, FS_IO_CHUNK));
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return fail(err);
        p += w;
        size -= (size_t)w;
    }
    return true;
}

// Writes size bytes to the file, remembering the first error so later calls repeat it.
static bool output_send(FsOutput *o, const void *data, size_t size) {
    if (o->error == 0 && !write_all(o->fd, data, size, &o->error))
        return false;
    return o->error == 0;
}

static bool output_flush(FsOutput *o) {
    bool ok = output_send(o, o->buf, o->buf_len);
    o->buf_len = 0;
    return ok;
}

bool fs_output_write(FsOutput *o, const void *data, size_t size, int *err) {
    ASSERT(o->fd >= 0);
    bool ok = o->error == 0;
    if (ok && o->buf_len + size > FS_OUTPUT_BUFFER)
        ok = output_flush(o);
    if (ok && size >= FS_OUTPUT_BUFFER) {
        // Large pieces skip the buffer: copying them would only add a memcpy.
        ok = output_send(o, data, size);
    } else if (ok && size > 0) {
        memcpy(o->buf + o->buf_len, data, size);
        o->buf_len += size;
    }
    if (!ok)
        *err = o->error;
    return ok;
}

bool fs_output_commit(FsOutput *o, int *err) {
    ASSERT(o->fd >= 0);
    bool ok = output_flush(o);
    // Linux closes the descriptor even when close reports EINTR, so only other errors count
    // (NFS and some quotas report write failures only here).
    if (close(o->fd) != 0 && errno != EINTR && ok) {
        o->error = errno;
        ok = false;
    }
    o->fd = -1;
    if (ok && rename(o->tmp_path, o->path) != 0) {
        o->error = errno;
        ok = false;
    }
    if (!ok) {
        unlink(o->tmp_path);
        *err = o->error;
    }
    output_release(o);
    return ok;
}

void fs_output_abort(FsOutput *o) {
    if (o->fd >= 0) {
        close(o->fd);
        o->fd = -1;
        unlink(o->tmp_path);
    }
    output_release(o);
}
