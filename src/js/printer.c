// printer: the public entry points, text emission with its lexical hazards, legal comments,
// statements and module items. Expressions, functions and classes are in printer_expr.c.
//
// Layout follows esbuild: in readable mode every statement prints its own indentation and ends
// with a newline; block bodies open on the statement's line. In minified mode a statement that
// ends with an expression owes a `;` (pending_semi) that is paid before whatever comes next,
// except a closing `}` (ECMA-262 §12.10 would insert it there anyway). Top-level statements
// always pay it, so pieces printed one statement at a time can be concatenated.
#include "js/printer.h"

#include <math.h>
#include <string.h>
#include <strings.h>

#include "js/printer_int.h"
#include "js/token.h"

// ---------------------------------------------------------------------------------------------
// Text emission

void printer_emit_cstr(Printer *p, const char *s) {
    printer_emit(p, s, strlen(s));
}

static char last_char(const Printer *p, size_t back) {
    return p->out->len > back ? p->out->data[p->out->len - 1 - back] : '\0';
}

// Bytes that can continue an identifier or a number: two of them must not touch. Every byte of a
// multi-byte UTF-8 character counts, since it may be ID_Continue; `\` starts an escape.
static bool is_word_byte(char c) {
    unsigned char u = (unsigned char)c;
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u == '$' || u == '\\' || u >= 0x80;
}

// A space between two tokens that would otherwise join. A source-map pair just recorded for
// the second token moves past the space.
static void separate(Printer *p) {
    PrintMappingVec *m = p->opt.mappings;
    if (m && m->len && m->items[m->len - 1].out == p->out->len)
        m->items[m->len - 1].out++;
    printer_char(p, ' ');
}

void printer_word(Printer *p, Str s) {
    if (s.len == 0)
        return;
    // After a number (`1.`) or a regex (`/a/`), a word would be read as part of the literal.
    if (is_word_byte(s.ptr[0]) && (is_word_byte(last_char(p, 0)) || p->out->len == p->glue_end))
        separate(p);
    printer_emit(p, s.ptr, s.len);
}

void printer_word_cstr(Printer *p, const char *s) {
    printer_word(p, str_from_cstr(s));
}

// True when emitting a token starting with c right after the current output would make the
// lexer read a different token: `+ +`, `- -`, `/ /`, `/ *` (a comment), `< /script`, `<! --`
// (an HTML open comment) and `-- >` (an HTML close comment).
static bool op_needs_space(const Printer *p, char c) {
    char last = last_char(p, 0);
    switch (c) {
    case '+':
        return last == '+';
    case '-':
        return last == '-' || (last == '!' && last_char(p, 1) == '<');
    case '/':
        return last == '/' || last == '<';
    case '*':
        return last == '/';
    case '>':
        return last == '-' && last_char(p, 1) == '-';
    default:
        return false;
    }
}

void printer_op_space(Printer *p, char first) {
    if (op_needs_space(p, first))
        separate(p);
}

void printer_op(Printer *p, const char *s) {
    printer_op_space(p, s[0]);
    printer_emit_cstr(p, s);
}

void printer_space(Printer *p) {
    if (!p->opt.minify_whitespace)
        printer_char(p, ' ');
}

void printer_newline(Printer *p) {
    if (!p->opt.minify_whitespace)
        printer_char(p, '\n');
}

void printer_indent(Printer *p) {
    if (p->opt.minify_whitespace)
        return;
    if (p->skip_indent) {
        p->skip_indent = false;
        return;
    }
    static const char spaces[] = "                                ";
    for (size_t n = (size_t)p->indent * 2; n > 0;) {
        size_t k = MIN(n, sizeof spaces - 1);
        printer_emit(p, spaces, k);
        n -= k;
    }
}

// `</script` ends an inline <script> element whatever JavaScript token holds it; `<\/script`
// means the same inside strings, templates, regexes and comments.
void printer_escaped(Printer *p, Str s) {
    size_t from = 0;
    size_t i = 0;
    while (i < s.len) {
        const char *lt = memchr(s.ptr + i, '<', s.len - i);
        if (!lt)
            break;
        size_t k = (size_t)(lt - s.ptr);
        if (k + 8 <= s.len && s.ptr[k + 1] == '/' && strncasecmp(s.ptr + k + 2, "script", 6) == 0) {
            printer_emit(p, s.ptr + from, k + 1 - from);
            printer_emit(p, "\\/", 2);
            from = k + 2;
        }
        i = k + 1;
    }
    printer_emit(p, s.ptr + from, s.len - from);
}

void printer_mark(Printer *p, uint32_t src) {
    PrintMappingVec *m = p->opt.mappings;
    if (LIKELY(!m) || ast_is_synth(src))
        return;
    uint32_t out = (uint32_t)p->out->len;
    // Nodes that start at the same output offset nest: the innermost, marked last, is the token
    // actually printed there (an enum's `E || {}` starts at `enum`, its `E` at the name).
    if (m->len && m->items[m->len - 1].out == out) {
        m->items[m->len - 1].src = src;
        return;
    }
    PrintMapping pair = { out, src };
    vec_push_heap(p->out->mem, MEM_SOURCEMAP, m, pair);
    if (m->len >= PRINT_MAPPINGS_BATCH && p->opt.take_mappings)
        p->opt.take_mappings(p->opt.take_ctx);
}

void printer_annotation(Printer *p, const char *text) {
    if (p->opt.drop_annotations)
        return;
    size_t at = p->out->len;
    printer_emit_cstr(p, text);
    printer_space(p);
    // The comment is no token: what had to be checked at `at` is now checked after it.
    size_t now = p->out->len;
    size_t *starts[] = { &p->stmt_start, &p->let_start, &p->for_of_start, &p->arrow_start,
                         &p->default_start };
    for (size_t i = 0; i < countof(starts); i++) {
        if (*starts[i] == at)
            *starts[i] = now;
    }
}

Str printer_name_text(const Printer *p, const Node *n) {
    return ast_text(p->ast, p->src.ptr, n->start, n->a);
}

Str printer_ident_text(const Printer *p, const Node *n) {
    SymbolId sym = n->a;
    if (p->opt.names && sym < p->opt.names_len && p->opt.names[sym].len)
        return p->opt.names[sym];
    return ast_text(p->ast, p->src.ptr, n->start, n->b);
}

// ---------------------------------------------------------------------------------------------
// Semicolons and legal comments

static void flush_semi(Printer *p) {
    if (p->pending_semi) {
        p->pending_semi = false;
        printer_char(p, ';');
    }
}

// Ends a statement that ends with an expression or a keyword.
static void end_stmt(Printer *p) {
    if (p->opt.minify_whitespace) {
        p->pending_semi = true;
        return;
    }
    printer_emit(p, ";\n", 2);
}

void printer_end_stmt(Printer *p) {
    end_stmt(p);
}

// Closes a block: a `;` owed before `}` is not needed.
static void close_brace(Printer *p) {
    p->pending_semi = false;
    printer_indent(p);
    printer_char(p, '}');
}

// Prints the legal comments that start before source offset pos, each on its own line (a `//!`
// comment needs the newline even when minified).
static bool printed_before(const Printer *p, uint32_t index) {
    LexSpan c = p->opt.legal_comments[index];
    Str text = { p->src.ptr + c.start, c.end - c.start };
    for (uint32_t i = 0; i < index; i++) {
        LexSpan e = p->opt.legal_comments[i];
        if (str_eq((Str){ p->src.ptr + e.start, e.end - e.start }, text))
            return true;
    }
    return false;
}

static void print_legal_before(Printer *p, uint32_t pos) {
    if (p->opt.legal_at_end && pos != UINT32_MAX)
        return;
    while (p->next_legal < p->opt.legal_comments_len &&
           p->opt.legal_comments[p->next_legal].start < pos) {
        uint32_t index = p->next_legal++;
        LexSpan c = p->opt.legal_comments[index];
        if (p->opt.legal_at_end && printed_before(p, index))
            continue;
        flush_semi(p);
        // At the end, the comments start on a line of their own.
        if (p->opt.legal_at_end && p->out->len && p->out->data[p->out->len - 1] != '\n')
            printer_char(p, '\n');
        printer_indent(p);
        printer_escaped(p, (Str){ p->src.ptr + c.start, c.end - c.start });
        printer_char(p, '\n');
    }
}

// ---------------------------------------------------------------------------------------------
// Blocks and bodies

static bool print_return_choice(Printer *p, NodeId first, NodeId second);
static bool print_if_then_rest(Printer *p, NodeId stmt);

// What running off the end of a statement list does, besides going on after it: nothing
// special, `return;` (a function body), or `continue;` (a loop body).
typedef enum ListEnd { END_NONE, END_RETURN, END_CONTINUE } ListEnd;

// How deep is_expressions (and the other rewrites that look into nested statements) follows `if`
// statements nested in branches (`else if` chains); a deeper one prints as statements, so the
// printer's recursion stays bounded.
enum { EXPRESSION_IF_DEPTH = 64 };

static uint32_t print_jump_sequence(Printer *p, const NodeId *items, uint32_t n);
static bool print_exit_guard(Printer *p, const NodeId *items, uint32_t n, ListEnd end);
static bool is_plain_exit(const Printer *p, NodeId stmt, ListEnd end);
static uint32_t print_merged_ifs(Printer *p, const NodeId *items, uint32_t n);
static bool is_dead_expression(const Printer *p, const Node *n);
static bool block_scopes(const Printer *p, const Node *block);

// Whether a legal comment not printed yet starts before source offset pos.
static bool has_legal_before(const Printer *p, uint32_t pos) {
    return p->next_legal < p->opt.legal_comments_len &&
           p->opt.legal_comments[p->next_legal].start < pos;
}

// Whether expression `value` is `void` of a literal: undefined, with nothing evaluated.
static bool is_void_literal(const Printer *p, NodeId value) {
    if (value == NODE_NONE)
        return false;
    const Node *v = printer_node(p, value);
    if (v->kind != UNARY || v->op != TOK_VOID)
        return false;
    NodeKind k = printer_node(p, v->a)->kind;
    return k == NUMBER_LIT || k == STRING_LIT || k == BOOL_LIT || k == NULL_LIT;
}

// How many of a list's n statements print: minify_syntax drops a last `return;` (or `return
// void 0;`) of a function body and a last `continue;` of a loop body, which do what running off
// the end does.
static uint32_t printed_len(const Printer *p, const NodeId *items, uint32_t n, ListEnd end) {
    if (end != END_NONE && p->opt.minify_syntax && n > 0 && is_plain_exit(p, items[n - 1], end) &&
        (p->next_legal >= p->opt.legal_comments_len ||
         p->opt.legal_comments[p->next_legal].start > printer_node(p, items[n - 1])->start))
        return n - 1;
    return n;
}

// The statements of a block, with the minify_syntax rewrites that look at more than one.
// The directives a list starts with; returns how many.
static uint32_t print_directives(Printer *p, const NodeId *items, uint32_t n) {
    uint32_t count = 0;
    while (count < n && printer_node(p, items[count])->kind == STMT_DIRECTIVE)
        printer_stmt(p, items[count++]);
    return count;
}

static void print_list(Printer *p, const NodeId *items, uint32_t n, ListEnd end) {
    // After the directives, the functions the list declares get their `.name` back
    // (printer_names.c).
    uint32_t directives = print_directives(p, items, n);
    items += directives;
    n -= directives;
    printer_function_names(p, items, n);
    n = printed_len(p, items, n, end);
    for (uint32_t i = 0; i < n; i++) {
        const Node *item = printer_node(p, items[i]);
        if (is_dead_expression(p, item))
            continue; // nothing to evaluate, and a list needs no statement in its place
        if (p->opt.minify_syntax && item->kind == STMT_BLOCK && !block_scopes(p, item) &&
            !has_legal_before(p, item->b)) {
            // `a(); { b(); } c();`: braces that scope nothing join the list around them.
            // (At the same depth, so that expressions join across the braces; the parser
            // bounds how deeply blocks nest.)
            print_list(p, ast_list_items(p->ast, item->a), ast_list_len(p->ast, item->a),
                       i + 1 == n ? end : END_NONE);
            continue;
        }
        uint32_t joined = p->opt.minify_syntax ? print_jump_sequence(p, items + i, n - i) : 0;
        if (joined > 0)
            i += joined - 1;
        else if (p->opt.minify_syntax && print_exit_guard(p, items + i, n - i, end))
            return;
        else if (p->opt.minify_syntax && (joined = print_merged_ifs(p, items + i, n - i)) > 0)
            i += joined - 1;
        else if (p->opt.minify_syntax && i + 1 < n &&
                 print_return_choice(p, items[i], items[i + 1]))
            i++;
        else if (!p->opt.minify_syntax || !print_if_then_rest(p, items[i])) {
            printer_stmt(p, items[i]);
            printer_class_name(p, items[i]);
        }
    }
}

static void print_block(Printer *p, const Node *block, ListEnd end) {
    printer_char(p, '{');
    printer_newline(p);
    p->indent++;
    print_list(p, ast_list_items(p->ast, block->a), ast_list_len(p->ast, block->a), end);
    // A legal comment after the last statement stays inside the block (b is the `}` offset).
    print_legal_before(p, block->b);
    p->indent--;
    close_brace(p);
}

void printer_block(Printer *p, const Node *block) {
    print_block(p, block, END_NONE);
}

void printer_function_body(Printer *p, const Node *block) {
    print_block(p, block, END_RETURN);
}

// A single statement made a block, for `if (a) { if (b) c; } else d`.
static void print_wrapped_block(Printer *p, NodeId stmt) {
    printer_char(p, '{');
    printer_newline(p);
    p->indent++;
    printer_stmt(p, stmt);
    p->indent--;
    close_brace(p);
}

// minify_syntax: the statement a one-statement block body stands for (`if (a) { b(); }` is
// `if (a) b();`), or the block itself when its braces matter: empty or longer blocks, and a
// declaration, which the block scopes (let, const, class; a function, which sloppy code would
// also hoist differently; a label, which may label one).
static NodeId unbraced(const Printer *p, NodeId body) {
    const Node *n = printer_node(p, body);
    if (!p->opt.minify_syntax || n->kind != STMT_BLOCK || ast_list_len(p->ast, n->a) != 1)
        return body;
    NodeId inner = ast_list_items(p->ast, n->a)[0];
    const Node *s = printer_node(p, inner);
    bool declares = (s->kind == STMT_VAR && s->op != VAR_VAR) || s->kind == STMT_CLASS ||
                    s->kind == STMT_FUNCTION || s->kind == STMT_LABELED ||
                    (s->kind == STMT_EMPTY && (s->flags & NF_ERASED));
    return declares ? body : inner;
}

static uint32_t jump_sequence_len(const Printer *p, const NodeId *items, uint32_t n);
static bool is_if_expression(const Printer *p, const Node *n, uint32_t depth);

// minify_syntax: whether a statement prints as an expression statement: one, or an `if` that
// print_if_expression prints as one (`a && b()`).
static bool is_expression_stmt(const Printer *p, NodeId stmt) {
    const Node *n = printer_node(p, stmt);
    if (is_dead_expression(p, n))
        return false; // printed as nothing (in a list) or `;`
    return n->kind == STMT_EXPR || (n->kind == STMT_IF && is_if_expression(p, n, 0));
}

static bool is_scoped_declaration(const Printer *p, NodeId stmt);
static bool is_exit_guard(const Printer *p, const NodeId *items, uint32_t n, ListEnd end);
static bool all_expressions(const Printer *p, const NodeId *items, uint32_t n);
static bool ends_with_open_if(const Printer *p, NodeId stmt);

// minify_syntax: whether a block's statements print as one statement (`a(), b();`, or
// `return a(), b;`), so that it needs no braces. A legal comment inside would end the statement.
// `end`: the block is a body whose end returns or continues.
static bool joins_to_one(const Printer *p, const Node *block, ListEnd end) {
    uint32_t len = ast_list_len(p->ast, block->a);
    const NodeId *items = ast_list_items(p->ast, block->a);
    if (!p->opt.minify_syntax || block->kind != STMT_BLOCK || len < 2)
        return false;
    if (p->next_legal < p->opt.legal_comments_len &&
        p->opt.legal_comments[p->next_legal].start < block->b)
        return false;
    len = printed_len(p, items, len, end);
    if (len == 0)
        return false; // `{}` stays: an empty body must still print as something
    if (len == 1)
        return !is_scoped_declaration(p, items[0]) && !ends_with_open_if(p, items[0]);
    if (jump_sequence_len(p, items, len) == len)
        return true;
    // A guard prints as one: `a || b()`, or `if (!a) { … }`.
    if (is_exit_guard(p, items, len, end))
        return true;
    if (!p->opt.minify_whitespace)
        return false; // readable output ends each statement at once: they would not join
    return all_expressions(p, items, len);
}

static bool all_expressions(const Printer *p, const NodeId *items, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        if (!is_expression_stmt(p, items[i]))
            return false;
    }
    return true;
}

static void print_list(Printer *p, const NodeId *items, uint32_t n, ListEnd end);

// A body printed without braces: a statement, or the statements of a block that joins to one.
static void print_bare(Printer *p, NodeId body, ListEnd end) {
    const Node *n = printer_node(p, body);
    if (n->kind == STMT_BLOCK && joins_to_one(p, n, end)) {
        const NodeId *items = ast_list_items(p->ast, n->a);
        uint32_t len = printed_len(p, items, ast_list_len(p->ast, n->a), end);
        if (len == 1)
            printer_stmt(p, items[0]); // (print_list might print an if-else as two statements)
        else
            print_list(p, items, len, end);
    } else {
        printer_stmt(p, body);
    }
}

// The body of a statement: on the same line, a block or any other statement (esbuild's layout:
// `if (a) return b;`). `end`: what running off the body's end does (a loop body continues).
static void print_body_end(Printer *p, NodeId body, ListEnd end) {
    body = unbraced(p, body);
    const Node *n = printer_node(p, body);
    printer_space(p);
    if (n->kind == STMT_BLOCK && !joins_to_one(p, n, end)) {
        print_block(p, n, end);
        printer_newline(p);
        return;
    }
    // Lines the statement continues on (an `else`, a nested body) are indented under it.
    p->indent++;
    p->skip_indent = true;
    print_bare(p, body, end);
    p->indent--;
}

// The body of if/with/labeled.
static void print_body(Printer *p, NodeId body) {
    print_body_end(p, body, END_NONE);
}

// The body of a loop: a `continue;` at its end can go.
static void print_loop_body(Printer *p, NodeId body) {
    print_body_end(p, body, END_CONTINUE);
}

// True when `stmt` ends with an `if` without `else`, which would capture a following `else`.
static bool ends_with_open_if(const Printer *p, NodeId stmt) {
    for (;;) {
        const Node *n = printer_node(p, stmt);
        switch (n->kind) {
        case STMT_IF:
            if (n->c == NODE_NONE)
                return true;
            stmt = n->c;
            break;
        case STMT_FOR:
            stmt = ast_list_items(p->ast, n->c)[1];
            break;
        case STMT_FOR_IN:
        case STMT_FOR_OF:
            stmt = n->c;
            break;
        case STMT_WHILE:
        case STMT_WITH:
        case STMT_LABELED:
            stmt = n->b;
            break;
        case STMT_BLOCK:
            if (unbraced(p, stmt) == stmt)
                return false;
            stmt = unbraced(p, stmt);
            break;
        default:
            return false;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Statements

static void print_paren_expr(Printer *p, NodeId expr) {
    printer_space(p);
    printer_char(p, '(');
    printer_expr(p, expr, PREC_LOWEST, 0);
    printer_char(p, ')');
}

// Ends an expression statement; minify_syntax notes where, so that a next one in the same
// statement list can continue it as a sequence.
static void end_expr_stmt(Printer *p) {
    end_stmt(p);
    p->expr_end = p->out->len;
    p->expr_depth = p->depth;
}

static void print_expr_stmt(Printer *p, const Node *n) {
    p->stmt_start = p->let_start = p->out->len;
    // A lone string would become a directive in a prologue.
    if (printer_node(p, n->a)->kind == STRING_LIT) {
        printer_char(p, '(');
        printer_expr(p, n->a, PREC_LOWEST, 0);
        printer_char(p, ')');
    } else {
        printer_expr(p, n->a, PREC_LOWEST, 0);
    }
    end_expr_stmt(p);
}

// minify_syntax: `a(); b();` is `a(), b();` when nothing was printed between them but the owed
// `;`, at the same depth (as for declarations below). The two expressions are evaluated in the
// same order, and a sequence's value is only that of an expression statement, which nothing
// reads. The second is not at the start of a statement any more, so it needs no guard there.
static bool is_if_expression(const Printer *p, const Node *n, uint32_t depth);
static void print_if_value(Printer *p, const Node *n, Prec level);

static bool continues_expression(const Printer *p, const Node *n) {
    return p->opt.minify_syntax && p->pending_semi && p->out->len == p->expr_end &&
           p->expr_depth == p->depth &&
           (n->kind == STMT_EXPR || (n->kind == STMT_IF && is_if_expression(p, n, 0)));
}

static void continue_expression(Printer *p, const Node *n) {
    p->pending_semi = false;
    printer_char(p, ',');
    printer_mark(p, n->start);
    if (n->kind == STMT_IF)
        print_if_value(p, n, PREC_LOWEST);
    else
        printer_expr(p, n->a, PREC_LOWEST, 0);
    end_expr_stmt(p);
}

// `a = 1, b`: the declarators of a declaration.
static void print_declarators(Printer *p, const Node *n, unsigned flags) {
    uint32_t len = ast_list_len(p->ast, n->a);
    const NodeId *decls = ast_list_items(p->ast, n->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *d = printer_node(p, decls[i]);
        if (i > 0) {
            printer_char(p, ',');
            printer_space(p);
        }
        printer_pattern(p, d->a, flags);
        if (d->b != NODE_NONE) {
            printer_space(p);
            printer_op(p, "=");
            printer_space(p);
            printer_value(p, d->a, d->b, PREC_COMMA, flags);
        }
    }
}

// `var a = 1, b` without the `;` (also in for heads, where flags forbid a bare `in`).
static void print_var(Printer *p, const Node *n, unsigned flags) {
    static const char *const kinds[] = { "var", "let", "const", "using", "await using" };
    ASSERT(n->op < countof(kinds));
    if (n->flags & NF_NO_SIDE_EFFECTS)
        printer_annotation(p, "/* @__NO_SIDE_EFFECTS__ */");
    printer_word_cstr(p, kinds[n->op]);
    printer_space(p);
    print_declarators(p, n, flags);
}

// A declaration statement; minify_syntax notes where it ends, so that a next one of the same
// kind in the same statement list can continue it.
static void print_var_stmt(Printer *p, const Node *n) {
    print_var(p, n, 0);
    end_stmt(p);
    p->var_end = p->out->len;
    p->var_depth = p->depth;
    p->var_kind = (uint8_t)n->op;
}

// minify_syntax: `var a = 1; var b = 2;` is `var a = 1, b = 2;` when nothing was printed
// between them but the owed `;`, at the same depth (so the first was not the body of an `if`
// or a loop, whose end the second would join). Declaring in one statement or two is the same.
static bool continues_declaration(const Printer *p, const Node *n) {
    return p->opt.minify_syntax && n->kind == STMT_VAR && n->op <= VAR_CONST &&
           !(n->flags & NF_NO_SIDE_EFFECTS) && p->pending_semi && p->out->len == p->var_end &&
           p->var_depth == p->depth && p->var_kind == n->op;
}

static void continue_declaration(Printer *p, const Node *n) {
    p->pending_semi = false;
    printer_char(p, ',');
    print_declarators(p, n, 0);
    end_stmt(p);
    p->var_end = p->out->len;
}

// The parenthesized test of `if` statement n, and the branch it guards. minify_syntax:
// `if (a) if (b) x;` (neither with an else) is `if (a && b) x;`: b is tested only when a is
// true, and x runs when both are, as before.
// The if that `if` statement n's branch is and that joins its test (see print_if_tests), or
// NULL.
static const Node *joined_if(const Printer *p, const Node *n) {
    if (!p->opt.minify_syntax || n->c != NODE_NONE)
        return NULL;
    const Node *inner = printer_node(p, unbraced(p, n->b));
    if (inner->kind != STMT_IF || inner->c != NODE_NONE || printer_truthiness(p, inner->a) >= 0 ||
        is_if_expression(p, inner, 0))
        return NULL;
    return inner;
}

static NodeId print_if_tests(Printer *p, const Node *n) {
    printer_space(p);
    printer_char(p, '(');
    const Node *inner = joined_if(p, n);
    printer_expr(p, n->a, inner ? PREC_OR : PREC_LOWEST, 0);
    for (uint32_t depth = 0; inner && depth < EXPRESSION_IF_DEPTH; depth++) {
        printer_space(p);
        printer_op(p, "&&");
        printer_space(p);
        printer_expr(p, inner->a, PREC_OR, 0);
        n = inner;
        inner = joined_if(p, n);
    }
    printer_char(p, ')');
    return unbraced(p, n->b);
}

// if (test) yes else no, with `else if` chains printed iteratively. minify_syntax:
// `if (!a) b; else c;` is `if (a) c; else b;`.
static void print_if(Printer *p, const Node *n) {
    Node flipped;
    for (;;) {
        const Node *test = printer_node(p, n->a);
        if (p->opt.minify_syntax && n->c != NODE_NONE && test->kind == UNARY &&
            test->op == TOK_BANG) {
            flipped = *n;
            flipped.a = test->a;
            flipped.b = n->c;
            flipped.c = n->b;
            n = &flipped;
        }
        printer_word_cstr(p, "if");
        NodeId yes = print_if_tests(p, n);
        NodeId no = n->c == NODE_NONE ? NODE_NONE : unbraced(p, n->c);
        const Node *y = printer_node(p, yes);
        bool wrap = no != NODE_NONE && ends_with_open_if(p, yes);
        if ((y->kind == STMT_BLOCK && !joins_to_one(p, y, END_NONE)) || wrap) {
            printer_space(p);
            if (wrap)
                print_wrapped_block(p, yes);
            else
                printer_block(p, y);
            if (no != NODE_NONE)
                printer_space(p);
            else
                printer_newline(p);
        } else {
            printer_space(p);
            p->indent++;
            p->skip_indent = true;
            print_bare(p, yes, END_NONE);
            p->indent--;
            if (no != NODE_NONE)
                printer_indent(p);
        }
        if (no == NODE_NONE)
            return;
        flush_semi(p);
        printer_word_cstr(p, "else");
        n = printer_node(p, no);
        // An `else if` that prints as an expression (`else a ? b() : c()`) ends the chain.
        if (n->kind != STMT_IF || (p->opt.minify_syntax && is_if_expression(p, n, 0))) {
            print_body(p, no);
            return;
        }
        printer_space(p);
        printer_mark(p, n->start);
    }
}

static void print_stmt_kind(Printer *p, const Node *n);

// minify_syntax: `if (literal) yes else no` prints only the branch taken, unless the other
// declares a var or function (seen outside the branch: dropping it would turn references into
// globals) or the branch taken is a function declaration (which behaves as in a block there).
// Nothing left prints as `;`, so `while (x) if (0) y;` keeps a body. Returns false when the
// statement must print as it is.
static bool print_constant_if(Printer *p, const Node *n) {
    int truth = printer_truthiness(p, n->a);
    if (truth < 0)
        return false;
    NodeId keep = truth ? n->b : n->c;
    NodeId drop = truth ? n->c : n->b;
    // Children are numbered before parents: the test, then the consequent, then the alternate.
    NodeId drop_first = truth ? n->b + 1 : n->a + 1;
    if (drop != NODE_NONE && printer_declares_var(p, drop_first, drop))
        return false;
    if (keep == NODE_NONE) {
        printer_char(p, ';');
        printer_newline(p);
        return true;
    }
    const Node *k = printer_node(p, keep);
    if (k->kind == STMT_FUNCTION || k->kind == STMT_CLASS || k->kind == STMT_VAR)
        return false;
    if (ends_with_open_if(p, keep)) {
        print_wrapped_block(p, keep); // an `else` after this statement must not join it
        printer_newline(p);
    } else {
        print_stmt_kind(p, k);
    }
    return true;
}

static bool is_expressions_at(const Printer *p, NodeId stmt, uint32_t depth);

// Whether an `if` can be an expression: both branches are is_expressions and the test is not a
// literal (print_constant_if drops the branch not taken instead).
static bool is_if_expression(const Printer *p, const Node *n, uint32_t depth) {
    return n->kind == STMT_IF && depth < EXPRESSION_IF_DEPTH && printer_truthiness(p, n->a) < 0 &&
           is_expressions_at(p, n->b, depth + 1) &&
           (n->c == NODE_NONE || is_expressions_at(p, n->c, depth + 1));
}

// Whether `stmt` is an expression statement, an `if` whose branches are (`if (a) b();` is
// `a && b()`), or a non-empty block of such statements (`{ a(); b(); }` is `(a(), b())`).
static bool is_expressions_at(const Printer *p, NodeId stmt, uint32_t depth) {
    const Node *n = printer_node(p, stmt);
    if (n->kind == STMT_EXPR || n->kind == STMT_IF)
        return n->kind == STMT_EXPR || is_if_expression(p, n, depth);
    if (n->kind != STMT_BLOCK || ast_list_len(p->ast, n->a) == 0)
        return false;
    if (p->next_legal < p->opt.legal_comments_len &&
        p->opt.legal_comments[p->next_legal].start < n->b)
        return false; // a legal comment inside would print in the middle of the expression
    uint32_t len = ast_list_len(p->ast, n->a);
    const NodeId *items = ast_list_items(p->ast, n->a);
    for (uint32_t i = 0; i < len; i++) {
        if (!is_expressions_at(p, items[i], depth))
            return false;
    }
    return true;
}

static void print_expressions(Printer *p, NodeId stmt, Prec level);

// An is_if_expression `if` at `level`: `a ? b : c`, `a && b`, or `a || b` for `if (!a) b`.
static void print_if_value(Printer *p, const Node *n, Prec level) {
    const Node *test = printer_node(p, n->a);
    bool negated = test->kind == UNARY && test->op == TOK_BANG;
    NodeId cond = negated ? test->a : n->a;
    Prec own = n->c != NODE_NONE ? PREC_CONDITIONAL : negated ? PREC_OR : PREC_AND;
    bool paren = level >= own;
    if (paren)
        printer_char(p, '(');
    printer_mark(p, n->start);
    if (n->c == NODE_NONE) {
        printer_expr(p, cond, negated ? PREC_NULLISH : PREC_OR, 0);
        printer_space(p);
        printer_op(p, negated ? "||" : "&&");
        printer_space(p);
        // `a && (b && c)` is `a && b && c`: the same tests in the same order, the same value.
        print_expressions(p, n->b, negated ? PREC_NULLISH : PREC_OR);
    } else {
        printer_expr(p, cond, PREC_CONDITIONAL, 0);
        printer_space(p);
        printer_char(p, '?');
        printer_space(p);
        print_expressions(p, negated ? n->c : n->b, PREC_YIELD);
        printer_space(p);
        printer_char(p, ':');
        printer_space(p);
        print_expressions(p, negated ? n->b : n->c, PREC_YIELD);
    }
    if (paren)
        printer_char(p, ')');
}

// The expressions of an is_expressions statement at `level`, as a parenthesized sequence when
// there are several.
static void print_expression_list(Printer *p, const NodeId *items, uint32_t len, Prec level);

static void print_expressions(Printer *p, NodeId stmt, Prec level) {
    const Node *n = printer_node(p, stmt);
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    if (n->kind == STMT_EXPR) {
        printer_expr(p, n->a, level, 0);
    } else if (n->kind == STMT_IF) {
        print_if_value(p, n, level);
    } else {
        print_expression_list(p, ast_list_items(p->ast, n->a), ast_list_len(p->ast, n->a), level);
    }
    p->depth--;
}

// The expressions of statements, one after another: `(a, b, c)` (parenthesized when more than
// one), each at `level` when alone.
static void print_expression_list(Printer *p, const NodeId *items, uint32_t len, Prec level) {
    if (len > 1)
        printer_char(p, '(');
    for (uint32_t i = 0; i < len; i++) {
        if (i > 0) {
            printer_char(p, ',');
            printer_space(p);
        }
        print_expressions(p, items[i], len > 1 ? PREC_COMMA : level);
    }
    if (len > 1)
        printer_char(p, ')');
}

// minify_syntax: `if (a) b();` is `a && b();` (`a || b()` for `if (!a)`), and
// `if (a) b(); else c();` is `a ? b() : c();`: the same evaluations in the same order. Returns
// false when the branches are not expression statements.
static bool print_if_expression(Printer *p, const Node *n) {
    if (!is_if_expression(p, n, 0))
        return false;
    p->stmt_start = p->let_start = p->out->len;
    print_if_value(p, n, PREC_LOWEST);
    end_expr_stmt(p);
    return true;
}

// minify_syntax: `if (a) return b; return c;` is `return a ? b : c;` (and `if (!a)` swaps the
// branches): the test, then one of the two values, evaluated as before. Both statements are
// printed here, as printer_stmt would print one; returns false when they do not have that shape
// (or the test is a literal, which print_constant_if does better).
static bool print_return_choice(Printer *p, NodeId first, NodeId second) {
    const Node *s = printer_node(p, first);
    // `second` follows the `if`, or is its `else` branch: the same choice either way.
    bool is_else = s->kind == STMT_IF && s->c != NODE_NONE && unbraced(p, s->c) == second;
    if (s->kind != STMT_IF || (s->c != NODE_NONE && !is_else) || printer_truthiness(p, s->a) >= 0)
        return false;
    const Node *yes = printer_node(p, unbraced(p, s->b));
    const Node *no = printer_node(p, second);
    if (yes->kind != STMT_RETURN || yes->a == NODE_NONE || no->kind != STMT_RETURN ||
        no->a == NODE_NONE)
        return false;
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    print_legal_before(p, s->start);
    flush_semi(p);
    printer_indent(p);
    printer_mark(p, s->start);
    const Node *test = printer_node(p, s->a);
    bool negated = test->kind == UNARY && test->op == TOK_BANG;
    printer_word_cstr(p, "return");
    printer_space(p);
    printer_expr(p, negated ? test->a : s->a, PREC_CONDITIONAL, 0);
    printer_char(p, '?');
    printer_expr(p, negated ? no->a : yes->a, PREC_YIELD, 0);
    printer_char(p, ':');
    printer_expr(p, negated ? yes->a : no->a, PREC_YIELD, 0);
    end_stmt(p);
    p->depth--;
    return true;
}

static uint32_t jump_len_at(const Printer *p, const NodeId *items, uint32_t n, uint32_t depth);

// Whether `len` statements (a jump_len_at run) end with a `throw` rather than a `return`.
static bool ends_in_throw(const Printer *p, const NodeId *items, uint32_t len) {
    return printer_node(p, items[len - 1])->kind == STMT_THROW;
}

// Whether statement `stmt` always returns a value that it computes with expressions only:
// `return value;`, a block whose statements do (a jump_len_at run ending in return), or
// `if (test) yes else no` where both branches do and the test is not a literal.
static bool returns_value(const Printer *p, NodeId stmt, uint32_t depth) {
    const Node *s = printer_node(p, unbraced(p, stmt));
    if (depth >= EXPRESSION_IF_DEPTH)
        return false;
    switch (s->kind) {
    case STMT_RETURN:
        return s->a != NODE_NONE;
    case STMT_BLOCK: {
        uint32_t len = ast_list_len(p->ast, s->a);
        const NodeId *items = ast_list_items(p->ast, s->a);
        return len > 0 && jump_len_at(p, items, len, depth + 1) == len &&
               !ends_in_throw(p, items, len);
    }
    case STMT_IF:
        return s->c != NODE_NONE && printer_truthiness(p, s->a) < 0 &&
               returns_value(p, s->b, depth + 1) && returns_value(p, s->c, depth + 1);
    default:
        return false;
    }
}

// Whether `stmt` is `if (test) yes` without else, where yes returns_value and the test is not a
// literal.
static bool is_returning_if(const Printer *p, NodeId stmt, uint32_t depth) {
    const Node *s = printer_node(p, stmt);
    return s->kind == STMT_IF && s->c == NODE_NONE && printer_truthiness(p, s->a) < 0 &&
           returns_value(p, s->b, depth + 1);
}

// How many statements from items[0] make one `return` or `throw` whose operand they compute
// (see print_jump_sequence): expression statements, then a return, a throw, a returns_value
// statement, or a returning if and a run after it that returns. 0 for none; depth bounds the
// recursion.
static uint32_t jump_len_at(const Printer *p, const NodeId *items, uint32_t n, uint32_t depth) {
    uint32_t k = 0;
    while (k < n && is_expression_stmt(p, items[k]))
        k++;
    if (k == n || depth >= EXPRESSION_IF_DEPTH)
        return 0;
    const Node *jump = printer_node(p, items[k]);
    // (`a(); return void 0;` stays: `a();return` is shorter than `return a(),void 0`.)
    if ((jump->kind == STMT_RETURN || jump->kind == STMT_THROW) && jump->a != NODE_NONE)
        return k > 0 && is_plain_exit(p, items[k], END_RETURN) ? 0 : k + 1;
    if (returns_value(p, items[k], depth + 1))
        return k + 1;
    if (!is_returning_if(p, items[k], depth))
        return 0;
    uint32_t rest = jump_len_at(p, items + k + 1, n - k - 1, depth + 1);
    // The rest must return (not throw): `a ? b : c` picks what is returned.
    if (rest == 0 || ends_in_throw(p, items + k + 1, rest))
        return 0;
    return k + 1 + rest;
}

static uint32_t jump_sequence_len(const Printer *p, const NodeId *items, uint32_t n) {
    uint32_t len = jump_len_at(p, items, n, 0);
    const Node *first = printer_node(p, items[0]);
    if (len == 0 || (len == 1 && first->kind != STMT_IF && first->kind != STMT_BLOCK))
        return 0; // a lone return or throw prints as itself
    if (p->next_legal < p->opt.legal_comments_len &&
        p->opt.legal_comments[p->next_legal].start < printer_node(p, items[len - 1])->start)
        return 0;
    return len;
}

static void print_jump_operand(Printer *p, const NodeId *items, uint32_t len, Prec level);

// The value a returns_value statement returns, at `level`.
static void print_value(Printer *p, NodeId stmt, Prec level) {
    const Node *s = printer_node(p, unbraced(p, stmt));
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    printer_mark(p, s->start);
    if (s->kind == STMT_RETURN) {
        printer_expr(p, s->a, level, 0);
    } else if (s->kind == STMT_BLOCK) {
        print_jump_operand(p, ast_list_items(p->ast, s->a), ast_list_len(p->ast, s->a), level);
    } else {
        const Node *test = printer_node(p, s->a);
        bool negated = test->kind == UNARY && test->op == TOK_BANG;
        bool paren = level >= PREC_CONDITIONAL;
        if (paren)
            printer_char(p, '(');
        printer_expr(p, negated ? test->a : s->a, PREC_CONDITIONAL, 0);
        printer_space(p);
        printer_char(p, '?');
        printer_space(p);
        print_value(p, negated ? s->c : s->b, PREC_YIELD);
        printer_space(p);
        printer_char(p, ':');
        printer_space(p);
        print_value(p, negated ? s->b : s->c, PREC_YIELD);
        if (paren)
            printer_char(p, ')');
    }
    p->depth--;
}

// The operand computed by the `len` statements from items[0] (a jump_len_at run) at `level`:
// the expressions, then the returned or thrown value, or for a returning `if`
// `test ? value : rest`.
static void print_jump_operand(Printer *p, const NodeId *items, uint32_t len, Prec level) {
    uint32_t k = 0;
    while (is_expression_stmt(p, items[k]))
        k++;
    bool wrap = k > 0 && level >= PREC_COMMA;
    if (wrap)
        printer_char(p, '(');
    for (uint32_t i = 0; i < k; i++) {
        printer_mark(p, printer_node(p, items[i])->start);
        print_expressions(p, items[i], PREC_LOWEST);
        printer_char(p, ',');
        printer_space(p);
    }
    Prec inner = k > 0 ? PREC_COMMA : level;
    const Node *s = printer_node(p, items[k]);
    if (s->kind == STMT_THROW) {
        printer_mark(p, s->start);
        printer_expr(p, s->a, inner, 0);
    } else if (k + 1 == len) {
        print_value(p, items[k], inner);
    } else {
        // A returning if, then the rest.
        ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
        printer_mark(p, s->start);
        const Node *test = printer_node(p, s->a);
        bool negated = test->kind == UNARY && test->op == TOK_BANG;
        bool paren = inner >= PREC_CONDITIONAL;
        if (paren)
            printer_char(p, '(');
        printer_expr(p, negated ? test->a : s->a, PREC_CONDITIONAL, 0);
        printer_space(p);
        printer_char(p, '?');
        printer_space(p);
        if (negated)
            print_jump_operand(p, items + k + 1, len - k - 1, PREC_YIELD);
        else
            print_value(p, s->b, PREC_YIELD);
        printer_space(p);
        printer_char(p, ':');
        printer_space(p);
        if (negated)
            print_value(p, s->b, PREC_YIELD);
        else
            print_jump_operand(p, items + k + 1, len - k - 1, PREC_YIELD);
        if (paren)
            printer_char(p, ')');
        p->depth--;
    }
    if (wrap)
        printer_char(p, ')');
}

bool printer_arrow_value(Printer *p, const Node *block) {
    uint32_t len = ast_list_len(p->ast, block->a);
    const NodeId *items = ast_list_items(p->ast, block->a);
    if (!p->opt.minify_syntax || len == 0 || jump_sequence_len(p, items, len) != len ||
        ends_in_throw(p, items, len))
        return false;
    print_jump_operand(p, items, len, PREC_COMMA);
    return true;
}

// minify_syntax: `a(); b(); return c;` is `return a(), b(), c;` (and so for `throw`; an `if`
// may be one of the expressions, `a && b()`): the expressions are evaluated in the same order,
// and the last one's value is returned or thrown. `if (a) return b; rest` where the rest
// returns is `return a ? b : rest`: the test, then one of the two, evaluated as before.
// Returns how many statements were printed, 0 when items do not start with that shape.
static uint32_t print_jump_sequence(Printer *p, const NodeId *items, uint32_t n) {
    uint32_t len = jump_sequence_len(p, items, n);
    if (len == 0)
        return 0;
    const Node *first = printer_node(p, items[0]);
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    print_legal_before(p, first->start);
    flush_semi(p);
    printer_indent(p);
    printer_mark(p, first->start);
    printer_word_cstr(p, ends_in_throw(p, items, len) ? "throw" : "return");
    printer_space(p);
    print_jump_operand(p, items, len, PREC_LOWEST);
    end_stmt(p);
    p->depth--;
    return len;
}

// Whether a statement is a declaration its statement list scopes (let, const, using, class; a
// function, which a block would scope differently): it cannot move into a block.
static bool is_scoped_declaration(const Printer *p, NodeId stmt) {
    const Node *s = printer_node(p, stmt);
    return (s->kind == STMT_VAR && s->op != VAR_VAR) || s->kind == STMT_CLASS ||
           s->kind == STMT_FUNCTION || s->kind == STMT_LABELED ||
           (s->kind == STMT_EMPTY && (s->flags & NF_ERASED));
}

// Whether `stmt` leaves as running off the end of a list ending with `end` would: for a function
// body `return;`, or `return` of `undefined` written as `void 0` (or `void` of another literal:
// nothing to evaluate); for a loop body, `continue;` without a label.
static bool is_plain_exit(const Printer *p, NodeId stmt, ListEnd end) {
    const Node *s = printer_node(p, stmt);
    if (end == END_CONTINUE)
        return s->kind == STMT_CONTINUE && s->a == NODE_NONE;
    return end == END_RETURN && s->kind == STMT_RETURN &&
           (s->a == NODE_NONE || is_void_literal(p, s->a));
}

// Whether items[0] is `if (test) return;` in a function body or `if (test) continue;` in a loop
// body (no else; see is_plain_exit), followed by statements that may move into a block.
static bool is_exit_guard(const Printer *p, const NodeId *items, uint32_t n, ListEnd end) {
    const Node *s = printer_node(p, items[0]);
    if (end == END_NONE || n < 2 || s->kind != STMT_IF || s->c != NODE_NONE ||
        printer_truthiness(p, s->a) >= 0 || p->depth + 8 > PRINTER_MAX_DEPTH / 2)
        return false;
    if (!is_plain_exit(p, unbraced(p, s->b), end))
        return false;
    for (uint32_t i = 1; i < n; i++) {
        if (is_scoped_declaration(p, items[i]))
            return false;
    }
    // A legal comment among them would print inside what they become.
    const Node *last = printer_node(p, items[n - 1]);
    return p->next_legal >= p->opt.legal_comments_len ||
           p->opt.legal_comments[p->next_legal].start >= last->start;
}

// Whether statements print as one (no braces needed around them): a single one, a jump sequence,
// or an exit guard.
static bool prints_as_one(const Printer *p, const NodeId *items, uint32_t n, ListEnd end) {
    if (n == 1)
        return !is_scoped_declaration(p, items[0]);
    return jump_sequence_len(p, items, n) == n || is_exit_guard(p, items, n, end);
}

// An `if` test printed negated: `a` for `!a`, `a !== b` for `a === b` (likewise `==`, and
// `typeof a < "u"` for `typeof a > "u"`), otherwise `!(test)`.
static void print_negated(Printer *p, NodeId test, Prec level) {
    const Node *t = printer_node(p, test);
    if (t->kind == UNARY && t->op == TOK_BANG) {
        printer_expr(p, t->a, level, 0);
    } else if (t->kind == BINARY && (t->op == TOK_EQ_EQ_EQ || t->op == TOK_NOT_EQ_EQ ||
                                     t->op == TOK_EQ_EQ || t->op == TOK_NOT_EQ)) {
        NodeId outer = p->negated_compare;
        p->negated_compare = test;
        printer_expr(p, test, level, 0);
        p->negated_compare = outer;
    } else {
        bool wrap = level >= PREC_PREFIX;
        if (wrap)
            printer_char(p, '(');
        printer_op(p, "!");
        printer_expr(p, test, PREC_PREFIX - 1, 0);
        if (wrap)
            printer_char(p, ')');
    }
}

// Whether an exit guard and what follows it print as one expression: the rest are expressions,
// or another such guard (`if (a) return; if (b) return; c();` is `a || b || c()`).
static bool is_guard_expression(const Printer *p, const NodeId *items, uint32_t n, ListEnd end,
                                uint32_t depth) {
    if (depth >= EXPRESSION_IF_DEPTH || !is_exit_guard(p, items, n, end))
        return false;
    return all_expressions(p, items + 1, n - 1) ||
           is_guard_expression(p, items + 1, n - 1, end, depth + 1);
}

// An is_guard_expression run as an expression: `a || rest` (`a && rest` for `if (!a)`), the
// rest a parenthesized sequence when it has several expressions. `&&` and `||` are
// associative, so a rest of the same operator needs no parentheses.
static void print_guard_value(Printer *p, const NodeId *items, uint32_t n, ListEnd end) {
    const Node *s = printer_node(p, items[0]);
    const Node *test = printer_node(p, s->a);
    bool negated = test->kind == UNARY && test->op == TOK_BANG;
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    printer_mark(p, s->start);
    printer_expr(p, negated ? test->a : s->a, negated ? PREC_OR : PREC_NULLISH, 0);
    printer_space(p);
    printer_op(p, negated ? "&&" : "||");
    printer_space(p);
    const NodeId *rest = items + 1;
    uint32_t rest_len = n - 1;
    Prec right = negated ? PREC_OR : PREC_NULLISH;
    if (!all_expressions(p, rest, rest_len)) {
        // The rest is a guard: `b || …` inside `&&` needs parentheses, inside `||` not.
        const Node *inner = printer_node(p, printer_node(p, rest[0])->a);
        bool inner_negated = inner->kind == UNARY && inner->op == TOK_BANG;
        bool paren = negated && !inner_negated;
        if (paren)
            printer_char(p, '(');
        print_guard_value(p, rest, rest_len, end);
        if (paren)
            printer_char(p, ')');
    } else {
        print_expression_list(p, rest, rest_len, right);
    }
    p->depth--;
}

// minify_syntax, at the end of a function body: `if (a) return; rest` is `if (!a) { rest }`,
// and `a || (b(), c())` when the rest are expressions (`a && …` for `if (!a)`). Falling off the
// end of a function is `return;`, so the rest runs exactly when it did. The same for
// `if (a) continue; rest` at the end of a loop body, where running off the end continues. The
// rest holds no declaration the block would scope (a `var` in a block still belongs to the
// function). Returns false when items do not start with that shape.
static bool is_guard_expression(const Printer *p, const NodeId *items, uint32_t n, ListEnd end,
                                uint32_t depth);
static void print_guard_value(Printer *p, const NodeId *items, uint32_t n, ListEnd end);

// Whether the statements after an exit guard start with another guard that would print as an
// `if` statement of its own (not as an expression), with no legal comment before it.
static bool chains_guard(const Printer *p, const NodeId *items, uint32_t n, ListEnd end) {
    return p->opt.minify_syntax && is_exit_guard(p, items, n, end) &&
           !is_guard_expression(p, items, n, end, 0) &&
           !has_legal_before(p, printer_node(p, items[0])->start);
}

static bool print_exit_guard(Printer *p, const NodeId *items, uint32_t n, ListEnd end) {
    if (!is_exit_guard(p, items, n, end))
        return false;
    const Node *s = printer_node(p, items[0]);
    const NodeId *rest = items + 1;
    uint32_t rest_len = n - 1;
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    print_legal_before(p, s->start);
    flush_semi(p);
    printer_indent(p);
    printer_mark(p, s->start);
    if (is_guard_expression(p, items, n, end, 0)) {
        p->stmt_start = p->let_start = p->out->len;
        print_guard_value(p, items, n, end);
        end_expr_stmt(p);
    } else {
        printer_word_cstr(p, "if");
        printer_space(p);
        printer_char(p, '(');
        // Guards in a row that stay statements test together: `if (!a) { if (!b) { rest } }`
        // is `if (!a && !b) { rest }` (b is tested only when a passed, as before).
        bool chained = chains_guard(p, rest, rest_len, end);
        print_negated(p, s->a, chained ? PREC_OR : PREC_LOWEST);
        while (chained) {
            printer_space(p);
            printer_op(p, "&&");
            printer_space(p);
            print_negated(p, printer_node(p, rest[0])->a, PREC_OR);
            rest++;
            rest_len--;
            chained = chains_guard(p, rest, rest_len, end);
        }
        printer_char(p, ')');
        printer_space(p);
        if (rest_len == 1 && !is_scoped_declaration(p, rest[0])) {
            p->indent++;
            p->skip_indent = true;
            printer_stmt(p, rest[0]); // (print_list might print an if-else as two statements)
            p->indent--;
        } else if (prints_as_one(p, rest, rest_len, end)) {
            p->indent++;
            p->skip_indent = true;
            print_list(p, rest, rest_len, end);
            p->indent--;
        } else {
            printer_char(p, '{');
            printer_newline(p);
            p->indent++;
            print_list(p, rest, rest_len, end);
            p->indent--;
            close_brace(p);
            printer_newline(p);
        }
    }
    p->depth--;
    return true;
}

// Whether expressions a and b are the same simple value: the same literal, name or `this`, or
// the same prefix operator applied to such (nothing that could evaluate differently twice).
static bool same_value(const Printer *p, NodeId a, NodeId b) {
    if (a == NODE_NONE || b == NODE_NONE)
        return a == b;
    const Node *x = printer_node(p, a);
    const Node *y = printer_node(p, b);
    if (x->kind != y->kind)
        return false;
    switch (x->kind) {
    case BOOL_LIT:
        return x->op == y->op;
    case NULL_LIT:
    case THIS:
        return true;
    case NUMBER_LIT:
        return ast_number(x) == ast_number(y) && !signbit(ast_number(x)) == !signbit(ast_number(y));
    case STRING_LIT:
        return str_eq(printer_name_text(p, x), printer_name_text(p, y));
    case IDENT:
        return x->a == y->a && str_eq(printer_ident_text(p, x), printer_ident_text(p, y));
    case UNARY: {
        const Node *xa = printer_node(p, x->a);
        return x->op == y->op && xa->kind != UNARY && xa->kind != IDENT &&
               same_value(p, x->a, y->a);
    }
    default:
        return false;
    }
}

// Whether statements s and t are the same jump: `return v;` with the same simple value (or
// none), or `break;`/`continue;` without a label.
static bool same_jump(const Printer *p, NodeId s, NodeId t) {
    const Node *a = printer_node(p, s);
    const Node *b = printer_node(p, t);
    if (a->kind != b->kind)
        return false;
    if (a->kind == STMT_RETURN)
        return same_value(p, a->a, b->a);
    return (a->kind == STMT_BREAK || a->kind == STMT_CONTINUE) && a->a == NODE_NONE &&
           b->a == NODE_NONE;
}

// The jump an `if` without else takes (`if (a) return 1;`), or NODE_NONE.
static NodeId if_jump(const Printer *p, NodeId stmt) {
    const Node *s = printer_node(p, stmt);
    if (s->kind != STMT_IF || s->c != NODE_NONE || printer_truthiness(p, s->a) >= 0)
        return NODE_NONE;
    NodeId body = unbraced(p, s->b);
    return same_jump(p, body, body) ? body : NODE_NONE;
}

// minify_syntax: `if (a) return 1; if (b) return 1;` is `if (a || b) return 1;`: b is tested
// only when a is false, as before, and either way the same jump is taken. Returns how many
// statements were printed (at least 2), 0 when items do not start with such ifs.
static uint32_t print_merged_ifs(Printer *p, const NodeId *items, uint32_t n) {
    NodeId jump = if_jump(p, items[0]);
    if (jump == NODE_NONE)
        return 0;
    uint32_t k = 1;
    while (k < n && if_jump(p, items[k]) != NODE_NONE && same_jump(p, jump, if_jump(p, items[k])) &&
           !has_legal_before(p, printer_node(p, items[k])->start + 1))
        k++;
    if (k < 2)
        return 0;
    const Node *first = printer_node(p, items[0]);
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    print_legal_before(p, first->start);
    flush_semi(p);
    printer_indent(p);
    printer_mark(p, first->start);
    printer_word_cstr(p, "if");
    printer_space(p);
    printer_char(p, '(');
    for (uint32_t i = 0; i < k; i++) {
        if (i > 0) {
            printer_space(p);
            printer_op(p, "||");
            printer_space(p);
        }
        printer_expr(p, printer_node(p, items[i])->a, PREC_NULLISH, 0);
    }
    printer_char(p, ')');
    printer_space(p);
    p->indent++;
    p->skip_indent = true;
    printer_stmt(p, jump);
    p->indent--;
    p->depth--;
    return k;
}

// Whether `stmt` (or the last statement of its block) always leaves: return, throw, break,
// continue.
static bool ends_with_jump(const Printer *p, NodeId stmt) {
    const Node *n = printer_node(p, stmt);
    if (n->kind == STMT_BLOCK) {
        uint32_t len = ast_list_len(p->ast, n->a);
        if (len == 0)
            return false;
        n = printer_node(p, ast_list_items(p->ast, n->a)[len - 1]);
    }
    return n->kind == STMT_RETURN || n->kind == STMT_THROW || n->kind == STMT_BREAK ||
           n->kind == STMT_CONTINUE;
}

// Whether a block declares something its braces scope (let, const, class, a function, which
// sloppy code hoists differently out of a block): then its statements cannot join the list
// around it.
static bool block_scopes(const Printer *p, const Node *block) {
    uint32_t len = ast_list_len(p->ast, block->a);
    const NodeId *items = ast_list_items(p->ast, block->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *s = printer_node(p, items[i]);
        if ((s->kind == STMT_VAR && s->op != VAR_VAR) || s->kind == STMT_CLASS ||
            s->kind == STMT_FUNCTION)
            return true;
    }
    return false;
}

// minify_syntax, in a statement list: `if (a) { …; return; } else { rest }` is
// `if (a) { …; return; } rest`: when the branch taken always leaves, what followed `else` runs
// exactly when it did. An `else if` chain is followed iteratively; an `else` block joins the
// list unless its braces scope a declaration. Returns false when `stmt` has not that shape.
static bool print_if_then_rest(Printer *p, NodeId stmt) {
    const Node *s = printer_node(p, stmt);
    if (s->kind != STMT_IF || s->c == NODE_NONE || printer_truthiness(p, s->a) >= 0 ||
        !ends_with_jump(p, s->b))
        return false;
    for (;;) {
        if (print_return_choice(p, stmt, unbraced(p, s->c)))
            return true;
        Node head = *s; // the `if` without its `else`
        head.c = NODE_NONE;
        ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
        print_legal_before(p, s->start);
        flush_semi(p);
        printer_indent(p);
        printer_mark(p, s->start);
        print_if(p, &head);
        p->depth--;
        NodeId rest = s->c;
        const Node *r = printer_node(p, rest);
        if (r->kind == STMT_IF && r->c != NODE_NONE && printer_truthiness(p, r->a) < 0 &&
            ends_with_jump(p, r->b)) {
            stmt = rest;
            s = r;
            continue;
        }
        if (r->kind == STMT_BLOCK && !block_scopes(p, r))
            print_list(p, ast_list_items(p->ast, r->a), ast_list_len(p->ast, r->a), END_NONE);
        else
            printer_stmt(p, rest);
        return true;
    }
}

// for (init; test; update) body
static void print_for(Printer *p, const Node *n) {
    const NodeId *tail = ast_list_items(p->ast, n->c); // [update, body]
    printer_word_cstr(p, "for");
    printer_space(p);
    printer_char(p, '(');
    if (n->a != NODE_NONE) {
        const Node *init = printer_node(p, n->a);
        if (init->kind == STMT_VAR) {
            print_var(p, init, PF_FORBID_IN);
        } else {
            p->let_start = p->out->len;
            printer_expr(p, n->a, PREC_LOWEST, PF_FORBID_IN);
        }
    }
    printer_char(p, ';');
    if (n->b != NODE_NONE) {
        printer_space(p);
        printer_expr(p, n->b, PREC_LOWEST, 0);
    }
    printer_char(p, ';');
    if (tail[0] != NODE_NONE) {
        printer_space(p);
        printer_expr(p, tail[0], PREC_LOWEST, 0);
    }
    printer_char(p, ')');
    print_loop_body(p, tail[1]);
}

// The left side of for-in/of: a declaration, or a target where `let` and `async of` would be
// read as something else.
static void print_for_left(Printer *p, const Node *n) {
    const Node *left = printer_node(p, n->a);
    if (n->kind == STMT_FOR_OF)
        p->for_of_start = p->out->len;
    else
        p->let_start = p->out->len;
    if (left->kind == STMT_VAR) {
        print_var(p, left, PF_FORBID_IN);
        return;
    }
    bool async_of = n->kind == STMT_FOR_OF && !(n->flags & NF_AWAIT) && left->kind == IDENT &&
                    str_eq_cstr(printer_ident_text(p, left), "async");
    if (async_of)
        printer_char(p, '(');
    printer_pattern(p, n->a, PF_FORBID_IN);
    if (async_of)
        printer_char(p, ')');
}

// for (left in right) body, for [await] (left of right) body
static void print_for_in_of(Printer *p, const Node *n) {
    bool of = n->kind == STMT_FOR_OF;
    printer_word_cstr(p, "for");
    if (of && (n->flags & NF_AWAIT)) {
        printer_word_cstr(p, " await");
    }
    printer_space(p);
    printer_char(p, '(');
    print_for_left(p, n);
    printer_space(p);
    printer_word_cstr(p, of ? "of" : "in");
    printer_space(p);
    // for-of takes an AssignmentExpression: a sequence needs parentheses.
    printer_expr(p, n->b, of ? PREC_COMMA : PREC_LOWEST, 0);
    printer_char(p, ')');
    print_loop_body(p, n->c);
}

// while (test) body; minify_syntax: `while (true)` is `for (;;)`, the same loop. (Every
// `while (x)` as `for (;x;)`, as esbuild writes it, made the gzipped bundles larger.)
static void print_while(Printer *p, const Node *n) {
    if (p->opt.minify_syntax && printer_truthiness(p, n->a) == 1) {
        printer_word_cstr(p, "for");
        printer_space(p);
        printer_emit(p, "(;;)", 4);
    } else {
        printer_word_cstr(p, "while");
        print_paren_expr(p, n->a);
    }
    print_loop_body(p, n->b);
}

static void print_do_while(Printer *p, const Node *n) {
    printer_word_cstr(p, "do");
    const Node *body = printer_node(p, n->a);
    if (body->kind == STMT_BLOCK) {
        printer_space(p);
        printer_block(p, body);
        printer_space(p);
    } else {
        printer_newline(p);
        p->indent++;
        printer_stmt(p, n->a);
        p->indent--;
        printer_indent(p);
    }
    flush_semi(p);
    printer_word_cstr(p, "while");
    print_paren_expr(p, n->b);
    end_stmt(p);
}

// return/throw/break/continue with an optional operand on the same line. minify_syntax:
// `return void 0;` is `return;` (the same undefined, nothing evaluated).
static void print_jump(Printer *p, const char *word, const Node *n) {
    printer_word_cstr(p, word);
    bool plain = p->opt.minify_syntax && n->kind == STMT_RETURN && is_void_literal(p, n->a);
    if (n->a != NODE_NONE && !plain) {
        const Node *arg = printer_node(p, n->a);
        printer_space(p);
        if (arg->kind == LABEL) {
            printer_mark(p, arg->start);
            printer_word(p, printer_name_text(p, arg));
        } else {
            printer_expr(p, n->a, PREC_LOWEST, 0);
        }
    }
    end_stmt(p);
}

// minify_syntax: the first of the empty `case literal:` clauses just before a `default:` that
// ends the switch (`case "a": default: x();` is `default: x();`): a value they match runs the
// default's statements, as any value no case matches does, and a literal test evaluates
// nothing. (A case after the default could match the same value: then nothing is dropped.)
static uint32_t first_dropped_case(const Printer *p, const NodeId *cases, uint32_t len) {
    if (!p->opt.minify_syntax || len == 0 || printer_node(p, cases[len - 1])->a != NODE_NONE)
        return len;
    uint32_t k = len - 1;
    while (k > 0) {
        const Node *c = printer_node(p, cases[k - 1]);
        NodeKind t = c->a == NODE_NONE ? NODE_INVALID : printer_node(p, c->a)->kind;
        if (ast_list_len(p->ast, c->b) != 0 || (t != STRING_LIT && t != NUMBER_LIT))
            break;
        k--;
    }
    return k;
}

static void print_switch(Printer *p, const Node *n) {
    printer_word_cstr(p, "switch");
    print_paren_expr(p, n->a);
    printer_space(p);
    printer_char(p, '{');
    printer_newline(p);
    p->indent++;
    uint32_t len = ast_list_len(p->ast, n->b);
    const NodeId *cases = ast_list_items(p->ast, n->b);
    uint32_t dropped = first_dropped_case(p, cases, len);
    for (uint32_t i = 0; i < len; i++) {
        if (i >= dropped && i + 1 < len)
            continue;
        const Node *c = printer_node(p, cases[i]);
        print_legal_before(p, c->start);
        flush_semi(p);
        printer_indent(p);
        printer_mark(p, c->start);
        if (c->a != NODE_NONE) {
            printer_word_cstr(p, "case");
            printer_space(p);
            printer_expr(p, c->a, PREC_LOWEST, 0);
        } else {
            printer_word_cstr(p, "default");
        }
        printer_char(p, ':');
        printer_newline(p);
        p->indent++;
        print_list(p, ast_list_items(p->ast, c->b), ast_list_len(p->ast, c->b), END_NONE);
        p->indent--;
    }
    p->indent--;
    close_brace(p);
    printer_newline(p);
}

static void print_try(Printer *p, const Node *n) {
    printer_word_cstr(p, "try");
    printer_space(p);
    const Node *block = printer_node(p, n->a);
    printer_block(p, block);
    if (n->b != NODE_NONE) {
        const Node *c = printer_node(p, n->b);
        printer_space(p);
        printer_word_cstr(p, "catch");
        if (c->a != NODE_NONE) {
            printer_space(p);
            printer_char(p, '(');
            printer_pattern(p, c->a, 0);
            printer_char(p, ')');
        }
        printer_space(p);
        const Node *body = printer_node(p, c->b);
        printer_block(p, body);
    }
    if (n->c != NODE_NONE) {
        const Node *fin = printer_node(p, n->c);
        printer_space(p);
        printer_word_cstr(p, "finally");
        printer_space(p);
        printer_block(p, fin);
    }
    printer_newline(p);
}

static void print_labeled(Printer *p, const Node *n) {
    printer_word(p, printer_name_text(p, printer_node(p, n->a)));
    printer_char(p, ':');
    if (!p->opt.minify_whitespace) {
        printer_char(p, ' ');
        p->skip_indent = true;
    }
    printer_stmt(p, n->b);
}

// ---------------------------------------------------------------------------------------------
// Module items

// A module export name or import name: a word or a string.
static void print_module_name(Printer *p, NodeId id) {
    const Node *n = printer_node(p, id);
    printer_mark(p, n->start);
    if (n->kind == STRING_LIT)
        printer_escaped(p, printer_name_text(p, n));
    else if (n->kind == IDENT || n->kind == BINDING_IDENT)
        printer_word(p, printer_ident_text(p, n));
    else
        printer_word(p, printer_name_text(p, n));
}

// The text a module name prints as, to decide whether `x as x` can be shortened. A string
// keeps its quotes, so it never equals a word.
static Str module_name_text(const Printer *p, NodeId id) {
    const Node *n = printer_node(p, id);
    if (n->kind == IDENT || n->kind == BINDING_IDENT)
        return printer_ident_text(p, n);
    return printer_name_text(p, n);
}

static void print_as(Printer *p, NodeId first, NodeId second) {
    print_module_name(p, first);
    if (second == NODE_NONE || str_eq(module_name_text(p, first), module_name_text(p, second)))
        return;
    printer_word_cstr(p, " as");
    printer_space(p);
    print_module_name(p, second);
}

// ` from "source" with { type: "json" }`
static void print_from(Printer *p, NodeId source, ListRef attributes) {
    printer_space(p);
    printer_word_cstr(p, "from");
    printer_space(p);
    print_module_name(p, source);
    if (attributes != LIST_EMPTY) {
        printer_space(p);
        printer_word_cstr(p, "with");
        printer_space(p);
        printer_properties(p, attributes, false);
    }
}

// `{ a, b as c }` of import or export specifiers.
static void print_specifier_braces(Printer *p, const NodeId *items, uint32_t len) {
    printer_char(p, '{');
    for (uint32_t i = 0; i < len; i++) {
        const Node *s = printer_node(p, items[i]);
        if (i > 0)
            printer_char(p, ',');
        printer_space(p);
        print_as(p, s->a, s->b);
    }
    if (len > 0)
        printer_space(p);
    printer_char(p, '}');
}

static void print_import(Printer *p, const Node *n) {
    printer_word_cstr(p, "import");
    uint32_t len = ast_list_len(p->ast, n->a);
    const NodeId *specs = ast_list_items(p->ast, n->a);
    if (len == 0) {
        printer_space(p);
        print_module_name(p, n->b);
    } else {
        printer_space(p);
        uint32_t i = 0;
        for (; i < len && printer_node(p, specs[i])->kind != IMPORT_SPECIFIER; i++) {
            const Node *s = printer_node(p, specs[i]);
            if (i > 0) {
                printer_char(p, ',');
                printer_space(p);
            }
            if (s->kind == IMPORT_NAMESPACE) {
                printer_op(p, "*");
                printer_space(p);
                printer_word_cstr(p, "as");
                printer_space(p);
            }
            print_module_name(p, s->a);
        }
        if (i < len) {
            if (i > 0) {
                printer_char(p, ',');
                printer_space(p);
            }
            print_specifier_braces(p, specs + i, len - i);
        }
        print_from(p, n->b, n->c);
    }
    if (len == 0 && n->c != LIST_EMPTY) {
        printer_space(p);
        printer_word_cstr(p, "with");
        printer_space(p);
        printer_properties(p, n->c, false);
    }
    end_stmt(p);
}

static void print_export_named(Printer *p, const Node *n) {
    printer_word_cstr(p, "export");
    printer_space(p);
    print_specifier_braces(p, ast_list_items(p->ast, n->a), ast_list_len(p->ast, n->a));
    if (n->b != NODE_NONE)
        print_from(p, n->b, n->c);
    end_stmt(p);
}

static void print_export_all(Printer *p, const Node *n) {
    printer_word_cstr(p, "export");
    printer_space(p);
    printer_op(p, "*");
    if (n->a != NODE_NONE) {
        printer_space(p);
        printer_word_cstr(p, "as");
        printer_space(p);
        print_module_name(p, n->a);
    }
    print_from(p, n->b, n->c);
    end_stmt(p);
}

static void print_export_default(Printer *p, const Node *n) {
    printer_word_cstr(p, "export");
    printer_word_cstr(p, " default");
    printer_space(p);
    if (n->flags & NF_DECLARATION) {
        p->skip_indent = true;
        printer_stmt(p, n->a);
        return;
    }
    p->default_start = p->out->len;
    printer_expr(p, n->a, PREC_COMMA, 0);
    end_stmt(p);
}

// ---------------------------------------------------------------------------------------------
// Runtime helpers

// The text of each helper: legacy decorators applied last to first, each may replace the
// target (class) or the property descriptor (members); a field passes `undefined` for the
// descriptor and defines nothing unless a decorator returns one.
static const char *const helper_text[HELPER_COUNT] = {
    [HELPER_DECORATE] =
            "var __decorate = function(decorators, target, key, desc) {\n"
            "  var argc = arguments.length;\n"
            "  var result = argc < 3 ? target : desc === null ? desc = "
            "Object.getOwnPropertyDescriptor(target, key) : desc;\n"
            "  for (var i = decorators.length - 1; i >= 0; i--) {\n"
            "    var d = decorators[i];\n"
            "    if (d) result = (argc < 3 ? d(result) : argc > 3 ? d(target, key, result) : "
            "d(target, key)) || result;\n"
            "  }\n"
            "  if (argc > 3 && result) Object.defineProperty(target, key, result);\n"
            "  return result;\n"
            "};\n",
    [HELPER_METADATA] = "var __metadata = function(key, value) {\n"
                        "  if (typeof Reflect === \"object\" && typeof Reflect.metadata === "
                        "\"function\") return Reflect.metadata(key, value);\n"
                        "};\n",
    [HELPER_PARAM] = "var __param = function(index, decorator) {\n"
                     "  return function(target, key) {\n"
                     "    decorator(target, key, index);\n"
                     "  };\n"
                     "};\n",
};

static void print_helper(Printer *p, RuntimeHelper h) {
    const char *s = helper_text[h];
    if (!p->opt.minify_whitespace) {
        printer_emit_cstr(p, s);
        return;
    }
    // Minified: the same text on one line, indentation and line breaks dropped.
    for (; *s; s++) {
        if (*s == '\n') {
            while (s[1] == ' ')
                s++;
            continue;
        }
        printer_char(p, *s);
    }
}

// ---------------------------------------------------------------------------------------------
// The statement switch

// Statements that print their own line end; every case delegates to a helper.
static void print_stmt_kind(Printer *p, const Node *n) {
    switch ((NodeKind)n->kind) {
    case STMT_EXPR:
        print_expr_stmt(p, n);
        break;
    case STMT_VAR:
        print_var_stmt(p, n);
        break;
    case STMT_FUNCTION:
        printer_function(p, n->a);
        printer_newline(p);
        break;
    case STMT_CLASS:
        if (n->b != LIST_EMPTY)
            printer_decorators(p, n->b);
        printer_class(p, n->a);
        printer_newline(p);
        break;
    case STMT_BLOCK:
        printer_block(p, n);
        printer_newline(p);
        break;
    case STMT_EMPTY:
        printer_char(p, ';');
        printer_newline(p);
        break;
    case STMT_IF:
        if (!p->opt.minify_syntax || (!print_constant_if(p, n) && !print_if_expression(p, n)))
            print_if(p, n);
        break;
    case STMT_FOR:
        print_for(p, n);
        break;
    case STMT_FOR_IN:
    case STMT_FOR_OF:
        print_for_in_of(p, n);
        break;
    case STMT_WHILE:
        print_while(p, n);
        break;
    case STMT_DO_WHILE:
        print_do_while(p, n);
        break;
    case STMT_RETURN:
        print_jump(p, "return", n);
        break;
    case STMT_THROW:
        print_jump(p, "throw", n);
        break;
    case STMT_BREAK:
        print_jump(p, "break", n);
        break;
    case STMT_CONTINUE:
        print_jump(p, "continue", n);
        break;
    case STMT_LABELED:
        print_labeled(p, n);
        break;
    case STMT_SWITCH:
        print_switch(p, n);
        break;
    case STMT_TRY:
        print_try(p, n);
        break;
    case STMT_WITH:
        printer_word_cstr(p, "with");
        print_paren_expr(p, n->a);
        print_body(p, n->b);
        break;
    case STMT_DEBUGGER:
        printer_word_cstr(p, "debugger");
        end_stmt(p);
        break;
    case STMT_DIRECTIVE:
        printer_escaped(p, printer_name_text(p, n));
        end_stmt(p);
        break;
    case IMPORT_DECL:
        print_import(p, n);
        break;
    case EXPORT_NAMED:
        print_export_named(p, n);
        break;
    case EXPORT_ALL:
        print_export_all(p, n);
        break;
    case EXPORT_DECL:
        printer_word_cstr(p, "export");
        printer_emit(p, " ", 1);
        p->skip_indent = true;
        printer_stmt(p, n->a);
        break;
    case EXPORT_DEFAULT:
        print_export_default(p, n);
        break;
    case STMT_HELPER:
        print_helper(p, (RuntimeHelper)n->op);
        break;
    default:
        UNREACHABLE();
    }
}

// minify_syntax: whether an expression statement evaluates nothing: `0 && x`, `1 || x` (a
// literal that skips the rest). It prints as an empty statement.
static bool is_dead_expression(const Printer *p, const Node *n) {
    if (!p->opt.minify_syntax || n->kind != STMT_EXPR)
        return false;
    const Node *e = printer_node(p, n->a);
    if (e->kind != BINARY || (e->op != TOK_AMP_AMP && e->op != TOK_BAR_BAR))
        return false;
    int truth = printer_truthiness(p, e->a);
    return truth == (e->op == TOK_BAR_BAR);
}

void printer_stmt(Printer *p, NodeId id) {
    const Node *n = printer_node(p, id);
    if (n->kind == STMT_EMPTY && (n->flags & NF_ERASED))
        return; // erased TypeScript: not even a line
    Node empty = { .kind = STMT_EMPTY, .start = n->start };
    if (is_dead_expression(p, n))
        n = &empty;
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    print_legal_before(p, n->start);
    if (continues_declaration(p, n)) {
        continue_declaration(p, n);
        p->depth--;
        return;
    }
    if (continues_expression(p, n)) {
        continue_expression(p, n);
        p->depth--;
        return;
    }
    flush_semi(p);
    printer_indent(p);
    printer_mark(p, n->start);
    print_stmt_kind(p, n);
    p->depth--;
}

// ---------------------------------------------------------------------------------------------
// Public API

void printer_init(Printer *p, const Ast *ast, Str src, StrBuf *out, const PrintOptions *opt) {
    *p = (Printer){
        .ast = ast,
        .src = src,
        .out = out,
        .opt = *opt,
        .indent = opt->indent,
        .stmt_start = SIZE_MAX,
        .let_start = SIZE_MAX,
        .for_of_start = SIZE_MAX,
        .arrow_start = SIZE_MAX,
        .default_start = SIZE_MAX,
        .glue_end = SIZE_MAX,
        .expr_end = SIZE_MAX,
        .negated_compare = NODE_NONE,
    };
}

void printer_statement(Printer *p, NodeId stmt) {
    printer_stmt(p, stmt);
    flush_semi(p);
}

void printer_statement_open(Printer *p, NodeId stmt) {
    printer_stmt(p, stmt);
}

void printer_flush(Printer *p) {
    flush_semi(p);
}

void printer_expression(Printer *p, NodeId expr) {
    printer_expr(p, expr, PREC_LOWEST, 0);
}

void printer_finish(Printer *p) {
    print_legal_before(p, UINT32_MAX);
}

// A hashbang must stay the first line for the file to run as a script.
static void print_hashbang(Printer *p) {
    LexSpan h = p->opt.hashbang;
    if (h.end <= h.start)
        return;
    printer_emit(p, p->src.ptr + h.start, h.end - h.start);
    printer_char(p, '\n');
}

void printer_program(Printer *p) {
    print_hashbang(p);
    uint32_t len = ast_list_len(p->ast, p->ast->body);
    const NodeId *items = ast_list_items(p->ast, p->ast->body);
    for (uint32_t i = 0; i < len; i++)
        printer_stmt(p, items[i]);
    flush_semi(p);
    printer_finish(p);
}
