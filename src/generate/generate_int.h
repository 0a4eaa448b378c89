// generate_int: what the files of the generate stage share (see generate.h).
#ifndef BALE_GENERATE_GENERATE_INT_H
#define BALE_GENERATE_GENERATE_INT_H

#include "base/arena.h"
#include "base/str.h"
#include "generate/generate.h"

// module.c: prints module `id`'s piece into out, using scratch for the source and its tree
// (rewound by the caller). Returns false when it reported an error.
MUST_USE bool generate_module(const GenerateInput *in, ModuleId id, Arena *scratch, StrBuf *out);
// Appends s as a double-quoted JavaScript string literal.
void generate_append_quoted(StrBuf *b, Str s);
// Appends a property key: the name when it is an identifier, else quoted.
void generate_append_key(StrBuf *b, Str name);
// Appends `__ns({ a: () => a, … }[, [import_x, …]])`: module mp's namespace object.
void generate_append_namespace(StrBuf *b, const ModulePlan *mp, bool min);
// Appends what a SymbolPrint reads: `name`, `name.member` or `name["member"]`.
void generate_append_print(StrBuf *b, SymbolPrint pr);

#endif
