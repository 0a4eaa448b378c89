// runtime: the helpers' JavaScript text (see runtime.h). Each helper is one line so the same
// text serves readable and minified output.
#include "generate/runtime.h"

#include "base/base.h"
#include "link/link.h"

typedef struct Helper {
    uint32_t bit;
    const char *text;
} Helper;

// The same helpers minified: the same statements, with one-letter parameters and locals (they
// shadow nothing the helpers read: only Object and Symbol, never given out as names).
static const Helper minified_helpers[] = {
    { HELPER_REQUIRE, "import{createRequire as __createRequire}from\"node:module\";"
                      "var require=__createRequire(import.meta.url);" },
    { HELPER_DIRNAME, "import{fileURLToPath as __fileURLToPath}from\"node:url\";"
                      "import{dirname as __pathDirname}from\"node:path\";"
                      "var __filename=__fileURLToPath(import.meta.url),"
                      "__dirname=__pathDirname(__filename);" },
    { HELPER_COMMONJS,
      "var __commonJS=(f,m)=>()=>(m||f.call((m={exports:{}}).exports,m.exports,m),m.exports);" },
    { HELPER_TO_ESM, "var __toESM=(m,n)=>{var s=m!=null?Object.create(Object.getPrototypeOf(m)):{};"
                     "if(m!=null&&(typeof m==\"object\"||typeof m==\"function\"))"
                     "for(let k of Object.getOwnPropertyNames(m))"
                     "k!==\"default\"&&Object.defineProperty(s,k,{get:()=>m[k],enumerable:!0});"
                     "Object.defineProperty(s,\"default\",{value:n||!m||!m.__esModule?m:m.default,"
                     "enumerable:!0});return s};" },
    { HELPER_NAME,
      "var __name=(t,v)=>Object.defineProperty(t,\"name\",{value:v,configurable:!0});" },
    { HELPER_NAMESPACE,
      "var __ns=a=>{var s=Object.create(null);for(var k in a)Object.defineProperty(s,k,{get:a[k],"
      "enumerable:!0});Object.defineProperty(s,Symbol.toStringTag,{value:\"Module\"});"
      "return Object.freeze(s)};" },
    { HELPER_TO_COMMONJS,
      "var __toCommonJS=s=>{var e=Object.defineProperty({},\"__esModule\",{value:!0});"
      "for(let k in s)Object.defineProperty(e,k,{get:()=>s[k],enumerable:!0});return e};" },
};

_Static_assert(countof(minified_helpers) == 7, "one minified text per helper");

// In dependency order: later helpers call earlier ones.
static const Helper helpers[] = {
    // An ES module has no `require`; node gives one for the bundle's own URL.
    { HELPER_REQUIRE, "import { createRequire as __createRequire } from \"node:module\";\n"
                      "var require = __createRequire(import.meta.url);\n" },
    // CommonJS code reads the file and directory of its module; the bundle's stand in.
    { HELPER_DIRNAME, "import { fileURLToPath as __fileURLToPath } from \"node:url\";\n"
                      "import { dirname as __pathDirname } from \"node:path\";\n"
                      "var __filename = __fileURLToPath(import.meta.url);\n"
                      "var __dirname = __pathDirname(__filename);\n" },
    // A CommonJS module: its body runs on the first call, with `this`, `exports` and `module`
    // as node sets them; a require() cycle sees the partial exports, as in node.
    { HELPER_COMMONJS, "var __commonJS = (fn, mod) => () => (mod || fn.call((mod = { exports: "
                       "{} }).exports, mod.exports, mod), mod.exports);\n" },
    // CommonJS exports seen from an ES module import: named imports read the live properties;
    // `default` is module.exports, or exports.default for a module compiled from ESM
    // (`__esModule`) unless the importer follows node's rules.
    { HELPER_TO_ESM,
      "var __toESM = (mod, nodeMode) => { var ns = mod != null ? Object.create(Object."
      "getPrototypeOf(mod)) : {}; if (mod != null && (typeof mod == \"object\" || typeof mod == "
      "\"function\")) for (let key of Object.getOwnPropertyNames(mod)) if (key !== \"default\") "
      "Object.defineProperty(ns, key, { get: () => mod[key], enumerable: true }); "
      "Object.defineProperty(ns, \"default\", { value: nodeMode || !mod || !mod.__esModule ? mod "
      ": mod.default, enumerable: true }); return ns; };\n" },
    // A function or class renamed by scope hoisting keeps the name the program gave it.
    { HELPER_NAME, "var __name = (target, value) => Object.defineProperty(target, \"name\", { "
                   "value, configurable: true });\n" },
    // A module namespace object: null prototype, live read-only bindings, tagged "Module".
    { HELPER_NAMESPACE,
      "var __ns = (all) => { var ns = Object.create(null); for (var key in all) Object."
      "defineProperty(ns, key, { get: all[key], enumerable: true }); Object.defineProperty(ns, "
      "Symbol.toStringTag, { value: \"Module\" }); return Object.freeze(ns); };\n" },
    // An ES module's namespace seen from require(): the Babel/TypeScript shape.
    { HELPER_TO_COMMONJS,
      "var __toCommonJS = (ns) => { var exports = Object.defineProperty({}, \"__esModule\", { "
      "value: true }); for (let key in ns) Object.defineProperty(exports, key, { get: () => "
      "ns[key], enumerable: true }); return exports; };\n" },
};

void runtime_append(StrBuf *out, uint32_t used, bool minified) {
    const Helper *list = minified ? minified_helpers : helpers;
    for (size_t i = 0; i < countof(helpers); i++) {
        if (used & list[i].bit)
            strbuf_append_cstr(out, list[i].text);
    }
}
