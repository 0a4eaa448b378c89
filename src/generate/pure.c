// pure: --minify-syntax drops pure calls whose value is unused (see generate_int.h).
//
// A call marked NF_PURE — by a `/* @__PURE__ */` annotation or by --pure:NAME (js/parser_pure.c)
// — promises that calling it has no effect, but its arguments are still evaluated: an
// expression statement `f(a(), 1, b)` becomes `a(), b` (the arguments that may have effects, in
// their order), or nothing at all when none may: not even a `;` when the statement stands in a
// statement list (elsewhere, as the body of an `if`, an empty statement keeps the syntax). A
// call with a spread argument is left alone (spreading runs an iterator). Only a whole
// expression statement is rewritten: that is where a value is known to be unused.
#include "generate/generate_int.h"
#include "scan/side_effects.h"

// The statement `id`, whose expression is the pure call `call`, reduced to its arguments.
static void keep_arguments(Ast *ast, const ScopeTable *st, NodeId id, const Node *call, bool listed,
                           Arena *scratch) {
    uint32_t len = ast_list_len(ast, call->b);
    const NodeId *args = ast_list_items(ast, call->b);
    NodeId *kept = arena_alloc(scratch, sizeof(NodeId) * MAX(len, 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < len; i++) {
        if (ast_node(ast, args[i])->kind == SPREAD)
            return;
        if (side_effects_expression(ast, st, args[i]))
            kept[n++] = args[i];
    }
    if (n == 0) {
        Node *s = ast_node(ast, id);
        *s = (Node){ .kind = STMT_EMPTY, .flags = listed ? NF_ERASED : 0, .start = s->start };
    } else if (n == 1) {
        ast_node(ast, id)->a = kept[0];
    } else {
        ListRef list = ast_list(ast, kept, n);
        NodeId seq = ast_add(ast, SEQUENCE, ast_node(ast, kept[0])->start, list, 0, 0);
        ast_node(ast, id)->a = seq; // ast_add may have moved the nodes
    }
}

static void mark_list(const Ast *ast, ListRef list, uint8_t *listed) {
    uint32_t len = ast_list_len(ast, list);
    const NodeId *items = ast_list_items(ast, list);
    for (uint32_t i = 0; i < len; i++)
        listed[items[i]] = 1;
}

// listed[id]: statement id stands in a statement list (a block, a body, a case, the top level).
static uint8_t *listed_statements(const Ast *ast, uint32_t count, Arena *scratch) {
    uint8_t *listed = arena_alloc_zero(scratch, MAX(count, 1));
    mark_list(ast, ast->body, listed);
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        if (n->kind == STMT_BLOCK || n->kind == STATIC_BLOCK)
            mark_list(ast, n->a, listed);
        else if (n->kind == SWITCH_CASE)
            mark_list(ast, n->b, listed);
    }
    return listed;
}

void generate_drop_pure_calls(Ast *ast, const ScopeTable *st, Arena *scratch) {
    uint32_t count = ast->nodes.len; // nodes added here are never statements
    uint8_t *listed = NULL;
    for (NodeId id = 0; id < count; id++) {
        const Node *s = ast_node(ast, id);
        if (s->kind != STMT_EXPR)
            continue;
        const Node *e = ast_node(ast, s->a);
        if ((e->kind == CALL || e->kind == NEW) && (e->flags & NF_PURE)) {
            Node call = *e;
            if (!listed)
                listed = listed_statements(ast, count, scratch);
            keep_arguments(ast, st, id, &call, listed[id], scratch);
        }
    }
}
