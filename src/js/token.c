// token: spelling tables for token kinds and words (see token.h).
#include "js/token.h"

#define TOKEN_NAME_(name, spelling)    spelling,
#define RESERVED_NAME_(name, spelling) spelling,

static const char *const token_names[TOK_COUNT] = { TOKEN_KINDS(TOKEN_NAME_)
                                                            RESERVED_WORDS(RESERVED_NAME_) };

static const char *const keyword_names[KW_COUNT] = { "", RESERVED_WORDS(RESERVED_NAME_)
                                                                 CONTEXTUAL_WORDS(RESERVED_NAME_) };

const char *token_name(TokenKind k) {
    ASSERT(k < TOK_COUNT);
    return token_names[k];
}

const char *keyword_name(Keyword kw) {
    ASSERT(kw < KW_COUNT);
    return keyword_names[kw];
}
