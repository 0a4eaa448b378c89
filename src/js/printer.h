// printer: AST -> JavaScript text, readable (two-space indentation, one statement per line,
// esbuild's layout) or with minified whitespace. Module prefix: printer_.
//
// The printer re-derives parentheses from precedence (ECMA-262 §13, the operator table) and
// guards every lexical hazard of the output: statement-start `function`/`class`/`{`/`let [`,
// `in` inside `for` initializers, `a - -b`, `1..x`, a regex after `/`, `<!--`/`-->`, `</script`
// inside strings, templates, regexes and comments. Names, strings, numbers, regexes and
// template parts are printed verbatim from the source text; identifiers may be renamed through
// a table indexed by SymbolId. Output is valid for the ECMAScript version of the input: no
// construct is lowered.
//
// The generate stage prints one live statement at a time (printer_statement); printer_program
// prints a whole module. Text is appended to a caller-owned StrBuf (heap, through its Mem);
// optional source-map pairs go to a caller-owned vector allocated through the same Mem and
// charged to MEM_SOURCEMAP. Recursion follows the tree, whose nesting the parser bounds
// (PARSE_MAX_DEPTH; PRINTER_MAX_DEPTH in printer_int.h is the printer's own guard); the chains
// the parser builds in a loop without a bound (`a + b + …`, `a.b().c…`) are printed
// iteratively. Not thread-safe: one Printer per job; distinct Printers share nothing.
#ifndef BALE_JS_PRINTER_H
#define BALE_JS_PRINTER_H

#include "base/base.h"
#include "base/str.h"
#include "base/vec.h"
#include "js/ast.h"
#include "js/lexer.h"

// One source-map pair: output byte `out` (offset into the StrBuf) comes from source byte `src`
// (a node's start). Recorded for identifiers, literals, property names and the first token of
// every statement and expression, in increasing `out` order, one pair per output offset.
typedef struct PrintMapping {
    uint32_t out;
    uint32_t src;
} PrintMapping;

typedef VEC(PrintMapping) PrintMappingVec;

enum { PRINT_MAPPINGS_BATCH = 4096 };

// Lives in: the caller's storage; the pointers must outlive the Printer.
typedef struct PrintOptions {
    bool minify_whitespace; // no optional whitespace; `;` before `}` omitted
    bool minify_syntax;     // shorter equivalent forms (printer_minify.c): `!0`, `.5`, `1e3`,
                            // double quotes, merged declarations, constant `if` branches
    bool drop_annotations;  // no `/* @__PURE__ */` or `/* @__NO_SIDE_EFFECTS__ */` comments
    const Str *names;       // final name by SymbolId, or NULL: names as spelled in the source;
                            // an entry with len 0 (or a SymbolId >= names_len) also keeps it
    uint32_t names_len;
    const LexSpan *legal_comments; // Lexer.legal_comments: printed before the next statement
    uint32_t legal_comments_len;   // that starts after them, in order
    bool legal_at_end;             // …or all by printer_finish instead, each distinct text once
    LexSpan hashbang;              // ParseResult.hashbang: printer_program prints it first
    Str name_helper;               // non-empty: a renamed function or class keeps its `.name`
                                   // through a call of this helper, `(fn, name) => fn` setting
                                   // it (printer_names.c); the caller defines the helper
    PrintMappingVec *mappings;     // NULL: no source-map pairs (the cheap path)
    uint32_t indent;               // readable: indentation level to start at (a module body
                                   // printed inside a wrapper function)
    // Called when mappings holds PRINT_MAPPINGS_BATCH pairs, in the middle of a statement if need
    // be: the caller may take every pair but one at the very end of out (whose token is not
    // printed yet, so the printer may still move it), so a long statement's pairs do not pile
    // up. NULL: they wait for the caller.
    void (*take_mappings)(void *ctx);
    void *take_ctx;
} PrintOptions;

// Lives in: the caller's storage (a worker's stack frame). Fields are private to the printer.
typedef struct Printer {
    const Ast *ast;
    Str src;                // the module's source text (names and literals are slices of it)
    StrBuf *out;            // where text is appended
    PrintOptions opt;       // copy of the caller's options
    uint32_t indent;        // readable mode: current indentation level
    uint32_t depth;         // nesting of print calls, checked against PRINTER_MAX_DEPTH
    uint32_t next_legal;    // first legal comment not printed yet
    bool pending_semi;      // minified: a `;` owed unless a `}` comes next
    bool skip_indent;       // readable: the next statement continues the current line
    size_t stmt_start;      // output offset where an expression statement starts
    size_t let_start;       // offset where `let [` would read as a declaration
    size_t for_of_start;    // offset of a for-of head's left side (`let` and `async` hazards)
    size_t arrow_start;     // offset of a concise arrow body (`{` hazard)
    size_t default_start;   // offset after `export default ` (`function`/`class` hazard)
    size_t glue_end;        // offset just after a number or regex: a word may not touch it
    size_t var_end;         // minify_syntax: offset just after a `var`/`let`/`const` statement
    uint32_t var_depth;     // … the statement depth it was printed at
    uint8_t var_kind;       // … and its kind, so the next one can continue it
    size_t expr_end;        // minify_syntax: offset just after an expression statement
    uint32_t expr_depth;    // … the statement depth it was printed at
    NodeId negated_compare; // minify_syntax: an equality printed with the opposite operator
    char number_buf[40];    // minify_syntax: the text of the number being printed
} Printer;

// Prepares to print `ast` (whose names and literals are slices of `src`) into `out`, which may
// already hold text. Does not print anything. opt is copied; its arrays are borrowed.
void printer_init(Printer *p, const Ast *ast, Str src, StrBuf *out, const PrintOptions *opt);

// Prints one statement (or module item) of the AST, preceded by the legal comments that come
// before it in the source. The text is complete: a statement ending with an expression gets its
// `;` even when minified, and readable output ends with a newline, so pieces concatenate.
void printer_statement(Printer *p, NodeId stmt);

// Like printer_statement, but a minified statement's `;` stays owed, so that a declaration
// after it can continue it (`var a = 1, b = 2;`). Call printer_flush before appending any other
// text to the output.
void printer_statement_open(Printer *p, NodeId stmt);

// Writes the `;` a printer_statement_open may still owe.
void printer_flush(Printer *p);

// Prints the hashbang line, every top-level statement of the AST, then the remaining legal
// comments.
void printer_program(Printer *p);

// Prints one expression at the lowest precedence (for pieces the generate stage composes, such
// as an initializer after its own `var x = `). Not for statement position: an expression that
// starts a statement must go through printer_statement, which guards `function`/`{`/`let [`.
void printer_expression(Printer *p, NodeId expr);

// With PrintOptions.name_helper: `helper(f, "f");` for each function declared among the
// statements `items` that prints under another name. Called by the printer first in every
// statement list it prints (after the directives); a caller printing a list statement by
// statement (a CommonJS module's body) calls it itself.
void printer_function_names(Printer *p, const NodeId *items, uint32_t n);
// With PrintOptions.name_helper: `helper(C, "C");` when `stmt` is a class declaration printed
// under another name (after it: before, the class is in its temporal dead zone).
void printer_class_name(Printer *p, NodeId stmt);

// Prints the legal comments not printed yet (those after the last printed statement; all of
// them with PrintOptions.legal_at_end).
void printer_finish(Printer *p);

#endif
