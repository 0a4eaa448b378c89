// Tests of cli/options: every flag shape, defaults, and the exact one-line errors.
#include "cli/options.h"
#include "test.h"

typedef struct Parsed {
    Mem *mem;
    Arena arena;
    StrBuf error;
    Options o;
    bool ok;
} Parsed;

// Parses a NULL-terminated argument list (argv[0] is supplied).
static void parse(Parsed *p, const char *const *args) {
    char *argv[32] = { "bale" };
    int argc = 1;
    for (; args[argc - 1]; argc++)
        argv[argc] = (char *)args[argc - 1];
    p->mem = mem_create();
    arena_init(&p->arena, p->mem, MEM_OTHER, 0);
    strbuf_init(&p->error, p->mem, MEM_OTHER);
    p->ok = options_parse(&p->o, &p->arena, argc, argv, &p->error);
}

static void done(Parsed *p) {
    strbuf_deinit(&p->error);
    arena_deinit(&p->arena);
    mem_destroy(p->mem);
}

TEST(test_options_defaults_and_entries) {
    Parsed p;
    parse(&p, (const char *const[]){ "src/a.ts", "b.js", NULL });
    CHECK(p.ok);
    CHECK_INT_EQ(p.o.entries.len, 2);
    CHECK_STR_EQ(p.o.entries.items[1], STR("b.js"));
    CHECK(!p.o.bundle);
    CHECK_INT_EQ(p.o.format, FORMAT_DEFAULT);
    CHECK_INT_EQ(p.o.platform, PLATFORM_BROWSER);
    CHECK_INT_EQ(p.o.log_level, LOG_INFO);
    CHECK_INT_EQ(p.o.threads, 0);
    done(&p);
}

TEST(test_options_values) {
    Parsed p;
    parse(&p, (const char *const[]){ "--bundle", "--minify", "--format=cjs", "--platform=node",
                                     "--sourcemap", "--outfile=dist/out.js", "--threads=8",
                                     "--define:DEBUG=false",
                                     "--define:process.env.NODE_ENV=\"production\"",
                                     "--external:react", "--alias:old=new", "--mem-report=json",
                                     "--log-level=error", "main.ts", NULL });
    CHECK(p.ok);
    CHECK(p.o.bundle && p.o.minify_whitespace && p.o.minify_identifiers && p.o.minify_syntax);
    CHECK_INT_EQ(p.o.format, FORMAT_CJS);
    CHECK_INT_EQ(p.o.platform, PLATFORM_NODE);
    CHECK_INT_EQ(p.o.sourcemap, SOURCEMAP_LINKED);
    CHECK_STR_EQ(p.o.outfile, STR("dist/out.js"));
    CHECK_INT_EQ(p.o.threads, 8);
    CHECK_INT_EQ(p.o.defines.len, 2);
    CHECK_STR_EQ(p.o.defines.items[1].key, STR("process.env.NODE_ENV"));
    CHECK_STR_EQ(p.o.defines.items[1].value, STR("\"production\""));
    CHECK_INT_EQ(p.o.externals.len, 1);
    CHECK_STR_EQ(p.o.externals.items[0], STR("react"));
    CHECK_STR_EQ(p.o.aliases.items[0].value, STR("new"));
    CHECK_INT_EQ(p.o.mem_report, MEM_REPORT_JSON);
    CHECK_INT_EQ(p.o.log_level, LOG_ERROR);
    CHECK_INT_EQ(p.o.entries.len, 1);
    done(&p);

    parse(&p, (const char *const[]){ "--sourcemap=inline", "--mem-report", "-h",
                                     "--source-type=script", "--jsx=preserve", NULL });
    CHECK(p.ok);
    CHECK_INT_EQ(p.o.source_type, SOURCE_TYPE_SCRIPT);
    CHECK_INT_EQ(p.o.jsx, JSX_OPTION_PRESERVE);
    CHECK_INT_EQ(p.o.sourcemap, SOURCEMAP_INLINE);
    CHECK_INT_EQ(p.o.mem_report, MEM_REPORT_TEXT);
    CHECK(p.o.help);
    done(&p);
}

TEST(test_options_resolve_flags) {
    Parsed p;
    parse(&p, (const char *const[]){ "--packages=external", "--conditions=worker,,custom",
                                     "--resolve-extensions=.ts,.js", "--main-fields=",
                                     "--preserve-symlinks", "--external:@img/*", NULL });
    CHECK(p.ok);
    CHECK_INT_EQ(p.o.packages, PACKAGES_EXTERNAL);
    CHECK(p.o.conditions.set);
    CHECK_INT_EQ(p.o.conditions.items.len, 2);
    CHECK_STR_EQ(p.o.conditions.items.items[1], STR("custom"));
    CHECK_INT_EQ(p.o.resolve_extensions.items.len, 2);
    CHECK_STR_EQ(p.o.resolve_extensions.items.items[0], STR(".ts"));
    CHECK(p.o.main_fields.set); // set, to nothing
    CHECK_INT_EQ(p.o.main_fields.items.len, 0);
    CHECK(p.o.preserve_symlinks);
    CHECK_STR_EQ(p.o.externals.items[0], STR("@img/*"));
    done(&p);

    parse(&p, (const char *const[]){ "a.js", NULL });
    CHECK(p.ok);
    CHECK_INT_EQ(p.o.packages, PACKAGES_BUNDLE);
    CHECK(!p.o.conditions.set && !p.o.main_fields.set && !p.o.resolve_extensions.set);
    CHECK(!p.o.preserve_symlinks);
    done(&p);
}

TEST(test_options_minifier_flags) {
    Parsed p;
    parse(&p, (const char *const[]){ "--keep-names", "--pure:console.log", "--pure:Object.freeze",
                                     "--legal-comments=none", "--mangle-props=_$",
                                     "--reserve-props=^keep", "--drop:debugger", NULL });
    CHECK(p.ok);
    CHECK(p.o.keep_names && p.o.drop_debugger && !p.o.drop_console);
    CHECK_INT_EQ(p.o.pure.len, 2);
    CHECK_STR_EQ(p.o.pure.items[0], STR("console.log"));
    CHECK_STR_EQ(p.o.pure.items[1], STR("Object.freeze"));
    CHECK_INT_EQ(p.o.legal_comments, LEGAL_NONE);
    CHECK_STR_EQ(p.o.mangle_props, STR("_$"));
    CHECK_STR_EQ(p.o.reserve_props, STR("^keep"));
    done(&p);

    parse(&p, (const char *const[]){ "--legal-comments=eof", "--legal-comments=inline", NULL });
    CHECK(p.ok);
    CHECK_INT_EQ(p.o.legal_comments, LEGAL_INLINE); // the last one wins
    done(&p);

    parse(&p, (const char *const[]){ "a.js", NULL });
    CHECK(p.ok);
    CHECK_INT_EQ(p.o.legal_comments, LEGAL_DEFAULT); // eof when bundling, inline otherwise
    CHECK(!p.o.mangle_props.len && !p.o.pure.len);
    done(&p);
}

TEST(test_options_errors) {
    static const struct {
        const char *arg;
        const char *message;
    } cases[] = {
        { "--frobnicate", "unknown flag \"--frobnicate\" (run bale --help for the list)" },
        { "--frob=1", "unknown flag \"--frob\" (run bale --help for the list)" },
        { "-x", "unknown flag \"-x\" (run bale --help for the list)" },
        { "--format=umd", "invalid value \"umd\" for --format (expected esm, cjs or iife)" },
        { "--format", "missing value for --format" },
        { "--platform=deno",
          "invalid value \"deno\" for --platform (expected browser, node or neutral)" },
        { "--sourcemap=both",
          "invalid value \"both\" for --sourcemap (expected linked, external or inline)" },
        { "--mem-report=xml", "invalid value \"xml\" for --mem-report (expected text or json)" },
        { "--threads=x", "invalid value \"x\" for --threads (expected a number from 1 to 256)" },
        { "--threads=0", "invalid value \"0\" for --threads (expected a number from 1 to 256)" },
        { "--threads=999",
          "invalid value \"999\" for --threads (expected a number from 1 to 256)" },
        { "--threads", "missing value for --threads" },
        { "--source-type=esm",
          "invalid value \"esm\" for --source-type (expected module or script)" },
        { "--jsx=react",
          "invalid value \"react\" for --jsx (expected transform, preserve or automatic)" },
        { "--outfile", "missing value for --outfile" },
        { "--outfile=", "missing value for --outfile" },
        { "--bundle=yes", "--bundle does not take a value" },
        { "--define", "missing key for --define (use --define:KEY=VALUE)" },
        { "--define:X", "missing value for --define:X (use --define:X=VALUE)" },
        { "--external", "missing key for --external (use --external:NAME)" },
        { "--external:a=b", "unexpected \"=\" in \"--external:a=b\"" },
        { "--outfile:x=y", "unexpected \":\" in \"--outfile:x=y\"" },
        { "--packages=none",
          "invalid value \"none\" for --packages (expected bundle or external)" },
        { "--conditions", "missing value for --conditions (use --conditions=A,B)" },
        { "--preserve-symlinks=1", "--preserve-symlinks does not take a value" },
        { "--pure", "missing key for --pure (use --pure:NAME)" },
        { "--pure:f=1", "unexpected \"=\" in \"--pure:f=1\"" },
        { "--legal-comments", "missing value for --legal-comments" },
        { "--legal-comments=linked",
          "invalid value \"linked\" for --legal-comments (expected none, inline or eof)" },
        { "--mangle-props", "missing value for --mangle-props" },
    };
    for (size_t i = 0; i < countof(cases); i++) {
        Parsed p;
        parse(&p, (const char *const[]){ "a.js", cases[i].arg, NULL });
        CHECK(!p.ok);
        CHECK_STR_EQ(strbuf_str(&p.error), str_from_cstr(cases[i].message));
        done(&p);
    }
}
