// sourcemap: source map v3 (ECMA-426) built in pieces and joined as a stream. Module prefix:
// smap_.
//
// A module job turns the printer's (output offset, source offset) pairs into a *segment*: the
// module's "mappings" text, VLQ-encoded as if it started a map of its own, plus the few numbers
// the writer needs to splice it into the real map — the values of its first and last mapping,
// where its first mapping and its first name sit in the text, how many lines and columns the
// piece spans. The writer then copies the segment verbatim except for the first mapping (and
// the first name delta), which it re-encodes relative to the previous segment's last state:
// the join never decodes a segment. Columns are UTF-16 code units, as the format requires.
//
// What this module does not do: read files, know about modules or outputs. Segments live on
// the heap (MEM_SOURCEMAP) from their job until the writer frees them; the join's state and
// the names it collected live until smap_join_deinit.
#ifndef BALE_GENERATE_SOURCEMAP_H
#define BALE_GENERATE_SOURCEMAP_H

#include "base/base.h"
#include "base/mem.h"
#include "base/str.h"
#include "generate/input_map.h"
#include "js/printer.h"

enum { SMAP_NO_NAME = UINT32_MAX };

// One mapping's values, absolute within its segment. Lives in: its SmapSegment.
typedef struct SmapPoint {
    uint32_t source;   // the segment's own source index (0 unless it has an input map)
    uint32_t line;     // generated line, counted from the piece's first line
    uint32_t col;      // generated UTF-16 column; on line 0, from where the piece starts
    uint32_t src_line; // 0-based line in the source
    uint32_t src_col;  // UTF-16 column in the source
} SmapPoint;

// One module's share of the map. Lives in: the heap (MEM_SOURCEMAP), from the module job
// until the writer calls smap_segment_deinit.
typedef struct SmapSegment {
    StrBuf text;         // "mappings" of the piece: ';' per newline, ',' between mappings
    StrBuf names;        // the segment's names as JSON strings, comma separated, by local index
    uint32_t name_count; // entries in names
    uint32_t count;      // mappings in text
    uint32_t lines;      // newlines in the piece
    uint32_t last_width; // UTF-16 units after the piece's last newline (all of it if none)
    uint32_t first_at;   // bytes [first_at, first_end) of text encode the first mapping
    uint32_t first_end;
    uint32_t name_at;      // bytes [name_at, name_end) encode the first name delta when it is
    uint32_t name_end;     // not in the first mapping (both 0 otherwise)
    bool first_named;      // the first mapping has a name (local index 0)
    uint32_t last_name;    // local index of the last name used, or SMAP_NO_NAME
    uint32_t source_count; // 0: one source, the module; else the input map's sources...
    StrBuf sources;        // ...as absolute paths, each followed by a NUL
    SmapPoint first;
    SmapPoint last;
} SmapSegment;

// Builds seg from the pairs the printer recorded while printing `piece` from `src`. A mapping
// whose output does not start with the identifier found at its source offset (a renamed or
// rewritten reference) gets that identifier as its name. With an input map (else NULL), each
// mapping goes on through it to the original files, and is dropped when the input map does
// not map that exact position. Thread-safe for distinct segments.
void smap_segment_build(SmapSegment *seg, Mem *mem, Str piece, Str src, InputMap *input,
                        const PrintMapping *pairs, uint32_t pair_count);
void smap_segment_deinit(SmapSegment *seg);

// The same, fed while printing, so the pairs of a whole module need not wait for its end: a
// builder consumes the pairs of the text printed so far. Lives in: the heap (MEM_SOURCEMAP),
// until smap_builder_finish.
typedef struct SmapBuilder SmapBuilder;
SmapBuilder *smap_builder_create(SmapSegment *seg, Mem *mem, Str src, InputMap *input);
// Consumes pairs[0..count) whose tokens `piece` (all the text printed so far) holds; returns how
// many it consumed — the others (a pair at the very end of piece) are for the next call.
uint32_t smap_builder_add(SmapBuilder *b, Str piece, const PrintMapping *pairs, uint32_t count);
// Ends the segment at the end of piece and frees the builder.
void smap_builder_finish(SmapBuilder *b, Str piece);

// Where the joined map goes: a file, or a buffer (inline maps). Lives in: the writer.
typedef struct SmapSink {
    void (*write)(void *ctx, Str s); // must not fail: the owner records errors itself
    void *ctx;
} SmapSink;

// The writer's state between segments (ECMA-426 §"mappings": every field is relative to the
// previous mapping, the generated column only within a line). Lives in: the writer.
typedef struct SmapJoin {
    SmapSink sink;
    uint32_t col;      // UTF-16 column of the output's current end
    uint32_t prev_col; // generated column of the line's last mapping (0 after a newline)
    bool line_mapped;  // the current line already has a mapping: the next needs a ','
    uint32_t source;   // source index, line, column and name of the last mapping
    uint32_t src_line;
    uint32_t src_col;
    uint32_t name;
    StrBuf names;        // every name so far, JSON strings, comma separated (MEM_SOURCEMAP)
    uint32_t name_count; // entries in names
    StrBuf tmp;          // the re-encoded first mapping of a segment
} SmapJoin;

void smap_join_init(SmapJoin *j, Mem *mem, SmapSink sink);
void smap_join_deinit(SmapJoin *j);
// Output text with no mappings (what surrounds the modules): only moves the position.
void smap_join_text(SmapJoin *j, Str text);
// Appends seg, the map of the piece written next; its sources are the map's from index `base`.
void smap_join_segment(SmapJoin *j, const SmapSegment *seg, uint32_t base);

// Appends VLQ-encoded value (ECMA-426 Base64 VLQ) to b.
void smap_append_vlq(StrBuf *b, int64_t value);
// Decodes one VLQ at *at in s, advancing *at. False on a malformed or too large value.
MUST_USE bool smap_decode_vlq(Str s, size_t *at, int64_t *value);
// Appends s as a JSON string (quotes included), escaping what JSON requires.
void smap_append_json_string(StrBuf *b, Str s);
// Writes s as JSON string contents (no quotes) to sink in bounded chunks through tmp.
void smap_write_json_escaped(SmapSink sink, StrBuf *tmp, Str s);
// Appends the base64 encoding of s (RFC 4648, with padding).
void smap_append_base64(StrBuf *b, Str s);
// UTF-16 code units of the UTF-8 text s (a 4-byte sequence counts 2).
uint32_t smap_utf16_len(Str s);

#endif
