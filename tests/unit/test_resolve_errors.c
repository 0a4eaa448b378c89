// Tests of the resolver's errors: the exact text of every hint (hint.c), broken package.json
// files reported with file, line and column, and specifiers that must fail without a crash.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resolve_fixture.h"

typedef struct ErrorCase {
    const char *dir;
    const char *spec;
    const char *want; // fixture_resolve's description: "error Could not resolve ..."
} ErrorCase;

static const FixtureFile error_files[] = {
    { "src/app.ts", "" },
    { "src/style.scss", "" },
    { "src/icon.svg", "" },
    { "src/util.mjs", "" },
    { "src/Button.tsx", "" },
    { "node_modules/exp/package.json",
      "{\"name\": \"exp\", \"exports\": {\".\": \"./index.js\", \"./feature\": {\"worker\":"
      " \"./w.js\"}, \"./gone\": null, \"./bad\": \"../escape.js\", \"./missing\": "
      "\"./not-there.js\"}}" },
    { "node_modules/exp/index.js", "" },
    { "node_modules/lodash/index.js", "" },
    { "node_modules/@types/node/index.d.ts", "" },
    { "node_modules/empty/package.json", "{\"main\": \"./nope.js\"}" },
    { "node_modules/broken/package.json", "{\n  \"name\": \"broken\",\n  \"main\": index.js\n}\n" },
    { "node_modules/mixed/package.json",
      "{\"exports\": {\".\": \"./a.js\", \"import\": \"./b.js\"}}" },
    { "pkg/package.json", "{\"imports\": {\"#a\": \"./a.js\"}}" },
    { "pkg/a.js", "" },
};

static const ErrorCase error_cases[] = {
    { "src", "left-pad",
      "error Could not resolve \"left-pad\"\nThe package \"left-pad\" is not installed: there "
      "is no node_modules/left-pad in \"ROOT/src\" or any directory above it. Install it, or "
      "mark it external with --external:left-pad." },
    { "src", "lodahs/fp",
      "error Could not resolve \"lodahs/fp\"\nThe package \"lodahs\" is not installed. Did you "
      "mean \"lodash\"?" },
    { "src", "@types/nod",
      "error Could not resolve \"@types/nod\"\nThe package \"@types/nod\" is not installed. "
      "Did you mean \"@types/node\"?" },
    { "src", "./style.css",
      "error Could not resolve \"./style.css\"\nDid you mean \"./style.scss\"? The extension "
      "\".scss\" is not one of the resolve extensions; write it in the import, or add it with "
      "--resolve-extensions." },
    { "src", "./util",
      "error Could not resolve \"./util\"\nDid you mean \"./util.mjs\"? The extension \".mjs\" is "
      "not one of the resolve extensions; write it in the import, or add it with "
      "--resolve-extensions." },
    { "src", "./app.tsx", "error Could not resolve \"./app.tsx\"\nDid you mean \"./app.ts\"?" },
    { "src", "./nothing", "error Could not resolve \"./nothing\"" },
    { "src", "./button", "error Could not resolve \"./button\"\nDid you mean \"./Button.tsx\"?" },
    { "", "src/app",
      "error Could not resolve \"src/app\"\nUse the relative path \"./src/app\" to reference "
      "the file \"ROOT/src/app.ts\". Without the leading \"./\", the path \"src/app\" is "
      "being interpreted as a package path instead." },
    { "src", "exp/other",
      "error Could not resolve \"exp/other\"\nThe path \"./other\" is not exported by package "
      "\"exp\". The \"exports\" map in \"ROOT/node_modules/exp/package.json\" has \".\", "
      "\"./feature\", \"./gone\", \"./bad\", \"./missing\"." },
    { "src", "exp/feature",
      "error Could not resolve \"exp/feature\"\nNone of the conditions of the \"exports\" entry "
      "for \"./feature\" in \"ROOT/node_modules/exp/package.json\" is active: it has "
      "\"worker\"; the active conditions are \"browser\", \"import\", \"module\", "
      "\"default\"." },
    { "src", "exp/gone",
      "error Could not resolve \"exp/gone\"\nThe path \"./gone\" is excluded by the \"exports\" "
      "map of package \"exp\" (its target is null)." },
    { "src", "exp/bad",
      "error Could not resolve \"exp/bad\"\nThe \"exports\" map of package \"exp\" has an "
      "invalid target for \"./bad\": \"../escape.js\" (targets must start with \"./\" and stay "
      "inside the package)." },
    { "src", "exp/missing",
      "error Could not resolve \"exp/missing\"\nThe \"exports\" map of package \"exp\" maps "
      "\"./missing\" to \"./not-there.js\", which is not a file." },
    { "src", "empty",
      "error Could not resolve \"empty\"\nThe package \"empty\" is installed at "
      "\"ROOT/node_modules/empty\" but none of its main fields names a file and it has no "
      "index file." },
    { "src", "broken",
      "error Could not resolve \"broken\"\nThe file \"ROOT/node_modules/broken/package.json\" "
      "is broken: unexpected \"i\" at 3:11." },
    { "src", "mixed",
      "error Could not resolve \"mixed\"\nThe \"exports\" map of package "
      "\"ROOT/node_modules/mixed\" mixes subpaths (keys starting with \".\") with conditions." },
    { "src", "fs",
      "error Could not resolve \"fs\"\nThe package \"fs\" wasn't found on the file system but "
      "is built into node. Are you trying to bundle for node? You can use "
      "\"--platform=node\" to do that, which will remove this error." },
    { "pkg", "#b",
      "error Could not resolve \"#b\"\n\"#b\" is not defined in the \"imports\" map of "
      "\"ROOT/pkg/package.json\", which has \"#a\"." },
    { "src", "#b",
      "error Could not resolve \"#b\"\nNo package.json encloses \"ROOT/src\", so there is no "
      "\"imports\" map to look \"#b\" up in." },
    { "src", "", "error Could not resolve \"\"\nThe specifier is empty." },
};

TEST(test_resolve_error_hints) {
    Fixture f;
    if (!fixture_open(t, &f, error_files, countof(error_files), NULL))
        return;
    for (size_t i = 0; i < countof(error_cases); i++) {
        Str got = fixture_resolve(&f, error_cases[i].dir, error_cases[i].spec, RESOLVE_KIND_IMPORT);
        if (!CHECK_STR_EQ(got, str_from_cstr(error_cases[i].want)))
            printf("  (from \"%s\", \"%s\")\n", error_cases[i].dir, error_cases[i].spec);
    }
    fixture_close(t, &f);
}

// A broken package.json is returned with its location, and resolver_report prints the import's
// error, the hint and a frame of the broken line.
TEST(test_resolve_error_report) {
    Fixture f;
    if (!fixture_open(t, &f, error_files, countof(error_files), NULL))
        return;
    ResolveResult res;
    resolver_resolve(f.r, &f.scratch, fixture_path(&f, "src"), STR("broken"), RESOLVE_KIND_IMPORT,
                     &res);
    CHECK_INT_EQ(res.status, RESOLVE_NOT_FOUND);
    if (CHECK(res.file_error != NULL)) {
        CHECK_INT_EQ(res.file_error->line, 3);
        CHECK_INT_EQ(res.file_error->column, 11);
        CHECK_STR_EQ(res.file_error->message, STR("unexpected \"i\""));
    }
    DiagSink *d = diag_create(f.mem, 0);
    Str src = STR("import x from \"broken\";\n");
    DiagFile importer = { STR("src/app.ts"), src };
    resolver_report(d, &importer, 14, 8, STR("broken"), &res);
    // Only the import reports the broken file it failed on, as a note with a frame.
    resolver_report_file_errors(f.r, d);
    CHECK_INT_EQ(diag_error_count(d), 1);
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    diag_print(d, out, false);
    fclose(out);
    Str printed = str_from_cstr(buf);
    CHECK(str_find(printed, STR("src/app.ts:1:15: error: Could not resolve \"broken\"")) !=
          SIZE_MAX);
    CHECK(str_find(printed, STR("node_modules/broken/package.json:3:11: note: unexpected \"i\"")) !=
          SIZE_MAX);
    CHECK(str_find(printed, STR("  \"main\": index.js")) != SIZE_MAX);
    free(buf);
    diag_destroy(d);
    fixture_close(t, &f);
}

// Odd and hostile specifiers are answered, never crash: every one resolves to something or
// fails with a message.
TEST(test_resolve_odd_specifiers) {
    static const char *const specs[] = {
        "//",   "@",        "@/",          "@a",  "@a/",    ".../x",
        "#",    "#/",       "node:",       "~",   "./",     "../../../../..",
        "a//b", "a/./b",    "a/../b",      "%2e", "pkg\\x", "./a?b",
        " ",    "\xff\xfe", "@scope/../x",
    };
    static const FixtureFile files[] = { { "src/a.js", "" }, { "package.json", "{}" } };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    for (size_t i = 0; i < countof(specs); i++) {
        Str got = fixture_resolve(&f, "src", specs[i], RESOLVE_KIND_IMPORT);
        CHECK(str_starts_with(got, STR("error ")) || str_starts_with(got, STR("found ")));
    }
    // A specifier far longer than any path.
    char long_spec[8192];
    memset(long_spec, 'x', sizeof(long_spec) - 1);
    long_spec[0] = '.';
    long_spec[1] = '/';
    long_spec[sizeof(long_spec) - 1] = '\0';
    Str got = fixture_resolve(&f, "src", long_spec, RESOLVE_KIND_IMPORT);
    CHECK(str_starts_with(got, STR("error Could not resolve")));
    long_spec[0] = 'x';
    long_spec[1] = 'x';
    got = fixture_resolve(&f, "src", long_spec, RESOLVE_KIND_REQUIRE);
    CHECK(str_starts_with(got, STR("error Could not resolve")));
    fixture_close(t, &f);
}
