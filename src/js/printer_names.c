// printer_names: functions and classes keep their `.name` when their binding prints under another
// name (PrintOptions.name_helper, the bundler's --keep-names).
//
// A function's `.name` comes from its own binding (`function f() {}`, `class C {}`, also as
// expressions) or, for an anonymous one, from the binding it is assigned to (NamedEvaluation,
// ECMA-262 §8.4: `let f = () => {}`, `f = function () {}`, `{ f = class {} } = o`). When that
// binding is renamed, the printer restores the name with a call of the helper, which sets
// `.name` and returns its first argument:
// - an expression: `__name(function n() {}, "f")`, `let n = __name(() => {}, "f")`;
// - a function declaration: `__name(n, "f");` first in the statement list that declares it
//   (after its directives), since the function exists from the start of the list and code
//   before the declaration may read the name (`return f.name; function f() {}`); in a `switch`
//   case, first in the case;
// - a class declaration: `__name(n, "C");` right after it (before, the class is in its TDZ).
// A class that defines a static `name` member keeps it. Static initializers of a class see the
// printed name, because the helper runs after the class is defined.
#include "js/printer_int.h"

static bool enabled(const Printer *p) {
    return p->opt.name_helper.len > 0;
}

// Whether the binding or reference node `id` prints under another name than it has in the
// source; *original is the source spelling (an escape like `\u0061` reads the same as a string).
static bool renamed(const Printer *p, NodeId id, Str *original) {
    if (id == NODE_NONE)
        return false;
    const Node *n = printer_node(p, id);
    if (n->kind != BINDING_IDENT && n->kind != IDENT)
        return false;
    *original = ast_text(p->ast, p->src.ptr, n->start, n->b);
    return original->len > 0 && !str_eq(printer_ident_text(p, n), *original);
}

// `static name …` in a class body: the class sets its own `.name`, which the helper must not
// replace.
static bool has_static_name(const Printer *p, const Node *cls) {
    uint32_t len = ast_list_len(p->ast, cls->c);
    const NodeId *members = ast_list_items(p->ast, cls->c);
    for (uint32_t i = 0; i < len; i++) {
        const Node *m = printer_node(p, members[i]);
        if (m->kind != PROPERTY || !(m->flags & NF_STATIC) || (m->flags & NF_COMPUTED))
            continue;
        const Node *key = printer_node(p, m->a);
        if (key->kind == NAME && str_eq_cstr(printer_name_text(p, key), "name"))
            return true;
        if (key->kind == STRING_LIT) {
            Str text = printer_name_text(p, key);
            if (text.len == 6 && memcmp(text.ptr + 1, "name", 4) == 0)
                return true;
        }
    }
    return false;
}

static bool takes_name(const Printer *p, const Node *fn_or_class) {
    return fn_or_class->kind == FUNC ||
           (fn_or_class->kind == CLASS && !has_static_name(p, fn_or_class));
}

static void open_call(Printer *p) {
    printer_word(p, p->opt.name_helper);
    printer_char(p, '(');
}

// `, "original")`
static void close_call(Printer *p, Str original) {
    printer_char(p, ',');
    printer_space(p);
    printer_char(p, '"');
    printer_emit(p, original.ptr, original.len);
    printer_char(p, '"');
    printer_char(p, ')');
}

bool printer_renamed_expr(const Printer *p, const Node *fn_or_class, Str *original) {
    return enabled(p) && takes_name(p, fn_or_class) && renamed(p, fn_or_class->a, original);
}

void printer_name_open(Printer *p, unsigned flags) {
    // A call inside a `new` callee would take new's arguments: `new (__name(…))()`.
    if (flags & PF_FORBID_CALL)
        printer_char(p, '(');
    open_call(p);
}

void printer_name_close(Printer *p, Str original, unsigned flags) {
    close_call(p, original);
    if (flags & PF_FORBID_CALL)
        printer_char(p, ')');
}

void printer_value(Printer *p, NodeId target, NodeId value, Prec level, unsigned flags) {
    Str original;
    const Node *v = printer_node(p, value);
    bool anonymous = (v->kind == FUNC || v->kind == CLASS) && v->a == NODE_NONE;
    if (!enabled(p) || !anonymous || !takes_name(p, v) || !renamed(p, target, &original)) {
        printer_expr(p, value, level, flags);
        return;
    }
    open_call(p);
    printer_expr(p, value, PREC_COMMA, 0);
    close_call(p, original);
}

// `__name(n, "original");` as a statement of its own.
static void name_statement(Printer *p, NodeId binding, Str original) {
    printer_flush(p);
    printer_indent(p);
    open_call(p);
    printer_word(p, printer_ident_text(p, printer_node(p, binding)));
    close_call(p, original);
    printer_end_stmt(p);
}

void printer_function_names(Printer *p, const NodeId *items, uint32_t n) {
    if (!enabled(p))
        return;
    for (uint32_t i = 0; i < n; i++) {
        const Node *s = printer_node(p, items[i]);
        Str original;
        if (s->kind != STMT_FUNCTION)
            continue;
        NodeId binding = printer_node(p, s->a)->a;
        if (renamed(p, binding, &original))
            name_statement(p, binding, original);
    }
}

void printer_class_name(Printer *p, NodeId stmt) {
    const Node *s = printer_node(p, stmt);
    if (!enabled(p) || s->kind != STMT_CLASS)
        return;
    const Node *cls = printer_node(p, s->a);
    Str original;
    if (takes_name(p, cls) && renamed(p, cls->a, &original))
        name_statement(p, cls->a, original);
}
