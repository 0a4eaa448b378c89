// Tests of resolve/tsconfig: finding the nearest file, "extends" chains, the tri-state
// compilerOptions, "paths" and "baseUrl" in resolution, and broken files.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/tsconfig.h"
#include "resolve_fixture.h"

static const TsConfig *config_for(Fixture *f, const char *dir) {
    return resolver_tsconfig_for(f->r, &f->scratch, fixture_path(f, dir));
}

TEST(test_tsconfig_extends_and_options) {
    static const FixtureFile files[] = {
        { "tsconfig.json",
          "// JSONC: comments and trailing commas\n"
          "{ \"extends\": [\"./configs/base\", \"@org/tsconfig/strict.json\"],\n"
          "  \"compilerOptions\": { \"jsxFactory\": \"h\", \"emitDecoratorMetadata\": null, },\n"
          "}\n" },
        { "configs/base.json",
          "{ \"compilerOptions\": { \"jsx\": \"react-jsx\", \"experimentalDecorators\": true,"
          " \"emitDecoratorMetadata\": true, \"target\": \"ES2020\", \"baseUrl\": \"..\" } }" },
        { "node_modules/@org/tsconfig/strict.json",
          "{ \"compilerOptions\": { \"useDefineForClassFields\": false, \"strict\": true,"
          " \"verbatimModuleSyntax\": true, \"target\": \"ESNext\" } }" },
        { "src/deep/a.ts", "" },
        { "node_modules/pkg/tsconfig.json", "{ \"compilerOptions\": { \"jsx\": \"preserve\" } }" },
        { "node_modules/pkg/index.ts", "" },
        { "other/jsconfig.json", "{ \"compilerOptions\": { \"jsxImportSource\": \"preact\" } }" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    const TsConfig *c = config_for(&f, "src/deep");
    if (CHECK(c != NULL)) {
        CHECK(c->error == NULL);
        CHECK_STR_EQ(c->path, fixture_path(&f, "tsconfig.json"));
        CHECK_STR_EQ(c->jsx, STR("react-jsx"));
        CHECK_STR_EQ(c->jsx_factory, STR("h"));
        CHECK(c->jsx_fragment_factory.ptr == NULL); // unset
        CHECK_STR_EQ(c->target, STR("ESNext"));     // the later "extends" entry wins
        CHECK_INT_EQ(c->experimental_decorators, TS_TRUE);
        CHECK_INT_EQ(c->emit_decorator_metadata, TS_UNSET); // null resets
        CHECK_INT_EQ(c->use_define_for_class_fields, TS_FALSE);
        CHECK_INT_EQ(c->verbatim_module_syntax, TS_TRUE);
        CHECK_INT_EQ(c->preserve_value_imports, TS_UNSET);
        CHECK_INT_EQ(c->strict, TS_TRUE);
        CHECK_INT_EQ(c->always_strict, TS_UNSET);
        CHECK_STR_EQ(c->base_url, str_from_cstr(f.root)); // relative to base.json
    }
    CHECK(config_for(&f, "src") == c); // cached: the same object
    CHECK(config_for(&f, "node_modules/pkg") == NULL);
    const TsConfig *js = config_for(&f, "other");
    if (CHECK(js != NULL))
        CHECK_STR_EQ(js->jsx_import_source, STR("preact"));
    fixture_close(t, &f);
}

TEST(test_tsconfig_paths) {
    static const FixtureFile files[] = {
        { "tsconfig.json",
          "{ \"compilerOptions\": { \"paths\": { \"@app/*\": [\"./src/app/*\"],"
          " \"@app/special\": [\"./src/special.ts\"], \"@gen/*\": [\"./missing/*\", \"./gen/*\"],"
          " \"exact\": [\"./src/exact/index.ts\"], \"react\": [\"./shims/react\"] } } }" },
        { "src/app/a.ts", "" },
        { "src/app/b/index.tsx", "" },
        { "src/special.ts", "" },
        { "src/exact/index.ts", "" },
        { "gen/x.js", "" },
        { "shims/react.js", "" },
        { "node_modules/lodash/index.js", "" },
        { "web/tsconfig.json",
          "{ \"compilerOptions\": { \"baseUrl\": \"./lib\", \"paths\": { \"~/*\": [\"*\"] } } }" },
        { "web/lib/util.ts", "" },
        { "web/lib/deep/x.ts", "" },
        { "web/src/main.ts", "" },
        { "tmpl/tsconfig.json", "{ \"extends\": \"../tmpl-base.json\" }" },
        { "tmpl-base.json",
          "{ \"compilerOptions\": { \"paths\": { \"#x\": [\"${configDir}/x.ts\"] } } }" },
        { "tmpl/x.ts", "" },
    };
    static const struct {
        const char *dir, *spec, *want;
    } cases[] = {
        { "src", "@app/a", "found src/app/a.ts" },
        { "src", "@app/b", "found src/app/b/index.tsx" },
        { "src", "@app/special", "found src/special.ts" }, // exact key beats the pattern
        { "src", "@gen/x", "found gen/x.js" },             // the second target
        { "src", "exact", "found src/exact/index.ts" },
        { "src", "react", "found shims/react.js" },
        { "src", "lodash", "found node_modules/lodash/index.js" },
        { "web/src", "util", "found web/lib/util.ts" },       // baseUrl
        { "web/src", "~/deep/x", "found web/lib/deep/x.ts" }, // paths relative to baseUrl
        { "tmpl", "#x", "found tmpl/x.ts" },                  // "paths" before "imports"
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    for (size_t i = 0; i < countof(cases); i++) {
        Str got = fixture_resolve(&f, cases[i].dir, cases[i].spec, RESOLVE_KIND_IMPORT);
        if (!CHECK_STR_EQ(got, str_from_cstr(cases[i].want)))
            printf("  (from \"%s\", \"%s\")\n", cases[i].dir, cases[i].spec);
    }
    fixture_close(t, &f);
}

// --tsconfig=F applies F to every directory outside node_modules, instead of the nearest
// tsconfig.json.
TEST(test_tsconfig_override) {
    static const FixtureFile files[] = {
        { "tsconfig.json", "{ \"compilerOptions\": { \"jsx\": \"react\" } }" },
        { "build/tsconfig.prod.json", "{ \"compilerOptions\": { \"jsx\": \"preserve\" } }" },
        { "src/a.ts", "" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    // A relative --tsconfig is relative to the working directory given in the options.
    ResolveOptions opts = { .tsconfig = STR("build/tsconfig.prod.json"),
                            .cwd = str_from_cstr(f.root) };
    resolver_destroy(f.r);
    f.r = resolver_create(f.mem, &opts);
    const TsConfig *c = config_for(&f, "src");
    if (CHECK(c != NULL))
        CHECK_STR_EQ(c->jsx, STR("preserve"));
    CHECK(config_for(&f, "node_modules/pkg") == NULL); // packages keep their own settings
    fixture_close(t, &f);
}

TEST(test_tsconfig_errors) {
    static const FixtureFile files[] = {
        { "bad/tsconfig.json",
          "{\n  \"compilerOptions\": {\n    \"jsx\": \"react\"\n    \"x\": 1\n  }\n}\n" },
        { "types/tsconfig.json",
          "{ \"compilerOptions\": { \"experimentalDecorators\": \"yes\", \"jsx\": \"react\" } }" },
        { "ext/tsconfig.json", "{ \"extends\": \"./nope\" }" },
        { "cycle/tsconfig.json", "{ \"extends\": \"./b.json\" }" },
        { "cycle/b.json", "{ \"extends\": \"./tsconfig.json\" }" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    const TsConfig *c = config_for(&f, "bad");
    if (CHECK(c && c->error)) {
        CHECK_STR_EQ(c->error->message, STR("expected \",\" or \"}\""));
        CHECK_INT_EQ(c->error->line, 4);
        CHECK_INT_EQ(c->error->column, 5);
    }
    c = config_for(&f, "types");
    if (CHECK(c && c->error)) {
        CHECK_STR_EQ(c->error->message, STR("\"experimentalDecorators\" must be true or false"));
        CHECK_STR_EQ(c->jsx, STR("react")); // what could be read is kept
    }
    c = config_for(&f, "ext");
    if (CHECK(c && c->error))
        CHECK_STR_EQ(c->error->message, STR("cannot find \"./nope\", named by \"extends\""));
    c = config_for(&f, "cycle");
    if (CHECK(c && c->error))
        CHECK(str_starts_with(c->error->message, STR("\"extends\" forms a cycle through")));
    // Each broken file is reported once, in path order, with its frame.
    DiagSink *d = diag_create(f.mem, 0);
    resolver_report_file_errors(f.r, d);
    CHECK_INT_EQ(diag_error_count(d), 4);
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    diag_print(d, out, false);
    fclose(out);
    CHECK(strstr(buf, "bad/tsconfig.json:4:5: error: expected \",\" or \"}\"") != NULL);
    CHECK(strstr(buf, "    \"x\": 1") != NULL);
    free(buf);
    diag_destroy(d);
    fixture_close(t, &f);
}
