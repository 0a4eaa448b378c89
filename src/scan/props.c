// props: the property names --mangle-props renames, counted per module (see props.h).
#include "scan/props.h"

#include <stdlib.h>
#include <string.h>

#include "base/map.h"
#include "js/token.h"

bool props_compile(PropRegex *rx, Str mangle, Str reserve, Arena *a, Str *error) {
    *rx = (PropRegex){ .has_reserve = reserve.len > 0 };
    const char *pattern = arena_strndup(a, mangle.ptr, mangle.len);
    int err = regcomp(&rx->mangle, pattern, REG_EXTENDED | REG_NOSUB);
    regex_t *bad = &rx->mangle;
    if (err == 0 && rx->has_reserve) {
        pattern = arena_strndup(a, reserve.ptr, reserve.len);
        err = regcomp(&rx->reserve, pattern, REG_EXTENDED | REG_NOSUB);
        bad = &rx->reserve;
        if (err)
            regfree(&rx->mangle);
    }
    if (err == 0)
        return true;
    char *msg = arena_alloc(a, 256);
    regerror(err, bad, msg, 256);
    *error = str_from_cstr(msg);
    return false;
}

void props_free(PropRegex *rx) {
    regfree(&rx->mangle);
    if (rx->has_reserve)
        regfree(&rx->reserve);
}

bool props_matches(const PropRegex *rx, Str name, Arena *scratch) {
    ArenaMark mark = arena_mark(scratch);
    const char *s = arena_strndup(scratch, name.ptr, name.len);
    bool match = regexec(&rx->mangle, s, 0, NULL, 0) == 0 &&
                 !(rx->has_reserve && regexec(&rx->reserve, s, 0, NULL, 0) == 0);
    arena_rewind(scratch, mark);
    // `constructor` and `__proto__` are syntax in classes and object literals, not names.
    return match && !str_eq_cstr(name, "constructor") && !str_eq_cstr(name, "__proto__");
}

uint8_t *props_attributes(const Ast *ast, Arena *a) {
    uint8_t *attrs = arena_alloc_zero(a, MAX(ast->nodes.len, 1));
    uint32_t len = ast_list_len(ast, ast->body);
    const NodeId *body = ast_list_items(ast, ast->body);
    for (uint32_t i = 0; i < len; i++) {
        const Node *n = ast_node(ast, body[i]);
        if (n->kind != IMPORT_DECL && n->kind != EXPORT_NAMED && n->kind != EXPORT_ALL)
            continue;
        uint32_t count = ast_list_len(ast, n->c);
        const NodeId *items = ast_list_items(ast, n->c);
        for (uint32_t k = 0; k < count; k++)
            attrs[items[k]] = 1;
    }
    return attrs;
}

NodeId props_name_of(const Ast *ast, NodeId id, const uint8_t *attrs) {
    const Node *n = ast_node(ast, id);
    if (n->kind == MEMBER && ast_node(ast, n->a)->kind != IMPORT_META &&
        ast_node(ast, n->b)->kind == NAME)
        return n->b;
    if (n->kind == PROPERTY && !(n->flags & NF_COMPUTED) && !attrs[id] &&
        ast_node(ast, n->a)->kind == NAME)
        return n->a;
    return NODE_NONE;
}

// The contents of a string literal that could be a short property name (`o["e"]`).
static bool short_string(const Ast *ast, Str src, const Node *n, Str *out) {
    Str text = ast_text(ast, src.ptr, n->start, n->a);
    if (text.len < 3 || text.len > PROPS_SHORT_NAME + 2 || (n->flags & NF_ESCAPED))
        return false;
    *out = str_slice(text, 1, text.len - 1);
    return true;
}

static int by_name(const void *x, const void *y) {
    const Str *a = x;
    const Str *b = y;
    int c = memcmp(a->ptr, b->ptr, MIN(a->len, b->len));
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

// The keys of map in name order, copied into out.
static Str *sorted_keys(const Map *map, Arena *out) {
    uint32_t n = map_len(map);
    Str *keys = arena_alloc(out, sizeof(Str) * MAX(n, 1));
    for (uint32_t i = 0; i < n; i++)
        keys[i] = str_dup(out, map_key_str(map, i));
    qsort(keys, n, sizeof(Str), by_name);
    return keys;
}

void props_collect(const PropRegex *rx, const ParseResult *parsed, Str src, Arena *out,
                   Arena *scratch, PropUse **uses, uint32_t *use_count, Str **kept,
                   uint32_t *kept_count) {
    ArenaMark mark = arena_mark(scratch);
    const Ast *ast = &parsed->ast;
    const uint8_t *attrs = props_attributes(ast, scratch);
    Map names; // property name -> occurrences
    Map short_kept;
    map_init(&names, out->mem, MEM_SUMMARY);
    map_init(&short_kept, out->mem, MEM_SUMMARY);
    for (NodeId id = 0; id < ast->nodes.len; id++) {
        const Node *n = ast_node(ast, id);
        Str text;
        if (n->kind == STRING_LIT && short_string(ast, src, n, &text)) {
            map_put_str(&short_kept, text, 0);
            continue;
        }
        NodeId name = props_name_of(ast, id, attrs);
        if (name == NODE_NONE)
            continue;
        const Node *nn = ast_node(ast, name);
        text = ast_text(ast, src.ptr, nn->start, nn->a);
        bool inserted;
        ++*map_find_or_insert_str(&names, text, 0, &inserted);
    }
    uint32_t n = map_len(&names);
    VEC(PropUse) found = { 0 };
    for (uint32_t i = 0; i < n; i++) {
        Str name = map_key_str(&names, i);
        uint64_t count = *map_find_or_insert_str(&names, name, 0, NULL);
        if (props_matches(rx, name, scratch))
            vec_push(scratch, &found, ((PropUse){ str_dup(out, name), (uint32_t)count }));
        else if (name.len <= PROPS_SHORT_NAME)
            map_put_str(&short_kept, name, 0);
    }
    *use_count = found.len;
    *uses = arena_alloc(out, sizeof(PropUse) * MAX(found.len, 1));
    if (found.len) // no vector at all when nothing matched: memcpy may not take NULL
        memcpy(*uses, found.items, sizeof(PropUse) * found.len);
    qsort(*uses, found.len, sizeof(PropUse), by_name); // name is the first field
    *kept_count = map_len(&short_kept);
    *kept = sorted_keys(&short_kept, out);
    map_deinit(&short_kept);
    map_deinit(&names);
    arena_rewind(scratch, mark);
}
