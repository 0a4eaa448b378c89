// printer_minify: the syntax compressions of PrintOptions.minify_syntax (see printer.h and
// docs/minify.md). Each one is local — it looks at one node and its literal operands — and
// exact for every input: a number prints as the shortest text with the same double value, a
// string in the quotes that need the fewest escapes, and a branch is dropped only when its test
// is a literal and the branch declares nothing that could be seen from outside it.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "js/printer_int.h"
#include "js/token.h"

// ---------------------------------------------------------------------------------------------
// Numbers

// `1e3` for 1000 when shorter: digits with the trailing zeros taken out as an exponent.
static size_t integer_text(double v, char *buf, size_t cap) {
    char digits[32];
    int n = snprintf(digits, sizeof(digits), "%.0f", v);
    size_t zeros = 0;
    while (zeros + 1 < (size_t)n && digits[n - 1 - zeros] == '0')
        zeros++;
    if (zeros < 3)
        return (size_t)snprintf(buf, cap, "%s", digits);
    return (size_t)snprintf(buf, cap, "%.*se%zu", n - (int)zeros, digits, zeros);
}

// The shortest text that reads back as v with `%.Ng`-style (style 'g') or `%.Ne` (style 'e')
// printing, in JavaScript's spelling: no `+` or leading zeros in the exponent, no `0` before
// the point.
static size_t styled_text(double v, char style, char *buf, size_t cap) {
    int n = 0;
    for (int precision = style == 'e' ? 0 : 1; precision <= 17; precision++) {
        if (style == 'e')
            n = snprintf(buf, cap, "%.*e", precision, v);
        else
            n = snprintf(buf, cap, "%.*g", precision, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    char out[40];
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '0' && i == 0 && buf[1] == '.')
            continue; // 0.5 -> .5
        out[len++] = c;
        if (c == 'e') {
            i++;
            if (buf[i] == '-')
                out[len++] = buf[i++];
            else if (buf[i] == '+')
                i++;
            while (buf[i] == '0' && buf[i + 1])
                i++;
            i--;
        }
    }
    memcpy(buf, out, len);
    buf[len] = '\0';
    return len;
}

// `.0001` or `1e-4`, whichever is shorter.
static size_t fraction_text(double v, char *buf, size_t cap) {
    char exponent[40];
    size_t g = styled_text(v, 'g', buf, cap);
    size_t e = styled_text(v, 'e', exponent, sizeof(exponent));
    if (e < g) {
        memcpy(buf, exponent, e + 1);
        return e;
    }
    return g;
}

Str printer_min_number(Printer *p, const Node *n) {
    double v = ast_number(n);
    char *buf = p->number_buf;
    size_t cap = sizeof(p->number_buf);
    size_t len;
    if (!isfinite(v))
        return ast_text(p->ast, p->src.ptr, n->start, n->c); // `1e999` stays as written
    if (v == floor(v) && v < 1e21)
        len = integer_text(v, buf, cap);
    else
        len = fraction_text(v, buf, cap);
    Str source = ast_text(p->ast, p->src.ptr, n->start, n->c);
    // The source may already be shorter (a hex constant is not, but keep the rule simple).
    if (n->c && source.len <= len && source.ptr)
        return source;
    return (Str){ buf, len };
}

// ---------------------------------------------------------------------------------------------
// Strings

// Prints a string literal (its source spelling, quotes included) in double quotes when that
// needs no more escapes than the source's single quotes: `'` unescaped, `"` escaped.
static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

void printer_min_string_body(Printer *p, Str s) {
    size_t from = 0;
    for (size_t i = 0; i + 1 < s.len; i++) {
        if (s.ptr[i] != '\\')
            continue;
        if (i + 5 < s.len && s.ptr[i + 1] == 'u' && s.ptr[i + 2] == '0' && s.ptr[i + 3] == '0' &&
            is_hex(s.ptr[i + 4]) && is_hex(s.ptr[i + 5])) {
            printer_escaped(p, (Str){ s.ptr + from, i - from });
            printer_emit(p, "\\x", 2);
            printer_emit(p, s.ptr + i + 4, 2);
            from = i + 6;
            i += 5;
            continue;
        }
        i++; // skip what the backslash escapes
    }
    printer_escaped(p, (Str){ s.ptr + from, s.len - from });
}

void printer_min_string(Printer *p, Str s) {
    if (s.len < 2 || (s.ptr[0] != '\'' && s.ptr[0] != '"')) {
        printer_escaped(p, s);
        return;
    }
    if (s.ptr[0] == '"') {
        printer_char(p, '"');
        printer_min_string_body(p, (Str){ s.ptr + 1, s.len - 2 });
        printer_char(p, '"');
        return;
    }
    size_t doubles = 0;
    size_t escaped_singles = 0;
    for (size_t i = 1; i + 1 < s.len; i++) {
        if (s.ptr[i] == '\\')
            escaped_singles += s.ptr[++i] == '\'';
        else
            doubles += s.ptr[i] == '"';
    }
    if (doubles > escaped_singles) {
        printer_char(p, '\'');
        printer_min_string_body(p, (Str){ s.ptr + 1, s.len - 2 });
        printer_char(p, '\'');
        return;
    }
    printer_char(p, '"');
    size_t from = 1;
    for (size_t i = 1; i + 1 < s.len; i++) {
        bool escaped_single = s.ptr[i] == '\\' && s.ptr[i + 1] == '\'';
        if (!escaped_single && s.ptr[i] != '"') {
            i += s.ptr[i] == '\\'; // skip what a backslash escapes
            continue;
        }
        printer_min_string_body(p, (Str){ s.ptr + from, i - from });
        printer_emit_cstr(p, escaped_single ? "'" : "\\\"");
        i += escaped_single;
        from = i + 1;
    }
    printer_min_string_body(p, (Str){ s.ptr + from, s.len - 1 - from });
    printer_char(p, '"');
}

// ---------------------------------------------------------------------------------------------
// Constant tests

// What a name that --define (or the generate stage) replaced prints as, when it is a literal.
static int literal_text_truth(Str s) {
    if (str_eq_cstr(s, "true"))
        return 1;
    if (str_eq_cstr(s, "false") || str_eq_cstr(s, "null") || str_eq_cstr(s, "undefined") ||
        str_eq_cstr(s, "void 0") || str_eq_cstr(s, "0"))
        return 0;
    if (s.len >= 2 && (s.ptr[0] == '"' || s.ptr[0] == '\'') && s.ptr[s.len - 1] == s.ptr[0])
        return s.len > 2;
    return -1;
}

int printer_truthiness(const Printer *p, NodeId id) {
    const Node *n = printer_node(p, id);
    switch (n->kind) {
    case BOOL_LIT:
        return n->op;
    case NULL_LIT:
        return 0;
    case NUMBER_LIT: {
        double v = ast_number(n);
        return v != 0 && !isnan(v);
    }
    case STRING_LIT:
        return n->a > 2; // the spelling with its quotes: `""` is the only empty one
    case UNARY:
        if (n->op == TOK_BANG) {
            int t = printer_truthiness(p, n->a);
            return t < 0 ? -1 : !t;
        }
        if (n->op == TOK_VOID) {
            NodeKind k = printer_node(p, n->a)->kind;
            return k == NUMBER_LIT || k == STRING_LIT || k == BOOL_LIT ? 0 : -1;
        }
        return -1;
    case IDENT: {
        // Only a name that prints as a literal: a global `undefined` may be shadowed elsewhere.
        SymbolId sym = n->a;
        if (!p->opt.names || sym >= p->opt.names_len || !p->opt.names[sym].len)
            return -1;
        return literal_text_truth(p->opt.names[sym]);
    }
    default:
        return -1;
    }
}

// Whether the nodes first..last (a statement's subtree: children are numbered before their
// parents, so a subtree is a range of ids) declare something visible outside them: a `var`,
// or a function declaration (which sloppy code may hoist out of a block).
bool printer_declares_var(const Printer *p, NodeId first, NodeId last) {
    for (NodeId id = first; id <= last; id++) {
        const Node *n = printer_node(p, id);
        if ((n->kind == STMT_VAR && n->op == VAR_VAR) || n->kind == STMT_FUNCTION)
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Comparisons

static bool is_typeof(const Node *n) {
    return n->kind == UNARY && n->op == TOK_TYPEOF;
}

// An operand known to be a string: `typeof x` or a string literal.
static bool is_string_valued(const Node *n) {
    return is_typeof(n) || n->kind == STRING_LIT;
}

static bool is_undefined_string(const Printer *p, const Node *n) {
    if (n->kind != STRING_LIT || (n->flags & NF_ESCAPED))
        return false;
    Str s = printer_name_text(p, n);
    return s.len == 11 && memcmp(s.ptr + 1, "undefined", 9) == 0;
}

// The operator that tests the opposite of `op` (an equality, or `>`/`<` against "u").
static uint16_t opposite(uint16_t op) {
    switch (op) {
    case TOK_EQ_EQ_EQ:
        return TOK_NOT_EQ_EQ;
    case TOK_NOT_EQ_EQ:
        return TOK_EQ_EQ_EQ;
    case TOK_EQ_EQ:
        return TOK_NOT_EQ;
    case TOK_NOT_EQ:
        return TOK_EQ_EQ;
    case TOK_GT:
        return TOK_LT;
    case TOK_LT:
        return TOK_GT;
    default:
        UNREACHABLE();
    }
}

static uint16_t min_compare(const Printer *p, const Node *n, bool *short_u);

uint16_t printer_min_compare(const Printer *p, const Node *n, bool *short_u) {
    uint16_t op = min_compare(p, n, short_u);
    bool negated = p->negated_compare != NODE_NONE && n == printer_node(p, p->negated_compare);
    return negated ? opposite(op) : op;
}

static uint16_t min_compare(const Printer *p, const Node *n, bool *short_u) {
    *short_u = false;
    bool strict = n->op == TOK_EQ_EQ_EQ || n->op == TOK_NOT_EQ_EQ;
    bool equal = n->op == TOK_EQ_EQ_EQ || n->op == TOK_EQ_EQ;
    if (!strict && n->op != TOK_EQ_EQ && n->op != TOK_NOT_EQ)
        return n->op;
    const Node *left = printer_node(p, n->a);
    const Node *right = printer_node(p, n->b);
    // Every result of typeof but "undefined" sorts before "u", and "undefined" after it.
    if (is_typeof(left) && is_undefined_string(p, right)) {
        *short_u = true;
        return equal ? TOK_GT : TOK_LT;
    }
    // Two strings compare the same with == as with ===.
    if (strict && is_string_valued(left) && is_string_valued(right))
        return equal ? TOK_EQ_EQ : TOK_NOT_EQ;
    return n->op;
}

// ---------------------------------------------------------------------------------------------
// Property names

// A string that can be written as an identifier name (ASCII letters, digits, `_`, `$`).
bool printer_is_name_string(const Printer *p, const Node *n) {
    if (n->kind != STRING_LIT || (n->flags & NF_ESCAPED))
        return false;
    Str s = printer_name_text(p, n);
    if (s.len < 3)
        return false;
    for (size_t i = 1; i + 1 < s.len; i++) {
        char c = s.ptr[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
                  (i > 1 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}
