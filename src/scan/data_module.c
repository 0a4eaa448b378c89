// data_module: summaries of modules that are data, not code (see summary.h): JSON files, whose
// top-level keys that are identifiers become named exports beside the default export (each its
// own part, so unused keys are dropped), and text files, whose default export is the text.
#include <string.h>

#include "scan/summary.h"

bool summary_json_key_exported(Str key) {
    static const char *const reserved[] = { "default", "__proto__" };
    for (size_t i = 0; i < countof(reserved); i++) {
        if (str_eq_cstr(key, reserved[i]))
            return false;
    }
    return str_is_ascii_identifier(key);
}

static TopSymbol data_symbol(Str name, uint8_t flags) {
    return (TopSymbol){
        .name = name, .id = ID_NONE, .record = ID_NONE, .kind = SYM_CONST, .flags = flags
    };
}

// The exported keys of an object root, each once (the last value wins, as in JSON.parse).
static uint32_t exported_keys(const JsonValue *root, Str *keys) {
    uint32_t n = 0;
    for (uint32_t i = 0; root->kind == JSON_OBJECT && i < root->len; i++) {
        Str key = root->members[i].key;
        if (!summary_json_key_exported(key))
            continue;
        bool seen = false;
        for (uint32_t k = 0; k < n && !seen; k++)
            seen = str_eq(keys[k], key);
        if (!seen)
            keys[n++] = key;
    }
    return n;
}

// Symbols: one per exported key, then the default. Parts: one per key declaring it, then the
// default's, which references every key.
void summary_build_json(Module *m, const JsonValue *root, Arena *out) {
    uint32_t cap = root->kind == JSON_OBJECT ? root->len : 0;
    Str *keys = arena_alloc(out, sizeof(Str) * MAX(cap, 1));
    uint32_t n = exported_keys(root, keys);
    m->flags |= MODF_JSON;
    m->symbol_count = n + 1;
    m->symbols = arena_alloc_zero(out, sizeof(TopSymbol) * (n + 1));
    m->export_count = n + 1;
    m->exports = arena_alloc_zero(out, sizeof(ExportEntry) * (n + 1));
    m->part_count = n + 1;
    m->parts = arena_alloc_zero(out, sizeof(Part) * (n + 1));
    m->part_syms = arena_alloc(out, sizeof(uint32_t) * (2 * n + 1));
    for (uint32_t k = 0; k < n; k++) {
        Str name = str_dup(out, keys[k]);
        m->symbols[k] = data_symbol(name, TSF_EXPORTED);
        m->exports[k] = (ExportEntry){ .name = name, .local = k, .record = ID_NONE };
        m->part_syms[k] = k;
        m->parts[k] = (Part){ .decl_start = k, .decl_len = 1, .ref_start = k + 1 };
    }
    m->symbols[n] = data_symbol(STR("default"), TSF_DEFAULT | TSF_EXPORTED);
    m->exports[n] = (ExportEntry){ .name = STR("default"), .local = n, .record = ID_NONE };
    m->part_syms[n] = n;
    for (uint32_t k = 0; k < n; k++)
        m->part_syms[n + 1 + k] = k;
    m->parts[n] = (Part){ .decl_start = n, .decl_len = 1, .ref_start = n + 1, .ref_len = n };
}

void summary_build_text(Module *m, Arena *out) {
    m->symbol_count = 1;
    m->symbols = arena_alloc_zero(out, sizeof(TopSymbol));
    m->symbols[0] = data_symbol(STR("default"), TSF_DEFAULT | TSF_EXPORTED);
    m->export_count = 1;
    m->exports = arena_alloc_zero(out, sizeof(ExportEntry));
    m->exports[0] = (ExportEntry){ .name = STR("default"), .local = 0, .record = ID_NONE };
    m->part_count = 1;
    m->parts = arena_alloc_zero(out, sizeof(Part));
    m->parts[0] = (Part){ .decl_start = 0, .decl_len = 1, .ref_start = 1 };
    m->part_syms = arena_alloc_zero(out, sizeof(uint32_t));
    m->flags |= MODF_TEXT;
}
