// token: the token kinds of JavaScript (and the room TypeScript/JSX need), and the word list.
//
// TOKEN_KINDS is the one sanctioned X-macro list of the project; the TokenKind enum and the
// spelling table token_name() reads are both expanded from it, so they cannot drift apart.
// Reserved words (ECMA-262 §12.7.2 ReservedWord minus await/yield, which are contextual) are
// token kinds of their own. Every other word the parser cares about — contextual keywords of
// JavaScript (async, of, get, let, yield…) and of TypeScript (type, declare, keyof…) — lexes as
// TOK_IDENT with Token.keyword set to its Keyword id, so the parser tests a word with one compare.
// The spellings are const tables; nothing here allocates. Module prefixes: token_, keyword_.
#ifndef BALE_JS_TOKEN_H
#define BALE_JS_TOKEN_H

#include "base/base.h"

// Punctuators, literals and special tokens: X(name, spelling).
#define TOKEN_KINDS(X)                        \
    X(TOK_EOF, "end of file")                 \
    X(TOK_IDENT, "identifier")                \
    X(TOK_PRIVATE_NAME, "private name")       \
    X(TOK_NUMBER, "number")                   \
    X(TOK_BIGINT, "bigint")                   \
    X(TOK_STRING, "string")                   \
    X(TOK_REGEXP, "regular expression")       \
    X(TOK_TEMPLATE_FULL, "template literal")  \
    X(TOK_TEMPLATE_HEAD, "template head")     \
    X(TOK_TEMPLATE_MIDDLE, "template middle") \
    X(TOK_TEMPLATE_TAIL, "template tail")     \
    X(TOK_OPEN_BRACE, "{")                    \
    X(TOK_CLOSE_BRACE, "}")                   \
    X(TOK_OPEN_PAREN, "(")                    \
    X(TOK_CLOSE_PAREN, ")")                   \
    X(TOK_OPEN_BRACKET, "[")                  \
    X(TOK_CLOSE_BRACKET, "]")                 \
    X(TOK_DOT, ".")                           \
    X(TOK_DOT_DOT_DOT, "...")                 \
    X(TOK_SEMICOLON, ";")                     \
    X(TOK_COMMA, ",")                         \
    X(TOK_LT, "<")                            \
    X(TOK_GT, ">")                            \
    X(TOK_LT_EQ, "<=")                        \
    X(TOK_GT_EQ, ">=")                        \
    X(TOK_EQ_EQ, "==")                        \
    X(TOK_NOT_EQ, "!=")                       \
    X(TOK_EQ_EQ_EQ, "===")                    \
    X(TOK_NOT_EQ_EQ, "!==")                   \
    X(TOK_PLUS, "+")                          \
    X(TOK_MINUS, "-")                         \
    X(TOK_STAR, "*")                          \
    X(TOK_SLASH, "/")                         \
    X(TOK_PERCENT, "%")                       \
    X(TOK_STAR_STAR, "**")                    \
    X(TOK_PLUS_PLUS, "++")                    \
    X(TOK_MINUS_MINUS, "--")                  \
    X(TOK_SHL, "<<")                          \
    X(TOK_SHR, ">>")                          \
    X(TOK_USHR, ">>>")                        \
    X(TOK_AMP, "&")                           \
    X(TOK_BAR, "|")                           \
    X(TOK_CARET, "^")                         \
    X(TOK_BANG, "!")                          \
    X(TOK_TILDE, "~")                         \
    X(TOK_AMP_AMP, "&&")                      \
    X(TOK_BAR_BAR, "||")                      \
    X(TOK_QUESTION_QUESTION, "??")            \
    X(TOK_QUESTION, "?")                      \
    X(TOK_QUESTION_DOT, "?.")                 \
    X(TOK_COLON, ":")                         \
    X(TOK_EQ, "=")                            \
    X(TOK_PLUS_EQ, "+=")                      \
    X(TOK_MINUS_EQ, "-=")                     \
    X(TOK_STAR_EQ, "*=")                      \
    X(TOK_SLASH_EQ, "/=")                     \
    X(TOK_PERCENT_EQ, "%=")                   \
    X(TOK_STAR_STAR_EQ, "**=")                \
    X(TOK_SHL_EQ, "<<=")                      \
    X(TOK_SHR_EQ, ">>=")                      \
    X(TOK_USHR_EQ, ">>>=")                    \
    X(TOK_AMP_EQ, "&=")                       \
    X(TOK_BAR_EQ, "|=")                       \
    X(TOK_CARET_EQ, "^=")                     \
    X(TOK_AMP_AMP_EQ, "&&=")                  \
    X(TOK_BAR_BAR_EQ, "||=")                  \
    X(TOK_QUESTION_QUESTION_EQ, "?\?=")       \
    X(TOK_ARROW, "=>")                        \
    X(TOK_AT, "@")                            \
    X(TOK_JSX_TEXT, "JSX text")

// Reserved words, each a token kind (TOK_BREAK…) and a Keyword (KW_BREAK…): X(NAME, spelling).
#define RESERVED_WORDS(X)       \
    X(BREAK, "break")           \
    X(CASE, "case")             \
    X(CATCH, "catch")           \
    X(CLASS, "class")           \
    X(CONST, "const")           \
    X(CONTINUE, "continue")     \
    X(DEBUGGER, "debugger")     \
    X(DEFAULT, "default")       \
    X(DELETE, "delete")         \
    X(DO, "do")                 \
    X(ELSE, "else")             \
    X(ENUM, "enum")             \
    X(EXPORT, "export")         \
    X(EXTENDS, "extends")       \
    X(FALSE, "false")           \
    X(FINALLY, "finally")       \
    X(FOR, "for")               \
    X(FUNCTION, "function")     \
    X(IF, "if")                 \
    X(IMPORT, "import")         \
    X(IN, "in")                 \
    X(INSTANCEOF, "instanceof") \
    X(NEW, "new")               \
    X(NULL, "null")             \
    X(RETURN, "return")         \
    X(SUPER, "super")           \
    X(SWITCH, "switch")         \
    X(THIS, "this")             \
    X(THROW, "throw")           \
    X(TRUE, "true")             \
    X(TRY, "try")               \
    X(TYPEOF, "typeof")         \
    X(VAR, "var")               \
    X(VOID, "void")             \
    X(WHILE, "while")           \
    X(WITH, "with")

// Contextual words: identifiers the grammar gives a meaning in some places (JavaScript's
// strict-mode reserved words and contextual keywords, names with early errors such as eval and
// arguments, and TypeScript's contextual keywords): X(NAME, spelling). Kept sorted.
#define CONTEXTUAL_WORDS(X)       \
    X(ABSTRACT, "abstract")       \
    X(ACCESSOR, "accessor")       \
    X(ANY, "any")                 \
    X(ARGUMENTS, "arguments")     \
    X(AS, "as")                   \
    X(ASSERT, "assert")           \
    X(ASSERTS, "asserts")         \
    X(ASYNC, "async")             \
    X(AWAIT, "await")             \
    X(BIGINT, "bigint")           \
    X(BOOLEAN, "boolean")         \
    X(CONSTRUCTOR, "constructor") \
    X(DECLARE, "declare")         \
    X(DEFER, "defer")             \
    X(EVAL, "eval")               \
    X(FROM, "from")               \
    X(GET, "get")                 \
    X(GLOBAL, "global")           \
    X(IMPLEMENTS, "implements")   \
    X(INFER, "infer")             \
    X(INTERFACE, "interface")     \
    X(INTRINSIC, "intrinsic")     \
    X(IS, "is")                   \
    X(KEYOF, "keyof")             \
    X(LET, "let")                 \
    X(META, "meta")               \
    X(MODULE, "module")           \
    X(NAMESPACE, "namespace")     \
    X(NEVER, "never")             \
    X(NUMBER, "number")           \
    X(OBJECT, "object")           \
    X(OF, "of")                   \
    X(OUT, "out")                 \
    X(OVERRIDE, "override")       \
    X(PACKAGE, "package")         \
    X(PRIVATE, "private")         \
    X(PROTECTED, "protected")     \
    X(PROTOTYPE, "prototype")     \
    X(PUBLIC, "public")           \
    X(READONLY, "readonly")       \
    X(REQUIRE, "require")         \
    X(SATISFIES, "satisfies")     \
    X(SET, "set")                 \
    X(SOURCE, "source")           \
    X(STATIC, "static")           \
    X(STRING, "string")           \
    X(SYMBOL, "symbol")           \
    X(TARGET, "target")           \
    X(TYPE, "type")               \
    X(UNDEFINED, "undefined")     \
    X(UNIQUE, "unique")           \
    X(UNKNOWN, "unknown")         \
    X(USING, "using")             \
    X(YIELD, "yield")

#define TOKEN_ENUM_(name, spelling)   name,
#define TOKEN_RESERVED_(name, spell)  TOK_##name,
#define KEYWORD_ENUM_(name, spelling) KW_##name,

typedef enum TokenKind {
    TOKEN_KINDS(TOKEN_ENUM_) RESERVED_WORDS(TOKEN_RESERVED_) TOK_COUNT
} TokenKind;

// A word's id. KW_NONE for identifiers that are no word of either list.
typedef enum Keyword {
    KW_NONE,
    RESERVED_WORDS(KEYWORD_ENUM_) CONTEXTUAL_WORDS(KEYWORD_ENUM_) KW_COUNT
} Keyword;

#undef TOKEN_ENUM_
#undef TOKEN_RESERVED_
#undef KEYWORD_ENUM_

// Reserved words come in the same order in both enums, TOK_BREAK..TOK_WITH and
// KW_BREAK..KW_WITH; contextual words follow from KW_ABSTRACT.
static inline bool keyword_is_reserved(Keyword kw) {
    return kw >= KW_BREAK && kw <= KW_WITH;
}

static inline TokenKind keyword_token(Keyword kw) {
    return (TokenKind)((int)TOK_BREAK + ((int)kw - (int)KW_BREAK));
}

static inline bool token_is_reserved(TokenKind k) {
    return k >= TOK_BREAK && k <= TOK_WITH;
}

// Spelling of a token kind for messages: "=>", "if", or a description ("end of file").
const char *token_name(TokenKind k);
// Spelling of a word ("async"); "" for KW_NONE.
const char *keyword_name(Keyword kw);

#endif
