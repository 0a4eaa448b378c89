// scope: the scope tree and symbol table of one module, built by the parser in the same pass as
// the AST (declare while parsing, bind when a scope closes). Not a pass of its own.
//
// Binding. A reference (IDENT) is not looked up when it is parsed, because its declaration may
// come later (`f(); function f() {}`, a closure using a later `let`, arrow parameters that are
// first parsed as a parenthesized expression). Each reference is pushed on a pending list; when
// a scope closes, the pending references of that scope and its closed children are looked up in
// it, bound ones get the SymbolId patched into the node's `a` operand, and the rest stay pending
// for the parent. Whatever is still pending when the top-level scope closes is a global: one
// SYM_UNBOUND symbol per name, declared in the top-level scope after every other symbol.
//
// Numbering is deterministic: scopes and symbols are numbered in the order the parser opens and
// declares them, so parsing the same text with the same options gives the same ids (the generate
// stage relies on it). Memory: a Scope is 16 bytes, a Symbol 24 bytes, plus a hash entry of 16
// bytes per declaration (and per `var` passing through a block) and 8 bytes per scope of
// parse-time filter; names are source ranges, only escaped names are copied (into `names`).
// Everything lives in the worker's scratch arena. Not thread-safe: one table per parse. Module
// prefix: scope_.
#ifndef BALE_JS_SCOPE_H
#define BALE_JS_SCOPE_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "base/vec.h"
#include "js/ast.h"

typedef enum ScopeKind {
    SCOPE_MODULE,   // top level of a module
    SCOPE_SCRIPT,   // top level of a script
    SCOPE_FUNCTION, // a function's parameters and body (one scope for both; see scope.c)
    SCOPE_ARROW,    // an arrow function's parameters and body
    SCOPE_BLOCK,    // `{ }`, a switch's cases
    SCOPE_CLASS,    // a class body; holds the class's inner name binding
    SCOPE_STATIC,   // a class static block (a var scope, like a function body)
    SCOPE_CATCH,    // a catch clause: its parameter and its block
    SCOPE_FOR,      // the head of a for/for-in/for-of with let/const/using
    SCOPE_WITH,     // the body of a with statement
    SCOPE_UNUSED,   // a tentative arrow scope that were only parentheses (kept because
                    //   scopes opened inside it had already been numbered; it has no symbols)
} ScopeKind;

// Scope flags.
enum {
    SCOPEF_STRICT = 1 << 0,    // strict code (module, class, "use strict" function)
    SCOPEF_EVAL = 1 << 1,      // contains a direct `eval(…)` call here or in a nested scope
    SCOPEF_WITH = 1 << 2,      // inside the body of a `with` (names may resolve dynamically)
    SCOPEF_ASYNC = 1 << 3,     // function/arrow: async
    SCOPEF_GENERATOR = 1 << 4, // function: generator
    SCOPEF_ENTRIES = 1 << 5,   // has declarations or var passages in the hash (lets binding
                               //   skip the lookups of scopes that declare nothing)
};

// One scope. Lives in: the worker's scratch arena (ScopeTable.scopes). 16 bytes.
typedef struct Scope {
    ScopeId parent;        // ID_NONE for the top level
    SymbolId first_symbol; // declared symbols, linked through Symbol.next; ID_NONE if none
    SymbolId last_symbol;
    uint8_t kind; // ScopeKind
    uint8_t flags;
    uint16_t reserved;
} Scope;

typedef enum SymbolKind {
    SYM_VAR,            // var
    SYM_LET,            // let
    SYM_CONST,          // const
    SYM_USING,          // using / await using
    SYM_FUNCTION,       // function declaration at a function, script or module top level
    SYM_CLASS,          // class declaration (outer binding)
    SYM_PARAM,          // function or arrow parameter
    SYM_IMPORT,         // import binding
    SYM_CATCH,          // catch parameter
    SYM_BLOCK_FUNCTION, // function declaration in a block (lexical in the block)
    SYM_HOISTED,        // Annex B: the var-like copy of a sloppy block function declaration,
                        //   declared in the enclosing var scope
    SYM_FUNC_NAME,      // the name of a function expression, visible inside it
    SYM_CLASS_NAME,     // the inner name of a class (in its class scope)
    SYM_UNBOUND,        // a name never declared in the module: a global
    SYM_KIND_COUNT
} SymbolKind;

// Symbol flags.
enum {
    SYMF_DECODED = 1 << 0,   // name_start indexes ScopeTable.names (the name held escapes)
    SYMF_EXPORTED = 1 << 1,  // exported from the module (export declarations and lists)
    SYMF_NOT_PLAIN = 1 << 2, // a generator or async function declaration: a sloppy block may
                             //   not declare its name twice (Annex B.3.2.4 needs plain ones)
    SYMF_JSX_TAG = 1 << 3,   // names the tag of a preserved JSX element (`<Comp />`): it gets no
                             //   slot and the minifier never renames it, since a renamed `c`
                             //   would read as an intrinsic element
};

// One symbol. Lives in: the worker's scratch arena (ScopeTable.symbols). 24 bytes.
typedef struct Symbol {
    uint32_t name_start; // byte offset in the source, or in `names` with SYMF_DECODED
    uint32_t name_len;
    ScopeId scope; // declaring scope
    SymbolId next; // next symbol of the same scope, in declaration order
    uint32_t uses; // references bound to it
    uint8_t kind;  // SymbolKind
    uint8_t flags;
    uint16_t reserved;
} Symbol;

// A hash entry: (scope, name) -> symbol. Private to scope.c.
typedef struct ScopeEntry {
    uint32_t hash;
    ScopeId scope;
    SymbolId symbol; // ID_NONE marks an empty slot
    uint32_t flags;  // private to scope.c
} ScopeEntry;

// A reference waiting for its scope to close. Private to the parser and scope.c.
typedef struct ScopeRef {
    const char *name; // source slice, or decoded copy in the arena
    uint32_t len;
    uint32_t hash;
    NodeId node; // the IDENT whose `a` gets the SymbolId
} ScopeRef;

// An open scope and where its pending references start. Private to the parser and scope.c.
typedef struct ScopeOpen {
    ScopeId id;
    uint32_t refs_start;
} ScopeOpen;

typedef VEC(Scope) ScopeVec;
typedef VEC(Symbol) SymbolVec;
typedef VEC(ScopeRef) ScopeRefVec;
typedef VEC(ScopeOpen) ScopeOpenVec;
typedef VEC(uint64_t) U64Vec;

// The scopes and symbols of one module. Lives in: the worker's scratch arena. The fields after
// `names` are only used while parsing.
typedef struct ScopeTable {
    ScopeVec scopes;   // scopes[0] is the top level
    SymbolVec symbols; // in declaration order; unbound globals last
    CharVec names;     // decoded names of escaped identifiers
    const char *src;   // the source text (symbol names are ranges of it)
    uint32_t src_len;
    Arena *arena;
    // Parse-time state.
    ScopeEntry *entries; // open-addressing hash of declarations
    uint32_t entry_cap;  // power of two
    uint32_t entry_len;
    U64Vec blooms;         // per scope: bit (hash & 63) set for each name in the hash, so binding
                           //   skips most lookups in scopes that cannot hold the name
    ScopeRefVec refs;      // pending references, innermost scope's last
    ScopeOpenVec open;     // the open scopes, innermost last
    ScopeId first_unbound; // first SYM_UNBOUND symbol (symbols.len until the top closes)
} ScopeTable;

void scope_init(ScopeTable *st, Arena *arena, Str src);

// The name of a symbol (a source slice, or the decoded copy).
Str scope_symbol_name(const ScopeTable *st, SymbolId id);

// 32-bit hash of a name as scope_declare/scope_reference expect it.
uint32_t scope_hash(Str name);

// Opens a scope of `kind` inside the current one (inheriting SCOPEF_STRICT) and returns its id.
ScopeId scope_push(ScopeTable *st, ScopeKind kind, uint8_t flags);
// Closes the current scope: binds its pending references, leaves the rest to the parent. At the
// top level, the rest become SYM_UNBOUND globals. ast receives the SymbolIds.
void scope_pop(ScopeTable *st, Ast *ast);
// Closes the current scope, which turned out not to be one (a parenthesized expression parsed
// as possible arrow parameters): its references and children move to the parent.
void scope_discard(ScopeTable *st);
ScopeId scope_current(const ScopeTable *st);

// Records a reference from IDENT node to name in the current scope.
void scope_reference(ScopeTable *st, NodeId node, Str name);

// The outcome of a declaration.
typedef enum ScopeDeclareResult {
    SCOPE_DECLARED, // a new symbol
    SCOPE_MERGED,   // an allowed redeclaration (var + var…): *out is the earlier symbol
    SCOPE_CONFLICT, // an illegal redeclaration: *out is the earlier symbol
} ScopeDeclareResult;

// Declares name in the scope the kind belongs to: var-like kinds (SYM_VAR, SYM_HOISTED, and
// SYM_FUNCTION at a function top level) in the nearest function/script/module/static scope,
// recording the passage through blocks so a later `let` there conflicts; the others in the
// current scope. strict: the code is strict (changes which function redeclarations are
// allowed). Returns the outcome and the symbol in *out.
ScopeDeclareResult scope_declare(ScopeTable *st, Str name, SymbolKind kind, bool strict,
                                 SymbolId *out);

// Adds a symbol named `name` to `scope`, which may have closed already, without making it
// visible to lookups: for a name the parser makes up after the scope's references were bound
// (TypeScript's decorated-class alias). Returns its id.
SymbolId scope_add_symbol(ScopeTable *st, ScopeId scope, Str name, SymbolKind kind);

// Finds the symbol name resolves to from the current scope among those declared so far, or
// ID_NONE (for checks such as exports of undeclared names).
SymbolId scope_lookup(const ScopeTable *st, ScopeId scope, Str name);

// Sets flags on the current scope and, for SCOPEF_EVAL, on every enclosing scope.
void scope_mark(ScopeTable *st, uint8_t flags);

// Numbering of symbols for renaming by slot (scope_slots.c). Lives in: the arena given.
typedef struct ScopeSlots {
    uint32_t *slot_of;  // by SymbolId: the slot, or ID_NONE (globals, twins)
    SymbolId *twin_of;  // by SymbolId: the symbol whose printed name this one shares, or ID_NONE
    uint32_t count;     // slots in use, top level included
    uint32_t top_count; // slots of the top-level scope (0 … top_count-1); nested ones follow
} ScopeSlots;

// Numbers every declared symbol by slot: the top level's first, then each nested scope's after
// those of the scopes enclosing it, so symbols that can see each other have distinct slots and
// sibling scopes reuse the same ones. A symbol printed under another's name (a class's inner
// name, an Annex B block function) gets that symbol as twin instead of a slot. Deterministic.
void scope_slots(const ScopeTable *st, Arena *arena, ScopeSlots *out);

// Annex B.3.3: the var binding the sloppy block function `sym` is copied into, or ID_NONE
// (strict code, async or generator functions, a lexical binding of the name in between).
SymbolId scope_annex_b_var(const ScopeTable *st, SymbolId sym);
// Annex B.3.5: the var of the catch parameter `sym`'s function that shares its name (and which
// `var` declarations inside the catch block name while assigning the parameter), or ID_NONE.
SymbolId scope_catch_var(const ScopeTable *st, SymbolId sym);

const char *scope_kind_name(ScopeKind kind);
const char *scope_symbol_kind_name(SymbolKind kind);

#endif
