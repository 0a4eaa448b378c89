// options: the command line, parsed into Options, following esbuild's flag conventions:
// `--flag`, `--flag=value`, `--flag:key=value` for maps and lists (`--define:K=V`,
// `--external:PKG`), and bare arguments as entry points.
//
// Parsing never prints and never exits: on a bad flag it returns false with a one-line message
// naming the flag. Every string in Options points into argv or into the arena given to
// options_parse. Module prefix: options_.
#ifndef BALE_CLI_OPTIONS_H
#define BALE_CLI_OPTIONS_H

#include "base/arena.h"
#include "base/base.h"
#include "base/str.h"
#include "base/vec.h"

typedef enum OutputFormat {
    FORMAT_DEFAULT, // esm when bundling for neutral, iife for browser, cjs for node (as esbuild)
    FORMAT_ESM,
    FORMAT_CJS,
    FORMAT_IIFE,
} OutputFormat;

typedef enum Platform {
    PLATFORM_BROWSER,
    PLATFORM_NODE,
    PLATFORM_NEUTRAL,
} Platform;

typedef enum SourcemapMode {
    SOURCEMAP_NONE,
    SOURCEMAP_LINKED,   // .map file plus a sourceMappingURL comment
    SOURCEMAP_EXTERNAL, // .map file, no comment
    SOURCEMAP_INLINE,   // data: URL in the comment
} SourcemapMode;

// --sources-content: whether the source map carries the sources' text.
typedef enum SourcesContent {
    SOURCES_CONTENT_TRUE,
    SOURCES_CONTENT_FALSE,
} SourcesContent;

// How a file without a decisive extension is parsed (--source-type).
typedef enum SourceTypeOption {
    SOURCE_TYPE_AUTO,   // .mjs/.mts modules, .cjs/.cts scripts, others by their syntax
    SOURCE_TYPE_MODULE, // always the module goal
    SOURCE_TYPE_SCRIPT, // always a (sloppy) script
} SourceTypeOption;

// What happens to JSX (--jsx, esbuild's names); overrides tsconfig.json's `jsx`.
typedef enum JsxOption {
    JSX_OPTION_DEFAULT,   // as tsconfig.json says (classic calls without one)
    JSX_OPTION_TRANSFORM, // classic: `React.createElement(…)`
    JSX_OPTION_PRESERVE,  // kept as JSX in the output
    JSX_OPTION_AUTOMATIC, // `_jsx(…)` from `react/jsx-runtime`
} JsxOption;

typedef enum MemReportMode {
    MEM_REPORT_NONE,
    MEM_REPORT_TEXT,
    MEM_REPORT_JSON,
} MemReportMode;

typedef enum LogLevel {
    LOG_VERBOSE,
    LOG_DEBUG,
    LOG_INFO, // the default: errors, warnings and the build summary
    LOG_WARNING,
    LOG_ERROR,
    LOG_SILENT,
} LogLevel;

// A `--flag:key=value` entry (value is empty for list flags such as --external).
typedef struct KeyValue {
    Str key;
    Str value;
} KeyValue;

typedef VEC(Str) StrVec;
typedef VEC(KeyValue) KeyValueVec;

// A comma-separated list flag (--conditions=a,b). set tells "given, maybe empty" from absent.
typedef struct StrList {
    StrVec items;
    bool set;
} StrList;

// --legal-comments: where `/*! … */`, `//!`, @license and @preserve comments go.
typedef enum LegalComments {
    LEGAL_DEFAULT, // eof when bundling, inline otherwise (as esbuild)
    LEGAL_NONE,    // dropped
    LEGAL_INLINE,  // kept where they are
    LEGAL_EOF,     // collected at the end of the output file, each distinct text once
} LegalComments;

// --packages: whether bare imports are bundled or left external.
typedef enum PackagesMode {
    PACKAGES_BUNDLE,
    PACKAGES_EXTERNAL,
} PackagesMode;

// Lives in: main's stack; strings in argv or the options arena.
typedef struct Options {
    StrVec entries;                 // entry points, in command-line order
    bool bundle;                    // --bundle: follow imports
    bool minify_whitespace;         // --minify-whitespace (or --minify)
    bool minify_identifiers;        // --minify-identifiers (or --minify)
    bool minify_syntax;             // --minify-syntax (or --minify)
    bool keep_names;                // --keep-names: minified functions and classes keep `.name`
    bool drop_console;              // --drop:console: calls of console methods removed
    bool drop_debugger;             // --drop:debugger: debugger statements removed
    StrVec pure;                    // --pure:NAME: calls of these globals are side-effect free
    LegalComments legal_comments;   // --legal-comments=none|inline|eof
    Str mangle_props;               // --mangle-props=REGEX (POSIX ERE): properties renamed
    Str reserve_props;              // --reserve-props=REGEX: …except these
    bool splitting;                 // --splitting
    OutputFormat format;            // --format
    Platform platform;              // --platform
    SourcemapMode sourcemap;        // --sourcemap[=linked|external|inline]
    SourcesContent sources_content; // --sources-content=true|false
    Str source_root;                // --source-root: the map's "sourceRoot"
    Str outfile;                    // --outfile (empty: stdout)
    Str outdir;                     // --outdir
    Str metafile;                   // --metafile
    Str tsconfig;                   // --tsconfig
    Str global_name;                // --global-name (iife)
    Str target;                     // --target
    SourceTypeOption source_type;   // --source-type
    JsxOption jsx;                  // --jsx=transform|preserve|automatic
    KeyValueVec defines;            // --define:K=V
    KeyValueVec banners;            // --banner:js=TEXT
    KeyValueVec footers;            // --footer:js=TEXT
    StrVec externals;               // --external:PKG
    KeyValueVec aliases;            // --alias:OLD=NEW
    PackagesMode packages;          // --packages=bundle|external
    StrList conditions;             // --conditions=a,b (export conditions added to the defaults)
    StrList resolve_extensions;     // --resolve-extensions=.a,.b
    StrList main_fields;            // --main-fields=a,b
    bool preserve_symlinks;         // --preserve-symlinks
    uint32_t threads;               // --threads (0: one per CPU)
    LogLevel log_level;             // --log-level
    MemReportMode mem_report;       // --mem-report[=text|json]
    Str mem_report_file;            // --mem-report-file: JSON report written here
    bool help;                      // --help / -h
    bool version;                   // --version
} Options;

// Parses argv[1..argc) into *o. Returns false and writes a one-line message (without the
// "error: " prefix or newline) to *error when a flag is unknown or its value is invalid.
MUST_USE bool options_parse(Options *o, Arena *a, int argc, char **argv, StrBuf *error);

// The --help text.
const char *options_usage(void);

#endif
