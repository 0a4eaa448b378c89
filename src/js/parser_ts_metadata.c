// parser_ts_metadata: `emitDecoratorMetadata`. For decorated members the compiler records the
// run-time constructor of their types (`__metadata("design:type", String)`, "design:paramtypes",
// "design:returntype"), which dependency-injection libraries read through Reflect.metadata.
// bale skips types without nodes, so a type that may be needed is classified while it is
// skipped: its top-level shape is enough for the compiler's rules:
//
//   string, template and string literal types -> String;  number, -1 -> Number;
//   boolean, true -> Boolean;  bigint -> BigInt;  symbol -> Symbol;
//   void, undefined, null, never -> void 0;  functions and constructors -> Function;
//   arrays and tuples -> Array;  a union whose members (null and undefined aside) all serialize
//   the same -> that;  a reference `A.B` -> `typeof A === "undefined" ? Object : A.B` (a type
//   that is no value at run time reads as Object);  anything else -> Object.
#include <string.h>

#include "js/parser_int.h"

typedef enum TypeClass {
    TC_NONE, // null/undefined/never: dropped from unions
    TC_VOID,
    TC_OBJECT,
    TC_STRING,
    TC_NUMBER,
    TC_BOOLEAN,
    TC_BIGINT,
    TC_SYMBOL,
    TC_FUNCTION,
    TC_ARRAY,
    TC_REF, // a reference: start/len of its entity name
} TypeClass;

typedef struct Serialized {
    TypeClass cls;
    uint32_t start; // TC_REF: the entity name `A.B` (source range without type arguments)
    uint32_t len;
} Serialized;

static bool tok_is(const Parser *p, TokenKind k) {
    return parse_tok(p) == k;
}

// A word type: a predefined name or a reference (the entity name is skipped here).
static Serialized word(Parser *p) {
    static const struct {
        Keyword kw;
        TypeClass cls;
    } words[] = {
        { KW_STRING, TC_STRING },  { KW_NUMBER, TC_NUMBER },  { KW_BOOLEAN, TC_BOOLEAN },
        { KW_BIGINT, TC_BIGINT },  { KW_SYMBOL, TC_SYMBOL },  { KW_OBJECT, TC_OBJECT },
        { KW_ANY, TC_OBJECT },     { KW_UNKNOWN, TC_OBJECT }, { KW_NEVER, TC_NONE },
        { KW_UNDEFINED, TC_NONE },
    };
    const Token *t = &p->lx.token;
    Keyword kw = (Keyword)t->keyword;
    if (kw == KW_KEYOF || kw == KW_UNIQUE || kw == KW_READONLY || kw == KW_INFER ||
        kw == KW_ABSTRACT)
        return (Serialized){ TC_OBJECT, 0, 0 }; // the caller skips the operand
    for (size_t i = 0; i < countof(words); i++) {
        if (kw == words[i].kw && !(t->flags & TOKF_ESCAPED)) {
            Token next = parse_ts_peek(p);
            if (next.kind != TOK_DOT)
                return (Serialized){ words[i].cls, 0, 0 };
        }
    }
    // A reference: the dotted name's range.
    Serialized s = { TC_REF, t->start, t->end - t->start };
    LexSnapshot snap = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL;
    for (;;) {
        lex_next(&p->lx);
        if (p->lx.token.kind != TOK_DOT)
            break;
        lex_next(&p->lx);
        if (p->lx.token.kind != TOK_IDENT)
            break;
        s.len = p->lx.token.end - s.start;
    }
    p->lx.sink = sink;
    lex_restore(&p->lx, &snap);
    return s;
}

// The class of the operand at the current token (which the caller then skips).
static Serialized operand(Parser *p) {
    switch (parse_tok(p)) {
    case TOK_IDENT:
        return word(p);
    case TOK_VOID:
        return (Serialized){ TC_VOID, 0, 0 };
    case TOK_NULL:
        return (Serialized){ TC_NONE, 0, 0 };
    case TOK_TRUE:
    case TOK_FALSE:
        return (Serialized){ TC_BOOLEAN, 0, 0 };
    case TOK_STRING:
    case TOK_TEMPLATE_FULL:
    case TOK_TEMPLATE_HEAD:
        return (Serialized){ TC_STRING, 0, 0 };
    case TOK_NUMBER:
    case TOK_MINUS:
        return (Serialized){ TC_NUMBER, 0, 0 };
    case TOK_BIGINT:
        return (Serialized){ TC_BIGINT, 0, 0 };
    case TOK_OPEN_BRACKET:
        return (Serialized){ TC_ARRAY, 0, 0 };
    case TOK_NEW:
    case TOK_LT:
        return (Serialized){ TC_FUNCTION, 0, 0 };
    default:
        return (Serialized){ TC_OBJECT, 0, 0 };
    }
}

static bool same(Serialized a, Serialized b) {
    if (a.cls != b.cls)
        return false;
    return a.cls != TC_REF || (a.len == b.len && a.start == b.start);
}

// Skips a type (at the token after `:`) and returns its class. Only the top level matters: an
// operand followed by `[` is an array, `(…) =>` a function, and a conditional an object.
static Serialized classify(Parser *p) {
    bool rest = p->ts_rest_param; // `...xs: T[]` serializes as T
    p->ts_rest_param = false;
    Serialized result = { TC_NONE, 0, 0 };
    bool first = true, mixed = false;
    if (tok_is(p, TOK_BAR) || tok_is(p, TOK_AMP))
        parse_next(p);
    for (;;) {
        Serialized s = operand(p);
        if (tok_is(p, TOK_OPEN_PAREN)) {
            // `(…) => R` is a function; `(T)` a parenthesized type (read as Object).
            bool params = parse_ts_parens_are_params(p);
            parse_ts_skip_group(p);
            if (params && tok_is(p, TOK_ARROW)) {
                parse_next(p);
                parse_ts_skip_return_type(p);
                s.cls = TC_FUNCTION;
            }
        } else {
            parse_ts_skip_operand(p);
        }
        for (bool element = rest; tok_is(p, TOK_OPEN_BRACKET) && !parse_newline_before(p);) {
            parse_ts_skip_group(p); // `T[]` (or `T[K]`, read as an array too)
            if (!element)
                s = (Serialized){ TC_ARRAY, 0, 0 };
            element = false;
        }
        if (s.cls != TC_NONE) {
            if (first)
                result = s;
            else if (!same(result, s))
                mixed = true;
            first = false;
        }
        if (!tok_is(p, TOK_BAR) && !tok_is(p, TOK_AMP))
            break;
        if (tok_is(p, TOK_AMP))
            mixed = true;
        parse_next(p);
    }
    if (tok_is(p, TOK_EXTENDS) && !parse_newline_before(p)) {
        // A conditional type: skip the rest, serialize as Object.
        parse_next(p);
        parse_ts_skip_type(p);
        parse_expect(p, TOK_QUESTION);
        parse_ts_skip_type(p);
        parse_expect(p, TOK_COLON);
        parse_ts_skip_type(p);
        return (Serialized){ TC_OBJECT, 0, 0 };
    }
    if (mixed)
        return (Serialized){ TC_OBJECT, 0, 0 };
    if (first)
        return (Serialized){ TC_VOID, 0, 0 };
    return result;
}

static NodeId global(Parser *p, const char *name) {
    Str s = str_from_cstr(name);
    NodeId n = ast_add(p->ast, IDENT, ast_synth(p->ast, s), ID_NONE, (uint32_t)s.len, 0);
    scope_reference(p->st, n, s);
    return n;
}

// `typeof A === "undefined" ? Object : A.B` for a reference.
static NodeId reference(Parser *p, Serialized s) {
    uint32_t first_len = s.len;
    const char *src = p->lx.src + s.start;
    for (uint32_t i = 0; i < s.len; i++) {
        if (src[i] == '.' || src[i] == ' ' || src[i] == '\n') {
            first_len = i;
            break;
        }
    }
    NodeId head = ast_add(p->ast, IDENT, s.start, ID_NONE, first_len, 0);
    scope_reference(p->st, head, parse_range_name(p, s.start, first_len));
    NodeId test_arg = head;
    NodeId type = ast_add(p->ast, UNARY, s.start, test_arg, 0, 0);
    ast_node(p->ast, type)->op = TOK_TYPEOF;
    NodeId cmp = ast_add(p->ast, BINARY, s.start, type, parse_ts_string(p, STR("undefined")), 0);
    ast_node(p->ast, cmp)->op = TOK_EQ_EQ_EQ;
    // The value: the whole dotted name, rebuilt from its parts.
    NodeId value = ast_add(p->ast, IDENT, s.start, ID_NONE, first_len, 0);
    scope_reference(p->st, value, parse_range_name(p, s.start, first_len));
    uint32_t i = first_len;
    while (i < s.len) {
        while (i < s.len && (src[i] == '.' || src[i] == ' ' || src[i] == '\n' || src[i] == '\t'))
            i++;
        uint32_t from = i;
        while (i < s.len && src[i] != '.' && src[i] != ' ' && src[i] != '\n' && src[i] != '\t')
            i++;
        if (i > from) {
            NodeId name = ast_add(p->ast, NAME, s.start + from, i - from, 0, 0);
            value = ast_add(p->ast, MEMBER, s.start, value, name, 0);
        }
    }
    return ast_add(p->ast, CONDITIONAL, s.start, cmp, global(p, "Object"), value);
}

static NodeId to_node(Parser *p, Serialized s) {
    static const char *const names[] = {
        [TC_OBJECT] = "Object",     [TC_STRING] = "String", [TC_NUMBER] = "Number",
        [TC_BOOLEAN] = "Boolean",   [TC_BIGINT] = "BigInt", [TC_SYMBOL] = "Symbol",
        [TC_FUNCTION] = "Function", [TC_ARRAY] = "Array",
    };
    if (s.cls == TC_NONE || s.cls == TC_VOID) {
        NodeId zero = ast_add(p->ast, NUMBER_LIT, ast_synth(p->ast, STR("0")), 0, 0, 1);
        NodeId v = ast_add(p->ast, UNARY, 0, zero, 0, 0);
        ast_node(p->ast, v)->op = TOK_VOID;
        return v;
    }
    if (s.cls == TC_REF)
        return reference(p, s);
    return global(p, names[s.cls]);
}

NodeId parse_ts_serialize_type(Parser *p) {
    return to_node(p, classify(p));
}

NodeId parse_ts_serialize_object(Parser *p) {
    return global(p, "Object");
}

NodeId parse_ts_serialize_function(Parser *p) {
    return global(p, "Function");
}

void parse_ts_push_param_type(Parser *p) {
    NodeId t = p->ts_captured != NODE_NONE ? p->ts_captured : global(p, "Object");
    p->ts_captured = NODE_NONE;
    vec_push(p->arena, &p->param_types, t);
}

TsSignatureTypes parse_ts_signature_types(Parser *p, uint32_t mark) {
    TsSignatureTypes t = { ast_list(p->ast, &p->param_types.items[mark], p->param_types.len - mark),
                           NODE_NONE };
    p->param_types.len = mark;
    if (!tok_is(p, TOK_COLON))
        return t;
    parse_next(p);
    // A type predicate (`x is T`, `asserts x`) returns a boolean or nothing.
    const Token *tk = &p->lx.token;
    Token next = parse_ts_peek(p);
    bool predicate = (tk->kind == TOK_IDENT || tk->kind == TOK_THIS) &&
                     (lex_is_contextual(&next, KW_IS) ||
                      (lex_is_contextual(tk, KW_ASSERTS) &&
                       (next.kind == TOK_IDENT || next.kind == TOK_THIS)));
    if (predicate) {
        bool asserts = lex_is_contextual(tk, KW_ASSERTS);
        parse_ts_skip_return_type(p);
        t.result = asserts ? to_node(p, (Serialized){ TC_VOID, 0, 0 }) : global(p, "Boolean");
        return t;
    }
    t.result = parse_ts_serialize_type(p);
    return t;
}
