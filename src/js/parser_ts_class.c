// parser_ts_class: what TypeScript changes in a class body once all its members are parsed.
//
// Parameter properties (`constructor(public x)`) assign `this.x = x` in the constructor
// (parser_ts_decl.c). With define semantics (useDefineForClassFields, the default for ES2022
// targets) the compiler also declares them as fields, first in the class, so they exist (as
// undefined) before any field initializer runs: `x;` is prepended here.
//
// With assign semantics (useDefineForClassFields: false, ParseOptions.assign_class_fields) a
// field is an assignment, not a definition, so it goes through setters of a base class:
// instance fields with an initializer move into the constructor as `this.x = v;` (after
// `super(…)` and the parameter properties), static ones become `static { this.x = v; }` in
// place, and fields without initializer vanish. A class without constructor gets one
// (`constructor() { super(...arguments); … }` when derived). Private fields keep their
// definition, which is the same under both semantics.
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

// `x;`: a field without initializer for the parameter property assigned by statement s.
static NodeId prop_field(Parser *p, NodeId s) {
    const Node *assign = ast_node(p->ast, ast_node(p->ast, s)->a);
    const Node *member = ast_node(p->ast, assign->a);
    Node name = *ast_node(p->ast, member->b); // a copy: adding nodes may move the array
    NodeId key = node(p, NAME, name.start, name.a, 0, 0);
    NodeId f = node(p, PROPERTY, name.start, key, NODE_NONE, 0);
    ast_node(p->ast, f)->op = PROP_INIT;
    return f;
}

// `this.key = value;` for a field moved into the constructor.
static NodeId field_assign(Parser *p, NodeId id) {
    Node field = *ast_node(p->ast, id); // a copy: adding nodes may move the array
    bool name = ast_node(p->ast, field.a)->kind == NAME && !(field.flags & NF_COMPUTED);
    NodeId self = node(p, THIS, field.start, 0, 0, 0);
    NodeId target = node(p, name ? MEMBER : INDEX, field.start, self, field.a, 0);
    return parse_ts_assign_stmt(p, field.start, target, field.b);
}

static bool is_moved_field(Parser *p, const Node *m) {
    return m->kind == PROPERTY && m->op == PROP_INIT &&
           ast_node(p->ast, m->a)->kind != PRIVATE_NAME;
}

// Where the field assignments go in a constructor body: after the parameter properties,
// which follow `super(…)` or the directives.
static uint32_t insert_point(Parser *p, ListRef body, uint32_t cmark) {
    uint32_t count = ast_list_len(p->ast, body);
    uint32_t at = 0;
    for (uint32_t i = 0; i < count; i++) {
        NodeId s = ast_list_items(p->ast, body)[i];
        const Node *x = ast_node(p->ast, s);
        bool prop = false;
        for (uint32_t k = cmark; k < p->ctor_props.len && !prop; k++)
            prop = p->ctor_props.items[k] == s;
        bool super_call = x->kind == STMT_EXPR && ast_node(p->ast, x->a)->kind == CALL &&
                          ast_node(p->ast, ast_node(p->ast, x->a)->a)->kind == SUPER;
        if (prop || super_call || x->kind == STMT_DIRECTIVE)
            at = i + 1;
        if (super_call)
            break;
    }
    return at;
}

// A new `constructor() {}` (`constructor() { super(...arguments); }` when derived).
static NodeId make_constructor(Parser *p, uint32_t start, bool derived) {
    uint32_t mark = p->tmp.len;
    if (derived) {
        Str args = STR("arguments");
        NodeId a = node(p, IDENT, ast_synth(p->ast, args), ID_NONE, (uint32_t)args.len, 0);
        scope_reference(p->st, a, args);
        NodeId spread = node(p, SPREAD, start, a, 0, 0);
        NodeId call = node(p, CALL, start, node(p, SUPER, start, 0, 0, 0),
                           ast_list(p->ast, &spread, 1), 0);
        parse_push(p, node(p, STMT_EXPR, start, call, 0, 0));
    }
    NodeId body = node(p, STMT_BLOCK, start, parse_list_from(p, mark), 0, 0);
    NodeId func = node(p, FUNC, start, NODE_NONE, LIST_EMPTY, body);
    Str ctor = STR("constructor");
    NodeId key = node(p, NAME, ast_synth(p->ast, ctor), (uint32_t)ctor.len, 0, 0);
    NodeId m = node(p, PROPERTY, start, key, func, 0);
    ast_node(p->ast, m)->op = PROP_CONSTRUCTOR;
    return m;
}

// Assign semantics: rewrites the members tmp[mark..] in place (see the file comment).
static void assign_fields(Parser *p, uint32_t mark, uint32_t cmark, bool derived) {
    uint32_t end = p->tmp.len;
    NodeId ctor = NODE_NONE;
    uint32_t moved = p->tmp.len; // instance assignments are collected above the members
    for (uint32_t i = mark; i < end; i++) {
        const Node *m = ast_node(p->ast, p->tmp.items[i]);
        if (m->kind == PROPERTY && m->op == PROP_CONSTRUCTOR)
            ctor = p->tmp.items[i];
        if (!is_moved_field(p, m) || (m->flags & NF_STATIC) || m->b == NODE_NONE)
            continue;
        parse_push(p, field_assign(p, p->tmp.items[i]));
    }
    ListRef assigns = parse_list_from(p, moved);
    // Keep the members that stay; static fields with a value become static blocks.
    uint32_t w = mark;
    for (uint32_t i = mark; i < end; i++) {
        NodeId id = p->tmp.items[i];
        Node m = *ast_node(p->ast, id);
        if (!is_moved_field(p, &m)) {
            p->tmp.items[w++] = id;
        } else if ((m.flags & NF_STATIC) && m.b != NODE_NONE) {
            NodeId s = field_assign(p, id);
            p->tmp.items[w++] = node(p, STATIC_BLOCK, m.start, ast_list(p->ast, &s, 1), 0, 0);
        }
    }
    p->tmp.len = w;
    if (ast_list_len(p->ast, assigns) == 0)
        return;
    if (ctor == NODE_NONE) {
        ctor = make_constructor(p, ast_node(p->ast, p->tmp.items[mark])->start, derived);
        parse_push(p, NODE_NONE);
        memmove(&p->tmp.items[mark + 1], &p->tmp.items[mark],
                sizeof(NodeId) * (p->tmp.len - mark - 1));
        p->tmp.items[mark] = ctor;
    }
    NodeId body = ast_node(p->ast, ast_node(p->ast, ctor)->b)->c;
    ListRef old = ast_node(p->ast, body)->a;
    uint32_t at = insert_point(p, old, cmark);
    uint32_t tmark = p->tmp.len;
    uint32_t count = ast_list_len(p->ast, old);
    for (uint32_t i = 0; i < count; i++) {
        if (i == at) {
            for (uint32_t k = 0; k < ast_list_len(p->ast, assigns); k++)
                parse_push(p, ast_list_items(p->ast, assigns)[k]);
        }
        parse_push(p, ast_list_items(p->ast, old)[i]);
    }
    if (at >= count) {
        for (uint32_t k = 0; k < ast_list_len(p->ast, assigns); k++)
            parse_push(p, ast_list_items(p->ast, assigns)[k]);
    }
    ListRef list = parse_list_from(p, tmark);
    ast_node(p->ast, body)->a = list;
}

void parse_ts_class_end(Parser *p, uint32_t mark, uint32_t cmark, bool derived) {
    if (p->tmp.len > mark || p->ctor_props.len > cmark) {
        if (p->opt->assign_class_fields) {
            if (p->tmp.len > mark)
                assign_fields(p, mark, cmark, derived);
        } else if (p->ctor_props.len > cmark) {
            // Define semantics: `x;` for each parameter property, before the other members.
            uint32_t n = p->ctor_props.len - cmark;
            uint32_t old_len = p->tmp.len;
            for (uint32_t i = 0; i < n; i++)
                parse_push(p, NODE_NONE);
            memmove(&p->tmp.items[mark + n], &p->tmp.items[mark],
                    sizeof(NodeId) * (old_len - mark));
            for (uint32_t i = 0; i < n; i++)
                p->tmp.items[mark + i] = prop_field(p, p->ctor_props.items[cmark + i]);
        }
    }
    p->ctor_props.len = cmark;
}

// ---------------------------------------------------------------------------------------------
// Auto-accessors

// The storage name of accessor `key`: `#x_accessor_storage` for `x` or `#x`, else numbered.
static NodeId storage_name(Parser *p, const Node *key, uint32_t n) {
    char buf[96];
    Str k = ast_text(p->ast, p->lx.src, key->start, key->a);
    if (key->kind == PRIVATE_NAME) {
        k.ptr++;
        k.len--;
    }
    int len;
    if ((key->kind == NAME || key->kind == PRIVATE_NAME) && k.len < 64)
        len = snprintf(buf, sizeof buf, "#%.*s_accessor_storage", (int)k.len, k.ptr);
    else
        len = snprintf(buf, sizeof buf, "#_accessor_storage_%u", n);
    return node(p, PRIVATE_NAME, ast_synth(p->ast, (Str){ buf, (size_t)len }), (uint32_t)len, 0, 0);
}

// `this` or, in a static accessor, the class (so a subclass reads the class's storage).
static NodeId owner(Parser *p, uint32_t start, NodeId class_name, bool is_static) {
    if (!is_static || class_name == NODE_NONE)
        return node(p, THIS, start, 0, 0, 0);
    const Node *n = ast_node(p->ast, class_name);
    uint32_t nstart = n->start, nlen = n->b;
    NodeId id = node(p, IDENT, nstart, ID_NONE, nlen, 0);
    scope_reference(p->st, id, ast_text(p->ast, p->lx.src, nstart, nlen));
    return id;
}

static NodeId accessor_method(Parser *p, const Node *m, PropertyKind kind, NodeId storage,
                              NodeId class_name) {
    uint32_t start = m->start;
    bool is_static = (m->flags & NF_STATIC) != 0;
    NodeId slot = node(p, MEMBER, start, owner(p, start, class_name, is_static), storage, 0);
    NodeId stmt;
    ListRef params = LIST_EMPTY;
    if (kind == PROP_GET) {
        stmt = node(p, STMT_RETURN, start, slot, 0, 0);
    } else {
        Str v = STR("value");
        NodeId param = node(p, BINDING_IDENT, ast_synth(p->ast, v), ID_NONE, (uint32_t)v.len, 0);
        NodeId arg = node(p, IDENT, ast_node(p->ast, param)->start, ID_NONE, (uint32_t)v.len, 0);
        params = ast_list(p->ast, &param, 1);
        stmt = parse_ts_assign_stmt(p, start, slot, arg);
    }
    NodeId body = node(p, STMT_BLOCK, start, ast_list(p->ast, &stmt, 1), 0, 0);
    NodeId func = node(p, FUNC, start, NODE_NONE, params, body);
    NodeId prop = node(p, PROPERTY, start, m->a, func, 0);
    ast_node(p->ast, prop)->op = (uint16_t)kind;
    ast_node(p->ast, prop)->flags = m->flags & (NF_STATIC | NF_COMPUTED);
    return prop;
}

void parse_ts_lower_accessors(Parser *p, uint32_t mark, NodeId class_name) {
    uint32_t end = p->tmp.len;
    uint32_t count = 0;
    for (uint32_t i = mark; i < end; i++)
        count += ast_node(p->ast, p->tmp.items[i])->op == PROP_ACCESSOR &&
                 ast_node(p->ast, p->tmp.items[i])->kind == PROPERTY;
    if (count == 0)
        return;
    // Each accessor becomes three members: the private storage, a getter and a setter.
    uint32_t out = p->tmp.len;
    for (uint32_t i = mark; i < end; i++) {
        NodeId id = p->tmp.items[i];
        Node m = *ast_node(p->ast, id);
        // A TC39-decorated accessor stays: its decorators receive the accessor itself.
        if (m.kind != PROPERTY || m.op != PROP_ACCESSOR || (m.flags & NF_COMPUTED) ||
            m.c != LIST_EMPTY || ((m.flags & NF_STATIC) && class_name == NODE_NONE)) {
            parse_push(p, id);
            continue;
        }
        Node key = *ast_node(p->ast, m.a);
        NodeId storage = storage_name(p, &key, i - mark);
        NodeId field = node(p, PROPERTY, m.start, storage, m.b, 0);
        ast_node(p->ast, field)->op = PROP_INIT;
        ast_node(p->ast, field)->flags = m.flags & NF_STATIC;
        parse_push(p, field);
        parse_push(p, accessor_method(p, &m, PROP_GET, storage, class_name));
        parse_push(p, accessor_method(p, &m, PROP_SET, storage, class_name));
    }
    uint32_t n = p->tmp.len - out;
    memmove(&p->tmp.items[mark], &p->tmp.items[out], sizeof(NodeId) * n);
    p->tmp.len = mark + n;
}
