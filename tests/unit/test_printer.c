// Tests of js/printer. Two kinds: trees built by hand over a synthetic source (names and
// literals are slices of it), which pin the printer's own decisions whatever the parser does;
// and round trips through the parser: a table of source -> readable and minified output, each
// checked for idempotence (printing the reparsed output gives the same text).
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/ast.h"
#include "js/parser.h"
#include "js/printer.h"
#include "js/token.h"
#include "test.h"

// ---------------------------------------------------------------------------------------------
// Hand-built trees

typedef struct TreeFixture {
    Mem *mem;
    Arena arena;
    Ast ast;
    StrBuf src; // names and literals of the tree, appended as nodes are made
    StrBuf out;
} TreeFixture;

static void tree_open(TreeFixture *f) {
    f->mem = mem_create();
    arena_init(&f->arena, f->mem, MEM_AST, 0);
    ast_init(&f->ast, &f->arena);
    strbuf_init(&f->src, f->mem, MEM_OTHER);
    strbuf_init(&f->out, f->mem, MEM_OTHER);
    strbuf_append_char(&f->src, ' '); // no name starts at 0
}

static void tree_close(TreeFixture *f) {
    strbuf_deinit(&f->out);
    strbuf_deinit(&f->src);
    arena_deinit(&f->arena);
    mem_destroy(f->mem);
}

// Appends s to the source and returns its offset.
static uint32_t text(TreeFixture *f, const char *s) {
    uint32_t at = (uint32_t)f->src.len;
    strbuf_append_cstr(&f->src, s);
    strbuf_append_char(&f->src, ' ');
    return at;
}

static NodeId node(TreeFixture *f, NodeKind kind, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(&f->ast, kind, 0, a, b, c);
}

static NodeId with_op(TreeFixture *f, NodeId id, unsigned op, unsigned flags) {
    ast_node(&f->ast, id)->op = (uint16_t)op;
    ast_node(&f->ast, id)->flags = (uint8_t)flags;
    return id;
}

// A node whose operand a is the length of a name starting at `start`.
static NodeId named(TreeFixture *f, NodeKind kind, const char *s) {
    uint32_t at = text(f, s);
    return ast_add(&f->ast, kind, at, (uint32_t)strlen(s), 0, 0);
}

static NodeId ident_sym(TreeFixture *f, const char *s, SymbolId sym) {
    uint32_t at = text(f, s);
    return ast_add(&f->ast, IDENT, at, sym, (uint32_t)strlen(s), 0);
}

static NodeId id(TreeFixture *f, const char *s) {
    return ident_sym(f, s, ID_NONE);
}

static NodeId binding(TreeFixture *f, const char *s) {
    NodeId b = id(f, s);
    ast_node(&f->ast, b)->kind = BINDING_IDENT;
    return b;
}

static NodeId num(TreeFixture *f, const char *s) {
    uint32_t at = text(f, s);
    return ast_add(&f->ast, NUMBER_LIT, at, 0, 0, (uint32_t)strlen(s));
}

static ListRef list(TreeFixture *f, uint32_t n, ...) {
    NodeId items[16];
    va_list ap;
    va_start(ap, n);
    for (uint32_t i = 0; i < n; i++)
        items[i] = va_arg(ap, NodeId);
    va_end(ap);
    return ast_list(&f->ast, items, n);
}

static NodeId bin(TreeFixture *f, TokenKind op, NodeId l, NodeId r) {
    return with_op(f, node(f, BINARY, l, r, 0), op, 0);
}

static NodeId unary(TreeFixture *f, TokenKind op, NodeId x) {
    return with_op(f, node(f, UNARY, x, 0, 0), op, 0);
}

static NodeId member(TreeFixture *f, NodeId obj, const char *name) {
    return node(f, MEMBER, obj, named(f, NAME, name), 0);
}

static NodeId call0(TreeFixture *f, NodeId callee) {
    return node(f, CALL, callee, LIST_EMPTY, 0);
}

static NodeId stmt(TreeFixture *f, NodeId expr) {
    return node(f, STMT_EXPR, expr, 0, 0);
}

static NodeId block(TreeFixture *f, ListRef stmts) {
    return node(f, STMT_BLOCK, stmts, 0, 0);
}

// Prints one statement (is_stmt) or expression with the given options.
static Str tree_print(TreeFixture *f, NodeId root, bool is_stmt, const PrintOptions *opt) {
    strbuf_clear(&f->out);
    Printer p;
    printer_init(&p, &f->ast, strbuf_str(&f->src), &f->out, opt);
    if (is_stmt)
        printer_statement(&p, root);
    else
        printer_expression(&p, root);
    return strbuf_str(&f->out);
}

static Str print_min(TreeFixture *f, NodeId root, bool is_stmt) {
    PrintOptions opt = { .minify_whitespace = true };
    return tree_print(f, root, is_stmt, &opt);
}

static Str print_pretty(TreeFixture *f, NodeId root, bool is_stmt) {
    PrintOptions opt = { 0 };
    return tree_print(f, root, is_stmt, &opt);
}

TEST(test_printer_tree_precedence) {
    TreeFixture f;
    tree_open(&f);
    // (a + b) * c, a - (b - c), a - b - c
    NodeId e = bin(&f, TOK_STAR, bin(&f, TOK_PLUS, id(&f, "a"), id(&f, "b")), id(&f, "c"));
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("(a + b) * c"));
    e = bin(&f, TOK_MINUS, id(&f, "a"), bin(&f, TOK_MINUS, id(&f, "b"), id(&f, "c")));
    CHECK_STR_EQ(print_min(&f, e, false), STR("a-(b-c)"));
    e = bin(&f, TOK_MINUS, bin(&f, TOK_MINUS, id(&f, "a"), id(&f, "b")), id(&f, "c"));
    CHECK_STR_EQ(print_min(&f, e, false), STR("a-b-c"));
    // (-a) ** b, a ** b ** c, (a ** b) ** c, -(a ** b)
    e = bin(&f, TOK_STAR_STAR, unary(&f, TOK_MINUS, id(&f, "a")), id(&f, "b"));
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("(-a) ** b"));
    e = bin(&f, TOK_STAR_STAR, id(&f, "a"), bin(&f, TOK_STAR_STAR, id(&f, "b"), id(&f, "c")));
    CHECK_STR_EQ(print_min(&f, e, false), STR("a**b**c"));
    e = bin(&f, TOK_STAR_STAR, bin(&f, TOK_STAR_STAR, id(&f, "a"), id(&f, "b")), id(&f, "c"));
    CHECK_STR_EQ(print_min(&f, e, false), STR("(a**b)**c"));
    e = unary(&f, TOK_MINUS, bin(&f, TOK_STAR_STAR, id(&f, "a"), id(&f, "b")));
    CHECK_STR_EQ(print_min(&f, e, false), STR("-(a**b)"));
    // a ?? (b || c), (a && b) ?? c
    e = bin(&f, TOK_QUESTION_QUESTION, id(&f, "a"), bin(&f, TOK_BAR_BAR, id(&f, "b"), id(&f, "c")));
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("a ?? (b || c)"));
    e = bin(&f, TOK_QUESTION_QUESTION, bin(&f, TOK_AMP_AMP, id(&f, "a"), id(&f, "b")), id(&f, "c"));
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("(a && b) ?? c"));
    // typeof (a, b); new (f())(); new (a.b())(); new f()()
    e = unary(&f, TOK_TYPEOF, node(&f, SEQUENCE, list(&f, 2, id(&f, "a"), id(&f, "b")), 0, 0));
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("typeof (a, b)"));
    e = node(&f, NEW, call0(&f, id(&f, "f")), LIST_EMPTY, 0);
    CHECK_STR_EQ(print_min(&f, e, false), STR("new(f())()"));
    e = node(&f, NEW, call0(&f, member(&f, id(&f, "a"), "b")), LIST_EMPTY, 0);
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("new (a.b())()"));
    e = call0(&f, node(&f, NEW, id(&f, "f"), LIST_EMPTY, 0));
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("new f()()"));
    e = node(&f, NEW, member(&f, call0(&f, id(&f, "a")), "b"), LIST_EMPTY, 0);
    CHECK_STR_EQ(print_pretty(&f, e, false), STR("new (a()).b()"));
    tree_close(&f);
}

TEST(test_printer_tree_statement_start) {
    TreeFixture f;
    tree_open(&f);
    NodeId body = block(&f, LIST_EMPTY);
    NodeId fn = node(&f, FUNC, NODE_NONE, LIST_EMPTY, body);
    CHECK_STR_EQ(print_min(&f, stmt(&f, call0(&f, fn)), true), STR("(function(){})();"));
    NodeId obj = node(&f, OBJECT, LIST_EMPTY, 0, 0);
    CHECK_STR_EQ(print_min(&f, stmt(&f, member(&f, obj, "x")), true), STR("({}).x;"));
    NodeId pat = node(&f, OBJECT_PATTERN, LIST_EMPTY, 0, 0);
    NodeId assign = with_op(&f, node(&f, ASSIGN, pat, id(&f, "b"), 0), TOK_EQ, 0);
    CHECK_STR_EQ(print_pretty(&f, stmt(&f, assign), true), STR("({} = b);\n"));
    NodeId let0 = node(&f, INDEX, id(&f, "let"), num(&f, "0"), 0);
    NodeId a = with_op(&f, node(&f, ASSIGN, let0, num(&f, "1"), 0), TOK_EQ, 0);
    CHECK_STR_EQ(print_min(&f, stmt(&f, a), true), STR("(let)[0]=1;"));
    NodeId cls = node(&f, CLASS, NODE_NONE, NODE_NONE, LIST_EMPTY);
    CHECK_STR_EQ(print_min(&f, stmt(&f, cls), true), STR("(class{});"));
    // () => ({})
    NodeId arrow =
            with_op(&f, node(&f, FUNC, NODE_NONE, LIST_EMPTY, node(&f, OBJECT, LIST_EMPTY, 0, 0)),
                    0, NF_ARROW | NF_EXPR_BODY);
    CHECK_STR_EQ(print_pretty(&f, arrow, false), STR("() => ({})"));
    // A string expression statement is no directive.
    NodeId s = named(&f, STRING_LIT, "'use strict'");
    CHECK_STR_EQ(print_min(&f, stmt(&f, s), true), STR("('use strict');"));
    tree_close(&f);
}

TEST(test_printer_tree_lexical_hazards) {
    TreeFixture f;
    tree_open(&f);
    NodeId e = bin(&f, TOK_MINUS, id(&f, "a"), unary(&f, TOK_MINUS, id(&f, "b")));
    CHECK_STR_EQ(print_min(&f, e, false), STR("a- -b"));
    e = bin(&f, TOK_PLUS, id(&f, "a"), unary(&f, TOK_PLUS, id(&f, "b")));
    CHECK_STR_EQ(print_min(&f, e, false), STR("a+ +b"));
    NodeId dec = with_op(&f, node(&f, UPDATE, id(&f, "b"), 0, 0), TOK_MINUS_MINUS, NF_PREFIX);
    CHECK_STR_EQ(print_min(&f, bin(&f, TOK_MINUS, id(&f, "a"), dec), false), STR("a- --b"));
    NodeId post = with_op(&f, node(&f, UPDATE, id(&f, "a"), 0, 0), TOK_MINUS_MINUS, 0);
    CHECK_STR_EQ(print_min(&f, bin(&f, TOK_GT, post, id(&f, "b")), false), STR("a-- >b"));
    NodeId not_dec =
            unary(&f, TOK_BANG,
                  with_op(&f, node(&f, UPDATE, id(&f, "b"), 0, 0), TOK_MINUS_MINUS, NF_PREFIX));
    CHECK_STR_EQ(print_min(&f, bin(&f, TOK_LT, id(&f, "a"), not_dec), false), STR("a<! --b"));
    e = bin(&f, TOK_SLASH, id(&f, "a"), named(&f, REGEXP_LIT, "/re/g"));
    CHECK_STR_EQ(print_min(&f, e, false), STR("a/ /re/g"));
    e = bin(&f, TOK_IN, named(&f, REGEXP_LIT, "/re/"), id(&f, "b"));
    CHECK_STR_EQ(print_min(&f, e, false), STR("/re/ in b"));
    e = bin(&f, TOK_STAR, named(&f, REGEXP_LIT, "/re/"), id(&f, "b"));
    CHECK_STR_EQ(print_min(&f, e, false), STR("/re/ *b"));
    CHECK_STR_EQ(print_min(&f, member(&f, num(&f, "1"), "x"), false), STR("1..x"));
    CHECK_STR_EQ(print_min(&f, member(&f, num(&f, "1.5"), "x"), false), STR("1.5.x"));
    CHECK_STR_EQ(print_min(&f, member(&f, num(&f, "1e3"), "x"), false), STR("1e3.x"));
    CHECK_STR_EQ(print_min(&f, member(&f, num(&f, "010"), "x"), false), STR("(010).x"));
    NodeId dot = num(&f, "1.");
    CHECK_STR_EQ(print_min(&f, bin(&f, TOK_IN, dot, id(&f, "b")), false), STR("1. in b"));
    NodeId s = named(&f, STRING_LIT, "\"</SCRIPT><\\/script></script\"");
    CHECK_STR_EQ(print_min(&f, s, false), STR("\"<\\/SCRIPT><\\/script><\\/script\""));
    tree_close(&f);
}

TEST(test_printer_tree_statements) {
    TreeFixture f;
    tree_open(&f);
    // if (a) { if (b) c; } else d;  -- the inner `if` must not capture the `else`
    NodeId inner = node(&f, STMT_IF, id(&f, "b"), stmt(&f, id(&f, "c")), NODE_NONE);
    NodeId outer = node(&f, STMT_IF, id(&f, "a"), inner, stmt(&f, id(&f, "d")));
    CHECK_STR_EQ(print_min(&f, outer, true), STR("if(a){if(b)c}else d;"));
    CHECK_STR_EQ(print_pretty(&f, outer, true), STR("if (a) {\n  if (b) c;\n} else d;\n"));
    // for (var x = (a in b);;);
    NodeId in = bin(&f, TOK_IN, id(&f, "a"), id(&f, "b"));
    NodeId decl = node(&f, DECLARATOR, binding(&f, "x"), in, 0);
    NodeId var = node(&f, STMT_VAR, list(&f, 1, decl), 0, 0);
    NodeId tail = list(&f, 2, NODE_NONE, node(&f, STMT_EMPTY, 0, 0, 0));
    NodeId loop = node(&f, STMT_FOR, var, NODE_NONE, tail);
    CHECK_STR_EQ(print_min(&f, loop, true), STR("for(var x=(a in b);;);"));
    // { a; b } minified drops the `;` before `}`
    NodeId blk = block(&f, list(&f, 2, stmt(&f, id(&f, "a")), stmt(&f, id(&f, "b"))));
    CHECK_STR_EQ(print_min(&f, blk, true), STR("{a;b}"));
    CHECK_STR_EQ(print_pretty(&f, blk, true), STR("{\n  a;\n  b;\n}\n"));
    NodeId ret = node(&f, STMT_RETURN, bin(&f, TOK_PLUS, id(&f, "a"), id(&f, "b")), 0, 0);
    CHECK_STR_EQ(print_min(&f, ret, true), STR("return a+b;"));
    tree_close(&f);
}

TEST(test_printer_tree_rename_and_annotations) {
    TreeFixture f;
    tree_open(&f);
    Str names[3] = { STR("x"), { NULL, 0 }, STR("z") };
    PrintOptions opt = { .minify_whitespace = true, .names = names, .names_len = 3 };
    // { a } with a renamed to x becomes { a: x }
    NodeId prop = with_op(&f, node(&f, PROPERTY, named(&f, NAME, "a"), ident_sym(&f, "a", 0), 0),
                          PROP_INIT, NF_SHORTHAND);
    NodeId obj = node(&f, OBJECT, list(&f, 1, prop), 0, 0);
    CHECK_STR_EQ(tree_print(&f, obj, false, &opt), STR("{a:x}"));
    // sym 1 keeps its spelling; sym 2 becomes z
    NodeId e = bin(&f, TOK_PLUS, ident_sym(&f, "b", 1), ident_sym(&f, "c", 2));
    CHECK_STR_EQ(tree_print(&f, e, false, &opt), STR("b+z"));
    // Pure calls keep their annotation and are parenthesized under a member access.
    NodeId pure = with_op(&f, call0(&f, id(&f, "f")), 0, NF_PURE);
    CHECK_STR_EQ(print_pretty(&f, pure, false), STR("/* @__PURE__ */ f()"));
    CHECK_STR_EQ(print_pretty(&f, member(&f, pure, "x"), false), STR("(/* @__PURE__ */ f()).x"));
    // The annotation does not hide a statement-start function.
    NodeId fn = node(&f, FUNC, NODE_NONE, LIST_EMPTY, block(&f, LIST_EMPTY));
    NodeId pure_iife = with_op(&f, call0(&f, fn), 0, NF_PURE);
    CHECK_STR_EQ(print_min(&f, stmt(&f, pure_iife), true), STR("/* @__PURE__ */(function(){})();"));
    tree_close(&f);
}

TEST(test_printer_tree_mappings_and_comments) {
    TreeFixture f;
    tree_open(&f);
    NodeId a = id(&f, "a");
    NodeId b = id(&f, "b");
    ast_node(&f.ast, a)->start = 1;
    NodeId s1 = stmt(&f, bin(&f, TOK_PLUS, a, b));
    ast_node(&f.ast, s1)->start = 1;
    uint32_t comment = text(&f, "/*! legal */");
    NodeId s2 = stmt(&f, id(&f, "c"));
    ast_node(&f.ast, s2)->start = comment + 20;
    PrintMappingVec maps = { 0 };
    LexSpan legal = { comment, comment + 12 };
    PrintOptions opt = { .mappings = &maps, .legal_comments = &legal, .legal_comments_len = 1 };
    strbuf_clear(&f.out);
    Printer p;
    printer_init(&p, &f.ast, strbuf_str(&f.src), &f.out, &opt);
    printer_statement(&p, s1);
    printer_statement(&p, s2);
    printer_finish(&p);
    CHECK_STR_EQ(strbuf_str(&f.out), STR("a + b;\n/*! legal */\nc;\n"));
    // a at 0, b at 4, c at 20: one pair per output offset, in order.
    CHECK_INT_EQ(maps.len, 3);
    if (maps.len == 3) {
        CHECK_INT_EQ(maps.items[0].out, 0);
        CHECK_INT_EQ(maps.items[0].src, 1);
        CHECK_INT_EQ(maps.items[1].out, 4);
        CHECK_INT_EQ(maps.items[1].src, ast_node(&f.ast, b)->start);
        CHECK_INT_EQ(maps.items[2].out, 20);
    }
    // Minified: the pair of a word that needs a separating space points past the space.
    vec_clear(&maps);
    opt = (PrintOptions){ .minify_whitespace = true, .mappings = &maps };
    NodeId ret = node(&f, STMT_RETURN, b, 0, 0);
    Printer q;
    strbuf_clear(&f.out);
    printer_init(&q, &f.ast, strbuf_str(&f.src), &f.out, &opt);
    printer_statement(&q, ret);
    CHECK_STR_EQ(strbuf_str(&f.out), STR("return b;"));
    CHECK_INT_EQ(maps.len, 2);
    if (maps.len == 2)
        CHECK_INT_EQ(maps.items[1].out, 7);
    vec_free_heap(f.mem, &maps);
    tree_close(&f);
}

// A left-deep chain far longer than any recursion bound prints without deep C recursion.
TEST(test_printer_tree_long_chain) {
    TreeFixture f;
    tree_open(&f);
    enum { TERMS = 200000 };
    NodeId a = id(&f, "a");
    NodeId e = a;
    for (uint32_t i = 1; i < TERMS; i++)
        e = bin(&f, TOK_PLUS, e, a);
    Str out = print_min(&f, e, false);
    CHECK_INT_EQ(out.len, TERMS * 2 - 1);
    // a.a.a… and a()()…
    e = a;
    for (uint32_t i = 1; i < TERMS; i++)
        e = (i % 2) ? member(&f, e, "b") : call0(&f, e);
    out = print_min(&f, e, false);
    CHECK_INT_EQ(out.len, 1 + TERMS / 2 * 2 + (TERMS - 1) / 2 * 2);
    CHECK(str_starts_with(out, STR("a.b().b()")));
    tree_close(&f);
}

// ---------------------------------------------------------------------------------------------
// Round trips through the parser

typedef struct RoundTrip {
    const char *src;
    const char *readable; // expected readable output
    const char *minified; // expected minified output
} RoundTrip;

typedef struct RtFixture {
    Mem *mem;
    Arena arena;
    DiagSink *sink;
} RtFixture;

static void rt_open(RtFixture *f) {
    f->mem = mem_create();
    arena_init(&f->arena, f->mem, MEM_AST, 0);
    f->sink = diag_create(f->mem, 0);
}

static void rt_close(RtFixture *f) {
    diag_destroy(f->sink);
    arena_deinit(&f->arena);
    mem_destroy(f->mem);
}

// Parses src (NUL-terminated) and prints it into out (cleared first); false, with the
// diagnostics on stdout, when src does not parse.
static bool rt_print(RtFixture *f, const char *src, bool minify, StrBuf *out) {
    arena_reset(&f->arena);
    strbuf_clear(out);
    DiagFile file = { STR("test.js"), str_from_cstr(src) };
    ParseOptions popt = { .source_type = PARSE_AUTO };
    ParseResult res;
    if (!parse_program(&file, f->sink, &f->arena, &popt, &res)) {
        printf("does not parse:\n%s\n", src);
        diag_print(f->sink, stdout, false);
        return false;
    }
    PrintOptions opt = {
        .minify_whitespace = minify,
        .legal_comments = res.legal_comments.items,
        .legal_comments_len = res.legal_comments.len,
        .hashbang = res.hashbang,
    };
    Printer p;
    printer_init(&p, &res.ast, file.text, out, &opt);
    printer_program(&p);
    return true;
}

// Checks print(parse(src)) == want, and that printing the reparsed output gives it again.
static void rt_check(TestState *t, RtFixture *f, const char *src, const char *want, bool minify) {
    StrBuf first;
    StrBuf second;
    strbuf_init(&first, f->mem, MEM_OTHER);
    strbuf_init(&second, f->mem, MEM_OTHER);
    if (CHECK(rt_print(f, src, minify, &first))) {
        if (!CHECK_STR_EQ(strbuf_str(&first), str_from_cstr(want)))
            printf("  (source: %s)\n", src);
        // first.data is NUL-terminated, as the lexer needs.
        if (CHECK(rt_print(f, first.data, minify, &second)))
            CHECK_STR_EQ(strbuf_str(&second), strbuf_str(&first));
    }
    strbuf_deinit(&second);
    strbuf_deinit(&first);
}

static void rt_table(TestState *t, const RoundTrip *cases, size_t count) {
    RtFixture f;
    rt_open(&f);
    for (size_t i = 0; i < count; i++) {
        rt_check(t, &f, cases[i].src, cases[i].readable, false);
        rt_check(t, &f, cases[i].src, cases[i].minified, true);
    }
    rt_close(&f);
}

TEST(test_printer_precedence) {
    static const RoundTrip cases[] = {
        { "a = b + c * d;", "a = b + c * d;\n", "a=b+c*d;" },
        { "(a + b) * c; a - (b - c); a - b - c;", "(a + b) * c;\na - (b - c);\na - b - c;\n",
          "(a+b)*c;a-(b-c);a-b-c;" },
        { "a ** b ** c; (a ** b) ** c; (-a) ** b; -(a ** b);",
          "a ** b ** c;\n(a ** b) ** c;\n(-a) ** b;\n-(a ** b);\n",
          "a**b**c;(a**b)**c;(-a)**b;-(a**b);" },
        { "a ?\? (b || c); (a && b) ?\? c; a ?\? b ?\? c; (a ?\? b) || c;",
          "a ?\? (b || c);\n(a && b) ?\? c;\na ?\? b ?\? c;\n(a ?\? b) || c;\n",
          "a?\?(b||c);(a&&b)?\?c;a?\?b?\?c;(a?\?b)||c;" },
        { "a = b ? c : d ? e : f; (a ? b : c) ? d : e; x = a ? (b, c) : d;",
          "a = b ? c : d ? e : f;\n(a ? b : c) ? d : e;\nx = a ? (b, c) : d;\n",
          "a=b?c:d?e:f;(a?b:c)?d:e;x=a?(b,c):d;" },
        { "a = (b, c); f((a, b), c); [(a, b)]; ((a, b), (c, d));",
          "a = (b, c);\nf((a, b), c);\n[(a, b)];\na, b, c, d;\n",
          "a=(b,c);f((a,b),c);[(a,b)];a,b,c,d;" },
        { "a = b = c; (a = b).c; a += b; a ?\?= b; a ||= b && c;",
          "a = b = c;\n(a = b).c;\na += b;\na ?\?= b;\na ||= b && c;\n",
          "a=b=c;(a=b).c;a+=b;a?\?=b;a||=b&&c;" },
        { "typeof (a, b); void 0; delete a.b; typeof a; !(a && b);",
          "typeof (a, b);\nvoid 0;\ndelete a.b;\ntypeof a;\n!(a && b);\n",
          "typeof(a,b);void 0;delete a.b;typeof a;!(a&&b);" },
        { "x = a instanceof b; x = 'a' in b; x = a < b == c > d;",
          "x = a instanceof b;\nx = 'a' in b;\nx = a < b == c > d;\n",
          "x=a instanceof b;x='a'in b;x=a<b==c>d;" },
        { "(a || b)(); (a, b)(); (() => {})(); (a ? b : c)(d);",
          "(a || b)();\n(a, b)();\n(() => {\n})();\n(a ? b : c)(d);\n",
          "(a||b)();(a,b)();(()=>{})();(a?b:c)(d);" },
        { "x = a.b.c(d)[e]; x = (a++).b; x = (-a).b; x = (await_).b;",
          "x = a.b.c(d)[e];\nx = (a++).b;\nx = (-a).b;\nx = await_.b;\n",
          "x=a.b.c(d)[e];x=(a++).b;x=(-a).b;x=await_.b;" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_new_and_optional_chains) {
    static const RoundTrip cases[] = {
        { "new (f())(); new (a.b())(); new f()(); new a.b(); new (a().b)();",
          "new (f())();\nnew (a.b())();\nnew f()();\nnew a.b();\nnew (a()).b();\n",
          "new(f())();new(a.b())();new f()();new a.b();new(a()).b();" },
        { "new X; new new X()(); new (import('m'))();",
          "new X();\nnew new X()();\nnew (import('m'))();\n",
          "new X();new new X()();new(import('m'))();" },
        { "a?.b.c; (a?.b).c; a?.(); a?.[0]; (a?.b)(); x = a?.[0]?.b?.();",
          "a?.b.c;\n(a?.b).c;\na?.();\na?.[0];\n(a?.b)();\nx = a?.[0]?.b?.();\n",
          "a?.b.c;(a?.b).c;a?.();a?.[0];(a?.b)();x=a?.[0]?.b?.();" },
        { "new (a?.b)();", "new (a?.b)();\n", "new(a?.b)();" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_statement_start_hazards) {
    static const RoundTrip cases[] = {
        { "(function () {})(); (class {}); ({}).x; ({} = a); ({ a } = b);",
          "(function() {\n})();\n(class {\n});\n({}).x;\n({} = a);\n({ a } = b);\n",
          "(function(){})();(class{});({}).x;({}=a);({a}=b);" },
        { "(async function () {})(); (async () => {})(); (function () {}).call(this);",
          "(async function() {\n})();\n(async () => {\n})();\n(function() {\n}).call(this);\n",
          "(async function(){})();(async()=>{})();(function(){}).call(this);" },
        { "x = function () {}.call(this); x = {}.toString; x = class {};",
          "x = function() {\n}.call(this);\nx = {}.toString;\nx = class {\n};\n",
          "x=function(){}.call(this);x={}.toString;x=class{};" },
        { "(let)[0] = 1; for ((let)[0];;) ;", "(let)[0] = 1;\nfor ((let)[0];;) ;\n",
          "(let)[0]=1;for((let)[0];;);" },
        { "() => ({}); () => ({}).x; () => ({} = a); () => ({ a: 1 });",
          "() => ({});\n() => ({}).x;\n() => ({} = a);\n() => ({ a: 1 });\n",
          "()=>({});()=>({}).x;()=>({}=a);()=>({a:1});" },
        { "('use strict'); x;", "('use strict');\nx;\n", "('use strict');x;" },
        { "'use strict'; x;", "'use strict';\nx;\n", "'use strict';x;" },
        { "export default (function () {})(); export const y = 1;",
          "export default (function() {\n})();\nexport const y = 1;\n",
          "export default(function(){})();export const y=1;" },
        { "export default (class {});", "export default (class {\n});\n",
          "export default(class{});" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_lexical_hazards) {
    static const RoundTrip cases[] = {
        { "a - -b; a + +b; a - --b; a-- > b; a < !--b; a + ++b; a++ + b;",
          "a - -b;\na + +b;\na - --b;\na-- > b;\na < !--b;\na + ++b;\na++ + b;\n",
          "a- -b;a+ +b;a- --b;a-- >b;a<! --b;a+ ++b;a++ +b;" },
        { "x = a / /re/g; x = /re/ / b; x = a < /script/; y = /re/g.test(s);",
          "x = a / /re/g;\nx = /re/ / b;\nx = a < /script/;\ny = /re/g.test(s);\n",
          "x=a/ /re/g;x=/re/ /b;x=a< /script/;y=/re/g.test(s);" },
        { "x = /re/ in b; x = /re/ * b; x = 1. in b;",
          "x = /re/ in b;\nx = /re/ * b;\nx = 1. in b;\n", "x=/re/ in b;x=/re/ *b;x=1. in b;" },
        { "1..toString(); 1.0.toString(); 1e3.x; 0x10.x; (1).x; 1.5.x;",
          "1..toString();\n1.0.toString();\n1e3.x;\n0x10.x;\n1..x;\n1.5.x;\n",
          "1..toString();1.0.toString();1e3.x;0x10.x;1..x;1.5.x;" },
        { "(010).x; (08).x;", "(010).x;\n(08).x;\n", "(010).x;(08).x;" },
        { "x = -(-a); x = +(+a); x = - -a; x = 1 - -1; x = -(--a);",
          "x = - -a;\nx = + +a;\nx = - -a;\nx = 1 - -1;\nx = - --a;\n",
          "x=- -a;x=+ +a;x=- -a;x=1- -1;x=- --a;" },
        { "x = '</script>' + \"</SCRIPT\" + `</Script>${a}`;",
          "x = '<\\/script>' + \"<\\/SCRIPT\" + `<\\/Script>${a}`;\n",
          "x='<\\/script>'+\"<\\/SCRIPT\"+`<\\/Script>${a}`;" },
        { "x = typeof `a`; x = void /re/; x = a in b;",
          "x = typeof `a`;\nx = void /re/;\nx = a in b;\n", "x=typeof`a`;x=void/re/;x=a in b;" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_for_heads) {
    static const RoundTrip cases[] = {
        { "for (var x = (a in b);;) ;", "for (var x = (a in b);;) ;\n", "for(var x=(a in b);;);" },
        { "for ((a in b);;) ; for (x = (a in b) ? c : d;;) ;",
          "for ((a in b);;) ;\nfor (x = (a in b) ? c : d;;) ;\n",
          "for((a in b);;);for(x=(a in b)?c:d;;);" },
        { "for (var f = () => (a in b);;) ; for (var g = [a in b];;) ;",
          "for (var f = () => (a in b);;) ;\nfor (var g = [a in b];;) ;\n",
          "for(var f=()=>(a in b);;);for(var g=[a in b];;);" },
        { "for (let i = 0, n = a.length; i < n; i++) f(i);",
          "for (let i = 0, n = a.length; i < n; i++) f(i);\n",
          "for(let i=0,n=a.length;i<n;i++)f(i);" },
        { "for (x of (a, b)) ; for (const [k, v] of m) {} for (k in o) ;",
          "for (x of (a, b)) ;\nfor (const [k, v] of m) {\n}\nfor (k in o) ;\n",
          "for(x of(a,b));for(const[k,v]of m){}for(k in o);" },
        { "for ((let) of x) ; for ((async) of x) ; for ((let).a of x) ;",
          "for ((let) of x) ;\nfor ((async) of x) ;\nfor ((let).a of x) ;\n",
          "for((let)of x);for((async)of x);for((let).a of x);" },
        { "async function f() { for await (x of y) ; }",
          "async function f() {\n  for await (x of y) ;\n}\n",
          "async function f(){for await(x of y);}" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_statements) {
    static const RoundTrip cases[] = {
        { "if (a) b; else if (c) d; else { e; }", "if (a) b;\nelse if (c) d;\nelse {\n  e;\n}\n",
          "if(a)b;else if(c)d;else{e}" },
        { "if (a) { if (b) c; } else d;", "if (a) {\n  if (b) c;\n} else d;\n",
          "if(a){if(b)c}else d;" },
        { "if (a) ; else ;", "if (a) ;\nelse ;\n", "if(a);else;" },
        { "while (a) b(); do c(); while (d); do { e(); } while (f);",
          "while (a) b();\ndo\n  c();\nwhile (d);\ndo {\n  e();\n} while (f);\n",
          "while(a)b();do c();while(d);do{e()}while(f);" },
        { "switch (a) { case 1: b(); break; default: c(); }",
          "switch (a) {\n  case 1:\n    b();\n    break;\n  default:\n    c();\n}\n",
          "switch(a){case 1:b();break;default:c()}" },
        { "try { a(); } catch (e) { b(); } finally { c(); } try {} catch {}",
          "try {\n  a();\n} catch (e) {\n  b();\n} finally {\n  c();\n}\ntry {\n} catch {\n}\n",
          "try{a()}catch(e){b()}finally{c()}try{}catch{}" },
        { "a: for (;;) { break a; continue a; } b: { break b; }",
          "a: for (;;) {\n  break a;\n  continue a;\n}\nb: {\n  break b;\n}\n",
          "a:for(;;){break a;continue a}b:{break b}" },
        { "function f() { 'use strict'; return a, b; } function g() { throw new Error(); }",
          "function f() {\n  'use strict';\n  return a, b;\n}\nfunction g() {\n  throw new "
          "Error();\n}\n",
          "function f(){'use strict';return a,b}function g(){throw new Error()}" },
        { "var a = 1, b; let [c] = d; const { e } = f; debugger;",
          "var a = 1, b;\nlet [c] = d;\nconst { e } = f;\ndebugger;\n",
          "var a=1,b;let[c]=d;const{e}=f;debugger;" },
        { "with (a) b;", "with (a) b;\n", "with(a)b;" },
        { "for ((let)[a] in b) ; let = 1; (let).a;", "for ((let)[a] in b) ;\nlet = 1;\nlet.a;\n",
          "for((let)[a]in b);let=1;let.a;" },
        { "a: b: for (;;) if (c) break a; else continue b;",
          "a: b: for (;;) if (c) break a;\n  else continue b;\n",
          "a:b:for(;;)if(c)break a;else continue b;" },
        { "if (a) { if (b) c; else d; } else e; if (a) { for (;;) if (b) c; } else d;",
          "if (a) {\n  if (b) c;\n  else d;\n} else e;\n"
          "if (a) {\n  for (;;) if (b) c;\n} else d;\n",
          "if(a){if(b)c;else d}else e;if(a){for(;;)if(b)c}else d;" },
        { "do x(); while (a); y();", "do\n  x();\nwhile (a);\ny();\n", "do x();while(a);y();" },
        { "switch (a) {} switch (a) { default: }", "switch (a) {\n}\nswitch (a) {\n  default:\n}\n",
          "switch(a){}switch(a){default:}" },
        { "{ a; } ; {}", "{\n  a;\n}\n;\n{\n}\n", "{a};{}" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_functions_and_classes) {
    static const RoundTrip cases[] = {
        { "function* g() { x = yield a; yield* b; yield; yield (a, b); f(yield); }",
          "function* g() {\n  x = yield a;\n  yield* b;\n  yield;\n  yield (a, b);\n  "
          "f(yield);\n}\n",
          "function*g(){x=yield a;yield*b;yield;yield(a,b);f(yield)}" },
        { "async function f() { await a; x = (await a) ** 2; await (a, b); }",
          "async function f() {\n  await a;\n  x = (await a) ** 2;\n  await (a, b);\n}\n",
          "async function f(){await a;x=(await a)**2;await(a,b)}" },
        { "x = (a) => a; y = async (a, b) => { return a; }; z = async a => a; w = () => () => 1;",
          "x = (a) => a;\ny = async (a, b) => {\n  return a;\n};\nz = async (a) => a;\nw = () => "
          "() => 1;\n",
          "x=a=>a;y=async(a,b)=>{return a};z=async a=>a;w=()=>()=>1;" },
        { "x = (a = (1, 2), ...d) => (a, b); y = ([b], { c }) => 0;",
          "x = (a = (1, 2), ...d) => (a, b);\ny = ([b], { c }) => 0;\n",
          "x=(a=(1,2),...d)=>(a,b);y=([b],{c})=>0;" },
        { "x = async function () {}; y = function* () {}; z = class extends (a, b) {};",
          "x = async function() {\n};\ny = function*() {\n};\nz = class extends (a, b) {\n};\n",
          "x=async function(){};y=function*(){};z=class extends(a,b){};" },
        { "class A extends B { static x = 1; #y; static #z() {} get a() { return 1; } "
          "set a(v) {} static { init(); } constructor() { super(); super.x; } [k] = 2; "
          "async *gen() {} static async m() {} has(o) { return #y in o; } }",
          "class A extends B {\n  static x = 1;\n  #y;\n  static #z() {\n  }\n  get a() {\n"
          "    return 1;\n  }\n  set a(v) {\n  }\n  static {\n    init();\n  }\n"
          "  constructor() {\n    super();\n    super.x;\n  }\n  [k] = 2;\n  async *gen() {\n"
          "  }\n  static async m() {\n  }\n  has(o) {\n    return #y in o;\n  }\n}\n",
          "class A extends B{static x=1;#y;static#z(){}get a(){return 1}set a(v){}"
          "static{init()}constructor(){super();super.x}[k]=2;async*gen(){}"
          "static async m(){}has(o){return#y in o}}" },
        { "class C { get; set; static; async; 'a' = 1; 2 = 3; accessor d = 4; }",
          "class C {\n  get;\n  set;\n  static;\n  async;\n  'a' = 1;\n  2 = 3;\n"
          "  accessor d = 4;\n}\n",
          "class C{get;set;static;async;'a'=1;2=3;accessor d=4;}" },
        { "class G { static accessor [a] = 1; get [b]() {} static set #c(v) {} *[d]() {} "
          "static async *e() {} 'f'() {} static static() {} }",
          "class G {\n  static accessor [a] = 1;\n  get [b]() {\n  }\n  static set #c(v) {\n  }\n"
          "  *[d]() {\n  }\n  static async *e() {\n  }\n  'f'() {\n  }\n  static static() {\n  "
          "}\n}\n",
          "class G{static accessor[a]=1;get[b](){}static set#c(v){}*[d](){}static async*e(){}"
          "'f'(){}static static(){}}" },
        { "x = class Named { m() { return Named; } }; y = new class {}();",
          "x = class Named {\n  m() {\n    return Named;\n  }\n};\ny = new class {\n}();\n",
          "x=class Named{m(){return Named}};y=new class{}();" },
        { "class D extends f() {} class E extends a.b {} class F extends (a ? b : c) {}",
          "class D extends f() {\n}\nclass E extends a.b {\n}\nclass F extends (a ? b : c) {\n}\n",
          "class D extends f(){}class E extends a.b{}class F extends(a?b:c){}" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_objects_and_patterns) {
    static const RoundTrip cases[] = {
        { "x = { a, b: c, 'd': 1, [e]: 2, 3: f, f() {}, get g() { return 1; }, set g(v) {}, "
          "async *h() {}, ...i };",
          "x = {\n  a,\n  b: c,\n  'd': 1,\n  [e]: 2,\n  3: f,\n  f() {\n  },\n  get g() {\n"
          "    return 1;\n  },\n  set g(v) {\n  },\n  async *h() {\n  },\n  ...i\n};\n",
          "x={a,b:c,'d':1,[e]:2,3:f,f(){},get g(){return 1},set g(v){},async*h(){},...i};" },
        { "x = { a: 1, b }; y = {}; z = { [(a, b)]: 1 };",
          "x = { a: 1, b };\ny = {};\nz = { [(a, b)]: 1 };\n", "x={a:1,b};y={};z={[(a,b)]:1};" },
        { "var { a, b: [c, , d], ...e } = f; [a = 1, [b], ...c] = d; [, a, , ] = b;",
          "var { a, b: [c, , d], ...e } = f;\n[a = 1, [b], ...c] = d;\n[, a, ,] = b;\n",
          "var{a,b:[c,,d],...e}=f;[a=1,[b],...c]=d;[,a,,]=b;" },
        { "function g({ a = 1, b: { c } }, [d] = [], ...e) {}",
          "function g({ a = 1, b: { c } }, [d] = [], ...e) {\n}\n",
          "function g({a=1,b:{c}},[d]=[],...e){}" },
        { "x = [...a, ...b]; f(...a); ({ ...a }); x = [a, , b]; x = [a, ,];",
          "x = [...a, ...b];\nf(...a);\n({ ...a });\nx = [a, , b];\nx = [a, ,];\n",
          "x=[...a,...b];f(...a);({...a});x=[a,,b];x=[a,,];" },
        { "x = `a${b}c${d + e}f`; y = tag`x${1}`; z = a.b`c`; w = `\\n${`${a}`}`;",
          "x = `a${b}c${d + e}f`;\ny = tag`x${1}`;\nz = a.b`c`;\nw = `\\n${`${a}`}`;\n",
          "x=`a${b}c${d+e}f`;y=tag`x${1}`;z=a.b`c`;w=`\\n${`${a}`}`;" },
        { "x = f()`a`; x = new T`a`; x = (a, b)`c`;",
          "x = f()`a`;\nx = new T`a`();\nx = (a, b)`c`;\n", "x=f()`a`;x=new T`a`();x=(a,b)`c`;" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_modules) {
    static const RoundTrip cases[] = {
        { "import a, { b as c, d } from 'm'; import * as ns from 'n'; import 'o'; "
          "import e, * as f from 'p'; import { 'a-b' as g, default as h } from 'q';",
          "import a, { b as c, d } from 'm';\nimport * as ns from 'n';\nimport 'o';\n"
          "import e, * as f from 'p';\nimport { 'a-b' as g, default as h } from 'q';\n",
          "import a,{b as c,d}from'm';import*as ns from'n';import'o';import e,*as f from'p';"
          "import{'a-b' as g,default as h}from'q';" },
        { "import j from './x.json' with { type: 'json' }; export * from 'y' with { type: 'json' "
          "};",
          "import j from './x.json' with { type: 'json' };\nexport * from 'y' with { type: 'json' "
          "};\n",
          "import j from'./x.json'with{type:'json'};export*from'y'with{type:'json'};" },
        { "var a, b, d; export { a, b as c, d as 'e f' }; export { g as default, h } from 'm'; "
          "export * from 'n'; export * as ns from 'o'; export {};",
          "var a, b, d;\nexport { a, b as c, d as 'e f' };\nexport { g as default, h } from 'm';\n"
          "export * from 'n';\nexport * as ns from 'o';\nexport {};\n",
          "var a,b,d;export{a,b as c,d as'e f'};export{g as default,h}from'm';export*from'n';"
          "export*as ns from'o';export{};" },
        { "export const x = 1, y = 2; export function f() {} export class C {} export let z;",
          "export const x = 1, y = 2;\nexport function f() {\n}\nexport class C {\n}\nexport let "
          "z;\n",
          "export const x=1,y=2;export function f(){}export class C{}export let z;" },
        { "export default a + b;", "export default a + b;\n", "export default a+b;" },
        { "export default (a, b);", "export default (a, b);\n", "export default(a,b);" },
        { "export default function () {}", "export default function() {\n}\n",
          "export default function(){}" },
        { "export default async function f() {}", "export default async function f() {\n}\n",
          "export default async function f(){}" },
        { "export default class {}", "export default class {\n}\n", "export default class{}" },
        { "export * as 'a b' from 'm'; import x, {} from 'n'; export { x as 'y' }; "
          "export { 'a' as 'b', 'c' as 'c', d as 'd', e as e } from 'o';",
          "export * as 'a b' from 'm';\nimport x from 'n';\nexport { x as 'y' };\n"
          "export { 'a' as 'b', 'c', d as 'd', e } from 'o';\n",
          "export*as'a b'from'm';import x from'n';export{x as'y'};"
          "export{'a' as'b','c',d as'd',e}from'o';" },
        { "export default async () => {}; export var v;",
          "export default async () => {\n};\nexport var v;\n",
          "export default async()=>{};export var v;" },
        { "x = import.meta.url; y = import('m'); z = import('m', { with: { type: 'json' } });",
          "x = import.meta.url;\ny = import('m');\nz = import('m', { with: { type: 'json' } });\n",
          "x=import.meta.url;y=import('m');z=import('m',{with:{type:'json'}});" },
        { "await a; x = await b;", "await a;\nx = await b;\n", "await a;x=await b;" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_annotations) {
    static const RoundTrip cases[] = {
        // The comment marks the outermost call or new of the expression it precedes (esbuild's
        // rule), so it is dropped when that is not a call: `f().b`.
        { "/* @__PURE__ */ f(); x = /*#__PURE__*/ new A(); y = /* @__PURE__ */ f().b;",
          "/* @__PURE__ */ f();\nx = /* @__PURE__ */ new A();\ny = f().b;\n",
          "/* @__PURE__ */f();x=/* @__PURE__ */new A();y=f().b;" },
        { "/* @__PURE__ */ (function () {})();", "/* @__PURE__ */ (function() {\n})();\n",
          "/* @__PURE__ */(function(){})();" },
        // An outer pure call needs no parentheses; an inner one is parenthesized with its
        // comment, as the comment would otherwise cover the whole chain.
        { "/* @__PURE__ */ (f().g)(); x = /* @__PURE__ */ a.b().c(); y = (/* @__PURE__ */ "
          "a.b()).c;",
          "/* @__PURE__ */ f().g();\nx = /* @__PURE__ */ a.b().c();\ny = (/* @__PURE__ */ "
          "a.b()).c;\n",
          "/* @__PURE__ */f().g();x=/* @__PURE__ */a.b().c();y=(/* @__PURE__ */a.b()).c;" },
    };
    rt_table(t, cases, countof(cases));
}

TEST(test_printer_no_side_effects) {
    static const RoundTrip cases[] = {
        { "/* @__NO_SIDE_EFFECTS__ */ function f() {} "
          "/* @__NO_SIDE_EFFECTS__ */ const g = () => {}; "
          "export /* @__NO_SIDE_EFFECTS__ */ function h() {}",
          "/* @__NO_SIDE_EFFECTS__ */ function f() {\n}\n"
          "/* @__NO_SIDE_EFFECTS__ */ const g = () => {\n};\n"
          "export /* @__NO_SIDE_EFFECTS__ */ function h() {\n}\n",
          "/* @__NO_SIDE_EFFECTS__ */function f(){}/* @__NO_SIDE_EFFECTS__ */const g=()=>{};"
          "export /* @__NO_SIDE_EFFECTS__ */function h(){}" },
    };
    rt_table(t, cases, countof(cases));
}

// Every symbol renamed to its name + `$`: shorthands expand, import/export specifiers keep
// their module-facing names.
// Every symbol renamed to its name with `$` appended.
static Str *dollar_names(Arena *arena, const ScopeTable *st) {
    Str *names = arena_new_array(arena, Str, st->symbols.len);
    for (SymbolId i = 0; i < st->symbols.len; i++) {
        Str name = scope_symbol_name(st, i);
        char *s = arena_alloc(arena, name.len + 1);
        memcpy(s, name.ptr, name.len);
        s[name.len] = '$';
        names[i] = (Str){ s, name.len + 1 };
    }
    return names;
}

// Prints src with every symbol renamed (dollar_names) under opt and checks the text.
static void check_dollar_print(TestState *t, const char *src, PrintOptions opt, const char *want) {
    RtFixture f;
    rt_open(&f);
    DiagFile file = { STR("test.js"), str_from_cstr(src) };
    ParseOptions popt = { .source_type = PARSE_AUTO };
    ParseResult res;
    if (CHECK(parse_program(&file, f.sink, &f.arena, &popt, &res))) {
        opt.names = dollar_names(&f.arena, &res.scopes);
        opt.names_len = res.scopes.symbols.len;
        StrBuf out;
        strbuf_init(&out, f.mem, MEM_OTHER);
        Printer p;
        printer_init(&p, &res.ast, file.text, &out, &opt);
        printer_program(&p);
        CHECK_STR_EQ(strbuf_str(&out), str_from_cstr(want));
        strbuf_deinit(&out);
    }
    rt_close(&f);
}

TEST(test_printer_rename_round_trip) {
    static const char src[] =
            "let a = 1; x = { a }; export { a }; import { b } from 'm'; import c from 'n'; "
            "import * as ns from 'o'; const { d, e = 1 } = f; y = { __proto__ }; "
            "f(b, c, ns, d, e, a.a);";
    static const char want[] = "let a$ = 1;\nx$ = { a: a$ };\nexport { a$ as a };\n"
                               "import { b as b$ } from 'm';\nimport c$ from 'n';\n"
                               "import * as ns$ from 'o';\nconst { d: d$, e: e$ = 1 } = f$;\n"
                               "y$ = { [\"__proto__\"]: __proto__$ };\n"
                               "f$(b$, c$, ns$, d$, e$, a$.a);\n";
    check_dollar_print(t, src, (PrintOptions){ 0 }, want);
}

// PrintOptions.name_helper: every binding renamed (`x` prints as `x$`), so every function and
// class whose `.name` comes from a binding gets it back through the helper `N`.
TEST(test_printer_keep_names) {
    static const char src[] =
            "function outer() { 'use strict'; return inner; function inner() {} }\n"
            "let f = () => 1, g = function named() {}, k = 2;\n"
            "f = class {}; f ||= function () {}; f += function () {};\n"
            "({ a = () => {} } = o); function h(x = class {}, [y] = []) {}\n"
            "new function K() {}(); { class C { static name = 1; } class D {} }\n"
            "switch (x) { case 1: s(); function s() {} }";
    static const char want[] =
            "function outer$(){'use strict';N(inner$,\"inner\");return inner$;function inner$(){}}"
            "let f$=N(()=>1,\"f\"),g$=N(function named$(){},\"named\"),k$=2;"
            "f$=N(class{},\"f\");f$||=N(function(){},\"f\");f$+=function(){};"
            "({a:a$=N(()=>{},\"a\")}=o$);function h$(x$=N(class{},\"x\"),[y$]=[]){}"
            "new(N(function K$(){},\"K\"))();{class C${static name=1;}class D${}N(D$,\"D\")}"
            "switch(x$){case 1:N(s$,\"s\");s$();function s$(){}}";
    PrintOptions opt = { .minify_whitespace = true, .name_helper = STR("N") };
    check_dollar_print(t, src, opt, want);
}

// PrintOptions.legal_at_end (--legal-comments=eof without bundling): every legal comment after
// the code, on lines of their own, each distinct text once, the source's order kept.
TEST(test_printer_legal_at_end) {
    static const char src[] =
            "/*! a */ x(); function f() { /* @license b */ }\n//! c\n/*! a */ y();";
    RtFixture f;
    rt_open(&f);
    DiagFile file = { STR("test.js"), str_from_cstr(src) };
    ParseOptions popt = { .source_type = PARSE_AUTO };
    ParseResult res;
    if (CHECK(parse_program(&file, f.sink, &f.arena, &popt, &res))) {
        StrBuf out;
        strbuf_init(&out, f.mem, MEM_OTHER);
        PrintOptions opt = { .minify_whitespace = true,
                             .legal_comments = res.legal_comments.items,
                             .legal_comments_len = res.legal_comments.len,
                             .legal_at_end = true };
        Printer p;
        printer_init(&p, &res.ast, file.text, &out, &opt);
        printer_program(&p);
        CHECK_STR_EQ(strbuf_str(&out), STR("x();function f(){}y();\n/*! a */\n/* @license b */\n"
                                           "//! c\n"));
        strbuf_deinit(&out);
    }
    rt_close(&f);
}

// Regressions: each case is a bug that was fixed (the comment says which).
TEST(test_printer_regressions) {
    static const RoundTrip cases[] = {
        // A legal comment before a `}` stays inside its block instead of following it.
        { "function f() { a(); /*! inner */ }\nb();",
          "function f() {\n  a();\n  /*! inner */\n}\nb();\n",
          "function f(){a();/*! inner */\n}b();" },
        { "class A { static { x; //! kept\n } }",
          "class A {\n  static {\n    x;\n    //! kept\n  }\n}\n",
          "class A{static{x;//! kept\n}}" },
        // The hashbang line is kept first.
        { "#!/usr/bin/env node\nrun();", "#!/usr/bin/env node\nrun();\n",
          "#!/usr/bin/env node\nrun();" },
        // A pure comment marks the outermost call: printed first, it marks the same call again.
        { "/*#__PURE__*/ a()(); (/*#__PURE__*/ a())(); /*#__PURE__*/ new A().b();",
          "/* @__PURE__ */ a()();\n(/* @__PURE__ */ a())();\n/* @__PURE__ */ new A().b();\n",
          "/* @__PURE__ */a()();(/* @__PURE__ */a())();/* @__PURE__ */new A().b();" },
        // Nested sequences print flat (the comma operator is associative), as esbuild does.
        { "(a, b), c; a, (b, c); x = ((a, b), (c, d)); f((a, b), c);",
          "a, b, c;\na, b, c;\nx = (a, b, c, d);\nf((a, b), c);\n",
          "a,b,c;a,b,c;x=(a,b,c,d);f((a,b),c);" },
        // `new async` must not print as an async call: `new async()` reads back the same.
        { "new async;", "new async();\n", "new async();" },
        { "async function f() { for await (async of y); }",
          "async function f() {\n  for await (async of y) ;\n}\n",
          "async function f(){for await(async of y);}" },
    };
    rt_table(t, cases, countof(cases));
}
