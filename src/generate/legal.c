// legal: legal comments moved to the end of the output (--legal-comments=eof; see
// generate_int.h).
//
// A legal comment is a `/*!` or `//!` comment, or one containing `@license` or `@preserve`
// (the lexer collects them, js/lexer.c). Each module's piece carries copies of its comments'
// text, packed as a 4-byte length then the bytes, made on the worker while the source is in
// scratch; the writer keeps each distinct text once, in the order pieces are written, and
// writes them after the code. So only the comments outlive their module, never its source.
#include <string.h>

#include "generate/generate_int.h"

void generate_pack_legal(StrBuf *out, Str src, const LexSpan *spans, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = spans[i].end - spans[i].start;
        strbuf_append_bytes(out, (const char *)&len, sizeof(len));
        strbuf_append_bytes(out, src.ptr + spans[i].start, len);
    }
}

void legal_eof_init(LegalEof *le, Mem *mem) {
    arena_init(&le->arena, mem, MEM_OUTPUT, 0);
    map_init(&le->seen, mem, MEM_OUTPUT);
}

void legal_eof_deinit(LegalEof *le) {
    map_deinit(&le->seen);
    arena_deinit(&le->arena);
}

void legal_eof_add(LegalEof *le, Str packed) {
    for (size_t at = 0; at + sizeof(uint32_t) <= packed.len;) {
        uint32_t len;
        memcpy(&len, packed.ptr + at, sizeof(len));
        at += sizeof(len);
        Str text = { packed.ptr + at, len };
        at += len;
        if (map_get_str(&le->seen, text, NULL))
            continue;
        map_put_str(&le->seen, str_dup(&le->arena, text), 0);
    }
}

// A comment's text, with `</script` as `<\/script` (the output may be inlined in HTML).
static void append_escaped(StrBuf *b, Str s) {
    size_t from = 0;
    for (size_t i = 0; i + 8 <= s.len; i++) {
        if (s.ptr[i] == '<' && s.ptr[i + 1] == '/' &&
            strncasecmp(s.ptr + i + 2, "script", 6) == 0) {
            strbuf_append_bytes(b, s.ptr + from, i + 1 - from);
            strbuf_append_char(b, '\\');
            from = i + 1;
        }
    }
    strbuf_append_bytes(b, s.ptr + from, s.len - from);
}

void legal_eof_append(const LegalEof *le, StrBuf *b, bool at_line_start) {
    for (uint32_t i = 0; i < map_len(&le->seen); i++) {
        if (i == 0 && !at_line_start)
            strbuf_append_char(b, '\n');
        append_escaped(b, map_key_str(&le->seen, i));
        strbuf_append_char(b, '\n'); // a `//!` comment ends at the line's end
    }
}
