// runtime: the JavaScript helpers a bundle may call, emitted once at its top when the link
// plan says they are used (HELPER_* in link.h). Module prefix: runtime_.
#ifndef BALE_GENERATE_RUNTIME_H
#define BALE_GENERATE_RUNTIME_H

#include "base/str.h"

// Appends the helpers in `used` (HELPER_* bits), one line each, or `minified`: the same code
// minified (no whitespace, one-letter locals), without line breaks.
void runtime_append(StrBuf *out, uint32_t used, bool minified);

#endif
