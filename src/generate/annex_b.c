// annex_b: sloppy block functions made to work in strict output (see generate_int.h).
//
// In sloppy code `{ function f() {} }` also assigns f to a var of the enclosing function (Annex
// B.3.3), and code after the block calls it. esm output is strict, where the function would
// stay inside its block. So each such declaration becomes `var f = function f() {}` — the var
// is the Annex B binding, the function's own name the block one, both printed alike — moved to
// the front of its block, where the declaration was already usable.
#include "generate/generate_int.h"

// Rewrites a qualifying STMT_FUNCTION in place; true when it did.
static bool lower_declaration(Ast *ast, const ScopeTable *st, NodeId stmt) {
    const Node *s = ast_node(ast, stmt);
    if (s->kind != STMT_FUNCTION)
        return false;
    NodeId fn = s->a;
    NodeId name = ast_node(ast, fn)->a;
    if (name == NODE_NONE)
        return false;
    SymbolId sym = ast_node(ast, name)->a;
    if (sym >= st->symbols.len || st->symbols.items[sym].kind != SYM_BLOCK_FUNCTION)
        return false;
    SymbolId var = scope_annex_b_var(st, sym);
    if (var == ID_NONE)
        return false;
    uint32_t start = s->start;
    NodeId binding =
            ast_add(ast, BINDING_IDENT, ast_node(ast, name)->start, var, ast_node(ast, name)->b, 0);
    NodeId declarator = ast_add(ast, DECLARATOR, start, binding, fn, 0);
    ListRef list = ast_list(ast, &declarator, 1);
    Node *n = ast_node(ast, stmt); // ast_add may have moved the nodes
    *n = (Node){ .kind = STMT_VAR, .op = VAR_VAR, .start = start, .a = list };
    return true;
}

// Lowers the declarations of one statement list and moves them, in order, to its front.
static void lower_list(Ast *ast, const ScopeTable *st, ListRef list, Arena *scratch) {
    uint32_t len = ast_list_len(ast, list);
    if (len == 0)
        return;
    NodeId *moved = arena_alloc(scratch, sizeof(NodeId) * len * 2);
    NodeId *rest = moved + len;
    uint32_t n_moved = 0, n_rest = 0;
    for (uint32_t i = 0; i < len; i++) {
        NodeId item = ast_list_items(ast, list)[i];
        if (lower_declaration(ast, st, item))
            moved[n_moved++] = item;
        else
            rest[n_rest++] = item;
    }
    NodeId *items = &ast->extra.items[list + 1];
    memcpy(items, moved, sizeof(NodeId) * n_moved);
    memcpy(items + n_moved, rest, sizeof(NodeId) * n_rest);
}

// `if (x) function f() {}` and `l: function f() {}`: a declaration standing alone.
static void lower_branches(Ast *ast, const ScopeTable *st, NodeId first, NodeId second) {
    lower_declaration(ast, st, first);
    if (second != NODE_NONE)
        lower_declaration(ast, st, second);
}

void generate_lower_block_functions(Ast *ast, const ScopeTable *st, Arena *scratch) {
    uint32_t count = ast->nodes.len; // nodes added here are never lists or bodies
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        if (n->kind == STMT_BLOCK)
            lower_list(ast, st, n->a, scratch);
        else if (n->kind == SWITCH_CASE)
            lower_list(ast, st, n->b, scratch);
        else if (n->kind == STMT_IF)
            lower_branches(ast, st, n->b, n->c);
        else if (n->kind == STMT_LABELED)
            lower_branches(ast, st, n->b, NODE_NONE);
    }
}
