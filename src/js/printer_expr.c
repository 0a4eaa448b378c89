// printer_expr: expressions, patterns, functions, classes and object literals (see printer.h).
//
// Every expression is printed at a level (Prec): it is parenthesized when the level is at least
// its own binding power, so a left-associative operator prints its left operand one level
// lower than its right one. Hazards that precedence cannot see — a statement starting with
// `function`, `class`, `{` or `let [`, an arrow body starting with `{`, `export default`
// followed by `function` — are caught by comparing the output offset with the start offsets the
// statement printer records (Printer.stmt_start…): the node printed exactly there wraps itself.
#include <math.h>
#include <string.h>

#include "js/printer_int.h"
#include "js/token.h"

static void open_paren(Printer *p, bool wrap) {
    if (wrap)
        printer_char(p, '(');
}

static void close_paren(Printer *p, bool wrap) {
    if (wrap)
        printer_char(p, ')');
}

static void comma(Printer *p) {
    printer_char(p, ',');
    printer_space(p);
}

// ---------------------------------------------------------------------------------------------
// Literals and names

static void print_ident(Printer *p, const Node *n) {
    Str s = printer_ident_text(p, n);
    // `for (let of x)` and `for (let.x of y)` would read `let` as a declaration.
    bool wrap = p->out->len == p->for_of_start && str_eq_cstr(s, "let");
    open_paren(p, wrap);
    printer_word(p, s);
    close_paren(p, wrap);
}

static Str number_text(Printer *p, const Node *n) {
    // A number the generate stage made has no source text (c = 0): it prints from its value.
    if (p->opt.minify_syntax || n->c == 0)
        return printer_min_number(p, n);
    return ast_text(p->ast, p->src.ptr, n->start, n->c);
}

static void print_number(Printer *p, const Node *n) {
    printer_word(p, number_text(p, n));
    p->glue_end = p->out->len;
}

static void print_string(Printer *p, const Node *n) {
    if (p->opt.minify_syntax)
        printer_min_string(p, printer_name_text(p, n));
    else
        printer_escaped(p, printer_name_text(p, n));
}

// `!0` and `!1`: a prefix expression now, parenthesized where one would be.
static void print_min_bool(Printer *p, const Node *n, Prec level) {
    bool wrap = level >= PREC_PREFIX;
    open_paren(p, wrap);
    printer_op(p, "!");
    printer_char(p, n->op ? '0' : '1');
    p->glue_end = p->out->len;
    close_paren(p, wrap);
}

static void print_regexp(Printer *p, const Node *n) {
    printer_op_space(p, '/');
    printer_escaped(p, printer_name_text(p, n));
    p->glue_end = p->out->len;
}

// `a${b}c` from the raw parts; the tag is printed by the caller.
static void print_template_body(Printer *p, const Node *n) {
    printer_char(p, '`');
    uint32_t len = ast_list_len(p->ast, n->b);
    const NodeId *items = ast_list_items(p->ast, n->b);
    for (uint32_t i = 0; i < len; i++) {
        const Node *item = printer_node(p, items[i]);
        if (i % 2 == 0) {
            // A tag reads the raw text: only an untagged template's escapes may change.
            if (p->opt.minify_syntax && n->a == NODE_NONE)
                printer_min_string_body(p, printer_name_text(p, item));
            else
                printer_escaped(p, printer_name_text(p, item));
            continue;
        }
        printer_emit(p, "${", 2);
        printer_expr(p, items[i], PREC_LOWEST, 0);
        printer_char(p, '}');
    }
    printer_char(p, '`');
}

static bool is_chain_link(const Node *n) {
    return (n->kind == MEMBER || n->kind == INDEX || n->kind == CALL) &&
           (n->flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN));
}

// A link of an optional chain that continues into the enclosing member or call.
static bool is_optional_link(const Node *n) {
    return is_chain_link(n) && !(n->flags & NF_PARENTHESIZED);
}

// `(a?.b).c`: the parentheses end the chain (the parser also flags parenthesized links of
// ordinary chains, where they mean nothing and are dropped).
static bool ends_chain(const Node *n, Prec level) {
    return is_chain_link(n) && (n->flags & NF_PARENTHESIZED) && level >= PREC_POSTFIX;
}

// ---------------------------------------------------------------------------------------------
// Arrays, objects and properties

static void print_array(Printer *p, const Node *n) {
    printer_char(p, '[');
    uint32_t len = ast_list_len(p->ast, n->a);
    const NodeId *items = ast_list_items(p->ast, n->a);
    for (uint32_t i = 0; i < len; i++) {
        if (i > 0)
            comma(p);
        if (items[i] != NODE_NONE)
            printer_expr(p, items[i], PREC_COMMA, 0);
    }
    // A trailing hole needs its own comma: `[a, ,]` has two elements.
    if (len > 0 && items[len - 1] == NODE_NONE)
        printer_char(p, ',');
    printer_char(p, ']');
}

// minify_syntax: whether a string key's content is an integer that prints back as itself
// (`"10"`: no sign, no leading zero, below 2^53), so that the number is the same key.
static bool is_index_string(Str quoted) {
    if (quoted.len < 3 || quoted.len > 2 + 15 || (quoted.ptr[1] == '0' && quoted.len > 3))
        return false;
    for (size_t i = 1; i + 1 < quoted.len; i++) {
        if (quoted.ptr[i] < '0' || quoted.ptr[i] > '9')
            return false;
    }
    return true;
}

// minify_syntax: whether a computed key `["name"]` may be written `name` (or `"name"`): the
// same property name, unless it is one a literal key treats specially: `__proto__` (sets the
// prototype in an object), `constructor` and `prototype` (in a class), or a word that can
// start a class member (`get`, `static`, …), kept out of the way. Strings with escapes are
// left alone.
static bool is_plain_computed_string(const Printer *p, const Node *key) {
    static const char *const special[] = { "__proto__", "constructor", "prototype", "get",
                                           "set",       "static",      "async",     "accessor" };
    if (key->kind != STRING_LIT)
        return false;
    Str text = printer_name_text(p, key);
    if (memchr(text.ptr, '\\', text.len))
        return false;
    Str inner = { text.ptr + 1, text.len - 2 };
    for (size_t i = 0; i < countof(special); i++) {
        if (str_eq_cstr(inner, special[i]))
            return false;
    }
    return true;
}

void printer_key(Printer *p, const Node *prop) {
    const Node *key = printer_node(p, prop->a);
    // `[1]: x` is `1: x`: a computed number key is the number's string, as a literal one is.
    if ((prop->flags & NF_COMPUTED) && p->opt.minify_syntax && key->kind == NUMBER_LIT) {
        printer_mark(p, key->start);
        print_number(p, key);
        return;
    }
    bool computed = (prop->flags & NF_COMPUTED) &&
                    !(p->opt.minify_syntax && is_plain_computed_string(p, key));
    if (computed) {
        printer_char(p, '[');
        printer_expr(p, prop->a, PREC_COMMA, 0);
        printer_char(p, ']');
        return;
    }
    printer_mark(p, key->start);
    switch (key->kind) {
    case NAME:
    case PRIVATE_NAME:
    case BIGINT_LIT:
        printer_word(p, printer_name_text(p, key));
        break;
    case STRING_LIT:
        if (p->opt.minify_syntax &&
            (printer_is_name_string(p, key) || is_index_string(printer_name_text(p, key)))) {
            Str text = printer_name_text(p, key); // { "a": 1, "2": 3 } is { a: 1, 2: 3 }
            printer_word(p, (Str){ text.ptr + 1, text.len - 2 });
        } else {
            print_string(p, key);
        }
        break;
    case NUMBER_LIT:
        print_number(p, key);
        break;
    default:
        printer_expr(p, prop->a, PREC_COMMA, 0);
        break;
    }
}

// `(params) body` of a function, method or accessor.
static void print_params_body(Printer *p, const Node *fn) {
    printer_char(p, '(');
    uint32_t len = ast_list_len(p->ast, fn->b);
    const NodeId *params = ast_list_items(p->ast, fn->b);
    for (uint32_t i = 0; i < len; i++) {
        if (i > 0)
            comma(p);
        printer_pattern(p, params[i], 0);
    }
    printer_char(p, ')');
    printer_space(p);
    const Node *body = printer_node(p, fn->c);
    printer_function_body(p, body);
}

// `async *key(params) {}`, `get key() {}`, `set key(v) {}` (objects and classes).
static void print_method(Printer *p, const Node *prop) {
    const Node *fn = printer_node(p, prop->b);
    if (prop->op == PROP_GET || prop->op == PROP_SET) {
        printer_word_cstr(p, prop->op == PROP_GET ? "get" : "set");
        printer_space(p);
    }
    if (fn->flags & NF_ASYNC) {
        printer_word_cstr(p, "async");
        printer_space(p);
    }
    if (fn->flags & NF_GENERATOR)
        printer_op(p, "*");
    printer_key(p, prop);
    print_params_body(p, fn);
}

// The identifier a shorthand property stands for (`a` in `{ a }` and `{ a = 1 }`).
static const Node *shorthand_target(const Printer *p, const Node *prop) {
    const Node *v = printer_node(p, prop->b);
    if (v->kind == ASSIGN_PATTERN || v->kind == ASSIGN)
        v = printer_node(p, v->a);
    return v->kind == IDENT || v->kind == BINDING_IDENT ? v : NULL;
}

static bool is_reserved_text(Str s) {
    for (int kw = KW_BREAK; kw <= KW_WITH; kw++) {
        if (str_eq_cstr(s, keyword_name((Keyword)kw)))
            return true;
    }
    return false;
}

// minify_syntax: whether `key: name` may print as the shorthand `name`: the key is an
// identifier name spelled as the value prints (after renaming), which is a plain name (not a
// reserved word a --define put there), and not `__proto__` (which as `key: value` sets the
// prototype of an object, and as a shorthand defines a property).
static bool can_shorten(const Printer *p, const Node *prop) {
    const Node *key = printer_node(p, prop->a);
    const Node *v = printer_node(p, prop->b);
    if (!p->opt.minify_syntax || key->kind != NAME || (prop->flags & NF_COMPUTED) ||
        (v->kind != IDENT && v->kind != BINDING_IDENT))
        return false;
    Str key_text = printer_name_text(p, key);
    return str_eq(printer_ident_text(p, v), key_text) && !str_eq_cstr(key_text, "__proto__") &&
           !is_reserved_text(key_text);
}

// `key: value`, or `value` alone when a shorthand still names the same thing after renaming.
static void print_init_property(Printer *p, const Node *prop, bool in_object) {
    const Node *key = printer_node(p, prop->a);
    if (!(prop->flags & NF_SHORTHAND) && can_shorten(p, prop)) {
        printer_expr(p, prop->b, PREC_COMMA, 0);
        return;
    }
    if (prop->flags & NF_SHORTHAND) {
        const Node *target = shorthand_target(p, prop);
        Str key_text = printer_name_text(p, key);
        if (target && str_eq(printer_ident_text(p, target), key_text)) {
            printer_expr(p, prop->b, PREC_COMMA, 0);
            return;
        }
        // `{ __proto__ }` defines a property; `{ __proto__: x }` would set the prototype.
        if (in_object && str_eq_cstr(key_text, "__proto__")) {
            printer_emit_cstr(p, "[\"__proto__\"]:");
            printer_space(p);
            printer_expr(p, prop->b, PREC_COMMA, 0);
            return;
        }
    }
    printer_key(p, prop);
    printer_char(p, ':');
    printer_space(p);
    printer_expr(p, prop->b, PREC_COMMA, 0);
}

static void print_property(Printer *p, NodeId id, bool in_object) {
    const Node *n = printer_node(p, id);
    if (n->kind != PROPERTY) {
        printer_expr(p, id, PREC_COMMA, 0); // SPREAD or REST
        return;
    }
    if (n->op == PROP_INIT)
        print_init_property(p, n, in_object);
    else
        print_method(p, n);
}

void printer_properties(Printer *p, ListRef props, bool multiline) {
    uint32_t len = ast_list_len(p->ast, props);
    const NodeId *items = ast_list_items(p->ast, props);
    multiline = multiline && len > 0 && !p->opt.minify_whitespace;
    printer_char(p, '{');
    if (multiline) {
        printer_newline(p);
        p->indent++;
    }
    for (uint32_t i = 0; i < len; i++) {
        if (multiline) {
            printer_indent(p);
        } else {
            printer_space(p);
        }
        print_property(p, items[i], true);
        if (i + 1 < len)
            printer_char(p, ',');
        if (multiline)
            printer_newline(p);
    }
    if (multiline) {
        p->indent--;
        printer_indent(p);
    } else if (len > 0) {
        printer_space(p);
    }
    printer_char(p, '}');
}

// Readable objects go one property per line when a property holds a function body.
static bool object_is_multiline(const Printer *p, const Node *n) {
    uint32_t len = ast_list_len(p->ast, n->a);
    const NodeId *items = ast_list_items(p->ast, n->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *prop = printer_node(p, items[i]);
        if (prop->kind != PROPERTY || prop->b == NODE_NONE)
            continue;
        if (prop->op != PROP_INIT)
            return true;
        const Node *v = printer_node(p, prop->b);
        if (v->kind == CLASS || (v->kind == FUNC && !(v->flags & NF_EXPR_BODY)))
            return true;
    }
    return false;
}

static void print_object(Printer *p, const Node *n) {
    size_t at = p->out->len;
    bool wrap = at == p->stmt_start || at == p->arrow_start;
    open_paren(p, wrap);
    printer_properties(p, n->a, object_is_multiline(p, n));
    close_paren(p, wrap);
}

static void print_object_pattern(Printer *p, const Node *n) {
    uint32_t len = ast_list_len(p->ast, n->a);
    const NodeId *items = ast_list_items(p->ast, n->a);
    printer_char(p, '{');
    for (uint32_t i = 0; i < len; i++) {
        printer_space(p);
        print_property(p, items[i], false);
        if (i + 1 < len)
            printer_char(p, ',');
    }
    if (len > 0)
        printer_space(p);
    printer_char(p, '}');
}

void printer_pattern(Printer *p, NodeId id, unsigned flags) {
    printer_expr(p, id, PREC_COMMA, flags);
}

// ---------------------------------------------------------------------------------------------
// Functions and classes

// minify_syntax: the value of an arrow body that is only `{ return value; }`, which the concise
// body `value` means exactly; NODE_NONE otherwise.
static NodeId returned_value(const Printer *p, const Node *body) {
    if (body->kind != STMT_BLOCK || ast_list_len(p->ast, body->a) != 1)
        return NODE_NONE;
    const Node *s = printer_node(p, ast_list_items(p->ast, body->a)[0]);
    return s->kind == STMT_RETURN ? s->a : NODE_NONE;
}

static void print_arrow(Printer *p, const Node *fn, unsigned flags) {
    if (fn->flags & NF_NO_SIDE_EFFECTS)
        printer_annotation(p, "/* @__NO_SIDE_EFFECTS__ */");
    if (fn->flags & NF_ASYNC) {
        printer_word_cstr(p, "async");
        printer_space(p);
    }
    uint32_t len = ast_list_len(p->ast, fn->b);
    const NodeId *params = ast_list_items(p->ast, fn->b);
    bool bare = p->opt.minify_whitespace && len == 1 &&
                printer_node(p, params[0])->kind == BINDING_IDENT;
    if (bare) {
        printer_pattern(p, params[0], 0);
    } else {
        printer_char(p, '(');
        for (uint32_t i = 0; i < len; i++) {
            if (i > 0)
                comma(p);
            printer_pattern(p, params[i], 0);
        }
        printer_char(p, ')');
    }
    printer_space(p);
    printer_op(p, "=>");
    printer_space(p);
    const Node *body = printer_node(p, fn->c);
    NodeId returned = p->opt.minify_syntax ? returned_value(p, body) : NODE_NONE;
    if (fn->flags & NF_EXPR_BODY) {
        p->arrow_start = p->out->len;
        printer_expr(p, fn->c, PREC_COMMA, flags & PF_FORBID_IN);
    } else if (returned != NODE_NONE) {
        p->arrow_start = p->out->len; // `() => { return {}; }` is `() => ({})`
        printer_expr(p, returned, PREC_COMMA, flags & PF_FORBID_IN);
    } else {
        // (Not in a for-init, where an `in` of the value would end the head.)
        p->arrow_start = p->out->len;
        if ((flags & PF_FORBID_IN) || !printer_arrow_value(p, body))
            printer_function_body(p, body);
    }
}

void printer_function(Printer *p, NodeId func) {
    const Node *fn = printer_node(p, func);
    if (fn->flags & NF_ARROW) {
        print_arrow(p, fn, 0);
        return;
    }
    if (fn->flags & NF_NO_SIDE_EFFECTS)
        printer_annotation(p, "/* @__NO_SIDE_EFFECTS__ */");
    if (fn->flags & NF_ASYNC)
        printer_word_cstr(p, "async ");
    printer_word_cstr(p, "function");
    if (fn->flags & NF_GENERATOR)
        printer_op(p, "*");
    if (fn->a != NODE_NONE) {
        printer_space(p);
        printer_expr(p, fn->a, PREC_LOWEST, 0);
    }
    print_params_body(p, fn);
}

// One class element on its own line: field, accessor, method or static block.
void printer_decorators(Printer *p, ListRef decorators) {
    uint32_t len = ast_list_len(p->ast, decorators);
    for (uint32_t i = 0; i < len; i++) {
        NodeId d = ast_list_items(p->ast, decorators)[i];
        NodeKind k = (NodeKind)printer_node(p, d)->kind;
        // `@a.b(c)` as is; anything else inside `@( … )`.
        bool plain = k == IDENT || k == MEMBER || k == CALL;
        printer_char(p, '@');
        open_paren(p, !plain);
        printer_expr(p, d, plain ? PREC_POSTFIX : PREC_LOWEST, 0);
        close_paren(p, !plain);
        printer_char(p, ' ');
    }
}

static void print_class_member(Printer *p, NodeId id) {
    const Node *m = printer_node(p, id);
    printer_indent(p);
    printer_mark(p, m->start);
    if (m->kind == PROPERTY && m->c != LIST_EMPTY)
        printer_decorators(p, m->c);
    if (m->kind == STATIC_BLOCK) {
        printer_word_cstr(p, "static");
        printer_space(p);
        printer_block(p, m);
        printer_newline(p);
        return;
    }
    if (m->flags & NF_STATIC) {
        printer_word_cstr(p, "static");
        printer_space(p);
    }
    if (m->op == PROP_INIT || m->op == PROP_ACCESSOR) {
        if (m->op == PROP_ACCESSOR) {
            printer_word_cstr(p, "accessor");
            printer_space(p);
        }
        printer_key(p, m);
        if (m->b != NODE_NONE) {
            printer_space(p);
            printer_op(p, "=");
            printer_space(p);
            printer_expr(p, m->b, PREC_COMMA, 0);
        }
        // Always terminated: `a` then `[b]() {}` or `*g() {}` would continue the field.
        printer_char(p, ';');
    } else {
        print_method(p, m);
    }
    printer_newline(p);
}

void printer_class(Printer *p, NodeId cls) {
    const Node *c = printer_node(p, cls);
    printer_word_cstr(p, "class");
    if (c->a != NODE_NONE) {
        printer_space(p);
        printer_expr(p, c->a, PREC_LOWEST, 0);
    }
    if (c->b != NODE_NONE) {
        printer_space(p);
        printer_word_cstr(p, "extends");
        printer_space(p);
        // ClassHeritage is a LeftHandSideExpression.
        printer_expr(p, c->b, PREC_POSTFIX, 0);
    }
    printer_space(p);
    printer_char(p, '{');
    printer_newline(p);
    p->indent++;
    uint32_t len = ast_list_len(p->ast, c->c);
    const NodeId *members = ast_list_items(p->ast, c->c);
    for (uint32_t i = 0; i < len; i++)
        print_class_member(p, members[i]);
    p->indent--;
    printer_indent(p);
    printer_char(p, '}');
}

// A function or class in expression position: `function` and `class` may not start a statement
// or follow `export default`.
static bool at_declaration_start(const Printer *p) {
    size_t at = p->out->len;
    return at == p->stmt_start || at == p->default_start;
}

static void print_func_expr(Printer *p, NodeId id, const Node *fn, Prec level, unsigned flags) {
    if (fn->flags & NF_ARROW) {
        bool wrap = level >= PREC_ASSIGN;
        open_paren(p, wrap);
        print_arrow(p, fn, wrap ? 0 : flags);
        close_paren(p, wrap);
        return;
    }
    Str original;
    if (printer_renamed_expr(p, fn, &original)) {
        printer_name_open(p, flags);
        printer_function(p, id);
        printer_name_close(p, original, flags);
        return;
    }
    bool wrap = at_declaration_start(p);
    open_paren(p, wrap);
    printer_function(p, id);
    close_paren(p, wrap);
}

// `class {}` or, for CLASS_DECORATED, `@d class {}`: in parentheses where a declaration
// would start. A renamed class keeps its name through the name helper.
static void print_class_expr(Printer *p, NodeId id, unsigned flags) {
    Str original;
    const Node *cls = printer_node(p, id);
    if (cls->kind == CLASS && printer_renamed_expr(p, cls, &original)) {
        printer_name_open(p, flags);
        printer_class(p, id);
        printer_name_close(p, original, flags);
        return;
    }
    bool wrap = at_declaration_start(p);
    open_paren(p, wrap);
    const Node *n = printer_node(p, id);
    if (n->kind == CLASS_DECORATED) {
        printer_decorators(p, n->b);
        id = n->a;
    }
    printer_class(p, id);
    close_paren(p, wrap);
}

// ---------------------------------------------------------------------------------------------
// Operators

static Prec binary_prec(uint16_t op) {
    switch ((TokenKind)op) {
    case TOK_QUESTION_QUESTION:
        return PREC_NULLISH;
    case TOK_BAR_BAR:
        return PREC_OR;
    case TOK_AMP_AMP:
        return PREC_AND;
    case TOK_BAR:
        return PREC_BIT_OR;
    case TOK_CARET:
        return PREC_BIT_XOR;
    case TOK_AMP:
        return PREC_BIT_AND;
    case TOK_EQ_EQ:
    case TOK_NOT_EQ:
    case TOK_EQ_EQ_EQ:
    case TOK_NOT_EQ_EQ:
        return PREC_EQUALS;
    case TOK_LT:
    case TOK_GT:
    case TOK_LT_EQ:
    case TOK_GT_EQ:
    case TOK_IN:
    case TOK_INSTANCEOF:
        return PREC_COMPARE;
    case TOK_SHL:
    case TOK_SHR:
    case TOK_USHR:
        return PREC_SHIFT;
    case TOK_PLUS:
    case TOK_MINUS:
        return PREC_ADD;
    case TOK_STAR:
    case TOK_SLASH:
    case TOK_PERCENT:
        return PREC_MULTIPLY;
    case TOK_STAR_STAR:
        return PREC_EXPONENT;
    default:
        UNREACHABLE();
    }
}

static bool is_logical(const Node *n) {
    return n->kind == BINARY && (n->op == TOK_BAR_BAR || n->op == TOK_AMP_AMP);
}

static bool binary_wraps(const Node *n, Prec level, unsigned flags) {
    return level >= binary_prec(n->op) || (n->op == TOK_IN && (flags & PF_FORBID_IN));
}

// The level of a binary node's left operand: one below its own (left-associative), its own
// for `**`; `??` may not mix with `||`/`&&` unparenthesized, nor `**` take a unary operand.
static Prec left_level(const Printer *p, const Node *n) {
    Prec prec = binary_prec(n->op);
    const Node *left = printer_node(p, n->a);
    if (n->op == TOK_QUESTION_QUESTION && is_logical(left))
        return PREC_PREFIX;
    if (n->op == TOK_STAR_STAR) {
        // A minified `true` prints as the prefix expression `!0`.
        bool prefix_bool = left->kind == BOOL_LIT && p->opt.minify_syntax;
        if (left->kind == UNARY || left->kind == AWAIT || prefix_bool)
            return PREC_PREFIX;
        return prec;
    }
    return prec - 1;
}

static Prec right_level(const Printer *p, const Node *n) {
    Prec prec = binary_prec(n->op);
    if (n->op == TOK_QUESTION_QUESTION && is_logical(printer_node(p, n->b)))
        return PREC_PREFIX;
    return n->op == TOK_STAR_STAR ? prec - 1 : prec;
}

// The left spine of a chain, innermost last: PRINTER_SPINE ids on the C stack, the rest of a
// long chain on the heap (through the output's Mem), so a chain costs O(1) stack.
typedef struct Spine {
    NodeId local[PRINTER_SPINE];
    U32Vec heap;
    uint32_t len;
} Spine;

static void spine_push(Printer *p, Spine *s, NodeId id) {
    if (s->len < PRINTER_SPINE)
        s->local[s->len] = id;
    else
        vec_push_heap(p->out->mem, MEM_OUTPUT, &s->heap, id);
    s->len++;
}

static NodeId spine_pop(Spine *s) {
    s->len--;
    return s->len < PRINTER_SPINE ? s->local[s->len] : s->heap.items[s->len - PRINTER_SPINE];
}

static void spine_free(Printer *p, Spine *s) {
    if (s->heap.items)
        vec_free_heap(p->out->mem, &s->heap);
}

// ` op ` (readable) or `op` with hazard spacing (minified); `in`/`instanceof` are words.
static void print_binary_op(Printer *p, uint16_t op) {
    const char *s = token_name((TokenKind)op);
    printer_space(p);
    if (op == TOK_IN || op == TOK_INSTANCEOF)
        printer_word_cstr(p, s);
    else
        printer_op(p, s);
    printer_space(p);
}

// Prints a binary node. Its left spine of unparenthesized left-associative operators (`a + b +
// c …`, which the parser builds in a loop, unbounded) is walked iteratively.
static void print_binary(Printer *p, NodeId id, Prec level, unsigned flags) {
    const Node *n = printer_node(p, id);
    bool wrap = binary_wraps(n, level, flags);
    if (wrap)
        flags = 0;
    open_paren(p, wrap);
    Spine spine = { .len = 0 };
    spine_push(p, &spine, id);
    while (n->op != TOK_STAR_STAR) {
        const Node *left = printer_node(p, n->a);
        if (left->kind != BINARY || binary_wraps(left, left_level(p, n), flags))
            break;
        spine_push(p, &spine, n->a);
        n = left;
    }
    printer_expr(p, n->a, left_level(p, n), flags);
    while (spine.len > 0) {
        const Node *b = printer_node(p, spine_pop(&spine));
        bool short_u = false;
        uint16_t op = p->opt.minify_syntax ? printer_min_compare(p, b, &short_u) : b->op;
        print_binary_op(p, op);
        if (short_u)
            printer_emit_cstr(p, "\"u\"");
        else
            printer_expr(p, b->b, right_level(p, b), flags);
    }
    spine_free(p, &spine);
    close_paren(p, wrap);
}

// minify_syntax: whether n is `1 / 0` (what `Infinity` becomes, generate/minify.c).
static bool is_one_over_zero(const Printer *p, const Node *n) {
    if (n->kind != BINARY || n->op != TOK_SLASH)
        return false;
    const Node *l = printer_node(p, n->a);
    const Node *r = printer_node(p, n->b);
    return l->kind == NUMBER_LIT && r->kind == NUMBER_LIT && ast_number(l) == 1 &&
           ast_number(r) == 0 && !signbit(ast_number(r));
}

// `-(1 / 0)` is `-1 / 0` (both -Infinity) and `+(1 / 0)` is `1 / 0`: a division, parenthesized
// where one would be.
static void print_signed_infinity(Printer *p, const Node *n, Prec level) {
    bool wrap = level >= PREC_MULTIPLY;
    open_paren(p, wrap);
    if (n->op == TOK_MINUS)
        printer_op(p, "-");
    printer_expr(p, n->a, PREC_LOWEST, 0);
    close_paren(p, wrap);
}

static void print_unary(Printer *p, const Node *n, Prec level, unsigned flags) {
    if (p->opt.minify_syntax && (n->op == TOK_MINUS || n->op == TOK_PLUS) &&
        is_one_over_zero(p, printer_node(p, n->a))) {
        print_signed_infinity(p, n, level);
        return;
    }
    bool wrap = level >= PREC_PREFIX;
    open_paren(p, wrap);
    const char *s = token_name((TokenKind)n->op);
    if (n->op == TOK_TYPEOF || n->op == TOK_VOID || n->op == TOK_DELETE) {
        printer_word_cstr(p, s);
        printer_space(p);
    } else {
        printer_op(p, s);
    }
    printer_expr(p, n->a, PREC_PREFIX - 1, wrap ? 0 : flags);
    close_paren(p, wrap);
}

static void print_update(Printer *p, const Node *n, Prec level, unsigned flags) {
    const char *s = n->op == TOK_PLUS_PLUS ? "++" : "--";
    if (n->flags & NF_PREFIX) {
        bool wrap = level >= PREC_PREFIX;
        open_paren(p, wrap);
        printer_op(p, s);
        printer_expr(p, n->a, PREC_PREFIX - 1, 0);
        close_paren(p, wrap);
        return;
    }
    bool wrap = level >= PREC_POSTFIX;
    open_paren(p, wrap);
    printer_expr(p, n->a, PREC_POSTFIX - 1, wrap ? 0 : flags);
    printer_op(p, s);
    close_paren(p, wrap);
}

static void print_await(Printer *p, const Node *n, Prec level, unsigned flags) {
    bool wrap = level >= PREC_PREFIX;
    open_paren(p, wrap);
    printer_word_cstr(p, "await");
    printer_space(p);
    printer_expr(p, n->a, PREC_PREFIX - 1, wrap ? 0 : flags);
    close_paren(p, wrap);
}

static void print_yield(Printer *p, const Node *n, Prec level, unsigned flags) {
    bool wrap = level >= PREC_ASSIGN;
    open_paren(p, wrap);
    printer_word_cstr(p, "yield");
    if (n->flags & NF_DELEGATE)
        printer_op(p, "*");
    if (n->a != NODE_NONE) {
        printer_space(p);
        printer_expr(p, n->a, PREC_YIELD, wrap ? 0 : flags);
    }
    close_paren(p, wrap);
}

static void print_assign(Printer *p, const Node *n, Prec level, unsigned flags) {
    // `{a} = b` at a statement or arrow-body start must be `({a} = b)`, not `({a}) = b`.
    const Node *target = printer_node(p, n->a);
    size_t at = p->out->len;
    bool object_first = (target->kind == OBJECT_PATTERN || target->kind == OBJECT) &&
                        (at == p->stmt_start || at == p->arrow_start);
    bool wrap = level >= PREC_ASSIGN || object_first;
    if (wrap)
        flags = 0;
    open_paren(p, wrap);
    printer_expr(p, n->a, PREC_ASSIGN, flags);
    printer_space(p);
    printer_op(p, token_name((TokenKind)n->op));
    printer_space(p);
    // `x = function () {}` names the function "x"; so do `||=`, `&&=` and `??=` (§13.15.2).
    bool names = n->op == TOK_EQ || n->op == TOK_BAR_BAR_EQ || n->op == TOK_AMP_AMP_EQ ||
                 n->op == TOK_QUESTION_QUESTION_EQ;
    if (names)
        printer_value(p, n->a, n->b, PREC_ASSIGN - 1, flags);
    else
        printer_expr(p, n->b, PREC_ASSIGN - 1, flags);
    close_paren(p, wrap);
}

// Whether expression n always gives a boolean: a comparison, `in`, `instanceof` or `!`.
static bool is_boolean_valued(const Node *n) {
    if (n->kind == UNARY)
        return n->op == TOK_BANG;
    if (n->kind != BINARY)
        return false;
    switch (n->op) {
    case TOK_LT:
    case TOK_GT:
    case TOK_LT_EQ:
    case TOK_GT_EQ:
    case TOK_EQ_EQ:
    case TOK_NOT_EQ:
    case TOK_EQ_EQ_EQ:
    case TOK_NOT_EQ_EQ:
    case TOK_IN:
    case TOK_INSTANCEOF:
        return true;
    default:
        return false;
    }
}

// minify_syntax: `a ? true : false` is `!!a` (just `a` when a is boolean-valued), and
// `a ? false : true` is `!a`: a is evaluated once either way, and the value is ToBoolean(a) or
// its negation. Returns false when the branches are not two different boolean literals.
static bool print_boolean_conditional(Printer *p, const Node *n, Prec level, unsigned flags) {
    const Node *yes = printer_node(p, n->b);
    const Node *no = printer_node(p, n->c);
    if (!p->opt.minify_syntax || yes->kind != BOOL_LIT || no->kind != BOOL_LIT ||
        !yes->op == !no->op)
        return false;
    const Node *test = printer_node(p, n->a);
    if (yes->op && is_boolean_valued(test)) {
        printer_expr(p, n->a, level, flags);
        return true;
    }
    bool wrap = level >= PREC_PREFIX;
    open_paren(p, wrap);
    printer_op(p, yes->op ? "!!" : "!");
    printer_expr(p, n->a, PREC_PREFIX - 1, wrap ? 0 : flags);
    close_paren(p, wrap);
    return true;
}

static void print_conditional(Printer *p, const Node *n, Prec level, unsigned flags) {
    if (print_boolean_conditional(p, n, level, flags))
        return;
    bool wrap = level >= PREC_CONDITIONAL;
    if (wrap)
        flags = 0;
    open_paren(p, wrap);
    // minify_syntax: `!a ? b : c` is `a ? c : b`. a is evaluated once either way, `!a` is true
    // exactly when a is falsy, and the same one branch runs.
    NodeId test = n->a;
    NodeId yes = n->b;
    NodeId no = n->c;
    const Node *t = printer_node(p, test);
    if (p->opt.minify_syntax && t->kind == UNARY && t->op == TOK_BANG) {
        test = t->a;
        yes = n->c;
        no = n->b;
    }
    printer_expr(p, test, PREC_CONDITIONAL, flags);
    printer_space(p);
    printer_char(p, '?');
    printer_space(p);
    printer_expr(p, yes, PREC_YIELD, flags);
    printer_space(p);
    printer_char(p, ':');
    printer_space(p);
    printer_expr(p, no, PREC_YIELD, flags);
    close_paren(p, wrap);
}

// The items of a sequence with nested sequences spliced in: `(a, b), c` and `a, (b, c)` print
// as `a, b, c`, since the comma operator is associative (esbuild prints them so too). Nesting
// needs parentheses in the source, so the parser's depth bound holds for this recursion.
static void print_sequence_items(Printer *p, const Node *n, unsigned flags, bool *first) {
    uint32_t len = ast_list_len(p->ast, n->a);
    const NodeId *items = ast_list_items(p->ast, n->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *item = printer_node(p, items[i]);
        if (item->kind == SEQUENCE) {
            print_sequence_items(p, item, flags, first);
            continue;
        }
        if (!*first)
            comma(p);
        *first = false;
        printer_expr(p, items[i], PREC_COMMA, flags);
    }
}

static void print_sequence(Printer *p, const Node *n, Prec level, unsigned flags) {
    bool wrap = level >= PREC_COMMA;
    if (wrap)
        flags = 0;
    open_paren(p, wrap);
    bool first = true;
    print_sequence_items(p, n, flags, &first);
    close_paren(p, wrap);
}

// ---------------------------------------------------------------------------------------------
// Calls and members

static void print_args(Printer *p, ListRef args) {
    printer_char(p, '(');
    uint32_t len = ast_list_len(p->ast, args);
    const NodeId *items = ast_list_items(p->ast, args);
    for (uint32_t i = 0; i < len; i++) {
        if (i > 0)
            comma(p);
        printer_expr(p, items[i], PREC_COMMA, 0);
    }
    printer_char(p, ')');
}

static void print_new(Printer *p, const Node *n, Prec level) {
    bool pure = n->flags & NF_PURE;
    bool wrap = level >= PREC_CALL || (pure && level >= PREC_POSTFIX);
    open_paren(p, wrap);
    if (pure)
        printer_annotation(p, "/* @__PURE__ */");
    printer_word_cstr(p, "new");
    printer_space(p);
    // A call inside the callee would take new's arguments: `new (f())()`, `new (a()).b()`.
    printer_expr(p, n->a, PREC_NEW, PF_FORBID_CALL);
    // minify_syntax: `new X()` is `new X`, unless a link or a `new` follows (`new X().y` is not
    // `new X.y`; objects and callees print at PREC_POSTFIX and above).
    if (!p->opt.minify_syntax || ast_list_len(p->ast, n->b) > 0 || level >= PREC_POSTFIX)
        print_args(p, n->b);
    close_paren(p, wrap);
}

static void print_import_call(Printer *p, const Node *n, unsigned flags) {
    bool wrap = flags & PF_FORBID_CALL;
    open_paren(p, wrap);
    printer_word_cstr(p, "import");
    printer_char(p, '(');
    printer_expr(p, n->a, PREC_COMMA, 0);
    if (n->b != NODE_NONE) {
        comma(p);
        printer_expr(p, n->b, PREC_COMMA, 0);
    }
    printer_char(p, ')');
    close_paren(p, wrap);
}

// Chains. A member access, index, call or tagged template is a link whose object (callee, tag)
// is printed first: `a.b(c)[d]`. The parser builds chains in a loop, without a depth bound,
// so the printer walks a chain's links iteratively (Spine).

static bool is_link(const Node *n) {
    return n->kind == MEMBER || n->kind == INDEX || n->kind == CALL ||
           (n->kind == TEMPLATE && n->a != NODE_NONE);
}

// Whether link n, printed at level with flags, needs parentheses.
static bool link_wraps(const Node *n, Prec level, unsigned flags) {
    switch ((NodeKind)n->kind) {
    case CALL:
        // A pure comment covers only a whole call; `(a?.b)()` differs from `a?.b()`.
        return level >= PREC_NEW || (flags & PF_FORBID_CALL) ||
               ((n->flags & NF_PURE) && level >= PREC_POSTFIX) || ends_chain(n, level);
    case MEMBER:
    case INDEX:
        return ends_chain(n, level) || ((flags & PF_FORBID_CALL) && is_optional_link(n));
    default:
        return false;
    }
}

// The flags a link passes to its object: a call's callee may hold calls even inside `new`
// (the call itself was parenthesized then).
static unsigned link_object_flags(const Node *n, unsigned flags) {
    if (n->kind == CALL)
        return flags & PF_FORBID_IN;
    if (n->kind == TEMPLATE)
        return flags & PF_FORBID_CALL;
    return flags & (PF_FORBID_CALL | PF_FORBID_IN);
}

// `1.x` reads as the number `1.` followed by `x`: decimal integers need `1..x`, and integers
// with a leading zero (legacy octal, `08`) parentheses.
typedef enum NumberDot { DOT_PLAIN, DOT_EXTRA, DOT_PARENS } NumberDot;

static NumberDot number_dot(Printer *p, const Node *n) {
    Str s = number_text(p, n);
    for (size_t i = 0; i < s.len; i++) {
        if (!((s.ptr[i] >= '0' && s.ptr[i] <= '9') || s.ptr[i] == '_'))
            return DOT_PLAIN;
    }
    return s.len > 1 && s.ptr[0] == '0' ? DOT_PARENS : DOT_EXTRA;
}

// True when the object of link n must be parenthesized whatever its precedence: `(let)[0]` at
// a statement start, `(010).x`, and an optional chain as a tag (`a?.b\`\`` is an early error).
static bool object_needs_parens(Printer *p, const Node *n) {
    const Node *obj = printer_node(p, n->a);
    if (n->kind == TEMPLATE)
        return is_optional_link(obj);
    if (n->kind == INDEX && !(n->flags & NF_OPTIONAL) && obj->kind == IDENT) {
        size_t at = p->out->len;
        return (at == p->stmt_start || at == p->let_start) &&
               str_eq_cstr(printer_ident_text(p, obj), "let");
    }
    return n->kind == MEMBER && obj->kind == NUMBER_LIT && !(n->flags & NF_OPTIONAL) &&
           number_dot(p, obj) == DOT_PARENS;
}

// The innermost object of a chain, with the hazards that depend on the link after it.
static void print_link_object(Printer *p, const Node *n, unsigned flags) {
    const Node *obj = printer_node(p, n->a);
    bool parens = object_needs_parens(p, n);
    open_paren(p, parens);
    printer_expr(p, n->a, PREC_POSTFIX, parens ? 0 : flags);
    close_paren(p, parens);
    if (n->kind == MEMBER && obj->kind == NUMBER_LIT && !(n->flags & NF_OPTIONAL) &&
        number_dot(p, obj) == DOT_EXTRA)
        printer_char(p, '.');
}

// What a link adds after its object: `.name`, `?.[x]`, `(args)`, `` `…` ``.
static void print_link_suffix(Printer *p, const Node *n) {
    bool optional = n->flags & NF_OPTIONAL;
    switch ((NodeKind)n->kind) {
    case MEMBER: {
        const Node *name = printer_node(p, n->b);
        printer_emit_cstr(p, optional ? "?." : ".");
        printer_mark(p, name->start);
        Str text = printer_name_text(p, name);
        printer_emit(p, text.ptr, text.len);
        break;
    }
    case INDEX:
        // (Not after a number: `1.toFixed` would not read as a member.)
        if (p->opt.minify_syntax && printer_is_name_string(p, printer_node(p, n->b)) &&
            printer_node(p, n->a)->kind != NUMBER_LIT) {
            Str text = printer_name_text(p, printer_node(p, n->b)); // a["b"] is a.b
            printer_emit_cstr(p, optional ? "?." : ".");
            printer_emit(p, text.ptr + 1, text.len - 2);
            break;
        }
        printer_emit_cstr(p, optional ? "?.[" : "[");
        printer_expr(p, n->b, PREC_LOWEST, 0);
        printer_char(p, ']');
        break;
    case CALL:
        if (optional)
            printer_emit(p, "?.", 2);
        print_args(p, n->b);
        break;
    case TEMPLATE:
        print_template_body(p, n);
        break;
    default:
        UNREACHABLE();
    }
}

static void print_chain(Printer *p, NodeId id, Prec level, unsigned flags) {
    const Node *n = printer_node(p, id);
    bool wrap = link_wraps(n, level, flags);
    if (wrap)
        flags = 0;
    open_paren(p, wrap);
    // The comment marks the outermost call of the chain it starts (js/parser: parse_lhs), so
    // it goes first; a pure call inside a chain is parenthesized by link_wraps.
    if (n->kind == CALL && (n->flags & NF_PURE))
        printer_annotation(p, "/* @__PURE__ */");
    Spine spine = { .len = 0 };
    spine_push(p, &spine, id);
    for (;;) {
        unsigned inner = link_object_flags(n, flags);
        const Node *obj = printer_node(p, n->a);
        if (!is_link(obj) || link_wraps(obj, PREC_POSTFIX, inner) || object_needs_parens(p, n))
            break;
        spine_push(p, &spine, n->a);
        n = obj;
        flags = inner;
    }
    print_link_object(p, n, link_object_flags(n, flags));
    while (spine.len > 0)
        print_link_suffix(p, printer_node(p, spine_pop(&spine)));
    spine_free(p, &spine);
    close_paren(p, wrap);
}

// ---------------------------------------------------------------------------------------------
// The expression switch

static void print_spread(Printer *p, const Node *n) {
    printer_emit(p, "...", 3);
    printer_expr(p, n->a, PREC_COMMA, 0);
}

static void print_assign_pattern(Printer *p, const Node *n) {
    printer_expr(p, n->a, PREC_COMMA, 0);
    printer_space(p);
    printer_op(p, "=");
    printer_space(p);
    printer_value(p, n->a, n->b, PREC_COMMA, 0);
}

static void print_keyword_literal(Printer *p, const Node *n) {
    switch ((NodeKind)n->kind) {
    case THIS:
        printer_word_cstr(p, "this");
        break;
    case SUPER:
        printer_word_cstr(p, "super");
        break;
    case NULL_LIT:
        printer_word_cstr(p, "null");
        break;
    case BOOL_LIT:
        printer_word_cstr(p, n->op ? "true" : "false");
        break;
    case NEW_TARGET:
        printer_word_cstr(p, "new.target");
        break;
    case IMPORT_META:
        printer_word_cstr(p, "import.meta");
        break;
    default:
        UNREACHABLE();
    }
}

void printer_expr(Printer *p, NodeId id, Prec level, unsigned flags) {
    ASSERT(++p->depth <= PRINTER_MAX_DEPTH);
    const Node *n = printer_node(p, id);
    printer_mark(p, n->start);
    switch ((NodeKind)n->kind) {
    case IDENT:
        print_ident(p, n);
        break;
    case BINDING_IDENT:
        printer_word(p, printer_ident_text(p, n));
        break;
    case NAME:
    case PRIVATE_NAME:
    case BIGINT_LIT:
        printer_word(p, printer_name_text(p, n));
        break;
    case BOOL_LIT:
        if (p->opt.minify_syntax)
            print_min_bool(p, n, level);
        else
            print_keyword_literal(p, n);
        break;
    case THIS:
    case SUPER:
    case NULL_LIT:
    case NEW_TARGET:
    case IMPORT_META:
        print_keyword_literal(p, n);
        break;
    case NUMBER_LIT:
        print_number(p, n);
        break;
    case STRING_LIT:
        if (ast_is_synth(n->start) && n->b)
            printer_mark(p, n->b - 1); // a name made a string (a TypeScript enum's key)
        print_string(p, n);
        break;
    case REGEXP_LIT:
        print_regexp(p, n);
        break;
    case TEMPLATE:
        if (n->a != NODE_NONE)
            print_chain(p, id, level, flags);
        else
            print_template_body(p, n);
        break;
    case ARRAY:
    case ARRAY_PATTERN:
        print_array(p, n);
        break;
    case OBJECT:
        print_object(p, n);
        break;
    case OBJECT_PATTERN:
        print_object_pattern(p, n);
        break;
    case FUNC:
        print_func_expr(p, id, n, level, flags);
        break;
    case CLASS:
    case CLASS_DECORATED:
        print_class_expr(p, id, flags);
        break;
    case JSX_ELEMENT:
        printer_jsx_element(p, id);
        break;
    case UNARY:
        print_unary(p, n, level, flags);
        break;
    case UPDATE:
        print_update(p, n, level, flags);
        break;
    case AWAIT:
        print_await(p, n, level, flags);
        break;
    case YIELD:
        print_yield(p, n, level, flags);
        break;
    case BINARY:
        print_binary(p, id, level, flags);
        break;
    case ASSIGN:
        print_assign(p, n, level, flags);
        break;
    case CONDITIONAL:
        print_conditional(p, n, level, flags);
        break;
    case SEQUENCE:
        print_sequence(p, n, level, flags);
        break;
    case CALL:
    case MEMBER:
    case INDEX:
        print_chain(p, id, level, flags);
        break;
    case NEW:
        print_new(p, n, level);
        break;
    case SPREAD:
    case REST:
        print_spread(p, n);
        break;
    case IMPORT_CALL:
        print_import_call(p, n, flags);
        break;
    case ASSIGN_PATTERN:
        print_assign_pattern(p, n);
        break;
    default:
        UNREACHABLE();
    }
    p->depth--;
}
