// printer_jsx: JSX kept as JSX (`jsx: preserve`, parser_jsx.c) printed back.
//
// Text children and attribute strings are JSX_TEXT ranges of the source printed byte for byte,
// entities and line breaks included, because JSX whitespace and references mean something (a
// later compiler trims and decodes them); so only the layout between tags and attributes
// changes. A tag that is a reference prints through the ordinary expression printer, which
// applies renaming. Module prefix: printer_jsx_.
#include "js/printer_int.h"

static void print_element(Printer *p, const Node *n);

// A tag (NAME, IDENT, MEMBER, THIS): as written, or renamed.
static void print_tag(Printer *p, NodeId tag) {
    const Node *t = printer_node(p, tag);
    if (t->kind == NAME)
        printer_emit(p, printer_name_text(p, t).ptr, printer_name_text(p, t).len);
    else
        printer_expr(p, tag, PREC_MEMBER, 0);
}

// `{expr}`, `{...expr}`, a nested element, or text as written.
static void print_child(Printer *p, NodeId id) {
    const Node *c = printer_node(p, id);
    switch ((NodeKind)c->kind) {
    case JSX_TEXT:
        printer_emit(p, printer_name_text(p, c).ptr, printer_name_text(p, c).len);
        break;
    case JSX_ELEMENT:
        print_element(p, c);
        break;
    case JSX_EXPR:
        printer_char(p, '{');
        if (c->a != NODE_NONE)
            printer_expr(p, c->a, PREC_LOWEST, 0);
        printer_char(p, '}');
        break;
    case SPREAD:
        printer_emit(p, "{...", 4);
        printer_expr(p, c->a, PREC_COMMA, 0);
        printer_char(p, '}');
        break;
    default:
        UNREACHABLE();
    }
}

// ` name`, ` name=value` or ` {...expr}`.
static void print_attr(Printer *p, NodeId id) {
    const Node *a = printer_node(p, id);
    printer_char(p, ' ');
    if (a->kind == SPREAD) {
        print_child(p, id);
        return;
    }
    Str name = printer_name_text(p, printer_node(p, a->a));
    printer_emit(p, name.ptr, name.len);
    if (a->b == NODE_NONE)
        return;
    printer_char(p, '=');
    print_child(p, a->b);
}

static void print_element(Printer *p, const Node *n) {
    printer_mark(p, n->start);
    if (p->out->len && p->out->data[p->out->len - 1] == '<')
        printer_char(p, ' '); // `a < <b />`, not a shift
    printer_char(p, '<');
    if (n->a != NODE_NONE)
        print_tag(p, n->a);
    uint32_t attrs = ast_list_len(p->ast, n->b);
    for (uint32_t i = 0; i < attrs; i++)
        print_attr(p, ast_list_items(p->ast, n->b)[i]);
    if (n->flags & NF_SELF_CLOSING) {
        printer_emit(p, " />", 3);
        return;
    }
    printer_char(p, '>');
    uint32_t kids = ast_list_len(p->ast, n->c);
    for (uint32_t i = 0; i < kids; i++)
        print_child(p, ast_list_items(p->ast, n->c)[i]);
    printer_emit(p, "</", 2);
    if (n->a != NODE_NONE)
        print_tag(p, n->a);
    printer_char(p, '>');
}

void printer_jsx_element(Printer *p, NodeId id) {
    print_element(p, printer_node(p, id));
}
