// transform_map: source maps in transform mode (see transform_int.h, docs/sourcemaps.md).
//
// Transform mode already holds every printed file until all have parsed, so each file's map is
// held the same way: built on the file's job as one segment joined into a buffer, completed
// (file name, sources) and written with its output. One source per map.
#include <string.h>

#include "base/fs.h"
#include "base/path.h"
#include "generate/sourcemap.h"
#include "transform/transform_int.h"

static void to_buffer(void *ctx, Str s) {
    strbuf_append(ctx, s);
}

void transform_map_build(const TransformInput *in, Str src, const StrBuf *printed,
                         PrintMappingVec *pairs, StrBuf *map, StrBuf *content) {
    SmapSegment seg;
    smap_segment_build(&seg, in->mem, strbuf_str(printed), src, NULL, pairs->items, pairs->len);
    vec_free_heap(in->mem, pairs);
    SmapJoin j;
    smap_join_init(&j, in->mem, (SmapSink){ to_buffer, map });
    strbuf_append_cstr(map, "\"mappings\":\"");
    smap_join_segment(&j, &seg, 0);
    strbuf_append_cstr(map, "\",\"names\":[");
    strbuf_append(map, strbuf_str(&j.names));
    strbuf_append_cstr(map, "]");
    smap_join_deinit(&j);
    smap_segment_deinit(&seg);
    if (in->sources_content) {
        StrBuf tmp;
        strbuf_init(&tmp, in->mem, MEM_SOURCEMAP);
        smap_write_json_escaped((SmapSink){ to_buffer, content }, &tmp, src);
        strbuf_deinit(&tmp);
    }
}

// The whole map: head, sources relative to the map's directory, the job's part.
static void compose(const TransformInput *in, Arena *a, Str input, Str output, StrBuf *map,
                    StrBuf *content, StrBuf *json) {
    Str cwd = STR("/");
    if (!fs_getcwd(a, &cwd))
        cwd = STR("/");
    Str dir = output.len ? path_dirname(path_absolute(a, cwd, output)) : cwd;
    strbuf_append_cstr(json, "{\"version\":3");
    if (output.len) {
        strbuf_append_cstr(json, ",\"file\":");
        smap_append_json_string(json, path_basename(output));
    }
    if (in->source_root.len) {
        strbuf_append_cstr(json, ",\"sourceRoot\":");
        smap_append_json_string(json, in->source_root);
    }
    strbuf_append_cstr(json, ",\"sources\":[");
    smap_append_json_string(json, path_relative(a, dir, path_absolute(a, cwd, input)));
    strbuf_append_cstr(json, "]");
    if (in->sources_content) {
        strbuf_append_cstr(json, ",\"sourcesContent\":[\"");
        strbuf_append(json, strbuf_str(content));
        strbuf_append_cstr(json, "\"]");
    }
    strbuf_append_char(json, ',');
    strbuf_append(json, strbuf_str(map));
    strbuf_append_cstr(json, "}\n");
}

static bool write_map_file(const TransformInput *in, Str path, Str json) {
    FsOutput o;
    int err = 0;
    bool ok = fs_output_open(&o, in->mem, path.ptr, &err);
    if (ok && !(fs_output_write(&o, json.ptr, json.len, &err) && fs_output_commit(&o, &err))) {
        fs_output_abort(&o);
        ok = false;
    }
    if (!ok)
        diag_report_io(in->diag, "write", path, err);
    return ok;
}

bool transform_map_write(const TransformInput *in, Arena *a, Str input, Str output, StrBuf *map,
                         StrBuf *content, StrBuf *printed) {
    StrBuf json;
    strbuf_init(&json, in->mem, MEM_SOURCEMAP);
    compose(in, a, input, output, map, content, &json);
    strbuf_deinit(map);
    strbuf_deinit(content);
    bool ok = true;
    if (in->sourcemap == SOURCEMAP_INLINE) {
        strbuf_append_cstr(printed, "//# sourceMappingURL=data:application/json;base64,");
        smap_append_base64(printed, strbuf_str(&json));
        strbuf_append_char(printed, '\n');
    } else {
        StrBuf path;
        strbuf_init(&path, in->mem, MEM_SOURCEMAP);
        strbuf_append(&path, output);
        strbuf_append_cstr(&path, ".map");
        ok = write_map_file(in, strbuf_str(&path), strbuf_str(&json));
        if (in->sourcemap == SOURCEMAP_LINKED) {
            strbuf_append_cstr(printed, "//# sourceMappingURL=");
            strbuf_append(printed, path_basename(output));
            strbuf_append_cstr(printed, ".map\n");
        }
        strbuf_deinit(&path);
    }
    strbuf_deinit(&json);
    return ok;
}
