// transform: bale without --bundle (esbuild's transform mode). Each input file is parsed and
// printed on its own, with no resolving and no linking: one pool job per file, each parsing
// into its worker's scratch arenas (source text charged to MEM_SOURCE, AST and scopes to
// MEM_AST) and printing into a buffer of its own (MEM_OUTPUT).
//
// Output goes to one place: `out` (stdout) for a single input without outfile/outdir, the
// outfile, or one file per input under outdir, at the input's path relative to the inputs'
// lowest common directory with the extension replaced by ".js" (as esbuild). Nothing is written
// unless every input parsed, and files are written atomically (fs_output_*), so a failed run
// leaves no partial output. The text printed for a file depends only on that file, and files
// are written in command-line order, so output is the same at any thread count.
//
// Problems (bad flag combinations, unreadable files, syntax errors with their code frames,
// failed writes) go to the DiagSink; nothing is printed to stderr here. Module prefix: transform_.
#ifndef BALE_TRANSFORM_TRANSFORM_H
#define BALE_TRANSFORM_TRANSFORM_H

#include <stdio.h>

#include "base/mem.h"
#include "base/pool.h"
#include "base/str.h"
#include "cli/options.h"
#include "diag/diag.h"
#include "js/parser.h"

// What a transform needs. Lives in: the caller's stack for the duration of transform_run.
typedef struct TransformInput {
    Mem *mem;
    Pool *pool;
    DiagSink *diag;
    const Str *files; // input paths as given on the command line
    uint32_t file_count;
    Str outfile;                  // empty: not given
    Str outdir;                   // empty: not given
    FILE *out;                    // where a single output goes without outfile/outdir (stdout)
    SourceType source_type;       // PARSE_AUTO: by extension (.mjs/.mts module, .cjs/.cts
                                  // CommonJS, others by their syntax); else forced for every file
    bool minify_whitespace;       // --minify-whitespace
    SourcemapMode sourcemap;      // --sourcemap: one map per output (docs/sourcemaps.md)
    bool sources_content;         // the maps carry the sources' text
    Str source_root;              // --source-root, or empty
    bool minify_syntax;           // --minify-syntax (what the printer does alone)
    LegalComments legal_comments; // --legal-comments (default: inline)
    const Str *pure_names;        // --pure:NAME (ParseOptions.pure_names)
    uint32_t pure_count;
    JsxMode jsx; // --jsx: classic (default), automatic or preserve (the output
                 //   keeps the input's name with `.js`, as esbuild's)
} TransformInput;

// Runs the transform; returns true when every file was read, parsed and written (every
// failure is also in the sink, which is what main reads). Sets the mem
// stage to scan while parsing and to write while writing. Not from inside a pool job.
bool transform_run(const TransformInput *in);

#endif
