// options: command-line parsing (see options.h).
//
// Flags are described by one table: each entry names the flag, its shape (switch, value,
// choice, number, list, map) and the Options field it writes, found by offsetof. esbuild's
// conventions: values follow `=` (`--outfile=out.js`, never `--outfile out.js`), maps and
// lists use `:` (`--define:DEBUG=false`, `--external:react`).
#include "cli/options.h"

#include <stddef.h>
#include <string.h>

#include "js/token.h"

typedef enum FlagKind {
    FLAG_SWITCH, // bool field set to true; takes no value
    FLAG_MINIFY, // --minify: the three minify switches at once
    FLAG_STR,    // Str field; value required
    FLAG_CHOICE, // enum field (stored as int) from `choices`; value may be optional
    FLAG_UINT,   // uint32_t field in [lo, hi]
    FLAG_LIST,   // StrVec field from `--flag:item`
    FLAG_MAP,    // KeyValueVec field from `--flag:key=value`
    FLAG_CSV,    // StrList field from `--flag=a,b` (empty items dropped; `--flag=` sets none)
    FLAG_DROP,   // --drop:console / --drop:debugger
} FlagKind;

typedef struct Flag {
    const char *name; // without the leading "--"
    FlagKind kind;
    size_t offset;              // of the field in Options
    const char *const *choices; // FLAG_CHOICE: names in enum order, NULL-terminated
    int default_choice;         // FLAG_CHOICE: value when given bare, or -1 if required
    uint32_t lo, hi;            // FLAG_UINT bounds
} Flag;

static const char *const format_names[] = { "", "esm", "cjs", "iife", NULL };
static const char *const platform_names[] = { "browser", "node", "neutral", NULL };
static const char *const sourcemap_names[] = { "", "linked", "external", "inline", NULL };
static const char *const sources_content_names[] = { "true", "false", NULL };
static const char *const mem_report_names[] = { "", "text", "json", NULL };
static const char *const source_type_names[] = { "", "module", "script", NULL };
static const char *const legal_comments_names[] = { "", "none", "inline", "eof", NULL };
static const char *const jsx_names[] = { "", "transform", "preserve", "automatic", NULL };
static const char *const packages_names[] = { "bundle", "external", NULL };
static const char *const log_level_names[] = { "verbose", "debug",  "info", "warning",
                                               "error",   "silent", NULL };

#define FIELD(f) offsetof(Options, f)

static const Flag flag_table[] = {
    { "bundle", FLAG_SWITCH, FIELD(bundle), NULL, 0, 0, 0 },
    { "splitting", FLAG_SWITCH, FIELD(splitting), NULL, 0, 0, 0 },
    { "minify", FLAG_MINIFY, 0, NULL, 0, 0, 0 },
    { "minify-whitespace", FLAG_SWITCH, FIELD(minify_whitespace), NULL, 0, 0, 0 },
    { "minify-identifiers", FLAG_SWITCH, FIELD(minify_identifiers), NULL, 0, 0, 0 },
    { "minify-syntax", FLAG_SWITCH, FIELD(minify_syntax), NULL, 0, 0, 0 },
    { "keep-names", FLAG_SWITCH, FIELD(keep_names), NULL, 0, 0, 0 },
    { "drop", FLAG_DROP, 0, NULL, 0, 0, 0 },
    { "pure", FLAG_LIST, FIELD(pure), NULL, 0, 0, 0 },
    { "mangle-props", FLAG_STR, FIELD(mangle_props), NULL, 0, 0, 0 },
    { "reserve-props", FLAG_STR, FIELD(reserve_props), NULL, 0, 0, 0 },
    { "legal-comments", FLAG_CHOICE, FIELD(legal_comments), legal_comments_names, -1, 0, 0 },
    { "format", FLAG_CHOICE, FIELD(format), format_names, -1, 0, 0 },
    { "platform", FLAG_CHOICE, FIELD(platform), platform_names, -1, 0, 0 },
    { "sourcemap", FLAG_CHOICE, FIELD(sourcemap), sourcemap_names, SOURCEMAP_LINKED, 0, 0 },
    { "sources-content", FLAG_CHOICE, FIELD(sources_content), sources_content_names, -1, 0, 0 },
    { "source-root", FLAG_STR, FIELD(source_root), NULL, 0, 0, 0 },
    { "outfile", FLAG_STR, FIELD(outfile), NULL, 0, 0, 0 },
    { "outdir", FLAG_STR, FIELD(outdir), NULL, 0, 0, 0 },
    { "metafile", FLAG_STR, FIELD(metafile), NULL, 0, 0, 0 },
    { "tsconfig", FLAG_STR, FIELD(tsconfig), NULL, 0, 0, 0 },
    { "global-name", FLAG_STR, FIELD(global_name), NULL, 0, 0, 0 },
    { "target", FLAG_STR, FIELD(target), NULL, 0, 0, 0 },
    { "source-type", FLAG_CHOICE, FIELD(source_type), source_type_names, -1, 0, 0 },
    { "jsx", FLAG_CHOICE, FIELD(jsx), jsx_names, -1, 0, 0 },
    { "define", FLAG_MAP, FIELD(defines), NULL, 0, 0, 0 },
    { "banner", FLAG_MAP, FIELD(banners), NULL, 0, 0, 0 },
    { "footer", FLAG_MAP, FIELD(footers), NULL, 0, 0, 0 },
    { "external", FLAG_LIST, FIELD(externals), NULL, 0, 0, 0 },
    { "alias", FLAG_MAP, FIELD(aliases), NULL, 0, 0, 0 },
    { "packages", FLAG_CHOICE, FIELD(packages), packages_names, -1, 0, 0 },
    { "conditions", FLAG_CSV, FIELD(conditions), NULL, 0, 0, 0 },
    { "resolve-extensions", FLAG_CSV, FIELD(resolve_extensions), NULL, 0, 0, 0 },
    { "main-fields", FLAG_CSV, FIELD(main_fields), NULL, 0, 0, 0 },
    { "preserve-symlinks", FLAG_SWITCH, FIELD(preserve_symlinks), NULL, 0, 0, 0 },
    { "threads", FLAG_UINT, FIELD(threads), NULL, 0, 1, 256 },
    { "log-level", FLAG_CHOICE, FIELD(log_level), log_level_names, -1, 0, 0 },
    { "mem-report", FLAG_CHOICE, FIELD(mem_report), mem_report_names, MEM_REPORT_TEXT, 0, 0 },
    { "mem-report-file", FLAG_STR, FIELD(mem_report_file), NULL, 0, 0, 0 },
    { "help", FLAG_SWITCH, FIELD(help), NULL, 0, 0, 0 },
    { "version", FLAG_SWITCH, FIELD(version), NULL, 0, 0, 0 },
};

// One argument split as `--name[:key][=value]`.
typedef struct FlagArg {
    Str text;       // the whole argument, for messages
    Str name;       // between "--" and the first ':' or '='
    bool has_key;   // a ':' followed the name
    Str key;        // after ':' up to '=' (or the end)
    bool has_value; // an '=' was present
    Str value;      // after '='
} FlagArg;

static FlagArg split_flag(const char *arg) {
    FlagArg f = { .text = str_from_cstr(arg) };
    Str rest = str_slice(f.text, 2, f.text.len);
    size_t i = 0;
    while (i < rest.len && rest.ptr[i] != '=' && rest.ptr[i] != ':')
        i++;
    f.name = str_slice(rest, 0, i);
    if (i < rest.len && rest.ptr[i] == ':') {
        size_t k = ++i;
        while (i < rest.len && rest.ptr[i] != '=')
            i++;
        f.has_key = true;
        f.key = str_slice(rest, k, i);
    }
    if (i < rest.len) {
        f.has_value = true;
        f.value = str_slice(rest, i + 1, rest.len);
    }
    return f;
}

static const Flag *find_flag(Str name) {
    for (size_t i = 0; i < countof(flag_table); i++) {
        if (str_eq_cstr(name, flag_table[i].name))
            return &flag_table[i];
    }
    return NULL;
}

static void choices_text(StrBuf *out, const char *const *choices) {
    uint32_t n = 0;
    for (uint32_t i = 0; choices[i]; i++)
        n += choices[i][0] != '\0';
    uint32_t seen = 0;
    for (uint32_t i = 0; choices[i]; i++) {
        if (choices[i][0] == '\0')
            continue;
        if (seen > 0)
            strbuf_append_cstr(out, seen + 1 == n ? " or " : ", ");
        strbuf_append_cstr(out, choices[i]);
        seen++;
    }
}

static bool bad_value(StrBuf *error, const Flag *flag, Str value) {
    strbuf_printf(error, "invalid value \"%.*s\" for --%s (expected ", STR_FMT(value), flag->name);
    if (flag->kind == FLAG_CHOICE)
        choices_text(error, flag->choices);
    else
        strbuf_printf(error, "a number from %u to %u", flag->lo, flag->hi);
    strbuf_append_char(error, ')');
    return false;
}

static bool set_choice(Options *o, const Flag *flag, const FlagArg *f, StrBuf *error) {
    int *field = (int *)((char *)o + flag->offset);
    if (!f->has_value) {
        if (flag->default_choice < 0) {
            strbuf_printf(error, "missing value for --%s", flag->name);
            return false;
        }
        *field = flag->default_choice;
        return true;
    }
    for (int i = 0; flag->choices[i]; i++) {
        if (flag->choices[i][0] != '\0' && str_eq_cstr(f->value, flag->choices[i])) {
            *field = i;
            return true;
        }
    }
    return bad_value(error, flag, f->value);
}

static bool set_uint(Options *o, const Flag *flag, const FlagArg *f, StrBuf *error) {
    uint64_t v = 0;
    if (!str_parse_u64(f->value, &v) || v < flag->lo || v > flag->hi)
        return bad_value(error, flag, f->value);
    *(uint32_t *)((char *)o + flag->offset) = (uint32_t)v;
    return true;
}

// Lists take `--external:PKG`; maps take `--define:KEY=VALUE`.
static bool add_entry(Options *o, Arena *a, const Flag *flag, const FlagArg *f, StrBuf *error) {
    if (!f->has_key || f->key.len == 0) {
        strbuf_printf(error, "missing key for --%s (use --%s:%s)", flag->name, flag->name,
                      flag->kind == FLAG_LIST ? "NAME" : "KEY=VALUE");
        return false;
    }
    if (flag->kind == FLAG_LIST) {
        if (f->has_value) {
            strbuf_printf(error, "unexpected \"=\" in \"%.*s\"", STR_FMT(f->text));
            return false;
        }
        vec_push(a, (StrVec *)((char *)o + flag->offset), f->key);
        return true;
    }
    if (!f->has_value) {
        strbuf_printf(error, "missing value for --%s:%.*s (use --%s:%.*s=VALUE)", flag->name,
                      STR_FMT(f->key), flag->name, STR_FMT(f->key));
        return false;
    }
    KeyValue kv = { f->key, f->value };
    vec_push(a, (KeyValueVec *)((char *)o + flag->offset), kv);
    return true;
}

// `--flag=a,b,c` replaces the list (a later flag wins, as in esbuild).
static bool set_csv(Options *o, Arena *a, const Flag *flag, const FlagArg *f, StrBuf *error) {
    if (!f->has_value) {
        strbuf_printf(error, "missing value for --%s (use --%s=A,B)", flag->name, flag->name);
        return false;
    }
    StrList *list = (StrList *)((char *)o + flag->offset);
    *list = (StrList){ .set = true };
    for (size_t start = 0; start <= f->value.len;) {
        size_t comma = str_find_char(f->value, ',', start);
        size_t end = comma == SIZE_MAX ? f->value.len : comma;
        if (end > start)
            vec_push(a, &list->items, str_slice(f->value, start, end));
        start = end + 1;
    }
    return true;
}

// `--drop:console` or `--drop:debugger`.
static bool set_drop(Options *o, const FlagArg *f, StrBuf *error) {
    if (f->has_key && !f->has_value && str_eq_cstr(f->key, "console")) {
        o->drop_console = true;
        return true;
    }
    if (f->has_key && !f->has_value && str_eq_cstr(f->key, "debugger")) {
        o->drop_debugger = true;
        return true;
    }
    strbuf_printf(error, "invalid \"%.*s\" (use --drop:console or --drop:debugger)",
                  STR_FMT(f->text));
    return false;
}

static bool apply_flag(Options *o, Arena *a, const Flag *flag, const FlagArg *f, StrBuf *error) {
    if (f->has_key && flag->kind != FLAG_LIST && flag->kind != FLAG_MAP &&
        flag->kind != FLAG_DROP) {
        strbuf_printf(error, "unexpected \":\" in \"%.*s\"", STR_FMT(f->text));
        return false;
    }
    switch (flag->kind) {
    case FLAG_SWITCH:
    case FLAG_MINIFY:
        if (f->has_value) {
            strbuf_printf(error, "--%s does not take a value", flag->name);
            return false;
        }
        if (flag->kind == FLAG_MINIFY)
            o->minify_whitespace = o->minify_identifiers = o->minify_syntax = true;
        else
            *(bool *)((char *)o + flag->offset) = true;
        return true;
    case FLAG_STR:
        if (!f->has_value || f->value.len == 0) {
            strbuf_printf(error, "missing value for --%s", flag->name);
            return false;
        }
        *(Str *)((char *)o + flag->offset) = f->value;
        return true;
    case FLAG_CHOICE:
        return set_choice(o, flag, f, error);
    case FLAG_UINT:
        if (!f->has_value) {
            strbuf_printf(error, "missing value for --%s", flag->name);
            return false;
        }
        return set_uint(o, flag, f, error);
    case FLAG_LIST:
    case FLAG_MAP:
        return add_entry(o, a, flag, f, error);
    case FLAG_CSV:
        return set_csv(o, a, flag, f, error);
    case FLAG_DROP:
        return set_drop(o, f, error);
    }
    UNREACHABLE();
}

static bool parse_one(Options *o, Arena *a, const char *arg, StrBuf *error) {
    if (strcmp(arg, "-h") == 0) {
        o->help = true;
        return true;
    }
    if (arg[0] != '-' || arg[1] == '\0') {
        vec_push(a, &o->entries, str_from_cstr(arg));
        return true;
    }
    const Flag *flag = NULL;
    FlagArg f = { .text = str_from_cstr(arg) };
    if (arg[1] == '-') {
        f = split_flag(arg);
        flag = find_flag(f.name);
    }
    if (!flag) {
        Str shown = f.has_key || f.has_value ? str_slice(f.text, 0, 2 + f.name.len) : f.text;
        strbuf_printf(error, "unknown flag \"%.*s\" (run bale --help for the list)",
                      STR_FMT(shown));
        return false;
    }
    return apply_flag(o, a, flag, &f, error);
}

static bool is_identifier_byte(uint8_t c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80 ||
           (!first && c >= '0' && c <= '9');
}

static bool is_reserved_word(Str word) {
    for (Keyword kw = KW_BREAK; kw <= KW_WITH; kw++) {
        if (str_eq(word, str_from_cstr(keyword_name(kw))))
            return true;
    }
    return false;
}

// --global-name is printed as code (`var a = a || {}; a.b = …`), so it must be identifiers
// joined by dots, the first not a reserved word.
static bool check_global_name(Str name, StrBuf *error) {
    size_t start = 0;
    bool ok = name.len > 0;
    for (size_t i = 0; ok && i <= name.len; i++) {
        if (i == name.len || name.ptr[i] == '.') {
            ok = i > start && (start > 0 || !is_reserved_word(str_slice(name, 0, i)));
            start = i + 1;
        } else {
            ok = is_identifier_byte((uint8_t)name.ptr[i], i == start);
        }
    }
    if (!ok)
        strbuf_printf(error,
                      "invalid value \"%.*s\" for --global-name (expected a name such as "
                      "\"lib\" or \"my.lib\")",
                      STR_FMT(name));
    return ok;
}

bool options_parse(Options *o, Arena *a, int argc, char **argv, StrBuf *error) {
    *o = (Options){ .log_level = LOG_INFO };
    for (int i = 1; i < argc; i++) {
        if (!parse_one(o, a, argv[i], error))
            return false;
    }
    return !o->global_name.len || check_global_name(o->global_name, error);
}

const char *options_usage(void) {
    return "Usage: bale [options] [entry points]\n"
           "\n"
           "bale bundles JavaScript and TypeScript with little memory.\n"
           "\n"
           "Options:\n"
           "  --bundle                  Inline imported modules into the output\n"
           "  --outfile=F               Write the output to F (one entry point)\n"
           "  --outdir=D                Write the outputs into directory D\n"
           "  --format=esm|cjs|iife     Output format\n"
           "  --platform=P              browser (default), node or neutral\n"
           "  --minify                  --minify-whitespace, --minify-identifiers and\n"
           "                            --minify-syntax together\n"
           "  --keep-names              Minified functions and classes keep their .name\n"
           "  --drop:console            Remove calls of console methods\n"
           "  --drop:debugger           Remove debugger statements\n"
           "  --pure:NAME               Calls of the global NAME (a.b allowed) have no side\n"
           "                            effects: unused ones are dropped, arguments kept\n"
           "  --mangle-props=REGEX      Rename the properties matching REGEX (POSIX extended)\n"
           "  --reserve-props=REGEX     ...except those matching this one\n"
           "  --legal-comments=WHERE    Legal comments (/*!, @license): none, inline or eof\n"
           "                            (the end of the file; the default when bundling)\n"
           "  --sourcemap[=MODE]        linked (default), external or inline source maps\n"
           "  --sources-content=false   Leave the sources' text out of source maps\n"
           "  --source-root=URL         The source maps' \"sourceRoot\"\n"
           "  --splitting               Split shared code into chunks (esm only)\n"
           "  --external:PKG            Leave PKG (and PKG/*) unbundled\n"
           "  --define:K=V              Replace the global expression K with V\n"
           "  --banner:js=TEXT          Text at the start of every output file\n"
           "  --footer:js=TEXT          Text at the end of every output file\n"
           "  --alias:OLD=NEW           Import NEW wherever OLD is imported\n"
           "  --packages=external       Leave every package import unbundled\n"
           "  --conditions=A,B          Extra package.json \"exports\" conditions\n"
           "  --resolve-extensions=L    Extensions tried on imports (default:\n"
           "                            .tsx,.ts,.jsx,.js,.css,.json)\n"
           "  --main-fields=L           package.json fields naming the entry file\n"
           "  --preserve-symlinks       Keep symlinked paths instead of real paths\n"
           "  --global-name=NAME        Variable the iife format assigns its exports to\n"
           "  --target=T                Language version of the output (e.g. es2020)\n"
           "  --source-type=T           module or script: how to parse .js files (default:\n"
           "                            by their syntax, as node does)\n"
           "  --jsx=M                   transform (classic calls), automatic (jsx-runtime) or\n"
           "                            preserve (JSX kept in the output; default: as\n"
           "                            tsconfig.json says, else transform)\n"
           "  --tsconfig=F              Use F instead of the nearest tsconfig.json\n"
           "  --metafile=F              Write build metadata as JSON to F\n"
           "  --threads=N               Worker threads (default: one per CPU)\n"
           "  --log-level=L             verbose, debug, info (default), warning, error or\n"
           "                            silent\n"
           "  --mem-report[=text|json]  Print where the heap went, on stderr\n"
           "  --mem-report-file=F       Write the memory report as JSON to F\n"
           "  --help, -h                Show this help\n"
           "  --version                 Print the version\n";
}
