// The resolver tests' file tree (see resolve_fixture.h).
#include "resolve_fixture.h"

#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/path.h"

// Creates every missing directory above path (a NUL-terminated absolute path).
static bool make_parents(const char *path) {
    char buf[512];
    size_t n = strlen(path);
    if (n >= sizeof(buf))
        return false;
    memcpy(buf, path, n + 1);
    for (size_t i = 1; i < n; i++) {
        if (buf[i] != '/')
            continue;
        buf[i] = '\0';
        if (mkdir(buf, 0755) != 0 && access(buf, F_OK) != 0)
            return false;
        buf[i] = '/';
    }
    return true;
}

static bool write_one(const char *path, const char *text) {
    if (!make_parents(path))
        return false;
    if (strncmp(text, "->", 2) == 0)
        return symlink(text + 2, path) == 0;
    size_t n = strlen(path);
    if (n && path[n - 1] == '/')
        return mkdir(path, 0755) == 0;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    size_t len = strlen(text);
    bool ok = write(fd, text, len) == (ssize_t)len;
    return close(fd) == 0 && ok;
}

bool fixture_open(TestState *t, Fixture *f, const FixtureFile *files, size_t n,
                  const ResolveOptions *opts) {
    memset(f, 0, sizeof(*f));
    char tmp[64];
    snprintf(tmp, sizeof(tmp), "/tmp/bale-test-resolve-XXXXXX");
    if (!CHECK(mkdtemp(tmp) != NULL))
        return false;
    // /tmp may itself be a symlink; the resolver answers with real paths.
    char *real = realpath(tmp, NULL);
    snprintf(f->root, sizeof(f->root), "%s", real ? real : tmp);
    free(real);
    f->mem = mem_create();
    arena_init(&f->scratch, f->mem, MEM_OTHER, 0);
    for (size_t i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof(path), "%s/%s", f->root, files[i].path);
        if (!CHECK(write_one(path, files[i].text)))
            printf("  could not write %s\n", path);
    }
    ResolveOptions defaults = { 0 };
    f->r = resolver_create(f->mem, opts ? opts : &defaults);
    return true;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

void fixture_close(TestState *t, Fixture *f) {
    resolver_destroy(f->r);
    CHECK(nftw(f->root, remove_entry, 16, FTW_DEPTH | FTW_PHYS) == 0);
    arena_deinit(&f->scratch);
    mem_destroy(f->mem);
}

Str fixture_path(Fixture *f, const char *rel) {
    return path_join(&f->scratch, str_from_cstr(f->root), str_from_cstr(rel));
}

// path relative to the root when inside it.
static Str relative(Fixture *f, Str path) {
    Str root = str_from_cstr(f->root);
    if (str_starts_with(path, root) && path.len > root.len && path.ptr[root.len] == '/')
        return str_slice(path, root.len + 1, path.len);
    return path;
}

// s with every occurrence of the root directory written "ROOT", so messages compare across
// runs.
static Str replace_root(Fixture *f, Str s) {
    Str root = str_from_cstr(f->root);
    char *buf = arena_alloc(&f->scratch, s.len + 1);
    size_t n = 0;
    for (size_t i = 0; i < s.len;) {
        if (str_starts_with(str_slice(s, i, s.len), root)) {
            memcpy(buf + n, "ROOT", 4);
            n += 4;
            i += root.len;
        } else {
            buf[n++] = s.ptr[i++];
        }
    }
    buf[n] = '\0';
    return (Str){ buf, n };
}

Str fixture_resolve(Fixture *f, const char *dir, const char *spec, ResolveKind kind) {
    ResolveResult res;
    Str from = fixture_path(f, dir);
    resolver_resolve(f->r, &f->scratch, from, str_from_cstr(spec), kind, &res);
    StrBuf b;
    strbuf_init(&b, f->mem, MEM_OTHER);
    switch (res.status) {
    case RESOLVE_FOUND:
        strbuf_printf(&b, "found %.*s", STR_FMT(relative(f, res.path)));
        break;
    case RESOLVE_EXTERNAL:
        strbuf_printf(&b, "external %.*s", STR_FMT(res.path));
        break;
    case RESOLVE_DISABLED:
        strbuf_printf(&b, "disabled %.*s", STR_FMT(relative(f, res.path)));
        break;
    case RESOLVE_NOT_FOUND:
        strbuf_append_cstr(&b, "error ");
        resolver_format_error(str_from_cstr(spec), &res, &b);
        break;
    }
    Str out = replace_root(f, strbuf_str(&b));
    strbuf_deinit(&b);
    return out;
}
