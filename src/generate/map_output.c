// map_output: the bundle's source map, written while the bundle is (see generate_int.h).
//
// The map is one JSON object whose large parts are streamed: "mappings" grows segment by segment
// as the writer emits pieces; then "sources" and "sourcesContent" (each source file read again
// and escaped in slices, one file at a time) and "names" (the only list held until the end: it
// grows with the renamed references, not with the code). Keys come in that order because only
// at the end are the sources known — a module whose piece has no mapping is not listed.
// A linked or external map goes to its own atomically committed file beside the bundle; an
// inline map has to be held whole, since it is written into the bundle after the last piece.
#include <string.h>

#include "base/arena.h"
#include "base/fs.h"
#include "base/path.h"
#include "generate/generate_int.h"

static void file_write(void *ctx, Str s) {
    MapOutput *mo = ctx;
    int err = 0;
    if (!mo->failed && !fs_output_write(&mo->file, s.ptr, s.len, &err)) {
        diag_report_io(mo->in->diag, "write", mo->path, err);
        mo->failed = true;
    }
}

static void buffer_write(void *ctx, Str s) {
    MapOutput *mo = ctx;
    strbuf_append(&mo->whole, s);
}

static void put(MapOutput *mo, Str s) {
    mo->join.sink.write(mo->join.sink.ctx, s);
}

static void put_cstr(MapOutput *mo, const char *s) {
    put(mo, str_from_cstr(s));
}

static void put_json_string(MapOutput *mo, Str s) {
    strbuf_clear(&mo->tmp);
    smap_append_json_string(&mo->tmp, s);
    put(mo, strbuf_str(&mo->tmp));
}

// The directory sources are made relative to: the map's, or the working directory's.
static Str map_dir(MapOutput *mo, Str cwd) {
    Str out = mo->in->outfile;
    if (!out.len)
        return cwd;
    return path_dirname(path_absolute(&mo->arena, cwd, out));
}

bool map_output_open(MapOutput *mo, const GenerateInput *in) {
    const Options *o = in->options;
    Mem *mem = in->mem;
    *mo = (MapOutput){ .in = in, .mode = o->sourcemap };
    arena_init(&mo->arena, mem, MEM_SOURCEMAP, 0);
    strbuf_init(&mo->tmp, mem, MEM_SOURCEMAP);
    strbuf_init(&mo->whole, mem, MEM_SOURCEMAP);
    Str cwd = STR(".");
    if (!fs_getcwd(&mo->arena, &cwd))
        cwd = STR("/");
    mo->dir = map_dir(mo, cwd);
    SmapSink sink = { buffer_write, mo };
    if (mo->mode != SOURCEMAP_INLINE) {
        StrBuf path;
        strbuf_init(&path, mem, MEM_SOURCEMAP);
        strbuf_append(&path, in->outfile);
        strbuf_append_cstr(&path, ".map");
        mo->path = (Str){ arena_strndup(&mo->arena, path.data, path.len), path.len };
        strbuf_deinit(&path);
        int err = 0;
        mo->file_open = fs_output_open(&mo->file, mem, mo->path.ptr, &err);
        if (!mo->file_open) {
            diag_report_io(in->diag, "write", mo->path, err);
            mo->failed = true;
        }
        sink = (SmapSink){ file_write, mo };
    }
    smap_join_init(&mo->join, mem, sink);
    put_cstr(mo, "{\"version\":3");
    if (in->outfile.len) {
        put_cstr(mo, ",\"file\":");
        put_json_string(mo, path_basename(in->outfile));
    }
    if (o->source_root.len) {
        put_cstr(mo, ",\"sourceRoot\":");
        put_json_string(mo, o->source_root);
    }
    put_cstr(mo, ",\"mappings\":\"");
    return !mo->failed;
}

void map_output_text(MapOutput *mo, Str text) {
    smap_join_text(&mo->join, text);
}

static void add_source(MapOutput *mo, ModuleId id, uint32_t input_index, Str path) {
    MapSource src = { id, input_index, path };
    vec_push_heap(mo->in->mem, MEM_SOURCEMAP, &mo->sources, src);
}

void map_output_segment(MapOutput *mo, const SmapSegment *seg, ModuleId id) {
    uint32_t base = mo->sources.len;
    // A module is listed only when something maps to it; an input map's files all are.
    if (seg->count && seg->source_count == 0)
        add_source(mo, id, ID_NONE, mo->in->graph->modules[id]->path);
    Str list = strbuf_str(&seg->sources);
    for (size_t at = 0, i = 0; seg->count && i < seg->source_count; i++) {
        size_t end = str_find_char(list, '\0', at);
        Str path = str_slice(list, at, end);
        add_source(mo, id, (uint32_t)i,
                   (Str){ arena_strndup(&mo->arena, path.ptr, path.len), path.len });
        at = end + 1;
    }
    smap_join_segment(&mo->join, seg, base);
}

// "sources": each module's path relative to the map's directory.
static void put_sources(MapOutput *mo) {
    put_cstr(mo, "\",\"sources\":[");
    for (uint32_t i = 0; i < mo->sources.len; i++) {
        ArenaMark mark = arena_mark(&mo->arena);
        if (i)
            put_cstr(mo, ",");
        put_json_string(mo, path_relative(&mo->arena, mo->dir, mo->sources.items[i].path));
        arena_rewind(&mo->arena, mark);
    }
    put_cstr(mo, "]");
}

// The text of an input map's source: from the map's "sourcesContent" (the map is read again,
// through the module that carries it), else from the file. False when neither is there.
static bool input_content(MapOutput *mo, const MapSource *src, Str *out) {
    const Module *m = mo->in->graph->modules[src->module];
    const char *path = arena_strndup(&mo->arena, m->path.ptr, m->path.len);
    Str text;
    InputMap input;
    int err = 0;
    if (fs_read_file(&mo->arena, path, &text, &err) &&
        input_map_load(&mo->arena, m->path, text, &input) && input.contents &&
        src->input_index < input.contents->len &&
        input.contents->items[src->input_index].kind == JSON_STRING) {
        *out = input.contents->items[src->input_index].string;
        return true;
    }
    path = arena_strndup(&mo->arena, src->path.ptr, src->path.len);
    return fs_read_file(&mo->arena, path, out, &err);
}

// "sourcesContent": the files read again, one at a time (generate checked they did not change).
static void put_contents(MapOutput *mo) {
    put_cstr(mo, ",\"sourcesContent\":[");
    for (uint32_t i = 0; i < mo->sources.len; i++) {
        const MapSource *src = &mo->sources.items[i];
        ArenaMark mark = arena_mark(&mo->arena);
        Str text;
        bool found;
        int err = 0;
        if (src->input_index != ID_NONE) {
            found = input_content(mo, src, &text);
        } else {
            const char *path = arena_strndup(&mo->arena, src->path.ptr, src->path.len);
            found = fs_read_file(&mo->arena, path, &text, &err);
            if (!found)
                diag_report_io(mo->in->diag, "read", src->path, err);
        }
        put_cstr(mo, i ? "," : "");
        if (found) {
            put_cstr(mo, "\"");
            smap_write_json_escaped(mo->join.sink, &mo->tmp, text);
            put_cstr(mo, "\"");
        } else {
            put_cstr(mo, "null"); // an original file that is nowhere to be found
        }
        arena_rewind(&mo->arena, mark);
    }
    put_cstr(mo, "]");
}

bool map_output_finish(MapOutput *mo) {
    put_sources(mo);
    if (mo->in->options->sources_content == SOURCES_CONTENT_TRUE)
        put_contents(mo);
    put_cstr(mo, ",\"names\":[");
    put(mo, strbuf_str(&mo->join.names));
    put_cstr(mo, "]}\n");
    return !mo->failed;
}

void map_output_comment(MapOutput *mo, SmapSink code) {
    if (mo->mode == SOURCEMAP_EXTERNAL)
        return;
    if (mo->mode == SOURCEMAP_LINKED) {
        strbuf_clear(&mo->tmp);
        strbuf_append_cstr(&mo->tmp, "//# sourceMappingURL=");
        strbuf_append(&mo->tmp, path_basename(mo->path));
        strbuf_append_char(&mo->tmp, '\n');
        code.write(code.ctx, strbuf_str(&mo->tmp));
        return;
    }
    code.write(code.ctx, STR("//# sourceMappingURL=data:application/json;base64,"));
    // Slices of a multiple of 3 bytes encode to base64 that concatenates without padding.
    enum { SLICE = 48 * 1024 };
    Str whole = strbuf_str(&mo->whole);
    for (size_t at = 0; at < whole.len; at += SLICE) {
        strbuf_clear(&mo->tmp);
        smap_append_base64(&mo->tmp, str_slice(whole, at, MIN(whole.len, at + SLICE)));
        code.write(code.ctx, strbuf_str(&mo->tmp));
    }
    code.write(code.ctx, STR("\n"));
}

bool map_output_close(MapOutput *mo, bool commit) {
    bool ok = !mo->failed;
    if (mo->file_open) {
        int err = 0;
        if (!commit || mo->failed) {
            fs_output_abort(&mo->file);
        } else if (!fs_output_commit(&mo->file, &err)) {
            diag_report_io(mo->in->diag, "write", mo->path, err);
            ok = false;
        }
    }
    smap_join_deinit(&mo->join);
    strbuf_deinit(&mo->tmp);
    strbuf_deinit(&mo->whole);
    vec_free_heap(mo->in->mem, &mo->sources);
    arena_deinit(&mo->arena);
    return ok;
}
