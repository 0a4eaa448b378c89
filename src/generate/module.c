// module: one module's piece of the bundle (see generate_int.h).
//
// The module is parsed again with the options scan used, so its symbols have the ids the summary
// recorded. The plan is applied to the tree before printing, without building new structure:
// every reference prints through the names table (js/printer.h), and what must print as
// something other than a name gets a synthetic symbol whose "name" is that text — an import of
// a CommonJS module prints `import_x.name` (and `(0, import_x.name)` as a callee, so `this` is
// not the exports object), a `require('./x')` call node becomes `require_x()`. Nested bindings
// that would capture a name an import now prints as are renamed here (rename.c explains why).
#include <string.h>

#include "base/fs.h"
#include "base/map.h"
#include "generate/generate_int.h"
#include "js/printer.h"
#include "resolve/json.h"

typedef VEC(Str) NameVec;

typedef struct ModuleGen {
    const GenerateInput *in;
    const Module *m;
    const ModulePlan *mp;
    Arena *scratch;
    Str src;
    ParseResult parsed;
    NameVec names;      // by SymbolId, then synthetic symbols
    uint8_t *is_member; // by top-level SymbolId: prints as a property read
    Map records_at;     // string literal offset -> import record
    StrBuf tmp;
    StrBuf *out;
} ModuleGen;

static Str scratch_text(ModuleGen *g, Str s) {
    return str_dup(g->scratch, s);
}

// A new symbol id whose printed name is `text`.
static SymbolId synthetic(ModuleGen *g, Str text) {
    vec_push(g->scratch, &g->names, text);
    return g->names.len - 1;
}

static bool is_identifier(Str s) {
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
                  (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

// Appends s as a double-quoted JavaScript string.
void generate_append_quoted(StrBuf *b, Str s) {
    strbuf_append_char(b, '"');
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        // U+2028 and U+2029 end lines in older engines' string literals.
        bool separator =
                c == 0xe2 && i + 2 < s.len && (unsigned char)s.ptr[i + 1] == 0x80 &&
                ((unsigned char)s.ptr[i + 2] == 0xa8 || (unsigned char)s.ptr[i + 2] == 0xa9);
        if (c == '"' || c == '\\') {
            strbuf_append_char(b, '\\');
            strbuf_append_char(b, (char)c);
        } else if (c == '\n') {
            strbuf_append_cstr(b, "\\n");
        } else if (c == '\r') {
            strbuf_append_cstr(b, "\\r");
        } else if (c == '\t') {
            strbuf_append_cstr(b, "\\t");
        } else if (c < 0x20 || c == 0x7f) {
            strbuf_printf(b, "\\x%02x", c);
        } else if (separator) {
            strbuf_printf(b, "\\u%s", (unsigned char)s.ptr[i + 2] == 0xa8 ? "2028" : "2029");
            i += 2;
        } else if (c == '<' && i + 1 < s.len && s.ptr[i + 1] == '/') {
            strbuf_append_cstr(b, "<\\/"); // `</script` must not end an inline script
            i++;
        } else {
            strbuf_append_char(b, (char)c);
        }
    }
    strbuf_append_char(b, '"');
}

// `name.member` or `name["member"]`.
void generate_append_print(StrBuf *b, SymbolPrint pr) {
    strbuf_append(b, pr.name);
    if (!pr.member.len)
        return;
    if (is_identifier(pr.member)) {
        strbuf_append_char(b, '.');
        strbuf_append(b, pr.member);
    } else {
        strbuf_append_char(b, '[');
        generate_append_quoted(b, pr.member);
        strbuf_append_char(b, ']');
    }
}

static Str print_text(ModuleGen *g, SymbolPrint pr, bool as_callee) {
    strbuf_clear(&g->tmp);
    if (as_callee)
        strbuf_append_cstr(&g->tmp, "(0, ");
    generate_append_print(&g->tmp, pr);
    if (as_callee)
        strbuf_append_char(&g->tmp, ')');
    return scratch_text(g, strbuf_str(&g->tmp));
}

// ---------------------------------------------------------------------------------------------
// Names

static void names_of_top_level(ModuleGen *g) {
    const ScopeTable *st = &g->parsed.scopes;
    for (uint32_t s = 0; s < g->m->symbol_count; s++) {
        SymbolId id = g->m->symbols[s].id;
        SymbolPrint pr = g->mp->symbols[s];
        if (id == ID_NONE || id >= st->symbols.len || !pr.name.len)
            continue;
        g->names.items[id] = pr.member.len ? print_text(g, pr, false) : pr.name;
        g->is_member[id] = pr.member.len != 0;
    }
}

static void names_from_plan(ModuleGen *g) {
    const ScopeTable *st = &g->parsed.scopes;
    g->names = (NameVec){ 0 };
    vec_reserve(g->scratch, &g->names, st->symbols.len + 16);
    memset(g->names.items, 0, sizeof(Str) * st->symbols.len);
    g->names.len = st->symbols.len;
    g->is_member = arena_alloc_zero(g->scratch, MAX(st->symbols.len, 1));
    bool wrapped = g->mp->wrap == WRAP_CJS;
    if (!wrapped)
        names_of_top_level(g);
    // Otherwise a wrapped module keeps its own names inside its closure, unless minified.
    if (generate_mangles(g->in, g->m))
        generate_name_slots(g->in, g->m, wrapped, st, g->scratch, g->names.items);
}

// The spelling a top-level symbol has in this module's source.
static bool renamed(const ModuleGen *g, SymbolId id) {
    Str now = g->names.items[id];
    return now.len && !str_eq(now, scope_symbol_name(&g->parsed.scopes, id));
}

static bool name_in_module(const ModuleGen *g, Str name) {
    const Module *m = g->m;
    for (uint32_t i = 0; i < m->nested_count; i++) {
        if (str_eq(m->nested_names[i], name))
            return true;
    }
    for (uint32_t i = 0; i < m->global_count; i++) {
        if (str_eq(m->globals[i], name))
            return true;
    }
    return false;
}

// A nested binding named like something a top-level reference now prints as would capture it:
// give the nested binding a fresh name.
static void rename_capturing_nested(ModuleGen *g) {
    const ScopeTable *st = &g->parsed.scopes;
    Map printed;
    map_init(&printed, g->in->mem, MEM_OUTPUT);
    for (uint32_t s = 0; s < g->m->symbol_count; s++) {
        SymbolId id = g->m->symbols[s].id;
        if (id != ID_NONE && id < st->symbols.len && !g->is_member[id] && renamed(g, id))
            map_put_str(&printed, g->names.items[id], 0);
    }
    // `ns.name` prints as the export's own name, which no code here could see before.
    for (uint32_t r = 0; r < g->m->member_ref_count; r++) {
        SymbolPrint pr = g->mp->member_prints[r];
        if (pr.name.len && !pr.member.len)
            map_put_str(&printed, pr.name, 0);
    }
    uint64_t unused;
    for (SymbolId id = 0; map_len(&printed) && id < st->symbols.len; id++) {
        const Symbol *sym = &st->symbols.items[id];
        if (sym->scope == 0 || sym->kind == SYM_UNBOUND)
            continue;
        Str name = scope_symbol_name(st, id);
        if (!map_get_str(&printed, name, &unused))
            continue;
        for (uint64_t n = 1;; n++) {
            strbuf_clear(&g->tmp);
            strbuf_append(&g->tmp, name);
            strbuf_append_char(&g->tmp, '_');
            strbuf_append_u64(&g->tmp, n);
            Str candidate = strbuf_str(&g->tmp);
            if (!link_name_taken(g->in->plan, candidate) && !name_in_module(g, candidate) &&
                !map_get_str(&printed, candidate, &unused)) {
                g->names.items[id] = scratch_text(g, candidate);
                break;
            }
        }
    }
    map_deinit(&printed);
}

// ---------------------------------------------------------------------------------------------
// Rewrites

static Node *node_at(ModuleGen *g, NodeId id) {
    return &g->parsed.ast.nodes.items[id];
}

// Turns node `id` into a reference that prints as `text`.
static void replace_with_text(ModuleGen *g, NodeId id, Str text) {
    Node *n = node_at(g, id);
    n->kind = IDENT;
    n->flags = 0;
    n->a = synthetic(g, text);
    n->b = 0;
}

static void rewrite_callee(ModuleGen *g, NodeId callee) {
    Node *c = node_at(g, callee);
    if (c->kind != IDENT || c->a >= g->parsed.scopes.symbols.len || !g->is_member[c->a])
        return;
    SymbolId id = c->a;
    uint32_t s = summary_find_symbol(g->m, id);
    c->a = synthetic(g, print_text(g, g->mp->symbols[s], true));
}

static uint32_t record_at(const ModuleGen *g, uint32_t offset) {
    uint64_t r;
    return map_get_u64(&g->records_at, offset, &r) ? (uint32_t)r : ID_NONE;
}

// `require('./x')`: the wrapped module's require_x(), or an ES module's exports object.
static void rewrite_require(ModuleGen *g, NodeId call_id) {
    Node *call = node_at(g, call_id);
    if (ast_list_len(&g->parsed.ast, call->b) != 1)
        return;
    const Node *arg = node_at(g, ast_list_items(&g->parsed.ast, call->b)[0]);
    uint32_t r = arg->kind == STRING_LIT ? record_at(g, arg->start) : ID_NONE;
    if (r == ID_NONE || g->m->records[r].kind != IMPORT_REQUIRE)
        return;
    const ImportRecord *rec = &g->m->records[r];
    if (rec->target == ID_NONE || (rec->flags & (IRF_EXTERNAL | IRF_DISABLED))) {
        if (rec->flags & IRF_DISABLED)
            replace_with_text(g, call_id, STR("{}"));
        return;
    }
    const ModulePlan *tp = &g->in->plan->modules[rec->target];
    strbuf_clear(&g->tmp);
    if (tp->wrap == WRAP_CJS) {
        strbuf_append(&g->tmp, tp->require_name);
        strbuf_append_cstr(&g->tmp, "()");
    } else {
        strbuf_append_cstr(&g->tmp, "__toCommonJS(");
        strbuf_append(&g->tmp, tp->namespace_name);
        strbuf_append_char(&g->tmp, ')');
    }
    replace_with_text(g, call_id, scratch_text(g, strbuf_str(&g->tmp)));
}

// `import('./x')` of a bundled module: a promise of its namespace.
static void rewrite_import_call(ModuleGen *g, NodeId call_id) {
    const Node *call = node_at(g, call_id);
    const Node *arg = node_at(g, call->a);
    uint32_t r = arg->kind == STRING_LIT ? record_at(g, arg->start) : ID_NONE;
    if (r == ID_NONE || g->m->records[r].kind != IMPORT_DYNAMIC)
        return;
    const ImportRecord *rec = &g->m->records[r];
    if (rec->target == ID_NONE || (rec->flags & (IRF_EXTERNAL | IRF_DISABLED)))
        return;
    const ModulePlan *tp = &g->in->plan->modules[rec->target];
    strbuf_clear(&g->tmp);
    strbuf_append_cstr(&g->tmp, "Promise.resolve().then(() => ");
    if (tp->wrap == WRAP_CJS) {
        strbuf_append_cstr(&g->tmp, "__toESM(");
        strbuf_append(&g->tmp, tp->require_name);
        strbuf_append_cstr(&g->tmp, "())");
    } else {
        strbuf_append(&g->tmp, tp->namespace_name);
    }
    strbuf_append_char(&g->tmp, ')');
    replace_with_text(g, call_id, scratch_text(g, strbuf_str(&g->tmp)));
}

// ---------------------------------------------------------------------------------------------
// --define and import.meta

// Whether node `id` is the global expression `key` (`DEBUG`, `process.env.NODE_ENV`).
static bool is_define_target(ModuleGen *g, NodeId id, Str key) {
    const Node *n = node_at(g, id);
    size_t dot = str_rfind_char(key, '.');
    if (dot == SIZE_MAX) {
        if (n->kind != IDENT || n->a >= g->parsed.scopes.symbols.len)
            return false;
        const Symbol *s = &g->parsed.scopes.symbols.items[n->a];
        return s->kind == SYM_UNBOUND && str_eq(scope_symbol_name(&g->parsed.scopes, n->a), key);
    }
    if (n->kind != MEMBER || (n->flags & (NF_OPTIONAL | NF_OPTIONAL_CHAIN)))
        return false;
    const Node *prop = node_at(g, n->b);
    Str name = { g->src.ptr + prop->start, prop->a };
    if (prop->kind != NAME || !str_eq(name, str_slice(key, dot + 1, key.len)))
        return false;
    return is_define_target(g, n->a, str_slice(key, 0, dot));
}

// A define's value as printed: literals and names as they are, anything else parenthesized.
static Str define_text(ModuleGen *g, Str value) {
    bool plain = value.len > 0;
    for (size_t i = 0; plain && i < value.len; i++) {
        char c = value.ptr[i];
        plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '_' || c == '$' || c == '.';
    }
    bool quoted = value.len >= 2 && (value.ptr[0] == '"' || value.ptr[0] == '\'') &&
                  value.ptr[value.len - 1] == value.ptr[0];
    if (plain || quoted)
        return value;
    strbuf_clear(&g->tmp);
    strbuf_append_char(&g->tmp, '(');
    strbuf_append(&g->tmp, value);
    strbuf_append_char(&g->tmp, ')');
    return scratch_text(g, strbuf_str(&g->tmp));
}

// Nodes that are written to (`x = …`, `x++`): a define never replaces them.
static uint8_t *write_targets(ModuleGen *g) {
    uint32_t count = g->parsed.ast.nodes.len;
    uint8_t *out = arena_alloc_zero(g->scratch, MAX(count, 1));
    for (NodeId id = 0; id < count; id++) {
        const Node *n = node_at(g, id);
        if (n->kind == ASSIGN || n->kind == UPDATE)
            out[n->a] = 1;
    }
    return out;
}

// Outermost matches first: parents have larger ids than their children.
static void apply_defines(ModuleGen *g) {
    const KeyValueVec *defines = &g->in->options->defines;
    if (defines->len == 0)
        return;
    uint8_t *written = write_targets(g);
    for (NodeId id = g->parsed.ast.nodes.len; id-- > 0;) {
        NodeKind kind = node_at(g, id)->kind;
        if ((kind != IDENT && kind != MEMBER) || written[id])
            continue;
        for (uint32_t d = 0; d < defines->len; d++) {
            if (is_define_target(g, id, defines->items[d].key)) {
                replace_with_text(g, id, define_text(g, defines->items[d].value));
                break;
            }
        }
    }
}

// `import.meta` exists only in ES modules: other formats get an object with what node gives.
static Str import_meta_text(const ModuleGen *g) {
    if (g->in->plan->platform == PLATFORM_NODE)
        return STR("({ url: require(\"url\").pathToFileURL(__filename).href, filename: "
                   "__filename, dirname: __dirname })");
    return STR("({})");
}

static bool gen_namespace(const void *ctx, SymbolId sym) {
    const ModuleGen *g = ctx;
    uint32_t top = summary_find_symbol(g->m, sym);
    return top != ID_NONE && g->m->symbols[top].kind == SYM_IMPORT &&
           str_eq_cstr(g->m->symbols[top].imported, "*");
}

// `ns.name` on a namespace import reads the export directly (scan recorded the same reads).
static void rewrite_namespace_reads(ModuleGen *g) {
    if (g->m->member_ref_count == 0 || g->mp->wrap == WRAP_CJS)
        return;
    uint32_t count = g->parsed.ast.nodes.len;
    uint8_t *writes = arena_alloc_zero(g->scratch, MAX(count, 1));
    summary_mark_writes(&g->parsed.ast, 0, count ? count - 1 : 0, writes);
    for (NodeId id = 0; id < count; id++) {
        Str name;
        SymbolId sym;
        if (writes[id] || (sym = summary_namespace_read(&g->parsed.ast, g->src, node_at(g, id),
                                                        gen_namespace, g, &name)) == ID_NONE)
            continue;
        uint32_t top = summary_find_symbol(g->m, sym);
        for (uint32_t r = 0; r < g->m->member_ref_count; r++) {
            const MemberRef *ref = &g->m->member_refs[r];
            if (ref->symbol == top && str_eq(ref->name, name)) {
                replace_with_text(g, id, print_text(g, g->mp->member_prints[r], false));
                break;
            }
        }
    }
}

static void rewrite_tree(ModuleGen *g) {
    for (uint32_t r = 0; r < g->m->record_count; r++)
        map_put_u64(&g->records_at, g->m->records[r].offset, r);
    uint32_t count = g->parsed.ast.nodes.len; // synthetic nodes are never rewritten
    for (NodeId id = 0; id < count; id++) {
        Node *n = node_at(g, id);
        if (n->kind == CALL) {
            rewrite_callee(g, n->a);
            rewrite_require(g, id);
        } else if (n->kind == TEMPLATE && n->a != NODE_NONE) {
            rewrite_callee(g, n->a);
        } else if (n->kind == IMPORT_CALL) {
            rewrite_import_call(g, id);
        } else if (n->kind == IMPORT_META && g->in->plan->format != FORMAT_ESM) {
            replace_with_text(g, id, import_meta_text(g));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Printing

static bool minify(const ModuleGen *g) {
    return g->in->options->minify_whitespace;
}

// Minified names change `.name` unless --keep-names asks to keep it.
static bool keeps_names(const ModuleGen *g) {
    return !g->in->options->minify_identifiers || g->in->options->keep_names;
}

// An importer that node runs as an ES module sees a CommonJS module's default export as its
// whole module.exports, whatever `__esModule` says (docs/bundling.md).
static bool node_interop(const ModuleGen *g) {
    Str path = g->m->path;
    if (str_ends_with(path, STR(".mjs")) || str_ends_with(path, STR(".mts")))
        return true;
    return (g->m->flags & MODF_TYPE_MODULE) && str_ends_with(path, STR(".js"));
}

// What an import statement leaves behind: the variable holding a CommonJS or external module.
static void print_record(ModuleGen *g, NodeId source_lit) {
    uint32_t r = record_at(g, node_at(g, source_lit)->start);
    if (r == ID_NONE)
        return;
    uint8_t action = g->mp->record_action[r];
    const ImportRecord *rec = &g->m->records[r];
    Str name = g->mp->record_names[r];
    bool min = minify(g);
    if (action == RECORD_REQUIRE) {
        Str req = g->in->plan->modules[rec->target].require_name;
        strbuf_printf(g->out, "var %.*s%s__toESM(%.*s()%s)", (int)name.len, name.ptr,
                      min ? "=" : " = ", (int)req.len, req.ptr, node_interop(g) ? ", 1" : "");
    } else if (action == RECORD_EXTERNAL && g->in->plan->format == FORMAT_ESM) {
        strbuf_printf(g->out, "import * as %.*s from%s", (int)name.len, name.ptr, min ? "" : " ");
        generate_append_quoted(g->out, rec->external);
    } else if (action == RECORD_EXTERNAL) {
        strbuf_printf(g->out, "var %.*s%s__toESM(require(", (int)name.len, name.ptr,
                      min ? "=" : " = ");
        generate_append_quoted(g->out, rec->external);
        strbuf_append_char(g->out, ')');
        strbuf_append_char(g->out, ')');
    } else {
        return;
    }
    strbuf_append_cstr(g->out, min ? ";" : ";\n");
}

static uint32_t default_symbol(const ModuleGen *g) {
    for (uint32_t s = 0; s < g->m->symbol_count; s++) {
        if (g->m->symbols[s].flags & TSF_DEFAULT)
            return s;
    }
    return ID_NONE;
}

// `export default function () {}` declares a function all the same: it gets the default's name.
// Done before printing, because adding a symbol may move the names table the printer reads.
static void name_anonymous_default(ModuleGen *g) {
    uint32_t s = default_symbol(g);
    if (s == ID_NONE || g->mp->wrap == WRAP_CJS || !g->mp->symbols[s].name.len)
        return;
    const Ast *ast = &g->parsed.ast;
    uint32_t len = ast_list_len(ast, ast->body);
    for (uint32_t i = 0; i < len; i++) {
        const Node *n = node_at(g, ast_list_items(ast, ast->body)[i]);
        if (n->kind != EXPORT_DEFAULT || !(n->flags & NF_DECLARATION))
            continue;
        NodeId fn = node_at(g, n->a)->a;
        if (node_at(g, fn)->a != NODE_NONE)
            return;
        SymbolId sym = synthetic(g, g->mp->symbols[s].name);
        NodeId binding = ast_add(&g->parsed.ast, BINDING_IDENT, node_at(g, fn)->start, sym, 0, 0);
        node_at(g, fn)->a = binding;
        return;
    }
}

// A class that defines its own static `name` keeps it: __name must not replace it.
static bool has_static_name(const ModuleGen *g, const Node *cls) {
    uint32_t len = ast_list_len(&g->parsed.ast, cls->c);
    const NodeId *members = ast_list_items(&g->parsed.ast, cls->c);
    for (uint32_t i = 0; i < len; i++) {
        const Node *m = node_at((ModuleGen *)g, members[i]);
        if (m->kind != PROPERTY || !(m->flags & NF_STATIC) || (m->flags & NF_COMPUTED))
            continue;
        const Node *key = node_at((ModuleGen *)g, m->a);
        Str text = { g->src.ptr + key->start, key->a };
        if (key->kind == NAME && str_eq_cstr(text, "name"))
            return true;
    }
    return false;
}

// `__name(printed, "original");` after a function or class whose binding prints under another
// name, so `.name` reads what the program wrote.
static void keep_name(ModuleGen *g, NodeId fn_or_class, Str original) {
    const Node *n = node_at(g, fn_or_class);
    if (!keeps_names(g) || n->a == NODE_NONE || (n->kind == CLASS && has_static_name(g, n)))
        return;
    Str printed = g->names.items[node_at(g, n->a)->a];
    if (!printed.len || str_eq(printed, original))
        return;
    strbuf_printf(g->out, "__name(%.*s,%s", (int)printed.len, printed.ptr, minify(g) ? "" : " ");
    generate_append_quoted(g->out, original);
    strbuf_append_cstr(g->out, minify(g) ? ");" : ");\n");
}

// The function or class a statement declares, or NODE_NONE.
static NodeId declared_function(const ModuleGen *g, NodeId stmt) {
    const Node *n = node_at((ModuleGen *)g, stmt);
    if (n->kind == STMT_FUNCTION || n->kind == STMT_CLASS)
        return n->a;
    return NODE_NONE;
}

static void keep_declared_name(ModuleGen *g, NodeId stmt, bool is_default) {
    NodeId fn = declared_function(g, stmt);
    if (fn == NODE_NONE)
        return;
    NodeId binding = node_at(g, fn)->a;
    if (binding == NODE_NONE)
        return;
    SymbolId sym = node_at(g, binding)->a;
    bool synthetic_name = sym >= g->parsed.scopes.symbols.len;
    Str original = is_default && synthetic_name ? STR("default")
                                                : scope_symbol_name(&g->parsed.scopes, sym);
    keep_name(g, fn, original);
}

// `export default …`: a declaration keeps its form; an expression becomes `var <name> = …;`.
static void print_export_default(ModuleGen *g, Printer *p, const Node *n) {
    uint32_t s = default_symbol(g);
    Str name = s == ID_NONE ? (Str){ 0 } : g->mp->symbols[s].name;
    if (n->flags & NF_DECLARATION) {
        printer_statement(p, n->a);
        keep_declared_name(g, n->a, true);
        return;
    }
    NodeId value = n->a;
    strbuf_printf(g->out, "var %.*s%s", (int)name.len, name.ptr, minify(g) ? "=" : " = ");
    printer_expression(p, value);
    strbuf_append_cstr(g->out, minify(g) ? ";" : ";\n");
    // An anonymous function or class exported as default is named "default" (§16.2.3.7).
    const Node *v = node_at(g, value);
    if (keeps_names(g) && (v->kind == FUNC || v->kind == CLASS) && v->a == NODE_NONE &&
        !(v->kind == CLASS && has_static_name(g, v)))
        strbuf_printf(g->out, "__name(%.*s,%s\"default\");%s", (int)name.len, name.ptr,
                      minify(g) ? "" : " ", minify(g) ? "" : "\n");
}

// --minify-syntax: a module's "use strict" says nothing in esm output, which is strict
// throughout (and elsewhere in a scope-hoisted bundle it is no directive at all, but the esm case
// is the one that is exact for every module, wrapped ones included).
static bool redundant_directive(ModuleGen *g, NodeId stmt) {
    const Node *n = node_at(g, stmt);
    return n->kind == STMT_DIRECTIVE && g->in->options->minify_syntax &&
           g->in->plan->format == FORMAT_ESM;
}

static void print_statement(ModuleGen *g, Printer *p, uint32_t index, NodeId stmt) {
    const Node *n = node_at(g, stmt);
    if (redundant_directive(g, stmt))
        return;
    switch (n->kind) {
    case IMPORT_DECL:
        printer_flush(p);
        print_record(g, n->b);
        return;
    case EXPORT_NAMED:
        printer_flush(p);
        if (n->b != NODE_NONE)
            print_record(g, n->b);
        return;
    case EXPORT_ALL:
        printer_flush(p);
        print_record(g, n->b);
        return;
    default:
        break;
    }
    if (!g->mp->part_live[index])
        return;
    NodeId printed = n->kind == EXPORT_DECL ? n->a : stmt;
    // Declarations one after another may join (`var a=1,b=2;`): nothing else comes between.
    if (node_at(g, printed)->kind == STMT_VAR) {
        printer_statement_open(p, printed);
        return;
    }
    printer_flush(p);
    if (n->kind == EXPORT_DEFAULT) {
        print_export_default(g, p, n);
    } else {
        printer_statement(p, printed);
        keep_declared_name(g, printed, false);
    }
}

static void print_wrapped(ModuleGen *g, Printer *p, const ListRef body) {
    Str name = g->mp->require_name;
    if (minify(g))
        strbuf_printf(g->out, "var %.*s=__commonJS(function(exports,module){", (int)name.len,
                      name.ptr);
    else
        strbuf_printf(g->out, "var %.*s = __commonJS(function (exports, module) {\n", (int)name.len,
                      name.ptr);
    uint32_t len = ast_list_len(&g->parsed.ast, body);
    for (uint32_t i = 0; i < len; i++) {
        NodeId stmt = ast_list_items(&g->parsed.ast, body)[i];
        if (!redundant_directive(g, stmt))
            printer_statement_open(p, stmt);
    }
    printer_flush(p);
    strbuf_append_cstr(g->out, minify(g) ? "});" : "});\n");
}

static void print_module(ModuleGen *g) {
    PrintOptions opt = {
        .minify_whitespace = minify(g),
        .minify_syntax = g->in->options->minify_syntax,
        .names = g->names.items,
        .names_len = g->names.len,
        .indent = g->mp->wrap == WRAP_CJS ? 1 : 0,
    };
    Printer p;
    printer_init(&p, &g->parsed.ast, g->src, g->out, &opt);
    if (!minify(g))
        strbuf_printf(g->out, "// %.*s\n", (int)g->m->pretty_path.len, g->m->pretty_path.ptr);
    ListRef body = g->parsed.ast.body;
    if (g->mp->wrap == WRAP_CJS) {
        print_wrapped(g, &p, body);
        return;
    }
    uint32_t len = ast_list_len(&g->parsed.ast, body);
    for (uint32_t i = 0; i < len; i++)
        print_statement(g, &p, i, ast_list_items(&g->parsed.ast, body)[i]);
    printer_flush(&p);
}

// End of the JSON value starting at `at` in text (which the JSON reader accepted).
static size_t json_value_end(Str text, size_t at) {
    int depth = 0;
    for (size_t i = at; i < text.len; i++) {
        char c = text.ptr[i];
        if (c == '"') {
            for (i++; i < text.len && text.ptr[i] != '"'; i++)
                i += text.ptr[i] == '\\';
            if (depth == 0)
                return i + 1;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            return i;
        }
    }
    return text.len;
}

static Str json_slice(const ModuleGen *g, const JsonValue *v) {
    return (Str){ g->src.ptr + v->offset, json_value_end(g->src, v->offset) - v->offset };
}

static void print_var(ModuleGen *g, Str name, Str value) {
    strbuf_printf(g->out, "var %.*s%s", (int)name.len, name.ptr, minify(g) ? "=" : " = ");
    strbuf_append(g->out, value);
    strbuf_append_cstr(g->out, minify(g) ? ";" : ";\n");
}

static uint32_t json_symbol(const ModuleGen *g, Str key) {
    for (uint32_t s = 0; s + 1 < g->m->symbol_count; s++) {
        if (str_eq(g->m->symbols[s].name, key))
            return s;
    }
    return ID_NONE;
}

// The default export: the object again, its exported keys read from their variables.
static void print_json_default(ModuleGen *g, const JsonValue *root, Str name) {
    strbuf_printf(g->out, "var %.*s%s{", (int)name.len, name.ptr, minify(g) ? "=" : " = ");
    for (uint32_t i = 0; i < root->len; i++) {
        const JsonMember *member = &root->members[i];
        strbuf_append_cstr(g->out, i ? (minify(g) ? "," : ",\n  ") : (minify(g) ? "" : "\n  "));
        uint32_t s = summary_json_key_exported(member->key) ? json_symbol(g, member->key) : ID_NONE;
        if (str_eq_cstr(member->key, "__proto__"))
            strbuf_append_cstr(g->out, "[\"__proto__\"]"); // a literal key would set the prototype
        else
            generate_append_quoted(g->out, member->key);
        strbuf_append_cstr(g->out, minify(g) ? ":" : ": ");
        strbuf_append(g->out,
                      s != ID_NONE ? g->mp->symbols[s].name : json_slice(g, &member->value));
    }
    strbuf_append_cstr(g->out, root->len && !minify(g) ? "\n};\n" : (minify(g) ? "};" : "};\n"));
}

// A JSON module: `var key = value;` for each live exported key, then the default export.
static void print_json(ModuleGen *g) {
    JsonValue root;
    JsonError err;
    if (!json_parse(g->scratch, g->src, false, &root, &err))
        return; // scan accepted this text, and its hash has not changed
    if (!minify(g))
        strbuf_printf(g->out, "// %.*s\n", (int)g->m->pretty_path.len, g->m->pretty_path.ptr);
    uint32_t keys = g->m->symbol_count - 1;
    for (uint32_t s = 0; s < keys; s++) {
        if (g->mp->part_live[s]) {
            const JsonValue *v = json_get(&root, g->m->symbols[s].name);
            print_var(g, g->mp->symbols[s].name, json_slice(g, v));
        }
    }
    if (!g->mp->part_live[keys])
        return;
    Str name = g->mp->symbols[keys].name;
    if (root.kind == JSON_OBJECT)
        print_json_default(g, &root, name);
    else
        print_var(g, name, json_slice(g, &root));
}

// A text module: its default export is the text as a string literal.
static void print_text_module(ModuleGen *g) {
    if (!g->mp->part_live[0])
        return;
    if (!minify(g))
        strbuf_printf(g->out, "// %.*s\n", (int)g->m->pretty_path.len, g->m->pretty_path.ptr);
    Str name = g->mp->symbols[0].name;
    strbuf_printf(g->out, "var %.*s%s", (int)name.len, name.ptr, minify(g) ? "=" : " = ");
    generate_append_quoted(g->out, g->src);
    strbuf_append_cstr(g->out, minify(g) ? ";" : ";\n");
}

// ---------------------------------------------------------------------------------------------

static bool read_again(ModuleGen *g) {
    const Module *m = g->m;
    const char *path = arena_strndup(g->scratch, m->path.ptr, m->path.len);
    int err = 0;
    if (!fs_read_file(g->scratch, path, &g->src, &err)) {
        diag_report_io(g->in->diag, "read", m->pretty_path, err);
        return false;
    }
    if (g->src.len != m->size || str_hash(g->src) != m->hash) {
        diag_report(g->in->diag, DIAG_ERROR, NULL, 0, 0, "\"%.*s\" changed during the build",
                    (int)m->pretty_path.len, m->pretty_path.ptr);
        return false;
    }
    return true;
}

bool generate_module(const GenerateInput *in, ModuleId id, Arena *scratch, StrBuf *out) {
    ModuleGen g = {
        .in = in,
        .m = in->graph->modules[id],
        .mp = &in->plan->modules[id],
        .scratch = scratch,
        .out = out,
    };
    if (!read_again(&g))
        return false;
    if (g.m->flags & MODF_JSON) {
        print_json(&g);
        return true;
    }
    if (g.m->flags & MODF_TEXT) {
        print_text_module(&g);
        return true;
    }
    DiagFile file = { g.m->pretty_path, g.src };
    if (!parse_program(&file, in->diag, scratch, &g.m->parse_options, &g.parsed))
        return false;
    map_init(&g.records_at, in->mem, MEM_OUTPUT);
    strbuf_init(&g.tmp, in->mem, MEM_OUTPUT);
    names_from_plan(&g);
    if (!generate_mangles(in, g.m))
        rename_capturing_nested(&g); // minified nested names never meet top-level ones
    apply_defines(&g);
    rewrite_namespace_reads(&g);
    rewrite_tree(&g);
    name_anonymous_default(&g);
    if (in->options->drop_console || in->options->drop_debugger)
        generate_drop(&g.parsed.ast, &g.parsed.scopes, in->options->drop_console,
                      in->options->drop_debugger);
    if (in->options->minify_syntax)
        generate_minify_tree(&g.parsed.ast, &g.parsed.scopes, scratch);
    print_module(&g);
    strbuf_deinit(&g.tmp);
    map_deinit(&g.records_at);
    return true;
}
