// scope: declarations, redeclaration rules and deferred binding (see scope.h).
//
// Declarations of all scopes share one open-addressing hash keyed by (scope, name), so a scope
// costs nothing until it declares something. A `var` walking from a block up to its function
// leaves a "passage" entry in every block it crosses (pointing at the var's symbol), which makes
// a later `let` of the same name in that block a conflict (ECMA-262 §14.2.1 early errors) and
// binds references in the block to the var. A function's parameters and body share one scope;
// so `function f(a = () => b) { var b }` binds b to the body's var, where the spec would look
// outside (an accepted imprecision: the printer only needs names to stay distinct).
#include "js/scope.h"

#include <string.h>

enum { ENTRY_PASSAGE = 1 }; // ScopeEntry.flags: a var declared deeper passing through a block

void scope_init(ScopeTable *st, Arena *arena, Str src) {
    *st = (ScopeTable){ .arena = arena, .src = src.ptr, .src_len = (uint32_t)src.len };
    // Sized from the source (real code declares about one name per 80 bytes and opens a scope
    // per 200), so big files do not leave doubled copies behind in the arena.
    uint32_t names = (uint32_t)(src.len / 80);
    st->entry_cap = 256;
    while (st->entry_cap < names * 2)
        st->entry_cap *= 2;
    st->symbols.cap = names + 16;
    st->symbols.items = arena_new_array(arena, Symbol, st->symbols.cap);
    st->scopes.cap = (uint32_t)(src.len / 200) + 16;
    st->scopes.items = arena_new_array(arena, Scope, st->scopes.cap);
    st->blooms.cap = st->scopes.cap;
    st->blooms.items = arena_new_array(arena, uint64_t, st->blooms.cap);
    st->entries = arena_new_array(arena, ScopeEntry, st->entry_cap);
    for (uint32_t i = 0; i < st->entry_cap; i++)
        st->entries[i].symbol = ID_NONE;
}

uint32_t scope_hash(Str name) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < name.len; i++)
        h = (h ^ (uint8_t)name.ptr[i]) * 16777619u;
    return h;
}

Str scope_symbol_name(const ScopeTable *st, SymbolId id) {
    const Symbol *s = &st->symbols.items[id];
    const char *base = (s->flags & SYMF_DECODED) ? st->names.items : st->src;
    return (Str){ base + s->name_start, s->name_len };
}

// Mixes the scope into the name's hash (murmur3 finalizer) so one name declared in many scopes
// spreads over the table instead of clustering.
static uint32_t slot_of(uint32_t hash, ScopeId scope, uint32_t cap) {
    uint32_t h = hash + scope * 0x9E3779B1u;
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    return h & (cap - 1);
}

// Index of the entry for (scope, name), or ID_NONE.
static uint32_t find(const ScopeTable *st, ScopeId scope, uint32_t hash, Str name) {
    uint32_t mask = st->entry_cap - 1;
    for (uint32_t i = slot_of(hash, scope, st->entry_cap);; i = (i + 1) & mask) {
        const ScopeEntry *e = &st->entries[i];
        if (e->symbol == ID_NONE)
            return ID_NONE;
        if (e->hash == hash && e->scope == scope && str_eq(scope_symbol_name(st, e->symbol), name))
            return i;
    }
}

static void grow(ScopeTable *st) {
    ScopeEntry *old = st->entries;
    uint32_t old_cap = st->entry_cap;
    st->entry_cap *= 2;
    st->entries = arena_new_array(st->arena, ScopeEntry, st->entry_cap);
    for (uint32_t i = 0; i < st->entry_cap; i++)
        st->entries[i].symbol = ID_NONE;
    uint32_t mask = st->entry_cap - 1;
    for (uint32_t j = 0; j < old_cap; j++) {
        if (old[j].symbol == ID_NONE)
            continue;
        uint32_t i = slot_of(old[j].hash, old[j].scope, st->entry_cap);
        while (st->entries[i].symbol != ID_NONE)
            i = (i + 1) & mask;
        st->entries[i] = old[j];
    }
}

static void insert(ScopeTable *st, ScopeId scope, uint32_t hash, SymbolId sym, uint32_t flags) {
    if ((st->entry_len + 1) * 2 > st->entry_cap)
        grow(st);
    uint32_t mask = st->entry_cap - 1;
    uint32_t i = slot_of(hash, scope, st->entry_cap);
    while (st->entries[i].symbol != ID_NONE)
        i = (i + 1) & mask;
    st->entries[i] = (ScopeEntry){ hash, scope, sym, flags };
    st->entry_len++;
    st->scopes.items[scope].flags |= SCOPEF_ENTRIES;
    st->blooms.items[scope] |= (uint64_t)1 << (hash & 63);
}

// A new symbol linked at the end of its scope's list. Names outside the source are copied.
static SymbolId new_symbol(ScopeTable *st, Str name, SymbolKind kind, ScopeId scope) {
    Symbol s = {
        .name_len = (uint32_t)name.len, .scope = scope, .next = ID_NONE, .kind = (uint8_t)kind
    };
    // A name inside the source is kept as its range; a decoded copy (escapes) is copied.
    uintptr_t p = (uintptr_t)name.ptr;
    uintptr_t base = (uintptr_t)st->src;
    if (p >= base && p - base + name.len <= st->src_len) {
        s.name_start = (uint32_t)(p - base);
    } else {
        s.flags |= SYMF_DECODED;
        s.name_start = st->names.len;
        for (size_t i = 0; i < name.len; i++)
            vec_push(st->arena, &st->names, name.ptr[i]);
    }
    SymbolId id = st->symbols.len;
    vec_push(st->arena, &st->symbols, s);
    Scope *sc = &st->scopes.items[scope];
    if (sc->last_symbol == ID_NONE)
        sc->first_symbol = id;
    else
        st->symbols.items[sc->last_symbol].next = id;
    sc->last_symbol = id;
    return id;
}

ScopeId scope_current(const ScopeTable *st) {
    return st->open.items[st->open.len - 1].id;
}

ScopeId scope_push(ScopeTable *st, ScopeKind kind, uint8_t flags) {
    ScopeId parent = st->open.len ? scope_current(st) : ID_NONE;
    if (parent != ID_NONE)
        flags |= st->scopes.items[parent].flags & SCOPEF_STRICT;
    if (parent != ID_NONE && kind != SCOPE_FUNCTION && kind != SCOPE_ARROW && kind != SCOPE_CLASS)
        flags |= st->scopes.items[parent].flags & SCOPEF_WITH;
    if (kind == SCOPE_WITH)
        flags |= SCOPEF_WITH;
    Scope s = { parent, ID_NONE, ID_NONE, (uint8_t)kind, flags, 0 };
    ScopeId id = st->scopes.len;
    vec_push(st->arena, &st->scopes, s);
    vec_push(st->arena, &st->blooms, (uint64_t)0);
    ScopeOpen o = { id, st->refs.len };
    vec_push(st->arena, &st->open, o);
    return id;
}

void scope_reference(ScopeTable *st, NodeId node, Str name) {
    ScopeRef r = { name.ptr, (uint32_t)name.len, scope_hash(name), node };
    vec_push(st->arena, &st->refs, r);
}

// Binds the pending references of the innermost open scope that it declares.
static void bind_refs(ScopeTable *st, Ast *ast, ScopeOpen o) {
    if (!(st->scopes.items[o.id].flags & SCOPEF_ENTRIES))
        return; // declares nothing: every reference stays pending for the parent
    uint64_t bloom = st->blooms.items[o.id];
    uint32_t w = o.refs_start;
    for (uint32_t i = o.refs_start; i < st->refs.len; i++) {
        ScopeRef r = st->refs.items[i];
        if (!(bloom & ((uint64_t)1 << (r.hash & 63)))) {
            st->refs.items[w++] = r;
            continue;
        }
        uint32_t e = find(st, o.id, r.hash, (Str){ r.name, r.len });
        if (e == ID_NONE) {
            st->refs.items[w++] = r;
            continue;
        }
        SymbolId sym = st->entries[e].symbol;
        ast_node(ast, r.node)->a = sym;
        st->symbols.items[sym].uses++;
    }
    st->refs.len = w;
}

// The references left at the top level become one SYM_UNBOUND symbol per name.
static void bind_globals(ScopeTable *st, Ast *ast, ScopeId top) {
    st->first_unbound = st->symbols.len;
    for (uint32_t i = 0; i < st->refs.len; i++) {
        ScopeRef r = st->refs.items[i];
        Str name = { r.name, r.len };
        uint32_t e = find(st, top, r.hash, name);
        SymbolId sym;
        if (e == ID_NONE) {
            sym = new_symbol(st, name, SYM_UNBOUND, top);
            insert(st, top, r.hash, sym, 0);
        } else {
            sym = st->entries[e].symbol;
        }
        ast_node(ast, r.node)->a = sym;
        st->symbols.items[sym].uses++;
    }
    st->refs.len = 0;
}

void scope_pop(ScopeTable *st, Ast *ast) {
    ScopeOpen o = vec_pop(&st->open);
    bind_refs(st, ast, o);
    if (st->open.len == 0)
        bind_globals(st, ast, o.id);
}

void scope_discard(ScopeTable *st) {
    ScopeOpen o = vec_pop(&st->open);
    Scope *s = &st->scopes.items[o.id];
    ASSERT(s->first_symbol == ID_NONE);
    if (o.id == st->scopes.len - 1) {
        st->scopes.len--;
        st->blooms.len--;
        return;
    }
    // Scopes opened inside were numbered already; keep the ids, skip this one.
    s->kind = SCOPE_UNUSED;
    for (uint32_t i = o.id + 1; i < st->scopes.len; i++) {
        if (st->scopes.items[i].parent == o.id)
            st->scopes.items[i].parent = s->parent;
    }
}

void scope_mark(ScopeTable *st, uint8_t flags) {
    ScopeId id = scope_current(st);
    st->scopes.items[id].flags |= flags;
    if (!(flags & SCOPEF_EVAL))
        return;
    for (uint32_t i = st->open.len; i-- > 0;)
        st->scopes.items[st->open.items[i].id].flags |= SCOPEF_EVAL;
}

static bool is_var_scope(ScopeKind k) {
    return k == SCOPE_MODULE || k == SCOPE_SCRIPT || k == SCOPE_FUNCTION || k == SCOPE_ARROW ||
           k == SCOPE_STATIC;
}

static bool is_var_like(SymbolKind k) {
    return k == SYM_VAR || k == SYM_PARAM || k == SYM_FUNCTION || k == SYM_HOISTED;
}

// var, var-scoped functions and Annex B hoisted functions: declared in the var scope.
static ScopeDeclareResult declare_var(ScopeTable *st, Str name, uint32_t hash, SymbolKind kind,
                                      SymbolId *out) {
    uint32_t i = st->open.len - 1;
    if (kind == SYM_HOISTED)
        i--; // starts above the block holding the function's own lexical binding
    uint32_t first_block = i;
    for (; !is_var_scope(st->scopes.items[st->open.items[i].id].kind); i--) {
        ScopeId s = st->open.items[i].id;
        uint32_t e = find(st, s, hash, name);
        if (e == ID_NONE || (st->entries[e].flags & ENTRY_PASSAGE))
            continue;
        SymbolKind ek = st->symbols.items[st->entries[e].symbol].kind;
        if (ek == SYM_CATCH && st->scopes.items[s].kind == SCOPE_CATCH)
            continue; // Annex B.3.4: `catch (e) { var e }`
        *out = st->entries[e].symbol;
        return SCOPE_CONFLICT;
    }
    ScopeId target = st->open.items[i].id;
    uint32_t e = find(st, target, hash, name);
    ScopeDeclareResult result = SCOPE_DECLARED;
    SymbolId sym;
    if (e != ID_NONE) {
        sym = st->entries[e].symbol;
        SymbolKind ek = st->symbols.items[sym].kind;
        if (ek == SYM_FUNC_NAME) {
            sym = new_symbol(st, name, kind, target);
            st->entries[e].symbol = sym;
        } else if (is_var_like(ek)) {
            result = SCOPE_MERGED;
        } else {
            *out = sym;
            return SCOPE_CONFLICT;
        }
    } else {
        sym = new_symbol(st, name, kind, target);
        insert(st, target, hash, sym, 0);
    }
    if (kind != SYM_HOISTED) {
        for (uint32_t j = first_block; j > i; j--) {
            ScopeId s = st->open.items[j].id;
            if (find(st, s, hash, name) == ID_NONE)
                insert(st, s, hash, sym, ENTRY_PASSAGE);
        }
    }
    *out = sym;
    return result;
}

// Lexical declarations, parameters, catch parameters, class and function-expression names:
// declared in the current scope.
static ScopeDeclareResult declare_lexical(ScopeTable *st, Str name, uint32_t hash, SymbolKind kind,
                                          bool strict, SymbolId *out) {
    ScopeId scope = scope_current(st);
    uint32_t e = find(st, scope, hash, name);
    if (e == ID_NONE) {
        *out = new_symbol(st, name, kind, scope);
        insert(st, scope, hash, *out, 0);
        return SCOPE_DECLARED;
    }
    SymbolId old = st->entries[e].symbol;
    SymbolKind ek = st->symbols.items[old].kind;
    bool passage = st->entries[e].flags & ENTRY_PASSAGE;
    if (!passage && (ek == SYM_FUNC_NAME || ek == SYM_HOISTED)) {
        // A function expression's own name and an Annex B copy give way to real declarations.
        *out = new_symbol(st, name, kind, scope);
        st->entries[e].symbol = *out;
        st->entries[e].flags = 0;
        return SCOPE_DECLARED;
    }
    *out = old;
    bool plain = !(st->symbols.items[old].flags & SYMF_NOT_PLAIN);
    if (!passage && !strict &&
        ((kind == SYM_PARAM && ek == SYM_PARAM) ||
         (kind == SYM_BLOCK_FUNCTION && ek == SYM_BLOCK_FUNCTION && plain)))
        return SCOPE_MERGED;
    return SCOPE_CONFLICT;
}

SymbolId scope_add_symbol(ScopeTable *st, ScopeId scope, Str name, SymbolKind kind) {
    return new_symbol(st, name, kind, scope);
}

ScopeDeclareResult scope_declare(ScopeTable *st, Str name, SymbolKind kind, bool strict,
                                 SymbolId *out) {
    uint32_t hash = scope_hash(name);
    ScopeKind here = st->scopes.items[scope_current(st)].kind;
    bool var_like = kind == SYM_VAR || kind == SYM_HOISTED ||
                    (kind == SYM_FUNCTION && here != SCOPE_MODULE);
    if (var_like)
        return declare_var(st, name, hash, kind, out);
    return declare_lexical(st, name, hash, kind, strict, out);
}

SymbolId scope_lookup(const ScopeTable *st, ScopeId scope, Str name) {
    uint32_t hash = scope_hash(name);
    for (ScopeId s = scope; s != ID_NONE; s = st->scopes.items[s].parent) {
        uint32_t e = find(st, s, hash, name);
        if (e != ID_NONE)
            return st->entries[e].symbol;
    }
    return ID_NONE;
}

const char *scope_kind_name(ScopeKind kind) {
    static const char *const names[] = {
        "module", "script", "function", "arrow", "block",  "class",
        "static", "catch",  "for",      "with",  "unused",
    };
    return names[kind];
}

const char *scope_symbol_kind_name(SymbolKind kind) {
    static const char *const names[SYM_KIND_COUNT] = {
        "var",    "let",   "const",          "using",   "function",  "class",      "param",
        "import", "catch", "block-function", "hoisted", "func-name", "class-name", "unbound",
    };
    return names[kind];
}
