// metafile: build metadata as JSON (see metafile.h).
#include "bundle/metafile.h"

static void append_json_string(StrBuf *b, Str s) {
    strbuf_append_char(b, '"');
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        if (c == '"' || c == '\\')
            strbuf_printf(b, "\\%c", c);
        else if (c < 0x20)
            strbuf_printf(b, "\\u%04x", c);
        else
            strbuf_append_char(b, (char)c);
    }
    strbuf_append_char(b, '"');
}

static const char *kind_name(const ImportRecord *r) {
    switch (r->kind) {
    case IMPORT_REQUIRE:
        return "require-call";
    case IMPORT_DYNAMIC:
        return "dynamic-import";
    default:
        return "import-statement";
    }
}

static void append_imports(StrBuf *b, const Graph *g, const Module *m) {
    strbuf_append_cstr(b, "\"imports\": [");
    for (uint32_t r = 0; r < m->record_count; r++) {
        const ImportRecord *rec = &m->records[r];
        strbuf_append_cstr(b, r ? ",\n        { \"path\": " : "\n        { \"path\": ");
        if (rec->target != ID_NONE)
            append_json_string(b, g->modules[rec->target]->pretty_path);
        else
            append_json_string(b, rec->flags & IRF_EXTERNAL ? rec->external : rec->specifier);
        strbuf_printf(b, ", \"kind\": \"%s\"", kind_name(rec));
        if (rec->flags & IRF_EXTERNAL)
            strbuf_append_cstr(b, ", \"external\": true");
        strbuf_append_cstr(b, ", \"original\": ");
        append_json_string(b, rec->specifier);
        strbuf_append_cstr(b, " }");
    }
    strbuf_append_cstr(b, m->record_count ? "\n      ]" : "]");
}

void metafile_inputs(StrBuf *b, const Graph *g) {
    for (ModuleId id = 0; id < g->module_count; id++) {
        const Module *m = g->modules[id];
        strbuf_append_cstr(b, id ? ",\n    " : "\n    ");
        append_json_string(b, m->pretty_path);
        strbuf_printf(b, ": {\n      \"bytes\": %u,\n      ", m->size);
        append_imports(b, g, m);
        const char *format = m->flags & MODF_ESM ? "esm" : m->flags & MODF_CJS ? "cjs" : NULL;
        if (format)
            strbuf_printf(b, ",\n      \"format\": \"%s\"", format);
        strbuf_append_cstr(b, "\n    }");
    }
}

void metafile_output(StrBuf *b, const Graph *g, const LinkPlan *plan, Str path, uint64_t bytes,
                     const uint32_t *piece_bytes, bool first) {
    strbuf_append_cstr(b, first ? "\n    " : ",\n    ");
    append_json_string(b, path);
    strbuf_printf(b,
                  ": {\n      \"bytes\": %llu,\n      \"entryPoint\": ", (unsigned long long)bytes);
    append_json_string(b, g->modules[plan->entry]->pretty_path);
    strbuf_append_cstr(b, ",\n      \"inputs\": {");
    for (uint32_t i = 0; i < plan->order_len; i++) {
        strbuf_append_cstr(b, i ? ",\n        " : "\n        ");
        append_json_string(b, g->modules[plan->order[i]]->pretty_path);
        strbuf_printf(b, ": { \"bytesInOutput\": %u }", piece_bytes ? piece_bytes[i] : 0);
    }
    strbuf_append_cstr(b, plan->order_len ? "\n      }\n    }" : "}\n    }");
}
