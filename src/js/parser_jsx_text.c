// parser_jsx_text: the text of JSX: HTML character references (`&amp;`, `&#123;`, `&#x1F600;`)
// and React's whitespace rule for text children, producing JavaScript string literals.
//
// Whitespace (the rule Babel, TypeScript and esbuild share): text is split into lines; each line
// loses its leading spaces and tabs unless it is the first, and its trailing ones unless it is
// the last; lines left empty are dropped, and the others are joined by one space. So
// indentation and line breaks between elements vanish, while `a {b}` keeps its space.
#include <string.h>

#include "js/parser_int.h"

// The named character references of HTML 4 and `&apos;` (the JSX compilers decode them), sorted
// by name for a binary search. An unknown name is left as written, as the compilers do.
static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    { "AElig", 198 },    { "Aacute", 193 },  { "Acirc", 194 },    { "Agrave", 192 },
    { "Alpha", 913 },    { "Aring", 197 },   { "Atilde", 195 },   { "Auml", 196 },
    { "Beta", 914 },     { "Ccedil", 199 },  { "Chi", 935 },      { "Dagger", 8225 },
    { "Delta", 916 },    { "ETH", 208 },     { "Eacute", 201 },   { "Ecirc", 202 },
    { "Egrave", 200 },   { "Epsilon", 917 }, { "Eta", 919 },      { "Euml", 203 },
    { "Gamma", 915 },    { "Iacute", 205 },  { "Icirc", 206 },    { "Igrave", 204 },
    { "Iota", 921 },     { "Iuml", 207 },    { "Kappa", 922 },    { "Lambda", 923 },
    { "Mu", 924 },       { "Ntilde", 209 },  { "Nu", 925 },       { "OElig", 338 },
    { "Oacute", 211 },   { "Ocirc", 212 },   { "Ograve", 210 },   { "Omega", 937 },
    { "Omicron", 927 },  { "Oslash", 216 },  { "Otilde", 213 },   { "Ouml", 214 },
    { "Phi", 934 },      { "Pi", 928 },      { "Prime", 8243 },   { "Psi", 936 },
    { "Rho", 929 },      { "Scaron", 352 },  { "Sigma", 931 },    { "THORN", 222 },
    { "Tau", 932 },      { "Theta", 920 },   { "Uacute", 218 },   { "Ucirc", 219 },
    { "Ugrave", 217 },   { "Upsilon", 933 }, { "Uuml", 220 },     { "Xi", 926 },
    { "Yacute", 221 },   { "Yuml", 376 },    { "Zeta", 918 },     { "aacute", 225 },
    { "acirc", 226 },    { "acute", 180 },   { "aelig", 230 },    { "agrave", 224 },
    { "alefsym", 8501 }, { "alpha", 945 },   { "amp", 38 },       { "and", 8743 },
    { "ang", 8736 },     { "apos", 39 },     { "aring", 229 },    { "asymp", 8776 },
    { "atilde", 227 },   { "auml", 228 },    { "bdquo", 8222 },   { "beta", 946 },
    { "brvbar", 166 },   { "bull", 8226 },   { "cap", 8745 },     { "ccedil", 231 },
    { "cedil", 184 },    { "cent", 162 },    { "chi", 967 },      { "circ", 710 },
    { "clubs", 9827 },   { "cong", 8773 },   { "copy", 169 },     { "crarr", 8629 },
    { "cup", 8746 },     { "curren", 164 },  { "dArr", 8659 },    { "dagger", 8224 },
    { "darr", 8595 },    { "deg", 176 },     { "delta", 948 },    { "diams", 9830 },
    { "divide", 247 },   { "eacute", 233 },  { "ecirc", 234 },    { "egrave", 232 },
    { "empty", 8709 },   { "emsp", 8195 },   { "ensp", 8194 },    { "epsilon", 949 },
    { "equiv", 8801 },   { "eta", 951 },     { "eth", 240 },      { "euml", 235 },
    { "euro", 8364 },    { "exist", 8707 },  { "fnof", 402 },     { "forall", 8704 },
    { "frac12", 189 },   { "frac14", 188 },  { "frac34", 190 },   { "frasl", 8260 },
    { "gamma", 947 },    { "ge", 8805 },     { "gt", 62 },        { "hArr", 8660 },
    { "harr", 8596 },    { "hearts", 9829 }, { "hellip", 8230 },  { "iacute", 237 },
    { "icirc", 238 },    { "iexcl", 161 },   { "igrave", 236 },   { "image", 8465 },
    { "infin", 8734 },   { "int", 8747 },    { "iota", 953 },     { "iquest", 191 },
    { "isin", 8712 },    { "iuml", 239 },    { "kappa", 954 },    { "lArr", 8656 },
    { "lambda", 955 },   { "lang", 9001 },   { "laquo", 171 },    { "larr", 8592 },
    { "lceil", 8968 },   { "ldquo", 8220 },  { "le", 8804 },      { "lfloor", 8970 },
    { "lowast", 8727 },  { "loz", 9674 },    { "lrm", 8206 },     { "lsaquo", 8249 },
    { "lsquo", 8216 },   { "lt", 60 },       { "macr", 175 },     { "mdash", 8212 },
    { "micro", 181 },    { "middot", 183 },  { "minus", 8722 },   { "mu", 956 },
    { "nabla", 8711 },   { "nbsp", 160 },    { "ndash", 8211 },   { "ne", 8800 },
    { "ni", 8715 },      { "not", 172 },     { "notin", 8713 },   { "nsub", 8836 },
    { "ntilde", 241 },   { "nu", 957 },      { "oacute", 243 },   { "ocirc", 244 },
    { "oelig", 339 },    { "ograve", 242 },  { "oline", 8254 },   { "omega", 969 },
    { "omicron", 959 },  { "oplus", 8853 },  { "or", 8744 },      { "ordf", 170 },
    { "ordm", 186 },     { "oslash", 248 },  { "otilde", 245 },   { "otimes", 8855 },
    { "ouml", 246 },     { "para", 182 },    { "part", 8706 },    { "permil", 8240 },
    { "perp", 8869 },    { "phi", 966 },     { "pi", 960 },       { "piv", 982 },
    { "plusmn", 177 },   { "pound", 163 },   { "prime", 8242 },   { "prod", 8719 },
    { "prop", 8733 },    { "psi", 968 },     { "quot", 34 },      { "rArr", 8658 },
    { "radic", 8730 },   { "rang", 9002 },   { "raquo", 187 },    { "rarr", 8594 },
    { "rceil", 8969 },   { "rdquo", 8221 },  { "real", 8476 },    { "reg", 174 },
    { "rfloor", 8971 },  { "rho", 961 },     { "rlm", 8207 },     { "rsaquo", 8250 },
    { "rsquo", 8217 },   { "sbquo", 8218 },  { "scaron", 353 },   { "sdot", 8901 },
    { "sect", 167 },     { "shy", 173 },     { "sigma", 963 },    { "sigmaf", 962 },
    { "sim", 8764 },     { "spades", 9824 }, { "sub", 8834 },     { "sube", 8838 },
    { "sum", 8721 },     { "sup", 8835 },    { "sup1", 185 },     { "sup2", 178 },
    { "sup3", 179 },     { "supe", 8839 },   { "szlig", 223 },    { "tau", 964 },
    { "there4", 8756 },  { "theta", 952 },   { "thetasym", 977 }, { "thinsp", 8201 },
    { "thorn", 254 },    { "tilde", 732 },   { "times", 215 },    { "trade", 8482 },
    { "uArr", 8657 },    { "uacute", 250 },  { "uarr", 8593 },    { "ucirc", 251 },
    { "ugrave", 249 },   { "uml", 168 },     { "upsih", 978 },    { "upsilon", 965 },
    { "uuml", 252 },     { "weierp", 8472 }, { "xi", 958 },       { "yacute", 253 },
    { "yen", 165 },      { "yuml", 255 },    { "zeta", 950 },     { "zwj", 8205 },
    { "zwnj", 8204 },
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
    size_t lo = 0, hi = countof(entities);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = str_cmp(name, str_from_cstr(entities[mid].name));
        if (c == 0)
            return entities[mid].cp;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
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
