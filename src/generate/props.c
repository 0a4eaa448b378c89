// props: --mangle-props, the generate side (see generate_int.h). Every property name scan
// counted for renaming (scan/props.h, the same nodes) is pointed at its short name from the
// plan, as synthesized text; the printer then prints keys and member names as usual. A
// shorthand `{ name_ }` becomes `{ e: name_ }` by itself, since key and value now differ.
#include "scan/props.h"

#include "generate/generate_int.h"

void generate_rename_props(Ast *ast, Str src, const LinkPlan *plan, Arena *scratch) {
    if (!map_len(&plan->props))
        return;
    const uint8_t *attrs = props_attributes(ast, scratch);
    uint32_t count = ast->nodes.len;
    for (NodeId id = 0; id < count; id++) {
        NodeId name = props_name_of(ast, id, attrs);
        if (name == NODE_NONE)
            continue;
        Node *n = ast_node(ast, name);
        Str text = ast_text(ast, src.ptr, n->start, n->a);
        Str to = link_prop_name(plan, text);
        if (to.ptr == text.ptr)
            continue; // not renamed
        uint32_t at = ast_synth(ast, to);
        n = ast_node(ast, name);
        n->start = at;
        n->a = (uint32_t)to.len;
    }
}
