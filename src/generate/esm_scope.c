// esm_scope: what an ES module sees of CommonJS's free variables (see generate_int.h).
//
// node runs an ES module without `module`, `exports`, `require`, `__filename` or `__dirname`:
// code that probes for them (`typeof module == "object" && module.exports`, UMD wrappers) finds
// them undefined. In cjs output the bundle's own would answer instead, and a UMD tail could even
// replace the bundle's exports. So reads of those globals become `void 0`; `require` only under
// `typeof`, since its calls are the bundler's to resolve. Writes stay as written (`void 0 = x`
// would not parse; node throws on them anyway).
#include "generate/generate_int.h"
#include "js/token.h"
#include "scan/summary.h"

void generate_hide_cjs_globals(Ast *ast, const ScopeTable *st, Arena *scratch) {
    SymbolId hidden[] = {
        generate_global_symbol(st, "module"),
        generate_global_symbol(st, "exports"),
        generate_global_symbol(st, "__filename"),
        generate_global_symbol(st, "__dirname"),
    };
    SymbolId require = generate_global_symbol(st, "require");
    bool any = require != ID_NONE;
    for (size_t i = 0; i < countof(hidden); i++)
        any = any || hidden[i] != ID_NONE;
    if (!any)
        return; // most modules read none of them: nothing to walk
    uint32_t count = ast->nodes.len;
    uint8_t *writes = arena_alloc_zero(scratch, MAX(count, 1));
    summary_mark_writes(ast, 0, count ? count - 1 : 0, writes);
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        if (n->kind == IDENT && !writes[id]) {
            for (size_t i = 0; i < countof(hidden); i++) {
                if (hidden[i] != ID_NONE && n->a == hidden[i]) {
                    generate_void_zero(ast, id); // may move the nodes: n is stale after it
                    break;
                }
            }
        } else if (n->kind == UNARY && n->op == TOK_TYPEOF && require != ID_NONE) {
            NodeId operand = n->a;
            const Node *o = ast_node(ast, operand);
            if (o->kind == IDENT && o->a == require)
                generate_void_zero(ast, operand);
        }
    }
}
