// builtins: node's builtin module names (require('module').builtinModules of node 20 and 22),
// for --platform=node (external) and --platform=browser (an error unless the browser field
// maps them). "node:" specifiers are builtins whatever follows, as node resolves them itself.
#include <stdlib.h>
#include <string.h>

#include "resolve/resolver_int.h"

// Sorted, for bsearch.
static const char *const builtin_names[] = {
    "_http_agent",
    "_http_client",
    "_http_common",
    "_http_incoming",
    "_http_outgoing",
    "_http_server",
    "_stream_duplex",
    "_stream_passthrough",
    "_stream_readable",
    "_stream_transform",
    "_stream_wrap",
    "_stream_writable",
    "_tls_common",
    "_tls_wrap",
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "dns/promises",
    "domain",
    "events",
    "fs",
    "fs/promises",
    "http",
    "http2",
    "https",
    "inspector",
    "inspector/promises",
    "module",
    "net",
    "os",
    "path",
    "path/posix",
    "path/win32",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "readline/promises",
    "repl",
    "stream",
    "stream/consumers",
    "stream/promises",
    "stream/web",
    "string_decoder",
    "sys",
    "timers",
    "timers/promises",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "util/types",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
};

static int compare_name(const void *key, const void *elem) {
    const Str *s = key;
    const char *name = *(const char *const *)elem;
    size_t n = strlen(name);
    int c = strncmp(s->ptr, name, MIN(s->len, n));
    if (c != 0)
        return c;
    return s->len < n ? -1 : s->len > n ? 1 : 0;
}

bool resolver_is_builtin(Str spec) {
    if (str_starts_with(spec, STR("node:")))
        return true;
    return bsearch(&spec, builtin_names, countof(builtin_names), sizeof(builtin_names[0]),
                   compare_name) != NULL;
}
