// sourcemap_join: segments spliced into one "mappings" stream (see sourcemap.h).
//
// Every VLQ field of a mapping is a delta from the previous mapping: the generated column from
// the previous mapping of the same line, the source index, original line and column and name
// index from the previous mapping that had them. A segment was encoded as if it started a map,
// so only its first mapping (and its first name, when the first mapping has none) differ from
// what the joined map needs; they are re-encoded here from the values the segment recorded,
// and the rest of its text is copied as it is. The segment's names are appended to the map's
// list as a block, so its local name indices are the map's minus a base, and every later name
// delta inside the segment stays right.
#include "generate/sourcemap.h"

static void put(SmapJoin *j, Str s) {
    if (s.len)
        j->sink.write(j->sink.ctx, s);
}

void smap_join_init(SmapJoin *j, Mem *mem, SmapSink sink) {
    *j = (SmapJoin){ .sink = sink };
    strbuf_init(&j->names, mem, MEM_SOURCEMAP);
    strbuf_init(&j->tmp, mem, MEM_SOURCEMAP);
}

void smap_join_deinit(SmapJoin *j) {
    strbuf_deinit(&j->names);
    strbuf_deinit(&j->tmp);
}

static void new_lines(SmapJoin *j, uint32_t count) {
    static const char semis[] = ";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;";
    for (uint32_t n = count; n > 0;) {
        uint32_t k = MIN(n, (uint32_t)sizeof semis - 1);
        put(j, (Str){ semis, k });
        n -= k;
    }
    if (count) {
        j->col = 0;
        j->prev_col = 0;
        j->line_mapped = false;
    }
}

void smap_join_text(SmapJoin *j, Str text) {
    size_t from = 0;
    for (size_t i = 0; i < text.len; i++) {
        if (text.ptr[i] != '\n')
            continue;
        new_lines(j, 1);
        from = i + 1;
    }
    j->col += smap_utf16_len(str_slice(text, from, text.len));
}

// The segment's first mapping, relative to the map so far. base: the segment's first name.
static void encode_first(SmapJoin *j, const SmapSegment *seg, uint32_t source, uint32_t base) {
    source += seg->first.source;
    const SmapPoint *p = &seg->first;
    uint32_t col = p->line == 0 ? j->col + p->col : p->col;
    uint32_t prev_col = p->line == 0 ? j->prev_col : 0;
    strbuf_clear(&j->tmp);
    if (p->line == 0 && j->line_mapped)
        strbuf_append_char(&j->tmp, ',');
    smap_append_vlq(&j->tmp, (int64_t)col - prev_col);
    smap_append_vlq(&j->tmp, (int64_t)source - j->source);
    smap_append_vlq(&j->tmp, (int64_t)p->src_line - j->src_line);
    smap_append_vlq(&j->tmp, (int64_t)p->src_col - j->src_col);
    if (seg->first_named)
        smap_append_vlq(&j->tmp, (int64_t)base - j->name);
}

// Where the map stands after the segment's piece.
static void move_past(SmapJoin *j, const SmapSegment *seg, uint32_t source, uint32_t base) {
    j->source = source + seg->last.source;
    j->src_line = seg->last.src_line;
    j->src_col = seg->last.src_col;
    if (seg->last_name != SMAP_NO_NAME)
        j->name = base + seg->last_name;
    if (seg->lines == 0) {
        j->prev_col = j->col + seg->last.col;
        j->line_mapped = true;
        j->col += seg->last_width;
        return;
    }
    bool last_line = seg->last.line == seg->lines;
    j->prev_col = last_line ? seg->last.col : 0;
    j->line_mapped = last_line;
    j->col = seg->last_width;
}

// `source` is the segment's first source in the map; its own indices count from there.
void smap_join_segment(SmapJoin *j, const SmapSegment *seg, uint32_t source) {
    Str text = strbuf_str(&seg->text);
    if (seg->count == 0) {
        // Only the piece's newlines: one ';' each.
        new_lines(j, seg->lines);
        j->col = seg->lines ? seg->last_width : j->col + seg->last_width;
        return;
    }
    uint32_t base = j->name_count;
    if (seg->name_count) {
        if (j->name_count)
            strbuf_append_char(&j->names, ',');
        strbuf_append(&j->names, strbuf_str(&seg->names));
        j->name_count += seg->name_count;
    }
    new_lines(j, seg->first.line); // text before the first mapping is these ';'
    encode_first(j, seg, source, base);
    put(j, strbuf_str(&j->tmp));
    if (seg->name_end) {
        put(j, str_slice(text, seg->first_end, seg->name_at));
        strbuf_clear(&j->tmp);
        smap_append_vlq(&j->tmp, (int64_t)base - j->name);
        put(j, strbuf_str(&j->tmp));
        put(j, str_slice(text, seg->name_end, text.len));
    } else {
        put(j, str_slice(text, seg->first_end, text.len));
    }
    move_past(j, seg, source, base);
}
