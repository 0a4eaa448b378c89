// ast: list storage, number packing, kind names and the debug dumper (see ast.h).
#include "js/ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/str.h"
#include "js/token.h"

void ast_init(Ast *ast, Arena *arena) {
    *ast = (Ast){ .arena = arena, .root = NODE_NONE, .body = LIST_EMPTY };
    vec_push(arena, &ast->extra, 0u); // LIST_EMPTY: a list of length 0
}

// The capacity to grow an array of `len` items (needing `need`) to: what the whole source
// needs at the density of the part parsed so far, plus an eighth, and at least an eighth more
// than now, so a file whose density rises late still grows geometrically. Without a parser
// position, plain doubling.
static uint32_t grown_capacity(const Ast *ast, uint32_t len, uint32_t cap, uint32_t need) {
    uint64_t want = (uint64_t)cap * 2 + 16;
    uint32_t pos = ast->progress ? *ast->progress : 0;
    if (pos > 0 && pos <= ast->src_len) {
        uint64_t est = (uint64_t)len * ast->src_len / pos;
        want = MAX(est + est / 8 + 64, (uint64_t)cap + cap / 8 + 16);
    }
    want = MAX(want, (uint64_t)need);
    ASSERT(want <= UINT32_MAX / 2);
    return (uint32_t)want;
}

// Moves a vector's items to a fresh array of `cap` items (the old copy stays in the arena).
static void *moved(Arena *a, const void *items, uint32_t len, uint32_t cap, size_t size) {
    void *fresh = arena_alloc(a, size * cap);
    if (len)
        memcpy(fresh, items, size * len);
    return fresh;
}

void ast_grow_nodes(Ast *ast, uint32_t need) {
    NodeVec *v = &ast->nodes;
    uint32_t cap = grown_capacity(ast, v->len, v->cap, need);
    v->items = moved(ast->arena, v->items, v->len, cap, sizeof *v->items);
    v->cap = cap;
}

void ast_grow_extra(Ast *ast, uint32_t need) {
    U32Vec *v = &ast->extra;
    uint32_t cap = grown_capacity(ast, v->len, v->cap, need);
    v->items = moved(ast->arena, v->items, v->len, cap, sizeof *v->items);
    v->cap = cap;
}

ListRef ast_list(Ast *ast, const NodeId *items, uint32_t count) {
    if (count == 0)
        return LIST_EMPTY;
    if (ast->extra.cap < ast->extra.len + count + 1)
        ast_grow_extra(ast, ast->extra.len + count + 1);
    ListRef ref = ast->extra.len;
    ast->extra.items[ast->extra.len++] = count;
    memcpy(&ast->extra.items[ast->extra.len], items, sizeof *items * count);
    ast->extra.len += count;
    return ref;
}

double ast_number(const Node *n) {
    uint64_t bits = (uint64_t)n->a | (uint64_t)n->b << 32;
    double v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

void ast_set_number(Node *n, double v) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    n->a = (uint32_t)bits;
    n->b = (uint32_t)(bits >> 32);
}

const char *ast_kind_name(NodeKind kind) {
    static const char *const names[NODE_KIND_COUNT] = {
        [NODE_INVALID] = "NODE_INVALID",
        [STMT_EXPR] = "STMT_EXPR",
        [STMT_VAR] = "STMT_VAR",
        [DECLARATOR] = "DECLARATOR",
        [STMT_FUNCTION] = "STMT_FUNCTION",
        [STMT_CLASS] = "STMT_CLASS",
        [STMT_BLOCK] = "STMT_BLOCK",
        [STMT_EMPTY] = "STMT_EMPTY",
        [STMT_IF] = "STMT_IF",
        [STMT_FOR] = "STMT_FOR",
        [STMT_FOR_IN] = "STMT_FOR_IN",
        [STMT_FOR_OF] = "STMT_FOR_OF",
        [STMT_WHILE] = "STMT_WHILE",
        [STMT_DO_WHILE] = "STMT_DO_WHILE",
        [STMT_RETURN] = "STMT_RETURN",
        [STMT_THROW] = "STMT_THROW",
        [STMT_BREAK] = "STMT_BREAK",
        [STMT_CONTINUE] = "STMT_CONTINUE",
        [STMT_LABELED] = "STMT_LABELED",
        [STMT_SWITCH] = "STMT_SWITCH",
        [SWITCH_CASE] = "SWITCH_CASE",
        [STMT_TRY] = "STMT_TRY",
        [CATCH] = "CATCH",
        [STMT_WITH] = "STMT_WITH",
        [STMT_DEBUGGER] = "STMT_DEBUGGER",
        [STMT_DIRECTIVE] = "STMT_DIRECTIVE",
        [LABEL] = "LABEL",
        [IMPORT_DECL] = "IMPORT_DECL",
        [IMPORT_DEFAULT] = "IMPORT_DEFAULT",
        [IMPORT_NAMESPACE] = "IMPORT_NAMESPACE",
        [IMPORT_SPECIFIER] = "IMPORT_SPECIFIER",
        [EXPORT_NAMED] = "EXPORT_NAMED",
        [EXPORT_SPECIFIER] = "EXPORT_SPECIFIER",
        [EXPORT_ALL] = "EXPORT_ALL",
        [EXPORT_DECL] = "EXPORT_DECL",
        [EXPORT_DEFAULT] = "EXPORT_DEFAULT",
        [IDENT] = "IDENT",
        [BINDING_IDENT] = "BINDING_IDENT",
        [NAME] = "NAME",
        [PRIVATE_NAME] = "PRIVATE_NAME",
        [THIS] = "THIS",
        [SUPER] = "SUPER",
        [NULL_LIT] = "NULL_LIT",
        [BOOL_LIT] = "BOOL_LIT",
        [NUMBER_LIT] = "NUMBER_LIT",
        [BIGINT_LIT] = "BIGINT_LIT",
        [STRING_LIT] = "STRING_LIT",
        [REGEXP_LIT] = "REGEXP_LIT",
        [TEMPLATE] = "TEMPLATE",
        [TEMPLATE_PART] = "TEMPLATE_PART",
        [ARRAY] = "ARRAY",
        [OBJECT] = "OBJECT",
        [PROPERTY] = "PROPERTY",
        [STATIC_BLOCK] = "STATIC_BLOCK",
        [FUNC] = "FUNC",
        [CLASS] = "CLASS",
        [CLASS_DECORATED] = "CLASS_DECORATED",
        [JSX_ELEMENT] = "JSX_ELEMENT",
        [JSX_ATTR] = "JSX_ATTR",
        [JSX_TEXT] = "JSX_TEXT",
        [JSX_EXPR] = "JSX_EXPR",
        [UNARY] = "UNARY",
        [UPDATE] = "UPDATE",
        [AWAIT] = "AWAIT",
        [YIELD] = "YIELD",
        [BINARY] = "BINARY",
        [ASSIGN] = "ASSIGN",
        [CONDITIONAL] = "CONDITIONAL",
        [SEQUENCE] = "SEQUENCE",
        [CALL] = "CALL",
        [NEW] = "NEW",
        [MEMBER] = "MEMBER",
        [INDEX] = "INDEX",
        [SPREAD] = "SPREAD",
        [NEW_TARGET] = "NEW_TARGET",
        [IMPORT_META] = "IMPORT_META",
        [IMPORT_CALL] = "IMPORT_CALL",
        [ARRAY_PATTERN] = "ARRAY_PATTERN",
        [OBJECT_PATTERN] = "OBJECT_PATTERN",
        [ASSIGN_PATTERN] = "ASSIGN_PATTERN",
        [REST] = "REST",
        [STMT_HELPER] = "STMT_HELPER",
    };
    ASSERT(kind < NODE_KIND_COUNT && names[kind]);
    return names[kind];
}

// ---------------------------------------------------------------------------------------------
// Dump

// How ast_dump prints each kind: a short tag and the meaning of a, b, c: 'n' node, 'l' list,
// 't' source text of length a (from start), '-' nothing.
typedef struct DumpShape {
    const char *tag;
    char ops[4];
} DumpShape;

static const DumpShape dump_shapes[NODE_KIND_COUNT] = {
    [NODE_INVALID] = { "invalid", "---" },
    [STMT_EXPR] = { "expr", "n--" },
    [STMT_VAR] = { "var", "l--" },
    [DECLARATOR] = { "decl", "nn-" },
    [STMT_FUNCTION] = { "fndecl", "n--" },
    [STMT_CLASS] = { "classdecl", "n--" },
    [STMT_BLOCK] = { "block", "l--" },
    [STMT_EMPTY] = { "empty", "---" },
    [STMT_IF] = { "if", "nnn" },
    [STMT_FOR] = { "for", "nnl" },
    [STMT_FOR_IN] = { "for-in", "nnn" },
    [STMT_FOR_OF] = { "for-of", "nnn" },
    [STMT_WHILE] = { "while", "nn-" },
    [STMT_DO_WHILE] = { "do", "nn-" },
    [STMT_RETURN] = { "return", "n--" },
    [STMT_THROW] = { "throw", "n--" },
    [STMT_BREAK] = { "break", "n--" },
    [STMT_CONTINUE] = { "continue", "n--" },
    [STMT_LABELED] = { "labeled", "nn-" },
    [STMT_SWITCH] = { "switch", "nl-" },
    [SWITCH_CASE] = { "case", "nl-" },
    [STMT_TRY] = { "try", "nnn" },
    [CATCH] = { "catch", "nn-" },
    [STMT_WITH] = { "with", "nn-" },
    [STMT_DEBUGGER] = { "debugger", "---" },
    [STMT_DIRECTIVE] = { "directive", "t--" },
    [LABEL] = { NULL, "t--" },
    [IMPORT_DECL] = { "import", "lnl" },
    [IMPORT_DEFAULT] = { "default", "n--" },
    [IMPORT_NAMESPACE] = { "ns", "n--" },
    [IMPORT_SPECIFIER] = { "spec", "nn-" },
    [EXPORT_NAMED] = { "export", "lnl" },
    [EXPORT_SPECIFIER] = { "spec", "nn-" },
    [EXPORT_ALL] = { "export-all", "nnl" },
    [EXPORT_DECL] = { "export-decl", "n--" },
    [EXPORT_DEFAULT] = { "export-default", "n--" },
    [NAME] = { NULL, "t--" },
    [PRIVATE_NAME] = { NULL, "t--" },
    [THIS] = { "this", "---" },
    [SUPER] = { "super", "---" },
    [NULL_LIT] = { "null", "---" },
    [BIGINT_LIT] = { NULL, "t--" },
    [STRING_LIT] = { NULL, "t--" },
    [REGEXP_LIT] = { NULL, "t--" },
    [TEMPLATE] = { "template", "nl-" },
    [TEMPLATE_PART] = { NULL, "t--" },
    [ARRAY] = { "array", "l--" },
    [OBJECT] = { "object", "l--" },
    [PROPERTY] = { "prop", "nn-" },
    [STATIC_BLOCK] = { "static-block", "l--" },
    [FUNC] = { "fn", "nln" },
    [CLASS] = { "class", "nnl" },
    [CLASS_DECORATED] = { "class-decorated", "nl-" },
    [JSX_ELEMENT] = { "jsx", "nll" },
    [JSX_ATTR] = { "jsx-attr", "nn-" },
    [JSX_TEXT] = { NULL, "t--" },
    [JSX_EXPR] = { "jsx-expr", "n--" },
    [UNARY] = { "unary", "n--" },
    [UPDATE] = { "update", "n--" },
    [AWAIT] = { "await", "n--" },
    [YIELD] = { "yield", "n--" },
    [BINARY] = { "binary", "nn-" },
    [ASSIGN] = { "assign", "nn-" },
    [CONDITIONAL] = { "cond", "nnn" },
    [SEQUENCE] = { "seq", "l--" },
    [CALL] = { "call", "nl-" },
    [NEW] = { "new", "nl-" },
    [MEMBER] = { "member", "nn-" },
    [INDEX] = { "index", "nn-" },
    [SPREAD] = { "spread", "n--" },
    [NEW_TARGET] = { "new.target", "---" },
    [IMPORT_META] = { "import.meta", "---" },
    [IMPORT_CALL] = { "import()", "nn-" },
    [ARRAY_PATTERN] = { "array-pattern", "l--" },
    [OBJECT_PATTERN] = { "object-pattern", "l--" },
    [ASSIGN_PATTERN] = { "assign-pattern", "nn-" },
    [REST] = { "rest", "n--" },
    [STMT_HELPER] = { "helper", "---" },
};

// The `:flag` words of a node, for the kinds whose flags matter.
static void dump_flags(const Node *x, StrBuf *out) {
    static const char *const var_kinds[] = { "var", "let", "const", "using", "await-using" };
    static const char *const prop_kinds[] = {
        "", "method", "get", "set", "constructor", "accessor"
    };
    uint8_t f = x->flags;
    switch (x->kind) {
    case STMT_VAR:
        strbuf_printf(out, ":%s", var_kinds[x->op]);
        break;
    case FUNC:
        strbuf_printf(out, "%s%s%s%s", f & NF_ASYNC ? ":async" : "", f & NF_GENERATOR ? ":gen" : "",
                      f & NF_ARROW ? ":arrow" : "", f & NF_EXPR_BODY ? ":expr" : "");
        break;
    case PROPERTY:
        if (x->op)
            strbuf_printf(out, ":%s", prop_kinds[x->op]);
        strbuf_printf(out, "%s%s%s", f & NF_COMPUTED ? ":computed" : "",
                      f & NF_STATIC ? ":static" : "", f & NF_SHORTHAND ? ":short" : "");
        break;
    case CALL:
    case NEW:
    case MEMBER:
    case INDEX:
        strbuf_printf(out, "%s%s%s%s", f & NF_OPTIONAL ? ":opt" : "",
                      f & NF_OPTIONAL_CHAIN ? ":chain" : "",
                      (f & NF_PARENTHESIZED) && x->kind != NEW ? ":paren" : "",
                      f & NF_PURE ? ":pure" : "");
        break;
    case UNARY:
    case BINARY:
    case ASSIGN:
    case UPDATE:
        strbuf_printf(out, " %s", token_name((TokenKind)x->op));
        if (x->kind == UPDATE && (f & NF_PREFIX))
            strbuf_append_cstr(out, ":prefix");
        break;
    case YIELD:
        if (f & NF_DELEGATE)
            strbuf_append_cstr(out, ":delegate");
        break;
    case STMT_FOR_OF:
        if (f & NF_AWAIT)
            strbuf_append_cstr(out, ":await");
        break;
    case EXPORT_DEFAULT:
        if (f & NF_DECLARATION)
            strbuf_append_cstr(out, ":decl");
        break;
    default:
        break;
    }
    if ((x->kind == FUNC || x->kind == STMT_VAR) && (f & NF_NO_SIDE_EFFECTS))
        strbuf_append_cstr(out, ":no-side-effects");
}

static void dump_list(const Ast *ast, const char *src, ListRef l, StrBuf *out) {
    strbuf_append_char(out, '[');
    uint32_t count = ast_list_len(ast, l);
    for (uint32_t i = 0; i < count; i++) {
        if (i)
            strbuf_append_char(out, ' ');
        ast_dump(ast, src, ast_list_items(ast, l)[i], out);
    }
    strbuf_append_char(out, ']');
}

static void dump_symbol(uint32_t sym, char sep, StrBuf *out) {
    strbuf_append_char(out, sep);
    if (sym == ID_NONE)
        strbuf_append_char(out, '?');
    else
        strbuf_append_u64(out, sym);
}

static void append_text(const Ast *ast, const char *src, uint32_t start, uint32_t len,
                        StrBuf *out) {
    Str s = ast_text(ast, src, start, len);
    strbuf_append_bytes(out, s.ptr, s.len);
}

void ast_dump(const Ast *ast, const char *src, NodeId n, StrBuf *out) {
    if (n == NODE_NONE) {
        strbuf_append_char(out, '_');
        return;
    }
    const Node *x = ast_node(ast, n);
    switch (x->kind) {
    case IDENT:
    case BINDING_IDENT:
        append_text(ast, src, x->start, x->b, out);
        dump_symbol(x->a, x->kind == IDENT ? '@' : '#', out);
        return;
    case NUMBER_LIT:
        append_text(ast, src, x->start, x->c, out);
        return;
    case BOOL_LIT:
        strbuf_append_cstr(out, x->op ? "true" : "false");
        return;
    default:
        break;
    }
    const DumpShape *shape = &dump_shapes[x->kind];
    if (!shape->tag) {
        append_text(ast, src, x->start, x->a, out);
        return;
    }
    strbuf_append_char(out, '(');
    strbuf_append_cstr(out, shape->tag);
    dump_flags(x, out);
    const uint32_t ops[3] = { x->a, x->b, x->c };
    for (int i = 0; i < 3; i++) {
        char k = shape->ops[i];
        if (k == '-')
            continue;
        strbuf_append_char(out, ' ');
        if (k == 'n')
            ast_dump(ast, src, ops[i], out);
        else if (k == 'l')
            dump_list(ast, src, ops[i], out);
        else
            append_text(ast, src, x->start, x->a, out);
    }
    strbuf_append_char(out, ')');
}

void ast_dump_program(const Ast *ast, const char *src, StrBuf *out) {
    uint32_t count = ast_list_len(ast, ast->body);
    for (uint32_t i = 0; i < count; i++) {
        if (i)
            strbuf_append_char(out, ' ');
        ast_dump(ast, src, ast_list_items(ast, ast->body)[i], out);
    }
}

uint32_t ast_synth(Ast *ast, Str text) {
    uint32_t at = ast->synth.len;
    ASSERT(at < AST_SYNTH - text.len);
    for (size_t i = 0; i < text.len; i++)
        vec_push(ast->arena, &ast->synth, text.ptr[i]);
    return AST_SYNTH | at;
}

// A UNARY or BINARY node of operator op at start.
static NodeId add_op(Ast *ast, NodeKind kind, TokenKind op, uint32_t start, NodeId a, NodeId b) {
    NodeId n = ast_add(ast, kind, start, a, b, 0);
    ast_node(ast, n)->op = (uint16_t)op;
    return n;
}

NodeId ast_add_number(Ast *ast, uint32_t start, double d) {
    if (isnan(d) || isinf(d)) {
        NodeId one = ast_add_number(ast, start, isnan(d) ? 0 : 1);
        NodeId div = add_op(ast, BINARY, TOK_SLASH, start, one, ast_add_number(ast, start, 0));
        return d < 0 ? add_op(ast, UNARY, TOK_MINUS, start, div, 0) : div;
    }
    if (d < 0 || (d == 0 && signbit(d)))
        return add_op(ast, UNARY, TOK_MINUS, start, ast_add_number(ast, start, -d), 0);
    char buf[40];
    int len = 0;
    if (d == trunc(d) && d < 1e21) {
        len = snprintf(buf, sizeof buf, "%.0f", d); // JavaScript prints integers in full
    } else {
        for (int prec = 1; prec <= 17; prec++) {
            len = snprintf(buf, sizeof buf, "%.*g", prec, d);
            if (strtod(buf, NULL) == d)
                break;
        }
    }
    NodeId n = ast_add(ast, NUMBER_LIT, ast_synth(ast, (Str){ buf, (size_t)len }), 0, 0,
                       (uint32_t)len);
    ast_set_number(ast_node(ast, n), d);
    return n;
}

bool ast_static_property(const Ast *ast, const char *src, const Node *n, Str *name) {
    const Node *key = n->kind == MEMBER || n->kind == INDEX ? ast_node(ast, n->b) : NULL;
    if (key && n->kind == MEMBER && key->kind == NAME) {
        *name = ast_text(ast, src, key->start, key->a);
        return true;
    }
    if (key && n->kind == INDEX && key->kind == STRING_LIT && !(key->flags & NF_ESCAPED) &&
        key->a >= 2) {
        Str quoted = ast_text(ast, src, key->start, key->a);
        *name = (Str){ quoted.ptr + 1, quoted.len - 2 };
        return true;
    }
    return false;
}
