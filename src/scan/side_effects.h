// side_effects: whether evaluating a top-level statement can be observed when nothing it
// declares is used, so tree shaking may drop it.
//
// Conservative: anything not known to be free of effects has them. Known free: function
// declarations, classes without computed keys, static members or heritage that could run code,
// `var`/`let`/`const` whose bindings are plain names and whose initialisers are pure
// (literals, functions, declared names, object/array literals of pure values, `/*#__PURE__*/`
// calls with pure arguments, `!`/`typeof`/`void` and comparisons of pure operands, reads of a
// few standard globals). Reading an undeclared name can throw, so other globals count as
// effects. Module prefix: side_effects_.
#ifndef BALE_SCAN_SIDE_EFFECTS_H
#define BALE_SCAN_SIDE_EFFECTS_H

#include "base/base.h"
#include "js/ast.h"
#include "js/scope.h"

// True when the top-level statement `stmt` may have side effects.
bool side_effects_statement(const Ast *ast, const ScopeTable *st, NodeId stmt);

// True when the expression may have side effects when evaluated.
bool side_effects_expression(const Ast *ast, const ScopeTable *st, NodeId expr);

#endif
