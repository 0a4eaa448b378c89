var __commonJS = (fn, mod) => () => (mod || fn.call((mod = { exports: {} }).exports, mod.exports, mod), mod.exports);
var __toESM = (mod, nodeMode) => { var ns = mod != null ? Object.create(Object.getPrototypeOf(mod)) : {}; if (mod != null && (typeof mod == "object" || typeof mod == "function")) for (let key of Object.getOwnPropertyNames(mod)) if (key !== "default") Object.defineProperty(ns, key, { get: () => mod[key], enumerable: true }); Object.defineProperty(ns, "default", { value: nodeMode || !mod || !mod.__esModule ? mod : mod.default, enumerable: true }); return ns; };
var __ns = (all) => { var ns = Object.create(null); for (var key in all) Object.defineProperty(ns, key, { get: all[key], enumerable: true }); Object.defineProperty(ns, Symbol.toStringTag, { value: "Module" }); return Object.freeze(ns); };
var __toCommonJS = (ns) => { var exports = Object.defineProperty({}, "__esModule", { value: true }); for (let key in ns) Object.defineProperty(exports, key, { get: () => ns[key], enumerable: true }); return exports; };
var state_exports = __ns({
  bump: () => bump,
  count: () => count
});
var late_exports = __ns({
  value: () => value
});

// state.mjs
console.log('state.mjs evaluated');
let count = 0;
function bump() {
  count++;
  return count;
}

// user.cjs
var require_user = __commonJS(function (exports, module) {
  console.log('user.cjs start');
  const state = __toCommonJS(state_exports);
  state.bump();
  console.log('user.cjs sees', state.count);
  module.exports = () => state.count;
});

// late.mjs
console.log('late.mjs evaluated');
const value = 'late value';

// lazy.cjs
var require_lazy = __commonJS(function (exports, module) {
  module.exports = function later() {
    return __toCommonJS(late_exports).value;
  };
});

// main.mjs
var import_user = __toESM(require_user(), 1);
var import_lazy = __toESM(require_lazy(), 1);
console.log('main', count, (0, import_user.default)());
bump();
console.log('main', count, (0, import_user.default)());
console.log('before later');
console.log((0, import_lazy.default)(), (0, import_lazy.default)());
