// path: lexical POSIX paths (see path.h).
//
// Normalizing is one left-to-right pass over the segments, writing into a buffer as long as
// the input (a normal form is never longer, except "" becoming "."). A ".." removes the last
// segment written, unless nothing removable is left: above the root it vanishes, and in a
// relative path it is kept and becomes part of a "floor" that later ".." cannot remove.
#include "base/path.h"

#include <string.h>

// A normal-form path being written. Lives in: the stack of one call; out in the arena.
typedef struct PathBuilder {
    char *out;
    size_t len;
    size_t start; // where the first segment goes: 1 after the root "/", else 0
    size_t floor; // bytes ".." never removes: the root, or the leading "../" run
} PathBuilder;

bool path_is_absolute(Str p) {
    return p.len > 0 && p.ptr[0] == '/';
}

static bool is_dot_dot(Str seg) {
    return seg.len == 2 && seg.ptr[0] == '.' && seg.ptr[1] == '.';
}

// Skips the slashes at *pos and returns the segment after them ("" at the end of p); *pos
// moves past the segment.
static Str next_segment(Str p, size_t *pos) {
    size_t i = *pos;
    while (i < p.len && p.ptr[i] == '/')
        i++;
    size_t start = i;
    while (i < p.len && p.ptr[i] != '/')
        i++;
    *pos = i;
    return (Str){ p.ptr + start, i - start };
}

static PathBuilder builder_new(Arena *a, bool absolute, size_t cap) {
    PathBuilder b = { .out = arena_alloc(a, cap) };
    if (absolute)
        b.out[b.len++] = '/';
    b.start = b.floor = b.len;
    return b;
}

static void append(PathBuilder *b, Str seg) {
    if (b->len > b->start)
        b->out[b->len++] = '/';
    memcpy(b->out + b->len, seg.ptr, seg.len);
    b->len += seg.len;
}

// Drops the last segment written (and its separator); the caller checked len > floor.
static void pop(PathBuilder *b) {
    size_t i = b->len;
    while (i > b->floor && b->out[i - 1] != '/')
        i--;
    // i is just past the separator before the segment, or the floor itself.
    b->len = i > b->floor ? i - 1 : b->floor;
}

static void push(PathBuilder *b, Str seg) {
    if (seg.len == 0 || (seg.len == 1 && seg.ptr[0] == '.'))
        return;
    if (!is_dot_dot(seg)) {
        append(b, seg);
    } else if (b->len > b->floor) {
        pop(b);
    } else if (b->start == 0) {
        // Relative and nothing left to remove: the ".." stays, for good.
        append(b, seg);
        b->floor = b->len;
    }
    // Absolute and at the root: "/.." is "/".
}

static void push_all(PathBuilder *b, Str p) {
    size_t pos = 0;
    while (pos < p.len)
        push(b, next_segment(p, &pos));
}

static Str finish(PathBuilder *b) {
    if (b->len == 0)
        b->out[b->len++] = '.';
    b->out[b->len] = '\0';
    return (Str){ b->out, b->len };
}

Str path_normalize(Arena *a, Str p) {
    // Room for "." on an empty path and the NUL.
    PathBuilder b = builder_new(a, path_is_absolute(p), p.len + 2);
    push_all(&b, p);
    return finish(&b);
}

Str path_join(Arena *a, Str dir, Str rel) {
    if (path_is_absolute(rel))
        return path_normalize(a, rel);
    // Segments never grow, so dir + "/" + rel + "." or NUL is always enough.
    PathBuilder b = builder_new(a, path_is_absolute(dir), dir.len + rel.len + 3);
    push_all(&b, dir);
    push_all(&b, rel);
    return finish(&b);
}

Str path_absolute(Arena *a, Str cwd, Str p) {
    ASSERT(path_is_absolute(cwd));
    return path_join(a, cwd, p);
}

// Counts the segments of p from byte pos on.
static size_t count_segments(Str p, size_t pos) {
    size_t n = 0;
    while (next_segment(p, &pos).len > 0)
        n++;
    return n;
}

Str path_relative(Arena *a, Str from_dir, Str to) {
    ASSERT(path_is_absolute(from_dir) && path_is_absolute(to));
    // Skip the segments both paths share; compare whole segments so "/ab" is not under "/a".
    size_t from_pos = 0;
    size_t to_pos = 0;
    for (;;) {
        size_t f = from_pos;
        size_t t = to_pos;
        Str fs = next_segment(from_dir, &f);
        Str ts = next_segment(to, &t);
        if (fs.len == 0 || !str_eq(fs, ts))
            break;
        from_pos = f;
        to_pos = t;
    }
    // One ".." for each segment of from_dir left, then what is left of to.
    size_t ups = count_segments(from_dir, from_pos);
    Str rest = str_slice(to, to_pos, to.len);
    while (rest.len > 0 && rest.ptr[0] == '/')
        rest = str_slice(rest, 1, rest.len);
    while (rest.len > 0 && rest.ptr[rest.len - 1] == '/')
        rest.len--;
    PathBuilder b = builder_new(a, false, 3 * ups + rest.len + 1);
    for (size_t i = 0; i < ups; i++)
        append(&b, STR(".."));
    if (rest.len > 0)
        append(&b, rest);
    b.out[b.len] = '\0';
    return (Str){ b.out, b.len };
}

// Length of p without its trailing slashes, but keeping a leading one ("/" stays "/").
static size_t trimmed_len(Str p) {
    size_t end = p.len;
    while (end > 1 && p.ptr[end - 1] == '/')
        end--;
    return end;
}

Str path_dirname(Str p) {
    if (p.len == 0)
        return STR(".");
    size_t end = trimmed_len(p);
    size_t slash = str_rfind_char(str_slice(p, 0, end), '/');
    if (slash == SIZE_MAX)
        return STR(".");
    while (slash > 0 && p.ptr[slash - 1] == '/')
        slash--;
    // Only the root is left: keep its slash.
    return slash == 0 ? str_slice(p, 0, 1) : str_slice(p, 0, slash);
}

Str path_basename(Str p) {
    size_t end = trimmed_len(p);
    if (end == 1 && p.ptr[0] == '/')
        return str_slice(p, 0, 0);
    size_t slash = str_rfind_char(str_slice(p, 0, end), '/');
    return str_slice(p, slash == SIZE_MAX ? 0 : slash + 1, end);
}

Str path_extname(Str p) {
    Str base = path_basename(p);
    size_t dot = str_rfind_char(base, '.');
    // A leading dot names a hidden file, not an extension; ".." is no extension either.
    if (dot == SIZE_MAX || dot == 0 || is_dot_dot(base))
        return str_slice(base, base.len, base.len);
    return str_slice(base, dot, base.len);
}
