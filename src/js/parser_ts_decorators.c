// parser_ts_decorators: legacy decorators (`experimentalDecorators`), lowered while parsing the
// way the compiler emits them, from ordinary nodes plus two runtime helpers (STMT_HELPER):
//
//     @sealed class A { @log m(@inject x) {} @observable f = 1; constructor(@arg y) {} }
//
//     let A = __decorate([sealed, __param(0, arg)], (() => {
//       class A { m(x) {} f = 1; constructor(y) {} }
//       __decorate([log, __param(0, inject)], A.prototype, "m", null);
//       __decorate([observable], A.prototype, "f", void 0);
//       return A;
//     })());
//
// Member decorators run before class decorators, each list last to first, as the compiler
// orders them; a static member's target is the class, an instance member's its prototype; a
// field passes `void 0` as descriptor, a method or accessor `null` (the helper then reads the
// descriptor). Inside the body of a class with class decorators, its own name reads the
// alias `A_1` (`let A_1;` in the function, `return A_1 = __decorate([…], A)`), so it sees the
// decorated class, as the compiler's `var A_1` makes it. Decorators on class expressions (and
// their members) are dropped, as the compiler's emit drops them.
// With emitDecoratorMetadata, `__metadata("design:…", T)` calls follow each member's decorators
// (types serialized by parser_ts_metadata.c). Without experimentalDecorators, decorators are
// TC39 ones: they stay in the tree (STMT_CLASS.b, CLASS_DECORATED, PROPERTY.c) and are printed
// as written, for targets that run them; parameter decorators, which TC39 has not, are then an
// error. JavaScript files always have TC39 decorators (statements, expressions, members).
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

// A reference to a helper, which is prepended to the module when the parse ends.
static NodeId helper_ref(Parser *p, RuntimeHelper h, uint32_t start) {
    static const char *const names[HELPER_COUNT] = { "__decorate", "__param", "__metadata" };
    p->helpers |= 1u << h;
    Str name = str_from_cstr(names[h]);
    NodeId n = node(p, IDENT, ast_synth(p->ast, name), ID_NONE, (uint32_t)name.len, 0);
    (void)start;
    scope_reference(p->st, n, name);
    return n;
}

static NodeId call(Parser *p, uint32_t start, NodeId callee, const NodeId *args, uint32_t n) {
    return node(p, CALL, start, callee, ast_list(p->ast, args, n), 0);
}

// Decorator: `(` Expression `)` or a name with `.name` and call suffixes (`@a.b(c).d()`); a `[`
// after it starts the member's computed key, not an index.
static NodeId parse_decorator(Parser *p) {
    uint32_t start = p->lx.token.start;
    NodeId e;
    if (parse_tok(p) == TOK_OPEN_PAREN) {
        parse_next(p);
        e = parse_expr(p);
        parse_expect(p, TOK_CLOSE_PAREN);
    } else if (parse_tok(p) == TOK_IDENT) {
        const Token *t = &p->lx.token;
        e = node(p, IDENT, t->start, ID_NONE, t->end - t->start, 0);
        scope_reference(p->st, e, parse_token_name(p));
        parse_next(p);
    } else {
        parse_unexpected(p);
        return NODE_NONE;
    }
    for (;;) {
        if (parse_tok(p) == TOK_DOT) {
            parse_next(p);
            const Token *t = &p->lx.token;
            if (t->kind != TOK_IDENT && !token_is_reserved((TokenKind)t->kind)) {
                parse_unexpected(p);
                return e;
            }
            NodeId name = node(p, NAME, t->start, t->end - t->start, 0, 0);
            parse_next(p);
            e = node(p, MEMBER, start, e, name, 0);
        } else if (parse_tok(p) == TOK_OPEN_PAREN) {
            e = node(p, CALL, start, e, parse_call_arguments(p), 0);
        } else {
            return e;
        }
    }
}

ListRef parse_ts_decorators(Parser *p) {
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) == TOK_AT && !p->stopped) {
        parse_next(p);
        parse_push(p, parse_decorator(p));
    }
    return parse_list_from(p, mark);
}

void parse_ts_param_decorators(Parser *p, ListRef decs, uint32_t index) {
    uint32_t count = ast_list_len(p->ast, decs);
    if (count && !p->legacy_decorators) {
        const Node *d = ast_node(p->ast, ast_list_items(p->ast, decs)[0]);
        parse_error(p, d->start, 0,
                    "Parameter decorators are only supported with experimentalDecorators");
        return;
    }
    for (uint32_t i = 0; i < count; i++) {
        TsParamDecorator d = { index, ast_list_items(p->ast, decs)[i] };
        vec_push(p->arena, &p->param_decorators, d);
    }
}

// The decorators of a member, with `__param(i, d)` for its parameters' decorators recorded
// since pmark (dropped from the record).
static ListRef with_params(Parser *p, ListRef decs, uint32_t pmark) {
    uint32_t mark = p->tmp.len;
    uint32_t count = ast_list_len(p->ast, decs);
    for (uint32_t i = 0; i < count; i++)
        parse_push(p, ast_list_items(p->ast, decs)[i]);
    for (uint32_t i = pmark; i < p->param_decorators.len; i++) {
        TsParamDecorator d = p->param_decorators.items[i];
        uint32_t start = ast_node(p->ast, d.decorator)->start;
        Str digits;
        char buf[12];
        int len = snprintf(buf, sizeof buf, "%u", d.index);
        digits = (Str){ buf, (size_t)len };
        NodeId index = node(p, NUMBER_LIT, ast_synth(p->ast, digits), 0, 0, (uint32_t)len);
        ast_set_number(ast_node(p->ast, index), d.index);
        NodeId args[2] = { index, d.decorator };
        parse_push(p, call(p, start, helper_ref(p, HELPER_PARAM, start), args, 2));
    }
    p->param_decorators.len = pmark;
    return parse_list_from(p, mark);
}

// `__metadata("design:…", value)`
static NodeId metadata(Parser *p, uint32_t start, const char *key, NodeId value) {
    NodeId args[2] = { parse_ts_string(p, str_from_cstr(key)), value };
    return call(p, start, helper_ref(p, HELPER_METADATA, start), args, 2);
}

// Appends the emitDecoratorMetadata calls of member m to tmp (the compiler's design:type,
// design:paramtypes and design:returntype, by kind of member).
static void push_metadata(Parser *p, const Node *m) {
    uint32_t start = m->start;
    TsSignatureTypes sig = p->ts_signature;
    switch ((PropertyKind)m->op) {
    case PROP_INIT: {
        NodeId t = p->ts_field_type;
        parse_push(p, metadata(p, start, "design:type",
                               t != NODE_NONE ? t : parse_ts_serialize_object(p)));
        return;
    }
    case PROP_GET:
        parse_push(p,
                   metadata(p, start, "design:type",
                            sig.result != NODE_NONE ? sig.result : parse_ts_serialize_object(p)));
        parse_push(p, metadata(p, start, "design:paramtypes",
                               ast_add(p->ast, ARRAY, start, LIST_EMPTY, 0, 0)));
        return;
    case PROP_SET: {
        NodeId t = ast_list_len(p->ast, sig.params) ? ast_list_items(p->ast, sig.params)[0]
                                                    : parse_ts_serialize_object(p);
        parse_push(p, metadata(p, start, "design:type", t));
        parse_push(p, metadata(p, start, "design:paramtypes",
                               ast_add(p->ast, ARRAY, start, sig.params, 0, 0)));
        return;
    }
    case PROP_CONSTRUCTOR:
        parse_push(p, metadata(p, start, "design:paramtypes",
                               ast_add(p->ast, ARRAY, start, sig.params, 0, 0)));
        return;
    default: {
        parse_push(p, metadata(p, start, "design:type", parse_ts_serialize_function(p)));
        parse_push(p, metadata(p, start, "design:paramtypes",
                               ast_add(p->ast, ARRAY, start, sig.params, 0, 0)));
        NodeId r = sig.result;
        if (r == NODE_NONE) {
            NodeId zero = ast_add(p->ast, NUMBER_LIT, ast_synth(p->ast, STR("0")), 0, 0, 1);
            r = ast_add(p->ast, UNARY, start, zero, 0, 0);
            ast_node(p->ast, r)->op = TOK_VOID;
        }
        parse_push(p, metadata(p, start, "design:returntype", r));
        return;
    }
    }
}

void parse_ts_member_decorated(Parser *p, NodeId member, ListRef decs, uint32_t pmark) {
    if (member == NODE_NONE) {
        p->param_decorators.len = pmark; // an erased signature: nothing to decorate
        return;
    }
    ListRef all = with_params(p, decs, pmark);
    Node m = *ast_node(p->ast, member);
    bool ctor = m.kind == PROPERTY && m.op == PROP_CONSTRUCTOR;
    bool decorated = ast_list_len(p->ast, all) > 0;
    if (!decorated && !(ctor && p->ts_metadata))
        return;
    if (!p->legacy_decorators) {
        // TC39 decorators stay on the member, printed as written.
        if (decorated && m.kind == PROPERTY)
            ast_node(p->ast, member)->c = all;
        return;
    }
    if (p->ts_metadata && m.kind == PROPERTY) {
        uint32_t mark = p->tmp.len;
        for (uint32_t i = 0; i < ast_list_len(p->ast, all); i++)
            parse_push(p, ast_list_items(p->ast, all)[i]);
        push_metadata(p, &m);
        all = parse_list_from(p, mark);
    }
    TsDecorated d = { member, all, !decorated };
    vec_push(p->arena, &p->decorated, d);
}

// `__decorate([decorators], A.prototype, "key", null);` for one member of class `name`.
static NodeId member_stmt(Parser *p, NodeId name_binding, const TsDecorated *d) {
    Node m = *ast_node(p->ast, d->member);
    const Node *nb = ast_node(p->ast, name_binding);
    uint32_t start = m.start;
    NodeId cls = node(p, IDENT, nb->start, ID_NONE, nb->b, 0);
    scope_reference(p->st, cls, ast_text(p->ast, p->lx.src, nb->start, nb->b));
    NodeId target = cls;
    if (!(m.flags & NF_STATIC)) {
        Str proto = STR("prototype");
        NodeId pn = node(p, NAME, ast_synth(p->ast, proto), (uint32_t)proto.len, 0, 0);
        target = node(p, MEMBER, start, cls, pn, 0);
    }
    const Node *k = ast_node(p->ast, m.a);
    NodeId key = m.a;
    if (k->kind == NAME && !(m.flags & NF_COMPUTED))
        key = parse_ts_string(p, ast_text(p->ast, p->lx.src, k->start, k->a));
    NodeId desc;
    if (m.op == PROP_INIT) {
        NodeId zero = node(p, NUMBER_LIT, ast_synth(p->ast, STR("0")), 0, 0, 1);
        desc = node(p, UNARY, start, zero, 0, 0);
        ast_node(p->ast, desc)->op = TOK_VOID;
    } else {
        desc = node(p, NULL_LIT, start, 0, 0, 0);
    }
    NodeId args[4] = { node(p, ARRAY, start, d->decorators, 0, 0), target, key, desc };
    NodeId c = call(p, start, helper_ref(p, HELPER_DECORATE, start), args, 4);
    return node(p, STMT_EXPR, start, c, 0, 0);
}

void parse_ts_class_decorated(Parser *p, uint32_t dmark) {
    // Entries from dmark are this class's: moved aside for the statement that owns the class.
    p->class_decorated.len = 0;
    for (uint32_t i = dmark; i < p->decorated.len; i++)
        vec_push(p->arena, &p->class_decorated, p->decorated.items[i]);
    p->decorated.len = dmark;
}

static bool is_constructor(const Parser *p, const TsDecorated *d) {
    return ast_node(p->ast, d->member)->op == PROP_CONSTRUCTOR;
}

// The class decorators followed by the constructor's `__param`/`__metadata` entries. A
// constructor with metadata only does not make an undecorated class decorated.
static ListRef class_decorators(Parser *p, ListRef class_decs) {
    const TsDecorated *ctor = NULL;
    for (uint32_t i = 0; i < p->class_decorated.len; i++) {
        if (is_constructor(p, &p->class_decorated.items[i]))
            ctor = &p->class_decorated.items[i];
    }
    if (!ctor || (ctor->metadata_only && ast_list_len(p->ast, class_decs) == 0))
        return class_decs;
    uint32_t mark = p->tmp.len;
    for (uint32_t i = 0; i < ast_list_len(p->ast, class_decs); i++)
        parse_push(p, ast_list_items(p->ast, class_decs)[i]);
    for (uint32_t i = 0; i < ast_list_len(p->ast, ctor->decorators); i++)
        parse_push(p, ast_list_items(p->ast, ctor->decorators)[i]);
    return parse_list_from(p, mark);
}

// `__decorate([decs], value)`, or value when there is no decorator.
static NodeId decorate(Parser *p, uint32_t start, ListRef decs, NodeId value) {
    if (ast_list_len(p->ast, decs) == 0)
        return value;
    NodeId args[2] = { node(p, ARRAY, start, decs, 0, 0), value };
    return call(p, start, helper_ref(p, HELPER_DECORATE, start), args, 2);
}

// The text `A_1` for class name A.
static Str alias_name(Parser *p, Str name) {
    char *buf = arena_new_array(p->arena, char, name.len + 2);
    memcpy(buf, name.ptr, name.len);
    memcpy(buf + name.len, "_1", 2);
    return (Str){ buf, name.len + 2 };
}

// Class decorators replace the class, and the compiler makes the class's own name inside its
// body see the replacement through an alias `A_1`. When the body of class c (parsed last) names
// the class, its references move to a new symbol `A_1` of the class scope, whose BINDING_IDENT
// is returned; else NODE_NONE. The references were bound when the class scope closed: they are
// the IDENT nodes made since the body began that hold the inner name's symbol.
static NodeId class_alias(Parser *p, const ParsedClass *c) {
    if (c->inner == ID_NONE || p->st->symbols.items[c->inner].uses == 0)
        return NODE_NONE;
    Str text = alias_name(p, scope_symbol_name(p->st, c->inner));
    uint32_t synth = ast_synth(p->ast, text);
    SymbolId alias = ID_NONE;
    uint32_t moved = 0;
    for (NodeId id = c->first_node; id < p->ast->nodes.len; id++) {
        Node *n = ast_node(p->ast, id);
        if (n->kind != IDENT || n->a != c->inner)
            continue;
        if (alias == ID_NONE)
            alias = scope_add_symbol(p->st, c->scope, text, SYM_LET);
        n = ast_node(p->ast, id);
        n->a = alias;
        n->start = synth;
        n->b = (uint32_t)text.len;
        moved++;
    }
    if (moved == 0)
        return NODE_NONE;
    p->st->symbols.items[alias].uses += moved;
    p->st->symbols.items[c->inner].uses -= moved;
    return node(p, BINDING_IDENT, synth, alias, (uint32_t)text.len, 0);
}

// A reference to the alias `A_1` whose BINDING_IDENT is b.
static NodeId alias_ref(Parser *p, NodeId b) {
    Node nb = *ast_node(p->ast, b);
    p->st->symbols.items[nb.a].uses++;
    return node(p, IDENT, nb.start, nb.a, nb.b, 0);
}

// `static { A_1 = this; }` first in the class when it has static members: their initializers
// run before the class is decorated and may already name it (the compiler does the same).
static void alias_static_block(Parser *p, NodeId cls, NodeId alias) {
    Node c = *ast_node(p->ast, cls);
    uint32_t count = ast_list_len(p->ast, c.c);
    bool statics = false;
    for (uint32_t i = 0; i < count; i++) {
        const Node *m = ast_node(p->ast, ast_list_items(p->ast, c.c)[i]);
        statics |= m->kind == STATIC_BLOCK || (m->flags & NF_STATIC);
    }
    if (!statics)
        return;
    NodeId assign =
            node(p, ASSIGN, c.start, alias_ref(p, alias), node(p, THIS, c.start, 0, 0, 0), 0);
    ast_node(p->ast, assign)->op = TOK_EQ;
    NodeId stmt = node(p, STMT_EXPR, c.start, assign, 0, 0);
    uint32_t mark = p->tmp.len;
    parse_push(p, node(p, STATIC_BLOCK, c.start, ast_list(p->ast, &stmt, 1), 0, 0));
    for (uint32_t i = 0; i < count; i++)
        parse_push(p, ast_list_items(p->ast, c.c)[i]);
    ast_node(p->ast, cls)->c = parse_list_from(p, mark);
}

// `(() => { class A {…} __decorate(…, A.prototype, "m", null); …; return __decorate([…], A);
// })()`: member decorators first (instance members, then static ones, each in source order),
// the class decorators last, as the compiler orders them. With an alias (the body names the
// class): `let A_1;` first and `return A_1 = __decorate([…], A);`.
static NodeId decorate_members(Parser *p, uint32_t start, NodeId cls, NodeId name, ListRef decs,
                               NodeId alias) {
    uint32_t mark = p->tmp.len;
    if (alias != NODE_NONE) {
        alias_static_block(p, cls, alias);
        NodeId decl = node(p, DECLARATOR, start, alias, NODE_NONE, 0);
        NodeId var = node(p, STMT_VAR, start, ast_list(p->ast, &decl, 1), 0, 0);
        ast_node(p->ast, var)->op = VAR_LET;
        parse_push(p, var);
    }
    parse_push(p, node(p, STMT_CLASS, start, cls, 0, 0));
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < p->class_decorated.len; i++) {
            TsDecorated d = p->class_decorated.items[i];
            bool is_static = (ast_node(p->ast, d.member)->flags & NF_STATIC) != 0;
            if (!is_constructor(p, &d) && is_static == (pass == 1))
                parse_push(p, member_stmt(p, name, &d));
        }
    }
    Node nb = *ast_node(p->ast, name);
    NodeId ret = node(p, IDENT, nb.start, ID_NONE, nb.b, 0);
    scope_reference(p->st, ret, ast_text(p->ast, p->lx.src, nb.start, nb.b));
    NodeId value = decorate(p, start, decs, ret);
    if (alias != NODE_NONE) {
        value = node(p, ASSIGN, start, alias_ref(p, alias), value, 0);
        ast_node(p->ast, value)->op = TOK_EQ;
    }
    parse_push(p, node(p, STMT_RETURN, start, value, 0, 0));
    NodeId body = node(p, STMT_BLOCK, start, parse_list_from(p, mark), 0, 0);
    NodeId arrow = node(p, FUNC, start, NODE_NONE, LIST_EMPTY, body);
    ast_node(p->ast, arrow)->flags = NF_ARROW;
    return call(p, start, arrow, NULL, 0);
}

NodeId parse_ts_decorate_class(Parser *p, uint32_t start, NodeId cls, ListRef class_decs) {
    NodeId name = ast_node(p->ast, cls)->a;
    ListRef decs = class_decorators(p, class_decs);
    bool members = false;
    for (uint32_t i = 0; i < p->class_decorated.len; i++)
        members |= !is_constructor(p, &p->class_decorated.items[i]);
    if (ast_list_len(p->ast, decs) == 0 && !members)
        return NODE_NONE;
    if (name == NODE_NONE) {
        // Only `export default class {}` has no name: the compiler calls it `default_1` (its
        // `.name` too), and so does bale.
        Str text = STR("default_1");
        name = node(p, BINDING_IDENT, ast_synth(p->ast, text), ID_NONE, (uint32_t)text.len, 0);
        parse_declare(p, name, text, SYM_CLASS);
        ast_node(p->ast, cls)->a = name;
    }
    // Only member decorators leave the class as it is: no alias then.
    NodeId alias = ast_list_len(p->ast, decs) ? class_alias(p, &p->last_class) : NODE_NONE;
    NodeId value = members || alias != NODE_NONE
                           ? decorate_members(p, start, cls, name, decs, alias)
                           : decorate(p, start, decs, cls);
    p->class_decorated.len = 0;
    // `let A = …`: the binding is the class's own symbol.
    Node nb = *ast_node(p->ast, name);
    NodeId binding = node(p, BINDING_IDENT, nb.start, nb.a, nb.b, 0);
    NodeId decl = node(p, DECLARATOR, start, binding, value, 0);
    NodeId var = node(p, STMT_VAR, start, ast_list(p->ast, &decl, 1), 0, 0);
    ast_node(p->ast, var)->op = VAR_LET;
    return var;
}

// `export { A as default };` for a decorated `export default class A`.
static void append_default_export(Parser *p) {
    Node b = *ast_node(p->ast, p->ts_default_binding);
    if (b.a == ID_NONE)
        return;
    NodeId local = node(p, IDENT, b.start, b.a, b.b, 0);
    Symbol *sym = &p->st->symbols.items[b.a];
    sym->uses++;
    sym->flags |= SYMF_EXPORTED;
    NodeId name = node(p, NAME, ast_synth(p->ast, STR("default")), 7, 0, 0);
    NodeId spec = node(p, EXPORT_SPECIFIER, b.start, local, name, 0);
    NodeId decl = node(p, EXPORT_NAMED, b.start, ast_list(p->ast, &spec, 1), NODE_NONE, 0);
    uint32_t mark = p->tmp.len;
    uint32_t count = ast_list_len(p->ast, p->ast->body);
    for (uint32_t i = 0; i < count; i++)
        parse_push(p, ast_list_items(p->ast, p->ast->body)[i]);
    parse_push(p, decl);
    p->ast->body = parse_list_from(p, mark);
}

void parse_ts_emit_helpers(Parser *p) {
    if (p->ts_default_binding != NODE_NONE)
        append_default_export(p);
    if (!p->helpers)
        return;
    uint32_t mark = p->tmp.len;
    for (int h = 0; h < HELPER_COUNT; h++) {
        if (p->helpers & (1u << h)) {
            NodeId n = node(p, STMT_HELPER, 0, 0, 0, 0);
            ast_node(p->ast, n)->op = (uint16_t)h;
            parse_push(p, n);
        }
    }
    uint32_t count = ast_list_len(p->ast, p->ast->body);
    for (uint32_t i = 0; i < count; i++)
        parse_push(p, ast_list_items(p->ast, p->ast->body)[i]);
    p->ast->body = parse_list_from(p, mark);
}

// Does `@` follow `export default`? (Two tokens of lookahead.)
static bool default_then_decorator(Parser *p) {
    return parse_ts_peek_second(p).kind == TOK_AT;
}

NodeId parse_decorated_export(Parser *p, uint32_t start) {
    Token next = parse_ts_peek(p);
    if (next.kind == TOK_AT) { // `export @dec class C {}`
        parse_next(p);
        return parse_ts_decorated_statement(p, start, true, false);
    }
    if (next.kind == TOK_DEFAULT && default_then_decorator(p)) { // `export default @dec class`
        parse_next(p);
        parse_next(p);
        return parse_ts_decorated_statement(p, start, true, true);
    }
    return NODE_NONE;
}

NodeId parse_decorated_class_expression(Parser *p) {
    uint32_t start = p->lx.token.start;
    ListRef decs = parse_ts_decorators(p);
    if (parse_tok(p) != TOK_CLASS) {
        parse_expect(p, TOK_CLASS);
        return NODE_NONE;
    }
    NodeId cls = parse_class(p, false, false);
    if (p->legacy_decorators) {
        // The compiler's emit drops legacy decorators on class expressions (its checker
        // rejects them), members' included: so does bale.
        p->class_decorated.len = 0;
        return cls;
    }
    return node(p, CLASS_DECORATED, start, cls, decs, 0);
}

NodeId parse_ts_decorated_statement(Parser *p, uint32_t start, bool exported, bool is_default) {
    ListRef decs = parse_ts_decorators(p);
    if (!exported && parse_tok(p) == TOK_EXPORT) {
        parse_next(p);
        exported = true;
    }
    if (exported && !is_default && parse_tok(p) == TOK_DEFAULT) {
        parse_next(p);
        is_default = true;
    }
    if (p->ts && lex_is_contextual(&p->lx.token, KW_ABSTRACT))
        parse_next(p);
    if (parse_tok(p) != TOK_CLASS) {
        parse_expect(p, TOK_CLASS);
        return NODE_NONE;
    }
    if (exported)
        p->flags |= PARSEF_ESM_SYNTAX;
    NodeId cls = parse_class(p, true, is_default);
    NodeId stmt = NODE_NONE;
    if (p->legacy_decorators)
        stmt = parse_ts_decorate_class(p, start, cls, decs);
    if (stmt == NODE_NONE)
        stmt = node(p, STMT_CLASS, start, cls, p->legacy_decorators ? LIST_EMPTY : decs, 0);
    if (is_default) {
        const Node *s = ast_node(p->ast, stmt);
        if (s->kind == STMT_VAR) {
            // `let A = …;` here and `export { A as default };` at the end of the module, so
            // the module's own references to A see the decorated class.
            p->ts_default_binding = ast_node(p->ast, ast_list_items(p->ast, s->a)[0])->a;
            return stmt;
        }
        NodeId n = node(p, EXPORT_DEFAULT, start, stmt, 0, 0);
        ast_node(p->ast, n)->flags = NF_DECLARATION;
        return n;
    }
    if (!exported)
        return stmt;
    parse_export_names(p, stmt);
    return node(p, EXPORT_DECL, start, stmt, 0, 0);
}
