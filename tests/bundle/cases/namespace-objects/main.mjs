// Namespace objects: live getters, null prototype, the "Module" tag, not extensible,
// keys sorted, and the same object each time.
import * as ns from './lib.mjs';
import * as again from './lib.mjs';
ns.bump();
console.log(ns.count, ns.alias, ns.default, Object.keys(ns).join(','));
console.log(Object.getPrototypeOf(ns), ns[Symbol.toStringTag], Object.prototype.toString.call(ns), Object.isExtensible(ns), ns === again);
console.log(Object.getOwnPropertyDescriptor(ns, 'count').enumerable, 'count' in ns, 'missing' in ns);
console.log(JSON.stringify(ns), Reflect.ownKeys(ns).length);
