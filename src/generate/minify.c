// minify: --minify-syntax changes generate makes to a module's tree before printing (see
// generate_int.h); the printer does the rest (js/printer_minify.c, docs/minify.md).
//
// `undefined` -> `void 0`: only a read of the global (a SYM_UNBOUND symbol: no binding of that
// name is visible there), never a write (`undefined = 1` is allowed in sloppy code and does
// nothing; `void 0 = 1` would not parse). The global is a non-writable property, so both read
// the same value. The new `0` has no source text: the printer, minifying syntax, prints numbers
// from their value.
//
// `x == null ? void 0 : x.a` -> `x?.a`, `x == null ? d : x` -> `x ?? d`, for a declared x (see
// optional_chains; not when --target is older than es2020).
//
// `Infinity` -> `1 / 0` likewise: the global is a non-writable property holding that value.
//
// `const` -> `let`: the two differ only when the binding is assigned (a TypeError for const), so
// declarations become `let` only in a module that assigns no const binding anywhere (writes as
// found for `undefined`), has no direct eval() (which could assign one), and never for a
// top-level const the module exports (another module assigning its import must still fail).
//
// --drop:console and --drop:debugger (with or without minifying): a call of a method of the
// global `console` is removed with its arguments (a statement of its own becomes `;`, a call
// inside an expression `void 0`); a `debugger` statement becomes `;` (an empty statement, so an
// `if` or a loop keeps its body).
#include "generate/generate_int.h"
#include "js/token.h"

SymbolId generate_global_symbol(const ScopeTable *st, const char *name) {
    for (SymbolId id = st->first_unbound; id < st->symbols.len; id++) {
        if (str_eq_cstr(scope_symbol_name(st, id), name))
            return id;
    }
    return ID_NONE;
}

// `console.x(…)` with the global console.
static bool is_console_call(const Ast *ast, SymbolId console, const Node *n) {
    if (n->kind != CALL || console == ID_NONE)
        return false;
    const Node *callee = ast_node(ast, n->a);
    if (callee->kind != MEMBER && callee->kind != INDEX)
        return false;
    const Node *object = ast_node(ast, callee->a);
    return object->kind == IDENT && object->a == console;
}

void generate_void_zero(Ast *ast, NodeId id) {
    // The 0 has no source text to map to.
    NodeId zero = ast_add(ast, NUMBER_LIT, ast_synth(ast, STR("0")), 0, 0, 0);
    ast_set_number(ast_node(ast, zero), 0);
    Node *n = ast_node(ast, id); // ast_add may have moved the nodes
    *n = (Node){ .kind = UNARY, .op = TOK_VOID, .start = n->start, .a = zero };
}

// `Infinity` -> `1 / 0` (the printer writes `-1/0` for `-Infinity`).
static void make_infinity(Ast *ast, NodeId id) {
    uint32_t start = ast_node(ast, id)->start;
    NodeId one = ast_add(ast, NUMBER_LIT, start, 0, 0, 0);
    ast_set_number(ast_node(ast, one), 1);
    NodeId zero = ast_add(ast, NUMBER_LIT, start, 0, 0, 0);
    ast_set_number(ast_node(ast, zero), 0);
    Node *n = ast_node(ast, id); // ast_add may have moved the nodes
    *n = (Node){ .kind = BINARY, .op = TOK_SLASH, .start = start, .a = one, .b = zero };
}

static void make_empty(Ast *ast, NodeId id) {
    Node *n = ast_node(ast, id);
    *n = (Node){ .kind = STMT_EMPTY, .start = n->start };
}

void generate_drop(Ast *ast, const ScopeTable *st, bool console, bool debugger) {
    SymbolId console_sym = console ? generate_global_symbol(st, "console") : ID_NONE;
    // Parents before children (children have smaller ids): a statement is emptied before its
    // call would become `void 0`.
    for (NodeId id = ast->nodes.len; id-- > 0;) {
        Node *n = ast_node(ast, id);
        if (n->kind == STMT_DEBUGGER && debugger)
            make_empty(ast, id);
        else if (n->kind == STMT_EXPR && is_console_call(ast, console_sym, ast_node(ast, n->a)))
            make_empty(ast, id);
        else if (is_console_call(ast, console_sym, n))
            generate_void_zero(ast, id);
    }
}

// Marks the names a destructuring target writes (`[undefined] = a` assigns the global): the
// parser bounds the nesting of patterns, so the recursion is bounded too.
static void mark_pattern(const Ast *ast, NodeId id, uint8_t *writes) {
    if (id == NODE_NONE)
        return;
    const Node *n = ast_node(ast, id);
    switch (n->kind) {
    case IDENT:
        writes[id] = 1;
        break;
    case ARRAY_PATTERN:
    case OBJECT_PATTERN:
    case ARRAY:
    case OBJECT: {
        uint32_t len = ast_list_len(ast, n->a);
        for (uint32_t i = 0; i < len; i++)
            mark_pattern(ast, ast_list_items(ast, n->a)[i], writes);
        break;
    }
    case PROPERTY:
        mark_pattern(ast, n->b, writes);
        break;
    case ASSIGN_PATTERN:
    case REST:
    case SPREAD:
        mark_pattern(ast, n->a, writes);
        break;
    default:
        break; // a member expression target writes a property, not a name
    }
}

static void mark_destructuring(const Ast *ast, uint32_t count, uint8_t *writes) {
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        bool target = (n->kind == ASSIGN && n->op == TOK_EQ) || n->kind == STMT_FOR_IN ||
                      n->kind == STMT_FOR_OF;
        if (target && n->a != NODE_NONE)
            mark_pattern(ast, n->a, writes);
    }
}

// Whether some write in the module assigns a const binding.
static bool writes_const(const Ast *ast, const ScopeTable *st, const uint8_t *writes,
                         uint32_t count) {
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        if (writes[id] && n->kind == IDENT && n->a < st->symbols.len &&
            st->symbols.items[n->a].kind == SYM_CONST)
            return true;
    }
    return false;
}

// Whether a declaration names an exported top-level binding (or a pattern, not looked into).
static bool declares_export(const Ast *ast, const ScopeTable *st, const Node *decl) {
    uint32_t len = ast_list_len(ast, decl->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *target = ast_node(ast, ast_node(ast, ast_list_items(ast, decl->a)[i])->a);
        if (target->kind != BINDING_IDENT || target->a >= st->symbols.len)
            return true;
        const Symbol *s = &st->symbols.items[target->a];
        if (s->scope == 0 && (s->flags & SYMF_EXPORTED))
            return true;
    }
    return false;
}

static void const_to_let(Ast *ast, const ScopeTable *st, const uint8_t *writes, uint32_t count) {
    if ((st->scopes.items[0].flags & SCOPEF_EVAL) || writes_const(ast, st, writes, count))
        return;
    for (NodeId id = 0; id < count; id++) {
        Node *n = ast_node(ast, id);
        if (n->kind == STMT_VAR && n->op == VAR_CONST && !declares_export(ast, st, n))
            n->op = VAR_LET;
    }
}

// ---------------------------------------------------------------------------------------------
// `x == null ? void 0 : x.a` -> `x?.a`

static bool is_chain_node(const Node *n) {
    return n->kind == MEMBER || n->kind == INDEX || n->kind == CALL;
}

static bool is_void_literal(const Ast *ast, NodeId id) {
    const Node *n = ast_node(ast, id);
    if (n->kind != UNARY || n->op != TOK_VOID)
        return false;
    NodeKind k = ast_node(ast, n->a)->kind;
    return k == NUMBER_LIT || k == STRING_LIT || k == BOOL_LIT || k == NULL_LIT;
}

// The binding x of a test `x == null` or `null == x` (`!=` when want_equal is false) when x is
// declared in the module (reading it twice does what reading it once does); ID_NONE otherwise.
static SymbolId null_test(const Ast *ast, const ScopeTable *st, NodeId test, bool want_equal) {
    const Node *t = ast_node(ast, test);
    if (t->kind != BINARY || t->op != (want_equal ? TOK_EQ_EQ : TOK_NOT_EQ))
        return ID_NONE;
    const Node *l = ast_node(ast, t->a);
    const Node *r = ast_node(ast, t->b);
    const Node *x = l->kind == NULL_LIT ? r : r->kind == NULL_LIT ? l : NULL;
    if (!x || x->kind != IDENT || x->a >= st->symbols.len ||
        st->symbols.items[x->a].kind == SYM_UNBOUND)
        return ID_NONE;
    return x->a;
}

// The innermost link of chain `id` when its innermost object is the name `sym` and no link is
// parenthesized; NODE_NONE otherwise.
static NodeId chain_on(const Ast *ast, NodeId id, SymbolId sym) {
    const Node *n = ast_node(ast, id);
    if (!is_chain_node(n))
        return NODE_NONE;
    for (;;) {
        if (n->flags & NF_PARENTHESIZED)
            return NODE_NONE;
        const Node *obj = ast_node(ast, n->a);
        if (obj->kind == IDENT)
            return obj->a == sym ? id : NODE_NONE;
        if (!is_chain_node(obj))
            return NODE_NONE;
        id = n->a;
        n = obj;
    }
}

// Marks the nodes whose value is used as a reference: callees, objects of members, tags,
// operands of delete. A conditional there gives a plain value (`(c ? a : b.f)()` calls with
// no `this`), which an optional chain would not.
static uint8_t *reference_positions(const Ast *ast, uint32_t count, Arena *scratch) {
    uint8_t *ref = arena_alloc_zero(scratch, MAX(count, 1));
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        bool holds = is_chain_node(n) || n->kind == NEW ||
                     (n->kind == TEMPLATE && n->a != NODE_NONE) ||
                     (n->kind == UNARY && n->op == TOK_DELETE);
        if (holds && n->a != NODE_NONE && n->a < count)
            ref[n->a] = 1;
    }
    return ref;
}

// `x == null ? void 0 : chain-on-x` (or `x != null ? chain : void 0`) is the chain with `?.`
// after x: when x is null or undefined both give undefined and evaluate nothing more, else
// both evaluate the chain. x must be a declared binding (a global could be a getter, read
// twice before and once after). The chain's outer links join the optional chain, and its
// outermost is flagged parenthesized, so that nothing after it joins.
// `x == null ? d : x` (or `x != null ? x : d`) is `x ?? d` for a declared x: d when x is null or
// undefined, else x, as before. Returns false when c has not that shape.
static bool nullish_default(Ast *ast, const ScopeTable *st, NodeId id) {
    const Node *c = ast_node(ast, id);
    for (int equal = 0; equal < 2; equal++) {
        SymbolId x = null_test(ast, st, c->a, equal);
        NodeId same = equal ? c->c : c->b;
        NodeId other = equal ? c->b : c->c;
        const Node *s = ast_node(ast, same);
        if (x == ID_NONE || s->kind != IDENT || s->a != x)
            continue;
        *ast_node(ast, id) = (Node){
            .kind = BINARY, .op = TOK_QUESTION_QUESTION, .start = c->start, .a = same, .b = other
        };
        return true;
    }
    return false;
}

static void optional_chains(Ast *ast, const ScopeTable *st, uint32_t count, Arena *scratch) {
    uint8_t *ref = reference_positions(ast, count, scratch);
    for (NodeId id = 0; id < count; id++) {
        const Node *c = ast_node(ast, id);
        if (c->kind != CONDITIONAL || nullish_default(ast, st, id) || ref[id])
            continue;
        bool equal = is_void_literal(ast, c->b);
        if (!equal && !is_void_literal(ast, c->c))
            continue;
        SymbolId x = null_test(ast, st, c->a, equal);
        NodeId chain = equal ? c->c : c->b;
        NodeId inner = x == ID_NONE ? NODE_NONE : chain_on(ast, chain, x);
        if (inner == NODE_NONE)
            continue;
        for (NodeId link = chain; link != inner; link = ast_node(ast, link)->a) {
            Node *l = ast_node(ast, link);
            if (!(l->flags & NF_OPTIONAL))
                l->flags |= NF_OPTIONAL_CHAIN;
        }
        ast_node(ast, inner)->flags |= NF_OPTIONAL;
        ast_node(ast, inner)->flags &= ~(uint32_t)NF_OPTIONAL_CHAIN;
        Node replaced = *ast_node(ast, chain);
        replaced.flags |= NF_PARENTHESIZED;
        *ast_node(ast, id) = replaced;
    }
}

// `x ? x : y` is `x || y` and `x ? y : x` is `x && y`, for x a binding the module declares
// (reading it once or twice gives the same value; a global could be a getter). Either way x is
// tested, and the value is x when the test picks it, else y evaluated. Not in a module with a
// `with` statement, where a declared name can still resolve to an object's property.
static bool reads_declared(const ScopeTable *st, const Node *n) {
    return n->kind == IDENT && n->a < st->symbols.len &&
           st->symbols.items[n->a].kind != SYM_UNBOUND;
}

static void same_test_values(Ast *ast, const ScopeTable *st, uint32_t count) {
    for (uint32_t s = 0; s < st->scopes.len; s++) {
        if (st->scopes.items[s].flags & SCOPEF_WITH)
            return;
    }
    for (NodeId id = 0; id < count; id++) {
        const Node *c = ast_node(ast, id);
        if (c->kind != CONDITIONAL)
            continue;
        const Node *test = ast_node(ast, c->a);
        if (!reads_declared(st, test))
            continue;
        const Node *yes = ast_node(ast, c->b);
        const Node *no = ast_node(ast, c->c);
        uint16_t op;
        NodeId other;
        if (yes->kind == IDENT && yes->a == test->a) {
            op = TOK_BAR_BAR;
            other = c->c;
        } else if (no->kind == IDENT && no->a == test->a) {
            op = TOK_AMP_AMP;
            other = c->b;
        } else {
            continue;
        }
        *ast_node(ast, id) =
                (Node){ .kind = BINARY, .op = op, .start = c->start, .a = c->a, .b = other };
    }
}

bool generate_allows_es2020(Str target) {
    if (target.len == 0 || str_eq_cstr(target, "esnext") || str_eq_cstr(target, "ESNext"))
        return true;
    // "es2020", "ES2021", …: a year from 2020 on.
    if (target.len != 6 || (target.ptr[0] != 'e' && target.ptr[0] != 'E'))
        return false;
    uint32_t year = 0;
    for (size_t i = 2; i < 6; i++) {
        if (target.ptr[i] < '0' || target.ptr[i] > '9')
            return false;
        year = year * 10 + (uint32_t)(target.ptr[i] - '0');
    }
    return year >= 2020;
}

void generate_minify_tree(Ast *ast, const ScopeTable *st, Arena *scratch, bool es2020) {
    SymbolId undefined = generate_global_symbol(st, "undefined");
    uint32_t count = ast->nodes.len;
    if (count == 0)
        return;
    uint8_t *writes = arena_alloc_zero(scratch, count);
    summary_mark_writes(ast, 0, count - 1, writes);
    mark_destructuring(ast, count, writes);
    const_to_let(ast, st, writes, count);
    SymbolId infinity = generate_global_symbol(st, "Infinity");
    for (NodeId id = 0; id < count; id++) {
        Node *n = ast_node(ast, id);
        if (n->kind != IDENT || writes[id] || n->a == ID_NONE)
            continue;
        if (n->a == undefined)
            generate_void_zero(ast, id);
        else if (n->a == infinity)
            make_infinity(ast, id);
    }
    if (es2020)
        optional_chains(ast, st, count, scratch);
    same_test_values(ast, st, count);
}

// A function expression's name is a binding only its own body sees; when nothing reads it, the
// name only sets `.name`, which minified names change anyway (docs/minify.md), so it goes.
// Declarations keep theirs: their names are bindings of the enclosing scope.
void generate_drop_function_names(Ast *ast, const ScopeTable *st, Arena *scratch) {
    uint32_t count = ast->nodes.len;
    uint8_t *declared = arena_alloc_zero(scratch, MAX(count, 1));
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        if (n->kind == STMT_FUNCTION && n->a != NODE_NONE)
            declared[n->a] = 1;
    }
    for (NodeId id = 0; id < count; id++) {
        Node *n = ast_node(ast, id);
        if (n->kind != FUNC || declared[id] || n->a == NODE_NONE)
            continue;
        const Node *name = ast_node(ast, n->a);
        if (name->kind == BINDING_IDENT && name->a < st->symbols.len &&
            st->symbols.items[name->a].uses == 0)
            n->a = NODE_NONE;
    }
}
