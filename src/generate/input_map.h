// input_map: a source's own source map (what a compiler wrote for the .js it produced), read so
// the bundle's map can point past that .js to the original files. Module prefix: input_map_.
//
// A source ending with `//# sourceMappingURL=URL` has one: URL is a `data:` URL (base64 or
// percent-encoded JSON) or a path relative to the source's directory; remote URLs are ignored.
// Mappings are looked up exactly, by the generated line and UTF-16 column of a token in the
// source: a token the input map does not map at its first character gets no mapping rather
// than a neighbour's. Lives in: the arena passed to input_map_load (a module job's scratch).
#ifndef BALE_GENERATE_INPUT_MAP_H
#define BALE_GENERATE_INPUT_MAP_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "resolve/json.h"

enum { INPUT_MAP_NO_NAME = UINT32_MAX };

// One decoded mapping of the input map.
typedef struct InputMapping {
    uint32_t line; // in the source that carries the map
    uint32_t col;  // UTF-16
    uint32_t source;
    uint32_t src_line;
    uint32_t src_col;
    uint32_t name; // index into names, or INPUT_MAP_NO_NAME
} InputMapping;

typedef struct InputMap {
    InputMapping *items; // sorted by (line, col)
    uint32_t len;
    Str *sources; // absolute paths of the original files
    uint32_t source_count;
    Str *names;
    uint32_t name_count;
    const JsonValue *contents; // the map's "sourcesContent" array, or NULL
    Arena *arena;              // where line tables of the contents are built when asked for
    uint32_t **line_starts;    // by source: byte offset of each line of its content, or NULL
    uint32_t *line_counts;
    Str *texts; // by source: its text, once read (contents or the file)
} InputMap;

// Finds and reads the map of `src` (the text of the file at absolute `path`). False when the
// source has none or it cannot be read or decoded (then the source maps to itself).
MUST_USE bool input_map_load(Arena *a, Str path, Str src, InputMap *out);
// The mapping that starts exactly at (line, col), or NULL.
const InputMapping *input_map_find(const InputMap *m, uint32_t line, uint32_t col);
// False when the text of `mapping`'s source (carried by the map, else read from the file) does
// not start with `word`
// at the mapping's original position: a compiler's own code (tsc's `this.x = x` for a
// parameter property) mapped to a token that says something else.
bool input_map_text_agrees(InputMap *m, const InputMapping *mapping, Str word);

#endif
