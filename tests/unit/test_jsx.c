// Tests of JSX in js/parser_jsx*.c: source -> printed JavaScript (minified whitespace) for the
// classic and automatic runtimes, React's whitespace rule, character references and pragmas.
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "ts_fixture.h"

typedef struct Case {
    const char *src;
    const char *want;
} Case;

static void check_cases(TestState *t, const Case *cases, size_t n, const ParseOptions *opt) {
    TsFixture f;
    ts_fixture_open(&f);
    for (size_t i = 0; i < n; i++) {
        if (!CHECK(ts_fixture_print(&f, cases[i].src, opt))) {
            printf("  errors: %.*s\n", STR_FMT(ts_fixture_errors(&f)));
            continue;
        }
        if (!CHECK_STR_EQ(strbuf_str(&f.out), str_from_cstr(cases[i].want)))
            printf("  (source: %s)\n", cases[i].src);
    }
    ts_fixture_close(&f);
}

TEST(test_jsx_classic) {
    static const Case cases[] = {
        { "<div />;", "React.createElement(\"div\",null);" },
        { "<a b=\"1\" c={d} e {...f} g-h='i'>text</a>;",
          "React.createElement(\"a\",{b:\"1\",c:d,e:true,...f,\"g-h\":\"i\"},\"text\");" },
        { "<><b/>{x}</>;",
          "React.createElement(React.Fragment,null,React.createElement(\"b\",null),x);" },
        { "<A.B.C x:y=\"z\" />;", "React.createElement(A.B.C,{\"x:y\":\"z\"});" },
        { "<svg:rect />;", "React.createElement(\"svg:rect\",null);" },
        { "<Foo>{...kids}</Foo>;", "React.createElement(Foo,null,...kids);" },
        { "<p>{/* c */}</p>;", "React.createElement(\"p\",null);" },
        { "<i key=\"k\" />;", "React.createElement(\"i\",{key:\"k\"});" },
        { "<a b=<c /> />;", "React.createElement(\"a\",{b:React.createElement(\"c\",null)});" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_JSX };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_jsx_whitespace_and_entities) {
    static const Case cases[] = {
        { "<p>  a  </p>;", "React.createElement(\"p\",null,\"  a  \");" },
        { "<p>\n  a\n  b  \n</p>;", "React.createElement(\"p\",null,\"a b\");" },
        { "<p>{a} {b}</p>;", "React.createElement(\"p\",null,a,\" \",b);" },
        { "<p>\n  {a}\n  {b}\n</p>;", "React.createElement(\"p\",null,a,b);" },
        { "<p>a&amp;b &lt;&#65;&#x42;&nope; \"q\" \\</p>;",
          "React.createElement(\"p\",null,\"a&b <AB&nope; \\\"q\\\" \\\\\");" },
        { "<p t=\"a\\b &quot;\" />;", "React.createElement(\"p\",{t:\"a\\\\b \\\"\"});" },
        { "<p>it's</p>;", "React.createElement(\"p\",null,\"it's\");" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_JSX };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_jsx_automatic) {
    static const Case cases[] = {
        { "<div a=\"1\">x</div>;",
          "import{jsx as _jsx}from\"react/jsx-runtime\";_jsx(\"div\",{a:\"1\",children:\"x\"});" },
        { "<ul><li/><li/></ul>;", "import{jsx as _jsx,jsxs as _jsxs}from\"react/jsx-runtime\";"
                                  "_jsxs(\"ul\",{children:[_jsx(\"li\",{}),_jsx(\"li\",{})]});" },
        { "<i key=\"k\" {...p} />;",
          "import{jsx as _jsx}from\"react/jsx-runtime\";_jsx(\"i\",{...p},\"k\");" },
        { "<i {...p} key=\"k\" />;", "import{createElement as _createElement}from\"react\";"
                                     "_createElement(\"i\",{...p,key:\"k\"});" },
        { "<>a</>;", "import{jsx as _jsx,Fragment as _Fragment}from\"react/jsx-runtime\";"
                     "_jsx(_Fragment,{children:\"a\"});" },
        { "let x = 1;", "let x=1;" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_JSX, .jsx = JSX_AUTOMATIC };
    check_cases(t, cases, countof(cases), &opt);
    static const Case preact[] = {
        { "<b/>;", "import{jsx as _jsx}from\"preact/jsx-runtime\";_jsx(\"b\",{});" },
    };
    opt.jsx_import_source = STR("preact");
    check_cases(t, preact, countof(preact), &opt);
}

TEST(test_jsx_pragmas_and_options) {
    static const Case cases[] = {
        { "/** @jsx h */\n<a/>;", "h(\"a\",null);" },
        { "// @jsx h.x\n// @jsxFrag F\n<></>;", "h.x(F,null);" },
        { "/* @jsxImportSource preact */\n<a/>;",
          "import{jsx as _jsx}from\"preact/jsx-runtime\";_jsx(\"a\",{});" },
        { "/* @jsxRuntime automatic */\n<a/>;",
          "import{jsx as _jsx}from\"react/jsx-runtime\";_jsx(\"a\",{});" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_JSX };
    check_cases(t, cases, countof(cases), &opt);
    static const Case factory[] = { { "<a>{b}</a>;", "h(\"a\",null,b);" } };
    opt.jsx_factory = STR("h");
    check_cases(t, factory, countof(factory), &opt);
}

TEST(test_jsx_preserve) {
    static const Case cases[] = {
        { "<div />;", "<div />;" },
        { "<a b=\"1 &amp; 2\" c={d} e {...f} g-h='i' x:y=\"z\">text &nbsp;</a>;",
          "<a b=\"1 &amp; 2\" c={d} e {...f} g-h='i' x:y=\"z\">text &nbsp;</a>;" },
        { "<><b></b>{x}{/* c */}{...k}</>;", "<><b></b>{x}{}{...k}</>;" },
        { "<A.B.C><svg:rect /></A.B.C>;", "<A.B.C><svg:rect /></A.B.C>;" },
        { "<p>\n  two\n  lines\n</p>;", "<p>\n  two\n  lines\n</p>;" },
        { "x = a < <b />;", "x=a< <b />;" },
        { "<a b=<c /> />;", "<a b=<c /> />;" },
        // The factory stays imported (the compiler keeps it); the runtime options do nothing.
        { "import React from \"react\"; import { h } from \"p\"; <i />;",
          "import React from\"react\";<i />;" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TSX, .jsx = JSX_PRESERVE };
    check_cases(t, cases, countof(cases), &opt);
    static const Case tsx[] = {
        { "<List<string> items={xs as string[]} />;", "<List items={xs} />;" },
        { "/** @jsxImportSource preact */ <p key=\"k\" {...s} />;",
          "/** @jsxImportSource preact */\n<p key=\"k\" {...s} />;" },
    };
    check_cases(t, tsx, countof(tsx), &opt);
    // The pragmas stay in the output for the tool that lowers the JSX (with the legal comments).
    static const Case pragmas[] = {
        { "/** @jsx h */\n// other\nimport { h } from \"p\"; <b />;",
          "/** @jsx h */\nimport{h}from\"p\";<b />;" },
        { "// @jsxRuntime classic\n<b />;", "// @jsxRuntime classic\n<b />;" },
    };
    check_cases(t, pragmas, countof(pragmas), &opt);
}

TEST(test_jsx_in_tsx) {
    static const Case cases[] = {
        { "const f = <T,>(x: T) => <b>{x as any}</b>;",
          "const f=x=>React.createElement(\"b\",null,x);" },
        { "const g = <T extends U>(x: T) => x;", "const g=x=>x;" },
        { "<C<number> v={1} />;", "React.createElement(C,{v:1});" },
    };
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_TSX };
    check_cases(t, cases, countof(cases), &opt);
}

TEST(test_jsx_errors) {
    TsFixture f;
    ts_fixture_open(&f);
    ParseOptions opt = { .source_type = PARSE_MODULE, .loader = LOADER_JSX };
    CHECK(!ts_fixture_print(&f, "<a></b>;", &opt));
    CHECK(str_find(ts_fixture_errors(&f), STR("Expected closing tag \"a\"")) != SIZE_MAX);
    CHECK(!ts_fixture_print(&f, "<a>", &opt));
    CHECK(!ts_fixture_print(&f, "<a b=\"x />;", &opt));
    ts_fixture_close(&f);
}
