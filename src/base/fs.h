// fs: the file system, through POSIX calls: whole-file reads, stat, realpath, cwd, and atomic
// output files.
//
// Reads go into the caller's arena (source text into a worker's scratch arena). Paths are
// NUL-terminated C strings (path_* results are). Failures return false with the errno value
// in *err where the caller needs to tell causes apart; library code never prints, so the
// caller turns them into diagnostics. No caching here: the resolver keeps its own cache.
//
// An FsOutput writes to a temp file beside its destination and renames it over the
// destination on commit, so a crash or an error never leaves a half-written output where a
// complete one was expected (this guards against bale failing, not against power loss: there
// is no fsync). Its buffer and paths are on the heap through mem, charged to MEM_OUTPUT, and
// freed by commit or abort. All functions are thread-safe on distinct objects. Prefix: fs_.
#ifndef BALE_BASE_FS_H
#define BALE_BASE_FS_H

#include "base/arena.h"
#include "base/base.h"
#include "base/mem.h"
#include "base/str.h"

// Largest file fs_read_file accepts: offsets into source text are uint32_t.
#define FS_MAX_FILE_SIZE ((uint64_t)UINT32_MAX)

// Reads the whole file at path into one arena allocation of len + 1 bytes, with a NUL after
// the last byte (not counted in len: lexers use it as a sentinel). Reads until end of file,
// so a file that grows or shrinks while being read is read as it ends up. On failure returns
// false, sets *err (ENOENT, EACCES, EISDIR for a directory, EFBIG above FS_MAX_FILE_SIZE, ...)
// and leaves the arena as it was.
MUST_USE bool fs_read_file(Arena *a, const char *path, Str *out, int *err);

// What fs_stat reports. Lives in: the caller's storage.
typedef struct FsStat {
    bool is_file;     // regular file (after following symlinks)
    bool is_dir;      // directory (after following symlinks)
    bool is_symlink;  // path itself is a symbolic link
    uint64_t size;    // bytes
    int64_t mtime_ns; // modification time, nanoseconds since the epoch
} FsStat;

// Stats path, following symlinks. False when it does not exist (a dangling symlink does not)
// or cannot be reached.
MUST_USE bool fs_stat(const char *path, FsStat *out);
// The canonical absolute path of path (symlinks, "." and ".." resolved), NUL-terminated in
// the arena. The file must exist; on failure sets *err.
MUST_USE bool fs_realpath(Arena *a, const char *path, Str *out, int *err);
// The current working directory, NUL-terminated in the arena. False if it cannot be found
// (deleted, or longer than PATH_MAX).
MUST_USE bool fs_getcwd(Arena *a, Str *out);

// An output file being written. Lives in: the caller's storage.
typedef struct FsOutput {
    Mem *mem;
    int fd;         // the temp file, -1 once committed or aborted
    int error;      // errno of the first failed write, 0 if none (later calls fail with it)
    char *buf;      // FS_OUTPUT_BUFFER bytes through mem
    size_t buf_len; // bytes waiting in buf
    char *path;     // destination, NUL-terminated, in the same block as tmp_path
    char *tmp_path; // "<dir>/.<name>.bale-tmp-<pid>"
} FsOutput;

enum { FS_OUTPUT_BUFFER = 64 * 1024 };

// Creates the temp file for path, creating missing parent directories. On failure sets *err
// and leaves nothing behind but directories it created; o needs no abort then.
MUST_USE bool fs_output_open(FsOutput *o, Mem *mem, const char *path, int *err);
// Appends size bytes. Small writes are buffered; writes of a buffer's size or more go
// straight to the file. On failure sets *err; the caller should abort.
MUST_USE bool fs_output_write(FsOutput *o, const void *data, size_t size, int *err);
// Flushes, closes and renames the temp file over the destination. Either way the output is
// finished and its memory freed: on failure the temp file is removed and *err is set.
MUST_USE bool fs_output_commit(FsOutput *o, int *err);
// Closes and removes the temp file and frees the memory. Safe after a failed write, after a
// commit (then a no-op), and more than once.
void fs_output_abort(FsOutput *o);

#endif
