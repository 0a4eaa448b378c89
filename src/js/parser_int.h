// parser_int: state and helpers shared by the parser's files (parser.c: program, statements,
// module items, functions and classes; parser_expr.c: expressions and patterns). Private to
// js/parser*.c; nothing else may include it.
#ifndef BALE_JS_PARSER_INT_H
#define BALE_JS_PARSER_INT_H

#include "base/map.h"
#include "js/lexer.h"
#include "js/parser.h"

// What the code being parsed may contain (Parser.ctx). Saved and replaced at function, class and
// static-block boundaries; arrows keep the super/new.target/arguments bits of their parent.
enum {
    CTX_FUNCTION = 1 << 0,     // inside a function or arrow body: `return` allowed
    CTX_ASYNC = 1 << 1,        // `await` is an operator (async functions, module top level)
    CTX_GENERATOR = 1 << 2,    // `yield` is an operator
    CTX_NEW_TARGET = 1 << 3,   // `new.target` allowed (non-arrow functions, fields)
    CTX_SUPER_PROP = 1 << 4,   // `super.x` allowed (methods, fields, static blocks)
    CTX_SUPER_CALL = 1 << 5,   // `super()` allowed (constructor of a derived class)
    CTX_PARAMS = 1 << 6,       // parsing formal parameters: no yield/await expressions
    CTX_NO_ARGUMENTS = 1 << 7, // class field initializer or static block: no `arguments`
    CTX_STATIC_BLOCK = 1 << 8, // class static block: `await` reserved
    CTX_TOP = 1 << 9,          // at the top level (outside functions): top-level await
};

// A pattern-only construct seen in an expression that may still become a pattern:
// `{ a = 1 }` (cover initialized name) or a duplicate `__proto__`.
typedef struct CoverError {
    uint32_t start; // ID_NONE when there is none
    uint32_t len;
    bool proto; // a duplicate __proto__ (else a `{ a = 1 }`)
} CoverError;

typedef struct Label {
    uint32_t start; // the label's name range
    uint32_t len;
    uint32_t body_start; // offset of the labeled statement's first token
    bool loop;           // labels an iteration statement (continue allowed)
} Label;

// A private name declared in a class body, or referenced (`this.#x`, `#x in o`).
typedef struct PrivateName {
    uint32_t start; // the name's range (with its #)
    uint32_t len;
    uint8_t kind; // PRIV_*
} PrivateName;

enum { PRIV_FIELD, PRIV_GET, PRIV_SET, PRIV_BOTH, PRIV_REF };

typedef VEC(Label) LabelVec;
typedef VEC(PrivateName) PrivateVec;

// The automatic runtime's bindings (parser_jsx.c).
typedef enum JsxBinding {
    JSXB_JSX,            // _jsx (or _jsxDEV) from <source>/jsx-runtime
    JSXB_JSXS,           // _jsxs: several children
    JSXB_FRAGMENT,       // _Fragment
    JSXB_CREATE_ELEMENT, // _createElement from <source>: a key after a spread
    JSXB_COUNT
} JsxBinding;

// JSX settings of one parse (options overridden by pragmas) and what it used.
typedef struct JsxState {
    bool automatic;
    bool preserve;              // elements stay JSX (JSX_ELEMENT…); automatic is then false
    Str factory;                // classic: `React.createElement`
    Str fragment;               // classic: `React.Fragment`
    Str source;                 // automatic: `react`
    NodeId binding[JSXB_COUNT]; // automatic: the declared import bindings
    uint32_t used;              // bit per JsxBinding referenced
} JsxState;

// Where the class parse_class finished last keeps its body, for the legacy decorators' alias of
// its name (parser_ts_decorators.c).
typedef struct ParsedClass {
    uint32_t first_node; // the first node of its heritage and body
    SymbolId inner;      // its inner name (SYM_CLASS_NAME), or ID_NONE when anonymous
    ScopeId scope;       // its class scope
} ParsedClass;

// A decorated class member and its decorators (parser_ts_decorators.c).
typedef struct TsDecorated {
    NodeId member;      // the PROPERTY (a constructor: its parameters' decorators)
    ListRef decorators; // expressions, `__param(i, d)` and `__metadata(…)` calls included
    bool metadata_only; // a constructor without parameter decorators: only its paramtypes
} TsDecorated;

// Serialized types of a method for emitDecoratorMetadata (parser_ts_metadata.c).
typedef struct TsSignatureTypes {
    ListRef params; // one expression per parameter (`Object` without annotation)
    NodeId result;  // the return type's, or NODE_NONE without annotation
} TsSignatureTypes;

// A variable exported by a namespace block, which later blocks of the same namespace reach as
// `N.x` too (parser_ts_namespace.c).
typedef struct TsNsExport {
    SymbolId ns; // the namespace's outer binding
    Str name;
} TsNsExport;

typedef VEC(TsNsExport) TsNsExportVec;

// A parameter decorator waiting for its method.
typedef struct TsParamDecorator {
    uint32_t index; // the parameter's position
    NodeId decorator;
} TsParamDecorator;

typedef VEC(TsDecorated) TsDecoratedVec;
typedef VEC(TsParamDecorator) TsParamDecoratorVec;

// Lives in: the caller's stack for one parse; everything it allocates is in the arena.
typedef struct Parser {
    Lexer lx;
    Ast *ast;
    ScopeTable *st;
    Arena *arena;
    uint32_t flags;       // PARSEF_* found so far
    uint32_t with_at;     // offset of the first `with` statement + 1; 0 if none
    uint32_t ctx;         // CTX_*
    uint32_t depth;       // nesting of statements and expressions being parsed
    bool stopped;         // a syntax error (or the switch to module) ended the parse
    bool auto_mode;       // PARSE_AUTO while still parsing as a script
    bool restart;         // auto_mode met module syntax: parse again as a module
    bool no_in;           // `in` is not an operator here (for-statement initializer)
    bool allow_return;    // CommonJS: `return` at the top level (PARSE_AUTO, PARSE_COMMONJS)
    bool dup_param;       // a duplicate parameter name in the function being parsed
    bool made_strict;     // the last function body parsed switched to strict with a directive
    uint32_t yield_await; // offset of a yield/await expression in the current function since
                          // the innermost open parenthesis (arrow parameters may not hold one)
    CoverError cover;
    U32Vec tmp; // scratch stack of NodeIds for building lists
    LabelVec labels;
    uint32_t label_base;     // labels[label_base..] belong to the current function
    uint32_t loops;          // iteration statements around here in the current function
    uint32_t breakables;     // loops and switches around here in the current function
    PrivateVec privates;     // declared private names of the open classes
    PrivateVec private_refs; // private names referenced in the open classes
    uint32_t class_depth;
    Map exports;          // exported names (module top level) for duplicates
    U32Vec export_locals; // IDENT nodes of `export { x }` checked when the module ends
    // TypeScript and JSX (parser_ts*.c, parser_jsx.c).
    const ParseOptions *opt;        // never NULL (a zeroed default when the caller passes none)
    bool ts;                        // types, TypeScript declarations, `as`, `!`, type arguments
    bool jsx;                       // JSX elements
    JsxState jsx_state;             // JSX settings and used runtime bindings
    U32Vec jsx_tags;                // preserved JSX: the IDENT nodes naming element tags
    uint32_t ts_cond_start;         // where the consequent of the innermost `?` starts (ID_NONE)
    bool ts_declaration_file;       // a .d.ts file: parsed as empty (it has no run-time code)
    bool ts_in_extends;             // skipping the `extends` clause of a conditional type
    U32Vec param_props;             // BINDING_IDENTs of constructor parameter properties
    EnumValueVec enum_values;       // constant enum members so far (ParseResult.enum_values)
    uint32_t const_enum_values;     // how many of them are a const enum's (inlined in-module)
    TsDecoratedVec decorated;       // members of the open classes
    TsDecoratedVec class_decorated; // those of the class parsed last
    TsParamDecoratorVec param_decorators; // of the method being parsed
    uint32_t helpers;                     // bit per RuntimeHelper used
    bool ts_metadata;                     // emitDecoratorMetadata (with experimentalDecorators)
    bool legacy_decorators;               // experimentalDecorators in a TypeScript file (in
                                          //   JavaScript, decorators are always TC39 ones)
    ParsedClass last_class;               // the class parse_class finished last
    bool ts_rest_param;                   // the type being serialized is a rest parameter's
    bool ts_capture;                      // the next binding annotation is serialized (ts_captured)
    NodeId ts_captured;                   // that serialization, or NODE_NONE (no annotation)
    U32Vec param_types;                   // serialized parameter types of the method being parsed
    TsSignatureTypes ts_signature;        // of the method parsed last
    NodeId ts_field_type;                 // of the field parsed last (NODE_NONE: no annotation)
    NodeId ts_default_binding; // a decorated `export default class A`: A, exported at the end
    TsNsExportVec ns_exports;  // exported variables of the namespace blocks closed so far
    U32Vec ctor_props;         // `this.x = x` statements of parameter properties, by open class
    U32Vec ts_imports;         // `import x = …` statements, elided when x is unused
    const struct TsIife *ns_export; // the namespace exporting the enum or namespace being
                                    //   parsed (its wrapper then reads `N.E`), or NULL
} Parser;

// ---- parser.c: tokens and errors ----

static inline TokenKind parse_tok(const Parser *p) {
    return (TokenKind)p->lx.token.kind;
}

static inline bool parse_newline_before(const Parser *p) {
    return (p->lx.token.flags & TOKF_NEWLINE_BEFORE) != 0;
}

void parse_next(Parser *p);
// Ends the parse without a message (the lexer reported the error).
void parse_stop(Parser *p);
// Reports an error at [start, start + len) and ends the parse (later errors are dropped).
void parse_error(Parser *p, uint32_t start, uint32_t len, const char *fmt, ...) PRINTF(4, 5);
// "Unexpected X" at the current token.
void parse_unexpected(Parser *p);
// Consumes a token of kind k or reports `Expected "k" but found "X"`.
bool parse_expect(Parser *p, TokenKind k);
// Ends a statement: `;`, or automatic semicolon insertion before `}`, EOF or a new line.
void parse_semicolon(Parser *p);
// Enters one level of nesting; false (error reported) past PARSE_MAX_DEPTH.
bool parse_enter(Parser *p);
static inline void parse_leave(Parser *p) {
    p->depth--;
}
bool parse_is_strict(const Parser *p);
// Auto-detect found module syntax: stop and parse again as a module.
void parse_switch_to_module(Parser *p);

// A node list built from tmp[mark..]; tmp is cut back to mark.
ListRef parse_list_from(Parser *p, uint32_t mark);
static inline void parse_push(Parser *p, NodeId n) {
    vec_push(p->arena, &p->tmp, n);
}

// The name of the current identifier token (decoded when it has escapes).
Str parse_token_name(Parser *p);
// The name written at [start, start + len) (decoded when it has escapes).
Str parse_range_name(Parser *p, uint32_t start, uint32_t len);

// Checks that the token t (the current one, or a saved one) can be an identifier reference or
// binding here (reserved words, yield/await, strict-mode words); reports and returns false
// otherwise.
bool parse_check_identifier(Parser *p, const Token *t, bool binding);
// eval, arguments and the strict-mode reserved words: not binding names in strict code.
bool parse_is_strict_bad_name(Str name);
// Declares the BINDING_IDENT node (name at its range) as kind; reports conflicts.
void parse_declare(Parser *p, NodeId binding, Str name, SymbolKind kind);

// ---- parser.c: statements, functions, classes ----

NodeId parse_statement_list_item(Parser *p);
// A var/let/const/using, function or class declaration at the current token (NODE_NONE if
// the token starts none), as after `export`.
NodeId parse_declaration_statement(Parser *p);
// ImportDeclaration / ExportDeclaration (parser_module.c).
NodeId parse_module_item(Parser *p);
// FunctionExpression/Declaration after its `function` (and `async`) tokens were seen; start is
// the offset of the first of them.
NodeId parse_function(Parser *p, uint32_t start, uint8_t flags, bool declaration,
                      bool default_export);
// Parameters `( … )` and body of a method (object or class); flags NF_ASYNC/NF_GENERATOR.
NodeId parse_method(Parser *p, uint32_t start, uint8_t flags, uint32_t ctx_extra,
                    PropertyKind kind);
NodeId parse_class(Parser *p, bool declaration, bool default_export);
// The body of a function or a block-bodied arrow: `{ directives statements }`.
NodeId parse_function_body(Parser *p, ListRef params);

// ---- parser_expr.c ----

NodeId parse_expr(Parser *p);
// Expression whose first item may still become a pattern (a for-in/of head); the caller ends
// it with parse_cover_end(p, became_pattern).
NodeId parse_expr_cover(Parser *p);
void parse_cover_end(Parser *p, bool pattern);
NodeId parse_assign(Parser *p);
// parse_assign with `in` allowed whatever the context (inside brackets and parentheses).
NodeId parse_assign_in(Parser *p);
// Arguments `( … )` of a call, at `(`.
ListRef parse_call_arguments(Parser *p);
// LeftHandSideExpression (class heritage).
NodeId parse_lhs(Parser *p);
// BindingIdentifier / BindingPattern, each name declared as kind.
NodeId parse_binding(Parser *p, SymbolKind kind);
// BindingElement: a binding with an optional `= default`.
NodeId parse_binding_element(Parser *p, SymbolKind kind);
// Converts an expression parsed as a cover grammar into an assignment target (binding false)
// or arrow parameter (binding true), in place. Reports and returns false when it cannot be.
bool parse_to_pattern(Parser *p, NodeId n, bool binding);
// An assignment target (`x`, `a.b`, pattern) after `=`, `in`/`of`, `++`: checks or converts.
bool parse_check_target(Parser *p, NodeId n, bool simple_only);
// A property key (identifier name, string, number, [computed], #private in classes). flags
// receives NF_COMPUTED.
NodeId parse_property_key(Parser *p, uint8_t *flags, bool allow_private);
// Template literal from the current TOK_TEMPLATE_* token, with tag (NODE_NONE if untagged).
NodeId parse_template(Parser *p, NodeId tag, uint32_t start);
// A THIS node at start, flagged NF_TOP_LEVEL outside functions and classes.
NodeId parse_this(Parser *p, uint32_t start);
void parse_private_ref(Parser *p, uint32_t start, uint32_t len);

// ---- parser_jsx.c, parser_jsx_text.c ----

// At the start of the module: settles the options and pragmas, declares runtime bindings.
void parse_jsx_begin(Parser *p);
// At the end: prepends the automatic runtime's imports when used.
void parse_jsx_end(Parser *p);
// JSXElement / JSXFragment at `<`; in_children: it is a child (JSX text may follow it).
NodeId parse_jsx_element(Parser *p, bool in_children);
// A JSX attribute string token as a JavaScript string literal (references decoded).
NodeId parse_jsx_attr_string(Parser *p, const Token *t);
// JSX text as a string literal after React's whitespace rule; NODE_NONE if nothing is left.
NodeId parse_jsx_text(Parser *p, const Token *t);

// ---- parser_ts_decorators.c ----

// `@a @b.c(d)…` at `@`: the decorator expressions (TC39 or legacy ones, any loader).
ListRef parse_ts_decorators(Parser *p);
// Records the decorators of parameter `index` of the method being parsed.
void parse_ts_param_decorators(Parser *p, ListRef decs, uint32_t index);
// After a class member: records its decorators and those of its parameters (since pmark).
void parse_ts_member_decorated(Parser *p, NodeId member, ListRef decs, uint32_t pmark);
// At the end of a class body: its decorated members (from dmark) move to class_decorated.
void parse_ts_class_decorated(Parser *p, uint32_t dmark);
// The `let A = __decorate(…)` statement for class declaration `cls` with class decorators and
// the members in class_decorated; NODE_NONE when nothing is decorated.
NodeId parse_ts_decorate_class(Parser *p, uint32_t start, NodeId cls, ListRef class_decs);
// At `export`: `export @d class`, `export default @d class` (any loader), else NODE_NONE
// with nothing consumed.
NodeId parse_decorated_export(Parser *p, uint32_t start);
// At `@` in an expression: a decorated class expression (CLASS_DECORATED; with legacy
// decorators the compiler's emit drops them, so the plain CLASS).
NodeId parse_decorated_class_expression(Parser *p);
// At `@` before a class statement (`@d class`, `@d export class`, `@d abstract class` in
// TypeScript), in any loader.
NodeId parse_ts_decorated_statement(Parser *p, uint32_t start, bool exported, bool is_default);
// At the end of the module: prepends the runtime helpers used.
void parse_ts_emit_helpers(Parser *p);

// ---- parser_ts_metadata.c (emitDecoratorMetadata) ----

// At the type after `:`: skips it and returns the expression of its run-time constructor.
NodeId parse_ts_serialize_type(Parser *p);
// After a parameter: pushes its serialized type (ts_captured, or Object) on param_types.
void parse_ts_push_param_type(Parser *p);
// After a method's parameters (types pushed from mark): their list, and the return type when
// `:` follows (skipped here). param_types is cut back to mark.
TsSignatureTypes parse_ts_signature_types(Parser *p, uint32_t mark);
// `Object` and `Function` references.
NodeId parse_ts_serialize_object(Parser *p);
NodeId parse_ts_serialize_function(Parser *p);

// ---- parser_ts_iife.c: the wrapper of enums and namespaces ----

typedef VEC(Str) StrVec;

// One enum or namespace being built. Lives in: the parser's stack frame.
typedef struct TsIife {
    uint32_t start;
    Str name;
    uint32_t name_start; // the name's source range
    uint32_t name_len;
    NodeId binding; // the `var N` binding, or NODE_NONE when merging into a class or
                    //   function (the wrapper is then an expression statement)
    NodeId param;   // the wrapper function's parameter N
    SymbolId outer; // the outer binding of N (merged declarations share it)
    const struct TsIife *container; // the namespace exporting this one, or NULL
    uint32_t tmark;                 // tmp mark where the body's statements start
} TsIife;

// At the name: declares `var N` (unless merging) and the parameter in a new function scope.
void parse_ts_iife_open(Parser *p, TsIife *f, const TsIife *container);
// Closes the scope and returns the statement; the body is tmp[f->tmark..].
NodeId parse_ts_iife_close(Parser *p, TsIife *f);
// A reference to N (the parameter while the body is open).
NodeId parse_ts_iife_ref(Parser *p, const TsIife *f);
// `N.name` with the name at [name_start, name_start + name_len) of the source.
NodeId parse_ts_iife_member(Parser *p, const TsIife *f, uint32_t name_start, uint32_t name_len);
// `target = value;`
NodeId parse_ts_assign_stmt(Parser *p, uint32_t start, NodeId target, NodeId value);
// Pending references (from refs_from on) to one of names become `N.x` (`N["x"]` with index).
void parse_ts_iife_rewrite_refs(Parser *p, const TsIife *f, const StrVec *names, uint32_t refs_from,
                                bool index);
// A synthesized `"s"` string literal.
NodeId parse_ts_string(Parser *p, Str s);

// ---- parser_ts_enum.c, parser_ts_namespace.c ----

// `enum E { … }` at `enum` (after `const` for a const enum).
NodeId parse_ts_enum(Parser *p, uint32_t start, bool is_const);
// MEMBER node e reads a constant member of a const enum visible here: e becomes its value.
void parse_ts_inline_enum(Parser *p, NodeId e);
// `namespace N { … }` / `module N.M { … }` at the keyword.
NodeId parse_ts_namespace(Parser *p, uint32_t start);

// ---- parser_ts.c: TypeScript types, skipped without nodes ----

// One token of lookahead, reporting nothing.
Token parse_ts_peek(Parser *p);
// Two tokens of lookahead: the token after parse_ts_peek's.
Token parse_ts_peek_second(Parser *p);
// At `(`, `[`, `{` or `<`: skips through the matching closer (types only).
void parse_ts_skip_group(Parser *p);
// At `(` in a type: could it open a function type's parameters?
bool parse_ts_parens_are_params(Parser *p);
// One operand of a union, without its `[]` suffixes.
void parse_ts_skip_operand(Parser *p);
// Type: skips one type (unions, conditionals, functions, objects, templates…).
void parse_ts_skip_type(Parser *p);
// The type after `:` of a return type, with type predicates (`x is T`, `asserts x`).
void parse_ts_skip_return_type(Parser *p);
// TypeParameters: `<` … `>` if the current token is `<`.
void parse_ts_skip_type_params(Parser *p);
// After a binding (parameter, variable, catch): `?`, `!` and `: Type`.
void parse_ts_skip_binding_suffix(Parser *p);
// At `<` after an expression: skips type arguments when they are ones (`f<T>(x)`, `new C<T>`,
// `a<T>;`) and returns true; false leaves everything as it was (`a < b`).
bool parse_ts_try_type_args(Parser *p);
// A parenthesized item that may be an arrow parameter: `x?`, `x: T`, `x: T = d` (the type
// skipped, a default wrapped as for `x = d`). Returns the item.
NodeId parse_ts_paren_item(Parser *p, NodeId item);
// At `as`/`satisfies` after an expression (same line): skips it and its type; true if so.
bool parse_ts_as(Parser *p);
// At `?` in an expression: true when it marks an optional arrow parameter (`(x?: T) =>`).
bool parse_ts_optional_param(Parser *p);
// After `)` of a possible arrow: skips `: ReturnType` when `=>` follows (else leaves it).
// in_conditional: the arrow begins the consequent of `?` (see parser_ts.c).
void parse_ts_arrow_return_type(Parser *p, bool in_conditional);
// At `<` in expression position of a .ts file: `<T>expr` assertion or `<T>(x) => x`; skips the
// type and returns true. In .tsx only a generic arrow (`<T,>` or `<T extends …>`) qualifies.
bool parse_ts_angle_prefix(Parser *p);
// A function declaration without a body (an overload signature) starts here, at its name?
bool parse_ts_is_signature(Parser *p);
// Skips such a signature: name, type parameters, parameters, return type, `;`.
void parse_ts_skip_signature(Parser *p);
// An erased statement node (STMT_EMPTY with NF_ERASED) starting at start.
NodeId parse_ts_erased(Parser *p, uint32_t start);
static inline bool parse_is_erased(const Parser *p, NodeId n) {
    if (n == NODE_NONE)
        return false;
    const Node *x = ast_node(p->ast, n);
    return x->kind == STMT_EMPTY && (x->flags & NF_ERASED);
}

// ---- parser_ts_decl.c: TypeScript declarations and modifiers ----

// Statements that start with a TypeScript word (interface, type, declare, abstract, enum,
// const enum, namespace, module, global): the statement, or NODE_NONE if the current token
// starts none (nothing consumed).
NodeId parse_ts_statement(Parser *p);
// Class member modifiers (public private protected readonly abstract override declare):
// consumed while they apply; returns TSM_* bits.
enum { TSM_ABSTRACT = 1 << 0, TSM_DECLARE = 1 << 1, TSM_ACCESS = 1 << 2, TSM_READONLY = 1 << 3 };
uint32_t parse_ts_modifiers(Parser *p);
// A class index signature `[key: T]: U;` at the current token: skipped, returns true.
bool parse_ts_index_signature(Parser *p);
// Parameter modifiers of a constructor parameter property; true if any was consumed.
bool parse_ts_param_modifiers(Parser *p);
// Records the BINDING_IDENT (or ASSIGN_PATTERN around one) of a parameter property.
void parse_ts_record_param_prop(Parser *p, NodeId param);
// At the end of a class body whose members are tmp[mark..]: parameter-property fields and,
// under assign semantics, fields moved into the constructor (parser_ts_class.c).
void parse_ts_class_end(Parser *p, uint32_t mark, uint32_t ctor_props, bool derived);
// `A parameter property is only allowed in a constructor implementation` at the first one
// recorded since mark.
void parse_ts_param_prop_error(Parser *p, uint32_t mark);
// Auto-accessors `accessor x = v` of the members tmp[mark..] become a private storage field, a
// getter and a setter (what the compiler emits for ES2022 targets); class_name may be NODE_NONE.
void parse_ts_lower_accessors(Parser *p, uint32_t mark, NodeId class_name);
// Class `implements A, B<T>` and heritage type arguments.
void parse_ts_class_heritage(Parser *p);
// Constructor body: prepends `this.x = x` for each parameter property recorded since mark.
void parse_ts_param_props(Parser *p, NodeId body, uint32_t mark);
// `import type …`, `import x = …`, `import { type A }` hooks (parser_module.c).
NodeId parse_ts_import(Parser *p, uint32_t start, bool exported);
// At `default` of `export default function f(…): T;` (an overload signature): skips it and
// returns true; else consumes nothing.
bool parse_ts_default_signature(Parser *p);
// Records the names an `export` declaration binds (parser_module.c).
void parse_export_names(Parser *p, NodeId decl);
// `import x = …` or `export = v` at `import`/`export`: the statement, else NODE_NONE.
NodeId parse_ts_commonjs_item(Parser *p, uint32_t start, bool is_import);
// `export =`, `export as namespace`, `export type …`, `export import`, `export declare …`.
NodeId parse_ts_export(Parser *p, uint32_t start);
// At the end of the module: removes imports used only as types (unless verbatim).
void parse_ts_finish(Parser *p);
// After the parse: NF_PURE on calls of the globals `names` (--pure:NAME; parser_pure.c).
void parse_mark_pure(ParseResult *r, Str src, const Str *names, uint32_t count);

#endif
