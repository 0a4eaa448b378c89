// summary: AST -> module summary (see summary.h).
//
// The parser builds nodes children first, so the nodes of top-level statement i are exactly the
// ids after statement i-1's node up to statement i's node. One pass over each such range finds
// the statement's declarations (BINDING_IDENT of a top-level symbol), references (IDENT of a
// top-level symbol), reads of undeclared `module`/`exports`, and `require('x')`/`import('x')`
// calls; no tree walk is needed except for the side-effect judgement (scan/side_effects.c).
#include "scan/summary.h"

#include <stdlib.h>
#include <string.h>

#include "base/map.h"
#include "base/vec.h"
#include "js/scope.h"
#include "js/token.h"
#include "scan/side_effects.h"

typedef VEC(ImportRecord) RecordVec;
typedef VEC(TopSymbol) TopSymbolVec;
typedef VEC(ExportEntry) ExportVec;
typedef VEC(Part) PartVec;
typedef VEC(MemberRef) MemberRefVec;
typedef VEC(Str) StrVec;

// Working state of one summary_build. Vectors grow in the scratch arena; the results are
// copied exactly sized into the output arena at the end.
typedef struct Builder {
    Module *m;
    const ParseResult *parsed;
    const Ast *ast;
    const ScopeTable *st;
    Str src;
    Arena *out;
    Arena *scratch;
    uint32_t *top_of; // parser SymbolId -> index in symbols, ID_NONE when not top level
    uint32_t *seen;   // per top symbol: last part (+1) that listed it, to list it once
    RecordVec records;
    TopSymbolVec symbols;
    ExportVec exports;
    U32Vec stars;
    PartVec parts;
    U32Vec part_syms;
    MemberRefVec member_refs;
    U32Vec part_members;
    uint8_t *binding_of; // by top symbol: ImportBinding
    Map ref_index;       // (symbol, name, prop) key -> index in member_refs
    U32Vec try_ranges;   // [start, end) source ranges of the `try` blocks of the statement
    uint32_t part;       // the statement being summarized (ImportRecord.part)
    uint32_t cjs_read;   // offset + 1 of the first free `module`/`exports` not under typeof
} Builder;

static Str copy_str(Builder *b, Str s) {
    return str_dup(b->out, s);
}

static Str node_text(const Builder *b, const Node *n, uint32_t len) {
    return ast_text(b->ast, b->src.ptr, n->start, len);
}

// ---------------------------------------------------------------------------------------------
// String literals

// Decodes the simple escapes of a module specifier or export name; \u and others give up.
static bool decode_escapes(Arena *a, Str body, Str *out) {
    char *buf = arena_alloc(a, body.len + 1);
    size_t n = 0;
    for (size_t i = 0; i < body.len; i++) {
        char c = body.ptr[i];
        if (c != '\\') {
            buf[n++] = c;
            continue;
        }
        if (++i >= body.len)
            return false;
        c = body.ptr[i];
        if (c == 'x' && i + 2 < body.len && str_hex_digit(body.ptr[i + 1]) >= 0 &&
            str_hex_digit(body.ptr[i + 2]) >= 0 && str_hex_digit(body.ptr[i + 1]) < 8) {
            buf[n++] = (char)(str_hex_digit(body.ptr[i + 1]) * 16 + str_hex_digit(body.ptr[i + 2]));
            i += 2;
        } else if (c == '\\' || c == '\'' || c == '"' || c == '/') {
            buf[n++] = c;
        } else {
            return false;
        }
    }
    buf[n] = '\0';
    *out = (Str){ buf, n };
    return true;
}

bool summary_string_value(Arena *a, const Ast *ast, Str src, const Node *lit, Str *out) {
    Str quoted = ast_text(ast, src.ptr, lit->start, lit->a);
    Str body = { quoted.ptr + 1, quoted.len - 2 };
    if (!(lit->flags & NF_ESCAPED)) {
        *out = body;
        return true;
    }
    return decode_escapes(a, body, out);
}

// A module export name: a NAME (word) or a STRING_LIT (`export { a as "b c" }`).
static Str export_name(Builder *b, NodeId id) {
    const Node *n = ast_node(b->ast, id);
    if (n->kind == STRING_LIT) {
        Str value;
        if (summary_string_value(b->scratch, b->ast, b->src, n, &value))
            return copy_str(b, value);
        return copy_str(b, node_text(b, n, n->a)); // undecodable: keep the spelling
    }
    if (n->kind == IDENT || n->kind == BINDING_IDENT)
        return copy_str(b, scope_symbol_name(b->st, n->a));
    return copy_str(b, node_text(b, n, n->a));
}

// ---------------------------------------------------------------------------------------------
// Records

static bool inside_try(const Builder *b, uint32_t offset) {
    for (uint32_t i = 0; i + 1 < b->try_ranges.len; i += 2) {
        if (offset >= b->try_ranges.items[i] && offset < b->try_ranges.items[i + 1])
            return true;
    }
    return false;
}

static uint32_t add_record(Builder *b, NodeId lit_id, ImportKind kind, Str specifier) {
    const Node *lit = ast_node(b->ast, lit_id);
    bool dynamic = kind == IMPORT_REQUIRE || kind == IMPORT_DYNAMIC;
    ImportRecord r = {
        .specifier = copy_str(b, specifier),
        .offset = lit->start,
        .len = lit->a,
        .target = ID_NONE,
        .part = b->part,
        .kind = (uint8_t)kind,
        .flags = dynamic && inside_try(b, lit->start) ? IRF_IN_TRY : 0,
    };
    vec_push(b->scratch, &b->records, r);
    return b->records.len - 1;
}

// The record of a statement's `from 'x'` clause.
static uint32_t add_source_record(Builder *b, NodeId lit_id, ImportKind kind) {
    Str value;
    const Node *lit = ast_node(b->ast, lit_id);
    if (!summary_string_value(b->scratch, b->ast, b->src, lit, &value))
        value = node_text(b, lit, lit->a); // resolution fails with a clear message
    return add_record(b, lit_id, kind, value);
}

// Whether the word `typeof` (and only spaces) comes right before offset: a probe such as
// `typeof module`, which is fine in an ES module.
static bool follows_typeof(Str src, uint32_t offset) {
    size_t i = offset;
    while (i > 0 && (src.ptr[i - 1] == ' ' || src.ptr[i - 1] == '\t'))
        i--;
    if (i < 6 || memcmp(src.ptr + i - 6, "typeof", 6) != 0)
        return false;
    char before = i > 6 ? src.ptr[i - 7] : ' ';
    return !((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
             (before >= '0' && before <= '9') || before == '_' || before == '$');
}

static bool is_unbound(const Builder *b, const Node *ident, const char *name) {
    if (ident->kind != IDENT || ident->a >= b->st->symbols.len)
        return false;
    const Symbol *s = &b->st->symbols.items[ident->a];
    return s->kind == SYM_UNBOUND && str_eq_cstr(scope_symbol_name(b->st, ident->a), name);
}

// `require('x')` with an undeclared `require` and one plain string argument.
static void scan_call(Builder *b, const Node *call) {
    if (!is_unbound(b, ast_node(b->ast, call->a), "require") || (call->flags & NF_OPTIONAL))
        return;
    if (ast_list_len(b->ast, call->b) != 1)
        return;
    NodeId arg = ast_list_items(b->ast, call->b)[0];
    const Node *lit = ast_node(b->ast, arg);
    Str value;
    if (lit->kind == STRING_LIT && summary_string_value(b->scratch, b->ast, b->src, lit, &value))
        add_record(b, arg, IMPORT_REQUIRE, value);
}

static void scan_import_call(Builder *b, const Node *call) {
    const Node *lit = ast_node(b->ast, call->a);
    Str value;
    if (lit->kind == STRING_LIT && summary_string_value(b->scratch, b->ast, b->src, lit, &value))
        add_record(b, call->a, IMPORT_DYNAMIC, value);
}

// ---------------------------------------------------------------------------------------------
// Symbols

static void collect_symbols(Builder *b) {
    const ScopeTable *st = b->st;
    b->top_of = arena_alloc(b->scratch, sizeof(uint32_t) * MAX(st->symbols.len, 1));
    for (SymbolId id = 0; id < st->symbols.len; id++) {
        const Symbol *s = &st->symbols.items[id];
        b->top_of[id] = ID_NONE;
        if (s->scope != 0 || s->kind == SYM_UNBOUND)
            continue;
        TopSymbol t = {
            .name = copy_str(b, scope_symbol_name(st, id)),
            .id = id,
            .record = ID_NONE,
            .uses = s->uses,
            .kind = s->kind,
            .flags = (s->flags & SYMF_JSX_TAG) ? TSF_JSX_TAG : 0,
        };
        b->top_of[id] = b->symbols.len;
        vec_push(b->scratch, &b->symbols, t);
    }
}

static int compare_str(const void *x, const void *y) {
    return str_cmp(*(const Str *)x, *(const Str *)y);
}

// Sorted distinct names, copied to the output arena.
static Str *distinct_names(Builder *b, StrVec *names, uint32_t *count) {
    if (names->len == 0) {
        *count = 0;
        return NULL;
    }
    qsort(names->items, names->len, sizeof(Str), compare_str);
    Str *out = arena_alloc(b->out, sizeof(Str) * names->len);
    uint32_t n = 0;
    for (uint32_t i = 0; i < names->len; i++) {
        if (n == 0 || !str_eq(out[n - 1], names->items[i]))
            out[n++] = copy_str(b, names->items[i]);
    }
    *count = n;
    return out;
}

// Globals (undeclared names) and the names declared in nested scopes.
static void collect_names(Builder *b) {
    StrVec globals = { 0 };
    StrVec nested = { 0 };
    StrVec jsx = { 0 };
    for (SymbolId id = 0; id < b->st->symbols.len; id++) {
        const Symbol *s = &b->st->symbols.items[id];
        Str name = scope_symbol_name(b->st, id);
        if ((s->flags & SYMF_JSX_TAG) && s->kind != SYM_UNBOUND)
            vec_push(b->scratch, &jsx, name);
        if (s->kind == SYM_UNBOUND || s->scope == 0) {
            // A `var exports` at the top of a CommonJS module is its closure's parameter.
            if (str_eq_cstr(name, "exports"))
                b->m->cjs_uses[0] += s->uses + 1;
            else if (str_eq_cstr(name, "module"))
                b->m->cjs_uses[1] += s->uses + 1;
        }
        if (s->kind == SYM_UNBOUND && str_eq_cstr(name, "require"))
            b->m->require_uses += s->uses;
        if (s->kind == SYM_UNBOUND)
            vec_push(b->scratch, &globals, name);
        else if (s->scope != 0)
            vec_push(b->scratch, &nested, name);
    }
    b->m->globals = distinct_names(b, &globals, &b->m->global_count);
    b->m->nested_names = distinct_names(b, &nested, &b->m->nested_count);
    b->m->jsx_names = distinct_names(b, &jsx, &b->m->jsx_count);
}

// How often each slot's names occur (scope_slots): link gives the shortest names to the slots
// and top-level symbols used most. A twin counts for the symbol it shares its name with.
static void collect_slots(Builder *b) {
    const ScopeTable *st = b->st;
    ScopeSlots slots;
    scope_slots(st, b->scratch, &slots);
    uint32_t *uses = arena_alloc_zero(b->out, sizeof(uint32_t) * MAX(slots.count, 1));
    for (SymbolId id = 0; id < st->symbols.len; id++) {
        SymbolId owner = slots.twin_of[id] != ID_NONE ? slots.twin_of[id] : id;
        uint32_t slot = slots.slot_of[owner];
        if (slot != ID_NONE)
            uses[slot] += st->symbols.items[id].uses + 1;
    }
    b->m->slot_uses = uses;
    b->m->slot_count = slots.count;
    b->m->top_slot_count = slots.top_count;
    bool dynamic = st->scopes.items[0].flags & SCOPEF_EVAL;
    for (ScopeId sc = 0; !dynamic && sc < st->scopes.len; sc++)
        dynamic = st->scopes.items[sc].flags & SCOPEF_WITH;
    if (dynamic)
        b->m->flags |= MODF_DYNAMIC_SCOPE;
}

static uint32_t add_default_symbol(Builder *b) {
    TopSymbol t = {
        .name = STR("default"),
        .id = ID_NONE,
        .record = ID_NONE,
        .uses = 0,
        .kind = SYM_CONST,
        .flags = TSF_DEFAULT | TSF_EXPORTED,
    };
    vec_push(b->scratch, &b->symbols, t);
    return b->symbols.len - 1;
}

// ---------------------------------------------------------------------------------------------
// Imports and exports

static void bind_import(Builder *b, NodeId binding, uint32_t record, Str imported) {
    uint32_t top = b->top_of[ast_node(b->ast, binding)->a];
    if (top == ID_NONE)
        return;
    b->symbols.items[top].record = record;
    b->symbols.items[top].imported = imported;
}

static void summarize_import(Builder *b, const Node *decl) {
    uint32_t record = add_source_record(b, decl->b, IMPORT_STATIC);
    uint32_t len = ast_list_len(b->ast, decl->a);
    const NodeId *specs = ast_list_items(b->ast, decl->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *s = ast_node(b->ast, specs[i]);
        if (s->kind == IMPORT_DEFAULT)
            bind_import(b, s->a, record, STR("default"));
        else if (s->kind == IMPORT_NAMESPACE)
            bind_import(b, s->a, record, STR("*"));
        else
            bind_import(b, s->b, record, export_name(b, s->a));
    }
}

static void add_export(Builder *b, Str name, uint32_t local, uint32_t record, Str imported) {
    ExportEntry e = { .name = name, .imported = imported, .local = local, .record = record };
    vec_push(b->scratch, &b->exports, e);
    if (local != ID_NONE)
        b->symbols.items[local].flags |= TSF_EXPORTED;
}

static void summarize_export_named(Builder *b, const Node *decl) {
    uint32_t record =
            decl->b == NODE_NONE ? ID_NONE : add_source_record(b, decl->b, IMPORT_REEXPORT);
    uint32_t len = ast_list_len(b->ast, decl->a);
    const NodeId *specs = ast_list_items(b->ast, decl->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *s = ast_node(b->ast, specs[i]);
        Str exported = export_name(b, s->b);
        if (record != ID_NONE) {
            add_export(b, exported, ID_NONE, record, export_name(b, s->a));
            continue;
        }
        const Node *local = ast_node(b->ast, s->a);
        uint32_t top = local->kind == IDENT && local->a < b->st->symbols.len ? b->top_of[local->a]
                                                                             : ID_NONE;
        if (top != ID_NONE)
            add_export(b, exported, top, ID_NONE, (Str){ 0 });
    }
}

static void summarize_export_all(Builder *b, const Node *decl) {
    uint32_t record = add_source_record(b, decl->b, IMPORT_REEXPORT);
    if (decl->a == NODE_NONE)
        vec_push(b->scratch, &b->stars, record);
    else
        add_export(b, export_name(b, decl->a), ID_NONE, record, STR("*"));
}

// The name a declaration exports under: every top-level binding it declares.
static void export_declared(Builder *b, const Part *part) {
    for (uint32_t i = 0; i < part->decl_len; i++) {
        uint32_t top = b->part_syms.items[part->decl_start + i];
        add_export(b, b->symbols.items[top].name, top, ID_NONE, (Str){ 0 });
    }
}

// Whether expression `id` is an anonymous function, arrow or class (which a binding names).
bool summary_is_anonymous_function(const Ast *ast, NodeId id) {
    if (id == NODE_NONE)
        return false;
    const Node *n = ast_node(ast, id);
    return (n->kind == FUNC || n->kind == CLASS) && n->a == NODE_NONE;
}

// `const f = () => …` at the top level: f's value is named "f" (NamedEvaluation), so a rename
// must put the name back.
static void mark_named_values(Builder *b, NodeId stmt) {
    const Node *n = ast_node(b->ast, stmt);
    if (n->kind == EXPORT_DECL)
        n = ast_node(b->ast, n->a);
    if (n->kind != STMT_VAR)
        return;
    uint32_t len = ast_list_len(b->ast, n->a);
    for (uint32_t i = 0; i < len; i++) {
        const Node *d = ast_node(b->ast, ast_list_items(b->ast, n->a)[i]);
        const Node *target = ast_node(b->ast, d->a);
        if (target->kind != BINDING_IDENT || !summary_is_anonymous_function(b->ast, d->b))
            continue;
        uint32_t top = b->top_of[target->a];
        if (top != ID_NONE)
            b->symbols.items[top].flags |= TSF_NAMES_VALUE;
    }
}

// `export default`: a named function or class exports its own binding; anything else gets the
// synthetic binding `default`, declared by the statement. Returns that binding or ID_NONE.
static uint32_t summarize_export_default(Builder *b, const Node *decl) {
    const Node *value = ast_node(b->ast, decl->a);
    if (decl->flags & NF_DECLARATION) {
        const Node *fn = ast_node(b->ast, value->a); // FUNC or CLASS
        if (fn->a != NODE_NONE) {
            uint32_t top = b->top_of[ast_node(b->ast, fn->a)->a];
            add_export(b, STR("default"), top, ID_NONE, (Str){ 0 });
            return ID_NONE;
        }
    }
    uint32_t top = add_default_symbol(b);
    NodeKind kind = value->kind == STMT_FUNCTION || value->kind == STMT_CLASS
                            ? ast_node(b->ast, value->a)->kind
                            : value->kind;
    if (kind == FUNC || kind == CLASS)
        b->symbols.items[top].flags |= TSF_ANONYMOUS;
    add_export(b, STR("default"), top, ID_NONE, (Str){ 0 });
    return top;
}

// Which top-level symbols are import bindings, and of which kind, known before any statement
// is scanned (an import may come after the code that uses it).
static void find_import_bindings(Builder *b) {
    b->binding_of = arena_alloc_zero(b->scratch, MAX(b->symbols.len, 1));
    uint32_t len = ast_list_len(b->ast, b->ast->body);
    const NodeId *body = ast_list_items(b->ast, b->ast->body);
    for (uint32_t i = 0; i < len; i++) {
        const Node *n = ast_node(b->ast, body[i]);
        if (n->kind != IMPORT_DECL)
            continue;
        uint32_t count = ast_list_len(b->ast, n->a);
        const NodeId *specs = ast_list_items(b->ast, n->a);
        for (uint32_t s = 0; s < count; s++) {
            const Node *spec = ast_node(b->ast, specs[s]);
            NodeId binding = spec->kind == IMPORT_SPECIFIER ? spec->b : spec->a;
            uint32_t top = b->top_of[ast_node(b->ast, binding)->a];
            if (top != ID_NONE)
                b->binding_of[top] = spec->kind == IMPORT_NAMESPACE ? IMPORT_BINDING_NAMESPACE
                                                                    : IMPORT_BINDING_NAMED;
        }
    }
}

static ImportBinding builder_binding(const void *ctx, SymbolId sym) {
    const Builder *b = ctx;
    uint32_t top = sym < b->st->symbols.len ? b->top_of[sym] : ID_NONE;
    return top == ID_NONE ? IMPORT_BINDING_NONE : (ImportBinding)b->binding_of[top];
}

void summary_mark_writes(const Ast *ast, NodeId first, NodeId last, uint8_t *writes) {
    for (NodeId id = first; id <= last; id++) {
        const Node *n = &ast->nodes.items[id];
        bool writes_a = n->kind == ASSIGN || n->kind == UPDATE || n->kind == STMT_FOR_IN ||
                        n->kind == STMT_FOR_OF || (n->kind == UNARY && n->op == TOK_DELETE);
        if (writes_a && n->a >= first && n->a <= last)
            writes[n->a - first] = 1;
    }
}

bool summary_reads_props(const ParseOptions *o) {
    return o->loader == LOADER_TS || o->loader == LOADER_TSX;
}

// The binding `ident` is, when node `id` is an IDENT in the range.
static ImportBinding binding_at(const Ast *ast, NodeId id, ImportTest test, const void *ctx) {
    const Node *n = &ast->nodes.items[id];
    return n->kind == IDENT ? test(ctx, n->a) : IMPORT_BINDING_NONE;
}

// `x.name` (no `?.`), with x anything: the name, or an empty Str.
static Str read_name(const Ast *ast, Str src, const Node *n, bool allow_optional) {
    if (n->kind != MEMBER || (!allow_optional && (n->flags & NF_OPTIONAL)))
        return (Str){ 0 };
    const Node *prop = &ast->nodes.items[n->b];
    return prop->kind == NAME ? ast_text(ast, src.ptr, prop->start, prop->a) : (Str){ 0 };
}

// A property read of an export that may be an enum member: `x.name` or `x["name"]` (no
// `?.`), as the compiler inlines both. The name, or an empty Str.
static Str prop_name(const Ast *ast, Str src, const Node *n) {
    Str name = { 0 };
    if (n->flags & NF_OPTIONAL || !ast_static_property(ast, src.ptr, n, &name))
        return (Str){ 0 };
    return name;
}

void summary_import_reads(const Ast *ast, Str src, NodeId first, NodeId last, ImportTest test,
                          const void *ctx, bool props, Arena *scratch, ImportReadVec *out) {
    uint32_t count = last - first + 1;
    uint8_t *writes = arena_alloc_zero(scratch, count);
    summary_mark_writes(ast, first, last, writes);
    // inner[i]: node first + i is an `ns.name` read whose value is read further (`ns.name.prop`),
    // so it is reported with the outer read. Children come before parents in node order.
    uint8_t *inner = arena_alloc_zero(scratch, count);
    for (NodeId id = first; props && id <= last; id++) {
        const Node *n = &ast->nodes.items[id];
        if (writes[id - first] || !prop_name(ast, src, n).len || n->a < first)
            continue;
        const Node *object = &ast->nodes.items[n->a];
        if (read_name(ast, src, object, true).len &&
            binding_at(ast, object->a, test, ctx) == IMPORT_BINDING_NAMESPACE)
            inner[n->a - first] = 1;
    }
    for (NodeId id = first; id <= last; id++) {
        const Node *n = &ast->nodes.items[id];
        if (writes[id - first] || inner[id - first] || (n->kind != MEMBER && n->kind != INDEX) ||
            n->a < first)
            continue;
        ImportRead r = { .node = id, .ident = n->a };
        ImportBinding kind = binding_at(ast, n->a, test, ctx);
        Str name = read_name(ast, src, n, true);
        Str prop = { 0 };
        if (kind == IMPORT_BINDING_NAMESPACE && name.len) {
            r.name = name;
        } else if (!props || !(prop = prop_name(ast, src, n)).len) {
            continue;
        } else if (kind == IMPORT_BINDING_NAMED) {
            r.prop = prop;
        } else if (inner[n->a - first]) {
            const Node *object = &ast->nodes.items[n->a];
            r.ident = object->a;
            r.name = read_name(ast, src, object, true);
            r.prop = prop;
        } else {
            continue;
        }
        if (r.ident < first)
            continue; // not a node of this range: never seen, but callers index by it
        r.symbol = ast->nodes.items[r.ident].a;
        vec_push(scratch, out, r);
    }
}

Str summary_member_key(Arena *a, uint32_t top, Str name, Str prop) {
    size_t len = sizeof top + name.len + 1 + prop.len;
    char *key = arena_alloc(a, len);
    memcpy(key, &top, sizeof top);
    if (name.len)
        memcpy(key + sizeof top, name.ptr, name.len);
    key[sizeof top + name.len] = '\0'; // names hold no NUL: the split is unambiguous
    if (prop.len)
        memcpy(key + sizeof top + name.len + 1, prop.ptr, prop.len);
    return (Str){ key, len };
}

// The index of MemberRef (top, name, prop), added if new.
static uint32_t member_ref(Builder *b, uint32_t top, Str name, Str prop) {
    bool inserted;
    uint64_t *at =
            map_find_or_insert_str(&b->ref_index, summary_member_key(b->scratch, top, name, prop),
                                   b->member_refs.len, &inserted);
    if (inserted) {
        // One copy holds the name and then the property (summary_ref_prop).
        char *text = arena_alloc(b->out, name.len + prop.len + 1);
        if (name.len)
            memcpy(text, name.ptr, name.len);
        if (prop.len)
            memcpy(text + name.len, prop.ptr, prop.len);
        text[name.len + prop.len] = '\0';
        MemberRef ref = { { text, name.len }, (uint32_t)prop.len, top };
        vec_push(b->scratch, &b->member_refs, ref);
    }
    return (uint32_t)*at;
}

// Records the reads through import bindings of the range in the part; their IDENTs are marked
// in `consumed` so they do not count as uses of the binding (link decides what each read uses).
static void scan_import_reads(Builder *b, NodeId first, NodeId last, Part *part,
                              uint8_t *consumed) {
    ImportReadVec reads = { 0 };
    summary_import_reads(b->ast, b->src, first, last, builder_binding, b,
                         summary_reads_props(&b->m->parse_options), b->scratch, &reads);
    part->member_start = b->part_members.len;
    for (uint32_t i = 0; i < reads.len; i++) {
        const ImportRead *r = &reads.items[i];
        consumed[r->ident - first] = 1;
        uint32_t ref = member_ref(b, b->top_of[r->symbol], r->name, r->prop);
        vec_push(b->scratch, &b->part_members, ref);
    }
    part->member_len = b->part_members.len - part->member_start;
}

// ---------------------------------------------------------------------------------------------
// Parts

// Lists top symbol `top` in the current part unless already listed there.
static bool first_in_part(Builder *b, uint32_t top, uint32_t part_tag) {
    if (b->seen[top] == part_tag)
        return false;
    b->seen[top] = part_tag;
    return true;
}

// One pass over the nodes of a statement: declarations, then (separately tagged) references,
// plus records for require()/import() and the CommonJS shape.
static void scan_range(Builder *b, NodeId first, NodeId last, Part *part, uint32_t index,
                       uint32_t extra_decl) {
    const Ast *ast = b->ast;
    uint32_t decl_tag = 2 * index + 1;
    uint32_t ref_tag = 2 * index + 2;
    part->decl_start = b->part_syms.len;
    for (NodeId id = first; id <= last; id++) {
        const Node *n = &ast->nodes.items[id];
        if (n->kind == BINDING_IDENT && n->a < b->st->symbols.len) {
            uint32_t top = b->top_of[n->a];
            if (top != ID_NONE && first_in_part(b, top, decl_tag))
                vec_push(b->scratch, &b->part_syms, top);
        }
    }
    if (extra_decl != ID_NONE)
        vec_push(b->scratch, &b->part_syms, extra_decl);
    part->decl_len = b->part_syms.len - part->decl_start;
    b->try_ranges.len = 0;
    for (NodeId id = first; id <= last; id++) {
        const Node *n = &ast->nodes.items[id];
        if (n->kind == STMT_TRY) {
            const Node *block = ast_node(ast, n->a);
            vec_push(b->scratch, &b->try_ranges, block->start);
            vec_push(b->scratch, &b->try_ranges, block->b ? block->b : UINT32_MAX);
        }
    }
    uint8_t *consumed = arena_alloc_zero(b->scratch, last - first + 1);
    scan_import_reads(b, first, last, part, consumed);
    // References go in a second run so each part's two lists stay contiguous; a declared
    // symbol may be referenced too (`var a = a || {}`) and then appears in both.
    U32Vec refs = { 0 };
    for (NodeId id = first; id <= last; id++) {
        const Node *n = &ast->nodes.items[id];
        if (n->kind == IDENT && n->a < b->st->symbols.len && !consumed[id - first]) {
            uint32_t top = b->top_of[n->a];
            if (top != ID_NONE) {
                if (b->seen[top] != ref_tag) {
                    b->seen[top] = ref_tag;
                    vec_push(b->scratch, &refs, top);
                }
            } else if (is_unbound(b, n, "module") || is_unbound(b, n, "exports")) {
                b->m->flags |= MODF_CJS;
                if (!b->cjs_read && !follows_typeof(b->src, n->start))
                    b->cjs_read = n->start + 1;
            }
        } else if (n->kind == CALL) {
            scan_call(b, n);
        } else if (n->kind == IMPORT_CALL) {
            scan_import_call(b, n);
        }
    }
    part->ref_start = part->decl_start + part->decl_len;
    for (uint32_t i = 0; i < refs.len; i++)
        vec_push(b->scratch, &b->part_syms, refs.items[i]);
    part->ref_len = refs.len;
}

static void summarize_statement(Builder *b, NodeId first, NodeId stmt, uint32_t index) {
    const Node *n = ast_node(b->ast, stmt);
    Part part = { 0 };
    b->part = index;
    uint32_t synthetic = ID_NONE;
    // Records of `from` clauses come before those of calls inside the statement.
    if (n->kind == IMPORT_DECL) {
        summarize_import(b, n);
        part.flags |= PART_IMPORT;
    } else if (n->kind == EXPORT_DEFAULT) {
        synthetic = summarize_export_default(b, n);
    }
    scan_range(b, first, stmt, &part, index, synthetic);
    mark_named_values(b, stmt);
    switch (n->kind) {
    case EXPORT_NAMED:
        summarize_export_named(b, n);
        part.flags |= PART_EXPORT_ONLY;
        break;
    case EXPORT_ALL:
        summarize_export_all(b, n);
        part.flags |= PART_EXPORT_ONLY;
        break;
    case EXPORT_DECL:
        export_declared(b, &part);
        break;
    default:
        break;
    }
    if (side_effects_statement(b->ast, b->st, stmt))
        part.flags |= PART_SIDE_EFFECTS;
    b->parts.items[index] = part;
}

static int compare_enum_consts(const void *x, const void *y) {
    const EnumConst *a = x;
    const EnumConst *b = y;
    if (a->symbol != b->symbol)
        return a->symbol < b->symbol ? -1 : 1;
    return str_cmp(a->member, b->member);
}

// The constant members of the enums this module exports (TSF_EXPORTED is known once every
// statement is summarized), sorted for summary_find_enum_const. A member declared twice (merged
// declarations, which the compiler rejects) is kept once.
static void collect_enum_consts(Builder *b) {
    const EnumValueVec *values = &b->parsed->enum_values;
    uint32_t n = 0;
    EnumConst *out = NULL;
    for (uint32_t i = 0; i < values->len; i++) {
        const EnumValue *v = &values->items[i];
        uint32_t top = v->symbol < b->st->symbols.len ? b->top_of[v->symbol] : ID_NONE;
        if (top == ID_NONE || !(b->symbols.items[top].flags & TSF_EXPORTED))
            continue;
        if (!out)
            out = arena_alloc(b->scratch, sizeof(EnumConst) * values->len);
        EnumConst c = { .member = v->member, .symbol = top, .is_string = v->is_string };
        if (v->is_string)
            c.text = v->text;
        else
            c.number = v->number;
        out[n++] = c;
    }
    if (n == 0)
        return;
    qsort(out, n, sizeof(EnumConst), compare_enum_consts);
    uint32_t kept = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (kept && compare_enum_consts(&out[kept - 1], &out[i]) == 0)
            kept--;
        out[kept] = out[i];
        out[kept].member = copy_str(b, out[i].member);
        if (out[kept].is_string)
            out[kept].text = copy_str(b, out[i].text);
        kept++;
    }
    b->m->enum_consts = arena_memdup(b->out, out, sizeof(EnumConst) * kept);
    b->m->enum_const_count = kept;
}

// Statement indexes ordered by their node ids. The body is in node order except for the few
// statements the parser makes at the end and puts first, so an insertion sort is linear here.
static uint32_t *statements_by_node(Builder *b, const NodeId *body, uint32_t len) {
    uint32_t *order = arena_alloc(b->scratch, sizeof(uint32_t) * MAX(len, 1));
    for (uint32_t i = 0; i < len; i++) {
        uint32_t j = i;
        for (; j > 0 && body[order[j - 1]] > body[i]; j--)
            order[j] = order[j - 1];
        order[j] = i;
    }
    return order;
}

#define COPY_OUT(b, vec, field, count_field)                                                      \
    do {                                                                                          \
        (b)->m->count_field = (vec).len;                                                          \
        (b)->m->field =                                                                           \
                (vec).len ? arena_memdup((b)->out, (vec).items, sizeof(*(vec).items) * (vec).len) \
                          : NULL;                                                                 \
    } while (0)

bool summary_reads_require(const Module *m) {
    uint32_t calls = 0;
    for (uint32_t r = 0; r < m->record_count; r++)
        calls += m->records[r].kind == IMPORT_REQUIRE;
    return m->require_uses > calls;
}

// A script node runs as CommonJS even when it reads no free `module` or `exports`: a `.cjs` or
// `.cts` file always is one, and so is a script that declares `exports` or `module` at the top
// (`var exports = module.exports = f` declares the wrapper's own parameter again, and
// `var exports = exports || {}` reads it). Its default export is then module.exports.
static bool is_commonjs_script(const Builder *b) {
    if (b->m->flags & (MODF_ESM | MODF_MODULE_GOAL))
        return false;
    if (b->m->parse_options.source_type == PARSE_COMMONJS)
        return true;
    for (uint32_t i = 0; i < b->symbols.len; i++) {
        Str name = b->symbols.items[i].name;
        if (str_eq_cstr(name, "exports") || str_eq_cstr(name, "module"))
            return true;
    }
    return false;
}

void summary_build(Module *m, const ParseResult *parsed, Str src, Arena *out_arena,
                   Arena *scratch) {
    ArenaMark mark = arena_mark(scratch);
    Builder b = {
        .m = m,
        .parsed = parsed,
        .ast = &parsed->ast,
        .st = &parsed->scopes,
        .src = src,
        .out = out_arena,
        .scratch = scratch,
    };
    m->symbol_total = parsed->scopes.symbols.len;
    m->scope_total = parsed->scopes.scopes.len;
    if (parsed->flags & (PARSEF_ESM_SYNTAX | PARSEF_IMPORT_META))
        m->flags |= MODF_ESM;
    if (parsed->flags & PARSEF_TOP_LEVEL_AWAIT)
        m->flags |= MODF_TOP_LEVEL_AWAIT;
    if (parsed->flags & PARSEF_IMPORT_META)
        m->flags |= MODF_IMPORT_META;
    if (parsed->flags & PARSEF_MODULE)
        m->flags |= MODF_MODULE_GOAL;
    if (parsed->flags & PARSEF_USE_STRICT)
        m->flags |= MODF_USE_STRICT;
    if (parsed->with_offset != ID_NONE) {
        m->flags |= MODF_WITH;
        m->with_offset = parsed->with_offset;
    }
    if (parsed->scopes.scopes.len && (parsed->scopes.scopes.items[0].flags & SCOPEF_EVAL))
        m->flags |= MODF_EVAL;
    collect_symbols(&b);
    collect_names(&b);
    collect_slots(&b);
    LexSpan bang = parsed->hashbang;
    if (bang.end > bang.start)
        m->hashbang = copy_str(&b, (Str){ src.ptr + bang.start, bang.end - bang.start });
    uint32_t body_len = ast_list_len(b.ast, b.ast->body);
    const NodeId *body = ast_list_items(b.ast, b.ast->body);
    // One more slot for the synthetic default symbol.
    b.seen = arena_alloc_zero(scratch, sizeof(uint32_t) * (b.symbols.len + 1));
    find_import_bindings(&b);
    map_init(&b.ref_index, scratch->mem, MEM_SUMMARY);
    // Statements in node order: the nodes after the previous statement's are this one's, even
    // when the parser put a statement it made last (a JSX runtime import) first in the body.
    uint32_t *order = statements_by_node(&b, body, body_len);
    vec_reserve(scratch, &b.parts, body_len);
    b.parts.len = body_len;
    NodeId first = 0;
    for (uint32_t k = 0; k < body_len; k++) {
        uint32_t i = order[k];
        summarize_statement(&b, first, body[i], i);
        first = body[i] + 1;
    }
    map_deinit(&b.ref_index);
    if (is_commonjs_script(&b))
        m->flags |= MODF_CJS;
    if ((m->flags & MODF_ESM) && b.cjs_read) {
        m->flags |= MODF_CJS_GLOBAL;
        m->cjs_global_offset = b.cjs_read - 1;
    }
    if (m->flags & MODF_ESM)
        m->flags &= ~(uint32_t)MODF_CJS; // `module` in an ES module is just a global
    collect_enum_consts(&b);
    COPY_OUT(&b, b.records, records, record_count);
    COPY_OUT(&b, b.symbols, symbols, symbol_count);
    COPY_OUT(&b, b.exports, exports, export_count);
    COPY_OUT(&b, b.stars, star_records, star_count);
    COPY_OUT(&b, b.parts, parts, part_count);
    COPY_OUT(&b, b.member_refs, member_refs, member_ref_count);
    m->part_members = b.part_members.len ? arena_memdup(out_arena, b.part_members.items,
                                                        sizeof(uint32_t) * b.part_members.len)
                                         : NULL;
    m->part_syms = b.part_syms.len ? arena_memdup(out_arena, b.part_syms.items,
                                                  sizeof(uint32_t) * b.part_syms.len)
                                   : NULL;
    arena_rewind(scratch, mark);
}

const EnumConst *summary_find_enum_const(const Module *m, uint32_t symbol, Str member) {
    if (m->enum_const_count == 0)
        return NULL;
    EnumConst key = { .member = member, .symbol = symbol };
    return bsearch(&key, m->enum_consts, m->enum_const_count, sizeof(EnumConst),
                   compare_enum_consts);
}

uint32_t summary_find_symbol(const Module *m, SymbolId id) {
    uint32_t lo = 0;
    uint32_t hi = m->symbol_count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        SymbolId at = m->symbols[mid].id; // the synthetic default (ID_NONE) sorts last
        if (at == id)
            return mid;
        if (at < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return ID_NONE;
}
