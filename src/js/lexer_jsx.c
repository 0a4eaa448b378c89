// lexer_jsx: the three places where JSX lexes differently from JavaScript (JSX spec, "JSX
// text", "JSX identifier", "JSX attribute string"). The parser decides when: it calls these
// instead of lex_next at the token after which JSX grammar applies, so the JavaScript lexer
// never sees JSX text (where `'` or `//` mean nothing).
#include "js/lexer_int.h"

void lex_jsx_child(Lexer *lx) {
    Token *t = &lx->token;
    uint32_t start = t->end;
    uint32_t i = start;
    while (i < lx->len && lx->src[i] != '{' && lx->src[i] != '<')
        i++;
    if (i == start) {
        lx->pos = start;
        lex_next(lx);
        return;
    }
    lx->prev_end = t->end;
    t->start = start;
    t->end = i;
    t->kind = TOK_JSX_TEXT;
    t->keyword = KW_NONE;
    t->flags = 0;
    lx->pos = i;
}

void lex_jsx_extend_name(Lexer *lx) {
    Token *t = &lx->token;
    uint32_t i = t->end;
    while (i < lx->len && (lx->src[i] == '-' || (lex_class(lx->src, i) & CC_ID_PART)))
        i++;
    if (i == t->end)
        return;
    t->end = lx->pos = i;
    t->keyword = KW_NONE; // `class-name` is no keyword
    t->kind = TOK_IDENT;
}

void lex_jsx_attr_value(Lexer *lx) {
    Token *t = &lx->token;
    uint32_t i = t->end;
    while (i < lx->len &&
           (lx->src[i] == ' ' || lx->src[i] == '\t' || lx->src[i] == '\n' || lx->src[i] == '\r'))
        i++;
    char q = i < lx->len ? lx->src[i] : 0;
    if (q != '"' && q != '\'') {
        lex_next(lx);
        return;
    }
    uint32_t close = i + 1;
    while (close < lx->len && lx->src[close] != q)
        close++;
    lx->prev_end = t->end;
    t->start = i;
    t->kind = TOK_STRING;
    t->keyword = KW_NONE;
    t->flags = 0;
    if (close >= lx->len) {
        lex_error(lx, i, 1, "Unterminated string literal");
        t->flags = TOKF_UNTERMINATED;
        t->value_end = t->end = lx->pos = lx->len;
        return;
    }
    t->value_end = close;
    t->end = lx->pos = close + 1;
}
