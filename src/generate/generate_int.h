// generate_int: what the files of the generate stage share (see generate.h).
#ifndef BALE_GENERATE_GENERATE_INT_H
#define BALE_GENERATE_GENERATE_INT_H

#include "base/arena.h"
#include "base/fs.h"
#include "base/map.h"
#include "base/str.h"
#include "generate/generate.h"
#include "generate/sourcemap.h"

// module.c: prints module `id`'s piece into out, using scratch for the source and its tree
// (rewound by the caller), and when seg is not NULL builds the piece's source-map segment into
// it. Returns false when it reported an error.
// With --legal-comments=eof, legal is not NULL and receives the module's legal comments
// (generate_pack_legal); with inline they are printed in place.
MUST_USE bool generate_module(const GenerateInput *in, ModuleId id, Arena *scratch, StrBuf *out,
                              SmapSegment *seg, StrBuf *legal);
// Appends s as a double-quoted JavaScript string literal.
void generate_append_quoted(StrBuf *b, Str s);
// Appends a property key: the name when it is an identifier, else quoted.
void generate_append_key(StrBuf *b, Str name);
// Appends `__ns({ a: () => a, … }[, [import_x, …]])`: module mp's namespace object.
void generate_append_namespace(StrBuf *b, const ModulePlan *mp, bool min);
// Appends what a SymbolPrint reads: `name`, `name.member` or `name["member"]`.
void generate_append_print(StrBuf *b, SymbolPrint pr);

// One entry of the map's "sources": a module, or one original file of a module's input map.
typedef struct MapSource {
    ModuleId module;
    uint32_t input_index; // index into the module's input map's sources, or ID_NONE
    Str path;             // absolute path of the file
} MapSource;

typedef VEC(MapSource) MapSourceVec;

// map_output.c: the bundle's source map, streamed beside the bundle by the writer thread.
// Lives in: the writer's stack frame; its memory is charged to MEM_SOURCEMAP.
typedef struct MapOutput {
    const GenerateInput *in;
    SourcemapMode mode;
    Arena arena;          // paths; a source file while its text is copied
    Str dir;              // absolute directory the sources are relative to
    Str path;             // the .map file (linked, external)
    FsOutput file;        // the .map file being written
    bool file_open;       // file needs a commit or an abort
    StrBuf whole;         // inline: the whole map, which goes into the bundle at its end
    StrBuf tmp;           // one encoded or escaped slice
    SmapJoin join;        // the "mappings" so far
    MapSourceVec sources; // by source index
    bool failed;          // an error was reported
} MapOutput;

// Opens the map (a .map beside in->outfile unless inline) and writes its head. False when it
// could not (reported); map_output_close must still be called.
MUST_USE bool map_output_open(MapOutput *mo, const GenerateInput *in);
// Output text written without mappings (what surrounds the modules, separators).
void map_output_text(MapOutput *mo, Str text);
// The map segment of module id's piece, written just now.
void map_output_segment(MapOutput *mo, const SmapSegment *seg, ModuleId id);
// Writes the rest of the map: sources, their contents, names. False on a write error.
MUST_USE bool map_output_finish(MapOutput *mo);
// Writes the bundle's closing `//# sourceMappingURL=` comment, if the mode has one, to code.
void map_output_comment(MapOutput *mo, SmapSink code);
// Commits the .map (when commit is true and nothing failed) or removes it, and frees
// everything. False when the commit failed (reported).
MUST_USE bool map_output_close(MapOutput *mo, bool commit);

// legal.c: --legal-comments=eof.
// Appends the text of each comment spans[i] of src to out, packed (a 4-byte length, the bytes).
void generate_pack_legal(StrBuf *out, Str src, const LexSpan *spans, uint32_t n);

// The distinct legal comments of the pieces written so far, in order. Lives in: the writer's
// stack frame; its memory is charged to MEM_OUTPUT.
typedef struct LegalEof {
    Arena arena; // the comments' text (map keys)
    Map seen;    // comment text -> 0, in the order first seen
} LegalEof;

void legal_eof_init(LegalEof *le, Mem *mem);
void legal_eof_deinit(LegalEof *le);
// Adds the comments of one piece (what generate_pack_legal wrote), except those seen before.
void legal_eof_add(LegalEof *le, Str packed);
// Appends every comment, each on its own line(s); a newline first unless at_line_start.
void legal_eof_append(const LegalEof *le, StrBuf *b, bool at_line_start);

// mangle_nested.c
// Whether module m's names are minified (--minify-identifiers, and no eval() or `with`).
bool generate_mangles(const GenerateInput *in, const Module *m);
// Fills names (by SymbolId) for the nested symbols of module m's scope table from the plan's
// slot names (its top-level symbols are named by the caller).
void generate_name_slots(const GenerateInput *in, const Module *m, const ScopeTable *st,
                         Arena *scratch, Str *names);

// annex_b.c
// A sloppy module in strict (esm) output: each block function that Annex B also copies into a
// var becomes `var f = function f() {}` at the front of its block. May add nodes to ast.
void generate_lower_block_functions(Ast *ast, const ScopeTable *st, Arena *scratch);

// The symbol standing for the global `name` in a module (reads of it with no binding in
// sight), or ID_NONE when the module never reads it. minify.c.
SymbolId generate_global_symbol(const ScopeTable *st, const char *name);

// esm_scope.c
// A scope-hoisted ES module: reads of the globals module, exports, __filename and __dirname,
// and `typeof require`, become `void 0`, as node runs ES modules without them. May add nodes.
void generate_hide_cjs_globals(Ast *ast, const ScopeTable *st, Arena *scratch);

// minify.c
// --minify-syntax: rewrites module tree nodes the printer cannot decide alone (`undefined` read
// as the global becomes `void 0`). May add nodes to ast; uses scratch for temporaries.
// es2020: the output may use `?.` (see generate_allows_es2020).
void generate_minify_tree(Ast *ast, const ScopeTable *st, Arena *scratch, bool es2020);
// single_use.c
// --minify-syntax: a block's `let x = v;` read once, first thing by the next statement, is
// inlined there (`let x = a(); return x.b` -> `return a().b`). Runs after generate_minify_tree
// (the value is copied as it then is). May add lists to ast; uses scratch for temporaries.
void generate_inline_single_use(Ast *ast, const ScopeTable *st, Arena *scratch);
// Whether --target (none: the latest) allows ES2020 syntax such as `?.`.
bool generate_allows_es2020(Str target);
// --minify-identifiers without --keep-names: a function expression whose name nothing reads
// loses it (`function f(){}` -> `function(){}`).
void generate_drop_function_names(Ast *ast, const ScopeTable *st, Arena *scratch);
// --drop:console, --drop:debugger: removes calls of the global console's methods and debugger
// statements from the tree.
void generate_drop(Ast *ast, const ScopeTable *st, bool console, bool debugger);
// Turns node id into `void 0` (printed in parentheses where its position needs them).
void generate_void_zero(Ast *ast, NodeId id);

// props.c
// --mangle-props: the property names the plan renames print as their short names. Uses scratch
// for temporaries; may add synthesized text to ast.
void generate_rename_props(Ast *ast, Str src, const LinkPlan *plan, Arena *scratch);

// pure.c
// --minify-syntax: an expression statement that is a pure call (NF_PURE: `/* @__PURE__ */` or
// --pure:NAME) keeps only its arguments that may have side effects, or becomes empty. May add
// nodes to ast; uses scratch for temporaries.
void generate_drop_pure_calls(Ast *ast, const ScopeTable *st, Arena *scratch);

#endif
