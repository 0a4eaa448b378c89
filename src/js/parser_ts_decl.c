// parser_ts_decl: TypeScript declarations. Type-only ones (interface, type, declare, overloads,
// index signatures, `import type`, `export type`) are skipped and leave an erased statement;
// those with runtime meaning are built from ordinary nodes the printer already knows:
// parameter properties become `this.x = x` at the start of the constructor (after `super()`),
// `import x = require("m")` becomes `const x = require("m")`, `import x = A.B` becomes
// `var x = A.B`, `export = v` becomes `module.exports = v`. Enums and namespaces are in
// parser_ts_enum.c.
//
// Import elision (parse_ts_finish) runs when the module's scopes are closed: an import binding
// with no reference left (types make none) is dropped with its specifier, and an import whose
// specifiers all went is dropped whole, as the TypeScript compiler does unless
// verbatimModuleSyntax or preserveValueImports asks to keep them.
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

static bool tok_is(const Parser *p, TokenKind k) {
    return parse_tok(p) == k;
}

static bool same_line(const Token *t) {
    return !(t->flags & TOKF_NEWLINE_BEFORE);
}

// ---------------------------------------------------------------------------------------------
// Modifiers and class members

// Can a member name (or another modifier) follow a modifier word? Then the word was one.
static bool modifier_follows(const Token *t) {
    TokenKind k = (TokenKind)t->kind;
    if (!same_line(t))
        return false;
    return k == TOK_IDENT || k == TOK_STRING || k == TOK_NUMBER || k == TOK_BIGINT ||
           k == TOK_PRIVATE_NAME || k == TOK_OPEN_BRACKET || k == TOK_OPEN_BRACE || k == TOK_STAR ||
           token_is_reserved(k);
}

uint32_t parse_ts_modifiers(Parser *p) {
    uint32_t m = 0;
    for (;;) {
        const Token *t = &p->lx.token;
        if (t->kind != TOK_IDENT || (t->flags & TOKF_ESCAPED))
            return m;
        uint32_t bit;
        switch ((Keyword)t->keyword) {
        case KW_PUBLIC:
        case KW_PRIVATE:
        case KW_PROTECTED:
        case KW_OVERRIDE:
            bit = TSM_ACCESS;
            break;
        case KW_READONLY:
            bit = TSM_READONLY;
            break;
        case KW_ABSTRACT:
            bit = TSM_ABSTRACT;
            break;
        case KW_DECLARE:
            bit = TSM_DECLARE;
            break;
        default:
            return m;
        }
        Token next = parse_ts_peek(p);
        if (!modifier_follows(&next))
            return m;
        parse_next(p);
        m |= bit;
    }
}

bool parse_ts_index_signature(Parser *p) {
    if (!tok_is(p, TOK_OPEN_BRACKET))
        return false;
    LexSnapshot s = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL;
    lex_next(&p->lx);
    bool sig = p->lx.token.kind == TOK_IDENT;
    if (sig) {
        lex_next(&p->lx);
        sig = p->lx.token.kind == TOK_COLON;
    }
    p->lx.sink = sink;
    lex_restore(&p->lx, &s);
    if (!sig)
        return false;
    parse_ts_skip_group(p);
    parse_ts_skip_binding_suffix(p);
    parse_semicolon(p);
    return true;
}

bool parse_ts_param_modifiers(Parser *p) {
    bool any = false;
    for (;;) {
        const Token *t = &p->lx.token;
        Keyword kw = (Keyword)t->keyword;
        if (t->kind != TOK_IDENT || (t->flags & TOKF_ESCAPED) ||
            !(kw == KW_PUBLIC || kw == KW_PRIVATE || kw == KW_PROTECTED || kw == KW_READONLY ||
              kw == KW_OVERRIDE))
            return any;
        Token next = parse_ts_peek(p);
        TokenKind k = (TokenKind)next.kind;
        if (k != TOK_IDENT && k != TOK_OPEN_BRACE && k != TOK_OPEN_BRACKET)
            return any;
        parse_next(p);
        any = true;
    }
}

void parse_ts_record_param_prop(Parser *p, NodeId param) {
    const Node *x = ast_node(p->ast, param);
    if (x->kind == ASSIGN_PATTERN)
        param = x->a;
    if (ast_node(p->ast, param)->kind == BINDING_IDENT)
        vec_push(p->arena, &p->param_props, param);
}

void parse_ts_param_prop_error(Parser *p, uint32_t mark) {
    const Node *b = ast_node(p->ast, p->param_props.items[mark]);
    parse_error(p, b->start, b->b,
                "A parameter property is only allowed in a constructor implementation");
    p->param_props.len = mark;
}

void parse_ts_class_heritage(Parser *p) {
    if (tok_is(p, TOK_LT))
        parse_ts_skip_group(p); // `extends Base<T>`
    if (!lex_is_contextual(&p->lx.token, KW_IMPLEMENTS))
        return;
    do {
        parse_next(p);
        parse_ts_skip_type(p);
    } while (tok_is(p, TOK_COMMA));
}

// `this.x = x;` for the parameter property whose binding is b.
static NodeId this_assign(Parser *p, NodeId b) {
    const Node *x = ast_node(p->ast, b);
    uint32_t start = x->start;
    uint32_t len = x->b;
    Str name = { p->lx.src + start, len };
    NodeId target = node(p, MEMBER, start, node(p, THIS, start, 0, 0, 0),
                         node(p, NAME, start, len, 0, 0), 0);
    NodeId value = node(p, IDENT, start, ID_NONE, len, 0);
    scope_reference(p->st, value, name);
    NodeId assign = node(p, ASSIGN, start, target, value, 0);
    ast_node(p->ast, assign)->op = TOK_EQ;
    return node(p, STMT_EXPR, start, assign, 0, 0);
}

// Is statement s `super(…);`?
static bool is_super_call(Parser *p, NodeId s) {
    const Node *x = ast_node(p->ast, s);
    if (x->kind != STMT_EXPR)
        return false;
    const Node *e = ast_node(p->ast, x->a);
    return e->kind == CALL && ast_node(p->ast, e->a)->kind == SUPER;
}

void parse_ts_param_props(Parser *p, NodeId body, uint32_t mark) {
    Node *b = ast_node(p->ast, body);
    ListRef old = b->a;
    uint32_t count = ast_list_len(p->ast, old);
    // After directives, and after a top-level `super(…)` call (`this` is unusable before it).
    uint32_t at = 0;
    while (at < count && ast_node(p->ast, ast_list_items(p->ast, old)[at])->kind == STMT_DIRECTIVE)
        at++;
    for (uint32_t i = at; i < count; i++) {
        if (is_super_call(p, ast_list_items(p->ast, old)[i])) {
            at = i + 1;
            break;
        }
    }
    uint32_t tmark = p->tmp.len;
    for (uint32_t i = 0; i < at; i++)
        parse_push(p, ast_list_items(p->ast, old)[i]);
    for (uint32_t i = mark; i < p->param_props.len; i++) {
        NodeId s = this_assign(p, p->param_props.items[i]);
        vec_push(p->arena, &p->ctor_props, s);
        parse_push(p, s);
    }
    for (uint32_t i = at; i < count; i++)
        parse_push(p, ast_list_items(p->ast, old)[i]);
    p->param_props.len = mark;
    ListRef list = parse_list_from(p, tmark);
    ast_node(p->ast, body)->a = list;
}

// ---------------------------------------------------------------------------------------------
// Type-only declarations

// Skips the tokens of a declaration header up to its `{ … }` body and the body: `interface I<T>
// extends A, B { … }`, `declare class C<T> extends B<T> implements I { … }`.
static void skip_to_body(Parser *p) {
    while (!tok_is(p, TOK_OPEN_BRACE) && !tok_is(p, TOK_EOF) && !p->stopped) {
        TokenKind k = parse_tok(p);
        if (k == TOK_OPEN_PAREN || k == TOK_OPEN_BRACKET || k == TOK_LT)
            parse_ts_skip_group(p);
        else
            parse_next(p);
    }
    if (tok_is(p, TOK_OPEN_BRACE))
        parse_ts_skip_group(p);
    else
        parse_expect(p, TOK_OPEN_BRACE);
}

// `type Name<T> = Type;` after `type`.
static void skip_type_alias(Parser *p) {
    parse_next(p);
    parse_ts_skip_type_params(p);
    parse_expect(p, TOK_EQ);
    parse_ts_skip_type(p);
    parse_semicolon(p);
}

// `var|let|const x: T = literal, y: U;` after `declare`.
static void skip_ambient_var(Parser *p) {
    parse_next(p);
    for (;;) {
        if (tok_is(p, TOK_OPEN_BRACE) || tok_is(p, TOK_OPEN_BRACKET))
            parse_ts_skip_group(p);
        else
            parse_next(p);
        parse_ts_skip_binding_suffix(p);
        if (tok_is(p, TOK_EQ)) {
            parse_next(p);
            (void)parse_assign(p); // a literal; its nodes are simply not used
        }
        if (!tok_is(p, TOK_COMMA) || p->stopped)
            break;
        parse_next(p);
    }
    parse_semicolon(p);
}

// The declaration after `declare`: nothing of it reaches the output.
static void skip_ambient(Parser *p) {
    const Token *t = &p->lx.token;
    Keyword kw = (Keyword)t->keyword;
    TokenKind k = parse_tok(p);
    if (k == TOK_VAR || k == TOK_CONST || lex_is_contextual(t, KW_LET) ||
        lex_is_contextual(t, KW_USING)) {
        if (k == TOK_CONST && parse_ts_peek(p).kind == TOK_ENUM) {
            parse_next(p);
            skip_to_body(p);
            return;
        }
        skip_ambient_var(p);
        return;
    }
    if (k == TOK_FUNCTION) {
        parse_next(p);
        if (tok_is(p, TOK_STAR))
            parse_next(p);
        parse_ts_skip_signature(p);
        return;
    }
    if (k == TOK_IDENT && kw == KW_TYPE) {
        parse_next(p);
        skip_type_alias(p);
        return;
    }
    if (k == TOK_IDENT && kw == KW_MODULE && parse_ts_peek(p).kind == TOK_STRING) {
        parse_next(p);
        parse_next(p);
        if (tok_is(p, TOK_OPEN_BRACE))
            parse_ts_skip_group(p);
        else
            parse_semicolon(p); // `declare module "m";`
        return;
    }
    // class, abstract class, enum, namespace, module, global, interface: a header and a body.
    skip_to_body(p);
}

// TypeScript statements that start with a word (`interface`, `type`, `declare`, `abstract`):
// the erased statement or class, or NODE_NONE when the word is an ordinary identifier here.
static NodeId parse_word_statement(Parser *p, uint32_t start) {
    const Token *t = &p->lx.token;
    if (t->kind != TOK_IDENT || (t->flags & TOKF_ESCAPED))
        return NODE_NONE;
    Keyword kw = (Keyword)t->keyword;
    if (kw != KW_INTERFACE && kw != KW_TYPE && kw != KW_DECLARE && kw != KW_ABSTRACT &&
        kw != KW_NAMESPACE && kw != KW_MODULE && kw != KW_GLOBAL)
        return NODE_NONE;
    Token next = parse_ts_peek(p);
    if (!same_line(&next))
        return NODE_NONE;
    TokenKind nk = (TokenKind)next.kind;
    switch (kw) {
    case KW_INTERFACE:
        if (nk != TOK_IDENT)
            return NODE_NONE;
        skip_to_body(p);
        return parse_ts_erased(p, start);
    case KW_TYPE:
        if (nk != TOK_IDENT)
            return NODE_NONE;
        parse_next(p);
        skip_type_alias(p);
        return parse_ts_erased(p, start);
    case KW_DECLARE:
        if (nk != TOK_IDENT && !token_is_reserved(nk))
            return NODE_NONE;
        parse_next(p);
        skip_ambient(p);
        return parse_ts_erased(p, start);
    case KW_ABSTRACT: {
        if (nk != TOK_CLASS)
            return NODE_NONE;
        parse_next(p);
        NodeId c = parse_class(p, true, false);
        NodeId d = p->class_decorated.len ? parse_ts_decorate_class(p, start, c, LIST_EMPTY)
                                          : NODE_NONE;
        return d != NODE_NONE ? d : node(p, STMT_CLASS, start, c, 0, 0);
    }
    case KW_GLOBAL:
        if (nk != TOK_OPEN_BRACE)
            return NODE_NONE;
        skip_to_body(p);
        return parse_ts_erased(p, start);
    default: // namespace, module
        if (nk == TOK_STRING && kw == KW_MODULE) {
            skip_ambient(p);
            return parse_ts_erased(p, start);
        }
        if (nk != TOK_IDENT)
            return NODE_NONE;
        return parse_ts_namespace(p, start);
    }
}

NodeId parse_ts_statement(Parser *p) {
    uint32_t start = p->lx.token.start;
    if (tok_is(p, TOK_AT))
        return parse_ts_decorated_statement(p, start, false, false);
    if (tok_is(p, TOK_ENUM))
        return parse_ts_enum(p, start, false);
    if (tok_is(p, TOK_CONST) && parse_ts_peek(p).kind == TOK_ENUM) {
        parse_next(p);
        return parse_ts_enum(p, start, true);
    }
    return parse_word_statement(p, start);
}

// ---------------------------------------------------------------------------------------------
// Imports and exports

// Skips a whole `import type …` / `export type { … } from "m"` statement: everything up to the
// end of the statement, groups nested.
static void skip_statement(Parser *p) {
    while (!tok_is(p, TOK_SEMICOLON) && !tok_is(p, TOK_EOF) && !p->stopped) {
        TokenKind k = parse_tok(p);
        if (k == TOK_OPEN_BRACE || k == TOK_OPEN_PAREN || k == TOK_OPEN_BRACKET)
            parse_ts_skip_group(p);
        else
            parse_next(p);
        if (k == TOK_STRING && !tok_is(p, TOK_WITH) && !lex_is_contextual(&p->lx.token, KW_ASSERT))
            break; // the module specifier ends the statement
        if (parse_newline_before(p) && (k == TOK_CLOSE_BRACE || k == TOK_IDENT))
            break; // `export type { A }` ended by a line break
    }
    parse_semicolon(p);
}

// `require("m")` or `A.B.C` after `import x =`.
static NodeId import_equals_value(Parser *p) {
    const Token *t = &p->lx.token;
    if (lex_is_contextual(t, KW_REQUIRE) && parse_ts_peek(p).kind == TOK_OPEN_PAREN) {
        uint32_t start = t->start;
        NodeId callee = node(p, IDENT, start, ID_NONE, 7, 0);
        scope_reference(p->st, callee, STR("require"));
        parse_next(p);
        parse_next(p);
        NodeId spec =
                node(p, STRING_LIT, p->lx.token.start, p->lx.token.end - p->lx.token.start, 0, 0);
        parse_expect(p, TOK_STRING);
        parse_expect(p, TOK_CLOSE_PAREN);
        NodeId arg = spec;
        return node(p, CALL, start, callee, ast_list(p->ast, &arg, 1), 0);
    }
    if (!tok_is(p, TOK_IDENT)) {
        parse_unexpected(p);
        return NODE_NONE;
    }
    uint32_t start = t->start;
    NodeId e = node(p, IDENT, start, ID_NONE, t->end - t->start, 0);
    scope_reference(p->st, e, parse_token_name(p));
    parse_next(p);
    while (tok_is(p, TOK_DOT)) {
        parse_next(p);
        const Token *n = &p->lx.token;
        NodeId name = node(p, NAME, n->start, n->end - n->start, 0, 0);
        parse_next(p);
        e = node(p, MEMBER, start, e, name, 0);
    }
    return e;
}

// `import x = require("m")` / `import x = A.B` with the current token at x: a const (require)
// or var (entity name) declaration, recorded for elision unless exported.
static NodeId parse_import_equals(Parser *p, uint32_t start, bool exported) {
    const Token *t = &p->lx.token;
    bool require = false;
    {
        LexSnapshot s = lex_save(&p->lx);
        DiagSink *sink = p->lx.sink;
        p->lx.sink = NULL;
        lex_next(&p->lx);
        lex_next(&p->lx);
        require = lex_is_contextual(&p->lx.token, KW_REQUIRE);
        p->lx.sink = sink;
        lex_restore(&p->lx, &s);
    }
    VarKind kind = require ? VAR_CONST : VAR_VAR;
    NodeId b = node(p, BINDING_IDENT, t->start, ID_NONE, t->end - t->start, 0);
    parse_declare(p, b, parse_token_name(p), require ? SYM_CONST : SYM_VAR);
    parse_next(p);
    parse_expect(p, TOK_EQ);
    NodeId value = import_equals_value(p);
    parse_semicolon(p);
    NodeId decl = node(p, DECLARATOR, start, b, value, 0);
    NodeId var = node(p, STMT_VAR, start, ast_list(p->ast, &decl, 1), 0, 0);
    ast_node(p->ast, var)->op = (uint16_t)kind;
    if (exported) {
        SymbolId sym = ast_node(p->ast, b)->a;
        if (sym != ID_NONE)
            p->st->symbols.items[sym].flags |= SYMF_EXPORTED;
        return node(p, EXPORT_DECL, start, var, 0, 0);
    }
    vec_push(p->arena, &p->ts_imports, var);
    return var;
}

NodeId parse_ts_import(Parser *p, uint32_t start, bool exported) {
    // The current token is `import`.
    Token next = parse_ts_peek(p);
    if (lex_is_contextual(&next, KW_TYPE)) {
        // `import type X from`, `import type { A } from`, `import type * as N from`,
        // `import type X = …`; but `import type from "m"` imports a default named type.
        LexSnapshot s = lex_save(&p->lx);
        DiagSink *sink = p->lx.sink;
        p->lx.sink = NULL;
        lex_next(&p->lx);
        lex_next(&p->lx);
        Token third = p->lx.token;
        p->lx.sink = sink;
        lex_restore(&p->lx, &s);
        bool type_only = third.kind == TOK_OPEN_BRACE || third.kind == TOK_STAR ||
                         (third.kind == TOK_IDENT && !lex_is_contextual(&third, KW_FROM));
        if (!type_only)
            return NODE_NONE;
        skip_statement(p);
        return parse_ts_erased(p, start);
    }
    if (next.kind != TOK_IDENT || lex_is_contextual(&next, KW_FROM))
        return NODE_NONE;
    // `import x = …` needs a second token of lookahead.
    if (parse_ts_peek_second(p).kind != TOK_EQ)
        return NODE_NONE;
    parse_next(p);
    return parse_import_equals(p, start, exported);
}

static NodeId parse_export_equals(Parser *p, uint32_t start);

NodeId parse_ts_commonjs_item(Parser *p, uint32_t start, bool is_import) {
    Token next = parse_ts_peek(p);
    if (!is_import) {
        if (next.kind != TOK_EQ)
            return NODE_NONE;
        parse_next(p);
        return parse_export_equals(p, start);
    }
    if (next.kind != TOK_IDENT || lex_is_contextual(&next, KW_TYPE) ||
        lex_is_contextual(&next, KW_FROM))
        return NODE_NONE;
    return parse_ts_import(p, start, false); // NODE_NONE unless `=` follows the name
}

// `module.exports = value;` for `export = value;` (the current token is `=`).
static NodeId parse_export_equals(Parser *p, uint32_t start) {
    parse_next(p);
    NodeId value = parse_assign_in(p);
    parse_semicolon(p);
    NodeId module = node(p, IDENT, ast_synth(p->ast, STR("module")), ID_NONE, 6, 0);
    scope_reference(p->st, module, STR("module"));
    NodeId exports = node(p, NAME, ast_synth(p->ast, STR("exports")), 7, 0, 0);
    NodeId target = node(p, MEMBER, start, module, exports, 0);
    NodeId assign = node(p, ASSIGN, start, target, value, 0);
    ast_node(p->ast, assign)->op = TOK_EQ;
    return node(p, STMT_EXPR, start, assign, 0, 0);
}

// `export` before a TypeScript declaration (enum, const enum, interface, declare, abstract,
// namespace, module): the export of what it declares, or NODE_NONE (nothing consumed).
static NodeId export_ts_declaration(Parser *p, uint32_t start, const Token *next) {
    if (next->kind != TOK_ENUM && next->kind != TOK_CONST && next->kind != TOK_IDENT)
        return NODE_NONE;
    if (next->kind == TOK_IDENT && !lex_is_contextual(next, KW_INTERFACE) &&
        !lex_is_contextual(next, KW_DECLARE) && !lex_is_contextual(next, KW_ABSTRACT) &&
        !lex_is_contextual(next, KW_NAMESPACE) && !lex_is_contextual(next, KW_MODULE))
        return NODE_NONE;
    LexSnapshot s = lex_save(&p->lx);
    parse_next(p);
    if (tok_is(p, TOK_CONST) && parse_ts_peek(p).kind != TOK_ENUM) {
        lex_restore(&p->lx, &s); // `export const x`: JavaScript
        return NODE_NONE;
    }
    NodeId decl = parse_ts_statement(p);
    if (decl == NODE_NONE) {
        parse_unexpected(p);
        return NODE_NONE;
    }
    if (parse_is_erased(p, decl))
        return decl;
    const Node *d = ast_node(p->ast, decl);
    if (d->kind != STMT_VAR && d->kind != STMT_CLASS)
        return decl; // an enum or namespace merged into an earlier declaration
    if (d->kind == STMT_VAR) {
        NodeId b = ast_node(p->ast, ast_list_items(p->ast, d->a)[0])->a;
        SymbolId sym = ast_node(p->ast, b)->a;
        if (sym != ID_NONE && (p->st->symbols.items[sym].flags & SYMF_EXPORTED))
            return decl; // merges into an enum or namespace exported already
    }
    parse_export_names(p, decl);
    return node(p, EXPORT_DECL, start, decl, 0, 0);
}

NodeId parse_ts_export(Parser *p, uint32_t start) {
    // The current token is `export`.
    Token next = parse_ts_peek(p);
    if (next.kind == TOK_EQ) {
        parse_next(p);
        return parse_export_equals(p, start);
    }
    if (lex_is_contextual(&next, KW_AS)) { // `export as namespace Lib;`
        skip_statement(p);
        return parse_ts_erased(p, start);
    }
    if (next.kind == TOK_IMPORT) {
        parse_next(p);
        NodeId n = parse_ts_import(p, start, true);
        if (n == NODE_NONE)
            parse_unexpected(p);
        return n;
    }
    if (lex_is_contextual(&next, KW_TYPE)) {
        parse_next(p);
        Token third = parse_ts_peek(p);
        if (third.kind == TOK_OPEN_BRACE || third.kind == TOK_STAR) {
            skip_statement(p); // `export type { A }`, `export type * from "m"`
            return parse_ts_erased(p, start);
        }
        parse_next(p);
        skip_type_alias(p);
        return parse_ts_erased(p, start);
    }
    return export_ts_declaration(p, start, &next);
}

bool parse_ts_default_signature(Parser *p) {
    LexSnapshot s = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL;
    lex_next(&p->lx); // default
    if (lex_is_contextual(&p->lx.token, KW_ASYNC))
        lex_next(&p->lx);
    bool function = p->lx.token.kind == TOK_FUNCTION;
    if (function)
        lex_next(&p->lx);
    if (function && p->lx.token.kind == TOK_STAR)
        lex_next(&p->lx);
    p->lx.sink = sink;
    TokenKind k = (TokenKind)p->lx.token.kind;
    bool signature = function && (k == TOK_IDENT || k == TOK_OPEN_PAREN || k == TOK_LT) &&
                     !p->lx.failed && parse_ts_is_signature(p);
    lex_restore(&p->lx, &s);
    if (!signature)
        return false;
    while (!tok_is(p, TOK_OPEN_PAREN) && !tok_is(p, TOK_LT) &&
           (!tok_is(p, TOK_IDENT) || lex_is_contextual(&p->lx.token, KW_ASYNC)) && !p->stopped)
        parse_next(p); // default, async, function, *
    parse_ts_skip_signature(p);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Import elision

static bool unused(Parser *p, NodeId binding) {
    if (binding == NODE_NONE)
        return false;
    SymbolId sym = ast_node(p->ast, binding)->a;
    return sym != ID_NONE && p->st->symbols.items[sym].uses == 0;
}

static void erase(Parser *p, NodeId stmt) {
    Node *n = ast_node(p->ast, stmt);
    n->kind = STMT_EMPTY;
    n->flags = NF_ERASED;
}

// Drops the unused specifiers of one import declaration, or the whole declaration when it had
// specifiers and none is left (`import "m"` stays: it is there for its side effects).
static void elide_import(Parser *p, NodeId decl) {
    Node *d = ast_node(p->ast, decl);
    uint32_t count = ast_list_len(p->ast, d->a);
    if (count == 0) {
        if (d->flags & NF_BRACES)
            erase(p, decl); // `import {} from "m"`, or only type specifiers
        return;
    }
    uint32_t mark = p->tmp.len;
    for (uint32_t i = 0; i < count; i++) {
        NodeId spec = ast_list_items(p->ast, d->a)[i];
        const Node *s = ast_node(p->ast, spec);
        NodeId binding = s->kind == IMPORT_SPECIFIER ? s->b : s->a;
        if (!unused(p, binding))
            parse_push(p, spec);
    }
    if (p->tmp.len == mark) {
        erase(p, decl);
        return;
    }
    ListRef kept = parse_list_from(p, mark);
    ast_node(p->ast, decl)->a = kept;
}

// `export { T }` of a local that is no value (an interface, a type alias, a declare): the
// specifier goes, as the compiler drops exports of types.
static void elide_type_exports(Parser *p, NodeId decl) {
    Node *d = ast_node(p->ast, decl);
    if (d->b != NODE_NONE)
        return; // a re-export from another module is not checked here
    uint32_t count = ast_list_len(p->ast, d->a);
    uint32_t mark = p->tmp.len;
    for (uint32_t i = 0; i < count; i++) {
        NodeId spec = ast_list_items(p->ast, d->a)[i];
        const Node *local = ast_node(p->ast, ast_node(p->ast, spec)->a);
        SymbolId sym = local->kind == IDENT ? local->a : ID_NONE;
        if (sym == ID_NONE || p->st->symbols.items[sym].kind != SYM_UNBOUND)
            parse_push(p, spec);
    }
    if (p->tmp.len - mark == count) {
        p->tmp.len = mark;
        return;
    }
    ListRef kept = parse_list_from(p, mark);
    ast_node(p->ast, decl)->a = kept;
}

void parse_ts_finish(Parser *p) {
    uint32_t count = ast_list_len(p->ast, p->ast->body);
    for (uint32_t i = 0; i < count; i++) {
        NodeId s = ast_list_items(p->ast, p->ast->body)[i];
        if (ast_node(p->ast, s)->kind == EXPORT_NAMED)
            elide_type_exports(p, s);
    }
    if (p->opt->verbatim_module_syntax)
        return;
    for (uint32_t i = 0; i < count; i++) {
        NodeId s = ast_list_items(p->ast, p->ast->body)[i];
        if (ast_node(p->ast, s)->kind == IMPORT_DECL)
            elide_import(p, s);
    }
    for (uint32_t i = 0; i < p->ts_imports.len; i++) {
        NodeId var = p->ts_imports.items[i];
        const Node *v = ast_node(p->ast, var);
        NodeId decl = ast_list_items(p->ast, v->a)[0];
        if (unused(p, ast_node(p->ast, decl)->a))
            erase(p, var);
    }
}
