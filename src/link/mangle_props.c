// mangle_props: short names for the properties --mangle-props renames (see link.h).
//
// Scan listed, per module, the property names to rename with their occurrences and the short
// property names that stay (scan/props.h). Over the live modules, the names to rename are
// ordered by occurrences summed over the bundle (then by name, so the result never depends on
// thread timing) and dealt the minifier's sequence `e, t, n, …` (link_mangled_name), skipping
// every short name that stays: a renamed property can then never meet an unrenamed one of the
// same name on one object. One name maps to one short name in the whole bundle, which is what
// keeps `o.name_` in one module and `{ name_: 1 }` in another the same property.
#include <stdlib.h>
#include <string.h>

#include "link/link_int.h"
#include "scan/props.h"

typedef struct PropCount {
    Str name;
    uint64_t uses;
} PropCount;

static int by_uses(const void *x, const void *y) {
    const PropCount *a = x;
    const PropCount *b = y;
    if (a->uses != b->uses)
        return a->uses > b->uses ? -1 : 1;
    int c = memcmp(a->name.ptr, b->name.ptr, MIN(a->name.len, b->name.len));
    return c ? c : (a->name.len > b->name.len) - (a->name.len < b->name.len);
}

void mangle_props_run(Linker *lk) {
    LinkPlan *plan = lk->plan;
    Map uses; // name -> index into counts
    Map kept;
    map_init(&uses, plan->mem, MEM_LINK);
    map_init(&kept, plan->mem, MEM_LINK);
    VEC(PropCount) counts = { 0 };
    for (uint32_t i = 0; i < plan->order_len; i++) {
        const Module *m = linker_module(lk, plan->order[i]);
        for (uint32_t k = 0; k < m->props_kept_count; k++)
            map_put_str(&kept, m->props_kept[k], 0);
        for (uint32_t k = 0; k < m->prop_count; k++) {
            bool inserted;
            uint64_t *at = map_find_or_insert_str(&uses, m->props[k].name, counts.len, &inserted);
            if (inserted)
                vec_push(lk->scratch, &counts, ((PropCount){ m->props[k].name, 0 }));
            counts.items[*at].uses += m->props[k].uses;
        }
    }
    if (counts.len) // no vector at all when nothing matched: qsort may not take NULL
        qsort(counts.items, counts.len, sizeof(PropCount), by_uses);
    plan->prop_names = arena_alloc(&plan->arena, sizeof(Str) * MAX(counts.len, 1));
    uint64_t next = 0;
    for (uint32_t i = 0; i < counts.len; i++) {
        char buf[16];
        Str name;
        uint64_t unused;
        do {
            name = link_mangled_name(next++, buf);
        } while (map_get_str(&kept, name, &unused));
        ASSERT(name.len <= PROPS_SHORT_NAME); // longer kept names were not recorded
        plan->prop_names[i] = str_dup(&plan->arena, name);
        map_put_str(&plan->props, counts.items[i].name, i);
    }
    map_deinit(&kept);
    map_deinit(&uses);
}

Str link_prop_name(const LinkPlan *plan, Str name) {
    uint64_t i;
    if (!map_len(&plan->props) || !map_get_str(&plan->props, name, &i))
        return name;
    return plan->prop_names[i];
}
