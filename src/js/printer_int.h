// printer_int: what printer.c (statements, module items, text emission) and printer_expr.c
// (expressions, functions, classes, patterns) share. Private to js/printer*.c.
#ifndef BALE_JS_PRINTER_INT_H
#define BALE_JS_PRINTER_INT_H

#include <string.h>

#include "js/printer.h"

// Deepest nesting of statement and expression print calls. The parser bounds the nesting of
// what it parses recursively (PARSE_MAX_DEPTH, 1000) below this; each parser level costs the
// printer a few C frames of at most ~200 bytes. What the parser builds in a loop —
// left-associative binary chains and member/call/tagged-template chains — has no bound, so
// those are printed iteratively, their spine kept in PRINTER_SPINE ids on the stack and the
// rest on the heap.
enum { PRINTER_MAX_DEPTH = 4000, PRINTER_SPINE = 16 };

// Binding power of an expression position, lowest first (ECMA-262 operator precedence). An
// expression is parenthesized when the level asked for is at least its own.
typedef enum Prec {
    PREC_LOWEST,
    PREC_COMMA,
    PREC_SPREAD,
    PREC_YIELD,
    PREC_ASSIGN, // also arrows and yield
    PREC_CONDITIONAL,
    PREC_NULLISH,
    PREC_OR,
    PREC_AND,
    PREC_BIT_OR,
    PREC_BIT_XOR,
    PREC_BIT_AND,
    PREC_EQUALS,
    PREC_COMPARE,
    PREC_SHIFT,
    PREC_ADD,
    PREC_MULTIPLY,
    PREC_EXPONENT,
    PREC_PREFIX,
    PREC_POSTFIX,
    PREC_NEW, // a call's own level: `new X()()` needs no parentheses
    PREC_CALL,
    PREC_MEMBER,
} Prec;

// Context flags passed down an expression.
enum {
    PF_FORBID_IN = 1 << 0,   // inside a for-init: a bare `in` would end the head
    PF_FORBID_CALL = 1 << 1, // inside a `new` callee: a call would take new's arguments
};

static inline const Node *printer_node(const Printer *p, NodeId id) {
    return ast_node(p->ast, id);
}

// Text emission (printer.c). printer_char and printer_emit are the hot path: inline, one
// capacity check, the StrBuf's NUL kept after the last byte.
static inline void printer_char(Printer *p, char c) {
    StrBuf *b = p->out;
    if (UNLIKELY(b->len + 2 > b->cap))
        strbuf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

static inline void printer_emit(Printer *p, const char *s, size_t len) {
    StrBuf *b = p->out;
    if (UNLIKELY(b->len + len + 1 > b->cap))
        strbuf_reserve(b, len);
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void printer_emit_cstr(Printer *p, const char *s);
// A word (keyword, name, number): a space first if it would join the previous word.
void printer_word(Printer *p, Str s);
void printer_word_cstr(Printer *p, const char *s);
// An operator: a space first if it would join the previous token into another one
// (`+ +`, `- --`, `/ /re/`, `<! --`, `-- >`, `/ *`).
void printer_op(Printer *p, const char *s);
// The space printer_op would print before a token starting with `first` (regex literals).
void printer_op_space(Printer *p, char first);
// A space in readable mode only.
void printer_space(Printer *p);
// Readable: a newline; minified: nothing.
void printer_newline(Printer *p);
// Readable: the indentation of the current level.
void printer_indent(Printer *p);
// A source range printed verbatim except `</script` -> `<\/script`.
void printer_escaped(Printer *p, Str s);
// Records a source-map pair for the current output offset (no-op without mappings).
void printer_mark(Printer *p, uint32_t src);
// `/* @__PURE__ */ `-style annotation that keeps statement-start hazards at its right; nothing
// with PrintOptions.drop_annotations.
void printer_annotation(Printer *p, const char *text);

// Source text of a name node (start, a = length) and of an identifier after renaming.
Str printer_name_text(const Printer *p, const Node *n);
Str printer_ident_text(const Printer *p, const Node *n);

// Syntax compression (printer_minify.c), used when PrintOptions.minify_syntax is set.
// The shortest spelling of a number literal (in Printer.number_buf, or the source's).
Str printer_min_number(Printer *p, const Node *n);
// A string literal (source spelling with quotes) in the quotes needing fewer escapes.
void printer_min_string(Printer *p, Str s);
// The text between a string's quotes (or of an untagged template's part), with `\u00hh` written
// `\xhh` (the same code unit).
void printer_min_string_body(Printer *p, Str s);
// 1 or 0 when expression id is a literal (or a replaced name printing as one) that is truthy or
// falsy; -1 when not known.
int printer_truthiness(const Printer *p, NodeId id);
// Whether the subtree of nodes first..last declares a `var` or a function (which may be seen
// outside it).
bool printer_declares_var(const Printer *p, NodeId first, NodeId last);

// The operator a comparison prints with: `==` for `===` between strings, `>`/`<` for
// `typeof x ===`/`!== "undefined"`, then with *short_u set: the right operand prints as "u".
// An equality that is Printer.negated_compare prints with the opposite operator.
uint16_t printer_min_compare(const Printer *p, const Node *n, bool *short_u);
// Whether a string literal's content is an ASCII identifier name (`a["b"]` can be `a.b`).
bool printer_is_name_string(const Printer *p, const Node *n);

// Statements (printer.c).
void printer_stmt(Printer *p, NodeId id);
// Ends a statement that ends with an expression: `;` (owed when minified, so `}` may drop it).
void printer_end_stmt(Printer *p);

// `.name` kept through PrintOptions.name_helper (printer_names.c); all no-ops without it.
// Whether a named function or class expression prints under another name (*original: the
// source's); printer_name_open/close then print the helper call around it.
bool printer_renamed_expr(const Printer *p, const Node *fn_or_class, Str *original);
void printer_name_open(Printer *p, unsigned flags);
void printer_name_close(Printer *p, Str original, unsigned flags);
// Prints `value`, assigned to `target` (NamedEvaluation): an anonymous function or class whose
// target prints under another name gets it back through the helper.
void printer_value(Printer *p, NodeId target, NodeId value, Prec level, unsigned flags);

// `{ stmts }` at the current indentation (no newline after the `}`).
void printer_block(Printer *p, const Node *block);
// The same for a function's body, whose end returns (minify_syntax may then drop a `return;`).
void printer_function_body(Printer *p, const Node *block);
// minify_syntax: when an arrow's body block only computes and returns a value (`{ a(); return
// b; }`), prints that value as a concise body (`(a(), b)`) and returns true.
bool printer_arrow_value(Printer *p, const Node *block);

// Expressions (printer_expr.c).
void printer_expr(Printer *p, NodeId id, Prec level, unsigned flags);
// A function: `async function* name(params) body`, or an arrow `(params) => body`.
void printer_function(Printer *p, NodeId func);
// TC39 decorators `@a @b(c) ` before a class or class member.
void printer_decorators(Printer *p, ListRef decorators);
// A JSX element or fragment kept as JSX (printer_jsx.c).
void printer_jsx_element(Printer *p, NodeId id);
// A class: `class Name extends Super { members }`.
void printer_class(Printer *p, NodeId cls);
// A binding pattern or assignment target (BINDING_IDENT, patterns, expressions).
void printer_pattern(Printer *p, NodeId id, unsigned flags);
// A property key (NAME, STRING_LIT, NUMBER_LIT, PRIVATE_NAME, or `[expr]`).
void printer_key(Printer *p, const Node *prop);
// `{ a: 1, ... }` of a list of PROPERTY (import attributes, object literals).
void printer_properties(Printer *p, ListRef props, bool multiline);

#endif
