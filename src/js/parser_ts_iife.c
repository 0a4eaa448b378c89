// parser_ts_iife: the function wrapper TypeScript puts around an enum or namespace body, built
// from ordinary nodes so the printer needs nothing new:
//
//     var N = function (N) { …body…; return N; }(N || {});           a fresh name
//     var N = function (N) { …; return N; }(Outer.N || {}); Outer.N = N;   exported nested
//     (function (N) { … })(N);        merging into an earlier class or function of that name
//
// `var N` hoists and merges with an earlier enum or namespace of the same name, so a second
// declaration receives the object the first made (the compiler's `N || (N = {})` does the same).
// The parameter is a real binding in the wrapper's own function scope; the body's references
// to N bind to it, and synthesized references (`N.x`, `N["A"]`) are made while that scope is
// open so they bind there too.
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

// Kinds an enum or namespace may merge into without a `var` of its own.
static bool is_lexical(SymbolKind k) {
    return k == SYM_CLASS || k == SYM_FUNCTION || k == SYM_BLOCK_FUNCTION || k == SYM_LET ||
           k == SYM_CONST || k == SYM_IMPORT;
}

void parse_ts_iife_open(Parser *p, TsIife *f, const TsIife *container) {
    const Token *t = &p->lx.token;
    *f = (TsIife){ .start = t->start,
                   .name_start = t->start,
                   .name_len = t->end - t->start,
                   .binding = NODE_NONE,
                   .outer = ID_NONE,
                   .container = container,
                   .tmark = p->tmp.len };
    if (!parse_check_identifier(p, t, true))
        return;
    f->name = parse_token_name(p);
    SymbolId existing = scope_lookup(p->st, scope_current(p->st), f->name);
    bool merge = existing != ID_NONE &&
                 p->st->symbols.items[existing].scope == scope_current(p->st) &&
                 is_lexical((SymbolKind)p->st->symbols.items[existing].kind);
    if (!merge) {
        f->binding = node(p, BINDING_IDENT, f->name_start, ID_NONE, f->name_len, 0);
        parse_declare(p, f->binding, f->name, SYM_VAR);
        f->outer = ast_node(p->ast, f->binding)->a;
    } else {
        f->outer = existing;
    }
    scope_push(p->st, SCOPE_FUNCTION, 0);
    f->param = node(p, BINDING_IDENT, f->name_start, ID_NONE, f->name_len, 0);
    parse_declare(p, f->param, f->name, SYM_PARAM);
    parse_next(p);
}

NodeId parse_ts_iife_ref(Parser *p, const TsIife *f) {
    NodeId n = node(p, IDENT, f->name_start, ID_NONE, f->name_len, 0);
    scope_reference(p->st, n, f->name);
    return n;
}

NodeId parse_ts_iife_member(Parser *p, const TsIife *f, uint32_t name_start, uint32_t name_len) {
    NodeId name = node(p, NAME, name_start, name_len, 0, 0);
    return node(p, MEMBER, name_start, parse_ts_iife_ref(p, f), name, 0);
}

NodeId parse_ts_assign_stmt(Parser *p, uint32_t start, NodeId target, NodeId value) {
    NodeId a = node(p, ASSIGN, start, target, value, 0);
    ast_node(p->ast, a)->op = TOK_EQ;
    return node(p, STMT_EXPR, start, a, 0, 0);
}

NodeId parse_ts_iife_close(Parser *p, TsIife *f) {
    uint32_t start = f->start;
    if (f->binding != NODE_NONE) {
        NodeId ret = node(p, STMT_RETURN, start, parse_ts_iife_ref(p, f), 0, 0);
        parse_push(p, ret);
    }
    ListRef stmts = parse_list_from(p, f->tmark);
    scope_pop(p->st, p->ast);
    NodeId body = node(p, STMT_BLOCK, start, stmts, 0, 0);
    NodeId func = node(p, FUNC, start, NODE_NONE, ast_list(p->ast, &f->param, 1), body);
    NodeId arg;
    if (f->binding == NODE_NONE) {
        arg = parse_ts_iife_ref(p, f);
    } else {
        NodeId current = f->container
                                 ? parse_ts_iife_member(p, f->container, f->name_start, f->name_len)
                                 : parse_ts_iife_ref(p, f);
        arg = node(p, BINARY, start, current, node(p, OBJECT, start, LIST_EMPTY, 0, 0), 0);
        ast_node(p->ast, arg)->op = TOK_BAR_BAR;
    }
    NodeId call = node(p, CALL, start, func, ast_list(p->ast, &arg, 1), 0);
    if (f->binding == NODE_NONE)
        return node(p, STMT_EXPR, start, call, 0, 0);
    NodeId decl = node(p, DECLARATOR, start, f->binding, call, 0);
    NodeId var = node(p, STMT_VAR, start, ast_list(p->ast, &decl, 1), 0, 0);
    ast_node(p->ast, var)->op = VAR_VAR;
    return var;
}

void parse_ts_iife_rewrite_refs(Parser *p, const TsIife *f, const StrVec *names, uint32_t refs_from,
                                bool index) {
    ScopeTable *st = p->st;
    uint32_t mark = p->tmp.len;
    uint32_t w = refs_from;
    for (uint32_t i = refs_from; i < st->refs.len; i++) {
        ScopeRef r = st->refs.items[i];
        bool hit = false;
        for (uint32_t j = 0; j < names->len && !hit; j++)
            hit = names->items[j].len == r.len && memcmp(names->items[j].ptr, r.name, r.len) == 0;
        if (hit)
            parse_push(p, r.node);
        else
            st->refs.items[w++] = r;
    }
    st->refs.len = w;
    // Each hit becomes `N.x` (or `N["x"]`) in place; the new `N` references bind to the param.
    for (uint32_t i = mark; i < p->tmp.len; i++) {
        NodeId id = p->tmp.items[i];
        Node x = *ast_node(p->ast, id);
        NodeId obj = parse_ts_iife_ref(p, f);
        NodeId key;
        if (index) {
            Str q = ast_text(p->ast, p->lx.src, x.start, x.b);
            key = parse_ts_string(p, q);
        } else {
            key = node(p, NAME, x.start, x.b, 0, 0);
        }
        Node *n = ast_node(p->ast, id);
        n->kind = index ? INDEX : MEMBER;
        n->flags = 0;
        n->a = obj;
        n->b = key;
        n->c = 0;
    }
    p->tmp.len = mark;
}

NodeId parse_ts_string(Parser *p, Str s) {
    // `"s"`: names are identifiers or string bodies without line breaks, so only a backslash
    // or double quote needs escaping.
    char *buf = arena_new_array(p->arena, char, s.len * 2 + 2);
    size_t n = 0;
    buf[n++] = '"';
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] == '"' || s.ptr[i] == '\\')
            buf[n++] = '\\';
        buf[n++] = s.ptr[i];
    }
    buf[n++] = '"';
    uint32_t start = ast_synth(p->ast, (Str){ buf, n });
    return node(p, STRING_LIT, start, (uint32_t)n, 0, 0);
}
