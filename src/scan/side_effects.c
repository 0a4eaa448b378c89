// side_effects: which top-level statements tree shaking may drop (see side_effects.h).
#include "scan/side_effects.h"

#include "base/str.h"
#include "js/token.h"

typedef struct Judge {
    const Ast *ast;
    const ScopeTable *st;
} Judge;

static bool impure(const Judge *j, NodeId id);

static const Node *node_of(const Judge *j, NodeId id) {
    return ast_node(j->ast, id);
}

// Globals every JavaScript environment defines: reading them cannot throw.
static bool is_safe_global(Str name) {
    static const char *const names[] = {
        "Array",        "ArrayBuffer",
        "BigInt",       "Boolean",
        "DataView",     "Date",
        "Error",        "Float32Array",
        "Float64Array", "Function",
        "Infinity",     "Int16Array",
        "Int32Array",   "Int8Array",
        "JSON",         "Map",
        "Math",         "NaN",
        "Number",       "Object",
        "Promise",      "Proxy",
        "RangeError",   "Reflect",
        "RegExp",       "Set",
        "String",       "Symbol",
        "SyntaxError",  "TypeError",
        "Uint16Array",  "Uint32Array",
        "Uint8Array",   "Uint8ClampedArray",
        "WeakMap",      "WeakSet",
        "globalThis",   "undefined",
    };
    for (size_t i = 0; i < countof(names); i++) {
        if (str_eq_cstr(name, names[i]))
            return true;
    }
    return false;
}

static bool impure_ident(const Judge *j, const Node *n) {
    if (n->a >= j->st->symbols.len)
        return true;
    if (j->st->symbols.items[n->a].kind != SYM_UNBOUND)
        return false;
    return !is_safe_global(scope_symbol_name(j->st, n->a));
}

static bool impure_list(const Judge *j, ListRef list, bool allow_holes) {
    uint32_t len = ast_list_len(j->ast, list);
    const NodeId *items = ast_list_items(j->ast, list);
    for (uint32_t i = 0; i < len; i++) {
        if (items[i] == NODE_NONE) {
            if (!allow_holes)
                return true;
            continue;
        }
        if (impure(j, items[i]))
            return true;
    }
    return false;
}

// A property key: literal keys are free; computed ones must be pure and primitive-valued.
static bool impure_key(const Judge *j, const Node *prop) {
    if (!(prop->flags & NF_COMPUTED))
        return false;
    const Node *key = node_of(j, prop->a);
    return !(key->kind == STRING_LIT || key->kind == NUMBER_LIT);
}

static bool impure_object(const Judge *j, const Node *n) {
    uint32_t len = ast_list_len(j->ast, n->a);
    const NodeId *items = ast_list_items(j->ast, n->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *prop = node_of(j, items[i]);
        if (prop->kind != PROPERTY || impure_key(j, prop))
            return true; // a spread reads getters
        if (prop->op == PROP_INIT && impure(j, prop->b))
            return true;
    }
    return false;
}

// A standard global that `extends` accepts without running code: a constructor with a
// prototype object (not Proxy, nor the non-constructors on the safe list).
static bool is_global_class(const Judge *j, const Node *n) {
    if (n->kind != IDENT || impure_ident(j, n) || j->st->symbols.items[n->a].kind != SYM_UNBOUND)
        return false;
    static const char *const not_classes[] = { "undefined", "NaN",  "Infinity", "globalThis",
                                               "JSON",      "Math", "Reflect",  "Proxy" };
    Str name = scope_symbol_name(j->st, n->a);
    for (size_t i = 0; i < countof(not_classes); i++) {
        if (str_eq_cstr(name, not_classes[i]))
            return false;
    }
    return true;
}

static bool impure_class(const Judge *j, const Node *cls) {
    // Evaluating the heritage runs code and may throw, unless it names a standard global class
    // (`class Cache extends Map {}`).
    if (cls->b != NODE_NONE && !is_global_class(j, node_of(j, cls->b)))
        return true;
    uint32_t len = ast_list_len(j->ast, cls->c);
    const NodeId *items = ast_list_items(j->ast, cls->c);
    for (uint32_t i = 0; i < len; i++) {
        const Node *m = node_of(j, items[i]);
        if (m->kind == STATIC_BLOCK || impure_key(j, m))
            return true;
        if (m->kind == PROPERTY && m->c != LIST_EMPTY)
            return true; // TC39 decorators run when the class is defined
        if ((m->flags & NF_STATIC) && m->op == PROP_INIT && m->b != NODE_NONE && impure(j, m->b))
            return true;
    }
    return false;
}

static bool impure_template(const Judge *j, const Node *n) {
    if (n->a != NODE_NONE)
        return true; // a tag is a call
    uint32_t len = ast_list_len(j->ast, n->b);
    const NodeId *items = ast_list_items(j->ast, n->b);
    for (uint32_t i = 1; i < len; i += 2) {
        NodeKind k = node_of(j, items[i])->kind;
        // Only primitives convert to strings without running user code.
        if (k != STRING_LIT && k != NUMBER_LIT && k != BOOL_LIT && k != NULL_LIT)
            return true;
    }
    return false;
}

static bool impure_unary(const Judge *j, const Node *n) {
    const Node *operand = node_of(j, n->a);
    switch (n->op) {
    case TOK_BANG:
    case TOK_VOID:
        return impure(j, n->a);
    case TOK_TYPEOF: // typeof never throws on an undeclared name
        return operand->kind == IDENT ? false : impure(j, n->a);
    case TOK_MINUS:
    case TOK_PLUS:
    case TOK_TILDE: // may call valueOf: only literals are sure
        return operand->kind != NUMBER_LIT && operand->kind != BIGINT_LIT;
    default:
        return true;
    }
}

static bool impure_binary(const Judge *j, const Node *n) {
    switch (n->op) {
    case TOK_EQ_EQ_EQ:
    case TOK_NOT_EQ_EQ:
    case TOK_AMP_AMP:
    case TOK_BAR_BAR:
    case TOK_QUESTION_QUESTION:
        return impure(j, n->a) || impure(j, n->b);
    default:
        return true; // may call valueOf/toString or throw on BigInt mixes
    }
}

static bool impure(const Judge *j, NodeId id) {
    const Node *n = node_of(j, id);
    switch (n->kind) {
    case NULL_LIT:
    case BOOL_LIT:
    case NUMBER_LIT:
    case BIGINT_LIT:
    case STRING_LIT:
    case REGEXP_LIT:
    case FUNC:
    case THIS:
        return false;
    case IDENT:
        return impure_ident(j, n);
    case TEMPLATE:
        return impure_template(j, n);
    case ARRAY:
        return impure_list(j, n->a, true);
    case OBJECT:
        return impure_object(j, n);
    case CLASS:
        return impure_class(j, n);
    case UNARY:
        return impure_unary(j, n);
    case BINARY:
        return impure_binary(j, n);
    case CONDITIONAL:
        return impure(j, n->a) || impure(j, n->b) || impure(j, n->c);
    case SEQUENCE:
        return impure_list(j, n->a, false);
    case CALL:
    case NEW:
        return !(n->flags & (NF_PURE | NF_ENUM)) || impure_list(j, n->b, false);
    case SPREAD:
        return true;
    default:
        return true;
    }
}

static bool impure_declarations(const Judge *j, const Node *var) {
    if (var->op == VAR_USING || var->op == VAR_AWAIT_USING)
        return true; // disposal runs at the end of the scope
    uint32_t len = ast_list_len(j->ast, var->a);
    const NodeId *items = ast_list_items(j->ast, var->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *d = node_of(j, items[i]);
        if (node_of(j, d->a)->kind != BINDING_IDENT)
            return true; // destructuring calls getters and iterators
        if (d->b != NODE_NONE && impure(j, d->b))
            return true;
    }
    return false;
}

static bool impure_statement(const Judge *j, NodeId id) {
    const Node *n = node_of(j, id);
    switch (n->kind) {
    case STMT_FUNCTION:
    case STMT_EMPTY:
    case STMT_DIRECTIVE:
    case IMPORT_DECL: // the imported module's effects are its own parts'
    case EXPORT_NAMED:
    case EXPORT_ALL:
        return false;
    case STMT_CLASS:
        return n->b != LIST_EMPTY || impure_class(j, node_of(j, n->a));
    case STMT_VAR:
        return impure_declarations(j, n);
    case STMT_EXPR:
        return impure(j, n->a);
    case EXPORT_DECL:
        return impure_statement(j, n->a);
    case EXPORT_DEFAULT:
        if (n->flags & NF_DECLARATION)
            return impure_statement(j, n->a);
        return impure(j, n->a);
    default:
        return true;
    }
}

bool side_effects_statement(const Ast *ast, const ScopeTable *st, NodeId stmt) {
    Judge j = { ast, st };
    return impure_statement(&j, stmt);
}

bool side_effects_expression(const Ast *ast, const ScopeTable *st, NodeId expr) {
    Judge j = { ast, st };
    return impure(&j, expr);
}
