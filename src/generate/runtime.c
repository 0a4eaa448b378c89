// runtime: the helpers' JavaScript text (see runtime.h). Each helper is one line so the same
// text serves readable and minified output.
#include "generate/runtime.h"

#include "base/base.h"
#include "link/link.h"

typedef struct Helper {
    uint32_t bit;
    const char *text;
    const char *minified; // the same code, minified by hand (one-letter locals, `!0`)
} Helper;

// In dependency order: later helpers call earlier ones.
static const Helper helpers[] = {
    // An ES module has no `require`; node gives one for the bundle's own URL.
    { HELPER_REQUIRE,
      "import { createRequire as __createRequire } from \"node:module\";\n"
      "var require = __createRequire(import.meta.url);\n",
      "import{createRequire as __createRequire}from\"node:module\";var require=__createRequ"
      "ire(import.meta.url);" },
    // CommonJS code reads the file and directory of its module; the bundle's stand in.
    { HELPER_DIRNAME,
      "import { fileURLToPath as __fileURLToPath } from \"node:url\";\n"
      "import { dirname as __pathDirname } from \"node:path\";\n"
      "var __filename = __fileURLToPath(import.meta.url);\n"
      "var __dirname = __pathDirname(__filename);\n",
      "import{fileURLToPath as __fileURLToPath}from\"node:url\";import{dirname as __pathDir"
      "name}from\"node:path\";var __filename=__fileURLToPath(import.meta.url),__dirname=__p"
      "athDirname(__filename);" },
    // The CommonJS entry's module in esm output for node: require.main when node runs the bundle
    // as its program (process.argv[1] names this file), as node's own entry module would be.
    { HELPER_MAIN_MODULE,
      "var __main = { id: \".\", filename: __filename, exports: {} };\n"
      "try { if (require.resolve(process.argv[1]) === __filename) require.main = __main; } "
      "catch (e) {}\n",
      "var __main={id:\".\",filename:__filename,exports:{}};try{require.resolve(process.argv[1"
      "])===__filename&&(require.main=__main)}catch(e){}" },
    // import.meta.url outside an ES module, in a browser: the script that is running when the
    // bundle starts (document.currentScript is null once it has), or a worker's own URL.
    { HELPER_SCRIPT_URL,
      "var __scriptURL = typeof document < \"u\" && document.currentScript ? "
      "document.currentScript.src : typeof location < \"u\" ? location.href : void 0;\n",
      "var __scriptURL=typeof document<\"u\"&&document.currentScript?document.currentScript"
      ".src:typeof location<\"u\"?location.href:void 0;" },
    // A CommonJS module: its body runs on the first call, with `this`, `exports` and `module`
    // as node sets them; a require() cycle sees the partial exports, as in node.
    { HELPER_COMMONJS,
      "var __commonJS = (fn, mod) => () => (mod || fn.call((mod = { exports: "
      "{} }).exports, mod.exports, mod), mod.exports);\n",
      "var __commonJS=(e,t)=>()=>(t||e.call((t={exports:{}}).exports,t.exports,t),t.exports"
      ");" },
    // The same, where the entry's first call passes the module it runs with (node's own).
    { HELPER_COMMONJS_MAIN,
      "var __commonJS = (fn, mod) => (main) => (mod || fn.call((mod = main || { exports: "
      "{} }).exports, mod.exports, mod), mod.exports);\n",
      "var __commonJS=(e,t)=>n=>(t||e.call((t=n||{exports:{}}).exports,t.exports,t),t.expor"
      "ts);" },
    // CommonJS exports seen from an ES module import: named imports read the live properties
    // (the enumerable own ones; node also shows `__esModule`), or with node's rules a snapshot
    // taken after the module ran, as node's; `default` is module.exports, or exports.default
    // for a module compiled from ESM (`__esModule`) unless the importer follows node's rules.
    { HELPER_TO_ESM,
      "var __toESM = (mod, nodeMode) => { var ns = mod != null ? Object.create(Object."
      "getPrototypeOf(mod)) : {}; if (mod != null && (typeof mod == \"object\" || typeof mod == "
      "\"function\")) { let keys = Object.keys(mod); if (nodeMode && Object.prototype."
      "hasOwnProperty.call(mod, \"__esModule\") && !keys.includes(\"__esModule\")) keys.push("
      "\"__esModule\"); for (let key of keys) if (key !== \"default\") Object.defineProperty(ns, "
      "key, nodeMode ? { value: mod[key], enumerable: true } : { get: () => mod[key], "
      "enumerable: true }); } Object.defineProperty(ns, \"default\", "
      "{ value: nodeMode || !mod || !mod.__esModule ? mod : mod.default, enumerable: true }); "
      "return ns; };\n",
      "var __toESM=(e,t)=>{var n=e!=null?Object.create(Object.getPrototypeOf(e)):{};if(e!=n"
      "ull&&(typeof e==\"object\"||typeof e==\"function\")){let r=Object.keys(e);t&&Object."
      "prototype.hasOwnProperty.call(e,\"__esModule\")&&!r.includes(\"__esModule\")&&r.push"
      "(\"__esModule\");for(let i of r)i!==\"default\"&&Object.defineProperty(n,i,t?{value:e"
      "[i],enumerable:!0}:{get:()=>e[i],enumerable:!0})}return "
      "Object.defineProperty(n,\"default\",{value:t||!e||!e.__e"
      "sModule?e:e.default,enumerable:!0})};" },
    // An ES module run on first use: its body runs once, at the first call of init_x().
    { HELPER_ESM, "var __esm = (fn, res) => () => (fn && (res = fn(fn = 0)), res);\n",
      "var __esm=(e,t)=>()=>(e&&(t=e(e=0)),t);" },
    // A function or class renamed by scope hoisting keeps the name the program gave it.
    { HELPER_NAME,
      "var __name = (target, value) => Object.defineProperty(target, \"name\", { "
      "value, configurable: true });\n",
      "var __name=(e,t)=>Object.defineProperty(e,\"name\",{value:t,configurable:!0});" },
    // A module namespace object: null prototype, live read-only bindings in code-unit order,
    // tagged "Module"; `stars` are CommonJS exports re-exported with `export *`.
    { HELPER_NAMESPACE,
      "var __ns = (all, stars) => { var get = Object.create(null), ns = Object.create(null); for "
      "(var key in all) get[key] = all[key]; if (stars) for (let mod of stars) if (mod != null "
      "&& (typeof mod == \"object\" || typeof mod == \"function\")) for (let key of Object."
      "keys(mod)) if (key !== \"default\" && !(key in get)) get[key] = () => mod[key]; for (var "
      "key of Object.keys(get).sort()) Object.defineProperty(ns, key, { get: get[key], "
      "enumerable: true }); Object.defineProperty(ns, Symbol.toStringTag, { value: \"Module\" }); "
      "return Object.freeze(ns); };\n",
      "var __ns=(e,t)=>{var n=Object.create(null),r=Object.create(null);for(var i in e)n[i]"
      "=e[i];if(t)for(let s of t)if(s!=null&&(typeof s==\"object\"||typeof s==\"function\")"
      ")for(let o of Object.keys(s))o!==\"default\"&&!(o in n)&&(n[o]=()=>s[o]);for(var i o"
      "f Object.keys(n).sort())Object.defineProperty(r,i,{get:n[i],enumerable:!0});return O"
      "bject.defineProperty(r,Symbol.toStringTag,{value:\"Module\"}),Object.freeze(r)};" },
    // An ES module's namespace seen from require(): the Babel/TypeScript shape, or with `node`
    // what node's require(esm) gives: `__esModule: true` only beside a default export, as an
    // ordinary key in sorted place.
    { HELPER_TO_COMMONJS,
      "var __toCommonJS = (ns, node) => { var exports = {}, keys = Object.keys(ns); if (!node) "
      "Object.defineProperty(exports, \"__esModule\", { value: true }); else if (\"default\" in "
      "ns && !(\"__esModule\" in ns)) keys = [...keys, \"__esModule\"].sort(); for (let key of "
      "keys) Object.defineProperty(exports, key, key in ns ? { get: () => ns[key], enumerable: "
      "true } : { value: true, enumerable: true }); return exports; };\n",
      "var __toCommonJS=(e,t)=>{var n={},r=Object.keys(e);t?\"default\"in e&&!(\"__esModule\""
      "in e)&&(r=[...r,\"__esModule\"].sort()):Object.defineProperty(n,\"__esModule\",{value:!"
      "0});for(let i of r)Object.defineProperty(n,i,i in e?{get:()=>e[i],enumerable:!0}:{value:!"
      "0,enumerable:!0});return n};" },
};

void runtime_append(StrBuf *out, uint32_t used, bool minified) {
    if (used & HELPER_COMMONJS_MAIN)
        used &= ~(uint32_t)HELPER_COMMONJS; // the variant replaces it
    for (size_t i = 0; i < countof(helpers); i++) {
        if (used & helpers[i].bit)
            strbuf_append_cstr(out, minified ? helpers[i].minified : helpers[i].text);
    }
}
