// input_map: reading a source's own map (see input_map.h).
#include "generate/input_map.h"

#include <string.h>

#include "base/fs.h"
#include "base/path.h"
#include "generate/sourcemap.h"

// The URL of the source's last `//# sourceMappingURL=` (or the older `//@`) comment, when
// nothing but whitespace follows it.
static Str map_url(Str src) {
    size_t end = src.len;
    while (end > 0 && (src.ptr[end - 1] == '\n' || src.ptr[end - 1] == '\r' ||
                       src.ptr[end - 1] == ' ' || src.ptr[end - 1] == '\t'))
        end--;
    size_t start = end;
    while (start > 0 && src.ptr[start - 1] != '\n' && src.ptr[start - 1] != '\r')
        start--;
    Str line = str_slice(src, start, end);
    static const char *const prefixes[] = { "//# sourceMappingURL=", "//@ sourceMappingURL=" };
    for (size_t i = 0; i < countof(prefixes); i++) {
        Str prefix = str_from_cstr(prefixes[i]);
        if (str_starts_with(line, prefix))
            return str_slice(line, prefix.len, line.len);
    }
    return (Str){ 0 };
}

static int base64_value(char c) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

static Str base64_decode(Arena *a, Str s) {
    char *out = arena_alloc(a, s.len / 4 * 3 + 3);
    size_t n = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < s.len; i++) {
        int v = base64_value(s.ptr[i]);
        if (v < 0)
            continue; // padding, whitespace
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = (char)((acc >> bits) & 0xff);
        }
    }
    return (Str){ out, n };
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static Str percent_decode(Arena *a, Str s) {
    char *out = arena_alloc(a, s.len + 1);
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++) {
        int hi = i + 2 < s.len ? hex_value(s.ptr[i + 1]) : -1;
        int lo = i + 2 < s.len ? hex_value(s.ptr[i + 2]) : -1;
        if (s.ptr[i] == '%' && hi >= 0 && lo >= 0) {
            out[n++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            out[n++] = s.ptr[i];
        }
    }
    return (Str){ out, n };
}

// The map's JSON text, from the data URL or the file next to the source.
static bool map_text(Arena *a, Str path, Str url, Str *out) {
    if (str_starts_with(url, STR("data:"))) {
        size_t comma = str_find_char(url, ',', 0);
        if (comma == SIZE_MAX)
            return false;
        Str head = str_slice(url, 0, comma);
        Str body = str_slice(url, comma + 1, url.len);
        *out = str_ends_with(head, STR(";base64")) ? base64_decode(a, body)
                                                   : percent_decode(a, body);
        return true;
    }
    if (str_find(url, STR("://")) != SIZE_MAX || !url.len)
        return false;
    Str file = path_join(a, path_dirname(path), percent_decode(a, url));
    const char *cpath = arena_strndup(a, file.ptr, file.len);
    int err = 0;
    return fs_read_file(a, cpath, out, &err);
}

// "mappings" decoded into out->items, in the order the text gives (sorted, by the format).
static bool decode_mappings(Arena *a, Str text, InputMap *out) {
    uint32_t cap = 1;
    for (size_t i = 0; i < text.len; i++)
        cap += text.ptr[i] == ',' || text.ptr[i] == ';';
    out->items = arena_alloc(a, sizeof(InputMapping) * cap);
    InputMapping cur = { .name = 0 };
    int64_t name = 0;
    for (size_t at = 0; at < text.len;) {
        if (text.ptr[at] == ';' || text.ptr[at] == ',') {
            if (text.ptr[at] == ';') {
                cur.line++;
                cur.col = 0;
            }
            at++;
            continue;
        }
        int64_t f[5] = { 0 };
        int k = 0;
        while (k < 5 && at < text.len && text.ptr[at] != ',' && text.ptr[at] != ';') {
            if (!smap_decode_vlq(text, &at, &f[k]))
                return false;
            k++;
        }
        cur.col = (uint32_t)((int64_t)cur.col + f[0]);
        if (k < 4)
            continue; // a generated position with no source
        cur.source = (uint32_t)((int64_t)cur.source + f[1]);
        cur.src_line = (uint32_t)((int64_t)cur.src_line + f[2]);
        cur.src_col = (uint32_t)((int64_t)cur.src_col + f[3]);
        name += k == 5 ? f[4] : 0;
        InputMapping m = cur;
        m.name = k == 5 ? (uint32_t)name : INPUT_MAP_NO_NAME;
        if (m.source < out->source_count &&
            (m.name == INPUT_MAP_NO_NAME || m.name < out->name_count))
            out->items[out->len++] = m;
    }
    return true;
}

static Str *strings_of(Arena *a, const JsonValue *array, uint32_t *count) {
    *count = array && array->kind == JSON_ARRAY ? array->len : 0;
    Str *out = arena_alloc(a, sizeof(Str) * MAX(*count, 1));
    for (uint32_t i = 0; i < *count; i++)
        out[i] = array->items[i].kind == JSON_STRING ? array->items[i].string : STR("");
    return out;
}

// Whether every original file is there, in the map or on disk. A map naming files its package
// does not ship (underscore's names its pre-build file) would lead a debugger nowhere: the
// source then maps to itself.
static bool sources_available(Arena *a, const InputMap *m) {
    for (uint32_t i = 0; i < m->source_count; i++) {
        const JsonValue *c = m->contents && i < m->contents->len ? &m->contents->items[i] : NULL;
        if (c && c->kind == JSON_STRING)
            continue;
        FsStat st;
        if (!fs_stat(arena_strndup(a, m->sources[i].ptr, m->sources[i].len), &st))
            return false;
    }
    return true;
}

bool input_map_load(Arena *a, Str path, Str src, InputMap *out) {
    *out = (InputMap){ 0 };
    Str url = map_url(src);
    Str text;
    JsonValue root;
    JsonError err;
    if (!url.len || !map_text(a, path, url, &text) || !json_parse(a, text, false, &root, &err))
        return false;
    const JsonValue *mappings = json_get(&root, STR("mappings"));
    if (!mappings || mappings->kind != JSON_STRING)
        return false;
    out->sources = strings_of(a, json_get(&root, STR("sources")), &out->source_count);
    out->names = strings_of(a, json_get(&root, STR("names")), &out->name_count);
    Str root_dir;
    if (!json_get_string(&root, STR("sourceRoot"), &root_dir))
        root_dir = (Str){ 0 };
    Str dir = path_join(a, path_dirname(path), root_dir);
    for (uint32_t i = 0; i < out->source_count; i++)
        out->sources[i] = path_join(a, dir, out->sources[i]);
    const JsonValue *contents = json_get(&root, STR("sourcesContent"));
    out->contents = contents && contents->kind == JSON_ARRAY ? contents : NULL;
    out->arena = a;
    out->line_starts = arena_alloc_zero(a, sizeof(uint32_t *) * MAX(out->source_count, 1));
    out->line_counts = arena_alloc_zero(a, sizeof(uint32_t) * MAX(out->source_count, 1));
    out->texts = arena_alloc_zero(a, sizeof(Str) * MAX(out->source_count, 1));
    return out->source_count > 0 && sources_available(a, out) &&
           decode_mappings(a, mappings->string, out);
}

const InputMapping *input_map_find(const InputMap *m, uint32_t line, uint32_t col) {
    uint32_t lo = 0;
    uint32_t hi = m->len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const InputMapping *x = &m->items[mid];
        if (x->line < line || (x->line == line && x->col < col))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < m->len && m->items[lo].line == line && m->items[lo].col == col)
        return &m->items[lo];
    return NULL;
}

// Line starts of a source's content (LF, CRLF and CR end lines), built on first use.
static void build_lines(InputMap *m, uint32_t source, Str text) {
    uint32_t count = 1;
    for (size_t i = 0; i < text.len; i++)
        count += text.ptr[i] == '\n' ||
                 (text.ptr[i] == '\r' && (i + 1 == text.len || text.ptr[i + 1] != '\n'));
    uint32_t *starts = arena_alloc(m->arena, sizeof(uint32_t) * count);
    uint32_t n = 0;
    starts[n++] = 0;
    for (size_t i = 0; i < text.len; i++) {
        bool end = text.ptr[i] == '\n' ||
                   (text.ptr[i] == '\r' && (i + 1 == text.len || text.ptr[i + 1] != '\n'));
        if (end)
            starts[n++] = (uint32_t)i + 1;
    }
    m->line_starts[source] = starts;
    m->line_counts[source] = count;
}

bool input_map_text_agrees(InputMap *m, const InputMapping *mapping, Str word) {
    uint32_t s = mapping->source;
    if (!m->line_starts[s]) {
        if (m->contents && s < m->contents->len && m->contents->items[s].kind == JSON_STRING) {
            m->texts[s] = m->contents->items[s].string;
        } else {
            const char *path = arena_strndup(m->arena, m->sources[s].ptr, m->sources[s].len);
            int err = 0;
            if (!fs_read_file(m->arena, path, &m->texts[s], &err))
                m->texts[s] = (Str){ 0 }; // nothing to check against: trust the map
        }
        build_lines(m, s, m->texts[s]);
    }
    Str text = m->texts[s];
    if (!text.len)
        return true;
    if (mapping->src_line >= m->line_counts[s])
        return false;
    size_t at = m->line_starts[s][mapping->src_line];
    for (uint32_t units = 0; at < text.len && units < mapping->src_col; at++) {
        unsigned char c = (unsigned char)text.ptr[at];
        units += (c & 0xc0) == 0x80 ? 0 : (c >= 0xf0 ? 2 : 1);
    }
    return str_starts_with(str_slice(text, at, text.len), word);
}
