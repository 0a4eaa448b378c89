// parse_options: how scan (and generate, which must parse the same way) parses a module: the
// loader from its extension, --source-type, and what the nearest tsconfig.json decides
// (see scan.h).
#include <ctype.h>

#include "base/path.h"
#include "resolve/tsconfig.h"
#include "scan/scan.h"

static bool ends_with(Str s, const char *suffix) {
    return str_ends_with(s, str_from_cstr(suffix));
}

static SourceType source_type_for(SourceTypeOption option, Str path) {
    if (option == SOURCE_TYPE_MODULE)
        return PARSE_MODULE;
    if (option == SOURCE_TYPE_SCRIPT)
        return PARSE_SCRIPT;
    if (ends_with(path, ".mjs") || ends_with(path, ".mts"))
        return PARSE_MODULE;
    if (ends_with(path, ".cjs") || ends_with(path, ".cts"))
        return PARSE_COMMONJS;
    return PARSE_AUTO;
}

static bool equals_nocase(Str s, const char *word) {
    size_t n = 0;
    for (; word[n]; n++) {
        if (n >= s.len || tolower((unsigned char)s.ptr[n]) != word[n])
            return false;
    }
    return n == s.len;
}

// TypeScript defaults useDefineForClassFields to true from ES2022 (and ESNext) on.
static bool target_defines_fields(Str target) {
    if (!target.len || equals_nocase(target, "esnext"))
        return true;
    if (target.len >= 6 && tolower((unsigned char)target.ptr[0]) == 'e' &&
        tolower((unsigned char)target.ptr[1]) == 's') {
        uint64_t year;
        return str_parse_u64(str_slice(target, 2, target.len), &year) && year >= 2022;
    }
    return false; // ES3, ES5, ES6
}

static void apply_jsx(const TsConfig *tc, ParseOptions *out) {
    out->jsx_factory = tc->jsx_factory;
    out->jsx_fragment = tc->jsx_fragment_factory;
    out->jsx_import_source = tc->jsx_import_source;
    if (equals_nocase(tc->jsx, "react-jsx")) {
        out->jsx = JSX_AUTOMATIC;
    } else if (equals_nocase(tc->jsx, "react-jsxdev")) {
        out->jsx = JSX_AUTOMATIC;
        out->jsx_dev = true;
    } else if (equals_nocase(tc->jsx, "preserve") || equals_nocase(tc->jsx, "react-native")) {
        out->jsx = JSX_PRESERVE; // react-native: preserved too (the compiler then writes .js)
    }
}

static void apply_tsconfig(const TsConfig *tc, ParseOptions *out) {
    apply_jsx(tc, out);
    bool define_fields = tc->use_define_for_class_fields == TS_UNSET
                                 ? target_defines_fields(tc->target)
                                 : tc->use_define_for_class_fields == TS_TRUE;
    out->assign_class_fields = !define_fields;
    out->verbatim_module_syntax =
            tc->verbatim_module_syntax == TS_TRUE || tc->preserve_value_imports == TS_TRUE;
    out->experimental_decorators = tc->experimental_decorators == TS_TRUE;
    out->emit_decorator_metadata = tc->emit_decorator_metadata == TS_TRUE;
}

// --jsx over tsconfig.json's `jsx`: only the mode (factories and import source stay).
static void apply_jsx_option(JsxOption jsx, ParseOptions *out) {
    if (jsx == JSX_OPTION_DEFAULT)
        return;
    out->jsx = jsx == JSX_OPTION_PRESERVE    ? JSX_PRESERVE
               : jsx == JSX_OPTION_AUTOMATIC ? JSX_AUTOMATIC
                                             : JSX_CLASSIC;
    if (out->jsx != JSX_AUTOMATIC)
        out->jsx_dev = false;
}

void scan_options_for(Resolver *r, Arena *scratch, SourceTypeOption source_type, JsxOption jsx,
                      Str path, ParseOptions *out) {
    *out = (ParseOptions){
        .source_type = source_type_for(source_type, path),
        .loader = parse_loader_for_path(path),
    };
    const TsConfig *tc = resolver_tsconfig_for(r, scratch, path_dirname(path));
    if (tc)
        apply_tsconfig(tc, out);
    apply_jsx_option(jsx, out);
}
