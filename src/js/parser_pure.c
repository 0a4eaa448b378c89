// parser_pure: calls of the functions named by ParseOptions.pure_names (--pure:NAME) get
// NF_PURE, as if written with a `/* @__PURE__ */` annotation.
//
// A name is a global or a dotted path from one (`console.log`, `Object.freeze`): the callee
// must spell it with plain dots, and its first part must be a global of the module (a
// SYM_UNBOUND symbol), so a local `console` or a `console?.log()` chain never matches. Both
// `f(…)` and `new f(…)` match. What NF_PURE means is decided elsewhere: tree shaking keeps a
// statement whose pure call has arguments with side effects (scan/side_effects.c), and the
// minifier keeps those arguments when it drops the call (generate/pure.c).
#include "js/parser_int.h"

// Whether the callee `id` spells `name` (dotted) from a global.
static bool callee_is(const ParseResult *r, Str src, NodeId id, Str name) {
    for (;;) {
        const Node *n = ast_node(&r->ast, id);
        if (n->kind == IDENT) {
            const ScopeTable *st = &r->scopes;
            return n->a < st->symbols.len && st->symbols.items[n->a].kind == SYM_UNBOUND &&
                   str_eq(scope_symbol_name(st, n->a), name);
        }
        if (n->kind != MEMBER || (n->flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN)))
            return false;
        const Node *prop = ast_node(&r->ast, n->b);
        if (prop->kind != NAME)
            return false;
        Str last = ast_text(&r->ast, src.ptr, prop->start, prop->a);
        if (name.len < last.len + 2 || name.ptr[name.len - last.len - 1] != '.' ||
            !str_eq(str_slice(name, name.len - last.len, name.len), last))
            return false;
        name.len -= last.len + 1;
        id = n->a;
    }
}

void parse_mark_pure(ParseResult *r, Str src, const Str *names, uint32_t count) {
    for (NodeId id = 0; id < r->ast.nodes.len; id++) {
        Node *n = ast_node(&r->ast, id);
        bool call = n->kind == CALL && !(n->flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN));
        if ((!call && n->kind != NEW) || (n->flags & NF_PURE))
            continue;
        for (uint32_t i = 0; i < count; i++) {
            if (callee_is(r, src, n->a, names[i])) {
                n->flags |= NF_PURE;
                break;
            }
        }
    }
}
