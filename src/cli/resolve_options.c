// resolve_options: Options -> ResolveOptions (see resolve_options.h).
#include "cli/resolve_options.h"

#include <string.h>

static ResolvePlatform platform_of(Platform p) {
    switch (p) {
    case PLATFORM_BROWSER:
        return RESOLVE_PLATFORM_BROWSER;
    case PLATFORM_NODE:
        return RESOLVE_PLATFORM_NODE;
    case PLATFORM_NEUTRAL:
        return RESOLVE_PLATFORM_NEUTRAL;
    }
    UNREACHABLE();
}

void resolve_options_from(ResolveOptions *out, const Options *o, Arena *a, Str cwd) {
    memset(out, 0, sizeof(*out));
    out->platform = platform_of(o->platform);
    out->conditions = o->conditions.items.items;
    out->condition_count = o->conditions.items.len;
    out->conditions_set = o->conditions.set;
    out->extensions = o->resolve_extensions.items.items;
    out->extension_count = o->resolve_extensions.items.len;
    out->main_fields = o->main_fields.items.items;
    out->main_field_count = o->main_fields.items.len;
    out->main_fields_set = o->main_fields.set;
    out->externals = o->externals.items;
    out->external_count = o->externals.len;
    ResolveAlias *aliases = arena_new_array(a, ResolveAlias, o->aliases.len + 1);
    for (uint32_t i = 0; i < o->aliases.len; i++)
        aliases[i] = (ResolveAlias){ o->aliases.items[i].key, o->aliases.items[i].value };
    out->aliases = aliases;
    out->alias_count = o->aliases.len;
    out->packages_external = o->packages == PACKAGES_EXTERNAL;
    out->preserve_symlinks = o->preserve_symlinks;
    out->tsconfig = o->tsconfig;
    out->cwd = cwd;
}
