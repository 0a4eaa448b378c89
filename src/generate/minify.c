// minify: --minify-syntax changes generate makes to a module's tree before printing (see
// generate_int.h); the printer does the rest (js/printer_minify.c, docs/minify.md).
//
// `undefined` -> `void 0`: only a read of the global (a SYM_UNBOUND symbol: no binding of that
// name is visible there), never a write (`undefined = 1` is allowed in sloppy code and does
// nothing; `void 0 = 1` would not parse). The global is a non-writable property, so both read
// the same value. The new `0` has no source text: the printer, minifying syntax, prints numbers
// from their value.
#include "generate/generate_int.h"
#include "js/token.h"

static SymbolId unbound_symbol(const ScopeTable *st, const char *name) {
    for (SymbolId id = st->first_unbound; id < st->symbols.len; id++) {
        if (str_eq_cstr(scope_symbol_name(st, id), name))
            return id;
    }
    return ID_NONE;
}

void generate_minify_tree(Ast *ast, const ScopeTable *st, Arena *scratch) {
    SymbolId undefined = unbound_symbol(st, "undefined");
    uint32_t count = ast->nodes.len;
    if (undefined == ID_NONE || count == 0)
        return;
    uint8_t *writes = arena_alloc_zero(scratch, count);
    summary_mark_writes(ast, 0, count - 1, writes);
    for (NodeId id = 0; id < count; id++) {
        Node *n = ast_node(ast, id);
        if (n->kind != IDENT || n->a != undefined || writes[id])
            continue;
        NodeId zero = ast_add(ast, NUMBER_LIT, n->start, 0, 0, 0);
        ast_set_number(ast_node(ast, zero), 0);
        n = ast_node(ast, id); // ast_add may have moved the nodes
        *n = (Node){ .kind = UNARY, .op = TOK_VOID, .start = n->start, .a = zero };
    }
}
