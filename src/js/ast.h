// ast: the compact syntax tree of one module, built by the parser in the worker's scratch arena
// and read by the printer (and, in scan, by the summary builder). Types and constructors only;
// no passes live here.
//
// Layout. Every node is one 20-byte `Node` in one array, addressed by a 32-bit NodeId:
//
//     kind (u8) | flags (u8) | op (u16) | start (u32) | a (u32) | b (u32) | c (u32)
//
// `start` is the byte offset of the node's first token (source maps and diagnostics need no
// more; line and column are computed only when printing). a, b, c are the operands: child
// NodeIds, ListRefs, SymbolIds, lengths or halves of a double, as the table below says per kind.
// A list (statements, arguments, properties…) is one ListRef into `Ast.extra`: extra[ref] is the
// count and the items follow, so every list costs one operand and 4 bytes per item. Names are
// never copied: an identifier is its SymbolId (the symbol knows its name) or a source range.
// Nothing points outside the module's arena; the AST dies with the arena at the end of a job.
//
// Parentheses are not nodes: the printer re-derives them from precedence. Where parentheses
// change meaning they are kept as flags (NF_PARENTHESIZED on an optional-chain link, sequence
// expressions around a callee stay SEQUENCE nodes). Module prefix: ast_.
#ifndef BALE_JS_AST_H
#define BALE_JS_AST_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "base/vec.h"

typedef uint32_t NodeId;   // index into Ast.nodes; NODE_NONE for "absent"
typedef uint32_t ListRef;  // index into Ast.extra; LIST_EMPTY is the shared empty list
typedef uint32_t SymbolId; // index into the module's symbol table (js/scope.h)
typedef uint32_t ScopeId;  // index into the module's scope table (js/scope.h)

#define NODE_NONE  ID_NONE
#define LIST_EMPTY 0u

// Node kinds. The comment after each gives its operands; "list" is a ListRef of NodeIds, "name"
// is a source range (start, a = byte length) printed verbatim, "sym" a SymbolId.
typedef enum NodeKind {
    NODE_INVALID, // placeholder after a syntax error

    // Statements.
    STMT_EXPR,      // a expr
    STMT_VAR,       // op VarKind; a list of DECLARATOR
    DECLARATOR,     // a binding pattern; b init or NONE
    STMT_FUNCTION,  // a FUNC (a function or generator declaration)
    STMT_CLASS,     // a CLASS (a class declaration); b list of decorators (TC39, kept as
                    //   written) or LIST_EMPTY
    STMT_BLOCK,     // a list of statements; b offset of the closing `}` (0 if unknown)
    STMT_EMPTY,     // (none); flags NF_ERASED: a TypeScript declaration with no output
                    //   (interface, type, declare, overload…), printed as nothing
    STMT_IF,        // a test; b consequent; c alternate or NONE
    STMT_FOR,       // a init (STMT_VAR, expr or NONE); b test or NONE; c extra tuple: see below
    STMT_FOR_IN,    // a left (STMT_VAR with one declarator, or pattern); b right; c body
    STMT_FOR_OF,    // as STMT_FOR_IN; flags NF_AWAIT for `for await`
    STMT_WHILE,     // a test; b body
    STMT_DO_WHILE,  // a body; b test
    STMT_RETURN,    // a expr or NONE
    STMT_THROW,     // a expr
    STMT_BREAK,     // a LABEL or NONE
    STMT_CONTINUE,  // a LABEL or NONE
    STMT_LABELED,   // a LABEL; b body
    STMT_SWITCH,    // a discriminant; b list of SWITCH_CASE
    SWITCH_CASE,    // a test or NONE (default); b list of statements
    STMT_TRY,       // a block; b CATCH or NONE; c finally block or NONE
    CATCH,          // a param pattern or NONE; b block
    STMT_WITH,      // a object; b body
    STMT_DEBUGGER,  // (none)
    STMT_DIRECTIVE, // name: the string literal with its quotes ("use strict")
    LABEL,          // name: the label (sym is not used: labels are not bindings)

    // Module items.
    IMPORT_DECL,      // a list of specifiers; b STRING source; c list of PROPERTY (attributes)
                      //   or LIST_EMPTY; `import 'x'` has an empty specifier list
    IMPORT_DEFAULT,   // a BINDING_IDENT
    IMPORT_NAMESPACE, // a BINDING_IDENT
    IMPORT_SPECIFIER, // a imported name (NAME or STRING); b BINDING_IDENT
    EXPORT_NAMED,     // a list of EXPORT_SPECIFIER; b STRING source or NONE; c attributes
    EXPORT_SPECIFIER, // a local (IDENT, or NAME/STRING when re-exported); b exported name
                      //   (NAME or STRING)
    EXPORT_ALL,       // a exported name (NAME/STRING) or NONE for `export *`; b STRING
                      //   source; c attributes
    EXPORT_DECL,      // a STMT_VAR, STMT_FUNCTION or STMT_CLASS
    EXPORT_DEFAULT,   // a expression, or STMT_FUNCTION/STMT_CLASS (flags NF_DECLARATION)

    // Names and literals.
    IDENT,         // a sym: a reference to a binding; b byte length of the source spelling
    BINDING_IDENT, // a sym: a declaration of a binding; b byte length
    NAME,          // name: a property name, label or module export name written as a word
    PRIVATE_NAME,  // name: `#x` (with the #); a byte length
    THIS,          // (none)
    SUPER,         // (none)
    NULL_LIT,      // (none)
    BOOL_LIT,      // op 1 for true, 0 for false
    NUMBER_LIT,    // a, b: low and high 32 bits of the double value; c byte length of the
                   //   source spelling (printed verbatim unless minifying)
    BIGINT_LIT,    // name: the source spelling with its `n`
    STRING_LIT,    // name: the source spelling with its quotes; flags NF_ESCAPED if the
                   //   literal holds escapes (its value differs from the slice between quotes);
                   //   b: when synthesized from a name, 1 + that name's offset (source maps)
    REGEXP_LIT,    // name: `/pattern/flags`
    TEMPLATE,      // a tag expr or NONE; b list alternating TEMPLATE_PART and expressions,
                   //   starting and ending with a TEMPLATE_PART
    TEMPLATE_PART, // name: the raw text between the delimiters (without ` ${ }); flags
                   //   NF_INVALID_ESCAPE when the cooked value is undefined (tagged only)

    // Expressions.
    ARRAY,           // a list of elements; holes are NODE_NONE; SPREAD allowed
    OBJECT,          // a list of PROPERTY and SPREAD
    PROPERTY,        // op PropertyKind; a key (NAME, STRING_LIT, NUMBER_LIT, BIGINT_LIT,
                     //   PRIVATE_NAME in classes, or any expression with NF_COMPUTED); b value
                     //   (expr, FUNC for methods and accessors, pattern in patterns, NONE for a
                     //   class field without initializer); c list of decorators of a class
                     //   member (TC39, kept as written) or LIST_EMPTY; flags NF_COMPUTED,
                     //   NF_STATIC, NF_SHORTHAND (`{ a }`, `{ a = 1 }` in patterns)
    STATIC_BLOCK,    // a list of statements (class `static { }`); b offset of the `}`
    FUNC,            // a BINDING_IDENT name or NONE; b list of parameter patterns; c body
                     //   (STMT_BLOCK, or an expression for a concise arrow with NF_EXPR_BODY);
                     //   flags NF_ASYNC, NF_GENERATOR, NF_ARROW, NF_EXPR_BODY. Its scope is not
                     //   stored: scopes are numbered in source order (js/scope.h)
    CLASS,           // a BINDING_IDENT name or NONE; b superclass expr or NONE; c list of
                     //   PROPERTY (methods, accessors, fields) and STATIC_BLOCK
    CLASS_DECORATED, // a CLASS expression; b list of its decorators (TC39, kept as written:
                     //   `@d class {}` as an expression)
    UNARY,           // op TokenKind (! ~ + - typeof void delete); a operand
    UPDATE,          // op TOK_PLUS_PLUS or TOK_MINUS_MINUS; a operand; flags NF_PREFIX
    AWAIT,           // a operand
    YIELD,           // a operand or NONE; flags NF_DELEGATE for yield*
    BINARY,          // op TokenKind (arithmetic, comparison, in, instanceof, && || ??, comma
                     //   never: see SEQUENCE); a left (PRIVATE_NAME for `#x in o`); b right
    ASSIGN,          // op TokenKind (= += … ??=); a target (expression or pattern); b value
    CONDITIONAL,     // a test; b consequent; c alternate
    SEQUENCE,        // a list of expressions (two or more)
    CALL,            // a callee; b list of arguments; flags NF_OPTIONAL (`f?.()`),
                     //   NF_OPTIONAL_CHAIN (a link inside a chain started earlier), NF_PURE
    NEW,             // a callee; b list of arguments (LIST_EMPTY also for `new X` without ());
                     //   flags NF_PURE
    MEMBER,          // a object; b NAME or PRIVATE_NAME; flags NF_OPTIONAL, NF_OPTIONAL_CHAIN
    INDEX,           // a object; b index expr; flags NF_OPTIONAL, NF_OPTIONAL_CHAIN
    SPREAD,          // a expr (in arrays, calls, objects)
    NEW_TARGET,      // (none): new.target
    IMPORT_META,     // (none): import.meta
    IMPORT_CALL,     // a specifier expr; b options expr or NONE (dynamic import())
    ARRAY_PATTERN,   // a list of patterns; holes NODE_NONE; last may be REST
    OBJECT_PATTERN,  // a list of PROPERTY (b the value pattern) and REST
    ASSIGN_PATTERN,  // a target pattern; b default value (`x = 1` in a pattern)
    REST,            // a target pattern (`...x` in a pattern or parameter list)

    // JSX kept as JSX (`jsx: preserve`); otherwise the parser lowers elements to calls.
    JSX_ELEMENT, // a tag: NAME (intrinsic `div`, `ns:name`), IDENT, MEMBER or THIS, or NONE for
                 //   a fragment; b list of JSX_ATTR and SPREAD; c list of children (JSX_TEXT,
                 //   JSX_EXPR, SPREAD, JSX_ELEMENT); flags NF_SELF_CLOSING
    JSX_ATTR,    // a NAME (`ns:name` and `data-x` included); b value or NONE: JSX_TEXT (a
                 //   string with its quotes), JSX_EXPR or JSX_ELEMENT
    JSX_TEXT,    // name: text or an attribute string exactly as written (entities undecoded)
    JSX_EXPR,    // a expr or NONE: `{expr}` (NONE for `{}` or a comment)

    // Lowering.
    STMT_HELPER, // op RuntimeHelper: a helper function the printer writes out
                 //   (`var __decorate = function …`), prepended once to a module that uses it

    NODE_KIND_COUNT
} NodeKind;

// STMT_FOR's c operand is a ListRef to a two-item tuple: [update expr or NONE, body].

// Node flags. Their meaning depends on the kind; the table above lists where each applies.
enum {
    NF_ASYNC = 1 << 0,           // FUNC
    NF_GENERATOR = 1 << 1,       // FUNC
    NF_ARROW = 1 << 2,           // FUNC
    NF_EXPR_BODY = 1 << 3,       // FUNC (arrow with a concise body)
    NF_COMPUTED = 1 << 0,        // PROPERTY: `[key]`
    NF_STATIC = 1 << 1,          // PROPERTY in a class
    NF_SHORTHAND = 1 << 2,       // PROPERTY: `{ a }`
    NF_OPTIONAL = 1 << 0,        // CALL, MEMBER, INDEX: this link is written with `?.`
    NF_OPTIONAL_CHAIN = 1 << 1,  // CALL, MEMBER, INDEX: a later link of a chain with `?.` in it
    NF_PARENTHESIZED = 1 << 2,   // CALL, MEMBER, INDEX: `(a?.b)` ends the chain here
    NF_PURE = 1 << 3,            // CALL, NEW: preceded by /*#__PURE__*/
    NF_ENUM = 1 << 5,            // CALL: the wrapper of a TypeScript enum whose members are all
                                 //   constants; it only sets properties of its own object
    NF_PREFIX = 1 << 0,          // UPDATE
    NF_TOP_LEVEL = 1 << 0,       // THIS: no function or class binds it (the module's own this)
    NF_DELEGATE = 1 << 0,        // YIELD
    NF_AWAIT = 1 << 0,           // STMT_FOR_OF
    NF_DECLARATION = 1 << 0,     // EXPORT_DEFAULT: a function or class declaration
    NF_TRAILING_COMMA = 1 << 0,  // SPREAD in an array literal followed by `,` (the parser's: an
                                 //   error if the array becomes a pattern; printers ignore it)
    NF_ESCAPED = 1 << 0,         // STRING_LIT
    NF_ERASED = 1 << 0,          // STMT_EMPTY: stands for erased TypeScript; prints nothing
    NF_BRACES = 1 << 0,          // IMPORT_DECL: has `{ … }` (TypeScript elides the import when
                                 //   none of its specifiers is left, even `import {} from`)
    NF_INVALID_ESCAPE = 1 << 0,  // TEMPLATE_PART
    NF_SELF_CLOSING = 1 << 0,    // JSX_ELEMENT: written `<a />`
    NF_NO_SIDE_EFFECTS = 1 << 4, // FUNC, STMT_VAR: /*#__NO_SIDE_EFFECTS__*/ before it
    NF_IN_PARENS = 1 << 7,       // any expression: written inside parentheses. Set by the parser
                                 //   for its early errors (`({a}) = 1`, `(a, b) =>` vs
                                 //   `((a, b)) =>`, `??` mixed with `||`, `(-x) ** 2`); the
                                 //   printer may ignore it
};

// STMT_HELPER's op: the runtime helpers lowered TypeScript calls.
typedef enum RuntimeHelper {
    HELPER_DECORATE, // __decorate(decorators, target, key?, desc?): legacy decorators
    HELPER_PARAM,    // __param(index, decorator): a parameter decorator
    HELPER_METADATA, // __metadata(key, value): Reflect.metadata when it exists
    HELPER_COUNT
} RuntimeHelper;

// STMT_VAR's op.
typedef enum VarKind {
    VAR_VAR,
    VAR_LET,
    VAR_CONST,
    VAR_USING,
    VAR_AWAIT_USING,
} VarKind;

// PROPERTY's op.
typedef enum PropertyKind {
    PROP_INIT,        // `key: value` in objects and patterns, and class fields
    PROP_METHOD,      // `key() {}`
    PROP_GET,         // `get key() {}`
    PROP_SET,         // `set key(v) {}`
    PROP_CONSTRUCTOR, // a class's constructor method
    PROP_ACCESSOR,    // class `accessor key = value` (decorators proposal auto-accessor)
} PropertyKind;

typedef struct Node {
    uint8_t kind;   // NodeKind
    uint8_t flags;  // NF_* for this kind
    uint16_t op;    // operator (TokenKind), VarKind, PropertyKind, or 0
    uint32_t start; // byte offset of the first token
    uint32_t a;
    uint32_t b;
    uint32_t c;
} Node;

_Static_assert(sizeof(Node) == 20, "the node layout is part of the memory budget");

typedef VEC(Node) NodeVec;
typedef VEC(uint32_t) U32Vec;
typedef VEC(char) CharVec;

// Synthesized text. TypeScript and JSX lowering make nodes whose text is not in the source
// (`React.createElement`, an enum's `0`, `"A"`). Their `start` has AST_SYNTH set and the rest
// is an offset into Ast.synth; every reader of a name or literal goes through ast_text, and a
// synthesized node has no source position (source maps skip it). Sources are limited to 2 GiB.
#define AST_SYNTH 0x80000000u

static inline bool ast_is_synth(uint32_t start) {
    return (start & AST_SYNTH) != 0;
}

// One module's tree. Lives in: the worker's scratch arena (nodes and extra grow there).
typedef struct Ast {
    NodeVec nodes; // all nodes; the program is the list `body`
    U32Vec extra;  // lists: count, then items; extra[0] == 0 is LIST_EMPTY
    CharVec synth; // text of synthesized names and literals (AST_SYNTH offsets)
    NodeId root;   // NODE_NONE: the program is `body` (no node wraps it)
    ListRef body;  // the top-level statements
    Arena *arena;  // where nodes and extra grow
    // Growth. A grown array leaves its old copy in the arena, so rather than doubling, nodes
    // and extra grow to what the whole file needs at the density seen so far: `progress`
    // points at the parser's position in the source (NULL: plain doubling).
    const uint32_t *progress;
    uint32_t src_len;
} Ast;

void ast_init(Ast *ast, Arena *arena);

// Makes room for `need` nodes (slow path of ast_add).
void ast_grow_nodes(Ast *ast, uint32_t need);
// Makes room for `need` words of lists.
void ast_grow_extra(Ast *ast, uint32_t need);

// Appends a node and returns its id.
static inline NodeId ast_add(Ast *ast, NodeKind kind, uint32_t start, uint32_t a, uint32_t b,
                             uint32_t c) {
    if (UNLIKELY(ast->nodes.len == ast->nodes.cap))
        ast_grow_nodes(ast, ast->nodes.len + 1);
    ast->nodes.items[ast->nodes.len] = (Node){ (uint8_t)kind, 0, 0, start, a, b, c };
    return ast->nodes.len++;
}

static inline Node *ast_node(const Ast *ast, NodeId id) {
    DEBUG_ASSERT(id < ast->nodes.len);
    return &ast->nodes.items[id];
}

// Copies text into Ast.synth and returns its AST_SYNTH offset (a node's `start`).
uint32_t ast_synth(Ast *ast, Str text);
// The text of [start, start + len): a slice of src, or of Ast.synth for synthesized nodes.
static inline Str ast_text(const Ast *ast, const char *src, uint32_t start, uint32_t len) {
    if (ast_is_synth(start))
        return (Str){ ast->synth.items + (start & ~AST_SYNTH), len };
    return (Str){ src + start, len };
}

// Stores `count` NodeIds as a list and returns its ref (LIST_EMPTY when count is 0).
ListRef ast_list(Ast *ast, const NodeId *items, uint32_t count);

static inline uint32_t ast_list_len(const Ast *ast, ListRef list) {
    return ast->extra.items[list];
}

static inline const NodeId *ast_list_items(const Ast *ast, ListRef list) {
    return &ast->extra.items[list + 1];
}

// The double of a NUMBER_LIT.
double ast_number(const Node *n);
// Fills a NUMBER_LIT's a and b with the bits of v.
void ast_set_number(Node *n, double v);

// Appends an expression whose value is d: a NUMBER_LIT with the shortest text that reads back as
// d (synthesized), under a `-` for negative numbers and -0, or `1 / 0`, `0 / 0` for infinities
// and NaN. start is the position given to the operator nodes.
NodeId ast_add_number(Ast *ast, uint32_t start, double d);

// For `x.name` (MEMBER) or `x["name"]` (INDEX with a string literal without escapes), sets
// *name to the property's name (a slice of src or of Ast.synth) and returns true.
bool ast_static_property(const Ast *ast, const char *src, const Node *n, Str *name);

// Name of a kind for dumps and tests ("STMT_IF").
const char *ast_kind_name(NodeKind kind);

struct StrBuf;

// Appends a compact S-expression of node n (NODE_NONE prints `_`) to out, for tests and
// debugging: `(kind:flag… operands)`, lists as `[…]`, identifiers as `name@symbol` (`@?` when
// unbound yet), bindings as `name#symbol`, names and literals as their source text. src is the
// module's source. Recursion follows the tree, whose depth the parser bounds.
void ast_dump(const Ast *ast, const char *src, NodeId n, struct StrBuf *out);
// The top-level statements (ast->body), separated by spaces.
void ast_dump_program(const Ast *ast, const char *src, struct StrBuf *out);

#endif
