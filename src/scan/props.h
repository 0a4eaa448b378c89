// props: --mangle-props, the scan side. Which property names of a module the bundle renames
// (those matching the --mangle-props regex and not --reserve-props), how often each occurs,
// and which short names the module uses as properties that stay (a renamed property must never
// take one). Link gives the names out (link/mangle_props.c), generate prints them
// (generate/props.c).
//
// A property name is the NAME of a member access (`a.name`, `super.name`, `a?.name`) or of a
// non-computed key in an object literal, an object pattern or a class body (fields, methods,
// accessors). Quoted forms (`a["name"]`, `{ "name": 1 }`, `"name" in a`) are never renamed:
// their string contents count as names that stay. `import.meta.x` is the host's and is never
// renamed. The regexes are POSIX extended regular expressions (regcomp), matched anywhere in
// the name as JavaScript's `test` does. Module prefix: props_.
#ifndef BALE_SCAN_PROPS_H
#define BALE_SCAN_PROPS_H

#include <regex.h>

#include "base/arena.h"
#include "base/str.h"
#include "js/parser.h"

// Short names that stay are recorded up to this length: the names link gives out are never
// longer unless the bundle renames more than 14 million distinct properties.
enum { PROPS_SHORT_NAME = 4 };

// The compiled regexes. Lives in: the build's stack frame; regexec on them is thread-safe.
typedef struct PropRegex {
    regex_t mangle;
    regex_t reserve;
    bool has_reserve; // --reserve-props given
} PropRegex;

// One renamed property name of a module and its occurrences. Lives in: the summary arena.
typedef struct PropUse {
    Str name;
    uint32_t uses;
} PropUse;

// Compiles --mangle-props and --reserve-props (reserve may be empty). On a bad pattern returns
// false with regerror's message in *error (left in the arena); nothing to free then.
MUST_USE bool props_compile(PropRegex *rx, Str mangle, Str reserve, Arena *a, Str *error);
void props_free(PropRegex *rx);

// Whether property `name` is renamed. Thread-safe.
bool props_matches(const PropRegex *rx, Str name, Arena *scratch);

// The NAME node holding the property name of node `id` that --mangle-props may rename: a
// MEMBER's name (not import.meta's) or the non-computed NAME key of a PROPERTY that is no
// import attribute (attrs, from props_attributes); else NODE_NONE.
NodeId props_name_of(const Ast *ast, NodeId id, const uint8_t *attrs);
// By NodeId: 1 for the PROPERTY nodes that are import attributes (`with { type: "json" }`).
// Allocated in a.
uint8_t *props_attributes(const Ast *ast, Arena *a);

// Fills *uses (renamed names with counts, sorted by name) and *kept (short names that stay,
// sorted) for the module's tree, allocating them in out; scratch is rewound.
void props_collect(const PropRegex *rx, const ParseResult *parsed, Str src, Arena *out,
                   Arena *scratch, PropUse **uses, uint32_t *use_count, Str **kept,
                   uint32_t *kept_count);

#endif
