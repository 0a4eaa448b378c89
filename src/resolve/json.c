// json: recursive-descent reader for JSON and JSONC (see json.h).
//
// Grammar: RFC 8259. Arrays and objects are collected in a small linked list in the arena
// while parsing and then copied into one exact-sized array, so the tree has no slack.
#include "resolve/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Parser state. Lives in: json_parse's frame.
typedef struct JsonParser {
    Arena *arena;
    const char *text;
    uint32_t len;
    uint32_t pos;
    bool jsonc;
    JsonError *err;
} JsonParser;

// A list cell used while an array or object is being read.
typedef struct Cell {
    struct Cell *next;
    JsonMember member; // key unused for arrays
} Cell;

static bool parse_value(JsonParser *p, JsonValue *out, uint32_t depth);

static bool fail_at(JsonParser *p, uint32_t offset, const char *message) {
    p->err->offset = offset;
    snprintf(p->err->message, sizeof(p->err->message), "%s", message);
    return false;
}

// Fails with "unexpected X" naming the character at the current position.
static bool fail_unexpected(JsonParser *p) {
    if (p->pos >= p->len)
        return fail_at(p, p->len, "unexpected end of input");
    char c = p->text[p->pos];
    p->err->offset = p->pos;
    if (c >= 0x20 && c < 0x7f)
        snprintf(p->err->message, sizeof(p->err->message), "unexpected \"%c\"", c);
    else
        snprintf(p->err->message, sizeof(p->err->message), "unexpected byte 0x%02x",
                 (unsigned)(unsigned char)c);
    return false;
}

// Skips whitespace, and in JSONC comments. An unterminated block comment is an error.
static bool skip_space(JsonParser *p) {
    while (p->pos < p->len) {
        char c = p->text[p->pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            p->pos++;
        } else if (p->jsonc && c == '/' && p->pos + 1 < p->len && p->text[p->pos + 1] == '/') {
            while (p->pos < p->len && p->text[p->pos] != '\n')
                p->pos++;
        } else if (p->jsonc && c == '/' && p->pos + 1 < p->len && p->text[p->pos + 1] == '*') {
            uint32_t start = p->pos;
            p->pos += 2;
            while (p->pos + 1 < p->len && !(p->text[p->pos] == '*' && p->text[p->pos + 1] == '/'))
                p->pos++;
            if (p->pos + 1 >= p->len)
                return fail_at(p, start, "unterminated comment");
            p->pos += 2;
        } else {
            break;
        }
    }
    return true;
}

// Reads the 4 hex digits after "\u" at pos; -1 when they are not hex.
static int32_t read_hex4(JsonParser *p, uint32_t pos) {
    if (pos + 4 > p->len)
        return -1;
    int32_t v = 0;
    for (uint32_t i = 0; i < 4; i++) {
        int d = str_hex_digit(p->text[pos + i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t put_utf8(char *out, uint32_t cp) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

// Decodes "\uXXXX" (with a following low surrogate when XXXX is a high one) at p->pos, which
// is just after the "u". Lone surrogates become U+FFFD, as TextDecoder would print them.
static bool decode_unicode_escape(JsonParser *p, char *out, size_t *n) {
    int32_t cp = read_hex4(p, p->pos);
    if (cp < 0)
        return fail_at(p, p->pos - 2, "invalid \\u escape in string");
    p->pos += 4;
    if (cp >= 0xd800 && cp < 0xdc00 && p->pos + 6 <= p->len && p->text[p->pos] == '\\' &&
        p->text[p->pos + 1] == 'u') {
        int32_t lo = read_hex4(p, p->pos + 2);
        if (lo >= 0xdc00 && lo < 0xe000) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            p->pos += 6;
        }
    }
    if (cp >= 0xd800 && cp < 0xe000)
        cp = 0xfffd;
    *n += put_utf8(out + *n, (uint32_t)cp);
    return true;
}

// Reads one escape after the backslash at p->pos - 1, appending its bytes to out.
static bool decode_escape(JsonParser *p, char *out, size_t *n) {
    if (p->pos >= p->len)
        return fail_at(p, p->len, "unterminated string");
    char c = p->text[p->pos++];
    static const char from[] = "\"\\/bfnrt";
    static const char to[] = "\"\\/\b\f\n\r\t";
    const char *hit = strchr(from, c);
    if (c != '\0' && hit) {
        out[(*n)++] = to[hit - from];
        return true;
    }
    if (c == 'u')
        return decode_unicode_escape(p, out, n);
    return fail_at(p, p->pos - 2, "invalid escape in string");
}

// string = '"' chars '"'. The decoded text is never longer than the source text, so one
// allocation of the raw length is enough.
static bool parse_string(JsonParser *p, Str *out) {
    uint32_t start = p->pos++;
    uint32_t end = p->pos;
    while (end < p->len && p->text[end] != '"') {
        end += p->text[end] == '\\' ? 2 : 1;
    }
    if (end >= p->len)
        return fail_at(p, start, "unterminated string");
    char *buf = arena_alloc(p->arena, end - p->pos + 1);
    size_t n = 0;
    while (p->pos < end) {
        unsigned char c = (unsigned char)p->text[p->pos];
        if (c < 0x20)
            return fail_at(p, p->pos, "control character in string");
        p->pos++;
        if (c != '\\') {
            buf[n++] = (char)c;
        } else if (!decode_escape(p, buf, &n)) {
            return false;
        }
    }
    p->pos++; // closing quote
    buf[n] = '\0';
    *out = (Str){ buf, n };
    return true;
}

// number = [ '-' ] int [ frac ] [ exp ], checked strictly, then converted by strtod.
static bool parse_number(JsonParser *p, JsonValue *out) {
    uint32_t start = p->pos;
    const char *t = p->text;
    uint32_t i = p->pos;
    if (i < p->len && t[i] == '-')
        i++;
    if (i < p->len && t[i] == '0') {
        i++;
    } else if (i < p->len && t[i] >= '1' && t[i] <= '9') {
        while (i < p->len && t[i] >= '0' && t[i] <= '9')
            i++;
    } else {
        return fail_at(p, start, "invalid number");
    }
    if (i < p->len && t[i] == '.') {
        if (++i >= p->len || t[i] < '0' || t[i] > '9')
            return fail_at(p, start, "invalid number");
        while (i < p->len && t[i] >= '0' && t[i] <= '9')
            i++;
    }
    if (i < p->len && (t[i] == 'e' || t[i] == 'E')) {
        i++;
        if (i < p->len && (t[i] == '+' || t[i] == '-'))
            i++;
        if (i >= p->len || t[i] < '0' || t[i] > '9')
            return fail_at(p, start, "invalid number");
        while (i < p->len && t[i] >= '0' && t[i] <= '9')
            i++;
    }
    // strtod needs a terminated copy: the text may not end after the number.
    char *copy = arena_strndup(p->arena, t + start, i - start);
    out->kind = JSON_NUMBER;
    out->number = strtod(copy, NULL);
    p->pos = i;
    return true;
}

// The literals true, false and null.
static bool parse_word(JsonParser *p, JsonValue *out) {
    static const struct {
        const char *word;
        JsonKind kind;
        bool value;
    } words[] = { { "true", JSON_BOOL, true },
                  { "false", JSON_BOOL, false },
                  { "null", JSON_NULL, false } };
    for (size_t i = 0; i < countof(words); i++) {
        size_t n = strlen(words[i].word);
        if (p->len - p->pos >= n && memcmp(p->text + p->pos, words[i].word, n) == 0) {
            out->kind = words[i].kind;
            out->boolean = words[i].value;
            p->pos += (uint32_t)n;
            return true;
        }
    }
    return fail_unexpected(p);
}

// After an element: "," (then the next element, or in JSONC the closer) or the closer.
// Sets *done when the closer was consumed.
static bool parse_separator(JsonParser *p, char closer, bool *done) {
    if (!skip_space(p))
        return false;
    if (p->pos < p->len && p->text[p->pos] == closer) {
        p->pos++;
        *done = true;
        return true;
    }
    if (p->pos >= p->len || p->text[p->pos] != ',') {
        if (p->pos >= p->len)
            return fail_at(p, p->len, "unexpected end of input");
        char msg[40];
        snprintf(msg, sizeof(msg), "expected \",\" or \"%c\"", closer);
        return fail_at(p, p->pos, msg);
    }
    uint32_t comma = p->pos++;
    if (!skip_space(p))
        return false;
    if (p->pos < p->len && p->text[p->pos] == closer) {
        if (!p->jsonc)
            return fail_at(p, comma, "trailing comma");
        p->pos++;
        *done = true;
    }
    return true;
}

// Copies a cell list into an exact-sized array (members or items).
static void finish_list(JsonParser *p, JsonValue *out, Cell *head, uint32_t n, bool object) {
    out->len = n;
    if (object)
        out->members = arena_new_array(p->arena, JsonMember, n);
    else
        out->items = arena_new_array(p->arena, JsonValue, n);
    uint32_t i = 0;
    for (Cell *c = head; c; c = c->next, i++) {
        if (object)
            out->members[i] = c->member;
        else
            out->items[i] = c->member.value;
    }
}

// array = '[' [ value { ',' value } [ ',' ] ] ']'   (the last comma in JSONC only)
// object = '{' [ member { ',' member } [ ',' ] ] '}'   member = string ':' value
static bool parse_list(JsonParser *p, JsonValue *out, bool object, uint32_t depth) {
    char closer = object ? '}' : ']';
    out->kind = object ? JSON_OBJECT : JSON_ARRAY;
    p->pos++;
    Cell *head = NULL;
    Cell **tail = &head;
    uint32_t n = 0;
    if (!skip_space(p))
        return false;
    bool done = p->pos < p->len && p->text[p->pos] == closer;
    if (done)
        p->pos++;
    while (!done) {
        Cell *c = arena_new(p->arena, Cell);
        if (object) {
            if (p->pos >= p->len || p->text[p->pos] != '"') {
                if (p->pos < p->len && p->text[p->pos] != '}')
                    return fail_at(p, p->pos, "expected a string key");
                return fail_unexpected(p);
            }
            if (!parse_string(p, &c->member.key) || !skip_space(p))
                return false;
            if (p->pos >= p->len || p->text[p->pos] != ':')
                return p->pos >= p->len ? fail_unexpected(p) : fail_at(p, p->pos, "expected \":\"");
            p->pos++;
            if (!skip_space(p))
                return false;
        }
        if (!parse_value(p, &c->member.value, depth + 1) || !parse_separator(p, closer, &done))
            return false;
        *tail = c;
        tail = &c->next;
        n++;
    }
    finish_list(p, out, head, n, object);
    return true;
}

// value = object | array | string | number | true | false | null. Whitespace before it has
// been skipped.
static bool parse_value(JsonParser *p, JsonValue *out, uint32_t depth) {
    memset(out, 0, sizeof(*out));
    out->offset = p->pos;
    if (depth > JSON_MAX_DEPTH)
        return fail_at(p, p->pos, "nested too deeply");
    if (p->pos >= p->len)
        return fail_unexpected(p);
    char c = p->text[p->pos];
    if (c == '{' || c == '[')
        return parse_list(p, out, c == '{', depth);
    if (c == '"') {
        out->kind = JSON_STRING;
        return parse_string(p, &out->string);
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return parse_number(p, out);
    return parse_word(p, out);
}

bool json_parse(Arena *a, Str text, bool jsonc, JsonValue *out, JsonError *err) {
    if (text.len > UINT32_MAX - 1) {
        err->offset = 0;
        snprintf(err->message, sizeof(err->message), "file too large");
        return false;
    }
    JsonParser p = {
        .arena = a, .text = text.ptr, .len = (uint32_t)text.len, .jsonc = jsonc, .err = err
    };
    // A UTF-8 byte-order mark is allowed before the value, as TypeScript and node allow it.
    if (p.len >= 3 && memcmp(p.text, "\xef\xbb\xbf", 3) == 0)
        p.pos = 3;
    if (!skip_space(&p) || !parse_value(&p, out, 0) || !skip_space(&p))
        return false;
    if (p.pos < p.len)
        return fail_unexpected(&p);
    return true;
}

void json_copy(Arena *a, const JsonValue *src, JsonValue *dst) {
    *dst = *src;
    if (src->kind == JSON_STRING) {
        dst->string = str_dup(a, src->string);
    } else if (src->kind == JSON_ARRAY) {
        dst->items = arena_new_array(a, JsonValue, src->len);
        for (uint32_t i = 0; i < src->len; i++)
            json_copy(a, &src->items[i], &dst->items[i]);
    } else if (src->kind == JSON_OBJECT) {
        dst->members = arena_new_array(a, JsonMember, src->len);
        for (uint32_t i = 0; i < src->len; i++) {
            dst->members[i].key = str_dup(a, src->members[i].key);
            json_copy(a, &src->members[i].value, &dst->members[i].value);
        }
    }
}

const JsonValue *json_get(const JsonValue *v, Str key) {
    if (!v || v->kind != JSON_OBJECT)
        return NULL;
    for (uint32_t i = v->len; i-- > 0;) {
        if (str_eq(v->members[i].key, key))
            return &v->members[i].value;
    }
    return NULL;
}

bool json_get_string(const JsonValue *v, Str key, Str *out) {
    const JsonValue *s = json_get(v, key);
    if (!s || s->kind != JSON_STRING)
        return false;
    *out = s->string;
    return true;
}
