// generate: the third and fourth stages (DESIGN.md). Each live module is read and parsed again
// on a worker, the link plan is applied to its tree (names, import rewrites, dropped
// statements) and it is printed into a piece; the writer, on the calling thread, emits the
// pieces in output order as they become ready, with at most GENERATE_WINDOW pieces waiting, so
// no buffer ever holds the whole output. The bundle goes to an atomically replaced file (or to
// stdout); on any error nothing is written. Module prefix: generate_.
#ifndef BALE_GENERATE_GENERATE_H
#define BALE_GENERATE_GENERATE_H

#include "base/pool.h"
#include "cli/options.h"
#include "diag/diag.h"
#include "link/link.h"
#include "scan/scan.h"

enum { GENERATE_WINDOW = 64 }; // pieces printed ahead of the writer

typedef struct GenerateInput {
    Mem *mem;
    Pool *pool;
    DiagSink *diag;
    const Graph *graph;
    const LinkPlan *plan;
    const Options *options;
    Str outfile; // where the bundle goes; empty: stdout
} GenerateInput;

// Summary of what was written, for the build's closing line.
typedef struct GenerateResult {
    uint64_t bytes_written;
    uint32_t *piece_bytes; // by position in plan->order: bytes of each module's piece, or NULL
} GenerateResult;

// Generates and writes one bundle. When out->piece_bytes is set (order_len entries), each
// module's share of the output is recorded there (for --metafile). Returns false (and has reported
// why) when it failed; then the output file is left as it was. Sets the mem stage to generate, then
// write.
MUST_USE bool generate_run(const GenerateInput *in, GenerateResult *out);

#endif
