// core-js: "sideEffects": true polyfill modules (CommonJS), one imported only for its effects.
import 'core-js/actual/array/find-last.js';
import structuredCloneImpl from 'core-js/actual/structured-clone.js';
import groupBy from 'core-js/actual/object/group-by.js';
const grouped = groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? 'odd' : 'even'));
console.log(JSON.stringify(grouped), JSON.stringify(structuredCloneImpl({ a: [1, { b: 2 }] })), [1, 2, 3].findLast((x) => x < 3));
