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
// Appends what a SymbolPrint reads: `name`, `name.member` or `name["member"]`.
void generate_append_print(StrBuf *b, SymbolPrint pr);

// mangle_nested.c
// Whether module m's names are minified (--minify-identifiers, and no eval() or `with`).
bool generate_mangles(const GenerateInput *in, const Module *m);
// Fills names (by SymbolId) for the nested symbols of module m's scope table, and for its
// top-level ones too when the module is wrapped, from the plan's slot names.
void generate_name_slots(const GenerateInput *in, const Module *m, bool wrapped,
                         const ScopeTable *st, Arena *scratch, Str *names);

// minify.c
// --minify-syntax: rewrites module tree nodes the printer cannot decide alone (`undefined` read
// as the global becomes `void 0`). May add nodes to ast; uses scratch for temporaries.
void generate_minify_tree(Ast *ast, const ScopeTable *st, Arena *scratch);
// --drop:console, --drop:debugger: removes calls of the global console's methods and debugger
// statements from the tree.
void generate_drop(Ast *ast, const ScopeTable *st, bool console, bool debugger);

#endif
