// parser_func: functions, methods and classes (ECMA-262 §15.1–§15.7).
//
// Each function gets one SCOPE_FUNCTION holding its parameters and body (scope.c explains the
// trade). The parser's context (Parser.ctx: async, generator, super, new.target…), label stack
// and loop counters are saved at a function boundary and restored after it. Classes are strict
// code: the lexer is switched to strict for the class and back after it. Private names are
// checked when their class closes: references not declared by the class move to the enclosing
// class, and those left at the outermost class are errors.
#include <string.h>

#include "js/parser_int.h"

// What a function boundary saves.
typedef struct FuncState {
    uint32_t ctx;
    uint32_t label_base;
    uint32_t loops;
    uint32_t breakables;
    bool no_in;
    bool dup_param;
    uint32_t yield_await;
} FuncState;

static FuncState enter_function(Parser *p, uint32_t ctx) {
    FuncState s = { p->ctx,   p->label_base, p->loops,      p->breakables,
                    p->no_in, p->dup_param,  p->yield_await };
    p->yield_await = ID_NONE;
    p->ctx = ctx;
    p->label_base = p->labels.len;
    p->loops = p->breakables = 0;
    p->no_in = false;
    p->dup_param = false;
    return s;
}

static void leave_function(Parser *p, FuncState s) {
    p->ctx = s.ctx;
    p->label_base = s.label_base;
    p->loops = s.loops;
    p->breakables = s.breakables;
    p->no_in = s.no_in;
    p->dup_param = s.dup_param;
    p->yield_await = s.yield_await;
}

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

static uint32_t fn_ctx(uint8_t flags) {
    return CTX_FUNCTION | CTX_NEW_TARGET | ((flags & NF_ASYNC) ? CTX_ASYNC : 0) |
           ((flags & NF_GENERATOR) ? CTX_GENERATOR : 0);
}

static uint8_t scope_flags(uint8_t flags) {
    return ((flags & NF_ASYNC) ? SCOPEF_ASYNC : 0) |
           ((flags & NF_GENERATOR) ? SCOPEF_GENERATOR : 0);
}

// FormalParameters: `(` (BindingElement `,`)* BindingRestElement? `)`
static ListRef parse_params(Parser *p) {
    parse_expect(p, TOK_OPEN_PAREN);
    p->ctx |= CTX_PARAMS;
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_PAREN && parse_tok(p) != TOK_EOF) {
        if (parse_tok(p) == TOK_DOT_DOT_DOT) {
            uint32_t start = p->lx.token.start;
            parse_next(p);
            NodeId target = parse_binding(p, SYM_PARAM);
            if (p->ts) {
                p->ts_capture = p->ts_metadata;
                p->ts_rest_param = p->ts_metadata;
                p->ts_captured = NODE_NONE;
                parse_ts_skip_binding_suffix(p);
                if (p->ts_metadata)
                    parse_ts_push_param_type(p);
                p->ts_rest_param = false;
            }
            parse_push(p, node(p, REST, start, target, 0, 0));
            break;
        }
        if (p->ts && parse_tok(p) == TOK_THIS) {
            // `this: T` declares the type of `this`; it is no parameter.
            parse_next(p);
            parse_ts_skip_binding_suffix(p);
            if (parse_tok(p) == TOK_COMMA)
                parse_next(p);
            continue;
        }
        if (p->ts && parse_tok(p) == TOK_AT)
            parse_ts_param_decorators(p, parse_ts_decorators(p), p->tmp.len - mark);
        bool prop = p->ts && parse_ts_param_modifiers(p);
        p->ts_capture = p->ts_metadata; // the annotation's type is serialized, not skipped
        p->ts_captured = NODE_NONE;
        NodeId param = parse_binding_element(p, SYM_PARAM);
        if (p->ts_metadata)
            parse_ts_push_param_type(p);
        if (prop)
            parse_ts_record_param_prop(p, param);
        parse_push(p, param);
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    p->ctx &= ~(uint32_t)CTX_PARAMS;
    uint32_t end = p->lx.token.start;
    parse_expect(p, TOK_CLOSE_PAREN);
    ListRef params = parse_list_from(p, mark);
    // Duplicates are a sloppy-mode allowance of simple parameter lists only (§15.2.1).
    uint32_t count = ast_list_len(p->ast, params);
    for (uint32_t i = 0; i < count && p->dup_param; i++) {
        if (ast_node(p->ast, ast_list_items(p->ast, params)[i])->kind != BINDING_IDENT) {
            parse_error(p, end, 1, "Duplicate parameter names are not allowed here");
            break;
        }
    }
    return params;
}

static bool in_block_scope(Parser *p) {
    ScopeKind k = (ScopeKind)p->st->scopes.items[scope_current(p->st)].kind;
    return k == SCOPE_BLOCK || k == SCOPE_CATCH || k == SCOPE_FOR || k == SCOPE_WITH;
}

// The name of a function declaration, declared where the declaration lives (§10.2.11,
// Annex B.3.2 for sloppy block functions).
static NodeId declare_function_name(Parser *p, uint8_t flags) {
    const Token *t = &p->lx.token;
    if (!parse_check_identifier(p, t, true))
        return NODE_NONE;
    NodeId name = node(p, BINDING_IDENT, t->start, ID_NONE, t->end - t->start, 0);
    Str s = parse_token_name(p);
    if (in_block_scope(p)) {
        // Annex B.3.2.4: sloppy blocks may repeat plain function declarations only.
        bool plain = !(flags & (NF_ASYNC | NF_GENERATOR));
        SymbolId sym;
        ScopeDeclareResult r =
                scope_declare(p->st, s, SYM_BLOCK_FUNCTION, p->lx.strict || !plain, &sym);
        ast_node(p->ast, name)->a = sym;
        if (r == SCOPE_CONFLICT) {
            parse_error(p, t->start, t->end - t->start,
                        "The symbol \"%.*s\" has already been declared", (int)s.len, s.ptr);
        }
        if (!plain && r == SCOPE_DECLARED)
            p->st->symbols.items[sym].flags |= SYMF_NOT_PLAIN;
        if (!p->lx.strict && plain) {
            SymbolId ignored;
            (void)scope_declare(p->st, s, SYM_HOISTED, false, &ignored);
        }
    } else {
        parse_declare(p, name, s, SYM_FUNCTION);
    }
    parse_next(p);
    return name;
}

// FunctionDeclaration / FunctionExpression / GeneratorDeclaration … after `function` (and `*`):
//   BindingIdentifier? `(` FormalParameters `)` `{` FunctionBody `}`
NodeId parse_function(Parser *p, uint32_t start, uint8_t flags, bool declaration,
                      bool default_export) {
    NodeId name = NODE_NONE;
    Token name_tok = p->lx.token;
    bool has_name = parse_tok(p) == TOK_IDENT;
    if (declaration && has_name) {
        name = declare_function_name(p, flags);
    } else if (declaration && !default_export) {
        parse_check_identifier(p, &p->lx.token, true);
    } else if (has_name) {
        parse_next(p);
    }
    if (p->ts)
        parse_ts_skip_type_params(p);
    scope_push(p->st, SCOPE_FUNCTION, scope_flags(flags));
    FuncState saved = enter_function(p, fn_ctx(flags));
    if (!declaration && has_name) {
        // A function expression's name is checked with the function's own async/generator.
        if (parse_check_identifier(p, &name_tok, true)) {
            name = node(p, BINDING_IDENT, name_tok.start, ID_NONE, name_tok.end - name_tok.start,
                        0);
            Str s = (name_tok.flags & TOKF_ESCAPED)
                            ? lex_identifier_name(&p->lx, &name_tok, p->arena)
                            : (Str){ p->lx.src + name_tok.start, name_tok.end - name_tok.start };
            parse_declare(p, name, s, SYM_FUNC_NAME);
        }
    }
    uint32_t props_mark = p->param_props.len;
    ListRef params = parse_params(p);
    if (p->param_props.len > props_mark)
        parse_ts_param_prop_error(p, props_mark);
    if (p->ts && parse_tok(p) == TOK_COLON) {
        parse_next(p);
        parse_ts_skip_return_type(p);
    }
    NodeId body = parse_function_body(p, params);
    if (p->made_strict && name != NODE_NONE) {
        // "use strict" in the body applies to the function's own name too.
        const Node *n = ast_node(p->ast, name);
        Str s = { p->lx.src + n->start, n->b };
        if (parse_is_strict_bad_name(s)) {
            parse_error(p, n->start, n->b, "Cannot use \"%.*s\" as an identifier in strict mode",
                        (int)s.len, s.ptr);
        }
    }
    leave_function(p, saved);
    scope_pop(p->st, p->ast);
    NodeId f = node(p, FUNC, start, name, params, body);
    ast_node(p->ast, f)->flags = flags;
    return f;
}

// MethodDefinition after its key: `(` UniqueFormalParameters `)` `{` FunctionBody `}`, with
// getters taking no parameter and setters exactly one.
NodeId parse_method(Parser *p, uint32_t start, uint8_t flags, uint32_t ctx_extra,
                    PropertyKind kind) {
    scope_push(p->st, SCOPE_FUNCTION, scope_flags(flags));
    FuncState saved = enter_function(p, fn_ctx(flags) | CTX_SUPER_PROP | ctx_extra);
    if (p->ts)
        parse_ts_skip_type_params(p);
    uint32_t params_start = p->lx.token.start;
    uint32_t props_mark = p->param_props.len;
    uint32_t types_mark = p->param_types.len;
    ListRef params = parse_params(p);
    TsSignatureTypes types = { 0 };
    if (p->ts_metadata)
        types = parse_ts_signature_types(p, types_mark); // also takes the return type
    if (p->ts && parse_tok(p) == TOK_COLON) {
        parse_next(p);
        parse_ts_skip_return_type(p);
    }
    if (p->ts && parse_tok(p) != TOK_OPEN_BRACE) {
        // An overload or abstract method: a signature without a body, erased.
        parse_semicolon(p);
        leave_function(p, saved);
        scope_pop(p->st, p->ast);
        p->param_props.len = props_mark;
        return NODE_NONE;
    }
    uint32_t count = ast_list_len(p->ast, params);
    if (kind == PROP_GET && count != 0)
        parse_error(p, params_start, 1, "Getter must not have any parameters");
    if (kind == PROP_SET &&
        (count != 1 || ast_node(p->ast, ast_list_items(p->ast, params)[0])->kind == REST))
        parse_error(p, params_start, 1, "Setter must have exactly one parameter");
    if (p->dup_param)
        parse_error(p, params_start, 1, "Duplicate parameter names are not allowed in methods");
    if (p->param_props.len > props_mark && kind != PROP_CONSTRUCTOR)
        parse_ts_param_prop_error(p, props_mark);
    NodeId body = parse_function_body(p, params);
    if (p->param_props.len > props_mark)
        parse_ts_param_props(p, body, props_mark);
    p->ts_signature = types; // read by the member's decorators (after nested methods)
    leave_function(p, saved);
    scope_pop(p->st, p->ast);
    NodeId f = node(p, FUNC, start, NODE_NONE, params, body);
    ast_node(p->ast, f)->flags = flags;
    return f;
}

// ---------------------------------------------------------------------------------------------
// Private names

void parse_private_ref(Parser *p, uint32_t start, uint32_t len) {
    if (p->class_depth == 0) {
        parse_error(p, start, len, "Private name \"%.*s\" must be declared in an enclosing class",
                    (int)len, p->lx.src + start);
        return;
    }
    PrivateName r = { start, len, PRIV_REF };
    vec_push(p->arena, &p->private_refs, r);
}

static bool same_private(const Parser *p, const PrivateName *a, const PrivateName *b) {
    return a->len == b->len && memcmp(p->lx.src + a->start, p->lx.src + b->start, a->len) == 0;
}

// Declares a private name of the class whose declarations start at base. A getter and a setter
// may share a name; anything else is a redeclaration.
static void declare_private(Parser *p, uint32_t base, NodeId key, PropertyKind kind) {
    const Node *k = ast_node(p->ast, key);
    PrivateName d = { k->start, k->a, PRIV_FIELD };
    if (kind == PROP_GET)
        d.kind = PRIV_GET;
    else if (kind == PROP_SET)
        d.kind = PRIV_SET;
    if (d.len == 12 && memcmp(p->lx.src + d.start, "#constructor", 12) == 0) {
        parse_error(p, d.start, d.len, "Invalid field name \"#constructor\"");
        return;
    }
    for (uint32_t i = base; i < p->privates.len; i++) {
        PrivateName *e = &p->privates.items[i];
        if (!same_private(p, e, &d))
            continue;
        if ((e->kind == PRIV_GET && d.kind == PRIV_SET) ||
            (e->kind == PRIV_SET && d.kind == PRIV_GET)) {
            e->kind = PRIV_BOTH;
            return;
        }
        parse_error(p, d.start, d.len, "The name \"%.*s\" has already been declared", (int)d.len,
                    p->lx.src + d.start);
        return;
    }
    vec_push(p->arena, &p->privates, d);
}

// At the end of a class: references to its private names are settled; the others go to the
// enclosing class, or are errors at the outermost one.
static void close_privates(Parser *p, uint32_t base, uint32_t ref_base) {
    uint32_t w = ref_base;
    for (uint32_t i = ref_base; i < p->private_refs.len; i++) {
        PrivateName r = p->private_refs.items[i];
        bool found = false;
        for (uint32_t j = base; j < p->privates.len && !found; j++)
            found = same_private(p, &p->privates.items[j], &r);
        if (!found)
            p->private_refs.items[w++] = r;
    }
    p->private_refs.len = w;
    p->privates.len = base;
    if (p->class_depth == 0 && w > ref_base) {
        PrivateName r = p->private_refs.items[ref_base];
        parse_error(p, r.start, r.len,
                    "Private name \"%.*s\" must be declared in an enclosing class", (int)r.len,
                    p->lx.src + r.start);
    }
}

// ---------------------------------------------------------------------------------------------
// Classes

// ClassStaticBlock: `static` `{` ClassStaticBlockStatementList `}` (a var scope; no return,
// no await, no arguments).
static NodeId parse_static_block(Parser *p, uint32_t start) {
    scope_push(p->st, SCOPE_STATIC, 0);
    FuncState saved = enter_function(p, CTX_STATIC_BLOCK | CTX_SUPER_PROP | CTX_NEW_TARGET |
                                                CTX_NO_ARGUMENTS);
    parse_expect(p, TOK_OPEN_BRACE);
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF)
        parse_push(p, parse_statement_list_item(p));
    uint32_t end = p->lx.token.start;
    parse_expect(p, TOK_CLOSE_BRACE);
    leave_function(p, saved);
    scope_pop(p->st, p->ast);
    return node(p, STATIC_BLOCK, start, parse_list_from(p, mark), end, 0);
}

// After a modifier word (static, async, get, set, accessor): does it apply to a key that
// follows, or was the word itself the member's name?
static bool modifier_applies(Parser *p, bool same_line) {
    TokenKind k = parse_tok(p);
    if (k == TOK_OPEN_PAREN || k == TOK_EQ || k == TOK_SEMICOLON || k == TOK_CLOSE_BRACE ||
        k == TOK_EOF)
        return false;
    // TypeScript: `static?: T`, `get!: T`, `set: T`, `get<T>()` name the member itself.
    if (p->ts && (k == TOK_COLON || k == TOK_QUESTION || k == TOK_BANG || k == TOK_LT))
        return false;
    return !same_line || !parse_newline_before(p);
}

static bool key_is(const Parser *p, const Node *k, uint8_t flags, const char *word) {
    size_t len = strlen(word);
    if (flags & NF_COMPUTED)
        return false;
    const char *s = p->lx.src + k->start;
    if (k->kind == NAME)
        return k->a == len && memcmp(s, word, len) == 0;
    return k->kind == STRING_LIT && k->a == len + 2 && memcmp(s + 1, word, len) == 0;
}

// FieldDefinition initializer: `=` AssignmentExpression, evaluated like a method body.
static NodeId parse_field_init(Parser *p) {
    if (parse_tok(p) != TOK_EQ)
        return NODE_NONE;
    parse_next(p);
    FuncState saved = enter_function(p, CTX_NEW_TARGET | CTX_SUPER_PROP | CTX_NO_ARGUMENTS |
                                                (p->ctx & CTX_STATIC_BLOCK));
    NodeId v = parse_assign_in(p);
    leave_function(p, saved);
    return v;
}

// The word modifiers of a class element, in order: static, async, *, get/set, accessor.
typedef struct Modifiers {
    uint8_t flags;     // NF_STATIC
    uint8_t fn;        // NF_ASYNC, NF_GENERATOR
    PropertyKind kind; // PROP_METHOD/GET/SET/ACCESSOR (PROP_INIT: not decided)
    NodeId word_key;   // a modifier word that turned out to be the key, or NODE_NONE
    bool static_block; // `static {`
} Modifiers;

static bool take_word(Parser *p, Keyword kw, bool same_line, Modifiers *m) {
    const Token *t = &p->lx.token;
    if (m->word_key != NODE_NONE || !lex_is_contextual(t, kw))
        return false;
    uint32_t start = t->start;
    uint32_t len = t->end - t->start;
    parse_next(p);
    if (kw == KW_STATIC && parse_tok(p) == TOK_OPEN_BRACE) {
        m->static_block = true;
        return false;
    }
    if (modifier_applies(p, same_line))
        return true;
    m->word_key = node(p, NAME, start, len, 0, 0);
    return false;
}

static void parse_modifiers(Parser *p, Modifiers *m) {
    *m = (Modifiers){ 0, 0, PROP_INIT, NODE_NONE, false };
    if (take_word(p, KW_STATIC, false, m))
        m->flags |= NF_STATIC;
    if (m->static_block)
        return;
    if (take_word(p, KW_ASYNC, true, m))
        m->fn |= NF_ASYNC;
    if (m->word_key == NODE_NONE && parse_tok(p) == TOK_STAR) {
        m->fn |= NF_GENERATOR;
        parse_next(p);
    }
    if (m->fn)
        return;
    if (take_word(p, KW_GET, false, m)) {
        m->kind = PROP_GET;
    } else if (take_word(p, KW_SET, false, m)) {
        m->kind = PROP_SET;
    } else if (take_word(p, KW_ACCESSOR, true, m)) {
        m->kind = PROP_ACCESSOR;
    }
}

static NodeId parse_class_member_inner(Parser *p, bool derived, bool *seen_ctor,
                                       uint32_t priv_base);

// Decorators? ClassElement (TC39 decorators, or TypeScript's legacy ones:
// parser_ts_decorators.c).
static NodeId parse_class_member(Parser *p, bool derived, bool *seen_ctor, uint32_t priv_base) {
    if (parse_tok(p) != TOK_AT && !p->ts)
        return parse_class_member_inner(p, derived, seen_ctor, priv_base);
    uint32_t pmark = p->param_decorators.len;
    ListRef decs = parse_tok(p) == TOK_AT ? parse_ts_decorators(p) : LIST_EMPTY;
    NodeId member = parse_class_member_inner(p, derived, seen_ctor, priv_base);
    parse_ts_member_decorated(p, member, decs, pmark);
    return member;
}

// ClassElement: MethodDefinition | `static` MethodDefinition | FieldDefinition `;` |
// `static` FieldDefinition `;` | ClassStaticBlock | `;`
static NodeId parse_class_member_inner(Parser *p, bool derived, bool *seen_ctor,
                                       uint32_t priv_base) {
    uint32_t start = p->lx.token.start;
    uint32_t tsm = p->ts ? parse_ts_modifiers(p) : 0;
    if (p->ts && parse_ts_index_signature(p))
        return NODE_NONE;
    Modifiers m;
    parse_modifiers(p, &m);
    if (m.static_block)
        return parse_static_block(p, start);
    if (p->ts && m.kind == PROP_INIT && !m.fn && m.word_key == NODE_NONE) {
        tsm |= parse_ts_modifiers(p); // `static readonly x`
        if (parse_ts_index_signature(p))
            return NODE_NONE;
    }
    uint8_t flags = m.flags;
    NodeId key = m.word_key;
    if (key == NODE_NONE)
        key = parse_property_key(p, &flags, true);
    const Node *k = ast_node(p->ast, key);
    bool is_private = k->kind == PRIVATE_NAME;
    PropertyKind kind = m.kind;
    NodeId value;
    if (p->ts && (parse_tok(p) == TOK_QUESTION || parse_tok(p) == TOK_BANG))
        parse_next(p); // optional member `x?`, definite assignment `x!`
    bool ts_generic = p->ts && parse_tok(p) == TOK_LT;
    if (parse_tok(p) == TOK_OPEN_PAREN || ts_generic || m.fn || kind == PROP_GET ||
        kind == PROP_SET) {
        bool had_ctor = *seen_ctor;
        if (kind == PROP_INIT)
            kind = PROP_METHOD;
        uint32_t extra = 0;
        if (!(flags & NF_STATIC) && key_is(p, k, flags, "constructor")) {
            if (kind != PROP_METHOD || m.fn)
                parse_error(p, k->start, 11, "Class constructor may not be a special method");
            if (*seen_ctor)
                parse_error(p, k->start, 11, "Classes cannot contain more than one constructor");
            *seen_ctor = true;
            kind = PROP_CONSTRUCTOR;
            extra = derived ? CTX_SUPER_CALL : 0;
        }
        if ((flags & NF_STATIC) && key_is(p, k, flags, "prototype"))
            parse_error(p, k->start, 9, "Invalid static method name \"prototype\"");
        value = parse_method(p, k->start, m.fn, extra, kind);
        if (value == NODE_NONE) {
            *seen_ctor = had_ctor; // a signature: overloads precede the implementation
            return NODE_NONE;
        }
    } else {
        if (kind == PROP_INIT || kind == PROP_ACCESSOR) {
            if (key_is(p, k, flags, "constructor"))
                parse_error(p, k->start, 11, "Invalid field name \"constructor\"");
            if ((flags & NF_STATIC) && key_is(p, k, flags, "prototype"))
                parse_error(p, k->start, 9, "Invalid field name \"prototype\"");
        }
        NodeId field_type = NODE_NONE;
        if (p->ts && parse_tok(p) == TOK_COLON) {
            parse_next(p);
            if (p->ts_metadata)
                field_type = parse_ts_serialize_type(p);
            else
                parse_ts_skip_type(p);
        }
        value = parse_field_init(p);
        p->ts_field_type = field_type;
        parse_semicolon(p);
        if (tsm & (TSM_ABSTRACT | TSM_DECLARE))
            return NODE_NONE; // no runtime field
    }
    if (is_private)
        declare_private(p, priv_base, key, kind);
    NodeId prop = node(p, PROPERTY, start, key, value, 0);
    ast_node(p->ast, prop)->flags = flags;
    ast_node(p->ast, prop)->op = (uint16_t)kind;
    return prop;
}

// ClassTail: ClassHeritage? `{` ClassElement* `}`
// name: the class's BINDING_IDENT or NODE_NONE (TypeScript's accessor lowering refers to it).
static ListRef parse_class_body(Parser *p, bool derived, NodeId name) {
    parse_expect(p, TOK_OPEN_BRACE);
    uint32_t base = p->privates.len;
    uint32_t ref_base = p->private_refs.len;
    p->class_depth++;
    bool seen_ctor = false;
    uint32_t mark = p->tmp.len;
    uint32_t ctor_props = p->ctor_props.len;
    uint32_t dmark = p->decorated.len;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF) {
        if (parse_tok(p) == TOK_SEMICOLON) {
            parse_next(p);
            continue;
        }
        NodeId member = parse_class_member(p, derived, &seen_ctor, base);
        if (member != NODE_NONE) // NODE_NONE: an erased TypeScript member
            parse_push(p, member);
    }
    p->class_depth--;
    close_privates(p, base, ref_base);
    if (p->ts) {
        parse_ts_lower_accessors(p, mark, name);
        parse_ts_class_end(p, mark, ctor_props, derived);
        parse_ts_class_decorated(p, dmark);
    }
    ListRef body = parse_list_from(p, mark);
    parse_expect(p, TOK_CLOSE_BRACE);
    return body;
}

// ClassDeclaration / ClassExpression: `class` BindingIdentifier? ClassTail. A declaration's
// name is bound outside (SYM_CLASS) and inside (SYM_CLASS_NAME); an expression's only inside.
NodeId parse_class(Parser *p, bool declaration, bool default_export) {
    uint32_t start = p->lx.token.start;
    bool was_strict = p->lx.strict;
    if (!was_strict)
        lex_set_strict(&p->lx, true);
    parse_next(p);
    NodeId name = NODE_NONE;
    Token name_tok = p->lx.token;
    // `class implements I {}` (TypeScript) has no name.
    bool has_name =
            parse_tok(p) == TOK_IDENT && !(p->ts && lex_is_contextual(&p->lx.token, KW_IMPLEMENTS));
    Str name_str = { NULL, 0 };
    if (has_name && !parse_check_identifier(p, &name_tok, true))
        has_name = false; // reported; the parse has stopped
    if (has_name) {
        name_str = parse_token_name(p);
        name = node(p, BINDING_IDENT, name_tok.start, ID_NONE, name_tok.end - name_tok.start, 0);
        if (declaration) {
            if (name_tok.keyword == KW_LET)
                parse_error(p, name_tok.start, 3, "Cannot use \"let\" as an identifier here");
            parse_declare(p, name, name_str, SYM_CLASS);
        }
        parse_next(p);
    } else if (declaration && !default_export) {
        parse_check_identifier(p, &p->lx.token, true);
    }
    if (p->ts)
        parse_ts_skip_type_params(p);
    uint32_t first_node = p->ast->nodes.len;
    ScopeId scope = scope_push(p->st, SCOPE_CLASS, SCOPEF_STRICT);
    SymbolId inner = ID_NONE;
    if (has_name) {
        (void)scope_declare(p->st, name_str, SYM_CLASS_NAME, true, &inner);
        if (!declaration)
            ast_node(p->ast, name)->a = inner;
    }
    NodeId heritage = NODE_NONE;
    if (parse_tok(p) == TOK_EXTENDS) {
        parse_next(p);
        heritage = parse_lhs(p);
    }
    if (p->ts)
        parse_ts_class_heritage(p);
    ListRef body = parse_class_body(p, heritage != NODE_NONE, name);
    scope_pop(p->st, p->ast);
    p->last_class = (ParsedClass){ first_node, inner, scope };
    if (!was_strict)
        lex_set_strict(&p->lx, false);
    return node(p, CLASS, start, name, heritage, body);
}
