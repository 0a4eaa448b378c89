// parser_module: import and export declarations (ECMA-262 §16.2.2, §16.2.3) and import
// attributes. Only at the top level of a module; in PARSE_AUTO mode the first one switches
// the parse to the module goal. Exported names are checked for duplicates as they come;
// `export { x }` of a local is checked against the module's declarations when it closes.
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

static NodeId string_node(Parser *p) {
    const Token *t = &p->lx.token;
    if (t->kind != TOK_STRING) {
        parse_expect(p, TOK_STRING);
        return NODE_NONE;
    }
    NodeId n = node(p, STRING_LIT, t->start, t->end - t->start, 0, 0);
    if (t->flags & TOKF_ESCAPED)
        ast_node(p->ast, n)->flags |= NF_ESCAPED;
    parse_next(p);
    return n;
}

// ModuleExportName: IdentifierName | StringLiteral. A reserved word is marked with b = 1 (it
// may not name a local binding).
static NodeId parse_export_name(Parser *p) {
    const Token *t = &p->lx.token;
    if (t->kind == TOK_STRING)
        return string_node(p);
    if (t->kind != TOK_IDENT && !token_is_reserved((TokenKind)t->kind)) {
        parse_expect(p, TOK_IDENT);
        return NODE_NONE;
    }
    bool reserved = t->kind != TOK_IDENT || keyword_is_reserved((Keyword)t->keyword);
    NodeId n = node(p, NAME, t->start, t->end - t->start, reserved, 0);
    parse_next(p);
    return n;
}

// Records an exported name; a second export of the same name is an error.
static void record_export(Parser *p, NodeId name_node) {
    if (name_node == NODE_NONE || p->stopped)
        return;
    const Node *n = ast_node(p->ast, name_node);
    Str name = { p->lx.src + n->start, n->a };
    if (n->kind == STRING_LIT)
        name = (Str){ name.ptr + 1, name.len - 2 };
    else if (n->kind == BINDING_IDENT || n->kind == IDENT)
        name = (Str){ p->lx.src + n->start, n->b };
    bool inserted;
    map_find_or_insert_str(&p->exports, name, 1, &inserted);
    if (!inserted) {
        parse_error(p, n->start, (uint32_t)name.len, "Multiple exports with the same name \"%.*s\"",
                    (int)name.len, name.ptr);
    }
}

// WithClause: (`with` | `assert`) `{` (AttributeKey `:` StringLiteral `,`?)* `}`
static ListRef parse_attributes(Parser *p) {
    bool with = parse_tok(p) == TOK_WITH;
    bool assert = lex_is_contextual(&p->lx.token, KW_ASSERT) && !parse_newline_before(p);
    if (!with && !assert)
        return LIST_EMPTY;
    parse_next(p);
    parse_expect(p, TOK_OPEN_BRACE);
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF) {
        uint32_t start = p->lx.token.start;
        NodeId key = parse_export_name(p);
        parse_expect(p, TOK_COLON);
        NodeId value = string_node(p);
        parse_push(p, node(p, PROPERTY, start, key, value, 0));
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACE);
    return parse_list_from(p, mark);
}

// An imported binding: BindingIdentifier declared as SYM_IMPORT.
static NodeId import_binding(Parser *p) {
    const Token *t = &p->lx.token;
    if (!parse_check_identifier(p, t, true))
        return NODE_NONE;
    NodeId b = node(p, BINDING_IDENT, t->start, ID_NONE, t->end - t->start, 0);
    parse_declare(p, b, parse_token_name(p), SYM_IMPORT);
    parse_next(p);
    return b;
}

static void expect_word(Parser *p, Keyword kw) {
    if (lex_is_contextual(&p->lx.token, kw)) {
        parse_next(p);
        return;
    }
    const Token *t = &p->lx.token;
    if (t->kind == TOK_EOF)
        parse_error(p, t->start, 0, "Expected \"%s\" but found end of file", keyword_name(kw));
    else
        parse_error(p, t->start, t->end - t->start, "Expected \"%s\" but found \"%.*s\"",
                    keyword_name(kw), (int)(t->end - t->start), p->lx.src + t->start);
}

// A TypeScript type-only specifier `type A` or `type A as B` (in imports and exports): skipped
// with its comma, declaring nothing. `type`, `type as x` and `type as as x` name a value.
static bool skip_type_specifier(Parser *p) {
    if (!lex_is_contextual(&p->lx.token, KW_TYPE))
        return false;
    Token next = parse_ts_peek(p);
    TokenKind k = (TokenKind)next.kind;
    if (k == TOK_COMMA || k == TOK_CLOSE_BRACE || lex_is_contextual(&next, KW_AS))
        return false;
    parse_next(p); // type
    parse_next(p); // the name
    if (lex_is_contextual(&p->lx.token, KW_AS)) {
        parse_next(p);
        parse_next(p);
    }
    if (parse_tok(p) == TOK_COMMA)
        parse_next(p);
    return true;
}

// NamedImports: `{` (ImportSpecifier `,`)* `}`
// ImportSpecifier: ImportedBinding | ModuleExportName `as` ImportedBinding
static void parse_named_imports(Parser *p) {
    parse_next(p);
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF) {
        if (p->ts && skip_type_specifier(p))
            continue;
        uint32_t start = p->lx.token.start;
        Token name_tok = p->lx.token;
        NodeId imported;
        NodeId local;
        if (parse_tok(p) != TOK_IDENT) {
            imported = parse_export_name(p);
            expect_word(p, KW_AS);
            local = import_binding(p);
        } else {
            uint32_t len = name_tok.end - name_tok.start;
            imported = node(p, NAME, name_tok.start, len, 0, 0);
            parse_next(p);
            if (lex_is_contextual(&p->lx.token, KW_AS)) {
                parse_next(p);
                local = import_binding(p);
            } else {
                // `{ a }`: the name is also the binding.
                local = node(p, BINDING_IDENT, name_tok.start, ID_NONE, len, 0);
                if (parse_check_identifier(p, &name_tok, true)) {
                    Str name = (name_tok.flags & TOKF_ESCAPED)
                                       ? lex_identifier_name(&p->lx, &name_tok, p->arena)
                                       : (Str){ p->lx.src + name_tok.start, len };
                    parse_declare(p, local, name, SYM_IMPORT);
                }
            }
        }
        parse_push(p, node(p, IMPORT_SPECIFIER, start, imported, local, 0));
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACE);
}

// ImportDeclaration: `import` ImportClause `from` ModuleSpecifier WithClause? `;` |
// `import` ModuleSpecifier WithClause? `;`
static NodeId parse_import(Parser *p, uint32_t start) {
    parse_next(p);
    uint32_t mark = p->tmp.len;
    bool braces = false;
    if (parse_tok(p) != TOK_STRING) {
        if (parse_tok(p) == TOK_IDENT) {
            uint32_t s = p->lx.token.start;
            parse_push(p, node(p, IMPORT_DEFAULT, s, import_binding(p), 0, 0));
            if (parse_tok(p) == TOK_COMMA)
                parse_next(p);
            else if (!lex_is_contextual(&p->lx.token, KW_FROM))
                expect_word(p, KW_FROM);
        }
        if (parse_tok(p) == TOK_STAR) {
            uint32_t s = p->lx.token.start;
            parse_next(p);
            expect_word(p, KW_AS);
            parse_push(p, node(p, IMPORT_NAMESPACE, s, import_binding(p), 0, 0));
        } else if (parse_tok(p) == TOK_OPEN_BRACE) {
            braces = true;
            parse_named_imports(p);
        } else if (p->tmp.len == mark) {
            parse_unexpected(p);
        }
        expect_word(p, KW_FROM);
    }
    ListRef specs = parse_list_from(p, mark);
    NodeId source = string_node(p);
    ListRef attrs = parse_attributes(p);
    parse_semicolon(p);
    NodeId n = node(p, IMPORT_DECL, start, specs, source, attrs);
    if (braces)
        ast_node(p->ast, n)->flags |= NF_BRACES;
    return n;
}

// Calls f on every BINDING_IDENT of a declaration's pattern.
static void for_each_binding(Parser *p, NodeId n, void (*f)(Parser *, NodeId)) {
    if (n == NODE_NONE)
        return;
    const Node *x = ast_node(p->ast, n);
    switch (x->kind) {
    case BINDING_IDENT:
        f(p, n);
        break;
    case ARRAY_PATTERN:
    case OBJECT_PATTERN: {
        uint32_t count = ast_list_len(p->ast, x->a);
        for (uint32_t i = 0; i < count; i++)
            for_each_binding(p, ast_list_items(p->ast, x->a)[i], f);
        break;
    }
    case PROPERTY:
        for_each_binding(p, x->b, f);
        break;
    case ASSIGN_PATTERN:
    case REST:
    case DECLARATOR:
        for_each_binding(p, x->a, f);
        break;
    default:
        break;
    }
}

static void export_binding(Parser *p, NodeId b) {
    record_export(p, b);
    SymbolId sym = ast_node(p->ast, b)->a;
    if (sym != ID_NONE)
        p->st->symbols.items[sym].flags |= SYMF_EXPORTED;
}

// `export` Declaration: records the names it binds.
static void export_declaration_names(Parser *p, NodeId decl) {
    const Node *d = ast_node(p->ast, decl);
    if (d->kind == STMT_VAR) {
        uint32_t count = ast_list_len(p->ast, d->a);
        for (uint32_t i = 0; i < count; i++)
            for_each_binding(p, ast_list_items(p->ast, d->a)[i], export_binding);
    } else if (d->kind == STMT_FUNCTION || d->kind == STMT_CLASS) {
        for_each_binding(p, ast_node(p->ast, d->a)->a, export_binding);
    }
}

void parse_export_names(Parser *p, NodeId decl) {
    export_declaration_names(p, decl);
}

// `export` NamedExports (`from` ModuleSpecifier WithClause?)? `;`
static NodeId parse_export_named(Parser *p, uint32_t start) {
    parse_next(p);
    uint32_t mark = p->tmp.len;
    while (parse_tok(p) != TOK_CLOSE_BRACE && parse_tok(p) != TOK_EOF) {
        if (p->ts && skip_type_specifier(p))
            continue;
        uint32_t s = p->lx.token.start;
        NodeId local = parse_export_name(p);
        NodeId exported = local;
        if (lex_is_contextual(&p->lx.token, KW_AS)) {
            parse_next(p);
            exported = parse_export_name(p);
        } else if (local != NODE_NONE) {
            const Node *l = ast_node(p->ast, local);
            exported = node(p, l->kind, l->start, l->a, 0, 0);
        }
        parse_push(p, node(p, EXPORT_SPECIFIER, s, local, exported, 0));
        if (parse_tok(p) != TOK_COMMA)
            break;
        parse_next(p);
    }
    parse_expect(p, TOK_CLOSE_BRACE);
    ListRef specs = parse_list_from(p, mark);
    NodeId source = NODE_NONE;
    ListRef attrs = LIST_EMPTY;
    if (lex_is_contextual(&p->lx.token, KW_FROM)) {
        parse_next(p);
        source = string_node(p);
        attrs = parse_attributes(p);
    }
    uint32_t count = ast_list_len(p->ast, specs);
    for (uint32_t i = 0; i < count && !p->stopped; i++) {
        const Node *spec = ast_node(p->ast, ast_list_items(p->ast, specs)[i]);
        record_export(p, spec->b);
        if (source != NODE_NONE)
            continue;
        // A local: an identifier reference bound when the module closes.
        NodeId local = spec->a;
        Node *l = ast_node(p->ast, local);
        if (l->kind == STRING_LIT || l->b) {
            parse_error(p, l->start, l->a, "Expected identifier but found \"%.*s\"", (int)l->a,
                        p->lx.src + l->start);
            break;
        }
        uint32_t len = l->a;
        l->kind = IDENT;
        l->a = ID_NONE;
        l->b = len;
        scope_reference(p->st, local, parse_range_name(p, l->start, len));
        vec_push(p->arena, &p->export_locals, local);
    }
    parse_semicolon(p);
    return node(p, EXPORT_NAMED, start, specs, source, attrs);
}

// `export` `default` (HoistableDeclaration | ClassDeclaration | AssignmentExpression `;`)
static NodeId parse_export_default(Parser *p, uint32_t start) {
    if (p->ts && parse_ts_default_signature(p))
        return parse_ts_erased(p, start); // `export default function f(): T;`: an overload
    uint32_t dstart = p->lx.token.start;
    bool annotated = (p->lx.token.flags & TOKF_NO_SIDE_EFFECTS) != 0;
    NodeId name = node(p, NAME, dstart, 7, 0, 0);
    record_export(p, name);
    parse_next(p);
    uint32_t s = p->lx.token.start;
    annotated |= (p->lx.token.flags & TOKF_NO_SIDE_EFFECTS) != 0;
    if (annotated)
        p->lx.token.flags |= TOKF_NO_SIDE_EFFECTS; // also for an expression: parse_primary
    if (p->ts && lex_is_contextual(&p->lx.token, KW_INTERFACE)) {
        NodeId n = parse_ts_statement(p); // `export default interface I {}`: a type
        if (n != NODE_NONE)
            return n;
    }
    if (p->ts && lex_is_contextual(&p->lx.token, KW_ABSTRACT) && parse_ts_peek(p).kind == TOK_CLASS)
        parse_next(p); // `export default abstract class`
    uint8_t fn = 0;
    bool is_function = parse_tok(p) == TOK_FUNCTION;
    if (lex_is_contextual(&p->lx.token, KW_ASYNC)) {
        LexSnapshot snap = lex_save(&p->lx);
        lex_next(&p->lx);
        bool f = p->lx.token.kind == TOK_FUNCTION && !(p->lx.token.flags & TOKF_NEWLINE_BEFORE);
        lex_restore(&p->lx, &snap);
        if (f) {
            parse_next(p);
            fn = NF_ASYNC;
            is_function = true;
        }
    }
    NodeId value;
    uint8_t flags = 0;
    if (is_function) {
        parse_next(p);
        if (parse_tok(p) == TOK_STAR) {
            fn |= NF_GENERATOR;
            parse_next(p);
        }
        NodeId f = parse_function(p, s, fn, true, true);
        if (annotated)
            ast_node(p->ast, f)->flags |= NF_NO_SIDE_EFFECTS;
        value = node(p, STMT_FUNCTION, s, f, 0, 0);
        flags = NF_DECLARATION;
    } else if (parse_tok(p) == TOK_CLASS) {
        value = node(p, STMT_CLASS, s, parse_class(p, true, true), 0, 0);
        flags = NF_DECLARATION;
    } else {
        value = parse_assign_in(p);
        parse_semicolon(p);
    }
    NodeId n = node(p, EXPORT_DEFAULT, start, value, 0, 0);
    ast_node(p->ast, n)->flags = flags;
    return n;
}

// ExportDeclaration: `export` (ExportFromClause FromClause | NamedExports | VariableStatement
// | Declaration | `default` …)
static NodeId parse_export(Parser *p, uint32_t start) {
    // /*#__NO_SIDE_EFFECTS__*/ may stand before `export` instead of before `function`.
    bool annotated = (p->lx.token.flags & TOKF_NO_SIDE_EFFECTS) != 0;
    parse_next(p);
    if (annotated)
        p->lx.token.flags |= TOKF_NO_SIDE_EFFECTS;
    if (parse_tok(p) == TOK_STAR) {
        parse_next(p);
        NodeId exported = NODE_NONE;
        if (lex_is_contextual(&p->lx.token, KW_AS)) {
            parse_next(p);
            exported = parse_export_name(p);
            record_export(p, exported);
        }
        expect_word(p, KW_FROM);
        NodeId source = string_node(p);
        ListRef attrs = parse_attributes(p);
        parse_semicolon(p);
        return node(p, EXPORT_ALL, start, exported, source, attrs);
    }
    if (parse_tok(p) == TOK_OPEN_BRACE)
        return parse_export_named(p, start);
    if (parse_tok(p) == TOK_DEFAULT)
        return parse_export_default(p, start);
    TokenKind k = parse_tok(p);
    bool ok = k == TOK_VAR || k == TOK_CONST || k == TOK_FUNCTION || k == TOK_CLASS ||
              lex_is_contextual(&p->lx.token, KW_LET) || lex_is_contextual(&p->lx.token, KW_ASYNC);
    NodeId decl = ok ? parse_declaration_statement(p) : NODE_NONE;
    if (decl == NODE_NONE) {
        parse_unexpected(p);
        return NODE_NONE;
    }
    if (p->ts && parse_is_erased(p, decl))
        return decl; // `export function f(): void;`: an overload signature
    export_declaration_names(p, decl);
    return node(p, EXPORT_DECL, start, decl, 0, 0);
}

NodeId parse_module_item(Parser *p) {
    uint32_t start = p->lx.token.start;
    bool is_import = parse_tok(p) == TOK_IMPORT;
    if (p->ts) {
        // `import x = require("m")`, `import x = A.B`, `export = v` are no ES module syntax:
        // allowed in CommonJS (.cts) and inside namespaces.
        NodeId n = parse_ts_commonjs_item(p, start, is_import);
        if (n != NODE_NONE || p->stopped)
            return n;
    }
    bool top = p->depth == 1 && scope_current(p->st) == 0;
    if (!p->lx.module && top && p->auto_mode) {
        parse_switch_to_module(p);
        return NODE_NONE;
    }
    if (!top) {
        parse_unexpected(p);
        return NODE_NONE;
    }
    if (!p->lx.module) {
        parse_error(p, start, 6, "Cannot use \"%s\" outside a module",
                    is_import ? "import" : "export");
        return NODE_NONE;
    }
    p->flags |= PARSEF_ESM_SYNTAX;
    if (!is_import) {
        NodeId n = parse_decorated_export(p, start);
        if (n != NODE_NONE || p->stopped)
            return n;
    }
    if (p->ts) {
        NodeId n = is_import ? parse_ts_import(p, start, false) : parse_ts_export(p, start);
        if (n != NODE_NONE || p->stopped)
            return n;
    }
    return is_import ? parse_import(p, start) : parse_export(p, start);
}
