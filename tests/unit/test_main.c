// The unit-test runner: every test is listed in the table below, grouped by module. Runs all
// tests, or those whose name contains argv[1]; prints each failure with file:line and ends with
// "unit: N passed, N failed". Exit status 1 if any test failed.
#include <stdio.h>
#include <string.h>

#include "test.h"

#define DECLARE(name) void name(TestState *t);
#define ENTRY(name)   { #name, name },

// One line per test. Keep groups in layer order.
#define UNIT_TESTS(X)                                \
    /* base/mem */                                   \
    X(test_mem_counts_by_stage_and_component)        \
    X(test_mem_peak_snapshot)                        \
    X(test_mem_size_classes)                         \
    X(test_mem_realloc_keeps_component)              \
    X(test_mem_threads_fold)                         \
    X(test_mem_timeline)                             \
    X(test_mem_stage_start)                          \
    /* base/arena */                                 \
    X(test_arena_alloc_aligned)                      \
    X(test_arena_mark_rewind)                        \
    X(test_arena_reset_keeps_chunks)                 \
    X(test_arena_trim)                               \
    X(test_arena_large_request)                      \
    /* base/vec */                                   \
    X(test_vec_arena_push)                           \
    X(test_vec_heap_push)                            \
    /* base/str */                                   \
    X(test_str_compare_and_search)                   \
    X(test_str_parse_u64)                            \
    X(test_str_hash_stable)                          \
    X(test_str_hex_and_identifiers)                  \
    X(test_strbuf_append)                            \
    /* base/map */                                   \
    X(test_map_str_insert_and_grow)                  \
    X(test_map_overwrite_and_miss)                   \
    X(test_map_insertion_order)                      \
    X(test_map_collisions)                           \
    X(test_map_u64_keys)                             \
    X(test_map_clear_and_reserve)                    \
    X(test_map_memory_returned)                      \
    /* base/path */                                  \
    X(test_path_normalize)                           \
    X(test_path_join_and_absolute)                   \
    X(test_path_relative)                            \
    X(test_path_dirname_basename)                    \
    X(test_path_extname)                             \
    X(test_path_is_absolute)                         \
    /* base/fs */                                    \
    X(test_fs_read_file)                             \
    X(test_fs_read_file_past_stat_size)              \
    X(test_fs_read_file_errors)                      \
    X(test_fs_stat)                                  \
    X(test_fs_realpath_and_getcwd)                   \
    X(test_fs_output_commit)                         \
    X(test_fs_output_abort)                          \
    X(test_fs_output_failed_write)                   \
    X(test_fs_output_nested_dirs)                    \
    X(test_fs_output_large_write)                    \
    /* cli/options */                                \
    X(test_options_defaults_and_entries)             \
    X(test_options_values)                           \
    X(test_options_resolve_flags)                    \
    X(test_options_minifier_flags)                   \
    X(test_options_errors)                           \
    /* base/pool */                                  \
    X(test_pool_jobs_fill_slots)                     \
    X(test_pool_nested_submission)                   \
    X(test_pool_results_independent_of_thread_count) \
    X(test_pool_for_each)                            \
    X(test_pool_worker_index_in_range)               \
    X(test_pool_single_thread_fifo)                  \
    X(test_pool_destroy_idle)                        \
    X(test_pool_destroy_runs_queued_jobs)            \
    /* diag */                                       \
    X(test_diag_frames)                              \
    X(test_diag_gutter_width)                        \
    X(test_diag_long_line_window)                    \
    X(test_diag_binary_content)                      \
    X(test_diag_without_position)                    \
    X(test_diag_warning_and_notes)                   \
    X(test_diag_hidden_warnings)                     \
    X(test_diag_color)                               \
    X(test_diag_sort_across_threads)                 \
    X(test_diag_error_limit)                         \
    X(test_diag_summary_line)                        \
    X(test_diag_memory_charged)                      \
    /* js/lexer */                                   \
    X(test_lexer_punctuators)                        \
    X(test_lexer_offsets)                            \
    X(test_lexer_every_word)                         \
    X(test_lexer_identifiers)                        \
    X(test_lexer_number_values)                      \
    X(test_lexer_string_values)                      \
    X(test_lexer_templates)                          \
    X(test_lexer_template_escape_errors)             \
    X(test_lexer_regexp_rescan)                      \
    X(test_lexer_greater_split)                      \
    X(test_lexer_save_restore)                       \
    X(test_lexer_comments)                           \
    X(test_lexer_annotations_and_newlines)           \
    X(test_lexer_strict_legacy_octal)                \
    X(test_lexer_error_messages)                     \
    X(test_lexer_invalid_utf8_and_nul)               \
    X(test_lexer_every_prefix_is_safe)               \
    X(test_lexer_large_input)                        \
    X(test_lexer_unicode_tables)                     \
    X(test_regexp_flags)                             \
    X(test_regexp_patterns)                          \
    X(test_regexp_deep_nesting)                      \
    /* minifier */                                   \
    X(test_annex_b_lowering)                         \
    X(test_esm_hides_cjs_globals)                    \
    X(test_props_regex)                              \
    X(test_props_collect)                            \
    X(test_minify_name_sequence)                     \
    X(test_minify_slots)                             \
    X(test_minify_syntax)                            \
    /* js/printer */                                 \
    X(test_printer_tree_precedence)                  \
    X(test_printer_tree_statement_start)             \
    X(test_printer_tree_lexical_hazards)             \
    X(test_printer_tree_statements)                  \
    X(test_printer_tree_rename_and_annotations)      \
    X(test_printer_tree_mappings_and_comments)       \
    X(test_printer_tree_long_chain)                  \
    X(test_printer_precedence)                       \
    X(test_printer_new_and_optional_chains)          \
    X(test_printer_statement_start_hazards)          \
    X(test_printer_lexical_hazards)                  \
    X(test_printer_for_heads)                        \
    X(test_printer_statements)                       \
    X(test_printer_functions_and_classes)            \
    X(test_printer_objects_and_patterns)             \
    X(test_printer_modules)                          \
    X(test_printer_annotations)                      \
    X(test_printer_no_side_effects)                  \
    X(test_printer_rename_round_trip)                \
    X(test_printer_keep_names)                       \
    X(test_printer_legal_at_end)                     \
    X(test_printer_regressions)                      \
    /* js/parser */                                  \
    X(test_parser_script_ast)                        \
    X(test_parser_module_ast)                        \
    X(test_parser_script_errors)                     \
    X(test_parser_module_errors)                     \
    X(test_parser_script_rejects_module_syntax)      \
    X(test_parser_top_level_return_option)           \
    X(test_parser_with_offset)                       \
    X(test_parser_top_level_this)                    \
    X(test_parser_auto_detect)                       \
    X(test_parser_deep_nesting)                      \
    X(test_parser_every_prefix_is_safe)              \
    X(test_parser_typescript_smoke)                  \
    X(test_parser_pure_names)                        \
    X(test_parser_regressions)                       \
    X(test_parser_ast_growth)                        \
    /* js/parser: TypeScript and JSX */              \
    X(test_ts_types_skipped)                         \
    X(test_ts_classes)                               \
    X(test_ts_assign_class_fields)                   \
    X(test_ts_enums)                                 \
    X(test_ts_namespaces)                            \
    X(test_ts_imports_and_exports)                   \
    X(test_ts_verbatim_module_syntax)                \
    X(test_ts_commonjs)                              \
    X(test_ts_contextual_words_stay_identifiers)     \
    X(test_ts_legacy_decorators)                     \
    X(test_ts_decorator_metadata)                    \
    X(test_ts_tc39_decorators)                       \
    X(test_ts_errors)                                \
    X(test_ts_loader_for_path)                       \
    X(test_jsx_classic)                              \
    X(test_jsx_whitespace_and_entities)              \
    X(test_jsx_automatic)                            \
    X(test_jsx_pragmas_and_options)                  \
    X(test_jsx_preserve)                             \
    X(test_jsx_in_tsx)                               \
    X(test_jsx_errors)                               \
    X(test_scope_binding)                            \
    X(test_scope_deterministic)                      \
    X(test_scope_uses_exports_lookup)                \
    X(test_scope_sizes)                              \
    /* scan/summary */                               \
    X(test_summary_enum_consts)                      \
    X(test_summary_import_reads)                     \
    X(test_summary_import_reads_js)                  \
    X(test_summary_cjs_global_in_esm)                \
    X(test_summary_commonjs_scripts)                 \
    X(test_summary_reads_require)                    \
    X(test_summary_constant_enums_removable)         \
    /* resolve */                                    \
    X(test_json_values)                              \
    X(test_json_errors)                              \
    X(test_json_bounds_and_prefixes)                 \
    X(test_resolve_relative_paths)                   \
    X(test_resolve_node_modules)                     \
    X(test_resolve_exports)                          \
    X(test_resolve_imports_field)                    \
    X(test_resolve_browser_field)                    \
    X(test_resolve_symlinks)                         \
    X(test_resolve_options)                          \
    X(test_resolve_alias_from_cwd)                   \
    X(test_resolve_externals)                        \
    X(test_resolve_side_effects)                     \
    X(test_resolve_interned_and_charged)             \
    X(test_resolve_error_hints)                      \
    X(test_resolve_error_report)                     \
    X(test_resolve_odd_specifiers)                   \
    X(test_tsconfig_extends_and_options)             \
    X(test_tsconfig_paths)                           \
    X(test_tsconfig_override)                        \
    X(test_tsconfig_errors)                          \
    /* generate/sourcemap */                         \
    X(test_smap_vlq_round_trip)                      \
    X(test_smap_base64_and_json)                     \
    X(test_smap_segments_join)

UNIT_TESTS(DECLARE)

static const struct {
    const char *name;
    TestFn fn;
} tests[] = { UNIT_TESTS(ENTRY) };

bool test_check(TestState *t, bool ok, const char *file, int line, const char *expr) {
    t->checks++;
    if (!ok) {
        t->failures++;
        printf("%s:%d: %s: check failed: %s\n", file, line, t->name, expr);
    }
    return ok;
}

bool test_check_int(TestState *t, int64_t got, int64_t want, const char *file, int line,
                    const char *expr) {
    t->checks++;
    if (got == want)
        return true;
    t->failures++;
    printf("%s:%d: %s: %s is %lld, want %lld\n", file, line, t->name, expr, (long long)got,
           (long long)want);
    return false;
}

bool test_check_str(TestState *t, Str got, Str want, const char *file, int line, const char *expr) {
    t->checks++;
    if (str_eq(got, want))
        return true;
    t->failures++;
    printf("%s:%d: %s: %s is\n  \"%.*s\"\nwant\n  \"%.*s\"\n", file, line, t->name, expr,
           STR_FMT(got), STR_FMT(want));
    return false;
}

int main(int argc, char **argv) {
    const char *filter = argc > 1 ? argv[1] : NULL;
    uint32_t passed = 0;
    uint32_t failed = 0;
    for (size_t i = 0; i < countof(tests); i++) {
        if (filter && !strstr(tests[i].name, filter))
            continue;
        TestState t = { .name = tests[i].name };
        tests[i].fn(&t);
        if (t.failures == 0 && t.checks > 0) {
            passed++;
        } else {
            if (t.checks == 0)
                printf("%s: checked nothing\n", tests[i].name);
            failed++;
        }
    }
    printf("unit: %u passed, %u failed\n", passed, failed);
    return failed ? 1 : 0;
}
