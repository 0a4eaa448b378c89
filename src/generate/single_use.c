// single_use: --minify-syntax inlines a block's `let`/`const`/`var` temporary read once, by the
// very next statement, as the first thing that statement evaluates:
//
//     { let x = a(); return x.b; }   ->   { return a().b; }
//
// Why the program does the same (docs/minify.md):
// - The initializer ran just before the next statement began, and the statement read x before
//   evaluating anything else; now the initializer runs at that same point. Nothing ran between
//   the two then, and nothing does now, so every effect keeps its order.
// - x has no other reference (Symbol.uses is 1: this read), so no code could see the binding
//   before, during or after: no closure, no TDZ error, no later write. The declaration goes.
// - The value read is the one computed; only where it is used can differ: a direct callee
//   (`x()` would call with `this` undefined, `a.f()` with a), a tag, `new`, `delete` and writes
//   are left alone. An optional chain keeps its parentheses (`(a?.b).c` is not `a?.b.c`).
// - An anonymous function or class would lose the `.name` "x" that the declaration gives it:
//   left alone. A module with direct eval (which may read x by name) or a block inside `with`
//   is left alone.
// Only statement lists of blocks (function bodies included); never a module's top level, whose
// bindings link may export or rename.
#include "generate/generate_int.h"
#include "js/token.h"

static bool is_chain(const Node *n) {
    return n->kind == CALL || n->kind == MEMBER || n->kind == INDEX;
}

static bool is_literal(const Node *n) {
    return n->kind == NUMBER_LIT || n->kind == STRING_LIT || n->kind == BOOL_LIT ||
           n->kind == NULL_LIT;
}

// The node an expression evaluates first when that is a read of a name (an IDENT), in a place
// where a value stands for it exactly; NODE_NONE otherwise. Follows only left operands, whose
// evaluation comes before anything else of their parent's.
static NodeId first_read(const Ast *ast, NodeId id, bool this_ready) {
    for (uint32_t depth = 0; id != NODE_NONE && depth < 256; depth++) {
        const Node *n = ast_node(ast, id);
        switch (n->kind) {
        case IDENT:
            return id;
        case MEMBER:
        case INDEX:
            id = n->a; // the object: a value; `this` of a call is that value either way
            break;
        case CALL: {
            const Node *callee = ast_node(ast, n->a);
            if (!is_chain(callee))
                return NODE_NONE; // `x()` calls without `this`
            id = n->a;
            break;
        }
        case BINARY:
            // `"s" + x`: a literal evaluates nothing, and x is then read first (not after `&&`,
            // `||` or `??`, which may not read it at all).
            if (is_literal(ast_node(ast, n->a)) && n->op != TOK_AMP_AMP && n->op != TOK_BAR_BAR &&
                n->op != TOK_QUESTION_QUESTION)
                id = n->b;
            else
                id = n->a;
            break;
        case CONDITIONAL:
        case AWAIT:
        case SPREAD:
            id = n->a;
            break;
        case ARRAY:
            // The first element is evaluated first.
            if (ast_list_len(ast, n->a) == 0)
                return NODE_NONE;
            id = ast_list_items(ast, n->a)[0];
            break;
        case OBJECT: {
            // The first property's value, after a key that evaluates nothing; a shorthand `{ x }`
            // would need its key spelled out.
            if (ast_list_len(ast, n->a) == 0)
                return NODE_NONE;
            const Node *prop = ast_node(ast, ast_list_items(ast, n->a)[0]);
            if (prop->kind != PROPERTY || prop->op != PROP_INIT ||
                (prop->flags & (NF_COMPUTED | NF_SHORTHAND)))
                return NODE_NONE;
            id = prop->b;
            break;
        }
        case UNARY:
            if (n->op == TOK_DELETE)
                return NODE_NONE;
            id = n->a;
            break;
        case SEQUENCE:
            id = ast_list_items(ast, n->a)[0];
            break;
        case ASSIGN: {
            if (n->op != TOK_EQ)
                return NODE_NONE; // `y += …` reads y first
            const Node *target = ast_node(ast, n->a);
            if (this_ready && target->kind == MEMBER && ast_node(ast, target->a)->kind == THIS)
                id = n->b; // `this.p = x`: `this` is what it was; the value, then the write
            else if (target->kind == MEMBER || target->kind == INDEX)
                id = target->a; // its object, then the value
            else if (target->kind == IDENT || target->kind == ARRAY_PATTERN ||
                     target->kind == OBJECT_PATTERN)
                id = n->b; // the value first, then the targets
            else
                return NODE_NONE;
            break;
        }
        default:
            return NODE_NONE;
        }
    }
    return NODE_NONE;
}

// The first read of a statement that evaluates an expression first.
static NodeId stmt_first_read(const Ast *ast, const Node *s, bool this_ready) {
    switch (s->kind) {
    case STMT_EXPR:
    case STMT_RETURN:
    case STMT_THROW:
    case STMT_IF:
        return s->a == NODE_NONE ? NODE_NONE : first_read(ast, s->a, this_ready);
    case STMT_VAR: {
        const Node *d = ast_node(ast, ast_list_items(ast, s->a)[0]);
        if (ast_node(ast, d->a)->kind != BINDING_IDENT || d->b == NODE_NONE)
            return NODE_NONE;
        return first_read(ast, d->b, this_ready);
    }
    default:
        return NODE_NONE;
    }
}

// An initializer that takes the declared name (NamedEvaluation): a function (arrows too) or a
// class.
static bool takes_name(const Node *init) {
    return init->kind == FUNC || init->kind == CLASS || init->kind == CLASS_DECORATED;
}

// The symbol that declarator d (`x = init`, a plain name) of a `let` or `const` declares, or
// ID_NONE. A `var` too, when this is its only binding site (no parameter, function or other
// `var` of that name shares the binding: a sloppy parameter would also alias `arguments[i]`) and
// it is not a module's top-level binding.
static SymbolId temporary(const Ast *ast, const ScopeTable *st, const uint8_t *bindings,
                          const Node *s, const Node *d) {
    if (s->op != VAR_LET && s->op != VAR_CONST && s->op != VAR_VAR)
        return ID_NONE;
    const Node *name = ast_node(ast, d->a);
    if (name->kind != BINDING_IDENT || d->b == NODE_NONE || takes_name(ast_node(ast, d->b)))
        return ID_NONE;
    if (name->a >= st->symbols.len)
        return ID_NONE;
    const Symbol *sym = &st->symbols.items[name->a];
    if (sym->uses != 1 || bindings[name->a] != 1 ||
        (st->scopes.items[sym->scope].flags & SCOPEF_WITH))
        return ID_NONE;
    ScopeKind kind = st->scopes.items[sym->scope].kind;
    if (kind == SCOPE_MODULE || kind == SCOPE_SCRIPT)
        return ID_NONE;
    return name->a;
}

// Puts declarator d's value where `use` (the read of its name) was.
static void move_value(Ast *ast, const Node *d, NodeId use) {
    Node value = *ast_node(ast, d->b);
    if (is_chain(&value) && (value.flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN)))
        value.flags |= NF_PARENTHESIZED; // `(a?.b).c`: the chain ends where x was
    *ast_node(ast, use) = value;
}

// Within declaration s, `a = f(), b = a.x` is `b = f().x`: the declarators run in order, so
// the next one's initializer reading a first is the same as the next statement doing so.
// Returns how many declarators are left (the list of s is rebuilt when any went).
static uint32_t inline_declarators(Ast *ast, const ScopeTable *st, const uint8_t *bindings,
                                   bool this_ready, NodeId stmt, Arena *scratch) {
    const Node *s = ast_node(ast, stmt);
    uint32_t len = ast_list_len(ast, s->a);
    NodeId *kept = arena_alloc(scratch, sizeof(NodeId) * MAX(len, 1));
    uint32_t kept_len = 0;
    for (uint32_t j = 0; j < len; j++) {
        s = ast_node(ast, stmt);
        NodeId item = ast_list_items(ast, s->a)[j];
        const Node *d = ast_node(ast, item);
        SymbolId sym = j + 1 < len ? temporary(ast, st, bindings, s, d) : ID_NONE;
        const Node *next = sym == ID_NONE ? NULL : ast_node(ast, ast_list_items(ast, s->a)[j + 1]);
        NodeId use =
                next && next->b != NODE_NONE ? first_read(ast, next->b, this_ready) : NODE_NONE;
        if (use == NODE_NONE || ast_node(ast, use)->a != sym) {
            kept[kept_len++] = item;
            continue;
        }
        move_value(ast, d, use);
    }
    if (kept_len != len)
        ast_node(ast, stmt)->a = ast_list(ast, kept, kept_len);
    return kept_len;
}

// Inlines the temporaries of one block; returns whether any went.
static bool inline_block(Ast *ast, const ScopeTable *st, const uint8_t *bindings, bool this_ready,
                         NodeId block, Arena *scratch) {
    ListRef list = ast_node(ast, block)->a;
    uint32_t len = ast_list_len(ast, list);
    NodeId *kept = arena_alloc(scratch, sizeof(NodeId) * MAX(len, 1));
    uint32_t kept_len = 0;
    bool changed = false;
    for (uint32_t i = 0; i < len; i++) {
        NodeId item = ast_list_items(ast, list)[i];
        if (ast_node(ast, item)->kind != STMT_VAR) {
            kept[kept_len++] = item;
            continue;
        }
        uint32_t n = inline_declarators(ast, st, bindings, this_ready, item, scratch);
        // The last declarator, read first by the next statement.
        const Node *s = ast_node(ast, item);
        const Node *d = ast_node(ast, ast_list_items(ast, s->a)[n - 1]);
        SymbolId sym = i + 1 < len ? temporary(ast, st, bindings, s, d) : ID_NONE;
        NodeId use = sym == ID_NONE
                             ? NODE_NONE
                             : stmt_first_read(ast, ast_node(ast, ast_list_items(ast, list)[i + 1]),
                                               this_ready);
        if (use == NODE_NONE || ast_node(ast, use)->a != sym) {
            kept[kept_len++] = item;
            continue;
        }
        move_value(ast, d, use);
        changed = true;
        if (n > 1) {
            // The declaration stays without its last declarator (copied first: ast_list may
            // move the lists).
            NodeId *rest = arena_alloc(scratch, sizeof(NodeId) * n);
            memcpy(rest, ast_list_items(ast, s->a), sizeof(NodeId) * (n - 1));
            ast_node(ast, item)->a = ast_list(ast, rest, n - 1);
            kept[kept_len++] = item;
        }
    }
    if (changed)
        ast_node(ast, block)->a = ast_list(ast, kept, kept_len);
    return changed;
}

void generate_inline_single_use(Ast *ast, const ScopeTable *st, Arena *scratch) {
    if (st->scopes.len == 0 || (st->scopes.items[0].flags & SCOPEF_EVAL))
        return;
    uint32_t count = ast->nodes.len;
    // How many binding sites each symbol has (2 standing for more).
    // `this` can be read at any time unless a derived class's constructor (or an arrow in it)
    // runs before super() returns: then reading it throws, so it must not move before the value.
    uint8_t *bindings = arena_alloc_zero(scratch, MAX(st->symbols.len, 1));
    bool this_ready = true;
    for (NodeId id = 0; id < count; id++) {
        const Node *n = ast_node(ast, id);
        if (n->kind == BINDING_IDENT && n->a < st->symbols.len && bindings[n->a] < 2)
            bindings[n->a]++;
        if (n->kind == CLASS && n->b != NODE_NONE)
            this_ready = false;
    }
    for (NodeId id = 0; id < count; id++) {
        if (ast_node(ast, id)->kind == STMT_BLOCK)
            inline_block(ast, st, bindings, this_ready, id, scratch);
    }
}
