// transform_int: what the files of transform mode share (see transform.h).
#ifndef BALE_TRANSFORM_TRANSFORM_INT_H
#define BALE_TRANSFORM_TRANSFORM_INT_H

#include "base/arena.h"
#include "js/printer.h"
#include "transform/transform.h"

// transform_map.c: on the file's job, turns the printer's pairs into the map's
// `"mappings":…,"names":[…]` (into map) and, if the map carries sources, the escaped source
// text (into content). Frees pairs.
void transform_map_build(const TransformInput *in, Str src, const StrBuf *printed,
                         PrintMappingVec *pairs, StrBuf *map, StrBuf *content);
// On the writer: completes the map of `input` printed to `output` (empty: the stream) and
// writes it beside the output, or appends it inline to printed; appends the linked comment.
// Frees map and content. False when the .map could not be written (reported).
MUST_USE bool transform_map_write(const TransformInput *in, Arena *a, Str input, Str output,
                                  StrBuf *map, StrBuf *content, StrBuf *printed);

#endif
