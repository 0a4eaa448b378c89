// parser: the program, statements and directives (ECMA-262 §14, §11.2.1), the shared token and
// error helpers, and the entry point with module auto-detection. Expressions and patterns are
// in parser_expr.c, functions and classes in parser_func.c, import/export in parser_module.c.
// Every parse function starts with the production it parses.
//
// Errors stop the parse: parse_error reports once, then turns the current token into end of
// file for good, so every loop ends and no second error is produced. The caller sees failure
// through Parser.stopped (and the lexer's failed flag for lexical errors).
#include "js/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "js/parser_int.h"

// ---------------------------------------------------------------------------------------------
// Tokens and errors

void parse_stop(Parser *p) {
    p->stopped = true;
    p->lx.token.kind = TOK_EOF;
    p->lx.token.flags = 0;
}

void parse_next(Parser *p) {
    if (p->stopped)
        return;
    lex_next(&p->lx);
    if (p->lx.failed)
        parse_stop(p);
}

void parse_error(Parser *p, uint32_t start, uint32_t len, const char *fmt, ...) {
    if (p->stopped)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lex_error(&p->lx, start, len, "%s", msg);
    parse_stop(p);
}

void parse_switch_to_module(Parser *p) {
    if (p->stopped)
        return;
    p->restart = true;
    parse_stop(p);
}

// The current token for messages: `"text"` (cut when long), or `end of file`.
static void describe(const Parser *p, char *buf, size_t size) {
    const Token *t = &p->lx.token;
    if (t->kind == TOK_EOF) {
        snprintf(buf, size, "end of file");
        return;
    }
    uint32_t len = t->end - t->start;
    snprintf(buf, size, "\"%.*s%s\"", (int)MIN(len, 40u), p->lx.src + t->start,
             len > 40 ? "..." : "");
}

void parse_unexpected(Parser *p) {
    char what[64];
    describe(p, what, sizeof what);
    const Token *t = &p->lx.token;
    if (t->kind == TOK_EOF)
        parse_error(p, t->start, 0, "Unexpected end of file");
    else
        parse_error(p, t->start, t->end - t->start, "Unexpected %s", what);
}

static void expected(Parser *p, const char *what) {
    char found[64];
    describe(p, found, sizeof found);
    const Token *t = &p->lx.token;
    parse_error(p, t->start, t->end - t->start, "Expected %s but found %s", what, found);
}

bool parse_expect(Parser *p, TokenKind k) {
    if (parse_tok(p) == k) {
        parse_next(p);
        return true;
    }
    char what[32];
    snprintf(what, sizeof what, "\"%s\"", token_name(k));
    expected(p, what);
    return false;
}

// ASI (§12.10): a semicolon is inserted before `}`, at the end, or after a line terminator.
void parse_semicolon(Parser *p) {
    TokenKind k = parse_tok(p);
    if (k == TOK_SEMICOLON) {
        parse_next(p);
        return;
    }
    if (k == TOK_CLOSE_BRACE || k == TOK_EOF || parse_newline_before(p))
        return;
    expected(p, "\";\"");
}

bool parse_enter(Parser *p) {
    if (++p->depth <= PARSE_MAX_DEPTH)
        return true;
    const Token *t = &p->lx.token;
    parse_error(p, t->start, t->end - t->start, "Nesting is too deep");
    return false;
}

bool parse_is_strict(const Parser *p) {
    return p->lx.strict;
}

ListRef parse_list_from(Parser *p, uint32_t mark) {
    // No items may mean no array yet (an empty program): never index a NULL pointer.
    const NodeId *items = p->tmp.len > mark ? &p->tmp.items[mark] : NULL;
    ListRef l = ast_list(p->ast, items, p->tmp.len - mark);
    p->tmp.len = mark;
    return l;
}

Str parse_token_name(Parser *p) {
    return lex_identifier_name(&p->lx, &p->lx.token, p->arena);
}

Str parse_range_name(Parser *p, uint32_t start, uint32_t len) {
    Str s = { p->lx.src + start, len };
    if (!memchr(s.ptr, '\\', len))
        return s;
    Token t = { .start = start, .end = start + len, .kind = TOK_IDENT, .flags = TOKF_ESCAPED };
    return lex_identifier_name(&p->lx, &t, p->arena);
}

// Words reserved in strict code only (§12.7.2, §13.1.1).
static bool is_strict_reserved(Keyword kw) {
    return kw == KW_IMPLEMENTS || kw == KW_INTERFACE || kw == KW_LET || kw == KW_PACKAGE ||
           kw == KW_PRIVATE || kw == KW_PROTECTED || kw == KW_PUBLIC || kw == KW_STATIC ||
           kw == KW_YIELD;
}

bool parse_check_identifier(Parser *p, const Token *t, bool binding) {
    uint32_t len = t->end - t->start;
    if (t->kind != TOK_IDENT) {
        if (t == &p->lx.token)
            expected(p, "identifier");
        else
            parse_error(p, t->start, len, "Unexpected \"%.*s\"", (int)len, p->lx.src + t->start);
        return false;
    }
    Keyword kw = (Keyword)t->keyword;
    if (kw == KW_NONE)
        return true;
    if (keyword_is_reserved(kw)) {
        parse_error(p, t->start, len, "Keywords cannot contain escape characters");
        return false;
    }
    if (kw == KW_AWAIT && ((p->ctx & (CTX_ASYNC | CTX_STATIC_BLOCK)) || p->lx.module)) {
        parse_error(p, t->start, len, "The keyword \"await\" cannot be used here");
        return false;
    }
    if (kw == KW_YIELD && (p->ctx & CTX_GENERATOR)) {
        parse_error(p, t->start, len, "The keyword \"yield\" cannot be used here");
        return false;
    }
    if (p->lx.strict && is_strict_reserved(kw)) {
        parse_error(p, t->start, len,
                    "\"%.*s\" is a reserved word and cannot be used in strict mode", (int)len,
                    p->lx.src + t->start);
        return false;
    }
    if (binding && p->lx.strict && (kw == KW_EVAL || kw == KW_ARGUMENTS)) {
        parse_error(p, t->start, len, "Cannot use \"%.*s\" as an identifier in strict mode",
                    (int)len, p->lx.src + t->start);
        return false;
    }
    if (kw == KW_ARGUMENTS && (p->ctx & CTX_NO_ARGUMENTS)) {
        parse_error(p, t->start, len, "Cannot access \"arguments\" here");
        return false;
    }
    return true;
}

void parse_declare(Parser *p, NodeId binding, Str name, SymbolKind kind) {
    SymbolId sym;
    ScopeDeclareResult r = scope_declare(p->st, name, kind, p->lx.strict, &sym);
    Node *n = ast_node(p->ast, binding);
    n->a = sym;
    if (r == SCOPE_MERGED && kind == SYM_PARAM)
        p->dup_param = true;
    if (r == SCOPE_CONFLICT) {
        parse_error(p, n->start, n->b, "The symbol \"%.*s\" has already been declared",
                    (int)name.len, name.ptr);
    }
}

// ---------------------------------------------------------------------------------------------
// Statements

// Where a statement stands, which decides the declarations it may be (§14, Annex B.3.3).
typedef enum StmtMode {
    MODE_LIST,    // StatementListItem: every declaration
    MODE_LABELED, // the item of a label standing in a list: a plain sloppy function only
    MODE_IF,      // the branch of an if: a plain sloppy function, as if in a block
    MODE_BODY,    // a loop or with body, or a label item there: no declaration
} StmtMode;

static NodeId parse_statement(Parser *p, StmtMode mode);

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

// Lookahead of one token: the kind and whether a newline precedes it.
static Token peek(Parser *p) {
    LexSnapshot s = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL; // an error in the peeked token is reported when it is really lexed
    lex_next(&p->lx);
    Token t = p->lx.token;
    p->lx.sink = sink;
    lex_restore(&p->lx, &s);
    return t;
}

// Block: `{` StatementList `}` (the scope, if any, is the caller's). *end: offset of the `}`,
// which the printer needs to keep legal comments inside the block.
static ListRef parse_block_items(Parser *p, uint32_t *end) {
    parse_expect(p, TOK_OPEN_BRACE);
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF)
        parse_push(p, parse_statement_list_item(p));
    *end = p->lx.token.start;
    parse_expect(p, TOK_CLOSE_BRACE);
    return parse_list_from(p, mark);
}

// BlockStatement: `{` StatementList? `}`
static NodeId parse_block(Parser *p) {
    uint32_t start = p->lx.token.start;
    uint32_t end;
    scope_push(p->st, SCOPE_BLOCK, 0);
    ListRef body = parse_block_items(p, &end);
    scope_pop(p->st, p->ast);
    return node(p, STMT_BLOCK, start, body, end, 0);
}

static SymbolKind var_symbol_kind(VarKind k) {
    switch (k) {
    case VAR_VAR:
        return SYM_VAR;
    case VAR_LET:
        return SYM_LET;
    case VAR_CONST:
        return SYM_CONST;
    default:
        return SYM_USING;
    }
}

// VariableDeclarationList: VariableDeclaration (`,` VariableDeclaration)*
// VariableDeclaration: BindingIdentifier Initializer? | BindingPattern Initializer
// The caller has consumed the keyword(s). in_for: the initializer of a for statement, where
// `in`/`of` may follow a declarator without initializer.
static NodeId parse_var_decl(Parser *p, uint32_t start, VarKind kind, bool in_for) {
    uint32_t mark = p->tmp.len;
    for (;;) {
        uint32_t dstart = p->lx.token.start;
        if (kind >= VAR_LET && p->lx.token.kind == TOK_IDENT && p->lx.token.keyword == KW_LET) {
            parse_error(p, dstart, 3, "Cannot use \"let\" as an identifier here");
        }
        if (kind >= VAR_USING && parse_tok(p) != TOK_IDENT)
            expected(p, "identifier");
        NodeId target = parse_binding(p, var_symbol_kind(kind));
        if (p->ts)
            parse_ts_skip_binding_suffix(p); // `let x: T`, `let x!: T`
        NodeId init = NODE_NONE;
        if (parse_tok(p) == TOK_EQ) {
            parse_next(p);
            init = parse_assign(p);
        } else if (!in_for || (parse_tok(p) != TOK_IN && !lex_is_contextual(&p->lx.token, KW_OF))) {
            NodeKind tk = (NodeKind)ast_node(p->ast, target)->kind;
            if (kind >= VAR_CONST || tk != BINDING_IDENT) {
                const char *what = kind >= VAR_CONST ? "const" : "destructuring";
                if (kind >= VAR_USING)
                    what = "using";
                if (!p->stopped) {
                    parse_error(p, p->lx.token.start, 0, "The %s declaration must be initialized",
                                what);
                }
            }
        }
        parse_push(p, node(p, DECLARATOR, dstart, target, init, 0));
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    NodeId n = node(p, STMT_VAR, start, parse_list_from(p, mark), 0, 0);
    ast_node(p->ast, n)->op = (uint16_t)kind;
    return n;
}

// Is the `let` at the current token the start of a LexicalDeclaration? (`let` followed by an
// identifier, `[` or `{`; §14.3.1 and the `let [` lookahead restriction of §14.5.)
// In a single-statement position (declaration_ok false) `let` then a word on the next line is
// the expression `let` followed by ASI.
static bool let_starts_declaration(Parser *p, bool declaration_ok) {
    if (!lex_is_contextual(&p->lx.token, KW_LET))
        return false;
    Token t = peek(p);
    if (!declaration_ok && t.kind == TOK_IDENT && (t.flags & TOKF_NEWLINE_BEFORE))
        return false;
    if (t.kind == TOK_OPEN_BRACKET || t.kind == TOK_OPEN_BRACE)
        return true;
    // `let` then a reserved word is an expression (`let instanceof x`); a declaration could
    // not bind the word anyway.
    return t.kind == TOK_IDENT;
}

// `using` Binding…: `using` followed on the same line by an identifier (not `in`).
static bool using_starts_declaration(Parser *p) {
    if (!lex_is_contextual(&p->lx.token, KW_USING))
        return false;
    Token t = peek(p);
    return t.kind == TOK_IDENT && !(t.flags & TOKF_NEWLINE_BEFORE) &&
           !(t.keyword == KW_OF && !(t.flags & TOKF_ESCAPED));
}

// `await using` Binding…: needs two tokens of lookahead.
static bool await_using_starts_declaration(Parser *p) {
    if (!lex_is_contextual(&p->lx.token, KW_AWAIT) || !(p->ctx & CTX_ASYNC))
        return false;
    LexSnapshot s = lex_save(&p->lx);
    DiagSink *sink = p->lx.sink;
    p->lx.sink = NULL;
    lex_next(&p->lx);
    bool ok =
            lex_is_contextual(&p->lx.token, KW_USING) && !(p->lx.token.flags & TOKF_NEWLINE_BEFORE);
    if (ok) {
        lex_next(&p->lx);
        ok = p->lx.token.kind == TOK_IDENT && !(p->lx.token.flags & TOKF_NEWLINE_BEFORE);
    }
    p->lx.sink = sink;
    lex_restore(&p->lx, &s);
    return ok;
}

// using declarations are not allowed at the top level of a script, nor in a bare case clause.
static void check_using_allowed(Parser *p, uint32_t start) {
    if (!(p->ctx & (CTX_FUNCTION | CTX_STATIC_BLOCK)) && !p->lx.module &&
        scope_current(p->st) == 0) {
        parse_error(p, start, 5, "Cannot use a \"using\" declaration at the top level of a script");
    }
}

// IfStatement: `if` `(` Expression `)` Statement (`else` Statement)?
static NodeId parse_if(Parser *p, uint32_t start) {
    parse_next(p);
    parse_expect(p, TOK_OPEN_PAREN);
    NodeId test = parse_expr(p);
    parse_expect(p, TOK_CLOSE_PAREN);
    NodeId then = parse_statement(p, MODE_IF);
    NodeId alt = NODE_NONE;
    if (parse_tok(p) == TOK_ELSE) {
        parse_next(p);
        alt = parse_statement(p, MODE_IF);
    }
    return node(p, STMT_IF, start, test, then, alt);
}

// The body of a loop: counted so break/continue know they are inside one.
static NodeId parse_loop_body(Parser *p) {
    p->loops++;
    p->breakables++;
    NodeId body = parse_statement(p, MODE_BODY);
    p->loops--;
    p->breakables--;
    return body;
}

// WhileStatement: `while` `(` Expression `)` Statement
static NodeId parse_while(Parser *p, uint32_t start) {
    parse_next(p);
    parse_expect(p, TOK_OPEN_PAREN);
    NodeId test = parse_expr(p);
    parse_expect(p, TOK_CLOSE_PAREN);
    NodeId body = parse_loop_body(p);
    return node(p, STMT_WHILE, start, test, body, 0);
}

// DoWhileStatement: `do` Statement `while` `(` Expression `)` `;`?
// (ASI after the `)` is allowed even without a newline, §12.10.1.)
static NodeId parse_do_while(Parser *p, uint32_t start) {
    parse_next(p);
    NodeId body = parse_loop_body(p);
    parse_expect(p, TOK_WHILE);
    parse_expect(p, TOK_OPEN_PAREN);
    NodeId test = parse_expr(p);
    parse_expect(p, TOK_CLOSE_PAREN);
    if (parse_tok(p) == TOK_SEMICOLON)
        parse_next(p);
    return node(p, STMT_DO_WHILE, start, body, test, 0);
}

// ForInOfStatement tail after the left side: (`in` Expression | `of` AssignmentExpression)
// `)` Statement.
static NodeId parse_for_in_of(Parser *p, uint32_t start, NodeId left, bool await) {
    bool of = parse_tok(p) != TOK_IN;
    parse_next(p);
    NodeId right = of ? parse_assign_in(p) : parse_expr(p);
    parse_expect(p, TOK_CLOSE_PAREN);
    NodeId body = parse_loop_body(p);
    NodeId n = node(p, of ? STMT_FOR_OF : STMT_FOR_IN, start, left, right, body);
    if (await)
        ast_node(p->ast, n)->flags |= NF_AWAIT;
    return n;
}

// The initializer of a for: a declaration, an expression (without `in`), or nothing.
// Returns the node and whether it was a declaration.
static NodeId parse_for_init(Parser *p, bool *declaration, bool *lexical) {
    uint32_t start = p->lx.token.start;
    bool saved = p->no_in;
    p->no_in = true;
    NodeId init = NODE_NONE;
    *declaration = true;
    if (parse_tok(p) == TOK_VAR) {
        parse_next(p);
        init = parse_var_decl(p, start, VAR_VAR, true);
    } else if (parse_tok(p) == TOK_CONST || let_starts_declaration(p, true)) {
        VarKind k = parse_tok(p) == TOK_CONST ? VAR_CONST : VAR_LET;
        *lexical = true;
        scope_push(p->st, SCOPE_FOR, 0);
        parse_next(p);
        init = parse_var_decl(p, start, k, true);
    } else if (using_starts_declaration(p) || await_using_starts_declaration(p)) {
        VarKind k = parse_tok(p) == TOK_IDENT && p->lx.token.keyword == KW_AWAIT ? VAR_AWAIT_USING
                                                                                 : VAR_USING;
        *lexical = true;
        scope_push(p->st, SCOPE_FOR, 0);
        parse_next(p);
        if (k == VAR_AWAIT_USING)
            parse_next(p);
        init = parse_var_decl(p, start, k, true);
    } else {
        *declaration = false;
        if (parse_tok(p) != TOK_SEMICOLON)
            init = parse_expr_cover(p);
    }
    p->no_in = saved;
    return init;
}

// ForStatement: `for` `await`? `(` (init `;` test? `;` update? | left `in`/`of` right) `)`
// Statement
static NodeId parse_for(Parser *p, uint32_t start) {
    parse_next(p);
    bool await = false;
    if (lex_is_contextual(&p->lx.token, KW_AWAIT)) {
        if (!(p->ctx & CTX_ASYNC) && p->auto_mode && (p->ctx & CTX_TOP)) {
            parse_switch_to_module(p);
            return NODE_NONE;
        }
        if (!(p->ctx & CTX_ASYNC))
            parse_error(p, p->lx.token.start, 5, "The keyword \"await\" cannot be used here");
        if (p->ctx & CTX_TOP)
            p->flags |= PARSEF_TOP_LEVEL_AWAIT;
        await = true;
        parse_next(p);
    }
    parse_expect(p, TOK_OPEN_PAREN);
    bool declaration = false;
    bool lexical = false;
    uint32_t init_start = p->lx.token.start;
    bool init_async = lex_is_contextual(&p->lx.token, KW_ASYNC);
    bool init_let = lex_is_contextual(&p->lx.token, KW_LET);
    NodeId init = parse_for_init(p, &declaration, &lexical);
    NodeId result;
    bool of = lex_is_contextual(&p->lx.token, KW_OF);
    if (parse_tok(p) == TOK_IN || of) {
        if (declaration) {
            ListRef decls = ast_node(p->ast, init)->a;
            if (ast_list_len(p->ast, decls) != 1) {
                parse_error(p, init_start, 0, "Only one variable can be declared in a for-%s loop",
                            of ? "of" : "in");
            }
            // Annex B.3.5 keeps `for (var x = 1 in o)` for sloppy code only.
            const Node *d = ast_node(p->ast, ast_list_items(p->ast, decls)[0]);
            bool legacy = !of && !p->lx.strict && ast_node(p->ast, init)->op == VAR_VAR &&
                          ast_node(p->ast, d->a)->kind == BINDING_IDENT;
            if (d->b != NODE_NONE && !legacy) {
                parse_error(p, d->start, 0,
                            "for-%s loop variable declaration may not have an "
                            "initializer",
                            of ? "of" : "in");
            }
        } else {
            if (of && init_async && ast_node(p->ast, init)->kind == IDENT && !await)
                parse_error(p, init_start, 5, "Cannot use \"async\" as the left side of for-of");
            if (of && init_let)
                parse_error(p, init_start, 3, "Cannot use \"let\" as the left side of for-of");
            parse_check_target(p, init, false); // the left side becomes a target
            parse_cover_end(p, true);
        }
        result = parse_for_in_of(p, start, init, await);
    } else {
        parse_cover_end(p, false);
        if (await)
            expected(p, "\"of\"");
        parse_expect(p, TOK_SEMICOLON);
        NodeId test = parse_tok(p) == TOK_SEMICOLON ? NODE_NONE : parse_expr(p);
        parse_expect(p, TOK_SEMICOLON);
        NodeId update = parse_tok(p) == TOK_CLOSE_PAREN ? NODE_NONE : parse_expr(p);
        parse_expect(p, TOK_CLOSE_PAREN);
        NodeId body = parse_loop_body(p);
        NodeId tuple[2] = { update, body };
        result = node(p, STMT_FOR, start, init, test, ast_list(p->ast, tuple, 2));
    }
    if (lexical)
        scope_pop(p->st, p->ast);
    return result;
}

// ReturnStatement: `return` [no LineTerminator here] Expression? `;`
static NodeId parse_return(Parser *p, uint32_t start) {
    bool top_ok = p->allow_return && !p->lx.module && (p->ctx & CTX_TOP);
    if (!(p->ctx & CTX_FUNCTION) && !top_ok)
        parse_error(p, start, 6, "A return statement cannot be used here");
    parse_next(p);
    NodeId arg = NODE_NONE;
    TokenKind k = parse_tok(p);
    if (k != TOK_SEMICOLON && k != TOK_CLOSE_BRACE && k != TOK_EOF && !parse_newline_before(p))
        arg = parse_expr(p);
    parse_semicolon(p);
    return node(p, STMT_RETURN, start, arg, 0, 0);
}

// ThrowStatement: `throw` [no LineTerminator here] Expression `;`
static NodeId parse_throw(Parser *p, uint32_t start) {
    parse_next(p);
    if (parse_newline_before(p))
        parse_error(p, p->lx.token.start, 0, "Unexpected newline after \"throw\"");
    NodeId arg = parse_expr(p);
    parse_semicolon(p);
    return node(p, STMT_THROW, start, arg, 0, 0);
}

static Label *find_label(Parser *p, Str name) {
    for (uint32_t i = p->labels.len; i-- > p->label_base;) {
        Label *l = &p->labels.items[i];
        if (l->len == name.len && memcmp(p->lx.src + l->start, name.ptr, name.len) == 0)
            return l;
    }
    return NULL;
}

// BreakStatement: `break` [no LineTerminator here] LabelIdentifier? `;`
// ContinueStatement: `continue` [no LineTerminator here] LabelIdentifier? `;`
static NodeId parse_jump(Parser *p, uint32_t start, bool is_break) {
    const char *word = is_break ? "break" : "continue";
    parse_next(p);
    NodeId label = NODE_NONE;
    if (parse_tok(p) == TOK_IDENT && !parse_newline_before(p)) {
        const Token *t = &p->lx.token;
        uint32_t len = t->end - t->start;
        Label *l = find_label(p, (Str){ p->lx.src + t->start, len });
        if (!l) {
            parse_error(p, t->start, len, "There is no containing label named \"%.*s\"", (int)len,
                        p->lx.src + t->start);
        } else if (!is_break && !l->loop) {
            parse_error(p, t->start, len, "Cannot continue to label \"%.*s\"", (int)len,
                        p->lx.src + t->start);
        }
        label = node(p, LABEL, t->start, len, 0, 0);
        parse_next(p);
    } else if ((is_break && p->breakables == 0) || (!is_break && p->loops == 0)) {
        parse_error(p, start, (uint32_t)strlen(word), "Cannot use \"%s\" here", word);
    }
    parse_semicolon(p);
    return node(p, is_break ? STMT_BREAK : STMT_CONTINUE, start, label, 0, 0);
}

// LabelledStatement: LabelIdentifier `:` LabelledItem. The identifier was parsed as an
// expression (ident, at start with length len); its pending reference is dropped.
static NodeId parse_labeled(Parser *p, uint32_t start, uint32_t len, StmtMode mode) {
    p->st->refs.len--; // the IDENT's reference, the last one recorded
    Str name = { p->lx.src + start, len };
    if (find_label(p, name)) {
        parse_error(p, start, len, "Duplicate label \"%.*s\"", (int)len, name.ptr);
    }
    parse_next(p); // the `:`
    Label l = { start, len, p->lx.token.start, false };
    TokenKind k = parse_tok(p);
    l.loop = k == TOK_FOR || k == TOK_WHILE || k == TOK_DO;
    vec_push(p->arena, &p->labels, l);
    // Labels of a chain `a: b: while…` all label the loop.
    for (uint32_t i = p->labels.len - 1; l.loop && i > p->label_base; i--) {
        Label *outer = &p->labels.items[i - 1];
        if (outer->body_start != p->labels.items[i].start)
            break;
        outer->loop = true;
    }
    NodeId label = node(p, LABEL, start, len, 0, 0);
    NodeId body = parse_statement(p, mode == MODE_LIST || mode == MODE_LABELED ? MODE_LABELED
                                                                               : MODE_BODY);
    p->labels.len--;
    return node(p, STMT_LABELED, start, label, body, 0);
}

// SwitchStatement: `switch` `(` Expression `)` `{` (`case` Expression `:` | `default` `:`)
// StatementList* `}`
static NodeId parse_switch(Parser *p, uint32_t start) {
    parse_next(p);
    parse_expect(p, TOK_OPEN_PAREN);
    NodeId disc = parse_expr(p);
    parse_expect(p, TOK_CLOSE_PAREN);
    parse_expect(p, TOK_OPEN_BRACE);
    scope_push(p->st, SCOPE_BLOCK, 0);
    p->breakables++;
    uint32_t mark = p->tmp.len;
    bool seen_default = false;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF) {
        uint32_t cstart = p->lx.token.start;
        NodeId test = NODE_NONE;
        if (parse_tok(p) == TOK_DEFAULT) {
            if (seen_default)
                parse_error(p, cstart, 7, "Multiple default clauses are not allowed");
            seen_default = true;
            parse_next(p);
        } else {
            parse_expect(p, TOK_CASE);
            test = parse_expr(p);
        }
        parse_expect(p, TOK_COLON);
        uint32_t smark = p->tmp.len;
        while (parse_tok(p) != TOK_CASE && parse_tok(p) != TOK_DEFAULT &&
               parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF)
            parse_push(p, parse_statement_list_item(p));
        ListRef body = parse_list_from(p, smark);
        parse_push(p, node(p, SWITCH_CASE, cstart, test, body, 0));
    }
    parse_expect(p, TOK_CLOSE_BRACE);
    p->breakables--;
    scope_pop(p->st, p->ast);
    return node(p, STMT_SWITCH, start, disc, parse_list_from(p, mark), 0);
}

// TryStatement: `try` Block (Catch Finally? | Finally)
// Catch: `catch` (`(` CatchParameter `)`)? Block — the parameter and the block share a scope,
// so `catch (e) { let e }` is a redeclaration.
static NodeId parse_try(Parser *p, uint32_t start) {
    parse_next(p);
    NodeId block = parse_block(p);
    NodeId handler = NODE_NONE;
    NodeId finalizer = NODE_NONE;
    if (parse_tok(p) == TOK_CATCH) {
        uint32_t cstart = p->lx.token.start;
        parse_next(p);
        scope_push(p->st, SCOPE_CATCH, 0);
        NodeId param = NODE_NONE;
        if (parse_tok(p) == TOK_OPEN_PAREN) {
            parse_next(p);
            param = parse_binding(p, SYM_CATCH);
            if (p->ts)
                parse_ts_skip_binding_suffix(p); // `catch (e: unknown)`
            parse_expect(p, TOK_CLOSE_PAREN);
        }
        uint32_t bstart = p->lx.token.start;
        uint32_t bend;
        ListRef body = parse_block_items(p, &bend);
        scope_pop(p->st, p->ast);
        handler = node(p, CATCH, cstart, param, node(p, STMT_BLOCK, bstart, body, bend, 0), 0);
    }
    if (parse_tok(p) == TOK_FINALLY) {
        parse_next(p);
        finalizer = parse_block(p);
    }
    if (handler == NODE_NONE && finalizer == NODE_NONE)
        expected(p, "\"finally\"");
    return node(p, STMT_TRY, start, block, handler, finalizer);
}

// WithStatement: `with` `(` Expression `)` Statement (not in strict code)
static NodeId parse_with(Parser *p, uint32_t start) {
    if (p->lx.strict)
        parse_error(p, start, 4, "With statements cannot be used in strict mode");
    parse_next(p);
    parse_expect(p, TOK_OPEN_PAREN);
    NodeId obj = parse_expr(p);
    parse_expect(p, TOK_CLOSE_PAREN);
    if (!p->with_at)
        p->with_at = start + 1;
    scope_push(p->st, SCOPE_WITH, 0);
    NodeId body = parse_statement(p, MODE_BODY);
    scope_pop(p->st, p->ast);
    return node(p, STMT_WITH, start, obj, body, 0);
}

// ExpressionStatement: Expression `;` — or a LabelledStatement when the expression is a lone
// identifier followed by `:`.
static NodeId parse_expression_statement(Parser *p, StmtMode mode) {
    uint32_t start = p->lx.token.start;
    bool word = parse_tok(p) == TOK_IDENT;
    uint32_t word_end = p->lx.token.end;
    NodeId e = parse_expr(p);
    if (word && parse_tok(p) == TOK_COLON && !p->stopped && ast_node(p->ast, e)->kind == IDENT &&
        ast_node(p->ast, e)->start == start && !(ast_node(p->ast, e)->flags & NF_IN_PARENS)) {
        return parse_labeled(p, start, word_end - start, mode);
    }
    parse_semicolon(p);
    return node(p, STMT_EXPR, start, e, 0, 0);
}

// A function declaration as a statement: declared lexically in blocks (plus the Annex B var
// copy in sloppy code), var-like at function and script top level, lexical in modules.
static NodeId parse_function_declaration(Parser *p, uint32_t start, uint8_t flags) {
    if (p->ts && parse_ts_is_signature(p)) {
        parse_ts_skip_signature(p); // an overload: only the implementation is emitted
        return parse_ts_erased(p, start);
    }
    NodeId f = parse_function(p, start, flags, true, false);
    NodeId n = node(p, STMT_FUNCTION, start, f, 0, 0);
    return n;
}

// The statements that are declarations or expressions starting with a word. Returns
// NODE_NONE when the current token starts none of them.
static NodeId parse_declaration(Parser *p, StmtMode mode) {
    uint32_t start = p->lx.token.start;
    uint8_t pure = (p->lx.token.flags & TOKF_NO_SIDE_EFFECTS) ? NF_NO_SIDE_EFFECTS : 0;
    TokenKind k = parse_tok(p);
    bool declaration_ok = mode == MODE_LIST;
    if (k == TOK_FUNCTION) {
        // Annex B.3.3 allows `if (x) function f(){}` and `l: function f(){}` in sloppy code
        // (the if branch as if in a block), for plain functions only.
        parse_next(p);
        uint8_t gen = 0;
        if (parse_tok(p) == TOK_STAR) {
            gen = NF_GENERATOR;
            parse_next(p);
        }
        if (!declaration_ok && (p->lx.strict || gen || mode == MODE_BODY))
            parse_error(p, start, 8, "Cannot use a declaration in a single-statement context");
        if (mode == MODE_IF)
            scope_push(p->st, SCOPE_BLOCK, 0);
        NodeId n = parse_function_declaration(p, start, gen);
        if (mode == MODE_IF)
            scope_pop(p->st, p->ast);
        ast_node(p->ast, ast_node(p->ast, n)->a)->flags |= pure;
        return n;
    }
    if (lex_is_contextual(&p->lx.token, KW_ASYNC)) {
        Token t = peek(p);
        if (t.kind == TOK_FUNCTION && !(t.flags & TOKF_NEWLINE_BEFORE)) {
            if (!declaration_ok)
                parse_error(p, start, 5, "Cannot use a declaration in a single-statement context");
            parse_next(p);
            parse_next(p);
            uint8_t gen = 0;
            if (parse_tok(p) == TOK_STAR) {
                gen = NF_GENERATOR;
                parse_next(p);
            }
            NodeId n = parse_function_declaration(p, start, NF_ASYNC | gen);
            ast_node(p->ast, ast_node(p->ast, n)->a)->flags |= pure;
            return n;
        }
        return NODE_NONE;
    }
    if (k == TOK_CLASS) {
        if (!declaration_ok)
            parse_error(p, start, 5, "Cannot use a declaration in a single-statement context");
        NodeId c = parse_class(p, true, false);
        if (p->ts && p->class_decorated.len) {
            NodeId d = parse_ts_decorate_class(p, start, c, LIST_EMPTY);
            if (d != NODE_NONE)
                return d; // decorated members: `let C = (() => { class C … })()`
        }
        return node(p, STMT_CLASS, start, c, 0, 0);
    }
    VarKind vk;
    if (k == TOK_VAR) {
        vk = VAR_VAR;
    } else if (k == TOK_CONST) {
        vk = VAR_CONST;
    } else if (let_starts_declaration(p, declaration_ok)) {
        vk = VAR_LET;
    } else if (using_starts_declaration(p)) {
        vk = VAR_USING;
        check_using_allowed(p, start);
    } else if (await_using_starts_declaration(p)) {
        vk = VAR_AWAIT_USING;
        if (p->ctx & CTX_TOP)
            p->flags |= PARSEF_TOP_LEVEL_AWAIT;
        parse_next(p);
    } else {
        if (lex_is_contextual(&p->lx.token, KW_LET) && !declaration_ok &&
            peek(p).kind == TOK_OPEN_BRACKET)
            parse_error(p, start, 3, "Unexpected \"let [\"");
        return NODE_NONE;
    }
    if (!declaration_ok && vk != VAR_VAR)
        parse_error(p, start, 3, "Cannot use a declaration in a single-statement context");
    parse_next(p);
    NodeId n = parse_var_decl(p, start, vk, false);
    ast_node(p->ast, n)->flags |= pure;
    parse_semicolon(p);
    return n;
}

NodeId parse_declaration_statement(Parser *p) {
    return parse_declaration(p, MODE_LIST);
}

// Statement: BlockStatement | VariableStatement | EmptyStatement | ExpressionStatement |
// IfStatement | BreakableStatement | ContinueStatement | BreakStatement | ReturnStatement |
// WithStatement | LabelledStatement | ThrowStatement | TryStatement | DebuggerStatement
static NodeId parse_statement(Parser *p, StmtMode mode) {
    if (!parse_enter(p))
        return NODE_NONE;
    uint32_t start = p->lx.token.start;
    NodeId n;
    switch (parse_tok(p)) {
    case TOK_OPEN_BRACE:
        n = parse_block(p);
        break;
    case TOK_SEMICOLON:
        parse_next(p);
        n = node(p, STMT_EMPTY, start, 0, 0, 0);
        break;
    case TOK_IF:
        n = parse_if(p, start);
        break;
    case TOK_FOR:
        n = parse_for(p, start);
        break;
    case TOK_WHILE:
        n = parse_while(p, start);
        break;
    case TOK_DO:
        n = parse_do_while(p, start);
        break;
    case TOK_RETURN:
        n = parse_return(p, start);
        break;
    case TOK_BREAK:
        n = parse_jump(p, start, true);
        break;
    case TOK_CONTINUE:
        n = parse_jump(p, start, false);
        break;
    case TOK_THROW:
        n = parse_throw(p, start);
        break;
    case TOK_TRY:
        n = parse_try(p, start);
        break;
    case TOK_SWITCH:
        n = parse_switch(p, start);
        break;
    case TOK_WITH:
        n = parse_with(p, start);
        break;
    case TOK_DEBUGGER:
        parse_next(p);
        parse_semicolon(p);
        n = node(p, STMT_DEBUGGER, start, 0, 0, 0);
        break;
    case TOK_IMPORT: {
        // `import(…)` and `import.meta` start expression statements.
        Token t = peek(p);
        if (t.kind == TOK_OPEN_PAREN || t.kind == TOK_DOT)
            n = parse_expression_statement(p, mode);
        else
            n = parse_module_item(p);
        break;
    }
    case TOK_EXPORT:
        n = parse_module_item(p);
        break;
    case TOK_AT: // `@dec class C {}` (TypeScript's statements handle their own)
        n = p->ts ? parse_ts_statement(p)
                  : parse_ts_decorated_statement(p, p->lx.token.start, false, false);
        break;
    default:
        n = p->ts ? parse_ts_statement(p) : NODE_NONE;
        if (n == NODE_NONE)
            n = parse_declaration(p, mode);
        if (n == NODE_NONE)
            n = parse_expression_statement(p, mode);
        break;
    }
    parse_leave(p);
    return n;
}

// StatementListItem: Statement | Declaration
NodeId parse_statement_list_item(Parser *p) {
    return parse_statement(p, MODE_LIST);
}

// ---------------------------------------------------------------------------------------------
// Directives

// Is the STRING_LIT spelled exactly 'use strict' or "use strict" (no escapes, §11.2.1)?
static bool is_use_strict(const Parser *p, const Node *s) {
    return s->a == 12 && memcmp(p->lx.src + s->start + 1, "use strict", 10) == 0;
}

// Directive prologue (§11.2.1): the leading string-literal expression statements of a body.
// Turns them into STMT_DIRECTIVE and applies "use strict". Returns true when one was found.
// The statements are pushed on tmp.
static bool parse_directives(Parser *p) {
    bool use_strict = false;
    Token octal = { 0 };
    bool has_octal = false;
    while (parse_tok(p) == TOK_STRING) {
        Token t = p->lx.token;
        NodeId s = parse_statement_list_item(p);
        if (s == NODE_NONE || p->stopped)
            return use_strict;
        Node *n = ast_node(p->ast, s);
        if (n->kind != STMT_EXPR) {
            parse_push(p, s);
            return use_strict;
        }
        Node *e = ast_node(p->ast, n->a);
        if (e->kind != STRING_LIT || e->start != t.start || e->a != t.end - t.start ||
            (e->flags & NF_IN_PARENS)) {
            parse_push(p, s);
            return use_strict;
        }
        n->kind = STMT_DIRECTIVE;
        n->a = e->a;
        parse_push(p, s);
        if ((t.flags & TOKF_LEGACY_OCTAL) && !has_octal) {
            octal = t;
            has_octal = true;
        }
        if (is_use_strict(p, e) && !(t.flags & TOKF_ESCAPED) && !use_strict) {
            use_strict = true;
            if (!p->lx.strict) {
                lex_set_strict(&p->lx, true);
                if (has_octal)
                    lex_report_legacy_octal(&p->lx, &octal);
                if (p->lx.failed)
                    parse_stop(p);
            }
            scope_mark(p->st, SCOPEF_STRICT);
        }
    }
    return use_strict;
}

bool parse_is_strict_bad_name(Str name) {
    static const char *const words[] = { "eval",    "arguments", "implements", "interface",
                                         "package", "private",   "protected",  "public",
                                         "static",  "yield",     "let" };
    for (size_t i = 0; i < countof(words); i++) {
        if (str_eq_cstr(name, words[i]))
            return true;
    }
    return false;
}

// The body of a function or block-bodied arrow: `{` Directive* StatementListItem* `}`. A "use
// strict" directive checks the parameters retroactively (§15.2.1: no non-simple parameters,
// no eval/arguments/duplicates in strict code).
NodeId parse_function_body(Parser *p, ListRef params) {
    uint32_t start = p->lx.token.start;
    bool was_strict = p->lx.strict;
    parse_expect(p, TOK_OPEN_BRACE);
    uint32_t mark = p->tmp.len;
    bool made_strict = parse_directives(p) && !was_strict;
    if (made_strict) {
        uint32_t count = ast_list_len(p->ast, params);
        for (uint32_t i = 0; i < count; i++) {
            const Node *param = ast_node(p->ast, ast_list_items(p->ast, params)[i]);
            if (param->kind != BINDING_IDENT) {
                parse_error(p, start, 0,
                            "Cannot use a \"use strict\" directive in a function with a non-simple "
                            "parameter list");
                break;
            }
            Str name = { p->lx.src + param->start, param->b };
            if (parse_is_strict_bad_name(name)) {
                parse_error(p, param->start, param->b,
                            "Cannot use \"%.*s\" as an identifier in strict mode", (int)name.len,
                            name.ptr);
            }
        }
        if (p->dup_param)
            parse_error(p, start, 0, "Duplicate parameter names are not allowed in strict mode");
    }
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF)
        parse_push(p, parse_statement_list_item(p));
    uint32_t end = p->lx.token.start;
    parse_expect(p, TOK_CLOSE_BRACE);
    if (p->lx.strict != was_strict)
        lex_set_strict(&p->lx, was_strict);
    p->made_strict = made_strict;
    return node(p, STMT_BLOCK, start, parse_list_from(p, mark), end, 0);
}

// ---------------------------------------------------------------------------------------------
// Program

static void init_parser(Parser *p, const DiagFile *file, DiagSink *sink, Arena *arena,
                        ParseResult *out, bool module, bool auto_mode) {
    memset(p, 0, sizeof *p);
    memset(out, 0, sizeof *out);
    lex_init(&p->lx, file, sink, arena, module);
    ast_init(&out->ast, arena);
    // Real code has about one node per 9 source bytes and one list item per 18: reserving that
    // up front avoids abandoning doubled copies in the arena (untouched pages cost nothing).
    // (Set directly: vec_reserve rounds up to a power of two, up to twice the need.)
    uint32_t len = (uint32_t)file->text.len;
    out->ast.nodes.cap = len / 8 + 16;
    out->ast.nodes.items = arena_new_array(arena, Node, out->ast.nodes.cap);
    uint32_t extra_cap = len / 16 + 16;
    uint32_t *extra = arena_new_array(arena, uint32_t, extra_cap);
    memcpy(extra, out->ast.extra.items, sizeof *extra * out->ast.extra.len);
    out->ast.extra.items = extra;
    out->ast.extra.cap = extra_cap;
    out->ast.progress = &p->lx.pos;
    out->ast.src_len = len;
    scope_init(&out->scopes, arena, file->text);
    p->ast = &out->ast;
    p->st = &out->scopes;
    p->arena = arena;
    p->auto_mode = auto_mode;
    p->cover.start = ID_NONE;
    p->yield_await = ID_NONE;
    p->ctx = CTX_TOP | (module ? CTX_ASYNC : 0);
    map_init(&p->exports, arena->mem, MEM_AST);
    if (module)
        p->flags |= PARSEF_MODULE;
}

// Exports naming a local binding must name a declared one (§16.2.1.1).
static void check_export_locals(Parser *p) {
    for (uint32_t i = 0; i < p->export_locals.len && !p->stopped; i++) {
        Node *n = ast_node(p->ast, p->export_locals.items[i]);
        Symbol *s = &p->st->symbols.items[n->a];
        if (s->kind == SYM_UNBOUND && p->ts)
            continue; // a type or an ambient declaration: parse_ts_finish drops the specifier
        if (s->kind == SYM_UNBOUND) {
            parse_error(p, n->start, n->b, "\"%.*s\" is not declared in this file", (int)n->b,
                        p->lx.src + n->start);
        }
        s->flags |= SYMF_EXPORTED;
    }
}

// Script/Module: Directive* StatementListItem* (ModuleItem* for modules)
static void parse_top_level(Parser *p, ParseResult *out) {
    ScopeKind kind = p->lx.module ? SCOPE_MODULE : SCOPE_SCRIPT;
    scope_push(p->st, kind, p->lx.module ? SCOPEF_STRICT : 0);
    if (p->jsx)
        parse_jsx_begin(p);
    parse_next(p);
    uint32_t mark = p->tmp.len;
    if (p->ts_declaration_file)
        p->lx.token.kind = TOK_EOF; // only types: nothing to parse for run time
    if (parse_directives(p))
        p->flags |= PARSEF_USE_STRICT;
    while (parse_tok(p) != TOK_EOF)
        parse_push(p, parse_statement_list_item(p));
    out->ast.body = parse_list_from(p, mark);
    scope_pop(p->st, p->ast);
    check_export_locals(p);
    // A parse that will restart as a module (or that stopped) has a partial body.
    if (p->ts && !p->restart && !p->stopped)
        parse_ts_finish(p);
    if (p->jsx)
        parse_jsx_end(p);
    if (p->ts)
        parse_ts_emit_helpers(p);
}

// Applies the options to a freshly initialized parser.
// A TypeScript declaration file (`.d.ts`, `.d.mts`, `.d.cts`): everything in it is ambient.
static bool is_declaration_file(Str path) {
    return str_ends_with(path, STR(".d.ts")) || str_ends_with(path, STR(".d.mts")) ||
           str_ends_with(path, STR(".d.cts"));
}

static void set_options(Parser *p, const ParseOptions *options) {
    static const ParseOptions defaults = { .source_type = PARSE_AUTO };
    p->opt = options ? options : &defaults;
    p->ts = p->opt->loader == LOADER_TS || p->opt->loader == LOADER_TSX;
    p->ts_cond_start = ID_NONE;
    p->ts_default_binding = NODE_NONE;
    p->legacy_decorators = p->ts && p->opt->experimental_decorators;
    p->ts_metadata = p->legacy_decorators && p->opt->emit_decorator_metadata;
    p->jsx = p->opt->loader == LOADER_JSX || p->opt->loader == LOADER_TSX;
}

Loader parse_loader_for_path(Str path) {
    static const struct {
        const char *ext;
        Loader loader;
    } table[] = { { ".ts", LOADER_TS },
                  { ".mts", LOADER_TS },
                  { ".cts", LOADER_TS },
                  { ".tsx", LOADER_TSX },
                  { ".jsx", LOADER_JSX } };
    for (size_t i = 0; i < countof(table); i++) {
        if (str_ends_with(path, str_from_cstr(table[i].ext)))
            return table[i].loader;
    }
    return LOADER_JS;
}

// Fills the parts of the result that the parser state holds once the parse is over.
static void finish(Parser *p, ParseResult *out) {
    map_deinit(&p->exports);
    out->ast.progress = NULL; // it pointed into the caller's stack frame
    out->flags = p->flags;
    out->legal_comments = p->lx.legal_comments;
    out->hashbang = p->lx.hashbang;
    out->enum_values = p->enum_values;
    out->with_offset = p->with_at ? p->with_at - 1 : ID_NONE;
}

// Whether a line of the last 16 KiB starts with `import` or `export` then a space, `{`, `*` or
// a quote: how module code writes its declarations, and how CommonJS code almost never starts
// a line (`exports.x` does not match). Only the tail is read: a module whose import or export
// comes early restarts early, which costs little; a bundle's exports come last.
static bool has_module_line_at_end(Str text) {
    enum { TAIL = 16 * 1024 };
    const char *end = text.ptr + text.len;
    const char *line = text.ptr;
    if (text.len > TAIL) {
        line = memchr(end - TAIL, '\n', TAIL);
        line = line ? line + 1 : end;
    }
    while (line && end - line > 6) {
        if ((memcmp(line, "import", 6) == 0 || memcmp(line, "export", 6) == 0) &&
            (line[6] == ' ' || line[6] == '{' || line[6] == '*' || line[6] == '"' ||
             line[6] == '\''))
            return true;
        line = memchr(line, '\n', (size_t)(end - line));
        line = line ? line + 1 : NULL;
    }
    return false;
}

// Auto-detection parses as a script and restarts as a module at the first module-only
// construct, which costs a second parse of everything before it: all of a bundle whose only
// `export` is its last line. When the text ends like a module, it is parsed as one first,
// silently, and kept if it parsed and holds module syntax: then the script parse would have
// restarted and ended the same way (a module is a script with stricter rules plus the module
// constructs, each of which triggers the restart). Otherwise the arena is rewound and the
// usual path runs, so diagnostics are always those of the usual path.
static bool parsed_as_module_first(const DiagFile *file, Arena *arena, ParseResult *out) {
    if (!has_module_line_at_end(file->text))
        return false;
    ArenaMark start = arena_mark(arena);
    Parser p;
    init_parser(&p, file, NULL, arena, out, true, false);
    parse_top_level(&p, out);
    uint32_t module_syntax = PARSEF_ESM_SYNTAX | PARSEF_IMPORT_META | PARSEF_TOP_LEVEL_AWAIT;
    if (!p.stopped && !p.lx.failed && (p.flags & module_syntax)) {
        finish(&p, out);
        return true;
    }
    map_deinit(&p.exports);
    arena_rewind(arena, start);
    return false;
}

static bool parse_text(const DiagFile *file, DiagSink *sink, Arena *arena,
                       const ParseOptions *options, ParseResult *out) {
    SourceType type = options ? options->source_type : PARSE_AUTO;
    if (type == PARSE_AUTO && parsed_as_module_first(file, arena, out))
        return true;
    ArenaMark start = arena_mark(arena);
    Parser p;
    init_parser(&p, file, sink, arena, out, type == PARSE_MODULE, type == PARSE_AUTO);
    set_options(&p, options);
    p.ts_declaration_file = p.ts && is_declaration_file(file->path);
    p.allow_return = type == PARSE_AUTO || type == PARSE_COMMONJS;
    parse_top_level(&p, out);
    if (p.restart) {
        map_deinit(&p.exports);
        arena_rewind(arena, start);
        init_parser(&p, file, sink, arena, out, true, false);
        set_options(&p, options);
        p.ts_declaration_file = p.ts && is_declaration_file(file->path);
        parse_top_level(&p, out);
    }
    finish(&p, out);
    return !p.stopped && !p.lx.failed;
}

bool parse_program(const DiagFile *file, DiagSink *sink, Arena *arena, const ParseOptions *options,
                   ParseResult *out) {
    bool ok = parse_text(file, sink, arena, options, out);
    if (options && options->pure_count)
        parse_mark_pure(out, file->text, options->pure_names, options->pure_count);
    return ok;
}
