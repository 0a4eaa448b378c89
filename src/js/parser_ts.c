// parser_ts: TypeScript types, skipped without building nodes (DESIGN.md: types have no
// runtime meaning, so they cost no memory). Also the expression-level decisions that need a
// type skipper: type arguments of calls (`f<T>(x)` versus `a < b`), `<T>x` assertions and
// generic arrows, arrow return types and optional parameters.
//
// Skipping a type never needs to understand it: parentheses, brackets, braces and angle
// brackets nest (types hold no comparison, so `<` in a type always opens a group), and only
// template literal types need care because their `}` must be rescanned. What matters is where
// a type ends, which is decided at its top level: after a union of operands, an optional
// `extends … ? … : …`, or a function type's return type.
//
// Speculation (type arguments, return types) runs with the diagnostic sink detached; on
// failure the lexer is restored and the parser's stop is undone (no node is made while
// skipping, so nothing else needs rewinding).
#include <string.h>

#include "js/parser_int.h"

static bool tok_is(const Parser *p, TokenKind k) {
    return parse_tok(p) == k;
}

// Tokens that begin with `>`: the closer of an angle group, split by lex_rescan_greater.
static bool starts_with_gt(TokenKind k) {
    return k == TOK_GT || k == TOK_SHR || k == TOK_USHR || k == TOK_GT_EQ || k == TOK_SHR_EQ ||
           k == TOK_USHR_EQ;
}

// The token `ahead` places after the current one, read quietly and then forgotten.
static Token peek(Parser *p, int ahead) {
    LexSnapshot s = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL;
    for (int i = 0; i < ahead; i++)
        lex_next(&p->lx);
    Token t = p->lx.token;
    p->lx.sink = sink;
    lex_restore(&p->lx, &s);
    return t;
}

Token parse_ts_peek(Parser *p) {
    return peek(p, 1);
}

Token parse_ts_peek_second(Parser *p) {
    return peek(p, 2);
}

// A speculative parse: quiet until spec_end keeps or drops what it consumed.
typedef struct Spec {
    LexSnapshot lex;
    DiagSink *sink;
    uint32_t depth;
} Spec;

static Spec spec_begin(Parser *p) {
    Spec s = { lex_save(&p->lx), p->lx.sink, p->depth };
    p->lx.sink = NULL;
    return s;
}

// keep: the speculation succeeded (and did not stop the parse); returns whether it was kept.
static bool spec_end(Parser *p, Spec *s, bool keep) {
    p->lx.sink = s->sink;
    keep = keep && !p->stopped;
    if (!keep) {
        lex_restore(&p->lx, &s->lex);
        p->stopped = false;
        p->depth = s->depth;
    }
    return keep;
}

// A template literal type: `a${T}b${U}c`, at its TEMPLATE_HEAD.
static void skip_template_type(Parser *p) {
    for (;;) {
        parse_next(p);
        parse_ts_skip_type(p);
        if (!tok_is(p, TOK_CLOSE_BRACE)) {
            parse_expect(p, TOK_CLOSE_BRACE);
            return;
        }
        lex_rescan_template(&p->lx);
        if (p->lx.failed) {
            parse_stop(p);
            return;
        }
        if (tok_is(p, TOK_TEMPLATE_TAIL)) {
            parse_next(p);
            return;
        }
    }
}

static TokenKind closer(TokenKind open) {
    switch (open) {
    case TOK_OPEN_PAREN:
        return TOK_CLOSE_PAREN;
    case TOK_OPEN_BRACKET:
        return TOK_CLOSE_BRACKET;
    case TOK_OPEN_BRACE:
        return TOK_CLOSE_BRACE;
    default:
        return TOK_GT;
    }
}

// Tokens that never stand directly inside `<` … `>` of types: meeting one ends a speculative
// `a < b` quickly instead of scanning to the end of the enclosing group.
static bool ends_angle_group(TokenKind k) {
    return k == TOK_SEMICOLON || k == TOK_AMP_AMP || k == TOK_BAR_BAR || k == TOK_EQ_EQ ||
           k == TOK_EQ_EQ_EQ || k == TOK_NOT_EQ || k == TOK_NOT_EQ_EQ || k == TOK_PLUS ||
           k == TOK_STAR || k == TOK_SLASH || k == TOK_QUESTION_QUESTION || k == TOK_LT_EQ;
}

// `(` … `)`, `[` … `]`, `{` … `}` or `<` … `>` with everything nested inside.
void parse_ts_skip_group(Parser *p) {
    if (!parse_enter(p))
        return;
    TokenKind close = closer(parse_tok(p));
    parse_next(p);
    for (;;) {
        TokenKind k = parse_tok(p);
        if (k == close || (close == TOK_GT && starts_with_gt(k)) || k == TOK_EOF)
            break;
        if (k == TOK_OPEN_PAREN || k == TOK_OPEN_BRACKET || k == TOK_OPEN_BRACE || k == TOK_LT) {
            parse_ts_skip_group(p);
        } else if (k == TOK_TEMPLATE_HEAD) {
            skip_template_type(p);
        } else if (k == TOK_CLOSE_PAREN || k == TOK_CLOSE_BRACKET || k == TOK_CLOSE_BRACE ||
                   (close == TOK_GT && ends_angle_group(k))) {
            parse_unexpected(p);
            break;
        } else {
            parse_next(p);
        }
    }
    if (close == TOK_GT && starts_with_gt(parse_tok(p)))
        lex_rescan_greater(&p->lx);
    parse_expect(p, close);
    parse_leave(p);
}

static void skip_type_inner(Parser *p, bool allow_conditional);

// `(params) => R` or `new (params) => R` after any `<T>`: the parameter group, `=>`, R.
static void skip_function_type_rest(Parser *p) {
    if (tok_is(p, TOK_LT))
        parse_ts_skip_group(p);
    if (!tok_is(p, TOK_OPEN_PAREN)) {
        parse_expect(p, TOK_OPEN_PAREN);
        return;
    }
    parse_ts_skip_group(p);
    parse_expect(p, TOK_ARROW);
    parse_ts_skip_return_type(p);
}

// A dotted name with optional type arguments: `A.B.C<T>` (also after `typeof`).
static void skip_reference(Parser *p) {
    parse_next(p);
    while (tok_is(p, TOK_DOT)) {
        parse_next(p);
        if (!tok_is(p, TOK_IDENT) && !token_is_reserved(parse_tok(p)) &&
            !tok_is(p, TOK_PRIVATE_NAME)) {
            parse_unexpected(p);
            return;
        }
        parse_next(p);
    }
    if (tok_is(p, TOK_LT) && !parse_newline_before(p))
        parse_ts_skip_group(p);
}

// `import("mod").A.B<T>`
static void skip_import_type(Parser *p) {
    parse_next(p);
    if (!tok_is(p, TOK_OPEN_PAREN)) {
        parse_expect(p, TOK_OPEN_PAREN);
        return;
    }
    parse_ts_skip_group(p);
    while (tok_is(p, TOK_DOT)) {
        parse_next(p);
        parse_next(p);
    }
    if (tok_is(p, TOK_LT) && !parse_newline_before(p))
        parse_ts_skip_group(p);
}

// `infer U` with an optional constraint `extends C`, which is the constraint only when no `?`
// follows it (else the `extends` begins the enclosing conditional type).
static void skip_infer(Parser *p) {
    parse_next(p);
    if (!tok_is(p, TOK_IDENT)) {
        parse_unexpected(p);
        return;
    }
    parse_next(p);
    if (!tok_is(p, TOK_EXTENDS))
        return;
    if (p->ts_in_extends) {
        // Inside a conditional's `extends` clause the constraint is always taken.
        parse_next(p);
        skip_type_inner(p, false);
        return;
    }
    Spec s = spec_begin(p);
    parse_next(p);
    skip_type_inner(p, false);
    spec_end(p, &s, !tok_is(p, TOK_QUESTION));
}

static void skip_postfix(Parser *p);

// Operands named by a word: keyof/unique/readonly operators, infer, abstract constructor
// types, and type references (which include every predefined type name).
static void skip_word_operand(Parser *p) {
    Keyword kw = (Keyword)p->lx.token.keyword;
    if (kw == KW_KEYOF || kw == KW_UNIQUE || kw == KW_READONLY) {
        Token t = parse_ts_peek(p);
        TokenKind k = (TokenKind)t.kind;
        bool operand = k != TOK_COMMA && k != TOK_CLOSE_PAREN && k != TOK_CLOSE_BRACKET &&
                       k != TOK_SEMICOLON && k != TOK_EQ && k != TOK_BAR && k != TOK_AMP &&
                       !starts_with_gt(k) && k != TOK_CLOSE_BRACE && k != TOK_EOF;
        if (operand) {
            parse_next(p);
            skip_postfix(p);
            return;
        }
    }
    if (kw == KW_INFER) {
        skip_infer(p);
        return;
    }
    if (kw == KW_ABSTRACT && parse_ts_peek(p).kind == TOK_NEW) {
        parse_next(p);
        parse_next(p);
        skip_function_type_rest(p);
        return;
    }
    skip_reference(p);
}

// At `(` in a type: can it be the parameter list of a function type? `()`, `(...`, `(a:`,
// `(a,`, `(a?`, `(a=`, `(a)`, `({`, `([`, `(this` do; `((…) => T)` and `(A | B)` are
// parenthesized types (the compiler's isStartOfFunctionTypeOrConstructorType, simplified).
bool parse_ts_parens_are_params(Parser *p) {
    LexSnapshot s = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL;
    lex_next(&p->lx);
    TokenKind k = (TokenKind)p->lx.token.kind;
    bool params = k == TOK_CLOSE_PAREN || k == TOK_DOT_DOT_DOT || k == TOK_OPEN_BRACE ||
                  k == TOK_OPEN_BRACKET || k == TOK_THIS;
    if (k == TOK_IDENT) {
        lex_next(&p->lx);
        k = (TokenKind)p->lx.token.kind;
        params = k == TOK_COLON || k == TOK_COMMA || k == TOK_QUESTION || k == TOK_EQ ||
                 k == TOK_CLOSE_PAREN;
    }
    p->lx.sink = sink;
    lex_restore(&p->lx, &s);
    return params;
}

// PrimaryType: one operand of a union or intersection.
static void skip_operand(Parser *p) {
    switch (parse_tok(p)) {
    case TOK_IDENT:
        skip_word_operand(p);
        break;
    case TOK_TYPEOF:
        parse_next(p);
        if (tok_is(p, TOK_IMPORT))
            skip_import_type(p);
        else
            skip_reference(p);
        break;
    case TOK_IMPORT:
        skip_import_type(p);
        break;
    case TOK_VOID:
    case TOK_NULL:
    case TOK_THIS:
    case TOK_TRUE:
    case TOK_FALSE:
    case TOK_NUMBER:
    case TOK_BIGINT:
    case TOK_STRING:
    case TOK_TEMPLATE_FULL:
    case TOK_QUESTION: // JSDoc `?` types
    case TOK_STAR:     // JSDoc `*`
        parse_next(p);
        break;
    case TOK_MINUS: // `-1`
        parse_next(p);
        parse_next(p);
        break;
    case TOK_TEMPLATE_HEAD:
        skip_template_type(p);
        break;
    case TOK_OPEN_PAREN: {
        bool params = parse_ts_parens_are_params(p);
        parse_ts_skip_group(p);
        if (params && tok_is(p, TOK_ARROW)) {
            parse_next(p);
            parse_ts_skip_return_type(p);
        }
        break;
    }
    case TOK_OPEN_BRACKET:
    case TOK_OPEN_BRACE:
        parse_ts_skip_group(p);
        break;
    case TOK_LT:
        skip_function_type_rest(p);
        break;
    case TOK_NEW:
        parse_next(p);
        skip_function_type_rest(p);
        break;
    default:
        parse_unexpected(p);
        break;
    }
}

void parse_ts_skip_operand(Parser *p) {
    if (!parse_enter(p))
        return;
    skip_operand(p);
    parse_leave(p);
}

// Array and indexed access types: `T[]`, `T[K]` (not across a line break).
static void skip_postfix(Parser *p) {
    if (!parse_enter(p))
        return;
    skip_operand(p);
    while (tok_is(p, TOK_OPEN_BRACKET) && !parse_newline_before(p))
        parse_ts_skip_group(p);
    parse_leave(p);
}

// UnionType / IntersectionType, with an optional leading `|` or `&`.
static void skip_union(Parser *p) {
    if (tok_is(p, TOK_BAR) || tok_is(p, TOK_AMP))
        parse_next(p);
    skip_postfix(p);
    while ((tok_is(p, TOK_BAR) || tok_is(p, TOK_AMP)) && !p->stopped) {
        parse_next(p);
        skip_postfix(p);
    }
}

// Type: a union, then `extends U ? X : Y` when conditional types are allowed here (not in
// the `extends` clause of one).
static void skip_type_inner(Parser *p, bool allow_conditional) {
    if (!parse_enter(p))
        return;
    bool saved = p->ts_in_extends;
    p->ts_in_extends = !allow_conditional;
    skip_union(p);
    p->ts_in_extends = saved;
    if (allow_conditional && tok_is(p, TOK_EXTENDS) && !parse_newline_before(p)) {
        parse_next(p);
        skip_type_inner(p, false);
        parse_expect(p, TOK_QUESTION);
        skip_type_inner(p, true);
        parse_expect(p, TOK_COLON);
        skip_type_inner(p, true);
    }
    parse_leave(p);
}

void parse_ts_skip_type(Parser *p) {
    skip_type_inner(p, true);
}

// ReturnType: `asserts x`, `asserts x is T`, `x is T`, `this is T`, or a type.
void parse_ts_skip_return_type(Parser *p) {
    bool asserts = false;
    if (lex_is_contextual(&p->lx.token, KW_ASSERTS)) {
        Token t = parse_ts_peek(p);
        if ((t.kind == TOK_IDENT || t.kind == TOK_THIS) && !(t.flags & TOKF_NEWLINE_BEFORE)) {
            parse_next(p);
            asserts = true;
        }
    }
    if (tok_is(p, TOK_IDENT) || tok_is(p, TOK_THIS)) {
        Token t = parse_ts_peek(p);
        if (lex_is_contextual(&t, KW_IS) && !(t.flags & TOKF_NEWLINE_BEFORE)) {
            parse_next(p);
            parse_next(p);
            parse_ts_skip_type(p);
            return;
        }
        if (asserts) {
            parse_next(p);
            return;
        }
    }
    parse_ts_skip_type(p);
}

void parse_ts_skip_type_params(Parser *p) {
    if (tok_is(p, TOK_LT))
        parse_ts_skip_group(p);
}

void parse_ts_skip_binding_suffix(Parser *p) {
    bool capture = p->ts_capture;
    p->ts_capture = false;
    if (tok_is(p, TOK_QUESTION) || tok_is(p, TOK_BANG))
        parse_next(p);
    if (tok_is(p, TOK_COLON)) {
        parse_next(p);
        if (capture)
            p->ts_captured = parse_ts_serialize_type(p); // emitDecoratorMetadata
        else
            parse_ts_skip_type(p);
    }
}

// ---------------------------------------------------------------------------------------------
// Expressions

// Can the token after `f<T>` follow type arguments (TypeScript 4.7's rule)? A call, a tagged
// template, or anything that cannot start an expression (or starts a new line); not `<`, `>`,
// `+`, `-`, which make `a < b > c` a comparison.
static bool can_follow_type_args(const Parser *p) {
    TokenKind k = parse_tok(p);
    switch (k) {
    case TOK_OPEN_PAREN:
    case TOK_TEMPLATE_FULL:
    case TOK_TEMPLATE_HEAD:
        return true;
    case TOK_LT:
    case TOK_GT:
    case TOK_PLUS:
    case TOK_MINUS:
        return false;
    default:
        break;
    }
    if (parse_newline_before(p))
        return true;
    switch (k) {
    case TOK_IDENT:
    case TOK_PRIVATE_NAME:
    case TOK_NUMBER:
    case TOK_BIGINT:
    case TOK_STRING:
    case TOK_REGEXP:
    case TOK_OPEN_BRACE:
    case TOK_OPEN_BRACKET:
    case TOK_BANG:
    case TOK_TILDE:
    case TOK_PLUS_PLUS:
    case TOK_MINUS_MINUS:
    case TOK_SLASH:
    case TOK_SLASH_EQ:
    case TOK_AT:
    case TOK_FUNCTION:
    case TOK_CLASS:
    case TOK_NEW:
    case TOK_THIS:
    case TOK_SUPER:
    case TOK_NULL:
    case TOK_TRUE:
    case TOK_FALSE:
    case TOK_TYPEOF:
    case TOK_VOID:
    case TOK_DELETE:
    case TOK_IMPORT:
        return false;
    default:
        return true;
    }
}

bool parse_ts_try_type_args(Parser *p) {
    Spec s = spec_begin(p);
    parse_ts_skip_group(p);
    return spec_end(p, &s, can_follow_type_args(p));
}

bool parse_ts_optional_param(Parser *p) {
    TokenKind k = (TokenKind)parse_ts_peek(p).kind;
    return k == TOK_COLON || k == TOK_COMMA || k == TOK_CLOSE_PAREN || k == TOK_EQ;
}

// After `=>` of an arrow that is the consequent of `?`: does a `:` (the conditional's) end the
// arrow's body? Tokens are skipped with groups nested and inner `? :` pairs matched.
static bool colon_ends_body(Parser *p) {
    uint32_t depth = 0, questions = 0;
    for (parse_next(p); !p->stopped; parse_next(p)) {
        TokenKind k = parse_tok(p);
        if (k == TOK_OPEN_PAREN || k == TOK_OPEN_BRACKET || k == TOK_OPEN_BRACE) {
            depth++;
        } else if (k == TOK_CLOSE_PAREN || k == TOK_CLOSE_BRACKET || k == TOK_CLOSE_BRACE) {
            if (depth == 0)
                return false;
            depth--;
        } else if (depth == 0 && k == TOK_QUESTION) {
            questions++;
        } else if (depth == 0 && k == TOK_COLON) {
            if (questions == 0)
                return true;
            questions--;
        } else if (depth == 0 && (k == TOK_COMMA || k == TOK_SEMICOLON || k == TOK_EOF)) {
            return false;
        } else if (k == TOK_TEMPLATE_HEAD) {
            return false; // not worth following: take the arrow without a return type
        }
    }
    return false;
}

void parse_ts_arrow_return_type(Parser *p, bool in_conditional) {
    if (!tok_is(p, TOK_COLON))
        return;
    Spec s = spec_begin(p);
    parse_next(p);
    parse_ts_skip_return_type(p);
    bool arrow = tok_is(p, TOK_ARROW) && !parse_newline_before(p);
    if (arrow && in_conditional) {
        // `c ? (x): T => y : z` has a return type, `c ? (x) : y => z` has none: as the
        // compiler decides, the return type is kept when the conditional's `:` follows.
        Spec body = spec_begin(p);
        bool ok = colon_ends_body(p);
        spec_end(p, &body, false);
        arrow = ok;
    }
    spec_end(p, &s, arrow);
}

bool parse_ts_angle_prefix(Parser *p) {
    if (p->jsx) {
        // `<T,>` and `<T extends U>` are generic arrows; anything else is an element.
        Spec s = spec_begin(p);
        parse_next(p);
        bool generic = false;
        if (tok_is(p, TOK_IDENT) || tok_is(p, TOK_CONST)) {
            parse_next(p);
            generic = tok_is(p, TOK_COMMA) || tok_is(p, TOK_EXTENDS);
        }
        spec_end(p, &s, false);
        if (!generic)
            return false;
    }
    parse_ts_skip_group(p);
    return true;
}

bool parse_ts_is_signature(Parser *p) {
    Spec s = spec_begin(p);
    if (tok_is(p, TOK_IDENT))
        parse_next(p); // the name (none in `export default function (): T;`)
    parse_ts_skip_type_params(p);
    if (tok_is(p, TOK_OPEN_PAREN))
        parse_ts_skip_group(p);
    if (tok_is(p, TOK_COLON)) {
        parse_next(p);
        parse_ts_skip_return_type(p);
    }
    bool signature = !tok_is(p, TOK_OPEN_BRACE) && !p->stopped;
    spec_end(p, &s, false);
    return signature;
}

void parse_ts_skip_signature(Parser *p) {
    if (tok_is(p, TOK_IDENT))
        parse_next(p);
    parse_ts_skip_type_params(p);
    if (tok_is(p, TOK_OPEN_PAREN))
        parse_ts_skip_group(p);
    else
        parse_expect(p, TOK_OPEN_PAREN);
    if (tok_is(p, TOK_COLON)) {
        parse_next(p);
        parse_ts_skip_return_type(p);
    }
    parse_semicolon(p);
}

NodeId parse_ts_erased(Parser *p, uint32_t start) {
    NodeId n = ast_add(p->ast, STMT_EMPTY, start, 0, 0, 0);
    ast_node(p->ast, n)->flags = NF_ERASED;
    return n;
}

NodeId parse_ts_paren_item(Parser *p, NodeId item) {
    bool typed = false;
    if (tok_is(p, TOK_QUESTION)) {
        parse_next(p);
        typed = true;
    }
    if (tok_is(p, TOK_COLON)) {
        parse_next(p);
        parse_ts_skip_type(p);
        typed = true;
    }
    if (!typed || !tok_is(p, TOK_EQ))
        return item;
    uint32_t start = ast_node(p->ast, item)->start;
    parse_next(p);
    NodeId value = parse_assign_in(p);
    NodeId n = ast_add(p->ast, ASSIGN, start, item, value, 0);
    ast_node(p->ast, n)->op = TOK_EQ;
    return n;
}

bool parse_ts_as(Parser *p) {
    const Token *t = &p->lx.token;
    if (!(lex_is_contextual(t, KW_AS) || lex_is_contextual(t, KW_SATISFIES)) ||
        parse_newline_before(p))
        return false;
    parse_next(p);
    if (tok_is(p, TOK_CONST))
        parse_next(p); // `as const`
    else
        parse_ts_skip_type(p);
    return true;
}
