// parser_jsx: JSX elements and fragments (the JSX specification), lowered while parsing into
// the calls the compilers emit, so the rest of bale sees plain JavaScript:
//
//   classic     <a b="1" {...c}>hi {d}</a>  ->  React.createElement("a", { b: "1", ...c }, "hi ",
//   d) automatic   <a b="1">hi</a>             ->  _jsx("a", { b: "1", children: "hi" })
//               several children            ->  _jsxs("a", { children: [x, y] })
//               key                         ->  _jsx("a", { … }, key)
//               key after a spread          ->  _createElement("a", { ...s, key: k }) (React's
//               rule)
//
// Automatic runtime bindings (_jsx, _jsxs, _Fragment, _createElement) are declared as imports at
// the start of the module and the import declarations are prepended to the program only when
// used, from `<source>/jsx-runtime` (or `/jsx-dev-runtime`) and `<source>`. A tag starting with
// a lowercase letter or holding `-` or `:` is an intrinsic element (a string); others are
// references, so a component or the factory's `React` counts as a use for import elision.
// Pragmas in comments (`@jsx h`, `@jsxFrag Fragment`, `@jsxImportSource preact`,
// `@jsxRuntime classic|automatic`) override the options.
//
// With JSX_PRESERVE nothing is lowered: elements become JSX_ELEMENT nodes holding the tag, the
// attributes and the children, with text and attribute strings kept as written (JSX_TEXT), and
// the printer writes them back as JSX. Tags and attribute values are parsed the same way, so
// component references and import elision behave alike in both modes.
#include <string.h>

#include "js/parser_int.h"

static NodeId node(Parser *p, NodeKind kind, uint32_t start, uint32_t a, uint32_t b, uint32_t c) {
    return ast_add(p->ast, kind, start, a, b, c);
}

static bool tok_is(const Parser *p, TokenKind k) {
    return parse_tok(p) == k;
}

// `>` and the longer tokens the JavaScript lexer makes of `>>`, `>=`… (split when met).
static bool starts_gt_token(TokenKind k) {
    return k == TOK_GT || k == TOK_SHR || k == TOK_USHR || k == TOK_GT_EQ || k == TOK_SHR_EQ ||
           k == TOK_USHR_EQ;
}

// ---------------------------------------------------------------------------------------------
// Pragmas and runtime bindings

// The word after `@name` in a comment of the source, or an empty Str.
static Str pragma(const Parser *p, const char *name) {
    Str src = { p->lx.src, p->lx.len };
    Str needle = str_from_cstr(name);
    for (size_t from = 0;;) {
        size_t at = str_find(str_slice(src, from, src.len), needle);
        if (at == SIZE_MAX)
            return (Str){ NULL, 0 };
        at += from;
        from = at + 1;
        size_t i = at + needle.len;
        if (i >= src.len || (src.ptr[i] != ' ' && src.ptr[i] != '\t'))
            continue;
        // Only inside a comment: `//` or `/*` earlier on the line, or a `*` line of a block.
        size_t line = at;
        while (line > 0 && src.ptr[line - 1] != '\n')
            line--;
        Str before = str_slice(src, line, at);
        if (str_find(before, STR("//")) == SIZE_MAX && str_find_char(before, '*', 0) == SIZE_MAX)
            continue;
        while (i < src.len && (src.ptr[i] == ' ' || src.ptr[i] == '\t'))
            i++;
        size_t end = i;
        while (end < src.len && src.ptr[end] != ' ' && src.ptr[end] != '\t' &&
               src.ptr[end] != '\n' && src.ptr[end] != '\r' && src.ptr[end] != '*')
            end++;
        return str_slice(src, i, end);
    }
}

static const char *const runtime_names[JSXB_COUNT] = { "_jsx", "_jsxs", "_Fragment",
                                                       "_createElement" };

void parse_jsx_begin(Parser *p) {
    JsxState *j = &p->jsx_state;
    *j = (JsxState){ 0 };
    j->automatic = p->opt->jsx == JSX_AUTOMATIC;
    j->preserve = p->opt->jsx == JSX_PRESERVE;
    p->lx.jsx_pragmas_legal = j->preserve; // before the first token: pragmas come first
    j->factory = p->opt->jsx_factory;
    j->fragment = p->opt->jsx_fragment;
    j->source = p->opt->jsx_import_source;
    if (p->lx.len && memchr(p->lx.src, '@', p->lx.len)) {
        Str runtime = pragma(p, "@jsxRuntime");
        Str factory = pragma(p, "@jsx");
        Str fragment = pragma(p, "@jsxFrag");
        Str source = pragma(p, "@jsxImportSource");
        if (runtime.len)
            j->automatic = str_eq_cstr(runtime, "automatic");
        if (factory.len) {
            j->factory = factory;
            j->automatic = false;
        }
        if (fragment.len)
            j->fragment = fragment;
        if (source.len) {
            j->source = source;
            j->automatic = true;
        }
    }
    if (!j->factory.len)
        j->factory = STR("React.createElement");
    if (!j->fragment.len)
        j->fragment = STR("React.Fragment");
    if (!j->source.len)
        j->source = STR("react");
    if (j->preserve)
        j->automatic = false; // the compiler ignores the runtime pragmas when preserving
    if (!j->automatic)
        return;
    for (int i = 0; i < JSXB_COUNT; i++) {
        Str name = str_from_cstr(runtime_names[i]);
        j->binding[i] =
                node(p, BINDING_IDENT, ast_synth(p->ast, name), ID_NONE, (uint32_t)name.len, 0);
        parse_declare(p, j->binding[i], name, SYM_IMPORT);
    }
}

// A reference to one of the runtime bindings.
static NodeId runtime_ref(Parser *p, JsxBinding b) {
    JsxState *j = &p->jsx_state;
    j->used |= 1u << b;
    const Node *bn = ast_node(p->ast, j->binding[b]);
    NodeId n = node(p, IDENT, bn->start, ID_NONE, bn->b, 0);
    scope_reference(p->st, n, str_from_cstr(runtime_names[b]));
    return n;
}

// `import { a as _a, … } from "source"` for the used bindings in [from, to).
static NodeId runtime_import(Parser *p, int from, int to, Str source) {
    static const char *const imported[JSXB_COUNT] = { "jsx", "jsxs", "Fragment", "createElement" };
    JsxState *j = &p->jsx_state;
    uint32_t mark = p->tmp.len;
    for (int i = from; i < to; i++) {
        if (!(j->used & (1u << i)))
            continue;
        const char *name = imported[i];
        if (i == JSXB_JSX && p->opt->jsx_dev)
            name = "jsxDEV";
        Str s = str_from_cstr(name);
        NodeId n = node(p, NAME, ast_synth(p->ast, s), (uint32_t)s.len, 0, 0);
        parse_push(p, node(p, IMPORT_SPECIFIER, 0, n, j->binding[i], 0));
    }
    if (p->tmp.len == mark)
        return NODE_NONE;
    ListRef specs = parse_list_from(p, mark);
    return node(p, IMPORT_DECL, 0, specs, parse_ts_string(p, source), LIST_EMPTY);
}

// A class's outer binding, for its inner name `inner` (the printer writes one name for both).
static SymbolId outer_class(const ScopeTable *st, SymbolId inner) {
    const Symbol *s = &st->symbols.items[inner];
    ScopeId parent = st->scopes.items[s->scope].parent;
    Str name = scope_symbol_name(st, inner);
    for (SymbolId o = st->scopes.items[parent].first_symbol; o != ID_NONE;
         o = st->symbols.items[o].next) {
        if (st->symbols.items[o].kind == SYM_CLASS && str_eq(scope_symbol_name(st, o), name))
            return o;
    }
    return ID_NONE;
}

// Preserved JSX: the symbols named as tags keep their names (SYMF_JSX_TAG), a class's outer
// binding with its inner name.
static void mark_tags(Parser *p) {
    ScopeTable *st = p->st;
    for (uint32_t i = 0; i < p->jsx_tags.len; i++) {
        SymbolId sym = ast_node(p->ast, p->jsx_tags.items[i])->a;
        if (sym == ID_NONE || sym >= st->symbols.len)
            continue;
        st->symbols.items[sym].flags |= SYMF_JSX_TAG;
        if (st->symbols.items[sym].kind == SYM_CLASS_NAME) {
            SymbolId outer = outer_class(st, sym);
            if (outer != ID_NONE)
                st->symbols.items[outer].flags |= SYMF_JSX_TAG;
        }
    }
}

void parse_jsx_end(Parser *p) {
    JsxState *j = &p->jsx_state;
    mark_tags(p);
    if (!j->automatic || !j->used)
        return;
    const char *suffix = p->opt->jsx_dev ? "/jsx-dev-runtime" : "/jsx-runtime";
    size_t slen = strlen(suffix);
    char *buf = arena_new_array(p->arena, char, j->source.len + slen);
    memcpy(buf, j->source.ptr, j->source.len);
    memcpy(buf + j->source.len, suffix, slen);
    NodeId imports[2] = {
        runtime_import(p, JSXB_JSX, JSXB_CREATE_ELEMENT, (Str){ buf, j->source.len + slen }),
        runtime_import(p, JSXB_CREATE_ELEMENT, JSXB_COUNT, j->source),
    };
    uint32_t mark = p->tmp.len;
    for (int i = 0; i < 2; i++) {
        if (imports[i] != NODE_NONE)
            parse_push(p, imports[i]);
    }
    uint32_t count = ast_list_len(p->ast, p->ast->body);
    for (uint32_t i = 0; i < count; i++)
        parse_push(p, ast_list_items(p->ast, p->ast->body)[i]);
    p->ast->body = parse_list_from(p, mark);
    p->flags |= PARSEF_ESM_SYNTAX;
}

// A dotted name from the options or a pragma (`React.createElement`, `h`) as an expression.
static NodeId dotted(Parser *p, Str name, uint32_t start) {
    size_t dot = str_find_char(name, '.', 0);
    Str first = str_slice(name, 0, dot == SIZE_MAX ? name.len : dot);
    NodeId e = node(p, IDENT, ast_synth(p->ast, first), ID_NONE, (uint32_t)first.len, 0);
    scope_reference(p->st, e, first);
    while (dot != SIZE_MAX) {
        size_t next = str_find_char(name, '.', dot + 1);
        Str part = str_slice(name, dot + 1, next == SIZE_MAX ? name.len : next);
        NodeId n = node(p, NAME, ast_synth(p->ast, part), (uint32_t)part.len, 0, 0);
        e = node(p, MEMBER, start, e, n, 0);
        dot = next;
    }
    return e;
}

// ---------------------------------------------------------------------------------------------
// Names

// A JSX name token: an identifier (or keyword) extended over `-`.
static bool take_name(Parser *p, uint32_t *start, uint32_t *len) {
    if (!tok_is(p, TOK_IDENT) && !token_is_reserved(parse_tok(p))) {
        parse_unexpected(p);
        return false;
    }
    lex_jsx_extend_name(&p->lx);
    *start = p->lx.token.start;
    *len = p->lx.token.end - p->lx.token.start;
    parse_next(p);
    return true;
}

static NodeId quoted(Parser *p, uint32_t start, uint32_t len) {
    return parse_ts_string(p, (Str){ p->lx.src + start, len });
}

// JSXElementName: an intrinsic name (a string), `ns:name` (a string), or a reference with
// optional `.member` parts. Sets *text to the source range for matching the closing tag.
static NodeId parse_tag(Parser *p, Str *text) {
    uint32_t start, len;
    if (tok_is(p, TOK_THIS)) {
        start = p->lx.token.start;
        len = 4;
        parse_next(p);
    } else if (!take_name(p, &start, &len)) {
        return NODE_NONE;
    }
    const char *s = p->lx.src + start;
    if (tok_is(p, TOK_COLON)) {
        parse_next(p);
        uint32_t s2, l2;
        if (!take_name(p, &s2, &l2))
            return NODE_NONE;
        *text = (Str){ s, s2 + l2 - start };
        if (p->jsx_state.preserve)
            return node(p, NAME, start, s2 + l2 - start, 0, 0);
        return quoted(p, start, s2 + l2 - start);
    }
    bool intrinsic = (s[0] >= 'a' && s[0] <= 'z') || memchr(s, '-', len);
    NodeId e;
    if (tok_is(p, TOK_DOT) || !intrinsic) {
        if (len == 4 && memcmp(s, "this", 4) == 0) {
            e = parse_this(p, start);
        } else {
            e = node(p, IDENT, start, ID_NONE, len, 0);
            scope_reference(p->st, e, parse_range_name(p, start, len));
            if (p->jsx_state.preserve && !tok_is(p, TOK_DOT))
                vec_push(p->arena, &p->jsx_tags, e);
        }
    } else if (p->jsx_state.preserve) {
        e = node(p, NAME, start, len, 0, 0);
    } else {
        e = quoted(p, start, len);
    }
    uint32_t end = start + len;
    while (tok_is(p, TOK_DOT)) {
        parse_next(p);
        uint32_t ms, ml;
        if (!take_name(p, &ms, &ml))
            return NODE_NONE;
        e = node(p, MEMBER, start, e, node(p, NAME, ms, ml, 0, 0), 0);
        end = ms + ml;
    }
    *text = (Str){ s, end - start };
    return e;
}

// The name of a closing tag: only its text, to compare with the opening tag's.
static void closing_name(Parser *p, Str *text) {
    uint32_t start = p->lx.token.start, end = start;
    if (tok_is(p, TOK_THIS)) {
        end = p->lx.token.end;
        parse_next(p);
    } else {
        uint32_t s, l;
        if (!take_name(p, &s, &l))
            return;
        end = s + l;
    }
    while (tok_is(p, TOK_DOT) || tok_is(p, TOK_COLON)) {
        parse_next(p);
        uint32_t s, l;
        if (!take_name(p, &s, &l))
            return;
        end = s + l;
    }
    *text = (Str){ p->lx.src + start, end - start };
}

// ---------------------------------------------------------------------------------------------
// Attributes

// A property key for an attribute name: a NAME, or a string for `data-x` and `ns:x`.
static NodeId attr_key(Parser *p, uint32_t start, uint32_t len) {
    if (memchr(p->lx.src + start, '-', len) || memchr(p->lx.src + start, ':', len))
        return quoted(p, start, len);
    return node(p, NAME, start, len, 0, 0);
}

// JSXAttributeValue after `=`: a string, `{ expr }` or an element.
static NodeId parse_attr_value(Parser *p) {
    lex_jsx_attr_value(&p->lx);
    if (p->lx.failed) {
        parse_stop(p);
        return NODE_NONE;
    }
    bool preserve = p->jsx_state.preserve;
    if (tok_is(p, TOK_STRING)) {
        Token t = p->lx.token;
        parse_next(p);
        if (preserve)
            return node(p, JSX_TEXT, t.start, t.end - t.start, 0, 0);
        return parse_jsx_attr_string(p, &t);
    }
    if (tok_is(p, TOK_OPEN_BRACE)) {
        uint32_t start = p->lx.token.start;
        parse_next(p);
        NodeId e = parse_assign_in(p);
        parse_expect(p, TOK_CLOSE_BRACE);
        return preserve ? node(p, JSX_EXPR, start, e, 0, 0) : e;
    }
    if (tok_is(p, TOK_LT))
        return parse_jsx_element(p, false);
    parse_unexpected(p);
    return NODE_NONE;
}

// An element's attributes, collected for its props.
typedef struct Attrs {
    uint32_t mark; // tmp mark where the PROPERTY/SPREAD nodes start
    NodeId key;    // the `key` value, or NODE_NONE
    bool key_after_spread;
    bool spread; // a spread was seen (a later key then forces createElement)
} Attrs;

// JSXAttributes: (`{...expr}` | name (`:` name)? (`=` value)?)*
static void parse_attrs(Parser *p, Attrs *a) {
    while (!tok_is(p, TOK_GT) && !tok_is(p, TOK_SLASH) && !tok_is(p, TOK_EOF) && !p->stopped) {
        if (starts_gt_token(parse_tok(p)))
            break;
        uint32_t start = p->lx.token.start;
        if (tok_is(p, TOK_OPEN_BRACE)) {
            parse_next(p);
            parse_expect(p, TOK_DOT_DOT_DOT);
            NodeId e = parse_assign_in(p);
            parse_expect(p, TOK_CLOSE_BRACE);
            parse_push(p, node(p, SPREAD, start, e, 0, 0));
            a->spread = true;
            continue;
        }
        uint32_t ns, nl;
        if (!take_name(p, &ns, &nl))
            return;
        if (tok_is(p, TOK_COLON)) {
            parse_next(p);
            uint32_t s2, l2;
            if (!take_name(p, &s2, &l2))
                return;
            nl = s2 + l2 - ns;
        }
        NodeId value;
        if (p->jsx_state.preserve) {
            value = tok_is(p, TOK_EQ) ? parse_attr_value(p) : NODE_NONE;
            parse_push(p, node(p, JSX_ATTR, start, node(p, NAME, ns, nl, 0, 0), value, 0));
            continue;
        }
        if (tok_is(p, TOK_EQ)) {
            value = parse_attr_value(p);
        } else {
            value = node(p, BOOL_LIT, ns, 0, 0, 0);
            ast_node(p->ast, value)->op = 1;
        }
        bool is_key = nl == 3 && memcmp(p->lx.src + ns, "key", 3) == 0;
        if (is_key && p->jsx_state.automatic && !a->spread) {
            a->key = value;
            continue;
        }
        if (is_key && a->spread)
            a->key_after_spread = true;
        NodeId prop = node(p, PROPERTY, start, attr_key(p, ns, nl), value, 0);
        ast_node(p->ast, prop)->op = PROP_INIT;
        parse_push(p, prop);
    }
}

// ---------------------------------------------------------------------------------------------
// Elements

// The current token is `>` ending a tag: children follow in JSX, or JavaScript resumes.
static void after_gt(Parser *p, bool children) {
    if (starts_gt_token(parse_tok(p)))
        lex_rescan_greater(&p->lx);
    if (!tok_is(p, TOK_GT)) {
        parse_expect(p, TOK_GT);
        return;
    }
    if (!children) {
        parse_next(p);
        return;
    }
    lex_jsx_child(&p->lx);
    if (p->lx.failed)
        parse_stop(p);
}

// JSXChildren up to the closing tag `</`; pushes child expressions on tmp. At the end the
// current token is the `/` after `<`.
static void parse_children(Parser *p) {
    while (!p->stopped) {
        TokenKind k = parse_tok(p);
        bool preserve = p->jsx_state.preserve;
        if (k == TOK_JSX_TEXT) {
            Token t = p->lx.token;
            NodeId s = preserve ? node(p, JSX_TEXT, t.start, t.end - t.start, 0, 0)
                                : parse_jsx_text(p, &t);
            if (s != NODE_NONE)
                parse_push(p, s);
            lex_jsx_child(&p->lx);
        } else if (k == TOK_OPEN_BRACE) {
            uint32_t start = p->lx.token.start;
            parse_next(p);
            if (tok_is(p, TOK_DOT_DOT_DOT)) {
                parse_next(p);
                parse_push(p, node(p, SPREAD, start, parse_assign_in(p), 0, 0));
            } else if (!tok_is(p, TOK_CLOSE_BRACE)) {
                NodeId e = parse_expr(p);
                parse_push(p, preserve ? node(p, JSX_EXPR, start, e, 0, 0) : e);
            } else if (preserve) {
                // `{}` or `{/* comment */}` stays: it separates the text around it.
                parse_push(p, node(p, JSX_EXPR, start, NODE_NONE, 0, 0));
            }
            if (!tok_is(p, TOK_CLOSE_BRACE)) {
                parse_expect(p, TOK_CLOSE_BRACE);
                return;
            }
            lex_jsx_child(&p->lx);
        } else if (k == TOK_LT) {
            Token next = parse_ts_peek(p);
            if (next.kind == TOK_SLASH) {
                parse_next(p);
                return;
            }
            parse_push(p, parse_jsx_element(p, true));
        } else {
            parse_unexpected(p);
            return;
        }
        if (p->lx.failed)
            parse_stop(p);
    }
}

// `{ …attrs, children: … }` or, for classic and createElement, the props object or null.
static NodeId props_object(Parser *p, uint32_t start, uint32_t attr_mark, bool automatic,
                           ListRef children) {
    uint32_t count = ast_list_len(p->ast, children);
    if (automatic && count > 0) {
        NodeId value;
        if (count == 1 && ast_node(p->ast, ast_list_items(p->ast, children)[0])->kind != SPREAD)
            value = ast_list_items(p->ast, children)[0];
        else
            value = node(p, ARRAY, start, children, 0, 0);
        NodeId key = node(p, NAME, ast_synth(p->ast, STR("children")), 8, 0, 0);
        NodeId prop = node(p, PROPERTY, start, key, value, 0);
        ast_node(p->ast, prop)->op = PROP_INIT;
        parse_push(p, prop);
    }
    if (p->tmp.len == attr_mark && !automatic)
        return node(p, NULL_LIT, start, 0, 0, 0);
    return node(p, OBJECT, start, parse_list_from(p, attr_mark), 0, 0);
}

// `void 0`
static NodeId void_zero(Parser *p, uint32_t start) {
    NodeId zero = node(p, NUMBER_LIT, ast_synth(p->ast, STR("0")), 0, 0, 1);
    NodeId v = node(p, UNARY, start, zero, 0, 0);
    ast_node(p->ast, v)->op = TOK_VOID;
    return v;
}

// Builds the call for an element whose attributes are tmp[attrs->mark..] and children `kids`.
static NodeId build_call(Parser *p, uint32_t start, NodeId tag, Attrs *attrs, ListRef kids) {
    JsxState *j = &p->jsx_state;
    uint32_t count = ast_list_len(p->ast, kids);
    if (!j->automatic || attrs->key_after_spread) {
        // Classic: factory(tag, props, ...children) (also _createElement for a late key).
        NodeId props = props_object(p, start, attrs->mark, false, LIST_EMPTY);
        NodeId callee =
                j->automatic ? runtime_ref(p, JSXB_CREATE_ELEMENT) : dotted(p, j->factory, start);
        uint32_t mark = p->tmp.len;
        parse_push(p, tag);
        parse_push(p, props);
        for (uint32_t i = 0; i < count; i++)
            parse_push(p, ast_list_items(p->ast, kids)[i]);
        return node(p, CALL, start, callee, parse_list_from(p, mark), 0);
    }
    bool many = count > 1 ||
                (count == 1 && ast_node(p->ast, ast_list_items(p->ast, kids)[0])->kind == SPREAD);
    NodeId props = props_object(p, start, attrs->mark, true, kids);
    bool dev = p->opt->jsx_dev;
    NodeId callee = runtime_ref(p, many && !dev ? JSXB_JSXS : JSXB_JSX);
    uint32_t mark = p->tmp.len;
    parse_push(p, tag);
    parse_push(p, props);
    if (dev) {
        // jsxDEV(type, props, key, isStaticChildren, source, self): no source position or
        // `self` is passed (both optional for React).
        parse_push(p, attrs->key != NODE_NONE ? attrs->key : void_zero(p, start));
        NodeId is_static = node(p, BOOL_LIT, start, 0, 0, 0);
        ast_node(p->ast, is_static)->op = many;
        parse_push(p, is_static);
    } else if (attrs->key != NODE_NONE) {
        parse_push(p, attrs->key);
    }
    return node(p, CALL, start, callee, parse_list_from(p, mark), 0);
}

NodeId parse_jsx_element(Parser *p, bool in_children) {
    if (!parse_enter(p))
        return NODE_NONE;
    uint32_t start = p->lx.token.start;
    parse_next(p); // `<`
    Attrs attrs = { p->tmp.len, NODE_NONE, false, false };
    NodeId tag;
    Str open_text = { NULL, 0 };
    bool fragment = tok_is(p, TOK_GT);
    bool preserve = p->jsx_state.preserve;
    if (preserve) // the factory counts as used (its import stays), as for the compiler
        (void)dotted(p, fragment ? p->jsx_state.fragment : p->jsx_state.factory, start);
    if (fragment) {
        tag = preserve                 ? NODE_NONE
              : p->jsx_state.automatic ? runtime_ref(p, JSXB_FRAGMENT)
                                       : dotted(p, p->jsx_state.fragment, start);
    } else {
        tag = parse_tag(p, &open_text);
        if (p->ts && tok_is(p, TOK_LT))
            parse_ts_skip_type_params(p); // `<Comp<T> prop />`
        parse_attrs(p, &attrs);
    }
    ListRef kids = LIST_EMPTY;
    // The attributes stay on tmp below the children until the call is built.
    uint32_t kid_mark = p->tmp.len;
    bool self_closing = tok_is(p, TOK_SLASH);
    if (self_closing) {
        parse_next(p);
        after_gt(p, in_children);
    } else {
        after_gt(p, true);
        parse_children(p);
        kids = parse_list_from(p, kid_mark);
        // At `/` of the closing tag: `</name>` must match the opening one.
        parse_next(p);
        if (!fragment) {
            Str close_text = { NULL, 0 };
            uint32_t cstart = p->lx.token.start;
            closing_name(p, &close_text);
            if (!p->stopped && !str_eq(open_text, close_text)) {
                parse_error(p, cstart, (uint32_t)close_text.len,
                            "Expected closing tag \"%.*s\" to match opening tag",
                            (int)open_text.len, open_text.ptr);
            }
        }
        after_gt(p, in_children);
    }
    NodeId result;
    if (preserve) {
        ListRef attr_list = parse_list_from(p, attrs.mark);
        result = node(p, JSX_ELEMENT, start, tag, attr_list, kids);
        if (self_closing)
            ast_node(p->ast, result)->flags = NF_SELF_CLOSING;
    } else {
        result = build_call(p, start, tag, &attrs, kids);
    }
    parse_leave(p);
    return result;
}
