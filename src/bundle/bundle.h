// bundle: a whole bundling build (`--bundle`): scan once, then for each entry point link,
// generate and write its bundle. Module prefix: bundle_.
#ifndef BALE_BUNDLE_BUNDLE_H
#define BALE_BUNDLE_BUNDLE_H

#include "base/mem.h"
#include "base/pool.h"
#include "cli/options.h"
#include "diag/diag.h"

// Runs the build; errors go to diag. Returns true when every bundle was written.
MUST_USE bool bundle_run(Mem *mem, Pool *pool, DiagSink *diag, const Options *o);

#endif
