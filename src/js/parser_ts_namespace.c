// parser_ts_namespace: `namespace N { … }` and `module N { … }` (also dotted, `namespace A.B`),
// built as a function wrapper (parser_ts_iife.c) whose body is the namespace's statements with
// its exports made properties of N, as the compiler emits them:
//
//     export const x = 1;       ->  N.x = 1;            (and every use of x becomes N.x)
//     export function f() {}    ->  function f() {}  N.f = f;
//     export class C {}         ->  class C {}  N.C = C;
//     export namespace M {}     ->  var M = function (M) { … }(N.M || {});  N.M = M;
//     export import y = A.B;    ->  var y = A.B;  N.y = y;
//
// A namespace holding only types (interfaces, type aliases, declarations) has no runtime
// existence and is erased, as the compiler does ("non-instantiated" namespaces).
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

// `N.name = name;` for a binding b declared in the namespace body.
static NodeId export_assign(Parser *p, const TsIife *f, NodeId b) {
    const Node *x = ast_node(p->ast, b);
    uint32_t start = x->start;
    uint32_t len = x->b;
    NodeId value = node(p, IDENT, start, ID_NONE, len, 0);
    scope_reference(p->st, value, ast_text(p->ast, p->lx.src, start, len));
    return parse_ts_assign_stmt(p, start, parse_ts_iife_member(p, f, start, len), value);
}

// Pushes `N.name = name;` for every binding of a destructuring pattern.
static void export_pattern(Parser *p, const TsIife *f, NodeId n) {
    if (n == NODE_NONE)
        return;
    const Node *x = ast_node(p->ast, n);
    switch (x->kind) {
    case BINDING_IDENT:
        parse_push(p, export_assign(p, f, n));
        break;
    case ARRAY_PATTERN:
    case OBJECT_PATTERN: {
        uint32_t count = ast_list_len(p->ast, x->a);
        for (uint32_t i = 0; i < count; i++)
            export_pattern(p, f, ast_list_items(p->ast, x->a)[i]);
        break;
    }
    case PROPERTY:
        export_pattern(p, f, x->b);
        break;
    case ASSIGN_PATTERN:
    case REST:
        export_pattern(p, f, x->a);
        break;
    default:
        break;
    }
}

// `export var/let/const …` in a namespace: `N.x = init;` per simple declarator (x itself is
// rewritten to N.x where used); a destructuring declarator stays, followed by assignments.
static void export_var(Parser *p, const TsIife *f, NodeId var, StrVec *names) {
    const Node *v = ast_node(p->ast, var);
    uint32_t count = ast_list_len(p->ast, v->a);
    for (uint32_t i = 0; i < count; i++) {
        NodeId d = ast_list_items(p->ast, v->a)[i];
        const Node *decl = ast_node(p->ast, d);
        const Node *target = ast_node(p->ast, decl->a);
        if (target->kind == BINDING_IDENT) {
            Str name = ast_text(p->ast, p->lx.src, target->start, target->b);
            vec_push(p->arena, names, name);
            if (decl->b != NODE_NONE) {
                NodeId member = parse_ts_iife_member(p, f, target->start, target->b);
                parse_push(p, parse_ts_assign_stmt(p, decl->start, member, decl->b));
            }
            continue;
        }
        NodeId one = node(p, STMT_VAR, decl->start, ast_list(p->ast, &d, 1), 0, 0);
        ast_node(p->ast, one)->op = v->op;
        parse_push(p, one);
        export_pattern(p, f, decl->a);
    }
}

// The binding a function, class or wrapper statement declares, or NODE_NONE.
static NodeId declared_name(Parser *p, NodeId stmt) {
    const Node *s = ast_node(p->ast, stmt);
    if (s->kind == STMT_FUNCTION || s->kind == STMT_CLASS)
        return ast_node(p->ast, s->a)->a;
    if (s->kind == STMT_VAR)
        return ast_node(p->ast, ast_list_items(p->ast, s->a)[0])->a;
    return NODE_NONE;
}

// `export …` inside a namespace body, after `export`: pushes its statements; returns whether
// any of them exists at run time.
static bool parse_export_item(Parser *p, TsIife *f, StrVec *names, uint32_t start) {
    NodeId decl;
    bool ts = false;
    if (parse_tok(p) == TOK_IMPORT) {
        decl = parse_ts_import(p, start, true);
        if (decl == NODE_NONE) {
            parse_unexpected(p);
            return false;
        }
        decl = ast_node(p->ast, decl)->a; // unwrap the EXPORT_DECL: N.y is the export
        ts = true;
    } else {
        p->ns_export = f;
        decl = parse_ts_statement(p);
        p->ns_export = NULL;
        ts = decl != NODE_NONE;
        if (!ts)
            decl = parse_declaration_statement(p);
    }
    if (decl == NODE_NONE) {
        parse_unexpected(p);
        return false;
    }
    if (parse_is_erased(p, decl)) {
        parse_push(p, decl);
        return false;
    }
    const Node *d = ast_node(p->ast, decl);
    if (d->kind == STMT_VAR && !ts) {
        export_var(p, f, decl, names);
        return true;
    }
    parse_push(p, decl);
    NodeId name = declared_name(p, decl);
    if (name != NODE_NONE)
        parse_push(p, export_assign(p, f, name));
    return true;
}

// NamespaceBody: `{` (Statement | `export` Declaration)* `}`. Returns whether anything in it
// exists at run time.
static bool parse_body(Parser *p, TsIife *f, StrVec *names) {
    bool runtime = false;
    parse_expect(p, TOK_OPEN_BRACE);
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF && !p->stopped) {
        uint32_t start = p->lx.token.start;
        if (parse_tok(p) == TOK_EXPORT) {
            parse_next(p);
            runtime |= parse_export_item(p, f, names, start);
            continue;
        }
        NodeId s = parse_statement_list_item(p);
        runtime |= !parse_is_erased(p, s);
        parse_push(p, s);
    }
    parse_expect(p, TOK_CLOSE_BRACE);
    return runtime;
}

// Variables exported by earlier blocks of the same namespace (`namespace N { export let a }
// namespace N { a }`) are `N.a` here too, unless this block declares its own.
static void rewrite_inherited(Parser *p, const TsIife *f, uint32_t refs_from) {
    if (f->outer == ID_NONE)
        return;
    StrVec inherited = { 0 };
    ScopeId here = scope_current(p->st);
    for (uint32_t i = 0; i < p->ns_exports.len; i++) {
        const TsNsExport *e = &p->ns_exports.items[i];
        if (e->ns != f->outer)
            continue;
        SymbolId local = scope_lookup(p->st, here, e->name);
        if (local == ID_NONE || p->st->symbols.items[local].scope != here)
            vec_push(p->arena, &inherited, e->name);
    }
    if (inherited.len)
        parse_ts_iife_rewrite_refs(p, f, &inherited, refs_from, false);
}

// After the keyword, at the name: `A` `{ … }` or `A.B.C { … }` (B nested and exported in A).
static NodeId parse_rest(Parser *p, uint32_t start) {
    const TsIife *container = p->ns_export;
    p->ns_export = NULL;
    TsIife f;
    parse_ts_iife_open(p, &f, container);
    f.start = start;
    ScopeTable *st = p->st;
    uint32_t refs_from = st->refs.len;
    uint32_t saved_ctx = p->ctx;
    p->ctx &= ~(uint32_t)CTX_TOP;
    StrVec names = { 0 };
    bool runtime;
    if (parse_tok(p) == TOK_DOT) {
        parse_next(p);
        p->ns_export = &f;
        NodeId inner = parse_rest(p, start);
        runtime = !parse_is_erased(p, inner);
        parse_push(p, inner);
        NodeId name = declared_name(p, inner);
        if (runtime && name != NODE_NONE)
            parse_push(p, export_assign(p, &f, name));
    } else {
        runtime = parse_body(p, &f, &names);
    }
    p->ctx = saved_ctx;
    parse_ts_iife_rewrite_refs(p, &f, &names, refs_from, false);
    rewrite_inherited(p, &f, refs_from);
    for (uint32_t i = 0; i < names.len && f.outer != ID_NONE; i++) {
        TsNsExport e = { f.outer, names.items[i] };
        vec_push(p->arena, &p->ns_exports, e);
    }
    NodeId stmt = parse_ts_iife_close(p, &f);
    return runtime ? stmt : parse_ts_erased(p, start);
}

NodeId parse_ts_namespace(Parser *p, uint32_t start) {
    parse_next(p); // `namespace` or `module`
    return parse_rest(p, start);
}
