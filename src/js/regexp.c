// regexp: flag and pattern validation (see regexp.h). ECMA-262 §22.2.1 (Patterns) with the
// early errors of §22.2.1.1, §22.2.1.2 (duplicate names allowed in different alternatives,
// ES2025), RegExp modifiers `(?i:…)` (ES2025), the v flag's class set syntax, and Annex B
// §B.1.2 (what engines accept without u or v: `]` and unmatched `{` `}` as characters,
// identity escapes, legacy octal, `\c` fallbacks, quantified lookaheads).
//
// One pass over the pattern after a quick pre-scan that counts capturing groups and notices
// group names (both decide how `\1` and `\k` read). Groups use an explicit stack; classes are
// flat, except v-mode nested classes, which use a second explicit stack.
#include "js/regexp.h"

#include <stdio.h>
#include <string.h>

#include "base/vec.h"
#include "js/unicode.h"

// One enclosing disjunction of a named group: which group and which alternative of it.
typedef struct PathStep {
    uint32_t id;
    uint32_t alt;
} PathStep;

typedef struct NamedGroup {
    Str name;            // decoded (escapes resolved), in the scratch arena
    uint32_t offset;     // of the name, for the duplicate error
    uint32_t path_start; // its enclosing disjunctions: paths[path_start, +path_len)
    uint32_t path_len;
} NamedGroup;

typedef struct NameRef {
    Str name;
    uint32_t offset;
    uint32_t len;
} NameRef;

enum GroupKind { GROUP_ROOT, GROUP_CAPTURE, GROUP_PLAIN, GROUP_LOOKAHEAD, GROUP_LOOKBEHIND };

typedef struct GroupFrame {
    uint32_t open; // offset of the `(`
    uint32_t id;   // unique per group, for name paths
    uint32_t alt;  // index of the current alternative
    uint8_t kind;  // GroupKind
} GroupFrame;

typedef VEC(GroupFrame) GroupVec;
typedef VEC(PathStep) PathVec;
typedef VEC(NamedGroup) NamedGroupVec;
typedef VEC(NameRef) NameRefVec;

// Lives in: the stack of regexp_validate; vectors in the scratch arena.
typedef struct Validator {
    const char *s;
    uint32_t len;
    uint32_t i;           // current offset
    bool unicode;         // u or v: the strict grammar
    bool sets;            // v: class set syntax
    bool has_names;       // the pattern declares a group name (\k is a reference then)
    uint32_t group_count; // capturing groups in the whole pattern
    uint32_t next_id;
    bool low_pending; // non-unicode class: the low half of an astral character is next
    Arena *arena;
    RegExpError *err;
    GroupVec groups;
    PathVec paths;
    NamedGroupVec names;
    NameRefVec refs;
} Validator;

// What a class atom or escape stands for.
typedef enum AtomKind {
    ATOM_CHAR,    // one code point (cp)
    ATOM_SET,     // a class escape such as \d or \p{L}
    ATOM_STRINGS, // a set that may contain strings (\p{RGI_Emoji}, \q{ab}, nested class)
    ATOM_ASSERT,  // \b or \B outside a class
    ATOM_BACKREF, // \1 or \k<name>
} AtomKind;

typedef struct Atom {
    AtomKind kind;
    uint32_t cp;
} Atom;

static bool fail(Validator *v, uint32_t at, uint32_t len, const char *reason) {
    v->err->offset = at;
    v->err->len = len;
    snprintf(v->err->message, sizeof v->err->message, "Invalid regular expression: %s", reason);
    return false;
}

static char peek(const Validator *v, uint32_t k) {
    return v->i + k < v->len ? v->s[v->i + k] : '\0';
}

static bool at_end(const Validator *v) {
    return v->i >= v->len;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static int hex(char c) {
    if (is_digit(c))
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

// The (valid UTF-8) character at the current offset; advances past it.
static uint32_t next_char(Validator *v) {
    uint32_t cp = (uint8_t)v->s[v->i];
    uint32_t n = cp < 0x80 ? 1 : unicode_decode_utf8(v->s + v->i, v->s + v->len, &cp);
    v->i += n ? n : 1;
    return cp;
}

// ---------------------------------------------------------------------------------------------
// Flags

bool regexp_parse_flags(Str text, uint32_t *flags, RegExpError *err) {
    static const char letters[] = "dgimsuyv";
    *flags = 0;
    for (size_t k = 0; k < text.len; k++) {
        const char *at = memchr(letters, text.ptr[k], 8);
        uint32_t bit = at ? 1u << (at - letters) : 0;
        err->offset = (uint32_t)k;
        err->len = 1;
        if (!bit) {
            snprintf(err->message, sizeof err->message, "Invalid regular expression flag \"%c\"",
                     text.ptr[k]);
            return false;
        }
        if (*flags & bit) {
            snprintf(err->message, sizeof err->message,
                     "Duplicate flag \"%c\" in regular expression", text.ptr[k]);
            return false;
        }
        *flags |= bit;
        if ((*flags & REGEXP_UNICODE) && (*flags & REGEXP_UNICODE_SETS)) {
            snprintf(err->message, sizeof err->message,
                     "The \"u\" and \"v\" flags cannot be used together");
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Pre-scan: capturing groups and group names, which change how \1 and \k read (§22.2.1.1)

// Skips a class for the pre-scan; v-mode classes nest.
static uint32_t prescan_class(const Validator *v, uint32_t i) {
    uint32_t depth = 0;
    for (; i < v->len; i++) {
        char c = v->s[i];
        if (c == '\\') {
            i++;
        } else if (c == '[') {
            depth += v->sets || depth == 0;
        } else if (c == ']' && --depth == 0) {
            return i;
        }
    }
    return i;
}

static void prescan(Validator *v) {
    const char *s = v->s;
    for (uint32_t i = 0; i < v->len; i++) {
        if (s[i] == '\\') {
            i++;
        } else if (s[i] == '[') {
            i = prescan_class(v, i);
        } else if (s[i] == '(') {
            if (i + 1 < v->len && s[i + 1] == '?') {
                bool named = i + 2 < v->len && s[i + 2] == '<' && i + 3 < v->len &&
                             s[i + 3] != '=' && s[i + 3] != '!';
                v->group_count += named;
                v->has_names |= named;
            } else {
                v->group_count++;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Names: RegExpIdentifierName (§22.2.1), escapes decoded into the scratch arena

// A \u escape in a group name (both forms, and surrogate pairs); v->i at the backslash.
static bool name_escape(Validator *v, uint32_t *cp) {
    if (peek(v, 1) != 'u')
        return false;
    v->i += 2;
    uint32_t val = 0;
    if (peek(v, 0) == '{') {
        uint32_t digits = 0;
        for (v->i++; hex(peek(v, 0)) >= 0; v->i++, digits++)
            val = MIN(val * 16 + (uint32_t)hex(peek(v, 0)), 0x110000u);
        if (digits == 0 || peek(v, 0) != '}' || val > 0x10ffff)
            return false;
        v->i++;
        *cp = val;
        return true;
    }
    for (int k = 0; k < 4; k++) {
        int h = hex(peek(v, (uint32_t)k));
        if (h < 0)
            return false;
        val = val * 16 + (uint32_t)h;
    }
    v->i += 4;
    if (val >= 0xd800 && val <= 0xdbff && peek(v, 0) == '\\' && peek(v, 1) == 'u') {
        uint32_t save = v->i;
        uint32_t low;
        if (name_escape(v, &low) && low >= 0xdc00 && low <= 0xdfff)
            val = 0x10000 + ((val - 0xd800) << 10) + (low - 0xdc00);
        else
            v->i = save;
    }
    *cp = val;
    return true;
}

// `<` RegExpIdentifierName `>`; v->i at the `<`. The decoded name goes to *name.
static bool read_group_name(Validator *v, Str *name, uint32_t *start) {
    *start = v->i;
    v->i++;
    // A name never decodes longer than its source text.
    char *buf = arena_alloc(v->arena, v->len - v->i + 1);
    size_t n = 0;
    for (;;) {
        if (at_end(v))
            return fail(v, *start, v->i - *start, "invalid capture group name");
        if (peek(v, 0) == '>')
            break;
        uint32_t at = v->i;
        uint32_t cp;
        if (peek(v, 0) == '\\') {
            if (!name_escape(v, &cp))
                return fail(v, at, MAX(v->i, at + 1) - at, "invalid capture group name");
        } else {
            cp = next_char(v);
        }
        bool ok = n == 0 ? unicode_is_id_start(cp) : unicode_is_id_continue(cp);
        if (!ok)
            return fail(v, at, v->i - at, "invalid capture group name");
        n += unicode_encode_wtf8(cp, buf + n);
    }
    if (n == 0)
        return fail(v, *start, v->i + 1 - *start, "invalid capture group name");
    v->i++;
    *name = (Str){ buf, n };
    return true;
}

// Two groups of the same name may coexist only in different alternatives of a common
// disjunction (§22.2.1.1 MightBothParticipate).
static bool might_both_participate(const Validator *v, const NamedGroup *a, const NamedGroup *b) {
    uint32_t n = MIN(a->path_len, b->path_len);
    for (uint32_t k = 0; k < n; k++) {
        PathStep x = v->paths.items[a->path_start + k];
        PathStep y = v->paths.items[b->path_start + k];
        if (x.id != y.id)
            return true;
        if (x.alt != y.alt)
            return false;
    }
    return true;
}

static bool declare_name(Validator *v, Str name, uint32_t offset, uint32_t len) {
    NamedGroup g = { name, offset, v->paths.len, v->groups.len };
    for (uint32_t k = 0; k < v->groups.len; k++)
        vec_push(v->arena, &v->paths,
                 ((PathStep){ v->groups.items[k].id, v->groups.items[k].alt }));
    for (uint32_t k = 0; k < v->names.len; k++) {
        const NamedGroup *old = &v->names.items[k];
        if (str_eq(old->name, name) && might_both_participate(v, old, &g))
            return fail(v, offset, len, "duplicate capture group name");
    }
    vec_push(v->arena, &v->names, g);
    return true;
}

static bool check_references(Validator *v) {
    for (uint32_t k = 0; k < v->refs.len; k++) {
        const NameRef *r = &v->refs.items[k];
        bool found = false;
        for (uint32_t j = 0; j < v->names.len && !found; j++)
            found = str_eq(v->names.items[j].name, r->name);
        if (!found)
            return fail(v, r->offset, r->len, "invalid named capture referenced");
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Escapes (§22.2.1 AtomEscape, ClassEscape, CharacterEscape)

// \p{Name}, \p{Name=Value}; v->i after the `p` or `P`. Sets *strings for properties of strings.
static bool property_escape(Validator *v, bool negated, bool *strings) {
    uint32_t start = v->i - 2;
    if (peek(v, 0) != '{')
        return fail(v, start, 2, "invalid property name");
    v->i++;
    uint32_t name_start = v->i;
    uint32_t eq = 0;
    for (;;) {
        char c = peek(v, 0);
        if (c == '}')
            break;
        if (c == '=' && !eq) {
            eq = v->i;
        } else if (!(is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_')) {
            return fail(v, start, v->i - start, "invalid property name");
        }
        v->i++;
    }
    Str name = { v->s + name_start, (eq ? eq : v->i) - name_start };
    Str value = eq ? (Str){ v->s + eq + 1, v->i - eq - 1 } : (Str){ NULL, 0 };
    v->i++;
    *strings = false;
    bool ok;
    if (eq) {
        ok = unicode_is_value_property(name) &&
             (unicode_is_gc_property(name) ? unicode_is_gc_value(value)
                                           : unicode_is_script_value(value));
    } else {
        ok = unicode_is_lone_property(name);
        if (!ok && v->sets && unicode_is_string_property(name)) {
            ok = true;
            *strings = true;
            if (negated)
                return fail(v, start, v->i - start, "invalid property name");
        }
    }
    return ok ? true : fail(v, start, v->i - start, "invalid property name");
}

// \u escape value; v->i after the `u`. In unicode mode \u{…} and surrogate pairs join.
static bool unicode_escape(Validator *v, uint32_t *cp) {
    if (v->unicode && peek(v, 0) == '{') {
        uint32_t val = 0;
        uint32_t digits = 0;
        for (v->i++; hex(peek(v, 0)) >= 0; v->i++, digits++)
            val = MIN(val * 16 + (uint32_t)hex(peek(v, 0)), 0x110000u);
        if (digits == 0 || peek(v, 0) != '}' || val > 0x10ffff)
            return false;
        v->i++;
        *cp = val;
        return true;
    }
    uint32_t val = 0;
    for (uint32_t k = 0; k < 4; k++) {
        int h = hex(peek(v, k));
        if (h < 0)
            return false;
        val = val * 16 + (uint32_t)h;
    }
    v->i += 4;
    if (v->unicode && val >= 0xd800 && val <= 0xdbff && peek(v, 0) == '\\' && peek(v, 1) == 'u') {
        uint32_t low = 0;
        bool four = true;
        for (uint32_t k = 2; k < 6; k++) {
            int h = hex(peek(v, k));
            four &= h >= 0;
            low = low * 16 + (uint32_t)(h < 0 ? 0 : h);
        }
        if (four && low >= 0xdc00 && low <= 0xdfff) {
            val = 0x10000 + ((val - 0xd800) << 10) + (low - 0xdc00);
            v->i += 6;
        }
    }
    *cp = val;
    return true;
}

// Legacy octal escape (Annex B): up to three octal digits, value <= 0377; v->i at the digit.
static uint32_t legacy_octal(Validator *v) {
    uint32_t val = (uint32_t)(peek(v, 0) - '0');
    uint32_t max = val <= 3 ? 3 : 2;
    v->i++;
    for (uint32_t k = 1; k < max && peek(v, 0) >= '0' && peek(v, 0) <= '7'; k++, v->i++)
        val = val * 8 + (uint32_t)(peek(v, 0) - '0');
    return val;
}

// \1…: a back reference, or in Annex B mode above the group count a legacy octal escape or
// the digit itself (\8). v->i at the first digit.
static bool decimal_escape(Validator *v, bool in_class, Atom *out) {
    uint32_t start = v->i - 1;
    uint32_t save = v->i;
    uint64_t n = 0;
    while (is_digit(peek(v, 0))) {
        n = MIN(n * 10 + (uint64_t)(peek(v, 0) - '0'), UINT32_MAX);
        v->i++;
    }
    if (!in_class && n <= v->group_count) {
        out->kind = ATOM_BACKREF;
        return true;
    }
    if (v->unicode)
        return fail(v, start, v->i - start, in_class ? "invalid class escape" : "invalid escape");
    v->i = save;
    out->kind = ATOM_CHAR;
    out->cp = peek(v, 0) <= '7' ? legacy_octal(v) : (uint32_t)(uint8_t)v->s[v->i++];
    return true;
}

// \k<name>; v->i after the `k`.
static bool named_reference(Validator *v, Atom *out) {
    uint32_t start = v->i - 2;
    Str name;
    uint32_t name_start;
    if (peek(v, 0) != '<' || !read_group_name(v, &name, &name_start))
        return fail(v, start, MAX(v->i, start + 2) - start, "invalid named reference");
    vec_push(v->arena, &v->refs, ((NameRef){ name, start, v->i - start }));
    out->kind = ATOM_BACKREF;
    return true;
}

// \c escapes; v->i after the `c`.
static bool control_escape(Validator *v, bool in_class, Atom *out) {
    char c = peek(v, 0);
    bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    // Annex B ClassControlLetter: digits and _ too, inside classes.
    if (letter || (!v->unicode && in_class && (is_digit(c) || c == '_'))) {
        out->cp = (uint32_t)c % 32;
        v->i++;
        return true;
    }
    if (v->unicode)
        return fail(v, v->i - 2, 2, "invalid unicode escape");
    // Annex B: the backslash stands for itself and `c` is read next as a character.
    v->i--;
    out->cp = '\\';
    return true;
}

// Characters that may be escaped in unicode mode: SyntaxCharacter and `/`; in v-mode classes
// also ClassSetReservedPunctuator.
static bool is_unicode_identity(const Validator *v, char c, bool in_class) {
    if (c && strchr("^$\\.*+?()[]{}|/", c))
        return true;
    return in_class && v->sets && c && strchr("&-!#%,:;<=>@`~", c);
}

// A backslash escape; v->i at the backslash. Fills *out; false on an error.
static bool read_escape(Validator *v, bool in_class, Atom *out) {
    uint32_t start = v->i;
    if (v->i + 1 >= v->len)
        return fail(v, start, 1, "\\ at end of pattern");
    v->i += 2;
    char c = v->s[start + 1];
    out->kind = ATOM_CHAR;
    out->cp = (uint8_t)c;
    switch (c) {
    case 'b':
        out->kind = in_class ? ATOM_CHAR : ATOM_ASSERT;
        out->cp = '\b';
        return true;
    case 'B':
        if (!in_class) {
            out->kind = ATOM_ASSERT;
            return true;
        }
        return v->unicode ? fail(v, start, 2, "invalid class escape") : true;
    case 'd':
    case 'D':
    case 's':
    case 'S':
    case 'w':
    case 'W':
        out->kind = ATOM_SET;
        return true;
    case 'p':
    case 'P': {
        if (!v->unicode)
            return true;
        bool strings;
        if (!property_escape(v, c == 'P', &strings))
            return false;
        out->kind = strings ? ATOM_STRINGS : ATOM_SET;
        return true;
    }
    case 'k':
        if (!v->unicode && !v->has_names)
            return true;
        return in_class ? fail(v, start, 2, "invalid escape") : named_reference(v, out);
    case '0':
        if (!is_digit(peek(v, 0))) {
            out->cp = 0;
            return true;
        }
        if (v->unicode)
            return fail(v, start, 3, in_class ? "invalid class escape" : "invalid decimal escape");
        v->i--;
        out->cp = legacy_octal(v);
        return true;
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
        // ControlEscape
        out->cp = (uint8_t) "\f\n\r\t\v"[strchr("fnrtv", c) - "fnrtv"];
        return true;
    case 'c':
        return control_escape(v, in_class, out);
    case 'x': {
        int hi = hex(peek(v, 0));
        int lo = hi < 0 ? -1 : hex(peek(v, 1));
        if (lo >= 0) {
            out->cp = (uint32_t)(hi * 16 + lo);
            v->i += 2;
            return true;
        }
        return v->unicode ? fail(v, start, 2, "invalid escape") : true;
    }
    case 'u':
        if (unicode_escape(v, &out->cp))
            return true;
        if (v->unicode)
            return fail(v, start, MAX(v->i, start + 2) - start, "invalid Unicode escape");
        out->cp = 'u';
        return true;
    case '-':
        return v->unicode && !in_class ? fail(v, start, 2, "invalid escape") : true;
    default:
        if (is_digit(c)) {
            v->i--;
            return decimal_escape(v, in_class, out);
        }
        if (v->unicode && !is_unicode_identity(v, c, in_class))
            return fail(v, start, 2, in_class ? "invalid class escape" : "invalid escape");
        v->i--;
        out->cp = next_char(v);
        return true;
    }
}

// ---------------------------------------------------------------------------------------------
// Character classes without the v flag (ClassContents[~UnicodeSetsMode])

// One ClassAtom; without u an astral character is two code units, returned one at a time.
static bool class_atom(Validator *v, Atom *out) {
    if (peek(v, 0) == '\\')
        return read_escape(v, true, out);
    out->kind = ATOM_CHAR;
    uint32_t save = v->i;
    uint32_t cp = next_char(v);
    if (!v->unicode && cp > 0xffff) {
        if (!v->low_pending) {
            v->low_pending = true;
            v->i = save;
            cp = 0xd800 + ((cp - 0x10000) >> 10);
        } else {
            v->low_pending = false;
            cp = 0xdc00 + ((cp - 0x10000) & 0x3ff);
        }
    }
    out->cp = cp;
    return true;
}

// `[` `^`? ClassContents `]`; v->i at the `[`.
static bool class_ranges(Validator *v) {
    uint32_t open = v->i++;
    if (peek(v, 0) == '^')
        v->i++;
    for (;;) {
        if (at_end(v))
            return fail(v, open, v->i - open, "unterminated character class");
        if (peek(v, 0) == ']' && !v->low_pending) {
            v->i++;
            return true;
        }
        uint32_t from_at = v->i;
        Atom from;
        if (!class_atom(v, &from))
            return false;
        if (peek(v, 0) != '-' || v->low_pending || v->i + 1 >= v->len || peek(v, 1) == ']')
            continue;
        v->i++;
        Atom to;
        if (!class_atom(v, &to))
            return false;
        if (from.kind != ATOM_CHAR || to.kind != ATOM_CHAR) {
            if (v->unicode)
                return fail(v, from_at, v->i - from_at, "invalid character class");
            continue;
        }
        if (from.cp > to.cp)
            return fail(v, from_at, v->i - from_at, "range out of order in character class");
    }
}

// ---------------------------------------------------------------------------------------------
// Character classes with the v flag (ClassSetExpression, §22.2.1 ES2024)

enum SetOp { SET_NONE, SET_UNION, SET_INTERSECTION, SET_SUBTRACTION };

// One `[…]` being read. Lives in: the scratch arena (v-mode nesting stack).
typedef struct ClassFrame {
    uint32_t open;     // offset of the `[`
    bool negated;      // `[^…]`
    uint8_t op;        // SetOp
    bool want_operand; // after && or --
    uint32_t operands;
    bool any_strings;   // some operand may contain strings
    bool all_strings;   // every operand may
    bool first_strings; // the first operand may
} ClassFrame;

typedef VEC(ClassFrame) ClassVec;

static bool is_double_punct(char c) {
    return c && strchr("&!#$%*+,.:;<=>?@^`~", c);
}

static bool add_operand(Validator *v, ClassFrame *f, uint32_t at, bool strings) {
    if (f->op != SET_NONE && f->op != SET_UNION && !f->want_operand)
        return fail(v, at, 1, "invalid set operation in character class");
    if (f->op == SET_NONE && f->operands > 0)
        f->op = SET_UNION;
    f->first_strings |= f->operands == 0 && strings;
    f->any_strings |= strings;
    f->all_strings &= strings;
    f->operands++;
    f->want_operand = false;
    return true;
}

// && or -- at v->i.
static bool set_operator(Validator *v, ClassFrame *f, uint8_t op) {
    uint32_t at = v->i;
    v->i += 2;
    if (f->operands == 0 || f->want_operand || (f->op != SET_NONE && f->op != op) ||
        (op == SET_INTERSECTION && peek(v, 0) == '&'))
        return fail(v, at, 2, "invalid set operation in character class");
    f->op = op;
    f->want_operand = true;
    return true;
}

// Whether a frame's contents may contain strings (§22.2.1.6 MayContainStrings).
static bool frame_strings(const ClassFrame *f) {
    switch (f->op) {
    case SET_INTERSECTION:
        return f->all_strings;
    case SET_SUBTRACTION:
        return f->first_strings;
    default:
        return f->any_strings;
    }
}

// \q{a|bc}; v->i after the `q`. Any alternative not exactly one character makes strings.
static bool string_disjunction(Validator *v, bool *strings) {
    uint32_t start = v->i - 2;
    if (peek(v, 0) != '{')
        return fail(v, start, 2, "invalid escape");
    v->i++;
    uint32_t count = 0;
    *strings = false;
    for (;;) {
        if (at_end(v))
            return fail(v, start, v->i - start, "unterminated character class");
        char c = peek(v, 0);
        if (c == '}' || c == '|') {
            *strings |= count != 1;
            count = 0;
            v->i++;
            if (c == '}')
                return true;
            continue;
        }
        if (c == '\\') {
            Atom a;
            if (!read_escape(v, true, &a))
                return false;
            if (a.kind != ATOM_CHAR)
                return fail(v, start, v->i - start, "invalid escape");
        } else if (is_double_punct(c) && peek(v, 1) == c) {
            return fail(v, v->i, 2, "invalid set operation in character class");
        } else if (strchr("()[]{}/-|", c)) {
            return fail(v, v->i, 1, "invalid character in character class");
        } else {
            next_char(v);
        }
        count++;
    }
}

// A ClassSetCharacter (or other operand starting with a backslash) at v->i.
static bool set_character(Validator *v, Atom *out) {
    char c = peek(v, 0);
    if (c == '\\') {
        if (peek(v, 1) == 'q') {
            bool strings;
            v->i += 2;
            if (!string_disjunction(v, &strings))
                return false;
            out->kind = strings ? ATOM_STRINGS : ATOM_SET;
            return true;
        }
        return read_escape(v, true, out);
    }
    if (is_double_punct(c) && peek(v, 1) == c)
        return fail(v, v->i, 2, "invalid set operation in character class");
    if (strchr("()[]{}/-|", c))
        return fail(v, v->i, 1, "invalid character in character class");
    out->kind = ATOM_CHAR;
    out->cp = next_char(v);
    return true;
}

// An operand, possibly the start of a range a-b (only in unions).
static bool set_operand(Validator *v, ClassFrame *f) {
    uint32_t at = v->i;
    Atom a;
    if (!set_character(v, &a))
        return false;
    if (a.kind == ATOM_CHAR && peek(v, 0) == '-' && peek(v, 1) != '-') {
        v->i++;
        Atom b;
        if (!set_character(v, &b))
            return false;
        if (b.kind != ATOM_CHAR)
            return fail(v, at, v->i - at, "invalid character class");
        if (a.cp > b.cp)
            return fail(v, at, v->i - at, "range out of order in character class");
        if (f->op != SET_NONE && f->op != SET_UNION)
            return fail(v, at, v->i - at, "invalid set operation in character class");
        f->op = SET_UNION; // a range is no ClassSetOperand: no && or -- with it
    }
    return add_operand(v, f, at, a.kind == ATOM_STRINGS);
}

static ClassFrame new_frame(Validator *v) {
    ClassFrame f = { .open = v->i, .all_strings = true };
    v->i++;
    if (peek(v, 0) == '^') {
        f.negated = true;
        v->i++;
    }
    return f;
}

// `]`: closes the innermost class; false on an error. Sets *done at the outermost.
static bool close_frame(Validator *v, ClassVec *stack, bool *done) {
    ClassFrame f = vec_pop(stack);
    if (f.want_operand)
        return fail(v, v->i, 1, "invalid set operation in character class");
    bool strings = frame_strings(&f);
    v->i++;
    if (f.negated && strings)
        return fail(v, f.open, v->i - f.open, "negated character class may contain strings");
    if (stack->len == 0) {
        *done = true;
        return true;
    }
    return add_operand(v, &vec_last(stack), f.open, strings);
}

// A v-mode class with nesting; v->i at the outer `[`.
static bool class_set(Validator *v) {
    ClassVec stack = { 0 };
    vec_push(v->arena, &stack, new_frame(v));
    bool done = false;
    while (!done) {
        ClassFrame *f = &vec_last(&stack);
        char c = peek(v, 0);
        bool ok;
        if (at_end(v))
            return fail(v, stack.items[0].open, v->i - stack.items[0].open,
                        "unterminated character class");
        if (c == ']') {
            ok = close_frame(v, &stack, &done);
        } else if (c == '[') {
            ok = true;
            vec_push(v->arena, &stack, new_frame(v));
        } else if (c == '&' && peek(v, 1) == '&') {
            ok = set_operator(v, f, SET_INTERSECTION);
        } else if (c == '-' && peek(v, 1) == '-') {
            ok = set_operator(v, f, SET_SUBTRACTION);
        } else {
            ok = set_operand(v, f);
        }
        if (!ok)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Groups and quantifiers

// (?ims-ims: — RegExp modifiers (ES2025); v->i after the `?`.
static bool modifiers(Validator *v, uint32_t open) {
    uint32_t seen = 0;
    bool minus = false;
    uint32_t added = 0;
    uint32_t removed = 0;
    for (;;) {
        char c = peek(v, 0);
        if (c == ':')
            break;
        uint32_t bit = c == 'i' ? 1 : c == 'm' ? 2 : c == 's' ? 4 : 0;
        if (c == '-' && !minus) {
            minus = true;
        } else if (!bit) {
            return fail(v, open, v->i + 1 - open, "invalid group");
        } else if (seen & bit) {
            return fail(v, v->i, 1, "repeated flag in modifiers");
        } else {
            seen |= bit;
            *(minus ? &removed : &added) |= bit;
        }
        v->i++;
    }
    v->i++;
    if (minus && added == 0 && removed == 0)
        return fail(v, open, v->i - open, "invalid group");
    return true;
}

// `(` and what follows it; pushes the group frame.
static bool open_group(Validator *v) {
    uint32_t open = v->i++;
    GroupFrame g = { open, ++v->next_id, 0, GROUP_CAPTURE };
    if (peek(v, 0) == '?') {
        v->i++;
        char c = peek(v, 0);
        char d = peek(v, 1);
        if (c == ':') {
            g.kind = GROUP_PLAIN;
            v->i++;
        } else if (c == '=' || c == '!') {
            g.kind = GROUP_LOOKAHEAD;
            v->i++;
        } else if (c == '<' && (d == '=' || d == '!')) {
            g.kind = GROUP_LOOKBEHIND;
            v->i += 2;
        } else if (c == '<') {
            Str name;
            uint32_t name_start;
            if (!read_group_name(v, &name, &name_start) ||
                !declare_name(v, name, name_start, v->i - name_start))
                return false;
        } else {
            g.kind = GROUP_PLAIN;
            if (!modifiers(v, open))
                return false;
        }
    }
    vec_push(v->arena, &v->groups, g);
    return true;
}

// {n}, {n,}, {n,m} at v->i; false (nothing consumed) when it is no quantifier.
static bool braced_quantifier(Validator *v, uint32_t *end, bool *ordered) {
    uint32_t i = v->i + 1;
    uint64_t lo = 0;
    uint64_t hi = 0;
    uint32_t digits = 0;
    for (; i < v->len && is_digit(v->s[i]); i++, digits++)
        lo = MIN(lo * 10 + (uint64_t)(v->s[i] - '0'), UINT64_C(1) << 53);
    if (digits == 0)
        return false;
    hi = lo;
    if (i < v->len && v->s[i] == ',') {
        hi = UINT64_MAX;
        uint32_t hd = 0;
        for (i++; i < v->len && is_digit(v->s[i]); i++, hd++)
            hi = MIN((hd ? hi : 0) * 10 + (uint64_t)(v->s[i] - '0'), UINT64_C(1) << 53);
    }
    if (i >= v->len || v->s[i] != '}')
        return false;
    *end = i + 1;
    *ordered = lo <= hi;
    return true;
}

// A quantifier at v->i, if any: applies to the last term when it can take one.
static bool quantifier(Validator *v, bool *can_quantify) {
    uint32_t start = v->i;
    char c = peek(v, 0);
    uint32_t end = start + 1;
    if (c == '{') {
        bool ordered;
        if (!braced_quantifier(v, &end, &ordered)) {
            if (v->unicode)
                return fail(v, start, 1, "incomplete quantifier");
            return true; // Annex B: a literal `{`
        }
        if (*can_quantify && !ordered)
            return fail(v, start, end - start, "numbers out of order in {} quantifier");
    } else if (c != '*' && c != '+' && c != '?') {
        return true;
    }
    if (!*can_quantify)
        return fail(v, start, end - start, "nothing to repeat");
    v->i = end;
    if (peek(v, 0) == '?')
        v->i++;
    *can_quantify = false;
    return true;
}

// `)`: closes the innermost group.
static bool close_group(Validator *v, bool *can_quantify) {
    if (v->groups.len == 1)
        return fail(v, v->i, 1, "unmatched ')'");
    GroupFrame g = vec_pop(&v->groups);
    v->i++;
    *can_quantify = g.kind == GROUP_CAPTURE || g.kind == GROUP_PLAIN ||
                    (g.kind == GROUP_LOOKAHEAD && !v->unicode);
    return true;
}

// Term :: Assertion | Atom Quantifier? — here the Assertion or Atom at v->i (and the `|` that
// separates Alternatives); sets whether a Quantifier may follow, which the caller reads.
static bool term(Validator *v, bool *can_quantify) {
    char c = peek(v, 0);
    *can_quantify = true;
    switch (c) {
    case '|':
        vec_last(&v->groups).alt++;
        v->i++;
        *can_quantify = false;
        return true;
    case '(':
        *can_quantify = false;
        return open_group(v);
    case ')':
        return close_group(v, can_quantify);
    case '^':
    case '$':
        v->i++;
        *can_quantify = false;
        return true;
    case '[':
        return v->sets ? class_set(v) : class_ranges(v);
    case '\\': {
        Atom a;
        if (!read_escape(v, false, &a))
            return false;
        *can_quantify = a.kind != ATOM_ASSERT;
        return true;
    }
    case '*':
    case '+':
    case '?':
        return fail(v, v->i, 1, "nothing to repeat");
    case '{': {
        uint32_t end;
        bool ordered;
        if (braced_quantifier(v, &end, &ordered))
            return fail(v, v->i, end - v->i, "nothing to repeat");
        if (v->unicode)
            return fail(v, v->i, 1, "lone quantifier brackets");
        v->i++; // Annex B: a `{` that starts no quantifier is a character
        return true;
    }
    case ']':
    case '}':
        if (v->unicode)
            return fail(v, v->i, 1, "lone quantifier brackets");
        v->i++;
        return true;
    default:
        next_char(v);
        return true;
    }
}

bool regexp_validate(Str pattern, uint32_t flags, Arena *scratch, RegExpError *err) {
    Validator v = {
        .s = pattern.ptr,
        .len = (uint32_t)pattern.len,
        .unicode = (flags & (REGEXP_UNICODE | REGEXP_UNICODE_SETS)) != 0,
        .sets = (flags & REGEXP_UNICODE_SETS) != 0,
        .arena = scratch,
        .err = err,
    };
    ArenaMark mark = arena_mark(scratch);
    prescan(&v);
    vec_push(scratch, &v.groups, ((GroupFrame){ 0, 0, 0, GROUP_ROOT }));
    bool ok = true;
    while (ok && !at_end(&v)) {
        bool can_quantify;
        ok = term(&v, &can_quantify);
        if (ok && can_quantify && !at_end(&v))
            ok = quantifier(&v, &can_quantify);
    }
    if (ok && v.groups.len > 1)
        ok = fail(&v, vec_last(&v.groups).open, 1, "unterminated group");
    if (ok)
        ok = check_references(&v);
    arena_rewind(scratch, mark);
    return ok;
}
