// scan: the first stage of a build (DESIGN.md). Workers read each module, parse it into their
// scratch arena, distil its summary (scan/summary.h), resolve its import records and queue the
// modules they discover; then the scratch arena is rewound, so no AST outlives the module's job.
//
// Discovery is parallel and its order depends on timing, so module ids are assigned afterwards:
// a depth-first walk from the entries in command-line order, following each module's records in
// source order, numbers modules in the order it first meets them. The graph is the same at any
// thread count. Module prefix: scan_ (and graph_ for the result).
#ifndef BALE_SCAN_SCAN_H
#define BALE_SCAN_SCAN_H

#include "base/arena.h"
#include "base/mem.h"
#include "base/pool.h"
#include "base/str.h"
#include "cli/options.h"
#include "diag/diag.h"
#include "resolve/resolver.h"
#include "scan/summary.h"

// What scan needs. Lives in: the caller's stack for the duration of scan_run.
typedef struct ScanInput {
    Mem *mem;
    Pool *pool;
    DiagSink *diag;
    Resolver *resolver;
    Str cwd;            // absolute working directory (entries and pretty paths are relative to it)
    const Str *entries; // paths as given on the command line
    uint32_t entry_count;
    SourceTypeOption source_type;  // --source-type
    const struct PropRegex *props; // --mangle-props, or NULL (scan/props.h)
    const Str *pure_names;         // --pure:NAME, kept in every module's parse options (generate
    uint32_t pure_count;           //   parses with them again); must outlive the build
    JsxOption jsx;                 // --jsx (over tsconfig.json's)
} ScanInput;

// The module graph: every module's summary, by ModuleId. Lives in: the summary arenas it owns
// (MEM_SUMMARY) until graph_deinit.
typedef struct Graph {
    Mem *mem;
    Module **modules; // by ModuleId
    uint32_t module_count;
    ModuleId *entries; // by entry index; ID_NONE for an entry that failed
    uint32_t entry_count;
    Arena *arenas; // the summary arenas (one per worker, one for the graph itself)
    uint32_t arena_count;
    uint64_t bytes_read;
} Graph;

// Runs the stage; errors go to in->diag (the graph is then partial but consistent). Sets the
// mem stage to scan.
void scan_run(const ScanInput *in, Graph *out);

// How the module at `path` is parsed: loader, source type and what its tsconfig.json decides
// (then --jsx, when given).
// Strings in *out live in the resolver. Generate parses with the options scan stored in the
// module's summary (Module.parse_options).
void scan_options_for(Resolver *r, Arena *scratch, SourceTypeOption source_type, JsxOption jsx,
                      Str path, ParseOptions *out);

void graph_deinit(Graph *g);

#endif
