// parser_expr: expressions (ECMA-262 §13), the cover grammars and patterns (§13.15.5, §14.3.3).
//
// Cover grammars are parsed as expressions and converted in place: an object or array literal
// followed by `=` becomes an OBJECT_PATTERN/ARRAY_PATTERN, and a parenthesized list followed by
// `=>` becomes arrow parameters. For arrows, a tentative SCOPE_ARROW is opened at the `(`; the
// identifiers inside are recorded as pending references of that scope, so when `=>` follows
// they are turned into BINDING_IDENTs and declared there, and when it does not the scope is
// discarded and the references simply belong to the parent. Pattern-only syntax met before the
// decision (`{ a = 1 }`, a duplicate `__proto__`) is remembered in Parser.cover and reported
// only if the literal never becomes a pattern.
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

static Node *at(Parser *p, NodeId n) {
    return ast_node(p->ast, n);
}

static NodeId invalid(Parser *p) {
    return node(p, NODE_INVALID, p->lx.token.start, 0, 0, 0);
}

static NodeId parse_unary(Parser *p);
static NodeId parse_primary(Parser *p);
static NodeId assign(Parser *p, bool cover_ok);

static void cover_note(Parser *p, uint32_t start, uint32_t len, bool proto) {
    if (p->cover.start == ID_NONE)
        p->cover = (CoverError){ start, len, proto };
}

static void cover_report(Parser *p) {
    CoverError c = p->cover;
    p->cover.start = ID_NONE;
    if (c.proto)
        parse_error(p, c.start, c.len, "Cannot specify the \"__proto__\" property more than once");
    else
        parse_error(p, c.start, c.len, "Unexpected \"=\"");
}

static bool is_arrow(Parser *p, NodeId n) {
    const Node *x = at(p, n);
    return x->kind == FUNC && (x->flags & NF_ARROW) && !(x->flags & NF_IN_PARENS);
}

// ---------------------------------------------------------------------------------------------
// Identifiers

// BindingIdentifier: declared in the current scope (or var scope) as kind.
static NodeId parse_binding_identifier(Parser *p, SymbolKind kind) {
    const Token *t = &p->lx.token;
    if (!parse_check_identifier(p, t, true))
        return invalid(p);
    if (kind != SYM_VAR && kind != SYM_PARAM && kind != SYM_CATCH && t->keyword == KW_LET) {
        parse_error(p, t->start, 3, "Cannot use \"let\" as an identifier here");
        return invalid(p);
    }
    uint32_t len = t->end - t->start;
    NodeId n = node(p, BINDING_IDENT, t->start, ID_NONE, len, 0);
    parse_declare(p, n, parse_token_name(p), kind);
    parse_next(p);
    return n;
}

// ---------------------------------------------------------------------------------------------
// Binding patterns

// ArrayBindingPattern: `[` (BindingElement? `,`)* BindingRestElement? `]`
static NodeId parse_array_binding(Parser *p, SymbolKind kind) {
    uint32_t start = p->lx.token.start;
    parse_next(p);
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACKET && parse_tok(p) != TOK_EOF) {
        if (parse_tok(p) == TOK_COMMA) {
            parse_next(p);
            parse_push(p, NODE_NONE);
            continue;
        }
        if (parse_tok(p) == TOK_DOT_DOT_DOT) {
            uint32_t rstart = p->lx.token.start;
            parse_next(p);
            parse_push(p, node(p, REST, rstart, parse_binding(p, kind), 0, 0));
            if (parse_tok(p) != TOK_CLOSE_BRACKET)
                parse_expect(p, TOK_CLOSE_BRACKET);
            break;
        }
        parse_push(p, parse_binding_element(p, kind));
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACKET);
    return node(p, ARRAY_PATTERN, start, parse_list_from(p, mark), 0, 0);
}

// ObjectBindingPattern: `{` (BindingProperty `,`)* BindingRestProperty? `}`
// BindingProperty: SingleNameBinding | PropertyName `:` BindingElement
static NodeId parse_object_binding(Parser *p, SymbolKind kind) {
    uint32_t start = p->lx.token.start;
    parse_next(p);
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF) {
        uint32_t pstart = p->lx.token.start;
        if (parse_tok(p) == TOK_DOT_DOT_DOT) {
            parse_next(p);
            parse_push(p, node(p, REST, pstart, parse_binding_identifier(p, kind), 0, 0));
            break;
        }
        Token key_tok = p->lx.token;
        uint8_t flags = 0;
        NodeId value;
        NodeId key = parse_property_key(p, &flags, false);
        if (parse_tok(p) == TOK_COLON) {
            parse_next(p);
            value = parse_binding_element(p, kind);
        } else {
            // Shorthand: the key is the binding.
            if (flags & NF_COMPUTED || key_tok.kind != TOK_IDENT) {
                parse_unexpected(p);
                break;
            }
            flags |= NF_SHORTHAND;
            Token cur = p->lx.token;
            p->lx.token = key_tok;
            bool ok = parse_check_identifier(p, &p->lx.token, true);
            if (ok && kind != SYM_VAR && kind != SYM_PARAM && key_tok.keyword == KW_LET) {
                parse_error(p, key_tok.start, 3, "Cannot use \"let\" as an identifier here");
                ok = false;
            }
            uint32_t len = key_tok.end - key_tok.start;
            value = node(p, BINDING_IDENT, key_tok.start, ID_NONE, len, 0);
            if (ok)
                parse_declare(p, value, parse_token_name(p), kind);
            p->lx.token = cur;
            if (p->stopped)
                parse_stop(p);
            if (parse_tok(p) == TOK_EQ) {
                parse_next(p);
                value = node(p, ASSIGN_PATTERN, key_tok.start, value, parse_assign_in(p), 0);
            }
        }
        NodeId prop = node(p, PROPERTY, pstart, key, value, 0);
        at(p, prop)->flags = flags;
        parse_push(p, prop);
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACE);
    return node(p, OBJECT_PATTERN, start, parse_list_from(p, mark), 0, 0);
}

// BindingIdentifier | BindingPattern
NodeId parse_binding(Parser *p, SymbolKind kind) {
    if (!parse_enter(p))
        return invalid(p);
    NodeId n;
    if (parse_tok(p) == TOK_OPEN_BRACKET)
        n = parse_array_binding(p, kind);
    else if (parse_tok(p) == TOK_OPEN_BRACE)
        n = parse_object_binding(p, kind);
    else
        n = parse_binding_identifier(p, kind);
    parse_leave(p);
    return n;
}

// BindingElement: (BindingIdentifier | BindingPattern) Initializer?
NodeId parse_binding_element(Parser *p, SymbolKind kind) {
    uint32_t start = p->lx.token.start;
    NodeId target = parse_binding(p, kind);
    if (p->ts)
        parse_ts_skip_binding_suffix(p);
    if (parse_tok(p) != TOK_EQ)
        return target;
    parse_next(p);
    return node(p, ASSIGN_PATTERN, start, target, parse_assign_in(p), 0);
}

// ---------------------------------------------------------------------------------------------
// Cover grammar conversion

static bool target_error(Parser *p, NodeId n) {
    const Node *x = at(p, n);
    parse_error(p, x->start, 0, "Invalid assignment target");
    return false;
}

// eval and arguments cannot be assigned in strict code (§13.15.1).
static bool check_simple_name(Parser *p, NodeId n) {
    const Node *x = at(p, n);
    if (!p->lx.strict)
        return true;
    Str name = { p->lx.src + x->start, x->b };
    if (str_eq(name, STR("eval")) || str_eq(name, STR("arguments"))) {
        parse_error(p, x->start, x->b, "Cannot assign to \"%.*s\" in strict mode", (int)x->b,
                    name.ptr);
        return false;
    }
    return true;
}

static bool list_to_pattern(Parser *p, ListRef list, bool binding, bool object) {
    uint32_t count = ast_list_len(p->ast, list);
    for (uint32_t i = 0; i < count; i++) {
        NodeId item = ast_list_items(p->ast, list)[i];
        if (item == NODE_NONE)
            continue;
        Node *x = at(p, item);
        if (x->kind == REST) {
            // Already a pattern (`{ a } = {}` inside arrow parameters): only bindings change.
            if (!parse_to_pattern(p, x->a, binding))
                return false;
            continue;
        }
        if (x->kind == SPREAD) {
            if (i + 1 != count) {
                parse_error(p, x->start, 3, "Unexpected \"...\"");
                return false;
            }
            if (x->flags & NF_TRAILING_COMMA) {
                parse_error(p, x->start, 3, "Unexpected \",\" after rest element");
                return false;
            }
            x->kind = REST;
            if (!parse_to_pattern(p, x->a, binding))
                return false;
            if (at(p, x->a)->kind == ASSIGN_PATTERN)
                return target_error(p, x->a);
            continue;
        }
        if (object) {
            if (x->kind != PROPERTY || x->op != PROP_INIT)
                return target_error(p, item);
            if (!parse_to_pattern(p, x->b, binding))
                return false;
            continue;
        }
        if (!parse_to_pattern(p, item, binding))
            return false;
    }
    return true;
}

bool parse_to_pattern(Parser *p, NodeId n, bool binding) {
    Node *x = at(p, n);
    bool parens = x->flags & NF_IN_PARENS;
    switch (x->kind) {
    case IDENT:
        if (binding && parens)
            return target_error(p, n);
        if (!check_simple_name(p, n))
            return false;
        if (binding) {
            Str name = { p->lx.src + x->start, x->b };
            if (str_eq(name, STR("await")) && (p->ctx & CTX_ASYNC)) {
                parse_error(p, x->start, x->b, "The keyword \"await\" cannot be used here");
                return false;
            }
            x->kind = BINDING_IDENT;
        }
        return true;
    case MEMBER:
    case INDEX:
        if (binding || (x->flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN)))
            return target_error(p, n);
        return true;
    case ARRAY:
        if (parens)
            return target_error(p, n);
        x->kind = ARRAY_PATTERN;
        return list_to_pattern(p, x->a, binding, false);
    case OBJECT:
        if (parens)
            return target_error(p, n);
        x->kind = OBJECT_PATTERN;
        return list_to_pattern(p, x->a, binding, true);
    case ASSIGN:
        if (x->op != TOK_EQ || parens)
            return target_error(p, n);
        x->kind = ASSIGN_PATTERN;
        x->op = 0;
        return parse_to_pattern(p, x->a, binding);
    case ASSIGN_PATTERN:
        return parse_to_pattern(p, x->a, binding);
    case ARRAY_PATTERN:
        return list_to_pattern(p, x->a, binding, false);
    case OBJECT_PATTERN:
        return list_to_pattern(p, x->a, binding, true);
    default:
        return target_error(p, n);
    }
}

bool parse_check_target(Parser *p, NodeId n, bool simple_only) {
    Node *x = at(p, n);
    switch (x->kind) {
    case IDENT:
        return check_simple_name(p, n);
    case MEMBER:
    case INDEX:
        if (x->flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN))
            return target_error(p, n);
        return true;
    case CALL:
        // Annex B (web compatibility): `f() = 1` is a runtime error in sloppy code.
        if (p->lx.strict || (x->flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN)))
            return target_error(p, n);
        return true;
    case ARRAY:
    case OBJECT:
        if (simple_only)
            return target_error(p, n);
        return parse_to_pattern(p, n, false);
    default:
        return target_error(p, n);
    }
}

// ---------------------------------------------------------------------------------------------
// Arrows

// The identifiers of arrow parameters were recorded as pending references of the tentative
// scope; those that became BINDING_IDENTs are declared there, in source order, and dropped.
static void declare_arrow_params(Parser *p) {
    ScopeTable *st = p->st;
    uint32_t from = st->open.items[st->open.len - 1].refs_start;
    uint32_t end = st->refs.len;
    uint32_t w = from;
    for (uint32_t i = from; i < end; i++) {
        ScopeRef r = st->refs.items[i];
        if (at(p, r.node)->kind != BINDING_IDENT) {
            st->refs.items[w++] = r;
            continue;
        }
        SymbolId sym;
        ScopeDeclareResult res = scope_declare(st, (Str){ r.name, r.len }, SYM_PARAM, true, &sym);
        at(p, r.node)->a = sym;
        if (res == SCOPE_CONFLICT) {
            Node *x = at(p, r.node);
            parse_error(p, x->start, x->b, "The symbol \"%.*s\" has already been declared",
                        (int)r.len, r.name);
        }
    }
    // Declaring never adds references, so the kept ones can be compacted in place.
    st->refs.len = w;
}

// ArrowFunction body after `=>`: ConciseBody. The arrow's scope is the current one.
static NodeId parse_arrow_body(Parser *p, uint32_t start, ListRef params, bool async) {
    uint32_t saved_ctx = p->ctx;
    uint32_t saved_labels = p->label_base, saved_loops = p->loops, saved_br = p->breakables;
    bool saved_in = p->no_in;
    p->ctx = (p->ctx & (CTX_NEW_TARGET | CTX_SUPER_PROP | CTX_SUPER_CALL | CTX_NO_ARGUMENTS)) |
             CTX_FUNCTION | (async ? CTX_ASYNC : 0);
    p->label_base = p->labels.len;
    p->loops = p->breakables = 0;
    NodeId body;
    uint8_t flags = NF_ARROW | (async ? NF_ASYNC : 0);
    if (parse_tok(p) == TOK_OPEN_BRACE) {
        p->no_in = false;
        body = parse_function_body(p, params);
    } else {
        body = parse_assign(p);
        flags |= NF_EXPR_BODY;
    }
    p->ctx = saved_ctx;
    p->label_base = saved_labels;
    p->loops = saved_loops;
    p->breakables = saved_br;
    p->no_in = saved_in;
    scope_pop(p->st, p->ast);
    NodeId f = node(p, FUNC, start, NODE_NONE, params, body);
    at(p, f)->flags = flags;
    return f;
}

// `x => …` and `async x => …`: the current token is the parameter.
static NodeId parse_simple_arrow(Parser *p, uint32_t start, bool async) {
    scope_push(p->st, SCOPE_ARROW, async ? SCOPEF_ASYNC : 0);
    uint32_t saved = p->ctx;
    if (async)
        p->ctx |= CTX_ASYNC;
    NodeId param = parse_binding_identifier(p, SYM_PARAM);
    p->ctx = saved;
    if (parse_newline_before(p))
        parse_unexpected(p);
    parse_expect(p, TOK_ARROW);
    return parse_arrow_body(p, start, ast_list(p->ast, &param, 1), async);
}

// ParenthesizedExpression, or ArrowParameters of an ArrowFunction, or (with async_start !=
// ID_NONE) the arguments of a call to `async` or an async arrow's parameters:
//   `(` Expression `)` | `(` (BindingElement `,`)* BindingRestElement? `)` `=>` ConciseBody
static NodeId parse_paren(Parser *p, uint32_t async_start) {
    bool async = async_start != ID_NONE;
    uint32_t start = async ? async_start : p->lx.token.start;
    uint32_t close = p->lx.token.start;
    scope_push(p->st, SCOPE_ARROW, async ? SCOPEF_ASYNC : 0);
    parse_next(p);
    bool saved_in = p->no_in;
    p->no_in = false;
    CoverError saved_cover = p->cover;
    p->cover.start = ID_NONE;
    uint32_t saved_yield = p->yield_await;
    p->yield_await = ID_NONE;
    uint32_t mark = p->tmp.len;
    bool trailing = false;
    bool spread = false;
    while (parse_tok(p) != TOK_CLOSE_PAREN && parse_tok(p) != TOK_EOF) {
        uint32_t istart = p->lx.token.start;
        if (parse_tok(p) == TOK_DOT_DOT_DOT) {
            parse_next(p);
            NodeId arg = assign(p, true);
            if (p->ts)
                arg = parse_ts_paren_item(p, arg);
            parse_push(p, node(p, SPREAD, istart, arg, 0, 0));
            spread = true;
        } else {
            NodeId item = assign(p, true);
            parse_push(p, p->ts ? parse_ts_paren_item(p, item) : item);
        }
        trailing = false;
        if (parse_tok(p) != TOK_COMMA)
            break;
        close = p->lx.token.start;
        parse_next(p);
        trailing = true;
    }
    uint32_t end = p->lx.token.start;
    parse_expect(p, TOK_CLOSE_PAREN);
    if (p->ts)
        parse_ts_arrow_return_type(p, start == p->ts_cond_start);
    p->no_in = saved_in;
    ListRef items = parse_list_from(p, mark);
    uint32_t inner_yield = p->yield_await;
    p->yield_await = saved_yield != ID_NONE ? saved_yield : inner_yield;
    if (parse_tok(p) == TOK_ARROW && !parse_newline_before(p) && !p->stopped) {
        if (inner_yield != ID_NONE) {
            parse_error(p, inner_yield, 5,
                        "The keyword \"%.5s\" cannot be used in arrow function parameters",
                        p->lx.src + inner_yield);
        }
        parse_next(p);
        if (trailing && spread)
            parse_error(p, close, 1, "Unexpected \",\" after rest element");
        list_to_pattern(p, items, true, false);
        p->cover = saved_cover;
        declare_arrow_params(p);
        return parse_arrow_body(p, start, items, async);
    }
    scope_discard(p->st);
    if (p->cover.start != ID_NONE)
        cover_report(p);
    p->cover = saved_cover;
    uint32_t count = ast_list_len(p->ast, items);
    if (async) {
        NodeId callee = node(p, IDENT, async_start, ID_NONE, 5, 0);
        scope_reference(p->st, callee, STR("async"));
        return node(p, CALL, async_start, callee, items, 0);
    }
    if (count == 0 || trailing || spread) {
        if (count == 0 || trailing)
            parse_error(p, count == 0 ? end : close, 1, "Unexpected \"%s\"", count ? "," : ")");
        else
            parse_error(p, start, 1, "Unexpected \"...\"");
        return invalid(p);
    }
    NodeId e;
    if (count == 1) {
        e = ast_list_items(p->ast, items)[0];
    } else {
        e = node(p, SEQUENCE, at(p, ast_list_items(p->ast, items)[0])->start, items, 0, 0);
    }
    Node *x = at(p, e);
    x->flags |= NF_IN_PARENS;
    if (x->kind == CALL || x->kind == MEMBER || x->kind == INDEX)
        x->flags |= NF_PARENTHESIZED;
    return e;
}

// ---------------------------------------------------------------------------------------------
// Literals

// ArrayLiteral: `[` (AssignmentExpression | SpreadElement | hole) list `]`
static NodeId parse_array(Parser *p) {
    uint32_t start = p->lx.token.start;
    parse_next(p);
    bool saved_in = p->no_in;
    p->no_in = false;
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACKET && parse_tok(p) != TOK_EOF) {
        if (parse_tok(p) == TOK_COMMA) {
            parse_next(p);
            parse_push(p, NODE_NONE);
            continue;
        }
        uint32_t istart = p->lx.token.start;
        if (parse_tok(p) == TOK_DOT_DOT_DOT) {
            parse_next(p);
            NodeId spread = node(p, SPREAD, istart, assign(p, true), 0, 0);
            parse_push(p, spread);
            if (parse_tok(p) == TOK_COMMA)
                at(p, spread)->flags |= NF_TRAILING_COMMA;
        } else {
            parse_push(p, assign(p, true));
        }
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACKET);
    p->no_in = saved_in;
    return node(p, ARRAY, start, parse_list_from(p, mark), 0, 0);
}

NodeId parse_property_key(Parser *p, uint8_t *flags, bool allow_private) {
    const Token *t = &p->lx.token;
    uint32_t start = t->start;
    uint32_t len = t->end - t->start;
    NodeId key;
    switch (parse_tok(p)) {
    case TOK_STRING:
        key = node(p, STRING_LIT, start, len, 0, 0);
        if (t->flags & TOKF_ESCAPED)
            at(p, key)->flags |= NF_ESCAPED;
        break;
    case TOK_NUMBER:
        key = node(p, NUMBER_LIT, start, 0, 0, len);
        ast_set_number(at(p, key), t->number);
        break;
    case TOK_BIGINT:
        key = node(p, BIGINT_LIT, start, len, 0, 0);
        break;
    case TOK_PRIVATE_NAME:
        if (!allow_private) {
            parse_unexpected(p);
            return invalid(p);
        }
        key = node(p, PRIVATE_NAME, start, len, 0, 0);
        break;
    case TOK_OPEN_BRACKET: {
        parse_next(p);
        *flags |= NF_COMPUTED;
        key = parse_assign_in(p);
        parse_expect(p, TOK_CLOSE_BRACKET);
        return key;
    }
    default:
        if (parse_tok(p) != TOK_IDENT && !token_is_reserved(parse_tok(p))) {
            parse_unexpected(p);
            return invalid(p);
        }
        key = node(p, NAME, start, len, 0, 0);
        break;
    }
    parse_next(p);
    return key;
}

// Is the key `__proto__` written as a name or a string without escapes (§13.2.5.1)?
static bool is_proto_key(Parser *p, NodeId key, uint8_t flags) {
    const Node *k = at(p, key);
    if (flags & NF_COMPUTED)
        return false;
    const char *s = p->lx.src + k->start;
    if (k->kind == NAME)
        return k->a == 9 && memcmp(s, "__proto__", 9) == 0;
    return k->kind == STRING_LIT && k->a == 11 && memcmp(s + 1, "__proto__", 9) == 0;
}

// The method modifiers of object literals: `async`, `get`, `set` followed by a key.
static bool modifier_applies(Parser *p) {
    TokenKind k = parse_tok(p);
    if (p->ts && (k == TOK_LT || k == TOK_QUESTION))
        return false; // `get<T>() {}`, `set?() {}` (TypeScript): the word is the key
    return k != TOK_COMMA && k != TOK_COLON && k != TOK_OPEN_PAREN && k != TOK_CLOSE_BRACE &&
           k != TOK_EQ && k != TOK_EOF;
}

// The value of a shorthand property `{ a }` or `{ a = 1 }` (a cover-initialized name, valid
// only if the object becomes a pattern). key_tok is the key's token, checked as an
// identifier reference (made current for the check and for its name).
static NodeId parse_shorthand_value(Parser *p, const Token *key_tok, uint8_t flags) {
    Token cur = p->lx.token;
    p->lx.token = *key_tok;
    if ((flags & NF_COMPUTED) || key_tok->kind != TOK_IDENT)
        parse_unexpected(p);
    else
        parse_check_identifier(p, &p->lx.token, false);
    Str name = p->stopped ? STR("") : parse_token_name(p);
    p->lx.token = cur;
    if (p->stopped) {
        parse_stop(p); // the restored token must read as end of file again
        return invalid(p);
    }
    NodeId value = node(p, IDENT, key_tok->start, ID_NONE, key_tok->end - key_tok->start, 0);
    scope_reference(p->st, value, name);
    if (parse_tok(p) == TOK_EQ) {
        cover_note(p, p->lx.token.start, 1, false);
        parse_next(p);
        value = node(p, ASSIGN, key_tok->start, value, parse_assign_in(p), 0);
        at(p, value)->op = TOK_EQ;
    }
    return value;
}

// The modifiers of an object member: `async` (same line), `get`, `set`, then `*`. A modifier
// word followed by `,` `:` `(` `}` `=` is the key itself: *key receives its NAME node.
static void parse_object_modifiers(Parser *p, Token *key_tok, uint8_t *fn, PropertyKind *kind,
                                   NodeId *key) {
    Keyword kw = (Keyword)key_tok->keyword;
    if (parse_tok(p) == TOK_IDENT && !(key_tok->flags & TOKF_ESCAPED) &&
        (kw == KW_ASYNC || kw == KW_GET || kw == KW_SET)) {
        parse_next(p);
        if (!modifier_applies(p) || (kw == KW_ASYNC && parse_newline_before(p))) {
            *key = node(p, NAME, key_tok->start, key_tok->end - key_tok->start, 0, 0);
            return;
        }
        if (kw == KW_ASYNC)
            *fn = NF_ASYNC;
        else
            *kind = kw == KW_GET ? PROP_GET : PROP_SET;
        *key_tok = p->lx.token;
    }
    if (parse_tok(p) == TOK_STAR && *kind == PROP_INIT) {
        *fn |= NF_GENERATOR;
        parse_next(p);
        *key_tok = p->lx.token;
    }
}

// PropertyDefinition: IdentifierReference | CoverInitializedName | PropertyName `:`
// AssignmentExpression | MethodDefinition | `...` AssignmentExpression
static NodeId parse_object_property(Parser *p, bool *seen_proto) {
    uint32_t start = p->lx.token.start;
    if (parse_tok(p) == TOK_DOT_DOT_DOT) {
        parse_next(p);
        return node(p, SPREAD, start, assign(p, true), 0, 0);
    }
    uint8_t flags = 0;
    uint8_t fn = 0;
    PropertyKind kind = PROP_INIT;
    Token key_tok = p->lx.token;
    NodeId key = NODE_NONE;
    parse_object_modifiers(p, &key_tok, &fn, &kind, &key);
    if (key == NODE_NONE)
        key = parse_property_key(p, &flags, false);
    NodeId value;
    bool ts_generic = p->ts && parse_tok(p) == TOK_LT; // `m<T>() {}`
    if (fn || kind != PROP_INIT || parse_tok(p) == TOK_OPEN_PAREN || ts_generic) {
        if (kind == PROP_INIT)
            kind = PROP_METHOD;
        value = parse_method(p, key_tok.start, fn, 0, kind);
        if (value == NODE_NONE) { // a TypeScript signature: not in an object literal
            parse_expect(p, TOK_OPEN_BRACE);
            return invalid(p);
        }
    } else if (parse_tok(p) == TOK_COLON) {
        parse_next(p);
        if (is_proto_key(p, key, flags)) {
            if (*seen_proto)
                cover_note(p, key_tok.start, key_tok.end - key_tok.start, true);
            *seen_proto = true;
        }
        value = assign(p, true);
    } else {
        flags |= NF_SHORTHAND;
        value = parse_shorthand_value(p, &key_tok, flags);
    }
    NodeId prop = node(p, PROPERTY, start, key, value, 0);
    at(p, prop)->flags = flags;
    at(p, prop)->op = (uint16_t)kind;
    return prop;
}

// ObjectLiteral: `{` (PropertyDefinition `,`)* `}`
static NodeId parse_object(Parser *p) {
    uint32_t start = p->lx.token.start;
    parse_next(p);
    bool saved_in = p->no_in;
    p->no_in = false;
    bool seen_proto = false;
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF) {
        parse_push(p, parse_object_property(p, &seen_proto));
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACE);
    p->no_in = saved_in;
    return node(p, OBJECT, start, parse_list_from(p, mark), 0, 0);
}

// The raw text of a template part token, without its delimiters.
static NodeId template_part(Parser *p, bool tagged) {
    const Token *t = &p->lx.token;
    if ((t->flags & TOKF_INVALID_ESCAPE) && !tagged) {
        lex_report_template_escape(&p->lx, t);
        if (p->lx.failed)
            parse_stop(p);
    }
    NodeId n = node(p, TEMPLATE_PART, t->start + 1, t->value_end - t->start - 1, 0, 0);
    if (t->flags & TOKF_INVALID_ESCAPE)
        at(p, n)->flags |= NF_INVALID_ESCAPE;
    return n;
}

// TemplateLiteral: NoSubstitutionTemplate | TemplateHead Expression (TemplateMiddle
// Expression)* TemplateTail
NodeId parse_template(Parser *p, NodeId tag, uint32_t start) {
    bool tagged = tag != NODE_NONE;
    uint32_t mark = p->tmp.len;
    parse_push(p, template_part(p, tagged));
    if (parse_tok(p) == TOK_TEMPLATE_FULL) {
        parse_next(p);
        return node(p, TEMPLATE, start, tag, parse_list_from(p, mark), 0);
    }
    bool saved_in = p->no_in;
    p->no_in = false;
    for (;;) {
        parse_next(p);
        parse_push(p, parse_expr(p));
        if (parse_tok(p) != TOK_CLOSE_BRACE) {
            parse_expect(p, TOK_CLOSE_BRACE);
            break;
        }
        lex_rescan_template(&p->lx);
        if (p->lx.failed) {
            parse_stop(p);
            break;
        }
        parse_push(p, template_part(p, tagged));
        if (parse_tok(p) == TOK_TEMPLATE_TAIL) {
            parse_next(p);
            break;
        }
    }
    p->no_in = saved_in;
    return node(p, TEMPLATE, start, tag, parse_list_from(p, mark), 0);
}

// ---------------------------------------------------------------------------------------------
// Primary and member expressions

// Arguments: `(` (AssignmentExpression | `...` AssignmentExpression) list `,`? `)`
static ListRef parse_arguments(Parser *p) {
    parse_next(p);
    bool saved_in = p->no_in;
    p->no_in = false;
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_PAREN && parse_tok(p) != TOK_EOF) {
        uint32_t start = p->lx.token.start;
        if (parse_tok(p) == TOK_DOT_DOT_DOT) {
            parse_next(p);
            parse_push(p, node(p, SPREAD, start, parse_assign(p), 0, 0));
        } else {
            parse_push(p, parse_assign(p));
        }
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_PAREN);
    p->no_in = saved_in;
    return parse_list_from(p, mark);
}

ListRef parse_call_arguments(Parser *p) {
    return parse_arguments(p);
}

// The name after `.` or `?.`: an IdentifierName (keywords allowed) or a PrivateIdentifier.
static NodeId parse_member_name(Parser *p) {
    const Token *t = &p->lx.token;
    uint32_t len = t->end - t->start;
    NodeId n;
    if (parse_tok(p) == TOK_PRIVATE_NAME) {
        n = node(p, PRIVATE_NAME, t->start, len, 0, 0);
        parse_private_ref(p, t->start, len);
    } else if (parse_tok(p) == TOK_IDENT || token_is_reserved(parse_tok(p))) {
        n = node(p, NAME, t->start, len, 0, 0);
    } else {
        parse_unexpected(p);
        return invalid(p);
    }
    parse_next(p);
    return n;
}

// MemberExpression / CallExpression / OptionalExpression suffixes:
//   `.` IdentifierName | `?.` … | `[` Expression `]` | Arguments | TemplateLiteral
// allow_call is false for the callee of `new`.
static NodeId parse_suffixes(Parser *p, NodeId e, uint32_t start, bool allow_call) {
    uint8_t chain = 0;
    for (;;) {
        if (is_arrow(p, e))
            return e;
        switch (parse_tok(p)) {
        case TOK_DOT:
            parse_next(p);
            e = node(p, MEMBER, start, e, parse_member_name(p), 0);
            at(p, e)->flags = chain;
            if (p->const_enum_values)
                parse_ts_inline_enum(p, e); // `E.A` of a const enum becomes its value
            break;
        case TOK_QUESTION_DOT:
            if (!allow_call) {
                parse_error(p, p->lx.token.start, 2, "Cannot use optional chaining with \"new\"");
                return e;
            }
            parse_next(p);
            chain = NF_OPTIONAL_CHAIN;
            if (p->ts && parse_tok(p) == TOK_LT && parse_ts_try_type_args(p) &&
                parse_tok(p) != TOK_OPEN_PAREN)
                parse_expect(p, TOK_OPEN_PAREN); // `f?.<T>(x)`
            if (parse_tok(p) == TOK_OPEN_PAREN) {
                e = node(p, CALL, start, e, parse_arguments(p), 0);
            } else if (parse_tok(p) == TOK_OPEN_BRACKET) {
                parse_next(p);
                bool saved_in = p->no_in;
                p->no_in = false;
                NodeId index = parse_expr(p);
                p->no_in = saved_in;
                parse_expect(p, TOK_CLOSE_BRACKET);
                e = node(p, INDEX, start, e, index, 0);
            } else if (parse_tok(p) == TOK_TEMPLATE_FULL || parse_tok(p) == TOK_TEMPLATE_HEAD) {
                parse_error(p, p->lx.token.start, 1,
                            "Template literals cannot have an optional chain as a tag");
                return e;
            } else {
                e = node(p, MEMBER, start, e, parse_member_name(p), 0);
            }
            at(p, e)->flags = NF_OPTIONAL;
            break;
        case TOK_OPEN_BRACKET: {
            parse_next(p);
            bool saved_in = p->no_in;
            p->no_in = false;
            NodeId index = parse_expr(p);
            p->no_in = saved_in;
            parse_expect(p, TOK_CLOSE_BRACKET);
            e = node(p, INDEX, start, e, index, 0);
            at(p, e)->flags = chain;
            if (p->const_enum_values)
                parse_ts_inline_enum(p, e); // and `E["A"]`
            break;
        }
        case TOK_OPEN_PAREN: {
            if (!allow_call)
                return e;
            const Node *callee = at(p, e);
            bool direct_eval = callee->kind == IDENT && callee->b == 4 &&
                               !(callee->flags & NF_IN_PARENS) &&
                               memcmp(p->lx.src + callee->start, "eval", 4) == 0;
            e = node(p, CALL, start, e, parse_arguments(p), 0);
            at(p, e)->flags = chain;
            if (direct_eval)
                scope_mark(p->st, SCOPEF_EVAL);
            break;
        }
        case TOK_BANG: // TypeScript non-null assertion `x!`
            if (!p->ts || parse_newline_before(p))
                return e;
            parse_next(p);
            break;
        case TOK_LT: // TypeScript type arguments `f<T>(x)`, `new C<T>()`, `f<T>;`
            if (!p->ts || !parse_ts_try_type_args(p))
                return e;
            break;
        case TOK_TEMPLATE_FULL:
        case TOK_TEMPLATE_HEAD:
            if (chain) {
                parse_error(p, p->lx.token.start, 1,
                            "Template literals cannot have an optional chain as a tag");
                return e;
            }
            e = parse_template(p, e, start);
            break;
        default:
            return e;
        }
    }
}

// The token after the current one (a one-token peek that reports nothing).
static Token peek_token(Parser *p) {
    LexSnapshot s = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL;
    lex_next(&p->lx);
    Token next = p->lx.token;
    p->lx.sink = sink;
    lex_restore(&p->lx, &s);
    return next;
}

// `new async(x)` constructs a function named async: no async arrow or call starts there, but
// `new async function() {}` is an async function expression.
static bool async_is_name(Parser *p) {
    if (!lex_is_contextual(&p->lx.token, KW_ASYNC))
        return false;
    Token next = peek_token(p);
    return next.kind != TOK_FUNCTION || (next.flags & TOKF_NEWLINE_BEFORE);
}

// The word `async` as a plain reference.
static NodeId parse_async_name(Parser *p) {
    NodeId n = node(p, IDENT, p->lx.token.start, ID_NONE, 5, 0);
    scope_reference(p->st, n, STR("async"));
    parse_next(p);
    return n;
}

// `new.target` | `new` MemberExpression Arguments?
static NodeId parse_new(Parser *p) {
    uint32_t start = p->lx.token.start;
    parse_next(p);
    if (parse_tok(p) == TOK_DOT) {
        parse_next(p);
        if (!lex_is_contextual(&p->lx.token, KW_TARGET)) {
            parse_unexpected(p);
            return invalid(p);
        }
        if (!(p->ctx & CTX_NEW_TARGET))
            parse_error(p, start, p->lx.token.end - start, "Cannot use \"new.target\" here");
        parse_next(p);
        return node(p, NEW_TARGET, start, 0, 0, 0);
    }
    if (!parse_enter(p))
        return invalid(p);
    NodeId callee;
    uint32_t cstart = p->lx.token.start;
    if (parse_tok(p) == TOK_NEW) {
        callee = parse_new(p);
    } else if (parse_tok(p) == TOK_IMPORT) {
        parse_error(p, cstart, 6, "Cannot use new with \"import()\"");
        callee = invalid(p);
    } else if (async_is_name(p)) {
        callee = parse_async_name(p);
    } else {
        callee = parse_primary(p);
    }
    callee = parse_suffixes(p, callee, cstart, false);
    parse_leave(p);
    if (at(p, callee)->kind == SUPER)
        parse_error(p, cstart, 5, "Unexpected \"super\"");
    ListRef args = LIST_EMPTY;
    if (parse_tok(p) == TOK_OPEN_PAREN)
        args = parse_arguments(p);
    return node(p, NEW, start, callee, args, 0);
}

// `super` `(` … `)` | `super` `.` IdentifierName | `super` `[` Expression `]`
static NodeId parse_super(Parser *p) {
    uint32_t start = p->lx.token.start;
    parse_next(p);
    TokenKind k = parse_tok(p);
    if (k == TOK_OPEN_PAREN && (p->ctx & CTX_SUPER_CALL))
        return node(p, SUPER, start, 0, 0, 0);
    if ((k == TOK_DOT || k == TOK_OPEN_BRACKET) && (p->ctx & CTX_SUPER_PROP))
        return node(p, SUPER, start, 0, 0, 0);
    parse_error(p, start, 5, "Unexpected \"super\"");
    return invalid(p);
}

// `import` `(` AssignmentExpression (`,` AssignmentExpression)? `,`? `)` | `import` `.` `meta`
static NodeId parse_import_expr(Parser *p) {
    uint32_t start = p->lx.token.start;
    parse_next(p);
    if (parse_tok(p) == TOK_DOT) {
        parse_next(p);
        if (!lex_is_contextual(&p->lx.token, KW_META)) {
            parse_unexpected(p);
            return invalid(p);
        }
        if (!p->lx.module) {
            if (p->auto_mode) {
                parse_switch_to_module(p);
                return invalid(p);
            }
            parse_error(p, start, p->lx.token.end - start,
                        "Cannot use \"import.meta\" outside a module");
        }
        p->flags |= PARSEF_IMPORT_META;
        parse_next(p);
        return node(p, IMPORT_META, start, 0, 0, 0);
    }
    if (parse_tok(p) != TOK_OPEN_PAREN) {
        parse_unexpected(p);
        return invalid(p);
    }
    parse_next(p);
    bool saved_in = p->no_in;
    p->no_in = false;
    NodeId spec = parse_assign(p);
    NodeId opts = NODE_NONE;
    if (parse_tok(p) == TOK_COMMA) {
        parse_next(p);
        if (parse_tok(p) != TOK_CLOSE_PAREN) {
            opts = parse_assign(p);
            if (parse_tok(p) == TOK_COMMA)
                parse_next(p);
        }
    }
    p->no_in = saved_in;
    parse_expect(p, TOK_CLOSE_PAREN);
    return node(p, IMPORT_CALL, start, spec, opts, 0);
}

// An identifier in expression position: a reference, `async` forms, or an arrow parameter.
static NodeId parse_word(Parser *p) {
    Token t = p->lx.token;
    if (lex_is_contextual(&t, KW_ASYNC)) {
        parse_next(p);
        bool same_line = !parse_newline_before(p);
        if (same_line && parse_tok(p) == TOK_FUNCTION) {
            parse_next(p);
            uint8_t gen = 0;
            if (parse_tok(p) == TOK_STAR) {
                gen = NF_GENERATOR;
                parse_next(p);
            }
            return parse_function(p, t.start, NF_ASYNC | gen, false, false);
        }
        // `async of` is an arrow only before `=>`: `for await (async of x)` iterates into a
        // variable named async (§14.7.5; plain `for (async of x)` is refused by parse_for).
        if (same_line && parse_tok(p) == TOK_IDENT &&
            !(lex_is_contextual(&p->lx.token, KW_OF) && peek_token(p).kind != TOK_ARROW))
            return parse_simple_arrow(p, t.start, true);
        if (same_line && parse_tok(p) == TOK_LT && p->ts && parse_ts_angle_prefix(p))
            return parse_paren(p, t.start); // `async <T>(x: T) => x`
        if (same_line && parse_tok(p) == TOK_OPEN_PAREN)
            return parse_paren(p, t.start);
        NodeId n = node(p, IDENT, t.start, ID_NONE, 5, 0);
        scope_reference(p->st, n, STR("async"));
        if (parse_tok(p) == TOK_ARROW && same_line) {
            // `async => …`: a parameter named async.
            p->st->refs.len--;
            at(p, n)->kind = NODE_INVALID;
            scope_push(p->st, SCOPE_ARROW, 0);
            NodeId param = node(p, BINDING_IDENT, t.start, ID_NONE, 5, 0);
            parse_declare(p, param, STR("async"), SYM_PARAM);
            parse_next(p);
            return parse_arrow_body(p, t.start, ast_list(p->ast, &param, 1), false);
        }
        return n;
    }
    if (t.keyword == KW_AWAIT && !(t.flags & TOKF_ESCAPED) && p->auto_mode && (p->ctx & CTX_TOP) &&
        !(p->ctx & CTX_FUNCTION)) {
        // Top-level await decides auto-detection only when an operand follows on the line.
        Token next = peek_token(p);
        TokenKind k = (TokenKind)next.kind;
        if (!(next.flags & TOKF_NEWLINE_BEFORE) &&
            (k == TOK_IDENT || k == TOK_NUMBER || k == TOK_STRING || k == TOK_THIS ||
             k == TOK_NEW || k == TOK_NULL || k == TOK_TRUE || k == TOK_FALSE ||
             k == TOK_FUNCTION || k == TOK_CLASS || k == TOK_TYPEOF || k == TOK_VOID ||
             k == TOK_BANG || k == TOK_TILDE || k == TOK_IMPORT || k == TOK_SUPER)) {
            parse_switch_to_module(p);
            return invalid(p);
        }
    }
    if (!parse_check_identifier(p, &t, false))
        return invalid(p);
    NodeId n = node(p, IDENT, t.start, ID_NONE, t.end - t.start, 0);
    Str name = parse_token_name(p);
    scope_reference(p->st, n, name);
    parse_next(p);
    if (parse_tok(p) != TOK_ARROW || parse_newline_before(p))
        return n;
    // `x => …`: the reference just recorded becomes the parameter of a new arrow scope.
    p->st->refs.len--;
    at(p, n)->kind = BINDING_IDENT;
    if (!parse_check_identifier(p, &t, true))
        return n;
    scope_push(p->st, SCOPE_ARROW, 0);
    parse_declare(p, n, name, SYM_PARAM);
    parse_next(p);
    return parse_arrow_body(p, t.start, ast_list(p->ast, &n, 1), false);
}

// PrimaryExpression (plus `new`, `super`, `import`): the start of a member chain.
// /*#__NO_SIDE_EFFECTS__*/ before a function or arrow expression marks its FUNC.
static NodeId mark_no_side_effects(Parser *p, NodeId n, bool annotated) {
    if (annotated && at(p, n)->kind == FUNC)
        at(p, n)->flags |= NF_NO_SIDE_EFFECTS;
    return n;
}

static NodeId parse_primary_inner(Parser *p);

static NodeId parse_primary(Parser *p) {
    bool annotated = (p->lx.token.flags & TOKF_NO_SIDE_EFFECTS) != 0;
    return mark_no_side_effects(p, parse_primary_inner(p), annotated);
}

NodeId parse_this(Parser *p, uint32_t start) {
    NodeId n = node(p, THIS, start, 0, 0, 0);
    // Whatever allows new.target (functions, class fields, static blocks) binds `this` too.
    if (!(p->ctx & CTX_NEW_TARGET))
        ast_node(p->ast, n)->flags |= NF_TOP_LEVEL;
    return n;
}

static NodeId parse_primary_inner(Parser *p) {
    const Token *t = &p->lx.token;
    uint32_t start = t->start;
    uint32_t len = t->end - t->start;
    NodeId n;
    switch (parse_tok(p)) {
    case TOK_IDENT:
        return parse_word(p);
    case TOK_THIS:
        n = parse_this(p, start);
        break;
    case TOK_NULL:
        n = node(p, NULL_LIT, start, 0, 0, 0);
        break;
    case TOK_TRUE:
    case TOK_FALSE:
        n = node(p, BOOL_LIT, start, 0, 0, 0);
        at(p, n)->op = parse_tok(p) == TOK_TRUE;
        break;
    case TOK_NUMBER:
        n = node(p, NUMBER_LIT, start, 0, 0, len);
        ast_set_number(at(p, n), t->number);
        break;
    case TOK_BIGINT:
        n = node(p, BIGINT_LIT, start, len, 0, 0);
        break;
    case TOK_STRING:
        n = node(p, STRING_LIT, start, len, 0, 0);
        if (t->flags & TOKF_ESCAPED)
            at(p, n)->flags |= NF_ESCAPED;
        break;
    case TOK_SLASH:
    case TOK_SLASH_EQ:
        lex_rescan_regexp(&p->lx);
        if (p->lx.failed) {
            parse_stop(p);
            return invalid(p);
        }
        n = node(p, REGEXP_LIT, start, p->lx.token.end - start, 0, 0);
        break;
    case TOK_TEMPLATE_FULL:
    case TOK_TEMPLATE_HEAD:
        return parse_template(p, NODE_NONE, start);
    case TOK_OPEN_PAREN:
        return parse_paren(p, ID_NONE);
    case TOK_LT:
        if (p->jsx)
            return parse_jsx_element(p, false);
        parse_unexpected(p);
        return invalid(p);
    case TOK_OPEN_BRACKET:
        return parse_array(p);
    case TOK_OPEN_BRACE:
        return parse_object(p);
    case TOK_FUNCTION: {
        parse_next(p);
        uint8_t gen = 0;
        if (parse_tok(p) == TOK_STAR) {
            gen = NF_GENERATOR;
            parse_next(p);
        }
        return parse_function(p, start, gen, false, false);
    }
    case TOK_CLASS:
        n = parse_class(p, false, false);
        p->class_decorated.len = 0; // legacy member decorators: dropped, as the compiler does
        return n;
    case TOK_AT:
        n = parse_decorated_class_expression(p);
        return n != NODE_NONE ? n : invalid(p); // `@d` without a class: reported
    case TOK_NEW:
        return parse_new(p);
    case TOK_SUPER:
        return parse_super(p);
    case TOK_IMPORT:
        return parse_import_expr(p);
    default:
        parse_unexpected(p);
        return invalid(p);
    }
    parse_next(p);
    return n;
}

// LeftHandSideExpression: (NewExpression | CallExpression | OptionalExpression)
// A /*#__PURE__*/ comment before it marks the whole expression when that is a call or `new`:
// in `/*#__PURE__*/ a().b()` the outer call (esbuild's rule; there is no spec).
NodeId parse_lhs(Parser *p) {
    uint32_t start = p->lx.token.start;
    bool pure = p->lx.token.flags & TOKF_PURE;
    NodeId n = parse_tok(p) == TOK_NEW ? parse_new(p) : parse_primary(p);
    n = parse_suffixes(p, n, start, true);
    if (pure && (at(p, n)->kind == CALL || at(p, n)->kind == NEW))
        at(p, n)->flags |= NF_PURE;
    return n;
}

// ---------------------------------------------------------------------------------------------
// Operators

// UpdateExpression: LeftHandSideExpression (`++` | `--`)? with no LineTerminator before the op
static NodeId parse_postfix(Parser *p) {
    uint32_t start = p->lx.token.start;
    NodeId e = parse_lhs(p);
    TokenKind k = parse_tok(p);
    if ((k == TOK_PLUS_PLUS || k == TOK_MINUS_MINUS) && !parse_newline_before(p) &&
        !is_arrow(p, e)) {
        parse_check_target(p, e, true);
        parse_next(p);
        e = node(p, UPDATE, start, e, 0, 0);
        at(p, e)->op = (uint16_t)k;
    }
    return e;
}

// AwaitExpression: `await` UnaryExpression
static NodeId parse_await(Parser *p) {
    uint32_t start = p->lx.token.start;
    if (p->ctx & CTX_PARAMS)
        parse_error(p, start, 5, "Cannot use an \"await\" expression here");
    if (p->ctx & CTX_TOP)
        p->flags |= PARSEF_TOP_LEVEL_AWAIT;
    if (p->yield_await == ID_NONE)
        p->yield_await = start;
    parse_next(p);
    NodeId operand = parse_unary(p);
    if (is_arrow(p, operand))
        parse_error(p, at(p, operand)->start, 0, "Unexpected arrow function");
    return node(p, AWAIT, start, operand, 0, 0);
}

// UnaryExpression: UpdateExpression | (`delete` | `void` | `typeof` | `+` | `-` | `~` | `!`)
// UnaryExpression | `++`/`--` UnaryExpression | AwaitExpression
static NodeId parse_unary(Parser *p) {
    uint32_t start = p->lx.token.start;
    TokenKind k = parse_tok(p);
    switch (k) {
    case TOK_BANG:
    case TOK_TILDE:
    case TOK_PLUS:
    case TOK_MINUS:
    case TOK_TYPEOF:
    case TOK_VOID:
    case TOK_DELETE: {
        if (!parse_enter(p))
            return invalid(p);
        parse_next(p);
        NodeId operand = parse_unary(p);
        parse_leave(p);
        if (is_arrow(p, operand))
            parse_error(p, at(p, operand)->start, 0, "Unexpected arrow function");
        const Node *o = at(p, operand);
        if (k == TOK_DELETE && p->lx.strict && o->kind == IDENT) {
            parse_error(p, o->start, o->b,
                        "Delete of a bare identifier cannot be used in strict mode");
        }
        if (k == TOK_DELETE && (o->kind == MEMBER) && at(p, o->b)->kind == PRIVATE_NAME)
            parse_error(p, o->start, 0, "Deleting a private name is not allowed");
        NodeId n = node(p, UNARY, start, operand, 0, 0);
        at(p, n)->op = (uint16_t)k;
        return n;
    }
    case TOK_PLUS_PLUS:
    case TOK_MINUS_MINUS: {
        if (!parse_enter(p))
            return invalid(p);
        parse_next(p);
        NodeId operand = parse_unary(p);
        parse_leave(p);
        parse_check_target(p, operand, true);
        NodeId n = node(p, UPDATE, start, operand, 0, 0);
        at(p, n)->op = (uint16_t)k;
        at(p, n)->flags = NF_PREFIX;
        return n;
    }
    default:
        if (k == TOK_LT && p->ts && parse_ts_angle_prefix(p))
            return parse_unary(p); // `<T>x` asserts a type; `<T>(x) => x` is an arrow
        if (lex_is_contextual(&p->lx.token, KW_AWAIT) && (p->ctx & CTX_ASYNC)) {
            if (!parse_enter(p))
                return invalid(p);
            NodeId n = parse_await(p);
            parse_leave(p);
            return n;
        }
        return parse_postfix(p);
    }
}

// Binding power of a binary operator token; 0 if it is none (or `in` where not allowed).
static int binary_prec(const Parser *p, TokenKind k) {
    switch (k) {
    case TOK_QUESTION_QUESTION:
        return 1;
    case TOK_BAR_BAR:
        return 2;
    case TOK_AMP_AMP:
        return 3;
    case TOK_BAR:
        return 4;
    case TOK_CARET:
        return 5;
    case TOK_AMP:
        return 6;
    case TOK_EQ_EQ:
    case TOK_NOT_EQ:
    case TOK_EQ_EQ_EQ:
    case TOK_NOT_EQ_EQ:
        return 7;
    case TOK_IN:
        return p->no_in ? 0 : 8;
    case TOK_LT:
    case TOK_GT:
    case TOK_LT_EQ:
    case TOK_GT_EQ:
    case TOK_INSTANCEOF:
        return 8;
    case TOK_SHL:
    case TOK_SHR:
    case TOK_USHR:
        return 9;
    case TOK_PLUS:
    case TOK_MINUS:
        return 10;
    case TOK_STAR:
    case TOK_SLASH:
    case TOK_PERCENT:
        return 11;
    case TOK_STAR_STAR:
        return 12;
    default:
        return 0;
    }
}

// `??` cannot be mixed with `||`/`&&` without parentheses (§13.13).
static bool is_logical(const Parser *p, NodeId n, TokenKind op) {
    const Node *x = at((Parser *)p, n);
    return x->kind == BINARY && x->op == op && !(x->flags & NF_IN_PARENS);
}

static NodeId parse_binary(Parser *p, int min_prec);

// The left operand of a binary expression: `#x in obj` starts with a private name.
static NodeId parse_binary_operand(Parser *p) {
    if (parse_tok(p) != TOK_PRIVATE_NAME)
        return parse_unary(p);
    const Token *t = &p->lx.token;
    NodeId n = node(p, PRIVATE_NAME, t->start, t->end - t->start, 0, 0);
    parse_private_ref(p, t->start, t->end - t->start);
    parse_next(p);
    if (parse_tok(p) != TOK_IN || p->no_in)
        parse_unexpected(p);
    return n;
}

// ExponentiationExpression … CoalesceExpression, by precedence climbing.
static NodeId parse_binary(Parser *p, int min_prec) {
    uint32_t start = p->lx.token.start;
    NodeId left = parse_binary_operand(p);
    for (;;) {
        if (is_arrow(p, left))
            return left;
        TokenKind op = parse_tok(p);
        if (p->ts && min_prec <= 8 && parse_ts_as(p))
            continue; // `x as T`, `x satisfies T`: the type is skipped, x stays
        int prec = binary_prec(p, op);
        if (prec == 0 || prec < min_prec)
            return left;
        uint32_t op_start = p->lx.token.start;
        if (op == TOK_STAR_STAR) {
            const Node *l = at(p, left);
            if ((l->kind == UNARY || l->kind == AWAIT) && !(l->flags & NF_IN_PARENS)) {
                parse_error(p, op_start, 2,
                            "Unary operators cannot be used before \"**\" without parentheses");
            }
        }
        if (at(p, left)->kind == PRIVATE_NAME && op != TOK_IN)
            parse_unexpected(p);
        parse_next(p);
        NodeId right;
        if (op == TOK_STAR_STAR) {
            if (!parse_enter(p))
                return left;
            right = parse_binary(p, prec); // right-associative
            parse_leave(p);
        } else {
            right = parse_binary(p, prec + 1);
        }
        if (is_arrow(p, right))
            parse_error(p, at(p, right)->start, 0, "Unexpected arrow function");
        if ((op == TOK_QUESTION_QUESTION &&
             (is_logical(p, left, TOK_BAR_BAR) || is_logical(p, left, TOK_AMP_AMP) ||
              is_logical(p, right, TOK_BAR_BAR) || is_logical(p, right, TOK_AMP_AMP))) ||
            ((op == TOK_BAR_BAR || op == TOK_AMP_AMP) &&
             (is_logical(p, left, TOK_QUESTION_QUESTION) ||
              is_logical(p, right, TOK_QUESTION_QUESTION)))) {
            parse_error(p, op_start, 2, "Cannot use \"%s\" with \"%s\" without parentheses",
                        token_name(op), op == TOK_QUESTION_QUESTION ? "||" : "??");
        }
        left = node(p, BINARY, start, left, right, 0);
        at(p, left)->op = (uint16_t)op;
    }
}

// ConditionalExpression: ShortCircuitExpression (`?` AssignmentExpression `:`
// AssignmentExpression)?
static NodeId parse_conditional(Parser *p) {
    uint32_t start = p->lx.token.start;
    NodeId test = parse_binary(p, 1);
    if (parse_tok(p) != TOK_QUESTION || is_arrow(p, test) || (p->ts && parse_ts_optional_param(p)))
        return test;
    parse_next(p);
    uint32_t saved_cond = p->ts_cond_start;
    p->ts_cond_start = p->lx.token.start; // `a ? (x) : y => z`: no arrow return type here
    NodeId then = parse_assign_in(p);
    p->ts_cond_start = saved_cond;
    parse_expect(p, TOK_COLON);
    NodeId alt = parse_assign(p);
    return node(p, CONDITIONAL, start, test, then, alt);
}

static bool is_assign_op(TokenKind k) {
    return k == TOK_EQ || (k >= TOK_PLUS_EQ && k <= TOK_QUESTION_QUESTION_EQ);
}

// YieldExpression: `yield` | `yield` [no LineTerminator here] `*`? AssignmentExpression
static NodeId parse_yield(Parser *p) {
    uint32_t start = p->lx.token.start;
    if (p->ctx & CTX_PARAMS)
        parse_error(p, start, 5, "Cannot use a \"yield\" expression here");
    if (p->yield_await == ID_NONE)
        p->yield_await = start;
    parse_next(p);
    uint8_t flags = 0;
    NodeId arg = NODE_NONE;
    if (!parse_newline_before(p)) {
        if (parse_tok(p) == TOK_STAR) {
            flags = NF_DELEGATE;
            parse_next(p);
            arg = parse_assign(p);
        } else {
            TokenKind k = parse_tok(p);
            bool ends = k == TOK_CLOSE_PAREN || k == TOK_CLOSE_BRACKET || k == TOK_CLOSE_BRACE ||
                        k == TOK_COMMA || k == TOK_SEMICOLON || k == TOK_COLON || k == TOK_EOF ||
                        (k == TOK_IN && p->no_in) || k == TOK_QUESTION;
            if (!ends)
                arg = parse_assign(p);
        }
    }
    NodeId n = node(p, YIELD, start, arg, 0, 0);
    at(p, n)->flags = flags;
    return n;
}

// AssignmentExpression: ConditionalExpression | YieldExpression | ArrowFunction |
// AsyncArrowFunction | LeftHandSideExpression AssignmentOperator AssignmentExpression
// cover_ok: the caller may still turn the result into a pattern (array/object elements and
// parenthesized items), so pattern-only syntax inside is not an error yet.
static NodeId assign(Parser *p, bool cover_ok) {
    if (!parse_enter(p))
        return invalid(p);
    uint32_t start = p->lx.token.start;
    if (lex_is_contextual(&p->lx.token, KW_YIELD) && (p->ctx & CTX_GENERATOR)) {
        NodeId y = parse_yield(p);
        parse_leave(p);
        return y;
    }
    CoverError saved = p->cover;
    p->cover.start = ID_NONE;
    NodeId left = parse_conditional(p);
    TokenKind op = parse_tok(p);
    NodeId result = left;
    if (is_assign_op(op)) {
        Node *l = at(p, left);
        if (op == TOK_EQ && (l->kind == OBJECT || l->kind == ARRAY) && !(l->flags & NF_IN_PARENS)) {
            parse_to_pattern(p, left, false);
            p->cover.start = ID_NONE;
        } else if (l->kind == IDENT || l->kind == MEMBER || l->kind == INDEX || l->kind == CALL) {
            parse_check_target(p, left, true);
        } else {
            target_error(p, left);
        }
        parse_next(p);
        NodeId right = assign(p, false);
        result = node(p, ASSIGN, start, left, right, 0);
        at(p, result)->op = (uint16_t)op;
    }
    if (p->cover.start != ID_NONE && !cover_ok)
        cover_report(p);
    if (saved.start != ID_NONE)
        p->cover = saved;
    parse_leave(p);
    return result;
}

NodeId parse_assign(Parser *p) {
    return assign(p, false);
}

NodeId parse_expr_cover(Parser *p) {
    uint32_t start = p->lx.token.start;
    CoverError saved = p->cover;
    p->cover.start = ID_NONE;
    NodeId first = assign(p, true);
    CoverError inner = p->cover;
    p->cover = saved;
    if (parse_tok(p) != TOK_COMMA) {
        if (inner.start != ID_NONE)
            p->cover = inner;
        return first;
    }
    if (inner.start != ID_NONE) {
        p->cover = inner;
        cover_report(p);
    }
    uint32_t mark = p->tmp.len;
    parse_push(p, first);
    while (parse_tok(p) == TOK_COMMA) {
        parse_next(p);
        parse_push(p, parse_assign(p));
    }
    return node(p, SEQUENCE, start, parse_list_from(p, mark), 0, 0);
}

void parse_cover_end(Parser *p, bool pattern) {
    if (pattern)
        p->cover.start = ID_NONE;
    else if (p->cover.start != ID_NONE)
        cover_report(p);
}

NodeId parse_assign_in(Parser *p) {
    bool saved = p->no_in;
    p->no_in = false;
    NodeId n = assign(p, false);
    p->no_in = saved;
    return n;
}

// Expression: AssignmentExpression (`,` AssignmentExpression)*
NodeId parse_expr(Parser *p) {
    uint32_t start = p->lx.token.start;
    NodeId first = parse_assign(p);
    if (parse_tok(p) != TOK_COMMA)
        return first;
    uint32_t mark = p->tmp.len;
    parse_push(p, first);
    while (parse_tok(p) == TOK_COMMA) {
        parse_next(p);
        parse_push(p, parse_assign(p));
    }
    return node(p, SEQUENCE, start, parse_list_from(p, mark), 0, 0);
}
