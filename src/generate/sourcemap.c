// sourcemap: encodings and one module's segment (see sourcemap.h; the join is in
// sourcemap_join.c).
//
// Segment building walks the piece once, left to right, counting newlines and UTF-16 columns up
// to each pair's output offset. Source positions come from a line table of the source (every
// ECMAScript line terminator: LF, CRLF, CR, U+2028, U+2029) and a column counted from the line
// start, remembered between pairs so a minified one-line source is not recounted from its start
// at every mapping.
#include "generate/sourcemap.h"

#include <string.h>

#include "base/map.h"

static const char base64_digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// ---------------------------------------------------------------------------------------------
// Encodings

// Base64 VLQ: the sign in the lowest bit, then 5 bits per digit, least significant first, the
// 6th bit saying another digit follows.
void smap_append_vlq(StrBuf *b, int64_t value) {
    uint64_t v = value < 0 ? (((uint64_t)-value) << 1) | 1 : ((uint64_t)value) << 1;
    do {
        uint32_t digit = (uint32_t)(v & 31);
        v >>= 5;
        if (v)
            digit |= 32;
        strbuf_append_char(b, base64_digits[digit]);
    } while (v);
}

static int base64_value(char c) {
    const char *at = c ? strchr(base64_digits, c) : NULL;
    return at ? (int)(at - base64_digits) : -1;
}

bool smap_decode_vlq(Str s, size_t *at, int64_t *value) {
    uint64_t v = 0;
    uint32_t shift = 0;
    for (size_t i = *at; i < s.len && shift < 35; i++) {
        int digit = base64_value(s.ptr[i]);
        if (digit < 0)
            return false;
        v |= (uint64_t)(digit & 31) << shift;
        shift += 5;
        if (!(digit & 32)) {
            *at = i + 1;
            *value = (v & 1) ? -(int64_t)(v >> 1) : (int64_t)(v >> 1);
            return true;
        }
    }
    return false;
}

void smap_append_base64(StrBuf *b, Str s) {
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t i = 0;
    strbuf_reserve(b, (s.len + 2) / 3 * 4);
    for (; i + 3 <= s.len; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        char quad[4] = { base64_digits[v >> 18], base64_digits[(v >> 12) & 63],
                         base64_digits[(v >> 6) & 63], base64_digits[v & 63] };
        strbuf_append_bytes(b, quad, 4);
    }
    if (i < s.len) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < s.len ? (uint32_t)p[i + 1] << 8 : 0);
        char quad[4] = { base64_digits[v >> 18], base64_digits[(v >> 12) & 63],
                         i + 1 < s.len ? base64_digits[(v >> 6) & 63] : '=', '=' };
        strbuf_append_bytes(b, quad, 4);
    }
}

// The escape a JSON string needs for byte c, or NULL when c stands for itself.
static const char *json_escape(unsigned char c, char tmp[8]) {
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        break;
    }
    if (c >= 0x20)
        return NULL;
    static const char hex[] = "0123456789abcdef";
    memcpy(tmp, "\\u00", 4);
    tmp[4] = hex[c >> 4];
    tmp[5] = hex[c & 15];
    tmp[6] = '\0';
    return tmp;
}

static void append_json_contents(StrBuf *b, Str s) {
    size_t from = 0;
    char tmp[8];
    for (size_t i = 0; i < s.len; i++) {
        const char *esc = json_escape((unsigned char)s.ptr[i], tmp);
        if (!esc)
            continue;
        strbuf_append_bytes(b, s.ptr + from, i - from);
        strbuf_append_cstr(b, esc);
        from = i + 1;
    }
    strbuf_append_bytes(b, s.ptr + from, s.len - from);
}

void smap_append_json_string(StrBuf *b, Str s) {
    strbuf_append_char(b, '"');
    append_json_contents(b, s);
    strbuf_append_char(b, '"');
}

// A file's text goes through in 64 KiB slices, so tmp stays small whatever the file's size.
void smap_write_json_escaped(SmapSink sink, StrBuf *tmp, Str s) {
    enum { SLICE = 64 * 1024 };
    for (size_t at = 0; at < s.len; at += SLICE) {
        strbuf_clear(tmp);
        append_json_contents(tmp, str_slice(s, at, MIN(s.len, at + SLICE)));
        sink.write(sink.ctx, strbuf_str(tmp));
    }
}

// UTF-8 lead bytes count one unit, continuation bytes none, and a 4-byte sequence (outside the
// BMP, a surrogate pair in UTF-16) one more.
static uint32_t utf16_units(unsigned char c) {
    return (c & 0xc0) == 0x80 ? 0 : (c >= 0xf0 ? 2 : 1);
}

uint32_t smap_utf16_len(Str s) {
    uint32_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += utf16_units((unsigned char)s.ptr[i]);
    return n;
}

// ---------------------------------------------------------------------------------------------
// Source positions

// Line starts of the source and a column cursor. Lives in: the builder (starts: the heap).
typedef struct SourceLines {
    Str src;
    uint32_t *starts; // byte offset of each line's first byte
    uint32_t count;
    uint32_t cache_line; // the last position asked for: its line, byte offset and column
    uint32_t cache_at;
    uint32_t cache_col;
} SourceLines;

// Bytes of the line terminator at i (LF, CR, CRLF, U+2028, U+2029), 0 if none.
static uint32_t terminator_at(Str s, size_t i) {
    char c = s.ptr[i];
    if (c == '\n')
        return 1;
    if (c == '\r')
        return i + 1 < s.len && s.ptr[i + 1] == '\n' ? 2 : 1;
    if ((unsigned char)c == 0xe2 && i + 2 < s.len && (unsigned char)s.ptr[i + 1] == 0x80 &&
        ((unsigned char)s.ptr[i + 2] == 0xa8 || (unsigned char)s.ptr[i + 2] == 0xa9))
        return 3;
    return 0;
}

static void lines_init(SourceLines *sl, Mem *mem, Str src) {
    uint32_t count = 1;
    for (size_t i = 0; i < src.len; i++) {
        uint32_t t = terminator_at(src, i);
        count += t != 0;
        i += t ? t - 1 : 0;
    }
    *sl = (SourceLines){ .src = src, .count = count };
    sl->starts = mem_alloc(mem, MEM_SOURCEMAP, sizeof(uint32_t) * count);
    sl->starts[0] = 0;
    uint32_t n = 1;
    for (size_t i = 0; i < src.len; i++) {
        uint32_t t = terminator_at(src, i);
        if (t) {
            i += t - 1;
            sl->starts[n++] = (uint32_t)i + 1;
        }
    }
}

static uint32_t line_of(const SourceLines *sl, uint32_t at) {
    uint32_t lo = 0;
    uint32_t hi = sl->count; // the answer is in [lo, hi)
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (sl->starts[mid] <= at)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static void position_of(SourceLines *sl, uint32_t at, uint32_t *line, uint32_t *col) {
    at = MIN(at, (uint32_t)sl->src.len);
    uint32_t l = line_of(sl, at);
    uint32_t from = sl->starts[l];
    uint32_t c = 0;
    if (l == sl->cache_line && at >= sl->cache_at && sl->cache_at >= from) {
        from = sl->cache_at;
        c = sl->cache_col;
    }
    for (uint32_t i = from; i < at; i++)
        c += utf16_units((unsigned char)sl->src.ptr[i]);
    sl->cache_line = l;
    sl->cache_at = at;
    sl->cache_col = c;
    *line = l;
    *col = c;
}

// ---------------------------------------------------------------------------------------------
// Names

static bool is_ident_byte(unsigned char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c == '\\' ||
           c >= 0x80 || (!first && c >= '0' && c <= '9');
}

static Str ident_at(Str s, uint32_t at) {
    size_t start = MIN((size_t)at, s.len);
    size_t end = start;
    while (end < s.len && is_ident_byte((unsigned char)s.ptr[end], end == start))
        end++;
    return str_slice(s, start, end);
}

// The token at `at` as far as the original must repeat it: a word (identifier, keyword, number)
// whole, a string up to its closing quote, any other character alone.
static Str token_at(Str s, uint32_t at) {
    if (at >= s.len)
        return (Str){ 0 };
    unsigned char c = (unsigned char)s.ptr[at];
    size_t end = at + 1;
    if (is_ident_byte(c, false)) {
        while (end < s.len &&
               (is_ident_byte((unsigned char)s.ptr[end], false) || s.ptr[end] == '.'))
            end++;
        if (c < '0' || c > '9') // a name stops at a dot; a number (`1.5`) does not
            end = ident_at(s, at).len + at;
    } else if (c == '"' || c == '\'' || c == '`') {
        while (end < s.len && s.ptr[end] != (char)c && s.ptr[end] != '\n')
            end += s.ptr[end] == '\\' ? 2 : 1;
        end = MIN(end + 1, s.len);
    }
    return str_slice(s, at, end);
}

// Words a statement or expression may start with whose spelling the printer may change (`let`
// and `const` printed as `var`): no reference is renamed from one.
static bool is_keyword(Str s) {
    static const char *const words[] = {
        "var",     "let",    "const",   "function", "class",     "async",    "export", "import",
        "default", "return", "if",      "for",      "while",     "do",       "switch", "try",
        "throw",   "new",    "this",    "typeof",   "void",      "delete",   "await",  "yield",
        "super",   "null",   "true",    "false",    "break",     "continue", "static", "debugger",
        "with",    "enum",   "declare", "abstract", "namespace", "module",   "type",   "interface"
    };
    for (size_t i = 0; i < countof(words); i++) {
        if (str_eq_cstr(s, words[i]))
            return true;
    }
    return false;
}

// The name a mapping carries: the source's identifier when the output shows something else.
// False when the mapping must be dropped: a name the bundler made up (an anonymous default
// export's, a TypeScript enum's parameter) printed where the source has a keyword.
static bool mapping_name(Str piece, uint32_t out, Str src, uint32_t at, Str *name) {
    Str original = ident_at(src, at);
    Str printed = ident_at(piece, out);
    *name = (Str){ 0 };
    if (original.len && is_keyword(original))
        return !printed.len || str_eq(printed, original) || is_keyword(printed);
    if (original.len && !str_eq(printed, original))
        *name = original;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Segments

struct SmapBuilder {
    SmapSegment *seg;
    Mem *mem;
    Str piece;
    InputMap *input; // or NULL
    SourceLines lines;
    Map name_index;   // name -> local index
    uint32_t at;      // piece bytes counted so far
    uint32_t line;    // newlines before `at`
    uint32_t col;     // UTF-16 column of `at`
    bool line_mapped; // the current line has a mapping
    SmapPoint prev;   // the previous mapping (all zero before the first)
    uint32_t prev_name;
};

// Moves the cursor to byte `to`, writing a ';' for each newline passed.
static void advance(SmapBuilder *b, uint32_t to) {
    for (; b->at < to; b->at++) {
        unsigned char c = (unsigned char)b->piece.ptr[b->at];
        if (c == '\n') {
            strbuf_append_char(&b->seg->text, ';');
            b->line++;
            b->col = 0;
            b->prev.col = 0;
            b->line_mapped = false;
        } else {
            b->col += utf16_units(c);
        }
    }
}

static uint32_t name_index(SmapBuilder *b, Str name) {
    uint64_t index;
    if (map_get_str(&b->name_index, name, &index))
        return (uint32_t)index;
    SmapSegment *seg = b->seg;
    if (seg->name_count)
        strbuf_append_char(&seg->names, ',');
    smap_append_json_string(&seg->names, name);
    map_put_str(&b->name_index, name, seg->name_count);
    return seg->name_count++;
}

// Parentheses are not nodes: an expression that starts with `(` in the source starts there, but
// the printer may drop those parentheses. The mapping then goes to the token inside them.
static uint32_t skip_dropped_parens(Str piece, uint32_t out, Str src, uint32_t at) {
    if (out < piece.len && piece.ptr[out] == '(')
        return at;
    while (at < src.len && src.ptr[at] == '(') {
        at++;
        while (at < src.len && (src.ptr[at] == ' ' || src.ptr[at] == '\t' || src.ptr[at] == '\n' ||
                                src.ptr[at] == '\r'))
            at++;
    }
    return at;
}

// Moves p from the source to the original the input map gives for it (and its name, if any).
// `word`: the identifier at p in the source, which the original must show too (or name).
static bool through_input(InputMap *input, SmapPoint *p, Str word, Str *name) {
    const InputMapping *m = input_map_find(input, p->src_line, p->src_col);
    if (!m)
        return false;
    Str expect = m->name != INPUT_MAP_NO_NAME ? input->names[m->name] : word;
    if (expect.len && !input_map_text_agrees(input, m, expect))
        return false;
    p->source = m->source;
    p->src_line = m->src_line;
    p->src_col = m->src_col;
    if (m->name != INPUT_MAP_NO_NAME)
        *name = input->names[m->name];
    return true;
}

static void add_mapping(SmapBuilder *b, uint32_t out, uint32_t src_at) {
    SmapSegment *seg = b->seg;
    src_at = skip_dropped_parens(b->piece, out, b->lines.src, src_at);
    Str name;
    if (!mapping_name(b->piece, out, b->lines.src, src_at, &name))
        return;
    SmapPoint p = { .line = b->line, .col = b->col };
    position_of(&b->lines, src_at, &p.src_line, &p.src_col);
    if (b->input && !through_input(b->input, &p, token_at(b->lines.src, src_at), &name))
        return;
    if (b->line_mapped)
        strbuf_append_char(&seg->text, ',');
    uint32_t start = (uint32_t)seg->text.len;
    smap_append_vlq(&seg->text, (int64_t)p.col - b->prev.col);
    smap_append_vlq(&seg->text, (int64_t)p.source - b->prev.source);
    smap_append_vlq(&seg->text, (int64_t)p.src_line - b->prev.src_line);
    smap_append_vlq(&seg->text, (int64_t)p.src_col - b->prev.src_col);
    if (name.len) {
        uint32_t index = name_index(b, name);
        uint32_t name_at = (uint32_t)seg->text.len;
        smap_append_vlq(&seg->text, (int64_t)index - b->prev_name);
        if (seg->last_name == SMAP_NO_NAME && seg->count > 0) {
            seg->name_at = name_at;
            seg->name_end = (uint32_t)seg->text.len;
        }
        seg->first_named |= seg->count == 0;
        seg->last_name = b->prev_name = index;
    }
    if (seg->count++ == 0) {
        seg->first = p;
        seg->first_at = start;
        seg->first_end = (uint32_t)seg->text.len;
    }
    seg->last = p;
    b->prev = p;
    b->line_mapped = true;
}

SmapBuilder *smap_builder_create(SmapSegment *seg, Mem *mem, Str src, InputMap *input) {
    *seg = (SmapSegment){ .last_name = SMAP_NO_NAME };
    strbuf_init(&seg->text, mem, MEM_SOURCEMAP);
    strbuf_init(&seg->names, mem, MEM_SOURCEMAP);
    strbuf_init(&seg->sources, mem, MEM_SOURCEMAP);
    for (uint32_t i = 0; input && i < input->source_count; i++) {
        strbuf_append(&seg->sources, input->sources[i]);
        strbuf_append_char(&seg->sources, '\0');
    }
    seg->source_count = input ? input->source_count : 0;
    SmapBuilder *b = mem_alloc(mem, MEM_SOURCEMAP, sizeof(SmapBuilder));
    *b = (SmapBuilder){ .seg = seg, .mem = mem, .input = input };
    lines_init(&b->lines, mem, src);
    map_init(&b->name_index, mem, MEM_SOURCEMAP);
    return b;
}

uint32_t smap_builder_add(SmapBuilder *b, Str piece, const PrintMapping *pairs, uint32_t count) {
    SmapSegment *seg = b->seg;
    b->piece = piece;
    uint32_t i = 0;
    // A pair at the very end of the text is for a token not printed yet: it stays.
    for (; i < count && pairs[i].out < piece.len; i++) {
        // Pairs come in increasing output order; one that does not is dropped, not misplaced.
        if (pairs[i].out < b->at || (seg->count && pairs[i].out == b->at))
            continue;
        advance(b, pairs[i].out);
        add_mapping(b, pairs[i].out, pairs[i].src);
    }
    return i;
}

void smap_builder_finish(SmapBuilder *b, Str piece) {
    SmapSegment *seg = b->seg;
    b->piece = piece;
    advance(b, (uint32_t)piece.len);
    seg->lines = b->line;
    seg->last_width = b->col;
    map_deinit(&b->name_index);
    mem_free(b->mem, b->lines.starts);
    mem_free(b->mem, b);
}

void smap_segment_build(SmapSegment *seg, Mem *mem, Str piece, Str src, InputMap *input,
                        const PrintMapping *pairs, uint32_t pair_count) {
    SmapBuilder *b = smap_builder_create(seg, mem, src, input);
    smap_builder_add(b, piece, pairs, pair_count);
    smap_builder_finish(b, piece);
}

void smap_segment_deinit(SmapSegment *seg) {
    strbuf_deinit(&seg->sources);
    strbuf_deinit(&seg->text);
    strbuf_deinit(&seg->names);
}
