// path: lexical POSIX path handling on Str ('/' separators only, no file system access).
//
// Normal form: no empty or "." segments, ".." resolved against the segment before it, no
// trailing slash except for the root "/". An absolute path never goes above the root
// ("/.." is "/"); a relative one keeps its leading ".." segments; the empty path is ".".
// Resolution is lexical, so "a/link/.." is "a" even when link is a symlink (fs_realpath is
// the one that asks the file system).
//
// Functions taking an Arena return a new NUL-terminated copy in it (the NUL is not counted in
// len), so the result can be passed straight to fs_* calls; it lives as long as the arena.
// dirname, basename and extname return slices of their argument and allocate nothing.
// All functions are pure and thread-safe (given one arena per thread). Module prefix: path_.
#ifndef BALE_BASE_PATH_H
#define BALE_BASE_PATH_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"

// p in normal form: "./a/./b/" is "a/b", "a/../.." is "..", "//x/" is "/x", "" is ".".
Str path_normalize(Arena *a, Str p);
// rel resolved against dir, normalized; rel itself (normalized) when it is absolute.
Str path_join(Arena *a, Str dir, Str rel);
// p made absolute against cwd (an absolute directory), normalized.
Str path_absolute(Arena *a, Str cwd, Str p);
// The path that leads from directory from_dir to to, as node's path.relative: both must be
// absolute and normalized. "" when they are the same path.
Str path_relative(Arena *a, Str from_dir, Str to);

// Everything before the last segment, trailing slashes ignored: "/a/b/" gives "/a", "a"
// gives ".", "/" gives "/". Unlike node, slash runs are trimmed ("a//b" gives "a").
Str path_dirname(Str p);
// The last segment, trailing slashes ignored: "/a/b/" gives "b", "/" gives "".
Str path_basename(Str p);
// The extension of the last segment, from its last dot, as node's path.extname: ".js" of
// "a.js", ".gz" of "a.tar.gz", "." of "a.", and "" of ".bashrc", "..", and "a".
Str path_extname(Str p);
bool path_is_absolute(Str p);

#endif
