// Tests of resolve/resolver: tables of (importing directory, specifier) -> what it resolves to,
// over small file trees written to /tmp (resolve_fixture.c).
#include <stdio.h>

#include "resolve_fixture.h"

typedef struct Case {
    const char *dir;  // importing directory, relative to the fixture root
    const char *spec; // the specifier
    ResolveKind kind;
    const char *want; // fixture_resolve's description
} Case;

static void run_cases(TestState *t, Fixture *f, const Case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        Str got = fixture_resolve(f, cases[i].dir, cases[i].spec, cases[i].kind);
        if (!CHECK_STR_EQ(got, str_from_cstr(cases[i].want)))
            printf("  (from \"%s\", \"%s\")\n", cases[i].dir, cases[i].spec);
    }
}

#define RUN(t, f, cases) run_cases((t), (f), (cases), countof(cases))

#define IMP              RESOLVE_KIND_IMPORT
#define REQ              RESOLVE_KIND_REQUIRE

TEST(test_resolve_relative_paths) {
    static const FixtureFile files[] = {
        { "src/a.ts", "" },
        { "src/b.js", "" },
        { "src/b.ts", "" },
        { "src/c.tsx", "" },
        { "src/d.mts", "" },
        { "src/data.json", "" },
        { "src/lib/index.ts", "" },
        { "src/both.js", "" },
        { "src/both/index.js", "" },
        { "src/pkgdir/package.json", "{\"main\": \"./main.js\"}" },
        { "src/pkgdir/main.js", "" },
        { "src/pkgdir/index.js", "" },
        { "src/badmain/package.json", "{\"main\": \"./nope.js\"}" },
        { "src/badmain/index.js", "" },
    };
    static const Case cases[] = {
        { "src", "./a", IMP, "found src/a.ts" },
        { "src", "./a.ts", IMP, "found src/a.ts" },
        { "src", "./a.js", IMP, "found src/a.ts" },  // TypeScript's .js -> .ts
        { "src", "./b.js", IMP, "found src/b.js" },  // the file written wins over the rewrite
        { "src", "./b", IMP, "found src/b.ts" },     // extension order: .ts before .js
        { "src", "./c.js", IMP, "found src/c.tsx" }, // .js -> .tsx
        { "src", "./c.jsx", IMP, "found src/c.tsx" },
        { "src", "./d.mjs", IMP, "found src/d.mts" },
        { "src", "./data", REQ, "found src/data.json" },
        { "src", "./lib", IMP, "found src/lib/index.ts" },
        { "src", "./lib/", IMP, "found src/lib/index.ts" },
        { "src/lib", "..", IMP, "error Could not resolve \"..\"" },
        { "src/lib", "../a", IMP, "found src/a.ts" },
        { "src", "./both", IMP, "found src/both.js" }, // a file before a directory
        { "src", "./both/", IMP, "found src/both/index.js" },
        { "src", "./pkgdir", REQ, "found src/pkgdir/main.js" },
        { "src", "./badmain", REQ, "found src/badmain/index.js" },
        { "", "./src/a", IMP, "found src/a.ts" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    RUN(t, &f, cases);
    // An entry point is a path when it names a file, without "./".
    Str entry = fixture_resolve(&f, "", "src/a", RESOLVE_KIND_ENTRY);
    CHECK_STR_EQ(entry, STR("found src/a.ts"));
    // An absolute path is used as it is.
    Str abs = fixture_path(&f, "src/a");
    Str got = fixture_resolve(&f, "", abs.ptr, IMP);
    CHECK_STR_EQ(got, STR("found src/a.ts"));
    fixture_close(t, &f);
}

TEST(test_resolve_node_modules) {
    static const FixtureFile files[] = {
        { "app/src/x.js", "" },
        { "app/node_modules/plain/package.json", "{\"main\": \"lib/main\"}" },
        { "app/node_modules/plain/lib/main.js", "" },
        { "app/node_modules/plain/lib/util.js", "" },
        { "app/node_modules/noindex/package.json", "{}" },
        { "app/node_modules/noindex/index.js", "" },
        { "app/node_modules/@scope/pkg/package.json", "{\"main\": \"./dist/index.js\"}" },
        { "app/node_modules/@scope/pkg/dist/index.js", "" },
        { "app/node_modules/@scope/pkg/dist/extra.js", "" },
        { "app/node_modules/nopkgjson/index.js", "" },
        // A nested copy wins for code inside the package that has it.
        { "app/node_modules/outer/package.json", "{}" },
        { "app/node_modules/outer/index.js", "" },
        { "app/node_modules/outer/node_modules/plain/package.json", "{}" },
        { "app/node_modules/outer/node_modules/plain/index.js", "" },
        // Found higher up when the nearer directory has no such file.
        { "node_modules/high/index.js", "" },
    };
    static const Case cases[] = {
        { "app/src", "plain", IMP, "found app/node_modules/plain/lib/main.js" },
        { "app/src", "plain/lib/util", REQ, "found app/node_modules/plain/lib/util.js" },
        { "app/src", "noindex", IMP, "found app/node_modules/noindex/index.js" },
        { "app/src", "@scope/pkg", IMP, "found app/node_modules/@scope/pkg/dist/index.js" },
        { "app/src", "@scope/pkg/dist/extra", IMP,
          "found app/node_modules/@scope/pkg/dist/extra.js" },
        { "app/src", "nopkgjson", IMP, "found app/node_modules/nopkgjson/index.js" },
        { "app/node_modules/outer", "plain", IMP,
          "found app/node_modules/outer/node_modules/plain/index.js" },
        { "app/src", "high", IMP, "found node_modules/high/index.js" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    RUN(t, &f, cases);
    fixture_close(t, &f);
}

// package.json "exports": sugar, subpaths, nested conditions, patterns, null, arrays.
TEST(test_resolve_exports) {
    static const FixtureFile files[] = {
        { "node_modules/sugar/package.json", "{\"exports\": \"./s.js\", \"main\": \"./m.js\"}" },
        { "node_modules/sugar/s.js", "" },
        { "node_modules/sugar/m.js", "" },
        { "node_modules/dual/package.json",
          "{\"exports\": {\".\": {\"import\": \"./esm/i.mjs\", \"require\": \"./cjs/i.cjs\"},"
          " \"./feature\": {\"node\": {\"import\": \"./esm/f-node.mjs\", \"default\":"
          " \"./cjs/f-node.cjs\"}, \"browser\": \"./esm/f-browser.js\", \"default\":"
          " \"./esm/f.js\"},"
          " \"./sub/*\": \"./lib/*.js\", \"./sub/*.css\": \"./css/*.css\","
          " \"./sub/private/*\": null, \"./fallback\": [\"invalid:x\", \"./cjs/i.cjs\"],"
          " \"./package.json\": \"./package.json\"}}" },
        { "node_modules/dual/esm/i.mjs", "" },
        { "node_modules/dual/cjs/i.cjs", "" },
        { "node_modules/dual/esm/f-node.mjs", "" },
        { "node_modules/dual/cjs/f-node.cjs", "" },
        { "node_modules/dual/esm/f-browser.js", "" },
        { "node_modules/dual/esm/f.js", "" },
        { "node_modules/dual/lib/a/b.js", "" },
        { "node_modules/dual/lib/private/x.js", "" },
        { "node_modules/dual/css/theme.css", "" },
        { "node_modules/dual/hidden.js", "" },
        // Self-reference by name from inside the package.
        { "node_modules/dual/esm/self.mjs", "" },
    };
    static const Case cases[] = {
        { "", "sugar", IMP, "found node_modules/sugar/s.js" },
        { "", "dual", IMP, "found node_modules/dual/esm/i.mjs" },
        { "", "dual", REQ, "found node_modules/dual/cjs/i.cjs" },
        { "", "dual/feature", IMP, "found node_modules/dual/esm/f-browser.js" },
        { "", "dual/sub/a/b", IMP, "found node_modules/dual/lib/a/b.js" },
        { "", "dual/sub/theme.css", IMP, "found node_modules/dual/css/theme.css" },
        { "", "dual/fallback", IMP, "found node_modules/dual/cjs/i.cjs" },
        { "", "dual/package.json", IMP, "found node_modules/dual/package.json" },
        { "node_modules/dual/esm", "dual/feature", REQ,
          "found node_modules/dual/esm/f-browser.js" },
        { "node_modules/dual/esm", "dual", IMP, "found node_modules/dual/esm/i.mjs" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    RUN(t, &f, cases);
    fixture_close(t, &f);

    ResolveOptions node = { .platform = RESOLVE_PLATFORM_NODE };
    static const Case node_cases[] = {
        { "", "dual/feature", IMP, "found node_modules/dual/esm/f-node.mjs" },
        { "", "dual/feature", REQ, "found node_modules/dual/cjs/f-node.cjs" },
    };
    if (!fixture_open(t, &f, files, countof(files), &node))
        return;
    RUN(t, &f, node_cases);
    fixture_close(t, &f);
}

TEST(test_resolve_imports_field) {
    static const FixtureFile files[] = {
        { "pkg/package.json",
          "{\"imports\": {\"#dep\": {\"node\": \"dep-node\", \"default\": \"./src/dep.js\"},"
          " \"#internal/*\": \"./src/internal/*.js\", \"#bad\": \"../outside.js\"}}" },
        { "pkg/src/dep.js", "" },
        { "pkg/src/internal/a.js", "" },
        { "pkg/src/deep/x.js", "" },
        { "pkg/node_modules/dep-node/index.js", "" },
    };
    static const Case cases[] = {
        { "pkg/src/deep", "#dep", IMP, "found pkg/src/dep.js" },
        { "pkg/src/deep", "#internal/a", IMP, "found pkg/src/internal/a.js" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    RUN(t, &f, cases);
    fixture_close(t, &f);

    ResolveOptions node = { .platform = RESOLVE_PLATFORM_NODE };
    static const Case node_cases[] = {
        { "pkg/src", "#dep", IMP, "found pkg/node_modules/dep-node/index.js" },
    };
    if (!fixture_open(t, &f, files, countof(files), &node))
        return;
    RUN(t, &f, node_cases);
    fixture_close(t, &f);
}

// The browser field: main replacement, file maps, false to disable, bare-name maps.
TEST(test_resolve_browser_field) {
    static const FixtureFile files[] = {
        { "node_modules/b/package.json",
          "{\"main\": \"./node.js\", \"browser\": {\"./node.js\": \"./browser.js\","
          " \"./lib/server.js\": false, \"fs\": false, \"http\": \"./lib/http-shim.js\","
          " \"other\": \"./lib/other-shim.js\"}}" },
        { "node_modules/b/node.js", "" },
        { "node_modules/b/browser.js", "" },
        { "node_modules/b/lib/server.js", "" },
        { "node_modules/b/lib/http-shim.js", "" },
        { "node_modules/b/lib/other-shim.js", "" },
        { "node_modules/s/package.json", "{\"main\": \"./main.js\", \"browser\": \"./web.js\"}" },
        { "node_modules/s/main.js", "" },
        { "node_modules/s/web.js", "" },
    };
    static const Case cases[] = {
        { "", "b", IMP, "found node_modules/b/browser.js" },
        { "", "b/node", IMP, "found node_modules/b/browser.js" },
        { "", "b/lib/server", IMP, "disabled node_modules/b/lib/server.js" },
        { "node_modules/b/lib", "./server.js", IMP, "disabled node_modules/b/lib/server.js" },
        { "node_modules/b/lib", "fs", IMP, "disabled " },
        { "node_modules/b/lib", "http", IMP, "found node_modules/b/lib/http-shim.js" },
        { "node_modules/b/lib", "other", IMP, "found node_modules/b/lib/other-shim.js" },
        { "", "s", IMP, "found node_modules/s/web.js" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    RUN(t, &f, cases);
    fixture_close(t, &f);

    ResolveOptions node = { .platform = RESOLVE_PLATFORM_NODE };
    static const Case node_cases[] = {
        { "", "b", IMP, "found node_modules/b/node.js" },
        { "", "s", IMP, "found node_modules/s/main.js" },
        { "node_modules/b/lib", "fs", IMP, "external fs" },
    };
    if (!fixture_open(t, &f, files, countof(files), &node))
        return;
    RUN(t, &f, node_cases);
    fixture_close(t, &f);
}

// pnpm's layout: node_modules/x is a symlink into node_modules/.pnpm; the file's real path is
// the answer, and its own dependencies are found from there.
TEST(test_resolve_symlinks) {
    static const FixtureFile files[] = {
        { "node_modules/.pnpm/a@1.0.0/node_modules/a/package.json", "{}" },
        { "node_modules/.pnpm/a@1.0.0/node_modules/a/index.js", "" },
        { "node_modules/.pnpm/a@1.0.0/node_modules/b", "->../../b@2.0.0/node_modules/b" },
        { "node_modules/.pnpm/b@2.0.0/node_modules/b/index.js", "" },
        { "node_modules/a", "->.pnpm/a@1.0.0/node_modules/a" },
    };
    static const Case cases[] = {
        { "", "a", IMP, "found node_modules/.pnpm/a@1.0.0/node_modules/a/index.js" },
        { "node_modules/.pnpm/a@1.0.0/node_modules/a", "b", IMP,
          "found node_modules/.pnpm/b@2.0.0/node_modules/b/index.js" },
        { "", "b", IMP,
          "error Could not resolve \"b\"\nThe package \"b\" is not installed: there is no "
          "node_modules/b in \"ROOT\" or any directory above it. Install it, or mark it "
          "external with --external:b." },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    RUN(t, &f, cases);
    fixture_close(t, &f);

    ResolveOptions keep = { .preserve_symlinks = true };
    static const Case keep_cases[] = {
        { "", "a", IMP, "found node_modules/a/index.js" },
    };
    if (!fixture_open(t, &f, files, countof(files), &keep))
        return;
    RUN(t, &f, keep_cases);
    fixture_close(t, &f);
}

// --external, --alias, --packages=external and node builtins.
TEST(test_resolve_options) {
    static const FixtureFile files[] = {
        { "node_modules/react/index.js", "" },
        { "node_modules/preact/compat/index.js", "" },
        { "node_modules/lodash/index.js", "" },
        { "src/a.js", "" },
    };
    static const Str externals[] = { STR_INIT("react"), STR_INIT("@img/*") };
    static const ResolveAlias aliases[] = { { STR_INIT("react-dom"), STR_INIT("preact/compat") } };
    ResolveOptions opts = {
        .platform = RESOLVE_PLATFORM_NODE,
        .externals = externals,
        .external_count = countof(externals),
        .aliases = aliases,
        .alias_count = countof(aliases),
    };
    static const Case cases[] = {
        { "src", "react", IMP, "external react" },
        { "src", "react/jsx-runtime", IMP, "external react/jsx-runtime" },
        { "src", "react-dom", IMP, "found node_modules/preact/compat/index.js" },
        { "src", "@img/logo", IMP, "external @img/logo" },
        { "src", "lodash", IMP, "found node_modules/lodash/index.js" },
        { "src", "fs", IMP, "external fs" },
        { "src", "node:fs", IMP, "external node:fs" },
        { "src", "fs/promises", IMP, "external fs/promises" },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), &opts))
        return;
    RUN(t, &f, cases);
    fixture_close(t, &f);

    ResolveOptions packages = { .packages_external = true };
    static const Case pkg_cases[] = {
        { "src", "lodash", IMP, "external lodash" },
        { "src", "./a", IMP, "found src/a.js" },
    };
    if (!fixture_open(t, &f, files, countof(files), &packages))
        return;
    RUN(t, &f, pkg_cases);
    fixture_close(t, &f);
}

// The cache answers the same pointer for the same file, and its memory is charged to the
// resolver component.
TEST(test_resolve_interned_and_charged) {
    static const FixtureFile files[] = { { "a.js", "" } };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    ResolveResult a;
    ResolveResult b;
    resolver_resolve(f.r, &f.scratch, str_from_cstr(f.root), STR("./a"), IMP, &a);
    resolver_resolve(f.r, &f.scratch, str_from_cstr(f.root), STR("./a.js"), IMP, &b);
    CHECK_INT_EQ(a.status, RESOLVE_FOUND);
    CHECK(a.path.ptr == b.path.ptr);
    CHECK(resolver_memory(f.r) > 0);
    fixture_close(t, &f);
}

// An aliased specifier is resolved from the working directory (esbuild's rule), so a
// relative replacement means the same file from every importer.
TEST(test_resolve_alias_from_cwd) {
    static const FixtureFile files[] = {
        { "shims/path.js", "" },
        { "src/deep/a.js", "" },
        { "node_modules/preact/compat/index.js", "" },
    };
    static const ResolveAlias aliases[] = { { STR_INIT("path"), STR_INIT("./shims/path.js") },
                                            { STR_INIT("react"), STR_INIT("preact/compat") } };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    ResolveOptions opts = { .aliases = aliases,
                            .alias_count = countof(aliases),
                            .cwd = str_from_cstr(f.root) };
    resolver_destroy(f.r);
    f.r = resolver_create(f.mem, &opts);
    static const Case cases[] = {
        { "src/deep", "path", IMP, "found shims/path.js" },
        { "src/deep", "react", IMP, "found node_modules/preact/compat/index.js" },
        { "src/deep", "pathology", IMP,
          "error Could not resolve \"pathology\"\nThe package \"pathology\" is not installed: "
          "there is no node_modules/pathology in \"ROOT/src/deep\" or any directory above it. "
          "Install it, or mark it external with --external:pathology." },
    };
    RUN(t, &f, cases);
    fixture_close(t, &f);
}

// package.json "sideEffects": false, and lists of globs (a pattern without "/" matches a name
// in any directory).
TEST(test_resolve_side_effects) {
    static const FixtureFile files[] = {
        { "node_modules/pure/package.json", "{\"sideEffects\": false}" },
        { "node_modules/pure/index.js", "" },
        { "node_modules/some/package.json",
          "{\"sideEffects\": [\"*.css\", \"./src/polyfill.js\", \"./lib/**/init.js\"]}" },
        { "node_modules/some/index.js", "" },
        { "node_modules/some/deep/theme.css", "" },
        { "node_modules/some/src/polyfill.js", "" },
        { "node_modules/some/src/other.js", "" },
        { "node_modules/some/lib/init.js", "" },
        { "node_modules/some/lib/a/b/init.js", "" },
        { "node_modules/plain/index.js", "" },
    };
    static const struct {
        const char *spec;
        bool free;
    } cases[] = {
        { "pure", true },
        { "some", true },
        { "some/deep/theme.css", false },
        { "some/src/polyfill", false },
        { "some/src/other", true },
        { "some/lib/init", false },
        { "some/lib/a/b/init", false },
        { "plain", false },
    };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    for (size_t i = 0; i < countof(cases); i++) {
        ResolveResult res;
        resolver_resolve(f.r, &f.scratch, str_from_cstr(f.root), str_from_cstr(cases[i].spec), IMP,
                         &res);
        CHECK_INT_EQ(res.status, RESOLVE_FOUND);
        if (!CHECK(res.side_effect_free == cases[i].free))
            printf("  (\"%s\")\n", cases[i].spec);
    }
    fixture_close(t, &f);
}

// --external as esbuild reads it: import paths as written (with one "*"), package names with
// their subpaths, and path patterns against the files found.
TEST(test_resolve_externals) {
    static const FixtureFile files[] = {
        { "src/logo.png", "" },
        { "src/a.js", "" },
        { "vendor/big.js", "" },
        { "node_modules/react/index.js", "" },
        { "node_modules/react/jsx-runtime.js", "" },
        { "node_modules/reactive/index.js", "" },
    };
    static const Str externals[] = { STR_INIT("*.png"), STR_INIT("react"), STR_INIT("./vendor/*") };
    Fixture f;
    if (!fixture_open(t, &f, files, countof(files), NULL))
        return;
    ResolveOptions opts = { .externals = externals,
                            .external_count = countof(externals),
                            .cwd = str_from_cstr(f.root) };
    resolver_destroy(f.r);
    f.r = resolver_create(f.mem, &opts);
    static const Case cases[] = {
        { "src", "./logo.png", IMP, "external ./logo.png" },
        { "src", "react", IMP, "external react" },
        { "src", "react/jsx-runtime", IMP, "external react/jsx-runtime" },
        { "src", "reactive", IMP, "found node_modules/reactive/index.js" },
        { "src", "../vendor/big", IMP, "external ../vendor/big" },
        { "src", "./a", IMP, "found src/a.js" },
    };
    RUN(t, &f, cases);
    fixture_close(t, &f);
}
