// metafile: `--metafile=F`, esbuild's build metadata as JSON: every input with its size and
// imports, every output with its size, entry point and the bytes each input contributed.
// Module prefix: metafile_.
#ifndef BALE_BUNDLE_METAFILE_H
#define BALE_BUNDLE_METAFILE_H

#include "base/str.h"
#include "link/link.h"
#include "scan/scan.h"

// Appends the "inputs" object's members for every module of the graph.
void metafile_inputs(StrBuf *b, const Graph *g);
// Appends one "outputs" member: the file, its size, its entry and its inputs' shares
// (piece_bytes by position in plan->order).
void metafile_output(StrBuf *b, const Graph *g, const LinkPlan *plan, Str path, uint64_t bytes,
                     const uint32_t *piece_bytes, bool first);

#endif
