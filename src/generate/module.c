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
    PrintMappingVec *pairs; // source-map pairs not yet in the segment, or NULL
    SmapSegment *seg;       // the piece's source-map segment, or NULL
    StrBuf *legal;          // --legal-comments=eof: receives the legal comments, or NULL
    SmapBuilder *smap;      // builds seg while printing (once the source is read)
    InputMap input;         // the source's own map, when smap follows one
} ModuleGen;

static Str scratch_text(ModuleGen *g, Str s) {
    return str_dup(g->scratch, s);
}

// A new symbol id whose printed name is `text`.
static SymbolId synthetic(ModuleGen *g, Str text) {
    vec_push(g->scratch, &g->names, text);
    return g->names.len - 1;
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

// A property key in an object literal: the name, or its quoted form.
void generate_append_key(StrBuf *b, Str name) {
    bool plain = str_is_ascii_identifier(name) && !str_eq_cstr(name, "__proto__");
    if (plain)
        strbuf_append(b, name);
    else if (str_eq_cstr(name, "__proto__"))
        strbuf_append_cstr(b, "[\"__proto__\"]");
    else
        generate_append_quoted(b, name);
}

void generate_append_namespace(StrBuf *b, const ModulePlan *mp, bool min) {
    strbuf_append_cstr(b, "__ns({");
    for (uint32_t e = 0; e < mp->export_count; e++) {
        strbuf_append_cstr(b, e ? (min ? "," : ",\n  ") : (min ? "" : "\n  "));
        generate_append_key(b, mp->export_names[e]);
        strbuf_append_cstr(b, min ? ":()=>" : ": () => ");
        generate_append_print(b, mp->export_prints[e]);
    }
    strbuf_append_cstr(b, mp->export_count && !min ? "\n}" : "}");
    for (uint32_t i = 0; i < mp->dynamic_star_count; i++) {
        strbuf_append_cstr(b, i ? (min ? "," : ", ") : (min ? ",[" : ", ["));
        strbuf_append(b, mp->dynamic_stars[i]);
    }
    strbuf_append_cstr(b, mp->dynamic_star_count ? "])" : ")");
}

// `name.member` or `name["member"]`.
void generate_append_print(StrBuf *b, SymbolPrint pr) {
    strbuf_append(b, pr.name);
    if (!pr.member.len)
        return;
    if (str_is_ascii_identifier(pr.member)) {
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

// The top-level symbol named `name` of kind `kind`, or ID_NONE.
static SymbolId top_symbol_named(const ModuleGen *g, Str name, SymbolKind kind) {
    const ScopeTable *st = &g->parsed.scopes;
    for (uint32_t s = 0; s < g->m->symbol_count; s++) {
        SymbolId id = g->m->symbols[s].id;
        if (id != ID_NONE && st->symbols.items[id].kind == kind &&
            str_eq(scope_symbol_name(st, id), name))
            return id;
    }
    return ID_NONE;
}

// Whether scope `scope`'s nearest function-like ancestor (its var scope) is the top level.
static bool var_scope_is_top(const ScopeTable *st, ScopeId scope) {
    for (ScopeId s = scope; s != ID_NONE; s = st->scopes.items[s].parent) {
        ScopeKind kind = st->scopes.items[s].kind;
        if (kind == SCOPE_FUNCTION || kind == SCOPE_ARROW || kind == SCOPE_STATIC)
            return false;
        if (s == 0)
            return true;
    }
    return false;
}

// Bindings the source spells like a top-level one and that are the same thing: a class
// declaration's inner name (its body's references to itself), a sloppy block function whose
// var copy is at the top level (Annex B.3.3) and a catch parameter a top-level var redeclares
// (B.3.5). They print as the top-level binding does.
static void name_inner_bindings(ModuleGen *g) {
    const ScopeTable *st = &g->parsed.scopes;
    for (SymbolId id = 0; id < st->symbols.len; id++) {
        const Symbol *sym = &st->symbols.items[id];
        SymbolId outer = ID_NONE;
        if (sym->kind == SYM_CLASS_NAME && st->scopes.items[sym->scope].parent == 0)
            outer = top_symbol_named(g, scope_symbol_name(st, id), SYM_CLASS);
        else if (sym->kind == SYM_BLOCK_FUNCTION && var_scope_is_top(st, sym->scope))
            outer = top_symbol_named(g, scope_symbol_name(st, id), SYM_HOISTED);
        else if (sym->kind == SYM_CATCH && var_scope_is_top(st, sym->scope))
            outer = scope_catch_var(st, id);
        if (outer != ID_NONE && g->names.items[outer].len && !g->is_member[outer])
            g->names.items[id] = g->names.items[outer];
    }
}

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
    name_inner_bindings(g);
}

// The names `exports` and `module` print as in a wrapped module: the closure's parameters.
// Minified, link named them (LinkPlan.cjs_params); a module that keeps its names (eval, with)
// keeps them too.
static Str cjs_param(const ModuleGen *g, uint32_t which) {
    Str named = g->in->plan->cjs_params[which];
    if (named.len && generate_mangles(g->in, g->m))
        return named;
    return which == 0 ? STR("exports") : STR("module");
}

// Minified: every `exports` and `module` of a wrapped module's top level, free or declared
// there (`var exports = module.exports = …` redeclares the parameter: one binding), prints as
// the parameter's name.
static void name_cjs_params(ModuleGen *g) {
    const ScopeTable *st = &g->parsed.scopes;
    for (SymbolId id = 0; id < st->symbols.len; id++) {
        if (st->symbols.items[id].scope != 0)
            continue;
        Str name = scope_symbol_name(st, id);
        if (str_eq_cstr(name, "exports"))
            g->names.items[id] = cjs_param(g, 0);
        else if (str_eq_cstr(name, "module"))
            g->names.items[id] = cjs_param(g, 1);
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
    // Otherwise a wrapped module keeps its own names inside its closure, unless minified: then
    // link named its top level (closure_names), and its nested scopes by slot.
    if (generate_mangles(g->in, g->m)) {
        if (wrapped) {
            ASSERT(g->mp->closure_names);
            for (uint32_t s = 0; s < g->m->symbol_count; s++) {
                SymbolId id = g->m->symbols[s].id;
                if (id != ID_NONE && id < st->symbols.len)
                    g->names.items[id] = g->mp->closure_names[s];
            }
            name_cjs_params(g);
        }
        generate_name_slots(g->in, g->m, st, g->scratch, g->names.items);
    }
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
        if (pr.name.len && !pr.member.len && g->m->member_refs[r].name.len)
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

// An importer that node runs as an ES module sees a CommonJS module's default export as its
// whole module.exports, whatever `__esModule` says (docs/bundling.md).
static bool node_interop(const ModuleGen *g) {
    Str path = g->m->path;
    if (str_ends_with(path, STR(".mjs")) || str_ends_with(path, STR(".mts")))
        return true;
    return (g->m->flags & MODF_TYPE_MODULE) && str_ends_with(path, STR(".js"));
}

// `init_x(), ` before reading a lazily run module's namespace.
static void append_init_call(ModuleGen *g, const ModulePlan *tp) {
    if (tp->wrap != WRAP_ESM)
        return;
    strbuf_append(&g->tmp, tp->init_name);
    strbuf_append_cstr(&g->tmp, "(), ");
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
        // Parenthesized: the call may start a statement (`({}).install()`), where `{` would
        // open a block.
        if (rec->flags & IRF_DISABLED)
            replace_with_text(g, call_id, STR("({})"));
        return;
    }
    const ModulePlan *tp = &g->in->plan->modules[rec->target];
    const Module *target = g->in->graph->modules[rec->target];
    strbuf_clear(&g->tmp);
    if (target->flags & (MODF_JSON | MODF_TEXT)) {
        // require() of data gives the value itself, as node's require of a .json file does.
        strbuf_append(&g->tmp, tp->symbols[target->symbol_count - 1].name);
    } else if (tp->wrap == WRAP_CJS) {
        strbuf_append(&g->tmp, tp->require_name);
        strbuf_append_cstr(&g->tmp, "()");
    } else {
        strbuf_append_cstr(&g->tmp, "(");
        append_init_call(g, tp);
        strbuf_append_cstr(&g->tmp, "__toCommonJS(");
        strbuf_append(&g->tmp, tp->namespace_name);
        // For node, the namespace looks as node's own require() of an ES module shows it.
        strbuf_append_cstr(&g->tmp, g->in->plan->platform == PLATFORM_NODE ? ", 1))" : "))");
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
    if (tp->async_init) {
        // A module that awaits: the promise settles once its init has.
        strbuf_append_cstr(&g->tmp, "Promise.resolve().then(async () => (await ");
        strbuf_append(&g->tmp, tp->init_name);
        strbuf_append_cstr(&g->tmp, "(), ");
        strbuf_append(&g->tmp, tp->namespace_name);
        strbuf_append_cstr(&g->tmp, "))");
        replace_with_text(g, call_id, scratch_text(g, strbuf_str(&g->tmp)));
        return;
    }
    strbuf_append_cstr(&g->tmp, "Promise.resolve().then(() => ");
    if (tp->wrap == WRAP_CJS) {
        strbuf_append_cstr(&g->tmp, "__toESM(");
        strbuf_append(&g->tmp, tp->require_name);
        // CommonJS code's import() runs in node's ES loader; an ES module follows its rules.
        bool node_mode = node_interop(g) || !(g->m->flags & MODF_ESM);
        strbuf_append_cstr(&g->tmp, node_mode ? "(), 1)" : "())");
    } else {
        strbuf_append_char(&g->tmp, '(');
        append_init_call(g, tp);
        strbuf_append(&g->tmp, tp->namespace_name);
        strbuf_append_char(&g->tmp, ')');
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
    Str name = ast_text(&g->parsed.ast, g->src.ptr, prop->start, prop->a);
    if (prop->kind != NAME || !str_eq(name, str_slice(key, dot + 1, key.len)))
        return false;
    return is_define_target(g, n->a, str_slice(key, 0, dot));
}

// A define's value as printed: literals and names as they are, anything else parenthesized,
// and a number too when a property is read from it (`(1).toFixed()`: `1.toFixed` would not
// parse). `object`: the node replaced is a member expression's object.
static Str define_text(ModuleGen *g, Str value, bool object) {
    bool plain = value.len > 0 && !(object && value.ptr[0] >= '0' && value.ptr[0] <= '9');
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
    uint32_t count = g->parsed.ast.nodes.len;
    uint8_t *object = arena_alloc_zero(g->scratch, MAX(count, 1)); // objects of `x.name`
    for (NodeId id = 0; id < count; id++) {
        if (node_at(g, id)->kind == MEMBER)
            object[node_at(g, id)->a] = 1;
    }
    for (NodeId id = count; id-- > 0;) {
        NodeKind kind = node_at(g, id)->kind;
        if ((kind != IDENT && kind != MEMBER) || written[id])
            continue;
        for (uint32_t d = 0; d < defines->len; d++) {
            if (is_define_target(g, id, defines->items[d].key)) {
                Str value = defines->items[d].value;
                replace_with_text(g, id, define_text(g, value, object[id]));
                break;
            }
        }
    }
}

// `import.meta` exists only in ES modules: other formats get an object with what node gives,
// or in a browser the URL of the script (HELPER_SCRIPT_URL).
static Str import_meta_text(const ModuleGen *g) {
    if (g->in->plan->platform == PLATFORM_NODE)
        return STR("({ url: require(\"url\").pathToFileURL(__filename).href, filename: "
                   "__filename, dirname: __dirname })");
    return STR("({ url: __scriptURL })");
}

// An ES module's own `this` is undefined; in cjs and iife output the code around it has one.
static bool module_this_is_undefined(const ModuleGen *g) {
    return (g->m->flags & MODF_MODULE_GOAL) && g->in->plan->format != FORMAT_ESM;
}

static ImportBinding gen_binding(const void *ctx, SymbolId sym) {
    const ModuleGen *g = ctx;
    uint32_t top = summary_find_symbol(g->m, sym);
    if (top == ID_NONE || g->m->symbols[top].kind != SYM_IMPORT ||
        g->m->symbols[top].record == ID_NONE)
        return IMPORT_BINDING_NONE;
    return str_eq_cstr(g->m->symbols[top].imported, "*") ? IMPORT_BINDING_NAMESPACE
                                                         : IMPORT_BINDING_NAMED;
}

// Turns node `id` into the value of an enum member.
static void inline_const(ModuleGen *g, NodeId id, const EnumConst *c) {
    Ast *ast = &g->parsed.ast;
    uint32_t start = node_at(g, id)->start;
    NodeId v;
    if (c->is_string) {
        v = ast_add(ast, STRING_LIT, ast_synth(ast, c->text), (uint32_t)c->text.len, 0, 0);
        if (memchr(c->text.ptr, '\\', c->text.len))
            node_at(g, v)->flags |= NF_ESCAPED;
    } else {
        v = ast_add_number(ast, start, c->number);
    }
    *node_at(g, id) = *node_at(g, v);
}

// Reads through imports, as scan recorded them (Module.member_refs): `ns.name` reads the export
// directly, an inlined enum member becomes its value, and `ns.name.prop` that is not
// inlined reads the property of the export.
static void rewrite_import_reads(ModuleGen *g) {
    uint32_t count = g->parsed.ast.nodes.len;
    if (g->m->member_ref_count == 0 || g->mp->wrap == WRAP_CJS || count == 0)
        return;
    Map refs;
    map_init(&refs, g->in->mem, MEM_OUTPUT);
    for (uint32_t r = 0; r < g->m->member_ref_count; r++) {
        const MemberRef *ref = &g->m->member_refs[r];
        Str key = summary_member_key(g->scratch, ref->symbol, ref->name, summary_ref_prop(ref));
        map_put_str(&refs, key, r);
    }
    ImportReadVec reads = { 0 };
    summary_import_reads(&g->parsed.ast, g->src, 0, count - 1, gen_binding, g,
                         summary_reads_props(&g->m->parse_options), g->scratch, &reads);
    for (uint32_t i = 0; i < reads.len; i++) {
        const ImportRead *read = &reads.items[i];
        uint32_t top = summary_find_symbol(g->m, read->symbol);
        uint64_t r;
        Str key = summary_member_key(g->scratch, top, read->name, read->prop);
        if (!map_get_str(&refs, key, &r))
            continue; // scan saw the same reads: unreachable
        if (g->mp->member_consts[r]) {
            inline_const(g, read->node, g->mp->member_consts[r]);
        } else if (read->name.len) {
            NodeId ns_read = read->prop.len ? node_at(g, read->node)->a : read->node;
            replace_with_text(g, ns_read, print_text(g, g->mp->member_prints[r], false));
        }
    }
    map_deinit(&refs);
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
        } else if (n->kind == THIS && (n->flags & NF_TOP_LEVEL) && module_this_is_undefined(g)) {
            generate_void_zero(&g->parsed.ast, id);
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

// What an import statement leaves behind: the variable holding a CommonJS or external module.
// The record an import or export-from statement names.
static uint32_t statement_record(ModuleGen *g, NodeId stmt) {
    const Node *n = node_at(g, stmt);
    bool has_source = n->kind == IMPORT_DECL || n->kind == EXPORT_ALL ||
                      (n->kind == EXPORT_NAMED && n->b != NODE_NONE);
    return has_source ? record_at(g, node_at(g, n->b)->start) : ID_NONE;
}

// An import that stays an ES import (external, esm output): must stand at the top level.
static bool is_top_level_import(const ModuleGen *g, uint32_t r) {
    return r != ID_NONE && g->mp->record_action[r] == RECORD_EXTERNAL &&
           g->in->plan->format == FORMAT_ESM;
}

static bool record_runs_async(const ModuleGen *g, uint32_t r) {
    const ModulePlan *mp = g->mp;
    for (uint32_t i = mp->record_inits[r]; i < mp->record_inits[r + 1]; i++) {
        if (g->in->plan->modules[mp->inits[i]].async_init)
            return true;
    }
    return false;
}

// Whether inits[i] is async and not named by an earlier entry.
static bool is_first_async_init(const ModuleGen *g, uint32_t i) {
    const ModulePlan *mp = g->mp;
    if (!g->in->plan->modules[mp->inits[i]].async_init)
        return false;
    for (uint32_t k = 0; k < i; k++) {
        if (mp->inits[k] == mp->inits[i])
            return false;
    }
    return true;
}

// After the last import statement that runs a module whose init is async, the module waits for
// all of them at once: `await Promise.all([init_a(), init_b()]);` (init_x() gives the same
// promise again). They all start first, in order, as node starts the modules of the graph: a
// module that does not wait for another one still runs while that one awaits.
static void print_async_waits(ModuleGen *g, uint32_t r) {
    const ModulePlan *mp = g->mp;
    for (uint32_t k = r + 1; k < g->m->record_count; k++) {
        if (record_runs_async(g, k))
            return; // a later statement waits
    }
    uint32_t count = 0;
    for (uint32_t i = 0; i < mp->record_inits[g->m->record_count]; i++)
        count += is_first_async_init(g, i);
    bool min = minify(g);
    if (mp->wrap == WRAP_ESM && !min)
        strbuf_append_cstr(g->out, "  ");
    strbuf_append_cstr(g->out, count > 1 ? "await Promise.all([" : "await ");
    uint32_t n = 0;
    for (uint32_t i = 0; i < mp->record_inits[g->m->record_count]; i++) {
        const ModulePlan *tp = &g->in->plan->modules[mp->inits[i]];
        if (is_first_async_init(g, i))
            strbuf_printf(g->out, "%s%.*s()", n++ ? (min ? "," : ", ") : "", (int)tp->init_name.len,
                          tp->init_name.ptr);
    }
    strbuf_append_cstr(g->out, count > 1 ? "]);" : ";");
    if (!min)
        strbuf_append_char(g->out, '\n');
}

// `init_x();` for each lazily run module the import statement of record r needs first.
static void print_inits(ModuleGen *g, uint32_t r) {
    const ModulePlan *mp = g->mp;
    if (!mp->record_inits)
        return;
    for (uint32_t i = mp->record_inits[r]; i < mp->record_inits[r + 1]; i++) {
        Str init = g->in->plan->modules[mp->inits[i]].init_name;
        if (i > mp->record_inits[r] && mp->wrap == WRAP_ESM && !minify(g))
            strbuf_append_cstr(g->out, "  ");
        strbuf_printf(g->out, "%.*s();%s", (int)init.len, init.ptr, minify(g) ? "" : "\n");
    }
    if (record_runs_async(g, r))
        print_async_waits(g, r);
}

static void print_record(ModuleGen *g, NodeId source_lit) {
    uint32_t r = record_at(g, node_at(g, source_lit)->start);
    if (r == ID_NONE)
        return;
    uint8_t action = g->mp->record_action[r];
    const ImportRecord *rec = &g->m->records[r];
    Str name = g->mp->record_names[r];
    bool min = minify(g);
    // Inside a lazily run module the variable is declared outside its closure.
    const char *var = g->mp->wrap == WRAP_ESM ? "" : "var ";
    print_inits(g, r);
    if (action == RECORD_INIT) {
        return; // print_inits ran it
    } else if (action == RECORD_REQUIRE) {
        Str req = g->in->plan->modules[rec->target].require_name;
        strbuf_printf(g->out, "%s%.*s%s__toESM(%.*s()%s)", var, (int)name.len, name.ptr,
                      min ? "=" : " = ", (int)req.len, req.ptr, node_interop(g) ? ", 1" : "");
    } else if (action == RECORD_EXTERNAL && g->in->plan->format == FORMAT_ESM) {
        strbuf_printf(g->out, "import * as %.*s from%s", (int)name.len, name.ptr, min ? "" : " ");
        generate_append_quoted(g->out, rec->external);
    } else if (action == RECORD_EXTERNAL) {
        strbuf_printf(g->out, "%s%.*s%s__toESM(require(", var, (int)name.len, name.ptr,
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
        Str text = ast_text(&g->parsed.ast, g->src.ptr, key->start, key->a);
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
    // A synthetic binding only names an anonymous `export default` (whose name is "default").
    if (sym >= g->parsed.scopes.symbols.len && !is_default)
        return;
    Str original = sym >= g->parsed.scopes.symbols.len ? STR("default")
                                                       : scope_symbol_name(&g->parsed.scopes, sym);
    keep_name(g, fn, original);
}

// A function exists from the start of its module's code: a top-level one gets its `.name` back
// first, so code above its declaration reads the original name too (a class, in its temporal
// dead zone until declared, gets it after its declaration).
static void keep_function_names(ModuleGen *g) {
    const Ast *ast = &g->parsed.ast;
    uint32_t len = ast_list_len(ast, ast->body);
    for (uint32_t i = 0; i < len; i++) {
        NodeId stmt = ast_list_items(ast, ast->body)[i];
        const Node *n = node_at(g, stmt);
        bool is_default = n->kind == EXPORT_DEFAULT && (n->flags & NF_DECLARATION);
        NodeId inner = n->kind == EXPORT_DECL || is_default ? n->a : stmt;
        if (g->mp->part_live[i] && node_at(g, inner)->kind == STMT_FUNCTION)
            keep_declared_name(g, inner, is_default);
    }
}

static void keep_class_name(ModuleGen *g, NodeId stmt, bool is_default) {
    if (node_at(g, stmt)->kind == STMT_CLASS)
        keep_declared_name(g, stmt, is_default);
}

// `export default …`: a declaration keeps its form; an expression becomes `var <name> = …;`.
static void print_export_default(ModuleGen *g, Printer *p, const Node *n) {
    uint32_t s = default_symbol(g);
    Str name = s == ID_NONE ? (Str){ 0 } : g->mp->symbols[s].name;
    if (n->flags & NF_DECLARATION) {
        printer_statement(p, n->a);
        keep_class_name(g, n->a, true);
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

// After the last `export * from` a CommonJS module: the namespace object, now that the names
// it re-exports exist.
static void build_dynamic_namespace(ModuleGen *g, uint32_t record) {
    const ModulePlan *mp = g->mp;
    if (!mp->needs_namespace || !mp->dynamic_star_count || record != mp->last_dynamic_star)
        return;
    if (mp->wrap == WRAP_ESM)
        strbuf_append_cstr(g->out, minify(g) ? "" : "  ");
    strbuf_printf(g->out, "%.*s%s", (int)mp->namespace_name.len, mp->namespace_name.ptr,
                  minify(g) ? "=" : " = ");
    generate_append_namespace(g->out, mp, minify(g));
    strbuf_append_cstr(g->out, minify(g) ? ";" : ";\n");
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
        build_dynamic_namespace(g, statement_record(g, stmt));
        return;
    default:
        break;
    }
    if (!g->mp->part_live[index])
        return;
    NodeId printed = n->kind == EXPORT_DECL ? n->a : stmt;
    // Declarations one after another may join (`var a=1,b=2;`): the printer names their
    // functions inside them (`var a=__name(()=>{},"f")`), so nothing comes between. So may
    // expression statements (`a(),b();`); an `if` may print as one (`a&&b()`).
    NodeKind kind = node_at(g, printed)->kind;
    if (kind == STMT_EXPR || kind == STMT_IF || kind == STMT_VAR) {
        printer_statement_open(p, printed);
        return;
    }
    printer_flush(p);
    if (n->kind == EXPORT_DEFAULT) {
        print_export_default(g, p, n);
    } else {
        printer_statement(p, printed);
        keep_class_name(g, printed, false);
    }
}

// Hands the pairs of what is printed so far to the segment, so a module's pairs never pile up.
static void drain_pairs(ModuleGen *g) {
    if (!g->smap || g->pairs->len == 0)
        return;
    PrintMappingVec *v = g->pairs;
    uint32_t used = smap_builder_add(g->smap, strbuf_str(g->out), v->items, v->len);
    memmove(v->items, v->items + used, sizeof(PrintMapping) * (v->len - used));
    v->len -= used;
}

// PrintOptions.take_mappings: a statement long enough to fill a batch (typescript.js is one)
// hands its pairs over while it is printed.
static void take_pairs(void *ctx) {
    drain_pairs(ctx);
}

static void print_wrapped(ModuleGen *g, Printer *p, const ListRef body) {
    Str name = g->mp->require_name;
    Str exports = cjs_param(g, 0);
    Str module = cjs_param(g, 1);
    if (minify(g))
        strbuf_printf(g->out, "var %.*s=__commonJS(function(%.*s,%.*s){", (int)name.len, name.ptr,
                      (int)exports.len, exports.ptr, (int)module.len, module.ptr);
    else
        strbuf_printf(g->out, "var %.*s = __commonJS(function (%.*s, %.*s) {\n", (int)name.len,
                      name.ptr, (int)exports.len, exports.ptr, (int)module.len, module.ptr);
    uint32_t len = ast_list_len(&g->parsed.ast, body);
    const NodeId *items = ast_list_items(&g->parsed.ast, body);
    bool names_done = false;
    for (uint32_t i = 0; i < len; i++) {
        NodeId stmt = items[i];
        // The closure's functions get their `.name` back first (after the directives).
        if (!names_done && node_at(g, stmt)->kind != STMT_DIRECTIVE) {
            printer_function_names(p, items + i, len - i);
            names_done = true;
        }
        if (!redundant_directive(g, stmt))
            printer_statement_open(p, stmt);
        printer_class_name(p, stmt);
        drain_pairs(g);
    }
    printer_finish(p); // legal comments after the last statement
    printer_flush(p);
    drain_pairs(g);
    strbuf_append_cstr(g->out, minify(g) ? "});" : "});\n");
}

// ---------------------------------------------------------------------------------------------
// A lazily run ES module (WRAP_ESM)
//
//     var a, C, import_y;            its top-level bindings, hoisted to the bundle's scope
//     function f() {}                function declarations stay outside (they are hoisted)
//     var init_x = __esm(() => {     the rest runs at the first init_x()
//       a = 1;                       declarations become assignments
//       C = class C {};
//       …
//     });

// The function a statement declares at the top level (directly or exported), or NODE_NONE.
static NodeId top_function(ModuleGen *g, NodeId stmt) {
    const Node *n = node_at(g, stmt);
    if (n->kind == EXPORT_DECL || (n->kind == EXPORT_DEFAULT && (n->flags & NF_DECLARATION)))
        n = node_at(g, n->a);
    return n->kind == STMT_FUNCTION ? n->a : NODE_NONE;
}

static bool declares_function(ModuleGen *g, uint32_t part, uint32_t top) {
    const Ast *ast = &g->parsed.ast;
    NodeId fn = top_function(g, ast_list_items(ast, ast->body)[part]);
    if (fn == NODE_NONE)
        return false;
    NodeId binding = node_at(g, fn)->a;
    SymbolId id = g->m->symbols[top].id;
    return binding != NODE_NONE &&
           (node_at(g, binding)->a == id || (g->m->symbols[top].flags & TSF_DEFAULT));
}

// `var a, b, import_y;`: what the live statements declare, except functions.
static void print_hoisted_vars(ModuleGen *g) {
    bool first = true;
    for (uint32_t p = 0; p < g->m->part_count; p++) {
        const Part *part = &g->m->parts[p];
        for (uint32_t i = 0; g->mp->part_live[p] && i < part->decl_len; i++) {
            uint32_t top = g->m->part_syms[part->decl_start + i];
            if (g->m->symbols[top].kind == SYM_IMPORT || declares_function(g, p, top))
                continue;
            Str name = g->mp->symbols[top].name;
            strbuf_append_cstr(g->out, first ? "var " : (minify(g) ? "," : ", "));
            strbuf_append(g->out, name);
            first = false;
        }
    }
    for (uint32_t r = 0; r < g->m->record_count; r++) {
        uint8_t action = g->mp->record_action[r];
        if (action != RECORD_REQUIRE && !(action == RECORD_EXTERNAL && !is_top_level_import(g, r)))
            continue;
        strbuf_append_cstr(g->out, first ? "var " : (minify(g) ? "," : ", "));
        strbuf_append(g->out, g->mp->record_names[r]);
        first = false;
    }
    if (!first)
        strbuf_append_cstr(g->out, minify(g) ? ";" : ";\n");
}

// `target = value;` through the printer (which guards a `{` at the start of a statement).
static void print_assignment(ModuleGen *g, Printer *p, NodeId target, NodeId value) {
    uint32_t start = node_at(g, target)->start;
    NodeId assign = ast_add(&g->parsed.ast, ASSIGN, start, target, value, 0);
    node_at(g, assign)->op = TOK_EQ;
    NodeId stmt = ast_add(&g->parsed.ast, STMT_EXPR, start, assign, 0, 0);
    printer_statement(p, stmt);
}

static void print_var_as_assignments(ModuleGen *g, Printer *p, NodeId var) {
    uint32_t len = ast_list_len(&g->parsed.ast, node_at(g, var)->a);
    for (uint32_t i = 0; i < len; i++) {
        NodeId decl = ast_list_items(&g->parsed.ast, node_at(g, var)->a)[i];
        NodeId target = node_at(g, decl)->a;
        NodeId value = node_at(g, decl)->b;
        if (value != NODE_NONE)
            print_assignment(g, p, target, value);
    }
}

// `C = class C {}` for a class declaration.
static void print_class_as_assignment(ModuleGen *g, Printer *p, NodeId stmt, bool is_default) {
    NodeId cls = node_at(g, stmt)->a;
    NodeId binding = node_at(g, cls)->a;
    if (binding == NODE_NONE)
        return;
    const Node *b = node_at(g, binding);
    SymbolId sym = b->a;
    NodeId ref = ast_add(&g->parsed.ast, IDENT, b->start, b->a, b->b, 0);
    print_assignment(g, p, ref, cls);
    // `C = class C {}`: the printer names the class expression; only an anonymous default
    // class, whose binding is synthetic (no source spelling), needs its name "default" here.
    if (is_default && sym >= g->parsed.scopes.symbols.len)
        keep_declared_name(g, stmt, is_default);
}

// Text bale writes itself inside the closure is indented like the printer's statements.
static void indent_line(ModuleGen *g) {
    if (!minify(g))
        strbuf_append_cstr(g->out, "  ");
}

static void print_lazy_statement(ModuleGen *g, Printer *p, uint32_t index, NodeId stmt) {
    uint32_t r = statement_record(g, stmt);
    if (r != ID_NONE) {
        uint8_t action = g->mp->record_action[r];
        if (action != RECORD_DROP && !is_top_level_import(g, r)) {
            indent_line(g);
            print_record(g, node_at(g, stmt)->b);
        }
        build_dynamic_namespace(g, r);
        return;
    }
    const Node *n = node_at(g, stmt);
    if (!g->mp->part_live[index] || top_function(g, stmt) != NODE_NONE || n->kind == EXPORT_NAMED)
        return;
    NodeId inner = n->kind == EXPORT_DECL ? n->a : stmt;
    if (n->kind == EXPORT_DEFAULT && (n->flags & NF_DECLARATION))
        inner = n->a;
    NodeKind kind = node_at(g, inner)->kind;
    if (kind == STMT_VAR && node_at(g, inner)->op <= VAR_CONST) {
        print_var_as_assignments(g, p, inner); // the printer names their functions
    } else if (kind == STMT_CLASS) {
        print_class_as_assignment(g, p, inner, n->kind == EXPORT_DEFAULT);
    } else if (n->kind == EXPORT_DEFAULT) {
        uint32_t s = default_symbol(g);
        Str name = g->mp->symbols[s].name;
        indent_line(g);
        strbuf_printf(g->out, "%.*s%s", (int)name.len, name.ptr, minify(g) ? "=" : " = ");
        printer_expression(p, n->a);
        strbuf_append_cstr(g->out, minify(g) ? ";" : ";\n");
    } else {
        printer_statement(p, stmt);
    }
}

static void print_lazy(ModuleGen *g, Printer *p) {
    const Ast *ast = &g->parsed.ast;
    uint32_t len = ast_list_len(ast, ast->body);
    print_hoisted_vars(g);
    for (uint32_t i = 0; i < len; i++) {
        NodeId stmt = ast_list_items(ast, ast->body)[i];
        uint32_t r = statement_record(g, stmt);
        if (is_top_level_import(g, r)) {
            print_record(g, node_at(g, stmt)->b);
        } else if (g->mp->part_live[i] && top_function(g, stmt) != NODE_NONE) {
            const Node *n = node_at(g, stmt);
            NodeId decl = n->kind == STMT_FUNCTION ? stmt : n->a;
            printer_statement(p, decl);
            keep_declared_name(g, decl, n->kind == EXPORT_DEFAULT);
        }
    }
    Str init = g->mp->init_name;
    const char *async = !g->mp->async_init ? "" : minify(g) ? "async" : "async ";
    strbuf_printf(g->out, minify(g) ? "var %.*s=__esm(%s()=>{" : "var %.*s = __esm(%s() => {\n",
                  (int)init.len, init.ptr, async);
    p->indent++;
    for (uint32_t i = 0; i < len; i++)
        print_lazy_statement(g, p, i, ast_list_items(ast, ast->body)[i]);
    printer_finish(p);
    p->indent--;
    printer_flush(p);
    strbuf_append_cstr(g->out, minify(g) ? "});" : "});\n");
}

// Readable output names each module's piece: `// src/x.js`.
static void print_path_comment(ModuleGen *g) {
    if (!minify(g))
        strbuf_printf(g->out, "// %.*s\n", (int)g->m->pretty_path.len, g->m->pretty_path.ptr);
}

static void print_module(ModuleGen *g) {
    PrintOptions opt = {
        .minify_whitespace = minify(g),
        .minify_syntax = g->in->options->minify_syntax,
        // Minified bundles drop these comments, as esbuild's do: what they annotate prints the
        // same without them, and each costs 17 bytes.
        .drop_annotations = minify(g),
        .names = g->names.items,
        .names_len = g->names.len,
        .name_helper =
                keeps_names(g) && (g->in->plan->helpers & HELPER_NAME) ? STR("__name") : (Str){ 0 },
        .indent = g->mp->wrap == WRAP_CJS ? 1 : 0,
        .mappings = g->pairs,
        .take_mappings = g->pairs ? take_pairs : NULL,
        .take_ctx = g,
    };
    // --legal-comments=inline: each before the statement that follows it, the rest at the end.
    if (g->in->options->legal_comments == LEGAL_INLINE) {
        opt.legal_comments = g->parsed.legal_comments.items;
        opt.legal_comments_len = g->parsed.legal_comments.len;
    }
    Printer p;
    printer_init(&p, &g->parsed.ast, g->src, g->out, &opt);
    print_path_comment(g);
    ListRef body = g->parsed.ast.body;
    if (g->mp->wrap == WRAP_CJS) {
        print_wrapped(g, &p, body);
        return;
    }
    if (g->mp->wrap == WRAP_ESM) {
        print_lazy(g, &p);
        return;
    }
    keep_function_names(g);
    uint32_t len = ast_list_len(&g->parsed.ast, body);
    for (uint32_t i = 0; i < len; i++) {
        print_statement(g, &p, i, ast_list_items(&g->parsed.ast, body)[i]);
        drain_pairs(g);
    }
    printer_finish(&p);
    printer_flush(&p);
    drain_pairs(g);
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
            if (depth == 0)
                return i; // the end of the object holding a literal value
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

static void add_pair(ModuleGen *g, size_t out, size_t src) {
    PrintMapping pair = { (uint32_t)out, (uint32_t)src };
    vec_push_heap(g->in->mem, MEM_SOURCEMAP, g->pairs, pair);
    if (g->pairs->len >= PRINT_MAPPINGS_BATCH)
        drain_pairs(g); // a large JSON file is one value: its pairs go in batches too
}

// Appends a slice of the JSON source as it is, with a source-map pair for each string, number
// and literal in it (the printer, which records pairs for JavaScript, never sees JSON).
static void append_json_min(ModuleGen *g, Str slice);

static void append_json(ModuleGen *g, Str slice) {
    if (minify(g)) {
        append_json_min(g, slice);
        return;
    }
    size_t out = g->out->len;
    size_t src = (size_t)(slice.ptr - g->src.ptr);
    strbuf_append(g->out, slice);
    for (size_t i = 0; g->pairs && i < slice.len; i++) {
        char c = slice.ptr[i];
        bool word = (c >= '0' && c <= '9') || c == '-' || (c >= 'a' && c <= 'z');
        if (c != '"' && !word)
            continue;
        add_pair(g, out + i, src + i);
        if (c == '-')
            continue; // the number after it gets a pair of its own
        if (c == '"') {
            for (i++; i < slice.len && slice.ptr[i] != '"'; i++)
                i += slice.ptr[i] == '\\';
            continue;
        }
        while (i + 1 < slice.len &&
               (slice.ptr[i + 1] == '.' || slice.ptr[i + 1] == '+' || slice.ptr[i + 1] == '-' ||
                (slice.ptr[i + 1] >= '0' && slice.ptr[i + 1] <= '9') ||
                (slice.ptr[i + 1] >= 'a' && slice.ptr[i + 1] <= 'z') ||
                (slice.ptr[i + 1] >= 'A' && slice.ptr[i + 1] <= 'Z')))
            i++;
    }
}

static bool is_json_space(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Whether JSON string text `s` (with its quotes) holds an ASCII identifier name and no escape:
// as an object key it may go without its quotes.
static bool is_plain_key(Str s) {
    if (s.len < 3)
        return false;
    for (size_t i = 1; i + 1 < s.len; i++) {
        char c = s.ptr[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
        if (!letter && !(i > 1 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

// A member's key as quoted text for is_plain_key: only when its source spelling has no escape
// (else an empty Str, which is never plain).
static Str json_key_text(const ModuleGen *g, const JsonMember *member);

// Appends a JSON number without what does not change its value: trailing zeros of the fraction
// (and a `.` left alone), and the `0` before a fraction (`-0.50` is `-.5`). Numbers with an
// exponent stay as written.
static void append_short_number(StrBuf *out, Str n) {
    if (memchr(n.ptr, 'e', n.len) || memchr(n.ptr, 'E', n.len) || !memchr(n.ptr, '.', n.len)) {
        strbuf_append(out, n);
        return;
    }
    while (n.ptr[n.len - 1] == '0')
        n.len--;
    if (n.ptr[n.len - 1] == '.')
        n.len--;
    size_t sign = n.ptr[0] == '-';
    if (n.len > sign + 2 && n.ptr[sign] == '0' && n.ptr[sign + 1] == '.') {
        strbuf_append(out, str_slice(n, 0, sign));
        strbuf_append(out, str_slice(n, sign + 1, n.len));
        return;
    }
    strbuf_append(out, n);
}

// append_json for minified output: the same value without the whitespace between tokens, and
// with --minify-syntax object keys that are identifier names unquoted (`{a:1}`), and `true`
// and `false` as `!0` and `!1`. A
// `"__proto__"` key becomes `["__proto__"]`: in an object literal it would set the prototype,
// where JSON.parse (and node's require of a .json file) defines a property.
static void append_json_min(ModuleGen *g, Str slice) {
    size_t src = (size_t)(slice.ptr - g->src.ptr);
    bool syntax = g->in->options->minify_syntax;
    char last = 0; // the last character copied
    for (size_t i = 0; i < slice.len; i++) {
        char c = slice.ptr[i];
        if (is_json_space(c))
            continue;
        if (c == '-' || (c >= '0' && c <= '9')) {
            size_t end = i + 1;
            while (end < slice.len && strchr("0123456789.eE+-", slice.ptr[end]))
                end++;
            if (g->pairs)
                add_pair(g, g->out->len, src + i);
            // The number after a `-` is a token of its own: a pair for it too.
            if (g->pairs && c == '-' && !syntax)
                add_pair(g, g->out->len + 1, src + i + 1);
            Str number = str_slice(slice, i, end);
            if (syntax)
                append_short_number(g->out, number);
            else
                strbuf_append(g->out, number);
            i = end - 1;
            last = '0';
            continue;
        }
        Str rest = str_slice(slice, i, slice.len);
        bool is_true = str_starts_with(rest, STR("true"));
        if (syntax && (is_true || str_starts_with(rest, STR("false")))) {
            // `true` and `false` are `!0` and `!1`: the same values, as in JavaScript.
            if (g->pairs)
                add_pair(g, g->out->len, src + i);
            strbuf_append_cstr(g->out, is_true ? "!0" : "!1");
            i += is_true ? 3 : 4;
            last = '0';
            continue;
        }
        if (c != '"') {
            // A literal starts after punctuation: a pair for it.
            bool starts = last == 0 || last == ',' || last == ':' || last == '[' || last == '{';
            if (g->pairs && starts && c != ']' && c != '}')
                add_pair(g, g->out->len, src + i);
            strbuf_append_char(g->out, c);
            last = c;
            continue;
        }
        last = '"';
        size_t start = i;
        for (i++; i < slice.len && slice.ptr[i] != '"'; i++)
            i += slice.ptr[i] == '\\';
        Str text = str_slice(slice, start, i + 1);
        size_t after = i + 1;
        while (after < slice.len && is_json_space(slice.ptr[after]))
            after++;
        bool key = after < slice.len && slice.ptr[after] == ':';
        if (g->pairs)
            add_pair(g, g->out->len, src + start);
        if (key && str_eq_cstr(text, "\"__proto__\"")) {
            strbuf_append_cstr(g->out, "[\"__proto__\"]");
        } else if (key && syntax && is_plain_key(text)) {
            strbuf_append(g->out, str_slice(text, 1, text.len - 1));
        } else {
            strbuf_append(g->out, text);
        }
    }
}

// Where an object member's key starts in the JSON source (its opening quote): the string just
// before the `:` that precedes its value. SIZE_MAX when it is spelled with escapes.
static size_t json_key_offset(const ModuleGen *g, const JsonMember *member) {
    size_t at = member->value.offset;
    while (at > 0 && g->src.ptr[at - 1] != ':')
        at--;
    while (at > 0 && g->src.ptr[at - 1] != '"')
        at--;
    size_t start = at > member->key.len + 1 ? at - member->key.len - 2 : 0;
    Str raw = str_slice(g->src, start, at);
    if (raw.len == member->key.len + 2 && raw.ptr[0] == '"' &&
        memcmp(raw.ptr + 1, member->key.ptr, member->key.len) == 0)
        return start;
    return SIZE_MAX;
}

// A pair for output offset `out` to the member's key: to its opening quote when the key is
// printed quoted, else to its first character (a variable named after the key).
static void map_json_key(ModuleGen *g, size_t out, const JsonMember *member, bool quoted) {
    size_t key = member ? json_key_offset(g, member) : SIZE_MAX;
    if (g->pairs && key != SIZE_MAX)
        add_pair(g, out, key + (quoted ? 0 : 1));
}

static Str json_key_text(const ModuleGen *g, const JsonMember *member) {
    size_t at = json_key_offset(g, member);
    return at == SIZE_MAX ? (Str){ 0 } : str_slice(g->src, at, at + member->key.len + 2);
}

static const JsonMember *json_member(const JsonValue *root, Str key) {
    for (uint32_t i = 0; root->kind == JSON_OBJECT && i < root->len; i++) {
        if (str_eq(root->members[i].key, key))
            return &root->members[i];
    }
    return NULL;
}

// `var name = value;`; minified, the declarations of one JSON module join (`var a=1,b=2;`):
// *open is set while a `;` is owed, which json_end writes.
static void print_var(ModuleGen *g, Str name, Str value, const JsonMember *member, bool *open) {
    strbuf_append_cstr(g->out, *open ? "," : "var ");
    map_json_key(g, g->out->len, member, false);
    strbuf_printf(g->out, "%.*s%s", (int)name.len, name.ptr, minify(g) ? "=" : " = ");
    append_json(g, value);
    if (minify(g))
        *open = true;
    else
        strbuf_append_cstr(g->out, ";\n");
}

static void json_end(ModuleGen *g, bool open) {
    if (open)
        strbuf_append_char(g->out, ';');
}

static uint32_t json_symbol(const ModuleGen *g, Str key) {
    for (uint32_t s = 0; s + 1 < g->m->symbol_count; s++) {
        if (str_eq(g->m->symbols[s].name, key))
            return s;
    }
    return ID_NONE;
}

// The default export: the object again, its exported keys read from their variables.
static void print_json_default(ModuleGen *g, const JsonValue *root, Str name, bool open) {
    strbuf_printf(g->out, "%s%.*s%s{", open ? "," : "var ", (int)name.len, name.ptr,
                  minify(g) ? "=" : " = ");
    for (uint32_t i = 0; i < root->len; i++) {
        const JsonMember *member = &root->members[i];
        strbuf_append_cstr(g->out, i ? (minify(g) ? "," : ",\n  ") : (minify(g) ? "" : "\n  "));
        uint32_t s = summary_json_key_exported(member->key) ? json_symbol(g, member->key) : ID_NONE;
        if (str_eq_cstr(member->key, "__proto__")) {
            strbuf_append_cstr(g->out, "[\"__proto__\"]"); // a literal key would set the prototype
        } else if (g->in->options->minify_syntax && is_plain_key(json_key_text(g, member))) {
            map_json_key(g, g->out->len, member, false);
            strbuf_append(g->out, member->key);
        } else {
            map_json_key(g, g->out->len, member, true);
            generate_append_quoted(g->out, member->key);
        }
        strbuf_append_cstr(g->out, minify(g) ? ":" : ": ");
        if (s != ID_NONE) {
            map_json_key(g, g->out->len, member, false);
            strbuf_append(g->out, g->mp->symbols[s].name);
        } else
            append_json(g, json_slice(g, &member->value));
    }
    strbuf_append_cstr(g->out, root->len && !minify(g) ? "\n};\n" : (minify(g) ? "};" : "};\n"));
}

// A JSON module: `var key = value;` for each live exported key, then the default export.
static void print_json(ModuleGen *g) {
    JsonValue root;
    JsonError err;
    if (!json_parse(g->scratch, g->src, false, &root, &err))
        return; // scan accepted this text, and its hash has not changed
    print_path_comment(g);
    uint32_t keys = g->m->symbol_count - 1;
    bool open = false;
    for (uint32_t s = 0; s < keys; s++) {
        if (g->mp->part_live[s]) {
            const JsonValue *v = json_get(&root, g->m->symbols[s].name);
            print_var(g, g->mp->symbols[s].name, json_slice(g, v),
                      json_member(&root, g->m->symbols[s].name), &open);
        }
    }
    if (!g->mp->part_live[keys]) {
        json_end(g, open);
        return;
    }
    // The default export is a declaration of its own: its name has no place in the source to
    // map to, and `var x_default =` is what source-map readers take for bale's own code.
    json_end(g, open);
    open = false;
    Str name = g->mp->symbols[keys].name;
    if (root.kind == JSON_OBJECT)
        print_json_default(g, &root, name, open);
    else
        print_var(g, name, json_slice(g, &root), NULL, &open);
    json_end(g, open && root.kind != JSON_OBJECT);
}

// A text module: its default export is the text as a string literal.
static void print_text_module(ModuleGen *g) {
    if (!g->mp->part_live[0])
        return;
    print_path_comment(g);
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

// The segment's builder, once the source is read; a source that carries its own map is mapped
// through it, to its original files.
static void start_map(ModuleGen *g) {
    if (!g->seg)
        return;
    bool js = !(g->m->flags & (MODF_JSON | MODF_TEXT));
    bool has_input = js && input_map_load(g->scratch, g->m->path, g->src, &g->input);
    g->smap = smap_builder_create(g->seg, g->in->mem, g->src, has_input ? &g->input : NULL);
}

static bool print_piece(ModuleGen *g) {
    if (!read_again(g))
        return false;
    start_map(g);
    if (g->m->flags & MODF_JSON) {
        print_json(g);
        return true;
    }
    if (g->m->flags & MODF_TEXT) {
        print_text_module(g);
        return true;
    }
    const GenerateInput *in = g->in;
    DiagFile file = { g->m->pretty_path, g->src };
    if (!parse_program(&file, in->diag, g->scratch, &g->m->parse_options, &g->parsed))
        return false;
    if (g->legal)
        generate_pack_legal(g->legal, g->src, g->parsed.legal_comments.items,
                            g->parsed.legal_comments.len);
    map_init(&g->records_at, in->mem, MEM_OUTPUT);
    strbuf_init(&g->tmp, in->mem, MEM_OUTPUT);
    names_from_plan(g);
    if (!generate_mangles(in, g->m))
        rename_capturing_nested(g); // minified nested names never meet top-level ones
    apply_defines(g);
    rewrite_import_reads(g);
    rewrite_tree(g);
    name_anonymous_default(g);
    if (in->plan->format == FORMAT_ESM && !(g->m->flags & (MODF_MODULE_GOAL | MODF_USE_STRICT)))
        generate_lower_block_functions(&g->parsed.ast, &g->parsed.scopes, g->scratch);
    if ((g->m->flags & MODF_MODULE_GOAL) && g->mp->wrap != WRAP_CJS)
        generate_hide_cjs_globals(&g->parsed.ast, &g->parsed.scopes, g->scratch);
    generate_rename_props(&g->parsed.ast, g->src, in->plan, g->scratch);
    if (in->options->drop_console || in->options->drop_debugger)
        generate_drop(&g->parsed.ast, &g->parsed.scopes, in->options->drop_console,
                      in->options->drop_debugger);
    if (in->options->minify_syntax) {
        generate_drop_pure_calls(&g->parsed.ast, &g->parsed.scopes, g->scratch);
        generate_minify_tree(&g->parsed.ast, &g->parsed.scopes, g->scratch,
                             generate_allows_es2020(in->options->target));
        generate_inline_single_use(&g->parsed.ast, &g->parsed.scopes, g->scratch);
    }
    if (generate_mangles(in, g->m) && !in->options->keep_names)
        generate_drop_function_names(&g->parsed.ast, &g->parsed.scopes, g->scratch);
    print_module(g);
    strbuf_deinit(&g->tmp);
    map_deinit(&g->records_at);
    return true;
}

bool generate_module(const GenerateInput *in, ModuleId id, Arena *scratch, StrBuf *out,
                     SmapSegment *seg, StrBuf *legal) {
    PrintMappingVec pairs = { 0 };
    ModuleGen g = {
        .in = in,
        .m = in->graph->modules[id],
        .mp = &in->plan->modules[id],
        .scratch = scratch,
        .out = out,
        .pairs = seg ? &pairs : NULL,
        .seg = seg,
        .legal = legal,
    };
    bool ok = print_piece(&g);
    // The segment is finished here, on the worker, while the source is still in scratch; a
    // piece that failed before its source was read gets an empty one, so the writer can treat
    // every piece alike.
    if (g.smap) {
        drain_pairs(&g);
        smap_builder_finish(g.smap, strbuf_str(out));
    } else if (seg) {
        smap_segment_build(seg, in->mem, strbuf_str(out), (Str){ 0 }, NULL, NULL, 0);
    }
    vec_free_heap(in->mem, &pairs);
    return ok;
}
