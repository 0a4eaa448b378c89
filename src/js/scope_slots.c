// scope_slots: symbols numbered for renaming by slot (see scope.h).
//
// A scope's symbols take the slots after those of all its enclosing scopes, so two symbols
// that can see each other never share a slot, while sibling scopes (two functions side by
// side) start from the same number and reuse the same short names. Scopes are numbered in the
// order the parser opens them, so a parent always comes before its children and one pass in id
// order sees every parent finished.
//
// Some symbols are one name printed twice and must not get a slot of their own ("twins"):
// - the inner name of a class declaration (SYM_CLASS_NAME) and its outer binding: the class's
//   name is printed once, yet references inside the body bind to the inner symbol;
// - a sloppy-mode block function (SYM_BLOCK_FUNCTION) and the var-scoped binding Annex B.3.3
//   copies it into: the declaration is printed once, yet both names must match;
// - a catch parameter and a var of the same name in its function (Annex B.3.5): in
//   `catch (e) { var e = 1; }` the declaration names the var but its initializer assigns the
//   parameter, so the two must print alike (the parameter shadows the var, as in the source).
#include <string.h>

#include "js/scope.h"

static bool same_name(const ScopeTable *st, SymbolId a, SymbolId b) {
    return str_eq(scope_symbol_name(st, a), scope_symbol_name(st, b));
}

// The symbol of `scope` named like `sym`, or ID_NONE.
static SymbolId find_in_scope(const ScopeTable *st, ScopeId scope, SymbolId sym) {
    for (SymbolId s = st->scopes.items[scope].first_symbol; s != ID_NONE;
         s = st->symbols.items[s].next) {
        if (s != sym && same_name(st, s, sym))
            return s;
    }
    return ID_NONE;
}

static bool is_var_scope(ScopeKind k) {
    return k == SCOPE_MODULE || k == SCOPE_SCRIPT || k == SCOPE_FUNCTION || k == SCOPE_ARROW ||
           k == SCOPE_STATIC;
}

static bool is_var_like(SymbolKind k) {
    return k == SYM_VAR || k == SYM_PARAM || k == SYM_FUNCTION || k == SYM_HOISTED;
}

// Found the way the parser declared it (through enclosing blocks that declare no such name,
// catch parameters excepted).
SymbolId scope_annex_b_var(const ScopeTable *st, SymbolId sym) {
    const Symbol *s = &st->symbols.items[sym];
    const Scope *block = &st->scopes.items[s->scope];
    if ((block->flags & SCOPEF_STRICT) || (s->flags & SYMF_NOT_PLAIN))
        return ID_NONE;
    for (ScopeId sc = block->parent; sc != ID_NONE; sc = st->scopes.items[sc].parent) {
        const Scope *scope = &st->scopes.items[sc];
        SymbolId other = find_in_scope(st, sc, sym);
        if (is_var_scope(scope->kind))
            return other != ID_NONE && is_var_like(st->symbols.items[other].kind) ? other : ID_NONE;
        if (other == ID_NONE)
            continue;
        if (scope->kind == SCOPE_CATCH && st->symbols.items[other].kind == SYM_CATCH)
            continue;
        return ID_NONE; // a lexical binding in between stops the copy
    }
    return ID_NONE;
}

SymbolId scope_catch_var(const ScopeTable *st, SymbolId sym) {
    for (ScopeId sc = st->scopes.items[st->symbols.items[sym].scope].parent; sc != ID_NONE;
         sc = st->scopes.items[sc].parent) {
        if (!is_var_scope(st->scopes.items[sc].kind))
            continue;
        SymbolId var = find_in_scope(st, sc, sym);
        return var != ID_NONE && is_var_like(st->symbols.items[var].kind) ? var : ID_NONE;
    }
    return ID_NONE;
}

static SymbolId twin(const ScopeTable *st, SymbolId sym) {
    const Symbol *s = &st->symbols.items[sym];
    if (s->kind == SYM_CLASS_NAME) {
        ScopeId parent = st->scopes.items[s->scope].parent;
        SymbolId outer = parent == ID_NONE ? ID_NONE : find_in_scope(st, parent, sym);
        return outer != ID_NONE && st->symbols.items[outer].kind == SYM_CLASS ? outer : ID_NONE;
    }
    if (s->kind == SYM_BLOCK_FUNCTION)
        return scope_annex_b_var(st, sym);
    if (s->kind == SYM_CATCH)
        return scope_catch_var(st, sym);
    return ID_NONE;
}

void scope_slots(const ScopeTable *st, Arena *arena, ScopeSlots *out) {
    uint32_t nsym = st->symbols.len;
    uint32_t nscope = st->scopes.len;
    out->slot_of = arena_alloc(arena, sizeof(uint32_t) * MAX(nsym, 1));
    out->twin_of = arena_alloc(arena, sizeof(SymbolId) * MAX(nsym, 1));
    memset(out->slot_of, 0xff, sizeof(uint32_t) * nsym);
    memset(out->twin_of, 0xff, sizeof(SymbolId) * nsym);
    uint32_t *end = arena_alloc(arena, sizeof(uint32_t) * MAX(nscope, 1));
    out->count = 0;
    out->top_count = 0;
    for (ScopeId sc = 0; sc < nscope; sc++) {
        const Scope *scope = &st->scopes.items[sc];
        uint32_t next = scope->parent == ID_NONE ? 0 : end[scope->parent];
        for (SymbolId s = scope->first_symbol; s != ID_NONE; s = st->symbols.items[s].next) {
            const Symbol *sym = &st->symbols.items[s];
            if (sym->kind == SYM_UNBOUND)
                continue;
            out->twin_of[s] = twin(st, s);
            if (out->twin_of[s] == ID_NONE && !(sym->flags & SYMF_JSX_TAG))
                out->slot_of[s] = next++; // a JSX tag keeps its name
        }
        end[sc] = next;
        out->count = MAX(out->count, next);
        if (sc == 0)
            out->top_count = next;
    }
}
