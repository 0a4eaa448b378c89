// scan: the first stage of a build (DESIGN.md). Today it reads every entry point on the worker
// pool, into per-worker scratch arenas that are rewound after each file, and reports files it
// cannot read; parsing and module summaries arrive with the parser. Nothing read here outlives
// the stage. Module prefix: scan_.
#ifndef BALE_SCAN_SCAN_H
#define BALE_SCAN_SCAN_H

#include "base/mem.h"
#include "base/pool.h"
#include "base/str.h"
#include "diag/diag.h"

// What scan needs. Lives in: the caller's stack for the duration of scan_run.
typedef struct ScanInput {
    Mem *mem;
    Pool *pool;
    DiagSink *diag;
    const Str *entries; // paths as given on the command line
    uint32_t entry_count;
} ScanInput;

typedef struct ScanResult {
    uint32_t files_read;
    uint64_t bytes_read;
} ScanResult;

// Runs the stage; unreadable entries are reported to in->diag. Sets the mem stage to scan.
void scan_run(const ScanInput *in, ScanResult *out);

#endif
