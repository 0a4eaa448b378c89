// parser_ts_enum: `enum` and `const enum` declarations, built as the compiler emits them:
//
//     enum E { A, B = 5, C = "c", D = A | B }
//     var E = function (E) {
//       E[E["A"] = 0] = "A"; E[E["B"] = 5] = "B"; E["C"] = "c"; E[E["D"] = 5] = "D";
//       return E;
//     }(E || {});
//
// Numeric members get a reverse mapping, string members do not. Initializers are folded to a
// constant when they are built from literals, operators and earlier members (as the compiler
// does, so `D` above is 5); an initializer that is not constant is kept, with its references to
// members rewritten to `E["A"]`, and the member after it counts on from `E["D"] + 1`.
//
// A const enum is emitted like an enum too (so an importer that is not inlined still reads the
// right values). The constant members of every enum are recorded in ParseResult.enum_values,
// which the module summary keeps so link can inline `E.A` across modules; a const enum's are
// also inlined here: later reads `E.A` and `E["A"]` in the module, where E is still that
// binding, are replaced by the value while parsing, as the compiler does (it leaves the reads
// of other enums alone).
//
// An enum whose members are all constants has its wrapper call marked NF_ENUM: it has no
// effect but on its own object, so a bundle may drop it when nothing reads E.
#include <math.h>
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

typedef enum ValueKind { VAL_UNKNOWN, VAL_NUMBER, VAL_STRING } ValueKind;

typedef struct Value {
    ValueKind kind;
    double num;
} Value;

typedef struct Member {
    Str name; // without quotes
    Value value;
} Member;

typedef VEC(Member) MemberVec;

// ECMA-262 ToInt32, for the bitwise operators.
static int32_t to_int32(double d) {
    if (!isfinite(d))
        return 0;
    double m = fmod(trunc(d), 4294967296.0);
    if (m < 0)
        m += 4294967296.0;
    return (int32_t)(uint32_t)m;
}

static Value number(double d) {
    return (Value){ VAL_NUMBER, d };
}

static const Value unknown = { VAL_UNKNOWN, 0 };

static Value find_member(const MemberVec *members, Str name) {
    for (uint32_t i = 0; i < members->len; i++) {
        if (str_eq(members->items[i].name, name))
            return members->items[i].value;
    }
    return unknown;
}

static Value fold(Parser *p, NodeId id, const MemberVec *members, Str enum_name);

static Value fold_binary(Parser *p, const Node *n, const MemberVec *m, Str enum_name) {
    Value l = fold(p, n->a, m, enum_name);
    Value r = fold(p, n->b, m, enum_name);
    if (n->op == TOK_PLUS && (l.kind == VAL_STRING || r.kind == VAL_STRING) &&
        l.kind != VAL_UNKNOWN && r.kind != VAL_UNKNOWN)
        return (Value){ VAL_STRING, 0 };
    if (l.kind != VAL_NUMBER || r.kind != VAL_NUMBER)
        return unknown;
    double a = l.num, b = r.num;
    switch (n->op) {
    case TOK_PLUS:
        return number(a + b);
    case TOK_MINUS:
        return number(a - b);
    case TOK_STAR:
        return number(a * b);
    case TOK_SLASH:
        return number(a / b);
    case TOK_PERCENT:
        return number(fmod(a, b));
    case TOK_STAR_STAR:
        return number(pow(a, b));
    case TOK_BAR:
        return number(to_int32(a) | to_int32(b));
    case TOK_AMP:
        return number(to_int32(a) & to_int32(b));
    case TOK_CARET:
        return number(to_int32(a) ^ to_int32(b));
    case TOK_SHL:
        return number((int32_t)((uint32_t)to_int32(a) << (to_int32(b) & 31)));
    case TOK_SHR:
        return number(to_int32(a) >> (to_int32(b) & 31));
    case TOK_USHR:
        return number((uint32_t)to_int32(a) >> (to_int32(b) & 31));
    default:
        return unknown;
    }
}

// The constant value of an initializer, as far as the compiler would compute it.
static Value fold(Parser *p, NodeId id, const MemberVec *m, Str enum_name) {
    const Node *n = ast_node(p->ast, id);
    switch (n->kind) {
    case NUMBER_LIT:
        return number(ast_number(n));
    case STRING_LIT:
        return (Value){ VAL_STRING, 0 };
    case TEMPLATE:
        if (n->a == NODE_NONE && ast_list_len(p->ast, n->b) == 1)
            return (Value){ VAL_STRING, 0 };
        return unknown;
    case UNARY: {
        Value v = fold(p, n->a, m, enum_name);
        if (v.kind != VAL_NUMBER)
            return unknown;
        if (n->op == TOK_MINUS)
            return number(-v.num);
        if (n->op == TOK_PLUS)
            return v;
        if (n->op == TOK_TILDE)
            return number(~to_int32(v.num));
        return unknown;
    }
    case BINARY:
        return fold_binary(p, n, m, enum_name);
    case IDENT:
        return find_member(m, ast_text(p->ast, p->lx.src, n->start, n->b));
    case MEMBER: {
        const Node *o = ast_node(p->ast, n->a);
        const Node *k = ast_node(p->ast, n->b);
        if (o->kind != IDENT || k->kind != NAME ||
            !str_eq(ast_text(p->ast, p->lx.src, o->start, o->b), enum_name))
            return unknown;
        return find_member(m, ast_text(p->ast, p->lx.src, k->start, k->a));
    }
    default:
        return unknown;
    }
}

// `E["name"]` for a member already defined.
static NodeId member_ref(Parser *p, const TsIife *f, Str name) {
    return node(p, INDEX, f->start, parse_ts_iife_ref(p, f), parse_ts_string(p, name), 0);
}

// One member's statement: `E[E["A"] = v] = "A";` or, for a string value, `E["A"] = v;`.
// The string `"name"` for a member; source maps point it at the member's name when that was an
// identifier (name_at: 1 + its offset, or 0).
static NodeId member_key(Parser *p, Str name, uint32_t name_at) {
    NodeId key = parse_ts_string(p, name);
    ast_node(p->ast, key)->b = name_at;
    return key;
}

static NodeId member_stmt(Parser *p, const TsIife *f, uint32_t start, Str name, uint32_t name_at,
                          NodeId value, bool reverse) {
    NodeId key = member_key(p, name, name_at);
    NodeId target = node(p, INDEX, start, parse_ts_iife_ref(p, f), key, 0);
    if (!reverse)
        return parse_ts_assign_stmt(p, start, target, value);
    NodeId inner = node(p, ASSIGN, start, target, value, 0);
    ast_node(p->ast, inner)->op = TOK_EQ;
    NodeId outer = node(p, INDEX, start, parse_ts_iife_ref(p, f), inner, 0);
    return parse_ts_assign_stmt(p, start, outer, member_key(p, name, name_at));
}

// The text of a string-valued initializer as a string literal: a string literal as written,
// or a template without substitutions whose raw text means the same between double quotes.
// Empty for anything else (a folded concatenation).
static Str string_text(Parser *p, NodeId init) {
    const Node *s = init == NODE_NONE ? NULL : ast_node(p->ast, init);
    if (s && s->kind == STRING_LIT)
        return ast_text(p->ast, p->lx.src, s->start, s->a);
    if (!s || s->kind != TEMPLATE || s->a != NODE_NONE || ast_list_len(p->ast, s->b) != 1)
        return (Str){ 0 };
    const Node *part = ast_node(p->ast, ast_list_items(p->ast, s->b)[0]);
    Str raw = ast_text(p->ast, p->lx.src, part->start, part->a);
    for (size_t i = 0; i < raw.len; i++) {
        if (raw.ptr[i] == '\\' || raw.ptr[i] == '"' || raw.ptr[i] == '\n' || raw.ptr[i] == '\r')
            return (Str){ 0 };
    }
    char *text = arena_alloc(p->arena, raw.len + 2);
    text[0] = '"';
    memcpy(text + 1, raw.ptr, raw.len);
    text[raw.len + 1] = '"';
    return (Str){ text, raw.len + 2 };
}

// Records a constant member of an enum (ParseResult.enum_values).
static void record_const(Parser *p, const TsIife *f, Str name, Value v, NodeId init,
                         bool is_const) {
    if (f->binding == NODE_NONE || v.kind == VAL_UNKNOWN)
        return;
    EnumValue ev = { .symbol = ast_node(p->ast, f->binding)->a,
                     .member = name,
                     .is_string = v.kind == VAL_STRING,
                     .is_const = is_const,
                     .number = v.num };
    if (ev.is_string) {
        ev.text = string_text(p, init);
        if (!ev.text.len)
            return; // a folded concatenation: no text to inline
    }
    if (ev.symbol == ID_NONE)
        return;
    vec_push(p->arena, &p->enum_values, ev);
    p->const_enum_values += is_const;
}

void parse_ts_inline_enum(Parser *p, NodeId e) {
    const Node *m = ast_node(p->ast, e);
    const Node *obj = ast_node(p->ast, m->a);
    Str member;
    if (obj->kind != IDENT || m->flags || !ast_static_property(p->ast, p->lx.src, m, &member))
        return;
    Str enum_name = ast_text(p->ast, p->lx.src, obj->start, obj->b);
    for (uint32_t i = p->enum_values.len; i-- > 0;) {
        const EnumValue *ev = &p->enum_values.items[i];
        if (!ev->is_const || !str_eq(ev->member, member) ||
            !str_eq(scope_symbol_name(p->st, ev->symbol), enum_name))
            continue;
        if (scope_lookup(p->st, scope_current(p->st), enum_name) != ev->symbol)
            return; // another binding of that name is visible here
        uint32_t start = m->start;
        NodeId v;
        if (ev->is_string) {
            v = ast_add(p->ast, STRING_LIT, ast_synth(p->ast, ev->text), (uint32_t)ev->text.len, 0,
                        0);
            if (memchr(ev->text.ptr, '\\', ev->text.len))
                ast_node(p->ast, v)->flags |= NF_ESCAPED;
        } else {
            v = ast_add_number(p->ast, start, ev->number);
        }
        NodeId object = ast_node(p->ast, e)->a;
        *ast_node(p->ast, e) = *ast_node(p->ast, v);
        // The `E` left out of the tree is no reference: it would keep the enum alive in a bundle.
        ScopeRefVec *refs = &p->st->refs;
        if (refs->len && refs->items[refs->len - 1].node == object)
            refs->len--;
        return;
    }
}

// An enum whose members are all constants only sets properties of its own object: its wrapper
// call is marked NF_ENUM, so tree shaking may drop `var E = function (E) {…}(E || {})` when
// nothing reads E (a merge into an earlier class or function declares nothing: never marked).
static void mark_constant(Parser *p, NodeId stmt, bool constant) {
    const Node *var = ast_node(p->ast, stmt);
    if (!constant || var->kind != STMT_VAR || ast_list_len(p->ast, var->a) != 1)
        return;
    const Node *decl = ast_node(p->ast, ast_list_items(p->ast, var->a)[0]);
    Node *call = ast_node(p->ast, decl->b);
    if (call->kind == CALL)
        call->flags |= NF_ENUM;
}

// EnumMember: (IdentifierName | StringLiteral) (`=` AssignmentExpression)?
static void parse_member(Parser *p, TsIife *f, MemberVec *members, StrVec *names, bool is_const,
                         bool *constant) {
    const Token *t = &p->lx.token;
    uint32_t start = t->start;
    Str name;
    uint32_t name_at = t->kind == TOK_STRING ? 0 : start + 1;
    if (t->kind == TOK_STRING) {
        name = lex_string_value(&p->lx, t, p->arena);
    } else if (t->kind == TOK_IDENT || token_is_reserved((TokenKind)t->kind)) {
        name = parse_token_name(p);
    } else {
        parse_unexpected(p);
        return;
    }
    parse_next(p);
    NodeId value;
    NodeId init = NODE_NONE;
    Value v;
    if (parse_tok(p) == TOK_EQ) {
        parse_next(p);
        uint32_t refs_from = p->st->refs.len;
        init = parse_assign_in(p);
        v = fold(p, init, members, f->name);
        parse_ts_iife_rewrite_refs(p, f, names, refs_from, true);
        value = v.kind == VAL_NUMBER ? ast_add_number(p->ast, start, v.num) : init;
    } else if (members->len == 0) {
        v = number(0);
        value = ast_add_number(p->ast, start, 0);
    } else {
        Member prev = members->items[members->len - 1];
        if (prev.value.kind == VAL_NUMBER) {
            v = number(prev.value.num + 1);
            value = ast_add_number(p->ast, start, v.num);
        } else {
            v = unknown;
            value = node(p, BINARY, start, member_ref(p, f, prev.name),
                         ast_add_number(p->ast, start, 1), 0);
            ast_node(p->ast, value)->op = TOK_PLUS;
        }
    }
    parse_push(p, member_stmt(p, f, start, name, name_at, value, v.kind != VAL_STRING));
    record_const(p, f, name, v, init, is_const);
    if (v.kind == VAL_UNKNOWN)
        *constant = false;
    Member m = { name, v };
    vec_push(p->arena, members, m);
    vec_push(p->arena, names, name);
}

NodeId parse_ts_enum(Parser *p, uint32_t start, bool is_const) {
    parse_next(p); // `enum`
    TsIife f;
    parse_ts_iife_open(p, &f, p->ns_export);
    p->ns_export = NULL;
    f.start = start;
    MemberVec members = { 0 };
    StrVec names = { 0 };
    bool constant = true;
    parse_expect(p, TOK_OPEN_BRACE);
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF && !p->stopped) {
        parse_member(p, &f, &members, &names, is_const, &constant);
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACE);
    NodeId stmt = parse_ts_iife_close(p, &f);
    mark_constant(p, stmt, constant);
    return stmt;
}
