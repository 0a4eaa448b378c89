// mangle_nested: a module's nested names under --minify-identifiers (see generate_int.h).
//
// Link named the slots (js/scope.h) for the whole bundle; here the module's scope tree, parsed
// again, is numbered the same way scan numbered it, and each nested symbol prints as its slot's
// name. A module's top-level symbols already print as link chose (a scope-hoisted module's
// names in the bundle's scope, a wrapped CommonJS module's names inside its closure), so its
// nested slots start after them. Twins (a class's inner name, an Annex B block function) print
// as the symbol they stand for.
#include "generate/generate_int.h"

bool generate_mangles(const GenerateInput *in, const Module *m) {
    return in->options->minify_identifiers && !(m->flags & MODF_DYNAMIC_SCOPE);
}

void generate_name_slots(const GenerateInput *in, const Module *m, const ScopeTable *st,
                         Arena *scratch, Str *names) {
    ScopeSlots slots;
    scope_slots(st, scratch, &slots);
    const LinkPlan *plan = in->plan;
    uint32_t first = slots.top_count;
    ASSERT(slots.count == m->slot_count); // the same text and options as scan's parse
    for (SymbolId id = 0; id < st->symbols.len; id++) {
        uint32_t slot = slots.slot_of[id];
        if (slot == ID_NONE || slot < first)
            continue;
        ASSERT(slot - first < plan->slot_count);
        names[id] = plan->slot_names[slot - first];
    }
    for (SymbolId id = 0; id < st->symbols.len; id++) {
        SymbolId twin = slots.twin_of[id];
        if (twin != ID_NONE && names[twin].len)
            names[id] = names[twin];
    }
}
