// resolve_options: the resolver's settings (ResolveOptions) from the command line (Options):
// --platform, --external, --alias, --packages, --conditions, --resolve-extensions,
// --main-fields, --preserve-symlinks and --tsconfig. Shared by the bale command and the
// resolver's test tool, so both read the flags the same way.
//
// The arrays it builds live in the given arena; strings point into Options. Module prefix:
// resolve_options_.
#ifndef BALE_CLI_RESOLVE_OPTIONS_H
#define BALE_CLI_RESOLVE_OPTIONS_H

#include "base/arena.h"
#include "cli/options.h"
#include "resolve/resolver.h"

// Fills *out from o. cwd (absolute) is where a relative --tsconfig is found.
void resolve_options_from(ResolveOptions *out, const Options *o, Arena *a, Str cwd);

#endif
