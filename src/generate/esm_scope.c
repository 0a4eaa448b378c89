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

static bool is_hidden_name(Str name) {
    return str_eq_cstr(name, "module") || str_eq_cstr(name, "exports") ||
           str_eq_cstr(name, "__filename") || str_eq_cstr(name, "__dirname");
}

static bool is_unbound(const ScopeTable *st, SymbolId id) {
    return id < st->symbols.len && st->symbols.items[id].kind == SYM_UNBOUND;
}

// Whether the module reads any of the names at all (most do not: nothing to walk).
static bool reads_any(const ScopeTable *st) {
    for (SymbolId id = st->first_unbound; id < st->symbols.len; id++) {
        Str name = scope_symbol_name(st, id);
        if (is_hidden_name(name) || str_eq_cstr(name, "require"))
            return true;
    }
    return false;
}

void generate_hide_cjs_globals(Ast *ast, const ScopeTable *st, Arena *scratch) {
    if (!reads_any(st))
        return;
    uint32_t count = ast->nodes.len;
    uint8_t *writes = arena_alloc_zero(scratch, MAX(count, 1));
    summary_mark_writes(ast, 0, count ? count - 1 : 0, writes);
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        if (n->kind == IDENT && !writes[id] && is_unbound(st, n->a) &&
            is_hidden_name(scope_symbol_name(st, n->a))) {
            generate_void_zero(ast, id);
        } else if (n->kind == UNARY && n->op == TOK_TYPEOF) {
            NodeId operand = n->a;
            const Node *o = ast_node(ast, operand);
            if (o->kind == IDENT && is_unbound(st, o->a) &&
                str_eq_cstr(scope_symbol_name(st, o->a), "require"))
                generate_void_zero(ast, operand);
        }
    }
}
