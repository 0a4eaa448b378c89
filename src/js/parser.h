// parser: recursive descent over the ES2025 grammar (ECMA-262 §13–§16) producing the compact
// AST (js/ast.h) and, in the same pass, the scopes and symbols (js/scope.h).
//
// The parser pulls tokens from the lexer one at a time (no token array). Errors go to the
// DiagSink with exact byte ranges and esbuild's wording; the first syntax error stops the parse
// (the rest of the file reads as end of file, so there is no cascade) and the result is marked
// failed. Nesting of statements and expressions is bounded (PARSE_MAX_DEPTH): deeper input is
// an error, never a stack overflow.
//
// Source type. PARSE_AUTO parses as a sloppy script and restarts once as a module when it meets
// what only a module may contain (a top-level import/export declaration, import.meta, or a
// top-level `await` followed by an operand on the same line), as node and esbuild decide for
// .js files. Nothing has been reported before the restart (an earlier error ends the parse), so
// the restart is invisible except in time; the arena is rewound to where the parse began.
//
// Everything the result holds lives in the given arena (the worker's scratch). Not thread-safe;
// one parse per arena at a time. Module prefix: parse_.
#ifndef BALE_JS_PARSER_H
#define BALE_JS_PARSER_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "diag/diag.h"
#include "js/ast.h"
#include "js/lexer.h"
#include "js/scope.h"

enum { PARSE_MAX_DEPTH = 1000 }; // nested statements + expressions before "Nesting is too deep"

typedef enum SourceType {
    PARSE_SCRIPT,   // sloppy script: `return` only inside functions
    PARSE_MODULE,   // module goal: strict, import/export, top-level await (.mjs)
    PARSE_AUTO,     // module if it uses module syntax, else CommonJS (.js)
    PARSE_COMMONJS, // a script that node runs inside a function, so `return` is allowed at
                    // its top level (.cjs)
} SourceType;

// The syntax a file is parsed with, chosen from its extension (parse_loader_for_path) or by
// the caller (`.js` files with JSX only when asked).
typedef enum Loader {
    LOADER_JS,  // JavaScript
    LOADER_JSX, // JavaScript with JSX
    LOADER_TS,  // TypeScript: types are skipped, `<T>x` is a type assertion
    LOADER_TSX, // TypeScript with JSX: `<T,>() => …` is a generic arrow, `<T>x` is JSX
} Loader;

// How JSX elements become JavaScript (tsconfig `jsx`).
typedef enum JsxMode {
    JSX_CLASSIC,   // `React.createElement(tag, props, ...children)` (factory/fragment below)
    JSX_AUTOMATIC, // `jsx(tag, { ...props, children })` imported from `<source>/jsx-runtime`
    JSX_PRESERVE,  // kept as JSX (JSX_ELEMENT nodes), printed back as written; pragmas and
                   //   the runtime options do not apply (the factory's name still counts as
                   //   used, so `import React` stays, as the compiler keeps it)
} JsxMode;

// What the caller (tsconfig.json, command line) decides for a parse. Zero is a plain
// JavaScript parse with esbuild's defaults. Lives in: the caller's storage, borrowed by the
// parse (the Strs must outlive the ParseResult).
typedef struct ParseOptions {
    SourceType source_type;
    Loader loader;
    JsxMode jsx;
    bool jsx_dev;                 // automatic runtime: `jsxDEV` from `/jsx-dev-runtime`
    Str jsx_factory;              // classic: `React.createElement` when empty (tsconfig
                                  //   jsxFactory; a `@jsx` pragma comment overrides it)
    Str jsx_fragment;             // classic: `React.Fragment` when empty (jsxFragmentFactory;
                                  //   `@jsxFrag` overrides it)
    Str jsx_import_source;        // automatic: `react` when empty (jsxImportSource;
                                  //   `@jsxImportSource` overrides it)
    bool verbatim_module_syntax;  // keep imports only used as types (verbatimModuleSyntax,
                                  //   preserveValueImports): only `import type` is removed
    bool assign_class_fields;     // useDefineForClassFields: false (TypeScript before ES2022
                                  //   targets): fields become `this.x = v` in the constructor
    bool experimental_decorators; // legacy decorators (not built yet)
    bool emit_decorator_metadata; // with experimental_decorators (not built yet)
    const Str *pure_names;        // --pure:NAME: calls of these globals (dotted paths allowed)
    uint32_t pure_count;          //   are marked NF_PURE (parser_pure.c); borrowed
} ParseOptions;

// The loader of a path by extension: .ts/.mts/.cts TypeScript, .tsx TSX, .jsx JSX, else JS.
Loader parse_loader_for_path(Str path);

// Module-level facts found while parsing.
enum {
    PARSEF_MODULE = 1 << 0,          // parsed with the module goal
    PARSEF_ESM_SYNTAX = 1 << 1,      // has import/export declarations
    PARSEF_TOP_LEVEL_AWAIT = 1 << 2, // `await` or `for await` at the top level
    PARSEF_IMPORT_META = 1 << 3,     // uses import.meta
    PARSEF_USE_STRICT = 1 << 4,      // a top-level "use strict" directive
};

// One member of a TypeScript enum whose value is a constant: what the module summary keeps so
// that link can inline `E.A` in the modules importing E (the parser inlines const enums' within
// the module). Lives in: the arena passed to parse_program.
typedef struct EnumValue {
    SymbolId symbol; // the enum's binding (top-level for an exported enum)
    Str member;      // the member's name (a slice of the source or of the arena)
    bool is_string;  // a string (text) or a number (number)
    bool is_const;   // of a `const enum` (the others are inlined across modules only)
    double number;
    Str text; // the string literal as written, with its quotes (source or Ast.synth text)
} EnumValue;

typedef VEC(EnumValue) EnumValueVec;

// Lives in: the arena passed to parse_program.
typedef struct ParseResult {
    Ast ast;                   // the tree; ast.body holds the top-level statements
    ScopeTable scopes;         // scopes[0] is the top level; SYM_UNBOUND symbols are the globals
    uint32_t flags;            // PARSEF_*
    LexSpanVec legal_comments; // /*! */, //!, @license, @preserve comments, in source order
    LexSpan hashbang;          // the "#!…" first line without its line end; empty if none
    EnumValueVec enum_values;  // constant members of every enum, in source order
    uint32_t with_offset;      // the first `with` statement; ID_NONE if none
} ParseResult;

// Parses file->text (which must have a NUL after its last byte) into out, allocating in arena.
// Returns false if an error was reported (syntax or lexical); out is then partial but safe to
// drop. Thread-safe for distinct arenas and results (the sink is thread-safe).
MUST_USE bool parse_program(const DiagFile *file, DiagSink *sink, Arena *arena,
                            const ParseOptions *options, ParseResult *out);

#endif
