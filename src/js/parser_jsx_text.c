// parser_jsx_text: the text of JSX: HTML character references (`&amp;`, `&#123;`, `&#x1F600;`)
// and React's whitespace rule for text children, producing JavaScript string literals.
//
// Whitespace (the rule Babel, TypeScript and esbuild share): text is split into lines; each line
// loses its leading spaces and tabs unless it is the first, and its trailing ones unless it is
// the last; lines left empty are dropped, and the others are joined by one space. So
// indentation and line breaks between elements vanish, while `a {b}` keeps its space.
#include <string.h>

#include "js/parser_int.h"

// Named character references of HTML 4 that JSX compilers decode (the common part of the list;
// an unknown name is left as written, as the compilers do).
static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    { "quot", 34 },     { "amp", 38 },      { "apos", 39 },     { "lt", 60 },
    { "gt", 62 },       { "nbsp", 160 },    { "iexcl", 161 },   { "cent", 162 },
    { "pound", 163 },   { "curren", 164 },  { "yen", 165 },     { "brvbar", 166 },
    { "sect", 167 },    { "uml", 168 },     { "copy", 169 },    { "ordf", 170 },
    { "laquo", 171 },   { "not", 172 },     { "shy", 173 },     { "reg", 174 },
    { "macr", 175 },    { "deg", 176 },     { "plusmn", 177 },  { "sup2", 178 },
    { "sup3", 179 },    { "acute", 180 },   { "micro", 181 },   { "para", 182 },
    { "middot", 183 },  { "cedil", 184 },   { "sup1", 185 },    { "ordm", 186 },
    { "raquo", 187 },   { "frac14", 188 },  { "frac12", 189 },  { "frac34", 190 },
    { "iquest", 191 },  { "times", 215 },   { "divide", 247 },  { "eacute", 233 },
    { "egrave", 232 },  { "agrave", 224 },  { "aacute", 225 },  { "ccedil", 231 },
    { "ouml", 246 },    { "uuml", 252 },    { "auml", 228 },    { "szlig", 223 },
    { "ndash", 8211 },  { "mdash", 8212 },  { "lsquo", 8216 },  { "rsquo", 8217 },
    { "sbquo", 8218 },  { "ldquo", 8220 },  { "rdquo", 8221 },  { "bdquo", 8222 },
    { "dagger", 8224 }, { "Dagger", 8225 }, { "bull", 8226 },   { "hellip", 8230 },
    { "permil", 8240 }, { "prime", 8242 },  { "Prime", 8243 },  { "lsaquo", 8249 },
    { "rsaquo", 8250 }, { "euro", 8364 },   { "trade", 8482 },  { "larr", 8592 },
    { "uarr", 8593 },   { "rarr", 8594 },   { "darr", 8595 },   { "harr", 8596 },
    { "lArr", 8656 },   { "rArr", 8658 },   { "hArr", 8660 },   { "forall", 8704 },
    { "part", 8706 },   { "exist", 8707 },  { "empty", 8709 },  { "nabla", 8711 },
    { "isin", 8712 },   { "notin", 8713 },  { "sum", 8721 },    { "minus", 8722 },
    { "infin", 8734 },  { "ne", 8800 },     { "equiv", 8801 },  { "le", 8804 },
    { "ge", 8805 },     { "ensp", 8194 },   { "emsp", 8195 },   { "thinsp", 8201 },
    { "zwnj", 8204 },   { "zwj", 8205 },    { "lrm", 8206 },    { "rlm", 8207 },
    { "alpha", 945 },   { "beta", 946 },    { "gamma", 947 },   { "delta", 948 },
    { "pi", 960 },      { "sigma", 963 },   { "omega", 969 },   { "lambda", 955 },
    { "mu", 956 },      { "hearts", 9829 }, { "spades", 9824 }, { "clubs", 9827 },
    { "diams", 9830 },  { "loz", 9674 },    { "oline", 8254 },  { "frasl", 8260 },
};

static void append_utf8(char *buf, size_t *n, uint32_t cp) {
    if (cp < 0x80) {
        buf[(*n)++] = (char)cp;
    } else if (cp < 0x800) {
        buf[(*n)++] = (char)(0xC0 | (cp >> 6));
        buf[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        buf[(*n)++] = (char)(0xE0 | (cp >> 12));
        buf[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        buf[(*n)++] = (char)(0xF0 | (cp >> 18));
        buf[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

// The character reference at s[i] == '&': its code point and length, or 0 if it is none.
static uint32_t entity_at(Str s, size_t i, size_t *len) {
    size_t semi = str_find_char(s, ';', i);
    if (semi == SIZE_MAX || semi - i > 10)
        return 0;
    Str name = str_slice(s, i + 1, semi);
    *len = semi + 1 - i;
    if (name.len >= 2 && name.ptr[0] == '#') {
        bool hex = name.ptr[1] == 'x' || name.ptr[1] == 'X';
        uint32_t cp = 0;
        size_t from = hex ? 2 : 1;
        if (from >= name.len)
            return 0;
        for (size_t k = from; k < name.len; k++) {
            char c = name.ptr[k];
            int d = hex ? (c >= '0' && c <= '9'                     ? c - '0'
                           : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                    : -1)
                        : (c >= '0' && c <= '9' ? c - '0' : -1);
            if (d < 0 || cp > 0x10FFFF)
                return 0;
            cp = cp * (hex ? 16 : 10) + (uint32_t)d;
        }
        return cp > 0 && cp <= 0x10FFFF ? cp : 0;
    }
    for (size_t k = 0; k < countof(entities); k++) {
        if (str_eq_cstr(name, entities[k].name))
            return entities[k].cp;
    }
    return 0;
}

// Appends text to a JavaScript string body: references decoded; `"`, `\` and line breaks
// escaped (the literal is double-quoted).
static void append_string_body(char *buf, size_t *n, Str text) {
    for (size_t i = 0; i < text.len; i++) {
        char c = text.ptr[i];
        size_t len;
        uint32_t cp;
        if (c == '&' && (cp = entity_at(text, i, &len)) != 0) {
            if (cp == '"' || cp == '\\') {
                buf[(*n)++] = '\\';
                buf[(*n)++] = (char)cp;
            } else {
                append_utf8(buf, n, cp);
            }
            i += len - 1;
        } else if (c == '"' || c == '\\') {
            buf[(*n)++] = '\\';
            buf[(*n)++] = c;
        } else if (c == '\n') {
            buf[(*n)++] = '\\';
            buf[(*n)++] = 'n';
        } else if (c == '\r') {
            buf[(*n)++] = '\\';
            buf[(*n)++] = 'r';
        } else {
            buf[(*n)++] = c;
        }
    }
}

// A double-quoted string literal node of pieces (synthesized text).
static NodeId string_node(Parser *p, uint32_t start, char *buf, size_t n) {
    uint32_t at = ast_synth(p->ast, (Str){ buf, n });
    (void)start;
    return ast_add(p->ast, STRING_LIT, at, (uint32_t)n, 0, 0);
}

NodeId parse_jsx_attr_string(Parser *p, const Token *t) {
    Str body = { p->lx.src + t->start + 1, t->value_end - t->start - 1 };
    // Up to 4 bytes of output per input byte (an escape is 2, a reference at most 4).
    char *buf = arena_new_array(p->arena, char, body.len * 4 + 2);
    size_t n = 0;
    buf[n++] = '"';
    append_string_body(buf, &n, body);
    buf[n++] = '"';
    return string_node(p, t->start, buf, n);
}

static bool is_space(char c) {
    return c == ' ' || c == '\t';
}

NodeId parse_jsx_text(Parser *p, const Token *t) {
    Str text = { p->lx.src + t->start, t->end - t->start };
    char *buf = arena_new_array(p->arena, char, text.len * 4 + 4);
    size_t n = 1;
    buf[0] = '"';
    // Lines: [from, to) between line breaks; the last one with a non-space marks where the
    // joining spaces stop.
    size_t last_nonempty = SIZE_MAX;
    for (size_t i = 0, line = 0; i <= text.len; i++) {
        if (i == text.len || text.ptr[i] == '\n' || text.ptr[i] == '\r') {
            for (size_t k = line; k < i; k++) {
                if (!is_space(text.ptr[k]))
                    last_nonempty = line;
            }
            if (i < text.len && text.ptr[i] == '\r' && i + 1 < text.len && text.ptr[i + 1] == '\n')
                i++;
            line = i + 1;
        }
    }
    if (last_nonempty == SIZE_MAX)
        last_nonempty = 0; // whitespace only: kept when on one line (`{a} {b}`)
    bool first = true;
    for (size_t i = 0, line = 0; i <= text.len; i++) {
        if (i < text.len && text.ptr[i] != '\n' && text.ptr[i] != '\r')
            continue;
        size_t from = line, to = i;
        bool last = i == text.len;
        if (!first) {
            while (from < to && is_space(text.ptr[from]))
                from++;
        }
        if (!last) {
            while (to > from && is_space(text.ptr[to - 1]))
                to--;
        }
        if (to > from) {
            // Tabs inside a line stay (the TypeScript compiler keeps them; Babel would not).
            append_string_body(buf, &n, str_slice(text, from, to));
            if (line != last_nonempty)
                buf[n++] = ' ';
        }
        first = false;
        if (i < text.len && text.ptr[i] == '\r' && i + 1 < text.len && text.ptr[i + 1] == '\n')
            i++;
        line = i + 1;
    }
    if (n == 1)
        return NODE_NONE;
    buf[n++] = '"';
    return string_node(p, t->start, buf, n);
}
